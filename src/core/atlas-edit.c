/* atlas-edit.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-edit"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-edit-private.h"
#include "atlas-kb-edit-private.h"

/*
 * AtlasEdit: one change to a KB that can be undone (issue 9): a list of steps, each inserting,
 * removing or replacing one item (atlas-kb-edit.c). Undoing runs the opposite steps in the
 * opposite order, so a deletion that first removes the figures of an event and then the event
 * puts back the event and then its figures, each where it was.
 *
 * An edit is made for the KB as it is (a deletion lists what depends on the item now) and
 * must be applied at once (atlas_history_apply()); after that, undo and redo bring the KB
 * back to the very states the edit was made for, so it stays valid.
 */

typedef enum
{
  STEP_INSERT,
  STEP_REMOVE,
  STEP_REPLACE,
} StepKind;

typedef struct
{
  StepKind  kind;
  gpointer  item;       /* owned; for STEP_REPLACE the item replaced */
  gpointer  other;      /* owned; for STEP_REPLACE the new item */
  guint     position;   /* where the item is inserted, or was when it was removed */
} Step;

typedef enum
{
  VERB_ADD,
  VERB_EDIT,
  VERB_DELETE,
} Verb;

struct _AtlasEdit
{
  GObject   parent_instance;

  char     *label;
  GArray   *steps;      /* Step */
  gboolean  applied;
};

G_DEFINE_FINAL_TYPE (AtlasEdit, atlas_edit, G_TYPE_OBJECT)

G_DEFINE_QUARK (atlas-edit-error-quark, atlas_edit_error)

static void
step_clear (Step *step)
{
  g_clear_object (&step->item);
  g_clear_object (&step->other);
}

static guint
kind_of (gpointer item)
{
  if (ATLAS_IS_ARTICLE (item))
    return 0;
  if (ATLAS_IS_PLACE (item))
    return 1;
  if (ATLAS_IS_EVENT (item))
    return 2;
  return 3;
}

static const char *
id_of (gpointer item)
{
  switch (kind_of (item))
    {
    case 0: return atlas_article_get_id (item);
    case 1: return atlas_place_get_id (item);
    case 2: return atlas_event_get_id (item);
    default: return atlas_casualty_get_id (item);
    }
}

static gpointer
lookup (AtlasKb    *kb,
        gpointer    like,
        const char *id)
{
  switch (kind_of (like))
    {
    case 0: return atlas_kb_lookup_article (kb, id);
    case 1: return atlas_kb_lookup_place (kb, id);
    case 2: return atlas_kb_lookup_event (kb, id);
    default: return atlas_kb_lookup_casualty (kb, id);
    }
}

/* A name a person knows the item by */
static const char *
name_of (gpointer item)
{
  const char *name;

  switch (kind_of (item))
    {
    case 0: name = atlas_article_get_title (item); break;
    case 1: name = atlas_place_get_name (item); break;
    case 2: name = atlas_event_get_title (item); break;
    default: name = NULL; break;
    }

  return name && *name ? name : id_of (item);
}

/* The label of the Undo and Redo menu items, by verb and kind of item */
static char *
format_label (Verb     verb,
              gpointer item)
{
  const char *name = name_of (item);

  switch (verb * 4 + kind_of (item))
    {
    case 0: return g_strdup_printf (_("Add Report “%s”"), name);
    case 1: return g_strdup_printf (_("Add Place “%s”"), name);
    case 2: return g_strdup_printf (_("Add Event “%s”"), name);
    case 3: return g_strdup_printf (_("Add Casualty Figure “%s”"), name);
    case 4: return g_strdup_printf (_("Edit Report “%s”"), name);
    case 5: return g_strdup_printf (_("Edit Place “%s”"), name);
    case 6: return g_strdup_printf (_("Edit Event “%s”"), name);
    case 7: return g_strdup_printf (_("Edit Casualty Figure “%s”"), name);
    case 8: return g_strdup_printf (_("Delete Report “%s”"), name);
    case 9: return g_strdup_printf (_("Delete Place “%s”"), name);
    case 10: return g_strdup_printf (_("Delete Event “%s”"), name);
    case 11: return g_strdup_printf (_("Delete Casualty Figure “%s”"), name);
    default: g_assert_not_reached ();
    }
}

static AtlasEdit *
edit_new (Verb     verb,
          gpointer item)
{
  AtlasEdit *self = g_object_new (ATLAS_TYPE_EDIT, NULL);

  self->label = format_label (verb, item);
  return self;
}

static void
add_step (AtlasEdit *self,
          StepKind   kind,
          gpointer   item,
          gpointer   other,
          guint      position)
{
  Step step = { kind, g_object_ref (item), other ? g_object_ref (other) : NULL, position };

  g_array_append_val (self->steps, step);
}

static gboolean
check_in_kb (AtlasKb   *kb,
             gpointer   item,
             GError   **error)
{
  if (item && _atlas_kb_contains_item (kb, item))
    return TRUE;

  g_set_error (error, ATLAS_EDIT_ERROR, ATLAS_EDIT_ERROR_NOT_IN_KB,
               "%s is not in the KB", item ? id_of (item) : "(null)");
  return FALSE;
}

static gboolean
check_reference (AtlasKb     *kb,
                 gpointer     draft,
                 gpointer     old_item,
                 gpointer     reference,
                 GError     **error)
{
  if (reference != old_item && reference != draft && _atlas_kb_contains_item (kb, reference))
    return TRUE;

  g_set_error (error, ATLAS_EDIT_ERROR, ATLAS_EDIT_ERROR_INVALID,
               "%s refers to %s, which is not in the KB", id_of (draft), id_of (reference));
  return FALSE;
}

/* Whether @draft can go in the KB, in place of @old_item if not %NULL: these are the rules the
 * indexes rely on. (The rules of data/kb-format.md are --check's, and the form's.) */
static gboolean
check_draft (AtlasKb   *kb,
             gpointer   draft,
             gpointer   old_item,
             GError   **error)
{
  const char *id = id_of (draft);
  gpointer holder;

  if (id == NULL || *id == '\0')
    {
      g_set_error_literal (error, ATLAS_EDIT_ERROR, ATLAS_EDIT_ERROR_INVALID, "an item needs an id");
      return FALSE;
    }

  if (_atlas_kb_contains_item (kb, draft))
    {
      g_set_error (error, ATLAS_EDIT_ERROR, ATLAS_EDIT_ERROR_INVALID, "%s is in the KB already", id);
      return FALSE;
    }

  if ((holder = lookup (kb, draft, id)) && holder != old_item)
    {
      g_set_error (error, ATLAS_EDIT_ERROR, ATLAS_EDIT_ERROR_ID_TAKEN, "the id %s is taken", id);
      return FALSE;
    }

  if (ATLAS_IS_EVENT (draft))
    {
      AtlasEvent *event = draft;

      for (guint i = 0; i < atlas_event_get_n_places (event); i++)
        if (!check_reference (kb, draft, old_item, atlas_event_get_place (event, i), error))
          return FALSE;
      for (guint i = 0; i < atlas_event_get_n_sources (event); i++)
        if (!check_reference (kb, draft, old_item, atlas_event_get_source (event, i)->article, error))
          return FALSE;
    }
  else if (ATLAS_IS_CASUALTY (draft))
    {
      AtlasCasualty *casualty = draft;

      if (!check_reference (kb, draft, old_item, atlas_casualty_get_event (casualty), error) ||
          !check_reference (kb, draft, old_item, atlas_casualty_get_source (casualty)->article, error))
        return FALSE;
      for (guint i = 0; i < atlas_casualty_get_n_places (casualty); i++)
        if (!check_reference (kb, draft, old_item, atlas_casualty_get_place (casualty, i), error))
          return FALSE;
      for (guint i = 0; i < atlas_casualty_get_n_overlaps (casualty); i++)
        if (!check_reference (kb, draft, old_item, atlas_casualty_get_overlap (casualty, i), error))
          return FALSE;
    }

  return TRUE;
}

/* The figures replaced by steps @first… of @self may count the same people: each copy must
 * overlap the other's copy, which is what the KB holds once both steps are done. @copies maps
 * each figure replaced to its copy. */
static void
link_copies (AtlasEdit  *self,
             guint       first,
             GHashTable *copies)
{
  for (guint i = first; i < self->steps->len; i++)
    {
      AtlasCasualty *copy = g_array_index (self->steps, Step, i).other;

      for (guint o = 0; copy->overlaps && o < copy->overlaps->len; o++)
        {
          AtlasCasualty *other_copy = g_hash_table_lookup (copies, g_ptr_array_index (copy->overlaps, o));

          if (other_copy)
            copy->overlaps->pdata[o] = other_copy;
        }
    }
}

/* Deletions: what depends on the item goes first, in the same edit */

static void
delete_event (AtlasEdit  *self,
              AtlasKb    *kb,
              AtlasEvent *event,
              GHashTable *removed)
{
  GPtrArray *figures = atlas_kb_get_casualties_for_event (kb, event);

  for (guint i = 0; i < figures->len; i++)
    if (g_hash_table_add (removed, g_ptr_array_index (figures, i)))
      add_step (self, STEP_REMOVE, g_ptr_array_index (figures, i), NULL, 0);

  add_step (self, STEP_REMOVE, event, NULL, 0);
}

/* The place leaves the figures and events that name it. Figures first: their copies refer to
 * their events as they are now, and replacing an event afterwards re-points them. */
static void
delete_place (AtlasEdit  *self,
              AtlasKb    *kb,
              AtlasPlace *place)
{
  GPtrArray *figures = atlas_kb_get_casualties_for_place (kb, place);
  GPtrArray *events = atlas_kb_get_events_for_place (kb, place);
  g_autoptr(GHashTable) copies = g_hash_table_new (NULL, NULL);
  guint first = self->steps->len;

  for (guint i = 0; i < figures->len; i++)
    {
      AtlasCasualty *casualty = g_ptr_array_index (figures, i);
      g_autoptr(AtlasCasualty) copy = NULL;

      if (!g_ptr_array_find (casualty->places, place, NULL))
        continue;
      copy = atlas_casualty_copy (casualty);
      atlas_casualty_remove_place (copy, place);
      g_hash_table_insert (copies, casualty, copy);
      add_step (self, STEP_REPLACE, casualty, copy, 0);
    }

  link_copies (self, first, copies);

  for (guint i = 0; i < events->len; i++)
    {
      AtlasEvent *event = g_ptr_array_index (events, i);
      g_autoptr(AtlasEvent) copy = NULL;

      if (!g_ptr_array_find (event->places, place, NULL))
        continue;
      copy = atlas_event_copy (event);
      atlas_event_remove_place (copy, place);
      add_step (self, STEP_REPLACE, event, copy, 0);
    }

  add_step (self, STEP_REMOVE, place, NULL, 0);
}

/* Deleting a report deletes the facts that quote it: the figures whose source it is, and the
 * events whose every source it is (with their figures). An event that other reports state
 * too only loses its sources in this one: it is still stated. */
static void
delete_article (AtlasEdit    *self,
                AtlasKb      *kb,
                AtlasArticle *article)
{
  g_autoptr(GHashTable) removed = g_hash_table_new (NULL, NULL);
  GPtrArray *figures = atlas_kb_get_casualties_for_article (kb, article);
  g_autoptr(GPtrArray) events = g_ptr_array_copy (atlas_kb_get_events_for_article (kb, article), NULL, NULL);

  for (guint i = 0; i < figures->len; i++)
    if (g_hash_table_add (removed, g_ptr_array_index (figures, i)))
      add_step (self, STEP_REMOVE, g_ptr_array_index (figures, i), NULL, 0);

  for (guint i = 0; i < events->len; i++)
    {
      AtlasEvent *event = g_ptr_array_index (events, i);
      g_autoptr(AtlasEvent) copy = atlas_event_copy (event);

      for (guint s = atlas_event_get_n_sources (copy); s-- > 0;)
        if (atlas_event_get_source (copy, s)->article == article)
          atlas_event_remove_source (copy, s);

      if (atlas_event_get_n_sources (copy) == 0)
        delete_event (self, kb, event, removed);
      else
        add_step (self, STEP_REPLACE, event, copy, 0);
    }

  add_step (self, STEP_REMOVE, article, NULL, 0);
}

/* A report's text changed: its facts' sources find their words again in the new text, or are
 * orphaned (_atlas_source_anchor_again(), the loader's rule), in the edit that changes the
 * text, so that no source points at other words for a moment and Undo takes both back. The
 * report's step comes first, so that the facts refer to the new report when theirs are done;
 * figures before events, whose replacement re-points the figures. */
static void
anchor_facts_again (AtlasEdit    *self,
                    AtlasKb      *kb,
                    AtlasArticle *old_article,
                    AtlasArticle *new_article)
{
  g_autoptr(AtlasAnchorText) index = atlas_anchor_text_new (atlas_article_get_text (new_article));
  GPtrArray *figures = atlas_kb_get_casualties_for_article (kb, old_article);
  GPtrArray *events = atlas_kb_get_events_for_article (kb, old_article);
  g_autoptr(GHashTable) copies = g_hash_table_new (NULL, NULL);
  guint first = self->steps->len;

  for (guint i = 0; i < figures->len; i++)
    {
      AtlasCasualty *casualty = g_ptr_array_index (figures, i);
      g_autoptr(AtlasCasualty) copy = atlas_casualty_copy (casualty);

      _atlas_source_anchor_again (&copy->source, new_article, index);
      g_hash_table_insert (copies, casualty, copy);
      add_step (self, STEP_REPLACE, casualty, copy, 0);
    }
  link_copies (self, first, copies);

  for (guint i = 0; i < events->len; i++)
    {
      AtlasEvent *event = g_ptr_array_index (events, i);
      g_autoptr(AtlasEvent) copy = atlas_event_copy (event);

      for (guint s = 0; s < copy->sources->len; s++)
        {
          AtlasSource *source = &g_array_index (copy->sources, AtlasSource, s);

          if (source->article == old_article)
            _atlas_source_anchor_again (source, new_article, index);
        }
      add_step (self, STEP_REPLACE, event, copy, 0);
    }
}

/* GObject */

static void
atlas_edit_finalize (GObject *object)
{
  AtlasEdit *self = (AtlasEdit *)object;

  g_free (self->label);
  g_array_unref (self->steps);

  G_OBJECT_CLASS (atlas_edit_parent_class)->finalize (object);
}

static void
atlas_edit_class_init (AtlasEditClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_edit_finalize;
}

static void
atlas_edit_init (AtlasEdit *self)
{
  self->steps = g_array_new (FALSE, TRUE, sizeof (Step));
  g_array_set_clear_func (self->steps, (GDestroyNotify) step_clear);
}

/* Public API */

/**
 * atlas_edit_new_add:
 * @item: a draft (atlas-kb-edit.h) of an article, place, event or casualty figure
 *
 * An edit that adds @item at the end of its list (an event: in date order, after the events
 * of its day, and last in the file).
 *
 * Returns: (transfer full) (nullable): the edit, or %NULL if @item cannot go in the KB
 */
AtlasEdit *
atlas_edit_new_add (AtlasKb   *kb,
                    gpointer   item,
                    GError   **error)
{
  AtlasEdit *self;

  g_return_val_if_fail (ATLAS_IS_KB (kb), NULL);
  g_return_val_if_fail (ATLAS_IS_ARTICLE (item) || ATLAS_IS_PLACE (item) ||
                        ATLAS_IS_EVENT (item) || ATLAS_IS_CASUALTY (item), NULL);

  if (!check_draft (kb, item, NULL, error))
    return NULL;

  if (ATLAS_IS_EVENT (item))
    ((struct _AtlasEvent *) item)->file_index = kb->next_file_index;

  self = edit_new (VERB_ADD, item);
  add_step (self, STEP_INSERT, item, NULL, _atlas_kb_get_n_items_of (kb, item));
  return self;
}

/**
 * atlas_edit_new_replace:
 * @old_item: an item of @kb
 * @new_item: a draft of the same kind, usually a copy of @old_item with fields changed; it
 *   may have another id, if no other item of its kind has it
 *
 * An edit that puts @new_item in the place of @old_item. Items that refer to @old_item are
 * re-pointed to @new_item (atlas-kb-edit.c). When a report's text changed, the sources that
 * quote it are anchored again in the new text, or orphaned, in the same edit: see
 * anchor_facts_again() above.
 *
 * Returns: (transfer full) (nullable): the edit
 */
AtlasEdit *
atlas_edit_new_replace (AtlasKb   *kb,
                        gpointer   old_item,
                        gpointer   new_item,
                        GError   **error)
{
  AtlasEdit *self;

  g_return_val_if_fail (ATLAS_IS_KB (kb), NULL);
  g_return_val_if_fail (G_IS_OBJECT (old_item), NULL);
  g_return_val_if_fail (G_IS_OBJECT (new_item), NULL);
  g_return_val_if_fail (G_OBJECT_TYPE (old_item) == G_OBJECT_TYPE (new_item), NULL);

  if (!check_in_kb (kb, old_item, error) || !check_draft (kb, new_item, old_item, error))
    return NULL;

  self = edit_new (VERB_EDIT, new_item);
  add_step (self, STEP_REPLACE, old_item, new_item, 0);
  if (ATLAS_IS_ARTICLE (old_item) &&
      g_strcmp0 (atlas_article_get_text (old_item), atlas_article_get_text (new_item)) != 0)
    anchor_facts_again (self, kb, old_item, new_item);
  return self;
}

/**
 * atlas_edit_new_delete:
 * @item: an item of @kb
 *
 * An edit that deletes @item and, in the same undoable step, what depends on it: an event's
 * casualty figures; a place's mentions in events and figures (which stay); a report's facts
 * (see delete_article() above, and atlas_kb_get_facts_citing_article() to list them first).
 *
 * Returns: (transfer full) (nullable): the edit
 */
AtlasEdit *
atlas_edit_new_delete (AtlasKb   *kb,
                       gpointer   item,
                       GError   **error)
{
  AtlasEdit *self;

  g_return_val_if_fail (ATLAS_IS_KB (kb), NULL);
  g_return_val_if_fail (ATLAS_IS_ARTICLE (item) || ATLAS_IS_PLACE (item) ||
                        ATLAS_IS_EVENT (item) || ATLAS_IS_CASUALTY (item), NULL);

  if (!check_in_kb (kb, item, error))
    return NULL;

  self = edit_new (VERB_DELETE, item);
  if (ATLAS_IS_EVENT (item))
    {
      g_autoptr(GHashTable) removed = g_hash_table_new (NULL, NULL);
      delete_event (self, kb, item, removed);
    }
  else if (ATLAS_IS_PLACE (item))
    delete_place (self, kb, item);
  else if (ATLAS_IS_ARTICLE (item))
    delete_article (self, kb, item);
  else
    add_step (self, STEP_REMOVE, item, NULL, 0);

  return self;
}

/**
 * atlas_edit_get_label:
 *
 * Returns: what the edit does, as the Undo and Redo menu items name it: "Delete Event “…”"
 */
const char *
atlas_edit_get_label (AtlasEdit *self)
{
  g_return_val_if_fail (ATLAS_IS_EDIT (self), NULL);
  return self->label;
}

/**
 * atlas_edit_get_n_steps:
 *
 * Returns: how many items the edit inserts, removes or replaces
 */
guint
atlas_edit_get_n_steps (AtlasEdit *self)
{
  g_return_val_if_fail (ATLAS_IS_EDIT (self), 0);
  return self->steps->len;
}

/* Private API */

gboolean
_atlas_edit_is_applied (AtlasEdit *self)
{
  return self->applied;
}

void
_atlas_edit_apply (AtlasEdit *self,
                   AtlasKb   *kb)
{
  g_assert (!self->applied);

  for (guint i = 0; i < self->steps->len; i++)
    {
      Step *step = &g_array_index (self->steps, Step, i);

      switch (step->kind)
        {
        case STEP_INSERT:
          _atlas_kb_insert_item (kb, step->item, step->position);
          break;

        case STEP_REMOVE:
          step->position = _atlas_kb_remove_item (kb, step->item);
          break;

        case STEP_REPLACE:
          _atlas_kb_replace_item (kb, step->item, step->other);
          break;

        default:
          g_assert_not_reached ();
        }
    }

  self->applied = TRUE;
}

void
_atlas_edit_revert (AtlasEdit *self,
                    AtlasKb   *kb)
{
  g_assert (self->applied);

  for (guint i = self->steps->len; i-- > 0;)
    {
      Step *step = &g_array_index (self->steps, Step, i);

      switch (step->kind)
        {
        case STEP_INSERT:
          _atlas_kb_remove_item (kb, step->item);
          break;

        case STEP_REMOVE:
          _atlas_kb_insert_item (kb, step->item, step->position);
          break;

        case STEP_REPLACE:
          _atlas_kb_replace_item (kb, step->other, step->item);
          break;

        default:
          g_assert_not_reached ();
        }
    }

  self->applied = FALSE;
}

/*
 * _atlas_edit_follow:
 * @forward: %TRUE after applying the edit, %FALSE after reverting it
 *
 * Returns: (nullable): what became of @item: its replacement, %NULL if it was removed (or,
 *   reverting, if it was added), else @item itself
 */
gpointer
_atlas_edit_follow (AtlasEdit *self,
                    gpointer   item,
                    gboolean   forward)
{
  for (guint n = 0; n < self->steps->len && item; n++)
    {
      Step *step = &g_array_index (self->steps, Step, forward ? n : self->steps->len - 1 - n);

      if (step->kind == STEP_REPLACE && (forward ? step->item : step->other) == item)
        item = forward ? step->other : step->item;
      else if (step->kind == (forward ? STEP_REMOVE : STEP_INSERT) && step->item == item)
        item = NULL;
    }

  return item;
}

/* Merges @other's steps after @self's (atlas_history_begin_group()) */
void
_atlas_edit_append (AtlasEdit *self,
                    AtlasEdit *other)
{
  for (guint i = 0; i < other->steps->len; i++)
    {
      Step *step = &g_array_index (other->steps, Step, i);

      add_step (self, step->kind, step->item, step->other, step->position);
    }
  self->applied = self->applied || other->applied;
}

/* An empty edit, applied, that grouped edits are appended to */
AtlasEdit *
_atlas_edit_new_group (const char *label)
{
  AtlasEdit *self = g_object_new (ATLAS_TYPE_EDIT, NULL);

  self->label = g_strdup (label);
  self->applied = TRUE;
  return self;
}

/* atlas-history.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-history"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-edit-private.h"
#include "atlas-history.h"

/*
 * The undo and redo stacks. There is no limit on their depth: an edit holds only the items it
 * swapped out (references to objects the KB held a moment ago), so a thousand edits cost far
 * less than the KB itself, and a limit would take away the way back to the file as opened,
 * which is what "modified" is measured against.
 */

struct _AtlasHistory
{
  GObject    parent_instance;

  AtlasKb   *kb;
  GPtrArray *undo;         /* AtlasEdit, the last one on top */
  GPtrArray *redo;         /* AtlasEdit, the next one on top */
  guint      clean_depth;  /* undo->len when the KB was clean; G_MAXUINT if that is gone */

  AtlasEdit *group;        /* atlas_history_begin_group() */
  guint      group_depth;
};

enum {
  PROP_0,
  PROP_KB,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  PROP_MODIFIED,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (AtlasHistory, atlas_history, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

typedef struct
{
  gboolean can_undo;
  gboolean can_redo;
  gboolean modified;
  AtlasEdit *top_undo;
  AtlasEdit *top_redo;
} State;

static void
save_state (AtlasHistory *self,
            State        *state)
{
  state->can_undo = atlas_history_get_can_undo (self);
  state->can_redo = atlas_history_get_can_redo (self);
  state->modified = atlas_history_get_modified (self);
  state->top_undo = self->undo->len ? g_ptr_array_index (self->undo, self->undo->len - 1) : NULL;
  state->top_redo = self->redo->len ? g_ptr_array_index (self->redo, self->redo->len - 1) : NULL;
}

static void
notify_changes (AtlasHistory *self,
                const State  *before)
{
  State after;

  save_state (self, &after);
  if (after.can_undo != before->can_undo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (after.can_redo != before->can_redo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (after.top_undo != before->top_undo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  if (after.top_redo != before->top_redo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
  if (after.modified != before->modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
push_undo (AtlasHistory *self,
           AtlasEdit    *edit)
{
  /* The clean state was in the redo stack, which a new edit empties: it cannot come back */
  if (self->clean_depth > self->undo->len)
    self->clean_depth = G_MAXUINT;

  g_ptr_array_set_size (self->redo, 0);
  g_ptr_array_add (self->undo, g_object_ref (edit));
}

/* GObject */

static void
atlas_history_dispose (GObject *object)
{
  AtlasHistory *self = (AtlasHistory *)object;

  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  g_clear_object (&self->group);
  g_clear_object (&self->kb);

  G_OBJECT_CLASS (atlas_history_parent_class)->dispose (object);
}

static void
atlas_history_finalize (GObject *object)
{
  AtlasHistory *self = (AtlasHistory *)object;

  g_ptr_array_unref (self->undo);
  g_ptr_array_unref (self->redo);

  G_OBJECT_CLASS (atlas_history_parent_class)->finalize (object);
}

static void
atlas_history_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AtlasHistory *self = ATLAS_HISTORY (object);

  switch (prop_id)
    {
    case PROP_KB:
      g_value_set_object (value, self->kb);
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, atlas_history_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, atlas_history_get_can_redo (self));
      break;

    case PROP_UNDO_LABEL:
      g_value_take_string (value, atlas_history_dup_undo_label (self));
      break;

    case PROP_REDO_LABEL:
      g_value_take_string (value, atlas_history_dup_redo_label (self));
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, atlas_history_get_modified (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_history_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  AtlasHistory *self = ATLAS_HISTORY (object);

  switch (prop_id)
    {
    case PROP_KB:
      self->kb = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_history_class_init (AtlasHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = atlas_history_dispose;
  object_class->finalize = atlas_history_finalize;
  object_class->get_property = atlas_history_get_property;
  object_class->set_property = atlas_history_set_property;

  properties[PROP_KB] =
    g_param_spec_object ("kb", NULL, NULL, ATLAS_TYPE_KB,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_history_init (AtlasHistory *self)
{
  self->undo = g_ptr_array_new_with_free_func (g_object_unref);
  self->redo = g_ptr_array_new_with_free_func (g_object_unref);
}

/* Public API */

AtlasHistory *
atlas_history_new (AtlasKb *kb)
{
  g_return_val_if_fail (ATLAS_IS_KB (kb), NULL);

  return g_object_new (ATLAS_TYPE_HISTORY, "kb", kb, NULL);
}

AtlasKb *
atlas_history_get_kb (AtlasHistory *self)
{
  g_return_val_if_fail (ATLAS_IS_HISTORY (self), NULL);
  return self->kb;
}

/**
 * atlas_history_apply:
 * @edit: an edit made for the history's KB as it is now, not applied yet
 *
 * Applies @edit and puts it on the undo stack (or in the open group); the redo stack empties.
 */
void
atlas_history_apply (AtlasHistory *self,
                     AtlasEdit    *edit)
{
  State before;

  g_return_if_fail (ATLAS_IS_HISTORY (self));
  g_return_if_fail (ATLAS_IS_EDIT (edit));
  g_return_if_fail (!_atlas_edit_is_applied (edit));

  save_state (self, &before);
  _atlas_edit_apply (edit, self->kb);

  if (self->group)
    _atlas_edit_append (self->group, edit);
  else
    push_undo (self, edit);

  notify_changes (self, &before);
}

/**
 * atlas_history_undo:
 *
 * Returns: (transfer none) (nullable): the edit undone, or %NULL if there was none
 */
AtlasEdit *
atlas_history_undo (AtlasHistory *self)
{
  g_autoptr(AtlasEdit) edit = NULL;
  State before;

  g_return_val_if_fail (ATLAS_IS_HISTORY (self), NULL);
  g_return_val_if_fail (self->group == NULL, NULL);

  if (self->undo->len == 0)
    return NULL;

  save_state (self, &before);
  edit = g_ptr_array_steal_index (self->undo, self->undo->len - 1);
  _atlas_edit_revert (edit, self->kb);
  g_ptr_array_add (self->redo, g_object_ref (edit));
  notify_changes (self, &before);

  return edit;
}

/**
 * atlas_history_redo:
 *
 * Returns: (transfer none) (nullable): the edit done again, or %NULL if there was none
 */
AtlasEdit *
atlas_history_redo (AtlasHistory *self)
{
  g_autoptr(AtlasEdit) edit = NULL;
  State before;

  g_return_val_if_fail (ATLAS_IS_HISTORY (self), NULL);
  g_return_val_if_fail (self->group == NULL, NULL);

  if (self->redo->len == 0)
    return NULL;

  save_state (self, &before);
  edit = g_ptr_array_steal_index (self->redo, self->redo->len - 1);
  _atlas_edit_apply (edit, self->kb);
  g_ptr_array_add (self->undo, g_object_ref (edit));
  notify_changes (self, &before);

  return edit;
}

/**
 * atlas_history_begin_group:
 * @label: what the group does, for the Undo menu item ("Delete 3 Events")
 *
 * The edits applied until atlas_history_end_group() are undone and redone as one. Groups
 * nest: the outermost one counts.
 */
void
atlas_history_begin_group (AtlasHistory *self,
                           const char   *label)
{
  g_return_if_fail (ATLAS_IS_HISTORY (self));
  g_return_if_fail (label != NULL);

  if (self->group_depth++ == 0)
    self->group = _atlas_edit_new_group (label);
}

void
atlas_history_end_group (AtlasHistory *self)
{
  g_autoptr(AtlasEdit) group = NULL;
  State before;

  g_return_if_fail (ATLAS_IS_HISTORY (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;

  group = g_steal_pointer (&self->group);
  if (atlas_edit_get_n_steps (group) == 0)
    return;

  save_state (self, &before);
  push_undo (self, group);
  notify_changes (self, &before);
}

gboolean
atlas_history_get_can_undo (AtlasHistory *self)
{
  g_return_val_if_fail (ATLAS_IS_HISTORY (self), FALSE);
  return self->undo->len > 0;
}

gboolean
atlas_history_get_can_redo (AtlasHistory *self)
{
  g_return_val_if_fail (ATLAS_IS_HISTORY (self), FALSE);
  return self->redo->len > 0;
}

/**
 * atlas_history_dup_undo_label:
 *
 * Returns: (transfer full) (nullable): "Undo " and the label of the edit undo would undo
 */
char *
atlas_history_dup_undo_label (AtlasHistory *self)
{
  g_return_val_if_fail (ATLAS_IS_HISTORY (self), NULL);

  if (self->undo->len == 0)
    return NULL;

  /* Translators: the Undo menu item; %s is what it undoes, such as Delete Event “Strike on a market” */
  return g_strdup_printf (_("Undo %s"), atlas_edit_get_label (g_ptr_array_index (self->undo, self->undo->len - 1)));
}

char *
atlas_history_dup_redo_label (AtlasHistory *self)
{
  g_return_val_if_fail (ATLAS_IS_HISTORY (self), NULL);

  if (self->redo->len == 0)
    return NULL;

  /* Translators: the Redo menu item; %s is what it does again, such as Delete Event “Strike on a market” */
  return g_strdup_printf (_("Redo %s"), atlas_edit_get_label (g_ptr_array_index (self->redo, self->redo->len - 1)));
}

gboolean
atlas_history_get_modified (AtlasHistory *self)
{
  g_return_val_if_fail (ATLAS_IS_HISTORY (self), FALSE);
  return self->undo->len != self->clean_depth;
}

/**
 * atlas_history_set_clean:
 *
 * Says that the KB as it is now is saved: #AtlasHistory:modified turns %FALSE, and turns
 * %TRUE again after an edit, an undo or a redo, until they come back to this state.
 */
void
atlas_history_set_clean (AtlasHistory *self)
{
  State before;

  g_return_if_fail (ATLAS_IS_HISTORY (self));

  save_state (self, &before);
  self->clean_depth = self->undo->len;
  notify_changes (self, &before);
}

/**
 * atlas_history_set_unsaved:
 *
 * Says that the KB as it is now is not what its file holds, and no state in the history is:
 * a KB restored from its recovery copy. #AtlasHistory:modified stays %TRUE until it is saved.
 */
void
atlas_history_set_unsaved (AtlasHistory *self)
{
  State before;

  g_return_if_fail (ATLAS_IS_HISTORY (self));

  save_state (self, &before);
  self->clean_depth = G_MAXUINT;
  notify_changes (self, &before);
}

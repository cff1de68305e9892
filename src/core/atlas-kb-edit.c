/* atlas-kb-edit.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-kb-edit"

#include "config.h"

#include "atlas-kb-edit-private.h"

/*
 * Editing the KB in memory (issue 9).
 *
 * Items stay immutable values: an edit never changes an item's fields, it swaps the item for a
 * new object (usually a copy with one field changed, atlas_event_copy()). What does change in
 * place are the references between items, which the KB maintains like an index:
 *
 *  - Replacing an item re-points every item that refers to it, in place: the events and
 *    figures at a replaced place hold the new place in their `places`, the sources of a
 *    replaced article hold the new article, the figures of a replaced event hold the new
 *    event, and the overlaps of the others hold a replaced figure. Their values do not change:
 *    they still refer to the same id (or the renamed one, the writer writes the id of the
 *    item referred to). Each list whose items were re-pointed emits one items-changed over
 *    the span of them, so that views show the new name or title.
 *  - Overlaps are symmetric: inserting a figure adds it to the overlaps of the figures it
 *    lists, in KB order; removing it takes it out of theirs.
 *
 * The cost of an edit is that of the items it touches, plus one pass over the positions of
 * the events after an inserted or removed one (atlas_event_get_position()), a pass over
 * integers. No index is rebuilt: tests/bench-edit.c measures it at 60,000 events.
 *
 * Every list emits items-changed last, once the KB is consistent again, since handlers may
 * read the KB: an event whose date moves is removed (one emission) and inserted (another).
 */

/* Helpers */

static void
replace_in_array (GPtrArray *array,
                  gpointer   old_item,
                  gpointer   new_item,
                  gboolean   owning)
{
  for (guint i = 0; array && i < array->len; i++)
    if (g_ptr_array_index (array, i) == old_item)
      {
        if (owning)
          {
            g_object_ref (new_item);
            g_object_unref (old_item);
          }
        array->pdata[i] = new_item;
      }
}

static void
set_object (gpointer *slot,
            gpointer  object)
{
  g_object_ref (object);
  g_object_unref (*slot);
  *slot = object;
}

/* The search index (atlas-search.c) is built once per KB and kept on it: an edit drops it,
 * and the next search builds it again */
static void
drop_search_index (AtlasKb *self)
{
  GQuark quark = g_quark_try_string ("atlas-search-index");

  if (quark)
    g_object_set_qdata (G_OBJECT (self), quark, NULL);
}

/* One items-changed over the positions of @items (events or figures) in @store */
static void
emit_span (GListModel *model,
           GPtrArray  *items)
{
  guint lo = G_MAXUINT, hi = 0;

  for (guint i = 0; items && i < items->len; i++)
    {
      gpointer item = g_ptr_array_index (items, i);
      guint pos = ATLAS_IS_EVENT (item) ? ((AtlasEvent *) item)->position : ((AtlasCasualty *) item)->index;

      lo = MIN (lo, pos);
      hi = MAX (hi, pos);
    }

  if (lo <= hi)
    g_list_model_items_changed (model, lo, hi - lo + 1, hi - lo + 1);
}

/* Numbers the events from @from to before @to */
static void
renumber_events (AtlasKb *self,
                 guint    from,
                 guint    to)
{
  for (guint i = from; i < MIN (to, self->event_array->len); i++)
    ((AtlasEvent *) g_ptr_array_index (self->event_array, i))->position = i;
}

/* Numbers the places or figures from @from on as if they were @delta further down: done
 * before the list changes, so that handlers of items-changed see the right numbers */
static void
shift_indices (GListStore *store,
               guint       from,
               int         delta)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = from; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (ATLAS_IS_PLACE (item))
        ATLAS_PLACE (item)->index = i + delta;
      else
        ((AtlasCasualty *) item)->index = i + delta;
    }
}

static GHashTable *
id_table_for (AtlasKb  *self,
              gpointer  item)
{
  if (ATLAS_IS_ARTICLE (item))
    return self->article_by_id;
  if (ATLAS_IS_PLACE (item))
    return self->place_by_id;
  if (ATLAS_IS_EVENT (item))
    return self->event_by_id;
  return self->casualty_by_id;
}

static GListStore *
store_for (AtlasKb  *self,
           gpointer  item)
{
  if (ATLAS_IS_ARTICLE (item))
    return self->articles;
  if (ATLAS_IS_PLACE (item))
    return self->places;
  if (ATLAS_IS_EVENT (item))
    return self->events;
  return self->casualties;
}

static const char *
item_id (gpointer item)
{
  if (ATLAS_IS_ARTICLE (item))
    return ((AtlasArticle *) item)->id;
  if (ATLAS_IS_PLACE (item))
    return ((AtlasPlace *) item)->id;
  if (ATLAS_IS_EVENT (item))
    return ((AtlasEvent *) item)->id;
  return ((AtlasCasualty *) item)->id;
}

static guint
position_of (AtlasKb  *self,
             gpointer  item)
{
  guint pos = 0;

  if (ATLAS_IS_PLACE (item))
    return ((AtlasPlace *) item)->index;
  if (ATLAS_IS_EVENT (item))
    return ((AtlasEvent *) item)->position;
  if (ATLAS_IS_CASUALTY (item))
    return ((AtlasCasualty *) item)->index;

  if (!g_list_store_find (self->articles, item, &pos))
    g_assert_not_reached ();
  return pos;
}

/* The event array holds references, as the loader made it */
static void
ensure_event_array (AtlasKb *self)
{
  if (self->event_array == NULL)
    self->event_array = g_ptr_array_new_with_free_func (g_object_unref);
}

/* Events */

static void
insert_event (AtlasKb    *self,
              AtlasEvent *event)
{
  guint pos;

  ensure_event_array (self);
  pos = _atlas_kb_lower_bound (self->event_array, event);
  g_ptr_array_insert (self->event_array, pos, g_object_ref (event));
  renumber_events (self, pos, G_MAXUINT);
  self->next_file_index = MAX (self->next_file_index, event->file_index + 1);

  g_hash_table_insert (self->event_by_id, event->id, event);
  _atlas_kb_index_event_places (self, event);
  _atlas_kb_index_event_articles (self, event, TRUE);

  g_list_store_insert (self->events, pos, event);
}

static void
remove_event (AtlasKb    *self,
              AtlasEvent *event)
{
  guint pos = event->position;
  g_autoptr(AtlasEvent) hold = g_object_ref (event);

  g_assert (g_ptr_array_index (self->event_array, pos) == event);
  g_assert (!g_hash_table_contains (self->casualties_by_event, event));

  _atlas_kb_unindex_event_places (self, event);
  _atlas_kb_index_event_articles (self, event, FALSE);
  g_hash_table_remove (self->event_by_id, event->id);
  g_ptr_array_remove_index (self->event_array, pos);
  renumber_events (self, pos, G_MAXUINT);

  g_list_store_remove (self->events, pos);
}

static void
replace_event (AtlasKb    *self,
               AtlasEvent *old_event,
               AtlasEvent *new_event)
{
  g_autoptr(GPtrArray) figures = _atlas_kb_copy_index_array (self->casualties_by_event, old_event);
  g_autoptr(GPtrArray) old_places = _atlas_kb_copy_pointers (atlas_kb_get_places_for_event (self, old_event));
  g_autoptr(GPtrArray) old_articles = _atlas_kb_find_event_articles (old_event);
  g_autoptr(GPtrArray) new_articles = _atlas_kb_find_event_articles (new_event);
  g_autoptr(GPtrArray) new_places = NULL;
  g_autoptr(AtlasEvent) hold = g_object_ref (old_event);
  guint old_pos = old_event->position;
  guint new_pos;

  new_event->file_index = old_event->file_index;

  /* The figures count where the event happened: take them out under the old places */
  for (guint i = 0; i < figures->len; i++)
    _atlas_kb_index_casualty (self, g_ptr_array_index (figures, i), FALSE);
  g_hash_table_remove (self->places_by_event, old_event);
  g_hash_table_remove (self->event_by_id, old_event->id);

  /* Most edits keep the date: the event keeps its place, and no other event moves (deleting
   * a place named by 6,000 events replaces each of them) */
  if ((old_pos == 0 || _atlas_kb_compare_events (g_ptr_array_index (self->event_array, old_pos - 1), new_event) < 0) &&
      (old_pos + 1 == self->event_array->len ||
       _atlas_kb_compare_events (new_event, g_ptr_array_index (self->event_array, old_pos + 1)) < 0))
    {
      new_pos = old_pos;
      self->event_array->pdata[old_pos] = g_object_ref (new_event);
      g_object_unref (old_event);
      new_event->position = new_pos;
    }
  else
    {
      g_ptr_array_remove_index (self->event_array, old_pos);
      new_pos = _atlas_kb_lower_bound (self->event_array, new_event);
      g_ptr_array_insert (self->event_array, new_pos, g_object_ref (new_event));
      renumber_events (self, MIN (old_pos, new_pos), MAX (old_pos, new_pos) + 1);
    }
  g_hash_table_insert (self->event_by_id, new_event->id, new_event);

  for (guint i = 0; i < figures->len; i++)
    {
      AtlasCasualty *casualty = g_ptr_array_index (figures, i);

      set_object ((gpointer *) &casualty->event, new_event);
      _atlas_kb_index_casualty (self, casualty, TRUE);
    }
  new_places = _atlas_kb_find_event_places (self, new_event);
  _atlas_kb_index_swap_keys (self->events_by_place, old_places, new_places, old_event, new_event);
  _atlas_kb_index_swap_keys (self->events_by_article, old_articles, new_articles, old_event, new_event);

  if (old_pos == new_pos)
    g_list_store_splice (self->events, old_pos, 1, (gpointer *) &new_event, 1);
  else
    {
      g_list_store_remove (self->events, old_pos);
      g_list_store_insert (self->events, new_pos, new_event);
    }
  emit_span (G_LIST_MODEL (self->casualties), figures);
}

/* Casualty figures */

static void
insert_casualty (AtlasKb       *self,
                 AtlasCasualty *casualty,
                 guint          position)
{
  g_hash_table_insert (self->casualty_by_id, casualty->id, casualty);

  /* Numbered first, so that every index keeps KB order */
  _atlas_kb_unindex_event_places (self, casualty->event);
  shift_indices (self->casualties, position, 1);
  casualty->index = position;
  _atlas_kb_index_casualty (self, casualty, TRUE);
  _atlas_kb_link_overlaps (casualty, TRUE);
  _atlas_kb_index_event_places (self, casualty->event);

  g_list_store_insert (self->casualties, position, casualty);
}

static guint
remove_casualty (AtlasKb       *self,
                 AtlasCasualty *casualty)
{
  g_autoptr(AtlasCasualty) hold = g_object_ref (casualty);
  guint pos = casualty->index;

  _atlas_kb_unindex_event_places (self, casualty->event);
  _atlas_kb_index_casualty (self, casualty, FALSE);
  _atlas_kb_link_overlaps (casualty, FALSE);
  g_hash_table_remove (self->casualty_by_id, casualty->id);
  shift_indices (self->casualties, pos + 1, -1);
  _atlas_kb_index_event_places (self, casualty->event);

  g_list_store_remove (self->casualties, pos);
  return pos;
}

static void
replace_casualty (AtlasKb       *self,
                  AtlasCasualty *old_casualty,
                  AtlasCasualty *new_casualty)
{
  g_autoptr(AtlasCasualty) hold = g_object_ref (old_casualty);
  guint pos = old_casualty->index;

  _atlas_kb_unindex_event_places (self, old_casualty->event);
  if (new_casualty->event != old_casualty->event)
    _atlas_kb_unindex_event_places (self, new_casualty->event);
  _atlas_kb_index_casualty (self, old_casualty, FALSE);
  _atlas_kb_link_overlaps (old_casualty, FALSE);
  g_hash_table_remove (self->casualty_by_id, old_casualty->id);

  new_casualty->index = pos;
  g_hash_table_insert (self->casualty_by_id, new_casualty->id, new_casualty);
  _atlas_kb_index_casualty (self, new_casualty, TRUE);
  _atlas_kb_link_overlaps (new_casualty, TRUE);
  _atlas_kb_index_event_places (self, old_casualty->event);
  if (new_casualty->event != old_casualty->event)
    _atlas_kb_index_event_places (self, new_casualty->event);

  g_list_store_splice (self->casualties, pos, 1, (gpointer *) &new_casualty, 1);
}

/* Places */

static void
insert_place (AtlasKb    *self,
              AtlasPlace *place,
              guint       position)
{
  g_hash_table_insert (self->place_by_id, place->id, place);
  shift_indices (self->places, position, 1);
  place->index = position;
  g_list_store_insert (self->places, position, place);
}

static guint
remove_place (AtlasKb    *self,
              AtlasPlace *place)
{
  g_autoptr(AtlasPlace) hold = g_object_ref (place);
  guint pos = place->index;

  g_assert (!g_hash_table_contains (self->events_by_place, place));
  g_assert (!g_hash_table_contains (self->casualties_by_place, place));

  g_hash_table_remove (self->place_by_id, place->id);
  shift_indices (self->places, pos + 1, -1);
  g_list_store_remove (self->places, pos);
  return pos;
}

static void
replace_place (AtlasKb    *self,
               AtlasPlace *old_place,
               AtlasPlace *new_place)
{
  g_autoptr(AtlasPlace) hold = g_object_ref (old_place);
  g_autoptr(GPtrArray) events = _atlas_kb_copy_index_array (self->events_by_place, old_place);
  g_autoptr(GPtrArray) figures = _atlas_kb_copy_index_array (self->casualties_by_place, old_place);

  for (guint i = 0; i < events->len; i++)
    {
      AtlasEvent *event = g_ptr_array_index (events, i);

      replace_in_array (event->places, old_place, new_place, TRUE);
      replace_in_array (g_hash_table_lookup (self->places_by_event, event), old_place, new_place, FALSE);
    }
  for (guint i = 0; i < figures->len; i++)
    replace_in_array (((AtlasCasualty *) g_ptr_array_index (figures, i))->places, old_place, new_place, TRUE);

  _atlas_kb_index_rekey (self->events_by_place, old_place, new_place);
  _atlas_kb_index_rekey (self->casualties_by_place, old_place, new_place);
  g_hash_table_remove (self->place_by_id, old_place->id);
  g_hash_table_insert (self->place_by_id, new_place->id, new_place);
  new_place->index = old_place->index;

  g_list_store_splice (self->places, old_place->index, 1, (gpointer *) &new_place, 1);
  emit_span (G_LIST_MODEL (self->events), events);
  emit_span (G_LIST_MODEL (self->casualties), figures);
}

/* Articles */

static void
replace_article (AtlasKb      *self,
                 AtlasArticle *old_article,
                 AtlasArticle *new_article)
{
  g_autoptr(AtlasArticle) hold = g_object_ref (old_article);
  g_autoptr(GPtrArray) events = _atlas_kb_copy_index_array (self->events_by_article, old_article);
  g_autoptr(GPtrArray) figures = _atlas_kb_copy_index_array (self->casualties_by_article, old_article);
  guint pos = position_of (self, old_article);

  for (guint i = 0; i < events->len; i++)
    {
      AtlasEvent *event = g_ptr_array_index (events, i);

      for (guint s = 0; s < event->sources->len; s++)
        {
          AtlasSource *source = &g_array_index (event->sources, AtlasSource, s);

          if (source->article == old_article)
            set_object ((gpointer *) &source->article, new_article);
        }
    }
  for (guint i = 0; i < figures->len; i++)
    set_object ((gpointer *) &((AtlasCasualty *) g_ptr_array_index (figures, i))->source.article, new_article);

  _atlas_kb_index_rekey (self->events_by_article, old_article, new_article);
  _atlas_kb_index_rekey (self->casualties_by_article, old_article, new_article);
  g_hash_table_remove (self->article_by_id, old_article->id);
  g_hash_table_insert (self->article_by_id, new_article->id, new_article);

  g_list_store_splice (self->articles, pos, 1, (gpointer *) &new_article, 1);
  emit_span (G_LIST_MODEL (self->events), events);
  emit_span (G_LIST_MODEL (self->casualties), figures);
}

/* Private API */

/* Whether @item itself (not only an item with its id) is in the KB */
gboolean
_atlas_kb_contains_item (AtlasKb  *self,
                         gpointer  item)
{
  return g_hash_table_lookup (id_table_for (self, item), item_id (item)) == item;
}

guint
_atlas_kb_get_n_items_of (AtlasKb  *self,
                          gpointer  item)
{
  return g_list_model_get_n_items (G_LIST_MODEL (store_for (self, item)));
}

/*
 * _atlas_kb_insert_item:
 * @position: where in the KB's list of its kind; ignored for events, which go where their
 *   date and file_index put them
 */
void
_atlas_kb_insert_item (AtlasKb  *self,
                       gpointer  item,
                       guint     position)
{
  g_assert (!g_hash_table_contains (id_table_for (self, item), item_id (item)));

  if (ATLAS_IS_EVENT (item))
    insert_event (self, item);
  else if (ATLAS_IS_CASUALTY (item))
    insert_casualty (self, item, position);
  else if (ATLAS_IS_PLACE (item))
    insert_place (self, item, position);
  else
    {
      g_hash_table_insert (self->article_by_id, ((AtlasArticle *) item)->id, item);
      g_list_store_insert (self->articles, position, item);
    }

  drop_search_index (self);
}

/*
 * _atlas_kb_remove_item:
 *
 * Removes an item nothing refers to (the edit removes or re-points those first).
 *
 * Returns: the item's position in its list, to insert it there again
 */
guint
_atlas_kb_remove_item (AtlasKb  *self,
                       gpointer  item)
{
  guint pos;

  g_assert (_atlas_kb_contains_item (self, item));

  if (ATLAS_IS_EVENT (item))
    {
      pos = ((AtlasEvent *) item)->position;
      remove_event (self, item);
    }
  else if (ATLAS_IS_CASUALTY (item))
    pos = remove_casualty (self, item);
  else if (ATLAS_IS_PLACE (item))
    pos = remove_place (self, item);
  else
    {
      g_assert (!g_hash_table_contains (self->events_by_article, item));
      g_assert (!g_hash_table_contains (self->casualties_by_article, item));
      pos = position_of (self, item);
      g_hash_table_remove (self->article_by_id, ((AtlasArticle *) item)->id);
      g_list_store_remove (self->articles, pos);
    }

  drop_search_index (self);
  return pos;
}

/*
 * _atlas_kb_replace_item:
 *
 * Swaps @old_item for @new_item (of the same kind, perhaps with another id) and re-points
 * every item that refers to it. The new item takes the old one's place in the file.
 */
void
_atlas_kb_replace_item (AtlasKb  *self,
                        gpointer  old_item,
                        gpointer  new_item)
{
  g_assert (_atlas_kb_contains_item (self, old_item));
  g_assert (G_OBJECT_TYPE (old_item) == G_OBJECT_TYPE (new_item));

  if (ATLAS_IS_EVENT (old_item))
    replace_event (self, old_item, new_item);
  else if (ATLAS_IS_CASUALTY (old_item))
    replace_casualty (self, old_item, new_item);
  else if (ATLAS_IS_PLACE (old_item))
    replace_place (self, old_item, new_item);
  else
    replace_article (self, old_item, new_item);

  drop_search_index (self);
}

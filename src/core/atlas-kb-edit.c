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

static int
compare_events (const AtlasEvent *a,
                const AtlasEvent *b)
{
  if (a->date != b->date)
    return a->date < b->date ? -1 : 1;

  return (a->file_index > b->file_index) - (a->file_index < b->file_index);
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  if (ATLAS_IS_EVENT ((gpointer) a))
    return compare_events (a, b);

  /* Figures, in KB order */
  return (((AtlasCasualty *) a)->index > ((AtlasCasualty *) b)->index) -
         (((AtlasCasualty *) a)->index < ((AtlasCasualty *) b)->index);
}

/* The first position in @array (sorted by compare_items()) not before @item */
static guint
lower_bound (GPtrArray     *array,
             gconstpointer  item)
{
  guint lo = 0, hi = array->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (compare_items (g_ptr_array_index (array, mid), item) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

static void
index_insert (GHashTable *index,
              gpointer    key,
              gpointer    item)
{
  GPtrArray *array = g_hash_table_lookup (index, key);
  guint pos;

  if (array == NULL)
    g_hash_table_insert (index, key, (array = g_ptr_array_new ()));

  pos = lower_bound (array, item);
  if (pos < array->len && g_ptr_array_index (array, pos) == item)
    return;

  g_ptr_array_insert (array, pos, item);
}

/* A freshly built index has no empty arrays: neither does an edited one */
static void
index_remove (GHashTable *index,
              gpointer    key,
              gpointer    item)
{
  GPtrArray *array = g_hash_table_lookup (index, key);
  guint pos;

  if (array == NULL)
    return;

  pos = lower_bound (array, item);
  if (pos < array->len && g_ptr_array_index (array, pos) == item)
    g_ptr_array_remove_index (array, pos);

  if (array->len == 0)
    g_hash_table_remove (index, key);
}

static void
index_rekey (GHashTable *index,
             gpointer    old_key,
             gpointer    new_key)
{
  gpointer value;

  if (g_hash_table_steal_extended (index, old_key, NULL, &value))
    g_hash_table_insert (index, new_key, value);
}

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

static gboolean
add_place_once (GPtrArray  *places,
                AtlasPlace *place)
{
  if (g_ptr_array_find (places, place, NULL))
    return FALSE;

  g_ptr_array_add (places, place);
  return TRUE;
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

/* A copy that owns nothing, even of an array that owns its items (an event's places) */
static GPtrArray *
copy_pointers (GPtrArray *array)
{
  GPtrArray *copy = g_ptr_array_sized_new (array ? array->len : 0);

  if (array)
    g_ptr_array_extend (copy, array, NULL, NULL);
  return copy;
}

static GPtrArray *
copy_index_array (GHashTable *index,
                  gpointer    key)
{
  return copy_pointers (g_hash_table_lookup (index, key));
}

/* Indexes of events (the same definitions as _atlas_kb_build_indexes()) */

/* The places of atlas_kb_get_places_for_event(), each once; stored in places_by_event when
 * they are not the event's own list */
static GPtrArray *
find_event_places (AtlasKb    *self,
                   AtlasEvent *event)
{
  GPtrArray *figures = g_hash_table_lookup (self->casualties_by_event, event);
  GPtrArray *all = g_ptr_array_sized_new (event->places->len);
  gboolean differs = FALSE;

  for (guint p = 0; p < event->places->len; p++)
    differs |= !add_place_once (all, g_ptr_array_index (event->places, p));

  for (guint c = 0; figures && c < figures->len; c++)
    {
      AtlasCasualty *casualty = g_ptr_array_index (figures, c);

      for (guint p = 0; p < casualty->places->len; p++)
        differs |= add_place_once (all, g_ptr_array_index (casualty->places, p));
    }

  if (differs)
    g_hash_table_insert (self->places_by_event, event, copy_pointers (all));

  return all;
}

static void
index_event_places (AtlasKb    *self,
                    AtlasEvent *event)
{
  g_autoptr(GPtrArray) places = find_event_places (self, event);

  for (guint p = 0; p < places->len; p++)
    index_insert (self->events_by_place, g_ptr_array_index (places, p), event);
}

static GPtrArray *
find_event_articles (AtlasEvent *event)
{
  GPtrArray *articles = g_ptr_array_sized_new (event->sources->len);

  for (guint s = 0; s < event->sources->len; s++)
    g_ptr_array_add (articles, g_array_index (event->sources, AtlasSource, s).article);

  return articles;
}

/* Puts @new_item in the place of @old_item in the array of @key: in place when it sorts
 * there, which saves moving the rest of an array of 60,000 events by one */
static void
index_swap (GHashTable *index,
            gpointer    key,
            gpointer    old_item,
            gpointer    new_item)
{
  GPtrArray *array = g_hash_table_lookup (index, key);
  guint pos;

  if (array == NULL || (pos = lower_bound (array, old_item)) >= array->len ||
      g_ptr_array_index (array, pos) != old_item)
    {
      index_insert (index, key, new_item);
      return;
    }

  if ((pos == 0 || compare_items (g_ptr_array_index (array, pos - 1), new_item) < 0) &&
      (pos + 1 == array->len || compare_items (new_item, g_ptr_array_index (array, pos + 1)) < 0))
    array->pdata[pos] = new_item;
  else
    {
      g_ptr_array_remove_index (array, pos);
      index_insert (index, key, new_item);
    }
}

/* Files @new_item under @new_keys in place of @old_item under @old_keys */
static void
index_swap_keys (GHashTable *index,
                 GPtrArray  *old_keys,
                 GPtrArray  *new_keys,
                 gpointer    old_item,
                 gpointer    new_item)
{
  for (guint k = 0; k < old_keys->len; k++)
    {
      gpointer key = g_ptr_array_index (old_keys, k);

      if (g_ptr_array_find (new_keys, key, NULL))
        index_swap (index, key, old_item, new_item);
      else
        index_remove (index, key, old_item);
    }

  for (guint k = 0; k < new_keys->len; k++)
    if (!g_ptr_array_find (old_keys, g_ptr_array_index (new_keys, k), NULL))
      index_insert (index, g_ptr_array_index (new_keys, k), new_item);
}

static void
unindex_event_places (AtlasKb    *self,
                      AtlasEvent *event)
{
  GPtrArray *places = atlas_kb_get_places_for_event (self, event);

  for (guint p = 0; p < places->len; p++)
    index_remove (self->events_by_place, g_ptr_array_index (places, p), event);

  g_hash_table_remove (self->places_by_event, event);
}

static void
index_event_articles (AtlasKb    *self,
                      AtlasEvent *event,
                      gboolean    add)
{
  for (guint s = 0; s < event->sources->len; s++)
    {
      AtlasArticle *article = g_array_index (event->sources, AtlasSource, s).article;

      if (add)
        index_insert (self->events_by_article, article, event);
      else
        index_remove (self->events_by_article, article, event);
    }
}

/* Indexes of figures; the caller updates the places of the figure's event around this */
static void
index_casualty (AtlasKb       *self,
                AtlasCasualty *casualty,
                gboolean       add)
{
  void (*op) (GHashTable *, gpointer, gpointer) = add ? index_insert : index_remove;
  GPtrArray *places = casualty->places->len > 0 ? casualty->places : casualty->event->places;

  op (self->casualties_by_event, casualty->event, casualty);
  op (self->casualties_by_article, casualty->source.article, casualty);
  for (guint p = 0; p < places->len; p++)
    op (self->casualties_by_place, g_ptr_array_index (places, p), casualty);
}

static void
link_overlaps (AtlasCasualty *casualty,
               gboolean       add)
{
  for (guint i = 0; casualty->overlaps && i < casualty->overlaps->len; i++)
    {
      AtlasCasualty *other = g_ptr_array_index (casualty->overlaps, i);

      if (add)
        {
          if (other->overlaps == NULL)
            other->overlaps = g_ptr_array_new ();
          if (!g_ptr_array_find (other->overlaps, casualty, NULL))
            g_ptr_array_insert (other->overlaps, lower_bound (other->overlaps, casualty), casualty);
        }
      else if (other->overlaps)
        g_ptr_array_remove (other->overlaps, casualty);
    }
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
  pos = lower_bound (self->event_array, event);
  g_ptr_array_insert (self->event_array, pos, g_object_ref (event));
  renumber_events (self, pos, G_MAXUINT);
  self->next_file_index = MAX (self->next_file_index, event->file_index + 1);

  g_hash_table_insert (self->event_by_id, event->id, event);
  index_event_places (self, event);
  index_event_articles (self, event, TRUE);

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

  unindex_event_places (self, event);
  index_event_articles (self, event, FALSE);
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
  g_autoptr(GPtrArray) figures = copy_index_array (self->casualties_by_event, old_event);
  g_autoptr(GPtrArray) old_places = copy_pointers (atlas_kb_get_places_for_event (self, old_event));
  g_autoptr(GPtrArray) old_articles = find_event_articles (old_event);
  g_autoptr(GPtrArray) new_articles = find_event_articles (new_event);
  g_autoptr(GPtrArray) new_places = NULL;
  g_autoptr(AtlasEvent) hold = g_object_ref (old_event);
  guint old_pos = old_event->position;
  guint new_pos;

  new_event->file_index = old_event->file_index;

  /* The figures count where the event happened: take them out under the old places */
  for (guint i = 0; i < figures->len; i++)
    index_casualty (self, g_ptr_array_index (figures, i), FALSE);
  g_hash_table_remove (self->places_by_event, old_event);
  g_hash_table_remove (self->event_by_id, old_event->id);

  /* Most edits keep the date: the event keeps its place, and no other event moves (deleting
   * a place named by 6,000 events replaces each of them) */
  if ((old_pos == 0 || compare_events (g_ptr_array_index (self->event_array, old_pos - 1), new_event) < 0) &&
      (old_pos + 1 == self->event_array->len ||
       compare_events (new_event, g_ptr_array_index (self->event_array, old_pos + 1)) < 0))
    {
      new_pos = old_pos;
      self->event_array->pdata[old_pos] = g_object_ref (new_event);
      g_object_unref (old_event);
      new_event->position = new_pos;
    }
  else
    {
      g_ptr_array_remove_index (self->event_array, old_pos);
      new_pos = lower_bound (self->event_array, new_event);
      g_ptr_array_insert (self->event_array, new_pos, g_object_ref (new_event));
      renumber_events (self, MIN (old_pos, new_pos), MAX (old_pos, new_pos) + 1);
    }
  g_hash_table_insert (self->event_by_id, new_event->id, new_event);

  for (guint i = 0; i < figures->len; i++)
    {
      AtlasCasualty *casualty = g_ptr_array_index (figures, i);

      set_object ((gpointer *) &casualty->event, new_event);
      index_casualty (self, casualty, TRUE);
    }
  new_places = find_event_places (self, new_event);
  index_swap_keys (self->events_by_place, old_places, new_places, old_event, new_event);
  index_swap_keys (self->events_by_article, old_articles, new_articles, old_event, new_event);

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
  unindex_event_places (self, casualty->event);
  shift_indices (self->casualties, position, 1);
  casualty->index = position;
  index_casualty (self, casualty, TRUE);
  link_overlaps (casualty, TRUE);
  index_event_places (self, casualty->event);

  g_list_store_insert (self->casualties, position, casualty);
}

static guint
remove_casualty (AtlasKb       *self,
                 AtlasCasualty *casualty)
{
  g_autoptr(AtlasCasualty) hold = g_object_ref (casualty);
  guint pos = casualty->index;

  unindex_event_places (self, casualty->event);
  index_casualty (self, casualty, FALSE);
  link_overlaps (casualty, FALSE);
  g_hash_table_remove (self->casualty_by_id, casualty->id);
  shift_indices (self->casualties, pos + 1, -1);
  index_event_places (self, casualty->event);

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

  unindex_event_places (self, old_casualty->event);
  if (new_casualty->event != old_casualty->event)
    unindex_event_places (self, new_casualty->event);
  index_casualty (self, old_casualty, FALSE);
  link_overlaps (old_casualty, FALSE);
  g_hash_table_remove (self->casualty_by_id, old_casualty->id);

  new_casualty->index = pos;
  g_hash_table_insert (self->casualty_by_id, new_casualty->id, new_casualty);
  index_casualty (self, new_casualty, TRUE);
  link_overlaps (new_casualty, TRUE);
  index_event_places (self, old_casualty->event);
  if (new_casualty->event != old_casualty->event)
    index_event_places (self, new_casualty->event);

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
  g_autoptr(GPtrArray) events = copy_index_array (self->events_by_place, old_place);
  g_autoptr(GPtrArray) figures = copy_index_array (self->casualties_by_place, old_place);

  for (guint i = 0; i < events->len; i++)
    {
      AtlasEvent *event = g_ptr_array_index (events, i);

      replace_in_array (event->places, old_place, new_place, TRUE);
      replace_in_array (g_hash_table_lookup (self->places_by_event, event), old_place, new_place, FALSE);
    }
  for (guint i = 0; i < figures->len; i++)
    replace_in_array (((AtlasCasualty *) g_ptr_array_index (figures, i))->places, old_place, new_place, TRUE);

  index_rekey (self->events_by_place, old_place, new_place);
  index_rekey (self->casualties_by_place, old_place, new_place);
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
  g_autoptr(GPtrArray) events = copy_index_array (self->events_by_article, old_article);
  g_autoptr(GPtrArray) figures = copy_index_array (self->casualties_by_article, old_article);
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

  index_rekey (self->events_by_article, old_article, new_article);
  index_rekey (self->casualties_by_article, old_article, new_article);
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

/* atlas-kb-edit-index.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-kb-edit"

#include "config.h"

#include "atlas-kb-edit-private.h"

/*
 * The indexes of atlas-kb-private.h as an edit keeps them (issue 9). Each maps a key (a
 * place, an article, an event) to a sorted array of the events or figures filed under it:
 * events by date and file_index, figures in KB order. These file one item under its keys,
 * take it out again or move it to a new item; the mutations of atlas-kb-edit.c call them
 * around each change to the KB's lists.
 */

/* Helpers */

int
_atlas_kb_compare_events (const AtlasEvent *a,
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
    return _atlas_kb_compare_events (a, b);

  /* Figures, in KB order */
  return (((AtlasCasualty *) a)->index > ((AtlasCasualty *) b)->index) -
         (((AtlasCasualty *) a)->index < ((AtlasCasualty *) b)->index);
}

/* The first position in @array (sorted by compare_items()) not before @item */
guint
_atlas_kb_lower_bound (GPtrArray     *array,
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

  pos = _atlas_kb_lower_bound (array, item);
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

  pos = _atlas_kb_lower_bound (array, item);
  if (pos < array->len && g_ptr_array_index (array, pos) == item)
    g_ptr_array_remove_index (array, pos);

  if (array->len == 0)
    g_hash_table_remove (index, key);
}

void
_atlas_kb_index_rekey (GHashTable *index,
                       gpointer    old_key,
                       gpointer    new_key)
{
  gpointer value;

  if (g_hash_table_steal_extended (index, old_key, NULL, &value))
    g_hash_table_insert (index, new_key, value);
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

/* A copy that owns nothing, even of an array that owns its items (an event's places) */
GPtrArray *
_atlas_kb_copy_pointers (GPtrArray *array)
{
  GPtrArray *copy = g_ptr_array_sized_new (array ? array->len : 0);

  if (array)
    g_ptr_array_extend (copy, array, NULL, NULL);
  return copy;
}

GPtrArray *
_atlas_kb_copy_index_array (GHashTable *index,
                            gpointer    key)
{
  return _atlas_kb_copy_pointers (g_hash_table_lookup (index, key));
}

/* Indexes of events (the same definitions as _atlas_kb_build_indexes()) */

/* The places of atlas_kb_get_places_for_event(), each once: the event's own and those of its
 * figures. Only events whose figures add places (or that name a place twice) keep an array of
 * their own in places_by_event; the others use their own list. For loading and editing alike. */
GPtrArray *
_atlas_kb_find_event_places (AtlasKb    *self,
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
    g_hash_table_insert (self->places_by_event, event, _atlas_kb_copy_pointers (all));

  return all;
}

void
_atlas_kb_index_event_places (AtlasKb    *self,
                              AtlasEvent *event)
{
  g_autoptr(GPtrArray) places = _atlas_kb_find_event_places (self, event);

  for (guint p = 0; p < places->len; p++)
    index_insert (self->events_by_place, g_ptr_array_index (places, p), event);
}

GPtrArray *
_atlas_kb_find_event_articles (AtlasEvent *event)
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

  if (array == NULL || (pos = _atlas_kb_lower_bound (array, old_item)) >= array->len ||
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
void
_atlas_kb_index_swap_keys (GHashTable *index,
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

void
_atlas_kb_unindex_event_places (AtlasKb    *self,
                                AtlasEvent *event)
{
  GPtrArray *places = atlas_kb_get_places_for_event (self, event);

  for (guint p = 0; p < places->len; p++)
    index_remove (self->events_by_place, g_ptr_array_index (places, p), event);

  g_hash_table_remove (self->places_by_event, event);
}

void
_atlas_kb_index_event_articles (AtlasKb    *self,
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
void
_atlas_kb_index_casualty (AtlasKb       *self,
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

void
_atlas_kb_link_overlaps (AtlasCasualty *casualty,
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
            g_ptr_array_insert (other->overlaps, _atlas_kb_lower_bound (other->overlaps, casualty), casualty);
        }
      else if (other->overlaps)
        g_ptr_array_remove (other->overlaps, casualty);
    }
}

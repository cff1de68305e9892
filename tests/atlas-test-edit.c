/* atlas-test-edit.c: checks of an edited KB, shared by the tests of editing (issue 9)
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-test-edit"

#include "config.h"

#include "atlas-kb-private.h"
#include "atlas-test-edit.h"

/* Checking the indexes: every index of an edited KB equals one built afresh from its items */

static void
assert_same_array (GPtrArray  *a,
                   GPtrArray  *b,
                   const char *what)
{
  if (a == NULL || b == NULL || a->len != b->len)
    g_error ("%s: %u items, built afresh %u", what, a ? a->len : 0, b ? b->len : 0);
  for (guint i = 0; i < a->len; i++)
    if (g_ptr_array_index (a, i) != g_ptr_array_index (b, i))
      g_error ("%s: item %u differs from the one built afresh", what, i);
}

static void
assert_same_index (GHashTable *edited,
                   GHashTable *fresh,
                   const char *what)
{
  GHashTableIter iter;
  gpointer key, value;

  if (g_hash_table_size (edited) != g_hash_table_size (fresh))
    g_error ("%s: %u keys, built afresh %u", what, g_hash_table_size (edited), g_hash_table_size (fresh));

  g_hash_table_iter_init (&iter, fresh);
  while (g_hash_table_iter_next (&iter, &key, &value))
    assert_same_array (g_hash_table_lookup (edited, key), value, what);
}

static void
assert_same_ids (GHashTable *edited,
                 GHashTable *fresh,
                 const char *what)
{
  GHashTableIter iter;
  gpointer key, value;

  g_assert_cmpuint (g_hash_table_size (edited), ==, g_hash_table_size (fresh));
  g_hash_table_iter_init (&iter, fresh);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_hash_table_lookup (edited, key) != value)
      g_error ("%s: id %s", what, (char *) key);
}

static void
copy_list (GListStore *from,
           GListStore *to,
           GHashTable *ids,
           GPtrArray  *all)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (from));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (from), i);
      char *id = NULL;

      g_object_get (item, "id", &id, NULL);
      g_hash_table_insert (ids, g_strdup (id), item);
      g_free (id);
      if (all)
        g_ptr_array_add (all, item);
      else
        g_list_store_append (to, item);
    }
}

void
atlas_test_check_indexes (AtlasKb *kb)
{
  g_autoptr(AtlasKb) fresh = g_object_new (ATLAS_TYPE_KB, NULL);
  g_autoptr(GHashTable) article_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) place_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) event_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) casualty_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) events = g_ptr_array_new ();
  guint n_events = g_list_model_get_n_items (G_LIST_MODEL (kb->events));
  guint n_places = g_list_model_get_n_items (G_LIST_MODEL (kb->places));
  guint n_casualties = g_list_model_get_n_items (G_LIST_MODEL (kb->casualties));

  /* The numbers first: building afresh would set them right */
  g_assert_cmpuint (kb->event_array ? kb->event_array->len : 0, ==, n_events);
  for (guint i = 0; i < n_events; i++)
    {
      g_autoptr(AtlasEvent) event = g_list_model_get_item (G_LIST_MODEL (kb->events), i);

      g_assert_true (g_ptr_array_index (kb->event_array, i) == event);
      g_assert_cmpuint (atlas_event_get_position (event), ==, i);
      g_assert_cmpuint (event->file_index, <, kb->next_file_index);
    }
  for (guint i = 0; i < n_places; i++)
    {
      g_autoptr(AtlasPlace) place = g_list_model_get_item (G_LIST_MODEL (kb->places), i);
      g_assert_cmpuint (place->index, ==, i);
    }
  for (guint i = 0; i < n_casualties; i++)
    {
      g_autoptr(AtlasCasualty) casualty = g_list_model_get_item (G_LIST_MODEL (kb->casualties), i);

      g_assert_cmpuint (casualty->index, ==, i);
      /* Overlaps go both ways, between figures of the KB */
      for (guint o = 0; casualty->overlaps && o < casualty->overlaps->len; o++)
        {
          AtlasCasualty *other = g_ptr_array_index (casualty->overlaps, o);

          g_assert_true (atlas_kb_lookup_casualty (kb, other->id) == other);
          g_assert_nonnull (other->overlaps);
          g_assert_true (g_ptr_array_find (other->overlaps, casualty, NULL));
        }
    }

  copy_list (kb->articles, fresh->articles, article_ids, NULL);
  copy_list (kb->places, fresh->places, place_ids, NULL);
  copy_list (kb->casualties, fresh->casualties, casualty_ids, NULL);
  copy_list (kb->events, NULL, event_ids, events);
  assert_same_ids (kb->article_by_id, article_ids, "articles by id");
  assert_same_ids (kb->place_by_id, place_ids, "places by id");
  assert_same_ids (kb->event_by_id, event_ids, "events by id");
  assert_same_ids (kb->casualty_by_id, casualty_ids, "figures by id");

  /* Every reference is to an item of the KB */
  for (guint i = 0; i < events->len; i++)
    {
      AtlasEvent *event = g_ptr_array_index (events, i);

      for (guint p = 0; p < event->places->len; p++)
        g_assert_true (g_hash_table_lookup (place_ids, atlas_place_get_id (g_ptr_array_index (event->places, p))) ==
                       g_ptr_array_index (event->places, p));
      for (guint s = 0; s < event->sources->len; s++)
        {
          AtlasArticle *article = g_array_index (event->sources, AtlasSource, s).article;
          g_assert_true (g_hash_table_lookup (article_ids, atlas_article_get_id (article)) == article);
        }
    }

  for (guint i = 0; i < events->len; i++)
    g_hash_table_insert (fresh->event_by_id, ((AtlasEvent *) g_ptr_array_index (events, i))->id, g_ptr_array_index (events, i));
  _atlas_kb_build_indexes (fresh, g_ptr_array_ref (events));
  g_ptr_array_unref (events);

  assert_same_array (kb->event_array ? kb->event_array : g_ptr_array_new (), fresh->event_array, "events in date order");
  for (guint i = 0; i < n_events; i++)
    {
      g_autoptr(GObject) a = g_list_model_get_item (G_LIST_MODEL (kb->events), i);
      g_autoptr(GObject) b = g_list_model_get_item (G_LIST_MODEL (fresh->events), i);
      g_assert_true (a == b);
    }
  assert_same_index (kb->events_by_place, fresh->events_by_place, "events by place");
  assert_same_index (kb->places_by_event, fresh->places_by_event, "places by event");
  assert_same_index (kb->casualties_by_place, fresh->casualties_by_place, "figures by place");
  assert_same_index (kb->casualties_by_event, fresh->casualties_by_event, "figures by event");
  assert_same_index (kb->events_by_article, fresh->events_by_article, "events by article");
  assert_same_index (kb->casualties_by_article, fresh->casualties_by_article, "figures by article");
}

/* The KB as a string: every item with its address, so that a reference left to an old item
 * shows */
static int
compare_pointers (gconstpointer a,
                  gconstpointer b)
{
  gconstpointer pa = *(gconstpointer *) a, pb = *(gconstpointer *) b;

  return (pa > pb) - (pa < pb);
}

static void
append_source (GString           *out,
               const AtlasSource *source)
{
  g_string_append_printf (out, " %p[%u-%u %d]", source->article, source->start, source->end, source->anchor);
}

char *
atlas_test_kb_snapshot (AtlasKb *kb)
{
  GString *out = g_string_new (NULL);
  GListModel *lists[] = { atlas_kb_get_articles (kb), atlas_kb_get_places (kb),
                          atlas_kb_get_events (kb), atlas_kb_get_casualties (kb) };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (lists[l], i);
        g_autofree char *id = NULL;

        g_object_get (item, "id", &id, NULL);
        g_string_append_printf (out, "%p %s", item, id);
        if (ATLAS_IS_EVENT (item))
          {
            AtlasEvent *event = ATLAS_EVENT (item);

            g_string_append_printf (out, " %s %u %u at", event->title, event->date, event->file_index);
            for (guint p = 0; p < event->places->len; p++)
              g_string_append_printf (out, " %p", g_ptr_array_index (event->places, p));
            g_string_append (out, " in");
            for (guint s = 0; s < event->sources->len; s++)
              append_source (out, &g_array_index (event->sources, AtlasSource, s));
          }
        else if (ATLAS_IS_CASUALTY (item))
          {
            AtlasCasualty *casualty = ATLAS_CASUALTY (item);
            g_autoptr(GPtrArray) overlaps = casualty->overlaps ? g_ptr_array_copy (casualty->overlaps, NULL, NULL)
                                                               : g_ptr_array_new ();

            g_string_append_printf (out, " of %p in", casualty->event);
            append_source (out, &casualty->source);
            g_string_append (out, " at");
            for (guint p = 0; p < casualty->places->len; p++)
              g_string_append_printf (out, " %p", g_ptr_array_index (casualty->places, p));
            g_ptr_array_sort (overlaps, compare_pointers);
            g_string_append (out, " overlaps");
            for (guint o = 0; o < overlaps->len; o++)
              g_string_append_printf (out, " %p", g_ptr_array_index (overlaps, o));
          }
        g_string_append_c (out, '\n');
      }

  return g_string_free (out, FALSE);
}

/* The KB's snapshot is @expected */
void
atlas_test_assert_snapshot (AtlasKb    *kb,
                            const char *expected)
{
  g_autofree char *snapshot = atlas_test_kb_snapshot (kb);

  g_assert_cmpstr (snapshot, ==, expected);
}

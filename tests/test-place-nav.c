/* test-place-nav.c: the arrow keys' rule for moving between neighbourhoods, on the shipped KB
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-place-nav"

#include "config.h"

#include "atlas-test-kb.h"

#include <math.h>

#include "atlas-kb.h"
#include "atlas-place-nav.h"

static const AtlasNavDirection directions[] = { ATLAS_NAV_LEFT, ATLAS_NAV_RIGHT, ATLAS_NAV_UP, ATLAS_NAV_DOWN };

/* East and north of @from, in kilometres near enough */
static void
offset (AtlasPlace *from,
        AtlasPlace *to,
        double     *east,
        double     *north)
{
  double lat0, lon0, lat1, lon1;

  g_assert_true (atlas_place_nav_get_point (from, &lat0, &lon0));
  g_assert_true (atlas_place_nav_get_point (to, &lat1, &lon1));
  *east = (lon1 - lon0) * cos (lat0 * G_PI / 180.0) * 111.2;
  *north = (lat1 - lat0) * 111.2;
}

/* Every step goes the way pressed, and mostly that way rather than sideways */
static void
test_steps_go_ahead (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_shipped_kb ();
  GListModel *places = atlas_kb_get_places (kb);
  guint n_steps = 0, n_in_quarter = 0, n_polygons = 0;

  for (guint i = 0; i < g_list_model_get_n_items (places); i++)
    {
      g_autoptr(AtlasPlace) from = g_list_model_get_item (places, i);

      if (!atlas_place_nav_get_point (from, NULL, NULL))
        {
          /* Points and places with no location take no part */
          for (guint d = 0; d < G_N_ELEMENTS (directions); d++)
            g_assert_null (atlas_place_nav_next (places, from, directions[d]));
          continue;
        }

      n_polygons++;
      for (guint d = 0; d < G_N_ELEMENTS (directions); d++)
        {
          AtlasPlace *to = atlas_place_nav_next (places, from, directions[d]);
          double east, north, ahead, sideways;

          if (to == NULL)
            continue;

          g_assert_true (to != from);
          offset (from, to, &east, &north);
          ahead = directions[d] == ATLAS_NAV_LEFT ? -east : directions[d] == ATLAS_NAV_RIGHT ? east
                : directions[d] == ATLAS_NAV_UP ? north : -north;
          sideways = directions[d] <= ATLAS_NAV_RIGHT ? fabs (north) : fabs (east);
          g_assert_cmpfloat (ahead, >, 0);
          n_steps++;
          n_in_quarter += sideways <= ahead;
        }
    }

  g_test_message ("%u polygons, %u steps, %u within 45°", n_polygons, n_steps, n_in_quarter);
  g_assert_cmpuint (n_polygons, >, 100);
  /* Only at the edges of the city does a step leave the quarter-plane */
  g_assert_cmpuint (n_in_quarter * 10, >=, n_steps * 9);
}

/* Holding one arrow never cycles: it reaches an edge of the city and stops */
static void
test_one_way_ends (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_shipped_kb ();
  GListModel *places = atlas_kb_get_places (kb);
  AtlasPlace *start = atlas_kb_lookup_place (kb, "p-bustan-al-basha");

  g_assert_nonnull (start);
  for (guint d = 0; d < G_N_ELEMENTS (directions); d++)
    {
      AtlasPlace *place = start;
      guint n = 0;

      while ((place = atlas_place_nav_next (places, place, directions[d])) != NULL)
        g_assert_cmpuint (++n, <, g_list_model_get_n_items (places));
      g_assert_cmpuint (n, >, 0);
    }
}

/* From any neighbourhood the arrows reach every other one */
static void
test_all_reachable (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_shipped_kb ();
  GListModel *places = atlas_kb_get_places (kb);
  g_autoptr(GPtrArray) polygons = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) reached = g_hash_table_new (NULL, NULL);
  g_autoptr(GQueue) queue = g_queue_new ();
  AtlasPlace *start = atlas_kb_lookup_place (kb, "p-bustan-al-basha");

  for (guint i = 0; i < g_list_model_get_n_items (places); i++)
    {
      AtlasPlace *place = g_list_model_get_item (places, i);

      if (atlas_place_nav_get_point (place, NULL, NULL))
        g_ptr_array_add (polygons, place);
      else
        g_object_unref (place);
    }

  /* Each place in turn as the start would be 124² steps; the graph's strong connectivity
   * follows from reaching all from one, and that one from all */
  g_hash_table_add (reached, start);
  g_queue_push_tail (queue, start);
  while (!g_queue_is_empty (queue))
    {
      AtlasPlace *place = g_queue_pop_head (queue);

      for (guint d = 0; d < G_N_ELEMENTS (directions); d++)
        {
          AtlasPlace *next = atlas_place_nav_next (places, place, directions[d]);

          if (next && g_hash_table_add (reached, next))
            g_queue_push_tail (queue, next);
        }
    }
  g_assert_cmpuint (g_hash_table_size (reached), ==, polygons->len);

  for (guint i = 0; i < polygons->len; i++)
    {
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
      g_autoptr(GQueue) todo = g_queue_new ();
      gboolean found = FALSE;

      g_hash_table_add (seen, g_ptr_array_index (polygons, i));
      g_queue_push_tail (todo, g_ptr_array_index (polygons, i));
      while (!found && !g_queue_is_empty (todo))
        {
          AtlasPlace *place = g_queue_pop_head (todo);

          for (guint d = 0; d < G_N_ELEMENTS (directions); d++)
            {
              AtlasPlace *next = atlas_place_nav_next (places, place, directions[d]);

              found |= next == start;
              if (next && g_hash_table_add (seen, next))
                g_queue_push_tail (todo, next);
            }
        }
      if (!found)
        g_test_fail_printf ("%s cannot reach Bustan al-Basha", atlas_place_get_name (g_ptr_array_index (polygons, i)));
    }
}

/* Bustan al-Basha's neighbours: Sakhour lies east, the Old City south-west. Right goes east,
 * Up north, and the focus starts at the place nearest the view's centre */
static void
test_known_neighbours (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_shipped_kb ();
  GListModel *places = atlas_kb_get_places (kb);
  AtlasPlace *bustan = atlas_kb_lookup_place (kb, "p-bustan-al-basha");
  double lat, lon, east, north;

  g_assert_true (atlas_place_nav_get_point (bustan, &lat, &lon));
  g_assert_true (atlas_place_nav_nearest (places, lat, lon) == bustan);
  g_assert_true (atlas_place_nav_nearest (places, lat + 0.0005, lon - 0.0005) == bustan);

  offset (bustan, atlas_place_nav_next (places, bustan, ATLAS_NAV_RIGHT), &east, &north);
  g_assert_cmpfloat (east, >, fabs (north));
  offset (bustan, atlas_place_nav_next (places, bustan, ATLAS_NAV_UP), &east, &north);
  g_assert_cmpfloat (north, >, fabs (east));
  /* Neighbours, not far across the city: within 2 km */
  for (guint d = 0; d < G_N_ELEMENTS (directions); d++)
    {
      AtlasPlace *next = atlas_place_nav_next (places, bustan, directions[d]);

      g_assert_nonnull (next);
      offset (bustan, next, &east, &north);
      g_test_message ("%u: %s, %.2f km east, %.2f km north", d, atlas_place_get_name (next), east, north);
      g_assert_cmpfloat (hypot (east, north), <, 2.0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_bug_base ("https://github.com/aleppoatlas/aleppo-atlas/issues/");

  g_test_add_func ("/place-nav/steps-go-ahead", test_steps_go_ahead);
  g_test_add_func ("/place-nav/one-way-ends", test_one_way_ends);
  g_test_add_func ("/place-nav/all-reachable", test_all_reachable);
  g_test_add_func ("/place-nav/known-neighbours", test_known_neighbours);

  return g_test_run ();
}

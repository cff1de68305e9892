/* test-region.c: distances, and which places are far from the region
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-region"

#include "config.h"

#include <math.h>

#include "atlas-kb.h"
#include "atlas-place.h"
#include "atlas-region.h"

/* The shipped KB's region centre */
#define ALEPPO_LAT 36.2
#define ALEPPO_LON 37.16

/* Kilometres in one degree of latitude, on the sphere the rule uses */
#define KM_PER_DEGREE (ATLAS_EARTH_RADIUS_KM * G_PI / 180.0)

static void
test_distance (void)
{
  g_assert_cmpfloat (atlas_distance_km (ALEPPO_LAT, ALEPPO_LON, ALEPPO_LAT, ALEPPO_LON), ==, 0.0);

  /* Along a meridian, a degree of latitude is the same everywhere */
  g_assert_cmpfloat_with_epsilon (atlas_distance_km (0, 0, 1, 0), KM_PER_DEGREE, 1e-9);
  g_assert_cmpfloat_with_epsilon (atlas_distance_km (60, 20, 61, 20), KM_PER_DEGREE, 1e-9);

  /* Along a parallel it shrinks with the cosine of the latitude (nearly: a great circle
   * cuts across) */
  g_assert_cmpfloat_with_epsilon (atlas_distance_km (60, 0, 60, 1), KM_PER_DEGREE / 2, 0.01);

  /* Symmetric, and across the antimeridian the short way round */
  g_assert_cmpfloat_with_epsilon (atlas_distance_km (ALEPPO_LAT, ALEPPO_LON, 33.5138, 36.2765),
                                  atlas_distance_km (33.5138, 36.2765, ALEPPO_LAT, ALEPPO_LON), 1e-9);
  g_assert_cmpfloat_with_epsilon (atlas_distance_km (0, 179.5, 0, -179.5), KM_PER_DEGREE, 1e-6);

  /* Antipodes: half the circumference */
  g_assert_cmpfloat_with_epsilon (atlas_distance_km (ALEPPO_LAT, ALEPPO_LON, -ALEPPO_LAT, ALEPPO_LON - 180),
                                  G_PI * ATLAS_EARTH_RADIUS_KM, 1e-6);

  /* Aleppo to Damascus: about 309 km (Aleppo's citadel to Damascus's, 310 km) */
  g_assert_cmpfloat_with_epsilon (atlas_distance_km (ALEPPO_LAT, ALEPPO_LON, 33.5138, 36.2765), 309.4, 0.5);
}

/* The edge itself: due north and due east of the centre, just inside and just outside */
static void
test_near_edges (void)
{
  double inside = (ATLAS_REGION_RADIUS_KM - 0.01) / KM_PER_DEGREE;
  double outside = (ATLAS_REGION_RADIUS_KM + 0.01) / KM_PER_DEGREE;
  double lon_step = 1.0 / (KM_PER_DEGREE * cos (ALEPPO_LAT * G_PI / 180.0));

  g_assert_true (atlas_region_is_near (ALEPPO_LAT, ALEPPO_LON, ALEPPO_LAT, ALEPPO_LON));
  g_assert_true (atlas_region_is_near (ALEPPO_LAT, ALEPPO_LON, ALEPPO_LAT + inside, ALEPPO_LON));
  g_assert_false (atlas_region_is_near (ALEPPO_LAT, ALEPPO_LON, ALEPPO_LAT + outside, ALEPPO_LON));
  g_assert_true (atlas_region_is_near (ALEPPO_LAT, ALEPPO_LON, ALEPPO_LAT - inside, ALEPPO_LON));
  g_assert_false (atlas_region_is_near (ALEPPO_LAT, ALEPPO_LON, ALEPPO_LAT - outside, ALEPPO_LON));

  /* East: 49.9 km in, 50.1 km out (a parallel is not a great circle, so leave 100 m) */
  g_assert_true (atlas_region_is_near (ALEPPO_LAT, ALEPPO_LON,
                                       ALEPPO_LAT, ALEPPO_LON + (ATLAS_REGION_RADIUS_KM - 0.1) * lon_step));
  g_assert_false (atlas_region_is_near (ALEPPO_LAT, ALEPPO_LON,
                                        ALEPPO_LAT, ALEPPO_LON + (ATLAS_REGION_RADIUS_KM + 0.1) * lon_step));
}

/* The places the threshold was chosen between */
static void
test_near_cities (void)
{
  struct {
    const char *name;
    double      lat, lon;
    gboolean    near;
  } cities[] = {
    { "Azaz", 36.5866, 37.0463, TRUE },              /* 44 km, Aleppo's countryside */
    { "Nubl", 36.3728, 36.9958, TRUE },              /* 24 km */
    { "Khan Touman", 36.1075, 37.0397, TRUE },       /* 15 km */
    { "Idlib", 35.9306, 36.6339, FALSE },            /* 56 km, another city */
    { "Hama", 35.1318, 36.7578, FALSE },
    { "Damascus", 33.5138, 36.2765, FALSE },
    { "Geneva", 46.2044, 6.1432, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cities); i++)
    {
      g_test_message ("%s", cities[i].name);
      g_assert_cmpint (atlas_region_is_near (ALEPPO_LAT, ALEPPO_LON, cities[i].lat, cities[i].lon), ==, cities[i].near);
    }
}

/* Every place of the shipped KB: the ones outside are exactly these */
static void
test_shipped_places (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "aleppo-2016.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasKb) kb = atlas_kb_new_from_file (file, NULL, NULL, &error);
  const char *far[] = {
    "p-idlib-province", "p-hama", "p-jouret-al-shiah", "p-homs", "p-syria", "p-al-hamah", "p-qudsaya",
    "p-damascus", "p-lausanne", "p-geneva", "p-london", "p-new-york", NULL
  };
  GListModel *places;
  guint n_far = 0;

  g_assert_no_error (error);
  places = atlas_kb_get_places (kb);

  for (guint i = 0; i < g_list_model_get_n_items (places); i++)
    {
      g_autoptr(AtlasPlace) place = g_list_model_get_item (places, i);
      const char *id = atlas_place_get_id (place);
      gboolean expected = g_strv_contains (far, id);

      g_test_message ("%s", id);
      g_assert_cmpint (atlas_region_place_is_far (kb, place), ==, expected);
      n_far += expected;
    }

  g_assert_cmpuint (n_far, ==, g_strv_length ((char **) far));
  /* Azaz, the farthest place inside, and a place with no location */
  g_assert_false (atlas_region_place_is_far (kb, atlas_kb_lookup_place (kb, "p-azaz")));
  g_assert_false (atlas_place_get_location (atlas_kb_lookup_place (kb, "p-al-dakkak-hospital"), NULL, NULL));
  g_assert_false (atlas_region_place_is_far (kb, atlas_kb_lookup_place (kb, "p-al-dakkak-hospital")));
}

/* Places shown with the city (issue 7): the countryside and Hama; not Damascus or Europe */
static void
test_around (void)
{
  /* Due north: 149.9 km in, 150.1 km out */
  g_assert_true (atlas_region_is_around (ALEPPO_LAT, ALEPPO_LON, ALEPPO_LAT + 149.9 / KM_PER_DEGREE, ALEPPO_LON));
  g_assert_false (atlas_region_is_around (ALEPPO_LAT, ALEPPO_LON, ALEPPO_LAT + 150.1 / KM_PER_DEGREE, ALEPPO_LON));

  g_assert_true (atlas_region_is_around (ALEPPO_LAT, ALEPPO_LON, 36.3728, 36.9958));    /* Nubl */
  g_assert_true (atlas_region_is_around (ALEPPO_LAT, ALEPPO_LON, 35.1318, 36.7578));    /* Hama, 124 km */
  g_assert_false (atlas_region_is_around (ALEPPO_LAT, ALEPPO_LON, 33.5138, 36.2765));   /* Damascus */
  g_assert_false (atlas_region_is_around (ALEPPO_LAT, ALEPPO_LON, 51.50853, -0.12574)); /* London */
}

static void
test_bearing (void)
{
  /* The four cardinal directions, from a point on the equator */
  g_assert_cmpfloat_with_epsilon (atlas_bearing_deg (0, 0, 1, 0), 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (atlas_bearing_deg (0, 0, 0, 1), 90, 1e-9);
  g_assert_cmpfloat_with_epsilon (atlas_bearing_deg (0, 0, -1, 0), 180, 1e-9);
  g_assert_cmpfloat_with_epsilon (atlas_bearing_deg (0, 0, 0, -1), 270, 1e-9);
  /* Across the antimeridian, the short way: east */
  g_assert_cmpfloat_with_epsilon (atlas_bearing_deg (0, 179.5, 0, -179.5), 90, 1e-9);
  /* The same point has no direction: 0, not NaN */
  g_assert_cmpfloat (atlas_bearing_deg (ALEPPO_LAT, ALEPPO_LON, ALEPPO_LAT, ALEPPO_LON), ==, 0);

  /* From Aleppo, London is north-west (the great circle sets off at about 310°), New York
   * farther round to the north-west, Khan Touman south-west */
  g_assert_cmpfloat_with_epsilon (atlas_bearing_deg (ALEPPO_LAT, ALEPPO_LON, 51.50853, -0.12574), 310, 5);
  g_assert_cmpfloat_with_epsilon (atlas_bearing_deg (ALEPPO_LAT, ALEPPO_LON, 40.71427, -74.00597), 315, 10);
  g_assert_cmpfloat_with_epsilon (atlas_bearing_deg (ALEPPO_LAT, ALEPPO_LON, 36.114978, 37.046687), 223, 5);
}

static void
test_arrow (void)
{
  g_assert_cmpstr (atlas_bearing_arrow (0), ==, "↑");
  g_assert_cmpstr (atlas_bearing_arrow (22.4), ==, "↑");
  g_assert_cmpstr (atlas_bearing_arrow (22.6), ==, "↗");
  g_assert_cmpstr (atlas_bearing_arrow (90), ==, "→");
  g_assert_cmpstr (atlas_bearing_arrow (135), ==, "↘");
  g_assert_cmpstr (atlas_bearing_arrow (180), ==, "↓");
  g_assert_cmpstr (atlas_bearing_arrow (225), ==, "↙");
  g_assert_cmpstr (atlas_bearing_arrow (270), ==, "←");
  g_assert_cmpstr (atlas_bearing_arrow (310), ==, "↖");
  g_assert_cmpstr (atlas_bearing_arrow (337.6), ==, "↑");
  g_assert_cmpstr (atlas_bearing_arrow (359.9), ==, "↑");
  /* Out of range: taken round the circle */
  g_assert_cmpstr (atlas_bearing_arrow (-90), ==, "←");
  g_assert_cmpstr (atlas_bearing_arrow (450), ==, "→");
}

static void
test_round_distance (void)
{
  g_assert_cmpfloat (atlas_round_distance_km (0.4), ==, 0);
  g_assert_cmpfloat (atlas_round_distance_km (24.6), ==, 25);
  g_assert_cmpfloat (atlas_round_distance_km (99.4), ==, 99);
  g_assert_cmpfloat (atlas_round_distance_km (124.0), ==, 120);
  g_assert_cmpfloat (atlas_round_distance_km (309.4), ==, 310);
  g_assert_cmpfloat (atlas_round_distance_km (3249.0), ==, 3200);
  g_assert_cmpfloat (atlas_round_distance_km (9251.0), ==, 9300);

  /* Aleppo to London: about 3,400 km */
  g_assert_cmpfloat (atlas_round_distance_km (atlas_distance_km (ALEPPO_LAT, ALEPPO_LON, 51.50853, -0.12574)),
                     ==, 3400);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/region/distance", test_distance);
  g_test_add_func ("/region/near-edges", test_near_edges);
  g_test_add_func ("/region/near-cities", test_near_cities);
  g_test_add_func ("/region/shipped-places", test_shipped_places);
  g_test_add_func ("/region/around", test_around);
  g_test_add_func ("/region/bearing", test_bearing);
  g_test_add_func ("/region/arrow", test_arrow);
  g_test_add_func ("/region/round-distance", test_round_distance);

  return g_test_run ();
}

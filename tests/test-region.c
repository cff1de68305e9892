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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/region/distance", test_distance);
  g_test_add_func ("/region/near-edges", test_near_edges);
  g_test_add_func ("/region/near-cities", test_near_cities);
  g_test_add_func ("/region/shipped-places", test_shipped_places);

  return g_test_run ();
}

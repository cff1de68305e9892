/* test-context.c: the map's context layer data, Syria and its governorates
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-context"

#include "config.h"

#include "atlas-context.h"

static AtlasContext *
load_shipped (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "geodata",
                                                 "ocha_syr_context.geojson", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GBytes) bytes = NULL;
  AtlasContext *context;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  context = atlas_context_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_nonnull (context);
  return context;
}

/* The shipped file: the country and its 14 governorates, with both names and a label point
 * inside each */
static void
test_shipped (void)
{
  g_autoptr(AtlasContext) context = load_shipped ();
  const AtlasContextArea *country = atlas_context_get_country (context);
  guint n_governorates = 0;
  gboolean found_aleppo = FALSE;

  g_assert_nonnull (country);
  g_assert_cmpuint (country->level, ==, 0);
  g_assert_cmpstr (country->pcode, ==, "SY");
  g_assert_cmpstr (country->name, ==, "Syrian Arab Republic");

  for (guint i = 0; i < atlas_context_get_n_areas (context); i++)
    {
      const AtlasContextArea *area = atlas_context_get_area (context, i);
      AtlasBounds bounds;

      atlas_geometry_get_bounds (area->geometry, &bounds);
      /* Syria lies within 32–38 N, 35–43 E */
      g_assert_cmpfloat (bounds.min_lat, >, 32.0);
      g_assert_cmpfloat (bounds.max_lat, <, 37.5);
      g_assert_cmpfloat (bounds.min_lon, >, 35.5);
      g_assert_cmpfloat (bounds.max_lon, <, 42.5);
      g_assert_true (atlas_geometry_contains (area->geometry, area->label_lon, area->label_lat));
      g_assert_nonnull (area->name_ar);

      if (area->level == 1)
        {
          n_governorates++;
          /* Every governorate's label point is in the country */
          g_assert_true (atlas_context_in_country (context, area->label_lat, area->label_lon));
        }

      if (g_strcmp0 (area->pcode, "SY02") == 0)
        {
          found_aleppo = TRUE;
          g_assert_cmpstr (area->name, ==, "Aleppo");
          g_assert_cmpstr (area->name_ar, ==, "حلب");
          /* Aleppo city's citadel is in its governorate */
          g_assert_true (atlas_geometry_contains (area->geometry, 37.1625, 36.1994));
        }
    }

  g_assert_cmpuint (n_governorates, ==, 14);
  g_assert_true (found_aleppo);
}

/* In the country: Aleppo, Nubl, Damascus; out of it: Gaziantep, Beirut, London */
static void
test_in_country (void)
{
  g_autoptr(AtlasContext) context = load_shipped ();

  g_assert_true (atlas_context_in_country (context, 36.2031, 37.1409));
  g_assert_true (atlas_context_in_country (context, 36.3728, 36.9958));
  g_assert_true (atlas_context_in_country (context, 33.5138, 36.2765));
  g_assert_false (atlas_context_in_country (context, 37.0662, 37.3833));
  g_assert_false (atlas_context_in_country (context, 33.8938, 35.5018));
  g_assert_false (atlas_context_in_country (context, 51.50853, -0.12574));
}

static void
test_invalid (void)
{
  const char *inputs[] = {
    "",
    "[]",
    "{\"type\": \"FeatureCollection\"}",
    "{\"features\": [{}]}",
    /* No name */
    "{\"features\": [{\"properties\": {\"level\": 1, \"pcode\": \"X\"}, \"geometry\": {\"type\": \"Polygon\","
    " \"coordinates\": [[[0,0],[1,0],[1,1],[0,0]]]}}]}",
    /* A ring of three points */
    "{\"features\": [{\"properties\": {\"level\": 1, \"pcode\": \"X\", \"name_en\": \"X\"}, \"geometry\": {\"type\": \"Polygon\","
    " \"coordinates\": [[[0,0],[1,0],[0,0]]]}}]}",
    /* Not a polygon */
    "{\"features\": [{\"properties\": {\"level\": 1, \"pcode\": \"X\", \"name_en\": \"X\"}, \"geometry\": {\"type\": \"Point\","
    " \"coordinates\": [0.5,0.5]}}]}",
    /* Out of range */
    "{\"features\": [{\"properties\": {\"level\": 1, \"pcode\": \"X\", \"name_en\": \"X\"}, \"geometry\": {\"type\": \"Polygon\","
    " \"coordinates\": [[[0,0],[200,0],[1,1],[0,0]]]}}]}",
  };
  const char *valid =
    "{\"features\": [{\"properties\": {\"level\": 1, \"pcode\": \"X\", \"name_en\": \"X\"}, \"geometry\": {\"type\": \"Polygon\","
    " \"coordinates\": [[[0.0,0.0],[1.0,0.0],[1.0,1.0],[0.0,0.0]]]}}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (valid, strlen (valid));
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasContext) context = atlas_context_new_from_bytes (bytes, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (atlas_context_get_n_areas (context), ==, 1);
  g_assert_null (atlas_context_get_country (context));
  g_assert_false (atlas_context_in_country (context, 0.2, 0.8));

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GBytes) b = g_bytes_new_static (inputs[i], strlen (inputs[i]));
      g_autoptr(GError) e = NULL;
      g_autoptr(AtlasContext) c = atlas_context_new_from_bytes (b, &e);

      g_test_message ("%s", inputs[i]);
      g_assert_null (c);
      g_assert_nonnull (e);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/context/shipped", test_shipped);
  g_test_add_func ("/context/in-country", test_in_country);
  g_test_add_func ("/context/invalid", test_invalid);

  return g_test_run ();
}

/* test-dataset.c: the datasets a place's location comes from, by name
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-dataset"

#include "config.h"

#include "atlas-test-kb.h"

#include <string.h>

#include "atlas-dataset.h"
#include "atlas-kb.h"
#include "atlas-place.h"

static char *
names_of (const char *source)
{
  g_auto(GStrv) names = atlas_dataset_names_for_source (source);

  return g_strjoinv ("|", names);
}

/* Each kind of reference the shipped KB makes, by its dataset's name, in the order cited */
static void
test_names (void)
{
  static const struct { const char *source; const char *names; } cases[] = {
    { "Polygon: CSR/UN-Habitat 2014 neighbourhood map (csr_map_data_Neighborhoods.geojson, Id 1); "
      "point: CSR centroid (spatializing-youtube Neighborhoods_centroids.geojson xcoord/ycoord, via places.csv); "
      "names: CSR, neighborhoods-names.json, OCHA COD-AB N0160 \"A'aziziyeh\"",
      "Columbia CSR / UN-Habitat neighbourhood map (2014)|Columbia CSR neighbourhood centres|"
      "Columbia CSR neighbourhood names|OCHA COD-AB Syria" },
    { "places.csv ('Aleppo'): OCHA COD-AB syr_admin4_point 2015 (copy in alahwa/Syria-GeoJson-Maps@81d1da2d)",
      "OCHA COD-AB Syria" },
    { "places.csv ('Tariq al-Bab (Tareeq al-Bab)'): UNOSAT Aleppo damage sites 2015 "
      "(copy in CenterForSpatialResearch/aleppo_test@3f750b94 map/data/un.geojson)",
      "UNITAR/UNOSAT damage sites (2015)" },
    { "places.csv ('Geneva'): GeoNames cities15000 (copy in yeaz/kayak_weather@3d5c5753)", "GeoNames" },
    { "OCHA COD-AB v02 SY07 Idleb: center_lat/center_lon of the feature (ocha_syr_admin1_v02_idleb.geojson)",
      "OCHA COD-AB Syria" },
    { "a survey of our own", "" },
    { "", "" },
    { NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *names = names_of (cases[i].source);

      g_test_message ("%s", cases[i].source);
      g_assert_cmpstr (names, ==, cases[i].names);
    }
}

/* Every place of the shipped KB that cites a source is named by at least one known dataset,
 * and no name is a file name */
static void
test_every_place (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_shipped_kb ();
  GListModel *places = atlas_kb_get_places (kb);
  guint n_cited = 0;

  for (guint i = 0; i < g_list_model_get_n_items (places); i++)
    {
      g_autoptr(AtlasPlace) place = g_list_model_get_item (places, i);
      const char *source = atlas_place_get_source (place);
      g_auto(GStrv) names = atlas_dataset_names_for_source (source);

      if (source == NULL || source[0] == '\0')
        {
          g_assert_cmpuint (g_strv_length (names), ==, 0);
          continue;
        }

      n_cited++;
      g_test_message ("%s: %s", atlas_place_get_id (place), source);
      g_assert_cmpuint (g_strv_length (names), >, 0);
      for (guint j = 0; names[j]; j++)
        {
          g_assert_null (strstr (names[j], ".geojson"));
          g_assert_null (strstr (names[j], ".csv"));
          g_assert_null (strstr (names[j], ".json"));
        }
    }

  g_assert_cmpuint (n_cited, >, 100);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/dataset/names", test_names);
  g_test_add_func ("/dataset/every-place", test_every_place);

  return g_test_run ();
}

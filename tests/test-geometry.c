/* test-geometry.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-geometry"

#include "config.h"

#include "atlas-geometry.h"

/* A 10×10 square with a 4×4 hole in the middle, and a separate 2×2 square to its east */
static AtlasGeometry *
make_square_with_hole (void)
{
  static const double outer[] = { 0, 0, 10, 0, 10, 10, 0, 10, 0, 0 };
  static const double hole[] = { 3, 3, 3, 7, 7, 7, 7, 3, 3, 3 };
  static const double island[] = { 20, 0, 22, 0, 22, 2, 20, 2, 20, 0 };
  AtlasGeometry *geometry = atlas_geometry_new ();

  atlas_geometry_begin_polygon (geometry);
  atlas_geometry_add_ring (geometry, outer, 5);
  atlas_geometry_add_ring (geometry, hole, 5);
  atlas_geometry_begin_polygon (geometry);
  atlas_geometry_add_ring (geometry, island, 5);

  return geometry;
}

static void
test_contains_holes_and_parts (void)
{
  g_autoptr(AtlasGeometry) geometry = make_square_with_hole ();

  g_assert_true (atlas_geometry_contains (geometry, 1, 1));
  g_assert_true (atlas_geometry_contains (geometry, 9, 5));
  /* In the hole */
  g_assert_false (atlas_geometry_contains (geometry, 5, 5));
  /* In the second part of the multipolygon */
  g_assert_true (atlas_geometry_contains (geometry, 21, 1));
  /* Between the parts, inside the bounding box */
  g_assert_false (atlas_geometry_contains (geometry, 15, 1));
  g_assert_false (atlas_geometry_contains (geometry, -1, 5));
}

static void
test_bounds (void)
{
  g_autoptr(AtlasGeometry) geometry = make_square_with_hole ();
  AtlasBounds bounds;

  atlas_geometry_get_bounds (geometry, &bounds);
  g_assert_cmpfloat (bounds.min_lon, ==, 0);
  g_assert_cmpfloat (bounds.max_lon, ==, 22);
  g_assert_cmpfloat (bounds.min_lat, ==, 0);
  g_assert_cmpfloat (bounds.max_lat, ==, 10);
  g_assert_cmpuint (atlas_geometry_get_n_polygons (geometry), ==, 2);
  g_assert_cmpuint (atlas_geometry_get_n_rings (geometry, 0), ==, 2);
}

static void
test_interior_point_avoids_hole (void)
{
  g_autoptr(AtlasGeometry) geometry = make_square_with_hole ();
  /* A C-shaped polygon whose centroid lies outside it */
  static const double c_shape[] = { 0, 0, 10, 0, 10, 2, 2, 2, 2, 8, 10, 8, 10, 10, 0, 10, 0, 0 };
  g_autoptr(AtlasGeometry) c = atlas_geometry_new ();
  double lon, lat;

  g_assert_true (atlas_geometry_get_interior_point (geometry, &lon, &lat));
  g_assert_true (atlas_geometry_contains (geometry, lon, lat));

  atlas_geometry_begin_polygon (c);
  atlas_geometry_add_ring (c, c_shape, 9);
  g_assert_false (atlas_geometry_contains (c, 6, 5));
  g_assert_true (atlas_geometry_get_interior_point (c, &lon, &lat));
  g_assert_true (atlas_geometry_contains (c, lon, lat));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/geometry/contains", test_contains_holes_and_parts);
  g_test_add_func ("/geometry/bounds", test_bounds);
  g_test_add_func ("/geometry/interior-point", test_interior_point_avoids_hole);

  return g_test_run ();
}

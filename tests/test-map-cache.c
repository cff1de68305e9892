/* test-map-cache.c: the map layer's fills, reused from frame to frame, with no display
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-map-cache"

#include "config.h"

#include "atlas-map-cache.h"
#include "atlas-test-kb.h"

#define WIDTH  600
#define HEIGHT 400

typedef struct
{
  AtlasKb            *kb;
  GPtrArray          *shapes;
  AtlasMapProjection  proj;     /* the region's centre at zoom 13 */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "aleppo-2016.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GListModel *places;
  double lat, lon, zoom;

  f->kb = atlas_kb_new_from_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (atlas_kb_get_region_center (f->kb, &lat, &lon, &zoom));

  f->shapes = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_map_shape_free);
  places = atlas_kb_get_places (f->kb);
  for (guint i = 0; i < g_list_model_get_n_items (places); i++)
    {
      g_autoptr(AtlasPlace) place = g_list_model_get_item (places, i);

      if (atlas_place_get_geometry (place))
        {
          AtlasMapShape *shape = atlas_map_shape_new (place);

          /* Some shading, so that the fills differ */
          shape->count = i % ATLAS_MAP_N_CLASSES;
          g_ptr_array_add (f->shapes, shape);
        }
    }
  g_assert_cmpuint (f->shapes->len, >, 100);

  f->proj.world = 256.0 * (1 << 13);
  f->proj.width = WIDTH;
  f->proj.height = HEIGHT;
  f->proj.zoom = 13;
  f->proj.origin_x = atlas_map_mercator_x (lon) * f->proj.world - WIDTH / 2.0;
  f->proj.origin_y = atlas_map_mercator_y (lat) * f->proj.world - HEIGHT / 2.0;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->shapes, g_ptr_array_unref);
  g_clear_object (&f->kb);
}

/* Paints the fills for @proj through @cache into a new image; returns whether they are exact */
static gboolean
paint (Fixture                  *f,
       AtlasMapCache            *cache,
       const AtlasMapProjection *proj,
       gboolean                  settling,
       cairo_surface_t         **image,
       AtlasMapProjection       *drawn)
{
  AtlasMapProjection unused;
  gboolean exact;
  cairo_t *cr;

  *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cr = cairo_create (*image);
  exact = atlas_map_cache_paint_fills (cache, cr, f->shapes, FALSE, proj, 1, settling, drawn ? drawn : &unused);
  cairo_destroy (cr);
  cairo_surface_flush (*image);
  return exact;
}

/* What the fills look like for @proj, drawn from the vertices */
static cairo_surface_t *
paint_fresh (Fixture                  *f,
             const AtlasMapProjection *proj)
{
  AtlasMapCache cache = { 0, };
  cairo_surface_t *image;

  g_assert_true (paint (f, &cache, proj, FALSE, &image, NULL));
  atlas_map_cache_clear (&cache);
  return image;
}

/* The largest difference of a channel between @a and @b; the fills are opaque */
static guint
max_difference (cairo_surface_t *a,
                cairo_surface_t *b)
{
  const guint8 *pa = cairo_image_surface_get_data (a), *pb = cairo_image_surface_get_data (b);
  int stride = cairo_image_surface_get_stride (a);
  guint worst = 0;

  g_assert_cmpint (stride, ==, cairo_image_surface_get_stride (b));
  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < WIDTH * 4; x++)
      worst = MAX (worst, (guint) ABS (pa[y * stride + x] - pb[y * stride + x]));

  return worst;
}

/* Whole pixels, and rounding in the projection: what a fresh drawing may differ by */
#define SAME 2

static AtlasMapProjection
moved (const AtlasMapProjection *proj,
       double                    dx,
       double                    dy)
{
  AtlasMapProjection to = *proj;

  to.origin_x += dx;
  to.origin_y += dy;
  return to;
}

/* Still, or panned by whole pixels within its margin: the same image, moved, and exact */
static void
test_pan_whole_pixels (Fixture       *f,
                       gconstpointer  data)
{
  AtlasMapCache cache = { 0, };
  AtlasMapProjection to = moved (&f->proj, 37, -12);
  cairo_surface_t *first, *again, *panned, *fresh;
  double origin_x;

  g_assert_true (paint (f, &cache, &f->proj, FALSE, &first, NULL));
  origin_x = cache.origin_x;

  g_assert_true (paint (f, &cache, &f->proj, FALSE, &again, NULL));
  g_assert_cmpuint (max_difference (first, again), ==, 0);

  g_assert_true (paint (f, &cache, &to, FALSE, &panned, NULL));
  /* Reused, not drawn again */
  g_assert_cmpfloat (cache.origin_x, ==, origin_x);
  fresh = paint_fresh (f, &to);
  g_assert_cmpuint (max_difference (panned, fresh), <=, SAME);
  g_assert_cmpuint (max_difference (panned, first), >, SAME);

  cairo_surface_destroy (first);
  cairo_surface_destroy (again);
  cairo_surface_destroy (panned);
  cairo_surface_destroy (fresh);
  atlas_map_cache_clear (&cache);
}

/* Panned by a fraction of a pixel: approximate, at the nearest pixel, until it settles; then
 * it looks as if drawn from the vertices */
static void
test_pan_fraction_settles (Fixture       *f,
                           gconstpointer  data)
{
  AtlasMapCache cache = { 0, };
  AtlasMapProjection to = moved (&f->proj, 10.3, 4.6), drawn;
  cairo_surface_t *first, *approximate, *settled, *fresh;

  g_assert_true (paint (f, &cache, &f->proj, FALSE, &first, NULL));

  g_assert_false (paint (f, &cache, &to, FALSE, &approximate, &drawn));
  g_assert_cmpfloat (drawn.origin_x, ==, f->proj.origin_x + 10);
  g_assert_cmpfloat (drawn.origin_y, ==, f->proj.origin_y + 5);

  g_assert_true (paint (f, &cache, &to, TRUE, &settled, &drawn));
  g_assert_cmpfloat (drawn.origin_x, ==, to.origin_x);
  g_assert_cmpfloat (drawn.origin_y, ==, to.origin_y);
  fresh = paint_fresh (f, &to);
  g_assert_cmpuint (max_difference (settled, fresh), <=, SAME);
  /* Which a fraction of a pixel is enough to tell apart */
  g_assert_cmpuint (max_difference (approximate, fresh), >, SAME);

  cairo_surface_destroy (first);
  cairo_surface_destroy (approximate);
  cairo_surface_destroy (settled);
  cairo_surface_destroy (fresh);
  atlas_map_cache_clear (&cache);
}

/* Beyond its margin it is drawn again, exactly */
static void
test_pan_far (Fixture       *f,
              gconstpointer  data)
{
  AtlasMapCache cache = { 0, };
  AtlasMapProjection to = moved (&f->proj, 700, 0);
  cairo_surface_t *first, *panned, *fresh;
  double origin_x;

  g_assert_true (paint (f, &cache, &f->proj, FALSE, &first, NULL));
  origin_x = cache.origin_x;
  g_assert_true (paint (f, &cache, &to, FALSE, &panned, NULL));
  g_assert_cmpfloat (cache.origin_x, !=, origin_x);
  fresh = paint_fresh (f, &to);
  g_assert_cmpuint (max_difference (panned, fresh), <=, SAME);

  cairo_surface_destroy (first);
  cairo_surface_destroy (panned);
  cairo_surface_destroy (fresh);
  atlas_map_cache_clear (&cache);
}

/* Zooming: scaled while it stays sharp enough, approximate; drawn again when it settles, or
 * when it would be scaled too far */
static void
test_zoom (Fixture       *f,
           gconstpointer  data)
{
  AtlasMapCache cache = { 0, };
  AtlasMapProjection closer = f->proj, far_closer = f->proj;
  cairo_surface_t *first, *scaled, *settled, *fresh, *rebuilt;
  double centre_x = f->proj.origin_x + WIDTH / 2.0, centre_y = f->proj.origin_y + HEIGHT / 2.0;

  /* Zoomed in around the centre, by a half level, then by two */
  closer.world *= M_SQRT2;
  closer.zoom += 0.5;
  closer.origin_x = centre_x * M_SQRT2 - WIDTH / 2.0;
  closer.origin_y = centre_y * M_SQRT2 - HEIGHT / 2.0;
  far_closer.world *= 4;
  far_closer.zoom += 2;
  far_closer.origin_x = centre_x * 4 - WIDTH / 2.0;
  far_closer.origin_y = centre_y * 4 - HEIGHT / 2.0;

  g_assert_true (paint (f, &cache, &f->proj, FALSE, &first, NULL));
  g_assert_false (paint (f, &cache, &closer, FALSE, &scaled, NULL));
  g_assert_cmpfloat (cache.world, ==, f->proj.world);

  g_assert_true (paint (f, &cache, &closer, TRUE, &settled, NULL));
  g_assert_cmpfloat (cache.world, ==, closer.world);
  fresh = paint_fresh (f, &closer);
  g_assert_cmpuint (max_difference (settled, fresh), <=, SAME);
  /* The preview was near it, not it */
  g_assert_cmpuint (max_difference (scaled, fresh), >, SAME);

  g_assert_true (paint (f, &cache, &far_closer, FALSE, &rebuilt, NULL));
  g_assert_cmpfloat (cache.world, ==, far_closer.world);

  cairo_surface_destroy (first);
  cairo_surface_destroy (scaled);
  cairo_surface_destroy (settled);
  cairo_surface_destroy (fresh);
  cairo_surface_destroy (rebuilt);
  atlas_map_cache_clear (&cache);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/map-cache/pan-whole-pixels", Fixture, NULL, fixture_set_up, test_pan_whole_pixels, fixture_tear_down);
  g_test_add ("/map-cache/pan-fraction-settles", Fixture, NULL, fixture_set_up, test_pan_fraction_settles, fixture_tear_down);
  g_test_add ("/map-cache/pan-far", Fixture, NULL, fixture_set_up, test_pan_far, fixture_tear_down);
  g_test_add ("/map-cache/zoom", Fixture, NULL, fixture_set_up, test_zoom, fixture_tear_down);

  return g_test_run ();
}

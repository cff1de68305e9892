/* atlas-map-cache.c: the map layer's pixels, kept from frame to frame
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-map-cache"

#include "config.h"

#include "atlas-map-cache.h"

/*
 * Filling and stroking the polygons, and above all the labels' glyph outlines, costs cairo
 * tens of milliseconds a frame, so a frame reuses pixels:
 *   - the fills and the boundaries between units are drawn once into an image covering the
 *     view and a margin around it; panning moves that image, zooming scales it;
 *   - each label (halo and text) is drawn once into its own small image.
 * Whatever a frame could only place to the nearest device pixel, or scaled, is approximate;
 * the layer draws everything again exactly once the view has been still for
 * ATLAS_MAP_CACHE_SETTLE_MS ("settling"): at rest the layer looks the same as if everything
 * were drawn from the vertices in each frame.
 *
 * The cached fills cover the view and up to CACHE_MARGIN device pixels (half the view at
 * most) on each side of it, so that panning that far only moves them. While the zoom level
 * changes they are drawn scaled, down to half or up to twice their size; while the view moves
 * by fractions of a device pixel they are drawn at the nearest device pixel. Either way the
 * frame is approximate (tests/test-map-cache.c).
 */
#define CACHE_MARGIN      512
#define MAX_PREVIEW_SCALE 2.0
/* Offsets closer than this to a whole device pixel count as whole */
#define PIXEL_EPSILON     1e-3

static gboolean
is_whole (double device_px)
{
  return fabs (device_px - round (device_px)) < PIXEL_EPSILON;
}

/* A pattern of @surface's pixels that a cairo node records as a reference. A surface pattern
 * would do too, but cairo keeps a copy-on-write snapshot of a surface painted into a recording,
 * which copies all its pixels when the surface goes away: tens of milliseconds for the cache. */
static cairo_surface_t *
raster_acquire (cairo_pattern_t             *pattern,
                void                        *surface,
                cairo_surface_t             *target,
                const cairo_rectangle_int_t *extents)
{
  return cairo_surface_reference (surface);
}

static void
raster_release (cairo_pattern_t *pattern,
                void            *user_data,
                cairo_surface_t *surface)
{
  cairo_surface_destroy (surface);
}

static cairo_status_t
raster_copy (cairo_pattern_t       *pattern,
             void                  *surface,
             const cairo_pattern_t *other)
{
  cairo_surface_reference (surface);
  return CAIRO_STATUS_SUCCESS;
}

static void
raster_finish (cairo_pattern_t *pattern,
               void            *surface)
{
  cairo_surface_destroy (surface);
}

/* Paints @surface, its top left corner at (@x, @y) and its pixels @unit layer pixels wide,
 * @exact when that is one device pixel at a whole device pixel */
static void
paint_surface (cairo_t         *cr,
               cairo_surface_t *surface,
               double           x,
               double           y,
               double           unit,
               gboolean         exact)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  cairo_pattern_t *pattern;

  pattern = cairo_pattern_create_raster_source (cairo_surface_reference (surface), CAIRO_CONTENT_COLOR_ALPHA,
                                                width, height);
  cairo_raster_source_pattern_set_acquire (pattern, raster_acquire, raster_release);
  cairo_raster_source_pattern_set_copy (pattern, raster_copy);
  cairo_raster_source_pattern_set_finish (pattern, raster_finish);
  cairo_pattern_set_filter (pattern, exact ? CAIRO_FILTER_NEAREST : CAIRO_FILTER_BILINEAR);

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, unit, unit);
  cairo_set_source (cr, pattern);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  cairo_restore (cr);
  cairo_pattern_destroy (pattern);
}

/* Draws the fills and boundaries for @proj into the cache, with @proj's view in the middle */
static void
build_cache (AtlasMapCache            *cache,
             GPtrArray                *all_shapes,
             gboolean                  translucent,
             const AtlasMapProjection *proj,
             int                       scale)
{
  int view_w = (int) ceil (proj->width * scale), view_h = (int) ceil (proj->height * scale);
  int margin_x = MIN (CACHE_MARGIN, view_w / 2), margin_y = MIN (CACHE_MARGIN, view_h / 2);
  g_autoptr(GPtrArray) shapes = g_ptr_array_new ();
  AtlasMapProjection cache_proj = *proj;
  double x0, y0, x1, y1;
  cairo_t *cr;

  atlas_map_cache_clear (cache);

  cache->scale = scale;
  cache->width = view_w + 2 * margin_x;
  cache->height = view_h + 2 * margin_y;
  cache->world = proj->world;
  cache->origin_x = proj->origin_x - (double) margin_x / scale;
  cache->origin_y = proj->origin_y - (double) margin_y / scale;

  cache_proj.origin_x = cache->origin_x;
  cache_proj.origin_y = cache->origin_y;
  cache_proj.width = (double) cache->width / scale;
  cache_proj.height = (double) cache->height / scale;

  x0 = cache_proj.origin_x / proj->world;
  y0 = cache_proj.origin_y / proj->world;
  x1 = (cache_proj.origin_x + cache_proj.width) / proj->world;
  y1 = (cache_proj.origin_y + cache_proj.height) / proj->world;
  for (guint i = 0; i < all_shapes->len; i++)
    {
      AtlasMapShape *shape = g_ptr_array_index (all_shapes, i);

      if (shape->max_x >= x0 && shape->min_x <= x1 && shape->max_y >= y0 && shape->min_y <= y1)
        g_ptr_array_add (shapes, shape);
    }

  /* In device pixels: a pattern of it knows no device scale */
  cache->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, cache->width, cache->height);
  cr = cairo_create (cache->surface);
  cairo_scale (cr, scale, scale);
  atlas_map_draw_fills (cr, shapes, &cache_proj, translucent);
  cairo_destroy (cr);
  cairo_surface_flush (cache->surface);
}

/* Paints the fills of @shapes for @proj from the cache, drawing that again when it does not do. Sets
 * @drawn to the projection the fills were painted for, which differs from @proj by less than
 * a device pixel while panning, and returns whether the fills are exact. */
gboolean
atlas_map_cache_paint_fills (AtlasMapCache            *cache,
                             cairo_t                  *cr,
                             GPtrArray                *shapes,
                             gboolean                  translucent,
                             const AtlasMapProjection *proj,
                             int                       scale,
                             gboolean                  settling,
                             AtlasMapProjection       *drawn)
{
  double view_w = proj->width * scale, view_h = proj->height * scale;
  gboolean exact = TRUE;
  double x, y, zoom = 1.0;

  *drawn = *proj;

  if (cache->surface && cache->scale == scale && cache->world == proj->world)
    {
      /* Panning: the cache moved by (dx, dy) device pixels */
      double dx = (cache->origin_x - proj->origin_x) * scale;
      double dy = (cache->origin_y - proj->origin_y) * scale;

      exact = is_whole (dx) && is_whole (dy);
      dx = round (dx);
      dy = round (dy);
      if (dx <= 0 && dy <= 0 && dx + cache->width >= view_w && dy + cache->height >= view_h &&
          (exact || !settling))
        {
          if (!exact)
            {
              drawn->origin_x = cache->origin_x - dx / scale;
              drawn->origin_y = cache->origin_y - dy / scale;
            }
          x = dx / scale;
          y = dy / scale;
          goto draw;
        }
    }
  else if (cache->surface && cache->scale == scale && !settling)
    {
      /* Zooming: the cache, scaled, as long as it covers the view and is not too blurred */
      zoom = proj->world / cache->world;
      x = cache->origin_x * zoom - proj->origin_x;
      y = cache->origin_y * zoom - proj->origin_y;

      if (zoom <= MAX_PREVIEW_SCALE && zoom >= 1 / MAX_PREVIEW_SCALE &&
          x <= 0 && y <= 0 &&
          x + cache->width * zoom / scale >= proj->width &&
          y + cache->height * zoom / scale >= proj->height)
        {
          exact = FALSE;
          goto draw;
        }
    }

  build_cache (cache, shapes, translucent, proj, scale);
  exact = TRUE;
  zoom = 1.0;
  x = cache->origin_x - proj->origin_x;
  y = cache->origin_y - proj->origin_y;

draw:
  paint_surface (cr, cache->surface, x, y, zoom / scale, zoom == 1.0);
  return exact;
}

/* Draws @layout into @image, with its text origin at (@phase_x, @phase_y) off the device
 * pixel grid */
static void
draw_label_image (AtlasMapLabelImage *image,
                  PangoLayout        *layout,
                  int                 scale,
                  double              phase_x,
                  double              phase_y)
{
  /* Room for the halo: half its width, and antialiasing */
  const double pad = 3.0;
  PangoRectangle ink, logical;
  double left, top, right, bottom;
  cairo_t *cr;

  pango_layout_get_pixel_extents (layout, &ink, &logical);
  left = (MIN (ink.x, logical.x) - pad) * scale;
  top = (MIN (ink.y, logical.y) - pad) * scale;
  right = (MAX (ink.x + ink.width, logical.x + logical.width) + pad) * scale;
  bottom = (MAX (ink.y + ink.height, logical.y + logical.height) + pad) * scale;

  atlas_map_label_image_clear (image);
  image->scale = scale;
  image->origin_x = ceil (-left) + phase_x;
  image->origin_y = ceil (-top) + phase_y;
  image->width = (int) ceil (image->origin_x + right);
  image->height = (int) ceil (image->origin_y + bottom);

  image->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, image->width, image->height);
  cr = cairo_create (image->surface);
  cairo_scale (cr, scale, scale);
  atlas_map_draw_label (cr, layout, image->origin_x / scale, image->origin_y / scale);
  cairo_destroy (cr);
  cairo_surface_flush (image->surface);
}

/* Paints @layout, its text origin at (@text_x, @text_y), from @image, drawing that again
 * when it does not do; returns whether it is exact */
gboolean
atlas_map_cache_paint_label (cairo_t            *cr,
                             AtlasMapLabelImage *image,
                             PangoLayout        *layout,
                             double              text_x,
                             double              text_y,
                             int                 scale,
                             gboolean            settling)
{
  double x, y;
  gboolean exact;

  /* Where the image's top left corner goes, in device pixels */
  text_x *= scale;
  text_y *= scale;
  x = text_x - image->origin_x;
  y = text_y - image->origin_y;
  exact = image->surface && image->scale == scale && is_whole (x) && is_whole (y);

  if (image->surface == NULL || image->scale != scale || (!exact && settling))
    {
      draw_label_image (image, layout, scale, text_x - floor (text_x), text_y - floor (text_y));
      x = text_x - image->origin_x;
      y = text_y - image->origin_y;
      exact = TRUE;
    }

  paint_surface (cr, image->surface, round (x) / scale, round (y) / scale, 1.0 / scale, TRUE);
  return exact;
}

void
atlas_map_cache_clear (AtlasMapCache *cache)
{
  g_clear_pointer (&cache->surface, cairo_surface_destroy);
}

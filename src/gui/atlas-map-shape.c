/* atlas-map-shape.c: the polygon places, projected, and how the map draws them
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-map-shape"

#include "config.h"

#include "atlas-map-shape.h"

/*
 * Vertices are projected once per KB into normalised Web Mercator (0..1, the projection every
 * libshumate map source uses), so a frame only scales and translates them: nothing depends on
 * the zoom level but one multiplication.
 */

/* The map's colours in each style (issue 8). The shading is a sequential ramp (ColorBrewer
 * OrRd, light to dark on light paper, dark to bright on dark paper) with a neutral "none" that
 * is not part of it, so "no event" never reads as "few events". Outlines are drawn on a casing
 * in the halo's colour, so that they keep 3:1 over any fill; labels on their halo keep 4.5:1.
 * High contrast: black or white, no tints, and wider lines. */
static const AtlasMapPalette palettes[] = {
  [ATLAS_STYLE_LIGHT] = {
    .classes = { 0xdedad2, 0xfdbb84, 0xfc8d59, 0xd7301f, 0x990000 },
    .boundary = 0xffffff, .boundary_translucent = 0x5e5c64,
    .label = 0x241f31, .halo = 0xffffff,
    .selected = 0x1c71d8,   /* GNOME blue 4: the selection, as everywhere in GTK */
    .event = 0x241f31,      /* near black, dashed: places of the selected event */
    .line_scale = 1.0,
    .context_fill = 0xfbfaf8,   /* a shade lighter than the map's paper, #f4f2ee */
    .context_country_line = 0x8f8b85, .context_governorate_line = 0xbdb9b3,
    .context_city_line = 0x77767b, .context_name = 0x77767b, .context_city_name = 0x3d3846,
  },
  [ATLAS_STYLE_DARK] = {
    .classes = { 0x3d3b42, 0x7f3b1c, 0xb3471d, 0xe8692c, 0xfdae6b },
    .boundary = 0x242424, .boundary_translucent = 0xc0bfbc,
    .label = 0xf6f5f4, .halo = 0x1e1e1e,
    .selected = 0x62a0ea,   /* GNOME blue 2 */
    .event = 0xf6f5f4,
    .line_scale = 1.0,
    .context_fill = 0x38383d,   /* a shade lighter than the dark paper, #2e2e32 */
    .context_country_line = 0x9a9996, .context_governorate_line = 0x5e5c64,
    .context_city_line = 0xc0bfbc, .context_name = 0xc0bfbc, .context_city_name = 0xf6f5f4,
  },
  [ATLAS_STYLE_HC] = {
    .classes = { 0xffffff, 0xfdbb84, 0xfc8d59, 0xd7301f, 0x990000 },
    .boundary = 0x000000, .boundary_translucent = 0x000000,
    .label = 0x000000, .halo = 0xffffff,
    .selected = 0x0b4fa8,
    .event = 0x000000,
    .line_scale = 1.5,
    .context_fill = 0xffffff,
    .context_country_line = 0x000000, .context_governorate_line = 0x000000,
    .context_city_line = 0x000000, .context_name = 0x000000, .context_city_name = 0x000000,
  },
  [ATLAS_STYLE_HC_DARK] = {
    .classes = { 0x000000, 0x7f3b1c, 0xb3471d, 0xe8692c, 0xfdae6b },
    .boundary = 0xffffff, .boundary_translucent = 0xffffff,
    .label = 0xffffff, .halo = 0x000000,
    .selected = 0x99c1f1,
    .event = 0xffffff,
    .line_scale = 1.5,
    .context_fill = 0x000000,
    .context_country_line = 0xffffff, .context_governorate_line = 0xffffff,
    .context_city_line = 0xffffff, .context_name = 0xffffff, .context_city_name = 0xffffff,
  },
};

/* The map draws in one style at a time: its layer sets it before each frame. A setting rather
 * than an argument because the map's cache (atlas-map-cache.c) draws fills and labels too. */
static AtlasStyle map_style = ATLAS_STYLE_LIGHT;

#define PALETTE (&palettes[map_style])

static void
set_source_rgb (cairo_t *cr,
                guint32  rgb,
                double   alpha)
{
  cairo_set_source_rgba (cr,
                         ((rgb >> 16) & 0xff) / 255.0,
                         ((rgb >> 8) & 0xff) / 255.0,
                         (rgb & 0xff) / 255.0,
                         alpha);
}

/* The projection of @viewport in a view of @width × @height; FALSE when it has none */
gboolean
atlas_map_projection_init (AtlasMapProjection *proj,
                           ShumateViewport    *viewport,
                           double              width,
                           double              height)
{
  ShumateMapSource *source;
  double zoom;

  if (viewport == NULL || (source = shumate_viewport_get_reference_map_source (viewport)) == NULL)
    return FALSE;

  zoom = shumate_viewport_get_zoom_level (viewport);
  proj->zoom = zoom;
  proj->world = shumate_map_source_get_column_count (source, zoom) *
                shumate_map_source_get_tile_size_at_zoom (source, zoom);
  proj->width = width;
  proj->height = height;
  proj->origin_x = shumate_map_source_get_x (source, zoom, shumate_location_get_longitude (SHUMATE_LOCATION (viewport))) - proj->width / 2;
  proj->origin_y = shumate_map_source_get_y (source, zoom, shumate_location_get_latitude (SHUMATE_LOCATION (viewport))) - proj->height / 2;
  proj->rotation = shumate_viewport_get_rotation (viewport);

  return proj->world > 0;
}

AtlasMapShape *
atlas_map_shape_new (AtlasPlace *place)
{
  AtlasGeometry *geometry = atlas_place_get_geometry (place);
  AtlasMapShape *shape;
  guint n_points = 0, n_rings = 0, k = 0, r = 0;
  double lon, lat;

  g_assert (geometry != NULL);

  for (guint p = 0; p < atlas_geometry_get_n_polygons (geometry); p++)
    for (guint i = 0; i < atlas_geometry_get_n_rings (geometry, p); i++)
      {
        guint n;

        atlas_geometry_get_ring (geometry, p, i, &n);
        n_points += n;
        n_rings++;
      }

  shape = g_new0 (AtlasMapShape, 1);
  shape->place = g_object_ref (place);
  shape->xy = g_new (double, 2 * (gsize) n_points);
  shape->ring_sizes = g_new (guint, n_rings);
  shape->n_rings = n_rings;
  atlas_geometry_get_bounds (geometry, &shape->bounds);

  for (guint p = 0; p < atlas_geometry_get_n_polygons (geometry); p++)
    for (guint i = 0; i < atlas_geometry_get_n_rings (geometry, p); i++)
      {
        guint n;
        const double *ring = atlas_geometry_get_ring (geometry, p, i, &n);

        for (guint j = 0; j < n; j++)
          {
            shape->xy[k++] = atlas_map_mercator_x (ring[2 * j]);
            shape->xy[k++] = atlas_map_mercator_y (ring[2 * j + 1]);
          }
        shape->ring_sizes[r++] = n;
      }

  shape->min_x = atlas_map_mercator_x (shape->bounds.min_lon);
  shape->max_x = atlas_map_mercator_x (shape->bounds.max_lon);
  shape->min_y = atlas_map_mercator_y (shape->bounds.max_lat);
  shape->max_y = atlas_map_mercator_y (shape->bounds.min_lat);

  if (atlas_geometry_get_interior_point (geometry, &lon, &lat))
    {
      shape->label_x = atlas_map_mercator_x (lon);
      shape->label_y = atlas_map_mercator_y (lat);
      shape->has_label = TRUE;
    }

  return shape;
}

void
atlas_map_shape_free (AtlasMapShape *shape)
{
  g_clear_object (&shape->place);
  g_clear_object (&shape->name_layout);
  g_clear_object (&shape->full_layout);
  atlas_map_label_image_clear (&shape->name_image);
  atlas_map_label_image_clear (&shape->full_image);
  g_free (shape->xy);
  g_free (shape->ring_sizes);
  g_free (shape);
}

void
atlas_map_label_image_clear (AtlasMapLabelImage *image)
{
  g_clear_pointer (&image->surface, cairo_surface_destroy);
}

/* Vertices closer than this to the last one drawn are left out: at city zoom most of the
 * 9,400 vertices of the shipped KB fall within a pixel of their neighbours */
#define MIN_SEGMENT_PX 0.75

static void
append_shape_path (cairo_t                  *cr,
                   const AtlasMapShape      *shape,
                   const AtlasMapProjection *proj)
{
  const double *xy = shape->xy;

  for (guint r = 0; r < shape->n_rings; r++)
    {
      guint n = shape->ring_sizes[r];
      double last_x = 0, last_y = 0;

      for (guint j = 0; j < n; j++, xy += 2)
        {
          double x = xy[0] * proj->world - proj->origin_x;
          double y = xy[1] * proj->world - proj->origin_y;

          if (j == 0)
            cairo_move_to (cr, x, y);
          else if (j == n - 1 || fabs (x - last_x) + fabs (y - last_y) >= MIN_SEGMENT_PX)
            cairo_line_to (cr, x, y);
          else
            continue;

          last_x = x;
          last_y = y;
        }
      cairo_close_path (cr);
    }
}

/* A label's white halo, then its text in @rgb (0xRRGGBB) */
void
atlas_map_draw_label_in (cairo_t     *cr,
                         PangoLayout *layout,
                         double       text_x,
                         double       text_y,
                         guint        rgb)
{
  cairo_move_to (cr, text_x, text_y);
  pango_cairo_layout_path (cr, layout);
  set_source_rgb (cr, PALETTE->halo, 0.85);
  cairo_set_line_width (cr, 3.0 * PALETTE->line_scale);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);

  cairo_move_to (cr, text_x, text_y);
  set_source_rgb (cr, rgb, 1.0);
  pango_cairo_show_layout (cr, layout);
}

/* A neighbourhood's label, in the labels' colour */
void
atlas_map_draw_label (cairo_t     *cr,
                      PangoLayout *layout,
                      double       text_x,
                      double       text_y)
{
  atlas_map_draw_label_in (cr, layout, text_x, text_y, PALETTE->label);
}

/* Fills, one by one since units could overlap; then the thin boundaries between units in one
 * stroke, which costs cairo far less than one stroke per unit */
void
atlas_map_draw_fills (cairo_t                  *cr,
                      GPtrArray                *shapes,
                      const AtlasMapProjection *proj,
                      gboolean                  translucent)
{
  double fill_alpha = translucent ? 0.6 : 1.0;

  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  for (guint i = 0; i < shapes->len; i++)
    {
      AtlasMapShape *shape = g_ptr_array_index (shapes, i);
      guint klass = atlas_map_count_to_class (shape->count);

      append_shape_path (cr, shape, proj);
      set_source_rgb (cr, PALETTE->classes[klass], klass == 0 && translucent ? 0.25 : fill_alpha);
      cairo_fill (cr);
    }

  for (guint i = 0; i < shapes->len; i++)
    append_shape_path (cr, g_ptr_array_index (shapes, i), proj);
  if (translucent)
    set_source_rgb (cr, PALETTE->boundary_translucent, 0.7);
  else
    set_source_rgb (cr, PALETTE->boundary, 1.0);
  cairo_set_line_width (cr, (proj->zoom >= 14 ? 1.2 : 0.8) * PALETTE->line_scale);
  cairo_stroke (cr);
}

/* The selected place under the places of the selected event, so that a place that is both
 * shows a blue band with the dashed line inside it */
void
atlas_map_draw_outlines (cairo_t                  *cr,
                         GPtrArray                *visible,
                         AtlasMapShape            *selected_shape,
                         const AtlasMapProjection *proj)
{
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  if (selected_shape)
    {
      append_shape_path (cr, selected_shape, proj);
      set_source_rgb (cr, PALETTE->halo, 1.0);
      cairo_set_line_width (cr, 6.5 * PALETTE->line_scale);
      cairo_stroke_preserve (cr);
      set_source_rgb (cr, PALETTE->selected, 1.0);
      cairo_set_line_width (cr, 4.5 * PALETTE->line_scale);
      cairo_stroke (cr);
    }

  /* The casing under the dashes, then the dashes */
  for (guint i = 0; i < visible->len; i++)
    {
      AtlasMapShape *shape = g_ptr_array_index (visible, i);

      if (shape->in_event)
        append_shape_path (cr, shape, proj);
    }
  set_source_rgb (cr, PALETTE->halo, 0.9);
  cairo_set_line_width (cr, 3.5 * PALETTE->line_scale);
  cairo_stroke_preserve (cr);
  cairo_set_dash (cr, (const double[]) { 5, 3 }, 2, 0);
  cairo_set_line_width (cr, 2.0 * PALETTE->line_scale);
  set_source_rgb (cr, PALETTE->event, 1.0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

guint
atlas_map_count_to_class (guint count)
{
  return MIN (count, ATLAS_MAP_N_CLASSES - 1);
}

/* Draws the legend's sample of an outline: @selected for the selected place, else for the
 * places of the selected event */
void
atlas_map_draw_outline_sample (cairo_t  *cr,
                               double    width,
                               double    height,
                               gboolean  selected)
{
  g_return_if_fail (cr != NULL);

  cairo_rectangle (cr, 3, 3, width - 6, height - 6);
  set_source_rgb (cr, PALETTE->classes[0], 1.0);
  cairo_fill_preserve (cr);
  if (selected)
    {
      set_source_rgb (cr, PALETTE->selected, 1.0);
      cairo_set_line_width (cr, 3.5 * PALETTE->line_scale);
    }
  else
    {
      set_source_rgb (cr, PALETTE->event, 1.0);
      cairo_set_dash (cr, (const double[]) { 5, 3 }, 2, 0);
      cairo_set_line_width (cr, 2.0 * PALETTE->line_scale);
    }
  cairo_stroke (cr);
}

/* Appends @shape's rings to @cr's path, as the map draws them: for layers of their own, such
 * as the keyboard's focus ring (atlas-map-focus-layer.c) */
void
atlas_map_shape_append_path (cairo_t                  *cr,
                             const AtlasMapShape      *shape,
                             const AtlasMapProjection *proj)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (shape != NULL);

  append_shape_path (cr, shape, proj);
}

/* The style the map draws in from now on; FALSE if it was that already */
gboolean
atlas_map_set_style (AtlasStyle style)
{
  g_return_val_if_fail (style < G_N_ELEMENTS (palettes), FALSE);

  if (style == map_style)
    return FALSE;

  map_style = style;
  return TRUE;
}

/* The colours the map draws with in @style, for the legend and the tests */
const AtlasMapPalette *
atlas_map_get_palette (AtlasStyle style)
{
  g_return_val_if_fail (style < G_N_ELEMENTS (palettes), NULL);

  return &palettes[style];
}

/* The colours of the style set last */
const AtlasMapPalette *
atlas_map_get_current_palette (void)
{
  return PALETTE;
}

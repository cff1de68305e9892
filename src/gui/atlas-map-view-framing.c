/* atlas-map-view-framing.c: what the map view shows: the region, a place, an event's places
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-map-view"

#include "config.h"

#include <math.h>

#include "atlas-map-view-private.h"
#include "atlas-region.h"

#define FRAME_PADDING        64.0    /* pixels left around a framed area */
#define FRAME_MAX_ZOOM       15.0
#define GO_TO_DURATION_MS    600
#define FALLBACK_WIDTH       800.0
#define FALLBACK_HEIGHT      600.0

static void
get_map_size (AtlasMapView *self,
              double       *width,
              double       *height)
{
  *width = gtk_widget_get_width (GTK_WIDGET (self->map));
  *height = gtk_widget_get_height (GTK_WIDGET (self->map));

  if (*width <= 0 || *height <= 0)
    {
      *width = FALLBACK_WIDTH;
      *height = FALLBACK_HEIGHT;
    }
}

/* The zoom level at which @bounds fits the map with some room around it */
static double
zoom_for_bounds_in (AtlasMapView      *self,
                    const AtlasBounds *bounds,
                    double             width,
                    double             height)
{
  ShumateViewport *viewport = shumate_map_get_viewport (self->map);
  ShumateMapSource *source = shumate_viewport_get_reference_map_source (viewport);
  double dx, dy, zoom;

  width = MAX (width - 2 * FRAME_PADDING, 64);
  height = MAX (height - 2 * FRAME_PADDING, 64);

  /* Extents at zoom 0, in pixels */
  dx = shumate_map_source_get_x (source, 0, bounds->max_lon) - shumate_map_source_get_x (source, 0, bounds->min_lon);
  dy = shumate_map_source_get_y (source, 0, bounds->min_lat) - shumate_map_source_get_y (source, 0, bounds->max_lat);

  if (dx <= 1e-9 && dy <= 1e-9)
    return FRAME_MAX_ZOOM;

  zoom = log2 (MIN (dx > 1e-9 ? width / dx : G_MAXDOUBLE, dy > 1e-9 ? height / dy : G_MAXDOUBLE));
  return CLAMP (floor (zoom * 2) / 2, shumate_viewport_get_min_zoom_level (viewport), FRAME_MAX_ZOOM);
}

static double
zoom_for_bounds (AtlasMapView      *self,
                 const AtlasBounds *bounds)
{
  double width, height;

  get_map_size (self, &width, &height);
  return zoom_for_bounds_in (self, bounds, width, height);
}

static void
go_to (AtlasMapView *self,
       double        lat,
       double        lon,
       double        zoom)
{
  gboolean animate = FALSE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &animate, NULL);

  if (animate && gtk_widget_get_mapped (GTK_WIDGET (self)))
    shumate_map_go_to_full_with_duration (self->map, lat, lon, zoom, GO_TO_DURATION_MS);
  else
    {
      shumate_map_stop_go_to (self->map);
      shumate_viewport_set_zoom_level (shumate_map_get_viewport (self->map), zoom);
      shumate_map_center_on (self->map, lat, lon);
    }
}

static void
go_to_bounds (AtlasMapView      *self,
              const AtlasBounds *bounds)
{
  go_to (self,
         (bounds->min_lat + bounds->max_lat) / 2,
         (bounds->min_lon + bounds->max_lon) / 2,
         zoom_for_bounds (self, bounds));
}

/* Whether @bounds is on screen, all of it */
static gboolean
bounds_visible (AtlasMapView      *self,
                const AtlasBounds *bounds)
{
  ShumateViewport *viewport = shumate_map_get_viewport (self->map);
  double corners[4][2] = {
    { bounds->min_lat, bounds->min_lon }, { bounds->min_lat, bounds->max_lon },
    { bounds->max_lat, bounds->min_lon }, { bounds->max_lat, bounds->max_lon },
  };
  double width = gtk_widget_get_width (GTK_WIDGET (self->map));
  double height = gtk_widget_get_height (GTK_WIDGET (self->map));

  if (width <= 0 || height <= 0)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (corners); i++)
    {
      double x, y;

      shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (self->map),
                                                  corners[i][0], corners[i][1], &x, &y);
      if (x < 0 || y < 0 || x > width || y > height)
        return FALSE;
    }

  return TRUE;
}

/* The extent of @place: its polygon's bounds, or its point */
static gboolean
get_place_bounds (AtlasPlace  *place,
                  AtlasBounds *bounds)
{
  AtlasGeometry *geometry = atlas_place_get_geometry (place);
  double lat, lon;

  if (geometry)
    {
      atlas_geometry_get_bounds (geometry, bounds);
      return TRUE;
    }

  if (atlas_place_get_location (place, &lat, &lon))
    {
      atlas_bounds_init_empty (bounds);
      atlas_bounds_extend (bounds, lon, lat);
      return TRUE;
    }

  return FALSE;
}

/* The region's centre: the KB's, else the middle of the polygons */
static gboolean
get_region_center (AtlasMapView *self,
                   double       *lat,
                   double       *lon)
{
  AtlasKb *kb = self->session ? atlas_session_get_kb (self->session) : NULL;
  AtlasBounds bounds;
  double zoom;

  if (kb && atlas_kb_get_region_center (kb, lat, lon, &zoom))
    return TRUE;

  if (atlas_map_layer_get_bounds (self->polygon_layer, &bounds))
    {
      *lat = (bounds.min_lat + bounds.max_lat) / 2;
      *lon = (bounds.min_lon + bounds.max_lon) / 2;
      return TRUE;
    }

  return FALSE;
}

/* Places of a selected event near the region (atlas_region_is_near) are framed; farther ones
 * (Geneva, New York, Damascus) never drag the city view away */
static gboolean
place_is_near (AtlasMapView *self,
               AtlasPlace   *place)
{
  AtlasBounds polygons, bounds;
  double center_lat, center_lon;

  if (!get_place_bounds (place, &bounds))
    return FALSE;

  if (get_region_center (self, &center_lat, &center_lon) &&
      atlas_region_is_near (center_lat, center_lon,
                            (bounds.min_lat + bounds.max_lat) / 2,
                            (bounds.min_lon + bounds.max_lon) / 2))
    return TRUE;

  /* Or inside the polygons, with a margin of about 5 km */
  if (atlas_map_layer_get_bounds (self->polygon_layer, &polygons))
    {
      polygons.min_lon -= 0.05;
      polygons.max_lon += 0.05;
      polygons.min_lat -= 0.05;
      polygons.max_lat += 0.05;
      return atlas_bounds_contains (&polygons, bounds.min_lon, bounds.min_lat) &&
             atlas_bounds_contains (&polygons, bounds.max_lon, bounds.max_lat);
    }

  return FALSE;
}

/* Shows the KB's region, or all its polygons in a map of @width × @height */
void
_atlas_map_view_show_initial_view (AtlasMapView *self,
                                   double        width,
                                   double        height)
{
  AtlasKb *kb = self->session ? atlas_session_get_kb (self->session) : NULL;
  AtlasBounds bounds;
  double lat, lon, zoom;

  self->initial_view_pending = FALSE;

  if (kb && atlas_kb_get_region_center (kb, &lat, &lon, &zoom))
    {
      shumate_map_stop_go_to (self->map);
      shumate_viewport_set_zoom_level (shumate_map_get_viewport (self->map), zoom);
      shumate_map_center_on (self->map, lat, lon);
    }
  else if (atlas_map_layer_get_bounds (self->polygon_layer, &bounds))
    {
      shumate_map_stop_go_to (self->map);
      shumate_viewport_set_zoom_level (shumate_map_get_viewport (self->map),
                                       zoom_for_bounds_in (self, &bounds, width, height));
      shumate_map_center_on (self->map, (bounds.min_lat + bounds.max_lat) / 2, (bounds.min_lon + bounds.max_lon) / 2);
    }
}

/* Frames the places of @event that are near the region, unless they are all on screen */
void
_atlas_map_view_frame_event (AtlasMapView *self,
                             AtlasEvent   *event)
{
  AtlasBounds frame;
  gboolean all_visible = TRUE;

  atlas_bounds_init_empty (&frame);
  for (guint i = 0; i < atlas_event_get_n_places (event); i++)
    {
      AtlasPlace *place = atlas_event_get_place (event, i);
      AtlasBounds bounds;

      if (!place_is_near (self, place) || !get_place_bounds (place, &bounds))
        continue;

      atlas_bounds_extend (&frame, bounds.min_lon, bounds.min_lat);
      atlas_bounds_extend (&frame, bounds.max_lon, bounds.max_lat);
      all_visible &= bounds_visible (self, &bounds);
    }

  if (atlas_bounds_is_empty (&frame) || all_visible)
    return;

  /* Frame them, but never zoom in past the current level only to show them */
  {
    double zoom = zoom_for_bounds (self, &frame);
    double current = shumate_viewport_get_zoom_level (shumate_map_get_viewport (self->map));

    go_to (self, (frame.min_lat + frame.max_lat) / 2, (frame.min_lon + frame.max_lon) / 2,
           MIN (zoom, MAX (current, 13.0)));
  }
}

/* Shows @place, and the area around a point place */
void
_atlas_map_view_frame_place (AtlasMapView *self,
                             AtlasPlace   *place)
{
  AtlasBounds bounds;
  double zoom;

  if (!get_place_bounds (place, &bounds))
    return;

  if (atlas_place_get_geometry (place) != NULL)
    {
      go_to_bounds (self, &bounds);
      return;
    }

  /* A point stands for a place of some size: a city or town point wants the area around it */
  if (g_strcmp0 (atlas_place_get_kind (place), "country") == 0)
    zoom = 6;
  else if (g_strcmp0 (atlas_place_get_kind (place), "region") == 0)
    zoom = 8;
  else if (g_strcmp0 (atlas_place_get_kind (place), "city") == 0 ||
           g_strcmp0 (atlas_place_get_kind (place), "town") == 0)
    zoom = 10;
  else
    zoom = 15;

  go_to (self, bounds.min_lat, bounds.min_lon, zoom);
}

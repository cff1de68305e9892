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

#define FRAME_PADDING        80.0    /* pixels left around a framed area: clear of the buttons and the legend */
#define FRAME_MAX_ZOOM       15.0
#define GO_TO_DURATION_MS    600
#define FALLBACK_WIDTH       800.0
#define FALLBACK_HEIGHT      600.0

static void
get_map_size (AtlasMapView *self,
              double       *width,
              double       *height)
{
  *width = self->sizing_width > 0 ? self->sizing_width : gtk_widget_get_width (GTK_WIDGET (self->map));
  *height = self->sizing_height > 0 ? self->sizing_height : gtk_widget_get_height (GTK_WIDGET (self->map));

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

/*
 * The legend and the buttons cover the map: Khan Touman, framed with the city at 1280 x 800,
 * fell under the unfolded legend. A frame goes into the largest rectangle of the map that no
 * widget over it covers (between the buttons along the top and the legend and credits along
 * the bottom, or beside the legend), with a margin for the names above the markers.
 */
#define FREE_PADDING 48.0

static gboolean
rect_is_free (AtlasMapView          *self,
              const graphene_rect_t *rect)
{
  for (guint i = 0; self->obstacles && i < self->obstacles->len; i++)
    if (graphene_rect_intersection (&g_array_index (self->obstacles, graphene_rect_t, i), rect, NULL))
      return FALSE;
  return TRUE;
}

/* The largest rectangle of the map that no widget over it covers: its edges are the map's or
 * the obstacles' */
static void
get_free_rect (AtlasMapView    *self,
               graphene_rect_t *free_rect)
{
  g_autoptr(GArray) xs = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ys = g_array_new (FALSE, FALSE, sizeof (double));
  double width, height, best = -1;

  get_map_size (self, &width, &height);
  graphene_rect_init (free_rect, 0, 0, width, height);

  g_array_append_vals (xs, (double[]) { 0, width }, 2);
  g_array_append_vals (ys, (double[]) { 0, height }, 2);
  for (guint i = 0; self->obstacles && i < self->obstacles->len; i++)
    {
      const graphene_rect_t *box = &g_array_index (self->obstacles, graphene_rect_t, i);
      double x[2] = { CLAMP (box->origin.x, 0, width), CLAMP (box->origin.x + box->size.width, 0, width) };
      double y[2] = { CLAMP (box->origin.y, 0, height), CLAMP (box->origin.y + box->size.height, 0, height) };

      g_array_append_vals (xs, x, 2);
      g_array_append_vals (ys, y, 2);
    }

  for (guint x0 = 0; x0 < xs->len; x0++)
    for (guint x1 = 0; x1 < xs->len; x1++)
      for (guint y0 = 0; y0 < ys->len; y0++)
        for (guint y1 = 0; y1 < ys->len; y1++)
          {
            double left = g_array_index (xs, double, x0), right = g_array_index (xs, double, x1);
            double top = g_array_index (ys, double, y0), bottom = g_array_index (ys, double, y1);
            graphene_rect_t rect;

            if (right <= left || bottom <= top || (right - left) * (bottom - top) <= best)
              continue;

            /* Inset by a hair: boxes that only touch do not cover each other */
            graphene_rect_init (&rect, left + 0.5, top + 0.5, right - left - 1, bottom - top - 1);
            if (!rect_is_free (self, &rect))
              continue;

            best = (right - left) * (bottom - top);
            graphene_rect_init (free_rect, left, top, right - left, bottom - top);
          }
}

/* Frames @frame in the free part of the map, at @zoom at most */
static void
go_to_frame (AtlasMapView      *self,
             const AtlasBounds *frame,
             double             zoom)
{
  ShumateViewport *viewport = shumate_map_get_viewport (self->map);
  ShumateMapSource *source = shumate_viewport_get_reference_map_source (viewport);
  double lat = (frame->min_lat + frame->max_lat) / 2;
  double lon = (frame->min_lon + frame->max_lon) / 2;
  double width, height, x, y, dx, dy, free_zoom;
  graphene_rect_t free_rect;

  get_map_size (self, &width, &height);
  get_free_rect (self, &free_rect);

  /* As zoom_for_bounds_in() fits the whole map less FRAME_PADDING, with FREE_PADDING here */
  free_zoom = zoom_for_bounds_in (self, frame,
                                  free_rect.size.width - 2 * (FREE_PADDING - FRAME_PADDING),
                                  free_rect.size.height - 2 * (FREE_PADDING - FRAME_PADDING));
  zoom = MIN (zoom, free_zoom);

  /* The frame's centre at the free rectangle's: the map's centre is that far the other way */
  if (source)
    {
      dx = width / 2 - (free_rect.origin.x + free_rect.size.width / 2);
      dy = height / 2 - (free_rect.origin.y + free_rect.size.height / 2);
      x = shumate_map_source_get_x (source, zoom, lon) + dx;
      y = shumate_map_source_get_y (source, zoom, lat) + dy;
      lon = shumate_map_source_get_longitude (source, zoom, x);
      lat = shumate_map_source_get_latitude (source, zoom, y);
    }

  go_to (self, lat, lon, zoom);
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

/*
 * How far a place is decides how it is framed (issue 7):
 *   - in the city (a polygon within the polygons' box, with a margin of about 5 km, or within
 *     the region's 50 km, atlas_region_is_near; a point inside a neighbourhood): framed on
 *     its own, as before;
 *   - around it (within 150 km, atlas_region_is_around, or anywhere in the country): framed
 *     together with the city, so that Nubl or Khan Touman is seen where it is and not as a
 *     dot on empty grey;
 *   - far (London, New York, Geneva): never flown to. The map keeps the city in view and
 *     points at the place from its edge (atlas-map-view-overlay.c).
 */
typedef enum
{
  REACH_NONE,       /* no location */
  REACH_CITY,
  REACH_AROUND,
  REACH_FAR,
} PlaceReach;

static PlaceReach
get_place_reach (AtlasMapView *self,
                 AtlasPlace   *place)
{
  AtlasContext *context = atlas_map_context_get_context (self->context_layer);
  AtlasBounds polygons, bounds;
  double center_lat, center_lon, lat, lon;
  gboolean has_center;

  if (!get_place_bounds (place, &bounds))
    return REACH_NONE;

  lat = (bounds.min_lat + bounds.max_lat) / 2;
  lon = (bounds.min_lon + bounds.max_lon) / 2;

  /* A point is in the city when a neighbourhood has it: Khan Touman, 13 km out, is within
   * 5 km of the polygons' box, but framed alone it showed on empty grey */
  if (atlas_place_get_geometry (place) == NULL)
    {
      if (atlas_map_layer_get_place_containing (self->polygon_layer, lon, lat) != NULL)
        return REACH_CITY;
    }
  else if (atlas_map_layer_get_bounds (self->polygon_layer, &polygons))
    {
      polygons.min_lon -= 0.05;
      polygons.max_lon += 0.05;
      polygons.min_lat -= 0.05;
      polygons.max_lat += 0.05;
      if (atlas_bounds_contains (&polygons, bounds.min_lon, bounds.min_lat) &&
          atlas_bounds_contains (&polygons, bounds.max_lon, bounds.max_lat))
        return REACH_CITY;
    }

  has_center = get_region_center (self, &center_lat, &center_lon);
  if (has_center && atlas_region_is_near (center_lat, center_lon, lat, lon))
    return atlas_place_get_geometry (place) ? REACH_CITY : REACH_AROUND;

  if ((has_center && atlas_region_is_around (center_lat, center_lon, lat, lon)) ||
      (context && atlas_context_in_country (context, lat, lon)))
    return REACH_AROUND;

  return REACH_FAR;
}

/* Whether @place is far from the region: the map points at it instead of going there */
gboolean
_atlas_map_view_place_is_far (AtlasMapView *self,
                              AtlasPlace   *place)
{
  return get_place_reach (self, place) == REACH_FAR;
}

/* The extent of @place as framed with the city: a country point stands for the whole country */
static void
extend_with_place (AtlasMapView *self,
                   AtlasPlace   *place,
                   AtlasBounds  *frame)
{
  AtlasContext *context = atlas_map_context_get_context (self->context_layer);
  const AtlasContextArea *country = context ? atlas_context_get_country (context) : NULL;
  AtlasBounds bounds;

  if (!get_place_bounds (place, &bounds))
    return;

  if (country && atlas_place_get_geometry (place) == NULL &&
      g_strcmp0 (atlas_place_get_kind (place), "country") == 0 &&
      atlas_geometry_contains (country->geometry, bounds.min_lon, bounds.min_lat))
    atlas_geometry_get_bounds (country->geometry, &bounds);

  atlas_bounds_extend (frame, bounds.min_lon, bounds.min_lat);
  atlas_bounds_extend (frame, bounds.max_lon, bounds.max_lat);
}

static void
extend_with_city (AtlasMapView *self,
                  AtlasBounds  *frame)
{
  AtlasBounds city;
  double lat, lon;

  if (atlas_map_layer_get_bounds (self->polygon_layer, &city))
    {
      atlas_bounds_extend (frame, city.min_lon, city.min_lat);
      atlas_bounds_extend (frame, city.max_lon, city.max_lat);
    }
  else if (get_region_center (self, &lat, &lon))
    atlas_bounds_extend (frame, lon, lat);
}

/* Whether the city is in view: the region's centre is on screen (at the region's own zoom
 * the polygons overflow the view, so all of them is too much to ask) */
static gboolean
city_visible (AtlasMapView *self)
{
  AtlasBounds centre;
  double lat, lon;

  if (!get_region_center (self, &lat, &lon))
    return FALSE;

  atlas_bounds_init_empty (&centre);
  atlas_bounds_extend (&centre, lon, lat);
  return bounds_visible (self, &centre);
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

/* Frames the places of @event in and around the city, with the city when any is outside it,
 * unless they are all on screen; for an event only at far places, brings the city back into
 * view if it is not */
void
_atlas_map_view_frame_event (AtlasMapView *self,
                             AtlasEvent   *event)
{
  AtlasBounds frame;
  gboolean any_around = FALSE, any_far = FALSE;

  /* Selected before the map has a size (--select): a frame for a guessed size is not the
   * frame, so it waits for the first allocation */
  self->frame_pending_event = NULL;
  self->frame_pending_place = NULL;
  if (gtk_widget_get_width (GTK_WIDGET (self->map)) <= 0 && self->sizing_width <= 0)
    {
      self->frame_pending_event = event;
      return;
    }

  atlas_bounds_init_empty (&frame);
  for (guint i = 0; i < atlas_event_get_n_places (event); i++)
    {
      AtlasPlace *place = atlas_event_get_place (event, i);

      switch (get_place_reach (self, place))
        {
        case REACH_AROUND:
          any_around = TRUE;
          G_GNUC_FALLTHROUGH;
        case REACH_CITY:
          extend_with_place (self, place, &frame);
          break;

        case REACH_FAR:
          any_far = TRUE;
          break;

        case REACH_NONE:
        default:
          break;
        }
    }

  if (any_around)
    extend_with_city (self, &frame);

  if (atlas_bounds_is_empty (&frame))
    {
      if (any_far && !city_visible (self))
        _atlas_map_view_show_region (self);
      return;
    }

  if (bounds_visible (self, &frame))
    return;

  /* Frame them, but never zoom in past the current level only to show them */
  {
    double zoom = zoom_for_bounds (self, &frame);
    double current = shumate_viewport_get_zoom_level (shumate_map_get_viewport (self->map));

    go_to_frame (self, &frame, MIN (zoom, MAX (current, 13.0)));
  }
}

/* Shows @place: a neighbourhood or a point in the city on its own, a place around the city
 * with the city, a far place by pointing at it from the country's view */
void
_atlas_map_view_frame_place (AtlasMapView *self,
                             AtlasPlace   *place)
{
  AtlasContext *context = atlas_map_context_get_context (self->context_layer);
  const AtlasContextArea *country = context ? atlas_context_get_country (context) : NULL;
  AtlasBounds bounds, frame;
  double zoom;

  self->frame_pending_event = NULL;
  self->frame_pending_place = NULL;
  if (gtk_widget_get_width (GTK_WIDGET (self->map)) <= 0 && self->sizing_width <= 0)
    {
      self->frame_pending_place = place;
      return;
    }

  if (!get_place_bounds (place, &bounds))
    return;

  switch (get_place_reach (self, place))
    {
    case REACH_AROUND:
      atlas_bounds_init_empty (&frame);
      extend_with_place (self, place, &frame);
      extend_with_city (self, &frame);
      go_to_frame (self, &frame, FRAME_MAX_ZOOM);
      return;

    case REACH_FAR:
      /* The country and the city, with the place's pointer at the edge */
      atlas_bounds_init_empty (&frame);
      if (country)
        atlas_geometry_get_bounds (country->geometry, &frame);
      extend_with_city (self, &frame);
      go_to_frame (self, &frame, FRAME_MAX_ZOOM);
      return;

    case REACH_CITY:
    case REACH_NONE:
    default:
      break;
    }

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

/* Back to the city: the KB's region as it opens, or all its polygons */
void
_atlas_map_view_show_region (AtlasMapView *self)
{
  AtlasKb *kb = self->session ? atlas_session_get_kb (self->session) : NULL;
  AtlasBounds bounds;
  double lat, lon, zoom;

  if (kb && atlas_kb_get_region_center (kb, &lat, &lon, &zoom))
    go_to (self, lat, lon, zoom);
  else if (atlas_map_layer_get_bounds (self->polygon_layer, &bounds))
    go_to_bounds (self, &bounds);
}

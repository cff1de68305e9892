/* atlas-map-view-private.h: AtlasMapView's parts shared by its files
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-map-focus-layer.h"
#include "atlas-map-context.h"
#include "atlas-map-layer.h"
#include "atlas-map-legend.h"
#include "atlas-map-view.h"

G_BEGIN_DECLS

/* Where the street map's tiles come from (libshumate's OSM Mapnik source) */
#define ATLAS_MAP_VIEW_TILE_HOST "tile.openstreetmap.org:443"

/* Below this size the legend starts folded (issue 7: at 1024 × 600 it covered 40% of the map) */
#define ATLAS_MAP_VIEW_SMALL_WIDTH  600
#define ATLAS_MAP_VIEW_SMALL_HEIGHT 420

struct _AtlasMapView
{
  GtkWidget                 parent_instance;

  AtlasSession             *session;
  GSignalGroup             *session_signals;
  ShumateMapSourceRegistry *registry;
  ShumateMapSource         *osm_source;
  AtlasMapContext          *context_layer;
  AtlasMapLayer            *polygon_layer;
  AtlasMapFocusLayer       *focus_layer;       /* the place the arrow keys are on */
  ShumateMarkerLayer       *marker_layer;
  ShumateMapLayer          *tile_layer;
  char                     *tile_host;         /* host:port the tiles' reachability is checked at */
  GCancellable             *tile_check;        /* while checking it */
  GHashTable               *marker_by_place;   /* AtlasPlace* → AtlasPlaceMarker* */
  gboolean                  initial_view_pending;
  AtlasEvent               *frame_pending_event; /* framed once the map has a size; not owned */
  AtlasPlace               *frame_pending_place; /* likewise */
  int                       sizing_width;      /* while framing those: the size being allocated */
  int                       sizing_height;
  AtlasPlace               *hover_place;       /* under the pointer; not owned */
  double                    press_x;
  double                    press_y;
  GPtrArray                *far_pills;         /* GtkButton*: pointers at far places, in the overlay */
  GArray                   *obstacles;         /* graphene_rect_t: the overlay widgets, as labels see them */
  GArray                   *marker_names;      /* graphene_rect_t: the point places' names, on the map */
  guint                     legend_fold_idle;

  /* Template widgets */
  GtkOverlay               *overlay;
  ShumateMap               *map;
  GtkMenuButton            *unlocated_button;
  GtkBox                   *unlocated_box;
  GtkToggleButton          *tiles_button;
  GtkButton                *region_button;
  AtlasMapLegend           *legend;
  GtkLabel                 *attribution;
  GtkRevealer              *tiles_notice;
  GtkLabel                 *tiles_notice_label;
};

/* atlas-map-view-framing.c: what the map shows */
void _atlas_map_view_show_initial_view   (AtlasMapView *self,
                                          double        width,
                                          double        height);
void _atlas_map_view_frame_event         (AtlasMapView *self,
                                          AtlasEvent   *event);
void _atlas_map_view_frame_place         (AtlasMapView *self,
                                          AtlasPlace   *place);
void _atlas_map_view_show_region         (AtlasMapView *self);
gboolean _atlas_map_view_place_is_far    (AtlasMapView *self,
                                          AtlasPlace   *place);

/* atlas-map-view-overlay.c: the legend's place, pointers at far places, what labels keep clear of */
gboolean _atlas_map_view_get_child_position (GtkOverlay   *overlay,
                                          GtkWidget    *widget,
                                          GdkRectangle *allocation,
                                          AtlasMapView *self);
void _atlas_map_view_queue_legend_fold   (AtlasMapView *self,
                                          int           width,
                                          int           height);
void _atlas_map_view_update_far_places   (AtlasMapView *self);
void _atlas_map_view_update_far_arrows   (AtlasMapView *self);
gboolean _atlas_map_view_position_far_pill (AtlasMapView *self,
                                          GtkWidget    *widget,
                                          GdkRectangle *allocation);
void _atlas_map_view_update_obstacles    (AtlasMapView *self);
void _atlas_map_view_place_marker_names (AtlasMapView *self);

/* atlas-map-view-tiles.c: the street map and the attribution */
void _atlas_map_view_update_attribution  (AtlasMapView *self);
void _atlas_map_view_check_tile_host     (AtlasMapView *self);
void _atlas_map_view_set_tiles           (AtlasMapView *self,
                                          gboolean      show);

/* atlas-map-view-keys.c: the keyboard */
void _atlas_map_view_class_init_keys     (GtkWidgetClass *widget_class);
void _atlas_map_view_init_keys           (AtlasMapView *self);

G_END_DECLS

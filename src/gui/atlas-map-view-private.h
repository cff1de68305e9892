/* atlas-map-view-private.h: AtlasMapView's parts shared by its files
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-map-focus-layer.h"
#include "atlas-map-layer.h"
#include "atlas-map-legend.h"
#include "atlas-map-view.h"

G_BEGIN_DECLS

/* Where the street map's tiles come from (libshumate's OSM Mapnik source) */
#define ATLAS_MAP_VIEW_TILE_HOST "tile.openstreetmap.org:443"

struct _AtlasMapView
{
  GtkWidget                 parent_instance;

  AtlasSession             *session;
  GSignalGroup             *session_signals;
  ShumateMapSourceRegistry *registry;
  ShumateMapSource         *osm_source;
  AtlasMapLayer            *polygon_layer;
  AtlasMapFocusLayer       *focus_layer;       /* the place the arrow keys are on */
  ShumateMarkerLayer       *marker_layer;
  ShumateMapLayer          *tile_layer;
  char                     *tile_host;         /* host:port the tiles' reachability is checked at */
  GCancellable             *tile_check;        /* while checking it */
  GHashTable               *marker_by_place;   /* AtlasPlace* → AtlasPlaceMarker* */
  gboolean                  initial_view_pending;
  AtlasPlace               *hover_place;       /* under the pointer; not owned */
  double                    press_x;
  double                    press_y;

  /* Template widgets */
  GtkOverlay               *overlay;
  ShumateMap               *map;
  GtkMenuButton            *unlocated_button;
  GtkBox                   *unlocated_box;
  GtkToggleButton          *tiles_button;
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

/* atlas-map-view-tiles.c: the street map and the attribution */
void _atlas_map_view_update_attribution  (AtlasMapView *self);
void _atlas_map_view_check_tile_host     (AtlasMapView *self);
void _atlas_map_view_set_tiles           (AtlasMapView *self,
                                          gboolean      show);

/* atlas-map-view-keys.c: the keyboard */
void _atlas_map_view_class_init_keys     (GtkWidgetClass *widget_class);
void _atlas_map_view_init_keys           (AtlasMapView *self);

G_END_DECLS

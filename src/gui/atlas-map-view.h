/* atlas-map-view.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>
#include <shumate/shumate.h>

#include "atlas-session.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_MAP_VIEW (atlas_map_view_get_type ())

G_DECLARE_FINAL_TYPE (AtlasMapView, atlas_map_view, ATLAS, MAP_VIEW, GtkWidget)

GtkWidget       *atlas_map_view_new            (void);
AtlasSession    *atlas_map_view_get_session    (AtlasMapView *self);
void             atlas_map_view_set_session    (AtlasMapView *self,
                                                AtlasSession *session);
gboolean         atlas_map_view_get_show_tiles (AtlasMapView *self);
void             atlas_map_view_set_show_tiles (AtlasMapView *self,
                                                gboolean      show_tiles);
void             atlas_map_view_set_tile_host  (AtlasMapView *self,
                                                const char   *host_and_port);
gboolean         atlas_map_view_get_checking_tiles (AtlasMapView *self);
ShumateViewport *atlas_map_view_get_viewport   (AtlasMapView *self);
GtkWidget       *atlas_map_view_get_map_layer  (AtlasMapView *self);
GtkWidget       *atlas_map_view_get_context_layer (AtlasMapView *self);
GPtrArray       *atlas_map_view_get_far_pills  (AtlasMapView *self);
void             atlas_map_view_activate_at    (AtlasMapView *self,
                                                double        x,
                                                double        y);
AtlasPlace      *atlas_map_view_get_focused_place (AtlasMapView *self);

G_END_DECLS

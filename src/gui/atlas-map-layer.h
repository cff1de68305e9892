/* atlas-map-layer.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>
#include <shumate/shumate.h>

#include "atlas-label-placer.h"
#include "atlas-map-shape.h"
#include "atlas-session.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_MAP_LAYER (atlas_map_layer_get_type ())

G_DECLARE_FINAL_TYPE (AtlasMapLayer, atlas_map_layer, ATLAS, MAP_LAYER, ShumateLayer)

AtlasMapLayer *atlas_map_layer_new               (ShumateViewport *viewport);
AtlasSession  *atlas_map_layer_get_session       (AtlasMapLayer   *self);
void           atlas_map_layer_set_session       (AtlasMapLayer   *self,
                                                  AtlasSession    *session);
gboolean       atlas_map_layer_get_translucent   (AtlasMapLayer   *self);
void           atlas_map_layer_set_translucent   (AtlasMapLayer   *self,
                                                  gboolean         translucent);
void           atlas_map_layer_set_obstacles     (AtlasMapLayer   *self,
                                                  GArray          *obstacles);
AtlasPlace    *atlas_map_layer_place_at          (AtlasMapLayer   *self,
                                                  double           x,
                                                  double           y);
AtlasPlace    *atlas_map_layer_get_place_containing (AtlasMapLayer *self,
                                                  double           lon,
                                                  double           lat);
gboolean       atlas_map_layer_get_label_box     (AtlasMapLayer   *self,
                                                  AtlasPlace      *place,
                                                  graphene_rect_t *box);
AtlasLabelPlacer *atlas_map_layer_get_label_placer (AtlasMapLayer *self);
guint          atlas_map_layer_get_n_places      (AtlasMapLayer   *self);
guint          atlas_map_layer_get_class_size    (AtlasMapLayer   *self,
                                                  guint            klass);
guint          atlas_map_layer_get_place_count   (AtlasMapLayer   *self,
                                                  AtlasPlace      *place);
gboolean       atlas_map_layer_get_place_in_event (AtlasMapLayer  *self,
                                                  AtlasPlace      *place);
gboolean       atlas_map_layer_get_bounds        (AtlasMapLayer   *self,
                                                  AtlasBounds     *bounds);

G_END_DECLS

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
#include "atlas-session.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_MAP_LAYER (atlas_map_layer_get_type ())

G_DECLARE_FINAL_TYPE (AtlasMapLayer, atlas_map_layer, ATLAS, MAP_LAYER, ShumateLayer)

/* Shading classes: 0 = no event, then 1, 2, 3 and "4 or more" events */
#define ATLAS_MAP_LAYER_N_CLASSES 5

AtlasMapLayer *atlas_map_layer_new               (ShumateViewport *viewport);
AtlasSession  *atlas_map_layer_get_session       (AtlasMapLayer   *self);
void           atlas_map_layer_set_session       (AtlasMapLayer   *self,
                                                  AtlasSession    *session);
gboolean       atlas_map_layer_get_translucent   (AtlasMapLayer   *self);
void           atlas_map_layer_set_translucent   (AtlasMapLayer   *self,
                                                  gboolean         translucent);
AtlasPlace    *atlas_map_layer_place_at          (AtlasMapLayer   *self,
                                                  double           x,
                                                  double           y);
gboolean       atlas_map_layer_get_label_box     (AtlasMapLayer   *self,
                                                  AtlasPlace      *place,
                                                  graphene_rect_t *box);
AtlasLabelPlacer *atlas_map_layer_get_label_placer (AtlasMapLayer *self);
guint          atlas_map_layer_get_n_places      (AtlasMapLayer   *self);
guint          atlas_map_layer_get_class_size    (AtlasMapLayer   *self,
                                                  guint            klass);
guint          atlas_map_layer_get_place_count   (AtlasMapLayer   *self,
                                                  AtlasPlace      *place);
gboolean       atlas_map_layer_get_bounds        (AtlasMapLayer   *self,
                                                  AtlasBounds     *bounds);

void           atlas_map_layer_class_color       (guint            klass,
                                                  GdkRGBA         *rgba);
guint          atlas_map_layer_count_to_class    (guint            count);
void           atlas_map_layer_draw_outline_sample (cairo_t       *cr,
                                                  double           width,
                                                  double           height,
                                                  gboolean         selected);

G_END_DECLS

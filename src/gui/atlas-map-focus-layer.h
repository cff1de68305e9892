/* atlas-map-focus-layer.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>
#include <shumate/shumate.h>

#include "atlas-place.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_MAP_FOCUS_LAYER (atlas_map_focus_layer_get_type ())

G_DECLARE_FINAL_TYPE (AtlasMapFocusLayer, atlas_map_focus_layer, ATLAS, MAP_FOCUS_LAYER, ShumateLayer)

AtlasMapFocusLayer *atlas_map_focus_layer_new        (ShumateViewport    *viewport);
AtlasPlace         *atlas_map_focus_layer_get_place  (AtlasMapFocusLayer *self);
void                atlas_map_focus_layer_set_place  (AtlasMapFocusLayer *self,
                                                      AtlasPlace         *place);
gboolean            atlas_map_focus_layer_get_active (AtlasMapFocusLayer *self);
void                atlas_map_focus_layer_set_active (AtlasMapFocusLayer *self,
                                                      gboolean            active);
gboolean            atlas_map_focus_layer_get_ring_visible (AtlasMapFocusLayer *self);

G_END_DECLS

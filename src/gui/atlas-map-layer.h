/* atlas-map-layer.h
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

#define ATLAS_TYPE_MAP_LAYER (atlas_map_layer_get_type ())

G_DECLARE_FINAL_TYPE (AtlasMapLayer, atlas_map_layer, ATLAS, MAP_LAYER, ShumateLayer)

G_END_DECLS

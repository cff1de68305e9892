/* atlas-map-legend.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-map-layer.h"
#include "atlas-session.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_MAP_LEGEND (atlas_map_legend_get_type ())

G_DECLARE_FINAL_TYPE (AtlasMapLegend, atlas_map_legend, ATLAS, MAP_LEGEND, GtkWidget)

GtkWidget     *atlas_map_legend_new         (void);
AtlasSession  *atlas_map_legend_get_session (AtlasMapLegend *self);
void           atlas_map_legend_set_session (AtlasMapLegend *self,
                                             AtlasSession   *session);
AtlasMapLayer *atlas_map_legend_get_layer   (AtlasMapLegend *self);
void           atlas_map_legend_set_layer   (AtlasMapLegend *self,
                                             AtlasMapLayer  *layer);
gboolean       atlas_map_legend_get_folded  (AtlasMapLegend *self);
void           atlas_map_legend_set_folded  (AtlasMapLegend *self,
                                             gboolean        folded);
gboolean       atlas_map_legend_get_compact (AtlasMapLegend *self);
void           atlas_map_legend_set_compact (AtlasMapLegend *self,
                                             gboolean        compact);

G_END_DECLS

/* atlas-map-context.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>
#include <shumate/shumate.h>

#include "atlas-context.h"
#include "atlas-label-placer.h"
#include "atlas-session.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_MAP_CONTEXT (atlas_map_context_get_type ())

G_DECLARE_FINAL_TYPE (AtlasMapContext, atlas_map_context, ATLAS, MAP_CONTEXT, ShumateLayer)

/* The city's name in the context layer's label placer: its label's data */
#define ATLAS_MAP_CONTEXT_CITY_LABEL ((gconstpointer) &atlas_map_context_get_type)

AtlasMapContext  *atlas_map_context_new               (ShumateViewport       *viewport);
void              atlas_map_context_set_session       (AtlasMapContext       *self,
                                                       AtlasSession          *session);
AtlasContext     *atlas_map_context_get_context       (AtlasMapContext       *self);
void              atlas_map_context_set_show_fill     (AtlasMapContext       *self,
                                                       gboolean               show_fill);
void              atlas_map_context_set_obstacles     (AtlasMapContext       *self,
                                                       GArray                *obstacles);
AtlasLabelPlacer *atlas_map_context_get_label_placer  (AtlasMapContext       *self);
guint             atlas_map_context_get_n_drawn_areas (AtlasMapContext       *self);
gboolean          atlas_map_context_get_city_drawn    (AtlasMapContext       *self);

G_END_DECLS

/* atlas-map-cache.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-map-shape.h"

G_BEGIN_DECLS

/* The fills and boundaries of every unit, drawn for one zoom level over a part of the world */
typedef struct
{
  cairo_surface_t *surface;       /* in device pixels; NULL when none */
  int          width;             /* device pixels */
  int          height;
  int          scale;
  double       world;             /* the world's size at that zoom, in layer pixels */
  double       origin_x;          /* the world pixel at the image's top left corner */
  double       origin_y;
} AtlasMapCache;

/* How long after the last approximate frame everything is drawn again exactly */
#define ATLAS_MAP_CACHE_SETTLE_MS 150

void     atlas_map_cache_clear        (AtlasMapCache            *cache);
gboolean atlas_map_cache_paint_fills  (AtlasMapCache            *cache,
                                       cairo_t                  *cr,
                                       GPtrArray                *shapes,
                                       gboolean                  translucent,
                                       const AtlasMapProjection *proj,
                                       int                       scale,
                                       gboolean                  settling,
                                       AtlasMapProjection       *drawn);
gboolean atlas_map_cache_paint_label  (cairo_t                  *cr,
                                       AtlasMapLabelImage       *image,
                                       PangoLayout              *layout,
                                       double                    text_x,
                                       double                    text_y,
                                       int                       scale,
                                       gboolean                  settling);

G_END_DECLS

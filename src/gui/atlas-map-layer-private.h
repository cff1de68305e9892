/* atlas-map-layer-private.h: AtlasMapLayer's parts shared by its files
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-label-placer.h"
#include "atlas-map-cache.h"
#include "atlas-map-layer.h"

G_BEGIN_DECLS

struct _AtlasMapLayer
{
  ShumateLayer  parent_instance;

  AtlasSession *session;
  GSignalGroup *session_signals;
  AtlasKb      *kb;               /* the KB the shapes were built from */

  GPtrArray    *shapes;           /* AtlasMapShape*, in KB order (drawing order) */
  GHashTable   *shape_by_place;   /* AtlasPlace* → AtlasMapShape* */
  guint         class_sizes[ATLAS_MAP_N_CLASSES];

  AtlasMapCache cache;
  guint         label_serial;     /* of the Pango context the label images were drawn with */
  AtlasStyle    style;            /* the style the cache and label images were drawn in */
  guint         settle_id;        /* a frame was approximate: draw again once still */
  AtlasLabelPlacer *placer;       /* the labels of the last frame; reused in the next */
  GArray       *points;           /* normalised Mercator x, y of each point place (a marker) */
  GArray       *obstacles;        /* graphene_rect_t: the map's overlay widgets, or NULL */

  guint         translucent : 1;
  guint         settling : 1;     /* this frame draws everything exactly */
};

/* atlas-map-layer-labels.c: the neighbourhoods' names */
void              _atlas_map_layer_clear_label_images      (AtlasMapLayer            *self);
void              _atlas_map_layer_clear_layouts           (AtlasMapLayer            *self);
int               _atlas_map_layer_compare_label_priority  (gconstpointer             a,
                                                            gconstpointer             b);
void              _atlas_map_layer_place_labels            (AtlasMapLayer            *self,
                                                            const cairo_matrix_t     *rotation,
                                                            GPtrArray                *labels,
                                                            AtlasMapShape            *selected_shape,
                                                            const AtlasMapProjection *proj);
gboolean          _atlas_map_layer_paint_label             (AtlasMapLayer            *self,
                                                            cairo_t                  *cr,
                                                            AtlasMapShape            *shape,
                                                            const graphene_rect_t    *box,
                                                            int                       scale);
AtlasMapShape    *_atlas_map_layer_get_placed_label        (AtlasMapLayer            *self,
                                                            guint                     i,
                                                            graphene_rect_t          *box);

G_END_DECLS

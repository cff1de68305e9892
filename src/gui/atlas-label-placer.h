/* atlas-label-placer.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <graphene.h>

G_BEGIN_DECLS

/* Where a label goes, in the order they are tried */
typedef enum
{
  ATLAS_LABEL_CENTER,           /* centred on its anchor */
  ATLAS_LABEL_BELOW,            /* the rest around its marker's box */
  ATLAS_LABEL_ABOVE,
  ATLAS_LABEL_RIGHT,
  ATLAS_LABEL_LEFT,
  ATLAS_LABEL_BELOW_RIGHT,
  ATLAS_LABEL_BELOW_LEFT,
  ATLAS_LABEL_ABOVE_RIGHT,
  ATLAS_LABEL_ABOVE_LEFT,
  ATLAS_LABEL_N_POSITIONS,
  ATLAS_LABEL_DROPPED = ATLAS_LABEL_N_POSITIONS,
} AtlasLabelPosition;

typedef struct
{
  double          width;        /* the label's box */
  double          height;
  double          anchor_x;     /* the point it names */
  double          anchor_y;
  gboolean        has_marker;
  graphene_rect_t marker;       /* the marker it makes way for, when has_marker */
  double          priority;     /* higher first; ties in the order added */
  gboolean        always;       /* placed even over others when every candidate collides */
  gconstpointer   data;         /* the caller's, unowned */
} AtlasLabel;

typedef struct _AtlasLabelPlacer AtlasLabelPlacer;

AtlasLabelPlacer   *atlas_label_placer_new           (double                 view_width,
                                                      double                 view_height);
void                atlas_label_placer_reset         (AtlasLabelPlacer      *self,
                                                      double                 view_width,
                                                      double                 view_height);
void                atlas_label_placer_free          (AtlasLabelPlacer      *self);
void                atlas_label_placer_add_marker    (AtlasLabelPlacer      *self,
                                                      const graphene_rect_t *box);
void                atlas_label_placer_add_obstacle  (AtlasLabelPlacer      *self,
                                                      const graphene_rect_t *box);
gboolean            atlas_label_placer_find_marker   (AtlasLabelPlacer      *self,
                                                      const AtlasLabel      *label,
                                                      graphene_rect_t       *marker);
void                atlas_label_placer_add_label     (AtlasLabelPlacer      *self,
                                                      const AtlasLabel      *label);
void                atlas_label_placer_place         (AtlasLabelPlacer      *self);

guint               atlas_label_placer_get_n_obstacles (AtlasLabelPlacer    *self);
const graphene_rect_t *atlas_label_placer_get_obstacle (AtlasLabelPlacer    *self,
                                                      guint                  i);
guint               atlas_label_placer_get_n_markers (AtlasLabelPlacer      *self);
const graphene_rect_t *atlas_label_placer_get_marker (AtlasLabelPlacer      *self,
                                                      guint                  i);
guint               atlas_label_placer_get_n_labels  (AtlasLabelPlacer      *self);
const AtlasLabel   *atlas_label_placer_get_label     (AtlasLabelPlacer      *self,
                                                      guint                  i,
                                                      AtlasLabelPosition    *position,
                                                      graphene_rect_t       *box);
gboolean            atlas_label_placer_lookup        (AtlasLabelPlacer      *self,
                                                      gconstpointer          data,
                                                      AtlasLabelPosition    *position,
                                                      graphene_rect_t       *box);
gboolean            atlas_label_placer_collides      (AtlasLabelPlacer      *self,
                                                      guint                  n_before,
                                                      const graphene_rect_t *box);

gboolean            atlas_label_get_candidate        (const AtlasLabel      *label,
                                                      AtlasLabelPosition     position,
                                                      graphene_rect_t       *box);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtlasLabelPlacer, atlas_label_placer_free)

G_END_DECLS

/* atlas-map-shape.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <math.h>

#include <gtk/gtk.h>
#include <shumate/shumate.h>

#include "atlas-place.h"
#include "atlas-style-monitor.h"

G_BEGIN_DECLS

/* Shading classes: 0 = no event, then 1, 2, 3 and "4 or more" events */
#define ATLAS_MAP_N_CLASSES 5

/* Projection of a view: a normalised Mercator point (x, y) is drawn at
 * (x * world - origin_x, y * world - origin_y), rotated around the view's centre */
/* 0xRRGGBB colours of the map in one style (atlas-map-shape.c) */
typedef struct
{
  guint32 classes[ATLAS_MAP_N_CLASSES];  /* shading, "none" first */
  guint32 boundary;                      /* between units, over opaque fills */
  guint32 boundary_translucent;          /* over the street map */
  guint32 label;
  guint32 halo;                          /* around labels, and the outlines' casing */
  guint32 selected;
  guint32 event;
  double  line_scale;
  /* The context layer (atlas-map-context.c) */
  guint32 context_fill;                  /* Syria, a shade off the paper */
  guint32 context_country_line;
  guint32 context_governorate_line;
  guint32 context_city_line;
  guint32 context_name;
  guint32 context_city_name;
} AtlasMapPalette;

typedef struct
{
  double world;
  double origin_x;
  double origin_y;
  double width;
  double height;
  double rotation;
  double zoom;
} AtlasMapProjection;

/* A label, halo and text, drawn for one text origin's offset from the device pixel grid */
typedef struct
{
  cairo_surface_t *surface;       /* in device pixels */
  int          scale;
  int          width;             /* device pixels */
  int          height;
  double       origin_x;          /* where the text origin is in it, in device pixels */
  double       origin_y;
} AtlasMapLabelImage;

/* A polygon place, projected once into normalised Web Mercator */
typedef struct
{
  AtlasPlace  *place;
  AtlasBounds  bounds;            /* lon/lat */
  double       label_x;           /* normalised Mercator of the interior point */
  double       label_y;
  gboolean     has_label;
  double      *xy;                /* normalised Mercator, rings one after another */
  guint       *ring_sizes;
  guint        n_rings;
  double       min_x, min_y, max_x, max_y;
  guint        count;             /* highlighted events up to the time cursor */
  guint        klass;             /* its shading class */
  gboolean     in_event;          /* a place of the selected event */
  PangoLayout *name_layout;       /* English name, made when first needed */
  PangoLayout *full_layout;       /* English and Arabic names */
  AtlasMapLabelImage name_image;  /* the two layouts, drawn */
  AtlasMapLabelImage full_image;
  PangoLayout *label_layout;      /* the one in the last frame, unowned */
  double       label_dx;          /* its text origin, from the top left of its box */
  double       label_dy;
} AtlasMapShape;

static inline double
atlas_map_mercator_x (double lon)
{
  return (lon + 180.0) / 360.0;
}

static inline double
atlas_map_mercator_y (double lat)
{
  double r = lat * G_PI / 180.0;

  return (1.0 - log (tan (r) + 1.0 / cos (r)) / G_PI) / 2.0;
}

gboolean       atlas_map_projection_init      (AtlasMapProjection       *proj,
                                               ShumateViewport          *viewport,
                                               double                    width,
                                               double                    height);

AtlasMapShape *atlas_map_shape_new            (AtlasPlace               *place);
void           atlas_map_shape_free           (AtlasMapShape            *shape);
void           atlas_map_label_image_clear    (AtlasMapLabelImage       *image);
void           atlas_map_shape_append_path    (cairo_t                  *cr,
                                               const AtlasMapShape      *shape,
                                               const AtlasMapProjection *proj);

void           atlas_map_draw_fills           (cairo_t                  *cr,
                                               GPtrArray                *shapes,
                                               const AtlasMapProjection *proj,
                                               gboolean                  translucent);
void           atlas_map_draw_outlines        (cairo_t                  *cr,
                                               GPtrArray                *visible,
                                               AtlasMapShape            *selected_shape,
                                               const AtlasMapProjection *proj);
void           atlas_map_draw_label           (cairo_t                  *cr,
                                               PangoLayout              *layout,
                                               double                    text_x,
                                               double                    text_y);
void           atlas_map_draw_label_in        (cairo_t                  *cr,
                                               PangoLayout              *layout,
                                               double                    text_x,
                                               double                    text_y,
                                               guint                     rgb);

guint          atlas_map_count_to_class       (guint                     count);
void           atlas_map_draw_outline_sample  (cairo_t                  *cr,
                                               double                    width,
                                               double                    height,
                                               gboolean                  selected);

gboolean               atlas_map_set_style   (AtlasStyle style);
const AtlasMapPalette *atlas_map_get_palette (AtlasStyle style);
const AtlasMapPalette *atlas_map_get_current_palette (void);

G_END_DECLS

/* atlas-event-types.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-style-monitor.h"

G_BEGIN_DECLS

/* A simple shape that tells an event type apart without its colour (issue 8) */
typedef enum
{
  ATLAS_GLYPH_STAR,
  ATLAS_GLYPH_TRIANGLE_UP,
  ATLAS_GLYPH_PLUS,
  ATLAS_GLYPH_TRIANGLE_DOWN,
  ATLAS_GLYPH_CIRCLE,
  ATLAS_GLYPH_DIAMOND,
  ATLAS_GLYPH_SQUARE,
  ATLAS_N_GLYPHS
} AtlasGlyph;

/* The event types of core's vocabulary (atlas-vocabulary.h), in legend order, with the colour
 * and the glyph every view uses for each, so the map legend and the timeline agree. Colours
 * are from the GNOME palette: @rgb for light backgrounds, @rgb_dark for dark ones. */
typedef struct
{
  const char *id;          /* "bombardment" */
  const char *label;       /* untranslated, marked N_(): translate with _() */
  double      rgb[3];      /* 0..1, on light backgrounds */
  double      rgb_dark[3]; /* 0..1, on dark backgrounds */
  AtlasGlyph  glyph;
} AtlasEventTypeInfo;

const AtlasEventTypeInfo *atlas_event_types_get    (guint      *n_types);
const AtlasEventTypeInfo *atlas_event_types_lookup (const char *id);

const double *atlas_event_type_get_rgb  (const AtlasEventTypeInfo *info,
                                         AtlasStyle                style);
void          atlas_glyph_append_path   (cairo_t                  *cr,
                                         AtlasGlyph                glyph,
                                         double                    cx,
                                         double                    cy,
                                         double                    size);
void          atlas_event_type_draw_glyph (cairo_t                  *cr,
                                           const AtlasEventTypeInfo *info,
                                           AtlasStyle                style,
                                           double                    cx,
                                           double                    cy,
                                           double                    size,
                                           double                    alpha);

void atlas_event_type_draw_swatch (GtkDrawingArea *area,
                                   cairo_t        *cr,
                                   int             width,
                                   int             height,
                                   gpointer        info);

G_END_DECLS

/* atlas-event-types.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-kb.h"
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

/* An event type, in legend order, with the colour and the glyph every view uses for it, so
 * that the Types menu, the timeline and the lists agree: one of core's vocabulary
 * (atlas-vocabulary.h), with colours from the GNOME palette, or one a KB declares (issue 9).
 * @rgb is for light backgrounds, @rgb_dark for dark ones. */
typedef struct
{
  const char *id;          /* "bombardment" */
  const char *label;       /* built-in: untranslated, marked N_(); use atlas_event_type_get_label() */
  double      rgb[3];      /* 0..1, on light backgrounds */
  double      rgb_dark[3]; /* 0..1, on dark backgrounds */
  AtlasGlyph  glyph;
  gboolean    declared;    /* the KB's own: its label is shown as written */
} AtlasEventTypeInfo;

const AtlasEventTypeInfo *atlas_event_types_get          (guint      *n_types);
const AtlasEventTypeInfo *atlas_event_types_lookup       (const char *id);
const AtlasEventTypeInfo *atlas_event_types_get_for_kb   (AtlasKb    *kb,
                                                          guint      *n_types);
const AtlasEventTypeInfo *atlas_event_types_lookup_in_kb (AtlasKb    *kb,
                                                          const char *id);

const char   *atlas_event_type_get_label (const AtlasEventTypeInfo *info);
const double *atlas_event_type_get_rgb  (const AtlasEventTypeInfo *info,
                                         AtlasStyle                style);
void          atlas_event_type_make_legible (const double          rgb[3],
                                             AtlasStyle            style,
                                             double                out[3]);
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
void atlas_event_type_set_swatch  (GtkDrawingArea           *area,
                                   AtlasKb                  *kb,
                                   const AtlasEventTypeInfo *info);

G_END_DECLS

/* atlas-event-types.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The event types of core's vocabulary (atlas-vocabulary.h), in legend order, with the colour
 * every view uses for each, so the map legend and the timeline agree. Colours are from the
 * GNOME palette and readable on light backgrounds. */
typedef struct
{
  const char *id;        /* "bombardment" */
  const char *label;     /* untranslated, marked N_(): translate with _() */
  double      rgb[3];    /* 0..1 */
} AtlasEventTypeInfo;

const AtlasEventTypeInfo *atlas_event_types_get    (guint      *n_types);
const AtlasEventTypeInfo *atlas_event_types_lookup (const char *id);

void atlas_event_type_draw_swatch (GtkDrawingArea *area,
                                   cairo_t        *cr,
                                   int             width,
                                   int             height,
                                   gpointer        info);

G_END_DECLS

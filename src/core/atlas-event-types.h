/* atlas-event-types.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The event-type vocabulary (data/kb-format.md), in legend order, with the colour every view
 * uses for it, so the map legend and the timeline agree. Colours are from the GNOME palette
 * and readable on light backgrounds. */
typedef struct
{
  const char *id;        /* "bombardment" */
  const char *label;     /* translatable: N_("Bombardment") */
  double      rgb[3];    /* 0..1 */
} AtlasEventTypeInfo;

const AtlasEventTypeInfo *atlas_event_types_get    (guint      *n_types);
const AtlasEventTypeInfo *atlas_event_types_lookup (const char *id);

G_END_DECLS

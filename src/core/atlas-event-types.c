/* atlas-event-types.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-event-types"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-event-types.h"

static const AtlasEventTypeInfo types[] = {
  { "bombardment",     N_("Bombardment"),     { 0.753, 0.110, 0.157 } },  /* red 4 */
  { "ground-fighting", N_("Ground fighting"), { 0.902, 0.380, 0.000 } },  /* orange 5 */
  { "humanitarian",    N_("Humanitarian"),    { 0.149, 0.635, 0.412 } },  /* green 4 */
  { "evacuation",      N_("Evacuation"),      { 0.569, 0.255, 0.675 } },  /* purple 3 */
  { "ceasefire",       N_("Ceasefire"),       { 0.110, 0.443, 0.847 } },  /* blue 4 */
  { "diplomacy",       N_("Diplomacy"),       { 0.384, 0.627, 0.918 } },  /* blue 2 */
  { "statement",       N_("Statement"),       { 0.467, 0.463, 0.482 } },  /* dark 1 */
};

const AtlasEventTypeInfo *
atlas_event_types_get (guint *n_types)
{
  if (n_types)
    *n_types = G_N_ELEMENTS (types);
  return types;
}

const AtlasEventTypeInfo *
atlas_event_types_lookup (const char *id)
{
  for (guint i = 0; id && i < G_N_ELEMENTS (types); i++)
    if (g_str_equal (types[i].id, id))
      return &types[i];

  return NULL;
}

/* atlas-event-types.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-event-types"

#include "config.h"

#include <string.h>

#include "atlas-event-types.h"
#include "atlas-vocabulary.h"

/* Only the colours live here: the ids, their order and labels are core's vocabulary. One
 * colour per type, in the vocabulary's order; the build fails if a type is added there and
 * not here. */
static const double colours[][3] = {
  { 0.753, 0.110, 0.157 },  /* bombardment: red 4 */
  { 0.902, 0.380, 0.000 },  /* ground-fighting: orange 5 */
  { 0.149, 0.635, 0.412 },  /* humanitarian: green 4 */
  { 0.569, 0.255, 0.675 },  /* evacuation: purple 3 */
  { 0.110, 0.443, 0.847 },  /* ceasefire: blue 4 */
  { 0.596, 0.416, 0.267 },  /* diplomacy: brown 3, far from ceasefire's blue (issue 7) */
  { 0.467, 0.463, 0.482 },  /* statement: dark 1 */
};

G_STATIC_ASSERT (G_N_ELEMENTS (colours) == ATLAS_N_EVENT_TYPES);

static AtlasEventTypeInfo types[ATLAS_N_EVENT_TYPES];

static const AtlasEventTypeInfo *
get_types (void)
{
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      guint n;
      const AtlasTerm *terms = atlas_vocabulary_get_terms (ATLAS_VOCABULARY_EVENT_TYPE, &n);

      g_assert (n == ATLAS_N_EVENT_TYPES);
      for (guint i = 0; i < n; i++)
        {
          types[i].id = terms[i].id;
          types[i].label = terms[i].label;
          memcpy (types[i].rgb, colours[i], sizeof types[i].rgb);
        }

      g_once_init_leave (&initialized, 1);
    }

  return types;
}

const AtlasEventTypeInfo *
atlas_event_types_get (guint *n_types)
{
  if (n_types)
    *n_types = ATLAS_N_EVENT_TYPES;
  return get_types ();
}

const AtlasEventTypeInfo *
atlas_event_types_lookup (const char *id)
{
  int index = atlas_vocabulary_lookup (ATLAS_VOCABULARY_EVENT_TYPE, id);

  return index >= 0 ? &get_types ()[index] : NULL;
}

/**
 * atlas_event_type_draw_swatch:
 * @info: (nullable): the #AtlasEventTypeInfo to show, or %NULL for nothing
 *
 * A #GtkDrawingAreaDrawFunc that fills the area with the type's colour: the square swatch
 * beside an event's type in the details and the event list.
 */
void
atlas_event_type_draw_swatch (GtkDrawingArea *area,
                              cairo_t        *cr,
                              int             width,
                              int             height,
                              gpointer        info)
{
  const AtlasEventTypeInfo *type = info;

  if (type == NULL)
    return;

  cairo_set_source_rgb (cr, type->rgb[0], type->rgb[1], type->rgb[2]);
  cairo_paint (cr);
}

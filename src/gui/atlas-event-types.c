/* atlas-event-types.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-event-types"

#include "config.h"

#include <math.h>
#include <string.h>

#include "atlas-event-types.h"
#include "atlas-vocabulary.h"

/* Only the looks live here: the ids, their order and labels are core's vocabulary. One
 * colour on light backgrounds, one on dark ones and one glyph per type, in the vocabulary's
 * order; the build fails if a type is added there and not here. The glyphs tell the types
 * apart without colour (issue 8): filled, simple and no two alike at 8 px. */
static const struct
{
  double     light[3];
  double     dark[3];
  AtlasGlyph glyph;
} looks[] = {
  /* bombardment: red 5, apart from the darkened orange / red 2, a burst */
  { { 0.647, 0.114, 0.176 }, { 0.929, 0.200, 0.231 }, ATLAS_GLYPH_STAR },
  /* ground-fighting: orange 5 darkened to 3:1 on the window (#d05000) / orange 3, an arrowhead
   * pointing up */
  { { 0.816, 0.314, 0.000 }, { 1.000, 0.471, 0.000 }, ATLAS_GLYPH_TRIANGLE_UP },
  /* humanitarian: green 5 darkened to 3:1 on the window (#1f8655) / green 3, a plus */
  { { 0.122, 0.525, 0.333 }, { 0.180, 0.761, 0.494 }, ATLAS_GLYPH_PLUS },
  /* evacuation: purple 3 / purple 2, pointing down and away */
  { { 0.569, 0.255, 0.675 }, { 0.753, 0.380, 0.796 }, ATLAS_GLYPH_TRIANGLE_DOWN },
  /* ceasefire: blue 4 / blue 2, a circle */
  { { 0.110, 0.443, 0.847 }, { 0.384, 0.627, 0.918 }, ATLAS_GLYPH_CIRCLE },
  /* diplomacy: brown 3 / brown 2, far from ceasefire's blue (issue 7), a diamond */
  { { 0.596, 0.416, 0.267 }, { 0.710, 0.514, 0.353 }, ATLAS_GLYPH_DIAMOND },
  /* statement: dark 1 / light 5, a square */
  { { 0.467, 0.463, 0.482 }, { 0.604, 0.600, 0.588 }, ATLAS_GLYPH_SQUARE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (looks) == ATLAS_N_EVENT_TYPES);

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
          memcpy (types[i].rgb, looks[i].light, sizeof types[i].rgb);
          memcpy (types[i].rgb_dark, looks[i].dark, sizeof types[i].rgb_dark);
          types[i].glyph = looks[i].glyph;
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

/* The colour of @info's marks in @style: the darker colours on light backgrounds, the
 * lighter ones on dark backgrounds, so that marks keep 3:1 against either */
const double *
atlas_event_type_get_rgb (const AtlasEventTypeInfo *info,
                          AtlasStyle                style)
{
  g_return_val_if_fail (info != NULL, NULL);

  return ATLAS_STYLE_IS_DARK (style) ? info->rgb_dark : info->rgb;
}

static void
append_polygon (cairo_t      *cr,
                const double *xy,
                guint         n,
                double        cx,
                double        cy,
                double        size)
{
  for (guint i = 0; i < n; i++)
    cairo_line_to (cr, cx + xy[2 * i] * size, cy + xy[2 * i + 1] * size);
  cairo_close_path (cr);
}

/**
 * atlas_glyph_append_path:
 * @size: the side of the square the glyph fits in
 *
 * Appends @glyph, centred on (@cx, @cy), to @cr's path: the one drawing of the event types'
 * shapes, for the timeline, the Types menu, the event list and the details.
 */
void
atlas_glyph_append_path (cairo_t    *cr,
                         AtlasGlyph  glyph,
                         double      cx,
                         double      cy,
                         double      size)
{
  g_return_if_fail (cr != NULL);

  cairo_new_sub_path (cr);
  switch (glyph)
    {
    case ATLAS_GLYPH_STAR:
      {
        double star[20];

        /* Five points, the inner radius wide enough to stay a star at 8 px */
        for (guint i = 0; i < 10; i++)
          {
            double r = (i % 2 == 0 ? 0.54 : 0.25);
            double a = -G_PI / 2 + i * G_PI / 5;

            star[2 * i] = r * cos (a);
            star[2 * i + 1] = r * sin (a) + 0.04;
          }
        append_polygon (cr, star, 10, cx, cy, size);
      }
      break;

    case ATLAS_GLYPH_TRIANGLE_UP:
      append_polygon (cr, (const double[]) { 0, -0.5, 0.5, 0.42, -0.5, 0.42 }, 3, cx, cy, size);
      break;

    case ATLAS_GLYPH_TRIANGLE_DOWN:
      append_polygon (cr, (const double[]) { -0.5, -0.42, 0.5, -0.42, 0, 0.5 }, 3, cx, cy, size);
      break;

    case ATLAS_GLYPH_PLUS:
      append_polygon (cr, (const double[]) { -0.17, -0.5, 0.17, -0.5, 0.17, -0.17, 0.5, -0.17,
                                             0.5, 0.17, 0.17, 0.17, 0.17, 0.5, -0.17, 0.5,
                                             -0.17, 0.17, -0.5, 0.17, -0.5, -0.17, -0.17, -0.17 },
                      12, cx, cy, size);
      break;

    case ATLAS_GLYPH_CIRCLE:
      cairo_arc (cr, cx, cy, 0.42 * size, 0, 2 * G_PI);
      cairo_close_path (cr);
      break;

    case ATLAS_GLYPH_DIAMOND:
      append_polygon (cr, (const double[]) { 0, -0.55, 0.45, 0, 0, 0.55, -0.45, 0 }, 4, cx, cy, size);
      break;

    case ATLAS_GLYPH_SQUARE:
      append_polygon (cr, (const double[]) { -0.46, -0.46, 0.46, -0.46, 0.46, 0.46, -0.46, 0.46 }, 4, cx, cy, size);
      break;

    case ATLAS_N_GLYPHS:
    default:
      g_return_if_reached ();
    }
}

/**
 * atlas_event_type_draw_glyph:
 * @info: (nullable): the type, or %NULL for a type the vocabulary does not know
 *
 * Fills @info's glyph in its colour for @style; in high contrast, with an edge in the text's
 * colour so that no mark depends on a tint.
 */
void
atlas_event_type_draw_glyph (cairo_t                  *cr,
                             const AtlasEventTypeInfo *info,
                             AtlasStyle                style,
                             double                    cx,
                             double                    cy,
                             double                    size,
                             double                    alpha)
{
  static const double other[3] = { 0.4, 0.4, 0.4 };
  const double *rgb = info ? atlas_event_type_get_rgb (info, style) : other;

  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  if (info)
    atlas_glyph_append_path (cr, info->glyph, cx, cy, size);
  else
    cairo_rectangle (cr, cx - size / 4, cy - size / 4, size / 2, size / 2);
  cairo_set_source_rgba (cr, rgb[0], rgb[1], rgb[2], alpha);
  if (ATLAS_STYLE_IS_HC (style))
    {
      double edge = ATLAS_STYLE_IS_DARK (style) ? 1.0 : 0.0;

      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, edge, edge, edge, alpha);
      cairo_set_line_width (cr, MAX (1.0, size / 10));
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
      cairo_stroke (cr);
    }
  else
    cairo_fill (cr);
  cairo_restore (cr);
}

/**
 * atlas_event_type_draw_swatch:
 * @info: (nullable): the #AtlasEventTypeInfo to show, or %NULL for nothing
 *
 * A #GtkDrawingAreaDrawFunc that draws the type's glyph in its colour, as large as the area
 * allows: beside an event's type in the details, the event list and the Types menu.
 */
void
atlas_event_type_draw_swatch (GtkDrawingArea *area,
                              cairo_t        *cr,
                              int             width,
                              int             height,
                              gpointer        info)
{
  const AtlasEventTypeInfo *type = info;
  double size = MIN (width, height);

  if (type == NULL)
    return;

  /* Glyphs reach a little past their box: keep a pixel of room */
  atlas_event_type_draw_glyph (cr, type, atlas_style_for_widget (GTK_WIDGET (area)),
                               width / 2.0, height / 2.0, size - 2, 1.0);
}

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

#include <glib/gi18n.h>

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

/* A KB's declared types (issue 9) */

typedef struct
{
  AtlasEventTypeInfo *types;
  guint               n_types;
} DeclaredTypes;

static void
declared_types_free (gpointer data)
{
  DeclaredTypes *declared = data;

  for (guint i = 0; i < declared->n_types; i++)
    {
      g_free ((char *) declared->types[i].id);
      g_free ((char *) declared->types[i].label);
    }
  g_free (declared->types);
  g_free (declared);
}

/* WCAG 2 relative luminance, and the contrast ratio of two colours */
static double
luminance (const double rgb[3])
{
  static const double weights[3] = { 0.2126, 0.7152, 0.0722 };
  double sum = 0;

  for (guint i = 0; i < 3; i++)
    sum += weights[i] * (rgb[i] <= 0.03928 ? rgb[i] / 12.92 : pow ((rgb[i] + 0.055) / 1.055, 2.4));
  return sum;
}

static double
contrast (const double a[3],
          double       background_luminance)
{
  double l = luminance (a);

  return (MAX (l, background_luminance) + 0.05) / (MIN (l, background_luminance) + 0.05);
}

/* @rgb moved @t of the way to black (@to_white FALSE) or to white */
static void
mix (const double rgb[3],
     gboolean     to_white,
     double       t,
     double       out[3])
{
  for (guint i = 0; i < 3; i++)
    out[i] = to_white ? rgb[i] + (1.0 - rgb[i]) * t : rgb[i] * (1.0 - t);
}

/**
 * atlas_event_type_make_legible:
 * @rgb: a colour a KB declares, 0..1
 * @out: (out caller-allocates): the colour to draw its marks in, in @style
 *
 * The built-in types' colours were chosen so that every mark keeps 3:1 against each background
 * it is drawn on in its style (WCAG 1.4.11; tests/test-event-types.c): darker shades on GTK's
 * light window, view and the timeline's stripes, lighter ones on the dark ones. A KB's colour
 * is held to the same rule, so that "#ffff00" does not vanish on a light timeline nor
 * "#67001f" on a dark one: where it already keeps 3:1 it is drawn as written; where it does
 * not, it is darkened (light styles) or lightened (dark styles) just as far as it must be,
 * which keeps its hue. Mixing towards black keeps its saturation too; towards white fades it
 * a little, as the built-in types' dark variants are paler. An outline alone would not do:
 * the timeline's bars, bands and density bars are fills without one. High contrast goes
 * further for every type alike, as atlas_event_type_draw_glyph() edges each glyph in the
 * text's colour.
 */
void
atlas_event_type_make_legible (const double rgb[3],
                               AtlasStyle   style,
                               double       out[3])
{
  /* The lightest of the dark backgrounds (the timeline's stripe, #2d2d2d) and the darkest of
   * the light ones (its stripe, #ebeae9): meeting those, a colour meets the others too.
   * Aiming a little above 3:1 keeps it there once rounded to 8 bits. */
  static const double dark_bg[3] = { 0.176, 0.176, 0.176 };
  static const double light_bg[3] = { 0.922, 0.918, 0.914 };
  const double target = 3.05;
  gboolean dark = ATLAS_STYLE_IS_DARK (style);
  double bg = luminance (dark ? dark_bg : light_bg);
  double lo = 0, hi = 1;

  g_return_if_fail (rgb != NULL && out != NULL);

  if (contrast (rgb, bg) >= target)
    {
      memcpy (out, rgb, 3 * sizeof (double));
      return;
    }

  /* The least mix that reaches the target: contrast grows with it */
  for (guint i = 0; i < 24; i++)
    {
      double mid = (lo + hi) / 2;

      mix (rgb, dark, mid, out);
      if (contrast (out, bg) >= target)
        hi = mid;
      else
        lo = mid;
    }
  mix (rgb, dark, hi, out);
}

static void
parse_colour (const char *colour,
              double      rgb[3])
{
  GdkRGBA parsed;

  /* The loader accepts only "#rrggbb"; anything else is drawn as an unknown type is */
  if (colour == NULL || !gdk_rgba_parse (&parsed, colour))
    parsed = (GdkRGBA) { 0.4f, 0.4f, 0.4f, 1.f };

  rgb[0] = parsed.red;
  rgb[1] = parsed.green;
  rgb[2] = parsed.blue;
}

/* A declared type that is also a built-in one keeps its built-in glyph, so that a KB that
 * declares the seven (data/kb-format.md asks it to, to use them) reads as the others do. The
 * rest take the glyphs not yet used, in the legend's order; past seven types, glyphs repeat
 * and only the colour and the lane tell those apart. */
static void
choose_glyphs (DeclaredTypes *declared)
{
  gboolean used[ATLAS_N_GLYPHS] = { FALSE, };
  guint next = 0;

  for (guint i = 0; i < declared->n_types; i++)
    {
      const AtlasEventTypeInfo *builtin = atlas_event_types_lookup (declared->types[i].id);

      declared->types[i].glyph = ATLAS_N_GLYPHS;
      if (builtin && !used[builtin->glyph])
        {
          declared->types[i].glyph = builtin->glyph;
          used[builtin->glyph] = TRUE;
        }
    }

  for (guint i = 0; i < declared->n_types; i++)
    {
      if (declared->types[i].glyph != ATLAS_N_GLYPHS)
        continue;

      for (guint tries = 0; tries < ATLAS_N_GLYPHS && used[next]; tries++)
        next = (next + 1) % ATLAS_N_GLYPHS;
      if (used[next])
        memset (used, 0, sizeof used);
      declared->types[i].glyph = next;
      used[next] = TRUE;
      next = (next + 1) % ATLAS_N_GLYPHS;
    }
}

static DeclaredTypes *
get_declared (AtlasKb *kb)
{
  GQuark quark = g_quark_from_static_string ("atlas-event-types-declared");
  const AtlasKbEventType * const *kb_types;
  DeclaredTypes *declared;
  guint n;

  /* A KB's declared types are fixed once it is loaded (edits change events, never types), so
   * they are worked out once, and live as long as the KB */
  if ((declared = g_object_get_qdata (G_OBJECT (kb), quark)))
    return declared;

  if (!(kb_types = atlas_kb_get_declared_event_types (kb, &n)) || n == 0)
    return NULL;

  declared = g_new0 (DeclaredTypes, 1);
  declared->n_types = n;
  declared->types = g_new0 (AtlasEventTypeInfo, n);
  for (guint i = 0; i < n; i++)
    {
      AtlasEventTypeInfo *info = &declared->types[i];
      double rgb[3];

      info->id = g_strdup (kb_types[i]->id);
      info->label = g_strdup (kb_types[i]->label);
      info->declared = TRUE;
      parse_colour (kb_types[i]->colour, rgb);
      atlas_event_type_make_legible (rgb, ATLAS_STYLE_LIGHT, info->rgb);
      atlas_event_type_make_legible (rgb, ATLAS_STYLE_DARK, info->rgb_dark);
    }
  choose_glyphs (declared);

  g_object_set_qdata_full (G_OBJECT (kb), quark, declared, declared_types_free);
  return declared;
}

/**
 * atlas_event_types_get_for_kb:
 * @kb: (nullable): the KB whose types to give
 * @n_types: (out) (optional): how many
 *
 * The one answer to "which event types, labelled and coloured how" for a KB: the types it
 * declares, which then replace the built-in ones (data/kb-format.md, "Declared event types"),
 * or the built-in ones when it declares none or there is no KB.
 *
 * Returns: (transfer none) (array length=n_types): the types, valid as long as @kb
 */
const AtlasEventTypeInfo *
atlas_event_types_get_for_kb (AtlasKb *kb,
                              guint   *n_types)
{
  DeclaredTypes *declared;

  g_return_val_if_fail (!kb || ATLAS_IS_KB (kb), NULL);

  if (kb == NULL || !(declared = get_declared (kb)))
    return atlas_event_types_get (n_types);

  if (n_types)
    *n_types = declared->n_types;
  return declared->types;
}

/**
 * atlas_event_types_lookup_in_kb:
 * @kb: (nullable): the KB the type is of
 *
 * Returns: (nullable) (transfer none): the type @id in @kb's types, or %NULL when it has no
 *   such type; valid as long as @kb
 */
const AtlasEventTypeInfo *
atlas_event_types_lookup_in_kb (AtlasKb    *kb,
                                const char *id)
{
  const AtlasEventTypeInfo *kb_types;
  guint n;

  g_return_val_if_fail (!kb || ATLAS_IS_KB (kb), NULL);

  if (id == NULL)
    return NULL;

  kb_types = atlas_event_types_get_for_kb (kb, &n);
  for (guint i = 0; i < n; i++)
    if (g_str_equal (kb_types[i].id, id))
      return &kb_types[i];
  return NULL;
}

/**
 * atlas_event_type_get_label:
 *
 * Returns: @info's label to show: a built-in type's translated, a declared one's as the KB
 *   writes it (a KB's own words are not translated)
 */
const char *
atlas_event_type_get_label (const AtlasEventTypeInfo *info)
{
  g_return_val_if_fail (info != NULL, NULL);

  return info->declared ? info->label : _(info->label);
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

/* Whether @widget is on a selected row of a list, or is one */
static gboolean
is_on_selected_row (GtkWidget *widget)
{
  for (; widget; widget = gtk_widget_get_parent (widget))
    if (gtk_widget_get_state_flags (widget) & GTK_STATE_FLAG_SELECTED)
      return TRUE;
  return FALSE;
}

/**
 * atlas_event_type_draw_swatch:
 * @info: (nullable): the #AtlasEventTypeInfo to show, or %NULL for nothing
 *
 * A #GtkDrawingAreaDrawFunc that draws the type's glyph in its colour, as large as the area
 * allows: beside an event's type in the details, the event list and the Types menu.
 *
 * On a selected row the glyph is drawn in the row's text colour instead. The types' colours
 * keep 3:1 against the style's backgrounds (atlas_event_type_make_legible()), not against the
 * selection's, which can be one of them: Adwaita's blue hides the ceasefire's. The theme keeps
 * its selected text legible on the selection, and the glyph's shape still tells the type.
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
  if (is_on_selected_row (GTK_WIDGET (area)))
    {
      GdkRGBA fg;

      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &fg);
      G_GNUC_END_IGNORE_DEPRECATIONS

      atlas_glyph_append_path (cr, type->glyph, width / 2.0, height / 2.0, size - 2);
      gdk_cairo_set_source_rgba (cr, &fg);
      cairo_fill (cr);
    }
  else
    atlas_event_type_draw_glyph (cr, type, atlas_style_for_widget (GTK_WIDGET (area)),
                                 width / 2.0, height / 2.0, size - 2, 1.0);
}

/**
 * atlas_event_type_set_swatch:
 * @kb: (nullable): the KB @info is of
 * @info: (nullable): the type to show, or %NULL for nothing
 *
 * Makes @area draw @info's glyph, keeping @kb (whose declared types @info may be one of)
 * alive for as long as it does.
 */
void
atlas_event_type_set_swatch (GtkDrawingArea           *area,
                             AtlasKb                  *kb,
                             const AtlasEventTypeInfo *info)
{
  g_return_if_fail (GTK_IS_DRAWING_AREA (area));
  g_return_if_fail (!kb || ATLAS_IS_KB (kb));

  if (info && info->declared && kb)
    g_object_set_data_full (G_OBJECT (area), "atlas-event-type-kb", g_object_ref (kb), g_object_unref);
  else
    g_object_set_data (G_OBJECT (area), "atlas-event-type-kb", NULL);
  gtk_drawing_area_set_draw_func (area, atlas_event_type_draw_swatch, (gpointer) info, NULL);
  gtk_widget_queue_draw (GTK_WIDGET (area));
}

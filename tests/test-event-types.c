/* test-event-types.c: the colours and glyphs of the event types
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-event-types"

#include "config.h"

#include <math.h>

#include "atlas-event-types.h"
#include "atlas-test-kb.h"
#include "atlas-vocabulary.h"

/* CIE L*a*b* of an sRGB colour, under D65 */
static void
rgb_to_lab (const double  rgb[3],
            double        lab[3])
{
  static const double white[3] = { 0.95047, 1.0, 1.08883 };
  double linear[3], xyz[3];

  for (guint i = 0; i < 3; i++)
    linear[i] = rgb[i] <= 0.04045 ? rgb[i] / 12.92 : pow ((rgb[i] + 0.055) / 1.055, 2.4);

  xyz[0] = 0.4124 * linear[0] + 0.3576 * linear[1] + 0.1805 * linear[2];
  xyz[1] = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
  xyz[2] = 0.0193 * linear[0] + 0.1192 * linear[1] + 0.9505 * linear[2];

  for (guint i = 0; i < 3; i++)
    {
      double t = xyz[i] / white[i];

      xyz[i] = t > 216.0 / 24389.0 ? cbrt (t) : (24389.0 / 27.0 * t + 16.0) / 116.0;
    }

  lab[0] = 116.0 * xyz[1] - 16.0;
  lab[1] = 500.0 * (xyz[0] - xyz[1]);
  lab[2] = 200.0 * (xyz[1] - xyz[2]);
}

/* Every two types differ by a clear margin (CIE76 ΔE), so that a mark's type can be told
 * from the legend at a glance: ceasefire and diplomacy were two blues 26 apart (issue 7).
 * Diplomacy's brown and statement's grey, the closest other pair, are 33 apart. */
static void
test_distinct_colours (void)
{
  const double min_distance = 30.0;
  guint n_types;
  const AtlasEventTypeInfo *types = atlas_event_types_get (&n_types);

  g_assert_cmpuint (n_types, >, 1);

  /* On light backgrounds and on dark ones (issue 8) */
  for (AtlasStyle style = ATLAS_STYLE_LIGHT; style <= ATLAS_STYLE_DARK; style++)
    for (guint i = 0; i < n_types; i++)
      for (guint j = i + 1; j < n_types; j++)
        {
          double a[3], b[3], distance;

          rgb_to_lab (atlas_event_type_get_rgb (&types[i], style), a);
          rgb_to_lab (atlas_event_type_get_rgb (&types[j], style), b);
          distance = sqrt ((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) + (a[2] - b[2]) * (a[2] - b[2]));
          g_test_message ("%s / %s, style %d: ΔE %.1f", types[i].id, types[j].id, style, distance);
          g_assert_cmpfloat (distance, >=, min_distance);
        }
}

/* The coverage of @glyph, in black on an alpha surface of @size × @size pixels */
static guint8 *
render_glyph (AtlasGlyph glyph,
              int        size,
              int       *stride)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, size, size);
  cairo_t *cr = cairo_create (surface);
  guint8 *pixels;

  atlas_glyph_append_path (cr, glyph, size / 2.0, size / 2.0, size - 2);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_fill (cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  *stride = cairo_image_surface_get_stride (surface);
  pixels = g_memdup2 (cairo_image_surface_get_data (surface), *stride * size);
  cairo_surface_destroy (surface);
  return pixels;
}

/* How much two masks differ: the coverage only one has, over the coverage either has */
static double
mask_difference (const guint8 *a,
                 const guint8 *b,
                 int           stride,
                 int           size)
{
  double only = 0, either = 0;

  for (int y = 0; y < size; y++)
    for (int x = 0; x < size; x++)
      {
        int i = y * stride + x;

        only += ABS (a[i] - b[i]);
        either += MAX (a[i], b[i]);
      }

  return either > 0 ? only / either : 0;
}

/* Without colour, every two types still differ by shape: their glyphs, drawn in black at the
 * smallest size the app uses (the timeline's 8 px gutter) and at the lists' 12 px, differ in
 * at least a fifth of what they cover (issue 8). A glyph that is only a little smaller or
 * larger than another does not count. */
static void
test_distinct_glyphs (void)
{
  const int sizes[] = { 10, 14, 32 };
  const double min_difference = 0.2;
  guint n_types;
  const AtlasEventTypeInfo *types = atlas_event_types_get (&n_types);

  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      g_autofree guint8 **masks = g_new0 (guint8 *, n_types);
      int stride = 0;

      for (guint i = 0; i < n_types; i++)
        masks[i] = render_glyph (types[i].glyph, sizes[k], &stride);

      for (guint i = 0; i < n_types; i++)
        for (guint j = i + 1; j < n_types; j++)
          {
            double difference = mask_difference (masks[i], masks[j], stride, sizes[k]);

            g_test_message ("%d px, %s / %s: %.2f", sizes[k], types[i].id, types[j].id, difference);
            g_assert_cmpfloat (difference, >=, min_difference);
          }

      for (guint i = 0; i < n_types; i++)
        g_free (masks[i]);
    }
}

/* WCAG 2 relative luminance and contrast ratio */
static double
luminance (const double rgb[3])
{
  double l[3];

  for (guint i = 0; i < 3; i++)
    l[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : pow ((rgb[i] + 0.055) / 1.055, 2.4);

  return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
}

static double
contrast (const double a[3],
          const double b[3])
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* The backgrounds marks are drawn on, in each style */
static const struct
{
  AtlasStyle  style;
  double      bg[3];
  const char *name;
} backgrounds[] = {
  { ATLAS_STYLE_LIGHT,   { 1.0, 1.0, 1.0 }, "light view" },
  { ATLAS_STYLE_LIGHT,   { 0.965, 0.961, 0.957 }, "light window (#f6f5f4)" },
  { ATLAS_STYLE_LIGHT,   { 0.922, 0.918, 0.914 }, "light timeline stripe" },
  { ATLAS_STYLE_DARK,    { 0.141, 0.141, 0.141 }, "dark window (#242424)" },
  { ATLAS_STYLE_DARK,    { 0.118, 0.118, 0.118 }, "dark view (#1e1e1e)" },
  { ATLAS_STYLE_DARK,    { 0.176, 0.176, 0.176 }, "dark timeline stripe" },
  { ATLAS_STYLE_HC,      { 1.0, 1.0, 1.0 }, "high contrast" },
  { ATLAS_STYLE_HC_DARK, { 0.0, 0.0, 0.0 }, "high contrast dark" },
};

/* A type's marks are graphics: 3:1 against every background they are drawn on, in each
 * style (WCAG 1.4.11). The backgrounds are GTK 4.8's own: Default's and Default-dark's
 * window and view colours, and high contrast's white and black. */
static void
test_glyph_contrast (void)
{
  guint n_types;
  const AtlasEventTypeInfo *types = atlas_event_types_get (&n_types);

  for (guint b = 0; b < G_N_ELEMENTS (backgrounds); b++)
    for (guint i = 0; i < n_types; i++)
      {
        double ratio = contrast (atlas_event_type_get_rgb (&types[i], backgrounds[b].style), backgrounds[b].bg);

        g_test_message ("%s on %s: %.2f:1", types[i].id, backgrounds[b].name, ratio);
        g_assert_cmpfloat (ratio, >=, 3.0);
      }
}

static AtlasKb *
load_declared_kb (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", "v2-declared-types.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AtlasKb *kb = atlas_kb_new_from_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return kb;
}

/* Without a KB, or with one that declares none, the seven built-in types, labels translated */
static void
test_kb_builtin (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_string (ATLAS_TEST_KB_HEAD
                                                  "\"events\": [{\"id\": \"e\", \"date\": \"2016-10-02\","
                                                  " \"date_precision\": \"day\", \"type\": \"ceasefire\","
                                                  " \"title\": \"t\", \"places\": [], " ATLAS_TEST_KB_SOURCE "}], \"casualties\": []}");
  guint n_builtin, n;
  const AtlasEventTypeInfo *builtin = atlas_event_types_get (&n_builtin);
  const AtlasEventTypeInfo *info;

  g_assert_true (atlas_event_types_get_for_kb (NULL, &n) == builtin);
  g_assert_cmpuint (n, ==, ATLAS_N_EVENT_TYPES);
  g_assert_true (atlas_event_types_get_for_kb (kb, &n) == builtin);
  g_assert_cmpuint (n, ==, n_builtin);

  info = atlas_event_types_lookup_in_kb (kb, "ceasefire");
  g_assert_true (info == atlas_event_types_lookup ("ceasefire"));
  g_assert_false (info->declared);
  g_assert_cmpstr (atlas_event_type_get_label (info), ==,
                   atlas_vocabulary_get_label (ATLAS_VOCABULARY_EVENT_TYPE, "ceasefire"));
  g_assert_true (atlas_event_types_lookup_in_kb (NULL, "ceasefire") == info);
  g_assert_null (atlas_event_types_lookup_in_kb (kb, "shelling"));
  g_assert_null (atlas_event_types_lookup_in_kb (kb, NULL));
}

/* A KB's declared types replace the built-in ones (data/kb-format.md): in its order, with its
 * labels as written and its colours, kept where they are legible */
static void
test_kb_declared (void)
{
  g_autoptr(AtlasKb) kb = load_declared_kb ();
  const double declared_blue[3] = { 0x21 / 255.0, 0x66 / 255.0, 0xac / 255.0 };
  const AtlasEventTypeInfo *types;
  guint n;

  types = atlas_event_types_get_for_kb (kb, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (types[0].id, ==, "shelling");
  g_assert_cmpstr (types[1].id, ==, "protest");
  g_assert_true (types[0].declared && types[1].declared);
  g_assert_cmpstr (atlas_event_type_get_label (&types[0]), ==, "Shelling and rockets");
  g_assert_cmpstr (atlas_event_type_get_label (&types[1]), ==, "Protests, sit-ins");
  g_assert_cmpint (types[0].glyph, !=, types[1].glyph);

  /* Asked again, the same answer */
  g_assert_true (atlas_event_types_get_for_kb (kb, NULL) == types);
  g_assert_true (atlas_event_types_lookup_in_kb (kb, "protest") == &types[1]);
  g_assert_null (atlas_event_types_lookup_in_kb (kb, "bombardment"));

  /* #2166ac keeps 3:1 on the light backgrounds: drawn as written there */
  for (guint i = 0; i < 3; i++)
    g_assert_cmpfloat_with_epsilon (atlas_event_type_get_rgb (&types[1], ATLAS_STYLE_LIGHT)[i], declared_blue[i], 1e-6);
  /* #ffd700 does not: darker, the same hue */
  g_assert_cmpfloat (atlas_event_type_get_rgb (&types[0], ATLAS_STYLE_LIGHT)[0], <, 1.0);
  g_assert_cmpfloat_with_epsilon (atlas_event_type_get_rgb (&types[0], ATLAS_STYLE_LIGHT)[2], 0.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (atlas_event_type_get_rgb (&types[0], ATLAS_STYLE_LIGHT)[1] /
                                  atlas_event_type_get_rgb (&types[0], ATLAS_STYLE_LIGHT)[0], 0xd7 / 255.0, 1e-6);

  for (guint b = 0; b < G_N_ELEMENTS (backgrounds); b++)
    for (guint i = 0; i < n; i++)
      {
        double ratio = contrast (atlas_event_type_get_rgb (&types[i], backgrounds[b].style), backgrounds[b].bg);

        g_test_message ("%s on %s: %.2f:1", types[i].id, backgrounds[b].name, ratio);
        g_assert_cmpfloat (ratio, >=, 3.0);
      }
}

/* A declared type that is a built-in one keeps its glyph; the others take the glyphs left */
static void
test_kb_declared_glyphs (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_string ("{\"format\": \"aleppo-atlas-kb\", \"version\": 2, \"title\": \"test\","
                                                  " \"event_types\": ["
                                                  "  {\"id\": \"riot\", \"label\": \"Riot\", \"colour\": \"#4393c3\"},"
                                                  "  {\"id\": \"ceasefire\", \"label\": \"Truce\", \"colour\": \"#878787\"}],"
                                                  " \"articles\": [], \"places\": [], \"events\": [], \"casualties\": []}");
  const AtlasEventTypeInfo *types;
  guint n;

  types = atlas_event_types_get_for_kb (kb, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (types[1].glyph, ==, atlas_event_types_lookup ("ceasefire")->glyph);
  g_assert_cmpint (types[0].glyph, !=, types[1].glyph);
  /* Its label is the KB's, not the built-in type's */
  g_assert_cmpstr (atlas_event_type_get_label (&types[1]), ==, "Truce");
}

/* Any colour a KB declares is drawn at 3:1 or more on the backgrounds of each style, as the
 * built-in ones are: white, black, yellow, mid grey */
static void
test_make_legible (void)
{
  static const double colours[][3] = {
    { 1, 1, 1 }, { 0, 0, 0 }, { 1, 1, 0 }, { 0.5, 0.5, 0.5 }, { 0.404, 0, 0.122 }, { 0.173, 0.243, 0.314 },
  };

  for (guint c = 0; c < G_N_ELEMENTS (colours); c++)
    for (guint b = 0; b < G_N_ELEMENTS (backgrounds); b++)
      {
        double out[3], ratio;

        atlas_event_type_make_legible (colours[c], backgrounds[b].style, out);
        ratio = contrast (out, backgrounds[b].bg);
        g_test_message ("colour %u on %s: %.2f:1", c, backgrounds[b].name, ratio);
        g_assert_cmpfloat (ratio, >=, 3.0);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/event-types/distinct-colours", test_distinct_colours);
  g_test_add_func ("/event-types/distinct-glyphs", test_distinct_glyphs);
  g_test_add_func ("/event-types/glyph-contrast", test_glyph_contrast);
  g_test_add_func ("/event-types/kb/builtin", test_kb_builtin);
  g_test_add_func ("/event-types/kb/declared", test_kb_declared);
  g_test_add_func ("/event-types/kb/declared-glyphs", test_kb_declared_glyphs);
  g_test_add_func ("/event-types/make-legible", test_make_legible);

  return g_test_run ();
}

/* test-fonts.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Checks the test environment, not the app: that the set-up installed the fonts the app asks
 * for, and that each configuration in tests/fonts/ really forces every family to its one font.
 * The widget tests run once under each of those configurations (issue 6); if a configuration
 * silently fell back to the machine's default font, they would prove nothing. */

#define G_LOG_DOMAIN "test-fonts"

#include "config.h"

#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

/* As the map's place labels ask for it (resources/atlas-map.css) */
#define LABEL_FONT "Semi-Bold 8.5"
#define LABEL_TEXT "al-Helwaniyeh"

typedef struct
{
  const char *file;
  const char *family;
} ForcedFont;

/* From narrowest to widest for LABEL_TEXT */
static const ForcedFont forced_fonts[] = {
  { "nimbus-sans-narrow.conf", "Nimbus Sans Narrow" },
  { "dejavu-sans.conf", "DejaVu Sans" },
  { "lemonada.conf", "Lemonada" },
};

/* What the app, GTK's default and a stray style could ask for */
static const char * const requested_families[] = {
  "Noto Sans", "Noto Sans Arabic", "Cantarell", "sans-serif", "serif", "monospace", "No Such Font",
};

/* Pango never finalizes a font map that has loaded a font (its caches and fonts refer to each
 * other), so its memory would show as leaked under LeakSanitizer: keep every font map the test
 * makes for the life of the process instead, like GTK's and Pango's default ones */
static GPtrArray *font_maps;

static PangoFontMap *
font_map_new (FcConfig *config)
{
  PangoFontMap *map = pango_cairo_font_map_new ();

  if (!font_maps)
    font_maps = g_ptr_array_new ();
  g_ptr_array_add (font_maps, map);

  g_assert_true (PANGO_IS_FC_FONT_MAP (map));
  if (config)
    pango_fc_font_map_set_config (PANGO_FC_FONT_MAP (map), config);
  /* Fixed, so that widths do not depend on the machine's screen */
  pango_cairo_font_map_set_resolution (PANGO_CAIRO_FONT_MAP (map), 96);

  return map;
}

static char *
resolve_family (PangoFontMap *map,
                const char   *family,
                const char   *style)
{
  PangoContext *context = pango_font_map_create_context (map);
  g_autofree char *name = g_strdup_printf ("%s %s", family, style);
  PangoFontDescription *desc = pango_font_description_from_string (name);
  g_autoptr(PangoFont) font = pango_font_map_load_font (map, context, desc);
  PangoFontDescription *resolved;
  char *result;

  pango_font_description_free (desc);
  g_object_unref (context);
  g_assert_nonnull (font);
  resolved = pango_font_describe (font);
  result = g_strdup (pango_font_description_get_family (resolved));
  pango_font_description_free (resolved);

  return result;
}

static int
measure_width (PangoFontMap *map,
               const char   *family,
               const char   *style,
               const char   *text)
{
  PangoContext *context = pango_font_map_create_context (map);
  g_autoptr(PangoLayout) layout = pango_layout_new (context);
  g_autofree char *name = g_strdup_printf ("%s %s", family, style);
  PangoFontDescription *desc = pango_font_description_from_string (name);
  PangoRectangle logical;

  g_object_unref (context);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_extents (layout, NULL, &logical);

  return logical.width;
}

/* The fonts resources/style.css names come first; build-aux/setup.sh installs them */
static void
test_designed_fonts_installed (void)
{
  PangoFontMap *map;
  g_autofree char *latin = NULL;
  g_autofree char *arabic = NULL;

  if (g_getenv ("FONTCONFIG_FILE"))
    {
      g_test_skip ("FONTCONFIG_FILE is set");
      return;
    }

  map = font_map_new (NULL);
  latin = resolve_family (map, "Noto Sans", "");
  arabic = resolve_family (map, "Noto Sans Arabic", "");
  g_assert_cmpstr (latin, ==, "Noto Sans");
  g_assert_cmpstr (arabic, ==, "Noto Sans Arabic");
}

static void
test_forced_fonts (void)
{
  int last_width = 0;

  for (guint i = 0; i < G_N_ELEMENTS (forced_fonts); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fonts", forced_fonts[i].file, NULL);
      PangoFontMap *map;
      FcConfig *config = FcConfigCreate ();
      int width;

      g_assert_true (FcConfigParseAndLoad (config, (const FcChar8 *) path, FcTrue));
      g_assert_true (FcConfigBuildFonts (config));
      /* The font map takes its own reference to the configuration */
      map = font_map_new (config);
      FcConfigDestroy (config);

      for (guint j = 0; j < G_N_ELEMENTS (requested_families); j++)
        {
          g_autofree char *regular = resolve_family (map, requested_families[j], "");
          g_autofree char *label = resolve_family (map, requested_families[j], LABEL_FONT);

          g_assert_cmpstr (regular, ==, forced_fonts[i].family);
          g_assert_cmpstr (label, ==, forced_fonts[i].family);
        }

      width = measure_width (map, "Noto Sans", LABEL_FONT, LABEL_TEXT);
      g_test_message ("%s: \"%s\" is %d px wide in %s", forced_fonts[i].file, LABEL_TEXT, width,
                      forced_fonts[i].family);
      /* Otherwise the set would not span narrower and wider than the default */
      g_assert_cmpint (width, >, last_width);
      last_width = width;
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/fonts/designed-fonts-installed", test_designed_fonts_installed);
  g_test_add_func ("/fonts/forced", test_forced_fonts);

  return g_test_run ();
}

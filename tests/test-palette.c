/* test-palette.c: the contrast of the colours the app draws itself, in every style
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-palette"

#include "config.h"

#include <math.h>

#include "atlas-map-shape.h"

/* WCAG 2 relative luminance of 0xRRGGBB, and the contrast ratio of two colours */
static double
luminance (guint32 rgb)
{
  double sum = 0;
  const double weights[3] = { 0.2126, 0.7152, 0.0722 };

  for (guint i = 0; i < 3; i++)
    {
      double c = ((rgb >> (16 - 8 * i)) & 0xff) / 255.0;

      sum += weights[i] * (c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4));
    }

  return sum;
}

static double
contrast (guint32 a,
          guint32 b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

static const char * const style_names[] = { "light", "dark", "hc", "hc-dark" };

static void
assert_contrast (AtlasStyle  style,
                 const char *what,
                 guint32     fg,
                 guint32     bg,
                 double      minimum)
{
  double ratio = contrast (fg, bg);

  g_test_message ("%s, %s: #%06x on #%06x, %.2f:1", style_names[style], what, fg, bg, ratio);
  g_assert_cmpfloat (ratio, >=, minimum);
}

/* Text is drawn on its halo and keeps 4.5:1 to it; outlines are drawn on a casing in the
 * halo's colour and keep 3:1 to it (WCAG 1.4.3 and 1.4.11), in every style (issue 8) */
static void
test_map_contrast (void)
{
  for (AtlasStyle style = ATLAS_STYLE_LIGHT; style <= ATLAS_STYLE_HC_DARK; style++)
    {
      const AtlasMapPalette *palette = atlas_map_get_palette (style);
      double text = ATLAS_STYLE_IS_HC (style) ? 7.0 : 4.5;

      assert_contrast (style, "labels", palette->label, palette->halo, text);
      assert_contrast (style, "context names", palette->context_name, palette->halo, text);
      assert_contrast (style, "city names", palette->context_city_name, palette->halo, text);
      assert_contrast (style, "selected outline", palette->selected, palette->halo, 3.0);
      assert_contrast (style, "event outline", palette->event, palette->halo, 3.0);
      /* The context's city outline, on the country's fill */
      assert_contrast (style, "city outline", palette->context_city_line, palette->context_fill, 3.0);
      /* The country's border against the country */
      assert_contrast (style, "country border", palette->context_country_line, palette->context_fill, 3.0);
    }
}

/* The shading is a ramp: each class is darker (on light paper) or brighter (on dark paper)
 * than the one before, so that it reads in grey too */
static void
test_map_ramp (void)
{
  for (AtlasStyle style = ATLAS_STYLE_LIGHT; style <= ATLAS_STYLE_HC_DARK; style++)
    {
      const AtlasMapPalette *palette = atlas_map_get_palette (style);

      for (guint k = 2; k < ATLAS_MAP_N_CLASSES; k++)
        {
          double before = luminance (palette->classes[k - 1]), after = luminance (palette->classes[k]);

          g_test_message ("%s, class %u: luminance %.3f after %.3f", style_names[style], k, after, before);
          if (ATLAS_STYLE_IS_DARK (style))
            g_assert_cmpfloat (after, >, before);
          else
            g_assert_cmpfloat (after, <, before);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/palette/map-contrast", test_map_contrast);
  g_test_add_func ("/palette/map-ramp", test_map_ramp);

  return g_test_run ();
}

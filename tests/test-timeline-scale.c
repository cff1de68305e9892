/* test-timeline-scale.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "atlas-time-scale.h"

/*
 * The timeline's time scale with compressed empty stretches, as arithmetic: no display.
 */

/* Two clusters of events, 1–5 and 220–255, with a 215-day gap between them, and a quiet
 * 10-day stretch inside the second cluster (230–240) */
static AtlasTimeInterval clusters[] = {
  { 1, 3 }, { 4, 5 }, { 2, 4 },
  { 220, 221 }, { 225, 230 }, { 240, 241 }, { 250, 255 },
};

static void
build (AtlasTimeScale *scale,
       double          min_gap,
       double          width)
{
  AtlasTimeInterval copy[G_N_ELEMENTS (clusters)];

  memcpy (copy, clusters, sizeof clusters);
  atlas_time_scale_init (scale);
  atlas_time_scale_compress (scale, copy, G_N_ELEMENTS (copy), min_gap, width);
}

static void
test_gap_compressed (void)
{
  AtlasTimeScale scale;

  build (&scale, 21, 6);
  /* Only the long gap, from the end of the first cluster to the start of the second */
  g_assert_cmpuint (scale.n_gaps, ==, 1);
  g_assert_cmpfloat (scale.gaps[0].start, ==, 5);
  g_assert_cmpfloat (scale.gaps[0].end, ==, 220);
  g_assert_cmpfloat (scale.gaps[0].width, ==, 6);

  /* Before the gap, a unit is a day; after it, the days are shifted by what was removed */
  g_assert_cmpfloat (atlas_time_scale_to_unit (&scale, 3), ==, 3);
  g_assert_cmpfloat (atlas_time_scale_to_unit (&scale, 5), ==, 5);
  g_assert_cmpfloat (atlas_time_scale_to_unit (&scale, 220), ==, 11);
  g_assert_cmpfloat (atlas_time_scale_to_unit (&scale, 250), ==, 41);
  /* The 215 days of the gap take 6 units */
  g_assert_cmpfloat_with_epsilon (atlas_time_scale_to_unit (&scale, 220) - atlas_time_scale_to_unit (&scale, 5),
                                  6.0, 1e-9);

  /* The short quiet stretch keeps its true length */
  g_assert_cmpfloat (atlas_time_scale_to_unit (&scale, 240) - atlas_time_scale_to_unit (&scale, 230), ==, 10);

  g_assert_nonnull (atlas_time_scale_find_gap (&scale, 100));
  g_assert_nonnull (atlas_time_scale_find_gap (&scale, 5));
  g_assert_null (atlas_time_scale_find_gap (&scale, 220));
  g_assert_null (atlas_time_scale_find_gap (&scale, 235));

  atlas_time_scale_clear (&scale);
}

static void
test_monotonic_invertible (void)
{
  AtlasTimeScale scale;

  build (&scale, 21, 6);
  for (double day = -50; day < 400; day += 0.37)
    {
      double unit = atlas_time_scale_to_unit (&scale, day);

      g_assert_cmpfloat (atlas_time_scale_to_unit (&scale, day + 0.37), >, unit);
      g_assert_cmpfloat_with_epsilon (atlas_time_scale_to_day (&scale, unit), day, 1e-9);
    }
  atlas_time_scale_clear (&scale);
}

/* Off (no minimum gap), or with a threshold above every gap: the identity */
static void
test_no_compression (void)
{
  AtlasTimeScale scale;

  build (&scale, 0, 6);
  g_assert_cmpuint (scale.n_gaps, ==, 0);
  for (double day = -50; day < 400; day += 3.1)
    {
      g_assert_cmpfloat (atlas_time_scale_to_unit (&scale, day), ==, day);
      g_assert_cmpfloat (atlas_time_scale_to_day (&scale, day), ==, day);
    }

  build (&scale, 300, 6);
  g_assert_cmpuint (scale.n_gaps, ==, 0);
  g_assert_cmpfloat (atlas_time_scale_to_unit (&scale, 250), ==, 250);
  atlas_time_scale_clear (&scale);
}

/* Gaps shorter than the threshold are left as they are, however many */
static void
test_short_gaps_untouched (void)
{
  AtlasTimeInterval weekly[20];
  AtlasTimeScale scale;
  double min_gap = atlas_time_scale_min_gap_for_span (20 * 14);

  for (guint i = 0; i < G_N_ELEMENTS (weekly); i++)
    weekly[i] = (AtlasTimeInterval) { i * 14.0, i * 14.0 + 1 };

  atlas_time_scale_init (&scale);
  atlas_time_scale_compress (&scale, weekly, G_N_ELEMENTS (weekly), min_gap, 5);
  g_assert_cmpuint (scale.n_gaps, ==, 0);
  g_assert_cmpfloat (min_gap, >=, 21);
  atlas_time_scale_clear (&scale);
}

static void
test_describe (void)
{
  AtlasTimeGap months = { 35, 35 + 215, 0, 6 };
  AtlasTimeGap weeks = { 0, 24, 0, 6 };
  AtlasTimeGap years = { 0, 1100, 0, 6 };
  g_autofree char *m = atlas_time_scale_describe_gap (&months, FALSE);
  g_autofree char *w = atlas_time_scale_describe_gap (&weeks, FALSE);
  g_autofree char *y = atlas_time_scale_describe_gap (&years, FALSE);
  g_autofree char *brief = atlas_time_scale_describe_gap (&months, TRUE);

  g_assert_cmpstr (m, ==, "7 months without events");
  g_assert_cmpstr (w, ==, "3 weeks without events");
  g_assert_cmpstr (y, ==, "3 years without events");
  g_assert_cmpstr (brief, ==, "7 months");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline-scale/gap-compressed", test_gap_compressed);
  g_test_add_func ("/timeline-scale/monotonic-invertible", test_monotonic_invertible);
  g_test_add_func ("/timeline-scale/no-compression", test_no_compression);
  g_test_add_func ("/timeline-scale/short-gaps-untouched", test_short_gaps_untouched);
  g_test_add_func ("/timeline-scale/describe", test_describe);

  return g_test_run ();
}

/* test-event-types.c: the colours of the event types
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-event-types"

#include "config.h"

#include <math.h>

#include "atlas-event-types.h"

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
 * Bombardment's red and ground fighting's orange, the closest other pair, are 35 apart. */
static void
test_distinct_colours (void)
{
  const double min_distance = 30.0;
  guint n_types;
  const AtlasEventTypeInfo *types = atlas_event_types_get (&n_types);

  g_assert_cmpuint (n_types, >, 1);

  for (guint i = 0; i < n_types; i++)
    for (guint j = i + 1; j < n_types; j++)
      {
        double a[3], b[3], distance;

        rgb_to_lab (types[i].rgb, a);
        rgb_to_lab (types[j].rgb, b);
        distance = sqrt ((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) + (a[2] - b[2]) * (a[2] - b[2]));
        g_test_message ("%s / %s: ΔE %.1f", types[i].id, types[j].id, distance);
        g_assert_cmpfloat (distance, >=, min_distance);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/event-types/distinct-colours", test_distinct_colours);

  return g_test_run ();
}

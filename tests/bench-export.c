/* bench-export.c: how long each export format takes
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window exports in a thread (atlas-window-export.c), so this is how long people wait
 * for the file after choosing it, not a pause of the window. Budget: a median of 250 ms per
 * format for the shipped KB, whose neighbourhood outlines make the GeoJSON the slowest
 * (json-glib builds a node for every coordinate). A dense KB of 10,000 events (no places)
 * shows how it grows.
 */

#define G_LOG_DOMAIN "bench-export"

#include "config.h"

#include "atlas-bench.h"

#include "atlas-export.h"
#include "atlas-kb.h"
#include "atlas-test-kb.h"

#define RUNS      21
#define BUDGET_MS 250.0

static Stats
time_format (AtlasKb           *kb,
             AtlasExportFormat  format,
             gsize             *size)
{
  double ms[RUNS];

  for (guint r = 0; r < RUNS; r++)
    {
      g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
      gint64 start = g_get_monotonic_time ();

      if (!atlas_export_write (kb, format, out, NULL, NULL))
        g_error ("export failed");
      ms[r] = (g_get_monotonic_time () - start) / 1000.0;
      *size = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out));
    }

  return stats_of (ms, RUNS);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_SRCDIR") ? g_getenv ("G_TEST_SRCDIR") : ".",
                                            "..", "data", "aleppo-2016.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AtlasKb *kbs[2];
  const char *names[2] = { "shipped KB", "10,000 events" };
  gboolean over_budget = FALSE;

  kbs[0] = atlas_kb_new_from_file (file, NULL, NULL, &error);
  if (kbs[0] == NULL)
    g_error ("%s: %s", path, error->message);
  kbs[1] = atlas_test_dense_kb (10000);

  for (guint k = 0; k < G_N_ELEMENTS (kbs); k++)
    {
      g_print ("%s:\n", names[k]);
      for (guint f = 0; f < ATLAS_N_EXPORT_FORMATS; f++)
        {
          gsize size = 0;
          Stats stats = time_format (kbs[k], f, &size);

          g_print ("  %-12s median %.2f ms (min %.2f, max %.2f), %" G_GSIZE_FORMAT " bytes\n",
                   atlas_export_format_to_string (f), stats.median, stats.min, stats.max, size);
          if (k == 0 && stats.median > BUDGET_MS)
            {
              g_print ("  over budget: median over %.0f ms\n", BUDGET_MS);
              over_budget = TRUE;
            }
        }
      g_object_unref (kbs[k]);
    }

  return over_budget ? 1 : 0;
}

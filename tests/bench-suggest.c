/* bench-suggest.c: how long suggesting takes for one article (issue 9)
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run with: meson test -C _build --benchmark suggest -v
 *
 * Loads the shipped KB (145 places, their Arabic names and aliases) and times atlas_suggest()
 * on each of the five seed articles (2,100 to 5,100 characters), RUNS times each, and on the
 * five joined into one text 200 times as long as the longest (about a megabyte). Reports the
 * median, with min and max. The budget (exit status 1) is a median over 100 ms for a seed:
 * --suggest runs once per article, by hand.
 */

#define G_LOG_DOMAIN "bench-suggest"

#include "config.h"

#include "atlas-bench.h"

#include "atlas-kb.h"
#include "atlas-suggest.h"

#define RUNS       21
#define LONG_RUNS  3
#define BUDGET_MS  100.0

static const char *seeds[] = {
  "000_dcfc1a31e43e6cae.txt", "001_c55798b4f77f4814.txt", "002_4adb4ef1b174e889.txt",
  "003_e3364777b4b826c2.txt", "004_4bdefc36e3e66ea9.txt",
};

static Stats
time_suggest (const char *text,
              AtlasDate   published,
              AtlasKb    *kb,
              guint       runs,
              guint      *n_suggestions)
{
  g_autofree double *times = g_new (double, runs);

  for (guint r = 0; r < runs; r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) suggestions = atlas_suggest (text, published, kb);

      times[r] = (g_get_monotonic_time () - start) / 1000.0;
      *n_suggestions = suggestions->len;
    }

  return stats_of (times, runs);
}

int
main (int   argc,
      char *argv[])
{
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");
  g_autofree char *kb_path = g_build_filename (srcdir ? srcdir : ".", "..", "data", "aleppo-2016.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (kb_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasKb) kb = atlas_kb_new_from_file (file, NULL, NULL, &error);
  g_autoptr(GString) all = g_string_new (NULL);
  g_autoptr(GString) long_text = g_string_new (NULL);
  AtlasDate published;
  gboolean over = FALSE;
  guint n;
  Stats stats;

  if (kb == NULL)
    {
      g_printerr ("%s: %s\n", kb_path, error->message);
      return 1;
    }
  atlas_date_parse ("2016-09-23", &published);

  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autofree char *path = g_build_filename (srcdir ? srcdir : ".", "data", "seeds", seeds[i], NULL);
      g_autofree char *text = NULL;

      if (!g_file_get_contents (path, &text, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      stats = time_suggest (text, published, kb, RUNS, &n);
      g_print ("%s: %ld characters, %u suggestions: median %.2f ms (min %.2f, max %.2f)\n", seeds[i],
               g_utf8_strlen (text, -1), n, stats.median, stats.min, stats.max);
      over = over || stats.median > BUDGET_MS;
      g_string_append (all, text);
      g_string_append_c (all, '\n');
    }

  for (guint i = 0; i < 200 / G_N_ELEMENTS (seeds); i++)
    g_string_append (long_text, all->str);
  stats = time_suggest (long_text->str, published, kb, LONG_RUNS, &n);
  g_print ("the five seeds 40 times: %ld characters, %u suggestions: median %.1f ms (min %.1f, max %.1f)\n",
           g_utf8_strlen (long_text->str, -1), n, stats.median, stats.min, stats.max);

  return over ? 1 : 0;
}

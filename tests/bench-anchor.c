/* bench-anchor.c: re-anchoring the sources of a long article after its text changed
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run with: meson test -C _build --benchmark anchor -v
 *
 * Builds an article of about 1 MB (20,000 short paragraphs, each with a common phrase, "the
 * air raid", so that short quotes occur thousands of times) and 1,000 sources spread over it,
 * half short common quotes and half whole sentences. Inserts a sentence at the start of the
 * text, as an edit would, and times indexing the text once and atlas_anchor_text_find() for
 * every source (what the loader does for an article whose sha256 differs). Reports the median time for all 1,000 sources, with
 * min and max, over RUNS runs. The budget (exit status 1) is a median over 8 s in a debug
 * build: half the sources have 20,000 candidate occurrences each to compare, and that is the
 * cost; counting code points from the start of the text for each source, as a first version
 * did, took 16 s here.
 */

#define G_LOG_DOMAIN "bench-anchor"

#include "config.h"

#include <string.h>

#include "atlas-bench.h"

#include "atlas-anchor.h"

#define RUNS       5
#define N_PARAS    20000
#define N_SOURCES  1000
#define BUDGET_S   8.0

typedef struct
{
  char  *quote;
  char  *prefix;
  char  *suffix;
  guint  start;
} Source;

int
main (int   argc,
      char *argv[])
{
  GString *str = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_autofree char *edited = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (9);
  Source *sources = g_new0 (Source, N_SOURCES);
  double times[RUNS];
  guint n_moved = 0, n_orphaned = 0;
  Stats stats;

  for (guint i = 0; i < N_PARAS; i++)
    g_string_append_printf (str, "Report %u from حلب: the air raid hit district %u and killed %u people.\n",
                            i, g_rand_int_range (rand, 1, 60), g_rand_int_range (rand, 1, 40));
  text = g_string_free (g_steal_pointer (&str), FALSE);
  edited = g_strconcat ("An editor's note was added here. ", text, NULL);

  for (guint s = 0; s < N_SOURCES; s++)
    {
      guint para = g_rand_int_range (rand, 0, N_PARAS);
      g_autofree char *marker = g_strdup_printf ("Report %u from", para);
      const char *at = strstr (text, marker);
      const char *from = s % 2 ? strstr (at, "the air raid") : at;
      const char *to = s % 2 ? from + strlen ("the air raid") : strchr (at, '\n');

      sources[s].quote = g_strndup (from, to - from);
      sources[s].start = g_utf8_pointer_to_offset (text, from);
      atlas_anchor_context_at (text, from, to, ATLAS_ANCHOR_CONTEXT, &sources[s].prefix, &sources[s].suffix);
    }

  for (guint r = 0; r < RUNS; r++)
    {
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr(AtlasAnchorText) index = atlas_anchor_text_new (edited);

      n_moved = n_orphaned = 0;
      for (guint s = 0; s < N_SOURCES; s++)
        {
          guint start, end;
          AtlasAnchorState state = atlas_anchor_text_find (index, sources[s].quote, sources[s].prefix, sources[s].suffix,
                                                           sources[s].start, &start, &end);

          n_moved += state == ATLAS_ANCHOR_MOVED;
          n_orphaned += state == ATLAS_ANCHOR_ORPHANED;
        }
      times[r] = (g_get_monotonic_time () - t0) / 1e6;
    }

  stats = stats_of (times, RUNS);
  g_print ("re-anchoring %u sources in a text of %zu bytes: median %.3f s (min %.3f, max %.3f); %u moved, %u orphaned\n",
           N_SOURCES, strlen (edited), stats.median, stats.min, stats.max, n_moved, n_orphaned);

  for (guint s = 0; s < N_SOURCES; s++)
    {
      g_free (sources[s].quote);
      g_free (sources[s].prefix);
      g_free (sources[s].suffix);
    }
  g_free (sources);

  return stats.median > BUDGET_S ? 1 : 0;
}

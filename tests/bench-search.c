/* bench-search.c: how search keeps up with typing, from 1,000 to 100,000 events
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run with: meson test -C _build --benchmark search -v
 *
 * Builds a synthetic KB in memory: 400 places with Arabic-like names, aliases and Arabic
 * names, and events whose titles and summaries mix a few hundred English words, place names
 * and numbers, each at one to three places. Times, separately, building the search index
 * (which the app does at load), then every keystroke of a few queries typed letter by
 * letter ("K", "Kh", "Kha", …), each a call to atlas_kb_search_full() for the first 50
 * results and the count, as the search entry does. Reports the median time per keystroke,
 * with min and max, over RUNS runs. The budget (exit status 1) is a median keystroke over
 * 50 ms at 100,000 events.
 */

#define G_LOG_DOMAIN "bench-search"

#include "config.h"

#include "atlas-bench.h"

#include "atlas-kb.h"
#include "atlas-search.h"

#define RUNS      5
#define N_PLACES  400
#define BUDGET_MS 50.0

static const char *queries[] = {
  "Khan Tuman", "Bustan al Basha", "bombardment Aleppo", "as-Sakhour raids", "hospital",
  "Qatarji", "بستان الباشا", "civilians killed 12",
};

static const char *syllables[] = {
  "bus", "tan", "ba", "sha", "kha", "tou", "man", "sa", "khour", "qa", "ter", "ji", "mar", "jeh",
  "ha", "ma", "da", "ni", "yeh", "ta", "riq", "bab", "sal", "heen", "az", "zi", "ke", "ram",
};

static const char *arabic[] = { "بستان", "الباشا", "خان", "طومان", "الصاخور", "كرم", "القاطرجي", "المرجة" };

static const char *words[] = {
  "air", "raid", "raids", "strike", "strikes", "shelling", "bombardment", "barrel", "bombs", "hit",
  "killed", "wounded", "civilians", "children", "fighters", "hospital", "school", "market", "convoy",
  "aid", "trucks", "rebels", "regime", "forces", "advance", "siege", "eastern", "western", "northern",
  "southern", "district", "neighbourhood", "overnight", "morning", "Russian", "Syrian", "warplanes",
  "rescuers", "rubble", "ceasefire", "truce", "talks", "envoy", "evacuation", "buses", "crossing",
  "residents", "fled", "reported", "according", "Observatory", "monitor", "activists", "medical",
  "workers", "dozens", "hundreds", "least", "Aleppo", "Idlib", "Hama", "Damascus", "city", "town",
};

static const char *types[] = { "bombardment", "ground-fighting", "humanitarian", "evacuation",
                               "ceasefire", "diplomacy", "statement" };

static char *
place_name (GRand    *rand,
            gboolean  article)
{
  GString *name = g_string_new (article ? "al-" : NULL);
  guint n = g_rand_int_range (rand, 2, 4);

  for (guint i = 0; i < n; i++)
    g_string_append (name, syllables[g_rand_int_range (rand, 0, G_N_ELEMENTS (syllables))]);
  name->str[article ? 3 : 0] = g_ascii_toupper (name->str[article ? 3 : 0]);

  return g_string_free (name, FALSE);
}

static void
append_words (GString *json,
              GRand   *rand,
              guint    n,
              char   **places)
{
  for (guint i = 0; i < n; i++)
    {
      guint pick = g_rand_int_range (rand, 0, 20);

      if (i > 0)
        g_string_append_c (json, ' ');
      if (pick == 0)
        g_string_append (json, places[g_rand_int_range (rand, 0, N_PLACES)]);
      else if (pick == 1)
        g_string_append_printf (json, "%d", g_rand_int_range (rand, 1, 1000));
      else
        g_string_append (json, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
    }
}

static GBytes *
generate_kb (guint n_events)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2016);
  GString *json = g_string_sized_new (n_events * 400);
  char *places[N_PLACES];

  g_string_append (json,
                   "{\"format\": \"aleppo-atlas-kb\", \"version\": 1, \"title\": \"synthetic\","
                   " \"articles\": [{\"id\": \"a\", \"title\": \"t\", \"outlet\": \"o\", \"published\": \"2016-10-02\","
                   " \"text\": \"abc\"}], \"places\": [");

  for (guint i = 0; i < N_PLACES; i++)
    {
      g_autofree char *alias = place_name (rand, FALSE);

      /* A few real names, so that the queries find something */
      static const char *real[] = { "Khan Touman", "Bustan al-Basha", "as-Sakhour", "Karm al-Qaterji" };

      places[i] = i < G_N_ELEMENTS (real) ? g_strdup (real[i]) : place_name (rand, i % 2);
      g_string_append_printf (json,
                              "%s{\"id\": \"p%u\", \"name\": \"%s\", \"name_ar\": \"%s %s\", \"aliases\": [\"%s\"],"
                              " \"kind\": \"neighbourhood\", \"precision\": \"centroid\", \"lat\": 36.2, \"lon\": 37.1}",
                              i ? "," : "", i, places[i],
                              arabic[g_rand_int_range (rand, 0, G_N_ELEMENTS (arabic))],
                              arabic[g_rand_int_range (rand, 0, G_N_ELEMENTS (arabic))], alias);
    }

  g_string_append (json, "], \"events\": [");
  for (guint i = 0; i < n_events; i++)
    {
      guint n_places = g_rand_int_range (rand, 1, 4);

      g_string_append_printf (json, "%s{\"id\": \"e%u\", \"date\": \"2016-%02d-%02d\", \"date_precision\": \"day\","
                              " \"type\": \"%s\", \"title\": \"",
                              i ? "," : "", i, g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29),
                              types[g_rand_int_range (rand, 0, G_N_ELEMENTS (types))]);
      append_words (json, rand, g_rand_int_range (rand, 4, 10), places);
      g_string_append (json, "\", \"summary\": \"");
      append_words (json, rand, g_rand_int_range (rand, 12, 30), places);
      g_string_append (json, "\", \"places\": [");
      for (guint p = 0; p < n_places; p++)
        g_string_append_printf (json, "%s\"p%u\"", p ? ", " : "", g_rand_int_range (rand, 0, N_PLACES));
      g_string_append (json, "], \"sources\": [{\"article\": \"a\", \"start\": 0, \"end\": 1, \"quote\": \"a\"}]}");
    }
  g_string_append (json, "], \"casualties\": []}");

  for (guint i = 0; i < N_PLACES; i++)
    g_free (places[i]);

  return g_string_free_to_bytes (json);
}

typedef struct
{
  double load_ms;
  double index_ms;
  Stats  keystroke_ms;
  guint  n_keystrokes;
} Result;

static Result
run (guint n_events)
{
  g_autoptr(GBytes) bytes = generate_kb (n_events);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasKb) kb = NULL;
  Result result = { 0, };
  gint64 start;

  start = g_get_monotonic_time ();
  kb = atlas_kb_new_from_bytes (bytes, "synthetic.json", NULL, &error);
  g_assert_no_error (error);
  result.load_ms = (g_get_monotonic_time () - start) / 1000.0;

  start = g_get_monotonic_time ();
  atlas_kb_prepare_search (kb);
  result.index_ms = (g_get_monotonic_time () - start) / 1000.0;

  for (guint r = 0; r < RUNS; r++)
    for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
      for (const char *end = g_utf8_next_char (queries[q]); ; end = g_utf8_next_char (end))
        {
          g_autofree char *typed = g_strndup (queries[q], end - queries[q]);
          g_autoptr(GListModel) results = NULL;
          guint n_found;
          double ms;

          start = g_get_monotonic_time ();
          results = atlas_kb_search_full (kb, typed, 50, &n_found);
          ms = (g_get_monotonic_time () - start) / 1000.0;
          g_array_append_val (times, ms);

          if (r == 0 && *end == '\0')
            g_print ("    \"%s\": %u found\n", typed, n_found);
          if (*end == '\0')
            break;
        }

  result.n_keystrokes = times->len;
  result.keystroke_ms = stats_of ((double *) times->data, times->len);
  return result;
}

int
main (int   argc,
      char *argv[])
{
  static const guint sizes[] = { 1000, 100000 };
  gboolean over_budget = FALSE;

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      Result result;

      g_print ("%u events:\n", sizes[s]);
      result = run (sizes[s]);
      g_print ("  load (parse) %.1f ms; search index %.1f ms\n", result.load_ms, result.index_ms);
      g_print ("  per keystroke over %u keystrokes: median %.3f ms (min %.3f, max %.3f)\n",
               result.n_keystrokes, result.keystroke_ms.median, result.keystroke_ms.min, result.keystroke_ms.max);

      if (sizes[s] == 100000 && result.keystroke_ms.median > BUDGET_MS)
        {
          g_print ("  over budget: median keystroke over %.0f ms\n", BUDGET_MS);
          over_budget = TRUE;
        }
    }

  return over_budget ? 1 : 0;
}

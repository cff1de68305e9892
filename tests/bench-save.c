/* bench-save.c: saving a KB of 60,000 events (issue 9)
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run with: meson test -C _build --benchmark save -v
 *
 * Builds a synthetic KB in memory: 600 articles of about 3,000 characters (English and Arabic),
 * 400 places (a third with an outline of 40 points), 60,000 events at one or two places with
 * one or two sources, and 20,000 casualty figures. Then, RUNS times each, times
 * atlas_kb_to_bytes() alone and atlas_kb_save() (serialise, write, fsync, backup link, rename,
 * fsync the folder) into a temporary folder, and reports medians with min and max. Memory: the
 * peak resident size (VmHWM) is reset through /proc/self/clear_refs before the saves, so the
 * peak reported is that of saving, not of loading; the growth over the resident size before
 * saving is the save's cost. The budget (exit status 1) is a median save over 2 s.
 *
 * Also the check the window runs after each edit (atlas_kb_check(): written, then read back
 * as --check reads a file), at this size and at the shipped KB's: whole, and the part that
 * stays on the main thread when it runs in a thread (atlas_kb_check_async()).
 */

#define G_LOG_DOMAIN "bench-save"

#include "config.h"

#include <math.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "atlas-bench.h"

#include "atlas-kb.h"
#include "atlas-kb-check.h"
#include "atlas-kb-file.h"
#include "atlas-kb-writer.h"

#define RUNS         7
#define N_ARTICLES   600
#define N_PLACES     400
#define N_EVENTS     60000
#define N_CASUALTIES 20000
#define BUDGET_MS    2000.0

static const char *words[] = {
  "shelling", "Aleppo", "airstrike", "hospital", "civilians", "convoy", "eastern", "district",
  "حلب", "قصف", "مستشفى", "مدنيين", "reported", "monitor", "said", "killed", "rescue", "workers",
};

/* A word of the text, kept to quote: the text is made of words, so that every source quotes
 * whole ones */
static void
append_text (GString *json,
             guint    seed,
             GArray  *word_starts,
             GArray  *word_ends)
{
  guint offset = 0;

  for (guint i = 0; offset < 3000; i++)
    {
      const char *word = words[(seed * 7 + i * 13) % G_N_ELEMENTS (words)];
      guint n = g_utf8_strlen (word, -1);

      if (i > 0)
        {
          g_string_append_c (json, ' ');
          offset++;
        }
      g_array_append_val (word_starts, offset);
      g_string_append (json, word);
      offset += n;
      g_array_append_val (word_ends, offset);
    }
}

static const char *
word_at (guint seed,
         guint i)
{
  return words[(seed * 7 + i * 13) % G_N_ELEMENTS (words)];
}

static void
append_source (GString *json,
               guint    article,
               GArray  *starts,
               GArray  *ends,
               guint    word)
{
  word %= starts->len;
  g_string_append_printf (json, "{\"article\": \"a%u\", \"start\": %u, \"end\": %u, \"quote\": \"%s\"}",
                          article, g_array_index (starts, guint, word), g_array_index (ends, guint, word),
                          word_at (article, word));
}

static AtlasKb *
build_kb (void)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"aleppo-atlas-kb\", \"version\": 1, \"title\": \"bench\","
                                          " \"region\": {\"name\": \"Aleppo\", \"center\": {\"lat\": 36.2, \"lon\": 37.16}},"
                                          " \"articles\": [");
  g_autoptr(GPtrArray) starts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GPtrArray) ends = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  AtlasKb *kb;

  for (guint a = 0; a < N_ARTICLES; a++)
    {
      GArray *s = g_array_new (FALSE, FALSE, sizeof (guint));
      GArray *e = g_array_new (FALSE, FALSE, sizeof (guint));

      g_string_append_printf (json, "%s{\"id\": \"a%u\", \"title\": \"Report %u\", \"outlet\": \"Wire %u\","
                              " \"published\": \"2016-%02u-%02u\", \"url\": \"https://example.org/%u\", \"text\": \"",
                              a ? ", " : "", a, a, a % 40, 1 + a % 12, 1 + a % 28, a);
      append_text (json, a, s, e);
      g_string_append (json, "\"}");
      g_ptr_array_add (starts, s);
      g_ptr_array_add (ends, e);
    }

  g_string_append (json, "], \"places\": [");
  for (guint p = 0; p < N_PLACES; p++)
    {
      double lat = 36.1 + (p % 20) * 0.01234567, lon = 37.05 + (p / 20) * 0.01234567;

      g_string_append_printf (json, "%s{\"id\": \"p%u\", \"name\": \"Place %u\", \"name_ar\": \"مكان %u\","
                              " \"kind\": \"neighbourhood\", \"precision\": \"centroid\", \"lat\": %.6f, \"lon\": %.6f",
                              p ? ", " : "", p, p, p, lat, lon);
      if (p % 3 == 0)
        {
          g_string_append (json, ", \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[");
          for (guint i = 0; i < 40; i++)
            {
              double angle = 2 * G_PI * (i % 39) / 39;

              g_string_append_printf (json, "%s[%.9f, %.9f]", i ? ", " : "",
                                      lon + 0.004 * cos (angle), lat + 0.004 * sin (angle));
            }
          g_string_append (json, "]]}");
        }
      g_string_append (json, "}");
    }

  g_string_append (json, "], \"events\": [");
  for (guint e = 0; e < N_EVENTS; e++)
    {
      guint a = e % N_ARTICLES;

      g_string_append_printf (json, "%s{\"id\": \"e%u\", \"date\": \"2016-%02u-%02u\", \"date_precision\": \"day\","
                              " \"type\": \"bombardment\", \"title\": \"Event %u in Place %u\","
                              " \"summary\": \"Shelling reported near Place %u, a monitor said.\","
                              " \"places\": [\"p%u\"%s], \"actors\": [\"government forces\"], \"sources\": [",
                              e ? ", " : "", e, 1 + e % 12, 1 + (e / 12) % 28, e, e % N_PLACES, e % N_PLACES,
                              e % N_PLACES, e % 2 ? ", \"p1\"" : "");
      append_source (json, a, g_ptr_array_index (starts, a), g_ptr_array_index (ends, a), e);
      if (e % 3 == 0)
        {
          g_string_append (json, ", ");
          append_source (json, (a + 1) % N_ARTICLES, g_ptr_array_index (starts, (a + 1) % N_ARTICLES),
                         g_ptr_array_index (ends, (a + 1) % N_ARTICLES), e + 5);
        }
      g_string_append (json, "]}");
    }

  g_string_append (json, "], \"casualties\": [");
  for (guint c = 0; c < N_CASUALTIES; c++)
    {
      guint e = c * 3, a = e % N_ARTICLES;

      g_string_append_printf (json, "%s{\"id\": \"c%u\", \"event\": \"e%u\", \"killed\": {\"min\": %u}, \"who\": \"civilians\","
                              " \"qualifier\": \"at least\", \"reported_by\": \"a monitor\", \"source\": ",
                              c ? ", " : "", c, e, c % 50);
      append_source (json, a, g_ptr_array_index (starts, a), g_ptr_array_index (ends, a), e + 1);
      g_string_append (json, "}");
    }
  g_string_append (json, "]}");

  bytes = g_string_free_to_bytes (g_steal_pointer (&json));
  kb = atlas_kb_new_from_bytes (bytes, "bench.json", NULL, &error);
  if (kb == NULL)
    g_error ("%s", error->message);
  return kb;
}

/* In kB, from /proc/self/status */
static guint64
read_status_kb (const char *key)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) || !(line = strstr (status, key)))
    return 0;
  return g_ascii_strtoull (line + strlen (key), NULL, 10);
}

/* Linux: writing 5 to clear_refs resets VmHWM to the present resident size */
static gboolean
reset_peak (void)
{
  int fd = g_open ("/proc/self/clear_refs", O_WRONLY, 0);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = write (fd, "5", 1) == 1;
  close (fd);
  return ok;
}

static void
check_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  AtlasProblemMap **map = user_data;

  *map = atlas_kb_check_finish (ATLAS_KB (object), result, NULL);
}

static void
time_check (AtlasKb    *kb,
            const char *name)
{
  double check_ms[RUNS], main_ms[RUNS];
  Stats check, main_thread;

  for (guint r = 0; r < RUNS; r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(AtlasProblemMap) map = atlas_kb_check (kb);
      g_autoptr(AtlasProblemMap) async_map = NULL;

      check_ms[r] = (g_get_monotonic_time () - start) / 1000.0;

      start = g_get_monotonic_time ();
      atlas_kb_check_async (kb, NULL, check_cb, &async_map);
      main_ms[r] = (g_get_monotonic_time () - start) / 1000.0;
      while (async_map == NULL)
        g_main_context_iteration (NULL, TRUE);
    }

  check = stats_of (check_ms, RUNS);
  main_thread = stats_of (main_ms, RUNS);
  g_print ("  atlas_kb_check of %s (after each edit): median %.1f ms (min %.1f, max %.1f); "
           "on the main thread when in a thread: median %.1f ms (min %.1f, max %.1f) over %u runs\n",
           name, check.median, check.min, check.max, main_thread.median, main_thread.min, main_thread.max, RUNS);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AtlasKb) kb = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autofree char *backup = NULL;
  g_autoptr(GFile) file = NULL;
  double serialise_ms[RUNS], save_ms[RUNS];
  guint64 rss_before, hwm_save, hwm_after;
  gboolean peak_reset;
  gsize size = 0;
  Stats serialise, save;

  kb = build_kb ();
  folder = g_dir_make_tmp ("bench-save-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (folder, "kb.json", NULL);
  backup = atlas_file_get_backup_path (path);
  file = g_file_new_for_path (path);

  peak_reset = reset_peak ();
  rss_before = read_status_kb ("VmRSS:");

  for (guint r = 0; r < RUNS; r++)
    {
      gint64 start = g_get_monotonic_time ();

      if (!atlas_kb_save (kb, file, NULL, &error))
        g_error ("%s", error->message);
      save_ms[r] = (g_get_monotonic_time () - start) / 1000.0;
    }

  hwm_save = read_status_kb ("VmHWM:");
  reset_peak ();

  for (guint r = 0; r < RUNS; r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GBytes) bytes = atlas_kb_to_bytes (kb);

      serialise_ms[r] = (g_get_monotonic_time () - start) / 1000.0;
      size = g_bytes_get_size (bytes);
    }

  hwm_after = read_status_kb ("VmHWM:");
  serialise = stats_of (serialise_ms, RUNS);
  save = stats_of (save_ms, RUNS);

  g_print ("%u events, %u casualty figures, %u articles, %u places: %.1f MB written\n",
           N_EVENTS, N_CASUALTIES, N_ARTICLES, N_PLACES, size / 1e6);
  g_print ("  atlas_kb_save (write, fsync, backup, rename, fsync folder): median %.1f ms (min %.1f, max %.1f) over %u runs\n",
           save.median, save.min, save.max, RUNS);
  g_print ("  atlas_kb_to_bytes (in memory, for undo and the async save): median %.1f ms (min %.1f, max %.1f) over %u runs\n",
           serialise.median, serialise.min, serialise.max, RUNS);
  if (peak_reset)
    {
      g_print ("  memory: resident %.1f MB before; peak while saving %.1f MB (+%.1f MB);"
               " peak while writing to memory %.1f MB (+%.1f MB)\n",
               rss_before / 1024.0, hwm_save / 1024.0, (hwm_save - rss_before) / 1024.0,
               hwm_after / 1024.0, (hwm_after - rss_before) / 1024.0);
    }
  else
    g_print ("  memory: peak %.1f MB (the peak could not be reset: it includes loading)\n", hwm_after / 1024.0);

  g_unlink (path);
  g_unlink (backup);
  g_rmdir (folder);

  time_check (kb, "60,000 events");
  {
    g_autofree char *shipped_path = g_build_filename (g_getenv ("G_TEST_SRCDIR") ? g_getenv ("G_TEST_SRCDIR") : ".",
                                                      "..", "data", "aleppo-2016.json", NULL);
    g_autoptr(GFile) shipped_file = g_file_new_for_path (shipped_path);
    g_autoptr(AtlasKb) shipped = atlas_kb_new_from_file (shipped_file, NULL, NULL, NULL);

    if (shipped)
      time_check (shipped, "the shipped KB");
  }

  if (save.median > BUDGET_MS)
    {
      g_print ("  over budget: median save over %.0f ms\n", BUDGET_MS);
      return 1;
    }

  return 0;
}

/* test-crash-save.c: a save killed at any moment leaves the old KB or the new one (issue 9)
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * At least 200 times: start test-crash-save-child, which saves two KBs in turn to one file,
 * kill it with SIGKILL after a random delay, and check that the file is exactly one of the two
 * KBs as written (each of which loads), that the backup FILE~ is too, and that the only other
 * files are FILE.tmp-XXXXXX leftovers of the killed save, which the next save removes.
 *
 * The delays are drawn from a seeded generator; the seed is printed, and ATLAS_CRASH_SEED=N
 * repeats a run. ATLAS_CRASH_RUNS=N changes the number of runs. The delay's range is a few
 * times one save as measured here, so that kills land before, during and between saves on a
 * fast machine or a slow one; nothing is asserted about time.
 */

#define G_LOG_DOMAIN "test-crash-save"

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "atlas-kb-file.h"
#include "atlas-test-kb.h"
#include "atlas-test-written.h"

#define N_RUNS 200

/* A KB of about 250 kB: long articles, many events; @variant changes its title and drops some
 * events, so that the two differ in size and content */
static char *
make_kb_json (guint variant)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_events = variant ? 450 : 600;

  for (guint i = 0; i < 1500; i++)
    g_string_append_printf (text, "Report %u from حلب. ", i);

  g_string_append_printf (json, "{\"format\": \"aleppo-atlas-kb\", \"version\": 1, \"title\": \"Crash test %u\","
                          " \"articles\": [{\"id\": \"a\", \"title\": \"t\", \"outlet\": \"o\", \"published\": \"2016-10-02\","
                          " \"text\": \"%s\"}], \"places\": [], \"casualties\": [], \"events\": [", variant, text->str);
  for (guint i = 0; i < n_events; i++)
    g_string_append_printf (json, "%s{\"id\": \"e%u\", \"date\": \"2016-%02u-%02u\", \"date_precision\": \"day\","
                            " \"type\": \"statement\", \"title\": \"Event %u of variant %u\", \"places\": [],"
                            " \"sources\": [{\"article\": \"a\", \"start\": 0, \"end\": 6, \"quote\": \"Report\"}]}",
                            i ? ", " : "", i, 1 + i % 12, 1 + i % 28, i, variant);
  g_string_append (json, "]}");

  return g_string_free (g_steal_pointer (&json), FALSE);
}

static GBytes *
read_bytes (const char *path)
{
  char *data = NULL;
  gsize length;

  if (!g_file_get_contents (path, &data, &length, NULL))
    return NULL;
  return g_bytes_new_take (data, length);
}

/* 0 for A, 1 for B; fails on anything else */
static guint
assert_a_or_b (const char *path,
               GBytes     *a,
               GBytes     *b,
               guint       run)
{
  g_autoptr(GBytes) bytes = read_bytes (path);

  if (bytes == NULL)
    g_error ("run %u: %s cannot be read", run, path);
  if (g_bytes_equal (bytes, a))
    return 0;
  if (g_bytes_equal (bytes, b))
    return 1;
  g_error ("run %u: %s is neither the old KB nor the new one (%zu bytes)", run, path, g_bytes_get_size (bytes));
  return 2;
}

static guint
count_leftovers (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)))
    {
      if (g_str_has_prefix (name, "kb.json.tmp-") && strlen (name) == strlen ("kb.json.tmp-XXXXXX"))
        n++;
      else if (strcmp (name, "kb.json") != 0 && strcmp (name, "kb.json~") != 0 &&
               strcmp (name, "a.json") != 0 && strcmp (name, "b.json") != 0)
        g_error ("unexpected file %s", name);
    }

  return n;
}

static void
test_crash (void)
{
  g_autofree char *child = g_test_build_filename (G_TEST_BUILT, "test-crash-save-child", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("test-crash-save-XXXXXX", &error);
  g_autofree char *a_path = g_build_filename (folder, "a.json", NULL);
  g_autofree char *b_path = g_build_filename (folder, "b.json", NULL);
  g_autofree char *out_path = g_build_filename (folder, "kb.json", NULL);
  g_autofree char *backup_path = g_strconcat (out_path, "~", NULL);
  g_autofree char *a_json = make_kb_json (0);
  g_autofree char *b_json = make_kb_json (1);
  g_autoptr(AtlasKb) kb_a = atlas_test_load_string (a_json);
  g_autoptr(AtlasKb) kb_b = atlas_test_load_string (b_json);
  g_autoptr(GBytes) a = atlas_kb_to_bytes (kb_a);
  g_autoptr(GBytes) b = atlas_kb_to_bytes (kb_b);
  g_autoptr(GFile) out = g_file_new_for_path (out_path);
  g_autoptr(GRand) rand = NULL;
  const char *env;
  guint32 seed;
  guint n_runs = N_RUNS, seen[2] = { 0, 0 }, with_leftovers = 0;
  gint64 start, save_us;

  g_assert_no_error (error);
  g_assert_true (g_file_test (child, G_FILE_TEST_IS_EXECUTABLE));

  /* Both KBs as written load, and differ */
  {
    g_autoptr(AtlasKb) again_a = atlas_test_load_written (a);
    g_autoptr(AtlasKb) again_b = atlas_test_load_written (b);

    g_assert_false (g_bytes_equal (a, b));
  }

  g_assert_true (g_file_set_contents (a_path, a_json, -1, &error));
  g_assert_true (g_file_set_contents (b_path, b_json, -1, &error));

  start = g_get_monotonic_time ();
  g_assert_true (atlas_kb_save (kb_a, out, NULL, &error));
  g_assert_no_error (error);
  save_us = MAX (g_get_monotonic_time () - start, 1000);

  seed = (env = g_getenv ("ATLAS_CRASH_SEED")) ? (guint32) g_ascii_strtoull (env, NULL, 10) : g_test_rand_int ();
  if ((env = g_getenv ("ATLAS_CRASH_RUNS")))
    n_runs = g_ascii_strtoull (env, NULL, 10);
  rand = g_rand_new_with_seed (seed);
  g_test_message ("seed %u (ATLAS_CRASH_SEED=%u repeats it), %u runs, one save took %" G_GINT64_FORMAT " us",
                  seed, seed, n_runs, save_us);

  for (guint run = 0; run < n_runs; run++)
    {
      const char *argv[] = { child, a_path, b_path, out_path, NULL };
      GPid pid;
      int out_fd, status;
      char ready;
      guint delay = g_rand_int_range (rand, 0, 4 * save_us);
      guint n_leftovers;

      g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                &pid, NULL, &out_fd, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (read (out_fd, &ready, 1), ==, 1);
      close (out_fd);

      g_usleep (delay);
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_spawn_close_pid (pid);
      g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);

      seen[assert_a_or_b (out_path, a, b, run)]++;
      if (g_file_test (backup_path, G_FILE_TEST_EXISTS))
        assert_a_or_b (backup_path, a, b, run);
      n_leftovers = count_leftovers (folder);
      /* At most the new file and the backup's link of the one save that was killed */
      g_assert_cmpuint (n_leftovers, <=, 2);
      with_leftovers += n_leftovers > 0;
    }

  g_test_message ("the file was the first KB after %u kills, the second after %u; %u kills left temporary files",
                  seen[0], seen[1], with_leftovers);

  /* The next save cleans up */
  g_assert_true (atlas_kb_save (kb_b, out, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_leftovers (folder), ==, 0);
  g_assert_cmpuint (assert_a_or_b (out_path, a, b, n_runs), ==, 1);

  g_unlink (a_path);
  g_unlink (b_path);
  g_unlink (out_path);
  g_unlink (backup_path);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

static int
run_upgrade (const char *exe,
             const char *input,
             const char *output,
             GRand      *rand,
             gint64      max_delay_us)
{
  const char *argv[] = { exe, "--upgrade", input, "-o", output, NULL };
  g_autoptr(GError) error = NULL;
  GPid pid;
  int status;

  g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL,
                 NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  if (rand)
    {
      g_usleep (g_rand_int_range (rand, 0, max_delay_us));
      kill (pid, SIGKILL);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  return status;
}

/* The app itself, `aleppo-atlas --upgrade A -o OUT` then B, killed at random: OUT is always A
 * or B as written */
static void
test_upgrade_killed (void)
{
  const char *exe = g_getenv ("ATLAS_EXE");
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  char *paths[2] = { NULL, NULL };
  g_autofree char *out_path = NULL;
  g_autofree char *backup_path = NULL;
  GBytes *written[2] = { NULL, NULL };
  g_autoptr(GRand) rand = NULL;
  guint32 seed = g_test_rand_int ();
  gint64 start, run_us;
  int status;

  if (exe == NULL)
    {
      g_test_skip ("ATLAS_EXE is not set: the app is not built (-Dgui=false)");
      return;
    }

  folder = g_dir_make_tmp ("test-crash-upgrade-XXXXXX", &error);
  g_assert_no_error (error);
  out_path = g_build_filename (folder, "kb.json", NULL);
  backup_path = g_strconcat (out_path, "~", NULL);
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *json = make_kb_json (i);
      g_autoptr(AtlasKb) kb = atlas_test_load_string (json);
      g_autofree char *name = g_strdup_printf ("%c.json", 'a' + i);

      paths[i] = g_build_filename (folder, name, NULL);
      g_assert_true (g_file_set_contents (paths[i], json, -1, &error));
      written[i] = atlas_kb_to_bytes (kb);
    }

  /* Not killed: it saves the KB as format 2, and says nothing */
  start = g_get_monotonic_time ();
  status = run_upgrade (exe, paths[0], out_path, NULL, 0);
  run_us = g_get_monotonic_time () - start;
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  g_assert_cmpuint (assert_a_or_b (out_path, written[0], written[1], 0), ==, 0);

  rand = g_rand_new_with_seed (seed);
  g_test_message ("seed %u, one run took %" G_GINT64_FORMAT " us", seed, run_us);
  for (guint run = 0; run < 50; run++)
    {
      run_upgrade (exe, paths[run % 2], out_path, rand, MAX (run_us * 3 / 2, 1000));
      assert_a_or_b (out_path, written[0], written[1], run);
      if (g_file_test (backup_path, G_FILE_TEST_EXISTS))
        assert_a_or_b (backup_path, written[0], written[1], run);
      g_assert_cmpuint (count_leftovers (folder), <=, 2);
    }

  status = run_upgrade (exe, paths[1], out_path, NULL, 0);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  g_assert_cmpuint (count_leftovers (folder), ==, 0);
  g_assert_cmpuint (assert_a_or_b (out_path, written[0], written[1], 50), ==, 1);

  for (guint i = 0; i < 2; i++)
    {
      g_unlink (paths[i]);
      g_free (paths[i]);
      g_bytes_unref (written[i]);
    }
  g_unlink (out_path);
  g_unlink (backup_path);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_bug_base ("https://github.com/aleppoatlas/aleppo-atlas/issues/");

  g_test_add_func ("/crash-save/killed-at-random", test_crash);
  g_test_add_func ("/crash-save/upgrade-killed", test_upgrade_killed);

  return g_test_run ();
}

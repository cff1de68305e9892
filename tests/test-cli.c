/* test-cli.c: the aleppo-atlas command itself, as people and scripts run it
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-cli"

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

/* A run can take a while under sanitizers on a busy machine; a hang takes longer */
#define RUN_TIMEOUT_S 90

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

static void
communicated_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Runs aleppo-atlas with @args in @cwd (NULL: here), and fails the test if it does not end */
static void
run_atlas (Run                *run,
           const char         *cwd,
           const char * const *args)
{
  const char *exe = g_getenv ("ATLAS_EXE");
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gboolean timed_out = FALSE;
  guint timeout_id;

  g_assert_nonnull (exe);
  g_ptr_array_add (argv, (gpointer) exe);
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  if (cwd)
    g_subprocess_launcher_set_cwd (launcher, cwd);
  /* The isolated directories GLib gives this test, not the placeholders it leaves in the
   * environment (XDG_CACHE_HOME=/dev/null, where libshumate cannot make its tile cache) */
  g_subprocess_launcher_setenv (launcher, "HOME", g_get_home_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CACHE_HOME", g_get_user_cache_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", g_get_user_config_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);

  timeout_id = g_timeout_add_seconds (RUN_TIMEOUT_S, timeout_cb, &timed_out);
  g_subprocess_communicate_utf8_async (process, NULL, NULL, communicated_cb, &result);
  while (result == NULL && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    {
      g_subprocess_force_exit (process);
      g_test_fail_printf ("aleppo-atlas %s did not end within %d s", args[0], RUN_TIMEOUT_S);
      while (result == NULL)
        g_main_context_iteration (NULL, TRUE);
    }
  else
    g_source_remove (timeout_id);

  g_subprocess_communicate_utf8_finish (process, result, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
  g_test_message ("exit %d; stdout: %s; stderr: %s", run->status, run->out, run->err);
}

static char *
data_path (const char *first,
           ...)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  g_ptr_array_add (parts, (gpointer) g_test_get_dir (G_TEST_DIST));
  va_start (args, first);
  for (const char *part = first; part; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **) parts->pdata);
}

static gboolean display_open;

static gboolean
have_display (void)
{
  if (display_open)
    return TRUE;

  g_test_skip ("no display");
  return FALSE;
}

static void
assert_png (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 10000);
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
}

/* --check on the shipped KB: no problem, and its counts */
static void
test_check_valid (void)
{
  g_autofree char *kb = data_path ("..", "data", "aleppo-2016.json", NULL);
  g_autofree char *expected = g_strdup_printf ("%s: valid: 5 articles, 145 places, 32 events, 8 casualty figures\n", kb);
  const char *args[] = { "--check", kb, NULL };
  g_auto(Run) run = { 0 };

  run_atlas (&run, NULL, args);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpstr (run.err, ==, "");
}

/* --check on a bad file and a good one: the problem in GNU form, naming the file as typed, the
 * good one's summary (in the singular where it is one), and status 1 */
static void
test_check_mixed (void)
{
  g_autofree char *bad_dir = data_path ("data", "bad", NULL);
  g_autofree char *expected_path = data_path ("data", "bad", "duplicate-member.expected", NULL);
  g_autofree char *expected = NULL;
  const char *args[] = { "--check", "duplicate-member.json", "../good/minimal.json", NULL };
  g_auto(Run) run = { 0 };

  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
  run_atlas (&run, bad_dir, args);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, expected);
  g_assert_cmpstr (run.out, ==, "../good/minimal.json: valid: 1 article, 2 places, 2 events, 2 casualty figures\n");
}

/* --check on a valid KB with warnings (format 2: a source re-anchored, one orphaned after its
 * article's text changed): the warnings in GNU form, the summary counts them, and status 0 */
static void
test_check_warnings (void)
{
  g_autofree char *good_dir = data_path ("data", "good", NULL);
  const char *args[] = { "--check", "v2-edited.json", NULL };
  g_auto(Run) run = { 0 };

  run_atlas (&run, good_dir, args);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "v2-edited.json: valid: 1 article, 2 places, 1 event, 1 casualty figure; 2 warnings\n");
  g_assert_true (g_str_has_prefix (run.err, "v2-edited.json:70:5: events[0].sources[0]: warning: re-anchored from 0–55 to 9–64: "));
  g_assert_nonnull (strstr (run.err, "\nv2-edited.json:91:14: casualties[0].source: warning: orphaned: "));
}

/* --check without a file is a usage error */
static void
test_check_no_file (void)
{
  const char *args[] = { "--check", NULL };
  g_auto(Run) run = { 0 };

  run_atlas (&run, NULL, args);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "FILE"));
}

/* --suggest on a seed article, with the embedded KB: JSON lines, needing no display; and without
 * --published, a usage error (issue 9) */
static void
test_suggest (void)
{
  g_autofree char *seed = data_path ("data", "seeds", "004_4bdefc36e3e66ea9.txt", NULL);
  const char *args[] = { "--suggest", seed, "--published", "2016-10-02", NULL };
  const char *no_date[] = { "--suggest", seed, NULL };
  g_auto(Run) run = { 0 };
  g_auto(Run) usage = { 0 };
  g_auto(GStrv) lines = NULL;

  run_atlas (&run, NULL, args);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_str_has_prefix (run.out, "{\"kind\":\"place\",\"start\":25,\"end\":31,\"quote\":\"Aleppo\",\"place\":\"p-aleppo\"}\n"));
  g_assert_nonnull (strstr (run.out, "{\"kind\":\"date\",\"start\":1265,\"end\":1280,\"quote\":\"on 22 September\","
                                     "\"date\":\"2016-09-22\",\"date_precision\":\"day\"}\n"));
  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 18 + 5 + 1 + 1);

  run_atlas (&usage, NULL, no_date);
  g_assert_cmpint (usage.status, ==, 2);
  g_assert_cmpstr (usage.out, ==, "");
  g_assert_nonnull (strstr (usage.err, "--published"));
}

/* --screenshot of the embedded KB with a place selected */
static void
test_screenshot (void)
{
  g_autofree char *dir = g_dir_make_tmp ("atlas-cli-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "shot.png", NULL);
  const char *args[] = { "--screenshot", png, "--select", "p-as-sakhour", NULL };
  g_auto(Run) run = { 0 };

  if (!have_display ())
    return;

  run_atlas (&run, NULL, args);
  g_assert_cmpint (run.status, ==, 0);
  assert_png (png);
  g_assert_cmpint (g_remove (png), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* An id the KB does not have is an error, and says which */
static void
test_screenshot_unknown_id (void)
{
  g_autofree char *dir = g_dir_make_tmp ("atlas-cli-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "shot.png", NULL);
  const char *args[] = { "--screenshot", png, "--select", "p-atlantis", NULL };
  g_auto(Run) run = { 0 };

  if (!have_display ())
    return;

  run_atlas (&run, NULL, args);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "p-atlantis"));
  g_remove (png);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A file that does not load: the picture shows its problems, the problems go to stderr, and
 * the status is 1. This used to wait for a KB forever. */
static void
test_screenshot_bad_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("atlas-cli-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "shot.png", NULL);
  g_autofree char *bad = data_path ("data", "bad", "duplicate-member.json", NULL);
  const char *args[] = { "--screenshot", png, bad, NULL };
  g_auto(Run) run = { 0 };

  if (!have_display ())
    return;

  run_atlas (&run, NULL, args);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "duplicate-member.json:62:12: events[0].date: duplicate member"));
  assert_png (png);
  g_assert_cmpint (g_remove (png), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* --export to standard output and, with -o, to a file: the same bytes, no display needed */
static void
test_export (void)
{
  g_autofree char *dir = g_dir_make_tmp ("atlas-cli-XXXXXX", NULL);
  g_autofree char *csv = g_build_filename (dir, "events.csv", NULL);
  g_autofree char *kb = data_path ("data", "good", "minimal.json", NULL);
  g_autofree char *written = NULL;
  const char *to_stdout[] = { "--export", "csv", kb, NULL };
  const char *to_file[] = { "--export", "csv", kb, "-o", csv, NULL };
  g_auto(Run) run = { 0 };
  g_auto(Run) run_file = { 0 };

  run_atlas (&run, NULL, to_stdout);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_str_has_prefix (run.out, "event_id_cnty,event_date,"));
  g_assert_nonnull (strstr (run.out, "\r\ne-barrel-bombs,2016-10-11,2016,1,bombardment,"));

  run_atlas (&run_file, NULL, to_file);
  g_assert_cmpint (run_file.status, ==, 0);
  g_assert_cmpstr (run_file.out, ==, "");
  g_assert_true (g_file_get_contents (csv, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, run.out);
  g_assert_cmpint (g_remove (csv), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* --export with a format it does not know (status 2) or a bad KB (status 1): the message
 * names what was wrong, and nothing is written */
static void
test_export_errors (void)
{
  g_autofree char *kb = data_path ("data", "good", "minimal.json", NULL);
  const char *bad_format[] = { "--export", "kml", kb, NULL };
  const char *bad_kb[] = { "--export", "geojson", "duplicate-member.json", NULL };
  const char *no_kb[] = { "--export", "geojson", NULL };
  g_autofree char *bad_dir = data_path ("data", "bad", NULL);
  g_auto(Run) run = { 0 };
  g_auto(Run) run_bad = { 0 };
  g_auto(Run) run_none = { 0 };

  run_atlas (&run, NULL, bad_format);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "kml"));

  run_atlas (&run_bad, bad_dir, bad_kb);
  g_assert_cmpint (run_bad.status, ==, 1);
  g_assert_cmpstr (run_bad.out, ==, "");
  g_assert_nonnull (strstr (run_bad.err, "duplicate-member.json:62:12: events[0].date: duplicate member"));

  run_atlas (&run_none, NULL, no_kb);
  g_assert_cmpint (run_none.status, ==, 2);
  g_assert_cmpstr (run_none.out, ==, "");
  g_assert_nonnull (strstr (run_none.err, "FILE"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  /* Holding a connection keeps an X server that has no other client from resetting between
   * two runs of the app, when a new client can be refused */
  display_open = gtk_init_check ();

  g_test_add_func ("/cli/check-valid", test_check_valid);
  g_test_add_func ("/cli/check-mixed", test_check_mixed);
  g_test_add_func ("/cli/check-no-file", test_check_no_file);
  g_test_add_func ("/cli/check-warnings", test_check_warnings);
  g_test_add_func ("/cli/suggest", test_suggest);
  g_test_add_func ("/cli/export", test_export);
  g_test_add_func ("/cli/export-errors", test_export_errors);
  g_test_add_func ("/cli/screenshot", test_screenshot);
  g_test_add_func ("/cli/screenshot-unknown-id", test_screenshot_unknown_id);
  g_test_add_func ("/cli/screenshot-bad-file", test_screenshot_bad_file);

  return g_test_run ();
}

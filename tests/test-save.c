/* test-save.c: saving never loses anything, and recovery copies (issue 9)
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-save"

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "atlas-kb-file.h"
#include "atlas-kb-writer.h"
#include "atlas-test-kb.h"
#include "atlas-test-written.h"

typedef struct
{
  char    *folder;
  char    *path;     /* folder/kb.json, not there at first */
  AtlasKb *kb;
  GBytes  *bytes;    /* the KB as written */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *minimal = g_test_build_filename (G_TEST_DIST, "data", "good", "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (minimal);
  g_autoptr(GError) error = NULL;

  f->folder = g_dir_make_tmp ("test-save-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->folder, "kb.json", NULL);
  f->kb = atlas_kb_new_from_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  f->bytes = atlas_kb_to_bytes (f->kb);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->folder, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (f->folder, name, NULL);
      g_autofree char *inner = g_build_filename (path, "kb.json", NULL);

      g_unlink (inner);
      if (g_unlink (path) != 0)
        g_rmdir (path);
    }
  g_rmdir (f->folder);

  g_free (f->folder);
  g_free (f->path);
  g_object_unref (f->kb);
  g_bytes_unref (f->bytes);
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize length;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, length);
}

static void
assert_file_holds (const char *path,
                   GBytes     *expected)
{
  g_autoptr(GBytes) bytes = read_bytes (path);

  g_assert_true (g_bytes_equal (bytes, expected));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in the folder, sorted and joined by spaces */
static char *
list_folder_sorted (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (dir)))
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static gboolean
save (Fixture  *f,
      GError  **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (f->path);

  return atlas_kb_save (f->kb, file, NULL, error);
}

/* A new file: the KB as written, nothing else in the folder, and it loads */
static void
test_new_file (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  g_autoptr(AtlasKb) again = NULL;

  g_assert_true (save (f, &error));
  g_assert_no_error (error);
  assert_file_holds (f->path, f->bytes);
  names = list_folder_sorted (f->folder);
  g_assert_cmpstr (names, ==, "kb.json");

  again = atlas_test_load_written (f->bytes);
  atlas_test_assert_kbs_equal (f->kb, again);
}

/* A KB of several chunks is streamed to the file: the same bytes as in memory */
static void
test_large (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(AtlasKb) kb = atlas_test_dense_kb (5000);
  g_autoptr(GBytes) bytes = atlas_kb_to_bytes (kb);
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_bytes_get_size (bytes), >, 1024 * 1024);
  g_assert_true (atlas_kb_save (kb, file, NULL, &error));
  g_assert_no_error (error);
  assert_file_holds (f->path, bytes);
}

/* Over an old file: the old one is kept as FILE~, with its permissions carried over */
static void
test_backup (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GBytes) old = g_bytes_new_static ("old contents\n", 13);
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = g_strconcat (f->path, "~", NULL);
  g_autofree char *names = NULL;
  g_autofree char *computed = atlas_file_get_backup_path (f->path);
  struct stat st;

  g_assert_cmpstr (computed, ==, backup);
  g_assert_true (g_file_set_contents (f->path, "old contents\n", -1, &error));
  g_assert_cmpint (g_chmod (f->path, 0640), ==, 0);

  g_assert_true (save (f, &error));
  g_assert_no_error (error);
  assert_file_holds (f->path, f->bytes);
  assert_file_holds (backup, old);
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);
  names = list_folder_sorted (f->folder);
  g_assert_cmpstr (names, ==, "kb.json kb.json~");

  /* Saved again: the backup is the previous save */
  g_assert_true (g_file_set_contents (f->path, "second\n", -1, &error));
  g_assert_true (save (f, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GBytes) second = g_bytes_new_static ("second\n", 7);

    assert_file_holds (backup, second);
  }
  assert_file_holds (f->path, f->bytes);
}

/* A save that cannot write: an error naming the file, and nothing changed or left behind */
static void
test_parent_is_a_file (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *not_a_folder = g_build_filename (f->folder, "plain", NULL);
  g_autofree char *path = g_build_filename (not_a_folder, "kb.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;

  g_assert_true (g_file_set_contents (not_a_folder, "x", -1, &error));
  g_assert_false (atlas_kb_save (f->kb, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
  g_assert_nonnull (strstr (error->message, path));
  names = list_folder_sorted (f->folder);
  g_assert_cmpstr (names, ==, "plain");
}

/* The disk fills up while writing (a file size limit, which stops root too): the old file
 * is untouched, the error names it, and no temporary file is left */
static void
test_disk_full (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GBytes) old = g_bytes_new_static ("old contents\n", 13);
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  struct rlimit saved, limit;
  gboolean ok;

  g_assert_cmpuint (g_bytes_get_size (f->bytes), >, 1024);
  g_assert_true (g_file_set_contents (f->path, "old contents\n", -1, &error));

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limit = saved;
  limit.rlim_cur = 1024;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  ok = save (f, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);

  g_assert_false (ok);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, f->path));
  assert_file_holds (f->path, old);
  names = list_folder_sorted (f->folder);
  g_assert_cmpstr (names, ==, "kb.json");
}

/* The backup cannot be made (FILE~ is a folder that is not empty): the save stops before
 * touching FILE */
static void
test_backup_fails (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GBytes) old = g_bytes_new_static ("old contents\n", 13);
  g_autofree char *backup = g_strconcat (f->path, "~", NULL);
  g_autofree char *inside = g_build_filename (backup, "kb.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;

  g_assert_true (g_file_set_contents (f->path, "old contents\n", -1, &error));
  g_assert_cmpint (g_mkdir (backup, 0700), ==, 0);
  g_assert_true (g_file_set_contents (inside, "x", -1, &error));

  g_assert_false (save (f, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, backup));
  assert_file_holds (f->path, old);
  names = list_folder_sorted (f->folder);
  g_assert_cmpstr (names, ==, "kb.json kb.json~");
}

/* Leftovers of a save that was killed are removed by the next save; other files stay */
static void
test_leftovers (Fixture       *f,
                gconstpointer  data)
{
  const char *files[] = { "kb.json.tmp-a1B2c3", "kb.json.tmp-zzzzzz", "kb.json.tmp-long-name", "other.json.tmp-a1B2c3" };
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (f->folder, files[i], NULL);

      g_assert_true (g_file_set_contents (path, "{", -1, &error));
    }

  g_assert_true (save (f, &error));
  g_assert_no_error (error);
  names = list_folder_sorted (f->folder);
  g_assert_cmpstr (names, ==, "kb.json kb.json.tmp-long-name other.json.tmp-a1B2c3");
}

/* A save killed after its backup was made leaves FILE~ and FILE as two names of one file. The
 * next save must leave no FILE.tmp-XXXXXX: rename() of one hard link over another of the same
 * file does nothing, which once left the backup's temporary link behind (issue 9, CI) */
static void
test_backup_same_file (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *backup = g_strconcat (f->path, "~", NULL);
  g_autoptr(GBytes) old = g_bytes_new_static ("old contents\n", strlen ("old contents\n"));
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;

  g_assert_true (g_file_set_contents (f->path, "old contents\n", -1, &error));
  g_assert_cmpint (link (f->path, backup), ==, 0);

  g_assert_true (save (f, &error));
  g_assert_no_error (error);
  names = list_folder_sorted (f->folder);
  g_assert_cmpstr (names, ==, "kb.json kb.json~");
  assert_file_holds (f->path, f->bytes);
  assert_file_holds (backup, old);
}

/* A symbolic link: its target gets the KB, and the link stays a link */
static void
test_symlink (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *target = g_build_filename (f->folder, "target.json", NULL);
  g_autoptr(GError) error = NULL;
  struct stat st;

  g_assert_true (g_file_set_contents (target, "old contents\n", -1, &error));
  g_assert_cmpint (symlink ("target.json", f->path), ==, 0);

  g_assert_true (save (f, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_lstat (f->path, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  assert_file_holds (target, f->bytes);
}

static void
on_saved_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (atlas_kb_save_finish (ATLAS_KB (object), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
test_async (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  gboolean done = FALSE;

  atlas_kb_save_async (f->kb, file, NULL, on_saved_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  assert_file_holds (f->path, f->bytes);
}

static void
test_not_local (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_uri ("https://example.org/kb.json");
  g_autoptr(GError) error = NULL;

  g_assert_false (atlas_kb_save (f->kb, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_assert_nonnull (strstr (error->message, "https://example.org/kb.json"));
}

/* Recovery copies: one per KB, found, listed by id, and discarded */
static void
test_recovery (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_build_filename (g_get_user_state_dir (), "aleppo-atlas", "recovery", NULL);
  g_autofree char *found = NULL;
  g_autofree char *other = NULL;
  g_auto(GStrv) ids = NULL;
  g_autoptr(AtlasKb) recovered = NULL;
  g_autoptr(GFile) file = NULL;

  g_assert_null (atlas_kb_find_recovery (f->path));
  ids = atlas_kb_list_recoveries ();
  g_assert_cmpuint (g_strv_length (ids), ==, 0);
  g_clear_pointer (&ids, g_strfreev);

  g_assert_true (atlas_kb_write_recovery (f->kb, f->path, &error));
  g_assert_no_error (error);
  g_assert_true (atlas_kb_write_recovery (f->kb, ATLAS_KB_EMBEDDED_ID, &error));
  g_assert_no_error (error);
  /* Again: replaced, not added */
  g_assert_true (atlas_kb_write_recovery (f->kb, f->path, &error));

  found = atlas_kb_find_recovery (f->path);
  g_assert_nonnull (found);
  g_assert_true (g_str_has_prefix (found, folder));
  g_assert_true (g_str_has_suffix (found, ".json"));
  other = atlas_kb_find_recovery (ATLAS_KB_EMBEDDED_ID);
  g_assert_cmpstr (found, !=, other);
  assert_file_holds (found, f->bytes);

  file = g_file_new_for_path (found);
  recovered = atlas_kb_new_from_file (file, NULL, NULL, NULL);
  g_assert_nonnull (recovered);
  atlas_test_assert_kbs_equal (f->kb, recovered);

  ids = atlas_kb_list_recoveries ();
  g_assert_cmpuint (g_strv_length (ids), ==, 2);
  g_assert_cmpstr (ids[0], ==, f->path);
  g_assert_cmpstr (ids[1], ==, ATLAS_KB_EMBEDDED_ID);
  g_clear_pointer (&ids, g_strfreev);

  g_assert_true (atlas_kb_discard_recovery (f->path, &error));
  g_assert_no_error (error);
  g_assert_null (atlas_kb_find_recovery (f->path));
  g_assert_true (atlas_kb_discard_recovery (f->path, &error));
  ids = atlas_kb_list_recoveries ();
  g_assert_cmpuint (g_strv_length (ids), ==, 1);
  g_assert_cmpstr (ids[0], ==, ATLAS_KB_EMBEDDED_ID);
  g_assert_true (atlas_kb_discard_recovery (ATLAS_KB_EMBEDDED_ID, &error));
  g_assert_null (atlas_kb_find_recovery (ATLAS_KB_EMBEDDED_ID));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_bug_base ("https://github.com/aleppoatlas/aleppo-atlas/issues/");

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/save/new-file", test_new_file);
  ADD ("/save/large", test_large);
  ADD ("/save/backup", test_backup);
  ADD ("/save/parent-is-a-file", test_parent_is_a_file);
  ADD ("/save/disk-full", test_disk_full);
  ADD ("/save/backup-fails", test_backup_fails);
  ADD ("/save/leftovers", test_leftovers);
  ADD ("/save/backup-same-file", test_backup_same_file);
  ADD ("/save/symlink", test_symlink);
  ADD ("/save/async", test_async);
  ADD ("/save/not-local", test_not_local);
  ADD ("/save/recovery", test_recovery);
#undef ADD

  return g_test_run ();
}

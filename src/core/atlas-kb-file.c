/* atlas-kb-file.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-kb-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "atlas-kb-file.h"
#include "atlas-kb-writer.h"

/* Saving never loses anything (issue 9).
 *
 * atlas_file_replace_contents() replaces FILE so that, at every instant, FILE on disk is either
 * the old complete file or the new complete file, even if the program is killed or the machine
 * loses power:
 *
 *  1. Leftovers of a save that was killed (FILE.tmp-XXXXXX, see 3) are removed.
 *  2. The new contents are written to FILE.tmp-XXXXXX in FILE's folder (the same file system, so
 *     that a rename can replace FILE) and fsync()ed. atlas_kb_save() streams the KB into it in
 *     chunks (atlas_kb_write()), so a large KB is never held twice in memory.
 *  3. The old FILE is kept as FILE~ (the backup, in the style of Emacs and GNU cp --backup):
 *     hard-linked to a FILE.tmp-XXXXXX name, which is then renamed over FILE~, so FILE itself
 *     is never moved away. Where the file system has no hard links, the old bytes are copied.
 *  4. FILE.tmp-XXXXXX is renamed over FILE (atomic on POSIX), and the folder is fsync()ed so
 *     that the rename itself survives a power cut.
 *
 * A save killed between 2 and 4 leaves a FILE.tmp-XXXXXX behind: it is never read, and the next
 * save of FILE removes it (step 1). Two programs saving the same FILE at the same moment is not
 * supported (one may remove the other's temporary file, and that save then fails with an error,
 * leaving FILE whole).
 *
 * A symbolic link is followed: its target is replaced and the link kept. The new file gets the
 * old file's permissions, or the default ones (0666 less the umask) for a new file. */

#define TMP_INFIX  ".tmp-"
#define TMP_RANDOM 6

static gboolean
set_io_error (GError     **error,
              int          errsv,
              const char  *path)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
               /* Translators: the first %s is a file name, the second what went wrong */
               _("Could not save “%s”: %s"), name, g_strerror (errsv));
  return FALSE;
}

static gboolean
write_all (int           fd,
           const guint8 *data,
           gsize         length)
{
  while (length > 0)
    {
      gssize n = write (fd, data, MIN (length, G_MAXSSIZE));

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          return FALSE;
        }
      data += n;
      length -= n;
    }

  return TRUE;
}

static gboolean
sync_folder (const char *folder)
{
  int fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  /* Some file systems cannot sync a folder: the data itself is already synced */
  ok = fsync (fd) == 0 || errno == EINVAL || errno == ENOTSUP;
  close (fd);
  return ok;
}

/* Step 1: FILE.tmp-XXXXXX left by a save that was killed */
static void
remove_leftovers (const char *folder,
                  const char *basename)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autofree char *prefix = g_strconcat (basename, TMP_INFIX, NULL);
  gsize prefix_len = strlen (prefix);
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)))
    if (strncmp (name, prefix, prefix_len) == 0 && strlen (name) == prefix_len + TMP_RANDOM)
      {
        g_autofree char *path = g_build_filename (folder, name, NULL);

        g_debug ("Removing %s, left by a save that did not finish", path);
        g_unlink (path);
      }
}

/* What fills a file: on failure, sets *errsv to the errno */
typedef gboolean (*FillFunc) (int       fd,
                              gpointer  data,
                              int      *errsv);

static gboolean
fill_with_bytes (int       fd,
                 gpointer  data,
                 int      *errsv)
{
  gsize length;
  const guint8 *bytes = g_bytes_get_data (data, &length);

  if (write_all (fd, bytes, length))
    return TRUE;
  *errsv = errno;
  return FALSE;
}

typedef struct
{
  int fd;
  int errsv;
} Sink;

static gboolean
write_chunk (const char  *data,
             gsize        length,
             gpointer     user_data,
             GError     **error)
{
  Sink *sink = user_data;

  if (write_all (sink->fd, (const guint8 *) data, length))
    return TRUE;
  sink->errsv = errno;
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (sink->errsv), g_strerror (sink->errsv));
  return FALSE;
}

/* The KB is written straight to the file, a chunk at a time, never whole in memory */
static gboolean
fill_with_kb (int       fd,
              gpointer  data,
              int      *errsv)
{
  Sink sink = { fd, 0 };

  if (atlas_kb_write (data, write_chunk, &sink, NULL))
    return TRUE;
  *errsv = sink.errsv;
  return FALSE;
}

/* Writes a new FILE.tmp-XXXXXX, synced; returns its path */
static char *
write_temporary (const char  *path,
                 FillFunc     fill,
                 gpointer     data,
                 mode_t       mode,
                 gboolean     set_mode,
                 GError     **error)
{
  g_autofree char *tmp = g_strconcat (path, TMP_INFIX "XXXXXX", NULL);
  int fd, errsv = 0;

  if ((fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0666)) < 0)
    {
      set_io_error (error, errno, path);
      return NULL;
    }

  /* g_mkstemp_full() makes it 0600; the new file keeps the old one's permissions */
  if ((set_mode && fchmod (fd, mode) != 0 && (errsv = errno)) ||
      !fill (fd, data, &errsv) ||
      (fsync (fd) != 0 && (errsv = errno)))
    {
      close (fd);
      g_unlink (tmp);
      set_io_error (error, errsv, path);
      return NULL;
    }

  if (close (fd) != 0)
    {
      errsv = errno;
      g_unlink (tmp);
      set_io_error (error, errsv, path);
      return NULL;
    }

  return g_steal_pointer (&tmp);
}

/* Step 3: FILE~ becomes the old FILE, which stays where it is */
static gboolean
make_backup (const char  *path,
             GError     **error)
{
  g_autofree char *backup = atlas_file_get_backup_path (path);
  int errsv = 0;

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      static const char chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
      g_autoptr(GString) link_path = g_string_new (path);

      g_string_append (link_path, TMP_INFIX);
      for (guint i = 0; i < TMP_RANDOM; i++)
        g_string_append_c (link_path, chars[g_random_int_range (0, sizeof chars - 1)]);

      if (link (path, link_path->str) == 0)
        {
          if (g_rename (link_path->str, backup) == 0)
            {
              /* When FILE~ already was FILE (a save killed after this step), rename() does
               * nothing and leaves the link: remove it */
              g_unlink (link_path->str);
              return TRUE;
            }
          errsv = errno;
          g_unlink (link_path->str);
          return set_io_error (error, errsv, backup);
        }

      errsv = errno;
      if (errsv != EEXIST)
        break;
    }

  /* No hard links here (FAT, some network file systems): copy the old bytes */
  if (errsv == EPERM || errsv == ENOTSUP || errsv == EMLINK || errsv == EOPNOTSUPP)
    {
      g_autoptr(GBytes) old = NULL;
      g_autofree char *data = NULL;
      gsize length;

      if (!g_file_get_contents (path, &data, &length, error))
        return FALSE;
      old = g_bytes_new_take (g_steal_pointer (&data), length);
      return atlas_file_replace_contents (backup, old, FALSE, NULL, error);
    }

  return set_io_error (error, errsv, backup);
}

/**
 * atlas_file_get_backup_path:
 * @path: a file's path
 *
 * Returns: (transfer full): where atlas_file_replace_contents() keeps the previous version of
 *   @path: @path followed by "~"
 */
char *
atlas_file_get_backup_path (const char *path)
{
  g_return_val_if_fail (path != NULL, NULL);

  return g_strconcat (path, "~", NULL);
}

static gboolean
replace_file (const char    *path,
              FillFunc       fill,
              gpointer       data,
              gboolean       keep_backup,
              GCancellable  *cancellable,
              GError       **error);

/**
 * atlas_file_replace_contents:
 * @path: the file to write, which may exist
 * @contents: what to write
 * @keep_backup: whether to keep the old file as @path~
 * @cancellable: (nullable): checked before @path is replaced
 * @error: the error, which names the file
 *
 * Replaces @path with @contents so that @path is at every instant the old file or the new one,
 * complete; see the top of this file.
 *
 * Returns: whether @path now holds @contents (on failure, it is as it was)
 */
gboolean
atlas_file_replace_contents (const char    *path,
                             GBytes        *contents,
                             gboolean       keep_backup,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);

  return replace_file (path, fill_with_bytes, contents, keep_backup, cancellable, error);
}

static gboolean
replace_file (const char    *path,
              FillFunc       fill,
              gpointer       data,
              gboolean       keep_backup,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autofree char *target = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *tmp = NULL;
  struct stat st;
  gboolean exists;
  int errsv;

  /* Replace a link's target, not the link */
  if (g_lstat (path, &st) == 0 && S_ISLNK (st.st_mode))
    {
      if (!(target = realpath (path, NULL)))
        return set_io_error (error, errno, path);
      path = target;
    }

  exists = g_stat (path, &st) == 0;
  folder = g_path_get_dirname (path);
  basename = g_path_get_basename (path);

  remove_leftovers (folder, basename);

  if (!(tmp = write_temporary (path, fill, data, exists ? (st.st_mode & 07777) : 0, exists, error)))
    return FALSE;

  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      (exists && keep_backup && !make_backup (path, error)))
    {
      g_unlink (tmp);
      return FALSE;
    }

  if (g_rename (tmp, path) != 0)
    {
      errsv = errno;
      g_unlink (tmp);
      return set_io_error (error, errsv, path);
    }

  if (!sync_folder (folder))
    return set_io_error (error, errno, path);

  return TRUE;
}

/**
 * atlas_kb_save:
 * @kb: the KB
 * @file: where to save it: a local file, which may exist
 * @cancellable: (nullable): a #GCancellable
 * @error: the error, which names the file
 *
 * Saves @kb as KB format version 2 (see atlas_kb_to_bytes()), keeping the previous @file as
 * @file~, so that @file is at every instant the old KB or the new one, complete.
 *
 * Returns: whether @kb was saved
 */
gboolean
atlas_kb_save (AtlasKb       *kb,
               GFile         *file,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (ATLAS_IS_KB (kb), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!(path = g_file_get_path (file)))
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Could not save “%s”: %s"), uri, _("only local files can be saved"));
      return FALSE;
    }

  return replace_file (path, fill_with_kb, kb, TRUE, cancellable, error);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GBytes *bytes = task_data;
  g_autoptr(GError) error = NULL;
  const char *path = g_object_get_data (G_OBJECT (task), "path");

  if (atlas_file_replace_contents (path, bytes, TRUE, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

/**
 * atlas_kb_save_async:
 *
 * Saves @kb as atlas_kb_save() does. The KB is written to memory at once, in the calling
 * thread, so that what is saved is the KB as it is now, even if it is edited while the bytes
 * are written to disk in a worker thread.
 */
void
atlas_kb_save_async (AtlasKb             *kb,
                     GFile               *file,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (ATLAS_IS_KB (kb));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (kb, cancellable, callback, user_data);
  g_task_set_source_tag (task, atlas_kb_save_async);

  if (!(path = g_file_get_path (file)))
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Could not save “%s”: %s"), uri, _("only local files can be saved"));
      return;
    }

  g_object_set_data_full (G_OBJECT (task), "path", g_steal_pointer (&path), g_free);
  g_task_set_task_data (task, atlas_kb_to_bytes (kb), (GDestroyNotify) g_bytes_unref);
  g_task_run_in_thread (task, save_thread);
}

gboolean
atlas_kb_save_finish (AtlasKb       *kb,
                      GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (ATLAS_IS_KB (kb), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, kb), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * atlas_kb_upgrade_file:
 * @input: a KB file, of any version this program reads
 * @output: (nullable): where to save it, or %NULL to replace @input (keeping @input~)
 * @error: why it could not be read or saved
 *
 * Reads a KB and saves it as format version 2, for `aleppo-atlas --upgrade`.
 *
 * Returns: whether it was saved
 */
gboolean
atlas_kb_upgrade_file (const char  *input,
                       const char  *output,
                       GError     **error)
{
  g_autoptr(GFile) in = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(AtlasKb) kb = NULL;

  g_return_val_if_fail (input != NULL, FALSE);

  in = g_file_new_for_commandline_arg (input);
  if (!(kb = atlas_kb_new_from_file (in, NULL, NULL, error)))
    return FALSE;

  out = output ? g_file_new_for_commandline_arg (output) : g_object_ref (in);
  return atlas_kb_save (kb, out, NULL, error);
}

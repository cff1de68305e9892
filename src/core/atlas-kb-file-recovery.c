/* atlas-kb-file-recovery.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-kb-file"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gstdio.h>

#include "atlas-kb-file.h"
#include "atlas-kb-writer.h"

/* Recovery copies (issue 9): edits are kept within a few seconds, and offered back after a
 * crash. A KB's recovery copy is the whole KB in format 2, at
 *
 *   $XDG_STATE_HOME/aleppo-atlas/recovery/HASH.json
 *
 * (~/.local/state by default), where HASH is the SHA-256 of the KB's id: the absolute path of
 * its file, or ATLAS_KB_EMBEDDED_ID for the built-in KB. Beside it, HASH.id holds the id itself,
 * so that the copies can be listed by the KB they belong to. Both are written as a save writes
 * (atlas_file_replace_contents(), without a backup): a crash while writing one leaves the
 * previous copy whole. The .id file is written first, so every copy found has its id. */

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static char *
get_recovery_folder (void)
{
  return g_build_filename (g_get_user_state_dir (), "aleppo-atlas", "recovery", NULL);
}

static char *
get_recovery_base (const char *kb_id)
{
  g_autofree char *folder = get_recovery_folder ();
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, kb_id, -1);

  return g_build_filename (folder, hash, NULL);
}

/**
 * atlas_kb_get_recovery_path:
 * @kb_id: the KB's file's absolute path, or %ATLAS_KB_EMBEDDED_ID
 *
 * Returns: (transfer full): where the KB's recovery copy is kept, whether there is one or not
 */
char *
atlas_kb_get_recovery_path (const char *kb_id)
{
  g_autofree char *base = NULL;

  g_return_val_if_fail (kb_id != NULL, NULL);

  base = get_recovery_base (kb_id);
  return g_strconcat (base, ".json", NULL);
}

/**
 * atlas_kb_write_recovery:
 * @kb: the KB being edited
 * @kb_id: the KB's file's absolute path, or %ATLAS_KB_EMBEDDED_ID
 * @error: the error, which names the file
 *
 * Writes @kb to its recovery copy, replacing any previous one.
 *
 * Returns: whether the copy was written
 */
gboolean
atlas_kb_write_recovery (AtlasKb     *kb,
                         const char  *kb_id,
                         GError     **error)
{
  g_autofree char *folder = get_recovery_folder ();
  g_autofree char *base = NULL;
  g_autofree char *id_path = NULL;
  g_autofree char *json_path = NULL;
  g_autoptr(GBytes) id_bytes = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (ATLAS_IS_KB (kb), FALSE);
  g_return_val_if_fail (kb_id != NULL, FALSE);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int errsv = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                   "%s: %s", folder, g_strerror (errsv));
      return FALSE;
    }

  base = get_recovery_base (kb_id);
  id_path = g_strconcat (base, ".id", NULL);
  json_path = g_strconcat (base, ".json", NULL);
  id_bytes = g_bytes_new (kb_id, strlen (kb_id));
  bytes = atlas_kb_to_bytes (kb);

  return atlas_file_replace_contents (id_path, id_bytes, FALSE, NULL, error) &&
         atlas_file_replace_contents (json_path, bytes, FALSE, NULL, error);
}

/**
 * atlas_kb_find_recovery:
 * @kb_id: the KB's file's absolute path, or %ATLAS_KB_EMBEDDED_ID
 *
 * Returns: (transfer full) (nullable): the path of the KB's recovery copy, or %NULL when it
 *   has none (load it with atlas_kb_new_from_file())
 */
char *
atlas_kb_find_recovery (const char *kb_id)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (kb_id != NULL, NULL);

  path = atlas_kb_get_recovery_path (kb_id);
  return g_file_test (path, G_FILE_TEST_IS_REGULAR) ? g_steal_pointer (&path) : NULL;
}

/**
 * atlas_kb_list_recoveries:
 *
 * Returns: (transfer full): the ids of the KBs that have a recovery copy, sorted, so that the
 *   app can offer them back after a crash
 */
char **
atlas_kb_list_recoveries (void)
{
  g_autofree char *folder = get_recovery_folder ();
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *id_path = NULL;
      g_autofree char *json_path = NULL;
      g_autofree char *stem = NULL;
      char *id = NULL;

      if (!g_str_has_suffix (name, ".id"))
        continue;

      id_path = g_build_filename (folder, name, NULL);
      stem = g_strndup (id_path, strlen (id_path) - strlen (".id"));
      json_path = g_strconcat (stem, ".json", NULL);

      if (g_file_test (json_path, G_FILE_TEST_IS_REGULAR) &&
          g_file_get_contents (id_path, &id, NULL, NULL))
        g_ptr_array_add (ids, id);
    }

  g_ptr_array_sort (ids, compare_strings);
  g_ptr_array_add (ids, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&ids), FALSE);
}

/**
 * atlas_kb_discard_recovery:
 * @kb_id: the KB's file's absolute path, or %ATLAS_KB_EMBEDDED_ID
 * @error: the error
 *
 * Removes the KB's recovery copy, after a save or when the user declines it. Having none is
 * not an error.
 *
 * Returns: whether no recovery copy is left
 */
gboolean
atlas_kb_discard_recovery (const char  *kb_id,
                           GError     **error)
{
  g_autofree char *base = NULL;
  const char *suffixes[] = { ".json", ".id" };

  g_return_val_if_fail (kb_id != NULL, FALSE);

  base = get_recovery_base (kb_id);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (base, suffixes[i], NULL);

      if (g_unlink (path) != 0 && errno != ENOENT)
        {
          int errsv = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                       "%s: %s", path, g_strerror (errsv));
          return FALSE;
        }
    }

  return TRUE;
}

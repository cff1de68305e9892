/* test-crash-save-child.c: saves two KBs in turn to one file, forever, until test-crash-save
 * kills it
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-crash-save"

#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include "atlas-kb-file.h"

static AtlasKb *
load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AtlasKb *kb = atlas_kb_new_from_file (file, NULL, NULL, &error);

  if (kb == NULL)
    g_error ("%s", error->message);
  return kb;
}

/* test-crash-save-child A.json B.json OUT.json: loads A and B, says "r" on standard output
 * once ready, then saves A, B, A, B… to OUT */
int
main (int   argc,
      char *argv[])
{
  g_autoptr(AtlasKb) a = NULL;
  g_autoptr(AtlasKb) b = NULL;
  g_autoptr(GFile) out = NULL;

  if (argc != 4)
    {
      g_printerr ("usage: %s A.json B.json OUT.json\n", argv[0]);
      return 2;
    }

  a = load (argv[1]);
  b = load (argv[2]);
  out = g_file_new_for_path (argv[3]);

  if (write (STDOUT_FILENO, "r", 1) != 1)
    return 1;

  for (guint i = 0;; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!atlas_kb_save (i % 2 ? b : a, out, NULL, &error))
        g_error ("%s", error->message);
    }

  return 0;
}

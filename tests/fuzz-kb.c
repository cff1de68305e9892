/* fuzz-kb.c: libFuzzer target for the KB loader
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "atlas-kb.h"

int LLVMFuzzerInitialize   (int          *argc,
                            char       ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static void
abort_on_log (const char     *domain,
              GLogLevelFlags  level,
              const char     *message,
              gpointer        user_data)
{
  g_printerr ("%s: %s\n", domain ? domain : "", message);

  /* abort(), not a breakpoint trap, so that libFuzzer saves the input */
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A warning or critical from the loader or json-glib is a bug, as a crash is */
  g_log_set_default_handler (abort_on_log, NULL);
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasKb) kb = NULL;

  kb = atlas_kb_new_from_bytes (bytes, "fuzz.json", &problems, &error);

  /* Every failure is explained, and every explanation can be printed */
  g_assert (kb != NULL || (error != NULL && problems->len > 0));
  for (guint i = 0; i < problems->len; i++)
    g_free (atlas_problem_to_string (g_ptr_array_index (problems, i)));

  if (kb)
    {
      GListModel *events = atlas_kb_get_events (kb);
      guint n = g_list_model_get_n_items (events);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(AtlasEvent) event = g_list_model_get_item (events, i);
          g_autofree char *date = atlas_event_format_date (event);

          g_assert (date != NULL);

          g_assert (atlas_event_get_position (event) == i);
          g_assert (atlas_kb_get_casualties_for_event (kb, event) != NULL);
        }
    }

  return 0;
}

/* atlas-test-kb.c: KBs for the tests
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-test"

#include "config.h"

#include <string.h>

#include "atlas-test-kb.h"

/* The KB in @json, which must load without an error */
AtlasKb *
atlas_test_load_string (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  AtlasKb *kb = atlas_kb_new_from_bytes (bytes, "inline.json", NULL, &error);

  g_assert_no_error (error);
  return kb;
}

/* @n_events events over 2016, several a day, a tenth of them of month precision, types in
 * turn bombardment, ground-fighting, humanitarian, statement: for the timeline's density */
AtlasKb *
atlas_test_dense_kb (guint n_events)
{
  static const char *types[] = { "bombardment", "ground-fighting", "humanitarian", "statement" };
  g_autoptr(GString) json = g_string_new (ATLAS_TEST_KB_HEAD " \"casualties\": [], \"events\": [");
  AtlasDate start = atlas_date_from_ymd (2016, 1, 1);

  for (guint i = 0; i < n_events; i++)
    {
      g_autofree char *date = atlas_date_format (start + (i * 366) / n_events);

      g_string_append_printf (json, "%s{\"id\": \"e%u\", \"date\": \"%s\", \"date_precision\": \"%s\", "
                              "\"type\": \"%s\", \"title\": \"event %u\", \"places\": [], "
                              ATLAS_TEST_KB_SOURCE "}",
                              i ? "," : "", i, date, i % 10 == 0 ? "month" : "day", types[i % 4], i);
    }
  g_string_append (json, "]}");
  return atlas_test_load_string (json->str);
}

/* Whether anything listens to @detailed_signal on @session: a view that let go of its session
 * leaves nothing connected */
gboolean
atlas_test_session_has_handlers (AtlasSession *session,
                                 const char   *detailed_signal)
{
  guint signal_id;
  GQuark detail;

  g_assert_true (g_signal_parse_name (detailed_signal, ATLAS_TYPE_SESSION, &signal_id, &detail, TRUE));
  return g_signal_has_handler_pending (session, signal_id, detail, FALSE);
}

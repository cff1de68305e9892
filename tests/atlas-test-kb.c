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

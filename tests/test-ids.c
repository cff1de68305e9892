/* test-ids.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "atlas-ids.h"

/* Ids for what the user adds (issue 9): readable, and never one that is taken */

static void
test_slugify (void)
{
  struct {
    const char *words;
    guint       max;
    const char *slug;
  } cases[] = {
    { "The New Arab: Aleppo!", 48, "the-new-arab-aleppo" },
    { "  2016-10-12 Regime advance  ", 48, "2016-10-12-regime-advance" },
    { "Shi'a militias’ advance", 48, "shia-militias-advance" },
    { "حلب الشرقية", 48, "حلب-الشرقية" },
    { "Hôpital «Al-Quds»", 48, "hôpital-al-quds" },
    { "--- !!! ---", 48, "" },
    { "", 48, "" },
    /* Cut at a word's end */
    { "intense air raids shook aleppo", 20, "intense-air-raids" },
    { "abcdefghijklmnopqrstuvwxyz", 10, "abcdefghij" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *slug = atlas_ids_slugify (cases[i].words, cases[i].max);

      g_test_message ("%s", cases[i].words);
      g_assert_cmpstr (slug, ==, cases[i].slug);
      g_assert_cmpuint (g_utf8_strlen (slug, -1), <=, cases[i].max);
    }
}

static gboolean
in_set (const char *id,
        gpointer    user_data)
{
  return g_hash_table_contains (user_data, id);
}

static void
test_make (void)
{
  g_autoptr(GHashTable) taken = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *empty2 = NULL;

  first = atlas_ids_make ("a", "2016-10-12 The New Arab", in_set, taken);
  g_assert_cmpstr (first, ==, "a-2016-10-12-the-new-arab");
  g_hash_table_add (taken, first);
  second = atlas_ids_make ("a", "2016-10-12 The New Arab", in_set, taken);
  g_assert_cmpstr (second, ==, "a-2016-10-12-the-new-arab-2");
  g_hash_table_add (taken, second);
  third = atlas_ids_make ("a", "2016-10-12 the new ARAB", in_set, taken);
  g_assert_cmpstr (third, ==, "a-2016-10-12-the-new-arab-3");

  empty = atlas_ids_make ("e", "!!", in_set, taken);
  g_assert_cmpstr (empty, ==, "e-1");
  g_hash_table_add (taken, empty);
  empty2 = atlas_ids_make ("e", NULL, in_set, taken);
  g_assert_cmpstr (empty2, ==, "e-2");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ids/slugify", test_slugify);
  g_test_add_func ("/ids/make", test_make);

  return g_test_run ();
}

/* test-search.c: finding places, events and text as people type them
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-search"

#include "config.h"

#include "atlas-search.h"

static AtlasKb *kb;

static AtlasSearchResult *
first_of_kind (GListModel      *results,
               AtlasSearchKind  kind)
{
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(AtlasSearchResult) result = g_list_model_get_item (results, i);

      if (atlas_search_result_get_kind (result) == kind)
        return result;  /* the list keeps it alive */
    }

  return NULL;
}

static const char *
first_place_id (const char *query)
{
  g_autoptr(GListModel) results = atlas_kb_search (kb, query, 50);
  AtlasSearchResult *result = first_of_kind (results, ATLAS_SEARCH_PLACE);

  return result ? atlas_place_get_id (ATLAS_PLACE (atlas_search_result_get_item (result))) : NULL;
}

static void
test_arabic_names (void)
{
  const char *bustan = first_place_id ("Bustan al-Basha");

  g_assert_nonnull (bustan);
  g_assert_cmpstr (first_place_id ("بستان الباشا"), ==, bustan);
  /* Part of a name, and with Arabic short vowels typed in */
  g_assert_cmpstr (first_place_id ("بُستان"), ==, bustan);
}

static char *
first_place_detail (const char *query)
{
  g_autoptr(GListModel) results = atlas_kb_search (kb, query, 50);
  AtlasSearchResult *result = first_of_kind (results, ATLAS_SEARCH_PLACE);

  return result ? g_strdup (atlas_search_result_get_detail (result)) : NULL;
}

/* A place's line under its name says what kind of place it is, in words, then its Arabic name
 * if it has one */
static void
test_place_detail (void)
{
  g_autofree char *bustan = first_place_detail ("Bustan al-Basha");
  g_autofree char *dakkak = first_place_detail ("al-Dakkak hospital");

  g_assert_cmpstr (bustan, ==, "neighbourhood · بستان الباشا");
  g_assert_cmpstr (dakkak, ==, "facility");
}

/* The article's spelling, the map's spelling and OCHA's find the same neighbourhood */
static void
test_alias_spellings (void)
{
  const char *sakhour = first_place_id ("Sakhour");

  g_assert_nonnull (sakhour);
  g_assert_cmpstr (first_place_id ("Sakhur"), ==, sakhour);
  g_assert_cmpstr (first_place_id ("SAKHUR"), ==, sakhour);
  g_assert_cmpstr (first_place_id ("الصاخور"), ==, sakhour);
  g_assert_null (first_place_id ("Atlantis"));
}

static void
test_events_and_text (void)
{
  g_autoptr(GListModel) results = atlas_kb_search (kb, "aid trucks", 50);
  AtlasSearchResult *event = first_of_kind (results, ATLAS_SEARCH_EVENT);
  AtlasSearchResult *article = first_of_kind (results, ATLAS_SEARCH_ARTICLE);
  AtlasSource match;
  g_autofree char *slice = NULL;

  g_assert_nonnull (event);
  g_assert_nonnull (article);

  /* The article match gives the span, in code points, for the reader */
  g_assert_true (atlas_search_result_get_match (article, &match));
  slice = g_utf8_substring (atlas_article_get_text (match.article), match.start, match.end);
  g_assert_cmpstr (slice, ==, "aid trucks");
  g_assert_nonnull (strstr (atlas_search_result_get_detail (article), "aid trucks"));
  g_assert_false (atlas_search_result_get_match (event, &match));
}

/* The names of the places found for @query, in order, comma-separated */
static char *
place_names (const char *query)
{
  g_autoptr(GListModel) results = atlas_kb_search (kb, query, 50);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(AtlasSearchResult) result = g_list_model_get_item (results, i);

      if (atlas_search_result_get_kind (result) == ATLAS_SEARCH_PLACE)
        g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", atlas_search_result_get_title (result));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* Places that start with what was typed come before places that merely contain it, and a
 * whole name before all; the KB's order otherwise */
static void
test_ranking (void)
{
  g_autofree char *sal = place_names ("sal");
  g_autofree char *bab = place_names ("bab");
  g_autofree char *aleppo = place_names ("aleppo");
  g_autofree char *arabic = place_names ("الباشا");

  /* Maysaloon Cemetery comes first in the KB; "sal" is inside its name */
  g_assert_cmpstr (sal, ==, "Salah ad-Deen, as-Salheen, Maysaloon Cemetery");
  /* Names that start with "Bab", then "al-Bab", then "Shababi" */
  g_assert_cmpstr (bab, ==, "Bab al-Maqam, Bab Qinnasrin, Tariq al-Bab, as-Sakan ash-Shababi");
  /* The city before "Aleppo International Airport", "University of Aleppo" and the rest */
  g_assert_true (g_str_has_prefix (aleppo, "Aleppo, "));
  /* A word of an Arabic name */
  g_assert_cmpstr (arabic, ==, "Bustan al-Basha");
}

static void
test_empty_and_limit (void)
{
  g_autoptr(GListModel) empty = atlas_kb_search (kb, "   ", 50);
  g_autoptr(GListModel) limited = atlas_kb_search (kb, "a", 5);

  g_assert_cmpuint (g_list_model_get_n_items (empty), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (limited), ==, 5);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  path = g_test_build_filename (G_TEST_DIST, "..", "data", "aleppo-2016.json", NULL);
  file = g_file_new_for_path (path);
  kb = atlas_kb_new_from_file (file, NULL, NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/search/arabic-names", test_arabic_names);
  g_test_add_func ("/search/ranking", test_ranking);
  g_test_add_func ("/search/place-detail", test_place_detail);
  g_test_add_func ("/search/alias-spellings", test_alias_spellings);
  g_test_add_func ("/search/events-and-text", test_events_and_text);
  g_test_add_func ("/search/empty-and-limit", test_empty_and_limit);

  status = g_test_run ();
  g_clear_object (&kb);
  return status;
}

/* test-search.c: finding places, events and text as people type them
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-search"

#include "config.h"

#include <string.h>

#include "atlas-search.h"
#include "atlas-test-kb.h"

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
  g_assert_nonnull (strstr (atlas_search_result_get_snippet (article), "<b>aid</b> <b>trucks</b>"));
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

/* The id of the first result of @kind for @query, or NULL */
static const char *
first_id (const char      *query,
          AtlasSearchKind  kind)
{
  g_autoptr(GListModel) results = atlas_kb_search (kb, query, 50);
  AtlasSearchResult *result = first_of_kind (results, kind);
  GObject *item = result ? atlas_search_result_get_item (result) : NULL;

  if (item == NULL)
    return NULL;
  if (kind == ATLAS_SEARCH_PLACE)
    return atlas_place_get_id (ATLAS_PLACE (item));
  if (kind == ATLAS_SEARCH_EVENT)
    return atlas_event_get_id (ATLAS_EVENT (item));
  return atlas_article_get_id (ATLAS_ARTICLE (item));
}

/* Whether any result of @query is the place or event @id */
static gboolean
finds (const char *query,
       const char *id)
{
  g_autoptr(GListModel) results = atlas_kb_search (kb, query, 1000);

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(AtlasSearchResult) result = g_list_model_get_item (results, i);
      GObject *item = atlas_search_result_get_item (result);

      if ((ATLAS_IS_PLACE (item) && g_str_equal (atlas_place_get_id (ATLAS_PLACE (item)), id)) ||
          (ATLAS_IS_EVENT (item) && g_str_equal (atlas_event_get_id (ATLAS_EVENT (item)), id)))
        return TRUE;
    }

  return FALSE;
}

/* What issue 7 typed and found nothing for */
static void
test_words_not_strings (void)
{
  g_assert_cmpstr (first_id ("Tariq al Bab", ATLAS_SEARCH_PLACE), ==, "p-tariq-al-bab");
  g_assert_cmpstr (first_id ("Bustan al Basha", ATLAS_SEARCH_PLACE), ==, "p-bustan-al-basha");
  g_assert_cmpstr (first_id ("Bustan-al-Basha", ATLAS_SEARCH_PLACE), ==, "p-bustan-al-basha");
  g_assert_cmpstr (first_id ("bustan   AL-BASHA ", ATLAS_SEARCH_PLACE), ==, "p-bustan-al-basha");
  g_assert_cmpstr (first_id ("al Marjeh", ATLAS_SEARCH_PLACE), ==, "p-al-marjeh");
  g_assert_cmpstr (first_id ("Marjeh", ATLAS_SEARCH_PLACE), ==, "p-al-marjeh");
  g_assert_cmpstr (first_id ("el-Marjeh", ATLAS_SEARCH_PLACE), ==, "p-al-marjeh");
  g_assert_cmpstr (first_id ("al-Aziziyeh", ATLAS_SEARCH_PLACE), ==, "p-al-aziziyeh");
  g_assert_cmpstr (first_id ("العزيزيّة", ATLAS_SEARCH_PLACE), ==, "p-al-aziziyeh");
  g_assert_cmpstr (first_id ("bombardment Aleppo", ATLAS_SEARCH_EVENT), ==, "e-2016-09-22-overnight-bombardment");
}

static void
test_word_order (void)
{
  g_assert_cmpstr (first_id ("Basha Bustan", ATLAS_SEARCH_PLACE), ==, "p-bustan-al-basha");
  g_assert_cmpstr (first_id ("Aleppo bombardment", ATLAS_SEARCH_EVENT), ==, "e-2016-09-22-overnight-bombardment");
  /* Every word must match: one that matches nothing finds nothing */
  g_assert_null (first_id ("Aleppo Atlantis", ATLAS_SEARCH_EVENT));
  g_assert_null (first_id ("Bustan Tuman", ATLAS_SEARCH_PLACE));
}

static void
test_transliterations (void)
{
  g_assert_cmpstr (first_id ("Khan Tuman", ATLAS_SEARCH_PLACE), ==, "p-khan-touman");
  g_assert_cmpstr (first_id ("Khan Tuman", ATLAS_SEARCH_EVENT), ==, "e-2016-09-20-khan-touman-air-raid");
  g_assert_cmpstr (first_id ("Qatarji", ATLAS_SEARCH_PLACE), ==, "p-karm-al-qaterji");
  g_assert_cmpstr (first_id ("Bostan al-Basha", ATLAS_SEARCH_PLACE), ==, "p-bustan-al-basha");
  g_assert_cmpstr (first_id ("Aziziya", ATLAS_SEARCH_PLACE), ==, "p-al-aziziyeh");

  /* Not too far: a finished word does not find longer names */
  g_assert_true (finds ("Hama ", "p-hama"));
  g_assert_false (finds ("Hama ", "p-al-hamdaniyeh-i"));
  g_assert_false (finds ("Hama district", "p-al-hamdaniyeh-i"));
  g_assert_false (finds ("Bob", "p-bab-al-maqam"));
  g_assert_false (finds ("Sakur", "p-as-sakhour"));
  /* but the word being typed finds what it begins */
  g_assert_true (finds ("Hamd", "p-al-hamdaniyeh-i"));
}

/* An event is found by the names of its places, in any of their spellings */
static void
test_events_by_place (void)
{
  const char *raids = "e-2016-10-01-overnight-raids-aleppo";

  g_assert_true (finds ("as-Sakhour", raids));
  g_assert_true (finds ("Al-Sakhour", raids));
  g_assert_true (finds ("الصاخور", raids));
  g_assert_true (finds ("Sakhour raids", raids));
  g_assert_true (finds ("Suleiman al Halabi", raids));
  /* An event in a place that its text does not name */
  g_assert_true (finds ("Marja", "e-2016-09-22-overnight-bombardment"));
  g_assert_true (finds ("Tareeq al-Bab", "e-2016-10-14-airstrikes-eastern-aleppo"));
}

/* Every prefix of a name, as it is typed letter by letter, finds it */
static void
test_typing (void)
{
  const char *name = "Bustan al-Basha";

  for (gsize i = 3; i <= strlen (name); i++)
    {
      g_autofree char *typed = g_strndup (name, i);

      if (!finds (typed, "p-bustan-al-basha"))
        g_error ("\"%s\" does not find Bustan al-Basha", typed);
    }
}

/* The count is of every match, whatever the limit */
static void
test_count (void)
{
  guint all = 0, limited = 0;
  g_autoptr(GListModel) unlimited = atlas_kb_search_full (kb, "Aleppo", G_MAXUINT, &all);
  g_autoptr(GListModel) two = atlas_kb_search_full (kb, "Aleppo", 2, &limited);
  g_autoptr(GListModel) none = atlas_kb_search_full (kb, "Atlantis", 50, &limited);

  g_assert_cmpuint (all, ==, g_list_model_get_n_items (unlimited));
  g_assert_cmpuint (all, >, 10);
  g_assert_cmpuint (g_list_model_get_n_items (two), ==, 2);
  g_assert_cmpuint (limited, ==, 0);
  g_clear_object (&two);
  two = atlas_kb_search_full (kb, "Aleppo", 2, &limited);
  g_assert_cmpuint (limited, ==, all);
}

static char *
snippet_of (const char      *query,
            AtlasSearchKind  kind)
{
  g_autoptr(GListModel) results = atlas_kb_search (kb, query, 50);
  AtlasSearchResult *result = first_of_kind (results, kind);

  return result ? g_strdup (atlas_search_result_get_snippet (result)) : NULL;
}

/* Each result says why it matched: the field, with the matched words marked */
static void
test_snippets (void)
{
  g_autofree char *alias = snippet_of ("Sakhur", ATLAS_SEARCH_PLACE);
  g_autofree char *place = snippet_of ("Sakhoor", ATLAS_SEARCH_PLACE);
  g_autofree char *event = snippet_of ("as-Sakhour", ATLAS_SEARCH_EVENT);
  g_autofree char *title = snippet_of ("Khan Tuman kills", ATLAS_SEARCH_EVENT);
  g_autofree char *arabic = snippet_of ("بستان", ATLAS_SEARCH_PLACE);
  g_autofree char *text = snippet_of ("Tariq al Bab", ATLAS_SEARCH_ARTICLE);
  const char *queries[] = { "a", "al", "Aleppo", "bombardment", "Sakhur", "civilians killed", "UN", "ش" };

  g_assert_cmpstr (alias, ==, "Also known as: <b>Sakhur</b>");
  g_assert_cmpstr (place, ==, "as-<b>Sakhour</b>");
  g_assert_cmpstr (event, ==, "Place: as-<b>Sakhour</b>");
  g_assert_cmpstr (title, ==, "Night air raid on <b>Khan</b> <b>Touman</b> <b>kills</b> medical workers and fighters");
  g_assert_cmpstr (arabic, ==, "Arabic name: <b>بستان</b> الباشا");
  /* Around the match in a long text, on one line */
  g_assert_nonnull (strstr (text, "<b>Tariq</b> al-<b>Bab</b>"));
  g_assert_true (g_str_has_prefix (text, "Text: …"));
  g_assert_null (strchr (text, '\n'));

  /* Always valid markup */
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr(GListModel) results = atlas_kb_search (kb, queries[q], 1000);

      for (guint i = 0; i < g_list_model_get_n_items (results); i++)
        {
          g_autoptr(AtlasSearchResult) result = g_list_model_get_item (results, i);
          g_autofree char *wrapped = g_strdup_printf ("<s>%s</s>", atlas_search_result_get_snippet (result));
          g_autoptr(GMarkupParseContext) context = NULL;
          GMarkupParser parser = { NULL, };
          g_autoptr(GError) error = NULL;

          context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
          g_markup_parse_context_parse (context, wrapped, -1, &error);
          g_assert_no_error (error);
          g_assert_true (strstr (wrapped, "<b>"));
        }
    }
}

/* The position of @id among the results of @query, or -1 */
static int
position_of (const char *query,
             const char *id)
{
  g_autoptr(GListModel) results = atlas_kb_search (kb, query, 1000);

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(AtlasSearchResult) result = g_list_model_get_item (results, i);
      GObject *item = atlas_search_result_get_item (result);

      if ((ATLAS_IS_PLACE (item) && g_str_equal (atlas_place_get_id (ATLAS_PLACE (item)), id)) ||
          (ATLAS_IS_EVENT (item) && g_str_equal (atlas_event_get_id (ATLAS_EVENT (item)), id)))
        return i;
    }

  return -1;
}

/* Among equal matches: places before events; the spelling typed before other spellings;
 * what matches every word in full before what matches the word being typed by its start */
static void
test_ranking_ties (void)
{
  const char *clash = "e-2016-09-21-frontline-clashes-aleppo-hama";

  /* The event's place is named "Hama" as wholly as the place is */
  g_assert_cmpint (position_of ("Hama", "p-hama"), ==, 0);
  g_assert_cmpint (position_of ("as-Sakhour", "p-as-sakhour"), ==, 0);
  g_assert_cmpstr (first_place_id ("Hama"), ==, "p-hama");
  g_assert_cmpstr (first_place_id ("Hamah"), ==, "p-al-hamah");
  g_assert_cmpint (position_of ("Hama", clash), <, position_of ("Hama", "p-al-hamdaniyeh-i"));
  g_assert_cmpint (position_of ("Hama", "p-al-hamdaniyeh-i"), >=, 0);
}

/* Other spellings need words long enough not to meet by chance */
static void
test_short_words (void)
{
  g_assert_true (finds ("Bab ", "p-bab-al-maqam"));
  g_assert_false (finds ("Beb ", "p-bab-al-maqam"));
}

#define INLINE_PLACE(id, name) \
  "{\"id\": \"" id "\", \"name\": \"" name "\", \"kind\": \"neighbourhood\", \"precision\": \"centroid\"," \
  " \"lat\": 36.2, \"lon\": 37.1}"

/* A whole name before a longer one that starts with it, whatever the KB's order; and what
 * the KB's text holds is escaped in the snippet */
static void
test_whole_name_and_escaping (void)
{
  g_autoptr(AtlasKb) inline_kb = atlas_test_load_string (
    "{\"format\": \"aleppo-atlas-kb\", \"version\": 1, \"title\": \"t\","
    " \"articles\": [{\"id\": \"a\", \"title\": \"t\", \"outlet\": \"o\", \"published\": \"2016-10-02\", \"text\": \"abc\"}],"
    " \"places\": [" INLINE_PLACE ("gate", "Bab Sharqi <East> & Co") ", " INLINE_PLACE ("bab", "Bab") ","
    "   " INLINE_PLACE ("babylon", "Babylon") "],"
    " \"events\": [], \"casualties\": []}");
  g_autoptr(GListModel) results = atlas_kb_search (inline_kb, "bab", 10);
  g_autoptr(AtlasSearchResult) first = g_list_model_get_item (results, 0);
  g_autoptr(AtlasSearchResult) second = g_list_model_get_item (results, 1);

  g_assert_cmpstr (atlas_search_result_get_title (first), ==, "Bab");
  g_assert_cmpstr (atlas_search_result_get_snippet (second), ==, "<b>Bab</b> Sharqi &lt;East&gt; &amp; Co");
}

/* Among results as good, places before events, unless the event matches every word in full
 * and the place only begins the word being typed */
static void
test_kinds_and_completeness (void)
{
  g_autoptr(AtlasKb) inline_kb = atlas_test_load_string (
    "{\"format\": \"aleppo-atlas-kb\", \"version\": 1, \"title\": \"t\","
    " \"articles\": [{\"id\": \"a\", \"title\": \"t\", \"outlet\": \"o\", \"published\": \"2016-10-02\", \"text\": \"abc\"}],"
    " \"places\": [" INLINE_PLACE ("babylon", "Babylon") ","
    "   {\"id\": \"bab\", \"name\": \"Old Bab\", \"aliases\": [\"Sharqi Gate\"], \"kind\": \"neighbourhood\","
    "    \"precision\": \"centroid\", \"lat\": 36.2, \"lon\": 37.1}],"
    " \"events\": [{\"id\": \"e\", \"date\": \"2016-10-02\", \"date_precision\": \"day\", \"type\": \"bombardment\","
    "   \"title\": \"Bab Sharqi shelled\", \"places\": [], " ATLAS_TEST_KB_SOURCE "}],"
    " \"casualties\": []}");
  g_autoptr(GListModel) bab = atlas_kb_search (inline_kb, "bab", 10);
  g_autoptr(GListModel) sharqi = atlas_kb_search (inline_kb, "bab sharqi", 10);
  g_autoptr(AtlasSearchResult) bab_first = g_list_model_get_item (bab, 0);
  g_autoptr(AtlasSearchResult) sharqi_first = g_list_model_get_item (sharqi, 0);

  /* The title starts with "Bab", in full; "Babylon" only begins with it */
  g_assert_cmpuint (g_list_model_get_n_items (bab), ==, 3);
  g_assert_cmpint (atlas_search_result_get_kind (bab_first), ==, ATLAS_SEARCH_EVENT);
  /* Both start a name of the place, and a word of the event's title, though the title has
   * both words together */
  g_assert_cmpint (atlas_search_result_get_kind (sharqi_first), ==, ATLAS_SEARCH_PLACE);
}

/* A word being typed is found inside names and titles, not inside running text */
static void
test_inside_words (void)
{
  g_assert_nonnull (first_id ("Observatory", ATLAS_SEARCH_EVENT));
  g_assert_null (first_id ("bservatory", ATLAS_SEARCH_EVENT));
  g_assert_null (first_id ("bservatory", ATLAS_SEARCH_ARTICLE));
  g_assert_cmpstr (first_id ("hababi", ATLAS_SEARCH_PLACE), ==, "p-as-sakan-ash-shababi");
}

static void
test_empty_and_limit (void)
{
  g_autoptr(GListModel) empty = atlas_kb_search (kb, "   ", 50);
  g_autoptr(GListModel) limited = atlas_kb_search (kb, "a", 5);

  g_assert_cmpuint (g_list_model_get_n_items (empty), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (limited), ==, 5);
}

/* An event is found by its type's label: a KB's own label when it declares its types */
static void
test_declared_type_labels (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", "v2-declared-types.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasKb) declared = atlas_kb_new_from_file (file, NULL, NULL, &error);
  g_autoptr(GListModel) results = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  g_assert_no_error (error);
  results = atlas_kb_search (declared, "sit-ins", 50);
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(AtlasSearchResult) result = g_list_model_get_item (results, i);

      if (atlas_search_result_get_kind (result) == ATLAS_SEARCH_EVENT)
        g_ptr_array_add (ids, (gpointer) atlas_event_get_id (ATLAS_EVENT (atlas_search_result_get_item (result))));
    }
  /* Both protests, the sit-in and the march; no shelling */
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_true (g_ptr_array_find_with_equal_func (ids, "e-march-beta", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (ids, "e-sit-in-alpha", g_str_equal, NULL));
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
  g_test_add_func ("/search/words-not-strings", test_words_not_strings);
  g_test_add_func ("/search/word-order", test_word_order);
  g_test_add_func ("/search/transliterations", test_transliterations);
  g_test_add_func ("/search/events-by-place", test_events_by_place);
  g_test_add_func ("/search/typing", test_typing);
  g_test_add_func ("/search/count", test_count);
  g_test_add_func ("/search/snippets", test_snippets);
  g_test_add_func ("/search/ranking-ties", test_ranking_ties);
  g_test_add_func ("/search/short-words", test_short_words);
  g_test_add_func ("/search/whole-name-and-escaping", test_whole_name_and_escaping);
  g_test_add_func ("/search/kinds-and-completeness", test_kinds_and_completeness);
  g_test_add_func ("/search/inside-words", test_inside_words);
  g_test_add_func ("/search/declared-type-labels", test_declared_type_labels);

  status = g_test_run ();
  g_clear_object (&kb);
  return status;
}

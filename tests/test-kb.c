/* test-kb.c: the loader on the shipped KB and on small documents
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-kb"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "atlas-kb.h"
#include "atlas-search.h"
#include "atlas-test-kb.h"

typedef struct
{
  AtlasKb *kb;
} Fixture;

/* Loads a file named relative to tests/, with no problems expected */
static AtlasKb *
load_test_file (const char *relative_path)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, relative_path, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  AtlasKb *kb;

  kb = atlas_kb_new_from_file (file, NULL, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (kb);
  g_assert_cmpuint (problems->len, ==, 0);

  return kb;
}

static void
shipped_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->kb = load_test_file ("../data/aleppo-2016.json");
}

static void
shipped_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_assert_finalize_object (fixture->kb);
}

/* Slices the text by code points the slow, obvious way, independently of the loader */
static char *
slice (AtlasArticle *article,
       guint         start,
       guint         end)
{
  return g_utf8_substring (atlas_article_get_text (article), start, end);
}

static void
assert_source_matches (const AtlasSource *source)
{
  g_autofree char *text = slice (source->article, source->start, source->end);

  g_assert_cmpuint (source->end, >, source->start);
  g_assert_cmpuint (source->end, <=, atlas_article_get_n_chars (source->article));
  g_assert_cmpstr (text, ==, source->quote);
}

static void
test_shipped_quotes (Fixture       *fixture,
                     gconstpointer  data)
{
  GListModel *events = atlas_kb_get_events (fixture->kb);
  GListModel *casualties = atlas_kb_get_casualties (fixture->kb);
  guint n_sources = 0;

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(AtlasEvent) event = g_list_model_get_item (events, i);

      g_assert_cmpuint (atlas_event_get_n_sources (event), >=, 1);
      for (guint s = 0; s < atlas_event_get_n_sources (event); s++, n_sources++)
        assert_source_matches (atlas_event_get_source (event, s));
    }

  for (guint i = 0; i < g_list_model_get_n_items (casualties); i++)
    {
      g_autoptr(AtlasCasualty) casualty = g_list_model_get_item (casualties, i);
      assert_source_matches (atlas_casualty_get_source (casualty));
      n_sources++;
    }

  g_assert_cmpuint (n_sources, >, 0);
}

static void
test_shipped_references (Fixture       *fixture,
                         gconstpointer  data)
{
  AtlasKb *kb = fixture->kb;
  GListModel *events = atlas_kb_get_events (kb);
  GListModel *casualties = atlas_kb_get_casualties (kb);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(AtlasEvent) event = g_list_model_get_item (events, i);

      g_assert_true (atlas_kb_lookup_event (kb, atlas_event_get_id (event)) == event);
      for (guint p = 0; p < atlas_event_get_n_places (event); p++)
        {
          AtlasPlace *place = atlas_event_get_place (event, p);

          g_assert_true (atlas_kb_lookup_place (kb, atlas_place_get_id (place)) == place);
          /* The index by place agrees */
          g_assert_true (g_ptr_array_find (atlas_kb_get_events_for_place (kb, place), event, NULL));
        }
      for (guint s = 0; s < atlas_event_get_n_sources (event); s++)
        {
          AtlasArticle *article = atlas_event_get_source (event, s)->article;

          g_assert_true (atlas_kb_lookup_article (kb, atlas_article_get_id (article)) == article);
          g_assert_true (g_ptr_array_find (atlas_kb_get_events_for_article (kb, article), event, NULL));
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (casualties); i++)
    {
      g_autoptr(AtlasCasualty) casualty = g_list_model_get_item (casualties, i);
      AtlasEvent *event = atlas_casualty_get_event (casualty);

      g_assert_true (atlas_kb_lookup_event (kb, atlas_event_get_id (event)) == event);
      g_assert_true (atlas_kb_lookup_casualty (kb, atlas_casualty_get_id (casualty)) == casualty);
      g_assert_true (g_ptr_array_find (atlas_kb_get_casualties_for_event (kb, event), casualty, NULL));
    }
}

static void
test_shipped_date_order (Fixture       *fixture,
                         gconstpointer  data)
{
  GListModel *events = atlas_kb_get_events (fixture->kb);
  AtlasDate last = 0;

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(AtlasEvent) event = g_list_model_get_item (events, i);

      g_assert_cmpuint (atlas_event_get_date (event), >=, last);
      g_assert_cmpuint (atlas_event_get_position (event), ==, i);
      if (atlas_event_get_end_date (event))
        g_assert_cmpuint (atlas_event_get_end_date (event), >=, atlas_event_get_date (event));
      last = atlas_event_get_date (event);
    }
}

/* Unknown is a valid answer, and shown as such: no invented coordinates */
static void
test_shipped_honest_locations (Fixture       *fixture,
                               gconstpointer  data)
{
  GListModel *places = atlas_kb_get_places (fixture->kb);
  AtlasPlace *hospital = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (places); i++)
    {
      g_autoptr(AtlasPlace) place = g_list_model_get_item (places, i);
      AtlasPrecision precision = atlas_place_get_precision (place);
      gboolean located = atlas_place_get_location (place, NULL, NULL);

      g_assert_cmpint (located, ==, precision != ATLAS_PRECISION_UNKNOWN);
      if (precision == ATLAS_PRECISION_APPROXIMATE)
        g_assert_nonnull (atlas_place_get_note (place));
      if (strstr (atlas_place_get_name (place), "Dakkak"))
        hospital = place;
    }

  g_assert_nonnull (hospital);
  g_assert_cmpint (atlas_place_get_precision (hospital), ==, ATLAS_PRECISION_UNKNOWN);
}

/* Every neighbourhood polygon is usable for hit-testing: it has an interior point */
static void
test_shipped_polygons (Fixture       *fixture,
                       gconstpointer  data)
{
  GListModel *places = atlas_kb_get_places (fixture->kb);
  guint n_polygons = 0;

  for (guint i = 0; i < g_list_model_get_n_items (places); i++)
    {
      g_autoptr(AtlasPlace) place = g_list_model_get_item (places, i);
      AtlasGeometry *geometry = atlas_place_get_geometry (place);
      double lon, lat;

      if (geometry == NULL)
        continue;

      n_polygons++;
      g_assert_true (atlas_geometry_get_interior_point (geometry, &lon, &lat));
      g_assert_true (atlas_geometry_contains (geometry, lon, lat));
    }

  g_assert_cmpuint (n_polygons, >, 100);
}

/* The best place that search finds for @query, by the app's own search rules */
static AtlasPlace *
find_place (AtlasKb    *kb,
            const char *query)
{
  g_autoptr(GListModel) results = atlas_kb_search (kb, query, 50);

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(AtlasSearchResult) result = g_list_model_get_item (results, i);

      if (atlas_search_result_get_kind (result) == ATLAS_SEARCH_PLACE)
        return ATLAS_PLACE (atlas_search_result_get_item (result));
    }

  return NULL;
}

/* The spellings the articles use and the Arabic names find the same neighbourhoods */
static void
test_shipped_names (Fixture       *fixture,
                    gconstpointer  data)
{
  AtlasPlace *sakhur = find_place (fixture->kb, "Sakhur");
  AtlasPlace *bustan = find_place (fixture->kb, "بستان الباشا");
  AtlasPlace *marja = find_place (fixture->kb, "Marja");

  g_assert_nonnull (sakhur);
  g_assert_true (sakhur == find_place (fixture->kb, "as-Sakhour"));
  g_assert_true (sakhur == find_place (fixture->kb, "الصاخور"));
  g_assert_nonnull (bustan);
  g_assert_true (bustan == find_place (fixture->kb, "Bustan al-Basha"));
  g_assert_nonnull (atlas_place_get_geometry (bustan));
  g_assert_nonnull (marja);

  /* The raids of 1–2 October hit Bustan al-Basha (article 004) */
  g_assert_cmpuint (atlas_kb_get_events_for_place (fixture->kb, bustan)->len, >=, 1);
}

/* Recomputes one row of the counts table from the model */
static guint
count_row (AtlasKb    *kb,
           const char *what)
{
  g_auto(GStrv) parts = g_strsplit (what, ": ", 2);
  g_auto(GStrv) keys = parts[1] ? g_strsplit (parts[1], ", ", 2) : NULL;
  GListModel *model;
  guint count = 0;

  if (g_str_equal (what, "articles"))
    return g_list_model_get_n_items (atlas_kb_get_articles (kb));
  if (g_str_equal (what, "places"))
    return g_list_model_get_n_items (atlas_kb_get_places (kb));
  if (g_str_equal (what, "events"))
    return g_list_model_get_n_items (atlas_kb_get_events (kb));
  if (g_str_equal (what, "casualty figures"))
    return g_list_model_get_n_items (atlas_kb_get_casualties (kb));

  if (g_str_equal (what, "places with a polygon") || g_str_equal (parts[0], "places"))
    {
      model = atlas_kb_get_places (kb);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(AtlasPlace) place = g_list_model_get_item (model, i);

          if (keys == NULL)
            count += atlas_place_get_geometry (place) != NULL;
          else
            count += g_str_equal (atlas_place_get_kind (place), keys[0]) &&
                     g_str_equal (atlas_precision_to_string (atlas_place_get_precision (place)), keys[1]);
        }
      return count;
    }

  model = atlas_kb_get_events (kb);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AtlasEvent) event = g_list_model_get_item (model, i);

      if (g_str_equal (what, "event sources (quotes)"))
        count += atlas_event_get_n_sources (event);
      else if (keys != NULL && g_str_equal (parts[0], "events"))
        count += g_str_equal (atlas_event_get_event_type (event), keys[0]) &&
                 g_str_equal (atlas_event_status_to_string (atlas_event_get_status (event)), keys[1]);
      else
        g_error ("The counts table has a row this test does not know: %s", what);
    }

  return count;
}

/* Notes name a report by its outlet and date, which the reader shows, never by the number
 * of its file in data/kb/articles, which it does not: "article 002" (issue 7) */
static void
test_shipped_notes_name_reports (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GRegex) number = g_regex_new ("\\barticles? [0-9]", G_REGEX_CASELESS, 0, NULL);
  GListModel *models[] = { atlas_kb_get_places (fixture->kb), atlas_kb_get_events (fixture->kb),
                           atlas_kb_get_casualties (fixture->kb) };
  guint n_notes = 0;

  for (guint m = 0; m < G_N_ELEMENTS (models); m++)
    for (guint i = 0; i < g_list_model_get_n_items (models[m]); i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (models[m], i);
        const char *note = ATLAS_IS_PLACE (item) ? atlas_place_get_note (ATLAS_PLACE (item))
                         : ATLAS_IS_EVENT (item) ? atlas_event_get_note (ATLAS_EVENT (item))
                         : atlas_casualty_get_note (ATLAS_CASUALTY (item));

        if (note == NULL)
          continue;
        n_notes++;
        if (g_regex_match (number, note, 0, NULL))
          g_error ("a note names a report by number: %s", note);
      }

  g_assert_cmpuint (n_notes, >, 10);
}

/* The counts that data/kb/SOURCES.md gives are the counts of the shipped KB */
static void
test_shipped_counts_match_docs (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "kb", "SOURCES.md", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean in_counts = FALSE;
  guint n_rows = 0;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) cells = NULL;

      if (g_str_has_prefix (lines[i], "## "))
        in_counts = g_str_equal (lines[i], "## Counts");
      if (!in_counts || !g_str_has_prefix (lines[i], "| ") || g_str_has_prefix (lines[i], "| what") ||
          g_str_has_prefix (lines[i], "|---"))
        continue;

      cells = g_strsplit (lines[i], "|", -1);
      if (g_strv_length (cells) != 4)
        continue;

      g_strstrip (cells[1]);
      g_strstrip (cells[2]);
      g_test_message ("%s: the docs say %s", cells[1], cells[2]);
      g_assert_cmpuint (count_row (fixture->kb, cells[1]), ==, g_ascii_strtoull (cells[2], NULL, 10));
      n_rows++;
    }

  g_assert_cmpuint (n_rows, >=, 5);
}

/* Offsets count code points: the base document has Arabic before its second span */
static void
test_code_point_offsets (void)
{
  g_autoptr(AtlasKb) kb = load_test_file ("data/good/bad-input-base.json");
  AtlasCasualty *casualty = atlas_kb_lookup_casualty (kb, "c-27");
  const AtlasSource *source = atlas_casualty_get_source (casualty);
  const char *text = atlas_article_get_text (source->article);
  const char *p = atlas_article_offset_to_pointer (source->article, source->start);

  g_assert_cmpuint (source->start, ==, 56);
  /* More bytes than characters precede it */
  g_assert_cmpuint (p - text, >, source->start);
  g_assert_true (g_str_has_prefix (p, "At least 27 people"));
  g_assert_true (atlas_article_offset_to_pointer (source->article, atlas_article_get_n_chars (source->article)) ==
                 text + strlen (text));
}

/* Optional members written as null are absent: the place with "geometry": null is kept */
static void
test_nulls_as_absent (void)
{
  g_autoptr(AtlasKb) kb = load_test_file ("data/good/nulls-as-absent.json");
  AtlasPlace *bustan = atlas_kb_lookup_place (kb, "p-bustan");
  AtlasEvent *raids = atlas_kb_lookup_event (kb, "e-raids");

  g_assert_cmpuint (g_list_model_get_n_items (atlas_kb_get_places (kb)), ==, 2);
  g_assert_nonnull (bustan);
  g_assert_null (atlas_place_get_geometry (bustan));
  g_assert_cmpuint (atlas_event_get_n_places (raids), ==, 1);
  g_assert_cmpuint (atlas_event_get_end_date (raids), ==, ATLAS_DATE_NONE);
  g_assert_cmpint (atlas_casualty_get_killed (atlas_kb_lookup_casualty (kb, "c-27"))->max, ==, -1);
}

/* Every optional member may be null, and then it is absent: also those read without asking
 * first whether they are there */
static void
test_nulls_everywhere (void)
{
  static const char * const members[][2] = {
    { "articles", "url" },
    { "places", "name_ar" }, { "places", "aliases" }, { "places", "source" }, { "places", "note" },
    { "events", "summary" }, { "events", "note" }, { "events", "actors" }, { "events", "status" },
    { "casualties", "qualifier" }, { "casualties", "note" }, { "casualties", "places" },
    { "casualties", "injured" },
  };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", "nulls-as-absent.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasKb) kb = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;
  JsonObject *root, *region;
  gsize length;
  AtlasEvent *raids;
  AtlasCasualty *figure;
  double lat, lon, zoom;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      JsonObject *item = json_array_get_object_element (json_object_get_array_member (root, members[i][0]), 0);
      json_object_set_null_member (item, members[i][1]);
    }

  /* A region with a centre but a null zoom starts at the city zoom, 13 */
  region = json_object_new ();
  json_object_set_string_member (region, "name", "Somewhere");
  json_object_set_null_member (region, "zoom");
  json_object_set_object_member (root, "region", region);
  json_object_set_object_member (region, "center", json_object_new ());
  json_object_set_double_member (json_object_get_object_member (region, "center"), "lat", 36.2);
  json_object_set_double_member (json_object_get_object_member (region, "center"), "lon", 37.1);

  json_generator_set_root (generator, json_parser_get_root (parser));
  text = json_generator_to_data (generator, &length);
  bytes = g_bytes_new_take (g_steal_pointer (&text), length);
  kb = atlas_kb_new_from_bytes (bytes, "nulls.json", NULL, &error);
  g_assert_no_error (error);

  g_assert_null (atlas_article_get_url (atlas_kb_lookup_article (kb, "a-1")));
  g_assert_null (atlas_place_get_name_ar (atlas_kb_lookup_place (kb, "p-bustan")));
  raids = atlas_kb_lookup_event (kb, "e-raids");
  g_assert_null (atlas_event_get_summary (raids));
  g_assert_cmpint (atlas_event_get_status (raids), ==, ATLAS_EVENT_STATUS_REPORTED);
  figure = atlas_kb_lookup_casualty (kb, "c-27");
  g_assert_null (atlas_casualty_get_qualifier (figure));
  g_assert_cmpuint (atlas_casualty_get_n_places (figure), ==, 0);
  g_assert_false (ATLAS_COUNT_IS_SET (atlas_casualty_get_injured (figure)));

  g_assert_true (atlas_kb_get_region_center (kb, &lat, &lon, &zoom));
  g_assert_cmpfloat (zoom, ==, 13);
}

static void
test_casualty_format (void)
{
  g_autoptr(AtlasKb) kb = load_test_file ("data/good/bad-input-base.json");
  AtlasCasualty *casualty = atlas_kb_lookup_casualty (kb, "c-27");
  g_autofree char *text = atlas_casualty_format (casualty);
  AtlasCount range = { 12, 15 }, exact = { 4, 4 }, none = { -1, -1 };
  g_autofree char *range_text = atlas_count_format (&range);
  g_autofree char *exact_text = atlas_count_format (&exact);

  /* "at least 27" is open-ended: never shown as one invented number */
  g_assert_cmpstr (text, ==, "at least 27 killed (people)");
  g_assert_cmpstr (range_text, ==, "12–15");
  g_assert_cmpstr (exact_text, ==, "4");
  g_assert_null (atlas_count_format (&none));
}

#define TIES_KB \
  "{\"format\": \"aleppo-atlas-kb\", \"version\": 1, \"title\": \"ties\"," \
  " \"articles\": [{\"id\": \"a\", \"title\": \"t\", \"outlet\": \"o\", \"published\": \"2016-10-02\", \"text\": \"abc\"}]," \
  " \"places\": [], \"casualties\": [], \"events\": [" \
  "  {\"id\": \"c\", \"date\": \"2016-10-02\", \"date_precision\": \"day\", \"type\": \"statement\", \"title\": \"c\", \"places\": [], \"sources\": [{\"article\": \"a\", \"start\": 0, \"end\": 1, \"quote\": \"a\"}]}," \
  "  {\"id\": \"a\", \"date\": \"2016-10-02\", \"date_precision\": \"day\", \"type\": \"statement\", \"title\": \"a\", \"places\": [], \"sources\": [{\"article\": \"a\", \"start\": 0, \"end\": 1, \"quote\": \"a\"}]}," \
  "  {\"id\": \"b\", \"date\": \"2016-10-02\", \"date_precision\": \"day\", \"type\": \"statement\", \"title\": \"b\", \"places\": [], \"sources\": [{\"article\": \"a\", \"start\": 0, \"end\": 1, \"quote\": \"a\"}]}," \
  "  {\"id\": \"first\", \"date\": \"2016-08-01\", \"end_date\": \"2016-08-31\", \"date_precision\": \"month\", \"type\": \"statement\", \"title\": \"x\", \"places\": [], \"sources\": [{\"article\": \"a\", \"start\": 1, \"end\": 3, \"quote\": \"bc\"}]}" \
  "]}"

/* Events on the same day keep the order of the file, so stepping through them is stable */
static void
test_ties_stable (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_string (TIES_KB);
  GListModel *events = atlas_kb_get_events (kb);
  const char *expected[] = { "first", "c", "a", "b" };
  AtlasDate oct2;

  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(AtlasEvent) event = g_list_model_get_item (events, i);
      g_assert_cmpstr (atlas_event_get_id (event), ==, expected[i]);
    }

  g_assert_true (atlas_date_parse ("2016-10-02", &oct2));
  g_assert_cmpuint (atlas_kb_find_first_event_on_or_after (kb, oct2), ==, 1);
  g_assert_cmpuint (atlas_kb_find_first_event_on_or_after (kb, oct2 + 1), ==, 4);
  g_assert_cmpuint (atlas_kb_find_first_event_on_or_after (kb, 1), ==, 0);

  {
    g_autofree char *month = atlas_event_format_date (atlas_kb_lookup_event (kb, "first"));
    g_assert_cmpstr (month, ==, "August 2016");
  }
}

static void
test_dates (void)
{
  AtlasDate date;
  g_autofree char *text = NULL;

  g_assert_true (atlas_date_parse ("2016-02-29", &date));
  text = atlas_date_format (date);
  g_assert_cmpstr (text, ==, "2016-02-29");
  g_assert_false (atlas_date_parse ("2016-02-30", &date));
  g_assert_false (atlas_date_parse ("2015-02-29", &date));
  g_assert_false (atlas_date_parse ("2016-9-23", &date));
  g_assert_false (atlas_date_parse ("2016-09-23T00:00", &date));
  g_assert_false (atlas_date_parse ("0000-01-01", &date));
  g_assert_false (atlas_date_parse ("", &date));

  /* What a person types to go to a date: a day, a month or a year */
  g_assert_true (atlas_date_parse_start (" 2016-09 ", &date));
  g_clear_pointer (&text, g_free);
  text = atlas_date_format (date);
  g_assert_cmpstr (text, ==, "2016-09-01");
  g_assert_true (atlas_date_parse_start ("2016", &date));
  g_clear_pointer (&text, g_free);
  text = atlas_date_format (date);
  g_assert_cmpstr (text, ==, "2016-01-01");
  g_assert_true (atlas_date_parse_start ("2016-10-02", &date));
  g_assert_false (atlas_date_parse_start ("2016-13", &date));
  g_assert_false (atlas_date_parse_start ("2016-02-30", &date));
  g_assert_false (atlas_date_parse_start ("16", &date));
  g_assert_false (atlas_date_parse_start ("2016/09", &date));
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  AtlasKb **kb = user_data;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  *kb = atlas_kb_load_file_finish (result, &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
bad_loaded_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GPtrArray **problems = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasKb) kb = atlas_kb_load_file_finish (result, problems, &error);

  g_assert_null (kb);
  g_assert_error (error, ATLAS_KB_ERROR, ATLAS_KB_ERROR_INVALID);
}

/* Loading in a worker thread gives the same model, and the same problems */
static void
test_load_async (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "aleppo-2016.json", NULL);
  g_autofree char *bad_path = g_test_build_filename (G_TEST_DIST, "data", "bad", "impossible-date.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad_path);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(AtlasKb) kb = NULL;

  atlas_kb_load_file_async (file, NULL, loaded_cb, &kb);
  while (kb == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (atlas_kb_get_articles (kb)), ==, 5);

  atlas_kb_load_file_async (bad_file, NULL, bad_loaded_cb, &problems);
  while (problems == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (((AtlasProblem *) g_ptr_array_index (problems, 0))->path, ==, "events[0].date");
}

static void
test_problem_format (void)
{
  g_autoptr(AtlasProblem) full = atlas_problem_new ("kb.json", 3, 7, "events[3].sources[0].end", "too far");
  g_autoptr(AtlasProblem) no_line = atlas_problem_new ("kb.json", 0, 0, "", "file is empty");
  g_autofree char *a = atlas_problem_to_string (full);
  g_autofree char *b = atlas_problem_to_string (no_line);

  g_assert_cmpstr (a, ==, "kb.json:3:7: events[3].sources[0].end: too far");
  g_assert_cmpstr (b, ==, "kb.json: file is empty");
}

/* The rule "an event is at the places it names and at those its figures name", computed here
 * the obvious way and compared with the KB's answers for every event and place */
static gboolean
event_names_place (AtlasKb    *kb,
                   AtlasEvent *event,
                   AtlasPlace *place)
{
  GPtrArray *figures = atlas_kb_get_casualties_for_event (kb, event);

  for (guint p = 0; p < atlas_event_get_n_places (event); p++)
    if (atlas_event_get_place (event, p) == place)
      return TRUE;

  for (guint c = 0; c < figures->len; c++)
    for (guint p = 0; p < atlas_casualty_get_n_places (g_ptr_array_index (figures, c)); p++)
      if (atlas_casualty_get_place (g_ptr_array_index (figures, c), p) == place)
        return TRUE;

  return FALSE;
}

static void
check_events_at_places (AtlasKb *kb)
{
  GListModel *events = atlas_kb_get_events (kb);
  GListModel *places = atlas_kb_get_places (kb);
  guint n_events = g_list_model_get_n_items (events);
  guint n_places = g_list_model_get_n_items (places);

  for (guint j = 0; j < n_places; j++)
    {
      g_autoptr(AtlasPlace) place = g_list_model_get_item (places, j);
      GPtrArray *there = atlas_kb_get_events_for_place (kb, place);
      guint n_there = 0;

      for (guint i = 0; i < n_events; i++)
        {
          g_autoptr(AtlasEvent) event = g_list_model_get_item (events, i);
          gboolean at = event_names_place (kb, event, place);
          GPtrArray *event_places = atlas_kb_get_places_for_event (kb, event);
          guint index;

          g_assert_cmpint (atlas_kb_event_is_at_place (kb, event, place), ==, at);
          g_assert_cmpint (g_ptr_array_find (event_places, place, &index), ==, at);
          /* Each place once */
          if (at)
            for (guint k = index + 1; k < event_places->len; k++)
              g_assert_true (g_ptr_array_index (event_places, k) != place);

          /* The index lists the same events, in date order */
          if (at)
            {
              g_assert_cmpuint (n_there, <, there->len);
              g_assert_true (g_ptr_array_index (there, n_there) == event);
              n_there++;
            }
        }

      g_assert_cmpuint (n_there, ==, there->len);
    }
}

static void
test_shipped_events_at_places (Fixture       *fixture,
                               gconstpointer  data)
{
  check_events_at_places (fixture->kb);
}

static char *
place_ids (GPtrArray *places)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < places->len; i++)
    g_string_append_printf (str, "%s%s", i > 0 ? " " : "", atlas_place_get_id (g_ptr_array_index (places, i)));

  return g_string_free (str, FALSE);
}

static char *
event_ids (GPtrArray *events)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < events->len; i++)
    g_string_append_printf (str, "%s%s", i > 0 ? " " : "", atlas_event_get_id (g_ptr_array_index (events, i)));

  return g_string_free (str, FALSE);
}

#define assert_places_of(kb, event_id, expected) \
  G_STMT_START { \
    g_autofree char *ids_ = place_ids (atlas_kb_get_places_for_event (kb, atlas_kb_lookup_event (kb, event_id))); \
    g_assert_cmpstr (ids_, ==, expected); \
  } G_STMT_END

#define assert_events_at(kb, place_id, expected) \
  G_STMT_START { \
    g_autofree char *ids_ = event_ids (atlas_kb_get_events_for_place (kb, atlas_kb_lookup_place (kb, place_id))); \
    g_assert_cmpstr (ids_, ==, expected); \
  } G_STMT_END

static void
test_events_at_places (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_places_kb ();
  GPtrArray *figures;

  assert_places_of (kb, "e-strikes", "alpha beta");
  /* Gamma only through the figure, after the event's own places */
  assert_places_of (kb, "e-shell", "alpha gamma");
  /* No place of its own; one figure names beta twice, the other no place at all */
  assert_places_of (kb, "e-fighting", "beta");

  assert_events_at (kb, "alpha", "e-strikes e-shell e-evacuation");
  assert_events_at (kb, "beta", "e-strikes e-fighting e-strike-beta");
  assert_events_at (kb, "gamma", "e-shell");
  assert_events_at (kb, "delta", "e-talks");

  g_assert_true (atlas_kb_event_is_at_place (kb, atlas_kb_lookup_event (kb, "e-shell"), atlas_kb_lookup_place (kb, "gamma")));
  g_assert_false (atlas_kb_event_is_at_place (kb, atlas_kb_lookup_event (kb, "e-talks"), atlas_kb_lookup_place (kb, "gamma")));

  /* A figure without places counts where its event happened: nowhere, for e-fighting */
  figures = atlas_kb_get_casualties_for_place (kb, atlas_kb_lookup_place (kb, "beta"));
  g_assert_cmpuint (figures->len, ==, 1);
  g_assert_cmpstr (atlas_casualty_get_id (g_ptr_array_index (figures, 0)), ==, "c-fighter");
  figures = atlas_kb_get_casualties_for_place (kb, atlas_kb_lookup_place (kb, "alpha"));
  g_assert_cmpuint (figures->len, ==, 1);
  g_assert_cmpstr (atlas_casualty_get_id (g_ptr_array_index (figures, 0)), ==, "c-strikes");
  /* and where it did, for c-talks */
  figures = atlas_kb_get_casualties_for_place (kb, atlas_kb_lookup_place (kb, "delta"));
  g_assert_cmpuint (figures->len, ==, 1);
  g_assert_cmpstr (atlas_casualty_get_id (g_ptr_array_index (figures, 0)), ==, "c-talks");

  /* Every item comes from the one article, each once */
  g_assert_cmpuint (atlas_kb_get_events_for_article (kb, atlas_kb_lookup_article (kb, "a1"))->len, ==, 6);
  g_assert_cmpuint (atlas_kb_get_casualties_for_article (kb, atlas_kb_lookup_article (kb, "a1"))->len, ==, 5);
  g_assert_cmpuint (atlas_kb_get_casualties_for_event (kb, atlas_kb_lookup_event (kb, "e-fighting"))->len, ==, 2);

  check_events_at_places (kb);
  g_assert_finalize_object (g_steal_pointer (&kb));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/kb/shipped/quotes", Fixture, NULL, shipped_setup, test_shipped_quotes, shipped_teardown);
  g_test_add ("/kb/shipped/references", Fixture, NULL, shipped_setup, test_shipped_references, shipped_teardown);
  g_test_add ("/kb/shipped/date-order", Fixture, NULL, shipped_setup, test_shipped_date_order, shipped_teardown);
  g_test_add ("/kb/shipped/honest-locations", Fixture, NULL, shipped_setup, test_shipped_honest_locations, shipped_teardown);
  g_test_add ("/kb/shipped/polygons", Fixture, NULL, shipped_setup, test_shipped_polygons, shipped_teardown);
  g_test_add ("/kb/shipped/names", Fixture, NULL, shipped_setup, test_shipped_names, shipped_teardown);
  g_test_add ("/kb/shipped/events-at-places", Fixture, NULL, shipped_setup, test_shipped_events_at_places, shipped_teardown);
  g_test_add ("/kb/shipped/notes-name-reports", Fixture, NULL, shipped_setup, test_shipped_notes_name_reports, shipped_teardown);
  g_test_add ("/kb/shipped/counts-match-docs", Fixture, NULL, shipped_setup, test_shipped_counts_match_docs, shipped_teardown);
  g_test_add_func ("/kb/code-point-offsets", test_code_point_offsets);
  g_test_add_func ("/kb/casualty-format", test_casualty_format);
  g_test_add_func ("/kb/nulls-as-absent", test_nulls_as_absent);
  g_test_add_func ("/kb/nulls-everywhere", test_nulls_everywhere);
  g_test_add_func ("/kb/ties-stable", test_ties_stable);
  g_test_add_func ("/kb/dates", test_dates);
  g_test_add_func ("/kb/load-async", test_load_async);
  g_test_add_func ("/kb/problem-format", test_problem_format);
  g_test_add_func ("/kb/events-at-places", test_events_at_places);

  return g_test_run ();
}

/* test-kb-writer.c: writing a KB as format version 2 (issue 9)
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-kb-writer"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "atlas-kb-private.h"
#include "atlas-kb-writer.h"
#include "atlas-test-kb.h"
#include "atlas-count-words.h"
#include "atlas-test-written.h"

static AtlasKb *
load_path (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AtlasKb *kb = atlas_kb_new_from_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return kb;
}

static void
assert_bytes_equal (GBytes *a,
                    GBytes *b)
{
  if (!g_bytes_equal (a, b))
    {
      g_autofree char *sa = g_strndup (g_bytes_get_data (a, NULL), g_bytes_get_size (a));
      g_autofree char *sb = g_strndup (g_bytes_get_data (b, NULL), g_bytes_get_size (b));

      g_assert_cmpstr (sa, ==, sb);
    }
}

/* Written, read back and written again: the same KB, getter by getter, and the same bytes */
static void
assert_round_trip (AtlasKb *kb)
{
  g_autoptr(GBytes) first = atlas_kb_to_bytes (kb);
  g_autoptr(AtlasKb) again = atlas_test_load_written (first);
  g_autoptr(GBytes) second = atlas_kb_to_bytes (again);

  atlas_test_assert_kbs_equal (kb, again);
  assert_bytes_equal (first, second);
}

static void
test_round_trip_shipped (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "aleppo-2016.json", NULL);
  g_autoptr(AtlasKb) kb = load_path (path);

  assert_round_trip (kb);
}

static void
test_round_trip_good (void)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "data", "good", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autoptr(AtlasKb) kb = NULL;

      if (!g_str_has_suffix (name, ".json"))
        continue;

      g_test_message ("%s", name);
      kb = load_path (path);
      assert_round_trip (kb);
      n++;
    }

  g_assert_cmpuint (n, >=, 3);
}

/* The layout is fixed: member order, indentation, defaults left out, events in file order,
 * unknown members dropped, a final newline */
static void
test_layout (void)
{
  g_autofree char *in = g_test_build_filename (G_TEST_DIST, "data", "writer", "layout-in.json", NULL);
  g_autofree char *out = g_test_build_filename (G_TEST_DIST, "data", "writer", "layout-out.json", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(AtlasKb) kb = load_path (in);
  g_autoptr(GBytes) bytes = atlas_kb_to_bytes (kb);
  g_autofree char *written = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  g_assert_true (g_file_get_contents (out, &expected, NULL, NULL));
  g_assert_cmpstr (written, ==, expected);
  assert_round_trip (kb);
}

/* Strings are UTF-8 as is; quotes, backslashes, control characters and the two characters that
 * end a line in JavaScript are escaped; all read back the same */
static void
test_strings (void)
{
  static const char json[] =
    "{\"format\": \"aleppo-atlas-kb\", \"version\": 1,"
    " \"title\": \"حلب 🚑 \\\"quoted\\\" back\\\\slash\\ttab\\u0001\\u001f\\u007f\\u2028\\u2029\\n\","
    " \"articles\": [{\"id\": \"a-\\u00e9\", \"title\": \"t\", \"outlet\": \"o\", \"published\": \"2016-10-02\","
    "   \"text\": \"قصف 🚑 on \\\"Tuesday\\\"\\u2028next\\r\\nline\\b\\f\"}],"
    " \"places\": [{\"id\": \"p\", \"name\": \"السكري\", \"name_ar\": \"السكري\", \"kind\": \"facility\","
    "   \"precision\": \"unknown\", \"note\": \"👩‍⚕️\"}],"
    " \"events\": [{\"id\": \"e\", \"date\": \"2016-10-01\", \"date_precision\": \"day\", \"type\": \"statement\","
    "   \"title\": \"\\u2029\", \"places\": [\"p\"], \"actors\": [\"\\\"them\\\"\"],"
    "   \"sources\": [{\"article\": \"a-\\u00e9\", \"start\": 4, \"end\": 5, \"quote\": \"🚑\"},"
    "                 {\"article\": \"a-\\u00e9\", \"start\": 9, \"end\": 24, \"quote\": \"\\\"Tuesday\\\"\\u2028next\\r\"}]}],"
    " \"casualties\": []}";
  g_autoptr(AtlasKb) kb = atlas_test_load_string (json);
  g_autoptr(GBytes) bytes = atlas_kb_to_bytes (kb);
  g_autofree char *written = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  g_assert_true (g_utf8_validate (written, -1, NULL));
  g_assert_nonnull (strstr (written, "\"title\": \"حلب 🚑 \\\"quoted\\\" back\\\\slash\\ttab\\u0001\\u001f\x7f\\u2028\\u2029\\n\""));
  g_assert_nonnull (strstr (written, "\"text\": \"قصف 🚑 on \\\"Tuesday\\\"\\u2028next\\r\\nline\\b\\f\""));
  g_assert_nonnull (strstr (written, "\"id\": \"a-é\""));
  g_assert_nonnull (strstr (written, "\"note\": \"👩‍⚕️\""));
  /* Neither U+2028 nor U+2029 is left as is anywhere, not even in a prefix or suffix */
  g_assert_null (strstr (written, "\u2028"));
  g_assert_null (strstr (written, "\u2029"));
  g_assert_nonnull (strstr (written, "\"prefix\": \"قصف \""));
  g_assert_nonnull (strstr (written, "\"suffix\": \"\\nline\\b\\f\""));
  assert_round_trip (kb);
}

/* Coordinates read back as the same doubles, in their shortest form */
static void
test_numbers (void)
{
  static const double values[] = { 36.2, 36.17498, 0.1, 0.30000000000000004, 1e-07, -89.99999999999999,
                                   1.0 / 3, 180, -180, 4.9406564584124654e-324, 37.142451000000001,
                                   2.2250738585072014e-308, 89.999999999999986, -0.0 };
  g_autoptr(GString) json = g_string_new ("{\"format\": \"aleppo-atlas-kb\", \"version\": 1, \"title\": \"n\","
                                          " \"articles\": [], \"events\": [], \"casualties\": [], \"places\": [");
  g_autoptr(AtlasKb) kb = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *written = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      double lat = CLAMP (values[i], -90, 90);
      char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (a, sizeof a, "%.17g", lat);
      g_ascii_formatd (b, sizeof b, "%.17g", values[i]);
      g_string_append_printf (json, "%s{\"id\": \"p%u\", \"name\": \"n\", \"kind\": \"city\", \"precision\": \"exact\","
                              " \"lat\": %s, \"lon\": %s, \"geometry\": {\"type\": \"MultiPolygon\", \"coordinates\":"
                              " [[[[%s, %s], [0, 0], [1, 1], [%s, %s]]], [[[0, 0], [1, 0], [1, 1], [0, 0]]]]}}",
                              i ? ", " : "", i, a, b, b, a, b, a);
    }
  g_string_append (json, "]}");

  kb = atlas_test_load_string (json->str);
  bytes = atlas_kb_to_bytes (kb);
  written = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_nonnull (strstr (written, "\"lat\": 36.2,"));
  g_assert_nonnull (strstr (written, "\"lat\": 0.30000000000000004,"));
  g_assert_nonnull (strstr (written, "\"lon\": 37.142451,"));
  g_assert_nonnull (strstr (written, "\"type\": \"MultiPolygon\""));
  g_assert_nonnull (strstr (written, "[0.1, 0.1]"));
  assert_round_trip (kb);
}

/* The members of version 2 that the model holds are written in their places */
static void
test_v2_members (void)
{
  g_autofree char *in = g_test_build_filename (G_TEST_DIST, "data", "writer", "layout-in.json", NULL);
  g_autoptr(AtlasKb) kb = load_path (in);
  AtlasCasualty *c = atlas_kb_lookup_casualty (kb, "c");
  AtlasCasualty *c2 = atlas_kb_lookup_casualty (kb, "c2");
  AtlasEvent *e1 = atlas_kb_lookup_event (kb, "e1");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  JsonObject *obj, *member;
  JsonArray *array;
  AtlasKbEventType *type;

  /* The loader does not fill them in yet: set them as it will */
  kb->event_types = g_ptr_array_new_with_free_func ((GDestroyNotify) _atlas_kb_event_type_free);
  type = g_new0 (AtlasKbEventType, 1);
  type->id = g_strdup ("statement");
  type->label = g_strdup ("Statement «quoted»");
  type->colour = g_strdup ("#112233");
  g_ptr_array_add (kb->event_types, type);
  type = g_new0 (AtlasKbEventType, 1);
  type->id = g_strdup ("ceasefire");
  type->label = g_strdup ("Truce");
  type->colour = g_strdup ("#445566");
  g_ptr_array_add (kb->event_types, type);
  e1->verification = ATLAS_VERIFICATION_DISPUTED;
  c->verification = ATLAS_VERIFICATION_CORROBORATED;
  c->period_start = atlas_date_from_ymd (2016, 9, 22);
  c->period_end = atlas_date_from_ymd (2016, 10, 2);
  c->overlaps = g_ptr_array_new ();
  g_ptr_array_add (c->overlaps, c2);
  c2->overlaps = g_ptr_array_new ();
  g_ptr_array_add (c2->overlaps, c);
  c2->killed.words = g_strdup ("dozens");
  /* The model holds the reading of vague words, as the loader fills it in */
  c2->injured.words = g_strdup ("scores");
  g_assert_true (atlas_count_read_words ("scores", &c2->injured.min, &c2->injured.max));
  g_free (c2->source.prefix);
  c2->source.prefix = g_strdup ("a");

  bytes = atlas_kb_to_bytes (kb);
  written = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  root = json_from_string (written, &error);
  g_assert_no_error (error);
  obj = json_node_get_object (root);

  g_assert_cmpint (json_object_get_int_member (obj, "version"), ==, 2);
  array = json_object_get_array_member (obj, "event_types");
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  member = json_array_get_object_element (array, 0);
  g_assert_cmpuint (json_object_get_size (member), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (member, "id"), ==, "statement");
  g_assert_cmpstr (json_object_get_string_member (member, "label"), ==, "Statement «quoted»");
  g_assert_cmpstr (json_object_get_string_member (member, "colour"), ==, "#112233");

  /* e1 is the second event of the file */
  member = json_array_get_object_element (json_object_get_array_member (obj, "events"), 1);
  g_assert_cmpstr (json_object_get_string_member (member, "verification"), ==, "disputed");
  member = json_array_get_object_element (json_object_get_array_member (obj, "events"), 0);
  g_assert_false (json_object_has_member (member, "verification"));

  array = json_object_get_array_member (obj, "casualties");
  member = json_array_get_object_element (array, 0);
  g_assert_cmpstr (json_object_get_string_member (member, "verification"), ==, "corroborated");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (member, "period"), "start"), ==, "2016-09-22");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (member, "period"), "end"), ==, "2016-10-02");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (member, "overlaps"), 0), ==, "c2");
  member = json_array_get_object_element (array, 1);
  g_assert_false (json_object_has_member (member, "verification"));
  g_assert_false (json_object_has_member (member, "period"));
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (member, "overlaps"), 0), ==, "c");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (member, "killed"), "words"), ==, "dozens");
  g_assert_false (json_object_has_member (json_object_get_object_member (member, "killed"), "min"));
  /* Words read as the table reads them are written alone */
  g_assert_cmpuint (json_object_get_size (json_object_get_object_member (member, "injured")), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (member, "injured"), "words"), ==,
                   "scores");

  /* In the documented order */
  g_assert_nonnull (strstr (written, "  \"region\": {\n"));
  g_assert_true (strstr (written, "\"region\"") < strstr (written, "\"event_types\""));
  g_assert_true (strstr (written, "\"event_types\"") < strstr (written, "\"articles\""));
  g_assert_nonnull (strstr (written, "\"reported_by\": \"r\",\n      \"verification\": \"corroborated\",\n"
                                     "      \"overlaps\": [\n        \"c2\"\n      ],\n      \"source\""));
  g_assert_nonnull (strstr (written, "\"places\": [\n        \"q\"\n      ],\n      \"killed\""));
  g_assert_nonnull (strstr (written, "\"status\": \"planned\",\n      \"verification\": \"disputed\",\n      \"type\""));

  assert_round_trip (kb);
}

static JsonNode *
article_to_json (AtlasKb  *kb,
                 gpointer  item)
{
  return atlas_kb_article_to_json (kb, item);
}

static JsonNode *
place_to_json (AtlasKb  *kb,
               gpointer  item)
{
  return atlas_kb_place_to_json (kb, item);
}

static JsonNode *
casualty_to_json (AtlasKb  *kb,
                  gpointer  item)
{
  return atlas_kb_casualty_to_json (kb, item);
}

/* The per-item serialisers give what the whole file holds */
static void
test_items (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", "minimal.json", NULL);
  g_autoptr(AtlasKb) kb = load_path (path);
  g_autoptr(GBytes) bytes = atlas_kb_to_bytes (kb);
  g_autofree char *written = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autoptr(JsonNode) root = json_from_string (written, NULL);
  JsonObject *obj = json_node_get_object (root);
  struct {
    const char *collection;
    GListModel *model;
    JsonNode *(*to_json) (AtlasKb *, gpointer);
  } kinds[] = {
    { "articles", atlas_kb_get_articles (kb), article_to_json },
    { "places", atlas_kb_get_places (kb), place_to_json },
    { "casualties", atlas_kb_get_casualties (kb), casualty_to_json },
  };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      JsonArray *array = json_object_get_array_member (obj, kinds[k].collection);

      g_assert_cmpuint (json_array_get_length (array), ==, g_list_model_get_n_items (kinds[k].model));
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (kinds[k].model, i);
          g_autoptr(JsonNode) node = kinds[k].to_json (kb, item);

          g_assert_true (json_node_equal (node, json_array_get_element (array, i)));
        }
    }

  /* Events: the file's first is e-barrel-bombs, though the model's first by date is the other */
  {
    JsonArray *events = json_object_get_array_member (obj, "events");
    g_autoptr(JsonNode) first = atlas_kb_event_to_json (kb, atlas_kb_lookup_event (kb, "e-barrel-bombs"));
    g_autoptr(JsonNode) second = atlas_kb_event_to_json (kb, atlas_kb_lookup_event (kb, "e-field-hospital"));

    g_assert_true (json_node_equal (first, json_array_get_element (events, 0)));
    g_assert_true (json_node_equal (second, json_array_get_element (events, 1)));
  }
}

/* Prefix and suffix: up to 32 code points, counted in code points, not bytes */
static void
test_context (void)
{
  static const char json[] =
    ATLAS_TEST_KB_HEAD
    " \"events\": [{\"id\": \"e\", \"date\": \"2016-10-01\", \"date_precision\": \"day\", \"type\": \"statement\","
    "   \"title\": \"t\", \"places\": [], \"sources\": [{\"article\": \"b\", \"start\": 40, \"end\": 42, \"quote\": \"XY\"}]}],"
    " \"casualties\": []}";
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *with_b = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  g_autoptr(AtlasKb) kb = NULL;
  const AtlasSource *source;

  /* 40 Arabic letters, the quote, then 50 more */
  for (guint i = 0; i < 40; i++)
    g_string_append (text, i < 8 ? "ا" : "ب");
  g_string_append (text, "XY");
  for (guint i = 0; i < 50; i++)
    g_string_append (text, i < 32 ? "ج" : "د");

  with_b = g_strdup_printf ("%.*s{\"id\": \"b\", \"title\": \"t\", \"outlet\": \"o\", \"published\": \"2016-10-02\", \"text\": \"%s\"}, %s",
                            (int) (strstr (json, "{\"id\": \"a\"") - json), json, text->str,
                            strstr (json, "{\"id\": \"a\""));
  kb = atlas_test_load_string (with_b);
  source = atlas_event_get_source (atlas_kb_lookup_event (kb, "e"), 0);
  prefix = atlas_source_dup_prefix (source);
  suffix = atlas_source_dup_suffix (source);
  g_assert_cmpuint (g_utf8_strlen (prefix, -1), ==, 32);
  g_assert_null (strstr (prefix, "ا"));
  g_assert_cmpuint (g_utf8_strlen (suffix, -1), ==, 32);
  g_assert_null (strstr (suffix, "د"));
}

/* An article whose text was edited in the model: its sources still hold the old offsets, so
 * the file must make the loader look for them again (and orphan what is gone), never fail
 * to open or trust offsets into another text */
static void
test_edited_text (void)
{
  g_autofree char *in = g_test_build_filename (G_TEST_DIST, "data", "writer", "layout-in.json", NULL);
  g_autoptr(AtlasKb) kb = load_path (in);
  AtlasArticle *article = atlas_kb_lookup_article (kb, "a");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(AtlasKb) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) orphans = NULL;
  const AtlasSource *source;

  atlas_article_set_text (article, "xx abc");
  bytes = atlas_kb_to_bytes (kb);
  again = atlas_kb_new_from_bytes (bytes, "written.json", NULL, &error);
  g_assert_no_error (error);

  source = atlas_event_get_source (atlas_kb_lookup_event (again, "e1"), 0);
  g_assert_cmpstr (source->quote, ==, "a");
  g_assert_cmpuint (source->start, ==, 3);
  g_assert_cmpint (source->anchor, ==, ATLAS_ANCHOR_MOVED);
  source = atlas_casualty_get_source (atlas_kb_lookup_casualty (again, "c2"));
  g_assert_cmpuint (source->start, ==, 4);
  g_assert_cmpuint (source->end, ==, 6);

  /* Written again, the re-anchored sources hold their quotes: the text's own hash */
  g_clear_pointer (&bytes, g_bytes_unref);
  g_clear_object (&again);
  atlas_article_set_text (article, "abc");
  bytes = atlas_kb_to_bytes (kb);
  again = atlas_test_load_written (bytes);
  g_assert_cmpstr (atlas_article_get_sha256 (atlas_kb_lookup_article (again, "a")), ==,
                   atlas_article_get_sha256 (article));
  orphans = atlas_kb_get_orphaned_sources (again);
  g_assert_cmpuint (orphans->len, ==, 0);

  /* A quote that is gone is orphaned, and stays so when written again */
  g_clear_pointer (&bytes, g_bytes_unref);
  g_clear_object (&again);
  atlas_article_set_text (article, "zzz ab");
  bytes = atlas_kb_to_bytes (kb);
  again = atlas_kb_new_from_bytes (bytes, "written.json", NULL, &error);
  g_assert_no_error (error);
  source = atlas_casualty_get_source (atlas_kb_lookup_casualty (again, "c"));
  g_assert_cmpint (source->anchor, ==, ATLAS_ANCHOR_ORPHANED);
  assert_round_trip (again);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_bug_base ("https://github.com/aleppoatlas/aleppo-atlas/issues/");

  g_test_add_func ("/kb-writer/round-trip/shipped", test_round_trip_shipped);
  g_test_add_func ("/kb-writer/round-trip/good", test_round_trip_good);
  g_test_add_func ("/kb-writer/layout", test_layout);
  g_test_add_func ("/kb-writer/strings", test_strings);
  g_test_add_func ("/kb-writer/numbers", test_numbers);
  g_test_add_func ("/kb-writer/v2-members", test_v2_members);
  g_test_add_func ("/kb-writer/items", test_items);
  g_test_add_func ("/kb-writer/context", test_context);
  g_test_add_func ("/kb-writer/edited-text", test_edited_text);

  return g_test_run ();
}

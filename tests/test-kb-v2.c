/* test-kb-v2.c: reading KB format version 2 (issue 9)
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-kb-v2"

#include "config.h"

#include "atlas-casualty.h"
#include "atlas-count-words.h"
#include "atlas-kb.h"

#include <string.h>

/* SHA-256 of the article's text in tests/data/good/bad-input-base.json (Python's hashlib) */
#define SHA256_OF_BASE_TEXT "0f37ee0c62e40fe0582e1ddc7bd9f16bb61f1afcd0b48d66217729057c06decc"

/* The valid files are written by tests/data/make-bad-corpus.py */
static AtlasKb *
load_good (const char *name,
           GPtrArray **problems)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AtlasKb *kb;

  kb = atlas_kb_new_from_file (file, NULL, problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (kb);
  return kb;
}

static void
test_base (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(AtlasKb) kb = load_good ("v2-base.json", &problems);
  g_autoptr(GPtrArray) orphans = NULL;
  AtlasCasualty *casualty = atlas_kb_lookup_casualty (kb, "c-27");
  const AtlasSource *source = atlas_casualty_get_source (casualty);

  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (atlas_kb_get_format_version (kb), ==, 2);
  g_assert_cmpint (source->anchor, ==, ATLAS_ANCHOR_EXACT);
  g_assert_cmpstr (source->prefix, ==, "Basha (بستان الباشا) on Sunday. ");
  g_assert_cmpstr (source->suffix, ==, "");
  g_assert_cmpint (atlas_casualty_get_verification (casualty), ==, ATLAS_VERIFICATION_UNVERIFIED);
  g_assert_false (atlas_casualty_get_period (casualty, NULL, NULL));

  orphans = atlas_kb_get_orphaned_sources (kb);
  g_assert_cmpuint (orphans->len, ==, 0);
}

/* A version 1 file opens unchanged, and the model still gets its sha256 and every context */
static void
test_version_1 (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(AtlasKb) kb = load_good ("bad-input-base.json", &problems);
  AtlasArticle *article = atlas_kb_lookup_article (kb, "a-1");
  AtlasEvent *event = atlas_kb_lookup_event (kb, "e-raids");
  const AtlasSource *source = atlas_event_get_source (event, 0);

  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (atlas_kb_get_format_version (kb), ==, 1);
  g_assert_cmpstr (atlas_article_get_sha256 (article), ==, SHA256_OF_BASE_TEXT);
  g_assert_cmpstr (source->prefix, ==, "");
  g_assert_cmpstr (source->suffix, ==, " At least 27 people were killed.");
  g_assert_cmpint (source->anchor, ==, ATLAS_ANCHOR_EXACT);
}

/* Loads a good file with its "version" set to 1 */
static AtlasKb *
load_as_version_1 (const char  *name,
                   const char  *find,
                   const char  *replace,
                   GPtrArray  **problems,
                   GError     **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  text = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (text, "\"version\": 2,", "\"version\": 1,", 1), ==, 1);
  if (find)
    g_assert_cmpuint (g_string_replace (text, find, replace, 1), ==, 1);
  bytes = g_bytes_new (text->str, text->len);

  return atlas_kb_new_from_bytes (bytes, name, problems, error);
}

/* In a version 1 file, the members of version 2 are ignored like any unknown member */
static void
test_version_1_ignores (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  /* Version 1 needs min: words alone are not a count there */
  g_autoptr(AtlasKb) kb = load_as_version_1 ("v2-figures.json", "\"words\": \"dozens\"",
                                             "\"min\": 30, \"words\": \"dozens\"", &problems, &error);
  g_autofree char *shown = NULL;
  AtlasCasualty *c27;

  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  c27 = atlas_kb_lookup_casualty (kb, "c-27");
  g_assert_cmpuint (atlas_casualty_get_n_overlaps (c27), ==, 0);
  g_assert_false (atlas_casualty_get_period (c27, NULL, NULL));
  g_assert_cmpint (atlas_casualty_get_verification (c27), ==, ATLAS_VERIFICATION_UNVERIFIED);
  g_assert_null (atlas_casualty_get_killed (atlas_kb_lookup_casualty (kb, "c-some"))->words);
  shown = atlas_count_format (atlas_casualty_get_killed (atlas_kb_lookup_casualty (kb, "c-some")));
  g_assert_cmpstr (shown, ==, "30+");
}

/* ... and a stale sha256 means nothing: offsets are checked as ever, not re-anchored */
static void
test_version_1_no_reanchoring (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasKb) kb = load_as_version_1 ("v2-edited.json", NULL, NULL, &problems, &error);
  g_autofree char *first = NULL;

  g_assert_null (kb);
  g_assert_error (error, ATLAS_KB_ERROR, ATLAS_KB_ERROR_INVALID);
  first = atlas_problem_to_string (g_ptr_array_index (problems, 0));
  g_assert_true (g_str_has_prefix (first, "v2-edited.json:74:15: events[0].sources[0].quote: does not match"));
}

static void
test_event_types (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(AtlasKb) kb = load_good ("v2-event-types.json", &problems);
  const AtlasKbEventType * const *types;
  guint n_types = 0;

  types = atlas_kb_get_declared_event_types (kb, &n_types);
  g_assert_cmpuint (n_types, ==, 2);
  g_assert_cmpstr (types[0]->id, ==, "air-strike");
  g_assert_cmpstr (types[0]->label, ==, "Air strike");
  g_assert_cmpstr (types[0]->colour, ==, "#c0392b");
  g_assert_cmpstr (types[1]->id, ==, "battle");
  g_assert_cmpstr (atlas_event_get_event_type (atlas_kb_lookup_event (kb, "e-raids")), ==, "air-strike");
}

static void
test_figures (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(AtlasKb) kb = load_good ("v2-figures.json", &problems);
  AtlasCasualty *c27 = atlas_kb_lookup_casualty (kb, "c-27");
  AtlasCasualty *some = atlas_kb_lookup_casualty (kb, "c-some");
  const AtlasCount *killed = atlas_casualty_get_killed (some);
  g_autofree char *shown = NULL;
  g_autofree char *summary = NULL;
  AtlasDate start, end;

  g_assert_cmpuint (problems->len, ==, 0);

  /* Overlaps are given on one side and hold on both */
  g_assert_cmpuint (atlas_casualty_get_n_overlaps (c27), ==, 1);
  g_assert_true (atlas_casualty_get_overlap (c27, 0) == some);
  g_assert_cmpuint (atlas_casualty_get_n_overlaps (some), ==, 1);
  g_assert_true (atlas_casualty_get_overlap (some, 0) == c27);

  g_assert_true (atlas_casualty_get_period (c27, &start, &end));
  g_assert_cmpint (start, ==, atlas_date_from_ymd (2016, 9, 22));
  g_assert_cmpint (end, ==, atlas_date_from_ymd (2016, 10, 2));
  g_assert_cmpint (atlas_casualty_get_verification (c27), ==, ATLAS_VERIFICATION_DISPUTED);

  /* "dozens" keeps its words; its reading is for totals only */
  g_assert_cmpstr (killed->words, ==, "dozens");
  g_assert_cmpint (killed->min, ==, 12);
  g_assert_cmpint (killed->max, ==, -1);
  shown = atlas_count_format (killed);
  g_assert_cmpstr (shown, ==, "dozens");
  summary = atlas_casualty_format (some);
  g_assert_null (strstr (summary, "12"));
  g_assert_nonnull (strstr (summary, "dozens"));
}

static void
test_edited (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(AtlasKb) kb = load_good ("v2-edited.json", &problems);
  g_autoptr(GPtrArray) orphans = NULL;
  const AtlasSource *moved = atlas_event_get_source (atlas_kb_lookup_event (kb, "e-raids"), 0);
  AtlasKbOrphan *orphan;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  /* Two warnings, and the KB loads */
  g_assert_cmpuint (problems->len, ==, 2);
  first = atlas_problem_to_string (g_ptr_array_index (problems, 0));
  second = atlas_problem_to_string (g_ptr_array_index (problems, 1));
  g_assert_true (g_str_has_suffix (first, "v2-edited.json:70:5: events[0].sources[0]: warning: re-anchored from 0–55 to 9–64: "
                                          "the text of article \"a-1\" changed (its sha256 differs) and the quote was found again "
                                          "by its context"));
  g_assert_true (g_str_has_suffix (second, "v2-edited.json:91:14: casualties[0].source: warning: orphaned: the text of article "
                                           "\"a-1\" changed (its sha256 differs) and the quote \"At least 27 people were killed.\" "
                                           "could not be found again without doubt; place it again"));
  g_assert_cmpuint (atlas_problems_count_errors (problems), ==, 0);

  g_assert_cmpint (moved->anchor, ==, ATLAS_ANCHOR_MOVED);
  g_assert_cmpuint (moved->start, ==, 9);
  g_assert_cmpuint (moved->end, ==, 64);
  g_assert_cmpstr (moved->prefix, ==, "Reuters. ");

  orphans = atlas_kb_get_orphaned_sources (kb);
  g_assert_cmpuint (orphans->len, ==, 1);
  orphan = g_ptr_array_index (orphans, 0);
  g_assert_true (orphan->fact == G_OBJECT (atlas_kb_lookup_casualty (kb, "c-27")));
  g_assert_cmpint (orphan->source->anchor, ==, ATLAS_ANCHOR_ORPHANED);
  g_assert_cmpstr (orphan->source->quote, ==, "At least 27 people were killed.");
  /* Kept for the user to place again: the stored context, not one made up from the new text */
  g_assert_cmpstr (orphan->source->prefix, ==, "Basha (بستان الباشا) on Sunday. ");
}

static gboolean
overlaps (AtlasCasualty *a,
          AtlasCasualty *b)
{
  for (guint i = 0; i < atlas_casualty_get_n_overlaps (a); i++)
    if (atlas_casualty_get_overlap (a, i) == b)
      return TRUE;

  return FALSE;
}

/* The shipped KB, corrected as issue 9 asks */
static void
test_shipped (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "aleppo-2016.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasKb) kb = atlas_kb_new_from_file (file, NULL, &problems, &error);
  AtlasCasualty *dozens, *dozen, *thirteen, *medical, *fighters, *sohr, *higher;
  GListModel *casualties;
  AtlasDate start, end;

  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (atlas_kb_get_format_version (kb), ==, 2);

  /* "dozens of civilians killed" since the offensive of 22 September, reported on 2 October */
  dozens = atlas_kb_lookup_casualty (kb, "c-2016-09-22-offensive-dozens-of-civilians");
  g_assert_cmpstr (atlas_casualty_get_killed (dozens)->words, ==, "dozens");
  g_assert_true (atlas_casualty_get_period (dozens, &start, &end));
  g_assert_cmpint (start, ==, atlas_date_from_ymd (2016, 9, 22));
  g_assert_cmpint (end, ==, atlas_date_from_ymd (2016, 10, 2));

  /* Daily Sabah's "at least 13" and "a dozen", and the Observatory's 4 + 9 at Khan Touman */
  dozen = atlas_kb_lookup_casualty (kb, "c-2016-09-21-a-dozen-killed");
  thirteen = atlas_kb_lookup_casualty (kb, "c-2016-09-21-at-least-13-dead");
  medical = atlas_kb_lookup_casualty (kb, "c-2016-09-20-khan-touman-medical-workers");
  fighters = atlas_kb_lookup_casualty (kb, "c-2016-09-20-khan-touman-fighters");
  g_assert_cmpstr (atlas_casualty_get_killed (dozen)->words, ==, "a dozen");
  g_assert_true (overlaps (thirteen, dozen));
  g_assert_true (overlaps (thirteen, medical));
  g_assert_true (overlaps (thirteen, fighters));
  g_assert_true (overlaps (dozen, medical));
  /* Four medical workers and nine fighters are not the same people */
  g_assert_false (overlaps (medical, fighters));

  sohr = atlas_kb_lookup_casualty (kb, "c-2016-09-22-sohr-at-least-27-killed");
  higher = atlas_kb_lookup_casualty (kb, "c-2016-09-22-aid-workers-toll-higher");
  g_assert_true (overlaps (sohr, higher));
  g_assert_false (atlas_casualty_get_period (sohr, NULL, NULL));

  /* Symmetric everywhere, and never a figure with itself */
  casualties = atlas_kb_get_casualties (kb);
  for (guint i = 0; i < g_list_model_get_n_items (casualties); i++)
    {
      g_autoptr(AtlasCasualty) c = g_list_model_get_item (casualties, i);

      for (guint k = 0; k < atlas_casualty_get_n_overlaps (c); k++)
        {
          g_assert_true (atlas_casualty_get_overlap (c, k) != c);
          g_assert_true (overlaps (atlas_casualty_get_overlap (c, k), c));
        }
    }
}

static void
test_readings (void)
{
  gint64 min = 0, max = 0;

  g_assert_true (atlas_count_read_words ("dozens", &min, &max));
  g_assert_cmpint (min, ==, 12);
  g_assert_cmpint (max, ==, -1);
  g_assert_true (atlas_count_read_words ("a dozen", &min, &max));
  g_assert_cmpint (min, ==, 12);
  g_assert_cmpint (max, ==, 12);
  g_assert_true (atlas_count_read_words ("Hundreds", &min, &max));
  g_assert_cmpint (min, ==, 100);
  g_assert_true (atlas_count_read_words ("scores", &min, NULL));
  g_assert_cmpint (min, ==, 20);
  g_assert_true (atlas_count_read_words ("thousands", &min, NULL));
  g_assert_cmpint (min, ==, 1000);
  g_assert_true (atlas_count_read_words ("several", &min, NULL));
  g_assert_cmpint (min, ==, 3);
  g_assert_true (atlas_count_read_words ("a few", &min, NULL));
  g_assert_cmpint (min, ==, 2);
  g_assert_true (atlas_count_read_words ("half a dozen", &min, &max));
  g_assert_cmpint (min, ==, 6);
  g_assert_cmpint (max, ==, 6);
  g_assert_true (atlas_count_read_words ("Tens of thousands", &min, &max));
  g_assert_cmpint (min, ==, 10000);
  g_assert_cmpint (max, ==, -1);
  g_assert_false (atlas_count_read_words ("many", &min, &max));
}

/* Warnings and errors print as compilers print them */
static void
test_problem_format (void)
{
  g_autoptr(AtlasProblem) warning = atlas_problem_new_warning ("kb.json", 3, 7, "events[0].sources[0]", "re-anchored");
  g_autoptr(AtlasProblem) copy = atlas_problem_copy (warning);
  g_autoptr(AtlasProblem) error = atlas_problem_new ("kb.json", 3, 7, "version", "expected 1 or 2");
  g_autofree char *w = atlas_problem_to_string (copy);
  g_autofree char *e = atlas_problem_to_string (error);

  g_assert_cmpstr (w, ==, "kb.json:3:7: events[0].sources[0]: warning: re-anchored");
  g_assert_cmpstr (e, ==, "kb.json:3:7: version: expected 1 or 2");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/kb-v2/base", test_base);
  g_test_add_func ("/kb-v2/version-1", test_version_1);
  g_test_add_func ("/kb-v2/version-1-ignores", test_version_1_ignores);
  g_test_add_func ("/kb-v2/version-1-no-reanchoring", test_version_1_no_reanchoring);
  g_test_add_func ("/kb-v2/event-types", test_event_types);
  g_test_add_func ("/kb-v2/figures", test_figures);
  g_test_add_func ("/kb-v2/edited", test_edited);
  g_test_add_func ("/kb-v2/shipped", test_shipped);
  g_test_add_func ("/kb-v2/readings", test_readings);
  g_test_add_func ("/kb-v2/problem-format", test_problem_format);

  return g_test_run ();
}

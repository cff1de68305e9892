/* test-figures.c: when casualty figures disagree
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-figures"

#include "config.h"

#include <string.h>

#include "atlas-casualty.h"
#include "atlas-figures.h"
#include "atlas-kb.h"

/* One event and its figures, each named by its id; every source points at the same "a" */
#define FIGURE(id, who, counts) \
  "{\"id\": \"" id "\", \"event\": \"e\", \"who\": \"" who "\", \"reported_by\": \"r\"" counts "," \
  " \"source\": {\"article\": \"a\", \"start\": 0, \"end\": 1, \"quote\": \"a\"}}"

#define FIGURES_KB \
  "{\"format\": \"aleppo-atlas-kb\", \"version\": 1, \"title\": \"figures\"," \
  " \"articles\": [{\"id\": \"a\", \"title\": \"t\", \"outlet\": \"o\", \"published\": \"2016-10-02\", \"text\": \"abc\"}]," \
  " \"places\": []," \
  " \"events\": [{\"id\": \"e\", \"date\": \"2016-10-02\", \"date_precision\": \"day\", \"type\": \"bombardment\"," \
  "   \"title\": \"e\", \"places\": [], \"sources\": [{\"article\": \"a\", \"start\": 0, \"end\": 1, \"quote\": \"a\"}]}]," \
  " \"casualties\": [" \
  FIGURE ("k12", "people", ", \"killed\": {\"min\": 12, \"max\": 12}") "," \
  FIGURE ("k12-again", "people", ", \"killed\": {\"min\": 12, \"max\": 12}") "," \
  FIGURE ("k13", "people", ", \"killed\": {\"min\": 13, \"max\": 13}") "," \
  FIGURE ("k12-15", "people", ", \"killed\": {\"min\": 12, \"max\": 15}") "," \
  FIGURE ("k12-open", "people", ", \"killed\": {\"min\": 12}") "," \
  FIGURE ("none", "people", "") "," \
  FIGURE ("none-again", "people", "") "," \
  FIGURE ("k12-i3", "people", ", \"killed\": {\"min\": 12, \"max\": 12}, \"injured\": {\"min\": 3, \"max\": 3}") "," \
  FIGURE ("k12-i4", "people", ", \"killed\": {\"min\": 12, \"max\": 12}, \"injured\": {\"min\": 4, \"max\": 4}") "," \
  FIGURE ("civ13", "civilians", ", \"killed\": {\"min\": 13, \"max\": 13}") "," \
  FIGURE ("child12", "children", ", \"killed\": {\"min\": 12, \"max\": 12}") \
  "]}"

typedef struct
{
  AtlasKb *kb;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (FIGURES_KB, strlen (FIGURES_KB));
  g_autoptr(GError) error = NULL;

  fixture->kb = atlas_kb_new_from_bytes (bytes, "figures.json", NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_clear_object (&fixture->kb);
}

static AtlasCasualty *
figure (Fixture    *fixture,
        const char *id)
{
  AtlasCasualty *casualty = atlas_kb_lookup_casualty (fixture->kb, id);

  g_assert_nonnull (casualty);
  return casualty;
}

static gboolean
pair_disagrees (Fixture    *fixture,
                const char *a,
                const char *b)
{
  gboolean result = atlas_figures_pair_disagree (figure (fixture, a), figure (fixture, b));

  /* The rule is symmetric */
  g_assert_cmpint (result, ==, atlas_figures_pair_disagree (figure (fixture, b), figure (fixture, a)));
  return result;
}

static gboolean
set_disagrees (Fixture    *fixture,
               const char *first,
               ...)
{
  g_autoptr(GPtrArray) casualties = g_ptr_array_new ();
  va_list args;

  va_start (args, first);
  for (const char *id = first; id; id = va_arg (args, const char *))
    g_ptr_array_add (casualties, figure (fixture, id));
  va_end (args);

  return atlas_figures_disagree (casualties);
}

static void
test_counts_equal (void)
{
  AtlasCount none = { -1, -1 }, none_odd = { -1, 7 };
  AtlasCount twelve = { 12, 12 }, open = { 12, -1 }, range = { 12, 15 };

  g_assert_true (atlas_figures_counts_equal (&twelve, &twelve));
  g_assert_true (atlas_figures_counts_equal (&none, &none));
  /* An absent number is absent, whatever lies in its max */
  g_assert_true (atlas_figures_counts_equal (&none, &none_odd));
  g_assert_false (atlas_figures_counts_equal (&twelve, &open));
  g_assert_false (atlas_figures_counts_equal (&twelve, &range));
  g_assert_false (atlas_figures_counts_equal (&open, &range));
  g_assert_false (atlas_figures_counts_equal (&twelve, &none));
}

static void
test_same_people (Fixture       *fixture,
                  gconstpointer  user_data)
{
  /* The same figure twice is no disagreement */
  g_assert_false (pair_disagrees (fixture, "k12", "k12-again"));
  g_assert_false (pair_disagrees (fixture, "none", "none-again"));

  /* A number apart, a range against its own lower end, "at least" against exact */
  g_assert_true (pair_disagrees (fixture, "k12", "k13"));
  g_assert_true (pair_disagrees (fixture, "k12", "k12-15"));
  g_assert_true (pair_disagrees (fixture, "k12", "k12-open"));

  /* A number against none ("the death toll was higher") */
  g_assert_true (pair_disagrees (fixture, "k12", "none"));

  /* The injured count alone */
  g_assert_true (pair_disagrees (fixture, "k12-i3", "k12-i4"));
  g_assert_true (pair_disagrees (fixture, "k12", "k12-i3"));
}

static void
test_different_people (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_assert_false (pair_disagrees (fixture, "k12", "civ13"));
  g_assert_false (pair_disagrees (fixture, "none", "civ13"));
  /* The same numbers for other people are not an agreement either: nothing to compare */
  g_assert_false (pair_disagrees (fixture, "k12", "child12"));
  g_assert_false (pair_disagrees (fixture, "k12-15", "child12"));
}

static void
test_sets (Fixture       *fixture,
           gconstpointer  user_data)
{
  g_autoptr(GPtrArray) empty = g_ptr_array_new ();

  g_assert_false (atlas_figures_disagree (empty));
  g_assert_false (set_disagrees (fixture, "k12", NULL));
  g_assert_false (set_disagrees (fixture, "k12", "civ13", "k12-again", NULL));
  /* The pair that disagrees need not be next to each other, nor first */
  g_assert_true (set_disagrees (fixture, "k12", "civ13", "child12", "k13", NULL));
  g_assert_true (set_disagrees (fixture, "civ13", "k12-i3", "child12", "k12-i4", NULL));
}

/* The total of a set of figures, as "min max" with -1 for none */
static char *
set_total (Fixture    *fixture,
           gboolean    injured,
           const char *first,
           ...)
{
  g_autoptr(GPtrArray) casualties = g_ptr_array_new ();
  AtlasCount total;
  va_list args;

  va_start (args, first);
  for (const char *id = first; id; id = va_arg (args, const char *))
    g_ptr_array_add (casualties, figure (fixture, id));
  va_end (args);

  atlas_figures_total (casualties, injured, &total);
  g_assert_null (total.words);
  return g_strdup_printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT, total.min, total.max);
}

#define assert_total(fixture, injured, expected, ...) \
  G_STMT_START { \
    g_autofree char *got = set_total (fixture, injured, __VA_ARGS__, NULL); \
    g_assert_cmpstr (got, ==, expected); \
  } G_STMT_END

static void
test_total (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autoptr(GPtrArray) empty = g_ptr_array_new ();
  AtlasCount total;

  atlas_figures_total (empty, FALSE, &total);
  g_assert_cmpint (total.min, ==, -1);
  g_assert_cmpint (total.max, ==, -1);

  /* Two counts of the same people of one event are two reports of the same deaths: the
   * total is at least the larger, at most their sum; agreeing ones too (12 and 12 may be the
   * same twelve) */
  assert_total (fixture, FALSE, "13 25", "k12", "k13");
  assert_total (fixture, FALSE, "12 24", "k12", "k12-again");
  assert_total (fixture, FALSE, "13 -1", "k12-open", "k13");
  /* Different people of one event add up */
  assert_total (fixture, FALSE, "38 50", "k12", "k13", "civ13", "child12");
  assert_total (fixture, FALSE, "25 25", "civ13", "child12");
  /* Figures without a number add nothing; only they: no total */
  assert_total (fixture, FALSE, "12 12", "k12", "none");
  assert_total (fixture, FALSE, "-1 -1", "none", "none-again");
  /* The injured are added on their own */
  assert_total (fixture, TRUE, "4 7", "k12-i3", "k12-i4");
  assert_total (fixture, TRUE, "-1 -1", "k12", "civ13");
}

/* The events of the shipped KB that the details pane shows */
static void
test_shipped (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "aleppo-2016.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasKb) kb = atlas_kb_new_from_file (file, NULL, NULL, &error);
  struct {
    const char *event;
    gboolean    disagree;
  } cases[] = {
    { "e-2016-09-21-air-raids-aleppo-hama", TRUE },   /* “at least 13” and “a dozen” */
    { "e-2016-09-22-overnight-bombardment", TRUE },   /* “at least 27” and “higher” */
    { "e-2016-09-20-khan-touman-air-raid", FALSE },   /* medical workers and fighters */
  };

  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      AtlasEvent *event = atlas_kb_lookup_event (kb, cases[i].event);
      GPtrArray *casualties;

      g_assert_nonnull (event);
      casualties = atlas_kb_get_casualties_for_event (kb, event);
      g_assert_cmpuint (casualties->len, >=, 2);
      g_assert_cmpint (atlas_figures_disagree (casualties), ==, cases[i].disagree);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/figures/counts-equal", test_counts_equal);
  g_test_add ("/figures/same-people", Fixture, NULL, fixture_set_up, test_same_people, fixture_tear_down);
  g_test_add ("/figures/different-people", Fixture, NULL, fixture_set_up, test_different_people, fixture_tear_down);
  g_test_add ("/figures/sets", Fixture, NULL, fixture_set_up, test_sets, fixture_tear_down);
  g_test_add ("/figures/total", Fixture, NULL, fixture_set_up, test_total, fixture_tear_down);
  g_test_add_func ("/figures/shipped", test_shipped);

  return g_test_run ();
}

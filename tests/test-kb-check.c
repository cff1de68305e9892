/* test-kb-check.c: orphaned sources placed again, and the problems of a KB being edited,
 * each with the fact it concerns (issue 9)
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-kb-check"

#include "config.h"

#include <string.h>

#include "atlas-edit-private.h"
#include "atlas-kb-check.h"
#include "atlas-kb-private.h"
#include "atlas-kb-edit.h"
#include "atlas-kb-writer.h"
#include "atlas-orphans.h"
#include "atlas-session.h"
#include "atlas-test-kb.h"

/* tests/data/good/v2-edited.json: the article's text changed ("27" became "28", "Reuters. "
 * came first), so the event's source was found again 9 characters on, and the figure's quote,
 * "At least 27 people were killed.", is no longer in the text: orphaned */
#define NEW_WORDS "At least 28 people were killed."
#define NEW_START 65
#define NEW_END   96

static AtlasKb *
load_edited (GPtrArray **problems)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", "v2-edited.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AtlasKb *kb;

  kb = atlas_kb_new_from_file (file, NULL, problems, &error);
  g_assert_no_error (error);
  return kb;
}

static guint
count_orphans (AtlasKb *kb)
{
  g_autoptr(GPtrArray) orphans = atlas_kb_get_orphaned_sources (kb);
  return orphans->len;
}

/* The orphan is found with its fact; placed again on the words selected, it holds them and
 * their context, and is no longer orphaned; Undo brings it back as it was */
static void
test_place_again (void)
{
  g_autoptr(AtlasKb) kb = load_edited (NULL);
  g_autoptr(AtlasSession) session = atlas_session_new ();
  g_autoptr(AtlasEdit) edit = NULL;
  g_autoptr(GError) error = NULL;
  AtlasCasualty *figure = atlas_kb_lookup_casualty (kb, "c-27");
  const AtlasSource *source;
  GObject *fact = NULL;
  guint index = 99;

  atlas_session_set_kb (session, kb);
  g_assert_cmpuint (count_orphans (kb), ==, 1);
  /* Selected, its report is shown with no words in focus: its offsets mean nothing */
  atlas_session_set_selected_casualty (session, figure);
  g_assert_true (atlas_session_get_selected_article (session) == atlas_casualty_get_source (figure)->article);
  g_assert_false (atlas_session_get_focus (session, NULL, NULL));
  g_assert_true (atlas_kb_orphan_find (kb, atlas_casualty_get_source (figure), &fact, &index));
  g_assert_true (fact == G_OBJECT (figure));
  g_assert_cmpuint (index, ==, 0);

  /* Words that are not in the report, or no words: refused */
  g_assert_null (atlas_edit_new_place_again (kb, fact, 0, NEW_START, 500, &error));
  g_assert_error (error, ATLAS_EDIT_ERROR, ATLAS_EDIT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (atlas_edit_new_place_again (kb, fact, 0, NEW_START, NEW_START, &error));
  g_clear_error (&error);
  /* A source that is not orphaned is not "placed again" */
  g_assert_null (atlas_edit_new_place_again (kb, G_OBJECT (atlas_kb_lookup_event (kb, "e-raids")), 0,
                                             NEW_START, NEW_END, &error));
  g_assert_error (error, ATLAS_EDIT_ERROR, ATLAS_EDIT_ERROR_INVALID);
  g_clear_error (&error);

  edit = atlas_edit_new_place_again (kb, fact, 0, NEW_START, NEW_END, &error);
  g_assert_no_error (error);
  atlas_session_apply_edit (session, edit);

  figure = atlas_kb_lookup_casualty (kb, "c-27");
  source = atlas_casualty_get_source (figure);
  g_assert_cmpint (source->anchor, ==, ATLAS_ANCHOR_EXACT);
  g_assert_cmpuint (source->start, ==, NEW_START);
  g_assert_cmpuint (source->end, ==, NEW_END);
  g_assert_cmpstr (source->quote, ==, NEW_WORDS);
  g_assert_cmpstr (source->prefix, ==, "Basha (بستان الباشا) on Sunday. ");
  g_assert_cmpstr (source->suffix, ==, "");
  g_assert_cmpuint (count_orphans (kb), ==, 0);
  /* Placed again, the figure stays selected, and its words are in focus */
  g_assert_true (atlas_session_get_selected_casualty (session) == figure);
  atlas_session_show_source (session, source);
  g_assert_true (atlas_session_get_focus (session, NULL, NULL));
  /* The rest of the figure is untouched */
  g_assert_cmpint (atlas_casualty_get_killed (figure)->min, ==, 27);

  g_assert_true (atlas_session_undo (session));
  g_assert_cmpuint (count_orphans (kb), ==, 1);
  source = atlas_casualty_get_source (atlas_kb_lookup_casualty (kb, "c-27"));
  g_assert_cmpint (source->anchor, ==, ATLAS_ANCHOR_ORPHANED);
  g_assert_cmpstr (source->quote, ==, "At least 27 people were killed.");

  g_assert_true (atlas_session_redo (session));
  g_assert_cmpuint (count_orphans (kb), ==, 0);
  atlas_session_set_kb (session, NULL);
}

/* Saved once placed again, the KB reads back with no warning at all: its article's hash is
 * that of its text again */
static void
test_place_again_saved (void)
{
  g_autoptr(AtlasKb) kb = load_edited (NULL);
  g_autoptr(AtlasSession) session = atlas_session_new ();
  g_autoptr(AtlasEdit) edit = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(AtlasKb) again = NULL;
  g_autoptr(GError) error = NULL;

  atlas_session_set_kb (session, kb);
  edit = atlas_edit_new_place_again (kb, G_OBJECT (atlas_kb_lookup_casualty (kb, "c-27")), 0, NEW_START, NEW_END, &error);
  g_assert_no_error (error);
  atlas_session_apply_edit (session, edit);

  bytes = atlas_kb_to_bytes (kb);
  again = atlas_kb_new_from_bytes (bytes, "again.json", &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems ? problems->len : 0, ==, 0);
  g_assert_cmpstr (atlas_casualty_get_source (atlas_kb_lookup_casualty (again, "c-27"))->quote, ==, NEW_WORDS);
  atlas_session_set_kb (session, NULL);
}

/* An event's orphaned source can be dropped, Undo bringing it back; a fact's only source
 * cannot */
static void
test_drop (void)
{
  g_autoptr(AtlasKb) kb = load_edited (NULL);
  g_autoptr(AtlasSession) session = atlas_session_new ();
  g_autoptr(AtlasEvent) two = NULL;
  g_autoptr(AtlasEdit) edit = NULL;
  g_autoptr(AtlasEdit) drop = NULL;
  g_autoptr(GError) error = NULL;
  AtlasCasualty *figure = atlas_kb_lookup_casualty (kb, "c-27");
  AtlasEvent *event;

  atlas_session_set_kb (session, kb);
  g_assert_null (atlas_edit_new_drop_orphan (kb, G_OBJECT (figure), 0, &error));
  g_assert_error (error, ATLAS_EDIT_ERROR, ATLAS_EDIT_ERROR_INVALID);
  g_clear_error (&error);

  /* The event gets a second source, orphaned: the figure's */
  two = atlas_event_copy (atlas_kb_lookup_event (kb, "e-raids"));
  atlas_event_add_source (two, atlas_casualty_get_source (figure));
  edit = atlas_edit_new_replace (kb, atlas_kb_lookup_event (kb, "e-raids"), two, &error);
  g_assert_no_error (error);
  atlas_session_apply_edit (session, edit);
  g_assert_cmpuint (count_orphans (kb), ==, 2);

  event = atlas_kb_lookup_event (kb, "e-raids");
  g_assert_null (atlas_edit_new_drop_orphan (kb, G_OBJECT (event), 0, &error));
  g_clear_error (&error);
  drop = atlas_edit_new_drop_orphan (kb, G_OBJECT (event), 1, &error);
  g_assert_no_error (error);
  atlas_session_apply_edit (session, drop);

  event = atlas_kb_lookup_event (kb, "e-raids");
  g_assert_cmpuint (atlas_event_get_n_sources (event), ==, 1);
  g_assert_cmpint (atlas_event_get_source (event, 0)->anchor, ==, ATLAS_ANCHOR_MOVED);
  g_assert_cmpuint (count_orphans (kb), ==, 1);

  g_assert_true (atlas_session_undo (session));
  g_assert_cmpuint (atlas_event_get_n_sources (atlas_kb_lookup_event (kb, "e-raids")), ==, 2);
  g_assert_cmpuint (count_orphans (kb), ==, 2);
  atlas_session_set_kb (session, NULL);
}

/* The problems of the KB in memory are --check's, with the same words, each on its fact */
static void
test_check (void)
{
  g_autoptr(GPtrArray) loaded = NULL;
  g_autoptr(AtlasKb) kb = load_edited (&loaded);
  g_autoptr(AtlasSession) session = atlas_session_new ();
  g_autoptr(AtlasProblemMap) at_load = NULL;
  g_autoptr(AtlasProblemMap) map = NULL;
  g_autoptr(AtlasProblemMap) after = NULL;
  g_autoptr(AtlasEdit) edit = NULL;
  g_autoptr(GError) error = NULL;
  AtlasCasualty *figure = atlas_kb_lookup_casualty (kb, "c-27");
  AtlasEvent *event = atlas_kb_lookup_event (kb, "e-raids");
  AtlasProblem *orphaned, *moved;
  GPtrArray *of_figure, *of_event;

  atlas_session_set_kb (session, kb);

  /* The problems of the file as it was read, on their facts */
  at_load = atlas_problem_map_new (kb, loaded);
  g_assert_cmpuint (atlas_problem_map_get_problems (at_load)->len, ==, 2);
  of_event = atlas_problem_map_lookup (at_load, event);
  g_assert_nonnull (of_event);
  g_assert_cmpuint (of_event->len, ==, 1);
  moved = g_ptr_array_index (of_event, 0);
  g_assert_true (moved->warning);
  g_assert_cmpstr (moved->path, ==, "events[0].sources[0]");
  g_assert_true (g_str_has_prefix (moved->message, "re-anchored from 0–55 to 9–64"));
  g_assert_null (atlas_problem_map_lookup (at_load, atlas_kb_lookup_place (kb, "p-bustan")));

  /* As it is now: the orphan stays a warning (it is written so as to be looked for again);
   * the source found again holds its words, and is no longer a problem */
  map = atlas_kb_check (kb);
  g_assert_cmpuint (atlas_problem_map_get_problems (map)->len, ==, 1);
  g_assert_null (atlas_problem_map_lookup (map, event));
  of_figure = atlas_problem_map_lookup (map, figure);
  g_assert_nonnull (of_figure);
  g_assert_cmpuint (of_figure->len, ==, 1);
  orphaned = g_ptr_array_index (of_figure, 0);
  g_assert_true (orphaned->warning);
  g_assert_cmpstr (orphaned->path, ==, "casualties[0].source");
  /* --check's words (tests/test-kb-v2.c, /kb-v2/edited) */
  g_assert_cmpstr (orphaned->message, ==, "orphaned: the text of article \"a-1\" changed (its sha256 differs) and the quote "
                                          "\"At least 27 people were killed.\" could not be found again without doubt; "
                                          "place it again");

  edit = atlas_edit_new_place_again (kb, G_OBJECT (figure), 0, NEW_START, NEW_END, &error);
  g_assert_no_error (error);
  atlas_session_apply_edit (session, edit);
  after = atlas_kb_check (kb);
  g_assert_cmpuint (atlas_problem_map_get_problems (after)->len, ==, 0);
  g_assert_null (atlas_problem_map_lookup (after, atlas_kb_lookup_casualty (kb, "c-27")));
  atlas_session_set_kb (session, NULL);
}

/* An edit that breaks a rule of the format (a "corroborated" event needs two outlets) is an
 * error on its event, as --check would say of the saved file */
static void
test_check_error (void)
{
  g_autoptr(AtlasKb) kb = load_edited (NULL);
  g_autoptr(AtlasSession) session = atlas_session_new ();
  g_autoptr(AtlasEvent) changed = NULL;
  g_autoptr(AtlasEdit) edit = NULL;
  g_autoptr(AtlasProblemMap) map = NULL;
  g_autoptr(GError) error = NULL;
  AtlasProblem *problem;
  GPtrArray *of_event;

  atlas_session_set_kb (session, kb);
  changed = atlas_event_copy (atlas_kb_lookup_event (kb, "e-raids"));
  atlas_event_set_verification (changed, ATLAS_VERIFICATION_CORROBORATED);
  edit = atlas_edit_new_replace (kb, atlas_kb_lookup_event (kb, "e-raids"), changed, &error);
  g_assert_no_error (error);
  atlas_session_apply_edit (session, edit);

  map = atlas_kb_check (kb);
  of_event = atlas_problem_map_lookup (map, atlas_kb_lookup_event (kb, "e-raids"));
  g_assert_nonnull (of_event);
  problem = g_ptr_array_index (of_event, 0);
  g_assert_false (problem->warning);
  g_assert_cmpstr (problem->path, ==, "events[0].verification");
  g_assert_nonnull (strstr (problem->message, "independent sources"));
  atlas_session_set_kb (session, NULL);
}

static void
check_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  AtlasProblemMap **map = user_data;
  g_autoptr(GError) error = NULL;

  *map = atlas_kb_check_finish (ATLAS_KB (object), result, &error);
  g_assert_no_error (error);
}

/* In a thread, the same; the KB may change meanwhile, the map names the items checked */
static void
test_check_async (void)
{
  g_autoptr(AtlasKb) kb = load_edited (NULL);
  g_autoptr(AtlasProblemMap) map = NULL;
  g_autoptr(AtlasCasualty) figure = g_object_ref (atlas_kb_lookup_casualty (kb, "c-27"));

  atlas_kb_check_async (kb, NULL, check_cb, &map);
  while (map == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (atlas_problem_map_get_problems (map)->len, ==, 1);
  g_assert_nonnull (atlas_problem_map_lookup (map, figure));
}

static void
wait_for_check (AtlasSession *session)
{
  while (atlas_session_get_checking (session))
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
has_orphan_warning_in (GPtrArray *problems)
{
  for (guint i = 0; problems && i < problems->len; i++)
    if (g_str_has_prefix (((AtlasProblem *) g_ptr_array_index (problems, i))->message, "orphaned: "))
      return TRUE;

  return FALSE;
}

/* Whether the session's last check found @item orphaned */
static gboolean
has_orphan_warning (AtlasSession *session,
                    gpointer      item)
{
  g_autoptr(GPtrArray) shown = atlas_session_dup_problems_for (session, item);

  /* A fact's card says that in its own way, with the words lost: not twice */
  g_assert_false (has_orphan_warning_in (shown));
  return has_orphan_warning_in (atlas_problem_map_lookup (atlas_session_get_problems (session), item));
}

/* The session finds the problems again after each edit, and says so; the last word is that
 * of the KB as it is */
static void
test_session (void)
{
  g_autoptr(GPtrArray) loaded = NULL;
  g_autoptr(AtlasKb) kb = load_edited (&loaded);
  g_autoptr(AtlasSession) session = atlas_session_new ();
  g_autoptr(AtlasEdit) edit = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) of_event = NULL;
  guint n_changed = 0;

  g_signal_connect_swapped (session, "problems-changed", G_CALLBACK (g_atomic_int_inc), &n_changed);
  atlas_session_set_kb (session, kb);
  atlas_session_set_load_problems (session, loaded);
  g_assert_true (atlas_session_get_checking (session));
  wait_for_check (session);
  g_assert_cmpuint (n_changed, >=, 2);
  g_assert_true (has_orphan_warning (session, atlas_kb_lookup_casualty (kb, "c-27")));
  /* The file's warning stays with the event, though writing it again no longer says it */
  of_event = atlas_session_dup_problems_for (session, atlas_kb_lookup_event (kb, "e-raids"));
  g_assert_cmpuint (of_event->len, ==, 1);
  g_assert_true (g_str_has_prefix (((AtlasProblem *) g_ptr_array_index (of_event, 0))->message, "re-anchored from"));

  edit = atlas_edit_new_place_again (kb, G_OBJECT (atlas_kb_lookup_casualty (kb, "c-27")), 0, NEW_START, NEW_END, &error);
  g_assert_no_error (error);
  atlas_session_apply_edit (session, edit);
  wait_for_check (session);
  g_assert_false (has_orphan_warning (session, atlas_kb_lookup_casualty (kb, "c-27")));

  /* Undone, redone and undone again, checks running between: the last check is of the last
   * state (that a check under way is followed by one more is not forced here: a check of this
   * small KB is over long before the next edit) */
  g_assert_true (atlas_session_undo (session));
  for (guint i = 0; i < 3 && atlas_session_get_checking (session); i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (atlas_session_redo (session));
  g_assert_true (atlas_session_undo (session));
  wait_for_check (session);
  g_assert_true (has_orphan_warning (session, atlas_kb_lookup_casualty (kb, "c-27")));

  atlas_session_set_kb (session, NULL);
  g_assert_false (atlas_session_get_checking (session));
}

/* The snapshot a check writes in its thread is the KB as it was when the check began, though
 * an edit then adds to another figure's list of overlaps in place */
static void
test_snapshot (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_shipped_kb ();
  g_autoptr(GBytes) before = atlas_kb_to_bytes (kb);
  g_autoptr(AtlasKb) snapshot = _atlas_kb_new_snapshot (kb);
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(AtlasCasualty) copy = NULL;
  g_autoptr(AtlasEdit) edit = NULL;
  g_autoptr(GPtrArray) overlaps = g_ptr_array_new ();
  g_autoptr(AtlasCasualty) first = g_list_model_get_item (atlas_kb_get_casualties (kb), 1);
  AtlasCasualty *alone = NULL;

  /* A figure that overlaps none */
  for (guint i = 0; alone == NULL && i < g_list_model_get_n_items (atlas_kb_get_casualties (kb)); i++)
    {
      g_autoptr(AtlasCasualty) casualty = g_list_model_get_item (atlas_kb_get_casualties (kb), i);

      if (atlas_casualty_get_n_overlaps (casualty) == 0)
        alone = casualty;
    }
  g_assert_nonnull (alone);
  g_assert_true (alone != first);

  /* Another may now count the same people as it: it then overlaps that one too, in place */
  for (guint i = 0; i < atlas_casualty_get_n_overlaps (first); i++)
    g_ptr_array_add (overlaps, atlas_casualty_get_overlap (first, i));
  g_ptr_array_add (overlaps, alone);
  copy = atlas_casualty_copy (first);
  atlas_casualty_set_overlaps (copy, (AtlasCasualty **) overlaps->pdata, overlaps->len);
  edit = atlas_edit_new_replace (kb, first, copy, NULL);
  g_assert_nonnull (edit);
  _atlas_edit_apply (edit, kb);
  g_assert_cmpuint (atlas_casualty_get_n_overlaps (alone), ==, 1);

  after = atlas_kb_to_bytes (kb);
  written = atlas_kb_to_bytes (snapshot);
  g_assert_false (g_bytes_equal (after, before));
  g_assert_true (g_bytes_equal (written, before));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/kb-check/place-again", test_place_again);
  g_test_add_func ("/kb-check/place-again-saved", test_place_again_saved);
  g_test_add_func ("/kb-check/drop", test_drop);
  g_test_add_func ("/kb-check/check", test_check);
  g_test_add_func ("/kb-check/check-error", test_check_error);
  g_test_add_func ("/kb-check/check-async", test_check_async);
  g_test_add_func ("/kb-check/snapshot", test_snapshot);
  g_test_add_func ("/kb-check/session", test_session);

  return g_test_run ();
}

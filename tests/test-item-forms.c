/* test-item-forms.c: editing and deleting reports and places through the window
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 9: a report's form in edit mode; deleting a report that facts quote, after a dialog
 * that lists them and what becomes of each; a place's form; deleting a place that events
 * name; a place named by the words selected in the reader, added to the selected event. Each
 * on the shipped KB, and each undone.
 */

#define G_LOG_DOMAIN "test-item-forms"

#include "config.h"

#include <string.h>

#include "atlas-kb-edit.h"
#include "atlas-place-dialog.h"
#include "atlas-reader-view.h"
#include "atlas-report-dialog.h"
#include "atlas-session.h"
#include "atlas-test-edit.h"
#include "atlas-test-gtk.h"
#include "atlas-test-kb.h"
#include "atlas-window.h"

typedef struct
{
  AtlasWindow *window;
  AtlasKb     *kb;
} Fixture;

static gboolean
done_loading (AtlasWindow *window)
{
  gboolean loading;

  g_object_get (window, "loading", &loading, NULL);
  return !loading;
}

static void
activate (Fixture    *fixture,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), action, NULL));
  atlas_test_iterate_for (30);
}

static AtlasSession *
session_of (Fixture *fixture)
{
  return atlas_window_get_session (fixture->window);
}

/* Whether a label under @widget says exactly @text */
static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  atlas_test_collect_descendants (widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0)
      return TRUE;
  return FALSE;
}

static guint
count_labels (GtkWidget  *widget,
              const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint n = 0;

  atlas_test_collect_descendants (widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    n += g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0;
  return n;
}

static gboolean
names_place (AtlasEvent *event,
             AtlasPlace *place)
{
  for (guint i = 0; i < atlas_event_get_n_places (event); i++)
    if (atlas_event_get_place (event, i) == place)
      return TRUE;
  return FALSE;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autofree char *shipped = g_test_build_filename (G_TEST_DIST, "..", "data", "aleppo-2016.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (shipped);

  fixture->window = atlas_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  atlas_window_open_file (fixture->window, file);
  atlas_test_wait_until (done_loading, fixture->window);
  fixture->kb = atlas_window_get_kb (fixture->window);
  g_assert_nonnull (fixture->kb);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  GtkWindow *other;

  while ((other = atlas_test_find_toplevel (GTK_TYPE_DIALOG)))
    gtk_window_destroy (other);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  atlas_test_iterate_for (20);
}

/* The form comes filled with the report; Save changes the title and keeps the rest */
static void
test_edit_report (Fixture       *fixture,
                  gconstpointer  user_data)
{
  AtlasSession *session = session_of (fixture);
  AtlasArticle *article = atlas_kb_lookup_article (fixture->kb, "a-new-arab-2016-10-14");
  g_autofree char *title = g_strdup (atlas_article_get_title (article));
  g_autofree char *text = g_strdup (atlas_article_get_text (article));
  guint n_events = atlas_kb_get_events_for_article (fixture->kb, article)->len;
  AtlasReportDialog *dialog;
  AtlasArticle *edited;

  atlas_session_set_selected_article (session, article);
  atlas_test_iterate_for (30);
  activate (fixture, "win.edit-report");
  dialog = ATLAS_REPORT_DIALOG (atlas_test_find_toplevel (ATLAS_TYPE_REPORT_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_true (atlas_report_dialog_get_article (dialog) == article);
  g_assert_true (atlas_report_dialog_is_complete (dialog));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (atlas_test_template_child (dialog, ATLAS_TYPE_REPORT_DIALOG, "title_entry"))), ==, title);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (atlas_test_template_child (dialog, ATLAS_TYPE_REPORT_DIALOG, "outlet_entry"))), ==,
                   atlas_article_get_outlet (article));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (atlas_test_template_child (dialog, ATLAS_TYPE_REPORT_DIALOG, "published_entry"))), ==,
                   "2016-10-14");
  /* Facts quote it: the form says what changing the text does to them */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (atlas_test_template_child (dialog, ATLAS_TYPE_REPORT_DIALOG, "anchor_note"))));

  gtk_editable_set_text (GTK_EDITABLE (atlas_test_template_child (dialog, ATLAS_TYPE_REPORT_DIALOG, "title_entry")), "Renamed report");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "report.add", NULL));
  atlas_test_iterate_for (50);
  g_assert_null (atlas_test_find_toplevel (ATLAS_TYPE_REPORT_DIALOG));

  edited = atlas_kb_lookup_article (fixture->kb, "a-new-arab-2016-10-14");
  g_assert_cmpstr (atlas_article_get_title (edited), ==, "Renamed report");
  g_assert_cmpstr (atlas_article_get_text (edited), ==, text);
  g_assert_cmpuint (atlas_kb_get_events_for_article (fixture->kb, edited)->len, ==, n_events);
  g_assert_true (atlas_session_get_modified (session));

  activate (fixture, "win.undo");
  g_assert_cmpstr (atlas_article_get_title (atlas_kb_lookup_article (fixture->kb, "a-new-arab-2016-10-14")), ==, title);
  g_assert_false (atlas_session_get_modified (session));
}

/* The report is the only source of some facts and one of several of others: the dialog says
 * which; Cancel keeps everything; Delete takes what it said; Undo brings it all back */
static void
test_delete_report (Fixture       *fixture,
                    gconstpointer  user_data)
{
  AtlasSession *session = session_of (fixture);
  AtlasArticle *article = atlas_kb_lookup_article (fixture->kb, "a-unidentified-2016-09-23");
  g_autofree char *before = atlas_test_kb_snapshot (fixture->kb);
  g_autofree char *only_title = g_strdup (atlas_event_get_title (atlas_kb_lookup_event (fixture->kb, "e-2016-09-22-overnight-bombardment")));
  g_autofree char *kept_title = g_strdup (atlas_event_get_title (atlas_kb_lookup_event (fixture->kb, "e-2016-09-19-truce-collapses")));
  g_autofree char *figure = atlas_casualty_format (atlas_kb_lookup_casualty (fixture->kb, "c-2016-09-22-sohr-at-least-27-killed"));
  g_autoptr(GPtrArray) facts = atlas_kb_get_facts_citing_article (fixture->kb, article);
  GtkWidget *dialog;
  AtlasEvent *kept;

  atlas_session_set_selected_article (session, article);
  atlas_test_iterate_for (30);

  activate (fixture, "win.delete-report");
  dialog = GTK_WIDGET (atlas_test_find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  /* Every event it quotes, each once; the figures too */
  for (guint i = 0; i < facts->len; i++)
    if (ATLAS_IS_EVENT (g_ptr_array_index (facts, i)))
      g_assert_cmpuint (count_labels (dialog, atlas_event_get_title (g_ptr_array_index (facts, i))), ==, 1);
  g_assert_true (has_label (dialog, only_title));
  g_assert_true (has_label (dialog, kept_title));
  g_assert_true (has_label (dialog, "Deleted: no other source"));
  g_assert_true (has_label (dialog, "Kept: 2 other reports state it"));
  {
    g_autofree char *named = g_strdup_printf ("%s, of “%s”", figure,
                                              atlas_event_get_title (atlas_casualty_get_event (atlas_kb_lookup_casualty (fixture->kb, "c-2016-09-22-sohr-at-least-27-killed"))));
    g_assert_true (has_label (dialog, named));
  }

  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  atlas_test_iterate_for (30);
  g_assert_null (atlas_test_find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
  atlas_test_assert_snapshot (fixture->kb, before);

  activate (fixture, "win.delete-report");
  dialog = GTK_WIDGET (atlas_test_find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  atlas_test_iterate_for (50);

  g_assert_null (atlas_kb_lookup_article (fixture->kb, "a-unidentified-2016-09-23"));
  g_assert_null (atlas_kb_lookup_event (fixture->kb, "e-2016-09-22-overnight-bombardment"));
  g_assert_null (atlas_kb_lookup_casualty (fixture->kb, "c-2016-09-22-sohr-at-least-27-killed"));
  kept = atlas_kb_lookup_event (fixture->kb, "e-2016-09-19-truce-collapses");
  g_assert_nonnull (kept);
  g_assert_cmpuint (atlas_event_get_n_sources (kept), >, 0);
  for (guint i = 0; i < atlas_event_get_n_sources (kept); i++)
    g_assert_cmpstr (atlas_article_get_id (atlas_event_get_source (kept, i)->article), !=, "a-unidentified-2016-09-23");
  atlas_test_check_indexes (fixture->kb);

  activate (fixture, "win.undo");
  atlas_test_assert_snapshot (fixture->kb, before);
  g_assert_false (atlas_session_get_modified (session));
}

/* The place's form: names changed, the location kept as it was; Undo */
static void
test_edit_place (Fixture       *fixture,
                 gconstpointer  user_data)
{
  AtlasSession *session = session_of (fixture);
  AtlasPlace *place = atlas_kb_lookup_place (fixture->kb, "p-as-sukkari");
  g_autofree char *before = atlas_test_kb_snapshot (fixture->kb);
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget *details = GTK_WIDGET (atlas_test_template_child (fixture->window, ATLAS_TYPE_WINDOW, "details_view"));
  guint n_events = atlas_kb_get_events_for_place (fixture->kb, place)->len;
  gboolean has_edit_button = FALSE;
  AtlasPlaceDialog *dialog;
  AtlasPlace *edited;
  double lat, lon, new_lat, new_lon;

  g_assert_true (atlas_place_get_location (place, &lat, &lon));
  atlas_session_set_selected_place (session, place);
  atlas_test_iterate_for (50);

  /* The place's card offers the form */
  atlas_test_collect_descendants (details, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    has_edit_button = has_edit_button ||
                      g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), "win.edit-place") == 0;
  g_assert_true (has_edit_button);

  activate (fixture, "win.edit-place");
  dialog = ATLAS_PLACE_DIALOG (atlas_test_find_toplevel (ATLAS_TYPE_PLACE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_true (atlas_place_dialog_get_place (dialog) == place);
  g_assert_true (atlas_place_dialog_is_complete (dialog));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (atlas_test_template_child (dialog, ATLAS_TYPE_PLACE_DIALOG, "name_entry"))), ==, "as-Sukkari");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (atlas_test_template_child (dialog, ATLAS_TYPE_PLACE_DIALOG, "name_ar_entry"))), ==, "السكري");
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (atlas_test_template_child (dialog, ATLAS_TYPE_PLACE_DIALOG, "name_ar_entry"))), ==, GTK_TEXT_DIR_RTL);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (atlas_test_template_child (dialog, ATLAS_TYPE_PLACE_DIALOG, "location_check"))));

  /* A name is needed */
  gtk_editable_set_text (GTK_EDITABLE (atlas_test_template_child (dialog, ATLAS_TYPE_PLACE_DIALOG, "name_entry")), "  ");
  g_assert_false (atlas_place_dialog_is_complete (dialog));
  gtk_editable_set_text (GTK_EDITABLE (atlas_test_template_child (dialog, ATLAS_TYPE_PLACE_DIALOG, "name_entry")), "Sukkari Quarter");
  gtk_editable_set_text (GTK_EDITABLE (atlas_test_template_child (dialog, ATLAS_TYPE_PLACE_DIALOG, "name_ar_entry")), "حي السكري");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "place.save", NULL));
  atlas_test_iterate_for (50);
  g_assert_null (atlas_test_find_toplevel (ATLAS_TYPE_PLACE_DIALOG));

  edited = atlas_kb_lookup_place (fixture->kb, "p-as-sukkari");
  g_assert_cmpstr (atlas_place_get_name (edited), ==, "Sukkari Quarter");
  g_assert_cmpstr (atlas_place_get_name_ar (edited), ==, "حي السكري");
  g_assert_cmpstr (atlas_place_get_aliases (edited)[0], ==, "As-Sukkari");
  g_assert_cmpstr (atlas_place_get_kind (edited), ==, "neighbourhood");
  g_assert_true (atlas_place_get_location (edited, &new_lat, &new_lon));
  g_assert_cmpfloat (new_lat, ==, lat);
  g_assert_cmpfloat (new_lon, ==, lon);
  g_assert_true (atlas_place_get_geometry (edited) == atlas_place_get_geometry (place));
  g_assert_cmpuint (atlas_kb_get_events_for_place (fixture->kb, edited)->len, ==, n_events);
  atlas_test_check_indexes (fixture->kb);

  activate (fixture, "win.undo");
  atlas_test_assert_snapshot (fixture->kb, before);
  g_assert_cmpstr (atlas_place_get_name (atlas_kb_lookup_place (fixture->kb, "p-as-sukkari")), ==, "as-Sukkari");
}

/* The events that name the place lose it, after a dialog that lists them; Undo */
static void
test_delete_place (Fixture       *fixture,
                   gconstpointer  user_data)
{
  AtlasSession *session = session_of (fixture);
  AtlasPlace *place = atlas_kb_lookup_place (fixture->kb, "p-al-marjeh");
  AtlasEvent *event = atlas_kb_lookup_event (fixture->kb, "e-2016-09-22-overnight-bombardment");
  g_autofree char *title = g_strdup (atlas_event_get_title (event));
  g_autofree char *before = atlas_test_kb_snapshot (fixture->kb);
  guint n_places = atlas_event_get_n_places (event);
  GtkWidget *dialog;
  AtlasEvent *changed;

  g_assert_true (names_place (event, place));
  atlas_session_set_selected_place (session, place);
  atlas_test_iterate_for (30);

  activate (fixture, "win.delete-place");
  dialog = GTK_WIDGET (atlas_test_find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_true (has_label (dialog, title));
  g_assert_true (has_label (dialog, "Kept, at its other places"));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  atlas_test_iterate_for (50);

  g_assert_null (atlas_kb_lookup_place (fixture->kb, "p-al-marjeh"));
  changed = atlas_kb_lookup_event (fixture->kb, "e-2016-09-22-overnight-bombardment");
  g_assert_nonnull (changed);
  g_assert_cmpuint (atlas_event_get_n_places (changed), ==, n_places - 1);
  atlas_test_check_indexes (fixture->kb);

  activate (fixture, "win.undo");
  atlas_test_assert_snapshot (fixture->kb, before);
  g_assert_true (names_place (atlas_kb_lookup_event (fixture->kb, "e-2016-09-22-overnight-bombardment"),
                              atlas_kb_lookup_place (fixture->kb, "p-al-marjeh")));
}

static void
select_in_reader (Fixture    *fixture,
                  const char *words)
{
  GtkWidget *reader = GTK_WIDGET (atlas_test_template_child (fixture->window, ATLAS_TYPE_WINDOW, "reader_view"));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (atlas_test_template_child (reader, ATLAS_TYPE_READER_VIEW, "text_view")));
  const char *text = atlas_article_get_text (atlas_session_get_selected_article (session_of (fixture)));
  const char *at = strstr (text, words);
  GtkTextIter from, to;

  g_assert_nonnull (at);
  gtk_text_buffer_get_iter_at_offset (buffer, &from, g_utf8_pointer_to_offset (text, at));
  to = from;
  gtk_text_iter_forward_chars (&to, g_utf8_strlen (words, -1));
  gtk_text_buffer_select_range (buffer, &from, &to);
}

/* The selected words name a place of the KB: the selected event gets it, in one undoable edit.
 * Words that name none change nothing, and say so. */
static void
test_place_mention (Fixture       *fixture,
                    gconstpointer  user_data)
{
  AtlasSession *session = session_of (fixture);
  AtlasEvent *event = atlas_kb_lookup_event (fixture->kb, "e-2016-09-20-khan-touman-air-raid");
  AtlasPlace *damascus = atlas_kb_lookup_place (fixture->kb, "p-damascus");
  g_autofree char *before = atlas_test_kb_snapshot (fixture->kb);
  guint n_places = atlas_event_get_n_places (event);
  GtkWindow *error;
  AtlasEvent *changed;

  g_assert_false (names_place (event, damascus));
  atlas_session_set_selected_event (session, event);
  atlas_test_iterate_for (50);
  g_assert_cmpstr (atlas_article_get_id (atlas_session_get_selected_article (session)), ==, "a-daily-sabah-2016-09-22");

  select_in_reader (fixture, "Damascus");
  activate (fixture, "win.add-place-mention");
  g_assert_null (atlas_test_find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
  changed = atlas_kb_lookup_event (fixture->kb, "e-2016-09-20-khan-touman-air-raid");
  g_assert_cmpuint (atlas_event_get_n_places (changed), ==, n_places + 1);
  g_assert_true (names_place (changed, damascus));
  g_assert_true (atlas_session_get_selected_event (session) == changed);
  atlas_test_check_indexes (fixture->kb);

  activate (fixture, "win.undo");
  atlas_test_assert_snapshot (fixture->kb, before);

  /* "hopes" names no place: nothing changes, and the window says why */
  atlas_session_set_selected_event (session, atlas_kb_lookup_event (fixture->kb, "e-2016-09-20-khan-touman-air-raid"));
  atlas_test_iterate_for (50);
  select_in_reader (fixture, "hopes");
  activate (fixture, "win.add-place-mention");
  error = atlas_test_find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (error);
  g_assert_true (has_label (GTK_WIDGET (error), "No place found in the selection"));
  gtk_window_destroy (error);
  atlas_test_assert_snapshot (fixture->kb, before);
  g_assert_false (atlas_session_get_modified (session));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_bug_base ("https://github.com/aleppoatlas/aleppo-atlas/issues/");

  if (!atlas_test_init_gtk_or_skip ())
    return 0;

  g_test_add ("/item-forms/edit-report", Fixture, NULL, fixture_set_up, test_edit_report, fixture_tear_down);
  g_test_add ("/item-forms/delete-report", Fixture, NULL, fixture_set_up, test_delete_report, fixture_tear_down);
  g_test_add ("/item-forms/edit-place", Fixture, NULL, fixture_set_up, test_edit_place, fixture_tear_down);
  g_test_add ("/item-forms/delete-place", Fixture, NULL, fixture_set_up, test_delete_place, fixture_tear_down);
  g_test_add ("/item-forms/place-mention", Fixture, NULL, fixture_set_up, test_place_mention, fixture_tear_down);

  return g_test_run ();
}

/* test-fact-forms.c: every field of an event and of a casualty figure, edited in its form
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 9, "Edit every field of every fact": on the shipped KB, each form opens on a fact
 * filled with what it has, the fields the forms gained (an event's status, verification,
 * actors and note; a figure's period, places, verification, overlaps and note) included.
 * Each is changed, saved as one edit, and undone: the KB holds the new values, then the old.
 */

#define G_LOG_DOMAIN "test-fact-forms"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "atlas-event-dialog.h"
#include "atlas-figure-dialog.h"
#include "atlas-locale.h"
#include "atlas-place-picker.h"
#include "atlas-reader-view.h"
#include "atlas-session.h"
#include "atlas-test-gtk.h"
#include "atlas-window.h"

#define OFFENSIVE     "e-2016-09-22-offensive-launched"
#define TRAINER       "e-2016-02-01-russian-trainer-killed"
#define DOZENS        "c-2016-09-22-offensive-dozens-of-civilians"
#define AID_WORKERS   "c-2016-09-22-aid-workers-toll-higher"
#define SOHR          "c-2016-09-22-sohr-at-least-27-killed"
#define AT_LEAST_13   "c-2016-09-21-at-least-13-dead"

typedef struct
{
  char        *folder;
  char        *path;
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
  atlas_test_iterate_for (20);
}

static AtlasSession *
session_of (Fixture *fixture)
{
  return atlas_window_get_session (fixture->window);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autofree char *shipped = g_test_build_filename (G_TEST_DIST, "..", "data", "aleppo-2016.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;

  fixture->folder = g_dir_make_tmp ("test-fact-forms-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->folder, "kb.json", NULL);
  g_assert_true (g_file_get_contents (shipped, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (fixture->path, contents, length, NULL));

  fixture->window = atlas_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  file = g_file_new_for_path (fixture->path);
  atlas_window_open_file (fixture->window, file);
  atlas_test_wait_until (done_loading, fixture->window);
  fixture->kb = atlas_window_get_kb (fixture->window);
  g_assert_nonnull (fixture->kb);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GDir) dir = NULL;
  GtkWindow *other;
  const char *name;

  while ((other = atlas_test_find_toplevel (ATLAS_TYPE_EVENT_DIALOG)) || (other = atlas_test_find_toplevel (ATLAS_TYPE_FIGURE_DIALOG)))
    gtk_window_destroy (other);
  /* Unsaved edits: the window is destroyed without asking */
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  dir = g_dir_open (fixture->folder, 0, NULL);
  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (fixture->folder, name, NULL);

      g_remove (path);
    }
  g_rmdir (fixture->folder);
  g_free (fixture->path);
  g_free (fixture->folder);
}

/* Form helpers */

static const char *
entry_text (gpointer    dialog,
            GType       type,
            const char *name)
{
  return gtk_editable_get_text (GTK_EDITABLE (atlas_test_template_child (dialog, type, name)));
}

static void
set_entry_text (gpointer    dialog,
                GType       type,
                const char *name,
                const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (atlas_test_template_child (dialog, type, name)), text);
}

static char *
note_text (gpointer dialog,
           GType    type)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (atlas_test_template_child (dialog, type, "note_view"));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
set_note_text (gpointer    dialog,
               GType       type,
               const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (atlas_test_template_child (dialog, type, "note_view")), text, -1);
}

/* As a user would: Add Place…, a word of the name in the search, Enter */
static void
pick_place (AtlasPlacePicker *picker,
            const char       *search,
            AtlasPlace       *place)
{
  GtkEditable *entry = atlas_test_template_child (picker, ATLAS_TYPE_PLACE_PICKER, "search_entry");
  GtkListView *list = atlas_test_template_child (picker, ATLAS_TYPE_PLACE_PICKER, "place_list");
  GListModel *found = G_LIST_MODEL (gtk_list_view_get_model (list));
  g_autoptr(GPtrArray) before = atlas_place_picker_get_places (picker);
  g_autoptr(GPtrArray) after = NULL;
  gboolean listed = FALSE;

  gtk_menu_button_popup (atlas_test_template_child (picker, ATLAS_TYPE_PLACE_PICKER, "add_button"));
  atlas_test_iterate_for (20);
  gtk_editable_set_text (entry, search);
  atlas_test_iterate_for (300);
  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(AtlasPlace) item = g_list_model_get_item (found, i);

      listed |= item == place;
    }
  g_assert_true (listed);
  g_signal_emit_by_name (entry, "activate");
  atlas_test_iterate_for (20);

  after = atlas_place_picker_get_places (picker);
  g_assert_cmpuint (after->len, ==, before->len + 1);
  g_assert_true (g_ptr_array_index (after, after->len - 1) == place);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
}

/* Unticks the place listed first, as a user would to take it out */
static void
untick_first_place (AtlasPlacePicker *picker)
{
  GtkWidget *list = atlas_test_template_child (picker, ATLAS_TYPE_PLACE_PICKER, "list_box");
  GtkWidget *first = gtk_widget_get_first_child (list);

  g_assert_true (GTK_IS_CHECK_BUTTON (first));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (first), FALSE);
}

/* The check button of @other in the figure form's list of overlaps: the KB's figures in order,
 * less the one edited */
static GtkCheckButton *
overlap_check (AtlasFigureDialog *dialog,
               AtlasKb           *kb,
               AtlasCasualty     *other)
{
  GListModel *casualties = atlas_kb_get_casualties (kb);
  GtkWidget *child = gtk_widget_get_first_child (atlas_test_template_child (dialog, ATLAS_TYPE_FIGURE_DIALOG, "overlaps_box"));

  for (guint i = 0; i < g_list_model_get_n_items (casualties); i++)
    {
      g_autoptr(AtlasCasualty) casualty = g_list_model_get_item (casualties, i);

      if (casualty == atlas_figure_dialog_get_casualty (dialog))
        continue;
      g_assert_nonnull (child);
      if (casualty == other)
        return GTK_CHECK_BUTTON (child);
      child = gtk_widget_get_next_sibling (child);
    }

  g_assert_not_reached ();
}

static gboolean
overlaps (AtlasCasualty *casualty,
          AtlasCasualty *other)
{
  for (guint i = 0; i < atlas_casualty_get_n_overlaps (casualty); i++)
    if (atlas_casualty_get_overlap (casualty, i) == other)
      return TRUE;
  return FALSE;
}

static gboolean
has_place (AtlasCasualty *casualty,
           AtlasPlace    *place)
{
  for (guint i = 0; i < atlas_casualty_get_n_places (casualty); i++)
    if (atlas_casualty_get_place (casualty, i) == place)
      return TRUE;
  return FALSE;
}

static AtlasEventDialog *
open_event_form (Fixture    *fixture,
                 const char *id)
{
  AtlasEventDialog *dialog;

  atlas_session_set_selected_event (session_of (fixture), atlas_kb_lookup_event (fixture->kb, id));
  atlas_test_iterate_for (20);
  activate (fixture, "win.edit-event");
  dialog = ATLAS_EVENT_DIALOG (atlas_test_find_toplevel (ATLAS_TYPE_EVENT_DIALOG));
  g_assert_nonnull (dialog);
  return dialog;
}

static AtlasFigureDialog *
open_figure_form (Fixture    *fixture,
                  const char *id)
{
  AtlasFigureDialog *dialog;

  atlas_session_set_selected_casualty (session_of (fixture), atlas_kb_lookup_casualty (fixture->kb, id));
  atlas_test_iterate_for (20);
  activate (fixture, "win.edit-figure");
  dialog = ATLAS_FIGURE_DIALOG (atlas_test_find_toplevel (ATLAS_TYPE_FIGURE_DIALOG));
  g_assert_nonnull (dialog);
  return dialog;
}

/* Tests */

static void
test_event (Fixture       *fixture,
            gconstpointer  user_data)
{
  AtlasEvent *event = atlas_kb_lookup_event (fixture->kb, OFFENSIVE);
  AtlasPlace *aleppo = atlas_kb_lookup_place (fixture->kb, "p-aleppo");
  AtlasPlace *syria = atlas_kb_lookup_place (fixture->kb, "p-syria");
  g_autofree char *old_note = g_strdup (atlas_event_get_note (event));
  g_autofree char *old_title = g_strdup (atlas_event_get_title (event));
  const char * const new_actors[] = { "Syrian government forces", "Russia", "Hezbollah", NULL };
  AtlasEventDialog *dialog;
  g_autofree char *note = NULL;
  const char * const *actors;

  g_assert_nonnull (aleppo);
  g_assert_nonnull (syria);
  g_assert_nonnull (old_note);
  g_assert_cmpuint (atlas_event_get_status (event), ==, ATLAS_EVENT_STATUS_REPORTED);
  g_assert_cmpuint (atlas_event_get_verification (event), ==, ATLAS_VERIFICATION_UNVERIFIED);
  g_assert_cmpuint (atlas_event_get_n_independent_sources (event), >=, 2);
  g_assert_cmpuint (atlas_event_get_n_places (event), ==, 1);
  g_assert_true (atlas_event_get_place (event, 0) == aleppo);

  /* Filled with the event as it is */
  dialog = open_event_form (fixture, OFFENSIVE);
  g_assert_cmpuint (gtk_drop_down_get_selected (atlas_test_template_child (dialog, ATLAS_TYPE_EVENT_DIALOG, "status_dropdown")), ==,
                    ATLAS_EVENT_STATUS_REPORTED);
  g_assert_cmpuint (gtk_drop_down_get_selected (atlas_test_template_child (dialog, ATLAS_TYPE_EVENT_DIALOG, "verification_dropdown")), ==,
                    ATLAS_VERIFICATION_UNVERIFIED);
  g_assert_cmpstr (entry_text (dialog, ATLAS_TYPE_EVENT_DIALOG, "actors_entry"), ==, "Syrian government forces, Russia");
  note = note_text (dialog, ATLAS_TYPE_EVENT_DIALOG);
  g_assert_cmpstr (note, ==, old_note);
  /* What the verification rests on is shown, and is not a field */
  g_assert_true (gtk_widget_get_visible (atlas_test_template_child (dialog, ATLAS_TYPE_EVENT_DIALOG, "verification_problem")));
  g_assert_false (gtk_widget_has_css_class (atlas_test_template_child (dialog, ATLAS_TYPE_EVENT_DIALOG, "verification_problem"), "error"));
  g_assert_true (atlas_event_dialog_is_complete (dialog));

  /* Every new field changed, and a place of the KB the sentence does not name added */
  gtk_drop_down_set_selected (atlas_test_template_child (dialog, ATLAS_TYPE_EVENT_DIALOG, "status_dropdown"), ATLAS_EVENT_STATUS_PLANNED);
  gtk_drop_down_set_selected (atlas_test_template_child (dialog, ATLAS_TYPE_EVENT_DIALOG, "verification_dropdown"), ATLAS_VERIFICATION_CORROBORATED);
  set_entry_text (dialog, ATLAS_TYPE_EVENT_DIALOG, "actors_entry", " Syrian government forces,Russia , , Hezbollah,");
  set_note_text (dialog, ATLAS_TYPE_EVENT_DIALOG, "  Two lines:\nthe second one.\n");
  untick_first_place (atlas_test_template_child (dialog, ATLAS_TYPE_EVENT_DIALOG, "places_picker"));
  pick_place (atlas_test_template_child (dialog, ATLAS_TYPE_EVENT_DIALOG, "places_picker"), "السورية", syria);
  g_assert_true (atlas_event_dialog_is_complete (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "event.create", NULL));
  atlas_test_iterate_for (50);
  g_assert_null (atlas_test_find_toplevel (ATLAS_TYPE_EVENT_DIALOG));

  event = atlas_kb_lookup_event (fixture->kb, OFFENSIVE);
  g_assert_cmpuint (atlas_event_get_status (event), ==, ATLAS_EVENT_STATUS_PLANNED);
  g_assert_cmpuint (atlas_event_get_verification (event), ==, ATLAS_VERIFICATION_CORROBORATED);
  actors = atlas_event_get_actors (event);
  g_assert_nonnull (actors);
  g_assert_cmpstrv (actors, new_actors);
  g_assert_cmpstr (atlas_event_get_note (event), ==, "Two lines:\nthe second one.");
  g_assert_cmpuint (atlas_event_get_n_places (event), ==, 1);
  g_assert_true (atlas_event_get_place (event, 0) == syria);
  g_assert_cmpstr (atlas_event_get_title (event), ==, old_title);

  /* One edit: one undo brings every old value back */
  activate (fixture, "win.undo");
  event = atlas_kb_lookup_event (fixture->kb, OFFENSIVE);
  g_assert_cmpuint (atlas_event_get_status (event), ==, ATLAS_EVENT_STATUS_REPORTED);
  g_assert_cmpuint (atlas_event_get_verification (event), ==, ATLAS_VERIFICATION_UNVERIFIED);
  actors = atlas_event_get_actors (event);
  g_assert_cmpstrv (actors, ((const char * const []) { "Syrian government forces", "Russia", NULL }));
  g_assert_cmpstr (atlas_event_get_note (event), ==, old_note);
  g_assert_cmpuint (atlas_event_get_n_places (event), ==, 1);
  g_assert_true (atlas_event_get_place (event, 0) == aleppo);
  g_assert_false (atlas_session_get_modified (session_of (fixture)));
}

/* An event one outlet states cannot be marked corroborated: the loader would refuse it */
static void
test_event_corroboration (Fixture       *fixture,
                          gconstpointer  user_data)
{
  AtlasEvent *event = atlas_kb_lookup_event (fixture->kb, TRAINER);
  AtlasEventDialog *dialog;
  GtkWidget *problem;

  g_assert_cmpuint (atlas_event_get_n_independent_sources (event), ==, 1);
  dialog = open_event_form (fixture, TRAINER);
  problem = atlas_test_template_child (dialog, ATLAS_TYPE_EVENT_DIALOG, "verification_problem");
  g_assert_true (atlas_event_dialog_is_complete (dialog));

  gtk_drop_down_set_selected (atlas_test_template_child (dialog, ATLAS_TYPE_EVENT_DIALOG, "verification_dropdown"), ATLAS_VERIFICATION_CORROBORATED);
  atlas_test_iterate_for (20);
  g_assert_false (atlas_event_dialog_is_complete (dialog));
  g_assert_true (gtk_widget_get_visible (problem));
  g_assert_true (gtk_widget_has_css_class (problem, "error"));
  g_assert_true (gtk_widget_has_css_class (atlas_test_template_child (dialog, ATLAS_TYPE_EVENT_DIALOG, "verification_dropdown"), "error"));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "event.create", NULL);
  atlas_test_iterate_for (20);
  g_assert_true (atlas_kb_lookup_event (fixture->kb, TRAINER) == event);

  gtk_drop_down_set_selected (atlas_test_template_child (dialog, ATLAS_TYPE_EVENT_DIALOG, "verification_dropdown"), ATLAS_VERIFICATION_DISPUTED);
  g_assert_true (atlas_event_dialog_is_complete (dialog));
  g_assert_false (gtk_widget_has_css_class (problem, "error"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "event.create", NULL));
  atlas_test_iterate_for (50);
  g_assert_cmpuint (atlas_event_get_verification (atlas_kb_lookup_event (fixture->kb, TRAINER)), ==, ATLAS_VERIFICATION_DISPUTED);
}

/* A new event from words of a report gets the new fields too */
static void
test_event_new (Fixture       *fixture,
                gconstpointer  user_data)
{
  AtlasSession *session = session_of (fixture);
  AtlasArticle *article = atlas_kb_lookup_article (fixture->kb, "a-unidentified-2016-09-23");
  const char *words = "threatening to launch a ground invasion";
  const char * const actors[] = { "Syrian government forces", "Russia", NULL };
  GtkWidget *reader = atlas_test_template_child (fixture->window, ATLAS_TYPE_WINDOW, "reader_view");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (atlas_test_template_child (reader, ATLAS_TYPE_READER_VIEW, "text_view"));
  g_autoptr(GPtrArray) before = NULL;
  GPtrArray *after;
  AtlasEventDialog *dialog;
  AtlasEvent *made = NULL;
  GtkTextIter from, to;
  const char *text;

  g_assert_nonnull (article);
  before = g_ptr_array_copy (atlas_kb_get_events_for_article (fixture->kb, article), NULL, NULL);
  atlas_session_set_selected_article (session, article);
  atlas_test_iterate_for (50);
  text = atlas_article_get_text (article);
  g_assert_nonnull (strstr (text, words));
  gtk_text_buffer_get_iter_at_offset (buffer, &from, g_utf8_pointer_to_offset (text, strstr (text, words)));
  to = from;
  gtk_text_iter_forward_chars (&to, g_utf8_strlen (words, -1));
  gtk_text_buffer_select_range (buffer, &from, &to);
  activate (fixture, "win.new-event");
  dialog = ATLAS_EVENT_DIALOG (atlas_test_find_toplevel (ATLAS_TYPE_EVENT_DIALOG));
  g_assert_nonnull (dialog);

  /* A new event starts reported, unverified, with no actors and no note */
  g_assert_cmpuint (atlas_event_dialog_get_status (dialog), ==, ATLAS_EVENT_STATUS_REPORTED);
  g_assert_cmpuint (atlas_event_dialog_get_verification (dialog), ==, ATLAS_VERIFICATION_UNVERIFIED);
  g_assert_cmpstr (entry_text (dialog, ATLAS_TYPE_EVENT_DIALOG, "actors_entry"), ==, "");
  g_assert_null (atlas_event_dialog_dup_note (dialog));

  set_entry_text (dialog, ATLAS_TYPE_EVENT_DIALOG, "title_entry", "Ground invasion threatened");
  set_entry_text (dialog, ATLAS_TYPE_EVENT_DIALOG, "date_entry", "2016-09-23");
  gtk_drop_down_set_selected (atlas_test_template_child (dialog, ATLAS_TYPE_EVENT_DIALOG, "type_dropdown"), 0);
  gtk_drop_down_set_selected (atlas_test_template_child (dialog, ATLAS_TYPE_EVENT_DIALOG, "status_dropdown"), ATLAS_EVENT_STATUS_PLANNED);
  gtk_drop_down_set_selected (atlas_test_template_child (dialog, ATLAS_TYPE_EVENT_DIALOG, "verification_dropdown"), ATLAS_VERIFICATION_DISPUTED);
  set_entry_text (dialog, ATLAS_TYPE_EVENT_DIALOG, "actors_entry", "Syrian government forces, Russia");
  set_note_text (dialog, ATLAS_TYPE_EVENT_DIALOG, "Threatened, not begun.");
  g_assert_true (atlas_event_dialog_is_complete (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "event.create", NULL));
  atlas_test_iterate_for (50);

  after = atlas_kb_get_events_for_article (fixture->kb, article);
  g_assert_cmpuint (after->len, ==, before->len + 1);
  for (guint i = 0; i < after->len; i++)
    if (g_str_equal (atlas_event_get_title (g_ptr_array_index (after, i)), "Ground invasion threatened"))
      made = g_ptr_array_index (after, i);
  g_assert_nonnull (made);
  g_assert_cmpuint (atlas_event_get_status (made), ==, ATLAS_EVENT_STATUS_PLANNED);
  g_assert_cmpuint (atlas_event_get_verification (made), ==, ATLAS_VERIFICATION_DISPUTED);
  g_assert_cmpstrv (atlas_event_get_actors (made), actors);
  g_assert_cmpstr (atlas_event_get_note (made), ==, "Threatened, not begun.");

  activate (fixture, "win.undo");
  g_assert_cmpuint (atlas_kb_get_events_for_article (fixture->kb, article)->len, ==, before->len);
}

static void
test_figure (Fixture       *fixture,
             gconstpointer  user_data)
{
  AtlasCasualty *figure = atlas_kb_lookup_casualty (fixture->kb, DOZENS);
  AtlasCasualty *aid_workers = atlas_kb_lookup_casualty (fixture->kb, AID_WORKERS);
  AtlasCasualty *sohr = atlas_kb_lookup_casualty (fixture->kb, SOHR);
  AtlasCasualty *at_least_13 = atlas_kb_lookup_casualty (fixture->kb, AT_LEAST_13);
  AtlasPlace *aleppo = atlas_kb_lookup_place (fixture->kb, "p-aleppo");
  AtlasPlace *sukkari = atlas_kb_lookup_place (fixture->kb, "p-as-sukkari");
  g_autofree char *old_note = g_strdup (atlas_casualty_get_note (figure));
  AtlasFigureDialog *dialog;
  g_autofree char *note = NULL;
  g_autoptr(GPtrArray) places = NULL;
  g_autoptr(GPtrArray) overlapping = NULL;
  AtlasDate start, end;

  g_assert_true (atlas_casualty_get_period (figure, &start, &end));
  g_assert_cmpuint (start, ==, atlas_date_from_ymd (2016, 9, 22));
  g_assert_cmpuint (end, ==, atlas_date_from_ymd (2016, 10, 2));
  g_assert_true (overlaps (figure, aid_workers) && overlaps (figure, sohr) && !overlaps (figure, at_least_13));

  /* Filled with the figure as it is */
  dialog = open_figure_form (fixture, DOZENS);
  g_assert_true (gtk_check_button_get_active (atlas_test_template_child (dialog, ATLAS_TYPE_FIGURE_DIALOG, "period_check")));
  g_assert_cmpstr (entry_text (dialog, ATLAS_TYPE_FIGURE_DIALOG, "period_start_entry"), ==, "2016-09-22");
  g_assert_cmpstr (entry_text (dialog, ATLAS_TYPE_FIGURE_DIALOG, "period_end_entry"), ==, "2016-10-02");
  g_assert_cmpuint (gtk_drop_down_get_selected (atlas_test_template_child (dialog, ATLAS_TYPE_FIGURE_DIALOG, "verification_dropdown")), ==,
                    ATLAS_VERIFICATION_UNVERIFIED);
  places = atlas_figure_dialog_get_places (dialog);
  g_assert_cmpuint (places->len, ==, 1);
  g_assert_true (g_ptr_array_index (places, 0) == aleppo);
  g_clear_pointer (&places, g_ptr_array_unref);
  g_assert_true (gtk_check_button_get_active (overlap_check (dialog, fixture->kb, aid_workers)));
  g_assert_true (gtk_check_button_get_active (overlap_check (dialog, fixture->kb, sohr)));
  g_assert_false (gtk_check_button_get_active (overlap_check (dialog, fixture->kb, at_least_13)));
  overlapping = atlas_figure_dialog_get_overlaps (dialog);
  g_assert_cmpuint (overlapping->len, ==, 2);
  g_clear_pointer (&overlapping, g_ptr_array_unref);
  note = note_text (dialog, ATLAS_TYPE_FIGURE_DIALOG);
  g_assert_cmpstr (note, ==, old_note);
  g_assert_true (atlas_figure_dialog_is_complete (dialog));

  /* Every new field changed */
  set_entry_text (dialog, ATLAS_TYPE_FIGURE_DIALOG, "period_start_entry", "2016-09-23");
  set_entry_text (dialog, ATLAS_TYPE_FIGURE_DIALOG, "period_end_entry", "2016-10-01");
  gtk_drop_down_set_selected (atlas_test_template_child (dialog, ATLAS_TYPE_FIGURE_DIALOG, "verification_dropdown"), ATLAS_VERIFICATION_DISPUTED);
  untick_first_place (atlas_test_template_child (dialog, ATLAS_TYPE_FIGURE_DIALOG, "places_picker"));
  /* A word inside the name finds it: the search does not need the article "al-" */
  pick_place (atlas_test_template_child (dialog, ATLAS_TYPE_FIGURE_DIALOG, "places_picker"), "sukk", sukkari);
  gtk_check_button_set_active (overlap_check (dialog, fixture->kb, aid_workers), FALSE);
  gtk_check_button_set_active (overlap_check (dialog, fixture->kb, at_least_13), TRUE);
  set_note_text (dialog, ATLAS_TYPE_FIGURE_DIALOG, "Changed in the form.");
  g_assert_true (atlas_figure_dialog_is_complete (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "figure.create", NULL));
  atlas_test_iterate_for (50);
  g_assert_null (atlas_test_find_toplevel (ATLAS_TYPE_FIGURE_DIALOG));

  figure = atlas_kb_lookup_casualty (fixture->kb, DOZENS);
  g_assert_true (atlas_casualty_get_period (figure, &start, &end));
  g_assert_cmpuint (start, ==, atlas_date_from_ymd (2016, 9, 23));
  g_assert_cmpuint (end, ==, atlas_date_from_ymd (2016, 10, 1));
  g_assert_cmpuint (atlas_casualty_get_verification (figure), ==, ATLAS_VERIFICATION_DISPUTED);
  g_assert_cmpuint (atlas_casualty_get_n_places (figure), ==, 1);
  g_assert_true (has_place (figure, sukkari));
  g_assert_cmpuint (atlas_casualty_get_n_overlaps (figure), ==, 2);
  g_assert_true (overlaps (figure, sohr) && overlaps (figure, at_least_13) && !overlaps (figure, aid_workers));
  /* Both ways, as the format has it */
  g_assert_true (overlaps (at_least_13, figure));
  g_assert_false (overlaps (aid_workers, figure));
  g_assert_cmpstr (atlas_casualty_get_note (figure), ==, "Changed in the form.");
  /* What the form did not touch stays */
  g_assert_cmpstr (atlas_casualty_get_killed (figure)->words, ==, "dozens");

  /* One edit: one undo brings every old value back */
  activate (fixture, "win.undo");
  figure = atlas_kb_lookup_casualty (fixture->kb, DOZENS);
  g_assert_true (atlas_casualty_get_period (figure, &start, &end));
  g_assert_cmpuint (start, ==, atlas_date_from_ymd (2016, 9, 22));
  g_assert_cmpuint (end, ==, atlas_date_from_ymd (2016, 10, 2));
  g_assert_cmpuint (atlas_casualty_get_verification (figure), ==, ATLAS_VERIFICATION_UNVERIFIED);
  g_assert_cmpuint (atlas_casualty_get_n_places (figure), ==, 1);
  g_assert_true (has_place (figure, aleppo));
  g_assert_true (overlaps (figure, aid_workers) && overlaps (figure, sohr) && !overlaps (figure, at_least_13));
  g_assert_true (overlaps (aid_workers, figure));
  g_assert_false (overlaps (at_least_13, figure));
  g_assert_cmpstr (atlas_casualty_get_note (figure), ==, old_note);
  g_assert_false (atlas_session_get_modified (session_of (fixture)));
}

typedef struct
{
  AtlasFigureDialog *dialog;
  guint              n_shown;
} OverlapsShown;

/* Whether the figure form's list of overlaps shows just @shown->n_shown figures: the search
 * filters a moment after it is typed in */
static gboolean
overlaps_shown (OverlapsShown *shown)
{
  GtkWidget *box = atlas_test_template_child (shown->dialog, ATLAS_TYPE_FIGURE_DIALOG, "overlaps_box");
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (box); child; child = gtk_widget_get_next_sibling (child))
    n += GTK_IS_CHECK_BUTTON (child) && gtk_widget_get_visible (child);
  return n == shown->n_shown;
}

static void
search_overlaps (OverlapsShown *shown,
                 const char    *words,
                 guint          n_shown)
{
  set_entry_text (shown->dialog, ATLAS_TYPE_FIGURE_DIALOG, "overlaps_search", words);
  shown->n_shown = n_shown;
  atlas_test_wait_until (overlaps_shown, shown);
}

static gboolean
is_shown (AtlasFigureDialog *dialog,
          AtlasKb           *kb,
          AtlasCasualty     *other)
{
  return gtk_widget_get_visible (GTK_WIDGET (overlap_check (dialog, kb, other)));
}

/* Down in the search entry, through the form's own key handler */
static gboolean
press_down_in_search (AtlasFigureDialog *dialog)
{
  GtkWidget *search = atlas_test_template_child (dialog, ATLAS_TYPE_FIGURE_DIALOG, "overlaps_search");
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (search);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_Down, 0, (GdkModifierType) 0, &handled);
    }
  return handled;
}

/* The other figures a figure may overlap are searched by any word of their description (its
 * outlet, its number, its event), folded as search folds words; a figure ticked stays ticked
 * while the search hides it */
static void
test_figure_overlaps_search (Fixture       *fixture,
                             gconstpointer  user_data)
{
  AtlasCasualty *aid_workers = atlas_kb_lookup_casualty (fixture->kb, AID_WORKERS);
  AtlasCasualty *sohr = atlas_kb_lookup_casualty (fixture->kb, SOHR);
  AtlasCasualty *at_least_13 = atlas_kb_lookup_casualty (fixture->kb, AT_LEAST_13);
  AtlasFigureDialog *dialog = open_figure_form (fixture, DOZENS);
  OverlapsShown shown = { dialog, 0 };
  GtkWidget *none = atlas_test_template_child (dialog, ATLAS_TYPE_FIGURE_DIALOG, "overlaps_none");
  GtkWidget *search = atlas_test_template_child (dialog, ATLAS_TYPE_FIGURE_DIALOG, "overlaps_search");
  g_autoptr(GPtrArray) overlapping = NULL;
  GtkWidget *focus;

  /* The KB's eight figures, less the one edited; the wire copy's two are ticked */
  g_assert_true (gtk_widget_get_visible (search));
  search_overlaps (&shown, "", 7);
  g_assert_true (gtk_check_button_get_active (overlap_check (dialog, fixture->kb, aid_workers)));
  g_assert_true (gtk_check_button_get_active (overlap_check (dialog, fixture->kb, sohr)));

  /* Daily Sabah's four, whatever the case and accents typed */
  search_overlaps (&shown, "SÁBAH", 4);
  g_assert_true (is_shown (dialog, fixture->kb, at_least_13));
  g_assert_false (is_shown (dialog, fixture->kb, aid_workers));
  g_assert_false (is_shown (dialog, fixture->kb, sohr));
  g_assert_false (gtk_widget_get_visible (none));

  /* Every word counts, the event's title's too: one figure of an air raid on Hama */
  search_overlaps (&shown, "hama 13", 1);
  g_assert_true (is_shown (dialog, fixture->kb, at_least_13));

  /* Down goes from the search to the figure shown, which is ticked from there */
  gtk_widget_grab_focus (search);
  g_assert_true (press_down_in_search (dialog));
  focus = gtk_root_get_focus (GTK_ROOT (dialog));
  g_assert_true (focus == GTK_WIDGET (overlap_check (dialog, fixture->kb, at_least_13)) ||
                 gtk_widget_is_ancestor (focus, GTK_WIDGET (overlap_check (dialog, fixture->kb, at_least_13))));
  gtk_check_button_set_active (overlap_check (dialog, fixture->kb, at_least_13), TRUE);

  /* The ticked figures hidden are still the form's answer */
  overlapping = atlas_figure_dialog_get_overlaps (dialog);
  g_assert_cmpuint (overlapping->len, ==, 3);
  g_assert_true (g_ptr_array_find (overlapping, aid_workers, NULL));
  g_assert_true (g_ptr_array_find (overlapping, sohr, NULL));
  g_assert_true (g_ptr_array_find (overlapping, at_least_13, NULL));
  g_clear_pointer (&overlapping, g_ptr_array_unref);

  /* Nothing found says so */
  search_overlaps (&shown, "nowhere", 0);
  g_assert_true (gtk_widget_get_visible (none));

  /* Escape empties the search, and the form stays: every figure is back, each as it was left */
  g_signal_emit_by_name (search, "stop-search");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");
  g_assert_nonnull (atlas_test_find_toplevel (ATLAS_TYPE_FIGURE_DIALOG));
  shown.n_shown = 7;
  atlas_test_wait_until (overlaps_shown, &shown);
  g_assert_false (gtk_widget_get_visible (none));
  g_assert_true (gtk_check_button_get_active (overlap_check (dialog, fixture->kb, aid_workers)));
  g_assert_true (gtk_check_button_get_active (overlap_check (dialog, fixture->kb, sohr)));
  g_assert_true (gtk_check_button_get_active (overlap_check (dialog, fixture->kb, at_least_13)));

  /* Saved, they are the figure's overlaps */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "figure.create", NULL));
  atlas_test_iterate_for (50);
  g_assert_null (atlas_test_find_toplevel (ATLAS_TYPE_FIGURE_DIALOG));
  g_assert_true (overlaps (atlas_kb_lookup_casualty (fixture->kb, DOZENS), at_least_13));
  g_assert_true (overlaps (atlas_kb_lookup_casualty (fixture->kb, DOZENS), aid_workers));
}

/* A period given to a figure with none: its end is the report's date until changed; an end
 * before the start, or a date that is not one, is shown beside the field and not saved */
static void
test_figure_period (Fixture       *fixture,
                    gconstpointer  user_data)
{
  AtlasCasualty *figure = atlas_kb_lookup_casualty (fixture->kb, AT_LEAST_13);
  AtlasFigureDialog *dialog;
  GtkWidget *end_entry, *end_problem, *start_problem;
  AtlasDate start, end;

  g_assert_false (atlas_casualty_get_period (figure, &start, &end));
  dialog = open_figure_form (fixture, AT_LEAST_13);
  end_entry = atlas_test_template_child (dialog, ATLAS_TYPE_FIGURE_DIALOG, "period_end_entry");
  end_problem = atlas_test_template_child (dialog, ATLAS_TYPE_FIGURE_DIALOG, "period_end_problem");
  start_problem = atlas_test_template_child (dialog, ATLAS_TYPE_FIGURE_DIALOG, "period_start_problem");
  g_assert_false (gtk_check_button_get_active (atlas_test_template_child (dialog, ATLAS_TYPE_FIGURE_DIALOG, "period_check")));
  g_assert_false (gtk_widget_get_sensitive (end_entry));
  g_assert_cmpstr (entry_text (dialog, ATLAS_TYPE_FIGURE_DIALOG, "period_start_entry"), ==, "");

  gtk_check_button_set_active (atlas_test_template_child (dialog, ATLAS_TYPE_FIGURE_DIALOG, "period_check"), TRUE);
  g_assert_true (gtk_widget_get_sensitive (end_entry));
  g_assert_cmpstr (entry_text (dialog, ATLAS_TYPE_FIGURE_DIALOG, "period_end_entry"), ==, "2016-09-22");
  /* No start yet: not complete, and nothing said before the user types or presses Save */
  g_assert_false (atlas_figure_dialog_is_complete (dialog));
  g_assert_false (gtk_widget_get_visible (start_problem));

  set_entry_text (dialog, ATLAS_TYPE_FIGURE_DIALOG, "period_start_entry", "2016-09-30");
  g_assert_false (atlas_figure_dialog_is_complete (dialog));
  g_assert_true (gtk_widget_get_visible (end_problem));
  g_assert_true (gtk_widget_has_css_class (end_problem, "error"));
  g_assert_true (gtk_widget_has_css_class (end_entry, "error"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (end_problem)), ==, "The last day cannot be before the first.");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "figure.create", NULL);
  atlas_test_iterate_for (20);
  g_assert_true (atlas_kb_lookup_casualty (fixture->kb, AT_LEAST_13) == figure);

  set_entry_text (dialog, ATLAS_TYPE_FIGURE_DIALOG, "period_start_entry", "2016-09-31");
  g_assert_false (atlas_figure_dialog_is_complete (dialog));
  g_assert_true (gtk_widget_get_visible (start_problem));
  g_assert_true (gtk_widget_has_css_class (start_problem, "error"));

  set_entry_text (dialog, ATLAS_TYPE_FIGURE_DIALOG, "period_start_entry", "2016-09-20");
  g_assert_true (atlas_figure_dialog_is_complete (dialog));
  g_assert_false (gtk_widget_get_visible (start_problem));
  g_assert_false (gtk_widget_get_visible (end_problem));
  g_assert_false (gtk_widget_has_css_class (end_entry, "error"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "figure.create", NULL));
  atlas_test_iterate_for (50);
  figure = atlas_kb_lookup_casualty (fixture->kb, AT_LEAST_13);
  g_assert_true (atlas_casualty_get_period (figure, &start, &end));
  g_assert_cmpuint (start, ==, atlas_date_from_ymd (2016, 9, 20));
  g_assert_cmpuint (end, ==, atlas_date_from_ymd (2016, 9, 22));

  activate (fixture, "win.undo");
  g_assert_false (atlas_casualty_get_period (atlas_kb_lookup_casualty (fixture->kb, AT_LEAST_13), &start, &end));
}

/* The note above a new event's fields says what the sentence suggested, and only that */
static const char *
suggestions_note_for (Fixture    *fixture,
                      const char *text,
                      const char *sentence)
{
  g_autoptr(AtlasArticle) article = atlas_article_new ("a-note");
  const char *at;
  AtlasSource source = { 0 };
  AtlasEventDialog *dialog;
  static char *note = NULL;

  atlas_article_set_text (article, text);
  atlas_article_set_published (article, atlas_date_from_ymd (2016, 10, 20));
  at = strstr (text, sentence);
  g_assert_nonnull (at);
  source.article = article;
  source.start = g_utf8_pointer_to_offset (text, at);
  source.end = source.start + g_utf8_strlen (sentence, -1);
  source.quote = (char *) sentence;

  dialog = atlas_event_dialog_new (NULL, fixture->kb, &source);
  g_free (note);
  note = g_strdup (gtk_label_get_text (GTK_LABEL (atlas_test_template_child (dialog, ATLAS_TYPE_EVENT_DIALOG, "suggestions_note"))));
  gtk_window_destroy (GTK_WINDOW (dialog));
  return note;
}

static void
test_event_suggestions_note (Fixture       *fixture,
                             gconstpointer  user_data)
{
  const char *text = "Shelling hit al-Ansari. On Tuesday, shelling resumed there. On Tuesday, it hit al-Ansari. It went on.";

  g_assert_cmpstr (suggestions_note_for (fixture, text, "Shelling hit al-Ansari."), ==,
                   "The places below are suggested from the sentence, which gives no date: fill it in from the report.");
  g_assert_cmpstr (suggestions_note_for (fixture, text, "On Tuesday, shelling resumed there."), ==,
                   "The date below is suggested from the sentence, which names no place of the knowledge base: check it before creating the event.");
  g_assert_cmpstr (suggestions_note_for (fixture, text, "On Tuesday, it hit al-Ansari."), ==,
                   "The date and places below are suggested from the sentence: check them before creating the event.");
  g_assert_cmpstr (suggestions_note_for (fixture, text, "It went on."), ==,
                   "Nothing in the sentence suggests a date or a place: fill them in from the report.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_bug_base ("https://github.com/aleppoatlas/aleppo-atlas/issues/");

  if (!atlas_test_init_gtk_or_skip ())
    return 0;

  g_test_add ("/fact-forms/event", Fixture, NULL, fixture_set_up, test_event, fixture_tear_down);
  g_test_add ("/fact-forms/event-new", Fixture, NULL, fixture_set_up, test_event_new, fixture_tear_down);
  g_test_add ("/fact-forms/event-suggestions-note", Fixture, NULL, fixture_set_up, test_event_suggestions_note, fixture_tear_down);
  g_test_add ("/fact-forms/event-corroboration", Fixture, NULL, fixture_set_up, test_event_corroboration, fixture_tear_down);
  g_test_add ("/fact-forms/figure", Fixture, NULL, fixture_set_up, test_figure, fixture_tear_down);
  g_test_add ("/fact-forms/figure-period", Fixture, NULL, fixture_set_up, test_figure_period, fixture_tear_down);
  g_test_add ("/fact-forms/figure-overlaps-search", Fixture, NULL, fixture_set_up, test_figure_overlaps_search, fixture_tear_down);

  return g_test_run ();
}

/* test-curation.c: adding a report and making a fact from its text, through the window
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 9's walk: add a report, select a sentence in the reader, create an event from it with
 * the suggested date and place, see it on the timeline, the map and in the reader; undo;
 * redo; save; read the file again: it is what was made. Then the recovery copy and closing
 * with unsaved changes. The report below is written for this test; it is not in the KB.
 */

#define G_LOG_DOMAIN "test-curation"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "atlas-event-dialog.h"
#include "atlas-figure-dialog.h"
#include "atlas-kb-file.h"
#include "atlas-kb-writer.h"
#include "atlas-reader-view.h"
#include "atlas-report-dialog.h"
#include "atlas-session.h"
#include "atlas-test-gtk.h"
#include "atlas-test-written.h"
#include "atlas-timeline-panel.h"
#include "atlas-timeline-view-private.h"
#include "atlas-window.h"

#define REPORT_TEXT \
  "Shelling resumed across the city this week.\n" \
  "On Tuesday, rockets hit a bakery in al-Ansari, killing at least six people, rescuers said.\n" \
  "Talks in Geneva are expected to resume next month."
#define SENTENCE "rockets hit a bakery in al-Ansari"

typedef struct
{
  char        *folder;
  char        *path;
  AtlasWindow *window;
  AtlasKb     *kb;
} Fixture;

static gboolean
is_saved (gpointer data);

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

static gboolean
is_saved (gpointer data)
{
  Fixture *fixture = data;

  return !atlas_session_get_modified (session_of (fixture));
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

  fixture->folder = g_dir_make_tmp ("test-curation-XXXXXX", &error);
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
  g_assert_false (atlas_session_get_modified (session_of (fixture)));
}

static void
remove_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_remove (path);
    }
  g_rmdir (folder);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  GtkWindow *other;

  while ((other = atlas_test_find_toplevel (GTK_TYPE_DIALOG)))
    gtk_window_destroy (other);
  if (fixture->window)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  remove_folder (fixture->folder);
  g_free (fixture->path);
  g_free (fixture->folder);
}

/* Ctrl+N, the form filled in as a user would, Add */
static AtlasArticle *
add_report (Fixture *fixture)
{
  AtlasReportDialog *dialog;
  guint n_articles = g_list_model_get_n_items (atlas_kb_get_articles (fixture->kb));
  AtlasArticle *article;

  activate (fixture, "win.add-report");
  dialog = ATLAS_REPORT_DIALOG (atlas_test_find_toplevel (ATLAS_TYPE_REPORT_DIALOG));
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (atlas_test_template_child (dialog, ATLAS_TYPE_REPORT_DIALOG, "title_entry")), "Bakery hit");
  gtk_editable_set_text (GTK_EDITABLE (atlas_test_template_child (dialog, ATLAS_TYPE_REPORT_DIALOG, "outlet_entry")), "Test Wire");
  gtk_editable_set_text (GTK_EDITABLE (atlas_test_template_child (dialog, ATLAS_TYPE_REPORT_DIALOG, "published_entry")), "2016-10-14");
  atlas_report_dialog_set_text (dialog, REPORT_TEXT);
  g_assert_true (atlas_report_dialog_is_complete (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "report.add", NULL));
  atlas_test_iterate_for (50);

  g_assert_null (atlas_test_find_toplevel (ATLAS_TYPE_REPORT_DIALOG));
  g_assert_cmpuint (g_list_model_get_n_items (atlas_kb_get_articles (fixture->kb)), ==, n_articles + 1);
  article = atlas_session_get_selected_article (session_of (fixture));
  g_assert_nonnull (article);
  g_assert_cmpstr (atlas_article_get_text (article), ==, REPORT_TEXT);
  g_assert_cmpstr (atlas_article_get_outlet (article), ==, "Test Wire");
  g_assert_cmpuint (atlas_article_get_published (article), ==, atlas_date_from_ymd (2016, 10, 14));
  g_assert_true (atlas_session_get_modified (session_of (fixture)));
  return article;
}

/* The reader shows the article; select the sentence's words as a mouse would */
static void
select_in_reader (Fixture    *fixture,
                  const char *words,
                  guint      *start,
                  guint      *end)
{
  GtkWidget *reader = GTK_WIDGET (atlas_test_template_child (fixture->window, ATLAS_TYPE_WINDOW, "reader_view"));
  GtkTextView *view = GTK_TEXT_VIEW (atlas_test_template_child (reader, ATLAS_TYPE_READER_VIEW, "text_view"));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  const char *at = strstr (REPORT_TEXT, words);
  GtkTextIter from, to;

  g_assert_nonnull (at);
  *start = (guint) g_utf8_pointer_to_offset (REPORT_TEXT, at);
  *end = *start + (guint) g_utf8_strlen (words, -1);
  gtk_text_buffer_get_iter_at_offset (buffer, &from, *start);
  gtk_text_buffer_get_iter_at_offset (buffer, &to, *end);
  gtk_text_buffer_select_range (buffer, &from, &to);
}

/* Whether the timeline has a mark for @event */
static gboolean
on_timeline (Fixture    *fixture,
             AtlasEvent *event)
{
  AtlasTimelinePanel *panel = ATLAS_TIMELINE_PANEL (atlas_test_template_child (fixture->window, ATLAS_TYPE_WINDOW, "timeline_panel"));
  AtlasTimelineView *view = atlas_timeline_panel_get_view (panel);

  return atlas_timeline_layout_find_mark (view->layout, event) != G_MAXUINT;
}

static AtlasEvent *
find_event_citing (AtlasKb      *kb,
                   AtlasArticle *article)
{
  GPtrArray *events = atlas_kb_get_events_for_article (kb, article);

  return events && events->len == 1 ? g_ptr_array_index (events, 0) : NULL;
}

static void
test_walk (Fixture       *fixture,
           gconstpointer  user_data)
{
  AtlasSession *session = session_of (fixture);
  AtlasPlace *ansari = NULL;
  AtlasArticle *article;
  AtlasEventDialog *dialog;
  AtlasEvent *event;
  const AtlasSource *source;
  guint start, end, count_before;
  g_autoptr(GPtrArray) places = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (fixture->path);
  g_autoptr(AtlasKb) reread = NULL;
  g_autoptr(GBytes) made = NULL;
  g_autofree char *on_disk = NULL;
  gsize length;
  GListModel *all_places = atlas_kb_get_places (fixture->kb);

  for (guint i = 0; i < g_list_model_get_n_items (all_places) && ansari == NULL; i++)
    {
      g_autoptr(AtlasPlace) place = g_list_model_get_item (all_places, i);

      if (g_strcmp0 (atlas_place_get_name (place), "al-Ansari") == 0)
        ansari = place;
    }
  g_assert_nonnull (ansari);
  count_before = atlas_session_get_place_count (session, ansari);

  article = add_report (fixture);
  select_in_reader (fixture, SENTENCE, &start, &end);

  /* Ctrl+E: the form comes with the date and the place the sentence gives */
  activate (fixture, "win.new-event");
  dialog = ATLAS_EVENT_DIALOG (atlas_test_find_toplevel (ATLAS_TYPE_EVENT_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_false (atlas_event_dialog_is_complete (dialog));
  /* "On Tuesday" in a report of Friday 14 October 2016: the 11th */
  g_assert_cmpuint (atlas_event_dialog_get_date (dialog), ==, atlas_date_from_ymd (2016, 10, 11));
  places = atlas_event_dialog_get_places (dialog);
  g_assert_cmpuint (places->len, ==, 1);
  g_assert_true (g_ptr_array_index (places, 0) == ansari);

  /* The user writes the title and chooses the type; nothing is created before */
  g_assert_null (find_event_citing (fixture->kb, article));
  gtk_editable_set_text (GTK_EDITABLE (atlas_test_template_child (dialog, ATLAS_TYPE_EVENT_DIALOG, "title_entry")), "Rockets hit a bakery");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (atlas_test_template_child (dialog, ATLAS_TYPE_EVENT_DIALOG, "type_dropdown")), 0);
  g_assert_true (atlas_event_dialog_is_complete (dialog));
  atlas_test_save_screenshot (GTK_WIDGET (dialog), "curation-event-dialog.png");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "event.create", NULL));
  atlas_test_iterate_for (50);
  g_assert_null (atlas_test_find_toplevel (ATLAS_TYPE_EVENT_DIALOG));

  /* The fact, linked to exactly those words */
  event = find_event_citing (fixture->kb, article);
  g_assert_nonnull (event);
  g_assert_cmpstr (atlas_event_get_title (event), ==, "Rockets hit a bakery");
  g_assert_cmpuint (atlas_event_get_date (event), ==, atlas_date_from_ymd (2016, 10, 11));
  g_assert_cmpuint (atlas_event_get_n_sources (event), ==, 1);
  source = atlas_event_get_source (event, 0);
  g_assert_cmpuint (source->start, ==, start);
  g_assert_cmpuint (source->end, ==, end);
  g_assert_cmpstr (source->quote, ==, SENTENCE);

  /* Selected, so the details, the reader's focus, the timeline and the map follow; the map
   * counts it at al-Ansari */
  g_assert_true (atlas_session_get_selected_event (session) == event);
  {
    guint focus_start = 0, focus_end = 0;

    g_assert_true (atlas_session_get_focus (session, &focus_start, &focus_end));
    g_assert_cmpuint (focus_start, ==, start);
    g_assert_cmpuint (focus_end, ==, end);
  }
  g_assert_true (g_ptr_array_find (atlas_session_get_highlighted_events (session), event, NULL));
  g_assert_cmpuint (atlas_session_get_place_count (session, ansari), ==, count_before + 1);
  g_assert_true (on_timeline (fixture, event));

  /* Undo takes it away, everywhere; redo brings it back */
  activate (fixture, "win.undo");
  g_assert_false (on_timeline (fixture, event));
  g_assert_null (find_event_citing (fixture->kb, article));
  g_assert_null (atlas_session_get_selected_event (session));
  g_assert_cmpuint (atlas_session_get_place_count (session, ansari), ==, count_before);
  activate (fixture, "win.redo");
  event = find_event_citing (fixture->kb, article);
  g_assert_nonnull (event);
  g_assert_true (on_timeline (fixture, event));
  g_assert_cmpuint (atlas_session_get_place_count (session, ansari), ==, count_before + 1);

  /* Ctrl+K on "killing at least six people": a figure of the event, suggested from the words */
  atlas_session_set_selected_event (session, event);
  atlas_test_iterate_for (20);
  select_in_reader (fixture, "killing at least six people", &start, &end);
  activate (fixture, "win.new-figure");
  {
    AtlasFigureDialog *figure_dialog = ATLAS_FIGURE_DIALOG (atlas_test_find_toplevel (ATLAS_TYPE_FIGURE_DIALOG));
    AtlasCount count = { 0 };
    g_autofree char *who = NULL;
    g_autofree char *qualifier = NULL;
    GPtrArray *figures;
    AtlasCasualty *figure;

    g_assert_nonnull (figure_dialog);
    g_assert_true (atlas_figure_dialog_get_event (figure_dialog) == event);
    g_assert_false (atlas_figure_dialog_get_injured (figure_dialog));
    atlas_figure_dialog_get_count (figure_dialog, &count);
    g_assert_cmpint (count.min, ==, 6);
    g_assert_cmpint (count.max, ==, -1);
    g_assert_null (count.words);
    who = atlas_figure_dialog_dup_who (figure_dialog);
    qualifier = atlas_figure_dialog_dup_qualifier (figure_dialog);
    g_assert_cmpstr (who, ==, "people");
    g_assert_cmpstr (qualifier, ==, "at least");
    g_assert_true (atlas_figure_dialog_is_complete (figure_dialog));
    atlas_test_save_screenshot (GTK_WIDGET (figure_dialog), "curation-figure-dialog.png");
    gtk_editable_set_text (GTK_EDITABLE (atlas_test_template_child (figure_dialog, ATLAS_TYPE_FIGURE_DIALOG, "reported_entry")), "rescuers");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (figure_dialog), "figure.create", NULL));
    atlas_test_iterate_for (50);
    g_assert_null (atlas_test_find_toplevel (ATLAS_TYPE_FIGURE_DIALOG));

    figures = atlas_kb_get_casualties_for_event (fixture->kb, event);
    g_assert_cmpuint (figures->len, ==, 1);
    figure = g_ptr_array_index (figures, 0);
    g_assert_cmpint (atlas_casualty_get_killed (figure)->min, ==, 6);
    g_assert_cmpstr (atlas_casualty_get_reported_by (figure), ==, "rescuers");
    g_assert_cmpstr (atlas_casualty_get_source (figure)->quote, ==, "killing at least six people");
    g_assert_true (atlas_session_get_selected_casualty (session) == figure);
  }

  /* Ctrl+S, then the file read again is what was made, and the old one is the backup */
  activate (fixture, "win.save");
  atlas_test_wait_until (is_saved, fixture);
  g_assert_true (g_file_get_contents (fixture->path, &on_disk, &length, NULL));
  made = atlas_kb_to_bytes (fixture->kb);
  g_assert_cmpuint (length, ==, g_bytes_get_size (made));
  g_assert_true (memcmp (on_disk, g_bytes_get_data (made, NULL), length) == 0);
  reread = atlas_kb_new_from_file (file, NULL, NULL, NULL);
  g_assert_nonnull (reread);
  atlas_test_assert_kbs_equal (fixture->kb, reread);
  event = find_event_citing (reread, atlas_kb_lookup_article (reread, atlas_article_get_id (article)));
  g_assert_nonnull (event);
  g_assert_cmpstr (atlas_event_get_source (event, 0)->quote, ==, SENTENCE);
  {
    g_autofree char *backup = g_strconcat (fixture->path, "~", NULL);
    g_autofree char *old = NULL;
    g_autofree char *shipped = g_test_build_filename (G_TEST_DIST, "..", "data", "aleppo-2016.json", NULL);
    g_autofree char *original = NULL;

    g_assert_true (g_file_get_contents (backup, &old, NULL, NULL));
    g_assert_true (g_file_get_contents (shipped, &original, NULL, NULL));
    g_assert_cmpstr (old, ==, original);
  }
  /* Saved: no copy to recover */
  g_assert_null (atlas_kb_find_recovery (fixture->path));
}

/* An existing event: edit it in its form, add a sentence as one more of its sources, delete
 * it; each undone */
static void
test_edit_and_delete (Fixture       *fixture,
                      gconstpointer  user_data)
{
  AtlasSession *session = session_of (fixture);
  AtlasEvent *event = atlas_kb_lookup_event (fixture->kb, "e-2016-09-22-offensive-launched");
  g_autofree char *title = g_strdup (atlas_event_get_title (event));
  guint n_sources = atlas_event_get_n_sources (event);
  AtlasEventDialog *dialog;
  AtlasEvent *changed;
  GtkWidget *reader;
  GtkTextBuffer *buffer;
  GtkTextIter from, to;
  const char *text;
  const AtlasSource *added;

  atlas_session_set_selected_event (session, event);
  atlas_test_iterate_for (50);

  /* The form, filled with the event as it is; saving keeps its id and sources */
  activate (fixture, "win.edit-event");
  dialog = ATLAS_EVENT_DIALOG (atlas_test_find_toplevel (ATLAS_TYPE_EVENT_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_true (atlas_event_dialog_get_event (dialog) == event);
  g_assert_true (atlas_event_dialog_is_complete (dialog));
  g_assert_cmpuint (atlas_event_dialog_get_date (dialog), ==, atlas_event_get_date (event));
  g_assert_cmpstr (atlas_event_dialog_get_event_type (dialog), ==, atlas_event_get_event_type (event));
  gtk_editable_set_text (GTK_EDITABLE (atlas_test_template_child (dialog, ATLAS_TYPE_EVENT_DIALOG, "title_entry")), "Renamed");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "event.create", NULL));
  atlas_test_iterate_for (50);
  changed = atlas_kb_lookup_event (fixture->kb, "e-2016-09-22-offensive-launched");
  g_assert_cmpstr (atlas_event_get_title (changed), ==, "Renamed");
  g_assert_cmpuint (atlas_event_get_n_sources (changed), ==, n_sources);
  g_assert_true (atlas_session_get_selected_event (session) == changed);
  activate (fixture, "win.undo");
  event = atlas_kb_lookup_event (fixture->kb, "e-2016-09-22-offensive-launched");
  g_assert_cmpstr (atlas_event_get_title (event), ==, title);

  /* Words of the report in the reader, added as one more source */
  atlas_session_set_selected_event (session, event);
  atlas_test_iterate_for (50);
  reader = GTK_WIDGET (atlas_test_template_child (fixture->window, ATLAS_TYPE_WINDOW, "reader_view"));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (atlas_test_template_child (reader, ATLAS_TYPE_READER_VIEW, "text_view")));
  text = atlas_article_get_text (atlas_session_get_selected_article (session));
  g_assert_nonnull (strstr (text, "threatening to launch a ground invasion"));
  gtk_text_buffer_get_iter_at_offset (buffer, &from, g_utf8_pointer_to_offset (text, strstr (text, "threatening to launch")));
  to = from;
  gtk_text_iter_forward_chars (&to, g_utf8_strlen ("threatening to launch a ground invasion", -1));
  gtk_text_buffer_select_range (buffer, &from, &to);
  activate (fixture, "win.add-source");
  changed = atlas_kb_lookup_event (fixture->kb, "e-2016-09-22-offensive-launched");
  g_assert_cmpuint (atlas_event_get_n_sources (changed), ==, n_sources + 1);
  added = atlas_event_get_source (changed, n_sources);
  g_assert_cmpstr (added->quote, ==, "threatening to launch a ground invasion");
  activate (fixture, "win.undo");
  event = atlas_kb_lookup_event (fixture->kb, "e-2016-09-22-offensive-launched");
  g_assert_cmpuint (atlas_event_get_n_sources (event), ==, n_sources);

  /* Deleted with its figure, and back */
  atlas_session_set_selected_event (session, event);
  atlas_test_iterate_for (20);
  activate (fixture, "win.delete-event");
  g_assert_null (atlas_kb_lookup_event (fixture->kb, "e-2016-09-22-offensive-launched"));
  g_assert_null (atlas_kb_lookup_casualty (fixture->kb, "c-2016-09-22-offensive-dozens-of-civilians"));
  activate (fixture, "win.undo");
  g_assert_nonnull (atlas_kb_lookup_event (fixture->kb, "e-2016-09-22-offensive-launched"));
  g_assert_nonnull (atlas_kb_lookup_casualty (fixture->kb, "c-2016-09-22-offensive-dozens-of-civilians"));

  /* A figure's form, filled with it: "a dozen" as its words, "at least 13" as its number */
  atlas_session_set_selected_casualty (session, atlas_kb_lookup_casualty (fixture->kb, "c-2016-09-21-a-dozen-killed"));
  atlas_test_iterate_for (20);
  activate (fixture, "win.edit-figure");
  {
    AtlasFigureDialog *figure_dialog = ATLAS_FIGURE_DIALOG (atlas_test_find_toplevel (ATLAS_TYPE_FIGURE_DIALOG));
    AtlasCount count = { 0 };

    g_assert_nonnull (figure_dialog);
    atlas_figure_dialog_get_count (figure_dialog, &count);
    g_assert_cmpstr (count.words, ==, "a dozen");
    g_assert_cmpint (count.min, ==, 12);
    g_assert_cmpint (count.max, ==, 12);
    g_free (count.words);
    g_assert_true (atlas_figure_dialog_is_complete (figure_dialog));
    gtk_window_destroy (GTK_WINDOW (figure_dialog));
  }
  atlas_session_set_selected_casualty (session, atlas_kb_lookup_casualty (fixture->kb, "c-2016-09-21-at-least-13-dead"));
  atlas_test_iterate_for (20);
  activate (fixture, "win.edit-figure");
  {
    AtlasFigureDialog *figure_dialog = ATLAS_FIGURE_DIALOG (atlas_test_find_toplevel (ATLAS_TYPE_FIGURE_DIALOG));
    AtlasCasualty *edited;

    g_assert_nonnull (figure_dialog);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (atlas_test_template_child (figure_dialog, ATLAS_TYPE_FIGURE_DIALOG, "min_entry"))), ==, "13");
    gtk_editable_set_text (GTK_EDITABLE (atlas_test_template_child (figure_dialog, ATLAS_TYPE_FIGURE_DIALOG, "min_entry")), "14");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (figure_dialog), "figure.create", NULL));
    atlas_test_iterate_for (50);
    edited = atlas_kb_lookup_casualty (fixture->kb, "c-2016-09-21-at-least-13-dead");
    g_assert_cmpint (atlas_casualty_get_killed (edited)->min, ==, 14);
    g_assert_cmpstr (atlas_casualty_get_source (edited)->quote, ==,
                     atlas_casualty_get_source (atlas_kb_lookup_casualty (fixture->kb, "c-2016-09-21-at-least-13-dead"))->quote);
    activate (fixture, "win.undo");
    g_assert_cmpint (atlas_casualty_get_killed (atlas_kb_lookup_casualty (fixture->kb, "c-2016-09-21-at-least-13-dead"))->min, ==, 13);
  }

  /* A figure alone */
  atlas_session_set_selected_casualty (session, atlas_kb_lookup_casualty (fixture->kb, "c-2016-09-21-at-least-13-dead"));
  atlas_test_iterate_for (20);
  activate (fixture, "win.delete-figure");
  g_assert_null (atlas_kb_lookup_casualty (fixture->kb, "c-2016-09-21-at-least-13-dead"));
  g_assert_nonnull (atlas_kb_lookup_event (fixture->kb, "e-2016-09-21-air-raids-aleppo-hama"));
  activate (fixture, "win.undo");
  g_assert_nonnull (atlas_kb_lookup_casualty (fixture->kb, "c-2016-09-21-at-least-13-dead"));
  g_assert_false (atlas_session_get_modified (session));
}

static gboolean
has_recovery (Fixture *fixture)
{
  g_autofree char *path = atlas_kb_find_recovery (fixture->path);

  return path != NULL;
}

/* Edits are kept within seconds; after a crash the KB opens with an offer to restore them */
static void
test_recovery (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(GFile) file = g_file_new_for_path (fixture->path);
  AtlasArticle *article = add_report (fixture);
  g_autofree char *id = g_strdup (atlas_article_get_id (article));
  GtkRevealer *notice;
  AtlasKb *kb;

  atlas_test_wait_until (has_recovery, fixture);

  /* As a crash would: the window goes without asking */
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  fixture->window = atlas_window_new (NULL);
  gtk_window_present (GTK_WINDOW (fixture->window));
  atlas_window_open_file (fixture->window, file);
  atlas_test_wait_until (done_loading, fixture->window);
  kb = atlas_window_get_kb (fixture->window);
  g_assert_null (atlas_kb_lookup_article (kb, id));

  notice = GTK_REVEALER (atlas_test_template_child (fixture->window, ATLAS_TYPE_WINDOW, "notice_revealer"));
  g_assert_true (gtk_revealer_get_reveal_child (notice));
  activate (fixture, "win.restore-recovery");
  g_assert_false (gtk_revealer_get_reveal_child (notice));
  kb = atlas_window_get_kb (fixture->window);
  g_assert_nonnull (atlas_kb_lookup_article (kb, id));
  g_assert_true (atlas_session_get_modified (session_of (fixture)));
}

static gboolean
notice_shown (Fixture *fixture)
{
  return gtk_revealer_get_reveal_child (GTK_REVEALER (atlas_test_template_child (fixture->window, ATLAS_TYPE_WINDOW, "notice_revealer")));
}

static gboolean
reloaded (Fixture *fixture)
{
  AtlasKb *kb = atlas_window_get_kb (fixture->window);

  return done_loading (fixture->window) && kb && g_str_has_prefix (atlas_kb_get_title (kb), "Minimal");
}

/* Another program writes the file: the window says so and reloads it when asked; its own
 * saves say nothing */
static void
test_changed_on_disk (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autofree char *minimal = g_test_build_filename (G_TEST_DIST, "data", "good", "minimal.json", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  add_report (fixture);
  activate (fixture, "win.save");
  atlas_test_wait_until (is_saved, fixture);
  atlas_test_iterate_for (300);
  g_assert_false (notice_shown (fixture));

  g_assert_true (g_file_get_contents (minimal, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (fixture->path, contents, length, NULL));
  atlas_test_wait_until (notice_shown, fixture);
  activate (fixture, "win.reload");
  atlas_test_wait_until (reloaded, fixture);
  g_assert_false (notice_shown (fixture));
  g_assert_false (atlas_session_get_modified (session_of (fixture)));
}

static gboolean
embedded_open (Fixture *fixture)
{
  return done_loading (fixture->window) && atlas_window_is_embedded (fixture->window);
}

/* Opening another KB with unsaved changes asks first: Cancel keeps everything; Save saves,
 * then opens; Discard opens */
static void
test_open_asks (Fixture       *fixture,
                gconstpointer  user_data)
{
  AtlasKb *kb = fixture->kb;
  AtlasArticle *article = add_report (fixture);
  g_autofree char *id = g_strdup (atlas_article_get_id (article));
  g_autoptr(GFile) file = g_file_new_for_path (fixture->path);
  g_autoptr(AtlasKb) saved = NULL;
  GtkWindow *question;

  activate (fixture, "win.open-embedded");
  question = atlas_test_find_toplevel (GTK_TYPE_DIALOG);
  g_assert_nonnull (question);
  gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_CANCEL);
  atlas_test_iterate_for (50);
  g_assert_true (atlas_window_get_kb (fixture->window) == kb);
  g_assert_true (atlas_session_get_modified (session_of (fixture)));

  /* Discard: the built-in reports open, and the file is as it was */
  activate (fixture, "win.open-embedded");
  question = atlas_test_find_toplevel (GTK_TYPE_DIALOG);
  gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_REJECT);
  atlas_test_wait_until (embedded_open, fixture);
  g_assert_false (atlas_session_get_modified (session_of (fixture)));
  saved = atlas_kb_new_from_file (file, NULL, NULL, NULL);
  g_assert_nonnull (saved);
  g_assert_null (atlas_kb_lookup_article (saved, id));
  g_clear_object (&saved);

  /* Save: the file gets the report, then the built-in reports open */
  atlas_window_open_file (fixture->window, file);
  atlas_test_wait_until (done_loading, fixture->window);
  fixture->kb = atlas_window_get_kb (fixture->window);
  article = add_report (fixture);
  g_free (id);
  id = g_strdup (atlas_article_get_id (article));
  activate (fixture, "win.open-embedded");
  question = atlas_test_find_toplevel (GTK_TYPE_DIALOG);
  gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_ACCEPT);
  atlas_test_wait_until (embedded_open, fixture);
  saved = atlas_kb_new_from_file (file, NULL, NULL, NULL);
  g_assert_nonnull (saved);
  g_assert_nonnull (atlas_kb_lookup_article (saved, id));
  g_assert_null (atlas_kb_lookup_article (atlas_window_get_kb (fixture->window), id));
}

/* Closing with unsaved changes asks; Discard closes and forgets the copy */
static void
test_close_asks (Fixture       *fixture,
                 gconstpointer  user_data)
{
  GtkWindow *question;

  add_report (fixture);
  gtk_window_close (GTK_WINDOW (fixture->window));
  atlas_test_iterate_for (50);
  question = atlas_test_find_toplevel (GTK_TYPE_DIALOG);
  g_assert_nonnull (question);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));

  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_REJECT);
  atlas_test_iterate_for (50);
  g_assert_null (fixture->window);
  g_assert_null (atlas_kb_find_recovery (fixture->path));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (!atlas_test_init_gtk_or_skip ())
    return 0;

  g_test_add ("/curation/walk", Fixture, NULL, fixture_set_up, test_walk, fixture_tear_down);
  g_test_add ("/curation/edit-and-delete", Fixture, NULL, fixture_set_up, test_edit_and_delete, fixture_tear_down);
  g_test_add ("/curation/recovery", Fixture, NULL, fixture_set_up, test_recovery, fixture_tear_down);
  g_test_add ("/curation/changed-on-disk", Fixture, NULL, fixture_set_up, test_changed_on_disk, fixture_tear_down);
  g_test_add ("/curation/open-asks", Fixture, NULL, fixture_set_up, test_open_asks, fixture_tear_down);
  g_test_add ("/curation/close-asks", Fixture, NULL, fixture_set_up, test_close_asks, fixture_tear_down);

  return g_test_run ();
}

/* test-orphans.c: sources whose words were lost when a report changed, placed again through
 * the window, and the problems --check reports shown beside their facts (issue 9)
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/data/good/v2-edited.json: the report's text changed ("27" became "28", "Reuters. "
 * came first); the event's source was found again 9 characters on, the figure's quote was not.
 */

#define G_LOG_DOMAIN "test-orphans"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "atlas-edit.h"
#include "atlas-kb-edit.h"
#include "atlas-reader-view.h"
#include "atlas-report-dialog.h"
#include "atlas-session.h"
#include "atlas-test-gtk.h"
#include "atlas-window.h"

#define NEW_WORDS "At least 28 people were killed."
#define ORPHANED_MESSAGE "orphaned: the text of article \"a-1\" changed (its sha256 differs) and the quote " \
                         "\"At least 27 people were killed.\" could not be found again without doubt; place it again"
#define MOVED_MESSAGE "re-anchored from 0–55 to 9–64: the text of article \"a-1\" changed (its sha256 differs) and " \
                      "the quote was found again by its context"

typedef struct
{
  char        *folder;
  char        *path;
  AtlasWindow *window;
  AtlasKb     *kb;
} Fixture;

static AtlasSession *
session_of (Fixture *fixture)
{
  return atlas_window_get_session (fixture->window);
}

static gboolean
done_loading (AtlasWindow *window)
{
  gboolean loading;

  g_object_get (window, "loading", &loading, NULL);
  return !loading;
}

static gboolean
done_checking (AtlasSession *session)
{
  return !atlas_session_get_checking (session);
}

static void
activate (Fixture    *fixture,
          const char *action,
          GVariant   *target)
{
  /* gtk_widget_activate_action_variant() does not take a floating @target */
  g_autoptr(GVariant) owned = target ? g_variant_ref_sink (target) : NULL;

  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (fixture->window), action, owned));
  atlas_test_iterate_for (20);
  atlas_test_wait_until (done_checking, session_of (fixture));
  atlas_test_iterate_for (20);
}

/* Whether a label under @widget that is drawn says @text; with @css_class, one in a box of it */
static gboolean
shows_label (gpointer    widget,
             const char *text,
             const char *css_class)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  atlas_test_collect_descendants (GTK_WIDGET (widget), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);
      GtkWidget *parent = gtk_widget_get_parent (label);

      if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) == 0 && gtk_widget_is_drawable (label) &&
          (css_class == NULL || gtk_widget_has_css_class (parent, css_class)))
        return TRUE;
    }

  return FALSE;
}

static gpointer
details_of (Fixture *fixture)
{
  return atlas_test_template_child (fixture->window, ATLAS_TYPE_WINDOW, "details_view");
}

/* The window's bar of the file's problems */
static const char *
problems_title (Fixture *fixture)
{
  if (!gtk_revealer_get_reveal_child (GTK_REVEALER (atlas_test_template_child (fixture->window, ATLAS_TYPE_WINDOW, "problems_revealer"))))
    return NULL;
  return gtk_label_get_text (GTK_LABEL (atlas_test_template_child (fixture->window, ATLAS_TYPE_WINDOW, "problems_title")));
}

static const char *
problems_text (Fixture *fixture)
{
  return gtk_label_get_text (GTK_LABEL (atlas_test_template_child (fixture->window, ATLAS_TYPE_WINDOW, "problems_label")));
}

static void
assert_problems_title (Fixture    *fixture,
                       const char *title)
{
  atlas_test_iterate_for (20);
  g_assert_cmpstr (problems_title (fixture), ==, title);
}

static gboolean
bar_shown (Fixture *fixture)
{
  return gtk_revealer_get_reveal_child (GTK_REVEALER (atlas_test_template_child (fixture->window, ATLAS_TYPE_WINDOW, "orphans_revealer")));
}

static gboolean
bar_hidden (Fixture *fixture)
{
  return !bar_shown (fixture);
}

static const char *
bar_text (Fixture *fixture)
{
  return gtk_label_get_text (GTK_LABEL (atlas_test_template_child (fixture->window, ATLAS_TYPE_WINDOW, "orphans_label")));
}

typedef struct
{
  Fixture    *fixture;
  const char *text;
} BarWait;

static gboolean
bar_says (BarWait *wait)
{
  return g_strcmp0 (bar_text (wait->fixture), wait->text) == 0;
}

/* The bar follows the session's check in an idle, later in a slow (sanitizer) build than a
 * fixed wait allows: wait until it says @text, failing after the usual timeout */
static void
assert_bar_text (Fixture    *fixture,
                 const char *text)
{
  BarWait wait = { fixture, text };

  atlas_test_wait_until (bar_says, &wait);
  g_assert_cmpstr (bar_text (fixture), ==, text);
}

static guint
count_orphans (Fixture *fixture)
{
  g_autoptr(GPtrArray) orphans = atlas_kb_get_orphaned_sources (fixture->kb);
  return orphans->len;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autofree char *edited = g_test_build_filename (G_TEST_DIST, "data", "good", "v2-edited.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  fixture->folder = g_dir_make_tmp ("test-orphans-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->folder, "edited.json", NULL);
  g_assert_true (g_file_get_contents (edited, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (fixture->path, contents, length, NULL));

  fixture->window = atlas_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  file = g_file_new_for_path (fixture->path);
  atlas_window_open_file (fixture->window, file);
  atlas_test_wait_until (done_loading, fixture->window);
  fixture->kb = atlas_window_get_kb (fixture->window);
  g_assert_nonnull (fixture->kb);
  atlas_test_wait_until (done_checking, session_of (fixture));
  /* The bar follows the check in an idle, which a slow (sanitizer) build may not have run
   * within a fixed time: wait for it, as the file has one orphan */
  atlas_test_wait_until (bar_shown, fixture);
  atlas_test_iterate_for (50);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->folder, 0, NULL);
  const char *name;

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (fixture->folder, name, NULL);

      g_remove (path);
    }
  g_rmdir (fixture->folder);
  g_free (fixture->path);
  g_free (fixture->folder);
}

/* Select the words as a mouse would, in the report the reader shows */
static void
select_in_reader (Fixture    *fixture,
                  const char *words)
{
  GtkWidget *reader = GTK_WIDGET (atlas_test_template_child (fixture->window, ATLAS_TYPE_WINDOW, "reader_view"));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (atlas_test_template_child (reader, ATLAS_TYPE_READER_VIEW, "text_view")));
  AtlasArticle *article = atlas_session_get_selected_article (session_of (fixture));
  const char *text = atlas_article_get_text (article);
  const char *at = strstr (text, words);
  GtkTextIter from, to;
  guint start;

  g_assert_nonnull (at);
  /* As a mouse would: the text takes the focus */
  gtk_widget_grab_focus (GTK_WIDGET (atlas_test_template_child (reader, ATLAS_TYPE_READER_VIEW, "text_view")));
  start = g_utf8_pointer_to_offset (text, at);
  gtk_text_buffer_get_iter_at_offset (buffer, &from, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &to, start + g_utf8_strlen (words, -1));
  gtk_text_buffer_select_range (buffer, &from, &to);
}

/* Whether the reader marks the character at @offset as a fact's source */
static gboolean
marked_in_reader (Fixture *fixture,
                  guint    offset)
{
  GtkWidget *reader = GTK_WIDGET (atlas_test_template_child (fixture->window, ATLAS_TYPE_WINDOW, "reader_view"));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (atlas_test_template_child (reader, ATLAS_TYPE_READER_VIEW, "text_view")));
  g_autoptr(GSList) tags = NULL;
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  tags = gtk_text_iter_get_tags (&iter);
  return tags != NULL;
}

/* The orphan is listed and shown with its card; its words are placed again and it is gone from
 * the list; Undo brings it back */
static void
test_place_again (Fixture       *fixture,
                  gconstpointer  user_data)
{
  AtlasSession *session = session_of (fixture);
  GtkStack *side = GTK_STACK (atlas_test_template_child (fixture->window, ATLAS_TYPE_WINDOW, "side_stack"));
  AtlasCasualty *figure;
  GtkWidget *focus;

  /* The file opened with two warnings: one source moved, one orphaned */
  assert_problems_title (fixture, "“edited.json” is open, with 2 warnings");

  /* Listed: the bar counts it, and goes to it */
  g_assert_cmpuint (count_orphans (fixture), ==, 1);
  g_assert_true (bar_shown (fixture));
  assert_bar_text (fixture, "1 source lost its words when a report changed");
  activate (fixture, "win.next-orphan", NULL);
  figure = atlas_session_get_selected_casualty (session);
  g_assert_true (figure == atlas_kb_lookup_casualty (fixture->kb, "c-27"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (side), ==, "details");
  /* A keyboard user is on "Place Again…" */
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (GTK_IS_BUTTON (focus));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (focus)), ==, "Place Again…");

  /* Its card: the words it had, in place of its quote, and --check's warning */
  g_assert_true (shows_label (details_of (fixture), "These words are no longer in the report’s text", "details-orphan"));
  g_assert_true (shows_label (details_of (fixture), "“At least 27 people were killed.”", "details-orphan"));
  /* --check's line for it is not repeated above that */
  g_assert_false (shows_label (details_of (fixture), ORPHANED_MESSAGE, NULL));
  /* The event's source was found again when the file was read: the event's card says so */
  g_assert_true (shows_label (details_of (fixture), MOVED_MESSAGE, "details-problem"));

  /* Place Again…: the report, for the words */
  activate (fixture, "win.find-orphan-words", g_variant_new ("(bsu)", TRUE, "c-27", 0));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (side), ==, "report");
  g_assert_true (atlas_session_get_selected_article (session) == atlas_kb_lookup_article (fixture->kb, "a-1"));
  /* A keyboard user goes on in the report's text */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         GTK_WIDGET (atlas_test_template_child (fixture->window, ATLAS_TYPE_WINDOW, "reader_view"))));
  g_assert_true (bar_shown (fixture));
  g_assert_true (g_str_has_prefix (bar_text (fixture), "Select the words that now state “At least 27 people were killed.”"));
  /* Its old offsets now hold other words ("At least 28 people were"): the reader marks none */
  g_assert_false (marked_in_reader (fixture, 70));
  g_assert_true (marked_in_reader (fixture, 20));
  /* Nothing selected yet: nothing happens */
  activate (fixture, "win.place-again", NULL);
  g_assert_cmpuint (count_orphans (fixture), ==, 1);

  select_in_reader (fixture, NEW_WORDS);
  /* Ctrl+Return does it, from the report's text where the words were selected */
  g_assert_cmpstr (atlas_test_find_key_action (fixture->window, GDK_KEY_Return, GDK_CONTROL_MASK, NULL), ==, "win.place-again");
  activate (fixture, "win.place-again", NULL);

  figure = atlas_kb_lookup_casualty (fixture->kb, "c-27");
  g_assert_cmpstr (atlas_casualty_get_source (figure)->quote, ==, NEW_WORDS);
  g_assert_cmpuint (count_orphans (fixture), ==, 0);
  g_assert_true (atlas_session_get_selected_casualty (session) == figure);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (side), ==, "details");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)), details_of (fixture)));
  /* The bar follows in an idle, which a slow (sanitizer) build runs later than a fixed wait */
  atlas_test_wait_until (bar_hidden, fixture);
  g_assert_false (shows_label (details_of (fixture), "These words are no longer in the report’s text", NULL));
  g_assert_false (shows_label (details_of (fixture), ORPHANED_MESSAGE, NULL));
  g_assert_true (shows_label (details_of (fixture), "“" NEW_WORDS "”", "details-evidence"));
  g_assert_true (atlas_session_get_modified (session));
  /* The window's bar no longer lists the warning dealt with */
  assert_problems_title (fixture, "“edited.json” is open, with 1 warning");
  g_assert_true (strstr (problems_text (fixture), "orphaned") == NULL);

  /* Undo: orphaned again, listed again */
  g_assert_true (atlas_session_undo (session));
  atlas_test_wait_until (done_checking, session);
  atlas_test_iterate_for (50);
  g_assert_cmpuint (count_orphans (fixture), ==, 1);
  atlas_test_wait_until (bar_shown, fixture);
  assert_bar_text (fixture, "1 source lost its words when a report changed");
  g_assert_true (atlas_session_get_selected_casualty (session) == atlas_kb_lookup_casualty (fixture->kb, "c-27"));
  g_assert_true (shows_label (details_of (fixture), "These words are no longer in the report’s text", "details-orphan"));
  g_assert_false (shows_label (details_of (fixture), ORPHANED_MESSAGE, NULL));
  assert_problems_title (fixture, "“edited.json” is open, with 2 warnings");
}

/* Cancel leaves it orphaned; the bar can be dismissed */
static void
test_cancel (Fixture       *fixture,
             gconstpointer  user_data)
{
  activate (fixture, "win.find-orphan-words", g_variant_new ("(bsu)", TRUE, "c-27", 0));
  select_in_reader (fixture, NEW_WORDS);
  activate (fixture, "win.cancel-place-again", NULL);
  g_assert_cmpuint (count_orphans (fixture), ==, 1);
  assert_bar_text (fixture, "1 source lost its words when a report changed");
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (atlas_test_template_child (fixture->window, ATLAS_TYPE_WINDOW, "orphans_place_button"))));
  activate (fixture, "win.place-again", NULL);
  g_assert_cmpuint (count_orphans (fixture), ==, 1);

  /* Dismissed, the bar stays hidden; the action still goes to the orphan */
  g_signal_emit_by_name (atlas_test_template_child (fixture->window, ATLAS_TYPE_WINDOW, "orphans_close_button"), "clicked");
  atlas_test_iterate_for (20);
  g_assert_false (bar_shown (fixture));
  activate (fixture, "win.next-orphan", NULL);
  g_assert_true (atlas_session_get_selected_casualty (session_of (fixture)) == atlas_kb_lookup_casualty (fixture->kb, "c-27"));
  g_assert_false (bar_shown (fixture));
}

/* An event's orphaned source, beside a source that holds its words, can be dropped from its
 * card; Undo brings it back */
static void
test_drop (Fixture       *fixture,
           gconstpointer  user_data)
{
  AtlasSession *session = session_of (fixture);
  AtlasEvent *event = atlas_kb_lookup_event (fixture->kb, "e-raids");
  g_autoptr(AtlasEvent) two = atlas_event_copy (event);
  g_autoptr(AtlasEdit) edit = NULL;
  g_autoptr(GError) error = NULL;

  /* The figure's orphaned source, given to its event as well */
  atlas_event_add_source (two, atlas_casualty_get_source (atlas_kb_lookup_casualty (fixture->kb, "c-27")));
  edit = atlas_edit_new_replace (fixture->kb, event, two, &error);
  g_assert_no_error (error);
  atlas_session_apply_edit (session, edit);
  atlas_session_set_selected_event (session, atlas_kb_lookup_event (fixture->kb, "e-raids"));
  atlas_test_wait_until (done_checking, session);
  atlas_test_iterate_for (50);
  g_assert_cmpuint (count_orphans (fixture), ==, 2);
  assert_bar_text (fixture, "2 sources lost their words when a report changed");
  g_assert_true (shows_label (details_of (fixture), "Drop Source", NULL));

  activate (fixture, "win.drop-orphan", g_variant_new ("(bsu)", FALSE, "e-raids", 1));
  event = atlas_kb_lookup_event (fixture->kb, "e-raids");
  g_assert_cmpuint (atlas_event_get_n_sources (event), ==, 1);
  g_assert_cmpuint (count_orphans (fixture), ==, 1);
  g_assert_true (atlas_session_get_selected_event (session) == event);
  g_assert_false (shows_label (details_of (fixture), "Drop Source", NULL));

  g_assert_true (atlas_session_undo (session));
  atlas_test_wait_until (done_checking, session);
  atlas_test_iterate_for (50);
  g_assert_cmpuint (atlas_event_get_n_sources (atlas_kb_lookup_event (fixture->kb, "e-raids")), ==, 2);
  g_assert_cmpuint (count_orphans (fixture), ==, 2);
}

/* The report's text edited in the app: its quotes are found again at once, before any save;
 * words taken out leave their source orphaned, listed and shown; Undo takes it all back */
static void
set_report_text (Fixture    *fixture,
                 const char *text)
{
  AtlasReportDialog *dialog;
  GtkTextView *view;

  atlas_session_set_selected_article (session_of (fixture), atlas_kb_lookup_article (fixture->kb, "a-1"));
  activate (fixture, "win.edit-report", NULL);
  dialog = ATLAS_REPORT_DIALOG (atlas_test_find_toplevel (ATLAS_TYPE_REPORT_DIALOG));
  g_assert_nonnull (dialog);
  view = GTK_TEXT_VIEW (atlas_test_template_child (dialog, ATLAS_TYPE_REPORT_DIALOG, "text_view"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "report.add", NULL));
  atlas_test_iterate_for (20);
  g_assert_null (atlas_test_find_toplevel (ATLAS_TYPE_REPORT_DIALOG));
  atlas_test_wait_until (done_checking, session_of (fixture));
  atlas_test_iterate_for (20);
}

#define EDITED_TEXT "Reuters. Air raids hit Bustan al-Basha (بستان الباشا) on Sunday. At least 28 people were killed."
#define RAIDS "Air raids hit Bustan al-Basha (بستان الباشا) on Sunday."

static void
test_edit_text (Fixture       *fixture,
                gconstpointer  user_data)
{
  AtlasSession *session = session_of (fixture);
  const AtlasSource *source;

  g_assert_cmpstr (atlas_article_get_text (atlas_kb_lookup_article (fixture->kb, "a-1")), ==, EDITED_TEXT);

  /* Words put before the quote: it is found where it went, and the reader marks it there */
  set_report_text (fixture, "Breaking. " EDITED_TEXT);
  source = atlas_event_get_source (atlas_kb_lookup_event (fixture->kb, "e-raids"), 0);
  g_assert_cmpint (source->anchor, !=, ATLAS_ANCHOR_ORPHANED);
  g_assert_cmpuint (source->start, ==, 19);
  g_assert_cmpstr (source->quote, ==, RAIDS);
  g_assert_true (marked_in_reader (fixture, 20));
  g_assert_false (marked_in_reader (fixture, 12));
  g_assert_cmpuint (count_orphans (fixture), ==, 1);
  assert_bar_text (fixture, "1 source lost its words when a report changed");

  /* Its words taken out: orphaned at once, listed, and shown on its card */
  set_report_text (fixture, "Breaking. Reuters. At least 28 people were killed.");
  source = atlas_event_get_source (atlas_kb_lookup_event (fixture->kb, "e-raids"), 0);
  g_assert_cmpint (source->anchor, ==, ATLAS_ANCHOR_ORPHANED);
  g_assert_cmpstr (source->quote, ==, RAIDS);
  g_assert_cmpuint (count_orphans (fixture), ==, 2);
  assert_bar_text (fixture, "2 sources lost their words when a report changed");
  g_assert_false (marked_in_reader (fixture, 20));
  atlas_session_set_selected_event (session, atlas_kb_lookup_event (fixture->kb, "e-raids"));
  atlas_test_iterate_for (50);
  g_assert_true (shows_label (details_of (fixture), "“" RAIDS "”", "details-orphan"));
  g_assert_false (shows_label (details_of (fixture), "“" RAIDS "”", "details-evidence"));

  /* Undo twice: the text and the anchors as they were */
  g_assert_true (atlas_session_undo (session));
  g_assert_true (atlas_session_undo (session));
  atlas_test_wait_until (done_checking, session);
  g_assert_cmpstr (atlas_article_get_text (atlas_kb_lookup_article (fixture->kb, "a-1")), ==, EDITED_TEXT);
  source = atlas_event_get_source (atlas_kb_lookup_event (fixture->kb, "e-raids"), 0);
  g_assert_cmpint (source->anchor, !=, ATLAS_ANCHOR_ORPHANED);
  g_assert_cmpuint (source->start, ==, 9);
  g_assert_cmpuint (count_orphans (fixture), ==, 1);
  assert_bar_text (fixture, "1 source lost its words when a report changed");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (!atlas_test_init_gtk_or_skip ())
    return 0;

  g_test_add ("/orphans/place-again", Fixture, NULL, fixture_set_up, test_place_again, fixture_tear_down);
  g_test_add ("/orphans/cancel", Fixture, NULL, fixture_set_up, test_cancel, fixture_tear_down);
  g_test_add ("/orphans/drop", Fixture, NULL, fixture_set_up, test_drop, fixture_tear_down);
  g_test_add ("/orphans/edit-text", Fixture, NULL, fixture_set_up, test_edit_text, fixture_tear_down);

  return g_test_run ();
}

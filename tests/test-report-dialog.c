/* test-report-dialog.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "atlas-report-dialog.h"
#include "atlas-test-gtk.h"

/* The form to add a report (issue 9): validation beside each field as the user types, the
 * text of a pasted page or an opened file, and "Add" only when the report is complete */

typedef struct
{
  AtlasReportDialog *dialog;
  GtkWidget         *title_entry;
  GtkWidget         *outlet_entry;
  GtkWidget         *published_entry;
  GtkWidget         *url_entry;
  GtkWidget         *text_view;
  guint              n_added;
} Fixture;

static GtkWidget *
find_template_child (AtlasReportDialog *dialog,
                     const char        *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (dialog), ATLAS_TYPE_REPORT_DIALOG, name);

  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}

static void
on_add_cb (AtlasReportDialog *dialog,
           Fixture           *fixture)
{
  fixture->n_added++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dialog = atlas_report_dialog_new (NULL);
  g_object_ref_sink (fixture->dialog);
  fixture->title_entry = find_template_child (fixture->dialog, "title_entry");
  fixture->outlet_entry = find_template_child (fixture->dialog, "outlet_entry");
  fixture->published_entry = find_template_child (fixture->dialog, "published_entry");
  fixture->url_entry = find_template_child (fixture->dialog, "url_entry");
  fixture->text_view = find_template_child (fixture->dialog, "text_view");
  g_signal_connect (fixture->dialog, "add", G_CALLBACK (on_add_cb), fixture);
  gtk_window_present (GTK_WINDOW (fixture->dialog));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->dialog));
  g_clear_object (&fixture->dialog);
}

static gboolean
add_enabled (Fixture *fixture)
{
  gboolean enabled = FALSE;

  /* What the Add button and Ctrl+Return use */
  enabled = gtk_widget_get_sensitive (find_template_child (fixture->dialog, "add_button"));
  g_assert_cmpint (enabled, ==, atlas_report_dialog_is_complete (fixture->dialog));
  return enabled;
}

static gboolean
problem_shown (Fixture    *fixture,
               const char *label_name)
{
  return gtk_widget_get_visible (find_template_child (fixture->dialog, label_name));
}

static void
set_entry (GtkWidget  *entry,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static void
fill_valid (Fixture *fixture)
{
  set_entry (fixture->title_entry, "Regime advance in Aleppo");
  set_entry (fixture->outlet_entry, "The New Arab");
  set_entry (fixture->published_entry, "2016-10-12");
  atlas_report_dialog_set_text (fixture->dialog, "Pro-regime forces continued their advance.\n");
}

static void
test_validation (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *title = NULL;
  g_autofree char *outlet = NULL;
  g_autofree char *text = NULL;

  /* A fresh form is not a page of errors, but cannot be added */
  g_assert_false (add_enabled (fixture));
  g_assert_false (problem_shown (fixture, "title_problem"));
  g_assert_false (problem_shown (fixture, "published_problem"));

  fill_valid (fixture);
  g_assert_true (add_enabled (fixture));
  g_assert_false (problem_shown (fixture, "published_problem"));

  /* A wrong date says so beside the field at once, and on the field for a screen reader */
  set_entry (fixture->published_entry, "12/10/2016");
  g_assert_false (add_enabled (fixture));
  g_assert_true (problem_shown (fixture, "published_problem"));
  g_assert_true (gtk_widget_has_css_class (fixture->published_entry, "error"));
  set_entry (fixture->published_entry, "2016-02-30");
  g_assert_false (add_enabled (fixture));
  set_entry (fixture->published_entry, " 2016-10-12 ");
  g_assert_true (add_enabled (fixture));
  g_assert_false (problem_shown (fixture, "published_problem"));
  g_assert_false (gtk_widget_has_css_class (fixture->published_entry, "error"));
  g_assert_cmpuint (atlas_report_dialog_get_published (fixture->dialog), ==, atlas_date_from_ymd (2016, 10, 12));

  /* The address is optional, but when given must be a web address */
  set_entry (fixture->url_entry, "not an address");
  g_assert_false (add_enabled (fixture));
  g_assert_true (problem_shown (fixture, "url_problem"));
  set_entry (fixture->url_entry, "https://www.alaraby.co.uk/english/news/2016/10/12/x");
  g_assert_true (add_enabled (fixture));
  g_assert_false (problem_shown (fixture, "url_problem"));

  /* A title of spaces is no title */
  set_entry (fixture->title_entry, "   ");
  g_assert_false (add_enabled (fixture));
  set_entry (fixture->title_entry, "  Regime advance  ");
  g_assert_true (add_enabled (fixture));

  title = atlas_report_dialog_dup_title (fixture->dialog);
  outlet = atlas_report_dialog_dup_outlet (fixture->dialog);
  text = atlas_report_dialog_dup_text (fixture->dialog);
  g_assert_cmpstr (title, ==, "Regime advance");
  g_assert_cmpstr (outlet, ==, "The New Arab");
  g_assert_cmpstr (text, ==, "Pro-regime forces continued their advance.");

  /* Adding is asked for by the action; an incomplete form shows every missing field instead */
  gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "report.add", NULL);
  g_assert_cmpuint (fixture->n_added, ==, 1);
  set_entry (fixture->outlet_entry, "");
  g_assert_true (problem_shown (fixture, "outlet_problem"));
  g_assert_false (add_enabled (fixture));
  gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "report.add", NULL);
  g_assert_cmpuint (fixture->n_added, ==, 1);
}

static void
test_missing_shown_when_touched (Fixture       *fixture,
                                 gconstpointer  data)
{
  /* A field the user empties says it is needed; the others stay quiet */
  g_assert_false (add_enabled (fixture));
  set_entry (fixture->title_entry, "x");
  g_assert_false (problem_shown (fixture, "title_problem"));
  set_entry (fixture->title_entry, "");
  g_assert_true (problem_shown (fixture, "title_problem"));
  g_assert_true (gtk_widget_has_css_class (fixture->title_entry, "error"));
  g_assert_false (problem_shown (fixture, "outlet_problem"));
  g_assert_false (problem_shown (fixture, "text_problem"));

  /* Emptied text too */
  atlas_report_dialog_set_text (fixture->dialog, "Some text");
  g_assert_false (problem_shown (fixture, "text_problem"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (fixture->text_view)), " \n ", -1);
  g_assert_true (problem_shown (fixture, "text_problem"));

  g_assert_cmpuint (fixture->n_added, ==, 0);
}

static void
test_pasted_html (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;

  /* A pasted page loses its markup, and its title is proposed */
  atlas_report_dialog_set_text (fixture->dialog,
                                "<!DOCTYPE html><html><head><title>Aleppo &amp; Geneva</title></head>"
                                "<body><p>At least 13 <b>people</b>.</p><p>حلب</p></body></html>");
  text = atlas_report_dialog_dup_text (fixture->dialog);
  title = atlas_report_dialog_dup_title (fixture->dialog);
  g_assert_cmpstr (text, ==, "At least 13 people.\n\nحلب");
  g_assert_cmpstr (title, ==, "Aleppo & Geneva");

  /* The user's own title is never replaced */
  set_entry (fixture->title_entry, "Mine");
  atlas_report_dialog_set_text (fixture->dialog, "<html><title>Theirs</title><p>x</p></html>");
  g_clear_pointer (&title, g_free);
  title = atlas_report_dialog_dup_title (fixture->dialog);
  g_assert_cmpstr (title, ==, "Mine");
}

typedef struct
{
  Fixture *fixture;
  char    *expected;
} LoadWait;

static gboolean
text_is (LoadWait *wait)
{
  g_autofree char *text = atlas_report_dialog_dup_text (wait->fixture->dialog);

  return g_strcmp0 (text, wait->expected) == 0;
}

static gboolean
text_problem_shown (Fixture *fixture)
{
  return problem_shown (fixture, "text_problem");
}

static void
test_open_file (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("atlas-report-XXXXXX", NULL);
  g_autofree char *md_path = g_build_filename (dir, "report.md", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "latin1.txt", NULL);
  g_autoptr(GFile) md = g_file_new_for_path (md_path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autofree char *title = NULL;
  LoadWait wait = { fixture, (char *) "Ceasefire collapses\n\nFighting resumed on Monday." };

  g_assert_true (g_file_set_contents (md_path, "# Ceasefire *collapses*\n\nFighting resumed\non Monday.\n", -1, NULL));
  g_assert_true (g_file_set_contents (bad_path, "Caf\xE9", -1, NULL));

  set_entry (fixture->outlet_entry, "Reuters");
  set_entry (fixture->published_entry, "2016-09-20");
  atlas_report_dialog_load_file (fixture->dialog, md);
  atlas_test_wait_until (text_is, &wait);
  title = atlas_report_dialog_dup_title (fixture->dialog);
  g_assert_cmpstr (title, ==, "Ceasefire collapses");
  g_assert_true (add_enabled (fixture));

  /* A file that is not UTF-8 says so beside the text and cannot be added; the text it would
   * have replaced stays, and editing the text clears the problem */
  atlas_report_dialog_load_file (fixture->dialog, bad);
  atlas_test_wait_until (text_problem_shown, fixture);
  g_assert_false (add_enabled (fixture));
  g_assert_true (text_is (&wait));
  gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (GTK_TEXT_VIEW (fixture->text_view)), " ", -1);
  g_assert_false (problem_shown (fixture, "text_problem"));
  g_assert_true (add_enabled (fixture));

  g_unlink (md_path);
  g_unlink (bad_path);
  g_rmdir (dir);
}

/* Ctrl+Return adds from anywhere, the text box included: a text view takes Return with any
 * modifier as a new line, so the keys must be caught before it, in the capture phase */
static void
test_submit_keys (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkPropagationPhase phase = GTK_PHASE_NONE;

  g_assert_cmpstr (atlas_test_find_key_action (fixture->dialog, GDK_KEY_Return, GDK_CONTROL_MASK, &phase), ==, "report.add");
  g_assert_cmpint (phase, ==, GTK_PHASE_CAPTURE);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  if (!atlas_test_init_gtk_or_skip ())
    return 0;

  g_test_add ("/report-dialog/validation", Fixture, NULL, fixture_set_up, test_validation, fixture_tear_down);
  g_test_add ("/report-dialog/missing-shown-when-touched", Fixture, NULL, fixture_set_up,
              test_missing_shown_when_touched, fixture_tear_down);
  g_test_add ("/report-dialog/pasted-html", Fixture, NULL, fixture_set_up, test_pasted_html, fixture_tear_down);
  g_test_add ("/report-dialog/open-file", Fixture, NULL, fixture_set_up, test_open_file, fixture_tear_down);
  g_test_add ("/report-dialog/submit-keys", Fixture, NULL, fixture_set_up, test_submit_keys, fixture_tear_down);

  return g_test_run ();
}

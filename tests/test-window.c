/* test-window.c: the window on the embedded KB, and opening files into it
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <gtk/gtk.h>

#include "atlas-window.h"

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Spins the main loop until @done says so, failing after ten seconds */
static void
wait_until (gboolean (*done) (AtlasWindow *),
            AtlasWindow *window)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (10, timeout_cb, &timed_out);

  while (!done (window) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (timed_out);
  g_source_remove (id);
}

static gboolean
has_problems (AtlasWindow *window)
{
  return atlas_window_get_problems (window) != NULL;
}

static AtlasKb *loaded_before;

static gboolean
kb_changed (AtlasWindow *window)
{
  return atlas_window_get_kb (window) != loaded_before;
}

static AtlasWindow *
new_window_on_embedded_kb (void)
{
  AtlasWindow *window = atlas_window_new (NULL);

  g_assert_true (atlas_window_open_embedded (window));
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static GFile *
test_file (const char *relative_path)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, relative_path, NULL);
  return g_file_new_for_path (path);
}

static void
test_embedded_kb_listed (void)
{
  AtlasWindow *window = new_window_on_embedded_kb ();
  AtlasKb *kb = atlas_window_get_kb (window);
  GtkListView *list = GTK_LIST_VIEW (gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW, "event_list"));
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list));
  g_autoptr(AtlasEvent) first = NULL;
  g_autoptr(AtlasEvent) shown_first = NULL;

  g_assert_nonnull (kb);
  g_assert_cmpstr (atlas_kb_get_title (kb), ==, "Aleppo 2016: five news reports");
  /* Every event is listed, in date order */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, g_list_model_get_n_items (atlas_kb_get_events (kb)));
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
  first = g_list_model_get_item (atlas_kb_get_events (kb), 0);
  shown_first = g_list_model_get_item (model, 0);
  g_assert_true (first == shown_first);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A bad file shows its problems in the words of --check, and the KB that was open stays open */
static void
test_bad_file_keeps_kb (void)
{
  AtlasWindow *window = new_window_on_embedded_kb ();
  g_autoptr(GFile) file = test_file ("data/bad/impossible-date.json");
  g_autofree char *expected_path = g_test_build_filename (G_TEST_DIST, "data", "bad", "impossible-date.expected", NULL);
  g_autofree char *expected = NULL;
  GtkRevealer *revealer;
  GtkLabel *label;

  loaded_before = atlas_window_get_kb (window);
  atlas_window_open_file (window, file);
  wait_until (has_problems, window);

  g_assert_true (atlas_window_get_kb (window) == loaded_before);
  g_assert_cmpuint (atlas_window_get_problems (window)->len, ==, 1);

  revealer = GTK_REVEALER (gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW, "problems_revealer"));
  label = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW, "problems_label"));
  g_assert_true (gtk_revealer_get_reveal_child (revealer));

  /* The window names the file by its full path; --check as the user typed it */
  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
  g_strchomp (expected);
  g_assert_true (g_str_has_suffix (gtk_label_get_label (label), expected));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (label), g_file_peek_path (file)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_good_file_replaces_kb (void)
{
  AtlasWindow *window = new_window_on_embedded_kb ();
  g_autoptr(GFile) file = test_file ("data/good/bad-input-base.json");
  GtkLabel *title;

  loaded_before = atlas_window_get_kb (window);
  atlas_window_open_file (window, file);
  wait_until (kb_changed, window);

  g_assert_cmpstr (atlas_kb_get_title (atlas_window_get_kb (window)), ==, "Bad-input base");
  title = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW, "title_label"));
  g_assert_cmpstr (gtk_label_get_label (title), ==, "Bad-input base");
  g_assert_null (atlas_window_get_problems (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (!gtk_init_check ())
    {
      g_printerr ("No display; skipping the window tests\n");
      return 77;
    }

  g_test_add_func ("/window/embedded-kb-listed", test_embedded_kb_listed);
  g_test_add_func ("/window/bad-file-keeps-kb", test_bad_file_keeps_kb);
  g_test_add_func ("/window/good-file-replaces-kb", test_good_file_replaces_kb);

  return g_test_run ();
}

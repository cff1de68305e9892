/* test-settings.c: what the window remembers between runs, through GSettings
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-settings"

#include "config.h"

#include "atlas-test-gtk.h"
#include "atlas-test-kb.h"

#include <gtk/gtk.h>
#include <glib/gstdio.h>
#include <string.h>

#include "atlas-application.h"
#include "atlas-timeline-panel.h"
#include "atlas-window.h"

/* Each case runs with the memory backend (GSETTINGS_BACKEND=memory in tests/meson.build): it
 * starts from the defaults, as the settings object is made again for each case */
static GSettings *
new_settings (void)
{
  GSettings *settings = g_settings_new (APP_ID);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i]; i++)
    g_settings_reset (settings, keys[i]);
  return settings;
}

static AtlasApplication *
get_app (void)
{
  static AtlasApplication *app;
  g_autoptr(GError) error = NULL;

  if (app == NULL)
    {
      app = atlas_application_new ();
      g_application_register (G_APPLICATION (app), NULL, &error);
      g_assert_no_error (error);
    }
  return app;
}

static AtlasWindow *
get_only_window (void)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (get_app ()));

  g_assert_cmpuint (g_list_length (windows), ==, 1);
  return ATLAS_WINDOW (windows->data);
}

static gboolean
is_mapped (GtkWidget *widget)
{
  return gtk_widget_get_mapped (widget);
}

static gboolean
has_file_kb (AtlasWindow *window)
{
  return atlas_window_get_kb (window) != NULL && !atlas_window_is_embedded (window);
}

static gboolean
has_kb_and_problems (AtlasWindow *window)
{
  return atlas_window_get_kb (window) != NULL && atlas_window_get_problems (window) != NULL;
}

/* A window as the app makes one on start with no file: it reopens what was open last */
static AtlasWindow *
start_window (void)
{
  AtlasWindow *window;

  g_application_activate (G_APPLICATION (get_app ()));
  window = get_only_window ();
  atlas_test_wait_until (is_mapped, window);
  return window;
}

static void
close_window (AtlasWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  atlas_test_iterate_for (20);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (get_app ())));
}

static gpointer
template_child (AtlasWindow *window,
                const char  *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW, name);
}

static char *
write_kb (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("atlas-settings-XXXXXX", &error);
  char *path;

  g_assert_no_error (error);
  path = g_build_filename (dir, "places.json", NULL);

  g_file_set_contents (path, atlas_test_places_kb, -1, &error);
  g_assert_no_error (error);
  return path;
}

static void
test_compress_empty_time (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  AtlasWindow *window = start_window ();
  AtlasTimelinePanel *panel = template_child (window, "timeline_panel");
  gboolean compress;

  g_object_get (panel, "compress-empty-time", &compress, NULL);
  g_assert_true (compress);
  g_object_set (panel, "compress-empty-time", FALSE, NULL);
  close_window (window);
  g_assert_false (g_settings_get_boolean (settings, "compress-empty-time"));

  window = start_window ();
  g_object_get (template_child (window, "timeline_panel"), "compress-empty-time", &compress, NULL);
  g_assert_false (compress);
  close_window (window);
}

static void
test_sidebar_page (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  AtlasWindow *window = start_window ();
  g_autofree char *page = NULL;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (window, "side_stack")), ==, "details");
  gtk_stack_set_visible_child_name (template_child (window, "side_stack"), "places");
  close_window (window);
  page = g_settings_get_string (settings, "sidebar-page");
  g_assert_cmpstr (page, ==, "places");

  window = start_window ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (window, "side_stack")), ==, "places");
  close_window (window);
}

/* The file opened last opens again; "Open the Built-in Reports" forgets it */
static void
test_last_kb (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  g_autofree char *path = write_kb ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *last = NULL;
  AtlasWindow *window = start_window ();

  /* Nothing opened yet: the built-in reports */
  g_assert_true (atlas_window_is_embedded (window));
  atlas_window_open_file (window, file);
  atlas_test_wait_until (has_file_kb, window);
  g_assert_cmpstr (atlas_kb_get_title (atlas_window_get_kb (window)), ==, "Events at places (test)");
  close_window (window);
  last = g_settings_get_string (settings, "last-kb");
  g_assert_cmpstr (last, ==, uri);

  window = start_window ();
  atlas_test_wait_until (has_file_kb, window);
  g_assert_false (atlas_window_is_embedded (window));
  g_assert_cmpstr (atlas_kb_get_title (atlas_window_get_kb (window)), ==, "Events at places (test)");
  g_assert_null (atlas_window_get_problems (window));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-embedded", NULL);
  g_assert_true (atlas_window_is_embedded (window));
  close_window (window);
  g_clear_pointer (&last, g_free);
  last = g_settings_get_string (settings, "last-kb");
  g_assert_cmpstr (last, ==, "");

  window = start_window ();
  g_assert_true (atlas_window_is_embedded (window));
  close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* The file opened last is gone: the built-in reports open, the window says why, and the
 * setting stays for when the file is back */
static void
test_last_kb_gone (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  /* In a folder that nothing makes, so the file is surely not there */
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "atlas-settings-gone-XXXXXX", "gone.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *last = NULL;
  AtlasWindow *window;
  const char *title;

  g_settings_set_string (settings, "last-kb", uri);
  window = start_window ();
  atlas_test_wait_until (has_kb_and_problems, window);
  g_assert_true (atlas_window_is_embedded (window));
  g_assert_true (gtk_revealer_get_reveal_child (template_child (window, "problems_revealer")));
  title = gtk_label_get_label (template_child (window, "problems_title"));
  g_assert_nonnull (strstr (title, "gone.json"));
  g_assert_nonnull (strstr (title, "built-in"));
  close_window (window);

  last = g_settings_get_string (settings, "last-kb");
  g_assert_cmpstr (last, ==, uri);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  if (!atlas_test_init_gtk_or_skip ())
    return 0;

  g_test_add_func ("/settings/compress-empty-time", test_compress_empty_time);
  g_test_add_func ("/settings/sidebar-page", test_sidebar_page);
  g_test_add_func ("/settings/last-kb", test_last_kb);
  g_test_add_func ("/settings/last-kb-gone", test_last_kb_gone);

  return g_test_run ();
}

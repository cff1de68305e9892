/* test-application.c: the application's actions and the window's chrome
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-application"

#include "config.h"

#include "atlas-test-gtk.h"

#include <gtk/gtk.h>

#include "atlas-application.h"
#include "atlas-window.h"

static gboolean
is_wide (GtkWidget *window)
{
  return gtk_widget_get_width (window) >= 1150;
}

/* Ctrl+Q and the Quit menu item save the layout, as the window's × does (issue 7) */
static void
test_quit_saves_layout (void)
{
  g_autoptr(AtlasApplication) app = atlas_application_new ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GError) error = NULL;
  AtlasWindow *window;
  GtkPaned *side;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  window = atlas_window_new (app);
  side = GTK_PANED (gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW, "side_paned"));
  g_assert_true (atlas_window_open_embedded (window));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 700);
  gtk_window_present (GTK_WINDOW (window));
  atlas_test_wait_until (is_wide, window);
  gtk_paned_set_position (side, 543);

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  atlas_test_iterate_for (50);

  g_assert_cmpint (g_settings_get_int (settings, "map-width"), ==, 543);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  if (!atlas_test_init_gtk_or_skip ())
    return 0;

  g_test_add_func ("/application/quit-saves-layout", test_quit_saves_layout);

  return g_test_run ();
}

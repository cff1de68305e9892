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
#include <string.h>

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

static void
collect_controls (GtkWidget *widget,
                  GPtrArray *controls)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) || GTK_IS_MENU_BUTTON (child) || GTK_IS_SPINNER (child))
        g_ptr_array_add (controls, child);
      else
        collect_controls (child, controls);
    }
}

/* Every control of the header bar has a name of its own, with no mnemonic underscore and not
 * read twice: the Open button read "_Open Open" (issue 7) */
static void
test_header_bar_names (void)
{
  AtlasWindow *window = atlas_window_new (NULL);
  GtkWidget *header_bar = gtk_window_get_titlebar (GTK_WINDOW (window));
  g_autoptr(GPtrArray) controls = g_ptr_array_new ();
  GtkWidget *open_button = NULL;

  collect_controls (header_bar, controls);
  g_assert_cmpuint (controls->len, >=, 4);

  for (guint i = 0; i < controls->len; i++)
    {
      GtkWidget *control = g_ptr_array_index (controls, i);
      const char *action = GTK_IS_ACTIONABLE (control)
                         ? gtk_actionable_get_action_name (GTK_ACTIONABLE (control)) : NULL;

      g_autofree char *name = NULL;
      g_auto(GStrv) words = NULL;

      /* Checking against "" hands back the name it has */
      g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (control), GTK_ACCESSIBLE_PROPERTY_LABEL));
      name = gtk_test_accessible_check_property (GTK_ACCESSIBLE (control), GTK_ACCESSIBLE_PROPERTY_LABEL, "");
      g_test_message ("%s %s: \"%s\"", G_OBJECT_TYPE_NAME (control), action ? action : "", name);
      g_assert_nonnull (name);
      g_assert_null (strchr (name, '_'));
      words = g_strsplit (name, " ", -1);
      for (guint w = 1; words[w] != NULL; w++)
        g_assert_cmpstr (words[w], !=, words[w - 1]);
      if (g_strcmp0 (action, "win.open") == 0)
        open_button = control;
    }

  g_assert_nonnull (open_button);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (open_button), GTK_ACCESSIBLE_PROPERTY_LABEL, "Open");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  if (!atlas_test_init_gtk_or_skip ())
    return 0;

  g_test_add_func ("/application/quit-saves-layout", test_quit_saves_layout);
  g_test_add_func ("/window/header-bar-names", test_header_bar_names);

  return g_test_run ();
}

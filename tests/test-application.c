/* test-application.c: the application's actions, and how its widgets name and show things
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-application"

#include "config.h"

#include "atlas-test-gtk.h"

#include <gtk/gtk.h>
#include <math.h>
#include <string.h>

#include "atlas-application.h"
#include "atlas-map-view.h"
#include "atlas-reader-view.h"
#include "atlas-timeline-panel.h"
#include "atlas-timeline-view.h"
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

/* Adds a name of each key trigger of @widget's shortcut controllers to @triggers, keypad keys
 * left out: they repeat the main keys */
static void
collect_key_triggers (GtkWidget  *widget,
                      GHashTable *triggers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          guint keyval;

          if (!GTK_IS_KEYVAL_TRIGGER (trigger))
            continue;
          keyval = gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger));
          if (g_str_has_prefix (gdk_keyval_name (keyval), "KP_"))
            continue;
          g_hash_table_add (triggers, gtk_accelerator_name (keyval, gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger))));
        }
    }
}

/* The keys a widget of @type binds beyond those of @parent_type, if not G_TYPE_INVALID */
static void
collect_own_key_triggers (GType       type,
                          GType       parent_type,
                          GHashTable *triggers)
{
  g_autoptr(GHashTable) own = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) inherited = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GtkWidget *widget = g_object_ref_sink (g_object_new (type, NULL));
  GtkWidget *parent = parent_type != G_TYPE_INVALID ? g_object_ref_sink (g_object_new (parent_type, NULL)) : NULL;
  GHashTableIter iter;
  char *name;

  collect_key_triggers (widget, own);
  if (parent != NULL)
    collect_key_triggers (parent, inherited);

  g_hash_table_iter_init (&iter, own);
  while (g_hash_table_iter_next (&iter, (gpointer *) &name, NULL))
    if (!g_hash_table_contains (inherited, name))
      g_hash_table_add (triggers, g_strdup (name));

  if (GTK_IS_WINDOW (widget))
    gtk_window_destroy (GTK_WINDOW (widget));
  if (parent != NULL && GTK_IS_WINDOW (parent))
    gtk_window_destroy (GTK_WINDOW (parent));
  g_object_unref (widget);
  g_clear_object (&parent);
}

static void
collect_listed_accelerators (GtkWidget  *widget,
                             GHashTable *listed)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      g_autofree char *accelerator = NULL;
      g_auto(GStrv) alternatives = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (child))
        {
          collect_listed_accelerators (child, listed);
          continue;
        }

      g_object_get (child, "accelerator", &accelerator, NULL);
      if (accelerator == NULL)
        continue;

      alternatives = g_strsplit (accelerator, " ", -1);
      for (guint i = 0; alternatives[i] != NULL; i++)
        {
          guint keyval;
          GdkModifierType modifiers;

          g_assert_true (gtk_accelerator_parse (alternatives[i], &keyval, &modifiers));
          g_hash_table_add (listed, gtk_accelerator_name (keyval, modifiers));
        }
    }
}

/* The shortcuts window lists every key the app binds: its accelerators, the keys of its
 * widgets, and F6, with which GtkPaned moves between the panes. It left out F6, +, −, 0 and
 * the reader's keys (issue 7). */
static void
test_shortcuts_listed (void)
{
  g_autoptr(AtlasApplication) app = atlas_application_new ();
  g_autoptr(GHashTable) bound = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  AtlasWindow *window;
  g_auto(GStrv) actions = NULL;
  g_autoptr(GError) error = NULL;
  GtkShortcutsWindow *overlay;
  GHashTableIter iter;
  char *name;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  /* What the code binds */
  actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), actions[i]);

      for (guint j = 0; accels[j] != NULL; j++)
        {
          guint keyval;
          GdkModifierType modifiers;

          g_assert_true (gtk_accelerator_parse (accels[j], &keyval, &modifiers));
          g_hash_table_add (bound, gtk_accelerator_name (keyval, modifiers));
        }
    }
  collect_own_key_triggers (ATLAS_TYPE_WINDOW, GTK_TYPE_APPLICATION_WINDOW, bound);
  collect_own_key_triggers (ATLAS_TYPE_TIMELINE_PANEL, G_TYPE_INVALID, bound);
  collect_own_key_triggers (ATLAS_TYPE_TIMELINE_VIEW, G_TYPE_INVALID, bound);
  collect_own_key_triggers (ATLAS_TYPE_READER_VIEW, G_TYPE_INVALID, bound);
  collect_own_key_triggers (ATLAS_TYPE_MAP_VIEW, G_TYPE_INVALID, bound);
  g_hash_table_add (bound, g_strdup ("F6"));

  /* What the shortcuts window of a window lists: alternatives are separated by spaces */
  window = atlas_window_new (app);
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  collect_listed_accelerators (GTK_WIDGET (overlay), listed);
  gtk_window_destroy (GTK_WINDOW (window));

  g_hash_table_iter_init (&iter, bound);
  while (g_hash_table_iter_next (&iter, (gpointer *) &name, NULL))
    {
      g_test_message ("bound: %s", name);
      if (!g_hash_table_contains (listed, name))
        g_test_fail_printf ("%s is bound but not listed in the shortcuts window", name);
    }
}

static double
hue_of (const GdkRGBA *rgba)
{
  float h, sat, v;

  gtk_rgb_to_hsv (rgba->red, rgba->green, rgba->blue, &h, &sat, &v);
  return h * 360.0;
}

/* The reader's selected fact does not look like selected text: it was the same blue (issue 7).
 * Its background is of another hue. */
static void
test_reader_focus_unlike_selection (void)
{
  GtkWidget *reader = g_object_ref_sink (g_object_new (ATLAS_TYPE_READER_VIEW, NULL));
  GtkWidget *window = gtk_window_new ();
  GtkTextView *text_view = GTK_TEXT_VIEW (gtk_widget_get_template_child (reader, ATLAS_TYPE_READER_VIEW, "text_view"));
  GtkTextTagTable *tags = gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (text_view));
  GtkTextTag *focus = gtk_text_tag_table_lookup (tags, "focus");
  g_autoptr(GdkRGBA) background = NULL;
  GdkRGBA selected;
  double difference;

  gtk_window_set_child (GTK_WINDOW (window), reader);
  g_assert_nonnull (focus);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_assert_true (gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (text_view)),
                                                 "theme_selected_bg_color", &selected));
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_object_get (focus, "background-rgba", &background, NULL);
  g_assert_nonnull (background);

  difference = fabs (hue_of (background) - hue_of (&selected));
  difference = MIN (difference, 360.0 - difference);
  g_test_message ("focus hue %.0f°, selection hue %.0f°", hue_of (background), hue_of (&selected));
  g_assert_cmpfloat (difference, >=, 60.0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (reader);
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
  g_test_add_func ("/window/shortcuts-listed", test_shortcuts_listed);
  g_test_add_func ("/reader-view/focus-unlike-selection", test_reader_focus_unlike_selection);

  return g_test_run ();
}

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
collect_widgets (GtkWidget *widget,
                 GPtrArray *widgets)
{
  g_ptr_array_add (widgets, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, widgets);
}

/* @widget's accessible label property, or NULL */
static char *
dup_label_property (GtkWidget *widget)
{
  char *value;

  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return NULL;
  /* Checking against "" hands back the value it has, or NULL if it is "" */
  value = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, "");
  return value ? value : g_strdup ("");
}

/* The name a screen reader hears for @widget, put together as GTK 4.8 does for AT-SPI: its
 * label property, then the names of the widgets it is labelled by (gtkatcontext.c): labels,
 * and the menu button around a menu button's toggle. Neither
 * the tooltip nor the type name is a name: GTK falls back to the type name ("GtkMenuButton"). */
static char *
dup_accessible_name (GtkWidget *widget,
                     GPtrArray *labels)
{
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *own = dup_label_property (widget);

  if (own && *own)
    g_string_append (name, own);

  if (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    for (guint i = 0; i < labels->len; i++)
      {
        GtkWidget *label = g_ptr_array_index (labels, i);
        g_autofree char *differs = gtk_test_accessible_check_relation (GTK_ACCESSIBLE (widget),
                                                                       GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                                                       label, NULL);
        g_autofree char *label_name = NULL;

        if (differs != NULL || label == widget)
          continue;
        label_name = dup_label_property (label);
        if (label_name == NULL)
          label_name = g_strdup (GTK_IS_LABEL (label) ? gtk_label_get_text (GTK_LABEL (label)) : "");
        if (*label_name)
          g_string_append_printf (name, "%s%s", name->len ? " " : "", label_name);
      }

  return g_string_free (g_steal_pointer (&name), FALSE);
}

static gboolean
is_interactive (GtkWidget *widget)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);

  /* The text inside an entry is named by the entry; a scrollbar's parts by nothing */
  if ((GTK_IS_TEXT (widget) && parent && GTK_IS_EDITABLE (parent)) ||
      (GTK_IS_RANGE (widget) && parent && GTK_IS_SCROLLBAR (parent)))
    return FALSE;
  /* The toggle inside a menu button is named by the menu button's label: both are checked */
  if (GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) || GTK_IS_EDITABLE (widget) ||
      GTK_IS_LIST_VIEW (widget) || GTK_IS_TEXT_VIEW (widget) || GTK_IS_SWITCH (widget) ||
      GTK_IS_CHECK_BUTTON (widget) || GTK_IS_RANGE (widget) || GTK_IS_DROP_DOWN (widget))
    return TRUE;

  /* Custom widgets that take the focus: the map, the timeline */
  return gtk_widget_get_focusable (widget) &&
         !GTK_IS_LABEL (widget) && !GTK_IS_PANED (widget) && !GTK_IS_LIST_BOX_ROW (widget) &&
         !GTK_IS_FLOW_BOX_CHILD (widget) && !GTK_IS_WINDOW (widget) && !GTK_IS_SCROLLED_WINDOW (widget) &&
         !GTK_IS_LIST_BOX (widget) && !GTK_IS_VIEWPORT (widget) &&
         g_strcmp0 (G_OBJECT_TYPE_NAME (widget), "GtkListItemWidget") != 0;
}

/* Every control of the window has a clean name: not empty, not the type's, with no mnemonic
 * underscore and no word read twice. The Open button read "_Open Open", then "Open Open";
 * icon-only buttons had only their tooltips (issue 7). */
static void
test_accessible_names (void)
{
  AtlasWindow *window = atlas_window_new (NULL);
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkWidget *open_button = NULL;
  guint n_checked = 0;

  g_assert_true (atlas_window_open_embedded (window));
  g_assert_true (atlas_window_select_id (window, "e-2016-09-19-truce-collapses"));
  collect_widgets (GTK_WIDGET (window), widgets);
  for (guint i = 0; i < widgets->len; i++)
    if (GTK_IS_LABEL (g_ptr_array_index (widgets, i)) || GTK_IS_MENU_BUTTON (g_ptr_array_index (widgets, i)))
      g_ptr_array_add (labels, g_ptr_array_index (widgets, i));

  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (widgets, i);
      const char *action = GTK_IS_ACTIONABLE (widget) ? gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)) : NULL;
      g_autofree char *name = NULL;
      g_auto(GStrv) words = NULL;
      gboolean clean;

      if (!is_interactive (widget))
        continue;

      n_checked++;
      name = dup_accessible_name (widget, labels);
      words = g_strsplit (name, " ", -1);
      clean = *name != '\0' && strchr (name, '_') == NULL && !g_str_has_prefix (name, "Gtk");
      for (guint w = 1; clean && words[w] != NULL; w++)
        clean = g_ascii_strcasecmp (words[w], words[w - 1]) != 0;

      g_test_message ("%s %s: \"%s\"", G_OBJECT_TYPE_NAME (widget), action ? action : "", name);
      if (!clean)
        g_test_fail_printf ("%s (%s, in %s) is named \"%s\"", G_OBJECT_TYPE_NAME (widget),
                            gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)),
                            G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)), name);
      if (g_strcmp0 (action, "win.open") == 0)
        {
          open_button = widget;
          if (g_strcmp0 (name, "Open") != 0)
            g_test_fail_printf ("The Open button is named \"%s\"", name);
        }
    }

  g_assert_nonnull (open_button);
  g_assert_cmpuint (n_checked, >=, 30);

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
  g_test_add_func ("/window/accessible-names", test_accessible_names);
  g_test_add_func ("/window/shortcuts-listed", test_shortcuts_listed);
  g_test_add_func ("/reader-view/focus-unlike-selection", test_reader_focus_unlike_selection);

  return g_test_run ();
}

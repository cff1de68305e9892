/* test-shortcuts.c: the shortcuts window lists every key the app has, and no other
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-shortcuts"

#include "config.h"

#include "atlas-test-gtk.h"

#include <gtk/gtk.h>
#include <string.h>

#include "atlas-application.h"
#include "atlas-session.h"
#include "atlas-shortcuts.h"
#include "atlas-window.h"

/* The keypad's and ISO's twins of a key do the same, and the shortcuts window shows one */
static guint
main_keyval (guint keyval)
{
  static const guint twins[][2] = {
    { GDK_KEY_KP_Left, GDK_KEY_Left }, { GDK_KEY_KP_Right, GDK_KEY_Right },
    { GDK_KEY_KP_Up, GDK_KEY_Up }, { GDK_KEY_KP_Down, GDK_KEY_Down },
    { GDK_KEY_KP_Enter, GDK_KEY_Return }, { GDK_KEY_ISO_Enter, GDK_KEY_Return },
    { GDK_KEY_KP_Space, GDK_KEY_space }, { GDK_KEY_KP_Home, GDK_KEY_Home },
    { GDK_KEY_KP_End, GDK_KEY_End }, { GDK_KEY_KP_0, GDK_KEY_0 },
    { GDK_KEY_KP_Add, GDK_KEY_plus }, { GDK_KEY_KP_Subtract, GDK_KEY_minus },
  };

  for (guint i = 0; i < G_N_ELEMENTS (twins); i++)
    if (twins[i][0] == keyval)
      return twins[i][1];
  return keyval;
}

static void
add_key (GHashTable      *keys,
         guint            keyval,
         GdkModifierType  modifiers,
         const char      *where)
{
  char *name = gtk_accelerator_name (main_keyval (keyval), modifiers);

  if (!g_hash_table_contains (keys, name))
    g_hash_table_insert (keys, name, g_strdup (where));
  else
    g_free (name);
}

static void
add_trigger (GHashTable         *keys,
             GtkShortcutTrigger *trigger,
             const char         *where)
{
  if (GTK_IS_KEYVAL_TRIGGER (trigger))
    add_key (keys, gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
             gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)), where);
  else if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    {
      add_trigger (keys, gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)), where);
      add_trigger (keys, gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)), where);
    }
}

/* The shortcuts GTK's own class of @widget has (GtkWindow's, say): not the app's */
static GPtrArray *
dup_gtk_class_shortcuts (GtkWidget *widget)
{
  GPtrArray *shortcuts = g_ptr_array_new_with_free_func (g_object_unref);
  GType type = G_OBJECT_TYPE (widget);
  GtkWidget *plain;
  g_autoptr(GListModel) controllers = NULL;

  while (g_str_has_prefix (g_type_name (type), "Atlas"))
    type = g_type_parent (type);
  if (G_TYPE_IS_ABSTRACT (type))
    return shortcuts;

  plain = g_object_ref_sink (g_object_new (type, NULL));
  controllers = gtk_widget_observe_controllers (plain);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_SHORTCUT_CONTROLLER (controller))
        for (guint s = 0; s < g_list_model_get_n_items (G_LIST_MODEL (controller)); s++)
          g_ptr_array_add (shortcuts, g_list_model_get_item (G_LIST_MODEL (controller), s));
    }
  g_object_unref (controllers);
  controllers = NULL;
  if (GTK_IS_WINDOW (plain))
    gtk_window_destroy (GTK_WINDOW (plain));
  g_object_unref (plain);
  return shortcuts;
}

static gboolean
is_gtk_shortcut (GPtrArray   *gtk_shortcuts,
                 GtkShortcut *shortcut)
{
  for (guint i = 0; i < gtk_shortcuts->len; i++)
    {
      GtkShortcut *other = g_ptr_array_index (gtk_shortcuts, i);

      if (other == shortcut ||
          (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (other), gtk_shortcut_get_trigger (shortcut)) &&
           gtk_shortcut_get_action (other) == gtk_shortcut_get_action (shortcut)))
        return TRUE;
    }
  return FALSE;
}

/* Every key of the app's own widgets: their class bindings and shortcut controllers, and the
 * controllers the app names "atlas-…" on GTK's widgets */
static void
collect_widget_keys (GtkWidget  *widget,
                     GHashTable *keys)
{
  gboolean ours = g_str_has_prefix (G_OBJECT_TYPE_NAME (widget), "Atlas");
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GPtrArray) gtk_shortcuts = ours ? dup_gtk_class_shortcuts (widget) : NULL;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      const char *name = gtk_event_controller_get_name (controller);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) || !(ours || (name && g_str_has_prefix (name, "atlas-"))))
        continue;

      for (guint s = 0; s < g_list_model_get_n_items (G_LIST_MODEL (controller)); s++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), s);

          if (gtk_shortcuts && is_gtk_shortcut (gtk_shortcuts, shortcut))
            continue;
          add_trigger (keys, gtk_shortcut_get_trigger (shortcut), G_OBJECT_TYPE_NAME (widget));
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_widget_keys (child, keys);
}

static void
collect_table_keys (GHashTable     *keys,
                    const AtlasKey *table,
                    guint           n_keys,
                    const char     *where)
{
  for (guint i = 0; i < n_keys; i++)
    add_key (keys, table[i].keyval, table[i].modifiers, where);
}

static GHashTable *
collect_app_keys (AtlasApplication *app,
                  AtlasWindow      *window)
{
  GHashTable *keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  const AtlasKey *table;
  guint n_keys;

  for (guint i = 0; actions[i]; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), actions[i]);

      for (guint a = 0; accels[a]; a++)
        {
          guint keyval;
          GdkModifierType modifiers;

          g_assert_true (gtk_accelerator_parse (accels[a], &keyval, &modifiers));
          add_key (keys, keyval, modifiers, actions[i]);
        }
    }

  collect_widget_keys (GTK_WIDGET (window), keys);

  table = atlas_map_view_get_keys (&n_keys);
  collect_table_keys (keys, table, n_keys, "atlas_map_view_get_keys ()");
  table = atlas_shortcuts_get_gtk_keys (&n_keys);
  collect_table_keys (keys, table, n_keys, "atlas_shortcuts_get_gtk_keys ()");

  return keys;
}

/* The accelerators the shortcuts window shows, as the app's resource has it */
static GHashTable *
collect_help_keys (void)
{
  GHashTable *keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/gtk/help-overlay.ui");
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);

  for (GSList *l = objects; l; l = l->next)
    {
      g_autofree char *accelerator = NULL;
      g_autofree char *title = NULL;
      g_auto(GStrv) accels = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "accelerator", &accelerator, "title", &title, NULL);
      if (accelerator == NULL || *accelerator == '\0')
        continue;

      accels = g_strsplit (accelerator, " ", -1);
      for (guint a = 0; accels[a]; a++)
        {
          guint keyval;
          GdkModifierType modifiers;

          if (!gtk_accelerator_parse (accels[a], &keyval, &modifiers))
            g_error ("The shortcuts window's “%s” has an accelerator GTK cannot read: %s", title, accels[a]);
          add_key (keys, keyval, modifiers, title);
        }
    }

  /* The window with every group is built: GTK would warn about anything wrong in it */
  gtk_window_destroy (GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
  return keys;
}

/* The app's window, on the built-in reports, drawn */
static AtlasWindow *
new_window (AtlasApplication *app)
{
  g_autoptr(GError) error = NULL;
  AtlasWindow *window;

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  window = atlas_window_new (app);
  g_assert_true (atlas_window_open_embedded (window));
  gtk_window_present (GTK_WINDOW (window));
  atlas_test_wait_for_frame (GTK_WIDGET (window));
  return window;
}

static void
test_complete (void)
{
  g_autoptr(AtlasApplication) app = atlas_application_new ();
  g_autoptr(GHashTable) app_keys = NULL;
  g_autoptr(GHashTable) help_keys = NULL;
  guint n_missing = 0;
  GHashTableIter iter;
  gpointer key, value;
  AtlasWindow *window;

  window = new_window (app);

  app_keys = collect_app_keys (app, window);
  help_keys = collect_help_keys ();

  g_hash_table_iter_init (&iter, app_keys);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_test_message ("app key %s (%s)", (char *) key, (char *) value);
      if (!g_hash_table_contains (help_keys, key))
        {
          g_test_message ("%s, from %s, is not in the shortcuts window", (char *) key, (char *) value);
          n_missing++;
        }
    }

  g_hash_table_iter_init (&iter, help_keys);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (app_keys, key))
      {
        g_test_message ("%s, listed as “%s” in the shortcuts window, is no key of the app",
                        (char *) key, (char *) value);
        n_missing++;
      }

  if (n_missing > 0)
    g_error ("The shortcuts window and the app's keys differ in %u keys, named above", n_missing);

  /* A few that must be there, so that an empty walk cannot pass */
  g_assert_true (g_hash_table_contains (app_keys, "<Control>q"));
  g_assert_true (g_hash_table_contains (app_keys, "F6"));
  g_assert_true (g_hash_table_contains (app_keys, "<Alt>Right"));
  g_assert_true (g_hash_table_contains (app_keys, "<Control>bracketright"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The keys AtlasWindow binds itself (gtk_widget_class_add_binding_action()): they reach the
 * window only when no widget on the way from the focus has taken them */
static GPtrArray *
dup_window_triggers (AtlasWindow *window)
{
  GPtrArray *triggers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  g_autoptr(GPtrArray) gtk_shortcuts = dup_gtk_class_shortcuts (GTK_WIDGET (window));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          gtk_event_controller_get_propagation_phase (controller) != GTK_PHASE_BUBBLE)
        continue;

      for (guint s = 0; s < g_list_model_get_n_items (G_LIST_MODEL (controller)); s++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), s);

          if (!is_gtk_shortcut (gtk_shortcuts, shortcut))
            g_ptr_array_add (triggers, g_object_ref (gtk_shortcut_get_trigger (shortcut)));
        }
    }

  return triggers;
}

/* A text's own Undo comes before the window's, when the text has something to undo (its
 * action is disabled otherwise, and the key goes on to the window) */
static gboolean
is_text_undo (GtkWidget   *widget,
              GtkShortcut *shortcut)
{
  GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
  const char *name;

  if (!(GTK_IS_TEXT (widget) || GTK_IS_TEXT_VIEW (widget)) || !GTK_IS_NAMED_ACTION (action))
    return FALSE;
  name = gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
  return g_strcmp0 (name, "text.undo") == 0 || g_strcmp0 (name, "text.redo") == 0;
}

/* The first key of @triggers that a shortcut of GTK's own on @widget (a GtkPaned's F8, say)
 * takes before the window sees it, or NULL */
static GtkShortcutTrigger *
find_shadowed (GtkWidget *widget,
               GPtrArray *triggers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean ours = g_str_has_prefix (G_OBJECT_TYPE_NAME (widget), "Atlas");

  /* A menu's items show the keys of the actions they activate: the same actions */
  if (GTK_IS_POPOVER_MENU (widget) || g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkModelButton"))
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      const char *name = gtk_event_controller_get_name (controller);

      /* The app's own bindings on its widgets are meant (a map takes the arrows) */
      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) || ours || (name && g_str_has_prefix (name, "atlas-")))
        continue;

      for (guint s = 0; s < g_list_model_get_n_items (G_LIST_MODEL (controller)); s++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), s);

          if (is_text_undo (widget, shortcut))
            continue;
          for (guint t = 0; t < triggers->len; t++)
            if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), g_ptr_array_index (triggers, t)))
              return g_ptr_array_index (triggers, t);
        }
    }

  return NULL;
}

/* How many widgets under @widget, @widget too, take a key of @triggers first; only those that
 * ever see a key count: a widget that can have the focus, or one that holds such a widget */
static guint
count_shadowed (GtkWidget *widget,
                GPtrArray *triggers,
                gboolean  *sees_keys)
{
  GtkShortcutTrigger *shadowed;
  gboolean child_sees_keys = FALSE;
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      gboolean sees = FALSE;

      n += count_shadowed (child, triggers, &sees);
      child_sees_keys = child_sees_keys || sees;
    }

  *sees_keys = child_sees_keys || (gtk_widget_get_focusable (widget) && gtk_widget_get_can_focus (widget));
  if (*sees_keys && (shadowed = find_shadowed (widget, triggers)))
    {
      g_autofree char *key = gtk_shortcut_trigger_to_string (shadowed);

      g_test_message ("%s takes %s before the window", G_OBJECT_TYPE_NAME (widget), key);
      n++;
    }

  return n;
}

/* No key the window binds is taken first by a widget of GTK's inside it: F8 was, by the
 * panes (GtkPaned moves the focus to its handle with it) */
static void
test_not_shadowed (void)
{
  g_autoptr(AtlasApplication) app = atlas_application_new ();
  g_autoptr(GPtrArray) triggers = NULL;
  g_autoptr(AtlasEvent) event = NULL;
  AtlasWindow *window;
  guint n_shadowed = 0;

  window = new_window (app);

  /* An event selected: its card's quotes are selectable labels, and the report is shown */
  event = g_list_model_get_item (atlas_kb_get_events (atlas_window_get_kb (window)), 0);
  atlas_session_set_selected_event (atlas_window_get_session (window), event);
  atlas_test_iterate_for (50);

  triggers = dup_window_triggers (window);
  /* Not a walk that found nothing: Ctrl+L and Ctrl+S are the window's */
  g_assert_cmpuint (triggers->len, >=, 5);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (window)); child; child = gtk_widget_get_next_sibling (child))
    {
      gboolean sees_keys;

      n_shadowed += count_shadowed (child, triggers, &sees_keys);
    }
  if (n_shadowed > 0)
    g_error ("%u widgets take keys the window binds, named above", n_shadowed);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  if (!atlas_test_init_gtk_or_skip ())
    return 0;

  g_test_add_func ("/shortcuts/complete", test_complete);
  g_test_add_func ("/shortcuts/not-shadowed", test_not_shadowed);

  return g_test_run ();
}

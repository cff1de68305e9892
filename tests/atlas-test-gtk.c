/* atlas-test-gtk.c: waiting for conditions and saving screenshots, for the widget tests
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-test"

#include "config.h"

#include "atlas-test-gtk.h"

/* Tests wait for what they need, never for a fixed time: a slow machine only waits longer.
 * The timeout is there so that a condition that never comes fails the test, not the suite's
 * time limit. */
void
atlas_test_wait_until_full (AtlasTestCondition  done,
                            gpointer            data,
                            guint               timeout_s,
                            const char         *what)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (timeout_s, atlas_test_set_flag_cb, &timed_out);

  while (!done (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    g_error ("Waited %u s for %s", timeout_s, what);
  g_source_remove (id);
}

typedef struct
{
  GdkFrameClock *clock;
  gulong         handler;
  gboolean       painted;
} FrameWait;

static void
on_after_paint_cb (GdkFrameClock *clock,
                   FrameWait     *wait)
{
  wait->painted = TRUE;
}

static gboolean
frame_painted (gpointer data)
{
  return ((FrameWait *) data)->painted;
}

/* Waits until @widget, which must be mapped, has been drawn again: whatever changed before
 * this is on screen after it */
void
atlas_test_wait_for_frame (GtkWidget *widget)
{
  FrameWait wait = { 0, };

  g_assert_true (gtk_widget_get_mapped (widget));

  wait.clock = gtk_widget_get_frame_clock (widget);
  g_assert_nonnull (wait.clock);
  wait.handler = g_signal_connect (wait.clock, "after-paint", G_CALLBACK (on_after_paint_cb), &wait);
  gtk_widget_queue_draw (widget);
  atlas_test_wait_until (frame_painted, &wait);
  g_signal_handler_disconnect (wait.clock, wait.handler);
}

/* When ATLAS_TEST_SCREENSHOT_DIR is set, saves @widget as drawn now, as <dir>/@name */
void
atlas_test_save_screenshot (GtkWidget  *widget,
                            const char *name)
{
  const char *dir = g_getenv ("ATLAS_TEST_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GtkSnapshot *snapshot;
  int width, height;

  if (dir == NULL || *dir == '\0')
    return;

  atlas_test_wait_for_frame (widget);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Saved %s", path);
}

/* @window's pixels as GTK draws them: ARGB32, premultiplied, opaque; @stride bytes a row */
guchar *
atlas_test_render_window (GtkWindow *window,
                          gsize     *stride)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (GTK_WIDGET (window));
  int height = gtk_widget_get_height (GTK_WIDGET (window));
  guchar *pixels;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  *stride = gdk_texture_get_width (texture) * 4;
  pixels = g_malloc (*stride * gdk_texture_get_height (texture));
  gdk_texture_download (texture, pixels, *stride);
  return pixels;
}

/* Loads the app's style sheet, as AtlasApplication does: its paddings and type sizes are part
 * of the layout that a test of sizes and positions checks. Returns it, to unload. */
GtkStyleProvider *
atlas_test_load_app_style (void)
{
  GtkCssProvider *provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, "/io/github/aleppoatlas/AleppoAtlas/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  return GTK_STYLE_PROVIDER (provider);
}

void
atlas_test_unload_app_style (GtkStyleProvider *provider)
{
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), provider);
  g_object_unref (provider);
}

/* Adds every widget under @widget (not @widget itself) that is a @type to @found, in order */
void
atlas_test_collect_descendants (GtkWidget *widget,
                                GType      type,
                                GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      atlas_test_collect_descendants (child, type, found);
    }
}

/* The child @name of @widget's template, which must be there */
gpointer
atlas_test_template_child (gpointer    widget,
                           GType       type,
                           const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
}

/* The action @widget's own shortcuts (its class's bindings, its controllers) run for the key
 * @keyval with @modifiers, or NULL; @phase (optional) says when: GTK_PHASE_CAPTURE is before
 * the focused widget. GTK 4 cannot send a key press in a test: this is what a key reaches. */
const char *
atlas_test_find_key_action (gpointer             widget,
                            guint                keyval,
                            GdkModifierType      modifiers,
                            GtkPropagationPhase *phase)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (widget));
  g_autoptr(GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (keyval, modifiers);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint s = 0; s < g_list_model_get_n_items (G_LIST_MODEL (controller)); s++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), s);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (GTK_IS_NAMED_ACTION (action) && gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            {
              if (phase)
                *phase = gtk_event_controller_get_propagation_phase (controller);
              return gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
            }
        }
    }

  return NULL;
}

/* The one visible toplevel of @type (a form, a question), or NULL */
GtkWindow *
atlas_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          g_assert_null (found);
          found = window;
        }
    }

  return found;
}

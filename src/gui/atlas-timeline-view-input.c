/* atlas-timeline-view-input.c: the timeline's actions, keys, pointer and gestures
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-timeline-view"

#include "config.h"

#include <math.h>

#include "atlas-timeline-view-private.h"

/* Actions */

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AtlasTimelineView *self = ATLAS_TIMELINE_VIEW (widget);

  if (self->session == NULL)
    return;

  if (g_str_equal (action_name, "timeline.next"))
    atlas_session_select_next_event (self->session);
  else if (g_str_equal (action_name, "timeline.previous"))
    atlas_session_select_previous_event (self->session);
  /* The arrow keys move the way they point: to the later event on the right in a
   * left-to-right window, on the left in a right-to-left one, where the timeline is mirrored */
  else if (g_str_equal (action_name, "timeline.right") || g_str_equal (action_name, "timeline.left"))
    {
      gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;

      if (g_str_equal (action_name, "timeline.right") != rtl)
        atlas_session_select_next_event (self->session);
      else
        atlas_session_select_previous_event (self->session);
    }
  else if (g_str_equal (action_name, "timeline.first"))
    atlas_session_select_first_event (self->session);
  else if (g_str_equal (action_name, "timeline.last"))
    atlas_session_select_last_event (self->session);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AtlasTimelineView *self = ATLAS_TIMELINE_VIEW (widget);

  if (g_str_equal (action_name, "timeline.zoom-in"))
    atlas_timeline_view_zoom (self, 1.5, _atlas_timeline_view_get_default_anchor_x (self));
  else if (g_str_equal (action_name, "timeline.zoom-out"))
    atlas_timeline_view_zoom (self, 1 / 1.5, _atlas_timeline_view_get_default_anchor_x (self));
  else
    atlas_timeline_view_zoom_to_fit (self);
}

/* Callbacks */

static gboolean
on_scroll_cb (GtkEventControllerScroll *controller,
              double                    dx,
              double                    dy,
              AtlasTimelineView        *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean wheel = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL;
  double span = _atlas_timeline_view_get_span (self);

  if (state & GDK_CONTROL_MASK)
    {
      double steps = wheel ? dy : dy / 20.0;

      atlas_timeline_view_zoom (self, pow (1.25, -steps), self->pointer_x);
      return TRUE;
    }

  if (dx == 0 && dy == 0)
    return FALSE;

  {
    /* Sideways scrolling follows the mirrored timeline in a right-to-left window */
    gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
    double delta = dx != 0 ? (rtl ? -dx : dx) : dy;
    double days = wheel ? delta * span * 0.1 : delta / atlas_timeline_layout_pixels_per_day (self->layout);

    _atlas_timeline_view_set_view (self, self->layout->view_u0 + days, self->layout->view_u1 + days);
  }
  return TRUE;
}

static void
on_motion_cb (GtkEventControllerMotion *controller,
              double                    x,
              double                    y,
              AtlasTimelineView        *self)
{
  AtlasEvent *event;
  guint hover;

  self->pointer_x = x;
  self->pointer_y = y;

  event = atlas_timeline_view_event_at (self, x, y);
  hover = event ? atlas_event_get_position (event) : G_MAXUINT;
  if (hover != self->hover_mark)
    {
      self->hover_mark = hover;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), event ? "pointer" : NULL);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
on_leave_cb (GtkEventControllerMotion *controller,
             AtlasTimelineView        *self)
{
  self->pointer_x = -1;
  if (self->hover_mark != G_MAXUINT)
    {
      self->hover_mark = G_MAXUINT;
      gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
on_click_pressed_cb (GtkGestureClick   *gesture,
                     int                n_press,
                     double             x,
                     double             y,
                     AtlasTimelineView *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
on_click_released_cb (GtkGestureClick   *gesture,
                      int                n_press,
                      double             x,
                      double             y,
                      AtlasTimelineView *self)
{
  AtlasEvent *event;

  if (self->session == NULL || n_press != 1)
    return;

  if ((event = atlas_timeline_view_event_at (self, x, y)))
    atlas_session_set_selected_event (self->session, event);
}

static void
on_drag_begin_cb (GtkGestureDrag    *gesture,
                  double             x,
                  double             y,
                  AtlasTimelineView *self)
{
  self->drag_start_view = self->layout->view_u0;
}

static void
on_drag_update_cb (GtkGestureDrag    *gesture,
                   double             offset_x,
                   double             offset_y,
                   AtlasTimelineView *self)
{
  double span = _atlas_timeline_view_get_span (self);
  double start;

  if (fabs (offset_x) < 3)
    return;

  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    offset_x = -offset_x;
  start = self->drag_start_view - offset_x / atlas_timeline_layout_pixels_per_day (self->layout);
  _atlas_timeline_view_set_view (self, start, start + span);
}

static void
on_drag_end_cb (GtkGestureDrag    *gesture,
                double             offset_x,
                double             offset_y,
                AtlasTimelineView *self)
{
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
}

static void
on_zoom_begin_cb (GtkGesture        *gesture,
                  GdkEventSequence  *sequence,
                  AtlasTimelineView *self)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (gesture, &x, &y))
    x = _atlas_timeline_view_get_default_anchor_x (self);
  self->zoom_start_span = _atlas_timeline_view_get_span (self);
  self->zoom_anchor_x = x = _atlas_timeline_view_mirror_x (self, x);
  self->zoom_anchor_day = atlas_timeline_layout_x_to_unit (self->layout, x);
}

static void
on_zoom_scale_changed_cb (GtkGestureZoom    *gesture,
                          double             scale,
                          AtlasTimelineView *self)
{
  const AtlasTimelineGeometry *geo = &self->layout->geo;
  double span;
  double start;

  if (scale <= 0)
    return;

  span = self->zoom_start_span / scale;
  start = self->zoom_anchor_day - (self->zoom_anchor_x - geo->plot_x0) / geo->plot_w * span;
  _atlas_timeline_view_set_view (self, start, start + span);
}

/* Private API */

void
_atlas_timeline_view_class_init_input (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "timeline.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "timeline.previous", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "timeline.left", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "timeline.right", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "timeline.first", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "timeline.last", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-fit", NULL, zoom_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "timeline.right", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, 0, "timeline.right", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "timeline.left", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, 0, "timeline.left", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "timeline.first", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Home, 0, "timeline.first", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "timeline.last", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_End, 0, "timeline.last", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, 0, "timeline.zoom-fit", NULL);
}

void
_atlas_timeline_view_init_input (AtlasTimelineView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (controller, "scroll", G_CALLBACK (on_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect (gesture, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  g_signal_connect (gesture, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_drag_new ();
  g_signal_connect (gesture, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (gesture, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  g_signal_connect (gesture, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect (gesture, "begin", G_CALLBACK (on_zoom_begin_cb), self);
  g_signal_connect (gesture, "scale-changed", G_CALLBACK (on_zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));
}

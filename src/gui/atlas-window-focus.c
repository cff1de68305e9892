/* atlas-window-focus.c: F6 and Shift+F6 move between the window's panes
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-window-focus"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-timeline-view.h"
#include "atlas-window-private.h"

/*
 * F6 goes round the panes in the order they are laid out: the map, the timeline under it, the
 * sidebar (details, events, places or the report, whichever page shows), and back to the map;
 * Shift+F6 goes the other way (issue 7). GtkPaned binds F6 itself, to move between its own two
 * children: from the top it landed on the timeline's first button. This controller runs in the
 * capture phase, before any pane sees the key.
 *
 * Focus lands on what a pane is for, not on its first button: the map (whose arrows move
 * between neighbourhoods), the visible page's first control, the article's text, the timeline
 * itself. And it is shown: GTK shows the focus only after Tab until the pointer moves.
 */

enum {
  PANE_MAP,
  PANE_TIMELINE,
  PANE_SIDE,
  N_PANES
};

static GtkWidget *
get_pane (AtlasWindow *self,
          guint        pane)
{
  switch (pane)
    {
    case PANE_MAP:      return GTK_WIDGET (self->map_view);
    case PANE_SIDE:     return gtk_widget_get_parent (GTK_WIDGET (self->side_stack));   /* with its switcher */
    case PANE_TIMELINE: return GTK_WIDGET (self->timeline_panel);
    default: g_assert_not_reached ();
    }
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_descendant (child, type)))
        return found;
    }

  return NULL;
}

static gboolean
focus_side_switcher (AtlasWindow *self)
{
  GtkWidget *switcher = find_descendant (gtk_widget_get_parent (GTK_WIDGET (self->side_stack)),
                                         GTK_TYPE_STACK_SWITCHER);

  for (GtkWidget *button = switcher ? gtk_widget_get_first_child (switcher) : NULL;
       button != NULL;
       button = gtk_widget_get_next_sibling (button))
    if (GTK_IS_TOGGLE_BUTTON (button) && gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)))
      return gtk_widget_grab_focus (button);

  return FALSE;
}

/* Puts the focus in @pane; FALSE if nothing there takes it */
static gboolean
focus_pane (AtlasWindow *self,
            guint        pane)
{
  GtkWidget *widget = get_pane (self, pane);
  GtkWidget *target = NULL;

  if (!gtk_widget_get_mapped (widget))
    return FALSE;

  switch (pane)
    {
    case PANE_MAP:
      /* It knows its own first widget (its grab_focus) */
      target = widget;
      break;

    case PANE_SIDE:
      /* The page shown, not the switcher above it; the report's page knows its first widget,
       * the article's text */
      widget = gtk_stack_get_visible_child (self->side_stack);
      if (widget == GTK_WIDGET (self->reader_view))
        target = widget;
      break;

    case PANE_TIMELINE:
      /* The timeline, not the first of the buttons above it */
      target = find_descendant (widget, ATLAS_TYPE_TIMELINE_VIEW);
      break;

    default:
      g_assert_not_reached ();
    }

  if (target && gtk_widget_is_drawable (target) && gtk_widget_grab_focus (target))
    return TRUE;

  /* The pane's first control: unset the focus, so that the pane starts from its beginning */
  if (widget == NULL)
    return FALSE;
  gtk_root_set_focus (GTK_ROOT (self), NULL);
  if (gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD) &&
      !GTK_IS_SCROLLED_WINDOW (gtk_root_get_focus (GTK_ROOT (self))))
    return TRUE;

  /* A page with nothing to focus but its scrolled window ("Nothing selected"), which shows
   * no focus: the switcher's button of the page instead, from which the arrows go to the
   * other pages */
  if (pane == PANE_SIDE)
    return focus_side_switcher (self);

  return gtk_root_get_focus (GTK_ROOT (self)) != NULL;
}

static guint
get_focused_pane (AtlasWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  for (guint pane = 0; focus && pane < N_PANES; pane++)
    {
      GtkWidget *widget = get_pane (self, pane);

      if (focus == widget || gtk_widget_is_ancestor (focus, widget))
        return pane;
    }

  return N_PANES;
}

static void
cycle_panes (AtlasWindow *self,
             int          step)
{
  guint pane = get_focused_pane (self);
  GtkWidget *before = gtk_root_get_focus (GTK_ROOT (self));

  /* From outside the panes (the header bar, the search bar), F6 starts at the map and
   * Shift+F6 at the sidebar */
  if (pane == N_PANES)
    pane = step > 0 ? N_PANES - 1 : 0;
  /* At start-up the window puts an unseen focus on the map: the first F6 shows it there,
   * rather than leaving for the next pane from one nobody saw it in */
  else if (!self->f6_pressed && !gtk_window_get_focus_visible (GTK_WINDOW (self)) && focus_pane (self, pane))
    {
      self->f6_pressed = TRUE;
      gtk_window_set_focus_visible (GTK_WINDOW (self), TRUE);
      return;
    }
  self->f6_pressed = TRUE;

  for (guint i = 0; i < N_PANES; i++)
    {
      pane = (pane + N_PANES + step) % N_PANES;
      if (focus_pane (self, pane))
        {
          g_debug ("F6: focus in pane %u, on %s", pane, G_OBJECT_TYPE_NAME (gtk_root_get_focus (GTK_ROOT (self))));
          gtk_window_set_focus_visible (GTK_WINDOW (self), TRUE);
          return;
        }
    }

  /* No pane took the focus: it stays where it was */
  if (before && gtk_widget_get_root (before) == GTK_ROOT (self))
    gtk_widget_grab_focus (before);
}

static void
focus_next_pane_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  cycle_panes (ATLAS_WINDOW (widget), 1);
}

static void
focus_previous_pane_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  cycle_panes (ATLAS_WINDOW (widget), -1);
}

void
_atlas_window_class_focus_init (AtlasWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.focus-next-pane", NULL, focus_next_pane_action);
  gtk_widget_class_install_action (widget_class, "win.focus-previous-pane", NULL, focus_previous_pane_action);
}

void
_atlas_window_focus_init (AtlasWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkWidget *close_button;

  /* The search bar's close button is GTK's, an icon with no name a screen reader can read */
  if ((close_button = find_descendant (GTK_WIDGET (self->search_bar), GTK_TYPE_BUTTON)))
    gtk_accessible_update_property (GTK_ACCESSIBLE (close_button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, _("Close the search"),
                                    -1);

  gtk_event_controller_set_name (controller, "atlas-pane-keys");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F6, 0),
                                                          gtk_named_action_new ("win.focus-next-pane")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F6, GDK_SHIFT_MASK),
                                                          gtk_named_action_new ("win.focus-previous-pane")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/* Sets the key caps under @widget left to right: a key cap holds one key's name, and in a
 * right-to-left window GTK would draw "]" mirrored, as "[" (the next fact's key) */
static void
set_key_caps_ltr (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "keycap"))
    gtk_widget_set_direction (widget, GTK_TEXT_DIR_LTR);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    set_key_caps_ltr (child);
}

/* Once the application has given the window its shortcuts window (ui/help-overlay.ui) */
void
_atlas_window_help_overlay_init (AtlasWindow *self)
{
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self));

  if (overlay)
    set_key_caps_ltr (GTK_WIDGET (overlay));
}

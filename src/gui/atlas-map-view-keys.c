/* atlas-map-view-keys.c: the map view's keyboard: arrows between neighbourhoods
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-map-view"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-locale.h"
#include "atlas-map-view-private.h"
#include "atlas-place-nav.h"
#include "atlas-shortcuts.h"
#include "atlas-vocabulary.h"

/*
 * Neighbourhoods could only be selected with the mouse (issue 7). When the map has the
 * keyboard focus, the arrow keys move a focus ring from neighbourhood to neighbourhood (the
 * rule is atlas_place_nav_next(), in core), Enter or Space selects the one under the ring, and
 * Escape takes the ring away. The map pans to keep the ring in view, and its accessible name
 * says where the ring is, so that a screen reader announces it.
 *
 * The first arrow starts from the selected neighbourhood; with none, it puts the ring on the
 * neighbourhood nearest the middle of the view, without moving.
 */

/* The ring is kept this far, as a share of the view, from its edges */
#define KEEP_IN_VIEW_MARGIN 0.15

static AtlasKb *
get_kb (AtlasMapView *self)
{
  return self->session ? atlas_session_get_kb (self->session) : NULL;
}

static void
announce (AtlasMapView *self,
          AtlasPlace   *place)
{
  GtkAccessible *map = GTK_ACCESSIBLE (self->map);
  g_autofree char *label = NULL;
  g_autofree char *events = NULL;
  AtlasKb *kb = get_kb (self);
  guint n_events;

  if (place == NULL || kb == NULL)
    {
      gtk_accessible_update_property (map, GTK_ACCESSIBLE_PROPERTY_LABEL, _("Map of Aleppo’s neighbourhoods"), -1);
      return;
    }

  n_events = atlas_kb_get_events_for_place (kb, place)->len;
  events = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", n_events), n_events);
  if (self->session && atlas_session_get_selected_place (self->session) == place)
    /* Translators: the map's name while the keyboard is on a place: name, kind, "2 events" */
    label = g_strdup_printf (_("%s, %s, %s, selected"), atlas_place_get_display_name (place),
                             atlas_vocabulary_get_label (ATLAS_VOCABULARY_PLACE_KIND, atlas_place_get_kind (place)),
                             events);
  else
    label = g_strdup_printf (_("%s, %s, %s"), atlas_place_get_display_name (place),
                             atlas_vocabulary_get_label (ATLAS_VOCABULARY_PLACE_KIND, atlas_place_get_kind (place)),
                             events);

  gtk_accessible_update_property (map, GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* Pans, without zooming, when @place's point is near an edge of the view or beyond it */
static void
keep_in_view (AtlasMapView *self,
              AtlasPlace   *place)
{
  ShumateViewport *viewport = shumate_map_get_viewport (self->map);
  double width = gtk_widget_get_width (GTK_WIDGET (self->map));
  double height = gtk_widget_get_height (GTK_WIDGET (self->map));
  double lat, lon, x, y;

  if (width <= 0 || height <= 0 || !atlas_place_nav_get_point (place, &lat, &lon))
    return;

  shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (self->map), lat, lon, &x, &y);
  if (x < width * KEEP_IN_VIEW_MARGIN || x > width * (1 - KEEP_IN_VIEW_MARGIN) ||
      y < height * KEEP_IN_VIEW_MARGIN || y > height * (1 - KEEP_IN_VIEW_MARGIN))
    {
      shumate_map_stop_go_to (self->map);
      shumate_map_center_on (self->map, lat, lon);
    }
}

static void
set_focused_place (AtlasMapView *self,
                   AtlasPlace   *place)
{
  atlas_map_focus_layer_set_place (self->focus_layer, place);
  if (place)
    keep_in_view (self, place);
  announce (self, place);
}

/* Where the first arrow starts: the selected neighbourhood, else the one nearest the middle */
static AtlasPlace *
get_start_place (AtlasMapView *self,
                 gboolean     *move)
{
  AtlasPlace *selected = atlas_session_get_selected_place (self->session);
  ShumateViewport *viewport = shumate_map_get_viewport (self->map);
  double lat, lon;

  *move = TRUE;
  if (selected && atlas_place_nav_get_point (selected, NULL, NULL))
    return selected;

  *move = FALSE;
  shumate_viewport_widget_coords_to_location (viewport, GTK_WIDGET (self->map),
                                              gtk_widget_get_width (GTK_WIDGET (self->map)) / 2.0,
                                              gtk_widget_get_height (GTK_WIDGET (self->map)) / 2.0,
                                              &lat, &lon);
  return atlas_place_nav_nearest (atlas_kb_get_places (get_kb (self)), lat, lon);
}

static gboolean
move_focus (AtlasMapView      *self,
            AtlasNavDirection  direction)
{
  AtlasPlace *from = atlas_map_focus_layer_get_place (self->focus_layer);
  AtlasPlace *to;
  gboolean move = TRUE;

  if (from == NULL)
    from = get_start_place (self, &move);
  if (from == NULL)
    return FALSE;

  to = move ? atlas_place_nav_next (atlas_kb_get_places (get_kb (self)), from, direction) : from;
  if (to == NULL)
    {
      /* The edge of the city: the ring stays where it is */
      if (atlas_map_focus_layer_get_place (self->focus_layer) == NULL)
        set_focused_place (self, from);
      gtk_widget_error_bell (GTK_WIDGET (self));
      return TRUE;
    }

  set_focused_place (self, to);
  return TRUE;
}

/* The keys the map's key controller handles, in one table that the controller reads and
 * test-shortcuts checks against the shortcuts window: a key controller, unlike a
 * GtkShortcutController, cannot be asked which keys it takes (issue 8). Without Ctrl, Alt or
 * Super: those are the window's. */
enum {
  MAP_KEY_NONE,
  MAP_KEY_LEFT,
  MAP_KEY_RIGHT,
  MAP_KEY_UP,
  MAP_KEY_DOWN,
  MAP_KEY_SELECT,
  MAP_KEY_UNRING,
};

static const AtlasKey map_keys[] = {
  { GDK_KEY_Left, 0, MAP_KEY_LEFT }, { GDK_KEY_KP_Left, 0, MAP_KEY_LEFT },
  { GDK_KEY_Right, 0, MAP_KEY_RIGHT }, { GDK_KEY_KP_Right, 0, MAP_KEY_RIGHT },
  { GDK_KEY_Up, 0, MAP_KEY_UP }, { GDK_KEY_KP_Up, 0, MAP_KEY_UP },
  { GDK_KEY_Down, 0, MAP_KEY_DOWN }, { GDK_KEY_KP_Down, 0, MAP_KEY_DOWN },
  { GDK_KEY_Return, 0, MAP_KEY_SELECT }, { GDK_KEY_KP_Enter, 0, MAP_KEY_SELECT },
  { GDK_KEY_ISO_Enter, 0, MAP_KEY_SELECT }, { GDK_KEY_space, 0, MAP_KEY_SELECT },
  { GDK_KEY_KP_Space, 0, MAP_KEY_SELECT },
  { GDK_KEY_Escape, 0, MAP_KEY_UNRING },
};

static guint
lookup_key (guint keyval)
{
  for (guint i = 0; i < G_N_ELEMENTS (map_keys); i++)
    if (map_keys[i].keyval == keyval)
      return map_keys[i].action;
  return MAP_KEY_NONE;
}

/* Callbacks */

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   AtlasMapView          *self)
{
  AtlasPlace *focused = atlas_map_focus_layer_get_place (self->focus_layer);

  /* Alt+arrows step through the events anywhere; Ctrl and Super keys are the window's */
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0 || get_kb (self) == NULL)
    return FALSE;

  switch (lookup_key (keyval))
    {
    case MAP_KEY_LEFT:
      return move_focus (self, gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL
                               ? ATLAS_NAV_RIGHT : ATLAS_NAV_LEFT);
    case MAP_KEY_RIGHT:
      return move_focus (self, gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL
                               ? ATLAS_NAV_LEFT : ATLAS_NAV_RIGHT);
    case MAP_KEY_UP:
      return move_focus (self, ATLAS_NAV_UP);
    case MAP_KEY_DOWN:
      return move_focus (self, ATLAS_NAV_DOWN);

    case MAP_KEY_SELECT:
      if (focused == NULL)
        return FALSE;
      atlas_session_set_selected_place (self->session, focused);
      announce (self, focused);
      return TRUE;

    case MAP_KEY_UNRING:
      if (focused == NULL)
        return FALSE;
      set_focused_place (self, NULL);
      return TRUE;

    case MAP_KEY_NONE:
    default:
      return FALSE;
    }
}

/* While the map itself has the focus (not a marker or button on it): GTK tells the focus
 * controller before the map's has-focus changes, so its is-focus is what counts */
static void
on_map_focus_changed_cb (GtkEventControllerFocus *focus,
                         GParamSpec              *pspec,
                         AtlasMapView            *self)
{
  atlas_map_focus_layer_set_active (self->focus_layer, gtk_event_controller_focus_is_focus (focus));
}

static void
on_session_kb_changed_cb (AtlasMapView *self)
{
  set_focused_place (self, NULL);
}

static void
on_session_selected_place_changed_cb (AtlasMapView *self)
{
  AtlasPlace *focused = atlas_map_focus_layer_get_place (self->focus_layer);

  if (focused)
    announce (self, focused);
}

/* GtkWidget overrides */

/* The view itself takes no focus: the map in it does (F6 lands there) */
static gboolean
atlas_map_view_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (ATLAS_MAP_VIEW (widget)->map));
}

/**
 * atlas_map_view_get_keys:
 *
 * Returns: (array length=n_keys): the keys the map handles while it has the focus
 */
const AtlasKey *
atlas_map_view_get_keys (guint *n_keys)
{
  *n_keys = G_N_ELEMENTS (map_keys);
  return map_keys;
}

void
_atlas_map_view_class_init_keys (GtkWidgetClass *widget_class)
{
  widget_class->grab_focus = atlas_map_view_grab_focus;
}

void
_atlas_map_view_init_keys (AtlasMapView *self)
{
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->focus_layer = atlas_map_focus_layer_new (shumate_map_get_viewport (self->map));
  shumate_map_insert_layer_above (self->map, SHUMATE_LAYER (self->focus_layer), SHUMATE_LAYER (self->polygon_layer));

  gtk_event_controller_set_name (key, "atlas-map-keys");
  g_signal_connect_object (key, "key-pressed", G_CALLBACK (on_key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->map), key);

  g_signal_connect_object (focus, "notify::is-focus", G_CALLBACK (on_map_focus_changed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->map), focus);

  g_signal_group_connect_swapped (self->session_signals, "notify::kb",
                                  G_CALLBACK (on_session_kb_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::selected-place",
                                  G_CALLBACK (on_session_selected_place_changed_cb), self);
}

/* Public API */

/**
 * atlas_map_view_get_focused_place:
 *
 * Returns: (transfer none) (nullable): the neighbourhood the arrow keys are on: ringed while
 *   the map has the keyboard focus, not (yet) selected
 */
AtlasPlace *
atlas_map_view_get_focused_place (AtlasMapView *self)
{
  g_return_val_if_fail (ATLAS_IS_MAP_VIEW (self), NULL);
  return atlas_map_focus_layer_get_place (self->focus_layer);
}

/* atlas-map-view.c: the map of the session's KB
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-map-view"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "atlas-locale.h"
#include "atlas-map-view-private.h"
#include "atlas-place-marker.h"

/*
 * The view's jobs are split along their seams: what the map shows (the region, a place, an
 * event's places) in atlas-map-view-framing.c; the street map and the credits in
 * atlas-map-view-tiles.c; what lies over the map (where the legend goes and when it folds,
 * the pointers at far places, what the labels keep clear of) in atlas-map-view-overlay.c; the
 * legend (AtlasMapLegend), the point places' markers
 * (AtlasPlaceMarker) and the polygons (AtlasMapLayer) are widgets of their own. Here: the
 * markers and the places not on the map, input, and the widget itself.
 */

enum {
  PROP_0,
  PROP_SESSION,
  PROP_SHOW_TILES,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (AtlasMapView, atlas_map_view, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

/* Helpers */

static void
update_marker_states (AtlasMapView *self)
{
  AtlasPlace *selected = self->session ? atlas_session_get_selected_place (self->session) : NULL;
  AtlasEvent *event = self->session ? atlas_session_get_selected_event (self->session) : NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->marker_by_place);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gboolean in_event = FALSE;

      for (guint i = 0; event && i < atlas_event_get_n_places (event); i++)
        in_event |= atlas_event_get_place (event, i) == key;

      atlas_place_marker_set_highlight (value, key == selected, in_event);
    }

  _atlas_map_view_place_marker_names (self);
}

static void
on_marker_clicked_cb (AtlasPlaceMarker *marker,
                      AtlasMapView     *self)
{
  if (self->session)
    atlas_session_set_selected_place (self->session, atlas_place_marker_get_place (marker));
}

static void
on_unlocated_clicked_cb (GtkButton    *button,
                         AtlasMapView *self)
{
  AtlasPlace *place = g_object_get_data (G_OBJECT (button), "atlas-place");

  g_assert (ATLAS_IS_PLACE (place));

  gtk_menu_button_popdown (self->unlocated_button);
  if (self->session)
    atlas_session_set_selected_place (self->session, place);
}

static void
add_marker (AtlasMapView *self,
            AtlasPlace   *place)
{
  AtlasPlaceMarker *marker = atlas_place_marker_new (place);

  g_signal_connect_object (marker, "clicked", G_CALLBACK (on_marker_clicked_cb), self, 0);
  shumate_marker_layer_add_marker (self->marker_layer, SHUMATE_MARKER (marker));
  g_hash_table_insert (self->marker_by_place, place, marker);
}

static void
rebuild_places (AtlasMapView *self)
{
  AtlasKb *kb = self->session ? atlas_session_get_kb (self->session) : NULL;
  GtkWidget *child;
  guint n_unlocated = 0;

  shumate_marker_layer_remove_all (self->marker_layer);
  g_hash_table_remove_all (self->marker_by_place);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->unlocated_box))))
    gtk_box_remove (self->unlocated_box, child);

  if (kb)
    {
      GListModel *places = atlas_kb_get_places (kb);
      guint n = g_list_model_get_n_items (places);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(AtlasPlace) place = g_list_model_get_item (places, i);

          if (atlas_place_get_geometry (place) != NULL)
            continue;

          if (atlas_place_get_location (place, NULL, NULL) &&
              atlas_place_get_precision (place) != ATLAS_PRECISION_UNKNOWN)
            add_marker (self, place);
          else
            {
              GtkWidget *button = gtk_button_new ();
              GtkWidget *label;
              /* Translators: a place that is not drawn on the map */
              g_autofree char *text = g_strdup_printf (_("%s — location unknown"), atlas_place_get_display_name (place));
              const char *note = atlas_place_get_note (place);

              label = gtk_label_new (text);
              gtk_label_set_xalign (GTK_LABEL (label), 0);
              gtk_button_set_child (GTK_BUTTON (button), label);
              gtk_widget_add_css_class (button, "flat");
              if (note && *note)
                {
                  g_autofree char *wrapped = atlas_place_marker_wrap_text (note, 60);

                  gtk_widget_set_tooltip_text (button, wrapped);
                }
              gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                              -1);
              g_object_set_data_full (G_OBJECT (button), "atlas-place", g_object_ref (place), g_object_unref);
              g_signal_connect_object (button, "clicked", G_CALLBACK (on_unlocated_clicked_cb), self, 0);
              gtk_box_append (self->unlocated_box, button);
              n_unlocated++;
            }
        }
    }

  if (n_unlocated > 0)
    {
      /* Translators: a button listing the places that are not drawn */
      g_autofree char *label = g_strdup_printf (_("Not on the map (%u)"), n_unlocated);
      g_autofree char *accessible = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                  "%u place not on the map",
                                                                  "%u places not on the map", n_unlocated),
                                                     n_unlocated);

      gtk_menu_button_set_label (self->unlocated_button, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->unlocated_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      -1);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->unlocated_button), n_unlocated > 0);

  update_marker_states (self);
}

/* The region's name on the button that brings it back */
static void
update_region_button (AtlasMapView *self)
{
  AtlasKb *kb = self->session ? atlas_session_get_kb (self->session) : NULL;
  const char *name = kb ? atlas_kb_get_region_name (kb) : NULL;
  g_autofree char *text = NULL;

  if (name && *name)
    /* Translators: the map button that frames the KB's region; %s is its name, "Aleppo" */
    text = g_strdup_printf (_("Show %s"), name);
  else
    text = g_strdup (_("Show the whole map"));

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->region_button), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->region_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
}

/* Callbacks */

static void
on_session_kb_changed_cb (AtlasMapView *self)
{
  AtlasKb *kb = self->session ? atlas_session_get_kb (self->session) : NULL;
  double lat, lon, zoom;

  self->hover_place = NULL;
  rebuild_places (self);
  _atlas_map_view_update_attribution (self);
  update_region_button (self);
  _atlas_map_view_update_far_places (self);

  /* Fitting the polygons needs the map's size, so that waits for the next allocation */
  self->initial_view_pending = TRUE;
  if ((kb && atlas_kb_get_region_center (kb, &lat, &lon, &zoom)) ||
      gtk_widget_get_width (GTK_WIDGET (self->map)) > 0)
    _atlas_map_view_show_initial_view (self, gtk_widget_get_width (GTK_WIDGET (self->map)), gtk_widget_get_height (GTK_WIDGET (self->map)));
  else
    gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
on_session_selected_event_changed_cb (AtlasMapView *self)
{
  AtlasEvent *event = atlas_session_get_selected_event (self->session);

  update_marker_states (self);
  if (event)
    _atlas_map_view_frame_event (self, event);
  _atlas_map_view_update_far_places (self);
}

static void
on_session_selected_place_changed_cb (AtlasMapView *self)
{
  update_marker_states (self);
  _atlas_map_view_update_far_places (self);
}

static void
on_viewport_changed_cb (AtlasMapView *self)
{
  _atlas_map_view_update_far_arrows (self);
  _atlas_map_view_place_marker_names (self);
}

static void
show_region_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _atlas_map_view_show_region (ATLAS_MAP_VIEW (widget));
}

/* The polygon place at (@x, @y) in @self's coordinates, when the map itself is there and not
 * the legend, a button or a marker */
static AtlasPlace *
map_place_at (AtlasMapView *self,
              double        x,
              double        y)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);
  double lx, ly;

  if (picked == NULL ||
      !(picked == GTK_WIDGET (self->map) || gtk_widget_is_ancestor (picked, GTK_WIDGET (self->map))) ||
      gtk_widget_get_ancestor (picked, GTK_TYPE_BUTTON) != NULL)
    return NULL;

  if (!gtk_widget_translate_coordinates (GTK_WIDGET (self), GTK_WIDGET (self->polygon_layer), x, y, &lx, &ly))
    return NULL;

  return atlas_map_layer_place_at (self->polygon_layer, lx, ly);
}

static void
on_click_pressed_cb (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     AtlasMapView    *self)
{
  self->press_x = x;
  self->press_y = y;
}

static void
on_click_released_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      AtlasMapView    *self)
{
  GtkWidget *picked;

  /* A drag pans the map; it is not a click, even when it ends where nothing claimed it */
  if (n_press != 1 || hypot (x - self->press_x, y - self->press_y) > 4)
    return;

  /* Only clicks on the map itself: not on the legend, the buttons or a marker */
  picked = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);
  if (picked == NULL ||
      !(picked == GTK_WIDGET (self->map) || gtk_widget_is_ancestor (picked, GTK_WIDGET (self->map))) ||
      gtk_widget_get_ancestor (picked, GTK_TYPE_BUTTON) != NULL)
    return;

  atlas_map_view_activate_at (self, x, y);
}

static void
on_motion_cb (GtkEventControllerMotion *motion,
              double                    x,
              double                    y,
              AtlasMapView             *self)
{
  AtlasPlace *place = map_place_at (self, x, y);

  if (place != self->hover_place)
    {
      self->hover_place = place;
      gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
    }
}

static void
on_motion_leave_cb (GtkEventControllerMotion *motion,
                    AtlasMapView             *self)
{
  self->hover_place = NULL;
}

/* The place comes from the motion controller: under Xvfb, GTK 4.8 handed this handler the
 * widget's centre rather than the pointer's position (seen with xdotool) */
static gboolean
on_query_tooltip_cb (AtlasMapView *self,
                     int           x,
                     int           y,
                     gboolean      keyboard_mode,
                     GtkTooltip   *tooltip)
{
  g_autofree char *text = NULL;

  if (keyboard_mode || self->hover_place == NULL)
    return FALSE;

  text = atlas_place_marker_format_title (self->hover_place);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
on_zoom_in_clicked_cb (GtkButton    *button,
                       AtlasMapView *self)
{
  shumate_map_zoom_in (self->map);
}

static void
on_zoom_out_clicked_cb (GtkButton    *button,
                        AtlasMapView *self)
{
  shumate_map_zoom_out (self->map);
}

/* GtkWidget overrides */

static void
atlas_map_view_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  AtlasMapView *self = ATLAS_MAP_VIEW (widget);

  gtk_widget_measure (GTK_WIDGET (self->overlay), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
atlas_map_view_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  AtlasMapView *self = ATLAS_MAP_VIEW (widget);

  /* The first view fits the map's size, which is only known now: the map fills the view.
   * Before the children are allocated, so that the layers lay out for the new view. */
  if (self->initial_view_pending && width > 0 && height > 0)
    _atlas_map_view_show_initial_view (self, width, height);

  gtk_widget_allocate (GTK_WIDGET (self->overlay), width, height, baseline, NULL);
  _atlas_map_view_update_obstacles (self);

  /* What was to be framed before the map had a size (--select), if still selected, once the
   * widgets over the map are placed (a frame keeps its places clear of them); then the
   * children again, for the new view. The map has the view's size: it fills it. */
  if ((self->frame_pending_event || self->frame_pending_place) && width > 0 && height > 0)
    {
      AtlasEvent *event = self->session ? atlas_session_get_selected_event (self->session) : NULL;
      AtlasPlace *place = self->session ? atlas_session_get_selected_place (self->session) : NULL;

      /* The legend as it will be, folded on a small map, since the frame keeps clear of it */
      if (atlas_map_legend_get_compact (self->legend) != (width < ATLAS_MAP_VIEW_SMALL_WIDTH || height < ATLAS_MAP_VIEW_SMALL_HEIGHT))
        {
          atlas_map_legend_set_compact (self->legend, width < ATLAS_MAP_VIEW_SMALL_WIDTH || height < ATLAS_MAP_VIEW_SMALL_HEIGHT);
          gtk_widget_allocate (GTK_WIDGET (self->overlay), width, height, baseline, NULL);
          _atlas_map_view_update_obstacles (self);
        }

      self->sizing_width = width;
      self->sizing_height = height;
      if (self->frame_pending_event && self->frame_pending_event == event)
        _atlas_map_view_frame_event (self, event);
      else if (self->frame_pending_place && self->frame_pending_place == place)
        _atlas_map_view_frame_place (self, place);
      self->frame_pending_event = NULL;
      self->frame_pending_place = NULL;
      self->sizing_width = self->sizing_height = 0;
      gtk_widget_allocate (GTK_WIDGET (self->overlay), width, height, baseline, NULL);
      _atlas_map_view_update_obstacles (self);
    }


  _atlas_map_view_queue_legend_fold (self, width, height);
}

/* GObject overrides */

static void
atlas_map_view_dispose (GObject *object)
{
  AtlasMapView *self = ATLAS_MAP_VIEW (object);

  if (self->session_signals)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->session);
  g_clear_handle_id (&self->legend_fold_idle, g_source_remove);
  if (self->far_pills)
    g_ptr_array_set_size (self->far_pills, 0);

  if (self->marker_by_place)
    g_hash_table_remove_all (self->marker_by_place);
  self->tile_layer = NULL;
  self->context_layer = NULL;
  self->polygon_layer = NULL;
  self->marker_layer = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_MAP_VIEW);

  g_clear_object (&self->osm_source);
  g_cancellable_cancel (self->tile_check);
  g_clear_object (&self->tile_check);
  g_clear_object (&self->registry);

  G_OBJECT_CLASS (atlas_map_view_parent_class)->dispose (object);
}

static void
atlas_map_view_finalize (GObject *object)
{
  AtlasMapView *self = ATLAS_MAP_VIEW (object);

  g_clear_pointer (&self->marker_by_place, g_hash_table_unref);
  g_clear_pointer (&self->far_pills, g_ptr_array_unref);
  g_clear_pointer (&self->obstacles, g_array_unref);
  g_clear_pointer (&self->marker_names, g_array_unref);
  g_free (self->tile_host);

  G_OBJECT_CLASS (atlas_map_view_parent_class)->finalize (object);
}

static void
atlas_map_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AtlasMapView *self = ATLAS_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_SHOW_TILES:
      g_value_set_boolean (value, atlas_map_view_get_show_tiles (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_map_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  AtlasMapView *self = ATLAS_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      atlas_map_view_set_session (self, g_value_get_object (value));
      break;

    case PROP_SHOW_TILES:
      atlas_map_view_set_show_tiles (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_map_view_class_init (AtlasMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_map_view_dispose;
  object_class->finalize = atlas_map_view_finalize;
  object_class->get_property = atlas_map_view_get_property;
  object_class->set_property = atlas_map_view_set_property;

  widget_class->measure = atlas_map_view_measure;
  widget_class->size_allocate = atlas_map_view_size_allocate;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, ATLAS_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_TILES] =
    g_param_spec_boolean ("show-tiles", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SHUMATE_TYPE_MAP);
  g_type_ensure (ATLAS_TYPE_MAP_LEGEND);
  g_type_ensure (ATLAS_TYPE_PLACE_MARKER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/atlas-map-view.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasMapView, overlay);
  gtk_widget_class_bind_template_child (widget_class, AtlasMapView, map);
  gtk_widget_class_bind_template_child (widget_class, AtlasMapView, unlocated_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasMapView, unlocated_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasMapView, tiles_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasMapView, region_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasMapView, legend);
  gtk_widget_class_bind_template_child (widget_class, AtlasMapView, attribution);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_overlay_get_child_position_cb",
                                                G_CALLBACK (_atlas_map_view_get_child_position));
  gtk_widget_class_bind_template_child (widget_class, AtlasMapView, tiles_notice);
  gtk_widget_class_bind_template_child (widget_class, AtlasMapView, tiles_notice_label);
  gtk_widget_class_bind_template_callback (widget_class, on_query_tooltip_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_zoom_in_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_zoom_out_clicked_cb);

  /* Back to the city, from wherever the map went: the key of "zoom to fit" in the timeline,
   * and Home, while the map has the focus */
  gtk_widget_class_install_action (widget_class, "map.show-region", NULL, show_region_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, 0, "map.show-region", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, 0, "map.show-region", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "map.show-region", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Home, 0, "map.show-region", NULL);

  gtk_widget_class_set_css_name (widget_class, "atlasmapview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  _atlas_map_view_class_init_keys (widget_class);
}

static void
atlas_map_view_init (AtlasMapView *self)
{
  ShumateViewport *viewport;
  GtkEventController *motion;
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->marker_by_place = g_hash_table_new (NULL, NULL);
  self->far_pills = g_ptr_array_new ();
  self->tile_host = g_strdup (ATLAS_MAP_VIEW_TILE_HOST);

  /* The OSM source is the viewport's projection even with tiles off: libshumate needs a
   * reference map source to convert between locations and pixels. Nothing is downloaded
   * until a ShumateMapLayer asks for tiles. */
  self->registry = shumate_map_source_registry_new_with_defaults ();
  self->osm_source = g_object_ref (shumate_map_source_registry_get_by_id (self->registry,
                                                                          SHUMATE_MAP_SOURCE_OSM_MAPNIK));
  viewport = shumate_map_get_viewport (self->map);
  shumate_viewport_set_reference_map_source (viewport, self->osm_source);
  shumate_viewport_set_min_zoom_level (viewport, 2);

  self->context_layer = atlas_map_context_new (viewport);
  shumate_map_add_layer (self->map, SHUMATE_LAYER (self->context_layer));
  self->polygon_layer = atlas_map_layer_new (viewport);
  shumate_map_add_layer (self->map, SHUMATE_LAYER (self->polygon_layer));
  self->marker_layer = shumate_marker_layer_new (viewport);
  shumate_map_add_layer (self->map, SHUMATE_LAYER (self->marker_layer));
  atlas_map_legend_set_layer (self->legend, self->polygon_layer);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_click_pressed_cb), self, 0);
  g_signal_connect_object (click, "released", G_CALLBACK (on_click_released_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  motion = gtk_event_controller_motion_new ();
  g_signal_connect_object (motion, "motion", G_CALLBACK (on_motion_cb), self, 0);
  g_signal_connect_object (motion, "leave", G_CALLBACK (on_motion_leave_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  g_object_bind_property (self, "show-tiles", self->tiles_button, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  self->session_signals = g_signal_group_new (ATLAS_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "notify::kb",
                                  G_CALLBACK (on_session_kb_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::selected-place",
                                  G_CALLBACK (on_session_selected_place_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::selected-event",
                                  G_CALLBACK (on_session_selected_event_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "frame-place",
                                  G_CALLBACK (_atlas_map_view_frame_place), self);
  _atlas_map_view_init_keys (self);
  g_signal_connect_object (viewport, "notify", G_CALLBACK (on_viewport_changed_cb), self, G_CONNECT_SWAPPED);

  update_region_button (self);

  _atlas_map_view_update_attribution (self);
}

/* Public API */

GtkWidget *
atlas_map_view_new (void)
{
  return g_object_new (ATLAS_TYPE_MAP_VIEW, NULL);
}

AtlasSession *
atlas_map_view_get_session (AtlasMapView *self)
{
  g_return_val_if_fail (ATLAS_IS_MAP_VIEW (self), NULL);
  return self->session;
}

void
atlas_map_view_set_session (AtlasMapView *self,
                            AtlasSession *session)
{
  g_return_if_fail (ATLAS_IS_MAP_VIEW (self));
  g_return_if_fail (!session || ATLAS_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;

  g_signal_group_set_target (self->session_signals, session);
  atlas_map_context_set_session (self->context_layer, session);
  atlas_map_layer_set_session (self->polygon_layer, session);
  atlas_map_legend_set_session (self->legend, session);
  on_session_kb_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

gboolean
atlas_map_view_get_show_tiles (AtlasMapView *self)
{
  g_return_val_if_fail (ATLAS_IS_MAP_VIEW (self), FALSE);
  return self->tile_layer != NULL;
}

void
atlas_map_view_set_show_tiles (AtlasMapView *self,
                               gboolean      show_tiles)
{
  g_return_if_fail (ATLAS_IS_MAP_VIEW (self));

  if (atlas_map_view_get_show_tiles (self) == !!show_tiles)
    return;

  _atlas_map_view_set_tiles (self, show_tiles);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_TILES]);
}

/**
 * atlas_map_view_set_tile_host:
 * @host_and_port: where the street map's tiles come from, such as "tile.openstreetmap.org:443"
 *
 * Sets the server whose reachability is checked when the street map is turned on, so that
 * the map can say why it stays blank offline. Tests point it at the loopback.
 */
void
atlas_map_view_set_tile_host (AtlasMapView *self,
                              const char   *host_and_port)
{
  g_return_if_fail (ATLAS_IS_MAP_VIEW (self));
  g_return_if_fail (host_and_port != NULL);

  g_free (self->tile_host);
  self->tile_host = g_strdup (host_and_port);
  if (self->tile_layer)
    _atlas_map_view_check_tile_host (self);
}

/* Whether the map is checking that the street map's server can be reached */
gboolean
atlas_map_view_get_checking_tiles (AtlasMapView *self)
{
  g_return_val_if_fail (ATLAS_IS_MAP_VIEW (self), FALSE);
  return self->tile_check != NULL;
}

/**
 * atlas_map_view_get_viewport:
 *
 * Returns: (transfer none): the map's viewport
 */
ShumateViewport *
atlas_map_view_get_viewport (AtlasMapView *self)
{
  g_return_val_if_fail (ATLAS_IS_MAP_VIEW (self), NULL);
  return shumate_map_get_viewport (self->map);
}

/**
 * atlas_map_view_get_map_layer:
 *
 * Returns: (transfer none): the #AtlasMapLayer drawing the polygons
 */
GtkWidget *
atlas_map_view_get_map_layer (AtlasMapView *self)
{
  g_return_val_if_fail (ATLAS_IS_MAP_VIEW (self), NULL);
  return GTK_WIDGET (self->polygon_layer);
}

/**
 * atlas_map_view_get_context_layer:
 *
 * Returns: (transfer none): the #AtlasMapContext drawing the country, its governorates and the
 *   city's outline
 */
GtkWidget *
atlas_map_view_get_context_layer (AtlasMapView *self)
{
  g_return_val_if_fail (ATLAS_IS_MAP_VIEW (self), NULL);
  return GTK_WIDGET (self->context_layer);
}

/**
 * atlas_map_view_get_far_pills:
 *
 * Returns: (transfer none) (element-type GtkWidget): the pointers at far places, in the
 *   order they are placed
 */
GPtrArray *
atlas_map_view_get_far_pills (AtlasMapView *self)
{
  g_return_val_if_fail (ATLAS_IS_MAP_VIEW (self), NULL);
  return self->far_pills;
}

/**
 * atlas_map_view_activate_at:
 * @x: x in @self's coordinates
 * @y: y in @self's coordinates
 *
 * What a click on the map does: selects the neighbourhood at (@x, @y), or clears the
 * selected place when there is none.
 */
void
atlas_map_view_activate_at (AtlasMapView *self,
                            double        x,
                            double        y)
{
  double lx, ly;

  g_return_if_fail (ATLAS_IS_MAP_VIEW (self));

  if (self->session == NULL)
    return;

  if (!gtk_widget_translate_coordinates (GTK_WIDGET (self), GTK_WIDGET (self->polygon_layer), x, y, &lx, &ly))
    return;

  atlas_session_set_selected_place (self->session, atlas_map_layer_place_at (self->polygon_layer, lx, ly));
}

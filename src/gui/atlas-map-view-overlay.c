/* atlas-map-view-overlay.c: what lies over the map: where the legend goes and when it folds,
 * pointers at places far off the map, and what the labels keep clear of
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
#include "atlas-region.h"

/*
 * A place far outside the country (London, New York, Geneva) is not flown to: that showed an
 * empty grey world with one dot, and nothing brought the city back (issue 7). Instead the map
 * keeps the city in view and points at the place: a small pill at the edge of the map, on the
 * line from the map's centre towards the place, with its name, its distance from the region's
 * centre and an arrow, such as "London 3,400 km ↖". A click selects the place.
 *
 * The pills, like the buttons, the legend and the credits, cover the map: their boxes are the
 * obstacles the labels keep clear of.
 */

#define PILL_MARGIN      8       /* between a pill and the map's edge */
#define PILL_TOP         54      /* below the buttons along the top */
#define PILL_GAP         4

/* Helpers */

static gboolean
get_target (AtlasMapView *self,
            GtkWidget    *pill,
            double       *dx,
            double       *dy)
{
  AtlasPlace *place = g_object_get_data (G_OBJECT (pill), "atlas-place");
  ShumateViewport *viewport = shumate_map_get_viewport (self->map);
  double lat, lon, x, y;
  double width = gtk_widget_get_width (GTK_WIDGET (self->map));
  double height = gtk_widget_get_height (GTK_WIDGET (self->map));

  if (place == NULL || !atlas_place_get_location (place, &lat, &lon) ||
      shumate_viewport_get_reference_map_source (viewport) == NULL)
    return FALSE;

  shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (self->map), lat, lon, &x, &y);
  *dx = x - width / 2;
  *dy = y - height / 2;
  return TRUE;
}

static char *
format_distance (AtlasMapView *self,
                 AtlasPlace   *place)
{
  AtlasKb *kb = self->session ? atlas_session_get_kb (self->session) : NULL;
  double lat, lon, center_lat, center_lon;

  if (!kb || !atlas_kb_get_region_center (kb, &center_lat, &center_lon, NULL) ||
      !atlas_place_get_location (place, &lat, &lon))
    return NULL;

  /* The thousands separator of the locale */
  return g_strdup_printf ("%'.0f", atlas_round_distance_km (atlas_distance_km (center_lat, center_lon, lat, lon)));
}

static void
update_pill_text (AtlasMapView *self,
                  GtkWidget    *pill)
{
  AtlasPlace *place = g_object_get_data (G_OBJECT (pill), "atlas-place");
  g_autofree char *distance = format_distance (self, place);
  g_autofree char *text = NULL;
  const char *arrow = "";
  double dx = 0, dy = 0;

  if (get_target (self, pill, &dx, &dy) && (dx != 0 || dy != 0))
    arrow = atlas_bearing_arrow (atan2 (dx, -dy) * 180.0 / G_PI);

  if (distance)
    /* Translators: a pointer at a place off the map: its name, its distance in km and an
     * arrow pointing at it, "London 3,400 km ↖" */
    text = g_strdup_printf (_("%s %s km %s"), atlas_place_get_display_name (place), distance, arrow);
  else
    text = g_strdup_printf ("%s %s", atlas_place_get_display_name (place), arrow);

  if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (pill)), text) != 0)
    gtk_button_set_label (GTK_BUTTON (pill), text);
}

static void
on_pill_clicked_cb (GtkButton    *button,
                    AtlasMapView *self)
{
  AtlasPlace *place = g_object_get_data (G_OBJECT (button), "atlas-place");

  if (self->session && place)
    atlas_session_set_selected_place (self->session, place);
}

static GtkWidget *
create_pill (AtlasMapView *self,
             AtlasPlace   *place)
{
  AtlasKb *kb = self->session ? atlas_session_get_kb (self->session) : NULL;
  const char *region = kb ? atlas_kb_get_region_name (kb) : NULL;
  g_autofree char *distance = format_distance (self, place);
  g_autofree char *tooltip = NULL;
  g_autofree char *accessible = NULL;
  GtkWidget *pill = gtk_button_new ();

  g_object_set_data_full (G_OBJECT (pill), "atlas-place", g_object_ref (place), g_object_unref);
  gtk_widget_add_css_class (pill, "atlas-map-far");
  gtk_widget_set_halign (pill, GTK_ALIGN_START);
  gtk_widget_set_valign (pill, GTK_ALIGN_START);
  gtk_widget_set_focus_on_click (pill, FALSE);

  if (distance && region && *region)
    {
      /* Translators: tooltip of a pointer at a place off the map: the place, its distance in
       * km, the map's region */
      tooltip = g_strdup_printf (_("%s is %s km from %s, far off this map. Click to select it."),
                                 atlas_place_get_display_name (place), distance, region);
      /* Translators: accessible name of a pointer at a place off the map */
      accessible = g_strdup_printf (_("%s, %s km from %s, off the map"), atlas_place_get_display_name (place), distance, region);
    }
  else
    {
      /* Translators: tooltip of a pointer at a place off the map */
      tooltip = g_strdup_printf (_("%s is far off this map. Click to select it."), atlas_place_get_display_name (place));
      /* Translators: accessible name of a pointer at a place off the map */
      accessible = g_strdup_printf (_("%s, off the map"), atlas_place_get_display_name (place));
    }

  gtk_widget_set_tooltip_text (pill, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (pill), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_signal_connect_object (pill, "clicked", G_CALLBACK (on_pill_clicked_cb), self, 0);
  update_pill_text (self, pill);
  return pill;
}

static void
add_far_place (AtlasMapView *self,
               GPtrArray    *places,
               AtlasPlace   *place)
{
  if (place && atlas_place_get_location (place, NULL, NULL) &&
      !g_ptr_array_find (places, place, NULL) && _atlas_map_view_place_is_far (self, place))
    g_ptr_array_add (places, place);
}

/* Internal API */

/* Keeps the legend (bottom left, bottom right in a right-to-left window) clear of the
 * attribution (the other corner): on a narrow map the attribution wraps and reaches under the
 * legend, which then sits just above it */
gboolean
_atlas_map_view_get_child_position (GtkOverlay    *overlay,
                                    GtkWidget     *widget,
                                    GdkRectangle  *allocation,
                                    AtlasMapView  *self)
{
  GtkWidget *attribution = GTK_WIDGET (self->attribution);
  int width = gtk_widget_get_width (GTK_WIDGET (overlay));
  int height = gtk_widget_get_height (GTK_WIDGET (overlay));
  int legend_w, legend_h, attribution_w, attribution_h, attribution_min_w;

  if (width <= 0 || height <= 0)
    return FALSE;

  if (widget != GTK_WIDGET (self->legend))
    return _atlas_map_view_position_far_pill (self, widget, allocation);

  /* Sizes with margins, as GtkOverlay allocates them */
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &legend_w, NULL, NULL);
  legend_w = MIN (legend_w, width);
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, legend_w, NULL, &legend_h, NULL, NULL);

  /* On the side the text starts from, like the other overlays, which GtkOverlay mirrors */
  allocation->x = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL ? width - legend_w : 0;
  allocation->width = legend_w;
  allocation->height = MIN (legend_h, height);
  allocation->y = height - allocation->height;

  if (gtk_widget_get_visible (attribution))
    {
      gtk_widget_measure (attribution, GTK_ORIENTATION_HORIZONTAL, -1, &attribution_min_w, &attribution_w, NULL, NULL);
      attribution_w = CLAMP (width, attribution_min_w, attribution_w);
      gtk_widget_measure (attribution, GTK_ORIENTATION_VERTICAL, attribution_w, NULL, &attribution_h, NULL, NULL);

      /* Side by side they would overlap: the legend goes up by the attribution's height,
       * less the legend's own bottom margin, which already keeps them apart */
      if (width - attribution_w < legend_w)
        allocation->y = MAX (0, allocation->y - MAX (0, attribution_h - gtk_widget_get_margin_bottom (widget) + 4));
    }

  return TRUE;
}

/* On a small map the legend starts folded, leaving the map to the map, unless the person
 * unfolded it. Applied from an idle: folding it while the view is allocated would resize it
 * in the middle of that. */
static gboolean
apply_legend_fold_cb (gpointer user_data)
{
  AtlasMapView *self = user_data;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  self->legend_fold_idle = 0;
  atlas_map_legend_set_compact (self->legend, width < ATLAS_MAP_VIEW_SMALL_WIDTH || height < ATLAS_MAP_VIEW_SMALL_HEIGHT);
  return G_SOURCE_REMOVE;
}

/* Folds or unfolds the legend for a map of @width × @height, once the allocation is done */
void
_atlas_map_view_queue_legend_fold (AtlasMapView *self,
                                   int           width,
                                   int           height)
{
  if (width > 0 && height > 0 && self->legend_fold_idle == 0 &&
      atlas_map_legend_get_compact (self->legend) != (width < ATLAS_MAP_VIEW_SMALL_WIDTH || height < ATLAS_MAP_VIEW_SMALL_HEIGHT))
    self->legend_fold_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, apply_legend_fold_cb, self, NULL);
}

/* One pill for each far place of the selected event, and for the selected place if far */
void
_atlas_map_view_update_far_places (AtlasMapView *self)
{
  AtlasEvent *event = self->session ? atlas_session_get_selected_event (self->session) : NULL;
  AtlasPlace *selected = self->session ? atlas_session_get_selected_place (self->session) : NULL;
  g_autoptr(GPtrArray) places = g_ptr_array_new ();

  for (guint i = 0; event && i < atlas_event_get_n_places (event); i++)
    add_far_place (self, places, atlas_event_get_place (event, i));
  add_far_place (self, places, selected);

  for (guint i = 0; i < self->far_pills->len; i++)
    gtk_overlay_remove_overlay (self->overlay, g_ptr_array_index (self->far_pills, i));
  g_ptr_array_set_size (self->far_pills, 0);

  for (guint i = 0; i < places->len; i++)
    {
      AtlasPlace *place = g_ptr_array_index (places, i);
      GtkWidget *pill = create_pill (self, place);

      if (place == selected)
        gtk_widget_add_css_class (pill, "selected");
      gtk_overlay_add_overlay (self->overlay, pill);
      g_ptr_array_add (self->far_pills, pill);
    }
}

/* The arrows follow the view: called when it moves, not while allocating */
void
_atlas_map_view_update_far_arrows (AtlasMapView *self)
{
  for (guint i = 0; i < self->far_pills->len; i++)
    update_pill_text (self, g_ptr_array_index (self->far_pills, i));

  if (self->far_pills->len > 0)
    gtk_widget_queue_allocate (GTK_WIDGET (self->overlay));
}

/* Where a pill goes: on the line from the map's centre towards its place, just inside the
 * map's edge (below the buttons along the top), and clear of the pills before it */
gboolean
_atlas_map_view_position_far_pill (AtlasMapView *self,
                                   GtkWidget    *widget,
                                   GdkRectangle *allocation)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self->overlay));
  int height = gtk_widget_get_height (GTK_WIDGET (self->overlay));
  double dx, dy, cx, cy, half_w, half_h, t = G_MAXDOUBLE;
  double x0, x1, y0, y1;
  int pill_w, pill_h;
  guint index;

  if (!g_ptr_array_find (self->far_pills, widget, &index))
    return FALSE;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &pill_w, NULL, NULL);
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, pill_w, NULL, &pill_h, NULL, NULL);
  pill_w = MIN (pill_w, MAX (width - 2 * PILL_MARGIN, 1));
  allocation->width = pill_w;
  allocation->height = pill_h;

  /* The box the pills' centres stay in */
  half_w = pill_w / 2.0;
  half_h = pill_h / 2.0;
  x0 = PILL_MARGIN + half_w;
  x1 = width - PILL_MARGIN - half_w;
  y0 = MIN (PILL_TOP + half_h, height / 2.0);
  y1 = MAX (height - PILL_MARGIN - half_h - 24, y0);
  cx = width / 2.0;
  cy = (y0 + y1) / 2.0;

  if (!get_target (self, widget, &dx, &dy) || (dx == 0 && dy == 0))
    dx = 0, dy = -1;

  if (dx > 0)
    t = MIN (t, (x1 - cx) / dx);
  else if (dx < 0)
    t = MIN (t, (x0 - cx) / dx);
  if (dy > 0)
    t = MIN (t, (y1 - cy) / dy);
  else if (dy < 0)
    t = MIN (t, (y0 - cy) / dy);
  t = MAX (t, 0);

  allocation->x = (int) round (CLAMP (cx + t * dx, x0, MAX (x0, x1)) - half_w);
  allocation->y = (int) round (CLAMP (cy + t * dy, y0, y1) - half_h);

  /* Geneva and Lausanne point the same way: each pill below the ones before it that it meets */
  for (guint i = 0; i < index; i++)
    {
      GtkWidget *before = g_ptr_array_index (self->far_pills, i);
      graphene_rect_t bounds;

      if (gtk_widget_compute_bounds (before, GTK_WIDGET (self->overlay), &bounds) &&
          allocation->x < bounds.origin.x + bounds.size.width && bounds.origin.x < allocation->x + allocation->width &&
          allocation->y < bounds.origin.y + bounds.size.height && bounds.origin.y < allocation->y + allocation->height)
        allocation->y = (int) (bounds.origin.y + bounds.size.height + PILL_GAP);
    }

  return TRUE;
}

/* What covers the map, as the layers see it: the labels keep clear of it (issue 7) */
void
_atlas_map_view_update_obstacles (AtlasMapView *self)
{
  g_autoptr(GArray) obstacles = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  GtkWidget *layer = GTK_WIDGET (self->polygon_layer);
  gboolean changed;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->overlay));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;

      if (child == GTK_WIDGET (self->map) || !gtk_widget_get_visible (child) || !gtk_widget_get_child_visible (child) ||
          (GTK_IS_REVEALER (child) && !gtk_revealer_get_child_revealed (GTK_REVEALER (child))))
        continue;

      if (!gtk_widget_compute_bounds (child, layer, &bounds) || bounds.size.width <= 0 || bounds.size.height <= 0)
        continue;

      /* Two pixels around each, for their shadows */
      graphene_rect_inset (&bounds, -2, -2);
      g_array_append_val (obstacles, bounds);
    }

  /* The names of the point places on the map are widgets over it too ("Aleppo" over
   * al-Mashariqa's name in Arabic, issue 8) */
  for (guint i = 0; self->marker_names && i < self->marker_names->len; i++)
    {
      graphene_rect_t box = g_array_index (self->marker_names, graphene_rect_t, i);
      graphene_point_t origin;

      if (!gtk_widget_compute_point (GTK_WIDGET (self->map), layer, &box.origin, &origin))
        continue;
      box.origin = origin;
      g_array_append_val (obstacles, box);
    }

  /* An empty array's data may be NULL, which memcmp() must not get */
  changed = self->obstacles == NULL || self->obstacles->len != obstacles->len ||
            (obstacles->len > 0 &&
             memcmp (self->obstacles->data, obstacles->data, obstacles->len * sizeof (graphene_rect_t)) != 0);
  if (!changed)
    return;

  g_clear_pointer (&self->obstacles, g_array_unref);
  self->obstacles = g_array_ref (obstacles);
  atlas_map_layer_set_obstacles (self->polygon_layer, obstacles);
  atlas_map_context_set_obstacles (self->context_layer, obstacles);
}

typedef struct {
  AtlasPlaceMarker *marker;
  double            x, y;       /* the dot's centre on the map */
  int               width, height, dot;
} NamedMarker;

static int
compare_named_markers (gconstpointer a,
                       gconstpointer b)
{
  const NamedMarker *ma = a, *mb = b;

  return (ma->y > mb->y) - (ma->y < mb->y);
}

/* The box of @named's name, above its dot or below */
static graphene_rect_t
name_box (const NamedMarker *named,
          gboolean           below)
{
  double y = below ? named->y + named->dot / 2.0 : named->y - named->dot / 2.0 - named->height;

  return GRAPHENE_RECT_INIT (named->x - named->width / 2.0, y, named->width, named->height);
}

/*
 * The point places' names go above their dots; where one would cover the name of a point
 * further north, it goes below its own dot instead (Nubl and al-Zahraa at the frame that
 * shows them with the city). Only named points count: the selected place and the selected
 * event's, a handful.
 */
void
_atlas_map_view_place_marker_names (AtlasMapView *self)
{
  ShumateViewport *viewport = shumate_map_get_viewport (self->map);
  g_autoptr(GArray) named = g_array_new (FALSE, FALSE, sizeof (NamedMarker));
  g_autoptr(GArray) boxes = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  GHashTableIter iter;
  gpointer key, value;

  if (self->marker_by_place == NULL || shumate_viewport_get_reference_map_source (viewport) == NULL)
    {
      g_clear_pointer (&self->marker_names, g_array_unref);
      _atlas_map_view_update_obstacles (self);
      return;
    }

  g_hash_table_iter_init (&iter, self->marker_by_place);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      NamedMarker marker = { .marker = value };
      double lat, lon;

      if (!atlas_place_marker_get_name_size (value, &marker.width, &marker.height) ||
          !atlas_place_get_location (key, &lat, &lon))
        {
          atlas_place_marker_set_name_below (value, FALSE);
          continue;
        }
      marker.dot = atlas_place_marker_get_dot_size (value);
      shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (self->map), lat, lon, &marker.x, &marker.y);
      g_array_append_val (named, marker);
    }

  /* North first; the order of the hash table would make the choice change from run to run */
  g_array_sort (named, compare_named_markers);

  for (guint i = 0; i < named->len; i++)
    {
      const NamedMarker *marker = &g_array_index (named, NamedMarker, i);
      graphene_rect_t above = name_box (marker, FALSE);
      graphene_rect_t below = name_box (marker, TRUE);
      gboolean above_free = TRUE, below_free = TRUE;
      graphene_rect_t chosen;

      for (guint j = 0; j < boxes->len; j++)
        {
          above_free &= !graphene_rect_intersection (&above, &g_array_index (boxes, graphene_rect_t, j), NULL);
          below_free &= !graphene_rect_intersection (&below, &g_array_index (boxes, graphene_rect_t, j), NULL);
        }

      /* Below only where that is free and above is not */
      chosen = (!above_free && below_free) ? below : above;
      atlas_place_marker_set_name_below (marker->marker, !above_free && below_free);
      g_array_append_val (boxes, chosen);
    }

  /* The neighbourhoods' and the context's labels keep clear of them */
  g_clear_pointer (&self->marker_names, g_array_unref);
  self->marker_names = g_array_ref (boxes);
  _atlas_map_view_update_obstacles (self);
}

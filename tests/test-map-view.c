/* test-map-view.c: the map view on the shipped KB: clicks, framing, tiles
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-map-view"

#include "config.h"

#include "atlas-test-map.h"

#include <math.h>
#include <gtk/gtk.h>

#include "atlas-map-layer.h"
#include "atlas-map-view.h"
#include "atlas-place-marker.h"

/* Tests */

/* Clicking Bustan al-Basha selects it, and the timeline then highlights its events */
static void
test_click_selects_place (MapFixture    *f,
                          gconstpointer  data)
{
  AtlasPlace *place = atlas_kb_lookup_place (f->kb, "p-bustan-al-basha");
  AtlasMapLayer *layer = ATLAS_MAP_LAYER (atlas_map_view_get_map_layer (f->view));
  GPtrArray *events;
  double lat, lon;

  g_assert_nonnull (place);
  events = atlas_kb_get_events_for_place (f->kb, place);
  g_assert_cmpuint (events->len, >, 0);

  /* No time cursor yet: every highlighted event counts */
  g_assert_cmpuint (atlas_session_get_time_cursor (f->session), ==, ATLAS_DATE_NONE);
  g_assert_cmpuint (atlas_map_layer_get_place_count (layer, place), ==, events->len);
  g_assert_cmpuint (atlas_map_layer_get_n_places (layer), ==, 124);
  atlas_test_map_save_screenshot (f, "1-initial");

  g_assert_true (atlas_geometry_get_interior_point (atlas_place_get_geometry (place), &lon, &lat));
  atlas_test_map_click_location (f, lat, lon);

  g_assert_true (atlas_session_get_selected_place (f->session) == place);
  g_assert_cmpuint (atlas_session_get_n_highlighted (f->session), ==, events->len);
  atlas_test_map_save_screenshot (f, "1-bustan-al-basha");

  /* Closer, where the Arabic names appear under the English ones */
  shumate_viewport_set_zoom_level (atlas_map_view_get_viewport (f->view), 15);
  shumate_location_set_location (SHUMATE_LOCATION (atlas_map_view_get_viewport (f->view)), lat, lon);
  atlas_test_map_wait_for_layer_frame (f);
  atlas_test_map_click_location (f, lat, lon);
  g_assert_true (atlas_session_get_selected_place (f->session) == place);
  atlas_test_map_save_screenshot (f, "1-zoom-15");
}

/* The shading follows the session's counts: moving the time cursor back before a place's
 * events empties it, forward brings them back, and hiding their type empties it again */
static void
test_shading_follows_cursor (MapFixture    *f,
                             gconstpointer  data)
{
  AtlasPlace *place = atlas_kb_lookup_place (f->kb, "p-bustan-al-basha");
  AtlasMapLayer *layer = ATLAS_MAP_LAYER (atlas_map_view_get_map_layer (f->view));
  GPtrArray *events;
  AtlasEvent *first;

  g_assert_nonnull (place);
  events = atlas_kb_get_events_for_place (f->kb, place);
  g_assert_cmpuint (events->len, >, 0);
  first = g_ptr_array_index (events, 0);
  g_assert_cmpuint (atlas_map_layer_get_place_count (layer, place), ==, events->len);

  atlas_session_set_time_cursor (f->session, atlas_event_get_date (first) - 1);
  g_assert_cmpuint (atlas_map_layer_get_place_count (layer, place), ==, 0);
  g_assert_cmpuint (atlas_map_layer_get_place_count (layer, place), ==,
                    atlas_session_get_place_count (f->session, place));

  atlas_session_set_time_cursor (f->session, atlas_event_get_date (first));
  g_assert_cmpuint (atlas_map_layer_get_place_count (layer, place), >=, 1);
  g_assert_cmpuint (atlas_map_layer_get_place_count (layer, place), ==,
                    atlas_session_get_place_count (f->session, place));

  atlas_session_set_time_cursor (f->session, ATLAS_DATE_NONE);
  for (guint i = 0; i < events->len; i++)
    atlas_session_set_type_visible (f->session, atlas_event_get_event_type (g_ptr_array_index (events, i)), FALSE);
  g_assert_cmpuint (atlas_map_layer_get_place_count (layer, place), ==, 0);
}

/* Each part of a multipolygon selects the place */
static void
test_click_multipolygon (MapFixture    *f,
                         gconstpointer  data)
{
  AtlasPlace *place = atlas_kb_lookup_place (f->kb, "p-as-sakhour");
  AtlasGeometry *geometry;

  g_assert_nonnull (place);
  geometry = atlas_place_get_geometry (place);
  g_assert_cmpuint (atlas_geometry_get_n_polygons (geometry), ==, 2);

  for (guint p = 0; p < atlas_geometry_get_n_polygons (geometry); p++)
    {
      double lat, lon;

      atlas_session_set_selected_place (f->session, NULL);
      atlas_test_map_polygon_interior_point (geometry, p, &lat, &lon);
      atlas_test_map_click_location (f, lat, lon);
      g_assert_true (atlas_session_get_selected_place (f->session) == place);
    }

  atlas_test_map_save_screenshot (f, "2-as-sakhour");
}

/* A click outside every polygon clears the selected place */
static void
test_click_outside_clears (MapFixture    *f,
                           gconstpointer  data)
{
  AtlasMapLayer *layer = ATLAS_MAP_LAYER (atlas_map_view_get_map_layer (f->view));
  ShumateViewport *viewport = atlas_map_view_get_viewport (f->view);
  AtlasPlace *place = atlas_kb_lookup_place (f->kb, "p-bustan-al-basha");
  AtlasBounds bounds;
  double lat, lon;

  atlas_session_set_selected_place (f->session, place);
  g_assert_true (atlas_session_get_selected_place (f->session) == place);

  /* West of every polygon, at a zoom where that is on screen */
  g_assert_true (atlas_map_layer_get_bounds (layer, &bounds));
  shumate_viewport_set_zoom_level (viewport, 11);
  shumate_location_set_location (SHUMATE_LOCATION (viewport),
                                 (bounds.min_lat + bounds.max_lat) / 2,
                                 (bounds.min_lon + bounds.max_lon) / 2);
  atlas_test_map_wait_for_layer_frame (f);
  lat = (bounds.min_lat + bounds.max_lat) / 2;
  lon = bounds.min_lon - 0.03;

  atlas_test_map_click_location (f, lat, lon);
  g_assert_null (atlas_session_get_selected_place (f->session));
  atlas_test_map_save_screenshot (f, "3-zoomed-out");
}

/* Names keep clear of the point places' markers and of one another, and a name is left out
 * only when every position it has is taken: the rule, checked on whatever font the machine
 * draws with (tests/test-label-placer.c checks the positions themselves) */
static void
test_labels_clear_of_markers (MapFixture    *f,
                              gconstpointer  data)
{
  AtlasMapLayer *layer = ATLAS_MAP_LAYER (atlas_map_view_get_map_layer (f->view));
  ShumateViewport *viewport = atlas_map_view_get_viewport (f->view);
  GListModel *places = atlas_kb_get_places (f->kb);
  AtlasPlace *helwaniyeh = atlas_kb_lookup_place (f->kb, "p-al-helwaniyeh");
  AtlasLabelPlacer *placer;
  AtlasLabelPosition position_of_helwaniyeh = ATLAS_LABEL_DROPPED;
  guint n_markers = 0, n_labels = 0, n_moved = 0, n_dropped = 0;

  g_assert_nonnull (helwaniyeh);

  /* The city, where Tariq al-Bab's marker sits on al-Helwaniyeh's interior point */
  shumate_viewport_set_zoom_level (viewport, 13);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), 36.205, 37.155);
  atlas_test_map_wait_for_layer_frame (f);
  atlas_test_map_save_screenshot (f, "11-markers");

  placer = atlas_map_layer_get_label_placer (layer);
  g_assert_nonnull (placer);

  /* Every point place on screen is a marker the labels keep clear of: its dot, 16 px across */
  for (guint i = 0; i < g_list_model_get_n_items (places); i++)
    {
      g_autoptr(AtlasPlace) point = g_list_model_get_item (places, i);
      graphene_rect_t marker;
      double lat, lon, x, y;

      if (atlas_place_get_geometry (point) != NULL || !atlas_place_get_location (point, &lat, &lon) ||
          atlas_place_get_precision (point) == ATLAS_PRECISION_UNKNOWN)
        continue;

      shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (layer), lat, lon, &x, &y);
      if (x < 0 || y < 0 || x > gtk_widget_get_width (GTK_WIDGET (layer)) || y > gtk_widget_get_height (GTK_WIDGET (layer)))
        continue;
      n_markers++;
      graphene_rect_init (&marker, x - 8, y - 8, 16, 16);

      for (guint j = 0; j < g_list_model_get_n_items (places); j++)
        {
          g_autoptr(AtlasPlace) place = g_list_model_get_item (places, j);
          graphene_rect_t box;

          if (atlas_map_layer_get_label_box (layer, place, &box) &&
              graphene_rect_intersection (&box, &marker, NULL))
            g_error ("The label of %s covers the marker of %s", atlas_place_get_name (place), atlas_place_get_name (point));
        }
    }
  g_assert_cmpuint (atlas_label_placer_get_n_markers (placer), >=, n_markers);

  for (guint i = 0; i < atlas_label_placer_get_n_labels (placer); i++)
    {
      AtlasLabelPosition position;
      graphene_rect_t box;
      const AtlasLabel *label = atlas_label_placer_get_label (placer, i, &position, &box);
      AtlasPlace *place = (AtlasPlace *) label->data;

      g_assert_true (ATLAS_IS_PLACE (place));
      g_assert_false (label->always);

      if (position != ATLAS_LABEL_DROPPED)
        {
          graphene_rect_t reported;

          /* Clear of every marker and of every other label */
          g_assert_true (atlas_map_layer_get_label_box (layer, place, &reported));
          g_assert_true (graphene_rect_equal (&box, &reported));
          for (guint m = 0; m < atlas_label_placer_get_n_markers (placer); m++)
            g_assert_false (graphene_rect_intersection (&box, atlas_label_placer_get_marker (placer, m), NULL));
          for (guint j = 0; j < atlas_label_placer_get_n_labels (placer); j++)
            {
              AtlasLabelPosition other_position;
              graphene_rect_t other;

              atlas_label_placer_get_label (placer, j, &other_position, &other);
              if (j != i && other_position != ATLAS_LABEL_DROPPED)
                g_assert_false (graphene_rect_intersection (&box, &other, NULL));
            }
          n_labels++;
          n_moved += position != ATLAS_LABEL_CENTER;
          continue;
        }

      /* Dropped: every position it has covers a marker or a label placed before it, or is cut
       * by the edge of the map */
      g_assert_false (atlas_map_layer_get_label_box (layer, place, NULL));
      for (AtlasLabelPosition p = 0; p < ATLAS_LABEL_N_POSITIONS; p++)
        {
          graphene_rect_t candidate;

          if (atlas_label_get_candidate (label, p, &candidate) && !atlas_label_placer_collides (placer, i, &candidate))
            g_error ("The label of %s was dropped, but position %d was free", atlas_place_get_name (place), p);
        }
      n_dropped++;
    }

  atlas_label_placer_lookup (placer, helwaniyeh, &position_of_helwaniyeh, NULL);
  g_test_message ("%u markers; %u labels, %u of them moved for a marker; %u dropped; al-Helwaniyeh: position %d",
                  n_markers, n_labels, n_moved, n_dropped, position_of_helwaniyeh);
  g_assert_cmpuint (n_markers, >, 0);
  g_assert_cmpuint (n_labels, >, 0);
}

static AtlasPlaceMarker *
find_marker (GtkWidget  *widget,
             AtlasPlace *place)
{
  if (ATLAS_IS_PLACE_MARKER (widget) && atlas_place_marker_get_place (ATLAS_PLACE_MARKER (widget)) == place)
    return ATLAS_PLACE_MARKER (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      AtlasPlaceMarker *found = find_marker (child, place);

      if (found)
        return found;
    }

  return NULL;
}

static gboolean
place_selected (MapFixture *f)
{
  return atlas_session_get_selected_place (f->session) != NULL;
}

/* A point place's marker selects it, and then shows that it is selected, with its name */
static void
test_marker_selects_place (MapFixture    *f,
                           gconstpointer  data)
{
  AtlasPlace *tariq_al_bab = atlas_kb_lookup_place (f->kb, "p-tariq-al-bab");
  AtlasPlaceMarker *marker;
  GtkWidget *button;

  g_assert_nonnull (tariq_al_bab);
  marker = find_marker (GTK_WIDGET (f->view), tariq_al_bab);
  g_assert_nonnull (marker);
  button = shumate_marker_get_child (SHUMATE_MARKER (marker));
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_false (gtk_widget_has_css_class (button, "selected"));

  /* A button activated by the keyboard says it was clicked a moment later */
  g_assert_true (gtk_widget_activate (button));
  atlas_test_wait_until (place_selected, f);
  g_assert_true (atlas_session_get_selected_place (f->session) == tariq_al_bab);
  g_assert_true (gtk_widget_has_css_class (button, "selected"));

  atlas_session_set_selected_place (f->session, NULL);
  g_assert_false (gtk_widget_has_css_class (button, "selected"));
}

/* A neighbourhood too small for its name is named once selected, and only then */
static void
test_selected_place_labelled (MapFixture    *f,
                              gconstpointer  data)
{
  AtlasMapLayer *layer = ATLAS_MAP_LAYER (atlas_map_view_get_map_layer (f->view));
  ShumateViewport *viewport = atlas_map_view_get_viewport (f->view);
  GListModel *places = atlas_kb_get_places (f->kb);
  double width = gtk_widget_get_width (GTK_WIDGET (f->view));
  double height = gtk_widget_get_height (GTK_WIDGET (f->view));
  g_autoptr(AtlasPlace) small = NULL;
  guint n_labelled = 0;
  AtlasBounds bounds;

  /* The whole city */
  g_assert_true (atlas_map_layer_get_bounds (layer, &bounds));
  shumate_viewport_set_zoom_level (viewport, 13);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), 36.205, 37.155);
  atlas_test_map_wait_for_layer_frame (f);

  /* A neighbourhood well inside the view that goes unnamed: its name is wider than it */
  for (guint i = 0; i < g_list_model_get_n_items (places); i++)
    {
      g_autoptr(AtlasPlace) place = g_list_model_get_item (places, i);
      AtlasGeometry *geometry = atlas_place_get_geometry (place);
      double lat, lon, x, y;

      if (geometry == NULL || !atlas_geometry_get_interior_point (geometry, &lon, &lat))
        continue;
      if (atlas_map_layer_get_label_box (layer, place, NULL))
        {
          n_labelled++;
          continue;
        }

      atlas_test_map_location_to_view (f, lat, lon, &x, &y);
      if (small == NULL && x > 150 && x < width - 150 && y > 60 && y < height - 60)
        small = g_object_ref (place);
    }
  g_assert_cmpuint (n_labelled, >, 0);
  g_assert_nonnull (small);
  g_test_message ("%u places named; %s is not", n_labelled, atlas_place_get_name (small));

  atlas_session_set_selected_place (f->session, small);
  atlas_test_map_wait_for_layer_frame (f);
  g_assert_true (atlas_map_layer_get_label_box (layer, small, NULL));
  atlas_test_map_save_screenshot (f, "8-small-selected");

  atlas_session_set_selected_place (f->session, NULL);
  atlas_test_map_wait_for_layer_frame (f);
  g_assert_false (atlas_map_layer_get_label_box (layer, small, NULL));
}

#define HOLED_KB \
  "{\"format\": \"aleppo-atlas-kb\", \"version\": 1, \"title\": \"holes\"," \
  " \"region\": {\"name\": \"Test\", \"center\": {\"lat\": 36.2, \"lon\": 37.12}, \"zoom\": 13}," \
  " \"articles\": [{\"id\": \"a\", \"title\": \"t\", \"outlet\": \"o\", \"published\": \"2016-10-02\", \"text\": \"abc\"}]," \
  " \"places\": [{\"id\": \"ring\", \"name\": \"Ring\", \"name_ar\": \"حلقة\", \"kind\": \"neighbourhood\"," \
  "   \"precision\": \"centroid\", \"lat\": 36.185, \"lon\": 37.105," \
  "   \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [" \
  "     [[37.10, 36.18], [37.14, 36.18], [37.14, 36.22], [37.10, 36.22], [37.10, 36.18]]," \
  "     [[37.11, 36.19], [37.13, 36.19], [37.13, 36.21], [37.11, 36.21], [37.11, 36.19]]]}}]," \
  " \"events\": [{\"id\": \"e\", \"date\": \"2016-10-02\", \"date_precision\": \"day\", \"type\": \"bombardment\"," \
  "   \"title\": \"e\", \"places\": [\"ring\"], \"sources\": [{\"article\": \"a\", \"start\": 0, \"end\": 1, \"quote\": \"a\"}]}]," \
  " \"casualties\": []}"

/* The attribution credits the geodata the open KB's places say they come from, and no other */
static void
test_attribution (MapFixture    *f,
                  gconstpointer  data)
{
  GtkLabel *label = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (f->view), ATLAS_TYPE_MAP_VIEW, "attribution"));
  g_autoptr(GBytes) bytes = g_bytes_new_static (HOLED_KB, strlen (HOLED_KB));
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasKb) kb = atlas_kb_new_from_bytes (bytes, "holes.json", NULL, &error);
  const char *text;

  g_assert_no_error (error);
  g_assert_nonnull (label);

  /* The shipped KB: CSR/UN-Habitat polygons, OCHA and GeoNames points */
  text = gtk_label_get_text (label);
  g_assert_nonnull (strstr (text, "UN-Habitat & CSR (MIT)"));
  g_assert_nonnull (strstr (text, "OCHA COD-AB (CC BY-IGO)"));
  g_assert_nonnull (strstr (text, "GeoNames (CC BY)"));
  /* Tariq al-Bab's approximate point */
  g_assert_nonnull (strstr (text, "UNITAR/UNOSAT"));
  g_assert_null (strstr (text, "OpenStreetMap"));

  atlas_map_view_set_show_tiles (f->view, TRUE);
  g_assert_nonnull (strstr (gtk_label_get_text (label), "Tiles © OpenStreetMap contributors"));
  atlas_map_view_set_show_tiles (f->view, FALSE);

  /* A KB whose places name no such source is credited to itself; the country and its
   * governorates under it are still OCHA's */
  atlas_session_set_kb (f->session, kb);
  g_assert_cmpstr (gtk_label_get_text (label), ==, "Places: as given in “holes” · OCHA COD-AB (CC BY-IGO)");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (label)));
}

/* The hole of a polygon is not the polygon */
static void
test_hole_not_hit (MapFixture    *f,
                   gconstpointer  data)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (HOLED_KB, strlen (HOLED_KB));
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasKb) kb = atlas_kb_new_from_bytes (bytes, "holes.json", NULL, &error);
  AtlasMapLayer *layer = ATLAS_MAP_LAYER (atlas_map_view_get_map_layer (f->view));
  AtlasPlace *ring;
  double x, y, lx, ly;

  g_assert_no_error (error);
  atlas_session_set_kb (f->session, kb);
  ring = atlas_kb_lookup_place (kb, "ring");
  g_assert_nonnull (ring);
  g_assert_cmpuint (atlas_map_layer_get_n_places (layer), ==, 1);
  atlas_test_map_wait_for_layer_frame (f);

  /* In the hole */
  atlas_test_map_click_location (f, 36.20, 37.12);
  g_assert_null (atlas_session_get_selected_place (f->session));
  atlas_test_map_location_to_view (f, 36.20, 37.12, &x, &y);
  g_assert_true (gtk_widget_translate_coordinates (GTK_WIDGET (f->view), GTK_WIDGET (layer), x, y, &lx, &ly));
  g_assert_null (atlas_map_layer_place_at (layer, lx, ly));

  /* In the ring around it */
  atlas_test_map_click_location (f, 36.20, 37.105);
  g_assert_true (atlas_session_get_selected_place (f->session) == ring);
  atlas_test_map_save_screenshot (f, "4-hole");
}

/* The city, at the country's scale */
static gboolean
syria_shown (MapFixture *f)
{
  return atlas_test_map_location_visible (f, 36.2, 37.16) &&
         shumate_viewport_get_zoom_level (atlas_map_view_get_viewport (f->view)) <= 8;
}

/* An event in Geneva leaves the city view alone; framing Geneva does not fly to an empty
 * world either (issue 7): it shows the country and the city, and points at Geneva */
static void
test_far_event_does_not_move (MapFixture    *f,
                              gconstpointer  data)
{
  AtlasPlace *geneva = atlas_kb_lookup_place (f->kb, "p-geneva");
  AtlasEvent *event = atlas_test_map_find_event_at (f->kb, "p-geneva");
  GPtrArray *pills = atlas_map_view_get_far_pills (f->view);
  double lat0, lon0, lat, lon, glat, glon;

  atlas_test_map_get_center (f, &lat0, &lon0);
  atlas_session_set_selected_event (f->session, event);
  atlas_test_map_wait_for_layer_frames (f, 5);
  atlas_test_map_get_center (f, &lat, &lon);
  g_assert_cmpfloat (fabs (lat - lat0), <, 1e-4);
  g_assert_cmpfloat (fabs (lon - lon0), <, 1e-4);

  g_assert_true (atlas_place_get_location (geneva, &glat, &glon));
  atlas_session_set_selected_place (f->session, geneva);
  atlas_session_frame_place (f->session, geneva);
  atlas_test_wait_until (syria_shown, f);
  g_assert_false (atlas_test_map_location_visible (f, glat, glon));
  g_assert_cmpuint (pills->len, >=, 1);
  g_assert_nonnull (strstr (gtk_button_get_label (g_ptr_array_index (pills, pills->len - 1)), "Geneva"));
  atlas_test_map_save_screenshot (f, "5-geneva");
}

typedef struct
{
  MapFixture    *f;
  AtlasEvent *event;
} RaidsOnScreen;

/* Whether every polygon of the event is on screen, all of it */
static gboolean
raids_visible (RaidsOnScreen *raids)
{
  for (guint i = 0; i < atlas_event_get_n_places (raids->event); i++)
    {
      AtlasGeometry *geometry = atlas_place_get_geometry (atlas_event_get_place (raids->event, i));
      AtlasBounds bounds;

      if (geometry == NULL)
        continue;

      atlas_geometry_get_bounds (geometry, &bounds);
      if (!atlas_test_map_location_visible (raids->f, bounds.min_lat, bounds.min_lon) ||
          !atlas_test_map_location_visible (raids->f, bounds.max_lat, bounds.max_lon))
        return FALSE;
    }

  return TRUE;
}

/* An Aleppo event whose places are off screen is framed; one on screen moves nothing */
static void
test_near_event_framed (MapFixture    *f,
                        gconstpointer  data)
{
  AtlasEvent *marjeh_event = atlas_test_map_find_event_at (f->kb, "p-al-marjeh");
  AtlasEvent *raids = atlas_kb_lookup_event (f->kb, "e-2016-10-01-overnight-raids-aleppo");
  MapTarget london = { f, 0, 0 };
  double lat0, lon0, lat, lon;

  g_assert_nonnull (raids);

  /* Already on screen at the initial view: nothing moves */
  atlas_test_map_get_center (f, &lat0, &lon0);
  atlas_session_set_selected_event (f->session, marjeh_event);
  atlas_test_map_wait_for_layer_frames (f, 5);
  atlas_test_map_get_center (f, &lat, &lon);
  g_assert_cmpfloat (fabs (lat - lat0), <, 1e-4);
  g_assert_cmpfloat (fabs (lon - lon0), <, 1e-4);

  /* Panned far away, then the raids on Bustan al-Basha, as-Sakhour and Suleiman al-Halabi */
  g_assert_true (atlas_place_get_location (atlas_kb_lookup_place (f->kb, "p-london"), &london.lat, &london.lon));
  shumate_location_set_location (SHUMATE_LOCATION (atlas_map_view_get_viewport (f->view)), london.lat, london.lon);
  atlas_test_wait_until (atlas_test_map_centred_on_target, &london);
  g_assert_false (raids_visible (&(RaidsOnScreen) { f, raids }));
  atlas_session_set_selected_event (f->session, raids);
  atlas_test_wait_until (raids_visible, (&(RaidsOnScreen) { f, raids }));
  atlas_test_map_save_screenshot (f, "6-raids");
}

static gboolean
tile_check_done (MapFixture *f)
{
  return !atlas_map_view_get_checking_tiles (f->view);
}

/* Tiles on and off, offline: nothing in the log (fatal-criticals and fatal warnings) */
static void
test_tiles_quiet (MapFixture    *f,
                  gconstpointer  data)
{
  g_assert_false (atlas_map_view_get_show_tiles (f->view));
  atlas_map_view_set_show_tiles (f->view, TRUE);
  g_assert_true (atlas_map_view_get_show_tiles (f->view));
  /* The tile layer has asked for its tiles, and the network has answered the map's own check
   * of the tile server (offline, at once) */
  atlas_test_map_wait_for_layer_frames (f, 3);
  atlas_test_wait_until (tile_check_done, f);
  atlas_test_map_save_screenshot (f, "7-tiles");

  atlas_map_view_set_show_tiles (f->view, FALSE);
  g_assert_false (atlas_map_view_get_show_tiles (f->view));
  atlas_test_map_wait_for_layer_frame (f);

  /* The map still works */
  test_click_selects_place (f, data);
}

static void
on_incoming_cb (GSocketService    *service,
                GSocketConnection *connection,
                GObject           *source,
                gboolean          *connected)
{
  *connected = TRUE;
}

static gboolean
notice_shown (GtkRevealer *notice)
{
  return gtk_revealer_get_reveal_child (notice);
}

static gboolean
flag_set (gboolean *flag)
{
  return *flag;
}

/* With the street map on and its server out of reach, the map says why it stays blank; when
 * the server answers, or the street map is turned off, it says nothing */
static void
test_tiles_unreachable (MapFixture    *f,
                        gconstpointer  data)
{
  GtkRevealer *notice = GTK_REVEALER (gtk_widget_get_template_child (GTK_WIDGET (f->view), ATLAS_TYPE_MAP_VIEW, "tiles_notice"));
  GtkLabel *label = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (f->view), ATLAS_TYPE_MAP_VIEW, "tiles_notice_label"));
  g_autoptr(GSocketService) service = g_socket_service_new ();
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new_from_string ("127.0.0.1", 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *host = NULL;
  gboolean connected = FALSE;

  g_assert_nonnull (notice);
  g_assert_false (gtk_revealer_get_reveal_child (notice));

  /* Nothing listens on the loopback's port 1: refused at once */
  atlas_map_view_set_tile_host (f->view, "127.0.0.1:1");
  atlas_map_view_set_show_tiles (f->view, TRUE);
  atlas_test_wait_until (notice_shown, notice);
  g_assert_true (gtk_revealer_get_reveal_child (notice));
  g_assert_cmpstr (gtk_label_get_label (label), ==,
                   "The street map cannot load: there is no connection to 127.0.0.1. The neighbourhoods need none.");
  atlas_test_map_save_screenshot (f, "9-tiles-unreachable");

  atlas_map_view_set_show_tiles (f->view, FALSE);
  g_assert_false (gtk_revealer_get_reveal_child (notice));

  /* A server that answers */
  g_assert_true (g_socket_listener_add_address (G_SOCKET_LISTENER (service), any, G_SOCKET_TYPE_STREAM,
                                                G_SOCKET_PROTOCOL_TCP, NULL, &bound, &error));
  g_assert_no_error (error);
  g_signal_connect (service, "incoming", G_CALLBACK (on_incoming_cb), &connected);
  g_socket_service_start (service);
  host = g_strdup_printf ("127.0.0.1:%u", g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));

  atlas_map_view_set_tile_host (f->view, host);
  atlas_map_view_set_show_tiles (f->view, TRUE);
  atlas_test_wait_until (flag_set, &connected);
  atlas_test_wait_until (tile_check_done, f);
  g_assert_false (gtk_revealer_get_reveal_child (notice));

  atlas_map_view_set_show_tiles (f->view, FALSE);
  g_socket_service_stop (service);
  g_socket_listener_close (G_SOCKET_LISTENER (service));
}

typedef struct
{
  MapFixture *f;
  int      width;
} Width;

static gboolean
has_width (Width *w)
{
  return gtk_widget_get_width (GTK_WIDGET (w->f->view)) == w->width;
}

static void
assert_legend_clear (MapFixture *f,
                     int         width)
{
  GtkWidget *legend = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->view), ATLAS_TYPE_MAP_VIEW, "legend"));
  GtkWidget *attribution = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->view), ATLAS_TYPE_MAP_VIEW, "attribution"));
  graphene_rect_t legend_box, attribution_box;

  gtk_window_set_default_size (f->window, width, 650);
  atlas_test_wait_until (has_width, (&(Width) { f, width }));
  atlas_test_map_wait_for_layer_frame (f);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->view)), ==, width);

  g_assert_true (gtk_widget_compute_bounds (legend, GTK_WIDGET (f->view), &legend_box));
  g_assert_true (gtk_widget_compute_bounds (attribution, GTK_WIDGET (f->view), &attribution_box));
  g_test_message ("%d px: legend %g–%g, attribution %g–%g (y)", width, legend_box.origin.y,
                  legend_box.origin.y + legend_box.size.height, attribution_box.origin.y,
                  attribution_box.origin.y + attribution_box.size.height);
  g_assert_false (graphene_rect_intersection (&legend_box, &attribution_box, NULL));
  g_assert_cmpfloat (legend_box.origin.y, >=, 0);
}

/* The legend and the attribution never cover each other: side by side on a wide map, the
 * legend above the wrapped attribution on a narrow one */
static void
test_legend_clear_of_attribution (MapFixture    *f,
                                  gconstpointer  data)
{
  GtkWidget *legend = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->view), ATLAS_TYPE_MAP_VIEW, "legend"));
  graphene_rect_t wide, narrow;

  assert_legend_clear (f, 1200);
  g_assert_true (gtk_widget_compute_bounds (legend, GTK_WIDGET (f->view), &wide));
  /* Where its margin puts it */
  g_assert_cmpfloat_with_epsilon (wide.origin.y + wide.size.height, gtk_widget_get_height (GTK_WIDGET (f->view)) - 12, 0.5);

  assert_legend_clear (f, 480);
  g_assert_true (gtk_widget_compute_bounds (legend, GTK_WIDGET (f->view), &narrow));
  /* Its bottom edge: the narrow map also folds it (issue 7) */
  g_assert_cmpfloat (narrow.origin.y + narrow.size.height, <, wide.origin.y + wide.size.height);
  atlas_test_map_save_screenshot (f, "10-narrow-legend");
}

int
main (int   argc,
      char *argv[])
{
  /* Tile downloads ask GIO for a proxy resolver; the GNOME one reads the
   * org.gnome.system.proxy schema, which the isolated XDG_DATA_DIRS hide, and GLib aborts on
   * a missing schema. The app itself runs with the system's schemas. */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (!atlas_test_init_gtk_or_skip ())
    return 0;

  atlas_test_map_load_css ();

  g_test_add ("/map-view/click-selects-place", MapFixture, NULL, atlas_test_map_fixture_set_up, test_click_selects_place, atlas_test_map_fixture_tear_down);
  g_test_add ("/map-view/shading-follows-cursor", MapFixture, NULL, atlas_test_map_fixture_set_up, test_shading_follows_cursor, atlas_test_map_fixture_tear_down);
  g_test_add ("/map-view/click-multipolygon", MapFixture, NULL, atlas_test_map_fixture_set_up, test_click_multipolygon, atlas_test_map_fixture_tear_down);
  g_test_add ("/map-view/click-outside-clears", MapFixture, NULL, atlas_test_map_fixture_set_up, test_click_outside_clears, atlas_test_map_fixture_tear_down);
  g_test_add ("/map-view/selected-place-labelled", MapFixture, NULL, atlas_test_map_fixture_set_up, test_selected_place_labelled, atlas_test_map_fixture_tear_down);
  g_test_add ("/map-view/attribution", MapFixture, NULL, atlas_test_map_fixture_set_up, test_attribution, atlas_test_map_fixture_tear_down);
  g_test_add ("/map-view/labels-clear-of-markers", MapFixture, NULL, atlas_test_map_fixture_set_up, test_labels_clear_of_markers, atlas_test_map_fixture_tear_down);
  g_test_add ("/map-view/marker-selects-place", MapFixture, NULL, atlas_test_map_fixture_set_up, test_marker_selects_place, atlas_test_map_fixture_tear_down);
  g_test_add ("/map-view/hole-not-hit", MapFixture, NULL, atlas_test_map_fixture_set_up, test_hole_not_hit, atlas_test_map_fixture_tear_down);
  g_test_add ("/map-view/far-event-does-not-move", MapFixture, NULL, atlas_test_map_fixture_set_up, test_far_event_does_not_move, atlas_test_map_fixture_tear_down);
  g_test_add ("/map-view/near-event-framed", MapFixture, NULL, atlas_test_map_fixture_set_up, test_near_event_framed, atlas_test_map_fixture_tear_down);
  g_test_add ("/map-view/legend-clear-of-attribution", MapFixture, NULL, atlas_test_map_fixture_set_up, test_legend_clear_of_attribution, atlas_test_map_fixture_tear_down);
  g_test_add ("/map-view/tiles-quiet", MapFixture, NULL, atlas_test_map_fixture_set_up, test_tiles_quiet, atlas_test_map_fixture_tear_down);
  g_test_add ("/map-view/tiles-unreachable", MapFixture, NULL, atlas_test_map_fixture_set_up, test_tiles_unreachable, atlas_test_map_fixture_tear_down);

  return g_test_run ();
}

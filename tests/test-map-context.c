/* test-map-context.c: the map always shows where things are (issue 7): the context layer, places
 * framed with the city, far places pointed at, the way back to the city, labels clear of the
 * widgets over the map, and the legend giving way
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-map-context"

#include "config.h"

#include "atlas-test-map.h"

#include <math.h>
#include <gtk/gtk.h>

#include "atlas-map-context.h"
#include "atlas-map-layer.h"
#include "atlas-map-legend.h"
#include "atlas-map-view.h"
#include "atlas-place-marker.h"

/* The shipped KB's region centre and zoom */
#define REGION_LAT  36.2
#define REGION_LON  37.16
#define REGION_ZOOM 13.0

/* Helpers */

static AtlasMapContext *
get_context_layer (MapFixture *f)
{
  return ATLAS_MAP_CONTEXT (atlas_map_view_get_context_layer (f->view));
}

static void
go_to (MapFixture *f,
       double      lat,
       double      lon,
       double      zoom)
{
  ShumateViewport *viewport = atlas_map_view_get_viewport (f->view);

  shumate_viewport_set_zoom_level (viewport, zoom);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), lat, lon);
  atlas_test_map_wait_for_layer_frames (f, 2);
}

/* Whether all of @bounds is on screen, by the viewport's own conversion */
static gboolean
bounds_on_screen (MapFixture        *f,
                  const AtlasBounds *bounds)
{
  return atlas_test_map_location_visible (f, bounds->min_lat, bounds->min_lon) &&
         atlas_test_map_location_visible (f, bounds->max_lat, bounds->max_lon);
}

static gboolean
city_on_screen (MapFixture *f)
{
  AtlasBounds city;

  g_assert_true (atlas_map_layer_get_bounds (ATLAS_MAP_LAYER (atlas_map_view_get_map_layer (f->view)), &city));
  return bounds_on_screen (f, &city);
}

static gboolean
region_centre_on_screen (MapFixture *f)
{
  return atlas_test_map_location_visible (f, REGION_LAT, REGION_LON);
}

static gboolean
place_on_screen (MapFixture *f,
                 const char *id)
{
  double lat, lon;

  g_assert_true (atlas_place_get_location (atlas_kb_lookup_place (f->kb, id), &lat, &lon));
  return atlas_test_map_location_visible (f, lat, lon);
}

static gboolean
nubl_with_city (MapFixture *f)
{
  return place_on_screen (f, "p-nubl") && place_on_screen (f, "p-al-zahraa") && city_on_screen (f);
}

static gboolean
at_region (MapFixture *f)
{
  double lat, lon;

  atlas_test_map_get_center (f, &lat, &lon);
  return fabs (lat - REGION_LAT) < 1e-3 && fabs (lon - REGION_LON) < 1e-3 &&
         fabs (shumate_viewport_get_zoom_level (atlas_map_view_get_viewport (f->view)) - REGION_ZOOM) < 1e-3;
}

static GtkWidget *
get_child (MapFixture *f,
           const char *name)
{
  GtkWidget *child = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->view), ATLAS_TYPE_MAP_VIEW, name));

  g_assert_nonnull (child);
  return child;
}

/* The boxes of the widgets over the map, found here independently of the view's own list, in
 * the map layer's coordinates */
static GArray *
get_overlay_boxes (MapFixture *f)
{
  const char *names[] = { "unlocated_button", "tiles_button", "region_button", "legend", "attribution" };
  GArray *boxes = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  GPtrArray *pills = atlas_map_view_get_far_pills (f->view);
  GtkWidget *layer = atlas_map_view_get_map_layer (f->view);

  for (guint i = 0; i < G_N_ELEMENTS (names) + pills->len; i++)
    {
      GtkWidget *widget = i < G_N_ELEMENTS (names) ? get_child (f, names[i]) : g_ptr_array_index (pills, i - G_N_ELEMENTS (names));
      graphene_rect_t bounds;

      if (!gtk_widget_get_mapped (widget) || !gtk_widget_compute_bounds (widget, layer, &bounds))
        continue;
      g_array_append_val (boxes, bounds);
    }

  return boxes;
}

/* Adds the names shown beside the point places' dots, under @widget, to @boxes */
static void
add_marker_names (GtkWidget *widget,
                  GtkWidget *layer,
                  gboolean   in_marker,
                  GArray    *boxes)
{
  in_marker |= ATLAS_IS_PLACE_MARKER (widget);
  /* Not the see-through spacer that keeps the dot centred */
  if (in_marker && GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) && gtk_widget_get_opacity (widget) > 0 &&
      gtk_label_get_text (GTK_LABEL (widget))[0] != '\0')
    {
      graphene_rect_t bounds;

      if (gtk_widget_compute_bounds (widget, layer, &bounds))
        g_array_append_val (boxes, bounds);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    add_marker_names (child, layer, in_marker, boxes);
}

/* Every label @placer placed is clear of every box of @boxes; returns how many were placed */
static guint
assert_labels_clear (AtlasLabelPlacer *placer,
                     GArray           *boxes)
{
  guint n_placed = 0;

  for (guint i = 0; i < atlas_label_placer_get_n_labels (placer); i++)
    {
      AtlasLabelPosition position;
      graphene_rect_t box;

      atlas_label_placer_get_label (placer, i, &position, &box);
      if (position == ATLAS_LABEL_DROPPED)
        continue;

      n_placed++;
      for (guint j = 0; j < boxes->len; j++)
        {
          graphene_rect_t *widget = &g_array_index (boxes, graphene_rect_t, j);

          if (graphene_rect_intersection (&box, widget, NULL))
            g_error ("Label %u at %g,%g %g×%g is under a widget at %g,%g %g×%g", i,
                     box.origin.x, box.origin.y, box.size.width, box.size.height,
                     widget->origin.x, widget->origin.y, widget->size.width, widget->size.height);
        }
    }

  return n_placed;
}

/* Tests */

/* The country's border, the governorates and the city's outline are drawn at the city's zoom
 * and at the country's, with the governorates' names and the city's where there is room */
static void
test_context_drawn (MapFixture    *f,
                    gconstpointer  data)
{
  AtlasMapContext *context = get_context_layer (f);
  AtlasLabelPlacer *placer = atlas_map_context_get_label_placer (context);
  guint n_names = 0;

  g_assert_nonnull (atlas_map_context_get_context (context));
  g_assert_cmpuint (atlas_context_get_n_areas (atlas_map_context_get_context (context)), ==, 15);

  /* The city's zoom: its outline, and the governorate it is in */
  atlas_test_map_wait_for_layer_frames (f, 2);
  g_assert_true (atlas_map_context_get_city_drawn (context));
  g_assert_cmpuint (atlas_map_context_get_n_drawn_areas (context), >=, 2);

  /* The country's: all of it, the city as a named dot */
  go_to (f, 35.0, 38.5, 6);
  g_assert_true (atlas_map_context_get_city_drawn (context));
  g_assert_cmpuint (atlas_map_context_get_n_drawn_areas (context), ==, 15);
  g_assert_true (atlas_label_placer_lookup (placer, ATLAS_MAP_CONTEXT_CITY_LABEL, NULL, NULL));
  for (guint i = 0; i < atlas_label_placer_get_n_labels (placer); i++)
    {
      AtlasLabelPosition position;

      atlas_label_placer_get_label (placer, i, &position, NULL);
      n_names += position != ATLAS_LABEL_DROPPED;
    }
  /* The city's and a few governorates': the large ones fit at this zoom */
  g_assert_cmpuint (n_names, >=, 4);
  atlas_test_map_save_screenshot (f, "context-zoom-6");
}

/* Nubl and al-Zahraa, 25 km out, are framed with the city, not alone on empty grey */
static void
test_nubl_framed_with_city (MapFixture    *f,
                            gconstpointer  data)
{
  AtlasEvent *event = atlas_kb_lookup_event (f->kb, "e-2016-02-03-nubl-al-zahraa-reached");

  g_assert_nonnull (event);
  g_assert_false (place_on_screen (f, "p-nubl"));

  atlas_session_set_selected_event (f->session, event);
  atlas_test_wait_until (nubl_with_city, f);
  atlas_test_map_save_screenshot (f, "context-nubl");

  /* "Show on map" for Khan Touman: with the city too */
  go_to (f, 36.2, 37.16, 16);
  atlas_session_frame_place (f->session, atlas_kb_lookup_place (f->kb, "p-khan-touman"));
  atlas_test_map_wait_for_layer_frames (f, 5);
  atlas_test_wait_until (city_on_screen, f);
  g_assert_true (place_on_screen (f, "p-khan-touman"));

  /* And not under the legend, nor at its edge, in the bottom left corner where it would be */
  {
    GtkWidget *legend = get_child (f, "legend");
    graphene_rect_t box;
    double lat, lon, x, y;

    g_assert_false (atlas_map_legend_get_folded (ATLAS_MAP_LEGEND (legend)));
    g_assert_true (gtk_widget_compute_bounds (legend, GTK_WIDGET (f->view), &box));
    g_assert_true (atlas_place_get_location (atlas_kb_lookup_place (f->kb, "p-khan-touman"), &lat, &lon));
    atlas_test_map_location_to_view (f, lat, lon, &x, &y);
    g_test_message ("Khan Touman at %g, %g; legend %g, %g %g × %g", x, y, box.origin.x, box.origin.y,
                    box.size.width, box.size.height);
    /* With room for its marker and the start of its name */
    graphene_rect_inset (&box, -24, -24);
    g_assert_false (graphene_rect_contains_point (&box, &GRAPHENE_POINT_INIT (x, y)));
  }
  atlas_test_map_save_screenshot (f, "context-khan-touman");
}

/* The names shown beside point markers: visible, and not the invisible copies under the dots */
static void
collect_point_names (GtkWidget *widget,
                     GPtrArray *names)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, "atlas-map-point-label") &&
          gtk_widget_get_mapped (child) && gtk_widget_get_opacity (child) > 0)
        g_ptr_array_add (names, child);
      collect_point_names (child, names);
    }
}

/* Nubl and al-Zahraa, 3 km apart, named both at every zoom that shows them with the city: one
 * name goes below its dot rather than over the other (issue 7) */
static void
test_point_names_apart (MapFixture    *f,
                        gconstpointer  data)
{
  static const double zooms[] = { 8, 8.5, 9, 9.5, 10, 11 };

  atlas_session_set_selected_event (f->session, atlas_kb_lookup_event (f->kb, "e-2016-02-03-nubl-al-zahraa-reached"));
  atlas_test_wait_until (nubl_with_city, f);

  for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new ();
      graphene_rect_t a, b;

      go_to (f, 36.33, 37.0, zooms[z]);
      atlas_test_map_wait_for_layer_frames (f, 3);
      collect_point_names (GTK_WIDGET (f->view), names);
      g_assert_cmpuint (names->len, ==, 2);
      g_assert_true (gtk_widget_compute_bounds (g_ptr_array_index (names, 0), GTK_WIDGET (f->view), &a));
      g_assert_true (gtk_widget_compute_bounds (g_ptr_array_index (names, 1), GTK_WIDGET (f->view), &b));
      g_test_message ("zoom %g: %s at %g,%g; %s at %g,%g", zooms[z],
                      gtk_label_get_label (g_ptr_array_index (names, 0)), a.origin.x, a.origin.y,
                      gtk_label_get_label (g_ptr_array_index (names, 1)), b.origin.x, b.origin.y);
      g_assert_false (graphene_rect_intersection (&a, &b, NULL));
    }
  atlas_test_map_save_screenshot (f, "context-point-names");
}

static gboolean
pill_allocated (MapFixture *f)
{
  GPtrArray *pills = atlas_map_view_get_far_pills (f->view);

  return pills->len > 0 && gtk_widget_get_mapped (g_ptr_array_index (pills, 0)) &&
         gtk_widget_get_width (g_ptr_array_index (pills, 0)) > 0;
}

/* London: the city stays in view, and a pill at the edge names London and points north-west */
static void
test_london_pointed_at (MapFixture    *f,
                        gconstpointer  data)
{
  AtlasEvent *event = atlas_kb_lookup_event (f->kb, "e-2016-02-04-london-donors-conference");
  GPtrArray *pills = atlas_map_view_get_far_pills (f->view);
  graphene_rect_t bounds;
  const char *label;
  double lat0, lon0, lat, lon;

  g_assert_nonnull (event);
  atlas_test_map_get_center (f, &lat0, &lon0);
  atlas_session_set_selected_event (f->session, event);
  atlas_test_wait_until (pill_allocated, f);
  atlas_test_map_wait_for_layer_frames (f, 5);

  /* The view stays */
  atlas_test_map_get_center (f, &lat, &lon);
  g_assert_cmpfloat (fabs (lat - lat0), <, 1e-4);
  g_assert_cmpfloat (fabs (lon - lon0), <, 1e-4);
  g_assert_false (place_on_screen (f, "p-london"));

  g_assert_cmpuint (pills->len, ==, 1);
  label = gtk_button_get_label (g_ptr_array_index (pills, 0));
  g_assert_nonnull (strstr (label, "London"));
  g_assert_nonnull (strstr (label, " km "));
  g_assert_nonnull (strstr (label, "↖"));

  /* At the map's edge, up and to the left, inside the map */
  g_assert_true (gtk_widget_compute_bounds (g_ptr_array_index (pills, 0), GTK_WIDGET (f->view), &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <, gtk_widget_get_width (GTK_WIDGET (f->view)) / 2.0);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <, gtk_widget_get_height (GTK_WIDGET (f->view)) / 2.0);
  atlas_test_map_save_screenshot (f, "context-london");

  /* Away from the city, the London event brings it back */
  atlas_session_set_selected_event (f->session, NULL);
  go_to (f, 0, 0, 8);
  g_assert_false (region_centre_on_screen (f));
  atlas_session_set_selected_event (f->session, event);
  atlas_test_wait_until (region_centre_on_screen, f);

  /* Clicking the pill selects London */
  g_signal_emit_by_name (g_ptr_array_index (pills, 0), "clicked");
  g_assert_true (atlas_session_get_selected_place (f->session) == atlas_kb_lookup_place (f->kb, "p-london"));
}

/* The button and the action bring the region back from wherever the map is */
static void
test_back_to_city (MapFixture    *f,
                   gconstpointer  data)
{
  GtkWidget *button = get_child (f, "region_button");
  const struct { double lat, lon, zoom; } elsewhere[] = {
    { 40.71, -74.0, 4 },      /* New York */
    { 36.37, 36.99, 16 },     /* Nubl, close up */
    { 35.0, 38.5, 6 },        /* Syria */
  };

  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "map.show-region");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Show Aleppo");

  for (guint i = 0; i < G_N_ELEMENTS (elsewhere); i++)
    {
      go_to (f, elsewhere[i].lat, elsewhere[i].lon, elsewhere[i].zoom);
      g_assert_false (at_region (f));
      if (i == 0)
        g_signal_emit_by_name (button, "clicked");
      else
        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "map.show-region", NULL));
      atlas_test_wait_until (at_region, f);
      /* The end of the animation, which would otherwise undo the next move */
      atlas_test_map_wait_for_layer_frames (f, 5);
    }
}

/* No label, a neighbourhood's, a governorate's or the city's, under the buttons, the legend,
 * the credits or a pointer at a far place */
static void
test_labels_clear_of_overlays (MapFixture    *f,
                               gconstpointer  data)
{
  AtlasLabelPlacer *layer_placer = atlas_map_layer_get_label_placer (ATLAS_MAP_LAYER (atlas_map_view_get_map_layer (f->view)));
  AtlasLabelPlacer *context_placer = atlas_map_context_get_label_placer (get_context_layer (f));
  AtlasMapLegend *legend = ATLAS_MAP_LEGEND (get_child (f, "legend"));
  const struct { double lat, lon, zoom; } views[] = {
    { 36.2, 37.16, 13 },
    { 36.19, 37.12, 14.5 },
    { 36.22, 37.2, 12 },
    { 35.0, 38.5, 6 },
    { 36.3, 37.0, 8 },
  };
  guint n_placed = 0;

  /* The legend unfolded, the London pointer shown */
  atlas_map_legend_set_folded (legend, FALSE);
  atlas_session_set_selected_event (f->session, atlas_kb_lookup_event (f->kb, "e-2016-02-04-london-donors-conference"));
  atlas_test_wait_until (pill_allocated, f);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autoptr(GArray) boxes = NULL;

      go_to (f, views[i].lat, views[i].lon, views[i].zoom);
      boxes = get_overlay_boxes (f);
      /* The two buttons, the region button, the legend, the credits and the pill at least */
      g_assert_cmpuint (boxes->len, >=, 6);
      n_placed += assert_labels_clear (layer_placer, boxes);
      n_placed += assert_labels_clear (context_placer, boxes);
    }

  g_assert_cmpuint (n_placed, >, 20);

  /* The names beside point places' dots are clear of the neighbourhoods' names too: Aleppo,
   * in the overnight raids, lies among them (its name covered al-Mashariqa's in Arabic) */
  atlas_session_set_selected_event (f->session, atlas_kb_lookup_event (f->kb, "e-2016-10-01-overnight-raids-aleppo"));
  for (double zoom = 12; zoom <= 15; zoom += 0.5)
    {
      g_autoptr(GArray) boxes = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
      GtkWidget *layer = atlas_map_view_get_map_layer (f->view);

      go_to (f, 36.2, 37.14, zoom);
      add_marker_names (GTK_WIDGET (f->view), layer, FALSE, boxes);
      g_assert_cmpuint (boxes->len, >=, 1);
      assert_labels_clear (layer_placer, boxes);
      assert_labels_clear (context_placer, boxes);
    }
}

static gboolean
legend_folded (AtlasMapLegend *legend)
{
  return atlas_map_legend_get_folded (legend);
}

static gboolean
view_small (MapFixture *f)
{
  return gtk_widget_get_height (GTK_WIDGET (f->view)) < 420;
}

static gboolean
view_large (MapFixture *f)
{
  return gtk_widget_get_height (GTK_WIDGET (f->view)) >= 420;
}

static gboolean
legend_knows_size (MapFixture *f)
{
  AtlasMapLegend *legend = ATLAS_MAP_LEGEND (gtk_widget_get_template_child (GTK_WIDGET (f->view), ATLAS_TYPE_MAP_VIEW, "legend"));

  return atlas_map_legend_get_compact (legend) == view_small (f);
}

static void
resize_and_wait (MapFixture *f,
                 int         width,
                 int         height)
{
  gtk_window_set_default_size (f->window, width, height);
  atlas_test_wait_until (height < 420 ? view_small : view_large, f);
  /* The legend follows from an idle after the allocation */
  atlas_test_wait_until (legend_knows_size, f);
  atlas_test_map_wait_for_layer_frames (f, 2);
}

/* On a small map the legend folds to one line; folded or unfolded by hand, it stays so */
static void
test_legend_folds (MapFixture    *f,
                   gconstpointer  data)
{
  AtlasMapLegend *legend = ATLAS_MAP_LEGEND (get_child (f, "legend"));
  GtkWidget *fold_button = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (legend), ATLAS_TYPE_MAP_LEGEND, "fold_button"));
  int unfolded_height;

  /* 900 × 650: room for it */
  atlas_test_map_wait_for_layer_frames (f, 2);
  g_assert_false (atlas_map_legend_get_folded (legend));
  unfolded_height = gtk_widget_get_height (GTK_WIDGET (legend));

  /* 560 × 400: folded, to one line */
  gtk_window_set_default_size (f->window, 560, 400);
  atlas_test_wait_until (view_small, f);
  atlas_test_wait_until (legend_folded, legend);
  atlas_test_map_wait_for_layer_frames (f, 2);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (legend)), <, unfolded_height / 2);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (legend)), <, 48);
  atlas_test_map_save_screenshot (f, "context-legend-folded");

  /* Unfolded by hand, it stays unfolded, through a large map and back to a small one */
  g_signal_emit_by_name (fold_button, "clicked");
  g_assert_false (atlas_map_legend_get_folded (legend));
  resize_and_wait (f, 900, 650);
  resize_and_wait (f, 560, 400);
  g_assert_false (atlas_map_legend_get_folded (legend));

  /* And folded by hand, it stays folded on a large map */
  g_signal_emit_by_name (fold_button, "clicked");
  g_assert_true (atlas_map_legend_get_folded (legend));
  resize_and_wait (f, 900, 650);
  g_assert_true (atlas_map_legend_get_folded (legend));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  if (!atlas_test_init_gtk_or_skip ())
    return 0;

  atlas_test_map_load_css ();

  g_test_add ("/map-context/context-drawn", MapFixture, NULL, atlas_test_map_fixture_set_up, test_context_drawn, atlas_test_map_fixture_tear_down);
  g_test_add ("/map-context/point-names-apart", MapFixture, NULL, atlas_test_map_fixture_set_up, test_point_names_apart, atlas_test_map_fixture_tear_down);
  g_test_add ("/map-context/nubl-framed-with-city", MapFixture, NULL, atlas_test_map_fixture_set_up, test_nubl_framed_with_city, atlas_test_map_fixture_tear_down);
  g_test_add ("/map-context/london-pointed-at", MapFixture, NULL, atlas_test_map_fixture_set_up, test_london_pointed_at, atlas_test_map_fixture_tear_down);
  g_test_add ("/map-context/back-to-city", MapFixture, NULL, atlas_test_map_fixture_set_up, test_back_to_city, atlas_test_map_fixture_tear_down);
  g_test_add ("/map-context/labels-clear-of-overlays", MapFixture, NULL, atlas_test_map_fixture_set_up, test_labels_clear_of_overlays, atlas_test_map_fixture_tear_down);
  g_test_add ("/map-context/legend-folds", MapFixture, NULL, atlas_test_map_fixture_set_up, test_legend_folds, atlas_test_map_fixture_tear_down);

  return g_test_run ();
}

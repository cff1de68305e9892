/* atlas-test-map.c: the map view on the shipped KB, in a window, for the map tests
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-test"

#include "config.h"

#include <math.h>

#include "atlas-test-map.h"

static gboolean
is_allocated (MapFixture *f)
{
  GtkWidget *layer = atlas_map_view_get_map_layer (f->view);

  return gtk_widget_get_width (layer) > 0 && gtk_widget_get_mapped (layer);
}

/* The layer has drawn a frame since now: its labels are placed for the current view */
void
atlas_test_map_wait_for_layer_frame (MapFixture *f)
{
  atlas_test_wait_for_frame (atlas_map_view_get_map_layer (f->view));
}

static void
wait_until_allocated (MapFixture *f)
{
  atlas_test_wait_until (is_allocated, f);
  atlas_test_map_wait_for_layer_frame (f);
}

void
atlas_test_map_save_screenshot (MapFixture *f,
                                const char *name)
{
  g_autofree char *file = g_strdup_printf ("map-%s.png", name);

  atlas_test_save_screenshot (GTK_WIDGET (f->window), file);
}

void
atlas_test_map_location_to_view (MapFixture *f,
                                 double      lat,
                                 double      lon,
                                 double     *x,
                                 double     *y)
{
  GtkWidget *layer = atlas_map_view_get_map_layer (f->view);
  double lx, ly;

  shumate_viewport_location_to_widget_coords (atlas_map_view_get_viewport (f->view), layer, lat, lon, &lx, &ly);
  g_assert_true (gtk_widget_translate_coordinates (layer, GTK_WIDGET (f->view), lx, ly, x, y));
}

void
atlas_test_map_click_location (MapFixture *f,
                               double      lat,
                               double      lon)
{
  double x, y;

  atlas_test_map_location_to_view (f, lat, lon, &x, &y);
  g_assert_cmpfloat (x, >=, 0);
  g_assert_cmpfloat (y, >=, 0);
  g_assert_cmpfloat (x, <=, gtk_widget_get_width (GTK_WIDGET (f->view)));
  g_assert_cmpfloat (y, <=, gtk_widget_get_height (GTK_WIDGET (f->view)));
  atlas_map_view_activate_at (f->view, x, y);
}

gboolean
atlas_test_map_location_visible (MapFixture *f,
                                 double      lat,
                                 double      lon)
{
  double x, y;

  atlas_test_map_location_to_view (f, lat, lon, &x, &y);
  return x >= 0 && y >= 0 &&
         x <= gtk_widget_get_width (GTK_WIDGET (f->view)) &&
         y <= gtk_widget_get_height (GTK_WIDGET (f->view));
}

void
atlas_test_map_get_center (MapFixture *f,
                           double     *lat,
                           double     *lon)
{
  ShumateLocation *location = SHUMATE_LOCATION (atlas_map_view_get_viewport (f->view));

  *lat = shumate_location_get_latitude (location);
  *lon = shumate_location_get_longitude (location);
}

/* Several frames: a move that a change started (libshumate animates it over frames) would
 * have shown by then */
void
atlas_test_map_wait_for_layer_frames (MapFixture *f,
                                      guint       n)
{
  for (guint i = 0; i < n; i++)
    atlas_test_map_wait_for_layer_frame (f);
}


gboolean
atlas_test_map_centred_on_target (MapTarget *target)
{
  double lat, lon;

  atlas_test_map_get_center (target->f, &lat, &lon);
  return fabs (lat - target->lat) < 0.01 && fabs (lon - target->lon) < 0.01;
}

/* The interior point of one polygon of @geometry */
void
atlas_test_map_polygon_interior_point (AtlasGeometry *geometry,
                                       guint          polygon,
                                       double        *lat,
                                       double        *lon)
{
  g_autoptr(AtlasGeometry) part = atlas_geometry_new ();

  atlas_geometry_begin_polygon (part);
  for (guint r = 0; r < atlas_geometry_get_n_rings (geometry, polygon); r++)
    {
      guint n;
      const double *ring = atlas_geometry_get_ring (geometry, polygon, r, &n);

      atlas_geometry_add_ring (part, ring, n);
    }

  g_assert_true (atlas_geometry_get_interior_point (part, lon, lat));
  g_assert_true (atlas_geometry_contains (geometry, *lon, *lat));
}

AtlasEvent *
atlas_test_map_find_event_at (AtlasKb    *kb,
                              const char *place_id)
{
  AtlasPlace *place = atlas_kb_lookup_place (kb, place_id);
  GPtrArray *events;

  g_assert_nonnull (place);
  events = atlas_kb_get_events_for_place (kb, place);
  g_assert_cmpuint (events->len, >, 0);
  return g_ptr_array_index (events, 0);
}

void
atlas_test_map_load_css (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "atlas-map.css", NULL);
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_path (provider, path);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static gboolean
view_finalized (MapFixture *f)
{
  return f->view == NULL;
}

/* MapFixture */

void
atlas_test_map_fixture_set_up (MapFixture    *f,
                               gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "aleppo-2016.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  f->kb = atlas_kb_new_from_file (file, NULL, NULL, &error);
  g_assert_no_error (error);

  f->session = atlas_session_new ();
  atlas_session_set_kb (f->session, f->kb);

  f->view = ATLAS_MAP_VIEW (atlas_map_view_new ());
  atlas_map_view_set_session (f->view, f->session);
  g_assert_true (atlas_map_view_get_session (f->view) == f->session);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 900, 650);
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  gtk_window_present (f->window);
  wait_until_allocated (f);
}

void
atlas_test_map_fixture_tear_down (MapFixture    *f,
                                  gconstpointer  data)
{
  g_object_add_weak_pointer (G_OBJECT (f->view), (gpointer *) &f->view);
  gtk_window_destroy (f->window);
  /* Until whatever the view started (a check of the tile server holds a reference) is done */
  atlas_test_wait_until (view_finalized, f);
  g_clear_object (&f->session);
  g_clear_object (&f->kb);
}


/* bench-map.c: what a frame of the polygon layer costs at rest, panning, zooming and selecting
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run with: xvfb-run -a -s "-screen 0 1400x1000x24" meson test -C _build --benchmark map -v
 *
 * Loads the shipped KB (data/aleppo-2016.json), shows an AtlasMapView in a 1200×800 window at
 * the region's centre and zoom, and times FRAMES frames of the polygon layer, each recorded
 * (the layer's snapshot) and rendered to a texture with the window's renderer, as the frame
 * clock would. Medians (min–max), in ms, of:
 *   a. a frame at rest, nothing changed;
 *   b. panning: the centre moves by PAN_DX × PAN_DY pixels each frame, at a fixed zoom;
 *   c. zooming: the zoom level grows by ZOOM_STEP each frame, as libshumate animates it;
 *   d. a frame after the selected place changed;
 *   e. a frame after the shading changed (translucent fills toggled, as the tiles switch does).
 * The budget (exit status 1) is generous: a median panning frame over 16 ms.
 * BENCH_MAP_VERBOSE=1 prints every frame's times to stderr.
 */

#define G_LOG_DOMAIN "bench-map"

#include "config.h"

#include "atlas-bench.h"

#include <gtk/gtk.h>

#include "atlas-map-layer.h"
#include "atlas-map-view.h"

#define FRAMES    60
#define PAN_DX    12.0
#define PAN_DY    5.0
#define ZOOM_STEP 0.05
#define BUDGET_MS 16.0

typedef struct
{
  AtlasKb      *kb;
  AtlasSession *session;
  GtkWidget    *window;
  AtlasMapView *view;
  GtkWidget    *layer;
  GskRenderer  *renderer;
  double        lat, lon, zoom;   /* the region's */
} Bench;

static void
spin (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

/* One frame of the layer: its snapshot, rendered to a texture; in ms */
static double
frame (Bench  *b,
       double *snapshot_ms)
{
  int width = gtk_widget_get_width (b->layer), height = gtk_widget_get_height (b->layer);
  GtkSnapshot *snapshot;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  gint64 t0, t1;

  t0 = g_get_monotonic_time ();
  snapshot = gtk_snapshot_new ();
  GTK_WIDGET_GET_CLASS (b->layer)->snapshot (b->layer, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  t1 = g_get_monotonic_time ();
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (b->renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_nonnull (texture);

  if (snapshot_ms)
    *snapshot_ms = (t1 - t0) / 1000.0;
  return (g_get_monotonic_time () - t0) / 1000.0;
}

/* Back to the region, nothing selected, and every pending redraw or idle work done */
static void
reset (Bench *b)
{
  ShumateViewport *viewport = atlas_map_view_get_viewport (b->view);

  atlas_session_set_selected_place (b->session, NULL);
  atlas_map_layer_set_translucent (ATLAS_MAP_LAYER (b->layer), FALSE);
  shumate_viewport_set_zoom_level (viewport, b->zoom);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), b->lat, b->lon);
  spin (400);
  frame (b, NULL);
}

static void
pan_by (Bench  *b,
        double  dx,
        double  dy)
{
  ShumateViewport *viewport = atlas_map_view_get_viewport (b->view);
  ShumateMapSource *source = shumate_viewport_get_reference_map_source (viewport);
  ShumateLocation *location = SHUMATE_LOCATION (viewport);
  double zoom = shumate_viewport_get_zoom_level (viewport);
  double x = shumate_map_source_get_x (source, zoom, shumate_location_get_longitude (location)) + dx;
  double y = shumate_map_source_get_y (source, zoom, shumate_location_get_latitude (location)) + dy;

  shumate_location_set_location (location,
                                 shumate_map_source_get_latitude (source, zoom, y),
                                 shumate_map_source_get_longitude (source, zoom, x));
}

typedef enum {
  CASE_REST,
  CASE_PAN,
  CASE_ZOOM,
  CASE_SELECT,
  CASE_SHADING,
  N_CASES
} Case;

static const char *case_names[N_CASES] = {
  "a. at rest",
  "b. panning (12x5 px/frame)",
  "c. zooming (+0.05/frame)",
  "d. selection changed",
  "e. shading changed",
};

static void
measure (Bench *b,
         Case   c,
         Stats *total,
         Stats *snapshot)
{
  ShumateViewport *viewport = atlas_map_view_get_viewport (b->view);
  GListModel *places = atlas_kb_get_places (b->kb);
  double totals[FRAMES], snapshots[FRAMES];
  guint next_place = 0;

  reset (b);

  for (guint i = 0; i < FRAMES; i++)
    {
      switch (c)
        {
        case CASE_REST:
          break;

        case CASE_PAN:
          pan_by (b, PAN_DX, PAN_DY);
          break;

        case CASE_ZOOM:
          shumate_viewport_set_zoom_level (viewport, shumate_viewport_get_zoom_level (viewport) + ZOOM_STEP);
          break;

        case CASE_SELECT:
          /* The next polygon place of the KB */
          for (;;)
            {
              g_autoptr(AtlasPlace) place = g_list_model_get_item (places, next_place++ % g_list_model_get_n_items (places));

              if (atlas_place_get_geometry (place))
                {
                  atlas_session_set_selected_place (b->session, place);
                  break;
                }
            }
          break;

        case CASE_SHADING:
          atlas_map_layer_set_translucent (ATLAS_MAP_LAYER (b->layer), i % 2 == 0);
          break;

        case N_CASES:
        default:
          g_assert_not_reached ();
        }

      totals[i] = frame (b, &snapshots[i]);
      if (g_getenv ("BENCH_MAP_VERBOSE"))
        g_printerr ("%s %u: %.2f ms (snapshot %.2f)\n", case_names[c], i, totals[i], snapshots[i]);
    }

  *total = stats_of (totals, FRAMES);
  *snapshot = stats_of (snapshots, FRAMES);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = NULL;
  g_autofree char *css_path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkCssProvider) provider = NULL;
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");
  Stats totals[N_CASES], snapshots[N_CASES];
  Bench b = { 0, };
  gboolean over_budget;

  if (!gtk_init_check ())
    {
      g_printerr ("No display: run under xvfb-run\n");
      return 77;
    }

  /* The layer's label font comes from the map's style sheet, as in the app */
  css_path = g_build_filename (srcdir ? srcdir : ".", "..", "resources", "atlas-map.css", NULL);
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_path (provider, css_path);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  path = g_build_filename (srcdir ? srcdir : ".", "..", "data", "aleppo-2016.json", NULL);
  file = g_file_new_for_path (path);
  b.kb = atlas_kb_new_from_file (file, NULL, NULL, &error);
  if (b.kb == NULL)
    {
      g_printerr ("Cannot load %s: %s\n", path, error->message);
      return 1;
    }
  if (!atlas_kb_get_region_center (b.kb, &b.lat, &b.lon, &b.zoom))
    {
      g_printerr ("%s has no region\n", path);
      return 1;
    }

  b.session = atlas_session_new ();
  atlas_session_set_kb (b.session, b.kb);
  b.view = ATLAS_MAP_VIEW (atlas_map_view_new ());
  atlas_map_view_set_session (b.view, b.session);
  b.layer = atlas_map_view_get_map_layer (b.view);

  b.window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (b.window), 1200, 800);
  gtk_window_set_child (GTK_WINDOW (b.window), GTK_WIDGET (b.view));
  gtk_window_present (GTK_WINDOW (b.window));
  while (gtk_widget_get_width (b.layer) <= 0 || !gtk_widget_get_mapped (b.layer))
    g_main_context_iteration (NULL, TRUE);
  spin (300);
  b.renderer = gtk_native_get_renderer (GTK_NATIVE (b.window));

  for (Case c = 0; c < N_CASES; c++)
    measure (&b, c, &totals[c], &snapshots[c]);

  g_print ("\nAtlasMapLayer, %d×%d layer in a 1200×800 window, scale %d, %u polygons, zoom %.1f, %s;\n"
           "ms per frame, median (min–max) over %u frames\n\n",
           gtk_widget_get_width (b.layer), gtk_widget_get_height (b.layer),
           gtk_widget_get_scale_factor (b.layer), atlas_map_layer_get_n_places (ATLAS_MAP_LAYER (b.layer)),
           b.zoom, G_OBJECT_TYPE_NAME (b.renderer), FRAMES);
  g_print ("%-28s %-26s %-26s\n", "", "snapshot + render", "snapshot alone");
  for (Case c = 0; c < N_CASES; c++)
    {
      g_autofree char *total = g_strdup_printf ("%.2f (%.2f–%.2f)", totals[c].median, totals[c].min, totals[c].max);
      g_autofree char *snap = g_strdup_printf ("%.2f (%.2f–%.2f)", snapshots[c].median, snapshots[c].min, snapshots[c].max);

      g_print ("%-28s %-28s %-28s\n", case_names[c], total, snap);
    }

  over_budget = totals[CASE_PAN].median > BUDGET_MS;
  g_print ("\nBudget: median panning frame (snapshot + render) under %.0f ms: %s (%.2f ms)\n",
           BUDGET_MS, over_budget ? "BLOWN" : "met", totals[CASE_PAN].median);

  gtk_window_destroy (GTK_WINDOW (b.window));
  spin (20);
  g_clear_object (&b.session);
  g_clear_object (&b.kb);

  return over_budget ? 1 : 0;
}

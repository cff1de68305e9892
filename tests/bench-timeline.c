/* bench-timeline.c: how the timeline view scales from 1,000 to 100,000 events
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run with: xvfb-run -a meson test -C _build --benchmark timeline -v
 *
 * Builds a synthetic KB in memory (events over 2012–2020: every type, some ranges, month and
 * "days" precision, planned events, casualty figures on about one event in ten), shows an
 * AtlasTimelineView in a 1600×220 window and measures, as medians over RUNS runs:
 *   - the view's snapshot (layout + GtkSnapshot to a render node) after a small pan, so that
 *     the layout is recomputed as in a real frame; and rendering that node to a texture;
 *   - the hit-test (atlas_timeline_view_event_at) at random points;
 *   - selecting the next event through the view's "timeline.next" action;
 * at three zooms. The budget (exit status 1) is generous: a median snapshot over 16 ms at
 * 100,000 events for the one-year or one-week zoom.
 */

#define G_LOG_DOMAIN "bench-timeline"

#include "config.h"

#include "atlas-bench.h"

#include <gtk/gtk.h>

#include "atlas-timeline-view.h"

#define RUNS         30
#define HITS_PER_RUN 200
#define NEXT_PER_RUN 50
#define BUDGET_MS    16.0

typedef struct
{
  const char *name;
  guint       first_year;
  guint       first_month;
  guint       first_day;
  guint       last_year;
  guint       last_month;
  guint       last_day;
} Zoom;

static const Zoom zooms[] = {
  { "all 8 years", 0, 0, 0, 0, 0, 0 },
  { "one year",    2016, 1, 1, 2016, 12, 31 },
  { "one week",    2016, 6, 6, 2016, 6, 12 },
};

typedef struct
{
  guint  n_events;
  double load_ms;
  Stats  snapshot[G_N_ELEMENTS (zooms)];
  Stats  render[G_N_ELEMENTS (zooms)];
  Stats  hit_us[G_N_ELEMENTS (zooms)];
  Stats  next_us;
} Result;

static GBytes *
generate_kb (guint n_events)
{
  static const char *types[] = { "bombardment", "bombardment", "bombardment", "ground-fighting", "ground-fighting",
                                 "humanitarian", "evacuation", "ceasefire", "diplomacy", "statement", "statement" };
  static const char *who[] = { "civilians", "people", "children", "medical workers", "opposition fighters" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (2016);
  GString *json = g_string_sized_new (n_events * 330);
  GString *casualties = g_string_new (NULL);
  AtlasDate first = atlas_date_from_ymd (2012, 1, 1);
  AtlasDate last = atlas_date_from_ymd (2020, 12, 31);
  guint n_figures = 0;

  g_string_append (json,
                   "{\"format\": \"aleppo-atlas-kb\", \"version\": 1, \"title\": \"synthetic\","
                   " \"articles\": [{\"id\": \"a\", \"title\": \"t\", \"outlet\": \"o\", \"published\": \"2016-10-02\","
                   " \"text\": \"abc\"}], \"places\": [], \"events\": [");

  for (guint i = 0; i < n_events; i++)
    {
      AtlasDate date = g_rand_int_range (rand, first, last + 1);
      guint kind = g_rand_int_range (rand, 0, 100);
      g_autofree char *date_text = atlas_date_format (date);
      g_autofree char *end_text = NULL;
      const char *precision = "day";

      if (kind < 5)
        {
          guint y, m;

          atlas_date_to_ymd (date, &y, &m, NULL);
          g_free (date_text);
          date_text = atlas_date_format (atlas_date_from_ymd (y, m, 1));
          precision = "month";
        }
      else if (kind < 10)
        precision = "days";
      else if (kind < 25)
        {
          end_text = atlas_date_format (MIN (last, date + g_rand_int_range (rand, 1, 11)));
          precision = kind < 18 ? "days" : "day";
        }

      g_string_append_printf (json,
                              "%s{\"id\": \"e%u\", \"date\": \"%s\"%s%s%s, \"date_precision\": \"%s\",%s"
                              " \"type\": \"%s\", \"title\": \"Synthetic event number %u\", \"places\": [],"
                              " \"sources\": [{\"article\": \"a\", \"start\": 0, \"end\": 1, \"quote\": \"a\"}]}",
                              i ? "," : "", i, date_text,
                              end_text ? ", \"end_date\": \"" : "", end_text ? end_text : "", end_text ? "\"" : "",
                              precision,
                              g_rand_int_range (rand, 0, 100) < 3 ? " \"status\": \"planned\"," : "",
                              types[g_rand_int_range (rand, 0, G_N_ELEMENTS (types))], i);

      if (g_rand_int_range (rand, 0, 10) == 0)
        {
          guint n = g_rand_int_range (rand, 1, 4);

          for (guint f = 0; f < n; f++)
            {
              guint shape = g_rand_int_range (rand, 0, 4);
              guint min = g_rand_int_range (rand, 1, 300);
              g_autofree char *killed = NULL;

              if (shape == 0)
                killed = g_strdup_printf ("\"killed\": {\"min\": %u, \"max\": %u}, ", min, min);
              else if (shape == 1)
                killed = g_strdup_printf ("\"killed\": {\"min\": %u, \"max\": %u}, ", min, min + g_rand_int_range (rand, 1, 50));
              else if (shape == 2)
                killed = g_strdup_printf ("\"killed\": {\"min\": %u}, \"qualifier\": \"at least\", ", min);
              else
                killed = g_strdup ("\"qualifier\": \"the death toll was higher\", ");

              g_string_append_printf (casualties,
                                      "%s{\"id\": \"c%u\", \"event\": \"e%u\", %s\"who\": \"%s\", \"reported_by\": \"someone\","
                                      " \"source\": {\"article\": \"a\", \"start\": 0, \"end\": 1, \"quote\": \"a\"}}",
                                      n_figures ? "," : "", n_figures, i, killed,
                                      who[g_rand_int_range (rand, 0, G_N_ELEMENTS (who))]);
              n_figures++;
            }
        }
    }

  g_string_append (json, "], \"casualties\": [");
  g_string_append_len (json, casualties->str, casualties->len);
  g_string_append (json, "]}");
  g_string_free (casualties, TRUE);

  return g_string_free_to_bytes (json);
}

static void
spin (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static void
set_zoom (AtlasTimelineView *view,
          const Zoom        *zoom)
{
  if (zoom->first_year == 0)
    atlas_timeline_view_zoom_to_fit (view);
  else
    atlas_timeline_view_set_visible_range (view,
                                           atlas_date_from_ymd (zoom->first_year, zoom->first_month, zoom->first_day),
                                           atlas_date_from_ymd (zoom->last_year, zoom->last_month, zoom->last_day));
}

static void
measure (guint   n_events,
         Result *result)
{
  g_autoptr(GBytes) bytes = generate_kb (n_events);
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasKb) kb = NULL;
  g_autoptr(AtlasSession) session = atlas_session_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = atlas_timeline_view_new ();
  AtlasTimelineView *tl = ATLAS_TIMELINE_VIEW (view);
  GskRenderer *renderer;
  double start, values[RUNS], render_values[RUNS], hit_values[RUNS];
  int width, height;

  result->n_events = n_events;

  start = now_ms ();
  kb = atlas_kb_new_from_bytes (bytes, "synthetic.json", NULL, &error);
  result->load_ms = now_ms () - start;
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (atlas_kb_get_events (kb)), ==, n_events);

  atlas_session_set_kb (session, kb);
  gtk_widget_set_size_request (view, 1600, 220);
  gtk_window_set_default_size (GTK_WINDOW (window), 1600, 220);
  gtk_window_set_child (GTK_WINDOW (window), view);
  atlas_timeline_view_set_session (tl, session);
  gtk_window_present (GTK_WINDOW (window));
  while (gtk_widget_get_width (view) < 1600 || !gtk_widget_get_mapped (view))
    g_main_context_iteration (NULL, TRUE);
  spin (100);

  width = gtk_widget_get_width (view);
  height = gtk_widget_get_height (view);
  renderer = gtk_native_get_renderer (gtk_widget_get_native (view));

  for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
    {
      AtlasDate first, last;

      for (guint run = 0; run < RUNS; run++)
        {
          GtkSnapshot *snapshot;
          g_autoptr(GskRenderNode) node = NULL;
          g_autoptr(GdkTexture) texture = NULL;
          double t0, t1, t2;

          /* A small pan, so that every frame lays the view out again */
          set_zoom (tl, &zooms[z]);
          if (run % 2)
            atlas_timeline_view_zoom (tl, 1.0001, width / 2.0);

          t0 = now_ms ();
          snapshot = gtk_snapshot_new ();
          GTK_WIDGET_GET_CLASS (view)->snapshot (view, snapshot);
          node = gtk_snapshot_free_to_node (snapshot);
          t1 = now_ms ();
          if (node)
            texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
          t2 = now_ms ();

          values[run] = t1 - t0;
          render_values[run] = t2 - t1;
        }
      result->snapshot[z] = stats_of (values, RUNS);
      result->render[z] = stats_of (render_values, RUNS);

      set_zoom (tl, &zooms[z]);
      atlas_timeline_view_get_visible_range (tl, &first, &last);
      for (guint run = 0; run < RUNS; run++)
        {
          double t0 = now_ms ();
          guint found = 0;

          for (guint i = 0; i < HITS_PER_RUN; i++)
            {
              double x = g_rand_double_range (rand, 0, width);
              double y = g_rand_double_range (rand, 30, height);

              found += atlas_timeline_view_event_at (tl, x, y) != NULL;
            }
          hit_values[run] = (now_ms () - t0) * 1000.0 / HITS_PER_RUN;
          (void) found;
        }
      result->hit_us[z] = stats_of (hit_values, RUNS);
    }

  /* Next: the whole path of the Right key, from the middle of the KB */
  set_zoom (tl, &zooms[1]);
  for (guint run = 0; run < RUNS; run++)
    {
      double t0;

      /* Far enough from the end that every step moves */
      atlas_session_jump_to_date (session, atlas_date_from_ymd (2016, 6, 1));
      t0 = now_ms ();

      for (guint i = 0; i < NEXT_PER_RUN; i++)
        gtk_widget_activate_action (view, "timeline.next", NULL);
      values[run] = (now_ms () - t0) * 1000.0 / NEXT_PER_RUN;
    }
  result->next_us = stats_of (values, RUNS);

  atlas_timeline_view_set_session (tl, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
print_row (const char  *label,
           const Stats *a,
           const Stats *b,
           const char  *unit)
{
  g_autofree char *left = g_strdup_printf ("%.3f (%.3f–%.3f)", a->median, a->min, a->max);
  g_autofree char *right = g_strdup_printf ("%.3f (%.3f–%.3f)", b->median, b->min, b->max);

  g_print ("%-28s %-4s %-26s %-26s %8.1f×\n", label, unit, left, right, b->median / MAX (a->median, 1e-9));
}

int
main (int   argc,
      char *argv[])
{
  Result small = { 0, }, large = { 0, };
  gboolean over_budget = FALSE;

  if (!gtk_init_check ())
    {
      g_printerr ("No display: run under xvfb-run\n");
      return 77;
    }

  measure (1000, &small);
  measure (100000, &large);

  g_print ("\nAtlasTimelineView, 1600×220, GSK_RENDERER=%s, medians (min–max) over %u runs\n\n",
           g_getenv ("GSK_RENDERER") ? g_getenv ("GSK_RENDERER") : "default", RUNS);
  g_print ("%-28s %-4s %-26s %-26s %9s\n", "", "", "1,000 events", "100,000 events", "100k/1k");
  g_print ("%-28s %-4s %-26.3f %-26.3f %8.1f×\n", "load KB (once)", "ms", small.load_ms, large.load_ms,
           large.load_ms / small.load_ms);

  for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
    {
      g_autofree char *snap = g_strdup_printf ("snapshot, %s", zooms[z].name);
      g_autofree char *render = g_strdup_printf ("render (cairo), %s", zooms[z].name);
      g_autofree char *hit = g_strdup_printf ("hit-test, %s", zooms[z].name);

      print_row (snap, &small.snapshot[z], &large.snapshot[z], "ms");
      print_row (render, &small.render[z], &large.render[z], "ms");
      print_row (hit, &small.hit_us[z], &large.hit_us[z], "µs");

      if (z > 0 && large.snapshot[z].median > BUDGET_MS)
        {
          g_print ("  OVER BUDGET: median snapshot at 100,000 events, %s: %.2f ms > %.0f ms\n",
                   zooms[z].name, large.snapshot[z].median, BUDGET_MS);
          over_budget = TRUE;
        }
    }
  print_row ("next event (timeline.next)", &small.next_us, &large.next_us, "µs");

  g_print ("\nBudget: median snapshot at 100,000 events under %.0f ms for one year and one week: %s\n",
           BUDGET_MS, over_budget ? "BLOWN" : "met");

  return over_budget ? 1 : 0;
}

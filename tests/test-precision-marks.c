/* test-precision-marks.c: the timeline tells approximate dates without colour
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-precision-marks"

#include "config.h"

#include <math.h>

#include "atlas-test-gtk.h"
#include "atlas-test-kb.h"
#include "atlas-timeline-view.h"

/* Two pairs of events of one type over the same days: known to the day, or only to some days
 * ("days"), or to the month */
#define PRECISION_KB ATLAS_TEST_KB_HEAD " \"casualties\": [], \"events\": [" \
  "{\"id\": \"exact\", \"date\": \"2016-09-10\", \"end_date\": \"2016-09-16\", \"date_precision\": \"day\", " \
  "\"type\": \"ceasefire\", \"title\": \"x\", \"places\": [], " ATLAS_TEST_KB_SOURCE "}," \
  "{\"id\": \"days\", \"date\": \"2016-09-10\", \"end_date\": \"2016-09-16\", \"date_precision\": \"days\", " \
  "\"type\": \"ceasefire\", \"title\": \"y\", \"places\": [], " ATLAS_TEST_KB_SOURCE "}," \
  "{\"id\": \"month-exact\", \"date\": \"2016-10-01\", \"end_date\": \"2016-10-31\", \"date_precision\": \"day\", " \
  "\"type\": \"ceasefire\", \"title\": \"z\", \"places\": [], " ATLAS_TEST_KB_SOURCE "}," \
  "{\"id\": \"month\", \"date\": \"2016-10-01\", \"date_precision\": \"month\", " \
  "\"type\": \"ceasefire\", \"title\": \"w\", \"places\": [], " ATLAS_TEST_KB_SOURCE "}]}"

/* How dark the pixel is, 0 to 1: the ink on the light background, whatever its colour */
static double
ink (const guchar *pixels,
     gsize         stride,
     int           x,
     int           y)
{
  guint32 p = *(const guint32 *) (pixels + y * stride + x * 4);
  double r = ((p >> 16) & 0xff) / 255.0, g = ((p >> 8) & 0xff) / 255.0, b = (p & 0xff) / 255.0;

  return 1.0 - (0.2126 * r + 0.7152 * g + 0.0722 * b);
}

/* How much the greys of two marks differ, over the box of the first one (both are as large):
 * the ink only one has over the ink either has */
static double
grey_difference (GtkWidget    *view,
                 GtkWidget    *window,
                 const guchar *pixels,
                 gsize         stride,
                 AtlasKb      *kb,
                 const char   *id_a,
                 const char   *id_b)
{
  graphene_rect_t a, b;
  graphene_point_t pa, pb;
  double only = 0, either = 0;

  g_assert_true (atlas_timeline_view_get_event_bounds (ATLAS_TIMELINE_VIEW (view), atlas_kb_lookup_event (kb, id_a), &a));
  g_assert_true (atlas_timeline_view_get_event_bounds (ATLAS_TIMELINE_VIEW (view), atlas_kb_lookup_event (kb, id_b), &b));
  g_assert_cmpfloat (fabs (a.origin.x - b.origin.x), <, 1);
  g_assert_cmpfloat (fabs (a.size.width - b.size.width), <, 1);
  g_assert_true (gtk_widget_compute_point (view, window, &a.origin, &pa));
  g_assert_true (gtk_widget_compute_point (view, window, &b.origin, &pb));

  for (int y = -1; y <= (int) a.size.height + 1; y++)
    for (int x = 0; x < (int) a.size.width; x++)
      {
        double ia = ink (pixels, stride, (int) pa.x + x, (int) pa.y + y);
        double ib = ink (pixels, stride, (int) pb.x + x, (int) pb.y + y);

        only += fabs (ia - ib);
        either += MAX (ia, ib);
      }

  return either > 0 ? only / either : 0;
}

/* A span known only to some days, or to the month, differs in grey from one known to the day
 * over the same days: by its dashed edges and fading ends, not by its colour (issue 8) */
static void
test_differ_in_grey (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_string (PRECISION_KB);
  g_autoptr(AtlasSession) session = atlas_session_new ();
  GtkWidget *view = atlas_timeline_view_new ();
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  g_autofree guchar *pixels = NULL;
  double days, month;
  gsize stride;

  atlas_session_set_kb (session, kb);
  atlas_timeline_view_set_session (ATLAS_TIMELINE_VIEW (view), session);
  /* Lanes of two rows, one per mark: both spans are in the ceasefire lane, on the same days */
  gtk_window_set_default_size (window, 900, 260);
  gtk_window_set_child (window, view);
  gtk_window_present (window);
  atlas_test_wait_until (atlas_test_widget_is_drawn, view);
  atlas_timeline_view_set_visible_range (ATLAS_TIMELINE_VIEW (view), atlas_date_from_ymd (2016, 9, 1),
                                         atlas_date_from_ymd (2016, 11, 10));
  atlas_test_wait_for_frame (view);

  pixels = atlas_test_render_window (window, &stride);
  days = grey_difference (view, GTK_WIDGET (window), pixels, stride, kb, "exact", "days");
  month = grey_difference (view, GTK_WIDGET (window), pixels, stride, kb, "month-exact", "month");
  g_test_message ("day / days: %.2f; day / month: %.2f", days, month);
  g_assert_cmpfloat (days, >=, 0.2);
  g_assert_cmpfloat (month, >=, 0.2);

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  if (!atlas_test_init_gtk_or_skip ())
    return 0;

  g_test_add_func ("/precision-marks/differ-in-grey", test_differ_in_grey);

  return g_test_run ();
}

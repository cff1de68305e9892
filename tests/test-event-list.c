/* test-event-list.c: the events list as it is drawn
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-event-list"

#include "config.h"

#include <math.h>

#include "atlas-event-list.h"
#include "atlas-test-gtk.h"
#include "atlas-test-kb.h"

typedef struct
{
  AtlasKb      *kb;
  AtlasSession *session;
  GtkWindow    *window;
  GtkWidget    *list;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->kb = atlas_test_load_shipped_kb ();
  f->session = atlas_session_new ();
  atlas_session_set_kb (f->session, f->kb);

  f->list = atlas_event_list_new ();
  atlas_event_list_set_session (ATLAS_EVENT_LIST (f->list), f->session);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 400, 600);
  gtk_window_set_child (f->window, f->list);
  gtk_window_present (f->window);
  atlas_test_wait_until (atlas_test_widget_is_drawn, f->list);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->session);
  g_clear_object (&f->kb);
}

/* The first event of @type in the KB */
static AtlasEvent *
find_event_of_type (Fixture    *f,
                    const char *type)
{
  GListModel *events = atlas_kb_get_events (f->kb);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(AtlasEvent) event = g_list_model_get_item (events, i);

      if (g_strcmp0 (atlas_event_get_event_type (event), type) == 0)
        return event;
    }
  g_assert_not_reached ();
}

typedef struct
{
  Fixture    *f;
  AtlasEvent *event;
  GtkWidget  *row;
} RowWait;

/* Whether @wait's event has a row on screen, and which */
static gboolean
row_is_shown (RowWait *wait)
{
  g_autoptr(GPtrArray) boxes = g_ptr_array_new ();

  wait->row = NULL;
  atlas_test_collect_descendants (wait->f->list, GTK_TYPE_BOX, boxes);
  for (guint i = 0; i < boxes->len; i++)
    if (g_object_get_data (boxes->pdata[i], "atlas-event") == wait->event &&
        gtk_widget_get_mapped (boxes->pdata[i]))
      wait->row = boxes->pdata[i];
  return wait->row != NULL;
}

/* The window's pixel at (@x, @y) of @widget, 0..1 */
static void
read_pixel (const guchar *pixels,
            gsize         stride,
            GtkWidget    *window,
            GtkWidget    *widget,
            double        x,
            double        y,
            double        rgb[3])
{
  graphene_point_t point;
  guint32 p;

  g_assert_true (gtk_widget_compute_point (widget, window, &GRAPHENE_POINT_INIT (x, y), &point));
  p = *(const guint32 *) (pixels + (gsize) point.y * stride + (gsize) point.x * 4);
  rgb[0] = ((p >> 16) & 0xff) / 255.0;
  rgb[1] = ((p >> 8) & 0xff) / 255.0;
  rgb[2] = (p & 0xff) / 255.0;
}

/* WCAG 2's contrast ratio of two colours, as the test measures them: the app's own
 * arithmetic is not what is checked */
static double
contrast_ratio (const double a[3],
                const double b[3])
{
  const double *colours[2] = { a, b };
  double l[2];

  for (guint c = 0; c < 2; c++)
    {
      l[c] = 0;
      for (guint i = 0; i < 3; i++)
        {
          double v = colours[c][i];

          v = v <= 0.03928 ? v / 12.92 : pow ((v + 0.055) / 1.055, 2.4);
          l[c] += (double[]) { 0.2126, 0.7152, 0.0722 }[i] * v;
        }
    }

  return (MAX (l[0], l[1]) + 0.05) / (MIN (l[0], l[1]) + 0.05);
}

/* The colours of @row's glyph, at its centre (every glyph covers it), and of the row beside
 * it (left of the swatch is the row's padding), as drawn now */
static void
read_glyph (Fixture   *f,
            GtkWidget *row,
            double     glyph[3],
            double     background[3])
{
  GtkWidget *swatch = gtk_widget_get_first_child (row);
  g_autofree guchar *pixels = NULL;
  gsize stride;
  int height;

  g_assert_true (GTK_IS_DRAWING_AREA (swatch));
  atlas_test_wait_for_frame (f->list);
  pixels = atlas_test_render_window (f->window, &stride);
  height = gtk_widget_get_height (swatch);
  read_pixel (pixels, stride, GTK_WIDGET (f->window), swatch, gtk_widget_get_width (swatch) / 2.0,
              height / 2.0, glyph);
  read_pixel (pixels, stride, GTK_WIDGET (f->window), swatch, -4, height / 2.0, background);
}

/* On the selected row, each type's glyph keeps 3:1 against the selection's background:
 * Adwaita's selection is blue, as the ceasefire's glyph is */
static void
test_selected_glyph (Fixture       *f,
                     gconstpointer  data)
{
  const char *types[] = { "ceasefire", "bombardment", "humanitarian" };

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      RowWait wait = { f, find_event_of_type (f, types[t]), NULL };
      double glyph[3], background[3], ratio;

      atlas_session_set_selected_event (f->session, wait.event);
      atlas_test_wait_until (row_is_shown, &wait);
      /* The row's list item is what GTK marks selected */
      g_assert_true (gtk_widget_get_state_flags (gtk_widget_get_parent (wait.row)) & GTK_STATE_FLAG_SELECTED);

      atlas_test_save_screenshot (GTK_WIDGET (f->window), "event-list-selected.png");
      read_glyph (f, wait.row, glyph, background);
      ratio = contrast_ratio (glyph, background);
      g_test_message ("%s: glyph #%02x%02x%02x on #%02x%02x%02x, %.2f:1", types[t],
                      (int) (glyph[0] * 255 + 0.5), (int) (glyph[1] * 255 + 0.5), (int) (glyph[2] * 255 + 0.5),
                      (int) (background[0] * 255 + 0.5), (int) (background[1] * 255 + 0.5),
                      (int) (background[2] * 255 + 0.5), ratio);
      g_assert_cmpfloat (ratio, >=, 3.0);
    }
}

/* A row no longer selected shows its type's colour again */
static void
test_unselected_glyph (Fixture       *f,
                       gconstpointer  data)
{
  RowWait wait = { f, find_event_of_type (f, "ceasefire"), NULL };
  double selected[3], glyph[3], background[3];
  gboolean same = TRUE;

  atlas_session_set_selected_event (f->session, wait.event);
  atlas_test_wait_until (row_is_shown, &wait);
  read_glyph (f, wait.row, selected, background);

  atlas_session_set_selected_event (f->session, NULL);
  g_assert_false (gtk_widget_get_state_flags (gtk_widget_get_parent (wait.row)) & GTK_STATE_FLAG_SELECTED);
  read_glyph (f, wait.row, glyph, background);

  for (guint c = 0; c < 3; c++)
    same = same && fabs (glyph[c] - selected[c]) < 0.1;
  g_assert_false (same);
  g_assert_cmpfloat (contrast_ratio (glyph, background), >=, 3.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_bug_base ("https://github.com/aleppoatlas/aleppo-atlas/issues/");

  if (!atlas_test_init_gtk_or_skip ())
    return 0;

  g_test_add ("/event-list/selected-glyph", Fixture, NULL, fixture_set_up, test_selected_glyph, fixture_tear_down);
  g_test_add ("/event-list/unselected-glyph", Fixture, NULL, fixture_set_up, test_unselected_glyph, fixture_tear_down);

  return g_test_run ();
}

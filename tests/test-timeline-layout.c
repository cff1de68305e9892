/* test-timeline-layout.c: the timeline's layout and time ruler, with numbers and no display
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Links the GUI library but never initialises GTK: AtlasTimelineLayout includes no GTK header,
 * and choosing the ruler's ticks is arithmetic on label widths given here, not measured in a
 * font. The geometry below is worked out by hand from the rules in atlas-timeline-layout.c.
 */

#define G_LOG_DOMAIN "test-timeline-layout"

#include "config.h"

#include <math.h>
#include <string.h>

#include "atlas-test-kb.h"
#include "atlas-time-ruler.h"
#include "atlas-timeline-layout.h"
#include "atlas-vocabulary.h"


/* Three statements on 2 October (c, a, b in the file), a bombardment the day after, a
 * month-precision event in August and an aid convoy on 20 October: in date order aug, c, a,
 * b, raid, later */
#define ROWS_KB ATLAS_TEST_KB_HEAD \
  " \"casualties\": [], \"events\": [" \
  "  {\"id\": \"c\", \"date\": \"2016-10-02\", \"date_precision\": \"day\", \"type\": \"statement\", \"title\": \"c\", \"places\": [], " ATLAS_TEST_KB_SOURCE "}," \
  "  {\"id\": \"a\", \"date\": \"2016-10-02\", \"date_precision\": \"day\", \"type\": \"statement\", \"title\": \"a\", \"places\": [], " ATLAS_TEST_KB_SOURCE "}," \
  "  {\"id\": \"b\", \"date\": \"2016-10-02\", \"date_precision\": \"day\", \"type\": \"statement\", \"title\": \"b\", \"places\": [], " ATLAS_TEST_KB_SOURCE "}," \
  "  {\"id\": \"raid\", \"date\": \"2016-10-03\", \"date_precision\": \"day\", \"type\": \"bombardment\", \"title\": \"raid\", \"places\": [], " ATLAS_TEST_KB_SOURCE "}," \
  "  {\"id\": \"aug\", \"date\": \"2016-08-01\", \"date_precision\": \"month\", \"type\": \"diplomacy\", \"title\": \"aug\", \"places\": [], " ATLAS_TEST_KB_SOURCE "}," \
  "  {\"id\": \"later\", \"date\": \"2016-10-20\", \"date_precision\": \"day\", \"type\": \"humanitarian\", \"title\": \"later\", \"places\": [], " ATLAS_TEST_KB_SOURCE "}" \
  "]}"

/* @n_types lanes: the layout is given its types, so the tests can give it many more than the
 * vocabulary has */
static AtlasEventTypeInfo *
make_types (guint n_types)
{
  guint n_real;
  const AtlasTerm *real = atlas_vocabulary_get_terms (ATLAS_VOCABULARY_EVENT_TYPE, &n_real);
  AtlasEventTypeInfo *types = g_new0 (AtlasEventTypeInfo, n_types);
  guint n_fillers = n_types - MIN (n_types, n_real);

  /* Made-up types first, then the real ones: the real types get the last lanes */
  for (guint i = 0; i < n_types; i++)
    {
      if (i < n_fillers)
        {
          g_autofree char *id = g_strdup_printf ("made-up-%u", i);
          types[i].id = g_intern_string (id);
        }
      else
        types[i].id = real[i - n_fillers].id;
    }
  return types;
}

static AtlasTimelineLayout *
layout_for (AtlasKb                  *kb,
            const AtlasEventTypeInfo *types,
            guint                     n_types)
{
  AtlasTimelineLayout *layout = atlas_timeline_layout_new ();

  atlas_timeline_layout_set_kb (layout, kb, types, n_types);
  return layout;
}

static guint
mark_of (AtlasTimelineLayout *layout,
         AtlasKb             *kb,
         const char          *id)
{
  guint mark = atlas_timeline_layout_find_mark (layout, atlas_kb_lookup_event (kb, id));

  g_assert_cmpuint (mark, !=, G_MAXUINT);
  return mark;
}

static double
sum_buckets (AtlasTimelineLayout *layout,
             guint                lane,
             guint                half)
{
  double sum = 0;

  for (guint b = 0; b < layout->n_buckets; b++)
    sum += layout->buckets[(lane * layout->n_buckets + b) * 2 + half];
  return sum;
}

/* Lanes, rows, the plot and the mapping between days and x */
static void
test_geometry (void)
{
  g_autofree AtlasEventTypeInfo *types = make_types (7);
  g_autoptr(AtlasKb) kb = atlas_test_load_string (ROWS_KB);
  g_autoptr(AtlasTimelineLayout) layout = layout_for (kb, types, 7);
  AtlasDate oct1 = atlas_date_from_ymd (2016, 10, 1);
  const AtlasTimelineGeometry *geo = &layout->geo;

  g_assert_cmpuint (layout->marks->len, ==, 6);
  g_assert_cmpuint (layout->n_type_lanes, ==, 7);
  g_assert_false (layout->has_figures);
  /* The month event covers all of August; the convoy ends the day after it */
  g_assert_cmpuint (layout->kb_first, ==, atlas_date_from_ymd (2016, 8, 1));
  g_assert_cmpuint (layout->kb_last, ==, atlas_date_from_ymd (2016, 10, 21));

  /* 180 px, no casualty band: lanes from 34 to 176, 142 / 7 ≥ 13 px, a lane per type */
  /* 1 October is in the gap before the statements: keep time continuous here */
  atlas_timeline_layout_set_compress (layout, FALSE);
  atlas_timeline_layout_set_view (layout, oct1, oct1 + 10);
  atlas_timeline_layout_ensure (layout, 1024, 180);
  g_assert_false (geo->packed);
  g_assert_cmpuint (geo->n_lanes, ==, 7);
  g_assert_cmpuint (geo->n_rows, ==, 1);
  g_assert_cmpfloat (geo->plot_x0, ==, 132.f);
  g_assert_cmpfloat (geo->plot_w, ==, 1024.f - 132.f - 12.f);
  g_assert_cmpfloat (geo->lanes_y0, ==, 34.f);
  g_assert_cmpfloat_with_epsilon (geo->lane_h, 142.f / 7, 1e-4);
  g_assert_cmpfloat (geo->mark_h, ==, 14.f);

  /* 880 px for 10 days */
  g_assert_cmpfloat_with_epsilon (atlas_timeline_layout_pixels_per_day (layout), 88.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (atlas_timeline_layout_day_to_x (layout, oct1), 132.0, 1e-3);
  g_assert_cmpfloat_with_epsilon (atlas_timeline_layout_day_to_x (layout, oct1 + 5), 572.0, 1e-3);
  g_assert_cmpfloat_with_epsilon (atlas_timeline_layout_x_to_day (layout, 572.0), oct1 + 5.0, 1e-9);

  /* 120 px: 82 / 7 < 13 px, so every type shares six rows, with a narrower gutter */
  atlas_timeline_layout_ensure (layout, 1024, 120);
  g_assert_true (geo->packed);
  g_assert_cmpuint (geo->n_lanes, ==, 1);
  g_assert_cmpuint (geo->n_rows, ==, 6);
  g_assert_cmpfloat (geo->plot_x0, ==, 86.f);
  g_assert_cmpfloat (geo->plot_w, ==, 1024.f - 86.f - 12.f);

  /* Whatever the height, rows are never split so thin that titles stop being drawn while one
   * row per lane would hold them: a header a few pixels taller (Arabic) lost every title */
  for (int height = 60; height <= 400; height++)
    {
      atlas_timeline_layout_ensure (layout, 1024, height);
      if (geo->lane_h >= ATLAS_TIMELINE_MIN_LABEL_ROW_H)
        g_assert_cmpfloat (geo->row_h, >=, ATLAS_TIMELINE_MIN_LABEL_ROW_H);
    }
}

/* The view stays near the KB and within sensible spans */
static void
test_view (void)
{
  g_autofree AtlasEventTypeInfo *types = make_types (7);
  g_autoptr(AtlasKb) kb = atlas_test_load_string (ROWS_KB);
  g_autoptr(AtlasTimelineLayout) layout = layout_for (kb, types, 7);
  AtlasDate aug1 = atlas_date_from_ymd (2016, 8, 1);
  AtlasDate oct21 = atlas_date_from_ymd (2016, 10, 21);
  double span = oct21 - aug1;

  /* Continuous time here: the compressed scale has tests of its own below */
  atlas_timeline_layout_set_compress (layout, FALSE);
  atlas_timeline_layout_ensure (layout, 1024, 180);

  /* Fitted: the KB and 3 % on each side */
  atlas_timeline_layout_zoom_to_fit (layout);
  g_assert_cmpfloat_with_epsilon (layout->view_start, aug1 - span * 0.03, 1e-9);
  g_assert_cmpfloat_with_epsilon (layout->view_end, oct21 + span * 0.03, 1e-9);

  /* Never less than three days */
  atlas_timeline_layout_set_view (layout, aug1, aug1 + 1);
  g_assert_cmpfloat_with_epsilon (layout->view_end - layout->view_start, 3.0, 1e-9);

  /* Never more than the KB and its margins, and never away from the events (issue 7) */
  atlas_timeline_layout_set_view (layout, aug1 - 10000, aug1 + 10000);
  g_assert_cmpfloat_with_epsilon (layout->view_start, aug1 - span * 0.03, 1e-9);
  g_assert_cmpfloat_with_epsilon (layout->view_end, oct21 + span * 0.03, 1e-9);
  atlas_timeline_layout_set_view (layout, aug1 + 5000, aug1 + 5010);
  g_assert_cmpfloat_with_epsilon (layout->view_end, oct21 + span * 0.03, 1e-9);
  g_assert_cmpfloat_with_epsilon (layout->view_end - layout->view_start, 10, 1e-9);
  atlas_timeline_layout_set_view (layout, aug1 - 5000, aug1 - 4990);
  g_assert_cmpfloat_with_epsilon (layout->view_start, aug1 - span * 0.03, 1e-9);

  /* Zooming keeps the day under the anchor where it was */
  atlas_timeline_layout_set_view (layout, aug1, aug1 + 40);
  atlas_timeline_layout_ensure (layout, 1024, 180);
  {
    double x = 300;
    double day = atlas_timeline_layout_x_to_day (layout, x);

    atlas_timeline_layout_zoom (layout, 4, x);
    g_assert_cmpfloat_with_epsilon (layout->view_end - layout->view_start, 10.0, 1e-9);
    g_assert_cmpfloat_with_epsilon (atlas_timeline_layout_x_to_day (layout, x), day, 1e-9);
  }
}

/* The shipped KB opens on its events: February, a compressed gap, September–October; and
 * stepping to any event never shows the months before the first one (issue 7) */
static void
test_opens_on_events (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_shipped_kb ();
  guint n_types;
  const AtlasEventTypeInfo *types = atlas_event_types_get (&n_types);
  g_autoptr(AtlasTimelineLayout) layout = layout_for (kb, types, n_types);
  double feb_x, sep_x;

  atlas_timeline_layout_ensure (layout, 1014, 155);
  atlas_timeline_layout_zoom_to_fit (layout);
  atlas_timeline_layout_ensure (layout, 1014, 155);

  /* From a day or two before the first event to a day or two after the last */
  g_assert_cmpfloat (layout->view_start, >=, layout->kb_first - 2);
  g_assert_cmpfloat (layout->view_start, <=, layout->kb_first);
  g_assert_cmpfloat (layout->view_end, <=, layout->kb_last + 2);
  g_assert_cmpfloat (layout->view_end, >=, layout->kb_last);

  /* One compressed gap, March to August, a small part of the width */
  g_assert_cmpuint (layout->scale.n_gaps, ==, 1);
  g_assert_cmpfloat (layout->scale.gaps[0].start, <=, atlas_date_from_ymd (2016, 3, 1));
  g_assert_cmpfloat (layout->scale.gaps[0].end, >=, atlas_date_from_ymd (2016, 9, 1));
  feb_x = atlas_timeline_layout_day_to_x (layout, layout->scale.gaps[0].start);
  sep_x = atlas_timeline_layout_day_to_x (layout, layout->scale.gaps[0].end);
  g_assert_cmpfloat (sep_x - feb_x, <, layout->geo.plot_w * 0.2);
  g_assert_cmpfloat (sep_x - feb_x, >, 40);

  /* Zoomed in on October, stepping to the first event shows it, and nothing before the data */
  atlas_timeline_layout_set_view (layout, atlas_date_from_ymd (2016, 10, 1), atlas_date_from_ymd (2016, 10, 11));
  atlas_timeline_layout_scroll_to_mark (layout, 0);
  g_assert_cmpfloat (layout->view_start, >=, layout->kb_first - 2);
  g_assert_cmpfloat (layout->view_start, <=, atlas_timeline_layout_get_mark (layout, 0)->start);
  g_assert_cmpfloat (layout->view_end, >, atlas_timeline_layout_get_mark (layout, 0)->end);

  /* Also with continuous time */
  atlas_timeline_layout_set_compress (layout, FALSE);
  g_assert_cmpuint (layout->scale.n_gaps, ==, 0);
  atlas_timeline_layout_set_view (layout, atlas_date_from_ymd (2016, 10, 1), atlas_date_from_ymd (2016, 10, 11));
  atlas_timeline_layout_scroll_to_mark (layout, 0);
  g_assert_cmpfloat (layout->view_start, >=, layout->kb_first - 10);
  atlas_timeline_layout_zoom_to_fit (layout);
  g_assert_cmpfloat (layout->view_start, <=, layout->kb_first);
  g_assert_cmpfloat (layout->view_end, >=, layout->kb_last);
  g_assert_cmpfloat (layout->view_end - layout->view_start, <, 1.1 * (layout->kb_last - layout->kb_first));
}

/* The x ↔ date mapping follows the compressed scale, and hit-testing with it: a date in the
 * gap maps into the gap, and the gap has no event to hit */
static void
test_compressed_mapping (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_shipped_kb ();
  guint n_types;
  const AtlasEventTypeInfo *types = atlas_event_types_get (&n_types);
  g_autoptr(AtlasTimelineLayout) layout = layout_for (kb, types, n_types);
  AtlasDate june1 = atlas_date_from_ymd (2016, 6, 1);
  float x_june;

  atlas_timeline_layout_ensure (layout, 1014, 155);
  atlas_timeline_layout_zoom_to_fit (layout);
  atlas_timeline_layout_ensure (layout, 1014, 155);

  x_june = atlas_timeline_layout_day_to_x (layout, june1);
  g_assert_cmpfloat (x_june, >, atlas_timeline_layout_day_to_x (layout, layout->scale.gaps[0].start));
  g_assert_cmpfloat (x_june, <, atlas_timeline_layout_day_to_x (layout, layout->scale.gaps[0].end));
  g_assert_cmpfloat_with_epsilon (atlas_timeline_layout_x_to_day (layout, x_june), june1, 1e-3);
  for (float y = 0; y < 155; y += 3)
    g_assert_null (atlas_timeline_layout_event_at (layout, x_june, y));

  /* Every mark is where its date maps, and is found there */
  for (guint i = 0; i < layout->items->len; i++)
    {
      const AtlasTimelineItem *item = atlas_timeline_layout_get_item (layout, i);
      const AtlasTimelineMark *mark = atlas_timeline_layout_get_mark (layout, item->mark);

      if (item->kind != ATLAS_ITEM_MARK || (mark->flags & (ATLAS_MARK_SPAN | ATLAS_MARK_MONTH | ATLAS_MARK_APPROX_DAY)))
        continue;
      g_assert_cmpfloat_with_epsilon ((item->x0 + item->x1) / 2, atlas_timeline_layout_day_to_x (layout, mark->date + 0.5), 1e-3);
    }
}

/* 6.5 px a character, about what the timeline's small font takes: no font, the same on every
 * machine */
static float
measure_by_length (AtlasEvent *event,
                   gpointer    user_data)
{
  return 6.5f * g_utf8_strlen (atlas_event_get_title (event), -1);
}

static gboolean
row_is_free (AtlasTimelineLayout     *layout,
             const AtlasTimelineItem *for_item,
             float                    row_y0,
             float                    x0,
             float                    x1)
{
  for (guint j = 0; j < layout->items->len; j++)
    {
      const AtlasTimelineItem *other = atlas_timeline_layout_get_item (layout, j);
      float other_end = other->x1;

      if (other == for_item || other->kind != ATLAS_ITEM_MARK || fabsf (other->y0 - row_y0) > 0.5f)
        continue;
      /* Where the other mark and the part of its title drawn end */
      other_end += MIN (atlas_timeline_layout_get_label_width (layout, other->mark) + 6.f, other->label_room);
      if (other->x0 < x1 && other_end > x0)
        return FALSE;
    }
  return TRUE;
}

/* How many titles are whole when the rows are chosen for the marks alone, as they were */
static guint
count_whole_without_titles (AtlasKb *kb,
                            int      width)
{
  guint n_types, n_whole = 0;
  const AtlasEventTypeInfo *types = atlas_event_types_get (&n_types);
  g_autoptr(AtlasTimelineLayout) layout = layout_for (kb, types, n_types);

  atlas_timeline_layout_ensure (layout, width, 155);
  atlas_timeline_layout_zoom_to_fit (layout);
  atlas_timeline_layout_ensure (layout, width, 155);
  for (guint i = 0; i < layout->items->len; i++)
    {
      const AtlasTimelineItem *item = atlas_timeline_layout_get_item (layout, i);

      if (item->kind == ATLAS_ITEM_MARK &&
          item->label_room >= measure_by_length (atlas_timeline_layout_get_mark (layout, item->mark)->event, NULL) + 6.f)
        n_whole++;
    }
  return n_whole;
}

/* Titles are cut only when no row has room for them whole: at the width of the timeline in a
 * 1024 × 600 window (and under the map only, 550 px), with the shipped KB (issue 7) */
static void
test_titles_whole (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_shipped_kb ();
  guint n_types;
  const AtlasEventTypeInfo *types = atlas_event_types_get (&n_types);
  g_autoptr(AtlasTimelineLayout) layout = layout_for (kb, types, n_types);
  const int widths[] = { 1014, 550 };

  atlas_timeline_layout_set_measure_func (layout, measure_by_length, NULL);

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      const AtlasTimelineGeometry *geo = &layout->geo;
      guint n_whole = 0, n_marks = 0;

      atlas_timeline_layout_ensure (layout, widths[w], 155);
      atlas_timeline_layout_zoom_to_fit (layout);
      atlas_timeline_layout_ensure (layout, widths[w], 155);
      g_assert_false (layout->density);
      g_assert_cmpfloat (geo->row_h, >=, ATLAS_TIMELINE_MIN_LABEL_ROW_H);

      for (guint i = 0; i < layout->items->len; i++)
        {
          const AtlasTimelineItem *item = atlas_timeline_layout_get_item (layout, i);
          float need = atlas_timeline_layout_get_label_width (layout, item->mark) + 6.f;
          float lane_y = geo->lanes_y0 + item->lane * geo->lane_h;

          if (item->kind != ATLAS_ITEM_MARK)
            continue;
          n_marks++;
          if (item->label_room >= need)
            {
              n_whole++;
              continue;
            }

          /* Cut: then no other row of the lane had the mark and its whole title free */
          for (guint row = 0; row < geo->n_rows; row++)
            {
              float row_y0 = lane_y + row * geo->row_h + (geo->row_h - geo->mark_h) / 2.f;

              if (fabsf (row_y0 - item->y0) < 0.5f || item->x1 + need > geo->plot_x0 + geo->plot_w)
                continue;
              if (row_is_free (layout, item, row_y0, item->x0 - 2.f, item->x1 + need))
                g_error ("“%s” is cut at %d px though row %u has room for it whole",
                         atlas_event_get_title (atlas_timeline_layout_get_mark (layout, item->mark)->event),
                         widths[w], row);
            }
        }
      /* And at least as many whole as when rows were chosen for the marks alone */
      g_test_message ("%d px: %u of %u titles whole, %u before", widths[w], n_whole, n_marks,
                      count_whole_without_titles (kb, widths[w]));
      g_assert_cmpuint (n_whole, >=, count_whole_without_titles (kb, widths[w]));
      /* Where the 1024 × 600 window has room for some, strictly more */
      if (widths[w] == 1014)
        g_assert_cmpuint (n_whole, >, count_whole_without_titles (kb, widths[w]));
    }
}

/* The casualty strip's scale: round ticks, a top that is one of them */
static void
test_figure_scale (void)
{
  struct { double top, scale_top, step; } cases[] = {
    { 27, 30, 10 }, { 1, 4, 1 }, { 0, 4, 1 }, { 9, 10, 5 }, { 12, 15, 5 }, { 300, 300, 100 }, { 1234, 1500, 500 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double scale_top, step;

      atlas_timeline_layout_choose_figure_scale (cases[i].top, &scale_top, &step);
      g_assert_cmpfloat (scale_top, ==, cases[i].scale_top);
      g_assert_cmpfloat (step, ==, cases[i].step);
    }
}

/* Which casualty bar is under the pointer: one slot per count, in the order of the KB */
static void
test_casualty_at (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_shipped_kb ();
  guint n_types;
  const AtlasEventTypeInfo *types = atlas_event_types_get (&n_types);
  g_autoptr(AtlasTimelineLayout) layout = layout_for (kb, types, n_types);
  AtlasEvent *raids = atlas_kb_lookup_event (kb, "e-2016-09-21-air-raids-aleppo-hama");
  GPtrArray *figures = atlas_kb_get_casualties_for_event (kb, raids);
  const AtlasTimelineItem *item;
  float slot, y;

  atlas_timeline_layout_ensure (layout, 1014, 155);
  atlas_timeline_layout_zoom_to_fit (layout);
  atlas_timeline_layout_ensure (layout, 1014, 155);
  g_assert_cmpfloat (layout->geo.band_h, >=, 48);
  g_assert_cmpfloat (layout->figure_top, ==, 30);

  item = atlas_timeline_layout_find_item (layout, atlas_timeline_layout_find_mark (layout, raids), ATLAS_ITEM_FIGURES);
  g_assert_nonnull (item);
  g_assert_cmpuint (item->count, ==, 2);
  slot = (item->x1 - item->x0 + 1) / 2;
  y = layout->geo.band_y0 + layout->geo.band_h - 2;

  g_assert_true (atlas_timeline_layout_casualty_at (layout, item->x0 + slot * 0.5f, y) == g_ptr_array_index (figures, 0));
  g_assert_true (atlas_timeline_layout_casualty_at (layout, item->x0 + slot * 1.5f, y) == g_ptr_array_index (figures, 1));
  /* Above the strip, or beside every bar: none */
  g_assert_null (atlas_timeline_layout_casualty_at (layout, item->x0 + slot * 0.5f, layout->geo.band_y0 - 20));
  g_assert_null (atlas_timeline_layout_casualty_at (layout, atlas_timeline_layout_day_to_x (layout, atlas_date_from_ymd (2016, 6, 1)), y));
}

/* Marks go in rows; what finds no row is folded into a "more here" cluster */
static void
test_rows_and_clusters (void)
{
  g_autofree AtlasEventTypeInfo *types = make_types (7);
  g_autoptr(AtlasKb) kb = atlas_test_load_string (ROWS_KB);
  g_autoptr(AtlasTimelineLayout) layout = layout_for (kb, types, 7);
  AtlasDate oct1 = atlas_date_from_ymd (2016, 10, 1);
  const AtlasTimelineItem *item;
  float lane_h = 142.f / 7;
  float statement_y = 34.f + 6 * lane_h;

  /* 1 October is in the gap before the statements: keep time continuous here */
  atlas_timeline_layout_set_compress (layout, FALSE);
  atlas_timeline_layout_set_view (layout, oct1, oct1 + 10);
  atlas_timeline_layout_ensure (layout, 1024, 180);
  g_assert_false (layout->density);

  /* One row: c (first in the file) gets it, a and b are one cluster of two. The raid has its
   * own lane. August is out of view. */
  g_assert_cmpuint (layout->items->len, ==, 3);

  item = atlas_timeline_layout_find_item (layout, mark_of (layout, kb, "c"), ATLAS_ITEM_MARK);
  g_assert_nonnull (item);
  /* One-day marks: centred on the day, 14 px wide (88 px a day, capped at the mark height) */
  g_assert_cmpfloat_with_epsilon (item->x0, 132 + 1.5 * 88 - 7, 1e-3);
  g_assert_cmpfloat_with_epsilon (item->x1, 132 + 1.5 * 88 + 7, 1e-3);
  g_assert_cmpfloat_with_epsilon (item->y0, statement_y + (lane_h - 14) / 2, 1e-3);
  g_assert_cmpuint (item->lane, ==, 6);

  item = atlas_timeline_layout_find_item (layout, mark_of (layout, kb, "a"), ATLAS_ITEM_CLUSTER);
  g_assert_nonnull (item);
  g_assert_cmpuint (item->count, ==, 2);
  g_assert_cmpuint (item->count_highlighted, ==, 0);
  g_assert_cmpfloat_with_epsilon (item->y1, statement_y + lane_h - 0.5f, 1e-3);
  g_assert_null (atlas_timeline_layout_find_item (layout, mark_of (layout, kb, "b"), ATLAS_ITEM_MARK));

  item = atlas_timeline_layout_find_item (layout, mark_of (layout, kb, "raid"), ATLAS_ITEM_MARK);
  g_assert_nonnull (item);
  g_assert_cmpuint (item->lane, ==, 0);
  g_assert_cmpfloat_with_epsilon (item->x0, 132 + 2.5 * 88 - 7, 1e-3);

  /* Sorted by x, for the hit-test's bisection */
  for (guint i = 1; i < layout->items->len; i++)
    g_assert_cmpfloat (atlas_timeline_layout_get_item (layout, i - 1)->x0, <=,
                       atlas_timeline_layout_get_item (layout, i)->x0);

  /* The selection always gets a mark, over its neighbours */
  atlas_timeline_layout_select_event (layout, atlas_kb_lookup_event (kb, "b"));
  atlas_timeline_layout_ensure (layout, 1024, 180);
  item = atlas_timeline_layout_find_item (layout, mark_of (layout, kb, "b"), ATLAS_ITEM_MARK);
  g_assert_nonnull (item);
  g_assert_true (item == atlas_timeline_layout_get_item (layout, layout->selected_item));

  /* 340 px: lanes of 302 / 7 px, three rows each, tall enough for titles; the three
   * statements stack up */
  atlas_timeline_layout_select_event (layout, NULL);
  atlas_timeline_layout_ensure (layout, 1024, 340);
  g_assert_cmpuint (layout->geo.n_rows, ==, 3);
  g_assert_cmpuint (layout->items->len, ==, 4);
  lane_h = 302.f / 7;
  for (guint row = 0; row < 3; row++)
    {
      const char *ids[] = { "c", "a", "b" };
      float row_h = lane_h / 3;

      item = atlas_timeline_layout_find_item (layout, mark_of (layout, kb, ids[row]), ATLAS_ITEM_MARK);
      g_assert_nonnull (item);
      g_assert_cmpfloat_with_epsilon (item->y0, 34.f + 6 * lane_h + row * row_h + 1.5f, 1e-3);
      g_assert_cmpfloat_with_epsilon (item->y1 - item->y0, row_h - 3.f, 1e-3);
    }
}

static void
test_hit_test (void)
{
  g_autofree AtlasEventTypeInfo *types = make_types (7);
  g_autoptr(AtlasKb) kb = atlas_test_load_string (ROWS_KB);
  g_autoptr(AtlasTimelineLayout) layout = layout_for (kb, types, 7);
  AtlasDate oct1 = atlas_date_from_ymd (2016, 10, 1);
  AtlasEvent *c = atlas_kb_lookup_event (kb, "c");
  AtlasEvent *a = atlas_kb_lookup_event (kb, "a");
  AtlasEvent *b = atlas_kb_lookup_event (kb, "b");
  float lane_h = 142.f / 7;
  float mark_y0 = 34.f + 6 * lane_h + (lane_h - 14) / 2;
  float x = 132 + 1.5 * 88;

  /* 1 October is in the gap before the statements: keep time continuous here */
  atlas_timeline_layout_set_compress (layout, FALSE);
  atlas_timeline_layout_set_view (layout, oct1, oct1 + 10);
  atlas_timeline_layout_ensure (layout, 1024, 180);

  g_assert_true (atlas_timeline_layout_event_at (layout, x, mark_y0 + 7) == c);
  g_assert_true (atlas_timeline_layout_event_at (layout, 132 + 2.5 * 88, 34.f + lane_h / 2) ==
                 atlas_kb_lookup_event (kb, "raid"));
  /* 3 px of slop around a mark, and no more */
  g_assert_true (atlas_timeline_layout_event_at (layout, x + 7 + 2.5, mark_y0 + 7) == c);
  g_assert_null (atlas_timeline_layout_event_at (layout, x + 7 + 3.5, mark_y0 + 7));
  g_assert_null (atlas_timeline_layout_event_at (layout, x, 20));
  g_assert_null (atlas_timeline_layout_event_at (layout, 100, mark_y0 + 7));
  /* Where the mark and the cluster under it both are, the mark wins; below it, the cluster */
  g_assert_true (atlas_timeline_layout_event_at (layout, x, mark_y0 + 14 + 1.5) == c);
  g_assert_true (atlas_timeline_layout_event_at (layout, x, 34.f + 7 * lane_h - 0.5) == a);

  /* The selection is drawn on top, and found first */
  atlas_timeline_layout_select_event (layout, b);
  atlas_timeline_layout_ensure (layout, 1024, 180);
  g_assert_true (atlas_timeline_layout_event_at (layout, x, mark_y0 + 7) == b);
}

/* Too many events for marks: per-lane bars that add up to the events in view */
static void
test_density (void)
{
  g_autofree AtlasEventTypeInfo *types = make_types (7);
  g_autoptr(AtlasKb) kb = atlas_test_dense_kb (6000);
  g_autoptr(AtlasSession) session = atlas_session_new ();
  g_autoptr(AtlasTimelineLayout) layout = layout_for (kb, types, 7);
  double total = 0;
  AtlasEvent *hit = NULL;

  atlas_timeline_layout_ensure (layout, 1024, 180);
  atlas_timeline_layout_zoom_to_fit (layout);
  atlas_timeline_layout_ensure (layout, 1024, 180);

  /* 7 lanes × 1 row × 880 px / 6 px is room for 1,026 marks */
  g_assert_true (layout->density);
  g_assert_cmpuint (layout->items->len, ==, 0);
  g_assert_cmpuint (layout->n_buckets, ==, 880 / 2 + 1);

  /* Nothing highlighted without a session: all of it in the dimmed half. An event of
   * uncertain date is spread over its month, but still counts once. */
  for (guint lane = 0; lane < 7; lane++)
    {
      g_assert_cmpfloat (sum_buckets (layout, lane, 0), ==, 0);
      total += sum_buckets (layout, lane, 1);
    }
  g_assert_cmpfloat_with_epsilon (total, 6000, 0.05);
  g_assert_cmpfloat_with_epsilon (sum_buckets (layout, 0, 1), 1500, 0.05);    /* bombardment */
  g_assert_cmpfloat_with_epsilon (sum_buckets (layout, 6, 1), 1500, 0.05);    /* statement */
  g_assert_cmpfloat (sum_buckets (layout, 5, 1), ==, 0);                      /* diplomacy */

  /* Hide the statements: the other three types are highlighted */
  atlas_session_set_kb (session, kb);
  atlas_session_set_type_visible (session, "statement", FALSE);
  atlas_timeline_layout_update_highlight (layout, session);
  atlas_timeline_layout_ensure (layout, 1024, 180);
  g_assert_cmpfloat_with_epsilon (sum_buckets (layout, 0, 0), 1500, 0.05);
  g_assert_cmpfloat (sum_buckets (layout, 6, 0), ==, 0);
  g_assert_cmpfloat_with_epsilon (sum_buckets (layout, 6, 1), 1500, 0.05);

  /* The hit-test finds an event of the lane under the pointer, near it in time */
  for (float x = 500; x < 520 && hit == NULL; x += 1)
    hit = atlas_timeline_layout_event_at (layout, x, 34.f + 2.5f * 142.f / 7);
  g_assert_nonnull (hit);
  g_assert_cmpstr (atlas_event_get_event_type (hit), ==, "humanitarian");
}

/* Adding event types cannot overflow the layout: its arrays follow the vocabulary */
static void
test_many_types (void)
{
  g_autofree AtlasEventTypeInfo *types = make_types (40);
  g_autoptr(AtlasKb) kb = atlas_test_load_string (ROWS_KB);
  g_autoptr(AtlasKb) dense = atlas_test_dense_kb (6000);
  g_autoptr(AtlasTimelineLayout) layout = layout_for (kb, types, 40);
  AtlasDate oct1 = atlas_date_from_ymd (2016, 10, 1);
  const AtlasTimelineItem *item;
  float lane_h;

  /* 600 px: 562 / 40 ≥ 13 px, a lane per type; statements have the last one */
  atlas_timeline_layout_set_view (layout, oct1, oct1 + 10);
  atlas_timeline_layout_ensure (layout, 1024, 600);
  lane_h = 562.f / 40;
  g_assert_false (layout->geo.packed);
  g_assert_cmpuint (layout->geo.n_lanes, ==, 40);
  item = atlas_timeline_layout_find_item (layout, mark_of (layout, kb, "c"), ATLAS_ITEM_MARK);
  g_assert_nonnull (item);
  g_assert_cmpuint (item->lane, ==, 39);
  g_assert_cmpfloat_with_epsilon (item->y0, 34.f + 39 * lane_h + 1.5f, 1e-3);
  item = atlas_timeline_layout_find_item (layout, mark_of (layout, kb, "a"), ATLAS_ITEM_CLUSTER);
  g_assert_nonnull (item);
  g_assert_cmpuint (item->count, ==, 2);
  g_assert_cmpfloat_with_epsilon (item->y1, 34.f + 40 * lane_h - 0.5f, 1e-3);

  /* Density bars in the lanes past the tenth */
  atlas_timeline_layout_set_kb (layout, dense, types, 40);
  atlas_timeline_layout_zoom_to_fit (layout);
  atlas_timeline_layout_ensure (layout, 1024, 600);
  g_assert_true (layout->density);
  g_assert_cmpfloat_with_epsilon (sum_buckets (layout, 33, 1), 1500, 0.05);   /* bombardment */
  g_assert_cmpfloat_with_epsilon (sum_buckets (layout, 39, 1), 1500, 0.05);   /* statement */

  /* A vocabulary without some of the KB's types: they share one more lane */
  atlas_timeline_layout_set_kb (layout, kb, types + 38, 2);
  g_assert_cmpuint (layout->n_type_lanes, ==, 3);
  g_assert_cmpuint (atlas_timeline_layout_get_mark (layout, mark_of (layout, kb, "raid"))->type, ==, 2);
  atlas_timeline_layout_set_view (layout, oct1, oct1 + 10);
  atlas_timeline_layout_ensure (layout, 1024, 180);
  item = atlas_timeline_layout_find_item (layout, mark_of (layout, kb, "raid"), ATLAS_ITEM_MARK);
  g_assert_nonnull (item);
  g_assert_cmpuint (item->lane, ==, 2);
}

/* A lane index is a guint8: a vocabulary of 255 types or more is refused, not overflowed */
static void
test_too_many_types (void)
{
  g_autofree AtlasEventTypeInfo *types = make_types (255);
  g_autoptr(AtlasKb) kb = atlas_test_load_string (ROWS_KB);
  g_autoptr(AtlasTimelineLayout) layout = atlas_timeline_layout_new ();

  atlas_timeline_layout_set_kb (layout, kb, types, 254);
  g_assert_cmpuint (layout->marks->len, ==, 6);

  atlas_timeline_layout_set_kb (layout, NULL, NULL, 0);
  g_test_expect_message ("atlas-timeline-layout", G_LOG_LEVEL_CRITICAL, "*n_types < G_MAXUINT8*");
  atlas_timeline_layout_set_kb (layout, kb, types, 255);
  g_test_assert_expected_messages ();
  g_assert_null (layout->kb);
  g_assert_cmpuint (layout->marks->len, ==, 0);
}

/* The finest ticks whose labels fit: widths are given, not measured in a font */
static void
test_ruler_ticks (void)
{
  const AtlasTimeLabelWidths widths = { .day = 40, .month = 30, .month_full = 60, .year = 40 };
  const struct { double ppd; AtlasTimeTickUnit unit; guint step; gboolean full; } cases[] = {
    { 45,    ATLAS_TIME_TICK_DAYS,   1,  FALSE },
    { 40,    ATLAS_TIME_TICK_DAYS,   1,  FALSE },
    { 20,    ATLAS_TIME_TICK_DAYS,   2,  FALSE },
    { 8,     ATLAS_TIME_TICK_DAYS,   5,  FALSE },
    { 5,     ATLAS_TIME_TICK_DAYS,   10, FALSE },   /* 9 days for 40 px */
    { 3,     ATLAS_TIME_TICK_DAYS,   15, FALSE },
    { 2.5,   ATLAS_TIME_TICK_MONTHS, 1,  TRUE },    /* 70 px a month: "September" fits */
    { 1.5,   ATLAS_TIME_TICK_MONTHS, 1,  FALSE },   /* 42 px: "May" fits, "September" does not */
    { 0.5,   ATLAS_TIME_TICK_MONTHS, 3,  FALSE },
    { 0.2,   ATLAS_TIME_TICK_MONTHS, 6,  FALSE },
    { 0.1,   ATLAS_TIME_TICK_YEARS,  2,  FALSE },   /* 36.5 px a year: two years for 40 px */
    { 0.01,  ATLAS_TIME_TICK_YEARS,  20, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      AtlasTimeTicks ticks;

      atlas_time_ruler_choose_ticks (cases[i].ppd, &widths, &ticks);
      g_test_message ("%g px a day", cases[i].ppd);
      g_assert_cmpint (ticks.unit, ==, cases[i].unit);
      g_assert_cmpuint (ticks.step, ==, cases[i].step);
      g_assert_cmpint (ticks.full_months, ==, cases[i].full);
    }
}

static void
test_ruler_labelled_days (void)
{
  const struct { guint step; const char *days; } cases[] = {
    { 1,  "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31" },
    { 2,  "1 3 5 7 9 11 13 15 17 19 21 23 25 27 29" },
    { 5,  "1 5 10 15 20 25" },
    { 10, "1 10 20" },
    { 15, "1 15" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) days = g_string_new (NULL);

      for (guint day = 1; day <= 31; day++)
        if (atlas_time_ruler_day_is_labelled (day, cases[i].step))
          g_string_append_printf (days, "%s%u", days->len ? " " : "", day);
      g_assert_cmpstr (days->str, ==, cases[i].days);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/timeline-layout/geometry", test_geometry);
  g_test_add_func ("/timeline-layout/view", test_view);
  g_test_add_func ("/timeline-layout/opens-on-events", test_opens_on_events);
  g_test_add_func ("/timeline-layout/compressed-mapping", test_compressed_mapping);
  g_test_add_func ("/timeline-layout/titles-whole", test_titles_whole);
  g_test_add_func ("/timeline-layout/figure-scale", test_figure_scale);
  g_test_add_func ("/timeline-layout/casualty-at", test_casualty_at);
  g_test_add_func ("/timeline-layout/rows-and-clusters", test_rows_and_clusters);
  g_test_add_func ("/timeline-layout/hit-test", test_hit_test);
  g_test_add_func ("/timeline-layout/density", test_density);
  g_test_add_func ("/timeline-layout/many-types", test_many_types);
  g_test_add_func ("/timeline-layout/too-many-types", test_too_many_types);
  g_test_add_func ("/time-ruler/ticks", test_ruler_ticks);
  g_test_add_func ("/time-ruler/labelled-days", test_ruler_labelled_days);

  return g_test_run ();
}

/* test-timeline-periods.c: casualty figures over a period on the timeline, with numbers and
 * no display
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A figure that counts over a period ("since the offensive began on 22 September, dozens of
 * civilians have been killed") is drawn as a strip over the period, never as a bar on one
 * day (issue 9). Like test-timeline-layout, this links the GUI library without starting GTK.
 */

#define G_LOG_DOMAIN "test-timeline-periods"

#include "config.h"

#include "atlas-test-kb.h"
#include "atlas-timeline-layout.h"
#include "atlas-vocabulary.h"

#define PERIOD_FIGURE "c-2016-09-22-offensive-dozens-of-civilians"

static AtlasTimelineLayout *
layout_shipped (AtlasKb *kb)
{
  guint n_types;
  const AtlasEventTypeInfo *types = atlas_event_types_get (&n_types);
  AtlasTimelineLayout *layout = atlas_timeline_layout_new ();

  atlas_timeline_layout_set_kb (layout, kb, types, n_types);
  atlas_timeline_layout_ensure (layout, 1014, 155);
  atlas_timeline_layout_zoom_to_fit (layout);
  atlas_timeline_layout_ensure (layout, 1014, 155);
  return layout;
}

/* The New Arab's "dozens" since 22 September, published 2 October: a strip from the first day
 * to the end of the last, and no bar */
static void
test_strip (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_shipped_kb ();
  g_autoptr(AtlasTimelineLayout) layout = layout_shipped (kb);
  AtlasCasualty *figure = atlas_kb_lookup_casualty (kb, PERIOD_FIGURE);
  AtlasEvent *event = atlas_casualty_get_event (figure);
  guint mark = atlas_timeline_layout_find_mark (layout, event);
  AtlasDate start = atlas_date_from_ymd (2016, 9, 22);
  AtlasDate after = atlas_date_from_ymd (2016, 10, 3);
  const AtlasTimelineItem *strip;
  double middle, y;

  g_assert_nonnull (figure);
  g_assert_cmpuint (mark, !=, G_MAXUINT);
  g_assert_true (atlas_casualty_get_period (figure, NULL, NULL));
  g_assert_cmpuint (atlas_timeline_figure_n_slots (figure), ==, 0);

  /* One period in the KB, from its first day to the day after its last */
  g_assert_cmpuint (layout->periods->len, ==, 1);
  g_assert_cmpuint (g_array_index (layout->periods, AtlasTimelinePeriod, 0).start, ==, start);
  g_assert_cmpuint (g_array_index (layout->periods, AtlasTimelinePeriod, 0).end, ==, after);

  strip = atlas_timeline_layout_find_item (layout, mark, ATLAS_ITEM_PERIOD);
  g_assert_nonnull (strip);
  g_assert_cmpfloat_with_epsilon (strip->x0, atlas_timeline_layout_day_to_x (layout, start), 1e-3);
  g_assert_cmpfloat_with_epsilon (strip->x1, atlas_timeline_layout_day_to_x (layout, after) - 1, 1e-3);
  /* Eleven days wide, not one */
  g_assert_cmpfloat (strip->x1 - strip->x0, >, 5 * atlas_timeline_layout_pixels_per_day (layout));
  /* In the figures' band */
  g_assert_cmpfloat (strip->y0, >=, layout->geo.band_y0);
  g_assert_cmpfloat (strip->y1, <=, layout->geo.band_y0 + layout->geo.band_h);

  /* Its event has no other figure: no bar on its day */
  g_assert_cmpuint (atlas_kb_get_casualties_for_event (kb, event)->len, ==, 1);
  g_assert_null (atlas_timeline_layout_find_item (layout, mark, ATLAS_ITEM_FIGURES));

  /* Pointing anywhere along it finds the figure, past its ends nothing */
  y = (strip->y0 + strip->y1) / 2;
  middle = atlas_timeline_layout_day_to_x (layout, atlas_date_from_ymd (2016, 9, 29));
  g_assert_true (atlas_timeline_layout_period_at (layout, middle, y) == figure);
  g_assert_true (atlas_timeline_layout_casualty_at (layout, middle, y) == figure);
  g_assert_true (atlas_timeline_layout_period_at (layout, strip->x1 - 1, y) == figure);
  g_assert_null (atlas_timeline_layout_period_at (layout, strip->x1 + 20, y));
  g_assert_null (atlas_timeline_layout_period_at (layout, middle, layout->geo.band_y0 - 20));
}

/* Out of view, no strip; the figure is still there when the view comes back */
static void
test_out_of_view (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_shipped_kb ();
  g_autoptr(AtlasTimelineLayout) layout = layout_shipped (kb);
  AtlasCasualty *figure = atlas_kb_lookup_casualty (kb, PERIOD_FIGURE);
  guint mark = atlas_timeline_layout_find_mark (layout, atlas_casualty_get_event (figure));

  atlas_timeline_layout_set_compress (layout, FALSE);
  atlas_timeline_layout_set_view (layout, atlas_date_from_ymd (2016, 2, 1), atlas_date_from_ymd (2016, 2, 20));
  atlas_timeline_layout_ensure (layout, 1014, 155);
  g_assert_null (atlas_timeline_layout_find_item (layout, mark, ATLAS_ITEM_PERIOD));

  /* Seen from inside the period, the strip spans the view */
  atlas_timeline_layout_set_view (layout, atlas_date_from_ymd (2016, 9, 25), atlas_date_from_ymd (2016, 9, 28));
  atlas_timeline_layout_ensure (layout, 1014, 155);
  g_assert_nonnull (atlas_timeline_layout_find_item (layout, mark, ATLAS_ITEM_PERIOD));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline-periods/strip", test_strip);
  g_test_add_func ("/timeline-periods/out-of-view", test_out_of_view);

  return g_test_run ();
}

/* atlas-timeline-periods.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-timeline-periods"

#include "config.h"

#include "atlas-timeline-draw.h"
#include "atlas-timeline-layout.h"

/* Casualty figures over a period (issue 9): "dozens of civilians killed since the offensive
 * began on 22 September" counts over three weeks, and a bar on one day would say they died
 * that day. Such a figure is a strip over its period at the top of the casualty band, under
 * its bars' scale but not on it: its count is the whole period's, so it has no height. Strips
 * that overlap in time stack downwards. */

#define STRIP_H    5.f
#define STRIP_GAP  2.f
#define MAX_STRIPS 4

/* Adds an item for each figure whose period is in view. Called by the layout after the marks
 * and bars, outside density mode. */
void
atlas_timeline_layout_place_periods (AtlasTimelineLayout *self)
{
  const AtlasTimelineGeometry *geo = &self->geo;
  float row_end[MAX_STRIPS];

  if (geo->band_h <= 0 || self->periods->len == 0)
    return;

  for (guint r = 0; r < MAX_STRIPS; r++)
    row_end[r] = -G_MAXFLOAT;

  for (guint i = 0; i < self->periods->len; i++)
    {
      const AtlasTimelinePeriod *period = &g_array_index (self->periods, AtlasTimelinePeriod, i);
      AtlasTimelineItem item = { 0, };
      guint row = 0;

      if (period->end <= self->view_start || period->start >= self->view_end)
        continue;

      item.kind = ATLAS_ITEM_PERIOD;
      item.mark = period->mark;
      item.count = period->figure;
      item.x0 = atlas_timeline_layout_day_to_x (self, period->start);
      item.x1 = MAX (atlas_timeline_layout_day_to_x (self, period->end) - 1.f, item.x0 + 2.f);

      /* The first row free of other strips; the last one when all are taken */
      while (row + 1 < MAX_STRIPS && row_end[row] >= item.x0)
        row++;
      row_end[row] = MAX (row_end[row], item.x1);

      item.y0 = geo->band_y0 + row * (STRIP_H + STRIP_GAP);
      item.y1 = item.y0 + STRIP_H;
      g_array_append_val (self->items, item);
    }
}

/**
 * atlas_timeline_layout_period_at:
 *
 * Returns: (nullable) (transfer none): the figure over a period whose strip is at @x, @y in
 *   the last layout
 */
AtlasCasualty *
atlas_timeline_layout_period_at (AtlasTimelineLayout *self,
                                 double               x,
                                 double               y)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      const AtlasTimelineItem *item = atlas_timeline_layout_get_item (self, i);
      GPtrArray *figures;

      if (item->kind != ATLAS_ITEM_PERIOD ||
          x < item->x0 - ATLAS_TIMELINE_HIT_SLOP || x > item->x1 + ATLAS_TIMELINE_HIT_SLOP ||
          y < item->y0 - 2 || y > item->y1 + 2)
        continue;

      figures = atlas_kb_get_casualties_for_event (self->kb, atlas_timeline_layout_get_mark (self, item->mark)->event);
      if (item->count < figures->len)
        return g_ptr_array_index (figures, item->count);
    }

  return NULL;
}

/* A strip in the event's colour with a solid cap at each end, so that where the period starts
 * and ends reads without the colour */
void
atlas_timeline_draw_period (const AtlasTimelineLayout *self,
                            GtkSnapshot               *snapshot,
                            const AtlasTimelineItem   *item,
                            GdkRGBA                    color)
{
  const AtlasTimelineMark *mark = atlas_timeline_layout_get_mark (self, item->mark);
  float w = item->x1 - item->x0;
  float h = item->y1 - item->y0;
  GdkRGBA fill = color;

  if (!(mark->flags & ATLAS_MARK_HIGHLIGHTED))
    color.alpha = 0.25f;
  fill.alpha = color.alpha * 0.35f;

  gtk_snapshot_append_color (snapshot, &fill, &GRAPHENE_RECT_INIT (item->x0, item->y0, w, h));
  gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (item->x0, item->y0 + h / 2.f - 0.5f, w, 1.f));
  gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (item->x0, item->y0, MIN (2.f, w), h));
  gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (item->x1 - MIN (2.f, w), item->y0, MIN (2.f, w), h));
}

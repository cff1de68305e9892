/* atlas-timeline-layout.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-timeline-layout"

#include "config.h"

#include <math.h>
#include <string.h>

#include "atlas-timeline-layout.h"
#include "atlas-timeline-layout-private.h"

/*
 * The layout pass walks only the visible events, so that the timeline stays fluid at 100,000
 * events:
 *
 *  - The first one is found by binary search (atlas_kb_find_first_event_on_or_after) from
 *    "start of the view − the longest short extent"; events longer than a season are kept in a
 *    short list of their own (see atlas-timeline-marks.c) so that one long siege does not make
 *    every walk start years early.
 *  - When there are more visible events than the lanes can show as marks, the layout switches
 *    to density bars: per pixel bucket and lane, the expected number of events (an event of
 *    uncertain date is spread over its whole possible range). Otherwise marks are placed in
 *    rows, greedily, and what does not fit is folded into small "more here" clusters.
 *  - The laid-out items live in one array reused from frame to frame, sorted by x, which the
 *    hit-test searches by bisection. Nothing per frame grows with the size of the KB.
 */

#define GUTTER_W        132.f   /* type names */
#define PACKED_GUTTER_W 86.f    /* "Killed" and its scale */
#define RIGHT_PAD       12.f
#define MAX_CLUSTER_W   24.f
#define ROW_GAP         2.f
#define LABEL_GAP       4.f     /* between a mark and its title */
#define LABEL_PAD       8.f     /* after a title, before the next mark */

#define MAX_ROWS  ATLAS_TIMELINE_MAX_ROWS
#define BUCKET_W  ATLAS_TIMELINE_BUCKET_W
#define HIT_SLOP  ATLAS_TIMELINE_HIT_SLOP

/* Short names for the header's inline accessors, which the loops below call often */
#define get_mark  atlas_timeline_layout_get_mark
#define get_item  atlas_timeline_layout_get_item
#define day_to_x  atlas_timeline_layout_day_to_x
#define x_to_day  atlas_timeline_layout_x_to_day
#define pixels_per_day atlas_timeline_layout_pixels_per_day

/* Helpers */

static inline guint
lane_of (const AtlasTimelineLayout *self,
         const AtlasTimelineMark   *mark)
{
  return self->geo.packed ? 0 : mark->type;
}

static inline gboolean
has_marks (const AtlasTimelineLayout *self)
{
  return self->kb != NULL && self->marks->len > 0;
}

static guint
find_first_on_or_after (AtlasTimelineLayout *self,
                        double               day)
{
  if (day <= 1)
    return 0;
  if (day >= G_MAXUINT32)
    return self->marks->len;
  return atlas_kb_find_first_event_on_or_after (self->kb, (AtlasDate) day);
}

/* The marks that may be visible: [*first, *last) of the date-ordered array; long marks are
 * not in it and are checked one by one. */
static void
get_walk_range (AtlasTimelineLayout *self,
                double               from_day,
                double               to_day,
                guint               *first,
                guint               *last)
{
  *first = find_first_on_or_after (self, floor (from_day) - self->lookback);
  *last = find_first_on_or_after (self, ceil (to_day) + self->lookahead + 1);
}

static inline gboolean
mark_overlaps (const AtlasTimelineMark *mark,
               double                   from_day,
               double                   to_day)
{
  return mark->end > from_day && mark->start < to_day;
}

static void
mark_extent (AtlasTimelineLayout     *self,
             const AtlasTimelineMark *mark,
             float                   *x0,
             float                   *x1)
{
  if (mark->flags & (ATLAS_MARK_SPAN | ATLAS_MARK_MONTH | ATLAS_MARK_APPROX_DAY))
    {
      *x0 = day_to_x (self, mark->start);
      *x1 = day_to_x (self, mark->end);
      if (*x1 - *x0 < 5.f)
        {
          float c = (*x0 + *x1) / 2.f;
          *x0 = c - 2.5f;
          *x1 = c + 2.5f;
        }
    }
  else
    {
      float c = day_to_x (self, mark->date + 0.5);
      float w = CLAMP (pixels_per_day (self) * 0.85f, 3.f, self->geo.mark_h);

      /* A hollow mark needs room to look hollow */
      if (mark->flags & ATLAS_MARK_PLANNED)
        w = MAX (w, self->geo.mark_h - 2.f);

      *x0 = c - w / 2.f;
      *x1 = c + w / 2.f;
    }
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const AtlasTimelineItem *ia = a;
  const AtlasTimelineItem *ib = b;

  if (ia->x0 < ib->x0)
    return -1;
  if (ia->x0 > ib->x0)
    return 1;
  return ia->mark < ib->mark ? -1 : ia->mark > ib->mark;
}

/* The width a mark's title needs after the mark, or 0 when titles are not drawn */
static float
title_room (AtlasTimelineLayout *self,
            guint                index)
{
  float w;

  if (self->geo.row_h < ATLAS_TIMELINE_MIN_LABEL_ROW_H)
    return 0.f;
  w = atlas_timeline_layout_get_label_width (self, index);
  return w > 0 ? LABEL_GAP + w + LABEL_PAD : 0.f;
}

/* The row for a mark starting at @x0: the first row where the title before it is done, so
 * that no title is cut; else, of the rows where the mark fits, the one whose title runs the
 * furthest, a title that is cut anyway, so that the other rows keep theirs whole; else none
 * (n_rows). Trying every row before cutting a title keeps titles whole wherever there is room
 * for them (issue 7). */
static guint
choose_row (AtlasTimelineLayout *self,
            const float         *row_end,
            const float         *row_mark_end,
            float                x0)
{
  guint n_rows = self->geo.n_rows;
  guint best = n_rows;

  for (guint row = 0; row < n_rows; row++)
    if (row_end[row] + ROW_GAP <= x0)
      return row;

  for (guint row = 0; row < n_rows; row++)
    if (row_mark_end[row] + ROW_GAP <= x0 && (best == n_rows || row_end[row] > row_end[best]))
      best = row;

  return best;
}

static void
place_mark (AtlasTimelineLayout *self,
            guint                index)
{
  const AtlasTimelineGeometry *geo = &self->geo;
  AtlasTimelineMark *mark = get_mark (self, index);
  guint lane = lane_of (self, mark);
  float *row_end = &self->row_end[lane * MAX_ROWS];
  float *row_mark_end = &self->row_mark_end[lane * MAX_ROWS];
  int *row_item = &self->row_item[lane * MAX_ROWS];
  float x0, x1;
  guint row;
  AtlasTimelineItem item = { 0, };

  mark_extent (self, mark, &x0, &x1);

  row = choose_row (self, row_end, row_mark_end, x0);

  if (row == geo->n_rows && index == self->selected_mark)
    row = 0;   /* the selection is always drawn, on top of its neighbours */

  if (row < geo->n_rows)
    {
      float lane_y = geo->lanes_y0 + lane * geo->lane_h;
      int prev = row_item[row];

      item.kind = ATLAS_ITEM_MARK;
      item.x0 = x0;
      item.x1 = x1;
      item.y0 = lane_y + row * geo->row_h + (geo->row_h - geo->mark_h) / 2.f;
      item.y1 = item.y0 + geo->mark_h;
      item.mark = index;
      item.count = 1;
      item.lane = lane;
      item.label_room = geo->plot_x0 + geo->plot_w - x1;

      if (prev >= 0)
        {
          AtlasTimelineItem *p = &g_array_index (self->items, AtlasTimelineItem, prev);
          p->label_room = MIN (p->label_room, x0 - p->x1);
        }

      row_end[row] = MAX (row_end[row], x1 + title_room (self, index));
      row_mark_end[row] = MAX (row_mark_end[row], x1);
      row_item[row] = self->items->len;
      g_array_append_val (self->items, item);
    }
  else
    {
      int c = self->cluster[lane];
      gboolean highlighted = (mark->flags & ATLAS_MARK_HIGHLIGHTED) != 0;

      if (c >= 0)
        {
          AtlasTimelineItem *cluster = &g_array_index (self->items, AtlasTimelineItem, c);

          if (x0 <= cluster->x1 + 1.f && cluster->x1 - cluster->x0 < MAX_CLUSTER_W)
            {
              cluster->x1 = MAX (cluster->x1, MIN (x1, cluster->x0 + MAX_CLUSTER_W));
              cluster->count++;
              if (highlighted && cluster->count_highlighted++ == 0)
                cluster->mark = index;
              return;
            }
        }

      item.kind = ATLAS_ITEM_CLUSTER;
      item.x0 = x0;
      item.x1 = MIN (x1, x0 + MAX_CLUSTER_W);
      item.y1 = geo->lanes_y0 + (lane + 1) * geo->lane_h - 0.5f;
      item.y0 = item.y1 - 3.f;
      item.mark = index;
      item.count = 1;
      item.count_highlighted = highlighted ? 1 : 0;
      item.lane = lane;
      self->cluster[lane] = self->items->len;
      g_array_append_val (self->items, item);
    }
}

static void
place_figures (AtlasTimelineLayout *self,
               float               *figures_end,
               guint                index)
{
  const AtlasTimelineGeometry *geo = &self->geo;
  AtlasTimelineMark *mark = get_mark (self, index);
  GPtrArray *figures = atlas_kb_get_casualties_for_event (self->kb, mark->event);
  float bar_w = CLAMP (pixels_per_day (self) * 0.3f, 4.f, 7.f);
  guint n_slots = 0;
  float w, x0;
  AtlasTimelineItem item = { 0, };

  for (guint i = 0; i < figures->len; i++)
    n_slots += atlas_timeline_figure_n_slots (g_ptr_array_index (figures, i));
  /* Only figures over periods: nothing on the day */
  if (n_slots == 0)
    return;

  w = n_slots * bar_w + (n_slots - 1);
  x0 = day_to_x (self, mark->date + 0.5) - w / 2.f;
  /* Figures of close events go side by side, never on top of each other */
  x0 = MAX (x0, *figures_end + 2.f);

  item.kind = ATLAS_ITEM_FIGURES;
  item.x0 = x0;
  item.x1 = x0 + w;
  item.y0 = geo->band_y0;
  item.y1 = geo->band_y0 + geo->band_h;
  item.mark = index;
  item.count = n_slots;
  *figures_end = item.x1;
  g_array_append_val (self->items, item);
}

static void
ensure_buckets (AtlasTimelineLayout *self)
{
  gsize n_lanes = MAX (1, self->n_type_lanes);
  gsize needed;

  self->n_buckets = (guint) ceilf (self->geo.plot_w / BUCKET_W) + 1;
  needed = self->n_buckets * (n_lanes * 2 + 3);
  if (needed > self->buckets_alloc)
    {
      g_free (self->buckets);
      self->buckets = g_new (float, needed);
      self->buckets_alloc = needed;
    }
  self->bucket_figures = self->buckets + self->n_buckets * n_lanes * 2;
  memset (self->buckets, 0, sizeof (float) * needed);
}

static inline int
bucket_at (AtlasTimelineLayout *self,
           float                x)
{
  return (int) floorf ((x - self->geo.plot_x0) / BUCKET_W);
}

static void
count_figures_in_bucket (AtlasTimelineLayout     *self,
                         const AtlasTimelineMark *mark)
{
  GPtrArray *figures = atlas_kb_get_casualties_for_event (self->kb, mark->event);
  int b = bucket_at (self, day_to_x (self, mark->date + 0.5));
  float *f;

  if (b < 0 || b >= (int) self->n_buckets)
    return;

  f = &self->bucket_figures[b * 3];
  for (guint i = 0; i < figures->len; i++)
    {
      const AtlasCount *killed = atlas_casualty_get_killed (g_ptr_array_index (figures, i));

      /* A figure over a period is no day's toll */
      if (atlas_timeline_figure_n_slots (g_ptr_array_index (figures, i)) == 0)
        continue;
      if (!ATLAS_COUNT_IS_SET (killed))
        {
          f[2] = 1.f;
          continue;
        }
      f[0] = MAX (f[0], (float) killed->min);
      if (killed->max < 0)
        f[1] = -1.f;
      else if (f[1] >= 0.f)
        f[1] = MAX (f[1], (float) killed->max);
    }
}

static void
count_mark_in_buckets (AtlasTimelineLayout *self,
                       guint                index)
{
  AtlasTimelineMark *mark = get_mark (self, index);
  guint lane = mark->type;
  int b0 = bucket_at (self, day_to_x (self, mark->start));
  int b1 = bucket_at (self, day_to_x (self, mark->end) - 0.01f);
  int last = self->n_buckets - 1;
  float weight;
  float *row;

  /* An event of uncertain date is spread over every day it may have been: the bars show
   * how many events to expect there, not a certainty that is not in the sources. */
  weight = 1.f / (b1 - b0 + 1);
  b0 = CLAMP (b0, 0, last);
  b1 = CLAMP (b1, 0, last);
  row = &self->buckets[lane * self->n_buckets * 2];
  for (int b = b0; b <= b1; b++)
    row[b * 2 + ((mark->flags & ATLAS_MARK_HIGHLIGHTED) ? 0 : 1)] += weight;

  if ((mark->flags & (ATLAS_MARK_FIGURES | ATLAS_MARK_HIGHLIGHTED)) == (ATLAS_MARK_FIGURES | ATLAS_MARK_HIGHLIGHTED))
    count_figures_in_bucket (self, mark);
}

static void
lay_out (AtlasTimelineLayout *self)
{
  guint first, last, n_visible;
  float figures_end = -G_MAXFLOAT;
  double capacity;

  g_array_set_size (self->items, 0);
  self->selected_item = G_MAXUINT;
  self->max_item_w = 0.f;
  self->density = FALSE;

  if (!has_marks (self))
    return;

  get_walk_range (self, self->view_start, self->view_end, &first, &last);
  n_visible = last - first + self->long_marks->len;
  capacity = (double) self->geo.n_lanes * self->geo.n_rows * self->geo.plot_w / 6.0;
  self->density = n_visible > capacity;

  if (self->density)
    {
      ensure_buckets (self);
      for (guint i = 0; i < self->long_marks->len; i++)
        {
          guint index = g_array_index (self->long_marks, guint, i);
          if (mark_overlaps (get_mark (self, index), self->view_start, self->view_end))
            count_mark_in_buckets (self, index);
        }
      for (guint i = first; i < last; i++)
        if (!(get_mark (self, i)->flags & ATLAS_MARK_LONG) &&
            mark_overlaps (get_mark (self, i), self->view_start, self->view_end))
          count_mark_in_buckets (self, i);
    }

  for (guint i = 0; i < MAX (1, self->n_type_lanes) * MAX_ROWS; i++)
    {
      self->row_end[i] = -G_MAXFLOAT;
      self->row_mark_end[i] = -G_MAXFLOAT;
      self->row_item[i] = -1;
    }
  for (guint l = 0; l < MAX (1, self->n_type_lanes); l++)
    self->cluster[l] = -1;

  if (self->density)
    {
      /* Only the selection is drawn as a mark over the bars */
      if (self->selected_mark != G_MAXUINT &&
          mark_overlaps (get_mark (self, self->selected_mark), self->view_start, self->view_end))
        place_mark (self, self->selected_mark);
    }
  else
    {
      for (guint i = 0; i < self->long_marks->len; i++)
        {
          guint index = g_array_index (self->long_marks, guint, i);
          if (mark_overlaps (get_mark (self, index), self->view_start, self->view_end))
            place_mark (self, index);
        }
      for (guint i = first; i < last; i++)
        {
          AtlasTimelineMark *mark = get_mark (self, i);

          if ((mark->flags & ATLAS_MARK_LONG) || !mark_overlaps (mark, self->view_start, self->view_end))
            continue;
          place_mark (self, i);
          if (mark->flags & ATLAS_MARK_FIGURES)
            place_figures (self, &figures_end, i);
        }
      atlas_timeline_layout_place_periods (self);
    }

  g_array_sort (self->items, compare_items);
  for (guint i = 0; i < self->items->len; i++)
    {
      AtlasTimelineItem *item = &g_array_index (self->items, AtlasTimelineItem, i);

      self->max_item_w = MAX (self->max_item_w, item->x1 - item->x0);
      if (item->kind == ATLAS_ITEM_MARK && item->mark == self->selected_mark)
        self->selected_item = i;
    }
}

static AtlasEvent *
density_event_at (AtlasTimelineLayout *self,
                  double               x,
                  double               y)
{
  const AtlasTimelineGeometry *geo = &self->geo;
  double from_day, to_day;
  gboolean in_band = geo->band_h > 0 && y >= geo->band_y0 - 4 && y <= geo->band_y0 + geo->band_h + 2;
  int lane = -1;
  guint first, last;
  AtlasTimelineMark *best = NULL;

  if (!in_band)
    {
      if (y < geo->lanes_y0 || y >= geo->lanes_y0 + geo->n_lanes * geo->lane_h)
        return NULL;
      if (!geo->packed)
        lane = (int) ((y - geo->lanes_y0) / geo->lane_h);
    }

  from_day = x_to_day (self, x - BUCKET_W);
  to_day = x_to_day (self, x + BUCKET_W);

  get_walk_range (self, from_day, to_day, &first, &last);
  for (guint i = first; i < last + self->long_marks->len; i++)
    {
      AtlasTimelineMark *mark = i < last ? get_mark (self, i)
                                         : get_mark (self, g_array_index (self->long_marks, guint, i - last));

      if ((i < last && (mark->flags & ATLAS_MARK_LONG)) || !mark_overlaps (mark, from_day, to_day))
        continue;
      if (lane >= 0 && mark->type != lane)
        continue;
      if (in_band && !(mark->flags & ATLAS_MARK_FIGURES))
        continue;
      if (best == NULL || ((mark->flags & ATLAS_MARK_HIGHLIGHTED) && !(best->flags & ATLAS_MARK_HIGHLIGHTED)))
        best = mark;
      if (best->flags & ATLAS_MARK_HIGHLIGHTED)
        break;
    }

  return best ? best->event : NULL;
}

/* Public API */

AtlasTimelineLayout *
atlas_timeline_layout_new (void)
{
  AtlasTimelineLayout *self = g_new0 (AtlasTimelineLayout, 1);

  self->marks = g_array_new (FALSE, FALSE, sizeof (AtlasTimelineMark));
  self->long_marks = g_array_new (FALSE, FALSE, sizeof (guint));
  self->periods = g_array_new (FALSE, FALSE, sizeof (AtlasTimelinePeriod));
  self->items = g_array_new (FALSE, FALSE, sizeof (AtlasTimelineItem));
  self->label_widths = g_array_new (FALSE, FALSE, sizeof (float));
  self->selected_mark = G_MAXUINT;
  self->selected_item = G_MAXUINT;
  self->dirty = TRUE;

  /* Until a KB arrives: the year 2016, and the vocabulary's lanes */
  atlas_time_scale_init (&self->scale);
  self->compress = TRUE;
  self->view_u0 = self->view_start = atlas_date_from_ymd (2016, 1, 1);
  self->view_u1 = self->view_end = atlas_date_from_ymd (2017, 1, 1);
  atlas_timeline_layout_set_kb (self, NULL, NULL, 0);

  return self;
}

void
atlas_timeline_layout_free (AtlasTimelineLayout *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->kb);
  g_clear_pointer (&self->marks, g_array_unref);
  g_clear_pointer (&self->long_marks, g_array_unref);
  g_clear_pointer (&self->periods, g_array_unref);
  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->label_widths, g_array_unref);
  atlas_time_scale_clear (&self->scale);
  g_clear_pointer (&self->buckets, g_free);
  g_clear_pointer (&self->row_end, g_free);
  g_clear_pointer (&self->row_mark_end, g_free);
  g_clear_pointer (&self->row_item, g_free);
  g_clear_pointer (&self->cluster, g_free);
  g_free (self);
}

/* The size the layout is for: the plot, the lanes and rows, the casualty band */
void
atlas_timeline_layout_set_size (AtlasTimelineLayout *self,
                                int                  width,
                                int                  height)
{
  AtlasTimelineGeometry *geo = &self->geo;
  float lanes_h;
  guint n_type_lanes = MAX (1, self->n_type_lanes);

  geo->width = width;
  geo->height = height;

  /* Before the first allocation (or in tests that never show us), keep a sensible plot so
   * that the date ↔ x mapping exists. */
  if (width <= 0)
    width = 800;
  if (height <= 0)
    height = 180;

  /* The casualty strip: a third of the height, so that its scale reads (issue 7) */
  geo->band_h = self->has_figures ? CLAMP (roundf (height * 0.32f), 24.f, 72.f) : 0.f;
  geo->band_y0 = height - geo->band_h - 4.f;
  geo->lanes_y0 = ATLAS_TIMELINE_AXIS_H + 2.f;
  lanes_h = MAX (10.f, geo->band_y0 - (self->has_figures ? 8.f : 0.f) - geo->lanes_y0);

  if (lanes_h / n_type_lanes >= 13.f)
    {
      geo->packed = FALSE;
      geo->n_lanes = n_type_lanes;
      geo->lane_h = lanes_h / n_type_lanes;
      /* As many rows as stay tall enough for titles: two 12.5 px rows draw none, one 25 px
       * row draws them (issue 8: the Arabic header is a few pixels taller) */
      geo->n_rows = CLAMP ((guint) (geo->lane_h / ATLAS_TIMELINE_MIN_LABEL_ROW_H), 1, 3);
    }
  else
    {
      geo->packed = TRUE;
      geo->n_lanes = 1;
      geo->lane_h = lanes_h;
      /* Rows tall enough for titles (ATLAS_TIMELINE_MIN_LABEL_ROW_H) */
      geo->n_rows = CLAMP ((guint) (lanes_h / 13.5f), 1, MAX_ROWS);
    }

  geo->plot_x0 = MIN (geo->packed ? PACKED_GUTTER_W : GUTTER_W, width * 0.2f);
  geo->plot_w = MAX (16.f, width - geo->plot_x0 - RIGHT_PAD);
  geo->row_h = geo->lane_h / geo->n_rows;
  geo->mark_h = MIN (geo->row_h - 3.f, 14.f);
}

/* Lays the view out for a @width × @height plot; atlas_timeline_layout_ensure() calls this
 * only when something changed */
void
atlas_timeline_layout_update (AtlasTimelineLayout *self,
                              int                  width,
                              int                  height)
{
  self->dirty = FALSE;
  atlas_timeline_layout_set_size (self, width, height);
  lay_out (self);
}

/* The event whose mark (or casualty bars) is at @x, @y in the last layout, or %NULL */
AtlasEvent *
atlas_timeline_layout_event_at (AtlasTimelineLayout *self,
                                double               x,
                                double               y)
{
  const AtlasTimelineItem *best = NULL;
  double best_distance = G_MAXDOUBLE;
  guint lo, hi;

  if (self->kb == NULL || x < self->geo.plot_x0 - HIT_SLOP || x > self->geo.plot_x0 + self->geo.plot_w + HIT_SLOP)
    return NULL;

  /* The selection is drawn on top of everything */
  if (self->selected_item != G_MAXUINT)
    {
      const AtlasTimelineItem *item = atlas_timeline_layout_get_item (self, self->selected_item);

      if (x >= item->x0 - HIT_SLOP && x <= item->x1 + HIT_SLOP && y >= item->y0 - 2 && y <= item->y1 + 2)
        return get_mark (self, item->mark)->event;
    }

  if (self->density)
    return density_event_at (self, x, y);

  /* Bisect for the first item that starts after x, then look back as far as the widest item */
  lo = 0;
  hi = self->items->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->items, AtlasTimelineItem, mid).x0 <= x + HIT_SLOP)
        lo = mid + 1;
      else
        hi = mid;
    }

  for (guint i = lo; i-- > 0;)
    {
      const AtlasTimelineItem *item = atlas_timeline_layout_get_item (self, i);
      double distance;

      if (item->x0 < x - HIT_SLOP - self->max_item_w)
        break;
      if (x < item->x0 - HIT_SLOP || x > item->x1 + HIT_SLOP ||
          y < item->y0 - (item->kind == ATLAS_ITEM_FIGURES ? 6 : 2) || y > item->y1 + 2)
        continue;

      distance = fabs (x - (item->x0 + item->x1) / 2.0);
      /* Marks and bars win over the "more here" strips */
      if (item->kind == ATLAS_ITEM_CLUSTER)
        distance += 1000;
      if (distance < best_distance)
        {
          best = item;
          best_distance = distance;
        }
    }

  return best ? get_mark (self, best->mark)->event : NULL;
}

/* The item of @kind laid out for mark @mark, or %NULL */
const AtlasTimelineItem *
atlas_timeline_layout_find_item (AtlasTimelineLayout   *self,
                                 guint                  mark,
                                 AtlasTimelineItemKind  kind)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      const AtlasTimelineItem *item = atlas_timeline_layout_get_item (self, i);

      if (item->kind == kind && item->mark == mark)
        return item;
    }

  return NULL;
}

/* The casualty figure whose bar is at @x, @y in the last layout, or %NULL: the bars of an
 * event go side by side, one slot per count (killed, then injured) */
AtlasCasualty *
atlas_timeline_layout_casualty_at (AtlasTimelineLayout *self,
                                   double               x,
                                   double               y)
{
  const AtlasTimelineItem *item = NULL;
  AtlasCasualty *casualty;
  GPtrArray *figures;
  guint mark, slot;

  if (self->kb == NULL || self->density || self->geo.band_h <= 0 ||
      y < self->geo.band_y0 - 6 || y > self->geo.band_y0 + self->geo.band_h + 2)
    return NULL;

  /* Figures over periods lie over the bars */
  if ((casualty = atlas_timeline_layout_period_at (self, x, y)) != NULL)
    return casualty;

  for (guint i = 0; i < self->items->len && item == NULL; i++)
    {
      const AtlasTimelineItem *candidate = get_item (self, i);

      if (candidate->kind == ATLAS_ITEM_FIGURES &&
          x >= candidate->x0 - HIT_SLOP && x <= candidate->x1 + HIT_SLOP)
        item = candidate;
    }
  if (item == NULL)
    return NULL;

  mark = item->mark;
  figures = atlas_kb_get_casualties_for_event (self->kb, get_mark (self, mark)->event);
  slot = (guint) CLAMP ((x - item->x0) / ((item->x1 - item->x0 + 1) / MAX (1, item->count)), 0, item->count - 1);

  for (guint i = 0; i < figures->len; i++)
    {
      guint n = atlas_timeline_figure_n_slots (g_ptr_array_index (figures, i));

      if (slot < n)
        return g_ptr_array_index (figures, i);
      slot -= n;
    }

  return NULL;
}

/* atlas-timeline-viewport.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-timeline-layout"

#include "config.h"

#include <math.h>

#include "atlas-timeline-layout.h"
#include "atlas-timeline-layout-private.h"

/*
 * Which stretch of time the timeline shows (issue 7): the view is kept on the span that has
 * events, from a little before the first to a little after the last, whatever the zoom, the
 * scrolling or the event stepped to; and long empty stretches are compressed by the time
 * scale (src/core/atlas-time-scale.c), so that the events get the width. The view is held in
 * the scale's units; the visible days follow from it.
 */

#define MIN_SPAN ATLAS_TIMELINE_MIN_SPAN_DAYS

static inline gboolean
has_marks (const AtlasTimelineLayout *self)
{
  return self->kb != NULL && self->marks->len > 0;
}

static inline double
data_u0 (const AtlasTimelineLayout *self)
{
  return atlas_time_scale_to_unit (&self->scale, self->kb_first);
}

static inline double
data_u1 (const AtlasTimelineLayout *self)
{
  return atlas_time_scale_to_unit (&self->scale, self->kb_last);
}

/* The margin kept around the events: 3 % of their span, at least half a day */
static inline double
data_pad (const AtlasTimelineLayout *self)
{
  return MAX (0.5, (data_u1 (self) - data_u0 (self)) * 0.03);
}

static void
clamp_view (AtlasTimelineLayout *self)
{
  double span = self->view_u1 - self->view_u0;
  double max_span = 365.25 * 200;

  if (has_marks (self))
    max_span = MAX (MIN_SPAN, data_u1 (self) - data_u0 (self) + 2 * data_pad (self));

  span = CLAMP (span, MIN_SPAN, max_span);

  /* Never before the first event or after the last, beyond the margin: nobody needs to see
   * the empty months before the data begins (issue 7) */
  if (has_marks (self))
    {
      double lo = data_u0 (self) - data_pad (self);
      double hi = data_u1 (self) + data_pad (self) - span;

      if (hi < lo)
        self->view_u0 = (lo + hi) / 2.0;
      else
        self->view_u0 = CLAMP (self->view_u0, lo, hi);
    }

  self->view_u0 = CLAMP (self->view_u0, 1.0, (double) G_MAXUINT32 / 2);
  self->view_u1 = self->view_u0 + span;
  self->view_start = atlas_time_scale_to_day (&self->scale, self->view_u0);
  self->view_end = atlas_time_scale_to_day (&self->scale, self->view_u1);
}

/* Private API */

/* Finds the long stretches without events and compresses them, when compression is on */
void
_atlas_timeline_layout_build_scale (AtlasTimelineLayout *self)
{
  g_autofree AtlasTimeInterval *intervals = NULL;
  double span, removed = 0;
  guint n;

  atlas_time_scale_clear (&self->scale);
  if (!self->compress || !has_marks (self))
    return;

  n = self->marks->len;
  intervals = g_new (AtlasTimeInterval, n);
  for (guint i = 0; i < n; i++)
    {
      const AtlasTimelineMark *mark = atlas_timeline_layout_get_mark (self, i);

      intervals[i] = (AtlasTimeInterval) { mark->start, mark->end };
    }

  /* Once to find the gaps, once more to give them their width */
  span = (double) self->kb_last - self->kb_first;
  atlas_time_scale_compress (&self->scale, intervals, n, atlas_time_scale_min_gap_for_span (span), 1.0);
  for (guint g = 0; g < self->scale.n_gaps; g++)
    removed += self->scale.gaps[g].end - self->scale.gaps[g].start;
  if (self->scale.n_gaps > 0)
    atlas_time_scale_compress (&self->scale, intervals, n, atlas_time_scale_min_gap_for_span (span),
                               atlas_time_scale_gap_width_for (span, removed, self->scale.n_gaps));
}

/* Public API */

/* Shows the units from @u0 to @u1 of the time scale, kept on the events */
void
atlas_timeline_layout_set_view_units (AtlasTimelineLayout *self,
                                      double               u0,
                                      double               u1)
{
  self->view_u0 = u0;
  self->view_u1 = u1;
  clamp_view (self);
  self->dirty = TRUE;
}

/* Shows the days from @start to @end (fractional, end excluded), kept on the events */
void
atlas_timeline_layout_set_view (AtlasTimelineLayout *self,
                                double               start,
                                double               end)
{
  double u0 = atlas_time_scale_to_unit (&self->scale, start);
  double u1 = atlas_time_scale_to_unit (&self->scale, end);

  atlas_timeline_layout_set_view_units (self, u0, u1);

  /* Days in a compressed gap do not survive the trip to units and back exactly: keep the
   * days asked for when the view was not moved */
  if (self->view_u0 == u0 && self->view_u1 == u1)
    {
      self->view_start = start;
      self->view_end = end;
    }
}

/* Zooms in (@factor > 1) or out, keeping the date under @anchor_x where it is */
void
atlas_timeline_layout_zoom (AtlasTimelineLayout *self,
                            double               factor,
                            double               anchor_x)
{
  const AtlasTimelineGeometry *geo = &self->geo;
  double anchor, span, fraction;

  if (anchor_x < geo->plot_x0 || anchor_x > geo->plot_x0 + geo->plot_w)
    anchor_x = geo->plot_x0 + geo->plot_w / 2.f;

  anchor = atlas_timeline_layout_x_to_unit (self, anchor_x);
  fraction = (anchor_x - geo->plot_x0) / geo->plot_w;
  span = MAX ((self->view_u1 - self->view_u0) / factor, MIN_SPAN);

  atlas_timeline_layout_set_view_units (self, anchor - fraction * span, anchor - fraction * span + span);
}

/* Shows every event, with a small margin */
void
atlas_timeline_layout_zoom_to_fit (AtlasTimelineLayout *self)
{
  if (!has_marks (self))
    {
      self->dirty = TRUE;
      return;
    }

  atlas_timeline_layout_set_view_units (self, data_u0 (self) - data_pad (self), data_u1 (self) + data_pad (self));
}

/* Moves the view, keeping its span, so that mark @index is in it with a little margin */
void
atlas_timeline_layout_scroll_to_mark (AtlasTimelineLayout *self,
                                      guint                index)
{
  const AtlasTimelineMark *mark = atlas_timeline_layout_get_mark (self, index);
  double span = self->view_u1 - self->view_u0;
  double margin = span * 0.04;
  double start = atlas_time_scale_to_unit (&self->scale, mark->start);
  double end = atlas_time_scale_to_unit (&self->scale, mark->end);

  if (start >= self->view_u0 + margin && end <= self->view_u1 - margin)
    return;

  if (end - start < span - 2 * margin)
    {
      double middle = (start + end) / 2.0;
      atlas_timeline_layout_set_view_units (self, middle - span / 2.0, middle + span / 2.0);
    }
  else
    atlas_timeline_layout_set_view_units (self, start - margin, start - margin + span);
}

/* Compresses long empty stretches, or shows time as continuous; the view goes back to all
 * the events, since the axis is no longer the same */
void
atlas_timeline_layout_set_compress (AtlasTimelineLayout *self,
                                    gboolean             compress)
{
  compress = !!compress;
  if (self->compress == compress)
    return;

  self->compress = compress;
  _atlas_timeline_layout_build_scale (self);
  atlas_timeline_layout_zoom_to_fit (self);
  if (self->selected_mark != G_MAXUINT)
    atlas_timeline_layout_scroll_to_mark (self, self->selected_mark);
  self->dirty = TRUE;
}

/* atlas-timeline-marks.c: the timeline layout's marks, built from a KB
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
 * A KB is turned once into a compact array of marks (extent in days, lane, flags), in the
 * KB's date order, so that the mark of an event is at atlas_event_get_position(). This is the
 * part of AtlasTimelineLayout that knows events; atlas-timeline-layout.c only knows marks.
 */

#define LONG_SPAN_DAYS  92
#define APPROX_DAYS     2       /* "days" precision without an end date: date ± 2 days */

static guint
lookup_type (const AtlasEventTypeInfo *types,
             guint                     n_types,
             const char               *id)
{
  for (guint i = 0; id && i < n_types; i++)
    if (g_str_equal (types[i].id, id))
      return i;

  return n_types;
}

/* The placement scratch has a row of ATLAS_TIMELINE_MAX_ROWS per lane, and a lane per type:
 * sized here, from the vocabulary, rather than from a fixed maximum nothing checks. */
static void
size_lanes (AtlasTimelineLayout *self)
{
  guint n_lanes = MAX (1, self->n_type_lanes);

  g_free (self->row_end);
  g_free (self->row_mark_end);
  g_free (self->row_item);
  g_free (self->cluster);
  self->row_end = g_new (float, n_lanes * ATLAS_TIMELINE_MAX_ROWS);
  self->row_mark_end = g_new (float, n_lanes * ATLAS_TIMELINE_MAX_ROWS);
  self->row_item = g_new (int, n_lanes * ATLAS_TIMELINE_MAX_ROWS);
  self->cluster = g_new (int, n_lanes);
  /* The buckets follow the number of lanes too: allocate them again at the next layout */
  g_clear_pointer (&self->buckets, g_free);
  self->bucket_figures = NULL;
  self->buckets_alloc = 0;
  self->n_buckets = 0;
}

static void
set_mark_extent (AtlasTimelineMark *mark,
                 AtlasEvent        *event,
                 AtlasDate          end_date)
{
  switch (atlas_event_get_date_precision (event))
    {
    case ATLAS_DATE_PRECISION_MONTH:
      {
        guint y, m;

        atlas_date_to_ymd (mark->date, &y, &m, NULL);
        mark->start = atlas_date_from_ymd (y, m, 1);
        mark->end = MAX (mark->end, m == 12 ? atlas_date_from_ymd (y + 1, 1, 1)
                                            : atlas_date_from_ymd (y, m + 1, 1));
        mark->flags |= ATLAS_MARK_MONTH;
      }
      break;

    case ATLAS_DATE_PRECISION_DAYS:
      mark->flags |= ATLAS_MARK_FUZZY;
      if (end_date == ATLAS_DATE_NONE)
        {
          mark->start = mark->date > APPROX_DAYS ? mark->date - APPROX_DAYS : 1;
          mark->end = mark->date + APPROX_DAYS + 1;
          mark->flags |= ATLAS_MARK_APPROX_DAY;
        }
      break;

    case ATLAS_DATE_PRECISION_DAY:
    default:
      break;
    }
}

/* Builds the marks of @kb's events, in lanes by their index in @types; the view is left for
 * the caller to fit */
void
atlas_timeline_layout_set_kb (AtlasTimelineLayout      *self,
                              AtlasKb                  *kb,
                              const AtlasEventTypeInfo *types,
                              guint                     n_types)
{
  double top = 0;
  GListModel *events;
  guint n;

  /* A mark keeps its lane in a guint8, and the lane of unknown types is n_types */
  g_return_if_fail (n_types < G_MAXUINT8);
  g_return_if_fail (types != NULL || n_types == 0);

  g_set_object (&self->kb, kb);
  g_array_set_size (self->marks, 0);
  g_array_set_size (self->long_marks, 0);
  g_array_set_size (self->periods, 0);
  self->lookback = 1;
  self->lookahead = 0;
  self->has_figures = FALSE;
  self->kb_first = G_MAXUINT32;
  self->kb_last = 0;
  self->types = types;
  self->n_types = n_types;
  self->n_type_lanes = n_types;
  self->selected_mark = G_MAXUINT;
  self->selected_item = G_MAXUINT;
  self->dirty = TRUE;

  if (kb == NULL)
    {
      size_lanes (self);
      g_array_set_size (self->items, 0);
      g_array_set_size (self->label_widths, 0);
      atlas_time_scale_clear (&self->scale);
      return;
    }

  events = atlas_kb_get_events (kb);
  n = g_list_model_get_n_items (events);
  g_array_set_size (self->marks, n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AtlasEvent) event = g_list_model_get_item (events, i);
      AtlasDate end_date = atlas_event_get_end_date (event);
      GPtrArray *figures = atlas_kb_get_casualties_for_event (kb, event);
      AtlasTimelineMark *mark = atlas_timeline_layout_get_mark (self, i);

      mark->event = event;
      mark->date = atlas_event_get_date (event);
      mark->start = mark->date;
      mark->end = MAX (end_date, mark->date) + 1;
      mark->type = (guint8) lookup_type (types, n_types, atlas_event_get_event_type (event));
      mark->flags = 0;

      if (mark->type == n_types)
        self->n_type_lanes = n_types + 1;
      if (end_date != ATLAS_DATE_NONE && end_date > mark->date)
        mark->flags |= ATLAS_MARK_SPAN;
      if (atlas_event_get_status (event) == ATLAS_EVENT_STATUS_PLANNED)
        mark->flags |= ATLAS_MARK_PLANNED;

      set_mark_extent (mark, event, end_date);

      for (guint f = 0; f < figures->len; f++)
        {
          AtlasCasualty *casualty = g_ptr_array_index (figures, f);
          const AtlasCount *counts[2] = { atlas_casualty_get_killed (casualty), atlas_casualty_get_injured (casualty) };
          AtlasTimelinePeriod period = { i, f, 0, 0 };

          mark->flags |= ATLAS_MARK_FIGURES;
          /* Over a period: drawn over it, with no bar whose height the scale must hold */
          if (atlas_casualty_get_period (casualty, &period.start, &period.end))
            {
              period.end++;
              g_array_append_val (self->periods, period);
              self->kb_first = MIN (self->kb_first, period.start);
              self->kb_last = MAX (self->kb_last, period.end);
              continue;
            }
          for (guint c = 0; c < 2; c++)
            if (ATLAS_COUNT_IS_SET (counts[c]))
              top = MAX (top, MAX (counts[c]->min, counts[c]->max));
        }
      if (mark->flags & ATLAS_MARK_FIGURES)
        self->has_figures = TRUE;

      if (mark->end - mark->start > LONG_SPAN_DAYS)
        {
          mark->flags |= ATLAS_MARK_LONG;
          g_array_append_val (self->long_marks, i);
        }
      else
        {
          self->lookback = MAX (self->lookback, mark->end - mark->date);
          self->lookahead = MAX (self->lookahead, mark->date - mark->start);
        }

      self->kb_first = MIN (self->kb_first, mark->start);
      self->kb_last = MAX (self->kb_last, mark->end);
    }

  size_lanes (self);
  g_array_set_size (self->items, 0);
  atlas_timeline_layout_forget_label_widths (self);
  _atlas_timeline_layout_build_scale (self);

  /* A linear scale with ticks at round numbers (0, 10, 20, 30 for a top figure of 27): bar
   * heights compare as the numbers do, and the axis reads at a glance (issue 7) */
  atlas_timeline_layout_choose_figure_scale (top, &self->figure_top, &self->figure_step);
}

/* Marks the events @session highlights (those of the visible types, at the selected place…) */
void
atlas_timeline_layout_update_highlight (AtlasTimelineLayout *self,
                                        AtlasSession        *session)
{
  for (guint i = 0; i < self->marks->len; i++)
    {
      AtlasTimelineMark *mark = atlas_timeline_layout_get_mark (self, i);

      if (atlas_session_event_is_highlighted (session, mark->event))
        mark->flags |= ATLAS_MARK_HIGHLIGHTED;
      else
        mark->flags &= ~ATLAS_MARK_HIGHLIGHTED;
    }
  self->dirty = TRUE;
}

/* The index of @event's mark, or G_MAXUINT when it is not in the layout's KB */
guint
atlas_timeline_layout_find_mark (AtlasTimelineLayout *self,
                                 AtlasEvent          *event)
{
  guint position;

  if (event && self->kb &&
      (position = atlas_event_get_position (event)) < self->marks->len &&
      atlas_timeline_layout_get_mark (self, position)->event == event)
    return position;

  return G_MAXUINT;
}

/* The selection is always placed as a mark, drawn on top */
void
atlas_timeline_layout_select_event (AtlasTimelineLayout *self,
                                    AtlasEvent          *event)
{
  self->selected_mark = atlas_timeline_layout_find_mark (self, event);
  self->dirty = TRUE;
}

/* Titles are measured by @func, the first time a mark is placed: the layout has no fonts */
void
atlas_timeline_layout_set_measure_func (AtlasTimelineLayout      *self,
                                        AtlasTimelineMeasureFunc  func,
                                        gpointer                  user_data)
{
  self->measure_label = func;
  self->measure_data = user_data;
  atlas_timeline_layout_forget_label_widths (self);
}

/* The titles must be measured again: the font changed */
void
atlas_timeline_layout_forget_label_widths (AtlasTimelineLayout *self)
{
  g_array_set_size (self->label_widths, self->marks->len);
  for (guint i = 0; i < self->marks->len; i++)
    g_array_index (self->label_widths, float, i) = -1.f;
  self->dirty = TRUE;
}

/* The width of mark @index's title, 0 when nothing measures titles */
float
atlas_timeline_layout_get_label_width (AtlasTimelineLayout *self,
                                       guint                index)
{
  float *w;

  if (self->measure_label == NULL || index >= self->label_widths->len)
    return 0.f;

  w = &g_array_index (self->label_widths, float, index);
  if (*w < 0)
    *w = self->measure_label (atlas_timeline_layout_get_mark (self, index)->event, self->measure_data);
  return *w;
}

/* A scale for casualty figures up to @top: ticks every @step (1, 2 or 5 times a power of
 * ten), at most four of them above 0, up to @scale_top, the first tick at or above @top */
void
atlas_timeline_layout_choose_figure_scale (double  top,
                                           double *scale_top,
                                           double *step)
{
  static const double steps[] = { 1, 2, 5 };
  double magnitude = 1;

  top = MAX (top, 4);
  for (;;)
    {
      for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
        if (top / (steps[i] * magnitude) <= 4)
          {
            *step = steps[i] * magnitude;
            *scale_top = ceil (top / *step) * *step;
            return;
          }
      magnitude *= 10;
    }
}

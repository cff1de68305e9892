/* atlas-time-scale.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-time-scale"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include <glib/gi18n.h>

#include "atlas-time-scale.h"

/*
 * Which stretches are compressed, and how much:
 *
 *  - a gap is a stretch that no event's possible dates touch (the union of the events'
 *    [start, end) intervals leaves it out);
 *  - only gaps longer than three weeks, and longer than a tenth of the whole span, are
 *    compressed: a quiet week inside a busy month keeps its true width;
 *  - every compressed gap is drawn over the same few units, enough for its break mark and
 *    its label ("7 months without events"), so that the reader sees time was cut, and how
 *    much.
 */

#define MIN_GAP_DAYS      21.0
#define MIN_GAP_FRACTION  0.1
#define GAP_FRACTION      0.16

static int
compare_intervals (const void *a,
                   const void *b)
{
  const AtlasTimeInterval *ia = a;
  const AtlasTimeInterval *ib = b;

  return (ia->start > ib->start) - (ia->start < ib->start);
}

/* The gap whose stretch of units holds @unit, or the last one before it; -1 before all */
static int
find_gap_by_unit (const AtlasTimeScale *self,
                  double                unit)
{
  int lo = 0, hi = (int) self->n_gaps;

  while (lo < hi)
    {
      int mid = lo + (hi - lo) / 2;

      if (self->gaps[mid].u_start < unit)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo - 1;
}

static int
find_gap_by_day (const AtlasTimeScale *self,
                 double                day)
{
  int lo = 0, hi = (int) self->n_gaps;

  while (lo < hi)
    {
      int mid = lo + (hi - lo) / 2;

      if (self->gaps[mid].start < day)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo - 1;
}

/* Public API */

void
atlas_time_scale_init (AtlasTimeScale *self)
{
  self->gaps = NULL;
  self->n_gaps = 0;
}

void
atlas_time_scale_clear (AtlasTimeScale *self)
{
  g_clear_pointer (&self->gaps, g_free);
  self->n_gaps = 0;
}

/* The shortest gap worth compressing in a KB that spans @span days */
double
atlas_time_scale_min_gap_for_span (double span)
{
  return MAX (MIN_GAP_DAYS, span * MIN_GAP_FRACTION);
}

/* How many units each of @n_gaps compressed gaps is drawn over, when they remove
 * @compressed_days of a KB spanning @span days: a sixth of what is left, shared */
double
atlas_time_scale_gap_width_for (double span,
                                double compressed_days,
                                guint  n_gaps)
{
  double left = MAX (1.0, span - compressed_days);

  if (n_gaps == 0)
    return 0;
  return MAX (1.0, left * GAP_FRACTION / sqrt (n_gaps));
}

/* Compresses every gap of at least @min_gap days between @intervals (sorted here, in place)
 * to @gap_width units; with @min_gap <= 0 or no such gap, the scale is the identity */
void
atlas_time_scale_compress (AtlasTimeScale    *self,
                           AtlasTimeInterval *intervals,
                           guint              n_intervals,
                           double             min_gap,
                           double             gap_width)
{
  GArray *gaps;
  double covered_end;
  double removed = 0;

  atlas_time_scale_clear (self);
  if (n_intervals < 2 || min_gap <= 0)
    return;

  gap_width = MAX (gap_width, 0.5);
  min_gap = MAX (min_gap, gap_width);
  qsort (intervals, n_intervals, sizeof *intervals, compare_intervals);

  gaps = g_array_new (FALSE, FALSE, sizeof (AtlasTimeGap));
  covered_end = intervals[0].end;
  for (guint i = 1; i < n_intervals; i++)
    {
      if (intervals[i].start - covered_end >= min_gap)
        {
          AtlasTimeGap gap = {
            .start = covered_end,
            .end = intervals[i].start,
            .u_start = covered_end - removed,
            .width = gap_width,
          };

          removed += (gap.end - gap.start) - gap_width;
          g_array_append_val (gaps, gap);
        }
      covered_end = MAX (covered_end, intervals[i].end);
    }

  self->n_gaps = gaps->len;
  self->gaps = (AtlasTimeGap *) (void *) g_array_free (gaps, self->n_gaps == 0);
}

double
atlas_time_scale_to_unit_slow (const AtlasTimeScale *self,
                               double                day)
{
  int g = find_gap_by_day (self, day);
  const AtlasTimeGap *gap;

  if (g < 0)
    return day;

  gap = &self->gaps[g];
  if (day < gap->end)
    return gap->u_start + (day - gap->start) * gap->width / (gap->end - gap->start);
  return gap->u_start + gap->width + (day - gap->end);
}

double
atlas_time_scale_to_day_slow (const AtlasTimeScale *self,
                              double                unit)
{
  int g = find_gap_by_unit (self, unit);
  const AtlasTimeGap *gap;

  if (g < 0)
    return unit;

  gap = &self->gaps[g];
  if (unit < gap->u_start + gap->width)
    return gap->start + (unit - gap->u_start) * (gap->end - gap->start) / gap->width;
  return gap->end + (unit - gap->u_start - gap->width);
}

/* The compressed gap that holds @day, or %NULL */
const AtlasTimeGap *
atlas_time_scale_find_gap (const AtlasTimeScale *self,
                           double                day)
{
  int g = find_gap_by_day (self, day);

  if (g + 1 < (int) self->n_gaps && self->gaps[g + 1].start == day)
    g++;
  if (g < 0 || day >= self->gaps[g].end)
    return NULL;
  return &self->gaps[g];
}

/* The label of a compressed gap: "7 months without events", in weeks under two months and
 * in years from two years; @brief gives only the length ("7 months"), for narrow gaps */
char *
atlas_time_scale_describe_gap (const AtlasTimeGap *gap,
                               gboolean            brief)
{
  double days = gap->end - gap->start;
  guint n;

  if (days < 61)
    {
      n = (guint) MAX (1, lround (days / 7.0));
      if (brief)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u week", "%u weeks", n), n);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u week without events",
                                           "%u weeks without events", n), n);
    }
  if (days < 730)
    {
      n = (guint) MAX (1, lround (days / 30.44));
      if (brief)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u month", "%u months", n), n);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u month without events",
                                           "%u months without events", n), n);
    }
  n = (guint) lround (days / 365.25);
  if (brief)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u year", "%u years", n), n);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u year without events",
                                       "%u years without events", n), n);
}

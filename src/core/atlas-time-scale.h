/* atlas-time-scale.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * A time scale with compressed stretches: days map to "units", which a view maps linearly to
 * pixels. Outside the gaps one unit is one day; a long stretch with no events is drawn over a
 * few units only, so that seven empty months do not take the width the events need. Plain
 * arithmetic, monotonic and invertible, with no display: tests/test-time-scale.c checks it.
 *
 * The struct is public because the timeline maps every mark through it in its inner loops;
 * with no gap (compression off, or nothing long enough to compress) both mappings are the
 * identity and cost one comparison.
 */

typedef struct
{
  double start;    /* the first day with no event, fractional Julian days */
  double end;      /* the day the next event starts: the gap is [start, end) */
  double u_start;  /* the unit @start maps to */
  double width;    /* how many units the gap is drawn over */
} AtlasTimeGap;

typedef struct
{
  double start;
  double end;      /* excluded */
} AtlasTimeInterval;

typedef struct
{
  AtlasTimeGap *gaps;   /* sorted by start, not overlapping */
  guint         n_gaps;
} AtlasTimeScale;

void     atlas_time_scale_init              (AtlasTimeScale          *self);
void     atlas_time_scale_clear             (AtlasTimeScale          *self);
void     atlas_time_scale_compress          (AtlasTimeScale          *self,
                                             AtlasTimeInterval       *intervals,
                                             guint                    n_intervals,
                                             double                   min_gap,
                                             double                   gap_width);
double   atlas_time_scale_min_gap_for_span  (double                   span);
double   atlas_time_scale_gap_width_for     (double                   span,
                                             double                   compressed_days,
                                             guint                    n_gaps);
double   atlas_time_scale_to_unit_slow      (const AtlasTimeScale    *self,
                                             double                   day);
double   atlas_time_scale_to_day_slow       (const AtlasTimeScale    *self,
                                             double                   unit);
const AtlasTimeGap *
         atlas_time_scale_find_gap          (const AtlasTimeScale    *self,
                                             double                   day);
char    *atlas_time_scale_describe_gap      (const AtlasTimeGap      *gap,
                                             gboolean                 brief);

/* The unit of @day: the identity when nothing is compressed */
G_ALWAYS_INLINE static inline double
atlas_time_scale_to_unit (const AtlasTimeScale *self,
                          double                day)
{
  if (self->n_gaps == 0 || day <= self->gaps[0].start)
    return day;
  return atlas_time_scale_to_unit_slow (self, day);
}

/* The day of @unit, the inverse of atlas_time_scale_to_unit() */
G_ALWAYS_INLINE static inline double
atlas_time_scale_to_day (const AtlasTimeScale *self,
                         double                unit)
{
  if (self->n_gaps == 0 || unit <= self->gaps[0].u_start)
    return unit;
  return atlas_time_scale_to_day_slow (self, unit);
}

G_END_DECLS

/* atlas-time-ruler.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-time-scale.h"

G_BEGIN_DECLS

/* The time axis above the timeline's plot: which ticks to show at a zoom, and drawing them
 * with their labels. Choosing the ticks is arithmetic on label widths the caller measured, so
 * that it can be tested with numbers and no fonts. */

typedef enum
{
  ATLAS_TIME_TICK_DAYS,
  ATLAS_TIME_TICK_MONTHS,
  ATLAS_TIME_TICK_YEARS,
} AtlasTimeTickUnit;

/* How wide each kind of label is, padding included, in pixels */
typedef struct
{
  float day;          /* "28" */
  float month;        /* "May", with room for longer abbreviations */
  float month_full;   /* "September" */
  float year;         /* "2016" */
} AtlasTimeLabelWidths;

typedef struct
{
  AtlasTimeTickUnit unit;
  guint             step;         /* in days (labelled days of the month), months or years */
  gboolean          full_months;  /* month ticks with the month's full name */
} AtlasTimeTicks;

/* Where the ruler draws: days [view_start, view_end), units [u0, u1) of @scale, over
 * [x0, x0 + width); the compressed gaps of @scale get a break mark and their length */
typedef struct
{
  const AtlasTimeScale *scale;
  double view_start;
  double view_end;
  double u0;
  double u1;
  float  x0;
  float  width;
  float  axis_y;      /* the axis line; labels and ticks are above it */
  float  height;      /* grid lines go down to here */
  float  gap_label_y0; /* a compressed gap's label is centred between these: where no */
  float  gap_label_y1; /* title runs across the gap */
} AtlasTimeRulerArea;

void     atlas_time_ruler_choose_ticks    (double                      pixels_per_day,
                                           const AtlasTimeLabelWidths *widths,
                                           AtlasTimeTicks             *ticks);
gboolean atlas_time_ruler_day_is_labelled (guint                       day,
                                           guint                       step);
void     atlas_time_ruler_snapshot        (const AtlasTimeRulerArea   *area,
                                           GtkSnapshot                *snapshot,
                                           PangoLayout                *layout,
                                           const GdkRGBA              *fg);
void     atlas_time_ruler_snapshot_gaps   (const AtlasTimeRulerArea   *area,
                                           GtkSnapshot                *snapshot,
                                           PangoLayout                *layout,
                                           const GdkRGBA              *fg,
                                           const GdkRGBA              *bg);

G_END_DECLS

/* atlas-timeline-layout.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "atlas-event-types.h"
#include "atlas-session.h"
#include "atlas-time-scale.h"

G_BEGIN_DECLS

/*
 * Where the timeline puts things, as plain arithmetic with no widget: the marks built from a
 * KB, the mapping between days and x, the rows and "more here" clusters, the density bars and
 * the hit-test. The widget (atlas-timeline-view.c) gives it a size and a view and draws what
 * it laid out; the tests check it with numbers and no display.
 *
 * The struct is public, unlike a GObject's, because the drawing code reads its arrays in its
 * inner loops: a function call per field would cost frames at 100,000 events. The accessors
 * below are always inlined, even in the unoptimised debug builds the benchmarks run.
 */

#define ATLAS_TIMELINE_MAX_ROWS 12
#define ATLAS_TIMELINE_AXIS_H   32.f
#define ATLAS_TIMELINE_BUCKET_W 2.f
#define ATLAS_TIMELINE_HIT_SLOP 3.f
#define ATLAS_TIMELINE_MIN_LABEL_ROW_H 13.f   /* rows lower than this get no titles */

typedef enum
{
  ATLAS_MARK_PLANNED     = 1 << 0,
  ATLAS_MARK_SPAN        = 1 << 1,   /* has an end date after its date */
  ATLAS_MARK_FUZZY       = 1 << 2,   /* precision "days": the edges are not sharp */
  ATLAS_MARK_MONTH       = 1 << 3,   /* precision "month": any day of the month */
  ATLAS_MARK_APPROX_DAY  = 1 << 4,   /* "days" without an end date: some day close to the date */
  ATLAS_MARK_FIGURES     = 1 << 5,
  ATLAS_MARK_HIGHLIGHTED = 1 << 6,
  ATLAS_MARK_LONG        = 1 << 7,
} AtlasTimelineMarkFlags;

typedef struct
{
  AtlasEvent *event;   /* owned by the KB, which the layout holds */
  AtlasDate   date;
  AtlasDate   start;   /* the first day it may have happened */
  AtlasDate   end;     /* the day after the last day it may have happened */
  guint8      type;    /* index in the vocabulary, n_types for an unknown type */
  guint8      flags;
} AtlasTimelineMark;

typedef enum
{
  ATLAS_ITEM_MARK,
  ATLAS_ITEM_CLUSTER,
  ATLAS_ITEM_FIGURES,
  ATLAS_ITEM_PERIOD,   /* a casualty figure over a period: mark is its event, count its index */
} AtlasTimelineItemKind;

/* A casualty figure that counts over a period ("since 22 September"): drawn over the period,
 * never as a bar on one day (issue 9) */
typedef struct
{
  guint     mark;      /* its event's mark */
  guint     figure;    /* its index in atlas_kb_get_casualties_for_event() */
  AtlasDate start;
  AtlasDate end;       /* the day after its last day */
} AtlasTimelinePeriod;

typedef struct
{
  float  x0, x1, y0, y1;
  float  label_room;
  guint  mark;
  guint  count;
  guint  count_highlighted;
  guint8 lane;
  guint8 kind;
} AtlasTimelineItem;

typedef struct
{
  int      width;
  int      height;
  float    plot_x0;
  float    plot_w;
  float    lanes_y0;
  float    lane_h;
  guint    n_lanes;
  gboolean packed;     /* all types share the rows: too little height for a lane per type */
  guint    n_rows;
  float    row_h;
  float    mark_h;
  float    band_y0;
  float    band_h;     /* 0 when the KB has no casualty figures */
} AtlasTimelineGeometry;

/* The width in pixels of @event's title as the timeline draws it */
typedef float (*AtlasTimelineMeasureFunc) (AtlasEvent *event,
                                           gpointer    user_data);

typedef struct
{
  AtlasKb               *kb;
  GArray                *marks;          /* of AtlasTimelineMark, in the KB's order */
  GArray                *long_marks;     /* of guint, indexes of ATLAS_MARK_LONG marks */
  GArray                *periods;        /* of AtlasTimelinePeriod, in the KB's order */
  guint                  lookback;       /* the most days a short mark ends after its date */
  guint                  lookahead;      /* the most days a mark starts before its date */
  const AtlasEventTypeInfo *types;      /* the lanes' types, the KB's (issue 9): unowned */
  guint                  n_types;
  guint                  n_type_lanes;   /* n_types, + 1 when some event has an unknown type */
  AtlasDate              kb_first;
  AtlasDate              kb_last;        /* exclusive */
  gboolean               has_figures;
  double                 figure_top;     /* the top of the casualty scale, a tick */
  double                 figure_step;    /* between its ticks */

  /* The view: units of the time scale (days, except in compressed gaps), from which the
   * visible days follow */
  AtlasTimeScale         scale;
  gboolean               compress;       /* long empty stretches are compressed (the default) */
  double                 view_u0;
  double                 view_u1;
  double                 view_start;     /* fractional Julian days; day d covers [d, d + 1) */
  double                 view_end;

  /* Title widths, measured by the widget when a mark is first placed; -1 when not yet */
  AtlasTimelineMeasureFunc measure_label;
  gpointer               measure_data;
  GArray                *label_widths;   /* of float, one per mark */

  AtlasTimelineGeometry  geo;
  gboolean               dirty;
  gboolean               density;
  GArray                *items;          /* of AtlasTimelineItem, sorted by x0 */
  float                  max_item_w;
  guint                  selected_item;  /* index in items, G_MAXUINT when not laid out */
  guint                  selected_mark;  /* G_MAXUINT for none */
  float                 *buckets;        /* n_type_lanes × n_buckets × 2: highlighted, dimmed */
  float                 *bucket_figures; /* n_buckets × 3: lowest, highest (-1 open-ended), has-no-number */
  guint                  n_buckets;
  gsize                  buckets_alloc;

  /* Scratch for placing marks, n_type_lanes × ATLAS_TIMELINE_MAX_ROWS (and × 1 for clusters):
   * sized from the vocabulary, so that a new event type cannot write past them */
  float                 *row_end;        /* where the last mark and its whole title end */
  float                 *row_mark_end;   /* where the last mark ends */
  int                   *row_item;
  int                   *cluster;
} AtlasTimelineLayout;

AtlasTimelineLayout *atlas_timeline_layout_new              (void);
void                 atlas_timeline_layout_free             (AtlasTimelineLayout         *self);
void                 atlas_timeline_layout_set_kb           (AtlasTimelineLayout         *self,
                                                             AtlasKb                     *kb,
                                                             const AtlasEventTypeInfo    *types,
                                                             guint                        n_types);
void                 atlas_timeline_layout_update_highlight (AtlasTimelineLayout         *self,
                                                             AtlasSession                *session);
void                 atlas_timeline_layout_select_event     (AtlasTimelineLayout         *self,
                                                             AtlasEvent                  *event);
guint                atlas_timeline_layout_find_mark        (AtlasTimelineLayout         *self,
                                                             AtlasEvent                  *event);
void                 atlas_timeline_layout_set_size         (AtlasTimelineLayout         *self,
                                                             int                          width,
                                                             int                          height);
void                 atlas_timeline_layout_update           (AtlasTimelineLayout         *self,
                                                             int                          width,
                                                             int                          height);
void                 atlas_timeline_layout_set_view         (AtlasTimelineLayout         *self,
                                                             double                       start,
                                                             double                       end);
void                 atlas_timeline_layout_zoom             (AtlasTimelineLayout         *self,
                                                             double                       factor,
                                                             double                       anchor_x);
void                 atlas_timeline_layout_zoom_to_fit      (AtlasTimelineLayout         *self);
void                 atlas_timeline_layout_set_view_units   (AtlasTimelineLayout         *self,
                                                             double                       u0,
                                                             double                       u1);
void                 atlas_timeline_layout_set_compress     (AtlasTimelineLayout         *self,
                                                             gboolean                     compress);
void                 atlas_timeline_layout_set_measure_func (AtlasTimelineLayout         *self,
                                                             AtlasTimelineMeasureFunc     func,
                                                             gpointer                     user_data);
void                 atlas_timeline_layout_choose_figure_scale (double                 top,
                                                             double                      *scale_top,
                                                             double                      *step);
void                 atlas_timeline_layout_forget_label_widths (AtlasTimelineLayout      *self);
float                atlas_timeline_layout_get_label_width  (AtlasTimelineLayout         *self,
                                                             guint                        index);
void                 atlas_timeline_layout_scroll_to_mark   (AtlasTimelineLayout         *self,
                                                             guint                        index);
AtlasEvent          *atlas_timeline_layout_event_at         (AtlasTimelineLayout         *self,
                                                             double                       x,
                                                             double                       y);
void                 atlas_timeline_layout_place_periods    (AtlasTimelineLayout         *self);
AtlasCasualty       *atlas_timeline_layout_period_at        (AtlasTimelineLayout         *self,
                                                             double                       x,
                                                             double                       y);
AtlasCasualty       *atlas_timeline_layout_casualty_at      (AtlasTimelineLayout         *self,
                                                             double                       x,
                                                             double                       y);
const AtlasTimelineItem *
                     atlas_timeline_layout_find_item        (AtlasTimelineLayout         *self,
                                                             guint                        mark,
                                                             AtlasTimelineItemKind        kind);

G_ALWAYS_INLINE static inline AtlasTimelineMark *
atlas_timeline_layout_get_mark (const AtlasTimelineLayout *self,
                                guint                      index)
{
  return &g_array_index (self->marks, AtlasTimelineMark, index);
}

G_ALWAYS_INLINE static inline const AtlasTimelineItem *
atlas_timeline_layout_get_item (const AtlasTimelineLayout *self,
                                guint                      index)
{
  return &g_array_index (self->items, AtlasTimelineItem, index);
}

/* Pixels per day outside the compressed gaps (per unit of the time scale) */
G_ALWAYS_INLINE static inline double
atlas_timeline_layout_pixels_per_day (const AtlasTimelineLayout *self)
{
  return self->geo.plot_w / (self->view_u1 - self->view_u0);
}

G_ALWAYS_INLINE static inline float
atlas_timeline_layout_day_to_x (const AtlasTimelineLayout *self,
                                double                     day)
{
  return self->geo.plot_x0 + (atlas_time_scale_to_unit (&self->scale, day) - self->view_u0) *
                             atlas_timeline_layout_pixels_per_day (self);
}

G_ALWAYS_INLINE static inline double
atlas_timeline_layout_x_to_unit (const AtlasTimelineLayout *self,
                                 double                     x)
{
  return self->view_u0 + (x - self->geo.plot_x0) / atlas_timeline_layout_pixels_per_day (self);
}

G_ALWAYS_INLINE static inline double
atlas_timeline_layout_x_to_day (const AtlasTimelineLayout *self,
                                double                     x)
{
  return atlas_time_scale_to_day (&self->scale, atlas_timeline_layout_x_to_unit (self, x));
}

/* Lays the view out again for a @width × @height plot, unless nothing changed since the last
 * time: inline, because every hit-test and date lookup starts with it */
G_ALWAYS_INLINE static inline void
atlas_timeline_layout_ensure (AtlasTimelineLayout *self,
                              int                  width,
                              int                  height)
{
  if (self->dirty || width != self->geo.width || height != self->geo.height)
    atlas_timeline_layout_update (self, width, height);
}

/* How many bars a casualty figure takes on its event's day: one per count (killed, injured),
 * one for a figure with no number (its question mark), none for a figure over a period, which
 * is drawn over the period instead. The one rule for placing, drawing and hit-testing bars. */
G_ALWAYS_INLINE static inline guint
atlas_timeline_figure_n_slots (AtlasCasualty *casualty)
{
  if (atlas_casualty_get_period (casualty, NULL, NULL))
    return 0;

  return 1 + (ATLAS_COUNT_IS_SET (atlas_casualty_get_killed (casualty)) &&
              ATLAS_COUNT_IS_SET (atlas_casualty_get_injured (casualty)));
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtlasTimelineLayout, atlas_timeline_layout_free)

G_END_DECLS

/* atlas-timeline-view.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-timeline-view"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "atlas-event-types.h"
#include "atlas-timeline-view.h"

/*
 * The timeline draws the session's KB on a time axis with GtkSnapshot, one widget for
 * everything, so that it stays fluid at 100,000 events:
 *
 *  - A KB is turned once into a compact array of marks (extent in days, lane, flags), in the
 *    KB's date order, so that the mark of an event is at atlas_event_get_position().
 *  - A layout pass walks only the visible events: the first one is found by binary search
 *    (atlas_kb_find_first_event_on_or_after) from "start of the view − the longest short
 *    extent"; events longer than LONG_SPAN_DAYS are kept in a short list of their own so that
 *    one long siege does not make every walk start years early.
 *  - When there are more visible events than the lanes can show as marks, the layout switches
 *    to density bars: per pixel bucket and lane, the expected number of events (an event of
 *    uncertain date is spread over its whole possible range). Otherwise marks are placed in
 *    rows, greedily, and what does not fit is folded into small "more here" clusters.
 *  - The laid-out items live in one array reused from frame to frame, sorted by x, which the
 *    hit-test searches by bisection. Nothing per frame grows with the size of the KB.
 */

#define MAX_LANES       10
#define MAX_ROWS        12
#define LONG_SPAN_DAYS  92
#define APPROX_DAYS     2       /* "days" precision without an end date: date ± 2 days */
#define GUTTER_W        132.f   /* type names */
#define PACKED_GUTTER_W 86.f    /* "Killed" and its scale */
#define RIGHT_PAD       12.f
#define AXIS_H          32.f
#define BUCKET_W        2.f
#define MIN_SPAN_DAYS   3.0
#define HIT_SLOP        3.f
#define MAX_CLUSTER_W   24.f
#define ROW_GAP         2.f

typedef enum
{
  MARK_PLANNED     = 1 << 0,
  MARK_SPAN        = 1 << 1,   /* has an end date after its date */
  MARK_FUZZY       = 1 << 2,   /* precision "days": the edges are not sharp */
  MARK_MONTH       = 1 << 3,   /* precision "month": any day of the month */
  MARK_APPROX_DAY  = 1 << 4,   /* "days" without an end date: some day close to the date */
  MARK_FIGURES     = 1 << 5,
  MARK_HIGHLIGHTED = 1 << 6,
  MARK_LONG        = 1 << 7,
} MarkFlags;

typedef struct
{
  AtlasEvent *event;   /* owned by the KB, which we hold */
  AtlasDate   date;
  AtlasDate   start;   /* the first day it may have happened */
  AtlasDate   end;     /* the day after the last day it may have happened */
  guint8      type;    /* index in atlas_event_types_get (), n_types for an unknown type */
  guint8      flags;
} Mark;

typedef enum
{
  ITEM_MARK,
  ITEM_CLUSTER,
  ITEM_FIGURES,
} ItemKind;

typedef struct
{
  float  x0, x1, y0, y1;
  float  label_room;
  guint  mark;
  guint  count;
  guint  count_highlighted;
  guint8 lane;
  guint8 kind;
} Item;

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
} Geometry;

struct _AtlasTimelineView
{
  GtkWidget     parent_instance;

  AtlasSession *session;
  GSignalGroup *session_signals;
  AtlasKb      *kb;

  GArray       *marks;          /* of Mark, in the KB's order */
  GArray       *long_marks;     /* of guint, indexes of MARK_LONG marks */
  guint         lookback;       /* the most days a short mark ends after its date */
  guint         lookahead;      /* the most days a mark starts before its date */
  guint         n_types;
  guint         n_type_lanes;   /* n_types, + 1 when some event has an unknown type */
  AtlasDate     kb_first;
  AtlasDate     kb_last;        /* exclusive */
  gboolean      has_figures;
  double        figure_scale;   /* log1p of the top of the casualty scale */
  double        figure_top;

  double        view_start;     /* fractional Julian days; day d covers [d, d + 1) */
  double        view_end;

  Geometry      geo;
  gboolean      layout_dirty;
  gboolean      density;
  GArray       *items;          /* of Item, sorted by x0 */
  float         max_item_w;
  guint         selected_item;  /* index in items, G_MAXUINT when not laid out */
  float        *buckets;        /* n_type_lanes × n_buckets × 2: highlighted, dimmed */
  float        *bucket_figures; /* n_buckets × 3: lowest, highest (-1 open-ended), has-no-number */
  guint         n_buckets;
  guint         buckets_alloc;

  guint         selected_mark;  /* G_MAXUINT for none */
  guint         hover_mark;

  double        pointer_x;
  double        pointer_y;
  double        drag_start_view;
  double        zoom_start_span;
  double        zoom_anchor_day;
  double        zoom_anchor_x;
};

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (AtlasTimelineView, atlas_timeline_view, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

/* Helpers */

static inline Mark *
get_mark (AtlasTimelineView *self,
          guint              index)
{
  return &g_array_index (self->marks, Mark, index);
}

static inline guint
lane_of (AtlasTimelineView *self,
         const Mark        *mark)
{
  return self->geo.packed ? 0 : mark->type;
}

static double
view_span (AtlasTimelineView *self)
{
  return self->view_end - self->view_start;
}

static double
pixels_per_day (AtlasTimelineView *self)
{
  return self->geo.plot_w / view_span (self);
}

static inline float
day_to_x (AtlasTimelineView *self,
          double             day)
{
  return self->geo.plot_x0 + (day - self->view_start) * pixels_per_day (self);
}

static inline double
x_to_day (AtlasTimelineView *self,
          double             x)
{
  return self->view_start + (x - self->geo.plot_x0) / pixels_per_day (self);
}

static void
compute_geometry (AtlasTimelineView *self,
                  int                width,
                  int                height)
{
  Geometry *geo = &self->geo;
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

  geo->band_h = self->has_figures ? CLAMP (roundf (height * 0.22f), 20.f, 48.f) : 0.f;
  geo->band_y0 = height - geo->band_h - 4.f;
  geo->lanes_y0 = AXIS_H + 2.f;
  lanes_h = MAX (10.f, geo->band_y0 - (self->has_figures ? 8.f : 0.f) - geo->lanes_y0);

  if (lanes_h / n_type_lanes >= 13.f)
    {
      geo->packed = FALSE;
      geo->n_lanes = n_type_lanes;
      geo->lane_h = lanes_h / n_type_lanes;
      geo->n_rows = CLAMP ((guint) (geo->lane_h / 11.f), 1, 3);
    }
  else
    {
      geo->packed = TRUE;
      geo->n_lanes = 1;
      geo->lane_h = lanes_h;
      geo->n_rows = CLAMP ((guint) (lanes_h / 12.f), 1, MAX_ROWS);
    }

  geo->plot_x0 = MIN (geo->packed ? PACKED_GUTTER_W : GUTTER_W, width * 0.2f);
  geo->plot_w = MAX (16.f, width - geo->plot_x0 - RIGHT_PAD);
  geo->row_h = geo->lane_h / geo->n_rows;
  geo->mark_h = MIN (geo->row_h - 3.f, 14.f);
}

static guint
find_first_on_or_after (AtlasTimelineView *self,
                        double             day)
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
get_walk_range (AtlasTimelineView *self,
                double             from_day,
                double             to_day,
                guint             *first,
                guint             *last)
{
  *first = find_first_on_or_after (self, floor (from_day) - self->lookback);
  *last = find_first_on_or_after (self, ceil (to_day) + self->lookahead + 1);
}

static inline gboolean
mark_overlaps (const Mark *mark,
               double      from_day,
               double      to_day)
{
  return mark->end > from_day && mark->start < to_day;
}

static void
mark_extent (AtlasTimelineView *self,
             const Mark        *mark,
             float             *x0,
             float             *x1)
{
  if (mark->flags & (MARK_SPAN | MARK_MONTH | MARK_APPROX_DAY))
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
      if (mark->flags & MARK_PLANNED)
        w = MAX (w, self->geo.mark_h - 2.f);

      *x0 = c - w / 2.f;
      *x1 = c + w / 2.f;
    }
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const Item *ia = a;
  const Item *ib = b;

  if (ia->x0 < ib->x0)
    return -1;
  if (ia->x0 > ib->x0)
    return 1;
  return ia->mark < ib->mark ? -1 : ia->mark > ib->mark;
}

typedef struct
{
  float row_end[MAX_LANES][MAX_ROWS];
  int   row_item[MAX_LANES][MAX_ROWS];
  int   cluster[MAX_LANES];
  float figures_end;
} PlaceState;

static void
place_mark (AtlasTimelineView *self,
            PlaceState        *state,
            guint              index)
{
  const Geometry *geo = &self->geo;
  Mark *mark = get_mark (self, index);
  guint lane = lane_of (self, mark);
  float x0, x1;
  guint row;
  Item item = { 0, };

  mark_extent (self, mark, &x0, &x1);

  for (row = 0; row < geo->n_rows; row++)
    if (state->row_end[lane][row] + ROW_GAP <= x0)
      break;

  if (row == geo->n_rows && index == self->selected_mark)
    row = 0;   /* the selection is always drawn, on top of its neighbours */

  if (row < geo->n_rows)
    {
      float lane_y = geo->lanes_y0 + lane * geo->lane_h;
      int prev = state->row_item[lane][row];

      item.kind = ITEM_MARK;
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
          Item *p = &g_array_index (self->items, Item, prev);
          p->label_room = MIN (p->label_room, x0 - p->x1);
        }

      state->row_end[lane][row] = MAX (state->row_end[lane][row], x1);
      state->row_item[lane][row] = self->items->len;
      g_array_append_val (self->items, item);
    }
  else
    {
      int c = state->cluster[lane];
      gboolean highlighted = (mark->flags & MARK_HIGHLIGHTED) != 0;

      if (c >= 0)
        {
          Item *cluster = &g_array_index (self->items, Item, c);

          if (x0 <= cluster->x1 + 1.f && cluster->x1 - cluster->x0 < MAX_CLUSTER_W)
            {
              cluster->x1 = MAX (cluster->x1, MIN (x1, cluster->x0 + MAX_CLUSTER_W));
              cluster->count++;
              if (highlighted && cluster->count_highlighted++ == 0)
                cluster->mark = index;
              return;
            }
        }

      item.kind = ITEM_CLUSTER;
      item.x0 = x0;
      item.x1 = MIN (x1, x0 + MAX_CLUSTER_W);
      item.y1 = geo->lanes_y0 + (lane + 1) * geo->lane_h - 0.5f;
      item.y0 = item.y1 - 3.f;
      item.mark = index;
      item.count = 1;
      item.count_highlighted = highlighted ? 1 : 0;
      item.lane = lane;
      state->cluster[lane] = self->items->len;
      g_array_append_val (self->items, item);
    }
}

static void
place_figures (AtlasTimelineView *self,
               PlaceState        *state,
               guint              index)
{
  const Geometry *geo = &self->geo;
  Mark *mark = get_mark (self, index);
  GPtrArray *figures = atlas_kb_get_casualties_for_event (self->kb, mark->event);
  float bar_w = CLAMP (pixels_per_day (self) * 0.3f, 4.f, 7.f);
  guint n_slots = 0;
  float w, x0;
  Item item = { 0, };

  for (guint i = 0; i < figures->len; i++)
    {
      AtlasCasualty *casualty = g_ptr_array_index (figures, i);

      n_slots += 1 + (ATLAS_COUNT_IS_SET (atlas_casualty_get_killed (casualty)) &&
                      ATLAS_COUNT_IS_SET (atlas_casualty_get_injured (casualty)));
    }

  w = n_slots * bar_w + (n_slots - 1);
  x0 = day_to_x (self, mark->date + 0.5) - w / 2.f;
  /* Figures of close events go side by side, never on top of each other */
  x0 = MAX (x0, state->figures_end + 2.f);

  item.kind = ITEM_FIGURES;
  item.x0 = x0;
  item.x1 = x0 + w;
  item.y0 = geo->band_y0;
  item.y1 = geo->band_y0 + geo->band_h;
  item.mark = index;
  item.count = n_slots;
  state->figures_end = item.x1;
  g_array_append_val (self->items, item);
}

static void
ensure_buckets (AtlasTimelineView *self)
{
  guint needed;

  self->n_buckets = (guint) ceilf (self->geo.plot_w / BUCKET_W) + 1;
  needed = self->n_buckets * (MAX_LANES * 2 + 3);
  if (needed > self->buckets_alloc)
    {
      g_free (self->buckets);
      self->buckets = g_new (float, needed);
      self->buckets_alloc = needed;
    }
  self->bucket_figures = self->buckets + self->n_buckets * MAX_LANES * 2;
  memset (self->buckets, 0, sizeof (float) * needed);
}

static inline int
bucket_at (AtlasTimelineView *self,
           float              x)
{
  return (int) floorf ((x - self->geo.plot_x0) / BUCKET_W);
}

static void
count_figures_in_bucket (AtlasTimelineView *self,
                         const Mark        *mark)
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
count_mark_in_buckets (AtlasTimelineView *self,
                       guint              index)
{
  Mark *mark = get_mark (self, index);
  guint lane = self->geo.packed ? mark->type : lane_of (self, mark);
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
    row[b * 2 + ((mark->flags & MARK_HIGHLIGHTED) ? 0 : 1)] += weight;

  if ((mark->flags & (MARK_FIGURES | MARK_HIGHLIGHTED)) == (MARK_FIGURES | MARK_HIGHLIGHTED))
    count_figures_in_bucket (self, mark);
}

static void
ensure_layout (AtlasTimelineView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  PlaceState state;
  guint first, last, n_visible;
  double capacity;

  if (!self->layout_dirty && width == self->geo.width && height == self->geo.height)
    return;

  self->layout_dirty = FALSE;
  compute_geometry (self, width, height);
  g_array_set_size (self->items, 0);
  self->selected_item = G_MAXUINT;
  self->max_item_w = 0.f;
  self->density = FALSE;

  if (self->kb == NULL || self->marks->len == 0)
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
        if (!(get_mark (self, i)->flags & MARK_LONG) &&
            mark_overlaps (get_mark (self, i), self->view_start, self->view_end))
          count_mark_in_buckets (self, i);
    }

  for (guint l = 0; l < MAX_LANES; l++)
    {
      for (guint r = 0; r < MAX_ROWS; r++)
        {
          state.row_end[l][r] = -G_MAXFLOAT;
          state.row_item[l][r] = -1;
        }
      state.cluster[l] = -1;
    }
  state.figures_end = -G_MAXFLOAT;

  if (self->density)
    {
      /* Only the selection is drawn as a mark over the bars */
      if (self->selected_mark != G_MAXUINT &&
          mark_overlaps (get_mark (self, self->selected_mark), self->view_start, self->view_end))
        place_mark (self, &state, self->selected_mark);
    }
  else
    {
      for (guint i = 0; i < self->long_marks->len; i++)
        {
          guint index = g_array_index (self->long_marks, guint, i);
          if (mark_overlaps (get_mark (self, index), self->view_start, self->view_end))
            place_mark (self, &state, index);
        }
      for (guint i = first; i < last; i++)
        {
          Mark *mark = get_mark (self, i);

          if ((mark->flags & MARK_LONG) || !mark_overlaps (mark, self->view_start, self->view_end))
            continue;
          place_mark (self, &state, i);
          if (mark->flags & MARK_FIGURES)
            place_figures (self, &state, i);
        }
    }

  g_array_sort (self->items, compare_items);
  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);

      self->max_item_w = MAX (self->max_item_w, item->x1 - item->x0);
      if (item->kind == ITEM_MARK && item->mark == self->selected_mark)
        self->selected_item = i;
    }
}

static void
invalidate_layout (AtlasTimelineView *self)
{
  self->layout_dirty = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
clamp_view (AtlasTimelineView *self)
{
  double span = view_span (self);
  double max_span = 365.25 * 200;
  double lo, hi;

  if (self->kb && self->marks->len > 0)
    max_span = MAX (60.0, 3.0 * (self->kb_last - self->kb_first));

  span = CLAMP (span, MIN_SPAN_DAYS, max_span);

  /* Keep some of the KB in view, so that nobody gets lost in an empty century */
  if (self->kb && self->marks->len > 0)
    {
      lo = self->kb_first - 0.9 * span;
      hi = self->kb_last - 0.1 * span;
      self->view_start = CLAMP (self->view_start, lo, MAX (lo, hi));
    }

  self->view_start = CLAMP (self->view_start, 1.0, (double) G_MAXUINT32 / 2);
  self->view_end = self->view_start + span;
}

static void
set_view (AtlasTimelineView *self,
          double             start,
          double             end)
{
  self->view_start = start;
  self->view_end = end;
  clamp_view (self);
  invalidate_layout (self);
}

static double
default_anchor_x (AtlasTimelineView *self)
{
  AtlasDate cursor = self->session ? atlas_session_get_time_cursor (self->session) : ATLAS_DATE_NONE;

  compute_geometry (self, gtk_widget_get_width (GTK_WIDGET (self)), gtk_widget_get_height (GTK_WIDGET (self)));
  if (cursor != ATLAS_DATE_NONE && cursor + 0.5 > self->view_start && cursor + 0.5 < self->view_end)
    return day_to_x (self, cursor + 0.5);
  return self->geo.plot_x0 + self->geo.plot_w / 2.f;
}

static void
scroll_to_mark (AtlasTimelineView *self,
                const Mark        *mark)
{
  double span = view_span (self);
  double margin = span * 0.04;

  if (mark->start >= self->view_start + margin && mark->end <= self->view_end - margin)
    return;

  if (mark->end - mark->start < span - 2 * margin)
    {
      double middle = (mark->start + mark->end) / 2.0;
      set_view (self, middle - span / 2.0, middle + span / 2.0);
    }
  else
    set_view (self, mark->start - margin, mark->start - margin + span);
}

static char *
describe_event (AtlasTimelineView *self,
                AtlasEvent        *event)
{
  const AtlasEventTypeInfo *info = atlas_event_types_lookup (atlas_event_get_event_type (event));
  GPtrArray *figures = atlas_kb_get_casualties_for_event (self->kb, event);
  g_autofree char *date = atlas_event_format_date (event);
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%s\n%s · %s", atlas_event_get_title (event), date,
                          info ? _(info->label) : atlas_event_get_event_type (event));

  if (atlas_event_get_date_precision (event) == ATLAS_DATE_PRECISION_MONTH)
    g_string_append_printf (text, " · %s", _("only the month is known"));
  else if (atlas_event_get_date_precision (event) == ATLAS_DATE_PRECISION_DAYS &&
           atlas_event_get_end_date (event) == ATLAS_DATE_NONE)
    g_string_append_printf (text, " · %s", _("approximate date"));
  if (atlas_event_get_status (event) == ATLAS_EVENT_STATUS_PLANNED)
    g_string_append_printf (text, " · %s", _("planned"));

  for (guint i = 0; i < figures->len; i++)
    {
      AtlasCasualty *casualty = g_ptr_array_index (figures, i);
      g_autofree char *summary = atlas_casualty_format (casualty);

      /* Translators: a casualty figure and who reported it */
      g_string_append_printf (text, "\n• %s — %s", summary, atlas_casualty_get_reported_by (casualty));
    }

  return g_string_free (text, FALSE);
}

static void
update_accessible_description (AtlasTimelineView *self)
{
  AtlasEvent *event = self->session ? atlas_session_get_selected_event (self->session) : NULL;
  g_autofree char *text = NULL;

  if (event && self->kb)
    {
      g_autofree char *details = describe_event (self, event);
      text = g_strdup_printf (_("Selected: %s"), details);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text ? text : _("No event selected"),
                                  -1);
}

static void
update_highlight (AtlasTimelineView *self)
{
  for (guint i = 0; i < self->marks->len; i++)
    {
      Mark *mark = get_mark (self, i);

      if (atlas_session_event_is_highlighted (self->session, mark->event))
        mark->flags |= MARK_HIGHLIGHTED;
      else
        mark->flags &= ~MARK_HIGHLIGHTED;
    }
}

static void
update_selection (AtlasTimelineView *self)
{
  AtlasEvent *event = self->session ? atlas_session_get_selected_event (self->session) : NULL;
  guint position;

  self->selected_mark = G_MAXUINT;
  if (event && self->kb &&
      (position = atlas_event_get_position (event)) < self->marks->len &&
      get_mark (self, position)->event == event)
    self->selected_mark = position;
}

static void
rebuild_marks (AtlasTimelineView *self)
{
  AtlasKb *kb = self->session ? atlas_session_get_kb (self->session) : NULL;
  const AtlasEventTypeInfo *types;
  double top = 0;
  GListModel *events;
  guint n;

  g_set_object (&self->kb, kb);
  g_array_set_size (self->marks, 0);
  g_array_set_size (self->long_marks, 0);
  self->lookback = 1;
  self->lookahead = 0;
  self->has_figures = FALSE;
  self->kb_first = G_MAXUINT32;
  self->kb_last = 0;
  types = atlas_event_types_get (&self->n_types);
  self->n_type_lanes = self->n_types;
  self->selected_mark = G_MAXUINT;
  self->hover_mark = G_MAXUINT;

  if (kb == NULL)
    {
      invalidate_layout (self);
      return;
    }

  events = atlas_kb_get_events (kb);
  n = g_list_model_get_n_items (events);
  g_array_set_size (self->marks, n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AtlasEvent) event = g_list_model_get_item (events, i);
      const AtlasEventTypeInfo *info = atlas_event_types_lookup (atlas_event_get_event_type (event));
      AtlasDate end_date = atlas_event_get_end_date (event);
      GPtrArray *figures = atlas_kb_get_casualties_for_event (kb, event);
      Mark *mark = get_mark (self, i);

      mark->event = event;
      mark->date = atlas_event_get_date (event);
      mark->start = mark->date;
      mark->end = MAX (end_date, mark->date) + 1;
      mark->type = info ? (guint8) (info - types) : (guint8) self->n_types;
      mark->flags = 0;

      if (info == NULL)
        self->n_type_lanes = self->n_types + 1;
      if (end_date != ATLAS_DATE_NONE && end_date > mark->date)
        mark->flags |= MARK_SPAN;
      if (atlas_event_get_status (event) == ATLAS_EVENT_STATUS_PLANNED)
        mark->flags |= MARK_PLANNED;

      switch (atlas_event_get_date_precision (event))
        {
        case ATLAS_DATE_PRECISION_MONTH:
          {
            guint y, m;

            atlas_date_to_ymd (mark->date, &y, &m, NULL);
            mark->start = atlas_date_from_ymd (y, m, 1);
            mark->end = MAX (mark->end, m == 12 ? atlas_date_from_ymd (y + 1, 1, 1)
                                                : atlas_date_from_ymd (y, m + 1, 1));
            mark->flags |= MARK_MONTH;
          }
          break;

        case ATLAS_DATE_PRECISION_DAYS:
          mark->flags |= MARK_FUZZY;
          if (end_date == ATLAS_DATE_NONE)
            {
              mark->start = mark->date > APPROX_DAYS ? mark->date - APPROX_DAYS : 1;
              mark->end = mark->date + APPROX_DAYS + 1;
              mark->flags |= MARK_APPROX_DAY;
            }
          break;

        case ATLAS_DATE_PRECISION_DAY:
        default:
          break;
        }

      for (guint f = 0; f < figures->len; f++)
        {
          AtlasCasualty *casualty = g_ptr_array_index (figures, f);
          const AtlasCount *counts[2] = { atlas_casualty_get_killed (casualty), atlas_casualty_get_injured (casualty) };

          mark->flags |= MARK_FIGURES;
          for (guint c = 0; c < 2; c++)
            if (ATLAS_COUNT_IS_SET (counts[c]))
              top = MAX (top, MAX (counts[c]->min, counts[c]->max));
        }
      if (mark->flags & MARK_FIGURES)
        self->has_figures = TRUE;

      if (mark->end - mark->start > LONG_SPAN_DAYS)
        {
          mark->flags |= MARK_LONG;
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

  /* A log scale up to the next power of ten: "a dozen" and "at least 13" sit side by side
   * at almost the same height, and 1 and 300 both stay readable. */
  self->figure_top = pow (10, MAX (1, ceil (log10 (MAX (top, 1)))));
  self->figure_scale = log1p (self->figure_top);

  update_highlight (self);
  update_selection (self);
  atlas_timeline_view_zoom_to_fit (self);
  update_accessible_description (self);
}

/* Drawing */

static void
fill_rounded (GtkSnapshot           *snapshot,
              const graphene_rect_t *rect,
              float                  radius,
              const GdkRGBA         *color)
{
  GskRoundedRect rounded;

  radius = MIN (radius, MIN (rect->size.width, rect->size.height) / 2.f);
  gsk_rounded_rect_init_from_rect (&rounded, rect, radius);
  gtk_snapshot_push_rounded_clip (snapshot, &rounded);
  gtk_snapshot_append_color (snapshot, color, rect);
  gtk_snapshot_pop (snapshot);
}

static void
outline_rounded (GtkSnapshot           *snapshot,
                 const graphene_rect_t *rect,
                 float                  radius,
                 float                  width,
                 const GdkRGBA         *color)
{
  GskRoundedRect rounded;
  const float widths[4] = { width, width, width, width };
  const GdkRGBA colors[4] = { *color, *color, *color, *color };

  radius = MIN (radius, MIN (rect->size.width, rect->size.height) / 2.f);
  gsk_rounded_rect_init_from_rect (&rounded, rect, radius);
  gtk_snapshot_append_border (snapshot, &rounded, widths, colors);
}

/* A span whose ends are uncertain: solid in the middle, fading out at both ends */
static void
fill_fuzzy (GtkSnapshot           *snapshot,
            const graphene_rect_t *rect,
            float                  fade,
            const GdkRGBA         *color)
{
  GdkRGBA clear = *color;
  float f = CLAMP (fade / rect->size.width, 0.f, 0.5f);
  GskColorStop stops[4];

  clear.alpha = 0;
  stops[0] = (GskColorStop) { 0.f, clear };
  stops[1] = (GskColorStop) { f, *color };
  stops[2] = (GskColorStop) { 1.f - f, *color };
  stops[3] = (GskColorStop) { 1.f, clear };
  gtk_snapshot_append_linear_gradient (snapshot, rect,
                                       &GRAPHENE_POINT_INIT (rect->origin.x, 0),
                                       &GRAPHENE_POINT_INIT (rect->origin.x + rect->size.width, 0),
                                       stops, G_N_ELEMENTS (stops));
}

static void
dashes (GtkSnapshot   *snapshot,
        float          x0,
        float          x1,
        float          y,
        const GdkRGBA *color)
{
  for (float x = x0; x < x1; x += 6.f)
    gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y, MIN (3.f, x1 - x), 1.f));
}

static GdkRGBA
type_color (AtlasTimelineView *self,
            guint              type,
            float              alpha)
{
  guint n;
  const AtlasEventTypeInfo *types = atlas_event_types_get (&n);

  if (type < n)
    return (GdkRGBA) { types[type].rgb[0], types[type].rgb[1], types[type].rgb[2], alpha };
  return (GdkRGBA) { 0.4f, 0.4f, 0.4f, alpha };
}

static float
draw_text (GtkSnapshot   *snapshot,
           PangoLayout   *layout,
           const char    *text,
           float          x,
           float          y,
           float          max_width,
           const GdkRGBA *color)
{
  int width;

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, max_width > 0 ? (int) (max_width * PANGO_SCALE) : -1);
  pango_layout_get_pixel_size (layout, &width, NULL);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (roundf (x), roundf (y)));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
  return width;
}

static int
text_width (PangoLayout *layout,
            const char  *text)
{
  int width;

  pango_layout_set_width (layout, -1);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

static void
format_month (char    *buffer,
              gsize    size,
              guint    year,
              guint    month,
              const char *format)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, month, year);
  if (g_date_strftime (buffer, size, format, &date) == 0)
    g_snprintf (buffer, size, "%02u", month);
}

static void
next_month (guint *year,
            guint *month)
{
  if (*month == 12)
    {
      *month = 1;
      (*year)++;
    }
  else
    (*month)++;
}

typedef enum
{
  TICK_DAYS,
  TICK_MONTHS,
  TICK_YEARS,
} TickUnit;

static gboolean
day_is_labelled (guint day,
                 guint step)
{
  switch (step)
    {
    case 1: return TRUE;
    case 2: return day % 2 == 1 && day < 31;
    case 5: return day == 1 || (day % 5 == 0 && day < 30);
    case 10: return day == 1 || day == 10 || day == 20;
    default: return day == 1 || day == 15;
    }
}

static void
draw_axis (AtlasTimelineView *self,
           GtkSnapshot       *snapshot,
           PangoLayout       *layout,
           const GdkRGBA     *fg)
{
  const Geometry *geo = &self->geo;
  double ppd = pixels_per_day (self);
  float plot_x1 = geo->plot_x0 + geo->plot_w;
  float bottom = geo->height;
  float day_w = text_width (layout, "28") + 10;
  float month_w = text_width (layout, "May") * 1.3f + 10;
  float month_full_w = text_width (layout, "September") + 10;
  float year_w = text_width (layout, "2016") + 12;
  GdkRGBA grid = { fg->red, fg->green, fg->blue, 0.08f };
  GdkRGBA major_grid = { fg->red, fg->green, fg->blue, 0.2f };
  GdkRGBA dim = { fg->red, fg->green, fg->blue, 0.7f };
  TickUnit unit;
  guint step = 1;
  const char *month_format = "%b";
  guint y0, m0, d0, y_end;
  AtlasDate first = (AtlasDate) MAX (1.0, floor (self->view_start));
  AtlasDate last = (AtlasDate) ceil (self->view_end);
  float last_label_end = -G_MAXFLOAT;
  char buffer[128];

  /* The finest unit whose labels do not overlap: days, then months, then years */
  if (ppd >= day_w) { unit = TICK_DAYS; step = 1; }
  else if (ppd * 2 >= day_w) { unit = TICK_DAYS; step = 2; }
  else if (ppd * 5 >= day_w) { unit = TICK_DAYS; step = 5; }
  else if (ppd * 9 >= day_w) { unit = TICK_DAYS; step = 10; }
  else if (ppd * 14 >= day_w) { unit = TICK_DAYS; step = 15; }
  else if (ppd * 28 >= month_full_w) { unit = TICK_MONTHS; step = 1; month_format = "%B"; }
  else if (ppd * 28 >= month_w) { unit = TICK_MONTHS; step = 1; }
  else if (ppd * 89 >= month_w) { unit = TICK_MONTHS; step = 3; }
  else if (ppd * 181 >= month_w) { unit = TICK_MONTHS; step = 6; }
  else
    {
      static const guint year_steps[] = { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000 };

      unit = TICK_YEARS;
      for (guint i = 0; i < G_N_ELEMENTS (year_steps); i++)
        if ((step = year_steps[i]) * 365.25 * ppd >= year_w)
          break;
    }

  atlas_date_to_ymd (first, &y0, &m0, &d0);
  atlas_date_to_ymd (MIN (last, (AtlasDate) 3652059), &y_end, NULL, NULL);

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (geo->plot_x0, 0, geo->plot_w, bottom));

  /* Minor ticks and labels, second row */
  if (unit == TICK_DAYS)
    {
      for (AtlasDate d = first; d <= last; d++)
        {
          guint day;
          float x = day_to_x (self, d);

          atlas_date_to_ymd (d, NULL, NULL, &day);
          if (!day_is_labelled (day, step))
            {
              if (ppd >= 4)
                gtk_snapshot_append_color (snapshot, &grid, &GRAPHENE_RECT_INIT (x, AXIS_H - 3, 1, 3));
              continue;
            }
          gtk_snapshot_append_color (snapshot, day == 1 ? &major_grid : &grid,
                                     &GRAPHENE_RECT_INIT (x, AXIS_H - 8, 1, bottom - AXIS_H + 8));
          if (x + 3 >= last_label_end + 4)
            {
              g_snprintf (buffer, sizeof buffer, "%u", day);
              last_label_end = x + 3 + draw_text (snapshot, layout, buffer, x + 3, AXIS_H - 16, -1, &dim);
            }
        }
    }
  else if (unit == TICK_MONTHS)
    {
      for (guint y = y0, m = m0; y <= y_end; next_month (&y, &m))
        {
          AtlasDate d = atlas_date_from_ymd (y, m, 1);
          float x = day_to_x (self, d);

          if (d > last)
            break;
          if ((m - 1) % step != 0)
            continue;
          gtk_snapshot_append_color (snapshot, m == 1 ? &major_grid : &grid,
                                     &GRAPHENE_RECT_INIT (x, AXIS_H - 8, 1, bottom - AXIS_H + 8));
          format_month (buffer, sizeof buffer, y, m, month_format);
          if (x + 3 >= last_label_end + 4)
            last_label_end = x + 3 + draw_text (snapshot, layout, buffer, x + 3, AXIS_H - 16, -1, &dim);
        }
    }
  else
    {
      for (guint y = y0 - y0 % step; y <= y_end; y += step)
        {
          float x;

          if (y < 1)
            continue;
          x = day_to_x (self, atlas_date_from_ymd (y, 1, 1));
          gtk_snapshot_append_color (snapshot, &major_grid, &GRAPHENE_RECT_INIT (x, AXIS_H - 8, 1, bottom - AXIS_H + 8));
          g_snprintf (buffer, sizeof buffer, "%u", y);
          if (x + 3 >= last_label_end + 4)
            last_label_end = x + 3 + draw_text (snapshot, layout, buffer, x + 3, AXIS_H - 16, -1, fg);
        }
    }

  /* Major labels, first row: the month (for days) or the year (for months). The label of
   * the period the view starts in sticks to the left edge until the next one pushes it. */
  if (unit != TICK_YEARS)
    {
      gboolean long_names = ppd * 28 >= text_width (layout, "September 2016") + 16;

      last_label_end = -G_MAXFLOAT;
      for (guint y = y0, m = (unit == TICK_DAYS ? m0 : 1); y <= y_end;
           unit == TICK_DAYS ? next_month (&y, &m) : (void) y++)
        {
          AtlasDate d = atlas_date_from_ymd (y, m, 1);
          guint ny = y, nm = m;
          AtlasDate next;
          float x = day_to_x (self, d);
          float next_x;
          float w, lx;

          if (unit == TICK_DAYS)
            next_month (&ny, &nm);
          else
            ny++;
          next = atlas_date_from_ymd (ny, nm, 1);
          next_x = day_to_x (self, next);

          if (d > last)
            break;
          if (unit == TICK_DAYS)
            format_month (buffer, sizeof buffer, y, m, long_names ? "%B %Y" : "%b %Y");
          else
            g_snprintf (buffer, sizeof buffer, "%u", y);

          w = text_width (layout, buffer);
          lx = MAX (x + 3, geo->plot_x0 + 3);
          lx = MIN (lx, next_x - w - 6);
          if (lx < last_label_end + 6 || lx < geo->plot_x0)
            continue;
          last_label_end = lx + w;
          draw_text (snapshot, layout, buffer, lx, 1, -1, fg);
        }
    }

  gtk_snapshot_pop (snapshot);

  /* The axis line */
  gtk_snapshot_append_color (snapshot, &major_grid, &GRAPHENE_RECT_INIT (geo->plot_x0, AXIS_H, plot_x1 - geo->plot_x0, 1));
}

static void
draw_gutter (AtlasTimelineView *self,
             GtkSnapshot       *snapshot,
             PangoLayout       *layout,
             const GdkRGBA     *fg)
{
  const Geometry *geo = &self->geo;
  GdkRGBA stripe = { fg->red, fg->green, fg->blue, 0.035f };
  GdkRGBA dim = { fg->red, fg->green, fg->blue, 0.75f };
  GdkRGBA grid = { fg->red, fg->green, fg->blue, 0.12f };
  guint n;
  const AtlasEventTypeInfo *types = atlas_event_types_get (&n);

  if (!geo->packed)
    {
      for (guint lane = 0; lane < geo->n_lanes; lane++)
        {
          float y = geo->lanes_y0 + lane * geo->lane_h;
          GdkRGBA swatch = type_color (self, lane, 1.f);
          int text_h;

          if (lane % 2 == 0)
            gtk_snapshot_append_color (snapshot, &stripe, &GRAPHENE_RECT_INIT (0, y, geo->width, geo->lane_h));

          pango_layout_set_text (layout, lane < n ? _(types[lane].label) : _("Other"), -1);
          pango_layout_get_pixel_size (layout, NULL, &text_h);
          fill_rounded (snapshot, &GRAPHENE_RECT_INIT (6, y + geo->lane_h / 2 - 4, 8, 8), 4, &swatch);
          draw_text (snapshot, layout, lane < n ? _(types[lane].label) : _("Other"),
                     18, y + (geo->lane_h - text_h) / 2.f, geo->plot_x0 - 22, &dim);
        }
    }

  if (geo->band_h > 0)
    {
      float base = geo->band_y0 + geo->band_h;
      int text_h;

      pango_layout_set_text (layout, "0", -1);
      pango_layout_get_pixel_size (layout, NULL, &text_h);
      draw_text (snapshot, layout, _("Killed"), 6, geo->band_y0 + (geo->band_h - text_h) / 2.f,
                 geo->plot_x0 - 34, &dim);

      for (double v = 1; v <= self->figure_top; v *= 10)
        {
          float y = base - geo->band_h * log1p (v) / self->figure_scale;
          char buffer[32];
          int w;

          g_snprintf (buffer, sizeof buffer, "%.0f", v);
          w = text_width (layout, buffer);
          gtk_snapshot_append_color (snapshot, &grid, &GRAPHENE_RECT_INIT (geo->plot_x0, y, geo->plot_w, 1));
          if (y - text_h / 2.f >= geo->band_y0 - 6 && v > 1)
            draw_text (snapshot, layout, buffer, geo->plot_x0 - 6 - w, y - text_h / 2.f, -1, &dim);
        }
      gtk_snapshot_append_color (snapshot, &grid, &GRAPHENE_RECT_INIT (geo->plot_x0, base, geo->plot_w, 1));
    }
}

static float
figure_height (AtlasTimelineView *self,
               double             value)
{
  return self->geo.band_h * log1p (MAX (0, value)) / self->figure_scale;
}

/* One count as a bar from the base line: solid up to the lowest number the words allow,
 * lighter up to the highest, and fading out when the words give no highest ("at least"). */
static void
draw_count (AtlasTimelineView *self,
            GtkSnapshot       *snapshot,
            float              x,
            float              w,
            double             min,
            double             max,
            const GdkRGBA     *color,
            gboolean           outline)
{
  float base = self->geo.band_y0 + self->geo.band_h;
  float h_min = MAX (1.5f, figure_height (self, min));
  GdkRGBA light = *color;

  light.alpha *= 0.35f;

  if (outline)
    {
      GdkRGBA fill = *color;

      fill.alpha *= 0.15f;
      gtk_snapshot_append_color (snapshot, &fill, &GRAPHENE_RECT_INIT (x, base - h_min, w, h_min));
      outline_rounded (snapshot, &GRAPHENE_RECT_INIT (x, base - h_min, w, h_min), 0, 1, color);
    }
  else
    gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, base - h_min, w, h_min));

  if (max < 0)
    {
      GdkRGBA clear = *color;
      float fade = MIN (self->geo.band_h * 0.45f, base - h_min - self->geo.band_y0 + 4);
      GskColorStop stops[2];

      clear.alpha = 0;
      stops[0] = (GskColorStop) { 0.f, light };
      stops[1] = (GskColorStop) { 1.f, clear };
      if (fade > 1)
        gtk_snapshot_append_linear_gradient (snapshot, &GRAPHENE_RECT_INIT (x, base - h_min - fade, w, fade),
                                             &GRAPHENE_POINT_INIT (0, base - h_min),
                                             &GRAPHENE_POINT_INIT (0, base - h_min - fade),
                                             stops, 2);
    }
  else if (max > min)
    {
      float h_max = figure_height (self, max);

      gtk_snapshot_append_color (snapshot, &light, &GRAPHENE_RECT_INIT (x, base - h_max, w, h_max - h_min));
      gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, base - h_max, w, 1));
    }
}

static void
draw_figures (AtlasTimelineView *self,
              GtkSnapshot       *snapshot,
              PangoLayout       *question,
              const Item        *item)
{
  Mark *mark = get_mark (self, item->mark);
  GPtrArray *figures = atlas_kb_get_casualties_for_event (self->kb, mark->event);
  gboolean highlighted = (mark->flags & MARK_HIGHLIGHTED) != 0;
  GdkRGBA color = type_color (self, mark->type, highlighted ? 1.f : 0.25f);
  float slot = (item->x1 - item->x0 + 1) / MAX (1, item->count);
  float x = item->x0;

  for (guint i = 0; i < figures->len; i++)
    {
      AtlasCasualty *casualty = g_ptr_array_index (figures, i);
      const AtlasCount *killed = atlas_casualty_get_killed (casualty);
      const AtlasCount *injured = atlas_casualty_get_injured (casualty);

      if (ATLAS_COUNT_IS_SET (killed))
        {
          draw_count (self, snapshot, x, slot - 1, killed->min, killed->max, &color, FALSE);
          x += slot;
        }
      if (ATLAS_COUNT_IS_SET (injured))
        {
          draw_count (self, snapshot, x, slot - 1, injured->min, injured->max, &color, TRUE);
          x += slot;
        }
      if (!ATLAS_COUNT_IS_SET (killed) && !ATLAS_COUNT_IS_SET (injured))
        {
          /* A figure with no number: a question mark, not a bar of invented height */
          int w, h;

          pango_layout_get_pixel_size (question, &w, &h);
          gtk_snapshot_save (snapshot);
          gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (roundf (x + (slot - 1 - w) / 2.f),
                                                                  roundf (self->geo.band_y0 + self->geo.band_h - h)));
          gtk_snapshot_append_layout (snapshot, question, &color);
          gtk_snapshot_restore (snapshot);
          x += slot;
        }
    }
}

static void
draw_mark (AtlasTimelineView *self,
           GtkSnapshot       *snapshot,
           const Item        *item,
           const GdkRGBA     *bg)
{
  Mark *mark = get_mark (self, item->mark);
  gboolean highlighted = (mark->flags & MARK_HIGHLIGHTED) != 0;
  float alpha = highlighted ? 1.f : 0.22f;
  GdkRGBA color = type_color (self, mark->type, alpha);
  graphene_rect_t rect = GRAPHENE_RECT_INIT (item->x0, item->y0, item->x1 - item->x0, item->y1 - item->y0);
  float h = rect.size.height;

  if (item->kind == ITEM_CLUSTER)
    {
      GdkRGBA cluster = type_color (self, mark->type, item->count_highlighted ? 0.8f : 0.2f);

      fill_rounded (snapshot, &rect, 1.5f, &cluster);
      return;
    }

  if (mark->flags & (MARK_MONTH | MARK_APPROX_DAY))
    {
      /* Only a range of days is known: a faded band with dashed edges over all of it, and
       * for "around this day" a small tick on the day the sources give */
      GdkRGBA faint = color;

      faint.alpha *= 0.45f;
      fill_fuzzy (snapshot, &rect, MIN (rect.size.width / 3.f, 12.f), &faint);
      dashes (snapshot, rect.origin.x, rect.origin.x + rect.size.width, rect.origin.y, &color);
      dashes (snapshot, rect.origin.x, rect.origin.x + rect.size.width, rect.origin.y + h - 1, &color);
      if (mark->flags & MARK_APPROX_DAY)
        {
          float x = day_to_x (self, mark->date + 0.5);
          gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (x - 1, rect.origin.y, 2, h));
        }
    }
  else if (mark->flags & MARK_PLANNED)
    {
      /* Planned, not (yet) reported as having happened: hollow */
      GdkRGBA inside = *bg;

      inside.alpha = alpha;
      fill_rounded (snapshot, &rect, h / 2.f, &inside);
      outline_rounded (snapshot, &rect, h / 2.f, 2.f, &color);
    }
  else if (mark->flags & MARK_FUZZY)
    fill_fuzzy (snapshot, &rect, MIN (rect.size.width / 4.f, 8.f), &color);
  else if (mark->flags & MARK_SPAN)
    fill_rounded (snapshot, &rect, 3.f, &color);
  else
    fill_rounded (snapshot, &rect, h / 2.f, &color);
}

static void
draw_label (AtlasTimelineView *self,
            GtkSnapshot       *snapshot,
            PangoLayout       *layout,
            const Item        *item,
            const GdkRGBA     *fg)
{
  Mark *mark = get_mark (self, item->mark);
  GdkRGBA color = *fg;
  float room = MIN (item->label_room - 6.f, 280.f);
  int h;

  if (room < 40.f || self->geo.row_h < 13.f)
    return;

  color.alpha = (mark->flags & MARK_HIGHLIGHTED) ? 0.85f : 0.3f;
  pango_layout_set_text (layout, atlas_event_get_title (mark->event), -1);
  pango_layout_get_pixel_size (layout, NULL, &h);
  draw_text (snapshot, layout, atlas_event_get_title (mark->event),
             item->x1 + 4.f, (item->y0 + item->y1 - h) / 2.f, room, &color);
}

static void
draw_density (AtlasTimelineView *self,
              GtkSnapshot       *snapshot)
{
  const Geometry *geo = &self->geo;
  guint n_lanes = geo->packed ? self->n_type_lanes : geo->n_lanes;
  float top = 0.f;

  /* A square-root scale: one event in a column stays visible next to a hundred */
  for (guint b = 0; b < self->n_buckets; b++)
    {
      float column = 0.f;

      for (guint lane = 0; lane < n_lanes; lane++)
        {
          float *v = &self->buckets[(lane * self->n_buckets + b) * 2];

          if (geo->packed)
            column += v[0] + v[1];
          else
            top = MAX (top, v[0] + v[1]);
        }
      top = MAX (top, column);
    }

  if (top <= 0.f)
    return;

  for (guint b = 0; b < self->n_buckets; b++)
    {
      float x = geo->plot_x0 + b * BUCKET_W;
      float stacked = 0.f;

      if (x >= geo->plot_x0 + geo->plot_w)
        break;

      for (guint lane = 0; lane < n_lanes; lane++)
        {
          float *v = &self->buckets[(lane * self->n_buckets + b) * 2];
          float inner = (geo->packed ? geo->lane_h : geo->lane_h - 3.f);
          float base = geo->packed ? geo->lanes_y0 + geo->lane_h : geo->lanes_y0 + (lane + 1) * geo->lane_h - 1.f;
          float h_all, h_hl;
          GdkRGBA color;

          if (v[0] + v[1] <= 0.f)
            continue;

          if (geo->packed)
            {
              float below = sqrtf (stacked / top) * inner;

              stacked += v[0] + v[1];
              h_all = sqrtf (stacked / top) * inner - below;
              h_hl = h_all * v[0] / (v[0] + v[1]);
              base -= below;
            }
          else
            {
              h_all = MAX (1.f, sqrtf ((v[0] + v[1]) / top) * inner);
              h_hl = v[0] > 0 ? MAX (1.f, sqrtf (v[0] / top) * inner) : 0.f;
            }

          color = type_color (self, lane, 1.f);
          if (h_hl > 0)
            gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (x, base - h_hl, BUCKET_W, h_hl));
          color.alpha = 0.2f;
          if (h_all > h_hl)
            gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (x, base - h_all, BUCKET_W, h_all - h_hl));
        }
    }
}

static void
draw_density_figures (AtlasTimelineView *self,
                      GtkSnapshot       *snapshot,
                      const GdkRGBA     *fg)
{
  GdkRGBA color = { fg->red, fg->green, fg->blue, 0.7f };

  for (guint b = 0; b < self->n_buckets; b++)
    {
      float *f = &self->bucket_figures[b * 3];
      float x = self->geo.plot_x0 + b * BUCKET_W;

      if (f[0] > 0 || f[1] != 0)
        draw_count (self, snapshot, x, BUCKET_W, f[0], f[1] < 0 ? -1 : MAX (f[0], f[1]), &color, FALSE);
      else if (f[2] > 0)
        gtk_snapshot_append_color (snapshot, &color,
                                   &GRAPHENE_RECT_INIT (x, self->geo.band_y0 + self->geo.band_h - 3, BUCKET_W, 1));
    }
}

static void
draw_cursor (AtlasTimelineView *self,
             GtkSnapshot       *snapshot,
             const GdkRGBA     *fg)
{
  AtlasDate cursor = atlas_session_get_time_cursor (self->session);
  GdkRGBA color = { fg->red, fg->green, fg->blue, 0.85f };
  float x;

  if (cursor == ATLAS_DATE_NONE || cursor + 1 <= self->view_start || cursor >= self->view_end)
    return;

  x = roundf (day_to_x (self, cursor + 0.5)) - 1;
  gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (x, AXIS_H - 4, 2, self->geo.height - AXIS_H + 4));
  /* A handle on the axis */
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + 1, AXIS_H - 4));
  gtk_snapshot_rotate (snapshot, 45);
  gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (-4, -4, 8, 8));
  gtk_snapshot_restore (snapshot);
}

static void
emphasise_item (GtkSnapshot   *snapshot,
                const Item    *item,
                float          grow,
                float          width,
                const GdkRGBA *color)
{
  graphene_rect_t rect = GRAPHENE_RECT_INIT (item->x0 - grow, item->y0 - grow,
                                             item->x1 - item->x0 + 2 * grow,
                                             item->y1 - item->y0 + 2 * grow);

  outline_rounded (snapshot, &rect, rect.size.height / 2.f, width, color);
}

/* Actions */

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AtlasTimelineView *self = ATLAS_TIMELINE_VIEW (widget);

  if (self->session == NULL)
    return;

  if (g_str_equal (action_name, "timeline.next"))
    atlas_session_select_next_event (self->session);
  else if (g_str_equal (action_name, "timeline.previous"))
    atlas_session_select_previous_event (self->session);
  else if (g_str_equal (action_name, "timeline.first"))
    atlas_session_select_first_event (self->session);
  else if (g_str_equal (action_name, "timeline.last"))
    atlas_session_select_last_event (self->session);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AtlasTimelineView *self = ATLAS_TIMELINE_VIEW (widget);

  if (g_str_equal (action_name, "timeline.zoom-in"))
    atlas_timeline_view_zoom (self, 1.5, default_anchor_x (self));
  else if (g_str_equal (action_name, "timeline.zoom-out"))
    atlas_timeline_view_zoom (self, 1 / 1.5, default_anchor_x (self));
  else
    atlas_timeline_view_zoom_to_fit (self);
}

/* Callbacks */

static void
on_session_kb_changed_cb (AtlasTimelineView *self)
{
  rebuild_marks (self);
}

static void
on_session_highlight_changed_cb (AtlasTimelineView *self)
{
  update_highlight (self);
  invalidate_layout (self);
}

static void
on_session_selected_event_changed_cb (AtlasTimelineView *self)
{
  update_selection (self);
  if (self->selected_mark != G_MAXUINT)
    scroll_to_mark (self, get_mark (self, self->selected_mark));
  update_accessible_description (self);
  invalidate_layout (self);
}

static void
on_session_time_cursor_changed_cb (AtlasTimelineView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_session_signals_bind_cb (GSignalGroup      *group,
                            AtlasSession      *session,
                            AtlasTimelineView *self)
{
  rebuild_marks (self);
}

static gboolean
on_scroll_cb (GtkEventControllerScroll *controller,
              double                    dx,
              double                    dy,
              AtlasTimelineView        *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean wheel = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL;
  double span = view_span (self);

  if (state & GDK_CONTROL_MASK)
    {
      double steps = wheel ? dy : dy / 20.0;

      atlas_timeline_view_zoom (self, pow (1.25, -steps), self->pointer_x);
      return TRUE;
    }

  if (dx == 0 && dy == 0)
    return FALSE;

  {
    double delta = dx != 0 ? dx : dy;
    double days = wheel ? delta * span * 0.1 : delta / pixels_per_day (self);

    set_view (self, self->view_start + days, self->view_end + days);
  }
  return TRUE;
}

static void
on_motion_cb (GtkEventControllerMotion *controller,
              double                    x,
              double                    y,
              AtlasTimelineView        *self)
{
  AtlasEvent *event;
  guint hover;

  self->pointer_x = x;
  self->pointer_y = y;

  event = atlas_timeline_view_event_at (self, x, y);
  hover = event ? atlas_event_get_position (event) : G_MAXUINT;
  if (hover != self->hover_mark)
    {
      self->hover_mark = hover;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), event ? "pointer" : NULL);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
on_leave_cb (GtkEventControllerMotion *controller,
             AtlasTimelineView        *self)
{
  self->pointer_x = -1;
  if (self->hover_mark != G_MAXUINT)
    {
      self->hover_mark = G_MAXUINT;
      gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
on_click_pressed_cb (GtkGestureClick   *gesture,
                     int                n_press,
                     double             x,
                     double             y,
                     AtlasTimelineView *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
on_click_released_cb (GtkGestureClick   *gesture,
                      int                n_press,
                      double             x,
                      double             y,
                      AtlasTimelineView *self)
{
  AtlasEvent *event;

  if (self->session == NULL || n_press != 1)
    return;

  if ((event = atlas_timeline_view_event_at (self, x, y)))
    atlas_session_set_selected_event (self->session, event);
}

static void
on_drag_begin_cb (GtkGestureDrag    *gesture,
                  double             x,
                  double             y,
                  AtlasTimelineView *self)
{
  self->drag_start_view = self->view_start;
}

static void
on_drag_update_cb (GtkGestureDrag    *gesture,
                   double             offset_x,
                   double             offset_y,
                   AtlasTimelineView *self)
{
  double span = view_span (self);
  double start;

  if (fabs (offset_x) < 3)
    return;

  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
  start = self->drag_start_view - offset_x / pixels_per_day (self);
  set_view (self, start, start + span);
}

static void
on_drag_end_cb (GtkGestureDrag    *gesture,
                double             offset_x,
                double             offset_y,
                AtlasTimelineView *self)
{
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
}

static void
on_zoom_begin_cb (GtkGesture        *gesture,
                  GdkEventSequence  *sequence,
                  AtlasTimelineView *self)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (gesture, &x, &y))
    x = default_anchor_x (self);
  self->zoom_start_span = view_span (self);
  self->zoom_anchor_x = x;
  self->zoom_anchor_day = x_to_day (self, x);
}

static void
on_zoom_scale_changed_cb (GtkGestureZoom    *gesture,
                          double             scale,
                          AtlasTimelineView *self)
{
  double span;
  double start;

  if (scale <= 0)
    return;

  span = self->zoom_start_span / scale;
  start = self->zoom_anchor_day - (self->zoom_anchor_x - self->geo.plot_x0) / self->geo.plot_w * span;
  set_view (self, start, start + span);
}

/* GtkWidget overrides */

static void
atlas_timeline_view_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  AtlasTimelineView *self = ATLAS_TIMELINE_VIEW (widget);
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(PangoLayout) small = NULL;
  g_autoptr(PangoLayout) question = NULL;
  PangoFontDescription *font;
  GdkRGBA fg, bg = { 1, 1, 1, 1 };
  const Geometry *geo;

  ensure_layout (self);
  geo = &self->geo;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  /* On a dark theme the foreground is light: make hollow marks dark inside */
  if (fg.red + fg.green + fg.blue > 1.5)
    bg = (GdkRGBA) { 0.14f, 0.14f, 0.14f, 1 };

  layout = gtk_widget_create_pango_layout (widget, NULL);
  font = pango_font_description_copy (pango_context_get_font_description (pango_layout_get_context (layout)));
  pango_font_description_set_size (font, MAX (pango_font_description_get_size (font) * 0.85, 7 * PANGO_SCALE));
  pango_layout_set_font_description (layout, font);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_font_description_set_size (font, pango_font_description_get_size (font) * 0.92);
  small = gtk_widget_create_pango_layout (widget, NULL);
  pango_layout_set_font_description (small, font);
  pango_layout_set_ellipsize (small, PANGO_ELLIPSIZE_END);
  pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  question = gtk_widget_create_pango_layout (widget, "?");
  pango_layout_set_font_description (question, font);
  pango_font_description_free (font);

  draw_gutter (self, snapshot, small, &fg);
  draw_axis (self, snapshot, layout, &fg);

  if (self->kb == NULL || self->marks->len == 0)
    {
      GdkRGBA dim = { fg.red, fg.green, fg.blue, 0.6f };
      draw_text (snapshot, layout, self->kb ? _("No events") : _("No knowledge base"),
                 geo->plot_x0 + 8, geo->lanes_y0 + 8, -1, &dim);
      return;
    }

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (geo->plot_x0 - 8, AXIS_H + 1,
                                                         geo->plot_w + 16, geo->height - AXIS_H - 1));

  if (self->density)
    {
      draw_density (self, snapshot);
      if (geo->band_h > 0)
        draw_density_figures (self, snapshot, &fg);
    }

  for (guint i = 0; i < self->items->len; i++)
    {
      const Item *item = &g_array_index (self->items, Item, i);

      if (item->kind == ITEM_FIGURES)
        draw_figures (self, snapshot, question, item);
      else if (i != self->selected_item)
        {
          draw_mark (self, snapshot, item, &bg);
          if (item->kind == ITEM_MARK)
            draw_label (self, snapshot, small, item, &fg);
        }
    }

  for (guint i = 0; i < self->items->len; i++)
    {
      const Item *item = &g_array_index (self->items, Item, i);
      GdkRGBA ring = { fg.red, fg.green, fg.blue, 0.5f };

      if (item->mark == self->hover_mark && item->kind != ITEM_CLUSTER && i != self->selected_item)
        emphasise_item (snapshot, item, 1.5f, 1.f, &ring);
      if (item->kind == ITEM_FIGURES && item->mark == self->selected_mark)
        {
          ring.alpha = 0.9f;
          outline_rounded (snapshot, &GRAPHENE_RECT_INIT (item->x0 - 2, item->y0 - 2,
                                                          item->x1 - item->x0 + 4, item->y1 - item->y0 + 3),
                           2, 1.5f, &ring);
        }
    }

  if (self->selected_item != G_MAXUINT)
    {
      const Item *item = &g_array_index (self->items, Item, self->selected_item);

      emphasise_item (snapshot, item, 1.f, 3.f, &bg);
      draw_mark (self, snapshot, item, &bg);
      emphasise_item (snapshot, item, 3.f, 2.f, &fg);
      draw_label (self, snapshot, small, item, &fg);
    }

  gtk_snapshot_pop (snapshot);

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (geo->plot_x0 - 6, 0, geo->plot_w + 12, geo->height));
  draw_cursor (self, snapshot, &fg);
  gtk_snapshot_pop (snapshot);

  if (gtk_widget_has_visible_focus (widget))
    {
      GdkRGBA focus = { fg.red, fg.green, fg.blue, 0.35f };

      outline_rounded (snapshot, &GRAPHENE_RECT_INIT (1, 1, geo->width - 2, geo->height - 2), 4, 2, &focus);
    }
}

static void
atlas_timeline_view_state_flags_changed (GtkWidget     *widget,
                                         GtkStateFlags  previous_state)
{
  GtkStateFlags changed = previous_state ^ gtk_widget_get_state_flags (widget);

  if (changed & (GTK_STATE_FLAG_FOCUS_VISIBLE | GTK_STATE_FLAG_FOCUSED | GTK_STATE_FLAG_BACKDROP))
    gtk_widget_queue_draw (widget);

  GTK_WIDGET_CLASS (atlas_timeline_view_parent_class)->state_flags_changed (widget, previous_state);
}

static void
atlas_timeline_view_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  ATLAS_TIMELINE_VIEW (widget)->layout_dirty = TRUE;
}

static void
atlas_timeline_view_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = 800;
    }
  else
    {
      *minimum = 90;
      *natural = 180;
    }
}

static gboolean
atlas_timeline_view_query_tooltip (GtkWidget  *widget,
                                   int         x,
                                   int         y,
                                   gboolean    keyboard_mode,
                                   GtkTooltip *tooltip)
{
  AtlasTimelineView *self = ATLAS_TIMELINE_VIEW (widget);
  AtlasEvent *event;
  g_autofree char *text = NULL;

  if (keyboard_mode)
    event = self->session ? atlas_session_get_selected_event (self->session) : NULL;
  else
    event = atlas_timeline_view_event_at (self, x, y);

  if (event == NULL || self->kb == NULL)
    return FALSE;

  text = describe_event (self, event);

  if (!keyboard_mode && !self->density)
    {
      for (guint i = 0; i < self->items->len; i++)
        {
          const Item *item = &g_array_index (self->items, Item, i);

          if (item->kind == ITEM_CLUSTER && get_mark (self, item->mark)->event == event &&
              x >= item->x0 - HIT_SLOP && x <= item->x1 + HIT_SLOP && item->count > 1)
            {
              g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                    "%u event here: zoom in to see it",
                                                                    "%u events here: zoom in to see them",
                                                                    item->count),
                                                       item->count);
              g_autofree char *joined = g_strconcat (text, "\n\n", more, NULL);

              g_free (text);
              text = g_steal_pointer (&joined);
              break;
            }
        }
    }
  else if (!keyboard_mode && self->density)
    {
      g_autofree char *joined = g_strconcat (text, "\n\n", _("Many events here: zoom in to see them"), NULL);

      g_free (text);
      text = g_steal_pointer (&joined);
    }

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* GObject overrides */

static void
atlas_timeline_view_dispose (GObject *object)
{
  AtlasTimelineView *self = ATLAS_TIMELINE_VIEW (object);

  if (self->session_signals)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->session);
  g_clear_object (&self->kb);

  G_OBJECT_CLASS (atlas_timeline_view_parent_class)->dispose (object);
}

static void
atlas_timeline_view_finalize (GObject *object)
{
  AtlasTimelineView *self = ATLAS_TIMELINE_VIEW (object);

  g_clear_pointer (&self->marks, g_array_unref);
  g_clear_pointer (&self->long_marks, g_array_unref);
  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->buckets, g_free);

  G_OBJECT_CLASS (atlas_timeline_view_parent_class)->finalize (object);
}

static void
atlas_timeline_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  AtlasTimelineView *self = ATLAS_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_timeline_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  AtlasTimelineView *self = ATLAS_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      atlas_timeline_view_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_timeline_view_class_init (AtlasTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_timeline_view_dispose;
  object_class->finalize = atlas_timeline_view_finalize;
  object_class->get_property = atlas_timeline_view_get_property;
  object_class->set_property = atlas_timeline_view_set_property;

  widget_class->snapshot = atlas_timeline_view_snapshot;
  widget_class->size_allocate = atlas_timeline_view_size_allocate;
  widget_class->measure = atlas_timeline_view_measure;
  widget_class->query_tooltip = atlas_timeline_view_query_tooltip;
  widget_class->state_flags_changed = atlas_timeline_view_state_flags_changed;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         ATLAS_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "timeline.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "timeline.previous", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "timeline.first", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "timeline.last", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-fit", NULL, zoom_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "timeline.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, 0, "timeline.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "timeline.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, 0, "timeline.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "timeline.first", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Home, 0, "timeline.first", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "timeline.last", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_End, 0, "timeline.last", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, 0, "timeline.zoom-fit", NULL);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
atlas_timeline_view_init (AtlasTimelineView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  self->marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  self->long_marks = g_array_new (FALSE, FALSE, sizeof (guint));
  self->items = g_array_new (FALSE, FALSE, sizeof (Item));
  self->selected_mark = G_MAXUINT;
  self->selected_item = G_MAXUINT;
  self->hover_mark = G_MAXUINT;
  self->layout_dirty = TRUE;
  self->pointer_x = -1;
  self->n_type_lanes = 7;

  /* Until a KB arrives: the year 2016 */
  self->view_start = atlas_date_from_ymd (2016, 1, 1);
  self->view_end = atlas_date_from_ymd (2017, 1, 1);

  self->session_signals = g_signal_group_new (ATLAS_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "notify::kb",
                                  G_CALLBACK (on_session_kb_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "highlight-changed",
                                  G_CALLBACK (on_session_highlight_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::selected-event",
                                  G_CALLBACK (on_session_selected_event_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::time-cursor",
                                  G_CALLBACK (on_session_time_cursor_changed_cb), self);
  g_signal_connect (self->session_signals, "bind", G_CALLBACK (on_session_signals_bind_cb), self);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (controller, "scroll", G_CALLBACK (on_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect (gesture, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  g_signal_connect (gesture, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_drag_new ();
  g_signal_connect (gesture, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (gesture, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  g_signal_connect (gesture, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect (gesture, "begin", G_CALLBACK (on_zoom_begin_cb), self);
  g_signal_connect (gesture, "scale-changed", G_CALLBACK (on_zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("No event selected"),
                                  -1);
}

/* Public API */

GtkWidget *
atlas_timeline_view_new (void)
{
  return g_object_new (ATLAS_TYPE_TIMELINE_VIEW, NULL);
}

AtlasSession *
atlas_timeline_view_get_session (AtlasTimelineView *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_VIEW (self), NULL);
  return self->session;
}

void
atlas_timeline_view_set_session (AtlasTimelineView *self,
                                 AtlasSession      *session)
{
  g_return_if_fail (ATLAS_IS_TIMELINE_VIEW (self));
  g_return_if_fail (!session || ATLAS_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;

  g_signal_group_set_target (self->session_signals, session);
  if (session == NULL)
    rebuild_marks (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/* The visible range, in whole days: the first and the last day at least partly visible */
void
atlas_timeline_view_get_visible_range (AtlasTimelineView *self,
                                       AtlasDate         *start,
                                       AtlasDate         *end)
{
  g_return_if_fail (ATLAS_IS_TIMELINE_VIEW (self));

  if (start)
    *start = (AtlasDate) floor (self->view_start);
  if (end)
    *end = (AtlasDate) MAX (floor (self->view_start), ceil (self->view_end) - 1);
}

/* Shows the days from @start to @end, both included */
void
atlas_timeline_view_set_visible_range (AtlasTimelineView *self,
                                       AtlasDate          start,
                                       AtlasDate          end)
{
  g_return_if_fail (ATLAS_IS_TIMELINE_VIEW (self));
  g_return_if_fail (start != ATLAS_DATE_NONE && end >= start);

  set_view (self, start, (double) end + 1);
}

/* Zooms in (@factor > 1) or out, keeping the date under @anchor_x where it is */
void
atlas_timeline_view_zoom (AtlasTimelineView *self,
                          double             factor,
                          double             anchor_x)
{
  double anchor_day, span, fraction;

  g_return_if_fail (ATLAS_IS_TIMELINE_VIEW (self));
  g_return_if_fail (factor > 0);

  compute_geometry (self, gtk_widget_get_width (GTK_WIDGET (self)), gtk_widget_get_height (GTK_WIDGET (self)));
  if (anchor_x < self->geo.plot_x0 || anchor_x > self->geo.plot_x0 + self->geo.plot_w)
    anchor_x = self->geo.plot_x0 + self->geo.plot_w / 2.f;

  anchor_day = x_to_day (self, anchor_x);
  fraction = (anchor_x - self->geo.plot_x0) / self->geo.plot_w;
  span = view_span (self) / factor;
  if (self->kb && self->marks->len > 0)
    span = CLAMP (span, MIN_SPAN_DAYS, MAX (60.0, 3.0 * (self->kb_last - self->kb_first)));
  else
    span = MAX (span, MIN_SPAN_DAYS);

  set_view (self, anchor_day - fraction * span, anchor_day - fraction * span + span);
}

void
atlas_timeline_view_zoom_to_fit (AtlasTimelineView *self)
{
  double span, pad;

  g_return_if_fail (ATLAS_IS_TIMELINE_VIEW (self));

  if (self->kb == NULL || self->marks->len == 0)
    {
      invalidate_layout (self);
      return;
    }

  span = MAX (MIN_SPAN_DAYS, (double) self->kb_last - self->kb_first);
  pad = MAX (1.0, span * 0.03);
  set_view (self, self->kb_first - pad, self->kb_last + pad);
}

/* The x of the middle of @date's day, where the mark of a one-day event is centred */
double
atlas_timeline_view_date_to_x (AtlasTimelineView *self,
                               AtlasDate          date)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_VIEW (self), 0);

  ensure_layout (self);
  return day_to_x (self, date + 0.5);
}

AtlasDate
atlas_timeline_view_x_to_date (AtlasTimelineView *self,
                               double             x)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_VIEW (self), ATLAS_DATE_NONE);

  ensure_layout (self);
  return (AtlasDate) MAX (1.0, floor (x_to_day (self, x)));
}

static AtlasEvent *
density_event_at (AtlasTimelineView *self,
                  double             x,
                  double             y)
{
  const Geometry *geo = &self->geo;
  double from_day, to_day;
  gboolean in_band = geo->band_h > 0 && y >= geo->band_y0 - 4 && y <= geo->band_y0 + geo->band_h + 2;
  int lane = -1;
  guint first, last;
  Mark *best = NULL;

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
      Mark *mark = i < last ? get_mark (self, i) : get_mark (self, g_array_index (self->long_marks, guint, i - last));

      if ((i < last && (mark->flags & MARK_LONG)) || !mark_overlaps (mark, from_day, to_day))
        continue;
      if (lane >= 0 && mark->type != lane)
        continue;
      if (in_band && !(mark->flags & MARK_FIGURES))
        continue;
      if (best == NULL || ((mark->flags & MARK_HIGHLIGHTED) && !(best->flags & MARK_HIGHLIGHTED)))
        best = mark;
      if (best->flags & MARK_HIGHLIGHTED)
        break;
    }

  return best ? best->event : NULL;
}

/* The event whose mark (or casualty bars) is at @x, @y, or %NULL */
AtlasEvent *
atlas_timeline_view_event_at (AtlasTimelineView *self,
                              double             x,
                              double             y)
{
  const Item *best = NULL;
  double best_distance = G_MAXDOUBLE;
  guint lo, hi;

  g_return_val_if_fail (ATLAS_IS_TIMELINE_VIEW (self), NULL);

  ensure_layout (self);

  if (self->kb == NULL || x < self->geo.plot_x0 - HIT_SLOP || x > self->geo.plot_x0 + self->geo.plot_w + HIT_SLOP)
    return NULL;

  /* The selection is drawn on top of everything */
  if (self->selected_item != G_MAXUINT)
    {
      const Item *item = &g_array_index (self->items, Item, self->selected_item);

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

      if (g_array_index (self->items, Item, mid).x0 <= x + HIT_SLOP)
        lo = mid + 1;
      else
        hi = mid;
    }

  for (guint i = lo; i-- > 0;)
    {
      const Item *item = &g_array_index (self->items, Item, i);
      double distance;

      if (item->x0 < x - HIT_SLOP - self->max_item_w)
        break;
      if (x < item->x0 - HIT_SLOP || x > item->x1 + HIT_SLOP ||
          y < item->y0 - (item->kind == ITEM_FIGURES ? 6 : 2) || y > item->y1 + 2)
        continue;

      distance = fabs (x - (item->x0 + item->x1) / 2.0);
      /* Marks and bars win over the "more here" strips */
      if (item->kind == ITEM_CLUSTER)
        distance += 1000;
      if (distance < best_distance)
        {
          best = item;
          best_distance = distance;
        }
    }

  return best ? get_mark (self, best->mark)->event : NULL;
}

/* Where @event's mark is drawn, in widget coordinates; %FALSE if it is not drawn as a mark */
gboolean
atlas_timeline_view_get_event_bounds (AtlasTimelineView *self,
                                      AtlasEvent        *event,
                                      graphene_rect_t   *bounds)
{
  guint position;

  g_return_val_if_fail (ATLAS_IS_TIMELINE_VIEW (self), FALSE);
  g_return_val_if_fail (ATLAS_IS_EVENT (event), FALSE);
  g_return_val_if_fail (bounds != NULL, FALSE);

  ensure_layout (self);

  position = atlas_event_get_position (event);
  if (position >= self->marks->len || get_mark (self, position)->event != event)
    return FALSE;

  for (guint i = 0; i < self->items->len; i++)
    {
      const Item *item = &g_array_index (self->items, Item, i);

      if (item->kind == ITEM_MARK && item->mark == position)
        {
          graphene_rect_init (bounds, item->x0, item->y0, item->x1 - item->x0, item->y1 - item->y0);
          return TRUE;
        }
    }

  return FALSE;
}

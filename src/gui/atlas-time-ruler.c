/* atlas-time-ruler.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-time-ruler"

#include "config.h"

#include <math.h>

#include "atlas-date.h"
#include "atlas-locale.h"
#include "atlas-time-ruler.h"
#include "atlas-timeline-draw.h"

static inline float
day_to_x (const AtlasTimeRulerArea *area,
          double                    day)
{
  return area->x0 + (atlas_time_scale_to_unit (area->scale, day) - area->u0) * (area->width / (area->u1 - area->u0));
}

/* Whether @day is strictly inside a compressed gap, where no tick goes */
static inline gboolean
in_gap (const AtlasTimeRulerArea *area,
        double                    day)
{
  const AtlasTimeGap *gap = atlas_time_scale_find_gap (area->scale, day);

  return gap != NULL && day > gap->start;
}

/* The widest of the twelve month names in the interface's language, as @layout sets them:
 * Arabic's are long (كانون الثاني), and a label measured from "May" overlapped the next one,
 * which was then dropped (issue 8) */
static float
widest_month_name (PangoLayout *layout,
                   gboolean     abbreviated)
{
  float widest = 0;

  for (guint m = 1; m <= 12; m++)
    widest = MAX (widest, atlas_timeline_text_width (layout, atlas_locale_month_name (m, abbreviated)));
  return widest;
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

/* Major labels, first row: the month (for days) or the year (for months). The label of the
 * period the view starts in sticks to the left edge until the next one pushes it. */
static void
draw_major_labels (const AtlasTimeRulerArea *area,
                   const AtlasTimeTicks     *ticks,
                   GtkSnapshot              *snapshot,
                   PangoLayout              *layout,
                   const GdkRGBA            *fg,
                   AtlasDate                 last)
{
  double ppd = area->width / (area->u1 - area->u0);
  gboolean long_names = ppd * 28 >= widest_month_name (layout, FALSE) + atlas_timeline_text_width (layout, " 2016") + 16;
  float last_label_end = -G_MAXFLOAT;
  AtlasDate first = (AtlasDate) MAX (1.0, floor (area->view_start));
  guint y0, m0, y_end;
  atlas_date_to_ymd (first, &y0, &m0, NULL);
  atlas_date_to_ymd (MIN (last, (AtlasDate) 3652059), &y_end, NULL, NULL);

  for (guint y = y0, m = (ticks->unit == ATLAS_TIME_TICK_DAYS ? m0 : 1); y <= y_end;
       ticks->unit == ATLAS_TIME_TICK_DAYS ? next_month (&y, &m) : (void) y++)
    {
      AtlasDate d = atlas_date_from_ymd (y, m, 1);
      guint ny = y, nm = m;
      AtlasDate next;
      float x = day_to_x (area, d);
      float next_x;
      float w, lx;
      g_autofree char *label = NULL;

      if (ticks->unit == ATLAS_TIME_TICK_DAYS)
        next_month (&ny, &nm);
      else
        ny++;
      next = atlas_date_from_ymd (ny, nm, 1);
      next_x = day_to_x (area, next);
      /* A month that ends in a compressed gap may label across it: the gap has no ticks, and
       * the next label is after it */
      if (in_gap (area, next))
        next_x = day_to_x (area, atlas_time_scale_find_gap (area->scale, next)->end);

      if (d > last)
        break;
      /* A month (or year) all inside a compressed gap has no label: the gap says how long
       * it is; one that ends after the gap is labelled where its days show again */
      if (in_gap (area, d))
        {
          const AtlasTimeGap *gap = atlas_time_scale_find_gap (area->scale, d);

          if (next <= gap->end)
            continue;
          x = day_to_x (area, gap->end);
        }
      if (ticks->unit == ATLAS_TIME_TICK_DAYS)
        label = atlas_locale_format_month (y, m, !long_names);
      else
        label = g_strdup_printf ("%u", y);

      w = atlas_timeline_text_width (layout, label);
      /* "Feb 2016" where "February 2016" does not fit */
      if (ticks->unit == ATLAS_TIME_TICK_DAYS && long_names && w > next_x - MAX (x, area->x0) - 9)
        {
          g_free (label);
          label = atlas_locale_format_month (y, m, TRUE);
          w = atlas_timeline_text_width (layout, label);
        }
      lx = MAX (x + 3, area->x0 + 3);
      lx = MIN (lx, next_x - w - 6);
      if (lx < last_label_end + 6 || lx < area->x0)
        continue;
      last_label_end = lx + w;
      atlas_timeline_draw_text (snapshot, layout, label, lx, 1, -1, fg);
    }
}

/* The finest unit whose labels do not overlap: days, then months, then years */
void
atlas_time_ruler_choose_ticks (double                      ppd,
                               const AtlasTimeLabelWidths *widths,
                               AtlasTimeTicks             *ticks)
{
  static const guint year_steps[] = { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000 };
  float day_w = widths->day;
  float month_w = widths->month;

  ticks->full_months = FALSE;

  if (ppd >= day_w) { ticks->unit = ATLAS_TIME_TICK_DAYS; ticks->step = 1; }
  else if (ppd * 2 >= day_w) { ticks->unit = ATLAS_TIME_TICK_DAYS; ticks->step = 2; }
  else if (ppd * 5 >= day_w) { ticks->unit = ATLAS_TIME_TICK_DAYS; ticks->step = 5; }
  else if (ppd * 9 >= day_w) { ticks->unit = ATLAS_TIME_TICK_DAYS; ticks->step = 10; }
  else if (ppd * 14 >= day_w) { ticks->unit = ATLAS_TIME_TICK_DAYS; ticks->step = 15; }
  else if (ppd * 28 >= widths->month_full)
    {
      ticks->unit = ATLAS_TIME_TICK_MONTHS;
      ticks->step = 1;
      ticks->full_months = TRUE;
    }
  else if (ppd * 28 >= month_w) { ticks->unit = ATLAS_TIME_TICK_MONTHS; ticks->step = 1; }
  else if (ppd * 89 >= month_w) { ticks->unit = ATLAS_TIME_TICK_MONTHS; ticks->step = 3; }
  else if (ppd * 181 >= month_w) { ticks->unit = ATLAS_TIME_TICK_MONTHS; ticks->step = 6; }
  else
    {
      ticks->unit = ATLAS_TIME_TICK_YEARS;
      for (guint i = 0; i < G_N_ELEMENTS (year_steps); i++)
        if ((ticks->step = year_steps[i]) * 365.25 * ppd >= widths->year)
          break;
    }
}

/* Whether day @day of a month gets a label when every @step-th day has one: steps keep to
 * days that read well (the 1st, 5th, 10th…) rather than every nth day from the view's start */
gboolean
atlas_time_ruler_day_is_labelled (guint day,
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

void
atlas_time_ruler_snapshot (const AtlasTimeRulerArea *area,
                           GtkSnapshot              *snapshot,
                           PangoLayout              *layout,
                           const GdkRGBA            *fg)
{
  double ppd = area->width / (area->u1 - area->u0);
  float axis_y = area->axis_y;
  float bottom = area->height;
  AtlasTimeLabelWidths widths = {
    .day = atlas_timeline_text_width (layout, "28") + 10,
    .month = widest_month_name (layout, TRUE) + 10,
    .month_full = widest_month_name (layout, FALSE) + 10,
    .year = atlas_timeline_text_width (layout, "2016") + 12,
  };
  GdkRGBA grid = { fg->red, fg->green, fg->blue, 0.08f };
  GdkRGBA major_grid = { fg->red, fg->green, fg->blue, 0.2f };
  GdkRGBA dim = { fg->red, fg->green, fg->blue, 0.7f };
  AtlasTimeTicks ticks;
  guint step;
  guint y0, m0, d0, y_end;
  AtlasDate first = (AtlasDate) MAX (1.0, floor (area->view_start));
  AtlasDate last = (AtlasDate) ceil (area->view_end);
  float last_label_end = -G_MAXFLOAT;
  char buffer[128];

  atlas_time_ruler_choose_ticks (ppd, &widths, &ticks);
  step = ticks.step;

  atlas_date_to_ymd (first, &y0, &m0, &d0);
  atlas_date_to_ymd (MIN (last, (AtlasDate) 3652059), &y_end, NULL, NULL);

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (area->x0, 0, area->width, bottom));

  /* Minor ticks and labels, second row */
  if (ticks.unit == ATLAS_TIME_TICK_DAYS)
    {
      for (AtlasDate d = first; d <= last; d++)
        {
          guint day;
          float x = day_to_x (area, d);

          /* Nor on a gap's first day, where its zig-zag is */
          if (in_gap (area, d) || atlas_time_scale_find_gap (area->scale, d) != NULL)
            continue;
          atlas_date_to_ymd (d, NULL, NULL, &day);
          if (!atlas_time_ruler_day_is_labelled (day, step))
            {
              if (ppd >= 4)
                gtk_snapshot_append_color (snapshot, &grid, &GRAPHENE_RECT_INIT (x, axis_y - 3, 1, 3));
              continue;
            }
          gtk_snapshot_append_color (snapshot, day == 1 ? &major_grid : &grid,
                                     &GRAPHENE_RECT_INIT (x, axis_y - 8, 1, bottom - axis_y + 8));
          if (x + 3 >= last_label_end + 4)
            {
              g_snprintf (buffer, sizeof buffer, "%u", day);
              last_label_end = x + 3 + atlas_timeline_draw_text (snapshot, layout, buffer, x + 3, axis_y - 16, -1, &dim);
            }
        }
    }
  else if (ticks.unit == ATLAS_TIME_TICK_MONTHS)
    {
      for (guint y = y0, m = m0; y <= y_end; next_month (&y, &m))
        {
          AtlasDate d = atlas_date_from_ymd (y, m, 1);
          float x = day_to_x (area, d);

          if (d > last)
            break;
          if ((m - 1) % step != 0 || in_gap (area, d))
            continue;
          gtk_snapshot_append_color (snapshot, m == 1 ? &major_grid : &grid,
                                     &GRAPHENE_RECT_INIT (x, axis_y - 8, 1, bottom - axis_y + 8));
          if (x + 3 >= last_label_end + 4)
            last_label_end = x + 3 + atlas_timeline_draw_text (snapshot, layout, atlas_locale_month_name (m, !ticks.full_months),
                                                                x + 3, axis_y - 16, -1, &dim);
        }
    }
  else
    {
      for (guint y = y0 - y0 % step; y <= y_end; y += step)
        {
          float x;

          if (y < 1 || in_gap (area, atlas_date_from_ymd (y, 1, 1)))
            continue;
          x = day_to_x (area, atlas_date_from_ymd (y, 1, 1));
          gtk_snapshot_append_color (snapshot, &major_grid, &GRAPHENE_RECT_INIT (x, axis_y - 8, 1, bottom - axis_y + 8));
          g_snprintf (buffer, sizeof buffer, "%u", y);
          if (x + 3 >= last_label_end + 4)
            last_label_end = x + 3 + atlas_timeline_draw_text (snapshot, layout, buffer, x + 3, axis_y - 16, -1, fg);
        }
    }

  if (ticks.unit != ATLAS_TIME_TICK_YEARS)
    draw_major_labels (area, &ticks, snapshot, layout, fg, last);

  gtk_snapshot_pop (snapshot);

  /* The axis line */
  gtk_snapshot_append_color (snapshot, &major_grid, &GRAPHENE_RECT_INIT (area->x0, axis_y, area->width, 1));
}

static void
draw_zigzag (cairo_t *cr,
             double   x,
             double   top,
             double   bottom)
{
  gboolean left = TRUE;

  cairo_move_to (cr, x, top);
  for (double y = top + 4; y < bottom; y += 4, left = !left)
    cairo_line_to (cr, x + (left ? -2.5 : 2.5), y);
  cairo_line_to (cr, x, bottom);
}

/* The compressed gaps in view: the grid blanked out, a zig-zag break at both edges across
 * the ruler and the rows, and in the middle how long the gap is ("7 months without
 * events"), so that nobody reads the axis as continuous */
void
atlas_time_ruler_snapshot_gaps (const AtlasTimeRulerArea *area,
                                GtkSnapshot              *snapshot,
                                PangoLayout              *layout,
                                const GdkRGBA            *fg,
                                const GdkRGBA            *bg)
{
  GdkRGBA line = { fg->red, fg->green, fg->blue, 0.45f };
  GdkRGBA text = { fg->red, fg->green, fg->blue, 0.75f };
  GdkRGBA shade = { fg->red, fg->green, fg->blue, 0.05f };
  float top = area->axis_y - 16;

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (area->x0 - 4, 0, area->width + 8, area->height));

  for (guint g = 0; g < area->scale->n_gaps; g++)
    {
      const AtlasTimeGap *gap = &area->scale->gaps[g];
      float x0 = day_to_x (area, gap->start);
      float x1 = day_to_x (area, gap->end);
      graphene_rect_t rect = GRAPHENE_RECT_INIT (x0, top, x1 - x0, area->height - top);
      cairo_t *cr;
      int w, h;

      if (x1 < area->x0 - 4 || x0 > area->x0 + area->width + 4)
        continue;

      gtk_snapshot_append_color (snapshot, bg, &rect);
      gtk_snapshot_append_color (snapshot, &shade, &rect);

      cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (x0 - 4, top, x1 - x0 + 8, area->height - top));
      gdk_cairo_set_source_rgba (cr, &line);
      cairo_set_line_width (cr, 1.2);
      draw_zigzag (cr, x0 + 1.5, top, area->height);
      draw_zigzag (cr, x1 - 1.5, top, area->height);
      cairo_stroke (cr);
      cairo_destroy (cr);

      /* The label, on as many lines as the gap needs; only the length if that is too tall,
       * and nothing rather than text over the rows (the tooltip still says it) */
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      pango_layout_set_width (layout, (int) MAX (1, (x1 - x0 - 10)) * PANGO_SCALE);
      for (guint brief = 0; brief < 2; brief++)
        {
          g_autofree char *label = atlas_time_scale_describe_gap (gap, brief);
          PangoRectangle ink;

          pango_layout_set_text (layout, label, -1);
          pango_layout_get_pixel_size (layout, &w, &h);
          pango_layout_get_pixel_extents (layout, &ink, NULL);
          if (h <= area->gap_label_y1 - area->gap_label_y0 + 4 && ink.width <= x1 - x0 - 6)
            {
              gtk_snapshot_save (snapshot);
              atlas_timeline_translate_to_text (snapshot, layout, x0 + 5, (area->gap_label_y0 + area->gap_label_y1 - h) / 2.f);
              gtk_snapshot_append_layout (snapshot, layout, &text);
              gtk_snapshot_restore (snapshot);
              break;
            }
        }
      pango_layout_set_width (layout, -1);
      pango_layout_set_alignment (layout, PANGO_ALIGN_LEFT);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }

  gtk_snapshot_pop (snapshot);
}

/* atlas-timeline-draw.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-timeline-view"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "atlas-event-types.h"
#include "atlas-timeline-draw-private.h"

/*
 * The timeline draws with GtkSnapshot, from the items AtlasTimelineLayout placed: nothing
 * here decides where anything goes, only how it looks. This file draws the gutter, the plot
 * (marks, labels, casualty and density bars, the selection) and the cursor; how one mark
 * looks, its colour, glyph and shape, is atlas-timeline-shapes.c's.
 */

#define AXIS_H    ATLAS_TIMELINE_AXIS_H
#define BUCKET_W  ATLAS_TIMELINE_BUCKET_W

/* The type of lane @type: one of the KB's types (issue 9), or %NULL for the lane of types it
 * does not have */
static const AtlasEventTypeInfo *
type_info (const AtlasTimelineLayout *self,
           guint                      type)
{
  return type < self->n_types ? &self->types[type] : NULL;
}

static float
figure_height (const AtlasTimelineLayout *self,
               double                     value)
{
  return self->geo.band_h * MIN (MAX (0, value), self->figure_top) / self->figure_top;
}

/* One count as a bar from the base line: solid up to the lowest number the words allow,
 * lighter up to the highest, and fading out when the words give no highest ("at least"). */
static void
draw_count (const AtlasTimelineLayout *self,
            GtkSnapshot               *snapshot,
            float                      x,
            float                      w,
            double                     min,
            double                     max,
            const GdkRGBA             *color,
            gboolean                   outline)
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
      _atlas_timeline_outline_rounded (snapshot, &GRAPHENE_RECT_INIT (x, base - h_min, w, h_min), 0, 1, color);
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

static guint
get_mark_type (const AtlasTimelineLayout *self,
               const AtlasTimelineItem   *item)
{
  return atlas_timeline_layout_get_mark (self, item->mark)->type;
}

static void
draw_figures (const AtlasTimelineLayout *self,
              GtkSnapshot               *snapshot,
              PangoLayout               *question,
              const AtlasTimelineItem   *item,
              const GdkRGBA             *fg)
{
  AtlasTimelineMark *mark = atlas_timeline_layout_get_mark (self, item->mark);
  GPtrArray *figures = atlas_kb_get_casualties_for_event (self->kb, mark->event);
  gboolean highlighted = (mark->flags & ATLAS_MARK_HIGHLIGHTED) != 0;
  GdkRGBA color = _atlas_timeline_type_color (type_info (self, mark->type), highlighted ? 1.f : 0.25f, fg);
  float slot = (item->x1 - item->x0 + 1) / MAX (1, item->count);
  float x = item->x0;

  for (guint i = 0; i < figures->len; i++)
    {
      AtlasCasualty *casualty = g_ptr_array_index (figures, i);
      const AtlasCount *killed = atlas_casualty_get_killed (casualty);
      const AtlasCount *injured = atlas_casualty_get_injured (casualty);

      /* Over a period: drawn over it (atlas-timeline-periods.c) */
      if (atlas_timeline_figure_n_slots (casualty) == 0)
        continue;
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
          atlas_timeline_translate_to_text (snapshot, question, x + (slot - 1 - w) / 2.f,
                                            self->geo.band_y0 + self->geo.band_h - h);
          gtk_snapshot_append_layout (snapshot, question, &color);
          gtk_snapshot_restore (snapshot);
          x += slot;
        }
    }
}


static void
draw_mark (const AtlasTimelineLayout *self,
           GtkSnapshot               *snapshot,
           const AtlasTimelineItem   *item,
           const GdkRGBA             *fg,
           const GdkRGBA             *bg)
{
  AtlasTimelineMark *mark = atlas_timeline_layout_get_mark (self, item->mark);
  gboolean highlighted = (mark->flags & ATLAS_MARK_HIGHLIGHTED) != 0;
  /* High contrast has no faint tints: the marks not highlighted are half strong */
  float alpha = highlighted ? 1.f : ATLAS_STYLE_IS_HC (_atlas_timeline_style_for (fg)) ? 0.5f : 0.22f;
  graphene_rect_t rect = GRAPHENE_RECT_INIT (item->x0, item->y0, item->x1 - item->x0, item->y1 - item->y0);

  if (item->kind == ATLAS_ITEM_CLUSTER)
    {
      GdkRGBA cluster = _atlas_timeline_type_color (type_info (self, mark->type), item->count_highlighted ? 0.8f : 0.2f, fg);

      _atlas_timeline_fill_rounded (snapshot, &rect, 1.5f, &cluster);
      return;
    }

  _atlas_timeline_draw_shape (snapshot, mark->flags, type_info (self, mark->type), &rect,
                              (mark->flags & ATLAS_MARK_APPROX_DAY) ? atlas_timeline_layout_day_to_x (self, mark->date + 0.5) : 0,
                              alpha, fg, bg);
}

/* A mark's title after it, cut to the room before the next mark of its row; the selection's
 * title is always whole, over what follows it, on a patch of background */
static void
draw_label (const AtlasTimelineLayout *self,
            GtkSnapshot               *snapshot,
            PangoLayout               *layout,
            const AtlasTimelineItem   *item,
            const GdkRGBA             *fg,
            const GdkRGBA             *bg,
            gboolean                   whole)
{
  AtlasTimelineMark *mark = atlas_timeline_layout_get_mark (self, item->mark);
  const char *title = atlas_event_get_title (mark->event);
  GdkRGBA color = *fg;
  float room = item->label_room - 6.f;
  float x = item->x1 + 4.f;
  int w, h;

  if (self->geo.row_h < ATLAS_TIMELINE_MIN_LABEL_ROW_H || (!whole && room < 40.f))
    return;

  color.alpha = (mark->flags & ATLAS_MARK_HIGHLIGHTED) ? 0.85f : 0.3f;
  w = atlas_timeline_text_width (layout, title);
  pango_layout_get_pixel_size (layout, NULL, &h);

  if (whole)
    {
      GdkRGBA patch = *bg;
      float right = self->geo.plot_x0 + self->geo.plot_w;

      color.alpha = 1.f;
      /* Near the right edge, the title goes before the mark instead */
      if (x + w > right && item->x0 - 4.f - w >= self->geo.plot_x0)
        x = item->x0 - 4.f - w;
      patch.alpha = 0.9f;
      /* No taller than the row, so that the rows above and below stay readable */
      _atlas_timeline_fill_rounded (snapshot,
                                    &GRAPHENE_RECT_INIT (x - 2, MAX (item->y0 - 1, (item->y0 + item->y1 - h) / 2.f),
                                                         w + 4, MIN (h, item->y1 - item->y0 + 2)),
                                    3.f, &patch);
      room = -1;
    }

  atlas_timeline_draw_text (snapshot, layout, title, x, (item->y0 + item->y1 - h) / 2.f, room, &color);
}

static void
draw_density (const AtlasTimelineLayout *self,
              GtkSnapshot               *snapshot,
              const GdkRGBA             *fg)
{
  const AtlasTimelineGeometry *geo = &self->geo;
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

          color = _atlas_timeline_type_color (type_info (self, lane), 1.f, fg);
          if (h_hl > 0)
            gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (x, base - h_hl, BUCKET_W, h_hl));
          color.alpha = 0.2f;
          if (h_all > h_hl)
            gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (x, base - h_all, BUCKET_W, h_all - h_hl));
        }
    }
}

static void
draw_density_figures (const AtlasTimelineLayout *self,
                      GtkSnapshot               *snapshot,
                      const GdkRGBA             *fg)
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
emphasise_item (GtkSnapshot             *snapshot,
                const AtlasTimelineItem *item,
                float                    grow,
                float                    width,
                const GdkRGBA           *color)
{
  graphene_rect_t rect = GRAPHENE_RECT_INIT (item->x0 - grow, item->y0 - grow,
                                             item->x1 - item->x0 + 2 * grow,
                                             item->y1 - item->y0 + 2 * grow);

  _atlas_timeline_outline_rounded (snapshot, &rect, rect.size.height / 2.f, width, color);
}

/* Public API */

/* Moves the origin to draw @layout's text from @x, @y, or centred in its width when it is
 * centred. A right-to-left timeline is drawn mirrored (atlas-timeline-view.c), and a layout
 * made for a right-to-left widget has that base direction: its text is mirrored back within
 * its own box, so that it reads. */
void
atlas_timeline_translate_to_text (GtkSnapshot *snapshot,
                                  PangoLayout *layout,
                                  float        x,
                                  float        y)
{
  PangoRectangle logical;

  if (pango_context_get_base_dir (pango_layout_get_context (layout)) != PANGO_DIRECTION_RTL)
    {
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (roundf (x), roundf (y)));
      return;
    }

  /* Pango aligns a left-to-right line right in a right-to-left context: wherever it put the
   * text, its box goes to @x (or keeps its centred place) */
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  if (pango_layout_get_alignment (layout) == PANGO_ALIGN_CENTER)
    x += logical.x;
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (roundf (x) + logical.x + logical.width, roundf (y)));
  gtk_snapshot_scale (snapshot, -1, 1);
}


float
atlas_timeline_draw_text (GtkSnapshot   *snapshot,
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
  atlas_timeline_translate_to_text (snapshot, layout, x, y);
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
  return width;
}

int
atlas_timeline_text_width (PangoLayout *layout,
                           const char  *text)
{
  int width;

  pango_layout_set_width (layout, -1);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

void
atlas_timeline_draw_gutter (const AtlasTimelineLayout *self,
                            GtkSnapshot               *snapshot,
                            PangoLayout               *layout,
                            const GdkRGBA             *fg)
{
  const AtlasTimelineGeometry *geo = &self->geo;
  GdkRGBA stripe = { fg->red, fg->green, fg->blue, 0.035f };
  GdkRGBA dim = { fg->red, fg->green, fg->blue, 0.75f };
  GdkRGBA grid = { fg->red, fg->green, fg->blue, 0.12f };

  if (!geo->packed)
    {
      for (guint lane = 0; lane < geo->n_lanes; lane++)
        {
          float y = geo->lanes_y0 + lane * geo->lane_h;
          const AtlasEventTypeInfo *info = type_info (self, lane);
          const char *label = info ? atlas_event_type_get_label (info) : _("Other");
          int text_h;

          if (lane % 2 == 0)
            gtk_snapshot_append_color (snapshot, &stripe, &GRAPHENE_RECT_INIT (0, y, geo->width, geo->lane_h));

          /* A KB's own labels can be long ("Explosions/Remote violence", issue 9): on two
           * lines where the lane has room for them, cut after the second */
          pango_layout_set_text (layout, label, -1);
          pango_layout_set_width (layout, (int) ((geo->plot_x0 - 22) * PANGO_SCALE));
          pango_layout_set_height (layout, -1);
          pango_layout_get_pixel_size (layout, NULL, &text_h);
          if (geo->lane_h >= 2 * text_h + 4)
            {
              pango_layout_set_height (layout, -2);
              pango_layout_get_pixel_size (layout, NULL, &text_h);
            }
          _atlas_timeline_draw_glyph (snapshot, info, 10.f, y + geo->lane_h / 2.f, 9.f, 1.f, fg, NULL, NULL);
          atlas_timeline_draw_text (snapshot, layout, label,
                     18, y + (geo->lane_h - text_h) / 2.f, geo->plot_x0 - 22, &dim);
        }
      pango_layout_set_height (layout, -1);
    }

  if (geo->band_h > 0)
    {
      float base = geo->band_y0 + geo->band_h;
      float label_top;
      int text_h;

      pango_layout_set_text (layout, "0", -1);
      pango_layout_get_pixel_size (layout, NULL, &text_h);
      /* Digits are shorter than a line: labels may come closer than their line height */
      label_top = base - text_h * 0.35f;
      atlas_timeline_draw_text (snapshot, layout, _("Killed"), 6, geo->band_y0 + (geo->band_h - text_h) / 2.f,
                 geo->plot_x0 - 34, &dim);

      /* Ticks at round numbers, labelled where they do not crowd each other */
      for (double v = self->figure_step; v <= self->figure_top + 0.5; v += self->figure_step)
        {
          float y = roundf (base - figure_height (self, v));
          char buffer[32];
          int w;

          g_snprintf (buffer, sizeof buffer, "%.0f", v);
          w = atlas_timeline_text_width (layout, buffer);
          gtk_snapshot_append_color (snapshot, &grid, &GRAPHENE_RECT_INIT (geo->plot_x0, y, geo->plot_w, 1));
          if (y + text_h * 0.35f <= label_top - 1)
            {
              atlas_timeline_draw_text (snapshot, layout, buffer, geo->plot_x0 - 6 - w, y - text_h / 2.f, -1, &dim);
              label_top = y - text_h * 0.35f;
            }
        }
      {
        int w = atlas_timeline_text_width (layout, "0");
        atlas_timeline_draw_text (snapshot, layout, "0", geo->plot_x0 - 6 - w, base - text_h / 2.f, -1, &dim);
      }
      gtk_snapshot_append_color (snapshot, &grid, &GRAPHENE_RECT_INIT (geo->plot_x0, base, geo->plot_w, 1));
    }
}

void
atlas_timeline_draw_cursor (const AtlasTimelineLayout *self,
                            GtkSnapshot               *snapshot,
                            AtlasDate                  cursor,
                            const GdkRGBA             *fg)
{
  GdkRGBA color = { fg->red, fg->green, fg->blue, 0.85f };
  float x;

  if (cursor == ATLAS_DATE_NONE || cursor + 1 <= self->view_start || cursor >= self->view_end)
    return;

  x = roundf (atlas_timeline_layout_day_to_x (self, cursor + 0.5)) - 1;
  gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (x, AXIS_H - 4, 2, self->geo.height - AXIS_H + 4));
  /* A handle on the axis */
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + 1, AXIS_H - 4));
  gtk_snapshot_rotate (snapshot, 45);
  gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (-4, -4, 8, 8));
  gtk_snapshot_restore (snapshot);
}

/* The marks, clusters, casualty bars (or density bars) and the selection on top, in the plot */
void
atlas_timeline_draw_plot (const AtlasTimelineLayout *self,
                          GtkSnapshot               *snapshot,
                          PangoLayout               *labels,
                          PangoLayout               *question,
                          guint                      hover_mark,
                          const GdkRGBA             *fg,
                          const GdkRGBA             *bg)
{
  const AtlasTimelineGeometry *geo = &self->geo;

  if (self->density)
    {
      draw_density (self, snapshot, fg);
      if (geo->band_h > 0)
        draw_density_figures (self, snapshot, fg);
    }

  for (guint i = 0; i < self->items->len; i++)
    {
      const AtlasTimelineItem *item = atlas_timeline_layout_get_item (self, i);

      if (item->kind == ATLAS_ITEM_FIGURES)
        draw_figures (self, snapshot, question, item, fg);
      else if (item->kind == ATLAS_ITEM_PERIOD)
        atlas_timeline_draw_period (self, snapshot, item, _atlas_timeline_type_color (type_info (self, get_mark_type (self, item)), 1.f, fg));
      else if (i != self->selected_item)
        {
          draw_mark (self, snapshot, item, fg, bg);
          if (item->kind == ATLAS_ITEM_MARK)
            draw_label (self, snapshot, labels, item, fg, bg, FALSE);
        }
    }

  for (guint i = 0; i < self->items->len; i++)
    {
      const AtlasTimelineItem *item = atlas_timeline_layout_get_item (self, i);
      GdkRGBA ring = { fg->red, fg->green, fg->blue, 0.5f };

      if (item->mark == hover_mark && item->kind != ATLAS_ITEM_CLUSTER && i != self->selected_item)
        emphasise_item (snapshot, item, 1.5f, 1.f, &ring);
      if ((item->kind == ATLAS_ITEM_FIGURES || item->kind == ATLAS_ITEM_PERIOD) && item->mark == self->selected_mark)
        {
          ring.alpha = 0.9f;
          _atlas_timeline_outline_rounded (snapshot,
                                           &GRAPHENE_RECT_INIT (item->x0 - 2, item->y0 - 2,
                                                                item->x1 - item->x0 + 4, item->y1 - item->y0 + 3),
                                           2, 1.5f, &ring);
        }
    }

  if (self->selected_item != G_MAXUINT)
    {
      const AtlasTimelineItem *item = atlas_timeline_layout_get_item (self, self->selected_item);

      emphasise_item (snapshot, item, 1.f, 3.f, bg);
      draw_mark (self, snapshot, item, fg, bg);
      emphasise_item (snapshot, item, 3.f, 2.f, fg);
      draw_label (self, snapshot, labels, item, fg, bg, TRUE);
    }
}

void
atlas_timeline_draw_focus (const AtlasTimelineLayout *self,
                           GtkSnapshot               *snapshot,
                           const GdkRGBA             *fg)
{
  GdkRGBA focus = { fg->red, fg->green, fg->blue, 0.35f };

  _atlas_timeline_outline_rounded (snapshot, &GRAPHENE_RECT_INIT (1, 1, self->geo.width - 2, self->geo.height - 2), 4, 2, &focus);
}

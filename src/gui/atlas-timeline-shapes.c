/* atlas-timeline-shapes.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-timeline-view"

#include "config.h"

#include <math.h>

#include "atlas-event-types.h"
#include "atlas-timeline-draw-private.h"

/*
 * How a mark looks, wherever it is drawn: its type's colour and glyph, and the shape that
 * says how exact its date is. The plot's marks (atlas-timeline-draw.c), the gutter's lanes
 * and the Types menu's key all draw them from here, so that each reads the same (issue 8).
 */

void
_atlas_timeline_fill_rounded (GtkSnapshot           *snapshot,
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

void
_atlas_timeline_outline_rounded (GtkSnapshot           *snapshot,
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

/* The style the marks are drawn in: dark when the text is light, high contrast under GTK's
 * high-contrast themes (atlas-style-monitor.c) */
AtlasStyle
_atlas_timeline_style_for (const GdkRGBA *fg)
{
  return atlas_style_from_color (fg, gtk_settings_get_default ());
}

/* Diagonal stripes over @rect: the pattern of a span whose days are approximate */
static void
hatch (GtkSnapshot           *snapshot,
       const graphene_rect_t *rect,
       const GdkRGBA         *color)
{
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot, rect);

  cairo_rectangle (cr, rect->origin.x, rect->origin.y, rect->size.width, rect->size.height);
  cairo_clip (cr);
  for (float x = rect->origin.x - rect->size.height; x < rect->origin.x + rect->size.width; x += 5.f)
    {
      cairo_move_to (cr, x, rect->origin.y + rect->size.height);
      cairo_line_to (cr, x + rect->size.height, rect->origin.y);
    }
  gdk_cairo_set_source_rgba (cr, color);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
  cairo_destroy (cr);
}

static AtlasGlyph
type_glyph (const AtlasEventTypeInfo *info)
{
  return info ? info->glyph : ATLAS_GLYPH_SQUARE;
}

GdkRGBA
_atlas_timeline_type_color (const AtlasEventTypeInfo *info,
                            float                     alpha,
                            const GdkRGBA            *fg)
{
  if (info)
    {
      const double *rgb = atlas_event_type_get_rgb (info, _atlas_timeline_style_for (fg));

      return (GdkRGBA) { rgb[0], rgb[1], rgb[2], alpha };
    }
  return (GdkRGBA) { 0.4f, 0.4f, 0.4f, alpha };
}

/* The type's glyph, centred on (@cx, @cy), the same shape in the gutter, the Types menu, the
 * event list and the details (issue 8). With @knockout, cut out of a bar in that colour; with
 * @casing, on an edge of that colour, to stand out of a bar too short to cut it out of. */
void
_atlas_timeline_draw_glyph (GtkSnapshot              *snapshot,
                            const AtlasEventTypeInfo *info,
                            float                     cx,
                            float                     cy,
                            float                     size,
                            float                     alpha,
                            const GdkRGBA            *fg,
                            const GdkRGBA            *knockout,
                            const GdkRGBA            *casing)
{
  graphene_rect_t box = GRAPHENE_RECT_INIT (floorf (cx - size), floorf (cy - size), ceilf (2 * size) + 1, ceilf (2 * size) + 1);
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &box);

  if (knockout)
    {
      atlas_glyph_append_path (cr, type_glyph (info), cx, cy, size);
      gdk_cairo_set_source_rgba (cr, knockout);
      cairo_fill (cr);
    }
  else if (casing)
    {
      atlas_glyph_append_path (cr, type_glyph (info), cx, cy, size);
      gdk_cairo_set_source_rgba (cr, casing);
      cairo_set_line_width (cr, 2.5);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke (cr);
      atlas_event_type_draw_glyph (cr, info, _atlas_timeline_style_for (fg), cx, cy, size, alpha);
    }
  else
    atlas_event_type_draw_glyph (cr, info, _atlas_timeline_style_for (fg), cx, cy, size, alpha);
  cairo_destroy (cr);
}

/* A bar's type as its glyph, in the middle so that it reads the same mirrored: cut out of the
 * bar in @knockout; on top, on an edge of the background, over a band or hatching (@knockout
 * NULL) or a bar too short to cut it out of. */
static void
glyph_inside (GtkSnapshot               *snapshot,
              const AtlasEventTypeInfo  *info,
              const graphene_rect_t     *rect,
              float                      alpha,
              const GdkRGBA             *fg,
              const GdkRGBA             *knockout)
{
  float h = rect->size.height;
  GdkRGBA cut;

  if (h < 6.f)
    return;

  /* Short, or over a band or hatching: on top, with an edge that sets it off */
  if (rect->size.width < 2.5f * h || knockout == NULL)
    {
      cut = knockout ? *knockout : (GdkRGBA) { 1 - fg->red, 1 - fg->green, 1 - fg->blue, 1 };
      cut.alpha = alpha;
      _atlas_timeline_draw_glyph (snapshot, info, rect->origin.x + rect->size.width / 2.f,
                                  rect->origin.y + h / 2.f, h + 1.f, alpha, fg, NULL, &cut);
      return;
    }

  cut = *knockout;
  cut.alpha = MAX (alpha, 0.6f);
  _atlas_timeline_draw_glyph (snapshot, info, rect->origin.x + rect->size.width / 2.f,
                              rect->origin.y + h / 2.f, h - 2.f, alpha, fg, &cut, NULL);
}

/* A mark's shape for its @flags, in @rect: how exact its date is, and its type's glyph. The
 * one drawing of each, for the marks and for the Types menu's key to them. */
void
_atlas_timeline_draw_shape (GtkSnapshot              *snapshot,
                            guint                     flags,
                            const AtlasEventTypeInfo *info,
                            const graphene_rect_t    *rect,
                            float                     tick_x,
                            float                     alpha,
                            const GdkRGBA            *fg,
                            const GdkRGBA            *bg)
{
  GdkRGBA color = _atlas_timeline_type_color (info, alpha, fg);
  float h = rect->size.height;

  if (flags & (ATLAS_MARK_MONTH | ATLAS_MARK_APPROX_DAY))
    {
      /* Only a range of days is known: a faded band with dashed edges over all of it, and
       * for "around this day" a small tick on the day the sources give */
      GdkRGBA faint = color;

      faint.alpha *= 0.45f;
      fill_fuzzy (snapshot, rect, MIN (rect->size.width / 3.f, 12.f), &faint);
      glyph_inside (snapshot, info, rect, alpha, fg, NULL);
      dashes (snapshot, rect->origin.x, rect->origin.x + rect->size.width, rect->origin.y, &color);
      dashes (snapshot, rect->origin.x, rect->origin.x + rect->size.width, rect->origin.y + h - 1, &color);
      if (flags & ATLAS_MARK_APPROX_DAY)
        {
          gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (tick_x - 1, rect->origin.y, 2, h));
        }
    }
  else if (flags & ATLAS_MARK_PLANNED)
    {
      /* Planned, not (yet) reported as having happened: the type's glyph, hollow */
      float cx = rect->origin.x + rect->size.width / 2.f, cy = rect->origin.y + h / 2.f;
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (floorf (cx - h), floorf (cy - h),
                                                                               ceilf (2 * h) + 1, ceilf (2 * h) + 1));

      atlas_glyph_append_path (cr, type_glyph (info), cx, cy, h);
      cairo_set_source_rgba (cr, bg->red, bg->green, bg->blue, alpha);
      cairo_fill_preserve (cr);
      gdk_cairo_set_source_rgba (cr, &color);
      cairo_set_line_width (cr, 2.0);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
      cairo_stroke (cr);
      cairo_destroy (cr);
    }
  else if (flags & ATLAS_MARK_FUZZY)
    {
      /* Not to the day: hatched, with fading ends and dashed edges, so that it differs from
       * a span known to the day without its colour (issue 8) */
      GdkRGBA faint = color;

      faint.alpha *= 0.3f;
      fill_fuzzy (snapshot, rect, MIN (rect->size.width / 4.f, 8.f), &faint);
      hatch (snapshot, rect, &color);
      dashes (snapshot, rect->origin.x, rect->origin.x + rect->size.width, rect->origin.y - 1, &color);
      dashes (snapshot, rect->origin.x, rect->origin.x + rect->size.width, rect->origin.y + h, &color);
      glyph_inside (snapshot, info, rect, alpha, fg, NULL);
    }
  else if (flags & ATLAS_MARK_SPAN)
    {
      _atlas_timeline_fill_rounded (snapshot, rect, 3.f, &color);
      glyph_inside (snapshot, info, rect, alpha, fg, bg);
    }
  else
    _atlas_timeline_draw_glyph (snapshot, info, rect->origin.x + rect->size.width / 2.f,
                                rect->origin.y + h / 2.f, h + 1.f, alpha, fg, NULL, NULL);
}

/* Public API */

/**
 * atlas_timeline_draw_key:
 * @flags: the #AtlasMarkFlags of the mark to show: 0 for a day, ATLAS_MARK_SPAN,
 *   ATLAS_MARK_SPAN | ATLAS_MARK_FUZZY, ATLAS_MARK_MONTH or ATLAS_MARK_PLANNED
 *
 * @info: (nullable): the type of the mark, %NULL for a type the KB does not have
 *
 * Draws a mark of @info's type as the timeline draws it, @width × @height: the Types menu's
 * key to how exact a mark's date is (issue 8).
 */
void
atlas_timeline_draw_key (GtkSnapshot              *snapshot,
                         guint                     flags,
                         const AtlasEventTypeInfo *info,
                         float                     width,
                         float                     height,
                         const GdkRGBA            *fg,
                         const GdkRGBA            *bg)
{
  graphene_rect_t rect = GRAPHENE_RECT_INIT (1, 1, width - 2, height - 2);

  if ((flags & (ATLAS_MARK_SPAN | ATLAS_MARK_MONTH)) == 0)
    rect = GRAPHENE_RECT_INIT ((width - height) / 2 + 1, 1, height - 2, height - 2);
  _atlas_timeline_draw_shape (snapshot, flags, info, &rect, 0, 1.f, fg, bg);
}

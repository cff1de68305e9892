/* atlas-timeline-draw-private.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-event-types.h"
#include "atlas-timeline-draw.h"

G_BEGIN_DECLS

/* atlas-timeline-shapes.c */
AtlasStyle _atlas_timeline_style_for       (const GdkRGBA            *fg);
GdkRGBA    _atlas_timeline_type_color      (const AtlasEventTypeInfo *info,
                                            float                     alpha,
                                            const GdkRGBA            *fg);
void       _atlas_timeline_fill_rounded    (GtkSnapshot              *snapshot,
                                            const graphene_rect_t    *rect,
                                            float                     radius,
                                            const GdkRGBA            *color);
void       _atlas_timeline_outline_rounded (GtkSnapshot              *snapshot,
                                            const graphene_rect_t    *rect,
                                            float                     radius,
                                            float                     width,
                                            const GdkRGBA            *color);
void       _atlas_timeline_draw_glyph      (GtkSnapshot              *snapshot,
                                            const AtlasEventTypeInfo *info,
                                            float                     cx,
                                            float                     cy,
                                            float                     size,
                                            float                     alpha,
                                            const GdkRGBA            *fg,
                                            const GdkRGBA            *knockout,
                                            const GdkRGBA            *casing);
void       _atlas_timeline_draw_shape      (GtkSnapshot              *snapshot,
                                            guint                     flags,
                                            const AtlasEventTypeInfo *info,
                                            const graphene_rect_t    *rect,
                                            float                     tick_x,
                                            float                     alpha,
                                            const GdkRGBA            *fg,
                                            const GdkRGBA            *bg);

G_END_DECLS

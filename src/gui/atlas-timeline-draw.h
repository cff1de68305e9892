/* atlas-timeline-draw.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-timeline-layout.h"

G_BEGIN_DECLS

/* Drawing what AtlasTimelineLayout laid out: the widget's snapshot calls these in order */

void  atlas_timeline_translate_to_text (GtkSnapshot           *snapshot,
                                        PangoLayout           *layout,
                                        float                  x,
                                        float                  y);
float atlas_timeline_draw_text     (GtkSnapshot               *snapshot,
                                    PangoLayout               *layout,
                                    const char                *text,
                                    float                      x,
                                    float                      y,
                                    float                      max_width,
                                    const GdkRGBA             *color);
int   atlas_timeline_text_width    (PangoLayout               *layout,
                                    const char                *text);
void  atlas_timeline_draw_gutter   (const AtlasTimelineLayout *self,
                                    GtkSnapshot               *snapshot,
                                    PangoLayout               *layout,
                                    const GdkRGBA             *fg);
void  atlas_timeline_draw_period   (const AtlasTimelineLayout *self,
                                   GtkSnapshot               *snapshot,
                                   const AtlasTimelineItem   *item,
                                   GdkRGBA                    color);
void  atlas_timeline_draw_plot     (const AtlasTimelineLayout *self,
                                    GtkSnapshot               *snapshot,
                                    PangoLayout               *labels,
                                    PangoLayout               *question,
                                    guint                      hover_mark,
                                    const GdkRGBA             *fg,
                                    const GdkRGBA             *bg);
void  atlas_timeline_draw_cursor   (const AtlasTimelineLayout *self,
                                    GtkSnapshot               *snapshot,
                                    AtlasDate                  cursor,
                                    const GdkRGBA             *fg);
void  atlas_timeline_draw_focus    (const AtlasTimelineLayout *self,
                                    GtkSnapshot               *snapshot,
                                    const GdkRGBA             *fg);
void  atlas_timeline_draw_key      (GtkSnapshot               *snapshot,
                                    guint                      flags,
                                    const AtlasEventTypeInfo  *info,
                                    float                      width,
                                    float                      height,
                                    const GdkRGBA             *fg,
                                    const GdkRGBA             *bg);

G_END_DECLS

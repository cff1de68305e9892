/* atlas-timeline-view.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-session.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_TIMELINE_VIEW (atlas_timeline_view_get_type ())

G_DECLARE_FINAL_TYPE (AtlasTimelineView, atlas_timeline_view, ATLAS, TIMELINE_VIEW, GtkWidget)

GtkWidget    *atlas_timeline_view_new               (void);
AtlasSession *atlas_timeline_view_get_session       (AtlasTimelineView *self);
void          atlas_timeline_view_set_session       (AtlasTimelineView *self,
                                                     AtlasSession      *session);
gboolean      atlas_timeline_view_get_compress_empty_time (AtlasTimelineView *self);
void          atlas_timeline_view_set_compress_empty_time (AtlasTimelineView *self,
                                                           gboolean           compress);
void          atlas_timeline_view_get_visible_range (AtlasTimelineView *self,
                                                     AtlasDate         *start,
                                                     AtlasDate         *end);
void          atlas_timeline_view_set_visible_range (AtlasTimelineView *self,
                                                     AtlasDate          start,
                                                     AtlasDate          end);
void          atlas_timeline_view_zoom              (AtlasTimelineView *self,
                                                     double             factor,
                                                     double             anchor_x);
void          atlas_timeline_view_zoom_to_fit       (AtlasTimelineView *self);
double        atlas_timeline_view_date_to_x         (AtlasTimelineView *self,
                                                     AtlasDate          date);
AtlasDate     atlas_timeline_view_x_to_date         (AtlasTimelineView *self,
                                                     double             x);
AtlasEvent   *atlas_timeline_view_event_at          (AtlasTimelineView *self,
                                                     double             x,
                                                     double             y);
gboolean      atlas_timeline_view_get_event_bounds  (AtlasTimelineView *self,
                                                     AtlasEvent        *event,
                                                     graphene_rect_t   *bounds);

G_END_DECLS

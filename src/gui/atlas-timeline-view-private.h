/* atlas-timeline-view-private.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-timeline-layout.h"
#include "atlas-timeline-view.h"

G_BEGIN_DECLS

struct _AtlasTimelineView
{
  GtkWidget            parent_instance;

  AtlasSession        *session;
  GSignalGroup        *session_signals;
  AtlasTimelineLayout *layout;
  AtlasKb             *watched_kb;      /* whose events and figures the marks show */
  gboolean             marks_stale;     /* they changed (an edit, an undo or a redo) */

  guint                hover_mark;
  PangoLayout         *title_layout;   /* measures titles as they are drawn */
  PangoFontDescription *measured_font; /* the widget's font when they were measured */

  double               pointer_x;
  double               pointer_y;
  double               drag_start_view;
  double               zoom_start_span;
  double               zoom_anchor_day;   /* a unit of the time scale, as the view */
  double               zoom_anchor_x;
};

double _atlas_timeline_view_get_span             (AtlasTimelineView *self);
void   _atlas_timeline_view_set_view             (AtlasTimelineView *self,
                                                  double             u0,
                                                  double             u1);
double _atlas_timeline_view_get_default_anchor_x (AtlasTimelineView *self);
double _atlas_timeline_view_mirror_x              (AtlasTimelineView *self,
                                                   double             x);

/* atlas-timeline-view-tooltip.c */
char    *_atlas_timeline_view_describe_event     (AtlasTimelineView *self,
                                                  AtlasEvent        *event);
char    *_atlas_timeline_view_describe_casualty  (AtlasTimelineView *self,
                                                  AtlasCasualty     *casualty);
char    *_atlas_timeline_view_describe_gap_at    (AtlasTimelineView *self,
                                                  double             x);
gboolean _atlas_timeline_view_query_tooltip      (GtkWidget         *widget,
                                                  int                x,
                                                  int                y,
                                                  gboolean           keyboard_mode,
                                                  GtkTooltip        *tooltip);

/* atlas-timeline-view-input.c */
void   _atlas_timeline_view_class_init_input     (GtkWidgetClass    *widget_class);
void   _atlas_timeline_view_init_input           (AtlasTimelineView *self);

G_END_DECLS

/* atlas-timeline-panel.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-session.h"
#include "atlas-timeline-view.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_TIMELINE_PANEL (atlas_timeline_panel_get_type ())

G_DECLARE_FINAL_TYPE (AtlasTimelinePanel, atlas_timeline_panel, ATLAS, TIMELINE_PANEL, GtkWidget)

GtkWidget         *atlas_timeline_panel_new                   (void);
AtlasSession      *atlas_timeline_panel_get_session           (AtlasTimelinePanel *self);
void               atlas_timeline_panel_set_session           (AtlasTimelinePanel *self,
                                                               AtlasSession       *session);
AtlasTimelineView *atlas_timeline_panel_get_view              (AtlasTimelinePanel *self);
gboolean           atlas_timeline_panel_get_playing           (AtlasTimelinePanel *self);
void               atlas_timeline_panel_set_playing           (AtlasTimelinePanel *self,
                                                               gboolean            playing);
guint              atlas_timeline_panel_get_play_interval_ms  (AtlasTimelinePanel *self);
void               atlas_timeline_panel_set_play_interval_ms  (AtlasTimelinePanel *self,
                                                               guint               interval_ms);

G_END_DECLS

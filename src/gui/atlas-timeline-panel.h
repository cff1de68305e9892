/* atlas-timeline-panel.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>
#include <shumate/shumate.h>

#include "atlas-session.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_TIMELINE_PANEL (atlas_timeline_panel_get_type ())

G_DECLARE_FINAL_TYPE (AtlasTimelinePanel, atlas_timeline_panel, ATLAS, TIMELINE_PANEL, GtkWidget)

G_END_DECLS

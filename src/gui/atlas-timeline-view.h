/* atlas-timeline-view.h
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

#define ATLAS_TYPE_TIMELINE_VIEW (atlas_timeline_view_get_type ())

G_DECLARE_FINAL_TYPE (AtlasTimelineView, atlas_timeline_view, ATLAS, TIMELINE_VIEW, GtkWidget)

G_END_DECLS

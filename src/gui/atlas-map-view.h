/* atlas-map-view.h
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

#define ATLAS_TYPE_MAP_VIEW (atlas_map_view_get_type ())

G_DECLARE_FINAL_TYPE (AtlasMapView, atlas_map_view, ATLAS, MAP_VIEW, GtkWidget)

G_END_DECLS

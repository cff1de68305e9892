/* atlas-details-view.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-session.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_DETAILS_VIEW (atlas_details_view_get_type ())

G_DECLARE_FINAL_TYPE (AtlasDetailsView, atlas_details_view, ATLAS, DETAILS_VIEW, GtkWidget)

AtlasDetailsView *atlas_details_view_new         (AtlasSession     *session);
AtlasSession     *atlas_details_view_get_session (AtlasDetailsView *self);
void              atlas_details_view_set_session (AtlasDetailsView *self,
                                                  AtlasSession     *session);
gboolean          atlas_details_view_focus_orphan (AtlasDetailsView *self);

G_END_DECLS

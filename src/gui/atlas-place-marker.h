/* atlas-place-marker.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>
#include <shumate/shumate.h>

#include "atlas-place.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PLACE_MARKER (atlas_place_marker_get_type ())

G_DECLARE_FINAL_TYPE (AtlasPlaceMarker, atlas_place_marker, ATLAS, PLACE_MARKER, ShumateMarker)

AtlasPlaceMarker *atlas_place_marker_new            (AtlasPlace       *place);
AtlasPlace       *atlas_place_marker_get_place      (AtlasPlaceMarker *self);
void              atlas_place_marker_set_highlight  (AtlasPlaceMarker *self,
                                                     gboolean          selected,
                                                     gboolean          in_event);
gboolean          atlas_place_marker_get_name_size  (AtlasPlaceMarker *self,
                                                     int              *width,
                                                     int              *height);
int               atlas_place_marker_get_dot_size   (AtlasPlaceMarker *self);
void              atlas_place_marker_set_name_below (AtlasPlaceMarker *self,
                                                     gboolean          below);
gboolean          atlas_place_marker_get_name_below (AtlasPlaceMarker *self);

char             *atlas_place_marker_format_title   (AtlasPlace       *place);
char             *atlas_place_marker_wrap_text      (const char       *text,
                                                     guint             width);

G_END_DECLS

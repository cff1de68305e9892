/* atlas-place.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "atlas-geometry.h"
#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PLACE (atlas_place_get_type ())

G_DECLARE_FINAL_TYPE (AtlasPlace, atlas_place, ATLAS, PLACE, GObject)

const char          *atlas_place_get_id          (AtlasPlace *self);
const char          *atlas_place_get_name        (AtlasPlace *self);
const char          *atlas_place_get_name_ar     (AtlasPlace *self);
const char * const  *atlas_place_get_aliases     (AtlasPlace *self);
char               **atlas_place_dup_other_names (AtlasPlace *self);
const char          *atlas_place_get_kind        (AtlasPlace *self);
AtlasPrecision       atlas_place_get_precision   (AtlasPlace *self);
gboolean             atlas_place_get_location    (AtlasPlace *self,
                                                  double     *lat,
                                                  double     *lon);
AtlasGeometry       *atlas_place_get_geometry    (AtlasPlace *self);
const char          *atlas_place_get_source      (AtlasPlace *self);
const char          *atlas_place_get_note        (AtlasPlace *self);

const char          *atlas_precision_to_string   (AtlasPrecision precision);
char                *atlas_place_fold_name       (const char    *name);
char                *atlas_place_collate_key     (const char    *name);

G_END_DECLS

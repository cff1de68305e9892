/* atlas-casualty.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "atlas-date.h"
#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_CASUALTY (atlas_casualty_get_type ())

G_DECLARE_FINAL_TYPE (AtlasCasualty, atlas_casualty, ATLAS, CASUALTY, GObject)

const char        *atlas_casualty_get_id          (AtlasCasualty *self);
AtlasEvent        *atlas_casualty_get_event       (AtlasCasualty *self);
guint              atlas_casualty_get_n_places    (AtlasCasualty *self);
AtlasPlace        *atlas_casualty_get_place       (AtlasCasualty *self,
                                                   guint          index);
const AtlasCount  *atlas_casualty_get_killed      (AtlasCasualty *self);
const AtlasCount  *atlas_casualty_get_injured     (AtlasCasualty *self);
gboolean           atlas_casualty_get_period      (AtlasCasualty *self,
                                                   AtlasDate     *start,
                                                   AtlasDate     *end);
guint              atlas_casualty_get_n_overlaps  (AtlasCasualty *self);
AtlasCasualty     *atlas_casualty_get_overlap     (AtlasCasualty *self,
                                                   guint          index);
AtlasVerification  atlas_casualty_get_verification (AtlasCasualty *self);
const char        *atlas_casualty_get_who         (AtlasCasualty *self);
const char        *atlas_casualty_get_qualifier   (AtlasCasualty *self);
const char        *atlas_casualty_get_reported_by (AtlasCasualty *self);
const char        *atlas_casualty_get_note        (AtlasCasualty *self);
const AtlasSource *atlas_casualty_get_source      (AtlasCasualty *self);
char              *atlas_casualty_format          (AtlasCasualty *self);

char              *atlas_count_format             (const AtlasCount *count);

G_END_DECLS

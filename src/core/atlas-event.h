/* atlas-event.h
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

#define ATLAS_TYPE_EVENT (atlas_event_get_type ())

G_DECLARE_FINAL_TYPE (AtlasEvent, atlas_event, ATLAS, EVENT, GObject)

const char         *atlas_event_get_id             (AtlasEvent *self);
const char         *atlas_event_get_title          (AtlasEvent *self);
const char         *atlas_event_get_summary        (AtlasEvent *self);
const char         *atlas_event_get_event_type     (AtlasEvent *self);
const char         *atlas_event_get_note           (AtlasEvent *self);
AtlasDate           atlas_event_get_date           (AtlasEvent *self);
AtlasDate           atlas_event_get_end_date       (AtlasEvent *self);
AtlasDatePrecision  atlas_event_get_date_precision (AtlasEvent *self);
AtlasEventStatus    atlas_event_get_status         (AtlasEvent *self);
AtlasVerification   atlas_event_get_verification   (AtlasEvent *self);
guint               atlas_event_get_n_independent_sources (AtlasEvent *self);
guint               atlas_event_get_n_places       (AtlasEvent *self);
AtlasPlace         *atlas_event_get_place          (AtlasEvent *self,
                                                    guint       index);
const char * const *atlas_event_get_actors         (AtlasEvent *self);
guint               atlas_event_get_n_sources      (AtlasEvent *self);
const AtlasSource  *atlas_event_get_source         (AtlasEvent *self,
                                                    guint       index);
guint               atlas_event_get_position       (AtlasEvent *self);
char               *atlas_event_format_date        (AtlasEvent *self);

const char         *atlas_date_precision_to_string (AtlasDatePrecision precision);
const char         *atlas_event_status_to_string   (AtlasEventStatus   status);

G_END_DECLS

/* atlas-kb.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-article.h"
#include "atlas-casualty.h"
#include "atlas-event.h"
#include "atlas-place.h"
#include "atlas-problem.h"
#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_KB_ERROR (atlas_kb_error_quark ())

typedef enum
{
  ATLAS_KB_ERROR_REFUSED,   /* refused before parsing: size, NUL, UTF-8, nesting */
  ATLAS_KB_ERROR_SYNTAX,    /* not valid JSON */
  ATLAS_KB_ERROR_INVALID,   /* valid JSON, but not a valid knowledge base */
} AtlasKbError;

/* The most problems reported for one file; more are summed up in one last problem. */
#define ATLAS_KB_MAX_PROBLEMS 100

#define ATLAS_TYPE_KB (atlas_kb_get_type ())

G_DECLARE_FINAL_TYPE (AtlasKb, atlas_kb, ATLAS, KB, GObject)

GQuark         atlas_kb_error_quark                (void);

AtlasKb       *atlas_kb_new_from_bytes             (GBytes              *bytes,
                                                    const char          *display_name,
                                                    GPtrArray          **problems,
                                                    GError             **error);
AtlasKb       *atlas_kb_new_from_file              (GFile               *file,
                                                    GCancellable        *cancellable,
                                                    GPtrArray          **problems,
                                                    GError             **error);
AtlasKb       *atlas_kb_new_from_resource          (const char          *path,
                                                    GError             **error);
void           atlas_kb_load_file_async            (GFile               *file,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
AtlasKb       *atlas_kb_load_file_finish           (GAsyncResult        *result,
                                                    GPtrArray          **problems,
                                                    GError             **error);

const char    *atlas_kb_get_title                  (AtlasKb             *self);
const char    *atlas_kb_get_display_name           (AtlasKb             *self);
const char    *atlas_kb_get_region_name            (AtlasKb             *self);
guint          atlas_kb_get_format_version         (AtlasKb             *self);
const AtlasKbEventType * const *
               atlas_kb_get_declared_event_types   (AtlasKb             *self,
                                                    guint               *n_types);
gboolean       atlas_kb_get_region_center          (AtlasKb             *self,
                                                    double              *lat,
                                                    double              *lon,
                                                    double              *zoom);

GListModel    *atlas_kb_get_articles               (AtlasKb             *self);
GListModel    *atlas_kb_get_places                 (AtlasKb             *self);
GListModel    *atlas_kb_get_events                 (AtlasKb             *self);
GListModel    *atlas_kb_get_casualties             (AtlasKb             *self);

AtlasArticle  *atlas_kb_lookup_article             (AtlasKb             *self,
                                                    const char          *id);
AtlasPlace    *atlas_kb_lookup_place               (AtlasKb             *self,
                                                    const char          *id);
AtlasEvent    *atlas_kb_lookup_event               (AtlasKb             *self,
                                                    const char          *id);
AtlasCasualty *atlas_kb_lookup_casualty            (AtlasKb             *self,
                                                    const char          *id);

GPtrArray     *atlas_kb_get_events_for_place       (AtlasKb             *self,
                                                    AtlasPlace          *place);
GPtrArray     *atlas_kb_get_places_for_event       (AtlasKb             *self,
                                                    AtlasEvent          *event);
gboolean       atlas_kb_event_is_at_place          (AtlasKb             *self,
                                                    AtlasEvent          *event,
                                                    AtlasPlace          *place);
GPtrArray     *atlas_kb_get_casualties_for_place   (AtlasKb             *self,
                                                    AtlasPlace          *place);
GPtrArray     *atlas_kb_get_casualties_for_event   (AtlasKb             *self,
                                                    AtlasEvent          *event);
GPtrArray     *atlas_kb_get_events_for_article     (AtlasKb             *self,
                                                    AtlasArticle        *article);
GPtrArray     *atlas_kb_get_casualties_for_article (AtlasKb             *self,
                                                    AtlasArticle        *article);
guint          atlas_kb_find_first_event_on_or_after (AtlasKb           *self,
                                                    AtlasDate            date);

G_END_DECLS

/* atlas-export-private.h: what the export formats share
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "atlas-export.h"
#include "atlas-kb.h"

G_BEGIN_DECLS

/* A range of people killed, summed up from several casualty figures: see
 * _atlas_export_killed_range(). high is -1 when open-ended. */
typedef struct
{
  gint64 low;
  gint64 high;
} AtlasKilledRange;

gboolean  _atlas_export_geojson     (AtlasKb          *kb,
                                     GOutputStream    *out,
                                     GCancellable     *cancellable,
                                     GError          **error);
gboolean  _atlas_export_csv         (AtlasKb          *kb,
                                     GOutputStream    *out,
                                     GCancellable     *cancellable,
                                     GError          **error);
gboolean  _atlas_export_annotations (AtlasKb          *kb,
                                     GOutputStream    *out,
                                     GCancellable     *cancellable,
                                     GError          **error);

gboolean  _atlas_export_write_json  (JsonNode         *root,
                                     GOutputStream    *out,
                                     GCancellable     *cancellable,
                                     GError          **error);
gboolean  _atlas_export_killed_range (GPtrArray        *casualties,
                                      AtlasKilledRange *range);
char     *_atlas_export_slice       (AtlasArticle     *article,
                                     guint             start,
                                     guint             end);

G_END_DECLS

/* atlas-export.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_EXPORT_ERROR (atlas_export_error_quark ())

typedef enum
{
  ATLAS_EXPORT_ERROR_UNKNOWN_FORMAT,
} AtlasExportError;

typedef enum
{
  ATLAS_EXPORT_GEOJSON,
  ATLAS_EXPORT_CSV,
  ATLAS_EXPORT_ANNOTATIONS,
} AtlasExportFormat;

#define ATLAS_N_EXPORT_FORMATS 3

GQuark       atlas_export_error_quark          (void);
const char  *atlas_export_format_to_string     (AtlasExportFormat   format);
gboolean     atlas_export_format_parse         (const char         *text,
                                                AtlasExportFormat  *format);
const char  *atlas_export_format_get_extension (AtlasExportFormat   format);
gboolean     atlas_export_write                (AtlasKb            *kb,
                                                AtlasExportFormat   format,
                                                GOutputStream      *out,
                                                GCancellable       *cancellable,
                                                GError            **error);
gboolean     atlas_export_to_file              (AtlasKb            *kb,
                                                AtlasExportFormat   format,
                                                GFile              *file,
                                                GCancellable       *cancellable,
                                                GError            **error);
int          atlas_export_run                  (const char         *format,
                                                const char         *kb_path,
                                                const char         *out_path);
char        *atlas_export_format_citation      (AtlasArticle       *article,
                                                const char         *excerpt);

G_END_DECLS

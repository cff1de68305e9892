/* atlas-kb-writer.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "atlas-kb.h"

G_BEGIN_DECLS

/* The number of code points of text kept before and after a source's quote (format 2) */
#define ATLAS_SOURCE_CONTEXT_CHARS 32

typedef gboolean (*AtlasWriteFunc) (const char  *data,
                                    gsize        length,
                                    gpointer     user_data,
                                    GError     **error);

GBytes   *atlas_kb_to_bytes             (AtlasKb       *kb);
gboolean  atlas_kb_write                (AtlasKb       *kb,
                                         AtlasWriteFunc write_func,
                                         gpointer       user_data,
                                         GError       **error);

JsonNode *atlas_kb_article_to_json      (AtlasKb       *kb,
                                         AtlasArticle  *article);
JsonNode *atlas_kb_place_to_json        (AtlasKb       *kb,
                                         AtlasPlace    *place);
JsonNode *atlas_kb_event_to_json        (AtlasKb       *kb,
                                         AtlasEvent    *event);
JsonNode *atlas_kb_casualty_to_json     (AtlasKb       *kb,
                                         AtlasCasualty *casualty);

char     *atlas_source_dup_prefix       (const AtlasSource *source);
char     *atlas_source_dup_suffix       (const AtlasSource *source);

G_END_DECLS

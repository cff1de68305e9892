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

GBytes   *atlas_kb_to_bytes             (AtlasKb       *kb);

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

/* atlas-search.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-kb.h"

G_BEGIN_DECLS

typedef enum
{
  ATLAS_SEARCH_PLACE,
  ATLAS_SEARCH_EVENT,
  ATLAS_SEARCH_ARTICLE,
} AtlasSearchKind;

#define ATLAS_TYPE_SEARCH_RESULT (atlas_search_result_get_type ())

G_DECLARE_FINAL_TYPE (AtlasSearchResult, atlas_search_result, ATLAS, SEARCH_RESULT, GObject)

AtlasSearchKind  atlas_search_result_get_kind    (AtlasSearchResult *self);
GObject         *atlas_search_result_get_item    (AtlasSearchResult *self);
const char      *atlas_search_result_get_title   (AtlasSearchResult *self);
const char      *atlas_search_result_get_detail  (AtlasSearchResult *self);
const char      *atlas_search_result_get_snippet (AtlasSearchResult *self);
gboolean         atlas_search_result_get_match   (AtlasSearchResult *self,
                                                  AtlasSource       *source);

void             atlas_kb_prepare_search         (AtlasKb           *kb);
GListModel      *atlas_kb_search                 (AtlasKb           *kb,
                                                  const char        *query,
                                                  guint              max_results);
GListModel      *atlas_kb_search_full            (AtlasKb           *kb,
                                                  const char        *query,
                                                  guint              max_results,
                                                  guint             *n_found);

G_END_DECLS

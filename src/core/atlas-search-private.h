/* atlas-search-private.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-search.h"

G_BEGIN_DECLS

typedef struct _AtlasSearchIndex AtlasSearchIndex;

/* One item found, with why */
typedef struct
{
  AtlasSearchKind  kind;
  GObject         *item;        /* the index's */
  char            *snippet;     /* Pango markup */
  gboolean         in_text;     /* matched in an article's text, at span_start…span_end */
  guint            span_start;
  guint            span_end;
} AtlasSearchHit;

AtlasSearchIndex *_atlas_search_index_new   (AtlasKb          *kb);
void              _atlas_search_index_free  (AtlasSearchIndex *index);
GArray           *_atlas_search_index_query (AtlasSearchIndex *index,
                                             const char       *query,
                                             guint             max_hits,
                                             guint            *n_found);

G_END_DECLS

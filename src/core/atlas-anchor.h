/* atlas-anchor.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "atlas-types.h"

G_BEGIN_DECLS

/* How many code points of context a source keeps on each side (KB format 2) */
#define ATLAS_ANCHOR_CONTEXT 32

typedef struct _AtlasAnchorText AtlasAnchorText;

void             atlas_anchor_context    (const char             *text,
                                          guint                   start,
                                          guint                   end,
                                          guint                   n_chars,
                                          char                  **prefix,
                                          char                  **suffix);
void             atlas_anchor_context_at (const char             *text,
                                          const char             *from,
                                          const char             *to,
                                          guint                   n_chars,
                                          char                  **prefix,
                                          char                  **suffix);
gboolean         atlas_anchor_agrees     (const char             *text,
                                          const char             *from,
                                          const char             *to,
                                          const char             *prefix,
                                          const char             *suffix);
AtlasAnchorState atlas_anchor_find       (const char             *text,
                                          const char             *quote,
                                          const char             *prefix,
                                          const char             *suffix,
                                          guint                   old_start,
                                          guint                  *new_start,
                                          guint                  *new_end);

AtlasAnchorText *atlas_anchor_text_new   (const char             *text);
void             atlas_anchor_text_free  (AtlasAnchorText        *self);
AtlasAnchorState atlas_anchor_text_find  (const AtlasAnchorText  *index,
                                          const char             *quote,
                                          const char             *prefix,
                                          const char             *suffix,
                                          guint                   old_start,
                                          guint                  *new_start,
                                          guint                  *new_end);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtlasAnchorText, atlas_anchor_text_free)

G_END_DECLS

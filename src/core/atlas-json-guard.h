/* atlas-json-guard.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Limits on input, checked before any byte reaches json-glib (see the KB format docs).
 * json-glib 1.6 recurses once per nesting level and overflows the stack on deep input; a
 * KB needs at most 8 levels (a MultiPolygon's coordinates inside a place). */
#define ATLAS_KB_MAX_DEPTH 64
#define ATLAS_KB_MAX_SIZE  ((gsize) 64 * 1024 * 1024)

typedef void (*AtlasJsonVisit) (const char *path,
                                gsize       offset,
                                gpointer    user_data);

gboolean atlas_json_guard          (const char      *data,
                                    gsize            length,
                                    gsize           *bad_offset,
                                    char           **message,
                                    guint64         *n_members);
void     atlas_json_offset_to_line (const char      *data,
                                    gsize            length,
                                    gsize            offset,
                                    guint           *line,
                                    guint           *column);
gsize    atlas_json_line_to_offset (const char      *data,
                                    gsize            length,
                                    guint            line,
                                    guint            column);
void     atlas_json_path_append    (GString         *path,
                                    const char      *key,
                                    guint            index);
char    *atlas_json_walk           (const char      *data,
                                    gsize            length,
                                    gsize            stop_at,
                                    AtlasJsonVisit   visit,
                                    gpointer         user_data);

G_END_DECLS

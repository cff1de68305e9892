/* atlas-kb-writer-private.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-kb-writer.h"

G_BEGIN_DECLS

/* Shared by the units of the writer: atlas-kb-writer-json.c (JSON text in the fixed layout:
 * indentation, separators, escaped strings, numbers) and atlas-kb-writer.c (the model). */

typedef struct
{
  GString        *out;
  guint           depth;
  guint64         first;   /* bit d: nothing written yet at depth d */
  /* When streaming: where the text goes, a chunk at a time, and the first error */
  AtlasWriteFunc  write_func;
  gpointer        user_data;
  GError         *error;
  /* The articles whose sources must be anchored again on reading (while a KB is written) */
  GHashTable     *unanchored_articles;
  GHashTable     *frozen_overlaps;    /* the KB's, in a snapshot (atlas-kb-private.h) */
} Writer;

/* The size of the chunks handed to an AtlasWriteFunc */
#define CHUNK_SIZE (256 * 1024)

#define MAX_DEPTH 63

void _atlas_json_writer_init       (Writer  *w,
                                    GString *out);
void _atlas_json_flush             (Writer *w);
void _atlas_json_separator         (Writer *w);
void _atlas_json_open              (Writer *w,
                                    char    c);
void _atlas_json_close             (Writer *w,
                                    char    c);
void _atlas_json_string_range      (Writer     *w,
                                    const char *s,
                                    const char *end_);
void _atlas_json_string            (Writer     *w,
                                    const char *s);
void _atlas_json_int               (Writer *w,
                                    gint64  value);
void _atlas_json_double            (Writer *w,
                                    double  value);
void _atlas_json_date              (Writer    *w,
                                    AtlasDate  date);
void _atlas_json_key               (Writer     *w,
                                    const char *key);
void _atlas_json_member_string     (Writer     *w,
                                    const char *key,
                                    const char *value);
void _atlas_json_member_string_opt (Writer     *w,
                                    const char *key,
                                    const char *value);
void _atlas_json_member_int        (Writer     *w,
                                    const char *key,
                                    gint64      value);
void _atlas_json_member_double     (Writer     *w,
                                    const char *key,
                                    double      value);
void _atlas_json_member_strv       (Writer             *w,
                                    const char         *key,
                                    const char * const *strv);

/* atlas-kb-writer.c */
GPtrArray *_atlas_kb_events_in_file_order (AtlasKb *kb);

G_END_DECLS

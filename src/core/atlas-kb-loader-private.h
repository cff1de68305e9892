/* atlas-kb-loader-private.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "atlas-kb-private.h"
#include "atlas-vocabulary.h"

G_BEGIN_DECLS

/* Shared by the units of the loader: atlas-kb-loader.c (the document and its entries),
 * atlas-kb-values.c (typed values) and atlas-kb-problems.c (paths, problems, positions). */

typedef struct
{
  const char *key;    /* member name, or NULL for an array index; points into the JSON tree */
  guint       index;
} Segment;

typedef struct
{
  GArray *segments;   /* Segment */
  char   *path;       /* when known directly, as for syntax errors */
  char   *message;
  gsize   offset;     /* where the problem is, when known directly */
  guint   has_offset : 1;
  guint   unlocated : 1;  /* about the whole file: no position to find */
  guint   warning : 1;    /* the KB still loads */
} Pending;

typedef struct
{
  const char *data;
  gsize       length;
  const char *file;
  GArray     *path;      /* Segment stack */
  GPtrArray  *pending;   /* Pending */
  guint       n_dropped;
  guint       n_errors;    /* problems that refuse the file, shown or not */
  guint       version;     /* the format version read: 1 or 2 (0 while unknown) */
  AtlasKb    *kb;
  GHashTable *first_seen;  /* "collection\x1fid" → path where the id was first used */
  GHashTable *changed;     /* AtlasArticle whose text no longer has its stored sha256 →
                            its AtlasAnchorText, to re-anchor its sources */
  GHashTable *types;       /* ids of the event types the KB declares, or NULL */
} Loader;

typedef enum { OPTIONAL, REQUIRED } Need;

void           _atlas_loader_pending_free             (Pending       *p);

char          *_atlas_loader_path                     (Loader        *L);
void           _atlas_loader_push_key                 (Loader        *L,
                                                       const char    *key);
void           _atlas_loader_push_index               (Loader        *L,
                                                       guint          index);
void           _atlas_loader_pop                      (Loader        *L);
G_GNUC_PRINTF (3, 4)
void           _atlas_loader_report                   (Loader        *L,
                                                       const char    *member,
                                                       const char    *format,
                                                       ...);
G_GNUC_PRINTF (3, 4)
void           _atlas_loader_warn                     (Loader        *L,
                                                       const char    *member,
                                                       const char    *format,
                                                       ...);
void           _atlas_loader_report_at                (Loader        *L,
                                                       gboolean       has_offset,
                                                       gsize          offset,
                                                       const char    *message);
void           _atlas_loader_report_syntax_error      (Loader        *L,
                                                       const GError  *error);
guint64        _atlas_loader_count_members            (JsonNode      *node);
void           _atlas_loader_report_duplicate_members (Loader        *L);
GPtrArray     *_atlas_loader_finish_problems          (Loader        *L);

const char    *_atlas_loader_describe_node            (JsonNode      *node);
JsonNode      *_atlas_loader_get_member               (Loader        *L,
                                                       JsonObject    *obj,
                                                       const char    *key,
                                                       Need           need,
                                                       const char    *expected);
gboolean       _atlas_loader_has_value                (JsonObject    *obj,
                                                       const char    *key);
const char    *_atlas_loader_node_get_string          (Loader        *L,
                                                       JsonNode      *node,
                                                       const char    *member,
                                                       gboolean       non_empty);
const char    *_atlas_loader_get_string               (Loader        *L,
                                                       JsonObject    *obj,
                                                       const char    *key,
                                                       Need           need);
gboolean       _atlas_loader_get_number               (Loader        *L,
                                                       JsonObject    *obj,
                                                       const char    *key,
                                                       Need           need,
                                                       double         min,
                                                       double         max,
                                                       double        *out);
gboolean       _atlas_loader_get_count                (Loader        *L,
                                                       JsonObject    *obj,
                                                       const char    *key,
                                                       Need           need,
                                                       gint64        *out);
JsonArray     *_atlas_loader_get_array                (Loader        *L,
                                                       JsonObject    *obj,
                                                       const char    *key,
                                                       Need           need);
JsonObject    *_atlas_loader_get_object               (Loader        *L,
                                                       JsonObject    *obj,
                                                       const char    *key,
                                                       Need           need);
int            _atlas_loader_get_choice               (Loader          *L,
                                                       JsonObject      *obj,
                                                       const char      *key,
                                                       Need             need,
                                                       AtlasVocabulary  vocabulary);
gboolean       _atlas_loader_get_date                 (Loader        *L,
                                                       JsonObject    *obj,
                                                       const char    *key,
                                                       Need           need,
                                                       AtlasDate     *out);
char         **_atlas_loader_get_string_array         (Loader        *L,
                                                       JsonObject    *obj,
                                                       const char    *key);
const char    *_atlas_loader_get_id                   (Loader        *L,
                                                       JsonObject    *obj,
                                                       const char    *collection);
gboolean       _atlas_loader_is_declared              (Loader        *L,
                                                       const char    *collection,
                                                       const char    *id);
void           _atlas_loader_get_place_refs           (Loader        *L,
                                                       JsonObject    *obj,
                                                       Need           need,
                                                       GPtrArray     *places);
gboolean       _atlas_loader_parse_source             (Loader        *L,
                                                       JsonObject    *obj,
                                                       AtlasSource   *out);
AtlasGeometry *_atlas_loader_parse_geometry           (Loader        *L,
                                                       JsonObject    *obj);

/* atlas-kb-loader-v2.c: the members of format version 2 */
gboolean       _atlas_loader_read_sha256              (Loader        *L,
                                                       JsonObject    *obj,
                                                       AtlasArticle  *article);
void           _atlas_loader_parse_event_types        (Loader        *L,
                                                       JsonObject    *root);
char          *_atlas_loader_get_event_type           (Loader        *L,
                                                       JsonObject    *obj);
gboolean       _atlas_loader_get_verification         (Loader        *L,
                                                       JsonObject    *obj,
                                                       AtlasVerification *out);
gboolean       _atlas_loader_check_corroboration      (Loader        *L,
                                                       AtlasEvent    *event);
gboolean       _atlas_loader_parse_count              (Loader        *L,
                                                       JsonObject    *obj,
                                                       const char    *key,
                                                       AtlasCount    *out);
gboolean       _atlas_loader_parse_period             (Loader        *L,
                                                       JsonObject    *obj,
                                                       AtlasCasualty *casualty);
void           _atlas_loader_resolve_overlaps         (Loader        *L,
                                                       JsonArray     *casualties);
gboolean       _atlas_loader_anchor_source            (Loader        *L,
                                                       JsonObject    *obj,
                                                       AtlasArticle  *article,
                                                       const char    *quote,
                                                       gint64         start,
                                                       gint64         end,
                                                       AtlasSource   *out);

G_END_DECLS

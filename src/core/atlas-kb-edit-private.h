/* atlas-kb-edit-private.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-anchor.h"
#include "atlas-kb-edit.h"
#include "atlas-kb-private.h"

G_BEGIN_DECLS

/* The KB's mutations (issue 9): each keeps every index of atlas-kb-private.h consistent and
 * emits items-changed on the list it changes. They assume a valid edit (atlas-edit.c checks);
 * @item is an AtlasArticle, AtlasPlace, AtlasEvent or AtlasCasualty. */
void     _atlas_kb_insert_item          (AtlasKb     *self,
                                         gpointer     item,
                                         guint        position);
guint    _atlas_kb_remove_item          (AtlasKb     *self,
                                         gpointer     item);
void     _atlas_kb_replace_item         (AtlasKb     *self,
                                         gpointer     old_item,
                                         gpointer     new_item);
gboolean _atlas_kb_contains_item        (AtlasKb     *self,
                                         gpointer     item);
guint    _atlas_kb_get_n_items_of       (AtlasKb     *self,
                                         gpointer     item);

void     _atlas_source_copy             (AtlasSource       *dest,
                                         const AtlasSource *src);
AtlasAnchorState
         _atlas_source_anchor_again     (AtlasSource           *source,
                                         AtlasArticle          *article,
                                         const AtlasAnchorText *index);

/* atlas-kb-edit-index.c: the indexes of atlas-kb-private.h, kept in step by the mutations */
int        _atlas_kb_compare_events       (const AtlasEvent *a,
                                           const AtlasEvent *b);
guint      _atlas_kb_lower_bound          (GPtrArray        *array,
                                           gconstpointer     item);
void       _atlas_kb_index_rekey          (GHashTable       *index,
                                           gpointer          old_key,
                                           gpointer          new_key);
void       _atlas_kb_index_swap_keys      (GHashTable       *index,
                                           GPtrArray        *old_keys,
                                           GPtrArray        *new_keys,
                                           gpointer          old_item,
                                           gpointer          new_item);
GPtrArray *_atlas_kb_copy_pointers        (GPtrArray        *array);
GPtrArray *_atlas_kb_copy_index_array     (GHashTable       *index,
                                           gpointer          key);
GPtrArray *_atlas_kb_find_event_places    (AtlasKb          *self,
                                           AtlasEvent       *event);
void       _atlas_kb_index_event_places   (AtlasKb          *self,
                                           AtlasEvent       *event);
void       _atlas_kb_unindex_event_places (AtlasKb          *self,
                                           AtlasEvent       *event);
GPtrArray *_atlas_kb_find_event_articles  (AtlasEvent       *event);
void       _atlas_kb_index_event_articles (AtlasKb          *self,
                                           AtlasEvent       *event,
                                           gboolean          add);
void       _atlas_kb_index_casualty       (AtlasKb          *self,
                                           AtlasCasualty    *casualty,
                                           gboolean          add);
void       _atlas_kb_link_overlaps        (AtlasCasualty    *casualty,
                                           gboolean          add);

G_END_DECLS

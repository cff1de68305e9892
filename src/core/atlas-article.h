/* atlas-article.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "atlas-date.h"
#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_ARTICLE (atlas_article_get_type ())

G_DECLARE_FINAL_TYPE (AtlasArticle, atlas_article, ATLAS, ARTICLE, GObject)

const char *atlas_article_get_id           (AtlasArticle *self);
const char *atlas_article_get_title        (AtlasArticle *self);
const char *atlas_article_get_outlet       (AtlasArticle *self);
const char *atlas_article_get_url          (AtlasArticle *self);
const char *atlas_article_get_text         (AtlasArticle *self);
const char *atlas_article_get_sha256       (AtlasArticle *self);
AtlasDate   atlas_article_get_published    (AtlasArticle *self);
guint       atlas_article_get_n_chars      (AtlasArticle *self);
const char *atlas_article_offset_to_pointer (AtlasArticle *self,
                                            guint         offset);
char       *atlas_article_format_date      (AtlasArticle *self);
char       *atlas_article_format_byline    (AtlasArticle *self);

G_END_DECLS

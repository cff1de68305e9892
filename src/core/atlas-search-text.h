/* atlas-search-text.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * AtlasSearchToken:
 * @word: the word, normalised (see atlas_search_tokenize())
 * @key: the word's transliteration key (see atlas_search_text_key())
 * @start: where the word starts in the text, in code points
 * @end: where it ends, in code points
 * @is_article: whether the word is an Arabic article ("al", "as", "el", …)
 */
typedef struct
{
  char     *word;
  char     *key;
  guint     start;
  guint     end;
  gboolean  is_article;
} AtlasSearchToken;

GArray   *atlas_search_tokenize       (const char *text);
char     *atlas_search_text_key       (const char *word);
gboolean  atlas_search_is_article     (const char *word);
gboolean  atlas_search_begins_article (const char *word);
gboolean  atlas_search_text_matches   (const char *query,
                                       const char *text);

G_END_DECLS

/* atlas-suggest-private.h: what the suggestion rules share
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-suggest.h"

G_BEGIN_DECLS

/* A word or a punctuation mark of the article, for the date and casualty rules. Words are runs of
 * letters and digits, joined across apostrophes ("Aleppo's") and, in numbers, across a comma
 * before three digits ("1,200"); any other character but white space is a token of its own. */
typedef struct
{
  char     *text;         /* as written */
  char     *lower;        /* lower case */
  guint     start;        /* code points */
  guint     end;
  gboolean  is_word;
  gboolean  is_digits;    /* digits, maybe with thousands commas */
  gboolean  capitalised;
  gboolean  sentence_end; /* a mark that ends a sentence, or a line break */
} AtlasSuggestWord;

typedef struct
{
  const char *text;
  GArray     *offsets;     /* guint: byte offset of each code point, and of the end */
  GPtrArray  *words;       /* AtlasSuggestWord */
  AtlasDate   published;
  GPtrArray  *results;     /* AtlasSuggestion */
} AtlasSuggestContext;

/* A number phrase: "at least 27", "a dozen", "dozens of", "twenty-seven", "1,200" */
typedef struct
{
  guint     first;        /* first word (the qualifier's, when there is one) */
  guint     last;         /* one past the last word */
  guint     value;
  guint     min;
  guint     max;
  gboolean  has_max;
  gboolean  singular;     /* "a", "an", "one": only before a singular noun */
  char     *qualifier;    /* (nullable) */
} AtlasSuggestNumber;

AtlasSuggestion  *_atlas_suggest_add          (AtlasSuggestContext *ctx,
                                               AtlasSuggestionKind  kind,
                                               guint                start,
                                               guint                end);
AtlasSuggestWord *_atlas_suggest_word         (AtlasSuggestContext *ctx,
                                               guint                i);
gboolean          _atlas_suggest_word_is      (AtlasSuggestContext *ctx,
                                               guint                i,
                                               const char          *lower);
gboolean          _atlas_suggest_word_in      (AtlasSuggestContext *ctx,
                                               guint                i,
                                               const char * const  *set);

gboolean          _atlas_suggest_parse_number (AtlasSuggestContext *ctx,
                                               guint                i,
                                               AtlasSuggestNumber  *number);
void              _atlas_suggest_number_clear (AtlasSuggestNumber  *number);
gboolean          _atlas_suggest_month_name   (AtlasSuggestContext *ctx,
                                               guint                i,
                                               guint               *month);

void              _atlas_suggest_places       (AtlasSuggestContext *ctx,
                                               AtlasKb             *kb);
void              _atlas_suggest_dates        (AtlasSuggestContext *ctx);
void              _atlas_suggest_casualties   (AtlasSuggestContext *ctx);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AtlasSuggestNumber, _atlas_suggest_number_clear)

G_END_DECLS

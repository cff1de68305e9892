/* atlas-suggest.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "atlas-date.h"
#include "atlas-kb.h"

G_BEGIN_DECLS

typedef enum
{
  ATLAS_SUGGESTION_PLACE,
  ATLAS_SUGGESTION_DATE,
  ATLAS_SUGGESTION_CASUALTY,
} AtlasSuggestionKind;

/**
 * AtlasSuggestion:
 * @kind: what is suggested
 * @start: where the quote starts in the text, in code points
 * @end: where it ends (exclusive), in code points
 * @quote: the text in [@start, @end)
 * @place: (nullable): a place's id, for %ATLAS_SUGGESTION_PLACE
 * @date: the date, or the first day of the span, for %ATLAS_SUGGESTION_DATE
 * @end_date: the last day of the span, or %ATLAS_DATE_NONE
 * @date_precision: `day`, `days` or `month` (the KB's `date_precision`)
 * @injured: for a casualty figure, whether it counts the injured rather than the killed
 * @min: the lowest number the words allow
 * @max: the highest, when @has_max
 * @has_max: whether the figure has an upper bound
 * @who: a term of the KB's `who` vocabulary
 * @qualifier: (nullable): the words that qualify the number ("at least", "dozens")
 *
 * One suggestion found in an article's text (issue 9): offline, by rules, no trained model.
 */
typedef struct
{
  AtlasSuggestionKind  kind;
  guint                start;
  guint                end;
  char                *quote;

  char                *place;

  AtlasDate            date;
  AtlasDate            end_date;
  const char          *date_precision;

  gboolean             injured;
  guint                min;
  guint                max;
  gboolean             has_max;
  const char          *who;
  char                *qualifier;
} AtlasSuggestion;

GPtrArray *atlas_suggest                (const char            *text,
                                         AtlasDate              published,
                                         AtlasKb               *kb);
void       atlas_suggestion_free        (AtlasSuggestion       *suggestion);
char      *atlas_suggestion_to_json     (const AtlasSuggestion *suggestion);
GPtrArray *atlas_suggest_find_places    (AtlasKb               *kb,
                                         const char            *text);
int        atlas_suggest_run            (const char            *article_path,
                                         const char            *published,
                                         const char            *kb_path);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtlasSuggestion, atlas_suggestion_free)

G_END_DECLS

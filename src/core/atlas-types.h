/* atlas-types.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _AtlasArticle  AtlasArticle;
typedef struct _AtlasCasualty AtlasCasualty;
typedef struct _AtlasEvent    AtlasEvent;
typedef struct _AtlasKb       AtlasKb;
typedef struct _AtlasPlace    AtlasPlace;

/**
 * AtlasPrecision:
 *
 * How well a place's location is known (KB field `precision`).
 */
typedef enum
{
  ATLAS_PRECISION_EXACT,
  ATLAS_PRECISION_CENTROID,
  ATLAS_PRECISION_APPROXIMATE,
  ATLAS_PRECISION_UNKNOWN,
} AtlasPrecision;

/**
 * AtlasDatePrecision:
 *
 * How well an event's date is known (KB field `date_precision`).
 */
typedef enum
{
  ATLAS_DATE_PRECISION_DAY,
  ATLAS_DATE_PRECISION_DAYS,
  ATLAS_DATE_PRECISION_MONTH,
} AtlasDatePrecision;

typedef enum
{
  ATLAS_EVENT_STATUS_REPORTED,
  ATLAS_EVENT_STATUS_PLANNED,
} AtlasEventStatus;

/**
 * AtlasVerification:
 *
 * A curator's judgement of a fact (KB format 2, member `verification` of events and casualty
 * figures): not yet checked, corroborated by independent sources, or disputed by one.
 */
typedef enum
{
  ATLAS_VERIFICATION_UNVERIFIED,
  ATLAS_VERIFICATION_CORROBORATED,
  ATLAS_VERIFICATION_DISPUTED,
} AtlasVerification;

/**
 * AtlasAnchorState:
 * @ATLAS_ANCHOR_EXACT: the source's offsets hold its quote
 * @ATLAS_ANCHOR_MOVED: the article's text changed and the quote was found again, by its prefix
 *   and suffix, at other offsets (which the source now holds)
 * @ATLAS_ANCHOR_ORPHANED: the quote could not be found again without doubt: the source keeps its
 *   quote, prefix and suffix for the user to place again, and its offsets mean nothing
 */
typedef enum
{
  ATLAS_ANCHOR_EXACT,
  ATLAS_ANCHOR_MOVED,
  ATLAS_ANCHOR_ORPHANED,
} AtlasAnchorState;

/**
 * AtlasSource:
 * @article: the article (owned by the KB)
 * @start: offset of the first character, in Unicode code points
 * @end: offset past the last character, in code points
 * @quote: the text of the span, equal to the article's text in [@start, @end)
 * @prefix: (nullable): up to 32 code points of the text just before the span (format 2)
 * @suffix: (nullable): up to 32 code points of the text just after it (format 2)
 * @anchor: whether the offsets still hold the quote; see #AtlasAnchorState
 *
 * A span of an article that states a fact: a W3C Web Annotation TextQuoteSelector (@quote,
 * @prefix, @suffix) together with a TextPositionSelector (@start, @end).
 */
typedef struct
{
  AtlasArticle     *article;
  guint             start;
  guint             end;
  char             *quote;
  char             *prefix;
  char             *suffix;
  AtlasAnchorState  anchor;
} AtlasSource;

/**
 * AtlasCount:
 * @min: the lowest number, or -1 when the figure has no number
 * @max: the highest number, or -1 when open-ended ("at least")
 * @words: (nullable): the source's own words when it gives no exact number ("dozens",
 *   "scores"): views show them, and @min/@max are their documented reading (format 2)
 */
typedef struct
{
  gint64  min;
  gint64  max;
  char   *words;
} AtlasCount;

/**
 * AtlasKbEventType:
 * @id: the word events use in `type`
 * @label: the label the KB gives it (shown as is: a KB's own words are not translated)
 * @colour: "#rrggbb"
 *
 * An event type a KB declares (format 2, member `event_types`).
 */
typedef struct
{
  char *id;
  char *label;
  char *colour;
} AtlasKbEventType;

#define ATLAS_COUNT_IS_SET(c) ((c)->min >= 0)

G_END_DECLS

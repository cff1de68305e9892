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
 * AtlasSource:
 * @article: the article (owned by the KB)
 * @start: offset of the first character, in Unicode code points
 * @end: offset past the last character, in code points
 * @quote: the text of the span, equal to the article's text in [@start, @end)
 *
 * A span of an article that states a fact.
 */
typedef struct
{
  AtlasArticle *article;
  guint         start;
  guint         end;
  char         *quote;
} AtlasSource;

/**
 * AtlasCount:
 * @min: the lowest number, or -1 when the figure has no number
 * @max: the highest number, or -1 when open-ended ("at least")
 */
typedef struct
{
  gint64 min;
  gint64 max;
} AtlasCount;

#define ATLAS_COUNT_IS_SET(c) ((c)->min >= 0)

G_END_DECLS

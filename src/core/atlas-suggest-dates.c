/* atlas-suggest-dates.c: dates in an article, resolved against its publication date
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-suggest-dates"

#include "config.h"

#include <string.h>

#include "atlas-suggest-private.h"

/* How far from a date a word that puts it in the future is looked for, in words */
#define FUTURE_BEFORE 10
#define FUTURE_AFTER 4

static const char * const months[] = {
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", NULL
};

static const char * const month_abbreviations[] = {
  "jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec", NULL
};

static const char * const weekdays[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL
};

static const char * const parts_of_day[] = { "night", "morning", "evening", "afternoon", NULL };

/* A date's resolution: the day or the first day, the last day of a span, the precision */
typedef struct
{
  guint      first;   /* words */
  guint      last;
  AtlasDate  date;
  AtlasDate  end_date;
  const char *precision;
} Found;

static int
index_in (const char * const *set,
          const char         *word)
{
  for (guint i = 0; set[i]; i++)
    if (set[i][0] && strcmp (set[i], word) == 0)
      return i;
  return -1;
}

/* A month's name, capitalised: "September", "Sept", "Sep" (followed by a full stop or not) */
gboolean
_atlas_suggest_month_name (AtlasSuggestContext *ctx,
                           guint                i,
                           guint               *month)
{
  AtlasSuggestWord *word = _atlas_suggest_word (ctx, i);
  int n;

  if (word == NULL || !word->is_word || !word->capitalised)
    return FALSE;
  if ((n = index_in (months, word->lower)) < 0 && (n = index_in (month_abbreviations, word->lower)) < 0 &&
      strcmp (word->lower, "sept") != 0)
    return FALSE;

  *month = n < 0 ? 9 : (guint) n + 1;
  return TRUE;
}

static GDate
to_gdate (AtlasDate date)
{
  GDate gdate;

  g_date_clear (&gdate, 1);
  g_date_set_julian (&gdate, date);
  return gdate;
}

static guint
weekday_of (AtlasDate date)
{
  GDate gdate = to_gdate (date);

  return g_date_get_weekday (&gdate);  /* Monday is 1 */
}

static guint
year_of (AtlasDate date)
{
  guint year, month, day;

  atlas_date_to_ymd (date, &year, &month, &day);
  return year;
}

/* A number of one or two digits that may be a day of a month, maybe an ordinal ("22nd") */
static gboolean
day_number (AtlasSuggestContext *ctx,
            guint                i,
            guint               *day)
{
  static const char * const suffixes[] = { "", "st", "nd", "rd", "th", NULL };
  AtlasSuggestWord *word = _atlas_suggest_word (ctx, i);
  char *rest = NULL;
  guint64 n;

  if (word == NULL || !word->is_word || !g_ascii_isdigit (word->lower[0]))
    return FALSE;
  n = g_ascii_strtoull (word->lower, &rest, 10);
  if (rest - word->lower > 2 || !g_strv_contains (suffixes, rest))
    return FALSE;
  if (n < 1 || n > 31)
    return FALSE;
  *day = n;
  return TRUE;
}

static gboolean
year_number (AtlasSuggestContext *ctx,
             guint                i,
             guint               *year)
{
  AtlasSuggestWord *word = _atlas_suggest_word (ctx, i);
  guint64 n;

  if (word == NULL || !word->is_digits || strlen (word->text) != 4)
    return FALSE;
  n = g_ascii_strtoull (word->text, NULL, 10);
  if (n < 1900 || n > 2100)
    return FALSE;
  *year = n;
  return TRUE;
}

/* Whether the sentence around words [@first, @last) speaks of the future: "will", "is due to",
 * "is expected to", "plans to" before the date, or "will" just after it ("on Sunday, Kerry will") */
static gboolean
is_future (AtlasSuggestContext *ctx,
           guint                first,
           guint                last)
{
  static const char * const before_to[] = { "due", "expected", "set", "scheduled", "plans", "plan", "going", NULL };
  static const char * const past[] = { "said", "says", "told", "was", "were", "had", "did", NULL };

  for (guint n = 0, i = first; n < FUTURE_BEFORE && i > 0; n++)
    {
      AtlasSuggestWord *word = _atlas_suggest_word (ctx, --i);

      /* "Kerry, who will travel, said on Monday": the date goes with the nearer, past verb */
      if (word->sentence_end || _atlas_suggest_word_in (ctx, i, past))
        break;
      if (_atlas_suggest_word_in (ctx, i, (const char *[]) { "will", "shall", "ll", "scheduled", NULL }) ||
          (_atlas_suggest_word_in (ctx, i, before_to) && _atlas_suggest_word_is (ctx, i + 1, "to")))
        return TRUE;
    }

  for (guint n = 0, i = last; n < FUTURE_AFTER; n++, i++)
    {
      AtlasSuggestWord *word = _atlas_suggest_word (ctx, i);

      if (word == NULL || word->sentence_end || _atlas_suggest_word_in (ctx, i, past))
        break;
      if (_atlas_suggest_word_in (ctx, i, (const char *[]) { "will", "shall", NULL }) ||
          (_atlas_suggest_word_in (ctx, i, before_to) && _atlas_suggest_word_is (ctx, i + 1, "to")))
        return TRUE;
    }

  return FALSE;
}

/* The year of a day and month written without one: the latest such date on or before
 * publication, or the first one after it when the sentence speaks of the future */
static AtlasDate
infer_year (AtlasSuggestContext *ctx,
            guint                month,
            guint                day,
            gboolean             future)
{
  guint year = year_of (ctx->published);

  for (int delta = -1; delta <= 1; delta++)
    {
      guint y = future ? year + delta + 1 : year - delta;

      if (y < 1900 || !g_date_valid_dmy (day, month, y))
        continue;
      {
        AtlasDate date = atlas_date_from_ymd (y, month, day);

        if (future ? date >= ctx->published : date <= ctx->published)
          return date;
      }
    }

  return ATLAS_DATE_NONE;
}

/* "22 September", "22 Sept 2016", "September 22", "Sept. 22, 2016" */
static gboolean
match_day_month (AtlasSuggestContext *ctx,
                 guint                i,
                 Found               *found)
{
  guint day, month, year = 0;
  guint j;

  if (day_number (ctx, i, &day) && _atlas_suggest_month_name (ctx, i + 1, &month))
    j = i + 2 + (_atlas_suggest_word_is (ctx, i + 2, ".") ? 1 : 0);
  else if (day_number (ctx, i, &day) && _atlas_suggest_word_is (ctx, i + 1, "of") &&
           _atlas_suggest_month_name (ctx, i + 2, &month))
    j = i + 3;
  else if (_atlas_suggest_month_name (ctx, i, &month))
    {
      j = i + 1 + (_atlas_suggest_word_is (ctx, i + 1, ".") ? 1 : 0);
      if (!day_number (ctx, j, &day))
        return FALSE;
      j++;
    }
  else
    return FALSE;

  if (year_number (ctx, j, &year))
    j++;
  else if (_atlas_suggest_word_is (ctx, j, ",") && year_number (ctx, j + 1, &year))
    j += 2;
  else if (_atlas_suggest_word_is (ctx, j - 1, "."))
    j--;  /* the full stop after "22 Sept." ends the sentence */

  found->first = i;
  found->last = j;
  found->precision = "day";
  if (year != 0)
    found->date = g_date_valid_dmy (day, month, year) ? atlas_date_from_ymd (year, month, day) : ATLAS_DATE_NONE;
  else
    found->date = infer_year (ctx, month, day, is_future (ctx, i, j));

  return found->date != ATLAS_DATE_NONE;
}

/* "between 1 and 3 October", "1-3 October", "from 1 to 3 October 2016" */
static gboolean
match_day_span (AtlasSuggestContext *ctx,
                guint                i,
                Found               *found)
{
  guint j = i;
  guint first_day;
  guint year, month, day;
  Found end;

  if (_atlas_suggest_word_in (ctx, j, (const char *[]) { "between", "from", NULL }))
    j++;
  if (!day_number (ctx, j, &first_day) ||
      !(_atlas_suggest_word_in (ctx, j + 1, (const char *[]) { "and", "to", NULL }) ||
        _atlas_suggest_word_is (ctx, j + 1, "-") || _atlas_suggest_word_is (ctx, j + 1, "–")) ||
      !match_day_month (ctx, j + 2, &end))
    return FALSE;

  atlas_date_to_ymd (end.date, &year, &month, &day);
  if (first_day >= day)
    return FALSE;

  found->first = i;
  found->last = end.last;
  found->date = atlas_date_from_ymd (year, month, first_day);
  found->end_date = end.date;
  found->precision = "days";
  return TRUE;
}

/* "in September", "September 2016": the month */
static gboolean
match_month (AtlasSuggestContext *ctx,
             guint                i,
             Found               *found)
{
  guint month, year = 0;
  guint this_year = year_of (ctx->published);
  guint y, m, d;

  if (!_atlas_suggest_month_name (ctx, i, &month))
    return FALSE;
  /* A month alone only after a word that introduces one: "in May", not "May God…", nor "the
   * March offensive" */
  if (!year_number (ctx, i + 1, &year) &&
      !(i > 0 && (_atlas_suggest_word_in (ctx, i - 1, (const char *[]) { "in", "of", "since", "during", "until", "early", "late", "mid", "by", NULL }) ||
                  _atlas_suggest_word_is (ctx, i - 1, "-"))))
    return FALSE;

  atlas_date_to_ymd (ctx->published, &y, &m, &d);
  if (year == 0)
    {
      if (is_future (ctx, i, i + 1))
        year = month >= m ? this_year : this_year + 1;
      else
        year = month <= m ? this_year : this_year - 1;
    }

  found->first = i;
  found->last = i + (year_number (ctx, i + 1, &y) ? 2 : 1);
  found->date = atlas_date_from_ymd (year, month, 1);
  found->precision = "month";
  return TRUE;
}

/* "on Friday", "Thursday night", "last Monday", "next Monday": a weekday, resolved as
 * HeidelTime resolves it in news: the latest such day on or before publication, the one before
 * publication after "last", and the first one after it after "next" or when the verb is future */
static gboolean
match_weekday (AtlasSuggestContext *ctx,
               guint                i,
               Found               *found)
{
  AtlasSuggestWord *word = _atlas_suggest_word (ctx, i);
  gboolean last = FALSE, next = FALSE;
  guint weekday, published_weekday;
  guint first = i, end = i + 1;
  int n;

  if (word == NULL || !word->capitalised)
    return FALSE;
  {
    /* "Thursday's attack" */
    g_autofree char *name = g_strdup (word->lower);
    gsize length = strlen (name);

    if (g_str_has_suffix (name, "'s"))
      name[length - 2] = '\0';
    else if (g_str_has_suffix (name, "’s"))
      name[length - strlen ("’s")] = '\0';
    if ((n = index_in (weekdays, name)) < 0)
      return FALSE;
  }
  weekday = n + 1;

  if (i > 0 && _atlas_suggest_word_in (ctx, i - 1, (const char *[]) { "on", "last", "next", "this", "early", "late", NULL }))
    {
      first = i - 1;
      last = _atlas_suggest_word_is (ctx, first, "last");
      next = _atlas_suggest_word_is (ctx, first, "next");
    }
  if (_atlas_suggest_word_in (ctx, end, parts_of_day))
    end++;

  published_weekday = weekday_of (ctx->published);
  if (_atlas_suggest_word_is (ctx, first, "this"))
    found->date = ctx->published - published_weekday + weekday;  /* in the week of publication */
  else if (next || (!last && is_future (ctx, first, end)))
    found->date = ctx->published + ((weekday - published_weekday + 6) % 7) + 1;
  else
    {
      guint back = (published_weekday - weekday + 7) % 7;

      found->date = ctx->published - (back == 0 && last ? 7 : back);
    }

  found->first = first;
  found->last = end;
  found->precision = "day";

  /* "on Friday, September 23": the date the text gives */
  {
    Found date;
    guint at = end + (_atlas_suggest_word_is (ctx, end, ",") ? 1 : 0);

    if (match_day_month (ctx, at, &date))
      {
        found->date = date.date;
        found->last = date.last;
      }
  }

  return TRUE;
}

static AtlasDate
monday_of (AtlasDate date)
{
  return date - (weekday_of (date) - 1);
}

static AtlasDate
first_of_month (AtlasDate date,
                int       months_back)
{
  guint year, month, day;

  atlas_date_to_ymd (date, &year, &month, &day);
  if (months_back > 0 && month == 1)
    return atlas_date_from_ymd (year - 1, 12, 1);
  return atlas_date_from_ymd (year, month - months_back, 1);
}

/* "two days ago", "3 days ago" */
static gboolean
days_ago (AtlasSuggestContext *ctx,
          guint                i,
          Found               *found)
{
  g_auto(AtlasSuggestNumber) number = { 0 };

  if (!_atlas_suggest_parse_number (ctx, i, &number) || number.qualifier != NULL ||
      !_atlas_suggest_word_in (ctx, number.last, (const char *[]) { "days", "day", NULL }) ||
      !_atlas_suggest_word_is (ctx, number.last + 1, "ago") || number.value > 366)
    return FALSE;

  found->date = ctx->published - number.value;
  found->last = number.last + 2;
  return TRUE;
}

/* "today", "yesterday", "last night", "this week", "last month", "two days ago" */
static gboolean
match_relative (AtlasSuggestContext *ctx,
                guint                i,
                Found               *found)
{
  AtlasDate published = ctx->published;

  found->first = i;
  found->last = i + 1;
  found->precision = "day";

  if (_atlas_suggest_word_in (ctx, i, (const char *[]) { "today", "tonight", NULL }))
    found->date = published;
  else if (days_ago (ctx, i, found))
    return TRUE;
  else if (_atlas_suggest_word_is (ctx, i, "yesterday"))
    found->date = published - 1;
  else if (!_atlas_suggest_word_in (ctx, i, (const char *[]) { "this", "last", NULL }))
    return FALSE;
  else
    {
      gboolean last = _atlas_suggest_word_is (ctx, i, "last");

      found->last = i + 2;
      if (_atlas_suggest_word_in (ctx, i + 1, (const char *[]) { "night", "evening", NULL }) ||
          (!last && _atlas_suggest_word_in (ctx, i + 1, (const char *[]) { "morning", "afternoon", NULL })))
        found->date = last ? published - 1 : published;
      else if (_atlas_suggest_word_is (ctx, i + 1, "week"))
        {
          found->date = monday_of (published) - (last ? 7 : 0);
          found->end_date = last ? monday_of (published) - 1 : published;
          found->precision = "days";
          if (found->end_date == found->date)
            found->end_date = ATLAS_DATE_NONE, found->precision = "day";
        }
      else if (_atlas_suggest_word_is (ctx, i + 1, "month"))
        {
          found->date = first_of_month (published, last ? 1 : 0);
          found->precision = "month";
        }
      else
        return FALSE;
    }

  return TRUE;
}

/* "2016-09-22" */
static gboolean
match_iso (AtlasSuggestContext *ctx,
           guint                i,
           Found               *found)
{
  g_autofree char *text = NULL;
  AtlasSuggestWord *word = _atlas_suggest_word (ctx, i);

  if (word == NULL || !word->is_digits || strlen (word->text) != 4 || i + 4 >= ctx->words->len ||
      !_atlas_suggest_word_is (ctx, i + 1, "-") || !_atlas_suggest_word_is (ctx, i + 3, "-"))
    return FALSE;

  text = g_strdup_printf ("%s-%s-%s", word->text, _atlas_suggest_word (ctx, i + 2)->text,
                          _atlas_suggest_word (ctx, i + 4)->text);
  if (!atlas_date_parse (text, &found->date))
    return FALSE;

  found->first = i;
  found->last = i + 5;
  found->precision = "day";
  return TRUE;
}

static gboolean
match_date (AtlasSuggestContext *ctx,
            guint                i,
            Found               *found)
{
  memset (found, 0, sizeof *found);

  return match_iso (ctx, i, found) || match_day_span (ctx, i, found) || match_day_month (ctx, i, found) ||
         match_month (ctx, i, found) || match_weekday (ctx, i, found) || match_relative (ctx, i, found);
}

/*
 * Dates (issue 9), HeidelTime-like: explicit dates with or without a year, spans of days,
 * months, weekdays and words relative to the publication date, each with the precision it
 * allows (the KB's `day`, `days`, `month`). "since 22 September" runs to publication.
 */
void
_atlas_suggest_dates (AtlasSuggestContext *ctx)
{
  for (guint i = 0; i < ctx->words->len;)
    {
      gboolean since = _atlas_suggest_word_is (ctx, i, "since");
      AtlasSuggestion *suggestion;
      guint first;
      Found found;

      if (!match_date (ctx, since ? i + 1 : i, &found))
        {
          i++;
          continue;
        }

      first = since ? i : found.first;
      /* "on 22 September" reads as one date */
      if (!since && first > 0 && _atlas_suggest_word_is (ctx, first - 1, "on") &&
          !_atlas_suggest_word_in (ctx, first, (const char *[]) { "on", "last", "this", "next", "today", "yesterday", "tonight", NULL }))
        first--;

      if (since && found.end_date == ATLAS_DATE_NONE && found.date < ctx->published)
        {
          found.end_date = ctx->published;
          found.precision = "days";
        }

      suggestion = _atlas_suggest_add (ctx, ATLAS_SUGGESTION_DATE, _atlas_suggest_word (ctx, first)->start,
                                       _atlas_suggest_word (ctx, found.last - 1)->end);
      suggestion->date = found.date;
      suggestion->end_date = found.end_date;
      suggestion->date_precision = found.precision;
      i = found.last;
    }
}

/* atlas-suggest-numbers.c: numbers written in words and digits, with their qualifiers
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-suggest-numbers"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "atlas-count-words.h"
#include "atlas-suggest-private.h"

/* Larger numbers are not read: no casualty figure is that large, and they overflow */
#define MAX_NUMBER 100000000

static const char * const units[] = {
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
  "nineteen", NULL
};

static const char * const tens[] = {
  "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", NULL
};

/*
 * Vague numbers ("dozens", "a dozen"): the words are looked for here, and read with the one
 * table of the program, atlas_count_read_words() (data/kb-format.md, "Vague numbers"): the
 * least the words can mean, after ACLED, exact only for "a dozen", "half a dozen", "a score".
 */
typedef struct
{
  const char *words[4];
} Vague;

/* Longer phrases first, so that "half a dozen" is not read as "a dozen" */
static const Vague vague_numbers[] = {
  { { "half", "a", "dozen", NULL } },
  { { "tens", "of", "thousands", NULL } },
  { { "a", "dozen", NULL } },
  { { "a", "score", NULL } },
  { { "a", "few", NULL } },
  { { "a", "handful", NULL } },
  { { "dozens", NULL } },
  { { "scores", NULL } },
  { { "hundreds", NULL } },
  { { "thousands", NULL } },
  { { "several", NULL } },
};

/*
 * Qualifiers, and how they bound the number N they qualify:
 *
 *   at least N                      N .. open
 *   more than N, over N             N+1 .. open
 *   up to N, as many as N           1 .. N
 *   fewer than N, less than N       1 .. N-1
 *   nearly, almost, about, around,  N .. N: the words say the source's number is not exact but
 *   some, approximately, roughly,   not by how much, so the number is kept as given and the
 *   an estimated, estimated         qualifier goes with it, as the KB does
 */
typedef enum
{
  BOUND_AT_LEAST,
  BOUND_MORE_THAN,
  BOUND_UP_TO,
  BOUND_FEWER_THAN,
  BOUND_APPROXIMATE,
} Bound;

typedef struct
{
  const char *words[4];
  Bound       bound;
} Qualifier;

static const Qualifier qualifiers[] = {
  { { "at", "least", NULL }, BOUND_AT_LEAST },
  { { "no", "fewer", "than", NULL }, BOUND_AT_LEAST },
  { { "no", "less", "than", NULL }, BOUND_AT_LEAST },
  { { "more", "than", NULL }, BOUND_MORE_THAN },
  { { "over", NULL }, BOUND_MORE_THAN },
  { { "upwards", "of", NULL }, BOUND_MORE_THAN },
  { { "up", "to", NULL }, BOUND_UP_TO },
  { { "as", "many", "as", NULL }, BOUND_UP_TO },
  { { "fewer", "than", NULL }, BOUND_FEWER_THAN },
  { { "less", "than", NULL }, BOUND_FEWER_THAN },
  { { "nearly", NULL }, BOUND_APPROXIMATE },
  { { "almost", NULL }, BOUND_APPROXIMATE },
  { { "about", NULL }, BOUND_APPROXIMATE },
  { { "around", NULL }, BOUND_APPROXIMATE },
  { { "some", NULL }, BOUND_APPROXIMATE },
  { { "approximately", NULL }, BOUND_APPROXIMATE },
  { { "roughly", NULL }, BOUND_APPROXIMATE },
  { { "an", "estimated", NULL }, BOUND_APPROXIMATE },
  { { "estimated", NULL }, BOUND_APPROXIMATE },
};

/* How many words from @i spell @words; 0 if they do not */
static guint
match_words (AtlasSuggestContext *ctx,
             guint                i,
             const char * const  *words)
{
  guint n = 0;

  for (; words[n]; n++)
    if (!_atlas_suggest_word_is (ctx, i + n, words[n]))
      return 0;

  return n;
}

static int
lookup (const char * const *set,
        const char         *word)
{
  for (guint i = 0; set[i]; i++)
    if (set[i][0] && strcmp (set[i], word) == 0)
      return i;
  return -1;
}

/* A number under a hundred in words: "seven", "twenty", "twenty-seven", "twenty seven" */
static gboolean
parse_small (AtlasSuggestContext *ctx,
             guint               *i,
             guint               *value)
{
  AtlasSuggestWord *word = _atlas_suggest_word (ctx, *i);
  int n;

  if (word == NULL || !word->is_word)
    return FALSE;

  if ((n = lookup (units, word->lower)) >= 0)
    {
      *value = n;
      *i += 1;
      return TRUE;
    }

  if ((n = lookup (tens, word->lower)) < 0)
    return FALSE;

  *value = n * 10;
  *i += 1;
  if (_atlas_suggest_word_is (ctx, *i, "-") && (word = _atlas_suggest_word (ctx, *i + 1)) &&
      (n = lookup (units, word->lower)) > 0 && n < 10)
    {
      *value += n;
      *i += 2;
    }
  else if ((word = _atlas_suggest_word (ctx, *i)) && (n = lookup (units, word->lower)) > 0 && n < 10)
    {
      *value += n;
      *i += 1;
    }

  return TRUE;
}

/* A number in words: "a hundred", "two hundred and twenty", "three thousand" */
static gboolean
parse_words (AtlasSuggestContext *ctx,
             guint               *i,
             guint               *value)
{
  guint total = 0;
  guint group = 0;
  guint j = *i;
  gboolean any = FALSE;

  if (_atlas_suggest_word_in (ctx, j, (const char *[]) { "a", "one", NULL }) &&
      _atlas_suggest_word_in (ctx, j + 1, (const char *[]) { "hundred", "thousand", NULL }))
    {
      group = 1;
      j++;
      any = TRUE;
    }
  else if (parse_small (ctx, &j, &group))
    any = TRUE;

  if (!any)
    return FALSE;

  for (;;)
    {
      guint k = j;
      guint small = 0;

      if (_atlas_suggest_word_is (ctx, j, "hundred") && group < 100)
        {
          group *= 100;
          j++;
          if (_atlas_suggest_word_is (ctx, j, "and") && parse_small (ctx, (k = j + 1, &k), &small))
            {
              group += small;
              j = k;
            }
          else if (parse_small (ctx, (k = j, &k), &small))
            {
              group += small;
              j = k;
            }
        }
      else if (_atlas_suggest_word_in (ctx, j, (const char *[]) { "thousand", "million", NULL }) &&
               total == 0)
        {
          total = group * (_atlas_suggest_word_is (ctx, j, "thousand") ? 1000 : 1000000);
          group = 0;
          j++;
          if (_atlas_suggest_word_is (ctx, j, "and"))
            {
              k = j + 1;
              if (!parse_small (ctx, &k, &small))
                break;
              group = small;
              j = k;
            }
          else if (!parse_small (ctx, (k = j, &k), &small))
            break;
          else
            {
              group = small;
              j = k;
            }
        }
      else
        break;
    }

  *value = total + group;
  *i = j;
  return TRUE;
}

/* Digits, with thousands commas, maybe followed by "thousand" or "million": "1,200", "3 million" */
static gboolean
parse_digits (AtlasSuggestContext *ctx,
              guint               *i,
              guint               *value)
{
  AtlasSuggestWord *word = _atlas_suggest_word (ctx, *i);
  g_autoptr(GString) digits = g_string_new (NULL);
  guint64 n;

  if (word == NULL || !word->is_digits)
    return FALSE;

  for (const char *p = word->text; *p; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (digits, *p);
  if (digits->len > 9)
    return FALSE;

  n = g_ascii_strtoull (digits->str, NULL, 10);
  *i += 1;
  if (_atlas_suggest_word_is (ctx, *i, "thousand"))
    n *= 1000, *i += 1;
  else if (_atlas_suggest_word_is (ctx, *i, "million"))
    n *= 1000000, *i += 1;
  if (n > MAX_NUMBER)
    return FALSE;

  *value = n;
  return TRUE;
}

void
_atlas_suggest_number_clear (AtlasSuggestNumber *number)
{
  g_clear_pointer (&number->qualifier, g_free);
}

static char *
join_words (AtlasSuggestContext *ctx,
            guint                first,
            guint                last)
{
  GString *text = g_string_new (NULL);

  for (guint i = first; i < last; i++)
    {
      if (text->len)
        g_string_append_c (text, ' ');
      g_string_append (text, _atlas_suggest_word (ctx, i)->lower);
    }

  return g_string_free (text, FALSE);
}

/*
 * Reads the number phrase that starts at word @i, if any: a qualifier, then a number in digits
 * or words, or a vague number ("dozens"). Fills @number; the caller clears it.
 */
gboolean
_atlas_suggest_parse_number (AtlasSuggestContext *ctx,
                             guint                i,
                             AtlasSuggestNumber  *number)
{
  const Qualifier *qualifier = NULL;
  guint j = i;
  guint value = 0;
  guint n;

  _atlas_suggest_number_clear (number);
  memset (number, 0, sizeof *number);
  number->first = i;

  for (guint q = 0; q < G_N_ELEMENTS (qualifiers) && qualifier == NULL; q++)
    if ((n = match_words (ctx, i, qualifiers[q].words)))
      {
        qualifier = &qualifiers[q];
        j = i + n;
      }

  for (guint v = 0; v < G_N_ELEMENTS (vague_numbers); v++)
    if ((n = match_words (ctx, j, vague_numbers[v].words)))
      {
        g_autofree char *words = g_strjoinv (" ", (char **) vague_numbers[v].words);
        Bound bound = qualifier ? qualifier->bound : BOUND_APPROXIMATE;
        gint64 least = 0, most = -1;
        gboolean read = atlas_count_read_words (words, &least, &most);
        gboolean exact = most == least;

        g_assert (read);
        /* "more than a dozen" is 13 or more; "dozens" alone is open already */
        number->last = j + n;
        number->value = (guint) least;
        number->min = (guint) least + (bound == BOUND_MORE_THAN ? 1 : 0);
        number->has_max = exact && (qualifier == NULL || bound == BOUND_APPROXIMATE);
        number->max = (guint) least;
        number->qualifier = join_words (ctx, i, j + n);
        return TRUE;
      }

  if (_atlas_suggest_word_in (ctx, j, (const char *[]) { "a", "an", NULL }) &&
      !_atlas_suggest_word_in (ctx, j + 1, (const char *[]) { "hundred", "thousand", NULL }))
    {
      if (qualifier != NULL)
        return FALSE;
      number->last = j + 1;
      number->value = number->min = number->max = 1;
      number->has_max = TRUE;
      number->singular = TRUE;
      return TRUE;
    }

  if (!parse_digits (ctx, &j, &value) && !parse_words (ctx, &j, &value))
    return FALSE;

  number->last = j;
  number->value = value;
  number->min = number->max = value;
  number->has_max = TRUE;
  if (qualifier == NULL)
    return TRUE;

  number->qualifier = join_words (ctx, i, i + match_words (ctx, i, qualifier->words));
  switch (qualifier->bound)
    {
    case BOUND_AT_LEAST:
      number->has_max = FALSE;
      break;
    case BOUND_MORE_THAN:
      number->min = value + 1;
      number->has_max = FALSE;
      break;
    case BOUND_UP_TO:
      number->min = MIN (1, value);
      break;
    case BOUND_FEWER_THAN:
      if (value < 2)
        return FALSE;
      number->min = 1;
      number->max = value - 1;
      break;
    case BOUND_APPROXIMATE:
    default:
      break;
    }

  return TRUE;
}

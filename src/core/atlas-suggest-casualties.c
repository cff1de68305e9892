/* atlas-suggest-casualties.c: casualty figures in an article
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-suggest-casualties"

#include "config.h"

#include <string.h>

#include "atlas-suggest-private.h"

/* How many words may come between a number's noun and the word that says they were killed or
 * injured: "at least 27 people had been killed", "a dozen people were reportedly killed" */
#define VERB_WINDOW 6

/* The most words that describe the people counted, between the number and the noun:
 * "four Syrian Red Crescent workers" */
#define MAX_MODIFIERS 3

typedef enum
{
  TOLL_NONE,
  TOLL_KILLED,
  TOLL_INJURED,
} Toll;

/* Words after the people counted that make them casualties */
static const char * const killed_after[] = {
  "killed", "dead", "died", "die", "dies", "deaths", "perished", "slain", "executed", NULL
};
static const char * const injured_after[] = { "wounded", "injured", "hurt", "maimed", "injuries", NULL };

/* Verbs before the people counted: "killed four medical workers" */
static const char * const killed_before[] = { "killed", "killing", "kill", "kills", NULL };
static const char * const injured_before[] = {
  "wounded", "wounding", "wound", "wounds", "injured", "injuring", "injure", "injures", NULL
};

/* What else a number of people may be: not casualties */
static const char * const not_casualties[] = {
  "besieged", "trapped", "evacuated", "displaced", "fled", "flee", "fleeing", "rescued", "arrested",
  "detained", "missing", "bussed", "live", "lived", "living", "stranded", "freed", "released",
  "sheltering", "returned", "siege", "homeless", "refugees", NULL
};

/* Between a number without a noun and the casualty word: "27 were killed", "9 others died" */
static const char * const auxiliaries[] = {
  "were", "was", "are", "is", "have", "had", "has", "been", "being", "reportedly", "also", "more",
  "others", "other", "people", "later", "all", NULL
};

static const char * const foreign[] = {
  "russian", "turkish", "american", "u", "us", "iranian", "foreign", "french", "british", "israeli",
  "iraqi", "lebanese", NULL
};
static const char * const pro_government[] = {
  "government", "regime", "pro", "loyalist", "hezbollah", "syrian", "army", "state", NULL
};
static const char * const medical[] = { "medical", "health", "hospital", "healthcare", NULL };
static const char * const rescue[] = { "rescue", "civil", "defence", "defense", "white", NULL };

/* Words that describe the people counted without being the noun */
static const char * const modifiers[] = {
  "military", "medical", "health", "hospital", "healthcare", "aid", "rescue", "civil", "defence",
  "defense", "opposition", "rebel", "government", "pro", "regime", "armed", "innocent", "young",
  "local", "foreign", "more", "other", "unarmed", "volunteer", "security", "police", "army",
  "loyalist", "allied", "militia", "white", "civilian", "female", "male", "elderly", "displaced",
  "school", "family", "state", "of", NULL
};

typedef struct
{
  const char *noun;
  const char *who;
  gboolean    singular;
} Noun;

/* The people a figure counts, by the noun that names them; "fighters", "soldiers" and "workers"
 * depend on the words before them (see classify()) */
static const Noun nouns[] = {
  { "people", "people", FALSE }, { "persons", "people", FALSE }, { "person", "people", TRUE },
  { "individuals", "people", FALSE }, { "residents", "people", FALSE }, { "resident", "people", TRUE },
  { "inhabitants", "people", FALSE }, { "villagers", "people", FALSE }, { "women", "people", FALSE },
  { "woman", "people", TRUE }, { "men", "people", FALSE }, { "man", "people", TRUE },
  { "victims", "people", FALSE }, { "members", "people", FALSE }, { "others", "people", FALSE },
  { "civilians", "civilians", FALSE }, { "civilian", "civilians", TRUE },
  { "children", "children", FALSE }, { "child", "children", TRUE }, { "kids", "children", FALSE },
  { "babies", "children", FALSE }, { "baby", "children", TRUE }, { "infants", "children", FALSE },
  { "boys", "children", FALSE }, { "boy", "children", TRUE }, { "girls", "children", FALSE },
  { "girl", "children", TRUE }, { "schoolchildren", "children", FALSE },
  { "doctors", "medical workers", FALSE }, { "doctor", "medical workers", TRUE },
  { "nurses", "medical workers", FALSE }, { "nurse", "medical workers", TRUE },
  { "medics", "medical workers", FALSE }, { "medic", "medical workers", TRUE },
  { "paramedics", "medical workers", FALSE }, { "paramedic", "medical workers", TRUE },
  { "surgeons", "medical workers", FALSE }, { "surgeon", "medical workers", TRUE },
  { "rescuers", "rescue workers", FALSE }, { "rescuer", "rescue workers", TRUE },
  { "helmets", "rescue workers", FALSE },
  { "fighters", "opposition fighters", FALSE }, { "fighter", "opposition fighters", TRUE },
  { "rebels", "opposition fighters", FALSE }, { "rebel", "opposition fighters", TRUE },
  { "militants", "opposition fighters", FALSE }, { "militant", "opposition fighters", TRUE },
  { "insurgents", "opposition fighters", FALSE }, { "jihadists", "opposition fighters", FALSE },
  { "gunmen", "opposition fighters", FALSE }, { "combatants", "opposition fighters", FALSE },
  { "militiamen", "opposition fighters", FALSE },
  { "soldiers", "military personnel", FALSE }, { "soldier", "military personnel", TRUE },
  { "troops", "military personnel", FALSE }, { "servicemen", "military personnel", FALSE },
  { "serviceman", "military personnel", TRUE }, { "officers", "military personnel", FALSE },
  { "officer", "military personnel", TRUE }, { "trainer", "military personnel", TRUE },
  { "trainers", "military personnel", FALSE }, { "advisers", "military personnel", FALSE },
  { "adviser", "military personnel", TRUE }, { "personnel", "military personnel", FALSE },
  { "workers", "people", FALSE }, { "worker", "people", TRUE }, { "staff", "people", FALSE },
  { "volunteers", "people", FALSE }, { "volunteer", "people", TRUE },
};

typedef struct
{
  guint       end;        /* one past the noun's word; the number's end when there is no noun */
  const char *who;
  gboolean    has_noun;
} People;

static gboolean
any_in (AtlasSuggestContext *ctx,
        guint                first,
        guint                last,
        const char * const  *set)
{
  for (guint i = first; i < last; i++)
    if (_atlas_suggest_word_in (ctx, i, set))
      return TRUE;
  return FALSE;
}

/* The KB's `who` for a noun and the words before it (data/kb-format.md, `who` values) */
static const char *
classify (AtlasSuggestContext *ctx,
          const Noun          *noun,
          guint                first,
          guint                last)
{
  if (strcmp (noun->who, "opposition fighters") == 0)
    return any_in (ctx, first, last, pro_government) && !any_in (ctx, first, last, (const char *[]) { "opposition", "rebel", NULL })
      ? "government forces" : noun->who;

  /* Soldiers the source does not put on a side are military personnel; Syrian ones, or the
   * army's, are government forces */
  if (strcmp (noun->who, "military personnel") == 0)
    return any_in (ctx, first, last, pro_government) && !any_in (ctx, first, last, foreign)
      ? "government forces" : noun->who;

  if (strcmp (noun->who, "people") == 0)
    {
      if (any_in (ctx, first, last, medical))
        return "medical workers";
      if (any_in (ctx, first, last, rescue))
        return "rescue workers";
      if (any_in (ctx, first, last, (const char *[]) { "civilian", NULL }))
        return "civilians";
    }

  return noun->who;
}

/* The people a number counts: "of" and a few describing words, then a noun of the table */
static gboolean
parse_people (AtlasSuggestContext      *ctx,
              const AtlasSuggestNumber *number,
              People                   *people)
{
  guint i = number->last;
  guint n_modifiers = 0;

  people->end = number->last;
  people->who = "people";
  people->has_noun = FALSE;

  for (;; i++)
    {
      AtlasSuggestWord *word = _atlas_suggest_word (ctx, i);

      if (word == NULL)
        return FALSE;

      /* "wounded dozens more." */
      if (i == number->last && strcmp (word->lower, "more") == 0 &&
          (_atlas_suggest_word (ctx, i + 1) == NULL || !_atlas_suggest_word (ctx, i + 1)->is_word))
        {
          people->end = i + 1;
          people->has_noun = TRUE;
          return TRUE;
        }

      /* A noun in the wrong number describes the next one: "four civilian residents" */
      for (guint k = 0; k < G_N_ELEMENTS (nouns); k++)
        if (strcmp (word->lower, nouns[k].noun) == 0 &&
            !(number->singular ? !nouns[k].singular : (number->value != 1 && nouns[k].singular)))
          {
            people->end = i + 1;
            people->who = classify (ctx, &nouns[k], number->last, i);
            people->has_noun = TRUE;
            return TRUE;
          }

      /* People named by where they are from: "12 Syrians were killed" */
      if (word->is_word && word->capitalised && g_str_has_suffix (word->lower, "s") &&
          (_atlas_suggest_word_in (ctx, i + 1, auxiliaries) || _atlas_suggest_word_in (ctx, i + 1, killed_after) ||
           _atlas_suggest_word_in (ctx, i + 1, injured_after)))
        {
          people->end = i + 1;
          people->who = classify (ctx, &nouns[0], number->last, i);
          people->has_noun = TRUE;
          return TRUE;
        }

      /* An age describes the people, it does not count them: "a 12-year-old boy" */
      if (_atlas_suggest_word_is (ctx, i + 1, "-") &&
          _atlas_suggest_word_in (ctx, i + 2, (const char *[]) { "year", "month", NULL }) &&
          _atlas_suggest_word_is (ctx, i + 3, "-") && _atlas_suggest_word_is (ctx, i + 4, "old") &&
          n_modifiers++ < MAX_MODIFIERS)
        {
          i += 4;
          continue;
        }

      if (n_modifiers++ >= MAX_MODIFIERS ||
          !(_atlas_suggest_word_in (ctx, i, modifiers) || _atlas_suggest_word_is (ctx, i, "-") ||
            (word->is_word && word->capitalised && !word->is_digits) ||
            (word->is_word && number->value != 1 && g_strv_contains ((const char *[]) { "civilian", NULL }, word->lower))))
        return FALSE;
    }
}

static Toll
toll_after (AtlasSuggestContext *ctx,
            guint                i,
            guint               *end)
{
  if (_atlas_suggest_word_in (ctx, i, killed_after))
    {
      *end = i + 1;
      return TOLL_KILLED;
    }
  if (_atlas_suggest_word_in (ctx, i, injured_after))
    {
      *end = i + 1;
      return TOLL_INJURED;
    }
  if (_atlas_suggest_word_is (ctx, i, "lost") && _atlas_suggest_word_is (ctx, i + 2, "lives"))
    {
      *end = i + 3;
      return TOLL_KILLED;
    }
  return TOLL_NONE;
}

/* Whether the number is something else than a count of people: a year, a date, a time, an
 * age or duration ("5-year-long"), a share, a sum of money */
static gboolean
is_other_number (AtlasSuggestContext      *ctx,
                 const AtlasSuggestNumber *number,
                 const People             *people)
{
  AtlasSuggestWord *first = _atlas_suggest_word (ctx, number->first);
  AtlasSuggestWord *next = _atlas_suggest_word (ctx, number->last);
  guint month;

  if (number->first > 0)
    {
      AtlasSuggestWord *before = _atlas_suggest_word (ctx, number->first - 1);

      if (strstr ("$£€", before->text) || (strchr (":/.-", before->text[0]) && before->end == first->start && first->is_digits) || _atlas_suggest_word_in (ctx, number->first - 1, (const char *[]) { "aged", "age", "no", NULL }) ||
          _atlas_suggest_month_name (ctx, number->first - 1, &month) ||
          (before->text[0] == '.' && number->first > 1 && _atlas_suggest_month_name (ctx, number->first - 2, &month)))
        return TRUE;
    }
  if (next != NULL && (_atlas_suggest_month_name (ctx, number->last, &month) ||
                       strchr ("%:/-", next->text[0]) ||
                       _atlas_suggest_word_in (ctx, number->last, (const char *[]) { "percent", "per", NULL })))
    return TRUE;

  return !people->has_noun && first->is_digits && number->qualifier == NULL && number->value >= 1900 &&
         number->value <= 2100 && !strchr (first->text, ',');
}

static AtlasSuggestion *
add_figure (AtlasSuggestContext      *ctx,
            const AtlasSuggestNumber *number,
            const People             *people,
            Toll                      toll,
            guint                     first,
            guint                     last)
{
  AtlasSuggestion *suggestion = _atlas_suggest_add (ctx, ATLAS_SUGGESTION_CASUALTY,
                                                    _atlas_suggest_word (ctx, first)->start,
                                                    _atlas_suggest_word (ctx, last - 1)->end);

  suggestion->injured = toll == TOLL_INJURED;
  suggestion->min = number->min;
  suggestion->max = number->max;
  suggestion->has_max = number->has_max;
  suggestion->who = people->who;
  suggestion->qualifier = g_strdup (number->qualifier);
  return suggestion;
}

/* A number and the people it counts, which may be a casualty figure */
static gboolean
parse_count (AtlasSuggestContext *ctx,
             guint                i,
             AtlasSuggestNumber  *number,
             People              *people)
{
  if (!_atlas_suggest_parse_number (ctx, i, number))
    return FALSE;
  if (parse_people (ctx, number, people) ? FALSE : number->singular)
    return FALSE;
  /* "0 people were killed" is no figure to enter */
  if (is_other_number (ctx, number, people) || (number->has_max && number->max == 0))
    {
      _atlas_suggest_number_clear (number);
      return FALSE;
    }
  return TRUE;
}

/*
 * "At least 27 people had been killed", "dozens of civilians killed", "a dozen people including
 * four medical workers were reportedly killed": a number, the people it counts, and within a few
 * words of the same sentence a word that says they were killed or injured. Returns the word
 * after the figure, or @i when there is none.
 */
static guint
match_count_then_toll (AtlasSuggestContext *ctx,
                       guint                i)
{
  g_auto(AtlasSuggestNumber) number = { 0 };
  g_auto(AtlasSuggestNumber) sub = { 0 };
  g_auto(AtlasSuggestNumber) other = { 0 };
  People people, sub_people, other_people;
  gboolean has_sub = FALSE, has_other = FALSE;
  Toll toll = TOLL_NONE;
  guint end = 0;

  if (!parse_count (ctx, i, &number, &people))
    return i;

  /* Without a noun, only "27 killed", "27 were killed", "27 others died" */
  if (!people.has_noun && !_atlas_suggest_word_in (ctx, people.end, auxiliaries) &&
      toll_after (ctx, people.end, &end) == TOLL_NONE)
    return i;

  for (guint j = people.end, n = 0; n < VERB_WINDOW; j++, n++)
    {
      AtlasSuggestWord *word = _atlas_suggest_word (ctx, j);

      if (word == NULL || word->sentence_end || word->is_digits ||
          _atlas_suggest_word_in (ctx, j, not_casualties))
        return i;

      /* A count within the count: "including four medical workers" */
      if (_atlas_suggest_word_in (ctx, j, (const char *[]) { "including", "among", NULL }) && !has_sub &&
          parse_count (ctx, j + (_atlas_suggest_word_is (ctx, j + 1, "them") ? 2 : 1), &sub, &sub_people))
        {
          has_sub = TRUE;
          j = sub_people.end - 1;
          continue;
        }

      /* Another count with the same verb: "12 rebels and 8 soldiers died" */
      if (_atlas_suggest_word_is (ctx, j, "and") && !has_other && j == people.end &&
          parse_count (ctx, j + 1, &other, &other_people) && other_people.has_noun)
        {
          has_other = TRUE;
          j = other_people.end - 1;
          continue;
        }

      if ((toll = toll_after (ctx, j, &end)) != TOLL_NONE)
        break;
    }
  if (toll == TOLL_NONE)
    return i;

  /* The verb of another clause, with its own count: "five children, and wounded dozens more" */
  {
    g_auto(AtlasSuggestNumber) object = { 0 };

    if (_atlas_suggest_parse_number (ctx, end, &object))
      return i;
  }

  add_figure (ctx, &number, &people, toll, number.first, end);
  if (has_sub)
    add_figure (ctx, &sub, &sub_people, toll, sub.first, sub_people.end);
  if (has_other)
    add_figure (ctx, &other, &other_people, toll, other.first, end);

  return end;
}

/*
 * "Air strikes killed a dozen people including four medical workers", "killed four medical
 * workers and at least nine opposition fighters": a verb, then the people it counts.
 */
static guint
match_toll_then_count (AtlasSuggestContext *ctx,
                       guint                i)
{
  Toll toll;
  guint j = i + 1;
  guint end = i;

  if (_atlas_suggest_word_in (ctx, i, killed_before))
    toll = TOLL_KILLED;
  else if (_atlas_suggest_word_is (ctx, i, "lives") && _atlas_suggest_word_is (ctx, i + 1, "of"))
    {
      /* "claimed the lives of 15 civilians" */
      toll = TOLL_KILLED;
      j = i + 2;
    }
  else if (_atlas_suggest_word_in (ctx, i, injured_before))
    toll = TOLL_INJURED;
  else
    return i;

  for (guint n = 0; n < 4; n++)
    {
      g_auto(AtlasSuggestNumber) number = { 0 };
      People people;
      guint after = 0;

      if (!parse_count (ctx, j, &number, &people))
        break;

      /* A number with no noun only where the clause ends: "killing 12 and wounding 30" */
      if (!people.has_noun && _atlas_suggest_word (ctx, people.end) &&
          !_atlas_suggest_word (ctx, people.end)->sentence_end &&
          !_atlas_suggest_word_in (ctx, people.end, (const char *[]) { "and", ",", "in", "on", "near", NULL }))
        break;

      /* The next count in a list has its own verb: "5 killed and 20 civilians were injured" */
      if (n > 0 && (_atlas_suggest_word_in (ctx, people.end, auxiliaries) ||
                    toll_after (ctx, people.end, &after) != TOLL_NONE))
        break;

      add_figure (ctx, &number, &people, toll, n == 0 ? i : number.first, people.end);
      end = people.end;

      /* "killed 25 civilians, including five children," */
      if (_atlas_suggest_word_is (ctx, end, ",") &&
          _atlas_suggest_word_in (ctx, end + 1, (const char *[]) { "including", "among", NULL }))
        end++;
      if (_atlas_suggest_word_in (ctx, end, (const char *[]) { "including", "among", NULL }))
        {
          g_auto(AtlasSuggestNumber) sub = { 0 };
          People sub_people;
          guint k = end + (_atlas_suggest_word_is (ctx, end + 1, "them") ? 2 : 1);

          if (parse_count (ctx, k, &sub, &sub_people))
            {
              add_figure (ctx, &sub, &sub_people, toll, sub.first, sub_people.end);
              end = sub_people.end;
            }
        }

      if (_atlas_suggest_word_is (ctx, end, ",") && _atlas_suggest_word_is (ctx, end + 1, "and"))
        j = end + 2;
      else if (_atlas_suggest_word_in (ctx, end, (const char *[]) { "and", ",", NULL }))
        j = end + 1;
      else
        break;
    }

  return end;
}

/* "The death toll rose to 27", "a death toll of at least 40" */
static guint
match_death_toll (AtlasSuggestContext *ctx,
                  guint                i)
{
  static const char * const linking[] = {
    "rose", "risen", "climbed", "reached", "hit", "stood", "stands", "jumped", "increased", "has",
    "had", "was", "is", "of", "at", "to", "now", NULL
  };
  guint j = i + 2;

  if (!_atlas_suggest_word_is (ctx, i, "death") || !_atlas_suggest_word_is (ctx, i + 1, "toll"))
    return i;

  for (guint n = 0; n < 4 && _atlas_suggest_word_in (ctx, j, linking); n++)
    j++;

  {
    g_auto(AtlasSuggestNumber) number = { 0 };
    People people;

    if (j == i + 2 || !parse_count (ctx, j, &number, &people) || number.singular)
      return i;
    add_figure (ctx, &number, &people, TOLL_KILLED, i, people.end);
    return people.end;
  }
}

/*
 * Casualty figures (issue 9): a count of people with a word that says they were killed or
 * injured, before or after it. Numbers of other things (trucks, air strikes, years), and people
 * who were besieged, evacuated or trapped, are not proposed. Each figure says who it counts with
 * the KB's `who` vocabulary, and keeps the words that qualify its number.
 */
void
_atlas_suggest_casualties (AtlasSuggestContext *ctx)
{
  for (guint i = 0; i < ctx->words->len;)
    {
      guint next;

      if ((next = match_death_toll (ctx, i)) != i ||
          (next = match_toll_then_count (ctx, i)) != i ||
          (next = match_count_then_toll (ctx, i)) != i)
        i = next;
      else
        i++;
    }
}

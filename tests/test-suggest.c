/* test-suggest.c: suggestions of places, dates and casualty figures from an article (issue 9)
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-suggest"

#include "config.h"

#include <string.h>

#include "atlas-kb.h"
#include "atlas-suggest.h"

/* The shipped KB, for its places and for the figures it gives for the seed articles */
static AtlasKb *kb;

/* Friday 23 September 2016, the day the first seed was published */
#define FRIDAY "2016-09-23"

static AtlasDate
date (const char *text)
{
  AtlasDate parsed;

  g_assert_true (atlas_date_parse (text, &parsed));
  return parsed;
}

static GPtrArray *
suggest (const char *text,
         const char *published)
{
  g_autoptr(GPtrArray) suggestions = atlas_suggest (text, date (published), kb);

  /* Every quote is the text between its offsets, in code points */
  for (guint i = 0; i < suggestions->len; i++)
    {
      AtlasSuggestion *s = g_ptr_array_index (suggestions, i);
      const char *from = g_utf8_offset_to_pointer (text, s->start);
      const char *to = g_utf8_offset_to_pointer (text, s->end);
      g_autofree char *quote = g_strndup (from, to - from);

      g_assert_cmpstr (s->quote, ==, quote);
      if (i > 0)
        g_assert_cmpuint (((AtlasSuggestion *) g_ptr_array_index (suggestions, i - 1))->start, <=, s->start);
    }

  return g_steal_pointer (&suggestions);
}

static guint
count_kind (GPtrArray           *suggestions,
            AtlasSuggestionKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < suggestions->len; i++)
    n += ((AtlasSuggestion *) g_ptr_array_index (suggestions, i))->kind == kind;
  return n;
}

static AtlasSuggestion *
find (GPtrArray           *suggestions,
      AtlasSuggestionKind  kind,
      const char          *quote)
{
  for (guint i = 0; i < suggestions->len; i++)
    {
      AtlasSuggestion *s = g_ptr_array_index (suggestions, i);

      if (s->kind == kind && strcmp (s->quote, quote) == 0)
        return s;
    }

  g_test_message ("no suggestion quotes “%s”; there are:", quote);
  for (guint i = 0; i < suggestions->len; i++)
    {
      g_autofree char *json = atlas_suggestion_to_json (g_ptr_array_index (suggestions, i));
      g_test_message ("  %s", json);
    }
  g_assert_not_reached ();
}

/* The one suggestion of @kind for @text */
static AtlasSuggestion *
only (GPtrArray           *suggestions,
      AtlasSuggestionKind  kind)
{
  AtlasSuggestion *found = NULL;

  for (guint i = 0; i < suggestions->len; i++)
    {
      AtlasSuggestion *s = g_ptr_array_index (suggestions, i);
      g_autofree char *json = atlas_suggestion_to_json (s);

      g_test_message ("%s", json);
      if (s->kind == kind)
        {
          g_assert_null (found);
          found = s;
        }
    }

  g_assert_nonnull (found);
  return found;
}

static void
assert_place (const char *text,
              const char *quote,
              const char *place)
{
  g_autoptr(GPtrArray) suggestions = suggest (text, FRIDAY);

  g_assert_cmpstr (find (suggestions, ATLAS_SUGGESTION_PLACE, quote)->place, ==, place);
}

/* The places a selection names, for linking one to a fact: each once, none made up */
static void
test_places_find (void)
{
  g_autoptr(GPtrArray) one = atlas_suggest_find_places (kb, "al-Sukkari");
  g_autoptr(GPtrArray) arabic = atlas_suggest_find_places (kb, "السكري");
  g_autoptr(GPtrArray) alias = atlas_suggest_find_places (kb, "as-Sukkari");
  g_autoptr(GPtrArray) two = atlas_suggest_find_places (kb, "Aleppo's Sukkari and Aleppo");
  g_autoptr(GPtrArray) none = atlas_suggest_find_places (kb, "a bakery in the morning");
  g_autoptr(GPtrArray) lower = atlas_suggest_find_places (kb, "youth housing");

  g_assert_cmpuint (one->len, ==, 1);
  g_assert_cmpstr (atlas_place_get_id (g_ptr_array_index (one, 0)), ==, "p-as-sukkari");
  g_assert_cmpuint (arabic->len, ==, 1);
  g_assert_true (g_ptr_array_index (arabic, 0) == g_ptr_array_index (one, 0));
  g_assert_cmpuint (alias->len, ==, 1);
  g_assert_true (g_ptr_array_index (alias, 0) == g_ptr_array_index (one, 0));
  g_assert_cmpuint (two->len, ==, 2);
  g_assert_cmpstr (atlas_place_get_id (g_ptr_array_index (two, 0)), ==, "p-aleppo");
  g_assert_cmpstr (atlas_place_get_id (g_ptr_array_index (two, 1)), ==, "p-as-sukkari");
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (lower->len, ==, 0);
}

static void
assert_date (const char *text,
             const char *published,
             const char *quote,
             const char *day,
             const char *end_day,
             const char *precision)
{
  g_autoptr(GPtrArray) suggestions = suggest (text, published);
  AtlasSuggestion *s = find (suggestions, ATLAS_SUGGESTION_DATE, quote);
  g_autofree char *found = atlas_date_format (s->date);
  g_autofree char *found_end = s->end_date ? atlas_date_format (s->end_date) : NULL;

  g_test_message ("%s (published %s): %s", text, published, quote);
  g_assert_cmpstr (found, ==, day);
  g_assert_cmpstr (found_end, ==, end_day);
  g_assert_cmpstr (s->date_precision, ==, precision);
}

/* The one casualty figure in @text: killed (or injured), min, max (-1: open), who, qualifier */
static void
assert_figure (const char *text,
               gboolean    injured,
               guint       min,
               int         max,
               const char *who,
               const char *qualifier)
{
  g_autoptr(GPtrArray) suggestions = suggest (text, FRIDAY);
  AtlasSuggestion *s;

  g_test_message ("%s", text);
  s = only (suggestions, ATLAS_SUGGESTION_CASUALTY);
  g_assert_cmpint (s->injured, ==, injured);
  g_assert_cmpuint (s->min, ==, min);
  g_assert_cmpint (s->has_max, ==, max >= 0);
  if (max >= 0)
    g_assert_cmpuint (s->max, ==, max);
  g_assert_cmpstr (s->who, ==, who);
  g_assert_cmpstr (s->qualifier, ==, qualifier);
}

static void
assert_no_figure (const char *text)
{
  g_autoptr(GPtrArray) suggestions = suggest (text, FRIDAY);

  g_test_message ("%s", text);
  for (guint i = 0; i < suggestions->len; i++)
    {
      g_autofree char *json = atlas_suggestion_to_json (g_ptr_array_index (suggestions, i));
      g_test_message ("  %s", json);
    }
  g_assert_cmpuint (count_kind (suggestions, ATLAS_SUGGESTION_CASUALTY), ==, 0);
}

/* Places */

static void
test_places_variants (void)
{
  const char *text = "Barrel bombs hit al-Sukkari, as-Sukkari, Sukkari and Sokkari, then Al Sukkari.";
  g_autoptr(GPtrArray) suggestions = suggest (text, FRIDAY);
  const char *quotes[] = { "al-Sukkari", "as-Sukkari", "Sukkari", "Sokkari", "Al Sukkari" };

  g_assert_cmpuint (count_kind (suggestions, ATLAS_SUGGESTION_PLACE), ==, G_N_ELEMENTS (quotes));
  for (guint i = 0; i < G_N_ELEMENTS (quotes); i++)
    g_assert_cmpstr (find (suggestions, ATLAS_SUGGESTION_PLACE, quotes[i])->place, ==, "p-as-sukkari");

  /* Aliases, the possessive, a name with an 'ayn mark written without it */
  assert_place ("Fighting near Khantuman.", "Khantuman", "p-khan-touman");
  assert_place ("Aleppo's east", "Aleppo's", "p-aleppo");
  assert_place ("Aleppo’s east", "Aleppo’s", "p-aleppo");
  assert_place ("in ‘Aleppo’ again", "Aleppo", "p-aleppo");
  assert_place ("in the Marja neighborhood", "Marja", "p-al-marjeh");
  assert_place ("shells on al-Aziziyeh", "al-Aziziyeh", "p-al-aziziyeh");
  /* The spelling closest to the text's wins: Hama is not al-Hamah, both [hama] */
  assert_place ("in Hama", "Hama", "p-hama");
  assert_place ("in al-Haamah", "al-Haamah", "p-al-hamah");
}

static void
test_places_longest (void)
{
  g_autoptr(GPtrArray) suggestions = suggest ("Raids on northern Hama district and Aleppo International Airport.", FRIDAY);

  g_assert_cmpuint (count_kind (suggestions, ATLAS_SUGGESTION_PLACE), ==, 2);
  g_assert_cmpstr (find (suggestions, ATLAS_SUGGESTION_PLACE, "northern Hama district")->place, ==, "p-northern-hama");
  g_assert_cmpstr (find (suggestions, ATLAS_SUGGESTION_PLACE, "Aleppo International Airport")->place, ==,
                   "p-aleppo-international-airport");
}

static void
test_places_arabic (void)
{
  const char *text = "قصفت الطائرات حي السكري في حلب";
  g_autoptr(GPtrArray) suggestions = suggest (text, FRIDAY);
  AtlasSuggestion *sukkari = find (suggestions, ATLAS_SUGGESTION_PLACE, "السكري");
  AtlasSuggestion *aleppo = find (suggestions, ATLAS_SUGGESTION_PLACE, "حلب");

  g_assert_cmpstr (sukkari->place, ==, "p-as-sukkari");
  g_assert_cmpuint (sukkari->start, ==, 17);
  g_assert_cmpuint (sukkari->end, ==, 23);
  g_assert_cmpstr (aleppo->place, ==, "p-aleppo");
  g_assert_cmpuint (aleppo->start, ==, 27);
  g_assert_cmpuint (count_kind (suggestions, ATLAS_SUGGESTION_PLACE), ==, 2);

  /* "in Aleppo" and "and al-Sukkari" written joined, as Arabic writes them */
  assert_place ("غارات بحلب", "حلب", "p-aleppo");
  assert_place ("في حلب والسكري", "السكري", "p-as-sukkari");
  assert_place ("وصلت إلى بستان الباشا", "بستان الباشا", "p-bustan-al-basha");
}

static void
test_places_not_words (void)
{
  g_autoptr(GPtrArray) suggestions = NULL;

  /* Not the English "an" before a name, not a name the KB capitalises written in lower case,
   * not a lone article, not a word that only starts like a name */
  assert_place ("said an Aleppo activist", "Aleppo", "p-aleppo");
  suggestions = suggest ("The youth housing in al- and as the Syrian army", FRIDAY);
  for (guint i = 0; i < suggestions->len; i++)
    g_test_message ("%s", ((AtlasSuggestion *) g_ptr_array_index (suggestions, i))->quote);
  g_assert_cmpuint (count_kind (suggestions, ATLAS_SUGGESTION_PLACE), ==, 0);
}

/* Offsets count code points: not bytes, not UTF-16 units (an emoji flag is two code points,
 * four UTF-16 units and eight bytes) */
static void
test_offsets (void)
{
  const char *text = "🇸🇾 مرحبا — at least 5 people were killed in Aleppo";
  g_autoptr(GPtrArray) suggestions = suggest (text, FRIDAY);
  AtlasSuggestion *figure = find (suggestions, ATLAS_SUGGESTION_CASUALTY, "at least 5 people were killed");
  AtlasSuggestion *place = find (suggestions, ATLAS_SUGGESTION_PLACE, "Aleppo");

  g_assert_cmpuint (figure->start, ==, 11);
  g_assert_cmpuint (figure->end, ==, 40);
  g_assert_cmpuint (place->start, ==, 44);
  g_assert_cmpuint (place->end, ==, 50);
}

/* Dates */

static void
test_dates_weekdays (void)
{
  /* A bare weekday in a report: the latest such day on or before publication */
  assert_date ("Strikes hit the city on Friday.", FRIDAY, "on Friday", "2016-09-23", NULL, "day");
  assert_date ("The bombing Thursday night shook the ground.", FRIDAY, "Thursday night", "2016-09-22", NULL, "day");
  assert_date ("The truce collapsed on Monday.", FRIDAY, "on Monday", "2016-09-19", NULL, "day");
  assert_date ("Clashes began Saturday morning.", FRIDAY, "Saturday morning", "2016-09-17", NULL, "day");
  assert_date ("Wednesday's strikes were the worst.", FRIDAY, "Wednesday's", "2016-09-21", NULL, "day");
  assert_date ("Talks failed last Friday.", FRIDAY, "last Friday", "2016-09-16", NULL, "day");
  /* After a future verb, or "next": the first such day after publication */
  assert_date ("Ministers will meet on Monday.", FRIDAY, "on Monday", "2016-09-26", NULL, "day");
  assert_date ("The council is due to vote on Friday.", FRIDAY, "on Friday", "2016-09-30", NULL, "day");
  assert_date ("They are expected to meet in Geneva on Saturday.", FRIDAY, "on Saturday", "2016-09-24", NULL, "day");
  assert_date ("Then in London on Sunday, Kerry will meet them.", FRIDAY, "on Sunday", "2016-09-25", NULL, "day");
  assert_date ("Aid may arrive next Monday.", FRIDAY, "next Monday", "2016-09-26", NULL, "day");
  assert_date ("The vote is this Tuesday.", "2016-09-21", "this Tuesday", "2016-09-20", NULL, "day");
  assert_date ("The vote is this Thursday.", "2016-09-21", "this Thursday", "2016-09-22", NULL, "day");
  assert_date ("Kerry, who will go to Geneva, said on Monday that it failed.", FRIDAY, "on Monday", "2016-09-19", NULL, "day");
  /* A past verb after the weekday does not make it future */
  assert_date ("On Tuesday, he said aid will come.", FRIDAY, "On Tuesday", "2016-09-20", NULL, "day");
}

static void
test_dates_relative (void)
{
  assert_date ("It is like doomsday today in Aleppo.", FRIDAY, "today", "2016-09-23", NULL, "day");
  assert_date ("Shelling resumed yesterday.", FRIDAY, "yesterday", "2016-09-22", NULL, "day");
  assert_date ("Shelling resumed two days ago.", FRIDAY, "two days ago", "2016-09-21", NULL, "day");
  assert_date ("Raids went on last night.", FRIDAY, "last night", "2016-09-22", NULL, "day");
  assert_date ("A cease-fire ended this week.", FRIDAY, "this week", "2016-09-19", "2016-09-23", "days");
  assert_date ("A cease-fire ended last week.", FRIDAY, "last week", "2016-09-12", "2016-09-18", "days");
  assert_date ("A truce collapsed last month.", FRIDAY, "last month", "2016-08-01", NULL, "month");
  assert_date ("A truce collapsed last month.", "2016-01-10", "last month", "2015-12-01", NULL, "month");
  assert_date ("Strikes doubled this month.", FRIDAY, "this month", "2016-09-01", NULL, "month");
}

static void
test_dates_explicit (void)
{
  assert_date ("The offensive, announced on 22 September, went on.", "2016-10-02", "on 22 September", "2016-09-22", NULL, "day");
  assert_date ("It began September 22 in the north.", "2016-10-02", "September 22", "2016-09-22", NULL, "day");
  assert_date ("The truce took effect on Sept. 12 as agreed.", FRIDAY, "on Sept. 12", "2016-09-12", NULL, "day");
  assert_date ("It was signed 12 Sept in Geneva.", FRIDAY, "12 Sept", "2016-09-12", NULL, "day");
  assert_date ("Homs on Sept. 19, 2016. (AFP)", FRIDAY, "on Sept. 19, 2016", "2016-09-19", NULL, "day");
  assert_date ("Since 22 September 2015 the raids went on.", FRIDAY, "Since 22 September 2015", "2015-09-22", "2016-09-23", "days");
  /* Without a year: the latest such date not after publication, unless the verb is future */
  assert_date ("The siege began on 30 September.", FRIDAY, "on 30 September", "2015-09-30", NULL, "day");
  assert_date ("The envoy will report on 30 September.", FRIDAY, "on 30 September", "2016-09-30", NULL, "day");
  assert_date ("Rebels advanced in October.", FRIDAY, "October", "2015-10-01", NULL, "month");
  assert_date ("Rebels advanced in September.", FRIDAY, "September", "2016-09-01", NULL, "month");
  assert_date ("Rebels advanced in July 2016.", FRIDAY, "July 2016", "2016-07-01", NULL, "month");
  assert_date ("May God help them. In May, rebels advanced.", FRIDAY, "May", "2016-05-01", NULL, "month");
  assert_date ("Logged 2016-09-10 by the monitor.", FRIDAY, "2016-09-10", "2016-09-10", NULL, "day");
  assert_date ("It hit on September 22nd.", FRIDAY, "on September 22nd", "2016-09-22", NULL, "day");
  assert_date ("It hit on the 3rd of September.", FRIDAY, "3rd of September", "2016-09-03", NULL, "day");
  assert_date ("Talks began on Friday, September 16.", FRIDAY, "on Friday, September 16", "2016-09-16", NULL, "day");
}

static void
test_dates_spans (void)
{
  assert_date ("Raids between 1 and 3 September killed many.", FRIDAY, "between 1 and 3 September", "2016-09-01", "2016-09-03", "days");
  assert_date ("Raids on 19-21 September.", FRIDAY, "on 19-21 September", "2016-09-19", "2016-09-21", "days");
  assert_date ("Encircled since 20 September, the east starves.", FRIDAY, "since 20 September", "2016-09-20", "2016-09-23", "days");
  assert_date ("Shelled since Monday, the east starves.", FRIDAY, "since Monday", "2016-09-19", "2016-09-23", "days");
}

static void
test_dates_not_dates (void)
{
  g_autoptr(GPtrArray) suggestions = suggest ("You may go. May God help. The March offensive. A 5-year-long war. "
                                              "March on! 22 trucks. In 2012 it began.", FRIDAY);

  for (guint i = 0; i < suggestions->len; i++)
    g_test_message ("%s", ((AtlasSuggestion *) g_ptr_array_index (suggestions, i))->quote);
  g_assert_cmpuint (count_kind (suggestions, ATLAS_SUGGESTION_DATE), ==, 0);
}

/* Casualty figures */

static void
test_casualties_numbers (void)
{
  assert_figure ("Five people were killed.", FALSE, 5, 5, "people", NULL);
  assert_figure ("Twenty-seven people were killed.", FALSE, 27, 27, "people", NULL);
  assert_figure ("twenty seven people died", FALSE, 27, 27, "people", NULL);
  assert_figure ("One hundred and twenty people were killed.", FALSE, 120, 120, "people", NULL);
  assert_figure ("Three thousand people were killed.", FALSE, 3000, 3000, "people", NULL);
  assert_figure ("1,200 people were killed.", FALSE, 1200, 1200, "people", NULL);
  assert_figure ("The raid left 12 dead.", FALSE, 12, 12, "people", NULL);
  assert_figure ("Nine were killed.", FALSE, 9, 9, "people", NULL);
  assert_figure ("Eleven people lost their lives.", FALSE, 11, 11, "people", NULL);
  assert_figure ("Shelling killed 14 people.", FALSE, 14, 14, "people", NULL);
  assert_figure ("The attack claimed the lives of 15 civilians.", FALSE, 15, 15, "civilians", NULL);
  /* The fighters killed, they were not killed */
  assert_figure ("About 50 fighters attacked and killed 12 soldiers.", FALSE, 12, 12, "military personnel", NULL);
  assert_figure ("The death toll rose to 40.", FALSE, 40, 40, "people", NULL);
  assert_figure ("Seven people were wounded.", TRUE, 7, 7, "people", NULL);
  assert_figure ("The blast injured 30 people.", TRUE, 30, 30, "people", NULL);
  assert_figure ("Two people were hurt.", TRUE, 2, 2, "people", NULL);
  assert_figure ("The raid wounded dozens more.", TRUE, 12, -1, "people", "dozens");
  assert_figure ("Two children were among the dead.", FALSE, 2, 2, "children", NULL);
  assert_figure ("Raids hit the city. 27 people were killed.", FALSE, 27, 27, "people", NULL);
}

static void
test_casualties_qualifiers (void)
{
  assert_figure ("At least 27 people were killed.", FALSE, 27, -1, "people", "at least");
  assert_figure ("More than 30 people were killed.", FALSE, 31, -1, "people", "more than");
  assert_figure ("Over 30 people were killed.", FALSE, 31, -1, "people", "over");
  assert_figure ("Nearly 40 civilians were killed.", FALSE, 40, 40, "civilians", "nearly");
  assert_figure ("Almost 40 civilians were killed.", FALSE, 40, 40, "civilians", "almost");
  assert_figure ("About 20 people died.", FALSE, 20, 20, "people", "about");
  assert_figure ("Around 20 people died.", FALSE, 20, 20, "people", "around");
  assert_figure ("Up to 15 people were injured.", TRUE, 1, 15, "people", "up to");
  assert_figure ("Fewer than 10 people were injured.", TRUE, 1, 9, "people", "fewer than");
  assert_figure ("A dozen people were killed.", FALSE, 12, 12, "people", "a dozen");
  assert_figure ("More than a dozen people were killed.", FALSE, 13, -1, "people", "more than a dozen");
  assert_figure ("Dozens of people were killed.", FALSE, 12, -1, "people", "dozens");
  assert_figure ("Scores of civilians were killed.", FALSE, 20, -1, "civilians", "scores");
  assert_figure ("Hundreds of people were injured.", TRUE, 100, -1, "people", "hundreds");
  assert_figure ("Several children were killed.", FALSE, 3, -1, "children", "several");
  assert_figure ("Half a dozen children were killed.", FALSE, 6, 6, "children", "half a dozen");
  assert_figure ("A few rebels were killed.", FALSE, 2, -1, "opposition fighters", "a few");
}

static void
test_casualties_who (void)
{
  assert_figure ("Four civilians were killed.", FALSE, 4, 4, "civilians", NULL);
  assert_figure ("Four civilian residents were killed.", FALSE, 4, 4, "civilians", NULL);
  assert_figure ("Four children were killed.", FALSE, 4, 4, "children", NULL);
  assert_figure ("A child was killed.", FALSE, 1, 1, "children", NULL);
  assert_figure ("A 12-year-old boy was killed.", FALSE, 1, 1, "children", NULL);
  assert_figure ("Two 5-year-old girls were injured.", TRUE, 2, 2, "children", NULL);
  assert_figure ("Two doctors were killed.", FALSE, 2, 2, "medical workers", NULL);
  assert_figure ("Two nurses were killed.", FALSE, 2, 2, "medical workers", NULL);
  assert_figure ("Strikes killed four medical workers.", FALSE, 4, 4, "medical workers", NULL);
  assert_figure ("Three civil defence volunteers were killed.", FALSE, 3, 3, "rescue workers", NULL);
  assert_figure ("Three White Helmets were killed.", FALSE, 3, 3, "rescue workers", NULL);
  assert_figure ("Nine rebels were killed.", FALSE, 9, 9, "opposition fighters", NULL);
  assert_figure ("Nine opposition fighters were killed.", FALSE, 9, 9, "opposition fighters", NULL);
  assert_figure ("Nine pro-government fighters were killed.", FALSE, 9, 9, "government forces", NULL);
  assert_figure ("Six Syrian soldiers were killed.", FALSE, 6, 6, "government forces", NULL);
  assert_figure ("Six regime troops were killed.", FALSE, 6, 6, "government forces", NULL);
  assert_figure ("A Russian military trainer was killed.", FALSE, 1, 1, "military personnel", NULL);
  assert_figure ("Six soldiers were killed.", FALSE, 6, 6, "military personnel", NULL);
  assert_figure ("Twelve Syrians were killed.", FALSE, 12, 12, "people", NULL);
}

static void
test_casualties_lists (void)
{
  g_autoptr(GPtrArray) a = suggest ("A dozen people including four medical workers were reportedly killed.", FRIDAY);
  g_autoptr(GPtrArray) b = suggest ("The raid killed four medical workers and at least nine opposition fighters near Aleppo.", FRIDAY);
  g_autoptr(GPtrArray) c = suggest ("Strikes killed five civilians and wounded 12 others.", FRIDAY);
  g_autoptr(GPtrArray) d = suggest ("Strikes killed at least 25 civilians, including five children, and wounded dozens more.", FRIDAY);
  g_autoptr(GPtrArray) e = suggest ("The monitor said 12 rebels and 8 soldiers died.", FRIDAY);
  g_autoptr(GPtrArray) f = suggest ("At least 45 people, including 10 children, were killed.", FRIDAY);
  AtlasSuggestion *s;

  g_assert_cmpuint (count_kind (a, ATLAS_SUGGESTION_CASUALTY), ==, 2);
  s = find (a, ATLAS_SUGGESTION_CASUALTY, "A dozen people including four medical workers were reportedly killed");
  g_assert_true (s->min == 12 && s->max == 12 && s->has_max && !s->injured);
  s = find (a, ATLAS_SUGGESTION_CASUALTY, "four medical workers");
  g_assert_true (s->min == 4 && s->max == 4 && !s->injured);
  g_assert_cmpstr (s->who, ==, "medical workers");

  g_assert_cmpuint (count_kind (b, ATLAS_SUGGESTION_CASUALTY), ==, 2);
  s = find (b, ATLAS_SUGGESTION_CASUALTY, "at least nine opposition fighters");
  g_assert_true (s->min == 9 && !s->has_max && !s->injured);
  g_assert_cmpstr (s->who, ==, "opposition fighters");

  g_assert_cmpuint (count_kind (c, ATLAS_SUGGESTION_CASUALTY), ==, 2);
  g_assert_false (find (c, ATLAS_SUGGESTION_CASUALTY, "killed five civilians")->injured);
  g_assert_true (find (c, ATLAS_SUGGESTION_CASUALTY, "wounded 12 others")->injured);

  /* The children were killed: "and wounded" is the next clause's verb */
  g_assert_cmpuint (count_kind (d, ATLAS_SUGGESTION_CASUALTY), ==, 3);
  g_assert_false (find (d, ATLAS_SUGGESTION_CASUALTY, "five children")->injured);
  g_assert_true (find (d, ATLAS_SUGGESTION_CASUALTY, "wounded dozens more")->injured);

  g_assert_cmpuint (count_kind (e, ATLAS_SUGGESTION_CASUALTY), ==, 2);
  g_assert_cmpstr (find (e, ATLAS_SUGGESTION_CASUALTY, "12 rebels and 8 soldiers died")->who, ==, "opposition fighters");
  g_assert_cmpuint (find (e, ATLAS_SUGGESTION_CASUALTY, "8 soldiers died")->min, ==, 8);

  g_assert_cmpuint (count_kind (f, ATLAS_SUGGESTION_CASUALTY), ==, 2);
  g_assert_cmpuint (find (f, ATLAS_SUGGESTION_CASUALTY, "10 children")->min, ==, 10);
}

static void
test_casualties_not_casualties (void)
{
  assert_no_figure ("An estimated 250,000 residents are under siege.");
  assert_no_figure ("Some 250,000 people are besieged in the east, and 40 were trapped.");
  assert_no_figure ("More than 1,200 people including rebel fighters were bussed out.");
  assert_no_figure ("Some 300 people were evacuated on Thursday.");
  assert_no_figure ("18 U.N. aid trucks were destroyed near the city.");
  assert_no_figure ("Dozens of airstrikes hit the city and convoys of 30 trucks were hit.");
  assert_no_figure ("Russia flew 40 sorties a day.");
  assert_no_figure ("The 5-year-long war has killed hundreds of thousands.");
  assert_no_figure ("Fighting broke out in 2012 and killed people.");
  assert_no_figure ("Prices rose 20 percent and 20% of homes were killed off.");
  assert_no_figure ("Aid worth $5 million was killed off.");
  assert_no_figure ("The strike at 10:30 killed nobody.");
  assert_no_figure ("A truce on 22 September killed hope.");
  assert_no_figure ("Foreign ministers of 20 countries met.");
  assert_no_figure ("Three of his group's centers had been bombed.");
  assert_no_figure ("Four months of strikes killed the talks.");
  assert_no_figure ("0 people were killed and up to 0 injured.");
  /* Each of these is a casualty figure but for one rule */
  assert_no_figure ("Some 40 people were evacuated and the dead were buried.");
  assert_no_figure ("The uprising of 2011 died down.");
  assert_no_figure ("On September 12 died the truce.");
}

/* Text cut anywhere, or made of what the rules look for without what they expect after it:
 * no crash, no suggestion outside the text */
static void
test_truncated (void)
{
  const char *texts[] = {
    "", " ", "\n", "a", "an", "at least", "at least 5", "more than", "killed", "killing at least",
    "death toll", "death toll rose to", "Sept.", "Sept. 12", "22 Sept", "between 1 and", "between 1 and 3",
    "2016-", "2016-09-", "2016-09-31", "twenty-", "twenty-seven", "a dozen", "dozens of", "including",
    "since", "on", "last", "this", "next Monday's", "99999999999 people were killed",
    "4294967296 people were killed", "1,000,000,000,000 people died", "a 12-year-old", "12-year-old",
    "$", "5 -", "al-", "al-Sukkari's", "Aleppo\u2019", "\u0627\u0644", "حلب", "0 people were killed",
    "fewer than 1 person was killed", "up to 0 people were injured", "31 February", "on 31 September",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GPtrArray) suggestions = suggest (texts[i], FRIDAY);
      glong length = g_utf8_strlen (texts[i], -1);

      for (guint j = 0; j < suggestions->len; j++)
        {
          AtlasSuggestion *s = g_ptr_array_index (suggestions, j);
          g_autofree char *json = atlas_suggestion_to_json (s);

          g_test_message ("“%s”: %s", texts[i], json);
          g_assert_cmpuint (s->start, <, s->end);
          g_assert_cmpuint (s->end, <=, length);
          if (s->kind == ATLAS_SUGGESTION_CASUALTY && s->has_max)
            g_assert_cmpuint (s->min, <=, s->max);
        }
    }
}

/* The JSON line of each kind */
static void
test_json (void)
{
  g_autoptr(GPtrArray) suggestions = suggest ("At least 27 people were killed in “Aleppo” on Friday.", FRIDAY);
  const char *expected[] = {
    "{\"kind\":\"casualty\",\"start\":0,\"end\":30,\"quote\":\"At least 27 people were killed\","
      "\"killed\":{\"min\":27},\"who\":\"people\",\"qualifier\":\"at least\"}",
    "{\"kind\":\"place\",\"start\":35,\"end\":41,\"quote\":\"Aleppo\",\"place\":\"p-aleppo\"}",
    "{\"kind\":\"date\",\"start\":43,\"end\":52,\"quote\":\"on Friday\",\"date\":\"2016-09-23\",\"date_precision\":\"day\"}",
  };
  g_autoptr(GPtrArray) span = suggest ("Raids between 1 and 3 September.", FRIDAY);
  g_autofree char *span_json = atlas_suggestion_to_json (only (span, ATLAS_SUGGESTION_DATE));
  g_autoptr(GPtrArray) range = suggest ("Up to 15 people were injured.", FRIDAY);
  g_autofree char *range_json = atlas_suggestion_to_json (only (range, ATLAS_SUGGESTION_CASUALTY));

  g_assert_cmpuint (suggestions->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < suggestions->len; i++)
    {
      g_autofree char *json = atlas_suggestion_to_json (g_ptr_array_index (suggestions, i));
      g_assert_cmpstr (json, ==, expected[i]);
    }
  g_assert_cmpstr (span_json, ==, "{\"kind\":\"date\",\"start\":6,\"end\":31,\"quote\":\"between 1 and 3 September\","
                                  "\"date\":\"2016-09-01\",\"end_date\":\"2016-09-03\",\"date_precision\":\"days\"}");
  g_assert_cmpstr (range_json, ==, "{\"kind\":\"casualty\",\"start\":0,\"end\":28,\"quote\":\"Up to 15 people were injured\","
                                   "\"injured\":{\"min\":1,\"max\":15},\"who\":\"people\",\"qualifier\":\"up to\"}");
}

/* The five seeds */

typedef struct
{
  const char *file;
  const char *article;
} Seed;

static const Seed seeds[] = {
  { "000_dcfc1a31e43e6cae.txt", "a-unidentified-2016-09-23" },
  { "001_c55798b4f77f4814.txt", "a-huffpost-2016-02-04" },
  { "002_4adb4ef1b174e889.txt", "a-daily-sabah-2016-09-22" },
  { "003_e3364777b4b826c2.txt", "a-new-arab-2016-10-14" },
  { "004_4bdefc36e3e66ea9.txt", "a-new-arab-2016-10-02" },
};

static GPtrArray *
suggest_seed (guint   n,
              char  **out_text)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "seeds", seeds[n].file, NULL);
  g_autofree char *text = NULL;
  g_autofree char *published = NULL;
  AtlasArticle *article = atlas_kb_lookup_article (kb, seeds[n].article);
  GPtrArray *suggestions;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_nonnull (article);
  /* The seed is the article the KB quotes, and was published the day the KB says */
  g_assert_cmpstr (text, ==, atlas_article_get_text (article));
  published = atlas_date_format (atlas_article_get_published (article));
  suggestions = suggest (text, published);

  g_test_message ("%s (%s): %u places, %u dates, %u casualty figures", seeds[n].file, published,
                  count_kind (suggestions, ATLAS_SUGGESTION_PLACE), count_kind (suggestions, ATLAS_SUGGESTION_DATE),
                  count_kind (suggestions, ATLAS_SUGGESTION_CASUALTY));
  if (out_text)
    *out_text = g_steal_pointer (&text);
  return suggestions;
}

/* Every figure the KB gives with a number for a seed is suggested, inside the passage the KB
 * quotes, with the same count and who */
static void
test_seeds_figures (void)
{
  GListModel *casualties = atlas_kb_get_casualties (kb);
  guint n_checked = 0;

  for (guint n = 0; n < G_N_ELEMENTS (seeds); n++)
    {
      g_autoptr(GPtrArray) suggestions = suggest_seed (n, NULL);

      for (guint i = 0; i < g_list_model_get_n_items (casualties); i++)
        {
          g_autoptr(AtlasCasualty) casualty = g_list_model_get_item (casualties, i);
          const AtlasSource *source = atlas_casualty_get_source (casualty);
          const AtlasCount *killed = atlas_casualty_get_killed (casualty);
          gboolean found = FALSE;
          gboolean has_max;
          gint64 min, max;

          if (strcmp (atlas_article_get_id (source->article), seeds[n].article) != 0 || killed == NULL || !ATLAS_COUNT_IS_SET (killed))
            continue;
          min = killed->min;
          max = killed->max;
          has_max = max >= 0;

          for (guint j = 0; j < suggestions->len && !found; j++)
            {
              AtlasSuggestion *s = g_ptr_array_index (suggestions, j);

              found = s->kind == ATLAS_SUGGESTION_CASUALTY && s->start >= source->start && s->end <= source->end &&
                      !s->injured && s->min == min && s->has_max == has_max && (!has_max || s->max == max) &&
                      strcmp (s->who, atlas_casualty_get_who (casualty)) == 0;
            }
          g_test_message ("%s: %s", atlas_casualty_get_id (casualty), found ? "suggested" : "missed");
          g_assert_true (found);
          n_checked++;
        }
    }

  g_assert_cmpuint (n_checked, ==, 7);
}

/* What is true in the seeds' text */
static void
test_seeds_text (void)
{
  g_autoptr(GPtrArray) s0 = suggest_seed (0, NULL);
  g_autoptr(GPtrArray) s1 = suggest_seed (1, NULL);
  g_autoptr(GPtrArray) s2 = suggest_seed (2, NULL);
  g_autoptr(GPtrArray) s3 = suggest_seed (3, NULL);
  g_autoptr(GPtrArray) s4 = suggest_seed (4, NULL);
  g_autofree char *d = NULL;

  /* Published on Friday 23 September 2016 */
  d = atlas_date_format (find (s0, ATLAS_SUGGESTION_DATE, "Thursday night")->date);
  g_assert_cmpstr (d, ==, "2016-09-22");
  g_assert_cmpstr (find (s0, ATLAS_SUGGESTION_PLACE, "Marja")->place, ==, "p-al-marjeh");
  g_assert_cmpstr (find (s0, ATLAS_SUGGESTION_PLACE, "al-Dakkak hospital")->place, ==, "p-al-dakkak-hospital");

  /* "the 5-year-long war", "in two years", "3-1/2 years", "50 km", "two villages" */
  g_assert_cmpuint (count_kind (s1, ATLAS_SUGGESTION_CASUALTY), ==, 1);
  g_assert_cmpstr (find (s1, ATLAS_SUGGESTION_PLACE, "Nubul")->place, ==, "p-nubl");

  /* "18 U.N. aid trucks were destroyed", "Foreign ministers of 20 countries" */
  g_assert_cmpuint (count_kind (s2, ATLAS_SUGGESTION_CASUALTY), ==, 7);
  g_assert_cmpstr (find (s2, ATLAS_SUGGESTION_PLACE, "northern Hama district")->place, ==, "p-northern-hama");
  g_clear_pointer (&d, g_free);
  d = atlas_date_format (find (s2, ATLAS_SUGGESTION_DATE, "Tuesday night")->date);
  g_assert_cmpstr (d, ==, "2016-09-20");

  /* Published on Friday 14 October 2016: the meetings to come; "250,000 residents that are
   * currently under siege" and "1,200 people … were bussed out" are not casualties */
  g_assert_cmpuint (count_kind (s3, ATLAS_SUGGESTION_CASUALTY), ==, 0);
  g_clear_pointer (&d, g_free);
  d = atlas_date_format (find (s3, ATLAS_SUGGESTION_DATE, "on Saturday")->date);
  g_assert_cmpstr (d, ==, "2016-10-15");
  g_clear_pointer (&d, g_free);
  d = atlas_date_format (find (s3, ATLAS_SUGGESTION_DATE, "on Sunday")->date);
  g_assert_cmpstr (d, ==, "2016-10-16");
  g_assert_cmpstr (find (s3, ATLAS_SUGGESTION_PLACE, "Tariq al-Bab")->place, ==, "p-tariq-al-bab");

  /* "an estimated 250,000 people live under government siege" */
  g_assert_cmpuint (count_kind (s4, ATLAS_SUGGESTION_CASUALTY), ==, 1);
  g_assert_cmpstr (find (s4, ATLAS_SUGGESTION_PLACE, "Sakhur")->place, ==, "p-as-sakhour");
  g_assert_cmpstr (find (s4, ATLAS_SUGGESTION_PLACE, "al-Halaq")->place, ==, "p-trab-al-hellok");
  g_clear_pointer (&d, g_free);
  d = atlas_date_format (find (s4, ATLAS_SUGGESTION_DATE, "last month")->date);
  g_assert_cmpstr (d, ==, "2016-09-01");
  g_assert_cmpstr (find (s4, ATLAS_SUGGESTION_DATE, "last month")->date_precision, ==, "month");
}

/* atlas_suggest_run(): the lines on stdout, and errors with their status */
static void
test_run (void)
{
  g_autofree char *seed = g_test_build_filename (G_TEST_DIST, "data", "seeds", seeds[4].file, NULL);
  g_autofree char *kb_path = g_test_build_filename (G_TEST_DIST, "..", "data", "aleppo-2016.json", NULL);
  g_autofree char *bad_kb = g_test_build_filename (G_TEST_DIST, "data", "bad", "duplicate-member.json", NULL);

  /* GLib 2.74 cannot give a trapped subprocess's exit status: the run prints it last */
  if (g_test_subprocess ())
    {
      const char *mode = g_getenv ("SUGGEST_MODE");
      int status;

      if (g_strcmp0 (mode, "ok") == 0)
        status = atlas_suggest_run (seed, "2016-10-02", kb_path);
      else if (g_strcmp0 (mode, "no-date") == 0)
        status = atlas_suggest_run (seed, NULL, kb_path);
      else if (g_strcmp0 (mode, "bad-date") == 0)
        status = atlas_suggest_run (seed, "2016-02-30", kb_path);
      else if (g_strcmp0 (mode, "no-file") == 0)
        status = atlas_suggest_run ("/nonexistent/article.txt", "2016-10-02", kb_path);
      else if (g_strcmp0 (mode, "bad-kb") == 0)
        status = atlas_suggest_run (seed, "2016-10-02", bad_kb);
      else
        g_assert_not_reached ();
      g_print ("status %d\n", status);
      return;
    }

  g_setenv ("SUGGEST_MODE", "ok", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("{\"kind\":\"place\",\"start\":25,\"end\":31,\"quote\":\"Aleppo\",\"place\":\"p-aleppo\"}\n*"
                             "{\"kind\":\"casualty\",*\"quote\":\"dozens of civilians killed\",\"killed\":{\"min\":12},"
                             "\"who\":\"civilians\",\"qualifier\":\"dozens\"}\n*status 0\n");
  g_test_trap_assert_stderr ("");

  g_setenv ("SUGGEST_MODE", "no-date", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_stdout ("status 2\n");
  g_test_trap_assert_stderr ("*--published YYYY-MM-DD*");

  g_setenv ("SUGGEST_MODE", "bad-date", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_stdout ("status 2\n");
  g_test_trap_assert_stderr ("*2016-02-30*YYYY-MM-DD*");

  g_setenv ("SUGGEST_MODE", "no-file", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_stdout ("status 1\n");
  g_test_trap_assert_stderr ("/nonexistent/article.txt: *");

  g_setenv ("SUGGEST_MODE", "bad-kb", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_stdout ("status 1\n");
  g_test_trap_assert_stderr ("*duplicate-member.json: *");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_bug_base ("https://github.com/aleppoatlas/aleppo-atlas/issues/");

  path = g_test_build_filename (G_TEST_DIST, "..", "data", "aleppo-2016.json", NULL);
  file = g_file_new_for_path (path);
  kb = atlas_kb_new_from_file (file, NULL, NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/suggest/places/variants", test_places_variants);
  g_test_add_func ("/suggest/places/longest", test_places_longest);
  g_test_add_func ("/suggest/places/arabic", test_places_arabic);
  g_test_add_func ("/suggest/places/not-words", test_places_not_words);
  g_test_add_func ("/suggest/places/find", test_places_find);
  g_test_add_func ("/suggest/offsets", test_offsets);
  g_test_add_func ("/suggest/dates/weekdays", test_dates_weekdays);
  g_test_add_func ("/suggest/dates/relative", test_dates_relative);
  g_test_add_func ("/suggest/dates/explicit", test_dates_explicit);
  g_test_add_func ("/suggest/dates/spans", test_dates_spans);
  g_test_add_func ("/suggest/dates/not-dates", test_dates_not_dates);
  g_test_add_func ("/suggest/casualties/numbers", test_casualties_numbers);
  g_test_add_func ("/suggest/casualties/qualifiers", test_casualties_qualifiers);
  g_test_add_func ("/suggest/casualties/who", test_casualties_who);
  g_test_add_func ("/suggest/casualties/lists", test_casualties_lists);
  g_test_add_func ("/suggest/casualties/not-casualties", test_casualties_not_casualties);
  g_test_add_func ("/suggest/truncated", test_truncated);
  g_test_add_func ("/suggest/json", test_json);
  g_test_add_func ("/suggest/seeds/figures", test_seeds_figures);
  g_test_add_func ("/suggest/seeds/text", test_seeds_text);
  g_test_add_func ("/suggest/run", test_run);

  status = g_test_run ();
  g_clear_object (&kb);
  return status;
}

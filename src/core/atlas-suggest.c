/* atlas-suggest.c: suggestions of places, dates and casualty figures from an article's text
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-suggest"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "atlas-suggest-private.h"

/* The largest article --suggest reads: far more than any news report */
#define MAX_ARTICLE_BYTES (16 * 1024 * 1024)

/* Abbreviations whose full stop does not end a sentence */
static const char * const abbreviations[] = {
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "no", "vs", "km", NULL
};

static void
word_free (gpointer data)
{
  AtlasSuggestWord *word = data;

  g_free (word->text);
  g_free (word->lower);
  g_free (word);
}

static gboolean
is_apostrophe (gunichar ch)
{
  return ch == '\'' || ch == 0x2019 || ch == 0x02BC;
}

static guint
byte_at (AtlasSuggestContext *ctx,
         guint                position)
{
  return g_array_index (ctx->offsets, guint, position);
}

static char *
dup_span (AtlasSuggestContext *ctx,
          guint                start,
          guint                end)
{
  guint from = byte_at (ctx, start);

  return g_strndup (ctx->text + from, byte_at (ctx, end) - from);
}

static gunichar
char_at (AtlasSuggestContext *ctx,
         guint                position)
{
  if (position + 1 >= ctx->offsets->len)
    return 0;
  return g_utf8_get_char (ctx->text + byte_at (ctx, position));
}

static void
push_word (AtlasSuggestContext *ctx,
           guint                start,
           guint                end,
           gboolean             is_word)
{
  AtlasSuggestWord *word = g_new0 (AtlasSuggestWord, 1);
  gunichar first = char_at (ctx, start);

  word->text = dup_span (ctx, start, end);
  word->lower = g_utf8_strdown (word->text, -1);
  word->start = start;
  word->end = end;
  word->is_word = is_word;
  word->capitalised = g_unichar_isupper (first);
  word->is_digits = is_word && g_unichar_isdigit (first);
  for (const char *p = word->text; word->is_digits && *p; p++)
    word->is_digits = g_ascii_isdigit (*p) || *p == ',';
  g_ptr_array_add (ctx->words, word);
}

/* A full stop ends a sentence unless it follows an abbreviation or a lone letter ("U.S.") */
static gboolean
ends_sentence (AtlasSuggestContext *ctx,
               gunichar             ch)
{
  AtlasSuggestWord *previous;

  if (ch == '!' || ch == '?' || ch == ';' || ch == '\n')
    return TRUE;
  if (ch != '.')
    return FALSE;
  if (ctx->words->len == 0)
    return TRUE;
  previous = g_ptr_array_index (ctx->words, ctx->words->len - 1);
  return !(previous->is_word &&
           (g_utf8_strlen (previous->lower, -1) == 1 ||
            g_strv_contains (abbreviations, previous->lower)));
}

static void
tokenize (AtlasSuggestContext *ctx)
{
  guint n = ctx->offsets->len - 1;
  guint i = 0;

  while (i < n)
    {
      gunichar ch = char_at (ctx, i);

      if (g_unichar_isalnum (ch))
        {
          guint end = i + 1;

          for (;;)
            {
              gunichar c = char_at (ctx, end);

              if (end < n && g_unichar_isalnum (c))
                end++;
              /* "Aleppo's", "Shi'ite" */
              else if (is_apostrophe (c) && g_unichar_isalpha (char_at (ctx, end + 1)) &&
                       g_unichar_isalpha (char_at (ctx, end - 1)))
                end++;
              /* "1,200", "250,000" */
              else if (c == ',' && g_unichar_isdigit (char_at (ctx, end - 1)) &&
                       g_unichar_isdigit (char_at (ctx, end + 1)) &&
                       g_unichar_isdigit (char_at (ctx, end + 2)) &&
                       g_unichar_isdigit (char_at (ctx, end + 3)) &&
                       !g_unichar_isdigit (char_at (ctx, end + 4)))
                end++;
              else
                break;
            }
          push_word (ctx, i, end, TRUE);
          i = end;
        }
      else if (g_unichar_isspace (ch) && ch != '\n')
        i++;
      else
        {
          gboolean sentence_end = ends_sentence (ctx, ch);

          push_word (ctx, i, i + 1, FALSE);
          _atlas_suggest_word (ctx, ctx->words->len - 1)->sentence_end = sentence_end;
          i++;
        }
    }
}

AtlasSuggestWord *
_atlas_suggest_word (AtlasSuggestContext *ctx,
                     guint                i)
{
  if (i >= ctx->words->len)
    return NULL;
  return g_ptr_array_index (ctx->words, i);
}

gboolean
_atlas_suggest_word_is (AtlasSuggestContext *ctx,
                        guint                i,
                        const char          *lower)
{
  AtlasSuggestWord *word = _atlas_suggest_word (ctx, i);

  return word != NULL && strcmp (word->lower, lower) == 0;
}

gboolean
_atlas_suggest_word_in (AtlasSuggestContext *ctx,
                        guint                i,
                        const char * const  *set)
{
  AtlasSuggestWord *word = _atlas_suggest_word (ctx, i);

  return word != NULL && word->is_word && g_strv_contains (set, word->lower);
}

AtlasSuggestion *
_atlas_suggest_add (AtlasSuggestContext *ctx,
                    AtlasSuggestionKind  kind,
                    guint                start,
                    guint                end)
{
  AtlasSuggestion *suggestion = g_new0 (AtlasSuggestion, 1);

  g_assert (start < end && end < ctx->offsets->len);

  suggestion->kind = kind;
  suggestion->start = start;
  suggestion->end = end;
  suggestion->quote = dup_span (ctx, start, end);
  g_ptr_array_add (ctx->results, suggestion);

  return suggestion;
}

static int
compare_suggestions (gconstpointer a,
                     gconstpointer b)
{
  const AtlasSuggestion *x = *(const AtlasSuggestion **) a;
  const AtlasSuggestion *y = *(const AtlasSuggestion **) b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->kind != y->kind)
    return x->kind < y->kind ? -1 : 1;
  return x->end < y->end ? -1 : x->end > y->end;
}

/**
 * atlas_suggestion_free:
 * @suggestion: (transfer full): a suggestion
 */
void
atlas_suggestion_free (AtlasSuggestion *suggestion)
{
  if (suggestion == NULL)
    return;

  g_free (suggestion->quote);
  g_free (suggestion->place);
  g_free (suggestion->qualifier);
  g_free (suggestion);
}

/**
 * atlas_suggest:
 * @text: an article's text, UTF-8
 * @published: the article's publication date, against which relative dates are resolved
 * @kb: (nullable): the KB whose places are looked for; without one, no place is suggested
 *
 * Finds, by rules and offline, what an editor would enter in the KB from @text: the places the
 * KB knows, the dates the text gives (resolved as HeidelTime resolves news dates), and casualty
 * figures (issue 9).
 *
 * Returns: (transfer full) (element-type AtlasSuggestion): the suggestions, by start
 */
GPtrArray *
atlas_suggest (const char *text,
               AtlasDate   published,
               AtlasKb    *kb)
{
  AtlasSuggestContext ctx = { 0 };
  guint position = 0;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), NULL);
  g_return_val_if_fail (published != ATLAS_DATE_NONE, NULL);
  g_return_val_if_fail (kb == NULL || ATLAS_IS_KB (kb), NULL);

  ctx.text = text;
  ctx.published = published;
  ctx.offsets = g_array_new (FALSE, FALSE, sizeof (guint));
  ctx.words = g_ptr_array_new_with_free_func (word_free);
  ctx.results = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_suggestion_free);

  for (const char *p = text; *p; p = g_utf8_next_char (p), position++)
    {
      guint offset = p - text;
      g_array_append_val (ctx.offsets, offset);
    }
  position = strlen (text);
  g_array_append_val (ctx.offsets, position);

  tokenize (&ctx);

  if (kb != NULL)
    _atlas_suggest_places (&ctx, kb);
  _atlas_suggest_dates (&ctx);
  _atlas_suggest_casualties (&ctx);

  g_ptr_array_sort (ctx.results, compare_suggestions);

  g_array_unref (ctx.offsets);
  g_ptr_array_unref (ctx.words);

  return ctx.results;
}

/**
 * atlas_suggest_find_places:
 * @kb: the KB whose places are looked for
 * @text: a few words, such as those selected in a report
 *
 * The KB's places that @text names, found by the rules of atlas_suggest() (both scripts,
 * aliases, transliteration variants): for linking a place the user points at in a report to
 * a fact, never a place made up from the words.
 *
 * Returns: (transfer container) (element-type AtlasPlace): the places, each once, in the
 *   order @text names them; empty when it names none
 */
GPtrArray *
atlas_suggest_find_places (AtlasKb    *kb,
                           const char *text)
{
  AtlasSuggestContext ctx = { 0 };
  GPtrArray *places;
  guint position;

  g_return_val_if_fail (ATLAS_IS_KB (kb), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), NULL);

  ctx.text = text;
  ctx.offsets = g_array_new (FALSE, FALSE, sizeof (guint));
  ctx.results = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_suggestion_free);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      position = p - text;
      g_array_append_val (ctx.offsets, position);
    }
  position = strlen (text);
  g_array_append_val (ctx.offsets, position);

  _atlas_suggest_places (&ctx, kb);

  places = g_ptr_array_new ();
  for (guint i = 0; i < ctx.results->len; i++)
    {
      AtlasSuggestion *suggestion = g_ptr_array_index (ctx.results, i);
      AtlasPlace *place = atlas_kb_lookup_place (kb, suggestion->place);

      if (place && !g_ptr_array_find (places, place, NULL))
        g_ptr_array_add (places, place);
    }

  g_array_unref (ctx.offsets);
  g_ptr_array_unref (ctx.results);
  return places;
}

static void
add_count (JsonBuilder           *builder,
           const AtlasSuggestion *suggestion)
{
  json_builder_set_member_name (builder, suggestion->injured ? "injured" : "killed");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "min");
  json_builder_add_int_value (builder, suggestion->min);
  if (suggestion->has_max)
    {
      json_builder_set_member_name (builder, "max");
      json_builder_add_int_value (builder, suggestion->max);
    }
  json_builder_end_object (builder);
}

static void
add_date (JsonBuilder *builder,
          const char  *name,
          AtlasDate    date)
{
  g_autofree char *text = atlas_date_format (date);

  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, text);
}

/**
 * atlas_suggestion_to_json:
 * @suggestion: a suggestion
 *
 * Returns: (transfer full): @suggestion as one line of compact JSON, without a line break:
 *   `kind`, `start`, `end`, `quote`, then the proposed value
 */
char *
atlas_suggestion_to_json (const AtlasSuggestion *suggestion)
{
  static const char * const kinds[] = { "place", "date", "casualty" };
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (suggestion != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, kinds[suggestion->kind]);
  json_builder_set_member_name (builder, "start");
  json_builder_add_int_value (builder, suggestion->start);
  json_builder_set_member_name (builder, "end");
  json_builder_add_int_value (builder, suggestion->end);
  json_builder_set_member_name (builder, "quote");
  json_builder_add_string_value (builder, suggestion->quote);

  switch (suggestion->kind)
    {
    case ATLAS_SUGGESTION_PLACE:
      json_builder_set_member_name (builder, "place");
      json_builder_add_string_value (builder, suggestion->place);
      break;

    case ATLAS_SUGGESTION_DATE:
      add_date (builder, "date", suggestion->date);
      if (suggestion->end_date != ATLAS_DATE_NONE)
        add_date (builder, "end_date", suggestion->end_date);
      json_builder_set_member_name (builder, "date_precision");
      json_builder_add_string_value (builder, suggestion->date_precision);
      break;

    case ATLAS_SUGGESTION_CASUALTY:
      add_count (builder, suggestion);
      json_builder_set_member_name (builder, "who");
      json_builder_add_string_value (builder, suggestion->who);
      if (suggestion->qualifier != NULL)
        {
          json_builder_set_member_name (builder, "qualifier");
          json_builder_add_string_value (builder, suggestion->qualifier);
        }
      break;

    default:
      g_assert_not_reached ();
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static AtlasKb *
load_kb (const char  *kb_path,
         GError     **error)
{
  g_autoptr(GFile) file = NULL;

  /* Without --kb, the KB the app embeds, when the program has it */
  if (kb_path == NULL)
    return atlas_kb_new_from_resource (RESOURCE_PREFIX "/kb/aleppo-2016.json", error);

  file = g_file_new_for_commandline_arg (kb_path);
  return atlas_kb_new_from_file (file, NULL, NULL, error);
}

/**
 * atlas_suggest_run:
 * @article_path: the article's text file, as the user named it
 * @published: (nullable): its publication date, as the user wrote it (`YYYY-MM-DD`)
 * @kb_path: (nullable): the KB whose places are looked for, or %NULL for the embedded one
 *
 * What `aleppo-atlas --suggest` does: prints the suggestions for the article to stdout as JSON,
 * one object a line, and problems to stderr. Needs no display.
 *
 * Returns: the exit status: 0, 1 when a file cannot be read, 2 when the command is misused
 */
int
atlas_suggest_run (const char *article_path,
                   const char *published,
                   const char *kb_path)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(AtlasKb) kb = NULL;
  g_autofree char *text = NULL;
  AtlasDate date;
  gsize length;

  g_return_val_if_fail (article_path != NULL, 2);

  if (published == NULL)
    {
      g_printerr ("%s\n", _("--suggest needs the article’s publication date: --published YYYY-MM-DD"));
      return 2;
    }
  if (!atlas_date_parse (published, &date))
    {
      g_printerr (_("--published: “%s” is not a date; expected YYYY-MM-DD, such as 2016-09-23\n"), published);
      return 2;
    }

  file = g_file_new_for_commandline_arg (article_path);
  if (!g_file_load_contents (file, NULL, &text, &length, NULL, &error))
    {
      g_printerr (_("%s: cannot read the article: %s\n"), article_path, error->message);
      return 1;
    }
  if (length > MAX_ARTICLE_BYTES || strlen (text) != length || !g_utf8_validate (text, length, NULL))
    {
      g_printerr (_("%s: not an article: expected UTF-8 text of at most 16 MB\n"), article_path);
      return 1;
    }

  if (!(kb = load_kb (kb_path, &error)))
    {
      g_printerr (_("%s: cannot load the knowledge base: %s\n"),
                  kb_path ? kb_path : _("embedded knowledge base"), error->message);
      return 1;
    }

  suggestions = atlas_suggest (text, date, kb);
  for (guint i = 0; i < suggestions->len; i++)
    {
      g_autofree char *line = atlas_suggestion_to_json (g_ptr_array_index (suggestions, i));

      fputs (line, stdout);
      fputc ('\n', stdout);
    }
  fflush (stdout);

  return 0;
}

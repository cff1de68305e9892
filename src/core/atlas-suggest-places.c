/* atlas-suggest-places.c: the KB's places named in an article
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-suggest-places"

#include "config.h"

#include <string.h>

#include "atlas-search-text.h"
#include "atlas-suggest-private.h"

/* Names shorter than this, in letters, are not looked for: too likely to be a word */
#define MIN_NAME_LETTERS 3

/* One name of a place, as the search compares it: its words' transliteration keys, the Arabic
 * article left out ("al-Sukkari", "as-Sukkari" and "Sukkari" are all [skari]) */
typedef struct
{
  const char  *place;
  GStrv        words;
  GStrv        keys;
  guint        n_keys;
  gboolean    *capitalised;  /* per key: whether the name writes the word with a capital */
} Name;

static void
name_free (gpointer data)
{
  Name *name = data;

  g_strfreev (name->words);
  g_strfreev (name->keys);
  g_free (name->capitalised);
  g_free (name);
}

static void
add_name (GHashTable *by_first_key,
          GHashTable *seen,
          const char *place,
          const char *text)
{
  g_autoptr(GArray) tokens = NULL;
  g_autoptr(GStrvBuilder) keys = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) words = g_strv_builder_new ();
  g_autoptr(GArray) capitalised = g_array_new (FALSE, FALSE, sizeof (gboolean));
  g_autoptr(GString) joined = g_string_new (NULL);
  GPtrArray *names;
  Name *name;
  guint letters = 0;

  if (text == NULL)
    return;

  tokens = atlas_search_tokenize (text);
  for (guint i = 0; i < tokens->len; i++)
    {
      AtlasSearchToken *token = &g_array_index (tokens, AtlasSearchToken, i);
      gboolean upper;

      if (token->is_article)
        continue;
      upper = g_unichar_isupper (g_utf8_get_char (g_utf8_offset_to_pointer (text, token->start)));
      g_strv_builder_add (keys, token->key);
      g_strv_builder_add (words, token->word);
      g_array_append_val (capitalised, upper);
      g_string_append_printf (joined, "%s ", token->word);
      letters += g_utf8_strlen (token->word, -1);
    }

  /* A lone article, a tiny word, or a spelling already given by a name listed before it */
  if (capitalised->len == 0 || letters < MIN_NAME_LETTERS || g_hash_table_contains (seen, joined->str))
    return;
  g_hash_table_add (seen, g_strdup (joined->str));

  name = g_new0 (Name, 1);
  name->place = place;
  name->keys = g_strv_builder_end (keys);
  name->words = g_strv_builder_end (words);
  name->n_keys = capitalised->len;
  name->capitalised = (gboolean *) g_array_free (g_steal_pointer (&capitalised), FALSE);

  if (!(names = g_hash_table_lookup (by_first_key, name->keys[0])))
    {
      names = g_ptr_array_new_with_free_func (name_free);
      g_hash_table_insert (by_first_key, g_strdup (name->keys[0]), names);
    }
  g_ptr_array_add (names, name);
}

/* Only white space, hyphens and articles between two words of one name: not "Hama, Aleppo" */
static gboolean
joins_words (AtlasSuggestContext *ctx,
             guint                from,
             guint                to)
{
  if (to < from || to - from > 8)
    return FALSE;

  for (guint i = from; i < to; i++)
    {
      gunichar ch = g_utf8_get_char (ctx->text + g_array_index (ctx->offsets, guint, i));

      if (ch == '\n' || !(g_unichar_isspace (ch) || ch == '-' || ch == 0x2010 || ch == 0x2011 ||
                          g_unichar_isalpha (ch) || ch == '\'' || ch == 0x2019 || ch == 0x2018))
        return FALSE;
    }

  return TRUE;
}

static gboolean
is_quote_mark (AtlasSuggestContext *ctx,
               guint                position)
{
  gunichar ch = g_utf8_get_char (ctx->text + g_array_index (ctx->offsets, guint, position));

  return ch == '\'' || ch == 0x2019 || ch == 0x2018 || ch == '`' || ch == 0x00B4;
}

static gboolean
key_matches (const char *text_key,
             const char *name_key,
             gboolean    last)
{
  gsize length = strlen (name_key);

  if (strcmp (text_key, name_key) == 0)
    return TRUE;

  /* The possessive, whose apostrophe the search joins to the word: "Aleppo's", "Aleppo’s" */
  return last && strncmp (text_key, name_key, length) == 0 && strcmp (text_key + length, "s") == 0;
}

/* How many of the text's words, from content word @k, @name matches; 0 if it does not. Of
 * these, @exact counts the words spelt as the name spells them. */
static guint
match_name (AtlasSuggestContext *ctx,
            GArray              *tokens,
            GArray              *content,
            guint                k,
            const Name          *name,
            guint               *exact)
{
  *exact = 0;
  if (k + name->n_keys > content->len)
    return 0;

  for (guint j = 0; j < name->n_keys; j++)
    {
      guint index = g_array_index (content, guint, k + j);
      AtlasSearchToken *token = &g_array_index (tokens, AtlasSearchToken, index);
      gunichar first = g_utf8_get_char (ctx->text + g_array_index (ctx->offsets, guint, token->start));

      if (!key_matches (token->key, name->keys[j], j + 1 == name->n_keys))
        return 0;
      if (strcmp (token->word, name->words[j]) == 0)
        *exact += 1;
      if (name->capitalised[j] && !g_unichar_isupper (first))
        return 0;
      if (j > 0)
        {
          AtlasSearchToken *previous =
            &g_array_index (tokens, AtlasSearchToken, g_array_index (content, guint, k + j - 1));

          if (!joins_words (ctx, previous->end, token->start))
            return 0;
        }
    }

  return name->n_keys;
}

static const Name *
longest_name_at (AtlasSuggestContext *ctx,
                 GHashTable          *by_first_key,
                 GArray              *tokens,
                 GArray              *content,
                 guint                k)
{
  AtlasSearchToken *token = &g_array_index (tokens, AtlasSearchToken, g_array_index (content, guint, k));
  g_autofree char *stem = NULL;
  const char *keys[2] = { token->key, NULL };
  const Name *best = NULL;
  guint best_exact = 0;
  gsize length = strlen (token->key);

  /* A one-word name in the possessive is found under the key without its "s" */
  if (length > 1 && token->key[length - 1] == 's')
    keys[1] = stem = g_strndup (token->key, length - 1);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GPtrArray *names = keys[i] ? g_hash_table_lookup (by_first_key, keys[i]) : NULL;

      for (guint j = 0; names && j < names->len; j++)
        {
          const Name *name = g_ptr_array_index (names, j);
          guint exact;

          /* The most words; then the spelling closest to the text's: "Hama" is Hama, not
           * al-Hamah, although both are [hama]; then the name listed first */
          if (match_name (ctx, tokens, content, k, name, &exact) &&
              (best == NULL || name->n_keys > best->n_keys ||
               (name->n_keys == best->n_keys && exact > best_exact)))
            {
              best = name;
              best_exact = exact;
            }
        }
    }

  return best;
}

/* Where a match starts: with the article joined to its first word by a hyphen ("al-Dakkak"),
 * or "al"/"el" before it ("Al Bab"); not the English "an" of "an Aleppo activist" */
static guint
match_start (AtlasSuggestContext *ctx,
             GArray              *tokens,
             guint                index)
{
  AtlasSearchToken *token = &g_array_index (tokens, AtlasSearchToken, index);
  AtlasSearchToken *previous;

  if (index == 0)
    return token->start;

  previous = &g_array_index (tokens, AtlasSearchToken, index - 1);
  if (previous->is_article && token->start - previous->end == 1 && joins_words (ctx, previous->end, token->start))
    {
      gunichar gap = g_utf8_get_char (ctx->text + g_array_index (ctx->offsets, guint, previous->end));

      if (gap != ' ' || g_str_equal (previous->word, "al") || g_str_equal (previous->word, "el"))
        return previous->start;
    }

  return token->start;
}

/* Arabic joins "and", "in", "to", "so" and "like" to the next word: "وحلب", "بحلب", "والسكري".
 * A word that is no name's first word, but is one without its first letter (and then without
 * the article), is read as that name, starting one letter later. */
static void
strip_proclitic (AtlasSearchToken *token,
                 GHashTable       *by_first_key)
{
  static const gunichar proclitics[] = { 0x0648, 0x0628, 0x0644, 0x0641, 0x0643 };  /* و ب ل ف ك */
  gunichar first = g_utf8_get_char (token->word);
  const char *rest = g_utf8_next_char (token->word);
  gboolean is_proclitic = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (proclitics); i++)
    is_proclitic = is_proclitic || first == proclitics[i];
  if (!is_proclitic || g_utf8_strlen (rest, -1) < 2 || g_hash_table_contains (by_first_key, token->key))
    return;

  if (g_str_has_prefix (rest, "ال") && g_utf8_strlen (rest, -1) > 3)
    rest += strlen ("ال");
  if (!g_hash_table_contains (by_first_key, rest))
    return;

  {
    char *word = g_strdup (rest);

    g_free (token->word);
    g_free (token->key);
    token->word = word;
    token->key = atlas_search_text_key (word);
    token->start += 1;
  }
}

/*
 * Every name, Arabic name and alias of the KB's places, matched as the search matches them
 * (atlas-search-text.h): case, accents, hyphens, apostrophes, the Arabic article and Latin
 * transliteration variants do not matter. A word the name capitalises must be capitalised in
 * the text too, so "youth housing" is not the place "Youth Housing". At each word the longest
 * name wins and matches never overlap. Where two places share a spelling, a place's name wins
 * over another's alias, then the place listed first.
 */
void
_atlas_suggest_places (AtlasSuggestContext *ctx,
                       AtlasKb             *kb)
{
  GListModel *places = atlas_kb_get_places (kb);
  guint n_places = g_list_model_get_n_items (places);
  g_autoptr(GHashTable) by_first_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                              (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) tokens = NULL;
  g_autoptr(GArray) content = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < n_places; i++)
    {
      g_autoptr(AtlasPlace) place = g_list_model_get_item (places, i);

      add_name (by_first_key, seen, atlas_place_get_id (place), atlas_place_get_name (place));
      add_name (by_first_key, seen, atlas_place_get_id (place), atlas_place_get_name_ar (place));
    }
  for (guint i = 0; i < n_places; i++)
    {
      g_autoptr(AtlasPlace) place = g_list_model_get_item (places, i);
      const char * const *aliases = atlas_place_get_aliases (place);

      for (guint j = 0; aliases && aliases[j]; j++)
        add_name (by_first_key, seen, atlas_place_get_id (place), aliases[j]);
    }

  tokens = atlas_search_tokenize (ctx->text);
  for (guint i = 0; i < tokens->len; i++)
    strip_proclitic (&g_array_index (tokens, AtlasSearchToken, i), by_first_key);
  for (guint i = 0; i < tokens->len; i++)
    if (!g_array_index (tokens, AtlasSearchToken, i).is_article)
      g_array_append_val (content, i);

  for (guint k = 0; k < content->len;)
    {
      const Name *name = longest_name_at (ctx, by_first_key, tokens, content, k);
      AtlasSuggestion *suggestion;
      guint first, last, end;

      if (name == NULL)
        {
          k++;
          continue;
        }

      first = g_array_index (content, guint, k);
      last = g_array_index (content, guint, k + name->n_keys - 1);
      end = g_array_index (tokens, AtlasSearchToken, last).end;
      /* The search joins a closing quotation mark to the word: "‘Aleppo’" */
      while (end > 1 && is_quote_mark (ctx, end - 1))
        end--;
      suggestion = _atlas_suggest_add (ctx, ATLAS_SUGGESTION_PLACE, match_start (ctx, tokens, first), end);
      suggestion->place = g_strdup (name->place);
      k += name->n_keys;
    }
}

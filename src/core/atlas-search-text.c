/* atlas-search-text.c: words as search compares them
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-search-text"

#include "config.h"

#include <string.h>

#include "atlas-search-text.h"

/* The Arabic article as it is written in Latin letters: "al-" and its assimilated forms
 * before the sun letters, and the Egyptian "el-" (issue 7) */
static const char * const articles[] = { "al", "as", "ash", "ar", "ad", "an", "at", "az", "el", NULL };

static gboolean
is_apostrophe (gunichar ch)
{
  /* ASCII and typographic apostrophes, and the transliteration marks for 'ayn and hamza
   * (al-'Aziziyeh, Sa'id, ʿAyn): they join the letters around them */
  switch (ch)
    {
    case '\'': case '`': case 0x00B4: case 0x2018: case 0x2019: case 0x02BB: case 0x02BC:
    case 0x02BE: case 0x02BF: case 0x0621 /* hamza on the line */:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Arabic letters written more than one way: the alef with hamza or madda (decomposed
 * already), alef wasla, alef maksura, ta marbuta (often written as ha, as in العزيزيه) and
 * the Persian forms of ya and kaf */
static gunichar
fold_arabic (gunichar ch)
{
  switch (ch)
    {
    case 0x0671: return 0x0627;
    case 0x0649: return 0x064A;
    case 0x06CC: return 0x064A;
    case 0x0629: return 0x0647;
    case 0x06A9: return 0x0643;
    default: return ch;
    }
}

static void
token_clear (gpointer data)
{
  AtlasSearchToken *token = data;

  g_free (token->word);
  g_free (token->key);
}

static void
end_word (GArray  *tokens,
          GString *word,
          guint    start,
          guint    end)
{
  AtlasSearchToken token = { NULL, NULL, start, end, FALSE };
  const char *text = word->str;

  if (word->len == 0)
    return;

  /* The Arabic article is written joined to its word: "الباشا" is "باشا" */
  if (g_str_has_prefix (text, "ال") && g_utf8_strlen (text, -1) > 3)
    text += strlen ("ال");

  token.word = g_strdup (text);
  token.key = atlas_search_text_key (token.word);
  token.is_article = atlas_search_is_article (token.word);
  g_array_append_val (tokens, token);
  g_string_truncate (word, 0);
}

/**
 * atlas_search_tokenize:
 * @text: any text
 *
 * Splits @text into words and normalises each, so that what does not tell two names apart
 * does not matter: case; accents and other marks (after Unicode compatibility
 * decomposition), which also drops Arabic short vowels and the hamza on its seat; tatweel;
 * the Arabic letters written in more than one way; apostrophes and 'ayn marks, which join
 * the letters around them. Anything else that is not a letter or a digit (spaces, hyphens,
 * punctuation) separates words. An Arabic article joined to its word is dropped; a Latin
 * one ("al" in "al-Marjeh") is its own word, flagged @is_article.
 *
 * Returns: (transfer full) (element-type AtlasSearchToken): the words, in order
 */
GArray *
atlas_search_tokenize (const char *text)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (AtlasSearchToken));
  g_autoptr(GString) word = g_string_new (NULL);
  guint position = 0;
  guint start = 0;

  g_array_set_clear_func (tokens, token_clear);
  if (text == NULL)
    return tokens;

  for (const char *p = text; *p; p = g_utf8_next_char (p), position++)
    {
      gunichar ch = g_utf8_get_char (p);
      gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
      gsize n;

      if (is_apostrophe (ch))
        continue;

      /* Most text is ASCII, which needs no decomposition: the index is built faster */
      if (ch < 0x80)
        {
          if (g_ascii_isalnum (ch))
            {
              if (word->len == 0)
                start = position;
              g_string_append_c (word, g_ascii_tolower (ch));
            }
          else
            end_word (tokens, word, start, position);
          continue;
        }

      n = g_unichar_fully_decompose (ch, TRUE, decomposed, G_N_ELEMENTS (decomposed));
      for (gsize i = 0; i < n; i++)
        {
          gunichar d = decomposed[i];
          GUnicodeType type = g_unichar_type (d);
          int digit;

          if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK ||
              type == G_UNICODE_ENCLOSING_MARK || d == 0x0640 /* tatweel */ || is_apostrophe (d))
            continue;

          if ((digit = g_unichar_digit_value (d)) >= 0)
            d = '0' + digit;

          if (g_unichar_isalnum (d))
            {
              if (word->len == 0)
                start = position;
              g_string_append_unichar (word, fold_arabic (g_unichar_tolower (d)));
            }
          else
            end_word (tokens, word, start, position);
        }
    }
  end_word (tokens, word, start, position);

  return tokens;
}

static gboolean
is_vowel (char ch)
{
  return strchr ("aeiouy", ch) != NULL;
}

/**
 * atlas_search_text_key:
 * @word: a normalised word (see atlas_search_tokenize())
 *
 * The word's transliteration key: Latin spellings of one Arabic name differ mostly in the
 * short vowels, which Arabic does not write (Qatarji, Qaterji), in how a long vowel is
 * written (Tuman, Touman; Salhin, Salheen), in doubled letters (Sukkari, Sukari) and in a
 * final h (Aziziyeh, Aziziya). The key keeps the consonants in order and where the vowels
 * are, but of each run of vowels only whether it starts front (a, e, i, y: "a") or back
 * (o, u: "u"); it drops doubled consonants, and an h after a final vowel. It keeps
 * "Hama" apart from "Hamdaniyeh" (hama, hamdana) and "Bab" from "Bob". Words in other
 * scripts are their own key.
 *
 * Returns: (transfer full): the key
 */
char *
atlas_search_text_key (const char *word)
{
  GString *key;

  g_return_val_if_fail (word != NULL, NULL);

  for (const char *p = word; *p; p++)
    if (!g_ascii_isalnum (*p))
      return g_strdup (word);

  key = g_string_sized_new (strlen (word));
  for (const char *p = word; *p; p++)
    {
      char last = key->len ? key->str[key->len - 1] : '\0';

      if (is_vowel (*p))
        {
          if (p == word || !is_vowel (p[-1]))
            g_string_append_c (key, *p == 'o' || *p == 'u' ? 'u' : 'a');
        }
      else if (*p != last || g_ascii_isdigit (*p))
        g_string_append_c (key, *p);
    }

  if (key->len > 2 && key->str[key->len - 1] == 'h' && is_vowel (key->str[key->len - 2]))
    g_string_truncate (key, key->len - 1);

  return g_string_free (key, FALSE);
}

/**
 * atlas_search_is_article:
 * @word: a normalised word
 *
 * Returns: whether @word is the Arabic article written in Latin letters ("al", "as", "ash",
 *   "ar", "ad", "an", "at", "az", "el")
 */
gboolean
atlas_search_is_article (const char *word)
{
  g_return_val_if_fail (word != NULL, FALSE);

  return g_strv_contains (articles, word);
}

/**
 * atlas_search_begins_article:
 * @word: a normalised word
 *
 * Returns: whether @word, as typed so far, could become an article ("a", "e", "as", …)
 */
gboolean
atlas_search_begins_article (const char *word)
{
  g_return_val_if_fail (word != NULL, FALSE);

  for (guint i = 0; articles[i]; i++)
    if (word[0] && g_str_has_prefix (articles[i], word))
      return TRUE;

  return FALSE;
}

/**
 * atlas_search_text_matches:
 * @query: the words typed
 * @text: what they are looked for in, such as a figure's description
 *
 * Whether each word of @query begins a word of @text, both folded as search folds them
 * (atlas_search_tokenize()): "sohr kil" finds "SOHR: 27 killed", "halab" finds "Ḥalab" and
 * "حلب" finds "حَلَب". For the lists a form filters as it is typed, of things the KB's search
 * index (atlas-search.h) does not hold: it knows only places, events and reports.
 *
 * Returns: %TRUE when every word of @query begins one of @text's; also when @query has none
 */
gboolean
atlas_search_text_matches (const char *query,
                           const char *text)
{
  g_autoptr(GArray) words = NULL;
  g_autoptr(GArray) tokens = NULL;

  g_return_val_if_fail (query != NULL, FALSE);

  words = atlas_search_tokenize (query);
  if (words->len == 0)
    return TRUE;

  tokens = atlas_search_tokenize (text);
  for (guint w = 0; w < words->len; w++)
    {
      const char *word = g_array_index (words, AtlasSearchToken, w).word;
      gboolean found = FALSE;

      for (guint t = 0; t < tokens->len && !found; t++)
        found = g_str_has_prefix (g_array_index (tokens, AtlasSearchToken, t).word, word);
      if (!found)
        return FALSE;
    }

  return TRUE;
}

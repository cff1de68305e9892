/* test-search-text.c: the words search compares
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-search-text"

#include "config.h"

#include "atlas-search-text.h"

/* The words of @text, "|"-separated, articles in brackets */
static char *
words (const char *text)
{
  g_autoptr(GArray) tokens = atlas_search_tokenize (text);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < tokens->len; i++)
    {
      AtlasSearchToken *token = &g_array_index (tokens, AtlasSearchToken, i);

      g_string_append_printf (out, "%s%s%s%s", i ? "|" : "", token->is_article ? "(" : "",
                              token->word, token->is_article ? ")" : "");
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

#define assert_words(text, expected) \
  G_STMT_START { g_autofree char *w = words (text); g_assert_cmpstr (w, ==, expected); } G_STMT_END

static void
test_case_and_accents (void)
{
  assert_words ("ALEPPO", "aleppo");
  assert_words ("Ḥalab Ṣaḫūr", "halab|sahur");
  assert_words ("Dāraʿā", "daraa");
  assert_words ("ﬁve", "five");  /* compatibility decomposition */
}

static void
test_separators (void)
{
  assert_words ("Bustan-al-Basha", "bustan|(al)|basha");
  assert_words ("  Tariq   al Bab, 2016.", "tariq|(al)|bab|2016");
  assert_words ("as-Sakhour ash-Sheikh el-Mina", "(as)|sakhour|(ash)|sheikh|(el)|mina");
  /* An article is a whole word only: "Alan" and "Asad" are names */
  assert_words ("Alan Asad", "alan|asad");
  g_assert_true (atlas_search_begins_article ("a"));
  g_assert_true (atlas_search_begins_article ("as"));
  g_assert_false (atlas_search_begins_article ("alan"));
  g_assert_false (atlas_search_begins_article (""));
}

static void
test_apostrophes (void)
{
  assert_words ("al-'Aziziyeh", "(al)|aziziyeh");
  assert_words ("Sa’id A'aziziyeh ʿAyn", "said|aaziziyeh|ayn");
}

static void
test_arabic (void)
{
  /* Short vowels and tatweel */
  assert_words ("بُسْتَان البـــاشا", "بستان|باشا");
  /* Alef with hamza, alef wasla, alef maksura, ta marbuta, hamza on the line */
  assert_words ("أحمد إدلب ٱلمرجة مصطفى", "احمد|ادلب|مرجه|مصطفي");
  assert_words ("العزيزية العزيزيه", "عزيزيه|عزيزيه");
  /* A short word keeps its letters: "الل" is no article */
  assert_words ("الى", "الي");
  /* Arabic-Indic digits are digits */
  assert_words ("٢٠١٦", "2016");
}

static void
test_offsets (void)
{
  g_autoptr(GArray) tokens = atlas_search_tokenize ("Ṣaḫūr, al-'Aziziyeh");
  AtlasSearchToken *token;

  g_assert_cmpuint (tokens->len, ==, 3);
  token = &g_array_index (tokens, AtlasSearchToken, 0);
  g_assert_cmpuint (token->start, ==, 0);
  g_assert_cmpuint (token->end, ==, 5);
  token = &g_array_index (tokens, AtlasSearchToken, 2);
  /* The apostrophe joins, but is not part of the word to mark */
  g_assert_cmpuint (token->start, ==, 11);
  g_assert_cmpuint (token->end, ==, 19);
}

static gboolean
same_key (const char *a,
          const char *b)
{
  g_autoptr(GArray) ta = atlas_search_tokenize (a);
  g_autoptr(GArray) tb = atlas_search_tokenize (b);

  g_assert_cmpuint (ta->len, ==, 1);
  g_assert_cmpuint (tb->len, ==, 1);
  return g_str_equal (g_array_index (ta, AtlasSearchToken, 0).key, g_array_index (tb, AtlasSearchToken, 0).key);
}

static void
test_transliteration (void)
{
  g_assert_true (same_key ("Tuman", "Touman"));
  g_assert_true (same_key ("Sakhur", "Sakhour"));
  g_assert_true (same_key ("Qatarji", "Qaterji"));
  g_assert_true (same_key ("Salhin", "Salheen"));
  g_assert_true (same_key ("Sukkari", "Sukari"));
  g_assert_true (same_key ("Aziziyeh", "Aziziya"));
  g_assert_true (same_key ("Bustan", "Bostan"));
  g_assert_true (same_key ("Sheikh", "Shaykh"));

  /* And not too far */
  g_assert_false (same_key ("Hama", "Hamdaniyeh"));
  g_assert_false (same_key ("Bab", "Bob"));
  g_assert_false (same_key ("Sakhur", "Sakur"));
  g_assert_false (same_key ("Khan", "Kan"));
  g_assert_false (same_key ("Qatarji", "Katarji"));
  g_assert_false (same_key ("2011", "201"));
  g_assert_false (same_key ("Bayada", "Bayad"));
  g_assert_false (same_key ("بستان", "بسطان"));
}

/* A form's filter: each word typed begins some word of the text, in any order */
static void
test_matches (void)
{
  g_assert_true (atlas_search_text_matches ("", "SOHR: 27 killed"));
  g_assert_true (atlas_search_text_matches ("  ", "SOHR: 27 killed"));
  g_assert_true (atlas_search_text_matches ("sohr", "SOHR: 27 killed"));
  g_assert_true (atlas_search_text_matches ("kil SOHR", "SOHR: 27 killed"));
  g_assert_true (atlas_search_text_matches ("halab", "Ḥalab: 3 dead"));
  g_assert_true (atlas_search_text_matches ("حلب", "مدينة حَلَب"));
  g_assert_true (atlas_search_text_matches ("27", "SOHR: 27 killed"));

  g_assert_false (atlas_search_text_matches ("illed", "SOHR: 27 killed"));
  g_assert_false (atlas_search_text_matches ("sohr injured", "SOHR: 27 killed"));
  g_assert_false (atlas_search_text_matches ("sohr", NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_bug_base ("https://github.com/aleppoatlas/aleppo-atlas/issues/");

  g_test_add_func ("/search-text/case-and-accents", test_case_and_accents);
  g_test_add_func ("/search-text/separators", test_separators);
  g_test_add_func ("/search-text/apostrophes", test_apostrophes);
  g_test_add_func ("/search-text/arabic", test_arabic);
  g_test_add_func ("/search-text/offsets", test_offsets);
  g_test_add_func ("/search-text/transliteration", test_transliteration);
  g_test_add_func ("/search-text/matches", test_matches);

  return g_test_run ();
}

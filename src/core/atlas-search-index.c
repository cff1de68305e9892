/* atlas-search-index.c: the words of a KB, and the items that hold them
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-search"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "atlas-search-private.h"
#include "atlas-search-text.h"
#include "atlas-vocabulary.h"

/* The index
 *
 * Built once per KB (atlas_kb_prepare_search(), at load) so that a keystroke only compares
 * the query with the KB's distinct words, then walks each item's words once (issue 7). Every
 * word is normalised and keyed by atlas_search_tokenize(); Latin articles are left out. */

typedef enum
{
  FIELD_NAME,
  FIELD_NAME_AR,
  FIELD_ALIAS,
  FIELD_TITLE,
  FIELD_PLACE,      /* a name of one of an event's places */
  FIELD_TYPE,
  FIELD_SUMMARY,
  FIELD_TEXT,
} FieldKind;

typedef struct
{
  char  *word;
  char  *key;
  guint  length;    /* in code points */
} Word;

typedef struct
{
  FieldKind   kind;
  const char *text;     /* owned by the item, or by one of its places */
  guint       first;    /* in the index's tokens */
  guint       n_tokens;
} Field;

typedef struct
{
  guint32 word;
  guint32 field;
} Token;

typedef struct
{
  AtlasSearchKind  kind;
  GObject         *item;
  guint            first_token;
  guint            n_tokens;
} Doc;

struct _AtlasSearchIndex
{
  GPtrArray  *words;
  GHashTable *word_ids;
  GArray     *docs;
  GArray     *fields;
  GArray     *tokens;
};

/* How well a query word matches a word of the KB */
enum {
  MATCH_NONE,
  MATCH_INSIDE,       /* the word being typed inside a name: "sal" in "Maysaloon" */
  MATCH_PREFIX,       /* the word being typed starts the word, or its key */
  MATCH_KEY,          /* another spelling: Touman for Tuman */
  MATCH_EXACT,
};

/* How well an item matches the query, at worst over the query's words */
enum {
  TIER_INSIDE = 1,
  TIER_WORD,
  TIER_NAME_START,
  TIER_WHOLE_NAME,
};

#define MAX_QUERY_WORDS 8

/* Below this many letters, other spellings and matches inside words find too much */
#define MIN_KEY_LENGTH    4
#define MIN_INSIDE_LENGTH 3

static void
word_free (gpointer data)
{
  Word *word = data;

  g_free (word->word);
  g_free (word->key);
  g_free (word);
}

static void
doc_clear (gpointer data)
{
  Doc *doc = data;

  g_clear_object (&doc->item);
}

void
_atlas_search_index_free (AtlasSearchIndex *index)
{
  g_ptr_array_unref (index->words);
  g_hash_table_unref (index->word_ids);
  g_array_unref (index->docs);
  g_array_unref (index->fields);
  g_array_unref (index->tokens);
  g_free (index);
}

static gboolean
is_name_field (FieldKind kind)
{
  return kind <= FIELD_PLACE;
}

/* The words of @tokens that the index keeps, in order */
static void
drop_articles (GArray *tokens)
{
  for (guint i = tokens->len; i > 0; i--)
    if (g_array_index (tokens, AtlasSearchToken, i - 1).is_article)
      g_array_remove_index (tokens, i - 1);
}

static void
add_field (AtlasSearchIndex *index,
           Doc              *doc,
           FieldKind         kind,
           const char       *text)
{
  g_autoptr(GArray) tokens = NULL;
  Field field = { kind, text, index->tokens->len, 0 };

  if (text == NULL || text[0] == '\0')
    return;

  tokens = atlas_search_tokenize (text);
  drop_articles (tokens);
  for (guint i = 0; i < tokens->len; i++)
    {
      AtlasSearchToken *token = &g_array_index (tokens, AtlasSearchToken, i);
      gpointer id;
      Token entry;

      if (!g_hash_table_lookup_extended (index->word_ids, token->word, NULL, &id))
        {
          Word *word = g_new0 (Word, 1);

          word->word = g_steal_pointer (&token->word);
          word->key = g_steal_pointer (&token->key);
          word->length = g_utf8_strlen (word->word, -1);
          id = GUINT_TO_POINTER (index->words->len);
          g_ptr_array_add (index->words, word);
          g_hash_table_insert (index->word_ids, word->word, id);
        }

      entry.word = GPOINTER_TO_UINT (id);
      entry.field = index->fields->len;
      g_array_append_val (index->tokens, entry);
    }

  field.n_tokens = tokens->len;
  g_array_append_val (index->fields, field);
  doc->n_tokens += tokens->len;
}

static void
add_place_names (AtlasSearchIndex *index,
                 Doc              *doc,
                 AtlasPlace       *place)
{
  const char * const *aliases = atlas_place_get_aliases (place);

  add_field (index, doc, FIELD_NAME, atlas_place_get_name (place));
  add_field (index, doc, FIELD_NAME_AR, atlas_place_get_name_ar (place));
  for (guint i = 0; aliases && aliases[i]; i++)
    add_field (index, doc, FIELD_ALIAS, aliases[i]);
}

/* An event's places are named as the places are: their words are copied, not tokenised
 * again for each event */
static void
copy_place_names (AtlasSearchIndex *index,
                  Doc              *doc,
                  GHashTable       *place_docs,
                  AtlasPlace       *place)
{
  gpointer position;
  Doc *place_doc;
  guint32 last_field = G_MAXUINT32;

  if (!g_hash_table_lookup_extended (place_docs, place, NULL, &position))
    return;

  place_doc = &g_array_index (index->docs, Doc, GPOINTER_TO_UINT (position));
  for (guint t = place_doc->first_token; t < place_doc->first_token + place_doc->n_tokens; t++)
    {
      Token token = g_array_index (index->tokens, Token, t);

      if (token.field != last_field)
        {
          Field field = g_array_index (index->fields, Field, token.field);

          last_field = token.field;
          field.kind = FIELD_PLACE;
          field.first = index->tokens->len;
          g_array_append_val (index->fields, field);
        }

      token.field = index->fields->len - 1;
      g_array_append_val (index->tokens, token);
      doc->n_tokens++;
    }
}

static Doc *
begin_doc (AtlasSearchIndex *index,
           AtlasSearchKind   kind,
           gpointer          item)
{
  Doc doc = { kind, g_object_ref (item), index->tokens->len, 0 };

  g_array_append_val (index->docs, doc);
  return &g_array_index (index->docs, Doc, index->docs->len - 1);
}

/* The label an event's type is shown with: the KB's own, as written, when it declares its
 * types (issue 9), so that what the Types menu and the details say finds it */
static const char *
event_type_label (AtlasKb    *kb,
                  const char *type)
{
  guint n;
  const AtlasKbEventType * const *declared = atlas_kb_get_declared_event_types (kb, &n);

  if (declared == NULL)
    return atlas_vocabulary_get_label (ATLAS_VOCABULARY_EVENT_TYPE, type);

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (declared[i]->id, type) == 0)
      return declared[i]->label;
  return NULL;
}

AtlasSearchIndex *
_atlas_search_index_new (AtlasKb *kb)
{
  AtlasSearchIndex *index = g_new0 (AtlasSearchIndex, 1);
  g_autoptr(GHashTable) place_docs = g_hash_table_new (NULL, NULL);
  GListModel *model;

  index->words = g_ptr_array_new_with_free_func (word_free);
  index->word_ids = g_hash_table_new (g_str_hash, g_str_equal);
  index->docs = g_array_new (FALSE, FALSE, sizeof (Doc));
  g_array_set_clear_func (index->docs, doc_clear);
  index->fields = g_array_new (FALSE, FALSE, sizeof (Field));
  index->tokens = g_array_new (FALSE, FALSE, sizeof (Token));

  model = atlas_kb_get_places (kb);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AtlasPlace) place = g_list_model_get_item (model, i);

      add_place_names (index, begin_doc (index, ATLAS_SEARCH_PLACE, place), place);
      g_hash_table_insert (place_docs, place, GUINT_TO_POINTER (index->docs->len - 1));
    }

  model = atlas_kb_get_events (kb);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AtlasEvent) event = g_list_model_get_item (model, i);
      Doc *doc = begin_doc (index, ATLAS_SEARCH_EVENT, event);

      add_field (index, doc, FIELD_TITLE, atlas_event_get_title (event));
      for (guint p = 0; p < atlas_event_get_n_places (event); p++)
        copy_place_names (index, doc, place_docs, atlas_event_get_place (event, p));
      add_field (index, doc, FIELD_TYPE, event_type_label (kb, atlas_event_get_event_type (event)));
      add_field (index, doc, FIELD_SUMMARY, atlas_event_get_summary (event));
    }

  model = atlas_kb_get_articles (kb);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AtlasArticle) article = g_list_model_get_item (model, i);
      Doc *doc = begin_doc (index, ATLAS_SEARCH_ARTICLE, article);

      add_field (index, doc, FIELD_TITLE, atlas_article_get_title (article));
      add_field (index, doc, FIELD_TEXT, atlas_article_get_text (article));
    }

  return index;
}

/* Searching */

typedef struct
{
  char     *word;
  char     *key;
  guint     length;
  gboolean  prefix;
  guint8   *quality;    /* by word of the index */
} QueryWord;

typedef struct
{
  guint doc;
  guint tier;
  gboolean complete;  /* every word in full, none only begun or inside another */
  guint together;     /* the most query words one field holds */
  guint exactness;
  guint best[MAX_QUERY_WORDS];    /* the token that matched each query word best */
} Match;

static guint8
compare_word (const QueryWord *query,
              const Word      *word)
{
  gboolean long_enough = query->length >= MIN_KEY_LENGTH;

  if (g_str_equal (word->word, query->word))
    return MATCH_EXACT;
  if (long_enough && g_str_equal (word->key, query->key))
    return MATCH_KEY;
  if (query->prefix && (g_str_has_prefix (word->word, query->word) ||
                        (long_enough && g_str_has_prefix (word->key, query->key))))
    return MATCH_PREFIX;
  if (query->prefix && query->length >= MIN_INSIDE_LENGTH && word->length > query->length &&
      strstr (word->word, query->word))
    return MATCH_INSIDE;
  return MATCH_NONE;
}

/* The query's words: its articles count only if it has nothing else ("al" as typed so far),
 * nor does a last word that may be the start of one.
 * The last word may be unfinished unless a space follows it. Returns FALSE if one of them
 * matches no word of the KB; @n_words is set in any case. */
static gboolean
parse_query (AtlasSearchIndex *index,
             const char       *query,
             QueryWord        *words,
             guint8           *any,
             guint            *n_words)
{
  g_autoptr(GArray) tokens = atlas_search_tokenize (query);
  gsize length = strlen (query);
  gboolean finished = length > 0 && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (query + length)));
  guint n_articles = 0;
  guint n = 0;

  *n_words = 0;
  for (guint i = 0; i < tokens->len; i++)
    n_articles += g_array_index (tokens, AtlasSearchToken, i).is_article;
  if (n_articles < tokens->len)
    {
      drop_articles (tokens);
      /* "Bustan a", on the way to "Bustan al-Basha" */
      if (tokens->len > 1 && !finished &&
          atlas_search_begins_article (g_array_index (tokens, AtlasSearchToken, tokens->len - 1).word))
        g_array_remove_index (tokens, tokens->len - 1);
    }

  for (guint i = 0; i < tokens->len && n < MAX_QUERY_WORDS; i++)
    {
      AtlasSearchToken *token = &g_array_index (tokens, AtlasSearchToken, i);
      QueryWord *word = &words[n];
      gboolean found = FALSE;

      word->word = g_steal_pointer (&token->word);
      word->key = g_steal_pointer (&token->key);
      word->length = g_utf8_strlen (word->word, -1);
      word->prefix = i == tokens->len - 1 && !finished;
      word->quality = g_new (guint8, index->words->len);
      *n_words = ++n;

      for (guint w = 0; w < index->words->len; w++)
        {
          word->quality[w] = compare_word (word, g_ptr_array_index (index->words, w));
          any[w] |= word->quality[w] != MATCH_NONE;
          found |= word->quality[w] != MATCH_NONE;
        }

      if (!found)
        return FALSE;
    }

  return n > 0;
}

static void
query_words_clear (QueryWord *words,
                   guint      n)
{
  for (guint i = 0; i < n; i++)
    {
      g_free (words[i].word);
      g_free (words[i].key);
      g_free (words[i].quality);
    }
}

static guint
token_score (AtlasSearchIndex *index,
             guint             t,
             guint8            quality)
{
  const Field *field = &g_array_index (index->fields, Field, g_array_index (index->tokens, Token, t).field);
  guint level;

  if (quality == MATCH_INSIDE)
    {
      if (!is_name_field (field->kind))
        return 0;
      level = TIER_INSIDE;
    }
  else
    level = t == field->first && is_name_field (field->kind) ? TIER_NAME_START : TIER_WORD;

  return level * 8 + quality;
}

static guint
count_bits (guint32 bits)
{
  guint n = 0;

  for (; bits; bits &= bits - 1)
    n++;
  return n;
}

/* Fills @match for the document @d; FALSE if some query word matches none of its words */
static gboolean
match_doc (AtlasSearchIndex *index,
           guint             d,
           const QueryWord  *words,
           guint             n_words,
           const guint8     *any,
           Match            *match)
{
  const Doc *doc = &g_array_index (index->docs, Doc, d);
  const Token *tokens = (const Token *) index->tokens->data;
  guint score[MAX_QUERY_WORDS] = { 0, };
  guint32 field = G_MAXUINT32;
  guint32 in_field = 0;   /* the query words found in @field, as bits */
  gboolean whole;

  match->together = 0;
  for (guint t = doc->first_token; t < doc->first_token + doc->n_tokens; t++)
    {
      guint32 w = tokens[t].word;

      if (!any[w])
        continue;

      if (tokens[t].field != field)
        {
          match->together = MAX (match->together, count_bits (in_field));
          field = tokens[t].field;
          in_field = 0;
        }

      for (guint q = 0; q < n_words; q++)
        {
          guint s;

          if (words[q].quality[w] && (s = token_score (index, t, words[q].quality[w])) > 0)
            {
              in_field |= 1u << q;
              if (s > score[q])
                {
                  score[q] = s;
                  match->best[q] = t;
                }
            }
        }
    }
  match->together = MAX (match->together, count_bits (in_field));

  match->doc = d;
  match->tier = TIER_WHOLE_NAME;
  match->complete = TRUE;
  match->exactness = 0;
  for (guint q = 0; q < n_words; q++)
    {
      if (score[q] == 0)
        return FALSE;
      match->tier = MIN (match->tier, score[q] / 8);
      match->complete &= score[q] % 8 >= MATCH_KEY;
      match->exactness += score[q] % 8;
    }

  /* A whole name: every word of one name, each matched in full */
  field = tokens[match->best[0]].field;
  whole = g_array_index (index->fields, Field, field).n_tokens == n_words &&
          is_name_field (g_array_index (index->fields, Field, field).kind);
  for (guint q = 0; whole && q < n_words; q++)
    whole = tokens[match->best[q]].field == field && score[q] % 8 >= MATCH_KEY;
  if (whole)
    match->tier = TIER_WHOLE_NAME;
  else
    match->tier = MIN (match->tier, TIER_NAME_START);

  return TRUE;
}

static int
compare_matches (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  AtlasSearchIndex *index = user_data;
  const Match *ma = a, *mb = b;
  AtlasSearchKind ka = g_array_index (index->docs, Doc, ma->doc).kind;
  AtlasSearchKind kb = g_array_index (index->docs, Doc, mb->doc).kind;

  if (ma->tier != mb->tier)
    return ma->tier > mb->tier ? -1 : 1;
  if (ma->complete != mb->complete)
    return ma->complete ? -1 : 1;
  if (ka != kb)
    return ka < kb ? -1 : 1;
  if (ma->together != mb->together)
    return ma->together > mb->together ? -1 : 1;
  if (ma->exactness != mb->exactness)
    return ma->exactness > mb->exactness ? -1 : 1;
  return ma->doc < mb->doc ? -1 : ma->doc > mb->doc ? 1 : 0;
}

static const char *
field_label (FieldKind kind)
{
  switch (kind)
    {
    case FIELD_NAME:
    case FIELD_TITLE:
      return NULL;
    /* Translators: before a search result's snippet, what matched */
    case FIELD_NAME_AR: return C_("search field", "Arabic name");
    case FIELD_ALIAS: return C_("search field", "Also known as");
    case FIELD_PLACE: return C_("search field", "Place");
    case FIELD_TYPE: return C_("search field", "Type");
    case FIELD_SUMMARY: return C_("search field", "Summary");
    case FIELD_TEXT: return C_("search field", "Text");
    default: g_return_val_if_reached (NULL);
    }
}

/* Long fields show the words around the first match */
#define SNIPPET_BEFORE 40
#define SNIPPET_AFTER  90

/* The snippet of the field where most query words matched best, with every matching word
 * of it in bold; for an article's text, also the span to show in the reader: the query's
 * words where they follow each other, else the first match */
static char *
build_snippet (AtlasSearchIndex *index,
               const Match      *match,
               const QueryWord  *words,
               guint             n_words,
               guint            *span_start,
               guint            *span_end)
{
  const Token *tokens = (const Token *) index->tokens->data;
  guint32 field_id = tokens[match->best[0]].field;
  const Field *field;
  g_autoptr(GArray) offsets = NULL;
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autofree gboolean *marked = NULL;
  const char *label;
  guint best_count = 0;
  glong n_chars, from = 0, to, at;
  guint first_mark = G_MAXUINT;

  for (guint q = 0; q < n_words; q++)
    {
      guint count = 0;

      for (guint r = 0; r < n_words; r++)
        count += tokens[match->best[r]].field == tokens[match->best[q]].field;
      if (count > best_count)
        {
          best_count = count;
          field_id = tokens[match->best[q]].field;
        }
    }
  field = &g_array_index (index->fields, Field, field_id);

  offsets = atlas_search_tokenize (field->text);
  drop_articles (offsets);
  g_assert (offsets->len == field->n_tokens);

  marked = g_new0 (gboolean, field->n_tokens);
  for (guint i = 0; i < field->n_tokens; i++)
    for (guint q = 0; q < n_words && !marked[i]; q++)
      {
        guint t = field->first + i;

        marked[i] = words[q].quality[tokens[t].word] && token_score (index, t, words[q].quality[tokens[t].word]);
        if (marked[i] && first_mark == G_MAXUINT)
          first_mark = i;
      }
  g_assert (first_mark != G_MAXUINT);

  *span_start = g_array_index (offsets, AtlasSearchToken, first_mark).start;
  *span_end = g_array_index (offsets, AtlasSearchToken, first_mark).end;
  for (guint i = 0; i + n_words <= field->n_tokens; i++)
    {
      guint q = 0;

      while (q < n_words && words[q].quality[tokens[field->first + i + q].word])
        q++;
      if (q == n_words)
        {
          *span_start = g_array_index (offsets, AtlasSearchToken, i).start;
          *span_end = g_array_index (offsets, AtlasSearchToken, i + n_words - 1).end;
          break;
        }
    }

  n_chars = g_utf8_strlen (field->text, -1);
  to = n_chars;
  if (field->kind == FIELD_SUMMARY || field->kind == FIELD_TEXT)
    {
      from = MAX (0, (glong) *span_start - SNIPPET_BEFORE);
      to = MIN (n_chars, (glong) *span_end + SNIPPET_AFTER);
    }

  if ((label = field_label (field->kind)))
    /* Translators: "Place: as-Sakhour", the field that matched a search, then its text */
    g_string_append_printf (markup, C_("search snippet", "%s: "), label);
  if (from > 0)
    g_string_append (markup, "…");

  at = from;
  for (guint i = 0; i <= field->n_tokens; i++)
    {
      AtlasSearchToken *token = i < field->n_tokens ? &g_array_index (offsets, AtlasSearchToken, i) : NULL;
      glong start = token ? MIN ((glong) token->start, to) : to;
      glong end = token ? MIN ((glong) token->end, to) : to;
      g_autofree char *plain = NULL;
      g_autofree char *word = NULL;

      if (end <= from)
        continue;
      start = MAX (start, at);
      plain = g_utf8_substring (field->text, at, start);
      g_strdelimit (plain, "\n\t", ' ');
      g_free (word);
      word = g_markup_escape_text (plain, -1);
      g_string_append (markup, word);
      g_clear_pointer (&word, g_free);
      if (token && start < end)
        {
          word = g_markup_escape_text (g_utf8_offset_to_pointer (field->text, start),
                                       g_utf8_offset_to_pointer (field->text, end) -
                                       g_utf8_offset_to_pointer (field->text, start));
          g_string_append_printf (markup, marked[i] ? "<b>%s</b>" : "%s", word);
        }
      at = MAX (at, end);
    }
  if (to < n_chars)
    g_string_append (markup, "…");

  return g_string_free (g_steal_pointer (&markup), FALSE);
}

static void
hit_clear (gpointer data)
{
  AtlasSearchHit *hit = data;

  g_free (hit->snippet);
}

/* See atlas_kb_search_full() for what matches and in which order */
GArray *
_atlas_search_index_query (AtlasSearchIndex *index,
                           const char       *query,
                           guint             max_hits,
                           guint            *n_found)
{
  GArray *hits = g_array_new (FALSE, FALSE, sizeof (AtlasSearchHit));
  QueryWord words[MAX_QUERY_WORDS] = { { NULL, }, };
  g_autofree guint8 *any = g_new0 (guint8, index->words->len);
  g_autoptr(GArray) matches = NULL;
  guint n_words = 0;

  g_array_set_clear_func (hits, hit_clear);
  *n_found = 0;
  if (!parse_query (index, query, words, any, &n_words))
    {
      query_words_clear (words, n_words);
      return hits;
    }

  matches = g_array_new (FALSE, FALSE, sizeof (Match));
  for (guint d = 0; d < index->docs->len; d++)
    {
      Match match;

      if (match_doc (index, d, words, n_words, any, &match))
        g_array_append_val (matches, match);
    }
  g_array_sort_with_data (matches, compare_matches, index);

  for (guint i = 0; i < matches->len && i < max_hits; i++)
    {
      const Match *match = &g_array_index (matches, Match, i);
      const Doc *doc = &g_array_index (index->docs, Doc, match->doc);
      AtlasSearchHit hit = { doc->kind, doc->item, NULL, FALSE, 0, 0 };
      const Token *best = &g_array_index (index->tokens, Token, match->best[0]);

      hit.snippet = build_snippet (index, match, words, n_words, &hit.span_start, &hit.span_end);
      hit.in_text = g_array_index (index->fields, Field, best->field).kind == FIELD_TEXT;
      g_array_append_val (hits, hit);
    }

  *n_found = matches->len;
  query_words_clear (words, n_words);
  return hits;
}

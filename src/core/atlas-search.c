/* atlas-search.c
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
#include "atlas-vocabulary.h"

struct _AtlasSearchResult
{
  GObject          parent_instance;

  AtlasSearchKind  kind;
  GObject         *item;
  char            *title;
  char            *detail;
  char            *snippet;
  guint            match_start;   /* in the article's text, code points */
  guint            match_end;
};

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DETAIL,
  PROP_KIND_LABEL,
  PROP_SNIPPET,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (AtlasSearchResult, atlas_search_result, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static const char *
kind_label (AtlasSearchKind kind)
{
  switch (kind)
    {
    case ATLAS_SEARCH_PLACE: return _("Place");
    case ATLAS_SEARCH_EVENT: return _("Event");
    case ATLAS_SEARCH_ARTICLE: return _("Article");
    default: g_return_val_if_reached ("");
    }
}

static void
atlas_search_result_finalize (GObject *object)
{
  AtlasSearchResult *self = (AtlasSearchResult *)object;

  g_clear_object (&self->item);
  g_free (self->title);
  g_free (self->detail);
  g_free (self->snippet);

  G_OBJECT_CLASS (atlas_search_result_parent_class)->finalize (object);
}

static void
atlas_search_result_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  AtlasSearchResult *self = ATLAS_SEARCH_RESULT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DETAIL:
      g_value_set_string (value, self->detail);
      break;

    case PROP_KIND_LABEL:
      g_value_set_string (value, kind_label (self->kind));
      break;

    case PROP_SNIPPET:
      g_value_set_string (value, self->snippet);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_search_result_class_init (AtlasSearchResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_search_result_finalize;
  object_class->get_property = atlas_search_result_get_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DETAIL] =
    g_param_spec_string ("detail", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND_LABEL] =
    g_param_spec_string ("kind-label", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SNIPPET] =
    g_param_spec_string ("snippet", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_search_result_init (AtlasSearchResult *self)
{
}

static AtlasSearchResult *
result_new (AtlasSearchKind  kind,
            gpointer         item,
            const char      *title,
            char            *detail)
{
  AtlasSearchResult *self = g_object_new (ATLAS_TYPE_SEARCH_RESULT, NULL);

  self->kind = kind;
  self->item = g_object_ref (item);
  self->title = g_strdup (title);
  self->detail = detail;

  return self;
}

AtlasSearchKind
atlas_search_result_get_kind (AtlasSearchResult *self)
{
  g_return_val_if_fail (ATLAS_IS_SEARCH_RESULT (self), ATLAS_SEARCH_PLACE);
  return self->kind;
}

/**
 * atlas_search_result_get_item:
 *
 * Returns: (transfer none): the #AtlasPlace, #AtlasEvent or #AtlasArticle found
 */
GObject *
atlas_search_result_get_item (AtlasSearchResult *self)
{
  g_return_val_if_fail (ATLAS_IS_SEARCH_RESULT (self), NULL);
  return self->item;
}

const char *
atlas_search_result_get_title (AtlasSearchResult *self)
{
  g_return_val_if_fail (ATLAS_IS_SEARCH_RESULT (self), NULL);
  return self->title;
}

const char *
atlas_search_result_get_detail (AtlasSearchResult *self)
{
  g_return_val_if_fail (ATLAS_IS_SEARCH_RESULT (self), NULL);
  return self->detail;
}

/**
 * atlas_search_result_get_snippet:
 *
 * Why the item matched: the matched field, or the part of it around the match, with the
 * matched words in bold, and the field's name before it unless it is the item's title.
 *
 * Returns: Pango markup
 */
const char *
atlas_search_result_get_snippet (AtlasSearchResult *self)
{
  g_return_val_if_fail (ATLAS_IS_SEARCH_RESULT (self), NULL);
  return self->snippet;
}

/**
 * atlas_search_result_get_match:
 * @source: (out): the matched span of an article, for atlas_session_show_source(); its quote
 *   is %NULL and its article is not referenced
 *
 * Returns: %TRUE for an article match
 */
gboolean
atlas_search_result_get_match (AtlasSearchResult *self,
                               AtlasSource       *source)
{
  g_return_val_if_fail (ATLAS_IS_SEARCH_RESULT (self), FALSE);

  if (self->kind != ATLAS_SEARCH_ARTICLE)
    return FALSE;

  source->article = ATLAS_ARTICLE (self->item);
  source->start = self->match_start;
  source->end = self->match_end;
  source->quote = NULL;
  return TRUE;
}

/* The index is built once per KB, so that a keystroke only compares the query with the
 * KB's distinct words, then walks each item's words once (issue 7) */
static AtlasSearchIndex *
get_index (AtlasKb *kb)
{
  static GQuark quark;
  AtlasSearchIndex *index;

  if G_UNLIKELY (quark == 0)
    quark = g_quark_from_static_string ("atlas-search-index");

  if (!(index = g_object_get_qdata (G_OBJECT (kb), quark)))
    {
      index = _atlas_search_index_new (kb);
      g_object_set_qdata_full (G_OBJECT (kb), quark, index, (GDestroyNotify) _atlas_search_index_free);
    }

  return index;
}

static AtlasSearchResult *
result_for_hit (AtlasSearchHit *hit)
{
  AtlasSearchResult *result = NULL;

  switch (hit->kind)
    {
    case ATLAS_SEARCH_PLACE:
      {
        AtlasPlace *place = ATLAS_PLACE (hit->item);
        const char *name_ar = atlas_place_get_name_ar (place);
        const char *kind = atlas_vocabulary_get_label (ATLAS_VOCABULARY_PLACE_KIND, atlas_place_get_kind (place));

        /* The kind first, so that the line is laid out left to right; the Arabic name
         * keeps its own direction inside it */
        result = result_new (ATLAS_SEARCH_PLACE, place, atlas_place_get_name (place),
                             name_ar ? g_strdup_printf ("%s · %s", kind, name_ar) : g_strdup (kind));
      }
      break;

    case ATLAS_SEARCH_EVENT:
      result = result_new (ATLAS_SEARCH_EVENT, hit->item, atlas_event_get_title (ATLAS_EVENT (hit->item)),
                           atlas_event_format_date (ATLAS_EVENT (hit->item)));
      break;

    case ATLAS_SEARCH_ARTICLE:
      result = result_new (ATLAS_SEARCH_ARTICLE, hit->item, atlas_article_get_title (ATLAS_ARTICLE (hit->item)),
                           g_strdup (atlas_article_get_outlet (ATLAS_ARTICLE (hit->item))));
      if (hit->in_text)
        {
          result->match_start = hit->span_start;
          result->match_end = hit->span_end;
        }
      break;

    default:
      g_assert_not_reached ();
    }

  result->snippet = g_steal_pointer (&hit->snippet);
  return result;
}

/**
 * atlas_kb_prepare_search:
 *
 * Builds the index atlas_kb_search() uses, if it is not built yet. Call it when the KB is
 * loaded, so that the first keystroke does not pay for it.
 */
void
atlas_kb_prepare_search (AtlasKb *kb)
{
  g_return_if_fail (ATLAS_IS_KB (kb));

  get_index (kb);
}

/**
 * atlas_kb_search_full:
 * @query: what the person typed
 * @max_results: the most results to return
 * @n_found: (out) (optional): how many items match, returned or not
 *
 * Finds places by their names in English or Arabic and their aliases; events by their
 * title, summary, type and the names of their places; articles by their title and text.
 * Words are compared, not strings: each word of @query must match a word of the item, in
 * any order, in any of the spellings atlas_search_tokenize() and atlas_search_text_key()
 * treat as one; the last word may be unfinished unless a space follows it. Latin articles
 * ("al-", "as-") are ignored.
 *
 * Results are ranked: a whole name, then the start of a name or title, then the start of a
 * word, then inside a name; among equals, items that match every word in full before those
 * that match the word being typed only by its start; places, then events, then articles;
 * items with more of the words in one field (a title with both); exact spellings before
 * other ones; then the KB's order (events by date).
 *
 * Returns: (transfer full): a list of #AtlasSearchResult
 */
GListModel *
atlas_kb_search_full (AtlasKb    *kb,
                      const char *query,
                      guint       max_results,
                      guint      *n_found)
{
  GListStore *results = g_list_store_new (ATLAS_TYPE_SEARCH_RESULT);
  g_autoptr(GArray) hits = NULL;
  guint found;

  if (n_found)
    *n_found = 0;

  g_return_val_if_fail (ATLAS_IS_KB (kb), G_LIST_MODEL (results));

  hits = _atlas_search_index_query (get_index (kb), query ? query : "", max_results, &found);
  for (guint i = 0; i < hits->len; i++)
    {
      g_autoptr(AtlasSearchResult) result = result_for_hit (&g_array_index (hits, AtlasSearchHit, i));

      g_list_store_append (results, result);
    }

  if (n_found)
    *n_found = found;
  return G_LIST_MODEL (results);
}

/**
 * atlas_kb_search:
 *
 * atlas_kb_search_full() without the count.
 *
 * Returns: (transfer full): a list of #AtlasSearchResult
 */
GListModel *
atlas_kb_search (AtlasKb    *kb,
                 const char *query,
                 guint       max_results)
{
  return atlas_kb_search_full (kb, query, max_results, NULL);
}

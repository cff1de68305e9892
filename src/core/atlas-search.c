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

#include "atlas-search.h"
#include "atlas-vocabulary.h"

struct _AtlasSearchResult
{
  GObject          parent_instance;

  AtlasSearchKind  kind;
  GObject         *item;
  char            *title;
  char            *detail;
  guint            match_start;   /* in the article's text, code points */
  guint            match_end;
};

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DETAIL,
  PROP_KIND_LABEL,
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

/* Lower-cases one character for one, so that offsets in the result are offsets in @text */
static char *
lower_keep_offsets (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    g_string_append_unichar (out, g_unichar_tolower (g_utf8_get_char (p)));

  return g_string_free (out, FALSE);
}

/* "…the words around the match…" */
static char *
snippet (const char *text,
         glong       start,
         glong       end)
{
  glong n = g_utf8_strlen (text, -1);
  glong from = MAX (0, start - 40);
  glong to = MIN (n, end + 60);
  g_autofree char *middle = g_utf8_substring (text, from, to);

  g_strdelimit (middle, "\n", ' ');
  return g_strdup_printf ("%s%s%s", from > 0 ? "…" : "", middle, to < n ? "…" : "");
}

typedef struct
{
  guint rank;
  guint position;   /* in the KB's places */
} PlaceMatch;

static int
compare_place_matches (gconstpointer a,
                       gconstpointer b)
{
  const PlaceMatch *ma = a, *mb = b;

  if (ma->rank != mb->rank)
    return ma->rank > mb->rank ? -1 : 1;
  return ma->position < mb->position ? -1 : ma->position > mb->position ? 1 : 0;
}

/**
 * atlas_kb_search:
 * @query: what the person typed
 * @max_results: the most results to return
 *
 * Finds places by any of their names, in English or Arabic, and aliases (accents, Arabic
 * short vowels and case ignored, so "Sakhur" finds as-Sakhour); events by title and summary;
 * and articles by their text. Places come first, best matches first (a whole name, the start
 * of a name, the start of a word, then inside a word), then events in date order, then
 * articles.
 *
 * Returns: (transfer full): a list of #AtlasSearchResult
 */
GListModel *
atlas_kb_search (AtlasKb    *kb,
                 const char *query,
                 guint       max_results)
{
  GListStore *results = g_list_store_new (ATLAS_TYPE_SEARCH_RESULT);
  g_autofree char *stripped = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *lowered = NULL;
  GListModel *model;
  guint n;

  g_return_val_if_fail (ATLAS_IS_KB (kb), G_LIST_MODEL (results));

  stripped = g_strstrip (g_strdup (query ? query : ""));
  if (stripped[0] == '\0')
    return G_LIST_MODEL (results);

  folded = atlas_search_fold (stripped);
  lowered = lower_keep_offsets (stripped);

  /* Places, best matches first; in the KB's order among equals */
  model = atlas_kb_get_places (kb);
  n = g_list_model_get_n_items (model);
  {
    g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (PlaceMatch));

    for (guint i = 0; i < n; i++)
      {
        g_autoptr(AtlasPlace) place = g_list_model_get_item (model, i);
        PlaceMatch match = { atlas_place_match_rank (place, folded), i };

        if (match.rank > 0)
          g_array_append_val (matches, match);
      }
    g_array_sort (matches, compare_place_matches);

    for (guint i = 0; i < matches->len && g_list_model_get_n_items (G_LIST_MODEL (results)) < max_results; i++)
      {
        g_autoptr(AtlasPlace) place = g_list_model_get_item (model, g_array_index (matches, PlaceMatch, i).position);
        g_autoptr(AtlasSearchResult) result = NULL;
        const char *name_ar = atlas_place_get_name_ar (place);
        const char *kind = atlas_vocabulary_get_label (ATLAS_VOCABULARY_PLACE_KIND, atlas_place_get_kind (place));

        /* The kind first, so that the line is laid out left to right; the Arabic name
         * keeps its own direction inside it */
        result = result_new (ATLAS_SEARCH_PLACE, place, atlas_place_get_name (place),
                             name_ar ? g_strdup_printf ("%s · %s", kind, name_ar) : g_strdup (kind));
        g_list_store_append (results, result);
      }
  }

  model = atlas_kb_get_events (kb);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n && g_list_model_get_n_items (G_LIST_MODEL (results)) < max_results; i++)
    {
      g_autoptr(AtlasEvent) event = g_list_model_get_item (model, i);
      g_autofree char *title = lower_keep_offsets (atlas_event_get_title (event));
      g_autofree char *summary = lower_keep_offsets (atlas_event_get_summary (event) ? atlas_event_get_summary (event) : "");

      if (strstr (title, lowered) || strstr (summary, lowered))
        {
          g_autoptr(AtlasSearchResult) result = NULL;

          result = result_new (ATLAS_SEARCH_EVENT, event, atlas_event_get_title (event),
                               atlas_event_format_date (event));
          g_list_store_append (results, result);
        }
    }

  model = atlas_kb_get_articles (kb);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n && g_list_model_get_n_items (G_LIST_MODEL (results)) < max_results; i++)
    {
      g_autoptr(AtlasArticle) article = g_list_model_get_item (model, i);
      const char *text = atlas_article_get_text (article);
      g_autofree char *lower = lower_keep_offsets (text);
      const char *hit = strstr (lower, lowered);

      if (hit)
        {
          g_autoptr(AtlasSearchResult) result = NULL;
          glong start = g_utf8_pointer_to_offset (lower, hit);
          glong end = start + g_utf8_strlen (lowered, -1);

          result = result_new (ATLAS_SEARCH_ARTICLE, article, atlas_article_get_title (article),
                               snippet (text, start, end));
          result->match_start = start;
          result->match_end = end;
          g_list_store_append (results, result);
        }
    }

  return G_LIST_MODEL (results);
}

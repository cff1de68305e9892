/* atlas-vocabulary.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-vocabulary"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "atlas-types.h"
#include "atlas-vocabulary.h"

/* The order of each list is the order of data/kb-format.md, which the loader's messages
 * ("expected one of ...") follow; where an enum mirrors a list, the index is the enum value. */

static const AtlasTerm place_kinds[] = {
  /* Translators: kinds of place, shown next to a place's name */
  { "neighbourhood", N_("neighbourhood") },
  { "district",      N_("district") },
  { "city",          N_("city") },
  { "town",          N_("town") },
  { "village",       N_("village") },
  { "region",        N_("region") },
  { "country",       N_("country") },
  { "facility",      N_("facility") },
  { "landmark",      N_("landmark") },
};

static const AtlasTerm precisions[] = {
  { "exact",       N_("Exact location") },
  { "centroid",    N_("Centre of its outline") },
  { "approximate", N_("Approximate location") },
  { "unknown",     N_("Location unknown") },
};

static const AtlasTerm geometry_types[] = {
  { "Polygon",      NULL },
  { "MultiPolygon", NULL },
};

static const AtlasTerm event_types[] = {
  { "bombardment",     N_("Bombardment") },
  { "ground-fighting", N_("Ground fighting") },
  { "humanitarian",    N_("Humanitarian") },
  { "evacuation",      N_("Evacuation") },
  { "ceasefire",       N_("Ceasefire") },
  { "diplomacy",       N_("Diplomacy") },
  { "statement",       N_("Statement") },
};

static const AtlasTerm date_precisions[] = {
  { "day",   N_("exact day") },
  { "days",  N_("sometime between these days") },
  { "month", N_("sometime in this month") },
};

static const AtlasTerm event_statuses[] = {
  { "reported", N_("Reported") },
  { "planned",  N_("Planned") },
};

static const AtlasTerm who_values[] = {
  /* Translators: who a casualty figure counts */
  { "people",              N_("people") },
  { "civilians",           N_("civilians") },
  { "children",            N_("children") },
  { "medical workers",     N_("medical workers") },
  { "rescue workers",      N_("rescue workers") },
  { "opposition fighters", N_("opposition fighters") },
  { "government forces",   N_("government forces") },
  { "military personnel",  N_("military personnel") },
};

static const AtlasTerm verifications[] = {
  /* Translators: a curator's judgement of a fact: not yet checked, confirmed by independent
   * sources, or contradicted by one */
  { "unverified",   N_("Unverified") },
  { "corroborated", N_("Corroborated") },
  { "disputed",     N_("Disputed") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (verifications) == ATLAS_VERIFICATION_DISPUTED + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (precisions) == ATLAS_PRECISION_UNKNOWN + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (date_precisions) == ATLAS_DATE_PRECISION_MONTH + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (event_statuses) == ATLAS_EVENT_STATUS_PLANNED + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (event_types) == ATLAS_N_EVENT_TYPES);

static const struct
{
  const AtlasTerm *terms;
  guint            n_terms;
} vocabularies[] = {
  [ATLAS_VOCABULARY_PLACE_KIND] = { place_kinds, G_N_ELEMENTS (place_kinds) },
  [ATLAS_VOCABULARY_PRECISION] = { precisions, G_N_ELEMENTS (precisions) },
  [ATLAS_VOCABULARY_GEOMETRY_TYPE] = { geometry_types, G_N_ELEMENTS (geometry_types) },
  [ATLAS_VOCABULARY_EVENT_TYPE] = { event_types, G_N_ELEMENTS (event_types) },
  [ATLAS_VOCABULARY_DATE_PRECISION] = { date_precisions, G_N_ELEMENTS (date_precisions) },
  [ATLAS_VOCABULARY_EVENT_STATUS] = { event_statuses, G_N_ELEMENTS (event_statuses) },
  [ATLAS_VOCABULARY_WHO] = { who_values, G_N_ELEMENTS (who_values) },
  [ATLAS_VOCABULARY_VERIFICATION] = { verifications, G_N_ELEMENTS (verifications) },
};

G_STATIC_ASSERT (G_N_ELEMENTS (vocabularies) == ATLAS_N_VOCABULARIES);

/**
 * atlas_vocabulary_get_terms:
 * @vocabulary: a vocabulary
 * @n_terms: (out) (optional): the number of terms
 *
 * Returns: (transfer none) (array length=n_terms): the terms, in the order of the format's
 *   documentation (for event types, the legend's order)
 */
const AtlasTerm *
atlas_vocabulary_get_terms (AtlasVocabulary  vocabulary,
                            guint           *n_terms)
{
  g_return_val_if_fail (vocabulary < ATLAS_N_VOCABULARIES, NULL);

  if (n_terms)
    *n_terms = vocabularies[vocabulary].n_terms;
  return vocabularies[vocabulary].terms;
}

guint
atlas_vocabulary_get_n_terms (AtlasVocabulary vocabulary)
{
  g_return_val_if_fail (vocabulary < ATLAS_N_VOCABULARIES, 0);
  return vocabularies[vocabulary].n_terms;
}

/**
 * atlas_vocabulary_get_id:
 *
 * Returns: the id of the term at @index, such as "centroid" for %ATLAS_PRECISION_CENTROID
 */
const char *
atlas_vocabulary_get_id (AtlasVocabulary vocabulary,
                         guint           index)
{
  g_return_val_if_fail (vocabulary < ATLAS_N_VOCABULARIES, NULL);
  g_return_val_if_fail (index < vocabularies[vocabulary].n_terms, NULL);

  return vocabularies[vocabulary].terms[index].id;
}

/**
 * atlas_vocabulary_lookup:
 *
 * Returns: the index of @id in @vocabulary, or -1 if it is not one of its words (the
 *   comparison is exact: the format's words are case-sensitive)
 */
int
atlas_vocabulary_lookup (AtlasVocabulary  vocabulary,
                         const char      *id)
{
  g_return_val_if_fail (vocabulary < ATLAS_N_VOCABULARIES, -1);

  if (id == NULL)
    return -1;

  for (guint i = 0; i < vocabularies[vocabulary].n_terms; i++)
    if (strcmp (vocabularies[vocabulary].terms[i].id, id) == 0)
      return i;

  return -1;
}

gboolean
atlas_vocabulary_contains (AtlasVocabulary  vocabulary,
                           const char      *id)
{
  return atlas_vocabulary_lookup (vocabulary, id) >= 0;
}

/**
 * atlas_vocabulary_get_label:
 *
 * Returns: (nullable): the translated label of @id, or %NULL if @id is not in @vocabulary
 *   or its terms have no labels
 */
const char *
atlas_vocabulary_get_label (AtlasVocabulary  vocabulary,
                            const char      *id)
{
  int index = atlas_vocabulary_lookup (vocabulary, id);
  const char *label;

  if (index < 0 || !(label = vocabularies[vocabulary].terms[index].label))
    return NULL;

  return _(label);
}

/**
 * atlas_vocabulary_describe:
 *
 * Returns: (transfer full): the ids, quoted and separated by commas, for messages:
 *   `"day", "days", "month"`
 */
char *
atlas_vocabulary_describe (AtlasVocabulary vocabulary)
{
  GString *str;

  g_return_val_if_fail (vocabulary < ATLAS_N_VOCABULARIES, NULL);

  str = g_string_new (NULL);
  for (guint i = 0; i < vocabularies[vocabulary].n_terms; i++)
    g_string_append_printf (str, "%s\"%s\"", i > 0 ? ", " : "", vocabularies[vocabulary].terms[i].id);

  return g_string_free (str, FALSE);
}

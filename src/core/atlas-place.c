/* atlas-place.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-place"

#include "config.h"

#include <string.h>

#include "atlas-kb-private.h"
#include "atlas-search-text.h"
#include "atlas-vocabulary.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_NAME_AR,
  PROP_KIND,
  PROP_PRECISION,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (AtlasPlace, atlas_place, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

const char *
atlas_precision_to_string (AtlasPrecision precision)
{
  g_return_val_if_fail ((guint) precision < atlas_vocabulary_get_n_terms (ATLAS_VOCABULARY_PRECISION), "unknown");

  return atlas_vocabulary_get_id (ATLAS_VOCABULARY_PRECISION, precision);
}

static void
atlas_place_finalize (GObject *object)
{
  AtlasPlace *self = (AtlasPlace *)object;

  g_free (self->id);
  g_free (self->name);
  g_free (self->name_ar);
  g_strfreev (self->aliases);
  g_free (self->kind);
  g_free (self->source);
  g_free (self->note);
  g_clear_pointer (&self->geometry, atlas_geometry_unref);

  G_OBJECT_CLASS (atlas_place_parent_class)->finalize (object);
}

static void
atlas_place_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  AtlasPlace *self = ATLAS_PLACE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_NAME_AR:
      g_value_set_string (value, self->name_ar);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_PRECISION:
      g_value_set_string (value, atlas_precision_to_string (self->precision));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_place_class_init (AtlasPlaceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_place_finalize;
  object_class->get_property = atlas_place_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME_AR] =
    g_param_spec_string ("name-ar", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRECISION] =
    g_param_spec_string ("precision", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_place_init (AtlasPlace *self)
{
  self->precision = ATLAS_PRECISION_UNKNOWN;
}

const char *
atlas_place_get_id (AtlasPlace *self)
{
  g_return_val_if_fail (ATLAS_IS_PLACE (self), NULL);
  return self->id;
}

const char *
atlas_place_get_name (AtlasPlace *self)
{
  g_return_val_if_fail (ATLAS_IS_PLACE (self), NULL);
  return self->name;
}

const char *
atlas_place_get_name_ar (AtlasPlace *self)
{
  g_return_val_if_fail (ATLAS_IS_PLACE (self), NULL);
  return self->name_ar;
}

/**
 * atlas_place_get_aliases:
 *
 * Returns: (transfer none) (array zero-terminated=1): other spellings, never %NULL
 */
const char * const *
atlas_place_get_aliases (AtlasPlace *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (ATLAS_IS_PLACE (self), none);
  return self->aliases ? (const char * const *) self->aliases : none;
}

const char *
atlas_place_get_kind (AtlasPlace *self)
{
  g_return_val_if_fail (ATLAS_IS_PLACE (self), NULL);
  return self->kind;
}

AtlasPrecision
atlas_place_get_precision (AtlasPlace *self)
{
  g_return_val_if_fail (ATLAS_IS_PLACE (self), ATLAS_PRECISION_UNKNOWN);
  return self->precision;
}

/**
 * atlas_place_get_location:
 * @lat: (out) (optional): latitude
 * @lon: (out) (optional): longitude
 *
 * Returns: %FALSE if the location is unknown
 */
gboolean
atlas_place_get_location (AtlasPlace *self,
                          double     *lat,
                          double     *lon)
{
  g_return_val_if_fail (ATLAS_IS_PLACE (self), FALSE);

  if (lat)
    *lat = self->lat;
  if (lon)
    *lon = self->lon;

  return self->has_location;
}

/**
 * atlas_place_get_geometry:
 *
 * Returns: (transfer none) (nullable): the place's outline
 */
AtlasGeometry *
atlas_place_get_geometry (AtlasPlace *self)
{
  g_return_val_if_fail (ATLAS_IS_PLACE (self), NULL);
  return self->geometry;
}

const char *
atlas_place_get_source (AtlasPlace *self)
{
  g_return_val_if_fail (ATLAS_IS_PLACE (self), NULL);
  return self->source;
}

const char *
atlas_place_get_note (AtlasPlace *self)
{
  g_return_val_if_fail (ATLAS_IS_PLACE (self), NULL);
  return self->note;
}

/**
 * atlas_place_fold_name:
 * @name: a name
 *
 * Folds @name with search's own normaliser (atlas_search_tokenize()): case, accents,
 * Arabic short vowels, and the letters that Arabic spellings of one name disagree on
 * (alef with or without hamza or madda, ta marbuta and heh, alef maqsura and yeh);
 * words are joined by one space, so "Al-Ansari" and "al Ansari" fold alike.
 *
 * Returns: (transfer full): @name folded, to tell whether two names are one
 */
char *
atlas_place_fold_name (const char *name)
{
  g_autoptr(GArray) tokens = NULL;
  GString *out;

  g_return_val_if_fail (name != NULL, NULL);

  tokens = atlas_search_tokenize (name);
  out = g_string_new (NULL);
  for (guint i = 0; i < tokens->len; i++)
    {
      const AtlasSearchToken *token = &g_array_index (tokens, AtlasSearchToken, i);

      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, token->word);
    }

  return g_string_free (out, FALSE);
}

/**
 * atlas_place_collate_key:
 * @name: a place's name
 *
 * The key lists of places sort by: @name folded as search folds it (atlas_place_fold_name()),
 * less a leading Arabic article, so that "al-Sakhour", "as-Sakhour" and "Sakhour" sort
 * together under S, and "Bab al-Hadid" under B (issue 7).
 *
 * Returns: (transfer full): a key to compare with strcmp()
 */
char *
atlas_place_collate_key (const char *name)
{
  g_autoptr(GArray) tokens = NULL;
  GString *out;
  guint first = 0;

  g_return_val_if_fail (name != NULL, NULL);

  tokens = atlas_search_tokenize (name);
  if (tokens->len > 1 && g_array_index (tokens, AtlasSearchToken, 0).is_article)
    first = 1;

  out = g_string_new (NULL);
  for (guint i = first; i < tokens->len; i++)
    {
      if (i > first)
        g_string_append_c (out, ' ');
      g_string_append (out, g_array_index (tokens, AtlasSearchToken, i).word);
    }

  return g_string_free (out, FALSE);
}

/**
 * atlas_place_dup_other_names:
 *
 * The aliases worth showing beside the name: those that are not the name or the
 * Arabic name spelt another way, nor repeat one another (issue 7). Search keeps
 * every alias.
 *
 * Returns: (transfer full) (array zero-terminated=1): the other names
 */
char **
atlas_place_dup_other_names (AtlasPlace *self)
{
  g_autoptr(GPtrArray) seen = NULL;
  GPtrArray *names;

  g_return_val_if_fail (ATLAS_IS_PLACE (self), NULL);

  seen = g_ptr_array_new_with_free_func (g_free);
  names = g_ptr_array_new ();
  g_ptr_array_add (seen, atlas_place_fold_name (self->name));
  if (self->name_ar)
    g_ptr_array_add (seen, atlas_place_fold_name (self->name_ar));

  for (guint i = 0; self->aliases && self->aliases[i]; i++)
    {
      char *folded = atlas_place_fold_name (self->aliases[i]);

      if (g_ptr_array_find_with_equal_func (seen, folded, g_str_equal, NULL))
        {
          g_free (folded);
          continue;
        }
      g_ptr_array_add (seen, folded);
      g_ptr_array_add (names, g_strdup (self->aliases[i]));
    }

  g_ptr_array_add (names, NULL);
  return (char **) g_ptr_array_free (names, FALSE);
}

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

/* Folds case and strips the marks that spellings of one name disagree on: Latin accents and
 * Arabic short vowels (harakat) and tatweel, so that "Sakhour" and "ṣakhour", or a vowelled
 * Arabic name and a plain one, compare equal. */
/**
 * atlas_search_fold:
 *
 * Returns: (transfer full): @text folded for matching names in search
 */
char *
atlas_search_fold (const char *text)
{
  g_autofree char *normalized = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  g_autofree char *lower = NULL;
  GString *out;

  if (normalized == NULL)
    return g_strdup ("");

  lower = g_utf8_casefold (normalized, -1);
  out = g_string_sized_new (strlen (lower));

  for (const char *p = lower; *p; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (ch);

      if (type == G_UNICODE_NON_SPACING_MARK || ch == 0x0640 /* tatweel */)
        continue;
      g_string_append_unichar (out, ch);
    }

  return g_string_free (out, FALSE);
}

void
_atlas_place_build_search (AtlasPlace *self)
{
  GPtrArray *names = g_ptr_array_new ();

  g_ptr_array_add (names, atlas_search_fold (self->name));
  if (self->name_ar)
    g_ptr_array_add (names, atlas_search_fold (self->name_ar));
  for (guint i = 0; self->aliases && self->aliases[i]; i++)
    g_ptr_array_add (names, atlas_search_fold (self->aliases[i]));
  g_ptr_array_add (names, NULL);

  g_clear_pointer (&self->folded_names, g_strfreev);
  self->folded_names = (char **) g_ptr_array_free (names, FALSE);
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
  g_strfreev (self->folded_names);

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
 * atlas_place_match_rank:
 * @folded_needle: text folded with the same rules as names (see atlas_search_fold())
 *
 * How well @folded_needle matches the place's name, Arabic name or aliases, at best.
 *
 * Returns: 0 for no match; 1 inside a word ("aid" in "Sa'id"); 2 at the start of a word
 *   ("basha" in "Bustan al-Basha"); 3 at the start of a name; 4 a whole name
 */
guint
atlas_place_match_rank (AtlasPlace *self,
                        const char *folded_needle)
{
  gsize length;
  guint best = 0;

  g_return_val_if_fail (ATLAS_IS_PLACE (self), 0);
  g_return_val_if_fail (folded_needle != NULL, 0);

  length = strlen (folded_needle);
  for (guint i = 0; self->folded_names && self->folded_names[i]; i++)
    {
      const char *name = self->folded_names[i];

      /* UTF-8 never matches from inside a character, so stepping one byte is safe */
      for (const char *hit = strstr (name, folded_needle); hit; hit = hit[0] ? strstr (hit + 1, folded_needle) : NULL)
        {
          guint rank;

          if (hit == name)
            rank = name[length] == '\0' ? 4 : 3;
          else
            rank = g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (hit))) ? 1 : 2;

          best = MAX (best, rank);
        }
    }

  return best;
}

/**
 * atlas_place_matches:
 * @needle: text folded with the same rules as names (see atlas_search_fold())
 *
 * Returns: %TRUE if a name, the Arabic name or an alias contains @needle
 */
gboolean
atlas_place_matches (AtlasPlace *self,
                     const char *folded_needle)
{
  return atlas_place_match_rank (self, folded_needle) > 0;
}

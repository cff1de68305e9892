/* atlas-casualty.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-casualty"

#include "config.h"

#include <inttypes.h>

#include <glib/gi18n.h>

#include "atlas-kb-private.h"
#include "atlas-vocabulary.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_WHO,
  PROP_QUALIFIER,
  PROP_REPORTED_BY,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (AtlasCasualty, atlas_casualty, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
atlas_casualty_finalize (GObject *object)
{
  AtlasCasualty *self = (AtlasCasualty *)object;

  g_free (self->id);
  g_free (self->who);
  _atlas_count_clear (&self->killed);
  _atlas_count_clear (&self->injured);
  g_clear_pointer (&self->overlaps, g_ptr_array_unref);
  g_free (self->qualifier);
  g_free (self->reported_by);
  g_free (self->note);
  g_clear_object (&self->event);
  g_clear_pointer (&self->places, g_ptr_array_unref);
  _atlas_source_clear (&self->source);

  G_OBJECT_CLASS (atlas_casualty_parent_class)->finalize (object);
}

static void
atlas_casualty_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AtlasCasualty *self = ATLAS_CASUALTY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_WHO:
      g_value_set_string (value, self->who);
      break;

    case PROP_QUALIFIER:
      g_value_set_string (value, self->qualifier);
      break;

    case PROP_REPORTED_BY:
      g_value_set_string (value, self->reported_by);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_casualty_class_init (AtlasCasualtyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_casualty_finalize;
  object_class->get_property = atlas_casualty_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_WHO] =
    g_param_spec_string ("who", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUALIFIER] =
    g_param_spec_string ("qualifier", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REPORTED_BY] =
    g_param_spec_string ("reported-by", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_casualty_init (AtlasCasualty *self)
{
  self->places = g_ptr_array_new_with_free_func (g_object_unref);
  self->killed.min = self->killed.max = -1;
  self->injured.min = self->injured.max = -1;
}

const char *
atlas_casualty_get_id (AtlasCasualty *self)
{
  g_return_val_if_fail (ATLAS_IS_CASUALTY (self), NULL);
  return self->id;
}

AtlasEvent *
atlas_casualty_get_event (AtlasCasualty *self)
{
  g_return_val_if_fail (ATLAS_IS_CASUALTY (self), NULL);
  return self->event;
}

guint
atlas_casualty_get_n_places (AtlasCasualty *self)
{
  g_return_val_if_fail (ATLAS_IS_CASUALTY (self), 0);
  return self->places->len;
}

AtlasPlace *
atlas_casualty_get_place (AtlasCasualty *self,
                          guint          index)
{
  g_return_val_if_fail (ATLAS_IS_CASUALTY (self), NULL);
  g_return_val_if_fail (index < self->places->len, NULL);
  return g_ptr_array_index (self->places, index);
}

/**
 * atlas_casualty_get_killed:
 *
 * Returns: the number killed; its min is -1 when the figure gives no such number
 */
const AtlasCount *
atlas_casualty_get_killed (AtlasCasualty *self)
{
  g_return_val_if_fail (ATLAS_IS_CASUALTY (self), NULL);
  return &self->killed;
}

const AtlasCount *
atlas_casualty_get_injured (AtlasCasualty *self)
{
  g_return_val_if_fail (ATLAS_IS_CASUALTY (self), NULL);
  return &self->injured;
}

void
_atlas_count_clear (AtlasCount *count)
{
  g_clear_pointer (&count->words, g_free);
}

/**
 * atlas_casualty_get_period:
 * @start: (out) (optional): its first day
 * @end: (out) (optional): its last day
 *
 * A figure may count over a period ("since the offensive began on 22 September"), and is then
 * drawn over that period, never on one day.
 *
 * Returns: whether the figure covers a period; when not, it counts on its event's date
 */
gboolean
atlas_casualty_get_period (AtlasCasualty *self,
                           AtlasDate     *start,
                           AtlasDate     *end)
{
  g_return_val_if_fail (ATLAS_IS_CASUALTY (self), FALSE);

  if (start)
    *start = self->period_start;
  if (end)
    *end = self->period_end;

  return self->period_start != 0;
}

/**
 * atlas_casualty_get_n_overlaps:
 *
 * Returns: how many other figures may count the same people as this one (KB member
 *   `overlaps`, which the loader makes symmetric)
 */
guint
atlas_casualty_get_n_overlaps (AtlasCasualty *self)
{
  g_return_val_if_fail (ATLAS_IS_CASUALTY (self), 0);
  return self->overlaps ? self->overlaps->len : 0;
}

/**
 * atlas_casualty_get_overlap:
 *
 * Returns: (transfer none): the @index-th figure that may count the same people
 */
AtlasCasualty *
atlas_casualty_get_overlap (AtlasCasualty *self,
                            guint          index)
{
  g_return_val_if_fail (ATLAS_IS_CASUALTY (self), NULL);
  g_return_val_if_fail (index < atlas_casualty_get_n_overlaps (self), NULL);
  return g_ptr_array_index (self->overlaps, index);
}

AtlasVerification
atlas_casualty_get_verification (AtlasCasualty *self)
{
  g_return_val_if_fail (ATLAS_IS_CASUALTY (self), ATLAS_VERIFICATION_UNVERIFIED);
  return self->verification;
}

const char *
atlas_casualty_get_who (AtlasCasualty *self)
{
  g_return_val_if_fail (ATLAS_IS_CASUALTY (self), NULL);
  return self->who;
}

const char *
atlas_casualty_get_qualifier (AtlasCasualty *self)
{
  g_return_val_if_fail (ATLAS_IS_CASUALTY (self), NULL);
  return self->qualifier;
}

const char *
atlas_casualty_get_reported_by (AtlasCasualty *self)
{
  g_return_val_if_fail (ATLAS_IS_CASUALTY (self), NULL);
  return self->reported_by;
}

const char *
atlas_casualty_get_note (AtlasCasualty *self)
{
  g_return_val_if_fail (ATLAS_IS_CASUALTY (self), NULL);
  return self->note;
}

const AtlasSource *
atlas_casualty_get_source (AtlasCasualty *self)
{
  g_return_val_if_fail (ATLAS_IS_CASUALTY (self), NULL);
  return &self->source;
}

/**
 * atlas_count_format:
 *
 * Formats a count as a range, never as one invented number: `27`, `12–15`, `27+` (open-ended).
 *
 * Returns: (transfer full) (nullable): the count, or %NULL if there is no number
 */
char *
atlas_count_format (const AtlasCount *count)
{
  g_return_val_if_fail (count != NULL, NULL);

  if (!ATLAS_COUNT_IS_SET (count))
    return NULL;

  if (count->max < 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT "+", count->min);

  if (count->max == count->min)
    return g_strdup_printf ("%" G_GINT64_FORMAT, count->min);

  return g_strdup_printf ("%" G_GINT64_FORMAT "–%" G_GINT64_FORMAT, count->min, count->max);
}

static char *
format_count (const AtlasCount *count,
              gboolean          at_least)
{
  if (at_least && ATLAS_COUNT_IS_SET (count) && count->max < 0)
    /* Translators: an open-ended casualty count, "at least 27" */
    return g_strdup_printf (_("at least %" PRId64), count->min);

  return atlas_count_format (count);
}

/**
 * atlas_casualty_format:
 *
 * A one-line summary that never turns words into one invented number: the range the words
 * allow, then who, then the words as written: `at least 27 killed (people)`,
 * `12 killed (people; “a dozen”)`, `24+ killed (civilians; “dozens”)`.
 *
 * Returns: (transfer full): the summary
 */
char *
atlas_casualty_format (AtlasCasualty *self)
{
  g_autofree char *killed = NULL;
  g_autofree char *injured = NULL;
  g_autofree char *counts = NULL;
  const char *who;
  gboolean at_least;
  GString *str;

  g_return_val_if_fail (ATLAS_IS_CASUALTY (self), NULL);

  who = atlas_vocabulary_get_label (ATLAS_VOCABULARY_WHO, self->who);

  at_least = g_strcmp0 (self->qualifier, "at least") == 0;
  killed = format_count (&self->killed, at_least);
  injured = format_count (&self->injured, at_least);
  str = g_string_new (NULL);

  if (killed)
    /* Translators: a casualty figure, such as "27 killed" or "12–15 killed" */
    g_string_append_printf (str, _("%s killed"), killed);
  if (killed && injured)
    /* Translators: between the killed and the injured of a casualty figure */
    g_string_append (str, _(", "));
  if (injured)
    g_string_append_printf (str, _("%s injured"), injured);
  if (!killed && !injured)
    g_string_append (str, _("no number given"));

  counts = g_string_free (str, FALSE);
  if (who == NULL)
    who = self->who;

  /* Whole patterns, not pieces, so that a right-to-left language can order and punctuate them */
  if (self->qualifier && self->qualifier[0] && !at_least)
    /* Translators: a casualty figure, who it counts, and the report's own words for the
     * number (in English, from the KB): "12 killed (people; “a dozen”)" */
    return g_strdup_printf (_("%s (%s; “%s”)"), counts, who, self->qualifier);

  /* Translators: a casualty figure and who it counts: "27 killed (civilians)" */
  return g_strdup_printf (_("%s (%s)"), counts, who);
}

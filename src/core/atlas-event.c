/* atlas-event.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-event"

#include "config.h"

#include "atlas-kb-private.h"
#include "atlas-locale.h"
#include "atlas-vocabulary.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SUMMARY,
  PROP_EVENT_TYPE,
  PROP_DATE,
  PROP_STATUS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (AtlasEvent, atlas_event, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

const char *
atlas_date_precision_to_string (AtlasDatePrecision precision)
{
  g_return_val_if_fail ((guint) precision < atlas_vocabulary_get_n_terms (ATLAS_VOCABULARY_DATE_PRECISION), "day");

  return atlas_vocabulary_get_id (ATLAS_VOCABULARY_DATE_PRECISION, precision);
}

const char *
atlas_event_status_to_string (AtlasEventStatus status)
{
  g_return_val_if_fail ((guint) status < atlas_vocabulary_get_n_terms (ATLAS_VOCABULARY_EVENT_STATUS), "reported");

  return atlas_vocabulary_get_id (ATLAS_VOCABULARY_EVENT_STATUS, status);
}

static void
atlas_event_finalize (GObject *object)
{
  AtlasEvent *self = (AtlasEvent *)object;

  g_free (self->id);
  g_free (self->title);
  g_free (self->summary);
  g_free (self->type);
  g_free (self->note);
  g_strfreev (self->actors);
  g_clear_pointer (&self->places, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_array_unref);

  G_OBJECT_CLASS (atlas_event_parent_class)->finalize (object);
}

static void
atlas_event_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  AtlasEvent *self = ATLAS_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_EVENT_TYPE:
      g_value_set_string (value, self->type);
      break;

    case PROP_DATE:
      g_value_take_string (value, atlas_event_format_date (self));
      break;

    case PROP_STATUS:
      g_value_set_string (value, atlas_event_status_to_string (self->status));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_event_class_init (AtlasEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_event_finalize;
  object_class->get_property = atlas_event_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_EVENT_TYPE] =
    g_param_spec_string ("event-type", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_event_init (AtlasEvent *self)
{
  self->places = g_ptr_array_new_with_free_func (g_object_unref);
  self->sources = g_array_new (FALSE, TRUE, sizeof (AtlasSource));
  g_array_set_clear_func (self->sources, (GDestroyNotify) _atlas_source_clear);
}

const char *
atlas_event_get_id (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), NULL);
  return self->id;
}

const char *
atlas_event_get_title (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), NULL);
  return self->title;
}

const char *
atlas_event_get_summary (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), NULL);
  return self->summary;
}

const char *
atlas_event_get_event_type (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), NULL);
  return self->type;
}

const char *
atlas_event_get_note (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), NULL);
  return self->note;
}

AtlasDate
atlas_event_get_date (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), ATLAS_DATE_NONE);
  return self->date;
}

/**
 * atlas_event_get_end_date:
 *
 * Returns: the last day of a range, or %ATLAS_DATE_NONE for a single day
 */
AtlasDate
atlas_event_get_end_date (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), ATLAS_DATE_NONE);
  return self->end_date;
}

AtlasDatePrecision
atlas_event_get_date_precision (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), ATLAS_DATE_PRECISION_DAY);
  return self->date_precision;
}

AtlasEventStatus
atlas_event_get_status (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), ATLAS_EVENT_STATUS_REPORTED);
  return self->status;
}

AtlasVerification
atlas_event_get_verification (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), ATLAS_VERIFICATION_UNVERIFIED);
  return self->verification;
}

/**
 * atlas_event_get_n_independent_sources:
 *
 * Sources are independent when they come from different outlets: two passages of one article,
 * or two articles of one outlet, are one source. (A copy of an agency's report under another
 * outlet's name is not told apart: the KB gives the copy's outlet as "HuffPost (Reuters copy)".)
 *
 * Returns: how many independent sources state the event
 */
guint
atlas_event_get_n_independent_sources (AtlasEvent *self)
{
  g_autoptr(GPtrArray) outlets = NULL;

  g_return_val_if_fail (ATLAS_IS_EVENT (self), 0);

  outlets = g_ptr_array_new ();
  for (guint i = 0; i < self->sources->len; i++)
    {
      const AtlasSource *source = &g_array_index (self->sources, AtlasSource, i);
      const char *outlet = atlas_article_get_outlet (source->article);

      if (!g_ptr_array_find_with_equal_func (outlets, outlet, g_str_equal, NULL))
        g_ptr_array_add (outlets, (gpointer) outlet);
    }

  return outlets->len;
}

guint
atlas_event_get_n_places (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), 0);
  return self->places->len;
}

AtlasPlace *
atlas_event_get_place (AtlasEvent *self,
                       guint       index)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), NULL);
  g_return_val_if_fail (index < self->places->len, NULL);
  return g_ptr_array_index (self->places, index);
}

const char * const *
atlas_event_get_actors (AtlasEvent *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (ATLAS_IS_EVENT (self), none);
  return self->actors ? (const char * const *) self->actors : none;
}

guint
atlas_event_get_n_sources (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), 0);
  return self->sources->len;
}

const AtlasSource *
atlas_event_get_source (AtlasEvent *self,
                        guint       index)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), NULL);
  g_return_val_if_fail (index < self->sources->len, NULL);
  return &g_array_index (self->sources, AtlasSource, index);
}

/**
 * atlas_event_get_position:
 *
 * Returns: the event's index in the KB's date-ordered event list
 */
guint
atlas_event_get_position (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), 0);
  return self->position;
}

/**
 * atlas_event_format_date:
 *
 * Formats the date as precisely as it is known, as the interface's language writes it:
 * "23 September 2016", "22 – 23 September 2016", or "August 2016" for an event known only
 * to the month.
 *
 * Returns: (transfer full): the date
 */
char *
atlas_event_format_date (AtlasEvent *self)
{
  guint year, month;

  g_return_val_if_fail (ATLAS_IS_EVENT (self), NULL);

  if (self->date_precision == ATLAS_DATE_PRECISION_MONTH)
    {
      atlas_date_to_ymd (self->date, &year, &month, NULL);
      return atlas_locale_format_month (year, month, FALSE);
    }

  return atlas_locale_format_date_range (self->date, self->end_date);
}

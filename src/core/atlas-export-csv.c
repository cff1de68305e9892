/* atlas-export-csv.c: one row per event, in columns like ACLED's (RFC 4180)
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-export"

#include "config.h"

#include <string.h>

#include "atlas-export-private.h"

/* The columns, in order; data/export-formats.md says what each holds */
static const char * const columns[] = {
  "event_id_cnty", "event_date", "year", "time_precision", "event_type", "actor1", "actor2",
  "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
  "fatalities_low", "fatalities_high", "end_date",
};

/* RFC 4180: a field with a comma, a quote or a line break goes in quotes, its quotes doubled.
 * Each field starts with its comma; write_row() drops the first. */
static void
append_field (GString    *row,
              const char *value)
{
  g_string_append_c (row, ',');

  if (value == NULL)
    return;

  if (strpbrk (value, ",\"\r\n") == NULL)
    {
      g_string_append (row, value);
      return;
    }

  g_string_append_c (row, '"');
  for (const char *p = value; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (row, '"');
      g_string_append_c (row, *p);
    }
  g_string_append_c (row, '"');
}

static void
append_int_field (GString *row,
                  gint64   value)
{
  g_autofree char *text = value >= 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, value) : NULL;

  append_field (row, text);
}

static void
append_double_field (GString *row,
                     double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  append_field (row, g_ascii_formatd (buffer, sizeof buffer, "%.6f", value));
}

/* ACLED's time_precision: 1 the day is known, 2 a range of days or a week, 3 only the month */
static const char *
time_precision_code (AtlasDatePrecision precision)
{
  switch (precision)
    {
    case ATLAS_DATE_PRECISION_DAY: return "1";
    case ATLAS_DATE_PRECISION_DAYS: return "2";
    case ATLAS_DATE_PRECISION_MONTH: return "3";
    default: return NULL;
    }
}

/*
 * ACLED's geo_precision: 1 the coordinates are of the named place itself (a town, or a city's
 * neighbourhood, by its centre), 2 somewhere near or in part of it, 3 a larger region. Our
 * exact point and a neighbourhood's centroid are both the reported place: 1; an approximate
 * point: 2; an unknown location has no coordinates and no code.
 */
static const char *
geo_precision_code (AtlasPrecision precision)
{
  switch (precision)
    {
    case ATLAS_PRECISION_EXACT:
    case ATLAS_PRECISION_CENTROID:
      return "1";
    case ATLAS_PRECISION_APPROXIMATE:
      return "2";
    case ATLAS_PRECISION_UNKNOWN:
    default:
      return NULL;
    }
}

static void
append_date_field (GString   *row,
                   AtlasDate  date)
{
  g_autofree char *text = date != ATLAS_DATE_NONE ? atlas_date_format (date) : NULL;

  append_field (row, text);
}

static void
append_event_row (GString    *row,
                  AtlasKb    *kb,
                  AtlasEvent *event)
{
  GPtrArray *casualties = atlas_kb_get_casualties_for_event (kb, event);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GPtrArray) outlets = g_ptr_array_new ();
  g_autofree char *location = NULL;
  g_autofree char *source = NULL;
  g_autofree char *notes = NULL;
  const char * const *actors = atlas_event_get_actors (event);
  AtlasDate date = atlas_event_get_date (event);
  AtlasPlace *located = NULL;
  AtlasKilledRange killed;
  const char *summary;
  double lat = 0, lon = 0;
  guint year = 0;

  for (guint i = 0; i < atlas_event_get_n_places (event); i++)
    {
      AtlasPlace *place = atlas_event_get_place (event, i);

      g_ptr_array_add (names, (gpointer) atlas_place_get_name (place));
      if (located == NULL && atlas_place_get_precision (place) != ATLAS_PRECISION_UNKNOWN &&
          atlas_place_get_location (place, &lat, &lon))
        located = place;
    }
  g_ptr_array_add (names, NULL);
  location = g_strjoinv ("; ", (char **) names->pdata);

  for (guint i = 0; i < atlas_event_get_n_sources (event); i++)
    {
      const char *outlet = atlas_article_get_outlet (atlas_event_get_source (event, i)->article);

      if (outlet && *outlet && !g_ptr_array_find_with_equal_func (outlets, outlet, g_str_equal, NULL))
        g_ptr_array_add (outlets, (gpointer) outlet);
    }
  g_ptr_array_add (outlets, NULL);
  source = g_strjoinv ("; ", (char **) outlets->pdata);

  summary = atlas_event_get_summary (event);
  notes = summary && *summary ? g_strconcat (atlas_event_get_title (event), ". ", summary, NULL)
                              : g_strdup (atlas_event_get_title (event));

  if (date != ATLAS_DATE_NONE)
    atlas_date_to_ymd (date, &year, NULL, NULL);
  _atlas_export_killed_range (casualties, &killed);

  append_field (row, atlas_event_get_id (event));
  append_date_field (row, date);
  append_int_field (row, year > 0 ? year : -1);
  append_field (row, time_precision_code (atlas_event_get_date_precision (event)));
  append_field (row, atlas_event_get_event_type (event));
  append_field (row, actors && actors[0] ? actors[0] : NULL);
  append_field (row, actors && actors[0] && actors[1] ? actors[1] : NULL);
  append_field (row, location);
  if (located)
    {
      append_double_field (row, lat);
      append_double_field (row, lon);
      append_field (row, geo_precision_code (atlas_place_get_precision (located)));
    }
  else
    {
      append_field (row, NULL);
      append_field (row, NULL);
      append_field (row, NULL);
    }
  append_field (row, source);
  append_field (row, NULL);
  append_field (row, notes);
  append_int_field (row, killed.low);
  append_int_field (row, killed.high);
  append_date_field (row, atlas_event_get_end_date (event));
}

static gboolean
write_row (GString       *row,
           GOutputStream *out,
           GCancellable  *cancellable,
           GError       **error)
{
  g_assert (row->len > 0 && row->str[0] == ',');

  g_string_append (row, "\r\n");
  return g_output_stream_write_all (out, row->str + 1, row->len - 1, NULL, cancellable, error);
}

gboolean
_atlas_export_csv (AtlasKb       *kb,
                   GOutputStream *out,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(GString) row = g_string_new (NULL);
  GListModel *events = atlas_kb_get_events (kb);

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    append_field (row, columns[i]);
  if (!write_row (row, out, cancellable, error))
    return FALSE;

  /* The KB keeps its events in date order */
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(AtlasEvent) event = g_list_model_get_item (events, i);

      g_string_truncate (row, 0);
      append_event_row (row, kb, event);
      if (!write_row (row, out, cancellable, error))
        return FALSE;
    }

  return TRUE;
}

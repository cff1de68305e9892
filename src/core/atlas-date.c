/* atlas-date.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-date"

#include "config.h"

#include "atlas-date.h"

static int
digits (const char *p,
        guint       n)
{
  int value = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return -1;
      value = value * 10 + (p[i] - '0');
    }

  return value;
}

/**
 * atlas_date_parse:
 * @text: a date written as `YYYY-MM-DD`
 * @out_date: (out): the date
 *
 * Parses a calendar date strictly: exactly ten characters, a real day of a
 * real month (2016-02-30 is refused), years 1 to 9999.
 *
 * Returns: %TRUE if @text is a valid date
 */
gboolean
atlas_date_parse (const char *text,
                  AtlasDate  *out_date)
{
  int y, m, d;

  g_return_val_if_fail (out_date != NULL, FALSE);

  *out_date = ATLAS_DATE_NONE;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  y = digits (text, 4);
  m = digits (text + 5, 2);
  d = digits (text + 8, 2);

  if (y < 1 || m < 1 || m > 12 || d < 1 || !g_date_valid_dmy (d, m, y))
    return FALSE;

  *out_date = atlas_date_from_ymd (y, m, d);
  return TRUE;
}

/**
 * atlas_date_parse_start:
 * @text: a date written as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, with white space around it allowed
 * @out_date: (out): the date, or the first day of the month or year
 *
 * Parses what a person types to go to a date.
 *
 * Returns: %TRUE if @text is one of the three forms and a real date
 */
gboolean
atlas_date_parse_start (const char *text,
                        AtlasDate  *out_date)
{
  g_autofree char *stripped = NULL;
  gsize len;
  int year, month;

  g_return_val_if_fail (out_date != NULL, FALSE);

  *out_date = ATLAS_DATE_NONE;
  if (text == NULL)
    return FALSE;

  stripped = g_strstrip (g_strdup (text));
  len = strlen (stripped);

  if (len == 10)
    return atlas_date_parse (stripped, out_date);

  if (len != 4 && !(len == 7 && stripped[4] == '-'))
    return FALSE;

  year = digits (stripped, 4);
  month = len == 7 ? digits (stripped + 5, 2) : 1;
  if (year < 1 || month < 1 || month > 12)
    return FALSE;

  *out_date = atlas_date_from_ymd (year, month, 1);
  return TRUE;
}

AtlasDate
atlas_date_from_ymd (guint year,
                     guint month,
                     guint day)
{
  GDate date;

  g_return_val_if_fail (g_date_valid_dmy (day, month, year), ATLAS_DATE_NONE);

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

void
atlas_date_to_ymd (AtlasDate  date,
                   guint     *year,
                   guint     *month,
                   guint     *day)
{
  GDate gdate;

  g_return_if_fail (g_date_valid_julian (date));

  g_date_clear (&gdate, 1);
  g_date_set_julian (&gdate, date);
  if (year)
    *year = g_date_get_year (&gdate);
  if (month)
    *month = g_date_get_month (&gdate);
  if (day)
    *day = g_date_get_day (&gdate);
}

/**
 * atlas_date_format:
 * @date: a date
 *
 * Returns: (transfer full): @date as `YYYY-MM-DD`, or %NULL for %ATLAS_DATE_NONE
 */
char *
atlas_date_format (AtlasDate date)
{
  guint y, m, d;

  if (date == ATLAS_DATE_NONE)
    return NULL;

  atlas_date_to_ymd (date, &y, &m, &d);
  return g_strdup_printf ("%04u-%02u-%02u", y, m, d);
}

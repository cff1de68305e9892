/* test-locale.c: dates and place names as the interface's language writes them
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-locale"

#include "config.h"

#include <locale.h>

#include "atlas-locale.h"

#define RLI "\u2067"
#define PDI "\u2069"

/* Switches to the Arabic interface, with the catalogue the build made from po/ar.po. The
 * set-up (build-aux/setup.sh) generates ar_SY.UTF-8: without it the test fails, never skips. */
static void
use_arabic (void)
{
  g_autofree char *localedir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);

  g_setenv ("LANGUAGE", "ar", TRUE);
  g_setenv ("LC_ALL", "ar_SY.UTF-8", TRUE);
  atlas_locale_init (localedir);
  if (g_strcmp0 (setlocale (LC_MESSAGES, NULL), "ar_SY.UTF-8") != 0)
    g_error ("The ar_SY.UTF-8 locale is missing: build-aux/setup.sh (atlas_ensure_locale) should have generated it");
  g_assert_cmpstr (atlas_locale_get_ui_language (), ==, "ar");
}

static void
use_english (void)
{
  g_setenv ("LANGUAGE", "", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  atlas_locale_init (NULL);
  g_assert_cmpstr (atlas_locale_get_ui_language (), ==, "en");
}

static void
test_dates_english (void)
{
  g_autofree char *day = NULL;
  g_autofree char *short_day = NULL;
  g_autofree char *month = NULL;
  g_autofree char *range = NULL;
  g_autofree char *across = NULL;

  use_english ();
  day = atlas_locale_format_date (atlas_date_from_ymd (2016, 9, 22), FALSE);
  short_day = atlas_locale_format_date (atlas_date_from_ymd (2016, 9, 22), TRUE);
  month = atlas_locale_format_month (2016, 11, FALSE);
  range = atlas_locale_format_date_range (atlas_date_from_ymd (2016, 10, 1), atlas_date_from_ymd (2016, 10, 2));
  across = atlas_locale_format_date_range (atlas_date_from_ymd (2016, 9, 30), atlas_date_from_ymd (2016, 10, 2));

  g_assert_cmpstr (day, ==, "22 September 2016");
  g_assert_cmpstr (short_day, ==, "22 Sep 2016");
  g_assert_cmpstr (month, ==, "November 2016");
  g_assert_cmpstr (range, ==, "1 – 2 October 2016");
  g_assert_cmpstr (across, ==, "30 September 2016 – 2 October 2016");
  g_assert_false (atlas_locale_is_rtl ());
}

/* The whole date from the translation, whatever LC_TIME says: the month's Levantine name, day
 * before month before year, and one right-to-left run */
static void
test_dates_arabic (void)
{
  g_autofree char *day = NULL;
  g_autofree char *short_day = NULL;
  g_autofree char *month = NULL;
  g_autofree char *range = NULL;

  use_arabic ();
  /* LC_TIME's names must not leak in: C's are English */
  g_setenv ("LC_TIME", "C", TRUE);
  setlocale (LC_TIME, "C");

  day = atlas_locale_format_date (atlas_date_from_ymd (2016, 9, 22), FALSE);
  short_day = atlas_locale_format_date (atlas_date_from_ymd (2016, 1, 3), TRUE);
  month = atlas_locale_format_month (2016, 11, FALSE);
  range = atlas_locale_format_date_range (atlas_date_from_ymd (2016, 10, 1), atlas_date_from_ymd (2016, 10, 2));

  g_assert_cmpstr (day, ==, RLI "22 أيلول 2016" PDI);
  g_assert_cmpstr (short_day, ==, RLI "3 كانون الثاني 2016" PDI);
  g_assert_cmpstr (month, ==, RLI "تشرين الثاني 2016" PDI);
  g_assert_cmpstr (range, ==, RLI "1 – 2 تشرين الأول 2016" PDI);
  g_assert_true (atlas_locale_is_rtl ());

  use_english ();
}

static void
test_place_names (void)
{
  const char *primary, *secondary;
  g_autofree char *ar_full = atlas_locale_format_place_name ("Bustan al-Basha", "بستان الباشا", TRUE, ATLAS_PLACE_NAME_FULL);
  g_autofree char *ar_list = atlas_locale_format_place_name ("Bustan al-Basha", "بستان الباشا", TRUE, ATLAS_PLACE_NAME_LIST);
  g_autofree char *ar_short = atlas_locale_format_place_name ("Bustan al-Basha", "بستان الباشا", TRUE, ATLAS_PLACE_NAME_SHORT);
  g_autofree char *en_list = atlas_locale_format_place_name ("Bustan al-Basha", "بستان الباشا", FALSE, ATLAS_PLACE_NAME_LIST);
  g_autofree char *en_full = atlas_locale_format_place_name ("Bustan al-Basha", "بستان الباشا", FALSE, ATLAS_PLACE_NAME_FULL);
  g_autofree char *no_ar = atlas_locale_format_place_name ("northern Syria", NULL, TRUE, ATLAS_PLACE_NAME_FULL);
  g_autofree char *empty_ar = atlas_locale_format_place_name ("Aleppo", "", TRUE, ATLAS_PLACE_NAME_LIST);

  g_assert_cmpstr (ar_full, ==, "بستان الباشا (Bustan al-Basha)");
  g_assert_cmpstr (ar_list, ==, "بستان الباشا (Bustan al-Basha)");
  g_assert_cmpstr (ar_short, ==, "بستان الباشا");
  g_assert_cmpstr (en_list, ==, "Bustan al-Basha");
  g_assert_cmpstr (en_full, ==, "Bustan al-Basha (بستان الباشا)");
  g_assert_cmpstr (no_ar, ==, "northern Syria");
  g_assert_cmpstr (empty_ar, ==, "Aleppo");

  atlas_locale_order_place_names ("Bustan al-Basha", "بستان الباشا", TRUE, &primary, &secondary);
  g_assert_cmpstr (primary, ==, "بستان الباشا");
  g_assert_cmpstr (secondary, ==, "Bustan al-Basha");
  atlas_locale_order_place_names ("Bustan al-Basha", "بستان الباشا", FALSE, &primary, &secondary);
  g_assert_cmpstr (primary, ==, "Bustan al-Basha");
  g_assert_cmpstr (secondary, ==, "بستان الباشا");
  atlas_locale_order_place_names ("northern Syria", NULL, TRUE, &primary, &secondary);
  g_assert_cmpstr (primary, ==, "northern Syria");
  g_assert_null (secondary);
}

static void
test_direction (void)
{
  gboolean rtl = FALSE;

  g_assert_true (atlas_locale_find_direction ("“Dozens of air raids”", &rtl));
  g_assert_false (rtl);
  g_assert_true (atlas_locale_find_direction ("22 بستان الباشا (Bustan)", &rtl));
  g_assert_true (rtl);
  g_assert_false (atlas_locale_find_direction ("22 – 23", &rtl));
  g_assert_false (atlas_locale_find_direction (NULL, &rtl));

  g_assert_true (atlas_locale_language_is_rtl ("ar"));
  g_assert_false (atlas_locale_language_is_rtl ("en"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_unsetenv (ATLAS_LOCALEDIR_ENV);

  g_test_add_func ("/locale/dates/english", test_dates_english);
  g_test_add_func ("/locale/dates/arabic", test_dates_arabic);
  g_test_add_func ("/locale/place-names", test_place_names);
  g_test_add_func ("/locale/direction", test_direction);

  return g_test_run ();
}

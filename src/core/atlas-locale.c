/* atlas-locale.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-locale"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "atlas-locale.h"
#include "atlas-place.h"

/*
 * What the interface's language decides, written once (issue 8): which catalogue is loaded,
 * the direction of the window, how a date reads and which of a place's names comes first.
 *
 * The language is that of our own translation, read from its header, never LC_TIME or GTK's
 * catalogue: with LANG=ar_SY.UTF-8 and an English interface (or the other way round), a date
 * used to be half one language and half the other, "Events up to 22 2016 أيلول".
 */

/* GLib's g_dpgettext2 and C_() decide once per process whether to translate at all (see
 * g_dgettext), and not at all under an English locale with LANGUAGE set, where _() does.
 * The lookups here use gettext itself, like _(), so that dates, names and the language read
 * from the header agree, and the tests can switch languages within one process. */
static const char *lookup_in_context (const char *context,
                                      const char *msgid) G_GNUC_FORMAT (2);

static const char *
lookup_in_context (const char *context,
                   const char *msgid)
{
  char key[256];
  const char *translation;

  if (g_snprintf (key, sizeof key, "%s\004%s", context, msgid) >= (int) sizeof key)
    return msgid;
  translation = dgettext (GETTEXT_PACKAGE, key);
  return translation == key ? msgid : translation;
}

#undef C_
#define C_(Context, String) lookup_in_context (Context, String)

/* Setting up */

/**
 * atlas_locale_init:
 * @localedir: (nullable): where the catalogues are, or %NULL for the installed ones
 *
 * Sets the locale from the environment and loads the app's catalogue, from
 * $ATLAS_LOCALEDIR when it is set (a run from the build tree: `_build/po`), else
 * from @localedir or the install's LOCALEDIR.
 */
void
atlas_locale_init (const char *localedir)
{
  const char *env = g_getenv (ATLAS_LOCALEDIR_ENV);

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, env && *env ? env : localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/**
 * atlas_locale_get_ui_language:
 *
 * Returns: the language of the loaded translation, "ar" or "en" for none (interned)
 */
const char *
atlas_locale_get_ui_language (void)
{
  /* The catalogue's header is the translation of the empty string; a variable keeps
   * xgettext from taking it for a message */
  const char *empty = "";
  const char *header = dgettext (GETTEXT_PACKAGE, empty);
  const char *field = header ? strstr (header, "Language: ") : NULL;
  gsize len;

  if (field == NULL)
    return g_intern_static_string ("en");

  field += strlen ("Language: ");
  len = strcspn (field, "_@.\n ");
  if (len == 0)
    return g_intern_static_string ("en");

  {
    g_autofree char *language = g_ascii_strdown (field, len);
    return g_intern_string (language);
  }
}

gboolean
atlas_locale_language_is_rtl (const char *language)
{
  static const char * const rtl[] = { "ar", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi", NULL };

  return language != NULL && g_strv_contains (rtl, language);
}

/**
 * atlas_locale_is_rtl:
 *
 * Returns: whether the interface's language is written right to left
 */
gboolean
atlas_locale_is_rtl (void)
{
  return atlas_locale_language_is_rtl (atlas_locale_get_ui_language ());
}

/**
 * atlas_locale_prefers_arabic_names:
 *
 * Returns: whether places are named in Arabic first, as in an Arabic interface
 */
gboolean
atlas_locale_prefers_arabic_names (void)
{
  return g_str_equal (atlas_locale_get_ui_language (), "ar");
}

/**
 * atlas_locale_find_direction:
 * @text: (nullable): some text
 * @rtl: (out): whether its first strong character is written right to left
 *
 * Finds the direction of @text as the Unicode bidi algorithm's paragraph rule does, from its
 * first letter, so that content (an English report, an Arabic name) keeps its direction in a
 * window of the other one.
 *
 * Returns: %FALSE if @text has no letter
 */
gboolean
atlas_locale_find_direction (const char *text,
                             gboolean   *rtl)
{
  g_return_val_if_fail (rtl != NULL, FALSE);

  for (const char *p = text; p && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeScript script;

      if (!g_unichar_isalpha (c))
        continue;

      script = g_unichar_get_script (c);
      *rtl = script == G_UNICODE_SCRIPT_ARABIC || script == G_UNICODE_SCRIPT_HEBREW ||
             script == G_UNICODE_SCRIPT_SYRIAC || script == G_UNICODE_SCRIPT_THAANA ||
             script == G_UNICODE_SCRIPT_NKO;
      return TRUE;
    }

  return FALSE;
}

/* Dates */

/* A date in a right-to-left language is isolated as one right-to-left run, so that it reads
 * whole inside left-to-right text too: a byline "The New Arab · 2 تشرين الأول 2016" showed
 * "2 2016 تشرين الأول" */
static char *
isolate_date (char *text)
{
  char *isolated;

  if (!atlas_locale_is_rtl ())
    return text;

  isolated = g_strconcat ("\u2067", text, "\u2069", NULL);
  g_free (text);
  return isolated;
}

const char *
atlas_locale_month_name (guint    month,
                         gboolean abbreviated)
{
  static const char * const names[] = {
    NC_("month name", "January"), NC_("month name", "February"), NC_("month name", "March"),
    NC_("month name", "April"), NC_("month name", "May"), NC_("month name", "June"),
    NC_("month name", "July"), NC_("month name", "August"), NC_("month name", "September"),
    NC_("month name", "October"), NC_("month name", "November"), NC_("month name", "December"),
  };
  static const char * const abbreviations[] = {
    /* Translators: where your language has no short month names, write the whole name */
    NC_("abbreviated month name", "Jan"), NC_("abbreviated month name", "Feb"),
    NC_("abbreviated month name", "Mar"), NC_("abbreviated month name", "Apr"),
    NC_("abbreviated month name", "May"), NC_("abbreviated month name", "Jun"),
    NC_("abbreviated month name", "Jul"), NC_("abbreviated month name", "Aug"),
    NC_("abbreviated month name", "Sep"), NC_("abbreviated month name", "Oct"),
    NC_("abbreviated month name", "Nov"), NC_("abbreviated month name", "Dec"),
  };

  g_return_val_if_fail (month >= 1 && month <= 12, "");

  if (abbreviated)
    return lookup_in_context ("abbreviated month name", abbreviations[month - 1]);
  return lookup_in_context ("month name", names[month - 1]);
}

/**
 * atlas_locale_format_date:
 * @date: a date
 * @abbreviated: whether to abbreviate the month's name
 *
 * Returns: (transfer full): @date as the interface's language writes it, "22 September 2016"
 */
char *
atlas_locale_format_date (AtlasDate date,
                          gboolean  abbreviated)
{
  guint y, m, d;

  g_return_val_if_fail (date != ATLAS_DATE_NONE, g_strdup (""));

  atlas_date_to_ymd (date, &y, &m, &d);
  /* Translators: a date, "22 September 2016": %1$u is the day, %2$s the month's name, %3$u
   * the year. Put them in the order your language writes a date, e.g. "%2$s %1$u, %3$u" */
  return isolate_date (g_strdup_printf (C_("date", "%1$u %2$s %3$u"), d, atlas_locale_month_name (m, abbreviated), y));
}

/**
 * atlas_locale_format_month:
 *
 * Returns: (transfer full): a month of a year, "September 2016"
 */
char *
atlas_locale_format_month (guint    year,
                           guint    month,
                           gboolean abbreviated)
{
  g_return_val_if_fail (month >= 1 && month <= 12, g_strdup (""));

  /* Translators: a month of a year, "September 2016": %1$s is the month's name, %2$u the year */
  return isolate_date (g_strdup_printf (C_("month and year", "%1$s %2$u"), atlas_locale_month_name (month, abbreviated), year));
}

/**
 * atlas_locale_format_date_range:
 *
 * Returns: (transfer full): the days from @first to @last, "22 – 23 September 2016", or
 *   one date when they are the same day
 */
char *
atlas_locale_format_date_range (AtlasDate first,
                                AtlasDate last)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  guint y0, m0, d0, y1, m1, d1;

  if (last == ATLAS_DATE_NONE || last == first)
    return atlas_locale_format_date (first, FALSE);

  atlas_date_to_ymd (first, &y0, &m0, &d0);
  atlas_date_to_ymd (last, &y1, &m1, &d1);
  if (y0 == y1 && m0 == m1)
    /* Translators: days of one month, "22 – 23 September 2016": %1$u is the first day, %2$u
     * the last, %3$s the month's name, %4$u the year */
    return isolate_date (g_strdup_printf (C_("date range", "%1$u – %2$u %3$s %4$u"), d0, d1,
                                          atlas_locale_month_name (m0, FALSE), y0));

  from = atlas_locale_format_date (first, FALSE);
  to = atlas_locale_format_date (last, FALSE);
  /* Translators: from one date to another, "30 September 2016 – 2 October 2016" */
  return isolate_date (g_strdup_printf (C_("date range", "%1$s – %2$s"), from, to));
}

/* Place names */

/**
 * atlas_locale_order_place_names:
 * @name: the English name
 * @name_ar: (nullable): the Arabic name
 * @arabic_first: whether the interface names places in Arabic first
 * @primary: (out): the name to show
 * @secondary: (out): the other name, or %NULL when there is no other
 *
 * The one rule for which of a place's names comes first: the Arabic one in an Arabic
 * interface, the English one in any other; a place without an Arabic name has only its
 * English one.
 */
void
atlas_locale_order_place_names (const char  *name,
                                const char  *name_ar,
                                gboolean     arabic_first,
                                const char **primary,
                                const char **secondary)
{
  gboolean has_ar = name_ar != NULL && *name_ar != '\0' && g_strcmp0 (name, name_ar) != 0;

  g_return_if_fail (primary != NULL && secondary != NULL);

  *primary = arabic_first && has_ar ? name_ar : name;
  *secondary = !has_ar ? NULL : arabic_first ? name : name_ar;
}

/**
 * atlas_locale_format_place_name:
 *
 * Returns: (transfer full): the name to show, and with %ATLAS_PLACE_NAME_FULL the other one
 *   beside it in brackets, "بستان الباشا (Bustan al-Basha)". %ATLAS_PLACE_NAME_LIST adds the
 *   English name beside the Arabic one only: it is the name the English reports use, which an
 *   Arabic reader looks for, where an English reader of a list needs no Arabic.
 */
char *
atlas_locale_format_place_name (const char          *name,
                                const char          *name_ar,
                                gboolean             arabic_first,
                                AtlasPlaceNameStyle  style)
{
  const char *primary, *secondary;

  atlas_locale_order_place_names (name, name_ar, arabic_first, &primary, &secondary);
  if (style == ATLAS_PLACE_NAME_SHORT || secondary == NULL ||
      (style == ATLAS_PLACE_NAME_LIST && !arabic_first))
    return g_strdup (primary);

  /* Translators: a place's name and, beside it, its name in the other language */
  return g_strdup_printf (C_("place names", "%1$s (%2$s)"), primary, secondary);
}

void
atlas_place_get_display_names (AtlasPlace  *place,
                               const char **primary,
                               const char **secondary)
{
  atlas_locale_order_place_names (atlas_place_get_name (place), atlas_place_get_name_ar (place),
                                  atlas_locale_prefers_arabic_names (), primary, secondary);
}

/**
 * atlas_place_get_display_name:
 *
 * Returns: (transfer none): @place's one name as the interface shows it first: the Arabic
 *   name in an Arabic interface where the place has one, the English name otherwise
 */
const char *
atlas_place_get_display_name (AtlasPlace *place)
{
  const char *primary, *secondary;

  atlas_place_get_display_names (place, &primary, &secondary);
  return primary;
}

/**
 * atlas_place_dup_display_name:
 *
 * Returns: (transfer full): @place's name as the interface shows it
 */
char *
atlas_place_dup_display_name (AtlasPlace          *place,
                              AtlasPlaceNameStyle  style)
{
  return atlas_locale_format_place_name (atlas_place_get_name (place), atlas_place_get_name_ar (place),
                                         atlas_locale_prefers_arabic_names (), style);
}

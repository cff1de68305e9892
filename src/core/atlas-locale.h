/* atlas-locale.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "atlas-date.h"
#include "atlas-types.h"

G_BEGIN_DECLS

/* The environment variable that points the app at a folder of catalogues other than the
 * installed one, such as _build/po for a run from the build tree */
#define ATLAS_LOCALEDIR_ENV "ATLAS_LOCALEDIR"

typedef enum
{
  ATLAS_PLACE_NAME_SHORT,   /* one name, for map labels and lists of places */
  ATLAS_PLACE_NAME_LIST,    /* in an Arabic interface, the English name beside the Arabic */
  ATLAS_PLACE_NAME_FULL,    /* the other name beside it, where there is room */
} AtlasPlaceNameStyle;

void        atlas_locale_init                (const char          *localedir);
const char *atlas_locale_get_ui_language     (void);
gboolean    atlas_locale_language_is_rtl     (const char          *language);
gboolean    atlas_locale_is_rtl              (void);
gboolean    atlas_locale_prefers_arabic_names (void);
gboolean    atlas_locale_find_direction      (const char          *text,
                                              gboolean            *rtl);

const char *atlas_locale_month_name          (guint                month,
                                              gboolean             abbreviated);
char       *atlas_locale_format_date         (AtlasDate            date,
                                              gboolean             abbreviated);
char       *atlas_locale_format_month        (guint                year,
                                              guint                month,
                                              gboolean             abbreviated);
char       *atlas_locale_format_date_range   (AtlasDate            first,
                                              AtlasDate            last);

void        atlas_locale_order_place_names   (const char          *name,
                                              const char          *name_ar,
                                              gboolean             arabic_first,
                                              const char         **primary,
                                              const char         **secondary);
char       *atlas_locale_format_place_name   (const char          *name,
                                              const char          *name_ar,
                                              gboolean             arabic_first,
                                              AtlasPlaceNameStyle  style);
void        atlas_place_get_display_names    (AtlasPlace          *place,
                                              const char         **primary,
                                              const char         **secondary);
const char *atlas_place_get_display_name     (AtlasPlace          *place);
char       *atlas_place_dup_display_name     (AtlasPlace          *place,
                                              AtlasPlaceNameStyle  style);

G_END_DECLS

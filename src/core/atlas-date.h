/* atlas-date.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Dates are Julian day numbers as used by GDate (1 = 0001-01-01); 0 is "no date". */
typedef guint32 AtlasDate;

#define ATLAS_DATE_NONE ((AtlasDate) 0)

gboolean  atlas_date_parse       (const char *text,
                                  AtlasDate  *out_date);
gboolean  atlas_date_parse_start (const char *text,
                                  AtlasDate  *out_date);
char     *atlas_date_format   (AtlasDate   date);
AtlasDate atlas_date_from_ymd (guint       year,
                               guint       month,
                               guint       day);
void      atlas_date_to_ymd   (AtlasDate   date,
                               guint      *year,
                               guint      *month,
                               guint      *day);

G_END_DECLS

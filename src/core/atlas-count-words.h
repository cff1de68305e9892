/* atlas-count-words.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * AtlasCountReading:
 * @words: the vague words, as a KB writes them in a count's `words`
 * @min: the lowest number they are read as
 * @max: the highest, or -1 when open-ended
 *
 * One row of the reading table of vague numbers (data/kb-format.md, "Vague numbers").
 */
typedef struct
{
  const char *words;
  gint64      min;
  gint64      max;
} AtlasCountReading;

const AtlasCountReading *atlas_count_get_readings (guint      *n_readings);
gboolean                 atlas_count_read_words   (const char *words,
                                                   gint64     *min,
                                                   gint64     *max);

G_END_DECLS

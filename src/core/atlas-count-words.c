/* atlas-count-words.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-count-words"

#include "config.h"

#include "atlas-count-words.h"

/* Vague numbers keep their words (issue 9): "dozens" is shown as "dozens", never as a
 * headline number. Totals still need a range, so each vague word has one documented reading,
 * here and nowhere else. The readings are conservative, after ACLED, which codes "dozens" as
 * 12 and "hundreds" as 100 (ACLED Codebook, "Fatalities"): the least the words can mean,
 * open-ended above, except "a dozen", which is twelve. The table is in data/kb-format.md;
 * keep the two the same. */
static const AtlasCountReading readings[] = {
  { "a dozen",           12,    12 },
  { "half a dozen",      6,     6 },
  { "a score",           20,    20 },
  { "dozens",            12,    -1 },
  { "scores",            20,    -1 },
  { "hundreds",          100,   -1 },
  { "thousands",         1000,  -1 },
  { "tens of thousands", 10000, -1 },
  { "several",           3,     -1 },
  { "a few",             2,     -1 },
  { "a handful",         2,     -1 },
};

/**
 * atlas_count_get_readings:
 * @n_readings: (out): the number of rows
 *
 * Returns: (transfer none) (array length=n_readings): the reading table, in the order of
 *   data/kb-format.md
 */
const AtlasCountReading *
atlas_count_get_readings (guint *n_readings)
{
  g_return_val_if_fail (n_readings != NULL, NULL);

  *n_readings = G_N_ELEMENTS (readings);
  return readings;
}

/**
 * atlas_count_read_words:
 * @words: a count's `words`, such as "dozens" (compared without regard to ASCII case)
 * @min: (out) (optional): the lowest number they are read as
 * @max: (out) (optional): the highest, or -1 when open-ended
 *
 * Reads vague words as a range, for totals and for drawing; views show the words.
 *
 * Returns: whether @words are in the table; when not, a count needs an explicit `min`
 */
gboolean
atlas_count_read_words (const char *words,
                        gint64     *min,
                        gint64     *max)
{
  g_return_val_if_fail (words != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (readings); i++)
    if (g_ascii_strcasecmp (words, readings[i].words) == 0)
      {
        if (min)
          *min = readings[i].min;
        if (max)
          *max = readings[i].max;
        return TRUE;
      }

  return FALSE;
}

/* atlas-figures.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-figures"

#include "config.h"

#include "atlas-casualty.h"
#include "atlas-figures.h"

/**
 * atlas_figures_counts_equal:
 *
 * Returns: %TRUE if @a and @b give the same range; "at least 27" (no maximum) is not "27",
 *   and no number is equal only to no number
 */
gboolean
atlas_figures_counts_equal (const AtlasCount *a,
                            const AtlasCount *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  /* Every count without a number is the same absence, whatever its max says */
  if (!ATLAS_COUNT_IS_SET (a) || !ATLAS_COUNT_IS_SET (b))
    return ATLAS_COUNT_IS_SET (a) == ATLAS_COUNT_IS_SET (b);

  return a->min == b->min && a->max == b->max;
}

/**
 * atlas_figures_pair_disagree:
 *
 * Two figures for the same people disagree when their ranges of killed or of injured differ,
 * or when one gives a number and the other does not ("the death toll was higher"). Figures
 * for different people (four medical workers, nine fighters) never disagree. `who` comes from
 * the KB's fixed vocabulary, so "civilians" and "people" are different people, even where
 * one count may include the other: the sources would have to say so.
 *
 * Returns: %TRUE if @a and @b disagree
 */
gboolean
atlas_figures_pair_disagree (AtlasCasualty *a,
                             AtlasCasualty *b)
{
  g_return_val_if_fail (ATLAS_IS_CASUALTY (a), FALSE);
  g_return_val_if_fail (ATLAS_IS_CASUALTY (b), FALSE);

  if (g_strcmp0 (atlas_casualty_get_who (a), atlas_casualty_get_who (b)) != 0)
    return FALSE;

  return !atlas_figures_counts_equal (atlas_casualty_get_killed (a), atlas_casualty_get_killed (b)) ||
         !atlas_figures_counts_equal (atlas_casualty_get_injured (a), atlas_casualty_get_injured (b));
}

/**
 * atlas_figures_disagree:
 * @casualties: (element-type AtlasCasualty): the figures of one event
 *
 * Returns: %TRUE if any two of @casualties disagree
 */
gboolean
atlas_figures_disagree (GPtrArray *casualties)
{
  g_return_val_if_fail (casualties != NULL, FALSE);

  for (guint i = 0; i < casualties->len; i++)
    for (guint j = i + 1; j < casualties->len; j++)
      if (atlas_figures_pair_disagree (g_ptr_array_index (casualties, i), g_ptr_array_index (casualties, j)))
        return TRUE;

  return FALSE;
}

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

/**
 * atlas_figures_may_overlap:
 *
 * Two figures may count the same people when the KB links them (`overlaps`: "a dozen …
 * including four medical workers", or two tallies of one attack by different monitors), or when
 * they give the same people of the same event: two sources' counts of the civilians killed in
 * one attack are two reports of the same deaths, whether they agree or not. Figures of one
 * event for different people (four medical workers, nine fighters) are different people unless
 * the KB links them.
 *
 * Returns: %TRUE if @a and @b may count the same people
 */
gboolean
atlas_figures_may_overlap (AtlasCasualty *a,
                           AtlasCasualty *b)
{
  g_return_val_if_fail (ATLAS_IS_CASUALTY (a), FALSE);
  g_return_val_if_fail (ATLAS_IS_CASUALTY (b), FALSE);

  if (a == b)
    return TRUE;

  for (guint i = 0; i < atlas_casualty_get_n_overlaps (a); i++)
    if (atlas_casualty_get_overlap (a, i) == b)
      return TRUE;

  return atlas_casualty_get_event (a) == atlas_casualty_get_event (b) &&
         g_strcmp0 (atlas_casualty_get_who (a), atlas_casualty_get_who (b)) == 0;
}

static guint
find_root (guint *parent,
           guint  i)
{
  while (parent[i] != i)
    i = parent[i] = parent[parent[i]];
  return i;
}

/**
 * atlas_figures_total:
 * @casualties: (element-type AtlasCasualty): figures, of one event or of many
 * @injured: %FALSE to add up the killed, %TRUE the injured
 * @total: (out): the total; min is -1 when no figure gives a number
 *
 * Adds figures up without counting anyone twice. Figures that may count the same people
 * (atlas_figures_may_overlap(), and so on through chains of them) form one group, which adds
 * at least the largest of their minimums, since any one of them may be right and include the
 * others, and at most the sum of their maximums, in case they count different people after
 * all. Open-ended figures ("at least 27") leave the total open-ended. So "a dozen, including
 * four medical workers" and "four medical workers and at least nine fighters" add up to at
 * least 13, never 29.
 */
void
atlas_figures_total (GPtrArray  *casualties,
                     gboolean    injured,
                     AtlasCount *total)
{
  g_autofree guint *parent = NULL;
  g_autofree gint64 *group_min = NULL;
  g_autofree gint64 *group_max = NULL;
  g_autofree gboolean *group_set = NULL;
  gboolean open_ended = FALSE;
  gint64 low = 0, high = 0;
  gboolean any = FALSE;
  guint n;

  g_return_if_fail (casualties != NULL);
  g_return_if_fail (total != NULL);

  n = casualties->len;
  parent = g_new (guint, MAX (n, 1));
  group_min = g_new0 (gint64, MAX (n, 1));
  group_max = g_new0 (gint64, MAX (n, 1));
  group_set = g_new0 (gboolean, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    parent[i] = i;
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      if (atlas_figures_may_overlap (g_ptr_array_index (casualties, i), g_ptr_array_index (casualties, j)))
        parent[find_root (parent, j)] = find_root (parent, i);

  for (guint i = 0; i < n; i++)
    {
      AtlasCasualty *casualty = g_ptr_array_index (casualties, i);
      const AtlasCount *count = injured ? atlas_casualty_get_injured (casualty) : atlas_casualty_get_killed (casualty);
      guint root = find_root (parent, i);

      if (!ATLAS_COUNT_IS_SET (count))
        continue;

      group_min[root] = group_set[root] ? MAX (group_min[root], count->min) : count->min;
      if (count->max < 0)
        open_ended = TRUE;
      else
        group_max[root] += count->max;
      group_set[root] = TRUE;
    }

  for (guint i = 0; i < n; i++)
    if (group_set[i])
      {
        any = TRUE;
        low += group_min[i];
        high += group_max[i];
      }

  total->words = NULL;
  total->min = any ? low : -1;
  total->max = any && !open_ended ? MAX (high, low) : -1;
}

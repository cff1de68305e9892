/* atlas-bench.h: shared by the benchmarks
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdlib.h>

#include <glib.h>

/* The machines are shared and noisy: benchmarks report medians, with min and max beside them */
typedef struct
{
  double median;
  double min;
  double max;
} Stats;

static inline int
atlas_bench_compare_doubles (const void *a,
                             const void *b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return da < db ? -1 : da > db;
}

/* Sorts @values in place */
static inline Stats
stats_of (double *values,
          guint   n)
{
  Stats stats;

  qsort (values, n, sizeof (double), atlas_bench_compare_doubles);
  stats.min = values[0];
  stats.max = values[n - 1];
  stats.median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  return stats;
}

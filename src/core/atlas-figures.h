/* atlas-figures.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "atlas-types.h"

G_BEGIN_DECLS

gboolean atlas_figures_counts_equal  (const AtlasCount *a,
                                      const AtlasCount *b);
gboolean atlas_figures_pair_disagree (AtlasCasualty    *a,
                                      AtlasCasualty    *b);
gboolean atlas_figures_disagree      (GPtrArray        *casualties);
gboolean atlas_figures_may_overlap   (AtlasCasualty    *a,
                                      AtlasCasualty    *b);
void     atlas_figures_total         (GPtrArray        *casualties,
                                      gboolean          injured,
                                      AtlasCount       *total);

G_END_DECLS

/* atlas-credits.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A dataset the map's places or layers come from. A place's "source" in the KB names its
 * dataset by one of the mentions; the map's attribution line and the About dialog credit it,
 * each in its own words, from this one table. */
typedef struct
{
  const char *mentions[3];   /* NULL-terminated; none for data that places do not name */
  const char *map_credit;    /* translatable markup for the map's attribution, or NULL */
  const char *credit;        /* translatable, for About: what it is and its licence */
  const char *url;
  gboolean    context;       /* used by the map's context layer whatever the KB */
} AtlasDatasetCredit;

const AtlasDatasetCredit *atlas_dataset_credits_get      (guint                    *n_credits);
gboolean                  atlas_dataset_credit_names     (const AtlasDatasetCredit *credit,
                                                          const char               *source);

G_END_DECLS

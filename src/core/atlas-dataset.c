/* atlas-dataset.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-dataset"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "atlas-dataset.h"

/*
 * The datasets a place's location comes from, by name (issue 7). The KB keeps the exact
 * reference in a place's `source` (file names, feature ids, the repository copy), which is
 * what a reader checking it needs, but not what anyone else can read. Each dataset is known
 * by the file names and words the references use for it (data/geodata/README.md).
 */

typedef struct
{
  const char *name;
  const char *keys[4];   /* any of them in a reference cites the dataset */
} Dataset;

static const Dataset datasets[] = {
  { N_("Columbia CSR / UN-Habitat neighbourhood map (2014)"),
    { "csr_map_data_Neighborhoods", "CSR/UN-Habitat", NULL } },
  { N_("Columbia CSR neighbourhood centres"),
    { "Neighborhoods_centroids", "CSR centroid", NULL } },
  { N_("Columbia CSR neighbourhood names"),
    { "neighborhoods-names.json", NULL } },
  { N_("Columbia CSR cultural heritage sites"),
    { "Cultural.geojson", NULL } },
  { N_("UNITAR/UNOSAT damage sites (2015)"),
    { "UNOSAT", NULL } },
  { N_("OCHA COD-AB Syria"),
    { "OCHA COD-AB", "ocha_syr_", NULL } },
  { N_("GeoNames"),
    { "GeoNames", NULL } },
};

/* Where in @source the dataset is first cited, or NULL */
static const char *
find_dataset (const char    *source,
              const Dataset *dataset)
{
  const char *first = NULL;

  for (guint i = 0; dataset->keys[i]; i++)
    {
      const char *found = strstr (source, dataset->keys[i]);

      if (found && (first == NULL || found < first))
        first = found;
    }

  return first;
}

typedef struct
{
  const char *at;
  const char *name;
} Citation;

static int
compare_citations (gconstpointer a,
                   gconstpointer b)
{
  const Citation *ca = a;
  const Citation *cb = b;

  return (ca->at > cb->at) - (ca->at < cb->at);
}

/**
 * atlas_dataset_names_for_source:
 * @source: (nullable): a place's `source`, as the KB writes it
 *
 * Names the datasets that @source cites, for people: "OCHA COD-AB Syria" for
 * `places.csv ('Aleppo'): OCHA COD-AB syr_admin4_point 2015 (copy in …)`.
 *
 * Returns: (transfer full): the names, translated, in the order @source first cites them,
 *   each once; empty if it cites none that is known
 */
GStrv
atlas_dataset_names_for_source (const char *source)
{
  g_autoptr(GArray) citations = g_array_new (FALSE, FALSE, sizeof (Citation));
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  for (guint i = 0; source && i < G_N_ELEMENTS (datasets); i++)
    {
      Citation citation = { find_dataset (source, &datasets[i]), datasets[i].name };

      if (citation.at)
        g_array_append_val (citations, citation);
    }

  g_array_sort (citations, compare_citations);
  for (guint i = 0; i < citations->len; i++)
    g_strv_builder_add (names, _(g_array_index (citations, Citation, i).name));

  return g_strv_builder_end (names);
}

/* atlas-credits.c: the datasets the map uses, and how each is credited
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-credits"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "atlas-credits.h"

/*
 * Each dataset of data/geodata/README.md that the built-in KB's places or the map use, with
 * its licence as that file gives it. test-about checks that every place's source names one of
 * them, so that a new dataset cannot come in without a credit (issue 8).
 */
static const AtlasDatasetCredit dataset_credits[] = {
  { { "UN-Habitat", "CenterForSpatialResearch", NULL },
    /* Translators: map attribution; "&amp;" is an ampersand in markup */
    N_("Boundaries: UN-Habitat &amp; CSR (MIT)"),
    /* Translators: a credit in About; "Aleppo City Profile" is the title of a work */
    N_("Neighbourhoods: UN-Habitat, Aleppo City Profile (2014), digitised by the Columbia "
       "Center for Spatial Research; MIT licence"),
    "https://github.com/CenterForSpatialResearch/aleppo_test",
    FALSE },
  { { "OCHA", NULL },
    /* Translators: map attribution */
    N_("OCHA COD-AB (CC BY-IGO)"),
    /* Translators: a credit in About */
    N_("Official names, towns, Syria’s border and governorates: OCHA COD-AB Syria; CC BY-IGO"),
    "https://data.humdata.org/dataset/cod-ab-syr",
    TRUE },
  { { "GeoNames", NULL },
    /* Translators: map attribution */
    N_("Places: GeoNames (CC BY)"),
    /* Translators: a credit in About */
    N_("Cities abroad: GeoNames; CC BY 4.0"),
    "https://www.geonames.org",
    FALSE },
  { { "UNOSAT", NULL },
    /* Translators: map attribution (UNOSAT's damage-site points, free to use with credit) */
    N_("UNITAR/UNOSAT"),
    /* Translators: a credit in About */
    N_("Damage sites: UNITAR/UNOSAT, Aleppo 2015; free to use with attribution"),
    NULL,
    FALSE },
  { { NULL },
    NULL,  /* the map credits the tiles itself, when it shows them */
    /* Translators: a credit in About; the tiles are shown only when the street map is on */
    N_("Street map tiles, when shown: map data © OpenStreetMap contributors; ODbL"),
    "https://www.openstreetmap.org/copyright",
    FALSE },
};

/**
 * atlas_dataset_credits_get:
 *
 * Returns: (array length=n_credits): the datasets to credit, in the order the map names them
 */
const AtlasDatasetCredit *
atlas_dataset_credits_get (guint *n_credits)
{
  *n_credits = G_N_ELEMENTS (dataset_credits);
  return dataset_credits;
}

/* Whether a place's @source (free text, e.g. "OCHA COD-AB admin4") names @credit's dataset */
gboolean
atlas_dataset_credit_names (const AtlasDatasetCredit *credit,
                            const char               *source)
{
  if (source == NULL)
    return FALSE;

  for (guint m = 0; credit->mentions[m]; m++)
    if (strstr (source, credit->mentions[m]))
      return TRUE;

  return FALSE;
}

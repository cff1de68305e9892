/* atlas-about.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A dataset the maps' places come from, as the About dialog credits it. A place's "source"
 * in the KB names its dataset by one of the mentions. */
typedef struct
{
  const char *mentions[3];   /* NULL-terminated; none for data not named by places */
  const char *credit;        /* translatable */
  const char *url;
} AtlasDatasetCredit;

const AtlasDatasetCredit *atlas_about_get_dataset_credits (guint     *n_credits);
GtkWidget                *atlas_about_dialog_new          (GtkWindow *parent);

G_END_DECLS

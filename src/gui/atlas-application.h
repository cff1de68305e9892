/* atlas-application.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-search-provider.h"

G_BEGIN_DECLS

/* The Aleppo 2016 KB compiled into the program */
#define ATLAS_EMBEDDED_KB RESOURCE_PREFIX "/kb/aleppo-2016.json"

#define ATLAS_TYPE_APPLICATION (atlas_application_get_type ())

G_DECLARE_FINAL_TYPE (AtlasApplication, atlas_application, ATLAS, APPLICATION, GtkApplication)

AtlasApplication *atlas_application_new        (void);
int               atlas_application_get_status (AtlasApplication *self);
void              atlas_application_apply_text_direction (void);
AtlasSearchProvider *
                  atlas_application_get_search_provider (AtlasApplication *self);

G_END_DECLS

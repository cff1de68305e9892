/* atlas-search-provider.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-kb.h"

G_BEGIN_DECLS

#define ATLAS_SEARCH_PROVIDER_PATH "/io/github/aleppoatlas/AleppoAtlas/SearchProvider"

#define ATLAS_TYPE_SEARCH_PROVIDER (atlas_search_provider_get_type ())

G_DECLARE_FINAL_TYPE (AtlasSearchProvider, atlas_search_provider, ATLAS, SEARCH_PROVIDER, GObject)

AtlasSearchProvider *atlas_search_provider_new          (GApplication         *application);
gboolean             atlas_search_provider_register     (AtlasSearchProvider  *self,
                                                         GDBusConnection      *connection,
                                                         const char           *object_path,
                                                         GError              **error);
void                 atlas_search_provider_unregister   (AtlasSearchProvider  *self);
char               **atlas_search_provider_search       (AtlasSearchProvider  *self,
                                                         const char * const   *terms,
                                                         const char * const   *previous);
AtlasKb             *atlas_search_provider_get_kb       (AtlasSearchProvider  *self);

G_END_DECLS

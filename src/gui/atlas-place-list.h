/* atlas-place-list.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-session.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PLACE_LIST (atlas_place_list_get_type ())

G_DECLARE_FINAL_TYPE (AtlasPlaceList, atlas_place_list, ATLAS, PLACE_LIST, GtkWidget)

GtkWidget      *atlas_place_list_new         (void);
AtlasSession   *atlas_place_list_get_session (AtlasPlaceList *self);
void            atlas_place_list_set_session (AtlasPlaceList *self,
                                              AtlasSession   *session);
GtkListView    *atlas_place_list_get_view    (AtlasPlaceList *self);
GtkEditable    *atlas_place_list_get_entry   (AtlasPlaceList *self);

G_END_DECLS

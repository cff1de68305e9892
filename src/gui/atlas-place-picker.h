/* atlas-place-picker.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-kb.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PLACE_PICKER (atlas_place_picker_get_type ())

G_DECLARE_FINAL_TYPE (AtlasPlacePicker, atlas_place_picker, ATLAS, PLACE_PICKER, GtkWidget)

/*
 * AtlasPlacePicker: the places of a fact in its form (issue 9). Each place is a check button,
 * ticked; unticking one takes it out. Below them, any other place of the KB can be added,
 * chosen by name from a list one can type in to search.
 */

void        atlas_place_picker_set_kb         (AtlasPlacePicker *self,
                                               AtlasKb          *kb);
void        atlas_place_picker_add            (AtlasPlacePicker *self,
                                               AtlasPlace       *place,
                                               const char       *hint);
gboolean    atlas_place_picker_contains       (AtlasPlacePicker *self,
                                               AtlasPlace       *place);
void        atlas_place_picker_set_empty_text (AtlasPlacePicker *self,
                                               const char       *text);
GPtrArray  *atlas_place_picker_get_places     (AtlasPlacePicker *self);

G_END_DECLS

/* atlas-place-dialog.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-kb.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PLACE_DIALOG (atlas_place_dialog_get_type ())

G_DECLARE_FINAL_TYPE (AtlasPlaceDialog, atlas_place_dialog, ATLAS, PLACE_DIALOG, GtkWindow)

/*
 * AtlasPlaceDialog: the form to edit a place of the KB (issue 9): its name, its name in
 * Arabic script, other names, kind, note and the source of its location. The location itself
 * is not edited: a form has no way to know a point, so the form only shows it, and lets a
 * known location be marked unknown. Nothing changes until Save.
 *
 * Signal "save" (no arguments): take the edited place with atlas_place_dialog_dup_changed(),
 * then destroy the dialog.
 */

AtlasPlaceDialog *atlas_place_dialog_new          (GtkWindow        *parent,
                                                   AtlasPlace       *place);

AtlasPlace       *atlas_place_dialog_get_place    (AtlasPlaceDialog *self);
gboolean          atlas_place_dialog_is_complete  (AtlasPlaceDialog *self);
AtlasPlace       *atlas_place_dialog_dup_changed  (AtlasPlaceDialog *self);

G_END_DECLS

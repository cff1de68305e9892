/* atlas-history.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-edit.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_HISTORY (atlas_history_get_type ())

G_DECLARE_FINAL_TYPE (AtlasHistory, atlas_history, ATLAS, HISTORY, GObject)

/*
 * AtlasHistory: the edits made to one KB, to undo and redo them (issue 9).
 *
 * Properties (read-only, notified on change):
 *   kb          AtlasKb*  the KB the edits change (construct-only)
 *   can-undo    gboolean
 *   can-redo    gboolean
 *   undo-label  char*     "Undo Delete Event “…”", or NULL when there is nothing to undo
 *   redo-label  char*     "Redo …", or NULL
 *   modified    gboolean  whether the KB differs from the clean state (as opened, or as last
 *                         saved: atlas_history_set_clean())
 */

AtlasHistory *atlas_history_new             (AtlasKb      *kb);
AtlasKb      *atlas_history_get_kb          (AtlasHistory *self);

void          atlas_history_apply           (AtlasHistory *self,
                                             AtlasEdit    *edit);
AtlasEdit    *atlas_history_undo            (AtlasHistory *self);
AtlasEdit    *atlas_history_redo            (AtlasHistory *self);
void          atlas_history_begin_group     (AtlasHistory *self,
                                             const char   *label);
void          atlas_history_end_group       (AtlasHistory *self);

gboolean      atlas_history_get_can_undo    (AtlasHistory *self);
gboolean      atlas_history_get_can_redo    (AtlasHistory *self);
char         *atlas_history_dup_undo_label  (AtlasHistory *self);
char         *atlas_history_dup_redo_label  (AtlasHistory *self);
gboolean      atlas_history_get_modified    (AtlasHistory *self);
void          atlas_history_set_clean       (AtlasHistory *self);
void          atlas_history_set_unsaved     (AtlasHistory *self);

G_END_DECLS

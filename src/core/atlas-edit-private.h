/* atlas-edit-private.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-edit.h"

G_BEGIN_DECLS

gboolean _atlas_edit_is_applied (AtlasEdit *self);
void     _atlas_edit_apply      (AtlasEdit *self,
                                 AtlasKb   *kb);
void     _atlas_edit_revert     (AtlasEdit *self,
                                 AtlasKb   *kb);
gpointer _atlas_edit_follow     (AtlasEdit *self,
                                 gpointer   item,
                                 gboolean   forward);
void     _atlas_edit_append     (AtlasEdit *self,
                                 AtlasEdit *other);
AtlasEdit *_atlas_edit_new_group (const char *label);

G_END_DECLS

/* atlas-edit.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-kb-edit.h"

G_BEGIN_DECLS

#define ATLAS_EDIT_ERROR (atlas_edit_error_quark ())

typedef enum
{
  ATLAS_EDIT_ERROR_INVALID,    /* the draft is not a valid item: empty id, unknown reference */
  ATLAS_EDIT_ERROR_ID_TAKEN,   /* another item of its kind has the id */
  ATLAS_EDIT_ERROR_NOT_IN_KB,  /* the item to replace or delete is not in the KB */
} AtlasEditError;

#define ATLAS_TYPE_EDIT (atlas_edit_get_type ())

G_DECLARE_FINAL_TYPE (AtlasEdit, atlas_edit, ATLAS, EDIT, GObject)

GQuark      atlas_edit_error_quark   (void);

AtlasEdit  *atlas_edit_new_add       (AtlasKb     *kb,
                                      gpointer     item,
                                      GError     **error);
AtlasEdit  *atlas_edit_new_replace   (AtlasKb     *kb,
                                      gpointer     old_item,
                                      gpointer     new_item,
                                      GError     **error);
AtlasEdit  *atlas_edit_new_delete    (AtlasKb     *kb,
                                      gpointer     item,
                                      GError     **error);

const char *atlas_edit_get_label     (AtlasEdit   *self);
guint       atlas_edit_get_n_steps   (AtlasEdit   *self);

G_END_DECLS

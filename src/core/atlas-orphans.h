/* atlas-orphans.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-edit.h"
#include "atlas-kb.h"

G_BEGIN_DECLS

gboolean   atlas_kb_orphan_find       (AtlasKb            *kb,
                                       const AtlasSource  *source,
                                       GObject           **fact,
                                       guint              *index);
AtlasEdit *atlas_edit_new_place_again (AtlasKb            *kb,
                                       GObject            *fact,
                                       guint               index,
                                       guint               start,
                                       guint               end,
                                       GError            **error);
AtlasEdit *atlas_edit_new_drop_orphan (AtlasKb            *kb,
                                       GObject            *fact,
                                       guint               index,
                                       GError            **error);

G_END_DECLS

/* atlas-kb-check.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-kb.h"
#include "atlas-problem.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PROBLEM_MAP (atlas_problem_map_get_type ())

G_DECLARE_FINAL_TYPE (AtlasProblemMap, atlas_problem_map, ATLAS, PROBLEM_MAP, GObject)

AtlasProblemMap *atlas_problem_map_new            (AtlasKb             *kb,
                                                   GPtrArray           *problems);
GPtrArray       *atlas_problem_map_lookup         (AtlasProblemMap     *self,
                                                   gpointer             item);
GPtrArray       *atlas_problem_map_get_problems   (AtlasProblemMap     *self);
gpointer         atlas_problem_map_get_item       (AtlasProblemMap     *self,
                                                   const AtlasProblem  *problem);

AtlasProblemMap *atlas_kb_check                   (AtlasKb             *kb);
void             atlas_kb_check_async             (AtlasKb             *kb,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
AtlasProblemMap *atlas_kb_check_finish            (AtlasKb             *kb,
                                                   GAsyncResult        *result,
                                                   GError             **error);

G_END_DECLS

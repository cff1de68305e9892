/* atlas-window.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-application.h"
#include "atlas-kb.h"
#include "atlas-session.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_WINDOW (atlas_window_get_type ())

G_DECLARE_FINAL_TYPE (AtlasWindow, atlas_window, ATLAS, WINDOW, GtkApplicationWindow)

AtlasWindow *atlas_window_new           (AtlasApplication *application);
AtlasKb     *atlas_window_get_kb        (AtlasWindow      *self);
void         atlas_window_set_kb        (AtlasWindow      *self,
                                         AtlasKb          *kb);
AtlasSession *atlas_window_get_session  (AtlasWindow      *self);
gboolean     atlas_window_select_id     (AtlasWindow      *self,
                                         const char       *id);
gboolean     atlas_window_open_embedded (AtlasWindow      *self);
gboolean     atlas_window_is_embedded   (AtlasWindow      *self);
void         atlas_window_open_last     (AtlasWindow      *self);
void         atlas_window_start_search  (AtlasWindow      *self,
                                         const char       *text);
void         atlas_window_open_file     (AtlasWindow      *self,
                                         GFile            *file);
GPtrArray   *atlas_window_get_problems  (AtlasWindow      *self);
gboolean     atlas_window_save_screenshot (AtlasWindow    *self,
                                         const char       *path,
                                         GError          **error);

G_END_DECLS

/* atlas-event-list.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-session.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_EVENT_LIST (atlas_event_list_get_type ())

G_DECLARE_FINAL_TYPE (AtlasEventList, atlas_event_list, ATLAS, EVENT_LIST, GtkWidget)

GtkWidget    *atlas_event_list_new         (void);
AtlasSession *atlas_event_list_get_session (AtlasEventList *self);
void          atlas_event_list_set_session (AtlasEventList *self,
                                            AtlasSession   *session);
GtkListView  *atlas_event_list_get_view    (AtlasEventList *self);

G_END_DECLS

/* atlas-reader-view.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-session.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_READER_VIEW (atlas_reader_view_get_type ())

G_DECLARE_FINAL_TYPE (AtlasReaderView, atlas_reader_view, ATLAS, READER_VIEW, GtkWidget)

/*
 * AtlasReaderView: the list of the KB's articles and the session's selected-article, with
 * every span a fact points at highlighted and the session's focus span outlined.
 *
 * The text buffer's tag table holds the named tags "event", "casualty" (underline),
 * "casualty-only" (the casualty background where no event span overlaps) and "focus".
 */

AtlasReaderView *atlas_reader_view_new             (AtlasSession    *session);
AtlasSession    *atlas_reader_view_get_session     (AtlasReaderView *self);
void             atlas_reader_view_set_session     (AtlasReaderView *self,
                                                    AtlasSession    *session);
gboolean         atlas_reader_view_activate_offset (AtlasReaderView *self,
                                                    guint            char_offset);
gboolean         atlas_reader_view_move_to_span    (AtlasReaderView *self,
                                                    int              direction);
gboolean         atlas_reader_view_get_selected_span (AtlasReaderView *self,
                                                    guint           *start,
                                                    guint           *end);

G_END_DECLS

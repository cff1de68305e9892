/* atlas-event-dialog.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-kb.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_EVENT_DIALOG (atlas_event_dialog_get_type ())

G_DECLARE_FINAL_TYPE (AtlasEventDialog, atlas_event_dialog, ATLAS, EVENT_DIALOG, GtkWindow)

/*
 * AtlasEventDialog: the form for a new event from a span of a report (issue 9). It shows the
 * span, and comes filled with what the text suggests (atlas_suggest()): the date of the
 * sentence, resolved against the report's publication date, and the KB's places it names,
 * each marked as suggested and with the words it comes from. The user writes the title and
 * chooses the type, and may say how far it is verified, who acted, and a note for readers;
 * nothing is created until they press Create.
 *
 * Signal "create" (no arguments): read the event with the getters, then destroy the dialog.
 */

AtlasEventDialog    *atlas_event_dialog_new              (GtkWindow         *parent,
                                                          AtlasKb           *kb,
                                                          const AtlasSource *source);

AtlasEventDialog    *atlas_event_dialog_new_for_event    (GtkWindow         *parent,
                                                          AtlasKb           *kb,
                                                          AtlasEvent        *event);

gboolean             atlas_event_dialog_is_complete      (AtlasEventDialog  *self);
AtlasEvent          *atlas_event_dialog_get_event        (AtlasEventDialog  *self);
const AtlasSource   *atlas_event_dialog_get_source       (AtlasEventDialog  *self);
char                *atlas_event_dialog_dup_title        (AtlasEventDialog  *self);
char                *atlas_event_dialog_dup_summary      (AtlasEventDialog  *self);
const char          *atlas_event_dialog_get_event_type   (AtlasEventDialog  *self);
AtlasDate            atlas_event_dialog_get_date         (AtlasEventDialog  *self);
AtlasDate            atlas_event_dialog_get_end_date     (AtlasEventDialog  *self);
AtlasDatePrecision   atlas_event_dialog_get_precision    (AtlasEventDialog  *self);
GPtrArray           *atlas_event_dialog_get_places       (AtlasEventDialog  *self);
AtlasEventStatus     atlas_event_dialog_get_status       (AtlasEventDialog  *self);
AtlasVerification    atlas_event_dialog_get_verification (AtlasEventDialog  *self);
char               **atlas_event_dialog_dup_actors       (AtlasEventDialog  *self);
char                *atlas_event_dialog_dup_note         (AtlasEventDialog  *self);

G_END_DECLS

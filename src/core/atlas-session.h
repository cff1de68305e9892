/* atlas-session.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "atlas-history.h"
#include "atlas-kb.h"
#include "atlas-kb-check.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_SESSION (atlas_session_get_type ())

G_DECLARE_FINAL_TYPE (AtlasSession, atlas_session, ATLAS, SESSION, GObject)

/*
 * AtlasSession: the one source of truth that every view reads and sets (issue 3).
 *
 * Properties (all notify with G_PARAM_EXPLICIT_NOTIFY, so a notification means a change):
 *   kb                 AtlasKb*        the loaded KB; setting it clears the selection and filters
 *   selected-place     AtlasPlace*     nullable
 *   selected-event     AtlasEvent*     nullable
 *   selected-casualty  AtlasCasualty*  nullable; selecting one also selects its event
 *   selected-article   AtlasArticle*   nullable; the article the reader shows
 *   focus-start        int             the span the reader shows in selected-article, in code
 *   focus-end          int               points; -1 when there is none
 *   time-cursor        guint           an AtlasDate (Julian day); 0 before anything is selected
 *   hidden-types       GStrv           event types the filter hides (never NULL: empty = none)
 *   n-highlighted      guint           how many events are highlighted (read-only)
 *
 * An event is "highlighted" when its type is not hidden and, if a place is selected, it is
 * at that place: it names the place or one of its casualty figures does (the one rule,
 * atlas_kb_get_places_for_event()). Views draw the others dimmed; next/previous step through
 * highlighted events only, in date order, ties broken by the KB's order
 * (atlas_event_get_position()). atlas_session_get_highlighted_events() lists them.
 *
 * One selection, one story (issue 7): the selected event, casualty figure and reader span
 * always belong together, and with the selected place. Selecting a place keeps the selected
 * event only if it is highlighted there, else selects one that is, else unselects the event,
 * its figure, the article and its span. Selecting an event unselects a place where it did
 * not happen. So a view never shows an event beside a place it did not happen at.
 *
 * Editing (issue 9, atlas-session-edit.c): the session keeps the history of the edits made to
 * its KB, which starts afresh with every KB:
 *   can-undo, can-redo  gboolean  (read-only)
 *   undo-label          char*     "Undo Delete Event “…”", NULL when nothing can be undone
 *   redo-label          char*
 *   modified            gboolean  whether the KB differs from the file as opened or last saved
 * After an edit, an undo or a redo, the selection follows: a replaced item is replaced by its
 * new self, a deleted one is unselected; then "highlight-changed" is emitted.
 *
 * Signal "highlight-changed" (no arguments) is emitted once whenever the set of highlighted
 * events may have changed (kb, selected-place or hidden-types changed).
 *
 * Signal "place-counts-changed" (no arguments) is emitted when atlas_session_get_place_count()
 * may give other numbers: after every "highlight-changed", and when the time cursor moves
 * past the date of a highlighted event.
 *
 * Signal "frame-place" (AtlasPlace *place) asks the map to show a place: views never call
 * each other, so the details pane asks the session, and the map listens.
 *
 * Signal "read-source" (no arguments) asks for the reader to be brought into view, at the
 * span atlas_session_read_source() just put in focus: the details pane's "Read in report"
 * asks the session, and the window shows its Report page.
 */

AtlasSession  *atlas_session_new                  (void);

AtlasKb       *atlas_session_get_kb               (AtlasSession  *self);
void           atlas_session_set_kb               (AtlasSession  *self,
                                                   AtlasKb       *kb);

AtlasPlace    *atlas_session_get_selected_place   (AtlasSession  *self);
void           atlas_session_set_selected_place   (AtlasSession  *self,
                                                   AtlasPlace    *place);
AtlasEvent    *atlas_session_get_selected_event   (AtlasSession  *self);
void           atlas_session_set_selected_event   (AtlasSession  *self,
                                                   AtlasEvent    *event);
AtlasCasualty *atlas_session_get_selected_casualty (AtlasSession *self);
void           atlas_session_set_selected_casualty (AtlasSession *self,
                                                   AtlasCasualty *casualty);
AtlasArticle  *atlas_session_get_selected_article (AtlasSession  *self);
void           atlas_session_set_selected_article (AtlasSession  *self,
                                                   AtlasArticle  *article);
gboolean       atlas_session_get_focus            (AtlasSession  *self,
                                                   guint         *start,
                                                   guint         *end);
void           atlas_session_show_source          (AtlasSession  *self,
                                                   const AtlasSource *source);
void           atlas_session_read_source          (AtlasSession  *self,
                                                   const AtlasSource *source);

AtlasDate      atlas_session_get_time_cursor      (AtlasSession  *self);
void           atlas_session_set_time_cursor      (AtlasSession  *self,
                                                   AtlasDate      date);

const char * const *atlas_session_get_hidden_types (AtlasSession *self);
gboolean       atlas_session_get_type_visible     (AtlasSession  *self,
                                                   const char    *type);
void           atlas_session_set_type_visible     (AtlasSession  *self,
                                                   const char    *type,
                                                   gboolean       visible);

gboolean       atlas_session_event_is_highlighted (AtlasSession  *self,
                                                   AtlasEvent    *event);
guint          atlas_session_get_n_highlighted    (AtlasSession  *self);
GPtrArray     *atlas_session_get_highlighted_events (AtlasSession *self);
guint          atlas_session_get_place_count      (AtlasSession  *self,
                                                   AtlasPlace    *place);

gboolean       atlas_session_select_next_event     (AtlasSession *self);
gboolean       atlas_session_select_previous_event (AtlasSession *self);
gboolean       atlas_session_select_first_event    (AtlasSession *self);
gboolean       atlas_session_select_last_event     (AtlasSession *self);
gboolean       atlas_session_jump_to_date          (AtlasSession *self,
                                                   AtlasDate      date);
void           atlas_session_frame_place           (AtlasSession *self,
                                                   AtlasPlace    *place);

AtlasHistory  *atlas_session_get_history           (AtlasSession *self);
void           atlas_session_apply_edit            (AtlasSession *self,
                                                   AtlasEdit     *edit);
gboolean       atlas_session_undo                  (AtlasSession *self);
gboolean       atlas_session_redo                  (AtlasSession *self);
gboolean       atlas_session_get_can_undo          (AtlasSession *self);
gboolean       atlas_session_get_can_redo          (AtlasSession *self);
gboolean       atlas_session_get_modified          (AtlasSession *self);
void           atlas_session_set_saved             (AtlasSession *self);
void           atlas_session_set_unsaved           (AtlasSession *self);

void           atlas_session_set_load_problems     (AtlasSession *self,
                                                   GPtrArray     *problems);
GPtrArray     *atlas_session_dup_load_problems     (AtlasSession *self);
AtlasProblemMap *atlas_session_get_problems        (AtlasSession *self);
GPtrArray     *atlas_session_dup_problems_for      (AtlasSession *self,
                                                   gpointer       item);
gboolean       atlas_session_get_checking          (AtlasSession *self);

G_END_DECLS

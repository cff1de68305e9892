/* atlas-figure-dialog.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-kb.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_FIGURE_DIALOG (atlas_figure_dialog_get_type ())

G_DECLARE_FINAL_TYPE (AtlasFigureDialog, atlas_figure_dialog, ATLAS, FIGURE_DIALOG, GtkWindow)

/*
 * AtlasFigureDialog: the form for a new casualty figure of an event, from a span of a report
 * (issue 9). It comes filled with the figure the span suggests (atlas_suggest()): the number
 * and its qualifier, vague words kept as words ("dozens"), who, killed or injured, and the
 * report's outlet as who gave it, marked as suggested. The user may add the period it counts
 * over, its own places, a verification, the other figures that may count the same people,
 * and a note. Nothing is created until Create.
 *
 * Signal "create" (no arguments): read the figure with the getters, then destroy the dialog.
 */

AtlasFigureDialog *atlas_figure_dialog_new              (GtkWindow         *parent,
                                                         AtlasKb           *kb,
                                                         AtlasEvent        *event,
                                                         const AtlasSource *source);

AtlasFigureDialog *atlas_figure_dialog_new_for_casualty (GtkWindow         *parent,
                                                         AtlasKb           *kb,
                                                         AtlasCasualty     *casualty);

gboolean           atlas_figure_dialog_is_complete      (AtlasFigureDialog *self);
AtlasCasualty     *atlas_figure_dialog_get_casualty     (AtlasFigureDialog *self);
AtlasEvent        *atlas_figure_dialog_get_event        (AtlasFigureDialog *self);
const AtlasSource *atlas_figure_dialog_get_source       (AtlasFigureDialog *self);
gboolean           atlas_figure_dialog_get_injured      (AtlasFigureDialog *self);
void               atlas_figure_dialog_get_count        (AtlasFigureDialog *self,
                                                         AtlasCount        *count);
char              *atlas_figure_dialog_dup_who          (AtlasFigureDialog *self);
char              *atlas_figure_dialog_dup_qualifier    (AtlasFigureDialog *self);
char              *atlas_figure_dialog_dup_reported_by  (AtlasFigureDialog *self);
gboolean           atlas_figure_dialog_get_period       (AtlasFigureDialog *self,
                                                         AtlasDate         *start,
                                                         AtlasDate         *end);
AtlasVerification  atlas_figure_dialog_get_verification (AtlasFigureDialog *self);
GPtrArray         *atlas_figure_dialog_get_places       (AtlasFigureDialog *self);
GPtrArray         *atlas_figure_dialog_get_overlaps     (AtlasFigureDialog *self);
char              *atlas_figure_dialog_dup_note         (AtlasFigureDialog *self);

G_END_DECLS

/* atlas-report-dialog.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-date.h"
#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_REPORT_DIALOG (atlas_report_dialog_get_type ())

G_DECLARE_FINAL_TYPE (AtlasReportDialog, atlas_report_dialog, ATLAS, REPORT_DIALOG, GtkWindow)

/*
 * AtlasReportDialog: the form to add a report (issue 9): its title, outlet, publication date,
 * address and text, pasted or read from a .txt, .md or .html file. Each field says beside it
 * what is wrong with it, as soon as it is; "Add" is possible only when nothing is.
 *
 * Signal "add" (no arguments): the user asked to add the report; read it with the getters.
 * The dialog stays open, so that whoever adds the report can show a problem it finds; close
 * it with gtk_window_destroy().
 *
 * Made with atlas_report_dialog_new_for_article(), it edits a report of the KB instead: filled
 * with it, saying what changing the text does to the facts that quote it, and "add" is Save.
 */

AtlasReportDialog *atlas_report_dialog_new           (GtkWindow         *parent);
AtlasReportDialog *atlas_report_dialog_new_for_article (GtkWindow       *parent,
                                                      AtlasArticle      *article,
                                                      guint              n_facts);
AtlasArticle      *atlas_report_dialog_get_article   (AtlasReportDialog *self);

void               atlas_report_dialog_set_text      (AtlasReportDialog *self,
                                                      const char        *text);
void               atlas_report_dialog_load_file     (AtlasReportDialog *self,
                                                      GFile             *file);

gboolean           atlas_report_dialog_is_complete   (AtlasReportDialog *self);
char              *atlas_report_dialog_dup_title     (AtlasReportDialog *self);
char              *atlas_report_dialog_dup_outlet    (AtlasReportDialog *self);
char              *atlas_report_dialog_dup_url       (AtlasReportDialog *self);
AtlasDate          atlas_report_dialog_get_published (AtlasReportDialog *self);
char              *atlas_report_dialog_dup_text      (AtlasReportDialog *self);

G_END_DECLS

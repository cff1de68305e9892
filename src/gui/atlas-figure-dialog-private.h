/* atlas-figure-dialog-private.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-figure-dialog.h"
#include "atlas-place-picker.h"

G_BEGIN_DECLS

struct _AtlasFigureDialog
{
  GtkWindow      parent_instance;

  AtlasKb       *kb;
  AtlasEvent    *event;
  AtlasCasualty *casualty;      /* the figure edited; NULL for a new one */
  AtlasSource    source;
  GPtrArray     *overlap_choices; /* AtlasCasualty, one per check button of overlaps_box */

  /* Template widgets */
  GtkLabel      *source_label;
  GtkLabel      *quote_label;
  GtkLabel      *suggestions_note;
  GtkLabel      *event_label;
  GtkDropDown   *kind_dropdown;
  GtkEntry      *min_entry;
  GtkLabel      *min_problem;
  GtkEntry      *max_entry;
  GtkLabel      *max_problem;
  GtkEntry      *words_entry;
  GtkLabel      *words_problem;
  GtkEntry      *who_entry;
  GtkLabel      *who_problem;
  GtkEntry      *qualifier_entry;
  GtkEntry      *reported_entry;
  GtkLabel      *reported_problem;
  GtkCheckButton *period_check;
  GtkEntry      *period_start_entry;
  GtkLabel      *period_start_problem;
  GtkEntry      *period_end_entry;
  GtkLabel      *period_end_problem;
  AtlasPlacePicker *places_picker;
  GtkDropDown   *verification_dropdown;
  GtkSearchEntry *overlaps_search;
  GtkBox        *overlaps_box;
  GtkLabel      *overlaps_none;
  GtkTextView   *note_view;
  GtkButton     *create_button;
};

/* atlas-figure-dialog-overlaps.c: the other figures this one may count the same people as */
void _atlas_figure_dialog_init_overlaps (AtlasFigureDialog *self);
void _atlas_figure_dialog_fill_overlaps (AtlasFigureDialog *self);

G_END_DECLS

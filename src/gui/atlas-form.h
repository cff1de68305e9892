/* atlas-form.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-vocabulary.h"

G_BEGIN_DECLS

/* What the forms for adding a report and making or editing a fact share: reading an entry
 * or a note, a field's problem shown beside it and told to screen readers, a list of terms
 * of the format to choose from, and a list of names written on one line */

char      *atlas_form_dup_stripped     (GtkEntry           *entry);
void       atlas_form_show_problem     (GtkWidget          *field,
                                        GtkLabel           *label,
                                        const char         *problem,
                                        const char         *hint);
void       atlas_form_fill_vocabulary  (GtkDropDown        *dropdown,
                                        AtlasVocabulary     vocabulary);
char      *atlas_form_dup_note         (GtkTextView        *view);
void       atlas_form_set_note         (GtkTextView        *view,
                                        const char         *note);
GtkWidget *atlas_form_new_check_button (const char         *label);
char     **atlas_form_split_list       (const char         *text);
char      *atlas_form_join_list        (const char * const *items);
void       atlas_form_add_submit_keys  (GtkWidget          *form,
                                        const char         *action_name);

G_END_DECLS

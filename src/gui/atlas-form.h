/* atlas-form.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* What the forms for adding a report and making an event share: reading an entry, and a
 * field's problem shown beside it and told to screen readers */

char *atlas_form_dup_stripped (GtkEntry   *entry);
void  atlas_form_show_problem (GtkWidget  *field,
                               GtkLabel   *label,
                               const char *problem,
                               const char *hint);

G_END_DECLS

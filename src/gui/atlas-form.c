/* atlas-form.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-form.h"

/**
 * atlas_form_dup_stripped:
 *
 * Returns: (transfer full): the entry's text without leading or trailing white space
 */
char *
atlas_form_dup_stripped (GtkEntry *entry)
{
  g_return_val_if_fail (GTK_IS_ENTRY (entry), NULL);

  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

/**
 * atlas_form_show_problem:
 * @field: the field the problem concerns
 * @label: the label beside it
 * @problem: (nullable): what is wrong, or %NULL when nothing is
 * @hint: (nullable): what the label says when nothing is wrong (where a suggestion came from)
 *
 * Shows @problem beside @field, marks the field as invalid for screen readers and points it
 * at the label; or, with no problem, the hint if any, and the field as valid.
 */
void
atlas_form_show_problem (GtkWidget  *field,
                         GtkLabel   *label,
                         const char *problem,
                         const char *hint)
{
  const char *text = problem ? problem : hint;

  g_return_if_fail (GTK_IS_WIDGET (field));
  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_label_set_text (label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL);

  if (problem)
    {
      gtk_widget_add_css_class (GTK_WIDGET (label), "error");
      gtk_widget_add_css_class (field, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE,
                                      label, -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
      gtk_widget_remove_css_class (field, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE);
    }
}

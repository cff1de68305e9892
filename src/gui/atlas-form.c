/* atlas-form.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

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

/**
 * atlas_form_fill_vocabulary:
 *
 * Gives @dropdown the labels of @vocabulary's terms, translated, in the format's order: the
 * position of a term is its enum value where an enum mirrors the vocabulary.
 */
void
atlas_form_fill_vocabulary (GtkDropDown     *dropdown,
                            AtlasVocabulary  vocabulary)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint n;
  const AtlasTerm *terms = atlas_vocabulary_get_terms (vocabulary, &n);

  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (labels, _(terms[i].label));
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (dropdown, 0);
}

/**
 * atlas_form_dup_note:
 *
 * Returns: (nullable) (transfer full): the text of @view without leading or trailing white
 *   space, %NULL when that leaves nothing
 */
char *
atlas_form_dup_note (GtkTextView *view)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  char *text;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), NULL);

  buffer = gtk_text_view_get_buffer (view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

void
atlas_form_set_note (GtkTextView *view,
                     const char  *note)
{
  g_return_if_fail (GTK_IS_TEXT_VIEW (view));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), note ? note : "", -1);
}

/**
 * atlas_form_split_list:
 * @text: names separated by commas, as a user writes them on one line
 *
 * Returns: (transfer full): the names, stripped, without empty ones (which the format does
 *   not allow), in order
 */
char **
atlas_form_split_list (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text ? text : "", ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i]; i++)
    if (*g_strstrip (parts[i]))
      g_strv_builder_add (builder, parts[i]);
  return g_strv_builder_end (builder);
}

/**
 * atlas_form_join_list:
 * @items: (nullable): the names
 *
 * Returns: (transfer full): @items on one line, as atlas_form_split_list() reads them
 */
char *
atlas_form_join_list (const char * const *items)
{
  return items ? g_strjoinv (", ", (char **) items) : g_strdup ("");
}

/**
 * atlas_form_new_check_button:
 *
 * Returns: (transfer floating): a check button whose label wraps, so that a long one (a
 *   figure, a place and the words it was suggested from) does not widen the form
 */
GtkWidget *
atlas_form_new_check_button (const char *label)
{
  GtkWidget *check = gtk_check_button_new_with_label (label);
  GtkWidget *child;

  /* GTK 4.8 has no gtk_check_button_set_child(): the label it made is its last child */
  for (child = gtk_widget_get_first_child (check); child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child))
      {
        gtk_label_set_wrap (GTK_LABEL (child), TRUE);
        gtk_label_set_wrap_mode (GTK_LABEL (child), PANGO_WRAP_WORD_CHAR);
        gtk_label_set_xalign (GTK_LABEL (child), 0);
      }
  return check;
}

/**
 * atlas_form_add_submit_keys:
 * @form: a form's window
 * @action_name: the action that submits it, such as "report.add"
 *
 * Makes Ctrl+Return (and Ctrl+Enter on the keypad) submit @form wherever the focus is. A
 * window's key bindings come after the focused widget, and a text view takes Return with any
 * modifier as a new line: these keys are caught before it.
 */
void
atlas_form_add_submit_keys (GtkWidget  *form,
                            const char *action_name)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  const guint keyvals[] = { GDK_KEY_Return, GDK_KEY_KP_Enter };

  gtk_event_controller_set_name (controller, "atlas-form-submit");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keyvals); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keyvals[i], GDK_CONTROL_MASK),
                                                            gtk_named_action_new (action_name)));
  gtk_widget_add_controller (form, controller);
}

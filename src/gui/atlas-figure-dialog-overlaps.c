/* atlas-figure-dialog-overlaps.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-figure-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-figure-dialog-private.h"
#include "atlas-form.h"
#include "atlas-search-text.h"

/*
 * The part of the figure form that says which other figures may count the same people
 * (issue 9, `overlaps`): a check button for each, ticked when the figure edited overlaps it,
 * and a search over them for a KB of thousands.
 */

/* Callbacks */

/* Shows the other figures whose description (the check button's label and its event's title)
 * has each word typed, as search folds words; a figure ticked and hidden stays ticked */
static void
on_overlaps_search_changed_cb (AtlasFigureDialog *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->overlaps_search));
  gboolean any = FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->overlaps_box));
       child; child = gtk_widget_get_next_sibling (child))
    {
      gboolean shown;

      if (!GTK_IS_CHECK_BUTTON (child))
        continue;
      shown = atlas_search_text_matches (query, g_object_get_data (G_OBJECT (child), "atlas-description"));
      gtk_widget_set_visible (child, shown);
      any |= shown;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->overlaps_none), !any && self->overlap_choices->len > 0);
}

/* Down goes from the search to the figures it shows, as in the places list */
static gboolean
on_overlaps_search_key_pressed_cb (GtkEventControllerKey *controller,
                                   guint                  keyval,
                                   guint                  keycode,
                                   GdkModifierType        state,
                                   AtlasFigureDialog     *self)
{
  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) &&
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) == 0)
    return gtk_widget_child_focus (GTK_WIDGET (self->overlaps_box), GTK_DIR_TAB_FORWARD);

  return FALSE;
}

/* Escape, which the search entry takes: it empties the search, or else closes the form as it
 * does from any other field */
static void
on_overlaps_search_stop_cb (AtlasFigureDialog *self)
{
  GtkEditable *search = GTK_EDITABLE (self->overlaps_search);

  if (*gtk_editable_get_text (search) != '\0')
    gtk_editable_set_text (search, "");
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "figure.cancel", NULL);
}

/* Private API */

void
_atlas_figure_dialog_init_overlaps (AtlasFigureDialog *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->overlap_choices = g_ptr_array_new_with_free_func (g_object_unref);
  g_signal_connect_swapped (self->overlaps_search, "search-changed", G_CALLBACK (on_overlaps_search_changed_cb), self);
  g_signal_connect_swapped (self->overlaps_search, "stop-search", G_CALLBACK (on_overlaps_search_stop_cb), self);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_overlaps_search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->overlaps_search), keys);
}

/* The KB's other figures, each a check button labelled with who gave it, its number and who
 * it counts, ticked when the figure edited overlaps it */
void
_atlas_figure_dialog_fill_overlaps (AtlasFigureDialog *self)
{
  GListModel *casualties = atlas_kb_get_casualties (self->kb);
  guint n = g_list_model_get_n_items (casualties);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AtlasCasualty) other = g_list_model_get_item (casualties, i);
      g_autofree char *figure = NULL;
      g_autofree char *label = NULL;
      GtkWidget *check;
      gboolean overlaps = FALSE;

      if (other == self->casualty)
        continue;
      for (guint o = 0; self->casualty && o < atlas_casualty_get_n_overlaps (self->casualty); o++)
        overlaps |= atlas_casualty_get_overlap (self->casualty, o) == other;

      figure = atlas_casualty_format (other);
      /* Translators: another casualty figure, to tick when it may count the same people: the
       * outlet of its report, then the figure, such as "Al Jazeera: 13 killed (people)" */
      label = g_strdup_printf (_("%s: %s"), atlas_article_get_outlet (atlas_casualty_get_source (other)->article), figure);
      check = atlas_form_new_check_button (label);
      gtk_widget_set_tooltip_text (check, atlas_event_get_title (atlas_casualty_get_event (other)));
      g_object_set_data_full (G_OBJECT (check), "atlas-description",
                              g_strconcat (label, " ", atlas_event_get_title (atlas_casualty_get_event (other)), NULL),
                              g_free);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), overlaps);
      gtk_box_append (self->overlaps_box, check);
      g_ptr_array_add (self->overlap_choices, g_object_ref (other));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->overlaps_search), self->overlap_choices->len > 0);
  if (self->overlap_choices->len == 0)
    {
      GtkWidget *none = gtk_label_new (_("The knowledge base has no other casualty figure."));

      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (self->overlaps_box, none);
    }
}

/* Public API */

/**
 * atlas_figure_dialog_get_overlaps:
 *
 * Returns: (transfer container) (element-type AtlasCasualty): the other figures ticked as
 *   maybe counting the same people, in KB order
 */
GPtrArray *
atlas_figure_dialog_get_overlaps (AtlasFigureDialog *self)
{
  GPtrArray *overlaps = g_ptr_array_new ();
  GtkWidget *child;
  guint i = 0;

  g_return_val_if_fail (ATLAS_IS_FIGURE_DIALOG (self), overlaps);

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->overlaps_box)); child; child = gtk_widget_get_next_sibling (child))
    {
      if (!GTK_IS_CHECK_BUTTON (child))
        continue;
      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (child)))
        g_ptr_array_add (overlaps, g_ptr_array_index (self->overlap_choices, i));
      i++;
    }

  return overlaps;
}

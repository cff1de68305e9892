/* atlas-details-figures.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-details-figures"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-details-view-private.h"
#include "atlas-figures.h"
#include "atlas-locale.h"

/*
 * Casualty figures: an event's figures, one line each, with a badge when they disagree, and
 * the card of the selected figure, its sentence first (issue 7).
 */

/* Callbacks */

static void
on_figure_clicked_cb (GtkButton        *button,
                      AtlasDetailsView *self)
{
  AtlasCasualty *casualty = g_object_get_data (G_OBJECT (button), "atlas-casualty");

  g_assert (ATLAS_IS_CASUALTY (casualty));
  atlas_session_set_selected_casualty (self->session, casualty);
}

static void
on_show_event_clicked_cb (GtkButton        *button,
                          AtlasDetailsView *self)
{
  /* The event stays selected; without the figure its own card is on top */
  atlas_session_set_selected_casualty (self->session, NULL);
}

/* Helpers */

/* One line (wrapped if it must): the figure as written, and who gave it. The sentence it
 * comes from is its tooltip, and its own card when it is selected. */
static GtkWidget *
new_figure (AtlasDetailsView *self,
            AtlasCasualty    *casualty,
            gboolean          selected)
{
  const AtlasSource *source = atlas_casualty_get_source (casualty);
  g_autofree char *figure = atlas_casualty_format (casualty);
  /* Translators: a casualty figure and who gave it: "at least 27 killed (people) — Syrian Observatory for Human Rights" */
  g_autofree char *text = g_strdup_printf (_("%s — %s"), figure, atlas_casualty_get_reported_by (casualty));
  /* Translators: the accessible name of a casualty figure button, "at least 27 killed (people), reported by …" */
  g_autofree char *accessible = g_strdup_printf (_("%s, reported by %s"), figure,
                                                 atlas_casualty_get_reported_by (casualty));
  GtkWidget *button = gtk_button_new ();
  GtkWidget *label = _atlas_details_new_label (text, NULL);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "figure");
  if (selected)
    gtk_widget_add_css_class (button, "selected-figure");
  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_widget_set_tooltip_text (button, source->quote);
  g_object_set_data (G_OBJECT (button), "atlas-casualty", casualty);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_figure_clicked_cb), self, 0);

  return button;
}

/* Whether any figure of @casualties is linked to another of them as maybe counting the
 * same people (format 2's overlaps) */
static gboolean
any_linked (GPtrArray *casualties)
{
  for (guint i = 0; i < casualties->len; i++)
    {
      AtlasCasualty *casualty = g_ptr_array_index (casualties, i);

      for (guint j = 0; j < atlas_casualty_get_n_overlaps (casualty); j++)
        if (g_ptr_array_find (casualties, atlas_casualty_get_overlap (casualty, j), NULL))
          return TRUE;
    }

  return FALSE;
}

/* The figures that may count the same people as @casualty, each a link to it */
static GtkWidget *
new_overlaps (AtlasDetailsView *self,
              AtlasCasualty    *casualty)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  for (guint i = 0; i < atlas_casualty_get_n_overlaps (casualty); i++)
    gtk_box_append (GTK_BOX (box), new_figure (self, atlas_casualty_get_overlap (casualty, i), FALSE));

  return box;
}

/* Builders */

void
_atlas_details_view_append_figures (AtlasDetailsView *self,
                                    GtkWidget        *facts,
                                    GPtrArray        *casualties)
{
  AtlasCasualty *selected = atlas_session_get_selected_casualty (self->session);
  GtkWidget *box;

  if (casualties->len == 0)
    return;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_add_css_class (box, "details-figures");
  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Casualty figures"),
                                  -1);

  if (atlas_figures_disagree (casualties))
    {
      const char *why = _("The sources give different figures for the same people. Each is shown as "
                          "written; none is preferred.");
      GtkWidget *badge = _atlas_details_new_badge (_("Figures disagree"), "disagree");

      gtk_widget_set_tooltip_text (badge, why);
      gtk_accessible_update_property (GTK_ACCESSIBLE (badge), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, why, -1);
      gtk_box_append (GTK_BOX (box), badge);
    }

  if (any_linked (casualties))
    {
      const char *why = _("Some of these figures may count the same people: adding them up would count "
                          "them twice. Select a figure to see which.");
      GtkWidget *badge = _atlas_details_new_badge (_("May be the same deaths"), "overlap");

      gtk_widget_set_tooltip_text (badge, why);
      gtk_accessible_update_property (GTK_ACCESSIBLE (badge), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, why, -1);
      gtk_box_append (GTK_BOX (box), badge);
    }

  for (guint i = 0; i < casualties->len; i++)
    {
      AtlasCasualty *casualty = g_ptr_array_index (casualties, i);
      gtk_box_append (GTK_BOX (box), new_figure (self, casualty, casualty == selected));
    }

  /* Translators: the caption of an event's casualty figures in the details */
  _atlas_details_append_fact (facts, g_dngettext (GETTEXT_PACKAGE, "Figure", "Figures", casualties->len), box);
}

void
_atlas_details_view_append_casualty_card (AtlasDetailsView *self,
                                          AtlasCasualty    *casualty)
{
  AtlasEvent *event = atlas_casualty_get_event (casualty);
  g_autofree char *figure = atlas_casualty_format (casualty);
  g_autoptr(GPtrArray) places = g_ptr_array_new ();
  GtkWidget *card, *label, *button, *facts, *row;
  AtlasDate period_start, period_end;

  card = _atlas_details_new_card (GTK_WIDGET (self->content), _("Casualty figure"), _("Selected casualty figure"));
  gtk_widget_add_css_class (card, "casualty-card");
  label = _atlas_details_append_label (card, figure, "details-title");
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);

  facts = _atlas_details_append_facts (card);
  /* Translators: the caption of who gave a casualty figure */
  _atlas_details_append_fact (facts, C_("details", "By"),
                              _atlas_details_new_label (atlas_casualty_get_reported_by (casualty), "details-reporter"));

  /* The event it belongs to, its date, and the way back to it */
  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  label = _atlas_details_new_label (atlas_event_get_title (event), NULL);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (row), label);
  button = gtk_button_new_with_label (_("Show the event"));
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "details-link");
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, _("Show the event this figure belongs to"));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_show_event_clicked_cb), self, 0);
  gtk_box_append (GTK_BOX (row), button);
  /* Translators: the caption of the event a casualty figure belongs to */
  _atlas_details_append_fact (facts, C_("details", "Event"), row);

  /* Translators: the caption of the date of the event a casualty figure belongs to */
  _atlas_details_append_fact (facts, C_("details", "When"), _atlas_details_new_date_label (event));

  /* A figure over a period ("since the offensive began on 22 September") */
  if (atlas_casualty_get_period (casualty, &period_start, &period_end))
    {
      g_autofree char *range = atlas_locale_format_date_range (period_start, period_end);

      /* Translators: the caption of the period a casualty figure counts over */
      _atlas_details_append_fact (facts, C_("details", "Counts over"), _atlas_details_new_label (range, NULL));
    }

  for (guint i = 0; i < atlas_casualty_get_n_places (casualty); i++)
    g_ptr_array_add (places, atlas_casualty_get_place (casualty, i));
  if (places->len > 0)
    /* Translators: the caption of an event's places in the details */
    _atlas_details_append_fact (facts, C_("details", "Where"), _atlas_details_new_places_label (self, places));

  /* As written */
  _atlas_details_append_quote (self, card, atlas_casualty_get_source (casualty), TRUE);

  /* Under the evidence, which stays on screen: the other figures it may not add to */
  if (atlas_casualty_get_n_overlaps (casualty) > 0)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

      gtk_widget_add_css_class (box, "details-note");
      /* Translators: the heading of the figures that may count the same dead as the selected one */
      _atlas_details_append_label (box, C_("details", "May be the same deaths as"), "heading");
      gtk_box_append (GTK_BOX (box), new_overlaps (self, casualty));
      gtk_box_append (GTK_BOX (card), box);
    }
  _atlas_details_append_note (card, _("Note"), atlas_casualty_get_note (casualty));
  _atlas_details_append_edit_buttons (card, _("Edit Figure…"), "win.edit-figure", _("Delete Figure"), "win.delete-figure");
}

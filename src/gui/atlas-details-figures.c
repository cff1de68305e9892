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

/*
 * Casualty figures: the comparison of an event's figures, side by side with a note when they
 * disagree, and the card of the selected figure.
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
on_show_source_clicked_cb (GtkButton        *button,
                           AtlasDetailsView *self)
{
  const AtlasSource *source = g_object_get_data (G_OBJECT (button), "atlas-source");

  g_assert (source != NULL);
  atlas_session_show_source (self->session, source);
}

static void
on_show_event_clicked_cb (GtkButton        *button,
                          AtlasDetailsView *self)
{
  /* The event stays selected; without the figure its own card is on top */
  atlas_session_set_selected_casualty (self->session, NULL);
}

/* Helpers */

static char *
format_figure_number (AtlasCasualty *casualty,
                      const char   **what)
{
  const AtlasCount *killed = atlas_casualty_get_killed (casualty);
  const AtlasCount *injured = atlas_casualty_get_injured (casualty);

  if (ATLAS_COUNT_IS_SET (killed))
    {
      *what = _("killed");
      return atlas_count_format (killed);
    }
  if (ATLAS_COUNT_IS_SET (injured))
    {
      *what = _("injured");
      return atlas_count_format (injured);
    }

  *what = NULL;
  /* Translators: shown in place of a casualty number when the source gives none */
  return g_strdup (_("No number"));
}

static GtkWidget *
new_figure (AtlasDetailsView *self,
            AtlasCasualty    *casualty,
            gboolean          selected)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  const AtlasSource *source = atlas_casualty_get_source (casualty);
  const char *qualifier = atlas_casualty_get_qualifier (casualty);
  const char *what = NULL;
  g_autofree char *number = format_figure_number (casualty, &what);
  g_autofree char *what_who = NULL;
  g_autofree char *quoted = NULL;
  g_autofree char *reporter = NULL;
  g_autofree char *article = atlas_article_format_byline (source->article);
  g_autofree char *summary = atlas_casualty_format (casualty);
  g_autofree char *accessible = NULL;
  g_autofree char *injured = NULL;
  GtkWidget *label;

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "figure");
  if (selected)
    gtk_widget_add_css_class (button, "selected-figure");

  _atlas_details_append_label (box, number, "figure-number");
  if (what)
    /* Translators: under a casualty number: "killed · civilians" */
    what_who = g_strdup_printf (_("%s · %s"), what, atlas_casualty_get_who (casualty));
  else
    what_who = g_strdup (atlas_casualty_get_who (casualty));
  _atlas_details_append_label (box, what_who, NULL);

  if (ATLAS_COUNT_IS_SET (atlas_casualty_get_killed (casualty)) &&
      ATLAS_COUNT_IS_SET (atlas_casualty_get_injured (casualty)))
    {
      g_autofree char *count = atlas_count_format (atlas_casualty_get_injured (casualty));
      injured = g_strdup_printf (_("%s injured"), count);
      _atlas_details_append_label (box, injured, NULL);
    }

  if (qualifier && qualifier[0])
    {
      /* Translators: the words of the source, as written: “at least” */
      quoted = g_strdup_printf (_("“%s”"), qualifier);
      _atlas_details_append_label (box, quoted, "figure-qualifier");
    }

  /* Translators: who gave a casualty figure */
  reporter = g_strdup_printf (_("Reported by: %s"), atlas_casualty_get_reported_by (casualty));
  label = _atlas_details_append_label (box, reporter, "details-small");
  gtk_widget_set_margin_top (label, 4);
  label = _atlas_details_append_label (box, article, "details-small");
  gtk_widget_add_css_class (label, "dim-label");

  gtk_button_set_child (GTK_BUTTON (button), box);
  /* Translators: the accessible name of a casualty figure button, "at least 27 killed (people), reported by …" */
  accessible = g_strdup_printf (_("%s, reported by %s"), summary, atlas_casualty_get_reported_by (casualty));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_widget_set_tooltip_text (button, source->quote);
  g_object_set_data (G_OBJECT (button), "atlas-casualty", casualty);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_figure_clicked_cb), self, 0);

  return button;
}

/* Builders */

void
_atlas_details_view_append_figures (AtlasDetailsView *self,
                                    GtkWidget        *card,
                                    GPtrArray        *casualties)
{
  AtlasCasualty *selected = atlas_session_get_selected_casualty (self->session);
  GtkWidget *flow;

  if (casualties->len == 0)
    return;

  _atlas_details_append_label (card,
                               g_dngettext (GETTEXT_PACKAGE, "Casualty figure", "Casualty figures", casualties->len),
                               "details-heading");

  if (atlas_figures_disagree (casualties))
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

      gtk_widget_add_css_class (box, "details-disagree");
      gtk_box_append (GTK_BOX (box), _atlas_details_new_badge (_("Figures disagree"), "disagree"));
      _atlas_details_append_label (box,
                                   _("The sources give different figures for the same people. Each is shown as "
                                     "written, side by side; none is preferred."),
                                   "details-small");
      gtk_box_append (GTK_BOX (card), box);
    }

  /* Side by side, so that figures that disagree can be compared at a glance */
  flow = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (flow), 2);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 3);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (flow),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Casualty figures"),
                                  -1);

  for (guint i = 0; i < casualties->len; i++)
    {
      AtlasCasualty *casualty = g_ptr_array_index (casualties, i);
      gtk_flow_box_append (GTK_FLOW_BOX (flow), new_figure (self, casualty, casualty == selected));
    }

  gtk_box_append (GTK_BOX (card), flow);
}

void
_atlas_details_view_append_casualty_card (AtlasDetailsView *self,
                                          AtlasCasualty    *casualty)
{
  const AtlasSource *source = atlas_casualty_get_source (casualty);
  AtlasEvent *event = atlas_casualty_get_event (casualty);
  g_autofree char *figure = atlas_casualty_format (casualty);
  g_autofree char *reporter = g_strdup_printf (_("Reported by: %s"), atlas_casualty_get_reported_by (casualty));
  g_autofree char *article = atlas_article_format_byline (source->article);
  g_autofree char *quote = _atlas_details_quote_text (source->quote);
  g_autofree char *part_of = g_strdup_printf (_("Part of: %s"), atlas_event_get_title (event));
  GtkWidget *card, *label, *button, *buttons;

  card = _atlas_details_new_card (GTK_WIDGET (self->content), _("Casualty figure"), _("Selected casualty figure"));
  label = _atlas_details_append_label (card, figure, "details-title");
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  _atlas_details_append_label (card, reporter, NULL);
  _atlas_details_append_label (card, part_of, NULL);
  _atlas_details_append_note (card, _("Note"), atlas_casualty_get_note (casualty));

  _atlas_details_append_label (card, _("As written"), "details-heading");
  label = _atlas_details_append_label (card, article, "details-small");
  gtk_widget_add_css_class (label, "dim-label");
  label = _atlas_details_append_label (card, quote, "details-quote");
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  button = gtk_button_new_with_label (_("Read in the article"));
  g_object_set_data (G_OBJECT (button), "atlas-source", (gpointer) source);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_show_source_clicked_cb), self, 0);
  gtk_box_append (GTK_BOX (buttons), button);

  button = gtk_button_new_with_label (_("Show the event"));
  gtk_widget_set_tooltip_text (button, part_of);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_show_event_clicked_cb), self, 0);
  gtk_box_append (GTK_BOX (buttons), button);
  gtk_box_append (GTK_BOX (card), buttons);
}

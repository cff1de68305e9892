/* atlas-details-event.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-details-event"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-details-view-private.h"
#include "atlas-event-types.h"
#include "atlas-vocabulary.h"

/*
 * The event card, evidence first (issue 7): what happened, when, where and with what toll,
 * then each source's own words, whole, with the way to read them in the report. What the KB
 * says about them (its summary, its notes, the actors) comes after.
 */

/* Builder */

void
_atlas_details_view_append_event_card (AtlasDetailsView *self,
                                       AtlasEvent       *event)
{
  AtlasKb *kb = atlas_session_get_kb (self->session);
  const AtlasEventTypeInfo *info = atlas_event_types_lookup_in_kb (kb, atlas_event_get_event_type (event));
  const char * const *actors = atlas_event_get_actors (event);
  const char *summary = atlas_event_get_summary (event);
  GPtrArray *casualties = atlas_kb_get_casualties_for_event (kb, event);
  g_autoptr(GPtrArray) places = g_ptr_array_new ();
  GtkWidget *card, *row, *label, *facts, *swatch;

  card = _atlas_details_new_card (GTK_WIDGET (self->content), NULL, _("Selected event"));

  /* Kicker, type with the colour the map and timeline use, the status and how far it is
   * checked, on one line */
  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  label = _atlas_details_new_label (_("Event"), "details-kicker");
  gtk_label_set_wrap (GTK_LABEL (label), FALSE);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (row), label);
  if (info)
    {
      swatch = gtk_drawing_area_new ();
      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 12);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 12);
      atlas_event_type_set_swatch (GTK_DRAWING_AREA (swatch), kb, info);
      gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
      gtk_widget_set_margin_start (swatch, 6);
      gtk_widget_add_css_class (swatch, "type-swatch");
      gtk_box_append (GTK_BOX (row), swatch);
    }
  label = _atlas_details_new_label (info ? atlas_event_type_get_label (info) : atlas_event_get_event_type (event), "details-small");
  gtk_label_set_wrap (GTK_LABEL (label), FALSE);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (row), label);
  if (atlas_event_get_status (event) == ATLAS_EVENT_STATUS_PLANNED)
    {
      const char *planned = atlas_vocabulary_get_label (ATLAS_VOCABULARY_EVENT_STATUS,
                                                        atlas_event_status_to_string (ATLAS_EVENT_STATUS_PLANNED));
      GtkWidget *badge = _atlas_details_new_badge (planned, "planned");

      gtk_widget_set_tooltip_text (badge, _("Announced ahead: it had not happened when the article was written"));
      gtk_box_append (GTK_BOX (row), badge);
    }
  /* How far it is checked: the curator's status, and how many outlets state it */
  {
    guint n = atlas_event_get_n_independent_sources (event);
    g_autofree char *sources = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u independent source",
                                                             "%u independent sources", n), n);
    g_autofree char *text = NULL;

    switch (atlas_event_get_verification (event))
      {
      case ATLAS_VERIFICATION_CORROBORATED:
        /* Translators: an event's status, then "2 independent sources" */
        text = g_strdup_printf (_("Corroborated · %s"), sources);
        break;
      case ATLAS_VERIFICATION_DISPUTED:
        /* Translators: an event's status, then "2 independent sources" */
        text = g_strdup_printf (_("Disputed · %s"), sources);
        break;
      case ATLAS_VERIFICATION_UNVERIFIED:
      default:
        /* Translators: an event's status, then "1 independent source" */
        text = g_strdup_printf (_("Unverified · %s"), sources);
        break;
      }

    /* At the end of the kicker's line, where it costs no line of the evidence below */
    label = _atlas_details_new_label (text, "details-small");
    gtk_widget_add_css_class (label, "details-status");
    gtk_label_set_wrap (GTK_LABEL (label), FALSE);
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
    gtk_label_set_xalign (GTK_LABEL (label), 1);
    gtk_widget_set_hexpand (label, TRUE);
    gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
    gtk_widget_set_tooltip_text (label, text);
    gtk_box_append (GTK_BOX (row), label);
  }

  gtk_box_append (GTK_BOX (card), row);

  label = _atlas_details_append_label (card, atlas_event_get_title (event), "details-title");
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);

  /* Under the title, the date and how precisely it is known: one line */
  gtk_box_append (GTK_BOX (card), _atlas_details_new_date_label (event));

  facts = _atlas_details_append_facts (card);

  for (guint i = 0; i < atlas_event_get_n_places (event); i++)
    g_ptr_array_add (places, atlas_event_get_place (event, i));
  if (places->len > 0)
    /* Translators: the caption of an event's places in the details */
    _atlas_details_append_fact (facts, C_("details", "Where"), _atlas_details_new_places_label (self, places));

  _atlas_details_view_append_figures (self, facts, casualties);

  /* The sources' own words */
  for (guint i = 0; i < atlas_event_get_n_sources (event); i++)
    {
      const AtlasSource *source = atlas_event_get_source (event, i);
      gboolean same_article = i > 0 && atlas_event_get_source (event, i - 1)->article == source->article;

      _atlas_details_append_quote (self, card, source, !same_article);
    }

  /* What the KB makes of them */
  if (summary && summary[0])
    {
      label = _atlas_details_append_label (card, summary, "details-summary");
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
    }
  _atlas_details_append_note (card, _("About the sources"), atlas_event_get_note (event));

  if (actors && actors[0])
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) actors);
      /* Translators: the parties to an event */
      g_autofree char *text = g_strdup_printf (_("Actors: %s"), joined);

      _atlas_details_append_label (card, text, NULL);
    }

  _atlas_details_append_edit_buttons (card, _("Edit Event…"), "win.edit-event", _("Delete Event"), "win.delete-event");
}

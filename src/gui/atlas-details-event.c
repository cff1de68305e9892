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
#include "atlas-region.h"
#include "atlas-vocabulary.h"

/*
 * The event card: what happened, when and how precisely, the casualty figures side by side,
 * the actors, the places and the sources.
 */

/* Callbacks */

static void
on_place_row_activated_cb (GtkListBox       *list,
                           GtkListBoxRow    *row,
                           AtlasDetailsView *self)
{
  AtlasPlace *place = g_object_get_data (G_OBJECT (row), "atlas-place");

  g_assert (ATLAS_IS_PLACE (place));
  atlas_session_set_selected_place (self->session, place);
}

static void
on_source_row_activated_cb (GtkListBox       *list,
                            GtkListBoxRow    *row,
                            AtlasDetailsView *self)
{
  const AtlasSource *source = g_object_get_data (G_OBJECT (row), "atlas-source");

  g_assert (source != NULL);
  atlas_session_show_source (self->session, source);
}

/* Builder */

void
_atlas_details_view_append_event_card (AtlasDetailsView *self,
                                       AtlasEvent       *event)
{
  AtlasKb *kb = atlas_session_get_kb (self->session);
  const AtlasEventTypeInfo *info = atlas_event_types_lookup (atlas_event_get_event_type (event));
  const char * const *actors = atlas_event_get_actors (event);
  const char *summary = atlas_event_get_summary (event);
  g_autofree char *date = atlas_event_format_date (event);
  g_autofree char *date_line = NULL;
  const char *date_words;
  GtkWidget *card, *row, *label, *list;

  card = _atlas_details_new_card (GTK_WIDGET (self->content), _("Event"), _("Selected event"));
  label = _atlas_details_append_label (card, atlas_event_get_title (event), "details-title");
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);

  /* Type, with the colour the map and timeline use, and the status */
  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  if (info)
    {
      GtkWidget *swatch = gtk_drawing_area_new ();

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 12);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 12);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), atlas_event_type_draw_swatch, (gpointer) info, NULL);
      gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (swatch, "type-swatch");
      gtk_box_append (GTK_BOX (row), swatch);
    }
  label = gtk_label_new (info ? _(info->label) : atlas_event_get_event_type (event));
  gtk_box_append (GTK_BOX (row), label);
  if (atlas_event_get_status (event) == ATLAS_EVENT_STATUS_PLANNED)
    {
      const char *planned = atlas_vocabulary_get_label (ATLAS_VOCABULARY_EVENT_STATUS,
                                                        atlas_event_status_to_string (ATLAS_EVENT_STATUS_PLANNED));
      GtkWidget *badge = _atlas_details_new_badge (planned, "planned");

      gtk_widget_set_tooltip_text (badge, _("Announced ahead: it had not happened when the article was written"));
      gtk_box_append (GTK_BOX (row), badge);
    }
  gtk_box_append (GTK_BOX (card), row);

  /* Translators: an event's date and how precisely it is known: "2016-09-22 – 2016-09-23 (sometime between these days)" */
  date_words = atlas_vocabulary_get_label (ATLAS_VOCABULARY_DATE_PRECISION,
                                           atlas_date_precision_to_string (atlas_event_get_date_precision (event)));
  date_line = g_strdup_printf (_("%s (%s)"), date, date_words);
  _atlas_details_append_label (card, date_line, "numeric");

  if (summary && summary[0])
    _atlas_details_append_label (card, summary, NULL);

  /* The figures, then where the sources disagree or say less than one would like: in plain
   * sight, before the lists */
  _atlas_details_view_append_figures (self, card, atlas_kb_get_casualties_for_event (kb, event));
  _atlas_details_append_note (card, _("About the sources"), atlas_event_get_note (event));

  if (actors && actors[0])
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) actors);
      /* Translators: the parties to an event */
      g_autofree char *text = g_strdup_printf (_("Actors: %s"), joined);

      _atlas_details_append_label (card, text, NULL);
    }

  if (atlas_event_get_n_places (event) > 0)
    {
      list = _atlas_details_new_list (card, _("Places"), _("Places of the event"),
                                      G_CALLBACK (on_place_row_activated_cb), self);

      for (guint i = 0; i < atlas_event_get_n_places (event); i++)
        {
          AtlasPlace *place = atlas_event_get_place (event, i);
          GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
          GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

          gtk_widget_set_hexpand (text, TRUE);
          _atlas_details_append_label (text, atlas_place_get_name (place), NULL);
          label = _atlas_details_append_label (text, _atlas_details_precision_label (atlas_place_get_precision (place)),
                                               "details-small");
          gtk_widget_add_css_class (label, "dim-label");
          gtk_box_append (GTK_BOX (box), text);
          /* Off the map's usual view, which the map will not leave on its own */
          if (atlas_region_place_is_far (kb, place))
            gtk_box_append (GTK_BOX (box), _atlas_details_new_show_on_map_button (self, place));
          _atlas_details_append_row (list, box, "atlas-place", place);
        }
    }

  list = _atlas_details_new_list (card, _("Sources"), _("Sources of the event"),
                                  G_CALLBACK (on_source_row_activated_cb), self);
  for (guint i = 0; i < atlas_event_get_n_sources (event); i++)
    {
      const AtlasSource *source = atlas_event_get_source (event, i);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      g_autofree char *article = atlas_article_format_byline (source->article);
      g_autofree char *quote = _atlas_details_quote_text (source->quote);
      GtkWidget *row_widget;

      label = _atlas_details_append_label (box, article, "details-small");
      gtk_widget_add_css_class (label, "heading");
      label = _atlas_details_append_label (box, quote, "details-quote");
      gtk_label_set_lines (GTK_LABEL (label), 3);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      row_widget = _atlas_details_append_row (list, box, "atlas-source", (gpointer) source);
      gtk_widget_set_tooltip_text (row_widget, _("Read this passage in the article"));
    }
}

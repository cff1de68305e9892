/* atlas-details-place.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-details-place"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-dataset.h"
#include "atlas-details-view-private.h"
#include "atlas-locale.h"
#include "atlas-vocabulary.h"

/*
 * The place card: the selected place's names, how well its location is known, its events and
 * its casualty figures. Above a selected fact it is compact: names, location, and the events
 * behind an expander.
 */

/* Callbacks */

static void
on_event_row_activated_cb (GtkListBox       *list,
                           GtkListBoxRow    *row,
                           AtlasDetailsView *self)
{
  AtlasEvent *event = g_object_get_data (G_OBJECT (row), "atlas-event");

  g_assert (ATLAS_IS_EVENT (event));
  atlas_session_set_selected_event (self->session, event);
}

static void
on_casualty_row_activated_cb (GtkListBox       *list,
                              GtkListBoxRow    *row,
                              AtlasDetailsView *self)
{
  AtlasCasualty *casualty = g_object_get_data (G_OBJECT (row), "atlas-casualty");

  g_assert (ATLAS_IS_CASUALTY (casualty));
  atlas_session_set_selected_casualty (self->session, casualty);
}

/* Helpers */

static void
append_place_names (GtkWidget  *card,
                    AtlasPlace *place)
{
  const char *primary, *secondary;
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label;

  /* The interface's language decides which name comes first (atlas-locale.c); each label is
   * laid out in its own text's direction, whatever the window's */
  atlas_place_get_display_names (place, &primary, &secondary);
  label = _atlas_details_new_label (primary, "details-title");
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (row), label);

  if (secondary)
    {
      gboolean arabic = secondary == atlas_place_get_name_ar (place);

      label = _atlas_details_new_label (secondary, arabic ? "details-title-ar" : "details-title-en");
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_set_valign (label, GTK_ALIGN_BASELINE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      arabic ? _("Arabic name") : _("English name"),
                                      -1);
      gtk_box_append (GTK_BOX (row), label);
    }

  gtk_box_append (GTK_BOX (card), row);
}

static void
append_precision (AtlasDetailsView *self,
                  GtkWidget        *card,
                  AtlasPlace       *place,
                  gboolean          compact)
{
  AtlasPrecision precision = atlas_place_get_precision (place);
  const char *kind = atlas_vocabulary_get_label (ATLAS_VOCABULARY_PLACE_KIND, atlas_place_get_kind (place));
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *badge = _atlas_details_new_badge (_atlas_details_precision_label (precision),
                                               precision == ATLAS_PRECISION_UNKNOWN ? "unknown" : NULL);
  GtkWidget *spacer = gtk_label_new (kind);

  gtk_box_append (GTK_BOX (row), badge);
  gtk_widget_add_css_class (spacer, "dim-label");
  gtk_widget_set_hexpand (spacer, TRUE);
  gtk_label_set_xalign (GTK_LABEL (spacer), 0);
  gtk_box_append (GTK_BOX (row), spacer);

  if (precision != ATLAS_PRECISION_UNKNOWN && atlas_place_get_location (place, NULL, NULL))
    gtk_box_append (GTK_BOX (row), _atlas_details_new_show_on_map_button (self, place));

  gtk_box_append (GTK_BOX (card), row);

  if (!compact)
    {
      const char *source = atlas_place_get_source (place);

      if (source && source[0])
        {
          /* The datasets by name; the KB's exact reference (files, feature ids, the copy
           * used), for whoever checks it, in the tooltip (issue 7) */
          g_auto(GStrv) names = atlas_dataset_names_for_source (source);
          /* Translators: between the names of datasets */
          g_autofree char *joined = names[0] ? g_strjoinv (_(", "), names) : g_strdup (source);
          /* Translators: where a place's coordinates, outline and names come from */
          g_autofree char *text = g_strdup_printf (_("Location from: %s"), joined);
          /* Translators: a tooltip giving the knowledge base's exact reference for a place's location */
          g_autofree char *tooltip = g_strdup_printf (_("Exact reference: %s"), source);
          GtkWidget *label = _atlas_details_append_label (card, text, "details-small");

          gtk_widget_add_css_class (label, "dim-label");
          gtk_widget_add_css_class (label, "location-source");
          gtk_label_set_selectable (GTK_LABEL (label), TRUE);
          gtk_widget_set_tooltip_text (label, tooltip);
          gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                          GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip,
                                          -1);
        }
      _atlas_details_append_note (card, precision == ATLAS_PRECISION_UNKNOWN ? _("Why the location is unknown")
                                                                           : _("About the location"),
                                  atlas_place_get_note (place));
    }
}

/* Builder */

/* The window's actions change or delete the selected place (atlas-window-items.c) */
static void
append_place_edit_buttons (GtkWidget *card)
{
  _atlas_details_append_edit_buttons (card, _("Edit Place…"), "win.edit-place", _("Delete Place"), "win.delete-place");
}

void
_atlas_details_view_append_place_card (AtlasDetailsView *self,
                                       AtlasPlace       *place,
                                       gboolean          compact)
{
  AtlasKb *kb = atlas_session_get_kb (self->session);
  g_auto(GStrv) aliases = atlas_place_dup_other_names (place);
  GPtrArray *events, *casualties;
  GtkWidget *card, *list, *label;

  card = _atlas_details_new_card (GTK_WIDGET (self->content), _("Place"), _("Selected place"));
  if (compact)
    gtk_widget_add_css_class (card, "compact");

  append_place_names (card, place);

  if (!compact && aliases && aliases[0])
    {
      g_autofree char *joined = g_strjoinv (", ", aliases);
      g_autofree char *text = g_strdup_printf (_("Also known as: %s"), joined);

      label = _atlas_details_append_label (card, text, NULL);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
    }

  append_precision (self, card, place, compact);

  events = atlas_kb_get_events_for_place (kb, place);
  if (events->len > 0)
    {
      GtkWidget *events_box = card;

      /* Under the selected event, the place's other events wait behind an expander */
      if (compact)
        {
          g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event here", "%u events here",
                                                                 events->len), events->len);
          GtkWidget *expander = gtk_expander_new (title);

          /* GTK 4.8 names an expander after its class, not its label (issue 8) */
          gtk_accessible_update_property (GTK_ACCESSIBLE (expander), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
          events_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
          gtk_expander_set_child (GTK_EXPANDER (expander), events_box);
          gtk_box_append (GTK_BOX (card), expander);
        }

      list = _atlas_details_new_list (events_box, compact ? NULL : _("Events here"), _("Events at this place"),
                                      G_CALLBACK (on_event_row_activated_cb), self);
      for (guint i = 0; i < events->len; i++)
        {
          AtlasEvent *event = g_ptr_array_index (events, i);
          GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
          g_autofree char *date = atlas_event_format_date (event);

          label = _atlas_details_append_label (box, date, "details-small");
          gtk_widget_add_css_class (label, "dim-label");
          gtk_widget_add_css_class (label, "numeric");
          _atlas_details_append_label (box, atlas_event_get_title (event), NULL);
          _atlas_details_append_row (list, box, "atlas-event", event);
        }
    }
  else if (!compact)
    _atlas_details_append_label (card, _("No event in this knowledge base happened here."), "dim-label");

  if (compact)
    {
      append_place_edit_buttons (card);
      return;
    }

  casualties = atlas_kb_get_casualties_for_place (kb, place);
  if (casualties->len > 0)
    {
      list = _atlas_details_new_list (card, _("Casualty figures here"), _("Casualty figures at this place"),
                                      G_CALLBACK (on_casualty_row_activated_cb), self);
      for (guint i = 0; i < casualties->len; i++)
        {
          AtlasCasualty *casualty = g_ptr_array_index (casualties, i);
          GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
          g_autofree char *figure = atlas_casualty_format (casualty);
          g_autofree char *reporter = g_strdup_printf (_("Reported by: %s"), atlas_casualty_get_reported_by (casualty));

          _atlas_details_append_label (box, figure, NULL);
          label = _atlas_details_append_label (box, reporter, "details-small");
          gtk_widget_add_css_class (label, "dim-label");
          _atlas_details_append_row (list, box, "atlas-casualty", casualty);
        }
    }

  append_place_edit_buttons (card);
}

/* atlas-details-blocks.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-details-blocks"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-details-view-private.h"
#include "atlas-vocabulary.h"

/*
 * The labels, badges, cards and lists that the details pane's cards are built of, and the
 * words for the facts they share.
 */

/* Callbacks */

static void
on_show_on_map_clicked_cb (GtkButton        *button,
                           AtlasDetailsView *self)
{
  AtlasPlace *place = g_object_get_data (G_OBJECT (button), "atlas-place");

  g_assert (ATLAS_IS_PLACE (place));
  atlas_session_frame_place (self->session, place);
}

/* Building blocks */

/* Quotes a source's words, unless they open with quotation marks of their own */
char *
_atlas_details_quote_text (const char *text)
{
  if (g_str_has_prefix (text, "“") || g_str_has_prefix (text, "\"") || g_str_has_prefix (text, "‘"))
    return g_strdup (text);

  /* Translators: a quotation from an article */
  return g_strdup_printf (_("“%s”"), text);
}

GtkWidget *
_atlas_details_new_label (const char *text,
                          const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

GtkWidget *
_atlas_details_append_label (GtkWidget  *box,
                             const char *text,
                             const char *css_class)
{
  GtkWidget *label = _atlas_details_new_label (text, css_class);

  gtk_box_append (GTK_BOX (box), label);
  return label;
}

GtkWidget *
_atlas_details_new_badge (const char *text,
                          const char *css_class)
{
  GtkWidget *badge = gtk_label_new (text);

  gtk_widget_add_css_class (badge, "badge");
  if (css_class)
    gtk_widget_add_css_class (badge, css_class);
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (badge, GTK_ALIGN_START);
  return badge;
}

GtkWidget *
_atlas_details_new_card (GtkWidget  *parent,
                         const char *kicker,
                         const char *accessible_label)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_widget_add_css_class (card, "details-card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (card),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);
  _atlas_details_append_label (card, kicker, "details-kicker");
  gtk_box_append (GTK_BOX (parent), card);
  return card;
}

GtkWidget *
_atlas_details_new_list (GtkWidget        *card,
                         const char       *heading,
                         const char       *accessible_label,
                         GCallback         activated,
                         AtlasDetailsView *self)
{
  GtkWidget *list = gtk_list_box_new ();

  if (heading)
    _atlas_details_append_label (card, heading, "details-heading");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "details-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);
  g_signal_connect_object (list, "row-activated", activated, self, 0);
  gtk_box_append (GTK_BOX (card), list);
  return list;
}

GtkWidget *
_atlas_details_append_row (GtkWidget  *list,
                           GtkWidget  *child,
                           const char *data_key,
                           gpointer    data)
{
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), child);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), data_key, data);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

void
_atlas_details_append_note (GtkWidget  *card,
                            const char *heading,
                            const char *note)
{
  GtkWidget *box;
  GtkWidget *label;

  if (note == NULL || note[0] == '\0')
    return;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_add_css_class (box, "details-note");
  _atlas_details_append_label (box, heading, "heading");
  label = _atlas_details_append_label (box, note, NULL);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_box_append (GTK_BOX (card), box);
}

GtkWidget *
_atlas_details_new_show_on_map_button (AtlasDetailsView *self,
                                       AtlasPlace       *place)
{
  GtkWidget *button = gtk_button_new_with_label (_("Show on map"));
  g_autofree char *tooltip = g_strdup_printf (_("Move the map to %s"), atlas_place_get_name (place));

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "show-on-map");
  g_object_set_data (G_OBJECT (button), "atlas-place", place);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_show_on_map_clicked_cb), self, 0);
  return button;
}

const char *
_atlas_details_precision_label (AtlasPrecision precision)
{
  return atlas_vocabulary_get_label (ATLAS_VOCABULARY_PRECISION, atlas_precision_to_string (precision));
}

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
#include "atlas-locale.h"
#include "atlas-region.h"
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

static void
on_read_in_report_clicked_cb (GtkButton        *button,
                              AtlasDetailsView *self)
{
  const AtlasSource *source = g_object_get_data (G_OBJECT (button), "atlas-source");

  g_assert (source != NULL);
  atlas_session_read_source (self->session, source);
}

static gboolean
on_place_link_activated_cb (GtkLabel         *label,
                            const char       *uri,
                            AtlasDetailsView *self)
{
  AtlasKb *kb = atlas_session_get_kb (self->session);
  AtlasPlace *place = kb ? atlas_kb_lookup_place (kb, uri) : NULL;

  if (place == NULL)
    return TRUE;

  atlas_session_set_selected_place (self->session, place);
  return TRUE;
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

/* Lays @label out in the direction of @text's first strong character, whatever the window's:
 * the reports' English stays left to right (and left aligned) in the mirrored Arabic window,
 * an Arabic name right to left in the English one (issue 8). Text with no strong character
 * keeps the window's direction. */
void
_atlas_details_set_direction_from_text (GtkWidget  *label,
                                        const char *text)
{
  gboolean rtl;

  if (atlas_locale_find_direction (text, &rtl))
    gtk_widget_set_direction (label, rtl ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
}

GtkWidget *
_atlas_details_new_label (const char *text,
                          const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  _atlas_details_set_direction_from_text (label, text);
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
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);

  gtk_widget_add_css_class (card, "details-card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (card),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);
  if (kicker)
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

/* GTK 4.8 gives a list box row no AT-SPI action and no name (issue 8): an assistive technology
 * could read a card's events and figures but not choose one. Each row carries "row.activate",
 * which activates it as Enter or a click does, and is named after what its labels say. */
static void
on_row_activate_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    GtkWidget     *row)
{
  gtk_widget_activate (row);
}

static void
collect_label_texts (GtkWidget *widget,
                     GString   *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    {
      const char *label = gtk_label_get_text (GTK_LABEL (widget));

      if (label[0] == '\0')
        return;
      if (text->len > 0)
        /* Translators: between the parts of a row a screen reader reads as one */
        g_string_append (text, _(", "));
      g_string_append (text, label);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_label_texts (child, text);
}

GtkWidget *
_atlas_details_append_row (GtkWidget  *list,
                           GtkWidget  *child,
                           const char *data_key,
                           gpointer    data)
{
  GtkWidget *row = gtk_list_box_row_new ();
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) activate = g_simple_action_new ("activate", NULL);
  g_autoptr(GString) name = g_string_new (NULL);

  /* The row owns the action through its group: no reference back */
  g_signal_connect (activate, "activate", G_CALLBACK (on_row_activate_cb), row);
  g_action_map_add_action (G_ACTION_MAP (actions), G_ACTION (activate));
  gtk_widget_insert_action_group (row, "row", G_ACTION_GROUP (actions));
  collect_label_texts (child, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name->str, -1);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), child);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), data_key, data);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

/* At the end of a card, under the evidence: change or delete the selected fact. The window's
 * actions do it (atlas-window-facts.c), as an edit that Undo takes back. */
void
_atlas_details_append_edit_buttons (GtkWidget  *card,
                                    const char *edit_label,
                                    const char *edit_action,
                                    const char *delete_label,
                                    const char *delete_action)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *button;

  gtk_widget_set_halign (box, GTK_ALIGN_END);
  gtk_widget_set_margin_top (box, 6);
  button = gtk_button_new_with_label (edit_label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), edit_action);
  gtk_box_append (GTK_BOX (box), button);
  button = gtk_button_new_with_label (delete_label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), delete_action);
  gtk_widget_set_tooltip_text (button, _("Undo (Ctrl+Z) brings it back"));
  gtk_box_append (GTK_BOX (box), button);
  gtk_box_append (GTK_BOX (card), box);
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
  g_autofree char *name = atlas_place_dup_display_name (place, ATLAS_PLACE_NAME_SHORT);
  g_autofree char *tooltip = g_strdup_printf (_("Move the map to %s"), name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "show-on-map");
  g_object_set_data (G_OBJECT (button), "atlas-place", place);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_show_on_map_clicked_cb), self, 0);
  return button;
}

/* The facts of a card in two columns, a short caption beside each value: one line each, where
 * a heading above each would take two (issue 7) */
GtkWidget *
_atlas_details_append_facts (GtkWidget *card)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_column_spacing (GTK_GRID (grid), 10);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_widget_add_css_class (grid, "details-facts");
  gtk_box_append (GTK_BOX (card), grid);
  return grid;
}

void
_atlas_details_append_fact (GtkWidget  *facts,
                            const char *caption,
                            GtkWidget  *value)
{
  GtkWidget *label = _atlas_details_new_label (caption, "details-caption");
  int row = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (facts); child; child = gtk_widget_get_next_sibling (child))
    row++;
  row /= 2;

  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (label), FALSE);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_widget_set_valign (value, GTK_ALIGN_START);
  gtk_widget_set_hexpand (value, TRUE);
  gtk_grid_attach (GTK_GRID (facts), label, 0, row, 1, 1);
  gtk_grid_attach (GTK_GRID (facts), value, 1, row, 1, 1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (value),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);
}

/* An event's date and, in smaller type, how precisely it is known */
GtkWidget *
_atlas_details_new_date_label (AtlasEvent *event)
{
  g_autofree char *date = atlas_event_format_date (event);
  const char *words = atlas_vocabulary_get_label (ATLAS_VOCABULARY_DATE_PRECISION,
                                                  atlas_date_precision_to_string (atlas_event_get_date_precision (event)));
  /* Translators: how precisely an event's date is known, after the date: "(sometime between these days)" */
  g_autofree char *in_words = g_strdup_printf (C_("date precision", "(%s)"), words);
  g_autofree char *markup = g_markup_printf_escaped ("%s <span size=\"smaller\">%s</span>", date, in_words);
  GtkWidget *label = _atlas_details_new_label (NULL, "details-date");

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_widget_add_css_class (label, "numeric");
  return label;
}

/* The places, as links that select them, on as few lines as their names take. A location
 * that is only approximate, or unknown, says so. */
GtkWidget *
_atlas_details_new_places_label (AtlasDetailsView *self,
                                 GPtrArray        *places)
{
  AtlasKb *kb = atlas_session_get_kb (self->session);
  g_autoptr(GString) markup = g_string_new (NULL);
  GtkWidget *label, *box;

  for (guint i = 0; i < places->len; i++)
    {
      AtlasPlace *place = g_ptr_array_index (places, i);
      AtlasPrecision precision = atlas_place_get_precision (place);
      g_autofree char *name = atlas_place_dup_display_name (place, ATLAS_PLACE_NAME_SHORT);
      g_autofree char *link = g_markup_printf_escaped ("<a href=\"%s\">%s</a>", atlas_place_get_id (place), name);

      if (i > 0)
        /* Translators: between the places of an event */
        g_string_append (markup, _(", "));
      g_string_append (markup, link);
      if (precision == ATLAS_PRECISION_APPROXIMATE || precision == ATLAS_PRECISION_UNKNOWN)
        {
          g_autofree char *words = g_markup_printf_escaped (" <span size=\"smaller\">(%s)</span>",
                                                            _atlas_details_precision_label (precision));
          g_string_append (markup, words);
        }
    }

  label = _atlas_details_new_label (NULL, "details-places");
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_markup (GTK_LABEL (label), markup->str);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_tooltip_text (label, _("Select a place to see what else happened there"));
  g_signal_connect_object (label, "activate-link", G_CALLBACK (on_place_link_activated_cb), self, 0);

  /* Places off the map's usual view, which the map will not leave on its own, get a button */
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (box), label);
  for (guint i = 0; i < places->len; i++)
    if (atlas_region_place_is_far (kb, g_ptr_array_index (places, i)))
      {
        GtkWidget *button = _atlas_details_new_show_on_map_button (self, g_ptr_array_index (places, i));

        gtk_widget_add_css_class (button, "flat");
        gtk_widget_add_css_class (button, "details-link");
        gtk_widget_set_valign (button, GTK_ALIGN_START);
        gtk_box_append (GTK_BOX (box), button);
      }

  return box;
}

/* The evidence: a source's own words, whole, with the way to read them in the report (issue
 * 7). Under @with_byline, its outlet and date; the next passages of the same article go on
 * under the same line. */
GtkWidget *
_atlas_details_append_quote (AtlasDetailsView  *self,
                             GtkWidget         *card,
                             const AtlasSource *source,
                             gboolean           with_byline)
{
  GtkWidget *block;
  g_autofree char *byline = NULL;
  g_autofree char *quote = NULL;
  GtkWidget *label;

  /* Its words are gone from the report: no passage to read, but a way to place it again */
  if (source->anchor == ATLAS_ANCHOR_ORPHANED)
    return _atlas_details_append_orphan (self, card, source);

  block = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  byline = atlas_article_format_byline (source->article);
  quote = _atlas_details_quote_text (source->quote);
  gtk_widget_add_css_class (block, "details-evidence");

  if (with_byline)
    {
      GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      g_autofree char *tooltip = g_strdup_printf (_("Open “%s” at this passage"),
                                                  atlas_article_get_title (source->article));
      GtkWidget *button;

      label = _atlas_details_new_label (byline, "details-small");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "details-byline");
      gtk_label_set_wrap (GTK_LABEL (label), FALSE);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (label, byline);
      gtk_box_append (GTK_BOX (header), label);

      button = gtk_button_new_with_label (_("Read in report"));
      gtk_widget_add_css_class (button, "read-in-report");
      gtk_widget_add_css_class (button, "details-link");
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, tooltip);
      g_object_set_data (G_OBJECT (button), "atlas-source", (gpointer) source);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_read_in_report_clicked_cb), self, 0);
      gtk_box_append (GTK_BOX (header), button);
      gtk_box_append (GTK_BOX (block), header);
    }
  else
    gtk_widget_add_css_class (block, "continued");

  label = _atlas_details_append_label (block, quote, "details-quote");
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, byline,
                                  -1);

  gtk_box_append (GTK_BOX (card), block);
  return label;
}

const char *
_atlas_details_precision_label (AtlasPrecision precision)
{
  return atlas_vocabulary_get_label (ATLAS_VOCABULARY_PRECISION, atlas_precision_to_string (precision));
}

/* atlas-details-problems.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-details-problems"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-details-view-private.h"
#include "atlas-orphans.h"

/*
 * What is wrong with a fact, beside it (issue 9): the problems `--check` would report of it,
 * in its words, under the card's title; and in place of a source whose words are no longer in
 * its report, the words it had, with the ways to place it again or drop it (the window's
 * actions, atlas-window-orphans.c).
 */

/* Builders */

/* "(bsu)": whether @fact is a casualty figure, its id, and the source's position in it */
static GVariant *
new_target (GObject *fact,
            guint    index)
{
  gboolean figure = ATLAS_IS_CASUALTY (fact);
  const char *id = figure ? atlas_casualty_get_id (ATLAS_CASUALTY (fact)) : atlas_event_get_id (ATLAS_EVENT (fact));

  return g_variant_new ("(bsu)", figure, id, index);
}

static GtkWidget *
new_button (const char *label,
            const char *action,
            GVariant   *target,
            const char *tooltip)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  gtk_widget_set_tooltip_text (button, tooltip);
  return button;
}

/* An orphaned source, where its quote would be */
GtkWidget *
_atlas_details_append_orphan (AtlasDetailsView  *self,
                              GtkWidget         *card,
                              const AtlasSource *source)
{
  AtlasKb *kb = atlas_session_get_kb (self->session);
  GtkWidget *block = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *buttons, *label, *button;
  g_autofree char *quote = _atlas_details_quote_text (source->quote);
  g_autofree char *byline = atlas_article_format_byline (source->article);
  g_autofree char *where = NULL;
  g_autoptr(GVariant) target = NULL;
  GObject *fact = NULL;
  guint index = 0;

  gtk_widget_add_css_class (block, "details-orphan");
  gtk_accessible_update_property (GTK_ACCESSIBLE (block),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Source whose words were lost"),
                                  -1);

  label = _atlas_details_append_label (block, _("These words are no longer in the report’s text"), "heading");
  /* Translators: under a source whose words were lost: "Reuters · 2 Oct 2016", then the report's title */
  where = g_strdup_printf (_("%s — “%s”"), byline, atlas_article_get_title (source->article));
  label = _atlas_details_append_label (block, where, "details-small");
  gtk_widget_add_css_class (label, "dim-label");
  label = _atlas_details_append_label (block, quote, "details-quote");
  gtk_widget_add_css_class (label, "orphan-quote");
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("The words it quoted before the report changed"), -1);

  if (kb && atlas_kb_orphan_find (kb, source, &fact, &index))
    {
      target = g_variant_ref_sink (new_target (fact, index));
      buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      gtk_widget_set_halign (buttons, GTK_ALIGN_END);
      button = new_button (_("Place Again…"), "win.find-orphan-words", target,
                           _("Open the report, to select the words that state this now"));
      gtk_widget_add_css_class (button, "suggested-action");
      gtk_box_append (GTK_BOX (buttons), button);
      /* A figure has one source, and an event keeps one: the fact itself is deleted instead */
      if (ATLAS_IS_EVENT (fact) && atlas_event_get_n_sources (ATLAS_EVENT (fact)) > 1)
        {
          button = new_button (_("Drop Source"), "win.drop-orphan", target, _("Undo (Ctrl+Z) brings it back"));
          gtk_box_prepend (GTK_BOX (buttons), button);
        }
      gtk_box_append (GTK_BOX (block), buttons);
    }

  gtk_box_append (GTK_BOX (card), block);
  return label;
}

/* Under the card's title, each problem of @item as `--check` words it */
void
_atlas_details_append_problems (AtlasDetailsView *self,
                                GtkWidget        *card,
                                gpointer          item)
{
  g_autoptr(GPtrArray) problems = atlas_session_dup_problems_for (self->session, item);
  GtkWidget *after = NULL;

  if (problems->len == 0)
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (card); child; child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_has_css_class (child, "details-title"))
      after = child;

  for (guint i = 0; i < problems->len; i++)
    {
      AtlasProblem *problem = g_ptr_array_index (problems, i);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *icon = gtk_image_new_from_icon_name (problem->warning ? "dialog-warning-symbolic" : "dialog-error-symbolic");
      GtkWidget *label = _atlas_details_new_label (problem->message, "details-small");

      gtk_widget_add_css_class (row, "details-problem");
      gtk_widget_add_css_class (row, problem->warning ? "warning" : "error");
      gtk_widget_set_valign (icon, GTK_ALIGN_START);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      problem->warning ? _("Warning") : _("Error"), -1);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_box_append (GTK_BOX (row), icon);
      gtk_box_append (GTK_BOX (row), label);
      gtk_box_insert_child_after (GTK_BOX (card), row, after);
      after = row;
    }
}

/* What the problems of the items shown say, to rebuild the cards only when it changed */
char *
_atlas_details_describe_problems (AtlasDetailsView *self,
                                  gpointer         *items,
                                  guint             n_items)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GPtrArray) problems = NULL;

      if (items[i] == NULL)
        continue;

      problems = atlas_session_dup_problems_for (self->session, items[i]);
      g_string_append_printf (text, "%p:", items[i]);
      for (guint k = 0; k < problems->len; k++)
        g_string_append_printf (text, "%s\n", ((AtlasProblem *) g_ptr_array_index (problems, k))->message);
    }

  return g_string_free (text, FALSE);
}

/* atlas-window-items.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-window-items"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-edit.h"
#include "atlas-kb-edit.h"
#include "atlas-place-dialog.h"
#include "atlas-report-dialog.h"
#include "atlas-suggest.h"
#include "atlas-window-private.h"

/* Editing and deleting the KB's reports and places in the window, and linking a place named
 * in a report to the selected fact (issue 9). As for facts (atlas-window-facts.c), every
 * change is one AtlasEdit that the session applies and Undo takes back. A deletion that
 * touches facts says which, and what becomes of each, before anything goes. */

/* What a confirmation lists: a fact, and what the deletion does to it */
typedef struct
{
  char *name;
  char *fate;
} Touched;

static void
touched_free (gpointer data)
{
  Touched *touched = data;

  g_free (touched->name);
  g_free (touched->fate);
  g_free (touched);
}

/* Helpers */

static void
add_touched (GPtrArray  *list,
             const char *name,
             char       *fate)
{
  Touched *touched = g_new0 (Touched, 1);

  touched->name = g_strdup (name);
  touched->fate = fate;
  g_ptr_array_add (list, touched);
}

static char *
name_figure (AtlasCasualty *casualty)
{
  g_autofree char *figure = atlas_casualty_format (casualty);

  /* Translators: a casualty figure, and the title of its event */
  return g_strdup_printf (_("%s, of “%s”"), figure, atlas_event_get_title (atlas_casualty_get_event (casualty)));
}

/* What deleting @article does to its facts, as atlas_edit_new_delete() does it: the figures it
 * is the source of go, an event it is the only source of goes with its figures, and an event
 * that other sources state too stays with them */
static GPtrArray *
list_report_facts (AtlasKb      *kb,
                   AtlasArticle *article)
{
  g_autoptr(GPtrArray) facts = atlas_kb_get_facts_citing_article (kb, article);
  g_autoptr(GHashTable) listed = g_hash_table_new (NULL, NULL);
  GPtrArray *list = g_ptr_array_new_with_free_func (touched_free);

  for (guint i = 0; i < facts->len; i++)
    {
      gpointer fact = g_ptr_array_index (facts, i);
      AtlasEvent *event;
      GPtrArray *figures;
      g_autoptr(GHashTable) others = g_hash_table_new (NULL, NULL);
      guint n_other;

      if (!ATLAS_IS_EVENT (fact) || !g_hash_table_add (listed, fact))
        continue;
      event = fact;
      for (guint s = 0; s < atlas_event_get_n_sources (event); s++)
        if (atlas_event_get_source (event, s)->article != article)
          g_hash_table_add (others, atlas_event_get_source (event, s)->article);

      if ((n_other = g_hash_table_size (others)) > 0)
        {
          add_touched (list, atlas_event_get_title (event),
                       g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     "Kept: %u other report states it",
                                                     "Kept: %u other reports state it", n_other), n_other));
          continue;
        }

      add_touched (list, atlas_event_get_title (event), g_strdup (_("Deleted: no other source")));
      figures = atlas_kb_get_casualties_for_event (kb, event);
      for (guint f = 0; f < figures->len; f++)
        {
          AtlasCasualty *casualty = g_ptr_array_index (figures, f);
          g_autofree char *name = NULL;

          if (!g_hash_table_add (listed, casualty))
            continue;
          name = name_figure (casualty);
          add_touched (list, name, g_strdup (_("Deleted with its event")));
        }
    }

  for (guint i = 0; i < facts->len; i++)
    {
      gpointer fact = g_ptr_array_index (facts, i);
      g_autofree char *name = NULL;

      if (!ATLAS_IS_CASUALTY (fact) || !g_hash_table_add (listed, fact))
        continue;
      name = name_figure (fact);
      add_touched (list, name, g_strdup (_("Deleted: this report is its source")));
    }

  return list;
}

/* The events and figures that name @place, which lose it */
static GPtrArray *
list_place_facts (AtlasKb    *kb,
                  AtlasPlace *place)
{
  GPtrArray *events = atlas_kb_get_events_for_place (kb, place);
  GPtrArray *figures = atlas_kb_get_casualties_for_place (kb, place);
  GPtrArray *list = g_ptr_array_new_with_free_func (touched_free);

  for (guint i = 0; i < events->len; i++)
    {
      AtlasEvent *event = g_ptr_array_index (events, i);
      gboolean names = FALSE;

      for (guint p = 0; p < atlas_event_get_n_places (event); p++)
        names = names || atlas_event_get_place (event, p) == place;
      if (names)
        add_touched (list, atlas_event_get_title (event),
                     g_strdup (atlas_event_get_n_places (event) > 1 ? _("Kept, at its other places")
                                                                    : _("Kept, with no place")));
    }

  for (guint i = 0; i < figures->len; i++)
    {
      AtlasCasualty *casualty = g_ptr_array_index (figures, i);
      g_autofree char *name = NULL;
      gboolean names = FALSE;

      for (guint p = 0; p < atlas_casualty_get_n_places (casualty); p++)
        names = names || atlas_casualty_get_place (casualty, p) == place;
      if (!names)
        continue;
      name = name_figure (casualty);
      add_touched (list, name, g_strdup (_("Kept, without this place")));
    }

  return list;
}

static void
delete_item (AtlasWindow *self,
             gpointer     item)
{
  g_autoptr(AtlasEdit) edit = NULL;
  g_autoptr(GError) error = NULL;

  if (!(edit = atlas_edit_new_delete (atlas_session_get_kb (self->session), item, &error)))
    {
      _atlas_window_show_error (self, _("It could not be deleted"), error);
      return;
    }
  atlas_session_apply_edit (self->session, edit);
}

/* Callbacks */

static void
on_confirm_response_cb (GtkDialog   *dialog,
                        int          response,
                        AtlasWindow *self)
{
  gpointer item = g_object_get_data (G_OBJECT (dialog), "atlas-item");

  /* The dialog is modal: the KB is as it was when it listed the facts */
  if (response == GTK_RESPONSE_ACCEPT && atlas_session_get_kb (self->session))
    delete_item (self, item);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Asks before deleting @item, listing the facts it touches and what becomes of each */
static void
confirm_delete (AtlasWindow *self,
                gpointer     item,
                const char  *question,
                const char  *explanation,
                GPtrArray   *touched)
{
  GtkWidget *dialog, *area, *scroller, *grid, *button;

  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE, "%s", question);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", explanation);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("Cancel"), GTK_RESPONSE_CANCEL);
  button = gtk_dialog_add_button (GTK_DIALOG (dialog), _("Delete"), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (button, "destructive-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);

  grid = gtk_grid_new ();
  gtk_widget_set_name (grid, "touched-facts");
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_widget_set_margin_start (grid, 6);
  gtk_widget_set_margin_end (grid, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Facts that the deletion changes"), -1);
  for (guint i = 0; i < touched->len; i++)
    {
      Touched *fact = g_ptr_array_index (touched, i);
      GtkWidget *name = gtk_label_new (fact->name);
      GtkWidget *fate = gtk_label_new (fact->fate);

      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_label_set_wrap (GTK_LABEL (name), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (name), 40);
      gtk_widget_set_hexpand (name, TRUE);
      gtk_label_set_xalign (GTK_LABEL (fate), 0);
      gtk_label_set_yalign (GTK_LABEL (fate), 0);
      gtk_label_set_wrap (GTK_LABEL (fate), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (fate), 24);
      gtk_widget_add_css_class (fate, "dim-label");
      gtk_grid_attach (GTK_GRID (grid), name, 0, i, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), fate, 1, i, 1, 1);
    }

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), grid);
  gtk_widget_add_css_class (scroller, "frame");
  area = gtk_message_dialog_get_message_area (GTK_MESSAGE_DIALOG (dialog));
  gtk_box_append (GTK_BOX (area), scroller);

  g_object_set_data_full (G_OBJECT (dialog), "atlas-item", g_object_ref (item), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirm_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The edited report, with what the user changed; its id and its facts stay */
static void
on_report_save_cb (AtlasReportDialog *dialog,
                   AtlasWindow       *self)
{
  AtlasArticle *article = atlas_report_dialog_get_article (dialog);
  g_autoptr(AtlasArticle) changed = atlas_article_copy (article);
  g_autofree char *title = atlas_report_dialog_dup_title (dialog);
  g_autofree char *outlet = atlas_report_dialog_dup_outlet (dialog);
  g_autofree char *url = atlas_report_dialog_dup_url (dialog);
  g_autofree char *text = atlas_report_dialog_dup_text (dialog);
  g_autoptr(AtlasEdit) edit = NULL;
  g_autoptr(GError) error = NULL;

  atlas_article_set_title (changed, title);
  atlas_article_set_outlet (changed, outlet);
  atlas_article_set_url (changed, url);
  atlas_article_set_published (changed, atlas_report_dialog_get_published (dialog));
  atlas_article_set_text (changed, text);

  if (!(edit = atlas_edit_new_replace (atlas_session_get_kb (self->session), article, changed, &error)))
    {
      _atlas_window_show_error (self, _("The report could not be changed"), error);
      return;
    }
  atlas_session_apply_edit (self->session, edit);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
on_place_save_cb (AtlasPlaceDialog *dialog,
                  AtlasWindow      *self)
{
  g_autoptr(AtlasPlace) changed = atlas_place_dialog_dup_changed (dialog);
  g_autoptr(AtlasEdit) edit = NULL;
  g_autoptr(GError) error = NULL;

  if (!(edit = atlas_edit_new_replace (atlas_session_get_kb (self->session), atlas_place_dialog_get_place (dialog),
                                       changed, &error)))
    {
      _atlas_window_show_error (self, _("The place could not be changed"), error);
      return;
    }
  atlas_session_apply_edit (self->session, edit);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Actions */

static void
edit_report_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  AtlasArticle *article = atlas_session_get_selected_article (self->session);
  g_autoptr(GPtrArray) facts = NULL;
  AtlasReportDialog *dialog;

  if (article == NULL)
    return;

  facts = atlas_kb_get_facts_citing_article (atlas_session_get_kb (self->session), article);
  dialog = atlas_report_dialog_new_for_article (GTK_WINDOW (self), article, facts->len);
  g_signal_connect_object (dialog, "add", G_CALLBACK (on_report_save_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  AtlasArticle *article = atlas_session_get_selected_article (self->session);
  g_autoptr(GPtrArray) touched = NULL;
  g_autofree char *question = NULL;

  if (article == NULL)
    return;

  touched = list_report_facts (atlas_session_get_kb (self->session), article);
  if (touched->len == 0)
    {
      delete_item (self, article);
      return;
    }

  question = g_strdup_printf (_("Delete Report “%s”?"), atlas_article_get_title (article));
  confirm_delete (self, article, question,
                  _("These facts quote it. Those that quote no other report are deleted with it. Undo brings back the report and its facts."),
                  touched);
}

static void
edit_place_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  AtlasPlace *place = atlas_session_get_selected_place (self->session);
  AtlasPlaceDialog *dialog;

  if (place == NULL)
    return;

  dialog = atlas_place_dialog_new (GTK_WINDOW (self), place);
  g_signal_connect_object (dialog, "save", G_CALLBACK (on_place_save_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_place_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  AtlasPlace *place = atlas_session_get_selected_place (self->session);
  g_autoptr(GPtrArray) touched = NULL;
  g_autofree char *question = NULL;

  if (place == NULL)
    return;

  touched = list_place_facts (atlas_session_get_kb (self->session), place);
  if (touched->len == 0)
    {
      delete_item (self, place);
      return;
    }

  question = g_strdup_printf (_("Delete Place “%s”?"), atlas_place_get_name (place));
  confirm_delete (self, place, question,
                  _("These facts name it. They stay, without the place. Undo puts the place back in each."),
                  touched);
}

/* The place the words selected in the reader name, added to the selected figure or event. The
 * words must name a place of the KB (atlas_suggest_find_places()): a place is never made up. */
static void
add_place_mention_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  AtlasKb *kb = atlas_session_get_kb (self->session);
  AtlasCasualty *casualty = atlas_session_get_selected_casualty (self->session);
  AtlasEvent *event = atlas_session_get_selected_event (self->session);
  AtlasArticle *article = atlas_session_get_selected_article (self->session);
  g_autoptr(GPtrArray) places = NULL;
  g_autoptr(GObject) changed = NULL;
  g_autoptr(AtlasEdit) edit = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *words = NULL;
  guint start, end, n_added = 0;

  if (kb == NULL || (casualty == NULL && event == NULL) || article == NULL ||
      !atlas_reader_view_get_selected_span (self->reader_view, &start, &end))
    {
      gtk_widget_error_bell (widget);
      return;
    }

  words = g_utf8_substring (atlas_article_get_text (article), start, end);
  places = atlas_suggest_find_places (kb, words);
  if (places->len == 0)
    {
      g_set_error (&error, ATLAS_EDIT_ERROR, ATLAS_EDIT_ERROR_INVALID,
                   _("No place of the knowledge base is called “%s”. Select a place’s name as the report writes it, in either script, or add the place to the knowledge base first."),
                   words);
      _atlas_window_show_error (self, _("No place found in the selection"), error);
      return;
    }

  changed = casualty ? G_OBJECT (atlas_casualty_copy (casualty)) : G_OBJECT (atlas_event_copy (event));
  for (guint i = 0; i < places->len; i++)
    {
      AtlasPlace *place = g_ptr_array_index (places, i);
      guint n = casualty ? atlas_casualty_get_n_places (ATLAS_CASUALTY (changed))
                         : atlas_event_get_n_places (ATLAS_EVENT (changed));
      gboolean has = FALSE;

      for (guint p = 0; p < n; p++)
        has = has || place == (casualty ? atlas_casualty_get_place (ATLAS_CASUALTY (changed), p)
                                        : atlas_event_get_place (ATLAS_EVENT (changed), p));
      if (has)
        continue;
      if (casualty)
        atlas_casualty_add_place (ATLAS_CASUALTY (changed), place);
      else
        atlas_event_add_place (ATLAS_EVENT (changed), place);
      n_added++;
    }

  if (n_added == 0)
    {
      g_set_error (&error, ATLAS_EDIT_ERROR, ATLAS_EDIT_ERROR_INVALID,
                   casualty ? _("The selected casualty figure already names “%s”.") : _("The selected event already names “%s”."),
                   atlas_place_get_name (g_ptr_array_index (places, 0)));
      _atlas_window_show_error (self, _("The place is there already"), error);
      return;
    }

  if (!(edit = atlas_edit_new_replace (kb, casualty ? (gpointer) casualty : (gpointer) event, changed, &error)))
    {
      _atlas_window_show_error (self, _("The place could not be added"), error);
      return;
    }
  atlas_session_apply_edit (self->session, edit);
}

/* Private API */

void
_atlas_window_items_update_actions (AtlasWindow *self)
{
  gboolean has_article = atlas_session_get_kb (self->session) && atlas_session_get_selected_article (self->session);
  gboolean has_place = atlas_session_get_kb (self->session) && atlas_session_get_selected_place (self->session);
  gboolean has_fact = atlas_session_get_selected_event (self->session) ||
                      atlas_session_get_selected_casualty (self->session);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-report", has_article);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-report", has_article);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-place", has_place);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-place", has_place);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-place-mention", has_fact && has_article);
}

void
_atlas_window_class_items_init (AtlasWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.edit-report", NULL, edit_report_action);
  gtk_widget_class_install_action (widget_class, "win.delete-report", NULL, delete_report_action);
  gtk_widget_class_install_action (widget_class, "win.edit-place", NULL, edit_place_action);
  gtk_widget_class_install_action (widget_class, "win.delete-place", NULL, delete_place_action);
  gtk_widget_class_install_action (widget_class, "win.add-place-mention", NULL, add_place_mention_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "win.add-place-mention", NULL);
}

void
_atlas_window_items_init (AtlasWindow *self)
{
  const char *properties[] = { "notify::selected-event", "notify::selected-casualty",
                               "notify::selected-article", "notify::selected-place", "notify::kb" };

  for (guint i = 0; i < G_N_ELEMENTS (properties); i++)
    g_signal_connect_object (self->session, properties[i],
                             G_CALLBACK (_atlas_window_items_update_actions), self, G_CONNECT_SWAPPED);
  _atlas_window_items_update_actions (self);
}

/* atlas-window-facts.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-window-facts"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-edit.h"
#include "atlas-event-dialog.h"
#include "atlas-figure-dialog.h"
#include "atlas-ids.h"
#include "atlas-kb-edit.h"
#include "atlas-report-dialog.h"
#include "atlas-window-private.h"

/* Making facts in the window (issue 9): adding a report, an event from the words selected in
 * the reader, those words as one more source of the selected event, editing the selected
 * event, and deleting the selected event or casualty figure. Every change is an AtlasEdit
 * that the session applies, so that it can be undone; saving is atlas-window-edit.c's. */

/* Helpers */

/* What the event form edits besides the dates, places and sources, the same for a new event
 * and an edited one */
static void
set_event_judgement (AtlasEvent       *event,
                     AtlasEventDialog *dialog)
{
  g_auto(GStrv) actors = atlas_event_dialog_dup_actors (dialog);
  g_autofree char *note = atlas_event_dialog_dup_note (dialog);

  atlas_event_set_status (event, atlas_event_dialog_get_status (dialog));
  atlas_event_set_verification (event, atlas_event_dialog_get_verification (dialog));
  atlas_event_set_actors (event, (const char * const *) actors);
  atlas_event_set_note (event, note);
}

static gboolean
article_id_taken (const char *id,
                  gpointer    kb)
{
  return atlas_kb_lookup_article (kb, id) != NULL;
}


static gboolean
event_id_taken (const char *id,
                gpointer    kb)
{
  return atlas_kb_lookup_event (kb, id) != NULL;
}


/* The words selected in the reader, as a source; FALSE when none are */
static gboolean
get_selected_source (AtlasWindow *self,
                     AtlasSource *source)
{
  AtlasArticle *article = atlas_session_get_selected_article (self->session);
  guint start, end;

  if (atlas_session_get_kb (self->session) == NULL || article == NULL ||
      !atlas_reader_view_get_selected_span (self->reader_view, &start, &end))
    return FALSE;

  source->article = article;
  source->start = start;
  source->end = end;
  source->quote = g_utf8_substring (atlas_article_get_text (article), start, end);
  return TRUE;
}

static void
apply (AtlasWindow *self,
       AtlasEdit   *edit,
       const char  *failure,
       GError      *error)
{
  if (edit == NULL)
    {
      _atlas_window_show_error (self, failure, error);
      return;
    }
  atlas_session_apply_edit (self->session, edit);
}

/* What the figure form edits besides the count, who and who gave it, the same for a new
 * figure and an edited one. The KB makes overlaps symmetric when the edit is applied, and
 * undoing it takes them back on both sides (atlas-kb-edit.c). */
static void
set_figure_context (AtlasCasualty     *figure,
                    AtlasFigureDialog *dialog)
{
  g_autoptr(GPtrArray) places = atlas_figure_dialog_get_places (dialog);
  g_autoptr(GPtrArray) overlaps = atlas_figure_dialog_get_overlaps (dialog);
  g_autofree char *note = atlas_figure_dialog_dup_note (dialog);
  AtlasDate start, end;

  if (atlas_figure_dialog_get_period (dialog, &start, &end))
    atlas_casualty_set_period (figure, start, end);
  else
    atlas_casualty_set_period (figure, ATLAS_DATE_NONE, ATLAS_DATE_NONE);
  atlas_casualty_set_verification (figure, atlas_figure_dialog_get_verification (dialog));
  while (atlas_casualty_get_n_places (figure) > 0)
    atlas_casualty_remove_place (figure, atlas_casualty_get_place (figure, 0));
  for (guint i = 0; i < places->len; i++)
    atlas_casualty_add_place (figure, g_ptr_array_index (places, i));
  atlas_casualty_set_overlaps (figure, (AtlasCasualty **) overlaps->pdata, overlaps->len);
  atlas_casualty_set_note (figure, note);
}

/* Callbacks */

static void
on_report_add_cb (AtlasReportDialog *dialog,
                  AtlasWindow       *self)
{
  AtlasKb *kb = atlas_session_get_kb (self->session);
  g_autofree char *title = atlas_report_dialog_dup_title (dialog);
  g_autofree char *outlet = atlas_report_dialog_dup_outlet (dialog);
  g_autofree char *url = atlas_report_dialog_dup_url (dialog);
  g_autofree char *text = atlas_report_dialog_dup_text (dialog);
  AtlasDate published = atlas_report_dialog_get_published (dialog);
  g_autofree char *date = atlas_date_format (published);
  g_autofree char *words = g_strdup_printf ("%s %s", date, outlet);
  g_autofree char *id = atlas_ids_make ("a", words, article_id_taken, kb);
  g_autoptr(AtlasArticle) article = atlas_article_new (id);
  g_autoptr(AtlasEdit) edit = NULL;
  g_autoptr(GError) error = NULL;

  atlas_article_set_title (article, title);
  atlas_article_set_outlet (article, outlet);
  atlas_article_set_url (article, url);
  atlas_article_set_published (article, published);
  atlas_article_set_text (article, text);

  if (!(edit = atlas_edit_new_add (kb, article, &error)))
    {
      _atlas_window_show_error (self, _("The report could not be added"), error);
      return;
    }

  atlas_session_apply_edit (self->session, edit);
  atlas_session_set_selected_article (self->session, article);
  gtk_stack_set_visible_child_name (self->side_stack, "report");
  gtk_window_destroy (GTK_WINDOW (dialog));
}


/* The event the user accepted, stated by the span they selected, and nothing else */
static void
on_event_create_cb (AtlasEventDialog *dialog,
                    AtlasWindow      *self)
{
  AtlasKb *kb = atlas_session_get_kb (self->session);
  g_autofree char *title = atlas_event_dialog_dup_title (dialog);
  g_autofree char *summary = atlas_event_dialog_dup_summary (dialog);
  AtlasDate date = atlas_event_dialog_get_date (dialog);
  g_autofree char *day = atlas_date_format (date);
  g_autofree char *words = g_strdup_printf ("%s %s", day, title);
  g_autofree char *id = atlas_ids_make ("e", words, event_id_taken, kb);
  g_autoptr(GPtrArray) places = atlas_event_dialog_get_places (dialog);
  g_autoptr(AtlasEvent) event = atlas_event_new (id);
  g_autoptr(AtlasEdit) edit = NULL;
  g_autoptr(GError) error = NULL;
  AtlasEvent *added;

  atlas_event_set_title (event, title);
  if (summary && *summary)
    atlas_event_set_summary (event, summary);
  atlas_event_set_event_type (event, atlas_event_dialog_get_event_type (dialog));
  atlas_event_set_dates (event, date, atlas_event_dialog_get_end_date (dialog),
                         atlas_event_dialog_get_precision (dialog));
  for (guint i = 0; i < places->len; i++)
    atlas_event_add_place (event, g_ptr_array_index (places, i));
  atlas_event_add_source (event, atlas_event_dialog_get_source (dialog));
  set_event_judgement (event, dialog);

  if (!(edit = atlas_edit_new_add (kb, event, &error)))
    {
      _atlas_window_show_error (self, _("The event could not be created"), error);
      return;
    }

  atlas_session_apply_edit (self->session, edit);
  /* The event as the KB holds it: selected, it shows in the details, the map and the text */
  if ((added = atlas_kb_lookup_event (kb, id)))
    atlas_session_set_selected_event (self->session, added);
  gtk_window_destroy (GTK_WINDOW (dialog));
}


static gboolean
casualty_id_taken (const char *id,
                   gpointer    kb)
{
  return atlas_kb_lookup_casualty (kb, id) != NULL;
}

/* The figure the user accepted, of the selected event, stated by the words they selected */
static void
on_figure_create_cb (AtlasFigureDialog *dialog,
                     AtlasWindow       *self)
{
  AtlasKb *kb = atlas_session_get_kb (self->session);
  AtlasEvent *event = atlas_figure_dialog_get_event (dialog);
  g_autofree char *who = atlas_figure_dialog_dup_who (dialog);
  g_autofree char *qualifier = atlas_figure_dialog_dup_qualifier (dialog);
  g_autofree char *reported_by = atlas_figure_dialog_dup_reported_by (dialog);
  gboolean injured = atlas_figure_dialog_get_injured (dialog);
  g_autofree char *words = g_strdup_printf ("%s %s %s", atlas_event_get_id (event), injured ? "injured" : "killed", who);
  g_autofree char *id = NULL;
  g_autoptr(AtlasCasualty) figure = NULL;
  g_autoptr(AtlasEdit) edit = NULL;
  g_autoptr(GError) error = NULL;
  AtlasCount count = { -1, -1, NULL };
  AtlasCasualty *added;

  /* "e-2016-10-11-rockets…" gives "c-2016-10-11-rockets…-killed-people" */
  id = atlas_ids_make ("c", g_str_has_prefix (words, "e-") ? words + 2 : words, casualty_id_taken, kb);
  figure = atlas_casualty_new (id, event, atlas_figure_dialog_get_source (dialog));
  atlas_figure_dialog_get_count (dialog, &count);
  if (injured)
    atlas_casualty_set_injured (figure, &count);
  else
    atlas_casualty_set_killed (figure, &count);
  g_free (count.words);
  atlas_casualty_set_who (figure, who);
  atlas_casualty_set_qualifier (figure, qualifier);
  atlas_casualty_set_reported_by (figure, reported_by);
  set_figure_context (figure, dialog);

  edit = atlas_edit_new_add (kb, figure, &error);
  apply (self, edit, _("The casualty figure could not be created"), error);
  if (edit == NULL)
    return;
  if ((added = atlas_kb_lookup_casualty (kb, id)))
    atlas_session_set_selected_casualty (self->session, added);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The edited figure, with what the user changed; its id, event and source stay */
static void
on_figure_save_cb (AtlasFigureDialog *dialog,
                   AtlasWindow       *self)
{
  AtlasCasualty *casualty = atlas_figure_dialog_get_casualty (dialog);
  g_autoptr(AtlasCasualty) changed = atlas_casualty_copy (casualty);
  g_autofree char *who = atlas_figure_dialog_dup_who (dialog);
  g_autofree char *qualifier = atlas_figure_dialog_dup_qualifier (dialog);
  g_autofree char *reported_by = atlas_figure_dialog_dup_reported_by (dialog);
  gboolean injured = atlas_figure_dialog_get_injured (dialog);
  const AtlasCount none = { -1, -1, NULL };
  const AtlasCount *other = injured ? atlas_casualty_get_killed (casualty) : atlas_casualty_get_injured (casualty);
  const AtlasCount *same = injured ? atlas_casualty_get_injured (casualty) : atlas_casualty_get_killed (casualty);
  AtlasCount count = { -1, -1, NULL };
  g_autoptr(AtlasEdit) edit = NULL;
  g_autoptr(GError) error = NULL;

  atlas_figure_dialog_get_count (dialog, &count);
  /* A figure of one count whose kind the user changed: the old count goes */
  if (!ATLAS_COUNT_IS_SET (same) && !same->words && (ATLAS_COUNT_IS_SET (other) || other->words))
    {
      if (injured)
        atlas_casualty_set_killed (changed, &none);
      else
        atlas_casualty_set_injured (changed, &none);
    }
  if (injured)
    atlas_casualty_set_injured (changed, &count);
  else
    atlas_casualty_set_killed (changed, &count);
  g_free (count.words);
  atlas_casualty_set_who (changed, who);
  atlas_casualty_set_qualifier (changed, qualifier);
  atlas_casualty_set_reported_by (changed, reported_by);
  set_figure_context (changed, dialog);

  edit = atlas_edit_new_replace (atlas_session_get_kb (self->session), casualty, changed, &error);
  apply (self, edit, _("The casualty figure could not be changed"), error);
  if (edit)
    gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The edited event, with what the user changed; its id and sources stay */
static void
on_event_save_cb (AtlasEventDialog *dialog,
                  AtlasWindow      *self)
{
  AtlasKb *kb = atlas_session_get_kb (self->session);
  AtlasEvent *event = atlas_event_dialog_get_event (dialog);
  g_autoptr(AtlasEvent) changed = atlas_event_copy (event);
  g_autofree char *title = atlas_event_dialog_dup_title (dialog);
  g_autofree char *summary = atlas_event_dialog_dup_summary (dialog);
  g_autoptr(GPtrArray) places = atlas_event_dialog_get_places (dialog);
  g_autoptr(AtlasEdit) edit = NULL;
  g_autoptr(GError) error = NULL;

  atlas_event_set_title (changed, title);
  atlas_event_set_summary (changed, summary && *summary ? summary : NULL);
  atlas_event_set_event_type (changed, atlas_event_dialog_get_event_type (dialog));
  atlas_event_set_dates (changed, atlas_event_dialog_get_date (dialog), atlas_event_dialog_get_end_date (dialog),
                         atlas_event_dialog_get_precision (dialog));
  while (atlas_event_get_n_places (changed) > 0)
    atlas_event_remove_place (changed, atlas_event_get_place (changed, 0));
  for (guint i = 0; i < places->len; i++)
    atlas_event_add_place (changed, g_ptr_array_index (places, i));
  set_event_judgement (changed, dialog);

  edit = atlas_edit_new_replace (kb, event, changed, &error);
  apply (self, edit, _("The event could not be changed"), error);
  if (edit)
    gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Actions */

static void
add_report_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  AtlasReportDialog *dialog = atlas_report_dialog_new (GTK_WINDOW (self));

  g_signal_connect_object (dialog, "add", G_CALLBACK (on_report_add_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}


/* The span selected in the reader becomes a new event's source */
static void
new_event_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  AtlasEventDialog *dialog;
  AtlasSource source = { 0 };

  if (!get_selected_source (self, &source))
    {
      gtk_widget_error_bell (widget);
      return;
    }

  dialog = atlas_event_dialog_new (GTK_WINDOW (self), atlas_session_get_kb (self->session), &source);
  g_free (source.quote);
  g_signal_connect_object (dialog, "create", G_CALLBACK (on_event_create_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The selected words become a casualty figure of the selected event */
static void
new_figure_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  AtlasEvent *event = atlas_session_get_selected_event (self->session);
  AtlasFigureDialog *dialog;
  AtlasSource source = { 0 };

  if (event == NULL || !get_selected_source (self, &source))
    {
      gtk_widget_error_bell (widget);
      return;
    }

  dialog = atlas_figure_dialog_new (GTK_WINDOW (self), atlas_session_get_kb (self->session), event, &source);
  g_free (source.quote);
  g_signal_connect_object (dialog, "create", G_CALLBACK (on_figure_create_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The selected words become one more source of the selected event */
static void
add_source_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  AtlasEvent *event = atlas_session_get_selected_event (self->session);
  AtlasSource source = { 0 };
  g_autoptr(AtlasEvent) changed = NULL;
  g_autoptr(AtlasEdit) edit = NULL;
  g_autoptr(GError) error = NULL;

  if (event == NULL || !get_selected_source (self, &source))
    {
      gtk_widget_error_bell (widget);
      return;
    }

  changed = atlas_event_copy (event);
  atlas_event_add_source (changed, &source);
  g_free (source.quote);
  edit = atlas_edit_new_replace (atlas_session_get_kb (self->session), event, changed, &error);
  apply (self, edit, _("The source could not be added"), error);
}

static void
edit_event_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  AtlasEvent *event = atlas_session_get_selected_event (self->session);
  AtlasEventDialog *dialog;

  if (event == NULL)
    return;

  dialog = atlas_event_dialog_new_for_event (GTK_WINDOW (self), atlas_session_get_kb (self->session), event);
  g_signal_connect_object (dialog, "create", G_CALLBACK (on_event_save_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_figure_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  AtlasCasualty *casualty = atlas_session_get_selected_casualty (self->session);
  AtlasFigureDialog *dialog;

  if (casualty == NULL)
    return;

  dialog = atlas_figure_dialog_new_for_casualty (GTK_WINDOW (self), atlas_session_get_kb (self->session), casualty);
  g_signal_connect_object (dialog, "create", G_CALLBACK (on_figure_save_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The selected event (with its figures), or the selected casualty figure; Undo brings it back */
static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  gpointer item = g_str_equal (action_name, "win.delete-figure")
                    ? (gpointer) atlas_session_get_selected_casualty (self->session)
                    : (gpointer) atlas_session_get_selected_event (self->session);
  g_autoptr(AtlasEdit) edit = NULL;
  g_autoptr(GError) error = NULL;

  if (item == NULL)
    return;

  edit = atlas_edit_new_delete (atlas_session_get_kb (self->session), item, &error);
  apply (self, edit, _("It could not be deleted"), error);
}

/* Private API */

void
_atlas_window_facts_update_actions (AtlasWindow *self)
{
  gboolean has_kb = atlas_session_get_kb (self->session) != NULL;
  gboolean has_event = atlas_session_get_selected_event (self->session) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-report", has_kb);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-event", has_kb);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-source", has_event);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-figure", has_event);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-event", has_event);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-event", has_event);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-figure",
                                 atlas_session_get_selected_casualty (self->session) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-figure",
                                 atlas_session_get_selected_casualty (self->session) != NULL);
}

void
_atlas_window_class_facts_init (AtlasWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.add-report", NULL, add_report_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.add-report", NULL);
  gtk_widget_class_install_action (widget_class, "win.new-event", NULL, new_event_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.new-event", NULL);
  gtk_widget_class_install_action (widget_class, "win.add-source", NULL, add_source_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.add-source", NULL);
  gtk_widget_class_install_action (widget_class, "win.new-figure", NULL, new_figure_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k, GDK_CONTROL_MASK, "win.new-figure", NULL);
  gtk_widget_class_install_action (widget_class, "win.edit-event", NULL, edit_event_action);
  gtk_widget_class_install_action (widget_class, "win.edit-figure", NULL, edit_figure_action);
  gtk_widget_class_install_action (widget_class, "win.delete-event", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "win.delete-figure", NULL, delete_action);
}

void
_atlas_window_facts_init (AtlasWindow *self)
{
  g_signal_connect_object (self->session, "notify::selected-event",
                           G_CALLBACK (_atlas_window_facts_update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::selected-casualty",
                           G_CALLBACK (_atlas_window_facts_update_actions), self, G_CONNECT_SWAPPED);
  _atlas_window_facts_update_actions (self);
}

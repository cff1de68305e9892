/* atlas-window-edit.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-window-edit"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-edit.h"
#include "atlas-ids.h"
#include "atlas-kb-edit.h"
#include "atlas-kb-file.h"
#include "atlas-window-private.h"

/* Editing in the window (issue 9): undo and redo, saving, the recovery copy
 * and the notices about it, the file changing on disk, and closing with unsaved changes.
 *
 * Nothing is lost: Ctrl+S saves through atlas_kb_save() (a temporary file, synced, renamed
 * over the old one, which is kept as a backup); every edit is copied to the recovery copy
 * within RECOVERY_DELAY_S seconds, and the copy is offered back when the KB is opened again
 * after a crash; the built-in KB is saved only as a copy the user names; closing with unsaved
 * changes asks. */

#define RECOVERY_DELAY_S 2

/* What the window does once the changes are saved, or discarded, as the user chose */
typedef enum
{
  AFTER_NOTHING,
  AFTER_CLOSE,
  AFTER_OPEN,        /* open after_save_file, or the built-in KB when it is NULL */
} AfterSave;

typedef enum
{
  NOTICE_NONE,
  NOTICE_RECOVERY,   /* a recovery copy was found: restore it or discard it */
  NOTICE_CHANGED,    /* the file changed on disk: reload it or keep the app's version */
} NoticeKind;

/* Helpers */

static const char *
get_kb_id (AtlasWindow *self)
{
  return self->file ? g_file_peek_path (self->file) : ATLAS_KB_EMBEDDED_ID;
}

static void
show_notice (AtlasWindow *self,
             NoticeKind   kind,
             const char  *text)
{
  self->notice = kind;
  gtk_revealer_set_reveal_child (self->notice_revealer, kind != NOTICE_NONE);
  if (kind == NOTICE_NONE)
    return;

  gtk_label_set_text (self->notice_label, text);
  if (kind == NOTICE_RECOVERY)
    {
      gtk_button_set_label (self->notice_primary, _("Restore"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->notice_primary), "win.restore-recovery");
      gtk_button_set_label (self->notice_secondary, _("Discard"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->notice_secondary), "win.discard-recovery");
    }
  else
    {
      gtk_button_set_label (self->notice_primary, _("Reload"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->notice_primary), "win.reload");
      gtk_button_set_label (self->notice_secondary, _("Keep Mine"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->notice_secondary), "win.keep-mine");
    }
}

void
_atlas_window_show_error (AtlasWindow  *self,
                          const char   *title,
                          const GError *error)
{
  GtkWidget *dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                              GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                              GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s", title);

  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
update_edit_actions (AtlasWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", atlas_session_get_can_undo (self->session));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", atlas_session_get_can_redo (self->session));
  _atlas_window_facts_update_actions (self);
  _atlas_window_items_update_actions (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save",
                                 atlas_session_get_kb (self->session) != NULL && !self->saving);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as",
                                 atlas_session_get_kb (self->session) != NULL && !self->saving);
}

/* The title says when there are unsaved changes, as GNOME's editors do */
static void
update_title (AtlasWindow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->modified_label), atlas_session_get_modified (self->session));
}

static void schedule_recovery (AtlasWindow *self);

static gboolean
write_recovery_cb (gpointer user_data)
{
  AtlasWindow *self = user_data;
  AtlasKb *kb = atlas_session_get_kb (self->session);
  g_autoptr(GError) error = NULL;

  self->recovery_id = 0;

  if (kb == NULL || !atlas_session_get_modified (self->session))
    return G_SOURCE_REMOVE;

  /* The copy an earlier run left is the user's to restore or discard first: never written over */
  if (self->notice == NOTICE_RECOVERY)
    {
      schedule_recovery (self);
      return G_SOURCE_REMOVE;
    }

  if (!atlas_kb_write_recovery (kb, get_kb_id (self), &error))
    g_warning ("Could not write the recovery copy: %s", error->message);
  else
    self->recovery_kb = kb;

  return G_SOURCE_REMOVE;
}

static void
schedule_recovery (AtlasWindow *self)
{
  if (self->recovery_id == 0)
    self->recovery_id = g_timeout_add_seconds (RECOVERY_DELAY_S, write_recovery_cb, self);
}

static void
remember_file_state (AtlasWindow *self)
{
  g_autoptr(GFileInfo) info = NULL;

  g_clear_pointer (&self->file_etag, g_free);
  if (self->file && (info = g_file_query_info (self->file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE,
                                               NULL, NULL)))
    self->file_etag = g_strdup (g_file_info_get_etag (info));
}

static gboolean
file_changed_since (AtlasWindow *self)
{
  g_autoptr(GFileInfo) info = NULL;

  if (self->file == NULL)
    return FALSE;
  if (!(info = g_file_query_info (self->file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE, NULL, NULL)))
    return TRUE;

  return g_strcmp0 (g_file_info_get_etag (info), self->file_etag) != 0;
}

static void
save_to (AtlasWindow *self,
         GFile       *file);

/* The close or the opening that waited for the changes to be saved or discarded */
static void
continue_after_save (AtlasWindow *self)
{
  AfterSave after = self->after_save;
  g_autoptr(GFile) file = g_steal_pointer (&self->after_save_file);

  self->after_save = AFTER_NOTHING;
  if (after == AFTER_CLOSE)
    gtk_window_destroy (GTK_WINDOW (self));
  else if (after == AFTER_OPEN && file)
    atlas_window_open_file (self, file);
  else if (after == AFTER_OPEN)
    _atlas_window_open_embedded_chosen (self);
}

/* A copy of the built-in KB saved to a file is that file's KB from now on */
static void
set_embedded_open_from_save (AtlasWindow *self)
{
  self->embedded_open = FALSE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-embedded", TRUE);
}

/* Callbacks */

/* After every edit, undo and redo (one of the labels changes), and when the KB changes */
static void
on_session_edited_cb (AtlasWindow *self)
{
  AtlasKb *kb = atlas_session_get_kb (self->session);

  update_edit_actions (self);
  update_title (self);
  if (atlas_session_get_modified (self->session))
    schedule_recovery (self);
  else if (kb != NULL && kb == self->recovery_kb)
    {
      /* Undone back to what the file holds: the copy of this KB's changes is not needed */
      g_clear_handle_id (&self->recovery_id, g_source_remove);
      atlas_kb_discard_recovery (get_kb_id (self), NULL);
      self->recovery_kb = NULL;
    }
}

static void
on_monitor_changed_cb (GFileMonitor      *monitor,
                       GFile             *file,
                       GFile             *other,
                       GFileMonitorEvent  event,
                       AtlasWindow       *self)
{
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT && event != G_FILE_MONITOR_EVENT_CREATED &&
      event != G_FILE_MONITOR_EVENT_RENAMED && event != G_FILE_MONITOR_EVENT_MOVED_IN)
    return;

  /* Our own saves change the file too */
  if (self->saving || !file_changed_since (self))
    return;

  name = g_file_get_basename (self->file);
  if (atlas_session_get_modified (self->session))
    /* Translators: %s is a file name */
    text = g_strdup_printf (_("“%s” was changed by another program. Reloading it loses the changes made here."), name);
  else
    /* Translators: %s is a file name */
    text = g_strdup_printf (_("“%s” was changed by another program."), name);
  show_notice (self, NOTICE_CHANGED, text);
}

static void
on_save_finished_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(AtlasWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_steal_pointer (&self->saving_file);

  self->saving = FALSE;
  update_edit_actions (self);

  if (!atlas_kb_save_finish (ATLAS_KB (source), result, &error))
    {
      g_autofree char *name = g_file_get_basename (file);
      /* Translators: %s is a file name */
      g_autofree char *title = g_strdup_printf (_("“%s” could not be saved"), name);

      /* Nothing waits for a save that failed: the window stays, with its changes */
      self->after_save = AFTER_NOTHING;
      g_clear_object (&self->after_save_file);
      _atlas_window_show_error (self, title, error);
      return;
    }

  /* Saved: the file is now this KB's, its recovery copy is not needed */
  g_clear_handle_id (&self->recovery_id, g_source_remove);
  atlas_kb_discard_recovery (get_kb_id (self), NULL);
  self->recovery_kb = NULL;
  set_embedded_open_from_save (self);
  _atlas_window_edit_kb_opened (self, file);
  atlas_session_set_saved (self->session);
  update_title (self);

  continue_after_save (self);
}

static void
save_to (AtlasWindow *self,
         GFile       *file)
{
  self->saving = TRUE;
  g_set_object (&self->saving_file, file);
  update_edit_actions (self);
  atlas_kb_save_async (atlas_session_get_kb (self->session), file, self->cancellable,
                       on_save_finished_cb, g_object_ref (self));
}

static void
on_save_chooser_response_cb (GtkNativeDialog *chooser,
                             int              response,
                             AtlasWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      save_to (self, file);
    }
  else
    {
      self->after_save = AFTER_NOTHING;
      g_clear_object (&self->after_save_file);
    }

  g_clear_object (&self->save_chooser);
}

static void
ask_where_to_save (AtlasWindow *self)
{
  g_autofree char *name = NULL;
  AtlasKb *kb = atlas_session_get_kb (self->session);

  if (self->save_chooser)
    return;

  self->save_chooser = gtk_file_chooser_native_new (self->file ? _("Save As") : _("Save a Copy"), GTK_WINDOW (self),
                                                    GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  if (self->file)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (self->save_chooser), self->file, NULL);
  else
    {
      g_autofree char *slug = atlas_ids_slugify (atlas_kb_get_title (kb), 40);

      name = g_strconcat (*slug ? slug : "knowledge-base", ".json", NULL);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->save_chooser), name);
    }

  g_signal_connect (self->save_chooser, "response", G_CALLBACK (on_save_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->save_chooser));
}

static void
on_save_question_response_cb (GtkDialog   *dialog,
                              int          response,
                              AtlasWindow *self)
{
  /* Let go of the window first: it may be destroyed below, before the dialog is finalized */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));

  switch (response)
    {
    case GTK_RESPONSE_ACCEPT:     /* Save, then go on */
      if (self->file)
        save_to (self, self->file);
      else
        ask_where_to_save (self);
      break;

    case GTK_RESPONSE_REJECT:     /* Discard, and go on */
      g_clear_handle_id (&self->recovery_id, g_source_remove);
      atlas_kb_discard_recovery (get_kb_id (self), NULL);
      self->recovery_kb = NULL;
      /* The changes stay in memory until the other KB has opened: if it does not, they are
       * still there, still unsaved */
      if (self->after_save == AFTER_CLOSE)
        self->close_confirmed = TRUE;
      continue_after_save (self);
      break;

    default:
      self->after_save = AFTER_NOTHING;
      g_clear_object (&self->after_save_file);
      break;
    }
}

/* Asks whether to save the changes before @after happens */
static void
ask_to_save (AtlasWindow *self,
             AfterSave    after,
             const char  *question)
{
  GtkWidget *dialog;

  self->after_save = after;
  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE, "%s", question);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _("If you do not save, the changes made since the last save are lost."));
  gtk_dialog_add_buttons (GTK_DIALOG (dialog),
                          _("Cancel"), GTK_RESPONSE_CANCEL,
                          _("Discard"), GTK_RESPONSE_REJECT,
                          _("Save"), GTK_RESPONSE_ACCEPT,
                          NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_signal_connect (dialog, "response", G_CALLBACK (on_save_question_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
on_close_request_cb (AtlasWindow *self)
{
  if (self->close_confirmed || !atlas_session_get_modified (self->session))
    return FALSE;

  ask_to_save (self, AFTER_CLOSE, _("Save the changes before closing?"));
  return TRUE;
}

/* Actions */

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  atlas_session_undo (ATLAS_WINDOW (widget)->session);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  atlas_session_redo (ATLAS_WINDOW (widget)->session);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  /* The built-in KB is read-only: it is saved only as a copy */
  if (self->file == NULL)
    ask_where_to_save (self);
  else
    save_to (self, self->file);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ask_where_to_save (ATLAS_WINDOW (widget));
}

static void
restore_recovery_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  g_autofree char *path = atlas_kb_find_recovery (get_kb_id (self));
  g_autoptr(GFile) recovery = NULL;
  g_autoptr(AtlasKb) kb = NULL;
  g_autoptr(GError) error = NULL;

  show_notice (self, NOTICE_NONE, NULL);
  if (path == NULL)
    return;

  recovery = g_file_new_for_path (path);
  if (!(kb = atlas_kb_new_from_file (recovery, NULL, NULL, &error)))
    {
      _atlas_window_show_error (self, _("The recovered changes could not be read"), error);
      return;
    }

  /* The recovered KB replaces the one read from the file, and is unsaved until saved */
  atlas_session_set_kb (self->session, kb);
  atlas_session_set_unsaved (self->session);
  on_session_edited_cb (self);
}

static void
discard_recovery_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  atlas_kb_discard_recovery (get_kb_id (self), NULL);
  show_notice (self, NOTICE_NONE, NULL);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  g_autoptr(GFile) file = self->file ? g_object_ref (self->file) : NULL;

  show_notice (self, NOTICE_NONE, NULL);
  if (file)
    atlas_window_open_file (self, file);
}

static void
keep_mine_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  /* The file on disk is now the other program's; saving writes over it, as the user chose */
  remember_file_state (self);
  show_notice (self, NOTICE_NONE, NULL);
}

/* Private API */

/**
 * _atlas_window_edit_replace_kb:
 * @file: (nullable): the KB the user chose to open; %NULL for the built-in one
 *
 * Opens another KB as the user asked, first asking whether to save the changes to this one
 * when there are any.
 */
void
_atlas_window_edit_replace_kb (AtlasWindow *self,
                               GFile       *file)
{
  if (!atlas_session_get_modified (self->session))
    {
      if (file)
        atlas_window_open_file (self, file);
      else
        _atlas_window_open_embedded_chosen (self);
      return;
    }

  g_set_object (&self->after_save_file, file);
  ask_to_save (self, AFTER_OPEN, _("Save the changes before opening another knowledge base?"));
}

/**
 * _atlas_window_edit_kb_closing:
 *
 * Called before the window's KB is replaced: the changes not yet in the recovery copy go
 * there now, so that opening another KB loses nothing (the copy is offered when this KB is
 * opened again).
 */
void
_atlas_window_edit_kb_closing (AtlasWindow *self)
{
  if (self->recovery_id != 0)
    {
      g_clear_handle_id (&self->recovery_id, g_source_remove);
      write_recovery_cb (self);
    }
  self->recovery_kb = NULL;
}

/**
 * _atlas_window_edit_kb_opened:
 * @file: (nullable): the KB's file, %NULL for the built-in KB
 *
 * Called when a KB was opened or saved: watches its file, and offers its recovery copy when
 * an earlier run left one.
 */
void
_atlas_window_edit_kb_opened (AtlasWindow *self,
                              GFile       *file)
{
  g_autofree char *recovery = NULL;
  gboolean same = self->file && file && g_file_equal (self->file, file);

  if (!same)
    {
      g_clear_object (&self->monitor);
      g_set_object (&self->file, file);
      if (file && (self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL)))
        g_signal_connect (self->monitor, "changed", G_CALLBACK (on_monitor_changed_cb), self);
      show_notice (self, NOTICE_NONE, NULL);
    }
  remember_file_state (self);
  update_edit_actions (self);
  update_title (self);

  if (!same && (recovery = atlas_kb_find_recovery (get_kb_id (self))))
    show_notice (self, NOTICE_RECOVERY,
                 _("Changes that were not saved when Aleppo Atlas last closed were kept. Restore them?"));
}

void
_atlas_window_class_edit_init (AtlasWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
  gtk_widget_class_install_action (widget_class, "win.restore-recovery", NULL, restore_recovery_action);
  gtk_widget_class_install_action (widget_class, "win.discard-recovery", NULL, discard_recovery_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.keep-mine", NULL, keep_mine_action);
}

void
_atlas_window_edit_init (AtlasWindow *self)
{
  g_signal_connect_object (self->session, "notify::undo-label", G_CALLBACK (on_session_edited_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::redo-label", G_CALLBACK (on_session_edited_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::modified", G_CALLBACK (on_session_edited_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::kb", G_CALLBACK (on_session_edited_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "close-request", G_CALLBACK (on_close_request_cb), NULL);
  update_edit_actions (self);
}

void
_atlas_window_edit_dispose (AtlasWindow *self)
{
  g_clear_handle_id (&self->recovery_id, g_source_remove);
  if (self->save_chooser)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->save_chooser));
  g_clear_object (&self->save_chooser);
  g_clear_object (&self->monitor);
  g_clear_object (&self->file);
  g_clear_object (&self->saving_file);
  g_clear_object (&self->after_save_file);
  g_clear_pointer (&self->file_etag, g_free);
}

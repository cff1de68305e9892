/* atlas-window-export.c: Export… in the window's menu (issue 9)
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-window-export"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "atlas-export.h"
#include "atlas-window-private.h"

/* The format choice in the save dialog: ids are the formats' names */
#define FORMAT_CHOICE "format"

static const char *format_labels[ATLAS_N_EXPORT_FORMATS] = {
  [ATLAS_EXPORT_GEOJSON] = N_("GeoJSON (places and events, for QGIS)"),
  [ATLAS_EXPORT_CSV] = N_("CSV (one row per event)"),
  [ATLAS_EXPORT_ANNOTATIONS] = N_("Web Annotations (the quoted passages)"),
};

/* Shown in the window's problems bar, which says what went wrong when a file does not open */
static void
show_export_error (AtlasWindow  *self,
                   GFile        *file,
                   const GError *error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *title = NULL;

  g_debug ("Could not export to %s: %s", g_file_peek_path (file), error->message);

  /* Translators: %s is the name of the file the user chose to export to */
  title = g_strdup_printf (_("Could not export to “%s”"), name);
  _atlas_window_show_message (self, title, error->message);
}

static void
replace_contents_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(AtlasWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && self->cancellable != NULL)
        show_export_error (self, G_FILE (object), error);
      return;
    }

  g_debug ("Exported to %s", g_file_peek_path (G_FILE (object)));
}

typedef struct
{
  AtlasKb           *kb;
  AtlasExportFormat  format;
  GFile             *file;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->kb);
  g_clear_object (&job->file);
  g_free (job);
}

/*
 * In a thread: building the JSON takes about 90 ms for the built-in reports' outlines
 * (bench-export), too long for the main loop. A loaded KB is not changed afterwards (its
 * indexes are built while loading), so reading it from another thread is safe.
 */
static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  if (!atlas_export_write (job->kb, job->format, memory, cancellable, &error) ||
      !g_output_stream_close (memory, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory)),
                           (GDestroyNotify) g_bytes_unref);
}

/* Then the file is written asynchronously, and replaced only once it is all written */
static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  AtlasWindow *self = ATLAS_WINDOW (object);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  /* The window closed meanwhile: its cancellable is gone */
  if (self->cancellable == NULL || g_cancellable_is_cancelled (self->cancellable))
    return;

  if (!(bytes = g_task_propagate_pointer (G_TASK (result), &error)))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_export_error (self, job->file, error);
      return;
    }

  g_file_replace_contents_bytes_async (job->file, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                       self->cancellable, replace_contents_cb, g_object_ref (self));
}

static void
export_to_file (AtlasWindow       *self,
                AtlasExportFormat  format,
                GFile             *file)
{
  AtlasKb *kb = atlas_session_get_kb (self->session);
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  if (kb == NULL)
    return;

  job = g_new0 (ExportJob, 1);
  job->kb = g_object_ref (kb);
  job->format = format;
  job->file = g_object_ref (file);

  task = g_task_new (self, self->cancellable, export_done_cb, NULL);
  g_task_set_source_tag (task, export_to_file);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);
}

static void
export_chooser_response_cb (GtkNativeDialog *dialog,
                            int              response,
                            AtlasWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      const char *choice = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), FORMAT_CHOICE);
      AtlasExportFormat format = ATLAS_EXPORT_GEOJSON;

      atlas_export_format_parse (choice, &format);
      if (file)
        export_to_file (self, format, file);
    }

  g_clear_object (&self->chooser);
}

/* "aleppo-2016.json" → "aleppo-2016.geojson" */
static char *
suggest_name (AtlasKb           *kb,
              AtlasExportFormat  format)
{
  const char *display_name = atlas_kb_get_display_name (kb);
  g_autofree char *base = g_path_get_basename (display_name && *display_name ? display_name : "aleppo-atlas");
  char *dot = strrchr (base, '.');

  if (dot && dot != base)
    *dot = '\0';

  return g_strconcat (base, ".", atlas_export_format_get_extension (format), NULL);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  AtlasKb *kb = atlas_session_get_kb (self->session);
  const char *ids[ATLAS_N_EXPORT_FORMATS + 1] = { NULL };
  const char *labels[ATLAS_N_EXPORT_FORMATS + 1] = { NULL };
  g_autofree char *name = NULL;

  /* One dialog at a time: the open and the export dialogs share the window's chooser */
  if (self->chooser || kb == NULL)
    return;

  for (guint i = 0; i < ATLAS_N_EXPORT_FORMATS; i++)
    {
      ids[i] = atlas_export_format_to_string (i);
      labels[i] = _(format_labels[i]);
    }

  self->chooser = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (self->chooser), FORMAT_CHOICE, _("Format"), ids, labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (self->chooser), FORMAT_CHOICE, ids[ATLAS_EXPORT_GEOJSON]);
  name = suggest_name (kb, ATLAS_EXPORT_GEOJSON);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);

  g_signal_connect (self->chooser, "response", G_CALLBACK (export_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* win.export-to (FORMAT, URI): the same without the dialog, for tests and scripts */
static void
export_to_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  const char *format_name, *uri;
  g_autoptr(GFile) file = NULL;
  AtlasExportFormat format;

  g_variant_get (parameter, "(&s&s)", &format_name, &uri);
  if (!atlas_export_format_parse (format_name, &format))
    {
      g_warning ("Unknown export format “%s”", format_name);
      return;
    }

  file = g_file_new_for_uri (uri);
  export_to_file (self, format, file);
}

void
_atlas_window_class_export_init (AtlasWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-to", "(ss)", export_to_action);
}

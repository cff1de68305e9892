/* atlas-window-state.c: what the window remembers between runs
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-window-state"

#include "config.h"

#include "atlas-window-private.h"

/*
 * Sizes, pane positions and the sidebar's page are read when the window is made and written
 * when it goes away, so that two windows do not fight over them while open. The street-map
 * and "Compress empty time" toggles are preferences: bound, so a change shows at once. The KB
 * opened last is written as soon as it has loaded (issue 8).
 */

void
_atlas_window_state_init (AtlasWindow *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autofree char *page = NULL;
  int width, height, position;

  /* An uninstalled build run without its schema still works; it just forgets */
  if (!source || !(schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)))
    {
      g_debug ("No GSettings schema %s: window state will not persist", APP_ID);
      return;
    }

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "show-tiles", self, "show-tiles", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "compress-empty-time", self->timeline_panel, "compress-empty-time",
                   G_SETTINGS_BIND_DEFAULT);

  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), MAX (width, 1024), MAX (height, 600));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  if ((position = g_settings_get_int (self->settings, "map-width")) > 0)
    gtk_paned_set_position (self->side_paned, position);
  if ((position = g_settings_get_int (self->settings, "timeline-position")) > 0)
    gtk_paned_set_position (self->timeline_paned, position);

  page = g_settings_get_string (self->settings, "sidebar-page");
  if (gtk_stack_get_child_by_name (self->side_stack, page))
    gtk_stack_set_visible_child_name (self->side_stack, page);
}

void
_atlas_window_state_save (AtlasWindow *self)
{
  const char *page;
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set (self->settings, "window-size", "(ii)", width, height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_set_int (self->settings, "map-width", gtk_paned_get_position (self->side_paned));
  g_settings_set_int (self->settings, "timeline-position", gtk_paned_get_position (self->timeline_paned));
  if ((page = gtk_stack_get_visible_child_name (self->side_stack)))
    g_settings_set_string (self->settings, "sidebar-page", page);
}

/* @file has loaded: it is the one to reopen next time */
void
_atlas_window_state_kb_opened (AtlasWindow *self,
                               GFile       *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  g_clear_object (&self->restoring_file);
  if (self->settings)
    g_settings_set_string (self->settings, "last-kb", uri);
}

/* The built-in reports were chosen: start on them next time */
void
_atlas_window_state_embedded_chosen (AtlasWindow *self)
{
  g_clear_object (&self->restoring_file);
  if (self->settings)
    g_settings_set_string (self->settings, "last-kb", "");
}

/* @file did not load. Returns whether it was the KB opened last, being reopened on start */
gboolean
_atlas_window_state_restore_failed (AtlasWindow *self,
                                    GFile       *file)
{
  gboolean restoring = self->restoring_file && g_file_equal (self->restoring_file, file);

  if (restoring)
    g_clear_object (&self->restoring_file);
  return restoring;
}

/**
 * atlas_window_open_last:
 *
 * Opens the knowledge base opened last, as the settings remember it, or the built-in one if
 * none was. If that file no longer loads, the built-in one opens instead and the window says
 * why; the setting stays, for when the file is back.
 */
void
atlas_window_open_last (AtlasWindow *self)
{
  g_autofree char *uri = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_if_fail (ATLAS_IS_WINDOW (self));

  if (self->settings)
    uri = g_settings_get_string (self->settings, "last-kb");

  if (uri == NULL || uri[0] == '\0')
    {
      atlas_window_open_embedded (self);
      return;
    }

  file = g_file_new_for_uri (uri);
  g_set_object (&self->restoring_file, file);
  atlas_window_open_file (self, file);
}

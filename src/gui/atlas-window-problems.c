/* atlas-window-problems.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-window-problems"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-window-private.h"

/*
 * The bar at the top of the window that says, in the words of `aleppo-atlas --check`, why a
 * file did not open, or with which warnings it did (sources re-anchored or orphaned after a
 * report's text changed). Those warnings go as the user deals with them: an orphan placed
 * again or dropped leaves the list, and the bar closes when none is left
 * (atlas_session_dup_load_problems()).
 */

static void
set_text (AtlasWindow *self,
          GPtrArray   *problems,
          gboolean     opened)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *name = g_file_get_basename (self->problems_file);
  g_autofree char *title = NULL;

  /* The same words as `aleppo-atlas --check` */
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = atlas_problem_to_string (g_ptr_array_index (problems, i));
      g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", line);
    }

  if (opened)
    /* Warnings only: sources re-anchored or orphaned after an article's text changed */
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "“%s” is open, with %u warning",
                                          "“%s” is open, with %u warnings", problems->len),
                             name, problems->len);
  else if (atlas_session_get_kb (self->session))
    title = g_strdup_printf (_("“%s” could not be opened; the knowledge base that was open stays open"), name);
  else
    title = g_strdup_printf (_("“%s” could not be opened"), name);

  gtk_label_set_label (self->problems_title, title);
  gtk_label_set_label (self->problems_label, text->str);
}

/* The warnings of the file that opened, as many as still stand */
static void
on_problems_changed_cb (AtlasWindow *self)
{
  g_autoptr(GPtrArray) standing = NULL;

  if (!self->problems_opened || !gtk_revealer_get_reveal_child (self->problems_revealer))
    return;

  standing = atlas_session_dup_load_problems (self->session);
  if (standing->len == 0)
    _atlas_window_hide_problems (self);
  else
    set_text (self, standing, TRUE);
}

static void
on_problems_close_clicked_cb (GtkButton   *button,
                              AtlasWindow *self)
{
  self->problems_opened = FALSE;
  gtk_revealer_set_reveal_child (self->problems_revealer, FALSE);
}

/* Private API */

/*
 * _atlas_window_show_problems:
 * @problems: (nullable): what `--check` says of @file
 * @error: (nullable): why it did not open, when @problems says nothing
 * @opened: whether @file opened (its problems are warnings) or not
 */
void
_atlas_window_show_problems (AtlasWindow  *self,
                             GFile        *file,
                             GPtrArray    *problems,
                             const GError *error,
                             gboolean      opened)
{
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  if (problems && problems->len > 0)
    self->problems = g_ptr_array_ref (problems);
  else
    {
      /* A failure with no problem list (none is expected, but the window must say something) */
      g_autofree char *parse_name = g_file_get_parse_name (file);

      self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_problem_free);
      g_ptr_array_add (self->problems, atlas_problem_new (parse_name, 0, 0, NULL,
                                                          error ? error->message : _("could not be read")));
    }

  g_set_object (&self->problems_file, file);
  self->problems_opened = opened;
  set_text (self, self->problems, opened);
  /* With nothing open, offer the way back to the reports that come with the app */
  gtk_widget_set_visible (self->problems_embedded_button, !opened && atlas_session_get_kb (self->session) == NULL);
  gtk_revealer_set_reveal_child (self->problems_revealer, TRUE);
}

/* Says something else in the bar (an export that failed) */
void
_atlas_window_show_message (AtlasWindow *self,
                            const char  *title,
                            const char  *text)
{
  self->problems_opened = FALSE;
  gtk_widget_set_visible (self->problems_embedded_button, FALSE);
  gtk_label_set_label (self->problems_title, title);
  gtk_label_set_label (self->problems_label, text);
  gtk_revealer_set_reveal_child (self->problems_revealer, TRUE);
}

void
_atlas_window_hide_problems (AtlasWindow *self)
{
  self->problems_opened = FALSE;
  gtk_revealer_set_reveal_child (self->problems_revealer, FALSE);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
}

void
_atlas_window_problems_init (AtlasWindow *self)
{
  g_signal_connect_object (self->session, "problems-changed", G_CALLBACK (on_problems_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

void
_atlas_window_class_problems_init (AtlasWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, problems_revealer);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, problems_title);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, problems_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, problems_embedded_button);
  gtk_widget_class_bind_template_callback (widget_class, on_problems_close_clicked_cb);
}

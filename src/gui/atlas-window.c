/* atlas-window.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-window"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-window.h"

#define EMBEDDED_KB RESOURCE_PREFIX "/kb/aleppo-2016.json"

struct _AtlasWindow
{
  GtkApplicationWindow  parent_instance;

  AtlasKb              *kb;
  GPtrArray            *problems;
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;

  /* Template widgets */
  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkRevealer          *problems_revealer;
  GtkLabel             *problems_title;
  GtkLabel             *problems_label;
  GtkListView          *event_list;
  GtkLabel             *status_label;
};

enum {
  PROP_0,
  PROP_KB,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (AtlasWindow, atlas_window, GTK_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties[N_PROPS];

static void
show_problems (AtlasWindow *self,
               GFile       *file,
               GPtrArray   *problems,
               const GError *error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *title = NULL;

  g_clear_pointer (&self->problems, g_ptr_array_unref);
  self->problems = problems ? g_ptr_array_ref (problems) : NULL;

  /* The same words as `aleppo-atlas --check` */
  for (guint i = 0; problems && i < problems->len; i++)
    {
      g_autofree char *line = atlas_problem_to_string (g_ptr_array_index (problems, i));
      g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", line);
    }

  if (text->len == 0 && error)
    g_string_append (text, error->message);

  title = g_strdup_printf (_("“%s” could not be opened; the knowledge base that was open stays open"), name);
  gtk_label_set_label (self->problems_title, title);
  gtk_label_set_label (self->problems_label, text->str);
  gtk_revealer_set_reveal_child (self->problems_revealer, TRUE);
}

static void
update_titles (AtlasWindow *self)
{
  g_autofree char *subtitle = NULL;
  guint n_events = 0;

  if (self->kb)
    {
      n_events = g_list_model_get_n_items (atlas_kb_get_events (self->kb));
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event, %u articles, %u places",
                                               "%u events, %u articles, %u places", n_events),
                                  n_events,
                                  g_list_model_get_n_items (atlas_kb_get_articles (self->kb)),
                                  g_list_model_get_n_items (atlas_kb_get_places (self->kb)));
    }

  gtk_label_set_label (self->title_label, self->kb ? atlas_kb_get_title (self->kb) : _("Aleppo Atlas"));
  gtk_label_set_label (self->subtitle_label, subtitle ? subtitle : "");
  gtk_label_set_label (self->status_label, subtitle ? subtitle : "");
}

/* Factory callbacks */

static void
event_row_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *date = gtk_label_new (NULL);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_widget_add_css_class (box, "event-row");
  gtk_widget_add_css_class (date, "event-date");
  gtk_widget_add_css_class (date, "numeric");
  gtk_widget_add_css_class (title, "event-title");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (date), 0);
  gtk_label_set_width_chars (GTK_LABEL (date), 23);
  gtk_widget_set_valign (date, GTK_ALIGN_START);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_wrap (GTK_LABEL (detail), TRUE);

  gtk_box_append (GTK_BOX (text), title);
  gtk_box_append (GTK_BOX (text), detail);
  gtk_box_append (GTK_BOX (box), date);
  gtk_box_append (GTK_BOX (box), text);
  gtk_list_item_set_child (item, box);
}

static void
event_row_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  AtlasWindow *self = user_data;
  AtlasEvent *event = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *date = gtk_widget_get_first_child (box);
  GtkWidget *text = gtk_widget_get_next_sibling (date);
  GtkWidget *title = gtk_widget_get_first_child (text);
  GtkWidget *detail = gtk_widget_get_next_sibling (title);
  g_autoptr(GString) places = g_string_new (NULL);
  g_autofree char *date_text = atlas_event_format_date (event);
  GPtrArray *casualties = atlas_kb_get_casualties_for_event (self->kb, event);

  for (guint i = 0; i < atlas_event_get_n_places (event); i++)
    g_string_append_printf (places, "%s%s", i > 0 ? ", " : "",
                            atlas_place_get_name (atlas_event_get_place (event, i)));

  for (guint i = 0; i < casualties->len; i++)
    {
      g_autofree char *figure = atlas_casualty_format (g_ptr_array_index (casualties, i));
      g_string_append_printf (places, "%s%s", places->len > 0 ? " · " : "", figure);
    }

  if (atlas_event_get_status (event) == ATLAS_EVENT_STATUS_PLANNED)
    g_string_prepend (places, places->len > 0 ? _("Planned · ") : _("Planned"));

  gtk_label_set_label (GTK_LABEL (date), date_text);
  gtk_label_set_label (GTK_LABEL (title), atlas_event_get_title (event));
  gtk_label_set_label (GTK_LABEL (detail), places->str);
  gtk_widget_set_visible (detail, places->len > 0);
}

/* Callbacks */

static void
load_file_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  AtlasWindow *self = g_task_get_source_object (task);
  GFile *file = g_task_get_task_data (task);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasKb) kb = NULL;

  if (!(kb = atlas_kb_load_file_finish (result, &problems, &error)))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }

      g_debug ("Could not load %s: %s", g_file_peek_path (file), error->message);
      show_problems (self, file, problems, error);
      g_task_return_boolean (task, FALSE);
      return;
    }

  gtk_revealer_set_reveal_child (self->problems_revealer, FALSE);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  atlas_window_set_kb (self, kb);
  g_task_return_boolean (task, TRUE);
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     AtlasWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file)
        atlas_window_open_file (self, file);
    }

  g_clear_object (&self->chooser);
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            AtlasWindow   *self)
{
  if (!G_VALUE_HOLDS (value, G_TYPE_FILE))
    return FALSE;

  atlas_window_open_file (self, g_value_get_object (value));
  return TRUE;
}

static void
on_problems_close_clicked_cb (GtkButton   *button,
                              AtlasWindow *self)
{
  gtk_revealer_set_reveal_child (self->problems_revealer, FALSE);
}

/* Actions */

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->chooser)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Open Knowledge Base"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));

  gtk_file_filter_set_name (json, _("Knowledge bases (JSON)"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_pattern (json, "*.json");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), json);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);

  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* GObject overrides */

static void
atlas_window_dispose (GObject *object)
{
  AtlasWindow *self = (AtlasWindow *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->kb);
  g_clear_pointer (&self->problems, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_WINDOW);

  G_OBJECT_CLASS (atlas_window_parent_class)->dispose (object);
}

static void
atlas_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  AtlasWindow *self = ATLAS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_KB:
      g_value_set_object (value, self->kb);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_window_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  AtlasWindow *self = ATLAS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_KB:
      atlas_window_set_kb (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_window_class_init (AtlasWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_window_dispose;
  object_class->get_property = atlas_window_get_property;
  object_class->set_property = atlas_window_set_property;

  properties[PROP_KB] =
    g_param_spec_object ("kb", NULL, NULL, ATLAS_TYPE_KB,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/atlas-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, problems_revealer);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, problems_title);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, problems_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, event_list);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, status_label);
  gtk_widget_class_bind_template_callback (widget_class, on_problems_close_clicked_cb);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
}

static void
atlas_window_init (AtlasWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (event_row_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (event_row_bind_cb), self);
  gtk_list_view_set_factory (self->event_list, factory);

  drop = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  update_titles (self);
}

/* Public API */

AtlasWindow *
atlas_window_new (AtlasApplication *application)
{
  return g_object_new (ATLAS_TYPE_WINDOW, "application", application, NULL);
}

AtlasKb *
atlas_window_get_kb (AtlasWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_WINDOW (self), NULL);
  return self->kb;
}

void
atlas_window_set_kb (AtlasWindow *self,
                     AtlasKb     *kb)
{
  g_return_if_fail (ATLAS_IS_WINDOW (self));
  g_return_if_fail (!kb || ATLAS_IS_KB (kb));

  if (!g_set_object (&self->kb, kb))
    return;

  if (kb)
    {
      GtkNoSelection *model = gtk_no_selection_new (g_object_ref (atlas_kb_get_events (kb)));
      gtk_list_view_set_model (self->event_list, GTK_SELECTION_MODEL (model));
      g_object_unref (model);
    }
  else
    gtk_list_view_set_model (self->event_list, NULL);

  update_titles (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KB]);
}

/**
 * atlas_window_open_embedded:
 *
 * Opens the Aleppo 2016 knowledge base compiled into the program.
 */
gboolean
atlas_window_open_embedded (AtlasWindow *self)
{
  g_autoptr(AtlasKb) kb = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (ATLAS_IS_WINDOW (self), FALSE);

  if (!(kb = atlas_kb_new_from_resource (EMBEDDED_KB, &error)))
    {
      g_critical ("The embedded knowledge base is invalid: %s", error->message);
      return FALSE;
    }

  atlas_window_set_kb (self, kb);
  return TRUE;
}

/**
 * atlas_window_open_file:
 *
 * Loads @file in a worker thread. If it is not a valid KB, its problems are shown in the
 * window, and the KB that was open stays open.
 */
void
atlas_window_open_file (AtlasWindow *self,
                        GFile       *file)
{
  GTask *task;

  g_return_if_fail (ATLAS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, self->cancellable, NULL, NULL);
  g_task_set_source_tag (task, atlas_window_open_file);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  atlas_kb_load_file_async (file, self->cancellable, load_file_cb, task);
}

/**
 * atlas_window_save_screenshot:
 * @path: where to write the PNG
 *
 * Renders the window as it is now into a PNG, with the renderer that draws it on screen, so
 * that the README's pictures are the app's own.
 */
gboolean
atlas_window_save_screenshot (AtlasWindow  *self,
                              const char   *path,
                              GError      **error)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  GskRenderer *renderer;
  int width, height;

  g_return_val_if_fail (ATLAS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  width = gtk_widget_get_width (GTK_WIDGET (self));
  height = gtk_widget_get_height (GTK_WIDGET (self));
  renderer = gtk_native_get_renderer (GTK_NATIVE (self));

  if (renderer == NULL || width <= 0 || height <= 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, _("The window is not shown yet"));
      return FALSE;
    }

  paintable = gtk_widget_paintable_new (GTK_WIDGET (self));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);

  if (node == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The window drew nothing"));
      return FALSE;
    }

  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));

  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”"), path);
      return FALSE;
    }

  return TRUE;
}

/**
 * atlas_window_get_problems:
 *
 * Returns: (transfer none) (nullable): the problems of the last file that failed to open
 */
GPtrArray *
atlas_window_get_problems (AtlasWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_WINDOW (self), NULL);
  return self->problems;
}

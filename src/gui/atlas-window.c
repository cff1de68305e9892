/* atlas-window.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "atlas-search.h"
#include "atlas-session.h"
#include "atlas-window-private.h"

enum {
  PROP_0,
  PROP_KB,
  PROP_SESSION,
  PROP_SHOW_TILES,
  PROP_LOADING,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (AtlasWindow, atlas_window, GTK_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties[N_PROPS];

static void
update_titles (AtlasWindow *self)
{
  AtlasKb *kb = atlas_session_get_kb (self->session);
  g_autofree char *subtitle = NULL;
  guint n_events = 0;

  if (kb)
    {
      guint n_articles = g_list_model_get_n_items (atlas_kb_get_articles (kb));
      guint n_places = g_list_model_get_n_items (atlas_kb_get_places (kb));
      g_autofree char *events = NULL, *articles = NULL, *places = NULL;

      n_events = g_list_model_get_n_items (atlas_kb_get_events (kb));
      events = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", n_events), n_events);
      articles = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u article", "%u articles", n_articles), n_articles);
      places = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u place", "%u places", n_places), n_places);
      /* Translators: the window's subtitle: "32 events", "5 articles", "145 places" */
      subtitle = g_strdup_printf (_("%s, %s, %s"), events, articles, places);
    }

  /* A big KB takes seconds to load, in a thread: say what is on its way */
  if (self->n_loading > 0 && self->loading_file)
    {
      g_autofree char *name = g_file_get_basename (self->loading_file);

      g_free (subtitle);
      /* Translators: the window's subtitle while a file loads */
      subtitle = g_strdup_printf (_("Opening “%s”…"), name);
    }

  gtk_label_set_label (self->title_label, kb ? atlas_kb_get_title (kb) : _("Aleppo Atlas"));
  gtk_label_set_label (self->subtitle_label, subtitle ? subtitle : "");
  gtk_widget_set_visible (GTK_WIDGET (self->loading_spinner), self->n_loading > 0);
  gtk_spinner_set_spinning (self->loading_spinner, self->n_loading > 0);
}

static void
set_embedded_open (AtlasWindow *self,
                   gboolean     open)
{
  self->embedded_open = open;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-embedded", !open);
}

/* Counts the loads under way; the last file asked for is the one the subtitle names */
static void
set_loading (AtlasWindow *self,
             GFile       *file,
             gboolean     loading)
{
  gboolean was_loading = self->n_loading > 0;

  if (loading)
    {
      self->n_loading++;
      g_set_object (&self->loading_file, file);
    }
  else if (self->n_loading > 0)
    self->n_loading--;

  if (self->n_loading == 0)
    g_clear_object (&self->loading_file);

  update_titles (self);
  if (was_loading != (self->n_loading > 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
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

  kb = atlas_kb_load_file_finish (result, &problems, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  set_loading (self, file, FALSE);

  if (kb == NULL)
    {
      /* The file opened last is gone or broken: start on the built-in reports instead, and
       * say why, keeping the setting in case the file comes back (a drive not mounted) */
      gboolean fall_back = _atlas_window_state_restore_failed (self, file);

      g_debug ("Could not load %s: %s", g_file_peek_path (file), error->message);

      if (fall_back)
        atlas_window_open_embedded (self);
      _atlas_window_show_problems (self, file, problems, error, FALSE);
      if (fall_back)
        {
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *title = g_strdup_printf (_("“%s”, the knowledge base opened last time, could not be opened; "
                                                      "the built-in reports are open instead"), name);

          gtk_label_set_label (self->problems_title, title);
        }
      g_task_return_boolean (task, FALSE);
      return;
    }

  _atlas_window_hide_problems (self);
  atlas_window_set_kb (self, kb);
  _atlas_window_state_kb_opened (self, file);
  _atlas_window_edit_kb_opened (self, file);
  _atlas_window_orphans_kb_opened (self, problems);
  /* A KB that loads may still have warnings: say them, over the open KB */
  if (problems && problems->len > 0)
    _atlas_window_show_problems (self, file, problems, NULL, TRUE);
  g_task_return_boolean (task, TRUE);
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

  _atlas_window_edit_replace_kb (self, g_value_get_object (value));
  return TRUE;
}

static void
apply_search_result (AtlasWindow       *self,
                     AtlasSearchResult *result)
{
  GObject *item = atlas_search_result_get_item (result);
  AtlasSource match;

  switch (atlas_search_result_get_kind (result))
    {
    case ATLAS_SEARCH_PLACE:
      atlas_session_set_selected_place (self->session, ATLAS_PLACE (item));
      atlas_session_frame_place (self->session, ATLAS_PLACE (item));
      gtk_stack_set_visible_child_name (self->side_stack, "details");
      break;

    case ATLAS_SEARCH_EVENT:
      atlas_session_set_selected_event (self->session, ATLAS_EVENT (item));
      break;

    case ATLAS_SEARCH_ARTICLE:
      if (atlas_search_result_get_match (result, &match))
        atlas_session_show_source (self->session, &match);
      break;

    default:
      g_assert_not_reached ();
    }

  gtk_popover_popdown (self->search_popover);
}

static void
on_search_changed_cb (GtkSearchEntry *entry,
                      AtlasWindow    *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  AtlasKb *kb = atlas_session_get_kb (self->session);
  g_autoptr(GtkSingleSelection) selection = NULL;
  g_autofree char *count = NULL;
  guint n_found;

  g_clear_object (&self->search_model);

  if (kb == NULL || text[0] == '\0')
    {
      gtk_list_view_set_model (self->search_results, NULL);
      gtk_popover_popdown (self->search_popover);
      return;
    }

  self->search_model = atlas_kb_search_full (kb, text, 50, &n_found);
  if (n_found > g_list_model_get_n_items (self->search_model))
    /* Translators: search results, when only the best are listed */
    count = g_strdup_printf (_("%u results, the first %u shown"), n_found,
                             g_list_model_get_n_items (self->search_model));
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u result", "%u results", n_found), n_found);
  gtk_label_set_label (self->search_count, count);
  selection = gtk_single_selection_new (g_object_ref (self->search_model));
  gtk_list_view_set_model (self->search_results, GTK_SELECTION_MODEL (selection));
  gtk_stack_set_visible_child_name (self->search_stack,
                                    g_list_model_get_n_items (self->search_model) ? "results" : "empty");
  gtk_popover_popup (self->search_popover);
}

static void
on_search_activate_cb (GtkSearchEntry *entry,
                       AtlasWindow    *self)
{
  g_autoptr(AtlasSearchResult) first = NULL;

  if (self->search_model && (first = g_list_model_get_item (self->search_model, 0)))
    apply_search_result (self, first);
}

static void
on_search_stop_cb (GtkSearchEntry *entry,
                   AtlasWindow    *self)
{
  gtk_popover_popdown (self->search_popover);
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
on_search_result_activate_cb (GtkListView *list,
                              guint        position,
                              AtlasWindow *self)
{
  g_autoptr(AtlasSearchResult) result = g_list_model_get_item (self->search_model, position);

  if (result)
    apply_search_result (self, result);
}

/* "Read in report": the reader shares the sidebar with the details, as a page of its own */
static void
on_session_read_source_cb (AtlasSession *session,
                           AtlasWindow  *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean from_sidebar = focus && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->side_stack));

  gtk_stack_set_visible_child_name (self->side_stack, "report");

  /* The button pressed is now hidden: a keyboard user goes on in the report's text */
  if (from_sidebar)
    gtk_widget_grab_focus (GTK_WIDGET (self->reader_view));
}

static void
on_session_kb_changed_cb (AtlasSession *session,
                          GParamSpec   *pspec,
                          AtlasWindow  *self)
{
  update_titles (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KB]);
}

/* GObject overrides */

static void
atlas_window_dispose (GObject *object)
{
  AtlasWindow *self = (AtlasWindow *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->loading_file);
  g_clear_object (&self->restoring_file);
  _atlas_window_edit_dispose (self);
  _atlas_window_orphans_dispose (self);
  if (self->chooser)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_object (&self->problems_file);
  g_clear_object (&self->search_model);

  /* The popover is parented to the entry by hand, so it is unparented by hand */
  if (self->search_popover)
    gtk_widget_unparent (GTK_WIDGET (self->search_popover));

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_WINDOW);

  g_clear_object (&self->session);
  g_clear_object (&self->settings);

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
      g_value_set_object (value, atlas_session_get_kb (self->session));
      break;

    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_SHOW_TILES:
      g_value_set_boolean (value, self->show_tiles);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->n_loading > 0);
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

    case PROP_SHOW_TILES:
      if (self->show_tiles != g_value_get_boolean (value))
        {
          self->show_tiles = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
on_application_changed_cb (AtlasWindow *self)
{
  _atlas_window_help_overlay_init (self);
}

static void
atlas_window_constructed (GObject *object)
{
  G_OBJECT_CLASS (atlas_window_parent_class)->constructed (object);

  _atlas_window_state_init (ATLAS_WINDOW (object));
  /* The application gives the window its shortcuts window as it adds it */
  _atlas_window_help_overlay_init (ATLAS_WINDOW (object));
  g_signal_connect (object, "notify::application", G_CALLBACK (on_application_changed_cb), NULL);
}

static void
atlas_window_unmap (GtkWidget *widget)
{
  _atlas_window_state_save (ATLAS_WINDOW (widget));

  GTK_WIDGET_CLASS (atlas_window_parent_class)->unmap (widget);
}

static void
atlas_window_class_init (AtlasWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = atlas_window_constructed;
  object_class->dispose = atlas_window_dispose;
  object_class->get_property = atlas_window_get_property;
  object_class->set_property = atlas_window_set_property;

  properties[PROP_KB] =
    g_param_spec_object ("kb", NULL, NULL, ATLAS_TYPE_KB,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, ATLAS_TYPE_SESSION,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* OpenStreetMap tiles under the neighbourhoods: off by default, as the app needs no network */
  properties[PROP_SHOW_TILES] =
    g_param_spec_boolean ("show-tiles", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Whether a file is being opened (in a thread) */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->unmap = atlas_window_unmap;

  g_type_ensure (ATLAS_TYPE_DETAILS_VIEW);
  g_type_ensure (ATLAS_TYPE_EVENT_LIST);
  g_type_ensure (ATLAS_TYPE_MAP_VIEW);
  g_type_ensure (ATLAS_TYPE_PLACE_LIST);
  g_type_ensure (ATLAS_TYPE_READER_VIEW);
  g_type_ensure (ATLAS_TYPE_SEARCH_RESULT);
  g_type_ensure (ATLAS_TYPE_TIMELINE_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/atlas-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, notice_revealer);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, notice_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, notice_primary);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, notice_secondary);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, modified_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, search_popover);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, search_stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, search_count);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, search_results);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, timeline_paned);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, side_paned);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, side_stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, map_view);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, details_view);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, event_list);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, place_list);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, reader_view);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, timeline_panel);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_result_activate_cb);

  _atlas_window_class_actions_init (klass);
  _atlas_window_class_export_init (klass);
  _atlas_window_class_edit_init (klass);
  _atlas_window_class_facts_init (klass);
  _atlas_window_class_items_init (klass);
  _atlas_window_class_orphans_init (klass);
  _atlas_window_class_problems_init (klass);
  _atlas_window_class_focus_init (klass);
}

static void
atlas_window_init (AtlasWindow *self)
{
  GtkDropTarget *drop;

  self->session = atlas_session_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();

  /* Every view reads and sets the one session; none calls another */
  g_object_set (self->map_view, "session", self->session, NULL);
  g_object_set (self->details_view, "session", self->session, NULL);
  g_object_set (self->event_list, "session", self->session, NULL);
  g_object_set (self->place_list, "session", self->session, NULL);
  g_object_set (self->reader_view, "session", self->session, NULL);
  g_object_set (self->timeline_panel, "session", self->session, NULL);
  g_signal_connect_object (self->session, "notify::kb", G_CALLBACK (on_session_kb_changed_cb), self, 0);
  /* After an edit, an undo or a redo the counts in the subtitle change */
  g_signal_connect_object (self->session, "notify::undo-label", G_CALLBACK (update_titles), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::redo-label", G_CALLBACK (update_titles), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "read-source", G_CALLBACK (on_session_read_source_cb), self, 0);
  g_object_bind_property (self, "show-tiles", self->map_view, "show-tiles", G_BINDING_SYNC_CREATE);

  g_object_bind_property (self->search_button, "active", self->search_bar, "search-mode-enabled",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, NULL);
  gtk_widget_set_parent (GTK_WIDGET (self->search_popover), GTK_WIDGET (self->search_entry));

  drop = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  _atlas_window_focus_init (self);
  _atlas_window_edit_init (self);
  _atlas_window_facts_init (self);
  _atlas_window_items_init (self);
  _atlas_window_orphans_init (self);
  _atlas_window_problems_init (self);
  _atlas_window_actions_init (self);

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
  return atlas_session_get_kb (self->session);
}

void
atlas_window_set_kb (AtlasWindow *self,
                     AtlasKb     *kb)
{
  g_return_if_fail (ATLAS_IS_WINDOW (self));
  g_return_if_fail (!kb || ATLAS_IS_KB (kb));

  _atlas_window_edit_kb_closing (self);
  atlas_session_set_kb (self->session, kb);
  /* atlas_window_open_embedded() says when it is the built-in one, and the file's callback
   * which file it is: until then, a KB with no file, saved only as a copy */
  set_embedded_open (self, FALSE);
  _atlas_window_edit_kb_opened (self, NULL);
}

/**
 * atlas_window_get_session:
 *
 * Returns: (transfer none): the state the window's views share
 */
AtlasSession *
atlas_window_get_session (AtlasWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_WINDOW (self), NULL);
  return self->session;
}

/**
 * atlas_window_select_id:
 * @id: the id of a place, event, casualty figure or article in the open KB
 *
 * Selects what @id names, as `--select` asks.
 *
 * Returns: %FALSE if the open KB has no such id
 */
gboolean
atlas_window_select_id (AtlasWindow *self,
                        const char  *id)
{
  AtlasKb *kb;
  gpointer item;

  g_return_val_if_fail (ATLAS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (!(kb = atlas_session_get_kb (self->session)))
    return FALSE;

  /* A span of an article's text, as the search provider names one: "ARTICLE-ID#START-END" */
  if (strchr (id, '#'))
    {
      g_auto(GStrv) parts = g_strsplit (id, "#", 2);
      g_auto(GStrv) range = g_strsplit (parts[1], "-", 2);
      AtlasSource span = { 0 };
      guint64 start, end;

      if (!(span.article = atlas_kb_lookup_article (kb, parts[0])) ||
          g_strv_length (range) != 2 ||
          !g_ascii_string_to_unsigned (range[0], 10, 0, G_MAXUINT, &start, NULL) ||
          !g_ascii_string_to_unsigned (range[1], 10, start + 1,
                                       g_utf8_strlen (atlas_article_get_text (span.article), -1), &end, NULL))
        return FALSE;
      span.start = start;
      span.end = end;
      atlas_session_read_source (self->session, &span);
      return TRUE;
    }

  if ((item = atlas_kb_lookup_casualty (kb, id)))
    atlas_session_set_selected_casualty (self->session, item);
  else if ((item = atlas_kb_lookup_event (kb, id)))
    atlas_session_set_selected_event (self->session, item);
  else if ((item = atlas_kb_lookup_place (kb, id)))
    {
      atlas_session_set_selected_place (self->session, item);
      gtk_stack_set_visible_child_name (self->side_stack, "details");
    }
  else if ((item = atlas_kb_lookup_article (kb, id)))
    atlas_session_set_selected_article (self->session, item);
  else
    return FALSE;

  return TRUE;
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

  if (!(kb = atlas_kb_new_from_resource (ATLAS_EMBEDDED_KB, &error)))
    {
      g_critical ("The embedded knowledge base is invalid: %s", error->message);
      return FALSE;
    }

  atlas_window_set_kb (self, kb);
  set_embedded_open (self, TRUE);
  return TRUE;
}

/**
 * atlas_window_is_embedded:
 *
 * Returns: whether the KB shown is the one built in
 */
gboolean
atlas_window_is_embedded (AtlasWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_WINDOW (self), FALSE);
  return self->embedded_open && atlas_session_get_kb (self->session) != NULL;
}

/**
 * atlas_window_start_search:
 * @text: the words to search for
 *
 * Shows the search bar with @text in it, and its results.
 */
void
atlas_window_start_search (AtlasWindow *self,
                           const char  *text)
{
  g_return_if_fail (ATLAS_IS_WINDOW (self));
  g_return_if_fail (text != NULL);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  gtk_editable_set_position (GTK_EDITABLE (self->search_entry), -1);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
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
  set_loading (self, file, TRUE);
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
      /* Not drawable at this moment (between frames of a relayout, say): try again later */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, _("The window drew nothing"));
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
 * Returns: (transfer none) (nullable): the problems of the last file that failed to open, or
 *   the warnings of the file that opened last
 */
GPtrArray *
atlas_window_get_problems (AtlasWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_WINDOW (self), NULL);
  return self->problems;
}

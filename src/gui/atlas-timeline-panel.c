/* atlas-timeline-panel.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-timeline-panel"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "atlas-locale.h"
#include "atlas-event-types.h"
#include "atlas-timeline-draw.h"
#include "atlas-timeline-panel.h"

#define DEFAULT_PLAY_INTERVAL_MS 2500

struct _AtlasTimelinePanel
{
  GtkWidget          parent_instance;

  AtlasSession      *session;
  GSignalGroup      *session_signals;

  guint              play_interval_ms;
  guint              play_source;
  gboolean           playing;
  gboolean           stepping;       /* the selection changes because we play */
  gboolean           syncing_types;
  AtlasKb           *types_kb;       /* the KB whose types the Types menu shows (issue 9) */
  GtkWidget         *date_key;

  /* Template widgets */
  GtkWidget         *toolbar;
  GtkToggleButton   *play_button;
  GtkEntry          *date_entry;
  GtkMenuButton     *types_button;
  GtkBox            *types_box;
  GtkLabel          *count_label;
  AtlasTimelineView *view;
};

enum {
  PROP_0,
  PROP_SESSION,
  PROP_PLAYING,
  PROP_PLAY_INTERVAL_MS,
  PROP_COMPRESS_EMPTY_TIME,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (AtlasTimelinePanel, atlas_timeline_panel, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

/* Helpers */

static void
set_entry_error (AtlasTimelinePanel *self,
                 const char         *message)
{
  GtkWidget *entry = GTK_WIDGET (self->date_entry);

  if (message)
    {
      gtk_widget_add_css_class (entry, "error");
      gtk_entry_set_icon_from_icon_name (self->date_entry, GTK_ENTRY_ICON_SECONDARY, "dialog-warning-symbolic");
      gtk_entry_set_icon_tooltip_text (self->date_entry, GTK_ENTRY_ICON_SECONDARY, message);
      gtk_accessible_update_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
  else if (gtk_widget_has_css_class (entry, "error"))
    {
      gtk_widget_remove_css_class (entry, "error");
      gtk_entry_set_icon_from_icon_name (self->date_entry, GTK_ENTRY_ICON_SECONDARY, NULL);
      gtk_accessible_reset_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      _("Type a date as YYYY-MM-DD, YYYY-MM or YYYY and press Enter"), -1);
    }
}

static void
update_count (AtlasTimelinePanel *self)
{
  AtlasKb *kb = self->session ? atlas_session_get_kb (self->session) : NULL;
  g_autofree char *text = NULL;
  AtlasPlace *place;
  guint total;

  if (kb == NULL)
    {
      gtk_label_set_label (self->count_label, "");
      return;
    }

  total = g_list_model_get_n_items (atlas_kb_get_events (kb));
  place = atlas_session_get_selected_place (self->session);
  /* With a place selected the count says where: "0 of 32 events" alone read as if the data
   * had gone (issue 7) */
  if (place)
    /* Translators: "0 of 32 events at al-Khaldiyeh": how many events happened at the selected place */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u event at %s", "%u of %u events at %s", total),
                            atlas_session_get_n_highlighted (self->session), total, atlas_place_get_display_name (place));
  else
    /* Translators: "12 of 32 events": how many events the filters leave highlighted */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u event", "%u of %u events", total),
                            atlas_session_get_n_highlighted (self->session), total);
  gtk_label_set_label (self->count_label, text);
}

/* With types hidden, the timeline leaves events out: say so on the button that hides them,
 * to the eye and to a screen reader, not only inside its popover (issue 7) */
static void
update_types_button (AtlasTimelinePanel *self)
{
  guint n_types, n_hidden = 0;
  const AtlasEventTypeInfo *types = atlas_event_types_get_for_kb (self->types_kb, &n_types);

  /* Only the types of this KB count: the session keeps hiding those of the one before */
  for (guint i = 0; self->session && i < n_types; i++)
    if (!atlas_session_get_type_visible (self->session, types[i].id))
      n_hidden++;

  if (n_hidden > 0)
    {
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Types (%u hidden)", "Types (%u hidden)",
                                                             n_hidden), n_hidden);
      g_autofree char *description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                   "%u of %u event types hidden",
                                                                   "%u of %u event types hidden",
                                                                   n_hidden),
                                                      n_hidden, n_types);

      gtk_menu_button_set_label (self->types_button, label);
      gtk_widget_add_css_class (GTK_WIDGET (self->types_button), "filtered");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->types_button),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
    }
  else
    {
      gtk_menu_button_set_label (self->types_button, _("Types"));
      gtk_widget_remove_css_class (GTK_WIDGET (self->types_button), "filtered");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->types_button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

static void
update_type_checks (AtlasTimelinePanel *self)
{
  update_types_button (self);

  self->syncing_types = TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->types_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *type = g_object_get_data (G_OBJECT (child), "atlas-event-type");

      gtk_check_button_set_active (GTK_CHECK_BUTTON (child),
                                   self->session == NULL || atlas_session_get_type_visible (self->session, type));
    }
  self->syncing_types = FALSE;
}

static void
update_play_button (AtlasTimelinePanel *self)
{
  GtkWidget *button = GTK_WIDGET (self->play_button);

  gtk_button_set_icon_name (GTK_BUTTON (button), self->playing ? "media-playback-pause-symbolic"
                                                               : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (button, self->playing ? _("Pause") : _("Play: step through the events"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->playing ? _("Pause") : _("Play"), -1);
}

static gboolean
step (AtlasTimelinePanel *self,
      gboolean (*select) (AtlasSession *))
{
  gboolean moved;

  self->stepping = TRUE;
  moved = select (self->session);
  self->stepping = FALSE;
  return moved;
}

static gboolean
play_tick_cb (gpointer user_data)
{
  AtlasTimelinePanel *self = user_data;

  if (self->session && step (self, atlas_session_select_next_event))
    return G_SOURCE_CONTINUE;

  /* The end: stop there */
  self->play_source = 0;
  atlas_timeline_panel_set_playing (self, FALSE);
  return G_SOURCE_REMOVE;
}

static void on_type_toggled_cb (GtkCheckButton     *button,
                                AtlasTimelinePanel *self);

/* A key to how exact a mark's date is, drawn by the timeline's own code (issue 8) */
static void
draw_key (GtkDrawingArea *area,
          cairo_t        *cr,
          int             width,
          int             height,
          gpointer        user_data)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GtkWidget *panel = gtk_widget_get_ancestor (GTK_WIDGET (area), ATLAS_TYPE_TIMELINE_PANEL);
  const AtlasEventTypeInfo *types = atlas_event_types_get_for_kb (panel ? ATLAS_TIMELINE_PANEL (panel)->types_kb : NULL, NULL);
  GdkRGBA fg, bg = { 1, 1, 1, 1 };

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  if (fg.red + fg.green + fg.blue > 1.5)
    bg = (GdkRGBA) { 0.14f, 0.14f, 0.14f, 1 };

  /* The first type's marks, to show its glyph stays whatever the date's pattern */
  atlas_timeline_draw_key (snapshot, GPOINTER_TO_UINT (user_data), &types[0], width, height, &fg, &bg);
  if ((node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot))) != NULL)
    gsk_render_node_draw (node, cr);
}

static void
add_date_key (AtlasTimelinePanel *self)
{
  static const struct
  {
    guint       flags;
    const char *label;
  } keys[] = {
    { 0, N_("Known to the day") },
    { ATLAS_MARK_SPAN | ATLAS_MARK_FUZZY, N_("Days approximate") },
    /* Translators: in the timeline's key, a faded band over a month or a few days */
    { ATLAS_MARK_MONTH, N_("Only the month, or about the day") },
    { ATLAS_MARK_PLANNED, N_("Planned") },
  };
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self->types_box));
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_column_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  gtk_widget_set_margin_start (grid, 4);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkWidget *sample = gtk_drawing_area_new ();
      GtkWidget *label = gtk_label_new (_(keys[i].label));

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (sample), 36);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (sample), 13);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (sample), draw_key, GUINT_TO_POINTER (keys[i].flags), NULL);
      gtk_widget_set_valign (sample, GTK_ALIGN_CENTER);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_grid_attach (GTK_GRID (grid), sample, 0, i, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), label, 1, i, 1, 1);
    }

  gtk_box_append (GTK_BOX (parent), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (parent), grid);
  self->date_key = grid;
}

/* One check button per event type of the KB, with the colour the timeline uses: the KB's
 * declared types when it has them, labelled as it writes them (issue 9) */
static void
rebuild_type_checks (AtlasTimelinePanel *self)
{
  AtlasKb *kb = self->session ? atlas_session_get_kb (self->session) : NULL;
  const AtlasEventTypeInfo *types;
  GtkWidget *child;
  guint n_types;

  if (self->types_kb == kb && gtk_widget_get_first_child (GTK_WIDGET (self->types_box)))
    return;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->types_box))))
    gtk_box_remove (self->types_box, child);
  /* The swatches below point into the KB's types: it lives as long as they do */
  g_set_object (&self->types_kb, kb);

  types = atlas_event_types_get_for_kb (kb, &n_types);
  for (guint i = 0; i < n_types; i++)
    {
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *swatch = gtk_drawing_area_new ();
      const char *label = atlas_event_type_get_label (&types[i]);

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 12);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 12);
      atlas_event_type_set_swatch (GTK_DRAWING_AREA (swatch), kb, &types[i]);
      gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (box), swatch);
      gtk_box_append (GTK_BOX (box), gtk_label_new (label));
      gtk_check_button_set_child (GTK_CHECK_BUTTON (check), box);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_object_set_data_full (G_OBJECT (check), "atlas-event-type", g_strdup (types[i].id), g_free);
      g_signal_connect (check, "toggled", G_CALLBACK (on_type_toggled_cb), self);
      gtk_box_append (self->types_box, check);
    }

  /* The key's marks are the first type's */
  for (child = self->date_key ? gtk_widget_get_first_child (self->date_key) : NULL;
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_queue_draw (child);

  update_type_checks (self);
}

/* Actions */

static void
navigate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  AtlasTimelinePanel *self = ATLAS_TIMELINE_PANEL (widget);

  g_autofree char *name = g_strconcat ("timeline.", action_name + strlen ("timeline-panel."), NULL);

  /* The view's own actions: one implementation for keys, buttons and shortcuts */
  gtk_widget_activate_action (GTK_WIDGET (self->view), name, NULL);
}

/* Callbacks */

static void
on_view_compress_changed_cb (AtlasTimelinePanel *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPRESS_EMPTY_TIME]);
}

static void
on_type_toggled_cb (GtkCheckButton     *button,
                    AtlasTimelinePanel *self)
{
  const char *type = g_object_get_data (G_OBJECT (button), "atlas-event-type");

  if (self->syncing_types || self->session == NULL)
    return;

  atlas_session_set_type_visible (self->session, type, gtk_check_button_get_active (button));
}

static void
on_date_entry_activate_cb (AtlasTimelinePanel *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->date_entry));
  AtlasDate date;

  if (!atlas_date_parse_start (text, &date))
    {
      set_entry_error (self, _("Not a date: use YYYY-MM-DD, YYYY-MM or YYYY"));
      return;
    }

  if (self->session == NULL || !atlas_session_jump_to_date (self->session, date))
    {
      set_entry_error (self, _("No highlighted event on or after this date"));
      return;
    }

  set_entry_error (self, NULL);
}

static void
on_date_entry_changed_cb (AtlasTimelinePanel *self)
{
  set_entry_error (self, NULL);
}

static void
on_session_kb_changed_cb (AtlasTimelinePanel *self)
{
  atlas_timeline_panel_set_playing (self, FALSE);
  rebuild_type_checks (self);
  update_count (self);
}

static void
on_session_highlight_changed_cb (AtlasTimelinePanel *self)
{
  update_count (self);
  update_type_checks (self);
}

static void
on_session_selected_event_changed_cb (AtlasTimelinePanel *self)
{
  /* Any selection the user makes stops playing */
  if (self->playing && !self->stepping)
    atlas_timeline_panel_set_playing (self, FALSE);
}

static void
on_session_signals_bind_cb (GSignalGroup       *group,
                            AtlasSession       *session,
                            AtlasTimelinePanel *self)
{
  rebuild_type_checks (self);
  update_count (self);
}

/* GObject overrides */

static void
atlas_timeline_panel_dispose (GObject *object)
{
  AtlasTimelinePanel *self = ATLAS_TIMELINE_PANEL (object);
  GtkWidget *child;

  g_clear_handle_id (&self->play_source, g_source_remove);
  if (self->session_signals)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->session);

  gtk_widget_dispose_template (GTK_WIDGET (object), ATLAS_TYPE_TIMELINE_PANEL);
  self->date_key = NULL;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))))
    gtk_widget_unparent (child);
  g_clear_object (&self->types_kb);

  G_OBJECT_CLASS (atlas_timeline_panel_parent_class)->dispose (object);
}

static void
atlas_timeline_panel_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  AtlasTimelinePanel *self = ATLAS_TIMELINE_PANEL (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_PLAYING:
      g_value_set_boolean (value, self->playing);
      break;

    case PROP_PLAY_INTERVAL_MS:
      g_value_set_uint (value, self->play_interval_ms);
      break;

    case PROP_COMPRESS_EMPTY_TIME:
      g_value_set_boolean (value, atlas_timeline_view_get_compress_empty_time (self->view));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_timeline_panel_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  AtlasTimelinePanel *self = ATLAS_TIMELINE_PANEL (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      atlas_timeline_panel_set_session (self, g_value_get_object (value));
      break;

    case PROP_PLAYING:
      atlas_timeline_panel_set_playing (self, g_value_get_boolean (value));
      break;

    case PROP_PLAY_INTERVAL_MS:
      atlas_timeline_panel_set_play_interval_ms (self, g_value_get_uint (value));
      break;

    case PROP_COMPRESS_EMPTY_TIME:
      atlas_timeline_view_set_compress_empty_time (self->view, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_timeline_panel_class_init (AtlasTimelinePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_timeline_panel_dispose;
  object_class->get_property = atlas_timeline_panel_get_property;
  object_class->set_property = atlas_timeline_panel_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         ATLAS_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PLAYING] =
    g_param_spec_boolean ("playing", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* 2.5 s: time to read a title and glance at the map before the next event */
  properties[PROP_PLAY_INTERVAL_MS] =
    g_param_spec_uint ("play-interval-ms", NULL, NULL,
                       1, 60000, DEFAULT_PLAY_INTERVAL_MS,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The view's, for the check button in the Types popover */
  properties[PROP_COMPRESS_EMPTY_TIME] =
    g_param_spec_boolean ("compress-empty-time", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ATLAS_TYPE_TIMELINE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/atlas-timeline-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasTimelinePanel, toolbar);
  gtk_widget_class_bind_template_child (widget_class, AtlasTimelinePanel, play_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasTimelinePanel, date_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasTimelinePanel, types_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasTimelinePanel, types_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasTimelinePanel, count_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasTimelinePanel, view);
  gtk_widget_class_bind_template_callback (widget_class, on_date_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_date_entry_changed_cb);

  gtk_widget_class_install_action (widget_class, "timeline-panel.first", NULL, navigate_action);
  gtk_widget_class_install_action (widget_class, "timeline-panel.previous", NULL, navigate_action);
  gtk_widget_class_install_action (widget_class, "timeline-panel.next", NULL, navigate_action);
  gtk_widget_class_install_action (widget_class, "timeline-panel.last", NULL, navigate_action);
  gtk_widget_class_install_action (widget_class, "timeline-panel.left", NULL, navigate_action);
  gtk_widget_class_install_action (widget_class, "timeline-panel.right", NULL, navigate_action);
  gtk_widget_class_install_action (widget_class, "timeline-panel.zoom-in", NULL, navigate_action);
  gtk_widget_class_install_action (widget_class, "timeline-panel.zoom-out", NULL, navigate_action);
  gtk_widget_class_install_action (widget_class, "timeline-panel.zoom-fit", NULL, navigate_action);
  gtk_widget_class_install_property_action (widget_class, "timeline-panel.play", "playing");
  gtk_widget_class_install_property_action (widget_class, "timeline-panel.compress-empty-time", "compress-empty-time");

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
atlas_timeline_panel_init (AtlasTimelinePanel *self)
{
  GtkEventController *shortcuts;

  self->play_interval_ms = DEFAULT_PLAY_INTERVAL_MS;

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->view, "notify::compress-empty-time",
                           G_CALLBACK (on_view_compress_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline"),
                                  -1);

  add_date_key (self);
  rebuild_type_checks (self);

  /* Alt+Left / Alt+Right step through events from anywhere in the window, to the event on
   * that side of the timeline: the later one is on the left in a right-to-left window */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Left, GDK_ALT_MASK),
                                                          gtk_named_action_new ("timeline-panel.left")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Right, GDK_ALT_MASK),
                                                          gtk_named_action_new ("timeline-panel.right")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  self->session_signals = g_signal_group_new (ATLAS_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "notify::kb",
                                  G_CALLBACK (on_session_kb_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::n-highlighted",
                                  G_CALLBACK (update_count), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::selected-place",
                                  G_CALLBACK (update_count), self);
  g_signal_group_connect_swapped (self->session_signals, "highlight-changed",
                                  G_CALLBACK (on_session_highlight_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::hidden-types",
                                  G_CALLBACK (update_type_checks), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::selected-event",
                                  G_CALLBACK (on_session_selected_event_changed_cb), self);
  g_signal_connect (self->session_signals, "bind", G_CALLBACK (on_session_signals_bind_cb), self);

  update_count (self);
}

/* Public API */

GtkWidget *
atlas_timeline_panel_new (void)
{
  return g_object_new (ATLAS_TYPE_TIMELINE_PANEL, NULL);
}

AtlasSession *
atlas_timeline_panel_get_session (AtlasTimelinePanel *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_PANEL (self), NULL);
  return self->session;
}

void
atlas_timeline_panel_set_session (AtlasTimelinePanel *self,
                                  AtlasSession       *session)
{
  g_return_if_fail (ATLAS_IS_TIMELINE_PANEL (self));
  g_return_if_fail (!session || ATLAS_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;

  atlas_timeline_panel_set_playing (self, FALSE);
  g_signal_group_set_target (self->session_signals, session);
  atlas_timeline_view_set_session (self->view, session);
  rebuild_type_checks (self);
  update_count (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

AtlasTimelineView *
atlas_timeline_panel_get_view (AtlasTimelinePanel *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_PANEL (self), NULL);
  return self->view;
}

gboolean
atlas_timeline_panel_get_playing (AtlasTimelinePanel *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_PANEL (self), FALSE);
  return self->playing;
}

/* Playing steps through the highlighted events in date order, one every play-interval-ms,
 * starting at once with the next one (or the first, from the end or with nothing selected),
 * and stops at the last one or when the user selects something. */
void
atlas_timeline_panel_set_playing (AtlasTimelinePanel *self,
                                  gboolean            playing)
{
  g_return_if_fail (ATLAS_IS_TIMELINE_PANEL (self));

  playing = !!playing;
  if (playing && (self->session == NULL || atlas_session_get_n_highlighted (self->session) == 0))
    playing = FALSE;

  if (self->playing == playing)
    return;

  self->playing = playing;
  g_clear_handle_id (&self->play_source, g_source_remove);

  if (playing)
    {
      if (atlas_session_get_selected_event (self->session) == NULL ||
          !step (self, atlas_session_select_next_event))
        step (self, atlas_session_select_first_event);

      self->play_source = g_timeout_add (self->play_interval_ms, play_tick_cb, self);
    }

  update_play_button (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
}

guint
atlas_timeline_panel_get_play_interval_ms (AtlasTimelinePanel *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_PANEL (self), 0);
  return self->play_interval_ms;
}

void
atlas_timeline_panel_set_play_interval_ms (AtlasTimelinePanel *self,
                                           guint               interval_ms)
{
  g_return_if_fail (ATLAS_IS_TIMELINE_PANEL (self));
  g_return_if_fail (interval_ms > 0);

  if (self->play_interval_ms == interval_ms)
    return;

  self->play_interval_ms = interval_ms;
  if (self->play_source)
    {
      g_source_remove (self->play_source);
      self->play_source = g_timeout_add (self->play_interval_ms, play_tick_cb, self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAY_INTERVAL_MS]);
}

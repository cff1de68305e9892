/* atlas-event-list.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-event-list"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-event-list.h"
#include "atlas-locale.h"
#include "atlas-event-types.h"
#include "atlas-vocabulary.h"

/*
 * The events in date order, in step with the session: selecting a row selects the event, and
 * the selected event's row is selected and scrolled to. Rows of events the session does not
 * highlight (another place is selected, or their type is filtered out) are dimmed, as on the
 * timeline.
 */

struct _AtlasEventList
{
  GtkWidget           parent_instance;

  AtlasSession       *session;
  GSignalGroup       *session_signals;
  GtkSingleSelection *selection;
  GPtrArray          *rows;      /* bound row widgets, to re-dim without rebinding */
  gboolean            syncing;
  guint               scroll_tick;
  guint               scroll_frames;

  /* Template widgets */
  GtkListView        *list_view;
};

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (AtlasEventList, atlas_event_list, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

static void
update_row_dimmed (AtlasEventList *self,
                   GtkWidget      *row)
{
  AtlasEvent *event = g_object_get_data (G_OBJECT (row), "atlas-event");
  gboolean dimmed = event && self->session && !atlas_session_event_is_highlighted (self->session, event);

  if (dimmed)
    gtk_widget_add_css_class (row, "dimmed");
  else
    gtk_widget_remove_css_class (row, "dimmed");
}

static char *
describe_event (AtlasSession *session,
                AtlasEvent   *event)
{
  GString *str = g_string_new (NULL);
  AtlasKb *kb = atlas_session_get_kb (session);
  GPtrArray *casualties = atlas_kb_get_casualties_for_event (kb, event);

  for (guint i = 0; i < atlas_event_get_n_places (event); i++)
    {
      g_autofree char *name = atlas_place_dup_display_name (atlas_event_get_place (event, i), ATLAS_PLACE_NAME_SHORT);

      /* Translators: between the places of an event */
      g_string_append_printf (str, "%s%s", i > 0 ? _(", ") : "", name);
    }

  for (guint i = 0; i < casualties->len; i++)
    {
      g_autofree char *figure = atlas_casualty_format (g_ptr_array_index (casualties, i));
      g_string_append_printf (str, "%s%s", str->len > 0 ? " · " : "", figure);
    }

  return g_string_free (str, FALSE);
}

/* GTK 4.8's list view scrolls to an item only while it is laid out: on a page of the side
 * panel that is not shown, the scroll is lost (issue 7). So it is done, or done again, once
 * the list has been allocated after being shown. */
static void
scroll_now (AtlasEventList *self)
{
  guint position = self->selection ? gtk_single_selection_get_selected (self->selection) : GTK_INVALID_LIST_POSITION;

  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

/* Tick callbacks run before the frame's layout: scroll at each of the first frames in which
 * the list has been allocated, as the rows above the target are measured late */
static gboolean
scroll_to_selected_cb (GtkWidget     *widget,
                       GdkFrameClock *clock,
                       gpointer       user_data)
{
  AtlasEventList *self = ATLAS_EVENT_LIST (widget);

  if (gtk_widget_get_height (GTK_WIDGET (self->list_view)) <= 0)
    return G_SOURCE_CONTINUE;

  scroll_now (self);
  if (++self->scroll_frames < 3)
    return G_SOURCE_CONTINUE;

  self->scroll_tick = 0;
  return G_SOURCE_REMOVE;
}

static void
scroll_to_selected (AtlasEventList *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  scroll_now (self);
  self->scroll_frames = 0;
  if (self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_selected_cb, NULL, NULL);
}

static void
sync_from_session (AtlasEventList *self)
{
  AtlasEvent *event = self->session ? atlas_session_get_selected_event (self->session) : NULL;
  guint position = event ? atlas_event_get_position (event) : GTK_INVALID_LIST_POSITION;

  if (self->selection == NULL)
    return;

  self->syncing = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->syncing = FALSE;

  scroll_to_selected (self);
}

/* Callbacks */

static void
row_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              AtlasEventList           *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *swatch = gtk_drawing_area_new ();
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *date = gtk_label_new (NULL);
  GtkWidget *status = gtk_label_new (atlas_vocabulary_get_label (ATLAS_VOCABULARY_EVENT_STATUS,
                                                                 atlas_event_status_to_string (ATLAS_EVENT_STATUS_PLANNED)));
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_widget_add_css_class (box, "event-row");
  /* The type's glyph and colour (issue 8), at the top beside the date */
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 14);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 14);
  gtk_widget_set_valign (swatch, GTK_ALIGN_START);
  gtk_widget_set_margin_top (swatch, 2);
  gtk_widget_add_css_class (swatch, "type-swatch");
  gtk_widget_add_css_class (date, "event-date");
  gtk_widget_add_css_class (date, "numeric");
  gtk_widget_add_css_class (status, "planned-badge");
  gtk_widget_add_css_class (title, "event-title");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");
  gtk_label_set_xalign (GTK_LABEL (date), 0);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_wrap (GTK_LABEL (detail), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (detail), PANGO_WRAP_WORD_CHAR);

  gtk_box_append (GTK_BOX (top), date);
  gtk_box_append (GTK_BOX (top), status);
  gtk_box_append (GTK_BOX (text), top);
  gtk_box_append (GTK_BOX (text), title);
  gtk_box_append (GTK_BOX (text), detail);
  gtk_box_append (GTK_BOX (box), swatch);
  gtk_box_append (GTK_BOX (box), text);
  gtk_list_item_set_child (item, box);
}

static void
row_bind_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             AtlasEventList           *self)
{
  AtlasEvent *event = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *swatch = gtk_widget_get_first_child (box);
  GtkWidget *text = gtk_widget_get_next_sibling (swatch);
  GtkWidget *top = gtk_widget_get_first_child (text);
  GtkWidget *date = gtk_widget_get_first_child (top);
  GtkWidget *status = gtk_widget_get_next_sibling (date);
  GtkWidget *title = gtk_widget_get_next_sibling (top);
  GtkWidget *detail = gtk_widget_get_next_sibling (title);
  AtlasKb *kb = self->session ? atlas_session_get_kb (self->session) : NULL;
  const AtlasEventTypeInfo *info = atlas_event_types_lookup_in_kb (kb, atlas_event_get_event_type (event));
  g_autofree char *date_text = atlas_event_format_date (event);
  g_autofree char *detail_text = describe_event (self->session, event);
  g_autofree char *accessible = NULL;

  atlas_event_type_set_swatch (GTK_DRAWING_AREA (swatch), kb, info);
  gtk_widget_set_tooltip_text (swatch, info ? atlas_event_type_get_label (info) : NULL);
  gtk_label_set_label (GTK_LABEL (date), date_text);
  gtk_widget_set_visible (status, atlas_event_get_status (event) == ATLAS_EVENT_STATUS_PLANNED);
  gtk_label_set_label (GTK_LABEL (title), atlas_event_get_title (event));
  gtk_label_set_label (GTK_LABEL (detail), detail_text);
  gtk_widget_set_visible (detail, detail_text[0] != '\0');

  /* Translators: the accessible name of a row in the events list: its date, its title, then
   * its places and casualty figures */
  accessible = g_strdup_printf (_("%s, %s. %s"), date_text, atlas_event_get_title (event), detail_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

  g_object_set_data (G_OBJECT (box), "atlas-event", event);
  g_ptr_array_add (self->rows, box);
  update_row_dimmed (self, box);
}

static void
row_unbind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               AtlasEventList           *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);

  g_object_set_data (G_OBJECT (box), "atlas-event", NULL);
  g_ptr_array_remove_fast (self->rows, box);
}

static void
on_selection_changed_cb (GtkSingleSelection *selection,
                         GParamSpec         *pspec,
                         AtlasEventList     *self)
{
  AtlasEvent *event;

  if (self->syncing || self->session == NULL)
    return;

  if ((event = gtk_single_selection_get_selected_item (selection)))
    atlas_session_set_selected_event (self->session, event);
}

static void
on_session_kb_changed_cb (AtlasEventList *self)
{
  AtlasKb *kb = atlas_session_get_kb (self->session);

  if (self->selection)
    g_signal_handlers_disconnect_by_func (self->selection, on_selection_changed_cb, self);
  g_clear_object (&self->selection);

  if (kb)
    {
      self->selection = gtk_single_selection_new (g_object_ref (atlas_kb_get_events (kb)));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      g_signal_connect (self->selection, "notify::selected", G_CALLBACK (on_selection_changed_cb), self);
    }

  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  sync_from_session (self);
}

static void
on_session_highlight_changed_cb (AtlasEventList *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    update_row_dimmed (self, g_ptr_array_index (self->rows, i));
}

/* GtkWidget overrides */

static void
atlas_event_list_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (atlas_event_list_parent_class)->map (widget);

  scroll_to_selected (ATLAS_EVENT_LIST (widget));
}

static void
atlas_event_list_unmap (GtkWidget *widget)
{
  AtlasEventList *self = ATLAS_EVENT_LIST (widget);

  if (self->scroll_tick)
    gtk_widget_remove_tick_callback (widget, self->scroll_tick);
  self->scroll_tick = 0;

  GTK_WIDGET_CLASS (atlas_event_list_parent_class)->unmap (widget);
}

/* GObject overrides */

static void
atlas_event_list_dispose (GObject *object)
{
  AtlasEventList *self = (AtlasEventList *)object;
  GtkWidget *child;

  atlas_event_list_set_session (self, NULL);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->selection);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_EVENT_LIST);

  /* dispose_template only drops the children it binds; the scrolled window is not one */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (atlas_event_list_parent_class)->dispose (object);
}

static void
atlas_event_list_finalize (GObject *object)
{
  AtlasEventList *self = (AtlasEventList *)object;

  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (atlas_event_list_parent_class)->finalize (object);
}

static void
atlas_event_list_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AtlasEventList *self = ATLAS_EVENT_LIST (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_event_list_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AtlasEventList *self = ATLAS_EVENT_LIST (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      atlas_event_list_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_event_list_class_init (AtlasEventListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_event_list_dispose;
  object_class->finalize = atlas_event_list_finalize;
  object_class->get_property = atlas_event_list_get_property;
  object_class->set_property = atlas_event_list_set_property;

  widget_class->map = atlas_event_list_map;
  widget_class->unmap = atlas_event_list_unmap;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, ATLAS_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/atlas-event-list.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasEventList, list_view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
atlas_event_list_init (AtlasEventList *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (row_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (row_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (row_unbind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);

  /* The group follows whichever session is set, and lets go of the old one */
  self->session_signals = g_signal_group_new (ATLAS_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "notify::kb",
                                  G_CALLBACK (on_session_kb_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::selected-event",
                                  G_CALLBACK (sync_from_session), self);
  g_signal_group_connect_swapped (self->session_signals, "highlight-changed",
                                  G_CALLBACK (on_session_highlight_changed_cb), self);
}

/* Public API */

GtkWidget *
atlas_event_list_new (void)
{
  return g_object_new (ATLAS_TYPE_EVENT_LIST, NULL);
}

AtlasSession *
atlas_event_list_get_session (AtlasEventList *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT_LIST (self), NULL);
  return self->session;
}

void
atlas_event_list_set_session (AtlasEventList *self,
                              AtlasSession   *session)
{
  g_return_if_fail (ATLAS_IS_EVENT_LIST (self));
  g_return_if_fail (!session || ATLAS_IS_SESSION (session));

  if (self->session == session)
    return;

  g_set_object (&self->session, session);
  if (self->session_signals)
    g_signal_group_set_target (self->session_signals, session);

  if (session)
    on_session_kb_changed_cb (self);
  else if (self->list_view)
    {
      gtk_list_view_set_model (self->list_view, NULL);
      g_clear_object (&self->selection);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/**
 * atlas_event_list_get_view:
 *
 * Returns: (transfer none): the list view, for tests and keyboard focus
 */
GtkListView *
atlas_event_list_get_view (AtlasEventList *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT_LIST (self), NULL);
  return self->list_view;
}

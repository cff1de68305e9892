/* atlas-details-view.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-details-view"

#include "config.h"

#include "atlas-details-view-private.h"

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (AtlasDetailsView, atlas_details_view, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

/* Helpers */

static char *
describe_problems (AtlasDetailsView *self)
{
  gpointer items[3] = { NULL, NULL, NULL };

  if (self->session && atlas_session_get_kb (self->session))
    {
      items[0] = atlas_session_get_selected_place (self->session);
      items[1] = atlas_session_get_selected_casualty (self->session);
      items[2] = atlas_session_get_selected_event (self->session);
    }
  return _atlas_details_describe_problems (self, items, G_N_ELEMENTS (items));
}

/* The main button of a block that shows a source whose words were lost ("Place Again…",
 * atlas-details-problems.c), under @widget */
static GtkWidget *
find_orphan_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "suggested-action"))
    for (GtkWidget *above = gtk_widget_get_parent (widget); above; above = gtk_widget_get_parent (above))
      if (gtk_widget_has_css_class (above, "details-orphan"))
        return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_orphan_button (child);

      if (found)
        return found;
    }

  return NULL;
}

static void
rebuild (AtlasDetailsView *self)
{
  AtlasCasualty *casualty = NULL;
  AtlasEvent *event = NULL;
  AtlasPlace *place = NULL;
  GtkWidget *child;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  gboolean had_focus = focus && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->content));
  /* On "Place Again…" (atlas_details_view_focus_orphan()), the focus stays on it */
  gboolean on_orphan = had_focus && find_orphan_button (focus) == focus;
  GtkWidget *orphan_button;

  /* GTK 4.8 does not let go of a focused widget that is taken out of the window (a selectable
   * label of the card, after an edit or an undo): it is let go first, and the focus goes on
   * to the new card */
  if (had_focus)
    gtk_root_set_focus (root, NULL);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->content))))
    gtk_box_remove (self->content, child);

  if (self->session && atlas_session_get_kb (self->session))
    {
      casualty = atlas_session_get_selected_casualty (self->session);
      event = atlas_session_get_selected_event (self->session);
      place = atlas_session_get_selected_place (self->session);
    }

  /* The selected place goes first: under a fact it is a short header (its names, and its
   * events behind an expander) that says where the map's click or the timeline's filter is,
   * while the fact stays in view below it */
  if (place)
    {
      _atlas_details_view_append_place_card (self, place, casualty != NULL || event != NULL);
      _atlas_details_append_problems (self, gtk_widget_get_last_child (GTK_WIDGET (self->content)), place);
    }
  if (casualty)
    {
      _atlas_details_view_append_casualty_card (self, casualty);
      _atlas_details_append_problems (self, gtk_widget_get_last_child (GTK_WIDGET (self->content)), casualty);
    }
  if (event)
    {
      _atlas_details_view_append_event_card (self, event);
      _atlas_details_append_problems (self, gtk_widget_get_last_child (GTK_WIDGET (self->content)), event);
    }
  g_free (self->problems_shown);
  self->problems_shown = describe_problems (self);

  gtk_stack_set_visible_child_name (self->stack, casualty || event || place ? "details" : "empty");
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  if (on_orphan && (orphan_button = find_orphan_button (GTK_WIDGET (self->content))))
    gtk_widget_grab_focus (orphan_button);
  else if (had_focus)
    gtk_widget_child_focus (GTK_WIDGET (self->content), GTK_DIR_TAB_FORWARD);
}

/* Found again after an edit: the cards change only if what they say of their facts does, so
 * that the focus and the scrolling stay where they were otherwise */
static void
on_problems_changed_cb (AtlasDetailsView *self)
{
  g_autofree char *problems = describe_problems (self);

  if (g_strcmp0 (problems, self->problems_shown) != 0)
    rebuild (self);
}

/* GObject overrides */

static void
atlas_details_view_dispose (GObject *object)
{
  AtlasDetailsView *self = (AtlasDetailsView *)object;

  if (self->session_signals)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->session);
  g_clear_pointer (&self->problems_shown, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_DETAILS_VIEW);

  G_OBJECT_CLASS (atlas_details_view_parent_class)->dispose (object);
}

static void
atlas_details_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AtlasDetailsView *self = ATLAS_DETAILS_VIEW (object);

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
atlas_details_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AtlasDetailsView *self = ATLAS_DETAILS_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      atlas_details_view_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_details_view_class_init (AtlasDetailsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_details_view_dispose;
  object_class->get_property = atlas_details_view_get_property;
  object_class->set_property = atlas_details_view_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, ATLAS_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/atlas-details-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "detailsview");
  gtk_widget_class_bind_template_child (widget_class, AtlasDetailsView, scroller);
  gtk_widget_class_bind_template_child (widget_class, AtlasDetailsView, stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasDetailsView, content);
}

static void
atlas_details_view_init (AtlasDetailsView *self)
{
  static const char * const signals[] = {
    "notify::kb",
    "notify::selected-place",
    "notify::selected-event",
    "notify::selected-casualty",
  };

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_stack_set_visible_child_name (self->stack, "empty");

  /* The group follows whichever session is set, and lets go of the old one */
  self->session_signals = g_signal_group_new (ATLAS_TYPE_SESSION);
  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    g_signal_group_connect_swapped (self->session_signals, signals[i], G_CALLBACK (rebuild), self);
  g_signal_group_connect_swapped (self->session_signals, "problems-changed", G_CALLBACK (on_problems_changed_cb), self);
}

/* Public API */

AtlasDetailsView *
atlas_details_view_new (AtlasSession *session)
{
  g_return_val_if_fail (!session || ATLAS_IS_SESSION (session), NULL);

  return g_object_new (ATLAS_TYPE_DETAILS_VIEW, "session", session, NULL);
}

AtlasSession *
atlas_details_view_get_session (AtlasDetailsView *self)
{
  g_return_val_if_fail (ATLAS_IS_DETAILS_VIEW (self), NULL);
  return self->session;
}

/* Scrolls the card so that the block of the source whose words were lost is in view, once
 * the new card has its size (a few frames at most) */
static gboolean
scroll_to_orphan_cb (GtkWidget     *widget,
                     GdkFrameClock *frame_clock,
                     gpointer       user_data)
{
  AtlasDetailsView *self = ATLAS_DETAILS_VIEW (widget);
  guint *n_ticks = user_data;
  GtkWidget *block = find_orphan_button (GTK_WIDGET (self->content));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  graphene_rect_t bounds;
  double value, page;

  while (block && !gtk_widget_has_css_class (block, "details-orphan"))
    block = gtk_widget_get_parent (block);
  if (block == NULL || ++(*n_ticks) > 10)
    return G_SOURCE_REMOVE;
  if (gtk_widget_get_height (block) == 0 || !gtk_widget_compute_bounds (block, GTK_WIDGET (self->content), &bounds))
    return G_SOURCE_CONTINUE;

  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  if (bounds.origin.y + bounds.size.height > value + page)
    value = bounds.origin.y + bounds.size.height - page;
  if (bounds.origin.y < value)
    value = bounds.origin.y;
  gtk_adjustment_set_value (adjustment, value);
  return G_SOURCE_REMOVE;
}

/**
 * atlas_details_view_focus_orphan:
 *
 * Gives the focus to "Place Again…" of the first source shown whose words were lost, which
 * scrolls it into view: what a keyboard user does next on reaching such a fact.
 *
 * Returns: whether a card shows such a source
 */
gboolean
atlas_details_view_focus_orphan (AtlasDetailsView *self)
{
  GtkWidget *button;

  g_return_val_if_fail (ATLAS_IS_DETAILS_VIEW (self), FALSE);

  if (!(button = find_orphan_button (GTK_WIDGET (self->content))))
    return FALSE;
  gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_orphan_cb, g_new0 (guint, 1), g_free);
  return gtk_widget_grab_focus (button);
}

void
atlas_details_view_set_session (AtlasDetailsView *self,
                                AtlasSession     *session)
{
  g_return_if_fail (ATLAS_IS_DETAILS_VIEW (self));
  g_return_if_fail (!session || ATLAS_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;

  g_signal_group_set_target (self->session_signals, session);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

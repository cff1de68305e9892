/* atlas-timeline-view.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-timeline-view"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "atlas-event-types.h"
#include "atlas-time-ruler.h"
#include "atlas-timeline-draw.h"
#include "atlas-timeline-layout.h"
#include "atlas-timeline-view.h"
#include "atlas-timeline-view-private.h"
#include "atlas-vocabulary.h"

/*
 * The timeline draws the session's KB on a time axis with GtkSnapshot, one widget for
 * everything, so that it stays fluid at 100,000 events. It is split the way sysprof splits
 * its charts: AtlasTimelineLayout (atlas-timeline-layout.c, atlas-timeline-marks.c) decides
 * where every mark goes and answers the hit-test, with no widget; the time ruler
 * (atlas-time-ruler.c) draws the axis; atlas-timeline-draw.c draws the layout; this widget
 * follows the session and puts the pieces together, and atlas-timeline-view-input.c takes
 * the input.
 */

enum {
  PROP_0,
  PROP_SESSION,
  PROP_COMPRESS_EMPTY_TIME,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (AtlasTimelineView, atlas_timeline_view, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

/* Helpers */

/* The span of the view in units of the time scale: days, except in compressed gaps */
double
_atlas_timeline_view_get_span (AtlasTimelineView *self)
{
  return self->layout->view_u1 - self->layout->view_u0;
}

/* Inlined, as the layout's own check is: every hit-test starts here */
G_ALWAYS_INLINE static inline void
ensure_layout (AtlasTimelineView *self)
{
  atlas_timeline_layout_ensure (self->layout,
                                gtk_widget_get_width (GTK_WIDGET (self)),
                                gtk_widget_get_height (GTK_WIDGET (self)));
}

/* Measures the plot for the widget's size now, without laying anything out */
static void
compute_geometry (AtlasTimelineView *self)
{
  atlas_timeline_layout_set_size (self->layout,
                                  gtk_widget_get_width (GTK_WIDGET (self)),
                                  gtk_widget_get_height (GTK_WIDGET (self)));
}

static void
invalidate_layout (AtlasTimelineView *self)
{
  self->layout->dirty = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Shows units @u0 to @u1 of the time scale */
void
_atlas_timeline_view_set_view (AtlasTimelineView *self,
                               double             u0,
                               double             u1)
{
  atlas_timeline_layout_set_view_units (self->layout, u0, u1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The layout lays the timeline out from left to right, earliest first. In a right-to-left
 * window it runs the other way (issue 8): the snapshot draws it mirrored, text excepted (see
 * atlas_timeline_draw_text), and every x between the widget and the layout goes through here.
 * Its own inverse. */
double
_atlas_timeline_view_mirror_x (AtlasTimelineView *self,
                               double             x)
{
  if (gtk_widget_get_direction (GTK_WIDGET (self)) != GTK_TEXT_DIR_RTL)
    return x;
  return gtk_widget_get_width (GTK_WIDGET (self)) - x;
}

/* In widget coordinates */
double
_atlas_timeline_view_get_default_anchor_x (AtlasTimelineView *self)
{
  AtlasDate cursor = self->session ? atlas_session_get_time_cursor (self->session) : ATLAS_DATE_NONE;
  const AtlasTimelineLayout *layout = self->layout;

  compute_geometry (self);
  if (cursor != ATLAS_DATE_NONE && cursor + 0.5 > layout->view_start && cursor + 0.5 < layout->view_end)
    return _atlas_timeline_view_mirror_x (self, atlas_timeline_layout_day_to_x (layout, cursor + 0.5));
  return _atlas_timeline_view_mirror_x (self, layout->geo.plot_x0 + layout->geo.plot_w / 2.f);
}

/* The font of the titles: 85 % of the widget's, and 92 % of that for @small */
static PangoLayout *
create_label_layout (GtkWidget *widget,
                     gboolean   small)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, NULL);
  PangoFontDescription *font;

  font = pango_font_description_copy (pango_context_get_font_description (pango_layout_get_context (layout)));
  pango_font_description_set_size (font, MAX (pango_font_description_get_size (font) * 0.85, 7 * PANGO_SCALE));
  if (small)
    pango_font_description_set_size (font, pango_font_description_get_size (font) * 0.92);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_font_description_free (font);
  return layout;
}

static float
measure_title_cb (AtlasEvent *event,
                  gpointer    user_data)
{
  AtlasTimelineView *self = user_data;

  if (self->title_layout == NULL)
    self->title_layout = create_label_layout (GTK_WIDGET (self), TRUE);
  return atlas_timeline_text_width (self->title_layout, atlas_event_get_title (event));
}

static void
forget_fonts (AtlasTimelineView *self)
{
  g_clear_object (&self->title_layout);
  atlas_timeline_layout_forget_label_widths (self->layout);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
update_accessible_description (AtlasTimelineView *self)
{
  AtlasEvent *event = self->session ? atlas_session_get_selected_event (self->session) : NULL;
  g_autofree char *text = NULL;

  if (event && self->layout->kb)
    {
      g_autofree char *details = _atlas_timeline_view_describe_event (self, event);
      text = g_strdup_printf (_("Selected: %s"), details);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text ? text : _("No event selected"),
                                  -1);
}

static void
update_highlight (AtlasTimelineView *self)
{
  if (self->session)
    atlas_timeline_layout_update_highlight (self->layout, self->session);
}

static void
update_selection (AtlasTimelineView *self)
{
  AtlasEvent *event = self->session ? atlas_session_get_selected_event (self->session) : NULL;

  atlas_timeline_layout_select_event (self->layout, event);
}

static void
rebuild_marks (AtlasTimelineView *self)
{
  AtlasKb *kb = self->session ? atlas_session_get_kb (self->session) : NULL;
  const AtlasEventTypeInfo *types;
  guint n_types;

  types = atlas_event_types_get_for_kb (kb, &n_types);
  atlas_timeline_layout_set_kb (self->layout, kb, types, n_types);
  self->hover_mark = G_MAXUINT;

  if (kb == NULL)
    {
      invalidate_layout (self);
      return;
    }

  update_highlight (self);
  update_selection (self);
  atlas_timeline_view_zoom_to_fit (self);
  update_accessible_description (self);
}

/* After an edit: the marks again, where the user was looking */
static void
refresh_marks (AtlasTimelineView *self)
{
  const AtlasEventTypeInfo *types;
  guint n_types;
  double view_start = self->layout->view_start;
  double view_end = self->layout->view_end;

  types = atlas_event_types_get_for_kb (atlas_session_get_kb (self->session), &n_types);
  self->marks_stale = FALSE;
  atlas_timeline_layout_set_kb (self->layout, atlas_session_get_kb (self->session), types, n_types);
  atlas_timeline_layout_set_view (self->layout, view_start, view_end);
  self->hover_mark = G_MAXUINT;
  update_highlight (self);
  update_selection (self);
  update_accessible_description (self);
  invalidate_layout (self);
}

/* Callbacks */

static void
on_kb_items_changed_cb (AtlasTimelineView *self)
{
  self->marks_stale = TRUE;
}

/* Edits change the KB's lists; the session says "highlight-changed" once it has followed */
static void
watch_kb (AtlasTimelineView *self,
          AtlasKb           *kb)
{
  if (self->watched_kb)
    {
      g_signal_handlers_disconnect_by_data (atlas_kb_get_events (self->watched_kb), self);
      g_signal_handlers_disconnect_by_data (atlas_kb_get_casualties (self->watched_kb), self);
    }
  g_set_object (&self->watched_kb, kb);
  if (kb)
    {
      g_signal_connect_swapped (atlas_kb_get_events (kb), "items-changed", G_CALLBACK (on_kb_items_changed_cb), self);
      g_signal_connect_swapped (atlas_kb_get_casualties (kb), "items-changed", G_CALLBACK (on_kb_items_changed_cb), self);
    }
  self->marks_stale = FALSE;
}

static void
on_session_kb_changed_cb (AtlasTimelineView *self)
{
  watch_kb (self, atlas_session_get_kb (self->session));
  rebuild_marks (self);
}

static void
on_session_highlight_changed_cb (AtlasTimelineView *self)
{
  if (self->marks_stale)
    {
      refresh_marks (self);
      return;
    }
  update_highlight (self);
  invalidate_layout (self);
}

static void
on_session_selected_event_changed_cb (AtlasTimelineView *self)
{
  update_selection (self);
  if (self->layout->selected_mark != G_MAXUINT)
    atlas_timeline_layout_scroll_to_mark (self->layout, self->layout->selected_mark);
  update_accessible_description (self);
  invalidate_layout (self);
}

static void
on_session_time_cursor_changed_cb (AtlasTimelineView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_session_signals_bind_cb (GSignalGroup      *group,
                            AtlasSession      *session,
                            AtlasTimelineView *self)
{
  watch_kb (self, session ? atlas_session_get_kb (session) : NULL);
  rebuild_marks (self);
}

/* GtkWidget overrides */

static void
atlas_timeline_view_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  AtlasTimelineView *self = ATLAS_TIMELINE_VIEW (widget);
  const AtlasTimelineLayout *layout = self->layout;
  const AtlasTimelineGeometry *geo = &layout->geo;
  g_autoptr(PangoLayout) text = NULL;
  g_autoptr(PangoLayout) small = NULL;
  g_autoptr(PangoLayout) question = NULL;
  PangoFontDescription *font;
  GdkRGBA fg, bg = { 1, 1, 1, 1 };
  AtlasTimeRulerArea ruler;

  ensure_layout (self);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  /* On a dark theme the foreground is light: make hollow marks dark inside */
  if (fg.red + fg.green + fg.blue > 1.5)
    bg = (GdkRGBA) { 0.14f, 0.14f, 0.14f, 1 };

  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    {
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (gtk_widget_get_width (widget), 0));
      gtk_snapshot_scale (snapshot, -1, 1);
    }

  text = create_label_layout (widget, FALSE);
  small = create_label_layout (widget, TRUE);
  font = pango_font_description_copy (pango_layout_get_font_description (small));
  pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  question = gtk_widget_create_pango_layout (widget, "?");
  pango_layout_set_font_description (question, font);
  pango_font_description_free (font);

  atlas_timeline_draw_gutter (layout, snapshot, small, &fg);

  ruler.scale = &layout->scale;
  ruler.view_start = layout->view_start;
  ruler.view_end = layout->view_end;
  ruler.u0 = layout->view_u0;
  ruler.u1 = layout->view_u1;
  ruler.x0 = geo->plot_x0;
  ruler.width = geo->plot_w;
  ruler.axis_y = ATLAS_TIMELINE_AXIS_H;
  ruler.height = geo->height;
  /* The titles of the marks before a gap may run across it, the casualty bars never do */
  ruler.gap_label_y0 = geo->band_h > 0 ? geo->band_y0 : geo->lanes_y0;
  ruler.gap_label_y1 = geo->band_h > 0 ? geo->band_y0 + geo->band_h : geo->lanes_y0 + geo->n_lanes * geo->lane_h;
  /* The gaps first: a month's name that runs across a gap is drawn over its blank */
  atlas_time_ruler_snapshot_gaps (&ruler, snapshot, small, &fg, &bg);
  atlas_time_ruler_snapshot (&ruler, snapshot, text, &fg);

  if (layout->kb == NULL || layout->marks->len == 0)
    {
      GdkRGBA dim = { fg.red, fg.green, fg.blue, 0.6f };
      atlas_timeline_draw_text (snapshot, text, layout->kb ? _("No events") : _("No knowledge base"),
                                geo->plot_x0 + 8, geo->lanes_y0 + 8, -1, &dim);
      return;
    }

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (geo->plot_x0 - 8, ATLAS_TIMELINE_AXIS_H + 1,
                                                         geo->plot_w + 16, geo->height - ATLAS_TIMELINE_AXIS_H - 1));
  atlas_timeline_draw_plot (layout, snapshot, small, question, self->hover_mark, &fg, &bg);
  gtk_snapshot_pop (snapshot);

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (geo->plot_x0 - 6, 0, geo->plot_w + 12, geo->height));
  atlas_timeline_draw_cursor (layout, snapshot, atlas_session_get_time_cursor (self->session), &fg);
  gtk_snapshot_pop (snapshot);

  if (gtk_widget_has_visible_focus (widget))
    atlas_timeline_draw_focus (layout, snapshot, &fg);
}

static void
atlas_timeline_view_state_flags_changed (GtkWidget     *widget,
                                         GtkStateFlags  previous_state)
{
  GtkStateFlags changed = previous_state ^ gtk_widget_get_state_flags (widget);

  if (changed & (GTK_STATE_FLAG_FOCUS_VISIBLE | GTK_STATE_FLAG_FOCUSED | GTK_STATE_FLAG_BACKDROP))
    gtk_widget_queue_draw (widget);

  GTK_WIDGET_CLASS (atlas_timeline_view_parent_class)->state_flags_changed (widget, previous_state);
}

static void
atlas_timeline_view_css_changed (GtkWidget         *widget,
                                 GtkCssStyleChange *change)
{
  AtlasTimelineView *self = ATLAS_TIMELINE_VIEW (widget);
  const PangoFontDescription *font;

  GTK_WIDGET_CLASS (atlas_timeline_view_parent_class)->css_changed (widget, change);

  /* Hover and focus change the style too: measure the titles again only for a new font */
  font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  if (self->measured_font == NULL || !pango_font_description_equal (font, self->measured_font))
    {
      g_clear_pointer (&self->measured_font, pango_font_description_free);
      self->measured_font = pango_font_description_copy (font);
      forget_fonts (self);
    }
}

static void
atlas_timeline_view_system_setting_changed (GtkWidget        *widget,
                                            GtkSystemSetting  setting)
{
  GTK_WIDGET_CLASS (atlas_timeline_view_parent_class)->system_setting_changed (widget, setting);
  if (setting == GTK_SYSTEM_SETTING_FONT_NAME || setting == GTK_SYSTEM_SETTING_FONT_CONFIG ||
      setting == GTK_SYSTEM_SETTING_DPI)
    forget_fonts (ATLAS_TIMELINE_VIEW (widget));
}

static void
atlas_timeline_view_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  ATLAS_TIMELINE_VIEW (widget)->layout->dirty = TRUE;
}

static void
atlas_timeline_view_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = 800;
    }
  else
    {
      *minimum = 90;
      *natural = 180;
    }
}

/* GObject overrides */

static void
atlas_timeline_view_dispose (GObject *object)
{
  AtlasTimelineView *self = ATLAS_TIMELINE_VIEW (object);

  if (self->session_signals)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);
  watch_kb (self, NULL);
  g_clear_object (&self->session);
  /* Drop the KB now, as the old single-file widget did, rather than when it is finalized */
  if (self->layout)
    atlas_timeline_layout_set_kb (self->layout, NULL, NULL, 0);

  G_OBJECT_CLASS (atlas_timeline_view_parent_class)->dispose (object);
}

static void
atlas_timeline_view_finalize (GObject *object)
{
  AtlasTimelineView *self = ATLAS_TIMELINE_VIEW (object);

  g_clear_pointer (&self->layout, atlas_timeline_layout_free);
  g_clear_object (&self->title_layout);
  g_clear_pointer (&self->measured_font, pango_font_description_free);

  G_OBJECT_CLASS (atlas_timeline_view_parent_class)->finalize (object);
}

static void
atlas_timeline_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  AtlasTimelineView *self = ATLAS_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_COMPRESS_EMPTY_TIME:
      g_value_set_boolean (value, self->layout->compress);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_timeline_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  AtlasTimelineView *self = ATLAS_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      atlas_timeline_view_set_session (self, g_value_get_object (value));
      break;

    case PROP_COMPRESS_EMPTY_TIME:
      atlas_timeline_view_set_compress_empty_time (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_timeline_view_class_init (AtlasTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_timeline_view_dispose;
  object_class->finalize = atlas_timeline_view_finalize;
  object_class->get_property = atlas_timeline_view_get_property;
  object_class->set_property = atlas_timeline_view_set_property;

  widget_class->snapshot = atlas_timeline_view_snapshot;
  widget_class->size_allocate = atlas_timeline_view_size_allocate;
  widget_class->css_changed = atlas_timeline_view_css_changed;
  widget_class->system_setting_changed = atlas_timeline_view_system_setting_changed;
  widget_class->measure = atlas_timeline_view_measure;
  widget_class->query_tooltip = _atlas_timeline_view_query_tooltip;
  widget_class->state_flags_changed = atlas_timeline_view_state_flags_changed;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         ATLAS_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Long stretches with no events are drawn narrow, with a break mark that says how long
   * they are (issue 7) */
  properties[PROP_COMPRESS_EMPTY_TIME] =
    g_param_spec_boolean ("compress-empty-time", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  _atlas_timeline_view_class_init_input (widget_class);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
atlas_timeline_view_init (AtlasTimelineView *self)
{
  self->layout = atlas_timeline_layout_new ();
  atlas_timeline_layout_set_measure_func (self->layout, measure_title_cb, self);
  self->hover_mark = G_MAXUINT;
  self->pointer_x = -1;

  /* Until a KB arrives: empty lanes for the vocabulary */
  rebuild_marks (self);

  self->session_signals = g_signal_group_new (ATLAS_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "notify::kb",
                                  G_CALLBACK (on_session_kb_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "highlight-changed",
                                  G_CALLBACK (on_session_highlight_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::selected-event",
                                  G_CALLBACK (on_session_selected_event_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::time-cursor",
                                  G_CALLBACK (on_session_time_cursor_changed_cb), self);
  g_signal_connect (self->session_signals, "bind", G_CALLBACK (on_session_signals_bind_cb), self);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  _atlas_timeline_view_init_input (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("No event selected"),
                                  -1);
}

/* Public API */

GtkWidget *
atlas_timeline_view_new (void)
{
  return g_object_new (ATLAS_TYPE_TIMELINE_VIEW, NULL);
}

AtlasSession *
atlas_timeline_view_get_session (AtlasTimelineView *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_VIEW (self), NULL);
  return self->session;
}

void
atlas_timeline_view_set_session (AtlasTimelineView *self,
                                 AtlasSession      *session)
{
  g_return_if_fail (ATLAS_IS_TIMELINE_VIEW (self));
  g_return_if_fail (!session || ATLAS_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;

  g_signal_group_set_target (self->session_signals, session);
  if (session == NULL)
    rebuild_marks (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

gboolean
atlas_timeline_view_get_compress_empty_time (AtlasTimelineView *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_VIEW (self), FALSE);
  return self->layout->compress;
}

void
atlas_timeline_view_set_compress_empty_time (AtlasTimelineView *self,
                                             gboolean           compress)
{
  g_return_if_fail (ATLAS_IS_TIMELINE_VIEW (self));

  compress = !!compress;
  if (self->layout->compress == compress)
    return;

  compute_geometry (self);
  atlas_timeline_layout_set_compress (self->layout, compress);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPRESS_EMPTY_TIME]);
}

/* The visible range, in whole days: the first and the last day at least partly visible */
void
atlas_timeline_view_get_visible_range (AtlasTimelineView *self,
                                       AtlasDate         *start,
                                       AtlasDate         *end)
{
  g_return_if_fail (ATLAS_IS_TIMELINE_VIEW (self));

  if (start)
    *start = (AtlasDate) floor (self->layout->view_start);
  if (end)
    *end = (AtlasDate) MAX (floor (self->layout->view_start), ceil (self->layout->view_end) - 1);
}

/* Shows the days from @start to @end, both included */
void
atlas_timeline_view_set_visible_range (AtlasTimelineView *self,
                                       AtlasDate          start,
                                       AtlasDate          end)
{
  g_return_if_fail (ATLAS_IS_TIMELINE_VIEW (self));
  g_return_if_fail (start != ATLAS_DATE_NONE && end >= start);

  atlas_timeline_layout_set_view (self->layout, start, (double) end + 1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Zooms in (@factor > 1) or out, keeping the date under @anchor_x where it is */
void
atlas_timeline_view_zoom (AtlasTimelineView *self,
                          double             factor,
                          double             anchor_x)
{
  g_return_if_fail (ATLAS_IS_TIMELINE_VIEW (self));
  g_return_if_fail (factor > 0);

  compute_geometry (self);
  atlas_timeline_layout_zoom (self->layout, factor, _atlas_timeline_view_mirror_x (self, anchor_x));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
atlas_timeline_view_zoom_to_fit (AtlasTimelineView *self)
{
  g_return_if_fail (ATLAS_IS_TIMELINE_VIEW (self));

  atlas_timeline_layout_zoom_to_fit (self->layout);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The x of the middle of @date's day, where the mark of a one-day event is centred */
double
atlas_timeline_view_date_to_x (AtlasTimelineView *self,
                               AtlasDate          date)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_VIEW (self), 0);

  ensure_layout (self);
  return _atlas_timeline_view_mirror_x (self, atlas_timeline_layout_day_to_x (self->layout, date + 0.5));
}

AtlasDate
atlas_timeline_view_x_to_date (AtlasTimelineView *self,
                               double             x)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_VIEW (self), ATLAS_DATE_NONE);

  ensure_layout (self);
  return (AtlasDate) MAX (1.0, floor (atlas_timeline_layout_x_to_day (self->layout, _atlas_timeline_view_mirror_x (self, x))));
}

/* The event whose mark (or casualty bars) is at @x, @y, or %NULL */
AtlasEvent *
atlas_timeline_view_event_at (AtlasTimelineView *self,
                              double             x,
                              double             y)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_VIEW (self), NULL);

  ensure_layout (self);
  return atlas_timeline_layout_event_at (self->layout, _atlas_timeline_view_mirror_x (self, x), y);
}

/* Where @event's mark is drawn, in widget coordinates; %FALSE if it is not drawn as a mark */
gboolean
atlas_timeline_view_get_event_bounds (AtlasTimelineView *self,
                                      AtlasEvent        *event,
                                      graphene_rect_t   *bounds)
{
  const AtlasTimelineItem *item;
  guint mark;

  g_return_val_if_fail (ATLAS_IS_TIMELINE_VIEW (self), FALSE);
  g_return_val_if_fail (ATLAS_IS_EVENT (event), FALSE);
  g_return_val_if_fail (bounds != NULL, FALSE);

  ensure_layout (self);

  if ((mark = atlas_timeline_layout_find_mark (self->layout, event)) == G_MAXUINT ||
      (item = atlas_timeline_layout_find_item (self->layout, mark, ATLAS_ITEM_MARK)) == NULL)
    return FALSE;

  graphene_rect_init (bounds, MIN (_atlas_timeline_view_mirror_x (self, item->x0), _atlas_timeline_view_mirror_x (self, item->x1)),
                      item->y0, item->x1 - item->x0, item->y1 - item->y0);
  return TRUE;
}

/* atlas-map-legend.c: what the map's shading and outlines mean
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-map-legend"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-event-types.h"
#include "atlas-locale.h"
#include "atlas-map-legend.h"

struct _AtlasMapLegend
{
  GtkWidget       parent_instance;

  AtlasSession   *session;
  GSignalGroup   *session_signals;
  AtlasMapLayer  *layer;
  GSignalGroup   *layer_signals;
  GtkWidget      *swatches[ATLAS_MAP_N_CLASSES];
  gboolean        folded;
  gboolean        compact;
  gboolean        user_chose;     /* folded or unfolded by hand: compact no longer decides */

  /* Template widgets */
  GtkLabel       *legend_title;
  GtkButton      *fold_button;
  GtkWidget      *details;
  GtkBox         *swatch_box;
  GtkLabel       *legend_summary;
  GtkDrawingArea *selected_sample;
  GtkDrawingArea *event_sample;
};

enum {
  PROP_0,
  PROP_SESSION,
  PROP_LAYER,
  PROP_FOLDED,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (AtlasMapLegend, atlas_map_legend, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

/* Helpers */

/* Whether the type filter hides any of the KB's types: the session keeps hiding those of the
 * KB before, which may have had other types (issue 9) */
static gboolean
hides_types (AtlasMapLegend *self)
{
  const AtlasEventTypeInfo *types;
  guint n_types;

  if (self->session == NULL)
    return FALSE;

  types = atlas_event_types_get_for_kb (atlas_session_get_kb (self->session), &n_types);
  for (guint i = 0; i < n_types; i++)
    if (!atlas_session_get_type_visible (self->session, types[i].id))
      return TRUE;
  return FALSE;
}

/* What the shading counts. With a place selected or types hidden, the shading counts only the
 * events they leave, and says so: "0 of 124 have any" alone read as if the data had gone
 * (issue 7). */
static char *
format_summary (AtlasMapLegend *self,
                guint           n_shaded,
                guint           n_places)
{
  AtlasPlace *place = self->session ? atlas_session_get_selected_place (self->session) : NULL;

  if (place && atlas_session_get_n_highlighted (self->session) == 0)
    /* Translators: under the legend's colour ramp; %s is a place's name */
    return g_strdup_printf (_("No reported event at %s. Events elsewhere are hidden while it is selected."),
                            atlas_place_get_display_name (place));

  if (place)
    /* Translators: under the legend's colour ramp; %s is a place's name */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Only events at %s: %u of %u neighbourhoods has any",
                                         "Only events at %s: %u of %u neighbourhoods have any", n_shaded),
                            atlas_place_get_display_name (place), n_shaded, n_places);

  if (hides_types (self))
    /* Translators: under the legend's colour ramp, when the type filter hides some events */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Events of the types shown: %u of %u neighbourhoods has any",
                                         "Events of the types shown: %u of %u neighbourhoods have any", n_shaded),
                            n_shaded, n_places);

  /* Translators: under the legend's colour ramp */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Events per neighbourhood: %u of %u has any",
                                       "Events per neighbourhood: %u of %u have any", n_shaded),
                          n_shaded, n_places);
}

static void
update_legend (AtlasMapLegend *self)
{
  AtlasDate cursor = self->session ? atlas_session_get_time_cursor (self->session) : ATLAS_DATE_NONE;
  guint n_places = self->layer ? atlas_map_layer_get_n_places (self->layer) : 0;
  guint n_shaded = n_places - (self->layer ? atlas_map_layer_get_class_size (self->layer, 0) : 0);
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;

  if (cursor != ATLAS_DATE_NONE)
    {
      g_autofree char *text = atlas_locale_format_date (cursor, FALSE);

      /* Translators: the map legend's title; %s is a date */
      title = g_strdup_printf (_("Events up to %s"), text);
    }
  else
    title = g_strdup (_("All events on the timeline"));

  gtk_label_set_label (self->legend_title, title);

  for (guint i = 0; i < ATLAS_MAP_N_CLASSES; i++)
    {
      guint size = self->layer ? atlas_map_layer_get_class_size (self->layer, i) : 0;
      g_autofree char *events = NULL;
      g_autofree char *tooltip = NULL;

      if (i == 0)
        events = g_strdup (_("No event"));
      else if (i == ATLAS_MAP_N_CLASSES - 1)
        events = g_strdup_printf (_("%u or more events"), i);
      else
        events = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", i), i);

      /* Translators: a legend swatch: "2 events: 3 neighbourhoods" */
      tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u neighbourhood",
                                              "%s: %u neighbourhoods", size), events, size);
      gtk_widget_set_tooltip_text (gtk_widget_get_parent (self->swatches[i]), tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->swatches[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                      -1);
    }

  summary = format_summary (self, n_shaded, n_places);
  gtk_label_set_label (self->legend_summary, summary);
}

static void
draw_swatch_cb (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        user_data)
{
  AtlasStyle style = atlas_style_for_widget (GTK_WIDGET (area));
  guint32 rgb = atlas_map_get_palette (style)->classes[GPOINTER_TO_UINT (user_data)];
  GdkRGBA fg;

  /* The map's colours in the legend's style, edged in its text colour (issue 8) */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  cairo_rectangle (cr, 0.5, 0.5, width - 1, height - 1);
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, ATLAS_STYLE_IS_HC (style) ? 1.0 : 0.3);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

static void
draw_outline_sample_cb (GtkDrawingArea *area,
                        cairo_t        *cr,
                        int             width,
                        int             height,
                        gpointer        user_data)
{
  atlas_map_set_style (atlas_style_for_widget (GTK_WIDGET (area)));
  atlas_map_draw_outline_sample (cr, width, height, GPOINTER_TO_INT (user_data));
}

/* Folded, the legend is its title on one line and the button that unfolds it (issue 7: at
 * 1024 × 600 it covered 40% of the map) */
static void
update_fold (AtlasMapLegend *self)
{
  const char *text = self->folded ? _("Show the legend’s details") : _("Fold the legend");

  gtk_widget_set_visible (self->details, !self->folded);
  gtk_button_set_icon_name (self->fold_button, self->folded ? "pan-end-symbolic" : "pan-down-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->fold_button), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->fold_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->fold_button),
                               GTK_ACCESSIBLE_STATE_EXPANDED, !self->folded,
                               -1);
}

static void
on_fold_clicked_cb (GtkButton      *button,
                    AtlasMapLegend *self)
{
  self->user_chose = TRUE;
  atlas_map_legend_set_folded (self, !self->folded);
}

/* GObject overrides */

static void
atlas_map_legend_dispose (GObject *object)
{
  AtlasMapLegend *self = ATLAS_MAP_LEGEND (object);
  GtkWidget *child;

  if (self->session_signals)
    g_signal_group_set_target (self->session_signals, NULL);
  if (self->layer_signals)
    g_signal_group_set_target (self->layer_signals, NULL);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->layer_signals);
  g_clear_object (&self->session);
  g_clear_object (&self->layer);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_MAP_LEGEND);
  /* And the template's children that have no name */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (atlas_map_legend_parent_class)->dispose (object);
}

static void
atlas_map_legend_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AtlasMapLegend *self = ATLAS_MAP_LEGEND (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_LAYER:
      g_value_set_object (value, self->layer);
      break;

    case PROP_FOLDED:
      g_value_set_boolean (value, self->folded);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_map_legend_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AtlasMapLegend *self = ATLAS_MAP_LEGEND (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      atlas_map_legend_set_session (self, g_value_get_object (value));
      break;

    case PROP_LAYER:
      atlas_map_legend_set_layer (self, g_value_get_object (value));
      break;

    case PROP_FOLDED:
      atlas_map_legend_set_folded (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_map_legend_class_init (AtlasMapLegendClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_map_legend_dispose;
  object_class->get_property = atlas_map_legend_get_property;
  object_class->set_property = atlas_map_legend_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, ATLAS_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The layer whose shading it explains */
  properties[PROP_LAYER] =
    g_param_spec_object ("layer", NULL, NULL, ATLAS_TYPE_MAP_LAYER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Only the title shows */
  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/atlas-map-legend.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasMapLegend, legend_title);
  gtk_widget_class_bind_template_child (widget_class, AtlasMapLegend, fold_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasMapLegend, details);
  gtk_widget_class_bind_template_callback (widget_class, on_fold_clicked_cb);
  gtk_widget_class_bind_template_child (widget_class, AtlasMapLegend, swatch_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasMapLegend, legend_summary);
  gtk_widget_class_bind_template_child (widget_class, AtlasMapLegend, selected_sample);
  gtk_widget_class_bind_template_child (widget_class, AtlasMapLegend, event_sample);

  gtk_widget_class_set_css_name (widget_class, "atlasmaplegend");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
atlas_map_legend_init (AtlasMapLegend *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < ATLAS_MAP_N_CLASSES; i++)
    {
      GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *label;
      g_autofree char *text = i == ATLAS_MAP_N_CLASSES - 1 ? g_strdup_printf ("%u+", i)
                                                           : g_strdup_printf ("%u", i);

      self->swatches[i] = gtk_drawing_area_new ();
      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (self->swatches[i]), 34);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->swatches[i]), 12);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->swatches[i]), draw_swatch_cb,
                                      GUINT_TO_POINTER (i), NULL);
      label = gtk_label_new (i == 0 ? _("none") : text);
      gtk_widget_add_css_class (label, "numeric");
      gtk_box_append (GTK_BOX (column), self->swatches[i]);
      gtk_box_append (GTK_BOX (column), label);
      gtk_box_append (self->swatch_box, column);
    }
  gtk_drawing_area_set_draw_func (self->selected_sample, draw_outline_sample_cb, GINT_TO_POINTER (TRUE), NULL);
  gtk_drawing_area_set_draw_func (self->event_sample, draw_outline_sample_cb, GINT_TO_POINTER (FALSE), NULL);

  self->session_signals = g_signal_group_new (ATLAS_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "notify::time-cursor",
                                  G_CALLBACK (update_legend), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::selected-place",
                                  G_CALLBACK (update_legend), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::hidden-types",
                                  G_CALLBACK (update_legend), self);
  self->layer_signals = g_signal_group_new (ATLAS_TYPE_MAP_LAYER);
  g_signal_group_connect_swapped (self->layer_signals, "shading-changed",
                                  G_CALLBACK (update_legend), self);

  update_legend (self);
  update_fold (self);
}

/* Public API */

GtkWidget *
atlas_map_legend_new (void)
{
  return g_object_new (ATLAS_TYPE_MAP_LEGEND, NULL);
}

AtlasSession *
atlas_map_legend_get_session (AtlasMapLegend *self)
{
  g_return_val_if_fail (ATLAS_IS_MAP_LEGEND (self), NULL);
  return self->session;
}

void
atlas_map_legend_set_session (AtlasMapLegend *self,
                              AtlasSession   *session)
{
  g_return_if_fail (ATLAS_IS_MAP_LEGEND (self));
  g_return_if_fail (!session || ATLAS_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;

  g_signal_group_set_target (self->session_signals, session);
  update_legend (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

AtlasMapLayer *
atlas_map_legend_get_layer (AtlasMapLegend *self)
{
  g_return_val_if_fail (ATLAS_IS_MAP_LEGEND (self), NULL);
  return self->layer;
}

void
atlas_map_legend_set_layer (AtlasMapLegend *self,
                            AtlasMapLayer  *layer)
{
  g_return_if_fail (ATLAS_IS_MAP_LEGEND (self));
  g_return_if_fail (!layer || ATLAS_IS_MAP_LAYER (layer));

  if (!g_set_object (&self->layer, layer))
    return;

  g_signal_group_set_target (self->layer_signals, layer);
  update_legend (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAYER]);
}

gboolean
atlas_map_legend_get_folded (AtlasMapLegend *self)
{
  g_return_val_if_fail (ATLAS_IS_MAP_LEGEND (self), FALSE);
  return self->folded;
}

void
atlas_map_legend_set_folded (AtlasMapLegend *self,
                             gboolean        folded)
{
  g_return_if_fail (ATLAS_IS_MAP_LEGEND (self));

  folded = !!folded;
  if (self->folded == folded)
    return;

  self->folded = folded;
  update_fold (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDED]);
}

gboolean
atlas_map_legend_get_compact (AtlasMapLegend *self)
{
  g_return_val_if_fail (ATLAS_IS_MAP_LEGEND (self), FALSE);
  return self->compact;
}

/**
 * atlas_map_legend_set_compact:
 * @compact: whether the map is small
 *
 * On a small map the legend folds, and on a large one unfolds, until it is folded or unfolded
 * by hand: from then on that choice holds, for as long as the legend lives.
 */
void
atlas_map_legend_set_compact (AtlasMapLegend *self,
                              gboolean        compact)
{
  g_return_if_fail (ATLAS_IS_MAP_LEGEND (self));

  self->compact = !!compact;
  if (!self->user_chose)
    atlas_map_legend_set_folded (self, self->compact);
}

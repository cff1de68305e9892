/* atlas-map-focus-layer.c: the ring around the neighbourhood the keyboard is on
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-map-focus-layer"

#include "config.h"

#include "atlas-map-focus-layer.h"
#include "atlas-map-shape.h"

/*
 * A layer of its own above the polygons, so that the polygon layer's drawing and caching are
 * untouched: it strokes one outline, that of the place the arrow keys are on (issue 7), while
 * the map has the keyboard focus ("active").
 *
 * The ring is GNOME's focus colour, dashed, on a white casing: unlike the selected place (a
 * solid blue band, which shows through the gaps when the focused place is also selected) and
 * unlike the places of the selected event (dashed, near black, no casing).
 */

#define FOCUS_COLOR 0x3584e4   /* GNOME blue 3: GTK's focus ring, there at half opacity */

struct _AtlasMapFocusLayer
{
  ShumateLayer   parent_instance;

  AtlasPlace    *place;
  AtlasMapShape *shape;     /* @place's, projected; NULL if it has no polygon */
  gboolean       active;
};

G_DEFINE_FINAL_TYPE (AtlasMapFocusLayer, atlas_map_focus_layer, SHUMATE_TYPE_LAYER)

static void
set_source_rgb (cairo_t *cr,
                guint32  rgb,
                double   alpha)
{
  cairo_set_source_rgba (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                         (rgb & 0xff) / 255.0, alpha);
}

static void
atlas_map_focus_layer_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  AtlasMapFocusLayer *self = ATLAS_MAP_FOCUS_LAYER (widget);
  static const double dashes[] = { 6, 4 };
  AtlasMapProjection proj;
  cairo_t *cr;

  if (!atlas_map_focus_layer_get_ring_visible (self) ||
      !atlas_map_projection_init (&proj, shumate_layer_get_viewport (SHUMATE_LAYER (self)),
                                  gtk_widget_get_width (widget), gtk_widget_get_height (widget)) ||
      proj.width <= 0 || proj.height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, proj.width, proj.height));
  if (proj.rotation != 0)
    {
      cairo_translate (cr, proj.width / 2, proj.height / 2);
      cairo_rotate (cr, proj.rotation);
      cairo_translate (cr, -proj.width / 2, -proj.height / 2);
    }

  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  atlas_map_shape_append_path (cr, self->shape, &proj);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_set_line_width (cr, 5.0);
  set_source_rgb (cr, 0xffffff, 0.95);
  cairo_stroke_preserve (cr);
  cairo_set_line_width (cr, 2.5);
  set_source_rgb (cr, FOCUS_COLOR, 1.0);
  cairo_stroke (cr);

  cairo_destroy (cr);
}

static void
atlas_map_focus_layer_constructed (GObject *object)
{
  AtlasMapFocusLayer *self = ATLAS_MAP_FOCUS_LAYER (object);
  ShumateViewport *viewport;

  G_OBJECT_CLASS (atlas_map_focus_layer_parent_class)->constructed (object);

  if ((viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self))))
    g_signal_connect_object (viewport, "notify", G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

static void
atlas_map_focus_layer_dispose (GObject *object)
{
  AtlasMapFocusLayer *self = ATLAS_MAP_FOCUS_LAYER (object);

  g_clear_pointer (&self->shape, atlas_map_shape_free);
  g_clear_object (&self->place);

  G_OBJECT_CLASS (atlas_map_focus_layer_parent_class)->dispose (object);
}

static void
atlas_map_focus_layer_class_init (AtlasMapFocusLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = atlas_map_focus_layer_constructed;
  object_class->dispose = atlas_map_focus_layer_dispose;
  widget_class->snapshot = atlas_map_focus_layer_snapshot;

  gtk_widget_class_set_css_name (widget_class, "atlasmapfocuslayer");
}

static void
atlas_map_focus_layer_init (AtlasMapFocusLayer *self)
{
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}

AtlasMapFocusLayer *
atlas_map_focus_layer_new (ShumateViewport *viewport)
{
  g_return_val_if_fail (SHUMATE_IS_VIEWPORT (viewport), NULL);

  return g_object_new (ATLAS_TYPE_MAP_FOCUS_LAYER, "viewport", viewport, NULL);
}

/**
 * atlas_map_focus_layer_get_place:
 *
 * Returns: (transfer none) (nullable): the place the keyboard is on
 */
AtlasPlace *
atlas_map_focus_layer_get_place (AtlasMapFocusLayer *self)
{
  g_return_val_if_fail (ATLAS_IS_MAP_FOCUS_LAYER (self), NULL);
  return self->place;
}

void
atlas_map_focus_layer_set_place (AtlasMapFocusLayer *self,
                                 AtlasPlace         *place)
{
  g_return_if_fail (ATLAS_IS_MAP_FOCUS_LAYER (self));
  g_return_if_fail (!place || ATLAS_IS_PLACE (place));

  if (!g_set_object (&self->place, place))
    return;

  g_clear_pointer (&self->shape, atlas_map_shape_free);
  if (place && atlas_place_get_geometry (place))
    self->shape = atlas_map_shape_new (place);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
atlas_map_focus_layer_get_active (AtlasMapFocusLayer *self)
{
  g_return_val_if_fail (ATLAS_IS_MAP_FOCUS_LAYER (self), FALSE);
  return self->active;
}

/* Whether the map has the keyboard focus: the ring is drawn only then */
void
atlas_map_focus_layer_set_active (AtlasMapFocusLayer *self,
                                  gboolean            active)
{
  g_return_if_fail (ATLAS_IS_MAP_FOCUS_LAYER (self));

  if (self->active == !!active)
    return;

  self->active = !!active;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Whether the next frame draws a ring */
gboolean
atlas_map_focus_layer_get_ring_visible (AtlasMapFocusLayer *self)
{
  g_return_val_if_fail (ATLAS_IS_MAP_FOCUS_LAYER (self), FALSE);
  return self->active && self->shape != NULL;
}

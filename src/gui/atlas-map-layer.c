/* atlas-map-layer.c: every neighbourhood polygon of the KB, drawn in one layer
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-map-layer"

#include "config.h"

#include <math.h>

#include "atlas-map-layer-private.h"

/*
 * One layer draws all the polygons with cairo, rather than one widget per polygon: 124 units
 * with a few thousand vertices are cheap to stroke, and one widget keeps hit-testing in map
 * coordinates, where holes and multipolygons are handled by atlas_geometry_contains().
 *
 * The layer's jobs are split along their seams: the shapes, projected once per KB, and how
 * they are drawn (atlas-map-shape.c); the pixels reused from frame to frame
 * (atlas-map-cache.c); where the labels go (atlas-label-placer.c). The layer follows the
 * session, counts the events that shade each place and puts a frame together. Only the
 * outlines of the selected place and of the selected event's places, a few units, are
 * stroked in every frame.
 */

enum {
  PROP_0,
  PROP_SESSION,
  PROP_TRANSLUCENT,
  N_PROPS
};

enum {
  SHADING_CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (AtlasMapLayer, atlas_map_layer, SHUMATE_TYPE_LAYER)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Helpers */

/* The fills or boundaries changed: the next frame draws them again */
static void
invalidate_cache (AtlasMapLayer *self)
{
  atlas_map_cache_clear (&self->cache);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The counts are the session's: the highlighted events at each place up to the time cursor,
 * by the one rule of what is at a place (atlas_kb_get_places_for_event) */
static void
update_counts (AtlasMapLayer *self)
{
  memset (self->class_sizes, 0, sizeof self->class_sizes);

  for (guint i = 0; i < self->shapes->len; i++)
    {
      AtlasMapShape *shape = g_ptr_array_index (self->shapes, i);

      shape->count = self->session ? atlas_session_get_place_count (self->session, shape->place) : 0;
    }

  for (guint i = 0; i < self->shapes->len; i++)
    {
      AtlasMapShape *shape = g_ptr_array_index (self->shapes, i);
      guint klass = atlas_map_count_to_class (shape->count);

      self->class_sizes[klass]++;
      /* The fills only change with the classes; the labels' order with the counts */
      if (klass != shape->klass)
        {
          shape->klass = klass;
          atlas_map_cache_clear (&self->cache);
        }
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[SHADING_CHANGED], 0);
}

static void
update_event_places (AtlasMapLayer *self)
{
  AtlasEvent *event = self->session ? atlas_session_get_selected_event (self->session) : NULL;

  for (guint i = 0; i < self->shapes->len; i++)
    ((AtlasMapShape *) g_ptr_array_index (self->shapes, i))->in_event = FALSE;

  for (guint p = 0; event && p < atlas_event_get_n_places (event); p++)
    {
      AtlasMapShape *shape = g_hash_table_lookup (self->shape_by_place, atlas_event_get_place (event, p));

      if (shape)
        shape->in_event = TRUE;
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
rebuild_shapes (AtlasMapLayer *self)
{
  AtlasKb *kb = self->session ? atlas_session_get_kb (self->session) : NULL;

  g_set_object (&self->kb, kb);
  g_hash_table_remove_all (self->shape_by_place);
  atlas_label_placer_reset (self->placer, 0, 0);
  g_array_set_size (self->points, 0);
  g_ptr_array_set_size (self->shapes, 0);
  invalidate_cache (self);

  if (kb)
    {
      GListModel *places = atlas_kb_get_places (kb);
      guint n = g_list_model_get_n_items (places);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(AtlasPlace) place = g_list_model_get_item (places, i);
          AtlasMapShape *shape;
          double lat, lon;

          /* The places the map view draws as markers (see rebuild_places() there): labels
           * keep clear of them */
          if (atlas_place_get_geometry (place) == NULL)
            {
              if (atlas_place_get_location (place, &lat, &lon) &&
                  atlas_place_get_precision (place) != ATLAS_PRECISION_UNKNOWN)
                {
                  double point[2] = { atlas_map_mercator_x (lon), atlas_map_mercator_y (lat) };
                  g_array_append_vals (self->points, point, 2);
                }
              continue;
            }

          shape = atlas_map_shape_new (place);
          g_ptr_array_add (self->shapes, shape);
          g_hash_table_insert (self->shape_by_place, place, shape);
        }
    }

  update_event_places (self);
  update_counts (self);
}

static gboolean
get_projection (AtlasMapLayer      *self,
                AtlasMapProjection *proj)
{
  return atlas_map_projection_init (proj, shumate_layer_get_viewport (SHUMATE_LAYER (self)),
                                    gtk_widget_get_width (GTK_WIDGET (self)),
                                    gtk_widget_get_height (GTK_WIDGET (self)));
}

static gboolean
settle_cb (gpointer user_data)
{
  AtlasMapLayer *self = user_data;

  self->settle_id = 0;
  self->settling = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

/* A frame was approximate: everything is drawn again exactly once the view is still */
static void
schedule_settle (AtlasMapLayer *self)
{
  g_clear_handle_id (&self->settle_id, g_source_remove);
  self->settle_id = g_timeout_add (ATLAS_MAP_CACHE_SETTLE_MS, settle_cb, self);
  g_source_set_name_by_id (self->settle_id, "[atlas] settle map layer");
}

/* Everything drawn from the vertices, in one cairo node: for a rotated map */
static void
snapshot_rotated (AtlasMapLayer            *self,
                  GtkSnapshot              *snapshot,
                  GPtrArray                *visible,
                  GPtrArray                *labels,
                  AtlasMapShape            *selected_shape,
                  const AtlasMapProjection *proj)
{
  cairo_matrix_t rotation;
  cairo_t *cr;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, proj->width, proj->height));

  cairo_translate (cr, proj->width / 2, proj->height / 2);
  cairo_rotate (cr, proj->rotation);
  cairo_translate (cr, -proj->width / 2, -proj->height / 2);

  atlas_map_draw_fills (cr, visible, proj, self->translucent);
  atlas_map_draw_outlines (cr, visible, selected_shape, proj);

  /* Labels, most important first, never on top of one another */
  cairo_get_matrix (cr, &rotation);
  cairo_identity_matrix (cr);
  _atlas_map_layer_place_labels (self, &rotation, labels, selected_shape, proj);
  for (guint i = 0; i < atlas_label_placer_get_n_labels (self->placer); i++)
    {
      graphene_rect_t box;
      AtlasMapShape *shape = _atlas_map_layer_get_placed_label (self, i, &box);

      if (shape)
        atlas_map_draw_label (cr, shape->label_layout, box.origin.x + shape->label_dx, box.origin.y + shape->label_dy);
    }

  cairo_destroy (cr);
}

/* Callbacks */

static void
on_session_kb_changed_cb (AtlasMapLayer *self)
{
  _atlas_map_layer_clear_layouts (self);
  rebuild_shapes (self);
}

static void
on_session_selected_event_changed_cb (AtlasMapLayer *self)
{
  update_event_places (self);
}

/* Overrides */

static void
atlas_map_layer_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  AtlasMapLayer *self = ATLAS_MAP_LAYER (widget);
  AtlasPlace *selected = self->session ? atlas_session_get_selected_place (self->session) : NULL;
  AtlasMapShape *selected_shape = selected ? g_hash_table_lookup (self->shape_by_place, selected) : NULL;
  int scale = gtk_widget_get_scale_factor (widget);
  g_autoptr(GPtrArray) visible = NULL;
  g_autoptr(GPtrArray) labels = NULL;
  double view_x0, view_y0, view_x1, view_y1, radius;
  gboolean exact, has_outlines = selected_shape != NULL;
  AtlasMapProjection proj, drawn;
  AtlasStyle style;
  cairo_t *cr;
  guint serial;

  atlas_label_placer_reset (self->placer, 0, 0);
  if (self->shapes->len == 0 || !get_projection (self, &proj) || proj.width <= 0 || proj.height <= 0)
    return;

  /* What is on screen, in normalised Mercator: a circle around the centre covers any rotation */
  radius = hypot (proj.width, proj.height) / 2;
  view_x0 = (proj.origin_x + proj.width / 2 - radius) / proj.world;
  view_x1 = (proj.origin_x + proj.width / 2 + radius) / proj.world;
  view_y0 = (proj.origin_y + proj.height / 2 - radius) / proj.world;
  view_y1 = (proj.origin_y + proj.height / 2 + radius) / proj.world;

  visible = g_ptr_array_new ();
  for (guint i = 0; i < self->shapes->len; i++)
    {
      AtlasMapShape *shape = g_ptr_array_index (self->shapes, i);

      if (shape->max_x >= view_x0 && shape->min_x <= view_x1 &&
          shape->max_y >= view_y0 && shape->min_y <= view_y1)
        {
          g_ptr_array_add (visible, shape);
          has_outlines |= shape->in_event;
        }
    }

  if (visible->len == 0)
    return;

  /* Dark or high contrast came or went: the fills and labels in their colours (issue 8) */
  style = atlas_style_for_widget (widget);
  atlas_map_set_style (style);
  if (style != self->style)
    {
      atlas_map_cache_clear (&self->cache);
      _atlas_map_layer_clear_label_images (self);
      self->style = style;
    }

  /* The labels' font changed */
  serial = pango_context_get_serial (gtk_widget_get_pango_context (widget));
  if (serial != self->label_serial)
    {
      _atlas_map_layer_clear_label_images (self);
      self->label_serial = serial;
    }

  /* Labels, most important first (the selected place's before all), never on top of one
   * another; fills and outlines in the KB's order */
  labels = g_ptr_array_copy (visible, NULL, NULL);
  g_ptr_array_sort (labels, _atlas_map_layer_compare_label_priority);
  if (selected_shape)
    {
      g_ptr_array_remove (labels, selected_shape);
      g_ptr_array_insert (labels, 0, selected_shape);
    }

  if (proj.rotation != 0)
    {
      snapshot_rotated (self, snapshot, visible, labels, selected_shape, &proj);
      self->settling = FALSE;
      return;
    }

  /* One cairo node that paints the cached images, which it records as references (see
   * paint_surface() in atlas-map-cache.c), and strokes the outlines. Texture nodes would be no faster: GTK 4.8's
   * cairo renderer converts a texture's pixels one by one in every frame, and with the GL
   * renderer (on llvmpipe) they measured no better than this node. */
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, proj.width, proj.height));

  exact = atlas_map_cache_paint_fills (&self->cache, cr, self->shapes, self->translucent, &proj, scale,
                                       self->settling, &drawn);
  if (has_outlines)
    atlas_map_draw_outlines (cr, visible, selected_shape, &drawn);

  _atlas_map_layer_place_labels (self, NULL, labels, selected_shape, &drawn);
  for (guint i = 0; i < atlas_label_placer_get_n_labels (self->placer); i++)
    {
      graphene_rect_t box;
      AtlasMapShape *shape = _atlas_map_layer_get_placed_label (self, i, &box);

      if (shape)
        exact &= _atlas_map_layer_paint_label (self, cr, shape, &box, scale);
    }

  cairo_destroy (cr);
  self->settling = FALSE;
  if (!exact)
    schedule_settle (self);
}

static void
atlas_map_layer_system_setting_changed (GtkWidget        *widget,
                                        GtkSystemSetting  setting)
{
  AtlasMapLayer *self = ATLAS_MAP_LAYER (widget);

  if (setting == GTK_SYSTEM_SETTING_FONT_NAME || setting == GTK_SYSTEM_SETTING_DPI ||
      setting == GTK_SYSTEM_SETTING_FONT_CONFIG)
    {
      _atlas_map_layer_clear_layouts (self);
      gtk_widget_queue_draw (widget);
    }

  GTK_WIDGET_CLASS (atlas_map_layer_parent_class)->system_setting_changed (widget, setting);
}

static void
atlas_map_layer_unmap (GtkWidget *widget)
{
  AtlasMapLayer *self = ATLAS_MAP_LAYER (widget);

  /* Megabytes of pixels for a view no longer on screen */
  g_clear_handle_id (&self->settle_id, g_source_remove);
  atlas_map_cache_clear (&self->cache);
  _atlas_map_layer_clear_label_images (self);

  GTK_WIDGET_CLASS (atlas_map_layer_parent_class)->unmap (widget);
}

static void
atlas_map_layer_constructed (GObject *object)
{
  AtlasMapLayer *self = ATLAS_MAP_LAYER (object);
  ShumateViewport *viewport;

  G_OBJECT_CLASS (atlas_map_layer_parent_class)->constructed (object);

  viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  if (viewport)
    g_signal_connect_object (viewport, "notify", G_CALLBACK (gtk_widget_queue_draw),
                             self, G_CONNECT_SWAPPED);
}

static void
atlas_map_layer_dispose (GObject *object)
{
  AtlasMapLayer *self = ATLAS_MAP_LAYER (object);

  g_clear_handle_id (&self->settle_id, g_source_remove);
  atlas_map_cache_clear (&self->cache);
  if (self->session_signals)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->session);
  g_clear_object (&self->kb);
  if (self->shape_by_place)
    g_hash_table_remove_all (self->shape_by_place);
  if (self->shapes)
    g_ptr_array_set_size (self->shapes, 0);

  G_OBJECT_CLASS (atlas_map_layer_parent_class)->dispose (object);
}

static void
atlas_map_layer_finalize (GObject *object)
{
  AtlasMapLayer *self = ATLAS_MAP_LAYER (object);

  g_clear_pointer (&self->shape_by_place, g_hash_table_unref);
  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->obstacles, g_array_unref);
  g_clear_pointer (&self->placer, atlas_label_placer_free);
  g_clear_pointer (&self->shapes, g_ptr_array_unref);

  G_OBJECT_CLASS (atlas_map_layer_parent_class)->finalize (object);
}

static void
atlas_map_layer_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AtlasMapLayer *self = ATLAS_MAP_LAYER (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_TRANSLUCENT:
      g_value_set_boolean (value, self->translucent);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_map_layer_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  AtlasMapLayer *self = ATLAS_MAP_LAYER (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      atlas_map_layer_set_session (self, g_value_get_object (value));
      break;

    case PROP_TRANSLUCENT:
      atlas_map_layer_set_translucent (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_map_layer_class_init (AtlasMapLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = atlas_map_layer_constructed;
  object_class->dispose = atlas_map_layer_dispose;
  object_class->finalize = atlas_map_layer_finalize;
  object_class->get_property = atlas_map_layer_get_property;
  object_class->set_property = atlas_map_layer_set_property;

  widget_class->snapshot = atlas_map_layer_snapshot;
  widget_class->system_setting_changed = atlas_map_layer_system_setting_changed;
  widget_class->unmap = atlas_map_layer_unmap;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, ATLAS_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TRANSLUCENT] =
    g_param_spec_boolean ("translucent", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted after the per-place counts changed, for the legend */
  signals[SHADING_CHANGED] =
    g_signal_new ("shading-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "atlasmaplayer");
}

static void
atlas_map_layer_init (AtlasMapLayer *self)
{
  self->shapes = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_map_shape_free);
  self->points = g_array_new (FALSE, FALSE, sizeof (double));
  self->placer = atlas_label_placer_new (0, 0);
  self->shape_by_place = g_hash_table_new (NULL, NULL);

  self->session_signals = g_signal_group_new (ATLAS_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "notify::kb",
                                  G_CALLBACK (on_session_kb_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "place-counts-changed",
                                  G_CALLBACK (update_counts), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::selected-place",
                                  G_CALLBACK (gtk_widget_queue_draw), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::selected-event",
                                  G_CALLBACK (on_session_selected_event_changed_cb), self);

  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}

/* Public API */

AtlasMapLayer *
atlas_map_layer_new (ShumateViewport *viewport)
{
  g_return_val_if_fail (SHUMATE_IS_VIEWPORT (viewport), NULL);

  return g_object_new (ATLAS_TYPE_MAP_LAYER, "viewport", viewport, NULL);
}

AtlasSession *
atlas_map_layer_get_session (AtlasMapLayer *self)
{
  g_return_val_if_fail (ATLAS_IS_MAP_LAYER (self), NULL);
  return self->session;
}

void
atlas_map_layer_set_session (AtlasMapLayer *self,
                             AtlasSession  *session)
{
  g_return_if_fail (ATLAS_IS_MAP_LAYER (self));
  g_return_if_fail (!session || ATLAS_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;

  g_signal_group_set_target (self->session_signals, session);
  _atlas_map_layer_clear_layouts (self);
  rebuild_shapes (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

gboolean
atlas_map_layer_get_translucent (AtlasMapLayer *self)
{
  g_return_val_if_fail (ATLAS_IS_MAP_LAYER (self), FALSE);
  return self->translucent;
}

/* Translucent fills let raster tiles show through */
void
atlas_map_layer_set_translucent (AtlasMapLayer *self,
                                 gboolean       translucent)
{
  g_return_if_fail (ATLAS_IS_MAP_LAYER (self));

  translucent = !!translucent;
  if (self->translucent == translucent)
    return;

  self->translucent = translucent;
  invalidate_cache (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRANSLUCENT]);
}

/**
 * atlas_map_layer_set_obstacles:
 * @obstacles: (element-type graphene_rect_t) (nullable): boxes over the map, in @self's
 *   coordinates, which labels keep clear of: the map's buttons, legend and credits
 */
void
atlas_map_layer_set_obstacles (AtlasMapLayer *self,
                               GArray        *obstacles)
{
  g_return_if_fail (ATLAS_IS_MAP_LAYER (self));

  if (obstacles)
    g_array_ref (obstacles);
  g_clear_pointer (&self->obstacles, g_array_unref);
  self->obstacles = obstacles;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * atlas_map_layer_place_at:
 * @x: x in @self's coordinates
 * @y: y in @self's coordinates
 *
 * Returns: (transfer none) (nullable): the polygon place drawn at (@x, @y); never a place
 *   whose hole is there
 */
AtlasPlace *
atlas_map_layer_place_at (AtlasMapLayer *self,
                          double         x,
                          double         y)
{
  ShumateViewport *viewport;
  double lat = 0, lon = 0;

  g_return_val_if_fail (ATLAS_IS_MAP_LAYER (self), NULL);

  viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  if (viewport == NULL || shumate_viewport_get_reference_map_source (viewport) == NULL)
    return NULL;

  shumate_viewport_widget_coords_to_location (viewport, GTK_WIDGET (self), x, y, &lat, &lon);

  /* Last drawn is on top */
  return atlas_map_layer_get_place_containing (self, lon, lat);
}

/**
 * atlas_map_layer_get_place_containing:
 *
 * Returns: (transfer none) (nullable): the polygon place with (@lon, @lat) inside it, the last
 *   drawn if several
 */
AtlasPlace *
atlas_map_layer_get_place_containing (AtlasMapLayer *self,
                                      double         lon,
                                      double         lat)
{
  g_return_val_if_fail (ATLAS_IS_MAP_LAYER (self), NULL);

  for (guint i = self->shapes->len; i > 0; i--)
    {
      AtlasMapShape *shape = g_ptr_array_index (self->shapes, i - 1);

      if (atlas_bounds_contains (&shape->bounds, lon, lat) &&
          atlas_geometry_contains (atlas_place_get_geometry (shape->place), lon, lat))
        return shape->place;
    }

  return NULL;
}

/**
 * atlas_map_layer_get_label_box:
 * @box: (out) (optional): where the label was, in @self's coordinates
 *
 * Returns: whether the last frame drawn wrote @place's name on the map
 */
gboolean
atlas_map_layer_get_label_box (AtlasMapLayer   *self,
                               AtlasPlace      *place,
                               graphene_rect_t *box)
{
  g_return_val_if_fail (ATLAS_IS_MAP_LAYER (self), FALSE);

  return atlas_label_placer_lookup (self->placer, place, NULL, box);
}

/**
 * atlas_map_layer_get_label_placer:
 *
 * Returns: (transfer none) (nullable): where the last frame drawn placed its labels, and
 *   which it dropped, with the markers it kept them clear of
 */
AtlasLabelPlacer *
atlas_map_layer_get_label_placer (AtlasMapLayer *self)
{
  g_return_val_if_fail (ATLAS_IS_MAP_LAYER (self), NULL);
  return self->placer;
}

/* The number of polygon places drawn */
guint
atlas_map_layer_get_n_places (AtlasMapLayer *self)
{
  g_return_val_if_fail (ATLAS_IS_MAP_LAYER (self), 0);
  return self->shapes->len;
}

/* The number of polygon places shaded with @klass */
guint
atlas_map_layer_get_class_size (AtlasMapLayer *self,
                                guint          klass)
{
  g_return_val_if_fail (ATLAS_IS_MAP_LAYER (self), 0);
  g_return_val_if_fail (klass < ATLAS_MAP_N_CLASSES, 0);
  return self->class_sizes[klass];
}

/* The number of events @place is shaded for; 0 for a place without a polygon */
guint
atlas_map_layer_get_place_count (AtlasMapLayer *self,
                                 AtlasPlace    *place)
{
  AtlasMapShape *shape;

  g_return_val_if_fail (ATLAS_IS_MAP_LAYER (self), 0);

  shape = g_hash_table_lookup (self->shape_by_place, place);
  return shape ? shape->count : 0;
}

/* Whether @place is drawn with the dashed outline of a place of the selected event; FALSE for
 * a place without a polygon */
gboolean
atlas_map_layer_get_place_in_event (AtlasMapLayer *self,
                                    AtlasPlace    *place)
{
  AtlasMapShape *shape;

  g_return_val_if_fail (ATLAS_IS_MAP_LAYER (self), FALSE);

  shape = g_hash_table_lookup (self->shape_by_place, place);
  return shape ? shape->in_event : FALSE;
}

/* The bounds of all the polygons; FALSE when there are none */
gboolean
atlas_map_layer_get_bounds (AtlasMapLayer *self,
                            AtlasBounds   *bounds)
{
  g_return_val_if_fail (ATLAS_IS_MAP_LAYER (self), FALSE);
  g_return_val_if_fail (bounds != NULL, FALSE);

  atlas_bounds_init_empty (bounds);
  for (guint i = 0; i < self->shapes->len; i++)
    {
      AtlasMapShape *shape = g_ptr_array_index (self->shapes, i);

      atlas_bounds_extend (bounds, shape->bounds.min_lon, shape->bounds.min_lat);
      atlas_bounds_extend (bounds, shape->bounds.max_lon, shape->bounds.max_lat);
    }

  return !atlas_bounds_is_empty (bounds);
}

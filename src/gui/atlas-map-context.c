/* atlas-map-context.c: Syria, its governorates and the city's outline, under the neighbourhoods
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-map-context"

#include "config.h"

#include <math.h>

#include "atlas-map-context.h"
#include "atlas-map-shape.h"

/*
 * Issue 7: at Nubl or Khan Touman the map was a dot on empty grey, since nothing but the
 * neighbourhoods was drawn and the street map is off by default (and needs a network). This
 * layer draws, at every zoom and offline, what says where a place is: the country's border,
 * its governorates with their names, and the city as a whole: the outline of the union of the
 * neighbourhoods (their boundaries stroked wide under the neighbourhoods' fills, which cover
 * the inner half of every stroke, so only the outer edge stays) and, when zoomed out, a dot
 * and the region's name.
 *
 * Everything here is quiet grey: it is a backdrop for the KB's places, not a subject. Names go
 * through an AtlasLabelPlacer, clear of the markers, of the map's overlay widgets and of one
 * another, and only where they fit inside their area.
 */

#define CONTEXT_RESOURCE      RESOURCE_PREFIX "/geodata/ocha_syr_context.geojson"

/* In the style's palette (atlas-map-shape.c, issue 8) */
#define COUNTRY_FILL          (atlas_map_get_current_palette ()->context_fill)
#define COUNTRY_LINE          (atlas_map_get_current_palette ()->context_country_line)
#define GOVERNORATE_LINE      (atlas_map_get_current_palette ()->context_governorate_line)
#define CITY_LINE             (atlas_map_get_current_palette ()->context_city_line)
#define NAME_COLOR            (atlas_map_get_current_palette ()->context_name)
#define CITY_NAME_COLOR       (atlas_map_get_current_palette ()->context_city_name)
#define HALO_COLOR            (atlas_map_get_current_palette ()->halo)

#define CITY_LABEL_MAX_ZOOM   10.5      /* above it, the neighbourhoods' own names take over */
#define AREA_LABEL_MAX_ZOOM   10.0
#define CITY_DOT_RADIUS       4.0
#define MARKER_CLEARANCE      9.0       /* as in atlas-map-layer-labels.c */

typedef struct
{
  const AtlasContextArea *area;
  double      *xy;                /* normalised Mercator, rings one after another */
  guint       *ring_sizes;
  guint        n_rings;
  double       min_x, min_y, max_x, max_y;
  double       label_x, label_y;
  PangoLayout *layout;
} ContextShape;

struct _AtlasMapContext
{
  ShumateLayer      parent_instance;

  AtlasSession     *session;
  GSignalGroup     *session_signals;
  AtlasContext     *context;
  GPtrArray        *shapes;       /* ContextShape*, country first */

  GArray           *city_xy;      /* normalised Mercator of every neighbourhood ring */
  GArray           *city_rings;   /* guint: their sizes */
  double            city_min_x, city_min_y, city_max_x, city_max_y;
  double            city_x, city_y;   /* the region's centre */
  gboolean          has_city;
  PangoLayout      *city_layout;

  GArray           *points;       /* normalised Mercator x, y of each point place (a marker) */
  GArray           *obstacles;    /* graphene_rect_t, in the layer's coordinates */
  AtlasLabelPlacer *placer;

  guint             n_drawn_areas;
  guint             show_fill : 1;
  guint             city_drawn : 1;
};

G_DEFINE_FINAL_TYPE (AtlasMapContext, atlas_map_context, SHUMATE_TYPE_LAYER)

/* Helpers */

static void
set_source_rgb (cairo_t *cr,
                guint    rgb,
                double   alpha)
{
  cairo_set_source_rgba (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0, alpha);
}

static void
context_shape_free (ContextShape *shape)
{
  g_free (shape->xy);
  g_free (shape->ring_sizes);
  g_clear_object (&shape->layout);
  g_free (shape);
}

/* Appends the rings of @geometry to @xy and their sizes to @rings */
static void
project_geometry (const AtlasGeometry *geometry,
                  GArray              *xy,
                  GArray              *rings)
{
  for (guint p = 0; p < atlas_geometry_get_n_polygons (geometry); p++)
    for (guint i = 0; i < atlas_geometry_get_n_rings (geometry, p); i++)
      {
        guint n;
        const double *ring = atlas_geometry_get_ring (geometry, p, i, &n);

        for (guint j = 0; j < n; j++)
          {
            double point[2] = { atlas_map_mercator_x (ring[2 * j]), atlas_map_mercator_y (ring[2 * j + 1]) };

            g_array_append_vals (xy, point, 2);
          }
        g_array_append_val (rings, n);
      }
}

static void
load_context (AtlasMapContext *self)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (!(bytes = g_resources_lookup_data (CONTEXT_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error)) ||
      !(self->context = atlas_context_new_from_bytes (bytes, &error)))
    {
      g_warning ("The map’s context layer could not be loaded: %s", error->message);
      return;
    }

  for (guint i = 0; i < atlas_context_get_n_areas (self->context); i++)
    {
      const AtlasContextArea *area = atlas_context_get_area (self->context, i);
      g_autoptr(GArray) xy = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) rings = g_array_new (FALSE, FALSE, sizeof (guint));
      ContextShape *shape = g_new0 (ContextShape, 1);
      AtlasBounds bounds;

      project_geometry (area->geometry, xy, rings);
      atlas_geometry_get_bounds (area->geometry, &bounds);
      shape->area = area;
      shape->n_rings = rings->len;
      shape->xy = (double *) g_array_free (g_steal_pointer (&xy), FALSE);
      shape->ring_sizes = (guint *) g_array_free (g_steal_pointer (&rings), FALSE);
      shape->min_x = atlas_map_mercator_x (bounds.min_lon);
      shape->max_x = atlas_map_mercator_x (bounds.max_lon);
      shape->min_y = atlas_map_mercator_y (bounds.max_lat);
      shape->max_y = atlas_map_mercator_y (bounds.min_lat);
      shape->label_x = atlas_map_mercator_x (area->label_lon);
      shape->label_y = atlas_map_mercator_y (area->label_lat);

      /* The country first: it is filled under the governorates' lines */
      if (area->level == 0)
        g_ptr_array_insert (self->shapes, 0, shape);
      else
        g_ptr_array_add (self->shapes, shape);
    }
}

static void
rebuild_city (AtlasMapContext *self)
{
  AtlasKb *kb = self->session ? atlas_session_get_kb (self->session) : NULL;
  AtlasBounds bounds;
  double lat, lon;

  g_array_set_size (self->city_xy, 0);
  g_array_set_size (self->city_rings, 0);
  g_array_set_size (self->points, 0);
  g_clear_object (&self->city_layout);
  self->has_city = FALSE;
  atlas_bounds_init_empty (&bounds);

  if (kb)
    {
      GListModel *places = atlas_kb_get_places (kb);

      for (guint i = 0; i < g_list_model_get_n_items (places); i++)
        {
          g_autoptr(AtlasPlace) place = g_list_model_get_item (places, i);
          AtlasGeometry *geometry = atlas_place_get_geometry (place);
          AtlasBounds place_bounds;

          if (geometry)
            {
              project_geometry (geometry, self->city_xy, self->city_rings);
              atlas_geometry_get_bounds (geometry, &place_bounds);
              atlas_bounds_extend (&bounds, place_bounds.min_lon, place_bounds.min_lat);
              atlas_bounds_extend (&bounds, place_bounds.max_lon, place_bounds.max_lat);
            }
          /* The places the map view draws as markers: names keep clear of them */
          else if (atlas_place_get_location (place, &lat, &lon) &&
                   atlas_place_get_precision (place) != ATLAS_PRECISION_UNKNOWN)
            {
              double point[2] = { atlas_map_mercator_x (lon), atlas_map_mercator_y (lat) };

              g_array_append_vals (self->points, point, 2);
            }
        }
    }

  if (!atlas_bounds_is_empty (&bounds))
    {
      self->has_city = TRUE;
      self->city_min_x = atlas_map_mercator_x (bounds.min_lon);
      self->city_max_x = atlas_map_mercator_x (bounds.max_lon);
      self->city_min_y = atlas_map_mercator_y (bounds.max_lat);
      self->city_max_y = atlas_map_mercator_y (bounds.min_lat);
      if (!atlas_kb_get_region_center (kb, &lat, &lon, NULL))
        {
          lat = (bounds.min_lat + bounds.max_lat) / 2;
          lon = (bounds.min_lon + bounds.max_lon) / 2;
        }
      self->city_x = atlas_map_mercator_x (lon);
      self->city_y = atlas_map_mercator_y (lat);
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static PangoLayout *
get_area_layout (AtlasMapContext *self,
                 ContextShape    *shape)
{
  if (shape->layout == NULL)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      shape->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), shape->area->name);
      pango_attr_list_insert (attrs, pango_attr_variant_new (PANGO_VARIANT_SMALL_CAPS));
      pango_attr_list_insert (attrs, pango_attr_letter_spacing_new (PANGO_SCALE));
      pango_layout_set_attributes (shape->layout, attrs);
      pango_attr_list_unref (attrs);
    }

  return shape->layout;
}

static PangoLayout *
get_city_layout (AtlasMapContext *self)
{
  AtlasKb *kb = self->session ? atlas_session_get_kb (self->session) : NULL;
  const char *name = kb ? atlas_kb_get_region_name (kb) : NULL;

  if (self->city_layout == NULL && name && *name)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      self->city_layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), name);
      pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_attr_list_insert (attrs, pango_attr_scale_new (1.25));
      pango_layout_set_attributes (self->city_layout, attrs);
      pango_attr_list_unref (attrs);
    }

  return self->city_layout;
}

static void
clear_layouts (AtlasMapContext *self)
{
  for (guint i = 0; i < self->shapes->len; i++)
    g_clear_object (&((ContextShape *) g_ptr_array_index (self->shapes, i))->layout);
  g_clear_object (&self->city_layout);
}

static void
append_rings (cairo_t                  *cr,
              const double             *xy,
              const guint              *ring_sizes,
              guint                     n_rings,
              const AtlasMapProjection *proj)
{
  gsize k = 0;

  for (guint r = 0; r < n_rings; r++)
    {
      for (guint j = 0; j < ring_sizes[r]; j++, k += 2)
        {
          double x = xy[k] * proj->world - proj->origin_x;
          double y = xy[k + 1] * proj->world - proj->origin_y;

          if (j == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
        }
      cairo_close_path (cr);
    }
}

/* Places the names: the region's first, below its outline or dot, then the governorates', each only
 * centred on its label point and inside its own area's box on screen */
static void
place_labels (AtlasMapContext          *self,
              const cairo_matrix_t     *rotation,
              const AtlasMapProjection *proj,
              const graphene_rect_t    *city_box)
{
  PangoLayout *city_layout = get_city_layout (self);
  PangoRectangle logical;

  atlas_label_placer_reset (self->placer, proj->width, proj->height);

  for (guint i = 0; self->obstacles && i < self->obstacles->len; i++)
    atlas_label_placer_add_obstacle (self->placer, &g_array_index (self->obstacles, graphene_rect_t, i));

  for (guint i = 0; i + 1 < self->points->len; i += 2)
    {
      double x = g_array_index (self->points, double, i) * proj->world - proj->origin_x;
      double y = g_array_index (self->points, double, i + 1) * proj->world - proj->origin_y;

      if (rotation)
        cairo_matrix_transform_point (rotation, &x, &y);
      if (x < -MARKER_CLEARANCE || y < -MARKER_CLEARANCE ||
          x > proj->width + MARKER_CLEARANCE || y > proj->height + MARKER_CLEARANCE)
        continue;

      atlas_label_placer_add_marker (self->placer, &GRAPHENE_RECT_INIT (x - MARKER_CLEARANCE, y - MARKER_CLEARANCE,
                                                                        2 * MARKER_CLEARANCE, 2 * MARKER_CLEARANCE));
    }

  /* The region's name, just below the city, always: when zoomed out the markers of the
   * towns around it pile up there, and the name matters more than which of them shows */
  if (city_box && proj->zoom < CITY_LABEL_MAX_ZOOM && city_layout)
    {
      AtlasLabel label = { 0, };

      atlas_label_placer_add_marker (self->placer, city_box);
      pango_layout_get_pixel_extents (city_layout, NULL, &logical);
      label.width = logical.width + 4;
      label.height = logical.height + 2;
      label.anchor_x = city_box->origin.x + city_box->size.width / 2;
      label.anchor_y = city_box->origin.y + city_box->size.height + 2 + label.height / 2;
      label.priority = G_MAXDOUBLE;
      label.always = TRUE;
      label.data = ATLAS_MAP_CONTEXT_CITY_LABEL;
      atlas_label_placer_add_label (self->placer, &label);
    }

  for (guint i = 0; proj->zoom <= AREA_LABEL_MAX_ZOOM && i < self->shapes->len; i++)
    {
      ContextShape *shape = g_ptr_array_index (self->shapes, i);
      double x = shape->label_x * proj->world - proj->origin_x;
      double y = shape->label_y * proj->world - proj->origin_y;
      AtlasLabel label = { 0, };

      if (shape->area->level == 0)
        continue;

      /* A name wider than its area would name its neighbours */
      pango_layout_get_pixel_extents (get_area_layout (self, shape), NULL, &logical);
      if (logical.width > (shape->max_x - shape->min_x) * proj->world ||
          logical.height * 2 > (shape->max_y - shape->min_y) * proj->world)
        continue;

      if (rotation)
        cairo_matrix_transform_point (rotation, &x, &y);
      label.width = logical.width + 4;
      label.height = logical.height + 2;
      label.anchor_x = x;
      label.anchor_y = y;
      /* Larger areas first */
      label.priority = (shape->max_x - shape->min_x) * (shape->max_y - shape->min_y);
      label.data = shape;
      atlas_label_placer_add_label (self->placer, &label);
    }

  atlas_label_placer_place (self->placer);
}

/* Callbacks */

static void
on_session_kb_changed_cb (AtlasMapContext *self)
{
  rebuild_city (self);
}

/* Overrides */

static void
atlas_map_context_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  AtlasMapContext *self = ATLAS_MAP_CONTEXT (widget);
  double view_x0, view_y0, view_x1, view_y1, radius;
  graphene_rect_t city_box;
  gboolean has_city_box = FALSE;
  cairo_matrix_t rotation;
  AtlasMapProjection proj;
  cairo_t *cr;

  self->n_drawn_areas = 0;
  self->city_drawn = FALSE;
  atlas_label_placer_reset (self->placer, 0, 0);
  atlas_map_set_style (atlas_style_for_widget (widget));

  if (!atlas_map_projection_init (&proj, shumate_layer_get_viewport (SHUMATE_LAYER (self)),
                                  gtk_widget_get_width (widget), gtk_widget_get_height (widget)) ||
      proj.width <= 0 || proj.height <= 0)
    return;

  radius = hypot (proj.width, proj.height) / 2;
  view_x0 = (proj.origin_x + proj.width / 2 - radius) / proj.world;
  view_x1 = (proj.origin_x + proj.width / 2 + radius) / proj.world;
  view_y0 = (proj.origin_y + proj.height / 2 - radius) / proj.world;
  view_y1 = (proj.origin_y + proj.height / 2 + radius) / proj.world;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, proj.width, proj.height));
  cairo_translate (cr, proj.width / 2, proj.height / 2);
  cairo_rotate (cr, proj.rotation);
  cairo_translate (cr, -proj.width / 2, -proj.height / 2);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);

  /* The country, filled a shade lighter unless the street map shows through, then the
   * governorates' lines, then the country's border over them */
  for (guint pass = 0; pass < 3; pass++)
    for (guint i = 0; i < self->shapes->len; i++)
      {
        ContextShape *shape = g_ptr_array_index (self->shapes, i);
        gboolean country = shape->area->level == 0;

        if (shape->max_x < view_x0 || shape->min_x > view_x1 || shape->max_y < view_y0 || shape->min_y > view_y1 ||
            (pass != 1) != country || (pass == 0 && !self->show_fill))
          continue;

        append_rings (cr, shape->xy, shape->ring_sizes, shape->n_rings, &proj);
        if (pass == 0)
          {
            set_source_rgb (cr, COUNTRY_FILL, 1.0);
            cairo_fill (cr);
            continue;
          }

        set_source_rgb (cr, country ? COUNTRY_LINE : GOVERNORATE_LINE, 1.0);
        cairo_set_line_width (cr, country ? 1.6 : 1.0);
        cairo_stroke (cr);
        self->n_drawn_areas++;
      }

  /* The city: the outer edge of its neighbourhoods, and a dot where it is too small to see */
  if (self->has_city &&
      self->city_max_x >= view_x0 && self->city_min_x <= view_x1 &&
      self->city_max_y >= view_y0 && self->city_min_y <= view_y1)
    {
      double x0 = self->city_min_x * proj.world - proj.origin_x, x1 = self->city_max_x * proj.world - proj.origin_x;
      double y0 = self->city_min_y * proj.world - proj.origin_y, y1 = self->city_max_y * proj.world - proj.origin_y;
      double cx = self->city_x * proj.world - proj.origin_x, cy = self->city_y * proj.world - proj.origin_y;

      append_rings (cr, (double *) (gpointer) self->city_xy->data, (guint *) (gpointer) self->city_rings->data,
                    self->city_rings->len, &proj);
      set_source_rgb (cr, CITY_LINE, 0.7);
      cairo_set_line_width (cr, 5.0);
      cairo_stroke (cr);

      if (MAX (x1 - x0, y1 - y0) < 4 * CITY_DOT_RADIUS)
        {
          cairo_arc (cr, cx, cy, CITY_DOT_RADIUS, 0, 2 * G_PI);
          set_source_rgb (cr, CITY_NAME_COLOR, 1.0);
          cairo_fill_preserve (cr);
          set_source_rgb (cr, HALO_COLOR, 1.0);
          cairo_set_line_width (cr, 1.5);
          cairo_stroke (cr);
          x0 = MIN (x0, cx - CITY_DOT_RADIUS);
          x1 = MAX (x1, cx + CITY_DOT_RADIUS);
          y0 = MIN (y0, cy - CITY_DOT_RADIUS);
          y1 = MAX (y1, cy + CITY_DOT_RADIUS);
        }

      self->city_drawn = TRUE;
      /* Its box on screen, for its name: around the rotated corners */
      {
        double xs[4] = { x0, x1, x0, x1 }, ys[4] = { y0, y0, y1, y1 };
        double bx0 = G_MAXDOUBLE, by0 = G_MAXDOUBLE, bx1 = -G_MAXDOUBLE, by1 = -G_MAXDOUBLE;

        for (guint i = 0; i < 4; i++)
          {
            cairo_user_to_device (cr, &xs[i], &ys[i]);
            bx0 = MIN (bx0, xs[i]);
            bx1 = MAX (bx1, xs[i]);
            by0 = MIN (by0, ys[i]);
            by1 = MAX (by1, ys[i]);
          }
        graphene_rect_init (&city_box, bx0, by0, bx1 - bx0, by1 - by0);
        has_city_box = TRUE;
      }
    }

  /* Names, in the unrotated view */
  cairo_get_matrix (cr, &rotation);
  cairo_identity_matrix (cr);
  place_labels (self, proj.rotation != 0 ? &rotation : NULL, &proj, has_city_box ? &city_box : NULL);

  for (guint i = 0; i < atlas_label_placer_get_n_labels (self->placer); i++)
    {
      AtlasLabelPosition position;
      graphene_rect_t box;
      const AtlasLabel *label = atlas_label_placer_get_label (self->placer, i, &position, &box);
      gboolean city = label->data == ATLAS_MAP_CONTEXT_CITY_LABEL;

      if (position == ATLAS_LABEL_DROPPED)
        continue;

      atlas_map_draw_label_in (cr, city ? self->city_layout : ((ContextShape *) label->data)->layout,
                               box.origin.x + 2, box.origin.y + 1, city ? CITY_NAME_COLOR : NAME_COLOR);
    }

  cairo_destroy (cr);
}

static void
atlas_map_context_system_setting_changed (GtkWidget        *widget,
                                          GtkSystemSetting  setting)
{
  AtlasMapContext *self = ATLAS_MAP_CONTEXT (widget);

  if (setting == GTK_SYSTEM_SETTING_FONT_NAME || setting == GTK_SYSTEM_SETTING_DPI ||
      setting == GTK_SYSTEM_SETTING_FONT_CONFIG)
    {
      clear_layouts (self);
      gtk_widget_queue_draw (widget);
    }

  GTK_WIDGET_CLASS (atlas_map_context_parent_class)->system_setting_changed (widget, setting);
}

static void
atlas_map_context_constructed (GObject *object)
{
  AtlasMapContext *self = ATLAS_MAP_CONTEXT (object);
  ShumateViewport *viewport;

  G_OBJECT_CLASS (atlas_map_context_parent_class)->constructed (object);

  viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  if (viewport)
    g_signal_connect_object (viewport, "notify", G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

static void
atlas_map_context_dispose (GObject *object)
{
  AtlasMapContext *self = ATLAS_MAP_CONTEXT (object);

  if (self->session_signals)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->session);
  if (self->shapes)
    clear_layouts (self);

  G_OBJECT_CLASS (atlas_map_context_parent_class)->dispose (object);
}

static void
atlas_map_context_finalize (GObject *object)
{
  AtlasMapContext *self = ATLAS_MAP_CONTEXT (object);

  g_clear_pointer (&self->shapes, g_ptr_array_unref);
  g_clear_pointer (&self->context, atlas_context_free);
  g_clear_pointer (&self->city_xy, g_array_unref);
  g_clear_pointer (&self->city_rings, g_array_unref);
  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->obstacles, g_array_unref);
  g_clear_pointer (&self->placer, atlas_label_placer_free);

  G_OBJECT_CLASS (atlas_map_context_parent_class)->finalize (object);
}

static void
atlas_map_context_class_init (AtlasMapContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = atlas_map_context_constructed;
  object_class->dispose = atlas_map_context_dispose;
  object_class->finalize = atlas_map_context_finalize;

  widget_class->snapshot = atlas_map_context_snapshot;
  widget_class->system_setting_changed = atlas_map_context_system_setting_changed;

  gtk_widget_class_set_css_name (widget_class, "atlasmapcontext");
}

static void
atlas_map_context_init (AtlasMapContext *self)
{
  self->shapes = g_ptr_array_new_with_free_func ((GDestroyNotify) context_shape_free);
  self->city_xy = g_array_new (FALSE, FALSE, sizeof (double));
  self->city_rings = g_array_new (FALSE, FALSE, sizeof (guint));
  self->points = g_array_new (FALSE, FALSE, sizeof (double));
  self->placer = atlas_label_placer_new (0, 0);
  self->show_fill = TRUE;

  self->session_signals = g_signal_group_new (ATLAS_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "notify::kb",
                                  G_CALLBACK (on_session_kb_changed_cb), self);

  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
  load_context (self);
}

/* Public API */

AtlasMapContext *
atlas_map_context_new (ShumateViewport *viewport)
{
  g_return_val_if_fail (SHUMATE_IS_VIEWPORT (viewport), NULL);

  return g_object_new (ATLAS_TYPE_MAP_CONTEXT, "viewport", viewport, NULL);
}

void
atlas_map_context_set_session (AtlasMapContext *self,
                               AtlasSession    *session)
{
  g_return_if_fail (ATLAS_IS_MAP_CONTEXT (self));
  g_return_if_fail (!session || ATLAS_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;

  g_signal_group_set_target (self->session_signals, session);
  rebuild_city (self);
}

/**
 * atlas_map_context_get_context:
 *
 * Returns: (transfer none) (nullable): the country and its governorates
 */
AtlasContext *
atlas_map_context_get_context (AtlasMapContext *self)
{
  g_return_val_if_fail (ATLAS_IS_MAP_CONTEXT (self), NULL);
  return self->context;
}

/* The country is filled a shade lighter than the paper, but not over the street map */
void
atlas_map_context_set_show_fill (AtlasMapContext *self,
                                 gboolean         show_fill)
{
  g_return_if_fail (ATLAS_IS_MAP_CONTEXT (self));

  self->show_fill = !!show_fill;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * atlas_map_context_set_obstacles:
 * @obstacles: (element-type graphene_rect_t) (nullable): boxes over the map, in the layer's
 *   coordinates, which names keep clear of
 */
void
atlas_map_context_set_obstacles (AtlasMapContext *self,
                                 GArray          *obstacles)
{
  g_return_if_fail (ATLAS_IS_MAP_CONTEXT (self));

  if (obstacles)
    g_array_ref (obstacles);
  g_clear_pointer (&self->obstacles, g_array_unref);
  self->obstacles = obstacles;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * atlas_map_context_get_label_placer:
 *
 * Returns: (transfer none): the names of the last frame drawn; the region's has the data
 *   %ATLAS_MAP_CONTEXT_CITY_LABEL
 */
AtlasLabelPlacer *
atlas_map_context_get_label_placer (AtlasMapContext *self)
{
  g_return_val_if_fail (ATLAS_IS_MAP_CONTEXT (self), NULL);
  return self->placer;
}

/* How many of the country's and governorates' outlines the last frame drew */
guint
atlas_map_context_get_n_drawn_areas (AtlasMapContext *self)
{
  g_return_val_if_fail (ATLAS_IS_MAP_CONTEXT (self), 0);
  return self->n_drawn_areas;
}

/* Whether the last frame drew the city's outline */
gboolean
atlas_map_context_get_city_drawn (AtlasMapContext *self)
{
  g_return_val_if_fail (ATLAS_IS_MAP_CONTEXT (self), FALSE);
  return self->city_drawn;
}

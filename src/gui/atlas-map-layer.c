/* atlas-map-layer.c: every neighbourhood polygon of the KB, drawn in one layer
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-map-layer"

#include "config.h"

#include <math.h>

#include "atlas-label-placer.h"
#include "atlas-map-layer.h"

/*
 * One layer draws all the polygons with cairo, rather than one widget per polygon: 124 units
 * with a few thousand vertices are cheap to stroke, and one widget keeps hit-testing in map
 * coordinates, where holes and multipolygons are handled by atlas_geometry_contains().
 *
 * Vertices are projected once per KB into normalised Web Mercator (0..1, the projection every
 * libshumate map source uses), so a frame only scales and translates them: nothing depends on
 * the zoom level but one multiplication.
 *
 * Filling and stroking them, and above all the labels' glyph outlines, still costs cairo tens
 * of milliseconds a frame, so a frame reuses pixels (see "Cache" below):
 *   - the fills and the boundaries between units are drawn once into an image covering the
 *     view and a margin around it; panning moves that image, zooming scales it;
 *   - each label (halo and text) is drawn once into its own small image;
 *   - only the outlines of the selected place and of the selected event's places, a few
 *     units, are stroked in every frame.
 * Whatever a frame could only place to the nearest device pixel, or scaled, is drawn again
 * exactly once the view has been still for SETTLE_MS: at rest the layer looks the same as if
 * everything were drawn from the vertices in each frame, as it was before that cache.
 */

/* A label, halo and text, drawn for one text origin's offset from the device pixel grid */
typedef struct
{
  cairo_surface_t *surface;       /* in device pixels */
  int          scale;
  int          width;             /* device pixels */
  int          height;
  double       origin_x;          /* where the text origin is in it, in device pixels */
  double       origin_y;
} LabelImage;

typedef struct
{
  AtlasPlace  *place;
  AtlasBounds  bounds;            /* lon/lat */
  double       label_x;           /* normalised Mercator of the interior point */
  double       label_y;
  gboolean     has_label;
  double      *xy;                /* normalised Mercator, rings one after another */
  guint       *ring_sizes;
  guint        n_rings;
  double       min_x, min_y, max_x, max_y;
  guint        count;             /* highlighted events up to the time cursor */
  guint        klass;             /* its shading class */
  guint        stamp;
  gboolean     in_event;          /* a place of the selected event */
  PangoLayout *name_layout;       /* English name, made when first needed */
  PangoLayout *full_layout;       /* English and Arabic names */
  LabelImage   name_image;        /* the two layouts, drawn */
  LabelImage   full_image;
  PangoLayout *label_layout;      /* the one in the last frame, unowned */
  double       label_dx;          /* its text origin, from the top left of its box */
  double       label_dy;
} Shape;

/* The fills and boundaries of every unit, drawn for one zoom level over a part of the world */
typedef struct
{
  cairo_surface_t *surface;       /* in device pixels; NULL when none */
  int          width;             /* device pixels */
  int          height;
  int          scale;
  double       world;             /* the world's size at that zoom, in layer pixels */
  double       origin_x;          /* the world pixel at the image's top left corner */
  double       origin_y;
} Cache;

/* Half the side of the box kept clear around a point place's marker: its dot is 16 px
 * across (atlas-map.css), plus a pixel */
#define MARKER_CLEARANCE 9.0

struct _AtlasMapLayer
{
  ShumateLayer  parent_instance;

  AtlasSession *session;
  GSignalGroup *session_signals;
  AtlasKb      *kb;               /* the KB the shapes were built from */

  GPtrArray    *shapes;           /* Shape*, in KB order (drawing order) */
  GHashTable   *shape_by_place;   /* AtlasPlace* → Shape* */
  guint         class_sizes[ATLAS_MAP_LAYER_N_CLASSES];

  Cache         cache;
  guint         label_serial;     /* of the Pango context the label images were drawn with */
  guint         settle_id;        /* a frame was approximate: draw again once still */
  AtlasLabelPlacer *placer;       /* the labels of the last frame */
  GArray       *points;           /* normalised Mercator x, y of each point place (a marker) */

  guint         translucent : 1;
  guint         settling : 1;     /* this frame draws everything exactly */
};

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

/* A sequential ramp (ColorBrewer OrRd, light to dark) and a neutral "none" colour that is not
 * part of it, so "no event" never reads as "few events". */
static const guint32 class_colors[ATLAS_MAP_LAYER_N_CLASSES] = {
  0xdedad2, 0xfdbb84, 0xfc8d59, 0xd7301f, 0x990000,
};
#define SELECTED_COLOR   0x1c71d8   /* GNOME blue 4: the selection, as everywhere in GTK */
#define EVENT_COLOR      0x241f31   /* near black, dashed: places of the selected event */
#define LABEL_COLOR      0x241f31
#define HALO_COLOR       0xffffff

/* Zoom level from which the Arabic name goes under the English one */
#define ARABIC_LABEL_ZOOM 14.5

/* Helpers */

static void
label_image_clear (LabelImage *image)
{
  g_clear_pointer (&image->surface, cairo_surface_destroy);
}

static void
shape_free (Shape *shape)
{
  g_clear_object (&shape->place);
  g_clear_object (&shape->name_layout);
  g_clear_object (&shape->full_layout);
  label_image_clear (&shape->name_image);
  label_image_clear (&shape->full_image);
  g_free (shape->xy);
  g_free (shape->ring_sizes);
  g_free (shape);
}

static inline double
mercator_x (double lon)
{
  return (lon + 180.0) / 360.0;
}

static inline double
mercator_y (double lat)
{
  double r = lat * G_PI / 180.0;

  return (1.0 - log (tan (r) + 1.0 / cos (r)) / G_PI) / 2.0;
}

static void
set_source_rgb (cairo_t *cr,
                guint32  rgb,
                double   alpha)
{
  cairo_set_source_rgba (cr,
                         ((rgb >> 16) & 0xff) / 255.0,
                         ((rgb >> 8) & 0xff) / 255.0,
                         (rgb & 0xff) / 255.0,
                         alpha);
}

static Shape *
shape_new (AtlasPlace *place)
{
  AtlasGeometry *geometry = atlas_place_get_geometry (place);
  Shape *shape;
  guint n_points = 0, n_rings = 0, k = 0, r = 0;
  double lon, lat;

  g_assert (geometry != NULL);

  for (guint p = 0; p < atlas_geometry_get_n_polygons (geometry); p++)
    for (guint i = 0; i < atlas_geometry_get_n_rings (geometry, p); i++)
      {
        guint n;

        atlas_geometry_get_ring (geometry, p, i, &n);
        n_points += n;
        n_rings++;
      }

  shape = g_new0 (Shape, 1);
  shape->place = g_object_ref (place);
  shape->xy = g_new (double, 2 * (gsize) n_points);
  shape->ring_sizes = g_new (guint, n_rings);
  shape->n_rings = n_rings;
  atlas_geometry_get_bounds (geometry, &shape->bounds);

  for (guint p = 0; p < atlas_geometry_get_n_polygons (geometry); p++)
    for (guint i = 0; i < atlas_geometry_get_n_rings (geometry, p); i++)
      {
        guint n;
        const double *ring = atlas_geometry_get_ring (geometry, p, i, &n);

        for (guint j = 0; j < n; j++)
          {
            shape->xy[k++] = mercator_x (ring[2 * j]);
            shape->xy[k++] = mercator_y (ring[2 * j + 1]);
          }
        shape->ring_sizes[r++] = n;
      }

  shape->min_x = mercator_x (shape->bounds.min_lon);
  shape->max_x = mercator_x (shape->bounds.max_lon);
  shape->min_y = mercator_y (shape->bounds.max_lat);
  shape->max_y = mercator_y (shape->bounds.min_lat);

  if (atlas_geometry_get_interior_point (geometry, &lon, &lat))
    {
      shape->label_x = mercator_x (lon);
      shape->label_y = mercator_y (lat);
      shape->has_label = TRUE;
    }

  return shape;
}

static void
clear_label_images (AtlasMapLayer *self)
{
  for (guint i = 0; self->shapes && i < self->shapes->len; i++)
    {
      Shape *shape = g_ptr_array_index (self->shapes, i);

      label_image_clear (&shape->name_image);
      label_image_clear (&shape->full_image);
    }
}

static void
clear_layouts (AtlasMapLayer *self)
{
  for (guint i = 0; self->shapes && i < self->shapes->len; i++)
    {
      Shape *shape = g_ptr_array_index (self->shapes, i);

      g_clear_object (&shape->name_layout);
      g_clear_object (&shape->full_layout);
    }
  clear_label_images (self);
}

static void
clear_cache (Cache *cache)
{
  g_clear_pointer (&cache->surface, cairo_surface_destroy);
}

/* The fills or boundaries changed: the next frame draws them again */
static void
invalidate_cache (AtlasMapLayer *self)
{
  clear_cache (&self->cache);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
update_counts (AtlasMapLayer *self)
{
  GListModel *events;
  guint n_events;
  AtlasDate cursor;

  memset (self->class_sizes, 0, sizeof self->class_sizes);

  for (guint i = 0; i < self->shapes->len; i++)
    {
      Shape *shape = g_ptr_array_index (self->shapes, i);

      shape->count = 0;
      shape->stamp = 0;
    }

  if (self->session == NULL || self->kb == NULL)
    goto out;

  events = atlas_kb_get_events (self->kb);
  n_events = g_list_model_get_n_items (events);
  cursor = atlas_session_get_time_cursor (self->session);

  for (guint i = 0; i < n_events; i++)
    {
      g_autoptr(AtlasEvent) event = g_list_model_get_item (events, i);
      GPtrArray *casualties;

      if (cursor != ATLAS_DATE_NONE && atlas_event_get_date (event) > cursor)
        continue;
      if (!atlas_session_event_is_highlighted (self->session, event))
        continue;

      /* An event counts once at each of its places and at the places its figures name,
       * as the session's own idea of "an event at a place" does */
      for (guint p = 0; p < atlas_event_get_n_places (event); p++)
        {
          Shape *shape = g_hash_table_lookup (self->shape_by_place, atlas_event_get_place (event, p));

          if (shape && shape->stamp != i + 1)
            {
              shape->stamp = i + 1;
              shape->count++;
            }
        }

      casualties = atlas_kb_get_casualties_for_event (self->kb, event);
      for (guint c = 0; c < casualties->len; c++)
        {
          AtlasCasualty *casualty = g_ptr_array_index (casualties, c);

          for (guint p = 0; p < atlas_casualty_get_n_places (casualty); p++)
            {
              Shape *shape = g_hash_table_lookup (self->shape_by_place, atlas_casualty_get_place (casualty, p));

              if (shape && shape->stamp != i + 1)
                {
                  shape->stamp = i + 1;
                  shape->count++;
                }
            }
        }
    }

out:
  for (guint i = 0; i < self->shapes->len; i++)
    {
      Shape *shape = g_ptr_array_index (self->shapes, i);
      guint klass = atlas_map_layer_count_to_class (shape->count);

      self->class_sizes[klass]++;
      /* The fills only change with the classes; the labels' order with the counts */
      if (klass != shape->klass)
        {
          shape->klass = klass;
          clear_cache (&self->cache);
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
    ((Shape *) g_ptr_array_index (self->shapes, i))->in_event = FALSE;

  for (guint p = 0; event && p < atlas_event_get_n_places (event); p++)
    {
      Shape *shape = g_hash_table_lookup (self->shape_by_place, atlas_event_get_place (event, p));

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
  g_clear_pointer (&self->placer, atlas_label_placer_free);
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
          Shape *shape;
          double lat, lon;

          /* The places the map view draws as markers (see rebuild_places() there): labels
           * keep clear of them */
          if (atlas_place_get_geometry (place) == NULL)
            {
              if (atlas_place_get_location (place, &lat, &lon) &&
                  atlas_place_get_precision (place) != ATLAS_PRECISION_UNKNOWN)
                {
                  double point[2] = { mercator_x (lon), mercator_y (lat) };
                  g_array_append_vals (self->points, point, 2);
                }
              continue;
            }

          shape = shape_new (place);
          g_ptr_array_add (self->shapes, shape);
          g_hash_table_insert (self->shape_by_place, place, shape);
        }
    }

  update_event_places (self);
  update_counts (self);
}

static PangoLayout *
get_label_layout (AtlasMapLayer *self,
                  Shape         *shape,
                  gboolean       with_arabic)
{
  PangoLayout **layout = with_arabic ? &shape->full_layout : &shape->name_layout;

  if (*layout == NULL)
    {
      const char *name_ar = atlas_place_get_name_ar (shape->place);
      g_autofree char *text = NULL;

      if (with_arabic && name_ar && *name_ar)
        text = g_strdup_printf ("%s\n%s", atlas_place_get_name (shape->place), name_ar);
      else
        text = g_strdup (atlas_place_get_name (shape->place));

      *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
      pango_layout_set_alignment (*layout, PANGO_ALIGN_CENTER);
      /* The paragraph direction follows each line, so the Arabic line is laid out right to left */
      pango_layout_set_auto_dir (*layout, TRUE);
    }

  return *layout;
}

/* Projection of the current viewport: a normalised Mercator point (x, y) is drawn at
 * (x * world - origin_x, y * world - origin_y), rotated around the widget's centre. */
typedef struct
{
  double world;
  double origin_x;
  double origin_y;
  double width;
  double height;
  double rotation;
  double zoom;
} Projection;

static gboolean
get_projection (AtlasMapLayer *self,
                Projection    *proj)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  ShumateMapSource *source;
  double zoom;

  if (viewport == NULL || (source = shumate_viewport_get_reference_map_source (viewport)) == NULL)
    return FALSE;

  zoom = shumate_viewport_get_zoom_level (viewport);
  proj->zoom = zoom;
  proj->world = shumate_map_source_get_column_count (source, zoom) *
                shumate_map_source_get_tile_size_at_zoom (source, zoom);
  proj->width = gtk_widget_get_width (GTK_WIDGET (self));
  proj->height = gtk_widget_get_height (GTK_WIDGET (self));
  proj->origin_x = shumate_map_source_get_x (source, zoom, shumate_location_get_longitude (SHUMATE_LOCATION (viewport))) - proj->width / 2;
  proj->origin_y = shumate_map_source_get_y (source, zoom, shumate_location_get_latitude (SHUMATE_LOCATION (viewport))) - proj->height / 2;
  proj->rotation = shumate_viewport_get_rotation (viewport);

  return proj->world > 0;
}

/* Vertices closer than this to the last one drawn are left out: at city zoom most of the
 * 9,400 vertices of the shipped KB fall within a pixel of their neighbours */
#define MIN_SEGMENT_PX 0.75

static void
append_shape_path (cairo_t          *cr,
                   const Shape      *shape,
                   const Projection *proj)
{
  const double *xy = shape->xy;

  for (guint r = 0; r < shape->n_rings; r++)
    {
      guint n = shape->ring_sizes[r];
      double last_x = 0, last_y = 0;

      for (guint j = 0; j < n; j++, xy += 2)
        {
          double x = xy[0] * proj->world - proj->origin_x;
          double y = xy[1] * proj->world - proj->origin_y;

          if (j == 0)
            cairo_move_to (cr, x, y);
          else if (j == n - 1 || fabs (x - last_x) + fabs (y - last_y) >= MIN_SEGMENT_PX)
            cairo_line_to (cr, x, y);
          else
            continue;

          last_x = x;
          last_y = y;
        }
      cairo_close_path (cr);
    }
}

static int
compare_label_priority (gconstpointer a,
                        gconstpointer b)
{
  const Shape *sa = *(Shape * const *) a;
  const Shape *sb = *(Shape * const *) b;
  double area_a, area_b;

  if (sa->in_event != sb->in_event)
    return sa->in_event ? -1 : 1;
  if ((sa->count > 0) != (sb->count > 0))
    return sa->count > 0 ? -1 : 1;

  area_a = (sa->max_x - sa->min_x) * (sa->max_y - sa->min_y);
  area_b = (sb->max_x - sb->min_x) * (sb->max_y - sb->min_y);
  return area_a > area_b ? -1 : area_a < area_b ? 1 : 0;
}

/* Whether the label of @shape goes on the map at all: its layout, sized for the zoom level and
 * for its polygon, or NULL */
static PangoLayout *
choose_label_layout (AtlasMapLayer    *self,
                     Shape            *shape,
                     gboolean          selected,
                     const Projection *proj,
                     PangoRectangle   *logical)
{
  double box_w = (shape->max_x - shape->min_x) * proj->world;
  double box_h = (shape->max_y - shape->min_y) * proj->world;
  gboolean arabic = proj->zoom >= ARABIC_LABEL_ZOOM;
  PangoLayout *layout;

  if (!shape->has_label)
    return NULL;

  layout = get_label_layout (self, shape, arabic);
  pango_layout_get_pixel_extents (layout, NULL, logical);

  if (arabic && !selected && (logical->width > box_w || logical->height > box_h))
    {
      /* Fall back to the English name alone */
      layout = get_label_layout (self, shape, FALSE);
      pango_layout_get_pixel_extents (layout, NULL, logical);
    }

  /* A label wider than its polygon would name its neighbours too; but the selected place is
   * always named, whatever its size, and goes first, so that no other label hides it */
  if (!selected && (logical->width > box_w || logical->height > box_h * 1.2))
    return NULL;

  return layout;
}

/* Where the labels of @labels (most important first) go, clear of the markers of the point
 * places on screen and of one another; @rotation maps the unrotated map to the screen, NULL
 * for none. Each placed shape's label_layout and text offset are set for drawing it. */
static AtlasLabelPlacer *
place_labels (AtlasMapLayer        *self,
              const cairo_matrix_t *rotation,
              GPtrArray            *labels,
              Shape                *selected_shape,
              const Projection     *proj)
{
  AtlasLabelPlacer *placer = atlas_label_placer_new (proj->width, proj->height);

  for (guint i = 0; i + 1 < self->points->len; i += 2)
    {
      double x = g_array_index (self->points, double, i) * proj->world - proj->origin_x;
      double y = g_array_index (self->points, double, i + 1) * proj->world - proj->origin_y;

      if (rotation)
        cairo_matrix_transform_point (rotation, &x, &y);
      if (x < -MARKER_CLEARANCE || y < -MARKER_CLEARANCE ||
          x > proj->width + MARKER_CLEARANCE || y > proj->height + MARKER_CLEARANCE)
        continue;

      atlas_label_placer_add_marker (placer, &GRAPHENE_RECT_INIT (x - MARKER_CLEARANCE, y - MARKER_CLEARANCE,
                                                                  2 * MARKER_CLEARANCE, 2 * MARKER_CLEARANCE));
    }

  for (guint i = 0; i < labels->len; i++)
    {
      Shape *shape = g_ptr_array_index (labels, i);
      double x = shape->label_x * proj->world - proj->origin_x;
      double y = shape->label_y * proj->world - proj->origin_y;
      PangoRectangle logical;
      AtlasLabel label = { 0, };

      shape->label_layout = choose_label_layout (self, shape, shape == selected_shape, proj, &logical);
      if (shape->label_layout == NULL)
        continue;

      /* The label goes where the interior point is on screen, upright whatever the rotation */
      if (rotation)
        cairo_matrix_transform_point (rotation, &x, &y);

      /* The logical extents, with room for the halo */
      shape->label_dx = 2 - logical.x;
      shape->label_dy = 1 - logical.y;
      label.width = logical.width + 4;
      label.height = logical.height + 2;
      label.anchor_x = x;
      label.anchor_y = y;
      label.priority = labels->len - i;
      label.always = shape == selected_shape;
      label.data = shape->place;
      label.has_marker = atlas_label_placer_find_marker (placer, &label, &label.marker);
      atlas_label_placer_add_label (placer, &label);
    }

  atlas_label_placer_place (placer);
  return placer;
}

/* A label's white halo, then its text */
static void
draw_label (cairo_t     *cr,
            PangoLayout *layout,
            double       text_x,
            double       text_y)
{
  cairo_move_to (cr, text_x, text_y);
  pango_cairo_layout_path (cr, layout);
  set_source_rgb (cr, HALO_COLOR, 0.85);
  cairo_set_line_width (cr, 3.0);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);

  cairo_move_to (cr, text_x, text_y);
  set_source_rgb (cr, LABEL_COLOR, 1.0);
  pango_cairo_show_layout (cr, layout);
}

/* Fills, one by one since units could overlap; then the thin boundaries between units in one
 * stroke, which costs cairo far less than one stroke per unit */
static void
draw_fills (AtlasMapLayer    *self,
            cairo_t          *cr,
            GPtrArray        *shapes,
            const Projection *proj)
{
  double fill_alpha = self->translucent ? 0.6 : 1.0;

  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  for (guint i = 0; i < shapes->len; i++)
    {
      Shape *shape = g_ptr_array_index (shapes, i);
      guint klass = atlas_map_layer_count_to_class (shape->count);

      append_shape_path (cr, shape, proj);
      set_source_rgb (cr, class_colors[klass], klass == 0 && self->translucent ? 0.25 : fill_alpha);
      cairo_fill (cr);
    }

  for (guint i = 0; i < shapes->len; i++)
    append_shape_path (cr, g_ptr_array_index (shapes, i), proj);
  if (self->translucent)
    set_source_rgb (cr, 0x5e5c64, 0.7);
  else
    set_source_rgb (cr, 0xffffff, 1.0);
  cairo_set_line_width (cr, proj->zoom >= 14 ? 1.2 : 0.8);
  cairo_stroke (cr);
}

/* The selected place under the places of the selected event, so that a place that is both
 * shows a blue band with the dashed line inside it */
static void
draw_outlines (cairo_t          *cr,
               GPtrArray        *visible,
               Shape            *selected_shape,
               const Projection *proj)
{
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  if (selected_shape)
    {
      append_shape_path (cr, selected_shape, proj);
      set_source_rgb (cr, SELECTED_COLOR, 1.0);
      cairo_set_line_width (cr, 4.5);
      cairo_stroke (cr);
    }

  cairo_set_dash (cr, (const double[]) { 5, 3 }, 2, 0);
  cairo_set_line_width (cr, 2.0);
  set_source_rgb (cr, EVENT_COLOR, 1.0);
  for (guint i = 0; i < visible->len; i++)
    {
      Shape *shape = g_ptr_array_index (visible, i);

      if (!shape->in_event)
        continue;

      append_shape_path (cr, shape, proj);
      cairo_stroke (cr);
    }
  cairo_set_dash (cr, NULL, 0, 0);
}

/* Cache
 *
 * The cached fills cover the view and up to CACHE_MARGIN device pixels (half the view at
 * most) on each side of it, so that panning that far only moves them. While the zoom level
 * changes they are drawn scaled, down to half or up to twice their size; while the view moves
 * by fractions of a device pixel they are drawn at the nearest device pixel. Either way the
 * frame is approximate, and SETTLE_MS after the last approximate frame, everything is drawn
 * again as it should be.
 */
#define CACHE_MARGIN      512
#define MAX_PREVIEW_SCALE 2.0
#define SETTLE_MS         150
/* Offsets closer than this to a whole device pixel count as whole */
#define PIXEL_EPSILON     1e-3

static gboolean
settle_cb (gpointer user_data)
{
  AtlasMapLayer *self = user_data;

  self->settle_id = 0;
  self->settling = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

static void
schedule_settle (AtlasMapLayer *self)
{
  g_clear_handle_id (&self->settle_id, g_source_remove);
  self->settle_id = g_timeout_add (SETTLE_MS, settle_cb, self);
  g_source_set_name_by_id (self->settle_id, "[atlas] settle map layer");
}

static gboolean
is_whole (double device_px)
{
  return fabs (device_px - round (device_px)) < PIXEL_EPSILON;
}

/* A pattern of @surface's pixels that a cairo node records as a reference. A surface pattern
 * would do too, but cairo keeps a copy-on-write snapshot of a surface painted into a recording,
 * which copies all its pixels when the surface goes away: tens of milliseconds for the cache. */
static cairo_surface_t *
raster_acquire (cairo_pattern_t             *pattern,
                void                        *surface,
                cairo_surface_t             *target,
                const cairo_rectangle_int_t *extents)
{
  return cairo_surface_reference (surface);
}

static void
raster_release (cairo_pattern_t *pattern,
                void            *user_data,
                cairo_surface_t *surface)
{
  cairo_surface_destroy (surface);
}

static cairo_status_t
raster_copy (cairo_pattern_t       *pattern,
             void                  *surface,
             const cairo_pattern_t *other)
{
  cairo_surface_reference (surface);
  return CAIRO_STATUS_SUCCESS;
}

static void
raster_finish (cairo_pattern_t *pattern,
               void            *surface)
{
  cairo_surface_destroy (surface);
}

/* Paints @surface, its top left corner at (@x, @y) and its pixels @unit layer pixels wide,
 * @exact when that is one device pixel at a whole device pixel */
static void
paint_surface (cairo_t         *cr,
               cairo_surface_t *surface,
               double           x,
               double           y,
               double           unit,
               gboolean         exact)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  cairo_pattern_t *pattern;

  pattern = cairo_pattern_create_raster_source (cairo_surface_reference (surface), CAIRO_CONTENT_COLOR_ALPHA,
                                                width, height);
  cairo_raster_source_pattern_set_acquire (pattern, raster_acquire, raster_release);
  cairo_raster_source_pattern_set_copy (pattern, raster_copy);
  cairo_raster_source_pattern_set_finish (pattern, raster_finish);
  cairo_pattern_set_filter (pattern, exact ? CAIRO_FILTER_NEAREST : CAIRO_FILTER_BILINEAR);

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, unit, unit);
  cairo_set_source (cr, pattern);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  cairo_restore (cr);
  cairo_pattern_destroy (pattern);
}

/* Draws the fills and boundaries for @proj into the cache, with @proj's view in the middle */
static void
build_cache (AtlasMapLayer    *self,
             const Projection *proj,
             int               scale)
{
  Cache *cache = &self->cache;
  int view_w = (int) ceil (proj->width * scale), view_h = (int) ceil (proj->height * scale);
  int margin_x = MIN (CACHE_MARGIN, view_w / 2), margin_y = MIN (CACHE_MARGIN, view_h / 2);
  g_autoptr(GPtrArray) shapes = g_ptr_array_new ();
  Projection cache_proj = *proj;
  double x0, y0, x1, y1;
  cairo_t *cr;

  clear_cache (cache);

  cache->scale = scale;
  cache->width = view_w + 2 * margin_x;
  cache->height = view_h + 2 * margin_y;
  cache->world = proj->world;
  cache->origin_x = proj->origin_x - (double) margin_x / scale;
  cache->origin_y = proj->origin_y - (double) margin_y / scale;

  cache_proj.origin_x = cache->origin_x;
  cache_proj.origin_y = cache->origin_y;
  cache_proj.width = (double) cache->width / scale;
  cache_proj.height = (double) cache->height / scale;

  x0 = cache_proj.origin_x / proj->world;
  y0 = cache_proj.origin_y / proj->world;
  x1 = (cache_proj.origin_x + cache_proj.width) / proj->world;
  y1 = (cache_proj.origin_y + cache_proj.height) / proj->world;
  for (guint i = 0; i < self->shapes->len; i++)
    {
      Shape *shape = g_ptr_array_index (self->shapes, i);

      if (shape->max_x >= x0 && shape->min_x <= x1 && shape->max_y >= y0 && shape->min_y <= y1)
        g_ptr_array_add (shapes, shape);
    }

  /* In device pixels: a pattern of it knows no device scale */
  cache->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, cache->width, cache->height);
  cr = cairo_create (cache->surface);
  cairo_scale (cr, scale, scale);
  draw_fills (self, cr, shapes, &cache_proj);
  cairo_destroy (cr);
  cairo_surface_flush (cache->surface);
}

/* Paints the fills for @proj from the cache, drawing that again when it does not do. Sets
 * @drawn to the projection the fills were painted for, which differs from @proj by less than
 * a device pixel while panning, and returns whether the fills are exact. */
static gboolean
paint_fills (AtlasMapLayer    *self,
             cairo_t          *cr,
             const Projection *proj,
             int               scale,
             Projection       *drawn)
{
  Cache *cache = &self->cache;
  double view_w = proj->width * scale, view_h = proj->height * scale;
  gboolean exact = TRUE;
  double x, y, zoom = 1.0;

  *drawn = *proj;

  if (cache->surface && cache->scale == scale && cache->world == proj->world)
    {
      /* Panning: the cache moved by (dx, dy) device pixels */
      double dx = (cache->origin_x - proj->origin_x) * scale;
      double dy = (cache->origin_y - proj->origin_y) * scale;

      exact = is_whole (dx) && is_whole (dy);
      dx = round (dx);
      dy = round (dy);
      if (dx <= 0 && dy <= 0 && dx + cache->width >= view_w && dy + cache->height >= view_h &&
          (exact || !self->settling))
        {
          if (!exact)
            {
              drawn->origin_x = cache->origin_x - dx / scale;
              drawn->origin_y = cache->origin_y - dy / scale;
            }
          x = dx / scale;
          y = dy / scale;
          goto draw;
        }
    }
  else if (cache->surface && cache->scale == scale && !self->settling)
    {
      /* Zooming: the cache, scaled, as long as it covers the view and is not too blurred */
      zoom = proj->world / cache->world;
      x = cache->origin_x * zoom - proj->origin_x;
      y = cache->origin_y * zoom - proj->origin_y;

      if (zoom <= MAX_PREVIEW_SCALE && zoom >= 1 / MAX_PREVIEW_SCALE &&
          x <= 0 && y <= 0 &&
          x + cache->width * zoom / scale >= proj->width &&
          y + cache->height * zoom / scale >= proj->height)
        {
          exact = FALSE;
          goto draw;
        }
    }

  build_cache (self, proj, scale);
  exact = TRUE;
  zoom = 1.0;
  x = cache->origin_x - proj->origin_x;
  y = cache->origin_y - proj->origin_y;

draw:
  paint_surface (cr, cache->surface, x, y, zoom / scale, zoom == 1.0);
  return exact;
}

/* Draws @layout into @image, with its text origin at (@phase_x, @phase_y) off the device
 * pixel grid */
static void
draw_label_image (LabelImage  *image,
                  PangoLayout *layout,
                  int          scale,
                  double       phase_x,
                  double       phase_y)
{
  /* Room for the halo: half its width, and antialiasing */
  const double pad = 3.0;
  PangoRectangle ink, logical;
  double left, top, right, bottom;
  cairo_t *cr;

  pango_layout_get_pixel_extents (layout, &ink, &logical);
  left = (MIN (ink.x, logical.x) - pad) * scale;
  top = (MIN (ink.y, logical.y) - pad) * scale;
  right = (MAX (ink.x + ink.width, logical.x + logical.width) + pad) * scale;
  bottom = (MAX (ink.y + ink.height, logical.y + logical.height) + pad) * scale;

  label_image_clear (image);
  image->scale = scale;
  image->origin_x = ceil (-left) + phase_x;
  image->origin_y = ceil (-top) + phase_y;
  image->width = (int) ceil (image->origin_x + right);
  image->height = (int) ceil (image->origin_y + bottom);

  image->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, image->width, image->height);
  cr = cairo_create (image->surface);
  cairo_scale (cr, scale, scale);
  draw_label (cr, layout, image->origin_x / scale, image->origin_y / scale);
  cairo_destroy (cr);
  cairo_surface_flush (image->surface);
}

/* Paints the label of @shape, placed at @box, from its image; returns whether it is exact */
static gboolean
paint_label (AtlasMapLayer         *self,
             cairo_t               *cr,
             Shape                 *shape,
             const graphene_rect_t *box,
             int                    scale)
{
  PangoLayout *layout = shape->label_layout;
  LabelImage *image;
  double text_x, text_y, x, y;
  gboolean exact;

  image = layout == shape->full_layout ? &shape->full_image : &shape->name_image;
  /* Where the image's top left corner goes, in device pixels */
  text_x = (box->origin.x + shape->label_dx) * scale;
  text_y = (box->origin.y + shape->label_dy) * scale;
  x = text_x - image->origin_x;
  y = text_y - image->origin_y;
  exact = image->surface && image->scale == scale && is_whole (x) && is_whole (y);

  if (image->surface == NULL || image->scale != scale || (!exact && self->settling))
    {
      draw_label_image (image, layout, scale, text_x - floor (text_x), text_y - floor (text_y));
      x = text_x - image->origin_x;
      y = text_y - image->origin_y;
      exact = TRUE;
    }

  paint_surface (cr, image->surface, round (x) / scale, round (y) / scale, 1.0 / scale, TRUE);
  return exact;
}

/* The shape of the @i-th label of the last frame, and its box when it was placed */
static Shape *
get_placed_label (AtlasMapLayer   *self,
                  guint            i,
                  graphene_rect_t *box)
{
  AtlasLabelPosition position;
  const AtlasLabel *label = atlas_label_placer_get_label (self->placer, i, &position, box);

  if (position == ATLAS_LABEL_DROPPED)
    return NULL;
  return g_hash_table_lookup (self->shape_by_place, label->data);
}

/* Everything drawn from the vertices, in one cairo node: for a rotated map */
static void
snapshot_rotated (AtlasMapLayer    *self,
                  GtkSnapshot      *snapshot,
                  GPtrArray        *visible,
                  GPtrArray        *labels,
                  Shape            *selected_shape,
                  const Projection *proj)
{
  cairo_matrix_t rotation;
  cairo_t *cr;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, proj->width, proj->height));

  cairo_translate (cr, proj->width / 2, proj->height / 2);
  cairo_rotate (cr, proj->rotation);
  cairo_translate (cr, -proj->width / 2, -proj->height / 2);

  draw_fills (self, cr, visible, proj);
  draw_outlines (cr, visible, selected_shape, proj);

  /* Labels, most important first, never on top of one another */
  cairo_get_matrix (cr, &rotation);
  cairo_identity_matrix (cr);
  g_clear_pointer (&self->placer, atlas_label_placer_free);
  self->placer = place_labels (self, &rotation, labels, selected_shape, proj);
  for (guint i = 0; i < atlas_label_placer_get_n_labels (self->placer); i++)
    {
      graphene_rect_t box;
      Shape *shape = get_placed_label (self, i, &box);

      if (shape)
        draw_label (cr, shape->label_layout, box.origin.x + shape->label_dx, box.origin.y + shape->label_dy);
    }

  cairo_destroy (cr);
}

/* Callbacks */

static void
on_session_kb_changed_cb (AtlasMapLayer *self)
{
  clear_layouts (self);
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
  Shape *selected_shape = selected ? g_hash_table_lookup (self->shape_by_place, selected) : NULL;
  int scale = gtk_widget_get_scale_factor (widget);
  g_autoptr(GPtrArray) visible = NULL;
  g_autoptr(GPtrArray) labels = NULL;
  double view_x0, view_y0, view_x1, view_y1, radius;
  gboolean exact, has_outlines = selected_shape != NULL;
  Projection proj, drawn;
  cairo_t *cr;
  guint serial;

  g_clear_pointer (&self->placer, atlas_label_placer_free);
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
      Shape *shape = g_ptr_array_index (self->shapes, i);

      if (shape->max_x >= view_x0 && shape->min_x <= view_x1 &&
          shape->max_y >= view_y0 && shape->min_y <= view_y1)
        {
          g_ptr_array_add (visible, shape);
          has_outlines |= shape->in_event;
        }
    }

  if (visible->len == 0)
    return;

  /* The labels' font changed */
  serial = pango_context_get_serial (gtk_widget_get_pango_context (widget));
  if (serial != self->label_serial)
    {
      clear_label_images (self);
      self->label_serial = serial;
    }

  /* Labels, most important first (the selected place's before all), never on top of one
   * another; fills and outlines in the KB's order */
  labels = g_ptr_array_copy (visible, NULL, NULL);
  g_ptr_array_sort (labels, compare_label_priority);
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
   * paint_surface()), and strokes the outlines. Texture nodes would be no faster: GTK 4.8's
   * cairo renderer converts a texture's pixels one by one in every frame, and with the GL
   * renderer (on llvmpipe) they measured no better than this node. */
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, proj.width, proj.height));

  exact = paint_fills (self, cr, &proj, scale, &drawn);
  if (has_outlines)
    draw_outlines (cr, visible, selected_shape, &drawn);

  self->placer = place_labels (self, NULL, labels, selected_shape, &drawn);
  for (guint i = 0; i < atlas_label_placer_get_n_labels (self->placer); i++)
    {
      graphene_rect_t box;
      Shape *shape = get_placed_label (self, i, &box);

      if (shape)
        exact &= paint_label (self, cr, shape, &box, scale);
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
      clear_layouts (self);
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
  clear_cache (&self->cache);
  clear_label_images (self);

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
  clear_cache (&self->cache);
  if (self->session_signals)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->session);
  g_clear_object (&self->kb);
  if (self->shape_by_place)
    g_hash_table_remove_all (self->shape_by_place);
  g_clear_pointer (&self->placer, atlas_label_placer_free);
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
  self->shapes = g_ptr_array_new_with_free_func ((GDestroyNotify) shape_free);
  self->points = g_array_new (FALSE, FALSE, sizeof (double));
  self->shape_by_place = g_hash_table_new (NULL, NULL);

  self->session_signals = g_signal_group_new (ATLAS_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "notify::kb",
                                  G_CALLBACK (on_session_kb_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "highlight-changed",
                                  G_CALLBACK (update_counts), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::time-cursor",
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
  clear_layouts (self);
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
  for (guint i = self->shapes->len; i > 0; i--)
    {
      Shape *shape = g_ptr_array_index (self->shapes, i - 1);

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

  return self->placer && atlas_label_placer_lookup (self->placer, place, NULL, box);
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
  g_return_val_if_fail (klass < ATLAS_MAP_LAYER_N_CLASSES, 0);
  return self->class_sizes[klass];
}

/* The number of events @place is shaded for; 0 for a place without a polygon */
guint
atlas_map_layer_get_place_count (AtlasMapLayer *self,
                                 AtlasPlace    *place)
{
  Shape *shape;

  g_return_val_if_fail (ATLAS_IS_MAP_LAYER (self), 0);

  shape = g_hash_table_lookup (self->shape_by_place, place);
  return shape ? shape->count : 0;
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
      Shape *shape = g_ptr_array_index (self->shapes, i);

      atlas_bounds_extend (bounds, shape->bounds.min_lon, shape->bounds.min_lat);
      atlas_bounds_extend (bounds, shape->bounds.max_lon, shape->bounds.max_lat);
    }

  return !atlas_bounds_is_empty (bounds);
}

/* The fill of shading class @klass, for the legend */
void
atlas_map_layer_class_color (guint    klass,
                             GdkRGBA *rgba)
{
  g_return_if_fail (klass < ATLAS_MAP_LAYER_N_CLASSES);
  g_return_if_fail (rgba != NULL);

  rgba->red = ((class_colors[klass] >> 16) & 0xff) / 255.f;
  rgba->green = ((class_colors[klass] >> 8) & 0xff) / 255.f;
  rgba->blue = (class_colors[klass] & 0xff) / 255.f;
  rgba->alpha = 1.f;
}

guint
atlas_map_layer_count_to_class (guint count)
{
  return MIN (count, ATLAS_MAP_LAYER_N_CLASSES - 1);
}

/* Draws the legend's sample of an outline: @selected for the selected place, else for the
 * places of the selected event */
void
atlas_map_layer_draw_outline_sample (cairo_t  *cr,
                                     double    width,
                                     double    height,
                                     gboolean  selected)
{
  g_return_if_fail (cr != NULL);

  cairo_rectangle (cr, 3, 3, width - 6, height - 6);
  set_source_rgb (cr, class_colors[0], 1.0);
  cairo_fill_preserve (cr);
  if (selected)
    {
      set_source_rgb (cr, SELECTED_COLOR, 1.0);
      cairo_set_line_width (cr, 3.5);
    }
  else
    {
      set_source_rgb (cr, EVENT_COLOR, 1.0);
      cairo_set_dash (cr, (const double[]) { 5, 3 }, 2, 0);
      cairo_set_line_width (cr, 2.0);
    }
  cairo_stroke (cr);
}

/* atlas-map-layer-labels.c: the neighbourhoods' names on the map layer
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-map-layer"

#include "config.h"

#include "atlas-locale.h"
#include "atlas-map-layer-private.h"

/*
 * Each frame names the places on screen, most important first: the selected place, the
 * places of the selected event, places with events, then larger before smaller. Where each
 * name goes, clear of the point places' markers, of the widgets over the map and of one another, is for
 * AtlasLabelPlacer; here, which names go on the map at all and how they are drawn.
 */

/* Half the side of the box kept clear around a point place's marker: its dot is 16 px
 * across (atlas-map.css), plus a pixel */
#define MARKER_CLEARANCE 9.0

/* Zoom level from which the Arabic name goes under the English one */
#define ARABIC_LABEL_ZOOM 14.5

void
_atlas_map_layer_clear_label_images (AtlasMapLayer *self)
{
  for (guint i = 0; self->shapes && i < self->shapes->len; i++)
    {
      AtlasMapShape *shape = g_ptr_array_index (self->shapes, i);

      atlas_map_label_image_clear (&shape->name_image);
      atlas_map_label_image_clear (&shape->full_image);
    }
}

void
_atlas_map_layer_clear_layouts (AtlasMapLayer *self)
{
  for (guint i = 0; self->shapes && i < self->shapes->len; i++)
    {
      AtlasMapShape *shape = g_ptr_array_index (self->shapes, i);

      g_clear_object (&shape->name_layout);
      g_clear_object (&shape->full_layout);
    }
  _atlas_map_layer_clear_label_images (self);
}

static PangoLayout *
get_label_layout (AtlasMapLayer *self,
                  AtlasMapShape *shape,
                  gboolean       with_arabic)
{
  PangoLayout **layout = with_arabic ? &shape->full_layout : &shape->name_layout;

  if (*layout == NULL)
    {
      const char *primary, *secondary;
      g_autofree char *text = NULL;

      /* The interface's language decides which name comes first (atlas-locale.c) */
      atlas_place_get_display_names (shape->place, &primary, &secondary);
      if (with_arabic && secondary)
        text = g_strdup_printf ("%s\n%s", primary, secondary);
      else
        text = g_strdup (primary);

      *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
      pango_layout_set_alignment (*layout, PANGO_ALIGN_CENTER);
      /* The paragraph direction follows each line, so the Arabic line is laid out right to left */
      pango_layout_set_auto_dir (*layout, TRUE);
    }

  return *layout;
}

int
_atlas_map_layer_compare_label_priority (gconstpointer a,
                                         gconstpointer b)
{
  const AtlasMapShape *sa = *(AtlasMapShape * const *) a;
  const AtlasMapShape *sb = *(AtlasMapShape * const *) b;
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
choose_label_layout (AtlasMapLayer            *self,
                     AtlasMapShape            *shape,
                     gboolean                  selected,
                     const AtlasMapProjection *proj,
                     PangoRectangle           *logical)
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
void
_atlas_map_layer_place_labels (AtlasMapLayer            *self,
                               const cairo_matrix_t     *rotation,
                               GPtrArray                *labels,
                               AtlasMapShape            *selected_shape,
                               const AtlasMapProjection *proj)
{
  AtlasLabelPlacer *placer = self->placer;

  atlas_label_placer_reset (placer, proj->width, proj->height);

  /* The map's buttons, legend and credits cover it: a name under them could not be read */
  for (guint i = 0; self->obstacles && i < self->obstacles->len; i++)
    atlas_label_placer_add_obstacle (placer, &g_array_index (self->obstacles, graphene_rect_t, i));

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
      AtlasMapShape *shape = g_ptr_array_index (labels, i);
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
}

/* Paints the label of @shape, placed at @box, from its image; returns whether it is exact */
gboolean
_atlas_map_layer_paint_label (AtlasMapLayer         *self,
                              cairo_t               *cr,
                              AtlasMapShape         *shape,
                              const graphene_rect_t *box,
                              int                    scale)
{
  AtlasMapLabelImage *image = shape->label_layout == shape->full_layout ? &shape->full_image : &shape->name_image;

  return atlas_map_cache_paint_label (cr, image, shape->label_layout,
                                      box->origin.x + shape->label_dx, box->origin.y + shape->label_dy,
                                      scale, self->settling);
}

/* The shape of the @i-th label of the last frame, and its box when it was placed */
AtlasMapShape *
_atlas_map_layer_get_placed_label (AtlasMapLayer   *self,
                                   guint            i,
                                   graphene_rect_t *box)
{
  AtlasLabelPosition position;
  const AtlasLabel *label = atlas_label_placer_get_label (self->placer, i, &position, box);

  if (position == ATLAS_LABEL_DROPPED)
    return NULL;
  return g_hash_table_lookup (self->shape_by_place, label->data);
}


/* atlas-geometry.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ATLAS_TYPE_GEOMETRY (atlas_geometry_get_type ())

typedef struct
{
  double min_lon;
  double min_lat;
  double max_lon;
  double max_lat;
} AtlasBounds;

/* A polygon or multipolygon in WGS84 lon/lat: polygons made of rings, the first ring of each
 * polygon its outer boundary and the others its holes. Immutable once built. */
typedef struct _AtlasGeometry AtlasGeometry;

GType          atlas_geometry_get_type           (void) G_GNUC_CONST;
AtlasGeometry *atlas_geometry_new                (void);
AtlasGeometry *atlas_geometry_ref                (AtlasGeometry *self);
void           atlas_geometry_unref              (AtlasGeometry *self);
void           atlas_geometry_begin_polygon      (AtlasGeometry *self);
void           atlas_geometry_add_ring           (AtlasGeometry *self,
                                                  const double  *lon_lat,
                                                  guint          n_points);
guint          atlas_geometry_get_n_polygons     (const AtlasGeometry *self);
guint          atlas_geometry_get_n_rings        (const AtlasGeometry *self,
                                                  guint          polygon);
const double  *atlas_geometry_get_ring           (const AtlasGeometry *self,
                                                  guint          polygon,
                                                  guint          ring,
                                                  guint         *n_points);
void           atlas_geometry_get_bounds         (const AtlasGeometry *self,
                                                  AtlasBounds   *bounds);
gboolean       atlas_geometry_contains           (const AtlasGeometry *self,
                                                  double         lon,
                                                  double         lat);
gboolean       atlas_geometry_get_interior_point (const AtlasGeometry *self,
                                                  double        *lon,
                                                  double        *lat);

void           atlas_bounds_init_empty           (AtlasBounds   *bounds);
void           atlas_bounds_extend               (AtlasBounds   *bounds,
                                                  double         lon,
                                                  double         lat);
gboolean       atlas_bounds_is_empty             (const AtlasBounds *bounds);
gboolean       atlas_bounds_contains             (const AtlasBounds *bounds,
                                                  double         lon,
                                                  double         lat);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtlasGeometry, atlas_geometry_unref)

G_END_DECLS

/* atlas-geometry.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-geometry"

#include "config.h"

#include <math.h>

#include "atlas-geometry.h"

typedef struct
{
  guint first_point;   /* index into coords, in points */
  guint n_points;
} Ring;

typedef struct
{
  guint first_ring;
  guint n_rings;
} Polygon;

struct _AtlasGeometry
{
  gatomicrefcount  ref_count;
  GArray          *coords;    /* double lon, lat pairs */
  GArray          *rings;     /* Ring */
  GArray          *polygons;  /* Polygon */
  AtlasBounds      bounds;
};

G_DEFINE_BOXED_TYPE (AtlasGeometry, atlas_geometry, atlas_geometry_ref, atlas_geometry_unref)

void
atlas_bounds_init_empty (AtlasBounds *bounds)
{
  bounds->min_lon = bounds->min_lat = G_MAXDOUBLE;
  bounds->max_lon = bounds->max_lat = -G_MAXDOUBLE;
}

void
atlas_bounds_extend (AtlasBounds *bounds,
                     double       lon,
                     double       lat)
{
  bounds->min_lon = MIN (bounds->min_lon, lon);
  bounds->max_lon = MAX (bounds->max_lon, lon);
  bounds->min_lat = MIN (bounds->min_lat, lat);
  bounds->max_lat = MAX (bounds->max_lat, lat);
}

gboolean
atlas_bounds_is_empty (const AtlasBounds *bounds)
{
  return bounds->min_lon > bounds->max_lon;
}

gboolean
atlas_bounds_contains (const AtlasBounds *bounds,
                       double             lon,
                       double             lat)
{
  return lon >= bounds->min_lon && lon <= bounds->max_lon &&
         lat >= bounds->min_lat && lat <= bounds->max_lat;
}

AtlasGeometry *
atlas_geometry_new (void)
{
  AtlasGeometry *self = g_new0 (AtlasGeometry, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->coords = g_array_new (FALSE, FALSE, sizeof (double));
  self->rings = g_array_new (FALSE, FALSE, sizeof (Ring));
  self->polygons = g_array_new (FALSE, FALSE, sizeof (Polygon));
  atlas_bounds_init_empty (&self->bounds);

  return self;
}

AtlasGeometry *
atlas_geometry_ref (AtlasGeometry *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
atlas_geometry_unref (AtlasGeometry *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_array_unref (self->coords);
      g_array_unref (self->rings);
      g_array_unref (self->polygons);
      g_free (self);
    }
}

void
atlas_geometry_begin_polygon (AtlasGeometry *self)
{
  Polygon polygon = { self->rings->len, 0 };

  g_return_if_fail (self != NULL);

  g_array_append_val (self->polygons, polygon);
}

/**
 * atlas_geometry_add_ring:
 * @self: a geometry
 * @lon_lat: (array length=n_points): lon, lat pairs
 * @n_points: the number of points (pairs)
 *
 * Adds a ring to the polygon begun last; the first ring of a polygon is its outer boundary.
 */
void
atlas_geometry_add_ring (AtlasGeometry *self,
                         const double  *lon_lat,
                         guint          n_points)
{
  Polygon *polygon;
  Ring ring;

  g_return_if_fail (self != NULL);
  g_return_if_fail (self->polygons->len > 0);

  ring.first_point = self->coords->len / 2;
  ring.n_points = n_points;
  g_array_append_vals (self->coords, lon_lat, n_points * 2);
  g_array_append_val (self->rings, ring);

  polygon = &g_array_index (self->polygons, Polygon, self->polygons->len - 1);
  polygon->n_rings++;

  for (guint i = 0; i < n_points; i++)
    atlas_bounds_extend (&self->bounds, lon_lat[2 * i], lon_lat[2 * i + 1]);
}

guint
atlas_geometry_get_n_polygons (const AtlasGeometry *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->polygons->len;
}

guint
atlas_geometry_get_n_rings (const AtlasGeometry *self,
                            guint                polygon)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (polygon < self->polygons->len, 0);

  return g_array_index (self->polygons, Polygon, polygon).n_rings;
}

const double *
atlas_geometry_get_ring (const AtlasGeometry *self,
                         guint                polygon,
                         guint                ring,
                         guint               *n_points)
{
  const Polygon *p;
  const Ring *r;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (polygon < self->polygons->len, NULL);

  p = &g_array_index (self->polygons, Polygon, polygon);
  g_return_val_if_fail (ring < p->n_rings, NULL);

  r = &g_array_index (self->rings, Ring, p->first_ring + ring);
  if (n_points)
    *n_points = r->n_points;

  return &g_array_index (self->coords, double, r->first_point * 2);
}

void
atlas_geometry_get_bounds (const AtlasGeometry *self,
                           AtlasBounds         *bounds)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (bounds != NULL);

  *bounds = self->bounds;
}

/* Even-odd crossing test of one ring. */
static gboolean
ring_contains (const double *pts,
               guint         n,
               double        x,
               double        y)
{
  gboolean inside = FALSE;

  for (guint i = 0, j = n - 1; i < n; j = i++)
    {
      double xi = pts[2 * i], yi = pts[2 * i + 1];
      double xj = pts[2 * j], yj = pts[2 * j + 1];

      if (((yi > y) != (yj > y)) &&
          (x < (xj - xi) * (y - yi) / (yj - yi) + xi))
        inside = !inside;
    }

  return inside;
}

static gboolean
polygon_contains (const AtlasGeometry *self,
                  guint                polygon,
                  double               lon,
                  double               lat)
{
  guint n_rings = atlas_geometry_get_n_rings (self, polygon);

  for (guint r = 0; r < n_rings; r++)
    {
      guint n;
      const double *pts = atlas_geometry_get_ring (self, polygon, r, &n);
      gboolean in = n >= 3 && ring_contains (pts, n, lon, lat);

      /* Inside the outer ring, and outside every hole */
      if (r == 0 ? !in : in)
        return FALSE;
    }

  return n_rings > 0;
}

/**
 * atlas_geometry_contains:
 *
 * Returns: %TRUE if the point lies inside one of the polygons and in none of its holes
 */
gboolean
atlas_geometry_contains (const AtlasGeometry *self,
                         double               lon,
                         double               lat)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!atlas_bounds_contains (&self->bounds, lon, lat))
    return FALSE;

  for (guint p = 0; p < self->polygons->len; p++)
    if (polygon_contains (self, p, lon, lat))
      return TRUE;

  return FALSE;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return (da > db) - (da < db);
}

/* Midpoint of the widest inside interval along the parallel at @lat, over all rings of all
 * polygons (even-odd); returns its width, or 0 if the parallel misses the shape. */
static double
widest_interval (const AtlasGeometry *self,
                 double               lat,
                 double              *mid_lon)
{
  g_autoptr(GArray) xs = g_array_new (FALSE, FALSE, sizeof (double));
  double best = 0;

  for (guint r = 0; r < self->rings->len; r++)
    {
      const Ring *ring = &g_array_index (self->rings, Ring, r);
      const double *pts = &g_array_index (self->coords, double, ring->first_point * 2);

      for (guint i = 0, j = ring->n_points - 1; i < ring->n_points; j = i++)
        {
          double yi = pts[2 * i + 1], yj = pts[2 * j + 1];

          if ((yi > lat) != (yj > lat))
            {
              double x = pts[2 * i] + (lat - yi) * (pts[2 * j] - pts[2 * i]) / (yj - yi);
              g_array_append_val (xs, x);
            }
        }
    }

  g_array_sort (xs, compare_double);

  for (guint i = 0; i + 1 < xs->len; i += 2)
    {
      double a = g_array_index (xs, double, i), b = g_array_index (xs, double, i + 1);

      if (b - a > best)
        {
          best = b - a;
          *mid_lon = (a + b) / 2;
        }
    }

  return best;
}

/**
 * atlas_geometry_get_interior_point:
 * @lon: (out): longitude of a point inside the shape
 * @lat: (out): latitude
 *
 * Finds a point that is inside the shape (unlike a centroid, which may fall outside a concave
 * or multi-part polygon), good for labels and for tests that click a neighbourhood. Scans a few
 * parallels and keeps the midpoint of the widest inside interval.
 *
 * Returns: %FALSE if the geometry is empty or degenerate
 */
gboolean
atlas_geometry_get_interior_point (const AtlasGeometry *self,
                                   double              *lon,
                                   double              *lat)
{
  double best_width = 0;
  const guint n_lines = 15;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->rings->len == 0)
    return FALSE;

  for (guint i = 1; i <= n_lines; i++)
    {
      double y = self->bounds.min_lat + (self->bounds.max_lat - self->bounds.min_lat) * i / (n_lines + 1);
      double x = 0;
      double width = widest_interval (self, y, &x);

      if (width > best_width && atlas_geometry_contains (self, x, y))
        {
          best_width = width;
          *lon = x;
          *lat = y;
        }
    }

  return best_width > 0;
}

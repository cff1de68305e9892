/* atlas-place-nav.c: moving between neighbourhoods with the arrow keys
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-place-nav"

#include "config.h"

#include <math.h>

#include "atlas-place-nav.h"

/*
 * The map's arrow keys move a focus from neighbourhood to neighbourhood (issue 7). Only the
 * places drawn as polygons take part: each stands for its interior point (the point its label
 * is drawn at, always inside it, unlike a centroid). The rule is plain geometry, in a local
 * plane where a degree of longitude is shortened by the cosine of the latitude, north up:
 *
 *  - a candidate must lie ahead, in the direction pressed (its offset along that axis > 0);
 *  - it must lie within the quarter-plane of that direction (no more to the side than ahead),
 *    unless none does, when any place ahead will do;
 *  - the nearest wins, where sideways distance counts twice, so that Right goes to the place
 *    to the right rather than to a nearer one up and to the right. Ties go to the KB's order.
 *
 * Every step moves strictly ahead, so holding one arrow never cycles, and stops at the edge.
 */

#define SIDEWAYS_WEIGHT 2.0

/**
 * atlas_place_nav_get_point:
 * @lat: (out) (optional):
 * @lon: (out) (optional):
 *
 * The point that stands for @place when moving between places: the interior point of its
 * polygon.
 *
 * Returns: %FALSE if @place has no polygon, and takes no part
 */
gboolean
atlas_place_nav_get_point (AtlasPlace *place,
                           double     *lat,
                           double     *lon)
{
  static GQuark quark;
  double *point;

  g_return_val_if_fail (ATLAS_IS_PLACE (place), FALSE);

  if G_UNLIKELY (quark == 0)
    quark = g_quark_from_static_string ("atlas-place-nav-point");

  /* Found once per place: the scan is far slower than a key press's comparisons. A place with
   * no point holds an empty array. */
  if ((point = g_object_get_qdata (G_OBJECT (place), quark)) == NULL)
    {
      AtlasGeometry *geometry = atlas_place_get_geometry (place);
      double x, y;

      point = g_new0 (double, 3);
      if (geometry && atlas_geometry_get_interior_point (geometry, &x, &y))
        {
          point[0] = y;
          point[1] = x;
          point[2] = 1;
        }
      g_object_set_qdata_full (G_OBJECT (place), quark, point, g_free);
    }

  if (point[2] == 0)
    return FALSE;

  if (lat)
    *lat = point[0];
  if (lon)
    *lon = point[1];
  return TRUE;
}

/* @to's offset from @from along @direction (ahead) and across it (sideways), in degrees of
 * latitude */
static void
get_offsets (double             from_lat,
             double             from_lon,
             double             to_lat,
             double             to_lon,
             AtlasNavDirection  direction,
             double            *ahead,
             double            *sideways)
{
  double east = (to_lon - from_lon) * cos (from_lat * G_PI / 180.0);
  double north = to_lat - from_lat;

  switch (direction)
    {
    case ATLAS_NAV_LEFT:  *ahead = -east;  *sideways = fabs (north); break;
    case ATLAS_NAV_RIGHT: *ahead = east;   *sideways = fabs (north); break;
    case ATLAS_NAV_UP:    *ahead = north;  *sideways = fabs (east);  break;
    case ATLAS_NAV_DOWN:  *ahead = -north; *sideways = fabs (east);  break;
    default: g_assert_not_reached ();
    }
}

/**
 * atlas_place_nav_next:
 * @places: a list of #AtlasPlace
 * @from: the place the focus is on
 * @direction: the arrow pressed
 *
 * Returns: (transfer none) (nullable): the place of @places the focus moves to from @from,
 *   or %NULL if there is none in @direction (or @from has no polygon)
 */
AtlasPlace *
atlas_place_nav_next (GListModel        *places,
                      AtlasPlace        *from,
                      AtlasNavDirection  direction)
{
  AtlasPlace *best[2] = { NULL, NULL };    /* in the quarter-plane, and anywhere ahead */
  double best_score[2] = { G_MAXDOUBLE, G_MAXDOUBLE };
  double from_lat, from_lon;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (places), NULL);
  g_return_val_if_fail (ATLAS_IS_PLACE (from), NULL);

  if (!atlas_place_nav_get_point (from, &from_lat, &from_lon))
    return NULL;

  n = g_list_model_get_n_items (places);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AtlasPlace) place = g_list_model_get_item (places, i);
      double lat, lon, ahead, sideways, score;

      if (place == from || !atlas_place_nav_get_point (place, &lat, &lon))
        continue;

      get_offsets (from_lat, from_lon, lat, lon, direction, &ahead, &sideways);
      if (ahead <= 1e-9)
        continue;

      score = hypot (ahead, SIDEWAYS_WEIGHT * sideways);
      for (guint k = 0; k < 2; k++)
        {
          if (k == 0 && sideways > ahead)
            continue;
          if (score < best_score[k])
            {
              best_score[k] = score;
              best[k] = place;
            }
        }
    }

  return best[0] ? best[0] : best[1];
}

/**
 * atlas_place_nav_nearest:
 *
 * Returns: (transfer none) (nullable): the place of @places with a polygon whose point is
 *   nearest to (@lat, @lon); where the focus starts
 */
AtlasPlace *
atlas_place_nav_nearest (GListModel *places,
                         double      lat,
                         double      lon)
{
  AtlasPlace *best = NULL;
  double best_distance = G_MAXDOUBLE;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (places), NULL);

  n = g_list_model_get_n_items (places);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AtlasPlace) place = g_list_model_get_item (places, i);
      double place_lat, place_lon, east, north;

      if (!atlas_place_nav_get_point (place, &place_lat, &place_lon))
        continue;

      east = (place_lon - lon) * cos (lat * G_PI / 180.0);
      north = place_lat - lat;
      if (hypot (east, north) < best_distance)
        {
          best_distance = hypot (east, north);
          best = place;
        }
    }

  return best;
}

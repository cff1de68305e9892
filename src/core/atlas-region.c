/* atlas-region.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-region"

#include "config.h"

#include <math.h>

#include "atlas-kb.h"
#include "atlas-place.h"
#include "atlas-region.h"

/*
 * The region is the city and its surroundings: what the map frames when an event is selected,
 * and what the details pane need not offer to show. Both used to have their own threshold
 * (40 km in the details pane, 60 km on the map), so a place between the two was framed by the
 * map and still offered a "Show on map" button (issue 6).
 *
 * 50 km, from the KB's region centre (Aleppo: 36.20 N, 37.16 E). On the shipped KB the
 * nearest places outside are Idlib province (65 km) and, not in the KB but the case the rule
 * is for, Idlib city (56 km); the farthest inside are Aleppo's countryside towns: Nubl and
 * al-Zahraa (25 km) and Azaz (44 km), near the Turkish border in Aleppo governorate. 50 km
 * leaves some 6 km either side for approximate coordinates. Damascus (309 km), Geneva and
 * New York are far by any measure.
 */

/**
 * atlas_distance_km:
 *
 * Returns: the great-circle distance between two WGS84 points, in kilometres, on a sphere
 *   of %ATLAS_EARTH_RADIUS_KM (haversine; off by at most 0.5% against the ellipsoid)
 */
double
atlas_distance_km (double lat1,
                   double lon1,
                   double lat2,
                   double lon2)
{
  double p1 = lat1 * G_PI / 180.0;
  double p2 = lat2 * G_PI / 180.0;
  double dp = p2 - p1;
  double dl = (lon2 - lon1) * G_PI / 180.0;
  double a = sin (dp / 2) * sin (dp / 2) + cos (p1) * cos (p2) * sin (dl / 2) * sin (dl / 2);

  /* Rounding can push a past 1 for nearly antipodal points */
  return 2 * ATLAS_EARTH_RADIUS_KM * asin (sqrt (CLAMP (a, 0.0, 1.0)));
}

/**
 * atlas_region_is_near:
 * @center_lat: the region's centre, as the KB gives it
 *
 * Returns: %TRUE if (@lat, @lon) is at most %ATLAS_REGION_RADIUS_KM from the centre
 */
gboolean
atlas_region_is_near (double center_lat,
                      double center_lon,
                      double lat,
                      double lon)
{
  return atlas_distance_km (center_lat, center_lon, lat, lon) <= ATLAS_REGION_RADIUS_KM;
}

/**
 * atlas_region_place_is_far:
 *
 * Whether @place lies outside the region of @kb. A place with no location, or a KB that does
 * not say where its region is, is not far: nothing says so.
 */
gboolean
atlas_region_place_is_far (AtlasKb    *kb,
                           AtlasPlace *place)
{
  double lat, lon, center_lat, center_lon;

  g_return_val_if_fail (ATLAS_IS_KB (kb), FALSE);
  g_return_val_if_fail (ATLAS_IS_PLACE (place), FALSE);

  if (!atlas_place_get_location (place, &lat, &lon) ||
      !atlas_kb_get_region_center (kb, &center_lat, &center_lon, NULL))
    return FALSE;

  return !atlas_region_is_near (center_lat, center_lon, lat, lon);
}

/*
 * Around the region (issue 7): places the map shows together with the city, so that a town
 * 20 km out is seen where it is rather than as a dot on empty grey. 150 km takes in the
 * countryside the reports name (Nubl and al-Zahraa 25 km, Khan Touman 13 km, Idlib province
 * 65 km) and Hama (about 120 km); the map also counts anywhere inside the country as around.
 * Farther places (London, New York, Geneva) are never flown to: the map points at them.
 */

/**
 * atlas_region_is_around:
 *
 * Returns: %TRUE if (@lat, @lon) is at most %ATLAS_AROUND_RADIUS_KM from the region's centre
 */
gboolean
atlas_region_is_around (double center_lat,
                        double center_lon,
                        double lat,
                        double lon)
{
  return atlas_distance_km (center_lat, center_lon, lat, lon) <= ATLAS_AROUND_RADIUS_KM;
}

/**
 * atlas_bearing_deg:
 *
 * Returns: the initial bearing of the great circle from the first point to the second, in
 *   degrees clockwise from north, in [0, 360); 0 for the same point
 */
double
atlas_bearing_deg (double lat1,
                   double lon1,
                   double lat2,
                   double lon2)
{
  double p1 = lat1 * G_PI / 180.0;
  double p2 = lat2 * G_PI / 180.0;
  double dl = (lon2 - lon1) * G_PI / 180.0;
  double y = sin (dl) * cos (p2);
  double x = cos (p1) * sin (p2) - sin (p1) * cos (p2) * cos (dl);
  double degrees;

  if (fabs (x) < 1e-15 && fabs (y) < 1e-15)
    return 0;

  degrees = fmod (atan2 (y, x) * 180.0 / G_PI + 360.0, 360.0);
  return degrees >= 360.0 ? 0 : degrees;
}

/**
 * atlas_bearing_arrow:
 * @degrees: a bearing, clockwise from north (up)
 *
 * Returns: the arrow of the eight (↑ ↗ → ↘ ↓ ↙ ← ↖) nearest @degrees
 */
const char *
atlas_bearing_arrow (double degrees)
{
  static const char * const arrows[] = { "↑", "↗", "→", "↘", "↓", "↙", "←", "↖" };
  double d = fmod (fmod (degrees, 360.0) + 360.0, 360.0);

  return arrows[(guint) floor ((d + 22.5) / 45.0) % 8];
}

/**
 * atlas_round_distance_km:
 *
 * Returns: @km rounded as a person would say it, no more precise than the points it is
 *   measured between: to 100 km from 1,000 km, to 10 km from 100 km, else to 1 km
 */
double
atlas_round_distance_km (double km)
{
  double step = km >= 1000 ? 100 : km >= 100 ? 10 : 1;

  return round (km / step) * step;
}

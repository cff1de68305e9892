/* atlas-region.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_EARTH_RADIUS_KM  6371.0
#define ATLAS_REGION_RADIUS_KM 50.0
#define ATLAS_AROUND_RADIUS_KM 150.0

double   atlas_distance_km         (double      lat1,
                                    double      lon1,
                                    double      lat2,
                                    double      lon2);
gboolean atlas_region_is_near      (double      center_lat,
                                    double      center_lon,
                                    double      lat,
                                    double      lon);
gboolean atlas_region_place_is_far (AtlasKb    *kb,
                                    AtlasPlace *place);
gboolean atlas_region_is_around    (double      center_lat,
                                    double      center_lon,
                                    double      lat,
                                    double      lon);
double   atlas_bearing_deg         (double      lat1,
                                    double      lon1,
                                    double      lat2,
                                    double      lon2);
const char *atlas_bearing_arrow    (double      degrees);
double   atlas_round_distance_km   (double      km);

G_END_DECLS

/* atlas-place-nav.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-place.h"

G_BEGIN_DECLS

typedef enum
{
  ATLAS_NAV_LEFT,
  ATLAS_NAV_RIGHT,
  ATLAS_NAV_UP,
  ATLAS_NAV_DOWN,
} AtlasNavDirection;

gboolean    atlas_place_nav_get_point (AtlasPlace        *place,
                                       double            *lat,
                                       double            *lon);
AtlasPlace *atlas_place_nav_next      (GListModel        *places,
                                       AtlasPlace        *from,
                                       AtlasNavDirection  direction);
AtlasPlace *atlas_place_nav_nearest   (GListModel        *places,
                                       double             lat,
                                       double             lon);

G_END_DECLS

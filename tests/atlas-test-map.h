/* atlas-test-map.h: the map view on the shipped KB, in a window, for the map tests
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-test-gtk.h"

#include "atlas-map-layer.h"
#include "atlas-map-view.h"

G_BEGIN_DECLS

typedef struct
{
  AtlasKb      *kb;
  AtlasSession *session;
  GtkWindow    *window;
  AtlasMapView *view;
} MapFixture;

/* A point the map should be centred on */
typedef struct
{
  MapFixture *f;
  double      lat;
  double      lon;
} MapTarget;

void        atlas_test_map_fixture_set_up          (MapFixture    *f,
                                                    gconstpointer  data);
void        atlas_test_map_fixture_tear_down       (MapFixture    *f,
                                                    gconstpointer  data);
void        atlas_test_map_load_css                (void);

void        atlas_test_map_wait_for_layer_frame    (MapFixture    *f);
void        atlas_test_map_wait_for_layer_frames   (MapFixture    *f,
                                                    guint          n);
gboolean    atlas_test_map_centred_on_target       (MapTarget     *target);
void        atlas_test_map_save_screenshot         (MapFixture    *f,
                                                    const char    *name);

void        atlas_test_map_location_to_view        (MapFixture    *f,
                                                    double         lat,
                                                    double         lon,
                                                    double        *x,
                                                    double        *y);
void        atlas_test_map_click_location          (MapFixture    *f,
                                                    double         lat,
                                                    double         lon);
gboolean    atlas_test_map_location_visible        (MapFixture    *f,
                                                    double         lat,
                                                    double         lon);
void        atlas_test_map_get_center              (MapFixture    *f,
                                                    double        *lat,
                                                    double        *lon);
void        atlas_test_map_polygon_interior_point  (AtlasGeometry *geometry,
                                                    guint          polygon,
                                                    double        *lat,
                                                    double        *lon);
AtlasEvent *atlas_test_map_find_event_at           (AtlasKb       *kb,
                                                    const char    *place_id);

G_END_DECLS

/* atlas-map-layer.c: PLACEHOLDER, to be replaced
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-map-layer"

#include "config.h"

#include "atlas-map-layer.h"

struct _AtlasMapLayer
{
  ShumateLayer parent_instance;
};

G_DEFINE_FINAL_TYPE (AtlasMapLayer, atlas_map_layer, SHUMATE_TYPE_LAYER)

static void
atlas_map_layer_dispose (GObject *object)
{
  G_OBJECT_CLASS (atlas_map_layer_parent_class)->dispose (object);
}

static void
atlas_map_layer_class_init (AtlasMapLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = atlas_map_layer_dispose;
}

static void
atlas_map_layer_init (AtlasMapLayer *self)
{
}

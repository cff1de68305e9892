/* atlas-map-view.c: PLACEHOLDER, to be replaced
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-map-view"

#include "config.h"

#include "atlas-map-view.h"

struct _AtlasMapView
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (AtlasMapView, atlas_map_view, GTK_TYPE_WIDGET)

static void
atlas_map_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), ATLAS_TYPE_MAP_VIEW);
  G_OBJECT_CLASS (atlas_map_view_parent_class)->dispose (object);
}

static void
atlas_map_view_class_init (AtlasMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_map_view_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/atlas-map-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
atlas_map_view_init (AtlasMapView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

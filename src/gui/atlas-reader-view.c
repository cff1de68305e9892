/* atlas-reader-view.c: PLACEHOLDER, to be replaced
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-reader-view"

#include "config.h"

#include "atlas-reader-view.h"

struct _AtlasReaderView
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (AtlasReaderView, atlas_reader_view, GTK_TYPE_WIDGET)

static void
atlas_reader_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), ATLAS_TYPE_READER_VIEW);
  G_OBJECT_CLASS (atlas_reader_view_parent_class)->dispose (object);
}

static void
atlas_reader_view_class_init (AtlasReaderViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_reader_view_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/atlas-reader-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
atlas_reader_view_init (AtlasReaderView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

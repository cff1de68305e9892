/* atlas-timeline-panel.c: PLACEHOLDER, to be replaced
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-timeline-panel"

#include "config.h"

#include "atlas-timeline-panel.h"

struct _AtlasTimelinePanel
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (AtlasTimelinePanel, atlas_timeline_panel, GTK_TYPE_WIDGET)

static void
atlas_timeline_panel_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), ATLAS_TYPE_TIMELINE_PANEL);
  G_OBJECT_CLASS (atlas_timeline_panel_parent_class)->dispose (object);
}

static void
atlas_timeline_panel_class_init (AtlasTimelinePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_timeline_panel_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/atlas-timeline-panel.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
atlas_timeline_panel_init (AtlasTimelinePanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

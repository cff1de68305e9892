/* atlas-event-list.c: PLACEHOLDER, to be replaced
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-event-list"

#include "config.h"

#include "atlas-event-list.h"

struct _AtlasEventList
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (AtlasEventList, atlas_event_list, GTK_TYPE_WIDGET)

static void
atlas_event_list_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), ATLAS_TYPE_EVENT_LIST);
  G_OBJECT_CLASS (atlas_event_list_parent_class)->dispose (object);
}

static void
atlas_event_list_class_init (AtlasEventListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_event_list_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/atlas-event-list.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
atlas_event_list_init (AtlasEventList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* atlas-timeline-view.c: PLACEHOLDER, to be replaced
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-timeline-view"

#include "config.h"

#include "atlas-timeline-view.h"

struct _AtlasTimelineView
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (AtlasTimelineView, atlas_timeline_view, GTK_TYPE_WIDGET)

static void
atlas_timeline_view_dispose (GObject *object)
{
  G_OBJECT_CLASS (atlas_timeline_view_parent_class)->dispose (object);
}

static void
atlas_timeline_view_class_init (AtlasTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = atlas_timeline_view_dispose;
}

static void
atlas_timeline_view_init (AtlasTimelineView *self)
{
}

/* atlas-style-monitor.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  ATLAS_STYLE_LIGHT,
  ATLAS_STYLE_DARK,
  ATLAS_STYLE_HC,
  ATLAS_STYLE_HC_DARK,
} AtlasStyle;

#define ATLAS_STYLE_IS_DARK(s) ((s) == ATLAS_STYLE_DARK || (s) == ATLAS_STYLE_HC_DARK)
#define ATLAS_STYLE_IS_HC(s)   ((s) == ATLAS_STYLE_HC || (s) == ATLAS_STYLE_HC_DARK)

#define ATLAS_TYPE_STYLE_MONITOR (atlas_style_monitor_get_type ())

G_DECLARE_FINAL_TYPE (AtlasStyleMonitor, atlas_style_monitor, ATLAS, STYLE_MONITOR, GObject)

AtlasStyleMonitor *atlas_style_monitor_new       (GdkDisplay        *display);
AtlasStyle         atlas_style_monitor_get_style (AtlasStyleMonitor *self);
gboolean           atlas_style_monitor_is_forced (AtlasStyleMonitor *self);
const char        *atlas_style_monitor_get_source (AtlasStyleMonitor *self);

gboolean           atlas_style_parse             (const char        *text,
                                                  AtlasStyle        *style);
AtlasStyle         atlas_style_for_widget        (GtkWidget         *widget);
AtlasStyle         atlas_style_from_color        (const GdkRGBA     *fg,
                                                  GtkSettings       *settings);

G_END_DECLS

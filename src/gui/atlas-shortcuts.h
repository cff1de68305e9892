/* atlas-shortcuts.h: keys that no GtkShortcutController lists
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * Most of the app's keys are in GtkShortcutControllers (window and widget class bindings,
 * shortcut controllers) or are application accelerators, which a test can list. The few
 * that are not are in tables, which the code that handles them reads and test-shortcuts
 * checks against the shortcuts window (issue 8).
 */
typedef struct
{
  guint           keyval;
  GdkModifierType modifiers;
  guint           action;      /* what the key does, for the code that handles it */
} AtlasKey;

/* atlas-map-view-keys.c: the map's arrows, Enter, Space and Escape */
const AtlasKey *atlas_map_view_get_keys      (guint *n_keys);

/* Keys of GTK's own widgets that the shortcuts window documents, such as Enter in the
 * timeline's "Go to date" entry */
const AtlasKey *atlas_shortcuts_get_gtk_keys (guint *n_keys);

G_END_DECLS

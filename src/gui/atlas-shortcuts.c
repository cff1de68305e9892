/* atlas-shortcuts.c: keys that no GtkShortcutController lists
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-shortcuts"

#include "config.h"

#include "atlas-shortcuts.h"

/* Handled by GTK's widgets, not installed by the app: listed so that the test counts them */
static const AtlasKey gtk_keys[] = {
  /* GtkEntry::activate in the timeline's "Go to date" */
  { GDK_KEY_Return, 0, 0 },
};

/**
 * atlas_shortcuts_get_gtk_keys:
 *
 * Returns: (array length=n_keys): keys of GTK's own widgets that the shortcuts window lists
 */
const AtlasKey *
atlas_shortcuts_get_gtk_keys (guint *n_keys)
{
  *n_keys = G_N_ELEMENTS (gtk_keys);
  return gtk_keys;
}

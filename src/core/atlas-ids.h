/* atlas-ids.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether @id is already used in the collection a new id is made for */
typedef gboolean (*AtlasIdTakenFunc) (const char *id,
                                      gpointer    user_data);

char *atlas_ids_slugify (const char       *words,
                         guint             max_chars);
char *atlas_ids_make    (const char       *prefix,
                         const char       *words,
                         AtlasIdTakenFunc  taken,
                         gpointer          user_data);

G_END_DECLS

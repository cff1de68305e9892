/* atlas-check.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean atlas_check_file (const char *filename,
                           GString    *out,
                           GString    *err);

G_END_DECLS

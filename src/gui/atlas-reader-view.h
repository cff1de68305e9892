/* atlas-reader-view.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>
#include <shumate/shumate.h>

#include "atlas-session.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_READER_VIEW (atlas_reader_view_get_type ())

G_DECLARE_FINAL_TYPE (AtlasReaderView, atlas_reader_view, ATLAS, READER_VIEW, GtkWidget)

G_END_DECLS

/* atlas-timeline-layout-private.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-timeline-layout.h"

G_BEGIN_DECLS

#define ATLAS_TIMELINE_MIN_SPAN_DAYS 3.0

/* atlas-timeline-viewport.c */
void _atlas_timeline_layout_build_scale (AtlasTimelineLayout *self);

G_END_DECLS

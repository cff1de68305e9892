/* atlas-test-kb.h: KBs for the tests, shared by the core and widget tests
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-kb.h"

G_BEGIN_DECLS

AtlasKb *atlas_test_load_string (const char *json);

G_END_DECLS

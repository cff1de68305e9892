/* atlas-test-edit.h: checks of an edited KB, shared by the tests of editing (issue 9)
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-kb.h"

G_BEGIN_DECLS

/* Asserts that every index of @kb (positions, ids, the item-to-items tables, overlaps) equals
 * one built afresh from its items by _atlas_kb_build_indexes(): this catches any slip of the
 * incremental updates of atlas-kb-edit.c */
void  atlas_test_check_indexes (AtlasKb *kb);

/* The KB as a string: every item and every reference between items, with their addresses, so
 * that a reference left to a replaced item shows. Undoing every edit must give the same string. */
char *atlas_test_kb_snapshot   (AtlasKb *kb);
void  atlas_test_assert_snapshot (AtlasKb    *kb,
                                  const char *expected);

G_END_DECLS

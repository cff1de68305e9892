/* atlas-test-gtk.h: shared by the widget tests
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

/* Initialises GTK, or says the whole program is skipped. Widget tests speak TAP, and for TAP
 * meson counts exit status 77 as an error: a plan of "1..0 # SKIP" is TAP's skip. */
static inline gboolean
atlas_test_init_gtk_or_skip (void)
{
  if (gtk_init_check ())
    return TRUE;

  g_print ("1..0 # SKIP no display\n");
  return FALSE;
}

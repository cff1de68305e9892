/* main.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-application.h"
#include "atlas-locale.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AtlasApplication) app = NULL;
  int status;

  atlas_locale_init (NULL);

  app = atlas_application_new ();
  status = g_application_run (G_APPLICATION (app), argc, argv);

  return status != 0 ? status : atlas_application_get_status (app);
}

/* atlas-check.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-check"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-check.h"
#include "atlas-kb.h"

/**
 * atlas_check_file:
 * @filename: a KB file, as the user named it
 * @out: where the one-line summary of a valid file goes
 * @err: where problems go, one a line, as `FILE:LINE:COL: PATH: MESSAGE` (and warnings as
 *   `FILE:LINE:COL: PATH: warning: MESSAGE`)
 *
 * What `aleppo-atlas --check` does for each file; needs no display.
 *
 * Returns: %TRUE if the file is a valid KB, warnings or not
 */
gboolean
atlas_check_file (const char *filename,
                  GString    *out,
                  GString    *err)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(AtlasKb) kb = NULL;
  g_autoptr(GError) error = NULL;
  guint n_articles, n_places, n_events, n_casualties, n_warnings;

  g_return_val_if_fail (filename != NULL, FALSE);

  file = g_file_new_for_commandline_arg (filename);

  kb = atlas_kb_new_from_file (file, NULL, &problems, &error);

  /* Errors and warnings alike; a file with warnings only is valid, and loads */
  for (guint i = 0; problems && i < problems->len; i++)
    {
      AtlasProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *line = NULL;

      /* Name the file as the user did, so that editors can find it */
      g_free (problem->file);
      problem->file = g_strdup (filename);
      line = atlas_problem_to_string (problem);
      g_string_append_printf (err, "%s\n", line);
    }

  if (kb == NULL)
    {
      if (problems == NULL || problems->len == 0)
        g_string_append_printf (err, "%s: %s\n", filename, error->message);

      return FALSE;
    }

  n_warnings = problems ? problems->len : 0;
  n_articles = g_list_model_get_n_items (atlas_kb_get_articles (kb));
  n_places = g_list_model_get_n_items (atlas_kb_get_places (kb));
  n_events = g_list_model_get_n_items (atlas_kb_get_events (kb));
  n_casualties = g_list_model_get_n_items (atlas_kb_get_casualties (kb));

  {
    g_autofree char *articles = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u article", "%u articles", n_articles), n_articles);
    g_autofree char *places = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u place", "%u places", n_places), n_places);
    g_autofree char *events = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", n_events), n_events);
    g_autofree char *casualties = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u casualty figure", "%u casualty figures",
                                                                n_casualties), n_casualties);

    if (n_warnings == 0)
      /* Translators: the summary of a valid file in `aleppo-atlas --check`: the file, then
       * "5 articles", "145 places", "32 events", "8 casualty figures" */
      g_string_append_printf (out, _("%s: valid: %s, %s, %s, %s\n"), filename, articles, places, events, casualties);
    else
      {
        g_autofree char *warnings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", n_warnings),
                                                     n_warnings);

        /* Translators: the summary of a valid file that has warnings (sources re-anchored or
         * orphaned after an article's text changed): the file, "5 articles", "145 places",
         * "32 events", "8 casualty figures", then "2 warnings" */
        g_string_append_printf (out, _("%s: valid: %s, %s, %s, %s; %s\n"), filename, articles, places, events, casualties,
                                warnings);
      }
  }

  return TRUE;
}

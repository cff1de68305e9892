/* atlas-about.c: the About dialog, with credits for every data source
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-about"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-about.h"
#include "atlas-application.h"
#include "atlas-credits.h"
#include "atlas-kb.h"

#define HOMEPAGE "https://github.com/aleppoatlas/aleppo-atlas"

/* "TEXT URL" is how GtkAboutDialog links a credit */
static char *
credit_line (const char *text,
             const char *url)
{
  return url ? g_strdup_printf ("%s %s", text, url) : g_strdup (text);
}

static char **
dup_report_credits (void)
{
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();
  g_autoptr(AtlasKb) kb = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *articles;

  if (!(kb = atlas_kb_new_from_resource (ATLAS_EMBEDDED_KB, &error)))
    {
      g_warning ("The embedded knowledge base is invalid: %s", error->message);
      return g_strv_builder_end (lines);
    }

  articles = atlas_kb_get_articles (kb);
  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(AtlasArticle) article = g_list_model_get_item (articles, i);
      g_autofree char *date = atlas_date_format (atlas_article_get_published (article));
      g_autofree char *text = NULL;
      g_autofree char *line = NULL;

      /* Translators: a report the KB quotes, in About: its outlet, “its title” and its date */
      text = g_strdup_printf (_("%s, “%s”, %s"), atlas_article_get_outlet (article),
                              atlas_article_get_title (article), date);
      line = credit_line (text, atlas_article_get_url (article));
      g_strv_builder_add (lines, line);
    }

  return g_strv_builder_end (lines);
}

GtkWidget *
atlas_about_dialog_new (GtkWindow *parent)
{
  static const char *authors[] = { "The Aleppo Atlas authors", NULL };
  g_autoptr(GStrvBuilder) map_data = g_strv_builder_new ();
  g_auto(GStrv) map_lines = NULL;
  g_auto(GStrv) reports = dup_report_credits ();
  const AtlasDatasetCredit *dataset_credits;
  guint n_credits;
  GtkWidget *dialog;

  dataset_credits = atlas_dataset_credits_get (&n_credits);
  for (guint i = 0; i < n_credits; i++)
    {
      g_autofree char *line = credit_line (_(dataset_credits[i].credit), dataset_credits[i].url);

      g_strv_builder_add (map_data, line);
    }
  map_lines = g_strv_builder_end (map_data);

  dialog = g_object_new (GTK_TYPE_ABOUT_DIALOG,
                         "transient-for", parent,
                         "modal", parent != NULL,
                         "destroy-with-parent", TRUE,
                         "program-name", _("Aleppo Atlas"),
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Neighbourhoods, events and reports of the 2016 battle of Aleppo, "
                                       "with every fact linked to the sentence that states it.\n\n"
                                       "Boundaries are pre-war administrative units, not front lines."),
                         "website", HOMEPAGE,
                         "authors", authors,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", _("© 2026 The Aleppo Atlas authors"),
                         NULL);

  gtk_about_dialog_add_credit_section (GTK_ABOUT_DIALOG (dialog), _("Map data"), (const char **) map_lines);
  /* Translators: a heading in About; the reports are quoted, not licensed */
  gtk_about_dialog_add_credit_section (GTK_ABOUT_DIALOG (dialog), _("Reports quoted as sources"),
                                       (const char **) reports);
  return dialog;
}

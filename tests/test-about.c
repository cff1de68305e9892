/* test-about.c: About credits every data source the built-in KB and the map use
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-about"

#include "config.h"

#include "atlas-test-gtk.h"

#include <gtk/gtk.h>
#include <string.h>

#include "atlas-about.h"
#include "atlas-credits.h"
#include "atlas-application.h"
#include "atlas-window.h"

static void
collect_texts (GtkWidget *widget,
               GString   *texts)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (texts, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  if (GTK_IS_STACK (widget))
    {
      /* The credits page is filled when first shown */
      if (gtk_stack_get_child_by_name (GTK_STACK (widget), "credits"))
        gtk_stack_set_visible_child_name (GTK_STACK (widget), "credits");
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_texts (child, texts);
}

static GtkAboutDialog *
find_about (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_ABOUT_DIALOG (window))
        return GTK_ABOUT_DIALOG (window);
    }
  return NULL;
}

static gboolean
has_about (gpointer data)
{
  return find_about () != NULL;
}

/* Whether @credit is in the dialog's texts, as GtkAboutDialog shows "TEXT URL": the text */
static gboolean
shows_credit (const char *texts,
              const char *credit)
{
  return strstr (texts, credit) != NULL;
}

static void
test_credits (void)
{
  g_autoptr(AtlasApplication) app = atlas_application_new ();
  g_autoptr(AtlasKb) kb = atlas_kb_new_from_resource (ATLAS_EMBEDDED_KB, NULL);
  g_autoptr(GString) texts = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  const AtlasDatasetCredit *credits;
  GListModel *places, *articles;
  GtkAboutDialog *about;
  AtlasWindow *window;
  guint n_credits, n_credited = 0;

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  window = atlas_window_new (app);
  g_assert_true (atlas_window_open_embedded (window));
  gtk_window_present (GTK_WINDOW (window));

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  atlas_test_wait_until (has_about, NULL);
  about = find_about ();
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (about)) == GTK_WINDOW (window));

  g_assert_cmpstr (gtk_about_dialog_get_version (about), ==, PACKAGE_VERSION);
  g_assert_cmpint (gtk_about_dialog_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
  g_assert_nonnull (gtk_about_dialog_get_website (about));

  collect_texts (GTK_WIDGET (about), texts);
  g_test_message ("About shows:\n%s", texts->str);

  /* Every place's source names a credited dataset, and the dialog shows that credit */
  credits = atlas_dataset_credits_get (&n_credits);
  places = atlas_kb_get_places (kb);
  for (guint i = 0; i < g_list_model_get_n_items (places); i++)
    {
      g_autoptr(AtlasPlace) place = g_list_model_get_item (places, i);
      const char *source = atlas_place_get_source (place);
      gboolean credited = FALSE;

      /* Three places were found in no dataset: they have no location, and nothing to credit */
      if (source == NULL)
        {
          g_assert_false (atlas_place_get_location (place, NULL, NULL));
          continue;
        }

      for (guint c = 0; c < n_credits && !credited; c++)
        if (atlas_dataset_credit_names (&credits[c], source))
          {
            g_assert_true (shows_credit (texts->str, credits[c].credit));
            credited = TRUE;
            n_credited++;
          }

      if (!credited)
        g_error ("The source of %s is in no credited dataset: %s", atlas_place_get_id (place), source);
    }
  g_assert_cmpuint (n_credited, >, 0);

  /* Data that no place names, always on the map or with the street map: credited too */
  for (guint c = 0; c < n_credits; c++)
    g_assert_true (shows_credit (texts->str, credits[c].credit));
  g_assert_true (shows_credit (texts->str, "OpenStreetMap"));
  g_assert_true (shows_credit (texts->str, "OCHA"));

  /* Every report the KB quotes: outlet and title */
  articles = atlas_kb_get_articles (kb);
  g_assert_cmpuint (g_list_model_get_n_items (articles), ==, 5);
  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(AtlasArticle) article = g_list_model_get_item (articles, i);
      g_autofree char *line = g_strdup_printf ("%s, “%s”", atlas_article_get_outlet (article),
                                               atlas_article_get_title (article));

      if (!shows_credit (texts->str, line))
        g_error ("About does not credit the report %s", line);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  atlas_test_iterate_for (20);
  g_assert_null (find_about ());
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  if (!atlas_test_init_gtk_or_skip ())
    return 0;

  g_test_add_func ("/about/credits", test_credits);

  return g_test_run ();
}

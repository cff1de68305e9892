/* test-mnemonics.c: no two mnemonics of a form share a key
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Alt and a letter takes a keyboard user to the field whose label underlines it; when two
 * labels of one form underline the same letter, GTK goes to each in turn, and "Alt+S" that
 * should save moves to the Summary instead. Every form, in each of its modes, is checked.
 */

#define G_LOG_DOMAIN "test-mnemonics"

#include "config.h"

#include "atlas-event-dialog.h"
#include "atlas-figure-dialog.h"
#include "atlas-place-dialog.h"
#include "atlas-report-dialog.h"
#include "atlas-test-gtk.h"
#include "atlas-test-kb.h"

/* Fails naming both labels when two of @window's labels underline the same key */
static void
assert_distinct_mnemonics (gpointer    window,
                           const char *form)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GHashTable) keys = g_hash_table_new (NULL, NULL);
  guint n_mnemonics = 0;

  atlas_test_collect_descendants (GTK_WIDGET (window), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);
      guint keyval = gtk_label_get_mnemonic_keyval (label);
      GtkLabel *other;

      if (keyval == GDK_KEY_VoidSymbol)
        continue;

      n_mnemonics++;
      keyval = gdk_keyval_to_lower (keyval);
      if ((other = g_hash_table_lookup (keys, GUINT_TO_POINTER (keyval))))
        g_error ("In the %s form, “%s” and “%s” both underline %s", form, gtk_label_get_label (other),
                 gtk_label_get_label (label), gdk_keyval_name (keyval));
      g_hash_table_insert (keys, GUINT_TO_POINTER (keyval), label);
    }

  /* Not a walk that found nothing */
  g_assert_cmpuint (n_mnemonics, >=, 4);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_forms (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_shipped_kb ();
  g_autoptr(AtlasEvent) event = g_list_model_get_item (atlas_kb_get_events (kb), 0);
  g_autoptr(AtlasCasualty) casualty = g_list_model_get_item (atlas_kb_get_casualties (kb), 0);
  g_autoptr(AtlasPlace) place = g_list_model_get_item (atlas_kb_get_places (kb), 0);
  g_autoptr(AtlasArticle) article = g_list_model_get_item (atlas_kb_get_articles (kb), 0);
  const AtlasSource *source = atlas_event_get_source (event, 0);

  assert_distinct_mnemonics (atlas_event_dialog_new (NULL, kb, source), "new event");
  assert_distinct_mnemonics (atlas_event_dialog_new_for_event (NULL, kb, event), "event");
  assert_distinct_mnemonics (atlas_figure_dialog_new (NULL, kb, event, source), "new figure");
  assert_distinct_mnemonics (atlas_figure_dialog_new_for_casualty (NULL, kb, casualty), "figure");
  assert_distinct_mnemonics (atlas_place_dialog_new (NULL, place), "place");
  assert_distinct_mnemonics (atlas_report_dialog_new (NULL), "new report");
  assert_distinct_mnemonics (atlas_report_dialog_new_for_article (NULL, article, 3), "report");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (!atlas_test_init_gtk_or_skip ())
    return 0;

  g_test_add_func ("/mnemonics/forms", test_forms);

  return g_test_run ();
}

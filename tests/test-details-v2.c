/* test-details-v2.c: what KB format 2 adds to the details pane, on the shipped KB
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Vague numbers shown as their words, a fact's status with its number of independent sources,
 * a figure over a period, and figures that may count the same dead (issue 9). Labels are
 * compared as text: nothing here depends on how wide a font draws.
 */

#define G_LOG_DOMAIN "test-details-v2"

#include "config.h"

#include <string.h>

#include "atlas-test-gtk.h"
#include "atlas-test-kb.h"
#include "atlas-details-view.h"
#include "atlas-kb.h"
#include "atlas-locale.h"
#include "atlas-session.h"

typedef struct
{
  AtlasKb          *kb;
  AtlasSession     *session;
  AtlasDetailsView *details;
  GtkWindow        *window;
} Fixture;

/* A drawn label whose text is @text, or starts with it when @prefix */
static GtkLabel *
find_label (GtkWidget  *widget,
            const char *text,
            gboolean    prefix)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  atlas_test_collect_descendants (widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);
      const char *shown = gtk_label_get_text (label);

      if ((prefix ? g_str_has_prefix (shown, text) : g_str_equal (shown, text)) &&
          gtk_widget_is_drawable (GTK_WIDGET (label)))
        return label;
    }

  return NULL;
}

/* Whether any drawn label contains @text */
static gboolean
any_label_contains (GtkWidget  *widget,
                    const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  atlas_test_collect_descendants (widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);

      if (strstr (gtk_label_get_text (label), text) && gtk_widget_is_drawable (GTK_WIDGET (label)))
        return TRUE;
    }

  return FALSE;
}

/* The figure buttons after the heading "May be the same deaths as", in order */
static GPtrArray *
overlap_buttons (Fixture *fixture)
{
  GtkLabel *heading = find_label (GTK_WIDGET (fixture->details), "May be the same deaths as", FALSE);
  GPtrArray *buttons = g_ptr_array_new ();

  g_assert_nonnull (heading);
  atlas_test_collect_descendants (gtk_widget_get_parent (GTK_WIDGET (heading)), GTK_TYPE_BUTTON, buttons);
  return buttons;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->kb = atlas_test_load_shipped_kb ();
  g_assert_cmpuint (atlas_kb_get_format_version (fixture->kb), ==, 2);

  fixture->session = atlas_session_new ();
  atlas_session_set_kb (fixture->session, fixture->kb);
  fixture->details = atlas_details_view_new (fixture->session);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 420, 900);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->details));
  gtk_window_present (fixture->window);
  atlas_test_iterate_for (100);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->session);
  g_clear_object (&fixture->kb);
}

static void
select_event (Fixture    *fixture,
              const char *id)
{
  AtlasEvent *event = atlas_kb_lookup_event (fixture->kb, id);

  g_assert_nonnull (event);
  atlas_session_set_selected_event (fixture->session, event);
  atlas_test_iterate_for (50);
}

static void
select_casualty (Fixture    *fixture,
                 const char *id)
{
  AtlasCasualty *casualty = atlas_kb_lookup_casualty (fixture->kb, id);

  g_assert_nonnull (casualty);
  atlas_session_set_selected_casualty (fixture->session, casualty);
  atlas_test_iterate_for (50);
}

/* "Dozens" is shown as "dozens", never as a headline number; "a dozen" as its words too */
static void
test_vague_words (Fixture       *fixture,
                  gconstpointer  user_data)
{
  GtkWidget *details = GTK_WIDGET (fixture->details);

  select_event (fixture, "e-2016-09-22-offensive-launched");
  g_assert_nonnull (find_label (details, "dozens killed (civilians)", TRUE));
  g_assert_false (any_label_contains (details, "24+"));
  g_assert_false (any_label_contains (details, "12+"));

  select_event (fixture, "e-2016-09-21-air-raids-aleppo-hama");
  g_assert_nonnull (find_label (details, "a dozen killed (people)", TRUE));
  g_assert_nonnull (find_label (details, "at least 13 killed (people)", TRUE));
}

/* The status and the number of independent sources, derived from the sources' outlets */
static void
test_status (Fixture       *fixture,
             gconstpointer  user_data)
{
  AtlasEvent *event = atlas_kb_lookup_event (fixture->kb, "e-2016-09-22-offensive-launched");
  g_autofree char *expected = NULL;

  /* Two outlets state it: the wire copy and the New Arab */
  g_assert_cmpuint (atlas_event_get_n_independent_sources (event), ==, 2);
  g_assert_cmpint (atlas_event_get_verification (event), ==, ATLAS_VERIFICATION_UNVERIFIED);
  select_event (fixture, "e-2016-09-22-offensive-launched");
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->details), "Unverified · 2 independent sources", FALSE));

  /* One outlet, even quoted several times, is one source */
  event = atlas_kb_lookup_event (fixture->kb, "e-2016-09-23-ayrault-guernica");
  g_assert_cmpuint (atlas_event_get_n_independent_sources (event), ==, 1);
  expected = g_strdup ("Unverified · 1 independent source");
  select_event (fixture, "e-2016-09-23-ayrault-guernica");
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->details), expected, FALSE));
}

/* A figure over a period says over which; figures that may count the same dead say so, each
 * a link to the other */
static void
test_period_and_overlaps (Fixture       *fixture,
                          gconstpointer  user_data)
{
  GtkWidget *details = GTK_WIDGET (fixture->details);
  AtlasCasualty *figure = atlas_kb_lookup_casualty (fixture->kb, "c-2016-09-22-offensive-dozens-of-civilians");
  g_autofree char *range = atlas_locale_format_date_range (atlas_date_from_ymd (2016, 9, 22),
                                                           atlas_date_from_ymd (2016, 10, 2));
  g_autoptr(GPtrArray) buttons = NULL;

  select_casualty (fixture, "c-2016-09-22-offensive-dozens-of-civilians");
  g_assert_nonnull (find_label (details, "Counts over", FALSE));
  g_assert_nonnull (find_label (details, range, FALSE));

  buttons = overlap_buttons (fixture);
  g_assert_cmpuint (buttons->len, ==, atlas_casualty_get_n_overlaps (figure));
  g_assert_cmpuint (buttons->len, ==, 2);
  g_assert_true (g_object_get_data (g_ptr_array_index (buttons, 1), "atlas-casualty") ==
                 atlas_casualty_get_overlap (figure, 1));

  /* Following the link selects the other figure, which links back */
  g_signal_emit_by_name (g_ptr_array_index (buttons, 1), "clicked");
  atlas_test_iterate_for (50);
  g_assert_true (atlas_session_get_selected_casualty (fixture->session) == atlas_casualty_get_overlap (figure, 1));
  g_clear_pointer (&buttons, g_ptr_array_unref);
  buttons = overlap_buttons (fixture);
  g_assert_cmpuint (buttons->len, ==, 2);
  g_assert_true (g_object_get_data (g_ptr_array_index (buttons, 0), "atlas-casualty") == figure);
  /* A figure on one day has no period */
  g_assert_null (find_label (details, "Counts over", FALSE));

  /* An event whose figures are linked says so above them; one whose figures are not, not */
  select_event (fixture, "e-2016-09-21-air-raids-aleppo-hama");
  g_assert_nonnull (find_label (details, "May be the same deaths", FALSE));
  select_event (fixture, "e-2016-02-01-russian-trainer-killed");
  g_assert_null (find_label (details, "May be the same deaths", FALSE));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (!atlas_test_init_gtk_or_skip ())
    return 0;

  g_test_add ("/details-v2/vague-words", Fixture, NULL, fixture_set_up, test_vague_words, fixture_tear_down);
  g_test_add ("/details-v2/status", Fixture, NULL, fixture_set_up, test_status, fixture_tear_down);
  g_test_add ("/details-v2/period-and-overlaps", Fixture, NULL, fixture_set_up, test_period_and_overlaps,
              fixture_tear_down);

  return g_test_run ();
}

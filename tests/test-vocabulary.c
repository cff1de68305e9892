/* test-vocabulary.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-vocabulary"

#include "config.h"

#include "atlas-event.h"
#include "atlas-place.h"
#include "atlas-vocabulary.h"

/* Where an enum mirrors a vocabulary, a term's index is the enum's value */
static void
test_enums (void)
{
  g_assert_cmpint (atlas_vocabulary_lookup (ATLAS_VOCABULARY_PRECISION, "exact"), ==, ATLAS_PRECISION_EXACT);
  g_assert_cmpint (atlas_vocabulary_lookup (ATLAS_VOCABULARY_PRECISION, "centroid"), ==, ATLAS_PRECISION_CENTROID);
  g_assert_cmpint (atlas_vocabulary_lookup (ATLAS_VOCABULARY_PRECISION, "approximate"), ==, ATLAS_PRECISION_APPROXIMATE);
  g_assert_cmpint (atlas_vocabulary_lookup (ATLAS_VOCABULARY_PRECISION, "unknown"), ==, ATLAS_PRECISION_UNKNOWN);
  g_assert_cmpint (atlas_vocabulary_lookup (ATLAS_VOCABULARY_DATE_PRECISION, "day"), ==, ATLAS_DATE_PRECISION_DAY);
  g_assert_cmpint (atlas_vocabulary_lookup (ATLAS_VOCABULARY_DATE_PRECISION, "days"), ==, ATLAS_DATE_PRECISION_DAYS);
  g_assert_cmpint (atlas_vocabulary_lookup (ATLAS_VOCABULARY_DATE_PRECISION, "month"), ==, ATLAS_DATE_PRECISION_MONTH);
  g_assert_cmpint (atlas_vocabulary_lookup (ATLAS_VOCABULARY_EVENT_STATUS, "reported"), ==, ATLAS_EVENT_STATUS_REPORTED);
  g_assert_cmpint (atlas_vocabulary_lookup (ATLAS_VOCABULARY_EVENT_STATUS, "planned"), ==, ATLAS_EVENT_STATUS_PLANNED);

  g_assert_cmpstr (atlas_precision_to_string (ATLAS_PRECISION_CENTROID), ==, "centroid");
  g_assert_cmpstr (atlas_date_precision_to_string (ATLAS_DATE_PRECISION_MONTH), ==, "month");
  g_assert_cmpstr (atlas_event_status_to_string (ATLAS_EVENT_STATUS_PLANNED), ==, "planned");
}

static void
test_lookup (void)
{
  guint n;
  const AtlasTerm *terms = atlas_vocabulary_get_terms (ATLAS_VOCABULARY_EVENT_TYPE, &n);

  g_assert_cmpuint (n, ==, ATLAS_N_EVENT_TYPES);
  g_assert_cmpuint (atlas_vocabulary_get_n_terms (ATLAS_VOCABULARY_EVENT_TYPE), ==, n);
  /* The legend's order */
  g_assert_cmpstr (terms[0].id, ==, "bombardment");
  g_assert_cmpstr (terms[n - 1].id, ==, "statement");

  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpint (atlas_vocabulary_lookup (ATLAS_VOCABULARY_EVENT_TYPE, terms[i].id), ==, i);
      g_assert_cmpstr (atlas_vocabulary_get_id (ATLAS_VOCABULARY_EVENT_TYPE, i), ==, terms[i].id);
    }

  /* Exact words only: the format is case-sensitive */
  g_assert_cmpint (atlas_vocabulary_lookup (ATLAS_VOCABULARY_EVENT_TYPE, "Bombardment"), ==, -1);
  g_assert_cmpint (atlas_vocabulary_lookup (ATLAS_VOCABULARY_EVENT_TYPE, "ground fighting"), ==, -1);
  g_assert_cmpint (atlas_vocabulary_lookup (ATLAS_VOCABULARY_EVENT_TYPE, NULL), ==, -1);
  g_assert_true (atlas_vocabulary_contains (ATLAS_VOCABULARY_WHO, "medical workers"));
  g_assert_false (atlas_vocabulary_contains (ATLAS_VOCABULARY_WHO, "bombardment"));
  g_assert_true (atlas_vocabulary_contains (ATLAS_VOCABULARY_PLACE_KIND, "landmark"));
  g_assert_true (atlas_vocabulary_contains (ATLAS_VOCABULARY_GEOMETRY_TYPE, "MultiPolygon"));
}

/* Every vocabulary the views show has a label for each term; geometry types are never shown */
static void
test_labels (void)
{
  for (guint v = 0; v < ATLAS_N_VOCABULARIES; v++)
    {
      guint n;
      const AtlasTerm *terms = atlas_vocabulary_get_terms (v, &n);

      g_assert_cmpuint (n, >, 0);
      for (guint i = 0; i < n; i++)
        {
          g_assert_nonnull (terms[i].id);
          if (v == ATLAS_VOCABULARY_GEOMETRY_TYPE)
            g_assert_null (atlas_vocabulary_get_label (v, terms[i].id));
          else
            g_assert_cmpstr (atlas_vocabulary_get_label (v, terms[i].id), ==, terms[i].label);
        }
    }

  g_assert_cmpstr (atlas_vocabulary_get_label (ATLAS_VOCABULARY_EVENT_TYPE, "ground-fighting"), ==, "Ground fighting");
  g_assert_cmpstr (atlas_vocabulary_get_label (ATLAS_VOCABULARY_PRECISION, "unknown"), ==, "Location unknown");
  g_assert_null (atlas_vocabulary_get_label (ATLAS_VOCABULARY_EVENT_TYPE, "shelling"));
}

static void
test_describe (void)
{
  g_autofree char *text = atlas_vocabulary_describe (ATLAS_VOCABULARY_DATE_PRECISION);

  g_assert_cmpstr (text, ==, "\"day\", \"days\", \"month\"");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vocabulary/enums", test_enums);
  g_test_add_func ("/vocabulary/lookup", test_lookup);
  g_test_add_func ("/vocabulary/labels", test_labels);
  g_test_add_func ("/vocabulary/describe", test_describe);

  return g_test_run ();
}

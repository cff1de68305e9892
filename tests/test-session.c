/* test-session.c: the state that links the views, driven without a display
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-session"

#include "config.h"

#include "atlas-session.h"
#include "atlas-test-kb.h"

typedef struct
{
  AtlasKb      *kb;
  AtlasSession *session;
  guint         n_notifies[16];
  guint         n_highlight_changed;
  guint         n_counts_changed;
} Fixture;

static const char *watched[] = {
  "selected-place", "selected-event", "selected-casualty", "selected-article",
  "focus-start", "time-cursor", "hidden-types", "n-highlighted", "kb",
};

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              Fixture    *fixture)
{
  for (guint i = 0; i < G_N_ELEMENTS (watched); i++)
    if (g_str_equal (pspec->name, watched[i]))
      fixture->n_notifies[i]++;
}

static guint
notifies (Fixture    *fixture,
          const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (watched); i++)
    if (g_str_equal (name, watched[i]))
      return fixture->n_notifies[i];
  g_assert_not_reached ();
}

static void
on_highlight_changed_cb (AtlasSession *session,
                         Fixture      *fixture)
{
  fixture->n_highlight_changed++;
}

static void
on_place_counts_changed_cb (AtlasSession *session,
                            Fixture      *fixture)
{
  fixture->n_counts_changed++;
}

static void
setup_session (Fixture *fixture)
{
  fixture->session = atlas_session_new ();
  g_signal_connect (fixture->session, "notify", G_CALLBACK (on_notify_cb), fixture);
  g_signal_connect (fixture->session, "highlight-changed", G_CALLBACK (on_highlight_changed_cb), fixture);
  g_signal_connect (fixture->session, "place-counts-changed", G_CALLBACK (on_place_counts_changed_cb), fixture);
  atlas_session_set_kb (fixture->session, fixture->kb);
  memset (fixture->n_notifies, 0, sizeof fixture->n_notifies);
  fixture->n_highlight_changed = 0;
  fixture->n_counts_changed = 0;
}

static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "aleppo-2016.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  fixture->kb = atlas_kb_new_from_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  setup_session (fixture);
}

/* The small KB of atlas-test-kb.h, where every rule shows */
static void
setup_small (Fixture       *fixture,
             gconstpointer  data)
{
  fixture->kb = atlas_test_load_places_kb ();
  setup_session (fixture);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  g_assert_finalize_object (fixture->session);
  g_assert_finalize_object (fixture->kb);
}

static AtlasEvent *
event_at (Fixture *fixture,
          guint    position)
{
  g_autoptr(AtlasEvent) event = g_list_model_get_item (atlas_kb_get_events (fixture->kb), position);
  return event;  /* the KB keeps it alive */
}

static AtlasPlace *
place_named (AtlasKb    *kb,
             const char *name)
{
  GListModel *places = atlas_kb_get_places (kb);

  for (guint i = 0; i < g_list_model_get_n_items (places); i++)
    {
      g_autoptr(AtlasPlace) place = g_list_model_get_item (places, i);

      if (g_str_equal (atlas_place_get_name (place), name))
        return place;
    }

  g_error ("No place named %s", name);
}

/* Selecting an event moves the time cursor and opens its first source at its span */
static void
test_select_event (Fixture       *fixture,
                   gconstpointer  data)
{
  AtlasEvent *event = event_at (fixture, 5);
  const AtlasSource *source = atlas_event_get_source (event, 0);
  guint start, end;

  atlas_session_set_selected_event (fixture->session, event);

  g_assert_true (atlas_session_get_selected_event (fixture->session) == event);
  g_assert_cmpuint (atlas_session_get_time_cursor (fixture->session), ==, atlas_event_get_date (event));
  g_assert_true (atlas_session_get_selected_article (fixture->session) == source->article);
  g_assert_true (atlas_session_get_focus (fixture->session, &start, &end));
  g_assert_cmpuint (start, ==, source->start);
  g_assert_cmpuint (end, ==, source->end);
  g_assert_cmpuint (notifies (fixture, "selected-event"), ==, 1);

  /* Setting the same event again notifies nothing */
  atlas_session_set_selected_event (fixture->session, event);
  g_assert_cmpuint (notifies (fixture, "selected-event"), ==, 1);

  /* Opening an article shows it from the top, with no span in focus */
  atlas_session_set_selected_article (fixture->session, source->article);
  g_assert_false (atlas_session_get_focus (fixture->session, NULL, NULL));
  g_assert_true (atlas_session_get_selected_article (fixture->session) == source->article);
}

/* Next and previous walk the date order, ties in file order, and stop at the ends */
static void
test_next_previous (Fixture       *fixture,
                    gconstpointer  data)
{
  guint n = g_list_model_get_n_items (atlas_kb_get_events (fixture->kb));
  AtlasDate last_date = 0;

  g_assert_true (atlas_session_select_next_event (fixture->session));
  g_assert_true (atlas_session_get_selected_event (fixture->session) == event_at (fixture, 0));

  for (guint i = 1; i < n; i++)
    {
      AtlasEvent *event;

      g_assert_true (atlas_session_select_next_event (fixture->session));
      event = atlas_session_get_selected_event (fixture->session);
      g_assert_cmpuint (atlas_event_get_position (event), ==, i);
      g_assert_cmpuint (atlas_event_get_date (event), >=, last_date);
      last_date = atlas_event_get_date (event);
    }

  g_assert_false (atlas_session_select_next_event (fixture->session));
  g_assert_true (atlas_session_get_selected_event (fixture->session) == event_at (fixture, n - 1));

  g_assert_true (atlas_session_select_previous_event (fixture->session));
  g_assert_true (atlas_session_get_selected_event (fixture->session) == event_at (fixture, n - 2));
  g_assert_true (atlas_session_select_first_event (fixture->session));
  g_assert_false (atlas_session_select_previous_event (fixture->session));
  g_assert_true (atlas_session_select_last_event (fixture->session));
  g_assert_true (atlas_session_get_selected_event (fixture->session) == event_at (fixture, n - 1));

  /* With nothing selected, previous starts from the end */
  atlas_session_set_selected_event (fixture->session, NULL);
  g_assert_true (atlas_session_select_previous_event (fixture->session));
  g_assert_true (atlas_session_get_selected_event (fixture->session) == event_at (fixture, n - 1));
}

/* Selecting a place dims events elsewhere, the count follows, and stepping skips them */
static void
test_place_highlight (Fixture       *fixture,
                      gconstpointer  data)
{
  AtlasPlace *bustan = place_named (fixture->kb, "Bustan al-Basha");
  GPtrArray *events = atlas_kb_get_events_for_place (fixture->kb, bustan);
  guint n_all = g_list_model_get_n_items (atlas_kb_get_events (fixture->kb));

  g_assert_cmpuint (atlas_session_get_n_highlighted (fixture->session), ==, n_all);
  g_assert_cmpuint (events->len, >=, 1);

  atlas_session_set_selected_place (fixture->session, bustan);
  g_assert_cmpuint (fixture->n_highlight_changed, ==, 1);
  g_assert_cmpuint (atlas_session_get_n_highlighted (fixture->session), ==, events->len);
  g_assert_cmpuint (notifies (fixture, "n-highlighted"), ==, 1);

  /* The timeline and reader follow: an event there is selected */
  g_assert_true (g_ptr_array_find (events, atlas_session_get_selected_event (fixture->session), NULL));
  g_assert_nonnull (atlas_session_get_selected_article (fixture->session));

  for (guint i = 0; i < n_all; i++)
    {
      AtlasEvent *event = event_at (fixture, i);
      g_assert_cmpint (atlas_session_event_is_highlighted (fixture->session, event), ==,
                       g_ptr_array_find (events, event, NULL));
    }

  /* Stepping stays at the place */
  atlas_session_select_first_event (fixture->session);
  g_assert_true (atlas_session_get_selected_event (fixture->session) == g_ptr_array_index (events, 0));
  while (atlas_session_select_next_event (fixture->session))
    g_assert_true (g_ptr_array_find (events, atlas_session_get_selected_event (fixture->session), NULL));

  atlas_session_set_selected_place (fixture->session, NULL);
  g_assert_cmpuint (atlas_session_get_n_highlighted (fixture->session), ==, n_all);
}

static void
test_type_filter (Fixture       *fixture,
                  gconstpointer  data)
{
  guint n_all = g_list_model_get_n_items (atlas_kb_get_events (fixture->kb));
  guint n_diplomacy = 0;

  for (guint i = 0; i < n_all; i++)
    n_diplomacy += g_str_equal (atlas_event_get_event_type (event_at (fixture, i)), "diplomacy");
  g_assert_cmpuint (n_diplomacy, >, 0);

  atlas_session_set_type_visible (fixture->session, "diplomacy", FALSE);
  g_assert_false (atlas_session_get_type_visible (fixture->session, "diplomacy"));
  g_assert_true (g_strv_contains (atlas_session_get_hidden_types (fixture->session), "diplomacy"));
  g_assert_cmpuint (atlas_session_get_n_highlighted (fixture->session), ==, n_all - n_diplomacy);
  g_assert_cmpuint (notifies (fixture, "hidden-types"), ==, 1);

  /* Hiding it again changes nothing */
  atlas_session_set_type_visible (fixture->session, "diplomacy", FALSE);
  g_assert_cmpuint (notifies (fixture, "hidden-types"), ==, 1);

  atlas_session_select_first_event (fixture->session);
  do
    g_assert_cmpstr (atlas_event_get_event_type (atlas_session_get_selected_event (fixture->session)), !=, "diplomacy");
  while (atlas_session_select_next_event (fixture->session));

  atlas_session_set_type_visible (fixture->session, "diplomacy", TRUE);
  g_assert_cmpuint (atlas_session_get_n_highlighted (fixture->session), ==, n_all);
  g_assert_cmpuint (g_strv_length ((char **) atlas_session_get_hidden_types (fixture->session)), ==, 0);
}

/* A casualty figure selects its event, and the reader shows the figure's own span */
static void
test_select_casualty (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(AtlasCasualty) casualty = g_list_model_get_item (atlas_kb_get_casualties (fixture->kb), 0);
  const AtlasSource *source = atlas_casualty_get_source (casualty);
  AtlasEvent *other;
  guint start, end;

  atlas_session_set_selected_casualty (fixture->session, casualty);
  g_assert_true (atlas_session_get_selected_event (fixture->session) == atlas_casualty_get_event (casualty));
  g_assert_true (atlas_session_get_focus (fixture->session, &start, &end));
  g_assert_cmpuint (start, ==, source->start);
  g_assert_cmpuint (end, ==, source->end);
  g_assert_true (atlas_session_get_selected_casualty (fixture->session) == casualty);

  /* Selecting another event drops the figure (test_casualty_follows_event shows more) */
  other = event_at (fixture, atlas_event_get_position (atlas_casualty_get_event (casualty)) == 0 ? 1 : 0);
  atlas_session_set_selected_event (fixture->session, other);
  g_assert_true (atlas_session_get_selected_event (fixture->session) == other);
  g_assert_null (atlas_session_get_selected_casualty (fixture->session));
}

static void
test_jump_to_date (Fixture       *fixture,
                   gconstpointer  data)
{
  AtlasDate date;

  g_assert_true (atlas_date_parse ("2016-09-20", &date));
  g_assert_true (atlas_session_jump_to_date (fixture->session, date));
  g_assert_cmpuint (atlas_event_get_date (atlas_session_get_selected_event (fixture->session)), >=, date);
  g_assert_true (atlas_session_get_selected_event (fixture->session) ==
                 event_at (fixture, atlas_kb_find_first_event_on_or_after (fixture->kb, date)));

  g_assert_true (atlas_date_parse ("2030-01-01", &date));
  g_assert_false (atlas_session_jump_to_date (fixture->session, date));
}

/* A new KB clears the selection of the old one */
static void
test_replace_kb (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasKb) other = atlas_kb_new_from_file (file, NULL, NULL, &error);
  guint n_other;

  g_assert_no_error (error);
  atlas_session_select_first_event (fixture->session);
  atlas_session_set_selected_place (fixture->session, place_named (fixture->kb, "Bustan al-Basha"));
  atlas_session_set_type_visible (fixture->session, "bombardment", FALSE);

  /* The same KB again changes nothing */
  atlas_session_set_kb (fixture->session, fixture->kb);
  g_assert_nonnull (atlas_session_get_selected_event (fixture->session));
  g_assert_nonnull (atlas_session_get_selected_place (fixture->session));
  g_assert_cmpuint (notifies (fixture, "kb"), ==, 0);

  atlas_session_set_kb (fixture->session, other);
  g_assert_true (atlas_session_get_kb (fixture->session) == other);
  g_assert_null (atlas_session_get_selected_event (fixture->session));
  g_assert_null (atlas_session_get_selected_place (fixture->session));
  g_assert_null (atlas_session_get_selected_article (fixture->session));
  g_assert_false (atlas_session_get_focus (fixture->session, NULL, NULL));
  g_assert_cmpuint (atlas_session_get_time_cursor (fixture->session), ==, 0);
  g_assert_cmpuint (notifies (fixture, "kb"), ==, 1);

  /* The type filter is the person's choice, and stays */
  g_assert_false (atlas_session_get_type_visible (fixture->session, "bombardment"));
  n_other = g_list_model_get_n_items (atlas_kb_get_events (other));
  for (guint i = 0; i < g_list_model_get_n_items (atlas_kb_get_events (other)); i++)
    {
      g_autoptr(AtlasEvent) event = g_list_model_get_item (atlas_kb_get_events (other), i);
      n_other -= g_str_equal (atlas_event_get_event_type (event), "bombardment");
    }
  g_assert_cmpuint (n_other, <, g_list_model_get_n_items (atlas_kb_get_events (other)));
  g_assert_cmpuint (atlas_session_get_n_highlighted (fixture->session), ==, n_other);

  atlas_session_set_kb (fixture->session, fixture->kb);
}

static void
on_frame_place_cb (AtlasSession  *session,
                   AtlasPlace    *place,
                   AtlasPlace   **out)
{
  *out = place;
}

static void
test_frame_place (Fixture       *fixture,
                  gconstpointer  data)
{
  AtlasPlace *geneva = place_named (fixture->kb, "Geneva");
  AtlasPlace *framed = NULL;

  g_signal_connect (fixture->session, "frame-place", G_CALLBACK (on_frame_place_cb), &framed);
  atlas_session_frame_place (fixture->session, geneva);
  g_assert_true (framed == geneva);
}

static void
on_read_source_cb (AtlasSession *session,
                   guint        *n_emitted)
{
  (*n_emitted)++;
}

/* "Read in report" shows the source, as selecting an event does, and asks for the reader to
 * be brought into view, which selecting an event does not */
static void
test_read_source (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(AtlasEvent) event = g_list_model_get_item (atlas_kb_get_events (fixture->kb), 0);
  const AtlasSource *source = atlas_event_get_source (event, atlas_event_get_n_sources (event) - 1);
  guint n_emitted = 0;
  guint start, end;

  g_signal_connect (fixture->session, "read-source", G_CALLBACK (on_read_source_cb), &n_emitted);
  atlas_session_set_selected_event (fixture->session, event);
  g_assert_cmpuint (n_emitted, ==, 0);

  atlas_session_read_source (fixture->session, source);
  g_assert_cmpuint (n_emitted, ==, 1);
  g_assert_true (atlas_session_get_selected_article (fixture->session) == source->article);
  g_assert_true (atlas_session_get_focus (fixture->session, &start, &end));
  g_assert_cmpuint (start, ==, source->start);
  g_assert_cmpuint (end, ==, source->end);
}

/* The small KB */

static AtlasEvent *
event_id (Fixture    *fixture,
          const char *id)
{
  AtlasEvent *event = atlas_kb_lookup_event (fixture->kb, id);

  g_assert_nonnull (event);
  return event;
}

static AtlasPlace *
place_id (Fixture    *fixture,
          const char *id)
{
  AtlasPlace *place = atlas_kb_lookup_place (fixture->kb, id);

  g_assert_nonnull (place);
  return place;
}

/* The ids of the highlighted events, in the session's order, checked against the predicate */
static char *
highlighted_ids (Fixture *fixture)
{
  GPtrArray *highlighted = atlas_session_get_highlighted_events (fixture->session);
  GListModel *events = atlas_kb_get_events (fixture->kb);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(AtlasEvent) event = g_list_model_get_item (events, i);

      if (atlas_session_event_is_highlighted (fixture->session, event))
        {
          g_assert_cmpuint (n, <, highlighted->len);
          g_assert_true (g_ptr_array_index (highlighted, n) == event);
          n++;
        }
    }
  g_assert_cmpuint (n, ==, highlighted->len);
  g_assert_cmpuint (atlas_session_get_n_highlighted (fixture->session), ==, n);

  for (guint i = 0; i < highlighted->len; i++)
    g_strv_builder_add (ids, atlas_event_get_id (g_ptr_array_index (highlighted, i)));
  strv = g_strv_builder_end (ids);

  return g_strjoinv (" ", strv);
}

#define assert_highlighted(fixture, expected) \
  G_STMT_START { \
    g_autofree char *ids_ = highlighted_ids (fixture); \
    g_assert_cmpstr (ids_, ==, expected); \
  } G_STMT_END

/* "alpha beta gamma delta" counts, as "3 3 1 1" */
static char *
place_counts (Fixture *fixture)
{
  static const char * const ids[] = { "alpha", "beta", "gamma", "delta" };
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_string_append_printf (str, "%s%u", i > 0 ? " " : "",
                            atlas_session_get_place_count (fixture->session, place_id (fixture, ids[i])));

  return g_string_free (str, FALSE);
}

#define assert_counts(fixture, expected) \
  G_STMT_START { \
    g_autofree char *counts_ = place_counts (fixture); \
    g_assert_cmpstr (counts_, ==, expected); \
  } G_STMT_END

/* An event is at the places it names and at the places its figures name */
static void
test_places_of_events (Fixture       *fixture,
                       gconstpointer  data)
{
  assert_highlighted (fixture, "e-strikes e-shell e-talks e-fighting e-strike-beta e-evacuation");

  /* Gamma only through e-shell's figure */
  atlas_session_set_selected_place (fixture->session, place_id (fixture, "gamma"));
  assert_highlighted (fixture, "e-shell");
  g_assert_true (atlas_session_get_selected_event (fixture->session) == event_id (fixture, "e-shell"));

  /* e-strikes names two places, and is at each */
  atlas_session_set_selected_place (fixture->session, place_id (fixture, "alpha"));
  assert_highlighted (fixture, "e-strikes e-shell e-evacuation");
  atlas_session_set_selected_place (fixture->session, place_id (fixture, "beta"));
  assert_highlighted (fixture, "e-strikes e-fighting e-strike-beta");

  /* Stepping follows the same set */
  atlas_session_select_first_event (fixture->session);
  g_assert_true (atlas_session_get_selected_event (fixture->session) == event_id (fixture, "e-strikes"));
  atlas_session_select_next_event (fixture->session);
  g_assert_true (atlas_session_get_selected_event (fixture->session) == event_id (fixture, "e-fighting"));

  atlas_session_set_selected_place (fixture->session, place_id (fixture, "delta"));
  assert_highlighted (fixture, "e-talks");
  g_assert_cmpuint (fixture->n_highlight_changed, ==, 4);

  atlas_session_set_selected_place (fixture->session, NULL);
  g_assert_cmpuint (atlas_session_get_n_highlighted (fixture->session), ==, 6);
}

/* What the map shades: highlighted events up to the time cursor, once per place */
static void
test_place_counts (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(AtlasKb) other = atlas_test_load_places_kb ();
  AtlasDate day;

  /* No cursor yet: every event counts. c-strikes names alpha, where its event already is, and
   * c-fighter names beta twice: each still counts once. */
  assert_counts (fixture, "3 3 1 1");

  /* The same place in another KB is another place */
  g_assert_cmpuint (atlas_session_get_place_count (fixture->session, atlas_kb_lookup_place (other, "alpha")), ==, 0);

  g_assert_true (atlas_date_parse ("2016-01-02", &day));
  atlas_session_set_time_cursor (fixture->session, day);
  assert_counts (fixture, "2 1 1 0");
  g_assert_cmpuint (fixture->n_counts_changed, ==, 1);
  g_assert_cmpuint (notifies (fixture, "time-cursor"), ==, 1);
  atlas_session_set_time_cursor (fixture->session, day);
  g_assert_cmpuint (notifies (fixture, "time-cursor"), ==, 1);

  g_assert_true (atlas_date_parse ("2016-01-04", &day));
  atlas_session_set_time_cursor (fixture->session, day);
  assert_counts (fixture, "2 2 1 1");
  g_assert_cmpuint (fixture->n_counts_changed, ==, 2);

  /* Back before e-shell: gamma empties again */
  g_assert_true (atlas_date_parse ("2016-01-01", &day));
  atlas_session_set_time_cursor (fixture->session, day);
  assert_counts (fixture, "1 1 0 0");
  g_assert_cmpuint (fixture->n_counts_changed, ==, 3);

  /* Past the last event, and further: the second move passes no event and changes nothing */
  g_assert_true (atlas_date_parse ("2016-01-07", &day));
  atlas_session_set_time_cursor (fixture->session, day);
  assert_counts (fixture, "3 3 1 1");
  g_assert_cmpuint (fixture->n_counts_changed, ==, 4);
  g_assert_true (atlas_date_parse ("2016-02-01", &day));
  atlas_session_set_time_cursor (fixture->session, day);
  g_assert_cmpuint (fixture->n_counts_changed, ==, 4);

  /* Selecting an event moves the cursor to its day */
  atlas_session_set_selected_event (fixture->session, event_id (fixture, "e-talks"));
  assert_counts (fixture, "2 1 1 1");
  g_assert_cmpuint (fixture->n_counts_changed, ==, 5);

  /* A selected place dims the others, and counts only what is highlighted */
  atlas_session_set_selected_place (fixture->session, place_id (fixture, "gamma"));
  assert_counts (fixture, "1 0 1 0");
  g_assert_cmpuint (fixture->n_counts_changed, ==, 6);
}

static void
test_place_counts_types (Fixture       *fixture,
                         gconstpointer  data)
{
  /* No event is a statement: the set may change, but the number does not */
  atlas_session_set_type_visible (fixture->session, "statement", FALSE);
  g_assert_cmpuint (fixture->n_highlight_changed, ==, 1);
  g_assert_cmpuint (notifies (fixture, "n-highlighted"), ==, 0);
  g_assert_cmpuint (fixture->n_counts_changed, ==, 1);
  atlas_session_set_type_visible (fixture->session, "statement", TRUE);
  fixture->n_counts_changed = 0;

  atlas_session_set_type_visible (fixture->session, "bombardment", FALSE);
  assert_highlighted (fixture, "e-talks e-fighting e-evacuation");
  assert_counts (fixture, "1 1 0 1");
  g_assert_cmpuint (fixture->n_counts_changed, ==, 1);

  atlas_session_set_selected_place (fixture->session, place_id (fixture, "beta"));
  assert_highlighted (fixture, "e-fighting");
  assert_counts (fixture, "0 1 0 0");

  atlas_session_set_type_visible (fixture->session, "bombardment", TRUE);
  assert_highlighted (fixture, "e-strikes e-fighting e-strike-beta");
  g_assert_cmpuint (atlas_session_get_place_count (fixture->session, place_id (fixture, "beta")), <=, 3);

  /* A new KB starts counting afresh */
  atlas_session_set_kb (fixture->session, NULL);
  g_assert_cmpuint (atlas_session_get_highlighted_events (fixture->session)->len, ==, 0);
  assert_counts (fixture, "0 0 0 0");
}

/* A figure stays selected with its own event, and goes when another event is selected */
static void
test_casualty_follows_event (Fixture       *fixture,
                             gconstpointer  data)
{
  AtlasCasualty *fighter = atlas_kb_lookup_casualty (fixture->kb, "c-fighter");
  AtlasCasualty *fighting = atlas_kb_lookup_casualty (fixture->kb, "c-fighting");
  AtlasCasualty *gamma = atlas_kb_lookup_casualty (fixture->kb, "c-gamma");

  atlas_session_set_selected_casualty (fixture->session, fighter);
  g_assert_true (atlas_session_get_selected_event (fixture->session) == event_id (fixture, "e-fighting"));

  /* The other figure of the same event: the event stays */
  atlas_session_set_selected_casualty (fixture->session, fighting);
  g_assert_true (atlas_session_get_selected_casualty (fixture->session) == fighting);
  g_assert_true (atlas_session_get_selected_event (fixture->session) == event_id (fixture, "e-fighting"));
  g_assert_cmpuint (notifies (fixture, "selected-event"), ==, 1);

  /* Another event: the figure goes */
  atlas_session_set_selected_event (fixture->session, event_id (fixture, "e-strikes"));
  g_assert_null (atlas_session_get_selected_casualty (fixture->session));
  g_assert_cmpuint (notifies (fixture, "selected-casualty"), ==, 3);

  /* And by stepping */
  atlas_session_set_selected_casualty (fixture->session, gamma);
  atlas_session_select_next_event (fixture->session);
  g_assert_true (atlas_session_get_selected_event (fixture->session) == event_id (fixture, "e-talks"));
  g_assert_null (atlas_session_get_selected_casualty (fixture->session));
}

/* Selecting a place keeps the selected event if it is there, and else selects one there */
static void
test_place_selects_event (Fixture       *fixture,
                          gconstpointer  data)
{
  AtlasDate day;

  /* e-strikes is at alpha: it stays, though the cursor has moved on since */
  atlas_session_set_selected_event (fixture->session, event_id (fixture, "e-strikes"));
  g_assert_true (atlas_date_parse ("2016-01-04", &day));
  atlas_session_set_time_cursor (fixture->session, day);
  atlas_session_set_selected_place (fixture->session, place_id (fixture, "alpha"));
  g_assert_true (atlas_session_get_selected_event (fixture->session) == event_id (fixture, "e-strikes"));

  /* e-strikes is not at delta: the first event there on or after the cursor */
  atlas_session_set_time_cursor (fixture->session, day - 2);
  atlas_session_set_selected_place (fixture->session, place_id (fixture, "delta"));
  g_assert_true (atlas_session_get_selected_event (fixture->session) == event_id (fixture, "e-talks"));

  /* Nothing at gamma on or after the cursor: its last event before */
  atlas_session_set_selected_place (fixture->session, NULL);
  atlas_session_set_selected_event (fixture->session, event_id (fixture, "e-evacuation"));
  atlas_session_set_selected_place (fixture->session, place_id (fixture, "gamma"));
  g_assert_true (atlas_session_get_selected_event (fixture->session) == event_id (fixture, "e-shell"));
}

/* One selection, one story (issue 7): what the session holds always belongs together */
static void
assert_coherent (Fixture *fixture)
{
  AtlasSession *session = fixture->session;
  AtlasPlace *place = atlas_session_get_selected_place (session);
  AtlasEvent *event = atlas_session_get_selected_event (session);
  AtlasCasualty *casualty = atlas_session_get_selected_casualty (session);
  AtlasArticle *article = atlas_session_get_selected_article (session);
  gboolean has_focus = atlas_session_get_focus (session, NULL, NULL);

  if (casualty)
    g_assert_true (atlas_casualty_get_event (casualty) == event);
  if (event && place)
    g_assert_true (atlas_kb_event_is_at_place (fixture->kb, event, place));
  if (place && !event)
    {
      g_assert_null (article);
      g_assert_false (has_focus);
    }
  if (event)
    {
      g_assert_nonnull (article);
      g_assert_true (has_focus);
    }
}

/* A place where nothing happened: the event selected before, its figure and its sentence go */
static void
test_empty_place_clears (Fixture       *fixture,
                         gconstpointer  data)
{
  AtlasEvent *raids = atlas_kb_lookup_event (fixture->kb, "e-2016-10-01-overnight-raids-aleppo");
  AtlasPlace *khaldiyeh = atlas_kb_lookup_place (fixture->kb, "p-al-khaldiyeh");
  g_autoptr(AtlasCasualty) figure = NULL;

  g_assert_nonnull (raids);
  g_assert_nonnull (khaldiyeh);
  g_assert_cmpuint (atlas_kb_get_events_for_place (fixture->kb, khaldiyeh)->len, ==, 0);

  atlas_session_set_selected_event (fixture->session, raids);
  atlas_session_set_selected_place (fixture->session, khaldiyeh);
  g_assert_true (atlas_session_get_selected_place (fixture->session) == khaldiyeh);
  g_assert_null (atlas_session_get_selected_event (fixture->session));
  g_assert_null (atlas_session_get_selected_article (fixture->session));
  g_assert_false (atlas_session_get_focus (fixture->session, NULL, NULL));
  g_assert_cmpuint (atlas_session_get_n_highlighted (fixture->session), ==, 0);
  assert_coherent (fixture);

  /* And from a figure */
  atlas_session_set_selected_place (fixture->session, NULL);
  figure = g_list_model_get_item (atlas_kb_get_casualties (fixture->kb), 0);
  g_assert_nonnull (figure);
  g_assert_false (atlas_kb_event_is_at_place (fixture->kb, atlas_casualty_get_event (figure), khaldiyeh));
  atlas_session_set_selected_casualty (fixture->session, figure);
  atlas_session_set_selected_place (fixture->session, khaldiyeh);
  g_assert_null (atlas_session_get_selected_casualty (fixture->session));
  g_assert_null (atlas_session_get_selected_event (fixture->session));
  assert_coherent (fixture);
}

/* Every place, after every event, and back: the rule holds at each step */
static void
test_walk_coherent (Fixture       *fixture,
                    gconstpointer  data)
{
  GListModel *places = atlas_kb_get_places (fixture->kb);
  GListModel *events = atlas_kb_get_events (fixture->kb);
  guint n_places = g_list_model_get_n_items (places);
  guint n_events = g_list_model_get_n_items (events);

  for (guint e = 0; e < n_events; e++)
    for (guint p = 0; p < n_places; p++)
      {
        g_autoptr(AtlasEvent) event = g_list_model_get_item (events, e);
        g_autoptr(AtlasPlace) place = g_list_model_get_item (places, p);

        atlas_session_set_selected_place (fixture->session, NULL);
        atlas_session_set_selected_event (fixture->session, event);
        assert_coherent (fixture);
        atlas_session_set_selected_place (fixture->session, place);
        assert_coherent (fixture);
        if (atlas_kb_event_is_at_place (fixture->kb, event, place))
          g_assert_true (atlas_session_get_selected_event (fixture->session) == event);
        else
          g_assert_true (atlas_session_get_selected_event (fixture->session) != event);
        g_assert_cmpint (atlas_session_get_selected_event (fixture->session) != NULL, ==,
                         atlas_kb_get_events_for_place (fixture->kb, place)->len > 0);

        /* An event chosen while the place is selected */
        atlas_session_set_selected_event (fixture->session, event);
        assert_coherent (fixture);
        g_assert_true (atlas_session_get_selected_event (fixture->session) == event);
      }
}

/* Selecting an event elsewhere unselects the place; an event or figure there keeps it */
static void
test_event_elsewhere_unselects_place (Fixture       *fixture,
                                      gconstpointer  data)
{
  atlas_session_set_selected_place (fixture->session, place_id (fixture, "gamma"));
  g_assert_true (atlas_session_get_selected_event (fixture->session) == event_id (fixture, "e-shell"));

  atlas_session_set_selected_event (fixture->session, event_id (fixture, "e-talks"));
  g_assert_null (atlas_session_get_selected_place (fixture->session));
  assert_coherent (fixture);

  /* e-shell is at alpha too: the place stays with its figure that names gamma */
  atlas_session_set_selected_place (fixture->session, place_id (fixture, "alpha"));
  atlas_session_set_selected_casualty (fixture->session, atlas_kb_lookup_casualty (fixture->kb, "c-gamma"));
  g_assert_true (atlas_session_get_selected_place (fixture->session) == place_id (fixture, "alpha"));
  assert_coherent (fixture);

  /* e-shell is not at beta */
  atlas_session_set_selected_place (fixture->session, place_id (fixture, "beta"));
  atlas_session_set_selected_casualty (fixture->session, atlas_kb_lookup_casualty (fixture->kb, "c-gamma"));
  g_assert_null (atlas_session_get_selected_place (fixture->session));
  assert_coherent (fixture);
}

/* A place whose events the type filter hides has none to show: nothing is selected there */
static void
test_place_all_hidden (Fixture       *fixture,
                       gconstpointer  data)
{
  atlas_session_set_selected_casualty (fixture->session, atlas_kb_lookup_casualty (fixture->kb, "c-strikes"));
  atlas_session_set_type_visible (fixture->session, "diplomacy", FALSE);
  atlas_session_set_selected_place (fixture->session, place_id (fixture, "delta"));

  g_assert_null (atlas_session_get_selected_event (fixture->session));
  g_assert_null (atlas_session_get_selected_casualty (fixture->session));
  g_assert_null (atlas_session_get_selected_article (fixture->session));
  g_assert_false (atlas_session_get_focus (fixture->session, NULL, NULL));
  assert_coherent (fixture);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, setup, func, teardown)
  ADD ("/session/select-event", test_select_event);
  ADD ("/session/next-previous", test_next_previous);
  ADD ("/session/place-highlight", test_place_highlight);
  ADD ("/session/type-filter", test_type_filter);
  ADD ("/session/select-casualty", test_select_casualty);
  ADD ("/session/jump-to-date", test_jump_to_date);
  ADD ("/session/replace-kb", test_replace_kb);
  ADD ("/session/frame-place", test_frame_place);
  ADD ("/session/read-source", test_read_source);
  ADD ("/session/empty-place-clears", test_empty_place_clears);
  ADD ("/session/walk-coherent", test_walk_coherent);
#undef ADD

#define ADD(path, func) g_test_add (path, Fixture, NULL, setup_small, func, teardown)
  ADD ("/session/places-of-events", test_places_of_events);
  ADD ("/session/place-counts", test_place_counts);
  ADD ("/session/place-counts-types", test_place_counts_types);
  ADD ("/session/casualty-follows-event", test_casualty_follows_event);
  ADD ("/session/place-selects-event", test_place_selects_event);
  ADD ("/session/event-elsewhere-unselects-place", test_event_elsewhere_unselects_place);
  ADD ("/session/place-all-hidden", test_place_all_hidden);
#undef ADD

  return g_test_run ();
}

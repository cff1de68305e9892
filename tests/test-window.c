/* test-window.c: the window on the embedded KB, and opening files into it
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include "atlas-test-gtk.h"
#include "atlas-test-kb.h"

#include <gtk/gtk.h>

#include "atlas-event-list.h"
#include "atlas-map-view.h"
#include "atlas-reader-view.h"
#include "atlas-timeline-panel.h"
#include "atlas-window.h"

static gboolean
has_problems (AtlasWindow *window)
{
  return atlas_window_get_problems (window) != NULL;
}

static AtlasKb *loaded_before;

static gboolean
kb_changed (AtlasWindow *window)
{
  return atlas_window_get_kb (window) != loaded_before;
}

static AtlasWindow *
new_window_on_embedded_kb (void)
{
  AtlasWindow *window = atlas_window_new (NULL);

  g_assert_true (atlas_window_open_embedded (window));
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static GFile *
test_file (const char *relative_path)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, relative_path, NULL);
  return g_file_new_for_path (path);
}

static void
test_embedded_kb_listed (void)
{
  AtlasWindow *window = new_window_on_embedded_kb ();
  AtlasKb *kb = atlas_window_get_kb (window);
  AtlasEventList *list = ATLAS_EVENT_LIST (gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW, "event_list"));
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (atlas_event_list_get_view (list)));
  g_autoptr(AtlasEvent) first = NULL;
  g_autoptr(AtlasEvent) shown_first = NULL;

  g_assert_nonnull (kb);
  g_assert_true (atlas_session_get_kb (atlas_window_get_session (window)) == kb);
  g_assert_cmpstr (atlas_kb_get_title (kb), ==, "Aleppo 2016: five news reports");
  /* Every event is listed, in date order */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, g_list_model_get_n_items (atlas_kb_get_events (kb)));
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
  first = g_list_model_get_item (atlas_kb_get_events (kb), 0);
  shown_first = g_list_model_get_item (model, 0);
  g_assert_true (first == shown_first);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The event list and the session select the same event, both ways */
static void
test_event_list_in_step (void)
{
  AtlasWindow *window = new_window_on_embedded_kb ();
  AtlasSession *session = atlas_window_get_session (window);
  AtlasEventList *list = ATLAS_EVENT_LIST (gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW, "event_list"));
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (atlas_event_list_get_view (list)));

  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, GTK_INVALID_LIST_POSITION);
  atlas_session_select_next_event (session);
  atlas_session_select_next_event (session);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 1);

  gtk_single_selection_set_selected (selection, 4);
  g_assert_cmpuint (atlas_event_get_position (atlas_session_get_selected_event (session)), ==, 4);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
assert_session_unwatched (AtlasSession *session)
{
  g_assert_false (atlas_test_session_has_handlers (session, "notify::kb"));
  g_assert_false (atlas_test_session_has_handlers (session, "notify::selected-event"));
  g_assert_false (atlas_test_session_has_handlers (session, "highlight-changed"));
}

static guint
list_selected (AtlasEventList *list)
{
  GtkSelectionModel *model = gtk_list_view_get_model (atlas_event_list_get_view (list));

  return model ? gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (model)) : GTK_INVALID_LIST_POSITION;
}

/* Given another session, or none, the event list follows only that one, and lets go of the
 * old one */
static void
test_event_list_change_session (void)
{
  g_autoptr(AtlasKb) kb = atlas_kb_new_from_resource (RESOURCE_PREFIX "/kb/aleppo-2016.json", NULL);
  g_autoptr(AtlasSession) first = atlas_session_new ();
  g_autoptr(AtlasSession) second = atlas_session_new ();
  AtlasEventList *list = ATLAS_EVENT_LIST (atlas_event_list_new ());
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  g_assert_nonnull (kb);
  atlas_session_set_kb (first, kb);
  atlas_session_set_kb (second, kb);
  gtk_window_set_child (window, GTK_WIDGET (list));
  gtk_window_present (window);

  atlas_event_list_set_session (list, first);
  atlas_session_select_next_event (first);
  g_assert_cmpuint (list_selected (list), ==, 0);

  atlas_event_list_set_session (list, second);
  g_assert_true (atlas_event_list_get_session (list) == second);
  assert_session_unwatched (first);
  g_assert_cmpuint (list_selected (list), ==, GTK_INVALID_LIST_POSITION);

  /* The old session no longer moves it; the new one does, and the list moves the new one */
  atlas_session_select_next_event (first);
  g_assert_cmpuint (list_selected (list), ==, GTK_INVALID_LIST_POSITION);
  atlas_session_select_next_event (second);
  atlas_session_select_next_event (second);
  atlas_session_select_next_event (second);
  g_assert_cmpuint (list_selected (list), ==, 2);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_list_view_get_model (atlas_event_list_get_view (list))), 4);
  g_assert_cmpuint (atlas_event_get_position (atlas_session_get_selected_event (second)), ==, 4);
  g_assert_cmpuint (atlas_event_get_position (atlas_session_get_selected_event (first)), ==, 1);

  /* No session: no list, and nothing listens */
  atlas_event_list_set_session (list, NULL);
  assert_session_unwatched (first);
  assert_session_unwatched (second);
  g_assert_null (gtk_list_view_get_model (atlas_event_list_get_view (list)));
  atlas_session_select_next_event (second);

  /* Back on the first, it catches up with what was selected meanwhile */
  atlas_event_list_set_session (list, first);
  g_assert_cmpuint (list_selected (list), ==, 1);

  gtk_window_destroy (window);
}

/* The row the event list has bound for @event, or %NULL */
static GtkWidget *
find_event_row (GtkWidget  *widget,
                AtlasEvent *event)
{
  if (g_object_get_data (G_OBJECT (widget), "atlas-event") == event)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = find_event_row (child, event);

      if (row)
        return row;
    }

  return NULL;
}

/* A label under @widget that is drawn and reads @text, or %NULL */
static GtkWidget *
find_drawn_label (GtkWidget  *widget,
                  const char *text)
{
  if (GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), text) &&
      gtk_widget_is_drawable (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *label = find_drawn_label (child, text);

      if (label)
        return label;
    }

  return NULL;
}

typedef struct
{
  GtkWidget  *list;
  AtlasEvent *event;
} RowWait;

static gboolean
row_bound (RowWait *wait)
{
  return find_event_row (wait->list, wait->event) != NULL;
}

/* A planned event's row says so, in the words of the status vocabulary; a reported one's
 * does not */
static void
test_event_list_planned_badge (void)
{
  g_autoptr(AtlasKb) kb = atlas_kb_new_from_resource (RESOURCE_PREFIX "/kb/aleppo-2016.json", NULL);
  g_autoptr(AtlasSession) session = atlas_session_new ();
  AtlasEventList *list = ATLAS_EVENT_LIST (atlas_event_list_new ());
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  AtlasEvent *planned, *reported;
  RowWait wait;

  g_assert_nonnull (kb);
  planned = atlas_kb_lookup_event (kb, "e-2016-10-15-lausanne-meeting");
  reported = atlas_kb_lookup_event (kb, "e-2016-09-21-air-raids-aleppo-hama");
  g_assert_cmpint (atlas_event_get_status (planned), ==, ATLAS_EVENT_STATUS_PLANNED);
  g_assert_cmpint (atlas_event_get_status (reported), ==, ATLAS_EVENT_STATUS_REPORTED);

  atlas_session_set_kb (session, kb);
  gtk_window_set_default_size (window, 400, 600);
  gtk_window_set_child (window, GTK_WIDGET (list));
  gtk_window_present (window);
  atlas_event_list_set_session (list, session);

  /* Selecting an event scrolls its row into view */
  wait = (RowWait) { GTK_WIDGET (list), planned };
  atlas_session_set_selected_event (session, planned);
  atlas_test_wait_until (row_bound, &wait);
  g_assert_nonnull (find_drawn_label (find_event_row (GTK_WIDGET (list), planned), "Planned"));

  wait.event = reported;
  atlas_session_set_selected_event (session, reported);
  atlas_test_wait_until (row_bound, &wait);
  g_assert_null (find_drawn_label (find_event_row (GTK_WIDGET (list), reported), "Planned"));

  gtk_window_destroy (window);
}

static AtlasPlace *
search_first_place (AtlasWindow *window,
                    const char  *text)
{
  GtkWidget *entry = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW, "search_entry"));
  AtlasSession *session = atlas_window_get_session (window);

  atlas_session_set_selected_place (session, NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  /* GtkSearchEntry waits a moment before it says the text changed */
  g_signal_emit_by_name (entry, "search-changed");
  g_signal_emit_by_name (entry, "activate");

  return atlas_session_get_selected_place (session);
}

/* Search (Ctrl+F) finds Arabic and alias spellings, and picking a result selects it */
static void
test_search_selects (void)
{
  AtlasWindow *window = new_window_on_embedded_kb ();
  AtlasPlace *bustan = search_first_place (window, "بستان الباشا");
  AtlasPlace *sakhour = search_first_place (window, "Sakhour");

  g_assert_nonnull (bustan);
  g_assert_cmpstr (atlas_place_get_name (bustan), ==, "Bustan al-Basha");
  g_assert_nonnull (sakhour);
  /* The article's spelling is Sakhur; the map's is as-Sakhour */
  g_assert_true (g_strv_contains (atlas_place_get_aliases (sakhour), "Sakhur"));
  g_assert_true (search_first_place (window, "Sakhur") == sakhour);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The search popover says how many results there are, and why each matched (issue 7) */
static void
test_search_counts (void)
{
  AtlasWindow *window = new_window_on_embedded_kb ();
  GtkWidget *entry = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW, "search_entry"));
  GtkLabel *count = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW, "search_count"));
  AtlasPlace *touman = search_first_place (window, "Khan Tuman");

  g_assert_nonnull (touman);
  g_assert_cmpstr (atlas_place_get_name (touman), ==, "Khan Touman");
  g_assert_cmpstr (gtk_label_get_label (count), ==, "3 results");

  gtk_editable_set_text (GTK_EDITABLE (entry), "a");
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_true (g_str_has_suffix (gtk_label_get_label (count), "results, the first 50 shown"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_select_id (void)
{
  AtlasWindow *window = new_window_on_embedded_kb ();
  AtlasSession *session = atlas_window_get_session (window);
  g_autoptr(AtlasEvent) event = g_list_model_get_item (atlas_kb_get_events (atlas_window_get_kb (window)), 3);

  g_assert_true (atlas_window_select_id (window, atlas_event_get_id (event)));
  g_assert_true (atlas_session_get_selected_event (session) == event);
  g_assert_false (atlas_window_select_id (window, "no-such-id"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The layout works from 1024×600 up */
static void
test_fits_small_screen (void)
{
  /* With the app's style, as its paddings add to the sizes */
  GtkStyleProvider *style = atlas_test_load_app_style ();
  AtlasWindow *window = new_window_on_embedded_kb ();
  int min_width, min_height;

  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_VERTICAL, min_width, &min_height, NULL, NULL, NULL);
  g_test_message ("minimum size %d×%d", min_width, min_height);
  g_assert_cmpint (min_width, <=, 1024);
  g_assert_cmpint (min_height, <=, 600);

  /* Whatever is selected: the panels' words grow with a place's name ("1 of 32 events at
   * Suleiman al-Halabi") and its card (issue 7) */
  {
    AtlasSession *session = atlas_window_get_session (window);
    GListModel *places = atlas_kb_get_places (atlas_window_get_kb (window));

    for (guint i = 0; i < g_list_model_get_n_items (places); i++)
      {
        g_autoptr(AtlasPlace) place = g_list_model_get_item (places, i);

        atlas_session_set_selected_place (session, place);
        gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
        gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_VERTICAL, min_width, &min_height, NULL, NULL, NULL);
        if (min_width > 1024 || min_height > 600)
          g_error ("With %s selected, the window needs %d×%d", atlas_place_get_id (place), min_width, min_height);
      }
  }

  gtk_window_destroy (GTK_WINDOW (window));
  atlas_test_unload_app_style (style);
}

static gboolean
is_1200_wide (AtlasWindow *window)
{
  /* The allocation leaves out the client-side decoration's margins */
  return gtk_widget_get_width (GTK_WIDGET (window)) >= 1150;
}

/* Window size and pane positions persist between runs */
static void
test_state_persists (void)
{
  AtlasWindow *window = atlas_window_new (NULL);
  GtkPaned *side = GTK_PANED (gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW, "side_paned"));
  int width, height;

  g_assert_true (atlas_window_open_embedded (window));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 700);
  gtk_window_present (GTK_WINDOW (window));
  atlas_test_wait_until (is_1200_wide, window);
  gtk_paned_set_position (side, 555);
  gtk_window_destroy (GTK_WINDOW (window));

  window = atlas_window_new (NULL);
  side = GTK_PANED (gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW, "side_paned"));
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1200);
  g_assert_cmpint (height, ==, 700);
  g_assert_cmpint (gtk_paned_get_position (side), ==, 555);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
map_is_allocated (AtlasWindow *window)
{
  GtkWidget *map = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW, "map_view"));

  return gtk_widget_get_width (map) > 100 && gtk_widget_get_height (map) > 100;
}

/* The whole loop, through the real window: a click at a neighbourhood's interior point selects
 * it, the timeline dims the events elsewhere and counts the rest, and the reader opens the
 * article of an event there with exactly its span in focus. */
static void
test_map_click_moves_all (void)
{
  AtlasWindow *window = new_window_on_embedded_kb ();
  AtlasSession *session = atlas_window_get_session (window);
  AtlasKb *kb = atlas_window_get_kb (window);
  AtlasPlace *bustan = atlas_kb_lookup_place (kb, "p-bustan-al-basha");
  AtlasMapView *map = ATLAS_MAP_VIEW (gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW, "map_view"));
  GtkWidget *panel = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW, "timeline_panel"));
  GtkWidget *reader = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW, "reader_view"));
  GtkLabel *count = GTK_LABEL (gtk_widget_get_template_child (panel, ATLAS_TYPE_TIMELINE_PANEL, "count_label"));
  GtkTextView *text_view = GTK_TEXT_VIEW (gtk_widget_get_template_child (reader, ATLAS_TYPE_READER_VIEW, "text_view"));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  GtkTextTag *focus = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "focus");
  GPtrArray *events_there = atlas_kb_get_events_for_place (kb, bustan);
  g_autofree char *expected_count = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;
  double lat, lon, lx, ly, x, y;
  guint focus_start, focus_end;

  g_assert_nonnull (bustan);
  atlas_test_wait_until (map_is_allocated, window);

  g_assert_true (atlas_geometry_get_interior_point (atlas_place_get_geometry (bustan), &lon, &lat));
  shumate_viewport_location_to_widget_coords (atlas_map_view_get_viewport (map), atlas_map_view_get_map_layer (map),
                                              lat, lon, &lx, &ly);
  g_assert_true (gtk_widget_translate_coordinates (atlas_map_view_get_map_layer (map), GTK_WIDGET (map), lx, ly, &x, &y));
  atlas_map_view_activate_at (map, x, y);

  g_assert_true (atlas_session_get_selected_place (session) == bustan);

  /* The timeline counts only the events there */
  expected_count = g_strdup_printf ("%u of %u events at %s", events_there->len,
                                    g_list_model_get_n_items (atlas_kb_get_events (kb)), atlas_place_get_name (bustan));
  g_assert_cmpstr (gtk_label_get_label (count), ==, expected_count);

  /* The reader follows, at the span of an event there */
  g_assert_true (g_ptr_array_find (events_there, atlas_session_get_selected_event (session), NULL));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (text, ==, atlas_article_get_text (atlas_session_get_selected_article (session)));
  g_assert_true (atlas_session_get_focus (session, &focus_start, &focus_end));
  gtk_text_buffer_get_iter_at_offset (buffer, &start, focus_start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, focus_end);
  g_assert_true (gtk_text_iter_starts_tag (&start, focus));
  g_assert_true (gtk_text_iter_ends_tag (&end, focus));

  /* Stepping (the panel's next, which Alt+Right triggers anywhere) stays at the selected
   * place; no neighbourhood has two events in this KB, the city of Aleppo has many */
  {
    AtlasPlace *aleppo = atlas_kb_lookup_place (kb, "p-aleppo");
    GPtrArray *in_aleppo = atlas_kb_get_events_for_place (kb, aleppo);

    g_assert_cmpuint (in_aleppo->len, >, 2);
    atlas_session_set_selected_place (session, aleppo);
    atlas_session_select_first_event (session);
    for (guint i = 1; i < in_aleppo->len; i++)
      {
        gtk_widget_activate_action (panel, "timeline-panel.next", NULL);
        g_assert_true (atlas_session_get_selected_event (session) == g_ptr_array_index (in_aleppo, i));
      }
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static int wanted_width;

static gboolean
is_wanted_width (AtlasWindow *window)
{
  return gtk_widget_get_mapped (GTK_WIDGET (window)) && gtk_widget_get_width (GTK_WIDGET (window)) >= wanted_width - 30;
}

/* Selecting one event after another never moves the divider between the map and the side
 * panel: no content of the panel (the reader's "Also reported by" bar, say) may widen it,
 * whichever page is shown (issue 7) */
static void
test_divider_stays (gconstpointer data)
{
  const int *size = data;
  static const char * const pages[] = { "details", "report" };
  AtlasWindow *window = atlas_window_new (NULL);
  AtlasSession *session = atlas_window_get_session (window);
  GListModel *events;
  GtkPaned *side = GTK_PANED (gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW, "side_paned"));
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW, "side_stack"));
  /* With the app's style, as its paddings widen what wraps */
  GtkStyleProvider *style = atlas_test_load_app_style ();
  int position, width;

#ifdef __SANITIZE_ADDRESS__
  /* A layout check, which the plain builds make: under the sanitizers each frame of the whole
   * window costs seconds, and the walk alone ran test-window past its 480 s in CI */
  g_test_skip ("the divider walk is left to the builds without sanitizers");
  gtk_window_destroy (GTK_WINDOW (window));
  atlas_test_unload_app_style (style);
  return;
#endif

  g_assert_true (atlas_window_open_embedded (window));
  events = atlas_kb_get_events (atlas_window_get_kb (window));
  gtk_window_set_default_size (GTK_WINDOW (window), size[0], size[1]);
  gtk_window_present (GTK_WINDOW (window));
  wanted_width = size[0];
  atlas_test_wait_until (is_wanted_width, window);
  /* Optionally with the side panel dragged as narrow as it goes */
  if (size[2])
    gtk_paned_set_position (side, 100000);
  atlas_test_wait_for_frame (GTK_WIDGET (window));
  atlas_test_wait_for_frame (GTK_WIDGET (window));
  position = gtk_paned_get_position (side);
  g_assert_cmpint (position, <, size[0]);
  width = gtk_widget_get_width (GTK_WIDGET (window));

  for (guint p = 0; p < G_N_ELEMENTS (pages); p++)
    {
      gtk_stack_set_visible_child_name (stack, pages[p]);
      for (guint i = 0; i < g_list_model_get_n_items (events); i++)
        {
          g_autoptr(AtlasEvent) event = g_list_model_get_item (events, i);

          atlas_session_set_selected_event (session, event);
          /* The frame after the change lays the window out: a jump shows in it */
          atlas_test_wait_for_frame (GTK_WIDGET (window));
          g_test_message ("%s on the %s page", atlas_event_get_id (event), pages[p]);
          g_assert_cmpint (gtk_paned_get_position (side), ==, position);
          g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, width);
        }
    }

  gtk_window_destroy (GTK_WINDOW (window));
  atlas_test_unload_app_style (style);
}

/* The event's row is shown whole inside the list's scrolled window */
static gboolean
event_row_in_view (RowWait *wait)
{
  GtkWidget *scroller = gtk_widget_get_parent (wait->list);
  GtkWidget *row = find_event_row (wait->list, wait->event);
  graphene_rect_t bounds;

  return row != NULL &&
         gtk_widget_get_mapped (row) &&
         gtk_widget_compute_bounds (row, scroller, &bounds) &&
         bounds.size.height > 0 &&
         bounds.origin.y >= 0 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scroller);
}

/* The Events page scrolls to the selected event: when the page is shown after the selection
 * changed elsewhere, and when the selection changes while it is shown (issue 7) */
static void
test_event_list_scrolls (void)
{
  AtlasWindow *window = new_window_on_embedded_kb ();
  AtlasSession *session = atlas_window_get_session (window);
  AtlasEventList *list = ATLAS_EVENT_LIST (gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW, "event_list"));
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW, "side_stack"));
  GListModel *events = atlas_kb_get_events (atlas_window_get_kb (window));
  g_autoptr(AtlasEvent) first = g_list_model_get_item (events, 0);
  g_autoptr(AtlasEvent) last = g_list_model_get_item (events, g_list_model_get_n_items (events) - 1);
  RowWait wait = { GTK_WIDGET (atlas_event_list_get_view (list)), NULL };

  atlas_test_wait_until (map_is_allocated, window);

  /* Selected while the details are shown, then the list is shown */
  gtk_stack_set_visible_child_name (stack, "details");
  atlas_test_wait_for_frame (GTK_WIDGET (window));
  atlas_session_select_last_event (session);
  g_assert_true (atlas_session_get_selected_event (session) == last);
  atlas_test_wait_for_frame (GTK_WIDGET (window));
  gtk_stack_set_visible_child_name (stack, "events");
  wait.event = last;
  atlas_test_wait_until (event_row_in_view, &wait);

  /* Selected while the list is shown: to the top, and back to the bottom */
  atlas_session_set_selected_event (session, first);
  wait.event = first;
  atlas_test_wait_until (event_row_in_view, &wait);
  atlas_session_set_selected_event (session, last);
  wait.event = last;
  atlas_test_wait_until (event_row_in_view, &wait);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A bad file shows its problems in the words of --check, and the KB that was open stays open */
static void
test_bad_file_keeps_kb (void)
{
  AtlasWindow *window = new_window_on_embedded_kb ();
  g_autoptr(GFile) file = test_file ("data/bad/impossible-date.json");
  g_autofree char *expected_path = g_test_build_filename (G_TEST_DIST, "data", "bad", "impossible-date.expected", NULL);
  g_autofree char *expected = NULL;
  GtkRevealer *revealer;
  GtkLabel *label;

  loaded_before = atlas_window_get_kb (window);
  atlas_window_open_file (window, file);
  atlas_test_wait_until (has_problems, window);

  g_assert_true (atlas_window_get_kb (window) == loaded_before);
  g_assert_cmpuint (atlas_window_get_problems (window)->len, ==, 1);

  revealer = GTK_REVEALER (gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW, "problems_revealer"));
  label = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW, "problems_label"));
  g_assert_true (gtk_revealer_get_reveal_child (revealer));

  /* The window names the file by its full path; --check as the user typed it */
  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
  g_strchomp (expected);
  g_assert_true (g_str_has_suffix (gtk_label_get_label (label), expected));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (label), g_file_peek_path (file)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkLabel *
subtitle_label (AtlasWindow *window)
{
  return GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW, "subtitle_label"));
}

static gboolean
is_loading (AtlasWindow *window)
{
  gboolean loading;

  g_object_get (window, "loading", &loading, NULL);
  return loading;
}

static gboolean
done_loading (AtlasWindow *window)
{
  return !is_loading (window);
}

/* While a file loads (in a thread; seconds for a big KB) the header says which, with a
 * spinner; the old KB stays in use meanwhile. Good file or bad, it ends. */
static void
test_loading_shown (void)
{
  AtlasWindow *window = new_window_on_embedded_kb ();
  g_autoptr(GFile) good = test_file ("data/good/minimal.json");
  g_autoptr(GFile) bad = test_file ("data/bad/impossible-date.json");
  GtkSpinner *spinner = GTK_SPINNER (gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW, "loading_spinner"));

  g_assert_false (is_loading (window));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (spinner)));
  g_assert_cmpstr (gtk_label_get_label (subtitle_label (window)), ==, "32 events, 5 articles, 145 places");

  loaded_before = atlas_window_get_kb (window);
  atlas_window_open_file (window, good);
  g_assert_true (is_loading (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (spinner)));
  g_assert_true (gtk_spinner_get_spinning (spinner));
  g_assert_cmpstr (gtk_label_get_label (subtitle_label (window)), ==, "Opening “minimal.json”…");
  g_assert_true (atlas_window_get_kb (window) == loaded_before);

  atlas_test_wait_until (done_loading, window);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (spinner)));
  g_assert_cmpstr (atlas_kb_get_title (atlas_window_get_kb (window)), ==, "Minimal example (invented report)");
  g_assert_cmpstr (gtk_label_get_label (subtitle_label (window)), ==, "2 events, 1 article, 2 places");

  /* A bad file ends the same way, its problems shown */
  atlas_window_open_file (window, bad);
  g_assert_true (is_loading (window));
  atlas_test_wait_until (done_loading, window);
  g_assert_nonnull (atlas_window_get_problems (window));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (spinner)));
  g_assert_cmpstr (gtk_label_get_label (subtitle_label (window)), ==, "2 events, 1 article, 2 places");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* From a file that would not open, or from another KB, the built-in reports are a menu item
 * (and a button in the problems, when nothing else is open) away */
static void
test_back_to_embedded (void)
{
  AtlasWindow *window = atlas_window_new (NULL);
  g_autoptr(GFile) bad = test_file ("data/bad/impossible-date.json");
  g_autoptr(GFile) good = test_file ("data/good/minimal.json");
  GtkWidget *button = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW,
                                                                 "problems_embedded_button"));
  GtkRevealer *revealer = GTK_REVEALER (gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW,
                                                                       "problems_revealer"));

  /* As `aleppo-atlas bad.json` starts: nothing open, then the file fails */
  gtk_window_present (GTK_WINDOW (window));
  atlas_window_open_file (window, bad);
  atlas_test_wait_until (has_problems, window);
  g_assert_null (atlas_window_get_kb (window));
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "win.open-embedded");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-embedded", NULL));
  g_assert_nonnull (atlas_window_get_kb (window));
  g_assert_cmpstr (atlas_kb_get_title (atlas_window_get_kb (window)), ==, "Aleppo 2016: five news reports");
  g_assert_false (gtk_revealer_get_reveal_child (revealer));
  g_assert_null (atlas_window_get_problems (window));
  /* Already open: nothing to do */
  g_assert_false (gtk_widget_is_sensitive (button));

  /* Another KB, then back */
  loaded_before = atlas_window_get_kb (window);
  atlas_window_open_file (window, good);
  atlas_test_wait_until (kb_changed, window);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-embedded", NULL));
  g_assert_cmpstr (atlas_kb_get_title (atlas_window_get_kb (window)), ==, "Aleppo 2016: five news reports");

  /* A bad file now leaves the KB open, so the button is not offered */
  atlas_window_open_file (window, bad);
  atlas_test_wait_until (has_problems, window);
  g_assert_false (gtk_widget_get_visible (button));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_good_file_replaces_kb (void)
{
  AtlasWindow *window = new_window_on_embedded_kb ();
  g_autoptr(GFile) file = test_file ("data/good/bad-input-base.json");
  GtkLabel *title;

  loaded_before = atlas_window_get_kb (window);
  atlas_window_open_file (window, file);
  atlas_test_wait_until (kb_changed, window);

  g_assert_cmpstr (atlas_kb_get_title (atlas_window_get_kb (window)), ==, "Bad-input base");
  title = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW, "title_label"));
  g_assert_cmpstr (gtk_label_get_label (title), ==, "Bad-input base");
  g_assert_null (atlas_window_get_problems (window));
  /* One of each count: the singular */
  g_assert_cmpstr (gtk_label_get_label (subtitle_label (window)), ==, "1 event, 1 article, 2 places");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (!atlas_test_init_gtk_or_skip ())
    return 0;

  g_test_add_func ("/window/embedded-kb-listed", test_embedded_kb_listed);
  g_test_add_func ("/window/event-list-in-step", test_event_list_in_step);
  g_test_add_func ("/event-list/change-session", test_event_list_change_session);
  g_test_add_func ("/event-list/planned-badge", test_event_list_planned_badge);
  g_test_add_func ("/window/search-selects", test_search_selects);
  g_test_add_func ("/window/search-counts", test_search_counts);
  g_test_add_func ("/window/map-click-moves-all", test_map_click_moves_all);
  g_test_add_func ("/window/select-id", test_select_id);
  g_test_add_func ("/window/fits-small-screen", test_fits_small_screen);
  g_test_add_func ("/window/state-persists", test_state_persists);
  g_test_add_func ("/window/event-list-scrolls", test_event_list_scrolls);
  /* The smallest window, and the sidebar at its narrowest (where the old jump was widest);
   * each walk draws the whole window 64 times, which costs minutes under the sanitizers */
  g_test_add_data_func ("/window/divider-stays/1024x600", (int[]) { 1024, 600, FALSE }, test_divider_stays);
  g_test_add_data_func ("/window/divider-stays/narrowest", (int[]) { 1280, 800, TRUE }, test_divider_stays);
  g_test_add_func ("/window/bad-file-keeps-kb", test_bad_file_keeps_kb);
  g_test_add_func ("/window/good-file-replaces-kb", test_good_file_replaces_kb);
  g_test_add_func ("/window/loading-shown", test_loading_shown);
  g_test_add_func ("/window/back-to-embedded", test_back_to_embedded);

  return g_test_run ();
}

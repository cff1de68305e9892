/* test-coherence.c: one selection, one story: every pane of the real window agrees with the
 * session after every change of selection (issue 7)
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-coherence"

#include "config.h"

#include "atlas-test-gtk.h"
#include "atlas-test-kb.h"

#include <gtk/gtk.h>

#include "atlas-details-view.h"
#include "atlas-event-list.h"
#include "atlas-map-layer.h"
#include "atlas-map-legend.h"
#include "atlas-map-view.h"
#include "atlas-reader-view.h"
#include "atlas-timeline-panel.h"
#include "atlas-window.h"

typedef struct
{
  AtlasWindow        *window;
  AtlasSession       *session;
  AtlasKb            *kb;
  AtlasMapView       *map;
  AtlasMapLayer      *layer;
  GtkWidget          *details_content;
  GtkStack           *details_stack;
  GtkStack           *reader_stack;
  GtkLabel           *reader_title;
  GtkTextBuffer      *buffer;
  GtkTextTag         *focus_tag;
  GtkLabel           *count;
  GtkLabel           *legend_summary;
  GtkSingleSelection *event_selection;
  guint               n_steps;
} Fixture;

/* Helpers */

static gpointer
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
}

static void
collect_labels (GtkWidget *widget,
                GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child))
        g_ptr_array_add (found, child);
      collect_labels (child, found);
    }
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_labels (widget, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_str_equal (gtk_label_get_text (g_ptr_array_index (labels, i)), text))
      return TRUE;

  return FALSE;
}

/* A card's kicker ("Place", "Event", …): the first label styled as one */
static GtkLabel *
find_kicker (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "details-kicker"))
    return GTK_LABEL (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *kicker = find_kicker (child);

      if (kicker)
        return kicker;
    }

  return NULL;
}

/* The details pane's card of that kicker ("Place", "Event", …), or NULL */
static GtkWidget *
find_card (Fixture    *f,
           const char *kicker)
{
  for (GtkWidget *card = gtk_widget_get_first_child (f->details_content); card; card = gtk_widget_get_next_sibling (card))
    {
      GtkLabel *label = find_kicker (card);

      if (label && g_str_equal (gtk_label_get_text (label), kicker))
        return card;
    }

  return NULL;
}

static char *
card_kickers (Fixture *f)
{
  GString *kickers = g_string_new (NULL);

  for (GtkWidget *card = gtk_widget_get_first_child (f->details_content); card; card = gtk_widget_get_next_sibling (card))
    {
      GtkLabel *label = find_kicker (card);

      g_string_append_printf (kickers, "%s%s", kickers->len ? "," : "", label ? gtk_label_get_text (label) : "?");
    }

  return g_string_free (kickers, FALSE);
}

static gboolean
event_names_place (AtlasEvent *event,
                   AtlasPlace *place)
{
  for (guint i = 0; i < atlas_event_get_n_places (event); i++)
    if (atlas_event_get_place (event, i) == place)
      return TRUE;

  return FALSE;
}

#define DISAGREE(...) g_string_append_printf (problems, __VA_ARGS__)

static void
check_details (Fixture *f,
               GString *problems)
{
  AtlasPlace *place = atlas_session_get_selected_place (f->session);
  AtlasEvent *event = atlas_session_get_selected_event (f->session);
  AtlasCasualty *casualty = atlas_session_get_selected_casualty (f->session);
  g_autofree char *kickers = card_kickers (f);
  g_autofree char *expected = g_strdup_printf ("%s%s%s%s%s", place ? "Place" : "",
                                               place && (casualty || event) ? "," : "",
                                               casualty ? "Casualty figure" : "",
                                               casualty && event ? "," : "",
                                               event ? "Event" : "");
  const char *page = gtk_stack_get_visible_child_name (f->details_stack);

  if (!g_str_equal (kickers, expected))
    DISAGREE ("details show cards [%s], the session [%s]; ", kickers, expected);
  if (g_strcmp0 (page, place || event || casualty ? "details" : "empty") != 0)
    DISAGREE ("details page is %s; ", page);

  if (event && find_card (f, "Event") && !has_label (find_card (f, "Event"), atlas_event_get_title (event)))
    DISAGREE ("the event card is not about “%s”; ", atlas_event_get_title (event));

  if (place && find_card (f, "Place"))
    {
      GtkWidget *card = find_card (f, "Place");
      gboolean none = atlas_kb_get_events_for_place (f->kb, place)->len == 0;

      if (!has_label (card, atlas_place_get_name (place)))
        DISAGREE ("the place card is not about %s; ", atlas_place_get_name (place));
      /* Nothing happened there, and the details say so in words */
      if (none && !event && !has_label (card, "No event in this knowledge base happened here."))
        DISAGREE ("the card of %s does not say that nothing happened there; ", atlas_place_get_name (place));
    }
}

static void
check_reader (Fixture *f,
              GString *problems)
{
  AtlasArticle *article = atlas_session_get_selected_article (f->session);
  const char *page = gtk_stack_get_visible_child_name (f->reader_stack);
  GtkTextIter iter, end;
  guint start = 0, stop = 0, n_ranges = 0, range_start = 0, range_end = 0;
  gboolean has_focus = atlas_session_get_focus (f->session, &start, &stop);

  if (g_strcmp0 (page, article ? "article" : "empty") != 0)
    DISAGREE ("the reader shows page %s; ", page);
  if (!article)
    {
      if (has_focus)
        DISAGREE ("the session has a span but no article; ");
      return;
    }

  if (g_strcmp0 (gtk_label_get_text (f->reader_title), atlas_article_get_title (article)) != 0)
    DISAGREE ("the reader's title is “%s”, not “%s”; ", gtk_label_get_text (f->reader_title),
              atlas_article_get_title (article));

  gtk_text_buffer_get_bounds (f->buffer, &iter, &end);
  if ((guint) gtk_text_iter_get_offset (&end) != g_utf8_strlen (atlas_article_get_text (article), -1))
    DISAGREE ("the reader's text is not the article's; ");

  /* The focus tag covers the session's span, and nothing else */
  if (gtk_text_iter_starts_tag (&iter, f->focus_tag) || gtk_text_iter_forward_to_tag_toggle (&iter, f->focus_tag))
    do
      {
        range_start = gtk_text_iter_get_offset (&iter);
        gtk_text_iter_forward_to_tag_toggle (&iter, f->focus_tag);
        range_end = gtk_text_iter_get_offset (&iter);
        n_ranges++;
      }
    while (gtk_text_iter_forward_to_tag_toggle (&iter, f->focus_tag));

  if (has_focus && (n_ranges != 1 || range_start != start || range_end != stop))
    DISAGREE ("the reader marks %u spans (last %u–%u), the session %u–%u; ", n_ranges, range_start, range_end,
              start, stop);
  if (!has_focus && n_ranges != 0)
    DISAGREE ("the reader marks a span %u–%u the session does not have; ", range_start, range_end);
}

static void
check_map (Fixture *f,
           GString *problems)
{
  AtlasEvent *event = atlas_session_get_selected_event (f->session);
  GListModel *places = atlas_kb_get_places (f->kb);

  for (guint i = 0; i < g_list_model_get_n_items (places); i++)
    {
      g_autoptr(AtlasPlace) place = g_list_model_get_item (places, i);
      gboolean drawn = atlas_place_get_geometry (place) != NULL;
      gboolean outlined = atlas_map_layer_get_place_in_event (f->layer, place);

      if (!drawn)
        continue;

      if (outlined != (event && event_names_place (event, place)))
        DISAGREE ("the map %s %s; ", outlined ? "outlines" : "does not outline", atlas_place_get_name (place));
      if (atlas_map_layer_get_place_count (f->layer, place) != atlas_session_get_place_count (f->session, place))
        DISAGREE ("the map shades %s for %u events, the session counts %u; ", atlas_place_get_name (place),
                  atlas_map_layer_get_place_count (f->layer, place), atlas_session_get_place_count (f->session, place));
    }
}

static void
check_counts (Fixture *f,
              GString *problems)
{
  AtlasPlace *place = atlas_session_get_selected_place (f->session);
  AtlasEvent *event = atlas_session_get_selected_event (f->session);
  guint total = g_list_model_get_n_items (atlas_kb_get_events (f->kb));
  const char *summary = gtk_label_get_text (f->legend_summary);
  g_autofree char *count = NULL;
  g_autofree char *prefix = NULL;
  guint selected;

  if (place)
    count = g_strdup_printf ("%u of %u events at %s", atlas_session_get_n_highlighted (f->session), total,
                             atlas_place_get_name (place));
  else
    count = g_strdup_printf ("%u of %u events", atlas_session_get_n_highlighted (f->session), total);
  if (g_strcmp0 (gtk_label_get_text (f->count), count) != 0)
    DISAGREE ("the timeline says “%s”, not “%s”; ", gtk_label_get_text (f->count), count);

  /* The legend says what the shading counts: never "0 of 124 have any" as if the data had gone */
  if (place && atlas_session_get_n_highlighted (f->session) == 0)
    prefix = g_strdup_printf ("No reported event at %s.", atlas_place_get_name (place));
  else if (place)
    prefix = g_strdup_printf ("Only events at %s:", atlas_place_get_name (place));
  else
    prefix = g_strdup ("Events per neighbourhood:");
  if (!g_str_has_prefix (summary, prefix))
    DISAGREE ("the legend says “%s”, not “%s …”; ", summary, prefix);

  selected = gtk_single_selection_get_selected (f->event_selection);
  if (selected != (event ? atlas_event_get_position (event) : GTK_INVALID_LIST_POSITION))
    DISAGREE ("the event list selects row %u; ", selected);
}

/* The panes show the session; the session itself must hold one story: no event beside a place
 * where it did not happen, no sentence of an event no longer selected */
static void
check_story (Fixture *f,
             GString *problems)
{
  AtlasPlace *place = atlas_session_get_selected_place (f->session);
  AtlasEvent *event = atlas_session_get_selected_event (f->session);
  AtlasCasualty *casualty = atlas_session_get_selected_casualty (f->session);

  if (place && event && !atlas_kb_event_is_at_place (f->kb, event, place))
    DISAGREE ("the panes show “%s” with %s, where it did not happen; ", atlas_event_get_title (event),
              atlas_place_get_name (place));
  if (casualty && atlas_casualty_get_event (casualty) != event)
    DISAGREE ("the figure %s is not of the selected event; ", atlas_casualty_get_id (casualty));
  if (place && !event && atlas_session_get_selected_article (f->session))
    DISAGREE ("the reader keeps an article though no event is selected at %s; ", atlas_place_get_name (place));
}

/* What the panes show that the session does not hold, or NULL when they agree */
static char *
describe_disagreement (Fixture *f)
{
  GString *problems = g_string_new (NULL);

  check_story (f, problems);
  check_details (f, problems);
  check_reader (f, problems);
  check_map (f, problems);
  check_counts (f, problems);

  if (problems->len == 0)
    {
      g_string_free (problems, TRUE);
      return NULL;
    }

  return g_string_free (problems, FALSE);
}

#undef DISAGREE

/* The views follow the session as it notifies; whatever a view defers, wait for it, never
 * for a fixed time */
static void
assert_panes_agree (Fixture    *f,
                    const char *step)
{
  gint64 deadline = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
  char *problems;

  f->n_steps++;
  while ((problems = describe_disagreement (f)) && g_get_monotonic_time () < deadline)
    {
      gboolean tick = FALSE;

      g_free (problems);
      g_timeout_add (5, atlas_test_set_flag_cb, &tick);
      while (!tick)
        g_main_context_iteration (NULL, TRUE);
    }

  if (problems)
    g_error ("After %s (step %u), the panes disagree with the session: %s", step, f->n_steps, problems);
}

static void
select_place (Fixture    *f,
              AtlasPlace *place)
{
  g_autofree char *step = g_strdup_printf ("selecting the place %s", place ? atlas_place_get_id (place) : "(none)");

  atlas_session_set_selected_place (f->session, place);
  assert_panes_agree (f, step);
}

static void
select_event (Fixture    *f,
              AtlasEvent *event)
{
  g_autofree char *step = g_strdup_printf ("selecting the event %s", event ? atlas_event_get_id (event) : "(none)");

  atlas_session_set_selected_event (f->session, event);
  assert_panes_agree (f, step);
}

static void
select_casualty (Fixture       *f,
                 AtlasCasualty *casualty)
{
  g_autofree char *step = g_strdup_printf ("selecting the figure %s", atlas_casualty_get_id (casualty));

  atlas_session_set_selected_casualty (f->session, casualty);
  assert_panes_agree (f, step);
}

static gboolean
map_is_allocated (AtlasMapView *map)
{
  return gtk_widget_get_width (GTK_WIDGET (map)) > 100 && gtk_widget_get_height (GTK_WIDGET (map)) > 100;
}

/* Fixture */

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  GtkWidget *reader, *panel, *details, *legend;
  AtlasEventList *list;

  f->window = atlas_window_new (NULL);
  g_assert_true (atlas_window_open_embedded (f->window));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (f->window));

  f->session = atlas_window_get_session (f->window);
  f->kb = atlas_window_get_kb (f->window);
  f->map = template_child (f->window, ATLAS_TYPE_WINDOW, "map_view");
  f->layer = ATLAS_MAP_LAYER (atlas_map_view_get_map_layer (f->map));
  details = template_child (f->window, ATLAS_TYPE_WINDOW, "details_view");
  f->details_content = template_child (details, ATLAS_TYPE_DETAILS_VIEW, "content");
  f->details_stack = template_child (details, ATLAS_TYPE_DETAILS_VIEW, "stack");
  reader = template_child (f->window, ATLAS_TYPE_WINDOW, "reader_view");
  f->reader_stack = template_child (reader, ATLAS_TYPE_READER_VIEW, "stack");
  f->reader_title = template_child (reader, ATLAS_TYPE_READER_VIEW, "title_label");
  f->buffer = gtk_text_view_get_buffer (template_child (reader, ATLAS_TYPE_READER_VIEW, "text_view"));
  f->focus_tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (f->buffer), "focus");
  g_assert_nonnull (f->focus_tag);
  panel = template_child (f->window, ATLAS_TYPE_WINDOW, "timeline_panel");
  f->count = template_child (panel, ATLAS_TYPE_TIMELINE_PANEL, "count_label");
  legend = template_child (f->map, ATLAS_TYPE_MAP_VIEW, "legend");
  f->legend_summary = template_child (legend, ATLAS_TYPE_MAP_LEGEND, "legend_summary");
  list = template_child (f->window, ATLAS_TYPE_WINDOW, "event_list");
  f->event_selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (atlas_event_list_get_view (list)));

  atlas_test_wait_until (map_is_allocated, f->map);
  assert_panes_agree (f, "start-up");
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_test_message ("%u steps", f->n_steps);
  gtk_window_destroy (GTK_WINDOW (f->window));
}

/* Tests */

/* The issue's own path: the raids of 1–2 October, then a click on al-Khaldiyeh, where nothing
 * happened. Nothing of the raids may stay. */
static void
test_khaldiyeh (Fixture       *f,
                gconstpointer  data)
{
  AtlasEvent *raids = atlas_kb_lookup_event (f->kb, "e-2016-10-01-overnight-raids-aleppo");
  AtlasPlace *khaldiyeh = atlas_kb_lookup_place (f->kb, "p-al-khaldiyeh");
  double lat, lon, lx, ly, x, y;

  g_assert_nonnull (raids);
  g_assert_nonnull (khaldiyeh);
  select_event (f, raids);

  /* A click on its interior point, as a person would */
  g_assert_true (atlas_geometry_get_interior_point (atlas_place_get_geometry (khaldiyeh), &lon, &lat));
  shumate_viewport_location_to_widget_coords (atlas_map_view_get_viewport (f->map), GTK_WIDGET (f->layer),
                                              lat, lon, &lx, &ly);
  g_assert_true (gtk_widget_translate_coordinates (GTK_WIDGET (f->layer), GTK_WIDGET (f->map), lx, ly, &x, &y));
  atlas_map_view_activate_at (f->map, x, y);
  g_assert_true (atlas_session_get_selected_place (f->session) == khaldiyeh);
  assert_panes_agree (f, "clicking al-Khaldiyeh");

  g_assert_null (atlas_session_get_selected_event (f->session));
  g_assert_null (find_card (f, "Event"));
  g_assert_true (has_label (find_card (f, "Place"), "No event in this knowledge base happened here."));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->reader_stack), ==, "empty");
  g_assert_cmpstr (gtk_label_get_text (f->count), ==, "0 of 32 events at al-Khaldiyeh");
  g_assert_true (g_str_has_prefix (gtk_label_get_text (f->legend_summary), "No reported event at al-Khaldiyeh."));

  /* And back: an event elsewhere takes the place's card away */
  select_event (f, raids);
  g_assert_null (atlas_session_get_selected_place (f->session));
}

/* Every place, each after an event (which it keeps only if it happened there) */
static void
test_every_place (Fixture       *f,
                  gconstpointer  data)
{
  GListModel *places = atlas_kb_get_places (f->kb);
  GListModel *events = atlas_kb_get_events (f->kb);
  guint n_events = g_list_model_get_n_items (events);

  for (guint i = 0; i < g_list_model_get_n_items (places); i++)
    {
      g_autoptr(AtlasPlace) place = g_list_model_get_item (places, i);
      g_autoptr(AtlasEvent) event = g_list_model_get_item (events, (i * 7) % n_events);

      select_place (f, NULL);
      select_event (f, event);
      select_place (f, place);
    }
}

/* Every event, each from a selected place (which it keeps only if it happened there), then
 * each of its casualty figures */
static void
test_every_event (Fixture       *f,
                  gconstpointer  data)
{
  GListModel *places = atlas_kb_get_places (f->kb);
  GListModel *events = atlas_kb_get_events (f->kb);
  guint n_places = g_list_model_get_n_items (places);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(AtlasEvent) event = g_list_model_get_item (events, i);
      g_autoptr(AtlasPlace) place = g_list_model_get_item (places, (i * 13) % n_places);
      GPtrArray *figures = atlas_kb_get_casualties_for_event (f->kb, event);

      select_place (f, place);
      select_event (f, event);
      for (guint c = 0; c < figures->len; c++)
        select_casualty (f, g_ptr_array_index (figures, c));
    }

  select_event (f, NULL);
}

/* Event, place, event, place, …: every event and every place, in turn, never unselecting in
 * between */
static void
test_alternate (Fixture       *f,
                gconstpointer  data)
{
  GListModel *places = atlas_kb_get_places (f->kb);
  GListModel *events = atlas_kb_get_events (f->kb);
  guint n_places = g_list_model_get_n_items (places);
  guint n_events = g_list_model_get_n_items (events);

  for (guint i = 0; i < MAX (n_places, n_events); i++)
    {
      g_autoptr(AtlasEvent) event = g_list_model_get_item (events, (i * 5) % n_events);
      g_autoptr(AtlasPlace) place = g_list_model_get_item (places, i % n_places);

      select_event (f, event);
      select_place (f, place);
    }

  /* And stepping with the place selected, as Alt+→ does */
  while (atlas_session_select_next_event (f->session))
    assert_panes_agree (f, "stepping to the next event");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (!atlas_test_init_gtk_or_skip ())
    return 0;

#define ADD(path, func) g_test_add (path, Fixture, NULL, setup, func, teardown)
  ADD ("/coherence/khaldiyeh", test_khaldiyeh);
  ADD ("/coherence/every-place", test_every_place);
  ADD ("/coherence/every-event", test_every_event);
  ADD ("/coherence/alternate", test_alternate);
#undef ADD

  return g_test_run ();
}

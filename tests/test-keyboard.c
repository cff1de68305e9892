/* test-keyboard.c: the window used with the keyboard alone
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-keyboard"

#include "config.h"

#include "atlas-test-gtk.h"

#include <math.h>
#include <string.h>

#include <gtk/gtk.h>

#include "atlas-map-focus-layer.h"
#include "atlas-map-view.h"
#include "atlas-place-list.h"
#include "atlas-place-nav.h"
#include "atlas-reader-view.h"
#include "atlas-timeline-panel.h"
#include "atlas-timeline-view.h"
#include "atlas-window.h"

/*
 * GTK 4 cannot synthesize key events, so each key goes to what the key would reach in the
 * window: Tab to the window's "move-focus" (what its Tab binding emits), F6 to the shortcut
 * the window binds it to, arrows, Enter and Escape to the map's key controller, Enter on a
 * button to its "activate" (what its Enter binding emits). Nothing is called that a key press
 * would not reach.
 */

#define OVERNIGHT_RAIDS "e-2016-10-01-overnight-raids-aleppo"

static GtkWidget *
child (AtlasWindow *window,
       const char  *name)
{
  GtkWidget *widget = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW, name));

  g_assert_nonnull (widget);
  return widget;
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (c, type))
        return c;
      if ((found = find_descendant (c, type)))
        return found;
    }

  return NULL;
}

static GtkEventController *
find_controller (GtkWidget  *widget,
                 const char *name)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), name) == 0)
        return controller;
    }

  g_error ("%s has no controller named %s", G_OBJECT_TYPE_NAME (widget), name);
  return NULL;
}

static GtkWidget *
focus_of (AtlasWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

static gboolean
focus_in (AtlasWindow *window,
          GtkWidget   *pane)
{
  GtkWidget *focus = focus_of (window);

  return focus && (focus == pane || gtk_widget_is_ancestor (focus, pane));
}

/* Keys */

static void
press_tab (AtlasWindow *window)
{
  g_signal_emit_by_name (window, "move-focus", GTK_DIR_TAB_FORWARD);
}

/* F6 or Shift+F6, through the shortcut the window binds to it */
static void
press_f6 (AtlasWindow *window,
          gboolean     shift)
{
  GtkEventController *controller = NULL;
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) candidate = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (candidate))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (candidate)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (candidate), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == GDK_KEY_F6 &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == (shift ? GDK_SHIFT_MASK : 0))
            {
              /* Ahead of GtkPaned's own F6, which cycles only its two children */
              g_assert_cmpint (gtk_event_controller_get_propagation_phase (candidate), ==, GTK_PHASE_CAPTURE);
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                           GTK_WIDGET (window), gtk_shortcut_get_arguments (shortcut)));
              controller = candidate;
            }
        }
    }

  g_assert_nonnull (controller);
}

/* A key pressed while the map has the focus */
static gboolean
press_map_key (AtlasWindow *window,
               guint        keyval)
{
  GtkWidget *map = find_descendant (child (window, "map_view"), SHUMATE_TYPE_MAP);
  gboolean handled = FALSE;

  g_assert_true (focus_of (window) == map);
  g_signal_emit_by_name (find_controller (map, "atlas-map-keys"), "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
  return handled;
}

static gboolean
is_laid_out (AtlasWindow *window)
{
  GtkWidget *map = child (window, "map_view");

  return gtk_widget_get_width (map) > 100 && gtk_widget_get_height (map) > 100;
}

static AtlasWindow *
new_window (const char *select_id)
{
  AtlasWindow *window = atlas_window_new (NULL);

  g_assert_true (atlas_window_open_embedded (window));
  if (select_id)
    g_assert_true (atlas_window_select_id (window, select_id));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  atlas_test_wait_until (is_laid_out, window);
  return window;
}

/* F6 goes round the panes in their order, Shift+F6 the other way, landing on what each pane
 * is for: never on the timeline's first button (issue 7) */
static void
test_f6_order (void)
{
  AtlasWindow *window = new_window (OVERNIGHT_RAIDS);
  GtkWidget *map = find_descendant (child (window, "map_view"), SHUMATE_TYPE_MAP);
  GtkWidget *text_view = GTK_WIDGET (gtk_widget_get_template_child (child (window, "reader_view"), ATLAS_TYPE_READER_VIEW, "text_view"));
  GtkWidget *timeline = find_descendant (child (window, "timeline_panel"), ATLAS_TYPE_TIMELINE_VIEW);
  GtkWidget *side = child (window, "side_stack");
  GtkWidget *places = child (window, "place_list");

  /* From outside the panes (the header bar), F6 starts at the map */
  gtk_widget_grab_focus (child (window, "search_button"));
  gtk_window_set_focus_visible (GTK_WINDOW (window), FALSE);

  press_f6 (window, FALSE);
  g_assert_true (focus_of (window) == map);
  g_assert_true (gtk_window_get_focus_visible (GTK_WINDOW (window)));
  press_f6 (window, FALSE);
  g_assert_true (focus_of (window) == timeline);
  press_f6 (window, FALSE);
  g_assert_true (focus_in (window, gtk_stack_get_visible_child (GTK_STACK (side))));
  press_f6 (window, FALSE);
  g_assert_true (focus_of (window) == map);

  press_f6 (window, TRUE);
  g_assert_true (focus_in (window, side));
  press_f6 (window, TRUE);
  g_assert_true (focus_of (window) == timeline);
  press_f6 (window, TRUE);
  g_assert_true (focus_of (window) == map);

  /* The sidebar's page shown: on Places, its filter; on the report, the article's text */
  gtk_stack_set_visible_child (GTK_STACK (side), places);
  press_f6 (window, TRUE);
  g_assert_true (focus_in (window, places));
  g_assert_true (gtk_widget_is_ancestor (focus_of (window), GTK_WIDGET (atlas_place_list_get_entry (ATLAS_PLACE_LIST (places)))));
  gtk_stack_set_visible_child (GTK_STACK (side), child (window, "reader_view"));
  press_f6 (window, FALSE);
  press_f6 (window, FALSE);
  press_f6 (window, FALSE);
  g_assert_true (focus_of (window) == text_view);

  /* Shift+F6 from the header bar starts at the last pane, the sidebar */
  gtk_stack_set_visible_child_name (GTK_STACK (side), "details");
  gtk_widget_grab_focus (child (window, "search_button"));
  press_f6 (window, TRUE);
  g_assert_true (focus_in (window, side));

  gtk_window_destroy (GTK_WINDOW (window));

  /* With nothing selected the details page has nothing to focus but its scrolled window, which
   * shows no focus: F6 lands on the page's switcher button, and goes on from there */
  window = new_window (NULL);
  map = find_descendant (child (window, "map_view"), SHUMATE_TYPE_MAP);
  timeline = find_descendant (child (window, "timeline_panel"), ATLAS_TYPE_TIMELINE_VIEW);

  /* At start-up the window puts an unseen focus on the map: the first F6 shows it there,
   * rather than moving on to the timeline from a pane nobody saw it in; the next one moves */
  gtk_widget_grab_focus (map);
  gtk_window_set_focus_visible (GTK_WINDOW (window), FALSE);
  press_f6 (window, FALSE);
  g_assert_true (focus_of (window) == map);
  g_assert_true (gtk_window_get_focus_visible (GTK_WINDOW (window)));
  press_f6 (window, FALSE);
  g_assert_true (focus_of (window) == timeline);

  gtk_widget_grab_focus (child (window, "search_button"));
  press_f6 (window, FALSE);
  press_f6 (window, FALSE);
  press_f6 (window, FALSE);
  g_assert_true (GTK_IS_TOGGLE_BUTTON (focus_of (window)));
  g_assert_true (GTK_IS_STACK_SWITCHER (gtk_widget_get_parent (focus_of (window))));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (focus_of (window))));
  press_f6 (window, FALSE);
  g_assert_true (focus_of (window) == map);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* East and north of the focused place's point to @place's */
static void
offset_to (AtlasPlace *from,
           AtlasPlace *to,
           double     *east,
           double     *north)
{
  double lat0, lon0, lat1, lon1;

  g_assert_true (atlas_place_nav_get_point (from, &lat0, &lon0));
  g_assert_true (atlas_place_nav_get_point (to, &lat1, &lon1));
  *east = (lon1 - lon0) * cos (lat0 * G_PI / 180.0);
  *north = lat1 - lat0;
}

/* Arrows towards @target, as someone looking at the map would press them */
static void
arrow_to (AtlasWindow *window,
          AtlasPlace  *target)
{
  AtlasMapView *map_view = ATLAS_MAP_VIEW (child (window, "map_view"));
  guint n = 0;

  if (atlas_map_view_get_focused_place (map_view) == NULL)
    g_assert_true (press_map_key (window, GDK_KEY_Down));

  while (atlas_map_view_get_focused_place (map_view) != target)
    {
      AtlasPlace *focused = atlas_map_view_get_focused_place (map_view);
      AtlasPlace *before = focused;
      double east, north;
      guint keys[2];

      offset_to (focused, target, &east, &north);
      /* The way it lies most, else the other way it lies */
      if (fabs (east) >= fabs (north))
        {
          keys[0] = east > 0 ? GDK_KEY_Right : GDK_KEY_Left;
          keys[1] = north > 0 ? GDK_KEY_Up : GDK_KEY_Down;
        }
      else
        {
          keys[0] = north > 0 ? GDK_KEY_Up : GDK_KEY_Down;
          keys[1] = east > 0 ? GDK_KEY_Right : GDK_KEY_Left;
        }

      for (guint k = 0; k < G_N_ELEMENTS (keys) && atlas_map_view_get_focused_place (map_view) == before; k++)
        {
          g_assert_true (press_map_key (window, keys[k]));
          g_test_message ("%s: %s → %s", gdk_keyval_name (keys[k]), atlas_place_get_name (before),
                          atlas_place_get_name (atlas_map_view_get_focused_place (map_view)));
        }
      g_assert_cmpuint (++n, <, 40);
    }
}

static gboolean
report_shown (gpointer window)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (child (window, "side_stack"))), "report") == 0;
}

/* The details card's "Read in report" button */
static gboolean
is_read_in_report (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "Read in report") == 0;
}

static char *
focus_span_text (AtlasWindow *window)
{
  GtkTextView *text_view = GTK_TEXT_VIEW (gtk_widget_get_template_child (child (window, "reader_view"), ATLAS_TYPE_READER_VIEW, "text_view"));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "focus");
  GtkTextIter start, end;

  gtk_text_buffer_get_start_iter (buffer, &start);
  if (!gtk_text_iter_starts_tag (&start, tag) && !gtk_text_iter_forward_to_tag_toggle (&start, tag))
    return NULL;
  end = start;
  gtk_text_iter_forward_to_tag_toggle (&end, tag);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* From start-up, with the keyboard alone: F6 to the map, arrows to Bustan al-Basha, Enter to
 * select it; the reader then shows the passage on the overnight raids of 1–2 October, F6 takes
 * the focus there and a screen reader is told the passage (issue 7) */
static void
test_reach_bustan (void)
{
  AtlasWindow *window = new_window (NULL);
  AtlasSession *session = atlas_window_get_session (window);
  AtlasKb *kb = atlas_window_get_kb (window);
  AtlasPlace *bustan = atlas_kb_lookup_place (kb, "p-bustan-al-basha");
  AtlasMapView *map_view = ATLAS_MAP_VIEW (child (window, "map_view"));
  GtkWidget *map = find_descendant (GTK_WIDGET (map_view), SHUMATE_TYPE_MAP);
  GtkWidget *text_view = GTK_WIDGET (gtk_widget_get_template_child (child (window, "reader_view"), ATLAS_TYPE_READER_VIEW, "text_view"));
  g_autofree char *span = NULL;
  g_autofree char *description = NULL;
  g_autofree char *name = NULL;

  g_assert_null (atlas_session_get_selected_place (session));

  /* Wherever the window put the focus at start-up, F6 reaches the map within a round */
  for (guint i = 0; i == 0 || (i < 4 && focus_of (window) != map); i++)
    press_f6 (window, FALSE);
  g_assert_true (focus_of (window) == map);

  arrow_to (window, bustan);
  g_assert_true (atlas_map_view_get_focused_place (map_view) == bustan);
  /* Focused, not selected; and said */
  g_assert_null (atlas_session_get_selected_place (session));
  name = gtk_test_accessible_check_property (GTK_ACCESSIBLE (map), GTK_ACCESSIBLE_PROPERTY_LABEL, "");
  g_assert_nonnull (strstr (name, "Bustan al-Basha"));

  g_assert_true (press_map_key (window, GDK_KEY_Return));
  g_assert_true (atlas_session_get_selected_place (session) == bustan);
  g_assert_cmpstr (atlas_event_get_id (atlas_session_get_selected_event (session)), ==, OVERNIGHT_RAIDS);

  span = focus_span_text (window);
  g_assert_nonnull (span);
  g_assert_nonnull (strstr (span, "Bustan al-Basha"));

  /* F6 twice: the timeline, then the sidebar, whose card quotes the passage; Tab to its "Read
   * in report" and Enter open the report with the focus in its text */
  press_f6 (window, FALSE);
  press_f6 (window, FALSE);
  g_assert_true (focus_in (window, child (window, "details_view")));
  for (guint i = 0; i < 60 && !is_read_in_report (focus_of (window)); i++)
    press_tab (window);
  g_assert_true (is_read_in_report (focus_of (window)));
  /* Enter activates the button, which clicks once its press has been shown */
  g_assert_true (gtk_widget_activate (focus_of (window)));
  atlas_test_wait_until (report_shown, window);
  g_assert_true (focus_of (window) == text_view);
  description = gtk_test_accessible_check_property (GTK_ACCESSIBLE (text_view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "");
  g_assert_nonnull (description);
  g_assert_nonnull (strstr (description, span));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Arrows move the ring, not the selection; Escape takes it away; Enter selects; other keys
 * and Alt+arrows are left to others */
static void
test_map_arrows (void)
{
  AtlasWindow *window = new_window (NULL);
  AtlasSession *session = atlas_window_get_session (window);
  AtlasKb *kb = atlas_window_get_kb (window);
  AtlasMapView *map_view = ATLAS_MAP_VIEW (child (window, "map_view"));
  GtkWidget *map = find_descendant (GTK_WIDGET (map_view), SHUMATE_TYPE_MAP);
  AtlasPlace *bustan = atlas_kb_lookup_place (kb, "p-bustan-al-basha");
  AtlasMapFocusLayer *ring = ATLAS_MAP_FOCUS_LAYER (find_descendant (map, ATLAS_TYPE_MAP_FOCUS_LAYER));
  AtlasPlace *first, *next;
  gboolean handled = TRUE;

  g_assert_nonnull (ring);
  gtk_widget_grab_focus (child (window, "search_button"));
  press_f6 (window, FALSE);
  /* Nothing to select yet */
  g_assert_false (press_map_key (window, GDK_KEY_Return));
  g_assert_false (press_map_key (window, GDK_KEY_Escape));

  /* The first arrow rings a neighbourhood in view without moving */
  g_assert_true (press_map_key (window, GDK_KEY_Right));
  first = atlas_map_view_get_focused_place (map_view);
  g_assert_nonnull (first);
  g_assert_nonnull (atlas_place_get_geometry (first));

  g_assert_true (press_map_key (window, GDK_KEY_Right));
  next = atlas_map_view_get_focused_place (map_view);
  /* Ringed while the map has the focus, and only then */
  g_assert_true (atlas_map_focus_layer_get_ring_visible (ring));
  press_f6 (window, FALSE);
  g_assert_false (atlas_map_focus_layer_get_ring_visible (ring));
  press_f6 (window, TRUE);
  g_assert_true (focus_of (window) == map);
  g_assert_true (atlas_map_focus_layer_get_ring_visible (ring));
  g_assert_true (next == atlas_place_nav_next (atlas_kb_get_places (kb), first, ATLAS_NAV_RIGHT));
  g_assert_null (atlas_session_get_selected_place (session));

  /* Alt+Right is the window's (next event) */
  g_signal_emit_by_name (find_controller (map, "atlas-map-keys"), "key-pressed", GDK_KEY_Left, 0, GDK_ALT_MASK, &handled);
  g_assert_false (handled);
  g_assert_true (atlas_map_view_get_focused_place (map_view) == next);

  g_assert_true (press_map_key (window, GDK_KEY_Escape));
  g_assert_null (atlas_map_view_get_focused_place (map_view));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (map), GTK_ACCESSIBLE_PROPERTY_LABEL, "Map of Aleppo’s neighbourhoods");

  /* With a place selected, the first arrow starts from it */
  atlas_session_set_selected_place (session, bustan);
  g_assert_true (press_map_key (window, GDK_KEY_Up));
  g_assert_true (atlas_map_view_get_focused_place (map_view) == atlas_place_nav_next (atlas_kb_get_places (kb), bustan, ATLAS_NAV_UP));

  /* Space selects too */
  g_assert_true (press_map_key (window, GDK_KEY_space));
  g_assert_true (atlas_session_get_selected_place (session) == atlas_map_view_get_focused_place (map_view));

  /* The ring stays in view: holding Left to the western edge pans the map along */
  while (press_map_key (window, GDK_KEY_Left) &&
         atlas_map_view_get_focused_place (map_view) != next &&
         atlas_place_nav_next (atlas_kb_get_places (kb), atlas_map_view_get_focused_place (map_view), ATLAS_NAV_LEFT))
    next = atlas_map_view_get_focused_place (map_view);
  {
    double lat, lon, x, y;

    g_assert_true (atlas_place_nav_get_point (atlas_map_view_get_focused_place (map_view), &lat, &lon));
    shumate_viewport_location_to_widget_coords (atlas_map_view_get_viewport (map_view), map, lat, lon, &x, &y);
    g_assert_cmpfloat (x, >=, 0);
    g_assert_cmpfloat (x, <=, gtk_widget_get_width (map));
    g_assert_cmpfloat (y, >=, 0);
    g_assert_cmpfloat (y, <=, gtk_widget_get_height (map));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* In the reader, Tab goes forward through the header, the other reports and the text, and
 * out: it stayed on the Articles button (issue 7) */
static void
test_reader_tab (void)
{
  AtlasWindow *window = new_window ("e-2016-09-19-truce-collapses");
  GtkWidget *reader = child (window, "reader_view");
  GtkWidget *link = GTK_WIDGET (gtk_widget_get_template_child (reader, ATLAS_TYPE_READER_VIEW, "link_label"));
  GtkWidget *also = GTK_WIDGET (gtk_widget_get_template_child (reader, ATLAS_TYPE_READER_VIEW, "also_box"));
  GtkWidget *text_view = GTK_WIDGET (gtk_widget_get_template_child (reader, ATLAS_TYPE_READER_VIEW, "text_view"));
  GtkWidget *articles = gtk_widget_get_first_child (GTK_WIDGET (gtk_widget_get_template_child (reader, ATLAS_TYPE_READER_VIEW, "content")));
  gboolean seen_link = FALSE, seen_also = FALSE, seen_text = FALSE;
  guint n = 0;

  /* The report is a page of the sidebar */
  gtk_stack_set_visible_child (GTK_STACK (child (window, "side_stack")), reader);
  atlas_test_wait_until (report_shown, window);
  atlas_test_wait_for_frame (reader);

  g_assert_true (GTK_IS_MENU_BUTTON (articles));
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (also)));
  g_assert_true (gtk_widget_grab_focus (articles));

  while (focus_in (window, reader))
    {
      GtkWidget *before = focus_of (window);

      press_tab (window);
      g_assert_true (focus_of (window) != before);
      if (focus_of (window) == link)
        seen_link = TRUE;
      else if (gtk_widget_is_ancestor (focus_of (window), also))
        {
          g_assert_true (seen_link);
          seen_also = TRUE;
        }
      else if (focus_of (window) == text_view)
        {
          g_assert_true (seen_also);
          seen_text = TRUE;
        }
      g_assert_cmpuint (++n, <, 20);
    }

  g_assert_true (seen_text);
  /* And out of the report, the last pane */
  g_assert_false (focus_in (window, child (window, "side_stack")));
  g_assert_nonnull (focus_of (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

static guint
n_listed (AtlasPlaceList *list)
{
  return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (atlas_place_list_get_view (list))));
}

static AtlasPlace *
listed (AtlasPlaceList *list,
        guint           position)
{
  g_autoptr(AtlasPlace) place = g_list_model_get_item (G_LIST_MODEL (gtk_list_view_get_model (atlas_place_list_get_view (list))), position);

  return place;
}

/* The places list: sorted by folded name, filtered as search matches, typing in the list goes
 * to the filter, Enter selects, and the list follows the session */
static void
test_place_list (void)
{
  AtlasWindow *window = new_window (NULL);
  AtlasSession *session = atlas_window_get_session (window);
  AtlasKb *kb = atlas_window_get_kb (window);
  AtlasPlaceList *list = ATLAS_PLACE_LIST (child (window, "place_list"));
  GtkListView *view = atlas_place_list_get_view (list);
  GtkEditable *entry = atlas_place_list_get_entry (list);
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (view));
  AtlasPlace *sakhour = atlas_kb_lookup_place (kb, "p-as-sakhour");
  AtlasPlace *bustan = atlas_kb_lookup_place (kb, "p-bustan-al-basha");

  gtk_stack_set_visible_child (GTK_STACK (child (window, "side_stack")), GTK_WIDGET (list));

  /* Every place, in order of folded name */
  g_assert_cmpuint (n_listed (list), ==, g_list_model_get_n_items (atlas_kb_get_places (kb)));
  for (guint i = 1; i < n_listed (list); i++)
    {
      g_autofree char *a = atlas_place_collate_key (atlas_place_get_name (listed (list, i - 1)));
      g_autofree char *b = atlas_place_collate_key (atlas_place_get_name (listed (list, i)));

      g_assert_cmpint (strcmp (a, b), <=, 0);
    }

  /* Type-ahead: the filter takes the keys typed in the list, and the focus follows them there,
   * so that the next key is not lost with the row the focus was on */
  g_assert_true (gtk_search_entry_get_key_capture_widget (GTK_SEARCH_ENTRY (entry)) == GTK_WIDGET (view));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_TAB_FORWARD));
  g_assert_true (focus_in (window, GTK_WIDGET (view)));
  gtk_editable_set_text (entry, "b");
  g_assert_true (focus_in (window, GTK_WIDGET (entry)));

  /* Search's forgiving matching: another spelling, the Arabic name */
  gtk_editable_set_text (entry, "Sakhur");
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_cmpuint (n_listed (list), >=, 1);
  g_assert_true (listed (list, 0) == sakhour);
  gtk_editable_set_text (entry, "الصاخور");
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_true (listed (list, 0) == sakhour);
  gtk_editable_set_text (entry, "no such place at all");
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_cmpuint (n_listed (list), ==, 0);

  /* Enter in the filter selects the first place listed */
  gtk_editable_set_text (entry, "bustan al-basha");
  g_signal_emit_by_name (entry, "search-changed");
  for (guint i = 0; i < n_listed (list); i++)
    g_test_message ("listed: %s", atlas_place_get_name (listed (list, i)));
  g_assert_cmpuint (n_listed (list), ==, 1);
  g_assert_null (atlas_session_get_selected_place (session));
  g_signal_emit_by_name (entry, "activate");
  g_assert_true (atlas_session_get_selected_place (session) == bustan);
  g_assert_true (gtk_single_selection_get_selected_item (selection) == bustan);

  /* Activating a row (Enter in the list) selects its place */
  gtk_editable_set_text (entry, "");
  g_signal_emit_by_name (entry, "search-changed");
  for (guint i = 0; i < n_listed (list); i++)
    if (listed (list, i) == sakhour)
      g_signal_emit_by_name (view, "activate", i);
  g_assert_true (atlas_session_get_selected_place (session) == sakhour);

  /* The list follows the session */
  atlas_session_set_selected_place (session, bustan);
  g_assert_true (gtk_single_selection_get_selected_item (selection) == bustan);
  atlas_session_set_selected_place (session, NULL);
  g_assert_null (gtk_single_selection_get_selected_item (selection));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  if (!atlas_test_init_gtk_or_skip ())
    return 0;

  g_test_add_func ("/keyboard/f6-order", test_f6_order);
  g_test_add_func ("/keyboard/reach-bustan", test_reach_bustan);
  g_test_add_func ("/keyboard/map-arrows", test_map_arrows);
  g_test_add_func ("/keyboard/reader-tab", test_reader_tab);
  g_test_add_func ("/keyboard/place-list", test_place_list);

  return g_test_run ();
}

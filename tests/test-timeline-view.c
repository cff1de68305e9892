/* test-timeline-view.c: the timeline view and its panel
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-timeline-view"

#include "config.h"

#include "atlas-test-gtk.h"
#include "atlas-test-kb.h"

#include <math.h>
#include <string.h>

#include <gtk/gtk.h>

#include "atlas-article.h"
#include "atlas-timeline-panel.h"
#include "atlas-timeline-view.h"
#include "atlas-timeline-view-private.h"

#define FIG_SRC "\"source\": {\"article\": \"a\", \"start\": 0, \"end\": 1, \"quote\": \"a\"}"

/* Three events on one day, in the file in the order c, a, b, and one earlier */
#define TIES_KB ATLAS_TEST_KB_HEAD \
  " \"casualties\": [], \"events\": [" \
  "  {\"id\": \"c\", \"date\": \"2016-10-02\", \"date_precision\": \"day\", \"type\": \"statement\", \"title\": \"c\", \"places\": [], " ATLAS_TEST_KB_SOURCE "}," \
  "  {\"id\": \"a\", \"date\": \"2016-10-02\", \"date_precision\": \"day\", \"type\": \"statement\", \"title\": \"a\", \"places\": [], " ATLAS_TEST_KB_SOURCE "}," \
  "  {\"id\": \"b\", \"date\": \"2016-10-02\", \"date_precision\": \"day\", \"type\": \"statement\", \"title\": \"b\", \"places\": [], " ATLAS_TEST_KB_SOURCE "}," \
  "  {\"id\": \"first\", \"date\": \"2016-08-01\", \"date_precision\": \"month\", \"type\": \"diplomacy\", \"title\": \"first\", \"places\": [], " ATLAS_TEST_KB_SOURCE "}" \
  "]}"

/* Every kind of mark: ranges, month and "days" precision, planned, figures of every shape */
#define MIXED_KB ATLAS_TEST_KB_HEAD \
  " \"events\": [" \
  "  {\"id\": \"siege\", \"date\": \"2016-07-17\", \"end_date\": \"2016-12-22\", \"date_precision\": \"days\", \"type\": \"ground-fighting\", \"title\": \"Siege of eastern Aleppo\", \"places\": [], " ATLAS_TEST_KB_SOURCE "}," \
  "  {\"id\": \"aug\", \"date\": \"2016-08-01\", \"date_precision\": \"month\", \"type\": \"humanitarian\", \"title\": \"Aid talks (August)\", \"places\": [], " ATLAS_TEST_KB_SOURCE "}," \
  "  {\"id\": \"near\", \"date\": \"2016-09-05\", \"date_precision\": \"days\", \"type\": \"bombardment\", \"title\": \"Strike on a market, early September\", \"places\": [], " ATLAS_TEST_KB_SOURCE "}," \
  "  {\"id\": \"raid\", \"date\": \"2016-09-20\", \"date_precision\": \"day\", \"type\": \"bombardment\", \"title\": \"Air raid\", \"places\": [], " ATLAS_TEST_KB_SOURCE "}," \
  "  {\"id\": \"convoy\", \"date\": \"2016-09-19\", \"end_date\": \"2016-09-21\", \"date_precision\": \"day\", \"type\": \"humanitarian\", \"title\": \"Convoy hit\", \"places\": [], " ATLAS_TEST_KB_SOURCE "}," \
  "  {\"id\": \"talks\", \"date\": \"2016-10-15\", \"date_precision\": \"day\", \"status\": \"planned\", \"type\": \"diplomacy\", \"title\": \"Talks in Lausanne (planned)\", \"places\": [], " ATLAS_TEST_KB_SOURCE "}," \
  "  {\"id\": \"truce\", \"date\": \"2016-09-12\", \"date_precision\": \"day\", \"type\": \"ceasefire\", \"title\": \"Truce\", \"places\": [], " ATLAS_TEST_KB_SOURCE "}," \
  "  {\"id\": \"evac\", \"date\": \"2016-10-13\", \"date_precision\": \"day\", \"type\": \"evacuation\", \"title\": \"Evacuation\", \"places\": [], " ATLAS_TEST_KB_SOURCE "}," \
  "  {\"id\": \"say\", \"date\": \"2016-10-13\", \"date_precision\": \"day\", \"type\": \"statement\", \"title\": \"Statement\", \"places\": [], " ATLAS_TEST_KB_SOURCE "}" \
  "], \"casualties\": [" \
  "  {\"id\": \"f1\", \"event\": \"raid\", \"killed\": {\"min\": 9}, \"who\": \"people\", \"qualifier\": \"at least\", \"reported_by\": \"X\", " FIG_SRC "}," \
  "  {\"id\": \"f2\", \"event\": \"raid\", \"killed\": {\"min\": 12, \"max\": 12}, \"who\": \"people\", \"reported_by\": \"Y\", " FIG_SRC "}," \
  "  {\"id\": \"f3\", \"event\": \"raid\", \"killed\": {\"min\": 10, \"max\": 40}, \"injured\": {\"min\": 50}, \"who\": \"civilians\", \"reported_by\": \"Z\", " FIG_SRC "}," \
  "  {\"id\": \"f4\", \"event\": \"raid\", \"who\": \"people\", \"qualifier\": \"the death toll was higher\", \"reported_by\": \"W\", " FIG_SRC "}," \
  "  {\"id\": \"f5\", \"event\": \"near\", \"killed\": {\"min\": 200}, \"who\": \"people\", \"qualifier\": \"hundreds\", \"reported_by\": \"V\", " FIG_SRC "}" \
  "]}"

static gboolean
panel_stopped (gpointer panel)
{
  return !atlas_timeline_panel_get_playing (panel);
}

static GtkWindow *
show_in_window (GtkWidget *child,
                int        width,
                int        height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, width, height);
  gtk_window_set_child (window, child);
  gtk_window_present (window);
  atlas_test_wait_until (atlas_test_widget_is_drawn, child);
  atlas_test_wait_for_frame (child);
  return window;
}

static AtlasSession *
session_on (AtlasKb *kb)
{
  AtlasSession *session = atlas_session_new ();

  atlas_session_set_kb (session, kb);
  return session;
}

static const char *
selected_id (AtlasSession *session)
{
  AtlasEvent *event = atlas_session_get_selected_event (session);

  return event ? atlas_event_get_id (event) : NULL;
}

static AtlasEvent *
nth_event (AtlasKb *kb,
           guint    n)
{
  g_autoptr(AtlasEvent) event = g_list_model_get_item (atlas_kb_get_events (kb), n);
  return event;   /* the KB keeps it */
}

/* Next/previous follow date order, and events on one day keep the order of the file */
static void
test_ties_in_file_order (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_string (TIES_KB);
  g_autoptr(AtlasSession) session = session_on (kb);
  GtkWidget *view = g_object_ref_sink (atlas_timeline_view_new ());
  const char *forward[] = { "first", "c", "a", "b" };

  atlas_timeline_view_set_session (ATLAS_TIMELINE_VIEW (view), session);

  for (guint i = 0; i < G_N_ELEMENTS (forward); i++)
    {
      g_assert_true (gtk_widget_activate_action (view, "timeline.next", NULL));
      g_assert_cmpstr (selected_id (session), ==, forward[i]);
    }
  /* At the end, next stays there */
  gtk_widget_activate_action (view, "timeline.next", NULL);
  g_assert_cmpstr (selected_id (session), ==, "b");

  for (guint i = G_N_ELEMENTS (forward) - 1; i-- > 0;)
    {
      gtk_widget_activate_action (view, "timeline.previous", NULL);
      g_assert_cmpstr (selected_id (session), ==, forward[i]);
    }

  g_object_unref (view);
}

static void
test_home_end (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_shipped_kb ();
  g_autoptr(AtlasSession) session = session_on (kb);
  GtkWidget *view = g_object_ref_sink (atlas_timeline_view_new ());
  guint n = g_list_model_get_n_items (atlas_kb_get_events (kb));

  g_assert_cmpuint (n, ==, 32);
  atlas_timeline_view_set_session (ATLAS_TIMELINE_VIEW (view), session);

  gtk_widget_activate_action (view, "timeline.last", NULL);
  g_assert_true (atlas_session_get_selected_event (session) == nth_event (kb, n - 1));
  gtk_widget_activate_action (view, "timeline.first", NULL);
  g_assert_true (atlas_session_get_selected_event (session) == nth_event (kb, 0));
  gtk_widget_activate_action (view, "timeline.next", NULL);
  g_assert_true (atlas_session_get_selected_event (session) == nth_event (kb, 1));

  g_object_unref (view);
}

/* Alt+Right is the panel's shortcut for its "next" action, which anything in the window reaches */
static void
test_panel_next (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_string (TIES_KB);
  g_autoptr(AtlasSession) session = session_on (kb);
  GtkWidget *panel = atlas_timeline_panel_new ();
  GtkWindow *window = show_in_window (panel, 900, 200);
  GListModel *controllers = gtk_widget_observe_controllers (panel);
  gboolean found_global = FALSE;

  atlas_timeline_panel_set_session (ATLAS_TIMELINE_PANEL (panel), session);

  g_assert_true (gtk_widget_activate_action (panel, "timeline-panel.next", NULL));
  g_assert_cmpstr (selected_id (session), ==, "first");
  g_assert_true (gtk_widget_activate_action (panel, "timeline-panel.next", NULL));
  g_assert_cmpstr (selected_id (session), ==, "c");
  g_assert_true (gtk_widget_activate_action (panel, "timeline-panel.previous", NULL));
  g_assert_cmpstr (selected_id (session), ==, "first");
  g_assert_true (gtk_widget_activate_action (panel, "timeline-panel.last", NULL));
  g_assert_cmpstr (selected_id (session), ==, "b");

  /* The shortcut is there, window-wide */
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_SHORTCUT_CONTROLLER (controller) &&
          gtk_shortcut_controller_get_scope (GTK_SHORTCUT_CONTROLLER (controller)) == GTK_SHORTCUT_SCOPE_GLOBAL)
        found_global = TRUE;
    }
  g_object_unref (controllers);
  g_assert_true (found_global);

  gtk_window_destroy (window);
}

/* Clicking where an event's mark is drawn selects that event */
static void
test_click_selects (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_shipped_kb ();
  g_autoptr(AtlasSession) session = session_on (kb);
  GtkWidget *view = atlas_timeline_view_new ();
  GtkWindow *window = show_in_window (view, 1024, 180);
  AtlasEvent *event = atlas_kb_lookup_event (kb, "e-2016-02-04-london-donors-conference");
  AtlasEvent *planned = atlas_kb_lookup_event (kb, "e-2016-10-16-london-meeting");
  graphene_rect_t bounds;
  double x;

  atlas_timeline_view_set_session (ATLAS_TIMELINE_VIEW (view), session);

  x = atlas_timeline_view_date_to_x (ATLAS_TIMELINE_VIEW (view), atlas_event_get_date (event));
  g_assert_true (atlas_timeline_view_get_event_bounds (ATLAS_TIMELINE_VIEW (view), event, &bounds));
  g_assert_cmpfloat (x, >=, bounds.origin.x);
  g_assert_cmpfloat (x, <=, bounds.origin.x + bounds.size.width);
  g_assert_true (atlas_timeline_view_event_at (ATLAS_TIMELINE_VIEW (view), x, bounds.origin.y + bounds.size.height / 2) == event);

  /* Far from any mark: nothing */
  g_assert_null (atlas_timeline_view_event_at (ATLAS_TIMELINE_VIEW (view), x, 2));

  /* The click handler's path: hit-test, then select */
  atlas_timeline_view_set_visible_range (ATLAS_TIMELINE_VIEW (view), atlas_date_from_ymd (2016, 10, 1),
                                         atlas_date_from_ymd (2016, 10, 20));
  x = atlas_timeline_view_date_to_x (ATLAS_TIMELINE_VIEW (view), atlas_event_get_date (planned));
  g_assert_true (atlas_timeline_view_get_event_bounds (ATLAS_TIMELINE_VIEW (view), planned, &bounds));
  atlas_session_set_selected_event (session,
                                    atlas_timeline_view_event_at (ATLAS_TIMELINE_VIEW (view), x,
                                                                  bounds.origin.y + bounds.size.height / 2));
  g_assert_true (atlas_session_get_selected_event (session) == planned);

  gtk_window_destroy (window);
}

static void
test_zoom_around_anchor (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_shipped_kb ();
  g_autoptr(AtlasSession) session = session_on (kb);
  GtkWidget *view = atlas_timeline_view_new ();
  GtkWindow *window = show_in_window (view, 1024, 180);
  AtlasTimelineView *tl = ATLAS_TIMELINE_VIEW (view);
  AtlasDate start, end, start2, end2, anchor_date;
  double anchor_x;

  atlas_timeline_view_set_session (tl, session);
  atlas_timeline_view_get_visible_range (tl, &start, &end);
  /* Fitted: every event in view */
  g_assert_cmpuint (start, <=, atlas_date_from_ymd (2016, 2, 1));
  g_assert_cmpuint (end, >=, atlas_date_from_ymd (2016, 10, 16));

  anchor_date = atlas_date_from_ymd (2016, 9, 20);
  anchor_x = atlas_timeline_view_date_to_x (tl, anchor_date);
  atlas_timeline_view_zoom (tl, 4.0, anchor_x);
  atlas_timeline_view_get_visible_range (tl, &start2, &end2);

  g_assert_cmpuint (end2 - start2, <, (end - start) / 3);
  g_assert_cmpuint (start2, >, start);
  g_assert_cmpuint (end2, <, end);
  g_assert_cmpuint (start2, <=, anchor_date);
  g_assert_cmpuint (end2, >=, anchor_date);
  /* The anchor stays under the pointer */
  g_assert_cmpfloat (fabs (atlas_timeline_view_date_to_x (tl, anchor_date) - anchor_x), <, 1.0);

  /* Zooming out again comes back */
  atlas_timeline_view_zoom (tl, 0.25, anchor_x);
  atlas_timeline_view_get_visible_range (tl, &start2, &end2);
  g_assert_cmpint (ABS ((int) start2 - (int) start), <=, 1);
  g_assert_cmpint (ABS ((int) end2 - (int) end), <=, 1);

  /* Keys: + and - are the zoom actions */
  g_assert_true (gtk_widget_activate_action (view, "timeline.zoom-in", NULL));
  atlas_timeline_view_get_visible_range (tl, &start2, &end2);
  g_assert_cmpuint (end2 - start2, <, end - start);
  atlas_timeline_view_zoom_to_fit (tl);
  atlas_timeline_view_get_visible_range (tl, &start2, &end2);
  g_assert_cmpuint (start2, ==, start);
  g_assert_cmpuint (end2, ==, end);

  atlas_timeline_view_set_visible_range (tl, atlas_date_from_ymd (2016, 9, 1), atlas_date_from_ymd (2016, 9, 30));
  atlas_timeline_view_get_visible_range (tl, &start2, &end2);
  g_assert_cmpuint (start2, ==, atlas_date_from_ymd (2016, 9, 1));
  g_assert_cmpuint (end2, ==, atlas_date_from_ymd (2016, 9, 30));

  gtk_window_destroy (window);
}

static GdkTexture *
render (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  /* The paintable shows what was last drawn: let a frame be drawn first */
  for (guint i = 0; i < 100 && node == NULL; i++)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();

      atlas_test_wait_for_frame (widget);
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
    }
  g_assert_nonnull (node);
  return gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                      &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/* How much colour (distance from grey) there is around a point */
static double
saturation_at (GdkTexture *texture,
               double      x,
               double      y)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guchar *data = g_malloc (width * height * 4);
  guint32 pixel;
  int r, g, b;

  gdk_texture_download (texture, data, width * 4);
  pixel = ((guint32 *) data)[(int) y * width + (int) x];
  /* Premultiplied ARGB in native endianness */
  r = (pixel >> 16) & 0xff;
  g = (pixel >> 8) & 0xff;
  b = pixel & 0xff;
  return MAX (r, MAX (g, b)) - MIN (r, MIN (g, b));
}

/* Hiding a type changes the count, and its events are drawn dimmed */
static void
test_filter_by_type (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_shipped_kb ();
  g_autoptr(AtlasSession) session = session_on (kb);
  GtkWidget *panel = atlas_timeline_panel_new ();
  GtkWindow *window = show_in_window (panel, 1024, 220);
  AtlasTimelineView *view = atlas_timeline_panel_get_view (ATLAS_TIMELINE_PANEL (panel));
  GtkLabel *count = GTK_LABEL (gtk_widget_get_template_child (panel, ATLAS_TYPE_TIMELINE_PANEL, "count_label"));
  GtkWidget *types = GTK_WIDGET (gtk_widget_get_template_child (panel, ATLAS_TYPE_TIMELINE_PANEL, "types_button"));
  AtlasEvent *raid = atlas_kb_lookup_event (kb, "e-2016-10-14-airstrikes-eastern-aleppo");
  g_autoptr(GdkTexture) before = NULL;
  g_autoptr(GdkTexture) after = NULL;
  graphene_rect_t bounds;
  graphene_point_t centre;
  double x, y;

  atlas_timeline_panel_set_session (ATLAS_TIMELINE_PANEL (panel), session);
  g_assert_cmpstr (gtk_label_get_label (count), ==, "32 of 32 events");

  atlas_timeline_view_set_visible_range (view, atlas_date_from_ymd (2016, 10, 10), atlas_date_from_ymd (2016, 10, 17));
  g_assert_true (atlas_timeline_view_get_event_bounds (view, raid, &bounds));
  graphene_rect_get_center (&bounds, &centre);
  g_assert_true (gtk_widget_translate_coordinates (GTK_WIDGET (view), panel, centre.x, centre.y, &x, &y));
  before = render (panel);

  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (types)), ==, "Types");
  g_assert_false (gtk_widget_has_css_class (types, "filtered"));

  atlas_session_set_type_visible (session, "bombardment", FALSE);
  g_assert_cmpstr (gtk_label_get_label (count), ==, "25 of 32 events");
  /* The Types button says a filter is on, to the eye and to a screen reader (issue 7) */
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (types)), ==, "Types (1 hidden)");
  g_assert_true (gtk_widget_has_css_class (types, "filtered"));
  gtk_test_accessible_assert_property (types, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "1 of 7 event types hidden");
  /* Still drawn where it was, but faded */
  g_assert_true (atlas_timeline_view_get_event_bounds (view, raid, &bounds));
  after = render (panel);
  g_assert_cmpfloat (saturation_at (before, x, y), >, 100);
  g_assert_cmpfloat (saturation_at (after, x, y), <, saturation_at (before, x, y) / 2);

  /* Next skips what is hidden */
  atlas_session_set_selected_event (session, atlas_kb_lookup_event (kb, "e-2016-10-14-advance-toward-airport"));
  gtk_widget_activate_action (panel, "timeline-panel.next", NULL);
  g_assert_cmpstr (selected_id (session), ==, "e-2016-10-14-lavrov-no-expectations");

  atlas_session_set_type_visible (session, "bombardment", TRUE);
  g_assert_cmpstr (gtk_label_get_label (count), ==, "32 of 32 events");
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (types)), ==, "Types");
  g_assert_false (gtk_widget_has_css_class (types, "filtered"));

  gtk_window_destroy (window);
}

static void
test_play (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_string (TIES_KB);
  g_autoptr(AtlasSession) session = session_on (kb);
  GtkWidget *panel = atlas_timeline_panel_new ();
  GtkWindow *window = show_in_window (panel, 900, 200);

  g_object_set (panel, "session", session, "play-interval-ms", 20, NULL);

  /* From nothing selected: the first at once, then each in turn, then it stops at the end */
  g_assert_true (gtk_widget_activate_action (panel, "timeline-panel.play", NULL));
  g_assert_true (atlas_timeline_panel_get_playing (ATLAS_TIMELINE_PANEL (panel)));
  g_assert_cmpstr (selected_id (session), ==, "first");
  atlas_test_wait_until (panel_stopped, panel);
  g_assert_cmpstr (selected_id (session), ==, "b");

  /* Selecting something stops it */
  atlas_session_set_selected_event (session, atlas_kb_lookup_event (kb, "first"));
  atlas_timeline_panel_set_play_interval_ms (ATLAS_TIMELINE_PANEL (panel), 2500);
  atlas_timeline_panel_set_playing (ATLAS_TIMELINE_PANEL (panel), TRUE);
  g_assert_cmpstr (selected_id (session), ==, "c");
  atlas_session_set_selected_event (session, atlas_kb_lookup_event (kb, "b"));
  g_assert_false (atlas_timeline_panel_get_playing (ATLAS_TIMELINE_PANEL (panel)));

  gtk_window_destroy (window);
}

/* Selecting an event outside the visible range scrolls it into view */
static void
test_selection_scrolls_into_view (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_shipped_kb ();
  g_autoptr(AtlasSession) session = session_on (kb);
  GtkWidget *view = atlas_timeline_view_new ();
  GtkWindow *window = show_in_window (view, 1024, 180);
  AtlasTimelineView *tl = ATLAS_TIMELINE_VIEW (view);
  AtlasEvent *event = atlas_kb_lookup_event (kb, "e-2016-10-13-assad-interview");
  AtlasDate start, end;
  graphene_rect_t bounds;

  atlas_timeline_view_set_session (tl, session);
  /* Two weeks of September: with no compressed gap in them, the zoom is days a pixel */
  atlas_timeline_view_set_visible_range (tl, atlas_date_from_ymd (2016, 9, 12), atlas_date_from_ymd (2016, 9, 25));
  g_assert_false (atlas_timeline_view_get_event_bounds (tl, event, &bounds));

  atlas_session_set_selected_event (session, event);
  atlas_timeline_view_get_visible_range (tl, &start, &end);
  g_assert_cmpuint (start, <, atlas_event_get_date (event));
  g_assert_cmpuint (end, >, atlas_event_get_date (event));
  /* The zoom is kept */
  g_assert_cmpuint (end - start, >=, 13);
  g_assert_cmpuint (end - start, <=, 14);
  g_assert_true (atlas_timeline_view_get_event_bounds (tl, event, &bounds));
  g_assert_cmpfloat (bounds.origin.x, >, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <, gtk_widget_get_width (view));

  /* Already in view: nothing moves */
  atlas_session_set_selected_event (session, atlas_kb_lookup_event (kb, "e-2016-10-14-advance-toward-airport"));
  atlas_timeline_view_get_visible_range (tl, &start, &end);
  g_assert_cmpuint (start, <, atlas_event_get_date (event));

  gtk_window_destroy (window);
}

static void
test_go_to_date (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_shipped_kb ();
  g_autoptr(AtlasSession) session = session_on (kb);
  GtkWidget *panel = atlas_timeline_panel_new ();
  GtkWindow *window = show_in_window (panel, 1024, 200);
  GtkWidget *entry = GTK_WIDGET (gtk_widget_get_template_child (panel, ATLAS_TYPE_TIMELINE_PANEL, "date_entry"));
  struct { const char *text; const char *selected; } cases[] = {
    { "2016-09", "e-2016-09-12-truce-takes-effect" },
    { "2016-10-14", "e-2016-10-14-advance-toward-airport" },
    { "2016", "e-2016-02-01-russian-trainer-killed" },
  };

  atlas_timeline_panel_set_session (ATLAS_TIMELINE_PANEL (panel), session);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gtk_editable_set_text (GTK_EDITABLE (entry), cases[i].text);
      g_signal_emit_by_name (entry, "activate");
      g_assert_cmpstr (selected_id (session), ==, cases[i].selected);
      g_assert_false (gtk_widget_has_css_class (entry, "error"));
    }

  /* Not a date, and no event after it: an error, and the selection stays */
  gtk_editable_set_text (GTK_EDITABLE (entry), "2016-13");
  g_signal_emit_by_name (entry, "activate");
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_cmpstr (selected_id (session), ==, "e-2016-02-01-russian-trainer-killed");
  gtk_editable_set_text (GTK_EDITABLE (entry), "2017-01-01");
  g_assert_false (gtk_widget_has_css_class (entry, "error"));
  g_signal_emit_by_name (entry, "activate");
  g_assert_true (gtk_widget_has_css_class (entry, "error"));

  gtk_window_destroy (window);
}

/* Thousands of events: density bars, and the hit-test still finds events */
static void
test_dense (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_dense_kb (6000);
  g_autoptr(AtlasSession) session = session_on (kb);
  GtkWidget *view = atlas_timeline_view_new ();
  GtkWindow *window = show_in_window (view, 1024, 180);
  AtlasTimelineView *tl = ATLAS_TIMELINE_VIEW (view);
  g_autoptr(GdkTexture) texture = NULL;
  AtlasEvent *hit = NULL;
  graphene_rect_t bounds;
  AtlasDate start, end;
  double x = atlas_timeline_view_date_to_x (tl, atlas_date_from_ymd (2016, 6, 15));

  atlas_timeline_view_set_session (tl, session);
  x = atlas_timeline_view_date_to_x (tl, atlas_date_from_ymd (2016, 6, 15));
  texture = render (view);
  g_assert_nonnull (texture);

  for (double y = 0; y < gtk_widget_get_height (view) && hit == NULL; y += 2)
    hit = atlas_timeline_view_event_at (tl, x, y);
  g_assert_nonnull (hit);
  g_assert_cmpint (ABS ((int) atlas_event_get_date (hit) - (int) atlas_date_from_ymd (2016, 6, 15)), <=, 31);

  /* One week: marks again */
  atlas_timeline_view_set_visible_range (tl, atlas_date_from_ymd (2016, 6, 12), atlas_date_from_ymd (2016, 6, 18));
  g_clear_object (&texture);
  texture = render (view);
  atlas_session_set_selected_event (session, hit);
  g_assert_true (atlas_timeline_view_get_event_bounds (tl, hit, &bounds));
  /* The middle of the visible part of its mark (a month-long one is wider than the view) */
  atlas_timeline_view_get_visible_range (tl, &start, &end);
  x = (MAX (bounds.origin.x, atlas_timeline_view_date_to_x (tl, start + 1)) +
       MIN (bounds.origin.x + bounds.size.width, atlas_timeline_view_date_to_x (tl, end - 1))) / 2;
  g_assert_true (atlas_timeline_view_event_at (tl, x, bounds.origin.y + bounds.size.height / 2) == hit);

  gtk_window_destroy (window);
}

static void
test_screenshots (void)
{
  static const int sizes[][2] = { { 1024, 200 }, { 1600, 220 }, { 1024, 150 }, { 550, 190 } };
  g_autoptr(AtlasKb) kb = atlas_test_load_shipped_kb ();
  g_autoptr(AtlasKb) mixed = atlas_test_load_string (MIXED_KB);
  g_autoptr(AtlasKb) dense = atlas_test_dense_kb (6000);

  if (g_getenv ("ATLAS_TEST_SCREENSHOT_DIR") == NULL)
    {
      g_test_skip ("Set ATLAS_TEST_SCREENSHOT_DIR to save screenshots");
      return;
    }

  /* The isolated XDG dirs hide the icon theme: show the real icons in the pictures */
  gtk_icon_theme_add_search_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()), "/usr/share/icons");

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(AtlasSession) session = session_on (kb);
      GtkWidget *panel = atlas_timeline_panel_new ();
      GtkWindow *window = show_in_window (panel, sizes[i][0], sizes[i][1]);
      AtlasTimelineView *view = atlas_timeline_panel_get_view (ATLAS_TIMELINE_PANEL (panel));
      g_autofree char *fit = g_strdup_printf ("timeline-%d-fit.png", sizes[i][0] * 1000 + sizes[i][1]);
      g_autofree char *september = g_strdup_printf ("timeline-%d-september.png", sizes[i][0] * 1000 + sizes[i][1]);
      g_autofree char *week = g_strdup_printf ("timeline-%d-week.png", sizes[i][0] * 1000 + sizes[i][1]);
      g_autofree char *filtered = g_strdup_printf ("timeline-%d-filtered.png", sizes[i][0] * 1000 + sizes[i][1]);

      atlas_timeline_panel_set_session (ATLAS_TIMELINE_PANEL (panel), session);
      atlas_session_set_selected_event (session, atlas_kb_lookup_event (kb, "e-2016-09-22-overnight-bombardment"));
      atlas_timeline_view_zoom_to_fit (view);
      atlas_test_save_screenshot (GTK_WIDGET (window), fit);

      atlas_timeline_view_set_visible_range (view, atlas_date_from_ymd (2016, 9, 10), atlas_date_from_ymd (2016, 10, 18));
      atlas_test_save_screenshot (GTK_WIDGET (window), september);

      atlas_timeline_view_set_visible_range (view, atlas_date_from_ymd (2016, 9, 18), atlas_date_from_ymd (2016, 9, 24));
      atlas_test_save_screenshot (GTK_WIDGET (window), week);

      atlas_session_set_type_visible (session, "diplomacy", FALSE);
      atlas_session_set_type_visible (session, "statement", FALSE);
      atlas_timeline_view_set_visible_range (view, atlas_date_from_ymd (2016, 9, 10), atlas_date_from_ymd (2016, 10, 18));
      atlas_test_save_screenshot (GTK_WIDGET (window), filtered);

      atlas_timeline_panel_set_session (ATLAS_TIMELINE_PANEL (panel), NULL);
      gtk_window_destroy (window);
    }

  {
    g_autoptr(AtlasSession) session = session_on (mixed);
    GtkWidget *panel = atlas_timeline_panel_new ();
    GtkWindow *window = show_in_window (panel, 1600, 220);

    atlas_timeline_panel_set_session (ATLAS_TIMELINE_PANEL (panel), session);
    atlas_session_set_selected_event (session, atlas_kb_lookup_event (mixed, "raid"));
    atlas_test_save_screenshot (GTK_WIDGET (window), "timeline-mixed.png");
    atlas_timeline_panel_set_session (ATLAS_TIMELINE_PANEL (panel), NULL);
    gtk_window_destroy (window);
  }

  {
    g_autoptr(AtlasSession) session = session_on (dense);
    GtkWidget *panel = atlas_timeline_panel_new ();
    GtkWindow *window = show_in_window (panel, 1600, 220);

    atlas_timeline_panel_set_session (ATLAS_TIMELINE_PANEL (panel), session);
    atlas_session_set_type_visible (session, "statement", FALSE);
    atlas_test_save_screenshot (GTK_WIDGET (window), "timeline-dense.png");
    atlas_timeline_panel_set_session (ATLAS_TIMELINE_PANEL (panel), NULL);
    gtk_window_destroy (window);
  }
}

/* What the view tells assistive technologies about the selected event: its title, date, type
 * and status, in the words of the vocabulary */
static void
test_selected_description (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_string (MIXED_KB);
  g_autoptr(AtlasSession) session = session_on (kb);
  GtkWidget *view = atlas_timeline_view_new ();
  GtkWindow *window = show_in_window (view, 1024, 180);
  g_autofree char *error = NULL;

  atlas_timeline_view_set_session (ATLAS_TIMELINE_VIEW (view), session);
  atlas_session_set_selected_event (session, atlas_kb_lookup_event (kb, "talks"));
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                              "Selected: Talks in Lausanne (planned)\n15 October 2016 · Diplomacy · Planned");
  g_assert_cmpstr (error, ==, NULL);

  gtk_window_destroy (window);
}

/* The panel's "Compress empty time" turns compression off and on: the ruler's mapping, the
 * hit-test and x ↔ date follow, and the view stays on the events (issue 7) */
static void
test_compress_toggle (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_shipped_kb ();
  g_autoptr(AtlasSession) session = session_on (kb);
  GtkWidget *panel = atlas_timeline_panel_new ();
  GtkWindow *window = show_in_window (panel, 1024, 220);
  AtlasTimelineView *tl = atlas_timeline_panel_get_view (ATLAS_TIMELINE_PANEL (panel));
  AtlasDate mar1 = atlas_date_from_ymd (2016, 3, 1);
  AtlasDate jun1 = atlas_date_from_ymd (2016, 6, 1);
  AtlasDate first = atlas_event_get_date (nth_event (kb, 0));
  AtlasDate start, end;
  double compressed_w, continuous_w;

  atlas_timeline_panel_set_session (ATLAS_TIMELINE_PANEL (panel), session);
  atlas_test_wait_for_frame (GTK_WIDGET (tl));

  /* On by default: March to June take a few pixels, and the view starts at the events */
  g_assert_true (atlas_timeline_view_get_compress_empty_time (tl));
  compressed_w = atlas_timeline_view_date_to_x (tl, jun1) - atlas_timeline_view_date_to_x (tl, mar1);
  atlas_timeline_view_get_visible_range (tl, &start, &end);
  g_assert_cmpuint (start, >=, first - 2);
  g_assert_cmpuint (start, <=, first);
  g_assert_cmpuint (atlas_timeline_view_x_to_date (tl, atlas_timeline_view_date_to_x (tl, jun1)), ==, jun1);
  g_assert_null (atlas_timeline_view_event_at (tl, atlas_timeline_view_date_to_x (tl, jun1), 60));
  /* Hovering the gap says how long it is */
  {
    g_autofree char *gap = _atlas_timeline_view_describe_gap_at (tl, atlas_timeline_view_date_to_x (tl, jun1));

    g_assert_nonnull (gap);
    g_assert_true (g_str_has_prefix (gap, "7 months without events"));
  }

  g_assert_true (gtk_widget_activate_action (panel, "timeline-panel.compress-empty-time", NULL));
  g_assert_false (atlas_timeline_view_get_compress_empty_time (tl));
  continuous_w = atlas_timeline_view_date_to_x (tl, jun1) - atlas_timeline_view_date_to_x (tl, mar1);
  g_assert_cmpfloat (continuous_w, >, 4 * compressed_w);
  atlas_timeline_view_get_visible_range (tl, &start, &end);
  g_assert_cmpuint (start, >=, first - 10);
  g_assert_cmpuint (start, <=, first);
  g_assert_cmpuint (atlas_timeline_view_x_to_date (tl, atlas_timeline_view_date_to_x (tl, jun1)), ==, jun1);
  g_assert_null (_atlas_timeline_view_describe_gap_at (tl, atlas_timeline_view_date_to_x (tl, jun1)));

  /* Every mark is found where it is drawn, either way */
  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < g_list_model_get_n_items (atlas_kb_get_events (kb)); i++)
        {
          AtlasEvent *event = nth_event (kb, i);
          graphene_rect_t bounds;

          if (atlas_timeline_view_get_event_bounds (tl, event, &bounds) &&
              atlas_timeline_view_event_at (tl, bounds.origin.x + bounds.size.width / 2,
                                            bounds.origin.y + bounds.size.height / 2) != event)
            g_error ("%s is not found where it is drawn", atlas_event_get_id (event));
        }
      g_assert_true (gtk_widget_activate_action (panel, "timeline-panel.compress-empty-time", NULL));
    }
  g_assert_false (atlas_timeline_view_get_compress_empty_time (tl));

  gtk_window_destroy (window);
}

/* Hovering a casualty bar: that figure, in the source's words, who gave it, the outlet, the
 * date; the bar belongs to its event for clicks */
static void
test_casualty_tooltip (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_shipped_kb ();
  g_autoptr(AtlasSession) session = session_on (kb);
  GtkWidget *view = atlas_timeline_view_new ();
  GtkWindow *window = show_in_window (view, 1024, 160);
  AtlasTimelineView *tl = ATLAS_TIMELINE_VIEW (view);
  /* "The death toll was higher" (aid workers) and "at least 27" (the Observatory, in the wire
   * copy): the outlet is not in who gave the figure, so the test sees it is said */
  AtlasEvent *raids = atlas_kb_lookup_event (kb, "e-2016-09-22-overnight-bombardment");
  GPtrArray *figures = atlas_kb_get_casualties_for_event (kb, raids);
  AtlasCasualty *at_least = g_ptr_array_index (figures, 1);
  const AtlasTimelineItem *item;
  g_autofree char *text = NULL;
  g_autofree char *published = NULL;
  AtlasCasualty *hit;
  float x, y;

  atlas_timeline_view_set_session (tl, session);
  atlas_test_wait_for_frame (view);
  g_assert_cmpfloat (tl->layout->geo.band_h, >=, 48);

  item = atlas_timeline_layout_find_item (tl->layout, atlas_timeline_layout_find_mark (tl->layout, raids),
                                          ATLAS_ITEM_FIGURES);
  g_assert_nonnull (item);
  /* The second slot, at the bottom of the strip where every bar is drawn */
  x = item->x0 + (item->x1 - item->x0) * 0.75f;
  y = item->y1 - 2;
  hit = atlas_timeline_layout_casualty_at (tl->layout, x, y);
  g_assert_true (hit == at_least);
  g_assert_true (atlas_timeline_view_event_at (tl, x, y) == raids);

  text = _atlas_timeline_view_describe_casualty (tl, hit);
  published = atlas_article_format_date (atlas_casualty_get_source (hit)->article);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "at least 27"));
  g_assert_null (strstr (atlas_casualty_get_reported_by (hit),
                         atlas_article_get_outlet (atlas_casualty_get_source (hit)->article)));
  g_assert_nonnull (strstr (text, atlas_casualty_get_reported_by (hit)));
  g_assert_nonnull (strstr (text, atlas_article_get_outlet (atlas_casualty_get_source (hit)->article)));
  g_assert_nonnull (strstr (text, published));
  g_assert_nonnull (strstr (text, atlas_event_get_title (raids)));

  /* Above the strip, no figure */
  g_assert_null (atlas_timeline_layout_casualty_at (tl->layout, x, tl->layout->geo.band_y0 - 20));

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (!atlas_test_init_gtk_or_skip ())
    return 0;

  g_test_add_func ("/timeline-view/ties-in-file-order", test_ties_in_file_order);
  g_test_add_func ("/timeline-view/home-end", test_home_end);
  g_test_add_func ("/timeline-view/panel-next", test_panel_next);
  g_test_add_func ("/timeline-view/click-selects", test_click_selects);
  g_test_add_func ("/timeline-view/selected-description", test_selected_description);
  g_test_add_func ("/timeline-view/zoom-around-anchor", test_zoom_around_anchor);
  g_test_add_func ("/timeline-view/filter-by-type", test_filter_by_type);
  g_test_add_func ("/timeline-view/play", test_play);
  g_test_add_func ("/timeline-view/selection-scrolls-into-view", test_selection_scrolls_into_view);
  g_test_add_func ("/timeline-view/go-to-date", test_go_to_date);
  g_test_add_func ("/timeline-view/dense", test_dense);
  g_test_add_func ("/timeline-view/screenshots", test_screenshots);
  g_test_add_func ("/timeline-view/compress-toggle", test_compress_toggle);
  g_test_add_func ("/timeline-view/casualty-tooltip", test_casualty_tooltip);

  return g_test_run ();
}

/* test-rtl.c: the window in Arabic, mirrored, with its content in its own direction
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-rtl"

#include "config.h"

#include "atlas-test-gtk.h"

#include <locale.h>
#include <string.h>
#include <gtk/gtk.h>

#include "atlas-application.h"
#include "atlas-locale.h"
#include "atlas-map-legend.h"
#include "atlas-map-view.h"
#include "atlas-reader-view.h"
#include "atlas-timeline-panel.h"
#include "atlas-window.h"

#define RAIDS "e-2016-10-01-overnight-raids-aleppo"
#define BUSTAN "p-bustan-al-basha"

static const char * const english_months[] = {
  "January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December", NULL
};

/* The label of @widget's with @css_class that is on screen, or %NULL */
static GtkLabel *
find_label_with_class (GtkWidget  *widget,
                       const char *css_class)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  atlas_test_collect_descendants (widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (gtk_widget_has_css_class (label, css_class) && gtk_widget_is_drawable (label))
        return GTK_LABEL (label);
    }
  return NULL;
}

/* Whether a label under @widget that is drawn says @text, among other words */
static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  atlas_test_collect_descendants (widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (gtk_widget_is_drawable (label) && strstr (gtk_label_get_text (GTK_LABEL (label)), text))
        return TRUE;
    }
  return FALSE;
}

static gboolean
legend_names_bustan (gpointer legend)
{
  return shows_text (legend, "بستان الباشا");
}

static GtkWidget *
window_child (AtlasWindow *window,
              const char  *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW, name));
}

/* What the app does at start-up: the catalogue, here the one the build made from po/, and
 * the direction from its language */
static void
use_locale (const char *locale,
            const char *language)
{
  g_autofree char *localedir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);

  g_setenv ("LANGUAGE", language, TRUE);
  g_setenv ("LC_ALL", locale, TRUE);
  atlas_locale_init (localedir);
  if (g_strcmp0 (setlocale (LC_MESSAGES, NULL), locale) != 0)
    g_error ("The %s locale is missing: build-aux/setup.sh (atlas_ensure_locale) should have generated it", locale);
  /* Forget what GTK decided from its own gtk40 catalogue, which a machine may lack: the
   * direction must come from ours */
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
  atlas_application_apply_text_direction ();
}

static AtlasWindow *
new_window (void)
{
  AtlasWindow *window = atlas_window_new (NULL);

  g_assert_true (atlas_window_open_embedded (window));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  atlas_test_wait_for_frame (GTK_WIDGET (window));
  return window;
}

/* The x of the first and last events of the KB on the fitted timeline */
static void
get_timeline_ends (AtlasWindow *window,
                   double      *first_x,
                   double      *last_x)
{
  AtlasTimelineView *view = atlas_timeline_panel_get_view (ATLAS_TIMELINE_PANEL (window_child (window, "timeline_panel")));
  GListModel *events = atlas_kb_get_events (atlas_window_get_kb (window));
  g_autoptr(AtlasEvent) first = g_list_model_get_item (events, 0);
  g_autoptr(AtlasEvent) last = g_list_model_get_item (events, g_list_model_get_n_items (events) - 1);
  graphene_rect_t bounds;
  graphene_point_t centre;

  atlas_timeline_view_zoom_to_fit (view);
  atlas_test_wait_for_frame (GTK_WIDGET (view));
  *first_x = atlas_timeline_view_date_to_x (view, atlas_event_get_date (first));
  *last_x = atlas_timeline_view_date_to_x (view, atlas_event_get_date (last));

  /* The widget's x is where the mark is drawn and where a click finds it */
  g_assert_true (atlas_timeline_view_get_event_bounds (view, first, &bounds));
  graphene_rect_get_center (&bounds, &centre);
  g_assert_cmpfloat (*first_x, >=, bounds.origin.x - 3);
  g_assert_cmpfloat (*first_x, <=, bounds.origin.x + bounds.size.width + 3);
  g_assert_true (atlas_timeline_view_event_at (view, centre.x, centre.y) == first);
}

static const char *
legend_title (AtlasWindow *window)
{
  GtkWidget *legend = GTK_WIDGET (gtk_widget_get_template_child (window_child (window, "map_view"), ATLAS_TYPE_MAP_VIEW, "legend"));

  g_assert_nonnull (legend);
  return gtk_label_get_text (GTK_LABEL (gtk_widget_get_template_child (legend, ATLAS_TYPE_MAP_LEGEND, "legend_title")));
}

static GtkWidget *
reader_text_view (AtlasWindow *window)
{
  return GTK_WIDGET (gtk_widget_get_template_child (window_child (window, "reader_view"), ATLAS_TYPE_READER_VIEW, "text_view"));
}

static void
select_place (AtlasWindow *window,
              const char  *id)
{
  AtlasSession *session = atlas_window_get_session (window);

  atlas_session_set_selected_event (session, NULL);
  atlas_session_set_selected_place (session, atlas_kb_lookup_place (atlas_window_get_kb (window), id));
  atlas_test_wait_for_frame (GTK_WIDGET (window));
}

/* Tests */

static void
test_arabic (void)
{
  AtlasWindow *window;
  AtlasSession *session;
  GtkStack *stack;
  double first_x, last_x;
  g_autofree char *title = NULL;
  GtkLabel *label;

  use_locale ("ar_SY.UTF-8", "ar");
  window = new_window ();
  session = atlas_window_get_session (window);
  atlas_session_set_selected_event (session, atlas_kb_lookup_event (atlas_window_get_kb (window), RAIDS));
  atlas_test_wait_for_frame (GTK_WIDGET (window));
  atlas_test_save_screenshot (GTK_WIDGET (window), "rtl-arabic.png");

  /* The translation is loaded: the sidebar's first page has its Arabic name */
  stack = GTK_STACK (window_child (window, "side_stack"));
  g_assert_cmpstr (gtk_stack_page_get_title (gtk_stack_get_page (stack, gtk_stack_get_child_by_name (stack, "details"))),
                   ==, "التفاصيل");

  /* Mirrored, from our own catalogue's language */
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (window)), ==, GTK_TEXT_DIR_RTL);

  /* The timeline runs the same way: the earliest event right of the latest */
  get_timeline_ends (window, &first_x, &last_x);
  g_assert_cmpfloat (first_x, >, last_x);

  /* Left goes to the event on the left: the next one */
  {
    AtlasTimelineView *view = atlas_timeline_panel_get_view (ATLAS_TIMELINE_PANEL (window_child (window, "timeline_panel")));
    AtlasEvent *raids = atlas_kb_lookup_event (atlas_window_get_kb (window), RAIDS);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.left", NULL));
    g_assert_cmpuint (atlas_event_get_position (atlas_session_get_selected_event (session)), ==,
                      atlas_event_get_position (raids) + 1);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.right", NULL));
    g_assert_true (atlas_session_get_selected_event (session) == raids);

    /* So does Alt+Left, from anywhere in the window */
    g_assert_true (gtk_widget_activate_action (window_child (window, "timeline_panel"), "timeline-panel.left", NULL));
    g_assert_cmpuint (atlas_event_get_position (atlas_session_get_selected_event (session)), ==,
                      atlas_event_get_position (raids) + 1);
    atlas_session_set_selected_event (session, raids);
  }

  /* The English report stays left to right, and so do the quotes in the details */
  g_assert_cmpint (gtk_widget_get_direction (reader_text_view (window)), ==, GTK_TEXT_DIR_LTR);
  label = find_label_with_class (window_child (window, "details_view"), "details-quote");
  g_assert_nonnull (label);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (label)), ==, GTK_TEXT_DIR_LTR);

  /* The legend's date is whole: day, Arabic month, year, and no English month */
  title = g_strdup (legend_title (window));
  for (guint i = 0; english_months[i]; i++)
    g_assert_null (strstr (title, english_months[i]));
  g_assert_nonnull (strstr (title, "\u2067" "1 تشرين الأول 2016" "\u2069"));

  /* A place's title is its Arabic name, the English one beside it */
  select_place (window, BUSTAN);
  label = find_label_with_class (window_child (window, "details_view"), "details-title");
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_text (label), ==, "بستان الباشا");
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (label)), ==, GTK_TEXT_DIR_RTL);
  label = find_label_with_class (window_child (window, "details_view"), "details-title-en");
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_text (label), ==, "Bustan al-Basha");
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (label)), ==, GTK_TEXT_DIR_LTR);
  /* The timeline's count and the map's legend name it the same way */
  g_assert_true (shows_text (window_child (window, "timeline_panel"), "بستان الباشا"));
  g_assert_false (shows_text (window_child (window, "timeline_panel"), "Bustan"));
  {
    GtkWidget *map_view = window_child (window, "map_view");
    AtlasMapLegend *legend = ATLAS_MAP_LEGEND (gtk_widget_get_template_child (map_view, ATLAS_TYPE_MAP_VIEW, "legend"));

    atlas_map_legend_set_folded (legend, FALSE);
    /* Its summary is drawn once the legend has unfolded */
    atlas_test_wait_until (legend_names_bustan, legend);
    g_assert_false (shows_text (GTK_WIDGET (legend), "Bustan"));
  }
  atlas_test_save_screenshot (GTK_WIDGET (window), "rtl-arabic-place.png");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Collects the text of every key cap under @widget that is not left to right */
static void
collect_key_caps (GtkWidget *widget,
                  guint     *n_caps,
                  GString   *mirrored)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "keycap"))
    {
      (*n_caps)++;
      if (gtk_widget_get_direction (widget) != GTK_TEXT_DIR_LTR)
        g_string_append_printf (mirrored, " “%s”", gtk_label_get_text (GTK_LABEL (widget)));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_key_caps (child, n_caps, mirrored);
}

/* The shortcuts window's key caps stay left to right in the mirrored window: GTK would draw
 * Ctrl+] (the next fact) as Ctrl+[ (the previous one) */
static void
test_key_caps (void)
{
  g_autoptr(AtlasApplication) app = atlas_application_new ();
  g_autoptr(GString) mirrored = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  GtkShortcutsWindow *overlay;
  AtlasWindow *window;
  guint n_caps = 0;

  use_locale ("ar_SY.UTF-8", "ar");
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  window = atlas_window_new (app);
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (overlay)), ==, GTK_TEXT_DIR_RTL);

  collect_key_caps (GTK_WIDGET (overlay), &n_caps, mirrored);
  g_assert_cmpuint (n_caps, >, 20);
  if (mirrored->len > 0)
    g_error ("Key caps drawn right to left in the shortcuts window:%s", mirrored->str);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Nothing of the above changes the English interface */
static void
test_english (void)
{
  AtlasWindow *window;
  GtkStack *stack;
  double first_x, last_x;
  GtkLabel *label;

  use_locale ("C.UTF-8", "");
  window = new_window ();
  atlas_session_set_selected_event (atlas_window_get_session (window),
                                    atlas_kb_lookup_event (atlas_window_get_kb (window), RAIDS));
  atlas_test_wait_for_frame (GTK_WIDGET (window));

  stack = GTK_STACK (window_child (window, "side_stack"));
  g_assert_cmpstr (gtk_stack_page_get_title (gtk_stack_get_page (stack, gtk_stack_get_child_by_name (stack, "details"))),
                   ==, "Details");
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (window)), ==, GTK_TEXT_DIR_LTR);
  get_timeline_ends (window, &first_x, &last_x);
  g_assert_cmpfloat (first_x, <, last_x);
  {
    AtlasTimelineView *view = atlas_timeline_panel_get_view (ATLAS_TIMELINE_PANEL (window_child (window, "timeline_panel")));
    AtlasSession *session = atlas_window_get_session (window);
    AtlasEvent *raids = atlas_kb_lookup_event (atlas_window_get_kb (window), RAIDS);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.right", NULL));
    g_assert_cmpuint (atlas_event_get_position (atlas_session_get_selected_event (session)), ==,
                      atlas_event_get_position (raids) + 1);
    atlas_session_set_selected_event (session, raids);
  }
  g_assert_cmpint (gtk_widget_get_direction (reader_text_view (window)), ==, GTK_TEXT_DIR_LTR);
  g_assert_cmpstr (legend_title (window), ==, "Events up to 1 October 2016");

  /* English first; the Arabic name beside it stays right to left */
  select_place (window, BUSTAN);
  label = find_label_with_class (window_child (window, "details_view"), "details-title");
  g_assert_cmpstr (gtk_label_get_text (label), ==, "Bustan al-Basha");
  label = find_label_with_class (window_child (window, "details_view"), "details-title-ar");
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_text (label), ==, "بستان الباشا");
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (label)), ==, GTK_TEXT_DIR_RTL);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_unsetenv (ATLAS_LOCALEDIR_ENV);

  /* GTK reads the locale when it starts: start it in the Arabic one, as the app would be */
  use_locale ("ar_SY.UTF-8", "ar");
  if (!atlas_test_init_gtk_or_skip ())
    return 0;

  /* In this order: the Arabic window first, then the English one */
  g_test_add_func ("/rtl/arabic", test_arabic);
  g_test_add_func ("/rtl/key-caps", test_key_caps);
  g_test_add_func ("/rtl/english", test_english);

  return g_test_run ();
}

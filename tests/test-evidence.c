/* test-evidence.c: the evidence first (issue 7). In the real window, from 1024×600 up, the
 * selected event's or casualty figure's title, date, places, figures and the whole of each
 * source sentence are on screen without scrolling, for every event and figure of the shipped
 * KB; and "Read in report" shows the report at that sentence.
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-evidence"

#include "config.h"

#include "atlas-test-gtk.h"
#include "atlas-test-kb.h"

#include <gtk/gtk.h>

#include "atlas-details-view.h"
#include "atlas-reader-view.h"
#include "atlas-window.h"

typedef struct
{
  AtlasWindow       *window;
  AtlasSession      *session;
  AtlasKb           *kb;
  GtkStack          *side_stack;
  GtkWidget         *details;
  GtkScrolledWindow *scroller;
  GtkWidget         *content;
  GtkTextView       *text_view;
  int                width;
  int                height;
  GString           *problems;   /* what is off screen, for every fact, before failing */
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
collect_by_class (GtkWidget  *widget,
                  const char *css_class,
                  GPtrArray  *found)
{
  if (gtk_widget_has_css_class (widget, css_class))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_by_class (child, css_class, found);
}

static GtkWidget *
find_one (GtkWidget  *card,
          const char *css_class)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_by_class (card, css_class, found);
  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

/* The window, laid out at the size it was given */
static gboolean
window_laid_out (Fixture *f)
{
  GtkWidget *window = GTK_WIDGET (f->window);

  return gtk_widget_get_mapped (window) &&
         gtk_widget_get_width (window) >= f->width - 20 &&
         gtk_widget_get_height (window) >= f->height - 20 &&
         gtk_widget_get_height (GTK_WIDGET (f->scroller)) > 0;
}

static void
wait_for_layout (Fixture *f)
{
  /* Two frames: one in which the new card is measured and allocated, and one more for what
   * that first allocation queued (wrapping labels, the scrolled window's adjustments) */
  atlas_test_wait_for_frame (GTK_WIDGET (f->window));
  atlas_test_wait_for_frame (GTK_WIDGET (f->window));
}

/* @widget lies wholly inside the details' visible area, and inside the window */
static void
assert_on_screen (Fixture    *f,
                  GtkWidget  *widget,
                  const char *what,
                  const char *id)
{
  graphene_rect_t in_scroller, in_window;
  int visible_width = gtk_widget_get_width (GTK_WIDGET (f->scroller));
  int visible_height = gtk_widget_get_height (GTK_WIDGET (f->scroller));

  if (widget == NULL)
    {
      g_string_append_printf (f->problems, "%s at %d×%d: the card shows no %s\n", id, f->width, f->height, what);
      return;
    }

  g_assert_true (gtk_widget_get_mapped (widget));
  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (f->scroller), &in_scroller));
  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (f->window), &in_window));

  if (in_scroller.size.width < 1 || in_scroller.size.height < 1 ||
      in_scroller.origin.x < 0 || in_scroller.origin.y < 0 ||
      in_scroller.origin.x + in_scroller.size.width > visible_width + 0.5 ||
      in_scroller.origin.y + in_scroller.size.height > visible_height + 0.5)
    g_string_append_printf (f->problems,
                            "%s at %d×%d: its %s (%g,%g %g×%g) is not wholly inside the visible %d×%d of the details\n",
                            id, f->width, f->height, what, in_scroller.origin.x, in_scroller.origin.y,
                            in_scroller.size.width, in_scroller.size.height, visible_width, visible_height);
  else if (in_window.origin.x < 0 || in_window.origin.y < 0 ||
           in_window.origin.x + in_window.size.width > gtk_widget_get_width (GTK_WIDGET (f->window)) + 0.5 ||
           in_window.origin.y + in_window.size.height > gtk_widget_get_height (GTK_WIDGET (f->window)) + 0.5)
    g_string_append_printf (f->problems, "%s at %d×%d: its %s is outside the window\n", id, f->width, f->height, what);
}

/* The card of the selected fact: the first, as no place is selected */
static GtkWidget *
selected_card (Fixture *f)
{
  GtkWidget *card = gtk_widget_get_first_child (f->content);

  g_assert_nonnull (card);
  g_assert_true (gtk_widget_has_css_class (card, "details-card"));
  return card;
}

static void
assert_evidence_on_screen (Fixture    *f,
                           const char *id,
                           guint       n_quotes,
                           gboolean    has_places,
                           gboolean    has_figures)
{
  GtkWidget *card = selected_card (f);
  g_autoptr(GPtrArray) quotes = g_ptr_array_new ();

  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->side_stack), ==, "details");
  g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (f->scroller)), ==, 0);

  assert_on_screen (f, find_one (card, "details-title"), "title", id);
  assert_on_screen (f, find_one (card, "details-date"), "date", id);
  if (has_places)
    assert_on_screen (f, find_one (card, "details-places"), "places", id);
  if (has_figures)
    assert_on_screen (f, find_one (card, "details-figures"), "casualty figures", id);

  collect_by_class (card, "details-quote", quotes);
  g_assert_cmpuint (quotes->len, ==, n_quotes);
  for (guint i = 0; i < quotes->len; i++)
    {
      g_autofree char *what = g_strdup_printf ("source sentence %u", i + 1);
      assert_on_screen (f, g_ptr_array_index (quotes, i), what, id);
    }
}

/* The reader's visible text holds the session's span, from its first character to its last */
static gboolean
span_visible_in_reader (Fixture *f)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (f->text_view);
  GdkRectangle visible, first, last;
  GtkTextIter start, end;
  guint focus_start, focus_end;

  if (!gtk_widget_get_mapped (GTK_WIDGET (f->text_view)) ||
      !atlas_session_get_focus (f->session, &focus_start, &focus_end))
    return FALSE;

  gtk_text_buffer_get_iter_at_offset (buffer, &start, focus_start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, focus_end);
  gtk_text_iter_backward_char (&end);
  gtk_text_view_get_visible_rect (f->text_view, &visible);
  gtk_text_view_get_iter_location (f->text_view, &start, &first);
  gtk_text_view_get_iter_location (f->text_view, &end, &last);

  return visible.height > 0 &&
         first.y >= visible.y &&
         last.y + last.height <= visible.y + visible.height;
}

/* "Read in report" under the first quote shows the report, at that sentence */
static void
read_in_report (Fixture           *f,
                const AtlasSource *source)
{
  GtkWidget *button = find_one (selected_card (f), "read-in-report");
  guint start, end;

  g_assert_nonnull (button);
  g_assert_true (g_object_get_data (G_OBJECT (button), "atlas-source") == source);
  g_signal_emit_by_name (button, "clicked");

  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->side_stack), ==, "report");
  g_assert_true (atlas_session_get_selected_article (f->session) == source->article);
  g_assert_true (atlas_session_get_focus (f->session, &start, &end));
  g_assert_cmpuint (start, ==, source->start);
  g_assert_cmpuint (end, ==, source->end);
  atlas_test_wait_until (span_visible_in_reader, f);

  gtk_stack_set_visible_child_name (f->side_stack, "details");
}

/* Fixture */

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  const int *size = data;
  GtkWidget *reader;

  f->problems = g_string_new (NULL);
  f->width = size[0];
  f->height = size[1];
  f->window = atlas_window_new (NULL);
  g_assert_true (atlas_window_open_embedded (f->window));
  f->session = atlas_window_get_session (f->window);
  f->kb = atlas_window_get_kb (f->window);
  f->side_stack = template_child (f->window, ATLAS_TYPE_WINDOW, "side_stack");
  f->details = template_child (f->window, ATLAS_TYPE_WINDOW, "details_view");
  f->scroller = template_child (f->details, ATLAS_TYPE_DETAILS_VIEW, "scroller");
  f->content = template_child (f->details, ATLAS_TYPE_DETAILS_VIEW, "content");
  reader = template_child (f->window, ATLAS_TYPE_WINDOW, "reader_view");
  f->text_view = template_child (reader, ATLAS_TYPE_READER_VIEW, "text_view");

  gtk_window_set_default_size (GTK_WINDOW (f->window), f->width, f->height);
  gtk_window_present (GTK_WINDOW (f->window));
  atlas_test_wait_until (window_laid_out, f);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_string_free (f->problems, TRUE);
}

static void
assert_no_problems (Fixture *f)
{
  g_auto(GStrv) lines = g_strsplit (f->problems->str, "\n", -1);

  for (guint i = 0; lines[i] && lines[i][0]; i++)
    g_test_message ("Not on screen without scrolling: %s", lines[i]);
  if (f->problems->len > 0)
    g_test_fail ();
}

/* Tests */

static void
test_every_event (Fixture       *f,
                  gconstpointer  data)
{
  GListModel *events = atlas_kb_get_events (f->kb);

  g_assert_cmpuint (g_list_model_get_n_items (events), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(AtlasEvent) event = g_list_model_get_item (events, i);
      GPtrArray *casualties = atlas_kb_get_casualties_for_event (f->kb, event);

      atlas_session_set_selected_place (f->session, NULL);
      atlas_session_set_selected_event (f->session, event);
      wait_for_layout (f);

      assert_evidence_on_screen (f, atlas_event_get_id (event), atlas_event_get_n_sources (event),
                                 atlas_event_get_n_places (event) > 0, casualties->len > 0);
      read_in_report (f, atlas_event_get_source (event, 0));
    }

  assert_no_problems (f);
}

static void
test_every_casualty (Fixture       *f,
                     gconstpointer  data)
{
  GListModel *casualties = atlas_kb_get_casualties (f->kb);

  g_assert_cmpuint (g_list_model_get_n_items (casualties), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (casualties); i++)
    {
      g_autoptr(AtlasCasualty) casualty = g_list_model_get_item (casualties, i);

      atlas_session_set_selected_place (f->session, NULL);
      atlas_session_set_selected_casualty (f->session, casualty);
      wait_for_layout (f);

      g_assert_true (gtk_widget_has_css_class (selected_card (f), "casualty-card"));
      assert_evidence_on_screen (f, atlas_casualty_get_id (casualty), 1,
                                 atlas_casualty_get_n_places (casualty) > 0, FALSE);
      read_in_report (f, atlas_casualty_get_source (casualty));
    }

  assert_no_problems (f);
}

int
main (int   argc,
      char *argv[])
{
  static const int small[] = { 1024, 600 };
  static const int large[] = { 1280, 800 };

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  if (!atlas_test_init_gtk_or_skip ())
    return 0;

  /* The app's own style: its paddings and type sizes are part of the layout */
  atlas_test_load_app_style ();

#define ADD(path, size, func) g_test_add (path, Fixture, size, setup, func, teardown)
  ADD ("/evidence/1024x600/every-event", small, test_every_event);
  ADD ("/evidence/1024x600/every-casualty", small, test_every_casualty);
  ADD ("/evidence/1280x800/every-event", large, test_every_event);
  ADD ("/evidence/1280x800/every-casualty", large, test_every_casualty);

  return g_test_run ();
}

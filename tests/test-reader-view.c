/* test-reader-view.c: the reader and the details pane on the shipped KB
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-reader-view"

#include "config.h"

#include "atlas-test-gtk.h"
#include "atlas-test-kb.h"

#include <gtk/gtk.h>

#include "atlas-details-view.h"
#include "atlas-edit.h"
#include "atlas-reader-view.h"

typedef struct
{
  AtlasKb          *kb;
  AtlasSession     *session;
  GtkWindow        *window;
  AtlasReaderView  *reader;
  AtlasDetailsView *details;
} Fixture;

/* Helpers */

static GtkWidget *
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}

static GtkTextView *
reader_text_view (Fixture *fixture)
{
  return GTK_TEXT_VIEW (template_child (fixture->reader, ATLAS_TYPE_READER_VIEW, "text_view"));
}

static GtkTextBuffer *
reader_buffer (Fixture *fixture)
{
  return gtk_text_view_get_buffer (reader_text_view (fixture));
}

static GtkTextTag *
reader_tag (Fixture    *fixture,
            const char *name)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (reader_buffer (fixture)), name);

  g_assert_nonnull (tag);
  return tag;
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}

/* The ranges @tag covers, as pairs of character offsets */
static GArray *
tag_ranges (GtkTextBuffer *buffer,
            GtkTextTag    *tag)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (guint));
  GtkTextIter iter;

  gtk_text_buffer_get_start_iter (buffer, &iter);

  if (!gtk_text_iter_starts_tag (&iter, tag) && !gtk_text_iter_forward_to_tag_toggle (&iter, tag))
    return ranges;

  do
    {
      guint start, end;

      g_assert_true (gtk_text_iter_starts_tag (&iter, tag));
      start = gtk_text_iter_get_offset (&iter);
      g_assert_true (gtk_text_iter_forward_to_tag_toggle (&iter, tag));
      g_assert_true (gtk_text_iter_ends_tag (&iter, tag));
      end = gtk_text_iter_get_offset (&iter);
      g_array_append_val (ranges, start);
      g_array_append_val (ranges, end);
    }
  while (gtk_text_iter_forward_to_tag_toggle (&iter, tag));

  return ranges;
}

static void
assert_focus_is (Fixture           *fixture,
                 const AtlasSource *source)
{
  GtkTextBuffer *buffer = reader_buffer (fixture);
  g_autoptr(GArray) ranges = tag_ranges (buffer, reader_tag (fixture, "focus"));
  g_autofree char *text = buffer_text (buffer);

  g_assert_true (atlas_session_get_selected_article (fixture->session) == source->article);
  g_assert_cmpstr (text, ==, atlas_article_get_text (source->article));
  g_assert_cmpuint (ranges->len, ==, 2);
  g_assert_cmpuint (g_array_index (ranges, guint, 0), ==, source->start);
  g_assert_cmpuint (g_array_index (ranges, guint, 1), ==, source->end);
}

/* A label of @widget's that is on screen and shows @text */
static GtkLabel *
find_label (GtkWidget  *widget,
            const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  atlas_test_collect_descendants (widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);

      if (g_str_equal (gtk_label_get_text (label), text) && gtk_widget_is_drawable (GTK_WIDGET (label)))
        return label;
    }

  return NULL;
}

static GPtrArray *
also_reported_buttons (Fixture *fixture)
{
  GtkWidget *bar = template_child (fixture->reader, ATLAS_TYPE_READER_VIEW, "also_bar");
  GPtrArray *buttons = g_ptr_array_new ();

  if (gtk_widget_get_visible (bar))
    atlas_test_collect_descendants (bar, GTK_TYPE_BUTTON, buttons);
  return buttons;
}

/* Fixture */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "aleppo-2016.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GtkWidget *box;

  fixture->kb = atlas_kb_new_from_file (file, NULL, NULL, &error);
  g_assert_no_error (error);

  fixture->session = atlas_session_new ();
  atlas_session_set_kb (fixture->session, fixture->kb);

  fixture->reader = atlas_reader_view_new (fixture->session);
  fixture->details = atlas_details_view_new (fixture->session);
  gtk_widget_set_hexpand (GTK_WIDGET (fixture->reader), TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (fixture->details), 420, -1);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (fixture->reader));
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (fixture->details));

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 700);
  gtk_window_set_child (fixture->window, box);
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

/* Tests */

/* Selecting an event opens its first source's article with exactly that span in focus,
 * scrolled into view */
static void
test_event_focus (Fixture       *fixture,
                  gconstpointer  user_data)
{
  AtlasEvent *event = atlas_kb_lookup_event (fixture->kb, "e-2016-09-23-ayrault-guernica");
  const AtlasSource *source = atlas_event_get_source (event, 0);
  GtkTextView *view = reader_text_view (fixture);
  GdkRectangle visible, location;
  GtkTextIter iter;

  atlas_session_set_selected_event (fixture->session, event);
  assert_focus_is (fixture, source);

  /* The span is near the end of a long article: the view scrolls down to it, as soon as
   * GTK has measured the lines above it (slower under sanitizers: wait up to 5 s) */
  gtk_text_buffer_get_iter_at_offset (reader_buffer (fixture), &iter, source->start);
  for (guint waited = 0; waited < 5000; waited += 50)
    {
      atlas_test_iterate_for (50);
      gtk_text_view_get_visible_rect (view, &visible);
      gtk_text_view_get_iter_location (view, &iter, &location);
      if (visible.y > 0 && location.y >= visible.y && location.y + location.height <= visible.y + visible.height)
        break;
    }
  g_assert_cmpint (visible.y, >, 0);
  g_assert_cmpint (location.y, >=, visible.y);
  g_assert_cmpint (location.y + location.height, <=, visible.y + visible.height);

  /* The list shows the article as the selected row */
  {
    GtkListView *list = GTK_LIST_VIEW (template_child (fixture->reader, ATLAS_TYPE_READER_VIEW, "article_list"));
    GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (list));

    g_assert_true (gtk_single_selection_get_selected_item (selection) == (gpointer) source->article);
  }

  atlas_test_save_screenshot (GTK_WIDGET (fixture->window), "reader-event-focus.png");

  /* Another event in another article */
  event = atlas_kb_lookup_event (fixture->kb, "e-2016-02-03-geneva-talks-suspended");
  atlas_session_set_selected_event (fixture->session, event);
  assert_focus_is (fixture, atlas_event_get_source (event, 0));

  /* Unselecting the event leaves the article open, with nothing in focus */
  atlas_session_set_selected_article (fixture->session, atlas_event_get_source (event, 0)->article);
  {
    g_autoptr(GArray) ranges = tag_ranges (reader_buffer (fixture), reader_tag (fixture, "focus"));
    g_assert_cmpuint (ranges->len, ==, 0);
  }
}

/* The articles list is in order of publication (issue 7), and choosing a row opens that article */
static void
test_article_list (Fixture       *fixture,
                   gconstpointer  user_data)
{
  GtkListView *list = GTK_LIST_VIEW (template_child (fixture->reader, ATLAS_TYPE_READER_VIEW, "article_list"));
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (list));
  g_autoptr(AtlasArticle) article = g_list_model_get_item (G_LIST_MODEL (selection), 3);
  g_autofree char *text = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 5);
  for (guint i = 1; i < 5; i++)
    {
      g_autoptr(AtlasArticle) before = g_list_model_get_item (G_LIST_MODEL (selection), i - 1);
      g_autoptr(AtlasArticle) after = g_list_model_get_item (G_LIST_MODEL (selection), i);

      g_assert_cmpuint (atlas_article_get_published (before), <=, atlas_article_get_published (after));
    }
  gtk_single_selection_set_selected (selection, 3);
  g_assert_true (atlas_session_get_selected_article (fixture->session) == article);
  text = buffer_text (reader_buffer (fixture));
  g_assert_cmpstr (text, ==, atlas_article_get_text (article));
}

/* "Also reported by" opens the other article at its own span */
static void
test_also_reported (Fixture       *fixture,
                    gconstpointer  user_data)
{
  AtlasEvent *event = atlas_kb_lookup_event (fixture->kb, "e-2016-09-22-offensive-launched");
  const AtlasSource *first = atlas_event_get_source (event, 0);
  const AtlasSource *other = NULL;
  g_autoptr(GPtrArray) buttons = NULL;
  g_autoptr(GPtrArray) back = NULL;

  for (guint i = 0; i < atlas_event_get_n_sources (event); i++)
    if (atlas_event_get_source (event, i)->article != first->article)
      other = atlas_event_get_source (event, i);
  g_assert_nonnull (other);

  atlas_session_set_selected_event (fixture->session, event);
  assert_focus_is (fixture, first);
  atlas_test_save_screenshot (GTK_WIDGET (fixture->window), "reader-also-reported.png");

  buttons = also_reported_buttons (fixture);
  g_assert_cmpuint (buttons->len, ==, 1);
  g_signal_emit_by_name (g_ptr_array_index (buttons, 0), "clicked");

  assert_focus_is (fixture, other);
  g_assert_true (atlas_session_get_selected_event (fixture->session) == event);

  /* And back: the first article, at the first of its spans */
  back = also_reported_buttons (fixture);
  g_assert_cmpuint (back->len, ==, 1);
  /* A button's activation (Enter, Space) clicks it once its pressed look has shown */
  g_assert_true (gtk_widget_activate (g_ptr_array_index (back, 0)));
  for (guint waited = 0; waited < 5000 && atlas_session_get_selected_article (fixture->session) != first->article;
       waited += 50)
    atlas_test_iterate_for (50);
  assert_focus_is (fixture, first);

  /* An event told by one article only has no bar */
  atlas_session_set_selected_event (fixture->session, atlas_kb_lookup_event (fixture->kb, "e-2016-10-13-assad-interview"));
  g_clear_pointer (&buttons, g_ptr_array_unref);
  buttons = also_reported_buttons (fixture);
  g_assert_cmpuint (buttons->len, ==, 0);

  /* The truce's collapse is told by three articles: two other outlets from Daily Sabah */
  event = atlas_kb_lookup_event (fixture->kb, "e-2016-09-19-truce-collapses");
  atlas_session_set_selected_event (fixture->session, event);
  g_clear_pointer (&buttons, g_ptr_array_unref);
  buttons = also_reported_buttons (fixture);
  g_assert_cmpuint (buttons->len, ==, 2);
}

/* A click on a span selects its fact: the innermost span, a figure before its event */
static void
test_activate_offset (Fixture       *fixture,
                      gconstpointer  user_data)
{
  AtlasArticle *article = atlas_kb_lookup_article (fixture->kb, "a-new-arab-2016-10-02");
  AtlasEvent *call = atlas_kb_lookup_event (fixture->kb, "e-2016-10-01-kerry-lavrov-phone-call");
  AtlasEvent *truce = atlas_kb_lookup_event (fixture->kb, "e-2016-09-19-truce-collapses");
  AtlasEvent *offensive = atlas_kb_lookup_event (fixture->kb, "e-2016-09-22-offensive-launched");
  AtlasCasualty *dozens = atlas_kb_lookup_casualty (fixture->kb, "c-2016-09-22-offensive-dozens-of-civilians");
  const AtlasSource *figure_source = atlas_casualty_get_source (dozens);
  guint start, end;

  g_assert_nonnull (article);
  atlas_session_set_selected_article (fixture->session, article);

  /* 1520 is in the phone call's span only; 1600 also in the truce's, which lies inside it */
  g_assert_true (atlas_reader_view_activate_offset (fixture->reader, 1520));
  g_assert_true (atlas_session_get_selected_event (fixture->session) == call);
  g_assert_null (atlas_session_get_selected_casualty (fixture->session));
  g_assert_true (atlas_session_get_selected_article (fixture->session) == article);

  g_assert_true (atlas_reader_view_activate_offset (fixture->reader, 1600));
  g_assert_true (atlas_session_get_selected_event (fixture->session) == truce);
  /* The reader stays on the span that was clicked, not the event's first source */
  g_assert_true (atlas_session_get_selected_article (fixture->session) == article);
  g_assert_true (atlas_session_get_focus (fixture->session, &start, &end));
  g_assert_cmpuint (start, ==, 1593);
  g_assert_cmpuint (end, ==, 1641);

  /* A figure inside its event's span: the figure, and its event */
  g_assert_true (atlas_reader_view_activate_offset (fixture->reader, figure_source->start + 5));
  g_assert_true (atlas_session_get_selected_casualty (fixture->session) == dozens);
  g_assert_true (atlas_session_get_selected_event (fixture->session) == offensive);
  assert_focus_is (fixture, figure_source);
  atlas_test_save_screenshot (GTK_WIDGET (fixture->window), "reader-casualty.png");

  /* Past the figure, still in the event's span: the event alone */
  g_assert_true (atlas_reader_view_activate_offset (fixture->reader, figure_source->end + 5));
  g_assert_null (atlas_session_get_selected_casualty (fixture->session));
  g_assert_true (atlas_session_get_selected_event (fixture->session) == offensive);

  /* Outside every span (the headline): nothing changes */
  g_assert_false (atlas_reader_view_activate_offset (fixture->reader, 5));
  g_assert_true (atlas_session_get_selected_event (fixture->session) == offensive);
  g_assert_null (atlas_session_get_selected_casualty (fixture->session));
  g_assert_true (atlas_session_get_selected_article (fixture->session) == article);

  /* Stepping: the next span after the offensive's (1240–1429) is the phone call (1514) */
  g_assert_true (atlas_reader_view_move_to_span (fixture->reader, 1));
  g_assert_true (atlas_session_get_selected_event (fixture->session) == call);
  g_assert_true (atlas_reader_view_move_to_span (fixture->reader, -1));
  g_assert_true (atlas_session_get_selected_event (fixture->session) == offensive);
  g_assert_true (atlas_session_get_focus (fixture->session, &start, &end));
  g_assert_cmpuint (start, ==, 1240);
  g_assert_cmpuint (end, ==, 1429);
}

/* Every span a fact points at is highlighted, events and figures with their own tags */
static void
test_all_spans_tagged (Fixture       *fixture,
                       gconstpointer  user_data)
{
  GListModel *articles = atlas_kb_get_articles (fixture->kb);
  GtkTextBuffer *buffer = reader_buffer (fixture);
  guint n_spans = 0;

  for (guint a = 0; a < g_list_model_get_n_items (articles); a++)
    {
      g_autoptr(AtlasArticle) article = g_list_model_get_item (articles, a);
      GPtrArray *events = atlas_kb_get_events_for_article (fixture->kb, article);
      GPtrArray *casualties = atlas_kb_get_casualties_for_article (fixture->kb, article);
      guint n_chars = atlas_article_get_n_chars (article);
      g_autofree guint8 *kind = g_new0 (guint8, n_chars + 1);   /* 1: event, 2: figure */
      g_autoptr(GHashTable) distinct = g_hash_table_new (g_int64_hash, g_int64_equal);
      g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (gint64));
      GtkTextTag *event_tag = reader_tag (fixture, "event");
      GtkTextTag *casualty_tag = reader_tag (fixture, "casualty");
      guint n_runs = 0, n_components = 0;

      atlas_session_set_selected_article (fixture->session, article);

      for (guint i = 0; i < events->len; i++)
        {
          AtlasEvent *event = g_ptr_array_index (events, i);

          for (guint j = 0; j < atlas_event_get_n_sources (event); j++)
            {
              const AtlasSource *source = atlas_event_get_source (event, j);
              gint64 key = ((gint64) source->start << 32) | source->end;

              if (source->article != article)
                continue;
              g_array_append_val (keys, key);
              for (guint k = source->start; k < source->end; k++)
                kind[k] |= 1;
            }
        }

      for (guint i = 0; i < casualties->len; i++)
        {
          const AtlasSource *source = atlas_casualty_get_source (g_ptr_array_index (casualties, i));
          gint64 key = ((gint64) source->start << 32) | source->end;

          g_array_append_val (keys, key);
          for (guint k = source->start; k < source->end; k++)
            kind[k] |= 2;
        }

      for (guint i = 0; i < keys->len; i++)
        g_hash_table_add (distinct, &g_array_index (keys, gint64, i));
      n_spans += g_hash_table_size (distinct);

      /* Each character is tagged exactly as the spans over it say */
      for (guint k = 0; k < n_chars; k++)
        {
          GtkTextIter iter;

          gtk_text_buffer_get_iter_at_offset (buffer, &iter, k);
          g_assert_cmpint (gtk_text_iter_has_tag (&iter, event_tag), ==, (kind[k] & 1) != 0);
          g_assert_cmpint (gtk_text_iter_has_tag (&iter, casualty_tag), ==, (kind[k] & 2) != 0);
          if (kind[k] && (k == 0 || !kind[k - 1]))
            n_components++;
        }

      /* Spans that overlap or touch make one highlighted run; apart from that, one run
       * per span */
      {
        GtkTextIter iter;
        gboolean in_run = FALSE;

        gtk_text_buffer_get_start_iter (buffer, &iter);
        do
          {
            gboolean tagged = gtk_text_iter_has_tag (&iter, event_tag) || gtk_text_iter_has_tag (&iter, casualty_tag);

            if (tagged && !in_run)
              n_runs++;
            in_run = tagged;
          }
        while (gtk_text_iter_forward_char (&iter));
      }
      g_assert_cmpuint (n_runs, ==, n_components);
      g_assert_cmpuint (n_runs, <=, g_hash_table_size (distinct));
      g_test_message ("%s: %u distinct spans, %u highlighted runs",
                      atlas_article_get_id (article), g_hash_table_size (distinct), n_runs);
    }

  /* 64 event sources and 8 figures, some on the same sentence */
  g_assert_cmpuint (n_spans, ==, 68);
}

static GPtrArray *
figure_buttons (Fixture *fixture)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GPtrArray *figures = g_ptr_array_new ();

  atlas_test_collect_descendants (GTK_WIDGET (fixture->details), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (buttons, i), "figure"))
      g_ptr_array_add (figures, g_ptr_array_index (buttons, i));
  return figures;
}

/* The figures of an event, one line each in one column, one right under the other, so that
 * figures that disagree are compared at a glance (issue 7: compact, evidence first) */
static void
assert_one_under_the_other (Fixture *fixture)
{
  g_autoptr(GPtrArray) figures = figure_buttons (fixture);
  graphene_rect_t a, b;

  g_assert_cmpuint (figures->len, ==, 2);

  /* Wait for the layout, however slow the machine (up to 5 s) */
  for (guint waited = 0; waited < 5000; waited += 50)
    {
      atlas_test_iterate_for (50);
      g_assert_true (gtk_widget_compute_bounds (g_ptr_array_index (figures, 0), GTK_WIDGET (fixture->details), &a));
      g_assert_true (gtk_widget_compute_bounds (g_ptr_array_index (figures, 1), GTK_WIDGET (fixture->details), &b));
      if (a.size.width > 1 && b.size.width > 1 && a.origin.x == b.origin.x && a.origin.y + a.size.height <= b.origin.y)
        break;
    }
  g_assert_cmpfloat (a.origin.x, ==, b.origin.x);
  g_assert_cmpfloat (a.origin.y + a.size.height, <=, b.origin.y);
  g_assert_cmpfloat (b.origin.y - (a.origin.y + a.size.height), <=, 8);
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

/* The kickers of the details pane's cards, in order: "Place,Event" */
static char *
card_kickers (Fixture *fixture)
{
  GtkWidget *content = template_child (fixture->details, ATLAS_TYPE_DETAILS_VIEW, "content");
  g_autoptr(GString) kickers = g_string_new (NULL);

  for (GtkWidget *card = gtk_widget_get_first_child (content); card; card = gtk_widget_get_next_sibling (card))
    {
      GtkLabel *kicker = find_kicker (card);

      g_assert_nonnull (kicker);
      g_string_append_printf (kickers, "%s%s", kickers->len > 0 ? "," : "", gtk_label_get_text (kicker));
    }

  return g_string_free (g_steal_pointer (&kickers), FALSE);
}

/* The details pane: Arabic names, disagreeing figures, unknown locations */
static void
test_details (Fixture       *fixture,
              gconstpointer  user_data)
{
  GtkWidget *details = GTK_WIDGET (fixture->details);
  GtkStack *stack = GTK_STACK (template_child (details, ATLAS_TYPE_DETAILS_VIEW, "stack"));
  GtkLabel *label;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  atlas_test_save_screenshot (GTK_WIDGET (fixture->window), "details-empty.png");

  atlas_session_set_selected_place (fixture->session, atlas_kb_lookup_place (fixture->kb, "p-bustan-al-basha"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "details");
  label = find_label (details, "بستان الباشا");
  g_assert_nonnull (label);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (label)), ==, GTK_TEXT_DIR_RTL);
  g_assert_nonnull (find_label (details, "Bustan al-Basha"));
  g_assert_nonnull (find_label (details, "Centre of its outline"));
  g_assert_nonnull (find_label (details, "neighbourhood"));
  /* Where the location comes from, by the datasets' names; the KB's exact reference, file
   * names and the CSR Id, only in the tooltip (issue 7) */
  {
    g_autoptr(GPtrArray) labels = g_ptr_array_new ();
    GtkWidget *source = NULL;

    /* The place's full card: with no event selected */
    atlas_session_set_selected_event (fixture->session, NULL);
    g_assert_nonnull (atlas_session_get_selected_place (fixture->session));
    atlas_test_collect_descendants (details, GTK_TYPE_LABEL, labels);
    for (guint i = 0; i < labels->len; i++)
      if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "location-source"))
        source = g_ptr_array_index (labels, i);
    g_assert_nonnull (source);
    g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (source)),
                                     "Location from: Columbia CSR / UN-Habitat neighbourhood map (2014)"));
    g_assert_null (strstr (gtk_label_get_text (GTK_LABEL (source)), ".geojson"));
    g_assert_null (strstr (gtk_label_get_text (GTK_LABEL (source)), ".csv"));
    g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (source), "csr_map_data_Neighborhoods.geojson, Id "));
  }
  atlas_test_save_screenshot (GTK_WIDGET (fixture->window), "details-place.png");

  /* “at least 13” and “a dozen” people */
  atlas_session_set_selected_place (fixture->session, NULL);
  atlas_session_set_selected_event (fixture->session, atlas_kb_lookup_event (fixture->kb, "e-2016-09-21-air-raids-aleppo-hama"));
  g_assert_nonnull (find_label (details, "Figures disagree"));
  g_assert_nonnull (find_label (details, "21 September 2016 (exact day)"));
  assert_one_under_the_other (fixture);
  atlas_test_save_screenshot (GTK_WIDGET (fixture->window), "details-disagree.png");

  /* Known only to lie between two days */
  atlas_session_set_selected_event (fixture->session, atlas_kb_lookup_event (fixture->kb, "e-2016-09-19-aid-convoy-destroyed"));
  g_assert_nonnull (find_label (details, "19 – 20 September 2016 (sometime between these days)"));

  /* “at least 27” and “the death toll was higher” */
  atlas_session_set_selected_event (fixture->session, atlas_kb_lookup_event (fixture->kb, "e-2016-09-22-overnight-bombardment"));
  g_assert_nonnull (find_label (details, "Figures disagree"));
  assert_one_under_the_other (fixture);

  /* Four medical workers and nine fighters: two figures, no disagreement */
  atlas_session_set_selected_event (fixture->session, atlas_kb_lookup_event (fixture->kb, "e-2016-09-20-khan-touman-air-raid"));
  g_assert_null (find_label (details, "Figures disagree"));
  assert_one_under_the_other (fixture);

  /* A planned event is badged */
  atlas_session_set_selected_event (fixture->session, atlas_kb_lookup_event (fixture->kb, "e-2016-10-15-lausanne-meeting"));
  g_assert_nonnull (find_label (details, "Planned"));
  atlas_test_save_screenshot (GTK_WIDGET (fixture->window), "details-planned.png");

  /* A casualty figure goes on top, above its event */
  atlas_session_set_selected_casualty (fixture->session, atlas_kb_lookup_casualty (fixture->kb, "c-2016-09-22-sohr-at-least-27-killed"));
  g_assert_nonnull (find_label (details, "at least 27 killed (people)"));
  g_assert_nonnull (find_label (details, "Figures disagree"));
  atlas_test_save_screenshot (GTK_WIDGET (fixture->window), "details-casualty.png");

  atlas_session_set_selected_casualty (fixture->session, NULL);
  atlas_session_set_selected_event (fixture->session, NULL);
  atlas_session_set_selected_place (fixture->session, atlas_kb_lookup_place (fixture->kb, "p-al-dakkak-hospital"));
  g_assert_nonnull (find_label (details, "Location unknown"));
  g_assert_nonnull (find_label (details, "al-Dakkak hospital"));
  atlas_test_save_screenshot (GTK_WIDGET (fixture->window), "details-unknown.png");

  /* A place and an event there (as a click on the map gives): the place's short card first,
   * then the event */
  atlas_session_set_selected_place (fixture->session, NULL);
  atlas_session_set_selected_event (fixture->session, atlas_kb_lookup_event (fixture->kb, "e-2016-10-01-overnight-raids-aleppo"));
  atlas_session_set_selected_place (fixture->session, atlas_kb_lookup_place (fixture->kb, "p-bustan-al-basha"));
  {
    g_autofree char *kickers = card_kickers (fixture);
    g_assert_cmpstr (kickers, ==, "Place,Event");
  }

  atlas_session_set_selected_event (fixture->session, NULL);
  atlas_session_set_selected_place (fixture->session, NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
}

static void
assert_session_unwatched (AtlasSession *session)
{
  const char *watched[] = {
    "notify::kb", "notify::selected-article", "notify::focus-start", "notify::focus-end",
    "notify::selected-event", "notify::selected-place", "notify::selected-casualty",
  };

  for (guint i = 0; i < G_N_ELEMENTS (watched); i++)
    {
      g_test_message ("%s", watched[i]);
      g_assert_false (atlas_test_session_has_handlers (session, watched[i]));
    }
}

static const char *
visible_page (gpointer    view,
              GType       type)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (template_child (view, type, "stack")));
}

/* Given another session, or none, the reader and the details pane follow only that one, and
 * let go of the old one */
static void
test_change_session (Fixture       *fixture,
                     gconstpointer  user_data)
{
  AtlasEvent *first = atlas_kb_lookup_event (fixture->kb, "e-2016-09-23-ayrault-guernica");
  AtlasEvent *second = atlas_kb_lookup_event (fixture->kb, "e-2016-02-03-geneva-talks-suspended");
  AtlasSession *old_session = fixture->session;
  g_autoptr(AtlasSession) other = atlas_session_new ();
  GtkTextBuffer *buffer = reader_buffer (fixture);
  g_autofree char *text = NULL;

  atlas_session_set_kb (other, fixture->kb);
  atlas_session_set_selected_event (old_session, first);
  g_assert_cmpstr (visible_page (fixture->reader, ATLAS_TYPE_READER_VIEW), ==, "article");
  g_assert_cmpstr (visible_page (fixture->details, ATLAS_TYPE_DETAILS_VIEW), ==, "details");
  g_assert_true (atlas_test_session_has_handlers (old_session, "notify::selected-event"));

  /* The other session has nothing selected, and the views say so */
  atlas_reader_view_set_session (fixture->reader, other);
  atlas_details_view_set_session (fixture->details, other);
  g_assert_true (atlas_reader_view_get_session (fixture->reader) == other);
  g_assert_true (atlas_details_view_get_session (fixture->details) == other);
  assert_session_unwatched (old_session);
  g_assert_cmpstr (visible_page (fixture->reader, ATLAS_TYPE_READER_VIEW), ==, "empty");
  g_assert_cmpstr (visible_page (fixture->details, ATLAS_TYPE_DETAILS_VIEW), ==, "empty");

  /* The old session no longer moves them; the new one does */
  atlas_session_set_selected_event (old_session, second);
  g_assert_cmpstr (visible_page (fixture->reader, ATLAS_TYPE_READER_VIEW), ==, "empty");
  g_assert_cmpstr (visible_page (fixture->details, ATLAS_TYPE_DETAILS_VIEW), ==, "empty");
  atlas_session_set_selected_event (other, first);
  g_assert_cmpstr (visible_page (fixture->reader, ATLAS_TYPE_READER_VIEW), ==, "article");
  text = buffer_text (buffer);
  g_assert_cmpstr (text, ==, atlas_article_get_text (atlas_event_get_source (first, 0)->article));
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->details), atlas_event_get_title (first)));

  /* No session: empty, and nothing listens */
  atlas_reader_view_set_session (fixture->reader, NULL);
  atlas_details_view_set_session (fixture->details, NULL);
  assert_session_unwatched (other);
  assert_session_unwatched (old_session);
  g_assert_cmpstr (visible_page (fixture->reader, ATLAS_TYPE_READER_VIEW), ==, "empty");
  g_assert_cmpstr (visible_page (fixture->details, ATLAS_TYPE_DETAILS_VIEW), ==, "empty");
  atlas_session_set_selected_event (other, second);
  g_assert_cmpstr (visible_page (fixture->reader, ATLAS_TYPE_READER_VIEW), ==, "empty");
  g_assert_cmpstr (visible_page (fixture->details, ATLAS_TYPE_DETAILS_VIEW), ==, "empty");

  /* Back on the first session, the views catch up with what it selected meanwhile */
  atlas_reader_view_set_session (fixture->reader, old_session);
  atlas_details_view_set_session (fixture->details, old_session);
  assert_focus_is (fixture, atlas_event_get_source (second, 0));
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->details), atlas_event_get_title (second)));
  g_assert_null (find_label (GTK_WIDGET (fixture->details), atlas_event_get_title (first)));
}

static guint
count_show_on_map_buttons (Fixture *fixture)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  guint n = 0;

  atlas_test_collect_descendants (GTK_WIDGET (fixture->details), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    n += gtk_widget_has_css_class (g_ptr_array_index (buttons, i), "show-on-map");
  return n;
}

/* The event card offers to show the places outside the region, which the map does not frame
 * on its own, and only those */
static void
test_far_places (Fixture       *fixture,
                 gconstpointer  user_data)
{
  /* Geneva */
  atlas_session_set_selected_event (fixture->session,
                                    atlas_kb_lookup_event (fixture->kb, "e-2016-02-03-geneva-talks-suspended"));
  g_assert_cmpuint (count_show_on_map_buttons (fixture), ==, 1);

  /* Nubl and al-Zahraa, 25 km out */
  atlas_session_set_selected_event (fixture->session,
                                    atlas_kb_lookup_event (fixture->kb, "e-2016-02-03-nubl-al-zahraa-reached"));
  g_assert_cmpuint (count_show_on_map_buttons (fixture), ==, 0);

  /* Neighbourhoods of the city */
  atlas_session_set_selected_event (fixture->session,
                                    atlas_kb_lookup_event (fixture->kb, "e-2016-10-01-overnight-raids-aleppo"));
  g_assert_cmpuint (count_show_on_map_buttons (fixture), ==, 0);
}

/* What GtkTextView does when lines above the visible ones are measured late: it moves
 * the scroll position to keep the first visible paragraph in place */
static void
on_value_changed_revalidate_cb (GtkAdjustment *adjustment,
                                gboolean      *closing)
{
  if (*closing)
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment));
}

/* Closing the window while the reader is still scrolling to a span is quiet. On unmap,
 * GTK 4.8's scrolled window ends a running scroll animation by jumping to its target;
 * when the text view re-validates on that jump (as it does when lines above were measured
 * late) and so ends the animation itself, GTK disconnects the same frame-clock handler
 * twice: a critical, fatal here. The handler below re-validates the way the text view does,
 * every time, and every delay from 0 to 300 ms after the selection is tried, to close the
 * window at each stage of the animation. */
static void
test_close_while_scrolling (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "aleppo-2016.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasKb) kb = atlas_kb_new_from_file (file, NULL, NULL, &error);
  const char *far_down[] = { "e-2016-09-23-ayrault-guernica", "e-2016-09-22-offensive-launched" };

  g_assert_no_error (error);

  for (guint delay = 0; delay <= 300; delay += 10)
    {
      g_autoptr(AtlasSession) session = atlas_session_new ();
      GtkWindow *window = GTK_WINDOW (gtk_window_new ());
      AtlasReaderView *reader;
      GtkTextView *text_view;
      gboolean closing = FALSE;

      atlas_session_set_kb (session, kb);
      reader = atlas_reader_view_new (session);
      text_view = GTK_TEXT_VIEW (template_child (reader, ATLAS_TYPE_READER_VIEW, "text_view"));
      g_signal_connect (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (text_view)), "value-changed",
                        G_CALLBACK (on_value_changed_revalidate_cb), &closing);
      gtk_window_set_default_size (window, 700, 400);
      gtk_window_set_child (window, GTK_WIDGET (reader));
      gtk_window_present (window);
      atlas_test_iterate_for (100);

      /* Far down one article, then far down another */
      atlas_session_set_selected_event (session, atlas_kb_lookup_event (kb, far_down[(delay / 10) % 2]));
      atlas_test_iterate_for (50);
      atlas_session_set_selected_event (session, atlas_kb_lookup_event (kb, far_down[(delay / 10 + 1) % 2]));
      if (delay > 0)
        atlas_test_iterate_for (delay);
      closing = TRUE;
      gtk_window_destroy (window);
    }
}

/* Screenshots at the narrow end of the reader's widths, and in the dark style */
static void
test_screenshots (Fixture       *fixture,
                  gconstpointer  user_data)
{
  GtkSettings *settings = gtk_settings_get_default ();

  if (g_getenv ("ATLAS_TEST_SCREENSHOT_DIR") == NULL)
    {
      g_test_skip ("ATLAS_TEST_SCREENSHOT_DIR is not set");
      return;
    }

  gtk_window_set_default_size (fixture->window, 840, 500);
  atlas_session_set_selected_casualty (fixture->session,
                                       atlas_kb_lookup_casualty (fixture->kb, "c-2016-09-21-a-dozen-killed"));
  atlas_test_save_screenshot (GTK_WIDGET (fixture->window), "narrow-casualty.png");

  g_object_set (settings, "gtk-application-prefer-dark-theme", TRUE, NULL);
  atlas_session_set_selected_event (fixture->session, atlas_kb_lookup_event (fixture->kb, "e-2016-09-22-overnight-bombardment"));
  atlas_test_save_screenshot (GTK_WIDGET (fixture->window), "narrow-dark.png");
  g_object_set (settings, "gtk-application-prefer-dark-theme", FALSE, NULL);
}

/* Whether every character of [@start, @end) of the buffer has @tag_name */
static gboolean
all_tagged (Fixture    *fixture,
            guint       start,
            guint       end,
            const char *tag_name)
{
  GtkTextTag *tag = reader_tag (fixture, tag_name);

  for (guint k = start; k < end; k++)
    {
      GtkTextIter iter;

      gtk_text_buffer_get_iter_at_offset (reader_buffer (fixture), &iter, k);
      if (!gtk_text_iter_has_tag (&iter, tag))
        return FALSE;
    }
  return TRUE;
}

static gboolean
none_tagged (Fixture *fixture,
             guint    start,
             guint    end)
{
  for (guint k = start; k < end; k++)
    {
      GtkTextIter iter;

      gtk_text_buffer_get_iter_at_offset (reader_buffer (fixture), &iter, k);
      if (gtk_text_iter_has_tag (&iter, reader_tag (fixture, "event")) ||
          gtk_text_iter_has_tag (&iter, reader_tag (fixture, "casualty")))
        return FALSE;
    }
  return TRUE;
}

typedef struct
{
  Fixture    *fixture;
  guint       start;
  guint       end;
  const char *tag;
  gboolean    tagged;
} TagWait;

static gboolean
tag_is (TagWait *wait)
{
  return all_tagged (wait->fixture, wait->start, wait->end, wait->tag) == wait->tagged;
}

/* The reader marks spans again in an idle: waits for it, failing after the usual timeout */
static void
assert_tagged (Fixture    *fixture,
               guint       start,
               guint       end,
               const char *tag,
               gboolean    tagged)
{
  TagWait wait = { fixture, start, end, tag, tagged };

  atlas_test_wait_until (tag_is, &wait);
  g_assert_cmpint (all_tagged (fixture, start, end, tag), ==, tagged);
}

/* Facts added, deleted, undone while their report is shown: their quotes are marked, and
 * unmarked, at once (issue 9) */
static void
test_spans_follow_edits (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(AtlasCasualty) figure = g_list_model_get_item (atlas_kb_get_casualties (fixture->kb), 0);
  AtlasArticle *article;
  g_autoptr(AtlasEvent) added = atlas_event_new ("e-new");
  g_autoptr(AtlasEdit) add = NULL;
  g_autoptr(AtlasEdit) delete = NULL;
  AtlasSource source = { 0 };
  guint start = 0, fig_start, fig_end;

  /* The report of a figure, and words of it no fact quotes */
  article = atlas_casualty_get_source (figure)->article;
  fig_start = atlas_casualty_get_source (figure)->start;
  fig_end = atlas_casualty_get_source (figure)->end;
  atlas_session_set_selected_article (fixture->session, article);
  atlas_test_iterate_for (50);
  g_assert_true (all_tagged (fixture, fig_start, fig_end, "casualty"));
  while (!none_tagged (fixture, start, start + 12))
    start++;

  source.article = article;
  source.start = start;
  source.end = start + 12;
  source.quote = g_utf8_substring (atlas_article_get_text (article), start, start + 12);
  atlas_event_set_dates (added, atlas_date_from_ymd (2016, 10, 1), ATLAS_DATE_NONE, ATLAS_DATE_PRECISION_DAY);
  atlas_event_set_title (added, "New");
  atlas_event_add_source (added, &source);
  g_free (source.quote);

  add = atlas_edit_new_add (fixture->kb, added, NULL);
  atlas_session_apply_edit (fixture->session, add);
  assert_tagged (fixture, start, start + 12, "event", TRUE);

  delete = atlas_edit_new_delete (fixture->kb, figure, NULL);
  atlas_session_apply_edit (fixture->session, delete);
  assert_tagged (fixture, fig_start, fig_end, "casualty", FALSE);

  g_assert_true (atlas_session_undo (fixture->session));
  g_assert_true (atlas_session_undo (fixture->session));
  assert_tagged (fixture, fig_start, fig_end, "casualty", TRUE);
  assert_tagged (fixture, start, start + 12, "event", FALSE);
  g_assert_true (none_tagged (fixture, start, start + 12));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) provider = NULL;
  g_autofree char *css = NULL;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (!atlas_test_init_gtk_or_skip ())
    return 0;

  /* The application loads this from its resources; here, from the source tree */
  css = g_test_build_filename (G_TEST_DIST, "..", "resources", "atlas-reader.css", NULL);
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_path (provider, css);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_test_add ("/reader-view/event-focus", Fixture, NULL, fixture_set_up, test_event_focus, fixture_tear_down);
  g_test_add ("/reader-view/article-list", Fixture, NULL, fixture_set_up, test_article_list, fixture_tear_down);
  g_test_add ("/reader-view/also-reported", Fixture, NULL, fixture_set_up, test_also_reported, fixture_tear_down);
  g_test_add ("/reader-view/activate-offset", Fixture, NULL, fixture_set_up, test_activate_offset, fixture_tear_down);
  g_test_add ("/reader-view/all-spans-tagged", Fixture, NULL, fixture_set_up, test_all_spans_tagged, fixture_tear_down);
  g_test_add ("/reader-view/change-session", Fixture, NULL, fixture_set_up, test_change_session, fixture_tear_down);
  g_test_add ("/reader-view/spans-follow-edits", Fixture, NULL, fixture_set_up, test_spans_follow_edits, fixture_tear_down);
  g_test_add_func ("/reader-view/close-while-scrolling", test_close_while_scrolling);
  g_test_add ("/details-view/selection", Fixture, NULL, fixture_set_up, test_details, fixture_tear_down);
  g_test_add ("/details-view/far-places", Fixture, NULL, fixture_set_up, test_far_places, fixture_tear_down);
  g_test_add ("/reader-view/screenshots", Fixture, NULL, fixture_set_up, test_screenshots, fixture_tear_down);

  return g_test_run ();
}

/* atlas-reader-text.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-reader-text"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-reader-view-private.h"

/*
 * The reader's article text: the spans the KB's facts point at, highlighted; the focus span,
 * scrolled into view; and the clicks, and the steps from span to span, that select the fact
 * of a span.
 */

/* The widest the text column gets, in pixels, before the margins grow: about 75 characters
 * of the default font, a comfortable line length for reading. */
#define MAX_TEXT_WIDTH 640
#define MIN_TEXT_MARGIN 20

typedef struct
{
  guint              start;
  guint              end;
  AtlasEvent        *event;     /* the event, or the casualty figure's event */
  AtlasCasualty     *casualty;  /* NULL for an event's source */
  const AtlasSource *source;
} Span;

/* Helpers */

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const Span *sa = a;
  const Span *sb = b;

  if (sa->start != sb->start)
    return sa->start < sb->start ? -1 : 1;
  if (sa->end != sb->end)
    return sa->end < sb->end ? -1 : 1;
  /* A casualty figure before the event it belongs to */
  return (sa->casualty == NULL) - (sb->casualty == NULL);
}

static void
collect_spans (AtlasReaderView *self)
{
  AtlasKb *kb = self->session ? atlas_session_get_kb (self->session) : NULL;
  GPtrArray *events;
  GPtrArray *casualties;

  g_array_set_size (self->spans, 0);

  if (kb == NULL || self->article == NULL)
    return;

  events = atlas_kb_get_events_for_article (kb, self->article);
  casualties = atlas_kb_get_casualties_for_article (kb, self->article);

  for (guint i = 0; i < events->len; i++)
    {
      AtlasEvent *event = g_ptr_array_index (events, i);

      for (guint j = 0; j < atlas_event_get_n_sources (event); j++)
        {
          const AtlasSource *source = atlas_event_get_source (event, j);
          Span span = { source->start, source->end, event, NULL, source };

          /* An orphaned source's offsets point at other words now: never marked (issue 9) */
          if (source->article == self->article && source->anchor != ATLAS_ANCHOR_ORPHANED)
            g_array_append_val (self->spans, span);
        }
    }

  for (guint i = 0; i < casualties->len; i++)
    {
      AtlasCasualty *casualty = g_ptr_array_index (casualties, i);
      const AtlasSource *source = atlas_casualty_get_source (casualty);
      Span span = { source->start, source->end, atlas_casualty_get_event (casualty), casualty, source };

      if (source->article == self->article && source->anchor != ATLAS_ANCHOR_ORPHANED)
        g_array_append_val (self->spans, span);
    }

  g_array_sort (self->spans, compare_spans);
}

/* The innermost span at @offset: the shortest, and a casualty figure before an event */
static const Span *
find_span_at (AtlasReaderView *self,
              guint            offset)
{
  const Span *best = NULL;

  for (guint i = 0; i < self->spans->len; i++)
    {
      const Span *span = &g_array_index (self->spans, Span, i);

      if (span->start > offset)
        break;
      if (offset >= span->end)
        continue;
      if (best == NULL ||
          span->end - span->start < best->end - best->start ||
          (span->end - span->start == best->end - best->start && span->casualty && !best->casualty))
        best = span;
    }

  return best;
}

static void
get_iters (AtlasReaderView *self,
           guint            start,
           guint            end,
           GtkTextIter     *start_iter,
           GtkTextIter     *end_iter)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);

  gtk_text_buffer_get_iter_at_offset (buffer, start_iter, start);
  gtk_text_buffer_get_iter_at_offset (buffer, end_iter, end);
}

static void
apply_highlights (AtlasReaderView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  for (guint i = 0; i < self->spans->len; i++)
    {
      const Span *span = &g_array_index (self->spans, Span, i);

      get_iters (self, span->start, span->end, &start, &end);
      if (span->casualty)
        {
          gtk_text_buffer_apply_tag (buffer, self->casualty_tag, &start, &end);
          gtk_text_buffer_apply_tag (buffer, self->casualty_only_tag, &start, &end);
        }
      else
        gtk_text_buffer_apply_tag (buffer, self->event_tag, &start, &end);
    }

  /* Where a figure lies inside an event's span, the event keeps its background and the
   * figure shows as its underline, so both can be seen. */
  for (guint i = 0; i < self->spans->len; i++)
    {
      const Span *span = &g_array_index (self->spans, Span, i);

      if (span->casualty)
        continue;
      get_iters (self, span->start, span->end, &start, &end);
      gtk_text_buffer_remove_tag (buffer, self->casualty_only_tag, &start, &end);
    }
}

static gboolean
update_margins_cb (gpointer user_data)
{
  AtlasReaderView *self = user_data;
  GtkAdjustment *hadjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->text_view));
  int width = (int) gtk_adjustment_get_page_size (hadjustment);
  int margin = MAX (MIN_TEXT_MARGIN, (width - MAX_TEXT_WIDTH) / 2);

  self->margins_source = 0;

  if (width > 0 && gtk_text_view_get_left_margin (self->text_view) != margin)
    {
      gtk_text_view_set_left_margin (self->text_view, margin);
      gtk_text_view_set_right_margin (self->text_view, margin);
    }

  return G_SOURCE_REMOVE;
}

/* Whether the span in focus is on screen: all of it, or its start when it is taller than
 * the view. Its start alone is not enough: the view may have been scrolled to put only its
 * first line at the bottom (it follows the cursor, which is put at the span's start for
 * screen readers). */
static gboolean
mark_is_visible (AtlasReaderView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GdkRectangle visible, location, last;
  GtkTextIter iter, end;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, self->focus_mark);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, MAX (self->focus_end, self->focus_start + 1) - 1);
  gtk_text_view_get_visible_rect (self->text_view, &visible);
  gtk_text_view_get_iter_location (self->text_view, &iter, &location);
  gtk_text_view_get_iter_location (self->text_view, &end, &last);

  if (visible.height <= 0 || location.y < visible.y || location.y + location.height > visible.y + visible.height)
    return FALSE;

  return last.y + last.height <= visible.y + visible.height ||
         last.y + last.height - location.y > visible.height;
}

/* GtkTextView scrolls to a mark with the line heights it has estimated so far; when the
 * text was just replaced, the lines above the mark may be validated later and grow, pushing
 * the span off screen. So scroll again once validation has run (it idles at a higher
 * priority), until the mark stays put. */
static gboolean
rescroll_cb (gpointer user_data)
{
  AtlasReaderView *self = user_data;

  if (self->rescroll_tries++ < 30 && gtk_widget_get_mapped (GTK_WIDGET (self->text_view)) && !mark_is_visible (self))
    {
      gtk_text_view_scroll_to_mark (self->text_view, self->focus_mark, 0.0, TRUE, 0.0, self->rescroll_yalign);
      return G_SOURCE_CONTINUE;
    }

  self->rescroll_source = 0;
  return G_SOURCE_REMOVE;
}

static void
scroll_to_focus (AtlasReaderView *self,
                 gboolean         align)
{
  /* In a new article the span goes a quarter of the way down, with some context above it;
   * within the same article the view only moves if it must. */
  if (align)
    gtk_text_view_scroll_to_mark (self->text_view, self->focus_mark, 0.0, TRUE, 0.0, 0.25);
  else
    gtk_text_view_scroll_to_mark (self->text_view, self->focus_mark, 0.2, FALSE, 0.0, 0.0);

  self->rescroll_yalign = align ? 0.25 : 0.5;
  self->rescroll_tries = 0;
  if (self->rescroll_source == 0)
    self->rescroll_source = g_timeout_add_full (G_PRIORITY_LOW, 20, rescroll_cb, self, NULL);
}

static void
select_span (AtlasReaderView *self,
             const Span      *span)
{
  g_assert (self->session != NULL);

  /* The reader stays on the span that was chosen: selecting an event alone would open its
   * first source, which may be in another article. */
  g_object_freeze_notify (G_OBJECT (self->session));
  if (span->casualty)
    atlas_session_set_selected_casualty (self->session, span->casualty);
  else
    {
      atlas_session_set_selected_casualty (self->session, NULL);
      atlas_session_set_selected_event (self->session, span->event);
    }
  atlas_session_show_source (self->session, span->source);
  g_object_thaw_notify (G_OBJECT (self->session));
}

static gboolean
get_offset_at (AtlasReaderView *self,
               double           x,
               double           y,
               guint           *offset)
{
  GtkTextIter iter;
  int bx, by;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
    return FALSE;

  *offset = gtk_text_iter_get_offset (&iter);
  return TRUE;
}

/* Callbacks */

static void
on_text_released_cb (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     AtlasReaderView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  guint offset;

  /* A drag that selected text is a selection, not a click */
  if (n_press != 1 || gtk_text_buffer_get_has_selection (buffer))
    return;

  if (get_offset_at (self, x, y, &offset))
    atlas_reader_view_activate_offset (self, offset);
}

static void
on_text_motion_cb (GtkEventControllerMotion *controller,
                   double                    x,
                   double                    y,
                   AtlasReaderView          *self)
{
  guint offset;
  gboolean over_span = get_offset_at (self, x, y, &offset) && find_span_at (self, offset) != NULL;

  if (over_span == self->over_span)
    return;

  self->over_span = over_span;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->text_view), over_span ? "pointer" : "text");
}

static gboolean
on_text_query_tooltip_cb (GtkWidget       *widget,
                          int              x,
                          int              y,
                          gboolean         keyboard_mode,
                          GtkTooltip      *tooltip,
                          AtlasReaderView *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) events = g_ptr_array_new ();
  guint offset;

  if (keyboard_mode || !get_offset_at (self, x, y, &offset))
    return FALSE;

  for (guint i = 0; i < self->spans->len; i++)
    {
      const Span *span = &g_array_index (self->spans, Span, i);

      if (span->start > offset)
        break;
      if (offset >= span->end)
        continue;

      if (text->len > 0)
        g_string_append_c (text, '\n');

      if (span->casualty)
        {
          g_autofree char *figure = atlas_casualty_format (span->casualty);
          /* Translators: a tooltip over a highlighted casualty figure */
          g_string_append_printf (text, _("Casualty figure: %s, reported by %s"),
                                  figure, atlas_casualty_get_reported_by (span->casualty));
        }
      else if (!g_ptr_array_find (events, span->event, NULL))
        {
          g_ptr_array_add (events, span->event);
          /* Translators: a tooltip over a highlighted event */
          g_string_append_printf (text, _("Event: %s"), atlas_event_get_title (span->event));
        }
    }

  if (text->len == 0)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text->str);
  return TRUE;
}

static void
on_hadjustment_page_size_cb (GtkAdjustment   *adjustment,
                             GParamSpec      *pspec,
                             AtlasReaderView *self)
{
  /* Not while the text view is being allocated: changing its margins then trips its
   * line validation. */
  if (self->margins_source == 0)
    self->margins_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_margins_cb, self, NULL);
}

/* Private API */

void
_atlas_reader_view_init_text (AtlasReaderView *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start;
  GtkGesture *click;
  GtkEventController *motion;
  GtkAdjustment *hadjustment;

  self->spans = g_array_new (FALSE, FALSE, sizeof (Span));

  /* Colours with alpha over the view's own background, so the text keeps its colour and
   * stays readable in light and dark styles. Event spans are yellow, casualty figures red
   * and underlined, the focus span a stronger green over both: not blue, the colour of
   * selected text (issue 7), and with no underline of its own, which would hide a figure's. */
  buffer = gtk_text_view_get_buffer (self->text_view);
  self->event_tag = gtk_text_buffer_create_tag (buffer, "event",
                                                "background-rgba", &(GdkRGBA) { 0.965, 0.827, 0.176, 0.38 },
                                                NULL);
  self->casualty_only_tag = gtk_text_buffer_create_tag (buffer, "casualty-only",
                                                        "background-rgba", &(GdkRGBA) { 0.929, 0.200, 0.231, 0.22 },
                                                        NULL);
  self->casualty_tag = gtk_text_buffer_create_tag (buffer, "casualty",
                                                   "underline", PANGO_UNDERLINE_DOUBLE,
                                                   "underline-rgba", &(GdkRGBA) { 0.878, 0.106, 0.141, 1.0 },
                                                   NULL);
  self->focus_tag = gtk_text_buffer_create_tag (buffer, "focus",
                                                "background-rgba", &(GdkRGBA) { 0.200, 0.820, 0.478, 0.45 },
                                                NULL);
  gtk_text_buffer_get_start_iter (buffer, &start);
  self->focus_mark = gtk_text_buffer_create_mark (buffer, "focus", &start, TRUE);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_text_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (click));

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (on_text_motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), motion);

  g_signal_connect (self->text_view, "query-tooltip", G_CALLBACK (on_text_query_tooltip_cb), self);

  hadjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->text_view));
  if (hadjustment)
    g_signal_connect_object (hadjustment, "notify::page-size", G_CALLBACK (on_hadjustment_page_size_cb), self, 0);
}

/* Marks the spans of the facts that quote the article again, after facts were added, changed
 * or deleted (the text is the same: a report whose text changed is another article) */
void
_atlas_reader_view_mark_spans (AtlasReaderView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->event_tag, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->casualty_tag, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->casualty_only_tag, &start, &end);
  collect_spans (self);
  apply_highlights (self);
}

/* Sets the text of the article in the buffer, and highlights its spans */
void
_atlas_reader_view_load_text (AtlasReaderView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);

  gtk_text_buffer_set_text (buffer, self->article ? atlas_article_get_text (self->article) : "", -1);
  collect_spans (self);
  apply_highlights (self);
}

void
_atlas_reader_view_update_focus (AtlasReaderView *self,
                                 gboolean         article_changed)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  guint n_chars = self->article ? atlas_article_get_n_chars (self->article) : 0;
  guint start = 0, end = 0;
  gboolean has_focus;
  GtkTextIter start_iter, end_iter;

  has_focus = self->session &&
              self->article &&
              atlas_session_get_selected_article (self->session) == self->article &&
              atlas_session_get_focus (self->session, &start, &end);

  if (has_focus)
    {
      start = MIN (start, n_chars);
      end = CLAMP (end, start, n_chars);
    }

  if (!article_changed && has_focus && start == self->focus_start && end == self->focus_end)
    return;

  gtk_text_buffer_get_bounds (buffer, &start_iter, &end_iter);
  gtk_text_buffer_remove_tag (buffer, self->focus_tag, &start_iter, &end_iter);

  self->focus_start = has_focus ? start : 0;
  self->focus_end = has_focus ? end : 0;

  if (!has_focus)
    {
      if (article_changed)
        {
          gtk_text_buffer_move_mark (buffer, self->focus_mark, &start_iter);
          gtk_text_view_scroll_to_mark (self->text_view, self->focus_mark, 0.0, TRUE, 0.0, 0.0);
        }
      return;
    }

  get_iters (self, start, end, &start_iter, &end_iter);
  gtk_text_buffer_apply_tag (buffer, self->focus_tag, &start_iter, &end_iter);
  gtk_text_buffer_move_mark (buffer, self->focus_mark, &start_iter);

  scroll_to_focus (self, article_changed);
}

/* The reader was off screen (another page of the sidebar) while the focus moved: its scroll
 * waited for it, and is done now that it is shown */
void
_atlas_reader_view_rescroll (AtlasReaderView *self)
{
  if (self->focus_end > self->focus_start)
    scroll_to_focus (self, TRUE);
}

/* Public API */

/**
 * atlas_reader_view_activate_offset:
 * @char_offset: a position in the article's text, in characters
 *
 * What a click at @char_offset does: selects the fact of the innermost highlighted span
 * there (a casualty figure before its event), and keeps that span in focus.
 *
 * Returns: %TRUE if a span was there
 */
gboolean
atlas_reader_view_activate_offset (AtlasReaderView *self,
                                   guint            char_offset)
{
  const Span *span;

  g_return_val_if_fail (ATLAS_IS_READER_VIEW (self), FALSE);

  if (self->session == NULL || (span = find_span_at (self, char_offset)) == NULL)
    return FALSE;

  select_span (self, span);
  return TRUE;
}

/**
 * atlas_reader_view_move_to_span:
 * @direction: 1 for the next highlighted span, -1 for the previous one
 *
 * Steps through the facts told in this article, in text order, selecting each.
 *
 * Returns: %TRUE if there was one to move to
 */
gboolean
atlas_reader_view_move_to_span (AtlasReaderView *self,
                                int              direction)
{
  AtlasCasualty *casualty;
  AtlasEvent *event;
  int current = -1;
  int target;

  g_return_val_if_fail (ATLAS_IS_READER_VIEW (self), FALSE);

  if (self->session == NULL || self->spans->len == 0)
    return FALSE;

  casualty = atlas_session_get_selected_casualty (self->session);
  event = atlas_session_get_selected_event (self->session);

  /* The fact in focus, or else the first span after (or before) the focus */
  for (guint i = 0; i < self->spans->len; i++)
    {
      const Span *span = &g_array_index (self->spans, Span, i);

      if (span->start == self->focus_start && span->end == self->focus_end &&
          span->casualty == casualty && (casualty || span->event == event))
        {
          current = i;
          break;
        }
    }

  if (current >= 0)
    target = current + (direction > 0 ? 1 : -1);
  else if (self->focus_end == 0)
    target = direction > 0 ? 0 : (int) self->spans->len - 1;
  else
    {
      target = direction > 0 ? (int) self->spans->len : -1;
      for (guint i = 0; i < self->spans->len; i++)
        {
          const Span *span = &g_array_index (self->spans, Span, i);

          if (direction > 0 && span->start > self->focus_start)
            {
              target = i;
              break;
            }
          if (direction < 0 && span->start < self->focus_start)
            target = i;
        }
    }

  if (target < 0 || target >= (int) self->spans->len)
    return FALSE;

  select_span (self, &g_array_index (self->spans, Span, target));
  return TRUE;
}

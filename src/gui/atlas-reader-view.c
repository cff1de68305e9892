/* atlas-reader-view.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-reader-view"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-reader-view.h"

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

struct _AtlasReaderView
{
  GtkWidget           parent_instance;

  AtlasSession       *session;
  GSignalGroup       *session_signals;
  AtlasArticle       *article;      /* the article in the buffer */
  GArray             *spans;        /* Span, by start then length */
  GtkSingleSelection *selection;
  GtkTextMark        *focus_mark;
  GtkTextTag         *event_tag;
  GtkTextTag         *casualty_only_tag;
  GtkTextTag         *casualty_tag;
  GtkTextTag         *focus_tag;
  guint               focus_start;
  guint               focus_end;
  guint               margins_source;
  guint               rescroll_source;
  guint               rescroll_tries;
  double              rescroll_yalign;
  guint               syncing_list : 1;
  guint               over_span : 1;

  /* Template widgets */
  GtkWidget          *content;
  GtkPopover         *articles_popover;
  GtkListView        *article_list;
  GtkStack           *stack;
  GtkLabel           *meta_label;
  GtkLabel           *title_label;
  GtkLabel           *link_label;
  GtkWidget          *also_bar;
  GtkFlowBox         *also_box;
  GtkTextView        *text_view;
};

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (AtlasReaderView, atlas_reader_view, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

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

          if (source->article == self->article)
            g_array_append_val (self->spans, span);
        }
    }

  for (guint i = 0; i < casualties->len; i++)
    {
      AtlasCasualty *casualty = g_ptr_array_index (casualties, i);
      const AtlasSource *source = atlas_casualty_get_source (casualty);
      Span span = { source->start, source->end, atlas_casualty_get_event (casualty), casualty, source };

      if (source->article == self->article)
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

static void
update_header (AtlasReaderView *self)
{
  const char *url;
  g_autofree char *meta = NULL;
  g_autofree char *markup = NULL;

  if (self->article == NULL)
    return;

  meta = atlas_article_format_byline (self->article);
  gtk_label_set_label (self->meta_label, meta);
  gtk_label_set_label (self->title_label, atlas_article_get_title (self->article));

  url = atlas_article_get_url (self->article);
  if (url && url[0])
    {
      g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
      const char *host = uri ? g_uri_get_host (uri) : NULL;

      markup = g_markup_printf_escaped ("<a href=\"%s\">%s</a>", url, host ? host : url);
      gtk_label_set_markup (self->link_label, markup);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->link_label), url);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->link_label), markup != NULL);
}

/* Returns %TRUE if the buffer now holds another article */
static gboolean
show_article (AtlasReaderView *self,
              AtlasArticle    *article)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);

  if (!g_set_object (&self->article, article))
    return FALSE;

  gtk_text_buffer_set_text (buffer, article ? atlas_article_get_text (article) : "", -1);
  collect_spans (self);
  apply_highlights (self);
  update_header (self);
  gtk_stack_set_visible_child_name (self->stack, article ? "article" : "empty");

  return TRUE;
}

static void
select_article_row (AtlasReaderView *self)
{
  GListModel *model = self->selection ? gtk_single_selection_get_model (self->selection) : NULL;
  guint position = GTK_INVALID_LIST_POSITION;

  if (model == NULL)
    return;

  for (guint i = 0; self->article && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AtlasArticle) article = g_list_model_get_item (model, i);

      if (article == self->article)
        {
          position = i;
          break;
        }
    }

  if (gtk_single_selection_get_selected (self->selection) == position)
    return;

  self->syncing_list = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->syncing_list = FALSE;

  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->article_list), "list.scroll-to-item", "u", position);
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

static gboolean
mark_is_visible (AtlasReaderView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GdkRectangle visible, location;
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, self->focus_mark);
  gtk_text_view_get_visible_rect (self->text_view, &visible);
  gtk_text_view_get_iter_location (self->text_view, &iter, &location);

  return visible.height > 0 &&
         location.y >= visible.y &&
         location.y + location.height <= visible.y + visible.height;
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
update_focus (AtlasReaderView *self,
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

static void
on_also_button_clicked_cb (GtkButton       *button,
                           AtlasReaderView *self)
{
  const AtlasSource *source = g_object_get_data (G_OBJECT (button), "atlas-source");

  g_assert (source != NULL);

  if (self->session)
    atlas_session_show_source (self->session, source);
}

static void
update_also_bar (AtlasReaderView *self)
{
  AtlasEvent *event = self->session ? atlas_session_get_selected_event (self->session) : NULL;
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  GtkWidget *child;
  gboolean told_here = FALSE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->also_box))))
    gtk_flow_box_remove (self->also_box, child);

  for (guint i = 0; event && self->article && i < atlas_event_get_n_sources (event); i++)
    if (atlas_event_get_source (event, i)->article == self->article)
      told_here = TRUE;

  /* One button for each other article that tells the event, opening it at its own span */
  for (guint i = 0; told_here && i < atlas_event_get_n_sources (event); i++)
    {
      const AtlasSource *source = atlas_event_get_source (event, i);
      g_autofree char *label = NULL;
      g_autofree char *tooltip = NULL;
      g_autofree char *date = NULL;
      GtkWidget *button;

      if (source->article == self->article || g_ptr_array_find (shown, source->article, NULL))
        continue;

      g_ptr_array_add (shown, source->article);
      date = atlas_article_format_date (source->article);
      /* Translators: a button naming another article, "The New Arab, 2 Oct 2016" */
      label = g_strdup_printf (_("%s, %s"), atlas_article_get_outlet (source->article), date);
      tooltip = g_strdup_printf (_("Read “%s” in “%s”"), source->quote, atlas_article_get_title (source->article));

      button = gtk_button_new_with_label (label);
      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_widget_add_css_class (button, "also-reported-source");
      gtk_widget_set_focus_on_click (button, FALSE);
      gtk_label_set_ellipsize (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), PANGO_ELLIPSIZE_END);
      g_object_set_data (G_OBJECT (button), "atlas-source", (gpointer) source);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_also_button_clicked_cb), self, 0);
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_flow_box_append (self->also_box, button);
      /* One tab stop per source: the button, not the flow box's child around it */
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
    }

  gtk_widget_set_visible (self->also_bar, shown->len > 0);
}

static void
sync_with_session (AtlasReaderView *self)
{
  AtlasArticle *article = self->session ? atlas_session_get_selected_article (self->session) : NULL;
  gboolean changed = show_article (self, article);

  select_article_row (self);
  update_also_bar (self);
  update_focus (self, changed);
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
on_list_selected_cb (GtkSingleSelection *selection,
                     GParamSpec         *pspec,
                     AtlasReaderView    *self)
{
  AtlasArticle *article = gtk_single_selection_get_selected_item (selection);

  if (self->syncing_list || self->session == NULL || article == NULL)
    return;

  if (article != atlas_session_get_selected_article (self->session))
    atlas_session_set_selected_article (self->session, article);

  gtk_popover_popdown (self->articles_popover);
}

static void
on_session_kb_cb (AtlasReaderView *self)
{
  AtlasKb *kb = atlas_session_get_kb (self->session);
  g_autoptr(GtkSingleSelection) selection = NULL;

  if (kb)
    {
      selection = gtk_single_selection_new (g_object_ref (atlas_kb_get_articles (kb)));
      gtk_single_selection_set_autoselect (selection, FALSE);
      gtk_single_selection_set_can_unselect (selection, TRUE);
      gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);
    }

  if (self->selection)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_set_object (&self->selection, selection);
  gtk_list_view_set_model (self->article_list, GTK_SELECTION_MODEL (selection));
  if (selection)
    g_signal_connect_object (selection, "notify::selected", G_CALLBACK (on_list_selected_cb), self, 0);

  /* Another KB: the buffer's spans belong to the old one */
  show_article (self, NULL);
  sync_with_session (self);
}

static void
article_row_setup_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *meta = gtk_label_new (NULL);
  GtkWidget *title = gtk_label_new (NULL);

  gtk_widget_add_css_class (box, "article-row");
  gtk_widget_add_css_class (meta, "article-meta");
  gtk_widget_add_css_class (meta, "dim-label");
  gtk_widget_add_css_class (title, "article-title");
  gtk_label_set_xalign (GTK_LABEL (meta), 0);
  gtk_label_set_ellipsize (GTK_LABEL (meta), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);

  gtk_box_append (GTK_BOX (box), meta);
  gtk_box_append (GTK_BOX (box), title);
  gtk_list_item_set_child (item, box);
}

static void
article_row_bind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     gpointer                  user_data)
{
  AtlasArticle *article = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *meta = gtk_widget_get_first_child (box);
  GtkWidget *title = gtk_widget_get_next_sibling (meta);
  g_autofree char *meta_text = atlas_article_format_byline (article);

  gtk_label_set_label (GTK_LABEL (meta), meta_text);
  gtk_label_set_label (GTK_LABEL (title), atlas_article_get_title (article));
}

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

static gboolean
on_link_label_activate_link_cb (GtkLabel        *label,
                                const char      *uri,
                                AtlasReaderView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
  return TRUE;
}

/* Shortcuts */

static gboolean
next_span_cb (GtkWidget *widget,
              GVariant  *args,
              gpointer   user_data)
{
  return atlas_reader_view_move_to_span (ATLAS_READER_VIEW (widget), 1);
}

static gboolean
previous_span_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  return atlas_reader_view_move_to_span (ATLAS_READER_VIEW (widget), -1);
}

/* GtkWidget overrides */

static void
atlas_reader_view_unmap (GtkWidget *widget)
{
  AtlasReaderView *self = ATLAS_READER_VIEW (widget);
  GtkAdjustment *adjustments[] = {
    gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->text_view)),
    gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->text_view)),
  };

  /* End a running scroll animation before the scrolled window is unmapped. GTK 4.8's
   * scrolled window ends it itself by jumping to the target; if the text view moves the
   * position again on that jump (it does when lines above were measured late), GTK
   * disconnects the animation's frame-clock handler twice and logs a critical. Setting the
   * value without animation ends it cleanly, where it stands. */
  for (guint i = 0; i < G_N_ELEMENTS (adjustments); i++)
    if (adjustments[i] != NULL)
      gtk_adjustment_set_value (adjustments[i], gtk_adjustment_get_value (adjustments[i]));

  GTK_WIDGET_CLASS (atlas_reader_view_parent_class)->unmap (widget);
}

/* GObject overrides */

static void
atlas_reader_view_dispose (GObject *object)
{
  AtlasReaderView *self = (AtlasReaderView *)object;

  g_clear_handle_id (&self->margins_source, g_source_remove);
  g_clear_handle_id (&self->rescroll_source, g_source_remove);
  atlas_reader_view_set_session (self, NULL);
  g_clear_object (&self->session_signals);
  if (self->selection)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_object (&self->selection);
  g_clear_object (&self->article);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_READER_VIEW);

  G_OBJECT_CLASS (atlas_reader_view_parent_class)->dispose (object);
}

static void
atlas_reader_view_finalize (GObject *object)
{
  AtlasReaderView *self = (AtlasReaderView *)object;

  g_clear_pointer (&self->spans, g_array_unref);

  G_OBJECT_CLASS (atlas_reader_view_parent_class)->finalize (object);
}

static void
atlas_reader_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AtlasReaderView *self = ATLAS_READER_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_reader_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AtlasReaderView *self = ATLAS_READER_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      atlas_reader_view_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_reader_view_class_init (AtlasReaderViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_reader_view_dispose;
  object_class->finalize = atlas_reader_view_finalize;
  object_class->get_property = atlas_reader_view_get_property;
  object_class->set_property = atlas_reader_view_set_property;

  widget_class->unmap = atlas_reader_view_unmap;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, ATLAS_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/atlas-reader-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "readerview");
  gtk_widget_class_bind_template_child (widget_class, AtlasReaderView, content);
  gtk_widget_class_bind_template_child (widget_class, AtlasReaderView, articles_popover);
  gtk_widget_class_bind_template_child (widget_class, AtlasReaderView, article_list);
  gtk_widget_class_bind_template_child (widget_class, AtlasReaderView, stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasReaderView, meta_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasReaderView, title_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasReaderView, link_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasReaderView, also_bar);
  gtk_widget_class_bind_template_child (widget_class, AtlasReaderView, also_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasReaderView, text_view);
  gtk_widget_class_bind_template_callback (widget_class, on_link_label_activate_link_cb);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_bracketright, GDK_CONTROL_MASK, next_span_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_bracketleft, GDK_CONTROL_MASK, previous_span_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Down, GDK_ALT_MASK, next_span_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Up, GDK_ALT_MASK, previous_span_cb, NULL);
}

static void
atlas_reader_view_init (AtlasReaderView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkTextBuffer *buffer;
  GtkTextIter start;
  GtkGesture *click;
  GtkEventController *motion;
  GtkAdjustment *hadjustment;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->spans = g_array_new (FALSE, FALSE, sizeof (Span));

  /* The group follows whichever session is set, and lets go of the old one */
  self->session_signals = g_signal_group_new (ATLAS_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "notify::kb", G_CALLBACK (on_session_kb_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::selected-article",
                                  G_CALLBACK (sync_with_session), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::focus-start",
                                  G_CALLBACK (sync_with_session), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::focus-end",
                                  G_CALLBACK (sync_with_session), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::selected-event",
                                  G_CALLBACK (sync_with_session), self);

  g_signal_connect (factory, "setup", G_CALLBACK (article_row_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (article_row_bind_cb), self);
  gtk_list_view_set_factory (self->article_list, factory);

  /* Colours with alpha over the view's own background, so the text keeps its colour and
   * stays readable in light and dark styles. Event spans are yellow, casualty figures red
   * and underlined, the focus span a stronger blue over both. */
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
                                                "background-rgba", &(GdkRGBA) { 0.208, 0.518, 0.894, 0.40 },
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

  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/* Public API */

AtlasReaderView *
atlas_reader_view_new (AtlasSession *session)
{
  g_return_val_if_fail (!session || ATLAS_IS_SESSION (session), NULL);

  return g_object_new (ATLAS_TYPE_READER_VIEW, "session", session, NULL);
}

AtlasSession *
atlas_reader_view_get_session (AtlasReaderView *self)
{
  g_return_val_if_fail (ATLAS_IS_READER_VIEW (self), NULL);
  return self->session;
}

void
atlas_reader_view_set_session (AtlasReaderView *self,
                               AtlasSession    *session)
{
  g_return_if_fail (ATLAS_IS_READER_VIEW (self));
  g_return_if_fail (!session || ATLAS_IS_SESSION (session));

  if (self->session == session)
    return;

  g_set_object (&self->session, session);
  if (self->session_signals)
    g_signal_group_set_target (self->session_signals, session);

  if (session)
    on_session_kb_cb (self);
  else if (!gtk_widget_in_destruction (GTK_WIDGET (self)))
    {
      gtk_list_view_set_model (self->article_list, NULL);
      show_article (self, NULL);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

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

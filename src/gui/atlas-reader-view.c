/* atlas-reader-view.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-reader-view"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-export.h"
#include "atlas-locale.h"
#include "atlas-reader-view-private.h"

/*
 * The reader around the article's text: the articles menu, the article's header, and the
 * other articles that tell the selected event, in step with the session. The text, its
 * highlights and its scrolling are in atlas-reader-text.c.
 */

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (AtlasReaderView, atlas_reader_view, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

/* Helpers */

/* The reports keep their own direction in a window of the other one (issue 8): English text
 * stays left to right and left aligned in the mirrored Arabic window */
static void
set_direction_from_text (GtkWidget  *widget,
                         const char *text)
{
  gboolean rtl;

  if (atlas_locale_find_direction (text, &rtl))
    gtk_widget_set_direction (widget, rtl ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
  else
    gtk_widget_set_direction (widget, GTK_TEXT_DIR_NONE);
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
  set_direction_from_text (GTK_WIDGET (self->title_label), atlas_article_get_title (self->article));
  set_direction_from_text (GTK_WIDGET (self->text_view), atlas_article_get_text (self->article));

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
  if (!g_set_object (&self->article, article))
    return FALSE;

  /* GTK 4.8 animates scrolling to a span with the frame clock, and unmapping the text view
   * in the middle of that animation trips a critical inside GTK (an "unmap" handler
   * disconnects handler 0). Setting the value ends the animation before the page goes. */
  if (article == NULL)
    {
      GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->text_view));

      gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_value (vadjustment));
    }

  _atlas_reader_view_load_text (self);
  update_header (self);
  gtk_stack_set_visible_child_name (self->stack, article ? "article" : "empty");

  return TRUE;
}

static int
compare_published (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  AtlasDate date_a = atlas_article_get_published ((AtlasArticle *) a);
  AtlasDate date_b = atlas_article_get_published ((AtlasArticle *) b);

  return (date_a > date_b) - (date_a < date_b);
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

/* A screen reader reads the text view's text through GTK 4.8's AT-SPI text interface, which
 * does not expose text tags: the highlight of the selected passage is invisible to it. The
 * text view's description quotes the passage, and the (invisible) cursor is put at its start,
 * so that reading from the cursor reads it first (issue 7). */
static void
update_accessible_passage (AtlasReaderView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;
  g_autofree char *passage = NULL;
  g_autofree char *description = NULL;

  if (self->article == NULL || self->focus_end <= self->focus_start)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->text_view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  gtk_text_buffer_get_iter_at_offset (buffer, &start, self->focus_start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, self->focus_end);
  passage = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  /* Translators: the article text's description for screen readers: the passage behind the
   * selected fact, which the reader highlights */
  description = g_strdup_printf (_("Highlighted passage: “%s”"), passage);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  gtk_text_buffer_place_cursor (buffer, &start);
}

static void
sync_with_session (AtlasReaderView *self)
{
  AtlasArticle *article = self->session ? atlas_session_get_selected_article (self->session) : NULL;
  gboolean changed = show_article (self, article);

  select_article_row (self);
  update_also_bar (self);
  _atlas_reader_view_update_focus (self, changed);
  update_accessible_passage (self);
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

static gboolean
mark_spans_cb (gpointer user_data)
{
  AtlasReaderView *self = user_data;

  self->spans_source = 0;
  _atlas_reader_view_mark_spans (self);
  return G_SOURCE_REMOVE;
}

/* A fact was added, changed or deleted: its quote is marked, or no longer, once the edit's
 * steps are all done (an edit that deletes a place changes hundreds of facts) */
static void
on_facts_changed_cb (AtlasReaderView *self)
{
  if (self->spans_source == 0)
    self->spans_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, mark_spans_cb, self, NULL);
}

static void
watch_kb (AtlasReaderView *self,
          AtlasKb         *kb)
{
  if (self->kb)
    {
      g_signal_handlers_disconnect_by_func (atlas_kb_get_events (self->kb), on_facts_changed_cb, self);
      g_signal_handlers_disconnect_by_func (atlas_kb_get_casualties (self->kb), on_facts_changed_cb, self);
    }
  g_clear_handle_id (&self->spans_source, g_source_remove);
  g_set_object (&self->kb, kb);
  if (kb)
    {
      g_signal_connect_swapped (atlas_kb_get_events (kb), "items-changed", G_CALLBACK (on_facts_changed_cb), self);
      g_signal_connect_swapped (atlas_kb_get_casualties (kb), "items-changed", G_CALLBACK (on_facts_changed_cb), self);
    }
}

static void
on_session_kb_cb (AtlasReaderView *self)
{
  AtlasKb *kb = atlas_session_get_kb (self->session);
  g_autoptr(GtkSingleSelection) selection = NULL;

  watch_kb (self, kb);

  if (kb)
    {
      /* The KB lists articles in its own order; readers look for them by date (issue 7) */
      GtkSorter *by_date = GTK_SORTER (gtk_custom_sorter_new (compare_published, NULL, NULL));
      GtkSortListModel *sorted = gtk_sort_list_model_new (g_object_ref (atlas_kb_get_articles (kb)), by_date);

      selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
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

/* The reader's first widget is its text, when there is one: F6 lands there (issue 7) */
static gboolean
atlas_reader_view_grab_focus (GtkWidget *widget)
{
  AtlasReaderView *self = ATLAS_READER_VIEW (widget);

  if (self->article && gtk_widget_grab_focus (GTK_WIDGET (self->text_view)))
    return TRUE;

  return gtk_widget_child_focus (self->content, GTK_DIR_TAB_FORWARD);
}

#define COPY_WITH_CITATION_ACTION "reader.copy-with-citation"
/* The window's: it makes an event of the selection (atlas_reader_view_get_selected_span()) */
#define NEW_EVENT_ACTION "win.new-event"
#define ADD_SOURCE_ACTION "win.add-source"
#define NEW_FIGURE_ACTION "win.new-figure"
#define ADD_PLACE_MENTION_ACTION "win.add-place-mention"

/*
 * Copy with Citation (issue 9): the selected text, or the passage in focus when nothing is
 * selected, with the article's outlet, date, title and URL, for pasting into notes.
 */
static void
copy_with_citation_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  AtlasReaderView *self = ATLAS_READER_VIEW (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autofree char *excerpt = NULL;
  g_autofree char *citation = NULL;
  GtkTextIter start, end;

  if (self->article == NULL)
    return;

  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    {
      if (self->focus_end <= self->focus_start)
        {
          gtk_widget_error_bell (widget);
          return;
        }
      gtk_text_buffer_get_iter_at_offset (buffer, &start, self->focus_start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, self->focus_end);
    }

  excerpt = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  citation = atlas_export_format_citation (self->article, excerpt);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), citation);
}

static void
atlas_reader_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (atlas_reader_view_parent_class)->map (widget);

  _atlas_reader_view_rescroll (ATLAS_READER_VIEW (widget));
}

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
  watch_kb (self, NULL);
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

  widget_class->map = atlas_reader_view_map;
  widget_class->unmap = atlas_reader_view_unmap;
  widget_class->grab_focus = atlas_reader_view_grab_focus;

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

  gtk_widget_class_install_action (widget_class, COPY_WITH_CITATION_ACTION, NULL, copy_with_citation_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       COPY_WITH_CITATION_ACTION, NULL);
}

static void
atlas_reader_view_init (AtlasReaderView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

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

  _atlas_reader_view_init_text (self);

  {
    g_autoptr(GMenu) extra_menu = g_menu_new ();

    g_menu_append (extra_menu, _("Copy with _Citation"), COPY_WITH_CITATION_ACTION);
    /* The window makes facts (issue 9): the selection becomes an event's source */
    g_menu_append (extra_menu, _("New _Event from Selection…"), NEW_EVENT_ACTION);
    g_menu_append (extra_menu, _("Add _Place from Selection"), ADD_PLACE_MENTION_ACTION);
    g_menu_append (extra_menu, _("Add Selection as a _Source of the Selected Event"), ADD_SOURCE_ACTION);
    g_menu_append (extra_menu, _("New Casualty _Figure of the Selected Event…"), NEW_FIGURE_ACTION);
    gtk_text_view_set_extra_menu (self->text_view, G_MENU_MODEL (extra_menu));
  }

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
      watch_kb (self, NULL);
      gtk_list_view_set_model (self->article_list, NULL);
      show_article (self, NULL);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/**
 * atlas_reader_view_get_selected_span:
 * @start: (out): the first code point of the selection in the session's selected-article
 * @end: (out): the code point after its last, leading and trailing white space left out,
 *   and words cut in two taken whole
 *
 * Returns: %FALSE when no text of the article is selected
 */
gboolean
atlas_reader_view_get_selected_span (AtlasReaderView *self,
                                     guint           *start,
                                     guint           *end)
{
  GtkTextBuffer *buffer;
  GtkTextIter from, to;

  g_return_val_if_fail (ATLAS_IS_READER_VIEW (self), FALSE);
  g_return_val_if_fail (start != NULL && end != NULL, FALSE);

  buffer = gtk_text_view_get_buffer (self->text_view);
  if (self->article == NULL || !gtk_text_buffer_get_selection_bounds (buffer, &from, &to))
    return FALSE;

  while (gtk_text_iter_compare (&from, &to) < 0 && g_unichar_isspace (gtk_text_iter_get_char (&from)))
    gtk_text_iter_forward_char (&from);
  while (gtk_text_iter_compare (&from, &to) < 0)
    {
      GtkTextIter last = to;

      gtk_text_iter_backward_char (&last);
      if (!g_unichar_isspace (gtk_text_iter_get_char (&last)))
        break;
      to = last;
    }
  if (gtk_text_iter_equal (&from, &to))
    return FALSE;

  /* A word cut in two is taken whole: a quote is the source's words, not part of one */
  if (gtk_text_iter_inside_word (&from) && !gtk_text_iter_starts_word (&from))
    gtk_text_iter_backward_word_start (&from);
  if (gtk_text_iter_inside_word (&to) && !gtk_text_iter_starts_word (&to) && !gtk_text_iter_ends_word (&to))
    gtk_text_iter_forward_word_end (&to);

  *start = (guint) gtk_text_iter_get_offset (&from);
  *end = (guint) gtk_text_iter_get_offset (&to);
  return TRUE;
}

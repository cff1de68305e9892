/* atlas-window-orphans.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-window-orphans"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-orphans.h"
#include "atlas-window-private.h"

/*
 * Sources whose words were lost when a report changed (issue 9: "every fact is re-anchored to
 * the same words or listed as orphaned for the user to place again; never silently moved").
 *
 * A bar says how many there are and goes to each in turn (win.next-orphan). A fact's card
 * offers "Place Again…" for each (atlas-details-problems.c): the report opens, the bar asks
 * for the words that state the fact now, and win.place-again anchors the source to the words
 * selected, as one edit that Undo takes back. An event's orphan can also be dropped.
 */

/* Helpers */

static AtlasKbOrphan *
find_orphan (GPtrArray *orphans,
             GObject   *fact)
{
  for (guint i = 0; fact && i < orphans->len; i++)
    {
      AtlasKbOrphan *orphan = g_ptr_array_index (orphans, i);

      if (orphan->fact == fact)
        return orphan;
    }

  return NULL;
}

/* The fact a card's button names, "(bsu)": a figure or an event, its id, its source's place */
static GObject *
lookup_fact (AtlasWindow *self,
             gboolean     figure,
             const char  *id)
{
  AtlasKb *kb = atlas_session_get_kb (self->session);

  if (kb == NULL)
    return NULL;
  return figure ? G_OBJECT (atlas_kb_lookup_casualty (kb, id)) : G_OBJECT (atlas_kb_lookup_event (kb, id));
}

static void
select_fact (AtlasWindow *self,
             GObject     *fact)
{
  if (ATLAS_IS_CASUALTY (fact))
    atlas_session_set_selected_casualty (self->session, ATLAS_CASUALTY (fact));
  else
    {
      atlas_session_set_selected_casualty (self->session, NULL);
      atlas_session_set_selected_event (self->session, ATLAS_EVENT (fact));
    }
  gtk_stack_set_visible_child_name (self->side_stack, "details");
}

/* The orphan being placed again, while the user selects its words; NULL if it is gone */
static const AtlasSource *
get_placing (AtlasWindow  *self,
             GObject     **fact)
{
  const AtlasSource *source = NULL;

  if (self->placing_id == NULL || !(*fact = lookup_fact (self, self->placing_figure, self->placing_id)))
    return NULL;

  if (ATLAS_IS_CASUALTY (*fact))
    source = self->placing_index == 0 ? atlas_casualty_get_source (ATLAS_CASUALTY (*fact)) : NULL;
  else if (self->placing_index < atlas_event_get_n_sources (ATLAS_EVENT (*fact)))
    source = atlas_event_get_source (ATLAS_EVENT (*fact), self->placing_index);

  return source && source->anchor == ATLAS_ANCHOR_ORPHANED ? source : NULL;
}

static void
stop_placing (AtlasWindow *self)
{
  g_clear_pointer (&self->placing_id, g_free);
}

static void
update_bar (AtlasWindow *self)
{
  AtlasKb *kb = atlas_session_get_kb (self->session);
  g_autoptr(GPtrArray) orphans = kb ? atlas_kb_get_orphaned_sources (kb) : NULL;
  const AtlasSource *placing;
  GObject *fact = NULL;
  GObject *selected;
  g_autofree char *text = NULL;
  gboolean shown;

  if ((placing = get_placing (self, &fact)))
    {
      /* Translators: a quotation from an article */
      g_autofree char *quote = g_strdup_printf (_("“%s”"), placing->quote);

      /* Translators: while an orphaned source is placed again: its old words, then the report's title */
      text = g_strdup_printf (_("Select the words that now state %s in “%s”, then choose Place Again."),
                              quote, atlas_article_get_title (placing->article));
    }
  else
    {
      guint n = orphans ? orphans->len : 0;

      stop_placing (self);
      if (n == 0)
        self->orphans_dismissed = FALSE;
      else
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u source lost its words when a report changed",
                                             "%u sources lost their words when a report changed", n), n);
    }

  selected = atlas_session_get_selected_casualty (self->session)
               ? G_OBJECT (atlas_session_get_selected_casualty (self->session))
               : G_OBJECT (atlas_session_get_selected_event (self->session));
  gtk_button_set_label (self->orphans_next_button,
                        orphans && orphans->len > 1 && find_orphan (orphans, selected) ? _("Show Next") : _("Show"));
  gtk_widget_set_visible (GTK_WIDGET (self->orphans_next_button), placing == NULL);
  gtk_widget_set_visible (self->orphans_placing_box, placing != NULL);
  gtk_label_set_label (self->orphans_label, text ? text : "");
  shown = text && (placing || !self->orphans_dismissed);
  /* Hidden, not only folded: a folded revealer keeps its place in the sidebar's layout */
  gtk_widget_set_visible (GTK_WIDGET (self->orphans_revealer), shown);
  gtk_revealer_set_reveal_child (self->orphans_revealer, shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-orphan", orphans && orphans->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.place-again", placing != NULL);
}

static gboolean
update_bar_cb (gpointer user_data)
{
  AtlasWindow *self = user_data;

  self->orphans_update_id = 0;
  update_bar (self);
  return G_SOURCE_REMOVE;
}

/* The session also changes while views lay themselves out (a selection they follow): the bar
 * changes its size only after that, once for all the changes of a moment */
static void
update_bar_soon (AtlasWindow *self)
{
  if (self->orphans_update_id == 0)
    self->orphans_update_id = g_idle_add (update_bar_cb, self);
}

/* Callbacks */

static void
on_orphans_close_clicked_cb (GtkButton   *button,
                             AtlasWindow *self)
{
  stop_placing (self);
  self->orphans_dismissed = TRUE;
  update_bar (self);
}

/* Actions */

/* The next fact with an orphaned source after the selected one, in the KB's order */
static void
next_orphan_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  AtlasKb *kb = atlas_session_get_kb (self->session);
  g_autoptr(GPtrArray) orphans = kb ? atlas_kb_get_orphaned_sources (kb) : NULL;
  GObject *selected = atlas_session_get_selected_casualty (self->session)
                        ? G_OBJECT (atlas_session_get_selected_casualty (self->session))
                        : G_OBJECT (atlas_session_get_selected_event (self->session));
  guint next = 0;

  if (orphans == NULL || orphans->len == 0)
    return;

  for (guint i = 0; i < orphans->len; i++)
    if (((AtlasKbOrphan *) g_ptr_array_index (orphans, i))->fact == selected)
      {
        /* Past the fact's other orphans */
        for (next = i + 1; next < orphans->len; next++)
          if (((AtlasKbOrphan *) g_ptr_array_index (orphans, next))->fact != selected)
            break;
        next %= orphans->len;
        break;
      }

  select_fact (self, ((AtlasKbOrphan *) g_ptr_array_index (orphans, next))->fact);
  /* Where a keyboard user goes on: "Place Again…", scrolled into view */
  atlas_details_view_focus_orphan (self->details_view);
  update_bar (self);
}

/* "Place Again…" in a card: the report, for the user to select the words in */
static void
find_orphan_words_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  const AtlasSource *source;
  const char *id;
  GObject *fact = NULL;
  gboolean figure;
  guint index;

  g_variant_get (parameter, "(b&su)", &figure, &id, &index);
  g_free (self->placing_id);
  self->placing_id = g_strdup (id);
  self->placing_figure = figure;
  self->placing_index = index;
  if (!(source = get_placing (self, &fact)))
    {
      stop_placing (self);
      gtk_widget_error_bell (widget);
      return;
    }

  atlas_session_set_selected_article (self->session, source->article);
  gtk_stack_set_visible_child_name (self->side_stack, "report");
  update_bar (self);
  /* The button pressed is now hidden: a keyboard user goes on in the report's text, to select
   * the words; the bar above says what to do next */
  gtk_widget_grab_focus (GTK_WIDGET (self->reader_view));
}

/* The words selected in the reader become the orphan's */
static void
place_again_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  const AtlasSource *source;
  g_autoptr(AtlasEdit) edit = NULL;
  g_autoptr(GError) error = NULL;
  GObject *fact = NULL;
  g_autofree char *id = NULL;
  gboolean figure = self->placing_figure;
  guint start, end;

  if (!(source = get_placing (self, &fact)) ||
      atlas_session_get_selected_article (self->session) != source->article ||
      !atlas_reader_view_get_selected_span (self->reader_view, &start, &end))
    {
      gtk_widget_error_bell (widget);
      return;
    }

  if (!(edit = atlas_edit_new_place_again (atlas_session_get_kb (self->session), fact, self->placing_index,
                                           start, end, &error)))
    {
      _atlas_window_show_error (self, _("The source could not be placed again"), error);
      return;
    }

  id = g_steal_pointer (&self->placing_id);
  atlas_session_apply_edit (self->session, edit);
  /* Back to the fact, which shows its source where it now is */
  if ((fact = lookup_fact (self, figure, id)))
    select_fact (self, fact);
  /* Out of the report, hidden now, to the card */
  gtk_widget_grab_focus (GTK_WIDGET (self->details_view));
  update_bar (self);
}

static void
cancel_place_again_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  stop_placing (self);
  update_bar (self);
}

static void
drop_orphan_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  g_autoptr(AtlasEdit) edit = NULL;
  g_autoptr(GError) error = NULL;
  GObject *fact;
  const char *id;
  gboolean figure;
  guint index;

  g_variant_get (parameter, "(b&su)", &figure, &id, &index);
  if (!(fact = lookup_fact (self, figure, id)))
    return;

  if (!(edit = atlas_edit_new_drop_orphan (atlas_session_get_kb (self->session), fact, index, &error)))
    {
      _atlas_window_show_error (self, _("The source could not be dropped"), error);
      return;
    }

  atlas_session_apply_edit (self->session, edit);
  update_bar (self);
}

/* Private API */

void
_atlas_window_orphans_kb_opened (AtlasWindow *self,
                                 GPtrArray   *problems)
{
  atlas_session_set_load_problems (self->session, problems);
}

void
_atlas_window_class_orphans_init (AtlasWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, orphans_revealer);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, orphans_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, orphans_next_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, orphans_place_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, orphans_cancel_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, orphans_placing_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, orphans_close_button);
  gtk_widget_class_bind_template_callback (widget_class, on_orphans_close_clicked_cb);

  gtk_widget_class_install_action (widget_class, "win.next-orphan", NULL, next_orphan_action);
  /* Not F8, which the panes take to move the focus to their handles */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_j, GDK_CONTROL_MASK, "win.next-orphan", NULL);
  gtk_widget_class_install_action (widget_class, "win.find-orphan-words", "(bsu)", find_orphan_words_action);
  gtk_widget_class_install_action (widget_class, "win.place-again", NULL, place_again_action);
  /* As a form is submitted: enabled only while a source waits for its words, so that the key
   * goes on to the window otherwise */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "win.place-again", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "win.place-again", NULL);
  gtk_widget_class_install_action (widget_class, "win.cancel-place-again", NULL, cancel_place_again_action);
  gtk_widget_class_install_action (widget_class, "win.drop-orphan", "(bsu)", drop_orphan_action);
}

void
_atlas_window_orphans_init (AtlasWindow *self)
{
  static const char * const signals[] = {
    "notify::kb",
    "notify::undo-label",
    "notify::redo-label",
    "notify::selected-event",
    "notify::selected-casualty",
    "problems-changed",
  };

  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    g_signal_connect_object (self->session, signals[i], G_CALLBACK (update_bar_soon), self, G_CONNECT_SWAPPED);
  update_bar (self);
}

void
_atlas_window_orphans_dispose (AtlasWindow *self)
{
  g_clear_handle_id (&self->orphans_update_id, g_source_remove);
  stop_placing (self);
}

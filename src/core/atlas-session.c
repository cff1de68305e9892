/* atlas-session.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-session"

#include "config.h"

#include "atlas-session-private.h"


enum {
  PROP_0,
  PROP_KB,
  PROP_SELECTED_PLACE,
  PROP_SELECTED_EVENT,
  PROP_SELECTED_CASUALTY,
  PROP_SELECTED_ARTICLE,
  PROP_FOCUS_START,
  PROP_FOCUS_END,
  PROP_TIME_CURSOR,
  PROP_HIDDEN_TYPES,
  PROP_N_HIGHLIGHTED,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  PROP_MODIFIED,
  N_PROPS
};

enum {
  HIGHLIGHT_CHANGED,
  PLACE_COUNTS_CHANGED,
  FRAME_PLACE,
  READ_SOURCE,
  PROBLEMS_CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (AtlasSession, atlas_session, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The history's properties are the session's too */
static void
on_history_notify_cb (AtlasSession *self,
                      GParamSpec   *pspec,
                      AtlasHistory *history)
{
  for (guint i = PROP_CAN_UNDO; i <= PROP_MODIFIED; i++)
    if (g_strcmp0 (pspec->name, properties[i]->name) == 0)
      g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
}

static void
set_history (AtlasSession *self,
             AtlasHistory *history)
{
  gboolean had = self->history != NULL;

  if (self->history)
    g_signal_handlers_disconnect_by_func (self->history, on_history_notify_cb, self);
  g_set_object (&self->history, history);
  if (history)
    g_signal_connect_object (history, "notify", G_CALLBACK (on_history_notify_cb), self, G_CONNECT_SWAPPED);

  /* A new history can neither undo nor redo, and is clean */
  if (had)
    for (guint i = PROP_CAN_UNDO; i <= PROP_MODIFIED; i++)
      g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
}

static void
update_highlight (AtlasSession *self)
{
  _atlas_session_rebuild_highlight (self);

  if (self->highlighted->len != self->n_highlighted)
    {
      self->n_highlighted = self->highlighted->len;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_HIGHLIGHTED]);
    }

  g_signal_emit (self, signals[HIGHLIGHT_CHANGED], 0);
  g_signal_emit (self, signals[PLACE_COUNTS_CHANGED], 0);
}

/* The cursor moved: only the events it passed change the counts */
static void
update_place_counts (AtlasSession *self)
{
  if (_atlas_session_move_place_counts (self))
    g_signal_emit (self, signals[PLACE_COUNTS_CHANGED], 0);
}

static void
set_focus (AtlasSession *self,
           int           start,
           int           end)
{
  if (self->focus_start != start)
    {
      self->focus_start = start;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS_START]);
    }
  if (self->focus_end != end)
    {
      self->focus_end = end;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS_END]);
    }
}

static void
atlas_session_dispose (GObject *object)
{
  AtlasSession *self = (AtlasSession *)object;

  g_clear_object (&self->selected_place);
  g_clear_object (&self->selected_event);
  g_clear_object (&self->selected_casualty);
  g_clear_object (&self->selected_article);
  _atlas_session_clear_highlight (self);
  if (self->history)
    g_signal_handlers_disconnect_by_func (self->history, on_history_notify_cb, self);
  g_clear_object (&self->history);
  _atlas_session_problems_clear (self);
  g_clear_object (&self->kb);

  G_OBJECT_CLASS (atlas_session_parent_class)->dispose (object);
}

static void
atlas_session_finalize (GObject *object)
{
  AtlasSession *self = (AtlasSession *)object;

  g_ptr_array_unref (self->hidden_types);
  g_ptr_array_unref (self->highlighted);
  g_array_unref (self->place_counts);

  G_OBJECT_CLASS (atlas_session_parent_class)->finalize (object);
}

static void
atlas_session_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AtlasSession *self = ATLAS_SESSION (object);

  switch (prop_id)
    {
    case PROP_KB:
      g_value_set_object (value, self->kb);
      break;

    case PROP_SELECTED_PLACE:
      g_value_set_object (value, self->selected_place);
      break;

    case PROP_SELECTED_EVENT:
      g_value_set_object (value, self->selected_event);
      break;

    case PROP_SELECTED_CASUALTY:
      g_value_set_object (value, self->selected_casualty);
      break;

    case PROP_SELECTED_ARTICLE:
      g_value_set_object (value, self->selected_article);
      break;

    case PROP_FOCUS_START:
      g_value_set_int (value, self->focus_start);
      break;

    case PROP_FOCUS_END:
      g_value_set_int (value, self->focus_end);
      break;

    case PROP_TIME_CURSOR:
      g_value_set_uint (value, self->time_cursor);
      break;

    case PROP_HIDDEN_TYPES:
      g_value_set_boxed (value, self->hidden_types->pdata);
      break;

    case PROP_N_HIGHLIGHTED:
      g_value_set_uint (value, self->n_highlighted);
      break;

    case PROP_CAN_UNDO:
    case PROP_CAN_REDO:
    case PROP_UNDO_LABEL:
    case PROP_REDO_LABEL:
    case PROP_MODIFIED:
      if (self->history)
        g_object_get_property (G_OBJECT (self->history), pspec->name, value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_session_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  AtlasSession *self = ATLAS_SESSION (object);

  switch (prop_id)
    {
    case PROP_KB:
      atlas_session_set_kb (self, g_value_get_object (value));
      break;

    case PROP_SELECTED_PLACE:
      atlas_session_set_selected_place (self, g_value_get_object (value));
      break;

    case PROP_SELECTED_EVENT:
      atlas_session_set_selected_event (self, g_value_get_object (value));
      break;

    case PROP_SELECTED_CASUALTY:
      atlas_session_set_selected_casualty (self, g_value_get_object (value));
      break;

    case PROP_SELECTED_ARTICLE:
      atlas_session_set_selected_article (self, g_value_get_object (value));
      break;

    case PROP_TIME_CURSOR:
      atlas_session_set_time_cursor (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_session_class_init (AtlasSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = atlas_session_dispose;
  object_class->finalize = atlas_session_finalize;
  object_class->get_property = atlas_session_get_property;
  object_class->set_property = atlas_session_set_property;

  properties[PROP_KB] =
    g_param_spec_object ("kb", NULL, NULL, ATLAS_TYPE_KB,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_PLACE] =
    g_param_spec_object ("selected-place", NULL, NULL, ATLAS_TYPE_PLACE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_EVENT] =
    g_param_spec_object ("selected-event", NULL, NULL, ATLAS_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_CASUALTY] =
    g_param_spec_object ("selected-casualty", NULL, NULL, ATLAS_TYPE_CASUALTY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_ARTICLE] =
    g_param_spec_object ("selected-article", NULL, NULL, ATLAS_TYPE_ARTICLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOCUS_START] =
    g_param_spec_int ("focus-start", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOCUS_END] =
    g_param_spec_int ("focus-end", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TIME_CURSOR] =
    g_param_spec_uint ("time-cursor", NULL, NULL, 0, G_MAXUINT32, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HIDDEN_TYPES] =
    g_param_spec_boxed ("hidden-types", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_HIGHLIGHTED] =
    g_param_spec_uint ("n-highlighted", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[HIGHLIGHT_CHANGED] =
    g_signal_new ("highlight-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  signals[PLACE_COUNTS_CHANGED] =
    g_signal_new ("place-counts-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  signals[FRAME_PLACE] =
    g_signal_new ("frame-place", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, ATLAS_TYPE_PLACE);

  signals[READ_SOURCE] =
    g_signal_new ("read-source", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /* The KB's problems were found again (atlas-session-problems.c) */
  signals[PROBLEMS_CHANGED] =
    g_signal_new ("problems-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
atlas_session_init (AtlasSession *self)
{
  self->focus_start = -1;
  self->focus_end = -1;
  /* Reserve room, so that pdata is a valid, empty, NULL-terminated vector from the start */
  self->hidden_types = g_ptr_array_new_null_terminated (8, g_free, TRUE);
  self->highlighted = g_ptr_array_new ();
  self->place_counts = g_array_new (FALSE, TRUE, sizeof (guint));
}

AtlasSession *
atlas_session_new (void)
{
  return g_object_new (ATLAS_TYPE_SESSION, NULL);
}

AtlasKb *
atlas_session_get_kb (AtlasSession *self)
{
  g_return_val_if_fail (ATLAS_IS_SESSION (self), NULL);
  return self->kb;
}

/**
 * atlas_session_set_kb:
 *
 * Replaces the KB. The selection and the time cursor belong to the old KB and are cleared;
 * the type filter is kept, as a person's choice of what to look at.
 */
void
atlas_session_set_kb (AtlasSession *self,
                      AtlasKb      *kb)
{
  g_return_if_fail (ATLAS_IS_SESSION (self));
  g_return_if_fail (!kb || ATLAS_IS_KB (kb));

  if (kb == self->kb)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  atlas_session_set_selected_casualty (self, NULL);
  atlas_session_set_selected_event (self, NULL);
  atlas_session_set_selected_place (self, NULL);
  atlas_session_set_selected_article (self, NULL);
  atlas_session_set_time_cursor (self, ATLAS_DATE_NONE);

  /* The highlighted events belong to the old KB, which may go now */
  _atlas_session_clear_highlight (self);
  g_set_object (&self->kb, kb);
  _atlas_session_problems_reset (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KB]);
  {
    g_autoptr(AtlasHistory) history = kb ? atlas_history_new (kb) : NULL;

    set_history (self, history);
  }
  update_highlight (self);

  g_object_thaw_notify (G_OBJECT (self));
}

AtlasPlace *
atlas_session_get_selected_place (AtlasSession *self)
{
  g_return_val_if_fail (ATLAS_IS_SESSION (self), NULL);
  return self->selected_place;
}

/* Unselects the casualty figure, the event and the article the reader shows with its span */
static void
clear_selected_fact (AtlasSession *self)
{
  atlas_session_set_selected_casualty (self, NULL);
  atlas_session_set_selected_event (self, NULL);
  atlas_session_set_selected_article (self, NULL);
}

/**
 * atlas_session_set_selected_place:
 *
 * Selects a place: events elsewhere are dimmed. If the selected event is not highlighted
 * there, the place's first highlighted event on or after the time cursor is selected instead
 * (or its last one before), so the timeline and the reader follow the place. If the place
 * has no highlighted event, nothing is selected but the place: no event, casualty figure,
 * article or span.
 */
void
atlas_session_set_selected_place (AtlasSession *self,
                                  AtlasPlace   *place)
{
  g_return_if_fail (ATLAS_IS_SESSION (self));
  g_return_if_fail (!place || ATLAS_IS_PLACE (place));

  if (!g_set_object (&self->selected_place, place))
    return;

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_PLACE]);
  update_highlight (self);

  /* One selection, one story (issue 7): every view shows what the session holds, so the
   * session must never hold an event beside a place where it did not happen. The details
   * would show it under the place's card, the reader its sentence, the map its outlines,
   * and a reader would take it for the place's own. */
  if (place && self->kb &&
      (self->selected_event == NULL || !atlas_session_event_is_highlighted (self, self->selected_event)))
    {
      if (!atlas_session_jump_to_date (self, self->time_cursor) && self->time_cursor != ATLAS_DATE_NONE)
        atlas_session_select_last_event (self);

      if (self->selected_event == NULL || !atlas_session_event_is_highlighted (self, self->selected_event))
        clear_selected_fact (self);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

AtlasEvent *
atlas_session_get_selected_event (AtlasSession *self)
{
  g_return_val_if_fail (ATLAS_IS_SESSION (self), NULL);
  return self->selected_event;
}

/**
 * atlas_session_set_selected_event:
 *
 * Selects an event: the time cursor moves to its date and the reader to its first source.
 * A selected casualty figure of another event is unselected, and so is a selected place
 * where the event did not happen (atlas_kb_event_is_at_place()).
 */
void
atlas_session_set_selected_event (AtlasSession *self,
                                  AtlasEvent   *event)
{
  g_return_if_fail (ATLAS_IS_SESSION (self));
  g_return_if_fail (!event || ATLAS_IS_EVENT (event));

  if (!g_set_object (&self->selected_event, event))
    return;

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_EVENT]);

  if (self->selected_casualty && atlas_casualty_get_event (self->selected_casualty) != event)
    atlas_session_set_selected_casualty (self, NULL);

  /* The place's card would stand above an event that did not happen there (issue 7) */
  if (event && self->selected_place && self->kb &&
      !atlas_kb_event_is_at_place (self->kb, event, self->selected_place))
    atlas_session_set_selected_place (self, NULL);

  if (event)
    {
      atlas_session_set_time_cursor (self, atlas_event_get_date (event));
      atlas_session_show_source (self, atlas_event_get_source (event, 0));
    }

  g_object_thaw_notify (G_OBJECT (self));
}

AtlasCasualty *
atlas_session_get_selected_casualty (AtlasSession *self)
{
  g_return_val_if_fail (ATLAS_IS_SESSION (self), NULL);
  return self->selected_casualty;
}

/**
 * atlas_session_set_selected_casualty:
 *
 * Selects a casualty figure, its event, and the span that states the figure.
 */
void
atlas_session_set_selected_casualty (AtlasSession  *self,
                                     AtlasCasualty *casualty)
{
  g_return_if_fail (ATLAS_IS_SESSION (self));
  g_return_if_fail (!casualty || ATLAS_IS_CASUALTY (casualty));

  if (!g_set_object (&self->selected_casualty, casualty))
    return;

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_CASUALTY]);

  if (casualty)
    {
      atlas_session_set_selected_event (self, atlas_casualty_get_event (casualty));
      atlas_session_show_source (self, atlas_casualty_get_source (casualty));
    }

  g_object_thaw_notify (G_OBJECT (self));
}

AtlasArticle *
atlas_session_get_selected_article (AtlasSession *self)
{
  g_return_val_if_fail (ATLAS_IS_SESSION (self), NULL);
  return self->selected_article;
}

/**
 * atlas_session_set_selected_article:
 *
 * Opens an article in the reader, with no span in focus.
 */
void
atlas_session_set_selected_article (AtlasSession *self,
                                    AtlasArticle *article)
{
  g_return_if_fail (ATLAS_IS_SESSION (self));
  g_return_if_fail (!article || ATLAS_IS_ARTICLE (article));

  g_object_freeze_notify (G_OBJECT (self));
  if (g_set_object (&self->selected_article, article))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ARTICLE]);
  set_focus (self, -1, -1);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * atlas_session_get_focus:
 *
 * Returns: %TRUE if a span of the selected article is in focus
 */
gboolean
atlas_session_get_focus (AtlasSession *self,
                         guint        *start,
                         guint        *end)
{
  g_return_val_if_fail (ATLAS_IS_SESSION (self), FALSE);

  if (self->focus_start < 0)
    return FALSE;

  if (start)
    *start = self->focus_start;
  if (end)
    *end = self->focus_end;
  return TRUE;
}

/**
 * atlas_session_show_source:
 *
 * Opens the source's article in the reader, scrolled to its span.
 */
void
atlas_session_show_source (AtlasSession      *self,
                           const AtlasSource *source)
{
  g_return_if_fail (ATLAS_IS_SESSION (self));
  g_return_if_fail (source != NULL);

  g_object_freeze_notify (G_OBJECT (self));
  if (g_set_object (&self->selected_article, source->article))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ARTICLE]);
  /* An orphaned source's offsets mean nothing: its report is shown, with no words in focus */
  if (source->anchor == ATLAS_ANCHOR_ORPHANED)
    set_focus (self, -1, -1);
  else
    set_focus (self, source->start, source->end);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * atlas_session_read_source:
 *
 * What "Read in report" does: shows @source as atlas_session_show_source() does, and asks for
 * the reader to be brought into view. Emits #AtlasSession::read-source; the window listens.
 * Selecting an event also opens its source, but does not take the reader's place on screen.
 */
void
atlas_session_read_source (AtlasSession      *self,
                           const AtlasSource *source)
{
  g_return_if_fail (ATLAS_IS_SESSION (self));
  g_return_if_fail (source != NULL);

  atlas_session_show_source (self, source);
  g_signal_emit (self, signals[READ_SOURCE], 0);
}

AtlasDate
atlas_session_get_time_cursor (AtlasSession *self)
{
  g_return_val_if_fail (ATLAS_IS_SESSION (self), ATLAS_DATE_NONE);
  return self->time_cursor;
}

void
atlas_session_set_time_cursor (AtlasSession *self,
                               AtlasDate     date)
{
  g_return_if_fail (ATLAS_IS_SESSION (self));

  if (self->time_cursor == date)
    return;

  self->time_cursor = date;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME_CURSOR]);
  update_place_counts (self);
}

/**
 * atlas_session_get_hidden_types:
 *
 * Returns: (transfer none) (array zero-terminated=1): the event types the filter hides
 */
const char * const *
atlas_session_get_hidden_types (AtlasSession *self)
{
  g_return_val_if_fail (ATLAS_IS_SESSION (self), NULL);
  return (const char * const *) self->hidden_types->pdata;
}

gboolean
atlas_session_get_type_visible (AtlasSession *self,
                                const char   *type)
{
  g_return_val_if_fail (ATLAS_IS_SESSION (self), FALSE);
  g_return_val_if_fail (type != NULL, FALSE);

  return !g_strv_contains ((const char * const *) self->hidden_types->pdata, type);
}

void
atlas_session_set_type_visible (AtlasSession *self,
                                const char   *type,
                                gboolean      visible)
{
  guint index;

  g_return_if_fail (ATLAS_IS_SESSION (self));
  g_return_if_fail (type != NULL);

  if (visible == atlas_session_get_type_visible (self, type))
    return;

  if (visible)
    {
      g_ptr_array_find_with_equal_func (self->hidden_types, type, g_str_equal, &index);
      g_ptr_array_remove_index (self->hidden_types, index);
    }
  else
    g_ptr_array_add (self->hidden_types, g_strdup (type));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDDEN_TYPES]);
  update_highlight (self);
}

void
_atlas_session_update_highlight (AtlasSession *self)
{
  update_highlight (self);
}

/**
 * atlas_session_frame_place:
 *
 * Asks the map to show @place, even one far from the region (Geneva, say), which selecting an
 * event does not do on its own. Emits #AtlasSession::frame-place; the map view listens.
 */
void
atlas_session_frame_place (AtlasSession *self,
                           AtlasPlace   *place)
{
  g_return_if_fail (ATLAS_IS_SESSION (self));
  g_return_if_fail (ATLAS_IS_PLACE (place));

  g_signal_emit (self, signals[FRAME_PLACE], 0, place);
}

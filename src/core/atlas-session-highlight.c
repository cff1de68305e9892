/* atlas-session-highlight.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-session"

#include "config.h"

#include "atlas-session-private.h"

/* The highlighted events, what the map shades, and stepping through them: the part of the
 * session that follows from the selected place, the type filter and the time cursor. */

/* How many highlighted events are on or before the time cursor: all of them when there is
 * no cursor, as before anything is selected */
static guint
count_until_cursor (AtlasSession *self)
{
  guint lo = 0, hi = self->highlighted->len;

  if (self->time_cursor == ATLAS_DATE_NONE)
    return hi;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (atlas_event_get_date (g_ptr_array_index (self->highlighted, mid)) <= self->time_cursor)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/* Adds @delta (+1 or -1) at the places of the highlighted events from @from to @to */
static void
count_events (AtlasSession *self,
              guint         from,
              guint         to,
              int           delta)
{
  for (guint i = from; i < to; i++)
    {
      GPtrArray *places = atlas_kb_get_places_for_event (self->kb, g_ptr_array_index (self->highlighted, i));

      for (guint p = 0; p < places->len; p++)
        {
          AtlasPlace *place = g_ptr_array_index (places, p);

          g_array_index (self->place_counts, guint, place->index) += delta;
        }
    }
}

void
_atlas_session_clear_highlight (AtlasSession *self)
{
  g_ptr_array_set_size (self->highlighted, 0);
  g_array_set_size (self->place_counts, 0);
  self->n_counted = 0;
}

/* Updates the counts after the time cursor moved: only the events it passed change them.
 * Returns whether any count changed. */
gboolean
_atlas_session_move_place_counts (AtlasSession *self)
{
  guint n = count_until_cursor (self);

  if (n == self->n_counted)
    return FALSE;

  if (n > self->n_counted)
    count_events (self, self->n_counted, n, 1);
  else
    count_events (self, n, self->n_counted, -1);
  self->n_counted = n;

  return TRUE;
}

/* Finds the highlighted events again, and counts them afresh */
void
_atlas_session_rebuild_highlight (AtlasSession *self)
{
  _atlas_session_clear_highlight (self);
  if (self->kb)
    g_array_set_size (self->place_counts, g_list_model_get_n_items (atlas_kb_get_places (self->kb)));

  if (self->kb && self->selected_place)
    {
      GPtrArray *there = atlas_kb_get_events_for_place (self->kb, self->selected_place);

      for (guint i = 0; i < there->len; i++)
        if (atlas_session_event_is_highlighted (self, g_ptr_array_index (there, i)))
          g_ptr_array_add (self->highlighted, g_ptr_array_index (there, i));
    }
  else if (self->kb && self->kb->event_array)
    {
      /* The same events as the KB's list, in its order, without a lookup and a reference
       * for each: an edit finds the highlight again (issue 9) */
      GPtrArray *events = self->kb->event_array;

      for (guint i = 0; i < events->len; i++)
        if (atlas_session_event_is_highlighted (self, g_ptr_array_index (events, i)))
          g_ptr_array_add (self->highlighted, g_ptr_array_index (events, i));
    }

  self->n_counted = count_until_cursor (self);
  count_events (self, 0, self->n_counted, 1);
}

/**
 * atlas_session_event_is_highlighted:
 *
 * Returns: %TRUE if @event passes the type filter and, when a place is selected, happened
 *   there; views dim the others
 */
gboolean
atlas_session_event_is_highlighted (AtlasSession *self,
                                    AtlasEvent   *event)
{
  g_return_val_if_fail (ATLAS_IS_SESSION (self), FALSE);
  g_return_val_if_fail (ATLAS_IS_EVENT (event), FALSE);

  if (!atlas_session_get_type_visible (self, atlas_event_get_event_type (event)))
    return FALSE;

  return self->selected_place == NULL ||
         (self->kb && atlas_kb_event_is_at_place (self->kb, event, self->selected_place));
}

guint
atlas_session_get_n_highlighted (AtlasSession *self)
{
  g_return_val_if_fail (ATLAS_IS_SESSION (self), 0);
  return self->n_highlighted;
}

/**
 * atlas_session_get_highlighted_events:
 *
 * The events atlas_session_event_is_highlighted() is %TRUE for, kept up to date so that
 * views need not test every event. It changes when #AtlasSession::highlight-changed is
 * emitted.
 *
 * Returns: (transfer none) (element-type AtlasEvent): the highlighted events, in date order
 */
GPtrArray *
atlas_session_get_highlighted_events (AtlasSession *self)
{
  g_return_val_if_fail (ATLAS_IS_SESSION (self), NULL);
  return self->highlighted;
}

/**
 * atlas_session_get_place_count:
 *
 * What the map shades: the number of highlighted events at @place (as
 * atlas_kb_get_places_for_event() defines it) dated on or before the time cursor, or at
 * any date when the time cursor is unset. An event counts once at a place however many
 * of its figures name it. It changes when #AtlasSession::place-counts-changed is emitted.
 *
 * Returns: the number of events
 */
guint
atlas_session_get_place_count (AtlasSession *self,
                               AtlasPlace   *place)
{
  g_return_val_if_fail (ATLAS_IS_SESSION (self), 0);
  g_return_val_if_fail (ATLAS_IS_PLACE (place), 0);

  /* A place of another KB counts nothing here */
  if (place->index >= self->place_counts->len || self->kb == NULL ||
      atlas_kb_lookup_place (self->kb, atlas_place_get_id (place)) != place)
    return 0;

  return g_array_index (self->place_counts, guint, place->index);
}

/* Selects the first highlighted event at or after @from (step +1) or at or before it (-1) */
static gboolean
select_from (AtlasSession *self,
             int           from,
             int           step)
{
  GListModel *events;
  int n;

  if (self->kb == NULL)
    return FALSE;

  events = atlas_kb_get_events (self->kb);
  n = g_list_model_get_n_items (events);

  for (int i = from; i >= 0 && i < n; i += step)
    {
      g_autoptr(AtlasEvent) event = g_list_model_get_item (events, i);

      if (atlas_session_event_is_highlighted (self, event))
        {
          atlas_session_set_selected_event (self, event);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * atlas_session_select_next_event:
 *
 * Selects the next highlighted event in date order (the first, when none is selected).
 *
 * Returns: %FALSE if there is none
 */
gboolean
atlas_session_select_next_event (AtlasSession *self)
{
  g_return_val_if_fail (ATLAS_IS_SESSION (self), FALSE);

  if (self->selected_event == NULL)
    return select_from (self, 0, 1);

  return select_from (self, atlas_event_get_position (self->selected_event) + 1, 1);
}

gboolean
atlas_session_select_previous_event (AtlasSession *self)
{
  g_return_val_if_fail (ATLAS_IS_SESSION (self), FALSE);

  if (self->selected_event == NULL)
    return atlas_session_select_last_event (self);

  return select_from (self, (int) atlas_event_get_position (self->selected_event) - 1, -1);
}

gboolean
atlas_session_select_first_event (AtlasSession *self)
{
  g_return_val_if_fail (ATLAS_IS_SESSION (self), FALSE);
  return select_from (self, 0, 1);
}

gboolean
atlas_session_select_last_event (AtlasSession *self)
{
  g_return_val_if_fail (ATLAS_IS_SESSION (self), FALSE);

  if (self->kb == NULL)
    return FALSE;

  return select_from (self, (int) g_list_model_get_n_items (atlas_kb_get_events (self->kb)) - 1, -1);
}

/**
 * atlas_session_jump_to_date:
 *
 * Selects the first highlighted event on or after @date (found by binary search).
 *
 * Returns: %FALSE if there is none
 */
gboolean
atlas_session_jump_to_date (AtlasSession *self,
                            AtlasDate     date)
{
  g_return_val_if_fail (ATLAS_IS_SESSION (self), FALSE);

  if (self->kb == NULL)
    return FALSE;

  return select_from (self, atlas_kb_find_first_event_on_or_after (self->kb, date), 1);
}

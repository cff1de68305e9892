/* atlas-session-edit.c: editing the session's KB, with undo and redo (issue 9)
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-session"

#include "config.h"

#include "atlas-edit-private.h"
#include "atlas-kb-edit-private.h"
#include "atlas-session-private.h"

/* What became of a selected item after @edit was applied (@forward) or reverted */
static gpointer
follow (AtlasSession *self,
        AtlasEdit    *edit,
        gpointer      item,
        gboolean      forward)
{
  if (item == NULL)
    return NULL;

  item = _atlas_edit_follow (edit, item, forward);
  return item && _atlas_kb_contains_item (self->kb, item) ? item : NULL;
}

/* The selection stays valid: a replaced item is selected in its new self, a deleted one is
 * unselected. The highlight is found again first, since the events at places may have
 * changed, and whatever the setters do follows from it. */
static void
after_edit (AtlasSession *self,
            AtlasEdit    *edit,
            gboolean      forward)
{
  AtlasPlace *place = follow (self, edit, self->selected_place, forward);
  AtlasEvent *event = follow (self, edit, self->selected_event, forward);
  AtlasCasualty *casualty = follow (self, edit, self->selected_casualty, forward);
  AtlasArticle *article = follow (self, edit, self->selected_article, forward);
  gboolean place_changed = place != self->selected_place;

  g_object_freeze_notify (G_OBJECT (self));

  /* Without the place first, so that selecting the event does not unselect it */
  if (place_changed && place == NULL)
    atlas_session_set_selected_place (self, NULL);
  else if (place_changed)
    g_set_object (&self->selected_place, place);

  _atlas_session_update_highlight (self);

  if (casualty != self->selected_casualty)
    atlas_session_set_selected_casualty (self, casualty);
  if (event != self->selected_event)
    atlas_session_set_selected_event (self, event);
  if (article != self->selected_article)
    {
      /* The same report, edited: the span in focus stays */
      if (article)
        {
          g_set_object (&self->selected_article, article);
          g_object_notify (G_OBJECT (self), "selected-article");
        }
      else
        atlas_session_set_selected_article (self, NULL);
    }
  if (place_changed && place != NULL)
    g_object_notify (G_OBJECT (self), "selected-place");

  g_object_thaw_notify (G_OBJECT (self));

  /* Validation as you go: the problems are found again */
  _atlas_session_problems_schedule (self);
}

/**
 * atlas_session_get_history:
 *
 * Returns: (transfer none) (nullable): the edits made to the KB, %NULL without a KB
 */
AtlasHistory *
atlas_session_get_history (AtlasSession *self)
{
  g_return_val_if_fail (ATLAS_IS_SESSION (self), NULL);
  return self->history;
}

/**
 * atlas_session_apply_edit:
 * @edit: an edit made for the session's KB as it is now (atlas_edit_new_add() and others)
 *
 * Applies @edit and keeps it to undo.
 */
void
atlas_session_apply_edit (AtlasSession *self,
                          AtlasEdit    *edit)
{
  g_return_if_fail (ATLAS_IS_SESSION (self));
  g_return_if_fail (ATLAS_IS_EDIT (edit));
  g_return_if_fail (self->history != NULL);

  atlas_history_apply (self->history, edit);
  after_edit (self, edit, TRUE);
}

/**
 * atlas_session_undo:
 *
 * Returns: %FALSE if there was nothing to undo
 */
gboolean
atlas_session_undo (AtlasSession *self)
{
  AtlasEdit *edit;

  g_return_val_if_fail (ATLAS_IS_SESSION (self), FALSE);

  if (self->history == NULL || !(edit = atlas_history_undo (self->history)))
    return FALSE;

  after_edit (self, edit, FALSE);
  return TRUE;
}

/**
 * atlas_session_redo:
 *
 * Returns: %FALSE if there was nothing to redo
 */
gboolean
atlas_session_redo (AtlasSession *self)
{
  AtlasEdit *edit;

  g_return_val_if_fail (ATLAS_IS_SESSION (self), FALSE);

  if (self->history == NULL || !(edit = atlas_history_redo (self->history)))
    return FALSE;

  after_edit (self, edit, TRUE);
  return TRUE;
}

gboolean
atlas_session_get_can_undo (AtlasSession *self)
{
  g_return_val_if_fail (ATLAS_IS_SESSION (self), FALSE);
  return self->history && atlas_history_get_can_undo (self->history);
}

gboolean
atlas_session_get_can_redo (AtlasSession *self)
{
  g_return_val_if_fail (ATLAS_IS_SESSION (self), FALSE);
  return self->history && atlas_history_get_can_redo (self->history);
}

gboolean
atlas_session_get_modified (AtlasSession *self)
{
  g_return_val_if_fail (ATLAS_IS_SESSION (self), FALSE);
  return self->history && atlas_history_get_modified (self->history);
}

/**
 * atlas_session_set_saved:
 *
 * Says that the KB was just saved as it is: #AtlasSession:modified turns %FALSE.
 */
void
atlas_session_set_saved (AtlasSession *self)
{
  g_return_if_fail (ATLAS_IS_SESSION (self));

  if (self->history)
    atlas_history_set_clean (self->history);
}

/**
 * atlas_session_set_unsaved:
 *
 * Says that the KB differs from its file although nothing was edited in this session: it
 * was restored from a recovery copy. #AtlasSession:modified turns %TRUE until it is saved.
 */
void
atlas_session_set_unsaved (AtlasSession *self)
{
  g_return_if_fail (ATLAS_IS_SESSION (self));

  if (self->history)
    atlas_history_set_unsaved (self->history);
}

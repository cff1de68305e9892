/* atlas-session-problems.c: the problems of the session's KB, found again as it is edited
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-session"

#include "config.h"

#include <string.h>

#include "atlas-kb-edit-private.h"
#include "atlas-session-private.h"

/*
 * Validation as you go (issue 9): after the KB is set and after every edit, undo and redo,
 * its problems are found again by atlas_kb_check_async() (--check's rule on the text saving
 * would write) and "problems-changed" is emitted; views show each beside what it concerns.
 *
 * The check runs a moment after the last edit, and in a thread: at 60,000 events it takes
 * seconds (tests/bench-save.c). Edits made while it runs are checked once it is over, by one
 * more check, rather than by as many threads at once.
 *
 * The warnings of the file as it was read stay with the facts they concern for as long as
 * those are in the KB: a source re-anchored when the file was read holds its words, so
 * writing the KB again no longer says it moved, but the user should still hear of it until
 * they change that fact.
 */

#define CHECK_DELAY_MS 300

static void
check_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  AtlasSession *self = user_data;
  g_autoptr(AtlasProblemMap) map = NULL;
  g_autoptr(GError) error = NULL;

  /* Not a reference: a session disposed of, or given another KB or edit, cancels first */
  map = atlas_kb_check_finish (ATLAS_KB (object), result, &error);
  if (map == NULL)
    {
      if (error && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not check the KB: %s", error->message);
      return;
    }

  if (ATLAS_KB (object) != self->kb)
    return;

  g_clear_object (&self->check_cancellable);
  g_set_object (&self->problems, map);
  if (self->check_again)
    {
      self->check_again = FALSE;
      _atlas_session_problems_schedule (self);
    }
  g_signal_emit_by_name (self, "problems-changed");
}

static gboolean
check_timeout_cb (gpointer user_data)
{
  AtlasSession *self = user_data;

  self->check_id = 0;
  if (self->kb == NULL)
    return G_SOURCE_REMOVE;

  /* One at a time: the one under way gives its result, then this KB is checked */
  if (self->check_cancellable)
    {
      self->check_again = TRUE;
      return G_SOURCE_REMOVE;
    }

  self->check_cancellable = g_cancellable_new ();
  atlas_kb_check_async (self->kb, self->check_cancellable, check_cb, self);
  return G_SOURCE_REMOVE;
}

/* Private API */

void
_atlas_session_problems_schedule (AtlasSession *self)
{
  g_clear_handle_id (&self->check_id, g_source_remove);
  if (self->kb)
    self->check_id = g_timeout_add (CHECK_DELAY_MS, check_timeout_cb, self);
}

void
_atlas_session_problems_clear (AtlasSession *self)
{
  g_clear_handle_id (&self->check_id, g_source_remove);
  g_cancellable_cancel (self->check_cancellable);
  g_clear_object (&self->check_cancellable);
  self->check_again = FALSE;
  g_clear_object (&self->load_problems);
  g_clear_object (&self->problems);
}

/* A new KB: the old one's problems go, and the new one's are looked for */
void
_atlas_session_problems_reset (AtlasSession *self)
{
  gboolean had = self->load_problems || self->problems;

  _atlas_session_problems_clear (self);
  if (had)
    g_signal_emit_by_name (self, "problems-changed");
  _atlas_session_problems_schedule (self);
}

/* Public API */

/**
 * atlas_session_set_load_problems:
 * @problems: (nullable) (element-type AtlasProblem): the problems reading the KB's file gave
 *   (warnings: a file with errors gives no KB)
 *
 * Keeps the warnings of the file the session's KB was read from, each with what it concerns,
 * beside the problems found as it is edited.
 */
void
atlas_session_set_load_problems (AtlasSession *self,
                                 GPtrArray    *problems)
{
  g_return_if_fail (ATLAS_IS_SESSION (self));

  g_clear_object (&self->load_problems);
  if (self->kb && problems && problems->len > 0)
    self->load_problems = atlas_problem_map_new (self->kb, problems);
  g_signal_emit_by_name (self, "problems-changed");
}

/* The source of @item that @path names (`events[3].sources[1]`, `casualties[0].source`), or NULL */
static const AtlasSource *
source_of_path (gpointer    item,
                const char *path)
{
  const char *member = path ? strchr (path, '.') : NULL;

  if (member == NULL)
    return NULL;

  if (ATLAS_IS_CASUALTY (item) && g_str_has_prefix (member, ".source") && (member[7] == '\0' || member[7] == '.'))
    return atlas_casualty_get_source (item);

  if (ATLAS_IS_EVENT (item) && g_str_has_prefix (member, ".sources[") && g_ascii_isdigit (member[9]))
    {
      guint64 index = g_ascii_strtoull (member + 9, NULL, 10);

      if (index < atlas_event_get_n_sources (item))
        return atlas_event_get_source (item, index);
    }

  return NULL;
}

/* A warning that a source is orphaned: the fact's card says that with the words it lost, and
 * the ways to place it again (atlas-details-problems.c), so it is not said twice */
static gboolean
said_by_orphan (gpointer            item,
                const AtlasProblem *problem)
{
  const AtlasSource *source = source_of_path (item, problem->path);

  return problem->warning && source && source->anchor == ATLAS_ANCHOR_ORPHANED;
}

static gboolean
has_message (GPtrArray    *problems,
             AtlasProblem *problem)
{
  for (guint i = 0; i < problems->len; i++)
    if (strcmp (((AtlasProblem *) g_ptr_array_index (problems, i))->message, problem->message) == 0)
      return TRUE;

  return FALSE;
}

/**
 * atlas_session_dup_problems_for:
 * @item: an article, place, event or casualty figure of the KB
 *
 * The problems `--check` would report of @item, with the warnings of @item when its file was
 * read, each once. They change on "problems-changed".
 *
 * Returns: (transfer container) (element-type AtlasProblem): the problems (owned by the
 *   session until "problems-changed"); empty when none
 */
GPtrArray *
atlas_session_dup_problems_for (AtlasSession *self,
                                gpointer      item)
{
  GPtrArray *found = g_ptr_array_new ();
  AtlasProblemMap *maps[2];

  g_return_val_if_fail (ATLAS_IS_SESSION (self), found);

  maps[0] = self->load_problems;
  maps[1] = self->problems;
  for (guint m = 0; m < G_N_ELEMENTS (maps); m++)
    {
      GPtrArray *problems = maps[m] ? atlas_problem_map_lookup (maps[m], item) : NULL;

      for (guint i = 0; problems && i < problems->len; i++)
        {
          AtlasProblem *problem = g_ptr_array_index (problems, i);

          if (!has_message (found, problem) && !said_by_orphan (item, problem))
            g_ptr_array_add (found, problem);
        }
    }

  return found;
}

/**
 * atlas_session_dup_load_problems:
 *
 * The warnings of the file the session's KB was read from that still stand: those of the
 * whole file, and those of items still in the KB as they were read. A fact edited since (an
 * orphan placed again, say) has left its warnings behind. They change on "problems-changed".
 *
 * Returns: (transfer container) (element-type AtlasProblem): the warnings (owned by the
 *   session until "problems-changed"), in the order of the file; empty when none
 */
GPtrArray *
atlas_session_dup_load_problems (AtlasSession *self)
{
  GPtrArray *standing = g_ptr_array_new ();
  GPtrArray *problems;

  g_return_val_if_fail (ATLAS_IS_SESSION (self), standing);

  if (self->load_problems == NULL || self->kb == NULL)
    return standing;

  problems = atlas_problem_map_get_problems (self->load_problems);
  for (guint i = 0; i < problems->len; i++)
    {
      AtlasProblem *problem = g_ptr_array_index (problems, i);
      gpointer item = atlas_problem_map_get_item (self->load_problems, problem);

      if (item == NULL || _atlas_kb_contains_item (self->kb, item))
        g_ptr_array_add (standing, problem);
    }

  return standing;
}

/**
 * atlas_session_get_problems:
 *
 * Returns: (transfer none) (nullable): every problem the last check of the KB found, as
 *   `--check` says them, orphans' warnings too; %NULL before the first check is over
 */
AtlasProblemMap *
atlas_session_get_problems (AtlasSession *self)
{
  g_return_val_if_fail (ATLAS_IS_SESSION (self), NULL);
  return self->problems;
}

/**
 * atlas_session_get_checking:
 *
 * Returns: whether the KB's problems are being found again (after an edit)
 */
gboolean
atlas_session_get_checking (AtlasSession *self)
{
  g_return_val_if_fail (ATLAS_IS_SESSION (self), FALSE);
  return self->check_id != 0 || self->check_cancellable != NULL;
}

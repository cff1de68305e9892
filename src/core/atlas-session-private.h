/* atlas-session-private.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-history.h"
#include "atlas-kb-check.h"
#include "atlas-kb-private.h"
#include "atlas-session.h"

G_BEGIN_DECLS

struct _AtlasSession
{
  GObject        parent_instance;

  AtlasKb       *kb;
  AtlasPlace    *selected_place;
  AtlasEvent    *selected_event;
  AtlasCasualty *selected_casualty;
  AtlasArticle  *selected_article;
  int            focus_start;
  int            focus_end;
  AtlasDate      time_cursor;
  GPtrArray     *hidden_types;   /* char*, NULL-terminated */
  guint          n_highlighted;

  /* The highlighted events in date order (not owning: the KB owns them), the first n_counted
   * of which are on or before the time cursor, and how many of those are at each place */
  GPtrArray     *highlighted;
  guint          n_counted;
  GArray        *place_counts;   /* guint, by the place's position in the KB */

  AtlasHistory  *history;        /* the edits made to kb (atlas-session-edit.c) */

  /* The KB's problems (atlas-session-problems.c): those of the file as it was read, and those
   * found again after the last edit */
  AtlasProblemMap *load_problems;
  AtlasProblemMap *problems;
  GCancellable    *check_cancellable;
  guint            check_id;
  gboolean         check_again;   /* edited while a check was under way */
};

void     _atlas_session_clear_highlight   (AtlasSession *self);
void     _atlas_session_rebuild_highlight (AtlasSession *self);
gboolean _atlas_session_move_place_counts (AtlasSession *self);
void     _atlas_session_update_highlight  (AtlasSession *self);

void     _atlas_session_problems_reset    (AtlasSession *self);
void     _atlas_session_problems_schedule (AtlasSession *self);
void     _atlas_session_problems_clear    (AtlasSession *self);

G_END_DECLS

/* atlas-orphans.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-orphans"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-anchor.h"
#include "atlas-kb-edit.h"
#include "atlas-kb-edit-private.h"
#include "atlas-orphans.h"

/*
 * Orphaned sources, placed again by the user (issue 9). When a report's text changed and the
 * loader could not find a source's words again without doubt, the source is kept, orphaned,
 * for the user to say where its words are now: never moved by a guess. Placing it again is an
 * edit of its fact, which Undo takes back: the source gets the words selected in its own
 * report, with their context, and holds its quote again. Dropping it removes the source from
 * its event; a casualty figure has one source, and is deleted instead (win.delete-figure).
 */

/* The source @index of @fact, or NULL */
static const AtlasSource *
source_of (GObject *fact,
           guint    index)
{
  if (ATLAS_IS_EVENT (fact))
    return index < atlas_event_get_n_sources (ATLAS_EVENT (fact)) ? atlas_event_get_source (ATLAS_EVENT (fact), index)
                                                                  : NULL;
  if (ATLAS_IS_CASUALTY (fact))
    return index == 0 ? atlas_casualty_get_source (ATLAS_CASUALTY (fact)) : NULL;

  return NULL;
}

static const AtlasSource *
get_orphan (GObject  *fact,
            guint     index,
            GError  **error)
{
  const AtlasSource *source = source_of (fact, index);

  if (source == NULL || source->anchor != ATLAS_ANCHOR_ORPHANED)
    {
      g_set_error (error, ATLAS_EDIT_ERROR, ATLAS_EDIT_ERROR_INVALID, _("This source is not waiting to be placed again"));
      return NULL;
    }

  return source;
}

/**
 * atlas_kb_orphan_find:
 * @source: a source held by an event or casualty figure of @kb
 * @fact: (out) (transfer none): its event or casualty figure
 * @index: (out): its position among the fact's sources
 *
 * Finds the fact that holds @source, which is orphaned.
 *
 * Returns: %FALSE if @source is not an orphan of @kb
 */
gboolean
atlas_kb_orphan_find (AtlasKb            *kb,
                      const AtlasSource  *source,
                      GObject           **fact,
                      guint              *index)
{
  g_autoptr(GPtrArray) orphans = NULL;

  g_return_val_if_fail (ATLAS_IS_KB (kb), FALSE);
  g_return_val_if_fail (source != NULL, FALSE);

  orphans = atlas_kb_get_orphaned_sources (kb);
  for (guint i = 0; i < orphans->len; i++)
    {
      AtlasKbOrphan *orphan = g_ptr_array_index (orphans, i);

      if (orphan->source != source)
        continue;

      *fact = orphan->fact;
      *index = 0;
      if (ATLAS_IS_EVENT (orphan->fact))
        while (atlas_event_get_source (ATLAS_EVENT (orphan->fact), *index) != source)
          (*index)++;
      return TRUE;
    }

  return FALSE;
}

/**
 * atlas_edit_new_place_again:
 * @fact: an event or casualty figure of @kb
 * @index: the position of its orphaned source among its sources (0 for a figure)
 * @start: the first character of the words that state the fact now, in code points of the
 *   source's report
 * @end: past their last character
 *
 * Makes the edit that anchors an orphaned source to the words [@start, @end) of its own
 * report: its quote becomes those words, its context the text around them, and it is no
 * longer orphaned. Apply it with atlas_session_apply_edit(), which keeps it to undo.
 *
 * Returns: (transfer full): the edit, or %NULL if the source is not orphaned or the words
 *   are not in its report
 */
AtlasEdit *
atlas_edit_new_place_again (AtlasKb  *kb,
                            GObject  *fact,
                            guint     index,
                            guint     start,
                            guint     end,
                            GError  **error)
{
  const AtlasSource *orphan;
  AtlasArticle *article;
  AtlasSource placed = { 0 };
  g_autoptr(GObject) changed = NULL;
  const char *text, *from, *to;

  g_return_val_if_fail (ATLAS_IS_KB (kb), NULL);
  g_return_val_if_fail (G_IS_OBJECT (fact), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(orphan = get_orphan (fact, index, error)))
    return NULL;

  article = orphan->article;
  text = atlas_article_get_text (article);
  if (start >= end || end > (guint) g_utf8_strlen (text, -1))
    {
      g_set_error (error, ATLAS_EDIT_ERROR, ATLAS_EDIT_ERROR_INVALID, _("Select the words in “%s” that state it"),
                   atlas_article_get_title (article));
      return NULL;
    }

  from = g_utf8_offset_to_pointer (text, start);
  to = g_utf8_offset_to_pointer (from, end - start);
  placed.article = article;
  placed.start = start;
  placed.end = end;
  placed.quote = g_strndup (from, to - from);
  atlas_anchor_context_at (text, from, to, ATLAS_ANCHOR_CONTEXT, &placed.prefix, &placed.suffix);
  placed.anchor = ATLAS_ANCHOR_EXACT;

  if (ATLAS_IS_EVENT (fact))
    {
      AtlasEvent *event = atlas_event_copy (ATLAS_EVENT (fact));

      /* In the orphan's place, so that the sources keep their order */
      _atlas_source_clear (&g_array_index (event->sources, AtlasSource, index));
      _atlas_source_copy (&g_array_index (event->sources, AtlasSource, index), &placed);
      changed = G_OBJECT (event);
    }
  else
    {
      AtlasCasualty *casualty = atlas_casualty_copy (ATLAS_CASUALTY (fact));

      atlas_casualty_set_source (casualty, &placed);
      changed = G_OBJECT (casualty);
    }

  g_free (placed.quote);
  g_free (placed.prefix);
  g_free (placed.suffix);

  return atlas_edit_new_replace (kb, fact, changed, error);
}

/**
 * atlas_edit_new_drop_orphan:
 * @fact: an event of @kb
 * @index: the position of its orphaned source among its sources
 *
 * Makes the edit that removes an orphaned source from its event. An event keeps at least one
 * source, and a casualty figure its only one: those are deleted whole, if at all.
 *
 * Returns: (transfer full): the edit, or %NULL
 */
AtlasEdit *
atlas_edit_new_drop_orphan (AtlasKb  *kb,
                            GObject  *fact,
                            guint     index,
                            GError  **error)
{
  g_autoptr(AtlasEvent) changed = NULL;

  g_return_val_if_fail (ATLAS_IS_KB (kb), NULL);
  g_return_val_if_fail (G_IS_OBJECT (fact), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!get_orphan (fact, index, error))
    return NULL;

  if (!ATLAS_IS_EVENT (fact) || atlas_event_get_n_sources (ATLAS_EVENT (fact)) < 2)
    {
      g_set_error (error, ATLAS_EDIT_ERROR, ATLAS_EDIT_ERROR_INVALID,
                   _("A fact keeps at least one source: place this one again, or delete the fact"));
      return NULL;
    }

  changed = atlas_event_copy (ATLAS_EVENT (fact));
  atlas_event_remove_source (changed, index);
  return atlas_edit_new_replace (kb, fact, changed, error);
}

/* atlas-anchor.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-anchor"

#include "config.h"

#include <string.h>

#include "atlas-anchor.h"

/* Anchors that survive edits (issue 9).
 *
 * A source holds its offsets and its quote, and, like a W3C Web Annotation
 * TextQuoteSelector, up to 32 code points of text on each side (prefix, suffix). When an
 * article's text changes, the offsets may point at other words; the quote and its context
 * find the same words again, or say that they cannot. The rule (data/kb-format.md,
 * "Re-anchoring"): the quote must occur exactly; among its occurrences, the one whose
 * context agrees best with the stored prefix and suffix (counted in code points from the
 * quote outwards) is taken only when it is the one best, and only when its context agrees
 * well enough: at least one side agrees fully, or the quote occurs once and some context
 * agrees. Anything else is orphaned: a wrong anchor is worse than none, since the reader
 * would highlight other words as the source of a fact.
 *
 * Everything here is one pass over the text for each source: occurrences are compared by
 * their bytes, and code points are counted once, up to the occurrence taken. */

/* Offsets of one text, computed once (issue 9: re-anchoring every source of a long article
 * must not count code points from the start of the text for each): the byte position of every
 * 64th code point, so that turning an offset into a pointer or back walks at most 63. */
#define STRIDE 64

struct _AtlasAnchorText
{
  const char *text;
  GArray     *marks;    /* gsize: byte position of code point STRIDE × i */
  guint       n_chars;
};

/**
 * atlas_anchor_text_new:
 * @text: a text, which must outlive the result
 *
 * Indexes @text once for atlas_anchor_text_find(), in one pass.
 *
 * Returns: (transfer full): the index
 */
AtlasAnchorText *
atlas_anchor_text_new (const char *text)
{
  AtlasAnchorText *self;
  guint n = 0;

  g_return_val_if_fail (text != NULL, NULL);

  self = g_new0 (AtlasAnchorText, 1);
  self->text = text;
  self->marks = g_array_new (FALSE, FALSE, sizeof (gsize));

  for (const char *p = text; ; p = g_utf8_next_char (p), n++)
    {
      if (n % STRIDE == 0)
        {
          gsize at = p - text;
          g_array_append_val (self->marks, at);
        }
      if (*p == '\0')
        break;
    }

  self->n_chars = n;
  return self;
}

void
atlas_anchor_text_free (AtlasAnchorText *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->marks);
  g_free (self);
}

/* The byte position of code point @offset, or NULL when @offset is past the end */
static const char *
text_pointer_at (const AtlasAnchorText *self,
                 guint                  offset)
{
  const char *p;

  if (offset > self->n_chars)
    return NULL;

  p = self->text + g_array_index (self->marks, gsize, offset / STRIDE);
  for (guint i = 0; i < offset % STRIDE; i++)
    p = g_utf8_next_char (p);

  return p;
}

static guint
text_offset_of (const AtlasAnchorText *self,
                const char            *pointer)
{
  gsize at = pointer - self->text;
  guint lo = 0, hi = self->marks->len;

  /* The last mark at or before @pointer */
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (self->marks, gsize, mid) <= at)
        lo = mid;
      else
        hi = mid;
    }

  return lo * STRIDE + g_utf8_pointer_to_offset (self->text + g_array_index (self->marks, gsize, lo), pointer);
}

/* The byte position of code point @offset, or NULL when @offset is past the end */
static const char *
pointer_at (const char *text,
            guint       offset)
{
  const char *p = text;

  for (guint i = 0; i < offset; i++)
    {
      if (*p == '\0')
        return NULL;
      p = g_utf8_next_char (p);
    }

  return p;
}

/* How many code points of @context, from its end backwards, equal the text before @at */
static guint
match_backward (const char *text,
                const char *at,
                const char *context,
                gsize       context_len)
{
  const char *c = context + context_len;
  const char *t = at;
  guint n = 0;

  while (c > context && t > text)
    {
      const char *pc = g_utf8_prev_char (c);
      const char *pt = g_utf8_prev_char (t);

      if (c - pc != t - pt || memcmp (pc, pt, c - pc) != 0)
        break;

      c = pc;
      t = pt;
      n++;
    }

  return n;
}

/* How many code points of @context, from its start, equal the text from @at */
static guint
match_forward (const char *at,
               const char *context)
{
  const char *c = context;
  const char *t = at;
  guint n = 0;

  while (*c && *t)
    {
      const char *nc = g_utf8_next_char (c);
      const char *nt = g_utf8_next_char (t);

      if (nc - c != nt - t || memcmp (c, t, nc - c) != 0)
        break;

      c = nc;
      t = nt;
      n++;
    }

  return n;
}

/**
 * atlas_anchor_context_at:
 * @text: the whole text
 * @from: where the span starts in @text
 * @to: where it ends
 * @n_chars: how many code points of context to take on each side
 * @prefix: (out) (transfer full): up to @n_chars code points just before @from
 * @suffix: (out) (transfer full): up to @n_chars code points just after @to
 *
 * Like atlas_anchor_context(), for a caller that has the span's pointers already.
 */
void
atlas_anchor_context_at (const char  *text,
                         const char  *from,
                         const char  *to,
                         guint        n_chars,
                         char       **prefix,
                         char       **suffix)
{
  const char *p = from;
  const char *s = to;

  g_return_if_fail (text != NULL && from >= text && to >= from);

  for (guint i = 0; i < n_chars && p > text; i++)
    p = g_utf8_prev_char (p);
  for (guint i = 0; i < n_chars && *s; i++)
    s = g_utf8_next_char (s);

  if (prefix)
    *prefix = g_strndup (p, from - p);
  if (suffix)
    *suffix = g_strndup (to, s - to);
}

/**
 * atlas_anchor_context:
 * @text: the whole text
 * @start: where the span starts, in code points
 * @end: where it ends (exclusive), in code points; not past the end of @text
 * @n_chars: how many code points of context to take on each side (%ATLAS_ANCHOR_CONTEXT)
 * @prefix: (out) (transfer full): up to @n_chars code points just before @start (fewer at
 *   the start of the text)
 * @suffix: (out) (transfer full): up to @n_chars code points just after @end
 *
 * Computes the context a source keeps so that it can be found again after an edit.
 */
void
atlas_anchor_context (const char  *text,
                      guint        start,
                      guint        end,
                      guint        n_chars,
                      char       **prefix,
                      char       **suffix)
{
  const char *from, *to;

  g_return_if_fail (text != NULL);
  g_return_if_fail (start <= end);

  from = pointer_at (text, start);
  to = from ? pointer_at (from, end - start) : NULL;
  g_return_if_fail (to != NULL);

  atlas_anchor_context_at (text, from, to, n_chars, prefix, suffix);
}

/**
 * atlas_anchor_agrees:
 * @text: the whole text
 * @from: where the span starts in @text
 * @to: where it ends
 * @prefix: (nullable): the stored prefix; %NULL when not known
 * @suffix: (nullable): the stored suffix
 *
 * A context agrees when the text just before the span ends with @prefix and the text just
 * after it starts with @suffix. A shorter context (a hand-written file) agrees as far as it
 * goes; a missing one (%NULL) says nothing and agrees.
 *
 * Returns: whether both agree
 */
gboolean
atlas_anchor_agrees (const char *text,
                     const char *from,
                     const char *to,
                     const char *prefix,
                     const char *suffix)
{
  g_return_val_if_fail (text != NULL && from >= text && to >= from, FALSE);

  if (prefix && match_backward (text, from, prefix, strlen (prefix)) != (guint) g_utf8_strlen (prefix, -1))
    return FALSE;

  if (suffix && match_forward (to, suffix) != (guint) g_utf8_strlen (suffix, -1))
    return FALSE;

  return TRUE;
}

/**
 * atlas_anchor_text_find:
 * @index: the article's text now, indexed by atlas_anchor_text_new()
 * @quote: the source's quote (its words, which must be found exactly)
 * @prefix: (nullable): the stored prefix
 * @suffix: (nullable): the stored suffix
 * @old_start: the source's stored start, in code points
 * @new_start: (out): where the quote is now, when found
 * @new_end: (out): where it ends now, when found
 *
 * Finds a source's words again after its article's text changed.
 *
 * Returns: %ATLAS_ANCHOR_EXACT when the stored offsets still hold the quote in its context;
 *   %ATLAS_ANCHOR_MOVED when one occurrence of the quote is, without doubt, the same words
 *   (@new_start and @new_end are set); %ATLAS_ANCHOR_ORPHANED otherwise (they are not)
 */
AtlasAnchorState
atlas_anchor_text_find (const AtlasAnchorText *index,
                        const char            *quote,
                        const char            *prefix,
                        const char            *suffix,
                        guint                  old_start,
                        guint                 *new_start,
                        guint                 *new_end)
{
  const char *text;
  const char *old, *hit, *scan, *best_hit = NULL;
  gsize quote_len, prefix_len;
  guint quote_chars, prefix_chars, suffix_chars;
  guint n_found = 0, n_best = 0;
  int best_score = -1;
  gboolean best_full = FALSE;

  g_return_val_if_fail (index != NULL, ATLAS_ANCHOR_ORPHANED);
  g_return_val_if_fail (new_start != NULL && new_end != NULL, ATLAS_ANCHOR_ORPHANED);

  text = index->text;

  if (quote == NULL || quote[0] == '\0')
    return ATLAS_ANCHOR_ORPHANED;

  quote_len = strlen (quote);
  quote_chars = g_utf8_strlen (quote, quote_len);

  if ((old = text_pointer_at (index, old_start)) && strncmp (old, quote, quote_len) == 0 &&
      atlas_anchor_agrees (text, old, old + quote_len, prefix, suffix))
    {
      *new_start = old_start;
      *new_end = old_start + quote_chars;
      return ATLAS_ANCHOR_EXACT;
    }

  prefix = prefix ? prefix : "";
  suffix = suffix ? suffix : "";
  prefix_len = strlen (prefix);
  prefix_chars = g_utf8_strlen (prefix, prefix_len);
  suffix_chars = g_utf8_strlen (suffix, -1);

  for (scan = text; (hit = strstr (scan, quote)); scan = g_utf8_next_char (hit))
    {
      guint before = match_backward (text, hit, prefix, prefix_len);
      guint after = match_forward (hit + quote_len, suffix);
      int score = before + after;
      /* An empty context agrees fully only at the edge of the text it was taken at */
      gboolean full = (before == prefix_chars && (prefix_chars > 0 || hit == text)) ||
                      (after == suffix_chars && (suffix_chars > 0 || hit[quote_len] == '\0'));

      n_found++;

      if (score > best_score)
        {
          best_score = score;
          best_hit = hit;
          best_full = full;
          n_best = 1;
        }
      else if (score == best_score)
        n_best++;
    }

  if (n_best != 1 || !(best_full || (n_found == 1 && best_score > 0)))
    return ATLAS_ANCHOR_ORPHANED;

  *new_start = text_offset_of (index, best_hit);
  *new_end = *new_start + quote_chars;
  return ATLAS_ANCHOR_MOVED;
}

/**
 * atlas_anchor_find:
 * @text: the article's text now
 * @quote: the source's quote
 * @prefix: (nullable): the stored prefix
 * @suffix: (nullable): the stored suffix
 * @old_start: the source's stored start, in code points
 * @new_start: (out): where the quote is now, when found
 * @new_end: (out): where it ends now, when found
 *
 * atlas_anchor_text_find() for one source of @text.
 *
 * Returns: the source's state
 */
AtlasAnchorState
atlas_anchor_find (const char *text,
                   const char *quote,
                   const char *prefix,
                   const char *suffix,
                   guint       old_start,
                   guint      *new_start,
                   guint      *new_end)
{
  AtlasAnchorText *index;
  AtlasAnchorState state;

  g_return_val_if_fail (text != NULL, ATLAS_ANCHOR_ORPHANED);

  index = atlas_anchor_text_new (text);
  state = atlas_anchor_text_find (index, quote, prefix, suffix, old_start, new_start, new_end);
  atlas_anchor_text_free (index);

  return state;
}

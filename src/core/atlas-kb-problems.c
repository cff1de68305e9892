/* atlas-kb-problems.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-kb"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "atlas-json-guard.h"
#include "atlas-kb-loader-private.h"

/* The problem locator. The loader reports a problem by the JSON path it is reading (the
 * tree keeps no positions); this file turns paths into lines and columns with one tolerant
 * walk over the text, and finds the problems that only the text shows: syntax errors and
 * duplicate members. */

void
_atlas_loader_pending_free (Pending *p)
{
  g_array_unref (p->segments);
  g_free (p->path);
  g_free (p->message);
  g_free (p);
}

/* The segments of a path; NULL when empty (an empty GArray has no data to point into) */
static const Segment *
segments_of (GArray *path)
{
  return path->len > 0 ? &g_array_index (path, Segment, 0) : NULL;
}

static char *
format_path (const Segment *segs,
             guint          n)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    atlas_json_path_append (str, segs[i].key, segs[i].index);

  return g_string_free (str, FALSE);
}

char *
_atlas_loader_path (Loader *L)
{
  return format_path (segments_of (L->path), L->path->len);
}

void
_atlas_loader_push_key (Loader     *L,
                        const char *key)
{
  Segment seg = { key, 0 };
  g_array_append_val (L->path, seg);
}

void
_atlas_loader_push_index (Loader *L,
                          guint   index)
{
  Segment seg = { NULL, index };
  g_array_append_val (L->path, seg);
}

void
_atlas_loader_pop (Loader *L)
{
  g_assert (L->path->len > 0);
  g_array_set_size (L->path, L->path->len - 1);
}

static gboolean
too_many_problems (Loader *L)
{
  if (L->pending->len < ATLAS_KB_MAX_PROBLEMS)
    return FALSE;

  L->n_dropped++;
  return TRUE;
}

G_GNUC_PRINTF (4, 0)
static void
report_valist (Loader     *L,
               gboolean    warning,
               const char *member,
               const char *format,
               va_list     args)
{
  Pending *p;

  if (!warning)
    L->n_errors++;

  if (too_many_problems (L))
    return;

  p = g_new0 (Pending, 1);
  p->warning = warning;
  p->segments = g_array_copy (L->path);
  if (member)
    {
      Segment seg = { member, 0 };
      g_array_append_val (p->segments, seg);
    }

  p->message = g_strdup_vprintf (format, args);
  g_ptr_array_add (L->pending, p);
}

/* Records a problem at the current path, or at its member @member when not NULL */
void
_atlas_loader_report (Loader     *L,
                      const char *member,
                      const char *format,
                      ...)
{
  va_list args;

  va_start (args, format);
  report_valist (L, FALSE, member, format, args);
  va_end (args);
}

/* Records a warning: something the user must know that does not refuse the file */
void
_atlas_loader_warn (Loader     *L,
                    const char *member,
                    const char *format,
                    ...)
{
  va_list args;

  va_start (args, format);
  report_valist (L, TRUE, member, format, args);
  va_end (args);
}

/* Records a problem found before or while parsing, at a byte offset when there is one */
void
_atlas_loader_report_at (Loader     *L,
                         gboolean    has_offset,
                         gsize       offset,
                         const char *message)
{
  Pending *p;

  L->n_errors++;
  if (too_many_problems (L))
    return;

  p = g_new0 (Pending, 1);
  p->segments = g_array_new (FALSE, FALSE, sizeof (Segment));
  p->message = g_strdup (message);
  p->has_offset = has_offset;
  p->unlocated = !has_offset;
  p->offset = offset;
  if (has_offset && L->data)
    p->path = atlas_json_walk (L->data, L->length, offset, NULL, NULL);
  g_ptr_array_add (L->pending, p);
}

/* json-glib says "<data>:LINE:COL: Parse error: WHAT"; keep WHAT and the position */
void
_atlas_loader_report_syntax_error (Loader       *L,
                                   const GError *error)
{
  g_autofree char *message = NULL;
  const char *what = error->message;
  const char *marker;
  guint line = 0, column = 0;
  gboolean known;

  known = sscanf (error->message, "<data>:%u:%u:", &line, &column) == 2 && line > 0;

  if ((marker = strstr (error->message, "Parse error: ")))
    what = marker + strlen ("Parse error: ");

  message = g_strdup_printf (_("invalid JSON: %s"), what);
  _atlas_loader_report_at (L, known, known ? atlas_json_line_to_offset (L->data, L->length, line, column) : 0, message);
}

/* Duplicate member names.
 *
 * json-glib keeps the last of two members with the same name and says nothing, so a KB
 * that gives an event two dates would silently lose one. The guard counts the members in
 * the text; a tree that holds fewer had duplicates, and only then is the text walked to
 * say where. */

guint64
_atlas_loader_count_members (JsonNode *node)
{
  guint64 n = 0;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      JsonNode *member;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, NULL, &member))
        n += 1 + _atlas_loader_count_members (member);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      guint length = json_array_get_length (array);

      for (guint i = 0; i < length; i++)
        n += _atlas_loader_count_members (json_array_get_element (array, i));
    }

  return n;
}

typedef struct
{
  Loader     *L;
  GHashTable *seen;      /* path → offset + 1 of its first value */
  GString    *reported;  /* the last duplicate reported: its own members repeat too */
  guint       n_found;
} DuplicateWalk;

static void
find_duplicate (const char *path,
                gsize       offset,
                gpointer    user_data)
{
  DuplicateWalk *walk = user_data;
  gsize reported_len = walk->reported->len;
  gpointer first;
  guint line, column;
  Pending *p;

  if (reported_len > 0 && g_str_has_prefix (path, walk->reported->str) &&
      (path[reported_len] == '.' || path[reported_len] == '['))
    return;

  if (!g_hash_table_lookup_extended (walk->seen, path, NULL, &first))
    {
      g_hash_table_insert (walk->seen, g_strdup (path), GSIZE_TO_POINTER (offset + 1));
      return;
    }

  g_string_assign (walk->reported, path);
  walk->n_found++;
  walk->L->n_errors++;
  if (too_many_problems (walk->L))
    return;

  atlas_json_offset_to_line (walk->L->data, walk->L->length, GPOINTER_TO_SIZE (first) - 1, &line, &column);
  p = g_new0 (Pending, 1);
  p->segments = g_array_new (FALSE, FALSE, sizeof (Segment));
  p->path = g_strdup (path);
  p->has_offset = TRUE;
  p->offset = offset;
  p->message = g_strdup_printf (_("duplicate member, already given at line %u, column %u; expected each "
                                  "name once per object (only one of the values could be kept)"),
                                line, column);
  g_ptr_array_add (walk->L->pending, p);
}

void
_atlas_loader_report_duplicate_members (Loader *L)
{
  DuplicateWalk walk = { L, g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL), g_string_new (NULL), 0 };

  g_free (atlas_json_walk (L->data, L->length, G_MAXSIZE, find_duplicate, &walk));
  /* The walk and the parser read the same text; should they ever disagree, still say it */
  if (walk.n_found == 0)
    _atlas_loader_report_at (L, FALSE, 0, _("an object has a duplicate member; expected each name once per object"));
  g_hash_table_unref (walk.seen);
  g_string_free (walk.reported, TRUE);
}

static void
record_offset (const char *path,
               gsize       offset,
               gpointer    user_data)
{
  GHashTable *wanted = user_data;

  /* Replace: json-glib keeps the last of duplicate members (each is also a problem) */
  if (g_hash_table_contains (wanted, path))
    g_hash_table_insert (wanted, g_strdup (path), GSIZE_TO_POINTER (offset + 1));
}

/* Gives every problem its line and column, in one walk over the text however many problems
 * there are: the problem's own value if it exists, else its nearest ancestor (the object
 * that lacks a required member, say). */
GPtrArray *
_atlas_loader_finish_problems (Loader *L)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_problem_free);
  g_autoptr(GHashTable) wanted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < L->pending->len; i++)
    {
      Pending *p = g_ptr_array_index (L->pending, i);

      for (guint k = 0; !p->has_offset && !p->unlocated && k <= p->segments->len; k++)
        g_hash_table_insert (wanted, format_path (segments_of (p->segments), k), NULL);
    }

  if (g_hash_table_size (wanted) > 0 && L->data)
    g_free (atlas_json_walk (L->data, L->length, G_MAXSIZE, record_offset, wanted));

  for (guint i = 0; i < L->pending->len; i++)
    {
      Pending *p = g_ptr_array_index (L->pending, i);
      g_autofree char *path = p->path ? g_strdup (p->path)
                                      : format_path (segments_of (p->segments), p->segments->len);
      guint line = 0, column = 0;
      gsize offset = p->offset;
      gboolean found = p->has_offset;

      for (guint k = p->segments->len + 1; !found && !p->unlocated && k > 0; k--)
        {
          g_autofree char *prefix = format_path (segments_of (p->segments), k - 1);
          gpointer value = g_hash_table_lookup (wanted, prefix);

          if (value)
            {
              offset = GPOINTER_TO_SIZE (value) - 1;
              found = TRUE;
            }
        }

      if (found && L->data)
        atlas_json_offset_to_line (L->data, L->length, offset, &line, &column);

      g_ptr_array_add (problems, p->warning ? atlas_problem_new_warning (L->file, line, column, path, p->message)
                                            : atlas_problem_new (L->file, line, column, path, p->message));
    }

  if (L->n_dropped > 0)
    {
      g_autofree char *message =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more problem not shown",
                                      "%u more problems not shown", L->n_dropped), L->n_dropped);
      /* Only warnings were left out when the file has no error */
      g_ptr_array_add (problems, L->n_errors > 0 ? atlas_problem_new (L->file, 0, 0, NULL, message)
                                                 : atlas_problem_new_warning (L->file, 0, 0, NULL, message));
    }

  return problems;
}

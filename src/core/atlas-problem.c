/* atlas-problem.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-problem"

#include "config.h"

#include "atlas-problem.h"

G_DEFINE_BOXED_TYPE (AtlasProblem, atlas_problem, atlas_problem_copy, atlas_problem_free)

AtlasProblem *
atlas_problem_new (const char *file,
                   guint       line,
                   guint       column,
                   const char *path,
                   const char *message)
{
  AtlasProblem *self = g_new0 (AtlasProblem, 1);

  self->file = g_strdup (file);
  self->line = line;
  self->column = column;
  self->path = g_strdup (path ? path : "");
  self->message = g_strdup (message);

  return self;
}

/**
 * atlas_problem_new_warning:
 *
 * Like atlas_problem_new(), for something the user should know that does not stop the KB
 * from loading.
 */
AtlasProblem *
atlas_problem_new_warning (const char *file,
                           guint       line,
                           guint       column,
                           const char *path,
                           const char *message)
{
  AtlasProblem *self = atlas_problem_new (file, line, column, path, message);

  self->warning = TRUE;
  return self;
}

AtlasProblem *
atlas_problem_copy (const AtlasProblem *self)
{
  AtlasProblem *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = atlas_problem_new (self->file, self->line, self->column, self->path, self->message);
  copy->warning = self->warning;
  return copy;
}

void
atlas_problem_free (AtlasProblem *self)
{
  if (self == NULL)
    return;

  g_free (self->file);
  g_free (self->path);
  g_free (self->message);
  g_free (self);
}

/**
 * atlas_problem_to_string:
 *
 * Formats the problem the GNU way, so that editors can jump to it:
 * `FILE:LINE:COLUMN: PATH: MESSAGE`, leaving out what is not known; a warning reads
 * `FILE:LINE:COLUMN: PATH: warning: MESSAGE`, as compilers write theirs.
 *
 * Returns: (transfer full): the formatted problem
 */
char *
atlas_problem_to_string (const AtlasProblem *self)
{
  GString *str;

  g_return_val_if_fail (self != NULL, NULL);

  str = g_string_new (self->file ? self->file : "<data>");

  if (self->line > 0)
    {
      g_string_append_printf (str, ":%u", self->line);
      if (self->column > 0)
        g_string_append_printf (str, ":%u", self->column);
    }

  g_string_append (str, ": ");

  if (self->path && self->path[0])
    g_string_append_printf (str, "%s: ", self->path);

  if (self->warning)
    g_string_append (str, "warning: ");

  g_string_append (str, self->message);

  return g_string_free (str, FALSE);
}

/**
 * atlas_problems_count_errors:
 * @problems: (nullable) (element-type AtlasProblem): problems
 *
 * Returns: how many of @problems are errors rather than warnings
 */
guint
atlas_problems_count_errors (GPtrArray *problems)
{
  guint n = 0;

  for (guint i = 0; problems && i < problems->len; i++)
    n += !((AtlasProblem *) g_ptr_array_index (problems, i))->warning;

  return n;
}

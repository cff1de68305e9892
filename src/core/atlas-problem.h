/* atlas-problem.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ATLAS_TYPE_PROBLEM (atlas_problem_get_type ())

/**
 * AtlasProblem:
 * @file: the file's display name, or %NULL
 * @line: 1-based line, or 0 when not known
 * @column: 1-based column in characters, or 0 when not known
 * @path: the JSON path (`events[3].sources[0].end`); "" for the whole document
 * @message: what was found and what was expected
 * @warning: %TRUE when the KB still loads (a source re-anchored or orphaned after its
 *   article's text changed); %FALSE for an error, which refuses the file
 *
 * One problem found in a knowledge base file.
 */
typedef struct
{
  char     *file;
  guint     line;
  guint     column;
  char     *path;
  char     *message;
  gboolean  warning;
} AtlasProblem;

GType         atlas_problem_get_type      (void) G_GNUC_CONST;
AtlasProblem *atlas_problem_new           (const char         *file,
                                           guint               line,
                                           guint               column,
                                           const char         *path,
                                           const char         *message);
AtlasProblem *atlas_problem_new_warning   (const char         *file,
                                           guint               line,
                                           guint               column,
                                           const char         *path,
                                           const char         *message);
AtlasProblem *atlas_problem_copy          (const AtlasProblem *self);
void          atlas_problem_free          (AtlasProblem       *self);
char         *atlas_problem_to_string     (const AtlasProblem *self);
guint         atlas_problems_count_errors (GPtrArray          *problems);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtlasProblem, atlas_problem_free)

G_END_DECLS

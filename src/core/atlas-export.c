/* atlas-export.c: taking the KB's facts out to other tools (issue 9)
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-export"

#include "config.h"

#include <errno.h>
#include <stdio.h>

#include <glib/gi18n.h>

#include "atlas-article.h"
#include "atlas-export-private.h"
#include "atlas-figures.h"

typedef struct
{
  const char *name;
  const char *extension;
} FormatInfo;

static const FormatInfo formats[ATLAS_N_EXPORT_FORMATS] = {
  [ATLAS_EXPORT_GEOJSON] = { "geojson", "geojson" },
  [ATLAS_EXPORT_CSV] = { "csv", "csv" },
  [ATLAS_EXPORT_ANNOTATIONS] = { "annotations", "jsonld" },
};

G_DEFINE_QUARK (atlas-export-error-quark, atlas_export_error)

/* Helpers shared by the formats */

gboolean
_atlas_export_write_json (JsonNode      *root,
                          GOutputStream *out,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, root);

  return json_generator_to_stream (generator, out, cancellable, error) &&
         g_output_stream_write_all (out, "\n", 1, NULL, cancellable, error);
}

/*
 * How many people several figures say were killed: the program's one rule for totals,
 * atlas_figures_total(), which never counts twice the figures that may count the same people.
 *
 * Returns: %FALSE when no figure gives a number killed: unknown, not zero
 */
gboolean
_atlas_export_killed_range (GPtrArray        *casualties,
                            AtlasKilledRange *range)
{
  AtlasCount total = { -1, -1, NULL };

  g_assert (range != NULL);

  if (casualties && casualties->len)
    atlas_figures_total (casualties, FALSE, &total);

  range->low = total.min;
  range->high = total.min >= 0 ? total.max : -1;
  return total.min >= 0;
}

/* The article's text from code point @start to @end (exclusive), clamped to the text */
char *
_atlas_export_slice (AtlasArticle *article,
                     guint         start,
                     guint         end)
{
  guint n_chars = atlas_article_get_n_chars (article);
  const char *from, *to;

  start = MIN (start, n_chars);
  end = CLAMP (end, start, n_chars);
  from = atlas_article_offset_to_pointer (article, start);
  to = atlas_article_offset_to_pointer (article, end);

  return g_strndup (from, to - from);
}

/* Public API */

/**
 * atlas_export_format_to_string:
 *
 * Returns: the name of @format on the command line: `geojson`, `csv` or `annotations`
 */
const char *
atlas_export_format_to_string (AtlasExportFormat format)
{
  g_return_val_if_fail (format < ATLAS_N_EXPORT_FORMATS, NULL);
  return formats[format].name;
}

/**
 * atlas_export_format_parse:
 * @text: a format's name, as atlas_export_format_to_string() gives it
 * @format: (out): where the format goes
 *
 * Returns: %TRUE if @text names a format
 */
gboolean
atlas_export_format_parse (const char        *text,
                           AtlasExportFormat *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  for (guint i = 0; text && i < ATLAS_N_EXPORT_FORMATS; i++)
    if (g_str_equal (text, formats[i].name))
      {
        *format = i;
        return TRUE;
      }

  return FALSE;
}

/**
 * atlas_export_format_get_extension:
 *
 * Returns: the file name extension for @format, without the dot
 */
const char *
atlas_export_format_get_extension (AtlasExportFormat format)
{
  g_return_val_if_fail (format < ATLAS_N_EXPORT_FORMATS, NULL);
  return formats[format].extension;
}

/**
 * atlas_export_write:
 * @kb: the knowledge base to export
 * @format: what to write
 * @out: where to write it; left open
 *
 * Writes every place, event and casualty figure of @kb in @format, as data/export-formats.md
 * describes. Writes no coordinate, date or figure that the KB does not give.
 *
 * Returns: %TRUE on success
 */
gboolean
atlas_export_write (AtlasKb            *kb,
                    AtlasExportFormat   format,
                    GOutputStream      *out,
                    GCancellable       *cancellable,
                    GError            **error)
{
  g_return_val_if_fail (ATLAS_IS_KB (kb), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  switch (format)
    {
    case ATLAS_EXPORT_GEOJSON:
      return _atlas_export_geojson (kb, out, cancellable, error);
    case ATLAS_EXPORT_CSV:
      return _atlas_export_csv (kb, out, cancellable, error);
    case ATLAS_EXPORT_ANNOTATIONS:
      return _atlas_export_annotations (kb, out, cancellable, error);
    default:
      g_set_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_UNKNOWN_FORMAT,
                   "Unknown export format %d", format);
      return FALSE;
    }
}

/**
 * atlas_export_to_file:
 *
 * Like atlas_export_write(), into @file. The export is made in memory first, so that a
 * failed export leaves @file as it was; an existing file is then replaced at once (a
 * temporary file renamed over it).
 *
 * Returns: %TRUE on success
 */
gboolean
atlas_export_to_file (AtlasKb            *kb,
                      AtlasExportFormat   format,
                      GFile              *file,
                      GCancellable       *cancellable,
                      GError            **error)
{
  g_autoptr(GOutputStream) memory = NULL;

  g_return_val_if_fail (ATLAS_IS_KB (kb), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  memory = g_memory_output_stream_new_resizable ();
  if (!atlas_export_write (kb, format, memory, cancellable, error) ||
      !g_output_stream_close (memory, cancellable, error))
    return FALSE;

  return g_file_replace_contents (file,
                                  g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (memory)),
                                  g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (memory)),
                                  NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, cancellable, error);
}

/**
 * atlas_export_run:
 * @format: a format's name, from the command line
 * @kb_path: the KB file, as the user named it
 * @out_path: (nullable): the file to write, or %NULL for standard output
 *
 * What `aleppo-atlas --export FORMAT FILE [-o OUT]` does; needs no display. Prints what went
 * wrong on standard error, naming the file.
 *
 * Returns: the exit status: 0, 1 when the KB cannot be read or the output written, 2 for a
 *   usage error
 */
int
atlas_export_run (const char *format,
                  const char *kb_path,
                  const char *out_path)
{
  g_autoptr(GFile) kb_file = NULL;
  g_autoptr(AtlasKb) kb = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  AtlasExportFormat parsed;

  if (!atlas_export_format_parse (format, &parsed))
    {
      /* Translators: the first %s is what the user typed after --export; the names
       * geojson, csv and annotations are typed as they are, not translated */
      g_printerr (_("Unknown export format “%s”: expected geojson, csv or annotations\n"), format ? format : "");
      return 2;
    }

  if (kb_path == NULL)
    {
      g_printerr ("%s\n", _("--export needs a knowledge base FILE"));
      return 2;
    }

  kb_file = g_file_new_for_commandline_arg (kb_path);
  if (!(kb = atlas_kb_new_from_file (kb_file, NULL, &problems, &error)))
    {
      for (guint i = 0; problems && i < problems->len; i++)
        {
          AtlasProblem *problem = g_ptr_array_index (problems, i);
          g_autofree char *line = NULL;

          g_free (problem->file);
          problem->file = g_strdup (kb_path);
          line = atlas_problem_to_string (problem);
          g_printerr ("%s\n", line);
        }

      if (problems == NULL || problems->len == 0)
        g_printerr ("%s: %s\n", kb_path, error->message);

      return 1;
    }

  if (out_path != NULL && !g_str_equal (out_path, "-"))
    {
      g_autoptr(GFile) out_file = g_file_new_for_commandline_arg (out_path);

      if (!atlas_export_to_file (kb, parsed, out_file, NULL, &error))
        {
          g_printerr ("%s: %s\n", out_path, error->message);
          return 1;
        }
    }
  else
    {
      /* In memory first: a KB is at most a few megabytes, and a failed export then prints
       * nothing rather than half a file */
      g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
      g_autoptr(GBytes) bytes = NULL;

      if (!atlas_export_write (kb, parsed, memory, NULL, &error) ||
          !g_output_stream_close (memory, NULL, &error))
        {
          g_printerr ("%s: %s\n", kb_path, error->message);
          return 1;
        }

      bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
      if (fwrite (g_bytes_get_data (bytes, NULL), 1, g_bytes_get_size (bytes), stdout) != g_bytes_get_size (bytes) ||
          fflush (stdout) != 0)
        {
          g_printerr ("%s: %s\n", _("standard output"), g_strerror (errno));
          return 1;
        }
    }

  return 0;
}

/**
 * atlas_export_format_citation:
 * @article: where @excerpt comes from
 * @excerpt: a passage of @article's text
 *
 * Formats an excerpt for pasting elsewhere with where it comes from:
 * `“excerpt” — Outlet, 22 Sep 2016, “Title”, https://…`. What the article does not give (a
 * date, a URL) is left out, never made up.
 *
 * Returns: (transfer full): the excerpt with its citation
 */
char *
atlas_export_format_citation (AtlasArticle *article,
                              const char   *excerpt)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *date = NULL;
  g_autofree char *trimmed = NULL;
  g_autofree char *citation = NULL;
  const char *outlet, *title, *url;

  g_return_val_if_fail (ATLAS_IS_ARTICLE (article), NULL);
  g_return_val_if_fail (excerpt != NULL, NULL);

  outlet = atlas_article_get_outlet (article);
  title = atlas_article_get_title (article);
  url = atlas_article_get_url (article);
  date = atlas_article_format_date (article);

  if (outlet && *outlet)
    g_ptr_array_add (parts, g_strdup (outlet));
  if (date && *date)
    g_ptr_array_add (parts, g_steal_pointer (&date));
  if (title && *title)
    /* Translators: an article's title quoted in a citation; use your language's quotation marks */
    g_ptr_array_add (parts, g_strdup_printf (_("“%s”"), title));
  if (url && *url)
    g_ptr_array_add (parts, g_strdup (url));
  g_ptr_array_add (parts, NULL);

  trimmed = g_strstrip (g_strdup (excerpt));
  /* Translators: the separator between the parts of a citation: outlet, date, title, URL */
  citation = g_strjoinv (_(", "), (char **) parts->pdata);

  if (*citation == '\0')
    return g_strdup_printf (_("“%s”"), trimmed);

  /* Translators: an excerpt in quotation marks, then where it comes from:
   * “Barrel bombs struck…” — Example Wire, 12 Oct 2016, “Example report”, https://example.org */
  return g_strdup_printf (_("“%s” — %s"), trimmed, citation);
}

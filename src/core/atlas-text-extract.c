/* atlas-text-extract.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-text-extract"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "atlas-text-extract-private.h"

/* The text of a report to add (issue 9), from a pasted text or a .txt, .md or .html file.
 *
 * The text extracted is the text the KB stores and the reader shows, and sources quote it by
 * code point: so it is made once, here, and never again, and it is plain: paragraphs are lines
 * with a blank line between them, runs of spaces inside a paragraph are one space (as a browser
 * shows them), and no markup is left. Nothing is added that the report does not say. */

G_DEFINE_QUARK (atlas-text-extract-error-quark, atlas_text_extract_error)

static gboolean
has_suffix_nocase (const char *name,
                   const char *suffix)
{
  gsize n = strlen (name), m = strlen (suffix);

  return n >= m && g_ascii_strcasecmp (name + n - m, suffix) == 0;
}

/**
 * atlas_text_format_guess:
 * @filename: (nullable): the file's name, or %NULL for a pasted text
 *
 * Returns: the format by the name's extension, else by what the text begins with: HTML when
 *   it starts with a doctype or an `<html>` tag, plain text otherwise (Markdown that is not
 *   named so reads well enough as plain text)
 */
AtlasTextFormat
atlas_text_format_guess (const char *filename,
                         const char *data,
                         gsize       length)
{
  g_autofree char *head = NULL;

  if (filename != NULL)
    {
      if (has_suffix_nocase (filename, ".html") || has_suffix_nocase (filename, ".htm") ||
          has_suffix_nocase (filename, ".xhtml"))
        return ATLAS_TEXT_FORMAT_HTML;
      if (has_suffix_nocase (filename, ".md") || has_suffix_nocase (filename, ".markdown") ||
          has_suffix_nocase (filename, ".mdown"))
        return ATLAS_TEXT_FORMAT_MARKDOWN;
      if (has_suffix_nocase (filename, ".txt") || has_suffix_nocase (filename, ".text"))
        return ATLAS_TEXT_FORMAT_PLAIN;
    }

  if (data == NULL)
    return ATLAS_TEXT_FORMAT_PLAIN;

  /* Only the beginning, past a byte order mark and white space */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    data += 3, length -= 3;
  while (length > 0 && g_ascii_isspace (*data))
    data++, length--;
  head = g_ascii_strdown (data, MIN (length, 64));

  if (g_str_has_prefix (head, "<!doctype html") || g_str_has_prefix (head, "<html") ||
      g_str_has_prefix (head, "<?xml") || g_str_has_prefix (head, "<head") ||
      g_str_has_prefix (head, "<body"))
    return ATLAS_TEXT_FORMAT_HTML;

  return ATLAS_TEXT_FORMAT_PLAIN;
}

/* Line ends become \n; white space at the ends of lines goes, and so do blank lines at the
 * ends of the text; two or more blank lines become one. */
char *
_atlas_text_tidy (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  guint pending_newlines = 0;
  const char *p = text;

  while (*p)
    {
      const char *line = p;
      const char *line_end;
      const char *q;

      while (*p && *p != '\n' && *p != '\r')
        p++;
      line_end = p;
      if (*p == '\r' && p[1] == '\n')
        p += 2;
      else if (*p)
        p++;

      /* Trim the line's end: ASCII white space and no-break spaces */
      q = line_end;
      while (q > line)
        {
          const char *prev = g_utf8_find_prev_char (line, q);
          gunichar c = g_utf8_get_char (prev);

          if (!(c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == 0x00A0))
            break;
          q = prev;
        }

      if (q == line)
        {
          if (out->len > 0)
            pending_newlines = MAX (pending_newlines, 2);
          continue;
        }

      if (out->len > 0)
        {
          for (guint i = 0; i < MAX (pending_newlines, 1u); i++)
            g_string_append_c (out, '\n');
        }
      pending_newlines = 0;
      g_string_append_len (out, line, q - line);
    }

  return g_string_free (out, FALSE);
}

/* A title from the first line of a plain text, when it looks like one: short, and followed by
 * more text */
static char *
first_line_title (const char *text)
{
  const char *nl = strchr (text, '\n');

  if (nl == NULL || nl == text || g_utf8_strlen (text, nl - text) > 200)
    return NULL;

  return g_strndup (text, nl - text);
}

/**
 * atlas_text_extract:
 * @data: the report's bytes
 * @length: how many, or -1 when @data ends with NUL
 * @title: (out) (optional) (nullable): the report's title when it has one (an HTML page's
 *   `<title>` or first heading, a Markdown file's first heading, a plain text's first line
 *   when it is short), for the form to propose; %NULL when none
 *
 * Returns: (transfer full) (nullable): the text, or %NULL with @error set when @data is not
 *   UTF-8 (the error names the byte offset) or holds no text
 */
char *
atlas_text_extract (const char       *data,
                    gsize             length,
                    AtlasTextFormat   format,
                    char            **title,
                    GError          **error)
{
  g_autofree char *raw = NULL;
  g_autofree char *found_title = NULL;
  g_autofree char *text = NULL;
  const char *bad;

  g_return_val_if_fail (data != NULL, NULL);

  if (length == (gsize) -1)
    length = strlen (data);

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    data += 3, length -= 3;

  if (!g_utf8_validate_len (data, length, &bad))
    {
      g_set_error (error, ATLAS_TEXT_EXTRACT_ERROR, ATLAS_TEXT_EXTRACT_ERROR_ENCODING,
                   _("The text is not UTF-8: byte %lu is not a character. Save it as UTF-8 and try again."),
                   (unsigned long) (bad - data) + 1);
      return NULL;
    }

  raw = g_strndup (data, length);

  switch (format)
    {
    case ATLAS_TEXT_FORMAT_HTML:
      text = _atlas_text_extract_html (raw, &found_title);
      break;

    case ATLAS_TEXT_FORMAT_MARKDOWN:
      text = _atlas_text_extract_markdown (raw, &found_title);
      break;

    case ATLAS_TEXT_FORMAT_PLAIN:
    default:
      text = _atlas_text_tidy (raw);
      found_title = first_line_title (text);
      break;
    }

  if (text == NULL || *text == '\0')
    {
      g_set_error_literal (error, ATLAS_TEXT_EXTRACT_ERROR, ATLAS_TEXT_EXTRACT_ERROR_EMPTY,
                           _("There is no text in it."));
      return NULL;
    }

  if (title)
    *title = (found_title && *found_title) ? g_steal_pointer (&found_title) : NULL;

  return g_steal_pointer (&text);
}

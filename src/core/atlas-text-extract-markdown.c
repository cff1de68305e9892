/* atlas-text-extract-markdown.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-text-extract"

#include "config.h"

#include <string.h>

#include "atlas-text-extract-private.h"

/* The text of a Markdown file as it reads once rendered (CommonMark's common cases):
 * a paragraph's lines join into one line; headings, block quotes and list items lose their
 * marks; links and images keep their text; emphasis, code spans and backslash escapes lose
 * their marks; fenced code keeps its lines; link reference definitions and thematic breaks go. */

typedef struct
{
  GString *out;
  GString *para;      /* the paragraph being joined */
  guint    sep;       /* line breaks before it: 1 between list items, else 2 */
  char    *title;
} Markdown;

static void
end_paragraph (Markdown *md)
{
  if (md->para->len > 0)
    {
      if (md->out->len > 0)
        g_string_append (md->out, md->sep > 1 ? "\n\n" : "\n");
      g_string_append_len (md->out, md->para->str, md->para->len);
      g_string_truncate (md->para, 0);
    }
  md->sep = 2;
}

static gboolean
is_punct_or_space (gunichar c)
{
  return c == 0 || g_unichar_isspace (c) || g_unichar_ispunct (c);
}

/* Emphasis marks ("*", "_", "~~") that open or close a span: a run that touches a word on one
 * side only. "2 * 3" keeps its star (spaces both sides) and "snake_case" its underscore (words
 * both sides). */
static gboolean
is_emphasis_run (const char *line,
                 const char *run,
                 gsize       run_len)
{
  gunichar before = run > line ? g_utf8_get_char (g_utf8_find_prev_char (line, run)) : 0;
  gunichar after = g_utf8_get_char (run + run_len);
  gboolean space_before = before == 0 || g_unichar_isspace (before);
  gboolean space_after = after == 0 || g_unichar_isspace (after);

  if (space_before && space_after)
    return FALSE;

  /* Inside a word ("snake_case", "a*b") it is a character */
  return is_punct_or_space (before) || is_punct_or_space (after);
}

/* The inline marks of one line's text taken out, appended to @out */
static void
append_inline (GString    *out,
               const char *line)
{
  const char *p = line;

  while (*p)
    {
      if (*p == '\\' && p[1] && g_ascii_ispunct (p[1]))
        {
          g_string_append_c (out, p[1]);
          p += 2;
          continue;
        }

      /* Images and links: ![alt](url), [text](url), [text][ref], [text] */
      if ((*p == '[') || (*p == '!' && p[1] == '['))
        {
          const char *open = (*p == '!') ? p + 1 : p;
          const char *close = strchr (open + 1, ']');

          if (close && (close[1] == '(' || close[1] == '['))
            {
              const char *end = strchr (close + 2, close[1] == '(' ? ')' : ']');

              if (end)
                {
                  g_autofree char *inner = g_strndup (open + 1, close - open - 1);

                  append_inline (out, inner);
                  p = end + 1;
                  continue;
                }
            }
        }

      /* Autolinks: <https://…> */
      if (*p == '<' && (g_str_has_prefix (p + 1, "http://") || g_str_has_prefix (p + 1, "https://") ||
                        g_str_has_prefix (p + 1, "mailto:")))
        {
          const char *end = strchr (p, '>');

          if (end && !memchr (p, ' ', end - p))
            {
              g_string_append_len (out, p + 1, end - p - 1);
              p = end + 1;
              continue;
            }
        }

      /* Code spans keep their text as is */
      if (*p == '`')
        {
          gsize ticks = strspn (p, "`");
          g_autofree char *fence = g_strndup (p, ticks);
          const char *end = strstr (p + ticks, fence);

          if (end)
            {
              const char *s = p + ticks, *e = end;

              if (e - s >= 2 && *s == ' ' && e[-1] == ' ')
                s++, e--;
              g_string_append_len (out, s, e - s);
              p = end + ticks;
              continue;
            }
        }

      if (*p == '*' || *p == '_' || (*p == '~' && p[1] == '~'))
        {
          gsize run = strspn (p, *p == '*' ? "*" : *p == '_' ? "_" : "~");

          if (is_emphasis_run (line, p, run))
            {
              p += run;
              continue;
            }
          g_string_append_len (out, p, run);
          p += run;
          continue;
        }

      {
        const char *next = g_utf8_next_char (p);
        g_string_append_len (out, p, next - p);
        p = next;
      }
    }
}

/* The text of a heading line "## Title ##", or NULL */
static char *
atx_heading (const char *line)
{
  gsize hashes = strspn (line, "#");
  const char *s;
  const char *e;

  if (hashes < 1 || hashes > 6 || (line[hashes] != ' ' && line[hashes] != '\t' && line[hashes] != '\0'))
    return NULL;

  s = line + hashes;
  while (*s == ' ' || *s == '\t')
    s++;
  e = s + strlen (s);
  while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
    e--;
  /* A closing run of #s, when a space comes before it */
  {
    const char *h = e;
    while (h > s && h[-1] == '#')
      h--;
    if (h < e && (h == s || h[-1] == ' ' || h[-1] == '\t'))
      {
        e = h;
        while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
          e--;
      }
  }

  return g_strndup (s, e - s);
}

static gboolean
is_thematic_break (const char *line)
{
  char mark = 0;
  guint n = 0;

  for (const char *p = line; *p; p++)
    {
      if (*p == ' ' || *p == '\t')
        continue;
      if (*p != '-' && *p != '*' && *p != '_')
        return FALSE;
      if (mark && *p != mark)
        return FALSE;
      mark = *p;
      n++;
    }

  return n >= 3;
}

static gboolean
is_setext_underline (const char *line)
{
  gsize n = strspn (line, "=");

  if (n == 0)
    n = strspn (line, "-");
  if (n == 0)
    return FALSE;
  for (const char *p = line + n; *p; p++)
    if (*p != ' ' && *p != '\t')
      return FALSE;

  return TRUE;
}

/* Past a list item's marker ("- ", "* ", "+ ", "1. ", "1) "), or NULL when there is none */
static const char *
skip_list_marker (const char *line)
{
  const char *p = line;

  if ((*p == '-' || *p == '*' || *p == '+') && (p[1] == ' ' || p[1] == '\t'))
    return p + 2;

  while (g_ascii_isdigit (*p) && p - line < 9)
    p++;
  if (p > line && (*p == '.' || *p == ')') && (p[1] == ' ' || p[1] == '\t'))
    return p + 2;

  return NULL;
}

/* "[ref]: https://…" */
static gboolean
is_link_definition (const char *line)
{
  const char *close;

  if (*line != '[' || (close = strstr (line, "]:")) == NULL)
    return FALSE;

  return strchr (line, ' ') == NULL || strchr (line, ' ') > close;
}

static void
add_heading (Markdown   *md,
             const char *text)
{
  end_paragraph (md);
  append_inline (md->para, text);
  if (md->title == NULL && md->para->len > 0)
    md->title = g_strndup (md->para->str, md->para->len);
  end_paragraph (md);
}

char *
_atlas_text_extract_markdown (const char  *markdown,
                              char       **title)
{
  Markdown md = { g_string_new (NULL), g_string_new (NULL), 2, NULL };
  g_auto(GStrv) lines = NULL;
  g_autofree char *tidy = NULL;
  char *fence = NULL;
  gboolean in_list = FALSE;
  char *text;

  lines = g_strsplit (markdown, "\n", -1);

  for (guint i = 0; lines[i]; i++)
    {
      char *line = lines[i];
      g_autofree char *heading = NULL;
      const char *body;
      gsize len = strlen (line);

      if (len > 0 && line[len - 1] == '\r')
        line[len - 1] = '\0';

      if (fence)
        {
          {
            const char *s = line;

            while (*s == ' ')
              s++;
            if (g_str_has_prefix (s, fence) && s[strspn (s, fence[0] == '`' ? "`" : "~")] == '\0')
              {
                g_clear_pointer (&fence, g_free);
                end_paragraph (&md);
                continue;
              }
          }
          /* Code keeps its lines */
          if (md.para->len > 0)
            g_string_append_c (md.para, '\n');
          g_string_append (md.para, line);
          continue;
        }

      body = line;
      while (*body == ' ' && body - line < 3)
        body++;

      if (g_str_has_prefix (body, "```") || g_str_has_prefix (body, "~~~"))
        {
          end_paragraph (&md);
          fence = g_strndup (body, strspn (body, body[0] == '`' ? "`" : "~"));
          continue;
        }

      /* Block quotes: the marks go, the text stays */
      while (*body == '>')
        {
          body++;
          if (*body == ' ')
            body++;
        }

      {
        g_autofree char *stripped = g_strstrip (g_strdup (body));

        if (*stripped == '\0')
          {
            end_paragraph (&md);
            in_list = FALSE;
            continue;
          }

        if (md.para->len > 0 && is_setext_underline (stripped))
          {
            g_autofree char *h = g_strndup (md.para->str, md.para->len);

            g_string_truncate (md.para, 0);
            end_paragraph (&md);
            if (md.title == NULL)
              md.title = g_strdup (h);
            g_string_append (md.para, h);
            end_paragraph (&md);
            continue;
          }

        if (is_thematic_break (stripped))
          {
            end_paragraph (&md);
            in_list = FALSE;
            continue;
          }

        if (is_link_definition (stripped))
          continue;

        if ((heading = atx_heading (stripped)) != NULL)
          {
            add_heading (&md, heading);
            in_list = FALSE;
            continue;
          }

        {
          const char *item = skip_list_marker (stripped);

          if (item)
            {
              gboolean follows_item = in_list;

              end_paragraph (&md);
              md.sep = follows_item ? 1 : 2;
              append_inline (md.para, item);
              in_list = TRUE;
              continue;
            }
        }

        if (md.para->len > 0)
          g_string_append_c (md.para, ' ');
        append_inline (md.para, stripped);
      }
    }

  end_paragraph (&md);
  g_free (fence);

  if (title)
    *title = g_steal_pointer (&md.title);
  g_free (md.title);
  g_string_free (md.para, TRUE);

  tidy = g_string_free (md.out, FALSE);
  text = _atlas_text_tidy (tidy);

  return text;
}

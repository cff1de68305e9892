/* atlas-text-extract-html.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-text-extract"

#include "config.h"

#include <string.h>

#include "atlas-text-extract-private.h"

/* The text of an HTML page as a browser shows it, without the page's furniture: what scripts,
 * styles, templates and embedded SVG hold is dropped; block elements (paragraphs, headings,
 * list items, table rows) start new lines; white space inside a block is one space, but for
 * <pre>; character references are decoded. A saved news page keeps its menus and footers:
 * the user trims those in the form, as nothing here can tell them from the report. */

/* Elements whose content is never text */
static const char * const skipped_elements[] = {
  "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "select",
  NULL
};

/* Elements that make a paragraph break (a blank line) */
static const char * const paragraph_elements[] = {
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl",
  "figure", "hr", "section", "article", "header", "footer", "aside", "nav", "main", "address",
  "form", "fieldset", "details", NULL
};

/* Elements that make a line break */
static const char * const line_elements[] = {
  "div", "li", "tr", "dt", "dd", "figcaption", "caption", "summary", "body", "html", "option",
  NULL
};

typedef struct
{
  const char *name;
  gunichar    c;
} Entity;

/* The named references news pages use; others are kept as written */
static const Entity entities[] = {
  { "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' }, { "apos", '\'' },
  { "nbsp", 0x00A0 }, { "shy", 0x00AD }, { "ndash", 0x2013 }, { "mdash", 0x2014 },
  { "hellip", 0x2026 }, { "lsquo", 0x2018 }, { "rsquo", 0x2019 }, { "sbquo", 0x201A },
  { "ldquo", 0x201C }, { "rdquo", 0x201D }, { "bdquo", 0x201E }, { "laquo", 0x00AB },
  { "raquo", 0x00BB }, { "lsaquo", 0x2039 }, { "rsaquo", 0x203A }, { "bull", 0x2022 },
  { "middot", 0x00B7 }, { "copy", 0x00A9 }, { "reg", 0x00AE }, { "trade", 0x2122 },
  { "deg", 0x00B0 }, { "times", 0x00D7 }, { "divide", 0x00F7 }, { "euro", 0x20AC },
  { "pound", 0x00A3 }, { "cent", 0x00A2 }, { "yen", 0x00A5 }, { "sect", 0x00A7 },
  { "para", 0x00B6 }, { "prime", 0x2032 }, { "Prime", 0x2033 }, { "thinsp", 0x2009 },
  { "ensp", 0x2002 }, { "emsp", 0x2003 }, { "zwnj", 0x200C }, { "zwj", 0x200D },
  { "lrm", 0x200E }, { "rlm", 0x200F }, { "eacute", 0x00E9 }, { "egrave", 0x00E8 },
  { "ecirc", 0x00EA }, { "euml", 0x00EB }, { "aacute", 0x00E1 }, { "agrave", 0x00E0 },
  { "acirc", 0x00E2 }, { "auml", 0x00E4 }, { "iacute", 0x00ED }, { "iuml", 0x00EF },
  { "oacute", 0x00F3 }, { "ouml", 0x00F6 }, { "uacute", 0x00FA }, { "uuml", 0x00FC },
  { "ccedil", 0x00E7 }, { "ntilde", 0x00F1 }, { "szlig", 0x00DF }, { "Eacute", 0x00C9 },
  { "Uuml", 0x00DC }, { "Ouml", 0x00D6 }, { "Auml", 0x00C4 },
};

typedef struct
{
  GString *out;
  guint    pending_break;   /* 0, 1 (new line) or 2 (blank line) before the next text */
  gboolean pending_space;
  guint    pre_depth;
  GString *title;           /* the <title>, while inside it */
  char    *first_h1;
  GString *h1;              /* the first <h1>'s text, while inside it */
} Extractor;

static gboolean
in_list (const char * const *list,
         const char         *name)
{
  for (guint i = 0; list[i]; i++)
    if (strcmp (list[i], name) == 0)
      return TRUE;
  return FALSE;
}

static void
request_break (Extractor *x,
               guint      n)
{
  x->pending_break = MAX (x->pending_break, n);
  x->pending_space = FALSE;
}

static void
append_text (Extractor  *x,
             const char *s,
             gsize       len)
{
  if (x->title)
    {
      g_string_append_len (x->title, s, len);
      return;
    }

  if (x->pending_break > 0 && x->out->len > 0)
    {
      for (guint i = 0; i < x->pending_break; i++)
        g_string_append_c (x->out, '\n');
    }
  else if (x->pending_space && x->out->len > 0 && x->out->str[x->out->len - 1] != '\n')
    {
      g_string_append_c (x->out, ' ');
      if (x->h1 && x->h1->len > 0)
        g_string_append_c (x->h1, ' ');
    }

  x->pending_break = 0;
  x->pending_space = FALSE;
  g_string_append_len (x->out, s, len);
  if (x->h1)
    g_string_append_len (x->h1, s, len);
}

static void
append_unichar (Extractor *x,
                gunichar   c)
{
  char buf[6];
  int n = g_unichar_to_utf8 (c, buf);

  append_text (x, buf, n);
}

/* A character reference at p ("&amp;", "&#233;", "&#xE9;"): decodes it and returns where it
 * ends, or returns p when it is none (a bare "&" is text) */
static const char *
decode_reference (const char *p,
                  gunichar   *out)
{
  const char *q = p + 1;

  if (*q == '#')
    {
      guint64 value = 0;
      gboolean hex = (q[1] == 'x' || q[1] == 'X');
      guint digits = 0;

      q += hex ? 2 : 1;
      while (hex ? g_ascii_isxdigit (*q) : g_ascii_isdigit (*q))
        {
          value = value * (hex ? 16 : 10) + (hex ? g_ascii_xdigit_value (*q) : g_ascii_digit_value (*q));
          value = MIN (value, 0x110000);
          q++, digits++;
        }
      if (digits == 0)
        return p;
      if (*q == ';')
        q++;
      *out = (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) ? 0xFFFD : (gunichar) value;
      return q;
    }

  while (g_ascii_isalnum (*q))
    q++;
  if (*q != ';' || q == p + 1)
    return p;

  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    if (strlen (entities[i].name) == (gsize) (q - p - 1) && strncmp (entities[i].name, p + 1, q - p - 1) == 0)
      {
        *out = entities[i].c;
        return q + 1;
      }

  return p;
}

/* Past the end of the element @name's content, for elements whose content is skipped */
static const char *
skip_to_end_tag (const char *p,
                 const char *name)
{
  gsize n = strlen (name);

  while ((p = strchr (p, '<')) != NULL)
    {
      if (p[1] == '/' && g_ascii_strncasecmp (p + 2, name, n) == 0 &&
          !g_ascii_isalnum (p[2 + n]))
        {
          const char *gt = strchr (p, '>');
          return gt ? gt + 1 : p + strlen (p);
        }
      p++;
    }

  return NULL;
}

/* A tag at p ('<'): its lower-case name and whether it closes; returns past its '>', minding
 * quoted attribute values, or NULL when p starts no tag */
static const char *
parse_tag (const char *p,
           char       *name,
           gsize       name_size,
           gboolean   *closing)
{
  const char *q = p + 1;
  gsize n = 0;
  char quote = 0;

  *closing = (*q == '/');
  if (*closing)
    q++;
  if (!g_ascii_isalpha (*q))
    return NULL;

  while (g_ascii_isalnum (*q) || *q == '-' || *q == ':')
    {
      if (n + 1 < name_size)
        name[n++] = g_ascii_tolower (*q);
      q++;
    }
  name[n] = '\0';

  for (; *q; q++)
    {
      if (quote)
        {
          if (*q == quote)
            quote = 0;
        }
      else if (*q == '"' || *q == '\'')
        quote = *q;
      else if (*q == '>')
        return q + 1;
    }

  return q;
}

static void
handle_tag (Extractor  *x,
            const char *name,
            gboolean    closing)
{
  if (strcmp (name, "title") == 0)
    {
      if (!closing && x->title == NULL)
        x->title = g_string_new (NULL);
      return;
    }

  if (strcmp (name, "br") == 0)
    {
      if (x->out->len > 0)
        g_string_append_c (x->out, '\n');
      x->pending_space = FALSE;
      return;
    }

  if (strcmp (name, "pre") == 0)
    x->pre_depth = closing ? (x->pre_depth ? x->pre_depth - 1 : 0) : x->pre_depth + 1;

  if (strcmp (name, "h1") == 0)
    {
      if (!closing && x->first_h1 == NULL && x->h1 == NULL)
        x->h1 = g_string_new (NULL);
      else if (closing && x->h1)
        x->first_h1 = g_string_free (g_steal_pointer (&x->h1), FALSE);
    }

  if (in_list (paragraph_elements, name))
    request_break (x, 2);
  else if (in_list (line_elements, name))
    request_break (x, 1);
  else if (strcmp (name, "td") == 0 || strcmp (name, "th") == 0)
    x->pending_space = TRUE;
}

static char *
collapse_spaces (const char *s)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (; *s; s++)
    {
      if (g_ascii_isspace (*s))
        space = TRUE;
      else
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, *s);
        }
    }

  return g_string_free (out, FALSE);
}

char *
_atlas_text_extract_html (const char  *html,
                          char       **title)
{
  Extractor x = { g_string_new (NULL), 0, FALSE, 0, NULL, NULL, NULL };
  g_autofree char *page_title = NULL;
  const char *p = html;
  char *text;

  while (*p)
    {
      if (*p == '<')
        {
          char name[32];
          gboolean closing;
          const char *next;

          if (g_str_has_prefix (p, "<!--"))
            {
              const char *end = strstr (p + 4, "-->");
              p = end ? end + 3 : p + strlen (p);
              continue;
            }
          if (g_str_has_prefix (p, "<![CDATA["))
            {
              const char *end = strstr (p + 9, "]]>");
              const char *stop = end ? end : p + strlen (p);

              append_text (&x, p + 9, stop - (p + 9));
              p = end ? end + 3 : stop;
              continue;
            }
          if (p[1] == '!' || p[1] == '?')
            {
              const char *end = strchr (p, '>');
              p = end ? end + 1 : p + strlen (p);
              continue;
            }

          if ((next = parse_tag (p, name, sizeof name, &closing)) == NULL)
            {
              append_text (&x, "<", 1);
              p++;
              continue;
            }
          p = next;

          if (!closing && in_list (skipped_elements, name))
            {
              p = skip_to_end_tag (p, name);
              if (p == NULL)
                break;
              continue;
            }

          if (closing && strcmp (name, "title") == 0 && x.title)
            {
              g_autofree char *t = g_string_free (g_steal_pointer (&x.title), FALSE);

              if (page_title == NULL)
                page_title = collapse_spaces (t);
              continue;
            }

          handle_tag (&x, name, closing);
          continue;
        }

      if (*p == '&')
        {
          gunichar c;
          const char *end = decode_reference (p, &c);

          if (end != p)
            {
              append_unichar (&x, c);
              p = end;
              continue;
            }
        }

      if (g_ascii_isspace (*p) && x.pre_depth == 0)
        {
          if (x.title)
            g_string_append_c (x.title, ' ');
          else
            x.pending_space = TRUE;
          p++;
          continue;
        }

      {
        const char *next = g_utf8_next_char (p);

        if (*p == '\n' && !x.title)
          {
            g_string_append_c (x.out, '\n');
            x.pending_space = FALSE;
          }
        else
          append_text (&x, p, next - p);
        p = next;
      }
    }

  if (x.title)
    g_string_free (x.title, TRUE);
  if (x.h1)
    g_string_free (x.h1, TRUE);

  if (title)
    {
      if (page_title && *page_title)
        *title = g_steal_pointer (&page_title);
      else if (x.first_h1)
        *title = collapse_spaces (x.first_h1);
      else
        *title = NULL;
    }
  g_free (x.first_h1);

  {
    g_autofree char *raw = g_string_free (x.out, FALSE);
    text = _atlas_text_tidy (raw);
  }

  return text;
}

/* atlas-kb-writer-json.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-kb-writer"

#include "config.h"

#include <math.h>
#include <string.h>

#include "atlas-kb-writer-private.h"

/* JSON text in the layout of atlas-kb-writer.c: one member or element a line, 2-space
 * indentation, strings escaped only where JSON or JavaScript needs it, and numbers that read
 * back as the same double. */

/* Layout */

void
_atlas_json_writer_init (Writer  *w,
                         GString *out)
{
  memset (w, 0, sizeof *w);
  w->out = out;
  w->first = 1;
}

void
_atlas_json_flush (Writer *w)
{
  if (w->error == NULL && w->out->len > 0)
    w->write_func (w->out->str, w->out->len, w->user_data, &w->error);
  g_string_truncate (w->out, 0);
}

static void
write_indent (Writer *w)
{
  static const char spaces[2 * MAX_DEPTH + 1] =
    "                                                                "
    "                                                              ";

  g_string_append_len (w->out, spaces, 2 * w->depth);
}

/* Before a member or an element: the comma after the previous one, and a new line */
void
_atlas_json_separator (Writer *w)
{
  guint64 bit = G_GUINT64_CONSTANT (1) << w->depth;

  if (w->write_func && w->out->len >= CHUNK_SIZE)
    _atlas_json_flush (w);

  if (w->first & bit)
    {
      w->first &= ~bit;
      g_string_append_c (w->out, '\n');
    }
  else
    g_string_append_len (w->out, ",\n", 2);

  write_indent (w);
}

void
_atlas_json_open (Writer *w,
                  char    c)
{
  g_assert (w->depth < MAX_DEPTH);

  g_string_append_c (w->out, c);
  w->depth++;
  w->first |= G_GUINT64_CONSTANT (1) << w->depth;
}

void
_atlas_json_close (Writer *w,
                   char    c)
{
  gboolean empty = (w->first & (G_GUINT64_CONSTANT (1) << w->depth)) != 0;

  g_assert (w->depth > 0);

  w->depth--;
  if (!empty)
    {
      g_string_append_c (w->out, '\n');
      write_indent (w);
    }
  g_string_append_c (w->out, c);
}

/* Values */

/* @s up to @end, or to its NUL when @end is NULL (one pass: no strlen) */
void
_atlas_json_string_range (Writer     *w,
                          const char *s,
                          const char *end_)
{
  const guchar *p = (const guchar *) s;
  const guchar *end = (const guchar *) end_;
  const guchar *run = p;

  g_string_append_c (w->out, '"');

  for (; end ? p < end : *p != 0; p++)
    {
      const char *escape = NULL;
      char buffer[8];

      if (*p >= 0x20 && *p != '"' && *p != '\\' &&
          !(p[0] == 0xE2 && (end == NULL || p + 2 < end) && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)))
        continue;

      switch (*p)
        {
        case '"': escape = "\\\""; break;
        case '\\': escape = "\\\\"; break;
        case '\n': escape = "\\n"; break;
        case '\t': escape = "\\t"; break;
        case '\r': escape = "\\r"; break;
        case '\b': escape = "\\b"; break;
        case '\f': escape = "\\f"; break;
        case 0xE2:
          escape = p[2] == 0xA8 ? "\\u2028" : "\\u2029";
          break;
        default:
          g_snprintf (buffer, sizeof buffer, "\\u%04x", *p);
          escape = buffer;
          break;
        }

      g_string_append_len (w->out, (const char *) run, p - run);
      g_string_append (w->out, escape);
      if (*p == 0xE2)
        p += 2;
      run = p + 1;
    }

  g_string_append_len (w->out, (const char *) run, p - run);
  g_string_append_c (w->out, '"');
}

void
_atlas_json_string (Writer     *w,
                    const char *s)
{
  _atlas_json_string_range (w, s, NULL);
}

void
_atlas_json_int (Writer *w,
                 gint64  value)
{
  char buffer[24];
  char *p = buffer + sizeof buffer;
  guint64 magnitude = value < 0 ? -(guint64) value : (guint64) value;

  do
    *--p = '0' + magnitude % 10;
  while ((magnitude /= 10) > 0);
  if (value < 0)
    *--p = '-';

  g_string_append_len (w->out, p, buffer + sizeof buffer - p);
}

void
_atlas_json_double (Writer *w,
                    double  value)
{
  static const char * const formats[] = { "%.15g", "%.16g", "%.17g" };
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_assert (isfinite (value));

  /* The shortest that reads back as the same double: 36.2, not 36.200000000000003 */
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buffer, sizeof buffer, formats[i], value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }

  g_string_append (w->out, buffer);
}

void
_atlas_json_date (Writer    *w,
                  AtlasDate  date)
{
  char buffer[16];
  guint year, month, day;

  atlas_date_to_ymd (date, &year, &month, &day);
  g_snprintf (buffer, sizeof buffer, "\"%04u-%02u-%02u\"", year, month, day);
  g_string_append (w->out, buffer);
}

void
_atlas_json_key (Writer     *w,
                 const char *key)
{
  _atlas_json_separator (w);
  g_string_append_c (w->out, '"');
  g_string_append (w->out, key);
  g_string_append_len (w->out, "\": ", 3);
}

void
_atlas_json_member_string (Writer     *w,
                           const char *key,
                           const char *value)
{
  _atlas_json_key (w, key);
  _atlas_json_string (w, value);
}

/* For optional members: left out when NULL */
void
_atlas_json_member_string_opt (Writer     *w,
                               const char *key,
                               const char *value)
{
  if (value != NULL)
    _atlas_json_member_string (w, key, value);
}

void
_atlas_json_member_int (Writer     *w,
                        const char *key,
                        gint64      value)
{
  _atlas_json_key (w, key);
  _atlas_json_int (w, value);
}

void
_atlas_json_member_double (Writer     *w,
                           const char *key,
                           double      value)
{
  _atlas_json_key (w, key);
  _atlas_json_double (w, value);
}

void
_atlas_json_member_strv (Writer             *w,
                         const char         *key,
                         const char * const *strv)
{
  if (strv == NULL)
    return;

  _atlas_json_key (w, key);
  _atlas_json_open (w, '[');
  for (guint i = 0; strv[i]; i++)
    {
      _atlas_json_separator (w);
      _atlas_json_string (w, strv[i]);
    }
  _atlas_json_close (w, ']');
}

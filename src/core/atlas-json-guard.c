/* atlas-json-guard.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-json-guard"

#include "config.h"

#include <inttypes.h>

#include <string.h>

#include <glib/gi18n.h>

#include "atlas-json-guard.h"

/**
 * atlas_json_guard:
 * @data: the bytes of a file
 * @length: their number
 * @bad_offset: (out): where the problem is, in bytes
 * @message: (out) (transfer full): what is wrong
 * @n_members: (out) (optional): how many object members the text holds, duplicates
 *   included (a parser keeps only one of each name, so fewer means duplicates)
 *
 * Refuses input that would crash or choke a library before it gets there: an empty file,
 * one over %ATLAS_KB_MAX_SIZE, a NUL byte, invalid UTF-8, nesting deeper than
 * %ATLAS_KB_MAX_DEPTH. Strings are skipped exactly as JSON defines them, so brackets inside
 * them do not count.
 *
 * Returns: %TRUE if the input may be given to the parser
 */
gboolean
atlas_json_guard (const char  *data,
                  gsize        length,
                  gsize       *bad_offset,
                  char       **message,
                  guint64     *n_members)
{
  const char *end = NULL;
  const char *nul;
  gboolean in_string = FALSE;
  gboolean only_space = TRUE;
  guint depth = 0;
  guint64 colons = 0;

  *bad_offset = 0;
  *message = NULL;
  if (n_members)
    *n_members = 0;

  if (length > ATLAS_KB_MAX_SIZE)
    {
      *message = g_strdup_printf (_("file is %" PRIu64 " bytes, larger than the limit of %" PRIu64 " bytes"),
                                  (guint64) length, (guint64) ATLAS_KB_MAX_SIZE);
      return FALSE;
    }

  if ((nul = memchr (data, '\0', length)))
    {
      *bad_offset = nul - data;
      *message = g_strdup (_("NUL byte in file; expected UTF-8 JSON text"));
      return FALSE;
    }

  if (!g_utf8_validate_len (data, length, &end))
    {
      *bad_offset = end - data;
      *message = g_strdup_printf (_("invalid UTF-8 (byte 0x%02X); expected UTF-8 JSON text"),
                                  (guchar) *end);
      return FALSE;
    }

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }

      if (!g_ascii_isspace (c))
        only_space = FALSE;

      /* json-glib wraps integers that do not fit in 64 bits around silently, so that
       * 99999999999999999999 would read as -1; refuse them instead. */
      if (c == '-' || g_ascii_isdigit (c))
        {
          gsize start = i, digits = 0;
          gboolean integer = TRUE;

          for (; i < length && strchr ("+-0123456789.eE", data[i]); i++)
            {
              if (g_ascii_isdigit (data[i]))
                digits++;
              else if (data[i] != '-')
                integer = FALSE;
            }

          if (integer && digits > 18)
            {
              *bad_offset = start;
              *message = g_strdup_printf (_("number %.*s has more than 18 digits; expected a whole number this program can hold"),
                                          (int) MIN (i - start, 40), data + start);
              return FALSE;
            }

          i--;
          continue;
        }

      switch (c)
        {
        case '"':
          in_string = TRUE;
          break;

        case '[':
        case '{':
          if (++depth > ATLAS_KB_MAX_DEPTH)
            {
              *bad_offset = i;
              *message = g_strdup_printf (_("nesting deeper than %u levels; a knowledge base needs fewer than 10"),
                                          ATLAS_KB_MAX_DEPTH);
              return FALSE;
            }
          break;

        case ']':
        case '}':
          if (depth > 0)
            depth--;
          break;

        /* Outside strings, each member of each object has exactly one */
        case ':':
          colons++;
          break;

        default:
          break;
        }
    }

  if (only_space)
    {
      *message = g_strdup (_("file is empty; expected a JSON object"));
      return FALSE;
    }

  if (n_members)
    *n_members = colons;
  return TRUE;
}

/**
 * atlas_json_offset_to_line:
 * @line: (out): 1-based line
 * @column: (out): 1-based column, in characters
 */
void
atlas_json_offset_to_line (const char *data,
                           gsize       length,
                           gsize       offset,
                           guint      *line,
                           guint      *column)
{
  gsize line_start = 0;
  guint n_line = 1;
  guint n_col = 1;

  offset = MIN (offset, length);

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      {
        n_line++;
        line_start = i + 1;
      }

  /* Count characters, not bytes; continuation bytes do not start a character */
  for (gsize i = line_start; i < offset; i++)
    if (((guchar) data[i] & 0xC0) != 0x80)
      n_col++;

  *line = n_line;
  *column = n_col;
}

/**
 * atlas_json_path_append:
 * @path: a JSON path being built
 * @key: (nullable): a member name, or %NULL for an array element
 * @index: the element's index when @key is %NULL
 *
 * Appends one segment the way problems show paths: `events[3].sources[0].end`, with
 * `["odd key"]` for member names that are not identifiers.
 */
void
atlas_json_path_append (GString    *path,
                        const char *key,
                        guint       index)
{
  gboolean identifier;

  if (key == NULL)
    {
      g_string_append_printf (path, "[%u]", index);
      return;
    }

  identifier = g_ascii_isalpha (*key) || *key == '_';
  for (const char *p = key; identifier && *p; p++)
    identifier = g_ascii_isalnum (*p) || *p == '_';

  if (identifier)
    {
      if (path->len > 0)
        g_string_append_c (path, '.');
      g_string_append (path, key);
    }
  else
    {
      g_autofree char *escaped = g_strescape (key, NULL);
      g_string_append_printf (path, "[\"%s\"]", escaped);
    }
}

/* Reads a JSON string at @p (at its opening quote) into @out, decoded; returns the position
 * after the closing quote, or NULL if the string does not end. */
static const char *
read_string (const char *p,
             const char *end,
             GString    *out)
{
  g_string_truncate (out, 0);
  p++;

  while (p < end && *p != '"')
    {
      if (*p == '\\' && p + 1 < end)
        {
          char e = p[1];

          p += 2;
          if (e == 'u' && end - p >= 4)
            {
              char hex[5] = { 0 };
              gunichar ch;

              memcpy (hex, p, 4);
              ch = (gunichar) g_ascii_strtoull (hex, NULL, 16);
              p += 4;

              if (ch >= 0xD800 && ch < 0xDC00 && end - p >= 6 && p[0] == '\\' && p[1] == 'u')
                {
                  gunichar lo;

                  memcpy (hex, p + 2, 4);
                  lo = (gunichar) g_ascii_strtoull (hex, NULL, 16);
                  if (lo >= 0xDC00 && lo < 0xE000)
                    {
                      ch = 0x10000 + ((ch - 0xD800) << 10) + (lo - 0xDC00);
                      p += 6;
                    }
                }

              if (g_unichar_validate (ch) && ch != 0)
                g_string_append_unichar (out, ch);
            }
          else
            {
              switch (e)
                {
                case 'n': g_string_append_c (out, '\n'); break;
                case 't': g_string_append_c (out, '\t'); break;
                case 'r': g_string_append_c (out, '\r'); break;
                case 'b': g_string_append_c (out, '\b'); break;
                case 'f': g_string_append_c (out, '\f'); break;
                default: g_string_append_c (out, e); break;
                }
            }
        }
      else
        g_string_append_c (out, *p++);
    }

  return p < end ? p + 1 : NULL;
}

typedef struct
{
  gboolean is_object;
  guint    index;
  gsize    base_len;   /* length of the path of the container itself */
} Frame;

static const char *
skip_space (const char *p,
            const char *end)
{
  while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
    p++;
  return p;
}

/**
 * atlas_json_walk:
 * @data: JSON text
 * @length: its length in bytes
 * @stop_at: an offset to stop at, or G_MAXSIZE to walk the whole text
 * @visit: (nullable): called with the path and offset of every value, in document order
 * @user_data: for @visit
 *
 * Walks the text once, tolerantly, keeping the JSON path of where it is: json-glib's nodes
 * do not remember their position, so this is how a problem found after parsing gets its line
 * and column, and how a syntax error gets its path. It stops at @stop_at, at the end, or at
 * the first thing that is not JSON.
 *
 * Returns: (transfer full): the path of the innermost value or container where it stopped
 */
char *
atlas_json_walk (const char    *data,
                 gsize          length,
                 gsize          stop_at,
                 AtlasJsonVisit visit,
                 gpointer       user_data)
{
  enum { VALUE, KEY_OR_END, KEY, VALUE_OR_END, AFTER_VALUE } state = VALUE;
  g_autoptr(GString) path = g_string_new (NULL);
  g_autoptr(GString) key = g_string_new (NULL);
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (Frame));
  const char *end = data + MIN (length, stop_at);
  const char *p = data;

  for (;;)
    {
      p = skip_space (p, end);
      if (p >= end)
        break;

      if (state == VALUE || state == VALUE_OR_END)
        {
          if (state == VALUE_OR_END && *p == ']')
            {
              Frame *frame = &g_array_index (stack, Frame, stack->len - 1);

              g_string_truncate (path, frame->base_len);
              g_array_set_size (stack, stack->len - 1);
              p++;
              state = AFTER_VALUE;
              continue;
            }

          if (visit)
            visit (path->str, p - data, user_data);

          if (*p == '{' || *p == '[')
            {
              Frame frame = { *p == '{', 0, path->len };

              g_array_append_val (stack, frame);
              if (*p == '[')
                atlas_json_path_append (path, NULL, 0);
              state = *p == '{' ? KEY_OR_END : VALUE_OR_END;
              p++;
            }
          else if (*p == '"')
            {
              if (!(p = read_string (p, end, key)))
                break;
              state = AFTER_VALUE;
            }
          else if (*p == ']' || *p == '}' || *p == ',' || *p == ':')
            break;
          else
            {
              while (p < end && !strchr (",:]}[{\" \t\r\n", *p))
                p++;
              state = AFTER_VALUE;
            }
        }
      else if (state == KEY_OR_END || state == KEY)
        {
          if (state == KEY_OR_END && *p == '}')
            {
              g_array_set_size (stack, stack->len - 1);
              p++;
              state = AFTER_VALUE;
              continue;
            }

          if (*p != '"' || !(p = read_string (p, end, key)))
            break;

          atlas_json_path_append (path, key->str, 0);
          p = skip_space (p, end);
          if (p >= end || *p != ':')
            break;
          p++;
          state = VALUE;
        }
      else /* AFTER_VALUE */
        {
          Frame *frame;

          if (stack->len == 0)
            break;

          frame = &g_array_index (stack, Frame, stack->len - 1);
          g_string_truncate (path, frame->base_len);

          if (*p == ',')
            {
              p++;
              if (frame->is_object)
                state = KEY;
              else
                {
                  atlas_json_path_append (path, NULL, ++frame->index);
                  state = VALUE;
                }
            }
          else if (*p == (frame->is_object ? '}' : ']'))
            {
              p++;
              g_array_set_size (stack, stack->len - 1);
            }
          else
            break;
        }
    }

  return g_strdup (path->str);
}

/**
 * atlas_json_line_to_offset:
 * @line: 1-based line
 * @column: 1-based column, in characters
 *
 * Returns: the byte offset of that position, clamped to the text
 */
gsize
atlas_json_line_to_offset (const char *data,
                           gsize       length,
                           guint       line,
                           guint       column)
{
  gsize i = 0;

  for (guint l = 1; l < line && i < length; i++)
    if (data[i] == '\n')
      l++;

  for (guint c = 1; c < column && i < length && data[i] != '\n'; c++)
    i = g_utf8_next_char (data + i) - data;

  return MIN (i, length);
}

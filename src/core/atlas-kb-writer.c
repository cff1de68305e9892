/* atlas-kb-writer.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-kb-writer"

#include "config.h"

#include <math.h>
#include <string.h>

#include "atlas-kb-private.h"
#include "atlas-kb-writer.h"
#include "atlas-vocabulary.h"

/* The writer: model → KB format version 2 (issue 9).
 *
 * A KB is always written as version 2, whatever version was read, in one fixed layout so that
 * writing, reading and writing again gives the same bytes, and so that a KB kept under version
 * control changes only where it was edited:
 *
 * - 2-space indentation, one member or element a line, except a geometry's positions, which
 *   are written `[lon, lat]` on one line; `{}` and `[]` when empty; a final newline.
 * - UTF-8 as is. Escaped: `"`, `\`, the control characters (`\n`, `\t`, `\r`, `\b`, `\f`, else
 *   `\u00XX`), and U+2028 and U+2029, which are valid JSON but end a line in JavaScript.
 * - Numbers: whole numbers as such; coordinates and zoom in the shortest of "%.15g", "%.16g"
 *   and "%.17g" that reads back as the same double (so 36.2 stays "36.2").
 * - Members in this order (optional ones left out when absent or at their default):
 *     top level  format, version, title, region, event_types, articles, places, events, casualties
 *     region     name, center {lat, lon}, zoom (left out when 13)
 *     event type id, label, colour
 *     article    id, title, outlet, published, url, text, sha256
 *     place      id, name, name_ar, aliases, kind, lat, lon, precision, geometry, source, note
 *     geometry   type, coordinates ("Polygon" for one polygon, else "MultiPolygon")
 *     event      id, date, end_date, date_precision, status (left out when "reported"),
 *                verification (left out when "unverified"), type, title, summary, note, places,
 *                actors, sources
 *     casualty   id, event, places, period {start, end}, killed, injured, who, qualifier,
 *                reported_by, verification, overlaps, note, source
 *     count      min, max, words
 *     source     article, start, end, quote, prefix, suffix
 * - Events in the order of the file they were read from (AtlasEvent.file_index), not in date
 *   order; every other collection in model order, which is file order.
 * - Always written, computed from the text when the model has none: an article's `sha256` and
 *   a source's `prefix` and `suffix` (the up to 32 code points around the quote).
 *
 * Members the model does not hold are not written: a KB's own members ("x-reviewed-by",
 * "$schema"), an event type's `description`, extra numbers of a position (an altitude). */

typedef struct
{
  GString        *out;
  guint           depth;
  guint64         first;   /* bit d: nothing written yet at depth d */
  /* When streaming: where the text goes, a chunk at a time, and the first error */
  AtlasWriteFunc  write_func;
  gpointer        user_data;
  GError         *error;
} Writer;

/* The size of the chunks handed to an AtlasWriteFunc */
#define CHUNK_SIZE (256 * 1024)

#define MAX_DEPTH 63

typedef void (*ItemWriter) (Writer   *w,
                            gpointer  item);

static const char * const verifications[] = { "unverified", "corroborated", "disputed" };

/* Layout */

static void
writer_init (Writer  *w,
             GString *out)
{
  memset (w, 0, sizeof *w);
  w->out = out;
  w->first = 1;
}

static void
flush (Writer *w)
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
static void
write_separator (Writer *w)
{
  guint64 bit = G_GUINT64_CONSTANT (1) << w->depth;

  if (w->write_func && w->out->len >= CHUNK_SIZE)
    flush (w);

  if (w->first & bit)
    {
      w->first &= ~bit;
      g_string_append_c (w->out, '\n');
    }
  else
    g_string_append_len (w->out, ",\n", 2);

  write_indent (w);
}

static void
open_container (Writer *w,
                char    c)
{
  g_assert (w->depth < MAX_DEPTH);

  g_string_append_c (w->out, c);
  w->depth++;
  w->first |= G_GUINT64_CONSTANT (1) << w->depth;
}

static void
close_container (Writer *w,
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
static void
write_string_range (Writer     *w,
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

static void
write_string (Writer     *w,
              const char *s)
{
  write_string_range (w, s, NULL);
}

static void
write_int (Writer *w,
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

static void
write_double (Writer *w,
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

static void
write_date (Writer    *w,
            AtlasDate  date)
{
  char buffer[16];
  guint year, month, day;

  atlas_date_to_ymd (date, &year, &month, &day);
  g_snprintf (buffer, sizeof buffer, "\"%04u-%02u-%02u\"", year, month, day);
  g_string_append (w->out, buffer);
}

static void
write_key (Writer     *w,
           const char *key)
{
  write_separator (w);
  g_string_append_c (w->out, '"');
  g_string_append (w->out, key);
  g_string_append_len (w->out, "\": ", 3);
}

static void
member_string (Writer     *w,
               const char *key,
               const char *value)
{
  write_key (w, key);
  write_string (w, value);
}

/* For optional members: left out when NULL */
static void
member_string_opt (Writer     *w,
                   const char *key,
                   const char *value)
{
  if (value != NULL)
    member_string (w, key, value);
}

static void
member_int (Writer     *w,
            const char *key,
            gint64      value)
{
  write_key (w, key);
  write_int (w, value);
}

static void
member_double (Writer     *w,
               const char *key,
               double      value)
{
  write_key (w, key);
  write_double (w, value);
}

static void
member_strv (Writer             *w,
             const char         *key,
             const char * const *strv)
{
  if (strv == NULL)
    return;

  write_key (w, key);
  open_container (w, '[');
  for (guint i = 0; strv[i]; i++)
    {
      write_separator (w);
      write_string (w, strv[i]);
    }
  close_container (w, ']');
}

static void
member_place_ids (Writer     *w,
                  const char *key,
                  GPtrArray  *places)
{
  write_key (w, key);
  open_container (w, '[');
  for (guint i = 0; i < places->len; i++)
    {
      write_separator (w);
      write_string (w, atlas_place_get_id (g_ptr_array_index (places, i)));
    }
  close_container (w, ']');
}

/* Sources */

static char *
dup_chars (AtlasArticle *article,
           guint         from,
           guint         to)
{
  const char *a = atlas_article_offset_to_pointer (article, from);
  const char *b = atlas_article_offset_to_pointer (article, to);

  return g_strndup (a, b - a);
}

/**
 * atlas_source_dup_prefix:
 *
 * Returns: (transfer full): the source's prefix as the model holds it or, when it holds none,
 *   the up to %ATLAS_SOURCE_CONTEXT_CHARS code points of the text just before its start
 */
char *
atlas_source_dup_prefix (const AtlasSource *source)
{
  guint n_chars, start;

  g_return_val_if_fail (source != NULL, NULL);

  if (source->prefix)
    return g_strdup (source->prefix);

  n_chars = atlas_article_get_n_chars (source->article);
  start = MIN (source->start, n_chars);
  return dup_chars (source->article, start - MIN (start, ATLAS_SOURCE_CONTEXT_CHARS), start);
}

/**
 * atlas_source_dup_suffix:
 *
 * Returns: (transfer full): the source's suffix as the model holds it or, when it holds none,
 *   the up to %ATLAS_SOURCE_CONTEXT_CHARS code points of the text just after its end
 */
char *
atlas_source_dup_suffix (const AtlasSource *source)
{
  guint n_chars, end;

  g_return_val_if_fail (source != NULL, NULL);

  if (source->suffix)
    return g_strdup (source->suffix);

  n_chars = atlas_article_get_n_chars (source->article);
  end = MIN (source->end, n_chars);
  return dup_chars (source->article, end, MIN (n_chars, end + ATLAS_SOURCE_CONTEXT_CHARS));
}

/* The text from code point @from to @to, as a JSON string */
static void
write_chars (Writer       *w,
             AtlasArticle *article,
             guint         from,
             guint         to)
{
  const char *a = atlas_article_offset_to_pointer (article, from);
  const char *b = atlas_article_offset_to_pointer (article, to);

  write_string_range (w, a, b);
}

static void
write_source (Writer            *w,
              const AtlasSource *source)
{
  guint n_chars = atlas_article_get_n_chars (source->article);
  guint start = MIN (source->start, n_chars);
  guint end = MIN (source->end, n_chars);

  open_container (w, '{');
  member_string (w, "article", atlas_article_get_id (source->article));
  member_int (w, "start", source->start);
  member_int (w, "end", source->end);
  member_string (w, "quote", source->quote);
  write_key (w, "prefix");
  if (source->prefix)
    write_string (w, source->prefix);
  else
    write_chars (w, source->article, start - MIN (start, ATLAS_SOURCE_CONTEXT_CHARS), start);
  write_key (w, "suffix");
  if (source->suffix)
    write_string (w, source->suffix);
  else
    write_chars (w, source->article, end, MIN (n_chars, end + ATLAS_SOURCE_CONTEXT_CHARS));
  close_container (w, '}');
}

/* Items */

static void
write_article (Writer   *w,
              gpointer  data)
{
  AtlasArticle *article = data;

  open_container (w, '{');
  member_string (w, "id", article->id);
  member_string (w, "title", article->title);
  member_string (w, "outlet", article->outlet);
  write_key (w, "published");
  write_date (w, article->published);
  member_string_opt (w, "url", article->url);
  member_string (w, "text", article->text);
  member_string (w, "sha256", atlas_article_get_sha256 (article));
  close_container (w, '}');
}

static void
write_geometry (Writer        *w,
                AtlasGeometry *geometry)
{
  guint n_polygons = atlas_geometry_get_n_polygons (geometry);
  gboolean multi = n_polygons != 1;

  open_container (w, '{');
  member_string (w, "type", multi ? "MultiPolygon" : "Polygon");
  write_key (w, "coordinates");
  if (multi)
    open_container (w, '[');

  for (guint p = 0; p < n_polygons; p++)
    {
      guint n_rings = atlas_geometry_get_n_rings (geometry, p);

      if (multi)
        write_separator (w);
      open_container (w, '[');
      for (guint r = 0; r < n_rings; r++)
        {
          guint n_points;
          const double *ring = atlas_geometry_get_ring (geometry, p, r, &n_points);

          write_separator (w);
          open_container (w, '[');
          for (guint i = 0; i < n_points; i++)
            {
              write_separator (w);
              g_string_append_c (w->out, '[');
              write_double (w, ring[2 * i]);
              g_string_append_len (w->out, ", ", 2);
              write_double (w, ring[2 * i + 1]);
              g_string_append_c (w->out, ']');
            }
          close_container (w, ']');
        }
      close_container (w, ']');
    }

  if (multi)
    close_container (w, ']');
  close_container (w, '}');
}

static void
write_place (Writer   *w,
            gpointer  data)
{
  AtlasPlace *place = data;

  open_container (w, '{');
  member_string (w, "id", place->id);
  member_string (w, "name", place->name);
  member_string_opt (w, "name_ar", place->name_ar);
  member_strv (w, "aliases", (const char * const *) place->aliases);
  member_string (w, "kind", place->kind);
  if (place->has_location)
    {
      member_double (w, "lat", place->lat);
      member_double (w, "lon", place->lon);
    }
  member_string (w, "precision", atlas_vocabulary_get_id (ATLAS_VOCABULARY_PRECISION, place->precision));
  if (place->geometry)
    {
      write_key (w, "geometry");
      write_geometry (w, place->geometry);
    }
  member_string_opt (w, "source", place->source);
  member_string_opt (w, "note", place->note);
  close_container (w, '}');
}

static void
write_event (Writer   *w,
            gpointer  data)
{
  AtlasEvent *event = data;

  open_container (w, '{');
  member_string (w, "id", event->id);
  write_key (w, "date");
  write_date (w, event->date);
  if (event->end_date != ATLAS_DATE_NONE)
    {
      write_key (w, "end_date");
      write_date (w, event->end_date);
    }
  member_string (w, "date_precision",
                 atlas_vocabulary_get_id (ATLAS_VOCABULARY_DATE_PRECISION, event->date_precision));
  if (event->status != ATLAS_EVENT_STATUS_REPORTED)
    member_string (w, "status", atlas_vocabulary_get_id (ATLAS_VOCABULARY_EVENT_STATUS, event->status));
  if (event->verification != ATLAS_VERIFICATION_UNVERIFIED)
    member_string (w, "verification", verifications[event->verification]);
  member_string (w, "type", event->type);
  member_string (w, "title", event->title);
  member_string_opt (w, "summary", event->summary);
  member_string_opt (w, "note", event->note);
  member_place_ids (w, "places", event->places);
  member_strv (w, "actors", (const char * const *) event->actors);

  write_key (w, "sources");
  open_container (w, '[');
  for (guint i = 0; i < event->sources->len; i++)
    {
      write_separator (w);
      write_source (w, &g_array_index (event->sources, AtlasSource, i));
    }
  close_container (w, ']');
  close_container (w, '}');
}

static void
write_count (Writer           *w,
             const char       *key,
             const AtlasCount *count)
{
  if (!ATLAS_COUNT_IS_SET (count) && count->words == NULL)
    return;

  write_key (w, key);
  open_container (w, '{');
  if (count->min >= 0)
    {
      member_int (w, "min", count->min);
      if (count->max >= 0)
        member_int (w, "max", count->max);
    }
  member_string_opt (w, "words", count->words);
  close_container (w, '}');
}

static void
write_casualty (Writer   *w,
               gpointer  data)
{
  AtlasCasualty *casualty = data;

  open_container (w, '{');
  member_string (w, "id", casualty->id);
  member_string (w, "event", casualty->event->id);
  if (casualty->places->len > 0)
    member_place_ids (w, "places", casualty->places);
  if (casualty->period_start != ATLAS_DATE_NONE)
    {
      write_key (w, "period");
      open_container (w, '{');
      write_key (w, "start");
      write_date (w, casualty->period_start);
      write_key (w, "end");
      write_date (w, casualty->period_end);
      close_container (w, '}');
    }
  write_count (w, "killed", &casualty->killed);
  write_count (w, "injured", &casualty->injured);
  member_string (w, "who", casualty->who);
  member_string_opt (w, "qualifier", casualty->qualifier);
  member_string (w, "reported_by", casualty->reported_by);
  if (casualty->verification != ATLAS_VERIFICATION_UNVERIFIED)
    member_string (w, "verification", verifications[casualty->verification]);
  if (casualty->overlaps && casualty->overlaps->len > 0)
    {
      write_key (w, "overlaps");
      open_container (w, '[');
      for (guint i = 0; i < casualty->overlaps->len; i++)
        {
          AtlasCasualty *other = g_ptr_array_index (casualty->overlaps, i);

          write_separator (w);
          write_string (w, other->id);
        }
      close_container (w, ']');
    }
  member_string_opt (w, "note", casualty->note);
  write_key (w, "source");
  write_source (w, &casualty->source);
  close_container (w, '}');
}

/* The whole KB */

static int
compare_file_index (gconstpointer a,
                    gconstpointer b)
{
  const AtlasEvent *ea = *(AtlasEvent * const *) a;
  const AtlasEvent *eb = *(AtlasEvent * const *) b;

  if (ea->file_index != eb->file_index)
    return ea->file_index < eb->file_index ? -1 : 1;
  return ea->position < eb->position ? -1 : ea->position > eb->position;
}

static void
write_region (Writer  *w,
              AtlasKb *kb)
{
  gboolean has_zoom = kb->zoom != 0 && kb->zoom != 13;

  if (kb->region_name == NULL && !kb->has_center && !has_zoom)
    return;

  write_key (w, "region");
  open_container (w, '{');
  member_string_opt (w, "name", kb->region_name);
  if (kb->has_center)
    {
      write_key (w, "center");
      open_container (w, '{');
      member_double (w, "lat", kb->center_lat);
      member_double (w, "lon", kb->center_lon);
      close_container (w, '}');
    }
  if (has_zoom)
    member_double (w, "zoom", kb->zoom);
  close_container (w, '}');
}

static void
write_list (Writer     *w,
            const char *key,
            GListModel *model,
            ItemWriter  write_item)
{
  guint n = g_list_model_get_n_items (model);

  write_key (w, key);
  open_container (w, '[');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      write_separator (w);
      write_item (w, item);
    }
  close_container (w, ']');
}

static void
write_kb (Writer  *w,
          AtlasKb *kb)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new ();
  guint n_events = g_list_model_get_n_items (G_LIST_MODEL (kb->events));

  open_container (w, '{');
  member_string (w, "format", "aleppo-atlas-kb");
  member_int (w, "version", 2);
  member_string (w, "title", kb->title);
  write_region (w, kb);

  if (kb->event_types)
    {
      write_key (w, "event_types");
      open_container (w, '[');
      for (guint i = 0; i < kb->event_types->len; i++)
        {
          AtlasKbEventType *type = g_ptr_array_index (kb->event_types, i);

          write_separator (w);
          open_container (w, '{');
          member_string (w, "id", type->id);
          member_string (w, "label", type->label);
          member_string (w, "colour", type->colour);
          close_container (w, '}');
        }
      close_container (w, ']');
    }

  write_list (w, "articles", G_LIST_MODEL (kb->articles), write_article);
  write_list (w, "places", G_LIST_MODEL (kb->places), write_place);

  /* File order, so that a KB read and written again keeps its order */
  for (guint i = 0; i < n_events; i++)
    g_ptr_array_add (events, g_list_model_get_item (G_LIST_MODEL (kb->events), i));
  g_ptr_array_set_free_func (events, g_object_unref);
  g_ptr_array_sort (events, compare_file_index);

  write_key (w, "events");
  open_container (w, '[');
  for (guint i = 0; i < events->len; i++)
    {
      write_separator (w);
      write_event (w, g_ptr_array_index (events, i));
    }
  close_container (w, ']');

  write_list (w, "casualties", G_LIST_MODEL (kb->casualties), write_casualty);
  close_container (w, '}');
  g_string_append_c (w->out, '\n');
}

static JsonNode *
item_to_json (ItemWriter write_item,
              gpointer   item)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  JsonNode *node;
  Writer w;

  writer_init (&w, out);
  write_item (&w, item);
  node = json_from_string (out->str, &error);
  g_assert_no_error (error);
  return node;
}

/* Public API */

/**
 * atlas_kb_to_bytes:
 * @kb: a KB
 *
 * Writes @kb as KB format version 2, in the layout described at the top of this file.
 *
 * Returns: (transfer full): the UTF-8 JSON text
 */
GBytes *
atlas_kb_to_bytes (AtlasKb *kb)
{
  GString *out;
  gsize estimate = 4096;
  guint n_articles;
  Writer w;

  g_return_val_if_fail (ATLAS_IS_KB (kb), NULL);

  /* Start near the final size, so that the text is copied fewer times as it grows: the
   * articles' text, and a few hundred bytes for each event and figure */
  n_articles = g_list_model_get_n_items (G_LIST_MODEL (kb->articles));
  for (guint i = 0; i < n_articles; i++)
    {
      g_autoptr(AtlasArticle) article = g_list_model_get_item (G_LIST_MODEL (kb->articles), i);

      estimate += strlen (article->text) + 512;
    }
  estimate += 768 * (g_list_model_get_n_items (G_LIST_MODEL (kb->events)) +
                     g_list_model_get_n_items (G_LIST_MODEL (kb->casualties)));
  out = g_string_sized_new (estimate);
  writer_init (&w, out);
  write_kb (&w, kb);
  return g_string_free_to_bytes (out);
}

/**
 * atlas_kb_write:
 * @kb: a KB
 * @write_func: (scope call): called with each chunk of the text, in order
 * @user_data: for @write_func
 * @error: the first error @write_func set
 *
 * Writes @kb as atlas_kb_to_bytes() does, in chunks of about 256 kB, so that a large KB is
 * never held twice in memory. Once @write_func fails it is not called again.
 *
 * Returns: whether every chunk was written
 */
gboolean
atlas_kb_write (AtlasKb         *kb,
                AtlasWriteFunc   write_func,
                gpointer         user_data,
                GError         **error)
{
  g_autoptr(GString) out = NULL;
  Writer w;

  g_return_val_if_fail (ATLAS_IS_KB (kb), FALSE);
  g_return_val_if_fail (write_func != NULL, FALSE);

  out = g_string_sized_new (CHUNK_SIZE + 64 * 1024);
  writer_init (&w, out);
  w.write_func = write_func;
  w.user_data = user_data;
  write_kb (&w, kb);
  flush (&w);

  if (w.error)
    {
      g_propagate_error (error, w.error);
      return FALSE;
    }

  return TRUE;
}

/**
 * atlas_kb_article_to_json:
 *
 * Returns: (transfer full): @article as the KB file holds it (format 2), for code that keeps
 *   items as JSON, such as undo
 */
JsonNode *
atlas_kb_article_to_json (AtlasKb      *kb,
                          AtlasArticle *article)
{
  g_return_val_if_fail (ATLAS_IS_KB (kb), NULL);
  g_return_val_if_fail (ATLAS_IS_ARTICLE (article), NULL);

  return item_to_json (write_article, article);
}

/**
 * atlas_kb_place_to_json:
 *
 * Returns: (transfer full): @place as the KB file holds it (format 2)
 */
JsonNode *
atlas_kb_place_to_json (AtlasKb    *kb,
                        AtlasPlace *place)
{
  g_return_val_if_fail (ATLAS_IS_KB (kb), NULL);
  g_return_val_if_fail (ATLAS_IS_PLACE (place), NULL);

  return item_to_json (write_place, place);
}

/**
 * atlas_kb_event_to_json:
 *
 * Returns: (transfer full): @event as the KB file holds it (format 2)
 */
JsonNode *
atlas_kb_event_to_json (AtlasKb    *kb,
                        AtlasEvent *event)
{
  g_return_val_if_fail (ATLAS_IS_KB (kb), NULL);
  g_return_val_if_fail (ATLAS_IS_EVENT (event), NULL);

  return item_to_json (write_event, event);
}

/**
 * atlas_kb_casualty_to_json:
 *
 * Returns: (transfer full): @casualty as the KB file holds it (format 2)
 */
JsonNode *
atlas_kb_casualty_to_json (AtlasKb       *kb,
                           AtlasCasualty *casualty)
{
  g_return_val_if_fail (ATLAS_IS_KB (kb), NULL);
  g_return_val_if_fail (ATLAS_IS_CASUALTY (casualty), NULL);

  return item_to_json (write_casualty, casualty);
}

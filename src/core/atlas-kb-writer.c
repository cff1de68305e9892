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

#include "atlas-count-words.h"
#include "atlas-kb-private.h"
#include "atlas-kb-writer-private.h"
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

typedef void (*ItemWriter) (Writer   *w,
                            gpointer  item);

static const char * const verifications[] = { "unverified", "corroborated", "disputed" };

static void
member_place_ids (Writer     *w,
                  const char *key,
                  GPtrArray  *places)
{
  _atlas_json_key (w, key);
  _atlas_json_open (w, '[');
  for (guint i = 0; i < places->len; i++)
    {
      _atlas_json_separator (w);
      _atlas_json_string (w, atlas_place_get_id (g_ptr_array_index (places, i)));
    }
  _atlas_json_close (w, ']');
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

  _atlas_json_string_range (w, a, b);
}

static void
write_source (Writer            *w,
              const AtlasSource *source)
{
  guint n_chars = atlas_article_get_n_chars (source->article);
  guint start = MIN (source->start, n_chars);
  guint end = MIN (source->end, n_chars);

  _atlas_json_open (w, '{');
  _atlas_json_member_string (w, "article", atlas_article_get_id (source->article));
  _atlas_json_member_int (w, "start", source->start);
  _atlas_json_member_int (w, "end", source->end);
  _atlas_json_member_string (w, "quote", source->quote);
  _atlas_json_key (w, "prefix");
  if (source->prefix)
    _atlas_json_string (w, source->prefix);
  else
    write_chars (w, source->article, start - MIN (start, ATLAS_SOURCE_CONTEXT_CHARS), start);
  _atlas_json_key (w, "suffix");
  if (source->suffix)
    _atlas_json_string (w, source->suffix);
  else
    write_chars (w, source->article, end, MIN (n_chars, end + ATLAS_SOURCE_CONTEXT_CHARS));
  _atlas_json_close (w, '}');
}

/* Items */

/* The SHA-256 of "": the hash written for an article whose earlier text is not known */
#define EMPTY_SHA256 "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

static void
write_article (Writer   *w,
              gpointer  data)
{
  AtlasArticle *article = data;

  _atlas_json_open (w, '{');
  _atlas_json_member_string (w, "id", article->id);
  _atlas_json_member_string (w, "title", article->title);
  _atlas_json_member_string (w, "outlet", article->outlet);
  _atlas_json_key (w, "published");
  _atlas_json_date (w, article->published);
  _atlas_json_member_string_opt (w, "url", article->url);
  _atlas_json_member_string (w, "text", article->text);
  /* A hash that is not the text's, so that the sources are looked for again on reading */
  if (w->unanchored_articles && g_hash_table_contains (w->unanchored_articles, article))
    _atlas_json_member_string (w, "sha256", article->anchored_sha256 ? article->anchored_sha256 : EMPTY_SHA256);
  else
    _atlas_json_member_string (w, "sha256", atlas_article_get_sha256 (article));
  _atlas_json_close (w, '}');
}

static void
write_geometry (Writer        *w,
                AtlasGeometry *geometry)
{
  guint n_polygons = atlas_geometry_get_n_polygons (geometry);
  gboolean multi = n_polygons != 1;

  _atlas_json_open (w, '{');
  _atlas_json_member_string (w, "type", multi ? "MultiPolygon" : "Polygon");
  _atlas_json_key (w, "coordinates");
  if (multi)
    _atlas_json_open (w, '[');

  for (guint p = 0; p < n_polygons; p++)
    {
      guint n_rings = atlas_geometry_get_n_rings (geometry, p);

      if (multi)
        _atlas_json_separator (w);
      _atlas_json_open (w, '[');
      for (guint r = 0; r < n_rings; r++)
        {
          guint n_points;
          const double *ring = atlas_geometry_get_ring (geometry, p, r, &n_points);

          _atlas_json_separator (w);
          _atlas_json_open (w, '[');
          for (guint i = 0; i < n_points; i++)
            {
              _atlas_json_separator (w);
              g_string_append_c (w->out, '[');
              _atlas_json_double (w, ring[2 * i]);
              g_string_append_len (w->out, ", ", 2);
              _atlas_json_double (w, ring[2 * i + 1]);
              g_string_append_c (w->out, ']');
            }
          _atlas_json_close (w, ']');
        }
      _atlas_json_close (w, ']');
    }

  if (multi)
    _atlas_json_close (w, ']');
  _atlas_json_close (w, '}');
}

static void
write_place (Writer   *w,
            gpointer  data)
{
  AtlasPlace *place = data;

  _atlas_json_open (w, '{');
  _atlas_json_member_string (w, "id", place->id);
  _atlas_json_member_string (w, "name", place->name);
  _atlas_json_member_string_opt (w, "name_ar", place->name_ar);
  _atlas_json_member_strv (w, "aliases", (const char * const *) place->aliases);
  _atlas_json_member_string (w, "kind", place->kind);
  if (place->has_location)
    {
      _atlas_json_member_double (w, "lat", place->lat);
      _atlas_json_member_double (w, "lon", place->lon);
    }
  _atlas_json_member_string (w, "precision", atlas_vocabulary_get_id (ATLAS_VOCABULARY_PRECISION, place->precision));
  if (place->geometry)
    {
      _atlas_json_key (w, "geometry");
      write_geometry (w, place->geometry);
    }
  _atlas_json_member_string_opt (w, "source", place->source);
  _atlas_json_member_string_opt (w, "note", place->note);
  _atlas_json_close (w, '}');
}

static void
write_event (Writer   *w,
            gpointer  data)
{
  AtlasEvent *event = data;

  _atlas_json_open (w, '{');
  _atlas_json_member_string (w, "id", event->id);
  _atlas_json_key (w, "date");
  _atlas_json_date (w, event->date);
  if (event->end_date != ATLAS_DATE_NONE)
    {
      _atlas_json_key (w, "end_date");
      _atlas_json_date (w, event->end_date);
    }
  _atlas_json_member_string (w, "date_precision",
                             atlas_vocabulary_get_id (ATLAS_VOCABULARY_DATE_PRECISION, event->date_precision));
  if (event->status != ATLAS_EVENT_STATUS_REPORTED)
    _atlas_json_member_string (w, "status", atlas_vocabulary_get_id (ATLAS_VOCABULARY_EVENT_STATUS, event->status));
  if (event->verification != ATLAS_VERIFICATION_UNVERIFIED)
    _atlas_json_member_string (w, "verification", verifications[event->verification]);
  _atlas_json_member_string (w, "type", event->type);
  _atlas_json_member_string (w, "title", event->title);
  _atlas_json_member_string_opt (w, "summary", event->summary);
  _atlas_json_member_string_opt (w, "note", event->note);
  member_place_ids (w, "places", event->places);
  _atlas_json_member_strv (w, "actors", (const char * const *) event->actors);

  _atlas_json_key (w, "sources");
  _atlas_json_open (w, '[');
  for (guint i = 0; i < event->sources->len; i++)
    {
      _atlas_json_separator (w);
      write_source (w, &g_array_index (event->sources, AtlasSource, i));
    }
  _atlas_json_close (w, ']');
  _atlas_json_close (w, '}');
}

static void
write_count (Writer           *w,
             const char       *key,
             const AtlasCount *count)
{
  gint64 read_min, read_max;
  gboolean as_read;

  if (!ATLAS_COUNT_IS_SET (count) && count->words == NULL)
    return;

  /* Words whose documented reading is the count are written alone, as a person writes them */
  as_read = count->words && atlas_count_read_words (count->words, &read_min, &read_max) &&
            read_min == count->min && read_max == count->max;

  _atlas_json_key (w, key);
  _atlas_json_open (w, '{');
  if (count->min >= 0 && !as_read)
    {
      _atlas_json_member_int (w, "min", count->min);
      if (count->max >= 0)
        _atlas_json_member_int (w, "max", count->max);
    }
  _atlas_json_member_string_opt (w, "words", count->words);
  _atlas_json_close (w, '}');
}

static void
write_casualty (Writer   *w,
               gpointer  data)
{
  AtlasCasualty *casualty = data;
  GPtrArray *overlaps = w->frozen_overlaps ? g_hash_table_lookup (w->frozen_overlaps, casualty) : casualty->overlaps;

  _atlas_json_open (w, '{');
  _atlas_json_member_string (w, "id", casualty->id);
  _atlas_json_member_string (w, "event", casualty->event->id);
  if (casualty->places->len > 0)
    member_place_ids (w, "places", casualty->places);
  if (casualty->period_start != ATLAS_DATE_NONE)
    {
      _atlas_json_key (w, "period");
      _atlas_json_open (w, '{');
      _atlas_json_key (w, "start");
      _atlas_json_date (w, casualty->period_start);
      _atlas_json_key (w, "end");
      _atlas_json_date (w, casualty->period_end);
      _atlas_json_close (w, '}');
    }
  write_count (w, "killed", &casualty->killed);
  write_count (w, "injured", &casualty->injured);
  _atlas_json_member_string (w, "who", casualty->who);
  _atlas_json_member_string_opt (w, "qualifier", casualty->qualifier);
  _atlas_json_member_string (w, "reported_by", casualty->reported_by);
  if (casualty->verification != ATLAS_VERIFICATION_UNVERIFIED)
    _atlas_json_member_string (w, "verification", verifications[casualty->verification]);
  if (overlaps && overlaps->len > 0)
    {
      _atlas_json_key (w, "overlaps");
      _atlas_json_open (w, '[');
      for (guint i = 0; i < overlaps->len; i++)
        {
          AtlasCasualty *other = g_ptr_array_index (overlaps, i);

          _atlas_json_separator (w);
          _atlas_json_string (w, other->id);
        }
      _atlas_json_close (w, ']');
    }
  _atlas_json_member_string_opt (w, "note", casualty->note);
  _atlas_json_key (w, "source");
  write_source (w, &casualty->source);
  _atlas_json_close (w, '}');
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

  _atlas_json_key (w, "region");
  _atlas_json_open (w, '{');
  _atlas_json_member_string_opt (w, "name", kb->region_name);
  if (kb->has_center)
    {
      _atlas_json_key (w, "center");
      _atlas_json_open (w, '{');
      _atlas_json_member_double (w, "lat", kb->center_lat);
      _atlas_json_member_double (w, "lon", kb->center_lon);
      _atlas_json_close (w, '}');
    }
  if (has_zoom)
    _atlas_json_member_double (w, "zoom", kb->zoom);
  _atlas_json_close (w, '}');
}

static void
write_list (Writer     *w,
            const char *key,
            GListModel *model,
            ItemWriter  write_item)
{
  guint n = g_list_model_get_n_items (model);

  _atlas_json_key (w, key);
  _atlas_json_open (w, '[');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      _atlas_json_separator (w);
      write_item (w, item);
    }
  _atlas_json_close (w, ']');
}

static void
add_if_unanchored (GHashTable        *articles,
                   const AtlasSource *source)
{
  const char *from, *to;

  if (source->article == NULL || g_hash_table_contains (articles, source->article))
    return;

  if (source->anchor != ATLAS_ANCHOR_ORPHANED && source->end <= source->article->n_chars)
    {
      from = atlas_article_offset_to_pointer (source->article, source->start);
      to = atlas_article_offset_to_pointer (source->article, source->end);
      if ((gsize) (to - from) == strlen (source->quote) && memcmp (from, source->quote, to - from) == 0)
        return;
    }

  g_hash_table_add (articles, source->article);
}

/* The articles that a source cites without holding its quote at its offsets: orphaned, or
 * quoting a text edited since. Their sources are anchored again when the file is read. */
static GHashTable *
find_unanchored_articles (AtlasKb *kb)
{
  GHashTable *articles = g_hash_table_new (NULL, NULL);
  GListModel *events = G_LIST_MODEL (kb->events);
  GListModel *casualties = G_LIST_MODEL (kb->casualties);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(AtlasEvent) event = g_list_model_get_item (events, i);

      for (guint s = 0; s < event->sources->len; s++)
        add_if_unanchored (articles, &g_array_index (event->sources, AtlasSource, s));
    }
  for (guint i = 0; i < g_list_model_get_n_items (casualties); i++)
    {
      g_autoptr(AtlasCasualty) casualty = g_list_model_get_item (casualties, i);

      add_if_unanchored (articles, &casualty->source);
    }
  return articles;
}

/* The events in the order they are written: file order, so that a KB read and written again
 * keeps its order (and the paths of problems found in the text name them, atlas-kb-check.c) */
GPtrArray *
_atlas_kb_events_in_file_order (AtlasKb *kb)
{
  guint n_events = g_list_model_get_n_items (G_LIST_MODEL (kb->events));
  GPtrArray *events = g_ptr_array_new_full (n_events, g_object_unref);

  for (guint i = 0; i < n_events; i++)
    g_ptr_array_add (events, g_list_model_get_item (G_LIST_MODEL (kb->events), i));
  g_ptr_array_sort (events, compare_file_index);
  return events;
}

static void
write_kb (Writer  *w,
          AtlasKb *kb)
{
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GHashTable) unanchored_articles = find_unanchored_articles (kb);

  w->unanchored_articles = unanchored_articles;
  w->frozen_overlaps = kb->frozen_overlaps;

  _atlas_json_open (w, '{');
  _atlas_json_member_string (w, "format", "aleppo-atlas-kb");
  _atlas_json_member_int (w, "version", 2);
  _atlas_json_member_string (w, "title", kb->title);
  write_region (w, kb);

  if (kb->event_types)
    {
      _atlas_json_key (w, "event_types");
      _atlas_json_open (w, '[');
      for (guint i = 0; i < kb->event_types->len; i++)
        {
          AtlasKbEventType *type = g_ptr_array_index (kb->event_types, i);

          _atlas_json_separator (w);
          _atlas_json_open (w, '{');
          _atlas_json_member_string (w, "id", type->id);
          _atlas_json_member_string (w, "label", type->label);
          _atlas_json_member_string (w, "colour", type->colour);
          _atlas_json_close (w, '}');
        }
      _atlas_json_close (w, ']');
    }

  write_list (w, "articles", G_LIST_MODEL (kb->articles), write_article);
  write_list (w, "places", G_LIST_MODEL (kb->places), write_place);

  events = _atlas_kb_events_in_file_order (kb);

  _atlas_json_key (w, "events");
  _atlas_json_open (w, '[');
  for (guint i = 0; i < events->len; i++)
    {
      _atlas_json_separator (w);
      write_event (w, g_ptr_array_index (events, i));
    }
  _atlas_json_close (w, ']');

  write_list (w, "casualties", G_LIST_MODEL (kb->casualties), write_casualty);
  _atlas_json_close (w, '}');
  g_string_append_c (w->out, '\n');
  w->unanchored_articles = NULL;
  w->frozen_overlaps = NULL;
}

static JsonNode *
item_to_json (ItemWriter write_item,
              gpointer   item)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  JsonNode *node;
  Writer w;

  _atlas_json_writer_init (&w, out);
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
  _atlas_json_writer_init (&w, out);
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
  _atlas_json_writer_init (&w, out);
  w.write_func = write_func;
  w.user_data = user_data;
  write_kb (&w, kb);
  _atlas_json_flush (&w);

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

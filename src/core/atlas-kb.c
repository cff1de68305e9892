/* atlas-kb.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-kb"

#include "config.h"

#include <inttypes.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "atlas-json-guard.h"
#include "atlas-kb-private.h"

struct _AtlasKb
{
  GObject     parent_instance;

  char       *title;
  char       *display_name;
  char       *region_name;
  double      center_lat;
  double      center_lon;
  double      zoom;
  gboolean    has_center;

  GListStore *articles;
  GListStore *places;
  GListStore *events;       /* in date order */
  GListStore *casualties;

  GPtrArray  *event_array;  /* the same events, for binary search by date */

  /* id → item; the ids are owned by the items */
  GHashTable *article_by_id;
  GHashTable *place_by_id;
  GHashTable *event_by_id;
  GHashTable *casualty_by_id;

  /* item → GPtrArray of items (not owning: the lists above own every item) */
  GHashTable *events_by_place;
  GHashTable *casualties_by_place;
  GHashTable *casualties_by_event;
  GHashTable *events_by_article;
  GHashTable *casualties_by_article;
};

G_DEFINE_FINAL_TYPE (AtlasKb, atlas_kb, G_TYPE_OBJECT)

G_DEFINE_QUARK (atlas-kb-error-quark, atlas_kb_error)

/* The small vocabularies of the format (see data/kb-format.md) */
static const char * const place_kinds[] = {
  "neighbourhood", "district", "city", "town", "village", "region", "country", "facility",
  "landmark", NULL
};
static const char * const event_types[] = {
  "bombardment", "ground-fighting", "humanitarian", "evacuation", "ceasefire", "diplomacy",
  "statement", NULL
};
static const char * const who_values[] = {
  "people", "civilians", "children", "medical workers", "rescue workers",
  "opposition fighters", "government forces", "military personnel", NULL
};
static const char * const precision_values[] = { "exact", "centroid", "approximate", "unknown", NULL };
static const char * const date_precision_values[] = { "day", "days", "month", NULL };
static const char * const status_values[] = { "reported", "planned", NULL };

/* Loading */

typedef struct
{
  const char *key;    /* member name, or NULL for an array index; points into the JSON tree */
  guint       index;
} Segment;

typedef struct
{
  GArray *segments;   /* Segment */
  char   *path;       /* when known directly, as for syntax errors */
  char   *message;
  gsize   offset;     /* where the problem is, when known directly */
  guint   has_offset : 1;
  guint   unlocated : 1;  /* about the whole file: no position to find */
} Pending;

typedef struct
{
  const char *data;
  gsize       length;
  const char *file;
  GArray     *path;      /* Segment stack */
  GPtrArray  *pending;   /* Pending */
  guint       n_dropped;
  AtlasKb    *kb;
  GHashTable *first_seen;  /* "collection\x1fid" → path where the id was first used */
} Loader;

typedef enum { OPTIONAL, REQUIRED } Need;

static void
pending_free (Pending *p)
{
  g_array_unref (p->segments);
  g_free (p->path);
  g_free (p->message);
  g_free (p);
}

/* The segments of a path; NULL when empty (an empty GArray has no data to point into) */
static const Segment *
segments_of (GArray *path)
{
  return path->len > 0 ? &g_array_index (path, Segment, 0) : NULL;
}

static char *
format_path (const Segment *segs,
             guint          n)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    atlas_json_path_append (str, segs[i].key, segs[i].index);

  return g_string_free (str, FALSE);
}

static char *
loader_path (Loader *L)
{
  return format_path (segments_of (L->path), L->path->len);
}

static void
push_key (Loader     *L,
          const char *key)
{
  Segment seg = { key, 0 };
  g_array_append_val (L->path, seg);
}

static void
push_index (Loader *L,
            guint   index)
{
  Segment seg = { NULL, index };
  g_array_append_val (L->path, seg);
}

static void
pop (Loader *L)
{
  g_assert (L->path->len > 0);
  g_array_set_size (L->path, L->path->len - 1);
}

static gboolean
too_many_problems (Loader *L)
{
  if (L->pending->len < ATLAS_KB_MAX_PROBLEMS)
    return FALSE;

  L->n_dropped++;
  return TRUE;
}

/* Records a problem at the current path, or at its member @member when not NULL */
G_GNUC_PRINTF (3, 4)
static void
report (Loader     *L,
        const char *member,
        const char *format,
        ...)
{
  Pending *p;
  va_list args;

  if (too_many_problems (L))
    return;

  p = g_new0 (Pending, 1);
  p->segments = g_array_copy (L->path);
  if (member)
    {
      Segment seg = { member, 0 };
      g_array_append_val (p->segments, seg);
    }

  va_start (args, format);
  p->message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (L->pending, p);
}

/* Records a problem found before or while parsing, at a byte offset when there is one */
static void
report_at (Loader     *L,
           gboolean    has_offset,
           gsize       offset,
           const char *message)
{
  Pending *p;

  if (too_many_problems (L))
    return;

  p = g_new0 (Pending, 1);
  p->segments = g_array_new (FALSE, FALSE, sizeof (Segment));
  p->message = g_strdup (message);
  p->has_offset = has_offset;
  p->unlocated = !has_offset;
  p->offset = offset;
  if (has_offset && L->data)
    p->path = atlas_json_walk (L->data, L->length, offset, NULL, NULL);
  g_ptr_array_add (L->pending, p);
}

static const char *
describe_node (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");

    case JSON_NODE_ARRAY:
      return _("an array");

    case JSON_NODE_NULL:
      return "null";

    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          return _("a string");
        case G_TYPE_BOOLEAN:
          return _("true or false");
        default:
          return _("a number");
        }
    }
}

static JsonNode *
get_member (Loader     *L,
            JsonObject *obj,
            const char *key,
            Need        need,
            const char *expected)
{
  JsonNode *node = json_object_get_member (obj, key);

  if (node == NULL || (JSON_NODE_HOLDS_NULL (node) && need == OPTIONAL))
    {
      if (need == REQUIRED)
        report (L, key, _("missing required member; expected %s"), expected);
      return NULL;
    }

  return node;
}

/* Optional members written as null count as absent, everywhere */
static gboolean
has_value (JsonObject *obj,
           const char *key)
{
  JsonNode *node = json_object_get_member (obj, key);

  return node != NULL && !JSON_NODE_HOLDS_NULL (node);
}

static const char *
node_get_string (Loader     *L,
                 JsonNode   *node,
                 const char *member,
                 gboolean    non_empty)
{
  const char *value;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      report (L, member, _("expected %s, found %s"),
              non_empty ? _("a non-empty string") : _("a string"), describe_node (node));
      return NULL;
    }

  value = json_node_get_string (node);
  if (non_empty && value[0] == '\0')
    {
      report (L, member, _("expected a non-empty string, found \"\""));
      return NULL;
    }

  return value;
}

static const char *
get_string (Loader     *L,
            JsonObject *obj,
            const char *key,
            Need        need)
{
  JsonNode *node = get_member (L, obj, key, need, _("a string"));

  return node ? node_get_string (L, node, key, need == REQUIRED) : NULL;
}

static gboolean
get_number (Loader     *L,
            JsonObject *obj,
            const char *key,
            Need        need,
            double      min,
            double      max,
            double     *out)
{
  JsonNode *node = get_member (L, obj, key, need, _("a number"));
  GType type;

  if (node == NULL)
    return FALSE;

  type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    {
      report (L, key, _("expected a number from %g to %g, found %s"), min, max, describe_node (node));
      return FALSE;
    }

  *out = json_node_get_double (node);
  if (!isfinite (*out) || *out < min || *out > max)
    {
      report (L, key, _("expected a number from %g to %g, found %g"), min, max, *out);
      return FALSE;
    }

  return TRUE;
}

/* Whole numbers that are counts or offsets: 0 or more */
static gboolean
get_count (Loader     *L,
           JsonObject *obj,
           const char *key,
           Need        need,
           gint64     *out)
{
  JsonNode *node = get_member (L, obj, key, need, _("a whole number of 0 or more"));

  if (node == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_DOUBLE)
        {
          double value = json_node_get_double (node);

          if (value == floor (value))
            report (L, key, _("expected a whole number of 0 or more, found %g written with a decimal point"), value);
          else
            report (L, key, _("expected a whole number of 0 or more, found %g"), value);
        }
      else
        report (L, key, _("expected a whole number of 0 or more, found %s"), describe_node (node));
      return FALSE;
    }

  *out = json_node_get_int (node);
  if (*out < 0)
    {
      report (L, key, _("expected a whole number of 0 or more, found %" PRId64), *out);
      return FALSE;
    }

  return TRUE;
}

static JsonArray *
get_array (Loader     *L,
           JsonObject *obj,
           const char *key,
           Need        need)
{
  JsonNode *node = get_member (L, obj, key, need, _("an array"));

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      report (L, key, _("expected an array, found %s"), describe_node (node));
      return NULL;
    }

  return json_node_get_array (node);
}

static JsonObject *
get_object (Loader     *L,
            JsonObject *obj,
            const char *key,
            Need        need)
{
  JsonNode *node = get_member (L, obj, key, need, _("an object"));

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      report (L, key, _("expected an object, found %s"), describe_node (node));
      return NULL;
    }

  return json_node_get_object (node);
}

static char *
describe_choices (const char * const *values)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; values[i]; i++)
    g_string_append_printf (str, "%s\"%s\"", i > 0 ? ", " : "", values[i]);

  return g_string_free (str, FALSE);
}

/* A string from a small vocabulary; returns its index, or -1 */
static int
get_choice (Loader              *L,
            JsonObject          *obj,
            const char          *key,
            Need                 need,
            const char * const  *values)
{
  g_autofree char *choices = describe_choices (values);
  JsonNode *node = get_member (L, obj, key, need, choices);
  const char *value;

  if (node == NULL)
    return -1;

  if (!(value = node_get_string (L, node, key, FALSE)))
    return -1;

  for (int i = 0; values[i]; i++)
    if (strcmp (values[i], value) == 0)
      return i;

  report (L, key, _("expected one of %s, found \"%s\""), choices, value);
  return -1;
}

static gboolean
get_date (Loader     *L,
          JsonObject *obj,
          const char *key,
          Need        need,
          AtlasDate  *out)
{
  JsonNode *node = get_member (L, obj, key, need, _("a date as YYYY-MM-DD"));
  const char *value;

  if (node == NULL)
    return FALSE;

  if (!(value = node_get_string (L, node, key, FALSE)))
    return FALSE;

  if (!atlas_date_parse (value, out))
    {
      report (L, key, _("expected a real calendar date as YYYY-MM-DD, found \"%s\""), value);
      return FALSE;
    }

  return TRUE;
}

static char **
get_string_array (Loader     *L,
                  JsonObject *obj,
                  const char *key)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  JsonArray *array;
  guint n;

  if (!(array = get_array (L, obj, key, OPTIONAL)))
    return NULL;

  builder = g_strv_builder_new ();
  n = json_array_get_length (array);

  push_key (L, key);
  for (guint i = 0; i < n; i++)
    {
      const char *value;

      push_index (L, i);
      if ((value = node_get_string (L, json_array_get_element (array, i), NULL, TRUE)))
        g_strv_builder_add (builder, value);
      pop (L);
    }
  pop (L);

  return g_strv_builder_end (builder);
}

/* Checks that the id is non-empty and not used before in @collection */
static const char *
get_id (Loader     *L,
        JsonObject *obj,
        const char *collection)
{
  const char *id = get_string (L, obj, "id", REQUIRED);
  g_autofree char *key = NULL;
  const char *first;

  if (id == NULL)
    return NULL;

  key = g_strconcat (collection, "\x1f", id, NULL);
  if ((first = g_hash_table_lookup (L->first_seen, key)))
    {
      report (L, "id", _("duplicate id \"%s\"; it is already used at %s"), id, first);
      return NULL;
    }

  g_hash_table_insert (L->first_seen, g_steal_pointer (&key), loader_path (L));
  return id;
}

/* Whether an item of @collection with this id exists in the file, valid or not: a reference to
 * an item that has problems of its own is not reported again. */
static gboolean
is_declared (Loader     *L,
             const char *collection,
             const char *id)
{
  g_autofree char *key = g_strconcat (collection, "\x1f", id, NULL);

  return g_hash_table_contains (L->first_seen, key);
}

/* An array of place ids; adds a reference to each resolved place to @places */
static void
get_place_refs (Loader     *L,
                JsonObject *obj,
                Need        need,
                GPtrArray  *places)
{
  JsonArray *array;
  guint n;

  if (!(array = get_array (L, obj, "places", need)))
    return;

  n = json_array_get_length (array);
  push_key (L, "places");
  for (guint i = 0; i < n; i++)
    {
      const char *id;
      AtlasPlace *place;

      push_index (L, i);
      if ((id = node_get_string (L, json_array_get_element (array, i), NULL, TRUE)))
        {
          if ((place = g_hash_table_lookup (L->kb->place_by_id, id)))
            g_ptr_array_add (places, g_object_ref (place));
          else if (!is_declared (L, "places", id))
            report (L, NULL, _("unknown place \"%s\"; expected the id of an entry in places"), id);
        }
      pop (L);
    }
  pop (L);
}

static gboolean
parse_source (Loader      *L,
              JsonObject  *obj,
              AtlasSource *out)
{
  const char *article_id = get_string (L, obj, "article", REQUIRED);
  const char *quote = get_string (L, obj, "quote", REQUIRED);
  AtlasArticle *article = NULL;
  gint64 start = -1, end = -1;
  gboolean ok = TRUE;

  if (article_id && !(article = g_hash_table_lookup (L->kb->article_by_id, article_id)))
    {
      if (!is_declared (L, "articles", article_id))
        report (L, "article", _("unknown article \"%s\"; expected the id of an entry in articles"), article_id);
      ok = FALSE;
    }

  if (!get_count (L, obj, "start", REQUIRED, &start))
    ok = FALSE;
  if (!get_count (L, obj, "end", REQUIRED, &end))
    ok = FALSE;

  if (start >= 0 && end >= 0 && end <= start)
    {
      report (L, "end", _("expected an offset after start (%" PRId64 "), found %" PRId64),
              start, end);
      ok = FALSE;
    }

  if (article && start >= 0 && start > (gint64) article->n_chars)
    {
      report (L, "start", _("offset %" PRId64 " is past the end of article \"%s\" (%u characters)"),
              start, article->id, article->n_chars);
      ok = FALSE;
    }
  else if (article && end >= 0 && end > (gint64) article->n_chars)
    {
      report (L, "end", _("offset %" PRId64 " is past the end of article \"%s\" (%u characters)"),
              end, article->id, article->n_chars);
      ok = FALSE;
    }

  if (!ok || article == NULL || quote == NULL)
    return FALSE;

  {
    const char *from = atlas_article_offset_to_pointer (article, start);
    const char *to = atlas_article_offset_to_pointer (article, end);
    gsize len = to - from;

    if (len != strlen (quote) || memcmp (from, quote, len) != 0)
      {
        g_autofree char *actual = g_strndup (from, len);
        g_autofree char *shown = NULL;

        if (g_utf8_strlen (actual, -1) > 80)
          {
            g_autofree char *head = g_utf8_substring (actual, 0, 77);
            shown = g_strconcat (head, "…", NULL);
          }

        report (L, "quote",
                _("does not match the article's text from %" PRId64 " to %" PRId64 "; the text there is \"%s\""),
                start, end, shown ? shown : actual);
        return FALSE;
      }
  }

  out->article = g_object_ref (article);
  out->start = start;
  out->end = end;
  out->quote = g_strdup (quote);

  return TRUE;
}

static void
parse_articles (Loader    *L,
                JsonArray *array)
{
  guint n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autoptr(AtlasArticle) article = NULL;
      JsonObject *obj;
      const char *id, *title, *outlet, *text, *url;
      AtlasDate published = ATLAS_DATE_NONE;

      push_index (L, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          report (L, NULL, _("expected an article object, found %s"), describe_node (node));
          pop (L);
          continue;
        }

      obj = json_node_get_object (node);
      id = get_id (L, obj, "articles");
      title = get_string (L, obj, "title", REQUIRED);
      outlet = get_string (L, obj, "outlet", REQUIRED);
      get_date (L, obj, "published", REQUIRED, &published);
      url = get_string (L, obj, "url", OPTIONAL);
      text = get_string (L, obj, "text", REQUIRED);

      if (id && title && outlet && text && published != ATLAS_DATE_NONE)
        {
          article = g_object_new (ATLAS_TYPE_ARTICLE, NULL);
          article->id = g_strdup (id);
          article->title = g_strdup (title);
          article->outlet = g_strdup (outlet);
          article->url = g_strdup (url);
          article->text = g_strdup (text);
          article->published = published;
          _atlas_article_build_index (article);

          g_hash_table_insert (L->kb->article_by_id, article->id, article);
          g_list_store_append (L->kb->articles, article);
        }

      pop (L);
    }
}

static gboolean
parse_position (Loader    *L,
                JsonNode  *node,
                double    *lon,
                double    *lat)
{
  JsonArray *pos;
  JsonNode *x, *y;

  if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) < 2)
    {
      report (L, NULL, _("expected a position [longitude, latitude], found %s"), describe_node (node));
      return FALSE;
    }

  pos = json_node_get_array (node);
  x = json_array_get_element (pos, 0);
  y = json_array_get_element (pos, 1);

  if (!JSON_NODE_HOLDS_VALUE (x) || !JSON_NODE_HOLDS_VALUE (y) ||
      (json_node_get_value_type (x) != G_TYPE_DOUBLE && json_node_get_value_type (x) != G_TYPE_INT64) ||
      (json_node_get_value_type (y) != G_TYPE_DOUBLE && json_node_get_value_type (y) != G_TYPE_INT64))
    {
      report (L, NULL, _("expected a position of two numbers [longitude, latitude]"));
      return FALSE;
    }

  *lon = json_node_get_double (x);
  *lat = json_node_get_double (y);

  if (!isfinite (*lon) || *lon < -180 || *lon > 180)
    {
      push_index (L, 0);
      report (L, NULL, _("expected a longitude from -180 to 180, found %g"), *lon);
      pop (L);
      return FALSE;
    }

  if (!isfinite (*lat) || *lat < -90 || *lat > 90)
    {
      push_index (L, 1);
      report (L, NULL, _("expected a latitude from -90 to 90, found %g"), *lat);
      pop (L);
      return FALSE;
    }

  return TRUE;
}

/* Parses the rings of one polygon; returns FALSE if any is invalid */
static gboolean
parse_polygon (Loader        *L,
               JsonNode      *node,
               AtlasGeometry *geometry)
{
  g_autoptr(GArray) coords = g_array_new (FALSE, FALSE, sizeof (double));
  JsonArray *rings;
  guint n_rings;
  gboolean ok = TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) == 0)
    {
      report (L, NULL, _("expected a polygon: an array of one or more rings, found %s"),
              JSON_NODE_HOLDS_ARRAY (node) ? _("an empty array") : describe_node (node));
      return FALSE;
    }

  rings = json_node_get_array (node);
  n_rings = json_array_get_length (rings);
  atlas_geometry_begin_polygon (geometry);

  for (guint r = 0; r < n_rings; r++)
    {
      JsonNode *ring_node = json_array_get_element (rings, r);
      JsonArray *ring;
      guint n;
      gboolean ring_ok = TRUE;

      push_index (L, r);

      if (!JSON_NODE_HOLDS_ARRAY (ring_node))
        {
          report (L, NULL, _("expected a ring: an array of positions, found %s"), describe_node (ring_node));
          pop (L);
          ok = FALSE;
          continue;
        }

      ring = json_node_get_array (ring_node);
      n = json_array_get_length (ring);

      if (n < 4)
        {
          report (L, NULL, _("expected a ring of at least 4 positions, found %u"), n);
          pop (L);
          ok = FALSE;
          continue;
        }

      g_array_set_size (coords, 0);
      for (guint i = 0; i < n; i++)
        {
          double lon, lat;

          push_index (L, i);
          if (parse_position (L, json_array_get_element (ring, i), &lon, &lat))
            {
              g_array_append_val (coords, lon);
              g_array_append_val (coords, lat);
            }
          else
            ring_ok = FALSE;
          pop (L);
        }

      if (ring_ok)
        {
          const double *c = &g_array_index (coords, double, 0);

          if (c[0] != c[2 * n - 2] || c[1] != c[2 * n - 1])
            {
              push_index (L, n - 1);
              report (L, NULL, _("ring is not closed: expected the last position to equal the first [%g, %g], found [%g, %g]"),
                      c[0], c[1], c[2 * n - 2], c[2 * n - 1]);
              pop (L);
              ring_ok = FALSE;
            }
          else
            atlas_geometry_add_ring (geometry, c, n);
        }

      ok = ok && ring_ok;
      pop (L);
    }

  return ok;
}

static AtlasGeometry *
parse_geometry (Loader     *L,
                JsonObject *obj)
{
  static const char * const types[] = { "Polygon", "MultiPolygon", NULL };
  g_autoptr(AtlasGeometry) geometry = NULL;
  JsonObject *geom;
  JsonArray *coordinates;
  int type;
  gboolean ok = TRUE;

  if (!(geom = get_object (L, obj, "geometry", OPTIONAL)))
    return NULL;

  push_key (L, "geometry");
  type = get_choice (L, geom, "type", REQUIRED, types);
  coordinates = get_array (L, geom, "coordinates", REQUIRED);

  if (type < 0 || coordinates == NULL)
    {
      pop (L);
      return NULL;
    }

  geometry = atlas_geometry_new ();
  push_key (L, "coordinates");

  if (type == 0)
    {
      JsonNode *node = json_object_get_member (geom, "coordinates");
      ok = parse_polygon (L, node, geometry);
    }
  else
    {
      guint n = json_array_get_length (coordinates);

      if (n == 0)
        {
          report (L, NULL, _("expected one or more polygons, found an empty array"));
          ok = FALSE;
        }

      for (guint i = 0; i < n; i++)
        {
          push_index (L, i);
          ok = parse_polygon (L, json_array_get_element (coordinates, i), geometry) && ok;
          pop (L);
        }
    }

  pop (L);
  pop (L);

  return ok ? g_steal_pointer (&geometry) : NULL;
}

static void
parse_places (Loader    *L,
              JsonArray *array)
{
  guint n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autoptr(AtlasGeometry) geometry = NULL;
      g_auto(GStrv) aliases = NULL;
      JsonObject *obj;
      const char *id, *name, *name_ar, *source, *note;
      int kind, precision;
      double lat = 0, lon = 0;
      gboolean has_lat, has_lon, ok = TRUE;

      push_index (L, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          report (L, NULL, _("expected a place object, found %s"), describe_node (node));
          pop (L);
          continue;
        }

      obj = json_node_get_object (node);
      id = get_id (L, obj, "places");
      name = get_string (L, obj, "name", REQUIRED);
      name_ar = get_string (L, obj, "name_ar", OPTIONAL);
      aliases = get_string_array (L, obj, "aliases");
      kind = get_choice (L, obj, "kind", REQUIRED, place_kinds);
      precision = get_choice (L, obj, "precision", REQUIRED, precision_values);
      source = get_string (L, obj, "source", OPTIONAL);
      note = get_string (L, obj, "note", OPTIONAL);

      has_lat = has_value (obj, "lat");
      has_lon = has_value (obj, "lon");

      if (precision == ATLAS_PRECISION_UNKNOWN && (has_lat || has_lon))
        {
          report (L, has_lat ? "lat" : "lon",
                  _("expected no coordinates for a place whose precision is \"unknown\""));
          ok = FALSE;
        }
      else if (precision >= 0 && precision != ATLAS_PRECISION_UNKNOWN)
        {
          if (!has_lat || !has_lon)
            {
              report (L, !has_lat ? "lat" : "lon",
                      _("missing required member; a place whose precision is \"%s\" needs lat and lon"),
                      precision_values[precision]);
              ok = FALSE;
            }
          else
            {
              ok = get_number (L, obj, "lat", REQUIRED, -90, 90, &lat) && ok;
              ok = get_number (L, obj, "lon", REQUIRED, -180, 180, &lon) && ok;
            }
        }

      if (has_value (obj, "geometry"))
        ok = (geometry = parse_geometry (L, obj)) != NULL && ok;

      if (id && name && kind >= 0 && precision >= 0 && ok)
        {
          g_autoptr(AtlasPlace) place = g_object_new (ATLAS_TYPE_PLACE, NULL);

          place->id = g_strdup (id);
          place->name = g_strdup (name);
          place->name_ar = g_strdup (name_ar);
          place->aliases = g_steal_pointer (&aliases);
          place->kind = g_strdup (place_kinds[kind]);
          place->precision = precision;
          place->source = g_strdup (source);
          place->note = g_strdup (note);
          place->geometry = g_steal_pointer (&geometry);
          place->has_location = precision != ATLAS_PRECISION_UNKNOWN;
          place->lat = lat;
          place->lon = lon;
          _atlas_place_build_search (place);

          g_hash_table_insert (L->kb->place_by_id, place->id, place);
          g_list_store_append (L->kb->places, place);
        }

      pop (L);
    }
}

static void
parse_events (Loader    *L,
              JsonArray *array,
              GPtrArray *events)
{
  guint n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autoptr(AtlasEvent) event = g_object_new (ATLAS_TYPE_EVENT, NULL);
      JsonObject *obj;
      JsonArray *sources;
      const char *id, *title, *summary, *note;
      AtlasDate date = ATLAS_DATE_NONE, end_date = ATLAS_DATE_NONE;
      int date_precision, status = ATLAS_EVENT_STATUS_REPORTED, type;
      gboolean ok = TRUE;

      push_index (L, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          report (L, NULL, _("expected an event object, found %s"), describe_node (node));
          pop (L);
          continue;
        }

      obj = json_node_get_object (node);
      id = get_id (L, obj, "events");
      ok = get_date (L, obj, "date", REQUIRED, &date) && ok;

      if (has_value (obj, "end_date"))
        {
          if (!get_date (L, obj, "end_date", REQUIRED, &end_date))
            ok = FALSE;
          else if (date != ATLAS_DATE_NONE && end_date < date)
            {
              g_autofree char *a = atlas_date_format (date);
              g_autofree char *b = atlas_date_format (end_date);

              report (L, "end_date", _("expected a date on or after date (%s), found \"%s\""), a, b);
              ok = FALSE;
            }
        }

      date_precision = get_choice (L, obj, "date_precision", REQUIRED, date_precision_values);
      if (has_value (obj, "status"))
        status = get_choice (L, obj, "status", REQUIRED, status_values);
      type = get_choice (L, obj, "type", REQUIRED, event_types);
      title = get_string (L, obj, "title", REQUIRED);
      summary = get_string (L, obj, "summary", OPTIONAL);
      note = get_string (L, obj, "note", OPTIONAL);
      event->actors = get_string_array (L, obj, "actors");
      get_place_refs (L, obj, REQUIRED, event->places);

      if ((sources = get_array (L, obj, "sources", REQUIRED)))
        {
          guint n_sources = json_array_get_length (sources);

          if (n_sources == 0)
            {
              report (L, "sources", _("expected at least one source, found an empty array"));
              ok = FALSE;
            }

          push_key (L, "sources");
          for (guint s = 0; s < n_sources; s++)
            {
              JsonNode *source_node = json_array_get_element (sources, s);
              AtlasSource source = { 0 };

              push_index (L, s);
              if (!JSON_NODE_HOLDS_OBJECT (source_node))
                {
                  report (L, NULL, _("expected a source object, found %s"), describe_node (source_node));
                  ok = FALSE;
                }
              else if (parse_source (L, json_node_get_object (source_node), &source))
                g_array_append_val (event->sources, source);
              else
                ok = FALSE;
              pop (L);
            }
          pop (L);
        }

      if (id && title && date_precision >= 0 && status >= 0 && type >= 0 && ok)
        {
          event->id = g_strdup (id);
          event->title = g_strdup (title);
          event->summary = g_strdup (summary);
          event->note = g_strdup (note);
          event->type = g_strdup (event_types[type]);
          event->date = date;
          event->end_date = end_date;
          event->date_precision = date_precision;
          event->status = status;
          event->file_index = i;

          g_hash_table_insert (L->kb->event_by_id, event->id, event);
          g_ptr_array_add (events, g_steal_pointer (&event));
        }

      pop (L);
    }
}

static gboolean
parse_count (Loader     *L,
             JsonObject *obj,
             const char *key,
             AtlasCount *out)
{
  JsonObject *count;
  gboolean ok;

  if (!(count = get_object (L, obj, key, OPTIONAL)))
    return !has_value (obj, key);

  push_key (L, key);
  ok = get_count (L, count, "min", REQUIRED, &out->min);
  if (has_value (count, "max"))
    {
      ok = get_count (L, count, "max", REQUIRED, &out->max) && ok;
      if (ok && out->max < out->min)
        {
          report (L, "max", _("expected a number of at least min (%" PRId64 "), found %" PRId64),
                  out->min, out->max);
          ok = FALSE;
        }
    }
  pop (L);

  return ok;
}

static void
parse_casualties (Loader    *L,
                  JsonArray *array)
{
  guint n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autoptr(AtlasCasualty) casualty = g_object_new (ATLAS_TYPE_CASUALTY, NULL);
      JsonObject *obj, *source;
      AtlasEvent *event = NULL;
      const char *id, *event_id, *qualifier, *reported_by, *note;
      int who;
      gboolean ok = TRUE;

      push_index (L, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          report (L, NULL, _("expected a casualty object, found %s"), describe_node (node));
          pop (L);
          continue;
        }

      obj = json_node_get_object (node);
      id = get_id (L, obj, "casualties");

      if ((event_id = get_string (L, obj, "event", REQUIRED)) &&
          !(event = g_hash_table_lookup (L->kb->event_by_id, event_id)) &&
          !is_declared (L, "events", event_id))
        report (L, "event", _("unknown event \"%s\"; expected the id of an entry in events"), event_id);

      get_place_refs (L, obj, OPTIONAL, casualty->places);
      ok = parse_count (L, obj, "killed", &casualty->killed) && ok;
      ok = parse_count (L, obj, "injured", &casualty->injured) && ok;
      who = get_choice (L, obj, "who", REQUIRED, who_values);
      qualifier = get_string (L, obj, "qualifier", OPTIONAL);
      reported_by = get_string (L, obj, "reported_by", REQUIRED);
      note = get_string (L, obj, "note", OPTIONAL);

      if ((source = get_object (L, obj, "source", REQUIRED)))
        {
          push_key (L, "source");
          ok = parse_source (L, source, &casualty->source) && ok;
          pop (L);
        }
      else
        ok = FALSE;

      if (id && event && who >= 0 && reported_by && ok)
        {
          casualty->id = g_strdup (id);
          casualty->event = g_object_ref (event);
          casualty->who = g_strdup (who_values[who]);
          casualty->qualifier = g_strdup (qualifier);
          casualty->reported_by = g_strdup (reported_by);
          casualty->note = g_strdup (note);

          g_hash_table_insert (L->kb->casualty_by_id, casualty->id, casualty);
          g_list_store_append (L->kb->casualties, casualty);
        }

      pop (L);
    }
}

static void
parse_region (Loader     *L,
              JsonObject *root)
{
  JsonObject *region, *center;

  if (!(region = get_object (L, root, "region", OPTIONAL)))
    return;

  push_key (L, "region");
  L->kb->region_name = g_strdup (get_string (L, region, "name", OPTIONAL));

  if ((center = get_object (L, region, "center", OPTIONAL)))
    {
      gboolean ok;

      push_key (L, "center");
      ok = get_number (L, center, "lat", REQUIRED, -90, 90, &L->kb->center_lat);
      ok = get_number (L, center, "lon", REQUIRED, -180, 180, &L->kb->center_lon) && ok;
      L->kb->has_center = ok;
      pop (L);
    }

  L->kb->zoom = 13;
  if (has_value (region, "zoom"))
    get_number (L, region, "zoom", REQUIRED, 1, 20, &L->kb->zoom);

  pop (L);
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const AtlasEvent *ea = *(AtlasEvent * const *) a;
  const AtlasEvent *eb = *(AtlasEvent * const *) b;

  if (ea->date != eb->date)
    return ea->date < eb->date ? -1 : 1;

  /* Ties keep the order of the file, so stepping through events is stable */
  return (ea->file_index > eb->file_index) - (ea->file_index < eb->file_index);
}

static void
index_add (GHashTable *index,
           gpointer    key,
           gpointer    item)
{
  GPtrArray *array = g_hash_table_lookup (index, key);

  if (array == NULL)
    g_hash_table_insert (index, key, (array = g_ptr_array_new ()));

  if (array->len == 0 || g_ptr_array_index (array, array->len - 1) != item)
    g_ptr_array_add (array, item);
}

static void
build_indexes (AtlasKb   *self,
               GPtrArray *events)
{
  guint n_casualties;

  g_ptr_array_sort (events, compare_events);
  for (guint i = 0; i < events->len; i++)
    {
      AtlasEvent *event = g_ptr_array_index (events, i);

      event->position = i;
      for (guint p = 0; p < event->places->len; p++)
        index_add (self->events_by_place, g_ptr_array_index (event->places, p), event);
      for (guint s = 0; s < event->sources->len; s++)
        index_add (self->events_by_article, g_array_index (event->sources, AtlasSource, s).article, event);
    }

  g_list_store_splice (self->events, 0, 0, events->pdata, events->len);
  self->event_array = g_ptr_array_ref (events);

  n_casualties = g_list_model_get_n_items (G_LIST_MODEL (self->casualties));
  for (guint i = 0; i < n_casualties; i++)
    {
      g_autoptr(AtlasCasualty) casualty = g_list_model_get_item (G_LIST_MODEL (self->casualties), i);

      index_add (self->casualties_by_event, casualty->event, casualty);
      index_add (self->casualties_by_article, casualty->source.article, casualty);

      /* A figure without places of its own counts where its event happened */
      if (casualty->places->len > 0)
        for (guint p = 0; p < casualty->places->len; p++)
          index_add (self->casualties_by_place, g_ptr_array_index (casualty->places, p), casualty);
      else
        for (guint p = 0; p < casualty->event->places->len; p++)
          index_add (self->casualties_by_place, g_ptr_array_index (casualty->event->places, p), casualty);
    }
}

static gboolean
parse_document (Loader    *L,
                JsonNode  *root_node)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  JsonObject *root;
  JsonNode *node;
  JsonArray *articles, *places, *events_array, *casualties;
  const char *format, *title;
  gint64 version = 0;

  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    {
      report (L, NULL, _("expected a JSON object at the top level, found %s"), describe_node (root_node));
      return FALSE;
    }

  root = json_node_get_object (root_node);

  if ((format = get_string (L, root, "format", REQUIRED)) && strcmp (format, "aleppo-atlas-kb") != 0)
    report (L, "format", _("expected \"aleppo-atlas-kb\", found \"%s\""), format);

  if ((node = get_member (L, root, "version", REQUIRED, "1")))
    {
      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_DOUBLE)
        report (L, "version", _("expected 1, the only version this program reads, found %g written with a decimal point"),
                json_node_get_double (node));
      else if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
        report (L, "version", _("expected 1, the only version this program reads, found %s"), describe_node (node));
      else if ((version = json_node_get_int (node)) != 1)
        report (L, "version", _("expected 1, the only version this program reads, found %" PRId64), version);
    }

  title = get_string (L, root, "title", REQUIRED);
  L->kb->title = g_strdup (title);
  parse_region (L, root);

  /* Order matters: events refer to places and articles, casualties to events */
  articles = get_array (L, root, "articles", REQUIRED);
  places = get_array (L, root, "places", REQUIRED);
  events_array = get_array (L, root, "events", REQUIRED);
  casualties = get_array (L, root, "casualties", REQUIRED);

  push_key (L, "articles");
  if (articles)
    parse_articles (L, articles);
  pop (L);

  push_key (L, "places");
  if (places)
    parse_places (L, places);
  pop (L);

  push_key (L, "events");
  if (events_array)
    parse_events (L, events_array, events);
  pop (L);

  push_key (L, "casualties");
  if (casualties)
    parse_casualties (L, casualties);
  pop (L);

  if (L->pending->len > 0)
    return FALSE;

  /* A safety net: an entry is never left out of the model without a problem saying why */
  if ((articles && json_array_get_length (articles) != g_list_model_get_n_items (G_LIST_MODEL (L->kb->articles))) ||
      (places && json_array_get_length (places) != g_list_model_get_n_items (G_LIST_MODEL (L->kb->places))) ||
      (events_array && json_array_get_length (events_array) != events->len) ||
      (casualties && json_array_get_length (casualties) != g_list_model_get_n_items (G_LIST_MODEL (L->kb->casualties))))
    {
      report (L, NULL, _("internal error: an entry was left out without a reason; please report this with the file"));
      return FALSE;
    }

  build_indexes (L->kb, events);
  return TRUE;
}

/* json-glib says "<data>:LINE:COL: Parse error: WHAT"; keep WHAT and the position */
static void
report_syntax_error (Loader       *L,
                     const GError *error)
{
  g_autofree char *message = NULL;
  const char *what = error->message;
  const char *marker;
  guint line = 0, column = 0;
  gboolean known;

  known = sscanf (error->message, "<data>:%u:%u:", &line, &column) == 2 && line > 0;

  if ((marker = strstr (error->message, "Parse error: ")))
    what = marker + strlen ("Parse error: ");

  message = g_strdup_printf (_("invalid JSON: %s"), what);
  report_at (L, known, known ? atlas_json_line_to_offset (L->data, L->length, line, column) : 0, message);
}

/* Duplicate member names.
 *
 * json-glib keeps the last of two members with the same name and says nothing, so a KB
 * that gives an event two dates would silently lose one. The guard counts the members in
 * the text; a tree that holds fewer had duplicates, and only then is the text walked to
 * say where. */

static guint64
count_members (JsonNode *node)
{
  guint64 n = 0;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      JsonNode *member;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, NULL, &member))
        n += 1 + count_members (member);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      guint length = json_array_get_length (array);

      for (guint i = 0; i < length; i++)
        n += count_members (json_array_get_element (array, i));
    }

  return n;
}

typedef struct
{
  Loader     *L;
  GHashTable *seen;      /* path → offset + 1 of its first value */
  GString    *reported;  /* the last duplicate reported: its own members repeat too */
  guint       n_found;
} DuplicateWalk;

static void
find_duplicate (const char *path,
                gsize       offset,
                gpointer    user_data)
{
  DuplicateWalk *walk = user_data;
  gsize reported_len = walk->reported->len;
  gpointer first;
  guint line, column;
  Pending *p;

  if (reported_len > 0 && g_str_has_prefix (path, walk->reported->str) &&
      (path[reported_len] == '.' || path[reported_len] == '['))
    return;

  if (!g_hash_table_lookup_extended (walk->seen, path, NULL, &first))
    {
      g_hash_table_insert (walk->seen, g_strdup (path), GSIZE_TO_POINTER (offset + 1));
      return;
    }

  g_string_assign (walk->reported, path);
  walk->n_found++;
  if (too_many_problems (walk->L))
    return;

  atlas_json_offset_to_line (walk->L->data, walk->L->length, GPOINTER_TO_SIZE (first) - 1, &line, &column);
  p = g_new0 (Pending, 1);
  p->segments = g_array_new (FALSE, FALSE, sizeof (Segment));
  p->path = g_strdup (path);
  p->has_offset = TRUE;
  p->offset = offset;
  p->message = g_strdup_printf (_("duplicate member, already given at line %u, column %u; expected each "
                                  "name once per object (only one of the values could be kept)"),
                                line, column);
  g_ptr_array_add (walk->L->pending, p);
}

static void
report_duplicate_members (Loader *L)
{
  DuplicateWalk walk = { L, g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL), g_string_new (NULL), 0 };

  g_free (atlas_json_walk (L->data, L->length, G_MAXSIZE, find_duplicate, &walk));
  /* The walk and the parser read the same text; should they ever disagree, still say it */
  if (walk.n_found == 0)
    report_at (L, FALSE, 0, _("an object has a duplicate member; expected each name once per object"));
  g_hash_table_unref (walk.seen);
  g_string_free (walk.reported, TRUE);
}

static void
record_offset (const char *path,
               gsize       offset,
               gpointer    user_data)
{
  GHashTable *wanted = user_data;

  /* Replace: json-glib keeps the last of duplicate members (each is also a problem) */
  if (g_hash_table_contains (wanted, path))
    g_hash_table_insert (wanted, g_strdup (path), GSIZE_TO_POINTER (offset + 1));
}

/* Gives every problem its line and column, in one walk over the text however many problems
 * there are: the problem's own value if it exists, else its nearest ancestor (the object
 * that lacks a required member, say). */
static GPtrArray *
finish_problems (Loader *L)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_problem_free);
  g_autoptr(GHashTable) wanted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < L->pending->len; i++)
    {
      Pending *p = g_ptr_array_index (L->pending, i);

      for (guint k = 0; !p->has_offset && !p->unlocated && k <= p->segments->len; k++)
        g_hash_table_insert (wanted, format_path (segments_of (p->segments), k), NULL);
    }

  if (g_hash_table_size (wanted) > 0 && L->data)
    g_free (atlas_json_walk (L->data, L->length, G_MAXSIZE, record_offset, wanted));

  for (guint i = 0; i < L->pending->len; i++)
    {
      Pending *p = g_ptr_array_index (L->pending, i);
      g_autofree char *path = p->path ? g_strdup (p->path)
                                      : format_path (segments_of (p->segments), p->segments->len);
      guint line = 0, column = 0;
      gsize offset = p->offset;
      gboolean found = p->has_offset;

      for (guint k = p->segments->len + 1; !found && !p->unlocated && k > 0; k--)
        {
          g_autofree char *prefix = format_path (segments_of (p->segments), k - 1);
          gpointer value = g_hash_table_lookup (wanted, prefix);

          if (value)
            {
              offset = GPOINTER_TO_SIZE (value) - 1;
              found = TRUE;
            }
        }

      if (found && L->data)
        atlas_json_offset_to_line (L->data, L->length, offset, &line, &column);

      g_ptr_array_add (problems, atlas_problem_new (L->file, line, column, path, p->message));
    }

  if (L->n_dropped > 0)
    {
      g_autofree char *message =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more problem not shown",
                                      "%u more problems not shown", L->n_dropped), L->n_dropped);
      g_ptr_array_add (problems, atlas_problem_new (L->file, 0, 0, NULL, message));
    }

  return problems;
}

/**
 * atlas_kb_new_from_bytes:
 * @bytes: the contents of a KB file
 * @display_name: (nullable): the file's name, used in problems
 * @problems: (out) (optional) (transfer full) (element-type AtlasProblem): every problem found
 *   (up to %ATLAS_KB_MAX_PROBLEMS), or an empty array when the KB is valid
 * @error: return location for a summary error
 *
 * Validates and loads a knowledge base. The JSON tree is freed once the model is built.
 * Nothing invalid is ever loaded in part: on any problem, %NULL is returned.
 *
 * Returns: (transfer full) (nullable): the KB
 */
AtlasKb *
atlas_kb_new_from_bytes (GBytes      *bytes,
                         const char  *display_name,
                         GPtrArray  **problems,
                         GError     **error)
{
  g_autoptr(AtlasKb) self = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *guard_message = NULL;
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);
  gsize bad_offset = 0;
  guint64 n_members = 0;
  AtlasKbError code = ATLAS_KB_ERROR_INVALID;
  Loader L = { 0 };

  g_return_val_if_fail (bytes != NULL, NULL);

  if (data == NULL)
    data = "";

  self = g_object_new (ATLAS_TYPE_KB, NULL);
  self->display_name = g_strdup (display_name);

  L.data = data;
  L.length = length;
  L.file = display_name;
  L.kb = self;
  L.path = g_array_new (FALSE, FALSE, sizeof (Segment));
  L.pending = g_ptr_array_new_with_free_func ((GDestroyNotify) pending_free);
  L.first_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (!atlas_json_guard (data, length, &bad_offset, &guard_message, &n_members))
    {
      /* An oversized file is not walked at all; an empty one has no position */
      gboolean positioned = length > 0 && length <= ATLAS_KB_MAX_SIZE && bad_offset < length;

      report_at (&L, positioned, bad_offset, guard_message);
      code = ATLAS_KB_ERROR_REFUSED;
    }
  else
    {
      parser = json_parser_new_immutable ();

      if (!json_parser_load_from_data (parser, data, length, &local_error))
        {
          report_syntax_error (&L, local_error);
          code = ATLAS_KB_ERROR_SYNTAX;
        }
      else if (json_parser_get_root (parser) == NULL)
        report_at (&L, FALSE, 0, _("file is empty; expected a JSON object"));
      else
        {
          if (count_members (json_parser_get_root (parser)) != n_members)
            report_duplicate_members (&L);
          parse_document (&L, json_parser_get_root (parser));
        }
    }

  found = finish_problems (&L);

  g_array_unref (L.path);
  g_ptr_array_unref (L.pending);
  g_hash_table_unref (L.first_seen);
  /* The tree is no longer needed: the model holds compact copies */
  g_clear_object (&parser);

  if (problems)
    *problems = g_ptr_array_ref (found);

  if (found->len > 0)
    {
      g_autofree char *first = atlas_problem_to_string (g_ptr_array_index (found, 0));

      g_set_error (error, ATLAS_KB_ERROR, code,
                   g_dngettext (GETTEXT_PACKAGE, "%s (%u problem)", "%s (%u problems in all)", found->len),
                   first, found->len);
      return NULL;
    }

  return g_steal_pointer (&self);
}

static char *
file_display_name (GFile *file)
{
  const char *path = g_file_peek_path (file);

  return path ? g_strdup (path) : g_file_get_uri (file);
}

/**
 * atlas_kb_new_from_file:
 *
 * Like atlas_kb_new_from_bytes(), reading @file first. A file that cannot be read is
 * reported as one problem.
 */
AtlasKb *
atlas_kb_new_from_file (GFile         *file,
                        GCancellable  *cancellable,
                        GPtrArray    **problems,
                        GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = file_display_name (file);

  /* Refuse an oversized file before reading it into memory */
  if ((info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                                 cancellable, NULL)) &&
      (guint64) g_file_info_get_size (info) > ATLAS_KB_MAX_SIZE)
    {
      g_autofree char *message =
        g_strdup_printf (_("file is %" PRIu64 " bytes, larger than the limit of %" PRIu64 " bytes"),
                         (guint64) g_file_info_get_size (info), (guint64) ATLAS_KB_MAX_SIZE);

      if (problems)
        {
          *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_problem_free);
          g_ptr_array_add (*problems, atlas_problem_new (name, 0, 0, NULL, message));
        }
      g_set_error (error, ATLAS_KB_ERROR, ATLAS_KB_ERROR_REFUSED, "%s: %s", name, message);
      return NULL;
    }

  if (!(bytes = g_file_load_bytes (file, cancellable, NULL, &local_error)))
    {
      g_autofree char *message = g_strdup_printf (_("cannot read the file: %s"), local_error->message);

      if (problems)
        {
          *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_problem_free);
          g_ptr_array_add (*problems, atlas_problem_new (name, 0, 0, NULL, message));
        }
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return atlas_kb_new_from_bytes (bytes, name, problems, error);
}

/**
 * atlas_kb_new_from_resource:
 *
 * Loads a KB compiled into the program, such as the embedded Aleppo 2016 KB.
 */
AtlasKb *
atlas_kb_new_from_resource (const char  *path,
                            GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (!(bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error)))
    return NULL;

  return atlas_kb_new_from_bytes (bytes, path, NULL, error);
}

typedef struct
{
  AtlasKb   *kb;
  GPtrArray *problems;
  GError    *error;
} LoadResult;

static void
load_result_free (LoadResult *result)
{
  g_clear_object (&result->kb);
  g_clear_pointer (&result->problems, g_ptr_array_unref);
  g_clear_error (&result->error);
  g_free (result);
}

static void
load_file_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  LoadResult *result = g_new0 (LoadResult, 1);

  result->kb = atlas_kb_new_from_file (task_data, cancellable, &result->problems, &result->error);
  g_task_return_pointer (task, result, (GDestroyNotify) load_result_free);
}

/**
 * atlas_kb_load_file_async:
 *
 * Loads a KB in a worker thread: parsing a large file takes long (json-glib reads about
 * 17 MB/s), and the window must stay responsive meanwhile.
 */
void
atlas_kb_load_file_async (GFile               *file,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, atlas_kb_load_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_file_thread);
}

AtlasKb *
atlas_kb_load_file_finish (GAsyncResult  *result,
                           GPtrArray    **problems,
                           GError       **error)
{
  LoadResult *load;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  if (!(load = g_task_propagate_pointer (G_TASK (result), error)))
    return NULL;

  if (problems)
    *problems = load->problems ? g_ptr_array_ref (load->problems) : NULL;

  if (load->kb == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&load->error));
      load_result_free (load);
      return NULL;
    }

  {
    AtlasKb *kb = g_steal_pointer (&load->kb);
    load_result_free (load);
    return kb;
  }
}

/* GObject */

static void
atlas_kb_finalize (GObject *object)
{
  AtlasKb *self = (AtlasKb *)object;

  g_free (self->title);
  g_free (self->display_name);
  g_free (self->region_name);

  g_hash_table_unref (self->events_by_place);
  g_hash_table_unref (self->casualties_by_place);
  g_hash_table_unref (self->casualties_by_event);
  g_hash_table_unref (self->events_by_article);
  g_hash_table_unref (self->casualties_by_article);
  g_hash_table_unref (self->article_by_id);
  g_hash_table_unref (self->place_by_id);
  g_hash_table_unref (self->event_by_id);
  g_hash_table_unref (self->casualty_by_id);
  g_clear_pointer (&self->event_array, g_ptr_array_unref);

  /* Casualties refer to events, events to places and articles: drop them in that order */
  g_clear_object (&self->casualties);
  g_clear_object (&self->events);
  g_clear_object (&self->places);
  g_clear_object (&self->articles);

  G_OBJECT_CLASS (atlas_kb_parent_class)->finalize (object);
}

static void
atlas_kb_class_init (AtlasKbClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_kb_finalize;
}

static GHashTable *
new_index (void)
{
  return g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
}

static void
atlas_kb_init (AtlasKb *self)
{
  self->articles = g_list_store_new (ATLAS_TYPE_ARTICLE);
  self->places = g_list_store_new (ATLAS_TYPE_PLACE);
  self->events = g_list_store_new (ATLAS_TYPE_EVENT);
  self->casualties = g_list_store_new (ATLAS_TYPE_CASUALTY);

  self->article_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->place_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->event_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->casualty_by_id = g_hash_table_new (g_str_hash, g_str_equal);

  self->events_by_place = new_index ();
  self->casualties_by_place = new_index ();
  self->casualties_by_event = new_index ();
  self->events_by_article = new_index ();
  self->casualties_by_article = new_index ();
}

/* Public API */

const char *
atlas_kb_get_title (AtlasKb *self)
{
  g_return_val_if_fail (ATLAS_IS_KB (self), NULL);
  return self->title;
}

const char *
atlas_kb_get_display_name (AtlasKb *self)
{
  g_return_val_if_fail (ATLAS_IS_KB (self), NULL);
  return self->display_name;
}

const char *
atlas_kb_get_region_name (AtlasKb *self)
{
  g_return_val_if_fail (ATLAS_IS_KB (self), NULL);
  return self->region_name;
}

/**
 * atlas_kb_get_region_center:
 *
 * Returns: %FALSE if the KB does not say where its region is
 */
gboolean
atlas_kb_get_region_center (AtlasKb *self,
                            double  *lat,
                            double  *lon,
                            double  *zoom)
{
  g_return_val_if_fail (ATLAS_IS_KB (self), FALSE);

  if (lat)
    *lat = self->center_lat;
  if (lon)
    *lon = self->center_lon;
  if (zoom)
    *zoom = self->zoom;

  return self->has_center;
}

/**
 * atlas_kb_get_articles:
 *
 * Returns: (transfer none): the articles, of #AtlasArticle, in file order
 */
GListModel *
atlas_kb_get_articles (AtlasKb *self)
{
  g_return_val_if_fail (ATLAS_IS_KB (self), NULL);
  return G_LIST_MODEL (self->articles);
}

/**
 * atlas_kb_get_places:
 *
 * Returns: (transfer none): the places, of #AtlasPlace, in file order
 */
GListModel *
atlas_kb_get_places (AtlasKb *self)
{
  g_return_val_if_fail (ATLAS_IS_KB (self), NULL);
  return G_LIST_MODEL (self->places);
}

/**
 * atlas_kb_get_events:
 *
 * Returns: (transfer none): the events, of #AtlasEvent, in date order; events on the same
 *   day keep the order of the file
 */
GListModel *
atlas_kb_get_events (AtlasKb *self)
{
  g_return_val_if_fail (ATLAS_IS_KB (self), NULL);
  return G_LIST_MODEL (self->events);
}

/**
 * atlas_kb_get_casualties:
 *
 * Returns: (transfer none): the casualty figures, of #AtlasCasualty, in file order
 */
GListModel *
atlas_kb_get_casualties (AtlasKb *self)
{
  g_return_val_if_fail (ATLAS_IS_KB (self), NULL);
  return G_LIST_MODEL (self->casualties);
}

AtlasArticle *
atlas_kb_lookup_article (AtlasKb    *self,
                         const char *id)
{
  g_return_val_if_fail (ATLAS_IS_KB (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->article_by_id, id);
}

AtlasPlace *
atlas_kb_lookup_place (AtlasKb    *self,
                       const char *id)
{
  g_return_val_if_fail (ATLAS_IS_KB (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->place_by_id, id);
}

AtlasEvent *
atlas_kb_lookup_event (AtlasKb    *self,
                       const char *id)
{
  g_return_val_if_fail (ATLAS_IS_KB (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->event_by_id, id);
}

AtlasCasualty *
atlas_kb_lookup_casualty (AtlasKb    *self,
                          const char *id)
{
  g_return_val_if_fail (ATLAS_IS_KB (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->casualty_by_id, id);
}

static GPtrArray *
index_lookup (GHashTable *index,
              gpointer    key)
{
  static GPtrArray *empty;
  GPtrArray *array;

  if ((array = g_hash_table_lookup (index, key)))
    return array;

  if (g_once_init_enter (&empty))
    g_once_init_leave (&empty, g_ptr_array_new ());

  return empty;
}

/**
 * atlas_kb_get_events_for_place:
 *
 * Returns: (transfer none) (element-type AtlasEvent): the events at @place, in date order
 */
GPtrArray *
atlas_kb_get_events_for_place (AtlasKb    *self,
                               AtlasPlace *place)
{
  g_return_val_if_fail (ATLAS_IS_KB (self), NULL);
  return index_lookup (self->events_by_place, place);
}

/**
 * atlas_kb_get_casualties_for_place:
 *
 * Returns: (transfer none) (element-type AtlasCasualty): the casualty figures given for
 *   @place, or for events at @place when a figure names no place of its own
 */
GPtrArray *
atlas_kb_get_casualties_for_place (AtlasKb    *self,
                                   AtlasPlace *place)
{
  g_return_val_if_fail (ATLAS_IS_KB (self), NULL);
  return index_lookup (self->casualties_by_place, place);
}

/**
 * atlas_kb_get_casualties_for_event:
 *
 * Returns: (transfer none) (element-type AtlasCasualty): the event's casualty figures
 */
GPtrArray *
atlas_kb_get_casualties_for_event (AtlasKb    *self,
                                   AtlasEvent *event)
{
  g_return_val_if_fail (ATLAS_IS_KB (self), NULL);
  return index_lookup (self->casualties_by_event, event);
}

/**
 * atlas_kb_get_events_for_article:
 *
 * Returns: (transfer none) (element-type AtlasEvent): the events with a source in @article
 */
GPtrArray *
atlas_kb_get_events_for_article (AtlasKb      *self,
                                 AtlasArticle *article)
{
  g_return_val_if_fail (ATLAS_IS_KB (self), NULL);
  return index_lookup (self->events_by_article, article);
}

/**
 * atlas_kb_get_casualties_for_article:
 *
 * Returns: (transfer none) (element-type AtlasCasualty): the figures whose source is @article
 */
GPtrArray *
atlas_kb_get_casualties_for_article (AtlasKb      *self,
                                     AtlasArticle *article)
{
  g_return_val_if_fail (ATLAS_IS_KB (self), NULL);
  return index_lookup (self->casualties_by_article, article);
}

/**
 * atlas_kb_find_first_event_on_or_after:
 *
 * Binary search over the date-ordered events.
 *
 * Returns: the position of the first event dated on or after @date, or the number of events
 */
guint
atlas_kb_find_first_event_on_or_after (AtlasKb   *self,
                                       AtlasDate  date)
{
  guint lo = 0, hi;

  g_return_val_if_fail (ATLAS_IS_KB (self), 0);

  if (self->event_array == NULL)
    return 0;

  hi = self->event_array->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      AtlasEvent *event = g_ptr_array_index (self->event_array, mid);

      if (event->date < date)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/* atlas-kb-values.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-kb"

#include "config.h"

#include <inttypes.h>

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "atlas-kb-loader-private.h"

/* Typed values of the JSON tree: each reader checks a member's type and range, reports what
 * is wrong at the current path, and returns nothing rather than a guess. */

const char *
_atlas_loader_describe_node (JsonNode *node)
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

JsonNode *
_atlas_loader_get_member (Loader     *L,
                          JsonObject *obj,
                          const char *key,
                          Need        need,
                          const char *expected)
{
  JsonNode *node = json_object_get_member (obj, key);

  if (node == NULL || (JSON_NODE_HOLDS_NULL (node) && need == OPTIONAL))
    {
      if (need == REQUIRED)
        _atlas_loader_report (L, key, _("missing required member; expected %s"), expected);
      return NULL;
    }

  return node;
}

/* Optional members written as null count as absent, everywhere */
gboolean
_atlas_loader_has_value (JsonObject *obj,
                         const char *key)
{
  JsonNode *node = json_object_get_member (obj, key);

  return node != NULL && !JSON_NODE_HOLDS_NULL (node);
}

const char *
_atlas_loader_node_get_string (Loader     *L,
                               JsonNode   *node,
                               const char *member,
                               gboolean    non_empty)
{
  const char *value;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      _atlas_loader_report (L, member, _("expected %s, found %s"),
                            non_empty ? _("a non-empty string") : _("a string"), _atlas_loader_describe_node (node));
      return NULL;
    }

  value = json_node_get_string (node);
  if (non_empty && value[0] == '\0')
    {
      _atlas_loader_report (L, member, _("expected a non-empty string, found \"\""));
      return NULL;
    }

  return value;
}

const char *
_atlas_loader_get_string (Loader     *L,
                          JsonObject *obj,
                          const char *key,
                          Need        need)
{
  JsonNode *node = _atlas_loader_get_member (L, obj, key, need, _("a string"));

  return node ? _atlas_loader_node_get_string (L, node, key, need == REQUIRED) : NULL;
}

gboolean
_atlas_loader_get_number (Loader     *L,
                          JsonObject *obj,
                          const char *key,
                          Need        need,
                          double      min,
                          double      max,
                          double     *out)
{
  JsonNode *node = _atlas_loader_get_member (L, obj, key, need, _("a number"));
  GType type;

  if (node == NULL)
    return FALSE;

  type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    {
      _atlas_loader_report (L, key, _("expected a number from %g to %g, found %s"), min, max, _atlas_loader_describe_node (node));
      return FALSE;
    }

  *out = json_node_get_double (node);
  if (!isfinite (*out) || *out < min || *out > max)
    {
      _atlas_loader_report (L, key, _("expected a number from %g to %g, found %g"), min, max, *out);
      return FALSE;
    }

  return TRUE;
}

/* Whole numbers that are counts or offsets: 0 or more */
gboolean
_atlas_loader_get_count (Loader     *L,
                         JsonObject *obj,
                         const char *key,
                         Need        need,
                         gint64     *out)
{
  JsonNode *node = _atlas_loader_get_member (L, obj, key, need, _("a whole number of 0 or more"));

  if (node == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_DOUBLE)
        {
          double value = json_node_get_double (node);

          if (value == floor (value))
            _atlas_loader_report (L, key, _("expected a whole number of 0 or more, found %g written with a decimal point"), value);
          else
            _atlas_loader_report (L, key, _("expected a whole number of 0 or more, found %g"), value);
        }
      else
        _atlas_loader_report (L, key, _("expected a whole number of 0 or more, found %s"), _atlas_loader_describe_node (node));
      return FALSE;
    }

  *out = json_node_get_int (node);
  if (*out < 0)
    {
      _atlas_loader_report (L, key, _("expected a whole number of 0 or more, found %" PRId64), *out);
      return FALSE;
    }

  return TRUE;
}

JsonArray *
_atlas_loader_get_array (Loader     *L,
                         JsonObject *obj,
                         const char *key,
                         Need        need)
{
  JsonNode *node = _atlas_loader_get_member (L, obj, key, need, _("an array"));

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      _atlas_loader_report (L, key, _("expected an array, found %s"), _atlas_loader_describe_node (node));
      return NULL;
    }

  return json_node_get_array (node);
}

JsonObject *
_atlas_loader_get_object (Loader     *L,
                          JsonObject *obj,
                          const char *key,
                          Need        need)
{
  JsonNode *node = _atlas_loader_get_member (L, obj, key, need, _("an object"));

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _atlas_loader_report (L, key, _("expected an object, found %s"), _atlas_loader_describe_node (node));
      return NULL;
    }

  return json_node_get_object (node);
}

/* A string from a small vocabulary; returns its index, or -1 */
int
_atlas_loader_get_choice (Loader          *L,
                          JsonObject      *obj,
                          const char      *key,
                          Need             need,
                          AtlasVocabulary  vocabulary)
{
  g_autofree char *choices = atlas_vocabulary_describe (vocabulary);
  JsonNode *node = _atlas_loader_get_member (L, obj, key, need, choices);
  const char *value;
  int index;

  if (node == NULL)
    return -1;

  if (!(value = _atlas_loader_node_get_string (L, node, key, FALSE)))
    return -1;

  if ((index = atlas_vocabulary_lookup (vocabulary, value)) >= 0)
    return index;

  _atlas_loader_report (L, key, _("expected one of %s, found \"%s\""), choices, value);
  return -1;
}

gboolean
_atlas_loader_get_date (Loader     *L,
                        JsonObject *obj,
                        const char *key,
                        Need        need,
                        AtlasDate  *out)
{
  JsonNode *node = _atlas_loader_get_member (L, obj, key, need, _("a date as YYYY-MM-DD"));
  const char *value;

  if (node == NULL)
    return FALSE;

  if (!(value = _atlas_loader_node_get_string (L, node, key, FALSE)))
    return FALSE;

  if (!atlas_date_parse (value, out))
    {
      _atlas_loader_report (L, key, _("expected a real calendar date as YYYY-MM-DD, found \"%s\""), value);
      return FALSE;
    }

  return TRUE;
}

char **
_atlas_loader_get_string_array (Loader     *L,
                                JsonObject *obj,
                                const char *key)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  JsonArray *array;
  guint n;

  if (!(array = _atlas_loader_get_array (L, obj, key, OPTIONAL)))
    return NULL;

  builder = g_strv_builder_new ();
  n = json_array_get_length (array);

  _atlas_loader_push_key (L, key);
  for (guint i = 0; i < n; i++)
    {
      const char *value;

      _atlas_loader_push_index (L, i);
      if ((value = _atlas_loader_node_get_string (L, json_array_get_element (array, i), NULL, TRUE)))
        g_strv_builder_add (builder, value);
      _atlas_loader_pop (L);
    }
  _atlas_loader_pop (L);

  return g_strv_builder_end (builder);
}

/* Checks that the id is non-empty and not used before in @collection */
const char *
_atlas_loader_get_id (Loader     *L,
                      JsonObject *obj,
                      const char *collection)
{
  const char *id = _atlas_loader_get_string (L, obj, "id", REQUIRED);
  g_autofree char *key = NULL;
  const char *first;

  if (id == NULL)
    return NULL;

  key = g_strconcat (collection, "\x1f", id, NULL);
  if ((first = g_hash_table_lookup (L->first_seen, key)))
    {
      _atlas_loader_report (L, "id", _("duplicate id \"%s\"; it is already used at %s"), id, first);
      return NULL;
    }

  g_hash_table_insert (L->first_seen, g_steal_pointer (&key), _atlas_loader_path (L));
  return id;
}

/* Whether an item of @collection with this id exists in the file, valid or not: a reference to
 * an item that has problems of its own is not reported again. */
gboolean
_atlas_loader_is_declared (Loader     *L,
                           const char *collection,
                           const char *id)
{
  g_autofree char *key = g_strconcat (collection, "\x1f", id, NULL);

  return g_hash_table_contains (L->first_seen, key);
}

/* An array of place ids; adds a reference to each resolved place to @places */
void
_atlas_loader_get_place_refs (Loader     *L,
                              JsonObject *obj,
                              Need        need,
                              GPtrArray  *places)
{
  JsonArray *array;
  guint n;

  if (!(array = _atlas_loader_get_array (L, obj, "places", need)))
    return;

  n = json_array_get_length (array);
  _atlas_loader_push_key (L, "places");
  for (guint i = 0; i < n; i++)
    {
      const char *id;
      AtlasPlace *place;

      _atlas_loader_push_index (L, i);
      if ((id = _atlas_loader_node_get_string (L, json_array_get_element (array, i), NULL, TRUE)))
        {
          if ((place = g_hash_table_lookup (L->kb->place_by_id, id)))
            g_ptr_array_add (places, g_object_ref (place));
          else if (!_atlas_loader_is_declared (L, "places", id))
            _atlas_loader_report (L, NULL, _("unknown place \"%s\"; expected the id of an entry in places"), id);
        }
      _atlas_loader_pop (L);
    }
  _atlas_loader_pop (L);
}

gboolean
_atlas_loader_parse_source (Loader      *L,
                            JsonObject  *obj,
                            AtlasSource *out)
{
  const char *article_id = _atlas_loader_get_string (L, obj, "article", REQUIRED);
  const char *quote = _atlas_loader_get_string (L, obj, "quote", REQUIRED);
  AtlasArticle *article = NULL;
  gint64 start = -1, end = -1;
  gboolean ok = TRUE;

  if (article_id && !(article = g_hash_table_lookup (L->kb->article_by_id, article_id)))
    {
      if (!_atlas_loader_is_declared (L, "articles", article_id))
        _atlas_loader_report (L, "article", _("unknown article \"%s\"; expected the id of an entry in articles"), article_id);
      ok = FALSE;
    }

  if (!_atlas_loader_get_count (L, obj, "start", REQUIRED, &start))
    ok = FALSE;
  if (!_atlas_loader_get_count (L, obj, "end", REQUIRED, &end))
    ok = FALSE;

  if (start >= 0 && end >= 0 && end <= start)
    {
      _atlas_loader_report (L, "end", _("expected an offset after start (%" PRId64 "), found %" PRId64),
                            start, end);
      ok = FALSE;
    }

  if (!ok || article == NULL || quote == NULL)
    return FALSE;

  /* Offsets past the end are reported there, unless the text changed and the source is
   * found again by its words */
  return _atlas_loader_anchor_source (L, obj, article, quote, start, end, out);
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
      _atlas_loader_report (L, NULL, _("expected a position [longitude, latitude], found %s"), _atlas_loader_describe_node (node));
      return FALSE;
    }

  pos = json_node_get_array (node);
  x = json_array_get_element (pos, 0);
  y = json_array_get_element (pos, 1);

  if (!JSON_NODE_HOLDS_VALUE (x) || !JSON_NODE_HOLDS_VALUE (y) ||
      (json_node_get_value_type (x) != G_TYPE_DOUBLE && json_node_get_value_type (x) != G_TYPE_INT64) ||
      (json_node_get_value_type (y) != G_TYPE_DOUBLE && json_node_get_value_type (y) != G_TYPE_INT64))
    {
      _atlas_loader_report (L, NULL, _("expected a position of two numbers [longitude, latitude]"));
      return FALSE;
    }

  *lon = json_node_get_double (x);
  *lat = json_node_get_double (y);

  if (!isfinite (*lon) || *lon < -180 || *lon > 180)
    {
      _atlas_loader_push_index (L, 0);
      _atlas_loader_report (L, NULL, _("expected a longitude from -180 to 180, found %g"), *lon);
      _atlas_loader_pop (L);
      return FALSE;
    }

  if (!isfinite (*lat) || *lat < -90 || *lat > 90)
    {
      _atlas_loader_push_index (L, 1);
      _atlas_loader_report (L, NULL, _("expected a latitude from -90 to 90, found %g"), *lat);
      _atlas_loader_pop (L);
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
      _atlas_loader_report (L, NULL, _("expected a polygon: an array of one or more rings, found %s"),
                            JSON_NODE_HOLDS_ARRAY (node) ? _("an empty array") : _atlas_loader_describe_node (node));
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

      _atlas_loader_push_index (L, r);

      if (!JSON_NODE_HOLDS_ARRAY (ring_node))
        {
          _atlas_loader_report (L, NULL, _("expected a ring: an array of positions, found %s"), _atlas_loader_describe_node (ring_node));
          _atlas_loader_pop (L);
          ok = FALSE;
          continue;
        }

      ring = json_node_get_array (ring_node);
      n = json_array_get_length (ring);

      if (n < 4)
        {
          _atlas_loader_report (L, NULL, _("expected a ring of at least 4 positions, found %u"), n);
          _atlas_loader_pop (L);
          ok = FALSE;
          continue;
        }

      g_array_set_size (coords, 0);
      for (guint i = 0; i < n; i++)
        {
          double lon, lat;

          _atlas_loader_push_index (L, i);
          if (parse_position (L, json_array_get_element (ring, i), &lon, &lat))
            {
              g_array_append_val (coords, lon);
              g_array_append_val (coords, lat);
            }
          else
            ring_ok = FALSE;
          _atlas_loader_pop (L);
        }

      if (ring_ok)
        {
          const double *c = &g_array_index (coords, double, 0);

          if (c[0] != c[2 * n - 2] || c[1] != c[2 * n - 1])
            {
              _atlas_loader_push_index (L, n - 1);
              _atlas_loader_report (L, NULL, _("ring is not closed: expected the last position to equal the first [%g, %g], found [%g, %g]"),
                                    c[0], c[1], c[2 * n - 2], c[2 * n - 1]);
              _atlas_loader_pop (L);
              ring_ok = FALSE;
            }
          else
            atlas_geometry_add_ring (geometry, c, n);
        }

      ok = ok && ring_ok;
      _atlas_loader_pop (L);
    }

  return ok;
}

AtlasGeometry *
_atlas_loader_parse_geometry (Loader     *L,
                              JsonObject *obj)
{
  g_autoptr(AtlasGeometry) geometry = NULL;
  JsonObject *geom;
  JsonArray *coordinates;
  int type;
  gboolean ok = TRUE;

  if (!(geom = _atlas_loader_get_object (L, obj, "geometry", OPTIONAL)))
    return NULL;

  _atlas_loader_push_key (L, "geometry");
  type = _atlas_loader_get_choice (L, geom, "type", REQUIRED, ATLAS_VOCABULARY_GEOMETRY_TYPE);
  coordinates = _atlas_loader_get_array (L, geom, "coordinates", REQUIRED);

  if (type < 0 || coordinates == NULL)
    {
      _atlas_loader_pop (L);
      return NULL;
    }

  geometry = atlas_geometry_new ();
  _atlas_loader_push_key (L, "coordinates");

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
          _atlas_loader_report (L, NULL, _("expected one or more polygons, found an empty array"));
          ok = FALSE;
        }

      for (guint i = 0; i < n; i++)
        {
          _atlas_loader_push_index (L, i);
          ok = parse_polygon (L, json_array_get_element (coordinates, i), geometry) && ok;
          _atlas_loader_pop (L);
        }
    }

  _atlas_loader_pop (L);
  _atlas_loader_pop (L);

  return ok ? g_steal_pointer (&geometry) : NULL;
}

/* atlas-context.c: the country and its governorates, drawn around the region on the map
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-context"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "atlas-context.h"

/*
 * The map's context layer (issue 7): without it, a place 20 km out of the city was a dot on
 * empty grey. The data is data/geodata/ocha_syr_context.geojson, made from OCHA's COD-AB by
 * build-aux/make-context.py and shipped in the GResource, so that the map needs no network.
 * Only what that script writes is read: a FeatureCollection of Polygon or MultiPolygon
 * features with "level", "pcode", "name_en" and "name_ar". Anything else is an error, not a
 * guess.
 */

struct _AtlasContext
{
  GPtrArray *areas;    /* AtlasContextArea* */
};

G_DEFINE_QUARK (atlas-context-error-quark, atlas_context_error)

static void
area_free (AtlasContextArea *area)
{
  g_free (area->pcode);
  g_free (area->name);
  g_free (area->name_ar);
  g_clear_pointer (&area->geometry, atlas_geometry_unref);
  g_free (area);
}

static gboolean
parse_ring (JsonArray      *ring,
            AtlasGeometry  *geometry)
{
  guint n = json_array_get_length (ring);
  g_autofree double *lon_lat = NULL;

  if (n < 4)
    return FALSE;

  lon_lat = g_new (double, 2 * n);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (ring, i);
      JsonArray *point;

      if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (point = json_node_get_array (node)) < 2 ||
          json_node_get_value_type (json_array_get_element (point, 0)) != G_TYPE_DOUBLE ||
          json_node_get_value_type (json_array_get_element (point, 1)) != G_TYPE_DOUBLE)
        return FALSE;

      lon_lat[2 * i] = json_array_get_double_element (point, 0);
      lon_lat[2 * i + 1] = json_array_get_double_element (point, 1);
      if (lon_lat[2 * i] < -180 || lon_lat[2 * i] > 180 || lon_lat[2 * i + 1] < -85 || lon_lat[2 * i + 1] > 85)
        return FALSE;
    }

  atlas_geometry_add_ring (geometry, lon_lat, n);
  return TRUE;
}

static gboolean
parse_polygon (JsonNode      *node,
               AtlasGeometry *geometry)
{
  JsonArray *rings;

  if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (rings = json_node_get_array (node)) == 0)
    return FALSE;

  atlas_geometry_begin_polygon (geometry);
  for (guint i = 0; i < json_array_get_length (rings); i++)
    {
      JsonNode *ring = json_array_get_element (rings, i);

      if (!JSON_NODE_HOLDS_ARRAY (ring) || !parse_ring (json_node_get_array (ring), geometry))
        return FALSE;
    }

  return TRUE;
}

static AtlasGeometry *
parse_geometry (JsonObject *object)
{
  g_autoptr(AtlasGeometry) geometry = atlas_geometry_new ();
  const char *type = json_object_get_string_member_with_default (object, "type", "");
  JsonNode *coordinates = json_object_get_member (object, "coordinates");

  if (coordinates == NULL || !JSON_NODE_HOLDS_ARRAY (coordinates))
    return NULL;

  if (g_str_equal (type, "Polygon"))
    {
      if (!parse_polygon (coordinates, geometry))
        return NULL;
    }
  else if (g_str_equal (type, "MultiPolygon"))
    {
      JsonArray *polygons = json_node_get_array (coordinates);

      for (guint i = 0; i < json_array_get_length (polygons); i++)
        if (!parse_polygon (json_array_get_element (polygons, i), geometry))
          return NULL;
    }
  else
    return NULL;

  if (atlas_geometry_get_n_polygons (geometry) == 0)
    return NULL;

  return g_steal_pointer (&geometry);
}

static AtlasContextArea *
parse_area (JsonNode *node)
{
  JsonObject *feature, *properties, *geometry;
  JsonNode *member;
  AtlasContextArea *area;
  const char *name, *pcode;
  gint64 level;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  feature = json_node_get_object (node);

  if ((member = json_object_get_member (feature, "properties")) == NULL || !JSON_NODE_HOLDS_OBJECT (member))
    return NULL;
  properties = json_node_get_object (member);
  if ((member = json_object_get_member (feature, "geometry")) == NULL || !JSON_NODE_HOLDS_OBJECT (member))
    return NULL;
  geometry = json_node_get_object (member);

  level = json_object_get_int_member_with_default (properties, "level", -1);
  name = json_object_get_string_member_with_default (properties, "name_en", NULL);
  pcode = json_object_get_string_member_with_default (properties, "pcode", NULL);
  if ((level != 0 && level != 1) || name == NULL || *name == '\0' || pcode == NULL)
    return NULL;

  area = g_new0 (AtlasContextArea, 1);
  area->level = level;
  area->name = g_strdup (name);
  area->pcode = g_strdup (pcode);
  area->name_ar = g_strdup (json_object_get_string_member_with_default (properties, "name_ar", NULL));
  area->geometry = parse_geometry (geometry);
  if (area->geometry == NULL ||
      !atlas_geometry_get_interior_point (area->geometry, &area->label_lon, &area->label_lat))
    {
      area_free (area);
      return NULL;
    }

  return area;
}

/**
 * atlas_context_new_from_bytes:
 * @bytes: the GeoJSON that build-aux/make-context.py writes
 *
 * Returns: (transfer full) (nullable): the areas, in the file's order, or %NULL with @error set
 */
AtlasContext *
atlas_context_new_from_bytes (GBytes  *bytes,
                              GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(AtlasContext) self = NULL;
  JsonNode *root, *features;
  gsize size = 0;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (!json_parser_load_from_data (parser, data ? data : "", size, error))
    return NULL;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root) ||
      (features = json_object_get_member (json_node_get_object (root), "features")) == NULL ||
      !JSON_NODE_HOLDS_ARRAY (features))
    {
      g_set_error (error, ATLAS_CONTEXT_ERROR, ATLAS_CONTEXT_ERROR_INVALID,
                   _("The map’s context is not a GeoJSON feature collection"));
      return NULL;
    }

  self = g_new0 (AtlasContext, 1);
  self->areas = g_ptr_array_new_with_free_func ((GDestroyNotify) area_free);

  for (guint i = 0; i < json_array_get_length (json_node_get_array (features)); i++)
    {
      AtlasContextArea *area = parse_area (json_array_get_element (json_node_get_array (features), i));

      if (area == NULL)
        {
          g_set_error (error, ATLAS_CONTEXT_ERROR, ATLAS_CONTEXT_ERROR_INVALID,
                       _("Feature %u of the map’s context is not a named area with polygons"), i);
          return NULL;
        }
      g_ptr_array_add (self->areas, area);
    }

  return g_steal_pointer (&self);
}

void
atlas_context_free (AtlasContext *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->areas);
  g_free (self);
}

guint
atlas_context_get_n_areas (AtlasContext *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->areas->len;
}

const AtlasContextArea *
atlas_context_get_area (AtlasContext *self,
                        guint         i)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (i < self->areas->len, NULL);
  return g_ptr_array_index (self->areas, i);
}

/* The first area of level 0, or NULL */
const AtlasContextArea *
atlas_context_get_country (AtlasContext *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->areas->len; i++)
    {
      AtlasContextArea *area = g_ptr_array_index (self->areas, i);

      if (area->level == 0)
        return area;
    }

  return NULL;
}

/* Whether (@lat, @lon) is inside the country */
gboolean
atlas_context_in_country (AtlasContext *self,
                          double        lat,
                          double        lon)
{
  const AtlasContextArea *country;

  g_return_val_if_fail (self != NULL, FALSE);

  country = atlas_context_get_country (self);
  return country != NULL && atlas_geometry_contains (country->geometry, lon, lat);
}

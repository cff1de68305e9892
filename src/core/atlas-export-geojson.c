/* atlas-export-geojson.c: places and events as a GeoJSON FeatureCollection (RFC 7946)
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-export"

#include "config.h"

#include "atlas-export-private.h"
#include "atlas-vocabulary.h"

/* Where a place is, as GeoJSON can say it */
typedef enum
{
  SHAPE_NONE,
  SHAPE_POINT,
  SHAPE_POLYGONS,
} Shape;

/*
 * A place with unknown precision has no geometry, whatever else it carries. Otherwise its
 * outline when it has one (a neighbourhood), else its point.
 */
static Shape
place_shape (AtlasPlace *place)
{
  double lat, lon;

  if (atlas_place_get_precision (place) == ATLAS_PRECISION_UNKNOWN)
    return SHAPE_NONE;
  if (atlas_place_get_geometry (place) != NULL)
    return SHAPE_POLYGONS;
  if (atlas_place_get_location (place, &lat, &lon))
    return SHAPE_POINT;
  return SHAPE_NONE;
}

static void
add_position (JsonBuilder *builder,
              double       lon,
              double       lat)
{
  json_builder_begin_array (builder);
  json_builder_add_double_value (builder, lon);
  json_builder_add_double_value (builder, lat);
  json_builder_end_array (builder);
}

/* The place's polygons, each an array of rings, into the open array of @builder */
static void
add_polygons (JsonBuilder *builder,
              AtlasPlace  *place)
{
  AtlasGeometry *geometry = atlas_place_get_geometry (place);

  for (guint p = 0; p < atlas_geometry_get_n_polygons (geometry); p++)
    {
      json_builder_begin_array (builder);
      for (guint r = 0; r < atlas_geometry_get_n_rings (geometry, p); r++)
        {
          guint n_points = 0;
          const double *lon_lat = atlas_geometry_get_ring (geometry, p, r, &n_points);

          json_builder_begin_array (builder);
          for (guint i = 0; i < n_points; i++)
            add_position (builder, lon_lat[2 * i], lon_lat[2 * i + 1]);
          json_builder_end_array (builder);
        }
      json_builder_end_array (builder);
    }
}

static void
add_place_geometry (JsonBuilder *builder,
                    AtlasPlace  *place)
{
  double lat, lon;

  switch (place_shape (place))
    {
    case SHAPE_POLYGONS:
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "type");
      json_builder_add_string_value (builder, "MultiPolygon");
      json_builder_set_member_name (builder, "coordinates");
      json_builder_begin_array (builder);
      add_polygons (builder, place);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      break;

    case SHAPE_POINT:
      atlas_place_get_location (place, &lat, &lon);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "type");
      json_builder_add_string_value (builder, "Point");
      json_builder_set_member_name (builder, "coordinates");
      add_position (builder, lon, lat);
      json_builder_end_object (builder);
      break;

    case SHAPE_NONE:
    default:
      json_builder_add_null_value (builder);
      break;
    }
}

/*
 * An event is where its places are: a MultiPolygon when they all have outlines, a MultiPoint
 * when they are all points (one geometry type per layer suits QGIS), a GeometryCollection of
 * both when they are mixed, null when none is located. Places of unknown location are left out
 * (the "places" property still names them).
 */
static void
add_event_geometry (JsonBuilder *builder,
                    AtlasEvent  *event)
{
  guint n_points = 0, n_polygons = 0;
  guint n_places = atlas_event_get_n_places (event);

  for (guint i = 0; i < n_places; i++)
    switch (place_shape (atlas_event_get_place (event, i)))
      {
      case SHAPE_POINT: n_points++; break;
      case SHAPE_POLYGONS: n_polygons++; break;
      case SHAPE_NONE: default: break;
      }

  if (n_points == 0 && n_polygons == 0)
    {
      json_builder_add_null_value (builder);
      return;
    }

  if (n_points > 0 && n_polygons > 0)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "type");
      json_builder_add_string_value (builder, "GeometryCollection");
      json_builder_set_member_name (builder, "geometries");
      json_builder_begin_array (builder);
    }

  for (Shape shape = SHAPE_POINT; shape <= SHAPE_POLYGONS; shape++)
    {
      if ((shape == SHAPE_POINT && n_points == 0) || (shape == SHAPE_POLYGONS && n_polygons == 0))
        continue;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "type");
      json_builder_add_string_value (builder, shape == SHAPE_POINT ? "MultiPoint" : "MultiPolygon");
      json_builder_set_member_name (builder, "coordinates");
      json_builder_begin_array (builder);
      for (guint i = 0; i < n_places; i++)
        {
          AtlasPlace *place = atlas_event_get_place (event, i);
          double lat, lon;

          if (place_shape (place) != shape)
            continue;
          if (shape == SHAPE_POLYGONS)
            add_polygons (builder, place);
          else if (atlas_place_get_location (place, &lat, &lon))
            add_position (builder, lon, lat);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }

  if (n_points > 0 && n_polygons > 0)
    {
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
}

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *name,
                    const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value && *value)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_date_or_null (JsonBuilder *builder,
                  const char  *name,
                  AtlasDate    date)
{
  g_autofree char *text = date != ATLAS_DATE_NONE ? atlas_date_format (date) : NULL;

  add_string_or_null (builder, name, text);
}

static void
add_killed (JsonBuilder *builder,
            GPtrArray   *casualties)
{
  AtlasKilledRange range;

  _atlas_export_killed_range (casualties, &range);
  json_builder_set_member_name (builder, "killed_low");
  if (range.low >= 0)
    json_builder_add_int_value (builder, range.low);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "killed_high");
  if (range.high >= 0)
    json_builder_add_int_value (builder, range.high);
  else
    json_builder_add_null_value (builder);
}

/* "ground-fighting" → "events_ground_fighting": a name that QGIS and shapefiles keep */
static char *
type_property_name (const char *type)
{
  g_autofree char *name = g_strconcat ("events_", type, NULL);

  return g_strdelimit (g_steal_pointer (&name), "-", '_');
}

static void
add_place_feature (JsonBuilder *builder,
                   AtlasKb     *kb,
                   AtlasPlace  *place)
{
  GPtrArray *events = atlas_kb_get_events_for_place (kb, place);
  GPtrArray *casualties = atlas_kb_get_casualties_for_place (kb, place);
  guint counts[ATLAS_N_EVENT_TYPES] = { 0 };
  guint n_types = MIN (atlas_vocabulary_get_n_terms (ATLAS_VOCABULARY_EVENT_TYPE), ATLAS_N_EVENT_TYPES);

  for (guint i = 0; events && i < events->len; i++)
    {
      int type = atlas_vocabulary_lookup (ATLAS_VOCABULARY_EVENT_TYPE,
                                          atlas_event_get_event_type (g_ptr_array_index (events, i)));
      if (type >= 0 && (guint) type < n_types)
        counts[type]++;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, "Feature");
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, atlas_place_get_id (place));
  json_builder_set_member_name (builder, "geometry");
  add_place_geometry (builder, place);

  json_builder_set_member_name (builder, "properties");
  json_builder_begin_object (builder);
  add_string_or_null (builder, "kind", "place");
  add_string_or_null (builder, "id", atlas_place_get_id (place));
  add_string_or_null (builder, "name", atlas_place_get_name (place));
  add_string_or_null (builder, "name_ar", atlas_place_get_name_ar (place));
  add_string_or_null (builder, "place_kind", atlas_place_get_kind (place));
  add_string_or_null (builder, "precision", atlas_precision_to_string (atlas_place_get_precision (place)));
  json_builder_set_member_name (builder, "n_events");
  json_builder_add_int_value (builder, events ? events->len : 0);
  for (guint t = 0; t < n_types; t++)
    {
      g_autofree char *name = type_property_name (atlas_vocabulary_get_id (ATLAS_VOCABULARY_EVENT_TYPE, t));

      json_builder_set_member_name (builder, name);
      json_builder_add_int_value (builder, counts[t]);
    }
  add_killed (builder, casualties);
  json_builder_end_object (builder);

  json_builder_end_object (builder);
}

static void
add_event_feature (JsonBuilder *builder,
                   AtlasKb     *kb,
                   AtlasEvent  *event)
{
  GPtrArray *casualties = atlas_kb_get_casualties_for_event (kb, event);
  const char * const *actors = atlas_event_get_actors (event);
  g_autoptr(GPtrArray) articles = g_ptr_array_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, "Feature");
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, atlas_event_get_id (event));
  json_builder_set_member_name (builder, "geometry");
  add_event_geometry (builder, event);

  json_builder_set_member_name (builder, "properties");
  json_builder_begin_object (builder);
  add_string_or_null (builder, "kind", "event");
  add_string_or_null (builder, "id", atlas_event_get_id (event));
  add_date_or_null (builder, "date", atlas_event_get_date (event));
  add_date_or_null (builder, "end_date", atlas_event_get_end_date (event));
  add_string_or_null (builder, "date_precision",
                      atlas_date_precision_to_string (atlas_event_get_date_precision (event)));
  add_string_or_null (builder, "type", atlas_event_get_event_type (event));
  add_string_or_null (builder, "status", atlas_event_status_to_string (atlas_event_get_status (event)));
  add_string_or_null (builder, "title", atlas_event_get_title (event));

  json_builder_set_member_name (builder, "actors");
  json_builder_begin_array (builder);
  for (guint i = 0; actors && actors[i]; i++)
    json_builder_add_string_value (builder, actors[i]);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "places");
  json_builder_begin_array (builder);
  for (guint i = 0; i < atlas_event_get_n_places (event); i++)
    json_builder_add_string_value (builder, atlas_place_get_id (atlas_event_get_place (event, i)));
  json_builder_end_array (builder);

  /* Each article once, in the order the event cites them */
  for (guint i = 0; i < atlas_event_get_n_sources (event); i++)
    {
      AtlasArticle *article = atlas_event_get_source (event, i)->article;

      if (!g_ptr_array_find (articles, article, NULL))
        g_ptr_array_add (articles, article);
    }
  json_builder_set_member_name (builder, "sources");
  json_builder_begin_array (builder);
  for (guint i = 0; i < articles->len; i++)
    json_builder_add_string_value (builder, atlas_article_get_id (g_ptr_array_index (articles, i)));
  json_builder_end_array (builder);

  add_killed (builder, casualties);
  json_builder_end_object (builder);

  json_builder_end_object (builder);
}

gboolean
_atlas_export_geojson (AtlasKb       *kb,
                       GOutputStream *out,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  GListModel *places = atlas_kb_get_places (kb);
  GListModel *events = atlas_kb_get_events (kb);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, "FeatureCollection");
  add_string_or_null (builder, "name", atlas_kb_get_title (kb));
  json_builder_set_member_name (builder, "features");
  json_builder_begin_array (builder);

  for (guint i = 0; i < g_list_model_get_n_items (places); i++)
    {
      g_autoptr(AtlasPlace) place = g_list_model_get_item (places, i);

      add_place_feature (builder, kb, place);
    }

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(AtlasEvent) event = g_list_model_get_item (events, i);

      add_event_feature (builder, kb, event);
    }

  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return _atlas_export_write_json (root, out, cancellable, error);
}

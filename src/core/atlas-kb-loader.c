/* atlas-kb-loader.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-kb"

#include "config.h"

#include <inttypes.h>

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "atlas-json-guard.h"
#include "atlas-kb-loader-private.h"

/* The loader: JSON tree → model, checking every entry against data/kb-format.md */

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

      _atlas_loader_push_index (L, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          _atlas_loader_report (L, NULL, _("expected an article object, found %s"), _atlas_loader_describe_node (node));
          _atlas_loader_pop (L);
          continue;
        }

      obj = json_node_get_object (node);
      id = _atlas_loader_get_id (L, obj, "articles");
      title = _atlas_loader_get_string (L, obj, "title", REQUIRED);
      outlet = _atlas_loader_get_string (L, obj, "outlet", REQUIRED);
      _atlas_loader_get_date (L, obj, "published", REQUIRED, &published);
      url = _atlas_loader_get_string (L, obj, "url", OPTIONAL);
      text = _atlas_loader_get_string (L, obj, "text", REQUIRED);

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

      _atlas_loader_pop (L);
    }
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

      _atlas_loader_push_index (L, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          _atlas_loader_report (L, NULL, _("expected a place object, found %s"), _atlas_loader_describe_node (node));
          _atlas_loader_pop (L);
          continue;
        }

      obj = json_node_get_object (node);
      id = _atlas_loader_get_id (L, obj, "places");
      name = _atlas_loader_get_string (L, obj, "name", REQUIRED);
      name_ar = _atlas_loader_get_string (L, obj, "name_ar", OPTIONAL);
      aliases = _atlas_loader_get_string_array (L, obj, "aliases");
      kind = _atlas_loader_get_choice (L, obj, "kind", REQUIRED, ATLAS_VOCABULARY_PLACE_KIND);
      precision = _atlas_loader_get_choice (L, obj, "precision", REQUIRED, ATLAS_VOCABULARY_PRECISION);
      source = _atlas_loader_get_string (L, obj, "source", OPTIONAL);
      note = _atlas_loader_get_string (L, obj, "note", OPTIONAL);

      has_lat = _atlas_loader_has_value (obj, "lat");
      has_lon = _atlas_loader_has_value (obj, "lon");

      if (precision == ATLAS_PRECISION_UNKNOWN && (has_lat || has_lon))
        {
          _atlas_loader_report (L, has_lat ? "lat" : "lon",
                                _("expected no coordinates for a place whose precision is \"unknown\""));
          ok = FALSE;
        }
      else if (precision >= 0 && precision != ATLAS_PRECISION_UNKNOWN)
        {
          if (!has_lat || !has_lon)
            {
              _atlas_loader_report (L, !has_lat ? "lat" : "lon",
                                    _("missing required member; a place whose precision is \"%s\" needs lat and lon"),
                                    atlas_vocabulary_get_id (ATLAS_VOCABULARY_PRECISION, precision));
              ok = FALSE;
            }
          else
            {
              ok = _atlas_loader_get_number (L, obj, "lat", REQUIRED, -90, 90, &lat) && ok;
              ok = _atlas_loader_get_number (L, obj, "lon", REQUIRED, -180, 180, &lon) && ok;
            }
        }

      if (_atlas_loader_has_value (obj, "geometry"))
        ok = (geometry = _atlas_loader_parse_geometry (L, obj)) != NULL && ok;

      if (id && name && kind >= 0 && precision >= 0 && ok)
        {
          g_autoptr(AtlasPlace) place = g_object_new (ATLAS_TYPE_PLACE, NULL);

          place->id = g_strdup (id);
          place->name = g_strdup (name);
          place->name_ar = g_strdup (name_ar);
          place->aliases = g_steal_pointer (&aliases);
          place->kind = g_strdup (atlas_vocabulary_get_id (ATLAS_VOCABULARY_PLACE_KIND, kind));
          place->precision = precision;
          place->source = g_strdup (source);
          place->note = g_strdup (note);
          place->geometry = g_steal_pointer (&geometry);
          place->has_location = precision != ATLAS_PRECISION_UNKNOWN;
          place->lat = lat;
          place->lon = lon;

          g_hash_table_insert (L->kb->place_by_id, place->id, place);
          place->index = g_list_model_get_n_items (G_LIST_MODEL (L->kb->places));
          g_list_store_append (L->kb->places, place);
        }

      _atlas_loader_pop (L);
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

      _atlas_loader_push_index (L, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          _atlas_loader_report (L, NULL, _("expected an event object, found %s"), _atlas_loader_describe_node (node));
          _atlas_loader_pop (L);
          continue;
        }

      obj = json_node_get_object (node);
      id = _atlas_loader_get_id (L, obj, "events");
      ok = _atlas_loader_get_date (L, obj, "date", REQUIRED, &date) && ok;

      if (_atlas_loader_has_value (obj, "end_date"))
        {
          if (!_atlas_loader_get_date (L, obj, "end_date", REQUIRED, &end_date))
            ok = FALSE;
          else if (date != ATLAS_DATE_NONE && end_date < date)
            {
              g_autofree char *a = atlas_date_format (date);
              g_autofree char *b = atlas_date_format (end_date);

              _atlas_loader_report (L, "end_date", _("expected a date on or after date (%s), found \"%s\""), a, b);
              ok = FALSE;
            }
        }

      date_precision = _atlas_loader_get_choice (L, obj, "date_precision", REQUIRED,
                                                 ATLAS_VOCABULARY_DATE_PRECISION);
      if (_atlas_loader_has_value (obj, "status"))
        status = _atlas_loader_get_choice (L, obj, "status", REQUIRED,
                                           ATLAS_VOCABULARY_EVENT_STATUS);
      type = _atlas_loader_get_choice (L, obj, "type", REQUIRED, ATLAS_VOCABULARY_EVENT_TYPE);
      title = _atlas_loader_get_string (L, obj, "title", REQUIRED);
      summary = _atlas_loader_get_string (L, obj, "summary", OPTIONAL);
      note = _atlas_loader_get_string (L, obj, "note", OPTIONAL);
      event->actors = _atlas_loader_get_string_array (L, obj, "actors");
      _atlas_loader_get_place_refs (L, obj, REQUIRED, event->places);

      if ((sources = _atlas_loader_get_array (L, obj, "sources", REQUIRED)))
        {
          guint n_sources = json_array_get_length (sources);

          if (n_sources == 0)
            {
              _atlas_loader_report (L, "sources", _("expected at least one source, found an empty array"));
              ok = FALSE;
            }

          _atlas_loader_push_key (L, "sources");
          for (guint s = 0; s < n_sources; s++)
            {
              JsonNode *source_node = json_array_get_element (sources, s);
              AtlasSource source = { 0 };

              _atlas_loader_push_index (L, s);
              if (!JSON_NODE_HOLDS_OBJECT (source_node))
                {
                  _atlas_loader_report (L, NULL, _("expected a source object, found %s"), _atlas_loader_describe_node (source_node));
                  ok = FALSE;
                }
              else if (_atlas_loader_parse_source (L, json_node_get_object (source_node), &source))
                g_array_append_val (event->sources, source);
              else
                ok = FALSE;
              _atlas_loader_pop (L);
            }
          _atlas_loader_pop (L);
        }

      if (id && title && date_precision >= 0 && status >= 0 && type >= 0 && ok)
        {
          event->id = g_strdup (id);
          event->title = g_strdup (title);
          event->summary = g_strdup (summary);
          event->note = g_strdup (note);
          event->type = g_strdup (atlas_vocabulary_get_id (ATLAS_VOCABULARY_EVENT_TYPE, type));
          event->date = date;
          event->end_date = end_date;
          event->date_precision = date_precision;
          event->status = status;
          event->file_index = i;

          g_hash_table_insert (L->kb->event_by_id, event->id, event);
          g_ptr_array_add (events, g_steal_pointer (&event));
        }

      _atlas_loader_pop (L);
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

  if (!(count = _atlas_loader_get_object (L, obj, key, OPTIONAL)))
    return !_atlas_loader_has_value (obj, key);

  _atlas_loader_push_key (L, key);
  ok = _atlas_loader_get_count (L, count, "min", REQUIRED, &out->min);
  if (_atlas_loader_has_value (count, "max"))
    {
      ok = _atlas_loader_get_count (L, count, "max", REQUIRED, &out->max) && ok;
      if (ok && out->max < out->min)
        {
          _atlas_loader_report (L, "max", _("expected a number of at least min (%" PRId64 "), found %" PRId64),
                                out->min, out->max);
          ok = FALSE;
        }
    }
  _atlas_loader_pop (L);

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

      _atlas_loader_push_index (L, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          _atlas_loader_report (L, NULL, _("expected a casualty object, found %s"), _atlas_loader_describe_node (node));
          _atlas_loader_pop (L);
          continue;
        }

      obj = json_node_get_object (node);
      id = _atlas_loader_get_id (L, obj, "casualties");

      if ((event_id = _atlas_loader_get_string (L, obj, "event", REQUIRED)) &&
          !(event = g_hash_table_lookup (L->kb->event_by_id, event_id)) &&
          !_atlas_loader_is_declared (L, "events", event_id))
        _atlas_loader_report (L, "event", _("unknown event \"%s\"; expected the id of an entry in events"), event_id);

      _atlas_loader_get_place_refs (L, obj, OPTIONAL, casualty->places);
      ok = parse_count (L, obj, "killed", &casualty->killed) && ok;
      ok = parse_count (L, obj, "injured", &casualty->injured) && ok;
      who = _atlas_loader_get_choice (L, obj, "who", REQUIRED, ATLAS_VOCABULARY_WHO);
      qualifier = _atlas_loader_get_string (L, obj, "qualifier", OPTIONAL);
      reported_by = _atlas_loader_get_string (L, obj, "reported_by", REQUIRED);
      note = _atlas_loader_get_string (L, obj, "note", OPTIONAL);

      if ((source = _atlas_loader_get_object (L, obj, "source", REQUIRED)))
        {
          _atlas_loader_push_key (L, "source");
          ok = _atlas_loader_parse_source (L, source, &casualty->source) && ok;
          _atlas_loader_pop (L);
        }
      else
        ok = FALSE;

      if (id && event && who >= 0 && reported_by && ok)
        {
          casualty->id = g_strdup (id);
          casualty->event = g_object_ref (event);
          casualty->who = g_strdup (atlas_vocabulary_get_id (ATLAS_VOCABULARY_WHO, who));
          casualty->qualifier = g_strdup (qualifier);
          casualty->reported_by = g_strdup (reported_by);
          casualty->note = g_strdup (note);

          g_hash_table_insert (L->kb->casualty_by_id, casualty->id, casualty);
          g_list_store_append (L->kb->casualties, casualty);
        }

      _atlas_loader_pop (L);
    }
}

static void
parse_region (Loader     *L,
              JsonObject *root)
{
  JsonObject *region, *center;

  if (!(region = _atlas_loader_get_object (L, root, "region", OPTIONAL)))
    return;

  _atlas_loader_push_key (L, "region");
  L->kb->region_name = g_strdup (_atlas_loader_get_string (L, region, "name", OPTIONAL));

  if ((center = _atlas_loader_get_object (L, region, "center", OPTIONAL)))
    {
      gboolean ok;

      _atlas_loader_push_key (L, "center");
      ok = _atlas_loader_get_number (L, center, "lat", REQUIRED, -90, 90, &L->kb->center_lat);
      ok = _atlas_loader_get_number (L, center, "lon", REQUIRED, -180, 180, &L->kb->center_lon) && ok;
      L->kb->has_center = ok;
      _atlas_loader_pop (L);
    }

  L->kb->zoom = 13;
  if (_atlas_loader_has_value (region, "zoom"))
    _atlas_loader_get_number (L, region, "zoom", REQUIRED, 1, 20, &L->kb->zoom);

  _atlas_loader_pop (L);
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
      _atlas_loader_report (L, NULL, _("expected a JSON object at the top level, found %s"), _atlas_loader_describe_node (root_node));
      return FALSE;
    }

  root = json_node_get_object (root_node);

  if ((format = _atlas_loader_get_string (L, root, "format", REQUIRED)) && strcmp (format, "aleppo-atlas-kb") != 0)
    _atlas_loader_report (L, "format", _("expected \"aleppo-atlas-kb\", found \"%s\""), format);

  if ((node = _atlas_loader_get_member (L, root, "version", REQUIRED, "1")))
    {
      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_DOUBLE)
        _atlas_loader_report (L, "version", _("expected 1, the only version this program reads, found %g written with a decimal point"),
                              json_node_get_double (node));
      else if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
        _atlas_loader_report (L, "version", _("expected 1, the only version this program reads, found %s"), _atlas_loader_describe_node (node));
      else if ((version = json_node_get_int (node)) != 1)
        _atlas_loader_report (L, "version", _("expected 1, the only version this program reads, found %" PRId64), version);
    }

  L->kb->format_version = (guint) version;
  title = _atlas_loader_get_string (L, root, "title", REQUIRED);
  L->kb->title = g_strdup (title);
  parse_region (L, root);

  /* Order matters: events refer to places and articles, casualties to events */
  articles = _atlas_loader_get_array (L, root, "articles", REQUIRED);
  places = _atlas_loader_get_array (L, root, "places", REQUIRED);
  events_array = _atlas_loader_get_array (L, root, "events", REQUIRED);
  casualties = _atlas_loader_get_array (L, root, "casualties", REQUIRED);

  _atlas_loader_push_key (L, "articles");
  if (articles)
    parse_articles (L, articles);
  _atlas_loader_pop (L);

  _atlas_loader_push_key (L, "places");
  if (places)
    parse_places (L, places);
  _atlas_loader_pop (L);

  _atlas_loader_push_key (L, "events");
  if (events_array)
    parse_events (L, events_array, events);
  _atlas_loader_pop (L);

  _atlas_loader_push_key (L, "casualties");
  if (casualties)
    parse_casualties (L, casualties);
  _atlas_loader_pop (L);

  if (L->pending->len > 0)
    return FALSE;

  /* A safety net: an entry is never left out of the model without a problem saying why */
  if ((articles && json_array_get_length (articles) != g_list_model_get_n_items (G_LIST_MODEL (L->kb->articles))) ||
      (places && json_array_get_length (places) != g_list_model_get_n_items (G_LIST_MODEL (L->kb->places))) ||
      (events_array && json_array_get_length (events_array) != events->len) ||
      (casualties && json_array_get_length (casualties) != g_list_model_get_n_items (G_LIST_MODEL (L->kb->casualties))))
    {
      _atlas_loader_report (L, NULL, _("internal error: an entry was left out without a reason; please report this with the file"));
      return FALSE;
    }

  _atlas_kb_build_indexes (L->kb, events);
  return TRUE;
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
  L.pending = g_ptr_array_new_with_free_func ((GDestroyNotify) _atlas_loader_pending_free);
  L.first_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (!atlas_json_guard (data, length, &bad_offset, &guard_message, &n_members))
    {
      /* An oversized file is not walked at all; an empty one has no position */
      gboolean positioned = length > 0 && length <= ATLAS_KB_MAX_SIZE && bad_offset < length;

      _atlas_loader_report_at (&L, positioned, bad_offset, guard_message);
      code = ATLAS_KB_ERROR_REFUSED;
    }
  else
    {
      parser = json_parser_new_immutable ();

      if (!json_parser_load_from_data (parser, data, length, &local_error))
        {
          _atlas_loader_report_syntax_error (&L, local_error);
          code = ATLAS_KB_ERROR_SYNTAX;
        }
      else if (json_parser_get_root (parser) == NULL)
        _atlas_loader_report_at (&L, FALSE, 0, _("file is empty; expected a JSON object"));
      else
        {
          if (_atlas_loader_count_members (json_parser_get_root (parser)) != n_members)
            _atlas_loader_report_duplicate_members (&L);
          parse_document (&L, json_parser_get_root (parser));
        }
    }

  found = _atlas_loader_finish_problems (&L);

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

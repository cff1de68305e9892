/* atlas-kb.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-kb"

#include "config.h"

#include <inttypes.h>

#include <glib/gi18n.h>

#include "atlas-json-guard.h"
#include "atlas-kb-edit-private.h"
#include "atlas-kb-private.h"
#include "atlas-search.h"

G_DEFINE_FINAL_TYPE (AtlasKb, atlas_kb, G_TYPE_OBJECT)

G_DEFINE_QUARK (atlas-kb-error-quark, atlas_kb_error)

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

/* The places an event is at, as atlas_kb_get_places_for_event() defines them (the rule is
 * _atlas_kb_find_event_places(), which the edits use too) */
static void
index_event_places (AtlasKb    *self,
                    AtlasEvent *event)
{
  g_autoptr(GPtrArray) places = _atlas_kb_find_event_places (self, event);

  for (guint p = 0; p < places->len; p++)
    index_add (self->events_by_place, g_ptr_array_index (places, p), event);
}

void
_atlas_kb_build_indexes (AtlasKb   *self,
                         GPtrArray *events)
{
  guint n_casualties;

  n_casualties = g_list_model_get_n_items (G_LIST_MODEL (self->casualties));
  for (guint i = 0; i < n_casualties; i++)
    {
      g_autoptr(AtlasCasualty) casualty = g_list_model_get_item (G_LIST_MODEL (self->casualties), i);

      casualty->index = i;
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

  /* In date order, so that every list of events in an index is too */
  g_ptr_array_sort (events, compare_events);
  for (guint i = 0; i < events->len; i++)
    {
      AtlasEvent *event = g_ptr_array_index (events, i);

      event->position = i;
      self->next_file_index = MAX (self->next_file_index, event->file_index + 1);
      index_event_places (self, event);
      for (guint s = 0; s < event->sources->len; s++)
        index_add (self->events_by_article, g_array_index (event->sources, AtlasSource, s).article, event);
    }

  g_list_store_splice (self->events, 0, 0, events->pdata, events->len);
  self->event_array = g_ptr_array_ref (events);
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
  /* Here rather than on the first keystroke, which would wait for it (issue 7) */
  if (result->kb)
    atlas_kb_prepare_search (result->kb);
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
  g_clear_pointer (&self->event_types, g_ptr_array_unref);
  g_clear_pointer (&self->frozen_overlaps, g_hash_table_unref);

  g_hash_table_unref (self->events_by_place);
  g_hash_table_unref (self->places_by_event);
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
  self->places_by_event = new_index ();
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

/**
 * atlas_kb_get_format_version:
 *
 * Returns: the `version` of the file the KB was read from (1 or 2); a KB is saved as
 *   version 2 whatever it was read from
 */
guint
atlas_kb_get_format_version (AtlasKb *self)
{
  g_return_val_if_fail (ATLAS_IS_KB (self), 0);
  return self->format_version;
}

/**
 * atlas_kb_get_declared_event_types:
 * @n_types: (out): how many
 *
 * Returns: (nullable) (transfer none): the event types the KB declares, in its order, or
 *   %NULL when it declares none and uses the built-in ones (atlas-vocabulary.h)
 */
const AtlasKbEventType * const *
atlas_kb_get_declared_event_types (AtlasKb *self,
                                   guint   *n_types)
{
  g_return_val_if_fail (ATLAS_IS_KB (self), NULL);
  g_return_val_if_fail (n_types != NULL, NULL);

  if (self->event_types == NULL)
    {
      *n_types = 0;
      return NULL;
    }

  *n_types = self->event_types->len;
  return (const AtlasKbEventType * const *) self->event_types->pdata;
}

void
_atlas_kb_event_type_free (AtlasKbEventType *type)
{
  g_free (type->id);
  g_free (type->label);
  g_free (type->colour);
  g_free (type);
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
 * atlas_kb_get_places_for_event:
 * @self: a KB
 * @event: an event of @self
 *
 * The places an event is at: the places it names, and the places its casualty figures
 * name (a strike on one neighbourhood whose dead are counted in the next is at both). A
 * figure that names no place adds none: it counts where its event happened. This is the
 * one definition of "the events at a place" that the KB's index, the session's highlight
 * and the map's shading share.
 *
 * Returns: (transfer none) (element-type AtlasPlace): the places, each once: the event's
 *   own places in their order, then those its figures add, in the order of the figures
 */
GPtrArray *
atlas_kb_get_places_for_event (AtlasKb    *self,
                               AtlasEvent *event)
{
  GPtrArray *places;

  g_return_val_if_fail (ATLAS_IS_KB (self), NULL);
  g_return_val_if_fail (ATLAS_IS_EVENT (event), NULL);

  if ((places = g_hash_table_lookup (self->places_by_event, event)))
    return places;

  return event->places;
}

/**
 * atlas_kb_event_is_at_place:
 *
 * Returns: %TRUE if @place is one of atlas_kb_get_places_for_event()
 */
gboolean
atlas_kb_event_is_at_place (AtlasKb    *self,
                            AtlasEvent *event,
                            AtlasPlace *place)
{
  g_return_val_if_fail (ATLAS_IS_KB (self), FALSE);
  g_return_val_if_fail (ATLAS_IS_EVENT (event), FALSE);
  g_return_val_if_fail (ATLAS_IS_PLACE (place), FALSE);

  return g_ptr_array_find (atlas_kb_get_places_for_event (self, event), place, NULL);
}

/**
 * atlas_kb_get_events_for_place:
 *
 * Returns: (transfer none) (element-type AtlasEvent): the events at @place, in date order:
 *   those that name it and those with a casualty figure that names it (see
 *   atlas_kb_get_places_for_event())
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

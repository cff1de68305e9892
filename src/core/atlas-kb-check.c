/* atlas-kb-check.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-kb-check"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "atlas-kb-check.h"
#include "atlas-kb-edit-private.h"
#include "atlas-kb-private.h"
#include "atlas-kb-writer-private.h"

/*
 * The problems of a KB being edited, each with the fact it concerns (issue 9: "validation as
 * you go: the same problems as --check, shown beside what they concern").
 *
 * There is one rule, the loader's: the KB is written as it would be saved, and the text read
 * back with atlas_kb_new_from_bytes(), as `aleppo-atlas --check` reads a file. The problems
 * name what they concern by a JSON path (`events[3].sources[0]`), whose index is the item's
 * place in the text; the map turns it back into the item, with the order the writer wrote
 * the items in, taken when the text was written (the KB may change while it is read).
 */

struct _AtlasProblemMap
{
  GObject     parent_instance;

  GPtrArray  *problems;   /* AtlasProblem, all of them */
  GHashTable *by_item;    /* item → GPtrArray of AtlasProblem (not owning) */
  GHashTable *item_of;    /* AtlasProblem → its item (not owning: by_item holds it) */
};

G_DEFINE_FINAL_TYPE (AtlasProblemMap, atlas_problem_map, G_TYPE_OBJECT)

/* The items of a KB in the order of its text, by the top-level member that lists them */
typedef struct
{
  GPtrArray *articles;
  GPtrArray *places;
  GPtrArray *events;
  GPtrArray *casualties;
} Order;

static GPtrArray *
list_items (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);
  GPtrArray *items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));
  return items;
}

static Order *
order_new (AtlasKb *kb)
{
  Order *order = g_new0 (Order, 1);

  order->articles = list_items (G_LIST_MODEL (kb->articles));
  order->places = list_items (G_LIST_MODEL (kb->places));
  order->events = _atlas_kb_events_in_file_order (kb);
  order->casualties = list_items (G_LIST_MODEL (kb->casualties));
  return order;
}

static void
order_free (Order *order)
{
  g_ptr_array_unref (order->articles);
  g_ptr_array_unref (order->places);
  g_ptr_array_unref (order->events);
  g_ptr_array_unref (order->casualties);
  g_free (order);
}

/* The item a path such as `events[3].sources[0]` starts in, or NULL */
static gpointer
item_of_path (Order      *order,
              const char *path)
{
  static const struct { const char *key; gsize offset; } lists[] = {
    { "articles", G_STRUCT_OFFSET (Order, articles) },
    { "places", G_STRUCT_OFFSET (Order, places) },
    { "events", G_STRUCT_OFFSET (Order, events) },
    { "casualties", G_STRUCT_OFFSET (Order, casualties) },
  };

  if (path == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      gsize len = strlen (lists[i].key);
      GPtrArray *items = G_STRUCT_MEMBER (GPtrArray *, order, lists[i].offset);
      char *end = NULL;
      guint64 index;

      if (strncmp (path, lists[i].key, len) != 0 || path[len] != '[' || !g_ascii_isdigit (path[len + 1]))
        continue;

      index = g_ascii_strtoull (path + len + 1, &end, 10);
      if (end == NULL || *end != ']' || index >= items->len)
        return NULL;
      return g_ptr_array_index (items, index);
    }

  return NULL;
}

static AtlasProblemMap *
map_new (Order     *order,
         GPtrArray *problems)
{
  AtlasProblemMap *self = g_object_new (ATLAS_TYPE_PROBLEM_MAP, NULL);

  for (guint i = 0; problems && i < problems->len; i++)
    {
      AtlasProblem *problem = atlas_problem_copy (g_ptr_array_index (problems, i));
      gpointer item = item_of_path (order, problem->path);
      GPtrArray *of_item;

      g_ptr_array_add (self->problems, problem);
      if (item == NULL)
        continue;

      if (!(of_item = g_hash_table_lookup (self->by_item, item)))
        {
          of_item = g_ptr_array_new ();
          /* The key is kept alive with the list: the item may leave the KB before the map goes */
          g_hash_table_insert (self->by_item, g_object_ref (item), of_item);
        }
      g_ptr_array_add (of_item, problem);
      g_hash_table_insert (self->item_of, problem, item);
    }

  return self;
}

/* GObject overrides */

static void
atlas_problem_map_finalize (GObject *object)
{
  AtlasProblemMap *self = ATLAS_PROBLEM_MAP (object);

  g_clear_pointer (&self->item_of, g_hash_table_unref);
  g_clear_pointer (&self->by_item, g_hash_table_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);

  G_OBJECT_CLASS (atlas_problem_map_parent_class)->finalize (object);
}

static void
atlas_problem_map_class_init (AtlasProblemMapClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = atlas_problem_map_finalize;
}

static void
atlas_problem_map_init (AtlasProblemMap *self)
{
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_problem_free);
  self->by_item = g_hash_table_new_full (NULL, NULL, g_object_unref, (GDestroyNotify) g_ptr_array_unref);
  self->item_of = g_hash_table_new (NULL, NULL);
}

/* Checking in a thread.
 *
 * Writing 60,000 events takes 0.6 s, too long for the main thread after each edit: the thread
 * writes a snapshot instead, a KB of its own that holds the same items, and the order holds a
 * reference to each of them until the check is over. An edit replaces the items it changes,
 * but re-points the references of others in place: one pointer at a time (an event's place,
 * a source's report, a figure's event), to items that stay alive, which a check that reads
 * them halfway may find mixed, and then the next check, run after the edit, tells the truth.
 * The one change that moves memory is a figure's list of the figures it may count with
 * (_atlas_kb_link_overlaps() inserts into it): the snapshot writes copies of those lists, made
 * here on the main thread. An article's hash is computed when first asked for, and is asked
 * for here too, so that the thread only reads it. */

typedef struct
{
  AtlasKb *snapshot;
  Order   *order;
} CheckData;

static void
check_data_free (CheckData *data)
{
  g_clear_object (&data->snapshot);
  order_free (data->order);
  g_free (data);
}

static void
copy_items (GListStore *store,
            GPtrArray  *items)
{
  g_list_store_splice (store, 0, 0, items->pdata, items->len);
}

/* What the writer reads of a KB (atlas-kb-writer.c), without the indexes it does not need */
static AtlasKb *
snapshot_new (AtlasKb *kb,
              Order   *order)
{
  AtlasKb *snapshot = g_object_new (ATLAS_TYPE_KB, NULL);

  snapshot->format_version = kb->format_version;
  snapshot->title = g_strdup (kb->title);
  snapshot->display_name = g_strdup (kb->display_name);
  snapshot->region_name = g_strdup (kb->region_name);
  snapshot->center_lat = kb->center_lat;
  snapshot->center_lon = kb->center_lon;
  snapshot->zoom = kb->zoom;
  snapshot->has_center = kb->has_center;
  snapshot->event_types = kb->event_types ? g_ptr_array_ref (kb->event_types) : NULL;
  copy_items (snapshot->articles, order->articles);
  copy_items (snapshot->places, order->places);
  copy_items (snapshot->events, order->events);
  copy_items (snapshot->casualties, order->casualties);

  for (guint i = 0; i < order->articles->len; i++)
    atlas_article_get_sha256 (g_ptr_array_index (order->articles, i));

  snapshot->frozen_overlaps = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < order->casualties->len; i++)
    {
      AtlasCasualty *casualty = g_ptr_array_index (order->casualties, i);

      if (casualty->overlaps && casualty->overlaps->len > 0)
        g_hash_table_insert (snapshot->frozen_overlaps, casualty, _atlas_kb_copy_pointers (casualty->overlaps));
    }

  return snapshot;
}

static GPtrArray *
read_back (GBytes *bytes)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(AtlasKb) kb = NULL;

  kb = atlas_kb_new_from_bytes (bytes, NULL, &problems, NULL);
  /* Never NULL: a thread's result of NULL would read as a failure */
  if (problems == NULL)
    problems = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_problem_free);
  return g_steal_pointer (&problems);
}

static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  CheckData *data = task_data;
  g_autoptr(GBytes) bytes = atlas_kb_to_bytes (data->snapshot);

  g_clear_object (&data->snapshot);
  g_task_return_pointer (task, read_back (bytes), (GDestroyNotify) g_ptr_array_unref);
}

/* Public API */

/**
 * atlas_problem_map_new:
 * @kb: the KB @problems were found in, as it was read (atlas_kb_new_from_bytes() and others)
 * @problems: (nullable) (element-type AtlasProblem): its problems
 *
 * Maps each problem to the article, place, event or casualty figure of @kb its path starts in.
 *
 * Returns: (transfer full): the map
 */
AtlasProblemMap *
atlas_problem_map_new (AtlasKb   *kb,
                       GPtrArray *problems)
{
  Order *order;
  AtlasProblemMap *self;

  g_return_val_if_fail (ATLAS_IS_KB (kb), NULL);

  order = order_new (kb);
  self = map_new (order, problems);
  order_free (order);
  return self;
}

/**
 * atlas_problem_map_lookup:
 * @item: an article, place, event or casualty figure
 *
 * Returns: (transfer none) (nullable) (element-type AtlasProblem): the problems of @item, in
 *   the order of the text, or %NULL when it has none
 */
GPtrArray *
atlas_problem_map_lookup (AtlasProblemMap *self,
                          gpointer         item)
{
  g_return_val_if_fail (ATLAS_IS_PROBLEM_MAP (self), NULL);
  return g_hash_table_lookup (self->by_item, item);
}

/**
 * atlas_problem_map_get_item:
 * @problem: one of the map's problems
 *
 * Returns: (transfer none) (nullable): the item @problem concerns, or %NULL for a problem of
 *   the whole file
 */
gpointer
atlas_problem_map_get_item (AtlasProblemMap    *self,
                            const AtlasProblem *problem)
{
  g_return_val_if_fail (ATLAS_IS_PROBLEM_MAP (self), NULL);
  return g_hash_table_lookup (self->item_of, problem);
}

/**
 * atlas_problem_map_get_problems:
 *
 * Returns: (transfer none) (element-type AtlasProblem): every problem, those of no item too
 */
GPtrArray *
atlas_problem_map_get_problems (AtlasProblemMap *self)
{
  g_return_val_if_fail (ATLAS_IS_PROBLEM_MAP (self), NULL);
  return self->problems;
}

/**
 * atlas_kb_check:
 *
 * Finds the problems of @kb as it is now, as `aleppo-atlas --check` would in the file that
 * saving it would write: errors and warnings (sources orphaned), with the same words.
 *
 * Returns: (transfer full): the problems, each mapped to what it concerns
 */
AtlasProblemMap *
atlas_kb_check (AtlasKb *kb)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  Order *order;
  AtlasProblemMap *self;

  g_return_val_if_fail (ATLAS_IS_KB (kb), NULL);

  order = order_new (kb);
  bytes = atlas_kb_to_bytes (kb);
  problems = read_back (bytes);
  self = map_new (order, problems);
  order_free (order);
  return self;
}

/*
 * _atlas_kb_new_snapshot:
 *
 * What atlas_kb_check_async() writes in its thread: a KB that holds @kb's items as they are
 * now, and writes as @kb does now, whatever edits do to @kb afterwards (see above).
 */
AtlasKb *
_atlas_kb_new_snapshot (AtlasKb *kb)
{
  Order *order = order_new (kb);
  AtlasKb *snapshot = snapshot_new (kb, order);

  order_free (order);
  return snapshot;
}

/**
 * atlas_kb_check_async:
 *
 * Like atlas_kb_check(), writing the text and reading it back in a thread: @kb may change as
 * soon as this returns.
 */
void
atlas_kb_check_async (AtlasKb             *kb,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  CheckData *data;

  g_return_if_fail (ATLAS_IS_KB (kb));

  data = g_new0 (CheckData, 1);
  data->order = order_new (kb);
  data->snapshot = snapshot_new (kb, data->order);

  task = g_task_new (kb, cancellable, callback, user_data);
  g_task_set_source_tag (task, atlas_kb_check_async);
  g_task_set_task_data (task, data, (GDestroyNotify) check_data_free);
  g_task_run_in_thread (task, check_thread);
}

/**
 * atlas_kb_check_finish:
 *
 * Returns: (transfer full): the problems, mapped to the items of the KB as it was when the
 *   check started, or %NULL if it was cancelled
 */
AtlasProblemMap *
atlas_kb_check_finish (AtlasKb       *kb,
                       GAsyncResult  *result,
                       GError       **error)
{
  g_autoptr(GPtrArray) problems = NULL;
  CheckData *data;

  g_return_val_if_fail (g_task_is_valid (result, kb), NULL);

  if (!(problems = g_task_propagate_pointer (G_TASK (result), error)))
    return NULL;

  data = g_task_get_task_data (G_TASK (result));
  return map_new (data->order, problems);
}

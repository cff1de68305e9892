/* atlas-search-provider.c: places, events and reports in the GNOME Shell overview
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-search-provider"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pango.h>

#include "atlas-application.h"
#include "atlas-search-provider.h"
#include "atlas-search.h"

/* The Shell shows a handful of results per provider: more would only cost time */
#define MAX_RESULTS 20

/* Results of an article's text name the span: "ARTICLE-ID#START-END", in code points. No KB
 * id has a "#" (the schema allows only [a-z0-9-] and the like). */
#define SPAN_SEPARATOR '#'

struct _AtlasSearchProvider
{
  GObject          parent_instance;

  GApplication    *application;     /* not owned: it owns us */
  AtlasKb         *kb;              /* loaded on the first search */
  GHashTable      *results;         /* result id → AtlasSearchResult, from the last searches */
  GDBusConnection *connection;
  guint            registration_id;
};

enum {
  ACTIVATE_RESULT,
  LAUNCH_SEARCH,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (AtlasSearchProvider, atlas_search_provider, G_TYPE_OBJECT)

static const char introspection_xml[] =
  "<node>"
  "  <interface name='org.gnome.Shell.SearchProvider2'>"
  "    <method name='GetInitialResultSet'>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='as' name='results' direction='out'/>"
  "    </method>"
  "    <method name='GetSubsearchResultSet'>"
  "      <arg type='as' name='previous_results' direction='in'/>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='as' name='results' direction='out'/>"
  "    </method>"
  "    <method name='GetResultMetas'>"
  "      <arg type='as' name='identifiers' direction='in'/>"
  "      <arg type='aa{sv}' name='metas' direction='out'/>"
  "    </method>"
  "    <method name='ActivateResult'>"
  "      <arg type='s' name='identifier' direction='in'/>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='u' name='timestamp' direction='in'/>"
  "    </method>"
  "    <method name='LaunchSearch'>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='u' name='timestamp' direction='in'/>"
  "    </method>"
  "  </interface>"
  "</node>";

/* Helpers */

static char *
dup_result_id (AtlasSearchResult *result)
{
  GObject *item = atlas_search_result_get_item (result);
  AtlasSource match;

  switch (atlas_search_result_get_kind (result))
    {
    case ATLAS_SEARCH_PLACE:
      return g_strdup (atlas_place_get_id (ATLAS_PLACE (item)));

    case ATLAS_SEARCH_EVENT:
      return g_strdup (atlas_event_get_id (ATLAS_EVENT (item)));

    case ATLAS_SEARCH_ARTICLE:
      if (atlas_search_result_get_match (result, &match) && match.end > match.start)
        return g_strdup_printf ("%s%c%u-%u", atlas_article_get_id (ATLAS_ARTICLE (item)),
                                SPAN_SEPARATOR, match.start, match.end);
      return g_strdup (atlas_article_get_id (ATLAS_ARTICLE (item)));

    default:
      g_assert_not_reached ();
    }
}

static char *
strip_markup (const char *markup)
{
  char *text = NULL;

  if (markup == NULL || !pango_parse_markup (markup, -1, 0, NULL, &text, NULL, NULL))
    return NULL;
  return text;
}

/* What the overview shows under the name: an event's date and places, a place's kind and
 * Arabic name, or the words of a report that matched */
static char *
dup_description (AtlasSearchProvider *self,
                 AtlasSearchResult   *result)
{
  GObject *item = atlas_search_result_get_item (result);

  switch (atlas_search_result_get_kind (result))
    {
    case ATLAS_SEARCH_PLACE:
      return g_strdup (atlas_search_result_get_detail (result));

    case ATLAS_SEARCH_EVENT:
      {
        g_autoptr(GPtrArray) places = atlas_kb_get_places_for_event (self->kb, ATLAS_EVENT (item));
        g_autoptr(GString) names = g_string_new (NULL);

        for (guint i = 0; places && i < places->len; i++)
          /* Translators: between the names of an event's places, in the GNOME Shell overview */
          g_string_append_printf (names, "%s%s", i > 0 ? _(", ") : "",
                                  atlas_place_get_name (g_ptr_array_index (places, i)));
        if (names->len == 0)
          return g_strdup (atlas_search_result_get_detail (result));
        /* Translators: an event in the GNOME Shell overview: its date, then its places */
        return g_strdup_printf (_("%s · %s"), atlas_search_result_get_detail (result), names->str);
      }

    case ATLAS_SEARCH_ARTICLE:
      {
        g_autofree char *snippet = strip_markup (atlas_search_result_get_snippet (result));

        if (snippet && *snippet)
          return g_steal_pointer (&snippet);
        return g_strdup (atlas_search_result_get_detail (result));
      }

    default:
      g_assert_not_reached ();
    }
}

static AtlasKb *
ensure_kb (AtlasSearchProvider *self)
{
  g_autoptr(GError) error = NULL;

  if (self->kb)
    return self->kb;

  if (!(self->kb = atlas_kb_new_from_resource (ATLAS_EMBEDDED_KB, &error)))
    g_warning ("The embedded knowledge base is invalid: %s", error->message);
  else
    atlas_kb_prepare_search (self->kb);

  return self->kb;
}

static char *
join_terms (const char * const *terms)
{
  return g_strjoinv (" ", (char **) terms);
}

/* A result the Shell asks about that this process did not find (it was started again after
 * exiting when idle): found again by its name, so that its meta is the same */
static AtlasSearchResult *
find_again (AtlasSearchProvider *self,
            const char          *id)
{
  AtlasKb *kb = ensure_kb (self);
  const char *name = NULL;
  gpointer item;
  g_auto(GStrv) found = NULL;
  const char *terms[] = { NULL, NULL };

  if (kb == NULL)
    return NULL;
  if ((item = atlas_kb_lookup_place (kb, id)))
    name = atlas_place_get_name (item);
  else if ((item = atlas_kb_lookup_event (kb, id)))
    name = atlas_event_get_title (item);
  if (name == NULL)
    return NULL;

  terms[0] = name;
  found = atlas_search_provider_search (self, terms, NULL);
  return g_hash_table_lookup (self->results, id);
}

static GVariant *
build_meta (AtlasSearchProvider *self,
            const char          *id)
{
  AtlasSearchResult *result = g_hash_table_lookup (self->results, id);
  g_autoptr(GIcon) icon = g_themed_icon_new (APP_ID);
  g_autoptr(GVariant) icon_variant = g_icon_serialize (icon);
  g_autofree char *description = NULL;
  GVariantBuilder meta;

  if (result == NULL && !(result = find_again (self, id)))
    return NULL;

  description = dup_description (self, result);

  g_variant_builder_init (&meta, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&meta, "{sv}", "id", g_variant_new_string (id));
  g_variant_builder_add (&meta, "{sv}", "name", g_variant_new_string (atlas_search_result_get_title (result)));
  if (description)
    g_variant_builder_add (&meta, "{sv}", "description", g_variant_new_string (description));
  g_variant_builder_add (&meta, "{sv}", "icon", icon_variant);
  return g_variant_builder_end (&meta);
}

/* D-Bus */

static void
handle_method_call (GDBusConnection       *connection,
                    const char            *sender,
                    const char            *object_path,
                    const char            *interface_name,
                    const char            *method_name,
                    GVariant              *parameters,
                    GDBusMethodInvocation *invocation,
                    gpointer               user_data)
{
  AtlasSearchProvider *self = ATLAS_SEARCH_PROVIDER (user_data);

  /* A provider started by D-Bus for the Shell lives while it answers, then exits when idle */
  g_application_hold (self->application);

  if (g_str_equal (method_name, "GetInitialResultSet"))
    {
      g_autofree const char **terms = NULL;
      g_auto(GStrv) ids = NULL;

      g_variant_get (parameters, "(^a&s)", &terms);
      ids = atlas_search_provider_search (self, terms, NULL);
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(^as)", ids));
    }
  else if (g_str_equal (method_name, "GetSubsearchResultSet"))
    {
      g_autofree const char **previous = NULL;
      g_autofree const char **terms = NULL;
      g_auto(GStrv) ids = NULL;

      g_variant_get (parameters, "(^a&s^a&s)", &previous, &terms);
      ids = atlas_search_provider_search (self, terms, previous);
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(^as)", ids));
    }
  else if (g_str_equal (method_name, "GetResultMetas"))
    {
      g_autofree const char **ids = NULL;
      GVariantBuilder metas;

      g_variant_get (parameters, "(^a&s)", &ids);
      g_variant_builder_init (&metas, G_VARIANT_TYPE ("aa{sv}"));
      for (guint i = 0; ids[i]; i++)
        {
          GVariant *meta = build_meta (self, ids[i]);

          if (meta)
            g_variant_builder_add_value (&metas, meta);
        }
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(aa{sv})", &metas));
    }
  else if (g_str_equal (method_name, "ActivateResult"))
    {
      const char *id;
      g_autofree const char **terms = NULL;
      guint32 timestamp;

      g_variant_get (parameters, "(&s^a&su)", &id, &terms, &timestamp);
      g_signal_emit (self, signals[ACTIVATE_RESULT], 0, id, timestamp);
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else if (g_str_equal (method_name, "LaunchSearch"))
    {
      g_autofree const char **terms = NULL;
      g_autofree char *text = NULL;
      guint32 timestamp;

      g_variant_get (parameters, "(^a&su)", &terms, &timestamp);
      text = join_terms (terms);
      g_signal_emit (self, signals[LAUNCH_SEARCH], 0, text, timestamp);
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else
    g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_METHOD,
                                           "No method %s", method_name);

  g_application_release (self->application);
}

static const GDBusInterfaceVTable interface_vtable = {
  handle_method_call,
  NULL,
  NULL,
  { 0 }
};

/* GObject overrides */

static void
atlas_search_provider_dispose (GObject *object)
{
  AtlasSearchProvider *self = (AtlasSearchProvider *)object;

  atlas_search_provider_unregister (self);
  g_clear_object (&self->kb);
  g_clear_pointer (&self->results, g_hash_table_unref);

  G_OBJECT_CLASS (atlas_search_provider_parent_class)->dispose (object);
}

static void
atlas_search_provider_class_init (AtlasSearchProviderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = atlas_search_provider_dispose;

  /**
   * AtlasSearchProvider::activate-result:
   * @id: a place's or event's id, an article's, or an article's span as "ID#START-END"
   *
   * The Shell asks to open the app on @id.
   */
  signals[ACTIVATE_RESULT] = g_signal_new ("activate-result", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_UINT);

  /**
   * AtlasSearchProvider::launch-search:
   * @text: the words typed in the overview
   *
   * The Shell asks to open the app's own search on @text.
   */
  signals[LAUNCH_SEARCH] = g_signal_new ("launch-search", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_UINT);
}

static void
atlas_search_provider_init (AtlasSearchProvider *self)
{
  self->results = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

/* Public API */

AtlasSearchProvider *
atlas_search_provider_new (GApplication *application)
{
  AtlasSearchProvider *self;

  g_return_val_if_fail (G_IS_APPLICATION (application), NULL);

  self = g_object_new (ATLAS_TYPE_SEARCH_PROVIDER, NULL);
  self->application = application;
  return self;
}

gboolean
atlas_search_provider_register (AtlasSearchProvider  *self,
                                GDBusConnection      *connection,
                                const char           *object_path,
                                GError              **error)
{
  g_autoptr(GDBusNodeInfo) info = NULL;

  g_return_val_if_fail (ATLAS_IS_SEARCH_PROVIDER (self), FALSE);
  g_return_val_if_fail (G_IS_DBUS_CONNECTION (connection), FALSE);
  g_return_val_if_fail (self->registration_id == 0, FALSE);

  info = g_dbus_node_info_new_for_xml (introspection_xml, error);
  g_assert (info != NULL);

  self->registration_id = g_dbus_connection_register_object (connection, object_path, info->interfaces[0],
                                                             &interface_vtable, self, NULL, error);
  if (self->registration_id == 0)
    return FALSE;

  self->connection = g_object_ref (connection);
  return TRUE;
}

void
atlas_search_provider_unregister (AtlasSearchProvider *self)
{
  g_return_if_fail (ATLAS_IS_SEARCH_PROVIDER (self));

  if (self->registration_id)
    g_dbus_connection_unregister_object (self->connection, self->registration_id);
  self->registration_id = 0;
  g_clear_object (&self->connection);
}

/**
 * atlas_search_provider_search:
 * @terms: the words typed, as the Shell splits them
 * @previous: (nullable): the ids found for the words before, to narrow
 *
 * Searches the embedded KB as the window's search does, and remembers the results so that
 * their metas can be given.
 *
 * Returns: (transfer full): the ids found, best first; only ids of @previous if given
 */
char **
atlas_search_provider_search (AtlasSearchProvider *self,
                              const char * const  *terms,
                              const char * const  *previous)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr(GListModel) found = NULL;
  g_autofree char *query = NULL;
  AtlasKb *kb;

  g_return_val_if_fail (ATLAS_IS_SEARCH_PROVIDER (self), NULL);
  g_return_val_if_fail (terms != NULL, NULL);

  if (!(kb = ensure_kb (self)))
    return g_strv_builder_end (ids);

  query = join_terms (terms);
  found = atlas_kb_search (kb, query, MAX_RESULTS);

  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(AtlasSearchResult) result = g_list_model_get_item (found, i);
      g_autofree char *id = dup_result_id (result);

      if (previous && !g_strv_contains (previous, id))
        continue;

      g_strv_builder_add (ids, id);
      g_hash_table_replace (self->results, g_steal_pointer (&id), g_steal_pointer (&result));
    }

  return g_strv_builder_end (ids);
}

/**
 * atlas_search_provider_get_kb:
 *
 * Returns: (transfer none) (nullable): the KB searched, once a search has loaded it
 */
AtlasKb *
atlas_search_provider_get_kb (AtlasSearchProvider *self)
{
  g_return_val_if_fail (ATLAS_IS_SEARCH_PROVIDER (self), NULL);
  return self->kb;
}

/* test-search-provider.c: the GNOME Shell search provider, asked over a private D-Bus
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-search-provider"

#include "config.h"

#include "atlas-test-gtk.h"

#include <gtk/gtk.h>
#include <string.h>

#include "atlas-application.h"
#include "atlas-window.h"

#define IFACE "org.gnome.Shell.SearchProvider2"

typedef struct
{
  AtlasApplication *app;
  GDBusConnection  *client;     /* the Shell's side: a connection of its own to the bus */
} Fixture;

static GTestDBus *test_bus;

/* One app for all the cases: its objects stay exported on the bus while it lives */
static AtlasApplication *
get_app (void)
{
  static AtlasApplication *app;
  g_autoptr(GError) error = NULL;

  if (app)
    return app;

  /* As when D-Bus starts it for the Shell: the one instance, owning the bus name */
  app = atlas_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_DEFAULT_FLAGS);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (atlas_application_get_search_provider (app));
  return app;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->app = get_app ();
  fixture->client = g_dbus_connection_new_for_address_sync (g_test_dbus_get_bus_address (test_bus),
                                                            G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                            G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                            NULL, NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (fixture->app))))
    gtk_window_destroy (windows->data);
  g_dbus_connection_close_sync (fixture->client, NULL, NULL);
  g_clear_object (&fixture->client);
}

static void
call_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GVariant **reply = user_data;
  g_autoptr(GError) error = NULL;

  *reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (object), result, &error);
  g_assert_no_error (error);
}

static gboolean
is_set (GVariant **reply)
{
  return *reply != NULL;
}

/* Calls @method by the app's bus name, as the Shell does; the app answers in this thread, so
 * the call is asynchronous and the main loop runs until the reply */
static GVariant *
call (Fixture    *fixture,
      const char *method,
      GVariant   *parameters)
{
  GVariant *reply = NULL;

  g_dbus_connection_call (fixture->client, APP_ID, ATLAS_SEARCH_PROVIDER_PATH, IFACE, method, parameters,
                          NULL, G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, NULL, call_done_cb, &reply);
  atlas_test_wait_until (is_set, &reply);
  return reply;
}

static char **
search (Fixture            *fixture,
        const char * const *terms)
{
  g_autoptr(GVariant) reply = call (fixture, "GetInitialResultSet", g_variant_new ("(^as)", terms));
  char **ids = NULL;

  g_variant_get (reply, "(^as)", &ids);
  return ids;
}

static GVariant *
lookup_meta (GVariant   *metas,
             const char *id)
{
  g_autoptr(GVariant) list = g_variant_get_child_value (metas, 0);

  for (gsize i = 0; i < g_variant_n_children (list); i++)
    {
      g_autoptr(GVariant) meta = g_variant_get_child_value (list, i);
      const char *meta_id = NULL;

      if (g_variant_lookup (meta, "id", "&s", &meta_id) && g_str_equal (meta_id, id))
        return g_steal_pointer (&meta);
    }
  return NULL;
}

/* Forgiving, as the window's search: word order, missing "al-", the Arabic name, one word */
static void
test_initial (Fixture       *fixture,
              gconstpointer  data)
{
  const char *basha[] = { "bustan", "basha", NULL };
  const char *sakhour[] = { "الصاخور", NULL };
  const char *touman[] = { "touman", NULL };
  const char *nothing[] = { "qwxzj", NULL };
  g_auto(GStrv) ids = NULL;

  ids = search (fixture, basha);
  g_assert_cmpuint (g_strv_length (ids), >, 0);
  g_assert_cmpstr (ids[0], ==, "p-bustan-al-basha");
  g_clear_pointer (&ids, g_strfreev);

  ids = search (fixture, sakhour);
  g_assert_cmpuint (g_strv_length (ids), >, 0);
  g_assert_cmpstr (ids[0], ==, "p-as-sakhour");
  g_clear_pointer (&ids, g_strfreev);

  ids = search (fixture, touman);
  g_assert_true (g_strv_contains ((const char * const *) ids, "p-khan-touman"));
  g_assert_true (g_strv_contains ((const char * const *) ids, "e-2016-09-20-khan-touman-air-raid"));
  g_clear_pointer (&ids, g_strfreev);

  ids = search (fixture, nothing);
  g_assert_cmpuint (g_strv_length (ids), ==, 0);
}

static void
test_metas (Fixture       *fixture,
            gconstpointer  data)
{
  const char *touman[] = { "touman", NULL };
  const char *asked[] = { "p-khan-touman", "e-2016-09-20-khan-touman-air-raid", NULL, NULL };
  g_auto(GStrv) ids = search (fixture, touman);
  g_autoptr(GVariant) metas = NULL;
  g_autoptr(GVariant) place = NULL;
  g_autoptr(GVariant) event = NULL;
  g_autoptr(GVariant) span = NULL;
  g_autoptr(GVariant) icon_variant = NULL;
  g_autoptr(GIcon) icon = NULL;
  const char *name, *description;

  /* A match in a report's text names its span */
  for (guint i = 0; ids[i]; i++)
    if (strchr (ids[i], '#'))
      asked[2] = ids[i];
  g_assert_nonnull (asked[2]);

  metas = call (fixture, "GetResultMetas", g_variant_new ("(^as)", asked));

  place = lookup_meta (metas, "p-khan-touman");
  g_assert_nonnull (place);
  g_assert_true (g_variant_lookup (place, "name", "&s", &name));
  g_assert_cmpstr (name, ==, "Khan Touman");
  g_assert_true (g_variant_lookup (place, "description", "&s", &description));
  g_assert_nonnull (strstr (description, "خانطومان"));

  /* The app's icon, as the Shell deserializes it */
  g_assert_true ((icon_variant = g_variant_lookup_value (place, "icon", NULL)));
  icon = g_icon_deserialize (icon_variant);
  g_assert_true (G_IS_THEMED_ICON (icon));
  g_assert_cmpstr (g_themed_icon_get_names (G_THEMED_ICON (icon))[0], ==, APP_ID);

  /* An event: its title, its date and its place */
  event = lookup_meta (metas, "e-2016-09-20-khan-touman-air-raid");
  g_assert_nonnull (event);
  g_assert_true (g_variant_lookup (event, "name", "&s", &name));
  g_assert_cmpstr (name, ==, "Night air raid on Khan Touman kills medical workers and fighters");
  g_assert_true (g_variant_lookup (event, "description", "&s", &description));
  g_assert_nonnull (strstr (description, "2016"));
  g_assert_nonnull (strstr (description, "Khan Touman"));

  /* An id this process never found, as after it exited when idle and was started again */
  {
    const char *unsearched[] = { "e-2016-10-13-assad-interview", NULL };
    g_autoptr(GVariant) again = call (fixture, "GetResultMetas", g_variant_new ("(^as)", unsearched));
    g_autoptr(GVariant) assad = lookup_meta (again, "e-2016-10-13-assad-interview");

    g_assert_nonnull (assad);
    g_assert_true (g_variant_lookup (assad, "name", "&s", &name));
    g_assert_cmpstr (name, ==, "Assad says Aleppo requires “cleaning”");
  }

  /* A report's words: the words around the match, as text, not markup */
  span = lookup_meta (metas, asked[2]);
  g_assert_nonnull (span);
  g_assert_true (g_variant_lookup (span, "description", "&s", &description));
  g_assert_nonnull (strstr (description, "Touman"));
  g_assert_null (strchr (description, '<'));
}

/* More words narrow what the words before found, and never add to it */
static void
test_subsearch (Fixture       *fixture,
                gconstpointer  data)
{
  const char *bustan[] = { "bustan", NULL };
  const char *basha[] = { "bustan", "basha", NULL };
  const char *previous[] = { "p-bustan-al-qaser", NULL };
  g_auto(GStrv) first = search (fixture, bustan);
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) none = NULL;
  g_auto(GStrv) narrowed = NULL;
  g_auto(GStrv) empty = NULL;

  g_assert_true (g_strv_contains ((const char * const *) first, "p-bustan-al-basha"));
  g_assert_true (g_strv_contains ((const char * const *) first, "p-bustan-al-qaser"));

  reply = call (fixture, "GetSubsearchResultSet", g_variant_new ("(^as^as)", first, basha));
  g_variant_get (reply, "(^as)", &narrowed);
  g_assert_cmpuint (g_strv_length (narrowed), >, 0);
  g_assert_cmpstr (narrowed[0], ==, "p-bustan-al-basha");
  g_assert_false (g_strv_contains ((const char * const *) narrowed, "p-bustan-al-qaser"));
  for (guint i = 0; narrowed[i]; i++)
    g_assert_true (g_strv_contains ((const char * const *) first, narrowed[i]));

  /* Bustan al-Basha was not among the results before: it is not added back */
  none = call (fixture, "GetSubsearchResultSet", g_variant_new ("(^as^as)", previous, basha));
  g_variant_get (none, "(^as)", &empty);
  g_assert_false (g_strv_contains ((const char * const *) empty, "p-bustan-al-basha"));
}

static AtlasWindow *
get_window (AtlasApplication *app)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  return windows ? ATLAS_WINDOW (windows->data) : NULL;
}

static gboolean
has_window (AtlasApplication *app)
{
  return get_window (app) != NULL && gtk_widget_get_mapped (GTK_WIDGET (get_window (app)));
}

/* Activating a result opens the window on it: a place, an event, a report's words */
static void
test_activate (Fixture       *fixture,
               gconstpointer  data)
{
  const char *terms[] = { "touman", NULL };
  g_auto(GStrv) ids = search (fixture, terms);
  const char *span_id = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) reply2 = NULL;
  g_autoptr(GVariant) reply3 = NULL;
  AtlasSession *session;
  GtkStack *side_stack;
  g_autofree char *range = NULL;
  guint start, end;

  g_assert_null (get_window (fixture->app));
  reply = call (fixture, "ActivateResult", g_variant_new ("(s^asu)", "p-bustan-al-basha", terms, 0));
  atlas_test_wait_until (has_window, fixture->app);

  session = atlas_window_get_session (get_window (fixture->app));
  g_assert_nonnull (atlas_session_get_selected_place (session));
  g_assert_cmpstr (atlas_place_get_id (atlas_session_get_selected_place (session)), ==, "p-bustan-al-basha");

  /* The same window, on the event */
  reply2 = call (fixture, "ActivateResult", g_variant_new ("(s^asu)", "e-2016-09-20-khan-touman-air-raid", terms, 0));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (fixture->app))), ==, 1);
  g_assert_nonnull (atlas_session_get_selected_event (session));
  g_assert_cmpstr (atlas_event_get_id (atlas_session_get_selected_event (session)), ==,
                   "e-2016-09-20-khan-touman-air-raid");

  /* A report's words: the report, on that span, in view */
  for (guint i = 0; ids[i]; i++)
    if (strchr (ids[i], '#'))
      span_id = ids[i];
  g_assert_nonnull (span_id);
  reply3 = call (fixture, "ActivateResult", g_variant_new ("(s^asu)", span_id, terms, 0));
  g_assert_nonnull (atlas_session_get_selected_article (session));
  g_assert_true (g_str_has_prefix (span_id, atlas_article_get_id (atlas_session_get_selected_article (session))));
  g_assert_true (atlas_session_get_focus (session, &start, &end));
  range = g_strdup_printf ("%u-%u", start, end);
  g_assert_cmpstr (strchr (span_id, '#') + 1, ==, range);
  side_stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (get_window (fixture->app)),
                                                         ATLAS_TYPE_WINDOW, "side_stack"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (side_stack), ==, "report");
}

/* "Search in the app" opens the window's own search with the words typed */
static void
test_launch_search (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *terms[] = { "bustan", "basha", NULL };
  g_autoptr(GVariant) reply = NULL;
  GtkEditable *entry;
  GtkSearchBar *bar;

  reply = call (fixture, "LaunchSearch", g_variant_new ("(^asu)", terms, 0));
  atlas_test_wait_until (has_window, fixture->app);

  entry = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (get_window (fixture->app)),
                                                       ATLAS_TYPE_WINDOW, "search_entry"));
  bar = GTK_SEARCH_BAR (gtk_widget_get_template_child (GTK_WIDGET (get_window (fixture->app)),
                                                       ATLAS_TYPE_WINDOW, "search_bar"));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "bustan basha");
  g_assert_true (gtk_search_bar_get_search_mode (bar));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *display = NULL;
  g_autofree char *dbus_daemon = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  dbus_daemon = g_find_program_in_path ("dbus-daemon");
  if (dbus_daemon == NULL)
    {
      g_print ("1..0 # SKIP no dbus-daemon for a private bus\n");
      return 0;
    }

  /* The private bus first: GTK must not have looked for the (absent) session bus before.
   * GTestDBus unsets DISPLAY, so that nothing autolaunches a bus through X11: give it back. */
  display = g_strdup (g_getenv ("DISPLAY"));
  test_bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (test_bus);
  if (display)
    g_setenv ("DISPLAY", display, TRUE);

  if (!atlas_test_init_gtk_or_skip ())
    {
      g_test_dbus_down (test_bus);
      return 0;
    }

  g_test_add ("/search-provider/initial", Fixture, NULL, fixture_setup, test_initial, fixture_teardown);
  g_test_add ("/search-provider/metas", Fixture, NULL, fixture_setup, test_metas, fixture_teardown);
  g_test_add ("/search-provider/subsearch", Fixture, NULL, fixture_setup, test_subsearch, fixture_teardown);
  g_test_add ("/search-provider/activate", Fixture, NULL, fixture_setup, test_activate, fixture_teardown);
  g_test_add ("/search-provider/launch-search", Fixture, NULL, fixture_setup, test_launch_search, fixture_teardown);

  status = g_test_run ();
  /* The app (and GTK) still hold the bus connection: stop the bus, but neither take it down
   * nor unref it, both of which wait for the connection to go and fail after 30 s */
  g_test_dbus_stop (test_bus);
  return status;
}

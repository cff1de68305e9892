/* atlas-application.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-application"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-about.h"
#include "atlas-application.h"
#include "atlas-style-monitor.h"
#include "atlas-check.h"
#include "atlas-kb-file.h"
#include "atlas-suggest.h"
#include "atlas-export.h"
#include "atlas-locale.h"
#include "atlas-search-provider.h"
#include "atlas-window.h"

/* How long a D-Bus-activated service, for the Shell's search, waits for the next question
 * once it has answered, before it exits */
#define SERVICE_INACTIVITY_TIMEOUT_MS 20000

struct _AtlasApplication
{
  GtkApplication   parent_instance;

  char           **files;
  char            *screenshot;
  char            *select;
  int              status;

  AtlasSearchProvider *search_provider;
};

G_DEFINE_FINAL_TYPE (AtlasApplication, atlas_application, GTK_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "check", 'c', 0, G_OPTION_ARG_NONE, NULL,
    N_("Check the knowledge base FILEs and report their problems, without opening a window"), NULL },
  { "select", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Select the place, event, casualty figure or article with this id"), N_("ID") },
  { "screenshot", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Render the window to a PNG image FILE and quit (needs a display; xvfb-run will do)"), N_("FILE") },
  { "upgrade", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Save the knowledge base FILE as format version 2, in place (the old file is kept as FILE~) or to --output"), NULL },
  { "export", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Export the knowledge base FILE as geojson, csv or annotations, without opening a window"), N_("FORMAT") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("With --upgrade, save to OUT; with --export, write to OUT instead of standard output"), N_("OUT") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
  { "suggest", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Print the places, dates and casualty figures found in the article text FILE, as JSON lines"), N_("FILE") },
  { "published", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The publication date of the --suggest article"), N_("YYYY-MM-DD") },
  { "kb", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("The knowledge base whose places --suggest looks for (the embedded one by default)"), N_("FILE") },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, NULL },
  { NULL }
};

static int
run_check (char **files)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  gboolean all_valid = TRUE;

  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("%s\n", _("--check needs at least one FILE"));
      return 2;
    }

  for (guint i = 0; files[i]; i++)
    {
      all_valid = atlas_check_file (files[i], out, err) && all_valid;

      /* Keep each file's report together, in order */
      fputs (err->str, stderr);
      fputs (out->str, stdout);
      fflush (stderr);
      fflush (stdout);
      g_string_truncate (out, 0);
      g_string_truncate (err, 0);
    }

  return all_valid ? 0 : 1;
}

static int
run_upgrade (char       **files,
             const char  *output)
{
  g_autoptr(GError) error = NULL;

  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      g_printerr ("%s\n", _("--upgrade needs exactly one FILE"));
      return 2;
    }

  if (!atlas_kb_upgrade_file (files[0], output, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  return 0;
}

static int
run_suggest (GVariantDict *options)
{
  g_autofree char *article = NULL;
  g_autofree char *published = NULL;
  g_autofree char *kb = NULL;

  g_variant_dict_lookup (options, "suggest", "^ay", &article);
  g_variant_dict_lookup (options, "published", "s", &published);
  g_variant_dict_lookup (options, "kb", "^ay", &kb);
  return atlas_suggest_run (article, published, kb);
}

static int
atlas_application_handle_local_options (GApplication *app,
                                        GVariantDict *options)
{
  AtlasApplication *self = ATLAS_APPLICATION (app);
  g_auto(GStrv) files = NULL;

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^aay", &files);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("aleppo-atlas %s\n", PACKAGE_VERSION);
      return 0;
    }

  /* Checking needs no display: it runs before GTK is initialised */
  if (g_variant_dict_contains (options, "check"))
    return run_check (files);

  /* So does saving a KB as format 2 (issue 9) */
  if (g_variant_dict_contains (options, "upgrade"))
    {
      g_autofree char *output = NULL;

      g_variant_dict_lookup (options, "output", "^ay", &output);
      return run_upgrade (files, output);
    }
  /* So does suggesting (issue 9) */
  if (g_variant_dict_contains (options, "suggest"))
    return run_suggest (options);
  if (g_variant_dict_contains (options, "export"))
    {
      g_autofree char *format = NULL;
      g_autofree char *output = NULL;

      g_variant_dict_lookup (options, "export", "s", &format);
      g_variant_dict_lookup (options, "output", "^ay", &output);
      if (files && files[0] && files[1])
        {
          g_printerr ("%s\n", _("--export takes one knowledge base FILE"));
          return 2;
        }
      return atlas_export_run (format, files ? files[0] : NULL, output);
    }

  g_clear_pointer (&self->files, g_strfreev);
  self->files = g_steal_pointer (&files);

  /* Started by D-Bus for the Shell's search (--gapplication-service): be the one instance
   * that owns the bus name, which a normal run does not, and exit when left idle */
  if (g_application_get_flags (app) & G_APPLICATION_IS_SERVICE)
    {
      g_application_set_flags (app, g_application_get_flags (app) & ~G_APPLICATION_NON_UNIQUE);
      g_application_set_inactivity_timeout (app, SERVICE_INACTIVITY_TIMEOUT_MS);
    }

  g_clear_pointer (&self->screenshot, g_free);
  g_variant_dict_lookup (options, "screenshot", "^ay", &self->screenshot);
  g_clear_pointer (&self->select, g_free);
  g_variant_dict_lookup (options, "select", "s", &self->select);

  return -1;
}

static void
load_css (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  /* Quitting alone stops the main loop with the windows still mapped, so none saved its
   * layout (issue 7), and none asked about unsaved changes (issue 9): close each as with its
   * ×, which saves its layout when it unmaps, or asks first and stays open if the user says */
  g_list_foreach (windows, (GFunc) g_object_ref, NULL);
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_list_free_full (windows, g_object_unref);

  if (gtk_application_get_windows (GTK_APPLICATION (user_data)) == NULL)
    g_application_quit (G_APPLICATION (user_data));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (atlas_about_dialog_new (parent)));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
};

static void
atlas_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (atlas_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  /* Where no desktop file names the window's icon (X11 without a portal), the window does */
  gtk_window_set_default_icon_name (APP_ID);
  load_css ();
  atlas_application_apply_text_direction ();
  /* Dark and high contrast as the system prefers, or as ATLAS_STYLE forces (issue 8) */
  g_object_set_data_full (G_OBJECT (app), "atlas-style-monitor", atlas_style_monitor_new (gdk_display_get_default ()), g_object_unref);
}

/* Waits until the window has drawn a few frames with its KB, then saves it and quits */
static gboolean
screenshot_tick_cb (GtkWidget     *widget,
                    GdkFrameClock *frame_clock,
                    gpointer       user_data)
{
  AtlasApplication *self = ATLAS_APPLICATION (user_data);
  g_autoptr(GError) error = NULL;
  guint frames = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), "atlas-frames"));

  /* Count only frames drawn once the file has loaded, in a thread: with its KB in, or with
   * the problems that kept it out */
  if (atlas_window_get_kb (ATLAS_WINDOW (widget)) != NULL || atlas_window_get_problems (ATLAS_WINDOW (widget)) != NULL)
    frames++;
  g_object_set_data (G_OBJECT (widget), "atlas-frames", GUINT_TO_POINTER (frames));

  /* About half a second at 60 Hz: the reader scrolls to its span once lines are measured */
  if (frames < 30)
    return G_SOURCE_CONTINUE;

  if (!atlas_window_save_screenshot (ATLAS_WINDOW (widget), self->screenshot, &error))
    {
      /* Not drawn yet: give it up to about two more seconds of frames */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED) && frames < 150)
        return G_SOURCE_CONTINUE;

      g_printerr ("%s\n", error->message);
      self->status = 1;
    }

  /* The picture shows the problems; the status says the KB did not load */
  if (atlas_window_get_kb (ATLAS_WINDOW (widget)) == NULL)
    {
      GPtrArray *problems = atlas_window_get_problems (ATLAS_WINDOW (widget));

      for (guint i = 0; problems && i < problems->len; i++)
        {
          g_autofree char *line = atlas_problem_to_string (g_ptr_array_index (problems, i));
          g_printerr ("%s\n", line);
        }
      self->status = 1;
    }

  g_application_quit (G_APPLICATION (self));
  return G_SOURCE_REMOVE;
}

static void
select_requested (AtlasApplication *self,
                  AtlasWindow      *window)
{
  if (!atlas_window_select_id (window, self->select))
    {
      g_printerr (_("No place, event, casualty figure or article has the id “%s”\n"), self->select);
      self->status = 1;
    }
}

static void
on_window_kb_changed_cb (AtlasWindow      *window,
                         GParamSpec       *pspec,
                         AtlasApplication *self)
{
  if (atlas_window_get_kb (window) == NULL)
    return;

  g_signal_handlers_disconnect_by_func (window, on_window_kb_changed_cb, self);
  select_requested (self, window);
}

/* Applies --select and --screenshot to a new window */
static void
prepare_window (AtlasApplication *self,
                AtlasWindow      *window)
{
  if (self->select)
    {
      if (atlas_window_get_kb (window))
        select_requested (self, window);
      else
        g_signal_connect (window, "notify::kb", G_CALLBACK (on_window_kb_changed_cb), self);
    }

  if (self->screenshot)
    {
      /* The picture shows where the map ends up, not a frame of its 600 ms flight to it */
      g_object_set (gtk_widget_get_settings (GTK_WIDGET (window)), "gtk-enable-animations", FALSE, NULL);
      gtk_widget_add_tick_callback (GTK_WIDGET (window), screenshot_tick_cb, self, NULL);
    }
}

static void
atlas_application_activate (GApplication *app)
{
  AtlasApplication *self = ATLAS_APPLICATION (app);

  if (self->files && self->files[0])
    {
      for (guint i = 0; self->files[i]; i++)
        {
          g_autoptr(GFile) file = g_file_new_for_commandline_arg (self->files[i]);
          AtlasWindow *window = atlas_window_new (self);

          atlas_window_open_file (window, file);
          gtk_window_present (GTK_WINDOW (window));
          if (i == 0)
            prepare_window (self, window);
        }
      g_clear_pointer (&self->files, g_strfreev);
      return;
    }

  {
    GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

    if (window == NULL)
      {
        window = GTK_WINDOW (atlas_window_new (self));
        /* --select and --screenshot name and show the built-in reports: the same picture
         * on every machine, whatever was opened last */
        if (self->select || self->screenshot)
          atlas_window_open_embedded (ATLAS_WINDOW (window));
        else
          atlas_window_open_last (ATLAS_WINDOW (window));
      }

    gtk_window_present (window);
    prepare_window (self, ATLAS_WINDOW (window));
  }
}

/* The Shell's search */

/* A window on the built-in reports, which the search provider searches */
static AtlasWindow *
get_embedded_window (AtlasApplication *self,
                     guint32           timestamp)
{
  AtlasWindow *window = NULL;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (ATLAS_IS_WINDOW (l->data) && atlas_window_is_embedded (l->data))
      {
        window = l->data;
        break;
      }

  if (window == NULL)
    {
      window = atlas_window_new (self);
      atlas_window_open_embedded (window);
    }

  gtk_window_present_with_time (GTK_WINDOW (window), timestamp);
  return window;
}

static void
on_search_provider_activate_result_cb (AtlasSearchProvider *provider,
                                       const char          *id,
                                       guint32              timestamp,
                                       AtlasApplication    *self)
{
  AtlasWindow *window = get_embedded_window (self, timestamp);

  if (!atlas_window_select_id (window, id))
    g_warning ("The search provider named no item of the built-in reports: %s", id);
}

static void
on_search_provider_launch_search_cb (AtlasSearchProvider *provider,
                                     const char          *text,
                                     guint32              timestamp,
                                     AtlasApplication    *self)
{
  atlas_window_start_search (get_embedded_window (self, timestamp), text);
}

static gboolean
atlas_application_dbus_register (GApplication     *app,
                                 GDBusConnection  *connection,
                                 const char       *object_path,
                                 GError          **error)
{
  AtlasApplication *self = ATLAS_APPLICATION (app);

  if (!G_APPLICATION_CLASS (atlas_application_parent_class)->dbus_register (app, connection, object_path, error))
    return FALSE;

  self->search_provider = atlas_search_provider_new (app);
  g_signal_connect_object (self->search_provider, "activate-result",
                           G_CALLBACK (on_search_provider_activate_result_cb), self, 0);
  g_signal_connect_object (self->search_provider, "launch-search",
                           G_CALLBACK (on_search_provider_launch_search_cb), self, 0);
  return atlas_search_provider_register (self->search_provider, connection, ATLAS_SEARCH_PROVIDER_PATH, error);
}

static void
atlas_application_dbus_unregister (GApplication    *app,
                                   GDBusConnection *connection,
                                   const char      *object_path)
{
  AtlasApplication *self = ATLAS_APPLICATION (app);

  if (self->search_provider)
    atlas_search_provider_unregister (self->search_provider);
  g_clear_object (&self->search_provider);

  G_APPLICATION_CLASS (atlas_application_parent_class)->dbus_unregister (app, connection, object_path);
}

static void
atlas_application_finalize (GObject *object)
{
  AtlasApplication *self = (AtlasApplication *)object;

  g_strfreev (self->files);
  g_free (self->screenshot);
  g_free (self->select);
  g_clear_object (&self->search_provider);

  G_OBJECT_CLASS (atlas_application_parent_class)->finalize (object);
}

static void
atlas_application_class_init (AtlasApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = atlas_application_finalize;
  app_class->handle_local_options = atlas_application_handle_local_options;
  app_class->startup = atlas_application_startup;
  app_class->activate = atlas_application_activate;
  app_class->dbus_register = atlas_application_dbus_register;
  app_class->dbus_unregister = atlas_application_dbus_unregister;
}

static void
atlas_application_init (AtlasApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
    _("Opens a knowledge base of places, events and casualty figures (the embedded Aleppo 2016 "
      "knowledge base when no FILE is given).\n\n"
      "With --check, validates each FILE without opening a window: problems are printed as\n"
      "FILE:LINE:COLUMN: JSON-PATH: MESSAGE, a summary line is printed for each valid file,\n"
      "and the exit status is 0 when every file is valid, 1 otherwise."));
}

/**
 * atlas_application_get_status:
 *
 * Returns: the exit status of work done without a window, such as --screenshot
 */
int
atlas_application_get_status (AtlasApplication *self)
{
  g_return_val_if_fail (ATLAS_IS_APPLICATION (self), 1);
  return self->status;
}

/**
 * atlas_application_get_search_provider:
 *
 * Returns: (transfer none) (nullable): what answers the Shell's search, once registered
 */
AtlasSearchProvider *
atlas_application_get_search_provider (AtlasApplication *self)
{
  g_return_val_if_fail (ATLAS_IS_APPLICATION (self), NULL);
  return self->search_provider;
}

AtlasApplication *
atlas_application_new (void)
{
  /* Not unique: each run opens what its command line names, and --check never talks to a
   * running instance. */
  return g_object_new (ATLAS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

/**
 * atlas_application_apply_text_direction:
 *
 * Mirrors every widget when the app's own translation is in a right-to-left language.
 * GTK decides the direction from its gtk40 catalogue's "default:RTL", which a machine
 * without that catalogue lacks, and which says nothing of a build-tree catalogue of ours.
 */
void
atlas_application_apply_text_direction (void)
{
  gtk_widget_set_default_direction (atlas_locale_is_rtl () ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
}

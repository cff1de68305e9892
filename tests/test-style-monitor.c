/* test-style-monitor.c: following the system's dark and high-contrast styles
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-style-monitor"

#include "config.h"

#include <math.h>

#include "atlas-event-types.h"
#include "atlas-style-monitor.h"
#include "atlas-test-gtk.h"
#include "atlas-test-kb.h"
#include "atlas-timeline-view.h"

static gboolean
monitor_settled (AtlasStyleMonitor *monitor)
{
  return g_strcmp0 (atlas_style_monitor_get_source (monitor), "pending") != 0;
}

static gboolean
prefers_dark (void)
{
  gboolean dark;

  g_object_get (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", &dark, NULL);
  return dark;
}

static char *
theme_name (void)
{
  char *name;

  g_object_get (gtk_settings_get_default (), "gtk-theme-name", &name, NULL);
  return name;
}

/* With no session bus (DBUS_SESSION_BUS_ADDRESS points nowhere, see main()), the monitor
 * settles without a warning or a critical on GSettings, whose desktop schemas meson gives it
 * (a copy of their two keys), and keeps GTK's light style, their default; then it follows a
 * change of color-scheme and of high-contrast. */
static void
test_no_bus (void)
{
  g_autoptr(AtlasStyleMonitor) monitor = NULL;
  g_autofree char *before = theme_name ();
  g_autofree char *after = NULL;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  g_unsetenv ("ATLAS_STYLE");
  monitor = atlas_style_monitor_new (gdk_display_get_default ());
  g_assert_cmpstr (atlas_style_monitor_get_source (monitor), ==, "pending");
  atlas_test_wait_until (monitor_settled, monitor);

  g_test_message ("following %s", atlas_style_monitor_get_source (monitor));
  g_assert_false (atlas_style_monitor_is_forced (monitor));
  g_assert_cmpint (atlas_style_monitor_get_style (monitor), ==, ATLAS_STYLE_LIGHT);
  g_assert_false (prefers_dark ());
  after = theme_name ();
  g_assert_cmpstr (before, ==, after);

  /* Meson's test environment has them (tests/schemas) */
  g_assert_nonnull (source);
  schema = g_settings_schema_source_lookup (source, "org.gnome.desktop.interface", TRUE);
  g_assert_nonnull (schema);
    {
      g_autoptr(GSettings) settings = g_settings_new ("org.gnome.desktop.interface");
      g_autoptr(GSettings) a11y = g_settings_new ("org.gnome.desktop.a11y.interface");
      g_autofree char *hc = NULL;

      g_assert_cmpstr (atlas_style_monitor_get_source (monitor), ==, "gsettings");
      g_settings_set_string (settings, "color-scheme", "prefer-dark");
      g_assert_cmpint (atlas_style_monitor_get_style (monitor), ==, ATLAS_STYLE_DARK);
      g_assert_true (prefers_dark ());
      g_settings_set_boolean (a11y, "high-contrast", TRUE);
      g_assert_cmpint (atlas_style_monitor_get_style (monitor), ==, ATLAS_STYLE_HC_DARK);
      hc = theme_name ();
      g_assert_cmpstr (hc, ==, "Default-hc-dark");
      g_settings_reset (a11y, "high-contrast");
      g_settings_reset (settings, "color-scheme");
      g_assert_false (prefers_dark ());
      g_free (after);
      after = theme_name ();
      g_assert_cmpstr (before, ==, after);
    }
}

/* ATLAS_STYLE forces each style on GtkSettings, at once and without the bus; a monitor that
 * goes leaves GtkSettings as it found them */
static void
test_forced (void)
{
  static const struct
  {
    const char *name;
    AtlasStyle  style;
    gboolean    dark;
    const char *theme;  /* NULL: the one before */
  } styles[] = {
    { "dark", ATLAS_STYLE_DARK, TRUE, NULL },
    { "hc", ATLAS_STYLE_HC, FALSE, "Default-hc" },
    { "hc-dark", ATLAS_STYLE_HC_DARK, TRUE, "Default-hc-dark" },
    { "light", ATLAS_STYLE_LIGHT, FALSE, NULL },
  };
  g_autofree char *before = theme_name ();

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      g_autoptr(AtlasStyleMonitor) monitor = NULL;
      g_autofree char *theme = NULL;
      g_autofree char *restored = NULL;

      g_setenv ("ATLAS_STYLE", styles[i].name, TRUE);
      monitor = atlas_style_monitor_new (gdk_display_get_default ());
      g_assert_true (atlas_style_monitor_is_forced (monitor));
      g_assert_cmpint (atlas_style_monitor_get_style (monitor), ==, styles[i].style);
      g_assert_cmpint (prefers_dark (), ==, styles[i].dark);
      theme = theme_name ();
      g_assert_cmpstr (theme, ==, styles[i].theme ? styles[i].theme : before);

      g_clear_object (&monitor);
      g_assert_false (prefers_dark ());
      restored = theme_name ();
      g_assert_cmpstr (restored, ==, before);
    }
  g_unsetenv ("ATLAS_STYLE");
}

/* The window's pixels, as GTK drew them: ARGB32, premultiplied */
static guchar *
render_window (GtkWindow *window,
               int       *width,
               int       *height,
               gsize     *stride)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  guchar *pixels;

  *width = gtk_widget_get_width (GTK_WIDGET (window));
  *height = gtk_widget_get_height (GTK_WIDGET (window));
  gdk_paintable_snapshot (paintable, snapshot, *width, *height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, *width, *height));
  *width = gdk_texture_get_width (texture);
  *height = gdk_texture_get_height (texture);
  *stride = *width * 4;
  pixels = g_malloc (*stride * *height);
  gdk_texture_download (texture, pixels, *stride);
  return pixels;
}

static void
pixel_rgb (const guchar *pixels,
           gsize         stride,
           int           x,
           int           y,
           double        rgb[3])
{
  guint32 p = *(const guint32 *) (pixels + y * stride + x * 4);

  rgb[0] = ((p >> 16) & 0xff) / 255.0;
  rgb[1] = ((p >> 8) & 0xff) / 255.0;
  rgb[2] = (p & 0xff) / 255.0;
}

static double
mean_luminance (const guchar *pixels,
                gsize         stride,
                int           width,
                int           height)
{
  double sum = 0;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        double rgb[3];

        pixel_rgb (pixels, stride, x, y, rgb);
        sum += 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
      }

  return sum / (width * height);
}

/* Forced dark while it is on screen, the timeline is drawn again dark, and its marks in their
 * dark colours; light, in the light ones: the glyph's middle at a point mark is the type's
 * colour for the style */
static void
test_timeline_follows (void)
{
  static const AtlasStyle styles[] = { ATLAS_STYLE_LIGHT, ATLAS_STYLE_DARK, ATLAS_STYLE_HC_DARK };
  static const char * const names[] = { "light", "dark", "hc", "hc-dark" };
  g_autoptr(AtlasKb) kb = atlas_test_load_string (ATLAS_TEST_KB_HEAD " \"casualties\": [], \"events\": ["
    "{\"id\": \"e\", \"date\": \"2016-09-10\", \"date_precision\": \"day\", \"type\": \"ceasefire\", "
    "\"title\": \"Truce\", \"places\": [], " ATLAS_TEST_KB_SOURCE "}]}");
  g_autoptr(AtlasSession) session = atlas_session_new ();
  const AtlasEventTypeInfo *ceasefire = atlas_event_types_lookup ("ceasefire");
  GtkWidget *view = atlas_timeline_view_new ();
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  double luminance[G_N_ELEMENTS (styles)];
  graphene_rect_t bounds;
  graphene_point_t centre;

  g_assert_nonnull (kb);

  /* One window, up before any style is forced: each style comes while it is on screen */
  atlas_session_set_kb (session, kb);
  atlas_timeline_view_set_session (ATLAS_TIMELINE_VIEW (view), session);
  gtk_window_set_default_size (window, 600, 160);
  gtk_window_set_child (window, view);
  gtk_window_present (window);
  atlas_test_wait_until (atlas_test_widget_is_drawn, view);
  atlas_timeline_view_set_visible_range (ATLAS_TIMELINE_VIEW (view), atlas_date_from_ymd (2016, 9, 1),
                                         atlas_date_from_ymd (2016, 9, 20));
  atlas_test_wait_for_frame (view);
  g_assert_true (atlas_timeline_view_get_event_bounds (ATLAS_TIMELINE_VIEW (view), atlas_kb_lookup_event (kb, "e"), &bounds));
  g_assert_true (gtk_widget_compute_point (view, GTK_WIDGET (window),
                                           &GRAPHENE_POINT_INIT (bounds.origin.x + bounds.size.width / 2,
                                                                 bounds.origin.y + bounds.size.height / 2),
                                           &centre));

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      g_autoptr(AtlasStyleMonitor) monitor = NULL;
      const double *expected = atlas_event_type_get_rgb (ceasefire, styles[i]);
      g_autofree guchar *pixels = NULL;
      double rgb[3];
      int width, height;
      gsize stride;

      g_setenv ("ATLAS_STYLE", names[styles[i]], TRUE);
      monitor = atlas_style_monitor_new (gdk_display_get_default ());
      if (styles[i] != ATLAS_STYLE_LIGHT)
        atlas_test_wait_for_frame (view);

      pixels = render_window (window, &width, &height, &stride);
      luminance[i] = mean_luminance (pixels, stride, width, height);
      pixel_rgb (pixels, stride, (int) centre.x, (int) centre.y, rgb);
      g_test_message ("%s: mean luminance %.2f, mark (%.2f, %.2f, %.2f)", names[styles[i]], luminance[i],
                      rgb[0], rgb[1], rgb[2]);
      for (guint c = 0; c < 3; c++)
        g_assert_cmpfloat (fabs (rgb[c] - expected[c]), <, 0.02);

      /* The monitor goes, and the light style comes back */
      g_clear_object (&monitor);
      if (styles[i] != ATLAS_STYLE_LIGHT)
        atlas_test_wait_for_frame (view);
    }

  g_assert_cmpfloat (luminance[0], >, 0.6);
  g_assert_cmpfloat (luminance[1], <, 0.3);
  g_assert_cmpfloat (luminance[2], <, 0.3);
  gtk_window_destroy (window);
  g_unsetenv ("ATLAS_STYLE");
}


/* A settings portal of our own on a private bus (GTestDBus), answering Read for the
 * appearance namespace and sending SettingChanged when the test says */
typedef struct
{
  guint32 color_scheme;
  guint32 contrast;
  gboolean owned;
} FakePortal;

static const char portal_xml[] =
  "<node><interface name='org.freedesktop.portal.Settings'>"
  "<method name='Read'><arg type='s' direction='in'/><arg type='s' direction='in'/>"
  "<arg type='v' direction='out'/></method>"
  "<signal name='SettingChanged'><arg type='s'/><arg type='s'/><arg type='v'/></signal>"
  "</interface></node>";

static void
portal_method_call (GDBusConnection       *connection,
                    const char            *sender,
                    const char            *path,
                    const char            *interface,
                    const char            *method,
                    GVariant              *parameters,
                    GDBusMethodInvocation *invocation,
                    gpointer               user_data)
{
  FakePortal *portal = user_data;
  const char *namespace, *key;

  g_variant_get (parameters, "(&s&s)", &namespace, &key);
  if (g_str_equal (namespace, "org.freedesktop.appearance") && g_str_equal (key, "color-scheme"))
    /* As older portals answer: the value in a variant in the variant */
    g_dbus_method_invocation_return_value (invocation,
                                           g_variant_new ("(v)", g_variant_new_variant (g_variant_new_uint32 (portal->color_scheme))));
  else if (g_str_equal (namespace, "org.freedesktop.appearance") && g_str_equal (key, "contrast"))
    g_dbus_method_invocation_return_value (invocation, g_variant_new ("(v)", g_variant_new_uint32 (portal->contrast)));
  else
    g_dbus_method_invocation_return_dbus_error (invocation, "org.freedesktop.portal.Error.NotFound", "No such key");
}

static void
on_name_acquired_cb (GDBusConnection *connection,
                     const char      *name,
                     gpointer         user_data)
{
  FakePortal *portal = user_data;

  portal->owned = TRUE;
}

static gboolean
portal_owned (FakePortal *portal)
{
  return portal->owned;
}

static gboolean
monitor_follows_portal (AtlasStyleMonitor *monitor)
{
  return g_strcmp0 (atlas_style_monitor_get_source (monitor), "portal") == 0;
}

static gboolean
monitor_is_hc (AtlasStyleMonitor *monitor)
{
  return atlas_style_monitor_get_style (monitor) == ATLAS_STYLE_HC;
}

static void
emit_setting (GDBusConnection *bus,
              const char      *key,
              guint32          value)
{
  g_dbus_connection_emit_signal (bus, NULL, "/org/freedesktop/portal/desktop",
                                 "org.freedesktop.portal.Settings", "SettingChanged",
                                 g_variant_new ("(ssv)", "org.freedesktop.appearance", key,
                                                g_variant_new_uint32 (value)),
                                 NULL);
}

/* With a settings portal, the monitor takes its colour scheme at start, and follows its
 * SettingChanged signals: to light with high contrast here */
static void
test_portal (void)
{
  static const GDBusInterfaceVTable vtable = { portal_method_call, NULL, NULL, { 0 } };
  g_autoptr(GTestDBus) test_bus = NULL;
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GDBusNodeInfo) info = NULL;
  g_autoptr(AtlasStyleMonitor) monitor = NULL;
  g_autofree char *before = theme_name ();
  g_autofree char *theme = NULL;
  FakePortal portal = { 1, 0, FALSE };
  g_autoptr(GError) error = NULL;
  guint object_id, name_id;

  g_autofree char *dbus_daemon = g_find_program_in_path ("dbus-daemon");

  if (dbus_daemon == NULL)
    {
      g_test_skip ("no dbus-daemon for a private bus");
      return;
    }

  g_unsetenv ("ATLAS_STYLE");
  test_bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (test_bus);
  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);

  info = g_dbus_node_info_new_for_xml (portal_xml, &error);
  g_assert_no_error (error);
  object_id = g_dbus_connection_register_object (bus, "/org/freedesktop/portal/desktop", info->interfaces[0],
                                                 &vtable, &portal, NULL, &error);
  g_assert_no_error (error);
  name_id = g_bus_own_name_on_connection (bus, "org.freedesktop.portal.Desktop", G_BUS_NAME_OWNER_FLAGS_NONE,
                                          on_name_acquired_cb, NULL, &portal, NULL);
  atlas_test_wait_until (portal_owned, &portal);

  monitor = atlas_style_monitor_new (gdk_display_get_default ());
  atlas_test_wait_until (monitor_follows_portal, monitor);
  g_assert_cmpint (atlas_style_monitor_get_style (monitor), ==, ATLAS_STYLE_DARK);
  g_assert_true (prefers_dark ());

  emit_setting (bus, "color-scheme", 0);
  emit_setting (bus, "contrast", 1);
  atlas_test_wait_until (monitor_is_hc, monitor);
  g_assert_false (prefers_dark ());
  theme = theme_name ();
  g_assert_cmpstr (theme, ==, "Default-hc");

  g_clear_object (&monitor);
  g_free (theme);
  theme = theme_name ();
  g_assert_cmpstr (theme, ==, before);

  g_bus_unown_name (name_id);
  g_dbus_connection_unregister_object (bus, object_id);
  g_clear_object (&bus);
  g_test_dbus_down (test_bus);
}

int
main (int   argc,
      char *argv[])
{
  /* A session bus nobody listens on, whatever the machine has; and no theme from outside */
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/aleppo-atlas-test-bus", TRUE);
  g_unsetenv ("GTK_THEME");
  g_unsetenv ("ATLAS_STYLE");

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  if (!atlas_test_init_gtk_or_skip ())
    return 0;

  g_test_add_func ("/style-monitor/no-bus", test_no_bus);
  g_test_add_func ("/style-monitor/forced", test_forced);
  g_test_add_func ("/style-monitor/timeline-follows", test_timeline_follows);
  g_test_add_func ("/style-monitor/portal", test_portal);

  return g_test_run ();
}

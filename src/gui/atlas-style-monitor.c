/* atlas-style-monitor.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-style-monitor"

#include "config.h"

#include <string.h>

#include "atlas-style-monitor.h"

/*
 * GTK 4.8 without libadwaita follows neither GNOME's dark preference nor its high contrast
 * (issue 8). This follows them, in this order:
 *
 *  - ATLAS_STYLE=light|dark|hc|hc-dark in the environment forces a style, for tests and
 *    screenshots; nothing else is read then;
 *  - the XDG settings portal, org.freedesktop.appearance color-scheme (1: prefer dark) and
 *    contrast (1: high), read and followed over D-Bus, asynchronously so that start-up never
 *    waits for the bus;
 *  - when there is no portal: GSettings org.gnome.desktop.interface color-scheme and
 *    org.gnome.desktop.a11y.interface high-contrast, only if those schemas are installed.
 *
 * It applies the style to GtkSettings (gtk-application-prefer-dark-theme, and GTK's built-in
 * Default-hc / Default-hc-dark themes) and to the app's own colours through the named colours
 * of resources/style-dark.css and style-hc.css, added over style.css.
 */

#define PORTAL_BUS_NAME   "org.freedesktop.portal.Desktop"
#define PORTAL_PATH       "/org/freedesktop/portal/desktop"
#define PORTAL_INTERFACE  "org.freedesktop.portal.Settings"
#define APPEARANCE        "org.freedesktop.appearance"
#define RESOURCE_PREFIX   "/io/github/aleppoatlas/AleppoAtlas"

struct _AtlasStyleMonitor
{
  GObject          parent_instance;

  GdkDisplay      *display;
  GtkSettings     *settings;
  GCancellable    *cancellable;
  GDBusConnection *bus;
  guint            changed_id;
  GSettings       *interface_settings;
  GSettings       *a11y_settings;
  GtkCssProvider  *dark_css;
  GtkCssProvider  *hc_css;
  char            *theme_name;   /* GtkSettings' theme before any high contrast */
  gboolean         was_dark;     /* and its dark preference before this monitor */

  const char      *source;       /* what it follows: see atlas_style_monitor_get_source() */
  gboolean         dark;
  gboolean         high_contrast;
  gboolean         forced;
  AtlasStyle       style;
};

enum {
  PROP_0,
  PROP_STYLE,
  PROP_SOURCE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (AtlasStyleMonitor, atlas_style_monitor, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
set_provider (AtlasStyleMonitor  *self,
              GtkCssProvider    **provider,
              const char         *resource,
              gboolean            wanted)
{
  if (wanted && *provider == NULL)
    {
      *provider = gtk_css_provider_new ();
      gtk_css_provider_load_from_resource (*provider, resource);
      /* Over style.css, which is added at APPLICATION priority */
      gtk_style_context_add_provider_for_display (self->display, GTK_STYLE_PROVIDER (*provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
    }
  else if (!wanted && *provider != NULL)
    {
      gtk_style_context_remove_provider_for_display (self->display, GTK_STYLE_PROVIDER (*provider));
      g_clear_object (provider);
    }
}

static void
apply (AtlasStyleMonitor *self)
{
  AtlasStyle style = self->high_contrast ? (self->dark ? ATLAS_STYLE_HC_DARK : ATLAS_STYLE_HC)
                                         : (self->dark ? ATLAS_STYLE_DARK : ATLAS_STYLE_LIGHT);

  g_debug ("Style: dark %d, high contrast %d", self->dark, self->high_contrast);

  if (self->high_contrast)
    {
      if (self->theme_name == NULL)
        g_object_get (self->settings, "gtk-theme-name", &self->theme_name, NULL);
      g_object_set (self->settings, "gtk-theme-name", self->dark ? "Default-hc-dark" : "Default-hc", NULL);
    }
  else if (self->theme_name != NULL)
    {
      g_object_set (self->settings, "gtk-theme-name", self->theme_name, NULL);
      g_clear_pointer (&self->theme_name, g_free);
    }
  g_object_set (self->settings, "gtk-application-prefer-dark-theme", self->dark, NULL);

  set_provider (self, &self->dark_css, RESOURCE_PREFIX "/style-dark.css", self->dark);
  set_provider (self, &self->hc_css, RESOURCE_PREFIX "/style-hc.css", self->high_contrast);

  if (style != self->style)
    {
      self->style = style;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STYLE]);
    }
}

/* The portal's values come as v, or as v in a v from older portals */
static guint32
unbox_uint32 (GVariant *value)
{
  g_autoptr(GVariant) inner = g_variant_ref (value);

  while (g_variant_is_of_type (inner, G_VARIANT_TYPE_VARIANT))
    {
      GVariant *next = g_variant_get_variant (inner);

      g_variant_unref (inner);
      inner = next;
    }

  return g_variant_is_of_type (inner, G_VARIANT_TYPE_UINT32) ? g_variant_get_uint32 (inner) : 0;
}

static void
set_portal_value (AtlasStyleMonitor *self,
                  const char        *key,
                  GVariant          *value)
{
  if (g_str_equal (key, "color-scheme"))
    self->dark = unbox_uint32 (value) == 1;
  else if (g_str_equal (key, "contrast"))
    self->high_contrast = unbox_uint32 (value) == 1;
  else
    return;

  apply (self);
}

static void
on_interface_changed_cb (AtlasStyleMonitor *self)
{
  if (self->interface_settings)
    self->dark = g_settings_get_enum (self->interface_settings, "color-scheme") == 1;  /* prefer-dark */
  if (self->a11y_settings)
    self->high_contrast = g_settings_get_boolean (self->a11y_settings, "high-contrast");
  apply (self);
}

static GSettings *
settings_if_installed (const char *schema_id,
                       const char *key)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source == NULL || (schema = g_settings_schema_source_lookup (source, schema_id, TRUE)) == NULL ||
      !g_settings_schema_has_key (schema, key))
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}

static void
follow_gsettings (AtlasStyleMonitor *self)
{
  self->interface_settings = settings_if_installed ("org.gnome.desktop.interface", "color-scheme");
  self->a11y_settings = settings_if_installed ("org.gnome.desktop.a11y.interface", "high-contrast");

  if (self->interface_settings)
    g_signal_connect_object (self->interface_settings, "changed::color-scheme",
                             G_CALLBACK (on_interface_changed_cb), self, G_CONNECT_SWAPPED);
  if (self->a11y_settings)
    g_signal_connect_object (self->a11y_settings, "changed::high-contrast",
                             G_CALLBACK (on_interface_changed_cb), self, G_CONNECT_SWAPPED);
  self->source = (self->interface_settings || self->a11y_settings) ? "gsettings" : "none";
  if (self->interface_settings || self->a11y_settings)
    on_interface_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

static void
on_setting_changed_cb (GDBusConnection *bus,
                       const char      *sender,
                       const char      *path,
                       const char      *interface,
                       const char      *signal,
                       GVariant        *parameters,
                       gpointer         user_data)
{
  AtlasStyleMonitor *self = user_data;
  const char *namespace, *key;
  g_autoptr(GVariant) value = NULL;

  if (!g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(ssv)")))
    return;

  g_variant_get (parameters, "(&s&sv)", &namespace, &key, &value);
  if (g_str_equal (namespace, APPEARANCE))
    set_portal_value (self, key, value);
}

static void
read_contrast_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(AtlasStyleMonitor) self = user_data;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) value = NULL;
  g_autoptr(GError) error = NULL;

  /* Older portals have no contrast: then only the colour scheme is followed */
  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (reply != NULL)
    {
      g_variant_get (reply, "(v)", &value);
      set_portal_value (self, "contrast", value);
    }

  /* Both read: the portal is what the style follows from now on */
  self->source = "portal";
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

static void
read_color_scheme_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(AtlasStyleMonitor) self = user_data;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) value = NULL;
  g_autoptr(GError) error = NULL;

  if ((reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (object), result, &error)) == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_debug ("No settings portal (%s): following GSettings", error->message);
          follow_gsettings (self);
        }
      return;
    }

  g_variant_get (reply, "(v)", &value);
  set_portal_value (self, "color-scheme", value);

  self->changed_id = g_dbus_connection_signal_subscribe (self->bus, PORTAL_BUS_NAME, PORTAL_INTERFACE,
                                                         "SettingChanged", PORTAL_PATH, APPEARANCE,
                                                         G_DBUS_SIGNAL_FLAGS_NONE,
                                                         on_setting_changed_cb, self, NULL);
  g_dbus_connection_call (self->bus, PORTAL_BUS_NAME, PORTAL_PATH, PORTAL_INTERFACE, "Read",
                          g_variant_new ("(ss)", APPEARANCE, "contrast"), G_VARIANT_TYPE ("(v)"),
                          G_DBUS_CALL_FLAGS_NONE, -1, self->cancellable,
                          read_contrast_cb, g_object_ref (self));
}

static void
bus_get_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(AtlasStyleMonitor) self = user_data;
  g_autoptr(GError) error = NULL;

  if ((self->bus = g_bus_get_finish (result, &error)) == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_debug ("No session bus (%s): following GSettings", error->message);
          follow_gsettings (self);
        }
      return;
    }

  g_dbus_connection_call (self->bus, PORTAL_BUS_NAME, PORTAL_PATH, PORTAL_INTERFACE, "Read",
                          g_variant_new ("(ss)", APPEARANCE, "color-scheme"), G_VARIANT_TYPE ("(v)"),
                          G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, self->cancellable,
                          read_color_scheme_cb, g_object_ref (self));
}

/* GObject overrides */

static void
atlas_style_monitor_dispose (GObject *object)
{
  AtlasStyleMonitor *self = ATLAS_STYLE_MONITOR (object);

  g_cancellable_cancel (self->cancellable);
  if (self->changed_id != 0)
    g_dbus_connection_signal_unsubscribe (self->bus, self->changed_id);
  self->changed_id = 0;
  g_clear_object (&self->bus);
  g_clear_object (&self->interface_settings);
  g_clear_object (&self->a11y_settings);
  /* Leave GtkSettings' theme as it was found */
  if (self->theme_name != NULL)
    g_object_set (self->settings, "gtk-theme-name", self->theme_name, NULL);
  if (self->settings != NULL)
    g_object_set (self->settings, "gtk-application-prefer-dark-theme", self->was_dark, NULL);
  self->settings = NULL;
  if (self->display)
    {
      set_provider (self, &self->dark_css, NULL, FALSE);
      set_provider (self, &self->hc_css, NULL, FALSE);
    }
  g_clear_object (&self->cancellable);
  g_clear_object (&self->display);

  G_OBJECT_CLASS (atlas_style_monitor_parent_class)->dispose (object);
}

static void
atlas_style_monitor_finalize (GObject *object)
{
  AtlasStyleMonitor *self = ATLAS_STYLE_MONITOR (object);

  g_free (self->theme_name);

  G_OBJECT_CLASS (atlas_style_monitor_parent_class)->finalize (object);
}

static void
atlas_style_monitor_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  AtlasStyleMonitor *self = ATLAS_STYLE_MONITOR (object);

  switch (prop_id)
    {
    case PROP_STYLE:
      g_value_set_int (value, self->style);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_style_monitor_class_init (AtlasStyleMonitorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = atlas_style_monitor_dispose;
  object_class->finalize = atlas_style_monitor_finalize;
  object_class->get_property = atlas_style_monitor_get_property;

  /* An AtlasStyle */
  properties[PROP_STYLE] =
    g_param_spec_int ("style", NULL, NULL,
                      ATLAS_STYLE_LIGHT, ATLAS_STYLE_HC_DARK, ATLAS_STYLE_LIGHT,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, "pending",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_style_monitor_init (AtlasStyleMonitor *self)
{
  self->cancellable = g_cancellable_new ();
  self->style = ATLAS_STYLE_LIGHT;
  self->source = "pending";
}

/* Public API */

/**
 * atlas_style_monitor_new:
 * @display: the display whose GtkSettings and style to set
 *
 * Follows the system's dark and high-contrast preferences on @display, or the style
 * ATLAS_STYLE forces, for as long as the monitor lives.
 */
AtlasStyleMonitor *
atlas_style_monitor_new (GdkDisplay *display)
{
  AtlasStyleMonitor *self;
  const char *forced = g_getenv ("ATLAS_STYLE");
  AtlasStyle style;

  g_return_val_if_fail (GDK_IS_DISPLAY (display), NULL);

  self = g_object_new (ATLAS_TYPE_STYLE_MONITOR, NULL);
  self->display = g_object_ref (display);
  self->settings = gtk_settings_get_for_display (display);
  g_object_get (self->settings, "gtk-application-prefer-dark-theme", &self->was_dark, NULL);

  if (forced != NULL && forced[0] != '\0')
    {
      if (atlas_style_parse (forced, &style))
        {
          self->forced = TRUE;
          self->source = "environment";
          self->dark = ATLAS_STYLE_IS_DARK (style);
          self->high_contrast = ATLAS_STYLE_IS_HC (style);
          apply (self);
          return self;
        }
      g_warning ("ATLAS_STYLE=%s: not light, dark, hc or hc-dark; following the system", forced);
    }

  g_bus_get (G_BUS_TYPE_SESSION, self->cancellable, bus_get_cb, g_object_ref (self));

  return self;
}

AtlasStyle
atlas_style_monitor_get_style (AtlasStyleMonitor *self)
{
  g_return_val_if_fail (ATLAS_IS_STYLE_MONITOR (self), ATLAS_STYLE_LIGHT);

  return self->style;
}

/**
 * atlas_style_monitor_get_source:
 *
 * What the style follows: "environment" (ATLAS_STYLE), "portal", "gsettings", "none" (no
 * bus and no schemas: GTK's own light style), or "pending" until the bus answers.
 */
const char *
atlas_style_monitor_get_source (AtlasStyleMonitor *self)
{
  g_return_val_if_fail (ATLAS_IS_STYLE_MONITOR (self), NULL);

  return self->source;
}

/* Whether ATLAS_STYLE chose the style rather than the system */
gboolean
atlas_style_monitor_is_forced (AtlasStyleMonitor *self)
{
  g_return_val_if_fail (ATLAS_IS_STYLE_MONITOR (self), FALSE);

  return self->forced;
}

gboolean
atlas_style_parse (const char *text,
                   AtlasStyle *style)
{
  static const char * const names[] = { "light", "dark", "hc", "hc-dark" };

  g_return_val_if_fail (style != NULL, FALSE);

  for (guint i = 0; text && i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (text, names[i]) == 0)
      {
        *style = (AtlasStyle) i;
        return TRUE;
      }

  return FALSE;
}

/**
 * atlas_style_from_color:
 * @fg: the colour of the text things are drawn with
 * @settings: (nullable): the GtkSettings whose theme tells high contrast
 *
 * The style things are drawn in: dark when the text is light, whatever made it so (this
 * monitor or GTK_THEME), and high contrast under GTK's high-contrast themes.
 */
AtlasStyle
atlas_style_from_color (const GdkRGBA *fg,
                        GtkSettings   *settings)
{
  g_autofree char *theme = NULL;
  const char *env = g_getenv ("GTK_THEME");
  gboolean dark, hc;

  g_return_val_if_fail (fg != NULL, ATLAS_STYLE_LIGHT);

  dark = 0.2126 * fg->red + 0.7152 * fg->green + 0.0722 * fg->blue > 0.5;
  if (settings)
    g_object_get (settings, "gtk-theme-name", &theme, NULL);
  hc = (theme && strstr (theme, "-hc") != NULL) || (env && strstr (env, "-hc") != NULL) ||
       (env && g_str_has_prefix (env, "HighContrast"));

  return hc ? (dark ? ATLAS_STYLE_HC_DARK : ATLAS_STYLE_HC) : (dark ? ATLAS_STYLE_DARK : ATLAS_STYLE_LIGHT);
}

/* The style @widget is drawn in, from its text colour and its display's theme */
AtlasStyle
atlas_style_for_widget (GtkWidget *widget)
{
  GdkRGBA fg;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), ATLAS_STYLE_LIGHT);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS

  return atlas_style_from_color (&fg, gtk_widget_get_settings (widget));
}

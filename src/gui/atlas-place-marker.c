/* atlas-place-marker.c: a point place on the map, as a dot that can be clicked
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-place-marker"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-locale.h"
#include "atlas-place-marker.h"

struct _AtlasPlaceMarker
{
  ShumateMarker  parent_instance;

  AtlasPlace    *place;

  /* Template widgets */
  GtkLabel      *name;
  GtkWidget     *dot;
  GtkLabel      *spacer;
};

enum {
  PROP_0,
  PROP_PLACE,
  N_PROPS
};

enum {
  CLICKED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (AtlasPlaceMarker, atlas_place_marker, SHUMATE_TYPE_MARKER)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Callbacks */

static void
on_button_clicked_cb (GtkButton        *button,
                      AtlasPlaceMarker *self)
{
  g_signal_emit (self, signals[CLICKED], 0);
}

/* GObject overrides */

static void
atlas_place_marker_constructed (GObject *object)
{
  AtlasPlaceMarker *self = ATLAS_PLACE_MARKER (object);
  GtkWidget *button = shumate_marker_get_child (SHUMATE_MARKER (self));
  g_autofree char *name = atlas_place_dup_display_name (self->place, ATLAS_PLACE_NAME_SHORT);
  g_autofree char *title = atlas_place_marker_format_title (self->place);
  g_autofree char *tooltip = NULL;
  g_autofree char *label = NULL;
  double lat, lon;

  G_OBJECT_CLASS (atlas_place_marker_parent_class)->constructed (object);

  if (atlas_place_get_precision (self->place) == ATLAS_PRECISION_APPROXIMATE)
    {
      const char *note = atlas_place_get_note (self->place);
      g_autofree char *why = NULL;
      g_autofree char *text = NULL;

      /* Translators: a place's names, then why its location is only approximate */
      why = g_strdup_printf (_("Approximate location: %s"), note && *note ? note : _("no note given"));
      text = g_strdup_printf ("%s\n%s", title, why);
      tooltip = atlas_place_marker_wrap_text (text, 60);
      /* Translators: accessible name of a map marker */
      label = g_strdup_printf (_("%s, approximate location"), name);
      gtk_widget_add_css_class (self->dot, "approximate");
      gtk_widget_add_css_class (button, "approximate");
    }
  else
    {
      tooltip = g_strdup (title);
      label = g_strdup (name);
    }

  gtk_label_set_label (self->name, name);
  gtk_label_set_label (self->spacer, name);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip,
                                  -1);

  if (atlas_place_get_location (self->place, &lat, &lon))
    shumate_location_set_location (SHUMATE_LOCATION (self), lat, lon);
}

static void
atlas_place_marker_dispose (GObject *object)
{
  AtlasPlaceMarker *self = ATLAS_PLACE_MARKER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_PLACE_MARKER);
  g_clear_object (&self->place);

  G_OBJECT_CLASS (atlas_place_marker_parent_class)->dispose (object);
}

static void
atlas_place_marker_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AtlasPlaceMarker *self = ATLAS_PLACE_MARKER (object);

  switch (prop_id)
    {
    case PROP_PLACE:
      g_value_set_object (value, self->place);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_place_marker_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AtlasPlaceMarker *self = ATLAS_PLACE_MARKER (object);

  switch (prop_id)
    {
    case PROP_PLACE:
      self->place = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_place_marker_class_init (AtlasPlaceMarkerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = atlas_place_marker_constructed;
  object_class->dispose = atlas_place_marker_dispose;
  object_class->get_property = atlas_place_marker_get_property;
  object_class->set_property = atlas_place_marker_set_property;

  properties[PROP_PLACE] =
    g_param_spec_object ("place", NULL, NULL, ATLAS_TYPE_PLACE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The dot was clicked: the view selects the place */
  signals[CLICKED] =
    g_signal_new ("clicked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/atlas-place-marker.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasPlaceMarker, name);
  gtk_widget_class_bind_template_child (widget_class, AtlasPlaceMarker, dot);
  gtk_widget_class_bind_template_child (widget_class, AtlasPlaceMarker, spacer);
  gtk_widget_class_bind_template_callback (widget_class, on_button_clicked_cb);
}

static void
atlas_place_marker_init (AtlasPlaceMarker *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

/* A marker at @place's location, which it must have */
AtlasPlaceMarker *
atlas_place_marker_new (AtlasPlace *place)
{
  g_return_val_if_fail (ATLAS_IS_PLACE (place), NULL);

  return g_object_new (ATLAS_TYPE_PLACE_MARKER, "place", place, NULL);
}

/**
 * atlas_place_marker_get_place:
 *
 * Returns: (transfer none): the place it marks
 */
AtlasPlace *
atlas_place_marker_get_place (AtlasPlaceMarker *self)
{
  g_return_val_if_fail (ATLAS_IS_PLACE_MARKER (self), NULL);
  return self->place;
}

/* Whether its name shows (the place matters now: atlas_place_marker_set_highlight()), and
 * how big it is, in pixels */
gboolean
atlas_place_marker_get_name_size (AtlasPlaceMarker *self,
                                  int              *width,
                                  int              *height)
{
  g_return_val_if_fail (ATLAS_IS_PLACE_MARKER (self), FALSE);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->name)))
    return FALSE;

  gtk_widget_measure (GTK_WIDGET (self->name), GTK_ORIENTATION_HORIZONTAL, -1, NULL, width, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (self->name), GTK_ORIENTATION_VERTICAL, -1, NULL, height, NULL, NULL);
  return TRUE;
}

/* The dot's size, in pixels */
int
atlas_place_marker_get_dot_size (AtlasPlaceMarker *self)
{
  int size = 0;

  g_return_val_if_fail (ATLAS_IS_PLACE_MARKER (self), 0);

  gtk_widget_measure (self->dot, GTK_ORIENTATION_VERTICAL, -1, NULL, &size, NULL, NULL);
  return size;
}

/* Puts the name below the dot rather than above it, where it would cover another point's
 * name (Nubl and al-Zahraa, 3 km apart); its invisible copy goes to the other side, so the
 * dot stays on the location */
void
atlas_place_marker_set_name_below (AtlasPlaceMarker *self,
                                   gboolean          below)
{
  GtkWidget *box;

  g_return_if_fail (ATLAS_IS_PLACE_MARKER (self));

  box = gtk_widget_get_parent (self->dot);
  gtk_box_reorder_child_after (GTK_BOX (box), below ? GTK_WIDGET (self->spacer) : GTK_WIDGET (self->name), NULL);
  gtk_box_reorder_child_after (GTK_BOX (box), below ? GTK_WIDGET (self->name) : GTK_WIDGET (self->spacer), self->dot);
}

gboolean
atlas_place_marker_get_name_below (AtlasPlaceMarker *self)
{
  g_return_val_if_fail (ATLAS_IS_PLACE_MARKER (self), FALSE);

  return gtk_widget_get_prev_sibling (GTK_WIDGET (self->name)) == self->dot;
}

/* Shows whether its place is the selected place, or a place of the selected event */
void
atlas_place_marker_set_highlight (AtlasPlaceMarker *self,
                                  gboolean          selected,
                                  gboolean          in_event)
{
  GtkWidget *button;

  g_return_if_fail (ATLAS_IS_PLACE_MARKER (self));

  button = shumate_marker_get_child (SHUMATE_MARKER (self));

  /* Points are named on the map only when they matter now, so that the few in the city do
   * not cover the neighbourhoods' names; a far point framed alone is then named too */
  gtk_widget_set_visible (GTK_WIDGET (self->name), selected || in_event);
  gtk_widget_set_visible (GTK_WIDGET (self->spacer), selected || in_event);

  if (selected)
    gtk_widget_add_css_class (button, "selected");
  else
    gtk_widget_remove_css_class (button, "selected");

  if (in_event)
    gtk_widget_add_css_class (button, "in-event");
  else
    gtk_widget_remove_css_class (button, "in-event");
}

/* @place's two names, for tooltips */
char *
atlas_place_marker_format_title (AtlasPlace *place)
{
  const char *primary, *secondary;

  g_return_val_if_fail (ATLAS_IS_PLACE (place), NULL);

  /* In the interface's order (atlas-locale.c): the Arabic name first in an Arabic one */
  atlas_place_get_display_names (place, &primary, &secondary);
  if (secondary)
    /* Translators: a place's name, then its name in the other language */
    return g_strdup_printf (_("%s — %s"), primary, secondary);

  return g_strdup (primary);
}

/* Breaks @text into lines of about @width characters: tooltips do not wrap on their own */
char *
atlas_place_marker_wrap_text (const char *text,
                              guint       width)
{
  GString *wrapped = g_string_new (NULL);
  g_auto(GStrv) words = NULL;
  guint line = 0;

  g_return_val_if_fail (text != NULL, NULL);

  words = g_strsplit (text, " ", -1);
  for (guint i = 0; words[i]; i++)
    {
      guint length = g_utf8_strlen (words[i], -1);

      if (line > 0 && line + 1 + length > width)
        {
          g_string_append_c (wrapped, '\n');
          line = 0;
        }
      else if (line > 0)
        {
          g_string_append_c (wrapped, ' ');
          line++;
        }

      g_string_append (wrapped, words[i]);
      line += length;
    }

  return g_string_free (wrapped, FALSE);
}

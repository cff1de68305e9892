/* atlas-place-picker.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-place-picker"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "atlas-form.h"
#include "atlas-locale.h"
#include "atlas-place-picker.h"

struct _AtlasPlacePicker
{
  GtkWidget    parent_instance;

  GPtrArray   *places;          /* AtlasPlace, one per check button of list_box */
  GPtrArray   *choices;         /* AtlasPlace, in the order of add_dropdown's names after the first */

  /* Template widgets */
  GtkBox      *list_box;
  GtkLabel    *empty_label;
  GtkDropDown *add_dropdown;
  GtkButton   *add_button;
};

G_DEFINE_FINAL_TYPE (AtlasPlacePicker, atlas_place_picker, GTK_TYPE_WIDGET)

/* Helpers */

static void
update_empty (AtlasPlacePicker *self)
{
  const char *text = gtk_label_get_text (self->empty_label);

  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), self->places->len == 0 && text && *text);
}

typedef struct
{
  AtlasPlace *place;
  char       *name;
  char       *key;
} Choice;

static int
compare_choices (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (((const Choice *) a)->key, ((const Choice *) b)->key);
}

/* Callbacks */

static void
on_add_dropdown_selected_cb (AtlasPlacePicker *self)
{
  guint selected = gtk_drop_down_get_selected (self->add_dropdown);

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), selected >= 1 && selected <= self->choices->len);
}

static void
on_add_button_clicked_cb (AtlasPlacePicker *self)
{
  guint selected = gtk_drop_down_get_selected (self->add_dropdown);

  if (selected >= 1 && selected <= self->choices->len)
    atlas_place_picker_add (self, g_ptr_array_index (self->choices, selected - 1), NULL);
}

/* Overrides */

static void
atlas_place_picker_dispose (GObject *object)
{
  AtlasPlacePicker *self = (AtlasPlacePicker *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_PLACE_PICKER);
  /* A plain GtkWidget unparents its children itself, the unnamed ones of the template too */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_pointer (&self->places, g_ptr_array_unref);
  g_clear_pointer (&self->choices, g_ptr_array_unref);

  G_OBJECT_CLASS (atlas_place_picker_parent_class)->dispose (object);
}

static void
atlas_place_picker_class_init (AtlasPlacePickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_place_picker_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/aleppoatlas/AleppoAtlas/ui/atlas-place-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasPlacePicker, list_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasPlacePicker, empty_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasPlacePicker, add_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AtlasPlacePicker, add_button);
}

static void
atlas_place_picker_init (AtlasPlacePicker *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->places = g_ptr_array_new_with_free_func (g_object_unref);
  self->choices = g_ptr_array_new_with_free_func (g_object_unref);

  /* Typing in the list's search finds a place by the name shown */
  gtk_drop_down_set_expression (self->add_dropdown,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  g_signal_connect_swapped (self->add_dropdown, "notify::selected", G_CALLBACK (on_add_dropdown_selected_cb), self);
  g_signal_connect_swapped (self->add_button, "clicked", G_CALLBACK (on_add_button_clicked_cb), self);
}

/* Public API */

/**
 * atlas_place_picker_set_kb:
 *
 * Offers the places of @kb to add, by name in alphabetical order.
 */
void
atlas_place_picker_set_kb (AtlasPlacePicker *self,
                           AtlasKb          *kb)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GArray) choices = g_array_new (FALSE, FALSE, sizeof (Choice));
  GListModel *places;
  guint n;

  g_return_if_fail (ATLAS_IS_PLACE_PICKER (self));
  g_return_if_fail (ATLAS_IS_KB (kb));

  places = atlas_kb_get_places (kb);
  n = g_list_model_get_n_items (places);
  for (guint i = 0; i < n; i++)
    {
      Choice choice;

      choice.place = g_list_model_get_item (places, i);
      choice.name = atlas_place_dup_display_name (choice.place, ATLAS_PLACE_NAME_LIST);
      choice.key = g_utf8_collate_key (choice.name, -1);
      g_array_append_val (choices, choice);
    }
  g_array_sort (choices, compare_choices);

  g_ptr_array_set_size (self->choices, 0);
  /* A dropdown with nothing chosen reads "(None)": the first item says what it is for */
  gtk_string_list_append (names, _("Choose a place to add"));
  for (guint i = 0; i < choices->len; i++)
    {
      Choice *choice = &g_array_index (choices, Choice, i);

      gtk_string_list_append (names, choice->name);
      g_ptr_array_add (self->choices, choice->place);
      g_free (choice->name);
      g_free (choice->key);
    }

  gtk_drop_down_set_model (self->add_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->add_dropdown, 0);
}

/**
 * atlas_place_picker_add:
 * @hint: (nullable): what to say after the name, such as the words it was suggested from
 *
 * Adds @place, ticked; a place already there is ticked again.
 */
void
atlas_place_picker_add (AtlasPlacePicker *self,
                        AtlasPlace       *place,
                        const char       *hint)
{
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  GtkWidget *check;
  guint index;

  g_return_if_fail (ATLAS_IS_PLACE_PICKER (self));
  g_return_if_fail (ATLAS_IS_PLACE (place));

  if (g_ptr_array_find (self->places, place, &index))
    {
      GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));

      while (index-- > 0)
        child = gtk_widget_get_next_sibling (child);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (child), TRUE);
      return;
    }

  name = atlas_place_dup_display_name (place, ATLAS_PLACE_NAME_LIST);
  /* Translators: a place of a fact, and the words it was suggested from */
  label = hint ? g_strdup_printf (_("%s — %s"), name, hint) : g_strdup (name);
  check = atlas_form_new_check_button (label);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  gtk_box_append (self->list_box, check);
  g_ptr_array_add (self->places, g_object_ref (place));
  update_empty (self);
}

gboolean
atlas_place_picker_contains (AtlasPlacePicker *self,
                             AtlasPlace       *place)
{
  g_return_val_if_fail (ATLAS_IS_PLACE_PICKER (self), FALSE);
  return g_ptr_array_find (self->places, place, NULL);
}

/**
 * atlas_place_picker_set_empty_text:
 *
 * What to say while the fact has no place, such as what that means for it.
 */
void
atlas_place_picker_set_empty_text (AtlasPlacePicker *self,
                                   const char       *text)
{
  g_return_if_fail (ATLAS_IS_PLACE_PICKER (self));

  gtk_label_set_text (self->empty_label, text ? text : "");
  update_empty (self);
}

/**
 * atlas_place_picker_get_places:
 *
 * Returns: (transfer container) (element-type AtlasPlace): the places ticked, in order
 */
GPtrArray *
atlas_place_picker_get_places (AtlasPlacePicker *self)
{
  GPtrArray *places = g_ptr_array_new ();
  GtkWidget *child;
  guint i = 0;

  g_return_val_if_fail (ATLAS_IS_PLACE_PICKER (self), places);

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box)); child; child = gtk_widget_get_next_sibling (child), i++)
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (child)))
      g_ptr_array_add (places, g_ptr_array_index (self->places, i));

  return places;
}

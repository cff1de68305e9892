/* atlas-place-picker.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-place-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-form.h"
#include "atlas-locale.h"
#include "atlas-place-picker.h"
#include "atlas-search-text.h"

struct _AtlasPlacePicker
{
  GtkWidget        parent_instance;

  GPtrArray       *places;        /* AtlasPlace, one per check button of list_box */
  GListStore      *choices;       /* AtlasPlace, every place of the KB, by name */
  GtkCustomFilter *filter;

  /* Template widgets */
  GtkBox          *list_box;
  GtkLabel        *empty_label;
  GtkMenuButton   *add_button;
  GtkPopover      *add_popover;
  GtkSearchEntry  *search_entry;
  GtkListView     *place_list;
};

G_DEFINE_FINAL_TYPE (AtlasPlacePicker, atlas_place_picker, GTK_TYPE_WIDGET)

/* Helpers */

static void
update_empty (AtlasPlacePicker *self)
{
  const char *text = gtk_label_get_text (self->empty_label);

  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), self->places->len == 0 && text && *text);
}

static int
compare_places (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  g_autofree char *name_a = atlas_place_dup_display_name ((AtlasPlace *) a, ATLAS_PLACE_NAME_LIST);
  g_autofree char *name_b = atlas_place_dup_display_name ((AtlasPlace *) b, ATLAS_PLACE_NAME_LIST);

  return g_utf8_collate (name_a, name_b);
}

/* Each word typed begins a word of one of the place's names, in either script or another
 * name, folded as the search folds them (atlas_search_text_matches()): "sukk" finds
 * al-Sukkari, "السكري" finds it too, in an English interface as well. (GtkDropDown's search
 * of GTK 4.8 matches the start of the whole name only, which the Arabic article "al-" before
 * most names defeats.) */
static gboolean
match_place (gpointer item,
             gpointer user_data)
{
  AtlasPlacePicker *self = user_data;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  const char * const *aliases = atlas_place_get_aliases (item);
  g_autoptr(GString) names = NULL;

  if (search == NULL || *search == '\0')
    return TRUE;

  names = g_string_new (atlas_place_get_name (item));
  if (atlas_place_get_name_ar (item))
    g_string_append_printf (names, " %s", atlas_place_get_name_ar (item));
  for (guint i = 0; aliases && aliases[i]; i++)
    g_string_append_printf (names, " %s", aliases[i]);
  return atlas_search_text_matches (search, names->str);
}

static void
add_choice (AtlasPlacePicker *self,
            AtlasPlace       *place)
{
  atlas_place_picker_add (self, place, NULL);
  gtk_popover_popdown (self->add_popover);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/* Callbacks */

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_list_item_set_child (item, label);
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item)
{
  g_autofree char *name = atlas_place_dup_display_name (gtk_list_item_get_item (item), ATLAS_PLACE_NAME_LIST);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), name);
}

static void
on_search_changed_cb (AtlasPlacePicker *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* Enter: the place named exactly as typed, or else the first one found */
static void
on_search_activate_cb (AtlasPlacePicker *self)
{
  GListModel *found = G_LIST_MODEL (gtk_no_selection_get_model (GTK_NO_SELECTION (gtk_list_view_get_model (self->place_list))));
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr(AtlasPlace) chosen = NULL;

  /* The entry waits a moment before it says the search changed: Enter may come first */
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(AtlasPlace) place = g_list_model_get_item (found, i);
      g_autofree char *name = atlas_place_dup_display_name (place, ATLAS_PLACE_NAME_LIST);

      if (chosen == NULL || g_utf8_collate (name, search) == 0)
        g_set_object (&chosen, place);
    }

  if (chosen)
    add_choice (self, chosen);
}

/* Escape in the search: the search entry takes the key, so the popover would stay */
static void
on_search_stop_cb (AtlasPlacePicker *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_popover_popdown (self->add_popover);
}

static void
on_place_list_activate_cb (AtlasPlacePicker *self,
                           guint             position)
{
  g_autoptr(AtlasPlace) place = g_list_model_get_item (G_LIST_MODEL (gtk_list_view_get_model (self->place_list)), position);

  if (place)
    add_choice (self, place);
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
  g_clear_object (&self->choices);
  g_clear_object (&self->filter);

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
  gtk_widget_class_bind_template_child (widget_class, AtlasPlacePicker, add_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasPlacePicker, add_popover);
  gtk_widget_class_bind_template_child (widget_class, AtlasPlacePicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasPlacePicker, place_list);
}

static void
atlas_place_picker_init (AtlasPlacePicker *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkFilterListModel *found;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->places = g_ptr_array_new_with_free_func (g_object_unref);
  self->choices = g_list_store_new (ATLAS_TYPE_PLACE);
  self->filter = gtk_custom_filter_new (match_place, self, NULL);

  found = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->choices)),
                                     GTK_FILTER (g_object_ref (self->filter)));
  gtk_list_view_set_model (self->place_list, GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (found))));
  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind_cb), NULL);
  gtk_list_view_set_factory (self->place_list, factory);

  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (on_search_changed_cb), self);
  g_signal_connect_swapped (self->search_entry, "activate", G_CALLBACK (on_search_activate_cb), self);
  g_signal_connect_swapped (self->search_entry, "stop-search", G_CALLBACK (on_search_stop_cb), self);
  g_signal_connect_swapped (self->place_list, "activate", G_CALLBACK (on_place_list_activate_cb), self);
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
  GListModel *places;
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (ATLAS_IS_PLACE_PICKER (self));
  g_return_if_fail (ATLAS_IS_KB (kb));

  places = atlas_kb_get_places (kb);
  for (guint i = 0; i < g_list_model_get_n_items (places); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (places, i));
  g_list_store_splice (self->choices, 0, g_list_model_get_n_items (G_LIST_MODEL (self->choices)),
                       sorted->pdata, sorted->len);
  g_list_store_sort (self->choices, compare_places, NULL);
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

/* atlas-place-list.c: the KB's places by name, with a filter on top
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-place-list"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "atlas-locale.h"
#include "atlas-place-list.h"
#include "atlas-search.h"
#include "atlas-vocabulary.h"

/*
 * Neighbourhoods could be reached from the keyboard only through search (issue 7). This list
 * holds every place of the KB, sorted by name as search folds names (atlas_place_collate_key()),
 * with the kind of each and the number of events there, and says which have no known location.
 *
 * The filter is search's own matcher (atlas_kb_search()), so the list forgives what search
 * forgives: case, accents, articles, Arabic spellings and transliterations. Typing while the
 * list has the focus goes to the filter (the search entry captures the list's keys).
 * Activating a row (Enter, or a click) selects the place in the session and shows it on the
 * map; moving along the rows does not, so that browsing does not move the other views. The
 * list's selection follows the session's selected place.
 */

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

struct _AtlasPlaceList
{
  GtkWidget           parent_instance;

  AtlasSession       *session;
  GSignalGroup       *session_signals;
  GHashTable         *collate_keys;   /* AtlasPlace* → char*, for the KB shown */
  GHashTable         *matches;        /* AtlasPlace* set; NULL when nothing is typed */
  GtkCustomFilter    *filter;
  GtkSingleSelection *selection;
  guint               syncing : 1;

  /* Template widgets */
  GtkSearchEntry     *entry;
  GtkStack           *stack;
  GtkListView        *list_view;
};

G_DEFINE_FINAL_TYPE (AtlasPlaceList, atlas_place_list, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

/* Helpers */

static int
compare_places (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  AtlasPlaceList *self = user_data;
  const char *key_a = g_hash_table_lookup (self->collate_keys, a);
  const char *key_b = g_hash_table_lookup (self->collate_keys, b);
  int result = g_strcmp0 (key_a, key_b);

  return result != 0 ? result : g_strcmp0 (atlas_place_get_name ((AtlasPlace *) a),
                                           atlas_place_get_name ((AtlasPlace *) b));
}

static gboolean
place_matches (gpointer item,
               gpointer user_data)
{
  AtlasPlaceList *self = user_data;

  return self->matches == NULL || g_hash_table_contains (self->matches, item);
}

static void
select_session_place (AtlasPlaceList *self)
{
  AtlasPlace *selected = self->session ? atlas_session_get_selected_place (self->session) : NULL;
  GListModel *model = self->selection ? gtk_single_selection_get_model (self->selection) : NULL;
  guint position = GTK_INVALID_LIST_POSITION;

  if (model == NULL)
    return;

  for (guint i = 0; selected && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AtlasPlace) place = g_list_model_get_item (model, i);

      if (place == selected)
        {
          position = i;
          break;
        }
    }

  self->syncing = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->syncing = FALSE;

  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

static void
choose_place (AtlasPlaceList *self,
              AtlasPlace     *place)
{
  if (self->session == NULL || place == NULL)
    return;

  atlas_session_set_selected_place (self->session, place);
  atlas_session_frame_place (self->session, place);
}

static void
update_empty (AtlasPlaceList *self)
{
  gboolean empty = self->selection && g_list_model_get_n_items (G_LIST_MODEL (self->selection)) == 0;

  gtk_stack_set_visible_child_name (self->stack, empty && self->matches ? "empty" : "list");
}

/* Callbacks */

static void
on_entry_search_changed_cb (GtkSearchEntry *entry,
                            AtlasPlaceList *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  AtlasKb *kb = self->session ? atlas_session_get_kb (self->session) : NULL;

  g_clear_pointer (&self->matches, g_hash_table_unref);
  if (kb && text[0] != '\0')
    {
      g_autoptr(GListModel) results = atlas_kb_search (kb, text, G_MAXUINT);

      self->matches = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < g_list_model_get_n_items (results); i++)
        {
          g_autoptr(AtlasSearchResult) result = g_list_model_get_item (results, i);

          if (atlas_search_result_get_kind (result) == ATLAS_SEARCH_PLACE)
            g_hash_table_add (self->matches, atlas_search_result_get_item (result));
        }
    }

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  select_session_place (self);
  update_empty (self);
}

/* A key typed in the list went to the filter (the entry captures the list's keys): the focus
 * follows it there. Left in the list, it was lost when filtering took away the row it was
 * on, and with it the next key typed. */
static void
on_entry_changed_cb (GtkEditable    *entry,
                     AtlasPlaceList *self)
{
  GtkWidget *focus = gtk_widget_get_root (GTK_WIDGET (self))
                   ? gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self))) : NULL;

  if (focus && (focus == GTK_WIDGET (self->list_view) || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view))))
    gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

/* Enter in the filter chooses the first place listed */
static void
on_entry_activate_cb (GtkSearchEntry *entry,
                      AtlasPlaceList *self)
{
  g_autoptr(AtlasPlace) first = NULL;

  if (self->selection && (first = g_list_model_get_item (G_LIST_MODEL (self->selection), 0)))
    choose_place (self, first);
}

static gboolean
on_entry_key_pressed_cb (GtkEventControllerKey *controller,
                         guint                  keyval,
                         guint                  keycode,
                         GdkModifierType        state,
                         AtlasPlaceList        *self)
{
  /* Down goes from the filter to the list */
  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) &&
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) == 0 &&
      self->selection && g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    /* Onto a row, as Tab would, not onto the list around them */
    return gtk_widget_child_focus (GTK_WIDGET (self->list_view), GTK_DIR_TAB_FORWARD);

  return FALSE;
}

static void
on_list_activate_cb (GtkListView    *list_view,
                     guint           position,
                     AtlasPlaceList *self)
{
  g_autoptr(AtlasPlace) place = NULL;

  if (self->selection && (place = g_list_model_get_item (G_LIST_MODEL (self->selection), position)))
    choose_place (self, place);
}

static void
on_session_kb_changed_cb (AtlasPlaceList *self)
{
  AtlasKb *kb = self->session ? atlas_session_get_kb (self->session) : NULL;
  g_autoptr(GtkSingleSelection) selection = NULL;

  g_hash_table_remove_all (self->collate_keys);

  if (kb)
    {
      GListModel *places = atlas_kb_get_places (kb);
      GtkFilterListModel *filtered;
      GtkSortListModel *sorted;

      for (guint i = 0; i < g_list_model_get_n_items (places); i++)
        {
          g_autoptr(AtlasPlace) place = g_list_model_get_item (places, i);
          const char *primary, *secondary;

          /* By the name shown first: the Arabic one in an Arabic interface */
          atlas_place_get_display_names (place, &primary, &secondary);
          g_hash_table_insert (self->collate_keys, place, atlas_place_collate_key (primary));
        }

      sorted = gtk_sort_list_model_new (g_object_ref (places),
                                        GTK_SORTER (gtk_custom_sorter_new (compare_places, self, NULL)));
      filtered = gtk_filter_list_model_new (G_LIST_MODEL (sorted), GTK_FILTER (g_object_ref (self->filter)));
      selection = gtk_single_selection_new (G_LIST_MODEL (filtered));
      gtk_single_selection_set_autoselect (selection, FALSE);
      gtk_single_selection_set_can_unselect (selection, TRUE);
      gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);
    }

  g_set_object (&self->selection, selection);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));

  /* The filter's words stay; they are matched against the new KB */
  on_entry_search_changed_cb (self->entry, self);
}

/* The row's "row.activate": what Enter or a click on it does */
static void
on_row_activate_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    GtkListItem   *item)
{
  guint position = gtk_list_item_get_position (item);

  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (gtk_list_item_get_child (item), "list.activate-item", "u", position);
}

/* GTK 4.8 gives a list row no AT-SPI action, so a screen reader or other assistive technology
 * could read the places but not choose one (issue 8). Each row's content carries an action of
 * its own, which AT-SPI lists as "row.activate" and which activates the row as Enter does. It
 * is also named after its place, as the events' rows are after their event. */
static void
row_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 1);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) activate = g_simple_action_new ("activate", NULL);

  /* The item owns the row's widgets, so it outlives the action they hold */
  g_signal_connect (activate, "activate", G_CALLBACK (on_row_activate_cb), item);
  g_action_map_add_action (G_ACTION_MAP (actions), G_ACTION (activate));
  gtk_widget_insert_action_group (box, "row", G_ACTION_GROUP (actions));

  gtk_widget_add_css_class (box, "place-row");
  gtk_widget_add_css_class (name, "heading");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_list_item_set_child (item, box);
}

static void
row_bind_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             AtlasPlaceList           *self)
{
  AtlasPlace *place = gtk_list_item_get_item (item);
  AtlasKb *kb = self->session ? atlas_session_get_kb (self->session) : NULL;
  GtkWidget *name = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *detail = gtk_widget_get_next_sibling (name);
  const char *kind = atlas_vocabulary_get_label (ATLAS_VOCABULARY_PLACE_KIND, atlas_place_get_kind (place));
  guint n_events = kb ? atlas_kb_get_events_for_place (kb, place)->len : 0;
  g_autofree char *events = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", n_events), n_events);
  g_autofree char *text = NULL;

  if (!atlas_place_get_location (place, NULL, NULL) || atlas_place_get_precision (place) == ATLAS_PRECISION_UNKNOWN)
    /* Translators: a place in the places list: its kind, "2 events", and that it is not on the map */
    text = g_strdup_printf (_("%s · %s · location unknown"), kind, events);
  else
    /* Translators: a place in the places list: its kind and "2 events" */
    text = g_strdup_printf (_("%s · %s"), kind, events);

  {
    g_autofree char *display = atlas_place_dup_display_name (place, ATLAS_PLACE_NAME_LIST);
    gtk_label_set_label (GTK_LABEL (name), display);
  }
  gtk_label_set_label (GTK_LABEL (detail), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_list_item_get_child (item)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, atlas_place_get_name (place),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
}

/* GtkWidget overrides */

/* The filter is where the list starts: F6 and Tab land there */
static gboolean
atlas_place_list_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (ATLAS_PLACE_LIST (widget)->entry));
}

/* GObject overrides */

static void
atlas_place_list_dispose (GObject *object)
{
  AtlasPlaceList *self = ATLAS_PLACE_LIST (object);
  GtkWidget *child;

  if (self->session_signals)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->session);
  if (self->list_view)
    gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_PLACE_LIST);

  /* dispose_template only drops the children it binds; the box around them is not one */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (atlas_place_list_parent_class)->dispose (object);
}

static void
atlas_place_list_finalize (GObject *object)
{
  AtlasPlaceList *self = ATLAS_PLACE_LIST (object);

  g_clear_pointer (&self->collate_keys, g_hash_table_unref);
  g_clear_pointer (&self->matches, g_hash_table_unref);

  G_OBJECT_CLASS (atlas_place_list_parent_class)->finalize (object);
}

static void
atlas_place_list_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AtlasPlaceList *self = ATLAS_PLACE_LIST (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_place_list_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AtlasPlaceList *self = ATLAS_PLACE_LIST (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      atlas_place_list_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_place_list_class_init (AtlasPlaceListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_place_list_dispose;
  object_class->finalize = atlas_place_list_finalize;
  object_class->get_property = atlas_place_list_get_property;
  object_class->set_property = atlas_place_list_set_property;

  widget_class->grab_focus = atlas_place_list_grab_focus;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, ATLAS_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/atlas-place-list.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasPlaceList, entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasPlaceList, stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasPlaceList, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "placelist");
}

static void
atlas_place_list_init (AtlasPlaceList *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->collate_keys = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->filter = gtk_custom_filter_new (place_matches, self, NULL);

  g_signal_connect (factory, "setup", G_CALLBACK (row_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (row_bind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);

  /* Type-ahead: keys typed in the list go to the filter */
  gtk_search_entry_set_key_capture_widget (self->entry, GTK_WIDGET (self->list_view));
  g_signal_connect_object (self->entry, "changed", G_CALLBACK (on_entry_changed_cb), self, 0);
  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_entry_key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->entry), keys);

  self->session_signals = g_signal_group_new (ATLAS_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "notify::kb",
                                  G_CALLBACK (on_session_kb_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::selected-place",
                                  G_CALLBACK (select_session_place), self);
}

/* Public API */

GtkWidget *
atlas_place_list_new (void)
{
  return g_object_new (ATLAS_TYPE_PLACE_LIST, NULL);
}

AtlasSession *
atlas_place_list_get_session (AtlasPlaceList *self)
{
  g_return_val_if_fail (ATLAS_IS_PLACE_LIST (self), NULL);
  return self->session;
}

void
atlas_place_list_set_session (AtlasPlaceList *self,
                              AtlasSession   *session)
{
  g_return_if_fail (ATLAS_IS_PLACE_LIST (self));
  g_return_if_fail (!session || ATLAS_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;

  g_signal_group_set_target (self->session_signals, session);
  on_session_kb_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/**
 * atlas_place_list_get_view:
 *
 * Returns: (transfer none): the list of places, whose model is a #GtkSingleSelection
 */
GtkListView *
atlas_place_list_get_view (AtlasPlaceList *self)
{
  g_return_val_if_fail (ATLAS_IS_PLACE_LIST (self), NULL);
  return self->list_view;
}

/**
 * atlas_place_list_get_entry:
 *
 * Returns: (transfer none): the filter
 */
GtkEditable *
atlas_place_list_get_entry (AtlasPlaceList *self)
{
  g_return_val_if_fail (ATLAS_IS_PLACE_LIST (self), NULL);
  return GTK_EDITABLE (self->entry);
}

/* atlas-place-dialog.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-place-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-form.h"
#include "atlas-kb-edit.h"
#include "atlas-place-dialog.h"
#include "atlas-vocabulary.h"

struct _AtlasPlaceDialog
{
  GtkWindow       parent_instance;

  AtlasPlace     *place;
  gboolean        name_touched;

  /* Template widgets */
  GtkEntry       *name_entry;
  GtkLabel       *name_problem;
  GtkEntry       *name_ar_entry;
  GtkTextView    *aliases_view;
  GtkDropDown    *kind_dropdown;
  GtkEntry       *note_entry;
  GtkEntry       *source_entry;
  GtkLabel       *location_label;
  GtkCheckButton *location_check;
  GtkLabel       *location_hint;
  GtkButton      *save_button;
};

enum {
  SIGNAL_SAVE,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (AtlasPlaceDialog, atlas_place_dialog, GTK_TYPE_WINDOW)

static guint signals[N_SIGNALS];

/* Helpers */

static gboolean
validate (AtlasPlaceDialog *self)
{
  g_autofree char *name = atlas_form_dup_stripped (self->name_entry);
  const char *problem = NULL;

  if (*name == '\0')
    problem = _("A place needs a name, in Latin letters.");

  atlas_form_show_problem (GTK_WIDGET (self->name_entry), self->name_problem,
                           self->name_touched ? problem : NULL, NULL);
  return problem == NULL;
}

static void
update (AtlasPlaceDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "place.save", validate (self));
}

/* The other names, one a line, without blank lines or a name given twice */
static GStrv
dup_aliases (AtlasPlaceDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->aliases_view);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (*line && g_hash_table_add (seen, line))
        g_strv_builder_add (builder, line);
    }

  return g_strv_builder_end (builder);
}

static void
fill_kinds (AtlasPlaceDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint n;
  const AtlasTerm *terms = atlas_vocabulary_get_terms (ATLAS_VOCABULARY_PLACE_KIND, &n);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (labels, _(terms[i].label));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (labels));
}

/* Where the place is, in words: the form shows the point, it does not make one up */
static void
show_location (AtlasPlaceDialog *self)
{
  double lat, lon;
  gboolean known = atlas_place_get_location (self->place, &lat, &lon);
  const char *how = atlas_vocabulary_get_label (ATLAS_VOCABULARY_PRECISION,
                                                atlas_precision_to_string (atlas_place_get_precision (self->place)));
  g_autofree char *text = NULL;

  if (known)
    /* Translators: latitude, longitude, and how well they locate the place */
    text = g_strdup_printf (_("%.5f, %.5f (%s)"), lat, lon, how ? how : "");
  else
    text = g_strdup (_("Not known"));

  gtk_label_set_text (self->location_label, text);
  gtk_check_button_set_active (self->location_check, known);
  gtk_widget_set_sensitive (GTK_WIDGET (self->location_check), known);
  gtk_label_set_text (self->location_hint,
                      known ? _("Clear this if the point is wrong and no better one is known. The point itself is changed in the knowledge base file.")
                            : _("A location is added in the knowledge base file, from a map or a gazetteer, not guessed here."));
}

/* Callbacks */

static void
on_name_changed_cb (AtlasPlaceDialog *self)
{
  self->name_touched = TRUE;
  update (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AtlasPlaceDialog *self = ATLAS_PLACE_DIALOG (widget);

  self->name_touched = TRUE;
  if (!validate (self))
    return;

  g_signal_emit (self, signals[SIGNAL_SAVE], 0);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/* Overrides */

static void
atlas_place_dialog_dispose (GObject *object)
{
  AtlasPlaceDialog *self = (AtlasPlaceDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_PLACE_DIALOG);
  g_clear_object (&self->place);

  G_OBJECT_CLASS (atlas_place_dialog_parent_class)->dispose (object);
}

static void
atlas_place_dialog_class_init (AtlasPlaceDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_place_dialog_dispose;

  signals[SIGNAL_SAVE] = g_signal_new ("save", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/aleppoatlas/AleppoAtlas/ui/atlas-place-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasPlaceDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasPlaceDialog, name_problem);
  gtk_widget_class_bind_template_child (widget_class, AtlasPlaceDialog, name_ar_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasPlaceDialog, aliases_view);
  gtk_widget_class_bind_template_child (widget_class, AtlasPlaceDialog, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AtlasPlaceDialog, note_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasPlaceDialog, source_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasPlaceDialog, location_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasPlaceDialog, location_check);
  gtk_widget_class_bind_template_child (widget_class, AtlasPlaceDialog, location_hint);
  gtk_widget_class_bind_template_child (widget_class, AtlasPlaceDialog, save_button);

  gtk_widget_class_install_action (widget_class, "place.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "place.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "place.cancel", NULL);
}

static void
atlas_place_dialog_init (AtlasPlaceDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  atlas_form_add_submit_keys (GTK_WIDGET (self), "place.save");

  /* Arabic script is written right to left, whatever the interface's language */
  gtk_widget_set_direction (GTK_WIDGET (self->name_ar_entry), GTK_TEXT_DIR_RTL);
  fill_kinds (self);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
}

/* Public API */

/**
 * atlas_place_dialog_new:
 * @place: a place of the KB, which the form comes filled with
 */
AtlasPlaceDialog *
atlas_place_dialog_new (GtkWindow  *parent,
                        AtlasPlace *place)
{
  AtlasPlaceDialog *self;
  const char * const *aliases;
  g_autofree char *joined = NULL;
  int kind;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ATLAS_IS_PLACE (place), NULL);

  self = g_object_new (ATLAS_TYPE_PLACE_DIALOG, "transient-for", parent, NULL);
  self->place = g_object_ref (place);

  aliases = atlas_place_get_aliases (place);
  joined = aliases ? g_strjoinv ("\n", (char **) aliases) : g_strdup ("");
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), atlas_place_get_name (place));
  gtk_editable_set_text (GTK_EDITABLE (self->name_ar_entry),
                         atlas_place_get_name_ar (place) ? atlas_place_get_name_ar (place) : "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->aliases_view), joined, -1);
  kind = atlas_vocabulary_lookup (ATLAS_VOCABULARY_PLACE_KIND, atlas_place_get_kind (place));
  gtk_drop_down_set_selected (self->kind_dropdown, kind >= 0 ? (guint) kind : 0);
  gtk_editable_set_text (GTK_EDITABLE (self->note_entry),
                         atlas_place_get_note (place) ? atlas_place_get_note (place) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->source_entry),
                         atlas_place_get_source (place) ? atlas_place_get_source (place) : "");
  show_location (self);

  g_signal_connect_swapped (self->name_entry, "changed", G_CALLBACK (on_name_changed_cb), self);
  update (self);
  return self;
}

AtlasPlace *
atlas_place_dialog_get_place (AtlasPlaceDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_PLACE_DIALOG (self), NULL);
  return self->place;
}

gboolean
atlas_place_dialog_is_complete (AtlasPlaceDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_PLACE_DIALOG (self), FALSE);
  return validate (self);
}

/**
 * atlas_place_dialog_dup_changed:
 *
 * Returns: (transfer full): a draft of the place (atlas-kb-edit.h) with what the form says:
 *   the same id, outline and, unless the user marked it unknown, the same point
 */
AtlasPlace *
atlas_place_dialog_dup_changed (AtlasPlaceDialog *self)
{
  AtlasPlace *changed;
  g_autofree char *name = NULL;
  g_autofree char *name_ar = NULL;
  g_autofree char *note = NULL;
  g_autofree char *source = NULL;
  g_auto(GStrv) aliases = NULL;
  guint kind;

  g_return_val_if_fail (ATLAS_IS_PLACE_DIALOG (self), NULL);

  changed = atlas_place_copy (self->place);
  name = atlas_form_dup_stripped (self->name_entry);
  name_ar = atlas_form_dup_stripped (self->name_ar_entry);
  note = atlas_form_dup_stripped (self->note_entry);
  source = atlas_form_dup_stripped (self->source_entry);
  aliases = dup_aliases (self);
  kind = gtk_drop_down_get_selected (self->kind_dropdown);

  atlas_place_set_name (changed, name);
  atlas_place_set_name_ar (changed, *name_ar ? name_ar : NULL);
  atlas_place_set_aliases (changed, (const char * const *) aliases);
  if (kind < atlas_vocabulary_get_n_terms (ATLAS_VOCABULARY_PLACE_KIND))
    atlas_place_set_kind (changed, atlas_vocabulary_get_id (ATLAS_VOCABULARY_PLACE_KIND, kind));
  atlas_place_set_note (changed, *note ? note : NULL);
  atlas_place_set_source (changed, *source ? source : NULL);
  if (atlas_place_get_location (self->place, NULL, NULL) && !gtk_check_button_get_active (self->location_check))
    atlas_place_set_location (changed, FALSE, 0, 0, ATLAS_PRECISION_UNKNOWN);

  return changed;
}

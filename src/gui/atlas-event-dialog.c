/* atlas-event-dialog.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-event-dialog"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "atlas-event-dialog.h"
#include "atlas-form.h"
#include "atlas-event-types.h"
#include "atlas-locale.h"
#include "atlas-place-picker.h"
#include "atlas-suggest.h"
#include "atlas-vocabulary.h"

struct _AtlasEventDialog
{
  GtkWindow      parent_instance;

  AtlasKb       *kb;
  AtlasEvent    *event;         /* the event edited; NULL for a new one */
  AtlasSource    source;
  GPtrArray     *type_ids;      /* char*, in the order of the type list */
  gboolean       date_touched;

  /* Template widgets */
  GtkLabel      *source_label;
  GtkLabel      *quote_label;
  GtkLabel      *suggestions_note;
  GtkEntry      *title_entry;
  GtkLabel      *title_problem;
  GtkDropDown   *type_dropdown;
  GtkEntry      *date_entry;
  GtkLabel      *date_problem;
  GtkDropDown   *precision_dropdown;
  GtkEntry      *end_date_entry;
  GtkLabel      *end_date_problem;
  AtlasPlacePicker *places_picker;
  GtkEntry      *summary_entry;
  GtkDropDown   *status_dropdown;
  GtkDropDown   *verification_dropdown;
  GtkLabel      *verification_problem;
  GtkEntry      *actors_entry;
  GtkTextView   *note_view;
  GtkButton     *create_button;
};

enum {
  SIGNAL_CREATE,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (AtlasEventDialog, atlas_event_dialog, GTK_TYPE_WINDOW)

static guint signals[N_SIGNALS];

/* Helpers */

/* The field's problem beside it, or when it has none, the hint it had (a suggestion's
 * origin), or nothing */
static void
show_problem (GtkWidget  *field,
              GtkLabel   *label,
              const char *problem)
{
  atlas_form_show_problem (field, label, problem, g_object_get_data (G_OBJECT (label), "atlas-hint"));
}

static gboolean
parse_optional_date (GtkEntry  *entry,
                     AtlasDate *date)
{
  g_autofree char *text = atlas_form_dup_stripped (entry);

  *date = ATLAS_DATE_NONE;
  return *text == '\0' || atlas_date_parse (text, date);
}

/* A new event has the one source it is made from */
static guint
count_independent_sources (AtlasEventDialog *self)
{
  return self->event ? atlas_event_get_n_independent_sources (self->event) : 1;
}

static gboolean
validate (AtlasEventDialog *self)
{
  g_autofree char *title = atlas_form_dup_stripped (self->title_entry);
  g_autofree char *date_text = atlas_form_dup_stripped (self->date_entry);
  const char *title_problem = NULL, *date_problem = NULL, *end_problem = NULL;
  const char *verification_problem = NULL;
  AtlasDate date = ATLAS_DATE_NONE, end = ATLAS_DATE_NONE;
  gboolean has_type = gtk_drop_down_get_selected (self->type_dropdown) != GTK_INVALID_LIST_POSITION;

  if (*title == '\0' && gtk_widget_has_css_class (GTK_WIDGET (self->title_entry), "touched"))
    title_problem = _("An event needs a title.");
  if (*date_text == '\0')
    date_problem = self->date_touched ? _("Give the date it happened, or its first day.") : NULL;
  else if (!atlas_date_parse (date_text, &date))
    date_problem = _("Write the date as year-month-day, such as 2016-10-12.");
  if (!parse_optional_date (self->end_date_entry, &end))
    end_problem = _("Write the date as year-month-day, such as 2016-10-12.");
  else if (end != ATLAS_DATE_NONE && date != ATLAS_DATE_NONE && end < date)
    end_problem = _("The last day cannot be before the first.");

  show_problem (GTK_WIDGET (self->title_entry), self->title_problem, title_problem);
  show_problem (GTK_WIDGET (self->date_entry), self->date_problem, date_problem);
  show_problem (GTK_WIDGET (self->end_date_entry), self->end_date_problem, end_problem);

  /* The loader refuses a corroborated event that fewer than two outlets state
   * (data/kb-format.md, Verification): the form says so before the file does */
  if (gtk_drop_down_get_selected (self->verification_dropdown) == ATLAS_VERIFICATION_CORROBORATED &&
      count_independent_sources (self) < 2)
    verification_problem = _("Only an event stated by two outlets or more can be marked corroborated.");
  show_problem (GTK_WIDGET (self->verification_dropdown), self->verification_problem, verification_problem);

  return *title != '\0' && has_type && date != ATLAS_DATE_NONE && !end_problem && !verification_problem;
}

static void
update (AtlasEventDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "event.create", validate (self));
}

/* The span's sentence: from after the last sentence end before it to the first one after it,
 * in code points. Suggestions there belong to the span: "On Friday, air strikes hit
 * al-Sukkari" gives its date to "air strikes hit al-Sukkari". */
static void
find_sentence (const char *text,
               guint       start,
               guint       end,
               guint      *sentence_start,
               guint      *sentence_end)
{
  glong n = g_utf8_strlen (text, -1);
  const char *p;
  guint i;

  i = start;
  p = g_utf8_offset_to_pointer (text, start);
  while (i > 0)
    {
      const char *prev = g_utf8_prev_char (p);
      gunichar c = g_utf8_get_char (prev);

      if (c == '\n' || ((c == '.' || c == '!' || c == '?') && g_unichar_isspace (g_utf8_get_char (p))))
        break;
      p = prev;
      i--;
    }
  *sentence_start = i;

  i = end;
  p = g_utf8_offset_to_pointer (text, end);
  /* A span that ends its sentence does not take in the next one */
  if (end > start && strchr (".!?\n", *g_utf8_prev_char (p)))
    {
      *sentence_end = end;
      return;
    }
  while ((glong) i < n)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n')
        break;
      p = g_utf8_next_char (p);
      i++;
      if (c == '.' || c == '!' || c == '?')
        break;
    }
  *sentence_end = i;
}

/* Translators: how a suggested value is marked: the words of the report it comes from */
#define SUGGESTED_FROM N_("Suggested from “%s”")

static void
add_place (AtlasEventDialog *self,
           AtlasPlace       *place,
           const char       *quote)
{
  g_autofree char *from = quote ? g_strdup_printf (_(SUGGESTED_FROM), quote) : NULL;

  atlas_place_picker_add (self->places_picker, place, from);
}

/* How far a date is from the span, in code points: one inside it is nearest, then the ones
 * before it ("On Tuesday, rockets hit …"), then the ones after ("… hit on Tuesday") */
static guint
date_distance (const AtlasSource     *span,
               const AtlasSuggestion *date)
{
  if (date->start >= span->start && date->end <= span->end)
    return 0;
  if (date->end <= span->start)
    return 1 + span->start - date->end;
  return G_MAXUINT / 2 + (date->start > span->end ? date->start - span->end : 0);
}

static void
apply_suggestions (AtlasEventDialog *self)
{
  const char *text = atlas_article_get_text (self->source.article);
  g_autoptr(GPtrArray) suggestions = NULL;
  const AtlasSuggestion *date = NULL;
  const char *note;
  guint s0, s1, n_suggested = 0;

  find_sentence (text, self->source.start, self->source.end, &s0, &s1);
  suggestions = atlas_suggest (text, atlas_article_get_published (self->source.article), self->kb);

  for (guint i = 0; i < suggestions->len; i++)
    {
      const AtlasSuggestion *s = g_ptr_array_index (suggestions, i);
      gboolean in_sentence = s->start >= s0 && s->end <= s1;

      if (!in_sentence)
        continue;

      if (s->kind == ATLAS_SUGGESTION_DATE && (date == NULL || date_distance (&self->source, s) < date_distance (&self->source, date)))
        date = s;
      else if (s->kind == ATLAS_SUGGESTION_PLACE)
        {
          AtlasPlace *place = atlas_kb_lookup_place (self->kb, s->place);

          if (place && !atlas_place_picker_contains (self->places_picker, place))
            {
              add_place (self, place, s->quote);
              n_suggested++;
            }
        }
    }

  if (date)
    {
      g_autofree char *date_text = atlas_date_format (date->date);
      int precision = atlas_vocabulary_lookup (ATLAS_VOCABULARY_DATE_PRECISION, date->date_precision);

      gtk_editable_set_text (GTK_EDITABLE (self->date_entry), date_text);
      if (precision >= 0)
        gtk_drop_down_set_selected (self->precision_dropdown, precision);
      if (date->end_date != ATLAS_DATE_NONE && date->end_date != date->date)
        {
          g_autofree char *end_text = atlas_date_format (date->end_date);
          gtk_editable_set_text (GTK_EDITABLE (self->end_date_entry), end_text);
        }
      g_object_set_data_full (G_OBJECT (self->date_problem), "atlas-hint",
                              g_strdup_printf (_(SUGGESTED_FROM), date->quote), g_free);
      n_suggested++;
    }

  atlas_place_picker_set_empty_text (self->places_picker, _("The sentence names no place of the knowledge base."));

  /* Say only what was suggested: a note about a date beside an empty date field misleads */
  if (date && n_suggested > 1)
    note = _("The date and places below are suggested from the sentence: check them before creating the event.");
  else if (date)
    note = _("The date below is suggested from the sentence, which names no place of the knowledge base: check it before creating the event.");
  else if (n_suggested)
    note = _("The places below are suggested from the sentence, which gives no date: fill it in from the report.");
  else
    note = _("Nothing in the sentence suggests a date or a place: fill them in from the report.");
  gtk_label_set_text (self->suggestions_note, note);
}

/* A type in the list, and on the button: its glyph in its colour, then its name, as in the
 * Types menu and the event list */
static void
type_item_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    AtlasEventDialog         *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *swatch = gtk_drawing_area_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 14);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 14);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), swatch);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
type_item_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   AtlasEventDialog         *self)
{
  GtkWidget *swatch = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  guint n_types, position = gtk_list_item_get_position (item);
  const AtlasEventTypeInfo *types = atlas_event_types_get_for_kb (self->kb, &n_types);

  if (position >= n_types)
    return;
  atlas_event_type_set_swatch (GTK_DRAWING_AREA (swatch), self->kb, &types[position]);
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_next_sibling (swatch)), atlas_event_type_get_label (&types[position]));
}

/* The KB's types: those it declares, or else the built-in ones */
static void
fill_types (AtlasEventDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  guint n;
  const AtlasEventTypeInfo *types = atlas_event_types_get_for_kb (self->kb, &n);

  for (guint i = 0; i < n; i++)
    {
      gtk_string_list_append (labels, atlas_event_type_get_label (&types[i]));
      g_ptr_array_add (self->type_ids, g_strdup (types[i].id));
    }

  g_signal_connect (factory, "setup", G_CALLBACK (type_item_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (type_item_bind_cb), self);
  gtk_drop_down_set_factory (self->type_dropdown, factory);
  gtk_drop_down_set_model (self->type_dropdown, G_LIST_MODEL (labels));
  /* No type is proposed: the text cannot tell a bombardment from a statement about one */
  gtk_drop_down_set_selected (self->type_dropdown, GTK_INVALID_LIST_POSITION);
}

static void
fill_vocabularies (AtlasEventDialog *self)
{
  guint n = count_independent_sources (self);
  g_autofree char *sources = NULL;

  atlas_form_fill_vocabulary (self->precision_dropdown, ATLAS_VOCABULARY_DATE_PRECISION);
  gtk_drop_down_set_selected (self->precision_dropdown, ATLAS_DATE_PRECISION_DAY);
  atlas_form_fill_vocabulary (self->status_dropdown, ATLAS_VOCABULARY_EVENT_STATUS);
  atlas_form_fill_vocabulary (self->verification_dropdown, ATLAS_VOCABULARY_VERIFICATION);

  /* What the verification rests on, which the app derives from the sources: read only */
  sources = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Stated by %u independent source (outlet)",
                                          "Stated by %u independent sources (outlets)", n), n);
  g_object_set_data_full (G_OBJECT (self->verification_problem), "atlas-hint", g_steal_pointer (&sources), g_free);
}

/* Callbacks */

static void
on_field_changed_cb (GtkEditable      *entry,
                     AtlasEventDialog *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (entry), "touched");
  if (entry == GTK_EDITABLE (self->date_entry))
    self->date_touched = TRUE;
  update (self);
}

static void
on_dropdown_selected_cb (AtlasEventDialog *self)
{
  update (self);
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AtlasEventDialog *self = ATLAS_EVENT_DIALOG (widget);

  gtk_widget_add_css_class (GTK_WIDGET (self->title_entry), "touched");
  self->date_touched = TRUE;
  if (validate (self))
    g_signal_emit (self, signals[SIGNAL_CREATE], 0);
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
atlas_event_dialog_dispose (GObject *object)
{
  AtlasEventDialog *self = (AtlasEventDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_EVENT_DIALOG);
  g_clear_object (&self->kb);
  g_clear_object (&self->event);

  G_OBJECT_CLASS (atlas_event_dialog_parent_class)->dispose (object);
}

static void
atlas_event_dialog_finalize (GObject *object)
{
  AtlasEventDialog *self = (AtlasEventDialog *)object;

  g_clear_object (&self->source.article);
  g_clear_pointer (&self->source.quote, g_free);
  g_clear_pointer (&self->type_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (atlas_event_dialog_parent_class)->finalize (object);
}

static void
atlas_event_dialog_class_init (AtlasEventDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_event_dialog_dispose;
  object_class->finalize = atlas_event_dialog_finalize;

  g_type_ensure (ATLAS_TYPE_PLACE_PICKER);

  signals[SIGNAL_CREATE] = g_signal_new ("create", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/aleppoatlas/AleppoAtlas/ui/atlas-event-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasEventDialog, source_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasEventDialog, quote_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasEventDialog, suggestions_note);
  gtk_widget_class_bind_template_child (widget_class, AtlasEventDialog, title_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasEventDialog, title_problem);
  gtk_widget_class_bind_template_child (widget_class, AtlasEventDialog, type_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AtlasEventDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasEventDialog, date_problem);
  gtk_widget_class_bind_template_child (widget_class, AtlasEventDialog, precision_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AtlasEventDialog, end_date_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasEventDialog, end_date_problem);
  gtk_widget_class_bind_template_child (widget_class, AtlasEventDialog, places_picker);
  gtk_widget_class_bind_template_child (widget_class, AtlasEventDialog, summary_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasEventDialog, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AtlasEventDialog, verification_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AtlasEventDialog, verification_problem);
  gtk_widget_class_bind_template_child (widget_class, AtlasEventDialog, actors_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasEventDialog, note_view);
  gtk_widget_class_bind_template_child (widget_class, AtlasEventDialog, create_button);

  gtk_widget_class_install_action (widget_class, "event.create", NULL, create_action);
  gtk_widget_class_install_action (widget_class, "event.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "event.cancel", NULL);
}

static void
atlas_event_dialog_init (AtlasEventDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  atlas_form_add_submit_keys (GTK_WIDGET (self), "event.create");

  self->type_ids = g_ptr_array_new_with_free_func (g_free);

  g_signal_connect (self->title_entry, "changed", G_CALLBACK (on_field_changed_cb), self);
  g_signal_connect (self->date_entry, "changed", G_CALLBACK (on_field_changed_cb), self);
  g_signal_connect (self->end_date_entry, "changed", G_CALLBACK (on_field_changed_cb), self);
  g_signal_connect_swapped (self->type_dropdown, "notify::selected", G_CALLBACK (on_dropdown_selected_cb), self);
  g_signal_connect_swapped (self->verification_dropdown, "notify::selected", G_CALLBACK (on_dropdown_selected_cb), self);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->create_button));
}

/* Public API */

/**
 * atlas_event_dialog_new:
 * @source: the span of a report the event is created from
 */
static AtlasEventDialog *
new_dialog (GtkWindow         *parent,
            AtlasKb           *kb,
            AtlasEvent        *event,
            const AtlasSource *source)
{
  AtlasEventDialog *self = g_object_new (ATLAS_TYPE_EVENT_DIALOG, "transient-for", parent, NULL);
  g_autofree char *byline = atlas_article_format_byline (source->article);
  g_autofree char *quoted = g_strdup_printf ("“%s”", source->quote);

  self->kb = g_object_ref (kb);
  self->event = event ? g_object_ref (event) : NULL;
  self->source.article = g_object_ref (source->article);
  self->source.start = source->start;
  self->source.end = source->end;
  self->source.quote = g_strdup (source->quote);

  gtk_label_set_text (self->source_label, byline);
  gtk_label_set_text (self->quote_label, quoted);
  fill_types (self);
  fill_vocabularies (self);
  atlas_place_picker_set_kb (self->places_picker, kb);
  return self;
}

AtlasEventDialog *
atlas_event_dialog_new (GtkWindow         *parent,
                        AtlasKb           *kb,
                        const AtlasSource *source)
{
  AtlasEventDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ATLAS_IS_KB (kb), NULL);
  g_return_val_if_fail (source != NULL && ATLAS_IS_ARTICLE (source->article), NULL);
  g_return_val_if_fail (source->start < source->end, NULL);

  self = new_dialog (parent, kb, NULL, source);
  apply_suggestions (self);
  update (self);

  /* The user writes the title first; the quote above is there to read and copy */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->title_entry));
  return self;
}

/**
 * atlas_event_dialog_new_for_event:
 * @event: an event of @kb
 *
 * The same form filled with @event as it is, to change what the user decides (title, type,
 * dates, places, summary, status, verification, actors, note); its sources stay as they are.
 * "create" then means "save".
 */
AtlasEventDialog *
atlas_event_dialog_new_for_event (GtkWindow  *parent,
                                  AtlasKb    *kb,
                                  AtlasEvent *event)
{
  AtlasEventDialog *self;
  g_autofree char *date = NULL;
  g_autofree char *actors = NULL;
  const char *summary;
  guint type;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ATLAS_IS_KB (kb), NULL);
  g_return_val_if_fail (ATLAS_IS_EVENT (event) && atlas_event_get_n_sources (event) > 0, NULL);

  self = new_dialog (parent, kb, event, atlas_event_get_source (event, 0));
  gtk_window_set_title (GTK_WINDOW (self), _("Edit Event"));
  gtk_button_set_label (self->create_button, _("Sav_e"));
  gtk_label_set_text (self->suggestions_note, _("The event's sources stay as they are: change what you made of them."));

  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), atlas_event_get_title (event));
  if (g_ptr_array_find_with_equal_func (self->type_ids, atlas_event_get_event_type (event), g_str_equal, &type))
    gtk_drop_down_set_selected (self->type_dropdown, type);
  date = atlas_date_format (atlas_event_get_date (event));
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), date);
  if (atlas_event_get_end_date (event) != ATLAS_DATE_NONE && atlas_event_get_end_date (event) != atlas_event_get_date (event))
    {
      g_autofree char *end = atlas_date_format (atlas_event_get_end_date (event));

      gtk_editable_set_text (GTK_EDITABLE (self->end_date_entry), end);
    }
  gtk_drop_down_set_selected (self->precision_dropdown, atlas_event_get_date_precision (event));
  for (guint i = 0; i < atlas_event_get_n_places (event); i++)
    add_place (self, atlas_event_get_place (event, i), NULL);
  if ((summary = atlas_event_get_summary (event)))
    gtk_editable_set_text (GTK_EDITABLE (self->summary_entry), summary);
  gtk_drop_down_set_selected (self->status_dropdown, atlas_event_get_status (event));
  gtk_drop_down_set_selected (self->verification_dropdown, atlas_event_get_verification (event));
  actors = atlas_form_join_list (atlas_event_get_actors (event));
  gtk_editable_set_text (GTK_EDITABLE (self->actors_entry), actors);
  atlas_form_set_note (self->note_view, atlas_event_get_note (event));

  update (self);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->title_entry));
  return self;
}

/**
 * atlas_event_dialog_get_event:
 *
 * Returns: (nullable) (transfer none): the event edited, %NULL for a new one
 */
AtlasEvent *
atlas_event_dialog_get_event (AtlasEventDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT_DIALOG (self), NULL);
  return self->event;
}

gboolean
atlas_event_dialog_is_complete (AtlasEventDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT_DIALOG (self), FALSE);
  return validate (self);
}

const AtlasSource *
atlas_event_dialog_get_source (AtlasEventDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT_DIALOG (self), NULL);
  return &self->source;
}

char *
atlas_event_dialog_dup_title (AtlasEventDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT_DIALOG (self), NULL);
  return atlas_form_dup_stripped (self->title_entry);
}

/**
 * atlas_event_dialog_dup_summary:
 *
 * Returns: (nullable): the summary, %NULL when none was written
 */
char *
atlas_event_dialog_dup_summary (AtlasEventDialog *self)
{
  g_autofree char *summary = NULL;

  g_return_val_if_fail (ATLAS_IS_EVENT_DIALOG (self), NULL);

  summary = atlas_form_dup_stripped (self->summary_entry);
  return *summary ? g_steal_pointer (&summary) : NULL;
}

/**
 * atlas_event_dialog_get_event_type:
 *
 * Returns: (nullable): the chosen type's id, %NULL while none is chosen
 */
const char *
atlas_event_dialog_get_event_type (AtlasEventDialog *self)
{
  guint selected;

  g_return_val_if_fail (ATLAS_IS_EVENT_DIALOG (self), NULL);

  selected = gtk_drop_down_get_selected (self->type_dropdown);
  return selected < self->type_ids->len ? g_ptr_array_index (self->type_ids, selected) : NULL;
}

AtlasDate
atlas_event_dialog_get_date (AtlasEventDialog *self)
{
  AtlasDate date;

  g_return_val_if_fail (ATLAS_IS_EVENT_DIALOG (self), ATLAS_DATE_NONE);

  return parse_optional_date (self->date_entry, &date) ? date : ATLAS_DATE_NONE;
}

AtlasDate
atlas_event_dialog_get_end_date (AtlasEventDialog *self)
{
  AtlasDate date;

  g_return_val_if_fail (ATLAS_IS_EVENT_DIALOG (self), ATLAS_DATE_NONE);

  return parse_optional_date (self->end_date_entry, &date) ? date : ATLAS_DATE_NONE;
}

AtlasDatePrecision
atlas_event_dialog_get_precision (AtlasEventDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT_DIALOG (self), ATLAS_DATE_PRECISION_DAY);
  return (AtlasDatePrecision) MIN (gtk_drop_down_get_selected (self->precision_dropdown),
                                   (guint) ATLAS_DATE_PRECISION_MONTH);
}

/**
 * atlas_event_dialog_get_places:
 *
 * Returns: (transfer container) (element-type AtlasPlace): the places ticked, in order
 */
GPtrArray *
atlas_event_dialog_get_places (AtlasEventDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT_DIALOG (self), g_ptr_array_new ());
  return atlas_place_picker_get_places (self->places_picker);
}

AtlasEventStatus
atlas_event_dialog_get_status (AtlasEventDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT_DIALOG (self), ATLAS_EVENT_STATUS_REPORTED);
  return (AtlasEventStatus) MIN (gtk_drop_down_get_selected (self->status_dropdown),
                                 (guint) ATLAS_EVENT_STATUS_PLANNED);
}

AtlasVerification
atlas_event_dialog_get_verification (AtlasEventDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT_DIALOG (self), ATLAS_VERIFICATION_UNVERIFIED);
  return (AtlasVerification) MIN (gtk_drop_down_get_selected (self->verification_dropdown),
                                  (guint) ATLAS_VERIFICATION_DISPUTED);
}

/**
 * atlas_event_dialog_dup_actors:
 *
 * Returns: (transfer full): who acted, as written between commas; empty when no one is named
 */
char **
atlas_event_dialog_dup_actors (AtlasEventDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT_DIALOG (self), NULL);
  return atlas_form_split_list (gtk_editable_get_text (GTK_EDITABLE (self->actors_entry)));
}

/**
 * atlas_event_dialog_dup_note:
 *
 * Returns: (nullable): the note, %NULL when none was written
 */
char *
atlas_event_dialog_dup_note (AtlasEventDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT_DIALOG (self), NULL);
  return atlas_form_dup_note (self->note_view);
}

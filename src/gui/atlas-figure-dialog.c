/* atlas-figure-dialog.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-figure-dialog"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>

#include "atlas-count-words.h"
#include "atlas-figure-dialog-private.h"
#include "atlas-form.h"
#include "atlas-place-picker.h"
#include "atlas-suggest.h"


enum {
  SIGNAL_CREATE,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (AtlasFigureDialog, atlas_figure_dialog, GTK_TYPE_WINDOW)

static guint signals[N_SIGNALS];

/* Translators: how a suggested value is marked: the words of the report it comes from */
#define SUGGESTED_FROM N_("Suggested from “%s”")

/* Helpers */

/* A whole number of people, or -1 for an empty entry; FALSE when it is neither */
static gboolean
parse_count (GtkEntry *entry,
             gint64   *value)
{
  g_autofree char *text = atlas_form_dup_stripped (entry);
  char *end = NULL;

  *value = -1;
  if (*text == '\0')
    return TRUE;

  errno = 0;
  *value = g_ascii_strtoll (text, &end, 10);
  return errno == 0 && *end == '\0' && g_ascii_isdigit (text[0]) && *value >= 0 && *value < 100000000;
}

static gboolean
touched (GtkEntry *entry)
{
  return gtk_widget_has_css_class (GTK_WIDGET (entry), "touched");
}

static void
show_problem (GtkEntry   *field,
              GtkLabel   *label,
              const char *problem)
{
  atlas_form_show_problem (GTK_WIDGET (field), label, problem, g_object_get_data (G_OBJECT (label), "atlas-hint"));
}

/* A date, or ATLAS_DATE_NONE for an empty entry; FALSE when it is neither */
static gboolean
parse_optional_date (GtkEntry  *entry,
                     AtlasDate *date)
{
  g_autofree char *text = atlas_form_dup_stripped (entry);

  *date = ATLAS_DATE_NONE;
  return *text == '\0' || atlas_date_parse (text, date);
}

/* The period the figure counts over, read as the event form reads its dates; the problems
 * beside its fields; TRUE when it is complete or there is none */
static gboolean
validate_period (AtlasFigureDialog *self,
                 AtlasDate         *start,
                 AtlasDate         *end)
{
  const char *start_problem = NULL, *end_problem = NULL;
  gboolean has_period = gtk_check_button_get_active (self->period_check);

  *start = *end = ATLAS_DATE_NONE;
  if (has_period)
    {
      if (!parse_optional_date (self->period_start_entry, start))
        start_problem = _("Write the date as year-month-day, such as 2016-10-12.");
      else if (*start == ATLAS_DATE_NONE && touched (self->period_start_entry))
        start_problem = _("Give the first day the figure counts.");
      if (!parse_optional_date (self->period_end_entry, end))
        end_problem = _("Write the date as year-month-day, such as 2016-10-12.");
      else if (*end == ATLAS_DATE_NONE && touched (self->period_end_entry))
        end_problem = _("Give the last day the figure counts, often the report's date.");
      else if (*end != ATLAS_DATE_NONE && *start != ATLAS_DATE_NONE && *end < *start)
        end_problem = _("The last day cannot be before the first.");
    }

  show_problem (self->period_start_entry, self->period_start_problem, start_problem);
  show_problem (self->period_end_entry, self->period_end_problem, end_problem);

  return !has_period || (!start_problem && !end_problem && *start != ATLAS_DATE_NONE && *end != ATLAS_DATE_NONE);
}

/* Reads the count the fields give; the problems beside them; TRUE when the form is complete */
static gboolean
validate (AtlasFigureDialog *self,
          AtlasCount        *count)
{
  g_autofree char *words = atlas_form_dup_stripped (self->words_entry);
  g_autofree char *who = atlas_form_dup_stripped (self->who_entry);
  g_autofree char *reported = atlas_form_dup_stripped (self->reported_entry);
  const char *min_problem = NULL, *max_problem = NULL, *words_problem = NULL;
  gint64 min, max, read_min = -1, read_max = -1;
  gboolean has_reading = *words && atlas_count_read_words (words, &read_min, &read_max);
  AtlasDate start, end;
  gboolean period_ok = validate_period (self, &start, &end);

  if (!parse_count (self->min_entry, &min))
    min_problem = _("A whole number of people, such as 27.");
  if (!parse_count (self->max_entry, &max))
    max_problem = _("A whole number of people, such as 30.");
  else if (max >= 0 && min < 0 && !has_reading)
    max_problem = _("Give the lowest number too.");
  else if (max >= 0 && min >= 0 && max < min)
    max_problem = _("The highest number cannot be below the lowest.");
  if (min < 0 && !min_problem && *words && !has_reading)
    words_problem = _("These words have no documented reading as a number: give the lowest number they allow.");
  if (min < 0 && !*words && !min_problem && touched (self->min_entry))
    min_problem = _("Give the number, or the report's words for it.");

  show_problem (self->min_entry, self->min_problem, min_problem);
  show_problem (self->max_entry, self->max_problem, max_problem);
  show_problem (self->words_entry, self->words_problem, words_problem);
  show_problem (self->who_entry, self->who_problem,
                !*who && touched (self->who_entry) ? _("Say who was counted, such as civilians.") : NULL);
  show_problem (self->reported_entry, self->reported_problem,
                !*reported && touched (self->reported_entry) ? _("Say who gave the figure.") : NULL);

  if (count)
    {
      /* Words with a reading and no number of the user's are that reading */
      count->min = min >= 0 ? min : read_min;
      count->max = min >= 0 ? max : read_max;
      count->words = *words ? g_strdup (words) : NULL;
    }

  return !min_problem && !max_problem && !words_problem && *who && *reported && (min >= 0 || has_reading) && period_ok;
}

static void
update (AtlasFigureDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "figure.create", validate (self, NULL));
}

static void
suggest (GtkEntry   *entry,
         GtkLabel   *hint_label,
         const char *value,
         const char *quote)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), value);
  if (hint_label)
    g_object_set_data_full (G_OBJECT (hint_label), "atlas-hint", g_strdup_printf (_(SUGGESTED_FROM), quote), g_free);
}

/* The first casualty figure the text suggests within the span */
static void
apply_suggestions (AtlasFigureDialog *self)
{
  const char *text = atlas_article_get_text (self->source.article);
  g_autoptr(GPtrArray) suggestions = atlas_suggest (text, atlas_article_get_published (self->source.article), self->kb);
  const AtlasSuggestion *figure = NULL;
  const char *note;

  for (guint i = 0; i < suggestions->len && figure == NULL; i++)
    {
      const AtlasSuggestion *s = g_ptr_array_index (suggestions, i);

      if (s->kind == ATLAS_SUGGESTION_CASUALTY && s->start < self->source.end && s->end > self->source.start)
        figure = s;
    }

  /* Who gave it: the report, until the user says (a monitor, rescuers…) */
  gtk_editable_set_text (GTK_EDITABLE (self->reported_entry), atlas_article_get_outlet (self->source.article));

  if (figure == NULL)
    {
      gtk_label_set_text (self->suggestions_note, _("The selection suggests no casualty figure: fill it in from the report."));
      return;
    }

  gtk_drop_down_set_selected (self->kind_dropdown, figure->injured ? 1 : 0);
  if (figure->qualifier && atlas_count_read_words (figure->qualifier, NULL, NULL))
    /* "dozens": kept as the report's words, read as the one table reads them */
    suggest (self->words_entry, self->words_problem, figure->qualifier, figure->quote);
  else
    {
      g_autofree char *min = g_strdup_printf ("%u", figure->min);

      suggest (self->min_entry, self->min_problem, min, figure->quote);
      if (figure->has_max && figure->max != figure->min)
        {
          g_autofree char *max = g_strdup_printf ("%u", figure->max);

          suggest (self->max_entry, NULL, max, figure->quote);
        }
      else if (figure->has_max)
        suggest (self->max_entry, NULL, min, figure->quote);
      if (figure->qualifier)
        suggest (self->qualifier_entry, NULL, figure->qualifier, figure->quote);
    }
  if (figure->who)
    suggest (self->who_entry, self->who_problem, figure->who, figure->quote);

  note = _("The figure below is suggested from the selection: check it before creating it.");
  gtk_label_set_text (self->suggestions_note, note);
}

/* Callbacks */

static void
on_field_changed_cb (GtkEditable       *entry,
                     AtlasFigureDialog *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (entry), "touched");
  update (self);
}

/* A figure "since" a day usually counts up to the report's date (data/kb-format.md, Periods) */
static void
on_period_toggled_cb (AtlasFigureDialog *self)
{
  if (gtk_check_button_get_active (self->period_check) &&
      *gtk_editable_get_text (GTK_EDITABLE (self->period_end_entry)) == '\0')
    {
      g_autofree char *published = atlas_date_format (atlas_article_get_published (self->source.article));

      gtk_editable_set_text (GTK_EDITABLE (self->period_end_entry), published);
      gtk_widget_remove_css_class (GTK_WIDGET (self->period_end_entry), "touched");
    }
  update (self);
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AtlasFigureDialog *self = ATLAS_FIGURE_DIALOG (widget);

  gtk_widget_add_css_class (GTK_WIDGET (self->min_entry), "touched");
  gtk_widget_add_css_class (GTK_WIDGET (self->who_entry), "touched");
  gtk_widget_add_css_class (GTK_WIDGET (self->reported_entry), "touched");
  gtk_widget_add_css_class (GTK_WIDGET (self->period_start_entry), "touched");
  gtk_widget_add_css_class (GTK_WIDGET (self->period_end_entry), "touched");
  if (validate (self, NULL))
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
atlas_figure_dialog_dispose (GObject *object)
{
  AtlasFigureDialog *self = (AtlasFigureDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_FIGURE_DIALOG);
  g_clear_object (&self->kb);
  g_clear_object (&self->event);
  g_clear_object (&self->casualty);

  G_OBJECT_CLASS (atlas_figure_dialog_parent_class)->dispose (object);
}

static void
atlas_figure_dialog_finalize (GObject *object)
{
  AtlasFigureDialog *self = (AtlasFigureDialog *)object;

  g_clear_object (&self->source.article);
  g_clear_pointer (&self->source.quote, g_free);
  g_clear_pointer (&self->overlap_choices, g_ptr_array_unref);

  G_OBJECT_CLASS (atlas_figure_dialog_parent_class)->finalize (object);
}

static void
atlas_figure_dialog_class_init (AtlasFigureDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_figure_dialog_dispose;
  object_class->finalize = atlas_figure_dialog_finalize;

  g_type_ensure (ATLAS_TYPE_PLACE_PICKER);

  signals[SIGNAL_CREATE] = g_signal_new ("create", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/aleppoatlas/AleppoAtlas/ui/atlas-figure-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasFigureDialog, source_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasFigureDialog, quote_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasFigureDialog, suggestions_note);
  gtk_widget_class_bind_template_child (widget_class, AtlasFigureDialog, event_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasFigureDialog, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AtlasFigureDialog, min_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasFigureDialog, min_problem);
  gtk_widget_class_bind_template_child (widget_class, AtlasFigureDialog, max_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasFigureDialog, max_problem);
  gtk_widget_class_bind_template_child (widget_class, AtlasFigureDialog, words_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasFigureDialog, words_problem);
  gtk_widget_class_bind_template_child (widget_class, AtlasFigureDialog, who_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasFigureDialog, who_problem);
  gtk_widget_class_bind_template_child (widget_class, AtlasFigureDialog, qualifier_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasFigureDialog, reported_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasFigureDialog, reported_problem);
  gtk_widget_class_bind_template_child (widget_class, AtlasFigureDialog, period_check);
  gtk_widget_class_bind_template_child (widget_class, AtlasFigureDialog, period_start_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasFigureDialog, period_start_problem);
  gtk_widget_class_bind_template_child (widget_class, AtlasFigureDialog, period_end_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasFigureDialog, period_end_problem);
  gtk_widget_class_bind_template_child (widget_class, AtlasFigureDialog, places_picker);
  gtk_widget_class_bind_template_child (widget_class, AtlasFigureDialog, verification_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AtlasFigureDialog, overlaps_search);
  gtk_widget_class_bind_template_child (widget_class, AtlasFigureDialog, overlaps_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasFigureDialog, overlaps_none);
  gtk_widget_class_bind_template_child (widget_class, AtlasFigureDialog, note_view);
  gtk_widget_class_bind_template_child (widget_class, AtlasFigureDialog, create_button);

  gtk_widget_class_install_action (widget_class, "figure.create", NULL, create_action);
  gtk_widget_class_install_action (widget_class, "figure.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "figure.cancel", NULL);
}

static void
atlas_figure_dialog_init (AtlasFigureDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  atlas_form_add_submit_keys (GTK_WIDGET (self), "figure.create");

  {
    GtkEntry *entries[] = { self->min_entry, self->max_entry, self->words_entry, self->who_entry,
                            self->qualifier_entry, self->reported_entry, self->period_start_entry,
                            self->period_end_entry };

    for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
      g_signal_connect (entries[i], "changed", G_CALLBACK (on_field_changed_cb), self);
  }

  g_object_bind_property (self->period_check, "active", self->period_start_entry, "sensitive", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->period_check, "active", self->period_end_entry, "sensitive", G_BINDING_SYNC_CREATE);
  g_signal_connect_swapped (self->period_check, "toggled", G_CALLBACK (on_period_toggled_cb), self);
  _atlas_figure_dialog_init_overlaps (self);
  atlas_form_fill_vocabulary (self->verification_dropdown, ATLAS_VOCABULARY_VERIFICATION);
  atlas_place_picker_set_empty_text (self->places_picker, _("None: the figure counts at its event's places."));
}

/* Public API */

static AtlasFigureDialog *
new_dialog (GtkWindow         *parent,
            AtlasKb           *kb,
            AtlasEvent        *event,
            const AtlasSource *source)
{
  AtlasFigureDialog *self = g_object_new (ATLAS_TYPE_FIGURE_DIALOG, "transient-for", parent, NULL);
  g_autofree char *byline = atlas_article_format_byline (source->article);
  g_autofree char *quoted = g_strdup_printf ("“%s”", source->quote);

  self->kb = g_object_ref (kb);
  self->event = g_object_ref (event);
  self->source.article = g_object_ref (source->article);
  self->source.start = source->start;
  self->source.end = source->end;
  self->source.quote = g_strdup (source->quote);

  gtk_label_set_text (self->source_label, byline);
  gtk_label_set_text (self->quote_label, quoted);
  gtk_label_set_text (self->event_label, atlas_event_get_title (event));
  atlas_place_picker_set_kb (self->places_picker, kb);
  return self;
}

/* What the suggestions or the figure filled is not the user's typing: empty fields say they
 * are needed only once typed in */
static void
finish (AtlasFigureDialog *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->min_entry), "touched");
  gtk_widget_remove_css_class (GTK_WIDGET (self->who_entry), "touched");
  gtk_widget_remove_css_class (GTK_WIDGET (self->reported_entry), "touched");
  gtk_widget_remove_css_class (GTK_WIDGET (self->period_start_entry), "touched");
  gtk_widget_remove_css_class (GTK_WIDGET (self->period_end_entry), "touched");
  _atlas_figure_dialog_fill_overlaps (self);
  update (self);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->who_entry));
}

AtlasFigureDialog *
atlas_figure_dialog_new (GtkWindow         *parent,
                         AtlasKb           *kb,
                         AtlasEvent        *event,
                         const AtlasSource *source)
{
  AtlasFigureDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ATLAS_IS_KB (kb), NULL);
  g_return_val_if_fail (ATLAS_IS_EVENT (event), NULL);
  g_return_val_if_fail (source != NULL && ATLAS_IS_ARTICLE (source->article), NULL);
  g_return_val_if_fail (source->start < source->end, NULL);

  self = new_dialog (parent, kb, event, source);
  apply_suggestions (self);
  finish (self);
  return self;
}

static void
set_count_entries (AtlasFigureDialog *self,
                   const AtlasCount  *count)
{
  g_autofree char *min = NULL;
  g_autofree char *max = NULL;
  gint64 read_min = -1, read_max = -1;
  /* Words whose reading is the count are shown alone, as the file writes them */
  gboolean as_read = count->words && atlas_count_read_words (count->words, &read_min, &read_max) &&
                     read_min == count->min && read_max == count->max;

  if (count->words)
    gtk_editable_set_text (GTK_EDITABLE (self->words_entry), count->words);
  if (as_read || count->min < 0)
    return;
  min = g_strdup_printf ("%" G_GINT64_FORMAT, count->min);
  gtk_editable_set_text (GTK_EDITABLE (self->min_entry), min);
  if (count->max >= 0)
    {
      max = g_strdup_printf ("%" G_GINT64_FORMAT, count->max);
      gtk_editable_set_text (GTK_EDITABLE (self->max_entry), max);
    }
}

/**
 * atlas_figure_dialog_new_for_casualty:
 * @casualty: a casualty figure of @kb
 *
 * The same form filled with @casualty as it is, its period, places, verification, overlaps and
 * note included; its event and source stay. A figure that
 * counts both the killed and the injured shows the killed: the other count stays as it is.
 * "create" then means "save".
 */
AtlasFigureDialog *
atlas_figure_dialog_new_for_casualty (GtkWindow     *parent,
                                      AtlasKb       *kb,
                                      AtlasCasualty *casualty)
{
  AtlasFigureDialog *self;
  const AtlasCount *killed, *injured;
  gboolean shows_injured;
  AtlasDate start, end;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ATLAS_IS_KB (kb), NULL);
  g_return_val_if_fail (ATLAS_IS_CASUALTY (casualty), NULL);

  self = new_dialog (parent, kb, atlas_casualty_get_event (casualty), atlas_casualty_get_source (casualty));
  self->casualty = g_object_ref (casualty);
  gtk_window_set_title (GTK_WINDOW (self), _("Edit Casualty Figure"));
  gtk_button_set_label (self->create_button, _("_Save"));
  gtk_label_set_text (self->suggestions_note, _("The figure's source stays as it is: change what you read in it."));

  killed = atlas_casualty_get_killed (casualty);
  injured = atlas_casualty_get_injured (casualty);
  shows_injured = !ATLAS_COUNT_IS_SET (killed) && !killed->words && (ATLAS_COUNT_IS_SET (injured) || injured->words);
  gtk_drop_down_set_selected (self->kind_dropdown, shows_injured ? 1 : 0);
  set_count_entries (self, shows_injured ? injured : killed);
  gtk_editable_set_text (GTK_EDITABLE (self->who_entry), atlas_casualty_get_who (casualty));
  if (atlas_casualty_get_qualifier (casualty))
    gtk_editable_set_text (GTK_EDITABLE (self->qualifier_entry), atlas_casualty_get_qualifier (casualty));
  gtk_editable_set_text (GTK_EDITABLE (self->reported_entry), atlas_casualty_get_reported_by (casualty));
  if (atlas_casualty_get_period (casualty, &start, &end))
    {
      g_autofree char *start_text = atlas_date_format (start);
      g_autofree char *end_text = atlas_date_format (end);

      gtk_editable_set_text (GTK_EDITABLE (self->period_start_entry), start_text);
      gtk_editable_set_text (GTK_EDITABLE (self->period_end_entry), end_text);
      gtk_check_button_set_active (self->period_check, TRUE);
    }
  for (guint i = 0; i < atlas_casualty_get_n_places (casualty); i++)
    atlas_place_picker_add (self->places_picker, atlas_casualty_get_place (casualty, i), NULL);
  gtk_drop_down_set_selected (self->verification_dropdown, atlas_casualty_get_verification (casualty));
  atlas_form_set_note (self->note_view, atlas_casualty_get_note (casualty));

  finish (self);
  return self;
}

/**
 * atlas_figure_dialog_get_casualty:
 *
 * Returns: (nullable) (transfer none): the figure edited, %NULL for a new one
 */
AtlasCasualty *
atlas_figure_dialog_get_casualty (AtlasFigureDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_FIGURE_DIALOG (self), NULL);
  return self->casualty;
}

gboolean
atlas_figure_dialog_is_complete (AtlasFigureDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_FIGURE_DIALOG (self), FALSE);
  return validate (self, NULL);
}

/**
 * atlas_figure_dialog_get_event:
 *
 * Returns: (transfer none): the event the figure belongs to
 */
AtlasEvent *
atlas_figure_dialog_get_event (AtlasFigureDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_FIGURE_DIALOG (self), NULL);
  return self->event;
}

const AtlasSource *
atlas_figure_dialog_get_source (AtlasFigureDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_FIGURE_DIALOG (self), NULL);
  return &self->source;
}

/**
 * atlas_figure_dialog_get_injured:
 *
 * Returns: %TRUE when the figure counts the injured, %FALSE the killed
 */
gboolean
atlas_figure_dialog_get_injured (AtlasFigureDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_FIGURE_DIALOG (self), FALSE);
  return gtk_drop_down_get_selected (self->kind_dropdown) == 1;
}

/**
 * atlas_figure_dialog_get_count:
 * @count: (out caller-allocates): the count; free its words with g_free()
 */
void
atlas_figure_dialog_get_count (AtlasFigureDialog *self,
                               AtlasCount        *count)
{
  g_return_if_fail (ATLAS_IS_FIGURE_DIALOG (self));
  g_return_if_fail (count != NULL);
  validate (self, count);
}

char *
atlas_figure_dialog_dup_who (AtlasFigureDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_FIGURE_DIALOG (self), NULL);
  return atlas_form_dup_stripped (self->who_entry);
}

/**
 * atlas_figure_dialog_dup_qualifier:
 *
 * Returns: (nullable): the qualifier, %NULL when none was given
 */
char *
atlas_figure_dialog_dup_qualifier (AtlasFigureDialog *self)
{
  g_autofree char *qualifier = NULL;

  g_return_val_if_fail (ATLAS_IS_FIGURE_DIALOG (self), NULL);
  qualifier = atlas_form_dup_stripped (self->qualifier_entry);
  return *qualifier ? g_steal_pointer (&qualifier) : NULL;
}

char *
atlas_figure_dialog_dup_reported_by (AtlasFigureDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_FIGURE_DIALOG (self), NULL);
  return atlas_form_dup_stripped (self->reported_entry);
}

/**
 * atlas_figure_dialog_get_period:
 * @start: (out): the first day, or %ATLAS_DATE_NONE
 * @end: (out): the last day, or %ATLAS_DATE_NONE
 *
 * Returns: %TRUE when the figure counts over a period
 */
gboolean
atlas_figure_dialog_get_period (AtlasFigureDialog *self,
                                AtlasDate         *start,
                                AtlasDate         *end)
{
  g_return_val_if_fail (ATLAS_IS_FIGURE_DIALOG (self), FALSE);
  g_return_val_if_fail (start != NULL && end != NULL, FALSE);

  return validate_period (self, start, end) && *start != ATLAS_DATE_NONE;
}

AtlasVerification
atlas_figure_dialog_get_verification (AtlasFigureDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_FIGURE_DIALOG (self), ATLAS_VERIFICATION_UNVERIFIED);
  return (AtlasVerification) MIN (gtk_drop_down_get_selected (self->verification_dropdown),
                                  (guint) ATLAS_VERIFICATION_DISPUTED);
}

/**
 * atlas_figure_dialog_get_places:
 *
 * Returns: (transfer container) (element-type AtlasPlace): the figure's own places, in order;
 *   empty when it counts at its event's
 */
GPtrArray *
atlas_figure_dialog_get_places (AtlasFigureDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_FIGURE_DIALOG (self), g_ptr_array_new ());
  return atlas_place_picker_get_places (self->places_picker);
}

/**
 * atlas_figure_dialog_dup_note:
 *
 * Returns: (nullable): the note, %NULL when none was written
 */
char *
atlas_figure_dialog_dup_note (AtlasFigureDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_FIGURE_DIALOG (self), NULL);
  return atlas_form_dup_note (self->note_view);
}

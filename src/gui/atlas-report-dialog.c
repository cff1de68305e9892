/* atlas-report-dialog.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-report-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "atlas-article.h"
#include "atlas-form.h"
#include "atlas-report-dialog.h"
#include "atlas-text-extract.h"

struct _AtlasReportDialog
{
  GtkWindow             parent_instance;

  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
  AtlasArticle         *article;       /* the report edited, or NULL for a new one */
  char                 *text_error;    /* why the last file could not be read, until edited */
  gboolean              loading;
  guint                 touched;       /* Field bits: fields the user has edited */

  /* Template widgets */
  GtkEntry             *title_entry;
  GtkLabel             *title_problem;
  GtkEntry             *outlet_entry;
  GtkLabel             *outlet_problem;
  GtkEntry             *published_entry;
  GtkLabel             *published_problem;
  GtkEntry             *url_entry;
  GtkLabel             *url_problem;
  GtkTextView          *text_view;
  GtkLabel             *text_problem;
  GtkButton            *add_button;
  GtkLabel             *intro_label;
  GtkLabel             *anchor_note;
};

/* The fields, as bits of touched */
enum {
  FIELD_TITLE = 1 << 0,
  FIELD_OUTLET = 1 << 1,
  FIELD_PUBLISHED = 1 << 2,
  FIELD_URL = 1 << 3,
  FIELD_TEXT = 1 << 4,
  ALL_FIELDS = (1 << 5) - 1
};

enum {
  SIGNAL_ADD,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (AtlasReportDialog, atlas_report_dialog, GTK_TYPE_WINDOW)

static guint signals[N_SIGNALS];

/* Helpers */

static char *
dup_buffer_text (AtlasReportDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The fields' problems, shown beside them. A value that is wrong says so at once; a field
 * left empty says it is needed only once the user has edited it or asked to add: a fresh form
 * is not a page of errors. */
static gboolean
validate (AtlasReportDialog *self)
{
  g_autofree char *title = atlas_form_dup_stripped (self->title_entry);
  g_autofree char *outlet = atlas_form_dup_stripped (self->outlet_entry);
  g_autofree char *published = atlas_form_dup_stripped (self->published_entry);
  g_autofree char *url = atlas_form_dup_stripped (self->url_entry);
  g_autofree char *text = dup_buffer_text (self);
  const char *title_problem = NULL, *outlet_problem = NULL, *published_problem = NULL;
  const char *url_problem = NULL, *text_problem = NULL;
  AtlasDate date;
  gboolean complete;

  if (*title == '\0')
    title_problem = _("A report needs a title. When it has none, describe it in square brackets.");
  if (*outlet == '\0')
    outlet_problem = _("Say who published it.");
  if (*published == '\0')
    published_problem = _("Give the date it was published.");
  else if (!atlas_date_parse (published, &date))
    published_problem = _("Write the date as year-month-day, such as 2016-10-12.");
  if (*url != '\0' && !(g_uri_is_valid (url, G_URI_FLAGS_NONE, NULL) &&
                        (g_str_has_prefix (url, "http://") || g_str_has_prefix (url, "https://"))))
    url_problem = _("Give a web address starting with http:// or https://, or leave it empty.");
  if (self->text_error)
    text_problem = self->text_error;
  else if (*g_strstrip (text) == '\0')
    text_problem = _("Paste the report's text or open its file.");

  complete = !title_problem && !outlet_problem && !published_problem && !url_problem && !text_problem &&
             !self->loading;

  atlas_form_show_problem (GTK_WIDGET (self->title_entry), self->title_problem,
                           (self->touched & FIELD_TITLE) ? title_problem : NULL, NULL);
  atlas_form_show_problem (GTK_WIDGET (self->outlet_entry), self->outlet_problem,
                           (self->touched & FIELD_OUTLET) ? outlet_problem : NULL, NULL);
  atlas_form_show_problem (GTK_WIDGET (self->published_entry), self->published_problem,
                           ((self->touched & FIELD_PUBLISHED) || *published) ? published_problem : NULL, NULL);
  atlas_form_show_problem (GTK_WIDGET (self->url_entry), self->url_problem, url_problem, NULL);
  atlas_form_show_problem (GTK_WIDGET (self->text_view), self->text_problem,
                           ((self->touched & FIELD_TEXT) || self->text_error) ? text_problem : NULL, NULL);

  return complete;
}

static void
update (AtlasReportDialog *self)
{
  gboolean complete = validate (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.add", complete);
}

static void
set_text_from_data (AtlasReportDialog *self,
                    const char        *filename,
                    const char        *data,
                    gsize              length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  AtlasTextFormat format = atlas_text_format_guess (filename, data, length);

  g_clear_pointer (&self->text_error, g_free);

  if (!(text = atlas_text_extract (data, length, format, &title, &error)))
    {
      /* Translators: the file that could not be read, and why */
      self->text_error = g_strdup_printf (_("Could not read “%s”: %s"), filename ? filename : "", error->message);
      update (self);
      return;
    }

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text, -1);
  /* A proposal: the user's own title stays */
  if (title && gtk_entry_get_text_length (self->title_entry) == 0)
    gtk_editable_set_text (GTK_EDITABLE (self->title_entry), title);

  update (self);
}

/* Callbacks */

static void
on_field_changed_cb (GtkEditable       *entry,
                     AtlasReportDialog *self)
{
  if (entry == GTK_EDITABLE (self->title_entry))
    self->touched |= FIELD_TITLE;
  else if (entry == GTK_EDITABLE (self->outlet_entry))
    self->touched |= FIELD_OUTLET;
  else if (entry == GTK_EDITABLE (self->published_entry))
    self->touched |= FIELD_PUBLISHED;
  else
    self->touched |= FIELD_URL;

  update (self);
}

static void
on_text_changed_cb (AtlasReportDialog *self)
{
  self->touched |= FIELD_TEXT;
  g_clear_pointer (&self->text_error, g_free);
  update (self);
}

static void
on_file_loaded_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(AtlasReportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (source));
  gsize length = 0;

  self->loading = FALSE;

  if (!g_file_load_contents_finish (G_FILE (source), result, &contents, &length, NULL, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      g_clear_pointer (&self->text_error, g_free);
      self->text_error = g_strdup_printf (_("Could not read “%s”: %s"), name, error->message);
      update (self);
      return;
    }

  g_signal_handlers_block_by_func (gtk_text_view_get_buffer (self->text_view), on_text_changed_cb, self);
  set_text_from_data (self, name, contents, length);
  g_signal_handlers_unblock_by_func (gtk_text_view_get_buffer (self->text_view), on_text_changed_cb, self);
}

static void
on_chooser_response_cb (AtlasReportDialog *self,
                        int                response,
                        GtkNativeDialog   *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      atlas_report_dialog_load_file (self, file);
    }

  g_clear_object (&self->chooser);
}

static void
open_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AtlasReportDialog *self = ATLAS_REPORT_DIALOG (widget);
  GtkFileFilter *reports = gtk_file_filter_new ();
  GtkFileFilter *all = gtk_file_filter_new ();

  if (self->chooser)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Open Report"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (reports, _("Reports (text, Markdown, HTML)"));
  gtk_file_filter_add_mime_type (reports, "text/plain");
  gtk_file_filter_add_mime_type (reports, "text/markdown");
  gtk_file_filter_add_mime_type (reports, "text/html");
  gtk_file_filter_add_pattern (reports, "*.txt");
  gtk_file_filter_add_pattern (reports, "*.md");
  gtk_file_filter_add_pattern (reports, "*.html");
  gtk_file_filter_add_pattern (reports, "*.htm");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), reports);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  AtlasReportDialog *self = ATLAS_REPORT_DIALOG (widget);

  self->touched = ALL_FIELDS;
  if (!validate (self))
    return;

  g_signal_emit (self, signals[SIGNAL_ADD], 0);
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
atlas_report_dialog_dispose (GObject *object)
{
  AtlasReportDialog *self = (AtlasReportDialog *)object;

  g_cancellable_cancel (self->cancellable);
  if (self->chooser)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->article);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_REPORT_DIALOG);

  G_OBJECT_CLASS (atlas_report_dialog_parent_class)->dispose (object);
}

static void
atlas_report_dialog_finalize (GObject *object)
{
  AtlasReportDialog *self = (AtlasReportDialog *)object;

  g_clear_object (&self->cancellable);
  g_free (self->text_error);

  G_OBJECT_CLASS (atlas_report_dialog_parent_class)->finalize (object);
}

static void
atlas_report_dialog_class_init (AtlasReportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_report_dialog_dispose;
  object_class->finalize = atlas_report_dialog_finalize;

  signals[SIGNAL_ADD] = g_signal_new ("add", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/aleppoatlas/AleppoAtlas/ui/atlas-report-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasReportDialog, title_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasReportDialog, title_problem);
  gtk_widget_class_bind_template_child (widget_class, AtlasReportDialog, outlet_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasReportDialog, outlet_problem);
  gtk_widget_class_bind_template_child (widget_class, AtlasReportDialog, published_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasReportDialog, published_problem);
  gtk_widget_class_bind_template_child (widget_class, AtlasReportDialog, url_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasReportDialog, url_problem);
  gtk_widget_class_bind_template_child (widget_class, AtlasReportDialog, text_view);
  gtk_widget_class_bind_template_child (widget_class, AtlasReportDialog, text_problem);
  gtk_widget_class_bind_template_child (widget_class, AtlasReportDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasReportDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasReportDialog, anchor_note);

  gtk_widget_class_install_action (widget_class, "report.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "report.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "report.open-file", NULL, open_file_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "report.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "report.open-file", NULL);
}

static void
atlas_report_dialog_init (AtlasReportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  atlas_form_add_submit_keys (GTK_WIDGET (self), "report.add");

  self->cancellable = g_cancellable_new ();

  g_signal_connect (self->title_entry, "changed", G_CALLBACK (on_field_changed_cb), self);
  g_signal_connect (self->outlet_entry, "changed", G_CALLBACK (on_field_changed_cb), self);
  g_signal_connect (self->published_entry, "changed", G_CALLBACK (on_field_changed_cb), self);
  g_signal_connect (self->url_entry, "changed", G_CALLBACK (on_field_changed_cb), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->text_view), "changed",
                            G_CALLBACK (on_text_changed_cb), self);

  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->add_button));
  update (self);
}

/* Public API */

AtlasReportDialog *
atlas_report_dialog_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (ATLAS_TYPE_REPORT_DIALOG, "transient-for", parent, NULL);
}

/**
 * atlas_report_dialog_new_for_article:
 * @article: a report of the KB, which the form comes filled with
 * @n_facts: how many facts quote it, for the form to say what changing its text does
 *
 * The form to edit a report. "add" is emitted by its Save button; the report's id stays.
 */
AtlasReportDialog *
atlas_report_dialog_new_for_article (GtkWindow    *parent,
                                     AtlasArticle *article,
                                     guint         n_facts)
{
  AtlasReportDialog *self;
  g_autofree char *published = NULL;
  GtkTextBuffer *buffer;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ATLAS_IS_ARTICLE (article), NULL);

  self = atlas_report_dialog_new (parent);
  self->article = g_object_ref (article);
  gtk_window_set_title (GTK_WINDOW (self), _("Edit Report"));
  gtk_button_set_use_underline (self->add_button, FALSE);
  gtk_button_set_label (self->add_button, _("Save"));
  gtk_label_set_text (self->intro_label, _("The report keeps its place in the knowledge base, and its facts keep quoting it."));

  /* The text as stored, not tidied again: an unchanged text must not move its facts' quotes */
  buffer = gtk_text_view_get_buffer (self->text_view);
  g_signal_handlers_block_by_func (buffer, on_text_changed_cb, self);
  gtk_text_buffer_set_text (buffer, atlas_article_get_text (article), -1);
  g_signal_handlers_unblock_by_func (buffer, on_text_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), atlas_article_get_title (article));
  gtk_editable_set_text (GTK_EDITABLE (self->outlet_entry), atlas_article_get_outlet (article));
  if (atlas_article_get_published (article) != ATLAS_DATE_NONE)
    published = atlas_date_format (atlas_article_get_published (article));
  gtk_editable_set_text (GTK_EDITABLE (self->published_entry), published ? published : "");
  gtk_editable_set_text (GTK_EDITABLE (self->url_entry),
                         atlas_article_get_url (article) ? atlas_article_get_url (article) : "");
  self->touched = 0;

  /* Saving the form finds each quote again in the new text, or orphans it, in the same edit
   * (atlas_edit_new_replace()) */
  if (n_facts > 0)
    {
      g_autofree char *note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u fact quotes this report. If you change its text, its quote is found again in the new text; if its words are no longer there, it is listed as lost, for you to place again. Undo takes the change back.",
                                                            "%u facts quote this report. If you change its text, each quote is found again in the new text; a quote whose words are no longer there is listed as lost, for you to place again. Undo takes the change back.",
                                                            n_facts), n_facts);

      gtk_label_set_text (self->anchor_note, note);
      gtk_widget_set_visible (GTK_WIDGET (self->anchor_note), TRUE);
    }

  update (self);
  return self;
}

/**
 * atlas_report_dialog_get_article:
 *
 * Returns: (nullable) (transfer none): the report edited, or %NULL in the form for a new one
 */
AtlasArticle *
atlas_report_dialog_get_article (AtlasReportDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_REPORT_DIALOG (self), NULL);
  return self->article;
}

/**
 * atlas_report_dialog_set_text:
 *
 * Puts a report's text in the form, as pasting it would (an HTML page's markup is taken out).
 */
void
atlas_report_dialog_set_text (AtlasReportDialog *self,
                              const char        *text)
{
  g_return_if_fail (ATLAS_IS_REPORT_DIALOG (self));
  g_return_if_fail (text != NULL);

  set_text_from_data (self, NULL, text, strlen (text));
}

/**
 * atlas_report_dialog_load_file:
 *
 * Reads a .txt, .md or .html file into the form, in the background; its title is proposed
 * when the title field is empty. A file that cannot be read says why beside the text.
 */
void
atlas_report_dialog_load_file (AtlasReportDialog *self,
                               GFile             *file)
{
  g_return_if_fail (ATLAS_IS_REPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  self->loading = TRUE;
  update (self);
  g_file_load_contents_async (file, self->cancellable, on_file_loaded_cb, g_object_ref (self));
}

gboolean
atlas_report_dialog_is_complete (AtlasReportDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_REPORT_DIALOG (self), FALSE);
  return validate (self);
}

char *
atlas_report_dialog_dup_title (AtlasReportDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_REPORT_DIALOG (self), NULL);
  return atlas_form_dup_stripped (self->title_entry);
}

char *
atlas_report_dialog_dup_outlet (AtlasReportDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_REPORT_DIALOG (self), NULL);
  return atlas_form_dup_stripped (self->outlet_entry);
}

/**
 * atlas_report_dialog_dup_url:
 *
 * Returns: (nullable): the address, or %NULL when none was given
 */
char *
atlas_report_dialog_dup_url (AtlasReportDialog *self)
{
  g_autofree char *url = NULL;

  g_return_val_if_fail (ATLAS_IS_REPORT_DIALOG (self), NULL);

  url = atlas_form_dup_stripped (self->url_entry);
  return *url ? g_steal_pointer (&url) : NULL;
}

AtlasDate
atlas_report_dialog_get_published (AtlasReportDialog *self)
{
  g_autofree char *text = NULL;
  AtlasDate date;

  g_return_val_if_fail (ATLAS_IS_REPORT_DIALOG (self), ATLAS_DATE_NONE);

  text = atlas_form_dup_stripped (self->published_entry);
  return atlas_date_parse (text, &date) ? date : ATLAS_DATE_NONE;
}

/**
 * atlas_report_dialog_dup_text:
 *
 * Returns: the text to store: what the form shows, with its line ends, trailing spaces and
 *   runs of blank lines tidied as for any report (atlas_text_extract()), or %NULL when empty
 */
char *
atlas_report_dialog_dup_text (AtlasReportDialog *self)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (ATLAS_IS_REPORT_DIALOG (self), NULL);

  text = dup_buffer_text (self);
  /* An edited report's text, left as it was, stays byte for byte: its quotes do not move */
  if (self->article && g_strcmp0 (text, atlas_article_get_text (self->article)) == 0)
    return g_steal_pointer (&text);
  return atlas_text_extract (text, (gsize) -1, ATLAS_TEXT_FORMAT_PLAIN, NULL, NULL);
}

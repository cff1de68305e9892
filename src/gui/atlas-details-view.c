/* atlas-details-view.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-details-view"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-details-view.h"
#include "atlas-event-types.h"
#include "atlas-figures.h"
#include "atlas-region.h"

struct _AtlasDetailsView
{
  GtkWidget          parent_instance;

  AtlasSession      *session;
  GSignalGroup      *session_signals;

  /* Template widgets */
  GtkScrolledWindow *scroller;
  GtkStack          *stack;
  GtkBox            *content;
};

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (AtlasDetailsView, atlas_details_view, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

static void on_place_row_activated_cb    (GtkListBox       *list,
                                          GtkListBoxRow    *row,
                                          AtlasDetailsView *self);
static void on_event_row_activated_cb    (GtkListBox       *list,
                                          GtkListBoxRow    *row,
                                          AtlasDetailsView *self);
static void on_casualty_row_activated_cb (GtkListBox       *list,
                                          GtkListBoxRow    *row,
                                          AtlasDetailsView *self);
static void on_source_row_activated_cb   (GtkListBox       *list,
                                          GtkListBoxRow    *row,
                                          AtlasDetailsView *self);
static void on_show_on_map_clicked_cb    (GtkButton        *button,
                                          AtlasDetailsView *self);
static void on_figure_clicked_cb         (GtkButton        *button,
                                          AtlasDetailsView *self);
static void on_show_source_clicked_cb    (GtkButton        *button,
                                          AtlasDetailsView *self);
static void on_show_event_clicked_cb     (GtkButton        *button,
                                          AtlasDetailsView *self);

/* Helpers: building blocks */

/* Quotes a source's words, unless they open with quotation marks of their own */
static char *
quote_text (const char *text)
{
  if (g_str_has_prefix (text, "“") || g_str_has_prefix (text, "\"") || g_str_has_prefix (text, "‘"))
    return g_strdup (text);

  /* Translators: a quotation from an article */
  return g_strdup_printf (_("“%s”"), text);
}

static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
append_label (GtkWidget  *box,
              const char *text,
              const char *css_class)
{
  GtkWidget *label = new_label (text, css_class);

  gtk_box_append (GTK_BOX (box), label);
  return label;
}

static GtkWidget *
new_badge (const char *text,
           const char *css_class)
{
  GtkWidget *badge = gtk_label_new (text);

  gtk_widget_add_css_class (badge, "badge");
  if (css_class)
    gtk_widget_add_css_class (badge, css_class);
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (badge, GTK_ALIGN_START);
  return badge;
}

static GtkWidget *
new_card (GtkWidget  *parent,
          const char *kicker,
          const char *accessible_label)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_widget_add_css_class (card, "details-card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (card),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);
  append_label (card, kicker, "details-kicker");
  gtk_box_append (GTK_BOX (parent), card);
  return card;
}

static GtkWidget *
new_list (GtkWidget        *card,
          const char       *heading,
          const char       *accessible_label,
          GCallback         activated,
          AtlasDetailsView *self)
{
  GtkWidget *list = gtk_list_box_new ();

  if (heading)
    append_label (card, heading, "details-heading");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "details-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);
  g_signal_connect_object (list, "row-activated", activated, self, 0);
  gtk_box_append (GTK_BOX (card), list);
  return list;
}

static GtkWidget *
append_row (GtkWidget  *list,
            GtkWidget  *child,
            const char *data_key,
            gpointer    data)
{
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), child);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), data_key, data);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

static GtkWidget *
new_show_on_map_button (AtlasDetailsView *self,
                        AtlasPlace       *place)
{
  GtkWidget *button = gtk_button_new_with_label (_("Show on map"));
  g_autofree char *tooltip = g_strdup_printf (_("Move the map to %s"), atlas_place_get_name (place));

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "show-on-map");
  g_object_set_data (G_OBJECT (button), "atlas-place", place);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_show_on_map_clicked_cb), self, 0);
  return button;
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  const AtlasEventTypeInfo *info = user_data;

  cairo_set_source_rgb (cr, info->rgb[0], info->rgb[1], info->rgb[2]);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
}

/* Helpers: facts in words */

static const char *
date_precision_words (AtlasDatePrecision precision)
{
  switch (precision)
    {
    case ATLAS_DATE_PRECISION_DAY: return _("exact day");
    case ATLAS_DATE_PRECISION_DAYS: return _("sometime between these days");
    case ATLAS_DATE_PRECISION_MONTH: return _("sometime in this month");
    default: g_return_val_if_reached ("");
    }
}

static const char *
precision_words (AtlasPrecision precision)
{
  switch (precision)
    {
    case ATLAS_PRECISION_EXACT: return _("Exact location");
    case ATLAS_PRECISION_CENTROID: return _("Centre of its outline");
    case ATLAS_PRECISION_APPROXIMATE: return _("Approximate location");
    case ATLAS_PRECISION_UNKNOWN: return _("Location unknown");
    default: g_return_val_if_reached ("");
    }
}

static char *
format_figure_number (AtlasCasualty *casualty,
                      const char   **what)
{
  const AtlasCount *killed = atlas_casualty_get_killed (casualty);
  const AtlasCount *injured = atlas_casualty_get_injured (casualty);

  if (ATLAS_COUNT_IS_SET (killed))
    {
      *what = _("killed");
      return atlas_count_format (killed);
    }
  if (ATLAS_COUNT_IS_SET (injured))
    {
      *what = _("injured");
      return atlas_count_format (injured);
    }

  *what = NULL;
  /* Translators: shown in place of a casualty number when the source gives none */
  return g_strdup (_("No number"));
}

/* Cards */

static GtkWidget *
new_figure (AtlasDetailsView *self,
            AtlasCasualty    *casualty,
            gboolean          selected)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  const AtlasSource *source = atlas_casualty_get_source (casualty);
  const char *qualifier = atlas_casualty_get_qualifier (casualty);
  const char *what = NULL;
  g_autofree char *number = format_figure_number (casualty, &what);
  g_autofree char *what_who = NULL;
  g_autofree char *quoted = NULL;
  g_autofree char *reporter = NULL;
  g_autofree char *article = atlas_article_format_byline (source->article);
  g_autofree char *summary = atlas_casualty_format (casualty);
  g_autofree char *accessible = NULL;
  g_autofree char *injured = NULL;
  GtkWidget *label;

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "figure");
  if (selected)
    gtk_widget_add_css_class (button, "selected-figure");

  append_label (box, number, "figure-number");
  if (what)
    /* Translators: under a casualty number: "killed · civilians" */
    what_who = g_strdup_printf (_("%s · %s"), what, atlas_casualty_get_who (casualty));
  else
    what_who = g_strdup (atlas_casualty_get_who (casualty));
  append_label (box, what_who, NULL);

  if (ATLAS_COUNT_IS_SET (atlas_casualty_get_killed (casualty)) &&
      ATLAS_COUNT_IS_SET (atlas_casualty_get_injured (casualty)))
    {
      g_autofree char *count = atlas_count_format (atlas_casualty_get_injured (casualty));
      injured = g_strdup_printf (_("%s injured"), count);
      append_label (box, injured, NULL);
    }

  if (qualifier && qualifier[0])
    {
      /* Translators: the words of the source, as written: “at least” */
      quoted = g_strdup_printf (_("“%s”"), qualifier);
      append_label (box, quoted, "figure-qualifier");
    }

  /* Translators: who gave a casualty figure */
  reporter = g_strdup_printf (_("Reported by: %s"), atlas_casualty_get_reported_by (casualty));
  label = append_label (box, reporter, "details-small");
  gtk_widget_set_margin_top (label, 4);
  label = append_label (box, article, "details-small");
  gtk_widget_add_css_class (label, "dim-label");

  gtk_button_set_child (GTK_BUTTON (button), box);
  /* Translators: the accessible name of a casualty figure button, "at least 27 killed (people), reported by …" */
  accessible = g_strdup_printf (_("%s, reported by %s"), summary, atlas_casualty_get_reported_by (casualty));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_widget_set_tooltip_text (button, source->quote);
  g_object_set_data (G_OBJECT (button), "atlas-casualty", casualty);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_figure_clicked_cb), self, 0);

  return button;
}

static void
append_figures (AtlasDetailsView *self,
                GtkWidget        *card,
                GPtrArray        *casualties)
{
  AtlasCasualty *selected = atlas_session_get_selected_casualty (self->session);
  GtkWidget *flow;

  if (casualties->len == 0)
    return;

  append_label (card, g_dngettext (GETTEXT_PACKAGE, "Casualty figure", "Casualty figures", casualties->len),
                "details-heading");

  if (atlas_figures_disagree (casualties))
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

      gtk_widget_add_css_class (box, "details-disagree");
      gtk_box_append (GTK_BOX (box), new_badge (_("Figures disagree"), "disagree"));
      append_label (box, _("The sources give different figures for the same people. Each is shown as written, "
                           "side by side; none is preferred."), "details-small");
      gtk_box_append (GTK_BOX (card), box);
    }

  /* Side by side, so that figures that disagree can be compared at a glance */
  flow = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (flow), 2);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 3);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (flow),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Casualty figures"),
                                  -1);

  for (guint i = 0; i < casualties->len; i++)
    {
      AtlasCasualty *casualty = g_ptr_array_index (casualties, i);
      gtk_flow_box_append (GTK_FLOW_BOX (flow), new_figure (self, casualty, casualty == selected));
    }

  gtk_box_append (GTK_BOX (card), flow);
}

static void
append_note (GtkWidget  *card,
             const char *heading,
             const char *note)
{
  GtkWidget *box;
  GtkWidget *label;

  if (note == NULL || note[0] == '\0')
    return;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_add_css_class (box, "details-note");
  append_label (box, heading, "heading");
  label = append_label (box, note, NULL);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_box_append (GTK_BOX (card), box);
}

static void
append_event_card (AtlasDetailsView *self,
                   AtlasEvent       *event)
{
  AtlasKb *kb = atlas_session_get_kb (self->session);
  const AtlasEventTypeInfo *info = atlas_event_types_lookup (atlas_event_get_event_type (event));
  const char * const *actors = atlas_event_get_actors (event);
  const char *summary = atlas_event_get_summary (event);
  g_autofree char *date = atlas_event_format_date (event);
  g_autofree char *date_line = NULL;
  GtkWidget *card, *row, *label, *list;

  card = new_card (GTK_WIDGET (self->content), _("Event"), _("Selected event"));
  label = append_label (card, atlas_event_get_title (event), "details-title");
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);

  /* Type, with the colour the map and timeline use, and the status */
  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  if (info)
    {
      GtkWidget *swatch = gtk_drawing_area_new ();

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 12);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 12);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch, (gpointer) info, NULL);
      gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (swatch, "type-swatch");
      gtk_box_append (GTK_BOX (row), swatch);
    }
  label = gtk_label_new (info ? _(info->label) : atlas_event_get_event_type (event));
  gtk_box_append (GTK_BOX (row), label);
  if (atlas_event_get_status (event) == ATLAS_EVENT_STATUS_PLANNED)
    {
      GtkWidget *badge = new_badge (_("Planned"), "planned");

      gtk_widget_set_tooltip_text (badge, _("Announced ahead: it had not happened when the article was written"));
      gtk_box_append (GTK_BOX (row), badge);
    }
  gtk_box_append (GTK_BOX (card), row);

  /* Translators: an event's date and how precisely it is known: "2016-09-22 – 2016-09-23 (sometime between these days)" */
  date_line = g_strdup_printf (_("%s (%s)"), date, date_precision_words (atlas_event_get_date_precision (event)));
  append_label (card, date_line, "numeric");

  if (summary && summary[0])
    append_label (card, summary, NULL);

  /* The figures, then where the sources disagree or say less than one would like: in plain
   * sight, before the lists */
  append_figures (self, card, atlas_kb_get_casualties_for_event (kb, event));
  append_note (card, _("About the sources"), atlas_event_get_note (event));

  if (actors && actors[0])
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) actors);
      /* Translators: the parties to an event */
      g_autofree char *text = g_strdup_printf (_("Actors: %s"), joined);

      append_label (card, text, NULL);
    }

  if (atlas_event_get_n_places (event) > 0)
    {
      list = new_list (card, _("Places"), _("Places of the event"), G_CALLBACK (on_place_row_activated_cb), self);

      for (guint i = 0; i < atlas_event_get_n_places (event); i++)
        {
          AtlasPlace *place = atlas_event_get_place (event, i);
          GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
          GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

          gtk_widget_set_hexpand (text, TRUE);
          append_label (text, atlas_place_get_name (place), NULL);
          label = append_label (text, precision_words (atlas_place_get_precision (place)), "details-small");
          gtk_widget_add_css_class (label, "dim-label");
          gtk_box_append (GTK_BOX (box), text);
          /* Off the map's usual view, which the map will not leave on its own */
          if (atlas_region_place_is_far (kb, place))
            gtk_box_append (GTK_BOX (box), new_show_on_map_button (self, place));
          append_row (list, box, "atlas-place", place);
        }
    }

  list = new_list (card, _("Sources"), _("Sources of the event"), G_CALLBACK (on_source_row_activated_cb), self);
  for (guint i = 0; i < atlas_event_get_n_sources (event); i++)
    {
      const AtlasSource *source = atlas_event_get_source (event, i);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      g_autofree char *article = atlas_article_format_byline (source->article);
      g_autofree char *quote = quote_text (source->quote);
      GtkWidget *row_widget;

      label = append_label (box, article, "details-small");
      gtk_widget_add_css_class (label, "heading");
      label = append_label (box, quote, "details-quote");
      gtk_label_set_lines (GTK_LABEL (label), 3);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      row_widget = append_row (list, box, "atlas-source", (gpointer) source);
      gtk_widget_set_tooltip_text (row_widget, _("Read this passage in the article"));
    }
}

static void
append_casualty_card (AtlasDetailsView *self,
                      AtlasCasualty    *casualty)
{
  const AtlasSource *source = atlas_casualty_get_source (casualty);
  AtlasEvent *event = atlas_casualty_get_event (casualty);
  g_autofree char *figure = atlas_casualty_format (casualty);
  g_autofree char *reporter = g_strdup_printf (_("Reported by: %s"), atlas_casualty_get_reported_by (casualty));
  g_autofree char *article = atlas_article_format_byline (source->article);
  g_autofree char *quote = quote_text (source->quote);
  g_autofree char *part_of = g_strdup_printf (_("Part of: %s"), atlas_event_get_title (event));
  GtkWidget *card, *label, *button, *buttons;

  card = new_card (GTK_WIDGET (self->content), _("Casualty figure"), _("Selected casualty figure"));
  label = append_label (card, figure, "details-title");
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  append_label (card, reporter, NULL);
  append_label (card, part_of, NULL);
  append_note (card, _("Note"), atlas_casualty_get_note (casualty));

  append_label (card, _("As written"), "details-heading");
  label = append_label (card, article, "details-small");
  gtk_widget_add_css_class (label, "dim-label");
  label = append_label (card, quote, "details-quote");
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  button = gtk_button_new_with_label (_("Read in the article"));
  g_object_set_data (G_OBJECT (button), "atlas-source", (gpointer) source);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_show_source_clicked_cb), self, 0);
  gtk_box_append (GTK_BOX (buttons), button);

  button = gtk_button_new_with_label (_("Show the event"));
  gtk_widget_set_tooltip_text (button, part_of);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_show_event_clicked_cb), self, 0);
  gtk_box_append (GTK_BOX (buttons), button);
  gtk_box_append (GTK_BOX (card), buttons);
}

static void
append_place_names (GtkWidget  *card,
                    AtlasPlace *place)
{
  const char *name_ar = atlas_place_get_name_ar (place);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label;

  label = new_label (atlas_place_get_name (place), "details-title");
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (row), label);

  if (name_ar && name_ar[0])
    {
      /* Its own label, laid out right to left */
      label = new_label (name_ar, "details-title-ar");
      gtk_widget_set_direction (label, GTK_TEXT_DIR_RTL);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_set_valign (label, GTK_ALIGN_BASELINE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Arabic name"),
                                      -1);
      gtk_box_append (GTK_BOX (row), label);
    }

  gtk_box_append (GTK_BOX (card), row);
}

static void
append_precision (AtlasDetailsView *self,
                  GtkWidget        *card,
                  AtlasPlace       *place,
                  gboolean          compact)
{
  AtlasPrecision precision = atlas_place_get_precision (place);
  const char *kind = atlas_place_get_kind (place);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *badge = new_badge (precision_words (precision),
                                precision == ATLAS_PRECISION_UNKNOWN ? "unknown" : NULL);
  GtkWidget *spacer = gtk_label_new (kind);

  gtk_box_append (GTK_BOX (row), badge);
  gtk_widget_add_css_class (spacer, "dim-label");
  gtk_widget_set_hexpand (spacer, TRUE);
  gtk_label_set_xalign (GTK_LABEL (spacer), 0);
  gtk_box_append (GTK_BOX (row), spacer);

  if (precision != ATLAS_PRECISION_UNKNOWN && atlas_place_get_location (place, NULL, NULL))
    gtk_box_append (GTK_BOX (row), new_show_on_map_button (self, place));

  gtk_box_append (GTK_BOX (card), row);

  if (!compact)
    {
      const char *source = atlas_place_get_source (place);

      if (source && source[0])
        {
          /* Translators: where a place's coordinates or outline come from */
          g_autofree char *text = g_strdup_printf (_("Location from: %s"), source);
          GtkWidget *label = append_label (card, text, "details-small");

          gtk_widget_add_css_class (label, "dim-label");
          gtk_label_set_selectable (GTK_LABEL (label), TRUE);
        }
      append_note (card, precision == ATLAS_PRECISION_UNKNOWN ? _("Why the location is unknown")
                                                            : _("About the location"),
                   atlas_place_get_note (place));
    }
}

static void
append_place_card (AtlasDetailsView *self,
                   AtlasPlace       *place,
                   gboolean          compact)
{
  AtlasKb *kb = atlas_session_get_kb (self->session);
  const char * const *aliases = atlas_place_get_aliases (place);
  GPtrArray *events, *casualties;
  GtkWidget *card, *list, *label;

  card = new_card (GTK_WIDGET (self->content), _("Place"), _("Selected place"));
  if (compact)
    gtk_widget_add_css_class (card, "compact");

  append_place_names (card, place);

  if (!compact && aliases && aliases[0])
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) aliases);
      g_autofree char *text = g_strdup_printf (_("Also known as: %s"), joined);

      label = append_label (card, text, NULL);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
    }

  append_precision (self, card, place, compact);

  events = atlas_kb_get_events_for_place (kb, place);
  if (events->len > 0)
    {
      GtkWidget *events_box = card;

      /* Under the selected event, the place's other events wait behind an expander */
      if (compact)
        {
          g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event here", "%u events here",
                                                                 events->len), events->len);
          GtkWidget *expander = gtk_expander_new (title);

          events_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
          gtk_expander_set_child (GTK_EXPANDER (expander), events_box);
          gtk_box_append (GTK_BOX (card), expander);
        }

      list = new_list (events_box, compact ? NULL : _("Events here"), _("Events at this place"),
                       G_CALLBACK (on_event_row_activated_cb), self);
      for (guint i = 0; i < events->len; i++)
        {
          AtlasEvent *event = g_ptr_array_index (events, i);
          GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
          g_autofree char *date = atlas_event_format_date (event);

          label = append_label (box, date, "details-small");
          gtk_widget_add_css_class (label, "dim-label");
          gtk_widget_add_css_class (label, "numeric");
          append_label (box, atlas_event_get_title (event), NULL);
          append_row (list, box, "atlas-event", event);
        }
    }
  else if (!compact)
    append_label (card, _("No event in this knowledge base happened here."), "dim-label");

  if (compact)
    return;

  casualties = atlas_kb_get_casualties_for_place (kb, place);
  if (casualties->len > 0)
    {
      list = new_list (card, _("Casualty figures here"), _("Casualty figures at this place"),
                       G_CALLBACK (on_casualty_row_activated_cb), self);
      for (guint i = 0; i < casualties->len; i++)
        {
          AtlasCasualty *casualty = g_ptr_array_index (casualties, i);
          GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
          g_autofree char *figure = atlas_casualty_format (casualty);
          g_autofree char *reporter = g_strdup_printf (_("Reported by: %s"), atlas_casualty_get_reported_by (casualty));

          append_label (box, figure, NULL);
          label = append_label (box, reporter, "details-small");
          gtk_widget_add_css_class (label, "dim-label");
          append_row (list, box, "atlas-casualty", casualty);
        }
    }
}

static void
rebuild (AtlasDetailsView *self)
{
  AtlasCasualty *casualty = NULL;
  AtlasEvent *event = NULL;
  AtlasPlace *place = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->content))))
    gtk_box_remove (self->content, child);

  if (self->session && atlas_session_get_kb (self->session))
    {
      casualty = atlas_session_get_selected_casualty (self->session);
      event = atlas_session_get_selected_event (self->session);
      place = atlas_session_get_selected_place (self->session);
    }

  /* The selected place goes first: under a fact it is a short header (its names, and its
   * events behind an expander) that says where the map's click or the timeline's filter is,
   * while the fact stays in view below it */
  if (place)
    append_place_card (self, place, casualty != NULL || event != NULL);
  if (casualty)
    append_casualty_card (self, casualty);
  if (event)
    append_event_card (self, event);

  gtk_stack_set_visible_child_name (self->stack, casualty || event || place ? "details" : "empty");
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

/* Callbacks */


static void
on_place_row_activated_cb (GtkListBox       *list,
                           GtkListBoxRow    *row,
                           AtlasDetailsView *self)
{
  AtlasPlace *place = g_object_get_data (G_OBJECT (row), "atlas-place");

  g_assert (ATLAS_IS_PLACE (place));
  atlas_session_set_selected_place (self->session, place);
}

static void
on_event_row_activated_cb (GtkListBox       *list,
                           GtkListBoxRow    *row,
                           AtlasDetailsView *self)
{
  AtlasEvent *event = g_object_get_data (G_OBJECT (row), "atlas-event");

  g_assert (ATLAS_IS_EVENT (event));
  atlas_session_set_selected_event (self->session, event);
}

static void
on_casualty_row_activated_cb (GtkListBox       *list,
                              GtkListBoxRow    *row,
                              AtlasDetailsView *self)
{
  AtlasCasualty *casualty = g_object_get_data (G_OBJECT (row), "atlas-casualty");

  g_assert (ATLAS_IS_CASUALTY (casualty));
  atlas_session_set_selected_casualty (self->session, casualty);
}

static void
on_source_row_activated_cb (GtkListBox       *list,
                            GtkListBoxRow    *row,
                            AtlasDetailsView *self)
{
  const AtlasSource *source = g_object_get_data (G_OBJECT (row), "atlas-source");

  g_assert (source != NULL);
  atlas_session_show_source (self->session, source);
}

static void
on_show_on_map_clicked_cb (GtkButton        *button,
                           AtlasDetailsView *self)
{
  AtlasPlace *place = g_object_get_data (G_OBJECT (button), "atlas-place");

  g_assert (ATLAS_IS_PLACE (place));
  atlas_session_frame_place (self->session, place);
}

static void
on_figure_clicked_cb (GtkButton        *button,
                      AtlasDetailsView *self)
{
  AtlasCasualty *casualty = g_object_get_data (G_OBJECT (button), "atlas-casualty");

  g_assert (ATLAS_IS_CASUALTY (casualty));
  atlas_session_set_selected_casualty (self->session, casualty);
}

static void
on_show_source_clicked_cb (GtkButton        *button,
                           AtlasDetailsView *self)
{
  const AtlasSource *source = g_object_get_data (G_OBJECT (button), "atlas-source");

  g_assert (source != NULL);
  atlas_session_show_source (self->session, source);
}

static void
on_show_event_clicked_cb (GtkButton        *button,
                          AtlasDetailsView *self)
{
  /* The event stays selected; without the figure its own card is on top */
  atlas_session_set_selected_casualty (self->session, NULL);
}

/* GObject overrides */

static void
atlas_details_view_dispose (GObject *object)
{
  AtlasDetailsView *self = (AtlasDetailsView *)object;

  if (self->session_signals)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->session);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_DETAILS_VIEW);

  G_OBJECT_CLASS (atlas_details_view_parent_class)->dispose (object);
}

static void
atlas_details_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AtlasDetailsView *self = ATLAS_DETAILS_VIEW (object);

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
atlas_details_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AtlasDetailsView *self = ATLAS_DETAILS_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      atlas_details_view_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_details_view_class_init (AtlasDetailsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_details_view_dispose;
  object_class->get_property = atlas_details_view_get_property;
  object_class->set_property = atlas_details_view_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, ATLAS_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/atlas-details-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "detailsview");
  gtk_widget_class_bind_template_child (widget_class, AtlasDetailsView, scroller);
  gtk_widget_class_bind_template_child (widget_class, AtlasDetailsView, stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasDetailsView, content);
}

static void
atlas_details_view_init (AtlasDetailsView *self)
{
  static const char * const signals[] = {
    "notify::kb",
    "notify::selected-place",
    "notify::selected-event",
    "notify::selected-casualty",
  };

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_stack_set_visible_child_name (self->stack, "empty");

  /* The group follows whichever session is set, and lets go of the old one */
  self->session_signals = g_signal_group_new (ATLAS_TYPE_SESSION);
  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    g_signal_group_connect_swapped (self->session_signals, signals[i], G_CALLBACK (rebuild), self);
}

/* Public API */

AtlasDetailsView *
atlas_details_view_new (AtlasSession *session)
{
  g_return_val_if_fail (!session || ATLAS_IS_SESSION (session), NULL);

  return g_object_new (ATLAS_TYPE_DETAILS_VIEW, "session", session, NULL);
}

AtlasSession *
atlas_details_view_get_session (AtlasDetailsView *self)
{
  g_return_val_if_fail (ATLAS_IS_DETAILS_VIEW (self), NULL);
  return self->session;
}

void
atlas_details_view_set_session (AtlasDetailsView *self,
                                AtlasSession     *session)
{
  g_return_if_fail (ATLAS_IS_DETAILS_VIEW (self));
  g_return_if_fail (!session || ATLAS_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;

  g_signal_group_set_target (self->session_signals, session);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

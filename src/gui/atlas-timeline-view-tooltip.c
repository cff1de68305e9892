/* atlas-timeline-view-tooltip.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-timeline-view"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "atlas-article.h"
#include "atlas-event-types.h"
#include "atlas-locale.h"
#include "atlas-timeline-view-private.h"
#include "atlas-vocabulary.h"

/*
 * What the timeline says about what is under the pointer (its tooltips) and about the
 * selection (its accessible description): an event, or one casualty figure.
 */

char *
_atlas_timeline_view_describe_event (AtlasTimelineView *self,
                                     AtlasEvent        *event)
{
  const AtlasEventTypeInfo *info = atlas_event_types_lookup_in_kb (self->layout->kb, atlas_event_get_event_type (event));
  GPtrArray *figures = atlas_kb_get_casualties_for_event (self->layout->kb, event);
  g_autofree char *date = atlas_event_format_date (event);
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%s\n%s · %s", atlas_event_get_title (event), date,
                          info ? atlas_event_type_get_label (info) : atlas_event_get_event_type (event));

  if (atlas_event_get_date_precision (event) == ATLAS_DATE_PRECISION_MONTH)
    g_string_append_printf (text, " · %s", _("only the month is known"));
  else if (atlas_event_get_date_precision (event) == ATLAS_DATE_PRECISION_DAYS &&
           atlas_event_get_end_date (event) == ATLAS_DATE_NONE)
    g_string_append_printf (text, " · %s", _("approximate date"));
  if (atlas_event_get_status (event) == ATLAS_EVENT_STATUS_PLANNED)
    g_string_append_printf (text, " · %s",
                            atlas_vocabulary_get_label (ATLAS_VOCABULARY_EVENT_STATUS,
                                                        atlas_event_status_to_string (ATLAS_EVENT_STATUS_PLANNED)));

  for (guint i = 0; i < figures->len; i++)
    {
      AtlasCasualty *casualty = g_ptr_array_index (figures, i);
      g_autofree char *summary = atlas_casualty_format (casualty);

      /* Translators: a casualty figure and who reported it */
      g_string_append_printf (text, "\n• %s — %s", summary, atlas_casualty_get_reported_by (casualty));
    }

  return g_string_free (text, FALSE);
}

/* Over a compressed gap: how long it is and which days it leaves out */
char *
_atlas_timeline_view_describe_gap_at (AtlasTimelineView *self,
                                      double             x)
{
  const AtlasTimelineLayout *layout = self->layout;
  const AtlasTimeGap *gap;
  g_autofree char *length = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  if (x < layout->geo.plot_x0 || x > layout->geo.plot_x0 + layout->geo.plot_w ||
      (gap = atlas_time_scale_find_gap (&layout->scale, atlas_timeline_layout_x_to_day (layout, x))) == NULL)
    return NULL;

  length = atlas_time_scale_describe_gap (gap, FALSE);
  first = atlas_locale_format_date ((AtlasDate) ceil (gap->start), FALSE);
  last = atlas_locale_format_date ((AtlasDate) ceil (gap->end) - 1, FALSE);
  /* Translators: a stretch without events drawn narrow on the timeline: "7 months without
   * events", the first and last day it leaves out, and where to draw time continuously */
  return g_strdup_printf (_("%s\n%s – %s, drawn narrow (Types ▸ Compress empty time)"), length, first, last);
}

/* One casualty figure: the words of the source ("at least 27 killed (people)"), who gave it,
 * in which outlet and on which date, and the event it is about */
char *
_atlas_timeline_view_describe_casualty (AtlasTimelineView *self,
                                        AtlasCasualty     *casualty)
{
  g_autofree char *summary = atlas_casualty_format (casualty);
  g_autofree char *event_date = atlas_event_format_date (atlas_casualty_get_event (casualty));
  const AtlasSource *source = atlas_casualty_get_source (casualty);
  GString *text = g_string_new (summary);

  g_string_append_c (text, '\n');
  if (source && source->article)
    {
      g_autofree char *published = atlas_article_format_date (source->article);

      /* Translators: who gave a casualty figure, the outlet that reported it and the date of
       * the report: "Syrian Observatory for Human Rights, in The New Arab, 23 Sep 2016" */
      g_string_append_printf (text, _("%s, in %s, %s"), atlas_casualty_get_reported_by (casualty),
                              atlas_article_get_outlet (source->article), published);
    }
  else
    g_string_append (text, atlas_casualty_get_reported_by (casualty));

  g_string_append_printf (text, "\n%s", atlas_event_get_title (atlas_casualty_get_event (casualty)));
  g_string_append_printf (text, " · %s", event_date);

  return g_string_free (text, FALSE);
}

gboolean
_atlas_timeline_view_query_tooltip (GtkWidget  *widget,
                                    int         x,
                                    int         y,
                                    gboolean    keyboard_mode,
                                    GtkTooltip *tooltip)
{
  AtlasTimelineView *self = ATLAS_TIMELINE_VIEW (widget);
  AtlasEvent *event;
  AtlasCasualty *casualty;
  g_autofree char *text = NULL;
  /* Where the layout has the pointer; the event lookup takes the widget's x */
  double lx = _atlas_timeline_view_mirror_x (self, x);

  if (keyboard_mode)
    event = self->session ? atlas_session_get_selected_event (self->session) : NULL;
  else
    event = atlas_timeline_view_event_at (self, x, y);

  if (event == NULL && !keyboard_mode && (text = _atlas_timeline_view_describe_gap_at (self, lx)))
    {
      gtk_tooltip_set_text (tooltip, text);
      return TRUE;
    }

  if (event == NULL || self->layout->kb == NULL)
    return FALSE;

  /* Over a casualty bar: that figure, in the words of the source, who gave it and when */
  if (!keyboard_mode && (casualty = atlas_timeline_layout_casualty_at (self->layout, lx, y)))
    {
      g_autofree char *figure = _atlas_timeline_view_describe_casualty (self, casualty);

      gtk_tooltip_set_text (tooltip, figure);
      return TRUE;
    }

  text = _atlas_timeline_view_describe_event (self, event);

  if (!keyboard_mode && !self->layout->density)
    {
      for (guint i = 0; i < self->layout->items->len; i++)
        {
          const AtlasTimelineItem *item = atlas_timeline_layout_get_item (self->layout, i);

          if (item->kind == ATLAS_ITEM_CLUSTER &&
              atlas_timeline_layout_get_mark (self->layout, item->mark)->event == event &&
              lx >= item->x0 - ATLAS_TIMELINE_HIT_SLOP && lx <= item->x1 + ATLAS_TIMELINE_HIT_SLOP &&
              item->count > 1)
            {
              g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                    "%u event here: zoom in to see it",
                                                                    "%u events here: zoom in to see them",
                                                                    item->count),
                                                       item->count);
              g_autofree char *joined = g_strconcat (text, "\n\n", more, NULL);

              g_free (text);
              text = g_steal_pointer (&joined);
              break;
            }
        }
    }
  else if (!keyboard_mode && self->layout->density)
    {
      g_autofree char *joined = g_strconcat (text, "\n\n", _("Many events here: zoom in to see them"), NULL);

      g_free (text);
      text = g_steal_pointer (&joined);
    }

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}


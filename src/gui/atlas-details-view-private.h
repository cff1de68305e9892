/* atlas-details-view-private.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-details-view.h"

G_BEGIN_DECLS

struct _AtlasDetailsView
{
  GtkWidget          parent_instance;

  AtlasSession      *session;
  GSignalGroup      *session_signals;
  char              *problems_shown;  /* _atlas_details_describe_problems() of the cards */

  /* Template widgets */
  GtkScrolledWindow *scroller;
  GtkStack          *stack;
  GtkBox            *content;
};

/* atlas-details-blocks.c */
char       *_atlas_details_quote_text             (const char       *text);
void        _atlas_details_set_direction_from_text (GtkWidget      *label,
                                                    const char     *text);
GtkWidget  *_atlas_details_new_label              (const char       *text,
                                                   const char       *css_class);
GtkWidget  *_atlas_details_append_label           (GtkWidget        *box,
                                                   const char       *text,
                                                   const char       *css_class);
GtkWidget  *_atlas_details_new_badge              (const char       *text,
                                                   const char       *css_class);
GtkWidget  *_atlas_details_new_card               (GtkWidget        *parent,
                                                   const char       *kicker,
                                                   const char       *accessible_label);
GtkWidget  *_atlas_details_new_list               (GtkWidget        *card,
                                                   const char       *heading,
                                                   const char       *accessible_label,
                                                   GCallback         activated,
                                                   AtlasDetailsView *self);
GtkWidget  *_atlas_details_append_row             (GtkWidget        *list,
                                                   GtkWidget        *child,
                                                   const char       *data_key,
                                                   gpointer          data);
void        _atlas_details_append_edit_buttons    (GtkWidget        *card,
                                                   const char       *edit_label,
                                                   const char       *edit_action,
                                                   const char       *delete_label,
                                                   const char       *delete_action);
void        _atlas_details_append_note            (GtkWidget        *card,
                                                   const char       *heading,
                                                   const char       *note);
GtkWidget  *_atlas_details_new_show_on_map_button (AtlasDetailsView *self,
                                                   AtlasPlace       *place);
GtkWidget  *_atlas_details_append_facts           (GtkWidget        *card);
void        _atlas_details_append_fact            (GtkWidget        *facts,
                                                   const char       *caption,
                                                   GtkWidget        *value);
GtkWidget  *_atlas_details_new_date_label         (AtlasEvent       *event);
GtkWidget  *_atlas_details_new_places_label       (AtlasDetailsView *self,
                                                   GPtrArray        *places);
GtkWidget  *_atlas_details_append_quote           (AtlasDetailsView *self,
                                                   GtkWidget        *card,
                                                   const AtlasSource *source,
                                                   gboolean          with_byline);
const char *_atlas_details_precision_label        (AtlasPrecision    precision);

/* atlas-details-problems.c */
GtkWidget  *_atlas_details_append_orphan          (AtlasDetailsView  *self,
                                                   GtkWidget         *card,
                                                   const AtlasSource *source);
void        _atlas_details_append_problems        (AtlasDetailsView  *self,
                                                   GtkWidget         *card,
                                                   gpointer           item);
char       *_atlas_details_describe_problems      (AtlasDetailsView  *self,
                                                   gpointer          *items,
                                                   guint              n_items);

/* atlas-details-place.c, atlas-details-event.c, atlas-details-figures.c */
void        _atlas_details_view_append_place_card    (AtlasDetailsView *self,
                                                      AtlasPlace       *place,
                                                      gboolean          compact);
void        _atlas_details_view_append_event_card    (AtlasDetailsView *self,
                                                      AtlasEvent       *event);
void        _atlas_details_view_append_figures       (AtlasDetailsView *self,
                                                      GtkWidget        *card,
                                                      GPtrArray        *casualties);
void        _atlas_details_view_append_casualty_card (AtlasDetailsView *self,
                                                      AtlasCasualty    *casualty);

G_END_DECLS

/* atlas-reader-view-private.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-reader-view.h"

G_BEGIN_DECLS

struct _AtlasReaderView
{
  GtkWidget           parent_instance;

  AtlasSession       *session;
  GSignalGroup       *session_signals;
  AtlasArticle       *article;      /* the article in the buffer */
  AtlasKb            *kb;           /* whose facts' changes mark the spans again */
  guint               spans_source; /* marking them again, after the edits of one step */
  GArray             *spans;        /* Span, by start then length */
  GtkSingleSelection *selection;
  GtkTextMark        *focus_mark;
  GtkTextTag         *event_tag;
  GtkTextTag         *casualty_only_tag;
  GtkTextTag         *casualty_tag;
  GtkTextTag         *focus_tag;
  guint               focus_start;
  guint               focus_end;
  guint               margins_source;
  guint               rescroll_source;
  guint               rescroll_tries;
  double              rescroll_yalign;
  guint               syncing_list : 1;
  guint               over_span : 1;

  /* Template widgets */
  GtkWidget          *content;
  GtkPopover         *articles_popover;
  GtkListView        *article_list;
  GtkStack           *stack;
  GtkLabel           *meta_label;
  GtkLabel           *title_label;
  GtkLabel           *link_label;
  GtkWidget          *also_bar;
  GtkFlowBox         *also_box;
  GtkTextView        *text_view;
};

/* atlas-reader-text.c */
void _atlas_reader_view_init_text    (AtlasReaderView *self);
void _atlas_reader_view_load_text    (AtlasReaderView *self);
void _atlas_reader_view_mark_spans   (AtlasReaderView *self);
void _atlas_reader_view_update_focus (AtlasReaderView *self,
                                      gboolean         article_changed);
void _atlas_reader_view_rescroll     (AtlasReaderView *self);

G_END_DECLS

/* atlas-window-private.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-details-view.h"
#include "atlas-event-list.h"
#include "atlas-map-view.h"
#include "atlas-place-list.h"
#include "atlas-reader-view.h"
#include "atlas-timeline-panel.h"
#include "atlas-window.h"

G_BEGIN_DECLS

struct _AtlasWindow
{
  GtkApplicationWindow  parent_instance;

  AtlasSession         *session;
  GPtrArray            *problems;
  GFile                *problems_file;     /* the file the problems bar speaks of */
  gboolean              problems_opened;   /* the bar lists the warnings of a file that opened */
  GCancellable         *cancellable;
  GFile                *loading_file;      /* the file being opened, while it loads */
  guint                 n_loading;
  gboolean              embedded_open;     /* the KB shown is the one built in */
  GtkFileChooserNative *chooser;
  GSettings            *settings;
  GListModel           *search_model;
  gboolean              show_tiles;
  GFile                *restoring_file;    /* the KB opened last, while it is reopened */

  /* Editing (atlas-window-edit.c) */
  GFile                *file;              /* the open KB's file; NULL for the built-in one */
  GFileMonitor         *monitor;
  char                 *file_etag;         /* the file as opened or last saved */
  guint                 recovery_id;       /* the recovery copy, written soon after an edit */
  AtlasKb              *recovery_kb;       /* (unowned) the KB whose changes the copy holds */
  gboolean              saving;
  GFile                *saving_file;
  GtkFileChooserNative *save_chooser;
  int                   after_save;        /* what waits for the save the user asked for */
  GFile                *after_save_file;   /* the KB to open then; NULL for the built-in one */
  gboolean              close_confirmed;
  int                   notice;

  /* Template widgets */
  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkSpinner           *loading_spinner;
  GtkRevealer          *problems_revealer;
  GtkLabel             *problems_title;
  GtkLabel             *problems_label;
  GtkWidget            *problems_embedded_button;
  GtkRevealer          *notice_revealer;
  GtkLabel             *notice_label;
  GtkButton            *notice_primary;
  GtkButton            *notice_secondary;
  GtkLabel             *modified_label;
  GtkToggleButton      *search_button;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkPopover           *search_popover;
  GtkStack             *search_stack;
  GtkLabel             *search_count;
  GtkListView          *search_results;
  GtkPaned             *timeline_paned;
  GtkPaned             *side_paned;
  GtkStack             *side_stack;
  AtlasMapView         *map_view;
  AtlasDetailsView     *details_view;
  AtlasEventList       *event_list;
  AtlasPlaceList       *place_list;
  AtlasReaderView      *reader_view;
  AtlasTimelinePanel   *timeline_panel;

  /* Orphaned sources (atlas-window-orphans.c): the one being placed again, by its fact */
  GtkRevealer          *orphans_revealer;
  GtkLabel             *orphans_label;
  GtkButton            *orphans_next_button;
  GtkButton            *orphans_place_button;
  GtkButton            *orphans_cancel_button;
  GtkButton            *orphans_close_button;
  GtkWidget            *orphans_placing_box;
  char                 *placing_id;
  gboolean              placing_figure;
  guint                 placing_index;
  gboolean              orphans_dismissed;
  guint                 orphans_update_id;

  /* F6 has been pressed: the first press shows the focus where the window put it */
  gboolean              f6_pressed;
};

void _atlas_window_class_actions_init (AtlasWindowClass *klass);
void _atlas_window_actions_init       (AtlasWindow      *self);

/* atlas-window-export.c: Export… */
void _atlas_window_class_export_init (AtlasWindowClass *klass);

void _atlas_window_show_error       (AtlasWindow      *self,
                                     const char       *title,
                                     const GError     *error);

void _atlas_window_class_facts_init     (AtlasWindowClass *klass);
void _atlas_window_facts_init           (AtlasWindow      *self);
void _atlas_window_facts_update_actions (AtlasWindow      *self);

/* atlas-window-items.c: editing and deleting reports and places */
void _atlas_window_class_items_init     (AtlasWindowClass *klass);
void _atlas_window_items_init           (AtlasWindow      *self);
void _atlas_window_items_update_actions (AtlasWindow      *self);

/* atlas-window-orphans.c: sources whose words were lost, placed again */
void _atlas_window_class_orphans_init (AtlasWindowClass *klass);
void _atlas_window_orphans_init       (AtlasWindow      *self);
void _atlas_window_orphans_dispose    (AtlasWindow      *self);
void _atlas_window_orphans_kb_opened  (AtlasWindow      *self,
                                       GPtrArray        *problems);

void _atlas_window_class_problems_init (AtlasWindowClass *klass);
void _atlas_window_problems_init       (AtlasWindow      *self);
void _atlas_window_show_problems       (AtlasWindow      *self,
                                        GFile            *file,
                                        GPtrArray        *problems,
                                        const GError     *error,
                                        gboolean          opened);
void _atlas_window_show_message        (AtlasWindow      *self,
                                        const char       *title,
                                        const char       *text);
void _atlas_window_hide_problems       (AtlasWindow      *self);

void _atlas_window_class_edit_init  (AtlasWindowClass *klass);
void _atlas_window_edit_init        (AtlasWindow      *self);
void _atlas_window_edit_dispose     (AtlasWindow      *self);
void _atlas_window_edit_kb_closing  (AtlasWindow      *self);
void _atlas_window_edit_replace_kb  (AtlasWindow      *self,
                                     GFile            *file);
void _atlas_window_open_embedded_chosen (AtlasWindow  *self);
void _atlas_window_edit_kb_opened   (AtlasWindow      *self,
                                     GFile            *file);

/* atlas-window-state.c: settings */
void     _atlas_window_state_init            (AtlasWindow *self);
void     _atlas_window_state_save            (AtlasWindow *self);
void     _atlas_window_state_kb_opened       (AtlasWindow *self,
                                              GFile       *file);
void     _atlas_window_state_embedded_chosen (AtlasWindow *self);
gboolean _atlas_window_state_restore_failed  (AtlasWindow *self,
                                              GFile       *file);

/* atlas-window-focus.c: F6 between the panes */
void _atlas_window_class_focus_init   (AtlasWindowClass *klass);
void _atlas_window_focus_init         (AtlasWindow      *self);
void _atlas_window_help_overlay_init  (AtlasWindow      *self);

G_END_DECLS

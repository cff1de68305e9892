/* atlas-kb-private.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-kb.h"

G_BEGIN_DECLS

/* The item structs are shared with the loader, which fills them in once; after loading they
 * are never changed (the KB is immutable). Cross references hold strong references in one
 * direction only (event → place, casualty → event), so there are no cycles. */

struct _AtlasArticle
{
  GObject    parent_instance;

  char      *id;
  char      *title;
  char      *outlet;
  char      *url;
  char      *text;
  char      *sha256;    /* of text, lower-case hex (format 2 member `sha256`, else computed) */
  /* The hash of the text the sources were anchored in, when that was another text: the file's
   * `sha256` when it was not that of the text, or the text's before atlas_article_set_text().
   * The writer writes it instead of sha256 while a source of the article is orphaned or does
   * not hold its quote, so that it is looked for again, never trusted, when the file is read. */
  char      *anchored_sha256;
  AtlasDate  published;
  guint      n_chars;
  /* byte offset of every 64th character, to turn character offsets into pointers quickly */
  GArray    *checkpoints;
};

struct _AtlasPlace
{
  GObject         parent_instance;

  char           *id;
  char           *name;
  char           *name_ar;
  char          **aliases;
  char           *kind;
  char           *source;
  char           *note;
  AtlasGeometry  *geometry;
  double          lat;
  double          lon;
  AtlasPrecision  precision;
  guint           has_location : 1;
  guint           index;          /* position in the KB's places */
};

struct _AtlasEvent
{
  GObject             parent_instance;

  char               *id;
  char               *title;
  char               *summary;
  char               *type;
  char               *note;
  char              **actors;
  GPtrArray          *places;      /* AtlasPlace */
  GArray             *sources;     /* AtlasSource */
  AtlasDate           date;
  AtlasDate           end_date;
  AtlasDatePrecision  date_precision;
  AtlasEventStatus    status;
  AtlasVerification   verification;
  guint               file_index;  /* position in the file, to break date ties stably */
  guint               position;    /* position in date order */
};

struct _AtlasCasualty
{
  GObject      parent_instance;

  char        *id;
  char        *who;
  char        *qualifier;
  char        *reported_by;
  char        *note;
  AtlasEvent  *event;
  GPtrArray   *places;            /* AtlasPlace */
  AtlasSource  source;
  AtlasCount   killed;
  AtlasCount   injured;
  /* format 2: the period the figure counts over ("since 22 September"); 0 when it counts on
   * its event's date */
  AtlasDate    period_start;
  AtlasDate    period_end;
  /* format 2: figures that may count the same people, both ways (not owning: the KB owns
   * every figure, and the relation is symmetric, so owning would make cycles) */
  GPtrArray   *overlaps;          /* AtlasCasualty */
  AtlasVerification verification;
  guint        index;             /* position in the KB's casualty figures (atlas-kb-edit.c) */
};

struct _AtlasKb
{
  GObject     parent_instance;

  guint       format_version;  /* the `version` of the file read: 1 or 2 */
  char       *title;
  char       *display_name;
  char       *region_name;
  double      center_lat;
  double      center_lon;
  double      zoom;
  gboolean    has_center;

  GListStore *articles;
  GListStore *places;
  GListStore *events;       /* in date order */
  GListStore *casualties;

  GPtrArray  *event_array;  /* the same events, for binary search by date */
  guint       next_file_index;  /* the file_index an added event gets: it is written last */

  /* format 2: the event types the KB declares (AtlasKbEventType), or NULL for the built-in ones */
  GPtrArray  *event_types;

  /* Only in a snapshot written in a thread (atlas-kb-check.c): casualty → a copy of its
   * overlaps as they were, since an edit adds to and removes from the arrays of the figures a
   * figure overlaps, in place; the writer reads these instead (none: no overlaps) */
  GHashTable *frozen_overlaps;

  /* id → item; the ids are owned by the items */
  GHashTable *article_by_id;
  GHashTable *place_by_id;
  GHashTable *event_by_id;
  GHashTable *casualty_by_id;

  /* item → GPtrArray of items (not owning: the lists above own every item) */
  GHashTable *events_by_place;      /* see atlas_kb_get_events_for_place() */
  GHashTable *places_by_event;      /* only events whose figures add places */
  GHashTable *casualties_by_place;
  GHashTable *casualties_by_event;
  GHashTable *events_by_article;
  GHashTable *casualties_by_article;
};

AtlasKb *_atlas_kb_new_snapshot (AtlasKb *kb);
void _atlas_kb_build_indexes   (AtlasKb      *self,
                                 GPtrArray    *events);
void _atlas_source_clear        (AtlasSource  *source);
void _atlas_count_clear         (AtlasCount   *count);
void _atlas_kb_event_type_free  (AtlasKbEventType *type);
void _atlas_article_build_index (AtlasArticle *self);

G_END_DECLS

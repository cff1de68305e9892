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
};

struct _AtlasKb
{
  GObject     parent_instance;

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

void _atlas_kb_build_indexes   (AtlasKb      *self,
                                 GPtrArray    *events);
void _atlas_source_clear        (AtlasSource  *source);
void _atlas_article_build_index (AtlasArticle *self);

G_END_DECLS

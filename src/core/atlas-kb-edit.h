/* atlas-kb-edit.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-kb.h"

G_BEGIN_DECLS

/*
 * Drafts: the KB's items are immutable values, and an edit swaps one for another (issue 9).
 * To change a field, copy the item, set the field on the copy, and make an edit of the two
 * (atlas_edit_new_replace()). The setters are for drafts only: never call them on an item
 * that is in a KB, whose indexes would no longer match it.
 *
 * A copy has every field of the original, format 2 members included (verification, period,
 * overlaps, count words, source prefix and suffix), and its place in the file (an event's
 * file_index). References (places, articles, an event, overlapping figures) are to the same
 * items of the KB.
 */

AtlasArticle  *atlas_article_new                (const char         *id);
AtlasArticle  *atlas_article_copy               (AtlasArticle       *self);
void           atlas_article_set_id             (AtlasArticle       *self,
                                                 const char         *id);
void           atlas_article_set_title          (AtlasArticle       *self,
                                                 const char         *title);
void           atlas_article_set_outlet         (AtlasArticle       *self,
                                                 const char         *outlet);
void           atlas_article_set_url            (AtlasArticle       *self,
                                                 const char         *url);
void           atlas_article_set_published      (AtlasArticle       *self,
                                                 AtlasDate           published);
void           atlas_article_set_text           (AtlasArticle       *self,
                                                 const char         *text);

AtlasPlace    *atlas_place_new                  (const char         *id);
AtlasPlace    *atlas_place_copy                 (AtlasPlace         *self);
void           atlas_place_set_id               (AtlasPlace         *self,
                                                 const char         *id);
void           atlas_place_set_name             (AtlasPlace         *self,
                                                 const char         *name);
void           atlas_place_set_name_ar          (AtlasPlace         *self,
                                                 const char         *name_ar);
void           atlas_place_set_aliases          (AtlasPlace         *self,
                                                 const char * const *aliases);
void           atlas_place_set_kind             (AtlasPlace         *self,
                                                 const char         *kind);
void           atlas_place_set_note             (AtlasPlace         *self,
                                                 const char         *note);
void           atlas_place_set_source           (AtlasPlace         *self,
                                                 const char         *source);
void           atlas_place_set_location         (AtlasPlace         *self,
                                                 gboolean            known,
                                                 double              lat,
                                                 double              lon,
                                                 AtlasPrecision      precision);

AtlasEvent    *atlas_event_new                  (const char         *id);
AtlasEvent    *atlas_event_copy                 (AtlasEvent         *self);
void           atlas_event_set_id               (AtlasEvent         *self,
                                                 const char         *id);
void           atlas_event_set_title            (AtlasEvent         *self,
                                                 const char         *title);
void           atlas_event_set_summary          (AtlasEvent         *self,
                                                 const char         *summary);
void           atlas_event_set_event_type       (AtlasEvent         *self,
                                                 const char         *type);
void           atlas_event_set_note             (AtlasEvent         *self,
                                                 const char         *note);
void           atlas_event_set_actors           (AtlasEvent         *self,
                                                 const char * const *actors);
void           atlas_event_set_dates            (AtlasEvent         *self,
                                                 AtlasDate           date,
                                                 AtlasDate           end_date,
                                                 AtlasDatePrecision  precision);
void           atlas_event_set_status           (AtlasEvent         *self,
                                                 AtlasEventStatus    status);
void           atlas_event_set_verification     (AtlasEvent         *self,
                                                 AtlasVerification   verification);
void           atlas_event_add_place            (AtlasEvent         *self,
                                                 AtlasPlace         *place);
void           atlas_event_remove_place         (AtlasEvent         *self,
                                                 AtlasPlace         *place);
void           atlas_event_add_source           (AtlasEvent         *self,
                                                 const AtlasSource  *source);
void           atlas_event_remove_source        (AtlasEvent         *self,
                                                 guint               index);

AtlasCasualty *atlas_casualty_new               (const char         *id,
                                                 AtlasEvent         *event,
                                                 const AtlasSource  *source);
AtlasCasualty *atlas_casualty_copy              (AtlasCasualty      *self);
void           atlas_casualty_set_id            (AtlasCasualty      *self,
                                                 const char         *id);
void           atlas_casualty_set_who           (AtlasCasualty      *self,
                                                 const char         *who);
void           atlas_casualty_set_qualifier     (AtlasCasualty      *self,
                                                 const char         *qualifier);
void           atlas_casualty_set_reported_by   (AtlasCasualty      *self,
                                                 const char         *reported_by);
void           atlas_casualty_set_note          (AtlasCasualty      *self,
                                                 const char         *note);
void           atlas_casualty_set_event         (AtlasCasualty      *self,
                                                 AtlasEvent         *event);
void           atlas_casualty_set_source        (AtlasCasualty      *self,
                                                 const AtlasSource  *source);
void           atlas_casualty_set_killed        (AtlasCasualty      *self,
                                                 const AtlasCount   *count);
void           atlas_casualty_set_injured       (AtlasCasualty      *self,
                                                 const AtlasCount   *count);
void           atlas_casualty_set_period        (AtlasCasualty      *self,
                                                 AtlasDate           start,
                                                 AtlasDate           end);
void           atlas_casualty_set_verification  (AtlasCasualty      *self,
                                                 AtlasVerification   verification);
void           atlas_casualty_add_place         (AtlasCasualty      *self,
                                                 AtlasPlace         *place);
void           atlas_casualty_remove_place      (AtlasCasualty      *self,
                                                 AtlasPlace         *place);
void           atlas_casualty_set_overlaps      (AtlasCasualty      *self,
                                                 AtlasCasualty     **overlaps,
                                                 guint               n_overlaps);

GPtrArray     *atlas_kb_get_facts_citing_article (AtlasKb           *self,
                                                 AtlasArticle       *article);

G_END_DECLS

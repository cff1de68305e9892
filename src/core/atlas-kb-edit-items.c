/* atlas-kb-edit-items.c: drafts of the KB's items, to edit them (see atlas-kb-edit.h)
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-kb-edit"

#include "config.h"

#include "atlas-anchor.h"
#include "atlas-kb-edit-private.h"

static void
set_string (char       **slot,
            const char  *value)
{
  if (*slot != value)
    {
      g_free (*slot);
      *slot = g_strdup (value);
    }
}

static void
copy_count (AtlasCount       *dest,
            const AtlasCount *src)
{
  _atlas_count_clear (dest);
  dest->min = src->min;
  dest->max = src->max;
  dest->words = g_strdup (src->words);
}

void
_atlas_source_copy (AtlasSource       *dest,
                    const AtlasSource *src)
{
  dest->article = src->article ? g_object_ref (src->article) : NULL;
  dest->start = src->start;
  dest->end = src->end;
  dest->quote = g_strdup (src->quote);
  dest->prefix = g_strdup (src->prefix);
  dest->suffix = g_strdup (src->suffix);
  dest->anchor = src->anchor;
}

/*
 * _atlas_source_anchor_again:
 * @source: a source whose quote, context and offsets were taken in an earlier text of @article
 * @article: (transfer none): the article as it is now; @source refers to it afterwards
 * @index: @article's text, indexed by atlas_anchor_text_new()
 *
 * The rule of data/kb-format.md for a report whose text changed, written once for the loader
 * (a file whose sha256 differs) and for the editor (a report's text changed in the app): the
 * source's words are found again by their quote and context, and it takes their offsets and
 * their context in the new text; or they cannot be found without doubt, and the source is
 * orphaned, keeping its quote and context for the user to place again. An orphan's offsets
 * mean nothing; they are kept inside the text so that no view reads past it.
 *
 * Returns: the source's state now
 */
AtlasAnchorState
_atlas_source_anchor_again (AtlasSource           *source,
                            AtlasArticle          *article,
                            const AtlasAnchorText *index)
{
  guint start = 0, end = 0;
  const char *from, *to;

  if (source->article != article)
    {
      g_clear_object (&source->article);
      source->article = g_object_ref (article);
    }

  source->anchor = atlas_anchor_text_find (index, source->quote, source->prefix, source->suffix, source->start,
                                           &start, &end);
  if (source->anchor == ATLAS_ANCHOR_ORPHANED)
    {
      source->start = MIN (source->start, article->n_chars);
      source->end = CLAMP (source->end, source->start, article->n_chars);
      return source->anchor;
    }

  source->start = start;
  source->end = end;
  from = atlas_article_offset_to_pointer (article, start);
  to = atlas_article_offset_to_pointer (article, end);
  g_clear_pointer (&source->prefix, g_free);
  g_clear_pointer (&source->suffix, g_free);
  atlas_anchor_context_at (article->text, from, to, ATLAS_ANCHOR_CONTEXT, &source->prefix, &source->suffix);
  return source->anchor;
}

/* Articles */

AtlasArticle *
atlas_article_new (const char *id)
{
  AtlasArticle *self;

  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (ATLAS_TYPE_ARTICLE, NULL);
  self->id = g_strdup (id);
  self->title = g_strdup ("");
  self->outlet = g_strdup ("");
  atlas_article_set_text (self, "");
  return self;
}

AtlasArticle *
atlas_article_copy (AtlasArticle *self)
{
  AtlasArticle *copy;

  g_return_val_if_fail (ATLAS_IS_ARTICLE (self), NULL);

  copy = g_object_new (ATLAS_TYPE_ARTICLE, NULL);
  copy->id = g_strdup (self->id);
  copy->title = g_strdup (self->title);
  copy->outlet = g_strdup (self->outlet);
  copy->url = g_strdup (self->url);
  copy->text = g_strdup (self->text);
  copy->sha256 = g_strdup (self->sha256);
  copy->anchored_sha256 = g_strdup (self->anchored_sha256);
  copy->published = self->published;
  _atlas_article_build_index (copy);
  return copy;
}

void
atlas_article_set_id (AtlasArticle *self,
                      const char   *id)
{
  g_return_if_fail (ATLAS_IS_ARTICLE (self));
  g_return_if_fail (id != NULL);
  set_string (&self->id, id);
}

void
atlas_article_set_title (AtlasArticle *self,
                         const char   *title)
{
  g_return_if_fail (ATLAS_IS_ARTICLE (self));
  set_string (&self->title, title);
}

void
atlas_article_set_outlet (AtlasArticle *self,
                          const char   *outlet)
{
  g_return_if_fail (ATLAS_IS_ARTICLE (self));
  set_string (&self->outlet, outlet);
}

void
atlas_article_set_url (AtlasArticle *self,
                       const char   *url)
{
  g_return_if_fail (ATLAS_IS_ARTICLE (self));
  set_string (&self->url, url);
}

void
atlas_article_set_published (AtlasArticle *self,
                             AtlasDate     published)
{
  g_return_if_fail (ATLAS_IS_ARTICLE (self));
  self->published = published;
}

/**
 * atlas_article_set_text:
 *
 * Sets the text and forgets its hash, which atlas_article_get_sha256() computes again. The
 * sources that quote the article are not changed here: atlas_edit_new_replace() finds their
 * words again in the new text, or orphans them, in the same edit.
 */
void
atlas_article_set_text (AtlasArticle *self,
                        const char   *text)
{
  g_return_if_fail (ATLAS_IS_ARTICLE (self));
  g_return_if_fail (text != NULL);

  /* What the sources were anchored in, for the writer (atlas-kb-private.h) */
  if (self->anchored_sha256 == NULL && self->text != NULL && g_strcmp0 (self->text, text) != 0)
    self->anchored_sha256 = g_strdup (atlas_article_get_sha256 (self));
  set_string (&self->text, text);
  g_clear_pointer (&self->sha256, g_free);
  _atlas_article_build_index (self);
}

/* Places */

AtlasPlace *
atlas_place_new (const char *id)
{
  AtlasPlace *self;

  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (ATLAS_TYPE_PLACE, NULL);
  self->id = g_strdup (id);
  self->name = g_strdup ("");
  return self;
}

AtlasPlace *
atlas_place_copy (AtlasPlace *self)
{
  AtlasPlace *copy;

  g_return_val_if_fail (ATLAS_IS_PLACE (self), NULL);

  copy = g_object_new (ATLAS_TYPE_PLACE, NULL);
  copy->id = g_strdup (self->id);
  copy->name = g_strdup (self->name);
  copy->name_ar = g_strdup (self->name_ar);
  copy->aliases = g_strdupv (self->aliases);
  copy->kind = g_strdup (self->kind);
  copy->source = g_strdup (self->source);
  copy->note = g_strdup (self->note);
  copy->geometry = self->geometry ? atlas_geometry_ref (self->geometry) : NULL;
  copy->lat = self->lat;
  copy->lon = self->lon;
  copy->precision = self->precision;
  copy->has_location = self->has_location;
  copy->index = self->index;
  return copy;
}

void
atlas_place_set_id (AtlasPlace *self,
                    const char *id)
{
  g_return_if_fail (ATLAS_IS_PLACE (self));
  g_return_if_fail (id != NULL);
  set_string (&self->id, id);
}

void
atlas_place_set_name (AtlasPlace *self,
                      const char *name)
{
  g_return_if_fail (ATLAS_IS_PLACE (self));
  g_return_if_fail (name != NULL);
  set_string (&self->name, name);
}

void
atlas_place_set_name_ar (AtlasPlace *self,
                         const char *name_ar)
{
  g_return_if_fail (ATLAS_IS_PLACE (self));
  set_string (&self->name_ar, name_ar);
}

void
atlas_place_set_aliases (AtlasPlace         *self,
                         const char * const *aliases)
{
  g_return_if_fail (ATLAS_IS_PLACE (self));
  g_strfreev (self->aliases);
  self->aliases = aliases && aliases[0] ? g_strdupv ((char **) aliases) : NULL;
}

void
atlas_place_set_kind (AtlasPlace *self,
                      const char *kind)
{
  g_return_if_fail (ATLAS_IS_PLACE (self));
  set_string (&self->kind, kind);
}

void
atlas_place_set_note (AtlasPlace *self,
                      const char *note)
{
  g_return_if_fail (ATLAS_IS_PLACE (self));
  set_string (&self->note, note);
}

void
atlas_place_set_source (AtlasPlace *self,
                        const char *source)
{
  g_return_if_fail (ATLAS_IS_PLACE (self));
  set_string (&self->source, source);
}

/**
 * atlas_place_set_location:
 * @known: %FALSE when the location is unknown (then @lat and @lon are ignored)
 *
 * Sets the point and how well it is known. The outline, if any, is kept.
 */
void
atlas_place_set_location (AtlasPlace     *self,
                          gboolean        known,
                          double          lat,
                          double          lon,
                          AtlasPrecision  precision)
{
  g_return_if_fail (ATLAS_IS_PLACE (self));

  self->has_location = !!known;
  self->lat = known ? lat : 0;
  self->lon = known ? lon : 0;
  self->precision = precision;
}

/* Events */

AtlasEvent *
atlas_event_new (const char *id)
{
  AtlasEvent *self;

  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (ATLAS_TYPE_EVENT, NULL);
  self->id = g_strdup (id);
  self->title = g_strdup ("");
  self->type = g_strdup ("other");
  return self;
}

AtlasEvent *
atlas_event_copy (AtlasEvent *self)
{
  AtlasEvent *copy;

  g_return_val_if_fail (ATLAS_IS_EVENT (self), NULL);

  copy = g_object_new (ATLAS_TYPE_EVENT, NULL);
  copy->id = g_strdup (self->id);
  copy->title = g_strdup (self->title);
  copy->summary = g_strdup (self->summary);
  copy->type = g_strdup (self->type);
  copy->note = g_strdup (self->note);
  copy->actors = g_strdupv (self->actors);
  g_ptr_array_extend (copy->places, self->places, (GCopyFunc) (void (*) (void)) g_object_ref, NULL);
  for (guint i = 0; i < self->sources->len; i++)
    atlas_event_add_source (copy, &g_array_index (self->sources, AtlasSource, i));
  copy->date = self->date;
  copy->end_date = self->end_date;
  copy->date_precision = self->date_precision;
  copy->status = self->status;
  copy->verification = self->verification;
  copy->file_index = self->file_index;
  copy->position = self->position;
  return copy;
}

void
atlas_event_set_id (AtlasEvent *self,
                    const char *id)
{
  g_return_if_fail (ATLAS_IS_EVENT (self));
  g_return_if_fail (id != NULL);
  set_string (&self->id, id);
}

void
atlas_event_set_title (AtlasEvent *self,
                       const char *title)
{
  g_return_if_fail (ATLAS_IS_EVENT (self));
  g_return_if_fail (title != NULL);
  set_string (&self->title, title);
}

void
atlas_event_set_summary (AtlasEvent *self,
                         const char *summary)
{
  g_return_if_fail (ATLAS_IS_EVENT (self));
  set_string (&self->summary, summary);
}

void
atlas_event_set_event_type (AtlasEvent *self,
                            const char *type)
{
  g_return_if_fail (ATLAS_IS_EVENT (self));
  g_return_if_fail (type != NULL);
  set_string (&self->type, type);
}

void
atlas_event_set_note (AtlasEvent *self,
                      const char *note)
{
  g_return_if_fail (ATLAS_IS_EVENT (self));
  set_string (&self->note, note);
}

void
atlas_event_set_actors (AtlasEvent         *self,
                        const char * const *actors)
{
  g_return_if_fail (ATLAS_IS_EVENT (self));
  g_strfreev (self->actors);
  self->actors = actors && actors[0] ? g_strdupv ((char **) actors) : NULL;
}

/**
 * atlas_event_set_dates:
 * @end_date: the last day of a range, or %ATLAS_DATE_NONE for one day
 */
void
atlas_event_set_dates (AtlasEvent         *self,
                       AtlasDate           date,
                       AtlasDate           end_date,
                       AtlasDatePrecision  precision)
{
  g_return_if_fail (ATLAS_IS_EVENT (self));
  g_return_if_fail (end_date == ATLAS_DATE_NONE || end_date >= date);

  self->date = date;
  self->end_date = end_date;
  self->date_precision = precision;
}

void
atlas_event_set_status (AtlasEvent       *self,
                        AtlasEventStatus  status)
{
  g_return_if_fail (ATLAS_IS_EVENT (self));
  self->status = status;
}

void
atlas_event_set_verification (AtlasEvent        *self,
                              AtlasVerification  verification)
{
  g_return_if_fail (ATLAS_IS_EVENT (self));
  self->verification = verification;
}

void
atlas_event_add_place (AtlasEvent *self,
                       AtlasPlace *place)
{
  g_return_if_fail (ATLAS_IS_EVENT (self));
  g_return_if_fail (ATLAS_IS_PLACE (place));
  g_ptr_array_add (self->places, g_object_ref (place));
}

/* Removes every mention of @place */
void
atlas_event_remove_place (AtlasEvent *self,
                          AtlasPlace *place)
{
  g_return_if_fail (ATLAS_IS_EVENT (self));
  while (g_ptr_array_remove (self->places, place))
    ;
}

void
atlas_event_add_source (AtlasEvent        *self,
                        const AtlasSource *source)
{
  AtlasSource copy = { 0 };

  g_return_if_fail (ATLAS_IS_EVENT (self));
  g_return_if_fail (source != NULL && ATLAS_IS_ARTICLE (source->article));

  _atlas_source_copy (&copy, source);
  g_array_append_val (self->sources, copy);
}

void
atlas_event_remove_source (AtlasEvent *self,
                           guint       index)
{
  g_return_if_fail (ATLAS_IS_EVENT (self));
  g_return_if_fail (index < self->sources->len);
  g_array_remove_index (self->sources, index);
}

/* Casualty figures */

AtlasCasualty *
atlas_casualty_new (const char        *id,
                    AtlasEvent        *event,
                    const AtlasSource *source)
{
  AtlasCasualty *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (ATLAS_IS_EVENT (event), NULL);
  g_return_val_if_fail (source != NULL && ATLAS_IS_ARTICLE (source->article), NULL);

  self = g_object_new (ATLAS_TYPE_CASUALTY, NULL);
  self->id = g_strdup (id);
  self->who = g_strdup ("");
  self->event = g_object_ref (event);
  _atlas_source_copy (&self->source, source);
  return self;
}

AtlasCasualty *
atlas_casualty_copy (AtlasCasualty *self)
{
  AtlasCasualty *copy;

  g_return_val_if_fail (ATLAS_IS_CASUALTY (self), NULL);

  copy = g_object_new (ATLAS_TYPE_CASUALTY, NULL);
  copy->id = g_strdup (self->id);
  copy->who = g_strdup (self->who);
  copy->qualifier = g_strdup (self->qualifier);
  copy->reported_by = g_strdup (self->reported_by);
  copy->note = g_strdup (self->note);
  copy->event = g_object_ref (self->event);
  g_ptr_array_extend (copy->places, self->places, (GCopyFunc) (void (*) (void)) g_object_ref, NULL);
  _atlas_source_copy (&copy->source, &self->source);
  copy_count (&copy->killed, &self->killed);
  copy_count (&copy->injured, &self->injured);
  copy->period_start = self->period_start;
  copy->period_end = self->period_end;
  if (self->overlaps && self->overlaps->len > 0)
    {
      /* Not owning, whatever the original's array does (see atlas-kb-private.h) */
      copy->overlaps = g_ptr_array_sized_new (self->overlaps->len);
      g_ptr_array_extend (copy->overlaps, self->overlaps, NULL, NULL);
    }
  copy->verification = self->verification;
  copy->index = self->index;
  return copy;
}

void
atlas_casualty_set_id (AtlasCasualty *self,
                       const char    *id)
{
  g_return_if_fail (ATLAS_IS_CASUALTY (self));
  g_return_if_fail (id != NULL);
  set_string (&self->id, id);
}

void
atlas_casualty_set_who (AtlasCasualty *self,
                        const char    *who)
{
  g_return_if_fail (ATLAS_IS_CASUALTY (self));
  set_string (&self->who, who);
}

void
atlas_casualty_set_qualifier (AtlasCasualty *self,
                              const char    *qualifier)
{
  g_return_if_fail (ATLAS_IS_CASUALTY (self));
  set_string (&self->qualifier, qualifier);
}

void
atlas_casualty_set_reported_by (AtlasCasualty *self,
                                const char    *reported_by)
{
  g_return_if_fail (ATLAS_IS_CASUALTY (self));
  set_string (&self->reported_by, reported_by);
}

void
atlas_casualty_set_note (AtlasCasualty *self,
                         const char    *note)
{
  g_return_if_fail (ATLAS_IS_CASUALTY (self));
  set_string (&self->note, note);
}

void
atlas_casualty_set_event (AtlasCasualty *self,
                          AtlasEvent    *event)
{
  g_return_if_fail (ATLAS_IS_CASUALTY (self));
  g_return_if_fail (ATLAS_IS_EVENT (event));
  g_set_object (&self->event, event);
}

void
atlas_casualty_set_source (AtlasCasualty     *self,
                           const AtlasSource *source)
{
  AtlasSource copy = { 0 };

  g_return_if_fail (ATLAS_IS_CASUALTY (self));
  g_return_if_fail (source != NULL && ATLAS_IS_ARTICLE (source->article));

  _atlas_source_copy (&copy, source);
  _atlas_source_clear (&self->source);
  self->source = copy;
}

void
atlas_casualty_set_killed (AtlasCasualty    *self,
                           const AtlasCount *count)
{
  g_return_if_fail (ATLAS_IS_CASUALTY (self));
  g_return_if_fail (count != NULL);
  copy_count (&self->killed, count);
}

void
atlas_casualty_set_injured (AtlasCasualty    *self,
                            const AtlasCount *count)
{
  g_return_if_fail (ATLAS_IS_CASUALTY (self));
  g_return_if_fail (count != NULL);
  copy_count (&self->injured, count);
}

/**
 * atlas_casualty_set_period:
 *
 * Sets the period the figure counts over, or none when @start is %ATLAS_DATE_NONE.
 */
void
atlas_casualty_set_period (AtlasCasualty *self,
                           AtlasDate      start,
                           AtlasDate      end)
{
  g_return_if_fail (ATLAS_IS_CASUALTY (self));
  g_return_if_fail (start == ATLAS_DATE_NONE || end >= start);

  self->period_start = start;
  self->period_end = start == ATLAS_DATE_NONE ? ATLAS_DATE_NONE : end;
}

void
atlas_casualty_set_verification (AtlasCasualty     *self,
                                 AtlasVerification  verification)
{
  g_return_if_fail (ATLAS_IS_CASUALTY (self));
  self->verification = verification;
}

void
atlas_casualty_add_place (AtlasCasualty *self,
                          AtlasPlace    *place)
{
  g_return_if_fail (ATLAS_IS_CASUALTY (self));
  g_return_if_fail (ATLAS_IS_PLACE (place));
  g_ptr_array_add (self->places, g_object_ref (place));
}

void
atlas_casualty_remove_place (AtlasCasualty *self,
                             AtlasPlace    *place)
{
  g_return_if_fail (ATLAS_IS_CASUALTY (self));
  while (g_ptr_array_remove (self->places, place))
    ;
}

/**
 * atlas_casualty_set_overlaps:
 *
 * Sets the figures that may count the same people. The relation is symmetric: when the edit
 * puts the draft in the KB, the KB adds it to theirs.
 */
void
atlas_casualty_set_overlaps (AtlasCasualty  *self,
                             AtlasCasualty **overlaps,
                             guint           n_overlaps)
{
  g_return_if_fail (ATLAS_IS_CASUALTY (self));

  g_clear_pointer (&self->overlaps, g_ptr_array_unref);
  if (n_overlaps > 0)
    {
      self->overlaps = g_ptr_array_sized_new (n_overlaps);
      for (guint i = 0; i < n_overlaps; i++)
        g_ptr_array_add (self->overlaps, overlaps[i]);
    }
}

/**
 * atlas_kb_get_facts_citing_article:
 *
 * What deleting @article would touch, for the interface to say so: the events with a source
 * in it (in date order), then the casualty figures whose source it is (in KB order).
 *
 * Returns: (transfer container) (element-type GObject): events and figures
 */
GPtrArray *
atlas_kb_get_facts_citing_article (AtlasKb      *self,
                                   AtlasArticle *article)
{
  GPtrArray *facts;

  g_return_val_if_fail (ATLAS_IS_KB (self), NULL);
  g_return_val_if_fail (ATLAS_IS_ARTICLE (article), NULL);

  facts = g_ptr_array_copy (atlas_kb_get_events_for_article (self, article), NULL, NULL);
  g_ptr_array_extend (facts, atlas_kb_get_casualties_for_article (self, article), NULL, NULL);
  return facts;
}

/* atlas-vocabulary.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * AtlasVocabulary:
 * @ATLAS_VOCABULARY_PLACE_KIND: a place's `kind`
 * @ATLAS_VOCABULARY_PRECISION: a place's `precision`; a term's index is its #AtlasPrecision
 * @ATLAS_VOCABULARY_GEOMETRY_TYPE: the `type` of a place's `geometry` (no labels)
 * @ATLAS_VOCABULARY_EVENT_TYPE: an event's `type`, in the order of the legend
 * @ATLAS_VOCABULARY_DATE_PRECISION: an event's `date_precision`; a term's index is its
 *   #AtlasDatePrecision
 * @ATLAS_VOCABULARY_EVENT_STATUS: an event's `status`; a term's index is its #AtlasEventStatus
 * @ATLAS_VOCABULARY_WHO: a casualty figure's `who`
 * @ATLAS_VOCABULARY_VERIFICATION: the `verification` of an event or a casualty figure (format
 *   2); a term's index is its #AtlasVerification
 *
 * The closed vocabularies of the KB format (data/kb-format.md). Each is written once, in
 * atlas-vocabulary.c: the loader validates against it, the schema test compares it with the
 * schema's enums, and the views take their labels from it.
 */
typedef enum
{
  ATLAS_VOCABULARY_PLACE_KIND,
  ATLAS_VOCABULARY_PRECISION,
  ATLAS_VOCABULARY_GEOMETRY_TYPE,
  ATLAS_VOCABULARY_EVENT_TYPE,
  ATLAS_VOCABULARY_DATE_PRECISION,
  ATLAS_VOCABULARY_EVENT_STATUS,
  ATLAS_VOCABULARY_WHO,
  ATLAS_VOCABULARY_VERIFICATION,
  ATLAS_N_VOCABULARIES
} AtlasVocabulary;

/* How many event types there are: views that keep something per type size their arrays by it
 * (checked against the vocabulary when the program is built) */
#define ATLAS_N_EVENT_TYPES 7

/**
 * AtlasTerm:
 * @id: the word as the KB writes it, such as "ground-fighting"
 * @label: (nullable): the untranslated label, marked with N_(); translate it with _() or
 *   use atlas_vocabulary_get_label()
 */
typedef struct
{
  const char *id;
  const char *label;
} AtlasTerm;

const AtlasTerm *atlas_vocabulary_get_terms    (AtlasVocabulary  vocabulary,
                                                guint           *n_terms);
guint            atlas_vocabulary_get_n_terms  (AtlasVocabulary  vocabulary);
const char      *atlas_vocabulary_get_id       (AtlasVocabulary  vocabulary,
                                                guint            index);
int              atlas_vocabulary_lookup       (AtlasVocabulary  vocabulary,
                                                const char      *id);
gboolean         atlas_vocabulary_contains     (AtlasVocabulary  vocabulary,
                                                const char      *id);
const char      *atlas_vocabulary_get_label    (AtlasVocabulary  vocabulary,
                                                const char      *id);
char            *atlas_vocabulary_describe     (AtlasVocabulary  vocabulary);

G_END_DECLS

/* atlas-kb-loader-v2.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-kb"

#include "config.h"

#include <inttypes.h>

#include <string.h>

#include <glib/gi18n.h>

#include "atlas-anchor.h"
#include "atlas-count-words.h"
#include "atlas-kb-edit-private.h"
#include "atlas-kb-loader-private.h"

/* The members of KB format version 2 (issue 9; data/kb-format.md): articles' sha256 and
 * sources' prefix and suffix (anchors that survive edits), declared event types,
 * verification, vague words in counts, periods and overlaps of casualty figures. A version 1
 * file never reaches the readers of members here: they are ignored like any unknown member,
 * and the model gets what it needs computed (sha256, prefix, suffix). */

/* Shortens a text shown in a message to 80 characters */
static char *
shorten (const char *text,
         gsize       length)
{
  g_autofree char *copy = g_strndup (text, length);
  g_autofree char *head = NULL;

  if (g_utf8_strlen (copy, -1) <= 80)
    return g_steal_pointer (&copy);

  head = g_utf8_substring (copy, 0, 77);
  return g_strconcat (head, "…", NULL);
}

/* Articles */

static gboolean
is_sha256 (const char *value)
{
  if (strlen (value) != 64)
    return FALSE;

  for (const char *p = value; *p; p++)
    if (!g_ascii_isdigit (*p) && !(*p >= 'a' && *p <= 'f'))
      return FALSE;

  return TRUE;
}

/* Reads an article's `sha256` (version 2) and gives the article the hash of its text. A hash
 * that differs means that the text was edited after its facts were anchored: every source of
 * the article is then anchored again (_atlas_loader_anchor_source()). */
gboolean
_atlas_loader_read_sha256 (Loader       *L,
                           JsonObject   *obj,
                           AtlasArticle *article)
{
  const char *stored = NULL;

  g_clear_pointer (&article->sha256, g_free);
  article->sha256 = g_compute_checksum_for_string (G_CHECKSUM_SHA256, article->text, -1);

  if (L->version < 2 || !_atlas_loader_has_value (obj, "sha256"))
    return TRUE;

  if (!(stored = _atlas_loader_get_string (L, obj, "sha256", REQUIRED)))
    return FALSE;

  if (!is_sha256 (stored))
    {
      _atlas_loader_report (L, "sha256", _("expected the SHA-256 of the text as 64 lower-case hexadecimal digits, found \"%s\""),
                            stored);
      return FALSE;
    }

  if (strcmp (stored, article->sha256) != 0)
    {
      g_hash_table_insert (L->changed, article, atlas_anchor_text_new (article->text));
      g_free (article->anchored_sha256);
      article->anchored_sha256 = g_strdup (stored);
    }

  return TRUE;
}

/* Event types */

static gboolean
is_colour (const char *value)
{
  if (strlen (value) != 7 || value[0] != '#')
    return FALSE;

  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (value[i]))
      return FALSE;

  return TRUE;
}

void
_atlas_loader_parse_event_types (Loader     *L,
                                 JsonObject *root)
{
  JsonArray *array;
  guint n;

  if (L->version < 2 || !(array = _atlas_loader_get_array (L, root, "event_types", OPTIONAL)))
    return;

  n = json_array_get_length (array);
  L->types = g_hash_table_new (g_str_hash, g_str_equal);
  L->kb->event_types = g_ptr_array_new_with_free_func ((GDestroyNotify) _atlas_kb_event_type_free);

  if (n == 0)
    _atlas_loader_report (L, "event_types", _("expected at least one event type, found an empty array (leave event_types out to use the built-in types)"));

  _atlas_loader_push_key (L, "event_types");
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *obj;
      const char *id, *label, *colour;
      gboolean ok = TRUE;

      _atlas_loader_push_index (L, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          _atlas_loader_report (L, NULL, _("expected an event type object, found %s"), _atlas_loader_describe_node (node));
          _atlas_loader_pop (L);
          continue;
        }

      obj = json_node_get_object (node);
      id = _atlas_loader_get_id (L, obj, "event_types");
      label = _atlas_loader_get_string (L, obj, "label", REQUIRED);
      if ((colour = _atlas_loader_get_string (L, obj, "colour", REQUIRED)) && !is_colour (colour))
        {
          _atlas_loader_report (L, "colour", _("expected a colour as \"#rrggbb\", found \"%s\""), colour);
          ok = FALSE;
        }
      if (_atlas_loader_has_value (obj, "description"))
        ok = _atlas_loader_get_string (L, obj, "description", OPTIONAL) != NULL && ok;

      if (id && label && colour && ok)
        {
          AtlasKbEventType *type = g_new0 (AtlasKbEventType, 1);

          type->id = g_strdup (id);
          type->label = g_strdup (label);
          type->colour = g_ascii_strdown (colour, -1);
          g_ptr_array_add (L->kb->event_types, type);
          g_hash_table_add (L->types, type->id);
        }

      _atlas_loader_pop (L);
    }
  _atlas_loader_pop (L);
}

/* An event's `type`: one of the declared types when the KB declares some, else a built-in one */
char *
_atlas_loader_get_event_type (Loader     *L,
                              JsonObject *obj)
{
  g_autoptr(GString) choices = NULL;
  JsonNode *node;
  const char *value;
  int index;

  if (L->types == NULL)
    {
      index = _atlas_loader_get_choice (L, obj, "type", REQUIRED, ATLAS_VOCABULARY_EVENT_TYPE);
      return index < 0 ? NULL : g_strdup (atlas_vocabulary_get_id (ATLAS_VOCABULARY_EVENT_TYPE, index));
    }

  choices = g_string_new (NULL);
  for (guint i = 0; i < L->kb->event_types->len; i++)
    {
      AtlasKbEventType *type = g_ptr_array_index (L->kb->event_types, i);

      g_string_append_printf (choices, "%s\"%s\"", i > 0 ? ", " : "", type->id);
    }

  if (!(node = _atlas_loader_get_member (L, obj, "type", REQUIRED, choices->str)) ||
      !(value = _atlas_loader_node_get_string (L, node, "type", FALSE)))
    return NULL;

  if (g_hash_table_contains (L->types, value))
    return g_strdup (value);

  /* An empty event_types is reported once, there */
  if (g_hash_table_size (L->types) == 0 && L->kb->event_types->len == 0)
    return NULL;

  /* A declared type with problems of its own is not reported again here */
  if (!_atlas_loader_is_declared (L, "event_types", value))
    _atlas_loader_report (L, "type", _("expected one of the event types this KB declares in event_types (%s), found \"%s\""),
                          choices->str, value);
  return NULL;
}

/* Verification */

gboolean
_atlas_loader_get_verification (Loader            *L,
                                JsonObject        *obj,
                                AtlasVerification *out)
{
  int index;

  *out = ATLAS_VERIFICATION_UNVERIFIED;
  if (L->version < 2 || !_atlas_loader_has_value (obj, "verification"))
    return TRUE;

  if ((index = _atlas_loader_get_choice (L, obj, "verification", REQUIRED, ATLAS_VOCABULARY_VERIFICATION)) < 0)
    return FALSE;

  *out = index;
  return TRUE;
}

/* "Corroborated" is a claim about the sources, which the KB can check: at least two of them
 * must be independent (from different outlets) */
gboolean
_atlas_loader_check_corroboration (Loader     *L,
                                   AtlasEvent *event)
{
  guint n;

  if (event->verification != ATLAS_VERIFICATION_CORROBORATED)
    return TRUE;

  if ((n = atlas_event_get_n_independent_sources (event)) >= 2)
    return TRUE;

  _atlas_loader_report (L, "verification",
                        _("expected at least 2 independent sources (from different outlets) for an event marked \"corroborated\", found %u"),
                        n);
  return FALSE;
}

/* Counts */

gboolean
_atlas_loader_parse_count (Loader     *L,
                           JsonObject *obj,
                           const char *key,
                           AtlasCount *out)
{
  JsonObject *count;
  const char *words = NULL;
  gboolean ok = TRUE;

  if (!(count = _atlas_loader_get_object (L, obj, key, OPTIONAL)))
    return !_atlas_loader_has_value (obj, key);

  _atlas_loader_push_key (L, key);

  if (L->version >= 2 && _atlas_loader_has_value (count, "words"))
    ok = (words = _atlas_loader_get_string (L, count, "words", REQUIRED)) != NULL;

  if (words && !_atlas_loader_has_value (count, "min"))
    {
      /* The documented reading of vague words stands in for min and max */
      if (!atlas_count_read_words (words, &out->min, &out->max))
        {
          _atlas_loader_report (L, "min", _("missing required member; \"%s\" has no documented reading as a number, so "
                                            "expected a whole number min"), words);
          ok = FALSE;
        }
      else if (_atlas_loader_has_value (count, "max"))
        {
          _atlas_loader_report (L, "max", _("expected max only together with min; the words \"%s\" give the range"), words);
          ok = FALSE;
        }
    }
  else
    {
      ok = _atlas_loader_get_count (L, count, "min", REQUIRED, &out->min) && ok;
      if (_atlas_loader_has_value (count, "max"))
        {
          ok = _atlas_loader_get_count (L, count, "max", REQUIRED, &out->max) && ok;
          if (ok && out->max < out->min)
            {
              _atlas_loader_report (L, "max", _("expected a number of at least min (%" PRId64 "), found %" PRId64),
                                    out->min, out->max);
              ok = FALSE;
            }
        }
    }

  out->words = g_strdup (words);
  _atlas_loader_pop (L);

  return ok;
}

/* Casualty figures: period and overlaps */

gboolean
_atlas_loader_parse_period (Loader        *L,
                            JsonObject    *obj,
                            AtlasCasualty *casualty)
{
  JsonObject *period;
  AtlasDate start = ATLAS_DATE_NONE, end = ATLAS_DATE_NONE;
  gboolean ok;

  if (L->version < 2 || !(period = _atlas_loader_get_object (L, obj, "period", OPTIONAL)))
    return L->version < 2 || !_atlas_loader_has_value (obj, "period");

  _atlas_loader_push_key (L, "period");
  ok = _atlas_loader_get_date (L, period, "start", REQUIRED, &start);
  ok = _atlas_loader_get_date (L, period, "end", REQUIRED, &end) && ok;
  if (ok && end < start)
    {
      g_autofree char *a = atlas_date_format (start);
      g_autofree char *b = atlas_date_format (end);

      _atlas_loader_report (L, "end", _("expected a date on or after start (%s), found \"%s\""), a, b);
      ok = FALSE;
    }
  _atlas_loader_pop (L);

  if (ok)
    {
      casualty->period_start = start;
      casualty->period_end = end;
    }

  return ok;
}

static void
add_overlap (AtlasCasualty *casualty,
             AtlasCasualty *other)
{
  if (casualty->overlaps == NULL)
    casualty->overlaps = g_ptr_array_new ();

  if (!g_ptr_array_find (casualty->overlaps, other, NULL))
    g_ptr_array_add (casualty->overlaps, other);
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  GHashTable *positions = user_data;
  guint pa = GPOINTER_TO_UINT (g_hash_table_lookup (positions, *(gpointer *) a));
  guint pb = GPOINTER_TO_UINT (g_hash_table_lookup (positions, *(gpointer *) b));

  return (pa > pb) - (pa < pb);
}

/* After every figure is read, since a figure may name one further down. The relation is made
 * symmetric, and each figure's list follows the KB's order. */
void
_atlas_loader_resolve_overlaps (Loader    *L,
                                JsonArray *casualties)
{
  g_autoptr(GHashTable) positions = g_hash_table_new (NULL, NULL);
  guint n = json_array_get_length (casualties);
  guint n_valid = g_list_model_get_n_items (G_LIST_MODEL (L->kb->casualties));

  if (L->version < 2)
    return;

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (casualties, i);
      JsonObject *obj;
      JsonArray *overlaps;
      AtlasCasualty *self = NULL;
      const char *own_id = NULL;
      guint n_ids;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;

      obj = json_node_get_object (node);
      if (_atlas_loader_has_value (obj, "id") && JSON_NODE_HOLDS_VALUE (json_object_get_member (obj, "id")) &&
          json_node_get_value_type (json_object_get_member (obj, "id")) == G_TYPE_STRING)
        {
          own_id = json_object_get_string_member (obj, "id");
          self = g_hash_table_lookup (L->kb->casualty_by_id, own_id);
        }

      _atlas_loader_push_index (L, i);
      if (!(overlaps = _atlas_loader_get_array (L, obj, "overlaps", OPTIONAL)))
        {
          _atlas_loader_pop (L);
          continue;
        }

      n_ids = json_array_get_length (overlaps);
      _atlas_loader_push_key (L, "overlaps");
      for (guint k = 0; k < n_ids; k++)
        {
          const char *id;
          AtlasCasualty *other;

          _atlas_loader_push_index (L, k);
          if ((id = _atlas_loader_node_get_string (L, json_array_get_element (overlaps, k), NULL, TRUE)))
            {
              if (own_id && strcmp (id, own_id) == 0)
                _atlas_loader_report (L, NULL, _("figure \"%s\" is given as overlapping itself; expected the id of another casualty figure"), id);
              else if ((other = g_hash_table_lookup (L->kb->casualty_by_id, id)))
                {
                  if (self)
                    {
                      add_overlap (self, other);
                      add_overlap (other, self);
                    }
                }
              else if (!_atlas_loader_is_declared (L, "casualties", id))
                _atlas_loader_report (L, NULL, _("unknown casualty figure \"%s\"; expected the id of an entry in casualties"), id);
            }
          _atlas_loader_pop (L);
        }
      _atlas_loader_pop (L);
      _atlas_loader_pop (L);
    }

  /* The store holds every figure: pointers without references are enough here */
  for (guint i = 0; i < n_valid; i++)
    {
      g_autoptr(AtlasCasualty) casualty = g_list_model_get_item (G_LIST_MODEL (L->kb->casualties), i);

      g_hash_table_insert (positions, casualty, GUINT_TO_POINTER (i));
    }

  for (guint i = 0; i < n_valid; i++)
    {
      g_autoptr(AtlasCasualty) casualty = g_list_model_get_item (G_LIST_MODEL (L->kb->casualties), i);

      if (casualty->overlaps)
        g_ptr_array_sort_with_data (casualty->overlaps, compare_positions, positions);
    }
}

/* Sources */

/* Anchors a source whose quote, offsets and article have been read. In an article whose text
 * is unchanged, the offsets are trusted and checked: the quote must equal the text, and a
 * stored prefix or suffix must agree with it. In an article whose text changed (its stored
 * sha256 differs), the source is found again by its quote and context, or orphaned: both are
 * warnings, and the file still loads. Either way the source gets its context from the text,
 * so that the model always has it. */
gboolean
_atlas_loader_anchor_source (Loader       *L,
                             JsonObject   *obj,
                             AtlasArticle *article,
                             const char   *quote,
                             gint64        start,
                             gint64        end,
                             AtlasSource  *out)
{
  const char *prefix = NULL, *suffix = NULL;
  const char *from, *to;
  AtlasAnchorText *index;
  gboolean ok = TRUE;

  if (L->version >= 2)
    {
      if (_atlas_loader_has_value (obj, "prefix"))
        ok = (prefix = _atlas_loader_get_string (L, obj, "prefix", OPTIONAL)) != NULL;
      if (_atlas_loader_has_value (obj, "suffix"))
        ok = (suffix = _atlas_loader_get_string (L, obj, "suffix", OPTIONAL)) != NULL && ok;
      if (!ok)
        return FALSE;
    }

  /* The text changed: the rule for that is written once, for the editor too */
  if ((index = g_hash_table_lookup (L->changed, article)))
    {
      out->start = (guint) CLAMP (start, 0, G_MAXUINT);
      out->end = (guint) CLAMP (end, 0, G_MAXUINT);
      out->quote = g_strdup (quote);
      out->prefix = g_strdup (prefix);
      out->suffix = g_strdup (suffix);

      switch (_atlas_source_anchor_again (out, article, index))
        {
        case ATLAS_ANCHOR_ORPHANED:
          {
            g_autofree char *shown = shorten (quote, strlen (quote));

            _atlas_loader_warn (L, NULL, _("orphaned: the text of article \"%s\" changed (its sha256 differs) and the quote "
                                           "\"%s\" could not be found again without doubt; place it again"),
                                article->id, shown);
          }
          break;

        case ATLAS_ANCHOR_MOVED:
          _atlas_loader_warn (L, NULL, _("re-anchored from %" PRId64 "–%" PRId64 " to %u–%u: the text of article \"%s\" changed "
                                         "(its sha256 differs) and the quote was found again by its context"),
                              start, end, out->start, out->end, article->id);
          break;

        case ATLAS_ANCHOR_EXACT:
        default:
          break;
        }

      return TRUE;
    }

  if (start > (gint64) article->n_chars)
    {
      _atlas_loader_report (L, "start", _("offset %" PRId64 " is past the end of article \"%s\" (%u characters)"),
                            start, article->id, article->n_chars);
      return FALSE;
    }
  if (end > (gint64) article->n_chars)
    {
      _atlas_loader_report (L, "end", _("offset %" PRId64 " is past the end of article \"%s\" (%u characters)"),
                            end, article->id, article->n_chars);
      return FALSE;
    }

  from = atlas_article_offset_to_pointer (article, start);
  to = atlas_article_offset_to_pointer (article, end);

  if ((gsize) (to - from) != strlen (quote) || memcmp (from, quote, to - from) != 0)
    {
      g_autofree char *shown = shorten (from, to - from);

      _atlas_loader_report (L, "quote",
                            _("does not match the article's text from %" PRId64 " to %" PRId64 "; the text there is \"%s\""),
                            start, end, shown);
      return FALSE;
    }

  if (prefix && !atlas_anchor_agrees (article->text, from, to, prefix, NULL))
    {
      g_autofree char *actual = NULL;

      atlas_anchor_context_at (article->text, from, to, ATLAS_ANCHOR_CONTEXT, &actual, NULL);
      _atlas_loader_report (L, "prefix", _("does not agree with the article's text before start (%" PRId64 "); the text there "
                                           "is \"%s\""), start, actual);
      return FALSE;
    }

  if (suffix && !atlas_anchor_agrees (article->text, from, to, NULL, suffix))
    {
      g_autofree char *actual = NULL;

      atlas_anchor_context_at (article->text, from, to, ATLAS_ANCHOR_CONTEXT, NULL, &actual);
      _atlas_loader_report (L, "suffix", _("does not agree with the article's text after end (%" PRId64 "); the text there "
                                           "is \"%s\""), end, actual);
      return FALSE;
    }

  out->anchor = ATLAS_ANCHOR_EXACT;
  out->article = g_object_ref (article);
  out->start = start;
  out->end = end;
  out->quote = g_strdup (quote);
  atlas_anchor_context_at (article->text, from, to, ATLAS_ANCHOR_CONTEXT, &out->prefix, &out->suffix);

  return TRUE;
}

/* Orphans */

/**
 * atlas_kb_get_orphaned_sources:
 *
 * The sources that re-anchoring could not place again (see #AtlasKbOrphan), events' first
 * in the KB's date order, then casualty figures' in the KB's order.
 *
 * Returns: (transfer container) (element-type AtlasKbOrphan): the orphans; empty when none
 */
GPtrArray *
atlas_kb_get_orphaned_sources (AtlasKb *self)
{
  GPtrArray *orphans;
  guint n;

  g_return_val_if_fail (ATLAS_IS_KB (self), NULL);

  orphans = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; self->event_array && i < self->event_array->len; i++)
    {
      AtlasEvent *event = g_ptr_array_index (self->event_array, i);

      for (guint s = 0; s < event->sources->len; s++)
        {
          const AtlasSource *source = &g_array_index (event->sources, AtlasSource, s);

          if (source->anchor == ATLAS_ANCHOR_ORPHANED)
            {
              AtlasKbOrphan *orphan = g_new0 (AtlasKbOrphan, 1);

              orphan->fact = G_OBJECT (event);
              orphan->source = source;
              g_ptr_array_add (orphans, orphan);
            }
        }
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->casualties));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AtlasCasualty) casualty = g_list_model_get_item (G_LIST_MODEL (self->casualties), i);

      if (casualty->source.anchor == ATLAS_ANCHOR_ORPHANED)
        {
          AtlasKbOrphan *orphan = g_new0 (AtlasKbOrphan, 1);

          orphan->fact = G_OBJECT (casualty);
          orphan->source = &casualty->source;
          g_ptr_array_add (orphans, orphan);
        }
    }

  return orphans;
}

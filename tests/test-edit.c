/* test-edit.c: editing the KB in memory, undo and redo (issue 9)
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-edit"

#include "config.h"

#include <string.h>

#include "atlas-edit.h"
#include "atlas-history.h"
#include "atlas-kb-writer.h"
#include "atlas-kb-private.h"
#include "atlas-session.h"
#include "atlas-test-edit.h"
#include "atlas-test-kb.h"

/* Two reports: e-both is stated by both, the others by one */
static const char two_articles_kb[] =
  "{\"format\": \"aleppo-atlas-kb\", \"version\": 1, \"title\": \"two reports\","
  " \"articles\": ["
  "  {\"id\": \"a1\", \"title\": \"First\", \"outlet\": \"One\", \"published\": \"2016-10-02\", \"text\": \"abcdef\"},"
  "  {\"id\": \"a2\", \"title\": \"Second\", \"outlet\": \"Two\", \"published\": \"2016-10-03\", \"text\": \"ghijkl\"}],"
  " \"places\": [{\"id\": \"p\", \"name\": \"P\", \"kind\": \"neighbourhood\", \"precision\": \"unknown\"}],"
  " \"events\": ["
  "  {\"id\": \"e-one\", \"date\": \"2016-10-01\", \"date_precision\": \"day\", \"type\": \"bombardment\", \"title\": \"One\","
  "   \"places\": [\"p\"], \"sources\": [{\"article\": \"a1\", \"start\": 0, \"end\": 2, \"quote\": \"ab\"}]},"
  "  {\"id\": \"e-both\", \"date\": \"2016-10-01\", \"date_precision\": \"day\", \"type\": \"bombardment\", \"title\": \"Both\","
  "   \"places\": [\"p\"], \"sources\": [{\"article\": \"a1\", \"start\": 2, \"end\": 4, \"quote\": \"cd\"},"
  "                                    {\"article\": \"a2\", \"start\": 0, \"end\": 2, \"quote\": \"gh\"}]},"
  "  {\"id\": \"e-two\", \"date\": \"2016-10-02\", \"date_precision\": \"day\", \"type\": \"bombardment\", \"title\": \"Two\","
  "   \"places\": [], \"sources\": [{\"article\": \"a2\", \"start\": 2, \"end\": 4, \"quote\": \"ij\"}]}],"
  " \"casualties\": ["
  "  {\"id\": \"c-one\", \"event\": \"e-one\", \"killed\": {\"min\": 1}, \"who\": \"people\", \"reported_by\": \"x\","
  "   \"source\": {\"article\": \"a1\", \"start\": 0, \"end\": 2, \"quote\": \"ab\"}},"
  "  {\"id\": \"c-both\", \"event\": \"e-both\", \"killed\": {\"min\": 2}, \"who\": \"people\", \"reported_by\": \"x\","
  "   \"source\": {\"article\": \"a2\", \"start\": 0, \"end\": 2, \"quote\": \"gh\"}}]}";

/* items-changed, as "position removed added" lines */

typedef struct
{
  GString *log;
} Changes;

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Changes    *changes)
{
  g_string_append_printf (changes->log, "%u %u %u;", position, removed, added);
}

static void
watch (GListModel *model,
       Changes    *changes)
{
  changes->log = g_string_new (NULL);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), changes);
}

static void
unwatch (GListModel *model,
         Changes    *changes)
{
  g_signal_handlers_disconnect_by_func (model, on_items_changed_cb, changes);
  g_string_free (changes->log, TRUE);
}

static AtlasKb *
load_two_articles (void)
{
  return atlas_test_load_string (two_articles_kb);
}

static AtlasHistory *
history_new (AtlasKb *kb)
{
  return atlas_history_new (kb);
}

static void
apply (AtlasHistory *history,
       AtlasEdit    *edit)
{
  g_assert_nonnull (edit);
  atlas_history_apply (history, edit);
  g_object_unref (edit);
  atlas_test_check_indexes (atlas_history_get_kb (history));
}

static void
undo (AtlasHistory *history)
{
  g_assert_nonnull (atlas_history_undo (history));
  atlas_test_check_indexes (atlas_history_get_kb (history));
}

static void
redo (AtlasHistory *history)
{
  g_assert_nonnull (atlas_history_redo (history));
  atlas_test_check_indexes (atlas_history_get_kb (history));
}

static AtlasSource
source_in (AtlasKb    *kb,
           const char *article)
{
  AtlasSource source = { atlas_kb_lookup_article (kb, article), 0, 1, (char *) "S", NULL, NULL, 0 };

  return source;
}

/* Events */

static void
test_event_add (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_places_kb ();
  g_autoptr(AtlasHistory) history = history_new (kb);
  g_autofree char *before = atlas_test_kb_snapshot (kb);
  g_autofree char *after = NULL;
  g_autoptr(AtlasEvent) event = atlas_event_new ("e-new");
  AtlasSource source = source_in (kb, "a1");
  AtlasPlace *gamma = atlas_kb_lookup_place (kb, "gamma");
  Changes changes;

  atlas_event_set_title (event, "New");
  atlas_event_set_dates (event, atlas_date_from_ymd (2016, 1, 3), ATLAS_DATE_NONE, ATLAS_DATE_PRECISION_DAY);
  atlas_event_add_place (event, gamma);
  atlas_event_add_source (event, &source);

  watch (atlas_kb_get_events (kb), &changes);
  apply (history, atlas_edit_new_add (kb, event, NULL));
  /* After e-talks, of the same day and earlier in the file */
  g_assert_cmpstr (changes.log->str, ==, "3 0 1;");
  g_assert_true (atlas_kb_lookup_event (kb, "e-new") == event);
  g_assert_cmpuint (atlas_event_get_position (event), ==, 3);
  g_assert_true (g_ptr_array_find (atlas_kb_get_events_for_place (kb, gamma), event, NULL));
  after = atlas_test_kb_snapshot (kb);

  g_string_truncate (changes.log, 0);
  undo (history);
  g_assert_cmpstr (changes.log->str, ==, "3 1 0;");
  g_assert_null (atlas_kb_lookup_event (kb, "e-new"));
  g_assert_false (g_ptr_array_find (atlas_kb_get_events_for_place (kb, gamma), event, NULL));
  atlas_test_assert_snapshot (kb, before);

  redo (history);
  atlas_test_assert_snapshot (kb, after);
  unwatch (atlas_kb_get_events (kb), &changes);
}

static void
test_event_replace (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_places_kb ();
  g_autoptr(AtlasHistory) history = history_new (kb);
  g_autofree char *before = atlas_test_kb_snapshot (kb);
  AtlasEvent *shell = atlas_kb_lookup_event (kb, "e-shell");
  AtlasCasualty *gamma_dead = atlas_kb_lookup_casualty (kb, "c-gamma");
  g_autoptr(AtlasEvent) retitled = atlas_event_copy (shell);
  g_autoptr(AtlasEvent) moved = NULL;
  Changes changes;

  watch (atlas_kb_get_events (kb), &changes);

  /* Same day: one change, in place */
  atlas_event_set_title (retitled, "A shell on Alpha, retitled");
  apply (history, atlas_edit_new_replace (kb, shell, retitled, NULL));
  g_assert_cmpstr (changes.log->str, ==, "1 1 1;");
  g_assert_true (atlas_kb_lookup_event (kb, "e-shell") == retitled);
  g_assert_true (atlas_casualty_get_event (gamma_dead) == retitled);
  g_assert_cmpint (atlas_event_get_verification (retitled), ==, atlas_event_get_verification (shell));

  /* Another day: out, and in after e-fighting; the file keeps its place for ties */
  moved = atlas_event_copy (retitled);
  atlas_event_set_dates (moved, atlas_date_from_ymd (2016, 1, 5), ATLAS_DATE_NONE, ATLAS_DATE_PRECISION_DAY);
  g_string_truncate (changes.log, 0);
  apply (history, atlas_edit_new_replace (kb, retitled, moved, NULL));
  g_assert_cmpstr (changes.log->str, ==, "1 1 0;3 0 1;");
  g_assert_cmpuint (atlas_event_get_position (moved), ==, 3);
  g_assert_true (atlas_casualty_get_event (gamma_dead) == moved);
  g_assert_true (g_ptr_array_find (atlas_kb_get_events_for_place (kb, atlas_kb_lookup_place (kb, "gamma")), moved, NULL));

  undo (history);
  g_assert_true (atlas_casualty_get_event (gamma_dead) == retitled);
  undo (history);
  g_assert_true (atlas_casualty_get_event (gamma_dead) == shell);
  atlas_test_assert_snapshot (kb, before);
  redo (history);
  redo (history);
  g_assert_true (atlas_kb_lookup_event (kb, "e-shell") == moved);
  unwatch (atlas_kb_get_events (kb), &changes);
}

static void
test_event_delete (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_places_kb ();
  g_autoptr(AtlasHistory) history = history_new (kb);
  g_autofree char *before = atlas_test_kb_snapshot (kb);
  AtlasEvent *fighting = atlas_kb_lookup_event (kb, "e-fighting");
  AtlasEdit *edit = atlas_edit_new_delete (kb, fighting, NULL);
  Changes events, figures;

  /* Its two figures go with it, in one step */
  g_assert_cmpuint (atlas_edit_get_n_steps (edit), ==, 3);
  g_assert_cmpstr (atlas_edit_get_label (edit), ==, "Delete Event “Fighting”");

  watch (atlas_kb_get_events (kb), &events);
  watch (atlas_kb_get_casualties (kb), &figures);
  apply (history, edit);
  g_assert_cmpstr (events.log->str, ==, "3 1 0;");
  g_assert_cmpstr (figures.log->str, ==, "1 1 0;1 1 0;");
  g_assert_null (atlas_kb_lookup_event (kb, "e-fighting"));
  g_assert_null (atlas_kb_lookup_casualty (kb, "c-fighter"));
  g_assert_cmpuint (atlas_event_get_position (atlas_kb_lookup_event (kb, "e-strike-beta")), ==, 3);

  undo (history);
  atlas_test_assert_snapshot (kb, before);
  redo (history);
  undo (history);
  atlas_test_assert_snapshot (kb, before);
  unwatch (atlas_kb_get_events (kb), &events);
  unwatch (atlas_kb_get_casualties (kb), &figures);
}

/* Places */

static void
test_place_add_replace (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_places_kb ();
  g_autoptr(AtlasHistory) history = history_new (kb);
  g_autofree char *before = atlas_test_kb_snapshot (kb);
  AtlasPlace *alpha = atlas_kb_lookup_place (kb, "alpha");
  g_autoptr(AtlasPlace) renamed = atlas_place_copy (alpha);
  g_autoptr(AtlasPlace) epsilon = atlas_place_new ("epsilon");
  AtlasEvent *shell = atlas_kb_lookup_event (kb, "e-shell");
  Changes places, events;

  watch (atlas_kb_get_places (kb), &places);
  watch (atlas_kb_get_events (kb), &events);

  atlas_place_set_name (epsilon, "Epsilon");
  apply (history, atlas_edit_new_add (kb, epsilon, NULL));
  g_assert_cmpstr (places.log->str, ==, "4 0 1;");

  /* A new id too: the events that name it follow, as the same events */
  atlas_place_set_name (renamed, "Alpha (renamed)");
  atlas_place_set_id (renamed, "alpha2");
  g_string_truncate (places.log, 0);
  apply (history, atlas_edit_new_replace (kb, alpha, renamed, NULL));
  g_assert_cmpstr (places.log->str, ==, "0 1 1;");
  /* e-strikes, e-shell and e-evacuation name it: one change over their span */
  g_assert_cmpstr (events.log->str, ==, "0 6 6;");
  g_assert_true (atlas_kb_lookup_event (kb, "e-shell") == shell);
  g_assert_true (atlas_event_get_place (shell, 0) == renamed);
  g_assert_null (atlas_kb_lookup_place (kb, "alpha"));
  g_assert_cmpuint (atlas_kb_get_events_for_place (kb, renamed)->len, ==, 3);
  g_assert_cmpuint (atlas_kb_get_events_for_place (kb, alpha)->len, ==, 0);

  undo (history);
  g_assert_true (atlas_event_get_place (shell, 0) == alpha);
  undo (history);
  atlas_test_assert_snapshot (kb, before);
  unwatch (atlas_kb_get_places (kb), &places);
  unwatch (atlas_kb_get_events (kb), &events);
}

static void
test_place_delete (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_places_kb ();
  g_autoptr(AtlasHistory) history = history_new (kb);
  g_autofree char *before = atlas_test_kb_snapshot (kb);
  AtlasPlace *beta = atlas_kb_lookup_place (kb, "beta");
  AtlasEdit *edit = atlas_edit_new_delete (kb, beta, NULL);

  /* c-fighter names it (and makes e-fighting be there), e-strikes and e-strike-beta name it */
  g_assert_cmpuint (atlas_edit_get_n_steps (edit), ==, 4);
  apply (history, edit);
  g_assert_null (atlas_kb_lookup_place (kb, "beta"));
  g_assert_cmpuint (atlas_event_get_n_places (atlas_kb_lookup_event (kb, "e-strikes")), ==, 1);
  g_assert_cmpuint (atlas_event_get_n_places (atlas_kb_lookup_event (kb, "e-strike-beta")), ==, 0);
  g_assert_cmpuint (atlas_casualty_get_n_places (atlas_kb_lookup_casualty (kb, "c-fighter")), ==, 0);
  g_assert_cmpuint (atlas_kb_lookup_place (kb, "gamma")->index, ==, 1);

  g_assert_true (atlas_history_get_can_undo (history));
  undo (history);
  g_assert_false (atlas_history_get_can_undo (history));
  atlas_test_assert_snapshot (kb, before);
}

/* Reports */

static void
test_article_delete (void)
{
  g_autoptr(AtlasKb) kb = load_two_articles ();
  g_autoptr(AtlasHistory) history = history_new (kb);
  g_autofree char *before = atlas_test_kb_snapshot (kb);
  AtlasArticle *a1 = atlas_kb_lookup_article (kb, "a1");
  g_autoptr(GPtrArray) facts = atlas_kb_get_facts_citing_article (kb, a1);
  AtlasEvent *both;

  g_assert_cmpuint (facts->len, ==, 3);
  g_assert_true (g_ptr_array_index (facts, 0) == atlas_kb_lookup_event (kb, "e-one"));
  g_assert_true (g_ptr_array_index (facts, 1) == atlas_kb_lookup_event (kb, "e-both"));
  g_assert_true (g_ptr_array_index (facts, 2) == atlas_kb_lookup_casualty (kb, "c-one"));

  apply (history, atlas_edit_new_delete (kb, a1, NULL));
  g_assert_null (atlas_kb_lookup_article (kb, "a1"));
  g_assert_null (atlas_kb_lookup_event (kb, "e-one"));
  g_assert_null (atlas_kb_lookup_casualty (kb, "c-one"));
  /* Stated by the other report too: it stays, with that source only, and its figure */
  both = atlas_kb_lookup_event (kb, "e-both");
  g_assert_nonnull (both);
  g_assert_cmpuint (atlas_event_get_n_sources (both), ==, 1);
  g_assert_true (atlas_casualty_get_event (atlas_kb_lookup_casualty (kb, "c-both")) == both);

  undo (history);
  atlas_test_assert_snapshot (kb, before);
}

static void
test_article_replace (void)
{
  g_autoptr(AtlasKb) kb = load_two_articles ();
  g_autoptr(AtlasHistory) history = history_new (kb);
  g_autofree char *before = atlas_test_kb_snapshot (kb);
  AtlasArticle *a2 = atlas_kb_lookup_article (kb, "a2");
  g_autoptr(AtlasArticle) edited = atlas_article_copy (a2);
  g_autoptr(AtlasArticle) added = atlas_article_new ("a3");

  atlas_article_set_title (edited, "Second, edited");
  apply (history, atlas_edit_new_replace (kb, a2, edited, NULL));
  g_assert_true (atlas_event_get_source (atlas_kb_lookup_event (kb, "e-both"), 1)->article == edited);
  g_assert_true (atlas_casualty_get_source (atlas_kb_lookup_casualty (kb, "c-both"))->article == edited);
  g_assert_cmpuint (atlas_kb_get_events_for_article (kb, edited)->len, ==, 2);

  apply (history, atlas_edit_new_add (kb, added, NULL));
  g_assert_true (atlas_kb_lookup_article (kb, "a3") == added);

  undo (history);
  undo (history);
  atlas_test_assert_snapshot (kb, before);
}

/* A report's text edited in the app: in the same edit, every source that quotes it points at
 * its own words again, or is orphaned, never at other words (issue 9). Random insertions and
 * deletions, some of them of a quoted passage; then undo, redo, and a save read back. */

typedef struct
{
  char  *fact_id;
  guint  index;
  char  *quote;
} Quoted;

static void
quoted_free (Quoted *quoted)
{
  g_free (quoted->fact_id);
  g_free (quoted->quote);
  g_free (quoted);
}

static const AtlasSource *
quoted_source (AtlasKb      *kb,
               const Quoted *quoted)
{
  AtlasEvent *event = atlas_kb_lookup_event (kb, quoted->fact_id);

  if (event)
    return atlas_event_get_source (event, quoted->index);
  return atlas_casualty_get_source (atlas_kb_lookup_casualty (kb, quoted->fact_id));
}

/* Every source of @article, with its words now */
static GPtrArray *
list_quoted (AtlasKb      *kb,
             AtlasArticle *article)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) quoted_free);
  GPtrArray *events = atlas_kb_get_events_for_article (kb, article);
  GPtrArray *figures = atlas_kb_get_casualties_for_article (kb, article);

  for (guint i = 0; i < events->len; i++)
    {
      AtlasEvent *event = g_ptr_array_index (events, i);

      for (guint s = 0; s < atlas_event_get_n_sources (event); s++)
        if (atlas_event_get_source (event, s)->article == article)
          {
            Quoted *quoted = g_new0 (Quoted, 1);

            quoted->fact_id = g_strdup (atlas_event_get_id (event));
            quoted->index = s;
            quoted->quote = g_strdup (atlas_event_get_source (event, s)->quote);
            g_ptr_array_add (list, quoted);
          }
    }
  for (guint i = 0; i < figures->len; i++)
    {
      AtlasCasualty *casualty = g_ptr_array_index (figures, i);
      Quoted *quoted = g_new0 (Quoted, 1);

      quoted->fact_id = g_strdup (atlas_casualty_get_id (casualty));
      quoted->quote = g_strdup (atlas_casualty_get_source (casualty)->quote);
      g_ptr_array_add (list, quoted);
    }

  return list;
}

/* @text with a random insertion or deletion, or without one of @quotes' passages */
static char *
edit_text (const char *text,
           GPtrArray  *quotes,
           GRand      *rand)
{
  static const char *pieces[] = { "x", " ", "the ", "Aleppo ", "حلب ", "👩‍⚕️", ".\n\n", "at least 13 " };
  glong n_chars = g_utf8_strlen (text, -1);
  GString *out = g_string_new (text);
  const char *at;

  switch (g_rand_int_range (rand, 0, 4))
    {
    case 0:
      {
        const Quoted *quoted = g_ptr_array_index (quotes, g_rand_int_range (rand, 0, quotes->len));
        const char *hit = strstr (text, quoted->quote);

        if (hit)
          {
            g_string_erase (out, hit - text, strlen (quoted->quote));
            break;
          }
      }
      G_GNUC_FALLTHROUGH;

    case 1:
      {
        glong from = g_rand_int_range (rand, 0, MAX (n_chars, 1));
        glong wanted = g_rand_int_range (rand, 1, 40);
        glong len = MIN (wanted, n_chars - from);
        const char *a = g_utf8_offset_to_pointer (text, from);

        g_string_erase (out, a - text, g_utf8_offset_to_pointer (a, len) - a);
      }
      break;

    default:
      at = g_utf8_offset_to_pointer (text, g_rand_int_range (rand, 0, n_chars + 1));
      g_string_insert (out, at - text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      break;
    }

  return g_string_free (out, FALSE);
}

static void
assert_anchored (AtlasKb   *kb,
                 GPtrArray *quotes,
                 guint     *n_orphaned)
{
  g_autoptr(GPtrArray) orphans = atlas_kb_get_orphaned_sources (kb);

  *n_orphaned = 0;
  for (guint q = 0; q < quotes->len; q++)
    {
      const Quoted *quoted = g_ptr_array_index (quotes, q);
      const AtlasSource *source = quoted_source (kb, quoted);
      const char *text = atlas_article_get_text (source->article);
      const char *from = g_utf8_offset_to_pointer (text, source->start);
      const char *to = g_utf8_offset_to_pointer (text, source->end);
      gboolean listed = FALSE;

      g_assert_cmpstr (source->quote, ==, quoted->quote);
      for (guint o = 0; o < orphans->len; o++)
        listed = listed || ((AtlasKbOrphan *) g_ptr_array_index (orphans, o))->source == source;

      g_assert_cmpuint (source->end, <=, g_utf8_strlen (text, -1));
      if (source->anchor == ATLAS_ANCHOR_ORPHANED)
        {
          g_assert_true (listed);
          (*n_orphaned)++;
          continue;
        }
      g_assert_false (listed);
      g_assert_cmpint (to - from, ==, strlen (quoted->quote));
      g_assert_true (memcmp (from, quoted->quote, to - from) == 0);
    }
}

static void
test_article_text (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_shipped_kb ();
  g_autoptr(AtlasHistory) history = history_new (kb);
  g_autofree char *first = atlas_test_kb_snapshot (kb);
  g_autofree char *last = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20161215);
  g_autoptr(GPtrArray) quotes = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(AtlasKb) reread = NULL;
  g_autoptr(GPtrArray) reread_quotes = NULL;
  AtlasArticle *article = NULL;
  guint n_orphaned = 0, n_moved = 0, n_edits = 0, n_reread = 0;

  /* The report most quoted */
  for (guint i = 0; i < g_list_model_get_n_items (atlas_kb_get_articles (kb)); i++)
    {
      g_autoptr(AtlasArticle) candidate = g_list_model_get_item (atlas_kb_get_articles (kb), i);
      g_autoptr(GPtrArray) candidate_quotes = list_quoted (kb, candidate);

      if (quotes == NULL || candidate_quotes->len > quotes->len)
        {
          g_clear_pointer (&quotes, g_ptr_array_unref);
          quotes = g_steal_pointer (&candidate_quotes);
          article = candidate;
        }
    }
  g_test_message ("editing %s, quoted by %u sources", atlas_article_get_id (article), quotes->len);
  g_assert_cmpuint (quotes->len, >=, 5);

  for (guint i = 0; i < 40; i++, n_edits++)
    {
      g_autofree char *text = edit_text (atlas_article_get_text (article), quotes, rand);
      g_autoptr(AtlasArticle) changed = atlas_article_copy (article);
      AtlasEdit *edit;

      atlas_article_set_text (changed, text);
      edit = atlas_edit_new_replace (kb, article, changed, NULL);
      /* The report, and every fact that quotes it */
      g_assert_cmpuint (atlas_edit_get_n_steps (edit), ==, 1 + atlas_kb_get_events_for_article (kb, article)->len +
                        atlas_kb_get_casualties_for_article (kb, article)->len);
      apply (history, edit);
      article = changed;

      assert_anchored (kb, quotes, &n_orphaned);
      for (guint q = 0; q < quotes->len; q++)
        n_moved += quoted_source (kb, g_ptr_array_index (quotes, q))->anchor == ATLAS_ANCHOR_MOVED;
    }
  g_test_message ("%u edits: %u sources orphaned in the end, %u found moved along the way", n_edits, n_orphaned, n_moved);
  /* Not a test that passes by orphaning everything at once, or nothing */
  g_assert_cmpuint (n_moved, >, quotes->len);
  g_assert_cmpuint (n_orphaned, >, 0);
  g_assert_cmpuint (n_orphaned, <, quotes->len);

  /* Saved and read again: the same sources orphaned, the others at the same words */
  bytes = atlas_kb_to_bytes (kb);
  reread = atlas_test_load_string (g_bytes_get_data (bytes, NULL));
  reread_quotes = list_quoted (reread, atlas_kb_lookup_article (reread, atlas_article_get_id (article)));
  g_assert_cmpuint (reread_quotes->len, ==, quotes->len);
  assert_anchored (reread, quotes, &n_reread);
  g_assert_cmpuint (n_reread, ==, n_orphaned);
  for (guint q = 0; q < quotes->len; q++)
    {
      const AtlasSource *was = quoted_source (kb, g_ptr_array_index (quotes, q));
      const AtlasSource *now = quoted_source (reread, g_ptr_array_index (quotes, q));

      g_assert_cmpint (was->anchor == ATLAS_ANCHOR_ORPHANED, ==, now->anchor == ATLAS_ANCHOR_ORPHANED);
      if (now->anchor != ATLAS_ANCHOR_ORPHANED)
        g_assert_cmpuint (was->start, ==, now->start);
    }

  last = atlas_test_kb_snapshot (kb);
  while (atlas_history_get_can_undo (history))
    undo (history);
  atlas_test_assert_snapshot (kb, first);
  assert_anchored (kb, quotes, &n_orphaned);
  g_assert_cmpuint (n_orphaned, ==, 0);

  while (atlas_history_get_can_redo (history))
    redo (history);
  atlas_test_assert_snapshot (kb, last);
}

/* Casualty figures */

static void
test_casualty_edits (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_places_kb ();
  g_autoptr(AtlasHistory) history = history_new (kb);
  g_autofree char *before = atlas_test_kb_snapshot (kb);
  AtlasCasualty *talks = atlas_kb_lookup_casualty (kb, "c-talks");
  AtlasCasualty *gamma_dead = atlas_kb_lookup_casualty (kb, "c-gamma");
  AtlasEvent *talks_event = atlas_kb_lookup_event (kb, "e-talks");
  AtlasPlace *gamma = atlas_kb_lookup_place (kb, "gamma");
  AtlasSource source = source_in (kb, "a1");
  g_autoptr(AtlasCasualty) added = atlas_casualty_new ("c-new", talks_event, &source);
  g_autoptr(AtlasCasualty) moved = atlas_casualty_copy (talks);
  AtlasCount dozens = { 12, -1, (char *) "dozens" };
  Changes figures;

  watch (atlas_kb_get_casualties (kb), &figures);

  /* A figure that names gamma puts its event there, and may count the people of another */
  atlas_casualty_add_place (added, gamma);
  atlas_casualty_set_killed (added, &dozens);
  atlas_casualty_set_overlaps (added, &gamma_dead, 1);
  apply (history, atlas_edit_new_add (kb, added, NULL));
  g_assert_cmpstr (figures.log->str, ==, "5 0 1;");
  g_assert_true (atlas_kb_event_is_at_place (kb, talks_event, gamma));
  g_assert_cmpuint (atlas_casualty_get_n_overlaps (gamma_dead), ==, 1);
  g_assert_true (atlas_casualty_get_overlap (gamma_dead, 0) == added);

  /* Another event: both events' places change */
  atlas_casualty_set_event (moved, atlas_kb_lookup_event (kb, "e-evacuation"));
  g_string_truncate (figures.log, 0);
  apply (history, atlas_edit_new_replace (kb, talks, moved, NULL));
  g_assert_cmpstr (figures.log->str, ==, "4 1 1;");
  g_assert_cmpuint (atlas_kb_get_casualties_for_event (kb, talks_event)->len, ==, 1);

  apply (history, atlas_edit_new_delete (kb, gamma_dead, NULL));
  g_assert_cmpuint (atlas_casualty_get_n_overlaps (added), ==, 0);

  undo (history);
  g_assert_true (atlas_casualty_get_overlap (added, 0) == gamma_dead);
  undo (history);
  undo (history);
  g_assert_cmpuint (atlas_casualty_get_n_overlaps (gamma_dead), ==, 0);
  g_assert_false (atlas_kb_event_is_at_place (kb, talks_event, gamma));
  atlas_test_assert_snapshot (kb, before);
  unwatch (atlas_kb_get_casualties (kb), &figures);
}

static void
test_errors (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_places_kb ();
  g_autoptr(AtlasKb) other = load_two_articles ();
  g_autoptr(AtlasPlace) taken = atlas_place_new ("alpha");
  g_autoptr(AtlasEvent) stray = atlas_event_copy (atlas_kb_lookup_event (other, "e-one"));
  g_autoptr(AtlasPlace) unnamed = atlas_place_new ("");
  g_autoptr(GError) error = NULL;

  g_assert_null (atlas_edit_new_add (kb, taken, &error));
  g_assert_error (error, ATLAS_EDIT_ERROR, ATLAS_EDIT_ERROR_ID_TAKEN);
  g_clear_error (&error);

  /* Its place and report are another KB's */
  g_assert_null (atlas_edit_new_add (kb, stray, &error));
  g_assert_error (error, ATLAS_EDIT_ERROR, ATLAS_EDIT_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_null (atlas_edit_new_add (kb, unnamed, &error));
  g_assert_error (error, ATLAS_EDIT_ERROR, ATLAS_EDIT_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_null (atlas_edit_new_delete (kb, atlas_kb_lookup_event (other, "e-one"), &error));
  g_assert_error (error, ATLAS_EDIT_ERROR, ATLAS_EDIT_ERROR_NOT_IN_KB);
  g_clear_error (&error);

  /* A place that is in the KB cannot be added again */
  g_assert_null (atlas_edit_new_add (kb, atlas_kb_lookup_place (kb, "beta"), &error));
  g_assert_error (error, ATLAS_EDIT_ERROR, ATLAS_EDIT_ERROR_INVALID);
}

/* History */

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              GString    *log)
{
  g_string_append_printf (log, "%s;", pspec->name);
}

static void
test_history (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_places_kb ();
  g_autoptr(AtlasHistory) history = history_new (kb);
  g_autoptr(GString) log = g_string_new (NULL);
  g_autofree char *label = NULL;
  g_autoptr(AtlasPlace) epsilon = atlas_place_new ("epsilon");

  g_signal_connect (history, "notify", G_CALLBACK (on_notify_cb), log);
  g_assert_false (atlas_history_get_modified (history));
  g_assert_null (atlas_history_dup_undo_label (history));

  apply (history, atlas_edit_new_delete (kb, atlas_kb_lookup_event (kb, "e-talks"), NULL));
  g_assert_cmpstr (log->str, ==, "can-undo;undo-label;modified;");
  label = atlas_history_dup_undo_label (history);
  g_assert_cmpstr (label, ==, "Undo Delete Event “Talks in Delta”");
  g_assert_true (atlas_history_get_modified (history));

  /* Saved here, then undone: modified again, until redone */
  atlas_history_set_clean (history);
  g_assert_false (atlas_history_get_modified (history));
  g_string_truncate (log, 0);
  undo (history);
  g_assert_cmpstr (log->str, ==, "can-undo;can-redo;undo-label;redo-label;modified;");
  g_assert_true (atlas_history_get_modified (history));
  g_clear_pointer (&label, g_free);
  label = atlas_history_dup_redo_label (history);
  g_assert_cmpstr (label, ==, "Redo Delete Event “Talks in Delta”");
  redo (history);
  g_assert_false (atlas_history_get_modified (history));

  /* A new edit after an undo loses the redo stack, and with it the saved state */
  undo (history);
  atlas_place_set_name (epsilon, "Epsilon");
  apply (history, atlas_edit_new_add (kb, epsilon, NULL));
  g_assert_false (atlas_history_get_can_redo (history));
  g_assert_true (atlas_history_get_modified (history));
  undo (history);
  g_assert_true (atlas_history_get_modified (history));

  g_signal_handlers_disconnect_by_func (history, on_notify_cb, log);
}

static void
test_history_group (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_places_kb ();
  g_autoptr(AtlasHistory) history = history_new (kb);
  g_autofree char *before = atlas_test_kb_snapshot (kb);
  g_autofree char *label = NULL;

  atlas_history_begin_group (history, "Delete 2 Events");
  apply (history, atlas_edit_new_delete (kb, atlas_kb_lookup_event (kb, "e-shell"), NULL));
  apply (history, atlas_edit_new_delete (kb, atlas_kb_lookup_event (kb, "e-talks"), NULL));
  g_assert_false (atlas_history_get_can_undo (history));
  atlas_history_end_group (history);

  label = atlas_history_dup_undo_label (history);
  g_assert_cmpstr (label, ==, "Undo Delete 2 Events");
  g_assert_cmpuint (g_list_model_get_n_items (atlas_kb_get_events (kb)), ==, 4);
  undo (history);
  g_assert_false (atlas_history_get_can_undo (history));
  atlas_test_assert_snapshot (kb, before);
  redo (history);
  g_assert_cmpuint (g_list_model_get_n_items (atlas_kb_get_events (kb)), ==, 4);
}

/* Session */

static void
count_cb (gpointer  object,
          guint    *count)
{
  (*count)++;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_session (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_places_kb ();
  g_autoptr(AtlasSession) session = atlas_session_new ();
  AtlasEvent *shell = atlas_kb_lookup_event (kb, "e-shell");
  g_autoptr(AtlasEvent) retitled = atlas_event_copy (shell);
  AtlasPlace *alpha = atlas_kb_lookup_place (kb, "alpha");
  g_autoptr(AtlasPlace) renamed = atlas_place_copy (alpha);
  g_autoptr(AtlasEdit) edit = NULL;
  guint highlights = 0, modified = 0;
  gboolean value;

  atlas_session_set_kb (session, kb);
  g_signal_connect (session, "highlight-changed", G_CALLBACK (count_cb), &highlights);
  g_signal_connect (session, "notify::modified", G_CALLBACK (count_notify_cb), &modified);
  g_assert_false (atlas_session_get_can_undo (session));

  /* A replaced selected event: its replacement is selected */
  atlas_session_set_selected_place (session, alpha);
  atlas_session_set_selected_event (session, shell);
  atlas_event_set_title (retitled, "Retitled");
  edit = atlas_edit_new_replace (kb, shell, retitled, NULL);
  highlights = 0;
  atlas_session_apply_edit (session, edit);
  g_assert_true (atlas_session_get_selected_event (session) == retitled);
  g_assert_true (atlas_session_get_selected_place (session) == alpha);
  g_assert_cmpuint (highlights, ==, 1);
  g_assert_cmpuint (modified, ==, 1);
  g_object_get (session, "can-undo", &value, NULL);
  g_assert_true (value);

  g_assert_true (atlas_session_undo (session));
  g_assert_true (atlas_session_get_selected_event (session) == shell);
  g_assert_false (atlas_session_get_modified (session));
  g_assert_true (atlas_session_redo (session));
  g_assert_true (atlas_session_get_selected_event (session) == retitled);

  /* A replaced selected place: the new one, still with its events highlighted */
  g_clear_object (&edit);
  atlas_place_set_name (renamed, "Alpha renamed");
  edit = atlas_edit_new_replace (kb, alpha, renamed, NULL);
  atlas_session_apply_edit (session, edit);
  g_assert_true (atlas_session_get_selected_place (session) == renamed);
  g_assert_cmpuint (atlas_session_get_n_highlighted (session), ==, 3);
  g_assert_cmpuint (atlas_session_get_place_count (session, renamed), >, 0);

  /* A deleted selected event: unselected, and the figure and report with it */
  g_clear_object (&edit);
  edit = atlas_edit_new_delete (kb, retitled, NULL);
  atlas_session_apply_edit (session, edit);
  g_assert_null (atlas_session_get_selected_event (session));
  g_assert_cmpuint (atlas_session_get_n_highlighted (session), ==, 2);

  /* A deleted selected place: unselected */
  g_clear_object (&edit);
  edit = atlas_edit_new_delete (kb, renamed, NULL);
  atlas_session_apply_edit (session, edit);
  g_assert_null (atlas_session_get_selected_place (session));
  g_assert_cmpuint (atlas_session_get_n_highlighted (session), ==, 5);

  atlas_session_set_saved (session);
  g_assert_false (atlas_session_get_modified (session));

  /* Another KB, another history */
  atlas_session_set_kb (session, NULL);
  g_assert_false (atlas_session_get_can_undo (session));
  g_assert_false (atlas_session_undo (session));
}

/* Random edits: undoing them all gives the KB back, redoing them all its last state */

static gpointer
random_item (GRand      *rand,
             GListModel *model)
{
  guint n = g_list_model_get_n_items (model);
  g_autoptr(GObject) item = NULL;

  if (n == 0)
    return NULL;
  item = g_list_model_get_item (model, g_rand_int_range (rand, 0, n));
  return item;  /* the KB holds it */
}

static AtlasEdit *
random_edit (AtlasKb *kb,
             GRand   *rand,
             guint    serial)
{
  g_autofree char *id = g_strdup_printf ("r%u", serial);
  AtlasPlace *place = random_item (rand, atlas_kb_get_places (kb));
  AtlasEvent *event = random_item (rand, atlas_kb_get_events (kb));
  AtlasCasualty *casualty = random_item (rand, atlas_kb_get_casualties (kb));
  AtlasArticle *article = random_item (rand, atlas_kb_get_articles (kb));
  AtlasDate date = atlas_date_from_ymd (2016, 1, 1) + g_rand_int_range (rand, 0, 8);

  switch (g_rand_int_range (rand, 0, 12))
    {
    case 0:
      {
        g_autoptr(AtlasPlace) added = atlas_place_new (id);
        return atlas_edit_new_add (kb, added, NULL);
      }

    case 1:
      if (place)
        {
          g_autoptr(AtlasPlace) copy = atlas_place_copy (place);
          atlas_place_set_name (copy, id);
          if (g_rand_boolean (rand))
            atlas_place_set_id (copy, id);
          return atlas_edit_new_replace (kb, place, copy, NULL);
        }
      break;

    case 2:
      if (place)
        return atlas_edit_new_delete (kb, place, NULL);
      break;

    case 3:
    case 4:
      if (article)
        {
          g_autoptr(AtlasEvent) added = atlas_event_new (id);
          AtlasSource source = { article, 0, 1, (char *) "x", NULL, NULL, 0 };

          atlas_event_set_dates (added, date, ATLAS_DATE_NONE, ATLAS_DATE_PRECISION_DAY);
          atlas_event_add_source (added, &source);
          if (place)
            atlas_event_add_place (added, place);
          return atlas_edit_new_add (kb, added, NULL);
        }
      break;

    case 5:
      if (event)
        {
          g_autoptr(AtlasEvent) copy = atlas_event_copy (event);

          if (g_rand_boolean (rand))
            atlas_event_set_dates (copy, date, ATLAS_DATE_NONE, ATLAS_DATE_PRECISION_DAY);
          if (place && g_rand_boolean (rand))
            atlas_event_add_place (copy, place);
          else if (atlas_event_get_n_places (copy) > 0)
            atlas_event_remove_place (copy, atlas_event_get_place (copy, 0));
          if (g_rand_boolean (rand))
            atlas_event_set_id (copy, id);
          return atlas_edit_new_replace (kb, event, copy, NULL);
        }
      break;

    case 6:
      if (event)
        return atlas_edit_new_delete (kb, event, NULL);
      break;

    case 7:
      if (event && article)
        {
          AtlasSource source = { article, 0, 1, (char *) "x", NULL, NULL, 0 };
          g_autoptr(AtlasCasualty) added = atlas_casualty_new (id, event, &source);

          if (place && g_rand_boolean (rand))
            atlas_casualty_add_place (added, place);
          if (casualty && g_rand_boolean (rand))
            atlas_casualty_set_overlaps (added, &casualty, 1);
          return atlas_edit_new_add (kb, added, NULL);
        }
      break;

    case 8:
      if (casualty)
        {
          g_autoptr(AtlasCasualty) copy = atlas_casualty_copy (casualty);
          AtlasCasualty *other = random_item (rand, atlas_kb_get_casualties (kb));

          if (event && g_rand_boolean (rand))
            atlas_casualty_set_event (copy, event);
          if (place && g_rand_boolean (rand))
            atlas_casualty_add_place (copy, place);
          if (other != casualty && g_rand_boolean (rand))
            atlas_casualty_set_overlaps (copy, &other, 1);
          if (g_rand_boolean (rand))
            atlas_casualty_set_id (copy, id);
          return atlas_edit_new_replace (kb, casualty, copy, NULL);
        }
      break;

    case 9:
      if (casualty)
        return atlas_edit_new_delete (kb, casualty, NULL);
      break;

    case 10:
      {
        g_autoptr(AtlasArticle) added = atlas_article_new (id);
        return atlas_edit_new_add (kb, added, NULL);
      }

    case 11:
      if (article && g_rand_int_range (rand, 0, 4) == 0)
        return atlas_edit_new_delete (kb, article, NULL);
      else if (article)
        {
          g_autoptr(AtlasArticle) copy = atlas_article_copy (article);
          atlas_article_set_title (copy, id);
          return atlas_edit_new_replace (kb, article, copy, NULL);
        }
      break;

    default:
      g_assert_not_reached ();
    }

  return NULL;
}

static void
test_random (void)
{
  g_autoptr(AtlasKb) kb = atlas_test_load_places_kb ();
  g_autoptr(AtlasHistory) history = history_new (kb);
  g_autofree char *first = atlas_test_kb_snapshot (kb);
  g_autofree char *last = NULL;
  guint32 seed = g_test_rand_int ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  guint n_edits = 0;

  g_test_message ("seed %u (run with --seed to repeat)", seed);

  for (guint i = 0; i < 400; i++)
    {
      AtlasEdit *edit = random_edit (kb, rand, i);

      if (edit)
        {
          apply (history, edit);
          n_edits++;
        }
    }
  g_test_message ("%u edits: %u events, %u figures, %u places left", n_edits,
                  g_list_model_get_n_items (atlas_kb_get_events (kb)),
                  g_list_model_get_n_items (atlas_kb_get_casualties (kb)),
                  g_list_model_get_n_items (atlas_kb_get_places (kb)));
  last = atlas_test_kb_snapshot (kb);

  while (atlas_history_get_can_undo (history))
    undo (history);
  atlas_test_assert_snapshot (kb, first);

  while (atlas_history_get_can_redo (history))
    redo (history);
  atlas_test_assert_snapshot (kb, last);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_bug_base ("https://github.com/aleppoatlas/aleppo-atlas/issues/");

  g_test_add_func ("/edit/event/add", test_event_add);
  g_test_add_func ("/edit/event/replace", test_event_replace);
  g_test_add_func ("/edit/event/delete", test_event_delete);
  g_test_add_func ("/edit/place/add-replace", test_place_add_replace);
  g_test_add_func ("/edit/place/delete", test_place_delete);
  g_test_add_func ("/edit/article/delete", test_article_delete);
  g_test_add_func ("/edit/article/add-replace", test_article_replace);
  g_test_add_func ("/edit/article/text", test_article_text);
  g_test_add_func ("/edit/casualty/edits", test_casualty_edits);
  g_test_add_func ("/edit/errors", test_errors);
  g_test_add_func ("/edit/history/labels-modified", test_history);
  g_test_add_func ("/edit/history/group", test_history_group);
  g_test_add_func ("/edit/session/selection", test_session);
  g_test_add_func ("/edit/random", test_random);

  return g_test_run ();
}

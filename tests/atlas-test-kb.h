/* atlas-test-kb.h: KBs for the tests, shared by the core and widget tests: loading one from
 * a string, and a small KB for the rules that tie events to places
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-kb.h"
#include "atlas-session.h"

G_BEGIN_DECLS

/* The start of a KB with one article "a" (text "abc") and no places, for tests that write
 * their events inline, and a source that any such event can give */
#define ATLAS_TEST_KB_HEAD \
  "{\"format\": \"aleppo-atlas-kb\", \"version\": 1, \"title\": \"test\"," \
  " \"articles\": [{\"id\": \"a\", \"title\": \"t\", \"outlet\": \"o\", \"published\": \"2016-10-02\", \"text\": \"abc\"}]," \
  " \"places\": [],"
#define ATLAS_TEST_KB_SOURCE "\"sources\": [{\"article\": \"a\", \"start\": 0, \"end\": 1, \"quote\": \"a\"}]"

AtlasKb *atlas_test_load_string (const char *json);
AtlasKb *atlas_test_dense_kb    (guint       n_events);

gboolean atlas_test_session_has_handlers (AtlasSession *session,
                                          const char   *detailed_signal);

/* Six events in date order, one a day from 2016-01-01, and four places with no location:
 *
 *   e-strikes      bombardment      alpha, beta   figure c-strikes names alpha (already there)
 *   e-shell        bombardment      alpha         figure c-gamma names gamma: the only way to gamma
 *   e-talks        diplomacy        delta         figure c-talks names no place: it counts at delta
 *   e-fighting     ground-fighting  (none)        figure c-fighter names beta (twice),
 *                                                 figure c-fighting names no place
 *   e-strike-beta  bombardment      beta
 *   e-evacuation   evacuation       alpha
 */
static const char atlas_test_places_kb[] =
  "{\n"
  "\"format\": \"aleppo-atlas-kb\", \"version\": 1, \"title\": \"Events at places (test)\",\n"
  "\"articles\": [\n"
  "  {\"id\": \"a1\", \"title\": \"Test report\", \"outlet\": \"Test Wire\", \"published\": \"2016-01-08\", \"text\": \"Strikes hit Alpha and Beta on Friday. A shell fell on Alpha. Two people died in Gamma, a medic said. Envoys met in Delta. Fighting went on; one fighter died in Beta. Another strike hit Beta. Evacuees left Alpha.\"}\n"
  "],\n"
  "\"places\": [\n"
  "  {\"id\": \"alpha\", \"name\": \"Alpha\", \"kind\": \"neighbourhood\", \"precision\": \"unknown\"},\n"
  "  {\"id\": \"beta\", \"name\": \"Beta\", \"kind\": \"neighbourhood\", \"precision\": \"unknown\"},\n"
  "  {\"id\": \"gamma\", \"name\": \"Gamma\", \"kind\": \"neighbourhood\", \"precision\": \"unknown\"},\n"
  "  {\"id\": \"delta\", \"name\": \"Delta\", \"kind\": \"neighbourhood\", \"precision\": \"unknown\"}\n"
  "],\n"
  "\"events\": [\n"
  "  {\"id\": \"e-strikes\", \"date\": \"2016-01-01\", \"date_precision\": \"day\", \"type\": \"bombardment\", \"title\": \"Strikes on Alpha and Beta\", \"places\": [\"alpha\", \"beta\"], \"sources\": [{\"article\": \"a1\", \"start\": 0, \"end\": 36, \"quote\": \"Strikes hit Alpha and Beta on Friday\"}]},\n"
  "  {\"id\": \"e-shell\", \"date\": \"2016-01-02\", \"date_precision\": \"day\", \"type\": \"bombardment\", \"title\": \"A shell on Alpha\", \"places\": [\"alpha\"], \"sources\": [{\"article\": \"a1\", \"start\": 38, \"end\": 59, \"quote\": \"A shell fell on Alpha\"}]},\n"
  "  {\"id\": \"e-talks\", \"date\": \"2016-01-03\", \"date_precision\": \"day\", \"type\": \"diplomacy\", \"title\": \"Talks in Delta\", \"places\": [\"delta\"], \"sources\": [{\"article\": \"a1\", \"start\": 101, \"end\": 120, \"quote\": \"Envoys met in Delta\"}]},\n"
  "  {\"id\": \"e-fighting\", \"date\": \"2016-01-04\", \"date_precision\": \"days\", \"type\": \"ground-fighting\", \"title\": \"Fighting\", \"places\": [], \"sources\": [{\"article\": \"a1\", \"start\": 122, \"end\": 138, \"quote\": \"Fighting went on\"}]},\n"
  "  {\"id\": \"e-strike-beta\", \"date\": \"2016-01-05\", \"date_precision\": \"day\", \"type\": \"bombardment\", \"title\": \"Strike on Beta\", \"places\": [\"beta\"], \"sources\": [{\"article\": \"a1\", \"start\": 166, \"end\": 189, \"quote\": \"Another strike hit Beta\"}]},\n"
  "  {\"id\": \"e-evacuation\", \"date\": \"2016-01-06\", \"date_precision\": \"day\", \"type\": \"evacuation\", \"title\": \"Evacuation of Alpha\", \"places\": [\"alpha\"], \"sources\": [{\"article\": \"a1\", \"start\": 191, \"end\": 210, \"quote\": \"Evacuees left Alpha\"}]}\n"
  "],\n"
  "\"casualties\": [\n"
  "  {\"id\": \"c-gamma\", \"event\": \"e-shell\", \"places\": [\"gamma\"], \"killed\": {\"min\": 2}, \"who\": \"people\", \"reported_by\": \"a medic\", \"source\": {\"article\": \"a1\", \"start\": 61, \"end\": 85, \"quote\": \"Two people died in Gamma\"}},\n"
  "  {\"id\": \"c-fighter\", \"event\": \"e-fighting\", \"places\": [\"beta\", \"beta\"], \"killed\": {\"min\": 1}, \"who\": \"opposition fighters\", \"reported_by\": \"Test Wire\", \"source\": {\"article\": \"a1\", \"start\": 140, \"end\": 164, \"quote\": \"one fighter died in Beta\"}},\n"
  "  {\"id\": \"c-fighting\", \"event\": \"e-fighting\", \"killed\": {\"min\": 1}, \"who\": \"people\", \"reported_by\": \"Test Wire\", \"source\": {\"article\": \"a1\", \"start\": 140, \"end\": 156, \"quote\": \"one fighter died\"}},\n"
  "  {\"id\": \"c-strikes\", \"event\": \"e-strikes\", \"places\": [\"alpha\"], \"killed\": {\"min\": 2}, \"who\": \"people\", \"reported_by\": \"a medic\", \"source\": {\"article\": \"a1\", \"start\": 61, \"end\": 76, \"quote\": \"Two people died\"}},\n"
  "  {\"id\": \"c-talks\", \"event\": \"e-talks\", \"injured\": {\"min\": 0}, \"who\": \"people\", \"reported_by\": \"Test Wire\", \"source\": {\"article\": \"a1\", \"start\": 101, \"end\": 120, \"quote\": \"Envoys met in Delta\"}}\n"
  "]\n"
  "}\n";

/* The KB the app ships, data/aleppo-2016.json, which must load */
static inline AtlasKb *
atlas_test_load_shipped_kb (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "aleppo-2016.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AtlasKb *kb = atlas_kb_new_from_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (kb);
  return kb;
}

static inline AtlasKb *
atlas_test_load_places_kb (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (atlas_test_places_kb, sizeof atlas_test_places_kb - 1);
  g_autoptr(GError) error = NULL;
  AtlasKb *kb = atlas_kb_new_from_bytes (bytes, "places.json", NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (kb);
  return kb;
}

G_END_DECLS

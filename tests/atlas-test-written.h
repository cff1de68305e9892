/* atlas-test-written.h: reading back what the writer wrote, and comparing two KBs getter by
 * getter; shared by the tests of writing and saving
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "atlas-kb.h"
#include "atlas-kb-writer.h"

G_BEGIN_DECLS

/* Loads what atlas_kb_to_bytes() wrote, which must be a valid KB of format 2 */
static inline AtlasKb *
atlas_test_load_written (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  AtlasKb *kb = atlas_kb_new_from_bytes (bytes, "written.json", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (atlas_kb_get_format_version (kb), ==, 2);
  return kb;
}

static inline void
atlas_test_assert_sources_equal (const AtlasSource *a,
                                 const AtlasSource *b)
{
  g_autofree char *prefix_a = atlas_source_dup_prefix (a);
  g_autofree char *prefix_b = atlas_source_dup_prefix (b);
  g_autofree char *suffix_a = atlas_source_dup_suffix (a);
  g_autofree char *suffix_b = atlas_source_dup_suffix (b);

  g_assert_cmpstr (atlas_article_get_id (a->article), ==, atlas_article_get_id (b->article));
  g_assert_cmpuint (a->start, ==, b->start);
  g_assert_cmpuint (a->end, ==, b->end);
  g_assert_cmpstr (a->quote, ==, b->quote);
  g_assert_cmpstr (prefix_a, ==, prefix_b);
  g_assert_cmpstr (suffix_a, ==, suffix_b);
  /* Moved is what a load found; written again, the source is where it was moved to */
  g_assert_cmpint (a->anchor == ATLAS_ANCHOR_ORPHANED, ==, b->anchor == ATLAS_ANCHOR_ORPHANED);
}

static inline void
atlas_test_assert_strv_equal (const char * const *a,
                              const char * const *b)
{
  guint n_a = a ? g_strv_length ((char **) a) : 0;
  guint n_b = b ? g_strv_length ((char **) b) : 0;

  g_assert_cmpuint (n_a, ==, n_b);
  for (guint i = 0; i < n_a; i++)
    g_assert_cmpstr (a[i], ==, b[i]);
}

static inline void
atlas_test_assert_counts_equal (const AtlasCount *a,
                                const AtlasCount *b)
{
  g_assert_cmpint (a->min, ==, b->min);
  g_assert_cmpint (a->max, ==, b->max);
  g_assert_cmpstr (a->words, ==, b->words);
}

/* Doubles compared bit for bit: a coordinate must read back exactly */
static inline void
atlas_test_assert_same_double (double a,
                               double b)
{
  if (memcmp (&a, &b, sizeof a) != 0 && !(a == 0 && b == 0))
    g_error ("%.17g and %.17g differ", a, b);
}

static inline void
atlas_test_assert_geometries_equal (AtlasGeometry *a,
                                    AtlasGeometry *b)
{
  g_assert_true ((a == NULL) == (b == NULL));
  if (a == NULL)
    return;

  g_assert_cmpuint (atlas_geometry_get_n_polygons (a), ==, atlas_geometry_get_n_polygons (b));
  for (guint p = 0; p < atlas_geometry_get_n_polygons (a); p++)
    {
      g_assert_cmpuint (atlas_geometry_get_n_rings (a, p), ==, atlas_geometry_get_n_rings (b, p));
      for (guint r = 0; r < atlas_geometry_get_n_rings (a, p); r++)
        {
          guint n_a, n_b;
          const double *ra = atlas_geometry_get_ring (a, p, r, &n_a);
          const double *rb = atlas_geometry_get_ring (b, p, r, &n_b);

          g_assert_cmpuint (n_a, ==, n_b);
          for (guint i = 0; i < 2 * n_a; i++)
            atlas_test_assert_same_double (ra[i], rb[i]);
        }
    }
}

/* Every getter of every item of @a equals that of @b */
static inline void
atlas_test_assert_kbs_equal (AtlasKb *a,
                             AtlasKb *b)
{
  GListModel *list_a, *list_b;
  double lat_a = 0, lon_a = 0, zoom_a = 0, lat_b = 0, lon_b = 0, zoom_b = 0;
  const AtlasKbEventType * const *types_a, * const *types_b;
  guint n_types_a = 0, n_types_b = 0;

  g_assert_cmpstr (atlas_kb_get_title (a), ==, atlas_kb_get_title (b));
  g_assert_cmpstr (atlas_kb_get_region_name (a), ==, atlas_kb_get_region_name (b));
  g_assert_cmpint (atlas_kb_get_region_center (a, &lat_a, &lon_a, &zoom_a), ==,
                   atlas_kb_get_region_center (b, &lat_b, &lon_b, &zoom_b));
  atlas_test_assert_same_double (lat_a, lat_b);
  atlas_test_assert_same_double (lon_a, lon_b);
  if (atlas_kb_get_region_name (a) || atlas_kb_get_region_center (a, NULL, NULL, NULL))
    atlas_test_assert_same_double (zoom_a, zoom_b);

  types_a = atlas_kb_get_declared_event_types (a, &n_types_a);
  types_b = atlas_kb_get_declared_event_types (b, &n_types_b);
  g_assert_cmpuint (n_types_a, ==, n_types_b);
  g_assert_true ((types_a == NULL) == (types_b == NULL));
  for (guint i = 0; i < n_types_a; i++)
    {
      g_assert_cmpstr (types_a[i]->id, ==, types_b[i]->id);
      g_assert_cmpstr (types_a[i]->label, ==, types_b[i]->label);
      g_assert_cmpstr (types_a[i]->colour, ==, types_b[i]->colour);
    }

  list_a = atlas_kb_get_articles (a);
  list_b = atlas_kb_get_articles (b);
  g_assert_cmpuint (g_list_model_get_n_items (list_a), ==, g_list_model_get_n_items (list_b));
  for (guint i = 0; i < g_list_model_get_n_items (list_a); i++)
    {
      g_autoptr(AtlasArticle) x = g_list_model_get_item (list_a, i);
      g_autoptr(AtlasArticle) y = g_list_model_get_item (list_b, i);

      g_assert_cmpstr (atlas_article_get_id (x), ==, atlas_article_get_id (y));
      g_assert_cmpstr (atlas_article_get_title (x), ==, atlas_article_get_title (y));
      g_assert_cmpstr (atlas_article_get_outlet (x), ==, atlas_article_get_outlet (y));
      g_assert_cmpstr (atlas_article_get_url (x), ==, atlas_article_get_url (y));
      g_assert_cmpstr (atlas_article_get_text (x), ==, atlas_article_get_text (y));
      g_assert_cmpstr (atlas_article_get_sha256 (x), ==, atlas_article_get_sha256 (y));
      g_assert_cmpuint (atlas_article_get_published (x), ==, atlas_article_get_published (y));
      g_assert_cmpuint (atlas_article_get_n_chars (x), ==, atlas_article_get_n_chars (y));
    }

  list_a = atlas_kb_get_places (a);
  list_b = atlas_kb_get_places (b);
  g_assert_cmpuint (g_list_model_get_n_items (list_a), ==, g_list_model_get_n_items (list_b));
  for (guint i = 0; i < g_list_model_get_n_items (list_a); i++)
    {
      g_autoptr(AtlasPlace) x = g_list_model_get_item (list_a, i);
      g_autoptr(AtlasPlace) y = g_list_model_get_item (list_b, i);

      g_assert_cmpstr (atlas_place_get_id (x), ==, atlas_place_get_id (y));
      g_assert_cmpstr (atlas_place_get_name (x), ==, atlas_place_get_name (y));
      g_assert_cmpstr (atlas_place_get_name_ar (x), ==, atlas_place_get_name_ar (y));
      atlas_test_assert_strv_equal (atlas_place_get_aliases (x), atlas_place_get_aliases (y));
      g_assert_cmpstr (atlas_place_get_kind (x), ==, atlas_place_get_kind (y));
      g_assert_cmpint (atlas_place_get_precision (x), ==, atlas_place_get_precision (y));
      g_assert_cmpint (atlas_place_get_location (x, &lat_a, &lon_a), ==, atlas_place_get_location (y, &lat_b, &lon_b));
      if (atlas_place_get_location (x, NULL, NULL))
        {
          atlas_test_assert_same_double (lat_a, lat_b);
          atlas_test_assert_same_double (lon_a, lon_b);
        }
      atlas_test_assert_geometries_equal (atlas_place_get_geometry (x), atlas_place_get_geometry (y));
      g_assert_cmpstr (atlas_place_get_source (x), ==, atlas_place_get_source (y));
      g_assert_cmpstr (atlas_place_get_note (x), ==, atlas_place_get_note (y));
    }

  list_a = atlas_kb_get_events (a);
  list_b = atlas_kb_get_events (b);
  g_assert_cmpuint (g_list_model_get_n_items (list_a), ==, g_list_model_get_n_items (list_b));
  for (guint i = 0; i < g_list_model_get_n_items (list_a); i++)
    {
      g_autoptr(AtlasEvent) x = g_list_model_get_item (list_a, i);
      g_autoptr(AtlasEvent) y = g_list_model_get_item (list_b, i);

      g_assert_cmpstr (atlas_event_get_id (x), ==, atlas_event_get_id (y));
      g_assert_cmpstr (atlas_event_get_title (x), ==, atlas_event_get_title (y));
      g_assert_cmpstr (atlas_event_get_summary (x), ==, atlas_event_get_summary (y));
      g_assert_cmpstr (atlas_event_get_event_type (x), ==, atlas_event_get_event_type (y));
      g_assert_cmpstr (atlas_event_get_note (x), ==, atlas_event_get_note (y));
      g_assert_cmpuint (atlas_event_get_date (x), ==, atlas_event_get_date (y));
      g_assert_cmpuint (atlas_event_get_end_date (x), ==, atlas_event_get_end_date (y));
      g_assert_cmpint (atlas_event_get_date_precision (x), ==, atlas_event_get_date_precision (y));
      g_assert_cmpint (atlas_event_get_status (x), ==, atlas_event_get_status (y));
      g_assert_cmpint (atlas_event_get_verification (x), ==, atlas_event_get_verification (y));
      g_assert_cmpuint (atlas_event_get_n_independent_sources (x), ==, atlas_event_get_n_independent_sources (y));
      g_assert_cmpuint (atlas_event_get_position (x), ==, atlas_event_get_position (y));
      g_assert_cmpuint (atlas_event_get_n_places (x), ==, atlas_event_get_n_places (y));
      for (guint p = 0; p < atlas_event_get_n_places (x); p++)
        g_assert_cmpstr (atlas_place_get_id (atlas_event_get_place (x, p)), ==,
                         atlas_place_get_id (atlas_event_get_place (y, p)));
      atlas_test_assert_strv_equal (atlas_event_get_actors (x), atlas_event_get_actors (y));
      g_assert_cmpuint (atlas_event_get_n_sources (x), ==, atlas_event_get_n_sources (y));
      for (guint s = 0; s < atlas_event_get_n_sources (x); s++)
        atlas_test_assert_sources_equal (atlas_event_get_source (x, s), atlas_event_get_source (y, s));
    }

  list_a = atlas_kb_get_casualties (a);
  list_b = atlas_kb_get_casualties (b);
  g_assert_cmpuint (g_list_model_get_n_items (list_a), ==, g_list_model_get_n_items (list_b));
  for (guint i = 0; i < g_list_model_get_n_items (list_a); i++)
    {
      g_autoptr(AtlasCasualty) x = g_list_model_get_item (list_a, i);
      g_autoptr(AtlasCasualty) y = g_list_model_get_item (list_b, i);
      AtlasDate start_a = 0, end_a = 0, start_b = 0, end_b = 0;

      g_assert_cmpstr (atlas_casualty_get_id (x), ==, atlas_casualty_get_id (y));
      g_assert_cmpstr (atlas_event_get_id (atlas_casualty_get_event (x)), ==,
                       atlas_event_get_id (atlas_casualty_get_event (y)));
      g_assert_cmpuint (atlas_casualty_get_n_places (x), ==, atlas_casualty_get_n_places (y));
      for (guint p = 0; p < atlas_casualty_get_n_places (x); p++)
        g_assert_cmpstr (atlas_place_get_id (atlas_casualty_get_place (x, p)), ==,
                         atlas_place_get_id (atlas_casualty_get_place (y, p)));
      atlas_test_assert_counts_equal (atlas_casualty_get_killed (x), atlas_casualty_get_killed (y));
      atlas_test_assert_counts_equal (atlas_casualty_get_injured (x), atlas_casualty_get_injured (y));
      g_assert_cmpint (atlas_casualty_get_period (x, &start_a, &end_a), ==,
                       atlas_casualty_get_period (y, &start_b, &end_b));
      g_assert_cmpuint (start_a, ==, start_b);
      g_assert_cmpuint (end_a, ==, end_b);
      g_assert_cmpuint (atlas_casualty_get_n_overlaps (x), ==, atlas_casualty_get_n_overlaps (y));
      for (guint o = 0; o < atlas_casualty_get_n_overlaps (x); o++)
        g_assert_cmpstr (atlas_casualty_get_id (atlas_casualty_get_overlap (x, o)), ==,
                         atlas_casualty_get_id (atlas_casualty_get_overlap (y, o)));
      g_assert_cmpint (atlas_casualty_get_verification (x), ==, atlas_casualty_get_verification (y));
      g_assert_cmpstr (atlas_casualty_get_who (x), ==, atlas_casualty_get_who (y));
      g_assert_cmpstr (atlas_casualty_get_qualifier (x), ==, atlas_casualty_get_qualifier (y));
      g_assert_cmpstr (atlas_casualty_get_reported_by (x), ==, atlas_casualty_get_reported_by (y));
      g_assert_cmpstr (atlas_casualty_get_note (x), ==, atlas_casualty_get_note (y));
      atlas_test_assert_sources_equal (atlas_casualty_get_source (x), atlas_casualty_get_source (y));
    }
}

G_END_DECLS

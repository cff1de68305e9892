/* test-label-placer.c: where map labels go, with fixed boxes: no fonts, no display
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-label-placer"

#include "config.h"

#include "atlas-label-placer.h"

#define VIEW_W 900.0
#define VIEW_H 650.0

/* A label 40 × 10 on a marker 18 px square whose centre is its anchor, (109, 109) */
static AtlasLabel
label_on_marker (void)
{
  AtlasLabel label = {
    .width = 40, .height = 10, .anchor_x = 109, .anchor_y = 109,
    .has_marker = TRUE, .marker = GRAPHENE_RECT_INIT (100, 100, 18, 18),
  };

  return label;
}

static void
assert_box (const graphene_rect_t *box,
            double                 x,
            double                 y,
            double                 width,
            double                 height)
{
  /* The placer keeps a hundredth of a pixel between a label and its marker */
  g_assert_cmpfloat_with_epsilon (box->origin.x, x, 0.02);
  g_assert_cmpfloat_with_epsilon (box->origin.y, y, 0.02);
  g_assert_cmpfloat_with_epsilon (box->size.width, width, 1e-4);
  g_assert_cmpfloat_with_epsilon (box->size.height, height, 1e-4);
}

/* Places @label alone among @markers, and returns where it went */
static AtlasLabelPosition
place_alone (const AtlasLabel      *label,
             const graphene_rect_t *markers,
             guint                  n_markers,
             graphene_rect_t       *box)
{
  g_autoptr(AtlasLabelPlacer) placer = atlas_label_placer_new (VIEW_W, VIEW_H);
  AtlasLabelPosition position;

  for (guint i = 0; i < n_markers; i++)
    atlas_label_placer_add_marker (placer, &markers[i]);
  atlas_label_placer_add_label (placer, label);
  atlas_label_placer_place (placer);

  g_assert_cmpuint (atlas_label_placer_get_n_labels (placer), ==, 1);
  atlas_label_placer_get_label (placer, 0, &position, box);
  return position;
}

/* Nothing in the way: centred on its anchor, and that is its only position without a marker */
static void
test_centre (void)
{
  AtlasLabel label = { .width = 40, .height = 10, .anchor_x = 300, .anchor_y = 200 };
  graphene_rect_t box;

  g_assert_cmpint (place_alone (&label, NULL, 0, &box), ==, ATLAS_LABEL_CENTER);
  assert_box (&box, 280, 195, 40, 10);

  for (AtlasLabelPosition p = ATLAS_LABEL_CENTER + 1; p < ATLAS_LABEL_N_POSITIONS; p++)
    g_assert_false (atlas_label_get_candidate (&label, p, &box));
}

/* Each position, measured from the marker's box: clear of it, next to it */
static void
test_positions (void)
{
  AtlasLabel label = label_on_marker ();
  struct {
    AtlasLabelPosition position;
    double             x, y;
  } expected[] = {
    { ATLAS_LABEL_CENTER,      89, 104 },
    { ATLAS_LABEL_BELOW,       89, 118 },   /* centred on the anchor, under the marker */
    { ATLAS_LABEL_ABOVE,       89, 90 },
    { ATLAS_LABEL_RIGHT,       118, 104 },  /* on the anchor's line, beside the marker */
    { ATLAS_LABEL_LEFT,        60, 104 },
    { ATLAS_LABEL_BELOW_RIGHT, 118, 118 },
    { ATLAS_LABEL_BELOW_LEFT,  60, 118 },
    { ATLAS_LABEL_ABOVE_RIGHT, 118, 90 },
    { ATLAS_LABEL_ABOVE_LEFT,  60, 90 },
  };

  g_assert_cmpuint (G_N_ELEMENTS (expected), ==, ATLAS_LABEL_N_POSITIONS);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      graphene_rect_t box;

      g_assert_cmpint (expected[i].position, ==, i);
      g_assert_true (atlas_label_get_candidate (&label, expected[i].position, &box));
      assert_box (&box, expected[i].x, expected[i].y, 40, 10);
      if (expected[i].position != ATLAS_LABEL_CENTER)
        g_assert_false (graphene_rect_intersection (&box, &label.marker, NULL));
    }

  /* A marker off the anchor: below is measured from the marker's bottom, not the anchor */
  label.marker = GRAPHENE_RECT_INIT (80, 104, 18, 18);
  {
    graphene_rect_t box;

    g_assert_true (atlas_label_get_candidate (&label, ATLAS_LABEL_BELOW, &box));
    assert_box (&box, 89, 122, 40, 10);
    g_assert_true (atlas_label_get_candidate (&label, ATLAS_LABEL_RIGHT, &box));
    assert_box (&box, 98, 104, 40, 10);
  }
}

/* Each position is taken when every one before it is blocked, and only then */
static void
test_order (void)
{
  AtlasLabel label = label_on_marker ();

  for (AtlasLabelPosition want = ATLAS_LABEL_BELOW; want < ATLAS_LABEL_N_POSITIONS; want++)
    {
      graphene_rect_t markers[ATLAS_LABEL_N_POSITIONS + 1];
      graphene_rect_t box, wanted;
      guint n = 0;

      /* The label's own marker blocks the centre; a dot in the middle of each position
       * before @want blocks that one, and none of the others */
      markers[n++] = label.marker;
      g_assert_true (atlas_label_get_candidate (&label, want, &wanted));
      for (AtlasLabelPosition p = ATLAS_LABEL_BELOW; p < want; p++)
        {
          graphene_rect_t candidate;

          g_assert_true (atlas_label_get_candidate (&label, p, &candidate));
          graphene_rect_init (&markers[n], candidate.origin.x + candidate.size.width / 2 - 1,
                              candidate.origin.y + candidate.size.height / 2 - 1, 2, 2);
          g_assert_false (graphene_rect_intersection (&markers[n], &wanted, NULL));
          n++;
        }

      g_assert_cmpint (place_alone (&label, markers, n, &box), ==, want);
      g_assert_true (graphene_rect_equal (&box, &wanted));
    }
}

/* Dropped when, and only when, every position collides */
static void
test_dropped_only_when_all_collide (void)
{
  AtlasLabel label = label_on_marker ();
  graphene_rect_t markers[ATLAS_LABEL_N_POSITIONS];
  graphene_rect_t box;

  for (AtlasLabelPosition p = 0; p < ATLAS_LABEL_N_POSITIONS; p++)
    {
      g_assert_true (atlas_label_get_candidate (&label, p, &markers[p]));
      /* A dot in its middle */
      graphene_rect_init (&markers[p], markers[p].origin.x + 19, markers[p].origin.y + 4, 2, 2);
    }
  g_assert_cmpint (place_alone (&label, markers, ATLAS_LABEL_N_POSITIONS, &box), ==, ATLAS_LABEL_DROPPED);

  /* Free any one of them, and the label goes there */
  for (AtlasLabelPosition free = 0; free < ATLAS_LABEL_N_POSITIONS; free++)
    {
      graphene_rect_t others[ATLAS_LABEL_N_POSITIONS];
      guint n = 0;

      for (AtlasLabelPosition p = 0; p < ATLAS_LABEL_N_POSITIONS; p++)
        if (p != free)
          others[n++] = markers[p];
      /* The centre is blocked by the label's own marker unless it is the one freed */
      if (free != ATLAS_LABEL_CENTER)
        others[n++] = label.marker;

      g_assert_cmpint (place_alone (&label, others, n, &box), ==, free);
    }
}

/* Labels give way to labels placed before them, and to the edge of the view */
static void
test_labels_and_edges (void)
{
  g_autoptr(AtlasLabelPlacer) placer = atlas_label_placer_new (VIEW_W, VIEW_H);
  AtlasLabel first = label_on_marker ();
  AtlasLabel second = label_on_marker ();
  AtlasLabel edge = { .width = 40, .height = 10, .anchor_x = 10, .anchor_y = 300,
                      .has_marker = TRUE, .marker = GRAPHENE_RECT_INIT (1, 291, 18, 18) };
  AtlasLabelPosition position;
  graphene_rect_t box;

  atlas_label_placer_add_marker (placer, &first.marker);
  atlas_label_placer_add_marker (placer, &edge.marker);
  first.data = "first";
  second.data = "second";
  edge.data = "edge";
  atlas_label_placer_add_label (placer, &first);
  atlas_label_placer_add_label (placer, &second);
  atlas_label_placer_add_label (placer, &edge);
  atlas_label_placer_place (placer);

  /* The same label twice: the second takes the next position */
  g_assert_true (atlas_label_placer_lookup (placer, "first", &position, NULL));
  g_assert_cmpint (position, ==, ATLAS_LABEL_BELOW);
  g_assert_true (atlas_label_placer_lookup (placer, "second", &position, NULL));
  g_assert_cmpint (position, ==, ATLAS_LABEL_ABOVE);

  /* Below and above would stick out on the left: beside it, on the right */
  g_assert_true (atlas_label_placer_lookup (placer, "edge", &position, &box));
  g_assert_cmpint (position, ==, ATLAS_LABEL_RIGHT);
  g_assert_cmpfloat (box.origin.x, >=, 0);

  g_assert_false (atlas_label_placer_lookup (placer, "none", &position, NULL));
}

/* Higher priority first, whatever the order added; equal priorities in the order added */
static void
test_priority (void)
{
  for (guint order = 0; order < 2; order++)
    {
      g_autoptr(AtlasLabelPlacer) placer = atlas_label_placer_new (VIEW_W, VIEW_H);
      /* Two labels with only the centre, on the same spot: one of them fits */
      AtlasLabel low = { .width = 40, .height = 10, .anchor_x = 300, .anchor_y = 200,
                         .priority = 1, .data = "low" };
      AtlasLabel high = low;
      AtlasLabel tie = low;
      AtlasLabelPosition position;

      high.priority = 2;
      high.data = "high";
      tie.data = "tie";

      if (order == 0)
        {
          atlas_label_placer_add_label (placer, &low);
          atlas_label_placer_add_label (placer, &tie);
          atlas_label_placer_add_label (placer, &high);
        }
      else
        {
          atlas_label_placer_add_label (placer, &high);
          atlas_label_placer_add_label (placer, &tie);
          atlas_label_placer_add_label (placer, &low);
        }
      atlas_label_placer_place (placer);

      g_assert_true (atlas_label_placer_lookup (placer, "high", &position, NULL));
      g_assert_false (atlas_label_placer_lookup (placer, "low", &position, NULL));
      g_assert_cmpint (position, ==, ATLAS_LABEL_DROPPED);
      g_assert_false (atlas_label_placer_lookup (placer, "tie", NULL, NULL));

      /* Listed in the order placed */
      g_assert_cmpstr (atlas_label_placer_get_label (placer, 0, NULL, NULL)->data, ==, "high");
      g_assert_cmpstr (atlas_label_placer_get_label (placer, 1, NULL, NULL)->data, ==, order == 0 ? "low" : "tie");
    }
}

/* The selected place's label is placed even when every position collides: at the first
 * that is inside the view */
static void
test_always (void)
{
  g_autoptr(AtlasLabelPlacer) placer = atlas_label_placer_new (VIEW_W, VIEW_H);
  AtlasLabel label = { .width = 40, .height = 10, .anchor_x = 300, .anchor_y = 200,
                       .priority = 10, .always = TRUE, .data = "selected" };
  AtlasLabel other = { .width = 40, .height = 10, .anchor_x = 300, .anchor_y = 200,
                       .priority = 1, .data = "other" };
  AtlasLabelPosition position;
  graphene_rect_t box;

  atlas_label_placer_add_marker (placer, &GRAPHENE_RECT_INIT (299, 199, 2, 2));
  atlas_label_placer_add_label (placer, &other);
  atlas_label_placer_add_label (placer, &label);
  atlas_label_placer_place (placer);

  g_assert_true (atlas_label_placer_lookup (placer, "selected", &position, &box));
  g_assert_cmpint (position, ==, ATLAS_LABEL_CENTER);
  assert_box (&box, 280, 195, 40, 10);
  g_assert_false (atlas_label_placer_lookup (placer, "other", NULL, NULL));
}

/* The marker a label makes way for: the one nearest its anchor among those in its way */
static void
test_find_marker (void)
{
  g_autoptr(AtlasLabelPlacer) placer = atlas_label_placer_new (VIEW_W, VIEW_H);
  AtlasLabel label = { .width = 90, .height = 16, .anchor_x = 300, .anchor_y = 200 };
  graphene_rect_t marker;

  g_assert_false (atlas_label_placer_find_marker (placer, &label, &marker));

  atlas_label_placer_add_marker (placer, &GRAPHENE_RECT_INIT (500, 500, 18, 18));   /* far */
  g_assert_false (atlas_label_placer_find_marker (placer, &label, &marker));

  atlas_label_placer_add_marker (placer, &GRAPHENE_RECT_INIT (330, 195, 18, 18));   /* at its end */
  atlas_label_placer_add_marker (placer, &GRAPHENE_RECT_INIT (280, 190, 18, 18));   /* nearer */
  g_assert_true (atlas_label_placer_find_marker (placer, &label, &marker));
  g_assert_true (graphene_rect_equal (&marker, &GRAPHENE_RECT_INIT (280, 190, 18, 18)));
  g_assert_cmpuint (atlas_label_placer_get_n_markers (placer), ==, 3);
}

/*
 * What a fresh Debian 12 machine drew (issue 6), in DejaVu Sans at zoom 13: al-Helwaniyeh's
 * label, 91 px of text in a 95 × 16 box, centred on its interior point, covers Tariq al-Bab's
 * marker; the old "below", 17 px under the anchor, still covered it by under a pixel; the old
 * "above" covered al-Besel's label, placed before it, by about a pixel; and it was dropped.
 */
static void
test_helwaniyeh (void)
{
  const graphene_rect_t tariq_al_bab = GRAPHENE_RECT_INIT (681.77, 304.09, 18, 18);
  const graphene_rect_t besel = GRAPHENE_RECT_INIT (758.18, 282.25, 57, 16);
  AtlasLabel helwaniyeh = { .width = 95, .height = 16, .anchor_x = 711.95, .anchor_y = 312.35,
                            .priority = 1, .data = "al-Helwaniyeh" };
  AtlasLabel al_besel = { .width = 57, .height = 16, .anchor_x = 786.68, .anchor_y = 290.25,
                          .priority = 2, .data = "al-Besel" };
  graphene_rect_t old_below = GRAPHENE_RECT_INIT (711.95 - 47.5, 312.35 + 17 - 8, 95, 16);
  graphene_rect_t old_above = GRAPHENE_RECT_INIT (711.95 - 47.5, 312.35 - 17 - 8, 95, 16);

  /* What went wrong */
  g_assert_true (graphene_rect_intersection (&old_below, &tariq_al_bab, NULL));
  g_assert_true (graphene_rect_intersection (&old_above, &besel, NULL));

  for (guint view_h = 0; view_h < 2; view_h++)
    {
      /* The whole map; then one that ends under the marker, so that "below" is cut */
      g_autoptr(AtlasLabelPlacer) placer = atlas_label_placer_new (900, view_h == 0 ? 650 : 330);
      AtlasLabel label = helwaniyeh;
      AtlasLabelPosition position;
      graphene_rect_t box, placed_besel;

      atlas_label_placer_add_marker (placer, &tariq_al_bab);
      label.has_marker = atlas_label_placer_find_marker (placer, &label, &label.marker);
      g_assert_true (label.has_marker);
      g_assert_true (graphene_rect_equal (&label.marker, &tariq_al_bab));

      atlas_label_placer_add_label (placer, &label);
      atlas_label_placer_add_label (placer, &al_besel);
      atlas_label_placer_place (placer);

      g_assert_true (atlas_label_placer_lookup (placer, "al-Besel", NULL, &placed_besel));
      assert_box (&placed_besel, besel.origin.x, besel.origin.y, 57, 16);

      g_assert_true (atlas_label_placer_lookup (placer, "al-Helwaniyeh", &position, &box));
      g_assert_cmpint (position, ==, view_h == 0 ? ATLAS_LABEL_BELOW : ATLAS_LABEL_RIGHT);
      g_assert_false (graphene_rect_intersection (&box, &tariq_al_bab, NULL));
      g_assert_false (graphene_rect_intersection (&box, &placed_besel, NULL));
      g_test_message ("al-Helwaniyeh at %g, %g in a map %d px high", box.origin.x, box.origin.y,
                      view_h == 0 ? 650 : 330);
    }
}

/* Overlay widgets (buttons, the legend) are obstacles: a label keeps clear of them, even one
 * that is always placed, and it is not moved around one the way it is around its marker */
static void
test_obstacles (void)
{
  g_autoptr(AtlasLabelPlacer) placer = atlas_label_placer_new (VIEW_W, VIEW_H);
  AtlasLabel free_label = { .width = 40, .height = 10, .anchor_x = 300, .anchor_y = 200, .data = "free" };
  AtlasLabel covered = { .width = 40, .height = 10, .anchor_x = 800, .anchor_y = 30, .data = "covered" };
  AtlasLabel always = { .width = 40, .height = 10, .anchor_x = 805, .anchor_y = 40, .always = TRUE, .data = "always",
                        .priority = 1 };
  AtlasLabel marked = label_on_marker ();
  /* The "Street map" button, top right, and the legend, bottom left */
  graphene_rect_t button = GRAPHENE_RECT_INIT (700, 12, 180, 34);
  graphene_rect_t legend = GRAPHENE_RECT_INIT (60, 85, 55, 75);
  AtlasLabelPosition position;
  graphene_rect_t box;

  marked.data = "marked";
  atlas_label_placer_add_obstacle (placer, &button);
  atlas_label_placer_add_obstacle (placer, &legend);
  g_assert_cmpuint (atlas_label_placer_get_n_obstacles (placer), ==, 2);
  g_assert_true (graphene_rect_equal (atlas_label_placer_get_obstacle (placer, 1), &legend));
  /* An obstacle is not a marker: a label is not moved around it for that */
  g_assert_cmpuint (atlas_label_placer_get_n_markers (placer), ==, 0);

  atlas_label_placer_add_label (placer, &free_label);
  atlas_label_placer_add_label (placer, &covered);
  atlas_label_placer_add_label (placer, &always);
  atlas_label_placer_add_label (placer, &marked);
  atlas_label_placer_place (placer);

  g_assert_true (atlas_label_placer_lookup (placer, "free", &position, &box));
  g_assert_cmpint (position, ==, ATLAS_LABEL_CENTER);
  g_assert_false (atlas_label_placer_lookup (placer, "covered", &position, NULL));
  g_assert_cmpint (position, ==, ATLAS_LABEL_DROPPED);
  g_assert_false (atlas_label_placer_lookup (placer, "always", &position, NULL));

  /* The label on its marker (100–118) would go centred, below or above into the legend
   * (60–115, 85–160); it goes to the right of its marker, clear of both */
  g_assert_true (atlas_label_placer_lookup (placer, "marked", &position, &box));
  g_assert_cmpint (position, ==, ATLAS_LABEL_RIGHT);
  g_assert_false (graphene_rect_intersection (&box, &legend, NULL));

  g_assert_true (atlas_label_placer_collides (placer, 0, &GRAPHENE_RECT_INIT (750, 40, 10, 10)));
  g_assert_false (atlas_label_placer_collides (placer, 0, &GRAPHENE_RECT_INIT (750, 50, 10, 10)));

  /* Reset forgets them */
  atlas_label_placer_reset (placer, VIEW_W, VIEW_H);
  g_assert_cmpuint (atlas_label_placer_get_n_obstacles (placer), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/label-placer/centre", test_centre);
  g_test_add_func ("/label-placer/positions", test_positions);
  g_test_add_func ("/label-placer/order", test_order);
  g_test_add_func ("/label-placer/dropped-only-when-all-collide", test_dropped_only_when_all_collide);
  g_test_add_func ("/label-placer/labels-and-edges", test_labels_and_edges);
  g_test_add_func ("/label-placer/priority", test_priority);
  g_test_add_func ("/label-placer/always", test_always);
  g_test_add_func ("/label-placer/find-marker", test_find_marker);
  g_test_add_func ("/label-placer/helwaniyeh", test_helwaniyeh);
  g_test_add_func ("/label-placer/obstacles", test_obstacles);

  return g_test_run ();
}

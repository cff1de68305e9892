/* atlas-label-placer.c: where map labels go, clear of markers and of one another
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-label-placer"

#include "config.h"

#include "atlas-label-placer.h"

/*
 * Arithmetic only, no widgets, so that it is tested with fixed boxes (tests/test-label-placer.c),
 * not with whatever font a machine has (issue 6): a name 91 px wide in one font and 74 px in
 * another must find a place in both.
 *
 * A label is centred on its anchor. When a marker is in the way, the positions around that
 * marker's box are tried in turn, each measured from the box so that it clears it whatever
 * the label's size and wherever the marker is: below and above first, where the name stays
 * centred on the area it names, then beside the marker, then at its corners. A label is dropped only when
 * every one of them covers a marker, covers a label placed before it, or is cut by the edge
 * of the view (a name cut by the edge reads as another name).
 *
 * A label with no marker of its own has only the centre: an area's name moved off its area
 * with no marker to make room for reads as its neighbour's.
 *
 * Obstacles are what covers the map: its buttons, the legend, the credits (issue 7). A label
 * keeps clear of them as of a marker, but a label is never moved around one (a name moved off
 * its area because a button is there would read as another area's), and even a label that is
 * always placed is not placed under one: hidden, it would only seem to be missing.
 */

#define EDGE_GAP 0.01

typedef struct
{
  AtlasLabel         label;
  guint              order;     /* in which it was added */
  AtlasLabelPosition position;
  graphene_rect_t    box;
} Entry;

struct _AtlasLabelPlacer
{
  graphene_rect_t  view;
  GArray          *markers;     /* graphene_rect_t */
  GArray          *obstacles;   /* graphene_rect_t */
  GArray          *entries;     /* Entry; in the order placed once placed */
  GArray          *placed_boxes; /* graphene_rect_t: while placing, the boxes placed so far */
  gboolean         placed;
};

/* As graphene_rect_intersection() says, for boxes of positive size (which all are here):
 * boxes that only share an edge do not meet. Inline, since a frame asks it a thousand times. */
static inline gboolean
boxes_meet (const graphene_rect_t *a,
            const graphene_rect_t *b)
{
  return a->origin.x < b->origin.x + b->size.width && b->origin.x < a->origin.x + a->size.width &&
         a->origin.y < b->origin.y + b->size.height && b->origin.y < a->origin.y + a->size.height;
}

static gboolean
overlaps_any (GArray                *rects,
              guint                  n,
              const graphene_rect_t *rect)
{
  for (guint i = 0; i < n; i++)
    if (boxes_meet (&g_array_index (rects, graphene_rect_t, i), rect))
      return TRUE;
  return FALSE;
}

static gboolean
inside_view (AtlasLabelPlacer      *self,
             const graphene_rect_t *box)
{
  return box->origin.x >= self->view.origin.x &&
         box->origin.y >= self->view.origin.y &&
         box->origin.x + box->size.width <= self->view.origin.x + self->view.size.width &&
         box->origin.y + box->size.height <= self->view.origin.y + self->view.size.height;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *ea = a, *eb = b;

  if (ea->label.priority != eb->label.priority)
    return ea->label.priority > eb->label.priority ? -1 : 1;
  return ea->order < eb->order ? -1 : ea->order > eb->order;
}

/* Public API */

/**
 * atlas_label_placer_new:
 * @view_width: the view's size: labels are placed whole inside it
 * @view_height:
 *
 * Returns: (transfer full): a placer with no markers and no labels
 */
AtlasLabelPlacer *
atlas_label_placer_new (double view_width,
                        double view_height)
{
  AtlasLabelPlacer *self = g_new0 (AtlasLabelPlacer, 1);

  graphene_rect_init (&self->view, 0, 0, view_width, view_height);
  self->markers = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  self->obstacles = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  self->placed_boxes = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  return self;
}

/* Empties @self for a view of @view_width × @view_height, keeping its memory for the next frame */
void
atlas_label_placer_reset (AtlasLabelPlacer *self,
                          double            view_width,
                          double            view_height)
{
  g_return_if_fail (self != NULL);

  graphene_rect_init (&self->view, 0, 0, view_width, view_height);
  g_array_set_size (self->markers, 0);
  g_array_set_size (self->obstacles, 0);
  g_array_set_size (self->entries, 0);
  self->placed = FALSE;
}

void
atlas_label_placer_free (AtlasLabelPlacer *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->markers);
  g_array_unref (self->obstacles);
  g_array_unref (self->entries);
  g_array_unref (self->placed_boxes);
  g_free (self);
}

/* A marker's box, which labels keep clear of */
void
atlas_label_placer_add_marker (AtlasLabelPlacer      *self,
                               const graphene_rect_t *box)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (box != NULL);

  g_array_append_val (self->markers, *box);
}

/* A box over the map, such as a button or the legend, which labels keep clear of */
void
atlas_label_placer_add_obstacle (AtlasLabelPlacer      *self,
                                 const graphene_rect_t *box)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (box != NULL);

  g_array_append_val (self->obstacles, *box);
}

/**
 * atlas_label_placer_find_marker:
 * @label: a label, centred on its anchor
 * @marker: (out): the marker in its way
 *
 * Returns: whether a marker is in the way of @label centred on its anchor; @marker is then
 *   the one whose centre is nearest the anchor
 */
gboolean
atlas_label_placer_find_marker (AtlasLabelPlacer *self,
                                const AtlasLabel *label,
                                graphene_rect_t  *marker)
{
  graphene_rect_t centred;
  double best = G_MAXDOUBLE;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (label != NULL, FALSE);
  g_return_val_if_fail (marker != NULL, FALSE);

  atlas_label_get_candidate (label, ATLAS_LABEL_CENTER, &centred);
  for (guint i = 0; i < self->markers->len; i++)
    {
      const graphene_rect_t *box = &g_array_index (self->markers, graphene_rect_t, i);
      double dx = box->origin.x + box->size.width / 2 - label->anchor_x;
      double dy = box->origin.y + box->size.height / 2 - label->anchor_y;

      if (boxes_meet (box, &centred) && dx * dx + dy * dy < best)
        {
          best = dx * dx + dy * dy;
          *marker = *box;
        }
    }

  return best < G_MAXDOUBLE;
}

/* Adds @label (copied) to those placed by atlas_label_placer_place() */
void
atlas_label_placer_add_label (AtlasLabelPlacer *self,
                              const AtlasLabel *label)
{
  Entry entry = { .position = ATLAS_LABEL_DROPPED };

  g_return_if_fail (self != NULL);
  g_return_if_fail (label != NULL);
  g_return_if_fail (!self->placed);

  entry.label = *label;
  entry.order = self->entries->len;
  g_array_append_val (self->entries, entry);
}

/* Places the labels added, most important first */
void
atlas_label_placer_place (AtlasLabelPlacer *self)
{
  GArray *placed;

  g_return_if_fail (self != NULL);
  g_return_if_fail (!self->placed);

  self->placed = TRUE;
  placed = self->placed_boxes;
  g_array_set_size (placed, 0);
  g_array_sort (self->entries, compare_entries);

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, i);
      AtlasLabelPosition fallback = ATLAS_LABEL_DROPPED;
      graphene_rect_t box, fallback_box;

      for (AtlasLabelPosition p = 0; p < ATLAS_LABEL_N_POSITIONS; p++)
        {
          if (!atlas_label_get_candidate (&entry->label, p, &box) || !inside_view (self, &box) ||
              overlaps_any (self->obstacles, self->obstacles->len, &box))
            continue;

          if (fallback == ATLAS_LABEL_DROPPED)
            {
              fallback = p;
              fallback_box = box;
            }

          if (!overlaps_any (placed, placed->len, &box) &&
              !overlaps_any (self->markers, self->markers->len, &box))
            {
              entry->position = p;
              entry->box = box;
              break;
            }
        }

      /* The first position inside the view, over whatever is there */
      if (entry->position == ATLAS_LABEL_DROPPED && entry->label.always && fallback != ATLAS_LABEL_DROPPED)
        {
          entry->position = fallback;
          entry->box = fallback_box;
        }

      if (entry->position != ATLAS_LABEL_DROPPED)
        g_array_append_val (placed, entry->box);
    }
}

guint
atlas_label_placer_get_n_obstacles (AtlasLabelPlacer *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->obstacles->len;
}

const graphene_rect_t *
atlas_label_placer_get_obstacle (AtlasLabelPlacer *self,
                                 guint             i)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (i < self->obstacles->len, NULL);
  return &g_array_index (self->obstacles, graphene_rect_t, i);
}

guint
atlas_label_placer_get_n_markers (AtlasLabelPlacer *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->markers->len;
}

const graphene_rect_t *
atlas_label_placer_get_marker (AtlasLabelPlacer *self,
                               guint             i)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (i < self->markers->len, NULL);
  return &g_array_index (self->markers, graphene_rect_t, i);
}

guint
atlas_label_placer_get_n_labels (AtlasLabelPlacer *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->entries->len;
}

/**
 * atlas_label_placer_get_label:
 * @i: once placed, the labels come in the order they were placed in
 * @position: (out) (optional): where it went, or %ATLAS_LABEL_DROPPED
 * @box: (out) (optional): its box, when placed
 *
 * Returns: (transfer none): the @i-th label
 */
const AtlasLabel *
atlas_label_placer_get_label (AtlasLabelPlacer   *self,
                              guint               i,
                              AtlasLabelPosition *position,
                              graphene_rect_t    *box)
{
  Entry *entry;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (i < self->entries->len, NULL);

  entry = &g_array_index (self->entries, Entry, i);
  if (position)
    *position = entry->position;
  if (box && entry->position != ATLAS_LABEL_DROPPED)
    *box = entry->box;
  return &entry->label;
}

/* Whether the label whose data is @data was placed, and where */
gboolean
atlas_label_placer_lookup (AtlasLabelPlacer   *self,
                           gconstpointer       data,
                           AtlasLabelPosition *position,
                           graphene_rect_t    *box)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, i);

      if (entry->label.data != data)
        continue;

      if (position)
        *position = entry->position;
      if (box && entry->position != ATLAS_LABEL_DROPPED)
        *box = entry->box;
      return entry->position != ATLAS_LABEL_DROPPED;
    }

  return FALSE;
}

/**
 * atlas_label_placer_collides:
 * @n_before: how many of the placed labels, in order, count
 * @box: a box
 *
 * Returns: whether @box covers a marker, an obstacle, one of the first @n_before labels placed,
 *   or the edge of the view: what keeps a label from a position
 */
gboolean
atlas_label_placer_collides (AtlasLabelPlacer      *self,
                             guint                  n_before,
                             const graphene_rect_t *box)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (box != NULL, FALSE);

  if (!inside_view (self, box) || overlaps_any (self->markers, self->markers->len, box) ||
      overlaps_any (self->obstacles, self->obstacles->len, box))
    return TRUE;

  for (guint i = 0; i < MIN (n_before, self->entries->len); i++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, i);

      if (entry->position != ATLAS_LABEL_DROPPED && boxes_meet (&entry->box, box))
        return TRUE;
    }

  return FALSE;
}

/**
 * atlas_label_get_candidate:
 * @position: a position
 * @box: (out): @label's box there
 *
 * Returns: whether @label has that position: all but the centre need a marker
 */
gboolean
atlas_label_get_candidate (const AtlasLabel   *label,
                           AtlasLabelPosition  position,
                           graphene_rect_t    *box)
{
  const graphene_rect_t *m = &label->marker;
  double w = label->width, h = label->height;
  double left, right, top, bottom, mid_x, mid_y;

  g_return_val_if_fail (label != NULL, FALSE);
  g_return_val_if_fail (box != NULL, FALSE);

  if (position == ATLAS_LABEL_CENTER)
    {
      graphene_rect_init (box, label->anchor_x - w / 2, label->anchor_y - h / 2, w, h);
      return TRUE;
    }

  if (!label->has_marker || position >= ATLAS_LABEL_N_POSITIONS)
    return FALSE;

  /* Just clear of the marker's box: boxes that only share an edge do not meet, but graphene
   * sums in floats, which could round an edge of ours into the marker */
  left = m->origin.x - w - EDGE_GAP;
  right = m->origin.x + m->size.width + EDGE_GAP;
  top = m->origin.y - h - EDGE_GAP;
  bottom = m->origin.y + m->size.height + EDGE_GAP;
  /* Along the other axis, on the anchor's line: a name moved only as far as the marker needs
   * still reads as its area's */
  mid_x = label->anchor_x - w / 2;
  mid_y = label->anchor_y - h / 2;

  switch (position)
    {
    case ATLAS_LABEL_BELOW:       graphene_rect_init (box, mid_x, bottom, w, h); break;
    case ATLAS_LABEL_ABOVE:       graphene_rect_init (box, mid_x, top, w, h); break;
    case ATLAS_LABEL_RIGHT:       graphene_rect_init (box, right, mid_y, w, h); break;
    case ATLAS_LABEL_LEFT:        graphene_rect_init (box, left, mid_y, w, h); break;
    case ATLAS_LABEL_BELOW_RIGHT: graphene_rect_init (box, right, bottom, w, h); break;
    case ATLAS_LABEL_BELOW_LEFT:  graphene_rect_init (box, left, bottom, w, h); break;
    case ATLAS_LABEL_ABOVE_RIGHT: graphene_rect_init (box, right, top, w, h); break;
    case ATLAS_LABEL_ABOVE_LEFT:  graphene_rect_init (box, left, top, w, h); break;
    case ATLAS_LABEL_CENTER:
    case ATLAS_LABEL_N_POSITIONS:
    default:
      g_assert_not_reached ();
    }

  return TRUE;
}

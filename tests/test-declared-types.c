/* test-declared-types.c: a KB's own event types in the Types menu, the timeline and the map
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-declared-types"

#include "config.h"

#include "atlas-event-dialog.h"
#include "atlas-event-types.h"
#include "atlas-edit.h"
#include "atlas-map-layer.h"
#include "atlas-map-legend.h"
#include "atlas-test-gtk.h"
#include "atlas-test-kb.h"
#include "atlas-timeline-panel.h"
#include "atlas-vocabulary.h"

/* tests/data/good/v2-declared-types.json declares two types, in this order, that replace the
 * built-in ones: "shelling" (#ffd700, too light for a light background as written) at Alpha
 * on the 3rd, Beta on the 4th and Alpha on the 7th; "protest" (#2166ac) at Alpha on the 5th
 * and Beta on the 6th */
typedef struct
{
  AtlasKb       *kb;
  AtlasSession  *session;
  GtkWindow     *window;
  GtkWidget     *panel;
  GtkWidget     *view;
  AtlasMapLayer *layer;
  GtkWidget     *legend;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", "v2-declared-types.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  f->kb = atlas_kb_new_from_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  f->session = atlas_session_new ();
  atlas_session_set_kb (f->session, f->kb);

  f->panel = atlas_timeline_panel_new ();
  atlas_timeline_panel_set_session (ATLAS_TIMELINE_PANEL (f->panel), f->session);
  f->view = GTK_WIDGET (atlas_timeline_panel_get_view (ATLAS_TIMELINE_PANEL (f->panel)));

  /* The map's shading counts the events the session highlights: no tiles, no window */
  f->layer = g_object_ref_sink (atlas_map_layer_new (shumate_viewport_new ()));
  atlas_map_layer_set_session (f->layer, f->session);
  f->legend = g_object_ref_sink (atlas_map_legend_new ());
  atlas_map_legend_set_session (ATLAS_MAP_LEGEND (f->legend), f->session);
  atlas_map_legend_set_layer (ATLAS_MAP_LEGEND (f->legend), f->layer);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 900, 320);
  gtk_window_set_child (f->window, f->panel);
  gtk_window_present (f->window);
  atlas_test_wait_until (atlas_test_widget_is_drawn, f->view);
  atlas_timeline_view_set_visible_range (ATLAS_TIMELINE_VIEW (f->view), atlas_date_from_ymd (2016, 10, 1),
                                         atlas_date_from_ymd (2016, 10, 10));
  atlas_test_wait_for_frame (f->view);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->legend);
  g_clear_object (&f->layer);
  g_clear_object (&f->session);
  g_clear_object (&f->kb);
}

/* The Types menu's check buttons, in order, and the label each shows */
static GPtrArray *
get_type_checks (Fixture *f)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  GPtrArray *checks = g_ptr_array_new ();

  atlas_test_collect_descendants (f->panel, GTK_TYPE_CHECK_BUTTON, all);
  for (guint i = 0; i < all->len; i++)
    if (g_object_get_data (all->pdata[i], "atlas-event-type"))
      g_ptr_array_add (checks, all->pdata[i]);
  return checks;
}

static const char *
get_check_label (GtkWidget *check)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  atlas_test_collect_descendants (check, GTK_TYPE_LABEL, labels);
  g_assert_cmpuint (labels->len, ==, 1);
  return gtk_label_get_label (labels->pdata[0]);
}

static GtkWidget *
find_type_check (Fixture    *f,
                 const char *type)
{
  g_autoptr(GPtrArray) checks = get_type_checks (f);

  for (guint i = 0; i < checks->len; i++)
    if (g_str_equal (g_object_get_data (checks->pdata[i], "atlas-event-type"), type))
      return checks->pdata[i];
  g_assert_not_reached ();
}

/* Whether the map legend says its shading leaves out the events of hidden types */
static gboolean
legend_says_types_hidden (Fixture *f)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  atlas_test_collect_descendants (f->legend, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_str_has_prefix (gtk_label_get_label (labels->pdata[i]), "Events of the types shown"))
      return TRUE;
  return FALSE;
}

static const char *
get_types_button_label (Fixture *f)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  atlas_test_collect_descendants (f->panel, GTK_TYPE_MENU_BUTTON, buttons);
  g_assert_cmpuint (buttons->len, ==, 1);
  return gtk_menu_button_get_label (buttons->pdata[0]);
}

/* How many pixels of event @id's mark on the timeline are @rgb, give or take rounding */
static guint
count_mark_pixels (Fixture      *f,
                   const char   *id,
                   const double  rgb[3])
{
  g_autofree guchar *pixels = NULL;
  graphene_rect_t bounds;
  graphene_point_t origin;
  gsize stride;
  guint n = 0;

  atlas_test_wait_for_frame (f->view);
  pixels = atlas_test_render_window (f->window, &stride);
  g_assert_true (atlas_timeline_view_get_event_bounds (ATLAS_TIMELINE_VIEW (f->view),
                                                       atlas_kb_lookup_event (f->kb, id), &bounds));
  g_assert_true (gtk_widget_compute_point (f->view, GTK_WIDGET (f->window), &bounds.origin, &origin));

  for (int y = 0; y < (int) bounds.size.height; y++)
    for (int x = 0; x < (int) bounds.size.width; x++)
      {
        guint32 p = *(const guint32 *) (pixels + ((int) origin.y + y) * stride + ((int) origin.x + x) * 4);
        int channels[3] = { (p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff };
        gboolean same = TRUE;

        for (guint c = 0; c < 3; c++)
          same = same && ABS (channels[c] - (int) (rgb[c] * 255 + 0.5)) <= 2;
        n += same;
      }

  g_test_message ("%s: %u pixels of #%02x%02x%02x", id, n, (int) (rgb[0] * 255 + 0.5),
                  (int) (rgb[1] * 255 + 0.5), (int) (rgb[2] * 255 + 0.5));
  return n;
}

/* The colour a type's marks are drawn in, in the view's style */
static const double *
type_rgb (Fixture    *f,
          const char *type)
{
  const AtlasEventTypeInfo *info = atlas_event_types_lookup_in_kb (f->kb, type);

  g_assert_nonnull (info);
  return atlas_event_type_get_rgb (info, atlas_style_for_widget (f->view));
}

/* The Types menu lists the KB's types, with its labels as written, and not the built-in ones */
static void
test_legend_labels (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) checks = get_type_checks (f);

  g_assert_cmpuint (checks->len, ==, 2);
  g_assert_cmpstr (g_object_get_data (checks->pdata[0], "atlas-event-type"), ==, "shelling");
  g_assert_cmpstr (get_check_label (checks->pdata[0]), ==, "Shelling and rockets");
  g_assert_cmpstr (g_object_get_data (checks->pdata[1], "atlas-event-type"), ==, "protest");
  g_assert_cmpstr (get_check_label (checks->pdata[1]), ==, "Protests, sit-ins");
}

/* The timeline draws each type's marks in its declared colour: #2166ac as written, and
 * #ffd700 darkened to keep 3:1 on a light background (or lightened on a dark one) */
static void
test_timeline_colours (Fixture       *f,
                       gconstpointer  data)
{
  const double declared_gold[3] = { 1.0, 0xd7 / 255.0, 0.0 };
  const double *protest = type_rgb (f, "protest");
  const double *shelling = type_rgb (f, "shelling");

  if (!ATLAS_STYLE_IS_DARK (atlas_style_for_widget (f->view)))
    {
      const double declared_blue[3] = { 0x21 / 255.0, 0x66 / 255.0, 0xac / 255.0 };

      for (guint c = 0; c < 3; c++)
        g_assert_cmpfloat_with_epsilon (protest[c], declared_blue[c], 1e-6);
    }

  g_assert_cmpuint (count_mark_pixels (f, "e-march-beta", protest), >=, 10);
  g_assert_cmpuint (count_mark_pixels (f, "e-sit-in-alpha", protest), >=, 10);
  g_assert_cmpuint (count_mark_pixels (f, "e-rockets-beta", shelling), >=, 10);
  g_assert_cmpuint (count_mark_pixels (f, "e-rockets-beta", protest), ==, 0);
  g_assert_cmpuint (count_mark_pixels (f, "e-march-beta", shelling), ==, 0);
  g_assert_cmpuint (count_mark_pixels (f, "e-rockets-beta", declared_gold), ==, 0);
}

/* Unticking a declared type in the Types menu hides its events: the session no longer
 * highlights them, the timeline draws them faint, and the map's shading counts only the
 * others (Alpha: 3 events, then 2; Beta: 2, then 1) */
static void
test_hide_declared_type (Fixture       *f,
                         gconstpointer  data)
{
  const double *protest = type_rgb (f, "protest");

  g_assert_cmpuint (atlas_session_get_n_highlighted (f->session), ==, 5);
  g_assert_cmpuint (atlas_map_layer_get_class_size (f->layer, 3), ==, 1);
  g_assert_cmpuint (atlas_map_layer_get_class_size (f->layer, 2), ==, 1);
  g_assert_cmpuint (count_mark_pixels (f, "e-march-beta", protest), >=, 10);
  g_assert_false (legend_says_types_hidden (f));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (find_type_check (f, "protest")), FALSE);

  g_assert_false (atlas_session_get_type_visible (f->session, "protest"));
  g_assert_true (atlas_session_get_type_visible (f->session, "shelling"));
  g_assert_cmpuint (atlas_session_get_n_highlighted (f->session), ==, 3);
  g_assert_cmpuint (atlas_map_layer_get_class_size (f->layer, 3), ==, 0);
  g_assert_cmpuint (atlas_map_layer_get_class_size (f->layer, 2), ==, 1);
  g_assert_cmpuint (atlas_map_layer_get_class_size (f->layer, 1), ==, 1);
  g_assert_cmpuint (count_mark_pixels (f, "e-march-beta", protest), ==, 0);
  g_assert_cmpuint (count_mark_pixels (f, "e-sit-in-alpha", protest), ==, 0);
  g_assert_cmpuint (count_mark_pixels (f, "e-rockets-beta", type_rgb (f, "shelling")), >=, 10);
  g_assert_true (legend_says_types_hidden (f));
  g_assert_cmpstr (get_types_button_label (f), ==, "Types (1 hidden)");

  gtk_check_button_set_active (GTK_CHECK_BUTTON (find_type_check (f, "protest")), TRUE);
  g_assert_cmpuint (atlas_session_get_n_highlighted (f->session), ==, 5);
  g_assert_cmpuint (count_mark_pixels (f, "e-march-beta", protest), >=, 10);
}

/* Another KB's types replace them when it is opened, and they come back with the KB. A
 * declared type hidden before does not count as hidden in a KB without it. */
static void
test_follow_kb (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(AtlasKb) builtin = atlas_test_load_string (atlas_test_places_kb);
  g_autoptr(GPtrArray) checks = NULL;
  guint n_terms;
  const AtlasTerm *terms = atlas_vocabulary_get_terms (ATLAS_VOCABULARY_EVENT_TYPE, &n_terms);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (find_type_check (f, "protest")), FALSE);
  g_assert_cmpstr (get_types_button_label (f), ==, "Types (1 hidden)");

  atlas_session_set_kb (f->session, builtin);
  g_assert_cmpstr (get_types_button_label (f), ==, "Types");
  g_assert_false (legend_says_types_hidden (f));
  checks = get_type_checks (f);
  g_assert_cmpuint (checks->len, ==, n_terms);
  for (guint i = 0; i < n_terms; i++)
    {
      g_assert_cmpstr (g_object_get_data (checks->pdata[i], "atlas-event-type"), ==, terms[i].id);
      g_assert_cmpstr (get_check_label (checks->pdata[i]), ==, atlas_vocabulary_get_label (ATLAS_VOCABULARY_EVENT_TYPE, terms[i].id));
    }
  g_clear_pointer (&checks, g_ptr_array_unref);

  atlas_session_set_kb (f->session, f->kb);
  atlas_timeline_view_set_visible_range (ATLAS_TIMELINE_VIEW (f->view), atlas_date_from_ymd (2016, 10, 1),
                                         atlas_date_from_ymd (2016, 10, 10));
  checks = get_type_checks (f);
  g_assert_cmpuint (checks->len, ==, 2);
  g_assert_cmpstr (get_check_label (checks->pdata[1]), ==, "Protests, sit-ins");
  g_assert_false (gtk_check_button_get_active (checks->pdata[1]));
  g_assert_cmpstr (get_types_button_label (f), ==, "Types (1 hidden)");
  gtk_check_button_set_active (checks->pdata[1], TRUE);
  g_assert_cmpuint (count_mark_pixels (f, "e-march-beta", type_rgb (f, "protest")), >=, 10);
}

/* After an edit the marks are built again, still in the KB's colours */
static void
test_after_edit (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasEdit) edit = atlas_edit_new_delete (f->kb, atlas_kb_lookup_event (f->kb, "e-sit-in-alpha"), &error);

  g_assert_no_error (error);
  atlas_session_apply_edit (f->session, edit);
  g_assert_null (atlas_kb_lookup_event (f->kb, "e-sit-in-alpha"));

  g_assert_cmpuint (count_mark_pixels (f, "e-march-beta", type_rgb (f, "protest")), >=, 10);
  g_assert_cmpuint (count_mark_pixels (f, "e-rockets-beta", type_rgb (f, "shelling")), >=, 10);
  g_assert_cmpuint (atlas_map_layer_get_class_size (f->layer, 3), ==, 0);
}

/* The event form offers the KB's types, each with its glyph in its colour, on the button too */
static void
test_event_form (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(AtlasEvent) event = g_list_model_get_item (atlas_kb_get_events (f->kb), 0);
  AtlasEventDialog *dialog = atlas_event_dialog_new (NULL, f->kb, atlas_event_get_source (event, 0));
  GtkDropDown *types = GTK_DROP_DOWN (atlas_test_template_child (dialog, ATLAS_TYPE_EVENT_DIALOG, "type_dropdown"));
  GListModel *labels = gtk_drop_down_get_model (types);
  const double *protest = type_rgb (f, "protest");
  g_autofree guchar *pixels = NULL;
  graphene_rect_t bounds;
  gsize stride;
  guint n = 0;

  g_assert_cmpuint (g_list_model_get_n_items (labels), ==, 2);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (labels), 0), ==, "Shelling and rockets");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (labels), 1), ==, "Protests, sit-ins");

  gtk_drop_down_set_selected (types, 1);
  gtk_window_present (GTK_WINDOW (dialog));
  atlas_test_wait_until (atlas_test_widget_is_drawn, types);
  atlas_test_wait_for_frame (GTK_WIDGET (types));
  pixels = atlas_test_render_window (GTK_WINDOW (dialog), &stride);
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (types), GTK_WIDGET (dialog), &bounds));

  /* The protest's glyph, in its colour, on the button */
  for (int y = (int) bounds.origin.y; y < (int) (bounds.origin.y + bounds.size.height); y++)
    for (int x = (int) bounds.origin.x; x < (int) (bounds.origin.x + bounds.size.width); x++)
      {
        guint32 p = *(const guint32 *) (pixels + y * stride + x * 4);
        int channels[3] = { (p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff };
        gboolean same = TRUE;

        for (guint c = 0; c < 3; c++)
          same = same && ABS (channels[c] - (int) (protest[c] * 255 + 0.5)) <= 2;
        n += same;
      }
  g_test_message ("%u pixels of the protest's colour on the type's button", n);
  g_assert_cmpuint (n, >=, 10);

  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  if (!atlas_test_init_gtk_or_skip ())
    return 0;

  g_test_add ("/declared-types/legend-labels", Fixture, NULL, fixture_set_up, test_legend_labels, fixture_tear_down);
  g_test_add ("/declared-types/event-form", Fixture, NULL, fixture_set_up, test_event_form, fixture_tear_down);
  g_test_add ("/declared-types/timeline-colours", Fixture, NULL, fixture_set_up, test_timeline_colours, fixture_tear_down);
  g_test_add ("/declared-types/hide", Fixture, NULL, fixture_set_up, test_hide_declared_type, fixture_tear_down);
  g_test_add ("/declared-types/follow-kb", Fixture, NULL, fixture_set_up, test_follow_kb, fixture_tear_down);
  g_test_add ("/declared-types/after-edit", Fixture, NULL, fixture_set_up, test_after_edit, fixture_tear_down);

  return g_test_run ();
}

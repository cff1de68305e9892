/* test-export-window.c: Export… in the window, and Copy with Citation in the reader (issue 9)
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-export-window"

#include "config.h"

#include "atlas-test-gtk.h"
#include "atlas-test-kb.h"

#include <string.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "atlas-export.h"
#include "atlas-reader-view.h"
#include "atlas-window.h"

#define MINIMAL_CITATION_TAIL " — Example Wire, 12 Oct 2016, “Example report, invented to show the format”, " \
                              "https://example.org/aleppo-report"

/* Helpers */

static AtlasKb *
load_minimal (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AtlasKb *kb = atlas_kb_new_from_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return kb;
}

typedef struct
{
  gboolean  done;
  char     *text;
} ClipboardRead;

static void
read_text_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  ClipboardRead *read = user_data;
  g_autoptr(GError) error = NULL;

  read->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, &error);
  g_assert_no_error (error);
  read->done = TRUE;
}

static gboolean
clipboard_read_done (ClipboardRead *read)
{
  return read->done;
}

static char *
read_clipboard (GtkWidget *widget)
{
  ClipboardRead read = { FALSE, NULL };

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, read_text_cb, &read);
  atlas_test_wait_until (clipboard_read_done, &read);
  return read.text;
}

/* Whether @widget's class binds @accelerator to @action */
static gboolean
has_shortcut (GtkWidget  *widget,
              const char *accelerator,
              const char *action)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accelerator);

  g_assert_nonnull (wanted);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *shortcut_action = gtk_shortcut_get_action (shortcut);

          if (GTK_IS_NAMED_ACTION (shortcut_action) &&
              g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (shortcut_action)), action) &&
              gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            return TRUE;
        }
    }

  return FALSE;
}

/* Whether @model, or a section or submenu of it, has an item for @action */
static gboolean
menu_has_action (GMenuModel *model,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuLinkIter) links = NULL;
      GMenuModel *linked;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action))
        return TRUE;

      links = g_menu_model_iterate_item_links (model, i);
      while (g_menu_link_iter_get_next (links, NULL, &linked))
        {
          gboolean found = menu_has_action (linked, action);

          g_object_unref (linked);
          if (found)
            return TRUE;
        }
    }

  return FALSE;
}

static char *
export_string (AtlasKb           *kb,
               AtlasExportFormat  format)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GBytes) bytes = NULL;

  g_assert_true (atlas_export_write (kb, format, out, NULL, NULL));
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

typedef struct
{
  const char *path;
  const char *expected;
} Written;

/* GLib writes a file that did not exist in place, so it exists before it is complete */
static gboolean
file_is_written (Written *written)
{
  g_autofree char *contents = NULL;

  return g_file_get_contents (written->path, &contents, NULL, NULL) && g_str_equal (contents, written->expected);
}

static gboolean
revealer_revealed (GtkRevealer *revealer)
{
  return gtk_revealer_get_reveal_child (revealer);
}

/* Tests */

/* The passage in focus, or the selection, copied with its outlet, date, title and URL */
static void
test_copy_with_citation (void)
{
  g_autoptr(AtlasKb) kb = load_minimal ();
  g_autoptr(AtlasSession) session = atlas_session_new ();
  AtlasReaderView *reader = atlas_reader_view_new (session);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkTextView *text_view = GTK_TEXT_VIEW (gtk_widget_get_template_child (GTK_WIDGET (reader), ATLAS_TYPE_READER_VIEW,
                                                                         "text_view"));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  g_autofree char *focused = NULL;
  g_autofree char *selected = NULL;
  GtkTextIter start, end;

  atlas_session_set_kb (session, kb);
  gtk_window_set_default_size (window, 800, 600);
  gtk_window_set_child (window, GTK_WIDGET (reader));
  gtk_window_present (window);
  atlas_test_iterate_for (50);

  /* The context menu offers it, and Shift+Ctrl+C does it */
  g_assert_true (menu_has_action (gtk_text_view_get_extra_menu (text_view), "reader.copy-with-citation"));
  g_assert_true (has_shortcut (GTK_WIDGET (reader), "<Shift><Control>c", "reader.copy-with-citation"));

  atlas_session_set_selected_event (session, atlas_kb_lookup_event (kb, "e-barrel-bombs"));
  atlas_test_iterate_for (50);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (reader), "reader.copy-with-citation", NULL));
  focused = read_clipboard (GTK_WIDGET (reader));
  g_assert_cmpstr (focused, ==, "“Barrel bombs struck the al-Sukkari neighbourhood on Tuesday”" MINIMAL_CITATION_TAIL);

  /* A selection wins over the passage in focus; offsets are characters, after the Arabic */
  gtk_text_buffer_get_iter_at_offset (buffer, &start, 27);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, 39);
  gtk_text_buffer_select_range (buffer, &start, &end);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (reader), "reader.copy-with-citation", NULL));
  selected = read_clipboard (GTK_WIDGET (reader));
  g_assert_cmpstr (selected, ==, "“Barrel bombs”" MINIMAL_CITATION_TAIL);

  gtk_window_destroy (window);
}

/* Export… is in the primary menu; the export writes the file whole, and a failure shows in the
 * window's problems bar, naming the file */
static void
test_export_action (void)
{
  AtlasWindow *window = atlas_window_new (NULL);
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  g_autofree char *dir = g_dir_make_tmp ("atlas-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "events.csv", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-dir", "events.csv", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *missing_uri = g_filename_to_uri (missing, NULL, NULL);
  g_autofree char *expected = NULL;
  Written written;
  GtkRevealer *revealer;
  GtkLabel *title;
  gboolean in_menu = FALSE;

  g_assert_true (atlas_window_open_embedded (window));
  gtk_window_present (GTK_WINDOW (window));
  atlas_test_iterate_for (50);

  atlas_test_collect_descendants (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GMenuModel *model = gtk_menu_button_get_menu_model (g_ptr_array_index (buttons, i));

      in_menu = in_menu || (model && menu_has_action (model, "win.export"));
    }
  g_assert_true (in_menu);

  expected = export_string (atlas_window_get_kb (window), ATLAS_EXPORT_CSV);
  written = (Written) { path, expected };
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-to", "(ss)", "csv", uri));
  atlas_test_wait_until (file_is_written, &written);

  revealer = GTK_REVEALER (gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW, "problems_revealer"));
  title = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (window), ATLAS_TYPE_WINDOW, "problems_title"));
  g_assert_false (gtk_revealer_get_reveal_child (revealer));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-to", "(ss)", "geojson", missing_uri));
  atlas_test_wait_until (revealer_revealed, revealer);
  g_assert_nonnull (strstr (gtk_label_get_label (title), "events.csv"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (!atlas_test_init_gtk_or_skip ())
    return 0;

  g_test_add_func ("/export-window/copy-with-citation", test_copy_with_citation);
  g_test_add_func ("/export-window/export-action", test_export_action);

  return g_test_run ();
}

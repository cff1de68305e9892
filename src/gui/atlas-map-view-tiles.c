/* atlas-map-view-tiles.c: the street map under the neighbourhoods, and the map's credits
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-map-view"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "atlas-credits.h"
#include "atlas-map-view-private.h"

#define TILE_CHECK_TIMEOUT_S 8

void
_atlas_map_view_update_attribution (AtlasMapView *self)
{
  AtlasKb *kb = self->session ? atlas_session_get_kb (self->session) : NULL;
  GListModel *places = kb ? atlas_kb_get_places (kb) : NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_credits;
  const AtlasDatasetCredit *credits = atlas_dataset_credits_get (&n_credits);
  g_autofree gboolean *credited = g_new0 (gboolean, n_credits);
  gboolean any_drawn = FALSE;

  /* Credits for the geodata that the open KB says its places come from (each place's
   * "source" names it), so that another KB is not credited to sources it does not use */
  for (guint i = 0; places && i < g_list_model_get_n_items (places); i++)
    {
      g_autoptr(AtlasPlace) place = g_list_model_get_item (places, i);
      const char *source = atlas_place_get_source (place);

      any_drawn |= atlas_place_get_location (place, NULL, NULL) || atlas_place_get_geometry (place) != NULL;
      for (guint c = 0; c < n_credits; c++)
        credited[c] |= atlas_dataset_credit_names (&credits[c], source);
    }

  for (guint c = 0; c < n_credits; c++)
    if (credited[c] && credits[c].map_credit)
      g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "", _(credits[c].map_credit));

  /* Places from elsewhere: say whose they are */
  if (text->len == 0 && any_drawn)
    {
      g_autofree char *title = g_markup_escape_text (atlas_kb_get_title (kb), -1);

      /* Translators: map attribution for a KB whose places name none of the known sources;
       * %s is the KB's title */
      g_string_append_printf (text, _("Places: as given in “%s”"), title);
    }

  /* The context layer, the country and its governorates, is OCHA's whatever the KB */
  for (guint c = 0; c < n_credits; c++)
    if (!credited[c] && credits[c].context && credits[c].map_credit &&
        atlas_map_context_get_context (self->context_layer) != NULL)
      g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "", _(credits[c].map_credit));

  if (self->tile_layer)
    g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", _("Tiles © OpenStreetMap contributors"));

  gtk_label_set_markup (self->attribution, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->attribution), text->len > 0);
}

/*
 * Offline, the street map stays blank and libshumate says nothing (see below), so that a
 * person who turns it on would not know why. When tiles are turned on, the map opens one
 * connection to the tile server, and says so when that fails; the neighbourhoods are drawn
 * the same either way.
 */
static void
on_tile_host_connected_cb (GObject      *source,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  g_autoptr(AtlasMapView) self = user_data;
  g_autoptr(GSocketConnection) connection = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocketConnectable) address = NULL;
  g_autofree char *text = NULL;

  connection = g_socket_client_connect_to_host_finish (G_SOCKET_CLIENT (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->tiles_notice == NULL)
    return;

  g_clear_object (&self->tile_check);
  if (connection)
    {
      g_io_stream_close_async (G_IO_STREAM (connection), G_PRIORITY_DEFAULT, NULL, NULL, NULL);
      return;
    }

  g_debug ("Tile server %s not reachable: %s", self->tile_host, error->message);
  /* Translators: shown over the map when the street map is on but its server cannot be
   * reached; %s is a host name */
  address = g_network_address_parse (self->tile_host, 443, NULL);
  text = g_strdup_printf (_("The street map cannot load: there is no connection to %s. "
                            "The neighbourhoods need none."),
                          address ? g_network_address_get_hostname (G_NETWORK_ADDRESS (address)) : self->tile_host);
  gtk_label_set_label (self->tiles_notice_label, text);
  gtk_revealer_set_reveal_child (self->tiles_notice, TRUE);
}

void
_atlas_map_view_check_tile_host (AtlasMapView *self)
{
  g_autoptr(GSocketClient) client = g_socket_client_new ();

  g_cancellable_cancel (self->tile_check);
  g_clear_object (&self->tile_check);
  gtk_revealer_set_reveal_child (self->tiles_notice, FALSE);

  self->tile_check = g_cancellable_new ();
  g_socket_client_set_timeout (client, TILE_CHECK_TIMEOUT_S);
  g_socket_client_connect_to_host_async (client, self->tile_host, 443, self->tile_check,
                                         on_tile_host_connected_cb, g_object_ref (self));
}

/*
 * Offline, tile downloads fail. libshumate 1.0.3 keeps such failures to itself (it returns a
 * GError to the tile layer, which leaves the tile empty, and logs nothing, not even a debug
 * message: checked with G_MESSAGES_DEBUG=all and 12 s of tiles on this offline machine), so no
 * log filter is installed. Were a later version to warn once per tile, a g_log_set_handler()
 * for the "shumate" domain, installed while tiles are on, would be the place to demote them;
 * not a writer function, which is process-wide and can be set only once.
 */
void
_atlas_map_view_set_tiles (AtlasMapView *self,
                           gboolean      show)
{
  if (show && self->tile_layer == NULL)
    {
      ShumateViewport *viewport = shumate_map_get_viewport (self->map);

      self->tile_layer = shumate_map_layer_new (self->osm_source, viewport);
      shumate_map_insert_layer_behind (self->map, SHUMATE_LAYER (self->tile_layer),
                                       SHUMATE_LAYER (self->polygon_layer));
      atlas_map_layer_set_translucent (self->polygon_layer, TRUE);
      atlas_map_context_set_show_fill (self->context_layer, FALSE);
      gtk_widget_add_css_class (GTK_WIDGET (self->map), "with-tiles");
      _atlas_map_view_check_tile_host (self);
    }
  else if (!show && self->tile_layer != NULL)
    {
      shumate_map_remove_layer (self->map, SHUMATE_LAYER (self->tile_layer));
      self->tile_layer = NULL;
      atlas_map_layer_set_translucent (self->polygon_layer, FALSE);
      atlas_map_context_set_show_fill (self->context_layer, TRUE);
      gtk_widget_remove_css_class (GTK_WIDGET (self->map), "with-tiles");
      g_cancellable_cancel (self->tile_check);
      g_clear_object (&self->tile_check);
      gtk_revealer_set_reveal_child (self->tiles_notice, FALSE);
    }

  _atlas_map_view_update_attribution (self);
}

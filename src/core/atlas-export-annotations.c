/* atlas-export-annotations.c: every quoted passage as a W3C Web Annotation (JSON-LD)
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-export"

#include "config.h"

#include "atlas-export-private.h"

/* How much text around a quote the TextQuoteSelector carries, in code points, so that a tool
 * can find the quote again in a copy of the article whose offsets differ */
#define CONTEXT_CHARS 32

#define URN_PREFIX "urn:aleppo-atlas:"

static char *
escape_id (const char *id)
{
  return g_uri_escape_string (id, NULL, FALSE);
}

static void
add_text_body (JsonBuilder *builder,
               const char  *purpose,
               const char  *value)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, "TextualBody");
  json_builder_set_member_name (builder, "purpose");
  json_builder_add_string_value (builder, purpose);
  json_builder_set_member_name (builder, "value");
  json_builder_add_string_value (builder, value);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, "text/plain");
  json_builder_end_object (builder);
}

/* The article a passage is quoted from: its URL, or an URN of its id when it has none */
static char *
article_iri (AtlasArticle *article)
{
  const char *url = atlas_article_get_url (article);
  g_autofree char *id = NULL;

  if (url && *url)
    return g_strdup (url);

  id = escape_id (atlas_article_get_id (article));
  return g_strconcat (URN_PREFIX "article:", id, NULL);
}

static void
add_target (JsonBuilder       *builder,
            const AtlasSource *source)
{
  g_autofree char *iri = article_iri (source->article);
  g_autofree char *exact = _atlas_export_slice (source->article, source->start, source->end);
  g_autofree char *prefix = _atlas_export_slice (source->article,
                                                 source->start > CONTEXT_CHARS ? source->start - CONTEXT_CHARS : 0,
                                                 source->start);
  g_autofree char *suffix = _atlas_export_slice (source->article, source->end, source->end + CONTEXT_CHARS);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "source");
  json_builder_add_string_value (builder, iri);
  json_builder_set_member_name (builder, "selector");
  json_builder_begin_array (builder);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, "TextQuoteSelector");
  json_builder_set_member_name (builder, "exact");
  json_builder_add_string_value (builder, exact);
  json_builder_set_member_name (builder, "prefix");
  json_builder_add_string_value (builder, prefix);
  json_builder_set_member_name (builder, "suffix");
  json_builder_add_string_value (builder, suffix);
  json_builder_end_object (builder);

  /* W3C counts positions in code points, as the KB does (Web Annotation Data Model, 4.2.5) */
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, "TextPositionSelector");
  json_builder_set_member_name (builder, "start");
  json_builder_add_int_value (builder, source->start);
  json_builder_set_member_name (builder, "end");
  json_builder_add_int_value (builder, source->end);
  json_builder_end_object (builder);

  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/*
 * One annotation: the passage @source of an article describes the fact @fact_iri, whose text
 * is @description. The bodies: the description ("describing"), the fact's URN ("identifying"),
 * and @tag, the event type, when there is one ("tagging").
 */
static void
add_annotation (JsonBuilder       *builder,
                const char        *fact_iri,
                guint              index,
                const char        *description,
                const char        *tag,
                const AtlasSource *source)
{
  g_autofree char *id = g_strdup_printf ("%s:source:%u", fact_iri, index);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, "Annotation");
  json_builder_set_member_name (builder, "motivation");
  json_builder_add_string_value (builder, "describing");

  json_builder_set_member_name (builder, "body");
  json_builder_begin_array (builder);
  add_text_body (builder, "describing", description);
  add_text_body (builder, "identifying", fact_iri);
  if (tag)
    add_text_body (builder, "tagging", tag);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "target");
  add_target (builder, source);
  json_builder_end_object (builder);
}

static guint
add_event_annotations (JsonBuilder *builder,
                       AtlasEvent  *event)
{
  g_autofree char *id = escape_id (atlas_event_get_id (event));
  g_autofree char *iri = g_strconcat (URN_PREFIX "event:", id, NULL);
  guint n_sources = atlas_event_get_n_sources (event);

  for (guint i = 0; i < n_sources; i++)
    add_annotation (builder, iri, i, atlas_event_get_title (event), atlas_event_get_event_type (event),
                    atlas_event_get_source (event, i));

  return n_sources;
}

/*
 * What a casualty figure says, in the same words whatever the interface's language (the
 * export is data, not translated): "12+ killed, 3 injured (people; “at least”; reported by a
 * rescue worker)". Counts are ranges, as atlas_count_format() writes them.
 */
static char *
describe_casualty (AtlasCasualty *casualty)
{
  g_autofree char *killed = atlas_count_format (atlas_casualty_get_killed (casualty));
  g_autofree char *injured = atlas_count_format (atlas_casualty_get_injured (casualty));
  const char *qualifier = atlas_casualty_get_qualifier (casualty);
  const char *reported_by = atlas_casualty_get_reported_by (casualty);
  GString *text = g_string_new (NULL);

  if (killed)
    g_string_append_printf (text, "%s killed", killed);
  if (injured)
    g_string_append_printf (text, "%s%s injured", text->len ? ", " : "", injured);
  if (text->len == 0)
    g_string_append (text, "no number given");

  g_string_append_printf (text, " (%s", atlas_casualty_get_who (casualty));
  if (qualifier && *qualifier)
    g_string_append_printf (text, "; “%s”", qualifier);
  if (reported_by && *reported_by)
    g_string_append_printf (text, "; reported by %s", reported_by);
  g_string_append_c (text, ')');

  return g_string_free (text, FALSE);
}

static guint
add_casualty_annotations (JsonBuilder   *builder,
                          AtlasCasualty *casualty)
{
  g_autofree char *id = escape_id (atlas_casualty_get_id (casualty));
  g_autofree char *iri = g_strconcat (URN_PREFIX "casualty:", id, NULL);
  g_autofree char *text = describe_casualty (casualty);
  const AtlasSource *source = atlas_casualty_get_source (casualty);

  if (source == NULL || source->article == NULL)
    return 0;

  add_annotation (builder, iri, 0, text, NULL, source);
  return 1;
}

/*
 * The Web Annotation Data Model puts annotations in pages of a collection (section 5): an
 * AnnotationCollection whose "first" AnnotationPage holds every annotation, embedded, so that
 * the file stands alone. Tools that want a bare list take "first"."items".
 */
gboolean
_atlas_export_annotations (AtlasKb       *kb,
                           GOutputStream *out,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  GListModel *events = atlas_kb_get_events (kb);
  GListModel *casualties = atlas_kb_get_casualties (kb);
  JsonObject *collection;
  guint total = 0;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "@context");
  json_builder_add_string_value (builder, "http://www.w3.org/ns/anno.jsonld");
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, URN_PREFIX "annotations");
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, "AnnotationCollection");
  json_builder_set_member_name (builder, "label");
  json_builder_add_string_value (builder, atlas_kb_get_title (kb));

  json_builder_set_member_name (builder, "first");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, URN_PREFIX "annotations:page:0");
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, "AnnotationPage");
  json_builder_set_member_name (builder, "startIndex");
  json_builder_add_int_value (builder, 0);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(AtlasEvent) event = g_list_model_get_item (events, i);

      total += add_event_annotations (builder, event);
    }

  for (guint i = 0; i < g_list_model_get_n_items (casualties); i++)
    {
      g_autoptr(AtlasCasualty) casualty = g_list_model_get_item (casualties, i);

      total += add_casualty_annotations (builder, casualty);
    }

  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  /* The count is known only once the items are in */
  root = json_builder_get_root (builder);
  collection = json_node_get_object (root);
  json_object_set_int_member (collection, "total", total);

  return _atlas_export_write_json (root, out, cancellable, error);
}

/* atlas-article.c
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-article"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-kb-private.h"
#include "atlas-locale.h"

#define CHECKPOINT_STRIDE 64

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_OUTLET,
  PROP_PUBLISHED,
  PROP_URL,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (AtlasArticle, atlas_article, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

void
_atlas_source_clear (AtlasSource *source)
{
  g_clear_object (&source->article);
  g_clear_pointer (&source->quote, g_free);
  g_clear_pointer (&source->prefix, g_free);
  g_clear_pointer (&source->suffix, g_free);
}

void
_atlas_article_build_index (AtlasArticle *self)
{
  const char *p = self->text;
  guint n = 0;

  g_clear_pointer (&self->checkpoints, g_array_unref);
  self->checkpoints = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (; *p; p = g_utf8_next_char (p), n++)
    if (n % CHECKPOINT_STRIDE == 0)
      {
        guint32 offset = p - self->text;
        g_array_append_val (self->checkpoints, offset);
      }

  self->n_chars = n;
}

static void
atlas_article_finalize (GObject *object)
{
  AtlasArticle *self = (AtlasArticle *)object;

  g_free (self->id);
  g_free (self->title);
  g_free (self->outlet);
  g_free (self->url);
  g_free (self->text);
  g_free (self->sha256);
  g_clear_pointer (&self->checkpoints, g_array_unref);

  G_OBJECT_CLASS (atlas_article_parent_class)->finalize (object);
}

static void
atlas_article_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AtlasArticle *self = ATLAS_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_OUTLET:
      g_value_set_string (value, self->outlet);
      break;

    case PROP_PUBLISHED:
      g_value_take_string (value, atlas_date_format (self->published));
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_article_class_init (AtlasArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_article_finalize;
  object_class->get_property = atlas_article_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_OUTLET] =
    g_param_spec_string ("outlet", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PUBLISHED] =
    g_param_spec_string ("published", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_article_init (AtlasArticle *self)
{
}

const char *
atlas_article_get_id (AtlasArticle *self)
{
  g_return_val_if_fail (ATLAS_IS_ARTICLE (self), NULL);
  return self->id;
}

const char *
atlas_article_get_title (AtlasArticle *self)
{
  g_return_val_if_fail (ATLAS_IS_ARTICLE (self), NULL);
  return self->title;
}

const char *
atlas_article_get_outlet (AtlasArticle *self)
{
  g_return_val_if_fail (ATLAS_IS_ARTICLE (self), NULL);
  return self->outlet;
}

const char *
atlas_article_get_url (AtlasArticle *self)
{
  g_return_val_if_fail (ATLAS_IS_ARTICLE (self), NULL);
  return self->url;
}

const char *
atlas_article_get_text (AtlasArticle *self)
{
  g_return_val_if_fail (ATLAS_IS_ARTICLE (self), NULL);
  return self->text;
}

/**
 * atlas_article_get_sha256:
 *
 * Returns: the SHA-256 of the article's text (its UTF-8 bytes), in lower-case hexadecimal: a
 *   KB of format 2 stores it, to notice when the text changes under the facts that quote it
 */
const char *
atlas_article_get_sha256 (AtlasArticle *self)
{
  g_return_val_if_fail (ATLAS_IS_ARTICLE (self), NULL);

  if (self->sha256 == NULL)
    self->sha256 = g_compute_checksum_for_string (G_CHECKSUM_SHA256, self->text, -1);

  return self->sha256;
}

AtlasDate
atlas_article_get_published (AtlasArticle *self)
{
  g_return_val_if_fail (ATLAS_IS_ARTICLE (self), ATLAS_DATE_NONE);
  return self->published;
}

/**
 * atlas_article_get_n_chars:
 *
 * Returns: the length of the text in Unicode code points, the unit of source offsets
 */
guint
atlas_article_get_n_chars (AtlasArticle *self)
{
  g_return_val_if_fail (ATLAS_IS_ARTICLE (self), 0);
  return self->n_chars;
}

/**
 * atlas_article_offset_to_pointer:
 * @offset: a character offset, at most the number of characters
 *
 * Returns: a pointer into the text at @offset characters, in constant time
 */
const char *
atlas_article_offset_to_pointer (AtlasArticle *self,
                                 guint         offset)
{
  const char *p;
  guint checkpoint;

  g_return_val_if_fail (ATLAS_IS_ARTICLE (self), NULL);
  g_return_val_if_fail (offset <= self->n_chars, NULL);

  if (self->checkpoints == NULL || self->checkpoints->len == 0)
    return g_utf8_offset_to_pointer (self->text, offset);

  /* The end of a text whose length is a multiple of the stride has no checkpoint of its own */
  checkpoint = MIN (offset / CHECKPOINT_STRIDE, self->checkpoints->len - 1);
  p = self->text + g_array_index (self->checkpoints, guint32, checkpoint);
  return g_utf8_offset_to_pointer (p, offset - checkpoint * CHECKPOINT_STRIDE);
}

/**
 * atlas_article_format_date:
 *
 * Returns: (transfer full): the publication date as people read it, "22 Sep 2016"
 */
char *
atlas_article_format_date (AtlasArticle *self)
{
  g_return_val_if_fail (ATLAS_IS_ARTICLE (self), NULL);

  if (self->published == ATLAS_DATE_NONE)
    return g_strdup ("");

  return atlas_locale_format_date (self->published, TRUE);
}

/**
 * atlas_article_format_byline:
 *
 * Returns: (transfer full): the outlet and the publication date, "Daily Sabah · 22 Sep 2016"
 */
char *
atlas_article_format_byline (AtlasArticle *self)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (ATLAS_IS_ARTICLE (self), NULL);

  date = atlas_article_format_date (self);
  /* Translators: an article's outlet and publication date, "Daily Sabah · 22 Sep 2016" */
  return g_strdup_printf (_("%s · %s"), self->outlet, date);
}

/* atlas-text-extract.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define ATLAS_TEXT_EXTRACT_ERROR (atlas_text_extract_error_quark ())

typedef enum
{
  ATLAS_TEXT_EXTRACT_ERROR_ENCODING,  /* not UTF-8 */
  ATLAS_TEXT_EXTRACT_ERROR_EMPTY,     /* no text left once the markup is taken out */
} AtlasTextExtractError;

/**
 * AtlasTextFormat:
 * @ATLAS_TEXT_FORMAT_PLAIN: plain text, kept as it is but for line ends and blank lines
 * @ATLAS_TEXT_FORMAT_MARKDOWN: Markdown: headings, emphasis, links and lists lose their marks
 * @ATLAS_TEXT_FORMAT_HTML: HTML: the text of the page, without scripts, styles or markup
 *
 * What a report to add was written in.
 */
typedef enum
{
  ATLAS_TEXT_FORMAT_PLAIN,
  ATLAS_TEXT_FORMAT_MARKDOWN,
  ATLAS_TEXT_FORMAT_HTML,
} AtlasTextFormat;

GQuark           atlas_text_extract_error_quark (void);

AtlasTextFormat  atlas_text_format_guess        (const char       *filename,
                                                 const char       *data,
                                                 gsize             length);
char            *atlas_text_extract             (const char       *data,
                                                 gsize             length,
                                                 AtlasTextFormat   format,
                                                 char            **title,
                                                 GError          **error);

G_END_DECLS

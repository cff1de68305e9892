/* atlas-text-extract-private.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-text-extract.h"

G_BEGIN_DECLS

/* Shared by atlas-text-extract.c (formats, encoding, tidying), atlas-text-extract-html.c and
 * atlas-text-extract-markdown.c. Each takes valid, NUL-terminated UTF-8 and returns tidied text. */

char *_atlas_text_tidy             (const char  *text);
char *_atlas_text_extract_html     (const char  *html,
                                    char       **title);
char *_atlas_text_extract_markdown (const char  *markdown,
                                    char       **title);

G_END_DECLS

/* atlas-context.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-geometry.h"

G_BEGIN_DECLS

#define ATLAS_CONTEXT_ERROR (atlas_context_error_quark ())

typedef enum
{
  ATLAS_CONTEXT_ERROR_INVALID,
} AtlasContextError;

/* An administrative area around the KB's region: the country (level 0) or one of its
 * first-level divisions (level 1, Syria's governorates) */
typedef struct
{
  guint          level;
  char          *pcode;
  char          *name;          /* English */
  char          *name_ar;       /* Arabic, or NULL */
  AtlasGeometry *geometry;
  double         label_lon;     /* a point inside the area, for its name */
  double         label_lat;
} AtlasContextArea;

typedef struct _AtlasContext AtlasContext;

GQuark                  atlas_context_error_quark   (void);
AtlasContext           *atlas_context_new_from_bytes (GBytes        *bytes,
                                                      GError       **error);
void                    atlas_context_free          (AtlasContext  *self);
guint                   atlas_context_get_n_areas   (AtlasContext  *self);
const AtlasContextArea *atlas_context_get_area      (AtlasContext  *self,
                                                     guint          i);
const AtlasContextArea *atlas_context_get_country   (AtlasContext  *self);
gboolean                atlas_context_in_country    (AtlasContext  *self,
                                                     double         lat,
                                                     double         lon);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtlasContext, atlas_context_free)

G_END_DECLS

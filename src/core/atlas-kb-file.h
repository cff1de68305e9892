/* atlas-kb-file.h
 *
 * Copyright 2026 The Aleppo Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-kb.h"

G_BEGIN_DECLS

/* The kb_id of the KB built into the app, for the recovery functions */
#define ATLAS_KB_EMBEDDED_ID "embedded"

gboolean   atlas_kb_save                   (AtlasKb              *kb,
                                            GFile                *file,
                                            GCancellable         *cancellable,
                                            GError              **error);
void       atlas_kb_save_async             (AtlasKb              *kb,
                                            GFile                *file,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
gboolean   atlas_kb_save_finish            (AtlasKb              *kb,
                                            GAsyncResult         *result,
                                            GError              **error);

gboolean   atlas_kb_upgrade_file           (const char           *input,
                                            const char           *output,
                                            GError              **error);

gboolean   atlas_file_replace_contents     (const char           *path,
                                            GBytes               *contents,
                                            gboolean              keep_backup,
                                            GCancellable         *cancellable,
                                            GError              **error);
char      *atlas_file_get_backup_path      (const char           *path);

char      *atlas_kb_get_recovery_path      (const char           *kb_id);
gboolean   atlas_kb_write_recovery         (AtlasKb              *kb,
                                            const char           *kb_id,
                                            GError              **error);
char      *atlas_kb_find_recovery          (const char           *kb_id);
char     **atlas_kb_list_recoveries        (void);
gboolean   atlas_kb_discard_recovery       (const char           *kb_id,
                                            GError              **error);

G_END_DECLS

/* byline-context.h: what a window needs from the application, passed in
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "byline-store.h"
#include "byline-publisher.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_CONTEXT (byline_context_get_type())

G_DECLARE_FINAL_TYPE (BylineContext, byline_context, BYLINE, CONTEXT, GObject)

BylineContext *byline_context_new            (BylineStore          *store);
void           byline_context_new_async      (const char           *db_path,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
BylineContext *byline_context_new_finish     (GAsyncResult         *result,
                                              GError              **error);
BylineStore   *byline_context_get_store      (BylineContext        *self);
const char    *byline_context_get_data_dir   (BylineContext        *self);
void           byline_context_set_data_dir   (BylineContext        *self,
                                              const char           *data_dir);
char          *byline_context_dup_images_dir (BylineContext        *self);
BylinePublisher *byline_context_get_publisher (BylineContext      *self);

G_END_DECLS

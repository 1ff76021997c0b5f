/* byline-search-provider.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "byline-store.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_SEARCH_PROVIDER (byline_search_provider_get_type())

G_DECLARE_FINAL_TYPE (BylineSearchProvider, byline_search_provider, BYLINE, SEARCH_PROVIDER, GObject)

/* Returns the store to search, or %NULL when it cannot be opened. */
typedef BylineStore *(*BylineSearchProviderStoreFunc) (gpointer user_data);

BylineSearchProvider *byline_search_provider_new       (GApplication                  *application,
                                                        BylineSearchProviderStoreFunc  store_func,
                                                        gpointer                       user_data);
gboolean              byline_search_provider_export    (BylineSearchProvider          *self,
                                                        GDBusConnection               *connection,
                                                        const char                    *object_path,
                                                        GError                       **error);
void                  byline_search_provider_unexport  (BylineSearchProvider          *self);
char                 *byline_search_provider_dup_query (const char * const            *terms);

G_END_DECLS

/* byline-paged-cache.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * BylinePagedCacheLoad:
 * @owner: the list model
 * @page_number: which page (of page_size items)
 * @previous_last: (nullable): the last item of page @page_number - 1 when
 *   that page is loaded and full: the load can seek from it (keyset)
 *   instead of counting an offset from the top
 *
 * Returns: (transfer full) (nullable): the page's items (GObjects), or
 *   %NULL after warning why
 */
typedef GPtrArray *(*BylinePagedCacheLoad)  (gpointer  owner,
                                             guint     page_number,
                                             gpointer  previous_last);
typedef gint64     (*BylinePagedCacheGetId) (gpointer  item);

/* The rows a virtual list model (#BylineArticleList, #BylineCommentList)
 * has loaded: pages of page_size items by page number, at most max_pages
 * of them. */
typedef struct
{
  GHashTable            *pages;       /* page number → GPtrArray of GObject */
  guint                  page_size;
  guint                  max_pages;
  BylinePagedCacheLoad   load;
  BylinePagedCacheGetId  get_id;
  gpointer               owner;
} BylinePagedCache;

void     byline_paged_cache_init        (BylinePagedCache      *cache,
                                         guint                  page_size,
                                         guint                  max_pages,
                                         BylinePagedCacheLoad   load,
                                         BylinePagedCacheGetId  get_id,
                                         gpointer               owner);
void     byline_paged_cache_clear       (BylinePagedCache      *cache);
void     byline_paged_cache_forget      (BylinePagedCache      *cache);
gpointer byline_paged_cache_get         (BylinePagedCache      *cache,
                                         guint                  position);
gint64   byline_paged_cache_find        (BylinePagedCache      *cache,
                                         gint64                 id);
guint    byline_paged_cache_get_n_pages (BylinePagedCache      *cache);

G_END_DECLS

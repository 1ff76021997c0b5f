/* byline-paged-cache.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-paged-cache"

#include "config.h"

#include "byline-paged-cache.h"

/* What the virtual list models share: a page of rows is loaded when one of
 * its items is first asked for; when max_pages are loaded, all but the one
 * before the new page are dropped (so that scrolling on keeps a page to
 * seek from), and memory stays flat however far one scrolls. */

void
byline_paged_cache_init (BylinePagedCache      *cache,
                         guint                  page_size,
                         guint                  max_pages,
                         BylinePagedCacheLoad   load,
                         BylinePagedCacheGetId  get_id,
                         gpointer               owner)
{
  g_return_if_fail (page_size > 0 && max_pages > 1 && load != NULL && get_id != NULL);

  cache->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  cache->page_size = page_size;
  cache->max_pages = max_pages;
  cache->load = load;
  cache->get_id = get_id;
  cache->owner = owner;
}

/* Frees the pages (finalize). */
void
byline_paged_cache_clear (BylinePagedCache *cache)
{
  g_clear_pointer (&cache->pages, g_hash_table_unref);
}

/* Drops every loaded page (the list changed). */
void
byline_paged_cache_forget (BylinePagedCache *cache)
{
  if (cache->pages != NULL)
    g_hash_table_remove_all (cache->pages);
}

static gboolean
not_kept (gpointer key,
          gpointer value,
          gpointer user_data)
{
  return key != user_data;
}

/**
 * byline_paged_cache_get:
 *
 * Returns: (transfer full) (nullable): the item at @position, loading its
 *   page if needed; %NULL past the end or when the page could not load
 */
gpointer
byline_paged_cache_get (BylinePagedCache *cache,
                        guint             position)
{
  guint page_number = position / cache->page_size;
  GPtrArray *page = g_hash_table_lookup (cache->pages, GUINT_TO_POINTER (page_number));

  if (page == NULL)
    {
      GPtrArray *previous = page_number > 0 ? g_hash_table_lookup (cache->pages, GUINT_TO_POINTER (page_number - 1))
                                            : NULL;
      gpointer previous_last = previous && previous->len == cache->page_size
                               ? g_ptr_array_index (previous, previous->len - 1) : NULL;

      page = cache->load (cache->owner, page_number, previous_last);
      if (page == NULL)
        return NULL;
      if (g_hash_table_size (cache->pages) >= cache->max_pages)
        g_hash_table_foreach_remove (cache->pages, not_kept, GUINT_TO_POINTER (page_number - 1));
      g_hash_table_insert (cache->pages, GUINT_TO_POINTER (page_number), page);
    }

  position %= cache->page_size;
  if (position >= page->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (page, position));
}

/**
 * byline_paged_cache_find:
 *
 * Returns: the position of the loaded item with id @id, or -1 when no
 *   loaded page has it
 */
gint64
byline_paged_cache_find (BylinePagedCache *cache,
                         gint64            id)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, cache->pages);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *page = value;

      for (guint i = 0; i < page->len; i++)
        if (cache->get_id (g_ptr_array_index (page, i)) == id)
          return (gint64) GPOINTER_TO_UINT (key) * cache->page_size + i;
    }
  return -1;
}

guint
byline_paged_cache_get_n_pages (BylinePagedCache *cache)
{
  return cache->pages ? g_hash_table_size (cache->pages) : 0;
}

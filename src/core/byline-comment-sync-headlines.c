/* byline-comment-sync-headlines.c: the headlines of the stories cached
 * comments belong to
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-comment-sync"

#include "config.h"

#include "byline-comment-sync-private.h"
#include "byline-comment.h"

/**
 * _byline_comment_sync_fetch_headlines:
 * @headlines: (inout): counts the headlines set
 *
 * Fetches the headlines of @account's posts that cached comments belong
 * to and that have none yet (`_fields=id,title`, INCLUDE_BATCH a
 * request) and sets them on those comments. A site that will not tell
 * is no failure: headlines are a nicety.
 */
gboolean
_byline_comment_sync_fetch_headlines (BylineStore   *store,
                                      const char    *account,
                                      BylineCms     *cms,
                                      GMainContext  *context,
                                      GCancellable  *cancellable,
                                      guint         *headlines,
                                      GError       **error)
{
  g_autoptr(GArray) posts = byline_store_posts_without_headline (store, account, error);

  if (posts == NULL)
    return FALSE;
  for (guint start = 0; start < posts->len; start += INCLUDE_BATCH)
    {
      g_autoptr(BylineCmsQuery) query = byline_cms_query_new ();
      g_autoptr(GString) include = g_string_new (NULL);
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(GPtrArray) found = NULL;
      g_autoptr(GError) local_error = NULL;

      for (guint i = start; i < posts->len && i < start + INCLUDE_BATCH; i++)
        g_string_append_printf (include, "%s%" G_GINT64_FORMAT, include->len ? "," : "",
                                g_array_index (posts, gint64, i));
      query->per_page = INCLUDE_BATCH;
      query->include = g_strdup (include->str);
      query->fields = g_strdup ("id,title");
      query->status = g_strdup ("publish,future,draft,pending,private");
      byline_cms_list_posts_async (cms, query, cancellable, _byline_sync_slot, &result);
      found = byline_cms_list_posts_finish (cms, _byline_sync_wait (context, &result), &local_error);
      if (found == NULL)
        {
          if (g_cancellable_is_cancelled (cancellable))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          g_debug ("No post titles: %s", local_error->message);
          return TRUE;
        }
      for (guint i = 0; i < found->len; i++)
        {
          BylineCmsPost *post = g_ptr_array_index (found, i);
          const char *title = post->title_rendered ? post->title_rendered : post->title;
          g_autofree char *plain = byline_comment_text_to_plain (title);
          g_autofree char *line = byline_comment_safe_label (g_strstrip (plain), NULL);

          if (!byline_store_set_post_headline (store, account, post->id, line, error))
            return FALSE;
          (*headlines)++;
        }
    }
  return TRUE;
}

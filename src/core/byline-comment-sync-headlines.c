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

/* The titles of the posts (or pages, with @post_type "pages") @include
 * names, whatever their status, with @fields. The raw title
 * (context=edit): the rendered one of a private post is "Private: …" in
 * the site's language.
 * With "search", wp/v2/search: the published items of every other post
 * type (a live blog, an event), which has no context=edit. */
static void
posts_query (BylineCmsQuery *query,
             const char     *post_type,
             const char     *fields,
             const char     *include)
{
  query->per_page = INCLUDE_BATCH;
  query->include = g_strdup (include);
  query->fields = g_strdup (fields);
  query->status = g_strdup ("publish,future,draft,pending,private");
  query->edit_context = g_strcmp0 (post_type, "search") != 0;
  query->post_type = g_strdup (post_type);
}

static char *
headline_line (const BylineCmsPost *post)
{
  const char *title = post->title ? post->title : post->title_rendered;
  g_autofree char *plain = byline_comment_text_to_plain (title);

  return byline_comment_safe_label (g_strstrip (plain), NULL);
}

/**
 * _byline_comment_sync_fetch_posts:
 * @post_type: (nullable): as #BylineCmsQuery's; %NULL: posts
 * @missing: (nullable): gets the ids of @ids the site does not name
 * @each: called with every post the site names
 *
 * Asks the site for the posts @ids names (@fields of them), INCLUDE_BATCH
 * a request. FALSE only for a store error (from @each) or a cancelled
 * sync: a site that will not tell is no failure (and names no id
 * missing).
 */
gboolean
_byline_comment_sync_fetch_posts (BylineCms         *cms,
                                  GMainContext      *context,
                                  GCancellable      *cancellable,
                                  const char        *post_type,
                                  const char        *fields,
                                  GArray            *ids,
                                  GArray            *missing,
                                  BylineSyncPostFunc each,
                                  gpointer           data,
                                  GError           **error)
{
  for (guint start = 0; start < ids->len; start += INCLUDE_BATCH)
    {
      g_autoptr(BylineCmsQuery) query = byline_cms_query_new ();
      g_autoptr(GString) include = g_string_new (NULL);
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(GPtrArray) found = NULL;
      g_autoptr(GError) local_error = NULL;
      g_autoptr(GHashTable) named = g_hash_table_new (g_int64_hash, g_int64_equal);

      for (guint i = start; i < ids->len && i < start + INCLUDE_BATCH; i++)
        g_string_append_printf (include, "%s%" G_GINT64_FORMAT, include->len ? "," : "",
                                g_array_index (ids, gint64, i));
      posts_query (query, post_type, fields, include->str);
      byline_cms_list_posts_async (cms, query, cancellable, _byline_sync_slot, &result);
      found = byline_cms_list_posts_finish (cms, _byline_sync_wait (context, &result), &local_error);
      if (found == NULL)
        {
          if (g_cancellable_is_cancelled (cancellable))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          g_debug ("No %s (%s): %s", post_type ? post_type : "posts", fields, local_error->message);
          return TRUE;
        }
      for (guint i = 0; i < found->len; i++)
        {
          BylineCmsPost *post = g_ptr_array_index (found, i);

          if (!each (post, data, error))
            return FALSE;
          g_hash_table_add (named, &post->id);
        }
      for (guint i = start; missing != NULL && i < ids->len && i < start + INCLUDE_BATCH; i++)
        if (!g_hash_table_contains (named, &g_array_index (ids, gint64, i)))
          g_array_append_val (missing, g_array_index (ids, gint64, i));
    }
  return TRUE;
}

typedef struct
{
  BylineStore *store;
  const char  *account;
  guint       *headlines;
} Titles;

static gboolean
set_headline (const BylineCmsPost  *post,
              gpointer              data,
              GError              **error)
{
  Titles *titles = data;
  g_autofree char *line = headline_line (post);

  if (!byline_store_set_post_headline (titles->store, titles->account, post->id, line, error))
    return FALSE;
  (*titles->headlines)++;
  return TRUE;
}

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

  g_autoptr(GArray) pages = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) others = g_array_new (FALSE, FALSE, sizeof (gint64));
  Titles titles = { store, account, headlines };

  if (posts == NULL)
    return FALSE;
  /* Posts first; comments on pages (an "About us" page, a page open for
   * comments) name ids the posts do not have, and those of other post
   * types ids neither has. Trashed and deleted posts have no title to
   * give: their comments keep none. */
  return _byline_comment_sync_fetch_posts (cms, context, cancellable, NULL, "id,title", posts, pages,
                                           set_headline, &titles, error) &&
         _byline_comment_sync_fetch_posts (cms, context, cancellable, "pages", "id,title", pages, others,
                                           set_headline, &titles, error) &&
         _byline_comment_sync_fetch_posts (cms, context, cancellable, "search", "id,title", others, NULL,
                                           set_headline, &titles, error);
}

/* Headlines asked for while a first sync's last pages are on the wire:
 * the request goes out beside them (not after them) and the writer stores
 * the comments that come later with their headline, so that fewer rows
 * need an UPDATE after the sync. */
struct _BylineSyncHeadlines
{
  GMutex      lock;
  GHashTable *asked;      /* post id → headline; "" asked, no answer yet; NULL not asked */
  gboolean    asked_once;
  GFunc       done;
  gpointer    done_data;
};

typedef struct
{
  BylineSyncHeadlines *self;
  BylineCms           *cms;
} Ask;

BylineSyncHeadlines *
_byline_sync_headlines_new (GFunc    done,
                            gpointer done_data)
{
  BylineSyncHeadlines *self = g_new0 (BylineSyncHeadlines, 1);

  g_mutex_init (&self->lock);
  self->asked = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->done = done;
  self->done_data = done_data;
  return self;
}

void
_byline_sync_headlines_free (BylineSyncHeadlines *self)
{
  g_hash_table_unref (self->asked);
  g_mutex_clear (&self->lock);
  g_free (self);
}

static void
asked_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autofree Ask *ask = user_data;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;

  found = byline_cms_list_posts_finish (ask->cms, result, &error);
  if (found == NULL)
    g_debug ("No post titles yet: %s", error->message);   /* asked again at the end */
  g_mutex_lock (&ask->self->lock);
  for (guint i = 0; found != NULL && i < found->len; i++)
    {
      BylineCmsPost *post = g_ptr_array_index (found, i);

      if (g_hash_table_lookup (ask->self->asked, &post->id) != NULL)
        g_hash_table_insert (ask->self->asked, g_memdup2 (&post->id, sizeof post->id), headline_line (post));
    }
  g_mutex_unlock (&ask->self->lock);
  ask->self->done (NULL, ask->self->done_data);
}

/* Notes the posts of @comments (a page that arrived). */
void
_byline_sync_headlines_note (BylineSyncHeadlines *self,
                             GPtrArray           *comments)
{
  g_mutex_lock (&self->lock);
  for (guint i = 0; i < comments->len; i++)
    {
      const BylineCmsComment *comment = g_ptr_array_index (comments, i);

      if (comment->post > 0 && !g_hash_table_contains (self->asked, &comment->post))
        g_hash_table_insert (self->asked, g_memdup2 (&comment->post, sizeof comment->post), NULL);
    }
  g_mutex_unlock (&self->lock);
}

/**
 * _byline_sync_headlines_ask:
 *
 * Asks the site, once, for the headlines of up to INCLUDE_BATCH posts
 * noted so far (the rest, and posts noted later, are left to
 * _byline_comment_sync_fetch_headlines() after the sync); calls the done
 * function on this thread's context when the answer is in.
 *
 * Returns: the number of requests started (0 or 1)
 */
guint
_byline_sync_headlines_ask (BylineSyncHeadlines *self,
                            BylineCms           *cms,
                            GCancellable        *cancellable)
{
  g_autoptr(BylineCmsQuery) query = NULL;
  g_autoptr(GString) include = g_string_new (NULL);
  GHashTableIter iter;
  gpointer key, value;
  guint n = 0;
  Ask *ask;

  if (self->asked_once)
    return 0;
  self->asked_once = TRUE;
  g_mutex_lock (&self->lock);
  g_hash_table_iter_init (&iter, self->asked);
  while (n < INCLUDE_BATCH && g_hash_table_iter_next (&iter, &key, &value))
    {
      g_string_append_printf (include, "%s%" G_GINT64_FORMAT, include->len ? "," : "", *(gint64 *) key);
      g_hash_table_iter_replace (&iter, g_strdup (""));   /* asked, no answer yet */
      n++;
    }
  g_mutex_unlock (&self->lock);
  if (n == 0)
    return 0;

  query = byline_cms_query_new ();
  posts_query (query, NULL, "id,title", include->str);
  ask = g_new0 (Ask, 1);
  ask->self = self;
  ask->cms = cms;
  byline_cms_list_posts_async (cms, query, cancellable, asked_cb, ask);
  return 1;
}

/* The headline of @post if the site told it, else NULL. Any thread. */
char *
_byline_sync_headlines_lookup (BylineSyncHeadlines *self,
                               gint64               post)
{
  const char *line;
  char *copy = NULL;

  g_mutex_lock (&self->lock);
  line = g_hash_table_lookup (self->asked, &post);
  if (line != NULL && *line != '\0')
    copy = g_strdup (line);
  g_mutex_unlock (&self->lock);
  return copy;
}

/* Sets every headline the site told on the comments written before it
 * did; counts them in @headlines. */
gboolean
_byline_sync_headlines_store (BylineSyncHeadlines  *self,
                              BylineStore          *store,
                              const char           *account,
                              guint                *headlines,
                              GError              **error)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->asked);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (value == NULL || *(const char *) value == '\0')
        continue;
      if (!byline_store_set_post_headline (store, account, *(gint64 *) key, value, error))
        return FALSE;
      (*headlines)++;
    }
  return TRUE;
}

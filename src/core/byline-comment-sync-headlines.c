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

/* @post's title as a comment's one-line headline */
char *
_byline_comment_sync_headline_line (const BylineCmsPost *post)
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
  g_autofree char *line = _byline_comment_sync_headline_line (post);

  if (!byline_store_set_post_headline (titles->store, titles->account, post->id, line, error))
    return FALSE;
  (*titles->headlines)++;
  return TRUE;
}

/**
 * _byline_comment_sync_fetch_headlines:
 * @early: (nullable): the posts a first sync asked for beside its pages
 * @headlines: (inout): counts the headlines set
 *
 * Fetches the headlines of @account's posts that cached comments belong
 * to and that have none yet (`_fields=id,title`, INCLUDE_BATCH a
 * request) and sets them on those comments. A site that will not tell
 * is no failure: headlines are a nicety.
 */
gboolean
_byline_comment_sync_fetch_headlines (BylineStore      *store,
                                      const char       *account,
                                      BylineCms        *cms,
                                      GMainContext     *context,
                                      GCancellable     *cancellable,
                                      BylineSyncPosts  *early,
                                      guint            *headlines,
                                      GError          **error)
{
  g_autoptr(GArray) without = byline_store_posts_without_headline (store, account, error);
  g_autoptr(GArray) posts = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) pages = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) others = g_array_new (FALSE, FALSE, sizeof (gint64));
  Titles titles = { store, account, headlines };

  if (without == NULL)
    return FALSE;
  _byline_sync_posts_split (early, without, FALSE, posts, pages);
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

/* The posts of a first sync's comments, asked for while its pages are on
 * the wire: a page that names posts not asked for yet asks for them at
 * once, beside the pages (not after them), so that the writer stores the
 * comments that come later with their headline and scores them with their
 * story; only those written before need an UPDATE and a second look.
 * The posts of held and approved comments come with their text (the
 * story, byline-comment-sync-stories.c), unless a local article is linked
 * to them; the others with their title alone. One request in flight at a
 * time, INCLUDE_BATCH posts each; what wp/v2/posts does not name is left
 * to the steps after the pages (pages, other post types). Runs on the
 * fetching thread alone. */
#define ASK_AT_LEAST (INCLUDE_BATCH / 4)

typedef enum {
  ASKED_TITLE = 1,    /* judged comments' post: its title, for now */
  ASKED_STORY = 2,    /* its title and text */
  ASKED_LINKED = 3,   /* its title: a local article is its story */
} Asked;

struct _BylineSyncPosts
{
  BylineStore        *store;
  char               *account;
  BylineCms          *cms;
  GCancellable       *cancellable;
  GHashTable         *asked;        /* post id → Asked (noted: asked or about to be) */
  GArray             *want_story;   /* noted, not asked yet */
  GArray             *want_title;
  GHashTable         *unnamed;      /* post id → Asked: asked, wp/v2/posts did not name it */
  gboolean            in_flight;
  guint               requests;
  BylineSyncPostsFunc arrived;
  GFunc               done;
  gpointer            data;
};

typedef struct
{
  BylineSyncPosts *self;
  GArray          *ids;
  gboolean         with_text;
} Ask;

BylineSyncPosts *
_byline_sync_posts_new (BylineStore         *store,
                        const char          *account,
                        BylineCms           *cms,
                        GCancellable        *cancellable,
                        BylineSyncPostsFunc  arrived,
                        GFunc                done,
                        gpointer             data)
{
  BylineSyncPosts *self = g_new0 (BylineSyncPosts, 1);

  self->store = store;
  self->account = g_strdup (account);
  self->cms = cms;
  self->cancellable = cancellable;
  self->asked = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->want_story = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->want_title = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->unnamed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->arrived = arrived;
  self->done = done;
  self->data = data;
  return self;
}

void
_byline_sync_posts_free (BylineSyncPosts *self)
{
  g_hash_table_unref (self->asked);
  g_array_unref (self->want_story);
  g_array_unref (self->want_title);
  g_hash_table_unref (self->unnamed);
  g_free (self->account);
  g_free (self);
}

/* Notes the posts of @comments (a page that arrived); @queue: held or
 * approved comments, whose story the spam filter uses. */
void
_byline_sync_posts_note (BylineSyncPosts *self,
                         GPtrArray       *comments,
                         gboolean         queue)
{
  for (guint i = 0; i < comments->len; i++)
    {
      gint64 post = ((const BylineCmsComment *) g_ptr_array_index (comments, i))->post;
      Asked asked = GPOINTER_TO_UINT (g_hash_table_lookup (self->asked, &post));
      Asked now;

      if (post <= 0 || asked == ASKED_STORY || asked == ASKED_LINKED || (asked == ASKED_TITLE && !queue))
        continue;
      if (!queue)
        now = ASKED_TITLE;
      else if (byline_store_find_linked_article (self->store, self->account, post, NULL) > 0)
        now = ASKED_LINKED;   /* its story is the article */
      else
        now = ASKED_STORY;
      g_hash_table_insert (self->asked, g_memdup2 (&post, sizeof post), GUINT_TO_POINTER (now));
      /* (a post asked for its title alone asks again for its text) */
      if (asked == 0 || now == ASKED_STORY)
        g_array_append_val (now == ASKED_STORY ? self->want_story : self->want_title, post);
    }
}

static void
asked_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  Ask *ask = user_data;
  BylineSyncPosts *self = ask->self;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GHashTable) named = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GError) error = NULL;

  self->in_flight = FALSE;
  found = byline_cms_list_posts_finish (self->cms, result, &error);
  if (found == NULL)
    /* asked again after the pages, from what the store lacks */
    g_debug ("No posts yet: %s", error->message);
  for (guint i = 0; found != NULL && i < found->len; i++)
    g_hash_table_add (named, &((BylineCmsPost *) g_ptr_array_index (found, i))->id);
  for (guint i = 0; found != NULL && i < ask->ids->len; i++)
    {
      gint64 id = g_array_index (ask->ids, gint64, i);

      if (!g_hash_table_contains (named, &id))
        g_hash_table_insert (self->unnamed, g_memdup2 (&id, sizeof id),
                             GUINT_TO_POINTER (ask->with_text ? ASKED_STORY : ASKED_TITLE));
    }
  if (found != NULL && found->len > 0)
    self->arrived (g_steal_pointer (&found), ask->with_text, self->data);
  g_array_unref (ask->ids);
  g_free (ask);
  self->done (NULL, self->data);
}

/**
 * _byline_sync_posts_ask:
 * @titles: ask for titles alone too (the queue's pages are all in: no
 *   post asked for its title could still want its text)
 * @draining: every page is asked for: ask for however few are noted
 *
 * Asks the site for up to INCLUDE_BATCH of the posts noted and not asked
 * for yet, stories first, unless a request is in flight; the arrived
 * function gets the posts, then the done function is called, on this
 * thread's context. Once the first request is made, the next waits for
 * ASK_AT_LEAST posts, or for the pages' end: a site with many stories,
 * whose pages each name a few new ones, costs a request for every
 * ASK_AT_LEAST of them at most, not one for every page.
 *
 * Returns: the number of requests started (0 or 1)
 */
guint
_byline_sync_posts_ask (BylineSyncPosts *self,
                        gboolean         titles,
                        gboolean         draining)
{
  g_autoptr(BylineCmsQuery) query = NULL;
  g_autoptr(GString) include = g_string_new (NULL);
  gboolean with_text = self->want_story->len > 0;
  GArray *want = with_text ? self->want_story : self->want_title;
  Ask *ask;
  guint n;

  if (!with_text)
    {
      /* (not those asked for their text since) */
      for (guint i = 0; i < want->len; )
        if (GPOINTER_TO_UINT (g_hash_table_lookup (self->asked, &g_array_index (want, gint64, i))) == ASKED_STORY)
          g_array_remove_index_fast (want, i);
        else
          i++;
    }
  if (self->in_flight || want->len == 0 || (!with_text && !titles) ||
      (self->requests > 0 && want->len < ASK_AT_LEAST && !draining))
    return 0;
  self->requests++;
  n = MIN (want->len, INCLUDE_BATCH);
  ask = g_new0 (Ask, 1);
  ask->self = self;
  ask->with_text = with_text;
  ask->ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
  g_array_append_vals (ask->ids, want->data, n);
  g_array_remove_range (want, 0, n);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (include, "%s%" G_GINT64_FORMAT, include->len ? "," : "",
                            g_array_index (ask->ids, gint64, i));

  query = byline_cms_query_new ();
  posts_query (query, NULL, with_text ? BYLINE_SYNC_STORY_FIELDS : "id,title", include->str);
  self->in_flight = TRUE;
  byline_cms_list_posts_async (self->cms, query, self->cancellable, asked_cb, ask);
  return 1;
}

/**
 * _byline_sync_posts_split:
 * @self: (nullable): the posts asked for beside the pages
 * @with_text: for their text (else their title)
 *
 * Appends the posts of @ids to @posts, or to @pages when @self asked
 * wp/v2/posts for them (for their text, when @with_text) and it did not
 * name them: the steps after the pages do not ask it again.
 */
void
_byline_sync_posts_split (BylineSyncPosts *self,
                          GArray          *ids,
                          gboolean         with_text,
                          GArray          *posts,
                          GArray          *pages)
{
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      Asked asked = self ? GPOINTER_TO_UINT (g_hash_table_lookup (self->unnamed, &id)) : 0;

      g_array_append_val ((with_text ? asked == ASKED_STORY : asked != 0) ? pages : posts, id);
    }
}

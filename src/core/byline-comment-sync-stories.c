/* byline-comment-sync-stories.c: the text of the posts comments are under,
 * for the spam filter
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Spam that passes for a reader copies a sentence of the story it is
 * under and adds "Interesting!" (byline-spam-filter-echo.c): only the
 * story tells. A story Byline published is the linked article; any other
 * post's text (a colleague's, one from before Byline) is fetched here,
 * once, after the comments: headline, excerpt and body as the site shows
 * them, kept as plain text in the cache (byline_store_set_post_text()).
 * Only posts with held or approved comments are asked for (the others
 * are judged already), INCLUDE_BATCH a request.
 *
 * Comments written before their post's text was in were scored without
 * it; those that copy it are scored again (a cheap test first,
 * byline_spam_story_echoed_by(), so that a first sync of thousands of
 * comments is not classified twice).
 */

#define G_LOG_DOMAIN "byline-comment-sync"

#include "config.h"

#include "byline-comment-moderator.h"
#include "byline-comment-sync-private.h"
#include "byline-comment.h"

typedef struct
{
  BylineStore *store;
  const char  *account;
  GArray      *kept;      /* posts whose text is in now */
  guint       *stories;
} Texts;

/* @post as readers see it, as plain text */
static char *
post_text (const BylineCmsPost *post)
{
  const char *parts[] = {
    post->title ? post->title : post->title_rendered,
    post->excerpt,
    post->content_rendered ? post->content_rendered : post->content,
  };
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *plain = byline_comment_text_to_plain (parts[i] ? parts[i] : "");

      g_strstrip (plain);
      if (*plain == '\0')
        continue;
      if (text->len > 0)
        g_string_append (text, "\n\n");
      g_string_append (text, plain);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
keep_text (const BylineCmsPost  *post,
           gpointer              data,
           GError              **error)
{
  Texts *texts = data;
  g_autofree char *text = post_text (post);

  if (!byline_store_set_post_text (texts->store, texts->account, post->id, text, error))
    return FALSE;
  (*texts->stories)++;
  if (*text != '\0')
    g_array_append_val (texts->kept, post->id);
  return TRUE;
}

/* Scores again the held and approved comments on @post that copy its
 * story (their repeats counted among the post's comments) */
static gboolean
rescore_echoes (BylineStore             *store,
                const char              *account,
                gint64                   post,
                const BylineSpamStory   *story,
                BylineSpamFilter        *filter,
                guint                   *rescored,
                GError                 **error)
{
  BylineCommentQuery query = BYLINE_COMMENT_QUERY_INIT;
  g_autoptr(GPtrArray) comments = NULL;
  g_autoptr(GHashTable) repeats = g_hash_table_new (g_str_hash, g_str_equal);

  query.account = account;
  query.post = post;
  if (!(comments = byline_store_query_comments (store, &query, error)))
    return FALSE;
  for (guint i = 0; i < comments->len; i++)
    {
      const char *content = ((BylineCachedComment *) g_ptr_array_index (comments, i))->content;

      g_hash_table_insert (repeats, (gpointer) content,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (repeats, content)) + 1));
    }
  for (guint i = 0; i < comments->len; i++)
    {
      BylineCachedComment *comment = g_ptr_array_index (comments, i);

      if ((g_strcmp0 (comment->status, "hold") != 0 && g_strcmp0 (comment->status, "approved") != 0) ||
          !byline_spam_story_echoed_by (story, comment->content))
        continue;
      byline_comment_score (comment, filter, GPOINTER_TO_UINT (g_hash_table_lookup (repeats, comment->content)) - 1,
                            story);
      if (!byline_store_set_comment_score (store, comment->id, comment->spam_score, comment->spam_reasons, error))
        return FALSE;
      (*rescored)++;
    }
  return TRUE;
}

/**
 * _byline_comment_sync_fetch_stories:
 * @early: (nullable): the posts a first sync asked for beside its pages
 *
 * Fetches the text of @account's posts that have held or approved
 * comments, no text yet and no local article (see the top of this file),
 * and scores again with @filter the comments on them that copy it.
 */
gboolean
_byline_comment_sync_fetch_stories (BylineStore             *store,
                                    const char              *account,
                                    BylineCms               *cms,
                                    GMainContext            *context,
                                    GCancellable            *cancellable,
                                    BylineSyncPosts         *early,
                                    BylineSpamFilter        *filter,
                                    BylineCommentSyncStats  *stats,
                                    GError                 **error)
{
  g_autoptr(GArray) without = byline_store_posts_without_text (store, account, error);
  g_autoptr(GArray) posts = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) pages = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) gone = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) stories = byline_comment_stories_new ();
  Texts texts = { store, account, kept, &stats->stories };

  if (without == NULL)
    return FALSE;
  _byline_sync_posts_split (early, without, TRUE, posts, pages);
  /* Posts, then pages; other post types (wp/v2/search) give no text */
  if (!_byline_comment_sync_fetch_posts (cms, context, cancellable, NULL, BYLINE_SYNC_STORY_FIELDS, posts, pages,
                                         keep_text, &texts, error) ||
      !_byline_comment_sync_fetch_posts (cms, context, cancellable, "pages", BYLINE_SYNC_STORY_FIELDS, pages, gone,
                                         keep_text, &texts, error))
    return FALSE;
  /* Named by neither (trashed, deleted, another type): not asked again */
  for (guint i = 0; i < gone->len; i++)
    if (!byline_store_set_post_text (store, account, g_array_index (gone, gint64, i), "", error))
      return FALSE;

  for (guint i = 0; i < kept->len; i++)
    {
      gint64 post = g_array_index (kept, gint64, i);
      const BylineSpamStory *story = byline_comment_story (stories, store, account, post);

      if (story != NULL && !rescore_echoes (store, account, post, story, filter, &stats->rescored, error))
        return FALSE;
      g_hash_table_remove (stories, &post);   /* one story in memory at a time */
    }
  return TRUE;
}

/**
 * _byline_comment_sync_take_posts:
 * @posts: (element-type BylineCmsPost): posts a first sync asked for
 *   beside its pages
 * @with_text: they were asked for with their text
 * @titles: post id → headline, for the comments written after
 * @stories: the writer's cache of stories (byline_comment_story())
 *
 * On the writer: sets the headlines of @posts on the comments written
 * before they came and keeps them in @titles for those that come later;
 * keeps their text, and scores again the held and approved comments
 * written before that copy it (those written after are scored with it).
 */
gboolean
_byline_comment_sync_take_posts (BylineStore             *store,
                                 const char              *account,
                                 GPtrArray               *posts,
                                 gboolean                 with_text,
                                 GHashTable              *titles,
                                 GHashTable              *stories,
                                 BylineSpamFilter        *filter,
                                 BylineCommentSyncStats  *stats,
                                 GError                 **error)
{
  for (guint i = 0; i < posts->len; i++)
    {
      const BylineCmsPost *post = g_ptr_array_index (posts, i);
      char *line = _byline_comment_sync_headline_line (post);
      const BylineSpamStory *story;
      g_autofree char *text = NULL;

      if (!g_hash_table_contains (titles, &post->id))
        stats->headlines++;
      g_hash_table_insert (titles, g_memdup2 (&post->id, sizeof post->id), line);
      if (!byline_store_set_post_headline (store, account, post->id, line, error))
        return FALSE;
      if (!with_text)
        continue;
      text = post_text (post);
      if (!byline_store_set_post_text (store, account, post->id, text, error))
        return FALSE;
      stats->stories++;
      g_hash_table_remove (stories, &post->id);
      if (*text != '\0' && (story = byline_comment_story (stories, store, account, post->id)) != NULL &&
          !rescore_echoes (store, account, post->id, story, filter, &stats->rescored, error))
        return FALSE;
    }
  return TRUE;
}

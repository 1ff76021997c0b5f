/* byline-comment-spam.c: a cached comment and the spam filter (its
 * sample, a score again after an edit, the filter saved per account)
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-comment-moderator"

#include "config.h"

#include "byline-comment-moderator.h"

/**
 * byline_comment_fill_sample:
 *
 * Points @sample at @comment's fields (no copies: keep @comment alive).
 */
void
byline_comment_fill_sample (BylineSpamSample          *sample,
                            const BylineCachedComment *comment)
{
  sample->content = comment->content;
  sample->author_name = comment->author_name;
  sample->author_email = comment->author_email;
  sample->author_url = comment->author_url;
  sample->author_ip = comment->author_ip;
  sample->repeat_count = 0;
  sample->story = NULL;
}

/**
 * byline_comment_story:
 * @stories: post id → its story, filled as posts are asked for (from
 *   byline_comment_stories_new())
 *
 * The story post @post of @account is, for #BylineSpamSample's story:
 * the article Byline published there (its headline, standfirst and
 * body), or else the post's text as the site showed it when a comment
 * sync fetched it (byline_store_get_post_text()). A post with neither
 * has none.
 *
 * Returns: (nullable) (transfer none): the story, owned by @stories
 */
const BylineSpamStory *
byline_comment_story (GHashTable  *stories,
                      BylineStore *store,
                      const char  *account,
                      gint64       post)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineArticle) article = NULL;
  BylineSpamStory *story = NULL;
  gint64 id;

  if (post <= 0)
    return NULL;
  if (g_hash_table_lookup_extended (stories, &post, NULL, (gpointer *) &story))
    return story;

  if ((id = byline_store_find_linked_article (store, account, post, &error)) > 0 &&
      (article = byline_store_load_article (store, id, NULL, &error)) != NULL)
    {
      g_autofree char *text = g_strjoin ("\n\n", byline_article_get_headline (article),
                                         byline_article_get_standfirst (article),
                                         byline_article_get_body (article), NULL);

      story = byline_spam_story_new (text);
    }
  else if (error == NULL)
    {
      g_autofree char *text = byline_store_get_post_text (store, account, post, &error);

      if (text != NULL && *text != '\0')
        story = byline_spam_story_new (text);
    }
  if (error != NULL)
    g_debug ("No story for post %" G_GINT64_FORMAT ": %s", post, error->message);
  /* (NULL too: the post is looked up once) */
  g_hash_table_insert (stories, g_memdup2 (&post, sizeof post), story);
  return story;
}

static void
story_unref (gpointer story)
{
  if (story != NULL)
    byline_spam_story_unref (story);
}

/**
 * byline_comment_stories_new:
 *
 * Returns: (transfer full): an empty cache for byline_comment_story()
 */
GHashTable *
byline_comment_stories_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, story_unref);
}

/**
 * byline_comment_rescore:
 * @filter: (nullable): the account's filter; %NULL loads the saved one
 *
 * Scores the cached comment @id again from its text as it is now (after
 * an edit), so that its score and reasons are not those of a text it no
 * longer has. Repeats across comments are counted at sync only.
 */
gboolean
byline_comment_rescore (BylineStore       *store,
                        BylineSpamFilter  *filter,
                        gint64             id,
                        GError           **error)
{
  g_autoptr(BylineCachedComment) comment = byline_store_get_comment (store, id, error);
  g_autoptr(BylineSpamFilter) loaded = NULL;
  g_autoptr(GHashTable) stories = byline_comment_stories_new ();

  if (comment == NULL)
    return FALSE;
  if (filter == NULL && !(filter = loaded = byline_comment_load_spam_filter (store, comment->account, error)))
    return FALSE;
  byline_comment_score (comment, filter, 0,
                        byline_comment_story (stories, store, comment->account, comment->post_remote_id));
  return byline_store_set_comment_score (store, id, comment->spam_score,
                                         comment->spam_reasons, error);
}

/**
 * byline_comment_score:
 * @repeat_count: how many other comments carry the same text
 * @story: (nullable): from byline_comment_story()
 *
 * Sets @comment's spam score and reasons from @filter's verdict.
 */
void
byline_comment_score (BylineCachedComment *comment,
                      BylineSpamFilter    *filter,
                      guint                repeat_count,
                      const BylineSpamStory *story)
{
  g_autoptr(BylineSpamVerdict) verdict = NULL;
  BylineSpamSample sample;

  byline_comment_fill_sample (&sample, comment);
  sample.repeat_count = repeat_count;
  sample.story = story;
  verdict = byline_spam_filter_classify (filter, &sample);
  comment->spam_score = CLAMP (verdict->score, 0.0, 1.0);
  g_strfreev (comment->spam_reasons);
  comment->spam_reasons = g_new0 (char *, verdict->reasons->len + 1);
  for (guint i = 0; i < verdict->reasons->len; i++)
    comment->spam_reasons[i] = g_strdup (g_ptr_array_index (verdict->reasons, i));
}

/**
 * byline_comment_load_spam_filter:
 *
 * Returns: (transfer full): @account's saved spam filter, or a new one
 *   when none was saved or the saved one is damaged (with a warning)
 */
BylineSpamFilter *
byline_comment_load_spam_filter (BylineStore  *store,
                                 const char   *account,
                                 GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = byline_store_load_spam_filter (store, account, &local_error);
  BylineSpamFilter *filter;

  if (bytes == NULL && local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (bytes == NULL)
    return byline_spam_filter_new ();
  filter = byline_spam_filter_new_from_bytes (bytes, &local_error);
  if (filter == NULL)
    {
      g_warning ("Starting a new spam filter for %s: %s", account, local_error->message);
      filter = byline_spam_filter_new ();
    }
  return filter;
}

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
  g_autoptr(BylineSpamVerdict) verdict = NULL;
  g_auto(GStrv) reasons = NULL;
  BylineSpamSample sample;

  if (comment == NULL)
    return FALSE;
  if (filter == NULL && !(filter = loaded = byline_comment_load_spam_filter (store, comment->account, error)))
    return FALSE;
  byline_comment_fill_sample (&sample, comment);
  verdict = byline_spam_filter_classify (filter, &sample);
  reasons = g_new0 (char *, verdict->reasons->len + 1);
  for (guint i = 0; i < verdict->reasons->len; i++)
    reasons[i] = g_strdup (g_ptr_array_index (verdict->reasons, i));
  return byline_store_set_comment_score (store, id, CLAMP (verdict->score, 0.0, 1.0), reasons, error);
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

/* byline-comment-sync-site.c: what the site's comment lists tell a sync
 * beyond ids and statuses: which kinds of comments the queue keeps, and
 * held comments whose text was edited on the site
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
 * _byline_comment_sync_type_kept:
 * @type: (nullable): a comment's `type` as WordPress gives it
 *
 * The queue keeps what wp-admin's Comments screen moderates: comments,
 * pingbacks and trackbacks (WordPress's REST API lists comments alone
 * unless asked for `type=all`). Other types belong to plugins (order
 * notes, reviews moderated elsewhere, editorial notes) and are left out.
 */
gboolean
_byline_comment_sync_type_kept (const char *type)
{
  return type == NULL || *type == '\0' || g_str_equal (type, "comment") ||
         g_str_equal (type, "pingback") || g_str_equal (type, "trackback");
}

static gboolean
same (const char *a,
      const char *b)
{
  return g_strcmp0 (a ? a : "", b ? b : "") == 0;
}

/**
 * _byline_comment_sync_edited:
 * @states: remote id → BylineCommentState, the cache before this sync
 * @unsent: local id → UnsentFlags of operations not sent yet
 * @held: (element-type BylineCmsComment): the site's held comments, whole
 *
 * An edit on the site (wp-admin's Quick Edit, another client) changes
 * neither a comment's date nor its status, so neither `after=` nor the
 * status pass sees it. The queue's comments come whole in the status
 * pass; those already cached whose text, author, post or parent differ
 * from the cache's are returned (a comment with an edit of its own not
 * sent yet is left to that edit).
 *
 * Returns: (transfer container) (element-type BylineCmsComment): the
 *   edited comments (owned by @held), or %NULL with @error set
 */
GPtrArray *
_byline_comment_sync_edited (BylineStore  *store,
                             const char   *account,
                             GHashTable   *states,
                             GHashTable   *unsent,
                             GPtrArray    *held,
                             GError      **error)
{
  g_autoptr(GPtrArray) edited = g_ptr_array_new ();

  for (guint i = 0; i < held->len; i++)
    {
      BylineCmsComment *remote = g_ptr_array_index (held, i);
      BylineCommentState *state = g_hash_table_lookup (states, &remote->id);
      g_autoptr(BylineCachedComment) site = NULL;
      g_autoptr(BylineCachedComment) local = NULL;

      if (state == NULL || !_byline_comment_sync_type_kept (remote->type) ||
          (GPOINTER_TO_UINT (g_hash_table_lookup (unsent, &state->id)) & UNSENT_CONTENT))
        continue;
      if (!(local = byline_store_get_comment (store, state->id, error)))
        {
          if (error != NULL && *error != NULL &&
              !g_error_matches (*error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND))
            return NULL;
          g_clear_error (error);
          continue;
        }
      site = byline_comment_from_cms (remote, account);
      if (!same (site->content, local->content) || !same (site->author_name, local->author_name) ||
          !same (site->author_email, local->author_email) || !same (site->author_url, local->author_url) ||
          site->parent != local->parent || site->post_remote_id != local->post_remote_id)
        g_ptr_array_add (edited, remote);
    }
  return g_steal_pointer (&edited);
}

/**
 * byline_comment_from_cms:
 *
 * Returns: (transfer full): @comment as the cache keeps it, every string
 *   valid UTF-8 (invalid bytes replaced)
 */
BylineCachedComment *
byline_comment_from_cms (const BylineCmsComment *comment,
                         const char             *account)
{
  BylineCachedComment *cached = byline_cached_comment_new ();

#define VALID(s) g_utf8_make_valid ((s) ? (s) : "", -1)
  cached->account = g_strdup (account);
  cached->remote_id = comment->id;
  cached->post_remote_id = comment->post;
  cached->post_headline = g_strdup ("");
  cached->parent = comment->parent;
  cached->author_name = VALID (comment->author_name);
  cached->author_email = VALID (comment->author_email);
  cached->author_url = VALID (comment->author_url);
  cached->author_ip = VALID (comment->author_ip);
  cached->author_user_agent = VALID (comment->author_user_agent);
  cached->date_gmt = comment->date_gmt ? g_date_time_format_iso8601 (comment->date_gmt) : g_strdup ("");
  cached->status = g_strdup (comment->status == BYLINE_CMS_COMMENT_UNKNOWN ? "hold"
                             : byline_cms_comment_status_to_string (comment->status));
  cached->content = VALID (comment->content ? comment->content : comment->content_rendered);
  cached->type = g_strdup (comment->type && *comment->type ? comment->type : "comment");
#undef VALID
  return cached;
}

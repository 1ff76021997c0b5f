/* byline-cms.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-cms"

#include "config.h"

#include "byline-cms.h"

typedef struct
{
  guint  retry_after;
  gint64 existing_id;
} BylineCmsErrorPrivate;

static void
byline_cms_error_private_init (BylineCmsErrorPrivate *priv)
{
  priv->retry_after = 0;
  priv->existing_id = 0;
}

static void
byline_cms_error_private_copy (const BylineCmsErrorPrivate *src,
                               BylineCmsErrorPrivate       *dest)
{
  dest->retry_after = src->retry_after;
  dest->existing_id = src->existing_id;
}

static void
byline_cms_error_private_clear (BylineCmsErrorPrivate *priv)
{
}

/* An extended error domain: a rate-limit error carries the seconds the
 * site asked us to wait, and g_error_copy() keeps them. */
G_DEFINE_EXTENDED_ERROR (BylineCmsError, byline_cms_error)

/**
 * byline_cms_error_set_retry_after:
 *
 * Records the site's Retry-After (in seconds) on a %BYLINE_CMS_ERROR error.
 */
void
byline_cms_error_set_retry_after (GError *error,
                                  guint   seconds)
{
  g_return_if_fail (error != NULL && error->domain == BYLINE_CMS_ERROR);

  byline_cms_error_get_private (error)->retry_after = seconds;
}

/**
 * byline_cms_error_get_retry_after:
 *
 * Returns: the seconds the site asked to wait before retrying (429 or 503
 *   with a Retry-After header), 0 when it said nothing or @error is not a
 *   %BYLINE_CMS_ERROR.
 */
guint
byline_cms_error_get_retry_after (const GError *error)
{
  if (error == NULL || error->domain != BYLINE_CMS_ERROR)
    return 0;

  return byline_cms_error_get_private (error)->retry_after;
}

/**
 * byline_cms_error_set_existing_id:
 *
 * Records on a %BYLINE_CMS_ERROR error the id of what the site already
 * has in place of what was to be created (WordPress's `term_exists`
 * answers with the term's id).
 */
void
byline_cms_error_set_existing_id (GError *error,
                                  gint64  id)
{
  g_return_if_fail (error != NULL && error->domain == BYLINE_CMS_ERROR);

  byline_cms_error_get_private (error)->existing_id = id;
}

/**
 * byline_cms_error_get_existing_id:
 *
 * Returns: the id of the item the site already has that a create was
 *   refused for, or 0
 */
gint64
byline_cms_error_get_existing_id (const GError *error)
{
  if (error == NULL || error->domain != BYLINE_CMS_ERROR)
    return 0;

  return byline_cms_error_get_private (error)->existing_id;
}

/**
 * byline_cms_error_is_transient:
 *
 * Returns: %TRUE when retrying later may succeed (network, timeout, rate
 *   limit, server error): what the outbox retries with backoff.
 */
gboolean
byline_cms_error_is_transient (const GError *error)
{
  if (error == NULL || error->domain != BYLINE_CMS_ERROR)
    return FALSE;

  switch ((BylineCmsError) error->code)
    {
    case BYLINE_CMS_ERROR_RATE_LIMITED:
    case BYLINE_CMS_ERROR_SERVER:
    case BYLINE_CMS_ERROR_NETWORK:
    case BYLINE_CMS_ERROR_TIMEOUT:
      return TRUE;
    case BYLINE_CMS_ERROR_AUTH:
    case BYLINE_CMS_ERROR_FORBIDDEN:
    case BYLINE_CMS_ERROR_NOT_FOUND:
    case BYLINE_CMS_ERROR_CONFLICT:
    case BYLINE_CMS_ERROR_INVALID_RESPONSE:
    case BYLINE_CMS_ERROR_TOO_LARGE:
    case BYLINE_CMS_ERROR_CANCELLED:
    case BYLINE_CMS_ERROR_BAD_REQUEST:
    case BYLINE_CMS_ERROR_NOT_SUPPORTED:
    case BYLINE_CMS_ERROR_REDIRECT:
    default:
      return FALSE;
    }
}

G_DEFINE_INTERFACE (BylineCms, byline_cms, G_TYPE_OBJECT)

static void
byline_cms_default_init (BylineCmsInterface *iface)
{
}

static gpointer
finish_pointer (BylineCms     *self,
                GAsyncResult  *result,
                gpointer       source_tag,
                GError       **error)
{
  g_return_val_if_fail (BYLINE_IS_CMS (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
/**
 * byline_cms_verify_account_async:
 *
 * Checks the account's credentials by asking the site who they belong to. Finishes with the user (roles, capabilities), or %BYLINE_CMS_ERROR_AUTH when the site did not accept them.
 */
void
byline_cms_verify_account_async (BylineCms           *self,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (BYLINE_IS_CMS (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  BYLINE_CMS_GET_IFACE (self)->verify_account_async (self, cancellable, callback, user_data);
}

BylineCmsUser *
byline_cms_verify_account_finish (BylineCms     *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return finish_pointer (self, result, byline_cms_verify_account_async, error);
}

/**
 * byline_cms_get_site_async:
 *
 * Fetches the site's name, URL and time zone.
 */
void
byline_cms_get_site_async (BylineCms           *self,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_return_if_fail (BYLINE_IS_CMS (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  BYLINE_CMS_GET_IFACE (self)->get_site_async (self, cancellable, callback, user_data);
}

BylineCmsSite *
byline_cms_get_site_finish (BylineCms     *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  return finish_pointer (self, result, byline_cms_get_site_async, error);
}

/**
 * byline_cms_list_terms_async:
 *
 * Lists categories or tags (@query may be %NULL: every page). Finishes with a #GPtrArray of #BylineCmsTerm.
 */
void
byline_cms_list_terms_async (BylineCms            *self,
                             BylineCmsTermKind     kind,
                             const BylineCmsQuery *query,
                             GCancellable         *cancellable,
                             GAsyncReadyCallback   callback,
                             gpointer              user_data)
{
  g_return_if_fail (BYLINE_IS_CMS (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  BYLINE_CMS_GET_IFACE (self)->list_terms_async (self, kind, query, cancellable, callback, user_data);
}

GPtrArray *
byline_cms_list_terms_finish (BylineCms     *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  return finish_pointer (self, result, byline_cms_list_terms_async, error);
}

/**
 * byline_cms_create_term_async:
 *
 * Creates a category or tag (@parent: a category's parent, 0 for none). When the term exists already, finishes with the existing one.
 */
void
byline_cms_create_term_async (BylineCms           *self,
                              BylineCmsTermKind    kind,
                              const char          *name,
                              gint64               parent,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_return_if_fail (BYLINE_IS_CMS (self));
  g_return_if_fail (name != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  BYLINE_CMS_GET_IFACE (self)->create_term_async (self, kind, name, parent, cancellable, callback, user_data);
}

BylineCmsTerm *
byline_cms_create_term_finish (BylineCms     *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  return finish_pointer (self, result, byline_cms_create_term_async, error);
}

/**
 * byline_cms_list_users_async:
 *
 * Lists the site's authors. Finishes with a #GPtrArray of #BylineCmsUser.
 */
void
byline_cms_list_users_async (BylineCms            *self,
                             const BylineCmsQuery *query,
                             GCancellable         *cancellable,
                             GAsyncReadyCallback   callback,
                             gpointer              user_data)
{
  g_return_if_fail (BYLINE_IS_CMS (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  BYLINE_CMS_GET_IFACE (self)->list_users_async (self, query, cancellable, callback, user_data);
}

GPtrArray *
byline_cms_list_users_finish (BylineCms     *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  return finish_pointer (self, result, byline_cms_list_users_async, error);
}

/**
 * byline_cms_create_post_async:
 *
 * Creates a post from the fields set in @post. Finishes with the post as the site stored it.
 */
void
byline_cms_create_post_async (BylineCms           *self,
                              const BylineCmsPost *post,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_return_if_fail (BYLINE_IS_CMS (self));
  g_return_if_fail (post != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  BYLINE_CMS_GET_IFACE (self)->create_post_async (self, post, cancellable, callback, user_data);
}

BylineCmsPost *
byline_cms_create_post_finish (BylineCms     *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  return finish_pointer (self, result, byline_cms_create_post_async, error);
}

/**
 * byline_cms_update_post_async:
 *
 * Sends the fields set in @post to post @id. Finishes with the post as the site stored it.
 */
void
byline_cms_update_post_async (BylineCms           *self,
                              gint64               id,
                              const BylineCmsPost *post,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_return_if_fail (BYLINE_IS_CMS (self));
  g_return_if_fail (post != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  BYLINE_CMS_GET_IFACE (self)->update_post_async (self, id, post, cancellable, callback, user_data);
}

BylineCmsPost *
byline_cms_update_post_finish (BylineCms     *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  return finish_pointer (self, result, byline_cms_update_post_async, error);
}

/**
 * byline_cms_get_post_async:
 *
 * Fetches post @id with context=edit (@fields: a `_fields` list, or %NULL).
 */
void
byline_cms_get_post_async (BylineCms           *self,
                           gint64               id,
                           const char          *fields,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_return_if_fail (BYLINE_IS_CMS (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  BYLINE_CMS_GET_IFACE (self)->get_post_async (self, id, fields, cancellable, callback, user_data);
}

BylineCmsPost *
byline_cms_get_post_finish (BylineCms     *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  return finish_pointer (self, result, byline_cms_get_post_async, error);
}

/**
 * byline_cms_delete_post_async:
 *
 * Moves post @id to the trash, or deletes it for good when @force. Finishes with the post as it was.
 */
void
byline_cms_delete_post_async (BylineCms           *self,
                              gint64               id,
                              gboolean             force,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_return_if_fail (BYLINE_IS_CMS (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  BYLINE_CMS_GET_IFACE (self)->delete_post_async (self, id, force, cancellable, callback, user_data);
}

BylineCmsPost *
byline_cms_delete_post_finish (BylineCms     *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  return finish_pointer (self, result, byline_cms_delete_post_async, error);
}

/**
 * byline_cms_list_posts_async:
 *
 * Lists posts (context=edit when @query asks). Finishes with a #GPtrArray of #BylineCmsPost.
 */
void
byline_cms_list_posts_async (BylineCms            *self,
                             const BylineCmsQuery *query,
                             GCancellable         *cancellable,
                             GAsyncReadyCallback   callback,
                             gpointer              user_data)
{
  g_return_if_fail (BYLINE_IS_CMS (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  BYLINE_CMS_GET_IFACE (self)->list_posts_async (self, query, cancellable, callback, user_data);
}

GPtrArray *
byline_cms_list_posts_finish (BylineCms     *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  return finish_pointer (self, result, byline_cms_list_posts_async, error);
}

/**
 * byline_cms_list_revisions_async:
 *
 * Lists the revisions of post @post_id, newest first. Finishes with a #GPtrArray of #BylineCmsPost (@parent set).
 */
void
byline_cms_list_revisions_async (BylineCms           *self,
                                 gint64               post_id,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (BYLINE_IS_CMS (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  BYLINE_CMS_GET_IFACE (self)->list_revisions_async (self, post_id, cancellable, callback, user_data);
}

GPtrArray *
byline_cms_list_revisions_finish (BylineCms     *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return finish_pointer (self, result, byline_cms_list_revisions_async, error);
}

/**
 * byline_cms_upload_media_async:
 *
 * Uploads a file and sets its alt text, caption and title. Finishes with the #BylineCmsMedia.
 */
void
byline_cms_upload_media_async (BylineCms             *self,
                               const BylineCmsUpload *upload,
                               GCancellable          *cancellable,
                               GAsyncReadyCallback    callback,
                               gpointer               user_data)
{
  g_return_if_fail (BYLINE_IS_CMS (self));
  g_return_if_fail (upload != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  BYLINE_CMS_GET_IFACE (self)->upload_media_async (self, upload, cancellable, callback, user_data);
}

BylineCmsMedia *
byline_cms_upload_media_finish (BylineCms     *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return finish_pointer (self, result, byline_cms_upload_media_async, error);
}

/**
 * byline_cms_list_media_async:
 *
 * Lists media items (@query: `include`, `fields`, paging). Finishes with
 * a #GPtrArray of #BylineCmsMedia.
 */
void
byline_cms_list_media_async (BylineCms            *self,
                             const BylineCmsQuery *query,
                             GCancellable         *cancellable,
                             GAsyncReadyCallback   callback,
                             gpointer              user_data)
{
  g_return_if_fail (BYLINE_IS_CMS (self));
  g_return_if_fail (query != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  BYLINE_CMS_GET_IFACE (self)->list_media_async (self, query, cancellable, callback, user_data);
}

GPtrArray *
byline_cms_list_media_finish (BylineCms     *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  return finish_pointer (self, result, byline_cms_list_media_async, error);
}

/**
 * byline_cms_attach_media_async:
 *
 * Attaches media item @media_id to post @post_id (the site lists it as
 * the post's). Finishes with the #BylineCmsMedia as the site stored it.
 */
void
byline_cms_attach_media_async (BylineCms           *self,
                               gint64               media_id,
                               gint64               post_id,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (BYLINE_IS_CMS (self));
  g_return_if_fail (media_id > 0);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  BYLINE_CMS_GET_IFACE (self)->attach_media_async (self, media_id, post_id, cancellable, callback, user_data);
}

BylineCmsMedia *
byline_cms_attach_media_finish (BylineCms     *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return finish_pointer (self, result, byline_cms_attach_media_async, error);
}

/**
 * byline_cms_list_comments_async:
 *
 * Lists comments. Finishes with a #GPtrArray of #BylineCmsComment.
 */
void
byline_cms_list_comments_async (BylineCms            *self,
                                const BylineCmsQuery *query,
                                GCancellable         *cancellable,
                                GAsyncReadyCallback   callback,
                                gpointer              user_data)
{
  g_return_if_fail (BYLINE_IS_CMS (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  BYLINE_CMS_GET_IFACE (self)->list_comments_async (self, query, cancellable, callback, user_data);
}

GPtrArray *
byline_cms_list_comments_finish (BylineCms     *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return finish_pointer (self, result, byline_cms_list_comments_async, error);
}

/**
 * byline_cms_list_get_total_pages:
 * @result: the result of a list call for one page (`query->page` > 0)
 *
 * How many pages the site said the list has at the moment it answered
 * (WordPress: X-WP-TotalPages): a caller fetching page after page asks
 * for no page past the end. Call it before or after the _finish().
 *
 * Returns: the number of pages, or -1 when the site did not say
 */
gint64
byline_cms_list_get_total_pages (GAsyncResult *result)
{
  gpointer pages;

  g_return_val_if_fail (G_IS_TASK (result), -1);

  pages = g_object_get_data (G_OBJECT (result), "byline-cms-total-pages");
  return pages != NULL ? GPOINTER_TO_SIZE (pages) - 1 : -1;
}

/**
 * byline_cms_list_set_total_pages:
 * @total_pages: the count the site gave, or -1
 *
 * For implementations: records what byline_cms_list_get_total_pages()
 * returns for @task.
 */
void
byline_cms_list_set_total_pages (GTask  *task,
                                 gint64  total_pages)
{
  g_return_if_fail (G_IS_TASK (task));

  g_object_set_data (G_OBJECT (task), "byline-cms-total-pages",
                     total_pages >= 0 ? GSIZE_TO_POINTER ((gsize) total_pages + 1) : NULL);
}

/**
 * byline_cms_moderate_comment_async:
 *
 * Sets the status of @comment, sending back its original author IP and user agent so that the site keeps them.
 */
void
byline_cms_moderate_comment_async (BylineCms              *self,
                                   const BylineCmsComment *comment,
                                   BylineCmsCommentStatus  status,
                                   GCancellable           *cancellable,
                                   GAsyncReadyCallback     callback,
                                   gpointer                user_data)
{
  g_return_if_fail (BYLINE_IS_CMS (self));
  g_return_if_fail (comment != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  BYLINE_CMS_GET_IFACE (self)->moderate_comment_async (self, comment, status, cancellable, callback, user_data);
}

BylineCmsComment *
byline_cms_moderate_comment_finish (BylineCms     *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return finish_pointer (self, result, byline_cms_moderate_comment_async, error);
}

/**
 * byline_cms_reply_comment_async:
 *
 * Posts @content as the account's user, in reply to @parent (on the same post).
 */
void
byline_cms_reply_comment_async (BylineCms              *self,
                                const BylineCmsComment *parent,
                                const char             *content,
                                GCancellable           *cancellable,
                                GAsyncReadyCallback     callback,
                                gpointer                user_data)
{
  g_return_if_fail (BYLINE_IS_CMS (self));
  g_return_if_fail (content != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  BYLINE_CMS_GET_IFACE (self)->reply_comment_async (self, parent, content, cancellable, callback, user_data);
}

BylineCmsComment *
byline_cms_reply_comment_finish (BylineCms     *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return finish_pointer (self, result, byline_cms_reply_comment_async, error);
}

/**
 * byline_cms_delete_comment_async:
 *
 * Moves comment @id to the trash, or deletes it for good when @force.
 */
void
byline_cms_delete_comment_async (BylineCms           *self,
                                 gint64               id,
                                 gboolean             force,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (BYLINE_IS_CMS (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  BYLINE_CMS_GET_IFACE (self)->delete_comment_async (self, id, force, cancellable, callback, user_data);
}

BylineCmsComment *
byline_cms_delete_comment_finish (BylineCms     *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return finish_pointer (self, result, byline_cms_delete_comment_async, error);
}

/**
 * byline_cms_update_comment_async:
 * @comment: the comment's id and what to change: its content, and the
 *   author fields that are not %NULL (send the original author_ip and
 *   author_user_agent back, or the site puts the editor's there)
 *
 * Edits comment @comment->id. Finishes with the site's #BylineCmsComment.
 */
void
byline_cms_update_comment_async (BylineCms              *self,
                                 const BylineCmsComment *comment,
                                 GCancellable           *cancellable,
                                 GAsyncReadyCallback     callback,
                                 gpointer                user_data)
{
  g_return_if_fail (BYLINE_IS_CMS (self));
  g_return_if_fail (comment != NULL && comment->id > 0);
  g_return_if_fail (comment->content != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  BYLINE_CMS_GET_IFACE (self)->update_comment_async (self, comment, cancellable, callback, user_data);
}

BylineCmsComment *
byline_cms_update_comment_finish (BylineCms     *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return finish_pointer (self, result, byline_cms_update_comment_async, error);
}

/* byline-cms.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "byline-cms-types.h"

G_BEGIN_DECLS

#define BYLINE_CMS_ERROR (byline_cms_error_quark ())

/**
 * BylineCmsError:
 * @BYLINE_CMS_ERROR_AUTH: the site did not accept the credentials (401)
 * @BYLINE_CMS_ERROR_FORBIDDEN: the account may not do this (403)
 * @BYLINE_CMS_ERROR_NOT_FOUND: no such post, comment, … (404, 410)
 * @BYLINE_CMS_ERROR_CONFLICT: the site refused because of its state (409)
 * @BYLINE_CMS_ERROR_RATE_LIMITED: too many requests (429); see
 *   byline_cms_error_get_retry_after()
 * @BYLINE_CMS_ERROR_SERVER: the site failed (5xx); 503 may carry Retry-After
 * @BYLINE_CMS_ERROR_NETWORK: no connection, connection reset, DNS, TLS
 * @BYLINE_CMS_ERROR_TIMEOUT: the site did not answer in time
 * @BYLINE_CMS_ERROR_INVALID_RESPONSE: not the JSON that was expected
 * @BYLINE_CMS_ERROR_TOO_LARGE: the response is larger than the limit
 * @BYLINE_CMS_ERROR_CANCELLED: the operation was cancelled
 * @BYLINE_CMS_ERROR_BAD_REQUEST: the site rejected the request (400, 413, …)
 * @BYLINE_CMS_ERROR_NOT_SUPPORTED: the site has no REST API, or the
 *   backend cannot do this
 * @BYLINE_CMS_ERROR_REDIRECT: a redirect Byline will not follow with the
 *   request (a write to another origin, or too many redirects)
 *
 * The error domain of every CMS operation. Messages are in plain words,
 * translated, and never contain a password.
 */
typedef enum
{
  BYLINE_CMS_ERROR_AUTH,
  BYLINE_CMS_ERROR_FORBIDDEN,
  BYLINE_CMS_ERROR_NOT_FOUND,
  BYLINE_CMS_ERROR_CONFLICT,
  BYLINE_CMS_ERROR_RATE_LIMITED,
  BYLINE_CMS_ERROR_SERVER,
  BYLINE_CMS_ERROR_NETWORK,
  BYLINE_CMS_ERROR_TIMEOUT,
  BYLINE_CMS_ERROR_INVALID_RESPONSE,
  BYLINE_CMS_ERROR_TOO_LARGE,
  BYLINE_CMS_ERROR_CANCELLED,
  BYLINE_CMS_ERROR_BAD_REQUEST,
  BYLINE_CMS_ERROR_NOT_SUPPORTED,
  BYLINE_CMS_ERROR_REDIRECT,
} BylineCmsError;

GQuark   byline_cms_error_quark           (void);
void     byline_cms_error_set_retry_after (GError       *error,
                                           guint         seconds);
guint    byline_cms_error_get_retry_after (const GError *error);
void     byline_cms_error_set_existing_id (GError       *error,
                                           gint64        id);
gint64   byline_cms_error_get_existing_id (const GError *error);
gboolean byline_cms_error_is_transient    (const GError *error);

#define BYLINE_TYPE_CMS (byline_cms_get_type ())

G_DECLARE_INTERFACE (BylineCms, byline_cms, BYLINE, CMS, GObject)

/**
 * BylineCmsInterface:
 *
 * A content management system one account talks to. Only the `_async`
 * halves are virtual: an implementation completes every operation through
 * a #GTask whose source object is the #BylineCms and whose source tag is
 * the public `byline_cms_*_async()` function, returning the documented
 * pointer (or %TRUE for deletions of nothing), and the public `_finish()`
 * functions propagate it. Errors are in %BYLINE_CMS_ERROR.
 */
struct _BylineCmsInterface
{
  GTypeInterface parent_iface;

  void (*verify_account_async)  (BylineCms              *self,
                                 GCancellable           *cancellable,
                                 GAsyncReadyCallback     callback,
                                 gpointer                user_data);
  void (*get_site_async)        (BylineCms              *self,
                                 GCancellable           *cancellable,
                                 GAsyncReadyCallback     callback,
                                 gpointer                user_data);
  void (*list_terms_async)      (BylineCms              *self,
                                 BylineCmsTermKind       kind,
                                 const BylineCmsQuery   *query,
                                 GCancellable           *cancellable,
                                 GAsyncReadyCallback     callback,
                                 gpointer                user_data);
  void (*create_term_async)     (BylineCms              *self,
                                 BylineCmsTermKind       kind,
                                 const char             *name,
                                 gint64                  parent,
                                 GCancellable           *cancellable,
                                 GAsyncReadyCallback     callback,
                                 gpointer                user_data);
  void (*list_users_async)      (BylineCms              *self,
                                 const BylineCmsQuery   *query,
                                 GCancellable           *cancellable,
                                 GAsyncReadyCallback     callback,
                                 gpointer                user_data);
  void (*create_post_async)     (BylineCms              *self,
                                 const BylineCmsPost    *post,
                                 GCancellable           *cancellable,
                                 GAsyncReadyCallback     callback,
                                 gpointer                user_data);
  void (*update_post_async)     (BylineCms              *self,
                                 gint64                  id,
                                 const BylineCmsPost    *post,
                                 GCancellable           *cancellable,
                                 GAsyncReadyCallback     callback,
                                 gpointer                user_data);
  void (*get_post_async)        (BylineCms              *self,
                                 gint64                  id,
                                 const char             *fields,
                                 GCancellable           *cancellable,
                                 GAsyncReadyCallback     callback,
                                 gpointer                user_data);
  void (*delete_post_async)     (BylineCms              *self,
                                 gint64                  id,
                                 gboolean                force,
                                 GCancellable           *cancellable,
                                 GAsyncReadyCallback     callback,
                                 gpointer                user_data);
  void (*list_posts_async)      (BylineCms              *self,
                                 const BylineCmsQuery   *query,
                                 GCancellable           *cancellable,
                                 GAsyncReadyCallback     callback,
                                 gpointer                user_data);
  void (*list_revisions_async)  (BylineCms              *self,
                                 gint64                  post_id,
                                 GCancellable           *cancellable,
                                 GAsyncReadyCallback     callback,
                                 gpointer                user_data);
  void (*upload_media_async)    (BylineCms              *self,
                                 const BylineCmsUpload  *upload,
                                 GCancellable           *cancellable,
                                 GAsyncReadyCallback     callback,
                                 gpointer                user_data);
  void (*list_comments_async)   (BylineCms              *self,
                                 const BylineCmsQuery   *query,
                                 GCancellable           *cancellable,
                                 GAsyncReadyCallback     callback,
                                 gpointer                user_data);
  void (*moderate_comment_async)(BylineCms              *self,
                                 const BylineCmsComment *comment,
                                 BylineCmsCommentStatus  status,
                                 GCancellable           *cancellable,
                                 GAsyncReadyCallback     callback,
                                 gpointer                user_data);
  void (*reply_comment_async)   (BylineCms              *self,
                                 const BylineCmsComment *parent,
                                 const char             *content,
                                 GCancellable           *cancellable,
                                 GAsyncReadyCallback     callback,
                                 gpointer                user_data);
  void (*delete_comment_async)  (BylineCms              *self,
                                 gint64                  id,
                                 gboolean                force,
                                 GCancellable           *cancellable,
                                 GAsyncReadyCallback     callback,
                                 gpointer                user_data);
  void (*update_comment_async)  (BylineCms              *self,
                                 const BylineCmsComment *comment,
                                 GCancellable           *cancellable,
                                 GAsyncReadyCallback     callback,
                                 gpointer                user_data);
  void (*list_media_async)      (BylineCms              *self,
                                 const BylineCmsQuery   *query,
                                 GCancellable           *cancellable,
                                 GAsyncReadyCallback     callback,
                                 gpointer                user_data);
  void (*attach_media_async)    (BylineCms              *self,
                                 gint64                  media_id,
                                 gint64                  post_id,
                                 GCancellable           *cancellable,
                                 GAsyncReadyCallback     callback,
                                 gpointer                user_data);
};

void              byline_cms_verify_account_async   (BylineCms              *self,
                                                     GCancellable           *cancellable,
                                                     GAsyncReadyCallback     callback,
                                                     gpointer                user_data);
BylineCmsUser    *byline_cms_verify_account_finish  (BylineCms              *self,
                                                     GAsyncResult           *result,
                                                     GError                **error);
void              byline_cms_get_site_async         (BylineCms              *self,
                                                     GCancellable           *cancellable,
                                                     GAsyncReadyCallback     callback,
                                                     gpointer                user_data);
BylineCmsSite    *byline_cms_get_site_finish        (BylineCms              *self,
                                                     GAsyncResult           *result,
                                                     GError                **error);
void              byline_cms_list_terms_async       (BylineCms              *self,
                                                     BylineCmsTermKind       kind,
                                                     const BylineCmsQuery   *query,
                                                     GCancellable           *cancellable,
                                                     GAsyncReadyCallback     callback,
                                                     gpointer                user_data);
GPtrArray        *byline_cms_list_terms_finish      (BylineCms              *self,
                                                     GAsyncResult           *result,
                                                     GError                **error);
void              byline_cms_create_term_async      (BylineCms              *self,
                                                     BylineCmsTermKind       kind,
                                                     const char             *name,
                                                     gint64                  parent,
                                                     GCancellable           *cancellable,
                                                     GAsyncReadyCallback     callback,
                                                     gpointer                user_data);
BylineCmsTerm    *byline_cms_create_term_finish     (BylineCms              *self,
                                                     GAsyncResult           *result,
                                                     GError                **error);
void              byline_cms_list_users_async       (BylineCms              *self,
                                                     const BylineCmsQuery   *query,
                                                     GCancellable           *cancellable,
                                                     GAsyncReadyCallback     callback,
                                                     gpointer                user_data);
GPtrArray        *byline_cms_list_users_finish      (BylineCms              *self,
                                                     GAsyncResult           *result,
                                                     GError                **error);
void              byline_cms_create_post_async      (BylineCms              *self,
                                                     const BylineCmsPost    *post,
                                                     GCancellable           *cancellable,
                                                     GAsyncReadyCallback     callback,
                                                     gpointer                user_data);
BylineCmsPost    *byline_cms_create_post_finish     (BylineCms              *self,
                                                     GAsyncResult           *result,
                                                     GError                **error);
void              byline_cms_update_post_async      (BylineCms              *self,
                                                     gint64                  id,
                                                     const BylineCmsPost    *post,
                                                     GCancellable           *cancellable,
                                                     GAsyncReadyCallback     callback,
                                                     gpointer                user_data);
BylineCmsPost    *byline_cms_update_post_finish     (BylineCms              *self,
                                                     GAsyncResult           *result,
                                                     GError                **error);
void              byline_cms_get_post_async         (BylineCms              *self,
                                                     gint64                  id,
                                                     const char             *fields,
                                                     GCancellable           *cancellable,
                                                     GAsyncReadyCallback     callback,
                                                     gpointer                user_data);
BylineCmsPost    *byline_cms_get_post_finish        (BylineCms              *self,
                                                     GAsyncResult           *result,
                                                     GError                **error);
void              byline_cms_delete_post_async      (BylineCms              *self,
                                                     gint64                  id,
                                                     gboolean                force,
                                                     GCancellable           *cancellable,
                                                     GAsyncReadyCallback     callback,
                                                     gpointer                user_data);
BylineCmsPost    *byline_cms_delete_post_finish     (BylineCms              *self,
                                                     GAsyncResult           *result,
                                                     GError                **error);
void              byline_cms_list_posts_async       (BylineCms              *self,
                                                     const BylineCmsQuery   *query,
                                                     GCancellable           *cancellable,
                                                     GAsyncReadyCallback     callback,
                                                     gpointer                user_data);
GPtrArray        *byline_cms_list_posts_finish      (BylineCms              *self,
                                                     GAsyncResult           *result,
                                                     GError                **error);
void              byline_cms_list_revisions_async   (BylineCms              *self,
                                                     gint64                  post_id,
                                                     GCancellable           *cancellable,
                                                     GAsyncReadyCallback     callback,
                                                     gpointer                user_data);
GPtrArray        *byline_cms_list_revisions_finish  (BylineCms              *self,
                                                     GAsyncResult           *result,
                                                     GError                **error);
void              byline_cms_upload_media_async     (BylineCms              *self,
                                                     const BylineCmsUpload  *upload,
                                                     GCancellable           *cancellable,
                                                     GAsyncReadyCallback     callback,
                                                     gpointer                user_data);
BylineCmsMedia   *byline_cms_upload_media_finish    (BylineCms              *self,
                                                     GAsyncResult           *result,
                                                     GError                **error);
void              byline_cms_list_media_async       (BylineCms              *self,
                                                     const BylineCmsQuery   *query,
                                                     GCancellable           *cancellable,
                                                     GAsyncReadyCallback     callback,
                                                     gpointer                user_data);
GPtrArray        *byline_cms_list_media_finish      (BylineCms              *self,
                                                     GAsyncResult           *result,
                                                     GError                **error);
void              byline_cms_attach_media_async     (BylineCms              *self,
                                                     gint64                  media_id,
                                                     gint64                  post_id,
                                                     GCancellable           *cancellable,
                                                     GAsyncReadyCallback     callback,
                                                     gpointer                user_data);
BylineCmsMedia   *byline_cms_attach_media_finish    (BylineCms              *self,
                                                     GAsyncResult           *result,
                                                     GError                **error);
void              byline_cms_list_comments_async    (BylineCms              *self,
                                                     const BylineCmsQuery   *query,
                                                     GCancellable           *cancellable,
                                                     GAsyncReadyCallback     callback,
                                                     gpointer                user_data);
GPtrArray        *byline_cms_list_comments_finish   (BylineCms              *self,
                                                     GAsyncResult           *result,
                                                     GError                **error);
gint64            byline_cms_list_get_total_pages   (GAsyncResult           *result);
void              byline_cms_list_set_total_pages   (GTask                  *task,
                                                     gint64                  total_pages);
void              byline_cms_moderate_comment_async (BylineCms              *self,
                                                     const BylineCmsComment *comment,
                                                     BylineCmsCommentStatus  status,
                                                     GCancellable           *cancellable,
                                                     GAsyncReadyCallback     callback,
                                                     gpointer                user_data);
BylineCmsComment *byline_cms_moderate_comment_finish (BylineCms             *self,
                                                      GAsyncResult          *result,
                                                      GError               **error);
void              byline_cms_reply_comment_async    (BylineCms              *self,
                                                     const BylineCmsComment *parent,
                                                     const char             *content,
                                                     GCancellable           *cancellable,
                                                     GAsyncReadyCallback     callback,
                                                     gpointer                user_data);
BylineCmsComment *byline_cms_reply_comment_finish   (BylineCms              *self,
                                                     GAsyncResult           *result,
                                                     GError                **error);
void              byline_cms_delete_comment_async   (BylineCms              *self,
                                                     gint64                  id,
                                                     gboolean                force,
                                                     GCancellable           *cancellable,
                                                     GAsyncReadyCallback     callback,
                                                     gpointer                user_data);
BylineCmsComment *byline_cms_delete_comment_finish  (BylineCms              *self,
                                                     GAsyncResult           *result,
                                                     GError                **error);
void              byline_cms_update_comment_async   (BylineCms              *self,
                                                     const BylineCmsComment *comment,
                                                     GCancellable           *cancellable,
                                                     GAsyncReadyCallback     callback,
                                                     gpointer                user_data);
BylineCmsComment *byline_cms_update_comment_finish  (BylineCms              *self,
                                                     GAsyncResult           *result,
                                                     GError                **error);

G_END_DECLS

/* byline-cms-sync.h: blocking calls over BylineCms
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-cms.h"

G_BEGIN_DECLS

/* Each runs the `_async` operation and iterates the thread-default main
 * context until it finishes. Use them where blocking is right: the
 * command line, and worker threads that pushed their own main context
 * before creating the #BylineCms (a CMS belongs to the context it was
 * created in). Never from the GUI's main thread. */

/* For several requests in flight at once: pass byline_cms_result_cb with
 * a pointer to a NULL GAsyncResult* slot as user data to each `_async`
 * call, then byline_cms_wait_all() until every slot is filled, then call
 * each `_finish` (and unref the results). */
void            byline_cms_result_cb           (GObject                *object,
                                                GAsyncResult           *result,
                                                gpointer                user_data);
void            byline_cms_wait_all            (GAsyncResult          **results,
                                                guint                   n_results);

BylineCmsUser  *byline_cms_verify_account_sync (BylineCms              *cms,
                                                GCancellable           *cancellable,
                                                GError                **error);
BylineCmsSite  *byline_cms_get_site_sync       (BylineCms              *cms,
                                                GCancellable           *cancellable,
                                                GError                **error);
GPtrArray      *byline_cms_list_terms_sync     (BylineCms              *cms,
                                                BylineCmsTermKind       kind,
                                                const BylineCmsQuery   *query,
                                                GCancellable           *cancellable,
                                                GError                **error);
BylineCmsTerm  *byline_cms_create_term_sync    (BylineCms              *cms,
                                                BylineCmsTermKind       kind,
                                                const char             *name,
                                                GCancellable           *cancellable,
                                                GError                **error);
GPtrArray      *byline_cms_list_users_sync     (BylineCms              *cms,
                                                const BylineCmsQuery   *query,
                                                GCancellable           *cancellable,
                                                GError                **error);
BylineCmsPost  *byline_cms_create_post_sync    (BylineCms              *cms,
                                                const BylineCmsPost    *post,
                                                GCancellable           *cancellable,
                                                GError                **error);
BylineCmsPost  *byline_cms_update_post_sync    (BylineCms              *cms,
                                                gint64                  id,
                                                const BylineCmsPost    *post,
                                                GCancellable           *cancellable,
                                                GError                **error);
BylineCmsPost  *byline_cms_get_post_sync       (BylineCms              *cms,
                                                gint64                  id,
                                                const char             *fields,
                                                GCancellable           *cancellable,
                                                GError                **error);
BylineCmsPost  *byline_cms_delete_post_sync    (BylineCms              *cms,
                                                gint64                  id,
                                                gboolean                force,
                                                GCancellable           *cancellable,
                                                GError                **error);
GPtrArray      *byline_cms_list_posts_sync     (BylineCms              *cms,
                                                const BylineCmsQuery   *query,
                                                GCancellable           *cancellable,
                                                GError                **error);
BylineCmsMedia *byline_cms_upload_media_sync   (BylineCms              *cms,
                                                const BylineCmsUpload  *upload,
                                                GCancellable           *cancellable,
                                                GError                **error);
GPtrArray      *byline_cms_list_media_sync     (BylineCms              *cms,
                                                const BylineCmsQuery   *query,
                                                GCancellable           *cancellable,
                                                GError                **error);
BylineCmsMedia *byline_cms_attach_media_sync   (BylineCms              *cms,
                                                gint64                  media_id,
                                                gint64                  post_id,
                                                GCancellable           *cancellable,
                                                GError                **error);
BylineCmsComment *byline_cms_moderate_comment_sync (BylineCms              *cms,
                                                   const BylineCmsComment *comment,
                                                   BylineCmsCommentStatus  status,
                                                   GCancellable           *cancellable,
                                                   GError                **error);
BylineCmsComment *byline_cms_reply_comment_sync  (BylineCms              *cms,
                                                  const BylineCmsComment *parent,
                                                  const char             *content,
                                                  GCancellable           *cancellable,
                                                  GError                **error);
BylineCmsComment *byline_cms_update_comment_sync (BylineCms              *cms,
                                                  const BylineCmsComment *comment,
                                                  GCancellable           *cancellable,
                                                  GError                **error);

G_END_DECLS

/* byline-cms-sync.c: blocking calls over BylineCms
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-cms"

#include "config.h"

#include "byline-cms-sync.h"

static void
store_result_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GAsyncResult *
await (GAsyncResult **result)
{
  GMainContext *context = g_main_context_get_thread_default ();

  while (*result == NULL)
    g_main_context_iteration (context, TRUE);
  return *result;
}

void
byline_cms_result_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  store_result_cb (object, result, user_data);
}

void
byline_cms_wait_all (GAsyncResult **results,
                     guint          n_results)
{
  for (guint i = 0; i < n_results; i++)
    await (&results[i]);
}

/* Runs CALL (which ends in `cancellable, store_result_cb, &result`) and
 * finishes it with FINISH. */
#define RUN_SYNC(finish, call)                                          \
  G_STMT_START {                                                        \
    g_autoptr(GAsyncResult) result = NULL;                              \
    call;                                                               \
    return finish (cms, await (&result), error);                        \
  } G_STMT_END

BylineCmsUser *
byline_cms_verify_account_sync (BylineCms     *cms,
                                GCancellable  *cancellable,
                                GError       **error)
{
  RUN_SYNC (byline_cms_verify_account_finish,
            byline_cms_verify_account_async (cms, cancellable, store_result_cb, &result));
}

BylineCmsSite *
byline_cms_get_site_sync (BylineCms     *cms,
                          GCancellable  *cancellable,
                          GError       **error)
{
  RUN_SYNC (byline_cms_get_site_finish,
            byline_cms_get_site_async (cms, cancellable, store_result_cb, &result));
}

GPtrArray *
byline_cms_list_terms_sync (BylineCms             *cms,
                            BylineCmsTermKind      kind,
                            const BylineCmsQuery  *query,
                            GCancellable          *cancellable,
                            GError               **error)
{
  RUN_SYNC (byline_cms_list_terms_finish,
            byline_cms_list_terms_async (cms, kind, query, cancellable, store_result_cb, &result));
}

BylineCmsTerm *
byline_cms_create_term_sync (BylineCms          *cms,
                             BylineCmsTermKind   kind,
                             const char         *name,
                             GCancellable       *cancellable,
                             GError            **error)
{
  RUN_SYNC (byline_cms_create_term_finish,
            byline_cms_create_term_async (cms, kind, name, 0, cancellable, store_result_cb, &result));
}

GPtrArray *
byline_cms_list_users_sync (BylineCms             *cms,
                            const BylineCmsQuery  *query,
                            GCancellable          *cancellable,
                            GError               **error)
{
  RUN_SYNC (byline_cms_list_users_finish,
            byline_cms_list_users_async (cms, query, cancellable, store_result_cb, &result));
}

BylineCmsPost *
byline_cms_create_post_sync (BylineCms            *cms,
                             const BylineCmsPost  *post,
                             GCancellable         *cancellable,
                             GError              **error)
{
  RUN_SYNC (byline_cms_create_post_finish,
            byline_cms_create_post_async (cms, post, cancellable, store_result_cb, &result));
}

BylineCmsPost *
byline_cms_update_post_sync (BylineCms            *cms,
                             gint64                id,
                             const BylineCmsPost  *post,
                             GCancellable         *cancellable,
                             GError              **error)
{
  RUN_SYNC (byline_cms_update_post_finish,
            byline_cms_update_post_async (cms, id, post, cancellable, store_result_cb, &result));
}

BylineCmsPost *
byline_cms_get_post_sync (BylineCms     *cms,
                          gint64         id,
                          const char    *fields,
                          GCancellable  *cancellable,
                          GError       **error)
{
  RUN_SYNC (byline_cms_get_post_finish,
            byline_cms_get_post_async (cms, id, fields, cancellable, store_result_cb, &result));
}

BylineCmsPost *
byline_cms_delete_post_sync (BylineCms     *cms,
                             gint64         id,
                             gboolean       force,
                             GCancellable  *cancellable,
                             GError       **error)
{
  RUN_SYNC (byline_cms_delete_post_finish,
            byline_cms_delete_post_async (cms, id, force, cancellable, store_result_cb, &result));
}

GPtrArray *
byline_cms_list_posts_sync (BylineCms             *cms,
                            const BylineCmsQuery  *query,
                            GCancellable          *cancellable,
                            GError               **error)
{
  RUN_SYNC (byline_cms_list_posts_finish,
            byline_cms_list_posts_async (cms, query, cancellable, store_result_cb, &result));
}

BylineCmsMedia *
byline_cms_upload_media_sync (BylineCms              *cms,
                              const BylineCmsUpload  *upload,
                              GCancellable           *cancellable,
                              GError                **error)
{
  RUN_SYNC (byline_cms_upload_media_finish,
            byline_cms_upload_media_async (cms, upload, cancellable, store_result_cb, &result));
}

GPtrArray *
byline_cms_list_media_sync (BylineCms             *cms,
                            const BylineCmsQuery  *query,
                            GCancellable          *cancellable,
                            GError               **error)
{
  RUN_SYNC (byline_cms_list_media_finish,
            byline_cms_list_media_async (cms, query, cancellable, store_result_cb, &result));
}

BylineCmsMedia *
byline_cms_attach_media_sync (BylineCms     *cms,
                              gint64         media_id,
                              gint64         post_id,
                              GCancellable  *cancellable,
                              GError       **error)
{
  RUN_SYNC (byline_cms_attach_media_finish,
            byline_cms_attach_media_async (cms, media_id, post_id, cancellable, store_result_cb, &result));
}

BylineCmsComment *
byline_cms_moderate_comment_sync (BylineCms               *cms,
                                  const BylineCmsComment  *comment,
                                  BylineCmsCommentStatus   status,
                                  GCancellable            *cancellable,
                                  GError                 **error)
{
  RUN_SYNC (byline_cms_moderate_comment_finish,
            byline_cms_moderate_comment_async (cms, comment, status, cancellable, store_result_cb, &result));
}

BylineCmsComment *
byline_cms_reply_comment_sync (BylineCms               *cms,
                               const BylineCmsComment  *parent,
                               const char              *content,
                               GCancellable            *cancellable,
                               GError                 **error)
{
  RUN_SYNC (byline_cms_reply_comment_finish,
            byline_cms_reply_comment_async (cms, parent, content, cancellable, store_result_cb, &result));
}

BylineCmsComment *
byline_cms_update_comment_sync (BylineCms               *cms,
                                const BylineCmsComment  *comment,
                                GCancellable            *cancellable,
                                GError                 **error)
{
  RUN_SYNC (byline_cms_update_comment_finish,
            byline_cms_update_comment_async (cms, comment, cancellable, store_result_cb, &result));
}

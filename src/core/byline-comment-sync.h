/* byline-comment-sync.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-cms.h"
#include "byline-store.h"

G_BEGIN_DECLS

/**
 * BylineCommentSyncStats:
 * @fetched: whole comments fetched from the site
 * @added: comments new to the cache
 * @changed: cached comments whose status was changed on the site
 * @deleted: cached comments gone from the site
 * @sent: queued moderation operations sent
 * @failed: queued operations that failed (kept in the outbox)
 * @headlines: post headlines fetched
 * @stories: texts of posts fetched for the spam filter (posts no local
 *   article is linked to)
 * @rescored: comments scored again once their post's text was in (they
 *   copy it)
 */
typedef struct
{
  guint fetched;
  guint added;
  guint changed;
  guint deleted;
  guint sent;
  guint failed;     /* not sent: still waiting, or refused */
  guint refused;    /* of those, refused for good and put back as they were */
  guint headlines;
  guint stories;
  guint rescored;
} BylineCommentSyncStats;

/* @total is 0 while the total is not known yet. */
typedef void (*BylineCommentSyncProgress) (guint    done,
                                           guint    total,
                                           gpointer user_data);

BylineCms *byline_comment_open_cms         (BylineStore               *store,
                                            const char                *account,
                                            GCancellable              *cancellable,
                                            GError                   **error);
gboolean   byline_comment_sync_run         (BylineStore               *store,
                                            const char                *account,
                                            BylineCommentSyncProgress  progress,
                                            gpointer                   progress_data,
                                            GCancellable              *cancellable,
                                            BylineCommentSyncStats    *stats,
                                            GError                   **error);
void       byline_comment_sync_async       (BylineStore               *store,
                                            const char                *account,
                                            BylineCommentSyncProgress  progress,
                                            gpointer                   progress_data,
                                            GDestroyNotify             progress_notify,
                                            GCancellable              *cancellable,
                                            GAsyncReadyCallback        callback,
                                            gpointer                   user_data);
gboolean   byline_comment_sync_finish      (BylineStore               *store,
                                            GAsyncResult              *result,
                                            BylineCommentSyncStats    *stats,
                                            GError                   **error);

BylineCachedComment *byline_comment_from_cms (const BylineCmsComment *comment,
                                              const char             *account);

G_END_DECLS

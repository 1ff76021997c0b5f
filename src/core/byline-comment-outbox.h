/* byline-comment-outbox.h: comment operations sent by the outbox runner
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-comment-sync.h"
#include "byline-outbox-runner.h"

G_BEGIN_DECLS

void                byline_comment_outbox_register            (BylineOutboxRunner      *runner);
BylineOutboxRunner *byline_comment_outbox_dup_runner          (BylineStore             *store);
gboolean            byline_comment_outbox_is_comment_kind     (const char              *kind);
gboolean            byline_comment_outbox_send_pending        (BylineOutboxRunner      *runner,
                                                               const char              *account,
                                                               GCancellable            *cancellable,
                                                               BylineCommentSyncStats  *stats,
                                                               GError                 **error);
void                byline_comment_outbox_send_pending_async  (BylineOutboxRunner      *runner,
                                                               const char              *account,
                                                               GCancellable            *cancellable,
                                                               GAsyncReadyCallback      callback,
                                                               gpointer                 user_data);
gboolean            byline_comment_outbox_send_pending_finish (BylineOutboxRunner      *runner,
                                                               GAsyncResult            *result,
                                                               BylineCommentSyncStats  *stats,
                                                               GError                 **error);

G_END_DECLS

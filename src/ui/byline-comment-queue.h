/* byline-comment-queue.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "byline-comment-list.h"
#include "byline-comment-moderator.h"
#include "byline-store.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_COMMENT_QUEUE (byline_comment_queue_get_type())

G_DECLARE_FINAL_TYPE (BylineCommentQueue, byline_comment_queue, BYLINE, COMMENT_QUEUE, GtkWidget)

GtkWidget              *byline_comment_queue_new           (void);
BylineStore            *byline_comment_queue_get_store     (BylineCommentQueue *self);
void                    byline_comment_queue_set_store     (BylineCommentQueue *self,
                                                            BylineStore        *store);
void                    byline_comment_queue_ensure_store  (BylineCommentQueue *self);
BylineCommentList      *byline_comment_queue_get_list      (BylineCommentQueue *self);
BylineCommentModerator *byline_comment_queue_get_moderator (BylineCommentQueue *self);
BylineComment          *byline_comment_queue_get_current   (BylineCommentQueue *self);
guint                   byline_comment_queue_get_cursor    (BylineCommentQueue *self);
const char             *byline_comment_queue_get_queue     (BylineCommentQueue *self);
void                    byline_comment_queue_set_queue     (BylineCommentQueue *self,
                                                            const char         *queue);
GtkWidget              *byline_comment_queue_get_detail    (BylineCommentQueue *self);
GtkWidget              *byline_comment_queue_get_search_entry (BylineCommentQueue *self);
void                    byline_comment_queue_set_send_delay (BylineCommentQueue *self,
                                                             guint               milliseconds);
gint64                  byline_comment_queue_get_waiting   (BylineCommentQueue *self,
                                                            const char         *queue);

G_END_DECLS

/* byline-comment-list.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "byline-comment.h"
#include "byline-store.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_COMMENT_LIST (byline_comment_list_get_type())

G_DECLARE_FINAL_TYPE (BylineCommentList, byline_comment_list, BYLINE, COMMENT_LIST, GObject)

#define BYLINE_COMMENT_LIST_PAGE_SIZE 100

BylineCommentList *byline_comment_list_new          (BylineStore              *store,
                                                     const BylineCommentQuery *query);
BylineStore       *byline_comment_list_get_store    (BylineCommentList        *self);
const BylineCommentQuery *byline_comment_list_get_query (BylineCommentList    *self);
void               byline_comment_list_set_query    (BylineCommentList        *self,
                                                     const BylineCommentQuery *query);
void               byline_comment_list_reload       (BylineCommentList        *self);
void               byline_comment_list_begin_change (BylineCommentList        *self,
                                                     const gint64             *ids,
                                                     guint                     n_ids);
void               byline_comment_list_end_change   (BylineCommentList        *self);
gint64             byline_comment_list_find         (BylineCommentList        *self,
                                                     gint64                    id);
guint              byline_comment_list_get_n_cached_pages (BylineCommentList  *self);

G_END_DECLS

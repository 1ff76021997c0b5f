/* byline-comment-detail.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "byline-comment.h"
#include "byline-store.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_COMMENT_DETAIL (byline_comment_detail_get_type())

G_DECLARE_FINAL_TYPE (BylineCommentDetail, byline_comment_detail, BYLINE, COMMENT_DETAIL, GtkWidget)

void           byline_comment_detail_set_list_empty (BylineCommentDetail *self,
                                                     gboolean             empty);
void           byline_comment_detail_set_comment    (BylineCommentDetail *self,
                                                     BylineStore         *store,
                                                     BylineComment       *comment);
BylineComment *byline_comment_detail_get_comment    (BylineCommentDetail *self);
void           byline_comment_detail_start_reply    (BylineCommentDetail *self);
gboolean       byline_comment_detail_get_replying   (BylineCommentDetail *self);
void           byline_comment_detail_start_edit     (BylineCommentDetail *self);
gboolean       byline_comment_detail_get_editing    (BylineCommentDetail *self);
char          *byline_comment_detail_take_reply     (BylineCommentDetail *self);
const char    *byline_comment_detail_get_text       (BylineCommentDetail *self);
gboolean       byline_comment_detail_get_spoof_warning (BylineCommentDetail *self);
guint          byline_comment_detail_get_n_links    (BylineCommentDetail *self);

G_END_DECLS

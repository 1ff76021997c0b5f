/* byline-comment-row.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "byline-comment.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_COMMENT_ROW (byline_comment_row_get_type())

G_DECLARE_FINAL_TYPE (BylineCommentRow, byline_comment_row, BYLINE, COMMENT_ROW, GtkWidget)

GtkWidget     *byline_comment_row_new         (void);
void           byline_comment_row_set_comment (BylineCommentRow *self,
                                               BylineComment    *comment);
BylineComment *byline_comment_row_get_comment (BylineCommentRow *self);
void           byline_comment_row_set_marked  (BylineCommentRow *self,
                                               gboolean          marked);
void           byline_comment_row_set_show_status (BylineCommentRow *self,
                                                   gboolean          show);
const char    *byline_comment_row_get_accessible_label (BylineCommentRow *self);

const char    *byline_comment_status_label    (const char       *status);
const char    *byline_comment_kind_label      (const char       *type);
char          *byline_comment_format_date     (const char       *iso);

G_END_DECLS

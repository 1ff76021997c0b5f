/* byline-comment.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-store.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_COMMENT (byline_comment_get_type())

G_DECLARE_FINAL_TYPE (BylineComment, byline_comment, BYLINE, COMMENT, GObject)

BylineComment             *byline_comment_new_take      (BylineCachedComment *data);
const BylineCachedComment *byline_comment_get_data      (BylineComment       *self);
gint64                     byline_comment_get_id        (BylineComment       *self);
const char                *byline_comment_get_status    (BylineComment       *self);
const char                *byline_comment_get_excerpt   (BylineComment       *self);
char                      *byline_comment_dup_plain_text (BylineComment      *self);

char                      *byline_comment_text_to_plain (const char          *raw);
char                      *byline_comment_safe_label    (const char          *text,
                                                         gboolean            *had_controls);
GPtrArray                 *byline_comment_find_links    (const char          *raw);

G_END_DECLS

/* byline-comment-moderator.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-spam-filter.h"
#include "byline-store.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_COMMENT_MODERATOR (byline_comment_moderator_get_type())

G_DECLARE_FINAL_TYPE (BylineCommentModerator, byline_comment_moderator, BYLINE, COMMENT_MODERATOR, GObject)

BylineCommentModerator *byline_comment_moderator_new        (BylineStore            *store);
BylineStore            *byline_comment_moderator_get_store  (BylineCommentModerator *self);
gboolean                byline_comment_moderator_moderate   (BylineCommentModerator *self,
                                                             const gint64           *ids,
                                                             guint                   n_ids,
                                                             const char             *status,
                                                             GError                **error);
gint64                  byline_comment_moderator_reply      (BylineCommentModerator *self,
                                                             gint64                  id,
                                                             const char             *text,
                                                             GError                **error);
gint64                  byline_comment_moderator_edit       (BylineCommentModerator *self,
                                                             gint64                  id,
                                                             const char             *text,
                                                             GError                **error);
gboolean                byline_comment_moderator_can_undo   (BylineCommentModerator *self);
GArray                 *byline_comment_moderator_peek_undo  (BylineCommentModerator *self);
gboolean                byline_comment_moderator_undo       (BylineCommentModerator *self,
                                                             GError                **error);
BylineSpamFilter       *byline_comment_moderator_get_filter (BylineCommentModerator *self,
                                                             const char             *account,
                                                             GError                **error);
gboolean                byline_comment_moderator_flush      (BylineCommentModerator *self,
                                                             GError                **error);

BylineSpamFilter       *byline_comment_load_spam_filter     (BylineStore            *store,
                                                             const char             *account,
                                                             GError                **error);
void                    byline_comment_fill_sample          (BylineSpamSample       *sample,
                                                             const BylineCachedComment *comment);
GHashTable             *byline_comment_stories_new          (void);
const BylineSpamStory  *byline_comment_story                (GHashTable             *stories,
                                                             BylineStore            *store,
                                                             const char             *account,
                                                             gint64                  post);
void                    byline_comment_score                (BylineCachedComment    *comment,
                                                             BylineSpamFilter       *filter,
                                                             guint                   repeat_count,
                                                             const BylineSpamStory  *story);
gboolean                byline_comment_rescore              (BylineStore            *store,
                                                             BylineSpamFilter       *filter,
                                                             gint64                  id,
                                                             GError                **error);

G_END_DECLS

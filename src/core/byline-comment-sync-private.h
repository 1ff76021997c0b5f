/* byline-comment-sync-private.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-comment-sync.h"
#include "byline-spam-filter.h"

G_BEGIN_DECLS

/* Ids a request names with `include=` (posts, comments). */
#define INCLUDE_BATCH 100

/* Waiting for async CMS calls on a private main context (sync runs on a
 * worker thread, or in the command line). Start calls with
 * _byline_sync_slot() as callback and data; _byline_sync_wait() iterates
 * until the slot holds its result. */
void         _byline_sync_slot (GObject       *object,
                                GAsyncResult  *result,
                                gpointer       user_data);
GAsyncResult *_byline_sync_wait (GMainContext  *context,
                                 GAsyncResult **slot);

/* What a local operation not sent yet changed in a comment. */
typedef enum {
  UNSENT_STATUS  = 1 << 0,   /* "moderate" */
  UNSENT_CONTENT = 1 << 1,   /* "edit" */
  UNSENT_REPLY   = 1 << 2,   /* "reply": says nothing of the comment itself */
} UnsentFlags;

/* byline-comment-sync-send.c */
GHashTable   *_byline_comment_sync_unsent          (BylineStore   *store,
                                                    const char    *account,
                                                    GError       **error);
GHashTable   *_byline_comment_sync_pending_rows    (BylineStore   *store,
                                                    const char    *account,
                                                    GError       **error);

/* byline-comment-sync-site.c */
gboolean      _byline_comment_sync_type_kept       (const char    *type);
GPtrArray    *_byline_comment_sync_edited          (BylineStore   *store,
                                                    const char    *account,
                                                    GHashTable    *states,
                                                    GHashTable    *unsent,
                                                    GPtrArray     *held,
                                                    GError       **error);

/* byline-comment-sync-headlines.c */
typedef gboolean (*BylineSyncPostFunc) (const BylineCmsPost  *post,
                                        gpointer              data,
                                        GError              **error);
gboolean      _byline_comment_sync_fetch_posts     (BylineCms     *cms,
                                                    GMainContext  *context,
                                                    GCancellable  *cancellable,
                                                    const char    *post_type,
                                                    const char    *fields,
                                                    GArray        *ids,
                                                    GArray        *missing,
                                                    BylineSyncPostFunc each,
                                                    gpointer       data,
                                                    GError       **error);
typedef struct _BylineSyncPosts BylineSyncPosts;
/* @posts (transfer full): of BylineCmsPost; @with_text: asked for their
 * text too (BYLINE_SYNC_STORY_FIELDS) */
typedef void (*BylineSyncPostsFunc) (GPtrArray            *posts,
                                     gboolean              with_text,
                                     gpointer              data);
char         *_byline_comment_sync_headline_line   (const BylineCmsPost  *post);
gboolean      _byline_comment_sync_fetch_headlines (BylineStore          *store,
                                                    const char           *account,
                                                    BylineCms            *cms,
                                                    GMainContext         *context,
                                                    GCancellable         *cancellable,
                                                    BylineSyncPosts      *early,
                                                    guint                *headlines,
                                                    GError              **error);
BylineSyncPosts *_byline_sync_posts_new            (BylineStore          *store,
                                                    const char           *account,
                                                    BylineCms            *cms,
                                                    GCancellable         *cancellable,
                                                    BylineSyncPostsFunc   arrived,
                                                    GFunc                 done,
                                                    gpointer              data);
void          _byline_sync_posts_free              (BylineSyncPosts      *self);
void          _byline_sync_posts_note              (BylineSyncPosts      *self,
                                                    GPtrArray            *comments,
                                                    gboolean              queue);
guint         _byline_sync_posts_ask               (BylineSyncPosts      *self,
                                                    gboolean              titles,
                                                    gboolean              draining);
void          _byline_sync_posts_split             (BylineSyncPosts      *self,
                                                    GArray               *ids,
                                                    gboolean              with_text,
                                                    GArray               *posts,
                                                    GArray               *pages);

/* byline-comment-sync-stories.c */
#define BYLINE_SYNC_STORY_FIELDS "id,title,excerpt,content"
gboolean      _byline_comment_sync_fetch_stories   (BylineStore          *store,
                                                    const char           *account,
                                                    BylineCms            *cms,
                                                    GMainContext         *context,
                                                    GCancellable         *cancellable,
                                                    BylineSyncPosts      *early,
                                                    BylineSpamFilter     *filter,
                                                    BylineCommentSyncStats *stats,
                                                    GError              **error);
gboolean      _byline_comment_sync_take_posts      (BylineStore          *store,
                                                    const char           *account,
                                                    GPtrArray            *posts,
                                                    gboolean              with_text,
                                                    GHashTable           *titles,
                                                    GHashTable           *stories,
                                                    BylineSpamFilter     *filter,
                                                    BylineCommentSyncStats *stats,
                                                    GError              **error);

G_END_DECLS

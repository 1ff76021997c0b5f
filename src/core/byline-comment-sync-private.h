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
gboolean      _byline_comment_sync_fetch_headlines (BylineStore   *store,
                                                    const char    *account,
                                                    BylineCms     *cms,
                                                    GMainContext  *context,
                                                    GCancellable  *cancellable,
                                                    guint         *headlines,
                                                    GError       **error);
typedef struct _BylineSyncHeadlines BylineSyncHeadlines;
BylineSyncHeadlines *_byline_sync_headlines_new    (GFunc                 done,
                                                    gpointer              done_data);
void          _byline_sync_headlines_free          (BylineSyncHeadlines  *self);
void          _byline_sync_headlines_note          (BylineSyncHeadlines  *self,
                                                    GPtrArray            *comments);
guint         _byline_sync_headlines_ask           (BylineSyncHeadlines  *self,
                                                    BylineCms            *cms,
                                                    GCancellable         *cancellable);
char         *_byline_sync_headlines_lookup        (BylineSyncHeadlines  *self,
                                                    gint64                post);
gboolean      _byline_sync_headlines_store         (BylineSyncHeadlines  *self,
                                                    BylineStore          *store,
                                                    const char           *account,
                                                    guint                *headlines,
                                                    GError              **error);

/* byline-comment-sync-stories.c */
gboolean      _byline_comment_sync_fetch_stories   (BylineStore          *store,
                                                    const char           *account,
                                                    BylineCms            *cms,
                                                    GMainContext         *context,
                                                    GCancellable         *cancellable,
                                                    BylineSpamFilter     *filter,
                                                    BylineCommentSyncStats *stats,
                                                    GError              **error);

G_END_DECLS

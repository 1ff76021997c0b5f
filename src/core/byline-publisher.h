/* byline-publisher.h: articles to WordPress posts and back
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-outbox-runner.h"
#include "byline-store.h"

G_BEGIN_DECLS

#define BYLINE_PUBLISH_ERROR (byline_publish_error_quark ())

/**
 * BylinePublishError:
 * @BYLINE_PUBLISH_ERROR_CONFLICT: the post changed on the site since Byline
 *   last saw it; nothing was overwritten (see byline_publisher_get_conflict_sync())
 * @BYLINE_PUBLISH_ERROR_QUEUED: the site could not be reached (or asked to
 *   wait); the operation stays in the outbox and is retried
 * @BYLINE_PUBLISH_ERROR_INVALID: the story cannot be published like this
 *   (no headline, a schedule time in the past, …)
 * @BYLINE_PUBLISH_ERROR_NO_ACCOUNT: no account given and not exactly one set up
 * @BYLINE_PUBLISH_ERROR_NOT_LINKED: the story is not on that site
 */
typedef enum
{
  BYLINE_PUBLISH_ERROR_CONFLICT,
  BYLINE_PUBLISH_ERROR_QUEUED,
  BYLINE_PUBLISH_ERROR_INVALID,
  BYLINE_PUBLISH_ERROR_NO_ACCOUNT,
  BYLINE_PUBLISH_ERROR_NOT_LINKED,
} BylinePublishError;

GQuark byline_publish_error_quark (void);

/**
 * BylinePublishFlags:
 * @BYLINE_PUBLISH_FORCE: overwrite the post even when it changed on the site
 */
typedef enum
{
  BYLINE_PUBLISH_NONE  = 0,
  BYLINE_PUBLISH_FORCE = 1 << 0,
} BylinePublishFlags;

/* What a publish left on the site. status: draft, pending, publish, future, trash. */
typedef struct
{
  gint64  outbox_id;
  gint64  remote_id;
  char   *url;
  char   *status;
  char   *remote_modified;
} BylinePublishResult;

void byline_publish_result_free (BylinePublishResult *result);

/* Both sides of a conflict: the local story and the site's post, as text
 * (Markdown) and as a word diff of the local text against the site's. */
typedef struct
{
  gint64     remote_id;
  char      *local_title;
  char      *local_text;
  char      *remote_title;
  char      *remote_html;
  char      *remote_text;
  char      *remote_modified;
  char      *local_compared;  /* the story as the diff reads it: headline, */
  char      *remote_compared; /* standfirst, credit, body and excerpt */
  GPtrArray *diff;          /* of BylineDiffChunk: local_compared → remote_compared */
} BylinePublishConflict;

void byline_publish_conflict_free (BylinePublishConflict *conflict);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylinePublishResult, byline_publish_result_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylinePublishConflict, byline_publish_conflict_free)

#define BYLINE_UUID_MARKER_PREFIX "<!-- byline:uuid "

#define BYLINE_TYPE_PUBLISHER (byline_publisher_get_type())

G_DECLARE_FINAL_TYPE (BylinePublisher, byline_publisher, BYLINE, PUBLISHER, GObject)

BylinePublisher       *byline_publisher_new              (BylineStore          *store,
                                                          BylineOutboxRunner   *runner);
BylineOutboxRunner    *byline_publisher_get_runner       (BylinePublisher      *self);
char                  *byline_publisher_pick_account     (BylinePublisher      *self,
                                                          gint64                article_id,
                                                          const char           *account,
                                                          GError              **error);

BylinePublishResult   *byline_publisher_publish_sync     (BylinePublisher      *self,
                                                          gint64                article_id,
                                                          const char           *account,
                                                          const char           *status,
                                                          BylinePublishFlags    flags,
                                                          GCancellable         *cancellable,
                                                          GError              **error);
BylinePublishResult   *byline_publisher_unpublish_sync   (BylinePublisher      *self,
                                                          gint64                article_id,
                                                          const char           *account,
                                                          GCancellable         *cancellable,
                                                          GError              **error);
BylinePublishResult   *byline_publisher_trash_sync       (BylinePublisher      *self,
                                                          gint64                article_id,
                                                          const char           *account,
                                                          GCancellable         *cancellable,
                                                          GError              **error);
BylinePublishConflict *byline_publisher_get_conflict_sync (BylinePublisher     *self,
                                                          gint64                article_id,
                                                          const char           *account,
                                                          GCancellable         *cancellable,
                                                          GError              **error);
gboolean               byline_publisher_take_remote_sync (BylinePublisher      *self,
                                                          gint64                article_id,
                                                          const char           *account,
                                                          GCancellable         *cancellable,
                                                          GError              **error);
gboolean               byline_publisher_pull_sync        (BylinePublisher      *self,
                                                          const char           *account,
                                                          guint                *n_created,
                                                          guint                *n_updated,
                                                          GCancellable         *cancellable,
                                                          GError              **error);

void                   byline_publisher_publish_async    (BylinePublisher      *self,
                                                          gint64                article_id,
                                                          const char           *account,
                                                          const char           *status,
                                                          BylinePublishFlags    flags,
                                                          GCancellable         *cancellable,
                                                          GAsyncReadyCallback   callback,
                                                          gpointer              user_data);
BylinePublishResult   *byline_publisher_publish_finish   (BylinePublisher      *self,
                                                          GAsyncResult         *result,
                                                          GError              **error);
void                   byline_publisher_get_conflict_async (BylinePublisher    *self,
                                                          gint64                article_id,
                                                          const char           *account,
                                                          GCancellable         *cancellable,
                                                          GAsyncReadyCallback   callback,
                                                          gpointer              user_data);
BylinePublishConflict *byline_publisher_get_conflict_finish (BylinePublisher   *self,
                                                          GAsyncResult         *result,
                                                          GError              **error);
void                   byline_publisher_take_remote_async (BylinePublisher     *self,
                                                          gint64                article_id,
                                                          const char           *account,
                                                          GCancellable         *cancellable,
                                                          GAsyncReadyCallback   callback,
                                                          gpointer              user_data);
gboolean               byline_publisher_take_remote_finish (BylinePublisher    *self,
                                                          GAsyncResult         *result,
                                                          GError              **error);

G_END_DECLS

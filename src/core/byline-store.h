/* byline-store.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "byline-article.h"
#include "byline-diff.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_STORE (byline_store_get_type())
#define BYLINE_STORE_ERROR (byline_store_error_quark ())

/**
 * BylineStoreError:
 * @BYLINE_STORE_ERROR_FAILED: any other SQLite failure
 * @BYLINE_STORE_ERROR_NOT_FOUND: no row with that id
 * @BYLINE_STORE_ERROR_TOO_NEW: the database was written by a newer Byline
 *   (its schema version is higher than this build knows); it is not touched
 * @BYLINE_STORE_ERROR_NOT_A_DATABASE: the file is not an SQLite database
 * @BYLINE_STORE_ERROR_CORRUPT: the database is damaged; it was moved aside
 * @BYLINE_STORE_ERROR_READ_ONLY: the file or its folder cannot be written
 * @BYLINE_STORE_ERROR_DISK_FULL: the disk (or the database's size limit) is full
 * @BYLINE_STORE_ERROR_BUSY: another program held the database for too long
 * @BYLINE_STORE_ERROR_INVALID: a bad argument (unknown status, …)
 */
typedef enum
{
  BYLINE_STORE_ERROR_FAILED,
  BYLINE_STORE_ERROR_NOT_FOUND,
  BYLINE_STORE_ERROR_TOO_NEW,
  BYLINE_STORE_ERROR_NOT_A_DATABASE,
  BYLINE_STORE_ERROR_CORRUPT,
  BYLINE_STORE_ERROR_READ_ONLY,
  BYLINE_STORE_ERROR_DISK_FULL,
  BYLINE_STORE_ERROR_BUSY,
  BYLINE_STORE_ERROR_INVALID,
} BylineStoreError;

GQuark byline_store_error_quark (void);

/**
 * BylineSaveFlags:
 * @BYLINE_SAVE_EXPLICIT: the user saved; always a revision (unless the
 *   content is identical to the newest revision)
 * @BYLINE_SAVE_AUTOSAVE: an autosave; a revision only when content changed
 */
typedef enum
{
  BYLINE_SAVE_EXPLICIT = 1 << 0,
  BYLINE_SAVE_AUTOSAVE = 1 << 1,
} BylineSaveFlags;

typedef enum
{
  BYLINE_ARTICLE_SORT_MODIFIED,
  BYLINE_ARTICLE_SORT_CREATED,
  BYLINE_ARTICLE_SORT_HEADLINE,
} BylineArticleSort;

/**
 * BylineArticleQuery:
 * @any_status: %TRUE to ignore @status
 * @status: only articles with this status
 * @section: (nullable): only articles in this section
 * @sort: newest modified/created first, or headline A–Z
 * @offset: rows to skip
 * @limit: at most this many rows (0: no limit)
 *
 * What byline_store_list_articles() returns. Start from
 * %BYLINE_ARTICLE_QUERY_INIT.
 */
typedef struct
{
  gboolean             any_status;
  BylineArticleStatus  status;
  const char          *section;
  BylineArticleSort    sort;
  guint                offset;
  guint                limit;
} BylineArticleQuery;

#define BYLINE_ARTICLE_QUERY_INIT { TRUE, BYLINE_ARTICLE_STATUS_DRAFT, NULL, BYLINE_ARTICLE_SORT_MODIFIED, 0, 0 }

/* One full-text search result; the snippet marks matches with [ and ]. */
typedef struct
{
  gint64  article_id;
  char   *headline;
  char   *snippet;
  double  rank;
} BylineSearchHit;

void byline_search_hit_free (BylineSearchHit *hit);

/* One stored revision (kind: "explicit", "autosave" or "restore"). */
typedef struct
{
  gint64  id;
  gint64  article_id;
  char   *kind;
  gint64  created;      /* Unix time, seconds */
  char   *content_hash;
  gint64  size;         /* bytes of the snapshot */
  char   *headline;
} BylineRevision;

void byline_revision_free (BylineRevision *revision);

/* A CMS account. No secrets: the password lives in libsecret. */
typedef struct
{
  gint64  id;
  char   *name;
  char   *base_url;
  char   *api_root;
  char   *username;
  char   *display_name;
} BylineAccount;

BylineAccount *byline_account_new  (const char    *name,
                                    const char    *base_url,
                                    const char    *api_root,
                                    const char    *username,
                                    const char    *display_name);
void           byline_account_free (BylineAccount *account);

/* A cached site term; kind is "category", "tag" or "author". */
typedef struct
{
  gint64  remote_id;
  char   *name;
  char   *slug;
  gint64  parent;
} BylineTerm;

BylineTerm *byline_term_new  (gint64      remote_id,
                              const char *name,
                              const char *slug,
                              gint64      parent);
void        byline_term_free (BylineTerm *term);

/* A pending remote operation. state: "pending", "sending", "failed", "done". */
typedef struct
{
  gint64  id;
  char   *kind;          /* "publish", "moderate", "reply", … */
  char   *account;
  gint64  target;        /* article id or comment id, by kind */
  char   *payload;       /* JSON */
  char   *state;
  guint   attempts;
  gint64  next_attempt;  /* Unix time, seconds */
  char   *last_error;
  gint64  created;       /* Unix time, seconds */
} BylineOutboxItem;

void byline_outbox_item_free (BylineOutboxItem *item);

/* A cached reader comment. status: "hold", "approved", "spam", "trash". */
typedef struct
{
  gint64   id;
  char    *account;
  gint64   remote_id;
  gint64   post_remote_id;
  char    *post_headline;
  gint64   parent;          /* remote id of the parent comment, 0 if none */
  char    *author_name;
  char    *author_email;
  char    *author_url;
  char    *author_ip;
  char    *author_user_agent;
  char    *date_gmt;        /* ISO 8601, UTC */
  char    *status;
  char    *content;         /* raw, never rendered */
  double   spam_score;      /* 0–1, or < 0 when not scored */
  char   **spam_reasons;
  char    *type;            /* "comment", "pingback" or "trackback"; NULL: "comment" */
} BylineCachedComment;

BylineCachedComment *byline_cached_comment_new  (void);
void                 byline_cached_comment_free (BylineCachedComment *comment);

/* One change of a cached comment's status (its moderation history). */
typedef struct
{
  gint64  at;            /* Unix time, seconds */
  char   *old_status;
  char   *new_status;
  char   *actor;         /* "editor", "undo", "refused", "site", … or "" */
} BylineCommentChange;

void byline_comment_change_free (BylineCommentChange *change);

/**
 * BylineCommentQuery:
 * @account: (nullable): only this account's comments
 * @status: (nullable): only this status ("hold", "approved", "spam", "trash")
 * @likely_spam: only held or approved comments scoring 0.5 or more
 * @post: only comments on this post (remote id; 0: any)
 * @author: (nullable): only comments by this author (e-mail, or the name
 *   when the author gave no e-mail)
 * @search: (nullable): full-text search over text and author
 * @offset: rows to skip
 * @limit: at most this many (0: no limit)
 *
 * Which cached comments to list, newest first. Start from
 * %BYLINE_COMMENT_QUERY_INIT.
 */
typedef struct
{
  const char *account;
  const char *status;
  gboolean    likely_spam;
  gint64      post;
  const char *author;
  const char *search;
  guint       offset;
  guint       limit;
} BylineCommentQuery;

#define BYLINE_COMMENT_QUERY_INIT { NULL, NULL, FALSE, 0, NULL, NULL, 0, 0 }

/* A cached comment as sync compares it with the site. */
typedef struct
{
  gint64  id;
  gint64  remote_id;
  char   *status;
} BylineCommentState;

void byline_comment_state_free (BylineCommentState *state);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineSearchHit, byline_search_hit_free)

/* An article deleted with byline_store_delete_article_undoable() */
typedef struct _BylineDeletedArticle BylineDeletedArticle;
void byline_deleted_article_free (BylineDeletedArticle *deleted);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineDeletedArticle, byline_deleted_article_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineRevision, byline_revision_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineAccount, byline_account_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineTerm, byline_term_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineOutboxItem, byline_outbox_item_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineCachedComment, byline_cached_comment_free)

/**
 * BylineStoreChange:
 *
 * What happened to an article, as told by the store's `articles-changed`
 * signal (article id, change).
 */
typedef enum
{
  BYLINE_STORE_CHANGE_ADDED,
  BYLINE_STORE_CHANGE_MODIFIED,
  BYLINE_STORE_CHANGE_REMOVED,
} BylineStoreChange;

/* Returns the current Unix time in seconds; tests inject a clock. */
typedef gint64 (*BylineStoreClockFunc) (gpointer user_data);

G_DECLARE_FINAL_TYPE (BylineStore, byline_store, BYLINE, STORE, GObject)

/* Opening (byline-store.c) */
BylineStore   *byline_store_new                  (const char           *path,
                                                  GCancellable         *cancellable,
                                                  GError              **error);
void           byline_store_new_async            (const char           *path,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
BylineStore   *byline_store_new_finish           (GAsyncResult         *result,
                                                  GError              **error);
const char    *byline_store_get_path             (BylineStore          *self);
int            byline_store_get_schema_version   (BylineStore          *self);
int            byline_store_get_latest_schema_version (void);
gboolean       byline_store_check                (BylineStore          *self,
                                                  GCancellable         *cancellable,
                                                  GError              **error);
void           byline_store_set_clock            (BylineStore          *self,
                                                  BylineStoreClockFunc  func,
                                                  gpointer              user_data);

/* Articles (byline-store-articles.c) */
gboolean       byline_store_save_article         (BylineStore          *self,
                                                  BylineArticle        *article,
                                                  BylineSaveFlags       flags,
                                                  GCancellable         *cancellable,
                                                  GError              **error);
void           byline_store_save_article_async   (BylineStore          *self,
                                                  BylineArticle        *article,
                                                  BylineSaveFlags       flags,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
gboolean       byline_store_save_article_finish  (BylineStore          *self,
                                                  GAsyncResult         *result,
                                                  GError              **error);
BylineArticle *byline_store_load_article         (BylineStore          *self,
                                                  gint64                id,
                                                  GCancellable         *cancellable,
                                                  GError              **error);
void           byline_store_load_article_async   (BylineStore          *self,
                                                  gint64                id,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
BylineArticle *byline_store_load_article_finish  (BylineStore          *self,
                                                  GAsyncResult         *result,
                                                  GError              **error);
gboolean       byline_store_delete_article       (BylineStore          *self,
                                                  gint64                id,
                                                  GCancellable         *cancellable,
                                                  GError              **error);
BylineDeletedArticle *byline_store_delete_article_undoable (BylineStore           *self,
                                                            gint64                 id,
                                                            GCancellable          *cancellable,
                                                            GError               **error);
gint64         byline_store_undo_delete          (BylineStore          *self,
                                                  BylineDeletedArticle *deleted,
                                                  GCancellable         *cancellable,
                                                  GError              **error);
gint64         byline_deleted_article_get_id     (const BylineDeletedArticle *deleted);
BylineArticle *byline_store_duplicate_article    (BylineStore          *self,
                                                  gint64                id,
                                                  GCancellable         *cancellable,
                                                  GError              **error);
GPtrArray     *byline_store_list_articles        (BylineStore          *self,
                                                  const BylineArticleQuery *query,
                                                  GCancellable         *cancellable,
                                                  GError              **error);
void           byline_store_list_articles_async  (BylineStore          *self,
                                                  const BylineArticleQuery *query,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
GPtrArray     *byline_store_list_articles_finish (BylineStore          *self,
                                                  GAsyncResult         *result,
                                                  GError              **error);
gint64         byline_store_count_articles       (BylineStore          *self,
                                                  const BylineArticleQuery *query,
                                                  GCancellable         *cancellable,
                                                  GError              **error);
gboolean       byline_store_article_position     (BylineStore          *self,
                                                  const BylineArticleQuery *query,
                                                  gint64                id,
                                                  gint64               *position,
                                                  GError              **error);
gboolean       byline_store_set_link             (BylineStore          *self,
                                                  gint64                article_id,
                                                  const BylineArticleLink *link,
                                                  GError              **error);

/* Full-text search (byline-store-search.c) */
GPtrArray     *byline_store_search               (BylineStore          *self,
                                                  const char           *text,
                                                  guint                 limit,
                                                  GCancellable         *cancellable,
                                                  GError              **error);
void           byline_store_search_async         (BylineStore          *self,
                                                  const char           *text,
                                                  guint                 limit,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
GPtrArray     *byline_store_search_finish        (BylineStore          *self,
                                                  GAsyncResult         *result,
                                                  GError              **error);

/* Revisions (byline-store-revisions.c) */
GPtrArray     *byline_store_list_revisions       (BylineStore          *self,
                                                  gint64                article_id,
                                                  GCancellable         *cancellable,
                                                  GError              **error);
BylineArticle *byline_store_load_revision        (BylineStore          *self,
                                                  gint64                article_id,
                                                  gint64                revision_id,
                                                  GCancellable         *cancellable,
                                                  GError              **error);
GPtrArray     *byline_store_diff_revisions       (BylineStore          *self,
                                                  gint64                article_id,
                                                  gint64                old_revision,
                                                  gint64                new_revision,
                                                  GCancellable         *cancellable,
                                                  GError              **error);
BylineArticle *byline_store_restore_revision     (BylineStore          *self,
                                                  gint64                article_id,
                                                  gint64                revision_id,
                                                  GCancellable         *cancellable,
                                                  GError              **error);
guint          byline_store_prune_revisions      (BylineStore          *self,
                                                  gint64                article_id,
                                                  GCancellable         *cancellable,
                                                  GError              **error);

/* Outbox (byline-store-outbox.c) */
gint64         byline_store_outbox_enqueue       (BylineStore          *self,
                                                  const char           *kind,
                                                  const char           *account,
                                                  gint64                target,
                                                  const char           *payload,
                                                  GError              **error);
GPtrArray     *byline_store_outbox_list          (BylineStore          *self,
                                                  const char           *state,
                                                  GError              **error);
BylineOutboxItem *byline_store_outbox_get        (BylineStore          *self,
                                                  gint64                id,
                                                  GError              **error);
BylineOutboxItem *byline_store_outbox_next_due   (BylineStore          *self,
                                                  GError              **error);
gboolean       byline_store_outbox_mark          (BylineStore          *self,
                                                  gint64                id,
                                                  const char           *state,
                                                  const char           *last_error,
                                                  gint64                next_attempt,
                                                  GError              **error);
/* Seconds after which a row left "sending" may be taken again */
#define BYLINE_OUTBOX_CLAIM_STALE (15 * 60)
gboolean       byline_store_outbox_claim         (BylineStore          *self,
                                                  gint64                id,
                                                  gint64                now,
                                                  gboolean             *claimed,
                                                  GError              **error);
gint64         byline_store_outbox_release_stale (BylineStore          *self,
                                                  gint64                now,
                                                  GError              **error);
gint64         byline_store_outbox_count         (BylineStore          *self,
                                                  const char           *state,
                                                  GError              **error);

/* Uploaded media and remote lookups for publishing (byline-store-publish.c) */
gboolean       byline_store_find_media           (BylineStore          *self,
                                                  const char           *account,
                                                  const char           *content_hash,
                                                  gint64               *remote_id,
                                                  char                **url,
                                                  GError              **error);
gboolean       byline_store_save_media           (BylineStore          *self,
                                                  const char           *account,
                                                  const char           *content_hash,
                                                  gint64                remote_id,
                                                  const char           *url,
                                                  GError              **error);
gint64         byline_store_find_linked_article  (BylineStore          *self,
                                                  const char           *account,
                                                  gint64                remote_id,
                                                  GError              **error);
gint64         byline_store_find_article_by_uuid (BylineStore          *self,
                                                  const char           *uuid,
                                                  GError              **error);
gboolean       byline_store_remove_link          (BylineStore          *self,
                                                  gint64                article_id,
                                                  const char           *account,
                                                  GError              **error);

/* Accounts, terms and the comments cache (byline-store-accounts.c) */
gboolean       byline_store_save_account         (BylineStore          *self,
                                                  BylineAccount        *account,
                                                  GError              **error);
GPtrArray     *byline_store_list_accounts        (BylineStore          *self,
                                                  GError              **error);
BylineAccount *byline_store_find_account         (BylineStore          *self,
                                                  const char           *name,
                                                  GError              **error);
gboolean       byline_store_delete_account       (BylineStore          *self,
                                                  const char           *name,
                                                  GError              **error);
gboolean       byline_store_replace_terms        (BylineStore          *self,
                                                  const char           *account,
                                                  const char           *kind,
                                                  GPtrArray            *terms,
                                                  GError              **error);
GPtrArray     *byline_store_list_terms           (BylineStore          *self,
                                                  const char           *account,
                                                  const char           *kind,
                                                  GError              **error);
/* Names for completion (byline-store-names.c) */
char         **byline_store_list_known_names     (BylineStore          *self,
                                                  const char           *kind,
                                                  GError              **error);
gint64         byline_store_upsert_comment       (BylineStore          *self,
                                                  const BylineCachedComment *comment,
                                                  GError              **error);
GPtrArray     *byline_store_list_comments        (BylineStore          *self,
                                                  const char           *account,
                                                  const char           *status,
                                                  const char           *search,
                                                  guint                 offset,
                                                  guint                 limit,
                                                  GError              **error);
gboolean       byline_store_moderate_comment     (BylineStore          *self,
                                                  gint64                id,
                                                  const char           *status,
                                                  const char           *actor,
                                                  GError              **error);
GPtrArray     *byline_store_comment_history      (BylineStore          *self,
                                                  gint64                id,
                                                  GError              **error);
GPtrArray     *byline_store_comment_changes      (BylineStore          *self,
                                                  gint64                id,
                                                  GError              **error);


/* The comments cache for sync and the queue (byline-store-comment-cache.c) */
GPtrArray     *byline_store_query_comments       (BylineStore          *self,
                                                  const BylineCommentQuery *query,
                                                  GError              **error);
GPtrArray     *byline_store_query_comments_after (BylineStore          *self,
                                                  const BylineCommentQuery *query,
                                                  const BylineCachedComment *after,
                                                  GError              **error);
GArray        *byline_store_comment_ids          (BylineStore          *self,
                                                  const BylineCommentQuery *query,
                                                  GError              **error);
gint64         byline_store_count_comments       (BylineStore          *self,
                                                  const BylineCommentQuery *query,
                                                  GError              **error);
gboolean       byline_store_comment_position     (BylineStore          *self,
                                                  const BylineCommentQuery *query,
                                                  gint64                id,
                                                  gint64               *position,
                                                  GError              **error);
BylineCachedComment *byline_store_get_comment    (BylineStore          *self,
                                                  gint64                id,
                                                  GError              **error);
gint64         byline_store_find_comment         (BylineStore          *self,
                                                  const char           *account,
                                                  gint64                remote_id,
                                                  GError              **error);
GHashTable    *byline_store_comment_states       (BylineStore          *self,
                                                  const char           *account,
                                                  GError              **error);
char          *byline_store_newest_comment_date  (BylineStore          *self,
                                                  const char           *account,
                                                  GError              **error);
gboolean       byline_store_upsert_comments      (BylineStore          *self,
                                                  GPtrArray            *comments,
                                                  GError              **error);
gboolean       byline_store_delete_comment       (BylineStore          *self,
                                                  gint64                id,
                                                  GError              **error);
gboolean       byline_store_set_comment_content  (BylineStore          *self,
                                                  gint64                id,
                                                  const char           *content,
                                                  GError              **error);
gboolean       byline_store_set_comment_score    (BylineStore          *self,
                                                  gint64                id,
                                                  double                score,
                                                  char                **reasons,
                                                  GError              **error);
GArray        *byline_store_posts_without_headline (BylineStore        *self,
                                                  const char           *account,
                                                  GError              **error);
gboolean       byline_store_set_post_headline    (BylineStore          *self,
                                                  const char           *account,
                                                  gint64                post_remote_id,
                                                  const char           *headline,
                                                  GError              **error);
GArray        *byline_store_posts_without_text   (BylineStore          *self,
                                                  const char           *account,
                                                  GError              **error);
gboolean       byline_store_set_post_text        (BylineStore          *self,
                                                  const char           *account,
                                                  gint64                post_remote_id,
                                                  const char           *text,
                                                  GError              **error);
char          *byline_store_get_post_text        (BylineStore          *self,
                                                  const char           *account,
                                                  gint64                post_remote_id,
                                                  GError              **error);
GBytes        *byline_store_load_spam_filter     (BylineStore          *self,
                                                  const char           *account,
                                                  GError              **error);
gboolean       byline_store_save_spam_filter     (BylineStore          *self,
                                                  const char           *account,
                                                  GBytes               *data,
                                                  GError              **error);
gboolean       byline_store_outbox_cancel        (BylineStore          *self,
                                                  gint64                id,
                                                  GError              **error);

void                byline_store_watch               (BylineStore  *self);

G_END_DECLS

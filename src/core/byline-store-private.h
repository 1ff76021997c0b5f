/* byline-store-private.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "byline-store.h"

G_BEGIN_DECLS

struct _BylineStore
{
  GObject               parent_instance;

  char                 *path;
  sqlite3              *db;
  /* Guards db and stmts: the connection is never used by two threads. */
  GRecMutex             lock;
  /* SQL text → sqlite3_stmt, prepared once, reset after each use. */
  GHashTable           *stmts;
  /* The one worker thread that runs the _async calls, in order. */
  GThreadPool          *worker;
  /* Where articles-changed is emitted. */
  GMainContext         *context;
  BylineStoreClockFunc  clock;
  gpointer              clock_data;
  int                   schema_version;
  /* Indexes pending articles after a quiet period (byline-store-index.c). */
  GSource              *index_source;
  guint                 index_delay_ms;
  /* Pages in the WAL after the last commit (byline-store-index.c). */
  int                   wal_pages;
  /* The body of the last save, its word count and whether it is valid
   * UTF-8 (byline-store-articles.c). */
  char                 *saved_body;
  gsize                 saved_body_len;
  guint                 saved_words;
  gboolean              saved_valid;
  /* Commits by other processes, watched for their accounts
   * (byline_store_watch()) */
  GFileMonitor         *monitor;
  GSource              *watch_source;
  char                 *accounts_seen;
};

/* A cached statement; the autoptr cleanup resets it and clears bindings. */
typedef sqlite3_stmt BylineStmt;
void _byline_stmt_release (BylineStmt *stmt);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineStmt, _byline_stmt_release)

/* byline-store-watch.c (and the signal's emission in byline-store.c) */
void _byline_store_accounts_changed      (BylineStore *self);
void _byline_store_emit_accounts_changed (BylineStore *self);
void _byline_store_watch_close           (BylineStore *self);

/* byline-store-health.c */
gboolean _byline_store_fail_corrupt      (BylineStore  *self,
                                          const char   *detail,
                                          GError      **error);
gboolean _byline_store_quick_check       (BylineStore  *self,
                                          char        **detail);

typedef gpointer (*BylineStoreWorkFunc) (BylineStore   *self,
                                         gpointer       data,
                                         GCancellable  *cancellable,
                                         GError       **error);

BylineStmt *_byline_store_prepare      (BylineStore   *self,
                                        const char    *sql,
                                        GError       **error);
gboolean    _byline_store_set_error    (BylineStore   *self,
                                        int            rc,
                                        GError       **error);
gboolean    _byline_store_step_done    (BylineStore   *self,
                                        BylineStmt    *stmt,
                                        GError       **error);
gboolean    _byline_store_exec         (BylineStore   *self,
                                        const char    *sql,
                                        GError       **error);
gboolean    _byline_store_begin        (BylineStore   *self,
                                        GError       **error);
gboolean    _byline_store_commit       (BylineStore   *self,
                                        GError       **error);
void        _byline_store_rollback     (BylineStore   *self);
gint64      _byline_store_now          (BylineStore   *self);
void        _byline_store_bind_text    (BylineStmt    *stmt,
                                        int            index,
                                        const char    *text);
char       *_byline_store_column_text  (BylineStmt    *stmt,
                                        int            column);
void        _byline_store_emit_changed_full (BylineStore       *self,
                                             gint64             id,
                                             BylineStoreChange  change);
void        _byline_store_run_async    (BylineStore         *self,
                                        gpointer             source_tag,
                                        BylineStoreWorkFunc  func,
                                        gpointer             data,
                                        GDestroyNotify       data_free,
                                        GDestroyNotify       result_free,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);

#define BYLINE_STORE_LOCK(self) \
  g_autoptr(GRecMutexLocker) G_PASTE (locker_, __LINE__) = g_rec_mutex_locker_new (&(self)->lock)

/* byline-store-migrations.c */
int         _byline_store_n_migrations  (void);
gboolean    _byline_store_migrate       (BylineStore   *self,
                                         int            target_version,
                                         GError       **error);

/* byline-store-articles.c */
#define COLUMNS_HEAD "a.id, a.uuid, a.headline, a.standfirst, "
#define COLUMNS_TAIL ", a.dateline, a.date, a.time_zone, s.name, a.excerpt, a.slug, a.language, " \
                     "a.direction, a.status, a.note, a.image_path, a.image_media_id, a.image_alt, " \
                     "a.image_caption, a.created, a.modified, a.word_count " \
                     "FROM articles a LEFT JOIN sections s ON s.id = a.section_id "

BylineArticle *_byline_store_article_from_row    (BylineStore  *self,
                                                  BylineStmt   *stmt,
                                                  GError      **error);
BylineArticle *_byline_store_load_article_locked (BylineStore  *self,
                                                  gint64        id,
                                                  gboolean      with_body,
                                                  GError      **error);
gboolean       _byline_store_save_locked         (BylineStore     *self,
                                                  BylineArticle   *article,
                                                  const char      *revision_kind,
                                                  gboolean         force_revision,
                                                  gboolean         index_now,
                                                  GError         **error);

/* byline-store-index.c */
gboolean    _byline_store_index_open         (BylineStore   *self,
                                              GError       **error);
void        _byline_store_index_close        (BylineStore   *self);
void        _byline_store_index_schedule     (BylineStore   *self,
                                              guint          delay_ms);
gboolean    _byline_store_index_flush_locked (BylineStore   *self,
                                              gint64         id,
                                              GError       **error);
gboolean    _byline_store_index_refresh      (BylineStore   *self,
                                              GError       **error);

/* byline-store-rank.c, byline-store-snippet.c */
fts5_api   *_byline_store_fts5_api           (sqlite3          *db);
int         _byline_store_register_rank      (sqlite3          *db);
int         _byline_store_register_snippet   (sqlite3       *db);

/* byline-store-comments.c, byline-store-comment-cache.c */
char      **_byline_store_reasons_from_json       (const char *text);
BylineCachedComment *_byline_store_cached_comment_from_row (BylineStmt *stmt);

/* byline-store-search.c */
const char *_byline_store_search_sql     (void);

/* byline-store-revisions.c */
gboolean    _byline_store_add_revision   (BylineStore   *self,
                                          BylineArticle *article,
                                          const char    *hash,
                                          guint          word_count,
                                          gboolean       body_is_utf8,
                                          const char    *kind,
                                          gboolean       force,
                                          GError       **error);
guint       _byline_store_prune_locked   (BylineStore   *self,
                                          gint64         article_id,
                                          GError       **error);

G_END_DECLS

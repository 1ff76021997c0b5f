/* byline-store-index.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-store"

#include "config.h"

#include "byline-store-private.h"

/* Keeping the full-text index (articles_fts) up to date, cheaply.
 *
 * Re-indexing an article means tokenizing its old text (to delete it from
 * the index) and its new text; for a 20,000-word story that is most of the
 * cost of a save. Autosaves come every few seconds while the editor types,
 * so they do not re-index. Since schema 5 the triggers on `articles` only
 * queue the article in `articles_fts_pending`, together with the text the
 * index holds for it (the text as it was before the first change; `indexed`
 * is 0 for an article that is not in the index at all), and this file
 * brings the index up to date.
 *
 * The consistency rule: the index may lag behind autosaves, never behind
 * what a search sees. Pending articles are indexed
 * - before every search (byline_store_search() indexes them first, in its
 *   own write transaction, so a search always finds all committed text,
 *   whichever program wrote it);
 * - in the same transaction as every restore;
 * - on the store's worker thread at once after an explicit save, and once
 *   autosaves have been quiet for INDEX_DELAY_MS (dispatched in the main
 *   context the store was made in), so that nobody waits for it;
 * - when a store is opened (after a crash the queue is still there: it is
 *   a table, written in the autosave's own transaction) and when it is
 *   closed.
 * The queue keeps the text the index holds, so deleting an article that is
 * pending removes exactly what was indexed (see migration 5). */

#define INDEX_DELAY_MS 2000

/* Checkpoints (copying the WAL into the database, with two fsync()s) are
 * the slow part of a write on a busy disk; SQLite runs one in the commit
 * that takes the WAL past 1,000 pages, which for a 20,000-word story is
 * every few saves. The store checkpoints on its worker thread with the
 * quiet-time indexing instead, and in the commit only when the WAL passes
 * WAL_MAX_PAGES (16 MiB), so that it cannot grow without bound while the
 * editor types for a long time. */
#define WAL_QUIET_PAGES 1000
#define WAL_MAX_PAGES 4096

/* Connection settings that only make reading faster (see the README's
 * figures):
 * - mmap_size: FTS5 reads its index as blobs; through a memory map these
 *   reads are memory copies instead of read() calls. On a 64-bit system
 *   the address space is cheap; 256 MiB covers the index of ~75,000
 *   articles.
 * - cache_size: SQLite's own cache (2 MiB by default) keeps the pages of
 *   the index that every search reads (the structure record, the interior
 *   pages of %_data and %_idx) and the article rows of the sidebar. */
static const char *tuning =
  "PRAGMA mmap_size = 268435456;"
  "PRAGMA cache_size = -16384;";

typedef struct
{
  GWeakRef store;
} IndexSource;

static gboolean
index_source_dispatch (GSource     *source,
                       GSourceFunc  callback,
                       gpointer     user_data)
{
  g_source_set_ready_time (source, -1);
  return callback (user_data);
}

static GSourceFuncs index_source_funcs = {
  NULL, NULL, index_source_dispatch, NULL, NULL, NULL
};

static void
index_source_data_free (gpointer data)
{
  IndexSource *index = data;

  g_weak_ref_clear (&index->store);
  g_free (index);
}

static gpointer
flush_work (BylineStore   *self,
            gpointer       data,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  /* Nothing is lost when this fails: the queue stays for the next try. */
  if (!_byline_store_index_refresh (self, &local_error))
    g_debug ("Could not update the search index: %s", local_error->message);
  if (self->wal_pages >= WAL_QUIET_PAGES)
    {
      int rc = sqlite3_wal_checkpoint_v2 (self->db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);

      if (rc != SQLITE_OK)
        g_debug ("Checkpoint of %s: %s", self->path, sqlite3_errstr (rc));
    }
  return NULL;
}

/* Replaces SQLite's automatic checkpoint (see WAL_MAX_PAGES). Runs in the
 * thread that commits, with the lock held. */
static int
wal_hook_cb (void       *user_data,
             sqlite3    *db,
             const char *name,
             int         pages)
{
  BylineStore *self = user_data;

  self->wal_pages = pages;
  if (pages >= WAL_MAX_PAGES)
    sqlite3_wal_checkpoint_v2 (db, name, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
  else if (pages >= WAL_QUIET_PAGES)
    _byline_store_index_schedule (self, self->index_delay_ms);
  return SQLITE_OK;
}

static gboolean
index_timeout_cb (gpointer user_data)
{
  IndexSource *index = user_data;
  g_autoptr(BylineStore) self = g_weak_ref_get (&index->store);

  if (self != NULL)
    _byline_store_run_async (self, index_timeout_cb, flush_work, NULL, NULL, NULL,
                             NULL, NULL, NULL);
  return G_SOURCE_CONTINUE;
}

/* Called once the database is open and migrated. */
gboolean
_byline_store_index_open (BylineStore  *self,
                          GError      **error)
{
  IndexSource *index;
  int rc;

  if ((rc = _byline_store_register_rank (self->db)) != SQLITE_OK ||
      (rc = _byline_store_register_snippet (self->db)) != SQLITE_OK)
    return _byline_store_set_error (self, rc, error);
  if (!_byline_store_exec (self, tuning, error))
    return FALSE;
  sqlite3_wal_hook (self->db, wal_hook_cb, self);

  index = g_new0 (IndexSource, 1);
  g_weak_ref_init (&index->store, self);
  self->index_source = g_source_new (&index_source_funcs, sizeof (GSource));
  g_source_set_static_name (self->index_source, "[byline] search index");
  g_source_set_priority (self->index_source, G_PRIORITY_LOW);
  g_source_set_callback (self->index_source, index_timeout_cb, index, index_source_data_free);
  g_source_attach (self->index_source, self->context);
  self->index_delay_ms = INDEX_DELAY_MS;

  /* Whatever a crashed (or still running) program left. */
  return _byline_store_index_refresh (self, error);
}

/* Called when the store is finalized. */
void
_byline_store_index_close (BylineStore *self)
{
  g_autoptr(GError) error = NULL;

  if (self->index_source != NULL)
    {
      g_source_destroy (self->index_source);
      g_clear_pointer (&self->index_source, g_source_unref);
    }
  if (self->db != NULL && !_byline_store_index_refresh (self, &error))
    g_debug ("Could not update the search index: %s", error->message);
}

/* After a save: index on the worker thread in @delay_ms (an autosave:
 * once autosaves have been quiet for index_delay_ms; a later call moves
 * the time). */
void
_byline_store_index_schedule (BylineStore *self,
                              guint        delay_ms)
{
  if (self->index_source != NULL)
    g_source_set_ready_time (self->index_source,
                             g_get_monotonic_time () + (gint64) delay_ms * 1000);
}

/* Indexes the pending article @id (0: all of them). Must be called inside
 * a write transaction. */
gboolean
_byline_store_index_flush_locked (BylineStore  *self,
                                  gint64        id,
                                  GError      **error)
{
  static const char *all[] = {
    "INSERT INTO articles_fts (articles_fts, rowid, headline, standfirst, body, bylines, tags) "
    "SELECT 'delete', id, headline, standfirst, body, bylines, tags "
    "FROM articles_fts_pending WHERE indexed",
    "INSERT INTO articles_fts (rowid, headline, standfirst, body, bylines, tags) "
    "SELECT a.id, a.headline, a.standfirst, a.body, a.bylines, a.tags "
    "FROM articles_fts_pending p JOIN articles a ON a.id = p.id",
    "DELETE FROM articles_fts_pending",
  };
  static const char *one[] = {
    "INSERT INTO articles_fts (articles_fts, rowid, headline, standfirst, body, bylines, tags) "
    "SELECT 'delete', id, headline, standfirst, body, bylines, tags "
    "FROM articles_fts_pending WHERE id = ?1 AND indexed",
    "INSERT INTO articles_fts (rowid, headline, standfirst, body, bylines, tags) "
    "SELECT a.id, a.headline, a.standfirst, a.body, a.bylines, a.tags "
    "FROM articles_fts_pending p JOIN articles a ON a.id = p.id WHERE p.id = ?1",
    "DELETE FROM articles_fts_pending WHERE id = ?1",
  };
  const char **steps = id == 0 ? all : one;

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      g_autoptr(BylineStmt) stmt = _byline_store_prepare (self, steps[i], error);

      if (stmt == NULL)
        return FALSE;
      if (id != 0)
        sqlite3_bind_int64 (stmt, 1, id);
      if (!_byline_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* Indexes every pending article, in a transaction of its own, when there
 * is any. The caller holds the lock. */
gboolean
_byline_store_index_refresh (BylineStore  *self,
                             GError      **error)
{
  g_autoptr(BylineStmt) any = NULL;
  int rc;

  if (!(any = _byline_store_prepare (self, "SELECT 1 FROM articles_fts_pending LIMIT 1", error)))
    return FALSE;
  rc = sqlite3_step (any);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    return _byline_store_set_error (self, rc, error);
  _byline_stmt_release (g_steal_pointer (&any));

  if (!_byline_store_begin (self, error))
    return FALSE;
  if (!_byline_store_index_flush_locked (self, 0, error))
    {
      _byline_store_rollback (self);
      return FALSE;
    }
  return _byline_store_commit (self, error);
}

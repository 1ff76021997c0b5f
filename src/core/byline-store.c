/* byline-store.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "byline-store-private.h"

/* The drafts store: one SQLite file.
 *
 * Settings, and why they are crash-safe:
 * - journal_mode=WAL: readers never block the writer and the writer never
 *   blocks readers, so the GUI and the CLI can use the file at once.
 * - synchronous=NORMAL: in WAL mode the WAL is fsynced only at checkpoints,
 *   not at each commit. A power loss may roll back the last commits (they
 *   were never fsynced), but it can never corrupt the database: the WAL
 *   frames carry checksums and an incomplete tail is ignored. A crash of the
 *   process alone (kill -9) loses nothing committed, because a commit is in
 *   the operating system's page cache when sqlite3_step() returns.
 * - foreign_keys=ON: links, bylines, tags and revisions die with their
 *   article.
 * - PERSIST_WAL, journal_size_limit: the last program to close the file
 *   empties the -wal, never deletes it: POSIX locks are per process and any
 *   close() of the file in it (GTK's file chooser sniffing a folder) drops
 *   them, so the CLI may think it is last while the window writes to it.
 *   (SQLite empties a persistent -wal at close whatever the limit; the limit
 *   is what a checkpoint leaves of it while the file is open,
 *   WAL_KEPT_BYTES, the size at which a commit checkpoints
 *   (byline-store-index.c): a comment sync's writes then reuse the file's
 *   pages instead of growing it from nothing after every checkpoint.)
 * - busy_timeout plus BEGIN IMMEDIATE for every write: a writer takes the
 *   write lock at BEGIN, where SQLite's busy handler waits for the other
 *   writer, instead of failing later in the transaction when a read lock
 *   cannot be upgraded. So two programs writing at once wait for each other
 *   and never see SQLITE_BUSY (unless one holds the lock for BUSY_TIMEOUT_MS).
 *
 * The integrity check at open: `PRAGMA quick_check` reads the whole file,
 * which is cheap for a small database but costs seconds for a large one.
 * It runs when the database is smaller than QUICK_CHECK_MAX_BYTES, or when
 * a non-empty `-wal` file shows that the last program using it did not close
 * it cleanly (or is still running). byline_store_check() runs it on demand. */

#define BUSY_TIMEOUT_MS 10000
#define QUICK_CHECK_MAX_BYTES (64 * 1024 * 1024)
#define WAL_KEPT_BYTES "16777216"

enum {
  PROP_0,
  PROP_PATH,
  N_PROPS
};

enum {
  ARTICLES_CHANGED,
  ACCOUNTS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef struct
{
  BylineStoreWorkFunc func;
  gpointer            data;
  GDestroyNotify      data_free;
  GDestroyNotify      result_free;
} WorkItem;

static void byline_store_initable_iface_init (GInitableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BylineStore, byline_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_INITABLE,
                                                      byline_store_initable_iface_init))

G_DEFINE_QUARK (byline-store-error-quark, byline_store_error)

/* Helpers shared by the byline-store-*.c files */

void
_byline_stmt_release (BylineStmt *stmt)
{
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
    }
}

gboolean
_byline_store_set_error (BylineStore  *self,
                         int           rc,
                         GError      **error)
{
  int code;
  const char *detail = self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      code = BYLINE_STORE_ERROR_DISK_FULL;
      g_set_error (error, BYLINE_STORE_ERROR, code,
                   _("The disk is full: the drafts database %s cannot grow (%s). Nothing saved before was lost."),
                   self->path, detail);
      return FALSE;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      code = BYLINE_STORE_ERROR_READ_ONLY;
      g_set_error (error, BYLINE_STORE_ERROR, code,
                   _("The drafts database %s cannot be written (%s)"), self->path, detail);
      return FALSE;
    case SQLITE_NOTADB:
      code = BYLINE_STORE_ERROR_NOT_A_DATABASE;
      break;
    case SQLITE_CORRUPT:
      code = BYLINE_STORE_ERROR_CORRUPT;
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      code = BYLINE_STORE_ERROR_BUSY;
      break;
    case SQLITE_CONSTRAINT:
      code = BYLINE_STORE_ERROR_INVALID;
      break;
    default:
      code = BYLINE_STORE_ERROR_FAILED;
      break;
    }

  g_set_error (error, BYLINE_STORE_ERROR, code, _("Drafts database %s: %s"), self->path, detail);
  return FALSE;
}

BylineStmt *
_byline_store_prepare (BylineStore  *self,
                       const char   *sql,
                       GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = g_hash_table_lookup (self->stmts, sql);
  if (stmt != NULL)
    return stmt;

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _byline_store_set_error (self, rc, error);
      return NULL;
    }

  /* The SQL strings are literals in the code: their addresses live forever. */
  g_hash_table_insert (self->stmts, (gpointer) sql, stmt);
  return stmt;
}

gboolean
_byline_store_step_done (BylineStore  *self,
                         BylineStmt   *stmt,
                         GError      **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    return TRUE;

  return _byline_store_set_error (self, rc, error);
}

gboolean
_byline_store_exec (BylineStore  *self,
                    const char   *sql,
                    GError      **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return _byline_store_set_error (self, rc, error);
  return TRUE;
}

gboolean
_byline_store_begin (BylineStore  *self,
                     GError      **error)
{
  int rc;

  /* The busy handler waits up to BUSY_TIMEOUT_MS inside each attempt. */
  for (guint attempt = 0; attempt < 3; attempt++)
    {
      rc = sqlite3_exec (self->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
      if ((rc & 0xff) != SQLITE_BUSY)
        break;
    }

  if (rc != SQLITE_OK)
    return _byline_store_set_error (self, rc, error);
  return TRUE;
}

gboolean
_byline_store_commit (BylineStore  *self,
                      GError      **error)
{
  int rc = sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _byline_store_set_error (self, rc, error);
      _byline_store_rollback (self);
      return FALSE;
    }
  return TRUE;
}

void
_byline_store_rollback (BylineStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

gint64
_byline_store_now (BylineStore *self)
{
  if (self->clock != NULL)
    return self->clock (self->clock_data);
  return g_get_real_time () / G_USEC_PER_SEC;
}

void
_byline_store_bind_text (BylineStmt *stmt,
                         int         index,
                         const char *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

char *
_byline_store_column_text (BylineStmt *stmt,
                           int         column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

typedef struct
{
  BylineStore       *store;
  gint64             id;
  BylineStoreChange  change;
} ChangeData;

static gboolean
emit_changed_cb (gpointer user_data)
{
  ChangeData *data = user_data;

  g_signal_emit (data->store, signals[ARTICLES_CHANGED], 0, data->id, data->change);
  g_object_unref (data->store);
  g_free (data);
  return G_SOURCE_REMOVE;
}

/* Emits articles-changed in the main context the store was made in. */
void
_byline_store_emit_changed_full (BylineStore       *self,
                                 gint64             id,
                                 BylineStoreChange  change)
{
  ChangeData *data = g_new0 (ChangeData, 1);

  data->store = g_object_ref (self);
  data->id = id;
  data->change = change;
  g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT, emit_changed_cb, data, NULL);
}

/* Emits accounts-changed now (byline-store-watch.c decides when) */
void
_byline_store_accounts_changed (BylineStore *self)
{
  g_signal_emit (self, signals[ACCOUNTS_CHANGED], 0);
}

/* The worker thread: runs queued work items one after another. */
static void
worker_func (gpointer data,
             gpointer user_data)
{
  g_autoptr(GTask) task = data;
  BylineStore *self = g_task_get_source_object (task);
  WorkItem *item = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  gpointer result;

  if (g_task_return_error_if_cancelled (task))
    return;

  {
    BYLINE_STORE_LOCK (self);
    result = item->func (self, item->data, g_task_get_cancellable (task), &error);
  }

  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, result, item->result_free);
}

static void
work_item_free (WorkItem *item)
{
  if (item->data_free != NULL && item->data != NULL)
    item->data_free (item->data);
  g_free (item);
}

void
_byline_store_run_async (BylineStore         *self,
                         gpointer             source_tag,
                         BylineStoreWorkFunc  func,
                         gpointer             data,
                         GDestroyNotify       data_free,
                         GDestroyNotify       result_free,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  WorkItem *item = g_new0 (WorkItem, 1);

  item->func = func;
  item->data = data;
  item->data_free = data_free;
  item->result_free = result_free;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, item, (GDestroyNotify) work_item_free);
  g_thread_pool_push (self->worker, g_steal_pointer (&task), NULL);
}

/* Opening */

static int
read_user_version (BylineStore *self,
                   int         *version)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA user_version", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *version = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);
  return rc;
}

static gboolean
open_database (BylineStore   *self,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autofree char *dir = g_path_get_dirname (self->path);
  g_autofree char *detail = NULL;
  gboolean existed, dirty;
  int rc, version = 0;
  gint64 size = 0;
  GStatBuf st;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_READ_ONLY,
                   _("Cannot create the folder %s for the drafts database: %s"), dir, g_strerror (saved));
      return FALSE;
    }

  existed = g_stat (self->path, &st) == 0;
  if (existed)
    size = st.st_size;
  if ((existed && g_access (self->path, W_OK) != 0) || g_access (dir, W_OK) != 0)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_READ_ONLY,
                   existed ? _("The drafts database %s is read-only (the file or its folder cannot be written); nothing was changed")
                           : _("Cannot create the drafts database %s: its folder is read-only"),
                   self->path);
      return FALSE;
    }
  {
    g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);   /* not emptied: not closed cleanly */
    dirty = g_stat (wal, &st) == 0 && st.st_size > 0;
  }

  rc = sqlite3_open_v2 (self->path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    return _byline_store_set_error (self, rc, error);

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);

  /* Read the version before anything writes to the file. */
  rc = read_user_version (self, &version);
  if ((rc & 0xff) == SQLITE_NOTADB)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_A_DATABASE,
                   _("%s is not a Byline drafts database (not an SQLite file); it was left as it is"),
                   self->path);
      return FALSE;
    }
  if ((rc & 0xff) == SQLITE_CORRUPT)
    return _byline_store_fail_corrupt (self, sqlite3_errmsg (self->db), error);
  if (rc != SQLITE_OK)
    return _byline_store_set_error (self, rc, error);

  if (version > byline_store_get_latest_schema_version ())
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_TOO_NEW,
                   _("The drafts database %s was written by a newer Byline (schema %d; this version knows up to %d). "
                     "It was not changed; please update Byline."),
                   self->path, version, byline_store_get_latest_schema_version ());
      return FALSE;
    }

  if (existed && (size < QUICK_CHECK_MAX_BYTES || dirty) && size > 0 &&
      !_byline_store_quick_check (self, &detail))
    return _byline_store_fail_corrupt (self, detail, error);

  sqlite3_file_control (self->db, "main", SQLITE_FCNTL_PERSIST_WAL, &(int) { 1 });
  if (!_byline_store_exec (self, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
                                 "PRAGMA journal_size_limit=" WAL_KEPT_BYTES "; PRAGMA temp_store=MEMORY", error))
    return FALSE;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  return _byline_store_migrate (self, byline_store_get_latest_schema_version (), error) &&
         _byline_store_index_open (self, error);
}

static gboolean
byline_store_initable_init (GInitable     *initable,
                            GCancellable  *cancellable,
                            GError       **error)
{
  BylineStore *self = BYLINE_STORE (initable);
  BYLINE_STORE_LOCK (self);

  if (self->path == NULL)
    {
      g_set_error_literal (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID,
                           _("No path given for the drafts database"));
      return FALSE;
    }

  if (!open_database (self, cancellable, error))
    {
      if (self->db != NULL)
        {
          sqlite3_close_v2 (self->db);
          self->db = NULL;
        }
      return FALSE;
    }

  return TRUE;
}

static void
byline_store_initable_iface_init (GInitableIface *iface)
{
  iface->init = byline_store_initable_init;
}

static void
byline_store_finalize (GObject *object)
{
  BylineStore *self = (BylineStore *)object;

  if (self->worker != NULL)
    g_thread_pool_free (self->worker, FALSE, FALSE);
  _byline_store_watch_close (self);
  _byline_store_index_close (self);
  g_clear_pointer (&self->stmts, g_hash_table_unref);
  if (self->db != NULL)
    {
      /* A clean close checkpoints and removes the -wal file. */
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
  g_clear_pointer (&self->context, g_main_context_unref);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->saved_body, g_free);
  g_rec_mutex_clear (&self->lock);

  G_OBJECT_CLASS (byline_store_parent_class)->finalize (object);
}

static void
byline_store_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  BylineStore *self = BYLINE_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_store_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  BylineStore *self = BYLINE_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_store_class_init (BylineStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = byline_store_finalize;
  object_class->get_property = byline_store_get_property;
  object_class->set_property = byline_store_set_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BylineStore::articles-changed:
   * @id: the article's id
   * @change: a #BylineStoreChange
   *
   * An article was added, saved or deleted (by this store object). Emitted
   * in the main context that was the thread default when the store was
   * made.
   */
  signals[ARTICLES_CHANGED] =
    g_signal_new ("articles-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_UINT);

  /**
   * BylineStore::accounts-changed:
   *
   * An account was added, changed or removed: by this store object, or,
   * once byline_store_watch() was called, by another process. Emitted in
   * the main context that was the thread default when the store was made.
   */
  signals[ACCOUNTS_CHANGED] =
    g_signal_new ("accounts-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
byline_store_init (BylineStore *self)
{
  g_rec_mutex_init (&self->lock);
  self->stmts = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) sqlite3_finalize);
  self->worker = g_thread_pool_new (worker_func, self, 1, FALSE, NULL);
  self->context = g_main_context_ref_thread_default ();
}

/* Public API */

/**
 * byline_store_new:
 * @path: the database file (created with its folder when missing)
 *
 * Opens the drafts store, migrating an older schema. See #BylineStoreError
 * for what can go wrong.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
BylineStore *
byline_store_new (const char    *path,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_return_val_if_fail (path != NULL, NULL);

  return g_initable_new (BYLINE_TYPE_STORE, cancellable, error, "path", path, NULL);
}

static void
new_in_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;
  BylineStore *store = byline_store_new (task_data, cancellable, &error);

  if (store == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, store, g_object_unref);
}

void
byline_store_new_async (const char          *path,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (path != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, byline_store_new_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, new_in_thread);
}

BylineStore *
byline_store_new_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == byline_store_new_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

const char *
byline_store_get_path (BylineStore *self)
{
  g_return_val_if_fail (BYLINE_IS_STORE (self), NULL);

  return self->path;
}

int
byline_store_get_schema_version (BylineStore *self)
{
  g_return_val_if_fail (BYLINE_IS_STORE (self), 0);

  return self->schema_version;
}

int
byline_store_get_latest_schema_version (void)
{
  return _byline_store_n_migrations ();
}

/**
 * byline_store_set_clock:
 * @func: (nullable): returns the Unix time in seconds; %NULL for the real clock
 *
 * Replaces the clock used for revision times and pruning (for tests).
 */
void
byline_store_set_clock (BylineStore          *self,
                        BylineStoreClockFunc  func,
                        gpointer              user_data)
{
  g_return_if_fail (BYLINE_IS_STORE (self));

  BYLINE_STORE_LOCK (self);
  self->clock = func;
  self->clock_data = user_data;
}

/* byline-store-trash.c: deleting an article so that it can come back
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-store"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-store-private.h"

/* The rows of one table that went with the article */
typedef struct
{
  char      *table;
  char      *article_column;    /* the column holding the article's id */
  GPtrArray *columns;           /* char * */
  GPtrArray *rows;              /* GPtrArray of sqlite3_value * */
} Rows;

/**
 * BylineDeletedArticle:
 *
 * What byline_store_delete_article_undoable() removed: the article's row
 * and every row that refers to it (revisions, links, bylines, tags), as
 * they were, so that byline_store_undo_delete() puts them back with the
 * same ids.
 */
struct _BylineDeletedArticle
{
  gint64     id;
  GPtrArray *tables;            /* Rows; the article's own first */
};

static void
rows_free (gpointer data)
{
  Rows *rows = data;

  g_free (rows->table);
  g_free (rows->article_column);
  g_ptr_array_unref (rows->columns);
  g_ptr_array_unref (rows->rows);
  g_free (rows);
}

static void
row_free (gpointer data)
{
  GPtrArray *row = data;

  g_ptr_array_unref (row);
}

void
byline_deleted_article_free (BylineDeletedArticle *deleted)
{
  if (deleted == NULL)
    return;

  g_ptr_array_unref (deleted->tables);
  g_free (deleted);
}

gint64
byline_deleted_article_get_id (const BylineDeletedArticle *deleted)
{
  g_return_val_if_fail (deleted != NULL, 0);

  return deleted->id;
}

static char *
quote_name (const char *name)
{
  g_autoptr(GString) quoted = g_string_new ("\"");

  for (const char *p = name; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (quoted, '"');
      g_string_append_c (quoted, *p);
    }
  g_string_append_c (quoted, '"');
  return g_string_free (g_steal_pointer (&quoted), FALSE);
}

/* Copies the rows of @table whose @column is @id */
static Rows *
copy_rows (BylineStore  *self,
           const char   *table,
           const char   *column,
           gint64        id,
           GError      **error)
{
  g_autofree char *qtable = quote_name (table);
  g_autofree char *qcolumn = quote_name (column);
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s WHERE %s = ?", qtable, qcolumn);
  sqlite3_stmt *stmt = NULL;
  Rows *rows;
  int rc;

  if ((rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL)) != SQLITE_OK)
    {
      _byline_store_set_error (self, rc, error);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, id);

  rows = g_new0 (Rows, 1);
  rows->table = g_strdup (table);
  rows->article_column = g_strdup (column);
  rows->columns = g_ptr_array_new_with_free_func (g_free);
  rows->rows = g_ptr_array_new_with_free_func (row_free);
  for (int i = 0; i < sqlite3_column_count (stmt); i++)
    g_ptr_array_add (rows->columns, g_strdup (sqlite3_column_name (stmt, i)));

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GPtrArray *row = g_ptr_array_new_with_free_func ((GDestroyNotify) sqlite3_value_free);

      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        g_ptr_array_add (row, sqlite3_value_dup (sqlite3_column_value (stmt, i)));
      g_ptr_array_add (rows->rows, row);
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      rows_free (rows);
      _byline_store_set_error (self, rc, error);
      return NULL;
    }

  return rows;
}

/* Every table with a foreign key to articles: what deleting one cascades to */
static GPtrArray *
copy_article (BylineStore  *self,
              gint64        id,
              GError      **error)
{
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (rows_free);
  g_autoptr(BylineStmt) stmt = NULL;

  Rows *rows;
  int rc;

  if (!(rows = copy_rows (self, "articles", "id", id, error)))
    return NULL;
  g_ptr_array_add (tables, rows);
  if (rows->rows->len == 0)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND,
                   _("No article with id %lld"), (long long) id);
      return NULL;
    }

  if (!(stmt = _byline_store_prepare (self,
                                      "SELECT m.name, f.\"from\" FROM sqlite_master AS m, "
                                      "pragma_foreign_key_list (m.name) AS f "
                                      "WHERE m.type = 'table' AND f.\"table\" = 'articles' "
                                      "ORDER BY m.name", error)))
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (!(rows = copy_rows (self, (const char *) sqlite3_column_text (stmt, 0),
                              (const char *) sqlite3_column_text (stmt, 1), id, error)))
        return NULL;
      g_ptr_array_add (tables, rows);
    }
  if (rc != SQLITE_DONE)
    {
      _byline_store_set_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&tables);
}

/**
 * byline_store_delete_article_undoable:
 *
 * Deletes an article as byline_store_delete_article() does, keeping what
 * it removed in memory so that byline_store_undo_delete() can put it back:
 * the same id, its revisions, links to CMS accounts, bylines and tags.
 * (Freeing the result makes the deletion final; nothing is kept on disk.)
 *
 * Returns: (transfer full): the deleted article, or %NULL with @error set
 */
BylineDeletedArticle *
byline_store_delete_article_undoable (BylineStore   *self,
                                      gint64         id,
                                      GCancellable  *cancellable,
                                      GError       **error)
{
  g_autoptr(GPtrArray) tables = NULL;
  BylineDeletedArticle *deleted;

  g_return_val_if_fail (BYLINE_IS_STORE (self), NULL);

  {
    BYLINE_STORE_LOCK (self);
    g_autoptr(BylineStmt) stmt = NULL;

    if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
        !_byline_store_begin (self, error))
      return NULL;

    if (!(tables = copy_article (self, id, error)) ||
        !(stmt = _byline_store_prepare (self, "DELETE FROM articles WHERE id = ?", error)))
      {
        _byline_store_rollback (self);
        return NULL;
      }
    sqlite3_bind_int64 (stmt, 1, id);
    if (!_byline_store_step_done (self, stmt, error) || !_byline_store_commit (self, error))
      {
        _byline_store_rollback (self);
        return NULL;
      }
  }

  _byline_store_emit_changed_full (self, id, BYLINE_STORE_CHANGE_REMOVED);

  deleted = g_new0 (BylineDeletedArticle, 1);
  deleted->id = id;
  deleted->tables = g_steal_pointer (&tables);
  return deleted;
}

/* Inserts @row into @rows' table with the article's id @id (0: SQLite
 * chooses one), leaving @rowid_column (if any) for SQLite to choose.
 * Returns SQLite's result code. */
static int
insert_row (BylineStore  *self,
            Rows         *rows,
            GPtrArray    *row,
            gint64        id,
            const char   *rowid_column)
{
  g_autoptr(GString) sql = g_string_new ("INSERT INTO ");
  g_autofree char *qtable = quote_name (rows->table);
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_string_append_printf (sql, "%s (", qtable);
  for (guint i = 0; i < rows->columns->len; i++)
    {
      g_autofree char *qcolumn = quote_name (g_ptr_array_index (rows->columns, i));

      g_string_append_printf (sql, "%s%s", i > 0 ? ", " : "", qcolumn);
    }
  g_string_append (sql, ") VALUES (");
  for (guint i = 0; i < rows->columns->len; i++)
    g_string_append (sql, i > 0 ? ", ?" : "?");
  g_string_append (sql, ")");

  if ((rc = sqlite3_prepare_v2 (self->db, sql->str, -1, &stmt, NULL)) != SQLITE_OK)
    return rc;

  for (guint i = 0; i < rows->columns->len; i++)
    {
      const char *column = g_ptr_array_index (rows->columns, i);

      if (g_str_equal (column, rows->article_column) && id == 0)
        sqlite3_bind_null (stmt, i + 1);
      else if (g_str_equal (column, rows->article_column))
        sqlite3_bind_int64 (stmt, i + 1, id);
      else if (rowid_column != NULL && g_str_equal (column, rowid_column))
        sqlite3_bind_null (stmt, i + 1);
      else
        sqlite3_bind_value (stmt, i + 1, g_ptr_array_index (row, i));
    }

  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static gboolean
insert_rows (BylineStore  *self,
             Rows         *rows,
             gint64       *id,
             GError      **error)
{
  gboolean is_article = g_str_equal (rows->table, "articles");

  for (guint i = 0; i < rows->rows->len; i++)
    {
      GPtrArray *row = g_ptr_array_index (rows->rows, i);
      int rc = insert_row (self, rows, row, *id, NULL);

      /* The id was taken in the meantime (a new draft got the deleted
       * one's): a new one, for the article or a revision */
      if ((rc & 0xff) == SQLITE_CONSTRAINT)
        rc = is_article ? insert_row (self, rows, row, 0, NULL) : insert_row (self, rows, row, *id, "id");
      if (rc != SQLITE_OK)
        return _byline_store_set_error (self, rc, error);
      if (is_article)
        *id = sqlite3_last_insert_rowid (self->db);
    }

  return TRUE;
}

/**
 * byline_store_undo_delete:
 * @deleted: what byline_store_delete_article_undoable() returned
 *
 * Puts a deleted article back with its revisions, links, bylines and tags,
 * under its old id unless another article has taken it since.
 *
 * Returns: the article's id, or 0 with @error set
 */
gint64
byline_store_undo_delete (BylineStore           *self,
                          BylineDeletedArticle  *deleted,
                          GCancellable          *cancellable,
                          GError               **error)
{
  gint64 id;

  g_return_val_if_fail (BYLINE_IS_STORE (self), 0);
  g_return_val_if_fail (deleted != NULL, 0);

  id = deleted->id;
  {
    BYLINE_STORE_LOCK (self);

    if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
        !_byline_store_begin (self, error))
      return 0;

    for (guint i = 0; i < deleted->tables->len; i++)
      {
        if (!insert_rows (self, g_ptr_array_index (deleted->tables, i), &id, error))
          {
            _byline_store_rollback (self);
            return 0;
          }
      }

    if (!_byline_store_commit (self, error))
      {
        _byline_store_rollback (self);
        return 0;
      }
  }

  /* (the insert trigger queued it for the search index) */
  _byline_store_index_schedule (self, 0);
  _byline_store_emit_changed_full (self, id, BYLINE_STORE_CHANGE_ADDED);
  return id;
}

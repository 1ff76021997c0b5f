/* test-store-index.h: checks of the full-text index, for the store tests
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-store-private.h"

static inline gint64
test_store_count (BylineStore *store,
                  const char  *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n;
  BYLINE_STORE_LOCK (store);

  g_assert_cmpint (sqlite3_prepare_v2 (store->db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static inline gint64
test_store_pending (BylineStore *store)
{
  return test_store_count (store, "SELECT count(*) FROM articles_fts_pending");
}

/* The index holds exactly the text of `articles`: every (term, row,
 * column, offset) of articles_fts equals that of an index built afresh from
 * the table. (FTS5's integrity-check does not compare an external content
 * index with its content.)
 *
 * These helpers use the store's connection, which its worker thread shares:
 * they hold the store's lock, as the store's own code does, so that they
 * never run in the middle of the worker's transaction (CI once saw the
 * check run while the worker was indexing, under valgrind). */
static inline void
test_store_assert_index_matches_content (BylineStore *store)
{
  BYLINE_STORE_LOCK (store);

  g_assert_cmpint (sqlite3_exec (store->db,
    "CREATE VIRTUAL TABLE check_fts USING fts5 (headline, standfirst, body, bylines, tags,"
    "  content = 'articles', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');"
    "INSERT INTO check_fts (check_fts) VALUES ('rebuild');"
    "CREATE VIRTUAL TABLE temp.check_vocab USING fts5vocab (main, check_fts, 'instance');"
    "CREATE VIRTUAL TABLE temp.index_vocab USING fts5vocab (main, articles_fts, 'instance');"
    "INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check');",
    NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (test_store_count (store, "SELECT count(*) FROM check_vocab"), >, 0);
  g_assert_cmpint (test_store_count (store, "SELECT count(*) FROM (SELECT * FROM index_vocab EXCEPT SELECT * FROM check_vocab)"), ==, 0);
  g_assert_cmpint (test_store_count (store, "SELECT count(*) FROM (SELECT * FROM check_vocab EXCEPT SELECT * FROM index_vocab)"), ==, 0);
  g_assert_cmpint (sqlite3_exec (store->db, "DROP TABLE temp.check_vocab; DROP TABLE temp.index_vocab; DROP TABLE check_fts;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
}

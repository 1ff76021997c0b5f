/* fuzz-fts.c: libFuzzer entry point for the FTS query builder
 *
 * Whatever the user types, byline_fts_query_from_text() must give NULL or
 * a query that FTS5 accepts: the query is run against an in-memory table
 * with the store's tokenizer, and any SQLite error (a syntax error means
 * user text leaked into FTS5 syntax) is a crash.
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <sqlite3.h>

#include "byline-core.h"
#include "byline-fts.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static sqlite3 *db;
static sqlite3_stmt *stmt;

static void
setup (void)
{
  if (sqlite3_open (":memory:", &db) != SQLITE_OK ||
      sqlite3_exec (db,
                    "CREATE VIRTUAL TABLE t USING fts5(headline, body,"
                    " tokenize = 'unicode61 remove_diacritics 2');"
                    "INSERT INTO t VALUES ('Harbour ferries', 'The ferries stop at NEAR the quay');"
                    "INSERT INTO t VALUES ('اتوبوس‌های تهران', 'خطوط جدید اتوبوس');"
                    "INSERT INTO t VALUES ('Москва', 'новые автобусы');",
                    NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, "SELECT rowid, bm25(t), snippet(t, 1, '[', ']', '…', 8)"
                              " FROM t WHERE t MATCH ?", -1, &stmt, NULL) != SQLITE_OK)
    {
      fprintf (stderr, "setup: %s\n", sqlite3_errmsg (db));
      __builtin_trap ();
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autofree char *query = NULL;
  int rc;

  if (db == NULL)
    setup ();

  query = byline_fts_query_from_text (text);
  if (query == NULL)
    return 0;
  if (!g_utf8_validate (query, -1, NULL))
    __builtin_trap ();

  sqlite3_reset (stmt);
  sqlite3_bind_text (stmt, 1, query, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ;
  if (rc != SQLITE_DONE)
    {
      fprintf (stderr, "query %s from %s: %s\n", query, text, sqlite3_errmsg (db));
      __builtin_trap ();
    }
  sqlite3_clear_bindings (stmt);
  return 0;
}

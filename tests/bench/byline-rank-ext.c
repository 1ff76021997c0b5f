/* byline-rank-ext.c: byline_rank() and byline_snippet() as an SQLite extension
 *
 * bench-store compares byline_store_search() with the sqlite3 shell
 * running the same SQL on the same file; the shell loads this module to
 * have the ranking function the store registers on its connections.
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-store-private.h"

int sqlite3_extension_init (sqlite3                    *db,
                            char                      **error,
                            const sqlite3_api_routines *api);

int
sqlite3_extension_init (sqlite3                    *db,
                        char                      **error,
                        const sqlite3_api_routines *api)
{
  int rc = _byline_store_register_rank (db);

  return rc == SQLITE_OK ? _byline_store_register_snippet (db) : rc;
}

/* rel-common.h: shared by the reliability harnesses (issue 8)
 *
 * Each harness is a GTest program in the `reliability` suite. Besides
 * asserting, it records figures: rel_figure() appends "KEY<TAB>VALUE" lines
 * to the file named by $BYLINE_FIGURES (build-aux/reliability collects
 * them into one table) and echoes them as TAP comments.
 * $BYLINE_RELIABILITY_LONG=1 selects the long mode (more rounds, longer
 * runs).
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdio.h>
#include <sqlite3.h>
#include <glib/gstdio.h>

#include "byline-core.h"
#include "test-store-common.h"
#include "cms-test-util.h"

static inline gboolean
rel_long_mode (void)
{
  const char *v = g_getenv ("BYLINE_RELIABILITY_LONG");

  return v != NULL && g_str_equal (v, "1");
}

static inline void
rel_figure (const char *key,
            const char *format,
            ...) G_GNUC_PRINTF (2, 3);

static inline void
rel_figure (const char *key,
            const char *format,
            ...)
{
  const char *path = g_getenv ("BYLINE_FIGURES");
  g_autofree char *value = NULL;
  va_list args;

  va_start (args, format);
  value = g_strdup_vprintf (format, args);
  va_end (args);

  g_test_message ("figure %s: %s", key, value);
  if (path != NULL && *path != '\0')
    {
      FILE *f = fopen (path, "a");

      if (f != NULL)
        {
          fprintf (f, "%s\t%s\n", key, value);
          fclose (f);
        }
    }
}

/* Temporary directories as the store tests make them. */
#define rel_tmpdir test_store_tmpdir
#define rel_rmdir  test_store_rmdir

/* PRAGMA integrity_check with plain SQLite, independent of BylineStore:
 * returns its first answer row ("ok" when intact), or the open error. */
static inline char *
rel_integrity_check (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *result;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      result = g_strdup (sqlite3_errmsg (db));
      sqlite3_close (db);
      return result;
    }
  sqlite3_busy_timeout (db, 10000);
  if (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL) != SQLITE_OK)
    result = g_strdup (sqlite3_errmsg (db));
  else if (sqlite3_step (stmt) == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else
    result = g_strdup (sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return result;
}

/* Counts how often @needle occurs in the @len bytes at @haystack. */
static inline guint
rel_count_hits (const char *haystack,
                gsize       len,
                const char *needle)
{
  gsize n = strlen (needle);
  guint hits = 0;

  if (n == 0 || len < n)
    return 0;
  for (gsize i = 0; i + n <= len; i++)
    if (haystack[i] == needle[0] && memcmp (haystack + i, needle, n) == 0)
      hits++;
  return hits;
}

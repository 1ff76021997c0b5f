/* byline-store-health.c: a damaged drafts database
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening runs a quick check; a database that fails it (or that SQLite
 * will not open) is moved aside with its -wal and -shm files, never
 * deleted, and the error says where it went. A full integrity check is
 * there for idle time (byline_store_check()).
 */

#define G_LOG_DOMAIN "byline-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "byline-store-private.h"

static char *
move_aside (const char  *path,
            GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%dT%H%M%SZ");
  g_autofree char *target = g_strdup_printf ("%s.corrupt-%s", path, stamp);
  static const char *suffixes[] = { "-wal", "-shm" };

  for (guint n = 1; g_file_test (target, G_FILE_TEST_EXISTS); n++)
    {
      g_free (target);
      target = g_strdup_printf ("%s.corrupt-%s-%u", path, stamp, n);
    }

  if (g_rename (path, target) != 0)
    {
      int saved = errno;

      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_CORRUPT,
                   _("The drafts database %s is damaged and could not be moved aside: %s"),
                   path, g_strerror (saved));
      return NULL;
    }

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (target, suffixes[i], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS))
        g_rename (from, to);
    }

  return g_steal_pointer (&target);
}

/* Closes the damaged database and moves it (and its -wal and -shm) aside;
 * always FALSE, with an error saying where it went */
gboolean
_byline_store_fail_corrupt (BylineStore  *self,
                            const char   *detail,
                            GError      **error)
{
  g_autofree char *target = NULL;

  sqlite3_close_v2 (self->db);
  self->db = NULL;

  if (!(target = move_aside (self->path, error)))
    return FALSE;

  g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_CORRUPT,
               _("The drafts database %s is damaged (%s). It was moved to %s; "
                 "a new, empty database is created the next time it is opened."),
               self->path, detail, target);
  return FALSE;
}

/* `PRAGMA quick_check` at opening: FALSE with what it found in @detail */
gboolean
_byline_store_quick_check (BylineStore  *self,
                           char        **detail)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *result = (const char *) sqlite3_column_text (stmt, 0);

      ok = g_strcmp0 (result, "ok") == 0;
      if (!ok)
        *detail = g_strdup (result);
    }
  else
    *detail = g_strdup (sqlite3_errmsg (self->db));
  sqlite3_finalize (stmt);

  return ok;
}

/**
 * byline_store_check:
 *
 * Runs `PRAGMA integrity_check` (slow on a large database: call it from a
 * worker or at idle time).
 *
 * Returns: %TRUE when the database is intact
 */
gboolean
byline_store_check (BylineStore   *self,
                    GCancellable  *cancellable,
                    GError       **error)
{
  const char *result;

  g_return_val_if_fail (BYLINE_IS_STORE (self), FALSE);

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (!(stmt = _byline_store_prepare (self, "PRAGMA integrity_check", error)))
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return _byline_store_set_error (self, sqlite3_errcode (self->db), error);
  result = (const char *) sqlite3_column_text (stmt, 0);
  if (g_strcmp0 (result, "ok") != 0)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_CORRUPT,
                   _("The drafts database %s is damaged: %s"), self->path, result);
      return FALSE;
    }
  return TRUE;
}

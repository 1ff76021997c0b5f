/* byline-store-publish.c: what the publisher remembers between runs
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-store"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-store-private.h"

/* Uploaded media by content hash (so an image goes to a site once), and
 * the lookups that find an article again from a remote post. */

/**
 * byline_store_find_media:
 * @content_hash: the SHA-256 of the file's bytes, in hex
 * @remote_id: (out): the media id on the site
 * @url: (out) (optional): its URL
 *
 * Returns: %TRUE when the file was uploaded to @account before; %FALSE
 *   (with @error unset) when not, or with @error set on failure
 */
gboolean
byline_store_find_media (BylineStore  *self,
                         const char   *account,
                         const char   *content_hash,
                         gint64       *remote_id,
                         char        **url,
                         GError      **error)
{
  int rc;

  g_return_val_if_fail (BYLINE_IS_STORE (self), FALSE);
  g_return_val_if_fail (account != NULL && content_hash != NULL, FALSE);

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (!(stmt = _byline_store_prepare (self,
          "SELECT m.remote_id, m.url FROM media m JOIN accounts a ON a.id = m.account_id "
          "WHERE a.name = ? AND m.content_hash = ?", error)))
    return FALSE;
  _byline_store_bind_text (stmt, 1, account);
  _byline_store_bind_text (stmt, 2, content_hash);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      if (remote_id != NULL)
        *remote_id = sqlite3_column_int64 (stmt, 0);
      if (url != NULL)
        *url = _byline_store_column_text (stmt, 1);
      return TRUE;
    }
  if (rc != SQLITE_DONE)
    _byline_store_set_error (self, rc, error);
  return FALSE;
}

/**
 * byline_store_save_media:
 *
 * Remembers that the file with @content_hash is media @remote_id on @account.
 */
gboolean
byline_store_save_media (BylineStore  *self,
                         const char   *account,
                         const char   *content_hash,
                         gint64        remote_id,
                         const char   *url,
                         GError      **error)
{
  g_return_val_if_fail (BYLINE_IS_STORE (self), FALSE);
  g_return_val_if_fail (account != NULL && content_hash != NULL, FALSE);

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (!(stmt = _byline_store_prepare (self,
          "INSERT OR REPLACE INTO media (account_id, content_hash, remote_id, url) "
          "SELECT id, ?2, ?3, ?4 FROM accounts WHERE name = ?1", error)))
    return FALSE;
  _byline_store_bind_text (stmt, 1, account);
  _byline_store_bind_text (stmt, 2, content_hash);
  sqlite3_bind_int64 (stmt, 3, remote_id);
  _byline_store_bind_text (stmt, 4, url);
  if (!_byline_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND,
                   _("No account named “%s”"), account);
      return FALSE;
    }
  return TRUE;
}

static gint64
find_id (BylineStore  *self,
         const char   *sql,
         const char   *text,
         gint64        number,
         GError      **error)
{
  int rc;

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (!(stmt = _byline_store_prepare (self, sql, error)))
    return -1;
  _byline_store_bind_text (stmt, 1, text);
  sqlite3_bind_int64 (stmt, 2, number);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc != SQLITE_DONE)
    return (_byline_store_set_error (self, rc, error), -1);
  return 0;
}

/**
 * byline_store_find_linked_article:
 *
 * Returns: the id of the article linked to post @remote_id on @account,
 *   0 when there is none, -1 with @error set on failure
 */
gint64
byline_store_find_linked_article (BylineStore  *self,
                                  const char   *account,
                                  gint64        remote_id,
                                  GError      **error)
{
  g_return_val_if_fail (BYLINE_IS_STORE (self), -1);

  return find_id (self,
                  "SELECT l.article_id FROM article_links l JOIN accounts a ON a.id = l.account_id "
                  "WHERE a.name = ?1 AND l.remote_id = ?2 AND ?2 > 0",
                  account, remote_id, error);
}

/**
 * byline_store_find_article_by_uuid:
 *
 * Returns: the id of the article with @uuid, 0 when there is none, -1
 *   with @error set on failure
 */
gint64
byline_store_find_article_by_uuid (BylineStore  *self,
                                   const char   *uuid,
                                   GError      **error)
{
  g_return_val_if_fail (BYLINE_IS_STORE (self), -1);

  return find_id (self, "SELECT id FROM articles WHERE uuid = ?1 AND ?2 = 0", uuid, 0, error);
}

/**
 * byline_store_remove_link:
 *
 * Forgets where the article lives on @account (after the post was trashed).
 */
gboolean
byline_store_remove_link (BylineStore  *self,
                          gint64        article_id,
                          const char   *account,
                          GError      **error)
{
  g_return_val_if_fail (BYLINE_IS_STORE (self), FALSE);

  {
    BYLINE_STORE_LOCK (self);
    g_autoptr(BylineStmt) stmt = NULL;

    if (!(stmt = _byline_store_prepare (self,
            "DELETE FROM article_links WHERE article_id = ?1 "
            "AND account_id = (SELECT id FROM accounts WHERE name = ?2)", error)))
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, article_id);
    _byline_store_bind_text (stmt, 2, account);
    if (!_byline_store_step_done (self, stmt, error))
      return FALSE;
  }

  _byline_store_emit_changed_full (self, article_id, BYLINE_STORE_CHANGE_MODIFIED);
  return TRUE;
}

/* byline-store-accounts.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-store"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-store-private.h"

/* CMS accounts (never their passwords: those live in libsecret), the site
 * terms cached per account, and the cache of reader comments with their
 * moderation history. */

BylineAccount *
byline_account_new (const char *name,
                    const char *base_url,
                    const char *api_root,
                    const char *username,
                    const char *display_name)
{
  BylineAccount *account = g_new0 (BylineAccount, 1);

  account->name = g_strdup (name);
  account->base_url = g_strdup (base_url);
  account->api_root = g_strdup (api_root);
  account->username = g_strdup (username);
  account->display_name = g_strdup (display_name);
  return account;
}

void
byline_account_free (BylineAccount *account)
{
  if (account == NULL)
    return;
  g_free (account->name);
  g_free (account->base_url);
  g_free (account->api_root);
  g_free (account->username);
  g_free (account->display_name);
  g_free (account);
}

BylineTerm *
byline_term_new (gint64      remote_id,
                 const char *name,
                 const char *slug,
                 gint64      parent)
{
  BylineTerm *term = g_new0 (BylineTerm, 1);

  term->remote_id = remote_id;
  term->name = g_strdup (name);
  term->slug = g_strdup (slug);
  term->parent = parent;
  return term;
}

void
byline_term_free (BylineTerm *term)
{
  if (term == NULL)
    return;
  g_free (term->name);
  g_free (term->slug);
  g_free (term);
}

BylineCachedComment *
byline_cached_comment_new (void)
{
  BylineCachedComment *comment = g_new0 (BylineCachedComment, 1);

  comment->spam_score = -1;
  return comment;
}

void
byline_cached_comment_free (BylineCachedComment *comment)
{
  if (comment == NULL)
    return;
  g_free (comment->account);
  g_free (comment->post_headline);
  g_free (comment->author_name);
  g_free (comment->author_email);
  g_free (comment->author_url);
  g_free (comment->author_ip);
  g_free (comment->author_user_agent);
  g_free (comment->date_gmt);
  g_free (comment->status);
  g_free (comment->content);
  g_strfreev (comment->spam_reasons);
  g_free (comment->type);
  g_free (comment);
}

/**
 * byline_store_save_account:
 *
 * Inserts @account, or updates the one with the same name; sets
 * @account->id.
 */
gboolean
byline_store_save_account (BylineStore    *self,
                           BylineAccount  *account,
                           GError        **error)
{
  g_return_val_if_fail (BYLINE_IS_STORE (self), FALSE);
  g_return_val_if_fail (account != NULL && account->name != NULL, FALSE);

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;
  g_autoptr(BylineStmt) id = NULL;

  if (!(stmt = _byline_store_prepare (self,
          "INSERT INTO accounts (name, base_url, api_root, username, display_name) VALUES (?1, ?2, ?3, ?4, ?5) "
          "ON CONFLICT (name) DO UPDATE SET base_url = ?2, api_root = ?3, username = ?4, display_name = ?5",
          error)))
    return FALSE;
  _byline_store_bind_text (stmt, 1, account->name);
  _byline_store_bind_text (stmt, 2, account->base_url ? account->base_url : "");
  _byline_store_bind_text (stmt, 3, account->api_root ? account->api_root : "");
  _byline_store_bind_text (stmt, 4, account->username ? account->username : "");
  _byline_store_bind_text (stmt, 5, account->display_name ? account->display_name : "");
  if (!_byline_store_step_done (self, stmt, error))
    return FALSE;

  if (!(id = _byline_store_prepare (self, "SELECT id FROM accounts WHERE name = ?", error)))
    return FALSE;
  _byline_store_bind_text (id, 1, account->name);
  if (sqlite3_step (id) != SQLITE_ROW)
    return _byline_store_set_error (self, sqlite3_errcode (self->db), error);
  account->id = sqlite3_column_int64 (id, 0);
  _byline_store_emit_accounts_changed (self);
  return TRUE;
}

static BylineAccount *
account_from_row (BylineStmt *stmt)
{
  BylineAccount *account = byline_account_new ((const char *) sqlite3_column_text (stmt, 1),
                                               (const char *) sqlite3_column_text (stmt, 2),
                                               (const char *) sqlite3_column_text (stmt, 3),
                                               (const char *) sqlite3_column_text (stmt, 4),
                                               (const char *) sqlite3_column_text (stmt, 5));

  account->id = sqlite3_column_int64 (stmt, 0);
  return account;
}

/**
 * byline_store_list_accounts:
 *
 * Returns: (transfer full) (element-type BylineAccount): the accounts by name
 */
GPtrArray *
byline_store_list_accounts (BylineStore  *self,
                            GError      **error)
{
  g_autoptr(GPtrArray) accounts = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_account_free);
  int rc;

  g_return_val_if_fail (BYLINE_IS_STORE (self), NULL);

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (!(stmt = _byline_store_prepare (self, "SELECT id, name, base_url, api_root, username, display_name "
                                            "FROM accounts ORDER BY name", error)))
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (accounts, account_from_row (stmt));
  if (rc != SQLITE_DONE)
    return (_byline_store_set_error (self, rc, error), NULL);
  return g_steal_pointer (&accounts);
}

/**
 * byline_store_find_account:
 *
 * Returns: (transfer full): the account, or %NULL with @error set
 *   (%BYLINE_STORE_ERROR_NOT_FOUND when there is none by that name)
 */
BylineAccount *
byline_store_find_account (BylineStore  *self,
                           const char   *name,
                           GError      **error)
{
  int rc;

  g_return_val_if_fail (BYLINE_IS_STORE (self), NULL);

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (!(stmt = _byline_store_prepare (self, "SELECT id, name, base_url, api_root, username, display_name "
                                            "FROM accounts WHERE name = ?", error)))
    return NULL;
  _byline_store_bind_text (stmt, 1, name);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return account_from_row (stmt);
  if (rc == SQLITE_DONE)
    g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND,
                 _("No account named “%s”"), name);
  else
    _byline_store_set_error (self, rc, error);
  return NULL;
}

/**
 * byline_store_delete_account:
 *
 * Removes the account with its links, terms, cached comments and outbox rows.
 */
gboolean
byline_store_delete_account (BylineStore  *self,
                             const char   *name,
                             GError      **error)
{
  g_return_val_if_fail (BYLINE_IS_STORE (self), FALSE);

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (!(stmt = _byline_store_prepare (self, "DELETE FROM accounts WHERE name = ?", error)))
    return FALSE;
  _byline_store_bind_text (stmt, 1, name);
  if (!_byline_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND,
                   _("No account named “%s”"), name);
      return FALSE;
    }
  _byline_store_emit_accounts_changed (self);
  return TRUE;
}

/**
 * byline_store_replace_terms:
 * @kind: "category", "tag" or "author"
 * @terms: (element-type BylineTerm): everything the site has of @kind
 *
 * Replaces the cached terms of one kind for one account, in one transaction.
 */
gboolean
byline_store_replace_terms (BylineStore  *self,
                            const char   *account,
                            const char   *kind,
                            GPtrArray    *terms,
                            GError      **error)
{
  g_autoptr(BylineAccount) found = NULL;

  g_return_val_if_fail (BYLINE_IS_STORE (self), FALSE);
  g_return_val_if_fail (terms != NULL, FALSE);

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) clear = NULL;

  if (!(found = byline_store_find_account (self, account, error)) ||
      !_byline_store_begin (self, error))
    return FALSE;

  if (!(clear = _byline_store_prepare (self, "DELETE FROM terms WHERE account_id = ? AND kind = ?", error)))
    goto fail;
  sqlite3_bind_int64 (clear, 1, found->id);
  _byline_store_bind_text (clear, 2, kind);
  if (!_byline_store_step_done (self, clear, error))
    goto fail;

  for (guint i = 0; i < terms->len; i++)
    {
      BylineTerm *term = g_ptr_array_index (terms, i);
      g_autoptr(BylineStmt) insert = _byline_store_prepare (self,

          "INSERT OR REPLACE INTO terms (account_id, kind, remote_id, name, slug, parent) VALUES (?, ?, ?, ?, ?, ?)",
          error);

      if (insert == NULL)
        goto fail;
      sqlite3_bind_int64 (insert, 1, found->id);
      _byline_store_bind_text (insert, 2, kind);
      sqlite3_bind_int64 (insert, 3, term->remote_id);
      _byline_store_bind_text (insert, 4, term->name ? term->name : "");
      _byline_store_bind_text (insert, 5, term->slug ? term->slug : "");
      sqlite3_bind_int64 (insert, 6, term->parent);
      if (!_byline_store_step_done (self, insert, error))
        goto fail;
    }

  return _byline_store_commit (self, error);

fail:
  _byline_store_rollback (self);
  return FALSE;
}

/**
 * byline_store_list_terms:
 *
 * Returns: (transfer full) (element-type BylineTerm): the cached terms by name
 */
GPtrArray *
byline_store_list_terms (BylineStore  *self,
                         const char   *account,
                         const char   *kind,
                         GError      **error)
{
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_term_free);
  int rc;

  g_return_val_if_fail (BYLINE_IS_STORE (self), NULL);

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (!(stmt = _byline_store_prepare (self,
          "SELECT t.remote_id, t.name, t.slug, t.parent FROM terms t JOIN accounts a ON a.id = t.account_id "
          "WHERE a.name = ? AND t.kind = ? ORDER BY t.name COLLATE NOCASE", error)))
    return NULL;
  _byline_store_bind_text (stmt, 1, account);
  _byline_store_bind_text (stmt, 2, kind);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (terms, byline_term_new (sqlite3_column_int64 (stmt, 0),
                                             (const char *) sqlite3_column_text (stmt, 1),
                                             (const char *) sqlite3_column_text (stmt, 2),
                                             sqlite3_column_int64 (stmt, 3)));
  if (rc != SQLITE_DONE)
    return (_byline_store_set_error (self, rc, error), NULL);
  return g_steal_pointer (&terms);
}

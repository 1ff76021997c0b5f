/* byline-store-outbox.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-store"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-store-private.h"

/* The outbox: every remote write (publish, moderate, reply, …) is first
 * recorded here, then sent. A row goes pending → sending → done, or →
 * failed (with last_error) and back to pending with a later next_attempt
 * when it is retried. Rows survive restarts; the sender picks the oldest
 * due row with byline_store_outbox_next_due(). */

#define OUTBOX_COLUMNS \
  "SELECT o.id, o.kind, a.name, o.target, o.payload, o.state, o.attempts, o.next_attempt, " \
  "       o.last_error, o.created FROM outbox o LEFT JOIN accounts a ON a.id = o.account_id "

void
byline_outbox_item_free (BylineOutboxItem *item)
{
  if (item == NULL)
    return;
  g_free (item->kind);
  g_free (item->account);
  g_free (item->payload);
  g_free (item->state);
  g_free (item->last_error);
  g_free (item);
}

static gboolean
valid_state (const char  *state,
             GError     **error)
{
  static const char *states[] = { "pending", "sending", "failed", "done" };

  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    if (g_strcmp0 (state, states[i]) == 0)
      return TRUE;

  g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID,
               _("Unknown outbox state “%s”"), state ? state : "");
  return FALSE;
}

static BylineOutboxItem *
item_from_row (BylineStmt *stmt)
{
  BylineOutboxItem *item = g_new0 (BylineOutboxItem, 1);

  item->id = sqlite3_column_int64 (stmt, 0);
  item->kind = _byline_store_column_text (stmt, 1);
  item->account = _byline_store_column_text (stmt, 2);
  item->target = sqlite3_column_int64 (stmt, 3);
  item->payload = _byline_store_column_text (stmt, 4);
  item->state = _byline_store_column_text (stmt, 5);
  item->attempts = sqlite3_column_int (stmt, 6);
  item->next_attempt = sqlite3_column_int64 (stmt, 7);
  item->last_error = _byline_store_column_text (stmt, 8);
  item->created = sqlite3_column_int64 (stmt, 9);
  return item;
}

/**
 * byline_store_outbox_enqueue:
 * @kind: what to do, e.g. "publish", "moderate", "reply"
 * @account: (nullable): the account's name (it must exist)
 * @target: the article id or local comment id the operation is about
 * @payload: (nullable): JSON with the operation's details
 *
 * Returns: the new row's id, or 0 with @error set
 */
gint64
byline_store_outbox_enqueue (BylineStore  *self,
                             const char   *kind,
                             const char   *account,
                             gint64        target,
                             const char   *payload,
                             GError      **error)
{
  gint64 now;

  g_return_val_if_fail (BYLINE_IS_STORE (self), 0);
  g_return_val_if_fail (kind != NULL, 0);

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (account != NULL)
    {
      g_autoptr(BylineAccount) found = byline_store_find_account (self, account, error);

      if (found == NULL)
        return 0;
    }
  now = _byline_store_now (self);
  if (!(stmt = _byline_store_prepare (self,
          "INSERT INTO outbox (kind, account_id, target, payload, state, next_attempt, created) "
          "VALUES (?1, (SELECT id FROM accounts WHERE name = ?2), ?3, ?4, 'pending', ?5, ?5)", error)))
    return 0;
  _byline_store_bind_text (stmt, 1, kind);
  _byline_store_bind_text (stmt, 2, account);
  sqlite3_bind_int64 (stmt, 3, target);
  _byline_store_bind_text (stmt, 4, payload ? payload : "{}");
  sqlite3_bind_int64 (stmt, 5, now);
  if (!_byline_store_step_done (self, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (self->db);
}

/**
 * byline_store_outbox_list:
 * @state: (nullable): only rows in this state; %NULL for all
 *
 * Returns: (transfer full) (element-type BylineOutboxItem): rows, oldest first
 */
GPtrArray *
byline_store_outbox_list (BylineStore  *self,
                          const char   *state,
                          GError      **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_outbox_item_free);
  int rc;

  g_return_val_if_fail (BYLINE_IS_STORE (self), NULL);

  if (state != NULL && !valid_state (state, error))
    return NULL;

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (!(stmt = _byline_store_prepare (self, OUTBOX_COLUMNS "WHERE ?1 IS NULL OR o.state = ?1 ORDER BY o.id", error)))
    return NULL;
  _byline_store_bind_text (stmt, 1, state);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, item_from_row (stmt));
  if (rc != SQLITE_DONE)
    return (_byline_store_set_error (self, rc, error), NULL);
  return g_steal_pointer (&items);
}

/**
 * byline_store_outbox_get:
 * @id: the row's id
 *
 * Returns: (transfer full): the row, or %NULL with @error set
 *   (%BYLINE_STORE_ERROR_NOT_FOUND when there is none)
 */
BylineOutboxItem *
byline_store_outbox_get (BylineStore  *self,
                         gint64        id,
                         GError      **error)
{
  int rc;

  g_return_val_if_fail (BYLINE_IS_STORE (self), NULL);

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (!(stmt = _byline_store_prepare (self, OUTBOX_COLUMNS "WHERE o.id = ?", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return item_from_row (stmt);
  if (rc != SQLITE_DONE)
    _byline_store_set_error (self, rc, error);
  else
    g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND,
                 _("No outbox entry with id %lld"), (long long) id);
  return NULL;
}

/**
 * byline_store_outbox_next_due:
 *
 * Returns: (transfer full) (nullable): the oldest pending or failed row
 *   whose next attempt is due now, or %NULL (also on error: check @error)
 */
BylineOutboxItem *
byline_store_outbox_next_due (BylineStore  *self,
                              GError      **error)
{
  int rc;

  g_return_val_if_fail (BYLINE_IS_STORE (self), NULL);

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (!(stmt = _byline_store_prepare (self, OUTBOX_COLUMNS "WHERE o.state IN ('pending', 'failed') "
                                            "AND o.next_attempt <= ? ORDER BY o.next_attempt, o.id LIMIT 1", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, _byline_store_now (self));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return item_from_row (stmt);
  if (rc != SQLITE_DONE)
    _byline_store_set_error (self, rc, error);
  return NULL;
}

/**
 * byline_store_outbox_mark:
 * @state: the new state
 * @last_error: (nullable): why it failed (kept when %NULL and state is failed)
 * @next_attempt: when to try again (Unix time, seconds), for failed/pending
 *
 * Moves a row to @state; "sending" counts an attempt.
 */
gboolean
byline_store_outbox_mark (BylineStore  *self,
                          gint64        id,
                          const char   *state,
                          const char   *last_error,
                          gint64        next_attempt,
                          GError      **error)
{
  g_return_val_if_fail (BYLINE_IS_STORE (self), FALSE);

  if (!valid_state (state, error))
    return FALSE;

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (!(stmt = _byline_store_prepare (self,
          "UPDATE outbox SET state = ?2, attempts = attempts + (?2 = 'sending'), "
          "  last_error = coalesce (?3, last_error), next_attempt = ?4 WHERE id = ?1", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  _byline_store_bind_text (stmt, 2, state);
  _byline_store_bind_text (stmt, 3, last_error);
  sqlite3_bind_int64 (stmt, 4, next_attempt);
  if (!_byline_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND,
                   _("No outbox entry with id %lld"), (long long) id);
      return FALSE;
    }
  return TRUE;
}

/**
 * byline_store_outbox_claim:
 * @claimed: (out): whether this caller got the row
 *
 * Moves a waiting row ("pending" or "failed") to "sending", counting an
 * attempt, in one statement: of two processes sending the same row (the
 * window and a `byline comments sync`), one gets it; for the other,
 * @claimed is %FALSE (the row is being sent, was sent or is gone). A row
 * "sending" since more than %BYLINE_OUTBOX_CLAIM_STALE seconds was left
 * by a process that ended (Ctrl+C, a crash) and is taken again (the
 * senders look before they create again, see byline-comment-outbox.c).
 *
 * Returns: %FALSE with @error set when the store failed
 */
gboolean
byline_store_outbox_claim (BylineStore  *self,
                           gint64        id,
                           gint64        now,
                           gboolean     *claimed,
                           GError      **error)
{
  g_return_val_if_fail (BYLINE_IS_STORE (self), FALSE);
  g_return_val_if_fail (claimed != NULL, FALSE);

  *claimed = FALSE;
  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (!(stmt = _byline_store_prepare (self,
          "UPDATE outbox SET state = 'sending', attempts = attempts + 1, next_attempt = ?2 "
          "WHERE id = ?1 AND (state IN ('pending', 'failed') OR (state = 'sending' AND next_attempt <= ?3))",
          error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, now);
  sqlite3_bind_int64 (stmt, 3, now - BYLINE_OUTBOX_CLAIM_STALE);
  if (!_byline_store_step_done (self, stmt, error))
    return FALSE;
  *claimed = sqlite3_changes (self->db) == 1;
  return TRUE;
}

/**
 * byline_store_outbox_release_stale:
 * @now: the time (Unix seconds) the claims are judged at
 *
 * Puts back the rows "sending" since more than %BYLINE_OUTBOX_CLAIM_STALE
 * seconds (left by a process that ended) as pending and due at @now, in
 * one statement: a row another process claimed since is not stale any
 * more and stays its. A recent claim is left alone: another process (a
 * `byline` command beside the window) may be sending it at this moment.
 *
 * Returns: how many rows were put back, or -1 with @error set
 */
gint64
byline_store_outbox_release_stale (BylineStore  *self,
                                   gint64        now,
                                   GError      **error)
{
  g_return_val_if_fail (BYLINE_IS_STORE (self), -1);

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (!(stmt = _byline_store_prepare (self,
          "UPDATE outbox SET state = 'pending', next_attempt = ?1 "
          "WHERE state = 'sending' AND next_attempt <= ?2",
          error)))
    return -1;
  sqlite3_bind_int64 (stmt, 1, now);
  sqlite3_bind_int64 (stmt, 2, now - BYLINE_OUTBOX_CLAIM_STALE);
  if (!_byline_store_step_done (self, stmt, error))
    return -1;
  return sqlite3_changes (self->db);
}

/**
 * byline_store_outbox_count:
 * @state: (nullable): only rows in this state
 *
 * Returns: the number of rows, or -1 with @error set
 */
gint64
byline_store_outbox_count (BylineStore  *self,
                           const char   *state,
                           GError      **error)
{
  g_return_val_if_fail (BYLINE_IS_STORE (self), -1);

  if (state != NULL && !valid_state (state, error))
    return -1;

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (!(stmt = _byline_store_prepare (self, "SELECT count(*) FROM outbox WHERE ?1 IS NULL OR state = ?1", error)))
    return -1;
  _byline_store_bind_text (stmt, 1, state);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return (_byline_store_set_error (self, sqlite3_errcode (self->db), error), -1);
  return sqlite3_column_int64 (stmt, 0);
}

/* byline-store-watch.c: the store's accounts-changed signal, for this
 * process's changes and, once watched, for another's
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A `byline account add` while the window is open commits to the same
 * database from another process: a monitor on the database's folder
 * sees its files change, and 200 ms later (once, however many writes)
 * the accounts are read again and compared with those seen.
 */

#define G_LOG_DOMAIN "byline-store"

#include "config.h"

#include "byline-store-private.h"

static gboolean
emit_accounts_changed_cb (gpointer user_data)
{
  _byline_store_accounts_changed (user_data);
  return G_SOURCE_REMOVE;
}

/* Emits accounts-changed soon, in the main context the store was made in
 * (after the caller's transaction) */
void
_byline_store_emit_accounts_changed (BylineStore *self)
{
  g_autoptr(GSource) source = g_idle_source_new ();

  g_source_set_callback (source, emit_accounts_changed_cb, g_object_ref (self), g_object_unref);
  g_source_attach (source, self->context);
}

/* The accounts as one string, to see whether they changed */
static char *
accounts_signature (BylineStore *self)
{
  g_autoptr(GPtrArray) accounts = byline_store_list_accounts (self, NULL);
  GString *signature = g_string_new (NULL);

  for (guint i = 0; accounts != NULL && i < accounts->len; i++)
    {
      BylineAccount *account = g_ptr_array_index (accounts, i);

      g_string_append_printf (signature, "%s\n%s\n%s\n%s\n", account->name, account->base_url,
                              account->api_root, account->username);
    }
  return g_string_free (signature, FALSE);
}

static gboolean
check_accounts_cb (gpointer user_data)
{
  BylineStore *self = user_data;
  g_autofree char *signature = accounts_signature (self);

  g_clear_pointer (&self->watch_source, g_source_unref);
  if (g_strcmp0 (signature, self->accounts_seen) != 0)
    {
      g_free (self->accounts_seen);
      self->accounts_seen = g_steal_pointer (&signature);
      _byline_store_accounts_changed (self);
    }
  return G_SOURCE_REMOVE;
}

static void
database_changed_cb (GFileMonitor      *monitor,
                     GFile             *file,
                     GFile             *other,
                     GFileMonitorEvent  event,
                     BylineStore       *self)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *own = g_path_get_basename (self->path);

  /* The database, its -wal and -journal files, not the pictures beside it */
  if (self->watch_source != NULL || !g_str_has_prefix (name, own))
    return;
  self->watch_source = g_timeout_source_new (200);
  g_source_set_callback (self->watch_source, check_accounts_cb, self, NULL);
  g_source_attach (self->watch_source, self->context);
}

/**
 * byline_store_watch:
 *
 * Watches the database for commits by other processes (a `byline account
 * add` while the window is open): #BylineStore::accounts-changed is then
 * emitted for their accounts too. Idempotent; a store of a file only.
 */
void
byline_store_watch (BylineStore *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) dir = NULL;

  g_return_if_fail (BYLINE_IS_STORE (self));

  if (self->monitor != NULL || self->path == NULL || g_str_equal (self->path, ":memory:"))
    return;
  file = g_file_new_for_path (self->path);
  dir = g_file_get_parent (file);
  if (dir == NULL || !(self->monitor = g_file_monitor_directory (dir, G_FILE_MONITOR_NONE, NULL, NULL)))
    return;
  g_file_monitor_set_rate_limit (self->monitor, 200);
  self->accounts_seen = accounts_signature (self);
  g_signal_connect (self->monitor, "changed", G_CALLBACK (database_changed_cb), self);
}

/* Stops watching (the store is being finalised) */
void
_byline_store_watch_close (BylineStore *self)
{
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  if (self->watch_source != NULL)
    g_source_destroy (self->watch_source);
  g_clear_pointer (&self->watch_source, g_source_unref);
  g_clear_pointer (&self->accounts_seen, g_free);
}

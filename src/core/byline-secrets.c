/* byline-secrets.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-secrets"

#include "config.h"

#include <glib/gi18n.h>
#include <libsecret/secret.h>

#include "byline-secrets.h"

G_DEFINE_QUARK (byline-secrets-error-quark, byline_secrets_error)

static const SecretSchema *
account_schema (void)
{
  static const SecretSchema schema = {
    "app.byline.Byline.Account", SECRET_SCHEMA_NONE,
    {
      { "account", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "url", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "user", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    }
  };

  return &schema;
}

static GHashTable *
attributes (const char *account,
            const char *url,
            const char *user)
{
  return secret_attributes_build (account_schema (),
                                  "account", account,
                                  "url", url,
                                  "user", user,
                                  NULL);
}

static char *
label (const char *account)
{
  /* Translators: the label of the password in the keyring */
  return g_strdup_printf (_("Byline: WordPress application password for %s"), account);
}

/* Secret Service failures in plain words; the original message may name
 * D-Bus internals. */
static void
wrap_error (GError **error,
            GError  *secret_error)
{
  if (secret_error == NULL)
    return;
  if (g_error_matches (secret_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, secret_error);
      return;
    }
  g_set_error (error, BYLINE_SECRETS_ERROR, BYLINE_SECRETS_ERROR_UNAVAILABLE,
               _("The keyring (Secret Service) is not available: %s"), secret_error->message);
  g_error_free (secret_error);
}

static void
store_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *secret_error = NULL;
  GError *error = NULL;

  if (!secret_password_store_finish (result, &secret_error))
    {
      wrap_error (&error, secret_error);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

/**
 * byline_secrets_store_async:
 *
 * Stores (or replaces) the application password of an account in the
 * default keyring.
 */
void
byline_secrets_store_async (const char          *account,
                            const char          *url,
                            const char          *user,
                            const char          *password,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GHashTable) attrs = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (account != NULL && url != NULL && user != NULL && password != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, byline_secrets_store_async);
  attrs = attributes (account, url, user);
  text = label (account);
  secret_password_storev (account_schema (), attrs, SECRET_COLLECTION_DEFAULT, text, password,
                          cancellable, store_cb, g_steal_pointer (&task));
}

gboolean
byline_secrets_store_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
byline_secrets_store_sync (const char    *account,
                           const char    *url,
                           const char    *user,
                           const char    *password,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(GHashTable) attrs = NULL;
  g_autofree char *text = NULL;
  GError *secret_error = NULL;

  g_return_val_if_fail (account != NULL && url != NULL && user != NULL && password != NULL, FALSE);

  attrs = attributes (account, url, user);
  text = label (account);
  if (!secret_password_storev_sync (account_schema (), attrs, SECRET_COLLECTION_DEFAULT, text,
                                    password, cancellable, &secret_error))
    {
      wrap_error (error, secret_error);
      return FALSE;
    }
  return TRUE;
}

static void
lookup_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *secret_error = NULL;
  GError *error = NULL;
  char *password;

  password = secret_password_lookup_finish (result, &secret_error);
  if (secret_error != NULL)
    {
      wrap_error (&error, secret_error);
      g_task_return_error (task, error);
    }
  else if (password == NULL)
    g_task_return_new_error (task, BYLINE_SECRETS_ERROR, BYLINE_SECRETS_ERROR_NOT_FOUND,
                             _("No password is stored for this account"));
  else
    g_task_return_pointer (task, password, (GDestroyNotify) secret_password_free);
}

/**
 * byline_secrets_lookup_async:
 *
 * Finishes with the password (free it with byline_secrets_password_free()),
 * or %BYLINE_SECRETS_ERROR_NOT_FOUND.
 */
void
byline_secrets_lookup_async (const char          *account,
                             const char          *url,
                             const char          *user,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GHashTable) attrs = NULL;

  g_return_if_fail (account != NULL && url != NULL && user != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, byline_secrets_lookup_async);
  attrs = attributes (account, url, user);
  secret_password_lookupv (account_schema (), attrs, cancellable, lookup_cb, g_steal_pointer (&task));
}

char *
byline_secrets_lookup_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

char *
byline_secrets_lookup_sync (const char    *account,
                            const char    *url,
                            const char    *user,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(GHashTable) attrs = NULL;
  GError *secret_error = NULL;
  char *password;

  g_return_val_if_fail (account != NULL && url != NULL && user != NULL, NULL);

  attrs = attributes (account, url, user);
  password = secret_password_lookupv_sync (account_schema (), attrs, cancellable, &secret_error);
  if (secret_error != NULL)
    {
      wrap_error (error, secret_error);
      return NULL;
    }
  if (password == NULL)
    g_set_error_literal (error, BYLINE_SECRETS_ERROR, BYLINE_SECRETS_ERROR_NOT_FOUND,
                         _("No password is stored for this account"));
  return password;
}

static void
clear_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *secret_error = NULL;
  GError *error = NULL;

  /* FALSE without an error: there was nothing to clear, which is fine. */
  secret_password_clear_finish (result, &secret_error);
  if (secret_error != NULL)
    {
      wrap_error (&error, secret_error);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

void
byline_secrets_clear_async (const char          *account,
                            const char          *url,
                            const char          *user,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GHashTable) attrs = NULL;

  g_return_if_fail (account != NULL && url != NULL && user != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, byline_secrets_clear_async);
  attrs = attributes (account, url, user);
  secret_password_clearv (account_schema (), attrs, cancellable, clear_cb, g_steal_pointer (&task));
}

gboolean
byline_secrets_clear_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
byline_secrets_clear_sync (const char    *account,
                           const char    *url,
                           const char    *user,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(GHashTable) attrs = NULL;
  GError *secret_error = NULL;

  g_return_val_if_fail (account != NULL && url != NULL && user != NULL, FALSE);

  attrs = attributes (account, url, user);
  secret_password_clearv_sync (account_schema (), attrs, cancellable, &secret_error);
  if (secret_error != NULL)
    {
      wrap_error (error, secret_error);
      return FALSE;
    }
  return TRUE;
}

/**
 * byline_secrets_get_password:
 *
 * The password to use for an account: the keyring's; when the keyring has
 * none or there is no Secret Service (scripts, CI, a headless server), the
 * `BYLINE_PASSWORD` environment variable. Blocks: call it from a worker
 * thread or the command line.
 *
 * Returns: the password (free with byline_secrets_password_free()), or
 *   %NULL with %BYLINE_SECRETS_ERROR_NOT_FOUND.
 */
char *
byline_secrets_get_password (const char    *account,
                             const char    *url,
                             const char    *user,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *env;
  char *password;

  password = byline_secrets_lookup_sync (account, url, user, cancellable, &local_error);
  if (password != NULL)
    return password;

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  env = g_getenv ("BYLINE_PASSWORD");
  if (env != NULL && *env != '\0')
    return g_strdup (env);

  g_set_error (error, BYLINE_SECRETS_ERROR, BYLINE_SECRETS_ERROR_NOT_FOUND,
               _("No application password for account “%s”: add the account again, or set BYLINE_PASSWORD"),
               account);
  return NULL;
}

/**
 * byline_secrets_password_free:
 *
 * Wipes and frees a password from this module.
 */
void
byline_secrets_password_free (char *password)
{
  secret_password_free (password);
}

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

/* How long the Secret Service may take to answer (a user typing the
 * keyring's password into its unlock prompt included) before Byline
 * gives up on it: a prompt no one can answer (a headless session whose
 * keyring has no login collection yet) would otherwise wait for ever. */
static guint timeout_seconds = 30;

/**
 * _byline_secrets_set_timeout:
 *
 * Sets how many seconds a keyring call may take (tests).
 */
void
_byline_secrets_set_timeout (guint seconds)
{
  timeout_seconds = seconds;
}

/* A keyring call's deadline: a thread that cancels the call's own
 * cancellable when the time is up (a synchronous libsecret call runs its
 * own main loop in the caller's thread, so no timeout source can). The
 * caller's cancellable cancels it too. */
typedef struct
{
  GMutex        lock;
  GCond         cond;
  gboolean      finished;
  gboolean      expired;
  gint64        end_time;
  GCancellable *cancellable;
  GCancellable *caller;
  gulong        caller_id;
  GThread      *thread;
} Deadline;

static gpointer
deadline_thread (gpointer data)
{
  Deadline *deadline = data;
  gboolean expired = FALSE;

  g_mutex_lock (&deadline->lock);
  while (!deadline->finished && !expired)
    expired = !g_cond_wait_until (&deadline->cond, &deadline->lock, deadline->end_time) && !deadline->finished;
  deadline->expired = expired;
  g_mutex_unlock (&deadline->lock);
  if (expired)
    g_cancellable_cancel (deadline->cancellable);
  return NULL;
}

static void
caller_cancelled_cb (GCancellable *caller,
                     GCancellable *cancellable)
{
  g_cancellable_cancel (cancellable);
}

static void
deadline_start (Deadline     *deadline,
                GCancellable *caller)
{
  g_mutex_init (&deadline->lock);
  g_cond_init (&deadline->cond);
  deadline->finished = FALSE;
  deadline->expired = FALSE;
  deadline->end_time = g_get_monotonic_time () + (gint64) timeout_seconds * G_TIME_SPAN_SECOND;
  deadline->cancellable = g_cancellable_new ();
  deadline->caller = caller != NULL ? g_object_ref (caller) : NULL;
  deadline->caller_id = caller != NULL ? g_cancellable_connect (caller, G_CALLBACK (caller_cancelled_cb),
                                                                deadline->cancellable, NULL) : 0;
  deadline->thread = g_thread_new ("byline-keyring-deadline", deadline_thread, deadline);
}

/* Ends @deadline; turns @secret_error, if the deadline cancelled the
 * call, into the keyring not answering. */
static void
deadline_finish (Deadline  *deadline,
                 GError   **secret_error)
{
  g_mutex_lock (&deadline->lock);
  deadline->finished = TRUE;
  g_cond_signal (&deadline->cond);
  g_mutex_unlock (&deadline->lock);
  g_thread_join (deadline->thread);
  if (deadline->caller != NULL)
    g_cancellable_disconnect (deadline->caller, deadline->caller_id);
  if (deadline->expired && *secret_error != NULL &&
      g_error_matches (*secret_error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
      !g_cancellable_is_cancelled (deadline->caller))
    {
      g_clear_error (secret_error);
      g_set_error (secret_error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                   _("it did not answer within %u seconds (is it locked, waiting for a password no one can "
                     "type?)"), timeout_seconds);
    }
  g_clear_object (&deadline->cancellable);
  g_clear_object (&deadline->caller);
  g_mutex_clear (&deadline->lock);
  g_cond_clear (&deadline->cond);
}

/* The asynchronous calls run the synchronous ones on a worker thread, so
 * each operation is written once. */
typedef enum {
  OP_STORE,
  OP_LOOKUP,
  OP_CLEAR,
} SecretsOp;

typedef struct {
  SecretsOp  op;
  char      *account;
  char      *url;
  char      *user;
  char      *password;
} SecretsCall;

static void
secrets_call_free (SecretsCall *call)
{
  g_free (call->account);
  g_free (call->url);
  g_free (call->user);
  if (call->password != NULL)
    secret_password_wipe (call->password);
  g_free (call->password);
  g_free (call);
}

static void
secrets_call_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  SecretsCall *call = task_data;
  GError *error = NULL;
  char *password;

  switch (call->op)
    {
    case OP_STORE:
      if (byline_secrets_store_sync (call->account, call->url, call->user, call->password,
                                     cancellable, &error))
        g_task_return_boolean (task, TRUE);
      else
        g_task_return_error (task, error);
      break;

    case OP_LOOKUP:
      password = byline_secrets_lookup_sync (call->account, call->url, call->user,
                                             cancellable, &error);
      if (password != NULL)
        g_task_return_pointer (task, password, (GDestroyNotify) secret_password_free);
      else
        g_task_return_error (task, error);
      break;

    case OP_CLEAR:
      if (byline_secrets_clear_sync (call->account, call->url, call->user, cancellable, &error))
        g_task_return_boolean (task, TRUE);
      else
        g_task_return_error (task, error);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
secrets_call_start (SecretsOp            op,
                    gpointer             source_tag,
                    const char          *account,
                    const char          *url,
                    const char          *user,
                    const char          *password,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SecretsCall *call;

  call = g_new0 (SecretsCall, 1);
  call->op = op;
  call->account = g_strdup (account);
  call->url = g_strdup (url);
  call->user = g_strdup (user);
  call->password = g_strdup (password);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, call, (GDestroyNotify) secrets_call_free);
  g_task_run_in_thread (task, secrets_call_thread);
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
  g_return_if_fail (account != NULL && url != NULL && user != NULL && password != NULL);

  secrets_call_start (OP_STORE, byline_secrets_store_async, account, url, user, password,
                      cancellable, callback, user_data);
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
  Deadline deadline;

  g_return_val_if_fail (account != NULL && url != NULL && user != NULL && password != NULL, FALSE);

  attrs = attributes (account, url, user);
  text = label (account);
  deadline_start (&deadline, cancellable);
  secret_password_storev_sync (account_schema (), attrs, SECRET_COLLECTION_DEFAULT, text,
                               password, deadline.cancellable, &secret_error);
  deadline_finish (&deadline, &secret_error);
  if (secret_error != NULL)
    {
      wrap_error (error, secret_error);
      return FALSE;
    }
  return TRUE;
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
  g_return_if_fail (account != NULL && url != NULL && user != NULL);

  secrets_call_start (OP_LOOKUP, byline_secrets_lookup_async, account, url, user, NULL,
                      cancellable, callback, user_data);
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
  Deadline deadline;
  char *password;

  g_return_val_if_fail (account != NULL && url != NULL && user != NULL, NULL);

  attrs = attributes (account, url, user);
  deadline_start (&deadline, cancellable);
  password = secret_password_lookupv_sync (account_schema (), attrs, deadline.cancellable, &secret_error);
  deadline_finish (&deadline, &secret_error);
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

void
byline_secrets_clear_async (const char          *account,
                            const char          *url,
                            const char          *user,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_return_if_fail (account != NULL && url != NULL && user != NULL);

  secrets_call_start (OP_CLEAR, byline_secrets_clear_async, account, url, user, NULL,
                      cancellable, callback, user_data);
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
  Deadline deadline;

  g_return_val_if_fail (account != NULL && url != NULL && user != NULL, FALSE);

  /* FALSE without an error: there was nothing to clear, which is fine. */
  attrs = attributes (account, url, user);
  deadline_start (&deadline, cancellable);
  secret_password_clearv_sync (account_schema (), attrs, deadline.cancellable, &secret_error);
  deadline_finish (&deadline, &secret_error);
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

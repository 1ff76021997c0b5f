/* byline-accounts.c: CMS accounts, their passwords and their CMS clients
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-accounts"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-accounts.h"
#include "byline-cms-sync.h"
#include "byline-cms-wordpress.h"
#include "byline-secrets.h"

G_DEFINE_QUARK (byline-accounts-error-quark, byline_accounts_error)

/**
 * byline_accounts_default_name:
 *
 * Returns: (transfer full) (nullable): the site's host, with `:port` when
 *   the URL names one, or %NULL when @url is not an http(s) URL
 */
char *
byline_accounts_default_name (const char *url)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  const char *scheme;

  if (uri == NULL || g_uri_get_host (uri) == NULL || g_uri_get_host (uri)[0] == '\0')
    return NULL;
  scheme = g_uri_get_scheme (uri);
  if (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0)
    return NULL;
  if (g_uri_get_port (uri) > 0)
    return g_strdup_printf ("%s:%d", g_uri_get_host (uri), g_uri_get_port (uri));
  return g_strdup (g_uri_get_host (uri));
}

/**
 * byline_accounts_site_key:
 *
 * The site @url names, the same however the URL was typed: host in
 * lowercase, `:port` unless it is the scheme's default, then the path
 * without trailing slashes; the scheme is left out (a site moved to https
 * is the same site, with the same posts).
 *
 * Returns: (transfer full) (nullable): e.g. `example.com/news`, or %NULL
 *   when @url is not an http(s) URL
 */
char *
byline_accounts_site_key (const char *url)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  g_autofree char *host = NULL;
  g_autofree char *path = NULL;
  gboolean https;
  int port;
  gsize len;

  if (uri == NULL || g_uri_get_host (uri) == NULL || g_uri_get_host (uri)[0] == '\0')
    return NULL;
  https = g_ascii_strcasecmp (g_uri_get_scheme (uri), "https") == 0;
  if (!https && g_ascii_strcasecmp (g_uri_get_scheme (uri), "http") != 0)
    return NULL;
  host = g_ascii_strdown (g_uri_get_host (uri), -1);
  path = g_strdup (g_uri_get_path (uri));
  len = strlen (path);
  while (len > 0 && path[len - 1] == '/')
    path[--len] = '\0';
  port = g_uri_get_port (uri);
  if (port > 0 && port != (https ? 443 : 80))
    return g_strdup_printf ("%s:%d%s", host, port, path);
  return g_strconcat (host, path, NULL);
}

/**
 * byline_accounts_open_cms:
 *
 * The CMS client of @account, bound to the thread-default main context.
 * Blocks on libsecret.
 *
 * Returns: (transfer full): the client, or %NULL with @error set
 */
BylineCms *
byline_accounts_open_cms (BylineStore   *store,
                          const char    *account,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(BylineAccount) found = NULL;
  BylineCmsWordpress *cms;
  char *password;

  g_return_val_if_fail (BYLINE_IS_STORE (store), NULL);
  g_return_val_if_fail (account != NULL, NULL);

  if (!(found = byline_store_find_account (store, account, error)))
    return NULL;
  password = byline_secrets_get_password (found->name, found->base_url, found->username, cancellable, error);
  if (password == NULL)
    return NULL;
  cms = byline_cms_wordpress_new (found->base_url, found->username, password);
  byline_secrets_password_free (password);
  if (found->api_root != NULL && found->api_root[0] != '\0')
    byline_cms_wordpress_set_api_root (cms, found->api_root);
  return BYLINE_CMS (cms);
}

static GPtrArray *
terms_from_cms (GPtrArray *list)
{
  GPtrArray *terms = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_term_free);

  for (guint i = 0; i < list->len; i++)
    {
      BylineCmsTerm *term = g_ptr_array_index (list, i);

      g_ptr_array_add (terms, byline_term_new (term->id, term->name, term->slug, term->parent));
    }
  return terms;
}

/**
 * byline_accounts_store_terms:
 * @categories: (element-type BylineCmsTerm): the site's categories
 * @tags: (element-type BylineCmsTerm): the site's tags
 * @users: (element-type BylineCmsUser): the site's authors
 *
 * Caches what the site has in the store (byline_store_list_terms() with
 * "category", "tag", "author").
 */
gboolean
byline_accounts_store_terms (BylineStore  *store,
                             const char   *account,
                             GPtrArray    *categories,
                             GPtrArray    *tags,
                             GPtrArray    *users,
                             GError      **error)
{
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(GPtrArray) authors = NULL;

  terms = terms_from_cms (categories);
  if (!byline_store_replace_terms (store, account, "category", terms, error))
    return FALSE;
  g_clear_pointer (&terms, g_ptr_array_unref);
  terms = terms_from_cms (tags);
  if (!byline_store_replace_terms (store, account, "tag", terms, error))
    return FALSE;

  authors = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_term_free);
  for (guint i = 0; i < users->len; i++)
    {
      BylineCmsUser *user = g_ptr_array_index (users, i);

      g_ptr_array_add (authors, byline_term_new (user->id, user->name, user->slug, 0));
    }
  return byline_store_replace_terms (store, account, "author", authors, error);
}

/**
 * byline_accounts_ask_terms:
 * @results: (out caller-allocates): %BYLINE_ACCOUNTS_TERM_REQUESTS slots,
 *   %NULL, filled as byline_cms_result_cb() does
 *
 * Sends the requests for the site's categories, tags and authors, all in
 * flight at once; byline_cms_wait_all() waits for them and
 * byline_accounts_take_terms() reads them.
 */
void
byline_accounts_ask_terms (BylineCms     *cms,
                           GCancellable  *cancellable,
                           GAsyncResult **results)
{
  g_autoptr(BylineCmsQuery) query = byline_cms_query_new ();

  query->page = 0;
  query->per_page = 100;
  byline_cms_list_terms_async (cms, BYLINE_CMS_TERM_CATEGORY, query, cancellable, byline_cms_result_cb, &results[0]);
  byline_cms_list_terms_async (cms, BYLINE_CMS_TERM_TAG, query, cancellable, byline_cms_result_cb, &results[1]);
  byline_cms_list_users_async (cms, query, cancellable, byline_cms_result_cb, &results[2]);
}

/**
 * byline_accounts_take_terms:
 * @results: the slots byline_accounts_ask_terms() filled, all answered;
 *   emptied (each result released) whatever happens
 *
 * Caches the answers with byline_accounts_store_terms().
 */
gboolean
byline_accounts_take_terms (BylineStore   *store,
                            BylineCms     *cms,
                            const char    *account,
                            GAsyncResult **results,
                            GError       **error)
{
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GPtrArray) tags = NULL;
  g_autoptr(GPtrArray) users = NULL;
  gboolean ok;

  categories = byline_cms_list_terms_finish (cms, results[0], error);
  tags = categories ? byline_cms_list_terms_finish (cms, results[1], error) : NULL;
  users = tags ? byline_cms_list_users_finish (cms, results[2], error) : NULL;
  ok = users != NULL && byline_accounts_store_terms (store, account, categories, tags, users, error);
  for (guint i = 0; i < BYLINE_ACCOUNTS_TERM_REQUESTS; i++)
    g_clear_object (&results[i]);
  return ok;
}

/**
 * byline_accounts_refresh_terms_sync:
 *
 * Fetches the site's categories, tags and authors (three requests in
 * flight at once) and caches them with byline_accounts_store_terms().
 */
gboolean
byline_accounts_refresh_terms_sync (BylineStore   *store,
                                    BylineCms     *cms,
                                    const char    *account,
                                    GCancellable  *cancellable,
                                    GError       **error)
{
  GAsyncResult *results[BYLINE_ACCOUNTS_TERM_REQUESTS] = { NULL, };

  byline_accounts_ask_terms (cms, cancellable, results);
  byline_cms_wait_all (results, G_N_ELEMENTS (results));
  return byline_accounts_take_terms (store, cms, account, results, error);
}

/**
 * byline_accounts_add_sync:
 * @name: (nullable): the account's name; %NULL for the site's host[:port]
 *
 * Verifies the credentials with `users/me?context=edit` (a wrong password
 * is refused, not run as anonymous), stores the password with libsecret,
 * the account in the store, and caches the site's terms. When there is no
 * Secret Service, the account is still added if @password is what
 * `BYLINE_PASSWORD` holds (scripts and CI read it from there).
 *
 * Returns: (transfer full): the saved account, or %NULL with @error set
 */
BylineAccount *
byline_accounts_add_sync (BylineStore   *store,
                          const char    *url,
                          const char    *user,
                          const char    *password,
                          const char    *name,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(BylineCmsWordpress) cms = NULL;
  g_autoptr(BylineCmsUser) me = NULL;
  g_autoptr(BylineAccount) account = NULL;
  g_autoptr(BylineAccount) existing = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *default_name = NULL;

  g_return_val_if_fail (BYLINE_IS_STORE (store), NULL);
  g_return_val_if_fail (url != NULL && user != NULL && password != NULL, NULL);

  if (!(default_name = byline_accounts_default_name (url)))
    {
      g_set_error (error, BYLINE_ACCOUNTS_ERROR, BYLINE_ACCOUNTS_ERROR_INVALID_URL,
                   _("“%s” is not a web address (http:// or https://)"), url);
      return NULL;
    }
  if (name == NULL || name[0] == '\0')
    name = default_name;
  if ((existing = byline_store_find_account (store, name, NULL)))
    {
      g_set_error (error, BYLINE_ACCOUNTS_ERROR, BYLINE_ACCOUNTS_ERROR_EXISTS,
                   _("There is already an account named “%s”"), name);
      return NULL;
    }

  cms = byline_cms_wordpress_new (url, user, password);
  if (!(me = byline_cms_verify_account_sync (BYLINE_CMS (cms), cancellable, error)))
    return NULL;
  if (!byline_cms_user_has_capability (me, "edit_posts"))
    {
      g_set_error (error, BYLINE_ACCOUNTS_ERROR, BYLINE_ACCOUNTS_ERROR_CANNOT_WRITE,
                   _("The user “%s” may not write posts on this site"), user);
      return NULL;
    }

  if (!byline_secrets_store_sync (name, url, user, password, cancellable, &local_error))
    {
      if (!g_error_matches (local_error, BYLINE_SECRETS_ERROR, BYLINE_SECRETS_ERROR_UNAVAILABLE))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      /* (a password given otherwise would be lost: said how to keep it) */
      if (g_strcmp0 (g_getenv ("BYLINE_PASSWORD"), password) != 0)
        {
          g_set_error (error, BYLINE_SECRETS_ERROR, BYLINE_SECRETS_ERROR_UNAVAILABLE,
                       _("%s. Without a keyring, give the password in the BYLINE_PASSWORD environment "
                         "variable instead, to this and every later command"), local_error->message);
          return NULL;
        }
      g_message ("No keyring (%s): the password stays in BYLINE_PASSWORD", local_error->message);
    }

  account = byline_account_new (name, url, byline_cms_wordpress_get_api_root (cms), user, me->name);
  if (!byline_store_save_account (store, account, error))
    {
      byline_secrets_clear_sync (name, url, user, NULL, NULL);
      return NULL;
    }
  if (!byline_accounts_refresh_terms_sync (store, BYLINE_CMS (cms), name, cancellable, &local_error))
    g_warning ("Could not fetch the site’s categories and tags: %s", local_error->message);

  return g_steal_pointer (&account);
}

/**
 * byline_accounts_find_same_user:
 * @account: an account in @store
 *
 * Another account in @store that is the same user on the same site (the
 * same API root, the user's name in any case): a second account of the
 * same user caches every comment twice, and a newsroom rarely means it.
 *
 * Returns: (transfer full) (nullable): the other account's name
 */
char *
byline_accounts_find_same_user (BylineStore         *store,
                                const BylineAccount *account,
                                GError             **error)
{
  g_autoptr(GPtrArray) accounts = NULL;

  g_return_val_if_fail (BYLINE_IS_STORE (store), NULL);

  if (!(accounts = byline_store_list_accounts (store, error)))
    return NULL;
  for (guint i = 0; i < accounts->len; i++)
    {
      BylineAccount *other = g_ptr_array_index (accounts, i);

      if (g_strcmp0 (other->name, account->name) != 0 && g_strcmp0 (other->api_root, account->api_root) == 0 &&
          g_ascii_strcasecmp (other->username, account->username) == 0)
        return g_strdup (other->name);
    }
  return NULL;
}

/**
 * byline_accounts_verify_sync:
 *
 * Checks that the stored credentials still work and refreshes the cached
 * categories, tags and authors.
 *
 * Returns: (transfer full): the user the account logs in as
 */
BylineCmsUser *
byline_accounts_verify_sync (BylineStore   *store,
                             const char    *account,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(BylineCms) cms = NULL;
  g_autoptr(BylineCmsUser) me = NULL;
  g_autoptr(BylineAccount) found = NULL;

  if (!(cms = byline_accounts_open_cms (store, account, cancellable, error)) ||
      !(me = byline_cms_verify_account_sync (cms, cancellable, error)) ||
      !byline_accounts_refresh_terms_sync (store, cms, account, cancellable, error))
    return NULL;

  /* Remember a discovered API root and the current display name. */
  if ((found = byline_store_find_account (store, account, error)) == NULL)
    return NULL;
  g_free (found->api_root);
  found->api_root = g_strdup (byline_cms_wordpress_get_api_root (BYLINE_CMS_WORDPRESS (cms)));
  g_free (found->display_name);
  found->display_name = g_strdup (me->name);
  if (!byline_store_save_account (store, found, error))
    return NULL;

  return g_steal_pointer (&me);
}

/**
 * byline_accounts_remove_sync:
 *
 * Removes the account (with its links, terms and outbox rows) and its
 * password from the keyring.
 */
gboolean
byline_accounts_remove_sync (BylineStore   *store,
                             const char    *account,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(BylineAccount) found = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!(found = byline_store_find_account (store, account, error)))
    return FALSE;
  if (!byline_secrets_clear_sync (found->name, found->base_url, found->username, cancellable, &local_error) &&
      !g_error_matches (local_error, BYLINE_SECRETS_ERROR, BYLINE_SECRETS_ERROR_UNAVAILABLE) &&
      !g_error_matches (local_error, BYLINE_SECRETS_ERROR, BYLINE_SECRETS_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return byline_store_delete_account (store, account, error);
}

/* Worker threads */

typedef struct
{
  BylineWorkerFunc func;
  gpointer         data;
  GDestroyNotify   data_free;
  GDestroyNotify   result_free;
} Worker;

static void
worker_free (Worker *worker)
{
  if (worker->data_free != NULL)
    worker->data_free (worker->data);
  g_free (worker);
}

static void
worker_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Worker *worker = task_data;
  g_autoptr(GMainContext) context = g_main_context_new ();
  GError *error = NULL;
  gpointer result;

  g_main_context_push_thread_default (context);
  result = worker->func (worker->data, cancellable, &error);
  /* Let the CMS's closed connections and idle callbacks finish here. */
  while (g_main_context_iteration (context, FALSE))
    ;
  g_main_context_pop_thread_default (context);

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, worker->result_free);
}

void
byline_run_in_worker (GTask            *task,
                      BylineWorkerFunc  func,
                      gpointer          data,
                      GDestroyNotify    data_free,
                      GDestroyNotify    result_free)
{
  Worker *worker = g_new0 (Worker, 1);

  worker->func = func;
  worker->data = data;
  worker->data_free = data_free;
  worker->result_free = result_free;
  g_task_set_task_data (task, worker, (GDestroyNotify) worker_free);
  g_task_run_in_thread (task, worker_thread);
}

typedef struct
{
  BylineStore *store;
  char        *url;
  char        *user;
  char        *password;
  char        *name;
} AccountJob;

static void
account_job_free (AccountJob *job)
{
  g_clear_object (&job->store);
  g_free (job->url);
  g_free (job->user);
  if (job->password != NULL)
    byline_secrets_password_free (job->password);
  g_free (job->name);
  g_free (job);
}

static AccountJob *
account_job_new (BylineStore *store,
                 const char  *name)
{
  AccountJob *job = g_new0 (AccountJob, 1);

  job->store = g_object_ref (store);
  job->name = g_strdup (name);
  return job;
}

static gpointer
add_work (gpointer       data,
          GCancellable  *cancellable,
          GError       **error)
{
  AccountJob *job = data;

  return byline_accounts_add_sync (job->store, job->url, job->user, job->password, job->name, cancellable, error);
}

void
byline_accounts_add_async (BylineStore         *store,
                           const char          *url,
                           const char          *user,
                           const char          *password,
                           const char          *name,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (store, cancellable, callback, user_data);
  AccountJob *job = account_job_new (store, name);

  g_task_set_source_tag (task, byline_accounts_add_async);
  job->url = g_strdup (url);
  job->user = g_strdup (user);
  job->password = g_strdup (password);
  byline_run_in_worker (task, add_work, job, (GDestroyNotify) account_job_free,
                        (GDestroyNotify) byline_account_free);
}

BylineAccount *
byline_accounts_add_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_async_result_is_tagged (result, byline_accounts_add_async), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static gpointer
verify_work (gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  AccountJob *job = data;

  return byline_accounts_verify_sync (job->store, job->name, cancellable, error);
}

void
byline_accounts_verify_async (BylineStore         *store,
                              const char          *account,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (store, cancellable, callback, user_data);

  g_task_set_source_tag (task, byline_accounts_verify_async);
  byline_run_in_worker (task, verify_work, account_job_new (store, account),
                        (GDestroyNotify) account_job_free, (GDestroyNotify) byline_cms_user_free);
}

BylineCmsUser *
byline_accounts_verify_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_async_result_is_tagged (result, byline_accounts_verify_async), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static gpointer
remove_work (gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  AccountJob *job = data;

  return byline_accounts_remove_sync (job->store, job->name, cancellable, error) ? GINT_TO_POINTER (1) : NULL;
}

void
byline_accounts_remove_async (BylineStore         *store,
                              const char          *account,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (store, cancellable, callback, user_data);

  g_task_set_source_tag (task, byline_accounts_remove_async);
  byline_run_in_worker (task, remove_work, account_job_new (store, account),
                        (GDestroyNotify) account_job_free, NULL);
}

gboolean
byline_accounts_remove_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_async_result_is_tagged (result, byline_accounts_remove_async), FALSE);
  return g_task_propagate_pointer (G_TASK (result), error) != NULL;
}

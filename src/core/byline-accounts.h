/* byline-accounts.h: CMS accounts, their passwords and their CMS clients
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-cms.h"
#include "byline-store.h"

G_BEGIN_DECLS

/* The one place where an account name becomes a #BylineCms: the account's
 * row in the store (URL, API root, user), its password from libsecret (or
 * BYLINE_PASSWORD, see byline_secrets_get_password()). The `_sync`
 * functions block (libsecret, HTTP through byline-cms-sync.h): call them
 * from the command line or a worker thread that pushed its own main
 * context; the GUI uses the `_async` ones. */

#define BYLINE_ACCOUNTS_ERROR (byline_accounts_error_quark ())

typedef enum
{
  BYLINE_ACCOUNTS_ERROR_EXISTS,
  BYLINE_ACCOUNTS_ERROR_CANNOT_WRITE,
  BYLINE_ACCOUNTS_ERROR_INVALID_URL,
} BylineAccountsError;

GQuark         byline_accounts_error_quark         (void);

char          *byline_accounts_default_name        (const char     *url);
char          *byline_accounts_site_key            (const char     *url);
BylineCms     *byline_accounts_open_cms            (BylineStore    *store,
                                                    const char     *account,
                                                    GCancellable   *cancellable,
                                                    GError        **error);
BylineAccount *byline_accounts_add_sync            (BylineStore    *store,
                                                    const char     *url,
                                                    const char     *user,
                                                    const char     *password,
                                                    const char     *name,
                                                    GCancellable   *cancellable,
                                                    GError        **error);
BylineCmsUser *byline_accounts_verify_sync         (BylineStore    *store,
                                                    const char     *account,
                                                    GCancellable   *cancellable,
                                                    GError        **error);
/* The requests byline_accounts_ask_terms() sends */
#define BYLINE_ACCOUNTS_TERM_REQUESTS 3

void           byline_accounts_ask_terms           (BylineCms      *cms,
                                                    GCancellable   *cancellable,
                                                    GAsyncResult  **results);
gboolean       byline_accounts_take_terms          (BylineStore    *store,
                                                    BylineCms      *cms,
                                                    const char     *account,
                                                    GAsyncResult  **results,
                                                    GError        **error);
gboolean       byline_accounts_refresh_terms_sync  (BylineStore    *store,
                                                    BylineCms      *cms,
                                                    const char     *account,
                                                    GCancellable   *cancellable,
                                                    GError        **error);
gboolean       byline_accounts_store_terms         (BylineStore    *store,
                                                    const char     *account,
                                                    GPtrArray      *categories,
                                                    GPtrArray      *tags,
                                                    GPtrArray      *users,
                                                    GError        **error);
char          *byline_accounts_find_same_user      (BylineStore         *store,
                                                    const BylineAccount *account,
                                                    GError             **error);
gboolean       byline_accounts_remove_sync         (BylineStore    *store,
                                                    const char     *account,
                                                    GCancellable   *cancellable,
                                                    GError        **error);

void           byline_accounts_add_async           (BylineStore          *store,
                                                    const char           *url,
                                                    const char           *user,
                                                    const char           *password,
                                                    const char           *name,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
BylineAccount *byline_accounts_add_finish          (GAsyncResult         *result,
                                                    GError              **error);
void           byline_accounts_verify_async        (BylineStore          *store,
                                                    const char           *account,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
BylineCmsUser *byline_accounts_verify_finish       (GAsyncResult         *result,
                                                    GError              **error);
void           byline_accounts_remove_async        (BylineStore          *store,
                                                    const char           *account,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
gboolean       byline_accounts_remove_finish       (GAsyncResult         *result,
                                                    GError              **error);

/* Runs @func in a worker thread with its own thread-default main context
 * (for the `_sync` calls above), returning its pointer through @task. */
typedef gpointer (*BylineWorkerFunc) (gpointer       data,
                                      GCancellable  *cancellable,
                                      GError       **error);

void           byline_run_in_worker                (GTask                *task,
                                                    BylineWorkerFunc      func,
                                                    gpointer              data,
                                                    GDestroyNotify        data_free,
                                                    GDestroyNotify        result_free);

G_END_DECLS

/* byline-secrets.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define BYLINE_SECRETS_ERROR (byline_secrets_error_quark ())

typedef enum
{
  BYLINE_SECRETS_ERROR_NOT_FOUND,
  BYLINE_SECRETS_ERROR_UNAVAILABLE,
} BylineSecretsError;

GQuark    byline_secrets_error_quark    (void);

/* (tests: how many seconds a keyring call may take, 30 by default) */
void      _byline_secrets_set_timeout   (guint                 seconds);

/* Application passwords live in the Secret Service (libsecret), under the
 * schema "app.byline.Byline.Account" with the attributes `account`, `url`
 * and `user`. Never in SQLite, GSettings, logs or command lines. */

void      byline_secrets_store_async    (const char           *account,
                                         const char           *url,
                                         const char           *user,
                                         const char           *password,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
gboolean  byline_secrets_store_finish   (GAsyncResult         *result,
                                         GError              **error);
gboolean  byline_secrets_store_sync     (const char           *account,
                                         const char           *url,
                                         const char           *user,
                                         const char           *password,
                                         GCancellable         *cancellable,
                                         GError              **error);
void      byline_secrets_lookup_async   (const char           *account,
                                         const char           *url,
                                         const char           *user,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
char     *byline_secrets_lookup_finish  (GAsyncResult         *result,
                                         GError              **error);
char     *byline_secrets_lookup_sync    (const char           *account,
                                         const char           *url,
                                         const char           *user,
                                         GCancellable         *cancellable,
                                         GError              **error);
void      byline_secrets_clear_async    (const char           *account,
                                         const char           *url,
                                         const char           *user,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
gboolean  byline_secrets_clear_finish   (GAsyncResult         *result,
                                         GError              **error);
gboolean  byline_secrets_clear_sync     (const char           *account,
                                         const char           *url,
                                         const char           *user,
                                         GCancellable         *cancellable,
                                         GError              **error);
char     *byline_secrets_get_password   (const char           *account,
                                         const char           *url,
                                         const char           *user,
                                         GCancellable         *cancellable,
                                         GError              **error);
void      byline_secrets_password_free  (char                 *password);

G_END_DECLS

/* byline-outbox-runner.h: sends what the outbox holds, and retries
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "byline-cms.h"
#include "byline-store.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_OUTBOX_RUNNER (byline_outbox_runner_get_type())

G_DECLARE_FINAL_TYPE (BylineOutboxRunner, byline_outbox_runner, BYLINE, OUTBOX_RUNNER, GObject)

/**
 * BylineOutboxSendFunc:
 * @item: the outbox row (kind, account, target, payload JSON)
 * @cms: the account's CMS client, bound to the calling thread's context
 *
 * Performs one remote operation. Runs in the thread that called
 * byline_outbox_runner_send_sync(); may block (use byline-cms-sync.h).
 *
 * Returns: (transfer full): a JSON result (kept for the caller), or %NULL
 *   with @error set. Errors for which byline_cms_error_is_transient() is
 *   %TRUE keep the row pending; anything else marks it failed.
 */
typedef JsonNode *(*BylineOutboxSendFunc) (BylineOutboxRunner  *runner,
                                           BylineOutboxItem    *item,
                                           BylineCms           *cms,
                                           GCancellable        *cancellable,
                                           gpointer             user_data,
                                           GError             **error);

/* Opens the CMS of an account; the default is byline_accounts_open_cms(). */
typedef BylineCms *(*BylineOutboxCmsFunc) (BylineStore   *store,
                                           const char    *account,
                                           GCancellable  *cancellable,
                                           gpointer       user_data,
                                           GError       **error);

/* Waits @seconds (byline_outbox_runner_drain_sync()); tests advance a clock. */
typedef void (*BylineOutboxSleepFunc) (guint     seconds,
                                       gpointer  user_data);

/**
 * BylineOutboxError:
 * @BYLINE_OUTBOX_ERROR_WITHDRAWN: what the row was for is gone (a story
 *   deleted since it was queued, its id perhaps taken by a new one): the
 *   row is closed ("done", with the message) and nothing is sent
 */
#define BYLINE_OUTBOX_ERROR (byline_outbox_error_quark ())

typedef enum
{
  BYLINE_OUTBOX_ERROR_WITHDRAWN,
} BylineOutboxError;

GQuark              byline_outbox_error_quark         (void);

#define BYLINE_OUTBOX_BACKOFF_BASE 10     /* seconds after the first failure */
#define BYLINE_OUTBOX_BACKOFF_MAX  3600   /* at most an hour between tries */
#define BYLINE_OUTBOX_NEVER        G_MAXINT64

gboolean            byline_outbox_error_is_retryable  (const GError          *error);
guint               byline_outbox_backoff_delay       (guint                  attempts,
                                                       guint                  retry_after,
                                                       double                 random);

BylineOutboxRunner *byline_outbox_runner_new          (BylineStore           *store);
BylineStore        *byline_outbox_runner_get_store    (BylineOutboxRunner    *self);
void                byline_outbox_runner_register     (BylineOutboxRunner    *self,
                                                       const char            *kind,
                                                       BylineOutboxSendFunc   func,
                                                       gpointer               user_data,
                                                       GDestroyNotify         destroy);
void                byline_outbox_runner_set_clock    (BylineOutboxRunner    *self,
                                                       BylineStoreClockFunc   func,
                                                       gpointer               user_data);
void                byline_outbox_runner_set_sleep    (BylineOutboxRunner    *self,
                                                       BylineOutboxSleepFunc  func,
                                                       gpointer               user_data);
void                byline_outbox_runner_set_cms_func (BylineOutboxRunner    *self,
                                                       BylineOutboxCmsFunc    func,
                                                       gpointer               user_data,
                                                       GDestroyNotify         destroy);
void                byline_outbox_runner_set_jitter   (BylineOutboxRunner    *self,
                                                       gboolean               jitter);
gint64              byline_outbox_runner_now          (BylineOutboxRunner    *self);
BylineCms          *byline_outbox_runner_open_cms     (BylineOutboxRunner    *self,
                                                       const char            *account,
                                                       GCancellable          *cancellable,
                                                       GError               **error);

JsonNode           *byline_outbox_runner_send_sync    (BylineOutboxRunner    *self,
                                                       gint64                 id,
                                                       GCancellable          *cancellable,
                                                       GError               **error);
GHashTable         *byline_outbox_runner_new_clients  (void);
JsonNode           *byline_outbox_runner_send_with_clients_sync (BylineOutboxRunner *self,
                                                                 gint64              id,
                                                                 GHashTable         *clients,
                                                                 GCancellable       *cancellable,
                                                                 GError            **error);
guint               byline_outbox_runner_run_due_sync (BylineOutboxRunner    *self,
                                                       GCancellable          *cancellable,
                                                       GError               **error);
guint               byline_outbox_runner_drain_sync   (BylineOutboxRunner    *self,
                                                       guint                  max_wait,
                                                       GCancellable          *cancellable,
                                                       GError               **error);
gboolean            byline_outbox_runner_retry        (BylineOutboxRunner    *self,
                                                       gint64                 id,
                                                       GError               **error);
gboolean            byline_outbox_runner_recover      (BylineOutboxRunner    *self,
                                                       GError               **error);
void                byline_outbox_runner_start        (BylineOutboxRunner    *self);
void                byline_outbox_runner_stop         (BylineOutboxRunner    *self);
void                byline_outbox_runner_kick         (BylineOutboxRunner    *self);
void                byline_outbox_runner_progress     (BylineOutboxRunner    *self,
                                                       gint64                 id,
                                                       const char            *stage,
                                                       double                 fraction);

G_END_DECLS

/* byline-outbox-runner-private.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-outbox-runner.h"

G_BEGIN_DECLS

struct _BylineOutboxRunner
{
  GObject                parent_instance;

  BylineStore           *store;
  GHashTable            *kinds;      /* kind → Sender */
  BylineStoreClockFunc   clock;
  gpointer               clock_data;
  BylineOutboxSleepFunc  sleep;
  gpointer               sleep_data;
  BylineOutboxCmsFunc    cms_func;
  gpointer               cms_data;
  GDestroyNotify         cms_destroy;
  gboolean               jitter;
  GMutex                 send_lock;  /* one row at a time, whoever sends */

  GMainContext          *context;
  GCancellable          *cancellable;
  GNetworkMonitor       *monitor;
  gulong                 monitor_handler;
  guint                  timeout_id;
  gboolean               started;
  gboolean               busy;
};

/* byline-outbox-runner.c */
gint64 _byline_outbox_runner_next_attempt  (BylineOutboxRunner  *self,
                                            GError             **error);
void   _byline_outbox_runner_emit_changed  (BylineOutboxRunner  *self);

/* byline-outbox-runner-schedule.c */
void   _byline_outbox_runner_schedule      (BylineOutboxRunner  *self);

G_END_DECLS

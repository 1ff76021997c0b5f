/* comment-sync-fixture.h: a store with an account "site" on a fake
 * WordPress (comment-test-server.h), and a sync of it run to the end,
 * shared by the comment sync tests
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "comment-test-server.h"
#include "test-store-common.h"

typedef struct
{
  char        *dir;
  BylineStore *store;
  FakeSite    *site;
  guint        progress_calls;
  guint        last_done;
} Fixture;

G_GNUC_UNUSED static void
setup (Fixture       *f,
       gconstpointer  data)
{
  f->dir = test_store_tmpdir ();
  f->store = test_store_open (f->dir);
  f->site = fake_site_new ();
  fake_site_add_account (f->site, f->store, "site");
}

G_GNUC_UNUSED static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_clear_object (&f->store);
  fake_site_free (f->site);
  test_store_rmdir (f->dir);
  g_free (f->dir);
}

static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  Fixture *f = user_data;

  f->progress_calls++;
  g_assert_cmpuint (done, >=, f->last_done);
  f->last_done = done;
}

static void
result_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

G_GNUC_UNUSED static gboolean
run_sync (Fixture                *f,
      BylineCommentSyncStats *stats,
      GError                **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  f->last_done = 0;
  byline_comment_sync_async (f->store, "site", progress_cb, f, NULL, NULL, result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return byline_comment_sync_finish (f->store, result, stats, error);
}

G_GNUC_UNUSED static gint64
count (Fixture    *f,
       const char *status)
{
  BylineCommentQuery query = BYLINE_COMMENT_QUERY_INIT;
  g_autoptr(GError) error = NULL;
  gint64 n;

  query.status = status;
  n = byline_store_count_comments (f->store, &query, &error);
  g_assert_no_error (error);
  return n;
}

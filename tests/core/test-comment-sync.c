/* test-comment-sync.c: comment sync against an in-process SoupServer
 * (first sync with parallel pages, incremental sync, sending queued
 * moderation, offline queueing, hostile content)
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "comment-sync-fixture.h"

static void
seed (Fixture *f,
      guint    n_hold,
      guint    n_approved,
      guint    n_spam,
      guint    n_trash)
{
  const char *statuses[] = { "hold", "approved", "spam", "trash" };
  guint counts[] = { n_hold, n_approved, n_spam, n_trash };

  for (guint s = 0; s < 4; s++)
    for (guint i = 0; i < counts[s]; i++)
      {
        g_autofree char *date = g_strdup_printf ("2026-01-%02uT10:%02u:%02u", 1 + i % 28, i / 60 % 60, i % 60);
        g_autofree char *author = g_strdup_printf ("reader%u", i % 17);
        g_autofree char *text = g_strdup_printf ("Comment %u about the ferries, %s", i, statuses[s]);

        fake_site_add (f->site, 1 + i % 3, statuses[s], author, text, date);
      }
}

static void
test_first_sync (Fixture       *f,
                 gconstpointer  data)
{
  BylineCommentSyncStats stats = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineCachedComment) comment = NULL;
  gint64 id;

  seed (f, 230, 120, 40, 5);
  /* Each page is answered after 500 ms: long enough that pages are still
   * unanswered when the first page's posts are asked for, also under
   * valgrind (with 20 ms a slowed client saw them all answered first)
   * and on a machine loaded well past its cores (200 ms was not, twice) */
  f->site->delay_ms = 500;
  g_assert_true (run_sync (f, &stats, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (stats.fetched, ==, 395);
  g_assert_cmpuint (stats.added, ==, 395);
  g_assert_cmpint (count (f, NULL), ==, 395);
  g_assert_cmpint (count (f, "hold"), ==, 230);
  g_assert_cmpint (count (f, "approved"), ==, 120);
  g_assert_cmpint (count (f, "spam"), ==, 40);
  g_assert_cmpint (count (f, "trash"), ==, 5);
  /* Several pages were on the wire at once. */
  g_assert_cmpuint (f->site->max_in_flight, >, 1);
  g_assert_cmpuint (f->site->max_in_flight, <=, 4);
  g_assert_cmpuint (f->progress_calls, >, 2);
  g_assert_cmpuint (f->last_done, ==, 395);
  g_assert_cmpuint (stats.headlines, ==, 3);
  /* Exactly the pages the statuses have (3 + 2 + 1 + 1), none past the
   * end: each answer says how many pages there are. */
  g_assert_cmpuint (f->site->edit_requests, ==, 7);
  /* The first page named the three posts: their headlines and text were
   * asked for once, in one request, while pages were still on the wire,
   * not after them (every post has held or approved comments, so none
   * was asked for its title alone); none copies its story */
  g_assert_cmpuint (f->site->story_requests, ==, 1);
  g_assert_cmpuint (f->site->posts_requests, ==, 0);
  g_assert_cmpuint (f->site->posts_beside_pages, ==, 1);
  g_assert_cmpuint (stats.stories, ==, 3);
  g_assert_cmpuint (stats.rescored, ==, 0);

  id = byline_store_find_comment (f->store, "site", 7, &error);
  g_assert_cmpint (id, >, 0);
  comment = byline_store_get_comment (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (comment->author_ip, ==, "198.51.100.7");
  g_assert_cmpstr (comment->author_user_agent, ==, "Mozilla/5.0 (Reader)");
  g_assert_cmpstr (comment->post_headline, ==, "Story “1” headline");
  g_assert_cmpfloat (comment->spam_score, >=, 0.0);
  g_assert_cmpfloat (comment->spam_score, <=, 1.0);
}

/* A site with many stories, each page naming new ones: their headlines
 * and text are asked for beside the pages, a few dozen at a time, not a
 * request for every page, and every comment ends with its headline. */
static void
test_first_sync_many_stories (Fixture       *f,
                              gconstpointer  data)
{
  BylineCommentSyncStats stats = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) comments = NULL;
  BylineCommentQuery query = BYLINE_COMMENT_QUERY_INIT;

  /* 1,200 held comments on 400 stories, the first page naming 100 of
   * them and each of the next ones 100 more, then the same again */
  for (guint i = 0; i < 1200; i++)
    {
      g_autofree char *date = g_strdup_printf ("2026-01-%02uT10:%02u:%02u", 1 + i / 400, i / 60 % 60, i % 60);

      fake_site_add (f->site, 1 + i % 400, "hold", "reader", "A comment on the story", date);
    }
  f->site->delay_ms = 50;
  g_assert_true (run_sync (f, &stats, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (stats.fetched, ==, 1200);
  g_assert_cmpuint (stats.headlines, ==, 400);
  g_assert_cmpuint (stats.stories, ==, 400);
  g_assert_cmpuint (f->site->edit_requests, ==, 12 + 3);   /* (page 1 of the other statuses) */
  /* At least one a hundred stories; at most one for every 25 of them,
   * and the first: fewer than the pages */
  g_assert_cmpuint (f->site->story_requests, >=, 4);
  g_assert_cmpuint (f->site->story_requests, <=, 400 / 25 + 1);
  g_assert_cmpuint (f->site->posts_requests, ==, 0);
  g_assert_cmpuint (f->site->posts_beside_pages, >=, 1);

  query.account = "site";
  comments = byline_store_query_comments (f->store, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (comments->len, ==, 1200);
  for (guint i = 0; i < comments->len; i++)
    {
      BylineCachedComment *comment = g_ptr_array_index (comments, i);
      g_autofree char *headline = g_strdup_printf ("Story “%" G_GINT64_FORMAT "” headline",
                                                   comment->post_remote_id);

      g_assert_cmpstr (comment->post_headline, ==, headline);
    }
}

/* A site (or proxy) that does not say how many pages there are: pages
 * until a short one, a full last page included. */
static void
test_first_sync_without_totals (Fixture       *f,
                                gconstpointer  data)
{
  BylineCommentSyncStats stats = { 0, };
  g_autoptr(GError) error = NULL;

  seed (f, 200, 120, 0, 5);
  f->site->no_totals = TRUE;
  f->site->delay_ms = 5;
  g_assert_true (run_sync (f, &stats, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (stats.fetched, ==, 325);
  g_assert_cmpint (count (f, "hold"), ==, 200);
  g_assert_cmpint (count (f, "approved"), ==, 120);
  g_assert_cmpint (count (f, "spam"), ==, 0);
  g_assert_cmpint (count (f, "trash"), ==, 5);
  /* Pages 1–3 of hold (3 empty), 1–2 of approved and at most one more of
   * each in flight, page 1 of spam and trash. */
  g_assert_cmpuint (f->site->edit_requests, >=, 7);
  g_assert_cmpuint (f->site->edit_requests, <=, 9);
}

static void
test_incremental (Fixture       *f,
                  gconstpointer  data)
{
  BylineCommentSyncStats stats = { 0, };
  g_autoptr(GError) error = NULL;
  FakeComment *c;
  guint edit_before;

  seed (f, 150, 30, 10, 0);
  g_assert_true (run_sync (f, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, NULL), ==, 190);

  /* Changes on the site: two new (one dated before everything), a status
   * change made elsewhere, and a deletion. */
  fake_site_add (f->site, 2, "hold", "newcomer", "Brand new", "2026-02-01T09:00:00");
  fake_site_add (f->site, 2, "hold", "latecomer", "Old date, new id", "2025-12-01T09:00:00");
  c = fake_site_find (f->site, 3);
  g_free (c->status);
  c->status = g_strdup ("spam");
  g_ptr_array_remove (f->site->comments, fake_site_find (f->site, 4));
  /* And a held comment's text edited on the site: neither its date nor
   * its status changes, the held comments' whole pass sees it. */
  c = fake_site_find (f->site, 5);
  g_assert_cmpstr (c->status, ==, "hold");
  g_free (c->content);
  c->content = g_strdup ("Corrected on the site 😀");

  memset (&stats, 0, sizeof stats);
  edit_before = f->site->edit_requests;
  g_assert_true (run_sync (f, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.added, ==, 2);
  g_assert_cmpuint (stats.changed, ==, 2);
  g_assert_cmpuint (stats.deleted, ==, 1);
  g_assert_cmpint (count (f, NULL), ==, 191);
  {
    g_autoptr(BylineCachedComment) edited =
      byline_store_get_comment (f->store, byline_store_find_comment (f->store, "site", 5, NULL), &error);

    g_assert_no_error (error);
    g_assert_cmpstr (edited->content, ==, "Corrected on the site 😀");
  }
  g_assert_cmpint (count (f, "spam"), ==, 11);
  g_assert_cmpint (byline_store_find_comment (f->store, "site", 4, NULL), ==, 0);
  g_assert_cmpint (byline_store_find_comment (f->store, "site", 192, NULL), >, 0);
  /* Only a few whole-comment requests: the held comments' two pages,
   * `after=` and one `include=` batch. */
  g_assert_cmpuint (f->site->edit_requests - edit_before, <=, 10);
  g_assert_nonnull (strstr (f->site->log->str, "_fields=id%2Cstatus"));
  g_assert_nonnull (strstr (f->site->log->str, "after=2026-"));

  /* Nothing changed: nothing fetched whole but the held comments (the
   * status pass: 152 held, two pages), nothing written. */
  memset (&stats, 0, sizeof stats);
  edit_before = f->site->edit_requests;
  g_assert_true (run_sync (f, &stats, &error));
  g_assert_cmpuint (stats.added + stats.changed + stats.deleted + stats.fetched, ==, 0);
  g_assert_cmpuint (f->site->edit_requests, ==, edit_before + 2);
}

/* WordPress compares `after=` with the site-local date, read from the
 * clock apart from the GMT one the cache keeps: the newest comment seen
 * can come again in the next sync's `after=` pass. It is not fetched
 * again, nor counted (it was, once in a while, with the real WordPress). */
static void
test_after_skew (Fixture       *f,
                 gconstpointer  data)
{
  BylineCommentSyncStats stats = { 0, };
  g_autoptr(GError) error = NULL;
  FakeComment *newest;

  seed (f, 20, 5, 0, 0);
  newest = fake_site_add (f->site, 2, "approved", "replier", "Thanks, fixed", "2026-02-01T09:00:00");
  newest->local_date = g_strdup ("2026-02-01T09:00:01");
  g_assert_true (run_sync (f, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.added, ==, 26);

  fake_site_add (f->site, 2, "hold", "newcomer", "Brand new", "2026-02-02T09:00:00");
  memset (&stats, 0, sizeof stats);
  g_assert_true (run_sync (f, &stats, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (f->site->log->str, "after=2026-02-01T09%3A00%3A00Z"));
  g_assert_cmpuint (stats.added, ==, 1);
  g_assert_cmpuint (stats.fetched, ==, 1);
  g_assert_cmpuint (stats.changed, ==, 0);
  g_assert_cmpint (count (f, NULL), ==, 27);
}

static void
test_send_moderation (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(BylineCommentModerator) moderator = byline_comment_moderator_new (f->store);
  BylineCommentSyncStats stats = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) done = NULL;
  gint64 ids[2];

  seed (f, 5, 0, 0, 0);
  g_assert_true (run_sync (f, NULL, &error));
  ids[0] = byline_store_find_comment (f->store, "site", 1, NULL);
  ids[1] = byline_store_find_comment (f->store, "site", 2, NULL);

  /* Offline: the site refuses writes; moderation is local at once. */
  f->site->fail_writes = 503;
  g_assert_true (byline_comment_moderator_moderate (moderator, ids, 2, "spam", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "spam"), ==, 2);
  g_assert_cmpint (byline_store_outbox_count (f->store, "pending", NULL), ==, 2);

  g_assert_true (run_sync (f, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.failed, ==, 2);
  /* Kept by the outbox runner, pending with the error and a backoff, and
   * the local status survived the fetch. */
  g_assert_cmpint (byline_store_outbox_count (f->store, "pending", NULL), ==, 2);
  g_assert_cmpint (count (f, "spam"), ==, 2);
  g_assert_cmpstr (fake_site_find (f->site, 1)->status, ==, "hold");
  {
    g_autoptr(GPtrArray) waiting = byline_store_outbox_list (f->store, "pending", NULL);

    for (guint i = 0; i < waiting->len; i++)
      {
        BylineOutboxItem *item = waiting->pdata[i];

        g_assert_nonnull (item->last_error);
        g_assert_cmpint (item->attempts, ==, 1);
        g_assert_cmpint (item->next_attempt, >=, g_get_real_time () / G_USEC_PER_SEC + BYLINE_OUTBOX_BACKOFF_BASE / 2 - 1);
      }
  }

  /* Back online: an explicit sync sends first, without waiting for the
   * backoff, with the reader's IP and browser. */
  f->site->fail_writes = 0;
  memset (&stats, 0, sizeof stats);
  g_assert_true (run_sync (f, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.sent, ==, 2);
  g_assert_cmpstr (fake_site_find (f->site, 1)->status, ==, "spam");
  g_assert_cmpstr (fake_site_find (f->site, 2)->status, ==, "spam");
  g_assert_cmpstr (fake_site_find (f->site, 1)->author_ip, ==, "198.51.100.1");
  g_assert_cmpstr (fake_site_find (f->site, 2)->author_user_agent, ==, "Mozilla/5.0 (Reader)");
  done = byline_store_outbox_list (f->store, "done", NULL);
  g_assert_cmpuint (done->len, ==, 2);

  /* Not to a comment marked as spam: the site would show the reply under
   * nothing. */
  g_assert_cmpint (byline_comment_moderator_reply (moderator, ids[0], "Thanks, fixed.", &error), ==, 0);
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A reply is posted and joins the cache. */
  g_assert_cmpint (byline_comment_moderator_reply (moderator, byline_store_find_comment (f->store, "site", 3, NULL),
                                                   "Thanks, fixed.", &error), >, 0);
  memset (&stats, 0, sizeof stats);
  g_assert_true (run_sync (f, &stats, &error));
  g_assert_cmpuint (stats.sent, ==, 1);
  g_assert_cmpint (fake_site_find (f->site, 6)->parent, ==, 3);
  g_assert_cmpstr (fake_site_find (f->site, 6)->content, ==, "Thanks, fixed.");
  g_assert_cmpint (byline_store_find_comment (f->store, "site", 6, NULL), >, 0);

  /* No server at all: the sync fails, the queue stays. */
  soup_server_disconnect (f->site->server);
  g_assert_true (byline_comment_moderator_moderate (moderator, ids, 1, "trash", &error));
  g_assert_false (run_sync (f, NULL, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (byline_store_outbox_count (f->store, "done", NULL), ==, 3);
  g_assert_cmpint (byline_store_outbox_count (f->store, NULL, NULL), ==, 4);
  g_assert_cmpint (count (f, "trash"), ==, 1);
}

/* A refusal for good is "failed", shown and kept; syncs leave it alone
 * until it is retried. */
static void
test_send_refused (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(BylineCommentModerator) moderator = byline_comment_moderator_new (f->store);
  g_autoptr(BylineOutboxRunner) runner = NULL;
  BylineCommentSyncStats stats = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) failed = NULL;
  gint64 id;
  guint writes;

  seed (f, 2, 0, 0, 0);
  g_assert_true (run_sync (f, NULL, &error));
  id = byline_store_find_comment (f->store, "site", 1, NULL);
  f->site->fail_writes = 403;
  g_assert_true (byline_comment_moderator_moderate (moderator, &id, 1, "approved", &error));
  g_assert_true (run_sync (f, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.failed, ==, 1);
  failed = byline_store_outbox_list (f->store, "failed", NULL);
  g_assert_cmpuint (failed->len, ==, 1);
  g_assert_nonnull (((BylineOutboxItem *) failed->pdata[0])->last_error);
  g_assert_cmpint (((BylineOutboxItem *) failed->pdata[0])->next_attempt, ==, BYLINE_OUTBOX_NEVER);

  /* Not tried again by a sync. */
  writes = f->site->writes;
  memset (&stats, 0, sizeof stats);
  g_assert_true (run_sync (f, &stats, &error));
  g_assert_cmpuint (f->site->writes, ==, writes);
  g_assert_cmpuint (stats.sent + stats.failed, ==, 0);
  g_assert_cmpint (count (f, "approved"), ==, 1);

  /* Retried through the runner (the outbox's Retry): sent. */
  f->site->fail_writes = 0;
  runner = byline_comment_outbox_dup_runner (f->store);
  g_assert_true (byline_outbox_runner_retry (runner, ((BylineOutboxItem *) failed->pdata[0])->id, &error));
  memset (&stats, 0, sizeof stats);
  g_assert_true (run_sync (f, &stats, &error));
  g_assert_cmpuint (stats.sent, ==, 1);
  g_assert_cmpstr (fake_site_find (f->site, 1)->status, ==, "approved");
  g_assert_cmpstr (fake_site_find (f->site, 1)->author_ip, ==, "198.51.100.1");
}

/* `e`: the text changes locally at once, the edit is sent with the
 * reader's IP and browser, and undo sends the old text back. */
static void
test_send_edit (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(BylineCommentModerator) moderator = byline_comment_moderator_new (f->store);
  g_autoptr(BylineCachedComment) cached = NULL;
  g_autoptr(GPtrArray) queued = NULL;
  BylineCommentSyncStats stats = { 0, };
  g_autoptr(GError) error = NULL;
  gint64 id;

  seed (f, 3, 0, 0, 0);
  g_assert_true (run_sync (f, NULL, &error));
  id = byline_store_find_comment (f->store, "site", 2, NULL);

  g_assert_cmpint (byline_comment_moderator_edit (moderator, id, "Edited: the ferry runs at 9.", &error), >, 0);
  g_assert_no_error (error);
  cached = byline_store_get_comment (f->store, id, &error);
  g_assert_cmpstr (cached->content, ==, "Edited: the ferry runs at 9.");
  queued = byline_store_outbox_list (f->store, "pending", NULL);
  g_assert_cmpuint (queued->len, ==, 1);
  g_assert_cmpstr (((BylineOutboxItem *) queued->pdata[0])->kind, ==, "edit");
  g_assert_nonnull (strstr (((BylineOutboxItem *) queued->pdata[0])->payload, "\"author_ip\":\"198.51.100.2\""));
  g_assert_cmpint (byline_comment_moderator_edit (moderator, id, "Edited: the ferry runs at 9.", &error), ==, 0);
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (byline_comment_moderator_edit (moderator, id, "  \n", &error), ==, 0);
  g_clear_error (&error);

  g_assert_true (run_sync (f, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.sent, ==, 1);
  g_assert_nonnull (strstr (f->site->log->str, "POST /wp-json/wp/v2/comments/2"));
  g_assert_cmpstr (fake_site_find (f->site, 2)->content, ==, "Edited: the ferry runs at 9.");
  g_assert_cmpstr (fake_site_find (f->site, 2)->author_ip, ==, "198.51.100.2");
  g_assert_cmpstr (fake_site_find (f->site, 2)->author_user_agent, ==, "Mozilla/5.0 (Reader)");
  g_assert_cmpstr (fake_site_find (f->site, 2)->status, ==, "hold");

  /* Undo after it was sent: the old text goes back to the site. */
  g_assert_true (byline_comment_moderator_undo (moderator, &error));
  g_clear_pointer (&cached, byline_cached_comment_free);
  cached = byline_store_get_comment (f->store, id, &error);
  g_assert_nonnull (strstr (cached->content, "Comment 1 about the ferries"));
  memset (&stats, 0, sizeof stats);
  g_assert_true (run_sync (f, &stats, &error));
  g_assert_cmpuint (stats.sent, ==, 1);
  g_assert_nonnull (strstr (fake_site_find (f->site, 2)->content, "Comment 1 about the ferries"));

  /* Undo before it left: cancelled, nothing sent. */
  g_assert_cmpint (byline_comment_moderator_edit (moderator, id, "Second thoughts", &error), >, 0);
  g_assert_true (byline_comment_moderator_undo (moderator, &error));
  g_assert_cmpint (byline_store_outbox_count (f->store, "pending", NULL), ==, 0);

  /* Someone edits the comment in wp-admin; before a sync shows it, an
   * edit made to the old text would overwrite theirs unseen: it is
   * refused as a conflict, the site keeps its text, and so does the
   * cache now. */
  g_free (fake_site_find (f->site, 2)->content);
  fake_site_find (f->site, 2)->content = g_strdup ("Fixed in wp-admin");
  g_assert_cmpint (byline_comment_moderator_edit (moderator, id, "Typo fixed in Byline", &error), >, 0);
  memset (&stats, 0, sizeof stats);
  g_assert_true (run_sync (f, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.sent, ==, 0);
  g_assert_cmpuint (stats.failed, ==, 1);
  g_assert_cmpstr (fake_site_find (f->site, 2)->content, ==, "Fixed in wp-admin");
  g_clear_pointer (&cached, byline_cached_comment_free);
  cached = byline_store_get_comment (f->store, id, &error);
  g_assert_cmpstr (cached->content, ==, "Fixed in wp-admin");
  g_clear_pointer (&queued, g_ptr_array_unref);
  queued = byline_store_outbox_list (f->store, "failed", NULL);
  g_assert_cmpuint (queued->len, ==, 1);
  g_assert_nonnull (strstr (((BylineOutboxItem *) queued->pdata[0])->last_error, "edited on the site"));
}

static BylineCms *
counting_cms_func (BylineStore   *store,
                   const char    *account,
                   GCancellable  *cancellable,
                   gpointer       user_data,
                   GError       **error)
{
  (*(guint *) user_data)++;
  return byline_accounts_open_cms (store, account, cancellable, error);
}

/* A bulk action's rows share one client (one keyring lookup, one
 * connection) per run of sends, whether a sync or the runner's timer sends
 * them. */
static void
test_send_shares_client (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(BylineOutboxRunner) runner = byline_outbox_runner_new (f->store);
  g_autoptr(BylineCommentModerator) moderator = byline_comment_moderator_new (f->store);
  BylineCommentSyncStats stats = { 0, };
  g_autoptr(GError) error = NULL;
  gint64 ids[4];
  guint opens = 0;

  byline_comment_outbox_register (runner);
  byline_outbox_runner_set_cms_func (runner, counting_cms_func, &opens, NULL);
  seed (f, 8, 0, 0, 0);
  g_assert_true (run_sync (f, NULL, &error));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    ids[i] = byline_store_find_comment (f->store, "site", i + 1, NULL);

  opens = 0;
  g_assert_true (byline_comment_moderator_moderate (moderator, ids, G_N_ELEMENTS (ids), "approved", &error));
  g_assert_true (run_sync (f, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.sent, ==, 4);
  g_assert_cmpuint (opens, ==, 1);

  opens = 0;
  g_assert_true (byline_comment_moderator_moderate (moderator, ids, G_N_ELEMENTS (ids), "spam", &error));
  g_assert_cmpuint (byline_outbox_runner_run_due_sync (runner, NULL, &error), ==, 4);
  g_assert_no_error (error);
  g_assert_cmpuint (opens, ==, 1);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_assert_cmpstr (fake_site_find (f->site, i + 1)->status, ==, "spam");
}

/* A reply whose answer was lost (the site made it, then a 502) is found
 * again among the comment's replies when it is retried: one reply, not
 * two. */
static void
test_reply_answer_lost (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(BylineCommentModerator) moderator = byline_comment_moderator_new (f->store);
  BylineCommentSyncStats stats = { 0, };
  g_autoptr(GError) error = NULL;
  guint replies = 0;
  gint64 id;

  seed (f, 3, 0, 0, 0);
  g_assert_true (run_sync (f, NULL, &error));
  id = byline_store_find_comment (f->store, "site", 1, NULL);

  f->site->lose_answers = 1;
  g_assert_cmpint (byline_comment_moderator_reply (moderator, id, "Thanks, corrected.", &error), >, 0);
  g_assert_true (run_sync (f, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.sent, ==, 0);
  g_assert_cmpint (byline_store_outbox_count (f->store, "pending", NULL), ==, 1);

  memset (&stats, 0, sizeof stats);
  g_assert_true (run_sync (f, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.sent, ==, 1);
  g_assert_cmpint (byline_store_outbox_count (f->store, "pending", NULL), ==, 0);
  for (guint i = 0; i < f->site->comments->len; i++)
    {
      FakeComment *c = g_ptr_array_index (f->site->comments, i);

      if (c->parent == 1)
        {
          replies++;
          g_assert_cmpstr (c->content, ==, "Thanks, corrected.");
        }
    }
  g_assert_cmpuint (replies, ==, 1);
  /* Looked for among that comment's replies only */
  g_assert_nonnull (strstr (f->site->log->str, "parent=1"));
}

/* A reply another sender posted already (a second `byline` process
 * sending the same outbox row): WordPress refuses the same text twice
 * (409 comment_duplicate); the reply is found on the site and the row is
 * sent, not failed. */
static void
test_reply_sent_elsewhere (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(BylineCommentModerator) moderator = byline_comment_moderator_new (f->store);
  BylineCommentSyncStats stats = { 0, };
  g_autoptr(GError) error = NULL;
  FakeComment *other;
  guint replies = 0;
  gint64 id;

  seed (f, 3, 0, 0, 0);
  g_assert_true (run_sync (f, NULL, &error));
  id = byline_store_find_comment (f->store, "site", 1, NULL);

  g_assert_cmpint (byline_comment_moderator_reply (moderator, id, "Thanks, corrected.", &error), >, 0);
  other = fake_site_add (f->site, fake_site_find (f->site, 1)->post, "approved", "Editor Tester",
                         "Thanks, corrected.", "2030-01-01T00:00:00");
  other->parent = 1;
  g_assert_true (run_sync (f, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.sent, ==, 1);
  g_assert_cmpuint (stats.failed, ==, 0);
  g_assert_cmpint (byline_store_outbox_count (f->store, "pending", NULL), ==, 0);
  g_assert_cmpint (byline_store_outbox_count (f->store, "failed", NULL), ==, 0);
  for (guint i = 0; i < f->site->comments->len; i++)
    replies += ((FakeComment *) g_ptr_array_index (f->site->comments, i))->parent == 1;
  g_assert_cmpuint (replies, ==, 1);
  g_assert_cmpint (byline_store_find_comment (f->store, "site", other->id, NULL), >, 0);
}

/* A row another process is sending (the window while `byline comments
 * sync` runs) is left to it: taken in one statement, never sent twice. */
static void
test_row_being_sent_elsewhere (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(BylineCommentModerator) moderator = byline_comment_moderator_new (f->store);
  BylineCommentSyncStats stats = { 0, };
  g_autoptr(GError) error = NULL;
  gboolean claimed = TRUE;
  gint64 id, row;
  guint writes;

  seed (f, 3, 0, 0, 0);
  g_assert_true (run_sync (f, NULL, &error));
  id = byline_store_find_comment (f->store, "site", 1, NULL);
  row = byline_comment_moderator_reply (moderator, id, "Thanks, corrected.", &error);
  g_assert_cmpint (row, >, 0);

  /* The other process took it */
  g_assert_true (byline_store_outbox_claim (f->store, row, g_get_real_time () / G_USEC_PER_SEC, &claimed, &error));
  g_assert_true (claimed);
  g_assert_true (byline_store_outbox_claim (f->store, row, g_get_real_time () / G_USEC_PER_SEC, &claimed, &error));
  g_assert_false (claimed);
  writes = f->site->writes;
  g_assert_true (run_sync (f, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->site->writes, ==, writes);
  g_assert_cmpuint (stats.sent, ==, 0);
  g_assert_cmpuint (stats.failed, ==, 0);
  g_assert_cmpint (byline_store_outbox_count (f->store, "sending", NULL), ==, 1);

  /* Left "sending" long ago by a process that ended: sent, once */
  g_assert_true (byline_store_outbox_mark (f->store, row, "sending", NULL,
                                           g_get_real_time () / G_USEC_PER_SEC - BYLINE_OUTBOX_CLAIM_STALE - 1, &error));
  memset (&stats, 0, sizeof stats);
  g_assert_true (run_sync (f, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.sent, ==, 1);
  g_assert_cmpint (byline_store_outbox_count (f->store, "sending", NULL), ==, 0);
  g_assert_cmpuint (f->site->writes, ==, writes + 1);
}

/* An edit the site refused stays local: a sync that fetches the comment
 * again (its status changed on the site) keeps the edited text and takes
 * the site's status; a sync never drops it. */
/* A moderation or edit the site refuses for good (400, 404, 409) is
 * "failed", and the cache goes back to what the site has; undo still
 * works and sends nothing. A refusal the editor can put right (403) keeps
 * the local change (send-refused). */
static void
test_send_rejected (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(BylineCommentModerator) moderator = byline_comment_moderator_new (f->store);
  g_autoptr(BylineCachedComment) c1 = NULL;
  g_autoptr(BylineCachedComment) c2 = NULL;
  g_autoptr(BylineCachedComment) c3 = NULL;
  g_autoptr(BylineCachedComment) c4 = NULL;
  BylineCommentSyncStats stats = { 0, };
  g_autoptr(GError) error = NULL;
  gint64 id1, id2;
  guint writes;

  seed (f, 2, 0, 0, 0);
  g_assert_true (run_sync (f, NULL, &error));
  id1 = byline_store_find_comment (f->store, "site", 1, NULL);
  id2 = byline_store_find_comment (f->store, "site", 2, NULL);
  c1 = byline_store_get_comment (f->store, id2, &error);

  f->site->fail_writes = 400;
  g_assert_true (byline_comment_moderator_moderate (moderator, &id1, 1, "spam", &error));
  g_assert_cmpint (byline_comment_moderator_edit (moderator, id2, "Too long for the site", &error), >, 0);
  g_assert_true (run_sync (f, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.failed, ==, 2);
  g_assert_cmpint (byline_store_outbox_count (f->store, "failed", NULL), ==, 2);
  g_assert_cmpint (count (f, "spam"), ==, 0);
  g_assert_cmpint (count (f, "hold"), ==, 2);
  c2 = byline_store_get_comment (f->store, id2, &error);
  g_assert_cmpstr (c2->content, ==, c1->content);

  /* Undo: the failed rows are withdrawn, nothing is sent back. */
  writes = f->site->writes;
  f->site->fail_writes = 0;
  g_assert_true (byline_comment_moderator_undo (moderator, &error));
  g_assert_true (byline_comment_moderator_undo (moderator, &error));
  g_assert_no_error (error);
  g_assert_cmpint (byline_store_outbox_count (f->store, NULL, NULL), ==, 0);
  memset (&stats, 0, sizeof stats);
  g_assert_true (run_sync (f, &stats, &error));
  g_assert_cmpuint (f->site->writes, ==, writes);
  g_assert_cmpuint (stats.sent + stats.failed, ==, 0);
  g_assert_cmpint (count (f, "hold"), ==, 2);
  c3 = byline_store_get_comment (f->store, id2, &error);
  g_assert_cmpstr (c3->content, ==, c1->content);

  /* A later change to the same comment is not undone by a refusal. */
  f->site->fail_writes = 409;
  g_assert_cmpint (byline_comment_moderator_edit (moderator, id2, "First", &error), >, 0);
  g_assert_true (byline_store_set_comment_content (f->store, id2, "Second, local", &error));
  g_assert_true (run_sync (f, NULL, &error));
  c4 = byline_store_get_comment (f->store, id2, &error);
  g_assert_cmpstr (c4->content, ==, "Second, local");
}

static void
test_unsent_edit_kept (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(BylineCommentModerator) moderator = byline_comment_moderator_new (f->store);
  g_autoptr(BylineCachedComment) cached = NULL;
  BylineCommentSyncStats stats = { 0, };
  g_autoptr(GError) error = NULL;
  FakeComment *c;
  gint64 id;

  seed (f, 3, 0, 0, 0);
  g_assert_true (run_sync (f, NULL, &error));
  id = byline_store_find_comment (f->store, "site", 2, NULL);

  f->site->fail_writes = 403;
  g_assert_cmpint (byline_comment_moderator_edit (moderator, id, "Edited while the site said no", &error), >, 0);
  g_assert_true (run_sync (f, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.failed, ==, 1);
  g_assert_cmpint (byline_store_outbox_count (f->store, "failed", NULL), ==, 1);

  c = fake_site_find (f->site, 2);
  g_free (c->status);
  c->status = g_strdup ("approved");
  memset (&stats, 0, sizeof stats);
  g_assert_true (run_sync (f, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.changed, ==, 1);
  cached = byline_store_get_comment (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cached->content, ==, "Edited while the site said no");
  g_assert_cmpstr (cached->status, ==, "approved");
  g_assert_cmpstr (fake_site_find (f->site, 2)->content, !=, "Edited while the site said no");

  /* Deleted on the site while the edit waits: the edit can never be made.
   * The comment leaves the cache and its failed edit is closed, instead of
   * both staying for ever. */
  g_ptr_array_remove (f->site->comments, fake_site_find (f->site, 2));
  memset (&stats, 0, sizeof stats);
  g_assert_true (run_sync (f, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.deleted, ==, 1);
  g_assert_cmpuint (stats.failed, ==, 0);
  g_assert_cmpint (byline_store_find_comment (f->store, "site", 2, NULL), ==, 0);
  g_assert_cmpint (byline_store_outbox_count (f->store, "failed", NULL), ==, 0);
  g_assert_cmpint (byline_store_outbox_count (f->store, "pending", NULL), ==, 0);
}

static void
test_hostile (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) big = g_string_new (NULL);
  g_autoptr(BylineCachedComment) c1 = NULL;
  g_autoptr(BylineCachedComment) c2 = NULL;
  g_autoptr(BylineCachedComment) c3 = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *label = NULL;
  gboolean spoof = FALSE;
  FakeComment *c;

  while (big->len < 60 * 1024)
    g_string_append (big, "Long long text. مقاله خوب بود. ");
  fake_site_add (f->site, 1, "hold", "mallory",
                 "<script>alert(1)</script><img src=x onerror=\"alert(2)\">"
                 "<a href=\"javascript:alert(3)\">prize</a> see https://casino.example/win", "2026-01-01T00:00:01");
  c = fake_site_add (f->site, 1, "hold", "x", big->str, "2026-01-01T00:00:02");
  g_free (c->author_name);
  c->author_name = g_strdup ("evil\u202Egpj.exe");
  g_free (c->author_url);
  c->author_url = g_strdup ("https://exa\u202Emple.com");
  fake_site_add (f->site, 1, "hold", "rtl", "سلام @@SURROGATE@@ world", "2026-01-01T00:00:03");

  g_assert_true (run_sync (f, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "hold"), ==, 3);

  c1 = byline_store_get_comment (f->store, byline_store_find_comment (f->store, "site", 1, NULL), &error);
  plain = byline_comment_text_to_plain (c1->content);
  g_assert_null (strstr (plain, "<script"));
  g_assert_null (strstr (plain, "onerror"));
  g_assert_nonnull (strstr (plain, "prize"));
  links = byline_comment_find_links (c1->content);
  g_assert_cmpuint (links->len, ==, 3);
  g_assert_cmpstr (links->pdata[1], ==, "javascript:alert(3)");
  g_assert_cmpfloat (c1->spam_score, >, 0.0);

  c2 = byline_store_get_comment (f->store, byline_store_find_comment (f->store, "site", 2, NULL), &error);
  g_assert_cmpuint (strlen (c2->content), >=, 60 * 1024);
  label = byline_comment_safe_label (c2->author_name, &spoof);
  g_assert_true (spoof);
  g_assert_cmpstr (label, ==, "evilgpj.exe");

  /* The site sent an invalid byte sequence: replaced, not crashed on. */
  c3 = byline_store_get_comment (f->store, byline_store_find_comment (f->store, "site", 3, NULL), &error);
  g_assert_nonnull (c3);
  g_assert_true (g_utf8_validate (c3->content, -1, NULL));
  g_assert_nonnull (strstr (c3->content, "سلام"));
}

/* An address in running text ends before the punctuation that follows it
 * (Markdown's closing parenthesis, a full stop); parentheses of its own
 * stay; an href is taken as written. */
static void
test_link_ends (void)
{
  g_autoptr(GPtrArray) links = byline_comment_find_links (
      "[link](http://example.com) and (see https://a.example/x). "
      "Also https://en.wikipedia.org/wiki/Tram_(band), www.example.org/tram! "
      "**https://b.example/y** <a href=\"https://c.example/z).\">c</a>");

  g_assert_cmpuint (links->len, ==, 6);
  g_assert_cmpstr (links->pdata[0], ==, "http://example.com");
  g_assert_cmpstr (links->pdata[1], ==, "https://a.example/x");
  g_assert_cmpstr (links->pdata[2], ==, "https://en.wikipedia.org/wiki/Tram_(band)");
  g_assert_cmpstr (links->pdata[3], ==, "www.example.org/tram");
  g_assert_cmpstr (links->pdata[4], ==, "https://b.example/y");
  g_assert_cmpstr (links->pdata[5], ==, "https://c.example/z).");
}

/* Joiners and direction marks are text, not spoofing: Persian spells
 * words with ZWNJ, emoji sequences need ZWJ, LRM/RLM only mark a
 * direction. Overrides, embeddings, isolates and invisible junk go. */
static void
test_safe_label_keeps_joiners (void)
{
  static const struct { const char *in, *out; gboolean removed; } cases[] = {
    { "تهران\u200Cنیوز", "تهران\u200Cنیوز", FALSE },
    { "\U0001F468\u200D\U0001F469\u200D\U0001F467 family", "\U0001F468\u200D\U0001F469\u200D\U0001F467 family", FALSE },
    { "abc\u200Eדף\u200F", "abc\u200Eדף\u200F", FALSE },
    { "evil\u202Egpj.exe", "evilgpj.exe", TRUE },
    { "\u2066a\u2069\u202Ab\u202C", "ab", TRUE },
    { "goo\u200Bgle\uFEFF\u2060", "google", TRUE },
    { "line\nbreak\x01", "line break", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gboolean removed = !cases[i].removed;
      g_autofree char *label = byline_comment_safe_label (cases[i].in, &removed);

      g_assert_cmpstr (label, ==, cases[i].out);
      g_assert_cmpint (removed, ==, cases[i].removed);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_setenv ("BYLINE_PASSWORD", "abcd EFGH 1234 ijkl MNOP 5678", TRUE);

  g_test_add ("/comment-sync/first", Fixture, NULL, setup, test_first_sync, teardown);
  g_test_add ("/comment-sync/first-many-stories", Fixture, NULL, setup, test_first_sync_many_stories, teardown);
  g_test_add ("/comment-sync/first-without-totals", Fixture, NULL, setup, test_first_sync_without_totals, teardown);
  g_test_add ("/comment-sync/incremental", Fixture, NULL, setup, test_incremental, teardown);
  g_test_add ("/comment-sync/after-skew", Fixture, NULL, setup, test_after_skew, teardown);
  g_test_add ("/comment-sync/send-refused", Fixture, NULL, setup, test_send_refused, teardown);
  g_test_add ("/comment-sync/send-edit", Fixture, NULL, setup, test_send_edit, teardown);
  g_test_add ("/comment-sync/send-moderation", Fixture, NULL, setup, test_send_moderation, teardown);
  g_test_add ("/comment-sync/send-shares-client", Fixture, NULL, setup, test_send_shares_client, teardown);
  g_test_add ("/comment-sync/reply-answer-lost", Fixture, NULL, setup, test_reply_answer_lost, teardown);
  g_test_add ("/comment-sync/send-rejected", Fixture, NULL, setup, test_send_rejected, teardown);
  g_test_add ("/comment-sync/unsent-edit-kept", Fixture, NULL, setup, test_unsent_edit_kept, teardown);
  g_test_add_func ("/comment-sync/safe-label-joiners", test_safe_label_keeps_joiners);
  g_test_add ("/comment-sync/hostile", Fixture, NULL, setup, test_hostile, teardown);
  g_test_add ("/comment-sync/row-being-sent-elsewhere", Fixture, NULL, setup, test_row_being_sent_elsewhere, teardown);
  g_test_add ("/comment-sync/reply-sent-elsewhere", Fixture, NULL, setup, test_reply_sent_elsewhere, teardown);
  g_test_add_func ("/comment-sync/link-ends", test_link_ends);

  return g_test_run ();
}

/* test-rel-netfault.c: publishing and moderating through a faulty network
 *
 * rel-fault-proxy.h stands between the real BylineCmsWordpress client and
 * the real WordPress of build-aux/wordpress, dropping connections before
 * and after the site acted, truncating bodies, answering 500/502/503/429
 * and delaying, from a fixed seed ($BYLINE_FAULT_SEED, default 8).
 * Through it the test creates posts (20, or 200 in long mode) and moderates
 * comments (100, or 1,000) with the client-side retry Byline uses: before
 * re-creating a post it looks for it by its UUID marker, so a create whose
 * answer was lost is not repeated. Then, faults off, it counts on the site:
 * lost operations, duplicate posts, comments in the wrong final status.
 *
 * The operations go through a RelNetDriver. `outbox` (the default,
 * BYLINE_RELIABILITY_VIA_OUTBOX=1) is what the app does: stories saved in a
 * store and queued as "publish" rows, comments moderated with
 * #BylineCommentModerator (queued "moderate" rows carrying the reader's IP
 * and browser), all sent by one #BylineOutboxRunner through the proxy with
 * its own backoff (on an injected clock, so waits cost no time), a few
 * passes with faults on, then faults off and drained. `direct`
 * (BYLINE_RELIABILITY_VIA_OUTBOX=0, build-aux/reliability --direct) is the
 * bare client with a retry loop.
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "rel-common.h"
#include "rel-fault-proxy.h"

#define MAX_ATTEMPTS 25

typedef struct
{
  BylineCmsWordpress *cms;      /* through the proxy */
  BylineCmsWordpress *direct;   /* straight to the site, for checking */
  RelFaultProxy       proxy;
  char               *marker;   /* this run's marker prefix */
  guint               retries;
  guint               gave_up;
  guint               found_after_loss; /* creates that reached the site unanswered */
  /* The outbox driver */
  char                   *dir;
  BylineStore            *store;
  BylineOutboxRunner     *runner;
  BylinePublisher        *publisher;
  BylineCommentModerator *moderator;
  gint64                  clock;          /* the runner's (fake) time */
  guint                   sent_with_faults;
  guint                   left_for_drain;
} Run;

typedef struct
{
  const char *name;
  /* Makes post @i exist on the site exactly once (eventually). */
  gboolean (*publish)  (Run *run, guint i);
  /* Makes @comment's status @status on the site (eventually). */
  gboolean (*moderate) (Run *run, const BylineCmsComment *comment, BylineCmsCommentStatus status);
  /* Faults on: send what was queued (NULL: nothing queued). */
  void     (*run)      (Run *run);
  /* Faults off: finish whatever is pending. */
  void     (*drain)    (Run *run);
} RelNetDriver;

static void
back_off (const GError *error,
          guint         attempt)
{
  guint retry_after = error ? byline_cms_error_get_retry_after (error) : 0;
  gint64 until = g_get_monotonic_time () +
                 (retry_after > 0 ? MIN (retry_after, 2) * G_USEC_PER_SEC : MIN (attempt, 10) * 20000);

  /* Keep the main loop (and the proxy in it) running while waiting. */
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE), g_usleep (2000);
}

static char *
post_marker (Run   *run,
             guint  i)
{
  return g_strdup_printf ("%sx%04u", run->marker, i);
}

/* Posts on the site whose content carries @marker (NULL: any of this run). */
static GPtrArray *
find_posts (BylineCmsWordpress  *cms,
            const char          *marker,
            GError             **error)
{
  g_autoptr(BylineCmsQuery) query = byline_cms_query_new ();
  g_autoptr(GAsyncResult) result = NULL;

  query->page = 0;
  query->search = g_strdup (marker);
  query->status = g_strdup ("publish");
  query->edit_context = TRUE;
  byline_cms_list_posts_async (BYLINE_CMS (cms), query, NULL, cms_test_result_cb, &result);
  return byline_cms_list_posts_finish (BYLINE_CMS (cms), cms_test_wait (&result), error);
}

static gboolean
direct_publish (Run   *run,
                guint  i)
{
  g_autofree char *marker = post_marker (run, i);

  for (guint attempt = 0; attempt < MAX_ATTEMPTS; attempt++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(BylineCmsPost) post = byline_cms_post_new ();
      g_autoptr(BylineCmsPost) created = NULL;

      if (attempt > 0)
        {
          /* Did an earlier attempt reach the site? Look before re-creating. */
          g_autoptr(GPtrArray) found = find_posts (run->cms, marker, &error);

          run->retries++;
          if (found == NULL)
            {
              back_off (error, attempt);
              continue;
            }
          if (found->len > 0)
            {
              run->found_after_loss++;
              return TRUE;
            }
        }
      post->title = g_strdup_printf ("Fault story %u", i);
      post->content = g_strdup_printf ("<p>Story %u.</p><p>%s</p>", i, marker);
      post->status = g_strdup ("publish");
      post->meta_uuid = g_strdup (marker);
      byline_cms_create_post_async (BYLINE_CMS (run->cms), post, NULL, cms_test_result_cb, &result);
      created = byline_cms_create_post_finish (BYLINE_CMS (run->cms), cms_test_wait (&result), &error);
      if (created != NULL)
        return TRUE;
      back_off (error, attempt);
    }
  run->gave_up++;
  return FALSE;
}

static gboolean
direct_moderate (Run                    *run,
                 const BylineCmsComment *comment,
                 BylineCmsCommentStatus  status)
{
  /* Setting a status is idempotent: retrying is always safe. */
  for (guint attempt = 0; attempt < MAX_ATTEMPTS; attempt++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(BylineCmsComment) moderated = NULL;

      if (attempt > 0)
        run->retries++;
      byline_cms_moderate_comment_async (BYLINE_CMS (run->cms), comment, status, NULL, cms_test_result_cb, &result);
      moderated = byline_cms_moderate_comment_finish (BYLINE_CMS (run->cms), cms_test_wait (&result), &error);
      if (moderated != NULL)
        return TRUE;
      back_off (error, attempt);
    }
  run->gave_up++;
  return FALSE;
}

static void
direct_drain (Run *run)
{
  /* Nothing is queued: every operation was retried until done. */
}

static const RelNetDriver rel_direct_driver = {
  "direct client with retry", direct_publish, direct_moderate, NULL, direct_drain,
};

/* The outbox driver: the app's own path. */

static gint64
outbox_clock (gpointer user_data)
{
  return ((Run *) user_data)->clock;
}

static void
outbox_sleep (guint    seconds,
              gpointer user_data)
{
  Run *run = user_data;

  /* Time passes for the runner at once; the proxy keeps serving. */
  run->clock += seconds;
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static BylineCms *
outbox_cms (BylineStore   *store,
            const char    *account,
            GCancellable  *cancellable,
            gpointer       user_data,
            GError       **error)
{
  Run *run = user_data;
  g_autofree char *root = g_strconcat (run->proxy.url, "/wp-json/", NULL);
  BylineCmsWordpress *cms = byline_cms_wordpress_new (run->proxy.url, g_getenv ("BYLINE_WP_EDITOR"),
                                                      g_getenv ("BYLINE_WP_EDITOR_PASSWORD"));

  byline_cms_wordpress_set_api_root (cms, root);
  byline_cms_wordpress_set_timeout (cms, 10);
  return BYLINE_CMS (cms);
}

static void
outbox_setup (Run *run)
{
  g_autoptr(BylineAccount) account = NULL;
  g_autoptr(GError) error = NULL;

  if (run->store != NULL)
    return;
  run->dir = rel_tmpdir ();
  run->store = test_store_open (run->dir);
  account = byline_account_new ("wp", g_getenv ("BYLINE_WP_URL"), "", g_getenv ("BYLINE_WP_EDITOR"), "Editor");
  g_assert_true (byline_store_save_account (run->store, account, &error));
  g_assert_no_error (error);

  run->clock = g_get_real_time () / G_USEC_PER_SEC;
  run->runner = byline_outbox_runner_new (run->store);
  byline_outbox_runner_set_clock (run->runner, outbox_clock, run);
  byline_outbox_runner_set_sleep (run->runner, outbox_sleep, run);
  byline_outbox_runner_set_cms_func (run->runner, outbox_cms, run, NULL);
  /* One runner sends both, as in the app (BylineContext). */
  run->publisher = byline_publisher_new (run->store, run->runner);
  byline_comment_outbox_register (run->runner);
  run->moderator = byline_comment_moderator_new (run->store);
}

static void
outbox_teardown (Run *run)
{
  if (run->store == NULL)
    return;
  g_clear_object (&run->moderator);
  g_clear_object (&run->publisher);
  g_clear_object (&run->runner);
  g_clear_object (&run->store);
  rel_rmdir (run->dir);
  g_clear_pointer (&run->dir, g_free);
}

static gboolean
outbox_publish (Run   *run,
                guint  i)
{
  g_autoptr(BylineArticle) article = byline_article_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *marker = post_marker (run, i);
  g_autofree char *title = g_strdup_printf ("Fault story %u", i);
  g_autofree char *body = g_strdup_printf ("Story %u.\n\n%s\n", i, marker);

  outbox_setup (run);
  byline_article_set_headline (article, title);
  byline_article_set_body (article, body);
  g_assert_true (byline_store_save_article (run->store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  g_assert_no_error (error);
  /* What byline_publisher_publish_sync() queues, without sending it now. */
  return byline_store_outbox_enqueue (run->store, "publish", "wp", byline_article_get_id (article),
                                      "{\"status\": \"publish\", \"force\": false}", &error) > 0;
}

static gboolean
outbox_moderate (Run                    *run,
                 const BylineCmsComment *comment,
                 BylineCmsCommentStatus  status)
{
  g_autoptr(BylineCachedComment) cached = byline_comment_from_cms (comment, "wp");
  g_autoptr(GError) error = NULL;
  gint64 id;

  outbox_setup (run);
  /* As a sync would have cached it (straight from the site). */
  id = byline_store_upsert_comment (run->store, cached, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_true (byline_comment_moderator_moderate (run->moderator, &id, 1,
                                                    byline_cms_comment_status_to_string (status), &error));
  g_assert_no_error (error);
  return TRUE;
}

static guint
outbox_waiting (Run *run)
{
  return byline_store_outbox_count (run->store, "pending", NULL) +
         byline_store_outbox_count (run->store, "sending", NULL) +
         byline_store_outbox_count (run->store, "failed", NULL);
}

/* Faults on: the runner's passes over what is due, its backoff on the
 * injected clock (a minute between passes). */
static void
outbox_run (Run *run)
{
  g_autoptr(GError) error = NULL;

  for (guint pass = 0; pass < 4 && outbox_waiting (run) > 0; pass++)
    {
      run->sent_with_faults += byline_outbox_runner_run_due_sync (run->runner, NULL, &error);
      g_assert_no_error (error);
      outbox_sleep (60, run);
    }
  run->left_for_drain = outbox_waiting (run);
}

static void
outbox_drain (Run *run)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;

  byline_outbox_runner_drain_sync (run->runner, BYLINE_OUTBOX_BACKOFF_MAX, NULL, &error);
  g_assert_no_error (error);
  /* Retries are what the runner did beyond one attempt per row. */
  items = byline_store_outbox_list (run->store, NULL, &error);
  for (guint i = 0; i < items->len; i++)
    {
      BylineOutboxItem *item = g_ptr_array_index (items, i);

      run->retries += item->attempts > 1 ? item->attempts - 1 : 0;
      if (!g_str_equal (item->state, "done"))
        {
          g_test_message ("outbox row %" G_GINT64_FORMAT " (%s) left %s: %s", item->id, item->kind,
                          item->state, item->last_error ? item->last_error : "");
          run->gave_up++;
        }
    }
}

static const RelNetDriver rel_outbox_driver = {
  "outbox runner (store, publisher, moderator)", outbox_publish, outbox_moderate, outbox_run, outbox_drain,
};

static GPtrArray *
list_comments (BylineCmsWordpress     *cms,
               BylineCmsCommentStatus  status,
               GError                **error)
{
  g_autoptr(BylineCmsQuery) query = byline_cms_query_new ();
  g_autoptr(GAsyncResult) result = NULL;

  query->page = 0;
  query->comment_status = status;
  query->edit_context = TRUE;
  byline_cms_list_comments_async (BYLINE_CMS (cms), query, NULL, cms_test_result_cb, &result);
  return byline_cms_list_comments_finish (BYLINE_CMS (cms), cms_test_wait (&result), error);
}

/* Every comment the account sees, whatever its status. */
static GPtrArray *
list_every_comment (BylineCmsWordpress *cms)
{
  static const BylineCmsCommentStatus statuses[] = {
    BYLINE_CMS_COMMENT_APPROVED, BYLINE_CMS_COMMENT_HOLD, BYLINE_CMS_COMMENT_SPAM, BYLINE_CMS_COMMENT_TRASH,
  };
  GPtrArray *every = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_cms_comment_free);

  for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) list = list_comments (cms, statuses[s], &error);

      g_assert_no_error (error);
      for (guint i = 0; i < list->len; i++)
        g_ptr_array_add (every, byline_cms_comment_copy (g_ptr_array_index (list, i)));
    }
  return every;
}

static gint
by_id_desc (gconstpointer a,
            gconstpointer b)
{
  const BylineCmsComment *x = *(BylineCmsComment **) a;
  const BylineCmsComment *y = *(BylineCmsComment **) b;

  return (x->id < y->id) - (x->id > y->id);
}

static void
seed_comments (guint n)
{
  g_autofree char *script = g_build_filename (g_getenv ("BYLINE_SOURCE_ROOT"), "build-aux", "wordpress", NULL);
  g_autofree char *count = g_strdup_printf ("%u", n);
  g_autoptr(GSubprocess) seed = NULL;
  g_autoptr(GError) error = NULL;

  seed = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE, &error,
                           script, "seed", g_getenv ("BYLINE_WP_DIR"), count, NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait_check (seed, NULL, &error));
  g_assert_no_error (error);
}

static void
test_faults (void)
{
  const char *url = g_getenv ("BYLINE_WP_URL");
  const char *seed_env = g_getenv ("BYLINE_FAULT_SEED");
  guint32 seed = seed_env ? (guint32) atoi (seed_env) : 8;
  gboolean via_outbox = g_strcmp0 (g_getenv ("BYLINE_RELIABILITY_VIA_OUTBOX"), "0") != 0;
  const RelNetDriver *driver = via_outbox ? &rel_outbox_driver : &rel_direct_driver;
  guint n_posts = rel_long_mode () ? 200 : 20;
  guint n_comments = rel_long_mode () ? 1000 : 100;
  g_autofree char *root = NULL;
  g_autofree char *direct_root = NULL;
  g_autoptr(GPtrArray) comments = NULL;
  g_autoptr(GPtrArray) posts = NULL;
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) final = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GError) error = NULL;
  g_autofree guint *copies = NULL;
  Run run = { 0 };
  guint lost = 0, duplicates = 0, wrong = 0, faults = 0;
  gint64 start = g_get_monotonic_time ();
  static const BylineCmsCommentStatus targets[] = {
    BYLINE_CMS_COMMENT_APPROVED, BYLINE_CMS_COMMENT_HOLD, BYLINE_CMS_COMMENT_SPAM, BYLINE_CMS_COMMENT_TRASH,
  };

  run.marker = g_strdup_printf ("relmark%ux%" G_GINT64_FORMAT, seed, g_get_real_time () / G_USEC_PER_SEC);
  rel_fault_proxy_start (&run.proxy, url, seed);
  run.proxy.rates[REL_FAULT_DROP_REQUEST] = 0.05;
  run.proxy.rates[REL_FAULT_DROP_RESPONSE] = 0.05;
  run.proxy.rates[REL_FAULT_TRUNCATE] = 0.04;
  run.proxy.rates[REL_FAULT_STATUS] = 0.06;
  run.proxy.rates[REL_FAULT_DELAY] = 0.05;

  run.cms = byline_cms_wordpress_new (run.proxy.url, g_getenv ("BYLINE_WP_EDITOR"), g_getenv ("BYLINE_WP_EDITOR_PASSWORD"));
  root = g_strconcat (run.proxy.url, "/wp-json/", NULL);
  byline_cms_wordpress_set_api_root (run.cms, root);
  byline_cms_wordpress_set_timeout (run.cms, 10);
  run.direct = byline_cms_wordpress_new (url, g_getenv ("BYLINE_WP_EDITOR"), g_getenv ("BYLINE_WP_EDITOR_PASSWORD"));
  direct_root = g_strconcat (url, "/wp-json/", NULL);
  byline_cms_wordpress_set_api_root (run.direct, direct_root);

  /* The comments to moderate: fresh ones, the newest n_comments. */
  seed_comments (n_comments);
  comments = list_every_comment (run.direct);
  g_ptr_array_sort (comments, by_id_desc);
  g_assert_cmpuint (comments->len, >=, n_comments);
  g_ptr_array_set_size (comments, n_comments);

  for (guint i = 0; i < n_posts; i++)
    driver->publish (&run, i);
  for (guint i = 0; i < comments->len; i++)
    {
      BylineCmsComment *c = g_ptr_array_index (comments, i);
      BylineCmsCommentStatus status = targets[g_rand_int_range (run.proxy.rand, 0, G_N_ELEMENTS (targets))];

      g_hash_table_insert (wanted, &c->id, GINT_TO_POINTER (status));
      driver->moderate (&run, c, status);
    }

  if (driver->run != NULL)
    driver->run (&run);

  /* Faults off, finish what is pending, then count on the site. */
  memset (run.proxy.rates, 0, sizeof run.proxy.rates);
  driver->drain (&run);

  posts = find_posts (run.direct, run.marker, &error);
  g_assert_no_error (error);
  copies = g_new0 (guint, n_posts);
  for (guint i = 0; i < posts->len; i++)
    {
      BylineCmsPost *p = g_ptr_array_index (posts, i);
      const char *m = p->content ? strstr (p->content, run.marker) : NULL;
      guint k;

      g_assert_nonnull (m);
      k = atoi (m + strlen (run.marker) + 1);
      g_assert_cmpuint (k, <, n_posts);
      copies[k]++;
    }
  for (guint i = 0; i < n_posts; i++)
    {
      lost += copies[i] == 0;
      duplicates += copies[i] > 1 ? copies[i] - 1 : 0;
    }

  {
    g_autoptr(GPtrArray) every = list_every_comment (run.direct);

    for (guint i = 0; i < every->len; i++)
      {
        BylineCmsComment *c = g_ptr_array_index (every, i);

        g_hash_table_insert (final, &c->id, GINT_TO_POINTER (c->status));
      }
    for (guint i = 0; i < comments->len; i++)
      {
        BylineCmsComment *c = g_ptr_array_index (comments, i);
        gpointer status;

        if (!g_hash_table_lookup_extended (final, &c->id, NULL, &status))
          lost++;
        else if (GPOINTER_TO_INT (status) != GPOINTER_TO_INT (g_hash_table_lookup (wanted, &c->id)))
          wrong++;
      }
  }

  for (guint f = REL_FAULT_DROP_REQUEST; f < REL_N_FAULTS; f++)
    {
      g_autofree char *key = g_strdup_printf ("net.faults.%s", rel_fault_names[f]);

      faults += run.proxy.counts[f];
      rel_figure (key, "%u", run.proxy.counts[f]);
    }
  rel_figure ("net.driver", "%s", driver->name);
  rel_figure ("net.seed", "%u", seed);
  rel_figure ("net.posts", "%u", n_posts);
  rel_figure ("net.comments", "%u", n_comments);
  rel_figure ("net.requests", "%u", faults + run.proxy.counts[REL_FAULT_NONE]);
  rel_figure ("net.faults", "%u", faults);
  rel_figure ("net.retries", "%u", run.retries);
  rel_figure ("net.gave_up", "%u", run.gave_up);
  if (via_outbox)
    rel_figure ("net.creates_found_by_uuid", "not counted (the publisher looks by UUID itself)");
  else
    rel_figure ("net.creates_found_by_uuid", "%u", run.found_after_loss);
  rel_figure ("net.lost", "%u", lost);
  rel_figure ("net.duplicate_posts", "%u", duplicates);
  rel_figure ("net.wrong_comment_status", "%u", wrong);
  rel_figure ("net.seconds", "%.1f", (g_get_monotonic_time () - start) / 1e6);
  if (via_outbox)
    {
      rel_figure ("net.outbox.sent_with_faults", "%u", run.sent_with_faults);
      rel_figure ("net.outbox.left_for_drain", "%u", run.left_for_drain);
      rel_figure ("net.outbox.rows_not_done", "%u", run.gave_up);
    }

  g_assert_cmpuint (faults, >, 0);
  g_assert_cmpuint (run.gave_up, ==, 0);
  g_assert_cmpuint (lost, ==, 0);
  g_assert_cmpuint (duplicates, ==, 0);
  g_assert_cmpuint (wrong, ==, 0);

  outbox_teardown (&run);
  g_clear_object (&run.cms);
  g_clear_object (&run.direct);
  rel_fault_proxy_stop (&run.proxy);
  g_free (run.marker);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (g_getenv ("BYLINE_WP_URL") == NULL)
    {
      if (g_getenv ("BYLINE_REQUIRE_WORDPRESS") != NULL)
        g_error ("BYLINE_WP_URL is not set: build-aux/wordpress did not start WordPress");
      g_test_skip ("No WordPress: run build-aux/reliability");
      return g_test_run ();
    }
  g_test_add_func ("/reliability/network/faults", test_faults);

  return g_test_run ();
}

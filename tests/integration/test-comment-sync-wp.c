/* test-comment-sync-wp.c: comment sync and moderation through the store
 * and the outbox against a real WordPress seeded with a few thousand
 * comments: sync all, moderate each way (WordPress's own status after,
 * the reader's IP and browser kept), reply, edit, and an incremental sync
 * after changes made on the site
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "byline-core.h"
#include "byline-test-tmp.h"
#include "cms-test-util.h"

#define N_SEEDED 2500

static BylineCms *site;     /* Byline's own view of the site, for checking */
static BylineStore *store;
static char *dir;

static const char *
env (const char *name)
{
  const char *value = g_getenv (name);

  g_assert_nonnull (value);
  return value;
}

/* Every comment id on the site → status, as WordPress says: reader
 * comments, pingbacks and trackbacks, the kinds the queue keeps. */
static GHashTable *
remote_states (void)
{
  BylineCmsCommentStatus statuses[] = {
    BYLINE_CMS_COMMENT_HOLD, BYLINE_CMS_COMMENT_APPROVED, BYLINE_CMS_COMMENT_SPAM, BYLINE_CMS_COMMENT_TRASH,
  };
  GHashTable *states = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
    {
      g_autoptr(BylineCmsQuery) query = byline_cms_query_new ();
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(GPtrArray) list = NULL;
      g_autoptr(GError) error = NULL;

      query->comment_status = statuses[s];
      query->comment_type = g_strdup ("all");
      query->fields = g_strdup ("id,status,type");
      byline_cms_list_comments_async (site, query, NULL, cms_test_result_cb, &result);
      list = byline_cms_list_comments_finish (site, cms_test_wait (&result), &error);
      g_assert_no_error (error);
      for (guint i = 0; i < list->len; i++)
        {
          BylineCmsComment *c = g_ptr_array_index (list, i);

          if (g_strcmp0 (c->type, "comment") != 0 && g_strcmp0 (c->type, "pingback") != 0 &&
              g_strcmp0 (c->type, "trackback") != 0)
            continue;
          g_hash_table_insert (states, g_memdup2 (&c->id, sizeof c->id), GINT_TO_POINTER (statuses[s] + 1));
        }
    }
  return states;
}

static BylineCmsComment *
remote_comment (gint64 id)
{
  BylineCmsCommentStatus statuses[] = {
    BYLINE_CMS_COMMENT_HOLD, BYLINE_CMS_COMMENT_APPROVED, BYLINE_CMS_COMMENT_SPAM, BYLINE_CMS_COMMENT_TRASH,
  };

  for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
    {
      g_autoptr(BylineCmsQuery) query = byline_cms_query_new ();
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(GPtrArray) list = NULL;
      g_autoptr(GError) error = NULL;

      query->comment_status = statuses[s];
      query->edit_context = TRUE;
      query->comment_type = g_strdup ("all");
      query->include = g_strdup_printf ("%" G_GINT64_FORMAT, id);
      byline_cms_list_comments_async (site, query, NULL, cms_test_result_cb, &result);
      list = byline_cms_list_comments_finish (site, cms_test_wait (&result), &error);
      g_assert_no_error (error);
      if (list->len == 1)
        return byline_cms_comment_copy (g_ptr_array_index (list, 0));
    }
  return NULL;
}

static void
sync_ok (BylineCommentSyncStats *stats)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  memset (stats, 0, sizeof *stats);
  byline_comment_sync_async (store, "wp", NULL, NULL, NULL, NULL, cms_test_result_cb, &result);
  g_assert_true (byline_comment_sync_finish (store, cms_test_wait (&result), stats, &error));
  g_assert_no_error (error);
}

static gint64
cached_count (void)
{
  BylineCommentQuery query = BYLINE_COMMENT_QUERY_INIT;

  query.account = "wp";
  return byline_store_count_comments (store, &query, NULL);
}

/* The @nth newest reader comment with @status in the cache. */
static gint64
nth_with_status (const char *status,
                 guint       nth)
{
  BylineCommentQuery query = BYLINE_COMMENT_QUERY_INIT;
  g_autoptr(GPtrArray) rows = NULL;

  query.account = "wp";
  query.status = status;
  query.search = "reader";
  query.offset = nth;
  query.limit = 1;
  rows = byline_store_query_comments (store, &query, NULL);
  g_assert_cmpuint (rows->len, ==, 1);
  return ((BylineCachedComment *) rows->pdata[0])->id;
}

static gint64
first_with_status (const char *status)
{
  return nth_with_status (status, 0);
}

static void
test_sync_all (void)
{
  g_autoptr(GHashTable) remote = remote_states ();
  BylineCommentSyncStats stats;

  sync_ok (&stats);
  g_assert_cmpuint (g_hash_table_size (remote), >=, N_SEEDED);
  g_assert_cmpint (cached_count (), ==, g_hash_table_size (remote));
  g_assert_cmpuint (stats.added, ==, g_hash_table_size (remote));
  g_assert_cmpuint (stats.headlines, >=, 1);
  /* the seeded post's text, for the spam filter (no local story is its) */
  g_assert_cmpuint (stats.stories, >=, 1);
}

/* A colleague's post (no local story) and a comment that copies a
 * sentence of it with a link: the sync fetches the post's text as
 * WordPress renders it and flags the comment for it */
static void
test_site_story (void)
{
  static const char sentence[] = "The new vessels, built by a regional shipyard, carry 180 passengers each and "
                                 "recharge in eleven minutes at the terminal berths.";
  g_autoptr(BylineCmsPost) post = byline_cms_post_new ();
  g_autoptr(BylineCmsPost) created = NULL;
  g_autoptr(BylineCmsPost) deleted = NULL;
  g_autoptr(BylineCmsComment) on = byline_cms_comment_new ();
  g_autoptr(BylineCmsComment) comment = NULL;
  g_autoptr(GAsyncResult) r1 = NULL;
  g_autoptr(GAsyncResult) r2 = NULL;
  g_autoptr(GAsyncResult) r3 = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineCachedComment) cached = NULL;
  g_autofree char *text = NULL;
  g_autofree char *copied = g_strconcat (sentence, " Interesting! https://ferry-guide-tickets.example/cheap", NULL);
  BylineCommentSyncStats stats;
  gboolean said = FALSE;

  post->title = g_strdup ("Harbour to get six electric ferries");
  post->content = g_strconcat ("<!-- wp:paragraph --><p>Six battery-electric ferries will join the fleet next "
                               "year.</p><!-- /wp:paragraph --><!-- wp:paragraph --><p>", sentence,
                               "</p><!-- /wp:paragraph -->", NULL);
  post->status = g_strdup ("publish");
  byline_cms_create_post_async (site, post, NULL, cms_test_result_cb, &r1);
  created = byline_cms_create_post_finish (site, cms_test_wait (&r1), &error);
  g_assert_no_error (error);
  on->post = created->id;
  byline_cms_reply_comment_async (site, on, copied, NULL, cms_test_result_cb, &r2);
  comment = byline_cms_reply_comment_finish (site, cms_test_wait (&r2), &error);
  g_assert_no_error (error);

  sync_ok (&stats);
  g_assert_cmpuint (stats.added, ==, 1);
  g_assert_cmpuint (stats.stories, ==, 1);
  text = byline_store_get_post_text (store, "wp", created->id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "regional shipyard"));
  g_assert_null (strstr (text, "wp:paragraph"));
  cached = byline_store_get_comment (store, byline_store_find_comment (store, "wp", comment->id, NULL), &error);
  g_assert_no_error (error);
  for (guint k = 0; cached->spam_reasons[k] != NULL; k++)
    said |= strstr (cached->spam_reasons[k], "of the story word for word") != NULL;
  g_assert_true (said);
  g_assert_cmpfloat (cached->spam_score, >=, 0.5);

  /* (its comment goes with it: the other tests count the site's) */
  byline_cms_delete_post_async (site, created->id, TRUE, NULL, cms_test_result_cb, &r3);
  deleted = byline_cms_delete_post_finish (site, cms_test_wait (&r3), &error);
  g_assert_no_error (error);
}

static void
test_moderate_each_way (void)
{
  g_autoptr(BylineCommentModerator) moderator = byline_comment_moderator_new (store);
  const char *ways[][2] = {
    { "hold", "approved" }, { "approved", "spam" }, { "spam", "hold" }, { "hold", "trash" }, { "trash", "approved" },
  };
  gint64 ids[G_N_ELEMENTS (ways)];
  BylineCommentSyncStats stats;
  g_autoptr(GError) error = NULL;

  /* Five different comments, chosen before any changes. */
  for (guint i = 0; i < G_N_ELEMENTS (ways); i++)
    {
      guint nth = 0;

      for (guint j = 0; j < i; j++)
        nth += g_str_equal (ways[j][0], ways[i][0]);
      ids[i] = nth_with_status (ways[i][0], nth);
    }
  for (guint i = 0; i < G_N_ELEMENTS (ways); i++)
    {
      g_assert_true (byline_comment_moderator_moderate (moderator, &ids[i], 1, ways[i][1], &error));
      g_assert_no_error (error);
    }
  sync_ok (&stats);
  g_assert_cmpuint (stats.sent, ==, G_N_ELEMENTS (ways));
  g_assert_cmpuint (stats.failed, ==, 0);
  g_assert_cmpint (byline_store_outbox_count (store, "pending", NULL), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (ways); i++)
    {
      g_autoptr(BylineCachedComment) cached = byline_store_get_comment (store, ids[i], &error);
      g_autoptr(BylineCmsComment) there = remote_comment (cached->remote_id);

      g_assert_nonnull (there);
      g_assert_cmpstr (byline_cms_comment_status_to_string (there->status), ==, ways[i][1]);
      g_assert_cmpstr (cached->status, ==, ways[i][1]);
      /* WordPress kept the reader's address and browser. */
      g_assert_cmpstr (there->author_ip, ==, cached->author_ip);
      g_assert_true (g_str_has_prefix (there->author_user_agent, "SeedBrowser/"));
    }
}

static void
test_reply (void)
{
  g_autoptr(BylineCommentModerator) moderator = byline_comment_moderator_new (store);
  g_autoptr(BylineCachedComment) parent = byline_store_get_comment (store, first_with_status ("approved"), NULL);
  g_autoptr(GError) error = NULL;
  BylineCommentSyncStats stats;
  BylineCommentQuery query = BYLINE_COMMENT_QUERY_INIT;
  g_autoptr(GPtrArray) found = NULL;

  g_assert_cmpint (byline_comment_moderator_reply (moderator, parent->id, "Thank you — corrected.", &error), >, 0);
  sync_ok (&stats);
  g_assert_cmpuint (stats.sent, ==, 1);

  query.account = "wp";
  query.search = "corrected";
  found = byline_store_query_comments (store, &query, NULL);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpint (((BylineCachedComment *) found->pdata[0])->parent, ==, parent->remote_id);
  {
    g_autoptr(BylineCmsComment) there = remote_comment (((BylineCachedComment *) found->pdata[0])->remote_id);

    g_assert_nonnull (there);
    g_assert_cmpint (there->parent, ==, parent->remote_id);
  }
}

/* `e`: WordPress has the new text afterwards, and still the reader's
 * address and browser and the comment's status. */
static void
test_edit (void)
{
  g_autoptr(BylineCommentModerator) moderator = byline_comment_moderator_new (store);
  g_autoptr(BylineCachedComment) cached = byline_store_get_comment (store, nth_with_status ("approved", 3), NULL);
  g_autoptr(BylineCmsComment) there = NULL;
  g_autoptr(GError) error = NULL;
  BylineCommentSyncStats stats;
  const char *text = "Edited by the desk: the ferry leaves at 09:40, not 09:14.";

  g_assert_cmpint (byline_comment_moderator_edit (moderator, cached->id, text, &error), >, 0);
  g_assert_no_error (error);
  sync_ok (&stats);
  g_assert_cmpuint (stats.sent, ==, 1);
  g_assert_cmpuint (stats.failed, ==, 0);
  g_assert_cmpint (byline_store_outbox_count (store, "pending", NULL), ==, 0);

  there = remote_comment (cached->remote_id);
  g_assert_nonnull (there);
  g_assert_cmpstr (there->content, ==, text);
  g_assert_cmpstr (byline_cms_comment_status_to_string (there->status), ==, "approved");
  g_assert_cmpstr (there->author_ip, ==, cached->author_ip);
  g_assert_cmpstr (there->author_user_agent, ==, cached->author_user_agent);
  g_assert_true (g_str_has_prefix (there->author_user_agent, "SeedBrowser/"));

  /* WordPress stores a link with rel="nofollow ugc" (and, without
   * unfiltered_html, a `javascript:` one without its scheme): the cache
   * keeps the text the site stored, not the one sent. */
  {
    g_autoptr(BylineCmsComment) filtered = NULL;
    g_autoptr(BylineCachedComment) local = NULL;
    const char *link = "See <a href=\"javascript:alert(1)\">x</a> and <a href=\"https://example.com/\">y</a>";

    g_assert_cmpint (byline_comment_moderator_edit (moderator, cached->id, link, &error), >, 0);
    sync_ok (&stats);
    g_assert_cmpuint (stats.sent, ==, 1);
    filtered = remote_comment (cached->remote_id);
    g_assert_nonnull (strstr (filtered->content, "ugc"));
    local = byline_store_get_comment (store, cached->id, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (local->content, ==, filtered->content);
    g_assert_cmpstr (local->content, !=, link);
  }
}

static void
test_incremental_after_site_change (void)
{
  g_autoptr(BylineCachedComment) moved = byline_store_get_comment (store, first_with_status ("hold"), NULL);
  g_autoptr(BylineCachedComment) gone = byline_store_get_comment (store, first_with_status ("approved"), NULL);
  g_autoptr(BylineCmsComment) c = byline_cms_comment_new ();
  g_autoptr(BylineCmsComment) done = NULL;
  g_autoptr(BylineCmsComment) deleted = NULL;
  g_autoptr(GAsyncResult) r1 = NULL;
  g_autoptr(GAsyncResult) r2 = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) remote = NULL;
  g_autoptr(BylineCachedComment) after = NULL;
  BylineCommentSyncStats stats;

  /* Someone else, in wp-admin: approves one, deletes one for good. */
  c->id = moved->remote_id;
  byline_cms_moderate_comment_async (site, c, BYLINE_CMS_COMMENT_APPROVED, NULL, cms_test_result_cb, &r1);
  done = byline_cms_moderate_comment_finish (site, cms_test_wait (&r1), &error);
  g_assert_no_error (error);
  byline_cms_delete_comment_async (site, gone->remote_id, TRUE, NULL, cms_test_result_cb, &r2);
  deleted = byline_cms_delete_comment_finish (site, cms_test_wait (&r2), &error);
  g_assert_no_error (error);

  sync_ok (&stats);
  g_assert_cmpuint (stats.changed, >=, 1);
  g_assert_cmpuint (stats.deleted, >=, 1);
  g_assert_cmpuint (stats.added, ==, 0);
  after = byline_store_get_comment (store, moved->id, &error);
  g_assert_cmpstr (after->status, ==, "approved");
  g_assert_cmpint (byline_store_find_comment (store, "wp", gone->remote_id, NULL), ==, 0);

  remote = remote_states ();
  g_assert_cmpint (cached_count (), ==, g_hash_table_size (remote));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineAccount) account = NULL;
  g_autofree char *path = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (g_getenv ("BYLINE_WP_URL") == NULL)
    {
      if (g_getenv ("BYLINE_REQUIRE_WORDPRESS") != NULL)
        g_error ("BYLINE_WP_URL is not set: build-aux/wordpress did not start WordPress");
      g_test_skip ("No WordPress: run build-aux/check, or source the env of build-aux/wordpress start");
      return g_test_run ();
    }

  /* A few thousand comments on the site. */
  {
    g_autofree char *script = g_build_filename (env ("BYLINE_SOURCE_ROOT"), "build-aux", "wordpress", NULL);
    g_autofree char *count = g_strdup_printf ("%d", N_SEEDED);
    const char *args[] = { script, "seed", env ("BYLINE_WP_DIR"), count, NULL };
    g_autofree char *out = NULL;
    int wait_status;

    /* Its output is not TAP: keep it. */
    g_spawn_sync (NULL, (char **) args, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &wait_status, &error);
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  }

  site = BYLINE_CMS (byline_cms_wordpress_new (env ("BYLINE_WP_URL"), env ("BYLINE_WP_EDITOR"),
                                               env ("BYLINE_WP_EDITOR_PASSWORD")));
  dir = g_dir_make_tmp ("byline-wp-sync-XXXXXX", &error);
  path = g_build_filename (dir, "byline.db", NULL);
  store = byline_store_new (path, NULL, &error);
  g_assert_no_error (error);
  account = byline_account_new ("wp", env ("BYLINE_WP_URL"), "", env ("BYLINE_WP_EDITOR"), "Editor");
  g_assert_true (byline_store_save_account (store, account, &error));
  g_setenv ("BYLINE_PASSWORD", env ("BYLINE_WP_EDITOR_PASSWORD"), TRUE);

  g_test_add_func ("/wordpress/comment-sync/sync-all", test_sync_all);
  g_test_add_func ("/wordpress/comment-sync/moderate-each-way", test_moderate_each_way);
  g_test_add_func ("/wordpress/comment-sync/reply", test_reply);
  g_test_add_func ("/wordpress/comment-sync/edit", test_edit);
  g_test_add_func ("/wordpress/comment-sync/incremental-after-site-change", test_incremental_after_site_change);
  g_test_add_func ("/wordpress/comment-sync/site-story", test_site_story);

  status = g_test_run ();

  g_clear_object (&store);
  g_clear_object (&site);
  rm_rf (dir);
  g_free (dir);
  return status;
}

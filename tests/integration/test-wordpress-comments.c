/* test-wordpress-comments.c: comment listing and moderation against a real
 * WordPress (see test-wordpress.c for how the site comes up)
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-core.h"
#include "cms-test-util.h"

#define N_SEEDED 12

static BylineCms *editor;
static gint64 post_id;

static const char *
env (const char *name)
{
  const char *value = g_getenv (name);

  g_assert_nonnull (value);
  return value;
}

static GPtrArray *
list_after (BylineCmsCommentStatus status,
            guint                  per_page,
            const char            *fields,
            GDateTime             *after)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(BylineCmsQuery) query = byline_cms_query_new ();
  g_autoptr(GError) error = NULL;
  GPtrArray *comments;

  query->comment_status = status;
  query->per_page = per_page;
  query->edit_context = TRUE;
  query->post = post_id;
  query->fields = g_strdup (fields);
  query->after = after ? g_date_time_ref (after) : NULL;
  byline_cms_list_comments_async (editor, query, NULL, cms_test_result_cb, &result);
  comments = byline_cms_list_comments_finish (editor, cms_test_wait (&result), &error);
  g_assert_no_error (error);
  return comments;
}

static GPtrArray *
list (BylineCmsCommentStatus status,
      guint                  per_page,
      const char            *fields)
{
  return list_after (status, per_page, fields, NULL);
}

/* What WordPress has for comment @id now (context=edit), or NULL when it
 * is not in @status. */
static BylineCmsComment *
find (gint64                 id,
      BylineCmsCommentStatus status)
{
  g_autoptr(GPtrArray) comments = list (status, 100, NULL);

  for (guint i = 0; i < comments->len; i++)
    {
      BylineCmsComment *c = g_ptr_array_index (comments, i);

      if (c->id == id)
        return byline_cms_comment_copy (c);
    }
  return NULL;
}

static void
seed (void)
{
  g_autofree char *script = g_build_filename (env ("BYLINE_SOURCE_ROOT"), "build-aux", "wordpress", NULL);
  g_autofree char *count = g_strdup_printf ("%d", N_SEEDED);
  g_autofree char *post = g_strdup_printf ("%" G_GINT64_FORMAT, post_id);
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { script, "seed", env ("BYLINE_WP_DIR"), count, post, NULL };
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpint (g_ascii_strtoll (out, NULL, 10), ==, N_SEEDED);
}

static void
test_list_by_status (void)
{
  BylineCmsCommentStatus statuses[] = {
    BYLINE_CMS_COMMENT_HOLD, BYLINE_CMS_COMMENT_APPROVED, BYLINE_CMS_COMMENT_SPAM, BYLINE_CMS_COMMENT_TRASH,
  };
  g_autoptr(GHashTable) ids = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) cheap = NULL;
  guint total = 0;
  guint held = 0;

  for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
    {
      /* Two per page: the list is fetched in several pages in flight. */
      g_autoptr(GPtrArray) comments = list (statuses[s], 2, NULL);

      for (guint i = 0; i < comments->len; i++)
        {
          BylineCmsComment *c = g_ptr_array_index (comments, i);

          g_assert_cmpint (c->status, ==, statuses[s]);
          g_assert_cmpint (c->post, ==, post_id);
          g_assert_true (g_str_has_prefix (c->author_ip, "192.0.2."));
          g_assert_true (g_str_has_prefix (c->author_user_agent, "SeedBrowser/"));
          g_assert_nonnull (c->content);
          g_assert_false (g_hash_table_contains (ids, &c->id));
          g_hash_table_add (ids, &c->id);
        }
      if (statuses[s] == BYLINE_CMS_COMMENT_HOLD)
        held = comments->len;
      total += comments->len;
      g_hash_table_remove_all (ids);
    }
  g_assert_cmpuint (total, ==, N_SEEDED);
  g_assert_cmpuint (held, >, 0);

  /* "all" is WordPress's hold + approved. */
  all = list (BYLINE_CMS_COMMENT_ALL, 5, NULL);
  g_assert_cmpuint (all->len, >=, held);
  g_assert_cmpuint (all->len, <, N_SEEDED);

  /* The cheap pass of a sync: ids and statuses only. */
  cheap = list (BYLINE_CMS_COMMENT_HOLD, 100, "id,status");
  g_assert_cmpuint (cheap->len, ==, held);
  g_assert_null (((BylineCmsComment *) g_ptr_array_index (cheap, 0))->content);
  g_assert_cmpint (((BylineCmsComment *) g_ptr_array_index (cheap, 0))->status, ==, BYLINE_CMS_COMMENT_HOLD);
}

static void
test_after (void)
{
  g_autoptr(GPtrArray) held = list (BYLINE_CMS_COMMENT_HOLD, 100, NULL);
  g_autoptr(GPtrArray) newer = NULL;
  GDateTime *pivot;
  guint expected = 0;

  /* Seeded one second apart; the site's local time is not GMT. */
  g_assert_cmpuint (held->len, >=, 2);
  pivot = ((BylineCmsComment *) g_ptr_array_index (held, 0))->date_gmt;
  for (guint i = 0; i < held->len; i++)
    {
      if (g_date_time_compare (((BylineCmsComment *) g_ptr_array_index (held, i))->date_gmt, pivot) > 0)
        expected++;
    }
  g_assert_cmpuint (expected, ==, held->len - 1);

  newer = list_after (BYLINE_CMS_COMMENT_HOLD, 100, NULL, pivot);
  g_assert_cmpuint (newer->len, ==, expected);
  for (guint i = 0; i < newer->len; i++)
    g_assert_cmpint (g_date_time_compare (((BylineCmsComment *) g_ptr_array_index (newer, i))->date_gmt, pivot), >, 0);
}

static BylineCmsComment *
moderate (const BylineCmsComment *comment,
          BylineCmsCommentStatus  status)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  BylineCmsComment *changed;

  byline_cms_moderate_comment_async (editor, comment, status, NULL, cms_test_result_cb, &result);
  changed = byline_cms_moderate_comment_finish (editor, cms_test_wait (&result), &error);
  g_assert_no_error (error);
  return changed;
}

static void
test_moderate_each_way (void)
{
  g_autoptr(GPtrArray) held = list (BYLINE_CMS_COMMENT_HOLD, 100, NULL);
  BylineCmsCommentStatus path[] = {
    BYLINE_CMS_COMMENT_APPROVED, BYLINE_CMS_COMMENT_HOLD, BYLINE_CMS_COMMENT_SPAM,
    BYLINE_CMS_COMMENT_APPROVED, BYLINE_CMS_COMMENT_TRASH, BYLINE_CMS_COMMENT_HOLD,
  };
  g_autoptr(BylineCmsComment) original = NULL;

  g_assert_cmpuint (held->len, >, 0);
  original = byline_cms_comment_copy (g_ptr_array_index (held, 0));

  for (guint i = 0; i < G_N_ELEMENTS (path); i++)
    {
      g_autoptr(BylineCmsComment) changed = moderate (original, path[i]);
      g_autoptr(BylineCmsComment) stored = NULL;

      g_assert_cmpint (changed->status, ==, path[i]);
      /* WordPress's own view, fetched again: the reader's IP and browser
       * survived, not the moderator's 127.0.0.1 and Byline/VERSION. */
      stored = find (original->id, path[i]);
      g_assert_nonnull (stored);
      g_assert_cmpstr (stored->author_ip, ==, original->author_ip);
      g_assert_cmpstr (stored->author_user_agent, ==, original->author_user_agent);
      g_assert_cmpstr (stored->content, ==, original->content);
      g_assert_cmpstr (stored->author_name, ==, original->author_name);
    }
}

static void
test_reply_and_delete (void)
{
  g_autoptr(GPtrArray) approved = list (BYLINE_CMS_COMMENT_APPROVED, 100, NULL);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(BylineCmsComment) reply = NULL;
  g_autoptr(BylineCmsComment) stored = NULL;
  g_autoptr(BylineCmsComment) deleted = NULL;
  g_autoptr(GError) error = NULL;
  BylineCmsComment *parent;
  const char *text = "Thanks — we have asked the transit authority. <script>x</script>";

  g_assert_cmpuint (approved->len, >, 0);
  parent = g_ptr_array_index (approved, 0);

  byline_cms_reply_comment_async (editor, parent, text, NULL, cms_test_result_cb, &result);
  reply = byline_cms_reply_comment_finish (editor, cms_test_wait (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpint (reply->parent, ==, parent->id);
  g_assert_cmpint (reply->post, ==, post_id);
  g_assert_cmpint (reply->author, ==, g_ascii_strtoll (env ("BYLINE_WP_EDITOR_ID"), NULL, 10));
  /* An editor's reply is approved at once. */
  g_assert_cmpint (reply->status, ==, BYLINE_CMS_COMMENT_APPROVED);

  stored = find (reply->id, BYLINE_CMS_COMMENT_APPROVED);
  g_assert_nonnull (stored);
  g_assert_cmpint (stored->parent, ==, parent->id);
  /* Editors have unfiltered_html: WordPress stores the text as sent,
   * script tag included. Byline shows comments as inert text. */
  g_assert_cmpstr (stored->content, ==, text);

  g_clear_object (&result);
  byline_cms_delete_comment_async (editor, reply->id, FALSE, NULL, cms_test_result_cb, &result);
  deleted = byline_cms_delete_comment_finish (editor, cms_test_wait (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpint (deleted->status, ==, BYLINE_CMS_COMMENT_TRASH);
  g_clear_pointer (&stored, byline_cms_comment_free);
  stored = find (reply->id, BYLINE_CMS_COMMENT_TRASH);
  g_assert_nonnull (stored);
}

static void
make_post (void)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(BylineCmsPost) post = byline_cms_post_new ();
  g_autoptr(BylineCmsPost) created = NULL;
  g_autoptr(GError) error = NULL;

  post->title = g_strdup ("Readers respond");
  post->content = g_strdup ("<p>Comments below.</p>");
  post->status = g_strdup ("publish");
  byline_cms_create_post_async (editor, post, NULL, cms_test_result_cb, &result);
  created = byline_cms_create_post_finish (editor, cms_test_wait (&result), &error);
  g_assert_no_error (error);
  post_id = created->id;
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (g_getenv ("BYLINE_WP_URL") == NULL)
    {
      if (g_getenv ("BYLINE_REQUIRE_WORDPRESS") != NULL)
        g_error ("BYLINE_WP_URL is not set: build-aux/wordpress did not start WordPress");
      g_test_skip ("No WordPress: run build-aux/check, or source the env of build-aux/wordpress start");
      return g_test_run ();
    }

  editor = BYLINE_CMS (byline_cms_wordpress_new (env ("BYLINE_WP_URL"), env ("BYLINE_WP_EDITOR"),
                                                 env ("BYLINE_WP_EDITOR_PASSWORD")));
  make_post ();
  seed ();

  g_test_add_func ("/wordpress/comments/list-by-status", test_list_by_status);
  g_test_add_func ("/wordpress/comments/after", test_after);
  g_test_add_func ("/wordpress/comments/moderate-each-way", test_moderate_each_way);
  g_test_add_func ("/wordpress/comments/reply-and-delete", test_reply_and_delete);

  status = g_test_run ();

  g_clear_object (&editor);
  return status;
}

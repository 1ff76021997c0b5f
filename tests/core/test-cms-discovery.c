/* test-cms-discovery.c: the WordPress backend finding the REST API, paging
 * through lists with several pages in flight, and what moderation sends
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cms-test-server.h"

/* Discovery */

static void
link_site (Fixture *f, SoupServerMessage *msg, const char *path)
{
  if (g_str_equal (path, "/"))
    {
      g_autofree char *link = g_strdup_printf ("<%s/custom/api/>; rel=\"https://api.w.org/\"", f->a.url);

      soup_message_headers_append (soup_server_message_get_response_headers (msg), "Link",
                                   "<http://127.0.0.1/feed>; rel=\"alternate\"");
      soup_message_headers_append (soup_server_message_get_response_headers (msg), "Link", link);
      respond (msg, 200, "text/html", "<html></html>");
    }
  else if (g_str_equal (path, "/custom/api/wp/v2/users/me"))
    ok_user (f, msg, path);
  else
    h404 (f, msg, path);
}

static void
rest_route_site (Fixture *f, SoupServerMessage *msg, const char *path)
{
  GUri *uri = soup_server_message_get_uri (msg);
  g_autoptr(GHashTable) query = g_uri_get_query (uri) ? g_uri_parse_params (g_uri_get_query (uri), -1, "&", G_URI_PARAMS_NONE, NULL) : NULL;
  const char *route = query ? g_hash_table_lookup (query, "rest_route") : NULL;

  if (route == NULL)
    respond (msg, 200, "text/html", "<html>no pretty permalinks</html>");
  else if (g_str_equal (route, "/"))
    respond (msg, 200, "application/json", "{\"namespaces\": [\"oembed/1.0\", \"wp/v2\"]}");
  else if (g_str_equal (route, "/wp/v2/users/me") && g_strcmp0 (g_hash_table_lookup (query, "context"), "edit") == 0)
    ok_user (f, msg, path);
  else
    h404 (f, msg, path);
}

static void
test_discovery (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineCmsUser) user = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *site = g_strconcat (f->a.url, "/", NULL);

  g_clear_object (&f->cms);
  f->cms = byline_cms_wordpress_new (site, "editor", "pw");
  g_assert_null (byline_cms_wordpress_get_api_root (f->cms));

  if (GPOINTER_TO_INT (data) == 0)
    {
      f->a.handler = link_site;
      expected = g_strconcat (f->a.url, "/custom/api/", NULL);
    }
  else
    {
      f->a.handler = rest_route_site;
      expected = g_strconcat (f->a.url, "?rest_route=/", NULL);
    }

  user = verify (f, &error);
  g_assert_no_error (error);
  g_assert_cmpint (user->id, ==, 2);
  g_assert_cmpstr (byline_cms_wordpress_get_api_root (f->cms), ==, expected);
}

static void
test_discovery_none (Fixture       *f,
                     gconstpointer  data)
{
  g_clear_object (&f->cms);
  f->cms = byline_cms_wordpress_new (f->a.url, "editor", "pw");
  f->a.handler = login_page;
  assert_verify_fails (f, BYLINE_CMS_ERROR_NOT_SUPPORTED, "No WordPress REST API");
  g_assert_null (byline_cms_wordpress_get_api_root (f->cms));
}

/* Paging: page 1 says how many; the rest several at once, in order. */

/* Answers to pages 2 and later are held back until a second request is in
 * flight (or 3 s have passed): a client that pages one by one shows up as
 * max_in_flight == 1, however slow the machine is. */
static GPtrArray *held;
static guint release_id;

static gboolean
release_cb (gpointer data)
{
  Server *s = data;

  g_clear_handle_id (&release_id, g_source_remove);
  for (guint i = 0; i < held->len; i++)
    {
      s->in_flight--;
      soup_server_message_unpause (g_ptr_array_index (held, i));
    }
  g_ptr_array_set_size (held, 0);
  return G_SOURCE_REMOVE;
}

static void
comments_pages (Fixture *f, SoupServerMessage *msg, const char *path)
{
  GUri *uri = soup_server_message_get_uri (msg);
  g_autoptr(GHashTable) query = g_uri_parse_params (g_uri_get_query (uri), -1, "&", G_URI_PARAMS_NONE, NULL);
  guint page = atoi (g_hash_table_lookup (query, "page"));
  guint per_page = atoi (g_hash_table_lookup (query, "per_page"));
  g_autoptr(GString) body = g_string_new ("[");
  g_autofree char *pages = g_strdup_printf ("%u", 5);

  g_assert_cmpstr (path, ==, "/wp-json/wp/v2/comments");
  g_assert_cmpstr (g_hash_table_lookup (query, "status"), ==, "hold");
  g_assert_cmpstr (g_hash_table_lookup (query, "context"), ==, "edit");
  g_assert_cmpuint (per_page, ==, 3);
  for (guint i = 0; i < per_page; i++)
    g_string_append_printf (body, "%s{\"id\": %u, \"post\": 4, \"status\": \"hold\", \"author_ip\": \"192.0.2.1\","
                                  " \"content\": {\"raw\": \"<script>alert(1)</script>\"}}",
                            i ? "," : "", (page - 1) * per_page + i + 1);
  g_string_append (body, "]");
  soup_message_headers_replace (soup_server_message_get_response_headers (msg), "X-WP-Total", "15");
  soup_message_headers_replace (soup_server_message_get_response_headers (msg), "X-WP-TotalPages", pages);
  respond (msg, 200, "application/json", body->str);

  if (page == 1)
    return;

  if (held == NULL)
    held = g_ptr_array_new_with_free_func (g_object_unref);
  f->a.in_flight++;
  f->a.max_in_flight = MAX (f->a.max_in_flight, f->a.in_flight);
  soup_server_message_pause (msg);
  g_ptr_array_add (held, g_object_ref (msg));
  if (held->len >= 2)
    {
      g_clear_handle_id (&release_id, g_source_remove);
      release_id = g_idle_add (release_cb, &f->a);
    }
  else if (release_id == 0)
    release_id = g_timeout_add (3000, release_cb, &f->a);
}

static GPtrArray *
list_held_comments (Fixture  *f,
                    GError  **error)
{
  g_autoptr(BylineCmsQuery) query = byline_cms_query_new ();

  query->comment_status = BYLINE_CMS_COMMENT_HOLD;
  query->per_page = 3;
  query->edit_context = TRUE;
  byline_cms_list_comments_async (BYLINE_CMS (f->cms), query, NULL, cms_test_result_cb, &f->result);
  return byline_cms_list_comments_finish (BYLINE_CMS (f->cms), cms_test_wait (&f->result), error);
}

static void
test_paging (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) comments = NULL;
  g_autoptr(GError) error = NULL;

  f->a.handler = comments_pages;
  comments = list_held_comments (f, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (comments->len, ==, 15);
  for (guint i = 0; i < comments->len; i++)
    {
      BylineCmsComment *c = g_ptr_array_index (comments, i);

      g_assert_cmpint (c->id, ==, i + 1);
      g_assert_cmpint (c->status, ==, BYLINE_CMS_COMMENT_HOLD);
      g_assert_cmpstr (c->content, ==, "<script>alert(1)</script>");
    }
  g_assert_cmpuint (f->a.hits, ==, 5);
  /* Pages 2–5 were in flight together. */
  g_assert_cmpuint (f->a.max_in_flight, >=, 2);
  g_clear_pointer (&held, g_ptr_array_unref);
}

static void
comments_page3_fails (Fixture *f, SoupServerMessage *msg, const char *path)
{
  GUri *uri = soup_server_message_get_uri (msg);
  g_autoptr(GHashTable) query = g_uri_parse_params (g_uri_get_query (uri), -1, "&", G_URI_PARAMS_NONE, NULL);

  if (g_str_equal (g_hash_table_lookup (query, "page"), "3"))
    h503 (f, msg, path);
  else
    comments_pages (f, msg, path);
}

static void
test_paging_failure (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) comments = NULL;
  g_autoptr(GError) error = NULL;

  f->a.handler = comments_page3_fails;
  comments = list_held_comments (f, &error);
  g_assert_null (comments);
  g_assert_error (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_SERVER);
  g_assert_cmpuint (byline_cms_error_get_retry_after (error), ==, 30);
  /* Let the other pages land before the fixture goes. */
  while (f->a.in_flight > 0)
    g_main_context_iteration (NULL, TRUE);
  g_clear_pointer (&held, g_ptr_array_unref);
}

static void
moderate_echo (Fixture *f, SoupServerMessage *msg, const char *path)
{
  SoupMessageBody *body = soup_server_message_get_request_body (msg);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *object;

  g_assert_cmpstr (soup_server_message_get_method (msg), ==, "POST");
  g_assert_cmpstr (path, ==, "/wp-json/wp/v2/comments/9");
  g_assert_true (json_parser_load_from_data (parser, body->data, body->length, NULL));
  object = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (object, "status"), ==, "approve");
  g_assert_cmpstr (json_object_get_string_member (object, "author_ip"), ==, "192.0.2.77");
  g_assert_cmpstr (json_object_get_string_member (object, "author_user_agent"), ==, "Reader/1.0");
  respond (msg, 200, "application/json",
           "{\"id\": 9, \"post\": 4, \"status\": \"approved\", \"author_ip\": \"192.0.2.77\"}");
}

static void
test_moderate_sends_original_author (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(BylineCmsComment) comment = byline_cms_comment_new ();
  g_autoptr(BylineCmsComment) result = NULL;
  g_autoptr(GError) error = NULL;

  comment->id = 9;
  comment->post = 4;
  comment->author_ip = g_strdup ("192.0.2.77");
  comment->author_user_agent = g_strdup ("Reader/1.0");
  f->a.handler = moderate_echo;
  byline_cms_moderate_comment_async (BYLINE_CMS (f->cms), comment, BYLINE_CMS_COMMENT_APPROVED,
                                     NULL, cms_test_result_cb, &f->result);
  result = byline_cms_moderate_comment_finish (BYLINE_CMS (f->cms), cms_test_wait (&f->result), &error);
  g_assert_no_error (error);
  g_assert_cmpint (result->status, ==, BYLINE_CMS_COMMENT_APPROVED);
  g_assert_cmpstr (result->author_ip, ==, "192.0.2.77");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(name, fn, data) \
  g_test_add ("/cms/" name, Fixture, data, fixture_setup, fn, fixture_teardown)

  ADD ("discovery/link-header", test_discovery, GINT_TO_POINTER (0));
  ADD ("discovery/rest-route", test_discovery, GINT_TO_POINTER (1));
  ADD ("discovery/none", test_discovery_none, NULL);
  ADD ("paging", test_paging, NULL);
  ADD ("paging-failure", test_paging_failure, NULL);
  ADD ("moderate-sends-original-author", test_moderate_sends_original_author, NULL);

  return g_test_run ();
}

/* test-cms-faults.c: the WordPress backend against a SoupServer that fails
 * in every way a site or a network can
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "byline-core.h"
#include "cms-test-util.h"

typedef struct _Fixture Fixture;
typedef void (*Handler) (Fixture *f, SoupServerMessage *msg, const char *path);

typedef struct
{
  SoupServer *server;
  char       *url;       /* http://127.0.0.1:PORT */
  guint       hits;
  guint       auth_hits; /* requests that carried an Authorization header */
  guint       in_flight;
  guint       max_in_flight;
  Handler     handler;
} Server;

struct _Fixture
{
  Server              a;
  Server              b;          /* the "other origin" */
  BylineCmsWordpress *cms;
  GAsyncResult       *result;
  const char         *user_json;
};

static const char user_json[] =
  "{\"id\": 2, \"name\": \"Editor Tester\", \"slug\": \"editor\", \"roles\": [\"editor\"],"
  " \"capabilities\": {\"edit_posts\": true, \"moderate_comments\": true, \"switch_themes\": false}}";

static char big_chunk[1024 * 1024];

static Fixture *current;

/* Everything logged, debug included: the password must never be in it. */
static GString *log_text;

static GLogWriterOutput
log_writer (GLogLevelFlags   level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         user_data)
{
  for (gsize i = 0; i < n_fields; i++)
    {
      if (fields[i].length < 0)
        g_string_append_printf (log_text, "%s=%s\n", fields[i].key, (const char *) fields[i].value);
    }
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    return g_log_writer_standard_streams (level, fields, n_fields, user_data);
  return G_LOG_WRITER_HANDLED;
}

static void
respond (SoupServerMessage *msg,
         guint              status,
         const char        *content_type,
         const char        *body)
{
  soup_server_message_set_status (msg, status, NULL);
  if (body != NULL)
    soup_server_message_set_response (msg, content_type, SOUP_MEMORY_COPY, body, strlen (body));
}

static void
server_cb (SoupServer        *server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  Server *s = user_data;
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);

  s->hits++;
  if (soup_message_headers_get_one (headers, "Authorization") != NULL)
    s->auth_hits++;
  /* Byline never sends Expect: 100-continue (php -S ignores it). */
  g_assert_null (soup_message_headers_get_one (headers, "Expect"));
  g_assert_true (g_str_has_prefix (soup_message_headers_get_one (headers, "User-Agent"), "Byline/"));

  if (s->handler != NULL)
    s->handler (current, msg, path);
  else
    respond (msg, 404, "application/json", "{\"code\":\"rest_no_route\",\"message\":\"No route\",\"data\":{\"status\":404}}");
}

static void
server_start (Server *s)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSList) uris = NULL;

  s->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (s->server, NULL, server_cb, s, NULL);
  soup_server_listen_local (s->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (s->server);
  s->url = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_slist_free_full (g_steal_pointer (&uris), (GDestroyNotify) g_uri_unref);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *root = NULL;

  current = f;
  server_start (&f->a);
  server_start (&f->b);
  f->cms = byline_cms_wordpress_new (f->a.url, "editor", "abcd EFGH 1234 ijkl MNOP 5678");
  root = g_strconcat (f->a.url, "/wp-json/", NULL);
  byline_cms_wordpress_set_api_root (f->cms, root);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->cms);
  g_clear_object (&f->result);
  for (Server *s = &f->a; s <= &f->b; s++)
    {
      soup_server_disconnect (s->server);
      g_clear_object (&s->server);
      g_free (s->url);
    }
  /* Let closed connections finish on both sides. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  current = NULL;
}

static BylineCmsUser *
verify (Fixture  *f,
        GError  **error)
{
  BylineCmsUser *user;

  g_clear_object (&f->result);
  byline_cms_verify_account_async (BYLINE_CMS (f->cms), NULL, cms_test_result_cb, &f->result);
  user = byline_cms_verify_account_finish (BYLINE_CMS (f->cms), cms_test_wait (&f->result), error);
  return user;
}

static void
assert_verify_fails (Fixture        *f,
                     BylineCmsError  code,
                     const char     *in_message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineCmsUser) user = verify (f, &error);

  g_assert_null (user);
  g_assert_error (error, BYLINE_CMS_ERROR, code);
  if (in_message != NULL && strstr (error->message, in_message) == NULL)
    g_error ("“%s” not in “%s”", in_message, error->message);
  /* The password never shows up in a message. */
  g_assert_null (strstr (error->message, "EFGH"));
}

/* Handlers, one per fault */

static void
ok_user (Fixture *f, SoupServerMessage *msg, const char *path)
{
  respond (msg, 200, "application/json; charset=UTF-8", user_json);
}

static void
status_handler (Fixture *f, SoupServerMessage *msg, guint status, const char *code, const char *message)
{
  g_autofree char *body = g_strdup_printf ("{\"code\":\"%s\",\"message\":\"%s\",\"data\":{\"status\":%u}}",
                                           code, message, status);
  respond (msg, status, "application/json", body);
}

static void h401 (Fixture *f, SoupServerMessage *m, const char *p) { status_handler (f, m, 401, "rest_not_logged_in", "You are not currently logged in."); }
static void h403 (Fixture *f, SoupServerMessage *m, const char *p) { status_handler (f, m, 403, "rest_forbidden", "Sorry, you are not allowed to do that."); }
static void h404 (Fixture *f, SoupServerMessage *m, const char *p) { status_handler (f, m, 404, "rest_post_invalid_id", "Invalid post ID."); }
static void h409 (Fixture *f, SoupServerMessage *m, const char *p) { status_handler (f, m, 409, "rest_conflict", "Conflict."); }

static void
h429 (Fixture *f, SoupServerMessage *msg, const char *path)
{
  soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Retry-After", "7");
  respond (msg, 429, "text/plain", "slow down");
}

static void h500 (Fixture *f, SoupServerMessage *m, const char *p) { respond (m, 500, "text/html", "<h1>There has been a critical error</h1>"); }
static void h502 (Fixture *f, SoupServerMessage *m, const char *p) { respond (m, 502, "text/html", "<h1>Bad gateway</h1>"); }

static void
h503 (Fixture *f, SoupServerMessage *msg, const char *path)
{
  soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Retry-After", "30");
  respond (msg, 503, "text/html", "<h1>Maintenance</h1>");
}

static void
test_status_errors (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineCmsUser) user = NULL;

  f->a.handler = h401;
  assert_verify_fails (f, BYLINE_CMS_ERROR_AUTH, "WordPress did not accept the user name or application password");
  f->a.handler = h403;
  assert_verify_fails (f, BYLINE_CMS_ERROR_FORBIDDEN, "Sorry, you are not allowed");
  f->a.handler = h404;
  assert_verify_fails (f, BYLINE_CMS_ERROR_NOT_FOUND, "Invalid post ID");
  f->a.handler = h409;
  assert_verify_fails (f, BYLINE_CMS_ERROR_CONFLICT, "409");
  f->a.handler = h500;
  assert_verify_fails (f, BYLINE_CMS_ERROR_SERVER, "500");
  f->a.handler = h502;
  assert_verify_fails (f, BYLINE_CMS_ERROR_SERVER, "502");

  f->a.handler = h429;
  user = verify (f, &error);
  g_assert_error (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_RATE_LIMITED);
  g_assert_cmpuint (byline_cms_error_get_retry_after (error), ==, 7);
  g_assert_true (byline_cms_error_is_transient (error));
  g_clear_error (&error);

  f->a.handler = h503;
  user = verify (f, &error);
  g_assert_error (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_SERVER);
  g_assert_cmpuint (byline_cms_error_get_retry_after (error), ==, 30);
  g_assert_true (byline_cms_error_is_transient (error));

  /* The credentials went along each time, to the API's own origin. */
  g_assert_cmpuint (f->a.auth_hits, ==, f->a.hits);

  f->a.handler = ok_user;
  g_clear_error (&error);
  user = verify (f, &error);
  g_assert_no_error (error);
  g_assert_cmpint (user->id, ==, 2);
  g_assert_cmpstr (user->roles[0], ==, "editor");
  g_assert_true (byline_cms_user_has_capability (user, "moderate_comments"));
  g_assert_false (byline_cms_user_has_capability (user, "switch_themes"));
}

/* Private to the backend; tested directly. */
guint _byline_wp_parse_retry_after (const char *value);

static void
test_retry_after_forms (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) later = g_date_time_add_seconds (now, 120);
  g_autofree char *http_date = g_date_time_format (later, "%a, %d %b %Y %H:%M:%S GMT");
  g_autoptr(GError) error = g_error_new_literal (BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_RATE_LIMITED, "x");
  g_autoptr(GError) copy = NULL;

  /* An HTTP date counts as seconds from now; a copied error keeps them. */
  byline_cms_error_set_retry_after (error, 42);
  copy = g_error_copy (error);
  g_assert_cmpuint (byline_cms_error_get_retry_after (copy), ==, 42);
  g_assert_cmpuint (byline_cms_error_get_retry_after (NULL), ==, 0);

  g_assert_cmpuint (_byline_wp_parse_retry_after ("7"), ==, 7);
  g_assert_cmpuint (_byline_wp_parse_retry_after (" 12 "), ==, 12);
  g_assert_cmpuint (_byline_wp_parse_retry_after ("99999999999"), ==, 86400);
  g_assert_cmpuint (_byline_wp_parse_retry_after ("soon"), ==, 0);
  g_assert_cmpuint (_byline_wp_parse_retry_after (NULL), ==, 0);
  g_assert_cmpuint (_byline_wp_parse_retry_after (http_date), >=, 115);
  g_assert_cmpuint (_byline_wp_parse_retry_after (http_date), <=, 120);
}

static void
reset_handler (Fixture *f, SoupServerMessage *msg, const char *path)
{
  GIOStream *stream = soup_server_message_steal_connection (msg);
  const char partial[] = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                         "Content-Length: 5000\r\n\r\n{\"id\": 2, \"name\": \"Edi";

  g_output_stream_write_all (g_io_stream_get_output_stream (stream), partial, strlen (partial),
                             NULL, NULL, NULL);
  g_io_stream_close (stream, NULL, NULL);
  g_object_unref (stream);
}

static void
test_connection_reset (Fixture       *f,
                       gconstpointer  data)
{
  f->a.handler = reset_handler;
  assert_verify_fails (f, BYLINE_CMS_ERROR_NETWORK, "broke off");
}

static void
pause_handler (Fixture *f, SoupServerMessage *msg, const char *path)
{
  /* Never answers. */
  soup_server_message_pause (msg);
}

static void
test_timeout (Fixture       *f,
              gconstpointer  data)
{
  byline_cms_wordpress_set_timeout (f->cms, 1);
  f->a.handler = pause_handler;
  assert_verify_fails (f, BYLINE_CMS_ERROR_TIMEOUT, "did not answer in time");
}

static gboolean
cancel_cb (gpointer data)
{
  g_cancellable_cancel (data);
  return G_SOURCE_REMOVE;
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineCmsUser) user = NULL;

  f->a.handler = pause_handler;
  g_timeout_add (50, cancel_cb, cancellable);
  byline_cms_verify_account_async (BYLINE_CMS (f->cms), cancellable, cms_test_result_cb, &f->result);
  user = byline_cms_verify_account_finish (BYLINE_CMS (f->cms), cms_test_wait (&f->result), &error);
  g_assert_null (user);
  g_assert_error (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_CANCELLED);
}

static void truncated (Fixture *f, SoupServerMessage *m, const char *p) { respond (m, 200, "application/json", "{\"id\": 2, \"name\": \"Edi"); }
static void invalid (Fixture *f, SoupServerMessage *m, const char *p) { respond (m, 200, "application/json", "{\"id\": 2,, ]"); }
static void empty (Fixture *f, SoupServerMessage *m, const char *p) { respond (m, 200, "application/json", ""); }
static void login_page (Fixture *f, SoupServerMessage *m, const char *p) { respond (m, 200, "text/html; charset=UTF-8", "<html><form id=\"loginform\">Log In</form></html>"); }

static void
not_utf8 (Fixture *f, SoupServerMessage *msg, const char *path)
{
  static const char body[] = "{\"id\": 2, \"name\": \"\xff\xfe\xc3\x28\"}";

  soup_server_message_set_status (msg, 200, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_STATIC, body, sizeof body - 1);
}

static void
test_bad_bodies (Fixture       *f,
                 gconstpointer  data)
{
  f->a.handler = truncated;
  assert_verify_fails (f, BYLINE_CMS_ERROR_INVALID_RESPONSE, "incomplete or broken");
  f->a.handler = invalid;
  assert_verify_fails (f, BYLINE_CMS_ERROR_INVALID_RESPONSE, "incomplete or broken");
  f->a.handler = empty;
  assert_verify_fails (f, BYLINE_CMS_ERROR_INVALID_RESPONSE, "incomplete or broken");
  f->a.handler = login_page;
  assert_verify_fails (f, BYLINE_CMS_ERROR_INVALID_RESPONSE, "text/html");
  f->a.handler = not_utf8;
  assert_verify_fails (f, BYLINE_CMS_ERROR_INVALID_RESPONSE, "UTF-8");
}

static void
huge_chunked (Fixture *f, SoupServerMessage *msg, const char *path)
{
  SoupMessageBody *body = soup_server_message_get_response_body (msg);

  /* 50 MB of one static megabyte: the test itself stays small. */
  soup_server_message_set_status (msg, 200, NULL);
  soup_message_headers_set_content_type (soup_server_message_get_response_headers (msg), "application/json", NULL);
  soup_message_headers_set_encoding (soup_server_message_get_response_headers (msg), SOUP_ENCODING_CHUNKED);
  soup_message_body_set_accumulate (body, FALSE);
  soup_message_body_append (body, SOUP_MEMORY_STATIC, "[", 1);
  for (guint i = 0; i < 50; i++)
    soup_message_body_append (body, SOUP_MEMORY_STATIC, big_chunk, sizeof big_chunk);
  soup_message_body_complete (body);
}

static void
huge_length (Fixture *f, SoupServerMessage *msg, const char *path)
{
  static char *buffer;

  if (buffer == NULL)
    buffer = g_malloc0 (17 * 1024 * 1024);
  soup_server_message_set_status (msg, 200, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_STATIC, buffer, 17 * 1024 * 1024);
}

static void
test_too_large (Fixture       *f,
                gconstpointer  data)
{
  memset (big_chunk, ' ', sizeof big_chunk);
  f->a.handler = huge_chunked;
  assert_verify_fails (f, BYLINE_CMS_ERROR_TOO_LARGE, "stopped reading it");
  f->a.handler = huge_length;
  assert_verify_fails (f, BYLINE_CMS_ERROR_TOO_LARGE, "did not read it");
}

static void
redirect_away (Fixture *f, SoupServerMessage *msg, const char *path)
{
  g_autofree char *target = g_strconcat (f->b.url, "/wp-json/wp/v2/users/me?context=edit", NULL);

  soup_server_message_set_redirect (msg, 302, target);
}

static void
redirect_here (Fixture *f, SoupServerMessage *msg, const char *path)
{
  if (g_str_equal (path, "/wp-json/wp/v2/users/me"))
    soup_server_message_set_redirect (msg, 307, "/wp-json/wp/v2/users/me-moved?context=edit");
  else
    ok_user (f, msg, path);
}

static void
test_redirect_other_origin (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(BylineCmsPost) post = byline_cms_post_new ();
  g_autoptr(BylineCmsPost) created = NULL;
  g_autoptr(GError) error = NULL;

  /* A read follows, without credentials: the other server answers as
   * WordPress does to anonymous requests. */
  f->a.handler = redirect_away;
  f->b.handler = h401;
  assert_verify_fails (f, BYLINE_CMS_ERROR_AUTH, NULL);
  g_assert_cmpuint (f->a.auth_hits, ==, 1);
  g_assert_cmpuint (f->b.hits, ==, 1);
  g_assert_cmpuint (f->b.auth_hits, ==, 0);

  /* A write is not replayed elsewhere at all. */
  post->title = g_strdup ("Ferries");
  g_clear_object (&f->result);
  byline_cms_create_post_async (BYLINE_CMS (f->cms), post, NULL, cms_test_result_cb, &f->result);
  created = byline_cms_create_post_finish (BYLINE_CMS (f->cms), cms_test_wait (&f->result), &error);
  g_assert_null (created);
  g_assert_error (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_REDIRECT);
  g_assert_cmpuint (f->b.hits, ==, 1);
  g_assert_cmpuint (f->b.auth_hits, ==, 0);
}

static void
test_redirect_same_origin (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineCmsUser) user = NULL;

  f->a.handler = redirect_here;
  user = verify (f, &error);
  g_assert_no_error (error);
  g_assert_cmpint (user->id, ==, 2);
  g_assert_cmpuint (f->a.hits, ==, 2);
  g_assert_cmpuint (f->a.auth_hits, ==, 2);
}

static void
test_unreachable (void)
{
  g_autoptr(BylineCmsWordpress) cms = NULL;
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GSocketAddress) address = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineCmsUser) user = NULL;
  g_autofree char *url = NULL;
  GAsyncResult *result = NULL;

  /* A port nobody listens on: bind, note it, close. */
  socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, &error);
  g_assert_no_error (error);
  address = g_inet_socket_address_new (loopback, 0);
  g_socket_bind (socket, address, FALSE, &error);
  g_assert_no_error (error);
  g_clear_object (&address);
  address = g_socket_get_local_address (socket, &error);
  url = g_strdup_printf ("http://127.0.0.1:%u", g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (address)));
  g_socket_close (socket, NULL);

  cms = byline_cms_wordpress_new (url, "editor", "x");
  byline_cms_verify_account_async (BYLINE_CMS (cms), NULL, cms_test_result_cb, &result);
  user = byline_cms_verify_account_finish (BYLINE_CMS (cms), cms_test_wait (&result), &error);
  g_object_unref (result);
  g_assert_null (user);
  g_assert_error (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_NETWORK);
  g_assert_true (byline_cms_error_is_transient (error));
}

static void
test_untrusted_certificate (void)
{
  g_autofree char *pem = g_test_build_filename (G_TEST_DIST, "data", "tls", "self-signed.pem", NULL);
  g_autoptr(GTlsCertificate) certificate = NULL;
  g_autoptr(SoupServer) server = NULL;
  g_autoptr(BylineCmsWordpress) cms = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineCmsUser) user = NULL;
  g_autoptr(GSList) uris = NULL;
  g_autofree char *url = NULL;
  g_autofree char *root = NULL;
  GAsyncResult *result = NULL;
  Server s = { 0 };

  certificate = g_tls_certificate_new_from_file (pem, &error);
  g_assert_no_error (error);
  server = soup_server_new ("tls-certificate", certificate, NULL);
  soup_server_add_handler (server, NULL, server_cb, &s, NULL);
  s.handler = ok_user;
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY | SOUP_SERVER_LISTEN_HTTPS, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  url = g_strdup_printf ("https://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_slist_free_full (g_steal_pointer (&uris), (GDestroyNotify) g_uri_unref);

  /* TLS is verified against the system's trust, always: a self-signed
   * site fails before any request (and any credential) is sent. */
  cms = byline_cms_wordpress_new (url, "editor", "abcd EFGH 1234 ijkl MNOP 5678");
  root = g_strconcat (url, "/wp-json/", NULL);
  byline_cms_wordpress_set_api_root (cms, root);
  byline_cms_verify_account_async (BYLINE_CMS (cms), NULL, cms_test_result_cb, &result);
  user = byline_cms_verify_account_finish (BYLINE_CMS (cms), cms_test_wait (&result), &error);
  g_object_unref (result);
  g_assert_null (user);
  g_assert_error (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_NETWORK);
  g_assert_cmpuint (s.hits, ==, 0);
  soup_server_disconnect (server);
}

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

typedef struct
{
  SoupServerMessage *msg;
  Server            *server;
} Delayed;

static gboolean
unpause_cb (gpointer data)
{
  Delayed *d = data;

  d->server->in_flight--;
  soup_server_message_unpause (d->msg);
  g_object_unref (d->msg);
  g_free (d);
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
  Delayed *d;

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

  f->a.in_flight++;
  f->a.max_in_flight = MAX (f->a.max_in_flight, f->a.in_flight);
  soup_server_message_pause (msg);
  d = g_new0 (Delayed, 1);
  d->msg = g_object_ref (msg);
  d->server = &f->a;
  g_timeout_add (30, unpause_cb, d);
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

static void
test_password_not_logged (void)
{
  const char pair[] = "editor:abcd EFGH 1234 ijkl MNOP 5678";
  g_autofree char *basic = g_base64_encode ((const guchar *) pair, strlen (pair));

  /* Runs last: by now every fault above has been logged at debug level. */
  g_assert_cmpuint (log_text->len, >, 0);
  g_assert_nonnull (strstr (log_text->str, "/wp-json/wp/v2/users/me"));
  g_assert_null (strstr (log_text->str, "EFGH"));
  g_assert_null (strstr (log_text->str, basic));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_setenv ("G_MESSAGES_DEBUG", "byline-wordpress byline-cms byline-wp-json", TRUE);
  log_text = g_string_new (NULL);
  g_log_set_writer_func (log_writer, NULL, NULL);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define FAULT(name, fn, data) \
  g_test_add ("/cms-faults/" name, Fixture, data, fixture_setup, fn, fixture_teardown)

  FAULT ("status-errors", test_status_errors, NULL);
  g_test_add_func ("/cms-faults/retry-after", test_retry_after_forms);
  FAULT ("connection-reset", test_connection_reset, NULL);
  FAULT ("timeout", test_timeout, NULL);
  FAULT ("cancel", test_cancel, NULL);
  FAULT ("bad-bodies", test_bad_bodies, NULL);
  FAULT ("too-large", test_too_large, NULL);
  FAULT ("redirect-other-origin", test_redirect_other_origin, NULL);
  FAULT ("redirect-same-origin", test_redirect_same_origin, NULL);
  g_test_add_func ("/cms-faults/unreachable", test_unreachable);
  g_test_add_func ("/cms-faults/untrusted-certificate", test_untrusted_certificate);
  FAULT ("discovery/link-header", test_discovery, GINT_TO_POINTER (0));
  FAULT ("discovery/rest-route", test_discovery, GINT_TO_POINTER (1));
  FAULT ("discovery/none", test_discovery_none, NULL);
  FAULT ("paging", test_paging, NULL);
  FAULT ("paging-failure", test_paging_failure, NULL);
  FAULT ("moderate-sends-original-author", test_moderate_sends_original_author, NULL);
  g_test_add_func ("/cms-faults/password-not-logged", test_password_not_logged);

  status = g_test_run ();
  g_string_free (log_text, TRUE);
  return status;
}

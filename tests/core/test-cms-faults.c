/* test-cms-faults.c: the WordPress backend against a SoupServer that fails
 * in every way a site or a network can
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cms-test-server.h"

static char big_chunk[1024 * 1024];

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
test_untrusted_certificate_child (void)
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

/* In a child process: GIO loads GnuTLS with dlopen(), and LeakSanitizer's
 * thread tracer crashes on its dynamic TLS block (a sanitizer bug, not a
 * leak). The child runs without leak detection; everything else keeps it. */
static void
test_untrusted_certificate (void)
{
  g_autofree char *saved = g_strdup (g_getenv ("ASAN_OPTIONS"));
  g_autofree char *options = g_strconcat (saved ? saved : "", saved ? ":" : "", "detect_leaks=0", NULL);

  if (g_test_subprocess ())
    {
      test_untrusted_certificate_child ();
      return;
    }

  g_setenv ("ASAN_OPTIONS", options, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  if (saved != NULL)
    g_setenv ("ASAN_OPTIONS", saved, TRUE);
  else
    g_unsetenv ("ASAN_OPTIONS");
  g_test_trap_assert_passed ();
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
  g_test_add_func ("/cms-faults/password-not-logged", test_password_not_logged);

  status = g_test_run ();
  g_string_free (log_text, TRUE);
  return status;
}

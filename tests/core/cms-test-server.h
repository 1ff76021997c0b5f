/* cms-test-server.h: an in-process SoupServer standing in for a WordPress
 * site, shared by the CMS fault and discovery tests
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

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

G_GNUC_UNUSED static const char user_json[] =
  "{\"id\": 2, \"name\": \"Editor Tester\", \"slug\": \"editor\", \"roles\": [\"editor\"],"
  " \"capabilities\": {\"edit_posts\": true, \"moderate_comments\": true, \"switch_themes\": false}}";

static Fixture *current;


G_GNUC_UNUSED static void
respond (SoupServerMessage *msg,
         guint              status,
         const char        *content_type,
         const char        *body)
{
  soup_server_message_set_status (msg, status, NULL);
  if (body != NULL)
    soup_server_message_set_response (msg, content_type, SOUP_MEMORY_COPY, body, strlen (body));
}

G_GNUC_UNUSED static void
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

G_GNUC_UNUSED static void
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

G_GNUC_UNUSED static void
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

G_GNUC_UNUSED static void
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

G_GNUC_UNUSED static BylineCmsUser *
verify (Fixture  *f,
        GError  **error)
{
  BylineCmsUser *user;

  g_clear_object (&f->result);
  byline_cms_verify_account_async (BYLINE_CMS (f->cms), NULL, cms_test_result_cb, &f->result);
  user = byline_cms_verify_account_finish (BYLINE_CMS (f->cms), cms_test_wait (&f->result), error);
  return user;
}

G_GNUC_UNUSED static void
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

G_GNUC_UNUSED static void
ok_user (Fixture *f, SoupServerMessage *msg, const char *path)
{
  respond (msg, 200, "application/json; charset=UTF-8", user_json);
}

G_GNUC_UNUSED static void
status_handler (Fixture *f, SoupServerMessage *msg, guint status, const char *code, const char *message)
{
  g_autofree char *body = g_strdup_printf ("{\"code\":\"%s\",\"message\":\"%s\",\"data\":{\"status\":%u}}",
                                           code, message, status);
  respond (msg, status, "application/json", body);
}

G_GNUC_UNUSED static void h401 (Fixture *f, SoupServerMessage *m, const char *p) { status_handler (f, m, 401, "rest_not_logged_in", "You are not currently logged in."); }
G_GNUC_UNUSED static void h403 (Fixture *f, SoupServerMessage *m, const char *p) { status_handler (f, m, 403, "rest_forbidden", "Sorry, you are not allowed to do that."); }
G_GNUC_UNUSED static void h404 (Fixture *f, SoupServerMessage *m, const char *p) { status_handler (f, m, 404, "rest_post_invalid_id", "Invalid post ID."); }
G_GNUC_UNUSED static void h409 (Fixture *f, SoupServerMessage *m, const char *p) { status_handler (f, m, 409, "rest_conflict", "Conflict."); }

G_GNUC_UNUSED static void
h429 (Fixture *f, SoupServerMessage *msg, const char *path)
{
  soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Retry-After", "7");
  respond (msg, 429, "text/plain", "slow down");
}

G_GNUC_UNUSED static void h500 (Fixture *f, SoupServerMessage *m, const char *p) { respond (m, 500, "text/html", "<h1>There has been a critical error</h1>"); }
G_GNUC_UNUSED static void h502 (Fixture *f, SoupServerMessage *m, const char *p) { respond (m, 502, "text/html", "<h1>Bad gateway</h1>"); }

G_GNUC_UNUSED static void
h503 (Fixture *f, SoupServerMessage *msg, const char *path)
{
  soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Retry-After", "30");
  respond (msg, 503, "text/html", "<h1>Maintenance</h1>");
}
G_GNUC_UNUSED static void login_page (Fixture *f, SoupServerMessage *m, const char *p) { respond (m, 200, "text/html; charset=UTF-8", "<html><form id=\"loginform\">Log In</form></html>"); }

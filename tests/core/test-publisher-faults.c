/* test-publisher-faults.c: every network fault keeps the outbox intact
 *
 * The fake WordPress answers the post create (or update) with a fault;
 * the row must then be pending (transient: retried with backoff, honouring
 * Retry-After) or failed (permanent: kept with the error in plain words),
 * and never lost. With the fault gone, draining the outbox publishes the
 * story exactly once.
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "publisher-test-util.h"

typedef struct
{
  const char *name;
  guint       status;          /* 0: a special fault below */
  const char *retry_after;
  const char *body;
  const char *content_type;
  gboolean    transient;
  const char *in_message;
} Fault;

static const char json_error[] = "{\"code\":\"x\",\"message\":\"Refused by the test\",\"data\":{\"status\":0}}";

static const Fault faults[] = {
  { "401", 401, NULL, "{\"code\":\"rest_cannot_create\",\"message\":\"Sorry, you are not allowed\",\"data\":{\"status\":401}}", NULL, FALSE, NULL },
  { "403", 403, NULL, "{\"code\":\"rest_cannot_create\",\"message\":\"Sorry, you are not allowed to create posts\",\"data\":{\"status\":403}}", NULL, FALSE, "not allowed" },
  { "404", 404, NULL, "{\"code\":\"rest_no_route\",\"message\":\"No route\",\"data\":{\"status\":404}}", NULL, FALSE, NULL },
  { "409", 409, NULL, json_error, NULL, FALSE, NULL },
  { "429", 429, "120", json_error, NULL, TRUE, NULL },
  { "500", 500, NULL, json_error, NULL, TRUE, NULL },
  { "503", 503, "30", json_error, NULL, TRUE, NULL },
  { "truncated", 200, NULL, "{\"id\": 5, \"title\": {\"raw\": \"Fer", NULL, TRUE, NULL },
  { "invalid-json", 200, NULL, "{\"id\": 5,, ]", NULL, TRUE, NULL },
  { "wrong-type", 200, NULL, "<html><body>Log in</body></html>", "text/html", TRUE, NULL },
  { "not-utf8", 200, NULL, "{\"id\": 5, \"title\": \"\xff\xfe\"}", NULL, TRUE, NULL },
  { "reset", 0, NULL, NULL, NULL, TRUE, NULL },
  { "timeout", 0, NULL, NULL, NULL, TRUE, "did not answer in time" },
  { "huge", 0, NULL, NULL, NULL, TRUE, NULL },
  { "redirect-away", 0, NULL, NULL, NULL, FALSE, NULL },
};

static const Fault *active;
static guint fault_hits;
static char huge_chunk[1024 * 1024];

static gboolean
fault_cb (FakeWp            *wp,
          SoupServerMessage *msg,
          const char        *method,
          const char        *path)
{
  if (active == NULL || !g_str_equal (method, "POST") || !g_str_has_prefix (path, "/wp-json/wp/v2/posts"))
    return FALSE;
  fault_hits++;

  if (g_str_equal (active->name, "reset"))
    {
      GIOStream *stream = soup_server_message_steal_connection (msg);
      const char partial[] = "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
                             "Content-Length: 5000\r\n\r\n{\"id\": 5, \"tit";

      g_output_stream_write_all (g_io_stream_get_output_stream (stream), partial, strlen (partial), NULL, NULL, NULL);
      g_io_stream_close (stream, NULL, NULL);
      g_object_unref (stream);
    }
  else if (g_str_equal (active->name, "timeout"))
    {
      soup_server_message_pause (msg);
      wp->paused = g_slist_prepend (wp->paused, g_object_ref (msg));
    }
  else if (g_str_equal (active->name, "huge"))
    {
      SoupMessageBody *body = soup_server_message_get_response_body (msg);
      SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

      soup_server_message_set_status (msg, 201, NULL);
      soup_message_headers_set_content_type (headers, "application/json", NULL);
      soup_message_headers_set_encoding (headers, SOUP_ENCODING_CHUNKED);
      soup_message_body_set_accumulate (body, FALSE);
      for (guint i = 0; i < 50; i++)   /* 50 MB */
        soup_message_body_append (body, SOUP_MEMORY_STATIC, huge_chunk, sizeof huge_chunk);
      soup_message_body_complete (body);
    }
  else if (g_str_equal (active->name, "redirect-away"))
    soup_server_message_set_redirect (msg, 307, "http://127.0.0.2:9/wp-json/wp/v2/posts");
  else
    {
      soup_server_message_set_status (msg, active->status, NULL);
      if (active->retry_after != NULL)
        soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Retry-After", active->retry_after);
      soup_server_message_set_response (msg, active->content_type ? active->content_type : "application/json",
                                        SOUP_MEMORY_COPY, active->body, strlen (active->body));
    }
  return TRUE;
}

static void
test_fault (gconstpointer data)
{
  const Fault *fault = data;
  Pub p = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePublishResult) result = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(BylineArticle) article = NULL;
  BylineOutboxItem *item;
  gint64 id;
  guint sent;

  memset (huge_chunk, ' ', sizeof huge_chunk);
  pub_setup (&p, TRUE);
  p.wp->fault = fault_cb;
  active = fault;
  fault_hits = 0;
  id = pub_story (&p, "Ferry fares rise");

  result = byline_publisher_publish_sync (p.publisher, id, NULL, "publish", BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_null (result);
  g_assert_nonnull (error);
  g_assert_cmpuint (fault_hits, ==, 1);
  if (fault->in_message != NULL && strstr (error->message, fault->in_message) == NULL)
    g_error ("“%s” not in “%s”", fault->in_message, error->message);

  /* The row is kept, with the error in words. */
  rows = byline_store_outbox_list (p.store, fault->transient ? "pending" : "failed", NULL);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpint (byline_store_outbox_count (p.store, NULL, NULL), ==, 1);
  item = rows->pdata[0];
  g_assert_cmpstr (item->kind, ==, "publish");
  g_assert_cmpint (item->target, ==, id);
  g_assert_cmpuint (item->attempts, ==, 1);
  g_assert_true (item->last_error != NULL && item->last_error[0] != '\0');
  if (fault->transient)
    {
      guint retry_after = fault->retry_after ? (guint) atoi (fault->retry_after) : 0;

      g_assert_error (error, BYLINE_PUBLISH_ERROR, BYLINE_PUBLISH_ERROR_QUEUED);
      g_assert_cmpint (item->next_attempt, ==, p.now + byline_outbox_backoff_delay (1, retry_after, 0.5));
    }
  else
    {
      g_assert_false (g_error_matches (error, BYLINE_PUBLISH_ERROR, BYLINE_PUBLISH_ERROR_QUEUED));
      g_assert_cmpint (item->next_attempt, ==, BYLINE_OUTBOX_NEVER);
      /* Failed rows wait for someone: draining leaves them alone. */
      g_assert_cmpuint (byline_outbox_runner_drain_sync (p.runner, 7200, NULL, NULL), ==, 0);
    }
  g_clear_error (&error);

  /* The fault goes away; the outbox drains and the story is on the site
   * once. */
  active = NULL;
  if (!fault->transient)
    g_assert_true (byline_outbox_runner_retry (p.runner, item->id, &error));
  sent = byline_outbox_runner_drain_sync (p.runner, 7200, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sent, ==, 1);
  if (fault->transient)
    g_assert_cmpuint (p.slept, ==, byline_outbox_backoff_delay (1, fault->retry_after ? (guint) atoi (fault->retry_after) : 0, 0.5));
  g_assert_cmpint (byline_store_outbox_count (p.store, "done", NULL), ==, 1);
  g_assert_cmpint (byline_store_outbox_count (p.store, "pending", NULL) + byline_store_outbox_count (p.store, "failed", NULL), ==, 0);
  g_assert_cmpuint (p.wp->posts->len, ==, 1);
  article = byline_store_load_article (p.store, id, NULL, &error);
  g_assert_cmpint (byline_article_find_link (article, "site")->remote_id, ==,
                   json_object_get_int_member (g_ptr_array_index (p.wp->posts, 0), "id"));

  pub_teardown (&p);
}

/* Several transient failures in a row back off exponentially. */
static gboolean
always_503 (FakeWp *wp, SoupServerMessage *msg, const char *method, const char *path)
{
  soup_server_message_set_status (msg, 503, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_STATIC, json_error, strlen (json_error));
  return TRUE;
}

static void
test_backoff_grows (void)
{
  Pub p = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePublishResult) result = NULL;
  gint64 id;

  pub_setup (&p, FALSE);
  p.wp->fault = always_503;
  id = pub_story (&p, "Ferry fares rise");
  result = byline_publisher_publish_sync (p.publisher, id, NULL, "draft", BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_error (error, BYLINE_PUBLISH_ERROR, BYLINE_PUBLISH_ERROR_QUEUED);
  /* Without jitter each wait is 3/4 of 10, 20, 40, 80 s: 7, 15, 30, 60;
   * the next (120 s) is beyond 100 s: stop, still pending. */
  g_assert_cmpuint (byline_outbox_runner_drain_sync (p.runner, 100, NULL, NULL), ==, 0);
  g_assert_cmpuint (p.slept, ==, 7 + 15 + 30 + 60);
  g_assert_cmpint (byline_store_outbox_count (p.store, "pending", NULL), ==, 1);
  pub_teardown (&p);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      g_autofree char *path = g_strconcat ("/publisher-faults/", faults[i].name, NULL);

      g_test_add_data_func (path, &faults[i], test_fault);
    }
  g_test_add_func ("/publisher-faults/backoff-grows", test_backoff_grows);

  return g_test_run ();
}

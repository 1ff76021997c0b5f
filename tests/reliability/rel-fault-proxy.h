/* rel-fault-proxy.h: a fault-injecting HTTP proxy in front of WordPress
 *
 * An in-process SoupServer on 127.0.0.1 that forwards every request to the
 * real site (build-aux/wordpress) with its own SoupSession and, with the
 * configured rates and a deterministic seed, instead:
 *   DROP_REQUEST   closes the connection before forwarding (not applied)
 *   DROP_RESPONSE  forwards, then closes without answering (applied, the
 *                  client never hears: the publish that timed out)
 *   TRUNCATE       forwards, then sends the status and half the body
 *                  with the full Content-Length (applied)
 *   STATUS         answers 500/502/503/429 (503/429 with Retry-After: 1)
 *                  without forwarding (not applied)
 *   DELAY          waits 100–600 ms, then forwards normally
 * Set every rate to 0 to pass everything through.
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libsoup/soup.h>
#include <string.h>

typedef enum
{
  REL_FAULT_NONE,
  REL_FAULT_DROP_REQUEST,
  REL_FAULT_DROP_RESPONSE,
  REL_FAULT_TRUNCATE,
  REL_FAULT_STATUS,
  REL_FAULT_DELAY,
  REL_N_FAULTS
} RelFault;

static const char * const rel_fault_names[REL_N_FAULTS] = {
  "none", "drop-request", "drop-response", "truncate", "status", "delay",
};

typedef struct
{
  SoupServer  *server;
  SoupSession *session;
  char        *url;            /* http://127.0.0.1:PORT of the proxy */
  char        *upstream;       /* the site, without a trailing slash */
  GRand       *rand;
  double       rates[REL_N_FAULTS];  /* chance per request of each fault */
  guint        counts[REL_N_FAULTS]; /* requests per fault, NONE included */
} RelFaultProxy;

typedef struct
{
  RelFaultProxy     *proxy;
  SoupServerMessage *msg;
  RelFault           fault;
} RelForward;

static void
rel_proxy_drop (SoupServerMessage *msg)
{
  GIOStream *stream = soup_server_message_steal_connection (msg);

  g_io_stream_close (stream, NULL, NULL);
  g_object_unref (stream);
}

static void
rel_proxy_forwarded_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  RelForward *fwd = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &error);
  SoupMessage *upstream = g_object_get_data (G_OBJECT (fwd->msg), "rel-upstream");
  SoupMessageHeaders *out = soup_server_message_get_response_headers (fwd->msg);
  SoupMessageHeadersIter iter;
  const char *name, *value, *type;

  soup_server_message_unpause (fwd->msg);
  if (body == NULL)
    {
      soup_server_message_set_status (fwd->msg, 502, NULL);
    }
  else if (fwd->fault == REL_FAULT_DROP_RESPONSE)
    {
      rel_proxy_drop (fwd->msg);
    }
  else if (fwd->fault == REL_FAULT_TRUNCATE && g_bytes_get_size (body) > 1)
    {
      GIOStream *stream = soup_server_message_steal_connection (fwd->msg);
      gsize size = g_bytes_get_size (body);
      g_autofree char *head = g_strdup_printf ("HTTP/1.1 %u OK\r\nContent-Type: application/json\r\n"
                                               "Content-Length: %" G_GSIZE_FORMAT "\r\n\r\n",
                                               soup_message_get_status (upstream), size);
      GOutputStream *os = g_io_stream_get_output_stream (stream);

      g_output_stream_write_all (os, head, strlen (head), NULL, NULL, NULL);
      g_output_stream_write_all (os, g_bytes_get_data (body, NULL), size / 2, NULL, NULL, NULL);
      g_io_stream_close (stream, NULL, NULL);
      g_object_unref (stream);
    }
  else
    {
      soup_message_headers_iter_init (&iter, soup_message_get_response_headers (upstream));
      while (soup_message_headers_iter_next (&iter, &name, &value))
        {
          if (g_ascii_strcasecmp (name, "Content-Length") != 0 &&
              g_ascii_strcasecmp (name, "Transfer-Encoding") != 0 &&
              g_ascii_strcasecmp (name, "Connection") != 0 &&
              g_ascii_strcasecmp (name, "Content-Type") != 0 &&
              g_ascii_strcasecmp (name, "Content-Encoding") != 0)
            soup_message_headers_append (out, name, value);
        }
      soup_server_message_set_status (fwd->msg, soup_message_get_status (upstream), NULL);
      type = soup_message_headers_get_one (soup_message_get_response_headers (upstream), "Content-Type");
      soup_server_message_set_response (fwd->msg, type ? type : "application/octet-stream", SOUP_MEMORY_COPY,
                                        g_bytes_get_data (body, NULL), g_bytes_get_size (body));
    }
  g_object_unref (fwd->msg);
  g_free (fwd);
}

static void
rel_proxy_forward (RelForward *fwd)
{
  SoupServerMessage *msg = fwd->msg;
  GUri *uri = soup_server_message_get_uri (msg);
  g_autofree char *target = g_strdup_printf ("%s%s%s%s", fwd->proxy->upstream, g_uri_get_path (uri),
                                             g_uri_get_query (uri) ? "?" : "",
                                             g_uri_get_query (uri) ? g_uri_get_query (uri) : "");
  SoupMessage *upstream = soup_message_new (soup_server_message_get_method (msg), target);
  SoupMessageHeadersIter iter;
  const char *name, *value;
  SoupMessageBody *body = soup_server_message_get_request_body (msg);

  soup_message_headers_iter_init (&iter, soup_server_message_get_request_headers (msg));
  while (soup_message_headers_iter_next (&iter, &name, &value))
    {
      if (g_ascii_strcasecmp (name, "Host") != 0 && g_ascii_strcasecmp (name, "Content-Length") != 0 &&
          g_ascii_strcasecmp (name, "Connection") != 0 && g_ascii_strcasecmp (name, "Accept-Encoding") != 0)
        soup_message_headers_append (soup_message_get_request_headers (upstream), name, value);
    }
  if (body->length > 0)
    {
      g_autoptr(GBytes) bytes = soup_message_body_flatten (body);
      const char *type = soup_message_headers_get_content_type (soup_server_message_get_request_headers (msg), NULL);

      soup_message_set_request_body_from_bytes (upstream, type, bytes);
    }
  g_object_set_data_full (G_OBJECT (msg), "rel-upstream", upstream, g_object_unref);
  soup_session_send_and_read_async (fwd->proxy->session, upstream, G_PRIORITY_DEFAULT, NULL,
                                    rel_proxy_forwarded_cb, fwd);
}

static gboolean
rel_proxy_delayed_cb (gpointer data)
{
  rel_proxy_forward (data);
  return G_SOURCE_REMOVE;
}

static void
rel_proxy_cb (SoupServer        *server,
              SoupServerMessage *msg,
              const char        *path,
              GHashTable        *query,
              gpointer           user_data)
{
  RelFaultProxy *proxy = user_data;
  RelForward *fwd;
  double dice = g_rand_double (proxy->rand);
  RelFault fault = REL_FAULT_NONE;

  for (guint f = REL_FAULT_DROP_REQUEST; f < REL_N_FAULTS; f++)
    {
      if (dice < proxy->rates[f])
        {
          fault = f;
          break;
        }
      dice -= proxy->rates[f];
    }
  proxy->counts[fault]++;

  if (fault == REL_FAULT_DROP_REQUEST)
    {
      rel_proxy_drop (msg);
      return;
    }
  if (fault == REL_FAULT_STATUS)
    {
      static const guint statuses[] = { 500, 502, 503, 429 };
      guint status = statuses[g_rand_int_range (proxy->rand, 0, G_N_ELEMENTS (statuses))];

      if (status == 503 || status == 429)
        soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Retry-After", "1");
      soup_server_message_set_status (msg, status, NULL);
      soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_STATIC, "<h1>Fault</h1>", 14);
      return;
    }

  fwd = g_new0 (RelForward, 1);
  fwd->proxy = proxy;
  fwd->msg = g_object_ref (msg);
  fwd->fault = fault;
  soup_server_message_pause (msg);
  if (fault == REL_FAULT_DELAY)
    g_timeout_add (g_rand_int_range (proxy->rand, 100, 601), rel_proxy_delayed_cb, fwd);
  else
    rel_proxy_forward (fwd);
}

static inline void
rel_fault_proxy_start (RelFaultProxy *proxy,
                       const char    *upstream,
                       guint32        seed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSList) uris = NULL;

  proxy->upstream = g_strdup (upstream);
  if (g_str_has_suffix (proxy->upstream, "/"))
    proxy->upstream[strlen (proxy->upstream) - 1] = '\0';
  proxy->rand = g_rand_new_with_seed (seed);
  proxy->session = soup_session_new_with_options ("max-conns-per-host", 4, "timeout", 60, NULL);
  proxy->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (proxy->server, NULL, rel_proxy_cb, proxy, NULL);
  soup_server_listen_local (proxy->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (proxy->server);
  proxy->url = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_slist_free_full (g_steal_pointer (&uris), (GDestroyNotify) g_uri_unref);
}

static inline void
rel_fault_proxy_stop (RelFaultProxy *proxy)
{
  soup_server_disconnect (proxy->server);
  g_clear_object (&proxy->server);
  g_clear_object (&proxy->session);
  g_clear_pointer (&proxy->rand, g_rand_free);
  g_clear_pointer (&proxy->url, g_free);
  g_clear_pointer (&proxy->upstream, g_free);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

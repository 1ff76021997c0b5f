/* byline-cms-wordpress-http.c: one REST request, with its faults
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-wordpress"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-cms-wordpress-private.h"

#define READ_CHUNK (64 * 1024)

typedef struct
{
  char         *method;
  GUri         *uri;
  GBytes       *body;
  char         *content_type;
  char         *content_disposition;
  SoupMessage  *message;
  GInputStream *stream;
  GByteArray   *buffer;
  guint         redirects;
  BylineWpScanFunc scan;   /* (nullable) reads a 2xx answer in place */
} Request;

static void
request_free (Request *request)
{
  g_free (request->method);
  g_clear_pointer (&request->uri, g_uri_unref);
  g_clear_pointer (&request->body, g_bytes_unref);
  g_free (request->content_type);
  g_free (request->content_disposition);
  g_clear_object (&request->message);
  g_clear_object (&request->stream);
  g_clear_pointer (&request->buffer, g_byte_array_unref);
  g_free (request);
}

void
_byline_wp_response_free (BylineWpResponse *response)
{
  if (response == NULL)
    return;
  g_clear_pointer (&response->root, json_node_unref);
  g_clear_pointer (&response->items, g_ptr_array_unref);
  g_free (response->link);
  g_free (response);
}

static char *
uri_host_port (GUri *uri)
{
  if (g_uri_get_port (uri) > 0)
    return g_strdup_printf ("%s:%d", g_uri_get_host (uri), g_uri_get_port (uri));
  return g_strdup (g_uri_get_host (uri));
}

static int
effective_port (GUri *uri)
{
  int port = g_uri_get_port (uri);

  if (port > 0)
    return port;
  return g_ascii_strcasecmp (g_uri_get_scheme (uri), "https") == 0 ? 443 : 80;
}

gboolean
_byline_wp_same_origin (GUri *a,
                        GUri *b)
{
  return a != NULL && b != NULL &&
         g_ascii_strcasecmp (g_uri_get_scheme (a), g_uri_get_scheme (b)) == 0 &&
         g_ascii_strcasecmp (g_uri_get_host (a) ? g_uri_get_host (a) : "",
                             g_uri_get_host (b) ? g_uri_get_host (b) : "") == 0 &&
         effective_port (a) == effective_port (b);
}

/**
 * _byline_wp_parse_retry_after:
 *
 * Returns: the seconds a Retry-After header asks for (delta seconds or an
 *   HTTP date), at most a day; 0 when absent or unreadable.
 */
guint
_byline_wp_parse_retry_after (const char *value)
{
  guint64 seconds;
  g_autofree char *trimmed = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GDateTime) now = NULL;
  GTimeSpan span;

  if (value == NULL)
    return 0;

  trimmed = g_strstrip (g_strdup (value));
  if (g_ascii_string_to_unsigned (trimmed, 10, 0, G_MAXUINT64, &seconds, NULL))
    return (guint) MIN (seconds, 86400);

  when = soup_date_time_new_from_http_string (value);
  if (when == NULL)
    return 0;
  now = g_date_time_new_now_utc ();
  span = g_date_time_difference (when, now);
  if (span <= 0)
    return 0;
  return (guint) MIN (span / G_TIME_SPAN_SECOND, 86400);
}

static void
set_io_error (GError       **error,
              const GError  *io_error,
              GUri          *uri,
              gboolean       reading)
{
  g_autofree char *host = uri_host_port (uri);

  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_set_error_literal (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_CANCELLED,
                         _("The operation was cancelled"));
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    g_set_error (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_TIMEOUT,
                 _("%s did not answer in time"), host);
  else if (reading)
    g_set_error (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_NETWORK,
                 _("The connection to %s broke off: %s"), host, io_error->message);
  else
    g_set_error (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_NETWORK,
                 _("Could not reach %s: %s"), host, io_error->message);
}

static void send_request (GTask *task);

static void
close_stream (Request *request)
{
  if (request->stream != NULL)
    {
      /* Closing unread body data drops the connection: never reused. */
      g_input_stream_close (request->stream, NULL, NULL);
      g_clear_object (&request->stream);
    }
}

static BylineCmsError
error_for_status (guint status)
{
  switch (status)
    {
    case SOUP_STATUS_UNAUTHORIZED: return BYLINE_CMS_ERROR_AUTH;
    case SOUP_STATUS_FORBIDDEN: return BYLINE_CMS_ERROR_FORBIDDEN;
    case SOUP_STATUS_NOT_FOUND:
    case SOUP_STATUS_GONE: return BYLINE_CMS_ERROR_NOT_FOUND;
    case SOUP_STATUS_CONFLICT: return BYLINE_CMS_ERROR_CONFLICT;
    case SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE: return BYLINE_CMS_ERROR_TOO_LARGE;
    case 429: return BYLINE_CMS_ERROR_RATE_LIMITED;
    case SOUP_STATUS_NOT_IMPLEMENTED: return BYLINE_CMS_ERROR_NOT_SUPPORTED;
    default:
      if (status == SOUP_STATUS_GATEWAY_TIMEOUT)
        return BYLINE_CMS_ERROR_TIMEOUT;
      return status >= 500 ? BYLINE_CMS_ERROR_SERVER : BYLINE_CMS_ERROR_BAD_REQUEST;
    }
}

static gboolean
is_json_type (const char *content_type)
{
  return content_type != NULL &&
         (g_ascii_strcasecmp (content_type, "application/json") == 0 ||
          g_str_has_suffix (content_type, "+json"));
}

static JsonNode *
parse_json (Request  *request,
            GError  **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  const char *data = (const char *) request->buffer->data;
  gsize len = request->buffer->len;
  g_autofree char *host = uri_host_port (request->uri);

  if (!g_utf8_validate (data, len, NULL))
    {
      g_set_error (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_INVALID_RESPONSE,
                   _("%s sent text that is not valid UTF-8"), host);
      return NULL;
    }

  if (len == 0 || !json_parser_load_from_data (parser, data, len, &local_error))
    {
      g_set_error (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_INVALID_RESPONSE,
                   _("%s sent incomplete or broken data: %s"), host,
                   local_error ? local_error->message : _("nothing"));
      return NULL;
    }

  return json_node_ref (json_parser_get_root (parser));
}

static void
fail_for_status (GTask   *task,
                 Request *request)
{
  SoupMessageHeaders *headers = soup_message_get_response_headers (request->message);
  guint status = soup_message_get_status (request->message);
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *code = NULL;
  g_autofree char *wp_message = NULL;
  g_autofree char *host = uri_host_port (request->uri);
  GError *error = NULL;
  BylineCmsError kind = error_for_status (status);
  guint wp_status;

  if (is_json_type (soup_message_headers_get_content_type (headers, NULL)))
    root = parse_json (request, NULL);
  byline_wp_json_decode_error (root, &code, &wp_message, &wp_status);

  if (kind == BYLINE_CMS_ERROR_AUTH)
    error = g_error_new_literal (BYLINE_CMS_ERROR, kind,
                                 _("WordPress did not accept the user name or application password"));
  else if (wp_message != NULL)
    {
      /* The site's own words, shortened: shown as plain text only. */
      if (g_utf8_strlen (wp_message, -1) > 300)
        {
          char *end = g_utf8_offset_to_pointer (wp_message, 300);
          *end = '\0';
        }
      error = g_error_new (BYLINE_CMS_ERROR, kind, _("%s (%s, HTTP %u)"),
                           wp_message, code ? code : "error", status);
    }
  else if (kind == BYLINE_CMS_ERROR_RATE_LIMITED)
    error = g_error_new (BYLINE_CMS_ERROR, kind,
                         _("%s asks Byline to slow down (HTTP %u)"), host, status);
  else if (kind == BYLINE_CMS_ERROR_SERVER)
    error = g_error_new (BYLINE_CMS_ERROR, kind,
                         _("%s had a problem of its own (HTTP %u %s)"), host, status,
                         soup_status_get_phrase (status));
  else
    error = g_error_new (BYLINE_CMS_ERROR, kind, _("%s refused the request (HTTP %u %s)"),
                         host, status, soup_status_get_phrase (status));

  byline_cms_error_set_retry_after (error,
                                    _byline_wp_parse_retry_after (soup_message_headers_get_one (headers, "Retry-After")));
  /* term_exists names the term the site has: {"data": {"term_id": 8}} */
  if (g_strcmp0 (code, "term_exists") == 0 && JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonNode *data = json_object_get_member (json_node_get_object (root), "data");

      if (data != NULL && JSON_NODE_HOLDS_OBJECT (data) &&
          json_object_has_member (json_node_get_object (data), "term_id") &&
          json_node_get_value_type (json_object_get_member (json_node_get_object (data), "term_id")) == G_TYPE_INT64)
        byline_cms_error_set_existing_id (error, json_object_get_int_member (json_node_get_object (data), "term_id"));
    }
  g_task_return_error (task, error);
}

static gint64
header_int (SoupMessageHeaders *headers,
            const char         *name)
{
  const char *value = soup_message_headers_get_one (headers, name);
  guint64 n;

  if (value != NULL && g_ascii_string_to_unsigned (value, 10, 0, G_MAXINT32, &n, NULL))
    return (gint64) n;
  return -1;
}

static void
complete (GTask *task)
{
  Request *request = g_task_get_task_data (task);
  SoupMessageHeaders *headers = soup_message_get_response_headers (request->message);
  guint status = soup_message_get_status (request->message);
  g_autoptr(BylineWpResponse) response = NULL;
  g_autofree char *host = uri_host_port (request->uri);
  GError *error = NULL;

  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      fail_for_status (task, request);
      return;
    }

  if (!is_json_type (soup_message_headers_get_content_type (headers, NULL)))
    {
      const char *type = soup_message_headers_get_content_type (headers, NULL);

      g_task_return_new_error (task, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_INVALID_RESPONSE,
                               _("%s answered with %s instead of WordPress data; is this the right address, and is the REST API enabled?"),
                               host, type ? type : _("something unknown"));
      return;
    }

  response = g_new0 (BylineWpResponse, 1);
  response->status = status;
  response->total = header_int (headers, "X-WP-Total");
  response->total_pages = header_int (headers, "X-WP-TotalPages");
  if (request->scan != NULL &&
      g_utf8_validate ((const char *) request->buffer->data, request->buffer->len, NULL) &&
      (response->items = request->scan ((const char *) request->buffer->data, request->buffer->len)) != NULL)
    {
      g_task_return_pointer (task, g_steal_pointer (&response), (GDestroyNotify) _byline_wp_response_free);
      return;
    }
  response->root = parse_json (request, &error);
  if (response->root == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&response), (GDestroyNotify) _byline_wp_response_free);
}

static void read_cb (GObject *object, GAsyncResult *result, gpointer user_data);

/* Takes over the reference to @task. */
static void
read_next (GTask *task)
{
  Request *request = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);

  g_input_stream_read_bytes_async (request->stream, READ_CHUNK, G_PRIORITY_DEFAULT,
                                   cancellable, read_cb, task);
}

/* A 50 MB answer must not cost 50 MB: reading stops at the limit. */
static void
fail_too_large (GTask    *task,
                gboolean  started)
{
  BylineCmsWordpress *self = g_task_get_source_object (task);
  g_autofree char *limit = g_format_size (self->max_response_size);

  close_stream (g_task_get_task_data (task));
  if (started)
    g_task_return_new_error (task, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_TOO_LARGE,
                             _("The site's answer is larger than %s; Byline stopped reading it"), limit);
  else
    g_task_return_new_error (task, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_TOO_LARGE,
                             _("The site's answer is larger than %s; Byline did not read it"), limit);
}

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  BylineCmsWordpress *self = g_task_get_source_object (task);
  Request *request = g_task_get_task_data (task);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  GError *out = NULL;

  bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (object), result, &error);
  if (bytes == NULL)
    {
      set_io_error (&out, error, request->uri, TRUE);
      close_stream (request);
      g_task_return_error (task, out);
      return;
    }

  if (g_bytes_get_size (bytes) == 0)
    {
      close_stream (request);
      complete (task);
      return;
    }

  if (request->buffer->len + g_bytes_get_size (bytes) > self->max_response_size)
    {
      fail_too_large (task, TRUE);
      return;
    }

  g_byte_array_append (request->buffer, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  read_next (g_steal_pointer (&task));
}

static gboolean
follow_redirect (GTask *task)
{
  BylineCmsWordpress *self = g_task_get_source_object (task);
  Request *request = g_task_get_task_data (task);
  guint status = soup_message_get_status (request->message);
  SoupMessageHeaders *headers = soup_message_get_response_headers (request->message);
  const char *location = soup_message_headers_get_one (headers, "Location");
  g_autoptr(GUri) target = NULL;
  g_autofree char *host = uri_host_port (request->uri);
  gboolean is_read = g_str_equal (request->method, "GET") || g_str_equal (request->method, "HEAD");

  if (location == NULL)
    return FALSE;

  close_stream (request);

  target = g_uri_parse_relative (request->uri, location, SOUP_HTTP_URI_FLAGS, NULL);
  if (target == NULL || ++request->redirects > BYLINE_WP_MAX_REDIRECTS ||
      (g_strcmp0 (g_uri_get_scheme (target), "http") != 0 &&
       g_strcmp0 (g_uri_get_scheme (target), "https") != 0))
    {
      g_task_return_new_error (task, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_REDIRECT,
                               _("%s sent Byline to an address it cannot follow"), host);
      return TRUE;
    }

  /* Writes are never replayed elsewhere: the site's address changed and
   * the account should say so. Reads may follow, and credentials only go
   * to the API's own origin (checked again in send_request()). */
  if (!is_read && (!_byline_wp_same_origin (target, self->api_origin) ||
                   status == SOUP_STATUS_MOVED_PERMANENTLY || status == SOUP_STATUS_FOUND ||
                   status == SOUP_STATUS_SEE_OTHER))
    {
      g_autofree char *there = uri_host_port (target);

      g_task_return_new_error (task, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_REDIRECT,
                               _("%s redirected a change to %s; check the account's site address"),
                               host, there);
      return TRUE;
    }

  g_clear_pointer (&request->uri, g_uri_unref);
  request->uri = g_steal_pointer (&target);
  send_request (task);
  return TRUE;
}

static void
send_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  BylineCmsWordpress *self = g_task_get_source_object (task);
  Request *request = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  GError *out = NULL;
  guint status;
  goffset length;

  request->stream = soup_session_send_finish (SOUP_SESSION (object), result, &error);
  if (request->stream == NULL)
    {
      set_io_error (&out, error, request->uri, FALSE);
      g_task_return_error (task, out);
      return;
    }

  status = soup_message_get_status (request->message);
  if (SOUP_STATUS_IS_REDIRECTION (status) && follow_redirect (task))
    return;

  length = soup_message_headers_get_content_length (soup_message_get_response_headers (request->message));
  if (length > 0 && (guint64) length > self->max_response_size)
    {
      fail_too_large (task, FALSE);
      return;
    }

  g_clear_pointer (&request->buffer, g_byte_array_unref);
  request->buffer = g_byte_array_new ();
  read_next (g_steal_pointer (&task));
}

static void
send_request (GTask *task)
{
  BylineCmsWordpress *self = g_task_get_source_object (task);
  Request *request = g_task_get_task_data (task);
  SoupMessageHeaders *headers;

  g_clear_object (&request->message);
  request->message = soup_message_new_from_uri (request->method, request->uri);
  /* Redirects are ours to decide (see follow_redirect()). */
  soup_message_add_flags (request->message, SOUP_MESSAGE_NO_REDIRECT);
  headers = soup_message_get_request_headers (request->message);
  soup_message_headers_replace (headers, "Accept", "application/json");

  /* Credentials go to the API's origin and nowhere else. */
  if (self->user != NULL && self->password != NULL && _byline_wp_same_origin (request->uri, self->api_origin))
    {
      g_autofree char *pair = g_strconcat (self->user, ":", self->password, NULL);
      g_autofree char *encoded = g_base64_encode ((const guchar *) pair, strlen (pair));
      g_autofree char *value = g_strconcat ("Basic ", encoded, NULL);

      soup_message_headers_replace (headers, "Authorization", value);
      memset (pair, 0, strlen (pair));
    }

  if (request->body != NULL)
    {
      soup_message_set_request_body_from_bytes (request->message, request->content_type, request->body);
      /* php -S and some proxies ignore Expect: 100-continue. */
      soup_message_headers_remove (headers, "Expect");
      if (request->content_disposition != NULL)
        soup_message_headers_replace (headers, "Content-Disposition", request->content_disposition);
    }

  g_debug ("%s %s", request->method, g_uri_get_path (request->uri));
  soup_session_send_async (self->session, request->message, G_PRIORITY_DEFAULT,
                           g_task_get_cancellable (task), send_cb, g_object_ref (task));
}

static char *
build_url (BylineCmsWordpress *self,
           const char         *path,
           const char         *query)
{
  const char *separator = strchr (self->api_root, '?') != NULL ? "&" : "?";

  if (query == NULL || *query == '\0')
    return g_strconcat (self->api_root, path, NULL);
  return g_strconcat (self->api_root, path, separator, query, NULL);
}

static void
discover_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  BylineCmsWordpress *self = g_task_get_source_object (task);
  Request *request = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  const char *path = g_object_get_data (G_OBJECT (task), "path");
  const char *query = g_object_get_data (G_OBJECT (task), "query");
  g_autofree char *url = NULL;

  if (!_byline_wp_discover_finish (self, result, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  url = build_url (self, path, query);
  request->uri = g_uri_parse (url, SOUP_HTTP_URI_FLAGS, &error);
  if (request->uri == NULL)
    {
      g_task_return_new_error (task, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_INVALID_RESPONSE,
                               _("The site's API address is not usable: %s"), error->message);
      return;
    }
  send_request (task);
}

static GTask *
new_request_task (BylineCmsWordpress  *self,
                  const char          *method,
                  GCancellable        *cancellable,
                  GAsyncReadyCallback  callback,
                  gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);
  Request *request = g_new0 (Request, 1);

  /* Errors are ours: BYLINE_CMS_ERROR_CANCELLED, not G_IO_ERROR. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_source_tag (task, _byline_wp_request_async);
  request->method = g_strdup (method);
  g_task_set_task_data (task, request, (GDestroyNotify) request_free);
  return task;
}

void
_byline_wp_request_async (BylineCmsWordpress  *self,
                          const char          *method,
                          const char          *path,
                          const char          *query,
                          GBytes              *body,
                          const char          *content_type,
                          const char          *content_disposition,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = new_request_task (self, method, cancellable, callback, user_data);
  Request *request = g_task_get_task_data (task);

  request->body = body ? g_bytes_ref (body) : NULL;
  request->content_type = g_strdup (content_type);
  request->content_disposition = g_strdup (content_disposition);
  g_object_set_data_full (G_OBJECT (task), "path", g_strdup (path), g_free);
  g_object_set_data_full (G_OBJECT (task), "query", g_strdup (query), g_free);

  _byline_wp_discover_async (self, cancellable, discover_cb, g_steal_pointer (&task));
}

void
_byline_wp_get_async (BylineCmsWordpress  *self,
                      const char          *path,
                      const char          *query,
                      BylineWpScanFunc     scan,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = new_request_task (self, "GET", cancellable, callback, user_data);
  Request *request = g_task_get_task_data (task);

  request->scan = scan;
  g_object_set_data_full (G_OBJECT (task), "path", g_strdup (path), g_free);
  g_object_set_data_full (G_OBJECT (task), "query", g_strdup (query), g_free);

  _byline_wp_discover_async (self, cancellable, discover_cb, g_steal_pointer (&task));
}

BylineWpResponse *
_byline_wp_request_finish (BylineCmsWordpress  *self,
                           GAsyncResult        *result,
                           GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * _byline_wp_fetch_async:
 *
 * GETs an absolute @url (discovery's probe): same faults and limits as a
 * REST request, credentials only when @url is on the API's origin.
 */
void
_byline_wp_fetch_async (BylineCmsWordpress  *self,
                        const char          *url,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = new_request_task (self, "GET", cancellable, callback, user_data);
  Request *request = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  request->uri = g_uri_parse (url, SOUP_HTTP_URI_FLAGS, &error);
  if (request->uri == NULL)
    {
      g_task_return_new_error (task, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_NOT_SUPPORTED,
                               _("“%s” is not a web address"), url);
      return;
    }
  send_request (task);
}

/* byline-cms-wordpress.c: the WordPress REST API backend
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

enum {
  PROP_0,
  PROP_URL,
  PROP_USER,
  PROP_PASSWORD,
  PROP_API_ROOT,
  PROP_TIMEOUT,
  PROP_MAX_RESPONSE_SIZE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void byline_cms_wordpress_cms_init (BylineCmsInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BylineCmsWordpress, byline_cms_wordpress, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (BYLINE_TYPE_CMS, byline_cms_wordpress_cms_init))

/* Implemented in byline-cms-wordpress-ops.c */
void _byline_cms_wordpress_cms_init (BylineCmsInterface *iface);

static void
byline_cms_wordpress_cms_init (BylineCmsInterface *iface)
{
  _byline_cms_wordpress_cms_init (iface);
}

/**
 * _byline_wp_parse_api_link:
 * @link_header: a Link header, possibly several comma-separated links
 *
 * Returns: the target of the `rel="https://api.w.org/"` link, or %NULL.
 */
char *
_byline_wp_parse_api_link (const char *link_header)
{
  g_auto(GStrv) links = NULL;

  if (link_header == NULL)
    return NULL;

  links = g_strsplit (link_header, ",", -1);
  for (guint i = 0; links[i] != NULL; i++)
    {
      const char *start = strchr (links[i], '<');
      const char *end = start ? strchr (start, '>') : NULL;

      if (end == NULL)
        continue;
      if (strstr (end, "rel=\"https://api.w.org/\"") == NULL &&
          strstr (end, "rel=https://api.w.org/") == NULL)
        continue;

      return g_strndup (start + 1, end - start - 1);
    }

  return NULL;
}

static void
discovery_done (BylineCmsWordpress *self,
                const GError       *error)
{
  GList *waiters = g_steal_pointer (&self->discovery_waiters);

  self->discovering = FALSE;
  for (GList *l = waiters; l != NULL; l = l->next)
    {
      GTask *task = l->data;

      if (error != NULL)
        g_task_return_error (task, g_error_copy (error));
      else
        g_task_return_boolean (task, TRUE);
      g_object_unref (task);
    }
  g_list_free (waiters);
}

static void
probe_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(BylineCmsWordpress) self = user_data;
  g_autoptr(BylineWpResponse) response = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *root = NULL;
  JsonObject *object_root;

  response = _byline_wp_request_finish (self, result, &error);
  if (response == NULL)
    {
      g_autoptr(GError) wrapped = NULL;

      if (error->code == BYLINE_CMS_ERROR_NETWORK || error->code == BYLINE_CMS_ERROR_TIMEOUT ||
          error->code == BYLINE_CMS_ERROR_CANCELLED)
        {
          discovery_done (self, error);
          return;
        }
      wrapped = g_error_new (BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_NOT_SUPPORTED,
                             _("No WordPress REST API found at %s"), self->url);
      discovery_done (self, wrapped);
      return;
    }

  object_root = JSON_NODE_HOLDS_OBJECT (response->root) ? json_node_get_object (response->root) : NULL;
  if (object_root == NULL || !json_object_has_member (object_root, "namespaces"))
    {
      g_autoptr(GError) wrapped = g_error_new (BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_NOT_SUPPORTED,
                                               _("No WordPress REST API found at %s"), self->url);
      discovery_done (self, wrapped);
      return;
    }

  root = g_strconcat (self->url, strchr (self->url, '?') ? "&" : "?", "rest_route=/", NULL);
  byline_cms_wordpress_set_api_root (self, root);
  discovery_done (self, NULL);
}

static void
head_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(BylineCmsWordpress) self = user_data;
  SoupMessage *message = soup_session_get_async_result_message (SOUP_SESSION (object), result);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *api = NULL;
  g_autofree char *probe = NULL;

  bytes = soup_session_send_and_read_finish (SOUP_SESSION (object), result, &error);
  if (bytes == NULL)
    {
      g_autoptr(GError) mapped = NULL;
      g_autoptr(GUri) uri = g_uri_parse (self->url, SOUP_HTTP_URI_FLAGS, NULL);

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
        mapped = g_error_new (BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_TIMEOUT,
                              _("%s did not answer in time"), self->url);
      else
        mapped = g_error_new (BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_NETWORK,
                              _("Could not reach %s: %s"), self->url, error->message);
      discovery_done (self, mapped);
      return;
    }

  api = _byline_wp_parse_api_link (soup_message_headers_get_list (soup_message_get_response_headers (message), "Link"));
  if (api != NULL)
    {
      g_autoptr(GUri) uri = g_uri_parse (api, SOUP_HTTP_URI_FLAGS, NULL);

      if (uri != NULL && g_uri_get_host (uri) != NULL)
        {
          byline_cms_wordpress_set_api_root (self, api);
          discovery_done (self, NULL);
          return;
        }
    }

  /* Plain permalinks (or a HEAD-shy server): ask ?rest_route=/ directly. */
  probe = g_strconcat (self->url, strchr (self->url, '?') ? "&" : "?", "rest_route=/&_fields=namespaces", NULL);
  _byline_wp_fetch_async (self, probe, NULL, probe_cb, g_object_ref (self));
}

void
_byline_wp_discover_async (BylineCmsWordpress  *self,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(SoupMessage) message = NULL;

  task = g_task_new (self, cancellable, callback, user_data);

  /* Errors are ours: BYLINE_CMS_ERROR_CANCELLED, not G_IO_ERROR. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_source_tag (task, _byline_wp_discover_async);

  if (self->api_root != NULL)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  self->discovery_waiters = g_list_append (self->discovery_waiters, g_steal_pointer (&task));
  if (self->discovering)
    return;

  self->discovering = TRUE;
  message = soup_message_new ("HEAD", self->url);
  if (message == NULL)
    {
      g_autoptr(GError) error = g_error_new (BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_NOT_SUPPORTED,
                                             _("“%s” is not a web address"), self->url);
      discovery_done (self, error);
      return;
    }

  /* Anonymous, so libsoup may follow redirects itself here. */
  g_debug ("Discovering the REST API of %s", self->url);
  soup_session_send_and_read_async (self->session, message, G_PRIORITY_DEFAULT, NULL,
                                    head_cb, g_object_ref (self));
}

gboolean
_byline_wp_discover_finish (BylineCmsWordpress  *self,
                            GAsyncResult        *result,
                            GError             **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
byline_cms_wordpress_constructed (GObject *object)
{
  BylineCmsWordpress *self = (BylineCmsWordpress *)object;

  G_OBJECT_CLASS (byline_cms_wordpress_parent_class)->constructed (object);

  /* One session per account: keep-alive, a few connections, TLS checked
   * against the system's trust (never changed here). */
  self->session = soup_session_new_with_options ("user-agent", "Byline/" PACKAGE_VERSION,
                                                 "timeout", self->timeout,
                                                 "idle-timeout", 60,
                                                 "max-conns", 2 * BYLINE_WP_PARALLEL_PAGES,
                                                 "max-conns-per-host", BYLINE_WP_PARALLEL_PAGES,
                                                 NULL);
}

static void
byline_cms_wordpress_dispose (GObject *object)
{
  BylineCmsWordpress *self = (BylineCmsWordpress *)object;

  if (self->session != NULL)
    soup_session_abort (self->session);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (byline_cms_wordpress_parent_class)->dispose (object);
}

static void
byline_cms_wordpress_finalize (GObject *object)
{
  BylineCmsWordpress *self = (BylineCmsWordpress *)object;

  g_free (self->url);
  g_free (self->user);
  if (self->password != NULL)
    memset (self->password, 0, strlen (self->password));
  g_free (self->password);
  g_free (self->api_root);
  g_clear_pointer (&self->api_origin, g_uri_unref);

  G_OBJECT_CLASS (byline_cms_wordpress_parent_class)->finalize (object);
}

static void
byline_cms_wordpress_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  BylineCmsWordpress *self = BYLINE_CMS_WORDPRESS (object);

  switch (prop_id)
    {
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;
    case PROP_USER:
      g_value_set_string (value, self->user);
      break;
    case PROP_API_ROOT:
      g_value_set_string (value, self->api_root);
      break;
    case PROP_TIMEOUT:
      g_value_set_uint (value, self->timeout);
      break;
    case PROP_MAX_RESPONSE_SIZE:
      g_value_set_uint64 (value, self->max_response_size);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_cms_wordpress_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  BylineCmsWordpress *self = BYLINE_CMS_WORDPRESS (object);

  switch (prop_id)
    {
    case PROP_URL:
      {
        const char *url = g_value_get_string (value);

        /* "http://site/" and "http://site" are the same site. */
        self->url = g_strdup (url);
        if (self->url != NULL && g_str_has_suffix (self->url, "/") && strchr (self->url, '?') == NULL)
          self->url[strlen (self->url) - 1] = '\0';
      }
      break;
    case PROP_USER:
      self->user = g_value_dup_string (value);
      break;
    case PROP_PASSWORD:
      self->password = g_value_dup_string (value);
      break;
    case PROP_API_ROOT:
      byline_cms_wordpress_set_api_root (self, g_value_get_string (value));
      break;
    case PROP_TIMEOUT:
      byline_cms_wordpress_set_timeout (self, g_value_get_uint (value));
      break;
    case PROP_MAX_RESPONSE_SIZE:
      byline_cms_wordpress_set_max_response_size (self, g_value_get_uint64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_cms_wordpress_class_init (BylineCmsWordpressClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = byline_cms_wordpress_constructed;
  object_class->dispose = byline_cms_wordpress_dispose;
  object_class->finalize = byline_cms_wordpress_finalize;
  object_class->get_property = byline_cms_wordpress_get_property;
  object_class->set_property = byline_cms_wordpress_set_property;

  properties [PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties [PROP_USER] =
    g_param_spec_string ("user", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  /* Write-only: the password never comes back out of the object. */
  properties [PROP_PASSWORD] =
    g_param_spec_string ("password", NULL, NULL, NULL,
                         (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties [PROP_API_ROOT] =
    g_param_spec_string ("api-root", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_TIMEOUT] =
    g_param_spec_uint ("timeout", NULL, NULL, 0, 3600, 30,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_MAX_RESPONSE_SIZE] =
    g_param_spec_uint64 ("max-response-size", NULL, NULL, 1024, G_MAXUINT32,
                         BYLINE_CMS_WORDPRESS_MAX_RESPONSE_SIZE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
byline_cms_wordpress_init (BylineCmsWordpress *self)
{
  self->timeout = 30;
  self->max_response_size = BYLINE_CMS_WORDPRESS_MAX_RESPONSE_SIZE;
}

/**
 * byline_cms_wordpress_new:
 * @url: the site's address (`http://127.0.0.1:8080`)
 * @user: the WordPress login
 * @password: (nullable): the Application Password (never the login password)
 *
 * Returns: (transfer full): a backend for one account. The REST API root is
 *   discovered on the first request.
 */
BylineCmsWordpress *
byline_cms_wordpress_new (const char *url,
                          const char *user,
                          const char *password)
{
  g_return_val_if_fail (url != NULL, NULL);

  return g_object_new (BYLINE_TYPE_CMS_WORDPRESS,
                       "url", url,
                       "user", user,
                       "password", password,
                       NULL);
}

const char *
byline_cms_wordpress_get_url (BylineCmsWordpress *self)
{
  g_return_val_if_fail (BYLINE_IS_CMS_WORDPRESS (self), NULL);

  return self->url;
}

const char *
byline_cms_wordpress_get_user (BylineCmsWordpress *self)
{
  g_return_val_if_fail (BYLINE_IS_CMS_WORDPRESS (self), NULL);

  return self->user;
}

/**
 * byline_cms_wordpress_get_api_root:
 *
 * Returns: (nullable): the discovered REST API root
 *   (`http://site/wp-json/` or `http://site/?rest_route=/`), or %NULL
 *   before the first request.
 */
const char *
byline_cms_wordpress_get_api_root (BylineCmsWordpress *self)
{
  g_return_val_if_fail (BYLINE_IS_CMS_WORDPRESS (self), NULL);

  return self->api_root;
}

/**
 * byline_cms_wordpress_set_api_root:
 *
 * Sets the REST API root (as remembered from an earlier discovery), which
 * skips discovery. Credentials are sent to its origin only.
 */
void
byline_cms_wordpress_set_api_root (BylineCmsWordpress *self,
                                   const char         *api_root)
{
  g_autofree char *root = NULL;

  g_return_if_fail (BYLINE_IS_CMS_WORDPRESS (self));

  if (api_root != NULL && strchr (api_root, '?') == NULL && !g_str_has_suffix (api_root, "/"))
    root = g_strconcat (api_root, "/", NULL);
  else
    root = g_strdup (api_root);

  if (g_strcmp0 (root, self->api_root) == 0)
    return;

  g_free (self->api_root);
  self->api_root = g_steal_pointer (&root);
  g_clear_pointer (&self->api_origin, g_uri_unref);
  if (self->api_root != NULL)
    self->api_origin = g_uri_parse (self->api_root, SOUP_HTTP_URI_FLAGS, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_API_ROOT]);
}

guint
byline_cms_wordpress_get_timeout (BylineCmsWordpress *self)
{
  g_return_val_if_fail (BYLINE_IS_CMS_WORDPRESS (self), 0);

  return self->timeout;
}

/**
 * byline_cms_wordpress_set_timeout:
 * @seconds: how long a connection may stay silent (0: forever)
 */
void
byline_cms_wordpress_set_timeout (BylineCmsWordpress *self,
                                  guint               seconds)
{
  g_return_if_fail (BYLINE_IS_CMS_WORDPRESS (self));

  if (self->timeout == seconds)
    return;

  self->timeout = seconds;
  if (self->session != NULL)
    g_object_set (self->session, "timeout", seconds, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMEOUT]);
}

gsize
byline_cms_wordpress_get_max_response_size (BylineCmsWordpress *self)
{
  g_return_val_if_fail (BYLINE_IS_CMS_WORDPRESS (self), 0);

  return self->max_response_size;
}

/**
 * byline_cms_wordpress_set_max_response_size:
 *
 * Answers larger than @max_size bytes fail with %BYLINE_CMS_ERROR_TOO_LARGE
 * (default %BYLINE_CMS_WORDPRESS_MAX_RESPONSE_SIZE).
 */
void
byline_cms_wordpress_set_max_response_size (BylineCmsWordpress *self,
                                            gsize               max_size)
{
  g_return_if_fail (BYLINE_IS_CMS_WORDPRESS (self));

  if (self->max_response_size == max_size)
    return;

  self->max_response_size = max_size;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_RESPONSE_SIZE]);
}

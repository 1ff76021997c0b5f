/* fake-wordpress.h: an in-process SoupServer that behaves like the parts
 * of the WordPress REST API the publisher uses (posts, media, terms,
 * users, site index and schema), with hooks to inject faults. Shared by
 * the publisher tests (core and UI).
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libsoup/soup.h>
#include <string.h>

#include "byline-core.h"

typedef struct _FakeWp FakeWp;

/* Return TRUE when the fault handled (answered or paused) the request. */
typedef gboolean (*FakeWpFault) (FakeWp            *wp,
                                 SoupServerMessage *msg,
                                 const char        *method,
                                 const char        *path);

struct _FakeWp
{
  SoupServer  *server;
  char        *url;
  gboolean     has_meta;
  GPtrArray   *posts;        /* of JsonObject */
  GPtrArray   *terms[2];     /* categories, tags: of JsonObject */
  GPtrArray   *media;        /* of JsonObject */
  guint        next_id;
  gint64       clock;        /* the site's time: +1 s per write */
  guint        uploads;
  guint        media_updates;
  GHashTable  *media_alts;   /* media id → the alt text it was uploaded with */
  GPtrArray   *upload_dispositions;   /* each upload's Content-Disposition */
  guint        term_creates;
  guint        post_creates;
  guint        post_updates;
  guint        requests;
  FakeWpFault  fault;        /* consulted before each request */
  gpointer     fault_data;
  gboolean     create_then_hang;   /* create the post, never answer (once) */
  GSList      *paused;
  guint        client_timeout;     /* seconds fake_wp_cms_func()'s clients wait */
};

static inline char *
fake_wp_time (FakeWp *wp)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (wp->clock);

  return g_date_time_format (dt, "%Y-%m-%dT%H:%M:%S");
}

static inline void
fake_wp_reply (SoupServerMessage *msg,
               guint              status,
               JsonNode          *node)
{
  g_autofree char *body = json_to_string (node, FALSE);

  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "application/json; charset=UTF-8", SOUP_MEMORY_COPY,
                                    body, strlen (body));
}

static inline void
fake_wp_reply_text (SoupServerMessage *msg,
                    guint              status,
                    const char        *json)
{
  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "application/json; charset=UTF-8", SOUP_MEMORY_COPY,
                                    json, strlen (json));
}

static inline void
fake_wp_reply_list (SoupServerMessage *msg,
                    GPtrArray         *objects)
{
  g_autoptr(JsonArray) array = json_array_new ();
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);
  g_autofree char *total = g_strdup_printf ("%u", objects->len);

  for (guint i = 0; i < objects->len; i++)
    json_array_add_object_element (array, json_object_ref (g_ptr_array_index (objects, i)));
  json_node_set_array (node, array);
  soup_message_headers_replace (headers, "X-WP-Total", total);
  soup_message_headers_replace (headers, "X-WP-TotalPages", "1");
  fake_wp_reply (msg, 200, node);
}

static inline JsonObject *
fake_wp_raw (const char *text)
{
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "raw", text ? text : "");
  json_object_set_string_member (object, "rendered", text ? text : "");
  return object;
}

static inline JsonObject *
fake_wp_find_post (FakeWp *wp,
                   gint64  id)
{
  for (guint i = 0; i < wp->posts->len; i++)
    {
      JsonObject *post = g_ptr_array_index (wp->posts, i);

      if (json_object_get_int_member (post, "id") == id)
        return post;
    }
  return NULL;
}

/* Applies a request body (the client's encoding) to a stored post. */
static inline void
fake_wp_apply (FakeWp     *wp,
               JsonObject *post,
               JsonObject *body)
{
  static const char * const raw_fields[] = { "title", "content", "excerpt" };
  static const char * const plain[] = { "status", "slug", "date_gmt" };
  static const char * const ints[] = { "author", "featured_media" };
  static const char * const arrays[] = { "categories", "tags" };
  g_autofree char *now = NULL;
  g_autofree char *link = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (raw_fields); i++)
    if (json_object_has_member (body, raw_fields[i]))
      json_object_set_object_member (post, raw_fields[i],
                                     fake_wp_raw (json_object_get_string_member (body, raw_fields[i])));
  for (guint i = 0; i < G_N_ELEMENTS (plain); i++)
    if (json_object_has_member (body, plain[i]))
      json_object_set_string_member (post, plain[i], json_object_get_string_member (body, plain[i]));
  for (guint i = 0; i < G_N_ELEMENTS (ints); i++)
    if (json_object_has_member (body, ints[i]))
      json_object_set_int_member (post, ints[i], json_object_get_int_member (body, ints[i]));
  for (guint i = 0; i < G_N_ELEMENTS (arrays); i++)
    if (json_object_has_member (body, arrays[i]))
      json_object_set_array_member (post, arrays[i], json_array_ref (json_object_get_array_member (body, arrays[i])));
  if (wp->has_meta && json_object_has_member (body, "meta"))
    json_object_set_object_member (post, "meta", json_object_ref (json_object_get_object_member (body, "meta")));

  wp->clock++;
  now = fake_wp_time (wp);
  json_object_set_string_member (post, "modified_gmt", now);
  if (!json_object_has_member (post, "date_gmt"))
    json_object_set_string_member (post, "date_gmt", now);
  link = g_strdup_printf ("%s/%s/", wp->url, json_object_get_string_member_with_default (post, "slug", "post"));
  json_object_set_string_member (post, "link", link);
}

/* Adds a post as if written on the site; returns its id. */
static inline gint64
fake_wp_add_post (FakeWp     *wp,
                  const char *title,
                  const char *content,
                  const char *slug,
                  const char *status)
{
  JsonObject *post = json_object_new ();
  g_autoptr(JsonObject) body = json_object_new ();

  json_object_set_int_member (post, "id", wp->next_id++);
  json_object_set_string_member (body, "title", title);
  json_object_set_string_member (body, "content", content);
  json_object_set_string_member (body, "slug", slug);
  json_object_set_string_member (body, "status", status);
  fake_wp_apply (wp, post, body);
  g_ptr_array_add (wp->posts, post);
  return json_object_get_int_member (post, "id");
}

static inline JsonObject *
fake_wp_body (SoupServerMessage *msg)
{
  SoupMessageBody *request = soup_server_message_get_request_body (msg);
  g_autoptr(GBytes) bytes = soup_message_body_flatten (request);
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return json_object_new ();
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static inline gboolean
fake_wp_post_matches (JsonObject *post,
                      GHashTable *query)
{
  const char *slug = query ? g_hash_table_lookup (query, "slug") : NULL;
  const char *search = query ? g_hash_table_lookup (query, "search") : NULL;
  JsonObject *content = json_object_get_object_member (post, "content");

  if (g_strcmp0 (json_object_get_string_member (post, "status"), "trash") == 0)
    return FALSE;
  if (slug != NULL && g_strcmp0 (json_object_get_string_member (post, "slug"), slug) != 0)
    return FALSE;
  if (search != NULL && strstr (json_object_get_string_member (content, "raw"), search) == NULL)
    return FALSE;
  return TRUE;
}

static inline void
fake_wp_posts (FakeWp            *wp,
               SoupServerMessage *msg,
               const char        *method,
               const char        *rest,
               GHashTable        *query)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(JsonObject) body = NULL;
  JsonObject *post;

  if (rest[0] == '\0')
    {
      if (g_str_equal (method, "POST"))
        {
          post = json_object_new ();
          json_object_set_int_member (post, "id", wp->next_id++);
          json_object_set_int_member (post, "featured_media", 0);
          body = fake_wp_body (msg);
          fake_wp_apply (wp, post, body);
          g_ptr_array_add (wp->posts, post);
          wp->post_creates++;
          if (wp->create_then_hang)
            {
              wp->create_then_hang = FALSE;
              soup_server_message_pause (msg);
              wp->paused = g_slist_prepend (wp->paused, g_object_ref (msg));
              return;
            }
          json_node_set_object (node, post);
          fake_wp_reply (msg, 201, node);
          return;
        }
      else
        {
          g_autoptr(GPtrArray) found = g_ptr_array_new ();

          for (guint i = 0; i < wp->posts->len; i++)
            if (fake_wp_post_matches (g_ptr_array_index (wp->posts, i), query))
              g_ptr_array_add (found, g_ptr_array_index (wp->posts, i));
          fake_wp_reply_list (msg, found);
          return;
        }
    }

  if (!(post = fake_wp_find_post (wp, g_ascii_strtoll (rest + 1, NULL, 10))))
    {
      fake_wp_reply_text (msg, 404, "{\"code\":\"rest_post_invalid_id\",\"message\":\"Invalid post ID.\",\"data\":{\"status\":404}}");
      return;
    }
  if (g_str_equal (method, "POST"))
    {
      body = fake_wp_body (msg);
      fake_wp_apply (wp, post, body);
      wp->post_updates++;
    }
  else if (g_str_equal (method, "DELETE"))
    {
      g_autoptr(JsonObject) trash = json_object_new ();

      json_object_set_string_member (trash, "status", "trash");
      fake_wp_apply (wp, post, trash);
    }
  json_node_set_object (node, post);
  fake_wp_reply (msg, 200, node);
}

static inline void
fake_wp_terms (FakeWp            *wp,
               SoupServerMessage *msg,
               const char        *method,
               guint              kind,
               GHashTable        *query)
{
  GPtrArray *terms = wp->terms[kind];

  if (g_str_equal (method, "POST"))
    {
      g_autoptr(JsonObject) body = fake_wp_body (msg);
      g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
      JsonObject *term = json_object_new ();
      const char *name = json_object_get_string_member_with_default (body, "name", "");
      g_autofree char *slug = g_ascii_strdown (name, -1);

      json_object_set_int_member (term, "id", wp->next_id++);
      json_object_set_string_member (term, "name", name);
      json_object_set_string_member (term, "slug", slug);
      json_object_set_int_member (term, "parent", 0);
      json_object_set_int_member (term, "count", 0);
      json_object_set_string_member (term, "taxonomy", kind == 0 ? "category" : "post_tag");
      g_ptr_array_add (terms, term);
      wp->term_creates++;
      json_node_set_object (node, term);
      fake_wp_reply (msg, 201, node);
    }
  else
    {
      const char *search = query ? g_hash_table_lookup (query, "search") : NULL;
      g_autoptr(GPtrArray) found = g_ptr_array_new ();

      for (guint i = 0; i < terms->len; i++)
        {
          JsonObject *term = g_ptr_array_index (terms, i);

          if (search == NULL || g_ascii_strcasecmp (json_object_get_string_member (term, "name"), search) == 0)
            g_ptr_array_add (found, term);
        }
      fake_wp_reply_list (msg, found);
    }
}

static inline void
fake_wp_media (FakeWp            *wp,
               SoupServerMessage *msg,
               GHashTable        *query)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  JsonObject *media = json_object_new ();
  g_autofree char *url = NULL;
  const char *alt = query ? g_hash_table_lookup (query, "alt_text") : NULL;
  const char *caption = query ? g_hash_table_lookup (query, "caption") : NULL;

  wp->uploads++;
  if (wp->upload_dispositions == NULL)
    wp->upload_dispositions = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (wp->upload_dispositions,
                   g_strdup (soup_message_headers_get_one (soup_server_message_get_request_headers (msg),
                                                           "Content-Disposition")));
  if (wp->media_alts == NULL)
    wp->media_alts = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  g_hash_table_insert (wp->media_alts, GUINT_TO_POINTER (wp->next_id), g_strdup (alt ? alt : ""));
  json_object_set_int_member (media, "id", wp->next_id++);
  url = g_strdup_printf ("%s/wp-content/uploads/%" G_GINT64_FORMAT ".png", wp->url,
                         json_object_get_int_member (media, "id"));
  json_object_set_string_member (media, "source_url", url);
  json_object_set_string_member (media, "mime_type", "image/png");
  json_object_set_string_member (media, "alt_text", alt ? alt : "");
  json_object_set_object_member (media, "caption", fake_wp_raw (caption));
  /* WordPress: `post` in the upload's query attaches it; null: to none */
  if (query != NULL && g_hash_table_lookup (query, "post") != NULL)
    json_object_set_int_member (media, "post", g_ascii_strtoll (g_hash_table_lookup (query, "post"), NULL, 10));
  else
    json_object_set_null_member (media, "post");
  g_ptr_array_add (wp->media, json_object_ref (media));
  json_node_take_object (node, media);
  fake_wp_reply (msg, 201, node);
}

static inline JsonObject *
fake_wp_find_media (FakeWp *wp,
                    gint64  id)
{
  for (guint i = 0; i < wp->media->len; i++)
    if (json_object_get_int_member (g_ptr_array_index (wp->media, i), "id") == id)
      return g_ptr_array_index (wp->media, i);
  return NULL;
}

/* The post a media item is attached to (0: none) */
static inline gint64
fake_wp_media_post (FakeWp *wp,
                    gint64  id)
{
  JsonObject *media = fake_wp_find_media (wp, id);

  g_assert_nonnull (media);
  return json_object_get_null_member (media, "post") ? 0 : json_object_get_int_member (media, "post");
}

/* GET wp/v2/media?include=…, POST wp/v2/media/ID {"post": N} */
static inline void
fake_wp_media_item (FakeWp            *wp,
                    SoupServerMessage *msg,
                    const char        *method,
                    const char        *rest,
                    GHashTable        *query)
{
  if (rest[0] == '\0' && g_str_equal (method, "GET"))
    {
      const char *include = query ? g_hash_table_lookup (query, "include") : NULL;
      g_auto(GStrv) ids = include ? g_strsplit (include, ",", -1) : NULL;
      g_autoptr(GPtrArray) found = g_ptr_array_new ();

      for (guint i = 0; i < wp->media->len; i++)
        {
          JsonObject *media = g_ptr_array_index (wp->media, i);
          g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member (media, "id"));

          if (ids == NULL || g_strv_contains ((const char * const *) ids, id))
            g_ptr_array_add (found, media);
        }
      fake_wp_reply_list (msg, found);
    }
  else if (rest[0] == '/' && g_str_equal (method, "POST"))
    {
      JsonObject *media = fake_wp_find_media (wp, g_ascii_strtoll (rest + 1, NULL, 10));
      g_autoptr(JsonObject) body = fake_wp_body (msg);
      g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);

      if (media == NULL || body == NULL)
        {
          fake_wp_reply_text (msg, 404, "{\"code\":\"rest_post_invalid_id\",\"message\":\"Invalid post ID.\",\"data\":{\"status\":404}}");
          return;
        }
      wp->media_updates++;
      if (json_object_has_member (body, "post"))
        json_object_set_int_member (media, "post", json_object_get_int_member (body, "post"));
      json_node_set_object (node, media);
      fake_wp_reply (msg, 200, node);
    }
  else
    fake_wp_reply_text (msg, 404, "{\"code\":\"rest_no_route\",\"message\":\"No route\",\"data\":{\"status\":404}}");
}

static inline void
fake_wp_cb (SoupServer        *server,
            SoupServerMessage *msg,
            const char        *path,
            GHashTable        *query,
            gpointer           user_data)
{
  FakeWp *wp = user_data;
  const char *method = soup_server_message_get_method (msg);

  wp->requests++;
  if (wp->fault != NULL && wp->fault (wp, msg, method, path))
    return;

  if (g_str_equal (path, "/wp-json/") || g_str_equal (path, "/wp-json"))
    fake_wp_reply_text (msg, 200, "{\"name\":\"Fake Site\",\"description\":\"\",\"url\":\"http://fake\","
                        "\"home\":\"http://fake\",\"gmt_offset\":1,\"timezone_string\":\"Europe/Oslo\"}");
  else if (g_str_equal (path, "/wp-json/wp/v2/posts") && g_str_equal (method, "OPTIONS"))
    fake_wp_reply_text (msg, 200, wp->has_meta
                        ? "{\"schema\":{\"properties\":{\"meta\":{\"properties\":{\"byline_uuid\":{},\"byline_bylines\":{},\"byline_dateline\":{}}}}}}"
                        : "{\"schema\":{\"properties\":{\"meta\":{\"properties\":{}}}}}");
  else if (g_str_equal (path, "/wp-json/wp/v2/users/me"))
    fake_wp_reply_text (msg, 200, "{\"id\":2,\"name\":\"Editor Tester\",\"slug\":\"editor\",\"roles\":[\"editor\"],"
                        "\"capabilities\":{\"edit_posts\":true,\"edit_others_posts\":true,\"upload_files\":true}}");
  else if (g_str_equal (path, "/wp-json/wp/v2/users"))
    {
      soup_message_headers_replace (soup_server_message_get_response_headers (msg), "X-WP-TotalPages", "1");
      fake_wp_reply_text (msg, 200, "[{\"id\":2,\"name\":\"Editor Tester\",\"slug\":\"editor\"},"
                          "{\"id\":3,\"name\":\"Lena Okafor\",\"slug\":\"lena\"}]");
    }
  else if (g_str_has_prefix (path, "/wp-json/wp/v2/posts"))
    fake_wp_posts (wp, msg, method, path + strlen ("/wp-json/wp/v2/posts"), query);
  else if (g_str_equal (path, "/wp-json/wp/v2/categories"))
    fake_wp_terms (wp, msg, method, 0, query);
  else if (g_str_equal (path, "/wp-json/wp/v2/tags"))
    fake_wp_terms (wp, msg, method, 1, query);
  else if (g_str_equal (path, "/wp-json/wp/v2/media") && g_str_equal (method, "POST"))
    fake_wp_media (wp, msg, query);
  else if (g_str_has_prefix (path, "/wp-json/wp/v2/media"))
    fake_wp_media_item (wp, msg, method, path + strlen ("/wp-json/wp/v2/media"), query);
  else
    fake_wp_reply_text (msg, 404, "{\"code\":\"rest_no_route\",\"message\":\"No route\",\"data\":{\"status\":404}}");
}

static inline FakeWp *
fake_wp_new (gboolean has_meta)
{
  FakeWp *wp = g_new0 (FakeWp, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GSList) uris = NULL;

  wp->has_meta = has_meta;
  /* Short, for the tests of a site that never answers; a UI test, whose
   * main loop (which serves this site) can stall on a busy X server, sets
   * a longer one */
  wp->client_timeout = 1;
  wp->posts = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  wp->media = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  for (guint i = 0; i < 2; i++)
    wp->terms[i] = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  wp->next_id = 10;
  wp->clock = 1767225600;   /* 2026-01-01T00:00:00Z */
  wp->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (wp->server, NULL, fake_wp_cb, wp, NULL);
  soup_server_listen_local (wp->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (wp->server);
  wp->url = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_slist_free_full (g_steal_pointer (&uris), (GDestroyNotify) g_uri_unref);
  return wp;
}

static inline void
fake_wp_free (FakeWp *wp)
{
  soup_server_disconnect (wp->server);
  g_slist_free_full (wp->paused, g_object_unref);
  g_clear_object (&wp->server);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_ptr_array_unref (wp->posts);
  g_ptr_array_unref (wp->media);
  for (guint i = 0; i < 2; i++)
    g_ptr_array_unref (wp->terms[i]);
  g_clear_pointer (&wp->media_alts, g_hash_table_unref);
  g_clear_pointer (&wp->upload_dispositions, g_ptr_array_unref);
  g_free (wp->url);
  g_free (wp);
}

/* A CMS client for @wp that the outbox runner uses for every account. */
static inline BylineCms *
fake_wp_cms_func (BylineStore   *store,
                  const char    *account,
                  GCancellable  *cancellable,
                  gpointer       user_data,
                  GError       **error)
{
  FakeWp *wp = user_data;
  BylineCmsWordpress *cms = byline_cms_wordpress_new (wp->url, "editor", "abcd efgh ijkl mnop");
  g_autofree char *root = g_strconcat (wp->url, "/wp-json/", NULL);

  byline_cms_wordpress_set_api_root (cms, root);
  byline_cms_wordpress_set_timeout (cms, wp->client_timeout);
  return BYLINE_CMS (cms);
}

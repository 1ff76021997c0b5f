/* byline-wp-json.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-wp-json"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "byline-cms.h"
#include "byline-text-private.h"
#include "byline-wp-json.h"

/* Members of the wrong type are treated as missing: a hostile or broken
 * site can make Byline show less, never crash it. */

static JsonNode *
member (JsonObject *object,
        const char *name)
{
  if (object == NULL)
    return NULL;
  return json_object_get_member (object, name);
}

static const char *
get_string (JsonObject *object,
            const char *name)
{
  JsonNode *node = member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* A copy that is valid UTF-8: json-glib 1.6 takes octal escapes ("\\333")
 * into strings as raw bytes, so a broken or hostile site can send text that
 * is not; such bytes become U+FFFD */
static char *
dup_string (JsonObject *object,
            const char *name)
{
  const char *str = get_string (object, name);

  return str != NULL ? g_utf8_make_valid (str, -1) : NULL;
}

static gboolean
node_get_int (JsonNode *node,
              gint64   *value)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64)
    {
      *value = json_node_get_int (node);
      return TRUE;
    }
  if (type == G_TYPE_DOUBLE)
    {
      double d = json_node_get_double (node);

      /* Huge or fractional numbers are not ids. */
      if (!isfinite (d) || d != floor (d) || fabs (d) > 9007199254740992.0)
        return FALSE;
      *value = (gint64) d;
      return TRUE;
    }
  if (type == G_TYPE_STRING)
    {
      const char *str = json_node_get_string (node);
      guint64 u;

      /* Some plugins send ids as strings ("12"). */
      if (str != NULL && g_ascii_string_to_unsigned (str, 10, 0, G_MAXINT64, &u, NULL))
        {
          *value = (gint64) u;
          return TRUE;
        }
    }

  return FALSE;
}

static gint64
get_int (JsonObject *object,
         const char *name,
         gint64      fallback)
{
  gint64 value;

  if (node_get_int (member (object, name), &value))
    return value;
  return fallback;
}

static gboolean
get_bool (JsonObject *object,
          const char *name)
{
  JsonNode *node = member (object, name);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_BOOLEAN &&
         json_node_get_boolean (node);
}

static JsonObject *
get_object (JsonObject *object,
            const char *name)
{
  JsonNode *node = member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return json_node_get_object (node);
}

static JsonArray *
get_array (JsonObject *object,
           const char *name)
{
  JsonNode *node = member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;
  return json_node_get_array (node);
}

/* WordPress's { "raw": …, "rendered": … } pairs; a plain string counts as
 * rendered. */
static void
get_raw_rendered (JsonObject  *object,
                  const char  *name,
                  char       **raw,
                  char       **rendered)
{
  JsonObject *pair = get_object (object, name);

  if (pair != NULL)
    {
      if (raw != NULL)
        *raw = dup_string (pair, "raw");
      if (rendered != NULL)
        *rendered = dup_string (pair, "rendered");
    }
  else if (rendered != NULL)
    *rendered = dup_string (object, name);
}

static GDateTime *
get_gmt_date (JsonObject *object,
              const char *name)
{
  const char *str = get_string (object, name);
  g_autoptr(GTimeZone) utc = NULL;

  if (str == NULL || *str == '\0' || strlen (str) > 64)
    return NULL;

  utc = g_time_zone_new_utc ();
  return g_date_time_new_from_iso8601 (str, utc);
}

static GArray *
get_ids (JsonObject *object,
         const char *name)
{
  JsonArray *array = get_array (object, name);
  GArray *ids;
  guint len;

  if (array == NULL)
    return NULL;

  len = json_array_get_length (array);
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), len);
  for (guint i = 0; i < len; i++)
    {
      gint64 id;

      if (node_get_int (json_array_get_element (array, i), &id) && id > 0)
        g_array_append_val (ids, id);
    }

  return ids;
}

static char **
get_strv (JsonObject *object,
          const char *name)
{
  JsonArray *array = get_array (object, name);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (array != NULL)
    {
      guint len = json_array_get_length (array);

      for (guint i = 0; i < len; i++)
        {
          JsonNode *node = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
            {
              g_autofree char *valid = g_utf8_make_valid (json_node_get_string (node), -1);

              g_strv_builder_add (builder, valid);
            }
        }
    }

  return g_strv_builder_end (builder);
}

static JsonObject *
require_object (JsonNode    *node,
                const char  *what,
                gint64      *id,
                GError     **error)
{
  JsonObject *object;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_INVALID_RESPONSE,
                   _("The site sent something that is not a %s"), what);
      return NULL;
    }

  object = json_node_get_object (node);
  *id = get_int (object, "id", 0);
  if (*id <= 0)
    {
      g_set_error (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_INVALID_RESPONSE,
                   _("The site sent a %s without an id"), what);
      return NULL;
    }

  return object;
}

BylineCmsPost *
byline_wp_json_decode_post (JsonNode  *node,
                            GError   **error)
{
  g_autoptr(BylineCmsPost) post = byline_cms_post_new ();
  JsonObject *object;
  JsonObject *meta;
  JsonNode *bylines;

  if (!(object = require_object (node, "post", &post->id, error)))
    return NULL;

  post->parent = get_int (object, "parent", 0);
  post->status = dup_string (object, "status");
  get_raw_rendered (object, "title", &post->title, &post->title_rendered);
  get_raw_rendered (object, "content", &post->content, &post->content_rendered);
  get_raw_rendered (object, "excerpt", &post->excerpt, NULL);
  post->slug = dup_string (object, "slug");
  post->link = dup_string (object, "link");
  post->date_gmt = get_gmt_date (object, "date_gmt");
  post->modified_gmt = get_gmt_date (object, "modified_gmt");
  post->author = get_int (object, "author", 0);
  post->featured_media = get_int (object, "featured_media", 0);
  post->categories = get_ids (object, "categories");
  post->tags = get_ids (object, "tags");

  meta = get_object (object, "meta");
  if (meta != NULL)
    {
      post->meta_uuid = dup_string (meta, "byline_uuid");
      post->meta_dateline = dup_string (meta, "byline_dateline");
      bylines = member (meta, "byline_bylines");
      if (bylines != NULL && JSON_NODE_HOLDS_ARRAY (bylines))
        post->meta_bylines = get_strv (meta, "byline_bylines");
    }

  return g_steal_pointer (&post);
}

BylineCmsComment *
byline_wp_json_decode_comment (JsonNode  *node,
                               GError   **error)
{
  g_autoptr(BylineCmsComment) comment = byline_cms_comment_new ();
  JsonObject *object;

  if (!(object = require_object (node, "comment", &comment->id, error)))
    return NULL;

  comment->post = get_int (object, "post", 0);
  comment->parent = get_int (object, "parent", 0);
  comment->author = get_int (object, "author", 0);
  comment->author_name = dup_string (object, "author_name");
  comment->author_email = dup_string (object, "author_email");
  comment->author_url = dup_string (object, "author_url");
  comment->author_ip = dup_string (object, "author_ip");
  comment->author_user_agent = dup_string (object, "author_user_agent");
  comment->date_gmt = get_gmt_date (object, "date_gmt");
  comment->status = byline_cms_comment_status_from_string (get_string (object, "status"));
  get_raw_rendered (object, "content", &comment->content, &comment->content_rendered);
  comment->link = dup_string (object, "link");
  comment->type = dup_string (object, "type");

  return g_steal_pointer (&comment);
}

BylineCmsTerm *
byline_wp_json_decode_term (JsonNode  *node,
                            GError   **error)
{
  g_autoptr(BylineCmsTerm) term = byline_cms_term_new ();
  JsonObject *object;

  if (!(object = require_object (node, "term", &term->id, error)))
    return NULL;

  term->kind = g_strcmp0 (get_string (object, "taxonomy"), "category") == 0
    ? BYLINE_CMS_TERM_CATEGORY : BYLINE_CMS_TERM_TAG;
  /* WordPress keeps (and answers) a term's name HTML-escaped: "Council
   * &amp; Votes" is the tag "Council & Votes" a story names */
  if (get_string (object, "name") != NULL)
    {
      g_autofree char *name = dup_string (object, "name");
      GString *decoded = g_string_new (NULL);

      _byline_html_decode_append (decoded, name, strlen (name));
      term->name = g_string_free (decoded, FALSE);
    }
  term->slug = dup_string (object, "slug");
  term->parent = get_int (object, "parent", 0);
  term->count = get_int (object, "count", 0);

  return g_steal_pointer (&term);
}

static void
add_true_keys (GStrvBuilder *builder,
               JsonObject   *object)
{
  g_autoptr(GList) names = NULL;

  if (object == NULL)
    return;

  names = json_object_get_members (object);
  for (GList *l = names; l != NULL; l = l->next)
    {
      if (get_bool (object, l->data))
        g_strv_builder_add (builder, l->data);
    }
}

BylineCmsUser *
byline_wp_json_decode_user (JsonNode  *node,
                            GError   **error)
{
  g_autoptr(BylineCmsUser) user = byline_cms_user_new ();
  g_autoptr(GStrvBuilder) caps = g_strv_builder_new ();
  JsonObject *object;

  if (!(object = require_object (node, "user", &user->id, error)))
    return NULL;

  user->name = dup_string (object, "name");
  user->slug = dup_string (object, "slug");
  user->email = dup_string (object, "email");
  g_strfreev (user->roles);
  user->roles = get_strv (object, "roles");
  add_true_keys (caps, get_object (object, "capabilities"));
  g_strfreev (user->capabilities);
  user->capabilities = g_strv_builder_end (caps);

  return g_steal_pointer (&user);
}

BylineCmsMedia *
byline_wp_json_decode_media (JsonNode  *node,
                             GError   **error)
{
  g_autoptr(BylineCmsMedia) media = byline_cms_media_new ();
  JsonObject *object;

  if (!(object = require_object (node, "media item", &media->id, error)))
    return NULL;

  media->post = get_int (object, "post", 0);   /* null: attached to none */
  media->source_url = dup_string (object, "source_url");
  media->mime_type = dup_string (object, "mime_type");
  media->alt_text = dup_string (object, "alt_text");
  get_raw_rendered (object, "caption", &media->caption, NULL);
  get_raw_rendered (object, "title", &media->title, NULL);

  return g_steal_pointer (&media);
}

BylineCmsSite *
byline_wp_json_decode_site (JsonNode  *node,
                            GError   **error)
{
  g_autoptr(BylineCmsSite) site = byline_cms_site_new ();
  JsonObject *object;
  JsonNode *offset;
  const char *zone;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error_literal (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_INVALID_RESPONSE,
                           _("The site did not describe itself"));
      return NULL;
    }

  object = json_node_get_object (node);
  site->name = dup_string (object, "name");
  site->description = dup_string (object, "description");
  site->url = dup_string (object, "url");
  site->home = dup_string (object, "home");
  zone = get_string (object, "timezone_string");
  site->time_zone = zone != NULL && *zone != '\0' ? g_utf8_make_valid (zone, -1) : NULL;

  /* gmt_offset is hours, possibly fractional ("5.5"), number or string. */
  offset = member (object, "gmt_offset");
  if (offset != NULL && JSON_NODE_HOLDS_VALUE (offset))
    {
      double hours = 0;

      if (json_node_get_value_type (offset) == G_TYPE_STRING)
        hours = g_ascii_strtod (json_node_get_string (offset), NULL);
      else if (json_node_get_value_type (offset) == G_TYPE_INT64 ||
               json_node_get_value_type (offset) == G_TYPE_DOUBLE)
        hours = json_node_get_double (offset);
      if (isfinite (hours) && fabs (hours) <= 14)
        site->gmt_offset_seconds = (int) lround (hours * 3600);
    }

  if (site->name == NULL && site->url == NULL)
    {
      g_set_error_literal (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_INVALID_RESPONSE,
                           _("The site did not describe itself"));
      return NULL;
    }

  return g_steal_pointer (&site);
}

/**
 * byline_wp_json_decode_error:
 * @code: (out): WordPress's error code (`rest_not_logged_in`), or %NULL
 * @message: (out): its message, or %NULL
 * @status: (out): `data.status`, or 0
 *
 * Returns: %TRUE when @node looks like a WordPress error object.
 */
gboolean
byline_wp_json_decode_error (JsonNode  *node,
                             char     **code,
                             char     **message,
                             guint     *status)
{
  JsonObject *object;
  gint64 value;

  *code = NULL;
  *message = NULL;
  *status = 0;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;

  object = json_node_get_object (node);
  *code = dup_string (object, "code");
  *message = dup_string (object, "message");
  value = get_int (get_object (object, "data"), "status", 0);
  if (value > 0 && value < 1000)
    *status = (guint) value;

  return *code != NULL || *message != NULL;
}

GPtrArray *
byline_wp_json_decode_list (JsonNode            *node,
                            BylineWpDecodeFunc   decode,
                            GDestroyNotify       free_func,
                            GError             **error)
{
  g_autoptr(GPtrArray) items = NULL;
  JsonArray *array;
  guint len;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error_literal (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_INVALID_RESPONSE,
                           _("The site sent something that is not a list"));
      return NULL;
    }

  array = json_node_get_array (node);
  len = json_array_get_length (array);
  items = g_ptr_array_new_full (len, free_func);
  for (guint i = 0; i < len; i++)
    {
      gpointer item = decode (json_array_get_element (array, i), error);

      if (item == NULL)
        return NULL;
      g_ptr_array_add (items, item);
    }

  return g_steal_pointer (&items);
}

/**
 * byline_wp_json_schema_has_meta:
 * @node: the answer to `OPTIONS /wp/v2/posts`
 *
 * Returns: %TRUE when the post schema lists the meta field @key.
 */
gboolean
byline_wp_json_schema_has_meta (JsonNode   *node,
                                const char *key)
{
  JsonObject *object;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;

  object = get_object (json_node_get_object (node), "schema");
  object = get_object (object, "properties");
  object = get_object (object, "meta");
  object = get_object (object, "properties");

  return object != NULL && json_object_has_member (object, key);
}

/**
 * byline_wp_json_format_date:
 *
 * Returns: @date in UTC as WordPress's `*_gmt` fields want it
 *   (`2026-03-03T06:50:00`).
 */
char *
byline_wp_json_format_date (GDateTime *date)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (date);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%S");
}

static void
add_ids (JsonBuilder *builder,
         const char  *name,
         GArray      *ids)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < ids->len; i++)
    json_builder_add_int_value (builder, g_array_index (ids, gint64, i));
  json_builder_end_array (builder);
}

/**
 * byline_wp_json_add_string:
 *
 * Adds member @name with @value to the object being built, unless @value
 * is %NULL.
 */
void
byline_wp_json_add_string (JsonBuilder *builder,
                           const char  *name,
                           const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

/**
 * byline_wp_json_encode_post:
 *
 * Returns: the request body for creating or updating a post: only the
 *   fields that are set in @post (see #BylineCmsPost).
 */
JsonNode *
byline_wp_json_encode_post (const BylineCmsPost *post)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  byline_wp_json_add_string (builder, "status", post->status);
  byline_wp_json_add_string (builder, "title", post->title);
  byline_wp_json_add_string (builder, "content", post->content);
  byline_wp_json_add_string (builder, "excerpt", post->excerpt);
  byline_wp_json_add_string (builder, "slug", post->slug);
  if (post->date_gmt != NULL)
    {
      g_autofree char *date = byline_wp_json_format_date (post->date_gmt);

      byline_wp_json_add_string (builder, "date_gmt", date);
    }
  if (post->author > 0)
    {
      json_builder_set_member_name (builder, "author");
      json_builder_add_int_value (builder, post->author);
    }
  if (post->featured_media >= 0)
    {
      json_builder_set_member_name (builder, "featured_media");
      json_builder_add_int_value (builder, post->featured_media);
    }
  if (post->categories != NULL)
    add_ids (builder, "categories", post->categories);
  if (post->tags != NULL)
    add_ids (builder, "tags", post->tags);
  if (post->meta_uuid != NULL || post->meta_bylines != NULL || post->meta_dateline != NULL)
    {
      json_builder_set_member_name (builder, "meta");
      json_builder_begin_object (builder);
      byline_wp_json_add_string (builder, "byline_uuid", post->meta_uuid);
      byline_wp_json_add_string (builder, "byline_dateline", post->meta_dateline);
      if (post->meta_bylines != NULL)
        {
          json_builder_set_member_name (builder, "byline_bylines");
          json_builder_begin_array (builder);
          for (guint i = 0; post->meta_bylines[i] != NULL; i++)
            json_builder_add_string_value (builder, post->meta_bylines[i]);
          json_builder_end_array (builder);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

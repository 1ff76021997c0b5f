/* byline-cms-wordpress-ops.c: BylineCms over the WordPress REST API
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

void _byline_cms_wordpress_cms_init (BylineCmsInterface *iface);

typedef struct
{
  BylineWpDecodeFunc decode;
  GDestroyNotify     free_func;
  gboolean           unwrap;      /* DELETE ?force=true answers {deleted, previous} */
} Op;

static void
query_add (GString    *query,
           const char *name,
           const char *value)
{
  g_autofree char *escaped = g_uri_escape_string (value, NULL, FALSE);

  g_string_append_printf (query, "%s%s=%s", query->len ? "&" : "", name, escaped);
}

static char *
json_to_bytes_string (JsonNode *node,
                      gsize    *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, node);
  return json_generator_to_data (generator, length);
}

static GBytes *
json_body (JsonNode *node)
{
  gsize length;
  char *data = json_to_bytes_string (node, &length);

  return g_bytes_new_take (data, length);
}

static void
op_cb (GObject      *object,
       GAsyncResult *result,
       gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Op *op = g_task_get_task_data (task);
  g_autoptr(BylineWpResponse) response = NULL;
  g_autoptr(GError) error = NULL;
  JsonNode *node;
  gpointer item;

  response = _byline_wp_request_finish (BYLINE_CMS_WORDPRESS (object), result, &error);
  if (response == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  node = response->root;
  if (op->unwrap && JSON_NODE_HOLDS_OBJECT (node) &&
      json_object_has_member (json_node_get_object (node), "previous"))
    node = json_object_get_member (json_node_get_object (node), "previous");

  item = op->decode (node, &error);
  if (item == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, item, op->free_func);
}

static void
run_op (BylineCmsWordpress *self,
        GTask              *task,
        const char         *method,
        const char         *path,
        const char         *query,
        JsonNode           *body,
        BylineWpDecodeFunc  decode,
        GDestroyNotify      free_func)
{
  g_autoptr(GBytes) bytes = body ? json_body (body) : NULL;
  Op *op = g_new0 (Op, 1);

  op->decode = decode;
  op->free_func = free_func;
  op->unwrap = g_str_equal (method, "DELETE");
  g_task_set_task_data (task, op, g_free);
  _byline_wp_request_async (self, method, path, query, bytes,
                            bytes ? "application/json" : NULL, NULL,
                            g_task_get_cancellable (task), op_cb, g_object_ref (task));
}

static GTask *
new_task (BylineCms           *cms,
          GCancellable        *cancellable,
          GAsyncReadyCallback  callback,
          gpointer             user_data,
          gpointer             source_tag)
{
  GTask *task = g_task_new (cms, cancellable, callback, user_data);

  /* Errors are ours: BYLINE_CMS_ERROR_CANCELLED, not G_IO_ERROR. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_source_tag (task, source_tag);
  return task;
}

static void
wp_verify_account_async (BylineCms           *cms,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = new_task (cms, cancellable, callback, user_data, byline_cms_verify_account_async);

  /* A wrong password does not fail on WordPress: the request runs as
   * anonymous. /users/me then answers 401 rest_not_logged_in. */
  run_op (BYLINE_CMS_WORDPRESS (cms), task, "GET", "wp/v2/users/me", "context=edit", NULL,
          (BylineWpDecodeFunc) byline_wp_json_decode_user, (GDestroyNotify) byline_cms_user_free);
}

static void
site_schema_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  BylineCmsSite *site = g_task_get_task_data (task);
  g_autoptr(BylineWpResponse) response = NULL;

  /* The schema only says whether Byline's post meta is registered; a
   * site that hides it simply has none. */
  response = _byline_wp_request_finish (BYLINE_CMS_WORDPRESS (object), result, NULL);
  if (response != NULL)
    site->has_byline_meta = byline_wp_json_schema_has_meta (response->root, "byline_uuid");

  g_task_return_pointer (task, byline_cms_site_copy (site), (GDestroyNotify) byline_cms_site_free);
}

static void
site_index_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  BylineCmsWordpress *self = BYLINE_CMS_WORDPRESS (object);
  g_autoptr(BylineWpResponse) response = NULL;
  g_autoptr(GError) error = NULL;
  BylineCmsSite *site;

  response = _byline_wp_request_finish (self, result, &error);
  if (response == NULL ||
      !(site = byline_wp_json_decode_site (response->root, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_set_task_data (task, site, (GDestroyNotify) byline_cms_site_free);
  _byline_wp_request_async (self, "OPTIONS", "wp/v2/posts", NULL, NULL, NULL, NULL,
                            g_task_get_cancellable (task), site_schema_cb, g_object_ref (task));
}

static void
wp_get_site_async (BylineCms           *cms,
                   GCancellable        *cancellable,
                   GAsyncReadyCallback  callback,
                   gpointer             user_data)
{
  g_autoptr(GTask) task = new_task (cms, cancellable, callback, user_data, byline_cms_get_site_async);

  _byline_wp_request_async (BYLINE_CMS_WORDPRESS (cms), "GET", "",
                            "_fields=name,description,url,home,gmt_offset,timezone_string",
                            NULL, NULL, NULL, cancellable, site_index_cb, g_object_ref (task));
}

static const char *
term_path (BylineCmsTermKind kind)
{
  return kind == BYLINE_CMS_TERM_CATEGORY ? "wp/v2/categories" : "wp/v2/tags";
}

static void
wp_list_terms_async (BylineCms            *cms,
                     BylineCmsTermKind     kind,
                     const BylineCmsQuery *options,
                     GCancellable         *cancellable,
                     GAsyncReadyCallback   callback,
                     gpointer              user_data)
{
  g_autoptr(GTask) task = new_task (cms, cancellable, callback, user_data, byline_cms_list_terms_async);
  g_autoptr(GString) query = g_string_new ("orderby=id");

  if (options && options->search)
    query_add (query, "search", options->search);
  _byline_wp_list_async (BYLINE_CMS_WORDPRESS (cms), term_path (kind), query, options,
                         (BylineWpDecodeFunc) byline_wp_json_decode_term, NULL,
                         (GDestroyNotify) byline_cms_term_free, cancellable, task);
}

typedef struct
{
  BylineCmsTermKind  kind;
  char              *name;
  gint64             parent;
} CreateTerm;

static void
create_term_free (CreateTerm *data)
{
  g_free (data->name);
  g_free (data);
}

/* WordPress keeps a term's name as it cleaned it ("<i>budget</i>" is
 * "budget"), so the search missed it and the create was refused with
 * term_exists: the term it names is the one */
static void
term_created_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  CreateTerm *data = g_object_get_data (G_OBJECT (task), "create-term");
  g_autoptr(GError) error = NULL;
  BylineCmsTerm *term = g_task_propagate_pointer (G_TASK (result), &error);

  if (term == NULL && byline_cms_error_get_existing_id (error) > 0)
    {
      term = byline_cms_term_new ();
      term->id = byline_cms_error_get_existing_id (error);
      term->kind = data->kind;
      term->name = g_strdup (data->name);
      term->parent = data->parent;
    }
  if (term == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, term, (GDestroyNotify) byline_cms_term_free);
}

static void
term_search_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  CreateTerm *data = g_object_get_data (G_OBJECT (task), "create-term");
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(GTask) create = NULL;

  terms = g_task_propagate_pointer (G_TASK (result), &error);
  if (terms == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* WordPress refuses a second term with the same name (term_exists):
   * the existing one is what the caller wants. */
  for (guint i = 0; i < terms->len; i++)
    {
      BylineCmsTerm *term = g_ptr_array_index (terms, i);
      g_autofree char *a = term->name ? g_utf8_casefold (term->name, -1) : NULL;
      g_autofree char *b = g_utf8_casefold (data->name, -1);

      if (g_strcmp0 (a, b) == 0 && (data->kind == BYLINE_CMS_TERM_TAG || term->parent == data->parent))
        {
          g_task_return_pointer (task, byline_cms_term_copy (term), (GDestroyNotify) byline_cms_term_free);
          return;
        }
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, data->name);
  if (data->kind == BYLINE_CMS_TERM_CATEGORY && data->parent > 0)
    {
      json_builder_set_member_name (builder, "parent");
      json_builder_add_int_value (builder, data->parent);
    }
  json_builder_end_object (builder);
  body = json_builder_get_root (builder);
  create = g_task_new (g_task_get_source_object (task), g_task_get_cancellable (task),
                       term_created_cb, g_object_ref (task));
  g_task_set_check_cancellable (create, FALSE);
  g_task_set_source_tag (create, term_search_cb);
  run_op (BYLINE_CMS_WORDPRESS (g_task_get_source_object (task)), create, "POST",
          term_path (data->kind), NULL, body,
          (BylineWpDecodeFunc) byline_wp_json_decode_term, (GDestroyNotify) byline_cms_term_free);
}

static void
wp_create_term_async (BylineCms           *cms,
                      BylineCmsTermKind    kind,
                      const char          *name,
                      gint64               parent,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = new_task (cms, cancellable, callback, user_data, byline_cms_create_term_async);
  g_autoptr(GTask) search = NULL;
  g_autoptr(GString) query = g_string_new (NULL);
  CreateTerm *data = g_new0 (CreateTerm, 1);

  data->kind = kind;
  data->name = g_strdup (name);
  data->parent = parent;
  g_object_set_data_full (G_OBJECT (task), "create-term", data, (GDestroyNotify) create_term_free);

  query_add (query, "search", name);
  search = g_task_new (cms, cancellable, term_search_cb, g_object_ref (task));
  /* Errors are ours: BYLINE_CMS_ERROR_CANCELLED, not G_IO_ERROR. */
  g_task_set_check_cancellable (search, FALSE);
  g_task_set_source_tag (search, wp_create_term_async);
  _byline_wp_list_async (BYLINE_CMS_WORDPRESS (cms), term_path (kind), query, NULL,
                         (BylineWpDecodeFunc) byline_wp_json_decode_term, NULL,
                         (GDestroyNotify) byline_cms_term_free, cancellable, search);
}

static void
wp_list_users_async (BylineCms            *cms,
                     const BylineCmsQuery *options,
                     GCancellable         *cancellable,
                     GAsyncReadyCallback   callback,
                     gpointer              user_data)
{
  g_autoptr(GTask) task = new_task (cms, cancellable, callback, user_data, byline_cms_list_users_async);
  g_autoptr(GString) query = g_string_new ("who=authors&orderby=id");

  _byline_wp_list_async (BYLINE_CMS_WORDPRESS (cms), "wp/v2/users", query, options,
                         (BylineWpDecodeFunc) byline_wp_json_decode_user, NULL,
                         (GDestroyNotify) byline_cms_user_free, cancellable, task);
}

static void
wp_create_post_async (BylineCms           *cms,
                      const BylineCmsPost *post,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = new_task (cms, cancellable, callback, user_data, byline_cms_create_post_async);
  g_autoptr(JsonNode) body = byline_wp_json_encode_post (post);

  run_op (BYLINE_CMS_WORDPRESS (cms), task, "POST", "wp/v2/posts", NULL, body,
          (BylineWpDecodeFunc) byline_wp_json_decode_post, (GDestroyNotify) byline_cms_post_free);
}

static void
wp_update_post_async (BylineCms           *cms,
                      gint64               id,
                      const BylineCmsPost *post,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = new_task (cms, cancellable, callback, user_data, byline_cms_update_post_async);
  g_autoptr(JsonNode) body = byline_wp_json_encode_post (post);
  g_autofree char *path = g_strdup_printf ("wp/v2/posts/%" G_GINT64_FORMAT, id);

  run_op (BYLINE_CMS_WORDPRESS (cms), task, "POST", path, NULL, body,
          (BylineWpDecodeFunc) byline_wp_json_decode_post, (GDestroyNotify) byline_cms_post_free);
}

static void
wp_get_post_async (BylineCms           *cms,
                   gint64               id,
                   const char          *fields,
                   GCancellable        *cancellable,
                   GAsyncReadyCallback  callback,
                   gpointer             user_data)
{
  g_autoptr(GTask) task = new_task (cms, cancellable, callback, user_data, byline_cms_get_post_async);
  g_autofree char *path = g_strdup_printf ("wp/v2/posts/%" G_GINT64_FORMAT, id);
  g_autoptr(GString) query = g_string_new ("context=edit");

  if (fields != NULL)
    query_add (query, "_fields", fields);
  run_op (BYLINE_CMS_WORDPRESS (cms), task, "GET", path, query->str, NULL,
          (BylineWpDecodeFunc) byline_wp_json_decode_post, (GDestroyNotify) byline_cms_post_free);
}

static void
wp_delete_post_async (BylineCms           *cms,
                      gint64               id,
                      gboolean             force,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = new_task (cms, cancellable, callback, user_data, byline_cms_delete_post_async);
  g_autofree char *path = g_strdup_printf ("wp/v2/posts/%" G_GINT64_FORMAT, id);

  run_op (BYLINE_CMS_WORDPRESS (cms), task, "DELETE", path, force ? "force=true" : NULL, NULL,
          (BylineWpDecodeFunc) byline_wp_json_decode_post, (GDestroyNotify) byline_cms_post_free);
}

static void
add_common (GString              *query,
            const BylineCmsQuery *options)
{
  if (options == NULL)
    return;
  if (options->edit_context)
    query_add (query, "context", "edit");
  if (options->after != NULL)
    {
      /* With an explicit zone: WordPress compares a zone-less `after`
       * with the site-local date, not the GMT one. */
      g_autoptr(GDateTime) utc = g_date_time_to_utc (options->after);
      g_autofree char *after = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");

      query_add (query, "after", after);
    }
  if (options->fields != NULL)
    query_add (query, "_fields", options->fields);
  if (options->search != NULL)
    query_add (query, "search", options->search);
  if (options->include != NULL)
    query_add (query, "include", options->include);
}

static void
wp_list_posts_async (BylineCms            *cms,
                     const BylineCmsQuery *options,
                     GCancellable         *cancellable,
                     GAsyncReadyCallback   callback,
                     gpointer              user_data)
{
  g_autoptr(GTask) task = new_task (cms, cancellable, callback, user_data, byline_cms_list_posts_async);
  g_autoptr(GString) query = g_string_new ("orderby=id&order=asc");
  g_autofree char *path = NULL;

  add_common (query, options);
  if (options && options->status)
    query_add (query, "status", options->status);
  if (options && options->slug)
    query_add (query, "slug", options->slug);
  path = g_strconcat ("wp/v2/", options && options->post_type ? options->post_type : "posts", NULL);
  _byline_wp_list_async (BYLINE_CMS_WORDPRESS (cms), path, query, options,
                         (BylineWpDecodeFunc) byline_wp_json_decode_post, NULL,
                         (GDestroyNotify) byline_cms_post_free, cancellable, task);
}

static void
wp_list_revisions_async (BylineCms           *cms,
                         gint64               post_id,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = new_task (cms, cancellable, callback, user_data, byline_cms_list_revisions_async);
  g_autoptr(GString) query = g_string_new ("context=edit");
  g_autofree char *path = g_strdup_printf ("wp/v2/posts/%" G_GINT64_FORMAT "/revisions", post_id);

  _byline_wp_list_async (BYLINE_CMS_WORDPRESS (cms), path, query, NULL,
                         (BylineWpDecodeFunc) byline_wp_json_decode_post, NULL,
                         (GDestroyNotify) byline_cms_post_free, cancellable, task);
}

/* Content-Disposition with the RFC 6266 filename* form for non-ASCII. */
static char *
content_disposition (const char *filename)
{
  g_autoptr(GString) ascii = g_string_new (NULL);
  g_autofree char *escaped = g_uri_escape_string (filename, NULL, FALSE);

  for (const char *p = filename; *p; p++)
    g_string_append_c (ascii, (*p > 0x20 && *p < 0x7f && *p != '"' && *p != '\\' && *p != ';') ? *p : '_');

  return g_strdup_printf ("attachment; filename=\"%s\"; filename*=UTF-8''%s", ascii->str, escaped);
}

static void
upload_send (GTask  *task,
             GBytes *bytes)
{
  BylineCmsUpload *upload = g_object_get_data (G_OBJECT (task), "upload");
  g_autoptr(GString) query = g_string_new (NULL);
  g_autofree char *filename = NULL;
  g_autofree char *disposition = NULL;
  g_autofree char *guessed = NULL;
  const char *mime = upload->mime_type;
  Op *op = g_new0 (Op, 1);

  filename = upload->filename ? g_strdup (upload->filename) : g_file_get_basename (upload->file);
  if (mime == NULL)
    {
      g_autofree char *type = g_content_type_guess (filename, NULL, 0, NULL);

      guessed = g_content_type_get_mime_type (type);
      mime = guessed ? guessed : "application/octet-stream";
    }
  disposition = content_disposition (filename);

  /* WordPress takes the attachment's fields from the query of the upload
   * itself: one request, not two. */
  if (upload->alt_text)
    query_add (query, "alt_text", upload->alt_text);
  if (upload->caption)
    query_add (query, "caption", upload->caption);
  if (upload->title)
    query_add (query, "title", upload->title);
  if (upload->post > 0)
    g_string_append_printf (query, "%spost=%" G_GINT64_FORMAT, query->len ? "&" : "", upload->post);

  op->decode = (BylineWpDecodeFunc) byline_wp_json_decode_media;
  op->free_func = (GDestroyNotify) byline_cms_media_free;
  g_task_set_task_data (task, op, g_free);
  _byline_wp_request_async (BYLINE_CMS_WORDPRESS (g_task_get_source_object (task)), "POST",
                            "wp/v2/media", query->str, bytes, mime, disposition,
                            g_task_get_cancellable (task), op_cb, g_object_ref (task));
}

static void
upload_loaded_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = g_file_load_bytes_finish (G_FILE (object), result, NULL, &error);
  if (bytes == NULL)
    {
      g_task_return_new_error (task, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_BAD_REQUEST,
                               _("Could not read the file to upload: %s"), error->message);
      return;
    }
  upload_send (task, bytes);
}

static void
wp_upload_media_async (BylineCms             *cms,
                       const BylineCmsUpload *upload,
                       GCancellable          *cancellable,
                       GAsyncReadyCallback    callback,
                       gpointer               user_data)
{
  g_autoptr(GTask) task = new_task (cms, cancellable, callback, user_data, byline_cms_upload_media_async);
  BylineCmsUpload *copy = byline_cms_upload_new ();

  if ((upload->file == NULL) == (upload->bytes == NULL) ||
      (upload->bytes != NULL && upload->filename == NULL))
    {
      byline_cms_upload_free (copy);
      g_task_return_new_error (task, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_BAD_REQUEST,
                               _("An upload needs either a file, or bytes and a file name"));
      return;
    }

  copy->file = upload->file ? g_object_ref (upload->file) : NULL;
  copy->filename = g_strdup (upload->filename);
  copy->mime_type = g_strdup (upload->mime_type);
  copy->alt_text = g_strdup (upload->alt_text);
  copy->caption = g_strdup (upload->caption);
  copy->title = g_strdup (upload->title);
  copy->post = upload->post;
  g_object_set_data_full (G_OBJECT (task), "upload", copy, (GDestroyNotify) byline_cms_upload_free);

  if (upload->bytes != NULL)
    upload_send (task, upload->bytes);
  else
    g_file_load_bytes_async (upload->file, cancellable, upload_loaded_cb, g_object_ref (task));
}

static void
wp_list_media_async (BylineCms            *cms,
                     const BylineCmsQuery *options,
                     GCancellable         *cancellable,
                     GAsyncReadyCallback   callback,
                     gpointer              user_data)
{
  g_autoptr(GTask) task = new_task (cms, cancellable, callback, user_data, byline_cms_list_media_async);
  g_autoptr(GString) query = g_string_new ("context=edit");

  if (options->include != NULL)
    query_add (query, "include", options->include);
  if (options->fields != NULL)
    query_add (query, "_fields", options->fields);
  _byline_wp_list_async (BYLINE_CMS_WORDPRESS (cms), "wp/v2/media", query, options,
                         (BylineWpDecodeFunc) byline_wp_json_decode_media, NULL,
                         (GDestroyNotify) byline_cms_media_free, cancellable, task);
}

static void
wp_attach_media_async (BylineCms           *cms,
                       gint64               media_id,
                       gint64               post_id,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = new_task (cms, cancellable, callback, user_data, byline_cms_attach_media_async);
  g_autofree char *path = g_strdup_printf ("wp/v2/media/%" G_GINT64_FORMAT, media_id);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) body = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "post");
  json_builder_add_int_value (builder, post_id);
  json_builder_end_object (builder);
  body = json_builder_get_root (builder);
  run_op (BYLINE_CMS_WORDPRESS (cms), task, "POST", path, "context=edit", body,
          (BylineWpDecodeFunc) byline_wp_json_decode_media, (GDestroyNotify) byline_cms_media_free);
}

static void
wp_list_comments_async (BylineCms            *cms,
                        const BylineCmsQuery *options,
                        GCancellable         *cancellable,
                        GAsyncReadyCallback   callback,
                        gpointer              user_data)
{
  g_autoptr(GTask) task = new_task (cms, cancellable, callback, user_data, byline_cms_list_comments_async);
  /* Oldest first by id: comments arriving during a sync land on the last
   * page instead of shifting every page under the parallel requests. */
  g_autoptr(GString) query = g_string_new ("orderby=id&order=asc");
  BylineCmsCommentStatus status = options ? options->comment_status : BYLINE_CMS_COMMENT_ALL;
  const char *word = byline_cms_comment_status_to_filter (status);

  add_common (query, options);
  query_add (query, "status", word ? word : "all");
  if (options && options->post > 0)
    g_string_append_printf (query, "&post=%" G_GINT64_FORMAT, options->post);
  if (options && options->parent > 0)
    g_string_append_printf (query, "&parent=%" G_GINT64_FORMAT, options->parent);
  if (options && options->comment_type)
    query_add (query, "type", options->comment_type);
  _byline_wp_list_async (BYLINE_CMS_WORDPRESS (cms), "wp/v2/comments", query, options,
                         (BylineWpDecodeFunc) byline_wp_json_decode_comment, byline_wp_scan_comments,
                         (GDestroyNotify) byline_cms_comment_free, cancellable, task);
}

/* POST wp/v2/comments/ID: a new @status word (moderating) or the
 * comment's content and author fields (editing). WordPress re-saves the
 * whole comment on any update and would put the editor's IP and browser
 * in place of the reader's: they always go back. */
static void
post_comment_change (BylineCms              *cms,
                     GTask                  *task,
                     const BylineCmsComment *comment,
                     const char             *status)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) body = NULL;
  g_autofree char *path = g_strdup_printf ("wp/v2/comments/%" G_GINT64_FORMAT, comment->id);

  json_builder_begin_object (builder);
  byline_wp_json_add_string (builder, "status", status);
  if (status == NULL)
    {
      byline_wp_json_add_string (builder, "content", comment->content);
      byline_wp_json_add_string (builder, "author_name", comment->author_name);
      byline_wp_json_add_string (builder, "author_email", comment->author_email);
      byline_wp_json_add_string (builder, "author_url", comment->author_url);
    }
  /* A comment without an address (imported, made by a plugin or by code)
   * cannot keep none: WordPress refuses "" (400, author_ip is checked as
   * an IP address) and puts the moderator's address where none is sent.
   * 0.0.0.0 is what its own privacy eraser leaves: no one's address. */
  byline_wp_json_add_string (builder, "author_ip",
                             comment->author_ip != NULL && *comment->author_ip == '\0' ? "0.0.0.0"
                                                                                       : comment->author_ip);
  byline_wp_json_add_string (builder, "author_user_agent", comment->author_user_agent);
  json_builder_end_object (builder);
  body = json_builder_get_root (builder);

  run_op (BYLINE_CMS_WORDPRESS (cms), task, "POST", path, "context=edit", body,
          (BylineWpDecodeFunc) byline_wp_json_decode_comment, (GDestroyNotify) byline_cms_comment_free);
}

static void
wp_moderate_comment_async (BylineCms              *cms,
                           const BylineCmsComment *comment,
                           BylineCmsCommentStatus  status,
                           GCancellable           *cancellable,
                           GAsyncReadyCallback     callback,
                           gpointer                user_data)
{
  g_autoptr(GTask) task = new_task (cms, cancellable, callback, user_data, byline_cms_moderate_comment_async);
  const char *word = byline_cms_comment_status_to_filter (status);

  if (word == NULL || status == BYLINE_CMS_COMMENT_ALL)
    {
      g_task_return_new_error (task, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_BAD_REQUEST,
                               _("“%s” is not a status a comment can be given"),
                               byline_cms_comment_status_to_string (status));
      return;
    }
  post_comment_change (cms, task, comment, word);
}

static void
wp_reply_comment_async (BylineCms              *cms,
                        const BylineCmsComment *parent,
                        const char             *content,
                        GCancellable           *cancellable,
                        GAsyncReadyCallback     callback,
                        gpointer                user_data)
{
  g_autoptr(GTask) task = new_task (cms, cancellable, callback, user_data, byline_cms_reply_comment_async);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) body = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "post");
  json_builder_add_int_value (builder, parent->post);
  json_builder_set_member_name (builder, "parent");
  json_builder_add_int_value (builder, parent->id);
  json_builder_set_member_name (builder, "content");
  json_builder_add_string_value (builder, content);
  json_builder_end_object (builder);
  body = json_builder_get_root (builder);

  run_op (BYLINE_CMS_WORDPRESS (cms), task, "POST", "wp/v2/comments", "context=edit", body,
          (BylineWpDecodeFunc) byline_wp_json_decode_comment, (GDestroyNotify) byline_cms_comment_free);
}

static void
wp_delete_comment_async (BylineCms           *cms,
                         gint64               id,
                         gboolean             force,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = new_task (cms, cancellable, callback, user_data, byline_cms_delete_comment_async);
  g_autofree char *path = g_strdup_printf ("wp/v2/comments/%" G_GINT64_FORMAT, id);

  run_op (BYLINE_CMS_WORDPRESS (cms), task, "DELETE", path,
          force ? "force=true&context=edit" : "context=edit", NULL,
          (BylineWpDecodeFunc) byline_wp_json_decode_comment, (GDestroyNotify) byline_cms_comment_free);
}

static void
wp_update_comment_async (BylineCms              *cms,
                         const BylineCmsComment *comment,
                         GCancellable           *cancellable,
                         GAsyncReadyCallback     callback,
                         gpointer                user_data)
{
  g_autoptr(GTask) task = new_task (cms, cancellable, callback, user_data, byline_cms_update_comment_async);

  post_comment_change (cms, task, comment, NULL);
}

void
_byline_cms_wordpress_cms_init (BylineCmsInterface *iface)
{
  iface->verify_account_async = wp_verify_account_async;
  iface->get_site_async = wp_get_site_async;
  iface->list_terms_async = wp_list_terms_async;
  iface->create_term_async = wp_create_term_async;
  iface->list_users_async = wp_list_users_async;
  iface->create_post_async = wp_create_post_async;
  iface->update_post_async = wp_update_post_async;
  iface->get_post_async = wp_get_post_async;
  iface->delete_post_async = wp_delete_post_async;
  iface->list_posts_async = wp_list_posts_async;
  iface->list_revisions_async = wp_list_revisions_async;
  iface->upload_media_async = wp_upload_media_async;
  iface->list_media_async = wp_list_media_async;
  iface->attach_media_async = wp_attach_media_async;
  iface->list_comments_async = wp_list_comments_async;
  iface->moderate_comment_async = wp_moderate_comment_async;
  iface->reply_comment_async = wp_reply_comment_async;
  iface->delete_comment_async = wp_delete_comment_async;
  iface->update_comment_async = wp_update_comment_async;
}

/* comment-test-server.h: an in-process SoupServer that keeps comments the
 * way WordPress's REST API shows them (the comment tests, the queue's UI
 * tests and the benchmarks use it)
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libsoup/soup.h>
#include <json-glib/json-glib.h>
#include <stdlib.h>
#include <string.h>

#include "byline-core.h"

typedef struct
{
  gint64  id;
  gint64  post;
  gint64  parent;
  char   *author_name;
  char   *author_email;
  char   *author_url;
  char   *author_ip;
  char   *author_user_agent;
  char   *date;        /* "2026-01-01T10:00:00" (GMT) */
  char   *local_date;  /* (nullable) the date `after=` is compared with, when
                        * not @date: WordPress compares comment_date, which
                        * it reads from the clock a moment apart from
                        * comment_date_gmt (a second later when it ticked) */
  char   *status;      /* response word: hold, approved, spam, trash */
  char   *content;
} FakeComment;

typedef struct
{
  SoupServer *server;
  char       *url;
  GPtrArray  *comments;      /* of FakeComment, by id */
  gint64      next_id;
  guint       delay_ms;      /* answer list requests this late (parallelism) */
  guint       in_flight;
  guint       max_in_flight;
  guint       list_requests;
  guint       edit_requests; /* list requests with context=edit */
  guint       writes;
  guint       fail_writes;   /* answer writes with this HTTP status (0: no) */
  guint       lose_answers;  /* this many new comments are made, but answered 502 */
  guint       posts_requests;
  guint       posts_beside_pages; /* posts requests (either kind) while a comment page was still unanswered */
  guint       posts_waiting; /* posts requests held a moment, not yet beside a page */
  gboolean    no_totals;     /* list answers without X-WP-Total(Pages), as some proxies strip them */
  GHashTable *post_bodies;   /* post id → its content (HTML), sent when `_fields` asks for content */
  guint       story_requests; /* posts requests asking for content (not in posts_requests) */
  guint       story_delay_ms; /* answer those this late */
  GString    *log;           /* "GET status=hold&page=1…\n" */
} FakeSite;

static void
fake_comment_free (FakeComment *c)
{
  g_free (c->author_name);
  g_free (c->author_email);
  g_free (c->author_url);
  g_free (c->author_ip);
  g_free (c->author_user_agent);
  g_free (c->date);
  g_free (c->local_date);
  g_free (c->status);
  g_free (c->content);
  g_free (c);
}

G_GNUC_UNUSED static FakeComment *
fake_site_add (FakeSite   *site,
               gint64      post,
               const char *status,
               const char *author,
               const char *content,
               const char *date)
{
  FakeComment *c = g_new0 (FakeComment, 1);

  c->id = site->next_id++;
  c->post = post;
  c->author_name = g_strdup (author);
  c->author_email = g_strdup_printf ("%s@example.org", author);
  c->author_url = g_strdup ("");
  c->author_ip = g_strdup_printf ("198.51.100.%u", (guint) (c->id % 250));
  c->author_user_agent = g_strdup ("Mozilla/5.0 (Reader)");
  c->date = g_strdup (date);
  c->status = g_strdup (status);
  c->content = g_strdup (content);
  g_ptr_array_add (site->comments, c);
  return c;
}

G_GNUC_UNUSED static FakeComment *
fake_site_find (FakeSite *site,
                gint64    id)
{
  for (guint i = 0; i < site->comments->len; i++)
    {
      FakeComment *c = g_ptr_array_index (site->comments, i);

      if (c->id == id)
        return c;
    }
  return NULL;
}

static void
add_comment_json (JsonBuilder *b,
                  FakeComment *c,
                  gboolean     ids_only)
{
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_int_value (b, c->id);
  json_builder_set_member_name (b, "status");
  json_builder_add_string_value (b, c->status);
  if (!ids_only)
    {
      g_autofree char *gmt = g_strdup (c->date);
      const char *fields[][2] = {
        { "author_name", c->author_name }, { "author_email", c->author_email },
        { "author_url", c->author_url }, { "author_ip", c->author_ip },
        { "author_user_agent", c->author_user_agent }, { "date", c->date }, { "date_gmt", gmt },
      };

      json_builder_set_member_name (b, "post");
      json_builder_add_int_value (b, c->post);
      json_builder_set_member_name (b, "parent");
      json_builder_add_int_value (b, c->parent);
      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        {
          json_builder_set_member_name (b, fields[i][0]);
          json_builder_add_string_value (b, fields[i][1]);
        }
      json_builder_set_member_name (b, "content");
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "raw");
      json_builder_add_string_value (b, c->content);
      json_builder_set_member_name (b, "rendered");
      json_builder_add_string_value (b, c->content);
      json_builder_end_object (b);
    }
  json_builder_end_object (b);
}

static void
fake_respond_json (SoupServerMessage *msg,
                   guint              status,
                   JsonBuilder       *b)
{
  g_autoptr(JsonNode) root = json_builder_get_root (b);
  g_autofree char *generated = json_to_string (root, FALSE);
  g_autoptr(GString) text = g_string_new (generated);

  /* JSON can carry what is no UTF-8: a lone surrogate escape, which
   * json-glib turns into invalid bytes. "@@SURROGATE@@" stands for one. */
  g_string_replace (text, "@@SURROGATE@@", "\\ud800", 0);
  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "application/json; charset=UTF-8", SOUP_MEMORY_COPY, text->str, text->len);
}

static gboolean
in_list (const char *list,
         gint64      id)
{
  g_auto(GStrv) parts = g_strsplit (list, ",", -1);

  for (guint i = 0; parts[i]; i++)
    if (g_ascii_strtoll (parts[i], NULL, 10) == id)
      return TRUE;
  return FALSE;
}

static void
fake_list (FakeSite          *site,
           SoupServerMessage *msg,
           GHashTable        *query)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  const char *status = query ? g_hash_table_lookup (query, "status") : NULL;
  const char *fields = query ? g_hash_table_lookup (query, "_fields") : NULL;
  const char *include = query ? g_hash_table_lookup (query, "include") : NULL;
  const char *after = query ? g_hash_table_lookup (query, "after") : NULL;
  const char *post = query ? g_hash_table_lookup (query, "post") : NULL;
  const char *parent = query ? g_hash_table_lookup (query, "parent") : NULL;
  guint page = query && g_hash_table_lookup (query, "page") ? atoi (g_hash_table_lookup (query, "page")) : 1;
  guint per_page = query && g_hash_table_lookup (query, "per_page") ? atoi (g_hash_table_lookup (query, "per_page")) : 10;
  g_autoptr(GPtrArray) matching = g_ptr_array_new ();
  g_autofree char *after_plain = NULL;
  g_autofree char *total = NULL;
  g_autofree char *pages = NULL;

  site->list_requests++;
  if (query && g_strcmp0 (g_hash_table_lookup (query, "context"), "edit") == 0)
    site->edit_requests++;
  if (per_page > 100)
    {
      soup_server_message_set_status (msg, 400, NULL);
      return;
    }
  if (after != NULL)
    after_plain = g_strndup (after, 19);   /* "…Z" → "…" */
  if (status == NULL || g_str_equal (status, "approve"))
    status = "approved";

  for (guint i = 0; i < site->comments->len; i++)
    {
      FakeComment *c = g_ptr_array_index (site->comments, i);

      if (g_str_equal (status, "all") ? !(g_str_equal (c->status, "hold") || g_str_equal (c->status, "approved"))
                                      : !g_str_equal (c->status, status))
        continue;
      if (include != NULL && !in_list (include, c->id))
        continue;
      if (after_plain != NULL && strcmp (c->local_date ? c->local_date : c->date, after_plain) <= 0)
        continue;
      if (post != NULL && !in_list (post, c->post))
        continue;
      if (parent != NULL && !in_list (parent, c->parent))
        continue;
      g_ptr_array_add (matching, c);
    }

  json_builder_begin_array (b);
  for (guint i = (page - 1) * per_page; i < matching->len && i < page * per_page; i++)
    add_comment_json (b, g_ptr_array_index (matching, i), fields != NULL && strstr (fields, "content") == NULL);
  json_builder_end_array (b);
  total = g_strdup_printf ("%u", matching->len);
  pages = g_strdup_printf ("%u", MAX (1, (matching->len + per_page - 1) / per_page));
  if (!site->no_totals)
    {
      soup_message_headers_replace (soup_server_message_get_response_headers (msg), "X-WP-Total", total);
      soup_message_headers_replace (soup_server_message_get_response_headers (msg), "X-WP-TotalPages", pages);
    }
  fake_respond_json (msg, 200, b);
}

static void
fake_posts (FakeSite          *site,
            SoupServerMessage *msg,
            GHashTable        *query)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  const char *include = query ? g_hash_table_lookup (query, "include") : NULL;
  const char *fields = query ? g_hash_table_lookup (query, "_fields") : NULL;
  g_auto(GStrv) ids = g_strsplit (include ? include : "", ",", -1);

  json_builder_begin_array (b);
  for (guint i = 0; ids[i] && *ids[i]; i++)
    {
      g_autofree char *title = g_strdup_printf ("Story &#8220;%s&#8221; <em>headline</em>", ids[i]);
      gint64 id = g_ascii_strtoll (ids[i], NULL, 10);
      const char *body = site->post_bodies ? g_hash_table_lookup (site->post_bodies, &id) : NULL;

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_int_value (b, id);
      json_builder_set_member_name (b, "title");
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "rendered");
      json_builder_add_string_value (b, title);
      json_builder_end_object (b);
      if (fields != NULL && strstr (fields, "content") != NULL)
        {
          json_builder_set_member_name (b, "content");
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "rendered");
          json_builder_add_string_value (b, body ? body : "<p>A story with nothing copied.</p>");
          json_builder_end_object (b);
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  fake_respond_json (msg, 200, b);
}

static void
fake_write (FakeSite          *site,
            SoupServerMessage *msg,
            const char        *path)
{
  SoupMessageBody *body = soup_server_message_get_request_body (msg);
  g_autoptr(GBytes) bytes = soup_message_body_flatten (body);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonBuilder) b = json_builder_new ();
  JsonObject *o;
  FakeComment *c;
  const char *tail = strrchr (path, '/') + 1;

  site->writes++;
  if (site->fail_writes)
    {
      soup_server_message_set_status (msg, site->fail_writes, NULL);
      soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_STATIC, "<h1>down</h1>", 13);
      return;
    }
  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  o = json_node_get_object (json_parser_get_root (parser));

  if (g_str_equal (tail, "comments"))
    {
      /* WordPress refuses the same text from the same user under the same
       * comment twice (wp_allow_comment()) */
      for (guint i = 0; i < site->comments->len; i++)
        {
          FakeComment *old = g_ptr_array_index (site->comments, i);

          if (old->post == json_object_get_int_member (o, "post") &&
              old->parent == json_object_get_int_member (o, "parent") &&
              g_str_equal (old->author_name, "Editor Tester") && !g_str_equal (old->status, "trash") &&
              g_str_equal (old->content, json_object_get_string_member (o, "content")))
            {
              static const char duplicate[] =
                "{\"code\":\"comment_duplicate\",\"message\":\"Duplicate comment detected; it looks as though "
                "you&#8217;ve already said that!\",\"data\":{\"status\":409}}";

              soup_server_message_set_status (msg, 409, NULL);
              soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_STATIC, duplicate,
                                                sizeof duplicate - 1);
              return;
            }
        }
      c = fake_site_add (site, json_object_get_int_member (o, "post"), "approved", "Editor Tester",
                         json_object_get_string_member (o, "content"), "2030-01-01T00:00:00");
      c->parent = json_object_get_int_member (o, "parent");
      g_free (c->author_ip);
      c->author_ip = g_strdup ("127.0.0.1");
      if (site->lose_answers > 0)
        {
          /* Made, but the answer is lost on the way back */
          site->lose_answers--;
          soup_server_message_set_status (msg, 502, NULL);
          return;
        }
      add_comment_json (b, c, FALSE);
      fake_respond_json (msg, 201, b);
      return;
    }

  c = fake_site_find (site, g_ascii_strtoll (tail, NULL, 10));
  if (c == NULL)
    {
      soup_server_message_set_status (msg, 404, NULL);
      return;
    }
  if (json_object_has_member (o, "status"))
    {
      const char *word = json_object_get_string_member (o, "status");

      g_free (c->status);
      c->status = g_strdup (g_str_equal (word, "approve") ? "approved" : word);
    }
  if (json_object_has_member (o, "content"))
    {
      g_free (c->content);
      c->content = g_strdup (json_object_get_string_member (o, "content"));
    }
  /* Like WordPress: the moderator's own unless the original is sent. */
  g_free (c->author_ip);
  c->author_ip = g_strdup (json_object_get_string_member_with_default (o, "author_ip", "127.0.0.1"));
  g_free (c->author_user_agent);
  c->author_user_agent = g_strdup (json_object_get_string_member_with_default (o, "author_user_agent", "Byline/moderator"));
  add_comment_json (b, c, FALSE);
  fake_respond_json (msg, 200, b);
}

typedef struct
{
  FakeSite          *site;
  SoupServerMessage *msg;
} Paused;

static gboolean
unpause_cb (gpointer data)
{
  Paused *p = data;

  p->site->in_flight--;
  soup_server_message_unpause (p->msg);
  g_object_unref (p->msg);
  g_free (p);
  return G_SOURCE_REMOVE;
}

/* A posts request answered after its moment's wait */
static gboolean
unpause_posts_cb (gpointer data)
{
  Paused *p = data;

  if (p->site->posts_waiting > 0)
    p->site->posts_waiting--;
  soup_server_message_unpause (p->msg);
  g_object_unref (p->msg);
  g_free (p);
  return G_SOURCE_REMOVE;
}

static void
fake_server_cb (SoupServer        *server,
                SoupServerMessage *msg,
                const char        *path,
                GHashTable        *query,
                gpointer           user_data)
{
  FakeSite *site = user_data;
  const char *method = soup_server_message_get_method (msg);
  g_autofree char *line = NULL;

  g_string_append_printf (site->log, "%s %s?%s\n", method, path,
                          g_uri_get_query (soup_server_message_get_uri (msg)) ?: "");
  if (g_str_equal (method, "GET") && g_str_equal (path, "/wp-json/wp/v2/comments"))
    {
      fake_list (site, msg, query);
      /* (a posts request sent with the page may reach the server first) */
      site->posts_beside_pages += site->posts_waiting;
      site->posts_waiting = 0;
      if (site->delay_ms > 0)
        {
          Paused *p = g_new0 (Paused, 1);

          p->site = site;
          p->msg = g_object_ref (msg);
          soup_server_message_pause (msg);
          site->in_flight++;
          site->max_in_flight = MAX (site->max_in_flight, site->in_flight);
          g_timeout_add (site->delay_ms, unpause_cb, p);
        }
    }
  else if (g_str_equal (method, "GET") && g_str_equal (path, "/wp-json/wp/v2/posts"))
    {
      const char *fields = query != NULL ? g_hash_table_lookup (query, "_fields") : NULL;

      gboolean story = fields != NULL && strstr (fields, "content") != NULL;

      if (story)
        site->story_requests++;
      else
        site->posts_requests++;
      fake_posts (site, msg, query);
      if (story && site->story_delay_ms > 0)
        {
          /* (answered after the pages, say) */
          Paused *p = g_new0 (Paused, 1);

          p->site = site;
          p->msg = g_object_ref (msg);
          soup_server_message_pause (msg);
          g_timeout_add (site->story_delay_ms, unpause_posts_cb, p);
        }
      else if (site->in_flight > 0)
        site->posts_beside_pages++;
      else if (site->delay_ms > 0)
        {
          /* Asked beside pages whose requests are still on their way:
           * held a moment, it is beside them when they come */
          Paused *p = g_new0 (Paused, 1);

          p->site = site;
          p->msg = g_object_ref (msg);
          soup_server_message_pause (msg);
          site->posts_waiting++;
          g_timeout_add (site->delay_ms / 5, unpause_posts_cb, p);
        }
    }
  else if (g_str_equal (method, "POST") && g_str_has_prefix (path, "/wp-json/wp/v2/comments"))
    fake_write (site, msg, path);
  else
    soup_server_message_set_status (msg, 404, NULL);
}

G_GNUC_UNUSED static FakeSite *
fake_site_new (void)
{
  FakeSite *site = g_new0 (FakeSite, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GSList) uris = NULL;

  site->comments = g_ptr_array_new_with_free_func ((GDestroyNotify) fake_comment_free);
  site->next_id = 1;
  site->log = g_string_new (NULL);
  site->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (site->server, NULL, fake_server_cb, site, NULL);
  soup_server_listen_local (site->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (site->server);
  site->url = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_slist_free_full (g_steal_pointer (&uris), (GDestroyNotify) g_uri_unref);
  return site;
}

G_GNUC_UNUSED static void
fake_site_free (FakeSite *site)
{
  soup_server_disconnect (site->server);
  g_clear_object (&site->server);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_ptr_array_unref (site->comments);
  g_clear_pointer (&site->post_bodies, g_hash_table_unref);
  g_string_free (site->log, TRUE);
  g_free (site->url);
  g_free (site);
}

/* Post @post's body is @html (the others have one that copies nothing) */
G_GNUC_UNUSED static void
fake_site_set_post_body (FakeSite   *site,
                         gint64      post,
                         const char *html)
{
  if (site->post_bodies == NULL)
    site->post_bodies = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_hash_table_insert (site->post_bodies, g_memdup2 (&post, sizeof post), g_strdup (html));
}

/* An account "site" in @store for @site (password from BYLINE_PASSWORD). */
G_GNUC_UNUSED static void
fake_site_add_account (FakeSite    *site,
                       BylineStore *store,
                       const char  *name)
{
  g_autofree char *root = g_strconcat (site->url, "/wp-json/", NULL);
  g_autoptr(BylineAccount) account = byline_account_new (name, site->url, root, "editor", "Editor Tester");
  g_autoptr(GError) error = NULL;

  g_assert_true (byline_store_save_account (store, account, &error));
  g_assert_no_error (error);
}

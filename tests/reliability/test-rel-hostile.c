/* test-rel-hostile.c: 10,000 hostile comments and posts (3,000 in short
 * mode, as CI runs it) through sync, the comment cache, search, import
 * and the renderers
 *
 * An in-process SoupServer serves the corpus of rel-hostile-gen.h as
 * WordPress would (`/wp/v2/comments` and `/wp/v2/posts`, 100 a page, with
 * X-WP-Total/X-WP-TotalPages) to the real BylineCmsWordpress client. Every
 * decoded comment goes into the store's comment cache and every post
 * through HTML→Markdown import, the Markdown renderer and the preview
 * renderer; the raw bytes (NUL, invalid UTF-8) go straight into the
 * converters as well. Nothing may crash, every produced HTML must be inert
 * (byline-test-html.h: no <script>, no on*= or style attributes, no
 * javascript:/data: URLs), and names/URLs shown for display keep no bidi
 * control that could spoof what surrounds them.
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libsoup/soup.h>

#include "rel-common.h"
#include "rel-hostile-gen.h"
#include "byline-test-html.h"

#define PER_PAGE 100

/* Every thousandth item is a 1 MB story: ten in long mode, three in
 * short mode (each goes through the importer and every renderer, most
 * of the run's time) */
static guint n_items = 10000;

typedef struct
{
  SoupServer *server;
  char       *url;
  char       *beacon;
  guint       requests;
} Site;

static JsonNode *
item_json (guint                 i,
           const RelHostileItem *item)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree char *content = g_utf8_make_valid (item->content, item->content_len);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_int_value (b, i + 1);
  json_builder_set_member_name (b, "date_gmt");
  json_builder_add_string_value (b, "2026-01-19T15:00:00");
  json_builder_set_member_name (b, "status");
  json_builder_add_string_value (b, item->is_comment ? "hold" : "publish");
  if (item->is_comment)
    {
      json_builder_set_member_name (b, "post");
      json_builder_add_int_value (b, 1);
      json_builder_set_member_name (b, "author_name");
      json_builder_add_string_value (b, item->author_name);
      json_builder_set_member_name (b, "author_url");
      json_builder_add_string_value (b, item->author_url);
      json_builder_set_member_name (b, "author_email");
      json_builder_add_string_value (b, "\"><script>@example.com");
      json_builder_set_member_name (b, "author_ip");
      json_builder_add_string_value (b, "127.0.0.1' OR 1=1 --");
    }
  else
    {
      json_builder_set_member_name (b, "title");
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "raw");
      json_builder_add_string_value (b, item->title);
      json_builder_set_member_name (b, "rendered");
      json_builder_add_string_value (b, item->title);
      json_builder_end_object (b);
      json_builder_set_member_name (b, "slug");
      json_builder_add_string_value (b, "x\"><script>");
    }
  json_builder_set_member_name (b, "content");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "raw");
  /* The wire carries what the site has; invalid bytes cannot travel in
   * JSON text, so those items arrive as WordPress would send them: made
   * valid. The raw bytes go to the converters directly (below). */
  json_builder_add_string_value (b, content);
  json_builder_set_member_name (b, "rendered");
  json_builder_add_string_value (b, content);
  json_builder_end_object (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

static void
server_cb (SoupServer        *server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  Site *site = user_data;
  gboolean comments = g_str_has_suffix (path, "/wp/v2/comments");
  guint page = query && g_hash_table_lookup (query, "page") ? atoi (g_hash_table_lookup (query, "page")) : 1;
  guint total = n_items / 2;
  guint pages = (total + PER_PAGE - 1) / PER_PAGE;
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_ARRAY);
  g_autoptr(JsonArray) array = json_array_new ();
  g_autofree char *body = NULL;
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);
  char number[32];
  gsize len;

  site->requests++;
  if (!comments && !g_str_has_suffix (path, "/wp/v2/posts"))
    {
      soup_server_message_set_status (msg, 404, NULL);
      return;
    }
  if (page < 1 || page > pages)
    {
      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_STATIC, "[]", 2);
      return;
    }
  /* Comments are the even items, posts the odd ones. */
  for (guint k = (page - 1) * PER_PAGE; k < MIN (page * PER_PAGE, total); k++)
    {
      guint i = k * 2 + (comments ? 0 : 1);
      RelHostileItem item;

      rel_hostile_item (i, site->beacon, &item);
      json_array_add_element (array, item_json (i, &item));
      rel_hostile_item_clear (&item);
    }
  json_node_take_array (root, g_steal_pointer (&array));
  body = json_to_string (root, FALSE);
  len = strlen (body);
  g_snprintf (number, sizeof number, "%u", total);
  soup_message_headers_replace (headers, "X-WP-Total", number);
  g_snprintf (number, sizeof number, "%u", pages);
  soup_message_headers_replace (headers, "X-WP-TotalPages", number);
  soup_server_message_set_status (msg, 200, NULL);
  soup_server_message_set_response (msg, "application/json; charset=UTF-8", SOUP_MEMORY_TAKE,
                                    g_steal_pointer (&body), len);
}

/* Counts of what went through, and of what got through that must not. */
typedef struct
{
  guint processed;       /* items through every stage */
  guint survivors;       /* produced HTML that is not inert */
  guint spoofable;       /* display strings that keep a bidi control */
  guint store_errors;    /* errors other than "no result" from the store */
  guint html_checked;    /* HTML documents/fragments checked */
} Tally;

static void
check_fragment (Tally      *t,
                const char *html)
{
  const char *problem = byline_test_html_problem (html);

  t->html_checked++;
  if (problem != NULL)
    {
      t->survivors++;
      g_test_message ("not inert (%s): %.200s", problem, html);
    }
}

/* The preview is a whole document: its head must be the fixed one (the
 * CSP that blocks scripts and remote loads first), its body inert. */
static void
check_preview (Tally      *t,
               const char *html)
{
  g_autoptr(GString) body = NULL;
  const char *start = strstr (html, "<body>\n");
  const char *csp = strstr (html, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ");
  const char *wrapper[] = { "<body>", "</body>", "</html>", "<article class=\"byline-story\">",
                            "</article>", "<header>", "</header>", "<h1>", "</h1>", NULL };

  if (start == NULL || csp == NULL || csp > start)
    {
      t->survivors++;
      g_test_message ("preview without its CSP head: %.300s", html);
      return;
    }
  /* Nothing between the CSP and <body> but the fixed head. */
  if (g_strstr_len (html, start - html, "<script") != NULL ||
      g_strstr_len (html, start - html, "<base") != NULL)
    {
      t->survivors++;
      return;
    }
  body = g_string_new (start);
  for (guint i = 0; wrapper[i] != NULL; i++)
    g_string_replace (body, wrapper[i], "", 0);
  check_fragment (t, body->str);
}

static void
through_converters (Tally                *t,
                    const RelHostileItem *item,
                    const char           *title,
                    const char           *content,
                    gssize                len)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *markdown = byline_html_to_markdown (content, len);
  g_autofree char *text = byline_html_to_text (content, len);
  g_autofree char *from_md = NULL;
  g_autofree char *direct = NULL;
  g_autoptr(BylineArticle) article = NULL;
  g_autoptr(BylineArticle) wire = NULL;

  g_assert_true (g_utf8_validate (markdown, -1, NULL));
  g_assert_true (g_utf8_validate (text, -1, NULL));
  from_md = byline_markdown_to_html (markdown, -1, BYLINE_MARKDOWN_FIGURES, NULL, NULL, &error);
  if (from_md != NULL)
    check_fragment (t, from_md);
  g_clear_error (&error);
  /* The Markdown renderer on the raw bytes too (a pasted body). */
  direct = byline_markdown_to_html (content, len, BYLINE_MARKDOWN_FIGURES, NULL, NULL, &error);
  if (direct != NULL)
    check_fragment (t, direct);
  g_clear_error (&error);

  article = byline_html_import_post (title, content, item->title, &error);
  if (article != NULL)
    {
      g_autofree char *preview = byline_article_render_preview_html (article, NULL, NULL, &error);
      g_autofree char *published = byline_article_render_content_html (article, NULL, NULL, NULL);

      if (preview != NULL)
        check_preview (t, preview);
      if (published != NULL)
        check_fragment (t, published);
    }
  g_clear_error (&error);

  wire = byline_import_wire_copy (content, len, NULL, &error);
  if (wire != NULL)
    {
      g_autofree char *preview = byline_article_render_preview_html (wire, NULL, NULL, NULL);

      if (preview != NULL)
        check_preview (t, preview);
    }
}

static GPtrArray *
fetch_all (BylineCmsWordpress *cms,
           gboolean            comments)
{
  g_autoptr(BylineCmsQuery) query = byline_cms_query_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *items;

  query->page = 0;
  query->per_page = PER_PAGE;
  query->edit_context = TRUE;
  query->comment_status = BYLINE_CMS_COMMENT_ALL;
  if (comments)
    byline_cms_list_comments_async (BYLINE_CMS (cms), query, NULL, cms_test_result_cb, &result);
  else
    byline_cms_list_posts_async (BYLINE_CMS (cms), query, NULL, cms_test_result_cb, &result);
  cms_test_wait (&result);
  items = comments ? byline_cms_list_comments_finish (BYLINE_CMS (cms), result, &error)
                   : byline_cms_list_posts_finish (BYLINE_CMS (cms), result, &error);
  g_assert_no_error (error);
  return items;
}

static void
search_all (Tally       *t,
            BylineStore *store,
            const char  *needle)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) comments = byline_store_list_comments (store, NULL, NULL, needle, 0, 20, &error);
  g_autoptr(GPtrArray) articles = NULL;

  if (comments == NULL)
    {
      t->store_errors++;
      g_test_message ("comment search for %s: %s", needle, error->message);
    }
  g_clear_error (&error);
  articles = byline_store_search (store, needle, 20, NULL, &error);
  if (articles == NULL)
    {
      t->store_errors++;
      g_test_message ("article search for %s: %s", needle, error->message);
    }
}

static void
test_hostile_corpus (void)
{
  g_autofree char *dir = rel_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "byline.db", NULL);
  g_autoptr(BylineStore) store = NULL;
  g_autoptr(BylineCmsWordpress) cms = NULL;
  g_autoptr(GPtrArray) comments = NULL;
  g_autoptr(GPtrArray) posts = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GSList) uris = NULL;
  g_autofree char *root = NULL;
  Site site = { 0 };
  Tally t = { 0 };

  n_items = rel_long_mode () ? 10000 : 3000;

  /* The checks can fail: they catch what this corpus plants. */
  g_assert_nonnull (byline_test_html_problem ("<p><img src=\"x\" onerror=\"alert(1)\"></p>"));
  g_assert_nonnull (byline_test_html_problem ("<p><a href=\"javascript:alert(1)\">x</a></p>"));
  g_assert_nonnull (byline_test_html_problem ("<script>alert(1)</script>"));

  site.server = soup_server_new (NULL, NULL);
  soup_server_add_handler (site.server, "/wp-json", server_cb, &site, NULL);
  soup_server_listen_local (site.server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (site.server);
  site.url = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  site.beacon = g_strdup_printf ("%s/beacon", site.url);

  cms = byline_cms_wordpress_new (site.url, "editor", "abcd EFGH 1234 ijkl MNOP 5678");
  root = g_strconcat (site.url, "/wp-json/", NULL);
  byline_cms_wordpress_set_api_root (cms, root);
  byline_cms_wordpress_set_max_response_size (cms, 64 * 1024 * 1024);

  comments = fetch_all (cms, TRUE);
  posts = fetch_all (cms, FALSE);
  g_assert_cmpuint (comments->len, ==, n_items / 2);
  g_assert_cmpuint (posts->len, ==, n_items / 2);

  store = byline_store_new (db, NULL, &error);
  g_assert_no_error (error);
  {
    g_autoptr(BylineAccount) account = byline_account_new ("hostile", site.url, root, "editor", "Editor");

    g_assert_true (byline_store_save_account (store, account, &error));
    g_assert_no_error (error);
  }

  for (guint i = 0; i < comments->len; i++)
    {
      BylineCmsComment *c = g_ptr_array_index (comments, i);
      g_autoptr(BylineCachedComment) cached = byline_cached_comment_new ();
      g_autofree char *name = byline_text_isolate_for_display (c->author_name, -1);
      g_autofree char *url = byline_url_for_display (c->author_url, -1);
      g_autofree char *content_shown = byline_text_isolate_for_display (c->content, -1);
      RelHostileItem item;

      /* The client keeps text as it came (never interpreted) … */
      g_assert_true (g_utf8_validate (c->author_name, -1, NULL));
      g_assert_true (g_utf8_validate (c->content, -1, NULL));
      rel_hostile_item (c->id - 1, site.beacon, &item);
      g_assert_true (item.is_comment);
      g_assert_cmpstr (c->author_name, ==, item.author_name);
      /* … and what is shown cannot reorder its surroundings. */
      t.spoofable += byline_test_bidi_inside (name) + byline_test_bidi_inside (url) + byline_test_bidi_inside (content_shown);

      cached->account = g_strdup ("hostile");
      cached->remote_id = c->id;
      cached->post_remote_id = c->post;
      cached->post_headline = g_strdup (item.title);
      cached->author_name = g_strdup (c->author_name);
      cached->author_email = g_strdup (c->author_email);
      cached->author_url = g_strdup (c->author_url);
      cached->author_ip = g_strdup (c->author_ip);
      cached->date_gmt = g_strdup ("2026-01-19T15:00:00Z");
      cached->status = g_strdup ("hold");
      cached->content = g_strdup (c->content);
      cached->spam_score = -1;
      if (byline_store_upsert_comment (store, cached, &error) <= 0)
        {
          t.store_errors++;
          g_test_message ("upsert: %s", error ? error->message : "?");
          g_clear_error (&error);
        }
      /* The raw bytes of the item, NULs and invalid UTF-8 included. */
      through_converters (&t, &item, item.title, item.content, item.content_len);
      rel_hostile_item_clear (&item);
      t.processed++;
    }

  for (guint i = 0; i < posts->len; i++)
    {
      BylineCmsPost *p = g_ptr_array_index (posts, i);
      g_autoptr(BylineArticle) article = NULL;
      RelHostileItem item;

      rel_hostile_item (p->id - 1, site.beacon, &item);
      g_assert_false (item.is_comment);
      /* As sync receives it, and as the raw bytes. */
      through_converters (&t, &item, p->title, p->content, -1);
      through_converters (&t, &item, item.title, item.content, item.content_len);
      article = byline_html_import_post (p->title, p->content, NULL, NULL);
      if (article != NULL && !byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error))
        {
          t.store_errors++;
          g_test_message ("save: %s", error->message);
          g_clear_error (&error);
        }
      rel_hostile_item_clear (&item);
      t.processed++;
    }

  for (guint i = 0; i < G_N_ELEMENTS (rel_hostile_attacks); i++)
    search_all (&t, store, rel_hostile_attacks[i]);
  for (guint i = 0; i < G_N_ELEMENTS (rel_hostile_raw); i++)
    {
      g_autofree char *valid = g_utf8_make_valid (rel_hostile_raw[i].bytes, rel_hostile_raw[i].len);

      search_all (&t, store, valid);
    }
  g_assert_cmpint (byline_store_count_articles (store, NULL, NULL, NULL), ==, n_items / 2);
  g_assert_true (byline_store_check (store, NULL, NULL));

  rel_figure ("hostile.items", "%u", t.processed);
  rel_figure ("hostile.html_checked", "%u", t.html_checked);
  rel_figure ("hostile.executable_survivors", "%u", t.survivors);
  rel_figure ("hostile.bidi_spoofable", "%u", t.spoofable);
  rel_figure ("hostile.store_errors", "%u", t.store_errors);
  g_assert_cmpuint (t.processed, ==, n_items);
  g_assert_cmpuint (t.survivors, ==, 0);
  g_assert_cmpuint (t.spoofable, ==, 0);
  g_assert_cmpuint (t.store_errors, ==, 0);

  g_clear_object (&cms);
  soup_server_disconnect (site.server);
  g_clear_object (&site.server);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_free (site.url);
  g_free (site.beacon);
  g_clear_object (&store);
  rel_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/reliability/hostile/corpus", test_hostile_corpus);

  return g_test_run ();
}

/* test-wp-json.c: WordPress JSON decoders against hostile input
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-core.h"

static JsonNode *
parse (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_ref (json_parser_get_root (parser));
}

static void
test_post_full (void)
{
  g_autoptr(JsonNode) node = parse (
    "{\"id\": 12, \"status\": \"future\", \"date_gmt\": \"2026-03-03T06:50:00\","
    " \"modified_gmt\": \"2026-03-02T10:00:01\", \"slug\": \"ferries\", \"link\": \"http://x/ferries/\","
    " \"title\": {\"raw\": \"Ferries <b>\", \"rendered\": \"Ferries &lt;b&gt;\"},"
    " \"content\": {\"raw\": \"<p>One</p><script>alert(1)</script>\", \"rendered\": \"<p>One</p>\"},"
    " \"excerpt\": {\"raw\": \"Short\"}, \"author\": 2, \"featured_media\": 31,"
    " \"categories\": [1, \"7\", null, {\"x\":1}, -4, 1e400], \"tags\": [],"
    " \"meta\": {\"byline_uuid\": \"2f1c\", \"byline_bylines\": [\"Lena\", 5, \"Per\"], \"byline_dateline\": \"Oslo\"}}");
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineCmsPost) post = byline_wp_json_decode_post (node, &error);
  g_autoptr(BylineCmsPost) copy = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (post->id, ==, 12);
  g_assert_cmpstr (post->status, ==, "future");
  g_assert_cmpstr (post->title, ==, "Ferries <b>");
  g_assert_cmpstr (post->title_rendered, ==, "Ferries &lt;b&gt;");
  /* Kept as inert text, exactly as sent. */
  g_assert_cmpstr (post->content, ==, "<p>One</p><script>alert(1)</script>");
  g_assert_cmpstr (post->excerpt, ==, "Short");
  g_assert_cmpint (g_date_time_get_hour (post->date_gmt), ==, 6);
  g_assert_cmpint (g_date_time_get_utc_offset (post->date_gmt), ==, 0);
  g_assert_cmpint (post->featured_media, ==, 31);
  g_assert_cmpuint (post->categories->len, ==, 2);
  g_assert_cmpint (g_array_index (post->categories, gint64, 1), ==, 7);
  g_assert_cmpuint (post->tags->len, ==, 0);
  g_assert_cmpstr (post->meta_uuid, ==, "2f1c");
  g_assert_cmpstr (post->meta_dateline, ==, "Oslo");
  g_assert_cmpuint (g_strv_length (post->meta_bylines), ==, 2);

  copy = byline_cms_post_copy (post);
  g_assert_cmpstr (copy->content, ==, post->content);
  g_assert_cmpuint (copy->categories->len, ==, 2);
}

static void
test_wrong_types (void)
{
  g_autoptr(JsonNode) node = parse (
    "{\"id\": \"15\", \"status\": 3, \"title\": 42, \"content\": [\"x\"], \"date_gmt\": {\"y\": 1},"
    " \"categories\": \"1,2\", \"meta\": [], \"author\": \"me\", \"featured_media\": 1.5}");
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineCmsPost) post = byline_wp_json_decode_post (node, &error);

  g_assert_no_error (error);
  g_assert_cmpint (post->id, ==, 15);
  g_assert_null (post->status);
  g_assert_null (post->title);
  g_assert_null (post->title_rendered);
  g_assert_null (post->content);
  g_assert_null (post->date_gmt);
  g_assert_null (post->categories);
  g_assert_cmpint (post->author, ==, 0);
  g_assert_cmpint (post->featured_media, ==, 0);
}

static void
test_missing_or_bad_id (void)
{
  const char *inputs[] = {
    "{}", "{\"id\": 0}", "{\"id\": -3}", "{\"id\": 1e400}", "{\"id\": 99999999999999999999999}",
    "{\"id\": 1.5}", "{\"id\": \"abc\"}", "{\"id\": null}", "{\"id\": [1]}", "[]", "\"post\"", "null", "7",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(JsonNode) node = parse (inputs[i]);
      g_autoptr(GError) e1 = NULL;
      g_autoptr(GError) e2 = NULL;
      g_autoptr(GError) e3 = NULL;
      g_autoptr(GError) e4 = NULL;
      g_autoptr(GError) e5 = NULL;
      g_autoptr(BylineCmsPost) post = byline_wp_json_decode_post (node, &e1);
      g_autoptr(BylineCmsComment) comment = byline_wp_json_decode_comment (node, &e2);
      g_autoptr(BylineCmsTerm) term = byline_wp_json_decode_term (node, &e3);
      g_autoptr(BylineCmsUser) user = byline_wp_json_decode_user (node, &e4);
      g_autoptr(BylineCmsMedia) media = byline_wp_json_decode_media (node, &e5);

      g_assert_null (post);
      g_assert_error (e1, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_INVALID_RESPONSE);
      g_assert_null (comment);
      g_assert_error (e2, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_INVALID_RESPONSE);
      g_assert_null (term);
      g_assert_error (e3, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_INVALID_RESPONSE);
      g_assert_null (user);
      g_assert_error (e4, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_INVALID_RESPONSE);
      g_assert_null (media);
      g_assert_error (e5, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_INVALID_RESPONSE);
    }

  /* A NULL node is just as unwelcome. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_null (byline_wp_json_decode_comment (NULL, &error));
    g_assert_error (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_INVALID_RESPONSE);
  }
}

static void
test_comment (void)
{
  g_autoptr(JsonNode) node = parse (
    "{\"id\": 5, \"post\": 4, \"parent\": 0, \"author_name\": \"\\u202eevil\", \"author_ip\": \"192.0.2.9\","
    " \"author_user_agent\": \"UA\", \"status\": \"approved\", \"date_gmt\": \"2026-11-27T10:00:00\","
    " \"content\": {\"raw\": \"<img src=x onerror=alert(1)>\", \"rendered\": \"<p>x</p>\"}}");
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineCmsComment) comment = byline_wp_json_decode_comment (node, &error);

  g_assert_no_error (error);
  g_assert_cmpint (comment->post, ==, 4);
  g_assert_cmpint (comment->status, ==, BYLINE_CMS_COMMENT_APPROVED);
  g_assert_cmpstr (comment->content, ==, "<img src=x onerror=alert(1)>");
  g_assert_cmpstr (comment->author_name, ==, "\xe2\x80\xae" "evil");
  g_assert_cmpstr (comment->author_ip, ==, "192.0.2.9");
}

/* json-glib 1.6 takes an octal escape ("\\333") into a string as a raw
 * byte: what Byline keeps of it is still valid UTF-8 (U+FFFD) */
static void
test_invalid_utf8_escapes (void)
{
  g_autoptr(JsonNode) cnode = parse ("{\"id\": 5, \"author_name\": \"Jo\\333\", \"status\": \"hold\","
                                     " \"content\": {\"raw\": \"ok \\333\\300 ok\"}}");
  g_autoptr(JsonNode) tnode = parse ("{\"id\": 3, \"name\": \"c&amp;&#6&\\3333336&g\", \"taxonomy\": \"post_tag\"}");
  g_autoptr(BylineCmsComment) comment = byline_wp_json_decode_comment (cnode, NULL);
  g_autoptr(BylineCmsTerm) term = byline_wp_json_decode_term (tnode, NULL);

  g_assert_nonnull (comment);
  g_assert_true (g_utf8_validate (comment->author_name, -1, NULL));
  g_assert_cmpstr (comment->author_name, ==, "Jo\uFFFD");
  g_assert_true (g_utf8_validate (comment->content, -1, NULL));
  g_assert_true (g_str_has_prefix (comment->content, "ok ") && g_str_has_suffix (comment->content, " ok"));
  g_assert_nonnull (term);
  g_assert_true (g_utf8_validate (term->name, -1, NULL));
  g_assert_true (g_str_has_prefix (term->name, "c&"));
}

static void
test_comment_status_words (void)
{
  /* Filters and responses differ for approved only. */
  g_assert_cmpstr (byline_cms_comment_status_to_filter (BYLINE_CMS_COMMENT_APPROVED), ==, "approve");
  g_assert_cmpstr (byline_cms_comment_status_to_string (BYLINE_CMS_COMMENT_APPROVED), ==, "approved");
  g_assert_cmpstr (byline_cms_comment_status_to_filter (BYLINE_CMS_COMMENT_HOLD), ==, "hold");
  g_assert_cmpstr (byline_cms_comment_status_to_filter (BYLINE_CMS_COMMENT_SPAM), ==, "spam");
  g_assert_cmpstr (byline_cms_comment_status_to_filter (BYLINE_CMS_COMMENT_TRASH), ==, "trash");
  g_assert_cmpstr (byline_cms_comment_status_to_filter (BYLINE_CMS_COMMENT_ALL), ==, "all");
  g_assert_null (byline_cms_comment_status_to_filter (BYLINE_CMS_COMMENT_UNKNOWN));
  g_assert_cmpint (byline_cms_comment_status_from_string ("approved"), ==, BYLINE_CMS_COMMENT_APPROVED);
  g_assert_cmpint (byline_cms_comment_status_from_string ("approve"), ==, BYLINE_CMS_COMMENT_APPROVED);
  g_assert_cmpint (byline_cms_comment_status_from_string ("hold"), ==, BYLINE_CMS_COMMENT_HOLD);
  g_assert_cmpint (byline_cms_comment_status_from_string ("spam"), ==, BYLINE_CMS_COMMENT_SPAM);
  g_assert_cmpint (byline_cms_comment_status_from_string ("trash"), ==, BYLINE_CMS_COMMENT_TRASH);
  g_assert_cmpint (byline_cms_comment_status_from_string ("pingback"), ==, BYLINE_CMS_COMMENT_UNKNOWN);
  g_assert_cmpint (byline_cms_comment_status_from_string (NULL), ==, BYLINE_CMS_COMMENT_UNKNOWN);
}

static void
test_user_site_term (void)
{
  g_autoptr(JsonNode) unode = parse ("{\"id\": 3, \"name\": \"A\", \"roles\": [\"author\", 1],"
                                     " \"capabilities\": {\"edit_posts\": true, \"publish_posts\": 1, \"x\": false}}");
  g_autoptr(JsonNode) snode = parse ("{\"name\": \"Site\", \"url\": \"http://x\", \"gmt_offset\": \"5.5\","
                                     " \"timezone_string\": \"\"}");
  g_autoptr(JsonNode) snode2 = parse ("{\"name\": \"Site\", \"gmt_offset\": 1e300, \"timezone_string\": \"Europe/Oslo\"}");
  g_autoptr(JsonNode) tnode = parse ("{\"id\": 8, \"name\": \"Ferries &amp; Piers\", \"taxonomy\": \"category\", \"parent\": 2}");
  g_autoptr(JsonNode) empty_site = parse ("{\"routes\": {}}");
  g_autoptr(BylineCmsUser) user = byline_wp_json_decode_user (unode, NULL);
  g_autoptr(BylineCmsSite) site = byline_wp_json_decode_site (snode, NULL);
  g_autoptr(BylineCmsSite) site2 = byline_wp_json_decode_site (snode2, NULL);
  g_autoptr(BylineCmsTerm) term = byline_wp_json_decode_term (tnode, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_strv_length (user->roles), ==, 1);
  g_assert_true (byline_cms_user_has_capability (user, "edit_posts"));
  g_assert_false (byline_cms_user_has_capability (user, "publish_posts"));
  g_assert_false (byline_cms_user_has_capability (user, "x"));
  g_assert_cmpint (site->gmt_offset_seconds, ==, 19800);
  g_assert_null (site->time_zone);
  g_assert_cmpint (site2->gmt_offset_seconds, ==, 0);
  g_assert_cmpstr (site2->time_zone, ==, "Europe/Oslo");
  g_assert_cmpint (term->kind, ==, BYLINE_CMS_TERM_CATEGORY);
  g_assert_cmpstr (term->name, ==, "Ferries & Piers");   /* WordPress answers names HTML-escaped */
  g_assert_cmpint (term->parent, ==, 2);
  g_assert_null (byline_wp_json_decode_site (empty_site, &error));
  g_assert_error (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_INVALID_RESPONSE);
}

static void
test_error_and_list (void)
{
  g_autoptr(JsonNode) enode = parse ("{\"code\": \"rest_forbidden\", \"message\": \"No\", \"data\": {\"status\": 403}}");
  g_autoptr(JsonNode) bad = parse ("{\"code\": 5, \"message\": [], \"data\": {\"status\": 1e99}}");
  g_autoptr(JsonNode) list = parse ("[{\"id\": 1}, {\"id\": 2}]");
  g_autoptr(JsonNode) mixed = parse ("[{\"id\": 1}, \"two\"]");
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;
  g_autofree char *message = NULL;
  guint status;

  g_assert_true (byline_wp_json_decode_error (enode, &code, &message, &status));
  g_assert_cmpstr (code, ==, "rest_forbidden");
  g_assert_cmpuint (status, ==, 403);
  g_clear_pointer (&code, g_free);
  g_clear_pointer (&message, g_free);
  g_assert_false (byline_wp_json_decode_error (bad, &code, &message, &status));
  g_assert_cmpuint (status, ==, 0);

  items = byline_wp_json_decode_list (list, (BylineWpDecodeFunc) byline_wp_json_decode_comment,
                                      (GDestroyNotify) byline_cms_comment_free, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 2);
  g_clear_pointer (&items, g_ptr_array_unref);
  items = byline_wp_json_decode_list (mixed, (BylineWpDecodeFunc) byline_wp_json_decode_comment,
                                      (GDestroyNotify) byline_cms_comment_free, &error);
  g_assert_null (items);
  g_assert_error (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_INVALID_RESPONSE);
  g_clear_error (&error);
  items = byline_wp_json_decode_list (enode, (BylineWpDecodeFunc) byline_wp_json_decode_comment,
                                      (GDestroyNotify) byline_cms_comment_free, &error);
  g_assert_null (items);
  g_assert_error (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_INVALID_RESPONSE);
}

static void
test_encode_post (void)
{
  g_autoptr(BylineCmsPost) post = byline_cms_post_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GTimeZone) tehran = g_time_zone_new_identifier ("Asia/Tehran");
  const char *bylines[] = { "مریم احمدی", NULL };
  gint64 tags[] = { 3, 9 };
  JsonObject *object;

  node = byline_wp_json_encode_post (post);
  /* Nothing set, nothing sent. */
  g_assert_cmpuint (json_object_get_size (json_node_get_object (node)), ==, 0);
  g_clear_pointer (&node, json_node_unref);

  post->title = g_strdup ("گسترش ناوگان");
  post->status = g_strdup ("future");
  post->date_gmt = g_date_time_new (tehran, 2026, 3, 3, 10, 20, 0);
  post->featured_media = 0;
  byline_cms_post_set_ids (&post->tags, tags, 2);
  post->meta_bylines = g_strdupv ((char **) bylines);
  node = byline_wp_json_encode_post (post);
  object = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (object, "title"), ==, "گسترش ناوگان");
  /* 10:20 in Tehran (+03:30) is 06:50 UTC. */
  g_assert_cmpstr (json_object_get_string_member (object, "date_gmt"), ==, "2026-03-03T06:50:00");
  g_assert_cmpint (json_object_get_int_member (object, "featured_media"), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "tags")), ==, 2);
  g_assert_false (json_object_has_member (object, "content"));
  g_assert_false (json_object_has_member (object, "author"));
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (json_object_get_object_member (object, "meta"), "byline_bylines"), 0), ==, "مریم احمدی");
}

/* Mutations of a valid post and comment: whatever comes out, no crash. */
static void
test_mutations (void)
{
  const char *seed = "{\"id\": 12, \"post\": 3, \"status\": \"hold\", \"title\": {\"raw\": \"T\"},"
                     " \"content\": {\"raw\": \"C\"}, \"categories\": [1, 2], \"date_gmt\": \"2026-01-01T00:00:00\","
                     " \"meta\": {\"byline_bylines\": [\"a\"]}, \"capabilities\": {\"a\": true}, \"roles\": [\"x\"]}";
  const char junk[] = "{}[]\",:0123456789.eE-+ntrufalsx\\u";
  GRand *rand = g_rand_new_with_seed (8);
  guint parsed = 0;

  for (guint round = 0; round < 3000; round++)
    {
      g_autofree char *text = g_strdup (seed);
      g_autoptr(JsonParser) parser = json_parser_new ();
      gsize len = strlen (text);
      guint edits = g_rand_int_range (rand, 1, 6);

      for (guint i = 0; i < edits; i++)
        text[g_rand_int_range (rand, 0, len)] = junk[g_rand_int_range (rand, 0, sizeof junk - 1)];

      if (!json_parser_load_from_data (parser, text, len, NULL))
        continue;
      parsed++;
      byline_cms_post_free (byline_wp_json_decode_post (json_parser_get_root (parser), NULL));
      byline_cms_comment_free (byline_wp_json_decode_comment (json_parser_get_root (parser), NULL));
      byline_cms_user_free (byline_wp_json_decode_user (json_parser_get_root (parser), NULL));
      byline_cms_term_free (byline_wp_json_decode_term (json_parser_get_root (parser), NULL));
      byline_cms_site_free (byline_wp_json_decode_site (json_parser_get_root (parser), NULL));
    }

  g_rand_free (rand);
  /* The mutations must have produced parseable documents to decode. */
  g_assert_cmpuint (parsed, >, 100);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/wp-json/post-full", test_post_full);
  g_test_add_func ("/wp-json/wrong-types", test_wrong_types);
  g_test_add_func ("/wp-json/missing-or-bad-id", test_missing_or_bad_id);
  g_test_add_func ("/wp-json/comment", test_comment);
  g_test_add_func ("/wp-json/comment-status-words", test_comment_status_words);
  g_test_add_func ("/wp-json/invalid-utf8-escapes", test_invalid_utf8_escapes);
  g_test_add_func ("/wp-json/user-site-term", test_user_site_term);
  g_test_add_func ("/wp-json/error-and-list", test_error_and_list);
  g_test_add_func ("/wp-json/encode-post", test_encode_post);
  g_test_add_func ("/wp-json/mutations", test_mutations);

  return g_test_run ();
}

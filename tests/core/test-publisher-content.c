/* test-publisher-content.c: what a publish sends, against an in-process
 * WordPress: pictures named as Markdown writes them or kept in the images
 * folder, and the terms taken off a story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "publisher-test-util.h"

static void
setup_plain (Pub *p, gconstpointer data) { pub_setup (p, FALSE); }
static void
teardown (Pub *p, gconstpointer data) { pub_teardown (p); }

/* A picture's path written as Markdown writes URLs, "%20" for a space
 * ("harbour%20map.png"), names the file with the space: the publish
 * failed with "Could not read the image" */
static void
test_image_path_escaped (Pub           *p,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePublishResult) result = NULL;
  g_autoptr(BylineArticle) article = NULL;
  g_autofree char *map = g_build_filename (p->dir, "harbour map (2024).png", NULL);
  g_autofree char *escaped = g_build_filename (p->dir, "harbour%20map%20(2024).png", NULL);
  g_autofree char *body = g_strdup_printf ("The new routes.\n\n![Map](%s)\n", escaped);
  gint64 id = pub_story (p, "Ferry routes change");

  g_assert_true (g_file_set_contents (map, (const char *) pub_png, sizeof pub_png, NULL));
  article = byline_store_load_article (p->store, id, NULL, &error);
  byline_article_set_body (article, body);
  g_assert_true (byline_store_save_article (p->store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  result = byline_publisher_publish_sync (p->publisher, id, NULL, "publish", BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (pub_raw (pub_only_post (p), "content"), "<img src=\"http"));
  g_assert_null (strstr (pub_raw (pub_only_post (p), "content"), "harbour"));
}

/* A picture inserted in the window is kept in the images folder by its
 * checksum: it goes up named after its alt text, as the featured image
 * does (it went up as "image.png", "image-1.png" …) */
static void
test_inline_image_name (Pub           *p,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePublishResult) result = NULL;
  g_autoptr(BylineArticle) article = NULL;
  g_autofree char *data_dir = byline_paths_data_dir ();
  g_autofree char *images = g_build_filename (data_dir, "images", NULL);
  g_autofree char *map = g_build_filename (p->dir, "map.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (map);
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  gint64 id = pub_story (p, "Ferry routes change");

  /* Other bytes than the story's own picture (a GIF: is_image() reads the bytes) */
  g_assert_true (g_file_set_contents (map, "GIF89a map", -1, NULL));
  name = byline_images_add_file (images, file, NULL, &error);
  g_assert_no_error (error);
  body = g_strdup_printf ("The new routes.\n\n![Harbour *map*, 2024](byline-image:%s \"The routes\")\n", name);
  article = byline_store_load_article (p->store, id, NULL, &error);
  byline_article_set_body (article, body);
  byline_article_set_image_path (article, "");
  g_assert_true (byline_store_save_article (p->store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  result = byline_publisher_publish_sync (p->publisher, id, NULL, "publish", BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (p->wp->upload_dispositions->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (p->wp->upload_dispositions, 0), "filename=\"harbour-map-2024.png\""));
}

/* Tags and the section taken off a story go from its post too: they
 * stayed on the site, and the post kept showing them */
static void
test_terms_removed (Pub           *p,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePublishResult) first = NULL;
  g_autoptr(BylinePublishResult) again = NULL;
  g_autoptr(BylineArticle) article = NULL;
  const char *none[] = { NULL };
  gint64 id = pub_story (p, "Ferry fares rise");
  JsonObject *post;

  first = byline_publisher_publish_sync (p->publisher, id, NULL, "publish", BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (pub_only_post (p), "tags")), ==, 2);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (pub_only_post (p), "categories")), ==, 1);

  article = byline_store_load_article (p->store, id, NULL, &error);
  byline_article_set_tags (article, none);
  byline_article_set_section (article, "");
  g_assert_true (byline_store_save_article (p->store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  again = byline_publisher_publish_sync (p->publisher, id, NULL, NULL, BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_no_error (error);
  post = pub_only_post (p);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (post, "tags")), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (post, "categories")), ==, 0);
}

/* What the window's Publish offers first follows the story's editorial
 * status, and every answer is one the publisher takes */
static void
test_status_for (void)
{
  static const struct { BylineArticleStatus status; const char *wp; } cases[] = {
    { BYLINE_ARTICLE_STATUS_DRAFT, "draft" },
    { BYLINE_ARTICLE_STATUS_IN_REVIEW, "pending" },
    { BYLINE_ARTICLE_STATUS_READY, "publish" },
    { BYLINE_ARTICLE_STATUS_SCHEDULED, "future" },
    { BYLINE_ARTICLE_STATUS_PUBLISHED, "publish" },
    { BYLINE_ARTICLE_STATUS_ARCHIVED, "draft" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (byline_publish_status_for (cases[i].status), ==, cases[i].wp);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/publisher-content/image-path-escaped", Pub, NULL, setup_plain, test_image_path_escaped, teardown);
  g_test_add ("/publisher-content/inline-image-name", Pub, NULL, setup_plain, test_inline_image_name, teardown);
  g_test_add ("/publisher-content/terms-removed", Pub, NULL, setup_plain, test_terms_removed, teardown);
  g_test_add_func ("/publisher-content/status-for", test_status_for);
  return g_test_run ();
}

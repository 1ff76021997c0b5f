/* test-context.c: the app context, images kept by hash, export
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "byline-core.h"

static void
context_opened_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static BylineContext *
open_context (const char  *path,
              GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  byline_context_new_async (path, NULL, context_opened_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return byline_context_new_finish (result, error);
}

static void
test_context_open (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "ctx.db", NULL);
  g_autoptr(BylineContext) context = NULL;
  g_autofree char *images = NULL;
  g_autofree char *expected = NULL;

  g_setenv ("BYLINE_DB", path, TRUE);
  context = open_context (NULL, &error);
  g_unsetenv ("BYLINE_DB");
  g_assert_no_error (error);
  g_assert_true (BYLINE_IS_STORE (byline_context_get_store (context)));
  g_assert_cmpstr (byline_store_get_path (byline_context_get_store (context)), ==, path);

  images = byline_context_dup_images_dir (context);
  expected = g_build_filename (g_get_user_data_dir (), "byline", "images", NULL);
  g_assert_cmpstr (images, ==, expected);
}

/* One runner owns every retry: the context's publishing runner is the one
 * the comment queue and `comments sync` send through. */
static void
test_context_runner (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "runner.db", NULL);
  g_autoptr(BylineContext) context = NULL;
  g_autoptr(BylineOutboxRunner) before = NULL;
  g_autoptr(BylineOutboxRunner) runner = NULL;
  BylineOutboxRunner *owned;

  g_setenv ("BYLINE_DB", path, TRUE);
  context = open_context (NULL, &error);
  g_unsetenv ("BYLINE_DB");
  g_assert_no_error (error);

  /* Without the app's runner: a private one that knows the comment kinds. */
  before = byline_comment_outbox_dup_runner (byline_context_get_store (context));
  owned = byline_publisher_get_runner (byline_context_get_publisher (context));
  g_assert_true (before != owned);
  runner = byline_comment_outbox_dup_runner (byline_context_get_store (context));
  g_assert_true (runner == owned);
  byline_outbox_runner_stop (owned);
}

static void
test_context_corrupt (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "bad.db", NULL);
  g_autoptr(BylineContext) context = NULL;
  g_autofree char *junk = g_strnfill (8192, 'x');

  /* A file that is not SQLite: an error that says so, not a crash */
  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  g_assert_true (g_file_set_contents (path, junk, -1, NULL));
  context = open_context (path, &error);
  g_assert_null (context);
  g_assert_nonnull (error);
  g_assert_true (error->domain == BYLINE_STORE_ERROR);
  g_assert_cmpstr (error->message, !=, "");
}

static void
test_images_add (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "images", NULL);
  g_autofree char *source = g_build_filename (g_get_user_cache_dir (), "Photo.JPG", NULL);
  g_autofree char *copy_path = g_build_filename (g_get_user_cache_dir (), "again.jpg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (source);
  g_autoptr(GFile) again = g_file_new_for_path (copy_path);
  g_autofree char *name = NULL;
  g_autofree char *name2 = NULL;
  g_autofree char *stored = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *url = NULL;
  g_autoptr(GDir) listing = NULL;
  guint n = 0;

  g_mkdir_with_parents (g_get_user_cache_dir (), 0700);
  g_assert_true (g_file_set_contents (source, "not really a jpeg", -1, NULL));
  g_assert_true (g_file_set_contents (copy_path, "not really a jpeg", -1, NULL));

  name = byline_images_add_file (dir, file, NULL, &error);
  g_assert_no_error (error);
  /* sha256 of the bytes, lowercased extension */
  g_assert_cmpstr (name, ==, "21ac2586e213d1f490778a07bf0025a98fc57595863a282372bac594b398322b.jpg");
  g_assert_true (byline_images_name_is_valid (name));

  stored = g_build_filename (dir, name, NULL);
  g_assert_true (g_file_get_contents (stored, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "not really a jpeg");

  /* The same bytes again: the same name, one file */
  name2 = byline_images_add_file (dir, again, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (name2, ==, name);
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n++;
  g_assert_cmpuint (n, ==, 1);

  /* The original can go: the draft keeps its copy */
  g_assert_cmpint (g_unlink (source), ==, 0);
  g_assert_true (g_file_test (stored, G_FILE_TEST_EXISTS));

  url = g_strconcat (BYLINE_IMAGE_SCHEME, name, NULL);
  uri = byline_images_resolve (dir, url);
  g_assert_true (g_str_has_prefix (uri, "file:///"));
  g_assert_true (g_str_has_suffix (uri, name));
}

static void
test_images_names (void)
{
  const char *hex = "b1c2dc35a8c9ecb3ac2f3bd1ec08e7d1eb5cfbbd3dc1ce0e2b00dcf2fb2f0ed4";
  g_autofree char *ok = g_strconcat (hex, ".png", NULL);
  g_autofree char *slash = g_strconcat (hex, ".p/g", NULL);
  g_autofree char *upper = g_ascii_strup (ok, -1);

  g_assert_true (byline_images_name_is_valid (ok));
  g_assert_false (byline_images_name_is_valid (slash));
  g_assert_false (byline_images_name_is_valid (upper));
  g_assert_false (byline_images_name_is_valid ("../../etc/passwd"));
  g_assert_false (byline_images_name_is_valid (""));
  g_assert_null (byline_images_resolve ("/tmp", "byline-image:../../etc/passwd"));
  g_assert_null (byline_images_resolve ("/tmp", "https://example.com/a.png"));
}

static void
test_images_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_user_cache_dir (), "empty.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *name = NULL;

  g_mkdir_with_parents (g_get_user_cache_dir (), 0700);
  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  name = byline_images_add_file (g_get_user_data_dir (), file, NULL, &error);
  g_assert_null (name);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
}

static char *
map_image (const char *url,
           gpointer    user_data)
{
  return byline_images_resolve (user_data, url);
}

static void
test_export_formats (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineArticle) article = byline_article_new ();
  const char *bylines[] = { "Lena Okafor", "Dmitri Volkov", NULL };
  const char *hex = "b1c2dc35a8c9ecb3ac2f3bd1ec08e7d1eb5cfbbd3dc1ce0e2b00dcf2fb2f0ed4";
  g_autofree char *body = g_strdup_printf ("Lede <script>alert(1)</script>\n\n## Sub\n\n> Quote\n\n"
                                           "![Quay](byline-image:%s.png)\n", hex);
  g_autoptr(GBytes) md = NULL;
  g_autoptr(GBytes) html = NULL;
  g_autoptr(GBytes) json = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(BylineArticle) back = NULL;
  BylineExportFormat format;
  const char *text;

  byline_article_set_headline (article, "Ferries <b>return</b>");
  byline_article_set_standfirst (article, "Six boats");
  byline_article_set_bylines (article, bylines);
  byline_article_set_dateline (article, "PORTVALE");
  byline_article_set_body (article, body);

  md = byline_export_article (article, BYLINE_EXPORT_MARKDOWN, NULL, NULL, &error);
  g_assert_no_error (error);
  text = g_bytes_get_data (md, NULL);
  g_assert_true (g_str_has_prefix (text, "# Ferries <b>return</b>\n\nSix boats\n\nLena Okafor, Dmitri Volkov\n\nPORTVALE\n\n"));
  g_assert_nonnull (strstr (text, "## Sub\n\n> Quote"));

  html = byline_export_article (article, BYLINE_EXPORT_HTML, map_image, (gpointer) "/srv/images", &error);
  g_assert_no_error (error);
  text = g_bytes_get_data (html, NULL);
  g_assert_null (strstr (text, "<script>"));
  g_assert_nonnull (strstr (text, "&lt;script&gt;"));
  g_assert_nonnull (strstr (text, "<h2>Sub</h2>"));
  g_assert_nonnull (strstr (text, "<blockquote>"));
  g_assert_nonnull (strstr (text, "file:///srv/images/"));
  g_assert_null (strstr (text, "byline-image:"));

  json = byline_export_article (article, BYLINE_EXPORT_JSON, NULL, NULL, &error);
  g_assert_no_error (error);
  node = json_from_string (g_bytes_get_data (json, NULL), &error);
  g_assert_no_error (error);
  back = byline_article_new_from_json (node, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (byline_article_get_body (back), ==, body);
  g_assert_cmpstr (byline_article_get_headline (back), ==, "Ferries <b>return</b>");

  g_assert_true (byline_export_format_from_string ("html", &format, NULL));
  g_assert_cmpint (format, ==, BYLINE_EXPORT_HTML);
  g_assert_cmpstr (byline_export_format_extension (format), ==, "html");
  g_assert_false (byline_export_format_from_string ("docx", &format, &error));
  g_assert_error (error, BYLINE_EXPORT_ERROR, BYLINE_EXPORT_ERROR_UNKNOWN_FORMAT);
}

static void
test_known_names (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(BylineStore) store = NULL;
  g_autoptr(BylineArticle) article = byline_article_new ();
  g_autoptr(BylineAccount) account = byline_account_new ("site", "http://127.0.0.1:8080", "http://127.0.0.1:8080/wp-json/",
                                                         "editor", "Editor");
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_term_free);
  const char *bylines[] = { "Lena Okafor", "dmitri Volkov", NULL };
  const char *tags[] = { "ferries", NULL };
  g_auto(GStrv) authors = NULL;
  g_auto(GStrv) tag_names = NULL;
  g_auto(GStrv) sections = NULL;
  g_auto(GStrv) bad = NULL;

  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  path = g_build_filename (g_get_user_data_dir (), "names.db", NULL);
  store = byline_store_new (path, NULL, &error);
  g_assert_no_error (error);

  byline_article_set_bylines (article, bylines);
  byline_article_set_tags (article, tags);
  byline_article_set_section (article, "City");
  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  g_assert_true (byline_store_save_account (store, account, &error));
  g_ptr_array_add (terms, byline_term_new (3, "Politics", "politics", 0));
  g_assert_true (byline_store_replace_terms (store, "site", "category", terms, &error));
  g_ptr_array_set_size (terms, 0);
  g_ptr_array_add (terms, byline_term_new (9, "Amir Tehrani", "amir", 0));
  g_assert_true (byline_store_replace_terms (store, "site", "author", terms, &error));
  g_assert_no_error (error);

  authors = byline_store_list_known_names (store, "author", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (authors), ==, 3);
  /* Sorted without regard to case */
  g_assert_cmpstr (authors[0], ==, "Amir Tehrani");
  g_assert_cmpstr (authors[1], ==, "dmitri Volkov");
  g_assert_cmpstr (authors[2], ==, "Lena Okafor");

  tag_names = byline_store_list_known_names (store, "tag", &error);
  g_assert_cmpuint (g_strv_length (tag_names), ==, 1);
  g_assert_cmpstr (tag_names[0], ==, "ferries");

  sections = byline_store_list_known_names (store, "section", &error);
  g_assert_cmpuint (g_strv_length (sections), ==, 2);
  g_assert_cmpstr (sections[0], ==, "City");
  g_assert_cmpstr (sections[1], ==, "Politics");

  bad = byline_store_list_known_names (store, "colour", &error);
  g_assert_null (bad);
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID);
}

/* A story read from a file names its pictures beside it: they are copied
 * into the images folder (publishing looked for "quay.png" there and
 * failed) */
static void
test_images_adopt_markdown (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "images", NULL);
  g_autofree char *desk = g_build_filename (g_get_user_cache_dir (), "desk", NULL);
  g_autofree char *quay = g_build_filename (desk, "quay.png", NULL);
  g_autofree char *chart = g_build_filename (desk, "chart (2024).png", NULL);
  g_autofree char *out = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *quay_hash = NULL;
  g_autofree char *chart_hash = NULL;

  g_mkdir_with_parents (desk, 0700);
  g_assert_true (g_file_set_contents (quay, "quay bytes", -1, NULL));
  g_assert_true (g_file_set_contents (chart, "chart bytes", -1, NULL));
  quay_hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "quay bytes", -1);
  chart_hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "chart bytes", -1);

  out = byline_images_adopt_markdown (dir,
                                      "Intro ![The quay](quay.png \"North Quay\") and\n\n"
                                      "![Chart](chart%20(2024).png)\n\n"
                                      "![Chart again](<chart (2024).png>)\n\n"
                                      "![Gone](missing.png) ![Web](https://example.org/quay.png) "
                                      "[link](quay.png) \\![escaped](quay.png)\n\n"
                                      "```\n![code](quay.png)\n```\n",
                                      desk, NULL, &error);
  g_assert_no_error (error);
  expected = g_strdup_printf ("Intro ![The quay](byline-image:%s.png \"North Quay\") and\n\n"
                              "![Chart](byline-image:%s.png)\n\n"
                              "![Chart again](<byline-image:%s.png>)\n\n"
                              "![Gone](missing.png) ![Web](https://example.org/quay.png) "
                              "[link](quay.png) \\![escaped](quay.png)\n\n"
                              "```\n![code](quay.png)\n```\n",
                              quay_hash, chart_hash, chart_hash);
  g_assert_cmpstr (out, ==, expected);
  g_free (expected);
  expected = g_strdup_printf ("%s/%s.png", dir, quay_hash);
  g_assert_true (g_file_test (expected, G_FILE_TEST_IS_REGULAR));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/context/open", test_context_open);
  g_test_add_func ("/context/corrupt", test_context_corrupt);
  g_test_add_func ("/context/runner", test_context_runner);
  g_test_add_func ("/images/add", test_images_add);
  g_test_add_func ("/images/names", test_images_names);
  g_test_add_func ("/images/empty", test_images_empty);
  g_test_add_func ("/images/adopt-markdown", test_images_adopt_markdown);
  g_test_add_func ("/export/formats", test_export_formats);
  g_test_add_func ("/store/known-names", test_known_names);

  return g_test_run ();
}

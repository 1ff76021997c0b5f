/* test-wordpress.c: the WordPress backend against a real WordPress
 *
 * build-aux/wordpress starts the site and writes the env this test reads
 * (BYLINE_WP_URL, BYLINE_WP_EDITOR, BYLINE_WP_EDITOR_PASSWORD, …);
 * build-aux/check does both and sets BYLINE_REQUIRE_WORDPRESS, which
 * makes a missing site a failure instead of a skip. The subtests run in
 * order and share the posts they create.
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-core.h"
#include "cms-test-util.h"

static BylineCms *editor;
static BylineCms *author;
static gint64 story_ids[2];
static char *story_uuid;   /* of story_ids[1] */
static char *slug;         /* of story_ids[1] */
static gint64 media_id;
static GDateTime *scheduled;

#define AWAIT(finish, cms, error) \
  finish (BYLINE_CMS (cms), cms_test_wait (&result), error)

static const char *
env (const char *name)
{
  const char *value = g_getenv (name);

  g_assert_nonnull (value);
  return value;
}

static BylineCms *
account (const char *user,
         const char *password)
{
  return BYLINE_CMS (byline_cms_wordpress_new (env ("BYLINE_WP_URL"), user, password));
}

static void
test_verify (void)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(BylineCmsUser) user = NULL;
  g_autoptr(BylineCmsUser) other = NULL;
  g_autoptr(BylineCms) wrong = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *bad = NULL;

  byline_cms_verify_account_async (editor, NULL, cms_test_result_cb, &result);
  user = AWAIT (byline_cms_verify_account_finish, editor, &error);
  g_assert_no_error (error);
  g_assert_cmpint (user->id, ==, g_ascii_strtoll (env ("BYLINE_WP_EDITOR_ID"), NULL, 10));
  g_assert_cmpstr (user->slug, ==, "editor");
  g_assert_true (g_strv_contains ((const char * const *) user->roles, "editor"));
  g_assert_true (byline_cms_user_has_capability (user, "edit_others_posts"));
  g_assert_true (byline_cms_user_has_capability (user, "moderate_comments"));
  /* Discovery found the pretty-permalink API root from the Link header. */
  g_assert_true (g_str_has_suffix (byline_cms_wordpress_get_api_root (BYLINE_CMS_WORDPRESS (editor)), "/wp-json/"));

  g_clear_object (&result);
  byline_cms_verify_account_async (author, NULL, cms_test_result_cb, &result);
  other = AWAIT (byline_cms_verify_account_finish, author, &error);
  g_assert_no_error (error);
  g_assert_true (g_strv_contains ((const char * const *) other->roles, "author"));
  g_assert_false (byline_cms_user_has_capability (other, "moderate_comments"));

  /* WordPress runs a wrong password as anonymous: Byline says so. */
  bad = g_strconcat (env ("BYLINE_WP_EDITOR_PASSWORD"), "x", NULL);
  wrong = account ("editor", bad);
  g_clear_object (&result);
  byline_cms_verify_account_async (wrong, NULL, cms_test_result_cb, &result);
  g_assert_null (AWAIT (byline_cms_verify_account_finish, wrong, &error));
  g_assert_error (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_AUTH);
  g_assert_cmpstr (error->message, ==, "WordPress did not accept the user name or application password");
}

static gboolean
has_term (GPtrArray *terms,
          gint64     id)
{
  for (guint i = 0; i < terms->len; i++)
    {
      if (((BylineCmsTerm *) g_ptr_array_index (terms, i))->id == id)
        return TRUE;
    }
  return FALSE;
}

static void
test_site_and_terms (void)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(BylineCmsSite) site = NULL;
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GPtrArray) tags = NULL;
  g_autoptr(GPtrArray) users = NULL;
  g_autoptr(BylineCmsTerm) tag = NULL;
  g_autoptr(BylineCmsTerm) again = NULL;
  g_autoptr(BylineCmsTerm) category = NULL;
  g_autoptr(GError) error = NULL;
  gboolean found = FALSE;

  byline_cms_get_site_async (editor, NULL, cms_test_result_cb, &result);
  site = AWAIT (byline_cms_get_site_finish, editor, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (site->name, ==, "Byline Test Site");
  g_assert_cmpstr (site->url, ==, env ("BYLINE_WP_URL"));
  g_assert_cmpstr (site->time_zone, ==, "Europe/Oslo");
  g_assert_true (site->has_byline_meta);

  g_clear_object (&result);
  byline_cms_create_term_async (editor, BYLINE_CMS_TERM_TAG, "Ferries", 0, NULL, cms_test_result_cb, &result);
  tag = AWAIT (byline_cms_create_term_finish, editor, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tag->name, ==, "Ferries");
  g_assert_cmpint (tag->kind, ==, BYLINE_CMS_TERM_TAG);

  /* Creating it again gives the same term, not an error. */
  g_clear_object (&result);
  byline_cms_create_term_async (editor, BYLINE_CMS_TERM_TAG, "ferries", 0, NULL, cms_test_result_cb, &result);
  again = AWAIT (byline_cms_create_term_finish, editor, &error);
  g_assert_no_error (error);
  g_assert_cmpint (again->id, ==, tag->id);

  g_clear_object (&result);
  byline_cms_create_term_async (editor, BYLINE_CMS_TERM_CATEGORY, "حمل و نقل", 0, NULL, cms_test_result_cb, &result);
  category = AWAIT (byline_cms_create_term_finish, editor, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (category->name, ==, "حمل و نقل");
  g_assert_cmpint (category->kind, ==, BYLINE_CMS_TERM_CATEGORY);

  g_clear_object (&result);
  byline_cms_list_terms_async (editor, BYLINE_CMS_TERM_CATEGORY, NULL, NULL, cms_test_result_cb, &result);
  categories = AWAIT (byline_cms_list_terms_finish, editor, &error);
  g_assert_no_error (error);
  g_assert_true (has_term (categories, category->id));
  g_assert_true (has_term (categories, 1)); /* Uncategorized */

  g_clear_object (&result);
  byline_cms_list_terms_async (editor, BYLINE_CMS_TERM_TAG, NULL, NULL, cms_test_result_cb, &result);
  tags = AWAIT (byline_cms_list_terms_finish, editor, &error);
  g_assert_no_error (error);
  g_assert_true (has_term (tags, tag->id));

  g_clear_object (&result);
  byline_cms_list_users_async (editor, NULL, NULL, cms_test_result_cb, &result);
  users = AWAIT (byline_cms_list_users_finish, editor, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < users->len; i++)
    {
      BylineCmsUser *u = g_ptr_array_index (users, i);

      if (g_strcmp0 (u->slug, "author") == 0)
        found = TRUE;
    }
  g_assert_true (found);
}

/* The example story as simple paragraphs: byline, headline, date line,
 * then the body. */
static BylineCmsPost *
story_post (const char *file,
            char      **bylines_out)
{
  g_autofree char *path = g_build_filename (env ("BYLINE_EXAMPLES"), file, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) html = g_string_new (NULL);
  g_auto(GStrv) blocks = NULL;
  BylineCmsPost *post = byline_cms_post_new ();
  char *bylines[2] = { NULL, NULL };
  guint n = 0;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  blocks = g_strsplit (text, "\n\n", -1);
  for (guint i = 0; blocks[i] != NULL; i++)
    {
      g_autofree char *block = g_strstrip (g_strdup (blocks[i]));
      g_autofree char *escaped = NULL;

      if (*block == '\0')
        continue;
      if (n == 0)
        *bylines_out = g_strdup (g_str_has_prefix (block, "By ") ? block + 3 : block);
      else if (n == 1)
        post->title = g_strdup (block);
      else if (n > 2)
        {
          escaped = g_markup_escape_text (block, -1);
          g_string_append_printf (html, "<p>%s</p>\n", escaped);
        }
      n++;
    }

  post->content = g_strdup (html->str);
  post->status = g_strdup ("draft");
  post->meta_uuid = g_uuid_string_random ();
  bylines[0] = *bylines_out;
  post->meta_bylines = g_strdupv (bylines);
  return post;
}

static void
test_publish_stories (void)
{
  const char *files[] = { "harbour-ferries.txt", "tehran-buses-fa.txt" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(BylineCmsPost) post = NULL;
      g_autoptr(BylineCmsPost) created = NULL;
      g_autoptr(BylineCmsPost) fetched = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *byline = NULL;

      post = story_post (files[i], &byline);
      post->meta_dateline = g_strdup (i == 0 ? "PORTVALE" : "تهران");
      byline_cms_create_post_async (editor, post, NULL, cms_test_result_cb, &result);
      created = AWAIT (byline_cms_create_post_finish, editor, &error);
      g_assert_no_error (error);
      g_assert_cmpint (created->id, >, 0);
      g_assert_cmpstr (created->status, ==, "draft");
      story_ids[i] = created->id;
      if (i == 1)
        story_uuid = g_strdup (post->meta_uuid);

      /* What WordPress stored, read back with context=edit. */
      g_clear_object (&result);
      byline_cms_get_post_async (editor, created->id, NULL, NULL, cms_test_result_cb, &result);
      fetched = AWAIT (byline_cms_get_post_finish, editor, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (fetched->title, ==, post->title);
      g_assert_cmpstr (fetched->content, ==, post->content);
      g_assert_cmpstr (fetched->meta_uuid, ==, post->meta_uuid);
      g_assert_cmpstr (fetched->meta_dateline, ==, post->meta_dateline);
      g_assert_cmpstr (fetched->meta_bylines[0], ==, byline);
      g_assert_nonnull (fetched->modified_gmt);
      g_assert_cmpint (fetched->author, ==, g_ascii_strtoll (env ("BYLINE_WP_EDITOR_ID"), NULL, 10));
    }
}

/* A small real PNG: a 24×16 gradient, zlib via GIO, CRCs computed here. */
static guint32
crc32_png (const guint8 *data,
           gsize         len,
           guint32       crc)
{
  for (gsize i = 0; i < len; i++)
    {
      crc ^= data[i];
      for (int k = 0; k < 8; k++)
        crc = (crc >> 1) ^ (0xEDB88320u & -(crc & 1));
    }
  return crc;
}

static void
png_chunk (GByteArray   *png,
           const char   *type,
           const guint8 *data,
           gsize         len)
{
  guint32 be = GUINT32_TO_BE ((guint32) len);
  guint32 crc = crc32_png ((const guint8 *) type, 4, 0xFFFFFFFFu);

  crc = crc32_png (data, len, crc) ^ 0xFFFFFFFFu;
  g_byte_array_append (png, (guint8 *) &be, 4);
  g_byte_array_append (png, (const guint8 *) type, 4);
  g_byte_array_append (png, data, len);
  be = GUINT32_TO_BE (crc);
  g_byte_array_append (png, (guint8 *) &be, 4);
}

static GBytes *
make_png (void)
{
  const guint w = 24, h = 16;
  guint8 ihdr[13] = { 0, 0, 0, w, 0, 0, 0, h, 8, 2, 0, 0, 0 };
  g_autoptr(GByteArray) raw = g_byte_array_new ();
  g_autoptr(GByteArray) png = g_byte_array_new ();
  g_autoptr(GZlibCompressor) zlib = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB, 9);
  guint8 out[8192];
  gsize read, written;
  g_autoptr(GError) error = NULL;
  static const guint8 signature[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

  for (guint y = 0; y < h; y++)
    {
      guint8 filter = 0;

      g_byte_array_append (raw, &filter, 1);
      for (guint x = 0; x < w; x++)
        {
          guint8 px[3] = { x * 10, y * 15, 200 };
          g_byte_array_append (raw, px, 3);
        }
    }
  g_converter_convert (G_CONVERTER (zlib), raw->data, raw->len, out, sizeof out,
                       G_CONVERTER_INPUT_AT_END, &read, &written, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (read, ==, raw->len);

  g_byte_array_append (png, signature, sizeof signature);
  png_chunk (png, "IHDR", ihdr, sizeof ihdr);
  png_chunk (png, "IDAT", out, written);
  png_chunk (png, "IEND", NULL, 0);
  return g_byte_array_free_to_bytes (g_steal_pointer (&png));
}

static void
test_media_featured (void)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(BylineCmsUpload) upload = byline_cms_upload_new ();
  g_autoptr(BylineCmsMedia) media = NULL;
  g_autoptr(BylineCmsPost) change = byline_cms_post_new ();
  g_autoptr(BylineCmsPost) updated = NULL;
  g_autoptr(GError) error = NULL;

  upload->bytes = make_png ();
  upload->filename = g_strdup ("ferry «quay».png");
  upload->alt_text = g_strdup ("A battery-electric ferry at North Quay");
  upload->caption = g_strdup ("The first of six new ferries. Photo: Portvale Transit");
  upload->title = g_strdup ("Ferry at the quay");
  byline_cms_upload_media_async (editor, upload, NULL, cms_test_result_cb, &result);
  media = AWAIT (byline_cms_upload_media_finish, editor, &error);
  g_assert_no_error (error);
  g_assert_cmpint (media->id, >, 0);
  g_assert_cmpstr (media->mime_type, ==, "image/png");
  g_assert_cmpstr (media->alt_text, ==, upload->alt_text);
  g_assert_cmpstr (media->caption, ==, upload->caption);
  g_assert_cmpstr (media->title, ==, upload->title);
  g_assert_true (g_str_has_prefix (media->source_url, env ("BYLINE_WP_URL")));
  g_assert_true (g_str_has_suffix (media->source_url, ".png"));
  media_id = media->id;

  change->featured_media = media->id;
  g_clear_object (&result);
  byline_cms_update_post_async (editor, story_ids[0], change, NULL, cms_test_result_cb, &result);
  updated = AWAIT (byline_cms_update_post_finish, editor, &error);
  g_assert_no_error (error);
  g_assert_cmpint (updated->featured_media, ==, media->id);
  /* Only what was set changed. */
  g_assert_cmpstr (updated->status, ==, "draft");
  g_assert_true (g_str_has_prefix (updated->title, "Harbour city expands"));
}

static void
test_schedule_update_revisions (void)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(BylineCmsPost) change = byline_cms_post_new ();
  g_autoptr(BylineCmsPost) updated = NULL;
  g_autoptr(BylineCmsPost) fetched = NULL;
  g_autoptr(BylineCmsPost) edit = byline_cms_post_new ();
  g_autoptr(GPtrArray) revisions = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;
  BylineCmsPost *latest;

  /* Two days ahead, whole seconds: WordPress stores one-second resolution. */
  scheduled = g_date_time_new_from_unix_utc (g_date_time_to_unix (now) + 2 * 86400);
  change->status = g_strdup ("future");
  change->date_gmt = g_date_time_ref (scheduled);
  byline_cms_update_post_async (editor, story_ids[1], change, NULL, cms_test_result_cb, &result);
  updated = AWAIT (byline_cms_update_post_finish, editor, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (updated->status, ==, "future");
  g_assert_true (g_date_time_equal (updated->date_gmt, scheduled));

  edit->content = g_strdup ("<p>تهران – متن تازه با ارقام ۱۲۳.</p>");
  g_clear_object (&result);
  byline_cms_update_post_async (editor, story_ids[1], edit, NULL, cms_test_result_cb, &result);
  g_clear_pointer (&updated, byline_cms_post_free);
  updated = AWAIT (byline_cms_update_post_finish, editor, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (updated->content, ==, edit->content);
  g_assert_cmpstr (updated->status, ==, "future");
  /* A scheduled post has its slug already (drafts have none yet). */
  g_assert_nonnull (updated->slug);
  g_assert_cmpstr (updated->slug, !=, "");
  slug = g_strdup (updated->slug);

  g_clear_object (&result);
  byline_cms_get_post_async (editor, story_ids[1], "id,modified_gmt,status,date_gmt", NULL, cms_test_result_cb, &result);
  fetched = AWAIT (byline_cms_get_post_finish, editor, &error);
  g_assert_no_error (error);
  g_assert_null (fetched->content);
  g_assert_nonnull (fetched->modified_gmt);
  g_assert_true (g_date_time_equal (fetched->date_gmt, scheduled));

  g_clear_object (&result);
  byline_cms_list_revisions_async (editor, story_ids[1], NULL, cms_test_result_cb, &result);
  revisions = AWAIT (byline_cms_list_revisions_finish, editor, &error);
  g_assert_no_error (error);
  /* No revision on create; each update with a change adds one. */
  g_assert_cmpuint (revisions->len, >=, 1);
  latest = g_ptr_array_index (revisions, 0);
  g_assert_cmpint (latest->parent, ==, story_ids[1]);
  g_assert_cmpstr (latest->content, ==, edit->content);
}

static void
test_list_posts_paged (void)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(BylineCmsQuery) query = byline_cms_query_new ();
  g_autoptr(GPtrArray) posts = NULL;
  g_autoptr(GError) error = NULL;
  gboolean seen[2] = { FALSE, FALSE };

  query->per_page = 1;
  query->edit_context = TRUE;
  query->status = g_strdup ("draft,future,publish");
  byline_cms_list_posts_async (editor, query, NULL, cms_test_result_cb, &result);
  posts = AWAIT (byline_cms_list_posts_finish, editor, &error);
  g_assert_no_error (error);
  /* Both stories and the site's own post, one page each. */
  g_assert_cmpuint (posts->len, >=, 3);
  for (guint i = 0; i < posts->len; i++)
    {
      BylineCmsPost *p = g_ptr_array_index (posts, i);

      if (i > 0)
        g_assert_cmpint (p->id, >, ((BylineCmsPost *) g_ptr_array_index (posts, i - 1))->id);
      seen[0] |= p->id == story_ids[0];
      seen[1] |= p->id == story_ids[1];
      g_assert_nonnull (p->content); /* context=edit: raw content */
    }
  g_assert_true (seen[0] && seen[1]);

  /* Finding a post again by its slug (after a publish whose answer was
   * lost), with its UUID to tell it apart. */
  g_clear_object (&result);
  g_clear_pointer (&posts, g_ptr_array_unref);
  g_clear_pointer (&query->status, g_free);
  query->status = g_strdup ("draft,future");
  query->per_page = 0;
  query->slug = g_strdup (slug);
  byline_cms_list_posts_async (editor, query, NULL, cms_test_result_cb, &result);
  posts = AWAIT (byline_cms_list_posts_finish, editor, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (posts->len, ==, 1);
  g_assert_cmpint (((BylineCmsPost *) g_ptr_array_index (posts, 0))->id, ==, story_ids[1]);
  g_assert_cmpstr (((BylineCmsPost *) g_ptr_array_index (posts, 0))->meta_uuid, ==, story_uuid);
}

static void
test_trash (void)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(BylineCmsPost) trashed = NULL;
  g_autoptr(BylineCmsPost) fetched = NULL;
  g_autoptr(GError) error = NULL;

  byline_cms_delete_post_async (editor, story_ids[0], FALSE, NULL, cms_test_result_cb, &result);
  trashed = AWAIT (byline_cms_delete_post_finish, editor, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (trashed->status, ==, "trash");

  g_clear_object (&result);
  byline_cms_get_post_async (editor, story_ids[0], NULL, NULL, cms_test_result_cb, &result);
  fetched = AWAIT (byline_cms_get_post_finish, editor, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fetched->status, ==, "trash");
  g_assert_cmpint (fetched->featured_media, ==, media_id);

  g_clear_object (&result);
  g_clear_pointer (&fetched, byline_cms_post_free);
  byline_cms_get_post_async (editor, 999999, NULL, NULL, cms_test_result_cb, &result);
  fetched = AWAIT (byline_cms_get_post_finish, editor, &error);
  g_assert_null (fetched);
  g_assert_error (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (g_getenv ("BYLINE_WP_URL") == NULL)
    {
      if (g_getenv ("BYLINE_REQUIRE_WORDPRESS") != NULL)
        g_error ("BYLINE_WP_URL is not set: build-aux/wordpress did not start WordPress");
      g_test_skip ("No WordPress: run build-aux/check, or source the env of build-aux/wordpress start");
      return g_test_run ();
    }

  editor = account (env ("BYLINE_WP_EDITOR"), env ("BYLINE_WP_EDITOR_PASSWORD"));
  author = account (env ("BYLINE_WP_AUTHOR"), env ("BYLINE_WP_AUTHOR_PASSWORD"));

  g_test_add_func ("/wordpress/verify", test_verify);
  g_test_add_func ("/wordpress/site-and-terms", test_site_and_terms);
  g_test_add_func ("/wordpress/publish-stories", test_publish_stories);
  g_test_add_func ("/wordpress/media-featured", test_media_featured);
  g_test_add_func ("/wordpress/schedule-update-revisions", test_schedule_update_revisions);
  g_test_add_func ("/wordpress/list-posts-paged", test_list_posts_paged);
  g_test_add_func ("/wordpress/trash", test_trash);

  status = g_test_run ();

  g_clear_object (&editor);
  g_clear_object (&author);
  g_clear_pointer (&scheduled, g_date_time_unref);
  g_clear_pointer (&story_uuid, g_free);
  g_clear_pointer (&slug, g_free);
  return status;
}

/* test-publish-wordpress.c: the publish pipeline against a real WordPress
 *
 * Both example stories are imported as wire copy, given a featured image
 * (alt text and caption) and an inline image, published (one scheduled),
 * updated, edited on the site behind Byline's back (conflict, then
 * --force), pulled back into a second store and unpublished. Every check
 * reads what WordPress stored (context=edit). The subtests run in order.
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <string.h>

#include "byline-core.h"
#include "byline-test-tmp.h"

static char *dir;
static BylineStore *store;
static BylinePublisher *publisher;
static char *account;
static gint64 ids[2];
static gint64 remote[2];
static char *images[3];
static SoupSession *session;

static const char *
env (const char *name)
{
  const char *value = g_getenv (name);

  g_assert_nonnull (value);
  return value;
}

/* A direct REST call as the editor, the way curl would make it. */
static JsonNode *
rest_node (const char *method,
           const char *path,
           const char *body)
{
  g_autofree char *url = g_strconcat (env ("BYLINE_WP_URL"), "/wp-json/", path, NULL);
  g_autoptr(SoupMessage) msg = soup_message_new (method, url);
  g_autofree char *credentials = g_strconcat ("editor:", env ("BYLINE_WP_EDITOR_PASSWORD"), NULL);
  g_autofree char *basic = g_base64_encode ((const guchar *) credentials, strlen (credentials));
  g_autofree char *auth = g_strconcat ("Basic ", basic, NULL);
  g_autoptr(GBytes) answer = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", auth);
  if (body != NULL)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (body, strlen (body));

      soup_message_set_request_body_from_bytes (msg, "application/json", bytes);
    }
  answer = soup_session_send_and_read (session, msg, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (soup_message_get_status (msg), <, 300);
  json_parser_load_from_data (parser, g_bytes_get_data (answer, NULL), g_bytes_get_size (answer), &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static JsonObject *
rest (const char *method,
      const char *path,
      const char *body)
{
  g_autoptr(JsonNode) node = rest_node (method, path, body);

  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  return json_object_ref (json_node_get_object (node));
}

/* The post media item @id is attached to, as WordPress has it (0: none) */
static gint64
media_post (gint64 id)
{
  g_autofree char *path = g_strdup_printf ("wp/v2/media/%" G_GINT64_FORMAT "?context=edit", id);
  g_autoptr(JsonObject) media = rest ("GET", path, NULL);

  g_assert_true (json_object_has_member (media, "post"));
  return json_object_get_null_member (media, "post") ? 0 : json_object_get_int_member (media, "post");
}

/* How many media items are attached to post @id; each says so itself */
static guint
count_attached (gint64 id)
{
  g_autofree char *path = g_strdup_printf ("wp/v2/media?parent=%" G_GINT64_FORMAT "&context=edit&per_page=100", id);
  g_autoptr(JsonNode) node = rest_node ("GET", path, NULL);
  JsonArray *items;

  g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
  items = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (items); i++)
    g_assert_cmpint (media_post (json_object_get_int_member (json_array_get_object_element (items, i), "id")), ==, id);
  return json_array_get_length (items);
}

static JsonObject *
site_post (gint64 id)
{
  g_autofree char *path = g_strdup_printf ("wp/v2/posts/%" G_GINT64_FORMAT "?context=edit", id);

  return rest ("GET", path, NULL);
}

static const char *
raw (JsonObject *object,
     const char *field)
{
  return json_object_get_string_member (json_object_get_object_member (object, field), "raw");
}

/* @path (freed) copied into an images folder as the window keeps a chosen
 * picture (byline_images_add_file()): named by its checksum */
static char *
stored_copy (char *path)
{
  g_autofree char *owned = path;
  g_autofree char *images_dir = g_build_filename (dir, "images", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (owned);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = byline_images_add_file (images_dir, file, NULL, &error);

  g_assert_no_error (error);
  return g_build_filename (images_dir, name, NULL);
}

static char *
write_png (const char *name,
           guint8      red)
{
  /* An uncompressed 1×1 PNG with one colour byte varied: different bytes,
   * different content hash. The CRCs are computed here. */
  g_autoptr(GByteArray) png = g_byte_array_new ();
  static const guint8 signature[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  guint8 ihdr[] = { 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0 };
  guint8 row[] = { 0, red, 40, 40 };
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);
  guint8 idat[64];
  gsize idat_len = 0;
  guint32 adler_a = 1, adler_b = 0;

  /* zlib stream, one stored block. */
  idat[idat_len++] = 0x78; idat[idat_len++] = 0x01; idat[idat_len++] = 0x01;
  idat[idat_len++] = sizeof row; idat[idat_len++] = 0; idat[idat_len++] = (guint8) ~sizeof row; idat[idat_len++] = 0xff;
  for (guint i = 0; i < sizeof row; i++)
    {
      idat[idat_len++] = row[i];
      adler_a = (adler_a + row[i]) % 65521;
      adler_b = (adler_b + adler_a) % 65521;
    }
  idat[idat_len++] = adler_b >> 8; idat[idat_len++] = adler_b & 0xff;
  idat[idat_len++] = adler_a >> 8; idat[idat_len++] = adler_a & 0xff;

  g_byte_array_append (png, signature, sizeof signature);
  for (guint c = 0; c < 3; c++)
    {
      const char *type = c == 0 ? "IHDR" : c == 1 ? "IDAT" : "IEND";
      const guint8 *data = c == 0 ? ihdr : idat;
      guint32 len = c == 0 ? sizeof ihdr : c == 1 ? idat_len : 0;
      guint8 be[4] = { len >> 24, len >> 16, len >> 8, len };
      guint32 crc = 0xffffffff;

      g_byte_array_append (png, be, 4);
      g_byte_array_append (png, (const guint8 *) type, 4);
      g_byte_array_append (png, data, len);
      for (guint i = 0; i < 4 + len; i++)
        {
          crc ^= i < 4 ? (guint8) type[i] : data[i - 4];
          for (guint k = 0; k < 8; k++)
            crc = (crc >> 1) ^ (0xedb88320 & -(crc & 1));
        }
      crc ^= 0xffffffff;
      be[0] = crc >> 24; be[1] = crc >> 16; be[2] = crc >> 8; be[3] = crc;
      g_byte_array_append (png, be, 4);
    }
  g_file_set_contents (path, (const char *) png->data, png->len, &error);
  g_assert_no_error (error);
  return path;
}

static void
test_account (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineAccount) added = NULL;
  g_autoptr(BylineAccount) wrong = NULL;
  g_autoptr(BylineCmsUser) user = NULL;
  g_autoptr(GPtrArray) categories = NULL;
  g_autofree char *bad = g_strconcat (env ("BYLINE_WP_EDITOR_PASSWORD"), "x", NULL);

  wrong = byline_accounts_add_sync (store, env ("BYLINE_WP_URL"), "editor", bad, NULL, NULL, &error);
  g_assert_null (wrong);
  g_assert_error (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_AUTH);
  g_clear_error (&error);

  added = byline_accounts_add_sync (store, env ("BYLINE_WP_URL"), "editor", env ("BYLINE_WP_EDITOR_PASSWORD"),
                                    NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (env ("BYLINE_WP_URL"), "http://"));
  g_assert_cmpstr (added->name, ==, env ("BYLINE_WP_URL") + strlen ("http://"));
  g_assert_true (g_str_has_suffix (added->api_root, "/wp-json/"));
  account = g_strdup (added->name);

  user = byline_accounts_verify_sync (store, account, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (user->slug, ==, "editor");
  categories = byline_store_list_terms (store, account, "category", &error);
  g_assert_cmpuint (categories->len, >=, 1);   /* at least "Uncategorized" */
}

static gint64
import_example (const char *file,
                guint       i,
                const char *section)
{
  g_autofree char *path = g_build_filename (env ("BYLINE_EXAMPLES"), file, NULL);
  g_autofree char *text = NULL;
  g_autofree char *body = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(BylineArticle) article = NULL;
  const char *tags[] = { "Transport", i == 0 ? "Ferries" : "اتوبوس", NULL };

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  article = byline_import_wire_copy (text, -1, utc, &error);
  g_assert_no_error (error);
  body = g_strdup_printf ("%s\n![Route map](%s \"The route\")\n", byline_article_get_body (article), images[1]);
  byline_article_set_body (article, body);
  byline_article_set_section (article, section);
  byline_article_set_tags (article, tags);
  byline_article_set_excerpt (article, byline_article_get_standfirst (article));
  byline_article_set_image_path (article, images[0]);
  byline_article_set_image_alt (article, i == 0 ? "An electric ferry at North Quay" : "اتوبوس برقی");
  byline_article_set_image_caption (article, "Photo: Byline tests");
  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  return byline_article_get_id (article);
}

static void
test_publish_examples (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePublishResult) first = NULL;
  g_autoptr(BylinePublishResult) second = NULL;
  g_autoptr(BylineArticle) article = NULL;
  g_autoptr(JsonObject) post = NULL;
  g_autoptr(JsonObject) scheduled = NULL;
  g_autoptr(JsonObject) media = NULL;
  g_autoptr(GTimeZone) tehran = g_time_zone_new_identifier ("Asia/Tehran");
  g_autoptr(GDateTime) now = g_date_time_new_now (tehran);
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 3);
  g_autoptr(GDateTime) when = g_date_time_new (tehran, g_date_time_get_year (later), g_date_time_get_month (later),
                                               g_date_time_get_day_of_month (later), 9, 30, 0);
  g_autoptr(GDateTime) when_utc = g_date_time_to_utc (when);
  g_autofree char *expected_gmt = g_date_time_format (when_utc, "%Y-%m-%dT%H:%M:%S");
  g_autofree char *media_path = NULL;

  ids[0] = import_example ("harbour-ferries.txt", 0, "City");
  ids[1] = import_example ("tehran-buses-fa.txt", 1, "شهر");

  first = byline_publisher_publish_sync (publisher, ids[0], account, "publish", BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_no_error (error);
  remote[0] = first->remote_id;
  post = site_post (remote[0]);
  g_assert_cmpstr (json_object_get_string_member (post, "status"), ==, "publish");
  g_assert_cmpstr (raw (post, "title"), ==, "Harbour city expands electric ferry fleet as ridership climbs");
  g_assert_nonnull (strstr (raw (post, "content"), "<h2>Charging at the quay</h2>"));
  g_assert_nonnull (strstr (raw (post, "content"), "<span class=\"byline-author\" dir=\"auto\">Lena Okafor</span>"));
  g_assert_nonnull (strstr (raw (post, "content"), "/wp-content/uploads/"));
  g_assert_null (strstr (raw (post, "content"), images[1]));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (post, "meta"), "byline_dateline"), ==, "PORTVALE");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (post, "tags")), ==, 2);

  /* The featured image, with its alt text and caption. */
  media_path = g_strdup_printf ("wp/v2/media/%" G_GINT64_FORMAT "?context=edit",
                                json_object_get_int_member (post, "featured_media"));
  media = rest ("GET", media_path, NULL);
  g_assert_cmpstr (json_object_get_string_member (media, "alt_text"), ==, "An electric ferry at North Quay");
  g_assert_cmpstr (raw (media, "caption"), ==, "Photo: Byline tests");
  /* Its copy in the images folder is named by a checksum: the site's file
   * is named by the alt text */
  g_assert_nonnull (strstr (json_object_get_string_member (media, "source_url"), "/an-electric-ferry-at-north-quay"));
  /* Both pictures were uploaded before the post existed: they are
   * attached to it since (WordPress lists them as the post's) */
  g_assert_cmpint (media_post (json_object_get_int_member (post, "featured_media")), ==, remote[0]);
  g_assert_cmpuint (count_attached (remote[0]), ==, 2);

  /* The Persian story is scheduled: 09:30 in Tehran is 06:00 UTC. */
  article = byline_store_load_article (store, ids[1], NULL, &error);
  byline_article_set_time_zone (article, "Asia/Tehran");
  byline_article_set_date (article, when);
  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  second = byline_publisher_publish_sync (publisher, ids[1], account, "future", BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_no_error (error);
  remote[1] = second->remote_id;
  scheduled = site_post (remote[1]);
  g_assert_cmpstr (json_object_get_string_member (scheduled, "status"), ==, "future");
  g_assert_cmpstr (json_object_get_string_member (scheduled, "date_gmt"), ==, expected_gmt);
  g_assert_true (g_str_has_suffix (expected_gmt, "T06:00:00"));
  /* The route map (the same bytes) was uploaded once for both stories
   * and stays attached to the first story's post, as WordPress keeps an
   * attachment where it was first uploaded; the featured picture went up
   * again with this story's own alt text (WordPress keeps the alt text on
   * the media item) and is attached to this post */
  g_assert_cmpint (json_object_get_int_member (scheduled, "featured_media"), !=,
                   json_object_get_int_member (post, "featured_media"));
  {
    g_autofree char *path = g_strdup_printf ("wp/v2/media/%" G_GINT64_FORMAT "?context=edit",
                                             json_object_get_int_member (scheduled, "featured_media"));
    g_autoptr(JsonObject) persian = rest ("GET", path, NULL);

    g_assert_cmpstr (json_object_get_string_member (persian, "alt_text"), ==, "اتوبوس برقی");
  }
  g_assert_cmpint (media_post (json_object_get_int_member (scheduled, "featured_media")), ==, remote[1]);
  g_assert_cmpuint (count_attached (remote[0]), ==, 2);
  g_assert_cmpuint (count_attached (remote[1]), ==, 1);
  g_clear_object (&article);
  article = byline_store_load_article (store, ids[1], NULL, &error);
  g_assert_cmpint (byline_article_get_status (article), ==, BYLINE_ARTICLE_STATUS_SCHEDULED);
}

static void
test_update_and_conflict (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineArticle) article = NULL;
  g_autoptr(BylinePublishResult) updated = NULL;
  g_autoptr(BylinePublishResult) refused = NULL;
  g_autoptr(BylinePublishResult) forced = NULL;
  g_autoptr(JsonObject) post = NULL;
  g_autoptr(JsonObject) edited = NULL;
  g_autoptr(JsonObject) after = NULL;
  g_autofree char *path = g_strdup_printf ("wp/v2/posts/%" G_GINT64_FORMAT, remote[0]);
  g_autofree char *body = NULL;

  article = byline_store_load_article (store, ids[0], NULL, &error);
  /* A headline is text: markup in it is shown as written on the site */
  byline_article_set_headline (article, "Harbour city adds six <img src=x onerror=alert(1)> ferries & a pier");
  /* A new picture in the text: uploaded to the post (attached at once) */
  body = g_strdup_printf ("%s\n![The new pier](%s)\n", byline_article_get_body (article), images[2]);
  byline_article_set_body (article, body);
  /* A tag with "&" (WordPress keeps it as "&amp;"): created now, found again by the publishes below */
  byline_article_set_tags (article, (const char * const[]) { "ferries", "Council & Votes", NULL });
  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  /* No status asked for: the live post stays live */
  updated = byline_publisher_publish_sync (publisher, ids[0], account, NULL, BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (updated->remote_id, ==, remote[0]);
  post = site_post (remote[0]);
  g_assert_cmpstr (json_object_get_string_member (post, "status"), ==, "publish");
  g_assert_cmpstr (raw (post, "title"), ==, "Harbour city adds six &lt;img src=x onerror=alert(1)&gt; ferries & a pier");
  g_assert_null (strstr (json_object_get_string_member (json_object_get_object_member (post, "title"), "rendered"), "<img"));
  g_assert_cmpuint (count_attached (remote[0]), ==, 3);
  /* A live story keeps its address: the slug its first headline made */
  g_assert_true (g_str_has_prefix (json_object_get_string_member (post, "slug"), "harbour-city-expands-electric-ferry-fleet"));

  /* An editor changes the post on the site (modified_gmt has one-second
   * resolution: wait for the next second). */
  g_usleep (1100 * 1000);
  edited = rest ("POST", path, "{\"content\": \"<p>Edited on the site.</p>\"}");
  refused = byline_publisher_publish_sync (publisher, ids[0], account, "publish", BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, BYLINE_PUBLISH_ERROR, BYLINE_PUBLISH_ERROR_CONFLICT);
  g_clear_error (&error);
  after = site_post (remote[0]);
  g_assert_cmpstr (raw (after, "content"), ==, "<p>Edited on the site.</p>");

  forced = byline_publisher_publish_sync (publisher, ids[0], account, "publish", BYLINE_PUBLISH_FORCE, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&after, json_object_unref);
  after = site_post (remote[0]);
  g_assert_nonnull (strstr (raw (after, "content"), "<h2>Charging at the quay</h2>"));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Tags as a sorted, case-folded list: the site keeps the first spelling
 * of a tag and returns them in its own order. */
static const char *
tag_set (const char * const *tags)
{
  static char *out[2];
  static guint n;
  g_autoptr(GPtrArray) folded = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    g_ptr_array_add (folded, g_utf8_casefold (tags[i], -1));
  g_ptr_array_sort (folded, compare_strings);
  g_ptr_array_add (folded, NULL);
  n = (n + 1) % 2;
  g_free (out[n]);
  out[n] = g_strjoinv (",", (char **) folded->pdata);
  return out[n];
}

static void
test_pull_back (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = g_build_filename (dir, "pulled.db", NULL);
  g_autoptr(BylineStore) other = byline_store_new (db, NULL, &error);
  g_autoptr(BylinePublisher) puller = byline_publisher_new (other, NULL);
  g_autoptr(BylineAccount) added = NULL;
  guint created = 0, updated = 0;

  added = byline_accounts_add_sync (other, env ("BYLINE_WP_URL"), "editor", env ("BYLINE_WP_EDITOR_PASSWORD"),
                                    NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (byline_publisher_pull_sync (puller, account, &created, &updated, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (created, >=, 2);

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(BylineArticle) mine = byline_store_load_article (store, ids[i], NULL, &error);
      gint64 id = byline_store_find_linked_article (other, account, remote[i], &error);
      g_autoptr(BylineArticle) pulled = NULL;
      g_autofree char *mine_body = NULL;
      g_autofree char *pulled_body = NULL;
      char *image;

      g_assert_cmpint (id, >, 0);
      pulled = byline_store_load_article (other, id, NULL, &error);
      g_assert_cmpstr (byline_article_get_uuid (pulled), ==, byline_article_get_uuid (mine));
      g_assert_cmpstr (byline_article_get_headline (pulled), ==, byline_article_get_headline (mine));
      g_assert_cmpstr (byline_article_get_dateline (pulled), ==, byline_article_get_dateline (mine));
      g_assert_cmpstr (byline_article_get_section (pulled), ==, byline_article_get_section (mine));
      g_assert_cmpstrv (byline_article_get_bylines (pulled), byline_article_get_bylines (mine));
      g_assert_cmpstr (tag_set (byline_article_get_tags (pulled)), ==, tag_set (byline_article_get_tags (mine)));
      /* The body reads back the same, up to the image's new address. */
      mine_body = g_strdup (byline_article_get_body (mine));
      pulled_body = g_strdup (byline_article_get_body (pulled));
      if ((image = strstr (mine_body, "![Route map](")))
        *image = '\0';
      if ((image = strstr (pulled_body, "![Route map](")))
        *image = '\0';
      g_assert_cmpstr (pulled_body, ==, mine_body);
      g_assert_nonnull (strstr (pulled_body, "\n## "));
    }

  /* Pulling again duplicates nothing. */
  g_assert_true (byline_publisher_pull_sync (puller, account, &created, &updated, NULL, &error));
  g_assert_cmpuint (created, ==, 0);

  /* A second desk's fix to a pulled story, published without a status:
   * the post keeps its featured image (the second desk has no copy of
   * the picture) and its status */
  {
    gint64 id = byline_store_find_linked_article (other, account, remote[0], &error);
    g_autoptr(BylineArticle) theirs = byline_store_load_article (other, id, NULL, &error);
    g_autoptr(JsonObject) before = site_post (remote[0]);
    g_autoptr(JsonObject) after = NULL;
    g_autoptr(BylinePublishResult) result = NULL;

    g_assert_no_error (error);
    g_assert_cmpint (json_object_get_int_member (before, "featured_media"), >, 0);
    g_assert_cmpint (byline_article_get_image_media_id (theirs), ==, json_object_get_int_member (before, "featured_media"));
    byline_article_set_standfirst (theirs, "A second desk's standfirst");
    g_assert_true (byline_store_save_article (other, theirs, BYLINE_SAVE_EXPLICIT, NULL, &error));
    result = byline_publisher_publish_sync (puller, id, account, NULL, BYLINE_PUBLISH_NONE, NULL, &error);
    g_assert_no_error (error);
    after = site_post (remote[0]);
    g_assert_cmpint (json_object_get_int_member (after, "featured_media"), ==,
                     json_object_get_int_member (before, "featured_media"));
    g_assert_cmpstr (json_object_get_string_member (after, "status"), ==,
                     json_object_get_string_member (before, "status"));
    g_assert_nonnull (strstr (raw (after, "content"), "A second desk"));
  }
}

static void
test_unpublish (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePublishResult) result = NULL;
  g_autoptr(JsonObject) post = NULL;

  result = byline_publisher_unpublish_sync (publisher, ids[0], account, NULL, &error);
  g_assert_no_error (error);
  post = site_post (remote[0]);
  g_assert_cmpstr (json_object_get_string_member (post, "status"), ==, "draft");
}

/* A story with @headline published as a draft by @who (in @db, a store of
 * its own); returns the post's id */
static gint64
publish_headline (BylineStore     *db,
                  BylinePublisher *who,
                  const char      *name,
                  const char      *headline)
{
  g_autoptr(BylineArticle) article = byline_article_new ();
  g_autoptr(BylinePublishResult) result = NULL;
  g_autoptr(GError) error = NULL;

  byline_article_set_headline (article, headline);
  byline_article_set_body (article, "A paragraph.");
  g_assert_true (byline_store_save_article (db, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  result = byline_publisher_publish_sync (who, byline_article_get_id (article), name, "draft",
                                          BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_no_error (error);
  return result->remote_id;
}

/* Headlines with "&", a tag and an entity written as text, published by
 * the editor (unfiltered_html: WordPress stores the title as sent) and by
 * the author (WordPress's kses turns every bare "&" into "&amp;" for
 * users without unfiltered_html, whoever sends it): what the site shows
 * is what was typed, no tag is ever formed, and a pull gives it back. */
static void
test_headline_text (void)
{
  static const struct {
    const char *headline;
    const char *editor_raw;   /* what WordPress stores for each */
    const char *author_raw;
  } cases[] = {
    { "R&D spending rises at AT&T", "R&D spending rises at AT&T", "R&amp;D spending rises at AT&amp;T" },
    { "Council <img src=x onerror=alert(1)> budget",
      "Council &lt;img src=x onerror=alert(1)&gt; budget", "Council &lt;img src=x onerror=alert(1)&gt; budget" },
    { "Why &amp; and &copy show up in feeds", "Why &amp;amp; and &amp;copy show up in feeds",
      "Why &amp;amp; and &amp;copy show up in feeds" },
  };
  const char *who[] = { "editor", "author" };

  for (guint w = 0; w < G_N_ELEMENTS (who); w++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *upper = g_ascii_strup (who[w], -1);
      g_autofree char *password_var = g_strdup_printf ("BYLINE_WP_%s_PASSWORD", upper);
      g_autofree char *db = g_strdup_printf ("%s/%s-headlines.db", dir, who[w]);
      g_autofree char *pulled_db = g_strdup_printf ("%s/%s-headlines-pulled.db", dir, who[w]);
      g_autoptr(BylineStore) mine = NULL;
      g_autoptr(BylineStore) other = NULL;
      g_autoptr(BylinePublisher) sender = NULL;
      g_autoptr(BylinePublisher) puller = NULL;
      g_autoptr(BylineAccount) added = NULL;
      g_autoptr(BylineAccount) pulling = NULL;
      gint64 posts[G_N_ELEMENTS (cases)];

      /* No keyring: the account's password is the one in the environment */
      g_setenv ("BYLINE_PASSWORD", env (password_var), TRUE);
      mine = byline_store_new (db, NULL, &error);
      g_assert_no_error (error);
      sender = byline_publisher_new (mine, NULL);
      added = byline_accounts_add_sync (mine, env ("BYLINE_WP_URL"), who[w], env (password_var), NULL, NULL, &error);
      g_assert_no_error (error);

      for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
        {
          g_autoptr(JsonObject) post = NULL;
          g_autofree char *shown = NULL;
          const char *rendered;

          posts[i] = publish_headline (mine, sender, added->name, cases[i].headline);
          post = site_post (posts[i]);
          g_assert_cmpstr (raw (post, "title"), ==, w == 0 ? cases[i].editor_raw : cases[i].author_raw);
          rendered = json_object_get_string_member (json_object_get_object_member (post, "title"), "rendered");
          g_assert_null (strchr (rendered, '<'));
          /* The site's page shows the headline as typed */
          shown = byline_html_to_text (rendered, -1);
          g_assert_cmpstr (shown, ==, cases[i].headline);
        }

      other = byline_store_new (pulled_db, NULL, &error);
      g_assert_no_error (error);
      puller = byline_publisher_new (other, NULL);
      pulling = byline_accounts_add_sync (other, env ("BYLINE_WP_URL"), who[w], env (password_var), NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (byline_publisher_pull_sync (puller, pulling->name, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
        {
          gint64 id = byline_store_find_linked_article (other, pulling->name, posts[i], &error);
          g_autoptr(BylineArticle) back = NULL;

          g_assert_cmpint (id, >, 0);
          back = byline_store_load_article (other, id, NULL, &error);
          g_assert_cmpstr (byline_article_get_headline (back), ==, cases[i].headline);
        }
    }
  g_setenv ("BYLINE_PASSWORD", env ("BYLINE_WP_EDITOR_PASSWORD"), TRUE);
}

/* WordPress keeps a term's name as it cleans it ("<i>budget</i>" becomes
 * "budget", "  Ferry   fares " "Ferry fares"): a story naming the term
 * as typed found no such name on the site, and creating it again was
 * refused with term_exists, so every later publish of the story failed */
static void
test_terms_cleaned_by_site (void)
{
  g_autoptr(BylineArticle) article = byline_article_new ();
  g_autoptr(BylinePublishResult) first = NULL;
  g_autoptr(BylinePublishResult) again = NULL;
  g_autoptr(BylinePublishResult) other = NULL;
  g_autoptr(BylineArticle) second = byline_article_new ();
  g_autoptr(GError) error = NULL;
  const char *tags[] = { "<i>budget</i>", "  Ferry   fares ", NULL };
  JsonArray *first_tags, *again_tags;

  byline_article_set_headline (article, "Council sets the harbour budget");
  byline_article_set_body (article, "A paragraph.");
  byline_article_set_section (article, "Politics <b>and</b> Money");
  byline_article_set_tags (article, tags);
  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  first = byline_publisher_publish_sync (publisher, byline_article_get_id (article), account, "publish",
                                         BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_no_error (error);
  first_tags = json_object_get_array_member (site_post (first->remote_id), "tags");
  g_assert_cmpuint (json_array_get_length (first_tags), ==, 2);

  /* Published again, and another story with the same terms: the site's
   * terms, no error */
  byline_article_set_body (article, "A paragraph, corrected.");
  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  again = byline_publisher_publish_sync (publisher, byline_article_get_id (article), account, NULL,
                                         BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_no_error (error);
  again_tags = json_object_get_array_member (site_post (again->remote_id), "tags");
  g_assert_cmpuint (json_array_get_length (again_tags), ==, 2);
  g_assert_cmpint (json_array_get_int_element (again_tags, 0) + json_array_get_int_element (again_tags, 1), ==,
                   json_array_get_int_element (first_tags, 0) + json_array_get_int_element (first_tags, 1));

  byline_article_set_headline (second, "Budget vote delayed");
  byline_article_set_body (second, "A paragraph.");
  byline_article_set_section (second, "Politics <b>and</b> Money");
  byline_article_set_tags (second, tags);
  g_assert_true (byline_store_save_article (store, second, BYLINE_SAVE_EXPLICIT, NULL, &error));
  other = byline_publisher_publish_sync (publisher, byline_article_get_id (second), account, "draft",
                                         BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (json_array_get_int_element (json_object_get_array_member (site_post (other->remote_id), "categories"), 0), ==,
                   json_array_get_int_element (json_object_get_array_member (site_post (first->remote_id), "categories"), 0));
}

/* An Author has no unfiltered_html: WordPress's kses drops the dateline's
 * time element from the post, and the date was lost when the post was
 * read back; it is kept in data-* attributes, which kses keeps */
static void
test_author_dateline (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = g_strdup_printf ("%s/author-dateline.db", dir);
  g_autoptr(BylineStore) mine = NULL;
  g_autoptr(BylinePublisher) sender = NULL;
  g_autoptr(BylineAccount) added = NULL;
  g_autoptr(BylineArticle) article = byline_article_new ();
  g_autoptr(BylineArticle) back = NULL;
  g_autoptr(BylinePublishResult) result = NULL;
  g_autoptr(GTimeZone) tehran = g_time_zone_new_identifier ("Asia/Tehran");
  g_autoptr(GDateTime) date = g_date_time_new (tehran, 2023, 3, 3, 10, 20, 0);
  g_autoptr(JsonObject) post = NULL;

  g_setenv ("BYLINE_PASSWORD", env ("BYLINE_WP_AUTHOR_PASSWORD"), TRUE);
  mine = byline_store_new (db, NULL, &error);
  g_assert_no_error (error);
  sender = byline_publisher_new (mine, NULL);
  added = byline_accounts_add_sync (mine, env ("BYLINE_WP_URL"), "author", env ("BYLINE_WP_AUTHOR_PASSWORD"),
                                    NULL, NULL, &error);
  g_assert_no_error (error);

  byline_article_set_headline (article, "گسترش ناوگان اتوبوس برقی");
  byline_article_set_body (article, "شرکت واحد اتوبوسرانی اعلام کرد.");
  byline_article_set_dateline (article, "تهران");
  byline_article_set_time_zone (article, "Asia/Tehran");
  byline_article_set_date (article, date);
  byline_article_set_language (article, "fa");
  byline_article_set_direction (article, BYLINE_TEXT_DIRECTION_RTL);
  g_assert_true (byline_store_save_article (mine, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  result = byline_publisher_publish_sync (sender, byline_article_get_id (article), added->name, "draft",
                                          BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_no_error (error);

  post = site_post (result->remote_id);
  back = byline_html_import_post (raw (post, "title"), raw (post, "content"), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (byline_article_get_dateline (back), ==, "تهران");
  g_assert_nonnull (byline_article_get_date (back));
  g_assert_true (g_date_time_equal (byline_article_get_date (back), date));
  g_assert_cmpstr (byline_article_get_time_zone (back), ==, "Asia/Tehran");
  g_setenv ("BYLINE_PASSWORD", env ("BYLINE_WP_EDITOR_PASSWORD"), TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (g_getenv ("BYLINE_WP_URL") == NULL)
    {
      if (g_getenv ("BYLINE_REQUIRE_WORDPRESS") != NULL)
        g_error ("BYLINE_WP_URL is not set: build-aux/wordpress did not start WordPress");
      g_test_skip ("No WordPress: run build-aux/check, or source the env of build-aux/wordpress start");
      return g_test_run ();
    }

  /* No keyring in the test session: the password comes from the
   * environment, as in scripts. */
  g_setenv ("BYLINE_PASSWORD", env ("BYLINE_WP_EDITOR_PASSWORD"), TRUE);
  dir = g_dir_make_tmp ("byline-publish-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (dir, "byline.db", NULL);
  store = byline_store_new (db, NULL, &error);
  g_assert_no_error (error);
  publisher = byline_publisher_new (store, NULL);
  session = soup_session_new ();
  images[0] = stored_copy (write_png ("featured.png", 200));
  images[1] = write_png ("map.png", 20);
  images[2] = write_png ("pier.png", 90);

  g_test_add_func ("/publish-wordpress/account", test_account);
  g_test_add_func ("/publish-wordpress/publish-examples", test_publish_examples);
  g_test_add_func ("/publish-wordpress/update-and-conflict", test_update_and_conflict);
  g_test_add_func ("/publish-wordpress/pull-back", test_pull_back);
  g_test_add_func ("/publish-wordpress/unpublish", test_unpublish);
  g_test_add_func ("/publish-wordpress/headline-text", test_headline_text);
  g_test_add_func ("/publish-wordpress/terms-cleaned-by-site", test_terms_cleaned_by_site);
  g_test_add_func ("/publish-wordpress/author-dateline", test_author_dateline);
  status = g_test_run ();

  g_clear_object (&publisher);
  g_clear_object (&store);
  g_clear_object (&session);
  rm_rf (dir);
  return status;
}

/* test-publisher.c: the publish pipeline against an in-process WordPress
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "publisher-test-util.h"

static void
setup_meta (Pub *p, gconstpointer data) { pub_setup (p, TRUE); }
static void
setup_plain (Pub *p, gconstpointer data) { pub_setup (p, FALSE); }
static void
teardown (Pub *p, gconstpointer data) { pub_teardown (p); }

static JsonObject *
pub_post (Pub    *p,
          gint64  remote_id)
{
  for (guint i = 0; i < p->wp->posts->len; i++)
    {
      JsonObject *post = g_ptr_array_index (p->wp->posts, i);

      if (json_object_get_int_member (post, "id") == remote_id)
        return post;
    }
  g_assert_not_reached ();
}

/* The alt text the post's featured media item was uploaded with */
static const char *
pub_media_alt (Pub        *p,
               JsonObject *post)
{
  gint64 media = json_object_get_int_member (post, "featured_media");

  g_assert_nonnull (p->wp->media_alts);
  return g_hash_table_lookup (p->wp->media_alts, GUINT_TO_POINTER ((guint) media));
}

static void
test_publish_and_update (Pub           *p,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePublishResult) result = NULL;
  g_autoptr(BylinePublishResult) again = NULL;
  g_autoptr(BylineArticle) article = NULL;
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GPtrArray) authors = NULL;
  const BylineArticleLink *link;
  gint64 id = pub_story (p, "Ferry fares rise");
  JsonObject *post, *meta;
  g_autofree char *marker = NULL;
  g_autofree char *published_hash = NULL;

  result = byline_publisher_publish_sync (p->publisher, id, NULL, "publish", BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_no_error (error);
  post = pub_only_post (p);
  g_assert_cmpint (result->remote_id, ==, json_object_get_int_member (post, "id"));
  g_assert_cmpstr (result->status, ==, "publish");
  g_assert_true (g_str_has_suffix (result->url, "/ferry-fares-rise/"));

  /* Title, content in the publishing format with the uploaded image, the
   * UUID marker, terms created once, author mapped from the byline. */
  g_assert_cmpstr (pub_raw (post, "title"), ==, "Ferry fares rise");
  g_assert_nonnull (strstr (pub_raw (post, "content"), "<h2>The crossing</h2>"));
  g_assert_nonnull (strstr (pub_raw (post, "content"), "<blockquote>"));
  g_assert_nonnull (strstr (pub_raw (post, "content"), "/wp-content/uploads/"));
  g_assert_null (strstr (pub_raw (post, "content"), p->image));
  article = byline_store_load_article (p->store, id, NULL, &error);
  marker = g_strdup_printf ("<!-- byline:uuid %s -->", byline_article_get_uuid (article));
  g_assert_nonnull (strstr (pub_raw (post, "content"), marker));
  g_assert_cmpstr (json_object_get_string_member (post, "slug"), ==, "ferry-fares-rise");
  g_assert_cmpstr (pub_raw (post, "excerpt"), ==, "Fares rise");
  g_assert_cmpint (json_object_get_int_member (post, "author"), ==, 3);
  /* The same bytes inline and featured: WordPress keeps the alt text on
   * the media item, so the featured picture is its own upload */
  g_assert_cmpuint (p->wp->uploads, ==, 2);
  g_assert_cmpint (json_object_get_int_member (post, "featured_media"), >, 0);
  g_assert_cmpstr (pub_media_alt (p, post), ==, "The ferry at dawn");
  /* Uploaded before the post existed, then attached to it (both) */
  g_assert_cmpint (fake_wp_media_post (p->wp, json_object_get_int_member (post, "featured_media")), ==, result->remote_id);
  g_assert_cmpuint (p->wp->media_updates, ==, 2);
  g_assert_cmpuint (p->wp->term_creates, ==, 3);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (post, "tags")), ==, 2);
  meta = json_object_get_object_member (post, "meta");
  g_assert_cmpstr (json_object_get_string_member (meta, "byline_uuid"), ==, byline_article_get_uuid (article));

  /* The link and the status are recorded; the site's terms are cached. */
  link = byline_article_find_link (article, "site");
  g_assert_nonnull (link);
  g_assert_cmpint (link->remote_id, ==, result->remote_id);
  g_assert_cmpstr (link->remote_modified, ==, json_object_get_string_member (post, "modified_gmt"));
  g_assert_cmpint (byline_article_get_status (article), ==, BYLINE_ARTICLE_STATUS_PUBLISHED);
  /* The story keeps its address, and nothing counts as changed since */
  g_assert_cmpstr (byline_article_get_slug (article), ==, "ferry-fares-rise");
  published_hash = byline_article_content_hash (article);
  g_assert_cmpstr (link->content_hash, ==, published_hash);
  g_assert_cmpint (byline_article_get_image_media_id (article), ==, json_object_get_int_member (post, "featured_media"));
  categories = byline_store_list_terms (p->store, "site", "category", &error);
  g_assert_cmpuint (categories->len, ==, 1);
  authors = byline_store_list_terms (p->store, "site", "author", &error);
  g_assert_cmpuint (authors->len, ==, 2);

  /* Publishing again updates the same post: no new post, upload or term. */
  g_clear_object (&article);
  article = byline_store_load_article (p->store, id, NULL, &error);
  byline_article_set_headline (article, "Ferry fares rise again: R&D, <b>AT&T</b> and &amp;");
  byline_article_set_excerpt (article, "Fares <script>alert(1)</script> & more");
  g_assert_true (byline_store_save_article (p->store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  /* (no status asked for: the live post stays live) */
  again = byline_publisher_publish_sync (p->publisher, id, "site", NULL, BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (again->remote_id, ==, result->remote_id);
  g_assert_cmpstr (again->status, ==, "publish");
  /* A new headline does not move a live story */
  g_assert_cmpstr (again->url, ==, result->url);
  g_assert_cmpstr (json_object_get_string_member (pub_only_post (p), "slug"), ==, "ferry-fares-rise");
  g_assert_cmpstr (json_object_get_string_member (pub_only_post (p), "status"), ==, "publish");
  /* The site shows the title and excerpt as HTML: text is escaped, "&"
   * only where it could start a character reference */
  g_assert_cmpstr (pub_raw (pub_only_post (p), "title"), ==,
                   "Ferry fares rise again: R&D, &lt;b&gt;AT&T&lt;/b&gt; and &amp;amp;");
  g_assert_cmpstr (pub_raw (pub_only_post (p), "excerpt"), ==, "Fares &lt;script&gt;alert(1)&lt;/script&gt; & more");
  g_assert_cmpuint (p->wp->post_creates, ==, 1);
  g_assert_cmpuint (p->wp->post_updates, ==, 1);
  g_assert_cmpuint (p->wp->uploads, ==, 2);
  g_assert_cmpuint (p->wp->media_updates, ==, 2);   /* attached already */
  g_assert_cmpuint (p->wp->term_creates, ==, 3);
  g_assert_cmpint (byline_store_outbox_count (p->store, "done", NULL), ==, 2);
  g_assert_cmpint (byline_store_outbox_count (p->store, "pending", NULL), ==, 0);
}

/* Another story with the same picture and its own alt text, and a story
 * whose alt text was corrected: the site shows each one's own text. */
static void
test_featured_alt_text (Pub           *p,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePublishResult) first = NULL;
  g_autoptr(BylinePublishResult) second = NULL;
  g_autoptr(BylinePublishResult) again = NULL;
  g_autoptr(BylineArticle) article = NULL;
  gint64 id = pub_story (p, "Ferry fares rise");
  gint64 other = pub_story (p, "Night crossings end");

  first = byline_publisher_publish_sync (p->publisher, id, NULL, "publish", BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_no_error (error);
  article = byline_store_load_article (p->store, other, NULL, &error);
  byline_article_set_image_alt (article, "The last night boat");
  g_assert_true (byline_store_save_article (p->store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  second = byline_publisher_publish_sync (p->publisher, other, NULL, "publish", BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pub_media_alt (p, pub_post (p, second->remote_id)), ==, "The last night boat");
  g_assert_cmpstr (pub_media_alt (p, pub_post (p, first->remote_id)), ==, "The ferry at dawn");

  g_clear_object (&article);
  article = byline_store_load_article (p->store, id, NULL, &error);
  byline_article_set_image_alt (article, "The ferry at dawn, Portvale quay");
  g_assert_true (byline_store_save_article (p->store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  again = byline_publisher_publish_sync (p->publisher, id, NULL, NULL, BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pub_media_alt (p, pub_post (p, first->remote_id)), ==, "The ferry at dawn, Portvale quay");
}

static void
test_future_tehran (Pub           *p,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePublishResult) result = NULL;
  g_autoptr(BylineArticle) article = NULL;
  g_autoptr(GTimeZone) tehran = g_time_zone_new_identifier ("Asia/Tehran");
  g_autoptr(GDateTime) date = g_date_time_new (tehran, 2030, 3, 21, 8, 0, 0);
  g_autoptr(GDateTime) past = g_date_time_new (tehran, 2020, 3, 21, 8, 0, 0);
  g_autoptr(GPtrArray) failed = NULL;
  gint64 id = pub_story (p, "Nowruz buses");

  article = byline_store_load_article (p->store, id, NULL, &error);
  byline_article_set_time_zone (article, "Asia/Tehran");
  byline_article_set_date (article, past);
  g_assert_true (byline_store_save_article (p->store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));

  /* A schedule time in the past is refused, and the refusal kept. */
  result = byline_publisher_publish_sync (p->publisher, id, NULL, "future", BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_error (error, BYLINE_PUBLISH_ERROR, BYLINE_PUBLISH_ERROR_INVALID);
  g_assert_cmpuint (p->wp->posts->len, ==, 0);
  failed = byline_store_outbox_list (p->store, "failed", NULL);
  g_assert_cmpuint (failed->len, ==, 1);
  g_assert_cmpstr (((BylineOutboxItem *) failed->pdata[0])->last_error, ==, "The schedule time is in the past");
  g_clear_error (&error);

  byline_article_set_date (article, date);
  g_assert_true (byline_store_save_article (p->store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  result = byline_publisher_publish_sync (p->publisher, id, NULL, "future", BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_no_error (error);
  /* 08:00 in Tehran (+03:30, no daylight saving since 2022) is 04:30 UTC. */
  g_assert_cmpstr (json_object_get_string_member (pub_only_post (p), "date_gmt"), ==, "2030-03-21T04:30:00");
  g_assert_cmpstr (json_object_get_string_member (pub_only_post (p), "status"), ==, "future");
  g_clear_object (&article);
  article = byline_store_load_article (p->store, id, NULL, &error);
  g_assert_cmpint (byline_article_get_status (article), ==, BYLINE_ARTICLE_STATUS_SCHEDULED);
  /* The later success settles the earlier failed row. */
  g_assert_cmpint (byline_store_outbox_count (p->store, "failed", NULL), ==, 0);
}

/* The create reaches the site, the answer never comes back: on retry the
 * post is found by its UUID and adopted, not created twice. */
static void
test_adopt_after_timeout (Pub           *p,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePublishResult) result = NULL;
  g_autoptr(BylineArticle) article = NULL;
  g_autoptr(GPtrArray) pending = NULL;
  BylineOutboxItem *item;
  gint64 id = pub_story (p, "Ferry fares rise");
  guint sent;

  p->wp->create_then_hang = TRUE;
  result = byline_publisher_publish_sync (p->publisher, id, NULL, "publish", BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_error (error, BYLINE_PUBLISH_ERROR, BYLINE_PUBLISH_ERROR_QUEUED);
  g_clear_error (&error);
  g_assert_cmpuint (p->wp->posts->len, ==, 1);
  pending = byline_store_outbox_list (p->store, "pending", NULL);
  g_assert_cmpuint (pending->len, ==, 1);
  item = pending->pdata[0];
  g_assert_cmpuint (item->attempts, ==, 1);
  g_assert_nonnull (strstr (item->last_error, "did not answer in time"));
  /* Backoff without jitter: half of the 10 s base plus half the rest. */
  g_assert_cmpint (item->next_attempt, ==, p->now + byline_outbox_backoff_delay (1, 0, 0.5));

  /* Not due yet: nothing is sent. */
  g_assert_cmpuint (byline_outbox_runner_run_due_sync (p->runner, NULL, &error), ==, 0);
  g_assert_cmpuint (p->wp->post_creates, ==, 1);

  /* A restart: the row is still there and is sent when due. */
  pub_close (p);
  pub_open (p);
  p->now += 60;
  sent = byline_outbox_runner_run_due_sync (p->runner, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sent, ==, 1);
  g_assert_cmpuint (p->wp->post_creates, ==, 1);
  g_assert_cmpuint (p->wp->post_updates, ==, 1);
  g_assert_cmpuint (p->wp->posts->len, ==, 1);
  article = byline_store_load_article (p->store, id, NULL, &error);
  g_assert_cmpint (byline_article_find_link (article, "site")->remote_id, ==,
                   json_object_get_int_member (pub_only_post (p), "id"));
  g_assert_cmpint (byline_store_outbox_count (p->store, "pending", NULL), ==, 0);
  /* The picture uploaded by the first try (the post's answer was lost
   * before it could be attached) is attached to the post adopted (the
   * same bytes inline and featured: two uploads, see above) */
  g_assert_cmpuint (p->wp->uploads, ==, 2);
  g_assert_cmpint (fake_wp_media_post (p->wp, json_object_get_int_member (pub_only_post (p), "featured_media")), ==,
                   json_object_get_int_member (pub_only_post (p), "id"));
}

static void
test_conflict (Pub           *p,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePublishResult) result = NULL;
  g_autoptr(BylinePublishResult) forced = NULL;
  g_autoptr(BylinePublishConflict) conflict = NULL;
  g_autoptr(BylineArticle) article = NULL;
  g_autoptr(JsonObject) edit = json_object_new ();
  g_autofree char *diff = NULL;
  gint64 id = pub_story (p, "Ferry fares rise");
  JsonObject *post;

  result = byline_publisher_publish_sync (p->publisher, id, NULL, "publish", BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_no_error (error);

  /* Someone edits the post on the site. */
  post = pub_only_post (p);
  json_object_set_string_member (edit, "content", "<h2>The crossing</h2><p>Fares fall on Monday.</p>");
  fake_wp_apply (p->wp, post, edit);
  {
    g_autoptr(JsonObject) retitle = json_object_new ();

    json_object_set_string_member (retitle, "title", "Ferry fares fall");
    fake_wp_apply (p->wp, post, retitle);
  }

  g_clear_pointer (&result, byline_publish_result_free);
  result = byline_publisher_publish_sync (p->publisher, id, NULL, "publish", BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_null (result);
  g_assert_error (error, BYLINE_PUBLISH_ERROR, BYLINE_PUBLISH_ERROR_CONFLICT);
  g_assert_cmpstr (pub_raw (post, "content"), ==, "<h2>The crossing</h2><p>Fares fall on Monday.</p>");
  g_clear_error (&error);

  conflict = byline_publisher_get_conflict_sync (p->publisher, id, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (conflict->remote_text, ==, "## The crossing\n\nFares fall on Monday.\n");
  g_assert_nonnull (strstr (conflict->local_text, "Fares rise on Monday."));
  diff = byline_diff_format (conflict->diff);
  g_assert_nonnull (strstr (diff, "[-rise-]{+fall+}"));
  /* the headline changed on the site shows too */
  g_assert_true (g_str_has_prefix (diff, "Ferry fares [-rise-]{+fall+}"));

  /* Keeping theirs: --force overwrites. */
  forced = byline_publisher_publish_sync (p->publisher, id, NULL, "publish", BYLINE_PUBLISH_FORCE, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (pub_raw (post, "content"), "Fares rise on Monday."));

  /* Taking the site's: the article becomes the site's text, and the next
   * publish is no conflict. */
  fake_wp_apply (p->wp, post, edit);
  g_assert_true (byline_publisher_take_remote_sync (p->publisher, id, NULL, NULL, &error));
  g_assert_no_error (error);
  article = byline_store_load_article (p->store, id, NULL, &error);
  g_assert_cmpstr (byline_article_get_body (article), ==, "## The crossing\n\nFares fall on Monday.\n");
  g_clear_pointer (&result, byline_publish_result_free);
  result = byline_publisher_publish_sync (p->publisher, id, NULL, "publish", BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_no_error (error);
}

/* A correction made on the site to the standfirst or the excerpt alone
 * (the body and headline the same) shows in the conflict's diff: before,
 * the diff compared headline and body only and showed no change at all */
static void
test_conflict_standfirst (Pub           *p,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePublishResult) result = NULL;
  g_autoptr(BylinePublishConflict) conflict = NULL;
  g_autoptr(JsonObject) edit = json_object_new ();
  g_autoptr(BylineArticle) article = NULL;
  g_autofree char *diff = NULL;
  g_autofree char *content = NULL;
  gint64 id = pub_story (p, "Ferry fares rise");
  JsonObject *post;
  char *at;

  article = byline_store_load_article (p->store, id, NULL, &error);
  byline_article_set_standfirst (article, "Fares rise by 12 per cent");
  byline_article_set_excerpt (article, "");
  g_assert_true (byline_store_save_article (p->store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  result = byline_publisher_publish_sync (p->publisher, id, NULL, "publish", BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_no_error (error);
  /* With no excerpt of its own, the post's is the standfirst (the site
   * would make one of the credit line and the lede's first words), and
   * read back it is no excerpt of the story's */
  g_assert_cmpstr (pub_raw (pub_only_post (p), "excerpt"), ==, "Fares rise by 12 per cent");
  {
    guint created = 99, updated = 99;
    g_autoptr(BylineArticle) pulled = NULL;

    g_assert_true (byline_publisher_pull_sync (p->publisher, "site", &created, &updated, NULL, &error));
    g_assert_cmpuint (created, ==, 0);
    pulled = byline_store_load_article (p->store, id, NULL, &error);
    g_assert_cmpstr (byline_article_get_excerpt (pulled), ==, "");
    g_assert_cmpstr (byline_article_get_standfirst (pulled), ==, "Fares rise by 12 per cent");
  }

  /* The site corrects the figure in the standfirst and the excerpt */
  post = pub_only_post (p);
  content = g_strdup (pub_raw (post, "content"));
  g_assert_nonnull ((at = strstr (content, "by 12 per cent")));
  memcpy (at, "by 15 per cent", strlen ("by 15 per cent"));
  json_object_set_string_member (edit, "content", content);
  json_object_set_string_member (edit, "excerpt", "Fares up 15 per cent from May");
  fake_wp_apply (p->wp, post, edit);
  byline_article_set_note (article, "A local edit");
  g_assert_true (byline_store_save_article (p->store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));

  g_clear_pointer (&result, byline_publish_result_free);
  result = byline_publisher_publish_sync (p->publisher, id, NULL, NULL, BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_error (error, BYLINE_PUBLISH_ERROR, BYLINE_PUBLISH_ERROR_CONFLICT);
  g_clear_error (&error);

  conflict = byline_publisher_get_conflict_sync (p->publisher, id, NULL, NULL, &error);
  g_assert_no_error (error);
  diff = byline_diff_format (conflict->diff);
  g_assert_true (g_str_has_prefix (diff, "Ferry fares rise\n\nFares rise by [-12-]{+15+} per cent\n\nLena Okafor\n\n"));
  g_assert_nonnull (strstr (diff, "Excerpt: Fares up 15 per cent from May+}"));
  g_assert_true (g_str_has_prefix (conflict->local_compared, "Ferry fares rise\n\nFares rise by 12 per cent\n\n"));
}

/* A post someone put in the site's trash is not published over: a clear
 * refusal (not a "changed on the site" conflict); --force takes it out,
 * as a draft when no status is asked for */
static void
test_trashed_on_site (Pub           *p,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePublishResult) result = NULL;
  g_autoptr(BylinePublishResult) refused = NULL;
  g_autoptr(BylinePublishResult) forced = NULL;
  gint64 id = pub_story (p, "Ferry fares rise");
  JsonObject *post;

  result = byline_publisher_publish_sync (p->publisher, id, NULL, "publish", BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_no_error (error);
  post = pub_only_post (p);
  json_object_set_string_member (post, "status", "trash");
  json_object_set_string_member (post, "modified_gmt", "2030-01-01T00:00:00");

  refused = byline_publisher_publish_sync (p->publisher, id, NULL, NULL, BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, BYLINE_PUBLISH_ERROR, BYLINE_PUBLISH_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "trash"));
  g_clear_error (&error);
  g_assert_cmpstr (json_object_get_string_member (pub_only_post (p), "status"), ==, "trash");

  forced = byline_publisher_publish_sync (p->publisher, id, NULL, NULL, BYLINE_PUBLISH_FORCE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (pub_only_post (p), "status"), ==, "draft");
}

/* A featured "image" that is no picture (a text file named .png) is
 * refused before anything reaches the site */
static void
test_not_a_picture (Pub           *p,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePublishResult) result = NULL;
  g_autoptr(BylineArticle) article = NULL;
  g_autofree char *fake = g_build_filename (p->dir, "photo.png", NULL);
  gint64 id = pub_story (p, "Ferry fares rise");

  g_assert_true (g_file_set_contents (fake, "Notes for the photo desk\n", -1, NULL));
  article = byline_store_load_article (p->store, id, NULL, &error);
  byline_article_set_image_path (article, fake);
  g_assert_true (byline_store_save_article (p->store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  result = byline_publisher_publish_sync (p->publisher, id, NULL, "publish", BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_null (result);
  g_assert_error (error, BYLINE_PUBLISH_ERROR, BYLINE_PUBLISH_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "photo.png"));
  g_assert_cmpuint (p->wp->post_creates, ==, 0);
  g_assert_cmpuint (p->wp->uploads, ==, 1);   /* only the real picture in the body */
}

/* A publish that failed (a photo gone) stays in the outbox; the story is
 * deleted and a new one takes its id. Retrying the row must not publish
 * the new story (an embargoed draft, say): the row is closed, nothing sent. */
static void
test_deleted_story_withdrawn (Pub           *p,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePublishResult) result = NULL;
  g_autoptr(BylineArticle) article = NULL;
  g_autoptr(BylineOutboxItem) item = NULL;
  g_autoptr(GPtrArray) failed = NULL;
  g_autoptr(JsonNode) sent = NULL;
  g_autofree char *gone = g_build_filename (p->dir, "gone.png", NULL);
  gint64 id = pub_story (p, "Ferry fares rise");
  gint64 row, again;

  article = byline_store_load_article (p->store, id, NULL, &error);
  byline_article_set_image_path (article, gone);
  g_assert_true (byline_store_save_article (p->store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  result = byline_publisher_publish_sync (p->publisher, id, NULL, "publish", BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_null (result);
  g_assert_nonnull (error);
  g_clear_error (&error);
  failed = byline_store_outbox_list (p->store, "failed", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (failed->len, ==, 1);
  row = ((BylineOutboxItem *) g_ptr_array_index (failed, 0))->id;

  g_assert_true (byline_store_delete_article (p->store, id, NULL, &error));
  again = pub_story (p, "Embargoed: minister to resign");
  g_assert_cmpint (again, ==, id);   /* SQLite gives the freed id to the next story */

  sent = byline_outbox_runner_send_sync (p->runner, row, NULL, &error);
  g_assert_null (sent);
  g_assert_error (error, BYLINE_OUTBOX_ERROR, BYLINE_OUTBOX_ERROR_WITHDRAWN);
  g_assert_cmpuint (p->wp->post_creates, ==, 0);
  item = byline_store_outbox_get (p->store, row, &error);
  g_assert_cmpstr (item->state, ==, "done");
  g_clear_object (&article);
  article = byline_store_load_article (p->store, again, NULL, &error);
  g_assert_null (byline_article_find_link (article, "site"));
  g_assert_cmpint (byline_article_get_status (article), ==, BYLINE_ARTICLE_STATUS_DRAFT);
}

/* A draft's address follows its headline; a live story's stays, also one
 * published before Byline kept the slug (none stored: none is sent) */
static void
test_slug_stays (Pub           *p,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePublishResult) draft = NULL;
  g_autoptr(BylinePublishResult) live = NULL;
  g_autoptr(BylinePublishResult) again = NULL;
  g_autoptr(BylineArticle) article = NULL;
  gint64 id = pub_story (p, "Ferry fares rise");

  draft = byline_publisher_publish_sync (p->publisher, id, NULL, "draft", BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (pub_only_post (p), "slug"), ==, "ferry-fares-rise");
  article = byline_store_load_article (p->store, id, NULL, &error);
  g_assert_cmpstr (byline_article_get_slug (article), ==, "");
  g_assert_false (byline_article_is_public (article));

  byline_article_set_headline (article, "Ferry fares fall");
  g_assert_true (byline_store_save_article (p->store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  live = byline_publisher_publish_sync (p->publisher, id, NULL, "publish", BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (pub_only_post (p), "slug"), ==, "ferry-fares-fall");
  g_clear_object (&article);
  article = byline_store_load_article (p->store, id, NULL, &error);
  g_assert_cmpstr (byline_article_get_slug (article), ==, "ferry-fares-fall");
  g_assert_true (byline_article_is_public (article));

  byline_article_set_slug (article, "");
  byline_article_set_headline (article, "Ferry fares freeze");
  g_assert_true (byline_store_save_article (p->store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  again = byline_publisher_publish_sync (p->publisher, id, NULL, NULL, BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again->url, ==, live->url);
  g_assert_cmpstr (json_object_get_string_member (pub_only_post (p), "slug"), ==, "ferry-fares-fall");
  g_assert_cmpstr (pub_raw (pub_only_post (p), "title"), ==, "Ferry fares freeze");
  g_clear_object (&article);
  article = byline_store_load_article (p->store, id, NULL, &error);
  g_assert_cmpstr (byline_article_get_slug (article), ==, "ferry-fares-fall");
}

static void
test_unpublish_and_trash (Pub           *p,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePublishResult) result = NULL;
  g_autoptr(BylinePublishResult) draft = NULL;
  g_autoptr(BylinePublishResult) trashed = NULL;
  g_autoptr(BylineArticle) article = NULL;
  gint64 id = pub_story (p, "Ferry fares rise");

  result = byline_publisher_publish_sync (p->publisher, id, NULL, "publish", BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_no_error (error);
  draft = byline_publisher_unpublish_sync (p->publisher, id, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (pub_only_post (p), "status"), ==, "draft");
  article = byline_store_load_article (p->store, id, NULL, &error);
  g_assert_cmpint (byline_article_get_status (article), ==, BYLINE_ARTICLE_STATUS_DRAFT);

  trashed = byline_publisher_trash_sync (p->publisher, id, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (pub_only_post (p), "status"), ==, "trash");
  g_clear_object (&article);
  article = byline_store_load_article (p->store, id, NULL, &error);
  g_assert_null (byline_article_find_link (article, "site"));
}

static void
test_pull (Pub           *p,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylinePublishResult) result = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  BylineArticleQuery query = BYLINE_ARTICLE_QUERY_INIT;
  gint64 id = pub_story (p, "Ferry fares rise");
  guint created = 99, updated = 99;
  gint64 pulled;
  g_autoptr(BylineArticle) article = NULL;

  result = byline_publisher_publish_sync (p->publisher, id, NULL, "publish", BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_no_error (error);
  fake_wp_add_post (p->wp, "Written on the site",
                    "<!-- wp:heading --><h2>Sub</h2><!-- /wp:heading --><blockquote><p>Quoted</p></blockquote><p>Text.</p>",
                    "written-on-the-site", "draft");
  /* by the site's user "Editor Tester" (id 2), with no byline of its own */
  json_object_set_int_member (g_ptr_array_index (p->wp->posts, 1), "author", 2);

  g_assert_true (byline_publisher_pull_sync (p->publisher, "site", &created, &updated, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (created, ==, 1);
  g_assert_cmpuint (updated, ==, 0);
  articles = byline_store_list_articles (p->store, &query, NULL, &error);
  g_assert_cmpuint (articles->len, ==, 2);

  pulled = byline_store_find_linked_article (p->store, "site",
                                            json_object_get_int_member (g_ptr_array_index (p->wp->posts, 1), "id"), &error);
  g_assert_cmpint (pulled, >, 0);
  article = byline_store_load_article (p->store, pulled, NULL, &error);
  g_assert_cmpstr (byline_article_get_headline (article), ==, "Written on the site");
  g_assert_cmpstr (byline_article_get_body (article), ==, "## Sub\n\n> Quoted\n\nText.\n");
  g_assert_cmpstrv (byline_article_get_bylines (article), ((const char * const[]) { "Editor Tester", NULL }));

  /* Pulling again duplicates nothing; a change on the site updates. */
  g_assert_true (byline_publisher_pull_sync (p->publisher, "site", &created, &updated, NULL, &error));
  g_assert_cmpuint (created, ==, 0);
  g_assert_cmpuint (updated, ==, 0);
  {
    g_autoptr(JsonObject) edit = json_object_new ();

    json_object_set_string_member (edit, "title", "Rewritten on the site");
    fake_wp_apply (p->wp, g_ptr_array_index (p->wp->posts, 1), edit);
  }
  g_assert_true (byline_publisher_pull_sync (p->publisher, "site", &created, &updated, NULL, &error));
  g_assert_cmpuint (created, ==, 0);
  g_assert_cmpuint (updated, ==, 1);
  g_clear_object (&article);
  article = byline_store_load_article (p->store, pulled, NULL, &error);
  g_assert_cmpstr (byline_article_get_headline (article), ==, "Rewritten on the site");
}

static void
test_backoff (void)
{
  g_autofree char *name = NULL;

  /* 10 s doubling, equal jitter: [delay/2, delay]. */
  g_assert_cmpuint (byline_outbox_backoff_delay (1, 0, 0.0), ==, 5);
  g_assert_cmpuint (byline_outbox_backoff_delay (1, 0, 1.0), ==, 10);
  g_assert_cmpuint (byline_outbox_backoff_delay (2, 0, 0.0), ==, 10);
  g_assert_cmpuint (byline_outbox_backoff_delay (4, 0, 1.0), ==, 80);
  g_assert_cmpuint (byline_outbox_backoff_delay (40, 0, 1.0), ==, BYLINE_OUTBOX_BACKOFF_MAX);
  g_assert_cmpuint (byline_outbox_backoff_delay (40, 0, 0.0), ==, BYLINE_OUTBOX_BACKOFF_MAX / 2);
  /* Retry-After wins. */
  g_assert_cmpuint (byline_outbox_backoff_delay (3, 120, 0.3), ==, 120);
  name = byline_accounts_default_name ("http://127.0.0.1:8080/blog");
  g_assert_cmpstr (name, ==, "127.0.0.1:8080");
  g_assert_null (byline_accounts_default_name ("ftp://example.com"));
  /* One site however its URL is typed */
  for (guint i = 0; i < 4; i++)
    {
      static const char * const urls[] = {
        "http://News.Example.com/blog", "https://news.example.com:443/blog/", "http://news.example.com:80/blog//",
        "HTTPS://news.example.com/blog",
      };
      g_autofree char *key = byline_accounts_site_key (urls[i]);

      g_assert_cmpstr (key, ==, "news.example.com/blog");
    }
  {
    g_autofree char *port = byline_accounts_site_key ("http://127.0.0.1:8080/");

    g_assert_cmpstr (port, ==, "127.0.0.1:8080");
    g_assert_null (byline_accounts_site_key ("ftp://example.com"));
  }
}

/* Posts written on the site, pulled once, then the account removed and
 * added again (under another name, the URL typed differently): the next
 * pull links the same stories again instead of making new drafts, and a
 * story with edits never published keeps them. */
static void
test_pull_after_account_added_again (Pub           *p,
                                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineAccount) again = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(BylineArticle) edited = NULL;
  g_autoptr(BylineArticle) both = NULL;
  g_autoptr(BylinePublishResult) sent = NULL;
  g_autoptr(BylinePublishResult) refused = NULL;
  g_autofree char *url = NULL;
  BylineArticleQuery query = BYLINE_ARTICLE_QUERY_INIT;
  gint64 posts[4], ids[4];
  guint created = 99, updated = 99;
  const BylineArticleLink *link;

  posts[0] = fake_wp_add_post (p->wp, "Untouched", "<p>Same on both sides.</p>", "untouched", "publish");
  posts[1] = fake_wp_add_post (p->wp, "Edited here", "<p>The site's text.</p>", "edited-here", "draft");
  posts[2] = fake_wp_add_post (p->wp, "Edited on both sides", "<p>The site's text.</p>", "edited-both", "draft");
  g_assert_true (byline_publisher_pull_sync (p->publisher, "site", &created, &updated, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (created, ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpint ((ids[i] = byline_store_find_linked_article (p->store, "site", posts[i], &error)), >, 0);

  /* Local edits, never published */
  for (guint i = 1; i < 3; i++)
    {
      g_autoptr(BylineArticle) article = byline_store_load_article (p->store, ids[i], NULL, &error);

      byline_article_set_standfirst (article, "A local edit");
      g_assert_true (byline_store_save_article (p->store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
    }

  /* A story published from Byline (its post carries its UUID), edited
   * since */
  ids[3] = pub_story (p, "Published from Byline");
  sent = byline_publisher_publish_sync (p->publisher, ids[3], "site", "publish", BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_no_error (error);
  posts[3] = sent->remote_id;
  g_clear_pointer (&sent, byline_publish_result_free);
  {
    g_autoptr(BylineArticle) article = byline_store_load_article (p->store, ids[3], NULL, &error);

    byline_article_set_standfirst (article, "A local edit");
    g_assert_true (byline_store_save_article (p->store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  }

  g_assert_true (byline_store_delete_account (p->store, "site", &error));
  g_assert_no_error (error);
  /* While there is no account, the third post changes on the site */
  {
    g_autoptr(JsonObject) edit = json_object_new ();

    json_object_set_string_member (edit, "content", "<p>The site's new text.</p>");
    fake_wp_apply (p->wp, fake_wp_find_post (p->wp, posts[2]), edit);
  }
  url = g_strconcat (p->wp->url, "/", NULL);
  again = byline_account_new ("again", url, "", "editor", "Editor Tester");
  g_assert_true (byline_store_save_account (p->store, again, &error));

  g_assert_true (byline_publisher_pull_sync (p->publisher, "again", &created, &updated, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (created, ==, 0);
  g_assert_cmpuint (updated, ==, 0);
  articles = byline_store_list_articles (p->store, &query, NULL, &error);
  g_assert_cmpuint (articles->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpint (byline_store_find_linked_article (p->store, "again", posts[i], &error), ==, ids[i]);
  {
    g_autoptr(BylineArticle) mine = byline_store_load_article (p->store, ids[3], NULL, &error);

    g_assert_cmpstr (byline_article_get_standfirst (mine), ==, "A local edit");
  }

  /* The local edit is kept, and known to be newer than the post: pulling
   * leaves it alone, publishing sends it */
  edited = byline_store_load_article (p->store, ids[1], NULL, &error);
  g_assert_cmpstr (byline_article_get_standfirst (edited), ==, "A local edit");
  link = byline_article_find_link (edited, "again");
  g_assert_cmpstr (link->remote_modified, ==, json_object_get_string_member (fake_wp_find_post (p->wp, posts[1]), "modified_gmt"));
  g_assert_true (byline_publisher_pull_sync (p->publisher, "again", &created, &updated, NULL, &error));
  g_assert_cmpuint (created, ==, 0);
  g_assert_cmpuint (updated, ==, 0);
  sent = byline_publisher_publish_sync (p->publisher, ids[1], "again", NULL, BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sent->remote_id, ==, posts[1]);
  g_assert_nonnull (strstr (pub_raw (fake_wp_find_post (p->wp, posts[1]), "content"), "A local edit"));

  /* Changed on both sides: the local text is kept and the next publish
   * is a conflict, not an overwrite */
  both = byline_store_load_article (p->store, ids[2], NULL, &error);
  g_assert_cmpstr (byline_article_get_standfirst (both), ==, "A local edit");
  refused = byline_publisher_publish_sync (p->publisher, ids[2], "again", NULL, BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, BYLINE_PUBLISH_ERROR, BYLINE_PUBLISH_ERROR_CONFLICT);
  g_assert_cmpstr (pub_raw (fake_wp_find_post (p->wp, posts[2]), "content"), ==, "<p>The site's new text.</p>");
}

/* A live story corrected after its account was removed and added again
 * (no pull in between, so no link): the post is found again by its UUID
 * and stays live, at its address; a draft found again stays a draft */
static void
test_found_again_keeps_status (Pub           *p,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineAccount) again = NULL;
  g_autoptr(BylinePublishResult) live = NULL;
  g_autoptr(BylinePublishResult) draft = NULL;
  g_autofree char *url = NULL;
  gint64 ids[2] = { pub_story (p, "Ferry fares rise"), pub_story (p, "Bridge closes") };

  live = byline_publisher_publish_sync (p->publisher, ids[0], "site", "publish", BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_no_error (error);
  draft = byline_publisher_publish_sync (p->publisher, ids[1], "site", NULL, BYLINE_PUBLISH_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (draft->status, ==, "draft");

  g_assert_true (byline_store_delete_account (p->store, "site", &error));
  url = g_strconcat (p->wp->url, "/", NULL);
  again = byline_account_new ("again", url, "", "editor", "Editor Tester");
  g_assert_true (byline_store_save_account (p->store, again, &error));

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(BylineArticle) article = byline_store_load_article (p->store, ids[i], NULL, &error);
      g_autoptr(BylinePublishResult) sent = NULL;
      BylinePublishResult *first = i == 0 ? live : draft;

      g_assert_null (byline_article_find_link (article, "again"));
      byline_article_set_standfirst (article, "A correction");
      g_assert_true (byline_store_save_article (p->store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
      sent = byline_publisher_publish_sync (p->publisher, ids[i], "again", NULL, BYLINE_PUBLISH_NONE, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (sent->remote_id, ==, first->remote_id);
      g_assert_cmpstr (sent->status, ==, i == 0 ? "publish" : "draft");
      g_assert_cmpstr (sent->url, ==, first->url);
      g_assert_cmpstr (json_object_get_string_member (fake_wp_find_post (p->wp, first->remote_id), "status"), ==,
                       i == 0 ? "publish" : "draft");
      g_assert_nonnull (strstr (pub_raw (fake_wp_find_post (p->wp, first->remote_id), "content"), "A correction"));
    }
  g_assert_cmpuint (p->wp->posts->len, ==, 2);
  {
    g_autoptr(BylineArticle) article = byline_store_load_article (p->store, ids[0], NULL, &error);

    g_assert_cmpint (byline_article_get_status (article), ==, BYLINE_ARTICLE_STATUS_PUBLISHED);
  }
}

/* At start the runner takes back only the rows whose claim went stale (a
 * process that ended left them "sending"); a row a `byline` command in
 * another process claimed a moment ago stays that process's, and is sent
 * here only once its claim goes stale. */
static void
test_recover_only_stale (Pub           *p,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineOutboxItem) busy = NULL;
  g_autoptr(BylineOutboxItem) left = NULL;
  gint64 id = pub_story (p, "Ferry fares rise");
  gint64 elsewhere, stale;
  gboolean claimed = FALSE;
  guint sent;

  byline_store_set_clock (p->store, pub_clock, p);
  elsewhere = byline_store_outbox_enqueue (p->store, "publish", "site", id, "{\"status\": \"draft\"}", &error);
  g_assert_no_error (error);
  stale = byline_store_outbox_enqueue (p->store, "publish", "site", id, "{\"status\": \"draft\"}", &error);
  g_assert_no_error (error);
  /* Another process claims one now; a process that ended claimed the
   * other one long ago */
  g_assert_true (byline_store_outbox_claim (p->store, elsewhere, p->now, &claimed, &error));
  g_assert_true (claimed);
  g_assert_true (byline_store_outbox_claim (p->store, stale, p->now - BYLINE_OUTBOX_CLAIM_STALE - 1, &claimed, &error));
  g_assert_true (claimed);

  g_assert_true (byline_outbox_runner_recover (p->runner, &error));
  g_assert_no_error (error);
  busy = byline_store_outbox_get (p->store, elsewhere, &error);
  left = byline_store_outbox_get (p->store, stale, &error);
  g_assert_cmpstr (busy->state, ==, "sending");
  g_assert_cmpstr (left->state, ==, "pending");
  g_assert_cmpint (left->next_attempt, ==, p->now);

  /* The stale one is sent; the other is left to its process... */
  sent = byline_outbox_runner_run_due_sync (p->runner, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sent, ==, 1);
  g_assert_cmpuint (p->wp->post_creates, ==, 1);
  g_clear_pointer (&busy, byline_outbox_item_free);
  busy = byline_store_outbox_get (p->store, elsewhere, &error);
  g_assert_cmpstr (busy->state, ==, "sending");

  /* ...until its claim goes stale (that process ended): then this one
   * sends it, and finds the post it made */
  sent = byline_outbox_runner_drain_sync (p->runner, BYLINE_OUTBOX_CLAIM_STALE + 60, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sent, ==, 1);
  g_assert_cmpuint (p->slept, >=, BYLINE_OUTBOX_CLAIM_STALE);
  g_assert_cmpint (byline_store_outbox_count (p->store, "sending", NULL), ==, 0);
  g_assert_cmpint (byline_store_outbox_count (p->store, "done", NULL), ==, 2);
  g_assert_cmpuint (p->wp->post_creates, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/publisher/backoff", test_backoff);
  g_test_add ("/publisher/publish-and-update", Pub, NULL, setup_meta, test_publish_and_update, teardown);
  g_test_add ("/publisher/featured-alt-text", Pub, NULL, setup_plain, test_featured_alt_text, teardown);
  g_test_add ("/publisher/future-tehran", Pub, NULL, setup_meta, test_future_tehran, teardown);
  g_test_add ("/publisher/adopt-after-timeout/meta", Pub, NULL, setup_meta, test_adopt_after_timeout, teardown);
  g_test_add ("/publisher/adopt-after-timeout/marker", Pub, NULL, setup_plain, test_adopt_after_timeout, teardown);
  g_test_add ("/publisher/recover-only-stale", Pub, NULL, setup_meta, test_recover_only_stale, teardown);
  g_test_add ("/publisher/conflict", Pub, NULL, setup_meta, test_conflict, teardown);
  g_test_add ("/publisher/conflict-standfirst", Pub, NULL, setup_meta, test_conflict_standfirst, teardown);
  g_test_add ("/publisher/trashed-on-site", Pub, NULL, setup_plain, test_trashed_on_site, teardown);
  g_test_add ("/publisher/not-a-picture", Pub, NULL, setup_plain, test_not_a_picture, teardown);
  g_test_add ("/publisher/deleted-story-withdrawn", Pub, NULL, setup_plain, test_deleted_story_withdrawn, teardown);
  g_test_add ("/publisher/slug-stays", Pub, NULL, setup_plain, test_slug_stays, teardown);
  g_test_add ("/publisher/unpublish-and-trash", Pub, NULL, setup_plain, test_unpublish_and_trash, teardown);
  g_test_add ("/publisher/pull", Pub, NULL, setup_plain, test_pull, teardown);
  g_test_add ("/publisher/found-again-keeps-status", Pub, NULL, setup_plain, test_found_again_keeps_status, teardown);
  g_test_add ("/publisher/pull-after-account-added-again", Pub, NULL, setup_plain,
              test_pull_after_account_added_again, teardown);

  return g_test_run ();
}

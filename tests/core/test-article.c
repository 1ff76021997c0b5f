/* test-article.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-core.h"

static void
notify_count_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_article_defaults (void)
{
  g_autoptr(BylineArticle) article = byline_article_new ();

  g_assert_cmpint (byline_article_get_id (article), ==, 0);
  g_assert_cmpstr (byline_article_get_headline (article), ==, "");
  g_assert_cmpstr (byline_article_get_language (article), ==, "en");
  g_assert_cmpint (byline_article_get_status (article), ==, BYLINE_ARTICLE_STATUS_DRAFT);
  g_assert_true (g_uuid_string_is_valid (byline_article_get_uuid (article)));
  g_assert_nonnull (byline_article_get_bylines (article));
  g_assert_null (byline_article_get_bylines (article)[0]);
}

static void
test_article_notify_only_on_change (void)
{
  g_autoptr(BylineArticle) article = byline_article_new ();
  const char *bylines[] = { "Lena Okafor", NULL };
  guint count = 0;

  g_signal_connect (article, "notify", G_CALLBACK (notify_count_cb), &count);
  byline_article_set_headline (article, "Ferries");
  byline_article_set_headline (article, "Ferries");
  g_assert_cmpuint (count, ==, 1);
  byline_article_set_bylines (article, bylines);
  byline_article_set_bylines (article, bylines);
  g_assert_cmpuint (count, ==, 2);
  byline_article_set_status (article, BYLINE_ARTICLE_STATUS_READY);
  byline_article_set_status (article, BYLINE_ARTICLE_STATUS_READY);
  g_assert_cmpuint (count, ==, 3);
}

static void
test_article_json_roundtrip (void)
{
  g_autoptr(BylineArticle) article = byline_article_new ();
  g_autoptr(BylineArticle) back = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) node2 = NULL;
  g_autoptr(GTimeZone) tehran = g_time_zone_new_identifier ("Asia/Tehran");
  g_autoptr(GDateTime) date = g_date_time_new (tehran, 2023, 3, 3, 10, 20, 0);
  g_autoptr(BylineArticleLink) link = byline_article_link_new ("news", 42, "http://127.0.0.1/x/", "2023-03-03T06:50:00", "abc");
  g_autoptr(GError) error = NULL;
  g_autofree char *h1 = NULL;
  g_autofree char *h2 = NULL;
  const char *bylines[] = { "مریم احمدی", NULL };
  const char *tags[] = { "transport", "برق", NULL };
  JsonObject *object;

  g_assert_nonnull (tehran);
  byline_article_set_headline (article, "گسترش ناوگان اتوبوس‌های برقی در پایتخت");
  byline_article_set_body (article, "## ایستگاه‌های شارژ\n\n> «هدف ما»");
  byline_article_set_bylines (article, bylines);
  byline_article_set_tags (article, tags);
  byline_article_set_dateline (article, "تهران");
  byline_article_set_language (article, "fa");
  byline_article_set_direction (article, BYLINE_TEXT_DIRECTION_RTL);
  byline_article_set_date (article, date);
  byline_article_set_time_zone (article, "Asia/Tehran");
  byline_article_set_status (article, BYLINE_ARTICLE_STATUS_IN_REVIEW);
  byline_article_set_link (article, link);

  node = byline_article_to_json (article, TRUE);
  object = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (object, "date"), ==, "2023-03-03T10:20:00+03:30");
  g_assert_cmpstr (json_object_get_string_member (object, "time_zone"), ==, "Asia/Tehran");
  g_assert_cmpstr (json_object_get_string_member (object, "direction"), ==, "rtl");
  g_assert_cmpstr (json_object_get_string_member (object, "status"), ==, "in-review");
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (object, "links")), ==, 1);

  back = byline_article_new_from_json (node, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (byline_article_get_headline (back), ==, byline_article_get_headline (article));
  g_assert_cmpstr (byline_article_get_tags (back)[1], ==, "برق");
  g_assert_true (g_date_time_equal (byline_article_get_date (back), date));
  g_assert_cmpint (byline_article_find_link (back, "news")->remote_id, ==, 42);

  h1 = byline_article_content_hash (article);
  h2 = byline_article_content_hash (back);
  g_assert_cmpstr (h1, ==, h2);

  node2 = byline_article_to_json (back, FALSE);
  g_assert_false (json_object_has_member (json_node_get_object (node2), "body"));
}

static void
test_article_json_errors (void)
{
  g_autoptr(JsonNode) array = json_node_new (JSON_NODE_ARRAY);
  g_autoptr(JsonNode) bad = json_from_string ("{\"status\": \"nope\"}", NULL);
  g_autoptr(JsonNode) bad_date = json_from_string ("{\"date\": \"yesterday\"}", NULL);
  g_autoptr(GError) error = NULL;
  BylineArticle *article;

  json_node_take_array (array, json_array_new ());
  article = byline_article_new_from_json (array, &error);
  g_assert_null (article);
  g_assert_error (error, BYLINE_ARTICLE_ERROR, BYLINE_ARTICLE_ERROR_INVALID);
  g_clear_error (&error);

  article = byline_article_new_from_json (bad, &error);
  g_assert_null (article);
  g_assert_error (error, BYLINE_ARTICLE_ERROR, BYLINE_ARTICLE_ERROR_INVALID);
  g_clear_error (&error);

  article = byline_article_new_from_json (bad_date, &error);
  g_assert_null (article);
  g_assert_error (error, BYLINE_ARTICLE_ERROR, BYLINE_ARTICLE_ERROR_INVALID);
}

static void
test_article_hash_changes (void)
{
  g_autoptr(BylineArticle) a = byline_article_new ();
  g_autofree char *h1 = NULL;
  g_autofree char *h2 = NULL;
  g_autofree char *h3 = NULL;
  g_autofree char *h4 = NULL;

  byline_article_set_headline (a, "ab");
  byline_article_set_standfirst (a, "c");
  h1 = byline_article_content_hash (a);
  byline_article_set_headline (a, "a");
  byline_article_set_standfirst (a, "bc");
  h2 = byline_article_content_hash (a);
  g_assert_cmpstr (h1, !=, h2);

  /* Bookkeeping is not content */
  byline_article_set_status (a, BYLINE_ARTICLE_STATUS_PUBLISHED);
  byline_article_set_note (a, "check the figures");
  h3 = byline_article_content_hash (a);
  g_assert_cmpstr (h2, ==, h3);

  byline_article_set_body (a, "x");
  h4 = byline_article_content_hash (a);
  g_assert_cmpstr (h3, !=, h4);
}

static void
test_article_words (void)
{
  g_assert_cmpuint (byline_article_count_words (NULL), ==, 0);
  g_assert_cmpuint (byline_article_count_words (""), ==, 0);
  g_assert_cmpuint (byline_article_count_words ("Harbour city expands electric ferry fleet"), ==, 6);
  g_assert_cmpuint (byline_article_count_words ("don't cross-harbour — 41,000 trips"), ==, 4);
  /* ZWNJ keeps اتوبوس‌های one word */
  g_assert_cmpuint (byline_article_count_words ("گسترش ناوگان اتوبوس‌های برقی"), ==, 4);
  g_assert_cmpuint (byline_article_count_words ("Транспорт: новые паромы."), ==, 3);
  g_assert_cmpuint (byline_article_count_words ("bad \xff\xfe bytes"), ==, 2);
  g_assert_cmpuint (byline_article_count_words ("truncated \xe2"), ==, 1);
  g_assert_cmpuint (byline_article_count_words ("41,000 trips, 2.4 million"), ==, 4);
  /* Chinese and Japanese put no spaces between words: an ideograph or a
   * kana is one (a whole sentence was one word); Korean spaces its words */
  g_assert_cmpuint (byline_article_count_words ("杭州地铁新线开通。"), ==, 8);
  g_assert_cmpuint (byline_article_count_words ("東京で大雪"), ==, 5);
  g_assert_cmpuint (byline_article_count_words ("地铁10号线 opens"), ==, 6);
  g_assert_cmpuint (byline_article_count_words ("지하철 연장 소식"), ==, 3);
  /* and the count stays the sum over stretches between spaces (the
   * editor and the store count only around an edit) */
  g_assert_cmpuint (byline_article_count_words ("杭州地铁 新线开通"), ==,
                    byline_article_count_words ("杭州地铁") + byline_article_count_words ("新线开通"));
}

static void
test_article_direction_for_language (void)
{
  g_assert_cmpint (byline_text_direction_for_language ("fa"), ==, BYLINE_TEXT_DIRECTION_RTL);
  g_assert_cmpint (byline_text_direction_for_language ("ar-EG"), ==, BYLINE_TEXT_DIRECTION_RTL);
  g_assert_cmpint (byline_text_direction_for_language ("he"), ==, BYLINE_TEXT_DIRECTION_RTL);
  g_assert_cmpint (byline_text_direction_for_language ("en-GB"), ==, BYLINE_TEXT_DIRECTION_LTR);
  g_assert_cmpint (byline_text_direction_for_language ("ru"), ==, BYLINE_TEXT_DIRECTION_LTR);
  g_assert_cmpint (byline_text_direction_for_language ("az-Arab"), ==, BYLINE_TEXT_DIRECTION_RTL);
  g_assert_cmpint (byline_text_direction_for_language (""), ==, BYLINE_TEXT_DIRECTION_LTR);
}

static void
test_article_copy (void)
{
  g_autoptr(BylineArticle) a = byline_article_new ();
  g_autoptr(BylineArticle) b = NULL;
  g_autoptr(BylineArticleLink) link = byline_article_link_new ("site", 7, NULL, NULL, NULL);
  g_autofree char *ha = NULL;
  g_autofree char *hb = NULL;

  byline_article_set_id (a, 5);
  byline_article_set_body (a, "Body");
  byline_article_set_link (a, link);
  b = byline_article_copy (a);
  g_assert_cmpint (byline_article_get_id (b), ==, 5);
  g_assert_cmpstr (byline_article_get_uuid (a), ==, byline_article_get_uuid (b));
  g_assert_nonnull (byline_article_find_link (b, "site"));
  ha = byline_article_content_hash (a);
  hb = byline_article_content_hash (b);
  g_assert_cmpstr (ha, ==, hb);

  byline_article_remove_link (b, "site");
  g_assert_null (byline_article_find_link (b, "site"));
  g_assert_nonnull (byline_article_find_link (a, "site"));
}

/* What a site shows under the headline: the excerpt, else the
 * standfirst (an excerpt of spaces is none: it was sent as spaces) */
static void
test_article_summary (void)
{
  g_autoptr(BylineArticle) article = byline_article_new ();

  g_assert_cmpstr (byline_article_get_summary (article), ==, "");
  byline_article_set_standfirst (article, "Fares rise by 12 per cent");
  g_assert_cmpstr (byline_article_get_summary (article), ==, "Fares rise by 12 per cent");
  byline_article_set_excerpt (article, " \n ");
  g_assert_cmpstr (byline_article_get_summary (article), ==, "Fares rise by 12 per cent");
  byline_article_set_excerpt (article, "Ferry fares go up in March");
  g_assert_cmpstr (byline_article_get_summary (article), ==, "Ferry fares go up in March");
  byline_article_set_standfirst (article, "");
  byline_article_set_excerpt (article, "\u2003");
  g_assert_cmpstr (byline_article_get_summary (article), ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/article/defaults", test_article_defaults);
  g_test_add_func ("/article/notify-only-on-change", test_article_notify_only_on_change);
  g_test_add_func ("/article/json-roundtrip", test_article_json_roundtrip);
  g_test_add_func ("/article/json-errors", test_article_json_errors);
  g_test_add_func ("/article/hash-changes", test_article_hash_changes);
  g_test_add_func ("/article/words", test_article_words);
  g_test_add_func ("/article/direction-for-language", test_article_direction_for_language);
  g_test_add_func ("/article/copy", test_article_copy);
  g_test_add_func ("/article/summary", test_article_summary);

  return g_test_run ();
}

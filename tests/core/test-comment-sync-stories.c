/* test-comment-sync-stories.c: the story a comment is under, for the spam
 * filter: the article Byline published there, or the post's text as the
 * site shows it, fetched by the sync (against an in-process SoupServer)
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "comment-sync-fixture.h"

static const char sentence[] = "The new vessels, built by a regional shipyard, carry 180 passengers each and "
                               "recharge in eleven minutes at the terminal berths.";

static BylineCachedComment *
cached (Fixture *f,
        gint64   remote_id)
{
  g_autoptr(GError) error = NULL;
  gint64 id = byline_store_find_comment (f->store, "site", remote_id, &error);
  BylineCachedComment *comment;

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  comment = byline_store_get_comment (f->store, id, &error);
  g_assert_no_error (error);
  return comment;
}

static gboolean
says_copied (const BylineCachedComment *comment)
{
  for (guint k = 0; comment->spam_reasons != NULL && comment->spam_reasons[k] != NULL; k++)
    if (strstr (comment->spam_reasons[k], "of the story word for word") != NULL)
      return TRUE;
  return FALSE;
}

static FakeComment *
add_with_site (Fixture    *f,
               gint64      post,
               const char *status,
               const char *text,
               const char *date)
{
  FakeComment *c = fake_site_add (f->site, post, status, "Ferry Guide", text, date);

  g_free (c->author_url);
  c->author_url = g_strdup ("https://ferry-guide-tickets.example/cheap");
  return c;
}

/* A comment that copies a sentence of the story it is under, with a shop
 * for a website, is flagged when that story is the one Byline published
 * there; the same words under another post (whose text the site gives,
 * not holding them) are not, and an edit rescores with the story too. */
static void
test_story_echo (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(BylineArticle) article = byline_article_new ();
  g_autoptr(BylineArticleLink) link = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = g_strconcat ("Six battery-electric ferries will join the fleet next year.\n\n", sentence,
                                       " Officials said the change will cut diesel use.\n", NULL);
  g_autofree char *copied = g_strconcat (sentence, " Interesting!", NULL);
  FakeComment *under = fake_site_add (f->site, 7, "hold", "Ferry Guide", copied, "2026-01-02T10:00:00");
  FakeComment *elsewhere = fake_site_add (f->site, 8, "hold", "Ferry Guide", copied, "2026-01-02T10:05:00");

  g_free (under->author_url);
  under->author_url = g_strdup ("https://ferry-guide-tickets.example/cheap");
  g_free (elsewhere->author_url);
  elsewhere->author_url = g_strdup ("https://ferry-guide-tickets.example/cheap");
  byline_article_set_headline (article, "Harbour to get six electric ferries");
  byline_article_set_body (article, body);
  g_assert_true (byline_store_save_article (f->store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  g_assert_no_error (error);
  link = byline_article_link_new ("site", 7, NULL, NULL, NULL);
  g_assert_true (byline_store_set_link (f->store, byline_article_get_id (article), link, &error));
  g_assert_no_error (error);

  g_assert_true (run_sync (f, NULL, &error));
  g_assert_no_error (error);

  /* (as the sync scored them, then as a rescore does) */
  for (guint round = 0; round < 4; round++)
    {
      gboolean copied_here = round % 2 == 0;
      gint64 id = byline_store_find_comment (f->store, "site", copied_here ? under->id : elsewhere->id, &error);
      g_autoptr(BylineCachedComment) comment = NULL;
      gboolean said = FALSE;

      g_assert_cmpint (id, >, 0);
      if (round >= 2)
        g_assert_true (byline_comment_rescore (f->store, NULL, id, &error));
      g_assert_no_error (error);
      comment = byline_store_get_comment (f->store, id, &error);
      g_assert_no_error (error);
      for (guint k = 0; comment->spam_reasons != NULL && comment->spam_reasons[k] != NULL; k++)
        said |= strstr (comment->spam_reasons[k], "of the story word for word") != NULL;
      g_assert_cmpint (said, ==, copied_here);
      if (copied_here)
        g_assert_cmpfloat (comment->spam_score, >=, 0.5);
    }
}

/* A post Byline did not publish (a colleague's): the sync fetches its
 * text once, keeps it as plain text, and scores the held or approved
 * comments that copy it with it: again, if they were written before it
 * came (@data: the text answered after the pages), or at once; a later
 * sync scores a new one with it at once, without asking again. A reader
 * who quotes the sentence and says more is not touched, nor a comment
 * the site already put in spam. */
static void
test_site_story (Fixture       *f,
                 gconstpointer  data)
{
  gboolean text_late = GPOINTER_TO_UINT (data);
  guint asked;
  g_autofree char *html = g_strconcat ("<!-- wp:paragraph --><p>Six battery-electric ferries will join the fleet "
                                       "next year.</p><!-- /wp:paragraph --><p>", sentence,
                                       " <em>Officials</em> said the change will cut diesel use.</p>", NULL);
  g_autofree char *copied = g_strconcat (sentence, " Interesting!", NULL);
  g_autofree char *quoted = g_strconcat ("\"", sentence, "\" Eleven minutes is only true at the main berth: the "
                                         "island pier has no charger yet, and the council has not said when it will "
                                         "get one or who pays for the cable across the channel.", NULL);
  g_autofree char *copied_later = g_strconcat ("Wow. ", sentence, NULL);
  BylineCommentSyncStats stats = { 0, }, again = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineCachedComment) echo = NULL;
  g_autoptr(BylineCachedComment) reader = NULL;
  g_autoptr(BylineCachedComment) judged = NULL;
  g_autoptr(BylineCachedComment) later = NULL;
  g_autoptr(BylineCachedComment) other = NULL;
  g_autofree char *text = NULL;
  FakeComment *c_echo, *c_reader, *c_judged, *c_other, *c_later;

  fake_site_set_post_body (f->site, 12, html);
  c_echo = add_with_site (f, 12, "hold", copied, "2026-01-02T10:00:00");
  c_reader = add_with_site (f, 12, "approved", quoted, "2026-01-02T10:01:00");
  c_judged = add_with_site (f, 12, "spam", copied, "2026-01-02T10:02:00");
  c_other = add_with_site (f, 13, "hold", copied, "2026-01-02T10:03:00");
  if (text_late)
    f->site->story_delay_ms = 300;
  else
    f->site->delay_ms = 300;   /* the pages late: the text comes first */

  g_assert_true (run_sync (f, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.stories, ==, 2);
  /* (the echo written before its story came is scored again; after, at
   * once; the pages' first answer may bring it before or after) */
  if (text_late)
    g_assert_cmpuint (stats.rescored, ==, 1);
  else
    g_assert_cmpuint (stats.rescored, <=, 1);
  /* (one request for both posts, or one each when the first page to
   * answer named one of them) */
  asked = f->site->story_requests;
  g_assert_cmpuint (asked, >=, 1);
  g_assert_cmpuint (asked, <=, 2);

  text = byline_store_get_post_text (f->store, "site", 12, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "regional shipyard"));
  g_assert_nonnull (strstr (text, "Officials said"));
  g_assert_null (strchr (text, '<'));

  echo = cached (f, c_echo->id);
  g_assert_true (says_copied (echo));
  g_assert_cmpfloat (echo->spam_score, >=, 0.5);
  reader = cached (f, c_reader->id);
  g_assert_false (says_copied (reader));
  judged = cached (f, c_judged->id);
  g_assert_false (says_copied (judged));   /* (judged: its story is not looked at) */
  other = cached (f, c_other->id);
  g_assert_false (says_copied (other));    /* post 13's text holds no such sentence */

  c_later = add_with_site (f, 12, "hold", copied_later, "2026-01-03T09:00:00");
  g_assert_true (run_sync (f, &again, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (again.added, ==, 1);
  g_assert_cmpuint (again.stories, ==, 0);
  g_assert_cmpuint (again.rescored, ==, 0);
  g_assert_cmpuint (f->site->story_requests, ==, asked);   /* not asked again */
  later = cached (f, c_later->id);
  g_assert_true (says_copied (later));
  g_assert_cmpfloat (later->spam_score, >=, 0.5);
}

/* The text of a post Byline published is not fetched: the linked
 * article is its story; nor that of a post with only judged comments */
static void
test_site_story_not_needed (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(BylineArticle) article = byline_article_new ();
  g_autoptr(BylineArticleLink) link = NULL;
  BylineCommentSyncStats stats = { 0, };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  byline_article_set_headline (article, "Harbour to get six electric ferries");
  byline_article_set_body (article, sentence);
  g_assert_true (byline_store_save_article (f->store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  link = byline_article_link_new ("site", 7, NULL, NULL, NULL);
  g_assert_true (byline_store_set_link (f->store, byline_article_get_id (article), link, &error));
  g_assert_no_error (error);
  fake_site_add (f->site, 7, "hold", "Reader", "When do they start?", "2026-01-02T10:00:00");
  fake_site_add (f->site, 9, "spam", "Casino", "Best casino bonus", "2026-01-02T10:01:00");
  fake_site_add (f->site, 9, "trash", "Reader", "Oops, posted twice", "2026-01-02T10:02:00");

  g_assert_true (run_sync (f, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.stories, ==, 0);
  g_assert_cmpuint (f->site->story_requests, ==, 0);
  text = byline_store_get_post_text (f->store, "site", 7, &error);
  g_assert_no_error (error);
  g_assert_null (text);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_setenv ("BYLINE_PASSWORD", "abcd EFGH 1234 ijkl MNOP 5678", TRUE);

  g_test_add ("/comment-sync/story-echo", Fixture, NULL, setup, test_story_echo, teardown);
  g_test_add ("/comment-sync/site-story", Fixture, GUINT_TO_POINTER (TRUE), setup, test_site_story, teardown);
  g_test_add ("/comment-sync/site-story-first", Fixture, GUINT_TO_POINTER (FALSE), setup, test_site_story, teardown);
  g_test_add ("/comment-sync/site-story-not-needed", Fixture, NULL, setup, test_site_story_not_needed, teardown);

  return g_test_run ();
}

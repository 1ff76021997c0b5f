/* publisher-test-util.h: a store with one account, a publisher whose
 * outbox runner talks to a FakeWp, and a fake clock
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib/gstdio.h>

#include "byline-test-tmp.h"

#include "fake-wordpress.h"

typedef struct
{
  char            *dir;
  char            *db;
  char            *image;
  BylineStore     *store;
  BylineOutboxRunner *runner;
  BylinePublisher *publisher;
  FakeWp          *wp;
  gint64           now;
  guint            slept;
} Pub;

static inline gint64
pub_clock (gpointer user_data)
{
  return ((Pub *) user_data)->now;
}

static inline void
pub_sleep (guint    seconds,
           gpointer user_data)
{
  Pub *p = user_data;

  p->now += seconds;
  p->slept += seconds;
}

/* A tiny valid PNG (1×1, red). */
static const guint8 pub_png[] = {
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x90, 0x77, 0x53,
  0xde, 0x00, 0x00, 0x00, 0x0c, 0x49, 0x44, 0x41, 0x54, 0x08, 0xd7, 0x63, 0xf8, 0xcf, 0xc0, 0x00,
  0x00, 0x03, 0x01, 0x01, 0x00, 0x18, 0xdd, 0x8d, 0xb0, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e,
  0x44, 0xae, 0x42, 0x60, 0x82,
};

static inline void
pub_open (Pub *p)
{
  g_autoptr(GError) error = NULL;

  p->store = byline_store_new (p->db, NULL, &error);
  g_assert_no_error (error);
  p->runner = byline_outbox_runner_new (p->store);
  byline_outbox_runner_set_clock (p->runner, pub_clock, p);
  byline_outbox_runner_set_sleep (p->runner, pub_sleep, p);
  byline_outbox_runner_set_jitter (p->runner, FALSE);
  byline_outbox_runner_set_cms_func (p->runner, fake_wp_cms_func, p->wp, NULL);
  p->publisher = byline_publisher_new (p->store, p->runner);
}

static inline void
pub_close (Pub *p)
{
  g_clear_object (&p->publisher);
  g_clear_object (&p->runner);
  g_clear_object (&p->store);
}

static inline void
pub_setup (Pub      *p,
           gboolean  has_meta)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineAccount) account = NULL;

  p->dir = g_dir_make_tmp ("byline-pub-XXXXXX", &error);
  g_assert_no_error (error);
  p->db = g_build_filename (p->dir, "byline.db", NULL);
  p->image = g_build_filename (p->dir, "harbour.png", NULL);
  g_file_set_contents (p->image, (const char *) pub_png, sizeof pub_png, &error);
  g_assert_no_error (error);
  p->now = 1800000000;   /* 2027-01-15 */
  p->wp = fake_wp_new (has_meta);
  pub_open (p);
  account = byline_account_new ("site", p->wp->url, "", "editor", "Editor Tester");
  g_assert_true (byline_store_save_account (p->store, account, &error));
  g_assert_no_error (error);
}

static inline void
pub_teardown (Pub *p)
{
  pub_close (p);
  fake_wp_free (p->wp);
  /* (with the pictures and files a test wrote beside them) */
  rm_rf (p->dir);
  g_free (p->image);
  g_free (p->db);
  g_free (p->dir);
}

/* A story with a section, two tags, a featured image (alt + caption) and
 * the same image inline. */
static inline gint64
pub_story (Pub        *p,
           const char *headline)
{
  g_autoptr(BylineArticle) article = byline_article_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *body = g_strdup_printf ("## The crossing\n\nFares rise on Monday.\n\n"
                                           "> We had no choice\n\n![A ferry](%s \"The old ferry\")\n", p->image);
  const char *tags[] = { "Ferries", "Harbour", NULL };
  const char *bylines[] = { "Lena Okafor", NULL };

  byline_article_set_headline (article, headline);
  byline_article_set_body (article, body);
  byline_article_set_section (article, "City");
  byline_article_set_tags (article, tags);
  byline_article_set_bylines (article, bylines);
  byline_article_set_excerpt (article, "Fares rise");
  byline_article_set_image_path (article, p->image);
  byline_article_set_image_alt (article, "The ferry at dawn");
  byline_article_set_image_caption (article, "Photo: harbour office");
  g_assert_true (byline_store_save_article (p->store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  g_assert_no_error (error);
  return byline_article_get_id (article);
}

static inline JsonObject *
pub_only_post (Pub *p)
{
  g_assert_cmpuint (p->wp->posts->len, ==, 1);
  return g_ptr_array_index (p->wp->posts, 0);
}

static inline const char *
pub_raw (JsonObject *post,
         const char *field)
{
  return json_object_get_string_member (json_object_get_object_member (post, field), "raw");
}

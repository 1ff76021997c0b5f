/* test-comment-queue.c: the comment list model (items-changed, paging by
 * offset and by keyset), the store's comment cache queries (Likely spam in
 * score order), moderation with undo (single and bulk), and the spam
 * filter learning from it
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-store-private.h"
#include "test-store-common.h"

typedef struct
{
  char        *dir;
  BylineStore *store;
  gint64       ids[50];
} Fixture;

typedef struct
{
  guint position;
  guint removed;
  guint added;
  guint count;
} Changed;

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(BylineAccount) account = byline_account_new ("site", "http://127.0.0.1:9/", "", "editor", "Editor");
  g_autoptr(GError) error = NULL;

  f->dir = test_store_tmpdir ();
  f->store = test_store_open (f->dir);
  g_assert_true (byline_store_save_account (f->store, account, &error));

  /* 50 held comments, newest has the highest remote id; every fifth spammy. */
  for (guint i = 0; i < G_N_ELEMENTS (f->ids); i++)
    {
      g_autoptr(BylineCachedComment) c = byline_cached_comment_new ();

      c->account = g_strdup ("site");
      c->remote_id = i + 1;
      c->post_remote_id = 1 + i % 2;
      c->post_headline = g_strdup (i % 2 ? "Ferries" : "Budget");
      c->author_name = g_strdup_printf ("Reader %u", i % 4);
      c->author_email = g_strdup_printf ("reader%u@example.org", i % 4);
      c->author_ip = g_strdup ("203.0.113.9");
      c->author_user_agent = g_strdup ("Reader UA");
      c->date_gmt = g_strdup_printf ("2026-01-01T10:%02u:00Z", i);
      c->status = g_strdup ("hold");
      c->content = g_strdup (i % 5 == 0 ? "Cheap casino pills, click here https://spam.example"
                                        : "I took the ferry this morning and it was on time.");
      c->spam_score = i % 5 == 0 ? 0.9 : 0.1;
      f->ids[i] = byline_store_upsert_comment (f->store, c, &error);
      g_assert_no_error (error);
    }
}

/* Chinese, Japanese and Thai are written without spaces between words:
 * the full-text index has "我很喜欢这篇评论" as one token, and "评论"
 * found nothing. Such words are found as substrings, of the text and the
 * author's name, in every kind of query the queue makes. */
static void
test_search_unspaced (Fixture       *f,
                      gconstpointer  data)
{
  static const struct { const char *author; const char *text; } comments[] = {
    { "王芳", "我很喜欢这篇关于渡轮的评论，谢谢。" },
    { "さくら", "フェリーの記事、とても面白かったです" },
    { "Somchai", "ข่าวเรือข้ามฟากดีมาก" },
    { "Percent", "100%_off 评论 deals" },
  };
  BylineCommentQuery query = BYLINE_COMMENT_QUERY_INIT;
  gint64 ids[G_N_ELEMENTS (comments)];
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (comments); i++)
    {
      g_autoptr(BylineCachedComment) c = byline_cached_comment_new ();

      c->account = g_strdup ("site");
      c->remote_id = 100 + i;
      c->author_name = g_strdup (comments[i].author);
      c->date_gmt = g_strdup_printf ("2026-02-01T10:%02u:00Z", i);
      c->status = g_strdup ("hold");
      c->content = g_strdup (comments[i].text);
      ids[i] = byline_store_upsert_comment (f->store, c, &error);
      g_assert_no_error (error);
    }

  query.status = "hold";
  query.search = "评论";
  g_assert_cmpint (byline_store_count_comments (f->store, &query, &error), ==, 2);
  query.search = "渡轮 评论";   /* both words */
  g_assert_cmpint (byline_store_count_comments (f->store, &query, &error), ==, 1);
  query.search = "评论 deals";  /* with a word the index finds */
  g_assert_cmpint (byline_store_count_comments (f->store, &query, &error), ==, 1);
  query.search = "评论 ferry";
  g_assert_cmpint (byline_store_count_comments (f->store, &query, &error), ==, 0);
  query.search = "記事";
  {
    g_autoptr(GPtrArray) rows = byline_store_query_comments (f->store, &query, &error);
    g_autoptr(GArray) found = byline_store_comment_ids (f->store, &query, &error);
    gint64 position = -1;

    g_assert_cmpuint (rows->len, ==, 1);
    g_assert_cmpint (((BylineCachedComment *) rows->pdata[0])->id, ==, ids[1]);
    g_assert_cmpuint (found->len, ==, 1);
    g_assert_true (byline_store_comment_position (f->store, &query, ids[1], &position, &error));
    g_assert_cmpint (position, ==, 0);
    g_assert_true (byline_store_comment_position (f->store, &query, ids[0], &position, &error));
    g_assert_cmpint (position, ==, -1);
  }
  query.search = "เรือ";
  g_assert_cmpint (byline_store_count_comments (f->store, &query, &error), ==, 1);
  query.search = "王芳";          /* the author's name */
  g_assert_cmpint (byline_store_count_comments (f->store, &query, &error), ==, 1);
  /* "%" separates words, as in every search (no LIKE wildcard): 评 and 论. */
  query.search = "评%论";
  g_assert_cmpint (byline_store_count_comments (f->store, &query, &error), ==, 2);
  query.search = "渡轮%谢谢";
  g_assert_cmpint (byline_store_count_comments (f->store, &query, &error), ==, 1);
  query.search = "Percent";       /* other scripts still go through the index */
  g_assert_cmpint (byline_store_count_comments (f->store, &query, &error), ==, 1);
  g_assert_no_error (error);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_clear_object (&f->store);
  test_store_rmdir (f->dir);
  g_free (f->dir);
}

static void
changed_cb (GListModel *model,
            guint       position,
            guint       removed,
            guint       added,
            Changed    *changed)
{
  changed->position = position;
  changed->removed = removed;
  changed->added = added;
  changed->count++;
}

static const char *
status_of (Fixture *f,
           gint64   id)
{
  static char status[16];
  g_autoptr(BylineCachedComment) c = byline_store_get_comment (f->store, id, NULL);

  g_strlcpy (status, c->status, sizeof status);
  return status;
}

static void
test_queries (Fixture       *f,
              gconstpointer  data)
{
  BylineCommentQuery query = BYLINE_COMMENT_QUERY_INIT;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;

  query.status = "hold";
  g_assert_cmpint (byline_store_count_comments (f->store, &query, &error), ==, 50);
  query.likely_spam = TRUE;
  g_assert_cmpint (byline_store_count_comments (f->store, &query, &error), ==, 10);
  query.likely_spam = FALSE;
  query.post = 2;
  g_assert_cmpint (byline_store_count_comments (f->store, &query, &error), ==, 25);
  query.post = 0;
  query.author = "reader1@example.org";
  g_assert_cmpint (byline_store_count_comments (f->store, &query, &error), ==, 13);
  /* An address is the same address in capitals … */
  query.author = "READER1@Example.ORG";
  g_assert_cmpint (byline_store_count_comments (f->store, &query, &error), ==, 13);
  /* … and finding it still walks the author index (the filter's text,
   * from byline-store-comment-cache.c). */
  {
    sqlite3_stmt *stmt = NULL;
    g_autoptr(GString) plan = g_string_new (NULL);
    BYLINE_STORE_LOCK (f->store);

    g_assert_cmpint (sqlite3_prepare_v2 (f->store->db,
                                         "EXPLAIN QUERY PLAN SELECT count(*) FROM comments c WHERE "
                                         "(c.author_email = ?5 COLLATE NOCASE OR "
                                         "(c.author_email = '' COLLATE NOCASE AND c.author_name = ?5))",
                                         -1, &stmt, NULL), ==, SQLITE_OK);
    while (sqlite3_step (stmt) == SQLITE_ROW)
      g_string_append_printf (plan, "%s\n", sqlite3_column_text (stmt, 3));
    sqlite3_finalize (stmt);
    g_assert_nonnull (strstr (plan->str, "comments_by_author"));
    g_assert_null (strstr (plan->str, "SCAN c\n"));
  }
  query.author = NULL;
  query.search = "casino";
  g_assert_cmpint (byline_store_count_comments (f->store, &query, &error), ==, 10);
  query.search = "\"unbalanced OR (";
  g_assert_cmpint (byline_store_count_comments (f->store, &query, &error), >=, 0);
  g_assert_no_error (error);
  query.search = NULL;
  query.limit = 5;
  query.offset = 2;
  rows = byline_store_query_comments (f->store, &query, &error);
  g_assert_cmpuint (rows->len, ==, 5);
  /* Newest first. */
  g_assert_cmpint (((BylineCachedComment *) rows->pdata[0])->remote_id, ==, 48);
}

static void
test_model_items_changed (Fixture       *f,
                          gconstpointer  data)
{
  BylineCommentQuery query = BYLINE_COMMENT_QUERY_INIT;
  g_autoptr(BylineCommentList) list = NULL;
  g_autoptr(BylineCommentModerator) moderator = byline_comment_moderator_new (f->store);
  g_autoptr(BylineComment) first = NULL;
  g_autoptr(BylineComment) third = NULL;
  g_autoptr(GArray) undo_ids = NULL;
  g_autoptr(GError) error = NULL;
  Changed changed = { 0, };
  gint64 id;

  query.status = "hold";
  list = byline_comment_list_new (f->store, &query);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 50);
  g_assert_cmpuint (byline_comment_list_get_n_cached_pages (list), ==, 0);
  g_signal_connect (list, "items-changed", G_CALLBACK (changed_cb), &changed);

  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpint (byline_comment_get_data (first)->remote_id, ==, 50);
  third = g_list_model_get_item (G_LIST_MODEL (list), 2);
  id = byline_comment_get_id (third);
  g_assert_cmpstr (byline_comment_get_excerpt (third), ==, "I took the ferry this morning and it was on time.");

  /* Approving the third takes it out of Pending: exactly one row goes. */
  byline_comment_list_begin_change (list, &id, 1);
  g_assert_true (byline_comment_moderator_moderate (moderator, &id, 1, "approved", &error));
  byline_comment_list_end_change (list);
  g_assert_cmpuint (changed.count, ==, 1);
  g_assert_cmpuint (changed.position, ==, 2);
  g_assert_cmpuint (changed.removed, ==, 1);
  g_assert_cmpuint (changed.added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 49);

  /* Undo brings it back in the same place. */
  undo_ids = byline_comment_moderator_peek_undo (moderator);
  byline_comment_list_begin_change (list, (gint64 *) undo_ids->data, undo_ids->len);
  g_assert_true (byline_comment_moderator_undo (moderator, &error));
  byline_comment_list_end_change (list);
  g_assert_cmpuint (changed.count, ==, 2);
  g_assert_cmpuint (changed.position, ==, 2);
  g_assert_cmpuint (changed.removed, ==, 0);
  g_assert_cmpuint (changed.added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 50);

  /* A new query: one change for everything. */
  query.likely_spam = TRUE;
  byline_comment_list_set_query (list, &query);
  g_assert_cmpuint (changed.count, ==, 3);
  g_assert_cmpuint (changed.removed, ==, 50);
  g_assert_cmpuint (changed.added, ==, 10);
  g_assert_cmpint (byline_comment_list_find (list, f->ids[45]), ==, 0);
}

static BylineCachedComment *
new_comment (gint64      remote_id,
             char       *date,
             const char *status,
             double      score)
{
  BylineCachedComment *c = byline_cached_comment_new ();

  c->account = g_strdup ("site");
  c->remote_id = remote_id;
  c->date_gmt = date;
  c->status = g_strdup (status);
  c->content = g_strdup ("ok");
  c->spam_score = score;
  return c;
}

static void
test_model_virtual (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineCommentList) list = NULL;
  g_autoptr(GPtrArray) many = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_cached_comment_free);

  for (guint i = 0; i < 2000; i++)
    g_ptr_array_add (many, new_comment (1000 + i, g_strdup_printf ("2025-06-01T00:00:%04u", i), "approved", -1));
  g_assert_true (byline_store_upsert_comments (f->store, many, &error));
  g_assert_no_error (error);

  list = byline_comment_list_new (f->store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2050);
  for (guint i = 0; i < 2050; i += 7)
    {
      g_autoptr(BylineComment) c = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_assert_nonnull (c);
    }
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 2050));
  /* Only a few pages stay loaded, however far one scrolls. */
  g_assert_cmpuint (byline_comment_list_get_n_cached_pages (list), <=, 8);
}

static gint64
add_comment (Fixture    *f,
             gint64      remote_id,
             const char *date,
             const char *status,
             double      score)
{
  g_autoptr(BylineCachedComment) c = new_comment (remote_id, g_strdup (date), status, score);
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = byline_store_upsert_comment (f->store, c, &error);
  g_assert_no_error (error);
  return id;
}

/* Whether @a comes before @b in Likely spam's order. */
static gboolean
spam_order (const BylineCachedComment *a,
            const BylineCachedComment *b)
{
  int dates = g_strcmp0 (a->date_gmt, b->date_gmt);

  return a->spam_score > b->spam_score ||
         (a->spam_score == b->spam_score && (dates > 0 || (dates == 0 && a->id > b->id)));
}

static void
test_likely_spam_order (Fixture       *f,
                        gconstpointer  data)
{
  BylineCommentQuery query = BYLINE_COMMENT_QUERY_INIT;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) rest = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(BylineCommentList) list = NULL;
  g_autoptr(BylineCommentModerator) moderator = byline_comment_moderator_new (f->store);
  g_autoptr(GError) error = NULL;
  Changed changed = { 0, };
  gint64 top, old, edge, tie;

  /* Scores that disagree with the dates; a tie with the setup's 0.9s. */
  top = add_comment (f, 101, "2025-01-01T00:00:00Z", "hold", 0.99);
  old = add_comment (f, 102, "2024-01-01T00:00:00Z", "approved", 0.7);
  edge = add_comment (f, 103, "2026-06-01T00:00:00Z", "hold", 0.5);
  tie = add_comment (f, 104, "2026-01-01T10:45:00Z", "hold", 0.9);
  add_comment (f, 105, "2026-06-02T00:00:00Z", "hold", 0.49);
  add_comment (f, 106, "2026-06-03T00:00:00Z", "spam", 0.999);
  add_comment (f, 107, "2026-06-04T00:00:00Z", "trash", 0.8);

  query.likely_spam = TRUE;
  g_assert_cmpint (byline_store_count_comments (f->store, &query, &error), ==, 14);
  rows = byline_store_query_comments (f->store, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 14);
  for (guint i = 1; i < rows->len; i++)
    g_assert_true (spam_order (rows->pdata[i - 1], rows->pdata[i]));
  g_assert_cmpint (((BylineCachedComment *) rows->pdata[0])->id, ==, top);
  /* 0.9 at 10:45 (the setup's i = 45) twice: the higher id first. */
  g_assert_cmpint (((BylineCachedComment *) rows->pdata[1])->id, ==, tie);
  g_assert_cmpint (((BylineCachedComment *) rows->pdata[2])->id, ==, f->ids[45]);
  g_assert_cmpint (((BylineCachedComment *) rows->pdata[12])->id, ==, old);
  g_assert_cmpint (((BylineCachedComment *) rows->pdata[13])->id, ==, edge);
  /* With the other filters too (the index is named in the SQL). */
  query.search = "casino";
  query.account = "site";
  g_assert_cmpint (byline_store_count_comments (f->store, &query, &error), ==, 10);
  g_assert_no_error (error);
  query.search = NULL;
  query.account = NULL;

  /* Bulk actions act in the same order; positions agree; a keyset seek
   * from any row gives the rest. */
  ids = byline_store_comment_ids (f->store, &query, &error);
  g_assert_cmpuint (ids->len, ==, rows->len);
  for (guint i = 0; i < rows->len; i++)
    {
      gint64 position;

      g_assert_cmpint (g_array_index (ids, gint64, i), ==, ((BylineCachedComment *) rows->pdata[i])->id);
      g_assert_true (byline_store_comment_position (f->store, &query, g_array_index (ids, gint64, i), &position, &error));
      g_assert_cmpint (position, ==, i);
      query.limit = 3;
      rest = byline_store_query_comments_after (f->store, &query, rows->pdata[i], &error);
      query.limit = 0;
      g_assert_cmpuint (rest->len, ==, MIN (3, rows->len - i - 1));
      for (guint j = 0; j < rest->len; j++)
        g_assert_cmpint (((BylineCachedComment *) rest->pdata[j])->id, ==, ((BylineCachedComment *) rows->pdata[i + 1 + j])->id);
      g_clear_pointer (&rest, g_ptr_array_unref);
    }

  /* The model lists the same; sending the top one to spam removes row 0,
   * approving a held one keeps it where it is. */
  list = byline_comment_list_new (f->store, &query);
  g_signal_connect (list, "items-changed", G_CALLBACK (changed_cb), &changed);
  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(BylineComment) c = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_assert_cmpint (byline_comment_get_id (c), ==, ((BylineCachedComment *) rows->pdata[i])->id);
    }
  byline_comment_list_begin_change (list, &top, 1);
  g_assert_true (byline_comment_moderator_moderate (moderator, &top, 1, "spam", &error));
  byline_comment_list_end_change (list);
  g_assert_cmpuint (changed.count, ==, 1);
  g_assert_cmpuint (changed.position, ==, 0);
  g_assert_cmpuint (changed.removed, ==, 1);
  g_assert_cmpuint (changed.added, ==, 0);
  byline_comment_list_begin_change (list, &edge, 1);
  g_assert_true (byline_comment_moderator_moderate (moderator, &edge, 1, "approved", &error));
  byline_comment_list_end_change (list);
  g_assert_cmpint (byline_comment_list_find (list, edge), ==, 12);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 13);
}

/* Pages after a loaded page are sought from its last row (keyset); pages
 * far away by offset; both give the order of the whole list, ties of date
 * and of score included. */
static void
test_model_keyset_paging (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) many = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_cached_comment_free);

  /* Ten comments a second, and seven scores. */
  for (guint i = 0; i < 1234; i++)
    g_ptr_array_add (many, new_comment (1000 + i, g_strdup_printf ("2025-06-01T00:%02u:%02uZ", i / 10 / 60, i / 10 % 60),
                                        i % 3 ? "hold" : "approved", 0.5 + (i % 7) / 14.0));
  g_assert_true (byline_store_upsert_comments (f->store, many, &error));
  g_assert_no_error (error);

  for (guint likely = 0; likely <= 1; likely++)
    {
      BylineCommentQuery query = BYLINE_COMMENT_QUERY_INIT;
      g_autoptr(GArray) ids = NULL;
      g_autoptr(BylineCommentList) list = NULL;
      guint n;

      query.likely_spam = likely;
      ids = byline_store_comment_ids (f->store, &query, &error);
      list = byline_comment_list_new (f->store, &query);
      n = g_list_model_get_n_items (G_LIST_MODEL (list));
      g_assert_cmpuint (n, ==, ids->len);
      g_assert_cmpuint (n, >, 1234);

      /* A jump into the middle (offset), then on to the end (keyset). */
      for (guint i = 517; i < n; i++)
        {
          g_autoptr(BylineComment) c = g_list_model_get_item (G_LIST_MODEL (list), i);

          g_assert_cmpint (byline_comment_get_id (c), ==, g_array_index (ids, gint64, i));
        }
      /* Back to the top and down again: every row in place. */
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(BylineComment) c = g_list_model_get_item (G_LIST_MODEL (list), i);

          g_assert_cmpint (byline_comment_get_id (c), ==, g_array_index (ids, gint64, i));
        }
      g_assert_cmpuint (byline_comment_list_get_n_cached_pages (list), <=, 8);
    }
}

/* A page of comments goes in as one statement: new rows and updated ones,
 * every field, the ids set; an unknown account changes nothing. */
static void
test_upsert_batch (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_cached_comment_free);
  g_autoptr(GPtrArray) bad = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_cached_comment_free);
  g_autoptr(BylineCachedComment) got = NULL;
  g_autoptr(GError) error = NULL;
  BylineCommentQuery query = BYLINE_COMMENT_QUERY_INIT;
  BylineCachedComment *c;

  for (guint i = 0; i < 3; i++)
    {
      c = byline_cached_comment_new ();
      c->account = g_strdup ("site");
      c->remote_id = i == 0 ? 1 : 500 + i;   /* remote 1 is cached already */
      c->post_remote_id = 9;
      c->post_headline = g_strdup ("Ferries «قایق»");
      c->parent = i;
      c->author_name = g_strdup_printf ("Batch %u", i);
      c->author_email = g_strdup ("batch@example.org");
      c->author_url = g_strdup ("https://example.org/\"quoted\"");
      c->author_ip = g_strdup ("198.51.100.7");
      c->author_user_agent = g_strdup ("UA");
      c->date_gmt = g_strdup ("2027-01-01T00:00:00Z");
      c->status = g_strdup (i == 2 ? "spam" : "approved");
      c->content = g_strdup_printf ("Line one\nline two\t%u searchable", i);
      c->spam_score = 0.123456789;
      c->spam_reasons = g_strsplit ("2 links|word “casino”", "|", -1);
      g_ptr_array_add (batch, c);
    }
  g_assert_true (byline_store_upsert_comments (f->store, batch, &error));
  g_assert_no_error (error);
  g_assert_cmpint (((BylineCachedComment *) batch->pdata[0])->id, ==, f->ids[0]);

  got = byline_store_get_comment (f->store, ((BylineCachedComment *) batch->pdata[1])->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (got->remote_id, ==, 501);
  g_assert_cmpint (got->post_remote_id, ==, 9);
  g_assert_cmpint (got->parent, ==, 1);
  g_assert_cmpstr (got->post_headline, ==, "Ferries «قایق»");
  g_assert_cmpstr (got->author_url, ==, "https://example.org/\"quoted\"");
  g_assert_cmpstr (got->content, ==, "Line one\nline two\t1 searchable");
  g_assert_cmpstr (got->status, ==, "approved");
  g_assert_cmpfloat (got->spam_score, ==, 0.123456789);
  g_assert_cmpuint (g_strv_length (got->spam_reasons), ==, 2);
  g_assert_cmpstr (got->spam_reasons[1], ==, "word “casino”");
  g_clear_pointer (&got, byline_cached_comment_free);
  got = byline_store_get_comment (f->store, f->ids[0], &error);
  g_assert_cmpstr (got->status, ==, "approved");
  g_assert_cmpstr (got->author_name, ==, "Batch 0");
  query.search = "searchable";
  g_assert_cmpint (byline_store_count_comments (f->store, &query, &error), ==, 3);
  query.search = "casino";   /* remote 1's old text left the index */
  g_assert_cmpint (byline_store_count_comments (f->store, &query, &error), ==, 9);

  c = new_comment (900, NULL, "hold", -1);
  g_free (c->account);
  c->account = g_strdup ("nowhere");
  g_ptr_array_add (bad, c);
  g_ptr_array_add (bad, new_comment (901, NULL, "hold", -1));
  g_assert_false (byline_store_upsert_comments (f->store, bad, &error));
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND);
  g_assert_cmpint (byline_store_find_comment (f->store, "site", 901, NULL), ==, 0);
}

/* SQLITE_TRACE_PROFILE: the virtual machine steps of each statement that
 * looks comments up by author */
static int
count_steps_cb (unsigned  type,
                void     *data,
                void     *stmt,
                void     *x)
{
  guint64 *steps = data;
  const char *sql = sqlite3_sql (stmt);

  if (sql != NULL && strstr (sql, "author_email = ?5") != NULL)
    *steps += sqlite3_stmt_status (stmt, SQLITE_STMTSTATUS_VM_STEP, FALSE);
  return 0;
}

/* The detail pane lists an author's other comments each time it shows a
 * comment: found through the author's index, not by walking the account's
 * comments by date (0.5 s cold for 100,000 on the main thread) */
static void
test_author_query_by_index (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) many = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_cached_comment_free);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  BylineCommentQuery query = BYLINE_COMMENT_QUERY_INIT;
  BylineCachedComment *once;
  guint64 steps = 0;

  for (guint i = 0; i < 5000; i++)
    {
      BylineCachedComment *c = new_comment (2000 + i, g_strdup_printf ("2025-06-01T%02u:%02u:%02u", i / 3600, i / 60 % 60, i % 60),
                                            "approved", -1);

      c->author_name = g_strdup ("Frequent");
      c->author_email = g_strdup ("frequent@example.org");
      g_ptr_array_add (many, c);
    }
  once = new_comment (9999, g_strdup ("2020-01-01T00:00:00Z"), "approved", -1);
  once->author_name = g_strdup ("Once");
  once->author_email = g_strdup ("Once@Example.org");
  g_ptr_array_add (many, once);
  g_assert_true (byline_store_upsert_comments (f->store, many, &error));
  g_assert_no_error (error);

  {
    BYLINE_STORE_LOCK (f->store);
    sqlite3_trace_v2 (f->store->db, SQLITE_TRACE_PROFILE, count_steps_cb, &steps);
  }
  query.account = "site";
  query.author = "once@example.org";
  query.limit = 6;
  rows = byline_store_query_comments (f->store, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpint (((BylineCachedComment *) rows->pdata[0])->remote_id, ==, 9999);
  /* and with a status too */
  g_clear_pointer (&rows, g_ptr_array_unref);
  query.status = "approved";
  rows = byline_store_query_comments (f->store, &query, &error);
  g_assert_cmpuint (rows->len, ==, 1);
  {
    BYLINE_STORE_LOCK (f->store);
    sqlite3_trace_v2 (f->store->db, 0, NULL, NULL);
  }
  g_test_message ("%" G_GUINT64_FORMAT " steps", steps);
  g_assert_cmpuint (steps, >, 0);
  g_assert_cmpuint (steps, <, 1000);
}

/* A page at an offset is the same slice of the list for every kind of
 * query (pages deep in the list are fetched by their ids first) */
static void
test_offset_pages (Fixture       *f,
                   gconstpointer  data)
{
  BylineCommentQuery queries[5] = {
    BYLINE_COMMENT_QUERY_INIT, BYLINE_COMMENT_QUERY_INIT, BYLINE_COMMENT_QUERY_INIT,
    BYLINE_COMMENT_QUERY_INIT, BYLINE_COMMENT_QUERY_INIT,
  };
  g_autoptr(GError) error = NULL;

  queries[1].status = "hold";
  queries[2].likely_spam = TRUE;
  queries[3].search = "ferry";
  queries[4].account = "site";
  queries[4].author = "reader1@example.org";
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr(GPtrArray) all = byline_store_query_comments (f->store, &queries[q], &error);

      g_assert_no_error (error);
      g_assert_cmpuint (all->len, >, 5);
      for (guint offset = 1; offset < all->len; offset += 3)
        {
          BylineCommentQuery page = queries[q];
          g_autoptr(GPtrArray) rows = NULL;

          page.offset = offset;
          page.limit = 4;
          rows = byline_store_query_comments (f->store, &page, &error);
          g_assert_no_error (error);
          g_assert_cmpuint (rows->len, ==, MIN (4, all->len - offset));
          for (guint i = 0; i < rows->len; i++)
            g_assert_cmpint (((BylineCachedComment *) rows->pdata[i])->id, ==,
                             ((BylineCachedComment *) all->pdata[offset + i])->id);
        }
    }
}

static void
test_undo_single_and_bulk (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(BylineCommentModerator) moderator = byline_comment_moderator_new (f->store);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) outbox = NULL;
  g_autoptr(GPtrArray) history = NULL;

  g_assert_false (byline_comment_moderator_can_undo (moderator));
  g_assert_true (byline_comment_moderator_moderate (moderator, &f->ids[0], 1, "spam", &error));
  g_assert_cmpstr (status_of (f, f->ids[0]), ==, "spam");
  g_assert_true (byline_comment_moderator_can_undo (moderator));

  /* The outbox row carries the reader's IP and browser. */
  outbox = byline_store_outbox_list (f->store, "pending", &error);
  g_assert_cmpuint (outbox->len, ==, 1);
  g_assert_cmpstr (((BylineOutboxItem *) outbox->pdata[0])->kind, ==, "moderate");
  g_assert_nonnull (strstr (((BylineOutboxItem *) outbox->pdata[0])->payload, "\"author_ip\":\"203.0.113.9\""));
  g_assert_nonnull (strstr (((BylineOutboxItem *) outbox->pdata[0])->payload, "\"author_user_agent\":\"Reader UA\""));

  /* Bulk: three at once, one undo step. */
  g_assert_true (byline_comment_moderator_moderate (moderator, &f->ids[1], 3, "trash", &error));
  g_assert_cmpstr (status_of (f, f->ids[3]), ==, "trash");
  g_assert_cmpint (byline_store_outbox_count (f->store, "pending", NULL), ==, 4);
  g_assert_true (byline_comment_moderator_undo (moderator, &error));
  g_assert_no_error (error);
  for (guint i = 1; i <= 3; i++)
    g_assert_cmpstr (status_of (f, f->ids[i]), ==, "hold");
  /* Not sent yet: cancelled, nothing goes to the site. */
  g_assert_cmpint (byline_store_outbox_count (f->store, "pending", NULL), ==, 1);
  g_assert_cmpstr (status_of (f, f->ids[0]), ==, "spam");

  /* Sent already: undo queues the reverse. */
  g_assert_true (byline_store_outbox_mark (f->store, ((BylineOutboxItem *) outbox->pdata[0])->id, "done", NULL, 0, NULL));
  g_assert_true (byline_comment_moderator_undo (moderator, &error));
  g_assert_cmpstr (status_of (f, f->ids[0]), ==, "hold");
  g_clear_pointer (&outbox, g_ptr_array_unref);
  outbox = byline_store_outbox_list (f->store, "pending", &error);
  g_assert_cmpuint (outbox->len, ==, 1);
  g_assert_nonnull (strstr (((BylineOutboxItem *) outbox->pdata[0])->payload, "\"status\":\"hold\""));
  g_assert_false (byline_comment_moderator_can_undo (moderator));
  g_assert_false (byline_comment_moderator_undo (moderator, &error));
  g_clear_error (&error);

  history = byline_store_comment_history (f->store, f->ids[0], &error);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_nonnull (strstr (history->pdata[1], "spam→hold undo"));

  g_assert_false (byline_comment_moderator_moderate (moderator, &f->ids[0], 1, "deleted", &error));
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID);
}

static void
test_spam_training (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(BylineCommentModerator) moderator = byline_comment_moderator_new (f->store);
  g_autoptr(BylineSpamFilter) loaded = NULL;
  g_autoptr(GError) error = NULL;
  BylineSpamFilter *filter;
  gint64 spam[] = { f->ids[0], f->ids[5], f->ids[10], f->ids[15] };
  gint64 ham[] = { f->ids[1], f->ids[2], f->ids[3], f->ids[4] };

  filter = byline_comment_moderator_get_filter (moderator, "site", &error);
  g_assert_cmpuint (byline_spam_filter_get_n_spam (filter), ==, 0);
  g_assert_true (byline_comment_moderator_moderate (moderator, spam, 4, "spam", &error));
  g_assert_true (byline_comment_moderator_moderate (moderator, ham, 4, "approved", &error));
  g_assert_cmpuint (byline_spam_filter_get_n_spam (filter), ==, 4);
  g_assert_cmpuint (byline_spam_filter_get_n_ham (filter), ==, 4);

  /* Undo untrains. */
  g_assert_true (byline_comment_moderator_undo (moderator, &error));
  g_assert_cmpuint (byline_spam_filter_get_n_ham (filter), ==, 0);

  /* Persisted per site. */
  g_assert_true (byline_comment_moderator_flush (moderator, &error));
  loaded = byline_comment_load_spam_filter (f->store, "site", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (byline_spam_filter_get_n_spam (loaded), ==, 4);
  g_assert_cmpuint (byline_spam_filter_get_n_ham (loaded), ==, 0);
}

/* An editor who changes their mind in a later action (another run of
 * the command line: no undo) takes back what the first decision taught,
 * so a spam click reversed does not mark the reader's address; a status
 * the site set taught nothing and takes nothing back; undoing the second
 * decision restores the first's teaching. */
static void
test_changed_mind (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineCachedComment) comment = NULL;
  g_autoptr(BylineSpamVerdict) verdict = NULL;
  BylineSpamSample sample;
  gint64 reader = f->ids[1], other = f->ids[6];

  {
    g_autoptr(BylineCommentModerator) first = byline_comment_moderator_new (f->store);

    g_assert_true (byline_comment_moderator_moderate (first, &reader, 1, "spam", &error));
    g_assert_cmpuint (byline_spam_filter_get_n_spam (byline_comment_moderator_get_filter (first, "site", &error)), ==, 1);
    g_assert_true (byline_comment_moderator_flush (first, &error));
  }
  {
    g_autoptr(BylineCommentModerator) second = byline_comment_moderator_new (f->store);
    BylineSpamFilter *filter = byline_comment_moderator_get_filter (second, "site", &error);

    g_assert_cmpuint (byline_spam_filter_get_n_spam (filter), ==, 1);
    g_assert_true (byline_comment_moderator_moderate (second, &reader, 1, "hold", &error));
    g_assert_cmpuint (byline_spam_filter_get_n_spam (filter), ==, 0);
    comment = byline_store_get_comment (f->store, reader, &error);
    byline_comment_fill_sample (&sample, comment);
    verdict = byline_spam_filter_classify (filter, &sample);
    for (guint i = 0; i < verdict->reasons->len; i++)
      g_assert_null (strstr (g_ptr_array_index (verdict->reasons, i), "marked as spam before"));

    /* Approved now: one ham, no spam */
    g_assert_true (byline_comment_moderator_moderate (second, &reader, 1, "spam", &error));
    g_assert_true (byline_comment_moderator_moderate (second, &reader, 1, "approved", &error));
    g_assert_cmpuint (byline_spam_filter_get_n_spam (filter), ==, 0);
    g_assert_cmpuint (byline_spam_filter_get_n_ham (filter), ==, 1);
    /* Undone: the spam decision stands again, and what it taught */
    g_assert_true (byline_comment_moderator_undo (second, &error));
    g_assert_cmpuint (byline_spam_filter_get_n_spam (filter), ==, 1);
    g_assert_cmpuint (byline_spam_filter_get_n_ham (filter), ==, 0);

    /* Marked spam on the site: nothing learnt, nothing to take back */
    g_assert_true (byline_store_moderate_comment (f->store, other, "spam", "site", &error));
    g_assert_true (byline_comment_moderator_moderate (second, &other, 1, "hold", &error));
    g_assert_cmpuint (byline_spam_filter_get_n_spam (filter), ==, 1);
    g_assert_no_error (error);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/comment-queue/queries", Fixture, NULL, setup, test_queries, teardown);
  g_test_add ("/comment-queue/search-unspaced-scripts", Fixture, NULL, setup, test_search_unspaced, teardown);
  g_test_add ("/comment-queue/model-items-changed", Fixture, NULL, setup, test_model_items_changed, teardown);
  g_test_add ("/comment-queue/model-virtual", Fixture, NULL, setup, test_model_virtual, teardown);
  g_test_add ("/comment-queue/likely-spam-order", Fixture, NULL, setup, test_likely_spam_order, teardown);
  g_test_add ("/comment-queue/model-keyset-paging", Fixture, NULL, setup, test_model_keyset_paging, teardown);
  g_test_add ("/comment-queue/upsert-batch", Fixture, NULL, setup, test_upsert_batch, teardown);
  g_test_add ("/comment-queue/author-query-by-index", Fixture, NULL, setup, test_author_query_by_index, teardown);
  g_test_add ("/comment-queue/offset-pages", Fixture, NULL, setup, test_offset_pages, teardown);
  g_test_add ("/comment-queue/undo", Fixture, NULL, setup, test_undo_single_and_bulk, teardown);
  g_test_add ("/comment-queue/spam-training", Fixture, NULL, setup, test_spam_training, teardown);
  g_test_add ("/comment-queue/changed-mind", Fixture, NULL, setup, test_changed_mind, teardown);

  return g_test_run ();
}

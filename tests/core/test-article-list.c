/* test-article-list.c: the virtual GListModel over the store
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "test-store-common.h"

typedef struct
{
  guint position;
  guint removed;
  guint added;
} Change;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GArray     *log)
{
  Change change = { position, removed, added };

  g_array_append_val (log, change);
}

static void
assert_change (GArray *log,
               guint   position,
               guint   removed,
               guint   added)
{
  Change *change;

  g_assert_cmpuint (log->len, ==, 1);
  change = &g_array_index (log, Change, 0);
  g_assert_cmpuint (change->position, ==, position);
  g_assert_cmpuint (change->removed, ==, removed);
  g_assert_cmpuint (change->added, ==, added);
  g_array_set_size (log, 0);
}

static const char *
headline_at (GListModel *model,
             guint       position)
{
  g_autoptr(BylineArticle) article = g_list_model_get_item (model, position);
  static char buffer[256];

  g_assert_nonnull (article);
  g_strlcpy (buffer, byline_article_get_headline (article), sizeof buffer);
  return buffer;
}

/* Checks the model against a fresh list from the store, row by row. */
static void
assert_matches_store (GListModel               *model,
                      BylineStore              *store,
                      const BylineArticleQuery *query)
{
  g_autoptr(GPtrArray) expected = byline_store_list_articles (store, query, NULL, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      g_autoptr(BylineArticle) item = g_list_model_get_item (model, i);

      g_assert_cmpint (byline_article_get_id (item), ==, byline_article_get_id (g_ptr_array_index (expected, i)));
    }
  g_assert_null (g_list_model_get_item (model, expected->len));
}

static gint64
add (BylineStore *store,
     const char  *headline)
{
  g_autoptr(BylineArticle) article = test_store_article (headline, "body");

  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, NULL));
  return byline_article_get_id (article);
}

static void
test_list_items_changed (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autoptr(BylineStore) store = test_store_open (dir);
  g_autoptr(BylineArticleList) list = NULL;
  g_autoptr(GArray) log = g_array_new (FALSE, FALSE, sizeof (Change));
  GListModel *model;
  gint64 ids[5];

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *headline = g_strdup_printf ("Story %u", i);

      ids[i] = add (store, headline);
    }

  list = byline_article_list_new (store, NULL);
  model = G_LIST_MODEL (list);
  g_assert_true (g_list_model_get_item_type (model) == BYLINE_TYPE_ARTICLE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 5);
  /* Newest first: Story 4 … Story 0. */
  g_assert_cmpstr (headline_at (model, 0), ==, "Story 4");
  g_assert_cmpstr (headline_at (model, 4), ==, "Story 0");
  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), log);

  /* A new article appears at the top. */
  add (store, "Story 5");
  assert_change (log, 0, 0, 1);
  g_assert_cmpstr (headline_at (model, 0), ==, "Story 5");

  /* Saving "Story 1" (position 4) moves it to the top: rows 0–4 change. */
  g_assert_cmpstr (headline_at (model, 4), ==, "Story 1");
  {
    g_autoptr(BylineArticle) article = byline_store_load_article (store, ids[1], NULL, NULL);

    byline_article_set_body (article, "edited");
    g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_AUTOSAVE, NULL, NULL));
  }
  assert_change (log, 0, 5, 5);
  g_assert_cmpstr (headline_at (model, 0), ==, "Story 1");
  assert_matches_store (model, store, NULL);

  /* Deleting the one at position 2 removes exactly that row. */
  {
    g_autoptr(BylineArticle) third = g_list_model_get_item (model, 2);

    g_assert_true (byline_store_delete_article (store, byline_article_get_id (third), NULL, NULL));
  }
  assert_change (log, 2, 1, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 5);
  assert_matches_store (model, store, NULL);

  g_clear_object (&list);
  g_clear_object (&store);
  test_store_rmdir (dir);
}

static void
test_list_filtered (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autoptr(BylineStore) store = test_store_open (dir);
  g_autoptr(BylineArticleList) list = NULL;
  g_autoptr(GArray) log = g_array_new (FALSE, FALSE, sizeof (Change));
  BylineArticleQuery query = BYLINE_ARTICLE_QUERY_INIT;
  g_autoptr(BylineArticle) article = NULL;
  gint64 id;

  add (store, "Charlie");
  add (store, "alpha");
  id = add (store, "Bravo");

  query.any_status = FALSE;
  query.status = BYLINE_ARTICLE_STATUS_READY;
  query.sort = BYLINE_ARTICLE_SORT_HEADLINE;
  list = byline_article_list_new (store, &query);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), log);

  /* Becoming ready puts it in the list. */
  article = byline_store_load_article (store, id, NULL, NULL);
  byline_article_set_status (article, BYLINE_ARTICLE_STATUS_READY);
  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, NULL));
  assert_change (log, 0, 0, 1);

  /* A draft added elsewhere does not touch it. */
  add (store, "Delta");
  g_assert_cmpuint (log->len, ==, 0);

  /* Headline order, case-insensitive. */
  {
    g_autoptr(BylineArticle) other = byline_article_new ();

    byline_article_set_headline (other, "alpha two");
    byline_article_set_status (other, BYLINE_ARTICLE_STATUS_READY);
    g_assert_true (byline_store_save_article (store, other, BYLINE_SAVE_EXPLICIT, NULL, NULL));
  }
  assert_change (log, 0, 0, 1);
  g_assert_cmpstr (headline_at (G_LIST_MODEL (list), 1), ==, "Bravo");

  /* Leaving the filter removes it. */
  byline_article_set_status (article, BYLINE_ARTICLE_STATUS_DRAFT);
  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, NULL));
  assert_change (log, 1, 1, 0);
  assert_matches_store (G_LIST_MODEL (list), store, &query);

  /* A new query: one reset. */
  query = (BylineArticleQuery) BYLINE_ARTICLE_QUERY_INIT;
  byline_article_list_set_query (list, &query);
  assert_change (log, 0, 1, 5);

  g_clear_object (&list);
  g_clear_object (&store);
  test_store_rmdir (dir);
}

static void
test_list_pages (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autoptr(BylineStore) store = test_store_open (dir);
  g_autoptr(BylineArticleList) list = NULL;
  g_autoptr(GArray) log = g_array_new (FALSE, FALSE, sizeof (Change));
  guint n = 2 * BYLINE_ARTICLE_LIST_PAGE_SIZE + 50;
  GListModel *model;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *headline = g_strdup_printf ("Story %03u", i);

      add (store, headline);
    }

  list = byline_article_list_new (store, NULL);
  model = G_LIST_MODEL (list);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  /* Knowing the count loads no rows. */
  g_assert_cmpuint (byline_article_list_get_n_cached_pages (list), ==, 0);

  g_assert_cmpstr (headline_at (model, n - 1), ==, "Story 000");
  g_assert_cmpuint (byline_article_list_get_n_cached_pages (list), ==, 1);
  g_assert_cmpstr (headline_at (model, 0), ==, "Story 449");
  g_assert_cmpstr (headline_at (model, BYLINE_ARTICLE_LIST_PAGE_SIZE), ==, "Story 249");
  g_assert_cmpstr (headline_at (model, BYLINE_ARTICLE_LIST_PAGE_SIZE - 1), ==, "Story 250");
  g_assert_cmpuint (byline_article_list_get_n_cached_pages (list), ==, 3);
  g_assert_null (g_list_model_get_item (model, n));

  /* A deletion deep in the list gives the right rows. */
  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), log);
  g_assert_true (byline_store_delete_article (store, 5, NULL, NULL));
  g_assert_cmpuint (log->len, ==, 1);
  assert_matches_store (model, store, NULL);

  g_clear_object (&list);
  g_clear_object (&store);
  test_store_rmdir (dir);
}

/* Rows leave the body out but still know its length */
static void
test_list_word_count (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autoptr(BylineStore) store = test_store_open (dir);
  g_autoptr(BylineArticle) article = byline_article_new ();
  g_autoptr(BylineArticleList) list = NULL;
  g_autoptr(BylineArticle) item = NULL;
  BylineArticleQuery query = BYLINE_ARTICLE_QUERY_INIT;

  byline_article_set_headline (article, "Counted");
  byline_article_set_body (article, "One two three.\n\n## Four five\n");
  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, NULL));

  list = byline_article_list_new (store, &query);
  item = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (byline_article_get_body (item), ==, "");
  g_assert_cmpuint (byline_article_list_get_word_count (item), ==, byline_article_count_words (byline_article_get_body (article)));
  g_assert_cmpuint (byline_article_list_get_word_count (item), >, 3);
  g_assert_cmpuint (byline_article_list_get_word_count (article), ==, byline_article_count_words (byline_article_get_body (article)));
  test_store_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/article-list/items-changed", test_list_items_changed);
  g_test_add_func ("/article-list/filtered", test_list_filtered);
  g_test_add_func ("/article-list/pages", test_list_pages);
  g_test_add_func ("/article-list/word-count", test_list_word_count);

  return g_test_run ();
}

/* test-store-search.c: the FTS5 query builder and full-text search
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "test-store-common.h"

static void
test_fts_query_builder (void)
{
  static const struct {
    const char *text;
    const char *query;
  } cases[] = {
    { "ferries", "\"ferries\"" },
    { "harbour ferries", "\"harbour\" \"ferries\"" },
    { "harb*", "\"harb\"*" },
    { "\"quoted", "\"quoted\"" },
    { "NEAR(a b)", "\"NEAR\" \"a\" \"b\"" },
    { "a AND OR b", "\"a\" \"AND\" \"OR\" \"b\"" },
    { "-minus +plus ^caret", "\"minus\" \"plus\" \"caret\"" },
    { "headline:ferries", "\"headline\" \"ferries\"" },
    { "((unbalanced", "\"unbalanced\"" },
    { "* lone star", "\"lone\" \"star\"" },
    { "می‌روم", "\"می‌روم\"" },
    { "Москва", "\"Москва\"" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *query = byline_fts_query_from_text (cases[i].text);

      g_assert_cmpstr (query, ==, cases[i].query);
    }

  g_assert_null (byline_fts_query_from_text (""));
  g_assert_null (byline_fts_query_from_text ("\" ( ) * - :"));
  g_assert_null (byline_fts_query_from_text (NULL));
  g_assert_null (byline_fts_query_from_text ("\xe2\x80\x8c"));
}

static gint64
add (BylineStore *store,
     const char  *headline,
     const char  *body)
{
  g_autoptr(BylineArticle) article = test_store_article (headline, body);
  g_autoptr(GError) error = NULL;

  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  g_assert_no_error (error);
  return byline_article_get_id (article);
}

static GPtrArray *
search (BylineStore *store,
        const char  *text)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *hits = byline_store_search (store, text, 20, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (hits);
  return hits;
}

static void
test_search_ranks_and_snippets (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autoptr(BylineStore) store = test_store_open (dir);
  g_autoptr(GPtrArray) hits = NULL;
  gint64 in_headline, in_body, other;
  BylineSearchHit *hit;

  in_body = add (store, "City council meets", "The council discussed the harbour ferries at length.");
  in_headline = add (store, "Harbour ferries return", "Service resumes on Monday.");
  other = add (store, "Weather", "Rain tomorrow.");

  hits = search (store, "harbour ferries");
  g_assert_cmpuint (hits->len, ==, 2);
  hit = g_ptr_array_index (hits, 0);
  g_assert_cmpint (hit->article_id, ==, in_headline);
  g_assert_cmpstr (hit->headline, ==, "Harbour ferries return");
  g_assert_cmpfloat (hit->rank, <, ((BylineSearchHit *) g_ptr_array_index (hits, 1))->rank);
  hit = g_ptr_array_index (hits, 1);
  g_assert_cmpint (hit->article_id, ==, in_body);
  g_assert_nonnull (strstr (hit->snippet, "[harbour]"));
  g_assert_nonnull (strstr (hit->snippet, "[ferries]"));
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* Prefix, bylines, tags. */
  hits = search (store, "harb*");
  g_assert_cmpuint (hits->len, ==, 2);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = search (store, "okafor");
  g_assert_cmpuint (hits->len, ==, 3);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = search (store, "transport");
  g_assert_cmpuint (hits->len, ==, 3);
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* Triggers keep the index in sync on update and delete. */
  {
    g_autoptr(BylineArticle) article = byline_store_load_article (store, other, NULL, NULL);

    byline_article_set_body (article, "Snow tomorrow.");
    g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, NULL));
  }
  hits = search (store, "rain");
  g_assert_cmpuint (hits->len, ==, 0);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = search (store, "snow");
  g_assert_cmpuint (hits->len, ==, 1);
  g_clear_pointer (&hits, g_ptr_array_unref);
  g_assert_true (byline_store_delete_article (store, other, NULL, NULL));
  hits = search (store, "snow");
  g_assert_cmpuint (hits->len, ==, 0);

  g_clear_object (&store);
  test_store_rmdir (dir);
}

static void
test_search_persian_russian (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autoptr(BylineStore) store = test_store_open (dir);
  g_autoptr(GPtrArray) hits = NULL;
  gint64 fa, ru;

  fa = add (store, "اتوبوس‌های برقی تهران",
            "شهرداری تهران می‌گوید ۴۰ اتوبوس برقی تازه به خطوط شهری می‌پیوندند.");
  ru = add (store, "Паромы возвращаются", "Жители Москвы снова могут пользоваться паромами. Ёлка на площади.");

  hits = search (store, "اتوبوس");
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpint (((BylineSearchHit *) g_ptr_array_index (hits, 0))->article_id, ==, fa);
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* A word with a ZWNJ inside. */
  hits = search (store, "می‌گوید");
  g_assert_cmpuint (hits->len, ==, 1);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = search (store, "اتوبوس‌های");
  g_assert_cmpuint (hits->len, ==, 1);
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* Russian: case-insensitive. (unicode61 folds Latin diacritics only:
   * ё is not е to it.) */
  hits = search (store, "москвы");
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpint (((BylineSearchHit *) g_ptr_array_index (hits, 0))->article_id, ==, ru);
  g_assert_nonnull (strstr (((BylineSearchHit *) g_ptr_array_index (hits, 0))->snippet, "[Москвы]"));
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = search (store, "ЁЛКА");
  g_assert_cmpuint (hits->len, ==, 1);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = search (store, "паром*");
  g_assert_cmpuint (hits->len, ==, 1);

  g_clear_object (&store);
  test_store_rmdir (dir);
}

static void
test_search_injection (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autoptr(BylineStore) store = test_store_open (dir);
  const char *hostile[] = {
    "\"", "\"\"", "NEAR(", "NEAR(ferries", ")", "(", "*", "**", "-", "ferries AND OR",
    "AND", "OR NOT", "headline:", "body:ferries", "{headline body}: x", "ferries\"; DROP TABLE articles; --",
    "^ferries", "'", "\\", "ferries*\"", "\xff\xfe invalid utf8", "ferries NOT harbour",
  };

  add (store, "Harbour ferries return", "Service resumes on Monday.");

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) hits = byline_store_search (store, hostile[i], 10, NULL, &error);

      g_assert_no_error (error);
      g_assert_nonnull (hits);
    }

  /* Operators are plain words: "NOT" is looked for, not obeyed. */
  {
    g_autoptr(GPtrArray) hits = search (store, "ferries NOT harbour");

    g_assert_cmpuint (hits->len, ==, 0);
  }
  {
    g_autoptr(GPtrArray) hits = search (store, "(ferries) \"harbour");

    g_assert_cmpuint (hits->len, ==, 1);
  }
  g_assert_cmpint (byline_store_count_articles (store, NULL, NULL, NULL), ==, 1);

  g_clear_object (&store);
  test_store_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/fts/query-builder", test_fts_query_builder);
  g_test_add_func ("/store/search/ranks-and-snippets", test_search_ranks_and_snippets);
  g_test_add_func ("/store/search/persian-russian", test_search_persian_russian);
  g_test_add_func ("/store/search/injection", test_search_injection);

  return g_test_run ();
}

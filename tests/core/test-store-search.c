/* test-store-search.c: the FTS5 query builder and full-text search
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "test-store-common.h"
#include "test-store-index.h"

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

/* Search as you type: the word being typed is a prefix from three letters
 * on; a finished word, a short one and a script without spaces stay whole */
static void
test_fts_as_typed (void)
{
  static const struct {
    const char *text;
    const char *typed;
  } cases[] = {
    { "harb", "harb*" },
    { "harbour ferr", "harbour ferr*" },
    { "harbour ", "harbour " },
    { "ha", "ha" },
    { "harbour fe", "harbour fe" },
    { "harb*", "harb*" },
    { "ferries,", "ferries," },
    { "Моск", "Моск*" },
    { "اتوبوس", "اتوبوس*" },
    { "می‌رو", "می‌رو*" },
    { "東京都", "東京都" },
    { "2026", "2026*" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *typed = byline_fts_text_as_typed (cases[i].text);

      g_assert_cmpstr (typed, ==, cases[i].typed);
    }
  {
    g_autofree char *none = byline_fts_text_as_typed (NULL);

    g_assert_cmpstr (none, ==, "");
  }
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

/* The store finds a word being typed from its start, and only then */
static void
test_search_as_typed (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autoptr(BylineStore) store = test_store_open (dir);
  g_autofree char *typed = byline_fts_text_as_typed ("Harbour shipy");
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GPtrArray) whole = NULL;

  add (store, "Harbour shipyard", "Six electric boats.");
  add (store, "Harbour ships", "The port raises its fees.");
  hits = search (store, typed);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpstr (((BylineSearchHit *) hits->pdata[0])->headline, ==, "Harbour shipyard");
  whole = search (store, "Harbour shipy");
  g_assert_cmpuint (whole->len, ==, 0);
  g_clear_object (&store);
  test_store_rmdir (dir);
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

static void
autosave (BylineStore   *store,
          BylineArticle *article,
          const char    *body)
{
  g_autoptr(GError) error = NULL;

  byline_article_set_body (article, body);
  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_AUTOSAVE, NULL, &error));
  g_assert_no_error (error);
}

/* Autosaves do not re-index; a search indexes first, so it finds what was
 * just autosaved and no longer finds what was replaced. */
static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main context until the worker has indexed what is pending
 * (20 s at most: a hang fails the test). */
static void
wait_for_index (BylineStore *store)
{
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add_seconds (20, timeout_cb, &timed_out);

  while (!timed_out && test_store_pending (store) > 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (timeout);
  test_store_assert_index_matches_content (store);
}

static void
test_search_after_autosave (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autoptr(BylineStore) store = test_store_open (dir);
  g_autoptr(BylineArticle) article = test_store_article ("Harbour ferries return", "Service resumes on Monday.");
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  g_assert_no_error (error);
  wait_for_index (store);

  autosave (store, article, "Service resumes on Tuesday.");
  autosave (store, article, "Service resumes on Wednesday with a zeppelin.");
  g_assert_cmpint (test_store_pending (store), ==, 1);

  hits = search (store, "zeppelin");
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpint (((BylineSearchHit *) g_ptr_array_index (hits, 0))->article_id, ==, byline_article_get_id (article));
  g_assert_nonnull (strstr (((BylineSearchHit *) g_ptr_array_index (hits, 0))->snippet, "[zeppelin]"));
  g_clear_pointer (&hits, g_ptr_array_unref);
  g_assert_cmpint (test_store_pending (store), ==, 0);
  test_store_assert_index_matches_content (store);

  hits = search (store, "monday");
  g_assert_cmpuint (hits->len, ==, 0);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = search (store, "tuesday");
  g_assert_cmpuint (hits->len, ==, 0);
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* A new article that was only autosaved is found too; deleting an
   * article whose index entry is behind removes what the index held. */
  {
    g_autoptr(BylineArticle) fresh = test_store_article ("Night trains", "Sleeper carriages come back.");

    autosave (store, fresh, "Sleeper carriages come back to the valley.");
    g_assert_cmpint (test_store_pending (store), ==, 1);
    hits = search (store, "valley");
    g_assert_cmpuint (hits->len, ==, 1);
    g_clear_pointer (&hits, g_ptr_array_unref);

    autosave (store, fresh, "Sleeper carriages stay in the depot.");
    g_assert_cmpint (test_store_pending (store), ==, 1);
    g_assert_true (byline_store_delete_article (store, byline_article_get_id (fresh), NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpint (test_store_pending (store), ==, 0);
    test_store_assert_index_matches_content (store);
    hits = search (store, "sleeper");
    g_assert_cmpuint (hits->len, ==, 0);
    g_clear_pointer (&hits, g_ptr_array_unref);
  }

  /* An explicit save is indexed on the worker thread right after it
   * (autosaves wait INDEX_DELAY_MS, 2 s). */
  byline_article_set_body (article, "Service resumes with a dirigible.");
  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  g_assert_cmpint (test_store_pending (store), ==, 1);
  wait_for_index (store);

  g_clear_object (&store);
  test_store_rmdir (dir);
}

/* byline_rank() returns what bm25() does for the best rows: the same rows,
 * in the same order, with the same scores, for every limit. */
static void
test_rank_is_bm25 (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autoptr(BylineStore) store = test_store_open (dir);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  static const char *vocabulary[] = {
    "harbour", "ferry", "council", "budget", "river", "bridge", "strike", "market",
    "school", "court", "station", "energy", "water", "housing", "border", "village",
  };
  static const char *queries[] = { "harbour", "ferry bridge", "river*", "cou*", "hou* water", "stat*" };
  static const guint limits[] = { 1, 3, 10, 50 };

  for (guint i = 0; i < 300; i++)
    {
      GString *headline = g_string_new (NULL);
      GString *body = g_string_new (NULL);
      guint n = g_rand_int_range (rand, 5, 120);
      g_autoptr(BylineArticle) article = NULL;

      for (guint w = 0; w < 4; w++)
        g_string_append_printf (headline, "%s ", vocabulary[g_rand_int_range (rand, 0, G_N_ELEMENTS (vocabulary))]);
      for (guint w = 0; w < n; w++)
        g_string_append_printf (body, "%s filler%u ", vocabulary[g_rand_int_range (rand, 0, G_N_ELEMENTS (vocabulary))], w);
      article = test_store_article (headline->str, body->str);
      g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, NULL));
      g_string_free (headline, TRUE);
      g_string_free (body, TRUE);
    }

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    for (guint l = 0; l < G_N_ELEMENTS (limits); l++)
      {
        g_autofree char *match = byline_fts_query_from_text (queries[q]);
        g_autoptr(GPtrArray) hits = byline_store_search (store, queries[q], limits[l], NULL, NULL);
        sqlite3_stmt *stmt = NULL;
        guint i = 0;
        BYLINE_STORE_LOCK (store);

        g_assert_cmpint (sqlite3_prepare_v2 (store->db,
                           "SELECT rowid, bm25 (articles_fts, 10.0, 4.0, 1.0, 3.0, 3.0) AS score "
                           "FROM articles_fts WHERE articles_fts MATCH ?1 ORDER BY score, rowid LIMIT ?2",
                           -1, &stmt, NULL), ==, SQLITE_OK);
        sqlite3_bind_text (stmt, 1, match, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int (stmt, 2, limits[l]);
        while (sqlite3_step (stmt) == SQLITE_ROW)
          {
            BylineSearchHit *hit;

            g_assert_cmpuint (i, <, hits->len);
            hit = g_ptr_array_index (hits, i++);
            g_assert_cmpfloat_with_epsilon (hit->rank, sqlite3_column_double (stmt, 1), 1e-9);
            g_assert_cmpint (hit->article_id, ==, sqlite3_column_int64 (stmt, 0));
          }
        sqlite3_finalize (stmt);
        g_assert_cmpuint (i, ==, hits->len);
        g_assert_cmpuint (hits->len, ==, limits[l]);
      }

  g_clear_object (&store);
  test_store_rmdir (dir);
}

/* Prefixes of 3 and 4 characters use the prefix indexes, others merge the
 * words; all find the same stories. */
static void
test_prefix_lengths (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autoptr(BylineStore) store = test_store_open (dir);
  static const struct {
    const char *query;
    guint       hits;
  } cases[] = {
    { "ha*", 2 }, { "har*", 2 }, { "harb*", 2 }, { "harbo*", 2 }, { "harbours*", 1 },
    { "пар*", 2 }, { "паро*", 2 }, { "паромами*", 1 }, { "اتو*", 1 }, { "اتوب*", 1 }, { "zzz*", 0 },
  };

  add (store, "Harbour ferries return", "Service resumes on Monday.");
  add (store, "Harbours of the north", "Паромы и اتوبوس.");
  add (store, "Weather", "Rain tomorrow, said the паромами desk.");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) hits = search (store, cases[i].query);

      g_test_message ("%s", cases[i].query);
      g_assert_cmpuint (hits->len, ==, cases[i].hits);
    }

  g_clear_object (&store);
  test_store_rmdir (dir);
}


/* Once autosaves are quiet, the worker thread indexes without a search. */
static void
test_index_when_quiet (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autoptr(BylineStore) store = test_store_open (dir);
  g_autoptr(BylineArticle) article = test_store_article ("Harbour ferries return", "Service resumes on Monday.");

  store->index_delay_ms = 100;
  autosave (store, article, "Service resumes on Tuesday.");
  autosave (store, article, "Service resumes on Thursday.");
  g_assert_cmpint (test_store_pending (store), ==, 1);

  wait_for_index (store);

  g_clear_object (&store);
  test_store_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/fts/query-builder", test_fts_query_builder);
  g_test_add_func ("/fts/as-typed", test_fts_as_typed);
  g_test_add_func ("/store/search-as-typed", test_search_as_typed);
  g_test_add_func ("/store/search/ranks-and-snippets", test_search_ranks_and_snippets);
  g_test_add_func ("/store/search/persian-russian", test_search_persian_russian);
  g_test_add_func ("/store/search/injection", test_search_injection);
  g_test_add_func ("/store/search/after-autosave", test_search_after_autosave);
  g_test_add_func ("/store/search/rank-is-bm25", test_rank_is_bm25);
  g_test_add_func ("/store/search/prefix-lengths", test_prefix_lengths);
  g_test_add_func ("/store/search/index-when-quiet", test_index_when_quiet);

  return g_test_run ();
}

/* test-store-snippet.c: byline_snippet(), the search hits' context
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "test-store-common.h"
#include "byline-store-private.h"

/* An in-memory table with the columns and tokenizer of articles_fts. */
static sqlite3 *
open_fts (void)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  g_assert_cmpint (_byline_store_register_snippet (db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE VIRTUAL TABLE t USING fts5 ("
                                 "  headline, standfirst, body, bylines, tags,"
                                 "  tokenize = 'unicode61 remove_diacritics 2', prefix = '3 4')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  return db;
}

static void
insert (sqlite3    *db,
        const char *headline,
        const char *standfirst,
        const char *body,
        const char *tags)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO t (headline, standfirst, body, bylines, tags) "
                                           "VALUES (?1, ?2, ?3, 'Lena Okafor', ?4)",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, headline, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, standfirst, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, body, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, tags, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
}

/* The snippet of the one row matching @text (as the store turns it into
 * a query), with @n_tokens tokens. */
static char *
snippet (sqlite3    *db,
         const char *text,
         int         n_tokens)
{
  g_autofree char *query = byline_fts_query_from_text (text);
  sqlite3_stmt *stmt = NULL;
  char *result;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT byline_snippet (t, '[', ']', '…', ?2) "
                                           "FROM t WHERE t MATCH ?1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, query, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, n_tokens);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  /* In two steps, as a search makes them: the same text. */
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT byline_snippet_render (byline_snippet_plan (t, ?2), '[', ']', '…', "
                                           "  headline, standfirst, body, bylines, tags) "
                                           "FROM t WHERE t MATCH ?1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, query, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, n_tokens);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, result);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  return result;
}

/* w0 w1 … w(n-1), with @word at @at (and @word2 at @at2 unless NULL). */
static char *
long_body (guint       n,
           guint       at,
           const char *word,
           guint       at2,
           const char *word2)
{
  GString *body = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (body, i % 50 == 7 ? ".\n\n" : " ");
      if (i == at)
        g_string_append (body, word);
      else if (word2 != NULL && i == at2)
        g_string_append (body, word2);
      else
        g_string_append_printf (body, "w%u", i);
    }
  g_string_append_c (body, '.');
  return g_string_free (body, FALSE);
}

static void
test_snippet_positions (void)
{
  sqlite3 *db = open_fts ();
  g_autofree char *start = long_body (20000, 0, "harbour", 0, NULL);
  g_autofree char *middle = long_body (20000, 10000, "ferry", 0, NULL);
  g_autofree char *end = long_body (20000, 19999, "bridge", 0, NULL);
  g_autofree char *pair = long_body (20000, 5000, "river", 5003, "council");
  char *s;

  insert (db, "Headline one", "Standfirst", start, "news");
  insert (db, "Headline two", "Standfirst", middle, "news");
  insert (db, "Headline three", "Standfirst", end, "news");
  insert (db, "Headline four", "Standfirst", pair, "news");

  s = snippet (db, "harbour", 6);
  g_assert_cmpstr (s, ==, "[harbour] w1 w2 w3 w4 w5…");
  g_free (s);
  /* Centred: the match and 5 tokens around it. */
  s = snippet (db, "ferry", 6);
  g_assert_cmpstr (s, ==, "…w9998 w9999 [ferry] w10001 w10002 w10003…");
  g_free (s);
  /* At the end the window moves back; the text after the last token
   * (the full stop) is kept, as snippet() does. */
  s = snippet (db, "bridge", 6);
  g_assert_cmpstr (s, ==, "…w19994 w19995 w19996 w19997 w19998 [bridge].");
  g_free (s);
  /* Both words in one window when they fit. */
  s = snippet (db, "council river", 6);
  g_assert_cmpstr (s, ==, "…w4999 [river] w5001 w5002 [council] w5004…");
  g_free (s);
  /* The whole column when it is shorter than the window. */
  s = snippet (db, "three", 12);
  g_assert_cmpstr (s, ==, "Headline [three]");
  g_free (s);

  sqlite3_close (db);
}

static void
test_snippet_columns (void)
{
  sqlite3 *db = open_fts ();
  g_autofree char *body = long_body (2000, 1000, "tram", 0, NULL);
  char *s;

  /* A match in the headline is preferred to one in the body. */
  insert (db, "Tram lines reopen", "After the storm", body, "transport");
  s = snippet (db, "tram", 12);
  g_assert_cmpstr (s, ==, "[Tram] lines reopen");
  g_free (s);
  /* Unless the body has more of the query's words in one window. */
  g_free (body);
  body = long_body (2000, 1000, "tram", 1001, "depot");
  insert (db, "Tram news", "After the storm", body, "transport");
  s = snippet (db, "tram depot", 12);
  g_assert_cmpstr (s, ==, "…w995 w996 w997 w998 w999 [tram] [depot] w1002 w1003 w1004 w1005 w1006…");
  g_free (s);
  /* No match in the body at all: the tags. */
  insert (db, "Weather", "Rain", "Rain all week.", "climate, storms");
  s = snippet (db, "storms", 12);
  g_assert_cmpstr (s, ==, "climate, [storms]");
  g_free (s);

  sqlite3_close (db);
}

static void
test_snippet_languages (void)
{
  sqlite3 *db = open_fts ();
  char *s;

  /* Persian: multi-byte letters, a ZWNJ inside a word (a two-token
   * phrase for the tokenizer), Persian punctuation. */
  insert (db, "خبر", "گزارش",
          "شهرداری تهران اعلام کرد که اتوبوس‌های برقی از شنبه در خیابان‌های مرکزی شهر حرکت می‌کنند، "
          "و مسافران می‌توانند با کارت بلیت سوار شوند.", "حمل‌ونقل");
  s = snippet (db, "اتوبوس‌های", 4);
  g_assert_cmpstr (s, ==, "…که [اتوبوس‌های] برقی…");
  g_free (s);
  /* A window smaller than the match: the marks stay balanced. */
  s = snippet (db, "اتوبوس‌های", 1);
  g_assert_cmpstr (s, ==, "…[اتوبوس]…");
  g_free (s);
  s = snippet (db, "مسافران", 3);
  g_assert_cmpstr (s, ==, "…و [مسافران] می…");
  g_assert_true (g_utf8_validate (s, -1, NULL));
  g_free (s);

  /* Russian, with diacritics folded by the tokenizer. */
  insert (db, "Новости", "Коротко",
          "Мэрия Москвы сообщила, что паром через реку будет ходить каждый час до конца сентября.",
          "транспорт");
  s = snippet (db, "москвы", 4);
  g_assert_cmpstr (s, ==, "Мэрия [Москвы] сообщила, что…");
  g_free (s);
  s = snippet (db, "сентября", 4);
  g_assert_cmpstr (s, ==, "…час до конца [сентября].");
  g_free (s);

  sqlite3_close (db);
}

static void
test_snippet_prefix (void)
{
  sqlite3 *db = open_fts ();
  g_autofree char *body = long_body (3000, 2000, "harbourside", 2002, "harbours");
  char *s;

  insert (db, "Headline", "Standfirst", body, "news");
  s = snippet (db, "harb*", 6);
  g_assert_cmpstr (s, ==, "…w1999 [harbourside] w2001 [harbours] w2003 w2004…");
  g_free (s);

  sqlite3_close (db);
}

/* byline_snippet_render() refuses what is not a plan. */
static void
test_snippet_render_bad_plan (void)
{
  sqlite3 *db = open_fts ();
  static const char *bad[] = {
    "SELECT byline_snippet_render (NULL, '[', ']', '…', 'text')",
    "SELECT byline_snippet_render (x'00', '[', ']', '…', 'text')",
    "SELECT byline_snippet_render (x'0500000000000000010000000000000000', '[', ']', '…', 'text')",
    "SELECT byline_snippet_render (x'00000000000000000100000005000000', '[', ']', '…', 'text')",
    "SELECT byline_snippet_render (x'00000000000000000100000000000000', '[', ']')",
    /* first = INT_MAX */
    "SELECT byline_snippet_render (x'00000000ffffff7f0100000000000000', '[', ']', '…', 'text')",
    /* n_ranges = INT_MAX */
    "SELECT byline_snippet_render (x'000000000000000001000000ffffff7f', '[', ']', '…', 'text')",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, bad[i], -1, &stmt, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ERROR);
      g_assert_nonnull (strstr (sqlite3_errmsg (db), "byline_snippet_render"));
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
}

/* Through the store: the search's snippets are byline_snippet()'s. */
static void
test_snippet_in_search (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autoptr(BylineStore) store = test_store_open (dir);
  g_autofree char *body = long_body (20000, 15000, "zeppelin", 0, NULL);
  g_autoptr(BylineArticle) article = test_store_article ("Airships", body);
  g_autoptr(GPtrArray) hits = NULL;

  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, NULL));
  hits = byline_store_search (store, "zeppelin", 10, NULL, NULL);
  g_assert_nonnull (hits);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpstr (((BylineSearchHit *) g_ptr_array_index (hits, 0))->snippet, ==,
                   "…w14995 w14996 w14997 w14998 w14999 [zeppelin] w15001 w15002 w15003 w15004 w15005 w15006…");

  g_clear_object (&store);
  test_store_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/store/snippet/positions", test_snippet_positions);
  g_test_add_func ("/store/snippet/columns", test_snippet_columns);
  g_test_add_func ("/store/snippet/languages", test_snippet_languages);
  g_test_add_func ("/store/snippet/prefix", test_snippet_prefix);
  g_test_add_func ("/store/snippet/render-bad-plan", test_snippet_render_bad_plan);
  g_test_add_func ("/store/snippet/in-search", test_snippet_in_search);

  return g_test_run ();
}

/* test-store-revisions.c: word diff, revisions, dedup, pruning, restore
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "test-store-common.h"
#include "byline-store-private.h"

static char *
join_side (GPtrArray    *chunks,
           BylineDiffOp  skip)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < chunks->len; i++)
    {
      BylineDiffChunk *chunk = g_ptr_array_index (chunks, i);

      if (chunk->op != skip)
        g_string_append (out, chunk->text);
    }
  return g_string_free (out, FALSE);
}

static void
check_diff (const char *a,
            const char *b,
            const char *expected)
{
  g_autoptr(GPtrArray) chunks = byline_diff_words (a, b);
  g_autofree char *old_side = join_side (chunks, BYLINE_DIFF_INSERT);
  g_autofree char *new_side = join_side (chunks, BYLINE_DIFF_DELETE);
  g_autofree char *formatted = byline_diff_format (chunks);

  g_assert_cmpstr (old_side, ==, a);
  g_assert_cmpstr (new_side, ==, b);
  if (expected != NULL)
    g_assert_cmpstr (formatted, ==, expected);
}

static void
test_diff_words (void)
{
  check_diff ("", "", "");
  check_diff ("same text", "same text", "same text");
  check_diff ("", "new words", "{+new words+}");
  check_diff ("old words", "", "[-old words-]");
  check_diff ("The ferries return on Monday.", "The ferries return on Tuesday.",
              "The ferries return on [-Monday-]{+Tuesday+}.");
  check_diff ("one two three", "one three", "one [-two -]three");
  check_diff ("a b c", "x a b c y", "{+x +}a b c{+ y+}");
  /* Persian with ZWNJ inside words, Russian. */
  check_diff ("اتوبوس‌های برقی تهران", "اتوبوس‌های تازه تهران",
              "اتوبوس‌های [-برقی-]{+تازه+} تهران");
  check_diff ("Паромы возвращаются в порт", "Паромы снова возвращаются в порт",
              "Паромы {+снова +}возвращаются в порт");
  /* Invalid UTF-8 does not crash and round-trips. */
  check_diff ("abc \xff def", "abc \xfe def", NULL);
}

static void
test_diff_large (void)
{
  GString *a = g_string_new (NULL);
  GString *b = g_string_new (NULL);
  g_autoptr(GPtrArray) chunks = NULL;
  guint changes = 0;

  for (guint i = 0; i < 20000; i++)
    {
      g_string_append_printf (a, "word%u ", i % 997);
      if (i % 1000 == 500)
        g_string_append (b, "CHANGED ");
      else
        g_string_append_printf (b, "word%u ", i % 997);
    }

  chunks = byline_diff_words (a->str, b->str);
  for (guint i = 0; i < chunks->len; i++)
    if (((BylineDiffChunk *) g_ptr_array_index (chunks, i))->op == BYLINE_DIFF_INSERT)
      changes++;
  g_assert_cmpuint (changes, ==, 20);
  {
    g_autofree char *new_side = join_side (chunks, BYLINE_DIFF_DELETE);

    g_assert_cmpstr (new_side, ==, b->str);
  }

  g_string_free (a, TRUE);
  g_string_free (b, TRUE);
}

static void
test_revisions_dedup_and_kinds (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autoptr(BylineStore) store = test_store_open (dir);
  g_autoptr(BylineArticle) article = test_store_article ("Draft", "First text.");
  g_autoptr(GPtrArray) revisions = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  id = byline_article_get_id (article);
  /* Same content: no new revision, whatever the kind. */
  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_AUTOSAVE, NULL, &error));
  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  /* Status and note are not content. */
  byline_article_set_status (article, BYLINE_ARTICLE_STATUS_READY);
  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_AUTOSAVE, NULL, &error));
  byline_article_set_body (article, "Second text.");
  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_AUTOSAVE, NULL, &error));
  g_assert_no_error (error);

  revisions = byline_store_list_revisions (store, id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (revisions->len, ==, 2);
  g_assert_cmpstr (((BylineRevision *) g_ptr_array_index (revisions, 0))->kind, ==, "autosave");
  g_assert_cmpstr (((BylineRevision *) g_ptr_array_index (revisions, 1))->kind, ==, "explicit");
  g_assert_cmpstr (((BylineRevision *) g_ptr_array_index (revisions, 0))->headline, ==, "Draft");
  g_assert_cmpint (((BylineRevision *) g_ptr_array_index (revisions, 0))->size, >, 0);

  g_clear_object (&store);
  test_store_rmdir (dir);
}

static void
test_revisions_diff_and_restore (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autoptr(BylineStore) store = test_store_open (dir);
  g_autoptr(BylineArticle) article = test_store_article ("Ferries", "The ferries return on Monday.");
  g_autoptr(BylineArticle) old = NULL;
  g_autoptr(BylineArticle) restored = NULL;
  g_autoptr(BylineArticle) loaded = NULL;
  g_autoptr(GPtrArray) revisions = NULL;
  g_autoptr(GPtrArray) chunks = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 id, first, second;

  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  id = byline_article_get_id (article);
  byline_article_set_body (article, "The ferries return on Tuesday.");
  byline_article_set_status (article, BYLINE_ARTICLE_STATUS_READY);
  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));

  revisions = byline_store_list_revisions (store, id, NULL, &error);
  g_assert_cmpuint (revisions->len, ==, 2);
  second = ((BylineRevision *) g_ptr_array_index (revisions, 0))->id;
  first = ((BylineRevision *) g_ptr_array_index (revisions, 1))->id;
  g_clear_pointer (&revisions, g_ptr_array_unref);

  old = byline_store_load_revision (store, id, first, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (byline_article_get_body (old), ==, "The ferries return on Monday.");
  g_assert_cmpint (byline_article_get_id (old), ==, id);

  chunks = byline_store_diff_revisions (store, id, first, second, NULL, &error);
  g_assert_no_error (error);
  text = byline_diff_format (chunks);
  g_assert_nonnull (strstr (text, "[-Monday-]{+Tuesday+}"));

  /* Unknown revision, or another article's revision. */
  g_assert_null (byline_store_load_revision (store, id, second + 100, NULL, &error));
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (byline_store_load_revision (store, id + 1, first, NULL, &error));
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Restore: the old text, the current status, and a new revision. */
  restored = byline_store_restore_revision (store, id, first, NULL, &error);
  g_assert_no_error (error);
  loaded = byline_store_load_article (store, id, NULL, &error);
  g_assert_cmpstr (byline_article_get_body (loaded), ==, "The ferries return on Monday.");
  g_assert_cmpint (byline_article_get_status (loaded), ==, BYLINE_ARTICLE_STATUS_READY);
  revisions = byline_store_list_revisions (store, id, NULL, &error);
  g_assert_cmpuint (revisions->len, ==, 3);
  g_assert_cmpstr (((BylineRevision *) g_ptr_array_index (revisions, 0))->kind, ==, "restore");
  g_clear_pointer (&revisions, g_ptr_array_unref);
  g_clear_object (&restored);
  g_clear_object (&loaded);

  /* The same revision again: the story already is that, no new revision */
  restored = byline_store_restore_revision (store, id, first, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (byline_article_get_body (restored), ==, "The ferries return on Monday.");
  g_assert_cmpint (byline_article_get_status (restored), ==, BYLINE_ARTICLE_STATUS_READY);
  revisions = byline_store_list_revisions (store, id, NULL, &error);
  g_assert_cmpuint (revisions->len, ==, 3);

  g_clear_object (&store);
  test_store_rmdir (dir);
}

static void
test_revisions_pruning (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autoptr(BylineStore) store = test_store_open (dir);
  g_autoptr(BylineArticle) article = test_store_article ("Pruned", "v0");
  g_autoptr(GPtrArray) revisions = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = 1700000000 - 1700000000 % 86400; /* midnight UTC */
  gint64 now = start;
  guint removed, in_day = 0, in_week = 0, older = 0;
  gint64 id;

  byline_store_set_clock (store, test_store_fake_clock, &now);

  /* 12 days of history, a revision every 10 minutes. */
  for (guint i = 0; i < 12 * 24 * 6; i++)
    {
      g_autofree char *body = g_strdup_printf ("version %u", i);

      byline_article_set_body (article, body);
      g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_AUTOSAVE, NULL, &error));
      g_assert_no_error (error);
      now += 600;
    }
  id = byline_article_get_id (article);
  now -= 600;

  removed = byline_store_prune_revisions (store, id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (removed, !=, G_MAXUINT);

  revisions = byline_store_list_revisions (store, id, NULL, &error);
  for (guint i = 0; i < revisions->len; i++)
    {
      gint64 age = now - ((BylineRevision *) g_ptr_array_index (revisions, i))->created;

      if (age < 86400)
        in_day++;
      else if (age < 7 * 86400)
        in_week++;
      else
        older++;
    }

  /* All of the last 24 hours (144), one per hour for six more days (144),
   * one per day before (5, the 12-day span's remainder). */
  g_assert_cmpuint (in_day, ==, 144);
  g_assert_cmpuint (in_week, ==, 6 * 24);
  g_assert_cmpuint (older, ==, 5);
  /* (Autosaves already pruned part of it on the way.) */
  g_assert_cmpuint (revisions->len, ==, 144 + 144 + 5);

  /* Pruning again removes nothing more. */
  g_assert_cmpuint (byline_store_prune_revisions (store, id, NULL, &error), ==, 0);

  g_clear_object (&store);
  test_store_rmdir (dir);
}

/* The snapshot's body is escaped by the store itself (see snapshot_json()):
 * every character that JSON escapes must come back as it was, and the
 * word count of the row and the snapshot agree. */
static void
test_revisions_snapshot_escapes (void)
{
  static const char *bodies[] = {
    "Quotes \" and \\ backslashes \\\" mixed,\n\nnew lines,\ttabs,\r\ncontrol \x01\x1f.",
    "شهرداری تهران «اتوبوس‌های برقی» را ۱۴۰۱ راه انداخت.\n> Мэрия Москвы: \"паром\".",
    "",
  };
  g_autofree char *dir = test_store_tmpdir ();
  g_autoptr(BylineStore) store = test_store_open (dir);
  g_autoptr(BylineArticle) article = test_store_article ("Escapes", "x");

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_autoptr(GPtrArray) revisions = NULL;
      g_autoptr(BylineArticle) loaded = NULL;
      g_autoptr(BylineArticle) row = NULL;
      g_autoptr(GError) error = NULL;
      BylineRevision *newest;

      byline_article_set_body (article, bodies[i]);
      g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_AUTOSAVE, NULL, &error));
      g_assert_no_error (error);
      revisions = byline_store_list_revisions (store, byline_article_get_id (article), NULL, &error);
      g_assert_no_error (error);
      newest = g_ptr_array_index (revisions, 0);
      g_assert_cmpstr (newest->headline, ==, "Escapes");
      loaded = byline_store_load_revision (store, byline_article_get_id (article), newest->id, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (byline_article_get_body (loaded), ==, bodies[i]);
      g_assert_cmpstr (byline_article_get_headline (loaded), ==, "Escapes");
      row = byline_store_load_article (store, byline_article_get_id (article), NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (byline_article_get_body (row), ==, bodies[i]);
    }

  g_clear_object (&store);
  test_store_rmdir (dir);
}

/* The store counts again only the part of the body an edit changed (see
 * body_word_count()): after any edit its count is the full count, and a
 * valid body's snapshot reads back. */
static void
test_revisions_word_count_after_edits (void)
{
  static const char *pieces[] = {
    "ferry", " ", "  ", "\n\n", "don't", "cross-harbour", "41,000", "2.4", ", ", "-", "'",
    "Москвы", "اتوبوس‌های", "۱۴۰۱", "x", "\xd8", ".", "—",
  };
  g_autofree char *dir = test_store_tmpdir ();
  g_autoptr(BylineStore) store = test_store_open (dir);
  g_autoptr(BylineArticle) article = test_store_article ("Counts", "The ferry runs at 41,000 tons.");
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  GString *body = g_string_new (byline_article_get_body (article));

  for (guint round = 0; round < 300; round++)
    {
      guint at = g_rand_int_range (rand, 0, body->len + 1);
      g_autoptr(GError) error = NULL;
      sqlite3_stmt *stmt = NULL;

      switch (g_rand_int_range (rand, 0, 3))
        {
        case 0:
          g_string_insert (body, at, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
          break;
        case 1:
          {
            gsize n = g_rand_int_range (rand, 0, 8);

            g_string_erase (body, at, MIN (body->len - at, n));
          }
          break;
        default:
          g_string_append (body, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
          break;
        }
      byline_article_set_body (article, body->str);
      g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_AUTOSAVE, NULL, &error));
      g_assert_no_error (error);

      g_assert_cmpint (sqlite3_prepare_v2 (store->db, "SELECT word_count FROM articles WHERE id = ?", -1, &stmt, NULL), ==, SQLITE_OK);
      sqlite3_bind_int64 (stmt, 1, byline_article_get_id (article));
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, byline_article_count_words (body->str));
      sqlite3_finalize (stmt);

      /* The snapshot (escaped by the store when the body is valid UTF-8,
       * which it also tracks by the changed part only) reads back. */
      if (g_utf8_validate (body->str, -1, NULL))
        {
          g_autoptr(GPtrArray) revisions = byline_store_list_revisions (store, byline_article_get_id (article), NULL, &error);
          g_autoptr(BylineArticle) loaded = NULL;

          g_assert_no_error (error);
          loaded = byline_store_load_revision (store, byline_article_get_id (article),
                                               ((BylineRevision *) g_ptr_array_index (revisions, 0))->id,
                                               NULL, &error);
          g_assert_no_error (error);
          g_assert_cmpstr (byline_article_get_body (loaded), ==, body->str);
        }
    }

  g_string_free (body, TRUE);
  g_clear_object (&store);
  test_store_rmdir (dir);
}

/* Delete with undo: the article comes back under the same id with its
 * revisions, links, bylines and tags; out of lists and search meanwhile */
static void
test_revisions_undo_delete (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autoptr(BylineStore) store = test_store_open (dir);
  g_autoptr(BylineAccount) account = byline_account_new ("local", "http://127.0.0.1:8080/",
                                                         "http://127.0.0.1:8080/wp-json/", "editor", "Editor");
  g_autoptr(BylineArticleLink) link = byline_article_link_new ("local", 42, "http://127.0.0.1:8080/?p=42",
                                                               "2026-01-01T10:00:00", "abc");
  g_autoptr(BylineArticle) article = test_store_article ("Ferry strike", "Harbour workers walked out.");
  g_autoptr(BylineArticle) other = test_store_article ("Other", "Another story.");
  g_autoptr(BylineArticle) newer = NULL;
  g_autoptr(BylineArticle) loaded = NULL;
  g_autoptr(BylineDeletedArticle) deleted = NULL;
  g_autoptr(GPtrArray) revisions = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id, restored;

  g_assert_true (byline_store_save_account (store, account, &error));
  g_assert_true (byline_store_save_article (store, other, BYLINE_SAVE_EXPLICIT, NULL, &error));
  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  byline_article_set_body (article, "Harbour workers walked out on Tuesday.");
  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  id = byline_article_get_id (article);
  g_assert_true (byline_store_set_link (store, id, link, &error));
  g_assert_no_error (error);

  deleted = byline_store_delete_article_undoable (store, id, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deleted);
  g_assert_cmpint (byline_deleted_article_get_id (deleted), ==, id);
  g_assert_null (byline_store_load_article (store, id, NULL, &error));
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  hits = byline_store_search (store, "walked", 10, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 0);
  g_clear_pointer (&hits, g_ptr_array_unref);

  restored = byline_store_undo_delete (store, deleted, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (restored, ==, id);
  loaded = byline_store_load_article (store, id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (byline_article_get_headline (loaded), ==, "Ferry strike");
  g_assert_cmpstr (byline_article_get_uuid (loaded), ==, byline_article_get_uuid (article));
  g_assert_cmpstr (byline_article_get_tags (loaded)[1], ==, "transport");
  g_assert_cmpstr (byline_article_get_bylines (loaded)[0], ==, "Lena Okafor");
  g_assert_cmpint (byline_article_find_link (loaded, "local")->remote_id, ==, 42);
  revisions = byline_store_list_revisions (store, id, NULL, &error);
  g_assert_cmpuint (revisions->len, ==, 2);
  g_clear_pointer (&revisions, g_ptr_array_unref);
  hits = byline_store_search (store, "walked", 10, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_clear_object (&loaded);
  g_clear_pointer (&deleted, byline_deleted_article_free);

  /* A new draft took the deleted one's id meanwhile: the undo gives the
   * article a new id, still with its revisions */
  deleted = byline_store_delete_article_undoable (store, id, NULL, &error);
  g_assert_no_error (error);
  newer = test_store_article ("Newer", "Written after the delete.");
  g_assert_true (byline_store_save_article (store, newer, BYLINE_SAVE_EXPLICIT, NULL, &error));
  restored = byline_store_undo_delete (store, deleted, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (restored, >, 0);
  g_assert_cmpint (restored, !=, byline_article_get_id (newer));
  loaded = byline_store_load_article (store, restored, NULL, &error);
  g_assert_cmpstr (byline_article_get_headline (loaded), ==, "Ferry strike");
  revisions = byline_store_list_revisions (store, restored, NULL, &error);
  g_assert_cmpuint (revisions->len, ==, 2);
  g_clear_pointer (&revisions, g_ptr_array_unref);
  revisions = byline_store_list_revisions (store, byline_article_get_id (newer), NULL, &error);
  g_assert_cmpuint (revisions->len, ==, 1);

  /* Nothing to delete */
  g_assert_null (byline_store_delete_article_undoable (store, 999, NULL, &error));
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND);

  g_clear_object (&store);
  test_store_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/diff/words", test_diff_words);
  g_test_add_func ("/diff/large", test_diff_large);
  g_test_add_func ("/store/revisions/dedup-and-kinds", test_revisions_dedup_and_kinds);
  g_test_add_func ("/store/revisions/diff-and-restore", test_revisions_diff_and_restore);
  g_test_add_func ("/store/revisions/pruning", test_revisions_pruning);
  g_test_add_func ("/store/revisions/snapshot-escapes", test_revisions_snapshot_escapes);
  g_test_add_func ("/store/revisions/word-count-after-edits", test_revisions_word_count_after_edits);
  g_test_add_func ("/store/revisions/undo-delete", test_revisions_undo_delete);

  return g_test_run ();
}

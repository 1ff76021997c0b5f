/* test-store-errors.c: not-a-database, corrupt, read-only and full disk
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <unistd.h>

#include "byline-store-private.h"
#include "test-store-common.h"

static gint64
save_one (BylineStore *store,
          const char  *headline)
{
  g_autoptr(BylineArticle) article = test_store_article (headline, "Saved before the trouble.");
  g_autoptr(GError) error = NULL;

  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  g_assert_no_error (error);
  return byline_article_get_id (article);
}

static void
test_not_a_database (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "notes.txt", NULL);
  const char *text = "These are my notes, not a database. They must survive.\n";
  g_autofree char *after = NULL;
  g_autoptr(BylineStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  store = byline_store_new (path, NULL, &error);
  g_assert_null (store);
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_A_DATABASE);
  g_assert_nonnull (strstr (error->message, path));

  /* Left exactly as it was. */
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, text);

  test_store_rmdir (dir);
}

static void
test_corrupt_is_moved_aside (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "byline.db", NULL);
  g_autoptr(BylineStore) store = test_store_open (dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GDir) d = NULL;
  const char *name;
  gsize len;
  guint aside = 0;

  for (guint i = 0; i < 50; i++)
    save_one (store, "Article that will be damaged");
  g_clear_object (&store);

  /* Keep the header (so it is still an SQLite file), trash the pages. */
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 8192);
  for (gsize i = 4096 + 16; i < len; i += 7)
    contents[i] = (char) (i * 31);
  g_assert_true (g_file_set_contents (path, contents, len, NULL));

  store = byline_store_new (path, NULL, &error);
  g_assert_null (store);
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, ".corrupt-"));

  /* Moved, not deleted or overwritten: the bytes are all there. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  d = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      if (g_str_has_prefix (name, "byline.db.corrupt-") && !g_str_has_suffix (name, "-wal") &&
          !g_str_has_suffix (name, "-shm"))
        {
          g_autofree char *moved = g_build_filename (dir, name, NULL);
          g_autofree char *moved_contents = NULL;
          gsize moved_len;

          g_assert_nonnull (strstr (error->message, moved));
          g_assert_true (g_file_get_contents (moved, &moved_contents, &moved_len, NULL));
          g_assert_cmpmem (moved_contents, moved_len, contents, len);
          aside++;
        }
    }
  g_assert_cmpuint (aside, ==, 1);

  /* The next open starts a fresh database. */
  store = test_store_open (dir);
  g_assert_cmpint (byline_store_count_articles (store, NULL, NULL, NULL), ==, 0);

  g_clear_object (&store);
  test_store_rmdir (dir);
}

/* Root may write anything: the read-only cases run in a subprocess that
 * drops to the "nobody" user first. */
static void
drop_root (void)
{
  if (geteuid () == 0)
    {
      g_assert_cmpint (setgid (65534), ==, 0);
      g_assert_cmpint (setuid (65534), ==, 0);
    }
}

static void
test_read_only_file (void)
{
  if (g_test_subprocess ())
    {
      const char *path = g_getenv ("BYLINE_TEST_DB");
      g_autoptr(BylineStore) store = NULL;
      g_autoptr(GError) error = NULL;

      drop_root ();
      store = byline_store_new (path, NULL, &error);
      g_assert_null (store);
      g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_READ_ONLY);
      g_assert_nonnull (strstr (error->message, path));
      g_printerr ("%s\n", error->message);
      return;
    }
  else
    {
      g_autofree char *dir = test_store_tmpdir ();
      g_autofree char *path = g_build_filename (dir, "byline.db", NULL);
      g_autoptr(BylineStore) store = test_store_open (dir);
      g_autoptr(BylineArticle) article = NULL;
      gint64 id = save_one (store, "Kept safe");

      g_clear_object (&store);
      g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
      g_assert_cmpint (g_chmod (path, 0444), ==, 0);
      g_setenv ("BYLINE_TEST_DB", path, TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDIN);
      g_test_trap_assert_passed ();
      g_test_trap_assert_stderr ("*read-only*");

      /* Nothing lost. */
      g_assert_cmpint (g_chmod (path, 0644), ==, 0);
      store = test_store_open (dir);
      article = byline_store_load_article (store, id, NULL, NULL);
      g_assert_cmpstr (byline_article_get_headline (article), ==, "Kept safe");
      g_clear_object (&store);
      test_store_rmdir (dir);
    }
}

static void
test_read_only_folder (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *path = g_build_filename (g_getenv ("BYLINE_TEST_DIR"), "byline.db", NULL);
      g_autofree char *nested = g_build_filename (g_getenv ("BYLINE_TEST_DIR"), "sub", "byline.db", NULL);
      g_autoptr(BylineStore) store = NULL;
      g_autoptr(GError) error = NULL;

      drop_root ();
      store = byline_store_new (path, NULL, &error);
      g_assert_null (store);
      g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_READ_ONLY);
      g_clear_error (&error);
      store = byline_store_new (nested, NULL, &error);
      g_assert_null (store);
      g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_READ_ONLY);
      return;
    }
  else
    {
      g_autofree char *dir = test_store_tmpdir ();

      g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
      g_setenv ("BYLINE_TEST_DIR", dir, TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDIN);
      g_test_trap_assert_passed ();
      g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
      test_store_rmdir (dir);
    }
}

static void
test_disk_full (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autoptr(BylineStore) store = test_store_open (dir);
  g_autoptr(BylineArticle) big = NULL;
  g_autoptr(BylineArticle) kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *limit = NULL;
  GString *body = g_string_new (NULL);
  sqlite3_stmt *stmt;
  gint64 id, pages = 0;

  id = save_one (store, "Saved before the disk filled up");

  /* The database may not grow by more than a few pages from now on. */
  sqlite3_prepare_v2 (store->db, "PRAGMA page_count", -1, &stmt, NULL);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    pages = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  limit = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT, pages + 2);
  g_assert_true (_byline_store_exec (store, limit, &error));

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (body, "word%u ", i);
  big = test_store_article ("Too big", body->str);
  g_string_free (body, TRUE);

  g_assert_false (byline_store_save_article (store, big, BYLINE_SAVE_EXPLICIT, NULL, &error));
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_DISK_FULL);
  g_assert_nonnull (strstr (error->message, "full"));
  g_assert_cmpint (byline_article_get_id (big), ==, 0);
  g_clear_error (&error);

  /* The failed transaction left nothing behind and lost nothing. */
  g_assert_cmpint (byline_store_count_articles (store, NULL, NULL, &error), ==, 1);
  kept = byline_store_load_article (store, id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (byline_article_get_headline (kept), ==, "Saved before the disk filled up");
  g_assert_true (byline_store_check (store, NULL, &error));

  g_clear_object (&store);
  store = test_store_open (dir);
  g_assert_cmpint (byline_store_count_articles (store, NULL, NULL, &error), ==, 1);

  g_clear_object (&store);
  test_store_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/store/errors/not-a-database", test_not_a_database);
  g_test_add_func ("/store/errors/corrupt-is-moved-aside", test_corrupt_is_moved_aside);
  g_test_add_func ("/store/errors/read-only-file", test_read_only_file);
  g_test_add_func ("/store/errors/read-only-folder", test_read_only_folder);
  g_test_add_func ("/store/errors/disk-full", test_disk_full);

  return g_test_run ();
}

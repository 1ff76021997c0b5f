/* test-store.c: articles CRUD, list, count, async, signals, accounts,
 * terms, outbox, the comments cache and the -wal
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "test-store-common.h"

static void
test_store_open_creates_latest_schema (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autoptr(BylineStore) store = test_store_open (dir);
  g_autofree char *nested = g_build_filename (dir, "a", "b", "byline.db", NULL);
  g_autoptr(BylineStore) store2 = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (byline_store_get_schema_version (store), ==, byline_store_get_latest_schema_version ());
  g_assert_cmpint (byline_store_get_latest_schema_version (), >=, 4);

  /* Missing folders are created. */
  store2 = byline_store_new (nested, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (nested, G_FILE_TEST_IS_REGULAR));
  g_clear_object (&store);
  g_clear_object (&store2);
  test_store_rmdir (dir);
}

static void
test_store_crud (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autoptr(BylineStore) store = test_store_open (dir);
  g_autoptr(BylineArticle) article = test_store_article ("Ferries return", "The ferries are back.");
  g_autoptr(BylineArticle) loaded = NULL;
  g_autoptr(GTimeZone) tehran = g_time_zone_new_identifier ("Asia/Tehran");
  g_autoptr(GDateTime) date = g_date_time_new (tehran, 2022, 1, 19, 17, 34, 0);
  g_autoptr(GError) error = NULL;
  gint64 id;

  byline_article_set_date (article, date);
  byline_article_set_time_zone (article, "Asia/Tehran");
  byline_article_set_language (article, "fa");
  byline_article_set_direction (article, BYLINE_TEXT_DIRECTION_RTL);
  byline_article_set_status (article, BYLINE_ARTICLE_STATUS_IN_REVIEW);
  byline_article_set_note (article, "check the figures");

  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  g_assert_no_error (error);
  id = byline_article_get_id (article);
  g_assert_cmpint (id, >, 0);
  g_assert_nonnull (byline_article_get_created (article));
  g_assert_nonnull (byline_article_get_modified (article));

  loaded = byline_store_load_article (store, id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (byline_article_get_headline (loaded), ==, "Ferries return");
  g_assert_cmpstr (byline_article_get_body (loaded), ==, "The ferries are back.");
  g_assert_cmpstr (byline_article_get_bylines (loaded)[0], ==, "Lena Okafor");
  g_assert_cmpstr (byline_article_get_bylines (loaded)[1], ==, "Dmitri Volkov");
  g_assert_cmpstr (byline_article_get_tags (loaded)[1], ==, "transport");
  g_assert_cmpstr (byline_article_get_section (loaded), ==, "City");
  g_assert_cmpstr (byline_article_get_time_zone (loaded), ==, "Asia/Tehran");
  g_assert_true (g_date_time_equal (byline_article_get_date (loaded), date));
  g_assert_cmpint (g_date_time_get_hour (byline_article_get_date (loaded)), ==, 17);
  g_assert_cmpint (byline_article_get_direction (loaded), ==, BYLINE_TEXT_DIRECTION_RTL);
  g_assert_cmpint (byline_article_get_status (loaded), ==, BYLINE_ARTICLE_STATUS_IN_REVIEW);
  g_assert_cmpstr (byline_article_get_note (loaded), ==, "check the figures");
  g_assert_cmpstr (byline_article_get_uuid (loaded), ==, byline_article_get_uuid (article));

  /* Update: same id, fewer bylines. */
  {
    const char *one[] = { "Sara Ahmadi", NULL };

    byline_article_set_bylines (loaded, one);
    byline_article_set_headline (loaded, "Ferries return to the harbour");
    g_assert_true (byline_store_save_article (store, loaded, BYLINE_SAVE_EXPLICIT, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpint (byline_article_get_id (loaded), ==, id);
    g_clear_object (&article);
    article = byline_store_load_article (store, id, NULL, &error);
    g_assert_cmpstr (byline_article_get_headline (article), ==, "Ferries return to the harbour");
    g_assert_cmpstr (byline_article_get_bylines (article)[0], ==, "Sara Ahmadi");
    g_assert_null (byline_article_get_bylines (article)[1]);
  }

  /* Delete, then the id is unknown. */
  g_assert_true (byline_store_delete_article (store, id, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&article);
  article = byline_store_load_article (store, id, NULL, &error);
  g_assert_null (article);
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (byline_store_delete_article (store, id, NULL, &error));
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Updating a deleted article is an error, not a silent insert. */
  g_assert_false (byline_store_save_article (store, loaded, BYLINE_SAVE_EXPLICIT, NULL, &error));
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND);

  g_clear_object (&store);
  test_store_rmdir (dir);
}

static void
test_store_list_and_count (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autoptr(BylineStore) store = test_store_open (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  BylineArticleQuery query = BYLINE_ARTICLE_QUERY_INIT;
  const char *headlines[] = { "banana", "Apple", "cherry", "date" };

  for (guint i = 0; i < G_N_ELEMENTS (headlines); i++)
    {
      g_autoptr(BylineArticle) article = test_store_article (headlines[i], "body text");

      byline_article_set_status (article, i % 2 ? BYLINE_ARTICLE_STATUS_READY : BYLINE_ARTICLE_STATUS_DRAFT);
      byline_article_set_section (article, i < 3 ? "City" : "World");
      g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
      g_assert_no_error (error);
    }

  g_assert_cmpint (byline_store_count_articles (store, NULL, NULL, &error), ==, 4);

  /* Newest modified first; no bodies. */
  list = byline_store_list_articles (store, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 4);
  g_assert_cmpstr (byline_article_get_headline (g_ptr_array_index (list, 0)), ==, "date");
  g_assert_cmpstr (byline_article_get_body (g_ptr_array_index (list, 0)), ==, "");
  g_assert_cmpstr (byline_article_get_bylines (g_ptr_array_index (list, 0))[0], ==, "Lena Okafor");
  g_clear_pointer (&list, g_ptr_array_unref);

  query.sort = BYLINE_ARTICLE_SORT_HEADLINE;
  list = byline_store_list_articles (store, &query, NULL, &error);
  g_assert_cmpstr (byline_article_get_headline (g_ptr_array_index (list, 0)), ==, "Apple");
  g_assert_cmpstr (byline_article_get_headline (g_ptr_array_index (list, 3)), ==, "date");
  g_clear_pointer (&list, g_ptr_array_unref);

  query.offset = 1;
  query.limit = 2;
  list = byline_store_list_articles (store, &query, NULL, &error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (byline_article_get_headline (g_ptr_array_index (list, 0)), ==, "banana");
  g_clear_pointer (&list, g_ptr_array_unref);

  query = (BylineArticleQuery) BYLINE_ARTICLE_QUERY_INIT;
  query.any_status = FALSE;
  query.status = BYLINE_ARTICLE_STATUS_READY;
  g_assert_cmpint (byline_store_count_articles (store, &query, NULL, &error), ==, 2);
  query.section = "World";
  list = byline_store_list_articles (store, &query, NULL, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (byline_article_get_headline (g_ptr_array_index (list, 0)), ==, "date");
  query.section = "Nowhere";
  g_assert_cmpint (byline_store_count_articles (store, &query, NULL, &error), ==, 0);

  g_clear_object (&store);
  test_store_rmdir (dir);
}

static void
test_store_duplicate (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autoptr(BylineStore) store = test_store_open (dir);
  g_autoptr(BylineArticle) article = test_store_article ("Original", "Body");
  g_autoptr(BylineArticle) copy = NULL;
  g_autoptr(GError) error = NULL;

  byline_article_set_status (article, BYLINE_ARTICLE_STATUS_PUBLISHED);
  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  copy = byline_store_duplicate_article (store, byline_article_get_id (article), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (byline_article_get_id (copy), !=, byline_article_get_id (article));
  g_assert_cmpstr (byline_article_get_uuid (copy), !=, byline_article_get_uuid (article));
  g_assert_cmpstr (byline_article_get_body (copy), ==, "Body");
  g_assert_true (g_str_has_prefix (byline_article_get_headline (copy), "Original"));
  g_assert_cmpint (byline_article_get_status (copy), ==, BYLINE_ARTICLE_STATUS_DRAFT);
  g_assert_cmpint (byline_store_count_articles (store, NULL, NULL, NULL), ==, 2);

  g_clear_object (&store);
  test_store_rmdir (dir);
}

static void
changed_cb (BylineStore *store,
            gint64       id,
            guint        change,
            GArray      *log)
{
  gint64 entry[2] = { id, change };

  g_array_append_vals (log, entry, 2);
}

static void
test_store_signal (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autoptr(BylineStore) store = test_store_open (dir);
  g_autoptr(BylineArticle) article = test_store_article ("Signal", "Body");
  g_autoptr(GArray) log = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 id;

  g_signal_connect (store, "articles-changed", G_CALLBACK (changed_cb), log);
  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, NULL));
  id = byline_article_get_id (article);
  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_AUTOSAVE, NULL, NULL));
  g_assert_true (byline_store_delete_article (store, id, NULL, NULL));

  g_assert_cmpuint (log->len, ==, 6);
  g_assert_cmpint (g_array_index (log, gint64, 0), ==, id);
  g_assert_cmpint (g_array_index (log, gint64, 1), ==, BYLINE_STORE_CHANGE_ADDED);
  g_assert_cmpint (g_array_index (log, gint64, 3), ==, BYLINE_STORE_CHANGE_MODIFIED);
  g_assert_cmpint (g_array_index (log, gint64, 5), ==, BYLINE_STORE_CHANGE_REMOVED);

  g_clear_object (&store);
  test_store_rmdir (dir);
}

static void
async_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GAsyncResult *
wait_result (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

static void
test_store_async (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "byline.db", NULL);
  g_autoptr(BylineStore) store = NULL;
  g_autoptr(BylineArticle) article = test_store_article ("Async", "Body");
  g_autoptr(BylineArticle) loaded = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  GAsyncResult *result = NULL;

  byline_store_new_async (path, NULL, async_cb, &result);
  store = byline_store_new_finish (wait_result (&result), &error);
  g_assert_no_error (error);
  g_clear_object (&result);

  byline_store_save_article_async (store, article, BYLINE_SAVE_EXPLICIT, NULL, async_cb, &result);
  g_assert_true (byline_store_save_article_finish (store, wait_result (&result), &error));
  g_assert_no_error (error);
  g_assert_cmpint (byline_article_get_id (article), >, 0);
  g_assert_nonnull (byline_article_get_modified (article));
  g_clear_object (&result);

  byline_store_load_article_async (store, byline_article_get_id (article), NULL, async_cb, &result);
  loaded = byline_store_load_article_finish (store, wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (byline_article_get_headline (loaded), ==, "Async");
  g_clear_object (&result);

  byline_store_list_articles_async (store, NULL, NULL, async_cb, &result);
  list = byline_store_list_articles_finish (store, wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  g_clear_object (&result);

  byline_store_search_async (store, "async", 10, NULL, async_cb, &result);
  hits = byline_store_search_finish (store, wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_clear_object (&result);

  /* A cancelled call reports G_IO_ERROR_CANCELLED. */
  g_cancellable_cancel (cancellable);
  byline_store_load_article_async (store, byline_article_get_id (article), cancellable, async_cb, &result);
  g_assert_null (byline_store_load_article_finish (store, wait_result (&result), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_object (&result);

  g_clear_object (&store);
  test_store_rmdir (dir);
}

static void
test_store_accounts_links_terms (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autoptr(BylineStore) store = test_store_open (dir);
  g_autoptr(BylineAccount) account = byline_account_new ("local", "http://127.0.0.1:8080/",
                                                         "http://127.0.0.1:8080/wp-json/", "editor", "Editor");
  g_autoptr(BylineAccount) found = NULL;
  g_autoptr(BylineArticle) article = test_store_article ("Linked", "Body");
  g_autoptr(BylineArticle) loaded = NULL;
  g_autoptr(BylineArticleLink) link = byline_article_link_new ("local", 42, "http://127.0.0.1:8080/?p=42",
                                                               "2026-01-01T10:00:00", "abc");
  g_autoptr(BylineArticleLink) bad = byline_article_link_new ("nope", 1, NULL, NULL, NULL);
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_term_free);
  g_autoptr(GPtrArray) cached = NULL;
  g_autoptr(GPtrArray) accounts = NULL;
  g_autoptr(GError) error = NULL;
  const BylineArticleLink *got;

  g_assert_true (byline_store_save_account (store, account, &error));
  g_assert_no_error (error);
  g_assert_cmpint (account->id, >, 0);
  g_free (account->display_name);
  account->display_name = g_strdup ("Chief Editor");
  g_assert_true (byline_store_save_account (store, account, &error));
  found = byline_store_find_account (store, "local", &error);
  g_assert_cmpstr (found->display_name, ==, "Chief Editor");
  g_assert_cmpstr (found->api_root, ==, "http://127.0.0.1:8080/wp-json/");
  accounts = byline_store_list_accounts (store, &error);
  g_assert_cmpuint (accounts->len, ==, 1);

  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  g_assert_true (byline_store_set_link (store, byline_article_get_id (article), link, &error));
  g_assert_no_error (error);
  g_assert_false (byline_store_set_link (store, byline_article_get_id (article), bad, &error));
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A later save of an older copy leaves the link alone. */
  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_AUTOSAVE, NULL, &error));
  loaded = byline_store_load_article (store, byline_article_get_id (article), NULL, &error);
  got = byline_article_find_link (loaded, "local");
  g_assert_nonnull (got);
  g_assert_cmpint (got->remote_id, ==, 42);
  g_assert_cmpstr (got->content_hash, ==, "abc");

  g_ptr_array_add (terms, byline_term_new (3, "Politics", "politics", 0));
  g_ptr_array_add (terms, byline_term_new (4, "Economy", "economy", 3));
  g_assert_true (byline_store_replace_terms (store, "local", "category", terms, &error));
  g_assert_no_error (error);
  cached = byline_store_list_terms (store, "local", "category", &error);
  g_assert_cmpuint (cached->len, ==, 2);
  g_assert_cmpstr (((BylineTerm *) g_ptr_array_index (cached, 0))->name, ==, "Economy");
  g_assert_cmpint (((BylineTerm *) g_ptr_array_index (cached, 0))->parent, ==, 3);
  g_clear_pointer (&cached, g_ptr_array_unref);
  g_ptr_array_set_size (terms, 1);
  g_assert_true (byline_store_replace_terms (store, "local", "category", terms, &error));
  cached = byline_store_list_terms (store, "local", "category", &error);
  g_assert_cmpuint (cached->len, ==, 1);
  g_assert_false (byline_store_replace_terms (store, "local", "colour", terms, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* Deleting the account drops its links. */
  g_assert_true (byline_store_delete_account (store, "local", &error));
  g_clear_object (&loaded);
  loaded = byline_store_load_article (store, byline_article_get_id (article), NULL, &error);
  g_assert_cmpuint (byline_article_get_links (loaded)->len, ==, 0);

  g_clear_object (&store);
  test_store_rmdir (dir);
}

/* Two threads asking the store the same questions at once: each gets its
 * own answer. (A statement is cached and shared; it was once reset and
 * unbound after the store's lock was released, while the other thread
 * had bound its own values to it: a double free, or a question asked
 * without its values.) */
typedef struct
{
  BylineStore *store;
  gint64       remote_id;
  gint64       article_id;
  guint        wrong;
} Asker;

static gpointer
ask_linked (gpointer data)
{
  Asker *asker = data;

  for (guint i = 0; i < 3000; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 found = byline_store_find_linked_article (asker->store, "local", asker->remote_id, &error);
      g_autoptr(BylineAccount) account = byline_store_find_account (asker->store, "local", &error);

      asker->wrong += found != asker->article_id || account == NULL || error != NULL;
    }
  return NULL;
}

static void
test_store_threads (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autoptr(BylineStore) store = test_store_open (dir);
  g_autoptr(BylineAccount) account = byline_account_new ("local", "http://127.0.0.1:8080/",
                                                         "http://127.0.0.1:8080/wp-json/", "editor", "Editor");
  g_autoptr(GError) error = NULL;
  Asker askers[2] = { { store, 42, 0, 0 }, { store, 43, 0, 0 } };
  GThread *threads[G_N_ELEMENTS (askers)];

  g_assert_true (byline_store_save_account (store, account, &error));
  for (guint i = 0; i < G_N_ELEMENTS (askers); i++)
    {
      g_autoptr(BylineArticle) article = test_store_article ("Linked", "Body");
      g_autoptr(BylineArticleLink) link = byline_article_link_new ("local", askers[i].remote_id, NULL, NULL, NULL);

      g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
      g_assert_true (byline_store_set_link (store, byline_article_get_id (article), link, &error));
      g_assert_no_error (error);
      askers[i].article_id = byline_article_get_id (article);
    }
  for (guint i = 0; i < G_N_ELEMENTS (askers); i++)
    threads[i] = g_thread_new ("asker", ask_linked, &askers[i]);
  for (guint i = 0; i < G_N_ELEMENTS (askers); i++)
    g_thread_join (threads[i]);
  for (guint i = 0; i < G_N_ELEMENTS (askers); i++)
    g_assert_cmpuint (askers[i].wrong, ==, 0);

  g_clear_object (&store);
  test_store_rmdir (dir);
}

static void
test_store_outbox_persists (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autoptr(BylineStore) store = test_store_open (dir);
  g_autoptr(BylineAccount) account = byline_account_new ("site", "http://127.0.0.1/", NULL, "ed", NULL);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(BylineOutboxItem) due = NULL;
  g_autoptr(GError) error = NULL;
  gint64 now = 1000000, a, b;
  BylineOutboxItem *item;

  byline_store_set_clock (store, test_store_fake_clock, &now);
  g_assert_true (byline_store_save_account (store, account, &error));
  a = byline_store_outbox_enqueue (store, "publish", "site", 7, "{\"status\":\"publish\"}", &error);
  b = byline_store_outbox_enqueue (store, "moderate", "site", 9, "{\"status\":\"spam\"}", &error);
  g_assert_no_error (error);
  g_assert_cmpint (b, >, a);
  g_assert_cmpint (byline_store_outbox_enqueue (store, "publish", "no-such-site", 7, NULL, &error), ==, 0);
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (byline_store_outbox_mark (store, a, "sending", NULL, now, &error));
  g_assert_true (byline_store_outbox_mark (store, a, "failed", "HTTP 503", now + 60, &error));
  g_assert_no_error (error);
  g_assert_false (byline_store_outbox_mark (store, a, "lost", NULL, 0, &error));
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Reopen: everything is still there. */
  g_clear_object (&store);
  store = test_store_open (dir);
  byline_store_set_clock (store, test_store_fake_clock, &now);
  items = byline_store_outbox_list (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 2);
  item = g_ptr_array_index (items, 0);
  g_assert_cmpint (item->id, ==, a);
  g_assert_cmpstr (item->kind, ==, "publish");
  g_assert_cmpstr (item->account, ==, "site");
  g_assert_cmpint (item->target, ==, 7);
  g_assert_cmpstr (item->payload, ==, "{\"status\":\"publish\"}");
  g_assert_cmpstr (item->state, ==, "failed");
  g_assert_cmpuint (item->attempts, ==, 1);
  g_assert_cmpstr (item->last_error, ==, "HTTP 503");
  g_assert_cmpint (item->next_attempt, ==, now + 60);
  g_assert_cmpint (item->created, ==, now);
  g_assert_cmpint (byline_store_outbox_count (store, "pending", &error), ==, 1);

  /* The failed one is not due yet; the pending one is. */
  due = byline_store_outbox_next_due (store, &error);
  g_assert_cmpint (due->id, ==, b);
  g_clear_pointer (&due, byline_outbox_item_free);
  g_assert_true (byline_store_outbox_mark (store, b, "done", NULL, 0, &error));
  now += 61;
  due = byline_store_outbox_next_due (store, &error);
  g_assert_cmpint (due->id, ==, a);
  g_clear_pointer (&due, byline_outbox_item_free);
  g_assert_true (byline_store_outbox_mark (store, a, "done", NULL, 0, &error));
  g_assert_null (byline_store_outbox_next_due (store, &error));
  g_assert_no_error (error);

  /* One row by id, done ones too; an unknown id is an error. */
  due = byline_store_outbox_get (store, b, &error);
  g_assert_no_error (error);
  g_assert_cmpint (due->id, ==, b);
  g_assert_cmpstr (due->state, ==, "done");
  g_assert_cmpstr (due->account, ==, "site");
  g_clear_pointer (&due, byline_outbox_item_free);
  g_assert_null (byline_store_outbox_get (store, b + 1000, &error));
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_clear_object (&store);
  test_store_rmdir (dir);
}

static void
test_store_comments_cache (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autoptr(BylineStore) store = test_store_open (dir);
  g_autoptr(BylineAccount) account = byline_account_new ("site", "http://127.0.0.1/", NULL, "ed", NULL);
  g_autoptr(BylineCachedComment) comment = byline_cached_comment_new ();
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  const char *reasons[] = { "3 links", "word “casino”", NULL };
  gint64 id, again;

  g_assert_true (byline_store_save_account (store, account, &error));
  comment->account = g_strdup ("site");
  comment->remote_id = 501;
  comment->post_remote_id = 42;
  comment->post_headline = g_strdup ("Ferries return");
  comment->author_name = g_strdup ("Реза <script>");
  comment->author_email = g_strdup ("reza@example.org");
  comment->author_ip = g_strdup ("127.0.0.2");
  comment->author_user_agent = g_strdup ("Mozilla/5.0");
  comment->date_gmt = g_strdup ("2026-01-02T03:04:05");
  comment->status = g_strdup ("hold");
  comment->content = g_strdup ("<a href=\"javascript:alert(1)\">win</a> best casino in town");
  comment->spam_score = 0.94;
  comment->spam_reasons = g_strdupv ((char **) reasons);

  id = byline_store_upsert_comment (store, comment, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_free (comment->content);
  comment->content = g_strdup ("edited: casino");
  again = byline_store_upsert_comment (store, comment, &error);
  g_assert_cmpint (again, ==, id);

  list = byline_store_list_comments (store, "site", "hold", NULL, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  {
    BylineCachedComment *got = g_ptr_array_index (list, 0);

    g_assert_cmpstr (got->content, ==, "edited: casino");
    g_assert_cmpstr (got->author_name, ==, "Реза <script>");
    g_assert_cmpstr (got->author_user_agent, ==, "Mozilla/5.0");
    g_assert_cmpfloat (got->spam_score, ==, 0.94);
    g_assert_cmpstr (got->spam_reasons[1], ==, "word “casino”");
  }
  g_clear_pointer (&list, g_ptr_array_unref);

  /* FTS over content and author; injection-shaped text is harmless. */
  list = byline_store_list_comments (store, NULL, NULL, "реза", 0, 0, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = byline_store_list_comments (store, NULL, NULL, "casino\" OR NEAR(", 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);

  g_assert_true (byline_store_moderate_comment (store, id, "spam", "ed", &error));
  g_assert_true (byline_store_moderate_comment (store, id, "trash", "ed", &error));
  list = byline_store_list_comments (store, NULL, "trash", NULL, 0, 0, &error);
  g_assert_cmpuint (list->len, ==, 1);
  history = byline_store_comment_history (store, id, &error);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (history, 0), "hold→spam ed"));
  {
    g_autoptr(GPtrArray) changes = byline_store_comment_changes (store, id, &error);
    BylineCommentChange *first = g_ptr_array_index (changes, 0);

    g_assert_cmpuint (changes->len, ==, 2);
    g_assert_cmpstr (first->old_status, ==, "hold");
    g_assert_cmpstr (first->new_status, ==, "spam");
    g_assert_cmpstr (first->actor, ==, "ed");
    g_assert_cmpint (first->at, >, 0);
  }
  g_assert_false (byline_store_moderate_comment (store, id, "deleted", NULL, &error));
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (byline_store_moderate_comment (store, id + 100, "spam", NULL, &error));
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND);

  g_clear_object (&store);
  test_store_rmdir (dir);
}

/* The -wal while the store is open and after: a checkpoint leaves the
 * file's pages for the next writes (a sync's batches reuse them), and
 * closing the store empties it (it is never deleted: see byline-store.c). */
static void
test_store_wal_kept_then_emptied (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autofree char *wal = g_build_filename (dir, "byline.db-wal", NULL);
  g_autoptr(BylineStore) store = test_store_open (dir);
  g_autoptr(BylineAccount) account = byline_account_new ("site", "http://127.0.0.1/", NULL, "ed", NULL);
  g_autofree char *text = g_strnfill (2000, 'w');
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (byline_store_save_account (store, account, &error));
  /* About 8 MB of comments, as a sync writes them */
  for (guint batch = 0; batch < 8; batch++)
    {
      g_autoptr(GPtrArray) comments = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_cached_comment_free);

      for (guint i = 0; i < 500; i++)
        {
          BylineCachedComment *comment = byline_cached_comment_new ();

          comment->account = g_strdup ("site");
          comment->remote_id = batch * 500 + i + 1;
          comment->status = g_strdup ("approved");
          comment->content = g_strdup (text);
          comment->date_gmt = g_strdup ("2026-01-02T03:04:05");
          g_ptr_array_add (comments, comment);
        }
      g_assert_true (byline_store_upsert_comments (store, comments, &error));
      g_assert_no_error (error);
    }
  /* Once every page is checkpointed (here by another connection), the
   * next write starts the -wal again from its beginning: the file keeps
   * its size (with journal_size_limit=0 it would be cut to that write's). */
  {
    g_autofree char *path = g_build_filename (dir, "byline.db", NULL);
    int logged = -1, copied = -1;
    sqlite3 *db;

    g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
    /* (read once: a connection that has read nothing is in no WAL yet) */
    g_assert_cmpint (sqlite3_exec (db, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_wal_checkpoint_v2 (db, NULL, SQLITE_CHECKPOINT_PASSIVE, &logged, &copied), ==, SQLITE_OK);
    g_assert_cmpint (copied, ==, logged);
    sqlite3_close (db);
  }
  {
    g_autoptr(BylineCachedComment) comment = byline_cached_comment_new ();

    comment->account = g_strdup ("site");
    comment->remote_id = 1;
    comment->status = g_strdup ("spam");
    g_assert_cmpint (byline_store_upsert_comment (store, comment, &error), >, 0);
  }
  g_assert_cmpint (g_stat (wal, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 1024 * 1024);

  /* Closed once nothing holds it: the accounts-changed signal until it
   * is emitted, and the search index's quiet-time flush on the worker
   * thread (due INDEX_DELAY_MS after the batches' commits, already due
   * on a slow machine) until it returns to this context. */
  {
    gpointer alive = store;
    gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

    g_object_add_weak_pointer (G_OBJECT (store), &alive);
    g_clear_object (&store);
    while (alive != NULL && g_get_monotonic_time () < deadline)
      {
        if (!g_main_context_iteration (NULL, FALSE))
          g_usleep (1000);
      }
    g_assert_null (alive);
  }
  g_assert_cmpint (g_stat (wal, &st), ==, 0);
  g_assert_cmpint (st.st_size, ==, 0);
  test_store_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/store/open-creates-latest-schema", test_store_open_creates_latest_schema);
  g_test_add_func ("/store/crud", test_store_crud);
  g_test_add_func ("/store/list-and-count", test_store_list_and_count);
  g_test_add_func ("/store/duplicate", test_store_duplicate);
  g_test_add_func ("/store/signal", test_store_signal);
  g_test_add_func ("/store/async", test_store_async);
  g_test_add_func ("/store/accounts-links-terms", test_store_accounts_links_terms);
  g_test_add_func ("/store/outbox-persists", test_store_outbox_persists);
  g_test_add_func ("/store/threads", test_store_threads);
  g_test_add_func ("/store/comments-cache", test_store_comments_cache);
  g_test_add_func ("/store/wal-kept-then-emptied", test_store_wal_kept_then_emptied);

  return g_test_run ();
}

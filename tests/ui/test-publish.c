/* test-publish.c: the publish popover and the accounts page
 *
 * The checklist follows the article (missing alt text, a schedule time in
 * the past); a publish through the popover reaches an in-process
 * WordPress and records the link on the editor's article.
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-test-ui.h"
#include "byline-publish-popover.h"
#include "byline-accounts-page.h"
#include "../core/publisher-test-util.h"

static void
wait_until (gboolean (*done) (gpointer),
            gpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* Destroys @window and lets GTK finish with its surfaces. */
static void
close_window (GtkWidget *window)
{
  gtk_widget_set_visible (window, FALSE);
  for (guint i = 0; i < 50; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
not_busy (gpointer data)
{
  return !byline_publish_popover_is_busy (data);
}

static void
test_popover (void)
{
  Pub p = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineArticle) article = NULL;
  g_autoptr(GTimeZone) tehran = g_time_zone_new_identifier ("Asia/Tehran");
  g_autoptr(GDateTime) past = g_date_time_new (tehran, 2020, 1, 1, 9, 0, 0);
  g_autoptr(GDateTime) future = g_date_time_new (tehran, 2035, 1, 1, 9, 0, 0);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *button = gtk_menu_button_new ();
  BylinePublishPopover *popover = byline_publish_popover_new ();
  const BylineArticleLink *link;

  pub_setup (&p, TRUE);
  /* The popover's publisher uses the outbox runner of the test store. */
  byline_publish_popover_set_publisher (popover, p.publisher);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), GTK_WIDGET (popover));
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), button);
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  gtk_window_present (GTK_WINDOW (window));

  article = byline_store_load_article (p.store, pub_story (&p, "Ferry fares rise"), NULL, &error);
  g_assert_no_error (error);
  byline_article_set_image_alt (article, "");
  byline_publish_popover_set_article (popover, article);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));

  /* Missing alt text is flagged, but does not block. */
  g_assert_cmpint (byline_publish_popover_check_state (popover, "headline"), ==, 1);
  g_assert_cmpint (byline_publish_popover_check_state (popover, "image-alt"), ==, 0);
  g_assert_true (byline_publish_popover_can_publish (popover));
  byline_article_set_image_alt (article, "The ferry at dawn");
  g_assert_cmpint (byline_publish_popover_check_state (popover, "image-alt"), ==, 1);

  /* A schedule time in the past blocks. */
  byline_article_set_time_zone (article, "Asia/Tehran");
  byline_article_set_date (article, past);
  g_assert_cmpint (byline_publish_popover_check_state (popover, "schedule"), ==, -1);
  byline_publish_popover_set_status (popover, "future");
  g_assert_cmpint (byline_publish_popover_check_state (popover, "schedule"), ==, 0);
  g_assert_false (byline_publish_popover_can_publish (popover));
  byline_article_set_date (article, future);
  g_assert_cmpint (byline_publish_popover_check_state (popover, "schedule"), ==, 1);
  g_assert_true (byline_publish_popover_can_publish (popover));
  byline_test_save_screenshot (GTK_WIDGET (popover), "publish-popover");

  /* Publish: saved, sent, and the link lands on the editor's article. */
  byline_publish_popover_publish (popover);
  g_assert_true (byline_publish_popover_is_busy (popover));
  wait_until (not_busy, popover);
  g_assert_null (byline_publish_popover_get_message (popover));
  link = byline_article_find_link (article, "site");
  g_assert_nonnull (link);
  g_assert_cmpint (link->remote_id, ==, json_object_get_int_member (pub_only_post (&p), "id"));
  g_assert_cmpint (byline_article_get_status (article), ==, BYLINE_ARTICLE_STATUS_SCHEDULED);
  g_assert_cmpstr (json_object_get_string_member (pub_only_post (&p), "date_gmt"), ==, "2035-01-01T05:30:00");

  /* No password for the account (the real CMS function, no keyring, no
   * BYLINE_PASSWORD): the popover says so in plain words. */
  g_unsetenv ("BYLINE_PASSWORD");
  byline_outbox_runner_set_cms_func (p.runner, NULL, NULL, NULL);
  byline_publish_popover_publish (popover);
  wait_until (not_busy, popover);
  g_assert_nonnull (byline_publish_popover_get_message (popover));
  g_assert_nonnull (strstr (byline_publish_popover_get_message (popover), "application password"));

  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  close_window (window);
  pub_teardown (&p);
}

static void
test_accounts_page (void)
{
  Pub p = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineAccount) second = NULL;
  BylineAccountsPage *page;
  GtkWidget *window = adw_preferences_window_new ();

  pub_setup (&p, FALSE);
  page = byline_accounts_page_new (p.store);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (window), ADW_PREFERENCES_PAGE (page));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpuint (byline_accounts_page_get_n_accounts (page), ==, 1);

  second = byline_account_new ("other", "http://127.0.0.1:9", "", "author", "Author");
  g_assert_true (byline_store_save_account (p.store, second, &error));
  byline_accounts_page_set_store (page, NULL);
  byline_accounts_page_set_store (page, p.store);
  g_assert_cmpuint (byline_accounts_page_get_n_accounts (page), ==, 2);
  byline_test_save_screenshot (window, "accounts-page");

  close_window (window);
  pub_teardown (&p);
}

int
main (int   argc,
      char *argv[])
{
  byline_test_ui_init (&argc, &argv);

  g_test_add_func ("/publish/popover", test_popover);
  g_test_add_func ("/publish/accounts-page", test_accounts_page);

  return g_test_run ();
}

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
#include "byline-conflict-window.h"
#include "../core/publisher-test-util.h"

static void
wait_until (gboolean (*done) (gpointer),
            gpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + BYLINE_TEST_WAIT_MS * 1000;

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
is_named (GtkWidget     *widget,
          gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

static gboolean
not_busy (gpointer data)
{
  return !byline_publish_popover_is_busy (data);
}

static gboolean
is_drop_down (GtkWidget     *widget,
              gconstpointer  data)
{
  return GTK_IS_DROP_DOWN (widget);
}

static gboolean
is_pill (GtkWidget     *widget,
         gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "pill");
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
  /* This site answers from this thread's main loop, which a starved X
   * server can stall for seconds (with the one-second timeout of the core
   * tests, CI's busy machine saw "did not answer in time") */
  p.wp->client_timeout = 30;
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

  /* A draft goes to the site as a draft unless the editor says otherwise:
   * the status offered follows the story's (it offered Publish for all) */
  g_assert_cmpint (byline_article_get_status (article), ==, BYLINE_ARTICLE_STATUS_DRAFT);
  g_assert_cmpstr (byline_publish_popover_get_status (popover), ==, "draft");
  byline_article_set_status (article, BYLINE_ARTICLE_STATUS_READY);
  g_assert_cmpstr (byline_publish_popover_get_status (popover), ==, "publish");
  byline_article_set_status (article, BYLINE_ARTICLE_STATUS_IN_REVIEW);
  g_assert_cmpstr (byline_publish_popover_get_status (popover), ==, "pending");
  byline_publish_popover_set_status (popover, "publish");
  byline_article_set_headline (article, "Ferry fares rise again");
  g_assert_cmpstr (byline_publish_popover_get_status (popover), ==, "publish");
  byline_article_set_status (article, BYLINE_ARTICLE_STATUS_DRAFT);
  g_assert_cmpstr (byline_publish_popover_get_status (popover), ==, "draft");

  /* Missing alt text is flagged, but does not block. */
  g_assert_cmpint (byline_publish_popover_check_state (popover, "headline"), ==, 1);
  /* One mark a row, the icon's (the title repeated it as a ✓) */
  {
    GtkWidget *row = byline_test_find_widget (GTK_WIDGET (popover), is_named, "headline");

    g_assert_nonnull (row);
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Headline");
  }
  g_assert_cmpint (byline_publish_popover_check_state (popover, "image-alt"), ==, 0);
  g_assert_true (byline_publish_popover_can_publish (popover));
  byline_article_set_image_alt (article, "The ferry at dawn");
  g_assert_cmpint (byline_publish_popover_check_state (popover, "image-alt"), ==, 1);
  /* No excerpt: flagged only when there is no standfirst either (the
   * standfirst is sent as the excerpt) */
  byline_article_set_excerpt (article, "");
  byline_article_set_standfirst (article, "Fares rise by 12 per cent");
  g_assert_cmpint (byline_publish_popover_check_state (popover, "excerpt"), ==, 1);
  byline_article_set_standfirst (article, "");
  g_assert_cmpint (byline_publish_popover_check_state (popover, "excerpt"), ==, 0);

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
  /* The time it goes out, as the details panel says it (it said "01/01/35 09:00 +0330") */
  g_assert_nonnull (byline_test_find_widget (GTK_WIDGET (popover), byline_test_label_is,
                                             "1 January 2035, 09:00 (Asia/Tehran)"));
  g_free (byline_test_save_screenshot (GTK_WIDGET (popover), "publish-popover.png"));
  /* A screen reader hears a name for each control, without the mnemonic
   * underscore GTK 4.8 puts in a button's ("_Schedule Schedule") */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (byline_test_find_widget (GTK_WIDGET (popover), is_drop_down, NULL)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Account");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (byline_test_find_widget (GTK_WIDGET (popover), is_pill, NULL)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Schedule");

  /* Publish: saved, sent, and the link lands on the editor's article. */
  byline_publish_popover_publish (popover);
  g_assert_true (byline_publish_popover_is_busy (popover));
  wait_until (not_busy, popover);
  g_assert_cmpstr (byline_publish_popover_get_message (popover), ==, NULL);
  /* Done: it closes, leaving the toast in sight */
  byline_test_wait_until (!gtk_widget_get_visible (GTK_WIDGET (popover)), BYLINE_TEST_WAIT_MS);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  link = byline_article_find_link (article, "site");
  g_assert_nonnull (link);
  g_assert_cmpint (link->remote_id, ==, json_object_get_int_member (pub_only_post (&p), "id"));
  g_assert_cmpint (byline_article_get_status (article), ==, BYLINE_ARTICLE_STATUS_SCHEDULED);
  g_assert_cmpstr (json_object_get_string_member (pub_only_post (&p), "date_gmt"), ==, "2035-01-01T05:30:00");

  /* The status offered follows the post: scheduled, it stays scheduled */
  g_assert_cmpstr (byline_publish_popover_get_status (popover), ==, "future");
  /* A live story kept live sends no status: a private post stays private
   * (as `byline publish` without --status leaves it) */
  json_object_set_string_member (pub_only_post (&p), "status", "private");
  byline_article_set_status (article, BYLINE_ARTICLE_STATUS_PUBLISHED);
  g_assert_cmpstr (byline_publish_popover_get_status (popover), ==, "publish");
  byline_article_set_standfirst (article, "Fares rise by 12 per cent, not 21");
  byline_publish_popover_publish (popover);
  wait_until (not_busy, popover);
  g_assert_cmpstr (byline_publish_popover_get_message (popover), ==, NULL);
  g_assert_cmpstr (json_object_get_string_member (pub_only_post (&p), "status"), ==, "private");
  g_assert_cmpint (byline_article_get_status (article), ==, BYLINE_ARTICLE_STATUS_PUBLISHED);
  /* Unless the editor picks a status: then that one */
  byline_publish_popover_set_status (popover, "draft");
  byline_publish_popover_publish (popover);
  wait_until (not_busy, popover);
  g_assert_cmpstr (json_object_get_string_member (pub_only_post (&p), "status"), ==, "draft");

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

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static gboolean
is_visible_label_containing (GtkWidget     *widget,
                             gconstpointer  text)
{
  return byline_test_label_contains (widget, text) && gtk_widget_is_visible (widget);
}

/* A change the site refused for good is shown with the rest; the editor
 * can give it up from the popover, as `byline outbox --discard` does */
static void
test_popover_discard (void)
{
  Pub p = { 0 };
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *button = gtk_menu_button_new ();
  BylinePublishPopover *popover = byline_publish_popover_new ();
  GtkWidget *discard, *retry;
  gint64 refused, waiting;

  pub_setup (&p, TRUE);
  byline_publish_popover_set_publisher (popover, p.publisher);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), GTK_WIDGET (popover));
  gtk_window_set_child (GTK_WINDOW (window), button);
  gtk_window_present (GTK_WINDOW (window));

  refused = byline_store_outbox_enqueue (p.store, "publish", "site", 4242, "{}", &error);
  g_assert_no_error (error);
  g_assert_true (byline_store_outbox_mark (p.store, refused, "failed", "Sorry, you are not allowed to edit this post.",
                                           0, &error));
  waiting = byline_store_outbox_enqueue (p.store, "publish", "site", 4243, "{}", &error);
  g_assert_true (byline_store_outbox_mark (p.store, waiting, "pending", "Could not connect", G_MAXINT64 / 2, &error));
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));

  discard = byline_test_find_widget (GTK_WIDGET (popover), is_button_labelled, "_Discard Refused");
  retry = byline_test_find_widget (GTK_WIDGET (popover), is_button_labelled, "_Retry");
  g_assert_nonnull (discard);
  g_assert_true (gtk_widget_is_visible (discard));
  g_assert_true (gtk_widget_is_visible (retry));
  g_free (byline_test_save_screenshot (GTK_WIDGET (popover), "publish-popover-refused.png"));
  g_signal_emit_by_name (discard, "clicked");
  /* The refused row is gone; the one still waiting is not */
  g_assert_cmpint (byline_store_outbox_count (p.store, "failed", NULL), ==, 0);
  g_assert_cmpint (byline_store_outbox_count (p.store, "pending", NULL), ==, 1);
  g_assert_false (gtk_widget_get_visible (discard));
  g_assert_true (gtk_widget_is_visible (retry));

  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  close_window (window);
  pub_teardown (&p);
}

/* The conflict window belongs to the main window, names its choices
 * without mnemonic underscores and closes with Escape, changing nothing */
static void
test_conflict_window (void)
{
  Pub p = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineArticle) article = NULL;
  GtkWidget *parent = gtk_window_new ();
  GtkWidget *window;
  GtkWidget *keep;

  pub_setup (&p, FALSE);
  gtk_window_present (GTK_WINDOW (parent));
  article = byline_store_load_article (p.store, pub_story (&p, "Ferry fares rise"), NULL, &error);
  g_assert_no_error (error);
  window = GTK_WIDGET (byline_conflict_window_new (GTK_WINDOW (parent), p.publisher, article, "site", "draft"));
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (window)) == GTK_WINDOW (parent));
  keep = byline_test_find_widget (window, is_button_labelled, "_Keep Mine");
  g_assert_nonnull (keep);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (keep), GTK_ACCESSIBLE_PROPERTY_LABEL, "Keep Mine");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (byline_test_find_widget (window, is_button_labelled, "_Take the Site’s")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Take the Site’s");

  g_assert_true (byline_test_activate_shortcut (window, "Escape"));
  byline_test_wait_until (window == NULL, BYLINE_TEST_WAIT_MS);
  g_assert_null (window);
  close_window (parent);
  pub_teardown (&p);
}

/* The open message dialog (Add a WordPress Account, Remove …?), or NULL */
static GtkWidget *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (window))
        return window;
    }
  return NULL;
}

static void
click (GtkWidget *root,
       const char *label)
{
  GtkWidget *button = byline_test_find_widget (root, is_button_labelled, label);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
}

static void
set_field (GtkWidget  *dialog,
           const char *title,
           const char *text)
{
  GtkWidget *row = byline_test_find_widget (dialog, is_row_titled, title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static gboolean
has_tooltip (GtkWidget     *widget,
             gconstpointer  text)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0;
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
  g_free (byline_test_save_screenshot (window, "accounts-page.png"));

  /* The trash button beside Verify asks first: it drops the account's
   * links and its waiting changes */
  {
    GtkWidget *remove = byline_test_find_widget (GTK_WIDGET (page), has_tooltip, "Remove");
    GtkWidget *dialog;

    g_assert_nonnull (remove);
    g_signal_emit_by_name (remove, "clicked");
    dialog = find_message_dialog ();
    g_assert_nonnull (dialog);
    click (dialog, "_Cancel");
    byline_test_wait_until (find_message_dialog () == NULL, BYLINE_TEST_WAIT_MS);
    byline_test_wait_until (FALSE, 200);
    g_assert_cmpuint (byline_accounts_page_get_n_accounts (page), ==, 2);

    g_signal_emit_by_name (remove, "clicked");
    dialog = find_message_dialog ();
    g_assert_nonnull (dialog);
    click (dialog, "_Remove");
    byline_test_wait_until (byline_accounts_page_get_n_accounts (page) == 1, BYLINE_TEST_WAIT_MS);
    g_assert_cmpuint (byline_accounts_page_get_n_accounts (page), ==, 1);
  }

  close_window (window);
  pub_teardown (&p);
}

/* The fake site as a real one is found (its home page links its REST
 * API), refusing the password while fault_data is set */
static gboolean
site_home (FakeWp            *wp,
           SoupServerMessage *msg,
           const char        *method,
           const char        *path)
{
  if (g_str_equal (path, "/"))
    {
      g_autofree char *link = g_strdup_printf ("<%s/wp-json/>; rel=\"https://api.w.org/\"", wp->url);

      soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Link", link);
      fake_wp_reply_text (msg, 200, "");
      return TRUE;
    }
  if (wp->fault_data == NULL || !g_str_equal (path, "/wp-json/wp/v2/users/me"))
    return FALSE;
  fake_wp_reply_text (msg, 401, "{\"code\":\"incorrect_password\",\"message\":\"The provided password is an "
                      "invalid application password.\",\"data\":{\"status\":401}}");
  return TRUE;
}

/* Adding an account in the window: a refusal (not a web address, a wrong
 * password) is said in the dialog, which stays open with what was typed;
 * the accepted account closes it. The address that is not one crashed the
 * app (the finish function refused its own result); a refusal closed the
 * dialog, lost what was typed, and was said in a toast cut short. */
static void
test_accounts_add_dialog (void)
{
  Pub p = { 0 };
  BylineAccountsPage *page;
  GtkWidget *window = adw_preferences_window_new ();
  GtkWidget *add_label, *dialog, *url;

  pub_setup (&p, FALSE);
  page = byline_accounts_page_new (p.store);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (window), ADW_PREFERENCES_PAGE (page));
  gtk_window_present (GTK_WINDOW (window));

  add_label = byline_test_find_widget (GTK_WIDGET (page), byline_test_label_is, "Add Account");
  g_assert_nonnull (add_label);
  g_signal_emit_by_name (gtk_widget_get_ancestor (add_label, GTK_TYPE_BUTTON), "clicked");
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  /* Its responses are named without the mnemonic underscore */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (byline_test_find_widget (dialog, is_button_labelled, "_Cancel")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Cancel");

  /* Not a web address */
  set_field (dialog, "Site Address", "harbour news");
  set_field (dialog, "User Name", "editor");
  set_field (dialog, "Application Password", "abcd efgh ijkl");
  click (dialog, "_Add");
  byline_test_wait_until (byline_test_find_widget (dialog, is_visible_label_containing, "not a web address"), BYLINE_TEST_WAIT_MS);
  g_assert_nonnull (byline_test_find_widget (dialog, is_visible_label_containing, "not a web address"));
  g_assert_true (find_message_dialog () == dialog);

  /* The site refuses the password: said in the dialog, the fields kept */
  p.wp->fault = site_home;
  p.wp->fault_data = GINT_TO_POINTER (TRUE);
  url = byline_test_find_widget (dialog, is_row_titled, "Site Address");
  gtk_editable_set_text (GTK_EDITABLE (url), p.wp->url);
  click (dialog, "_Add");
  byline_test_wait_until (byline_test_find_widget (dialog, is_visible_label_containing, "did not accept"), BYLINE_TEST_WAIT_MS);
  g_assert_nonnull (byline_test_find_widget (dialog, is_visible_label_containing, "did not accept"));
  g_assert_null (byline_test_find_widget (dialog, is_visible_label_containing, "not a web address"));
  g_assert_true (find_message_dialog () == dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (url)), ==, p.wp->url);
  g_assert_cmpuint (byline_accounts_page_get_n_accounts (page), ==, 1);

  /* No keyring here (the private session bus activates no Secret
   * Service): what to do is said in words; the D-Bus text ("…
   * org.freedesktop.secrets was not provided by any .service files"),
   * which was the message, is only on a line of details under it */
  p.wp->fault_data = NULL;
  g_unsetenv ("BYLINE_PASSWORD");
  click (dialog, "_Add");
  byline_test_wait_until (byline_test_find_widget (dialog, is_visible_label_containing, "no keyring"), BYLINE_TEST_WAIT_MS);
  {
    GtkWidget *message = byline_test_find_widget (dialog, is_visible_label_containing, "no keyring");
    GtkWidget *detail;
    const char *text;

    g_assert_nonnull (message);
    text = gtk_label_get_text (GTK_LABEL (message));
    g_assert_true (g_str_has_prefix (text, "There is no keyring"));
    g_assert_nonnull (strstr (text, "BYLINE_PASSWORD"));
    g_assert_null (strstr (text, "freedesktop"));
    g_assert_null (strstr (text, "DBus"));
    g_assert_null (strstr (text, ".service"));
    g_assert_true (g_str_has_suffix (text, "."));
    detail = gtk_widget_get_next_sibling (message);
    g_assert_true (GTK_IS_LABEL (detail) && gtk_widget_get_visible (detail));
    g_assert_true (gtk_widget_has_css_class (detail, "dim-label"));
    g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (detail)), "not available"));
    g_free (byline_test_save_screenshot (dialog, "accounts-add-no-keyring.png"));
  }
  g_assert_true (find_message_dialog () == dialog);
  g_assert_cmpuint (byline_accounts_page_get_n_accounts (page), ==, 1);

  /* Accepted (no keyring here: the password is BYLINE_PASSWORD's) */
  g_setenv ("BYLINE_PASSWORD", "abcd efgh ijkl", TRUE);
  click (dialog, "_Add");
  byline_test_wait_until (find_message_dialog () == NULL, BYLINE_TEST_WAIT_MS);
  g_assert_null (find_message_dialog ());
  g_assert_cmpuint (byline_accounts_page_get_n_accounts (page), ==, 2);
  g_unsetenv ("BYLINE_PASSWORD");

  /* Cancel closes it */
  g_signal_emit_by_name (gtk_widget_get_ancestor (add_label, GTK_TYPE_BUTTON), "clicked");
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  click (dialog, "_Cancel");
  byline_test_wait_until (find_message_dialog () == NULL, BYLINE_TEST_WAIT_MS);
  g_assert_null (find_message_dialog ());

  close_window (window);
  pub_teardown (&p);
}

int
main (int   argc,
      char *argv[])
{
  /* GTK's test accessibility backend keeps the names a screen reader
   * would read (the suite's GTK_A11Y=none keeps none) */
  g_setenv ("GTK_A11Y", "test", TRUE);
  byline_test_ui_init (&argc, &argv);

  g_test_add_func ("/publish/popover", test_popover);
  g_test_add_func ("/publish/popover-discard", test_popover_discard);
  g_test_add_func ("/publish/accounts-page", test_accounts_page);
  g_test_add_func ("/publish/accounts-add-dialog", test_accounts_add_dialog);
  g_test_add_func ("/publish/conflict-window", test_conflict_window);

  return g_test_run ();
}

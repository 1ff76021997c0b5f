/* test-locale.c: the window in the user's language and style
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Run by run-localized.py, which generates the locale (localedef into a
 * private LOCPATH) and points gettext at the build tree's translations:
 * `run-localized.py fa test-locale` runs the window in Persian. Checks the
 * text direction, translated strings and dates, and renders screenshots
 * (test-artifacts/locale-LANG-*.png), also in the dark and high-contrast
 * styles. With BYLINE_SCREENSHOT_DIR set (build-aux/screenshots), it also
 * writes the metainfo's screenshots there. */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "byline-core.h"
#include "byline-comment-row.h"
#include "byline-test-ui.h"
#include "byline-window.h"

static const char *language;

static gboolean
is_language (const char *code)
{
  return g_str_equal (language, code);
}

static gboolean
is_type (GtkWidget     *widget,
         gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static gboolean
is_drafts_search (GtkWidget     *widget,
                  gconstpointer  placeholder)
{
  g_autofree char *text = NULL;

  if (!GTK_IS_SEARCH_ENTRY (widget))
    return FALSE;
  g_object_get (widget, "placeholder-text", &text, NULL);
  return g_strcmp0 (text, placeholder) == 0;
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_ACTION_ROW (widget) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* The drafts store every window of this run shows: created on first use in
 * a temporary folder, holding both example stories (imported from wire
 * copy), a few more drafts, and some reader comments cached beside them. */
static BylineContext *shared_context;
static char *shared_dir;

static BylineStore *
shared_store (void)
{
  static const char * const other_headlines[] = {
    "Council approves night bus pilot for the harbour district",
    "School meals contract goes back out to tender",
  };
  g_autoptr(BylineStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;

  if (shared_context != NULL)
    return byline_context_get_store (shared_context);

  shared_dir = g_dir_make_tmp ("byline-locale-XXXXXX", NULL);
  db = g_build_filename (shared_dir, "byline.db", NULL);
  store = byline_store_new (db, NULL, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (other_headlines); i++)
    {
      g_autoptr(BylineArticle) draft = byline_article_new ();

      byline_article_set_headline (draft, other_headlines[i]);
      byline_article_set_section (draft, "City");
      byline_article_set_body (draft, "Notes from the meeting, to be written up.");
      g_assert_true (byline_store_save_article (store, draft, BYLINE_SAVE_EXPLICIT, NULL, &error));
      g_assert_no_error (error);
    }

  {
    g_autoptr(BylineAccount) account = byline_account_new ("newsroom", "http://127.0.0.1/", "http://127.0.0.1/wp-json/",
                                                           "editor", "Lena Okafor");

    g_assert_true (byline_store_save_account (store, account, &error));
    g_assert_no_error (error);
  }

  shared_context = byline_context_new (store);
  return byline_context_get_store (shared_context);
}

/* A story as a newsroom has it: imported from wire copy into the shared
 * store (with a few reader comments cached beside it) and loaded back */
/* Readers' comments under the story, as a sync leaves them: scored by
 * the spam filter with its default word lists. */
static void
seed_comments (BylineStore   *store,
               BylineArticle *story)
{
  static const struct {
    const char *author;
    const char *email;
    const char *url;
    const char *ip;
    const char *date;
    const char *content;
  } comments[] = {
    { "Mara Lindqvist", "mara@example.org", NULL, "198.51.100.23", "2023-03-03T10:42:00",
      "Will the old diesel boats be sold, or scrapped? Two of them were refitted only last year." },
    { "Tomasz Wójcik", "tomasz@example.net", NULL, "203.0.113.7", "2023-03-03T10:17:00",
      "Eleven minutes to recharge sounds optimistic for the winter timetable. Has the authority said what happens when the quay is iced over?" },
    { "BEST CASINO BONUS", "win@casino-bonus.example", "https://casino-bonus.example/",
      "192.0.2.66", "2023-03-03T09:58:00",
      "GREAT ARTICLE!!! Claim your free casino bonus now https://casino-bonus.example/win "
      "https://casino-bonus.example/spin https://casino-bonus.example/vip" },
    { "رضا احمدی", "reza@example.ir", NULL, "198.51.100.90", "2023-03-03T09:31:00",
      "در شهر ما هم کشتی‌های برقی آزمایش شد؛ مشکل اصلی ظرفیت شبکه برق در اسکله بود." },
    { "Jo Pennant", "jo.pennant@example.org", "https://harbourwatch.example/", "203.0.113.41",
      "2023-03-03T09:05:00",
      "The berths at North Quay flood at spring tides. Is the substation being built above the flood line?" },
  };
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (comments); i++)
    {
      g_autoptr(BylineCachedComment) comment = byline_cached_comment_new ();
      g_autoptr(BylineSpamVerdict) verdict = NULL;
      g_autoptr(GStrvBuilder) reasons = g_strv_builder_new ();
      BylineSpamSample sample;

      comment->account = g_strdup ("newsroom");
      comment->remote_id = 100 + i + 10 * byline_article_get_id (story);
      comment->post_remote_id = 42;
      comment->post_headline = g_strdup (byline_article_get_headline (story));
      comment->author_name = g_strdup (comments[i].author);
      comment->author_email = g_strdup (comments[i].email);
      comment->author_url = g_strdup (comments[i].url);
      comment->author_ip = g_strdup (comments[i].ip);
      comment->author_user_agent = g_strdup ("Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0");
      comment->date_gmt = g_strdup (comments[i].date);
      comment->status = g_strdup ("hold");
      comment->content = g_strdup (comments[i].content);

      byline_comment_fill_sample (&sample, comment);
      verdict = byline_spam_filter_classify (filter, &sample);
      comment->spam_score = CLAMP (verdict->score, 0.0, 1.0);
      for (guint r = 0; r < verdict->reasons->len; r++)
        g_strv_builder_add (reasons, g_ptr_array_index (verdict->reasons, r));
      comment->spam_reasons = g_strv_builder_end (reasons);

      byline_store_upsert_comment (store, comment, &error);
      g_assert_no_error (error);
    }
}

static BylineArticle *
load_story (const char *file)
{
  /* (each story imported once: the screenshots show one draft of it) */
  static GHashTable *loaded = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("BYLINE_EXAMPLES"), file, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/London");
  g_autoptr(BylineArticle) imported = NULL;
  g_autoptr(GError) error = NULL;
  BylineStore *store = shared_store ();
  BylineArticle *article;
  gsize length;

  if (loaded == NULL)
    loaded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (g_hash_table_contains (loaded, file))
    {
      article = byline_store_load_article (store, *(gint64 *) g_hash_table_lookup (loaded, file), NULL, &error);
      g_assert_no_error (error);
      return article;
    }

  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  imported = byline_import_wire_copy (text, length, zone, &error);
  g_assert_no_error (error);

  byline_article_set_section (imported, g_str_has_suffix (file, "-fa.txt") ? "شهری" : "Transport");
  g_assert_true (byline_store_save_article (store, imported, BYLINE_SAVE_EXPLICIT, NULL, &error));
  g_assert_no_error (error);

  seed_comments (store, imported);

  article = byline_store_load_article (store, byline_article_get_id (imported), NULL, &error);
  g_assert_no_error (error);
  g_hash_table_insert (loaded, g_strdup (file), g_memdup2 (&(gint64) { byline_article_get_id (imported) }, sizeof (gint64)));

  return article;
}

static BylineWindow *
open_window (BylineArticle *article)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  BylineWindow *window;

  g_settings_set_boolean (settings, "metadata-panel-visible", TRUE);
  g_settings_set_boolean (settings, "sidebar-visible", TRUE);
  g_settings_set (settings, "window-size", "(ii)", 1280, 800);

  window = byline_window_new_for_context (NULL, article != NULL ? shared_context : NULL);
  gtk_window_present (GTK_WINDOW (window));
  byline_window_set_article (window, article);
  byline_test_wait_until (gtk_widget_get_mapped (GTK_WIDGET (window)), 5000);
  if (article != NULL)
    byline_test_wait_until (gtk_widget_get_mapped (GTK_WIDGET (byline_window_get_metadata_panel (window))), 5000);
  if (article != NULL)
    byline_test_wait_until (!byline_spell_checker_is_busy (byline_editor_get_spell_checker (byline_window_get_editor (window))),
                            5000);
  byline_test_wait_until (FALSE, 400);

  return window;
}

static void
save_screenshot (BylineWindow *window,
                 const char   *name,
                 const char   *metainfo_name)
{
  g_autofree char *artifact = g_strdup_printf ("locale-%s-%s.png", language, name);
  g_autofree char *png = byline_test_save_screenshot (GTK_WIDGET (window), artifact);
  const char *dir = g_getenv ("BYLINE_SCREENSHOT_DIR");
  GStatBuf st;

  g_assert_cmpint (g_stat (png, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 10000);
  g_test_message ("Screenshot: %s", png);

  if (dir != NULL && metainfo_name != NULL)
    {
      g_autofree char *contents = NULL;
      g_autofree char *target = g_build_filename (dir, metainfo_name, NULL);
      gsize length;

      g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (target, contents, length, NULL));
      g_test_message ("Metainfo screenshot: %s", target);
    }
}

static void
test_locale_direction (void)
{
  GtkTextDirection expected = is_language ("fa") ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR;
  g_autoptr(BylineArticle) article = byline_article_new ();
  BylineWindow *window;
  GtkWidget *sidebar, *editor, *panel, *headerbar;
  graphene_rect_t sidebar_bounds, editor_bounds, panel_bounds;

  /* GTK reads the direction from its own translation of the locale */
  g_assert_cmpint (gtk_widget_get_default_direction (), ==, expected);

  window = open_window (article);
  editor = GTK_WIDGET (byline_window_get_editor (window));
  panel = GTK_WIDGET (byline_window_get_metadata_panel (window));
  sidebar = byline_test_find_widget (GTK_WIDGET (window), is_drafts_search, _("Search drafts"));
  headerbar = byline_test_find_widget (GTK_WIDGET (window), is_type, GSIZE_TO_POINTER (ADW_TYPE_HEADER_BAR));
  g_assert_nonnull (sidebar);
  g_assert_nonnull (headerbar);

  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (window)), ==, expected);
  g_assert_cmpint (gtk_widget_get_direction (headerbar), ==, expected);
  g_assert_cmpint (gtk_widget_get_direction (editor), ==, expected);
  g_assert_cmpint (gtk_widget_get_direction (panel), ==, expected);
  g_assert_cmpint (gtk_widget_get_direction (sidebar), ==, expected);

  /* The panes really are mirrored: drafts at the start, details at the end
   * (the right and the left in Persian) */
  save_screenshot (window, "direction", NULL);
  g_assert_true (gtk_widget_compute_bounds (sidebar, GTK_WIDGET (window), &sidebar_bounds));
  g_assert_true (gtk_widget_compute_bounds (editor, GTK_WIDGET (window), &editor_bounds));
  g_assert_true (gtk_widget_compute_bounds (panel, GTK_WIDGET (window), &panel_bounds));
  if (expected == GTK_TEXT_DIR_RTL)
    {
      g_assert_cmpfloat (sidebar_bounds.origin.x, >, editor_bounds.origin.x);
      g_assert_cmpfloat (editor_bounds.origin.x, >, panel_bounds.origin.x);
    }
  else
    {
      g_assert_cmpfloat (sidebar_bounds.origin.x, <, editor_bounds.origin.x);
      g_assert_cmpfloat (editor_bounds.origin.x, <, panel_bounds.origin.x);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_locale_strings (void)
{
  BylineWindow *window = open_window (NULL);
  AdwStatusPage *empty = ADW_STATUS_PAGE (byline_test_find_widget (GTK_WIDGET (window), is_type,
                                                                   GSIZE_TO_POINTER (ADW_TYPE_STATUS_PAGE)));
  const char *title = adw_status_page_get_title (empty);

  if (is_language ("fa"))
    g_assert_cmpstr (title, ==, "هنوز پیش‌نویسی ندارید");
  else if (is_language ("ru"))
    g_assert_cmpstr (title, ==, "Черновиков пока нет");
  else
    g_assert_cmpstr (title, ==, "No Drafts Yet");

  /* Plurals: Russian has three forms */
  if (is_language ("ru"))
    {
      g_assert_cmpstr (g_dngettext (GETTEXT_PACKAGE, "%u word", "%u words", 1), ==, "%u слово");
      g_assert_cmpstr (g_dngettext (GETTEXT_PACKAGE, "%u word", "%u words", 3), ==, "%u слова");
      g_assert_cmpstr (g_dngettext (GETTEXT_PACKAGE, "%u word", "%u words", 11), ==, "%u слов");
    }
  /* Persian counts in Persian digits (the %I flag and the fa_IR locale) */
  if (is_language ("fa"))
    {
      g_autofree char *words = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u word", "%u words", 12), 12);

      g_assert_cmpstr (words, ==, "۱۲ واژه");
    }

  save_screenshot (window, "empty", NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_locale_dates (void)
{
  g_autoptr(GTimeZone) tehran = g_time_zone_new_identifier ("Asia/Tehran");
  g_autoptr(GDateTime) date = g_date_time_new (tehran, 2023, 3, 3, 10, 20, 0);
  g_autoptr(BylineArticle) article = byline_article_new ();
  BylineWindow *window;
  GtkWidget *row;
  const char *subtitle;

  byline_article_set_headline (article, "Ferries");
  byline_article_set_time_zone (article, "Asia/Tehran");
  byline_article_set_date (article, date);
  window = open_window (article);

  row = byline_test_find_widget (GTK_WIDGET (byline_window_get_metadata_panel (window)), is_row_titled, _("Date and Time"));
  g_assert_nonnull (row);
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
  if (is_language ("fa"))
    g_assert_true (g_str_has_prefix (subtitle, "۱۲ اسفند ۱۴۰۱، ۱۰:۲۰"));
  else if (is_language ("ru"))
    g_assert_true (g_str_has_prefix (subtitle, "3 марта 2023, 10:20"));
  else
    g_assert_true (g_str_has_prefix (subtitle, "3 March 2023, 10:20"));
  g_assert_true (g_str_has_suffix (subtitle, "(Asia/Tehran)"));

  /* Shown in another calendar, stored exactly as it was */
  g_assert_true (g_date_time_equal (byline_article_get_date (article), date));
  g_assert_cmpint (g_date_time_get_utc_offset (byline_article_get_date (article)), ==,
                   g_date_time_get_utc_offset (date));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_locale_story (void)
{
  g_autoptr(BylineArticle) article = load_story (is_language ("en") ? "harbour-ferries.txt" : "tehran-buses-fa.txt");
  BylineWindow *window = open_window (article);

  g_assert_cmpuint (byline_editor_get_word_count (byline_window_get_editor (window)), >, 50);
  /* The story says "en"; a British user (LANGUAGE=en, LC_ALL=en_GB) has it
   * checked with the British dictionary. */
  if (is_language ("en"))
    g_assert_cmpstr (byline_spell_checker_get_dictionary (byline_editor_get_spell_checker (byline_window_get_editor (window))),
                     ==, "en_GB");
  /* Counts carry the locale's thousands separator ("1,640 characters") */
  if (is_language ("en"))
    g_assert_nonnull (strstr (byline_editor_get_stats_text (byline_window_get_editor (window)), ","));
  save_screenshot (window, "story", is_language ("fa") ? "persian.png" : is_language ("en") ? "editor.png" : NULL);

  if (is_language ("en"))
    {
      BylineSearchBar *bar = byline_editor_get_search_bar (byline_window_get_editor (window));

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find-replace", NULL));
      byline_search_bar_set_search_text (bar, "quay");
      byline_search_bar_set_replace_text (bar, "wharf");
      byline_test_wait_until (g_str_has_suffix (byline_search_bar_get_count_text (bar), "of 4"), 3000);
      byline_test_wait_until (FALSE, 400);
      save_screenshot (window, "find-replace", "find-replace.png");

      /* The comment queue, with the readers' comments cached beside the story */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-comments", NULL));
      byline_test_wait_until (FALSE, 1500);
      save_screenshot (window, "comments", "comment-queue.png");
    }

  /* A comment's date in the queue, in the interface's calendar */
  {
    g_autofree char *when = byline_comment_format_date ("2023-03-03T12:00:00Z");

    if (is_language ("fa"))
      g_assert_nonnull (strstr (when, "اسفند"));
    else
      g_assert_null (strstr (when, "اسفند"));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_locale_styles (void)
{
  g_autoptr(BylineArticle) article = load_story (is_language ("en") ? "harbour-ferries.txt" : "tehran-buses-fa.txt");
  g_autoptr(GSettings) a11y = g_settings_new ("org.gnome.desktop.a11y.interface");
  AdwStyleManager *style = adw_style_manager_get_default ();
  BylineWindow *window = open_window (article);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  byline_test_wait_until (FALSE, 400);
  g_assert_true (adw_style_manager_get_dark (style));
  save_screenshot (window, "dark", is_language ("en") ? "dark.png" : NULL);

  /* libadwaita 1.2 follows the a11y high-contrast setting (the portal's,
   * or GSettings when there is no portal, as here) */
  g_settings_set_boolean (a11y, "high-contrast", TRUE);
  byline_test_wait_until (adw_style_manager_get_high_contrast (style), 3000);
  g_assert_true (adw_style_manager_get_high_contrast (style));
  byline_test_wait_until (FALSE, 400);
  save_screenshot (window, "high-contrast-dark", NULL);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  byline_test_wait_until (FALSE, 400);
  g_assert_false (adw_style_manager_get_dark (style));
  save_screenshot (window, "high-contrast", NULL);

  g_settings_reset (a11y, "high-contrast");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("BYLINE_LOCALEDIR");
  int ret;

  /* As main.c does, with the build tree's translations */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  language = g_getenv ("BYLINE_TEST_LANGUAGE") ? g_getenv ("BYLINE_TEST_LANGUAGE") : "en";

  byline_test_ui_init (&argc, &argv);

  g_test_add_func ("/locale/direction", test_locale_direction);
  g_test_add_func ("/locale/strings", test_locale_strings);
  g_test_add_func ("/locale/dates", test_locale_dates);
  g_test_add_func ("/locale/story", test_locale_story);
  g_test_add_func ("/locale/styles", test_locale_styles);

  ret = g_test_run ();

  g_clear_object (&shared_context);
  if (shared_dir != NULL)
    {
      static const char * const files[] = { "byline.db", "byline.db-wal", "byline.db-shm" };

      for (guint i = 0; i < G_N_ELEMENTS (files); i++)
        {
          g_autofree char *file = g_build_filename (shared_dir, files[i], NULL);

          g_remove (file);
        }
      g_rmdir (shared_dir);
      g_free (shared_dir);
    }

  return ret;
}

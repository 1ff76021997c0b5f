/* test-workspace.c: the window over a real store — drafts list, search,
 * new/delete/duplicate, autosave, close, history, preview, import, export,
 * images
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "byline-completion.h"
#include "byline-core.h"
#include "byline-history-window.h"
#include "byline-preview-window.h"
#include "byline-test-ui.h"
#include "byline-ui.h"
#include "byline-window.h"

typedef struct
{
  char          *dir;
  char          *db_path;
  BylineStore   *store;
  BylineContext *context;
  BylineWindow  *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("byline-ws-XXXXXX", &error);
  g_assert_no_error (error);
  f->db_path = g_build_filename (f->dir, "drafts.db", NULL);
  f->store = byline_store_new (f->db_path, NULL, &error);
  g_assert_no_error (error);
  f->context = byline_context_new (f->store);
  byline_context_set_data_dir (f->context, f->dir);
}

static void
open_window (Fixture *f)
{
  f->window = byline_window_new_for_context (NULL, f->context);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (f->window));
  byline_test_wait_until (gtk_widget_get_mapped (GTK_WIDGET (f->window)), 5000);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *cmd = NULL;

  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->context);
  g_clear_object (&f->store);
  cmd = g_strdup_printf ("rm -rf '%s'", f->dir);
  g_assert_cmpint (system (cmd), ==, 0);
  g_free (f->db_path);
  g_free (f->dir);
}

static gint64
add_draft (Fixture    *f,
           const char *headline,
           const char *body)
{
  g_autoptr(BylineArticle) article = byline_article_new ();
  g_autoptr(GError) error = NULL;

  byline_article_set_headline (article, headline);
  byline_article_set_body (article, body);
  g_assert_true (byline_store_save_article (f->store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  g_assert_no_error (error);
  return byline_article_get_id (article);
}

static BylineArticle *
load (Fixture *f,
      gint64   id)
{
  g_autoptr(GError) error = NULL;
  BylineArticle *article = byline_store_load_article (f->store, id, NULL, &error);

  g_assert_no_error (error);
  return article;
}

static GListModel *
sidebar_model (Fixture *f)
{
  return byline_drafts_sidebar_get_model (byline_window_get_drafts_sidebar (f->window));
}

static guint
n_rows (Fixture *f)
{
  GListModel *model = sidebar_model (f);

  return model ? g_list_model_get_n_items (model) : 0;
}

static gint64
open_id (Fixture *f)
{
  BylineArticle *article = byline_window_get_article (f->window);

  return article ? byline_article_get_id (article) : -1;
}

static char *
body_text (Fixture *f)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (byline_editor_get_body_view (byline_window_get_editor (f->window))));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
type_into_body (Fixture    *f,
                const char *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (byline_editor_get_body_view (byline_window_get_editor (f->window))));
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_insert (buffer, &end, text, -1);
  gtk_text_buffer_end_user_action (buffer);
}

static void
test_sidebar_lists_and_opens (Fixture       *f,
                              gconstpointer  data)
{
  GtkSelectionModel *selection;
  g_autoptr(BylineArticle) second = NULL;
  g_autofree char *body = NULL;
  gint64 ids[3];

  ids[0] = add_draft (f, "Harbour ferries", "Six boats.");
  ids[1] = add_draft (f, "Tram strike", "Drivers walk out over pay.");
  ids[2] = add_draft (f, "", "No headline yet.");

  open_window (f);
  g_assert_cmpuint (n_rows (f), ==, 3);
  g_assert_cmpstr (byline_window_get_visible_view (f->window), ==, "empty");

  /* Newest first; the user picks the second row */
  second = g_list_model_get_item (sidebar_model (f), 1);
  g_assert_cmpint (byline_article_get_id (second), ==, ids[1]);
  selection = byline_drafts_sidebar_get_selection (byline_window_get_drafts_sidebar (f->window));
  gtk_selection_model_select_item (selection, 1, TRUE);
  byline_test_wait_until (open_id (f) == ids[1], 5000);
  g_assert_cmpint (open_id (f), ==, ids[1]);
  g_assert_cmpstr (byline_window_get_visible_view (f->window), ==, "editor");
  body = body_text (f);
  g_assert_cmpstr (body, ==, "Drivers walk out over pay.");
  g_assert_cmpint (byline_editor_get_save_state (byline_window_get_editor (f->window)), ==,
                   BYLINE_SAVE_STATE_SAVED);

  /* Sorting by headline keeps the open draft selected */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.sort-drafts", "s", "headline"));
  {
    g_autoptr(BylineArticle) first = g_list_model_get_item (sidebar_model (f), 0);

    g_assert_cmpstr (byline_article_get_headline (first), ==, "");
  }
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (selection)), ==, 2);
}

static void
test_sidebar_search (Fixture       *f,
                     gconstpointer  data)
{
  BylineDraftsSidebar *sidebar;
  g_autoptr(BylineArticle) hit = NULL;
  g_autofree char *markup = NULL;

  add_draft (f, "Harbour ferries", "Six electric boats join the fleet.");
  add_draft (f, "Tram strike", "Drivers walk out over pay.");
  open_window (f);
  sidebar = byline_window_get_drafts_sidebar (f->window);

  gtk_editable_set_text (byline_drafts_sidebar_get_search_entry (sidebar), "electric");
  byline_test_wait_until (byline_drafts_sidebar_get_searching (sidebar) && n_rows (f) == 1, 5000);
  g_assert_cmpuint (n_rows (f), ==, 1);
  hit = g_list_model_get_item (sidebar_model (f), 0);
  g_assert_cmpstr (byline_article_get_headline (hit), ==, "Harbour ferries");
  g_free (byline_test_save_screenshot (GTK_WIDGET (f->window), "sidebar-search.png"));

  gtk_editable_set_text (byline_drafts_sidebar_get_search_entry (sidebar), "nothingmatchesthis");
  byline_test_wait_until (n_rows (f) == 0, 5000);
  g_assert_cmpuint (n_rows (f), ==, 0);

  gtk_editable_set_text (byline_drafts_sidebar_get_search_entry (sidebar), "");
  g_assert_false (byline_drafts_sidebar_get_searching (sidebar));
  g_assert_cmpuint (n_rows (f), ==, 2);

  /* Status filter: nothing is ready */
  byline_drafts_sidebar_set_status_filter (sidebar, BYLINE_ARTICLE_STATUS_READY);
  g_assert_cmpuint (n_rows (f), ==, 0);
  byline_drafts_sidebar_set_status_filter (sidebar, BYLINE_ARTICLE_STATUS_DRAFT);
  g_assert_cmpuint (n_rows (f), ==, 2);

  /* Section filter */
  {
    const char *names[] = { "City", "World", NULL };
    gint64 id = add_draft (f, "Council vote", "Nine to four.");
    g_autoptr(BylineArticle) article = load (f, id);

    byline_article_set_section (article, "City");
    g_assert_true (byline_store_save_article (f->store, article, BYLINE_SAVE_EXPLICIT, NULL, NULL));
    g_assert_cmpuint (n_rows (f), ==, 3);
    byline_drafts_sidebar_set_sections (sidebar, names);
    byline_drafts_sidebar_set_section_filter (sidebar, "City");
    g_assert_cmpuint (n_rows (f), ==, 1);
    byline_drafts_sidebar_set_section_filter (sidebar, "World");
    g_assert_cmpuint (n_rows (f), ==, 0);
    byline_drafts_sidebar_set_section_filter (sidebar, NULL);
    g_assert_cmpuint (n_rows (f), ==, 3);
  }

  /* Snippet markup: matches bold, the rest escaped */
  markup = byline_drafts_sidebar_snippet_markup ("a <b>&amp; [match] and [open");
  g_assert_cmpstr (markup, ==, "a &lt;b&gt;&amp;amp; <b>match</b> and <b>open</b>");
}

static void
test_new_delete_undo_duplicate (Fixture       *f,
                                gconstpointer  data)
{
  BylineEditor *editor;
  gint64 id, copy_id, restored_id;
  guint n_revisions;
  g_autoptr(BylineArticle) stored = NULL;
  g_autoptr(BylineArticle) copy = NULL;

  open_window (f);
  editor = byline_window_get_editor (f->window);
  g_assert_cmpuint (n_rows (f), ==, 0);

  /* Ctrl+N: an empty draft, saved and selected */
  g_assert_true (byline_test_activate_shortcut (GTK_WIDGET (f->window), "<Control>n"));
  byline_test_wait_until (open_id (f) > 0 && n_rows (f) == 1, 5000);
  id = open_id (f);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpuint (n_rows (f), ==, 1);
  byline_test_wait_until (byline_editor_get_save_state (editor) == BYLINE_SAVE_STATE_SAVED, 5000);
  g_assert_cmpint (byline_drafts_sidebar_get_selected_id (byline_window_get_drafts_sidebar (f->window)), ==, id);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (byline_editor_get_headline_view (editor)),
                            "Council backs cycle lanes", -1);
  type_into_body (f, "The vote was 9 to 4.");

  /* Duplicate saves first, then copies */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.duplicate-article", NULL));
  copy_id = open_id (f);
  g_assert_cmpint (copy_id, >, id);
  copy = load (f, copy_id);
  g_assert_cmpstr (byline_article_get_body (copy), ==, "The vote was 9 to 4.");
  g_assert_cmpstr (byline_article_get_headline (copy), ==, "Council backs cycle lanes (copy)");
  stored = load (f, id);
  g_assert_cmpstr (byline_article_get_headline (stored), ==, "Council backs cycle lanes");
  g_assert_cmpuint (n_rows (f), ==, 2);

  /* Delete, then Undo from the toast's action: the same id, with its
   * revisions */
  {
    g_autoptr(GPtrArray) revisions = byline_store_list_revisions (f->store, copy_id, NULL, NULL);

    g_assert_cmpuint (revisions->len, >, 0);
    n_revisions = revisions->len;
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-article", NULL));
  g_assert_null (byline_window_get_article (f->window));
  g_assert_cmpuint (n_rows (f), ==, 1);
  g_assert_null (byline_store_load_article (f->store, copy_id, NULL, NULL));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo-delete", NULL));
  restored_id = open_id (f);
  g_assert_cmpint (restored_id, ==, copy_id);
  g_assert_cmpuint (n_rows (f), ==, 2);
  {
    g_autoptr(BylineArticle) back = load (f, restored_id);
    g_autoptr(GPtrArray) revisions = byline_store_list_revisions (f->store, restored_id, NULL, NULL);

    g_assert_cmpuint (revisions->len, ==, n_revisions);

    g_assert_cmpstr (byline_article_get_headline (back), ==, "Council backs cycle lanes (copy)");
    g_assert_cmpstr (byline_article_get_body (back), ==, "The vote was 9 to 4.");
    g_assert_cmpstr (byline_article_get_uuid (back), ==, byline_article_get_uuid (copy));
  }
}

static gboolean
body_stored (Fixture    *f,
             gint64      id,
             const char *text)
{
  g_autoptr(BylineArticle) article = byline_store_load_article (f->store, id, NULL, NULL);

  return article != NULL && g_strcmp0 (byline_article_get_body (article), text) == 0;
}

static void
test_autosave_and_revision (Fixture       *f,
                            gconstpointer  data)
{
  BylineEditor *editor;
  g_autoptr(GPtrArray) revisions = NULL;
  gint64 id = add_draft (f, "Autosave", "");

  open_window (f);
  editor = byline_window_get_editor (f->window);
  {
    g_autoptr(BylineArticle) article = load (f, id);

    byline_window_set_article (f->window, article);
  }

  type_into_body (f, "First words of the story.");
  g_assert_cmpint (byline_editor_get_save_state (editor), ==, BYLINE_SAVE_STATE_EDITED);
  g_assert_false (body_stored (f, id, "First words of the story."));

  /* Saved without asking, shortly after typing stops */
  byline_test_wait_until (body_stored (f, id, "First words of the story."), 8000);
  g_assert_true (body_stored (f, id, "First words of the story."));
  byline_test_wait_until (byline_editor_get_save_state (editor) == BYLINE_SAVE_STATE_SAVED, 5000);
  g_assert_cmpint (byline_editor_get_save_state (editor), ==, BYLINE_SAVE_STATE_SAVED);
  g_assert_cmpstr (byline_editor_get_save_state_text (editor), ==, "Saved");

  revisions = byline_store_list_revisions (f->store, id, NULL, NULL);
  g_assert_cmpuint (revisions->len, >=, 2);
  g_assert_cmpstr (((BylineRevision *) g_ptr_array_index (revisions, 0))->kind, ==, "autosave");

  /* Ctrl+S: a revision of kind explicit */
  type_into_body (f, " More.");
  g_assert_true (byline_test_activate_shortcut (GTK_WIDGET (f->window), "<Control>s"));
  byline_test_wait_until (body_stored (f, id, "First words of the story. More."), 5000);
  g_clear_pointer (&revisions, g_ptr_array_unref);
  revisions = byline_store_list_revisions (f->store, id, NULL, NULL);
  g_assert_cmpstr (((BylineRevision *) g_ptr_array_index (revisions, 0))->kind, ==, "explicit");
}

static void
test_unsaved_is_not_saved (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(BylineArticle) article = byline_article_new ();
  BylineEditor *editor;

  /* A window without a store cannot save: a new article stays "Edited" */
  f->window = byline_window_new_for_context (NULL, NULL);
  gtk_window_present (GTK_WINDOW (f->window));
  editor = byline_window_get_editor (f->window);
  byline_window_set_article (f->window, article);
  g_assert_cmpint (byline_editor_get_save_state (editor), !=, BYLINE_SAVE_STATE_SAVED);
  g_assert_cmpstr (byline_editor_get_save_state_text (editor), !=, "Saved");
}

static void
test_close_saves (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineStore) reopened = NULL;
  g_autoptr(BylineArticle) article = NULL;
  gint64 id;

  open_window (f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-article", NULL));
  type_into_body (f, "Typed just before closing");
  id = open_id (f);

  /* Closing at once: the save in flight and the last words both land */
  gtk_window_close (GTK_WINDOW (f->window));
  f->window = NULL;
  id = id > 0 ? id : 1;

  reopened = byline_store_new (f->db_path, NULL, &error);
  g_assert_no_error (error);
  article = byline_store_load_article (reopened, id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (byline_article_get_body (article), ==, "Typed just before closing");
  g_assert_cmpint (byline_store_count_articles (reopened, &(BylineArticleQuery) BYLINE_ARTICLE_QUERY_INIT,
                                                NULL, NULL), ==, 1);
}

static void
test_history_restore (Fixture       *f,
                      gconstpointer  data)
{
  BylineHistoryWindow *history;
  g_autoptr(BylineArticle) article = NULL;
  GtkTextBuffer *diff;
  GtkTextIter start, end;
  g_autofree char *diff_text = NULL;
  g_autofree char *body = NULL;
  gint64 id = add_draft (f, "History", "The first version.");

  open_window (f);
  article = load (f, id);
  byline_window_set_article (f->window, article);
  type_into_body (f, " A second sentence.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save", NULL));
  byline_test_wait_until (body_stored (f, id, "The first version. A second sentence."), 5000);

  history = byline_history_window_new (f->window);
  g_assert_cmpuint (byline_history_window_get_n_revisions (history), ==, 2);
  byline_history_window_select (history, 1);
  diff = gtk_text_view_get_buffer (byline_history_window_get_diff_view (history));
  gtk_text_buffer_get_bounds (diff, &start, &end);
  diff_text = gtk_text_buffer_get_text (diff, &start, &end, FALSE);
  g_assert_nonnull (strstr (diff_text, "second sentence"));
  /* The added words carry the "inserted" tag */
  {
    GtkTextIter at;
    GtkTextTag *inserted = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (diff), "inserted");

    gtk_text_buffer_get_iter_at_offset (diff, &at, g_utf8_pointer_to_offset (diff_text, strstr (diff_text, "second")));
    g_assert_true (gtk_text_iter_has_tag (&at, inserted));
  }

  g_assert_true (byline_history_window_restore (history, NULL));
  body = body_text (f);
  g_assert_cmpstr (body, ==, "The first version.");
  g_assert_true (body_stored (f, id, "The first version."));

  /* Undo the restore */
  {
    g_autoptr(GPtrArray) revisions = byline_store_list_revisions (f->store, id, NULL, NULL);
    BylineRevision *before = g_ptr_array_index (revisions, 1);

    g_assert_cmpstr (((BylineRevision *) g_ptr_array_index (revisions, 0))->kind, ==, "restore");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.restore-revision", "x", before->id));
  }
  g_assert_true (body_stored (f, id, "The first version. A second sentence."));
}

static void
test_preview_html (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(BylineArticle) article = byline_test_load_example ("harbour-ferries.txt", "en");
  BylinePreviewWindow *preview;
  g_autoptr(WebKitSettings) settings = byline_preview_settings_new ();
  const char *html;

  byline_article_set_body (article, "## Charging at the quay\n\n> “We will run the new boats”\n\n"
                                    "<script>alert(1)</script> and [a link](https://example.com)");
  preview = byline_preview_window_new (NULL, article, NULL, NULL);
  html = byline_preview_window_get_html (preview);
  g_assert_nonnull (strstr (html, "<h2>Charging at the quay</h2>"));
  g_assert_nonnull (strstr (html, "<blockquote>"));
  g_assert_nonnull (strstr (html, "Harbour city expands electric ferry fleet"));
  g_assert_null (strstr (html, "<script>"));
  g_assert_nonnull (strstr (html, "&lt;script&gt;"));
  g_assert_nonnull (strstr (html, "Content-Security-Policy"));

  g_assert_false (webkit_settings_get_enable_javascript (settings));
  g_assert_false (webkit_settings_get_enable_javascript_markup (settings));
  g_assert_false (webkit_settings_get_enable_javascript (webkit_web_view_get_settings (byline_preview_window_get_web_view (preview))));
  g_assert_true (byline_preview_allows_uri ("file:///home/x/.local/share/byline/images/a.png"));
  g_assert_true (byline_preview_allows_uri ("about:blank"));
  g_assert_false (byline_preview_allows_uri ("https://example.com/tracker.gif"));
  g_assert_false (byline_preview_allows_uri ("http://127.0.0.1/"));
  g_assert_false (byline_preview_allows_uri ("javascript:alert(1)"));

  /* The real engine: the page loads, and a script in it does not run */
  {
    WebKitWebView *view = byline_preview_window_get_web_view (preview);
    g_autoptr(WebKitWebView) probe = g_object_ref_sink (g_object_new (WEBKIT_TYPE_WEB_VIEW, "settings", settings, NULL));
    GtkWidget *holder = gtk_window_new ();
    g_autoptr(WebKitSettings) defaults = webkit_settings_new ();

    gtk_window_present (GTK_WINDOW (preview));
    byline_test_wait_until (!webkit_web_view_is_loading (view) &&
                            g_strcmp0 (webkit_web_view_get_title (view), "") > 0, 15000);
    g_assert_cmpstr (webkit_web_view_get_title (view), ==,
                     "Harbour city expands electric ferry fleet as ridership climbs");

    gtk_window_set_child (GTK_WINDOW (holder), GTK_WIDGET (probe));
    gtk_window_present (GTK_WINDOW (holder));
    webkit_web_view_load_html (probe, "<title>static</title><body onload=\"document.title='onload'\">"
                                      "<script>document.title = 'script';</script>", "file:///");
    byline_test_wait_until (!webkit_web_view_is_loading (probe) &&
                            g_strcmp0 (webkit_web_view_get_title (probe), "static") == 0, 15000);
    byline_test_wait_until (FALSE, 300);
    g_assert_cmpstr (webkit_web_view_get_title (probe), ==, "static");

    /* …while with WebKit's defaults the same page runs it (the check can fail) */
    webkit_web_view_set_settings (probe, defaults);
    webkit_web_view_load_html (probe, "<title>static</title><script>document.title = 'script';</script>", "file:///");
    byline_test_wait_until (g_strcmp0 (webkit_web_view_get_title (probe), "script") == 0, 15000);
    g_assert_cmpstr (webkit_web_view_get_title (probe), ==, "script");
    gtk_window_destroy (GTK_WINDOW (holder));
  }

  gtk_window_destroy (GTK_WINDOW (preview));
}

static void
check_english (BylineArticle *article)
{
  g_assert_cmpstr (byline_article_get_headline (article), ==,
                   "Harbour city expands electric ferry fleet as ridership climbs");
  g_assert_cmpstr (byline_article_get_bylines (article)[0], ==, "Lena Okafor");
  g_assert_cmpstr (byline_article_get_dateline (article), ==, "PORTVALE");
  g_assert_nonnull (strstr (byline_article_get_body (article), "## Charging at the quay"));
  g_assert_null (strstr (byline_article_get_body (article), "Leave a Comment"));
  g_assert_cmpstr (byline_article_get_language (article), ==, "en");
}

static void
test_import_examples (Fixture       *f,
                      gconstpointer  data)
{
  const char *names[] = { "harbour-ferries.txt", "tehran-buses-fa.txt" };
  gint64 ids[2];

  open_window (f);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (g_getenv ("BYLINE_EXAMPLES"), names[i], NULL);
      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      g_assert_true (byline_window_import_text (f->window, text, &error));
      g_assert_no_error (error);
      ids[i] = open_id (f);
      g_assert_cmpint (ids[i], >, 0);
      g_assert_cmpint (byline_drafts_sidebar_get_selected_id (byline_window_get_drafts_sidebar (f->window)), ==, ids[i]);
    }
  g_assert_cmpuint (n_rows (f), ==, 2);

  {
    g_autoptr(BylineArticle) english = load (f, ids[0]);
    g_autoptr(BylineArticle) persian = load (f, ids[1]);
    g_autofree char *date = NULL;

    check_english (english);
    g_assert_cmpstr (byline_article_get_headline (persian), ==, "گسترش ناوگان اتوبوس‌های برقی در پایتخت");
    g_assert_cmpstr (byline_article_get_bylines (persian)[0], ==, "مریم احمدی");
    g_assert_cmpstr (byline_article_get_dateline (persian), ==, "تهران");
    g_assert_cmpstr (byline_article_get_time_zone (persian), ==, "Asia/Tehran");
    date = g_date_time_format_iso8601 (byline_article_get_date (persian));
    g_assert_cmpstr (date, ==, "2023-03-03T10:20:00+03:30");
    g_assert_cmpint (byline_article_get_direction (persian), ==, BYLINE_TEXT_DIRECTION_RTL);
    /* Opened right to left */
    g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (byline_editor_get_body_view (byline_window_get_editor (f->window)))),
                     ==, GTK_TEXT_DIR_RTL);
  }

  /* Empty input: an error, nothing saved */
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (byline_window_import_text (f->window, "  \n\n ", &error));
    g_assert_error (error, BYLINE_IMPORT_ERROR, BYLINE_IMPORT_ERROR_EMPTY);
    g_assert_cmpuint (n_rows (f), ==, 2);
  }
}

static void
test_export_file (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(BylineArticle) article = byline_test_load_example ("harbour-ferries.txt", "en");
  g_autofree char *path = g_build_filename (f->dir, "story.md", NULL);
  g_autofree char *html_path = g_build_filename (f->dir, "story.html", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) html_file = g_file_new_for_path (html_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  open_window (f);
  byline_window_set_article (f->window, article);
  g_assert_true (byline_window_export_to_file (f->window, BYLINE_EXPORT_MARKDOWN, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "# Harbour city expands electric ferry fleet"));
  g_assert_nonnull (strstr (text, "## Charging at the quay"));
  g_clear_pointer (&text, g_free);

  g_assert_true (byline_window_export_to_file (f->window, BYLINE_EXPORT_HTML, html_file, &error));
  g_assert_true (g_file_get_contents (html_path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "<h2>Charging at the quay</h2>"));
}

static void
test_insert_image (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *source = g_build_filename (f->dir, "Quay at dawn.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *body = NULL;
  g_autofree char *images = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *stored;
  gint64 id = add_draft (f, "Pictures", "First paragraph.");

  /* A real PNG: the window's own screenshot */
  open_window (f);
  {
    g_autoptr(BylineArticle) article = load (f, id);

    byline_window_set_article (f->window, article);
  }
  {
    g_autofree char *png = byline_test_save_screenshot (GTK_WIDGET (f->window), "insert-image-source.png");
    g_autofree char *bytes = NULL;
    gsize len;

    g_assert_true (g_file_get_contents (png, &bytes, &len, NULL));
    g_assert_true (g_file_set_contents (source, bytes, len, NULL));
  }

  /* At the cursor: the end of the first paragraph */
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (byline_editor_get_body_view (byline_window_get_editor (f->window))));
    GtkTextIter end;

    gtk_text_buffer_get_end_iter (buffer, &end);
    gtk_text_buffer_place_cursor (buffer, &end);
  }
  g_assert_true (byline_window_insert_image_file (f->window, file, &error));
  g_assert_no_error (error);

  images = byline_context_dup_images_dir (f->context);
  dir = g_dir_open (images, 0, &error);
  g_assert_no_error (error);
  stored = g_dir_read_name (dir);
  g_assert_nonnull (stored);
  g_assert_true (g_str_has_suffix (stored, ".png"));
  g_assert_true (byline_images_name_is_valid (stored));

  body = body_text (f);
  {
    g_autofree char *expected = g_strdup_printf ("First paragraph.\n\n![Quay at dawn](byline-image:%s)", stored);

    g_assert_cmpstr (body, ==, expected);
  }

  /* The preview shows it from the data folder */
  byline_editor_sync_to_article (byline_window_get_editor (f->window));
  {
    g_autoptr(GBytes) html = NULL;
    g_autofree char *path = g_build_filename (f->dir, "out.html", NULL);
    g_autoptr(GFile) out = g_file_new_for_path (path);
    g_autofree char *text = NULL;
    g_autofree char *uri_part = g_strdup_printf ("file://%s/%s", images, stored);

    g_assert_true (byline_window_export_to_file (f->window, BYLINE_EXPORT_HTML, out, NULL));
    g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
    g_assert_nonnull (strstr (text, uri_part));
  }
}

static void
test_screenshot (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("BYLINE_EXAMPLES"), "harbour-ferries.txt", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/London");
  g_autoptr(BylineArticle) story = NULL;
  const char *tags[] = { "transport", "ferries", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *png = NULL;
  GStatBuf st;

  /* The English example, as the importer reads it */
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  story = byline_import_wire_copy (text, -1, zone, &error);
  g_assert_no_error (error);

  add_draft (f, "Tram drivers vote to strike over pay", "Drivers walk out.");
  add_draft (f, "Council backs new cycle lanes on the ring road", "The vote was 9 to 4.");
  add_draft (f, "Library reopens after two-year refit", "");
  byline_article_set_section (story, "City");
  byline_article_set_tags (story, tags);
  g_assert_true (byline_store_save_article (f->store, story, BYLINE_SAVE_EXPLICIT, NULL, &error));

  open_window (f);
  byline_drafts_sidebar_select_id (byline_window_get_drafts_sidebar (f->window), byline_article_get_id (story));
  {
    g_autoptr(BylineArticle) loaded = load (f, byline_article_get_id (story));

    byline_window_set_article (f->window, loaded);
  }
  byline_test_wait_until (FALSE, 500);
  png = byline_test_save_screenshot (GTK_WIDGET (f->window), "workspace.png");
  g_assert_cmpint (g_stat (png, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 10000);
  g_assert_cmpuint (n_rows (f), ==, 4);
}

/* Bylines and tags complete from names used before and the CMS's */
static void
test_completion (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(BylineArticle) old = byline_article_new ();
  g_autoptr(BylineArticle) fresh = byline_article_new ();
  g_autoptr(BylineAccount) account = byline_account_new ("site", "http://127.0.0.1:8080", "http://127.0.0.1:8080/wp-json/",
                                                         "editor", "Editor");
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_term_free);
  const char *bylines[] = { "Lena Okafor", "Leonard Cohen", NULL };
  const char *tags[] = { "ferries", NULL };
  BylineMetadataPanel *panel;
  GtkEditable *field;
  BylineCompletion *completion;

  byline_article_set_bylines (old, bylines);
  byline_article_set_tags (old, tags);
  g_assert_true (byline_store_save_article (f->store, old, BYLINE_SAVE_EXPLICIT, NULL, NULL));
  g_assert_true (byline_store_save_account (f->store, account, NULL));
  g_ptr_array_add (terms, byline_term_new (3, "Politics", "politics", 0));
  g_assert_true (byline_store_replace_terms (f->store, "site", "category", terms, NULL));

  open_window (f);
  byline_window_set_article (f->window, fresh);
  panel = byline_window_get_metadata_panel (f->window);

  field = byline_metadata_panel_get_field (panel, "author");
  completion = g_object_get_data (G_OBJECT (field), "byline-completion");
  g_assert_nonnull (completion);
  gtk_editable_set_text (field, "Sam Reyes, le");
  g_assert_cmpuint (byline_completion_get_n_matches (completion), ==, 2);
  g_assert_cmpstr (byline_completion_get_match (completion, 0), ==, "Lena Okafor");
  byline_completion_accept (completion, 0);
  g_assert_cmpstr (gtk_editable_get_text (field), ==, "Sam Reyes, Lena Okafor");
  /* A name already in the list is not offered again */
  gtk_editable_set_text (field, "Lena Okafor, Le");
  g_assert_cmpuint (byline_completion_get_n_matches (completion), ==, 1);
  g_assert_cmpstr (byline_completion_get_match (completion, 0), ==, "Leonard Cohen");

  field = byline_metadata_panel_get_field (panel, "tag");
  completion = g_object_get_data (G_OBJECT (field), "byline-completion");
  gtk_editable_set_text (field, "fer");
  g_assert_cmpuint (byline_completion_get_n_matches (completion), ==, 1);

  /* Sections from the site's categories */
  field = byline_metadata_panel_get_field (panel, "section");
  completion = g_object_get_data (G_OBJECT (field), "byline-completion");
  gtk_editable_set_text (field, "pol");
  g_assert_cmpuint (byline_completion_get_n_matches (completion), ==, 1);
  byline_completion_accept (completion, 0);
  g_assert_cmpstr (gtk_editable_get_text (field), ==, "Politics");
}

/* Every shortcut the window binds is in the shortcuts window */
static void
test_shortcuts_listed (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GListModel) controllers = NULL;
  GSList *objects;
  guint checked = 0;

  byline_ui_ensure_resources ();
  builder = gtk_builder_new_from_resource (APP_PATH "/gtk/help-overlay.ui");
  objects = gtk_builder_get_objects (builder);

  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *accel = NULL;
      g_auto(GStrv) parts = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "accelerator", &accel, NULL);
      parts = g_strsplit (accel ? accel : "", " ", -1);
      for (guint i = 0; parts[i] != NULL; i++)
        {
          GdkModifierType mods;
          guint key;

          /* Normalised the way GtkShortcutTrigger prints */
          if (gtk_accelerator_parse (parts[i], &key, &mods))
            g_hash_table_add (listed, gtk_accelerator_name (key, mods));
        }
    }
  g_slist_free (objects);

  open_window (f);
  controllers = gtk_widget_observe_controllers (GTK_WIDGET (f->window));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          g_autofree char *name = NULL;

          if (!GTK_IS_KEYVAL_TRIGGER (trigger) || !GTK_IS_NAMED_ACTION (gtk_shortcut_get_action (shortcut)))
            continue;
          name = gtk_accelerator_name (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                                       gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)));
          if (!g_hash_table_contains (listed, name))
            g_error ("%s (%s) is not in the shortcuts window", name,
                     gtk_named_action_get_action_name (GTK_NAMED_ACTION (gtk_shortcut_get_action (shortcut))));
          checked++;
        }
    }
  g_assert_cmpuint (checked, >=, 15);
}

int
main (int   argc,
      char *argv[])
{
  byline_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/workspace/sidebar", test_sidebar_lists_and_opens);
  ADD ("/workspace/search", test_sidebar_search);
  ADD ("/workspace/new-delete-duplicate", test_new_delete_undo_duplicate);
  ADD ("/workspace/autosave", test_autosave_and_revision);
  ADD ("/workspace/unsaved", test_unsaved_is_not_saved);
  ADD ("/workspace/close-saves", test_close_saves);
  ADD ("/workspace/history", test_history_restore);
  ADD ("/workspace/preview", test_preview_html);
  ADD ("/workspace/import", test_import_examples);
  ADD ("/workspace/export", test_export_file);
  ADD ("/workspace/insert-image", test_insert_image);
  ADD ("/workspace/screenshot", test_screenshot);
  ADD ("/workspace/shortcuts-listed", test_shortcuts_listed);
  ADD ("/workspace/completion", test_completion);
#undef ADD

  return g_test_run ();
}

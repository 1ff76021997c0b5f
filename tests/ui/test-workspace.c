/* test-workspace.c: the window over a real store — drafts list, search,
 * new/delete/duplicate, autosave, close, history
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "workspace-fixture.h"

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

  /* Results as you type: a word half typed finds the story already */
  gtk_editable_set_text (byline_drafts_sidebar_get_search_entry (sidebar), "");
  byline_test_wait_until (n_rows (f) == 2, 5000);
  gtk_editable_set_text (byline_drafts_sidebar_get_search_entry (sidebar), "electr");
  byline_test_wait_until (byline_drafts_sidebar_get_searching (sidebar) && n_rows (f) == 1, 5000);
  g_assert_cmpuint (n_rows (f), ==, 1);
  g_free (byline_test_save_screenshot (GTK_WIDGET (f->window), "sidebar-search-as-typed.png"));

  gtk_editable_set_text (byline_drafts_sidebar_get_search_entry (sidebar), "nothingmatchesthis");
  byline_test_wait_until (n_rows (f) == 0, 5000);
  g_assert_cmpuint (n_rows (f), ==, 0);
  /* (the filters step aside while searching: the words are what to change) */
  byline_test_wait_until (byline_test_find_widget (GTK_WIDGET (sidebar), byline_test_label_is, "Try other words") != NULL, 2000);
  g_assert_nonnull (byline_test_find_widget (GTK_WIDGET (sidebar), byline_test_label_is, "Try other words"));

  gtk_editable_set_text (byline_drafts_sidebar_get_search_entry (sidebar), "");
  g_assert_false (byline_drafts_sidebar_get_searching (sidebar));
  g_assert_cmpuint (n_rows (f), ==, 2);

  /* Status filter: nothing is ready */
  byline_drafts_sidebar_set_status_filter (sidebar, BYLINE_ARTICLE_STATUS_READY);
  g_assert_cmpuint (n_rows (f), ==, 0);
  g_assert_nonnull (byline_test_find_widget (GTK_WIDGET (sidebar), byline_test_label_is, "Try another status or section"));
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
  g_assert_cmpuint (n_rows (f), ==, 1);
  /* (the draft left in the list opens: see /workspace/delete-opens-next) */
  byline_test_wait_until (open_id (f) == id, 5000);
  g_assert_cmpint (open_id (f), ==, id);
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

static gint64
row_id (Fixture *f,
        guint    position)
{
  g_autoptr(BylineArticle) item = g_list_model_get_item (sidebar_model (f), position);

  return item ? byline_article_get_id (item) : -1;
}

static guint
selected_row (Fixture *f)
{
  return gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (
    byline_drafts_sidebar_get_selection (byline_window_get_drafts_sidebar (f->window))));
}

/* After a delete the list's focus moved to the next row, which stood
 * there focused while the editor said "No Story Open": that row opens
 * now (the row before it when the last was deleted), as gnome-text-editor
 * opens the next tab; the last draft gone, nothing is open or selected. */
static void
test_delete_opens_next (Fixture       *f,
                        gconstpointer  data)
{
  GtkSelectionModel *selection;
  gint64 third, first;

  add_draft (f, "Harbour ferries", "Six boats.");
  add_draft (f, "Tram strike", "Drivers walk out over pay.");
  add_draft (f, "Council vote", "Nine to four.");
  open_window (f);
  g_assert_cmpuint (n_rows (f), ==, 3);
  selection = byline_drafts_sidebar_get_selection (byline_window_get_drafts_sidebar (f->window));
  first = row_id (f, 0);
  third = row_id (f, 2);

  /* the middle row: the one under it opens, in its place */
  gtk_selection_model_select_item (selection, 1, TRUE);
  byline_test_wait_until (open_id (f) == row_id (f, 1), 5000);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-article", NULL));
  g_assert_cmpuint (n_rows (f), ==, 2);
  byline_test_wait_until (open_id (f) == third, 5000);
  g_assert_cmpint (open_id (f), ==, third);
  g_assert_cmpuint (selected_row (f), ==, 1);
  g_assert_cmpint (row_id (f, 1), ==, third);
  g_assert_cmpstr (byline_window_get_visible_view (f->window), ==, "editor");
  byline_test_wait_until (FALSE, 500);   /* (the view's crossfade) */
  g_free (byline_test_save_screenshot (GTK_WIDGET (f->window), "delete-opens-next.png"));

  /* the last row: the one before it opens */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-article", NULL));
  g_assert_cmpuint (n_rows (f), ==, 1);
  byline_test_wait_until (open_id (f) == first, 5000);
  g_assert_cmpint (open_id (f), ==, first);
  g_assert_cmpuint (selected_row (f), ==, 0);
  g_assert_cmpstr (byline_window_get_visible_view (f->window), ==, "editor");

  /* the only one: nothing left to open */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-article", NULL));
  g_assert_cmpuint (n_rows (f), ==, 0);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (byline_window_get_article (f->window));
  g_assert_cmpuint (selected_row (f), ==, GTK_INVALID_LIST_POSITION);
  g_assert_cmpstr (byline_window_get_visible_view (f->window), ==, "empty");

  /* Undo brings the last one back, open */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo-delete", NULL));
  g_assert_cmpint (open_id (f), ==, first);
  g_assert_cmpuint (selected_row (f), ==, 0);
}

/* Whether the stored story's field (its getter) reads @text */
static gboolean
field_stored (Fixture      *f,
              gint64        id,
              const char *(*get) (BylineArticle *),
              const char   *text)
{
  g_autoptr(BylineArticle) article = byline_store_load_article (f->store, id, NULL, NULL);

  return article != NULL && g_strcmp0 (get (article), text) == 0;
}

#define body_stored(f, id, text) field_stored (f, id, byline_article_get_body, text)
#define headline_stored(f, id, text) field_stored (f, id, byline_article_get_headline, text)

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

/* Closes the window at once and opens the file again: the store as
 * another program finds it, and story @id (the first when unknown) */
static BylineStore *
close_and_reopen (Fixture        *f,
                  gint64          id,
                  BylineArticle **article)
{
  g_autoptr(GError) error = NULL;
  BylineStore *reopened;

  gtk_window_close (GTK_WINDOW (f->window));
  f->window = NULL;
  reopened = byline_store_new (f->db_path, NULL, &error);
  g_assert_no_error (error);
  *article = byline_store_load_article (reopened, id > 0 ? id : 1, NULL, &error);
  g_assert_no_error (error);
  return reopened;
}

static void
test_close_saves (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(BylineStore) reopened = NULL;
  g_autoptr(BylineArticle) article = NULL;
  gint64 id;

  open_window (f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-article", NULL));
  type_into_body (f, "Typed just before closing");
  id = open_id (f);

  /* Closing at once: the save in flight and the last words both land */
  reopened = close_and_reopen (f, id, &article);
  g_assert_cmpstr (byline_article_get_body (article), ==, "Typed just before closing");
  g_assert_cmpint (byline_store_count_articles (reopened, &(BylineArticleQuery) BYLINE_ARTICLE_QUERY_INIT,
                                                NULL, NULL), ==, 1);
}

/* A tag still in the tag field (no Enter, no comma) when the window
 * closes is saved with the story */
static void
test_close_saves_unfinished_tag (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(BylineStore) reopened = NULL;
  g_autoptr(BylineArticle) article = NULL;
  const char * const *tags;
  gint64 id;

  open_window (f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-article", NULL));
  type_into_body (f, "Ferries");
  gtk_editable_set_text (byline_metadata_panel_get_field (byline_window_get_metadata_panel (f->window), "tag"),
                         "harbour");
  id = open_id (f);

  reopened = close_and_reopen (f, id, &article);
  tags = byline_article_get_tags (article);
  g_assert_nonnull (tags);
  g_assert_cmpstr (tags[0], ==, "harbour");
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
  /* Each row says how it differs from the one before it: larger by the
   * sentence; the oldest row says nothing of a change */
  {
    g_autoptr(GPtrArray) revisions = byline_store_list_revisions (f->store, id, NULL, NULL);
    BylineRevision *newer = g_ptr_array_index (revisions, 0);
    BylineRevision *older = g_ptr_array_index (revisions, 1);
    const char *newer_kind = g_str_equal (newer->kind, "explicit") ? "Saved" : "Autosaved";
    const char *older_kind = g_str_equal (older->kind, "explicit") ? "Saved" : "Autosaved";
    g_autofree char *newer_size = g_format_size (newer->size);
    g_autofree char *older_size = g_format_size (older->size);
    g_autofree char *delta = g_format_size (newer->size - older->size);
    g_autofree char *newer_row = g_strdup_printf ("%s · %s · +%s", newer_kind, newer_size, delta);
    g_autofree char *older_row = g_strdup_printf ("%s · %s", older_kind, older_size);

    g_assert_cmpint (newer->size, >, older->size);
    g_assert_nonnull (byline_test_find_widget (GTK_WIDGET (history), byline_test_label_is, newer_row));
    g_assert_nonnull (byline_test_find_widget (GTK_WIDGET (history), byline_test_label_is, older_row));
  }
  byline_history_window_select (history, 1);
  diff = gtk_text_view_get_buffer (byline_history_window_get_diff_view (history));
  gtk_text_buffer_get_bounds (diff, &start, &end);
  diff_text = gtk_text_buffer_get_text (diff, &start, &end, FALSE);
  g_assert_nonnull (strstr (diff_text, "second sentence"));
  /* Counted in words that agree with the number */
  g_assert_nonnull (byline_test_find_widget (GTK_WIDGET (history), byline_test_label_is, "Since then: 1 addition, 0 removals"));
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

  /* A revision whose headline differs from the one before says so */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (byline_editor_get_headline_view (byline_window_get_editor (f->window))),
                            "History, retold", -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save", NULL));
  {
    BylineHistoryWindow *again = NULL;

    byline_test_wait_until (headline_stored (f, id, "History, retold"), 5000);
    again = byline_history_window_new (f->window);
    g_assert_nonnull (byline_test_find_widget (GTK_WIDGET (again), byline_test_label_contains, "new headline"));
    gtk_window_present (GTK_WINDOW (again));
    g_free (byline_test_save_screenshot (GTK_WIDGET (again), "history.png"));
    gtk_window_destroy (GTK_WINDOW (again));
  }
}

/* In a narrow window the drafts list slides over the editor; picking a
 * draft there brings the story to the front, with neither the list nor
 * the details panel over it (both stayed, and hid the story). */
static void
test_narrow_pick (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkSelectionModel *selection;
  gint64 id;

  g_settings_set_boolean (settings, "sidebar-visible", TRUE);
  g_settings_set_boolean (settings, "metadata-panel-visible", TRUE);
  add_draft (f, "Harbour ferries", "Six boats.");
  id = add_draft (f, "Tram strike", "Drivers walk out over pay.");
  open_window (f);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 500, 720);
  byline_test_wait_until (!byline_window_get_sidebar_visible (f->window), 5000);
  g_assert_true (byline_test_activate_shortcut (GTK_WIDGET (f->window), "F8"));
  g_assert_true (byline_window_get_sidebar_visible (f->window));

  selection = byline_drafts_sidebar_get_selection (byline_window_get_drafts_sidebar (f->window));
  gtk_selection_model_select_item (selection, 0, TRUE);
  byline_test_wait_until (open_id (f) == id, 5000);
  g_assert_cmpint (open_id (f), ==, id);
  g_assert_false (byline_window_get_sidebar_visible (f->window));
  g_assert_false (byline_window_get_metadata_visible (f->window));

  /* Wide again: both panes as the user left them */
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  byline_test_wait_until (byline_window_get_sidebar_visible (f->window) &&
                          byline_window_get_metadata_visible (f->window), 5000);
  g_assert_true (byline_window_get_sidebar_visible (f->window));
  g_assert_true (byline_window_get_metadata_visible (f->window));
}

static gboolean
is_suggested (GtkWidget     *widget,
              gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "suggested-action");
}

/* Closing the history with Escape, a revision selected, runs no diff of a
 * half-destroyed window (a critical, and a Restore button used after it
 * was freed, before). */
static void
test_history_close (Fixture       *f,
                    gconstpointer  data)
{
  BylineHistoryWindow *history;
  g_autoptr(BylineArticle) article = NULL;
  gint64 id = add_draft (f, "History", "The first version.");

  open_window (f);
  article = load (f, id);
  byline_window_set_article (f->window, article);
  type_into_body (f, " A second sentence.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save", NULL));
  byline_test_wait_until (body_stored (f, id, "The first version. A second sentence."), 5000);

  history = byline_history_window_new (f->window);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (history)) == GTK_WINDOW (f->window));
  gtk_window_present (GTK_WINDOW (history));
  byline_history_window_select (history, 1);
  /* Restore's name for a screen reader has no mnemonic underscore */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (byline_test_find_widget (GTK_WIDGET (history), is_suggested, NULL)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Restore");
  g_assert_true (byline_test_activate_shortcut (GTK_WIDGET (history), "Escape"));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window)));
}

int
main (int   argc,
      char *argv[])
{
  /* GTK's test accessibility backend keeps the names a screen reader
   * would read (the suite's GTK_A11Y=none keeps none) */
  g_setenv ("GTK_A11Y", "test", TRUE);
  byline_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/workspace/sidebar", test_sidebar_lists_and_opens);
  ADD ("/workspace/search", test_sidebar_search);
  ADD ("/workspace/history-close", test_history_close);
  ADD ("/workspace/narrow-pick", test_narrow_pick);
  ADD ("/workspace/new-delete-duplicate", test_new_delete_undo_duplicate);
  ADD ("/workspace/delete-opens-next", test_delete_opens_next);
  ADD ("/workspace/autosave", test_autosave_and_revision);
  ADD ("/workspace/unsaved", test_unsaved_is_not_saved);
  ADD ("/workspace/close-saves", test_close_saves);
  ADD ("/workspace/close-saves-unfinished-tag", test_close_saves_unfinished_tag);
  ADD ("/workspace/history", test_history_restore);
#undef ADD

  return g_test_run ();
}

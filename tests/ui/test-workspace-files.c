/* test-workspace-files.c: the window over a real store — preview, import,
 * export, images, the screenshot, completion, the shortcuts window
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "workspace-fixture.h"

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
  /* It opens on a 768-pixel screen without running off it (800 before) */
  {
    int width, height;

    /* (GTK 4.8 needs both pointers) */
    gtk_window_get_default_size (GTK_WINDOW (preview), &width, &height);
    g_assert_cmpint (height, <=, 700);
  }
  /* Which story it is, under the title (it said only "Preview") */
  g_assert_nonnull (byline_test_find_widget (GTK_WIDGET (preview), byline_test_label_is,
                                             "Harbour city expands electric ferry fleet as ridership climbs"));
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

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

/* The Import Wire Copy dialog opens holding the clipboard's story,
 * selected: pasting it, as the dialog asks, replaces it (before, the
 * paste went after it and the story was imported twice over); Ctrl+Enter
 * imports */
static void
test_import_dialog_paste (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("BYLINE_EXAMPLES"), "harbour-ferries.txt", NULL);
  g_autofree char *text = NULL;
  g_autofree char *in_dialog = NULL;
  AdwMessageDialog *dialog;
  GtkTextView *view;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  open_window (f);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (f->window)), text);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.import", NULL);
  byline_test_wait_until ((dialog = find_message_dialog ()) != NULL, 5000);
  view = g_object_get_data (G_OBJECT (dialog), "byline-text-view");
  buffer = gtk_text_view_get_buffer (view);
  byline_test_wait_until (gtk_text_buffer_get_char_count (buffer) > 0, 5000);
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
  g_assert_true (gtk_text_iter_is_start (&start));
  g_assert_true (gtk_text_iter_is_end (&end));

  g_signal_emit_by_name (view, "paste-clipboard");
  byline_test_wait_until (FALSE, 500);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  in_dialog = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (in_dialog, ==, text);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "wire-copy.import", NULL));
  byline_test_wait_until (find_message_dialog () == NULL && n_rows (f) == 1, 5000);
  g_assert_null (find_message_dialog ());
  g_assert_cmpuint (n_rows (f), ==, 1);
  {
    g_autoptr(BylineArticle) article = load (f, open_id (f));

    check_english (article);
    /* Once: no second copy, whose headline and date line would be in the body */
    g_assert_null (strstr (byline_article_get_body (article), "Harbour city expands"));
    g_assert_null (strstr (byline_article_get_body (article), "Lena Okafor"));
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
  /* Taken, the suggestion is a tag at once and the field is free for the next */
  byline_completion_accept (completion, 0);
  g_assert_cmpstr (gtk_editable_get_text (field), ==, "");
  g_assert_true (g_strv_contains (byline_article_get_tags (fresh), "ferries"));

  /* Sections from the site's categories */
  field = byline_metadata_panel_get_field (panel, "section");
  completion = g_object_get_data (G_OBJECT (field), "byline-completion");
  gtk_editable_set_text (field, "pol");
  g_assert_cmpuint (byline_completion_get_n_matches (completion), ==, 1);
  byline_completion_accept (completion, 0);
  g_assert_cmpstr (gtk_editable_get_text (field), ==, "Politics");
}

static gboolean
is_comment_queue (GtkWidget     *widget,
                  gconstpointer  data)
{
  return g_str_equal (G_OBJECT_TYPE_NAME (widget), "BylineCommentQueue");
}

/* Every shortcut the window and the comment queue bind is in the
 * shortcuts window */
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
  /* The window's keys, then the comment queue's own (j, k, a, Alt+Left…) */
  for (guint w = 0; w < 2; w++)
  {
  GtkWidget *widget = w == 0 ? GTK_WIDGET (f->window)
                             : byline_test_find_widget (GTK_WIDGET (f->window), is_comment_queue, NULL);

  g_assert_nonnull (widget);
  g_clear_object (&controllers);
  controllers = gtk_widget_observe_controllers (widget);
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
          /* GTK keeps these for its Inspector (where it is enabled) */
          if (gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == (GDK_CONTROL_MASK | GDK_SHIFT_MASK) &&
              strchr ("dDiI", gdk_keyval_to_unicode (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)))) != NULL &&
              gdk_keyval_to_unicode (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger))) != 0)
            g_error ("%s is GTK Inspector's key", name);
          if (!g_hash_table_contains (listed, name))
            g_error ("%s (%s) is not in the shortcuts window", name,
                     gtk_named_action_get_action_name (GTK_NAMED_ACTION (gtk_shortcut_get_action (shortcut))));
          checked++;
        }
    }
  }
  /* (a floor, that the walk found the controllers: the window's keys and
   * the queue's named actions; Ctrl+Enter to send a reply is a callback
   * shortcut of the queue, listed but not counted here) */
  g_assert_cmpuint (checked, >=, 34);

  /* Each page of keys fits a 768-pixel screen under a 32-pixel top bar
   * (the comment queue's 17 keys in one group made it 833 pixels tall),
   * and the window opens on the keys of the view shown. */
  {
    GtkShortcutsWindow *help = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
    const char *sections[] = { "articles", "comments" };
    g_autofree char *section = NULL;

    for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
      {
        int natural;

        g_object_set (help, "section-name", sections[i], NULL);
        gtk_widget_measure (GTK_WIDGET (help), GTK_ORIENTATION_VERTICAL, -1, NULL, &natural, NULL, NULL);
        g_test_message ("shortcuts, %s: %d px tall", sections[i], natural);
        g_assert_cmpint (natural, >, 300);
        g_assert_cmpint (natural, <=, 736);
      }
    gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (f->window), help);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-comments", NULL));
    g_object_get (help, "section-name", &section, NULL);
    g_assert_cmpstr (section, ==, "comments");
    g_clear_pointer (&section, g_free);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-comments", NULL));
    g_object_get (help, "section-name", &section, NULL);
    g_assert_cmpstr (section, ==, "articles");
  }
}

int
main (int   argc,
      char *argv[])
{
  byline_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/workspace/preview", test_preview_html);
  ADD ("/workspace/import", test_import_examples);
  ADD ("/workspace/import-dialog-paste", test_import_dialog_paste);
  ADD ("/workspace/export", test_export_file);
  ADD ("/workspace/insert-image", test_insert_image);
  ADD ("/workspace/screenshot", test_screenshot);
  ADD ("/workspace/shortcuts-listed", test_shortcuts_listed);
  ADD ("/workspace/completion", test_completion);
#undef ADD

  return g_test_run ();
}

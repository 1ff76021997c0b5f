/* test-editor.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-editor.h"
#include "byline-preferences-window.h"
#include "byline-test-ui.h"

typedef struct
{
  GtkWindow     *window;
  BylineEditor  *editor;
  BylineArticle *article;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 900, 700);
  f->editor = byline_editor_new ();
  gtk_window_set_child (f->window, GTK_WIDGET (f->editor));
  f->article = byline_article_new ();
  byline_editor_set_article (f->editor, f->article);
  gtk_window_present (f->window);
  byline_test_wait_until (gtk_widget_get_mapped (GTK_WIDGET (f->editor)), BYLINE_TEST_WAIT_MS);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->article);
}

static GtkTextBuffer *
body_buffer (Fixture *f)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (byline_editor_get_body_view (f->editor)));
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
test_editor_typing (Fixture       *f,
                    gconstpointer  data)
{
  GtkTextView *body = GTK_TEXT_VIEW (byline_editor_get_body_view (f->editor));
  GtkTextView *headline = byline_editor_get_headline_view (f->editor);
  GtkWidget *focus;

  /* Buffer insertion, as a paste or an import does */
  gtk_text_buffer_set_text (body_buffer (f), "The ferries ", -1);
  g_assert_cmpuint (byline_editor_get_save_state (f->editor), ==, BYLINE_SAVE_STATE_EDITED);
  g_assert_cmpstr (byline_editor_get_save_state_text (f->editor), ==, "Edited");

  /* Typing through the text view's own keybinding signals, the path a key
   * press takes once GtkTextView has it: "insert-at-cursor" and
   * "backspace" are what its key bindings and input method emit. */
  gtk_widget_grab_focus (GTK_WIDGET (body));
  {
    GtkTextIter end;

    gtk_text_buffer_get_end_iter (body_buffer (f), &end);
    gtk_text_buffer_place_cursor (body_buffer (f), &end);
  }
  g_signal_emit_by_name (body, "insert-at-cursor", "run fastx");
  g_signal_emit_by_name (body, "backspace");
  {
    g_autofree char *text = buffer_text (body_buffer (f));

    g_assert_cmpstr (text, ==, "The ferries run fast");
  }

  /* The body reaches the article when typing pauses */
  byline_test_wait_until (g_strcmp0 (byline_article_get_body (f->article), "The ferries run fast") == 0, BYLINE_TEST_WAIT_MS);
  g_assert_cmpstr (byline_article_get_body (f->article), ==, "The ferries run fast");

  /* Undo takes the typing back */
  gtk_text_buffer_undo (body_buffer (f));
  {
    g_autofree char *text = buffer_text (body_buffer (f));

    g_assert_cmpstr (text, !=, "The ferries run fast");
  }

  /* Enter in the headline goes to the standfirst through the field's key
   * controller, not into the headline as a line break */
  gtk_widget_grab_focus (GTK_WIDGET (headline));
  g_signal_emit_by_name (headline, "insert-at-cursor", "Ferries");
  g_assert_true (byline_test_send_key (GTK_WIDGET (headline), GDK_KEY_Return, 0));
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (focus == GTK_WIDGET (byline_editor_get_standfirst_view (f->editor)));
  g_assert_cmpstr (byline_article_get_headline (f->article), ==, "Ferries");

  /* A pasted line break becomes a space */
  gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (headline), "\nsail", -1);
  g_assert_cmpstr (byline_article_get_headline (f->article), ==, "Ferries sail");
}

static void
test_editor_counts (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < 460; i++)
    g_string_append (text, "word ");
  byline_article_set_body (f->article, text->str);

  g_assert_cmpuint (byline_editor_get_word_count (f->editor), ==, 460);
  g_assert_cmpuint (byline_editor_get_char_count (f->editor), ==, 2300);
  g_assert_cmpuint (byline_editor_get_reading_minutes (f->editor), ==, 2);
  g_assert_cmpstr (byline_editor_get_stats_text (f->editor), ==, "460 words · 2300 characters · 2 min read");

  /* Counts follow each keystroke (counting only around it); the label
   * follows when typing pauses */
  gtk_text_buffer_insert_at_cursor (body_buffer (f), "more ", -1);
  g_assert_cmpuint (byline_editor_get_char_count (f->editor), ==, 2305);
  g_assert_cmpuint (byline_editor_get_word_count (f->editor), ==, 461);
  g_assert_cmpstr (byline_editor_get_stats_text (f->editor), ==, "460 words · 2300 characters · 2 min read");
  byline_test_wait_until (g_str_has_prefix (byline_editor_get_stats_text (f->editor), "461"), BYLINE_TEST_WAIT_MS);
  g_assert_cmpstr (byline_editor_get_stats_text (f->editor), ==, "461 words · 2305 characters · 3 min read");

  byline_article_set_body (f->article, "");
  g_assert_cmpuint (byline_editor_get_word_count (f->editor), ==, 0);
  g_assert_cmpuint (byline_editor_get_reading_minutes (f->editor), ==, 0);
}

static void
count_notify_cb (guint *count)
{
  (*count)++;
}

static void
test_editor_binding (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(BylineArticle) other = byline_article_new ();
  GtkTextBuffer *headline = gtk_text_view_get_buffer (byline_editor_get_headline_view (f->editor));
  GtkTextBuffer *standfirst = gtk_text_view_get_buffer (byline_editor_get_standfirst_view (f->editor));
  guint body_notifies = 0;
  g_autofree char *h = NULL;
  g_autofree char *s = NULL;
  g_autofree char *b = NULL;

  /* Article → editor */
  byline_article_set_headline (f->article, "Harbour city expands ferry fleet");
  byline_article_set_standfirst (f->article, "Six battery-electric ferries");
  byline_article_set_body (f->article, "## Charging at the quay\n\nEach terminal…");
  h = buffer_text (headline);
  s = buffer_text (standfirst);
  b = buffer_text (body_buffer (f));
  g_assert_cmpstr (h, ==, "Harbour city expands ferry fleet");
  g_assert_cmpstr (s, ==, "Six battery-electric ferries");
  g_assert_cmpstr (b, ==, "## Charging at the quay\n\nEach terminal…");

  /* Editor → article, with one notification per change and no echo */
  g_signal_connect_swapped (f->article, "notify::body", G_CALLBACK (count_notify_cb), &body_notifies);
  gtk_text_buffer_set_text (standfirst, "Seven ferries", -1);
  g_assert_cmpstr (byline_article_get_standfirst (f->article), ==, "Seven ferries");
  gtk_text_buffer_insert_at_cursor (body_buffer (f), "X", -1);
  byline_editor_sync_to_article (f->editor);
  g_assert_cmpuint (body_notifies, ==, 1);
  g_assert_cmpstr (byline_article_get_body (f->article), ==, "## Charging at the quay\n\nEach terminal…X");
  byline_editor_sync_to_article (f->editor);
  g_assert_cmpuint (body_notifies, ==, 1);

  /* Another article fills the fields; the first keeps its text */
  byline_article_set_headline (other, "Buses");
  byline_editor_set_article (f->editor, other);
  g_clear_pointer (&h, g_free);
  h = buffer_text (headline);
  g_assert_cmpstr (h, ==, "Buses");
  g_assert_cmpstr (byline_article_get_headline (f->article), ==, "Harbour city expands ferry fleet");
  g_assert_true (byline_editor_get_article (f->editor) == other);
  g_assert_cmpuint (byline_editor_get_save_state (f->editor), ==, BYLINE_SAVE_STATE_SAVED);

  /* The save-state label is driven from outside */
  byline_editor_set_save_state (f->editor, BYLINE_SAVE_STATE_SAVING);
  g_assert_cmpstr (byline_editor_get_save_state_text (f->editor), ==, "Saving…");
}

static void
test_editor_rtl (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(BylineArticle) persian = byline_test_load_example ("tehran-buses-fa.txt", "fa");
  GtkWidget *fields[] = {
    GTK_WIDGET (byline_editor_get_headline_view (f->editor)),
    GTK_WIDGET (byline_editor_get_standfirst_view (f->editor)),
    GTK_WIDGET (byline_editor_get_body_view (f->editor)),
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_assert_cmpint (gtk_widget_get_direction (fields[i]), ==, GTK_TEXT_DIR_LTR);

  byline_editor_set_article (f->editor, persian);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_assert_cmpint (gtk_widget_get_direction (fields[i]), ==, GTK_TEXT_DIR_RTL);

  /* …and are laid out: GTK 4.8 leaves a right-to-left text view outside a
   * scrolled window 0 px tall unless the editor asks again */
  byline_test_wait_until (gtk_widget_get_height (fields[0]) > 20 && gtk_widget_get_height (fields[1]) > 20, BYLINE_TEST_WAIT_MS);
  g_assert_cmpint (gtk_widget_get_height (fields[0]), >, 20);
  g_assert_cmpint (gtk_widget_get_height (fields[1]), >, 20);

  /* Direction alone (an Azeri story in Arabic script, say) also counts */
  byline_article_set_language (f->article, "az");
  byline_article_set_direction (f->article, BYLINE_TEXT_DIRECTION_RTL);
  byline_editor_set_article (f->editor, f->article);
  g_assert_cmpint (gtk_widget_get_direction (fields[2]), ==, GTK_TEXT_DIR_RTL);
  byline_article_set_direction (f->article, BYLINE_TEXT_DIRECTION_LTR);
  g_assert_cmpint (gtk_widget_get_direction (fields[2]), ==, GTK_TEXT_DIR_LTR);

  /* Changing the language flips it live */
  byline_article_set_language (f->article, "ar");
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_assert_cmpint (gtk_widget_get_direction (fields[i]), ==, GTK_TEXT_DIR_RTL);
}

static void
test_editor_preferences (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  BylinePreferencesWindow *preferences;
  g_autofree char *font = NULL;
  GtkWidget *child;

  byline_article_set_headline (f->article, "Harbour city expands its ferry fleet"); /* 36 chars */
  g_settings_set_uint (settings, "headline-limit", 72);
  g_assert_cmpfloat_with_epsilon (byline_editor_get_headline_fraction (f->editor), 0.5, 0.001);

  /* The preferences window writes GSettings; the editor follows live */
  preferences = byline_preferences_window_new (f->window);
  gtk_window_present (GTK_WINDOW (preferences));
  g_settings_set_uint (settings, "headline-limit", 36);
  g_assert_cmpfloat_with_epsilon (byline_editor_get_headline_fraction (f->editor), 1.0, 0.001);

  g_settings_set_string (settings, "editor-font", "Monospace 17");
  font = byline_editor_dup_font (f->editor);
  g_assert_cmpstr (font, !=, "Monospace 17");    /* the system font is still in use */
  g_clear_pointer (&font, g_free);

  /* Flip the preferences window's own switch, as a user would */
  child = GTK_WIDGET (preferences);
  g_settings_set_boolean (settings, "use-system-font", TRUE);
  {
    GtkWidget *w = child;

    /* Depth-first search for the first GtkSwitch: "Use System Document Font" */
    while (w != NULL && !GTK_IS_SWITCH (w))
      {
        if (gtk_widget_get_first_child (w) != NULL)
          w = gtk_widget_get_first_child (w);
        else
          {
            while (w != NULL && gtk_widget_get_next_sibling (w) == NULL)
              w = gtk_widget_get_parent (w);
            if (w != NULL)
              w = gtk_widget_get_next_sibling (w);
          }
      }
    g_assert_nonnull (w);
    gtk_switch_set_active (GTK_SWITCH (w), FALSE);
  }
  g_assert_false (g_settings_get_boolean (settings, "use-system-font"));
  font = byline_editor_dup_font (f->editor);
  g_assert_cmpstr (font, ==, "Monospace 17");

  /* Spell checking follows the preference too */
  g_settings_set_boolean (settings, "spell-checking", FALSE);
  g_assert_false (byline_spell_checker_get_enabled (byline_editor_get_spell_checker (f->editor)));
  g_settings_set_boolean (settings, "spell-checking", TRUE);
  g_assert_true (byline_spell_checker_get_enabled (byline_editor_get_spell_checker (f->editor)));

  g_free (byline_test_save_screenshot (GTK_WIDGET (preferences), "preferences.png"));
  gtk_window_destroy (GTK_WINDOW (preferences));
}

static GtkTextTag *
markdown_tag (Fixture    *f,
              const char *kind)
{
  g_autofree char *name = g_strconcat ("byline-markdown-", kind, NULL);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (body_buffer (f)), name);

  g_assert_nonnull (tag);
  return tag;
}

/* Whether @kind covers the characters from @from on @line up to @to */
static gboolean
has_markdown (Fixture    *f,
              const char *kind,
              int         line,
              int         from,
              int         to)
{
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_line_offset (body_buffer (f), &iter, line, from);
  for (int i = from; i < to; i++, gtk_text_iter_forward_char (&iter))
    {
      if (!gtk_text_iter_has_tag (&iter, markdown_tag (f, kind)))
        return FALSE;
    }
  return TRUE;
}

static void
count_tag_change (GtkTextBuffer *buffer,
                  GtkTextTag    *tag,
                  GtkTextIter   *start,
                  GtkTextIter   *end,
                  guint         *changes)
{
  g_autofree char *name = NULL;

  g_object_get (tag, "name", &name, NULL);
  if (name != NULL && g_str_has_prefix (name, "byline-markdown-"))
    (*changes)++;
}

static void
test_editor_markdown (Fixture       *f,
                      gconstpointer  data)
{
  GtkTextBuffer *text = body_buffer (f);
  GtkSourceBuffer *buffer = GTK_SOURCE_BUFFER (text);
  GtkSourceStyleScheme *scheme = gtk_source_buffer_get_style_scheme (buffer);
  GtkTextIter iter, end;
  GdkRGBA *light = NULL, *dark = NULL;
  guint changes = 0;

  g_assert_nonnull (scheme);
  g_assert_true (g_str_has_prefix (gtk_source_style_scheme_get_id (scheme), "Adwaita"));
  g_assert_cmpint (gtk_text_view_get_wrap_mode (GTK_TEXT_VIEW (byline_editor_get_body_view (f->editor))),
                   ==, GTK_WRAP_WORD_CHAR);

  gtk_text_buffer_set_text (text,
                            "The lede, with *emphasis* and **strong** words.\n"   /* 0 */
                            "\n"
                            "## What riders can expect\n"                         /* 2 */
                            "\n"
                            "> “We will run the new boats,” he said.\n"           /* 4 */
                            "\n"
                            "```\n"                                               /* 6 */
                            "*not emphasis* in code\n"                            /* 7 */
                            "```\n"
                            "\n"
                            "A [link](https://example.org) and ![a ferry](byline-image:f.jpg)\n", -1);   /* 10 */
  /* (the scan goes in slices: wait for its last line too) */
  byline_test_wait_until (has_markdown (f, "heading", 2, 0, 25) && has_markdown (f, "image-marker", 10, 34, 35), BYLINE_TEST_WAIT_MS);
  g_assert_true (has_markdown (f, "heading", 2, 0, 25));
  g_assert_false (has_markdown (f, "heading", 0, 0, 1));
  g_assert_true (has_markdown (f, "emphasis", 0, 15, 25));
  g_assert_false (has_markdown (f, "emphasis", 0, 14, 15) && has_markdown (f, "emphasis", 0, 26, 27));
  g_assert_true (has_markdown (f, "strong", 0, 30, 40));
  g_assert_true (has_markdown (f, "quote-marker", 4, 0, 1));
  g_assert_false (has_markdown (f, "quote-marker", 4, 2, 3));
  g_assert_true (has_markdown (f, "code-block", 7, 0, 22));
  g_assert_false (has_markdown (f, "emphasis", 7, 0, 14));
  g_assert_true (has_markdown (f, "link-text", 10, 2, 8));
  g_assert_true (has_markdown (f, "url", 10, 8, 29));
  g_assert_true (has_markdown (f, "image-marker", 10, 34, 35));

  /* Typing inside a paragraph changes no tag: nothing to lay out again */
  g_signal_connect (text, "apply-tag", G_CALLBACK (count_tag_change), &changes);
  g_signal_connect (text, "remove-tag", G_CALLBACK (count_tag_change), &changes);
  gtk_text_buffer_get_iter_at_line_offset (text, &iter, 0, 4);
  gtk_text_buffer_insert (text, &iter, "long ", -1);
  gtk_text_buffer_get_iter_at_line_offset (text, &iter, 0, 22);
  gtk_text_buffer_insert (text, &iter, "x", -1);   /* inside "*emphasis*" */
  /* (the highlighter's idle runs at once; 300 ms leave it every chance) */
  byline_test_wait_until (FALSE, 300);
  g_assert_cmpuint (changes, ==, 0);
  g_assert_true (has_markdown (f, "emphasis", 0, 20, 31));

  /* A new subheading, and one undone */
  gtk_text_buffer_get_iter_at_line (text, &iter, 0);
  gtk_text_buffer_insert (text, &iter, "## ", -1);
  byline_test_wait_until (has_markdown (f, "heading", 0, 0, 10), BYLINE_TEST_WAIT_MS);
  g_assert_true (has_markdown (f, "heading", 0, 0, 10));
  g_assert_cmpuint (changes, >, 0);
  gtk_text_buffer_get_iter_at_line (text, &iter, 0);
  end = iter;
  gtk_text_iter_forward_chars (&end, 3);
  gtk_text_buffer_delete (text, &iter, &end);
  byline_test_wait_until (!has_markdown (f, "heading", 0, 0, 1), BYLINE_TEST_WAIT_MS);
  g_assert_false (has_markdown (f, "heading", 0, 0, 1));
  /* Its line break was tagged with it: nothing is left over */
  gtk_text_buffer_get_iter_at_line (text, &iter, 0);
  gtk_text_iter_forward_to_line_end (&iter);
  g_assert_false (gtk_text_iter_has_tag (&iter, markdown_tag (f, "heading")));

  /* Without its opening fence, the code block's lines are prose again,
   * and the closing fence opens a block to the end */
  gtk_text_buffer_get_iter_at_line (text, &iter, 6);
  end = iter;
  gtk_text_iter_forward_line (&end);
  gtk_text_buffer_delete (text, &iter, &end);
  byline_test_wait_until (has_markdown (f, "emphasis", 6, 0, 14) && has_markdown (f, "code-block", 9, 0, 10), BYLINE_TEST_WAIT_MS);
  g_assert_true (has_markdown (f, "emphasis", 6, 0, 14));
  g_assert_false (has_markdown (f, "code-block", 6, 0, 1));
  g_assert_true (has_markdown (f, "code-block", 9, 0, 10));
  g_assert_false (has_markdown (f, "link-text", 9, 2, 8));

  /* "---" typed under a line of text makes it a subheading, as the story
   * converts; with a blank line between them it is a rule again */
  gtk_text_buffer_set_text (text, "Intro.\n\nWhat riders can expect\n", -1);
  for (guint i = 0; i < 3; i++)
    {
      gtk_text_buffer_get_end_iter (text, &iter);
      gtk_text_buffer_insert (text, &iter, "-", -1);
      byline_test_wait_until (FALSE, 20);
    }
  byline_test_wait_until (has_markdown (f, "heading", 2, 0, 22) && has_markdown (f, "heading", 3, 0, 3), BYLINE_TEST_WAIT_MS);
  g_assert_true (has_markdown (f, "heading", 2, 0, 22));
  g_assert_true (has_markdown (f, "heading", 3, 0, 3));
  g_assert_false (has_markdown (f, "rule", 3, 0, 1));
  g_assert_false (has_markdown (f, "heading", 0, 0, 1));
  gtk_text_buffer_get_iter_at_line (text, &iter, 3);
  gtk_text_buffer_insert (text, &iter, "\n", -1);
  byline_test_wait_until (has_markdown (f, "rule", 4, 0, 3), BYLINE_TEST_WAIT_MS);
  g_assert_true (has_markdown (f, "rule", 4, 0, 3));
  g_assert_false (has_markdown (f, "heading", 2, 0, 1));
  g_assert_false (has_markdown (f, "heading", 4, 0, 1));

  /* Text pasted with its tags (GtkTextView copies them within the app)
   * keeps none that its new place does not call for, on a line that had
   * none of that kind */
  gtk_text_buffer_set_text (text, "Some *emphasis* here.\n\nA plain line.\n", -1);
  byline_test_wait_until (has_markdown (f, "emphasis", 0, 5, 15), BYLINE_TEST_WAIT_MS);
  g_assert_true (has_markdown (f, "emphasis", 0, 5, 15));
  {
    GtkTextIter at;

    gtk_text_buffer_get_iter_at_line_offset (text, &iter, 0, 6);
    end = iter;
    gtk_text_iter_forward_chars (&end, 8);   /* "emphasis", tagged */
    gtk_text_buffer_get_iter_at_line_offset (text, &at, 2, 2);
    gtk_text_buffer_insert_range (text, &at, &iter, &end);
    gtk_text_buffer_get_iter_at_line_offset (text, &at, 2, 2);
    g_assert_true (gtk_text_iter_has_tag (&at, markdown_tag (f, "emphasis")));
  }
  byline_test_wait_until (!has_markdown (f, "emphasis", 2, 2, 3), BYLINE_TEST_WAIT_MS);
  g_assert_false (has_markdown (f, "emphasis", 2, 2, 3));
  g_assert_true (has_markdown (f, "emphasis", 0, 5, 15));

  /* The tags take the scheme's colours; dark style follows the system */
  g_object_get (markdown_tag (f, "heading"), "foreground-rgba", &light, NULL);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_cmpstr (gtk_source_style_scheme_get_id (gtk_source_buffer_get_style_scheme (buffer)), ==, "Adwaita-dark");
  g_object_get (markdown_tag (f, "heading"), "foreground-rgba", &dark, NULL);
  g_assert_nonnull (light);
  g_assert_nonnull (dark);
  g_assert_false (gdk_rgba_equal (light, dark));
  g_assert_cmpfloat (dark->red + dark->green + dark->blue, >, light->red + light->green + light->blue);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  g_assert_cmpstr (gtk_source_style_scheme_get_id (gtk_source_buffer_get_style_scheme (buffer)), ==, "Adwaita");
  gdk_rgba_free (light);
  gdk_rgba_free (dark);
  g_signal_handlers_disconnect_by_data (text, &changes);

  /* Words in code and link addresses are not spell checked; the same
   * word in prose is, and stops being once it is made code */
  {
    BylineSpellChecker *checker = byline_editor_get_spell_checker (f->editor);

    byline_article_set_language (f->article, "en");
    g_assert_true (byline_spell_checker_get_active (checker));
    gtk_text_buffer_set_text (text, "Prose qwxzt, code `qwxzt`, [a link](https://qwxzt.example/qwxzt)\n"
                                    "```\nqwxzt\n```\n", -1);
    byline_test_wait_until (has_markdown (f, "code-block", 2, 0, 5) && !byline_spell_checker_is_busy (checker), BYLINE_TEST_WAIT_MS);
    gtk_text_buffer_get_iter_at_line_offset (text, &iter, 0, 6);
    g_assert_true (byline_spell_checker_is_misspelled_at (checker, &iter));
    gtk_text_buffer_get_iter_at_line_offset (text, &iter, 0, 20);
    g_assert_false (byline_spell_checker_is_misspelled_at (checker, &iter));
    gtk_text_buffer_get_iter_at_line_offset (text, &iter, 0, 40);
    g_assert_false (byline_spell_checker_is_misspelled_at (checker, &iter));
    gtk_text_buffer_get_iter_at_line_offset (text, &iter, 0, 56);
    g_assert_false (byline_spell_checker_is_misspelled_at (checker, &iter));
    gtk_text_buffer_get_iter_at_line_offset (text, &iter, 2, 1);
    g_assert_false (byline_spell_checker_is_misspelled_at (checker, &iter));

    gtk_text_buffer_get_iter_at_line_offset (text, &iter, 0, 6);
    gtk_text_buffer_insert (text, &iter, "`", -1);
    gtk_text_buffer_get_iter_at_line_offset (text, &iter, 0, 12);
    gtk_text_buffer_insert (text, &iter, "`", -1);
    byline_test_wait_until (has_markdown (f, "code", 0, 6, 13) && !byline_spell_checker_is_busy (checker), BYLINE_TEST_WAIT_MS);
    g_assert_true (has_markdown (f, "code", 0, 6, 13));
    gtk_text_buffer_get_iter_at_line_offset (text, &iter, 0, 7);
    g_assert_false (byline_spell_checker_is_misspelled_at (checker, &iter));
  }
}

/* The word count follows edits by counting only around them: after many
 * random inserts and deletes (spaces, joiners, Persian, newlines) it is
 * still what a full count of the text says */
static void
test_editor_counts_incremental (Fixture       *f,
                                gconstpointer  data)
{
  static const char *pieces[] = {
    "a", "word", " ", "  ", "\n", "\n\n", "-", "'", ",", ".", "41", "000", "don", "t",
    "cross", "harbour", "کتاب", "\u200c", "ها", "é", "!", "## ", "> ", "x y z",
  };
  GtkTextBuffer *buffer = body_buffer (f);
  GRand *rand = g_rand_new_with_seed (20261128);

  byline_article_set_body (f->article, "The ferry runs every twenty minutes.\n\nIt's 41,000 people.");
  g_assert_cmpuint (byline_editor_get_word_count (f->editor), ==, 9);

  for (guint i = 0; i < 3000; i++)
    {
      int length = gtk_text_buffer_get_char_count (buffer);
      GtkTextIter start, end;

      if (length > 0 && g_rand_int_range (rand, 0, 3) == 0)
        {
          int from = g_rand_int_range (rand, 0, length);
          int to = MIN (length, from + g_rand_int_range (rand, 1, 6));

          gtk_text_buffer_get_iter_at_offset (buffer, &start, from);
          gtk_text_buffer_get_iter_at_offset (buffer, &end, to);
          gtk_text_buffer_delete_interactive (buffer, &start, &end, TRUE);
        }
      else
        {
          const char *piece = pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))];

          gtk_text_buffer_get_iter_at_offset (buffer, &start, g_rand_int_range (rand, 0, length + 1));
          gtk_text_buffer_insert_interactive (buffer, &start, piece, -1, TRUE);
        }

      if (i % 100 == 99)
        {
          g_autofree char *text = buffer_text (buffer);

          g_assert_cmpuint (byline_editor_get_word_count (f->editor), ==, byline_article_count_words (text));
          g_assert_cmpuint (byline_editor_get_char_count (f->editor), ==, g_utf8_strlen (text, -1));
        }
    }

  /* The article gets the same text when typing pauses */
  byline_editor_sync_to_article (f->editor);
  {
    g_autofree char *text = buffer_text (buffer);

    g_assert_cmpuint (byline_editor_get_word_count (f->editor), ==, byline_article_count_words (text));
    g_assert_cmpstr (byline_article_get_body (f->article), ==, text);
  }
  g_rand_free (rand);
}

/* Whether the story's first line starts below the standfirst (by the gap
 * the editor keeps), neither under it nor far below it */
static gboolean
body_below_header (Fixture *f,
                   double  *bottom,
                   int     *top)
{
  GtkTextView *standfirst = byline_editor_get_standfirst_view (f->editor);
  GtkWidget *body = GTK_WIDGET (byline_editor_get_body_view (f->editor));
  graphene_rect_t bounds;
  int x;

  /* (both in the body's coordinates, however far it is scrolled) */
  gtk_text_view_buffer_to_window_coords (GTK_TEXT_VIEW (body), GTK_TEXT_WINDOW_TEXT, 0, 0, &x, top);
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (standfirst), body, &bounds));
  *bottom = bounds.origin.y + bounds.size.height;
  return *bottom <= *top && *top - *bottom <= 64;
}

/* The story's first line is (or comes, once GTK has laid the window out
 * again: a starved X server can hold that back for seconds after the
 * callers' settling time) below the standfirst */
static void
assert_body_below_header (Fixture    *f,
                          const char *when)
{
  gint64 deadline = g_get_monotonic_time () + BYLINE_TEST_WAIT_MS * 1000;
  double bottom;
  int top;

  while (!body_below_header (f, &bottom, &top))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("%s: the standfirst ends at %.0f px, the story starts at %d px", when, bottom, top);
      g_main_context_iteration (NULL, FALSE);
    }
}

/* The headline and standfirst re-wrapping as they are typed or the window
 * narrows: the story's top follows */
static void
test_editor_header_reflow (Fixture       *f,
                           gconstpointer  data)
{
  GtkTextBuffer *headline = gtk_text_view_get_buffer (byline_editor_get_headline_view (f->editor));
  GtkTextBuffer *standfirst = gtk_text_view_get_buffer (byline_editor_get_standfirst_view (f->editor));
  const char *words = "Harbour city expands its electric ferry fleet as ridership climbs past every forecast ";

  gtk_text_buffer_set_text (body_buffer (f), "The first paragraph of the story.\n", -1);
  for (guint round = 0; round < 3; round++)
    {
      GtkTextIter end;

      gtk_text_buffer_get_end_iter (headline, &end);
      gtk_text_buffer_insert (headline, &end, words, -1);
      gtk_text_buffer_get_end_iter (standfirst, &end);
      gtk_text_buffer_insert (standfirst, &end, words, -1);
      byline_test_wait_until (FALSE, 300);
      assert_body_below_header (f, "typed");
    }
  gtk_widget_set_size_request (GTK_WIDGET (f->editor), 1400, -1);
  byline_test_wait_until (FALSE, 500);
  assert_body_below_header (f, "wider");
  gtk_text_buffer_set_text (headline, "Short", -1);
  gtk_text_buffer_set_text (standfirst, "Short too", -1);
  byline_test_wait_until (FALSE, 300);
  assert_body_below_header (f, "shortened");
}

/* The headline and standfirst scroll with the story: GTK 4.8 moved them
 * only when the window changed size, and they stood over the text
 * scrolled under them */
static void
test_editor_header_scrolls (Fixture       *f,
                            gconstpointer  data)
{
  GtkTextView *headline = byline_editor_get_headline_view (f->editor);
  GtkWidget *body = GTK_WIDGET (byline_editor_get_body_view (f->editor));
  GtkAdjustment *vadj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (body));
  g_autoptr(GString) text = g_string_new (NULL);
  graphene_rect_t bounds;

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (headline), "Council votes to shut Kingsway Bridge", -1);
  for (guint i = 0; i < 80; i++)
    g_string_append_printf (text, "Paragraph %u of a story long enough to scroll.\n\n", i);
  gtk_text_buffer_set_text (body_buffer (f), text->str, -1);
  byline_test_wait_until (gtk_adjustment_get_upper (vadj) - gtk_adjustment_get_page_size (vadj) > 600, BYLINE_TEST_WAIT_MS);
  {
    GtkTextIter start;

    gtk_text_buffer_get_start_iter (body_buffer (f), &start);
    gtk_text_buffer_place_cursor (body_buffer (f), &start);
  }
  gtk_adjustment_set_value (vadj, 0);
  byline_test_wait_until (FALSE, 300);
  assert_body_below_header (f, "at the top");

  gtk_adjustment_set_value (vadj, 600);
  byline_test_wait_until (FALSE, 300);
  assert_body_below_header (f, "scrolled down");
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (headline), body, &bounds));
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, 0);

  gtk_adjustment_set_value (vadj, 20);
  byline_test_wait_until (FALSE, 300);
  assert_body_below_header (f, "scrolled back");
  gtk_adjustment_set_value (vadj, 0);
  byline_test_wait_until (FALSE, 300);
  assert_body_below_header (f, "back at the top");
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (headline), body, &bounds));
  g_assert_cmpfloat (bounds.origin.y, >, 0);
}

/* Ctrl+B and Ctrl+I put **strong** and *emphasis* around the selection or
 * the word at the cursor, and take them off again, one undo step each */
static void
test_editor_emphasis_keys (Fixture       *f,
                           gconstpointer  data)
{
  GtkWidget *body = GTK_WIDGET (byline_editor_get_body_view (f->editor));
  GtkTextBuffer *buffer = body_buffer (f);
  GtkTextIter start, end;
  g_autofree char *bold = NULL;
  g_autofree char *both = NULL;
  g_autofree char *italic = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *pair = NULL;

  gtk_text_buffer_set_text (buffer, "Fares rise on Monday.", -1);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, 6);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, 10);
  gtk_text_buffer_select_range (buffer, &start, &end);   /* "rise" */
  g_assert_true (byline_test_activate_shortcut (body, "<Control>b"));
  bold = buffer_text (buffer);
  g_assert_cmpstr (bold, ==, "Fares **rise** on Monday.");
  g_assert_true (byline_test_activate_shortcut (body, "<Control>i"));
  both = buffer_text (buffer);
  g_assert_cmpstr (both, ==, "Fares ***rise*** on Monday.");
  g_assert_true (byline_test_activate_shortcut (body, "<Control>b"));
  italic = buffer_text (buffer);
  g_assert_cmpstr (italic, ==, "Fares *rise* on Monday.");
  g_assert_true (byline_test_activate_shortcut (body, "<Control>i"));
  plain = buffer_text (buffer);
  g_assert_cmpstr (plain, ==, "Fares rise on Monday.");
  gtk_text_buffer_undo (buffer);
  undone = buffer_text (buffer);
  g_assert_cmpstr (undone, ==, "Fares *rise* on Monday.");

  /* The word at the cursor; at a space, a pair to type into */
  gtk_text_buffer_set_text (buffer, "Fares fall", -1);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, 8);
  gtk_text_buffer_place_cursor (buffer, &start);
  g_assert_true (byline_test_activate_shortcut (body, "<Control>i"));
  g_free (plain);
  plain = buffer_text (buffer);
  g_assert_cmpstr (plain, ==, "Fares *fall*");
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, " ", -1);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  g_assert_true (byline_test_activate_shortcut (body, "<Control>b"));
  gtk_text_buffer_insert_at_cursor (buffer, "now", -1);
  pair = buffer_text (buffer);
  g_assert_cmpstr (pair, ==, "Fares *fall* **now**");
}

/* Whether @view or a widget inside it has the window's focus */
static gboolean
focus_in (Fixture   *f,
          gpointer   view)
{
  GtkWidget *focus = gtk_window_get_focus (f->window);

  return focus != NULL && (focus == view || gtk_widget_is_ancestor (focus, view));
}

/* Tab reads the page top to bottom (headline, standfirst, body) and
 * Shift+Tab back up; the body takes no tab characters */
static void
test_editor_tab_order (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (f->window);
  GtkTextView *headline = byline_editor_get_headline_view (f->editor);
  GtkTextView *standfirst = byline_editor_get_standfirst_view (f->editor);
  GtkTextView *body = GTK_TEXT_VIEW (byline_editor_get_body_view (f->editor));

  g_assert_false (gtk_text_view_get_accepts_tab (body));
  gtk_window_set_focus (f->window, NULL);
  g_assert_true (gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD));
  g_assert_true (focus_in (f, headline));
  g_assert_true (gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD));
  g_assert_true (focus_in (f, standfirst));
  g_assert_true (gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (body)));
  g_assert_true (gtk_widget_child_focus (window, GTK_DIR_TAB_BACKWARD));
  g_assert_true (focus_in (f, standfirst));
  g_assert_true (gtk_widget_child_focus (window, GTK_DIR_TAB_BACKWARD));
  g_assert_true (focus_in (f, headline));
}

int
main (int   argc,
      char *argv[])
{
  byline_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/editor/typing", test_editor_typing);
  ADD ("/editor/counts", test_editor_counts);
  ADD ("/editor/counts-incremental", test_editor_counts_incremental);
  ADD ("/editor/binding", test_editor_binding);
  ADD ("/editor/rtl", test_editor_rtl);
  ADD ("/editor/preferences", test_editor_preferences);
  ADD ("/editor/markdown", test_editor_markdown);
  ADD ("/editor/tab-order", test_editor_tab_order);
  ADD ("/editor/header-reflow", test_editor_header_reflow);
  ADD ("/editor/header-scrolls", test_editor_header_scrolls);
  ADD ("/editor/emphasis-keys", test_editor_emphasis_keys);
#undef ADD

  return g_test_run ();
}

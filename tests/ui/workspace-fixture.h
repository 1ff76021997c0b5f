/* workspace-fixture.h: a window over a real store in a temporary
 * directory, for the workspace tests
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

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

static inline void
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

static inline void
open_window (Fixture *f)
{
  f->window = byline_window_new_for_context (NULL, f->context);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (f->window));
  byline_test_wait_until (gtk_widget_get_mapped (GTK_WIDGET (f->window)), 5000);
}

static inline void
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

static inline gint64
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

static inline BylineArticle *
load (Fixture *f,
      gint64   id)
{
  g_autoptr(GError) error = NULL;
  BylineArticle *article = byline_store_load_article (f->store, id, NULL, &error);

  g_assert_no_error (error);
  return article;
}

static inline GListModel *
sidebar_model (Fixture *f)
{
  return byline_drafts_sidebar_get_model (byline_window_get_drafts_sidebar (f->window));
}

static inline guint
n_rows (Fixture *f)
{
  GListModel *model = sidebar_model (f);

  return model ? g_list_model_get_n_items (model) : 0;
}

static inline gint64
open_id (Fixture *f)
{
  BylineArticle *article = byline_window_get_article (f->window);

  return article ? byline_article_get_id (article) : -1;
}

static inline char *
body_text (Fixture *f)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (byline_editor_get_body_view (byline_window_get_editor (f->window))));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static inline void
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


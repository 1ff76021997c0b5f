/* byline-conflict-window.c: both versions of a story that changed on the site
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-conflict-window"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-conflict-window.h"
#include "byline-ui.h"

/* Left: the local text, editable (the merge). Right: the site's text with
 * the word diff marked (deleted words struck through, added ones
 * highlighted). Keep Mine publishes with force; Take the Site's reads the
 * post back into the article (byline_publisher_take_remote_async());
 * Publish Edited Text saves the left side and publishes it with force.
 * Emits ::finished with the publish result (or NULL) and a message. */

struct _BylineConflictWindow
{
  AdwWindow         parent_instance;

  BylinePublisher  *publisher;
  BylineArticle    *article;
  char             *account;
  char             *status;
  GCancellable     *cancellable;

  GtkTextView      *mine_view;
  GtkTextView      *site_view;
  GtkButton        *keep_button;
  GtkButton        *take_button;
  GtkButton        *merge_button;
  GtkLabel         *summary_label;
};

G_DEFINE_FINAL_TYPE (BylineConflictWindow, byline_conflict_window, ADW_TYPE_WINDOW)

enum {
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_sensitive (BylineConflictWindow *self,
               gboolean              sensitive)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->keep_button), sensitive);
  gtk_widget_set_sensitive (GTK_WIDGET (self->take_button), sensitive);
  gtk_widget_set_sensitive (GTK_WIDGET (self->merge_button), sensitive);
}

static void
finish (BylineConflictWindow *self,
        BylinePublishResult  *result,
        const char           *message)
{
  g_signal_emit (self, signals[FINISHED], 0, result, message);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
conflict_cb (GObject      *object,
             GAsyncResult *res,
             gpointer      user_data)
{
  g_autoptr(BylineConflictWindow) self = user_data;
  g_autoptr(BylinePublishConflict) conflict = NULL;
  g_autoptr(GError) error = NULL;
  GtkTextBuffer *site = gtk_text_view_get_buffer (self->site_view);
  GtkTextIter end;

  conflict = byline_publisher_get_conflict_finish (BYLINE_PUBLISHER (object), res, &error);
  if (conflict == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_label_set_label (self->summary_label, error->message);
      return;
    }

  /* (headline, standfirst, credit, body and excerpt, as the diff
   * compares them) */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->mine_view), conflict->local_compared, -1);
  gtk_text_buffer_create_tag (site, "deleted", "strikethrough", TRUE, "foreground", "#c01c28", NULL);
  gtk_text_buffer_create_tag (site, "inserted", "background", "#8ff0a4", "foreground", "#000000", NULL);
  for (guint i = 0; i < conflict->diff->len; i++)
    {
      BylineDiffChunk *chunk = g_ptr_array_index (conflict->diff, i);

      gtk_text_buffer_get_end_iter (site, &end);
      if (chunk->op == BYLINE_DIFF_EQUAL)
        gtk_text_buffer_insert (site, &end, chunk->text, -1);
      else
        gtk_text_buffer_insert_with_tags_by_name (site, &end, chunk->text, -1,
                                                  chunk->op == BYLINE_DIFF_INSERT ? "inserted" : "deleted", NULL);
    }
  set_sensitive (self, TRUE);
}

static void
published_cb (GObject      *object,
              GAsyncResult *res,
              gpointer      user_data)
{
  g_autoptr(BylineConflictWindow) self = user_data;
  g_autoptr(BylinePublishResult) result = NULL;
  g_autoptr(GError) error = NULL;

  result = byline_publisher_publish_finish (BYLINE_PUBLISHER (object), res, &error);
  if (result == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  finish (self, result, result ? NULL : error->message);
}

static void
publish_forced (BylineConflictWindow *self)
{
  set_sensitive (self, FALSE);
  byline_publisher_publish_async (self->publisher, byline_article_get_id (self->article), self->account,
                                  self->status, BYLINE_PUBLISH_FORCE, self->cancellable,
                                  published_cb, g_object_ref (self));
}

static void
merged_saved_cb (GObject      *object,
                 GAsyncResult *res,
                 gpointer      user_data)
{
  g_autoptr(BylineConflictWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!byline_store_save_article_finish (BYLINE_STORE (object), res, &error))
    {
      finish (self, NULL, error->message);
      return;
    }
  publish_forced (self);
}

static void
merge_clicked_cb (BylineConflictWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->mine_view);
  BylineStore *store = byline_outbox_runner_get_store (byline_publisher_get_runner (self->publisher));
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  byline_article_set_body (self->article, text);
  set_sensitive (self, FALSE);
  byline_store_save_article_async (store, self->article, BYLINE_SAVE_EXPLICIT, self->cancellable,
                                   merged_saved_cb, g_object_ref (self));
}

static void
taken_cb (GObject      *object,
          GAsyncResult *res,
          gpointer      user_data)
{
  g_autoptr(BylineConflictWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineArticle) saved = NULL;
  BylineStore *store = byline_outbox_runner_get_store (byline_publisher_get_runner (self->publisher));

  if (!byline_publisher_take_remote_finish (BYLINE_PUBLISHER (object), res, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        finish (self, NULL, error->message);
      return;
    }
  /* The editor's article shows the site's version now. */
  if ((saved = byline_store_load_article (store, byline_article_get_id (self->article), NULL, &error)))
    {
      byline_article_set_headline (self->article, byline_article_get_headline (saved));
      byline_article_set_standfirst (self->article, byline_article_get_standfirst (saved));
      byline_article_set_body (self->article, byline_article_get_body (saved));
      byline_article_set_excerpt (self->article, byline_article_get_excerpt (saved));
      byline_article_set_bylines (self->article, byline_article_get_bylines (saved));
      byline_article_set_dateline (self->article, byline_article_get_dateline (saved));
    }
  finish (self, NULL, _("The site’s version is now in the editor; your text is in the story’s history."));
}

static void
take_clicked_cb (BylineConflictWindow *self)
{
  set_sensitive (self, FALSE);
  byline_publisher_take_remote_async (self->publisher, byline_article_get_id (self->article), self->account,
                                      self->cancellable, taken_cb, g_object_ref (self));
}

static void
byline_conflict_window_dispose (GObject *object)
{
  BylineConflictWindow *self = (BylineConflictWindow *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->publisher);
  g_clear_object (&self->article);
  G_OBJECT_CLASS (byline_conflict_window_parent_class)->dispose (object);
}

static void
byline_conflict_window_finalize (GObject *object)
{
  BylineConflictWindow *self = (BylineConflictWindow *) object;

  g_clear_object (&self->cancellable);
  g_free (self->account);
  g_free (self->status);
  G_OBJECT_CLASS (byline_conflict_window_parent_class)->finalize (object);
}

static void
byline_conflict_window_class_init (BylineConflictWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  byline_ui_ensure_resources ();

  object_class->dispose = byline_conflict_window_dispose;
  object_class->finalize = byline_conflict_window_finalize;

  /**
   * BylineConflictWindow::finished:
   * @result: (nullable): a BylinePublishResult when it was published
   * @message: (nullable): what happened, in plain words
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_POINTER, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/byline-conflict-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BylineConflictWindow, mine_view);
  gtk_widget_class_bind_template_child (widget_class, BylineConflictWindow, site_view);
  gtk_widget_class_bind_template_child (widget_class, BylineConflictWindow, keep_button);
  gtk_widget_class_bind_template_child (widget_class, BylineConflictWindow, take_button);
  gtk_widget_class_bind_template_child (widget_class, BylineConflictWindow, merge_button);
  gtk_widget_class_bind_template_child (widget_class, BylineConflictWindow, summary_label);

  /* Closing without a choice leaves the post and the story as they are */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
byline_conflict_window_init (BylineConflictWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  /* Names a screen reader says without the mnemonic underscore */
  byline_ui_set_button_label (self->keep_button, gtk_button_get_label (self->keep_button));
  byline_ui_set_button_label (self->take_button, gtk_button_get_label (self->take_button));
  byline_ui_set_button_label (self->merge_button, gtk_button_get_label (self->merge_button));
  g_signal_connect_object (self->keep_button, "clicked", G_CALLBACK (publish_forced), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->take_button, "clicked", G_CALLBACK (take_clicked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->merge_button, "clicked", G_CALLBACK (merge_clicked_cb), self, G_CONNECT_SWAPPED);
}

BylineConflictWindow *
byline_conflict_window_new (GtkWindow       *parent,
                            BylinePublisher *publisher,
                            BylineArticle   *article,
                            const char      *account,
                            const char      *status)
{
  BylineConflictWindow *self = g_object_new (BYLINE_TYPE_CONFLICT_WINDOW,
                                             "transient-for", parent,
                                             "modal", parent != NULL,
                                             NULL);

  self->publisher = g_object_ref (publisher);
  self->article = g_object_ref (article);
  self->account = g_strdup (account);
  self->status = g_strdup (status);
  byline_publisher_get_conflict_async (publisher, byline_article_get_id (article), account, self->cancellable,
                                       conflict_cb, g_object_ref (self));
  return self;
}

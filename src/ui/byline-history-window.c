/* byline-history-window.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-history"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-date-format.h"
#include "byline-history-window.h"
#include "byline-ui.h"

/* Revision history (Ctrl+Alt+H): the open draft's revisions, newest first,
 * with time, kind, size and the change in size (and headline) from the
 * revision before; picking one shows a word-level diff
 * (byline_diff_words) from it to the text now in the editor — what
 * Restore would take away in red and struck through, what it would bring
 * back in green. Restore goes through the window
 * (byline_window_restore_revision), which offers Undo. */

struct _BylineHistoryWindow
{
  AdwWindow      parent_instance;

  BylineWindow  *window;
  GPtrArray     *revisions;
  GtkListBox    *list;
  GtkTextView   *diff_view;
  GtkButton     *restore_button;
  GtkLabel      *summary_label;
};

G_DEFINE_FINAL_TYPE (BylineHistoryWindow, byline_history_window, ADW_TYPE_WINDOW)

static BylineStore *
store_of (BylineHistoryWindow *self)
{
  return byline_context_get_store (byline_window_get_context (self->window));
}

static char *
story_text (BylineArticle *article)
{
  return g_strdup_printf ("%s\n\n%s\n\n%s", byline_article_get_headline (article),
                          byline_article_get_standfirst (article), byline_article_get_body (article));
}

static BylineRevision *
selected_revision (BylineHistoryWindow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  if (row == NULL || self->revisions == NULL)
    return NULL;
  return g_ptr_array_index (self->revisions, gtk_list_box_row_get_index (row));
}

static void
show_diff (BylineHistoryWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->diff_view);
  BylineRevision *revision = selected_revision (self);
  BylineArticle *current = byline_window_get_article (self->window);
  g_autoptr(BylineArticle) old = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) chunks = NULL;
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;
  guint inserted = 0, deleted = 0;
  GtkTextIter end;

  gtk_text_buffer_set_text (buffer, "", 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->restore_button), revision != NULL);
  if (revision == NULL || current == NULL)
    return;

  byline_editor_sync_to_article (byline_window_get_editor (self->window));
  old = byline_store_load_revision (store_of (self), revision->article_id, revision->id, NULL, &error);
  if (old == NULL)
    {
      gtk_label_set_label (self->summary_label, error->message);
      return;
    }

  /* From the revision to now: Restore removes the insertions */
  old_text = story_text (old);
  new_text = story_text (current);
  chunks = byline_diff_words (old_text, new_text);
  for (guint i = 0; i < chunks->len; i++)
    {
      BylineDiffChunk *chunk = g_ptr_array_index (chunks, i);
      const char *tag = chunk->op == BYLINE_DIFF_INSERT ? "inserted" :
                        chunk->op == BYLINE_DIFF_DELETE ? "deleted" : NULL;

      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_insert_with_tags_by_name (buffer, &end, chunk->text, -1, tag, NULL);
      if (chunk->op == BYLINE_DIFF_INSERT)
        inserted++;
      else if (chunk->op == BYLINE_DIFF_DELETE)
        deleted++;
    }

  if (inserted == 0 && deleted == 0)
    {
      gtk_label_set_label (self->summary_label, _("Same as the current text"));
      /* Restoring it would change nothing */
      gtk_widget_set_sensitive (GTK_WIDGET (self->restore_button), FALSE);
    }
  else
    {
      g_autofree char *additions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u addition", "%u additions",
                                                                 inserted), inserted);
      g_autofree char *removals = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u removal", "%u removals",
                                                                deleted), deleted);
      g_autofree char *summary = NULL;

      /* Translators: how the current text differs from the chosen revision:
       * "Since then: 3 additions, 1 removal" */
      summary = g_strdup_printf (_("Since then: %s, %s"), additions, removals);
      gtk_label_set_label (self->summary_label, summary);
    }
}

static void
row_selected_cb (BylineHistoryWindow *self,
                 GtkListBoxRow       *row,
                 GtkListBox          *list)
{
  show_diff (self);
}

static const char *
kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "explicit") == 0)
    return _("Saved");
  if (g_strcmp0 (kind, "restore") == 0)
    return _("Restored");
  return _("Autosaved");
}

/* What a row says under its time: the kind, the size, and what changed
 * since the revision before it (older, the next row) — two autosaves a
 * minute apart looked alike without it. */
static char *
revision_subtitle (BylineRevision *revision,
                   BylineRevision *older)
{
  g_autofree char *size = g_format_size (revision->size);
  GString *subtitle = g_string_new (NULL);

  g_string_printf (subtitle, "%s · %s", kind_label (revision->kind), size);
  if (older != NULL)
    {
      gint64 delta = revision->size - older->size;
      g_autofree char *amount = g_format_size (delta < 0 ? -delta : delta);

      g_string_append (subtitle, " · ");
      if (delta > 0)
        /* Translators: a revision is this much larger than the one before it ("+1.2 kB") */
        g_string_append_printf (subtitle, _("+%s"), amount);
      else if (delta < 0)
        /* Translators: a revision is this much smaller than the one before it ("−340 bytes") */
        g_string_append_printf (subtitle, _("−%s"), amount);
      else
        g_string_append (subtitle, _("same size"));
      if (g_strcmp0 (revision->headline, older->headline) != 0)
        g_string_append_printf (subtitle, " · %s", _("new headline"));
    }

  return g_string_free (subtitle, FALSE);
}

static void
reload (BylineHistoryWindow *self)
{
  BylineArticle *article = byline_window_get_article (self->window);
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_clear_pointer (&self->revisions, g_ptr_array_unref);

  if (article == NULL)
    return;

  self->revisions = byline_store_list_revisions (store_of (self), byline_article_get_id (article), NULL, &error);
  if (self->revisions == NULL)
    {
      gtk_label_set_label (self->summary_label, error->message);
      return;
    }

  for (guint i = 0; i < self->revisions->len; i++)
    {
      BylineRevision *revision = g_ptr_array_index (self->revisions, i);
      g_autoptr(GDateTime) created = g_date_time_new_from_unix_local (revision->created);
      /* (as the interface shows dates: Solar Hijri in Persian) */
      g_autofree char *when = byline_format_date_for_display (created, TRUE);
      BylineRevision *older = i + 1 < self->revisions->len ? g_ptr_array_index (self->revisions, i + 1) : NULL;
      g_autofree char *subtitle = revision_subtitle (revision, older);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), when);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_append (self->list, row);
    }

  if (self->revisions->len > 0)
    gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, 0));
  else
    gtk_label_set_label (self->summary_label, _("No revisions yet"));
}

static void
restore_clicked_cb (BylineHistoryWindow *self,
                    GtkButton           *button)
{
  g_autoptr(GError) error = NULL;

  if (!byline_history_window_restore (self, &error))
    gtk_label_set_label (self->summary_label, error->message);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
byline_history_window_dispose (GObject *object)
{
  BylineHistoryWindow *self = (BylineHistoryWindow *)object;

  /* Destroying the list unselects its row: no diff of a closing window
   * (its window and Restore button are gone by then). */
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  self->list = NULL;
  g_clear_pointer (&self->revisions, g_ptr_array_unref);
  g_clear_object (&self->window);

  G_OBJECT_CLASS (byline_history_window_parent_class)->dispose (object);
}

static void
byline_history_window_class_init (BylineHistoryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  byline_ui_ensure_resources ();

  object_class->dispose = byline_history_window_dispose;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
byline_history_window_init (BylineHistoryWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  GtkWidget *list_scroller = gtk_scrolled_window_new ();
  GtkWidget *diff_scroller = gtk_scrolled_window_new ();
  GtkWidget *right = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkTextBuffer *buffer;

  gtk_window_set_title (GTK_WINDOW (self), _("Revision History"));
  gtk_window_set_default_size (GTK_WINDOW (self), 900, 600);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  self->restore_button = GTK_BUTTON (gtk_button_new ());
  byline_ui_set_button_label (self->restore_button, _("_Restore"));
  gtk_widget_add_css_class (GTK_WIDGET (self->restore_button), "suggested-action");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->restore_button),
                               _("Make the story what it was in this revision"));
  g_signal_connect_object (self->restore_button, "clicked", G_CALLBACK (restore_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->restore_button));

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Revisions"), -1);
  g_signal_connect_object (self->list, "row-selected", G_CALLBACK (row_selected_cb), self, G_CONNECT_SWAPPED);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (list_scroller), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (list_scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (list_scroller, 260, -1);

  self->diff_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_editable (self->diff_view, FALSE);
  gtk_text_view_set_wrap_mode (self->diff_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (self->diff_view, 18);
  gtk_text_view_set_right_margin (self->diff_view, 18);
  gtk_text_view_set_top_margin (self->diff_view, 12);
  gtk_text_view_set_bottom_margin (self->diff_view, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->diff_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Changes since the revision"), -1);
  buffer = gtk_text_view_get_buffer (self->diff_view);
  gtk_text_buffer_create_tag (buffer, "inserted",
                              "background", "rgba(46,194,126,0.25)",
                              "underline", PANGO_UNDERLINE_SINGLE,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "deleted",
                              "background", "rgba(224,27,36,0.2)",
                              "strikethrough", TRUE,
                              NULL);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (diff_scroller), GTK_WIDGET (self->diff_view));
  gtk_widget_set_vexpand (diff_scroller, TRUE);

  self->summary_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->summary_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "editor-status-bar");
  gtk_box_append (GTK_BOX (right), diff_scroller);
  gtk_box_append (GTK_BOX (right), GTK_WIDGET (self->summary_label));

  gtk_paned_set_start_child (GTK_PANED (paned), list_scroller);
  gtk_paned_set_end_child (GTK_PANED (paned), right);
  gtk_paned_set_shrink_start_child (GTK_PANED (paned), FALSE);
  gtk_paned_set_resize_start_child (GTK_PANED (paned), FALSE);
  gtk_widget_set_vexpand (paned, TRUE);

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), paned);
  adw_window_set_content (ADW_WINDOW (self), box);
}

/**
 * byline_history_window_new:
 * @window: the window whose open (saved) draft to show
 */
BylineHistoryWindow *
byline_history_window_new (BylineWindow *window)
{
  BylineHistoryWindow *self;

  g_return_val_if_fail (BYLINE_IS_WINDOW (window), NULL);
  g_return_val_if_fail (byline_window_get_context (window) != NULL, NULL);

  self = g_object_new (BYLINE_TYPE_HISTORY_WINDOW,
                       "transient-for", window,
                       NULL);
  self->window = g_object_ref (window);
  reload (self);

  return self;
}

guint
byline_history_window_get_n_revisions (BylineHistoryWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_HISTORY_WINDOW (self), 0);

  return self->revisions ? self->revisions->len : 0;
}

void
byline_history_window_select (BylineHistoryWindow *self,
                              guint                index)
{
  g_return_if_fail (BYLINE_IS_HISTORY_WINDOW (self));

  gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, index));
}

GtkTextView *
byline_history_window_get_diff_view (BylineHistoryWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_HISTORY_WINDOW (self), NULL);

  return self->diff_view;
}

/**
 * byline_history_window_restore:
 *
 * Restores the selected revision (with Undo in the window).
 */
gboolean
byline_history_window_restore (BylineHistoryWindow  *self,
                               GError              **error)
{
  BylineRevision *revision;

  g_return_val_if_fail (BYLINE_IS_HISTORY_WINDOW (self), FALSE);

  if ((revision = selected_revision (self)) == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("No revision is selected"));
      return FALSE;
    }

  return byline_window_restore_revision (self->window, revision->id, error);
}

/* byline-window-actions.c: the window's actions on drafts
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-window"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-history-window.h"
#include "byline-preview-window.h"
#include "byline-core.h"
#include "byline-window-private.h"

/* New, save, delete (with undo), duplicate, history, preview, import,
 * export and insert image. Each is a `win.` action with a shortcut (listed
 * in gtk/help-overlay.ui) and a menu item; the work is in core. */

/* Opens @article and selects it in the list */
static void
open_saved (BylineWindow  *self,
            BylineArticle *article)
{
  byline_window_set_article (self, article);
  byline_drafts_sidebar_select_id (self->drafts_sidebar, byline_article_get_id (article));
}

/* An error, told quietly: "What: message" */
void
_byline_window_toast_error (BylineWindow *self,
                            const char   *what,
                            const GError *error)
{
  /* Toast titles are Pango markup in libadwaita 1.2 */
  g_autofree char *message = g_markup_escape_text (error->message, -1);
  g_autofree char *title = g_strdup_printf ("%s: %s", what, message);

  byline_window_add_toast (self, adw_toast_new (title));
}

void
_byline_window_update_actions (BylineWindow *self)
{
  gboolean open = self->article != NULL;
  gboolean stored = open && _byline_window_get_store (self) != NULL;
  gboolean saved = stored && byline_article_get_id (self->article) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", stored);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-article", saved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.duplicate-article", saved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-history", saved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.preview", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.insert-image", open && self->context != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", _byline_window_get_store (self) != NULL);
  /* Nothing to publish before a story is open */
  gtk_widget_set_sensitive (self->publish_button, open);
}

static void
new_article_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  g_autoptr(BylineArticle) article = byline_article_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();

  byline_article_set_date (article, now);
  byline_article_set_time_zone (article, g_time_zone_get_identifier (zone));
  byline_window_set_article (self, article);
  /* Saved at once, so that it is in the list */
  _byline_window_save (self, BYLINE_SAVE_AUTOSAVE);
  gtk_widget_grab_focus (GTK_WIDGET (byline_editor_get_headline_view (self->editor)));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  _byline_window_save (BYLINE_WINDOW (widget), BYLINE_SAVE_EXPLICIT);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  g_autoptr(BylineDeletedArticle) deleted = g_steal_pointer (&self->deleted);
  g_autoptr(BylineArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  BylineStore *store = _byline_window_get_store (self);
  gint64 id;

  if (deleted == NULL || store == NULL)
    return;

  /* Back under its id, with its revisions, links and tags */
  if ((id = byline_store_undo_delete (store, deleted, NULL, &error)) == 0 ||
      !(article = byline_store_load_article (store, id, NULL, &error)))
    {
      _byline_window_toast_error (self, _("Could not restore the draft"), error);
      return;
    }
  open_saved (self, article);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  g_autoptr(BylineDeletedArticle) deleted = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *headline = NULL;
  AdwToast *toast;
  GtkSingleSelection *selection;
  guint position, n;

  if (self->article == NULL || _byline_window_get_store (self) == NULL || byline_article_get_id (self->article) == 0)
    return;

  /* The last words typed go with it, so that Undo brings them back */
  if (!_byline_window_save_sync (self))
    return;
  headline = g_strdup (byline_article_get_headline (self->article));
  selection = GTK_SINGLE_SELECTION (byline_drafts_sidebar_get_selection (self->drafts_sidebar));
  position = gtk_single_selection_get_selected (selection);
  if (!(deleted = byline_store_delete_article_undoable (_byline_window_get_store (self),
                                                        byline_article_get_id (self->article), NULL, &error)))
    {
      _byline_window_toast_error (self, _("Could not delete the draft"), error);
      return;
    }

  /* Nothing left to save */
  self->dirty = FALSE;
  byline_window_set_article (self, NULL);
  /* The next draft in the list opens, or the one before the last, as
   * gnome-text-editor opens the next tab when one is closed: the list's
   * focus moves to that row, and a focused row stood there unopened */
  n = g_list_model_get_n_items (G_LIST_MODEL (selection));
  if (position != GTK_INVALID_LIST_POSITION && n > 0)
    gtk_single_selection_set_selected (selection, MIN (position, n - 1));
  g_clear_pointer (&self->deleted, byline_deleted_article_free);
  self->deleted = g_steal_pointer (&deleted);

  escaped = g_markup_escape_text (headline[0] != '\0' ? headline : _("Untitled Story"), -1);
  title = g_strdup_printf (_("Deleted “%s”"), escaped);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-delete");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  byline_window_add_toast (self, toast);
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  g_autoptr(BylineArticle) copy = NULL;
  g_autoptr(GError) error = NULL;

  if (self->article == NULL || _byline_window_get_store (self) == NULL)
    return;

  if (!_byline_window_save_sync (self) ||
      !(copy = byline_store_duplicate_article (_byline_window_get_store (self), byline_article_get_id (self->article),
                                               NULL, &error)))
    {
      if (error != NULL)
        _byline_window_toast_error (self, _("Could not duplicate the draft"), error);
      return;
    }
  open_saved (self, copy);
}

static void
show_history_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  BylineHistoryWindow *history;

  if (self->article == NULL || !_byline_window_save_sync (self))
    return;

  history = byline_history_window_new (self);
  gtk_window_present (GTK_WINDOW (history));
}

/**
 * _byline_window_map_image:
 * @user_data: the #BylineWindow
 *
 * Maps `byline-image:` references to the stored files for preview and
 * HTML export.
 */
char *
_byline_window_map_image (const char *url,
                          gpointer    user_data)
{
  BylineWindow *self = user_data;
  g_autofree char *dir = NULL;

  if (self->context == NULL)
    return NULL;

  dir = byline_context_dup_images_dir (self->context);
  return byline_images_resolve (dir, url);
}

static void
preview_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  BylinePreviewWindow *preview;

  if (self->article == NULL)
    return;

  byline_editor_sync_to_article (self->editor);
  preview = byline_preview_window_new (GTK_WINDOW (self), self->article,
                                       _byline_window_map_image, self);
  gtk_window_present (GTK_WINDOW (preview));
}

/**
 * byline_window_restore_revision:
 * @revision_id: a revision of the open draft
 *
 * Saves the current text as a revision, restores @revision_id (a new
 * revision of kind "restore") and opens the result, with an Undo toast
 * that restores the text from before.
 */
gboolean
byline_window_restore_revision (BylineWindow  *self,
                                gint64         revision_id,
                                GError       **error)
{
  g_autoptr(GPtrArray) revisions = NULL;
  g_autoptr(BylineArticle) restored = NULL;
  BylineRevision *before;
  gint64 id;
  AdwToast *toast;

  g_return_val_if_fail (BYLINE_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->article != NULL && _byline_window_get_store (self) != NULL, FALSE);

  id = byline_article_get_id (self->article);
  byline_editor_sync_to_article (self->editor);
  /* The text now becomes a revision, so that Undo can bring it back */
  if (!_byline_window_save_sync (self) ||
      !byline_store_save_article (_byline_window_get_store (self), self->article, BYLINE_SAVE_EXPLICIT, NULL, error) ||
      !(revisions = byline_store_list_revisions (_byline_window_get_store (self), id, NULL, error)))
    return FALSE;
  g_assert (revisions->len > 0);
  before = g_ptr_array_index (revisions, 0);

  if (!(restored = byline_store_restore_revision (_byline_window_get_store (self), id, revision_id, NULL, error)))
    return FALSE;

  self->dirty = FALSE;
  byline_window_set_article (self, restored);

  toast = adw_toast_new (_("Revision restored"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.restore-revision");
  adw_toast_set_action_target_value (toast, g_variant_new_int64 (before->id));
  byline_window_add_toast (self, toast);

  return TRUE;
}

static void
restore_revision_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->article == NULL || _byline_window_get_store (self) == NULL)
    return;

  if (!byline_window_restore_revision (self, g_variant_get_int64 (parameter), &error))
    _byline_window_toast_error (self, _("Could not restore the revision"), error);
}

static void
search_drafts_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);

  byline_window_set_sidebar_visible (self, TRUE);
  byline_drafts_sidebar_focus_search (self->drafts_sidebar);
}

void
_byline_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-article", NULL, new_article_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.delete-article", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "win.undo-delete", NULL, undo_delete_action);
  gtk_widget_class_install_action (widget_class, "win.duplicate-article", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "win.show-history", NULL, show_history_action);
  gtk_widget_class_install_action (widget_class, "win.preview", NULL, preview_action);
  gtk_widget_class_install_action (widget_class, "win.search-drafts", NULL, search_drafts_action);
  gtk_widget_class_install_action (widget_class, "win.restore-revision", "x", restore_revision_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-article", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_CONTROL_MASK,
                                       "win.delete-article", NULL);
  /* (Ctrl+Shift+D and Ctrl+Shift+I open GTK's Inspector where it is enabled) */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK | GDK_ALT_MASK,
                                       "win.duplicate-article", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_h, GDK_CONTROL_MASK | GDK_ALT_MASK,
                                       "win.show-history", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.preview", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k, GDK_CONTROL_MASK, "win.search-drafts", NULL);

  _byline_window_class_init_transfer (widget_class);
}

/* byline-comment-queue-actions.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-comment-queue"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-comment-queue-private.h"
#include "byline-comment-outbox.h"

/* What the queue's keys and buttons do. Moderation is local and immediate
 * (#BylineCommentModerator, well under a millisecond); the outbox is sent
 * shortly after on a worker thread, and a failure is shown in the status
 * bar (the change stays queued; Sync sends it again). */

/* Bigger actions list the comments anew instead of telling the list view
 * what moved (see _byline_comment_queue_detach()). */
#define BULK_RELIST 50

static void
fail (BylineCommentQueue *self,
      const GError       *error)
{
  _byline_comment_queue_show_status (self, error->message, FALSE);
}

/* Lists the comments anew after a sync (or a refusal) changed the cache
 * under the editor: new comments may have come in above the cursor and
 * others left the list. The cursor stays on the comment it was on (on the
 * same position when that one left), and the marks keep only comments
 * that are still in the list (see also sync_action()). */
static void
reload_in_place (BylineCommentQueue *self)
{
  g_autoptr(BylineComment) current = byline_comment_queue_get_current (self);
  g_autoptr(GArray) marked = NULL;
  g_autoptr(GArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  guint position = self->cursor == G_MAXUINT ? 0 : self->cursor;
  gint64 found;

  if (_byline_comment_queue_marking (self))
    marked = _byline_comment_queue_targets (self, TRUE);
  _byline_comment_queue_detach (self);
  byline_comment_list_reload (self->list);
  _byline_comment_queue_attach (self);

  if (self->all_marked || g_hash_table_size (self->marked) > 0)
    {
      g_autoptr(GHashTable) now = g_hash_table_new (g_int64_hash, g_int64_equal);

      self->all_marked = FALSE;
      g_hash_table_remove_all (self->marked);
      if (marked != NULL &&
          (listed = byline_store_comment_ids (self->store, byline_comment_list_get_query (self->list), &error)))
        {
          for (guint i = 0; i < listed->len; i++)
            g_hash_table_add (now, &g_array_index (listed, gint64, i));
          for (guint i = 0; i < marked->len; i++)
            if (g_hash_table_contains (now, &g_array_index (marked, gint64, i)))
              g_hash_table_add (self->marked, g_memdup2 (&g_array_index (marked, gint64, i), sizeof (gint64)));
        }
      if (error != NULL)
        g_warning ("Could not list the comments: %s", error->message);
      _byline_comment_queue_refresh_marks (self);
    }
  if (current != NULL && (found = byline_comment_list_find (self->list, byline_comment_get_id (current))) >= 0)
    position = found;
  _byline_comment_queue_set_cursor (self, position, FALSE);
}

static void
send_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(BylineCommentQueue) self = user_data;
  g_autoptr(GError) error = NULL;
  BylineCommentSyncStats stats = { 0, };
  g_autofree char *message = NULL;

  if (!byline_comment_outbox_send_pending_finish (BYLINE_OUTBOX_RUNNER (object), result, &stats, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->store == NULL)
        return;
      message = g_strdup_printf (_("Changes are kept and will be sent later: %s"), error->message);
    }
  else if (stats.refused > 0)
    {
      /* The outbox put those comments back as they were: show them so */
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "The site refused %u change; the comment is back as it was (see the outbox)",
                                              "The site refused %u changes; the comments are back as they were (see the outbox)",
                                              stats.refused), stats.refused);
      if (self->list != NULL)
        reload_in_place (self);
    }
  else if (stats.failed > 0)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u change could not be sent; it is kept and Sync tries again",
                                            "%u changes could not be sent; they are kept and Sync tries again",
                                            stats.failed), stats.failed);
  if (message != NULL)
    {
      _byline_comment_queue_show_status (self, message, FALSE);
      self->send_status = TRUE;
    }
  /* All sent: "being sent" or "could not be sent" would now be wrong */
  else if (self->send_status && stats.sent > 0)
    _byline_comment_queue_show_status (self, NULL, FALSE);
}

static gboolean
send_cb (gpointer user_data)
{
  BylineCommentQueue *self = user_data;
  g_autoptr(GPtrArray) accounts = NULL;
  g_autoptr(BylineOutboxRunner) runner = NULL;

  self->send_id = 0;
  if (self->store == NULL || !(accounts = byline_store_list_accounts (self->store, NULL)))
    return G_SOURCE_REMOVE;
  /* The app's runner (#BylineContext), which also retries later. */
  runner = byline_comment_outbox_dup_runner (self->store);
  for (guint i = 0; i < accounts->len; i++)
    byline_comment_outbox_send_pending_async (runner, ((BylineAccount *) g_ptr_array_index (accounts, i))->name,
                                              self->cancellable, send_done_cb, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

void
_byline_comment_queue_schedule_send (BylineCommentQueue *self)
{
  g_clear_handle_id (&self->send_id, g_source_remove);
  self->send_id = g_timeout_add (self->send_delay, send_cb, self);
}

void
_byline_comment_queue_cancel_work (BylineCommentQueue *self)
{
  g_clear_handle_id (&self->send_id, g_source_remove);
  _byline_comment_queue_cancel_count (self);
  if (self->sync_cancellable != NULL)
    g_cancellable_cancel (self->sync_cancellable);
  g_clear_object (&self->sync_cancellable);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
}

static gboolean
has_accounts (BylineCommentQueue *self)
{
  g_autoptr(GPtrArray) accounts = self->store ? byline_store_list_accounts (self->store, NULL) : NULL;

  return accounts != NULL && accounts->len > 0;
}

/* What the empty list says: why it is empty. */
void
_byline_comment_queue_update_empty_page (BylineCommentQueue *self)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *escaped = NULL;
  g_autofree char *description = NULL;

  if (search != NULL && *search != '\0')
    {
      escaped = g_markup_escape_text (search, -1);
      adw_status_page_set_title (self->empty_page, _("No Matching Comments"));
      /* Translators: %s is what was searched for */
      description = g_strdup_printf (_("No comments in this list match “%s”."), escaped);
    }
  else if (self->post > 0 || self->author != NULL)
    {
      adw_status_page_set_title (self->empty_page, _("No Comments Here"));
      description = g_strdup (self->post > 0 ? _("No comments on this story in this list.")
                                             : _("No comments by this author in this list."));
    }
  else if (!has_accounts (self))
    {
      adw_status_page_set_title (self->empty_page, _("No Sites Yet"));
      description = g_strdup (_("Add your site under Preferences → Accounts; its comments come in with the next sync."));
    }
  else if (g_strcmp0 (self->queue, "hold") == 0)
    {
      adw_status_page_set_title (self->empty_page, _("All Caught Up"));
      description = g_strdup (_("No comments wait for moderation. Sync fetches new ones."));
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("Nothing Here"));
      description = g_strdup (_("No comments in this list. Sync fetches new ones."));
    }
  adw_status_page_set_description (self->empty_page, description);
}

/* With no comment under the cursor there is nothing to act on; nor is
 * there a move to the status the comment has (Approve on an approved one) */
void
_byline_comment_queue_update_actions (BylineCommentQueue *self)
{
  static const char *actions[] = { "queue.edit", "queue.reply", "queue.approve-selected", "queue.spam-selected",
                                   "queue.trash-selected", "queue.toggle-mark", "queue.select-all",
                                   "queue.filter-story", "queue.filter-author" };
  static const struct {
    const char *action;
    const char *status;
  } moves[] = {
    { "queue.approve", "approved" }, { "queue.hold", "hold" }, { "queue.spam", "spam" }, { "queue.trash", "trash" },
  };
  g_autoptr(BylineComment) current = self->cursor != G_MAXUINT ? byline_comment_queue_get_current (self) : NULL;

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], current != NULL);
  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), moves[i].action,
                                   current != NULL &&
                                   g_strcmp0 (byline_comment_get_status (current), moves[i].status) != 0);
  /* A comment marked as spam or in the trash cannot be answered: WordPress
   * would show the reply under nothing */
  if (current != NULL && (g_strcmp0 (byline_comment_get_status (current), "spam") == 0 ||
                          g_strcmp0 (byline_comment_get_status (current), "trash") == 0))
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "queue.reply", FALSE);
}

/* The detail pane shows the cursor's comment as the store has it now
 * (after an edit, or its undo, the row stays where it was). */
static void
refresh_detail (BylineCommentQueue *self)
{
  g_autoptr(BylineComment) current = byline_comment_queue_get_current (self);

  byline_comment_detail_set_comment (self->detail, self->store, current);
}

/* Moderates comments @ids to @status (or undoes the last action when
 * @status is NULL) and tells the list what moved. */
static void
change (BylineCommentQueue *self,
        GArray             *ids,
        const char         *status)
{
  g_autoptr(GError) error = NULL;
  gboolean bulk = ids->len > BULK_RELIST;
  gboolean ok;

  if (bulk)
    _byline_comment_queue_detach (self);
  else
    {
      _byline_comment_queue_unselect (self);
      byline_comment_list_begin_change (self->list, (gint64 *) ids->data, ids->len);
    }
  ok = status != NULL
       ? byline_comment_moderator_moderate (self->moderator, (gint64 *) ids->data, ids->len, status, &error)
       : byline_comment_moderator_undo (self->moderator, &error);
  if (!ok)
    fail (self, error);
  if (bulk)
    {
      byline_comment_list_reload (self->list);
      _byline_comment_queue_attach (self);
    }
  else
    byline_comment_list_end_change (self->list);
  _byline_comment_queue_count_later (self);
  if (status == NULL)
    refresh_detail (self);
  _byline_comment_queue_update_actions (self);
}

/* The first comment from @cursor on (the cursor's own, then the ones after
 * it, then the ones before it) that a bulk action on @ids leaves alone:
 * where the cursor goes when its comment leaves the list. 0: none. */
static gint64
first_untouched (BylineCommentQueue *self,
                 guint               cursor,
                 GArray             *ids)
{
  g_autoptr(GHashTable) acted = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->list));

  for (guint i = 0; i < ids->len; i++)
    g_hash_table_add (acted, &g_array_index (ids, gint64, i));
  /* At most ids->len comments in a row are acted on. */
  for (guint i = cursor; i < n && i <= cursor + ids->len; i++)
    {
      g_autoptr(BylineComment) comment = g_list_model_get_item (G_LIST_MODEL (self->list), i);
      gint64 id = comment ? byline_comment_get_id (comment) : 0;

      if (id != 0 && !g_hash_table_contains (acted, &id))
        return id;
    }
  for (guint i = MIN (cursor, n); i > 0 && i + ids->len >= cursor; i--)
    {
      g_autoptr(BylineComment) comment = g_list_model_get_item (G_LIST_MODEL (self->list), i - 1);
      gint64 id = comment ? byline_comment_get_id (comment) : 0;

      if (id != 0 && !g_hash_table_contains (acted, &id))
        return id;
    }
  return 0;
}

/* Applies @status to the cursor's comment or the selection, as one undo
 * step, and moves the cursor on: after one comment, to the next one; after
 * the marked ones, it stays on the comment it was on (wherever that is in
 * the list now), or the one that took its place. */
static void
moderate (BylineCommentQueue *self,
          const char         *status,
          gboolean            selection)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(BylineComment) before = NULL;
  g_autoptr(BylineComment) after = NULL;
  guint cursor = self->cursor;
  gboolean bulk;
  gint64 successor = 0;

  if (self->list == NULL)
    return;
  bulk = selection && _byline_comment_queue_marking (self);
  ids = _byline_comment_queue_targets (self, bulk);
  if (ids->len == 0)
    return;

  before = byline_comment_queue_get_current (self);
  if (bulk && cursor != G_MAXUINT && !self->all_marked)
    successor = first_untouched (self, cursor, ids);
  change (self, ids, status);
  if (selection)
    _byline_comment_queue_clear_marks (self);
  if (cursor == G_MAXUINT)
    {
      _byline_comment_queue_schedule_send (self);
      return;
    }

  if (bulk)
    {
      gint64 position = before ? byline_comment_list_find (self->list, byline_comment_get_id (before)) : -1;

      if (position < 0 && successor != 0)
        position = byline_comment_list_find (self->list, successor);
      if (position >= 0)
        cursor = (guint) position;
    }
  else
    {
      /* The one that moved up into the cursor's place, or the one after
       * when the comment stays in this list. */
      after = g_list_model_get_item (G_LIST_MODEL (self->list), cursor);
      if (after != NULL && before != NULL && byline_comment_get_id (after) == byline_comment_get_id (before))
        cursor++;
    }
  _byline_comment_queue_set_cursor (self, cursor, TRUE);
  _byline_comment_queue_schedule_send (self);
}

static void
moderate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BylineCommentQueue *self = BYLINE_COMMENT_QUEUE (widget);
  gboolean bulk = g_str_has_suffix (action_name, "-selected");

  if (g_str_has_prefix (action_name, "queue.approve"))
    moderate (self, "approved", bulk);
  else if (g_str_has_prefix (action_name, "queue.hold"))
    moderate (self, "hold", bulk);
  else if (g_str_has_prefix (action_name, "queue.spam"))
    moderate (self, "spam", bulk);
  else
    moderate (self, "trash", bulk);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BylineCommentQueue *self = BYLINE_COMMENT_QUEUE (widget);
  g_autoptr(GArray) ids = NULL;
  gint64 position;

  if (self->moderator == NULL || !(ids = byline_comment_moderator_peek_undo (self->moderator)))
    return;
  change (self, ids, NULL);

  /* The cursor goes back to what was undone. */
  position = byline_comment_list_find (self->list, g_array_index (ids, gint64, 0));
  _byline_comment_queue_set_cursor (self, position >= 0 ? (guint) position : self->cursor, TRUE);
  _byline_comment_queue_schedule_send (self);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BylineCommentQueue *self = BYLINE_COMMENT_QUEUE (widget);
  gboolean next = g_str_equal (action_name, "queue.next");

  if (self->cursor == G_MAXUINT)
    _byline_comment_queue_set_cursor (self, 0, TRUE);
  else if (next)
    _byline_comment_queue_set_cursor (self, self->cursor + 1, TRUE);
  else if (self->cursor > 0)
    _byline_comment_queue_set_cursor (self, self->cursor - 1, TRUE);
}

static void
mark_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BylineCommentQueue *self = BYLINE_COMMENT_QUEUE (widget);
  g_autoptr(BylineComment) comment = byline_comment_queue_get_current (self);
  gint64 id;

  if (comment == NULL)
    return;
  id = byline_comment_get_id (comment);
  if (self->all_marked)
    _byline_comment_queue_toggle_mark (self, 0, FALSE);
  _byline_comment_queue_toggle_mark (self, id, !g_hash_table_contains (self->marked, &id));
  _byline_comment_queue_set_cursor (self, self->cursor + 1, TRUE);
}

static void
select_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  BylineCommentQueue *self = BYLINE_COMMENT_QUEUE (widget);

  if (self->list != NULL)
    _byline_comment_queue_toggle_mark (self, 0, TRUE);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BylineCommentQueue *self = BYLINE_COMMENT_QUEUE (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
reply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  BylineCommentQueue *self = BYLINE_COMMENT_QUEUE (widget);
  g_autoptr(BylineComment) current = byline_comment_queue_get_current (self);
  const char *status = current != NULL ? byline_comment_get_status (current) : NULL;

  /* No Reply in the Spam and Trash lists (the action is off there, as
   * wp-admin offers none): the moderator would refuse it, since the site
   * would show the reply under nothing (byline_comment_moderator_reply()) */
  if (g_strcmp0 (status, "spam") != 0 && g_strcmp0 (status, "trash") != 0)
    byline_comment_detail_start_reply (self->detail);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BylineCommentQueue *self = BYLINE_COMMENT_QUEUE (widget);

  byline_comment_detail_start_edit (self->detail);
}

/* Ctrl+Enter in the box below the comment: sends the reply, or saves the
 * edit (local at once, undoable with z like any action). */
static void
send_reply_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  BylineCommentQueue *self = BYLINE_COMMENT_QUEUE (widget);
  g_autoptr(BylineComment) comment = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gboolean editing;
  gint64 id;

  if (!byline_comment_detail_get_replying (self->detail) ||
      !(comment = g_object_ref (byline_comment_detail_get_comment (self->detail))))
    return;
  editing = byline_comment_detail_get_editing (self->detail);
  text = byline_comment_detail_take_reply (self->detail);
  id = byline_comment_get_id (comment);
  if (editing)
    byline_comment_list_begin_change (self->list, &id, 1);
  if ((editing ? byline_comment_moderator_edit (self->moderator, id, text, &error)
               : byline_comment_moderator_reply (self->moderator, id, text, &error)) == 0)
    fail (self, error);
  else
    {
      g_autoptr(BylineComment) current = byline_comment_queue_get_current (self);

      /* WordPress shows no reply under a comment it holds back: approve
       * it too (one undo step), as the box said */
      if (!editing && g_strcmp0 (byline_comment_get_status (comment), "hold") == 0 &&
          current != NULL && byline_comment_get_id (current) == id)
        gtk_widget_activate_action (widget, "queue.approve", NULL);
      _byline_comment_queue_show_status (self, editing ? _("Edit saved; it is being sent")
                                                       : _("Reply queued; it is being sent"), FALSE);
      self->send_status = TRUE;
    }
  if (editing)
    {
      byline_comment_list_end_change (self->list);
      refresh_detail (self);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
  if (error == NULL)
    _byline_comment_queue_schedule_send (self);
}

static void
cancel_reply_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BylineCommentQueue *self = BYLINE_COMMENT_QUEUE (widget);
  g_autofree char *dropped = NULL;

  if (!byline_comment_detail_get_replying (self->detail))
    return;
  dropped = byline_comment_detail_take_reply (self->detail);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
filter_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BylineCommentQueue *self = BYLINE_COMMENT_QUEUE (widget);
  g_autoptr(BylineComment) comment = byline_comment_queue_get_current (self);
  const BylineCachedComment *data;

  if (g_str_equal (action_name, "queue.clear-filters"))
    {
      self->post = 0;
      g_clear_pointer (&self->author, g_free);
      _byline_comment_queue_apply_query (self);
      return;
    }
  if (comment == NULL)
    return;
  data = byline_comment_get_data (comment);
  if (g_str_equal (action_name, "queue.filter-story"))
    {
      self->post = data->post_remote_id;
      g_free (self->post_account);
      self->post_account = g_strdup (data->account);
      g_free (self->post_headline);
      self->post_headline = byline_comment_safe_label (data->post_headline, NULL);
    }
  else
    {
      g_autofree char *name = byline_comment_safe_label (data->author_name, NULL);

      g_free (self->author);
      self->author = g_strdup (*data->author_email ? data->author_email : data->author_name);
      g_free (self->author_label);
      self->author_label = g_strdup_printf (_("Author: %s"), name);
    }
  _byline_comment_queue_apply_query (self);
}

static void
dismiss_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  _byline_comment_queue_show_status (BYLINE_COMMENT_QUEUE (widget), NULL, FALSE);
}

/* Sync: every account, one after another. */

static void sync_next (BylineCommentQueue *self);

static void
sync_progress_cb (guint    done,
                  guint    total,
                  gpointer user_data)
{
  GWeakRef *ref = user_data;
  g_autoptr(BylineCommentQueue) self = g_weak_ref_get (ref);
  g_autofree char *message = NULL;

  if (self == NULL || self->sync_cancellable == NULL)
    return;
  if (total > 0)
    gtk_progress_bar_set_fraction (self->progress_bar, MIN (1.0, (double) done / total));
  else
    gtk_progress_bar_pulse (self->progress_bar);
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Syncing comments: %u fetched",
                                          "Syncing comments: %u fetched", done), done);
  gtk_label_set_text (self->status_label, message);
}

static void
weak_ref_free (GWeakRef *ref)
{
  g_weak_ref_clear (ref);
  g_free (ref);
}

static void
sync_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(BylineCommentQueue) self = user_data;
  g_autoptr(GError) error = NULL;
  BylineCommentSyncStats stats = { 0, };

  if (!byline_comment_sync_finish (BYLINE_STORE (object), result, &stats, &error))
    {
      g_autofree char *message = NULL;

      if (self->sync_cancellable == NULL)
        return;
      g_clear_object (&self->sync_cancellable);
      g_ptr_array_set_size (self->sync_accounts, 0);
      message = g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result)))
                ? g_strdup (_("Sync cancelled"))
                : g_strdup_printf (_("Sync failed: %s"), error->message);
      _byline_comment_queue_show_status (self, message, FALSE);
      reload_in_place (self);
      return;
    }
  if (self->list != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Synced: %u new, %u changed, %u deleted, %u sent"),
                                                  stats.added, stats.changed, stats.deleted, stats.sent);

      _byline_comment_queue_show_status (self, message, TRUE);
      reload_in_place (self);
    }
  sync_next (self);
}

static void
sync_next (BylineCommentQueue *self)
{
  g_autofree char *account = NULL;
  GWeakRef *ref;

  if (self->sync_accounts == NULL || self->sync_accounts->len == 0 || self->store == NULL)
    {
      g_clear_object (&self->sync_cancellable);
      gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
      gtk_widget_set_visible (self->cancel_button, FALSE);
      return;
    }
  account = g_ptr_array_steal_index (self->sync_accounts, 0);
  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, self);
  byline_comment_sync_async (self->store, account, sync_progress_cb, ref, (GDestroyNotify) weak_ref_free,
                             self->sync_cancellable, sync_done_cb, g_object_ref (self));
}

static void
sync_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BylineCommentQueue *self = BYLINE_COMMENT_QUEUE (widget);
  g_autoptr(GPtrArray) accounts = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || self->sync_cancellable != NULL)
    return;
  if (!(accounts = byline_store_list_accounts (self->store, &error)))
    {
      fail (self, error);
      return;
    }
  if (accounts->len == 0)
    {
      _byline_comment_queue_show_status (self, _("Add a site first: there is nothing to sync"), FALSE);
      return;
    }
  g_clear_pointer (&self->sync_accounts, g_ptr_array_unref);
  self->sync_accounts = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < accounts->len; i++)
    g_ptr_array_add (self->sync_accounts, g_strdup (((BylineAccount *) g_ptr_array_index (accounts, i))->name));
  /* Every comment marked (Ctrl+A) means those listed now: a bulk action
   * after the sync must not take in comments it brought */
  if (self->all_marked)
    {
      g_autoptr(GArray) ids = _byline_comment_queue_targets (self, TRUE);

      self->all_marked = FALSE;
      for (guint i = 0; i < ids->len; i++)
        g_hash_table_add (self->marked, g_memdup2 (&g_array_index (ids, gint64, i), sizeof (gint64)));
    }
  self->sync_cancellable = g_cancellable_new ();
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  _byline_comment_queue_show_status (self, _("Syncing comments…"), TRUE);
  sync_next (self);
}

static void
cancel_sync_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BylineCommentQueue *self = BYLINE_COMMENT_QUEUE (widget);

  if (self->sync_cancellable != NULL)
    g_cancellable_cancel (self->sync_cancellable);
}

void
_byline_comment_queue_class_init_actions (GtkWidgetClass *widget_class)
{
  static const struct {
    const char     *action;
    guint           key;
    GdkModifierType mods;
  } keys[] = {
    { "queue.next", GDK_KEY_j, 0 },
    { "queue.previous", GDK_KEY_k, 0 },
    { "queue.approve", GDK_KEY_a, 0 },
    { "queue.hold", GDK_KEY_u, 0 },
    { "queue.spam", GDK_KEY_s, 0 },
    { "queue.trash", GDK_KEY_d, 0 },
    { "queue.reply", GDK_KEY_r, 0 },
    { "queue.edit", GDK_KEY_e, 0 },
    { "queue.toggle-mark", GDK_KEY_x, 0 },
    { "queue.approve-selected", GDK_KEY_A, GDK_SHIFT_MASK },
    { "queue.spam-selected", GDK_KEY_S, GDK_SHIFT_MASK },
    { "queue.trash-selected", GDK_KEY_D, GDK_SHIFT_MASK },
    { "queue.select-all", GDK_KEY_a, GDK_CONTROL_MASK },
    { "queue.search", GDK_KEY_slash, 0 },
    { "queue.undo", GDK_KEY_z, 0 },
    { "queue.undo", GDK_KEY_z, GDK_CONTROL_MASK },
    { "queue.cancel-reply", GDK_KEY_Escape, 0 },
  };

  gtk_widget_class_install_action (widget_class, "queue.approve", NULL, moderate_action);
  gtk_widget_class_install_action (widget_class, "queue.hold", NULL, moderate_action);
  gtk_widget_class_install_action (widget_class, "queue.spam", NULL, moderate_action);
  gtk_widget_class_install_action (widget_class, "queue.trash", NULL, moderate_action);
  gtk_widget_class_install_action (widget_class, "queue.approve-selected", NULL, moderate_action);
  gtk_widget_class_install_action (widget_class, "queue.spam-selected", NULL, moderate_action);
  gtk_widget_class_install_action (widget_class, "queue.trash-selected", NULL, moderate_action);
  gtk_widget_class_install_action (widget_class, "queue.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "queue.next", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "queue.previous", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "queue.toggle-mark", NULL, mark_action);
  gtk_widget_class_install_action (widget_class, "queue.select-all", NULL, select_all_action);
  gtk_widget_class_install_action (widget_class, "queue.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "queue.reply", NULL, reply_action);
  gtk_widget_class_install_action (widget_class, "queue.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "queue.send-reply", NULL, send_reply_action);
  gtk_widget_class_install_action (widget_class, "queue.cancel-reply", NULL, cancel_reply_action);
  gtk_widget_class_install_action (widget_class, "queue.filter-story", NULL, filter_action);
  gtk_widget_class_install_action (widget_class, "queue.filter-author", NULL, filter_action);
  gtk_widget_class_install_action (widget_class, "queue.clear-filters", NULL, filter_action);
  gtk_widget_class_install_action (widget_class, "queue.sync", NULL, sync_action);
  gtk_widget_class_install_action (widget_class, "queue.cancel-sync", NULL, cancel_sync_action);
  gtk_widget_class_install_action (widget_class, "queue.dismiss", NULL, dismiss_action);
  _byline_comment_queue_class_init_layout (widget_class);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i].key, keys[i].mods, keys[i].action, NULL);
}

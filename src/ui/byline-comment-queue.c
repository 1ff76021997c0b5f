/* byline-comment-queue.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-comment-queue"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-comment-queue-private.h"
#include "byline-fts.h"
#include "byline-comment-row.h"
#include "byline-paths.h"
#include "byline-ui.h"

/* The comment queue: a keyboard-first view for moderating reader comments.
 *
 * The list is a one-column GtkGridView over a #BylineCommentList (virtual,
 * paged from the store). Not a GtkListView: in GTK 4.8 that keeps 200 rows
 * bound and measured around its anchor whatever its height
 * (GTK_LIST_VIEW_MAX_LIST_ITEMS), so opening the queue or jumping far
 * bound 200 rows; a grid view keeps about 30 per column
 * (GTK_GRID_VIEW_MAX_VISIBLE_ROWS), more than a window shows. The *cursor* is the GtkSingleSelection's item: the comment
 * shown in the detail pane and acted on by a/u/s/d/r. The *marks* are what
 * Shift+A/S/D act on: ids marked with x, shift-click (a range) or
 * ctrl-click, or every comment in the filtered list (Ctrl+A, without
 * loading it). Not a GtkMultiSelection: in GTK 4.8 it looks at every item
 * of the model on each change, which loads all 100,000 comments.
 *
 * Filters (queue, site, story, author, search) become one
 * #BylineCommentQuery. Moderation, undo, sync and sending are in
 * byline-comment-queue-actions.c. */

G_DEFINE_FINAL_TYPE (BylineCommentQueue, byline_comment_queue, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_QUEUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_current (BylineCommentQueue *self)
{
  g_autoptr(BylineComment) comment = byline_comment_queue_get_current (self);

  byline_comment_detail_set_comment (self->detail, self->store, comment);
}

/**
 * _byline_comment_queue_set_cursor:
 *
 * Moves the cursor (clamped to the list), selects its row and shows that
 * comment.
 */
void
_byline_comment_queue_set_cursor (BylineCommentQueue *self,
                                  guint               position,
                                  gboolean            scroll)
{
  guint n = self->list ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;

  if (n == 0)
    self->cursor = G_MAXUINT;
  else
    self->cursor = MIN (position, n - 1);

  if (self->cursor != G_MAXUINT)
    {
      self->updating = TRUE;
      gtk_single_selection_set_selected (self->selection, self->cursor);
      self->updating = FALSE;
      if (scroll && gtk_widget_get_mapped (GTK_WIDGET (self->list_view)))
        gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", self->cursor);
    }
  if (n == 0)
    _byline_comment_queue_update_empty_page (self);
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");
  byline_comment_detail_set_list_empty (self->detail, n == 0);
  _byline_comment_queue_update_actions (self);
  _byline_comment_queue_update_selection_label (self);
  show_current (self);
}

/**
 * _byline_comment_queue_unselect:
 *
 * Call before the list changes: GtkSingleSelection looks for a selected
 * item that was in a changed range among ALL the new items of that range
 * (all 100,000 of them after a new query). The cursor selects again after.
 */
void
_byline_comment_queue_unselect (BylineCommentQueue *self)
{
  if (self->selection == NULL)
    return;
  self->updating = TRUE;
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->updating = FALSE;
}

/* Around a change of much of the list (a new query, a reload after sync, a
 * bulk action): the GTK 4.8 list view walks every item of a large
 * items-changed (all 100,000, each page loaded), but a new model costs it
 * only the rows on screen. */
void
_byline_comment_queue_detach (BylineCommentQueue *self)
{
  _byline_comment_queue_unselect (self);
  gtk_grid_view_set_model (self->list_view, NULL);
}

void
_byline_comment_queue_attach (BylineCommentQueue *self)
{
  gtk_grid_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  _byline_comment_queue_count_later (self);
}

static void
update_filter_bar (BylineCommentQueue *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (self->post > 0)
    g_string_append_printf (text, _("Story: %s"), self->post_headline ? self->post_headline : "");
  if (self->author != NULL)
    g_string_append_printf (text, "%s%s", text->len ? " · " : "", self->author_label);
  gtk_label_set_text (self->filter_label, text->str);
  gtk_revealer_set_reveal_child (self->filter_revealer, text->len > 0);
}

/**
 * _byline_comment_queue_apply_query:
 *
 * Turns the filters into the list's query and starts at the top.
 */
void
_byline_comment_queue_apply_query (BylineCommentQueue *self)
{
  BylineCommentQuery query = BYLINE_COMMENT_QUERY_INIT;
  /* (the word being typed is a prefix: results as you type) */
  g_autofree char *search = byline_fts_text_as_typed (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  update_filter_bar (self);
  if (self->list == NULL)
    return;

  if (g_strcmp0 (self->queue, "likely-spam") == 0)
    query.likely_spam = TRUE;
  else if (g_strcmp0 (self->queue, "all") != 0)
    query.status = self->queue;
  query.account = self->post > 0 ? self->post_account : self->site;
  query.post = self->post;
  query.author = self->author;
  query.search = search && *search ? search : NULL;

  self->all_marked = FALSE;
  g_hash_table_remove_all (self->marked);
  _byline_comment_queue_unselect (self);
  _byline_comment_queue_detach (self);
  byline_comment_list_set_query (self->list, &query);
  _byline_comment_queue_attach (self);
  _byline_comment_queue_set_cursor (self, 0, TRUE);
}

/* Shift-click marks a range from the cursor, Ctrl-click one comment. */
static void
row_pressed_cb (GtkGestureClick *gesture,
                int              n_press,
                double           x,
                double           y,
                GtkListItem     *item)
{
  BylineCommentQueue *self = g_object_get_data (G_OBJECT (gesture), "queue");
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  guint position = gtk_list_item_get_position (item);
  BylineComment *comment = gtk_list_item_get_item (item);

  if (comment == NULL || position == GTK_INVALID_LIST_POSITION)
    return;
  if (state & GDK_SHIFT_MASK)
    _byline_comment_queue_mark_range (self, self->cursor == G_MAXUINT ? position : self->cursor, position);
  else if (state & GDK_CONTROL_MASK)
    _byline_comment_queue_toggle_mark (self, byline_comment_get_id (comment),
                                       !_byline_comment_queue_is_marked (self, byline_comment_get_id (comment)));
  else
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              BylineCommentQueue       *self)
{
  GtkWidget *row = byline_comment_row_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_object_set_data (G_OBJECT (click), "queue", self);
  g_signal_connect_object (click, "pressed", G_CALLBACK (row_pressed_cb), item, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (click));
  gtk_list_item_set_child (item, row);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             BylineCommentQueue       *self)
{
  BylineCommentRow *row = BYLINE_COMMENT_ROW (gtk_list_item_get_child (item));
  BylineComment *comment = gtk_list_item_get_item (item);

  byline_comment_row_set_comment (row, comment);
  byline_comment_row_set_marked (row, comment != NULL && _byline_comment_queue_is_marked (self, byline_comment_get_id (comment)));
  byline_comment_row_set_show_status (row, g_str_equal (self->queue, "all") || g_str_equal (self->queue, "likely-spam"));
  /* The list item (what a screen reader lands on) is named after its row. */
  if (gtk_widget_get_parent (GTK_WIDGET (row)) != NULL && byline_comment_row_get_accessible_label (row) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (GTK_WIDGET (row))),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, byline_comment_row_get_accessible_label (row), -1);
}

static void
selection_changed_cb (GtkSelectionModel  *model,
                      guint               position,
                      guint               n_items,
                      BylineCommentQueue *self)
{
  guint selected;

  if (self->updating)
    return;
  /* A click: the cursor goes there. */
  selected = gtk_single_selection_get_selected (self->selection);
  if (selected != GTK_INVALID_LIST_POSITION && selected != self->cursor)
    _byline_comment_queue_set_cursor (self, selected, FALSE);
  _byline_comment_queue_show_detail (self);
}

static void
search_changed_cb (BylineCommentQueue *self)
{
  _byline_comment_queue_apply_query (self);
}

static void
search_activate_cb (BylineCommentQueue *self)
{
  /* Enter: back to the list, keyboard at the ready. */
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
site_selected_cb (BylineCommentQueue *self)
{
  guint selected = gtk_drop_down_get_selected (self->site_dropdown);
  GListModel *model = gtk_drop_down_get_model (self->site_dropdown);

  g_clear_pointer (&self->site, g_free);
  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && model != NULL)
    self->site = g_strdup (gtk_string_list_get_string (GTK_STRING_LIST (model), selected));
  _byline_comment_queue_apply_query (self);
}

static void
fill_sites (BylineCommentQueue *self)
{
  g_autoptr(GtkStringList) sites = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) accounts = self->store ? byline_store_list_accounts (self->store, NULL) : NULL;
  guint selected = 0;

  gtk_string_list_append (sites, _("All Sites"));
  for (guint i = 0; accounts != NULL && i < accounts->len; i++)
    {
      const char *name = ((BylineAccount *) g_ptr_array_index (accounts, i))->name;

      gtk_string_list_append (sites, name);
      if (g_strcmp0 (name, self->site) == 0)
        selected = i + 1;
    }
  g_signal_handlers_block_by_func (self->site_dropdown, site_selected_cb, self);
  gtk_drop_down_set_model (self->site_dropdown, G_LIST_MODEL (sites));
  gtk_drop_down_set_selected (self->site_dropdown, selected);
  g_signal_handlers_unblock_by_func (self->site_dropdown, site_selected_cb, self);
  gtk_widget_set_visible (GTK_WIDGET (self->site_dropdown), accounts != NULL && accounts->len > 1);
}

/* The keyboard goes to the list (the cursor's row), where the queue's keys
 * work; with no comments, to the Sync button (the keys bubble up from it
 * too, and a letter typed there is not text). */
static gboolean
byline_comment_queue_grab_focus (GtkWidget *widget)
{
  BylineCommentQueue *self = BYLINE_COMMENT_QUEUE (widget);

  if (self->cursor != G_MAXUINT)
    {
      if (gtk_widget_grab_focus (GTK_WIDGET (self->list_view)))
        return TRUE;
    }
  return gtk_widget_grab_focus (self->sync_button);
}

static void
byline_comment_queue_dispose (GObject *object)
{
  BylineCommentQueue *self = (BylineCommentQueue *)object;
  GtkWidget *child;

  _byline_comment_queue_cancel_work (self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, selection_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), BYLINE_TYPE_COMMENT_QUEUE);
  /* The template's unnamed children (tool bar, separator, …) too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->list);
  g_clear_object (&self->moderator);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (byline_comment_queue_parent_class)->dispose (object);
}

static void
byline_comment_queue_finalize (GObject *object)
{
  BylineCommentQueue *self = (BylineCommentQueue *)object;

  g_free (self->queue);
  g_free (self->site);
  g_free (self->post_account);
  g_free (self->post_headline);
  g_free (self->author);
  g_free (self->author_label);
  g_clear_pointer (&self->sync_accounts, g_ptr_array_unref);
  g_clear_pointer (&self->marked, g_hash_table_unref);

  G_OBJECT_CLASS (byline_comment_queue_parent_class)->finalize (object);
}

static void
byline_comment_queue_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  BylineCommentQueue *self = BYLINE_COMMENT_QUEUE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_QUEUE:
      g_value_set_string (value, self->queue);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_comment_queue_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  BylineCommentQueue *self = BYLINE_COMMENT_QUEUE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      byline_comment_queue_set_store (self, g_value_get_object (value));
      break;
    case PROP_QUEUE:
      byline_comment_queue_set_queue (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_comment_queue_class_init (BylineCommentQueueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  byline_ui_ensure_resources ();
  g_type_ensure (BYLINE_TYPE_COMMENT_DETAIL);

  object_class->dispose = byline_comment_queue_dispose;
  object_class->finalize = byline_comment_queue_finalize;
  object_class->get_property = byline_comment_queue_get_property;
  object_class->set_property = byline_comment_queue_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, BYLINE_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_QUEUE] =
    g_param_spec_string ("queue", NULL, NULL, "hold",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->grab_focus = byline_comment_queue_grab_focus;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "bylinecommentqueue");
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/byline-comment-queue.ui");
  gtk_widget_class_bind_template_child (widget_class, BylineCommentQueue, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentQueue, site_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentQueue, status_revealer);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentQueue, status_label);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentQueue, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentQueue, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentQueue, filter_revealer);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentQueue, filter_label);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentQueue, list_stack);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentQueue, list_view);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentQueue, detail);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentQueue, selection_label);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentQueue, sync_button);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentQueue, empty_page);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentQueue, leaflet);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentQueue, back_button);

  gtk_widget_class_install_property_action (widget_class, "queue.queue", "queue");
  _byline_comment_queue_class_init_actions (widget_class);
}

static void
byline_comment_queue_init (BylineCommentQueue *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  self->queue = g_strdup ("hold");
  self->cursor = G_MAXUINT;
  self->marked = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->send_delay = 800;
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_grid_view_set_factory (self->list_view, factory);
  _byline_comment_queue_init_fold (self);
  _byline_comment_queue_init_counts (self);
  g_object_set_data (G_OBJECT (self), "list-view", self->list_view);
  gtk_search_entry_set_key_capture_widget (self->search_entry, NULL);
  _byline_comment_queue_init_shortcuts (self);

  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (search_activate_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->site_dropdown, "notify::selected", G_CALLBACK (site_selected_cb), self,
                           G_CONNECT_SWAPPED);
  _byline_comment_queue_show_status (self, NULL, FALSE);
  update_filter_bar (self);
  _byline_comment_queue_update_actions (self);
  fill_sites (self);
}

GtkWidget *
byline_comment_queue_new (void)
{
  return g_object_new (BYLINE_TYPE_COMMENT_QUEUE, NULL);
}

BylineStore *
byline_comment_queue_get_store (BylineCommentQueue *self)
{
  g_return_val_if_fail (BYLINE_IS_COMMENT_QUEUE (self), NULL);

  return self->store;
}

/* An account added or removed, here (Preferences) or by `byline account
 * add` while the window is open: the sites, and what an empty list says
 * ("No Sites Yet"), follow without a Sync */
static void
accounts_changed_cb (BylineCommentQueue *self)
{
  fill_sites (self);
  /* (the chosen site's account gone: all sites) */
  if (self->site != NULL && gtk_drop_down_get_selected (self->site_dropdown) == 0)
    {
      g_clear_pointer (&self->site, g_free);
      _byline_comment_queue_apply_query (self);
    }
  else
    _byline_comment_queue_update_empty_page (self);
}

void
byline_comment_queue_set_store (BylineCommentQueue *self,
                                BylineStore        *store)
{
  g_return_if_fail (BYLINE_IS_COMMENT_QUEUE (self));
  g_return_if_fail (!store || BYLINE_IS_STORE (store));

  if (self->store == store)
    return;

  _byline_comment_queue_cancel_work (self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, selection_changed_cb, self);
  gtk_grid_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->list);
  g_clear_object (&self->moderator);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, accounts_changed_cb, self);
  g_set_object (&self->store, store);

  if (store != NULL)
    {
      byline_store_watch (store);
      g_signal_connect_object (store, "accounts-changed", G_CALLBACK (accounts_changed_cb), self,
                               G_CONNECT_SWAPPED);
      self->list = byline_comment_list_new (store, NULL);
      self->moderator = byline_comment_moderator_new (store);
      self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->list)));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      g_signal_connect (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb), self);
    }
  _byline_comment_queue_watch_moderator (self);
  fill_sites (self);
  /* Sets the list's query, then gives the view its model: once, since
   * the view taking in a 100,000-row model is most of the cost of opening
   * the queue. */
  _byline_comment_queue_apply_query (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
store_opened_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(BylineCommentQueue) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineStore) store = byline_store_new_finish (result, &error);

  if (store == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not open the comments: %s"), error->message);

      _byline_comment_queue_show_status (self, message, FALSE);
      return;
    }
  if (self->store == NULL)
    byline_comment_queue_set_store (self, store);
}

/**
 * byline_comment_queue_ensure_store:
 *
 * Opens the default drafts database (in the background) unless the queue
 * has a store already.
 */
void
byline_comment_queue_ensure_store (BylineCommentQueue *self)
{
  g_autofree char *path = NULL;

  g_return_if_fail (BYLINE_IS_COMMENT_QUEUE (self));

  if (self->store != NULL)
    return;
  path = byline_paths_resolve_db (NULL);
  byline_store_new_async (path, self->cancellable, store_opened_cb, g_object_ref (self));
}

BylineCommentList *
byline_comment_queue_get_list (BylineCommentQueue *self)
{
  g_return_val_if_fail (BYLINE_IS_COMMENT_QUEUE (self), NULL);

  return self->list;
}

BylineCommentModerator *
byline_comment_queue_get_moderator (BylineCommentQueue *self)
{
  g_return_val_if_fail (BYLINE_IS_COMMENT_QUEUE (self), NULL);

  return self->moderator;
}

/**
 * byline_comment_queue_get_current:
 *
 * Returns: (transfer full) (nullable): the comment under the cursor
 */
BylineComment *
byline_comment_queue_get_current (BylineCommentQueue *self)
{
  g_return_val_if_fail (BYLINE_IS_COMMENT_QUEUE (self), NULL);

  if (self->list == NULL || self->cursor == G_MAXUINT)
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (self->list), self->cursor);
}

guint
byline_comment_queue_get_cursor (BylineCommentQueue *self)
{
  g_return_val_if_fail (BYLINE_IS_COMMENT_QUEUE (self), G_MAXUINT);

  return self->cursor;
}

const char *
byline_comment_queue_get_queue (BylineCommentQueue *self)
{
  g_return_val_if_fail (BYLINE_IS_COMMENT_QUEUE (self), NULL);

  return self->queue;
}

/**
 * byline_comment_queue_set_queue:
 * @queue: "hold", "approved", "spam", "trash", "all" or "likely-spam"
 */
void
byline_comment_queue_set_queue (BylineCommentQueue *self,
                                const char         *queue)
{
  static const char *queues[] = { "hold", "approved", "spam", "trash", "all", "likely-spam" };
  gboolean known = FALSE;

  g_return_if_fail (BYLINE_IS_COMMENT_QUEUE (self));

  for (guint i = 0; i < G_N_ELEMENTS (queues); i++)
    known |= g_strcmp0 (queue, queues[i]) == 0;
  g_return_if_fail (known);

  if (g_strcmp0 (self->queue, queue) == 0)
    return;
  g_free (self->queue);
  self->queue = g_strdup (queue);
  _byline_comment_queue_apply_query (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUEUE]);
}

GtkWidget *
byline_comment_queue_get_detail (BylineCommentQueue *self)
{
  g_return_val_if_fail (BYLINE_IS_COMMENT_QUEUE (self), NULL);

  return GTK_WIDGET (self->detail);
}

GtkWidget *
byline_comment_queue_get_search_entry (BylineCommentQueue *self)
{
  g_return_val_if_fail (BYLINE_IS_COMMENT_QUEUE (self), NULL);

  return GTK_WIDGET (self->search_entry);
}

/* For tests: how soon after an action the queue sends (a waiting send too). */
void
byline_comment_queue_set_send_delay (BylineCommentQueue *self,
                                     guint               milliseconds)
{
  g_return_if_fail (BYLINE_IS_COMMENT_QUEUE (self));

  self->send_delay = milliseconds;
  if (self->send_id != 0)
    _byline_comment_queue_schedule_send (self);
}

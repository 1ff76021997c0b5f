/* byline-publish-popover.c: account, status, checklist, Publish
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-publish-popover"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-conflict-window.h"
#include "byline-date-format.h"
#include "byline-publish-popover.h"
#include "byline-ui.h"

/* The popover behind the editor's Publish button. Everything it does goes
 * through core: BylinePublisher (in a worker thread) and its outbox
 * runner, whose signals drive the progress bar and the outbox row. Unless
 * a publisher is set first, it opens the default drafts store at creation
 * and makes one, with its outbox runner started (pending rows are sent at
 * start-up, on a timer, and when the network comes back). */

struct _BylinePublishPopover
{
  GtkPopover        parent_instance;

  BylineArticle    *article;
  BylinePublisher  *publisher;
  GCancellable     *cancellable;
  gulong            article_handler;
  gulong            progress_handler;
  gulong            changed_handler;
  gboolean          busy;
  char             *message;

  /* Template widgets */
  GtkDropDown      *account_dropdown;
  GtkStringList    *account_list;
  GtkDropDown      *status_dropdown;
  AdwActionRow     *status_row;
  GtkListBox       *checklist;
  GtkProgressBar   *progress;
  GtkLabel         *message_label;
  GtkBox           *outbox_box;
  GtkLabel         *outbox_label;
  GtkButton        *retry_button;
  GtkButton        *discard_button;
  GtkButton        *publish_button;
};

G_DEFINE_FINAL_TYPE (BylinePublishPopover, byline_publish_popover, GTK_TYPE_POPOVER)

enum {
  PROP_0,
  PROP_ARTICLE,
  PROP_PUBLISHER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const statuses[] = { "draft", "pending", "publish", "future" };

static const char *
current_status (BylinePublishPopover *self)
{
  guint i = gtk_drop_down_get_selected (self->status_dropdown);

  return i < G_N_ELEMENTS (statuses) ? statuses[i] : "draft";
}

static const char *
current_account (BylinePublishPopover *self)
{
  guint i = gtk_drop_down_get_selected (self->account_dropdown);

  return i != GTK_INVALID_LIST_POSITION ? gtk_string_list_get_string (self->account_list, i) : NULL;
}

/* Whether the story has a post on the chosen account (Publish updates it) */
static gboolean
is_linked (BylinePublishPopover *self)
{
  const char *account = current_account (self);
  const BylineArticleLink *link = account ? byline_article_find_link (self->article, account) : NULL;

  return link != NULL && link->remote_id > 0;
}

/* What Publish sends: the status chosen, but nothing for a live story
 * kept live (an update keeps the post's status on the site, as `byline
 * publish` does: a private post stays private) */
static const char *
status_to_send (BylinePublishPopover *self)
{
  const char *status = current_status (self);

  if (is_linked (self) && g_str_equal (status, "publish") &&
      byline_article_get_status (self->article) == BYLINE_ARTICLE_STATUS_PUBLISHED)
    return NULL;
  return status;
}

static void
show_message (BylinePublishPopover *self,
              const char           *message)
{
  g_free (self->message);
  self->message = g_strdup (message);
  gtk_label_set_label (self->message_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
}

static void
refresh_outbox (BylinePublishPopover *self)
{
  BylineStore *store;
  g_autoptr(GPtrArray) pending = NULL;
  g_autoptr(GPtrArray) failed = NULL;
  g_autofree char *text = NULL;
  const char *last_error = NULL;
  guint n;

  if (self->publisher == NULL)
    return;
  store = byline_outbox_runner_get_store (byline_publisher_get_runner (self->publisher));
  pending = byline_store_outbox_list (store, "pending", NULL);
  failed = byline_store_outbox_list (store, "failed", NULL);
  n = (pending ? pending->len : 0) + (failed ? failed->len : 0);
  if (failed != NULL && failed->len > 0)
    last_error = ((BylineOutboxItem *) g_ptr_array_index (failed, failed->len - 1))->last_error;
  else if (pending != NULL && pending->len > 0)
    last_error = ((BylineOutboxItem *) g_ptr_array_index (pending, pending->len - 1))->last_error;

  text = last_error
         ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u change waiting to be sent. Last error: %s",
                                         "%u changes waiting to be sent. Last error: %s", n), n, last_error)
         : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u change waiting to be sent",
                                         "%u changes waiting to be sent", n), n);
  gtk_label_set_label (self->outbox_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->outbox_box), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->discard_button), failed != NULL && failed->len > 0);
}

static void
refresh (BylinePublishPopover *self)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  const char *status = current_status (self);
  GtkWidget *child;
  const char *label;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->checklist))) != NULL)
    gtk_list_box_remove (self->checklist, child);

  if (self->article == NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->publish_button), FALSE);
      return;
    }

  items = byline_publish_checklist (self->article, status, now);
  for (guint i = 0; i < items->len; i++)
    {
      BylineChecklistItem *item = g_ptr_array_index (items, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name (item->ok ? "emblem-ok-symbolic" : "dialog-warning-symbolic");

      /* The icon shows the state; a screen reader reads it as ✓ or ⚠
       * before the label (the title had both, so the eye saw two marks) */
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      item->ok ? "✓" : "⚠", -1);
      if (item->reason != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), item->reason);
      gtk_widget_add_css_class (icon, item->ok ? "success" : item->blocking ? "error" : "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_widget_set_name (row, item->id);
      g_object_set_data (G_OBJECT (row), "ok", GINT_TO_POINTER (item->ok ? 1 : 0));
      gtk_list_box_append (self->checklist, row);
    }

  if (g_str_equal (status, "future") && byline_article_get_date (self->article) != NULL)
    {
      g_autofree char *when = byline_format_date_in_zone (byline_article_get_date (self->article),
                                                          byline_article_get_time_zone (self->article));

      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->status_row), when);
    }
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->status_row), "");

  if (is_linked (self))
    label = _("_Update");
  else if (g_str_equal (status, "future"))
    label = _("_Schedule");
  else if (g_str_equal (status, "publish"))
    label = _("_Publish");
  else
    label = _("_Send to Site");
  byline_ui_set_button_label (self->publish_button, label);
  gtk_widget_set_sensitive (GTK_WIDGET (self->publish_button),
                            byline_publish_popover_can_publish (self));
}

static void
refresh_accounts (BylinePublishPopover *self)
{
  g_autoptr(GPtrArray) accounts = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->account_list));
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  if (self->publisher != NULL)
    accounts = byline_store_list_accounts (byline_outbox_runner_get_store (byline_publisher_get_runner (self->publisher)),
                                           NULL);
  for (guint i = 0; accounts != NULL && i < accounts->len; i++)
    g_strv_builder_add (names, ((BylineAccount *) g_ptr_array_index (accounts, i))->name);
  strv = g_strv_builder_end (names);
  gtk_string_list_splice (self->account_list, 0, n, (const char * const *) strv);
  if (strv[0] == NULL)
    show_message (self, _("No WordPress account yet: add one in Preferences → Accounts"));
  else if (self->message != NULL && self->busy == FALSE && strstr (self->message, "Preferences") != NULL)
    show_message (self, NULL);
}

/* The status offered follows the story's editorial status (a draft goes
 * as a draft) until the editor picks another */
static void
article_notify_cb (BylinePublishPopover *self,
                   GParamSpec           *pspec)
{
  if (pspec == NULL || g_str_equal (pspec->name, "status"))
    byline_publish_popover_set_status (self, byline_publish_status_for (byline_article_get_status (self->article)));
  refresh (self);
}

static void
progress_cb (BylineOutboxRunner   *runner,
             gint64                id,
             const char           *stage,
             double                fraction,
             BylinePublishPopover *self)
{
  if (!self->busy)
    return;
  gtk_progress_bar_set_text (self->progress, stage);
  gtk_progress_bar_set_fraction (self->progress, fraction);
}

static void
view_cb (AdwToast *toast,
         gpointer  user_data)
{
  GtkWidget *widget = user_data;
  const char *url = g_object_get_data (G_OBJECT (toast), "url");
  GtkRoot *root = gtk_widget_get_root (widget);

  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, url, GDK_CURRENT_TIME);
}

/* Shows the toast on the window's toast overlay (the popover's ancestor). */
static void
announce (BylinePublishPopover *self,
          BylinePublishResult  *result)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast;
  const char *title = g_strcmp0 (result->status, "publish") == 0 ? _("Published")
                      : g_strcmp0 (result->status, "future") == 0 ? _("Scheduled")
                      : _("Sent to the site");

  if (overlay == NULL)
    return;
  toast = adw_toast_new (title);
  if (result->url != NULL)
    {
      adw_toast_set_button_label (toast, _("_View"));
      g_object_set_data_full (G_OBJECT (toast), "url", g_strdup (result->url), g_free);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (view_cb), overlay, 0);
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/* The store now has the link, the status and the slug: the editor's copy
 * of the article takes them too, so its next autosave keeps them. */
static void
take_outcome (BylinePublishPopover *self)
{
  BylineStore *store = byline_outbox_runner_get_store (byline_publisher_get_runner (self->publisher));
  g_autoptr(BylineArticle) saved = NULL;
  GPtrArray *links;

  if (self->article == NULL ||
      !(saved = byline_store_load_article (store, byline_article_get_id (self->article), NULL, NULL)))
    return;
  byline_article_set_status (self->article, byline_article_get_status (saved));
  /* A story out (or scheduled) keeps the address it has now */
  if (byline_article_is_public (saved))
    byline_article_set_slug (self->article, byline_article_get_slug (saved));
  byline_article_set_image_media_id (self->article, byline_article_get_image_media_id (saved));
  links = byline_article_get_links (saved);
  for (guint i = 0; links != NULL && i < links->len; i++)
    byline_article_set_link (self->article, g_ptr_array_index (links, i));
}

static void
set_busy (BylinePublishPopover *self,
          gboolean              busy)
{
  self->busy = busy;
  gtk_widget_set_visible (GTK_WIDGET (self->progress), busy);
  gtk_progress_bar_set_fraction (self->progress, 0);
  gtk_progress_bar_set_text (self->progress, busy ? _("Preparing") : NULL);
  refresh (self);
}

static void
conflict_finished_cb (BylineConflictWindow *window,
                      BylinePublishResult  *result,
                      const char           *message,
                      BylinePublishPopover *self)
{
  take_outcome (self);
  show_message (self, message);
  if (result != NULL)
    announce (self, result);
  refresh_outbox (self);
}

static void
publish_cb (GObject      *object,
            GAsyncResult *res,
            gpointer      user_data)
{
  g_autoptr(BylinePublishPopover) self = user_data;
  g_autoptr(BylinePublishResult) result = NULL;
  g_autoptr(GError) error = NULL;

  result = byline_publisher_publish_finish (BYLINE_PUBLISHER (object), res, &error);
  set_busy (self, FALSE);
  take_outcome (self);
  refresh_outbox (self);

  if (result != NULL)
    {
      show_message (self, NULL);
      announce (self, result);
      refresh (self);
      /* Done: the toast (with View) says so, and the popover no longer
       * covers it */
      gtk_popover_popdown (GTK_POPOVER (self));
      return;
    }
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  show_message (self, error->message);
  if (g_error_matches (error, BYLINE_PUBLISH_ERROR, BYLINE_PUBLISH_ERROR_CONFLICT) && self->article != NULL)
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      BylineConflictWindow *window = byline_conflict_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                                 self->publisher, self->article,
                                                                 current_account (self), status_to_send (self));

      g_signal_connect_object (window, "finished", G_CALLBACK (conflict_finished_cb), self, 0);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
saved_cb (GObject      *object,
          GAsyncResult *res,
          gpointer      user_data)
{
  g_autoptr(BylinePublishPopover) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!byline_store_save_article_finish (BYLINE_STORE (object), res, &error))
    {
      set_busy (self, FALSE);
      show_message (self, error->message);
      return;
    }
  byline_publisher_publish_async (self->publisher, byline_article_get_id (self->article),
                                  current_account (self), status_to_send (self), BYLINE_PUBLISH_NONE,
                                  self->cancellable, publish_cb, g_object_ref (self));
}

static void
publish_clicked_cb (BylinePublishPopover *self)
{
  byline_publish_popover_publish (self);
}

static void
retry_clicked_cb (BylinePublishPopover *self)
{
  BylineOutboxRunner *runner = byline_publisher_get_runner (self->publisher);
  BylineStore *store = byline_outbox_runner_get_store (runner);

  for (guint s = 0; s < 2; s++)
    {
      g_autoptr(GPtrArray) items = byline_store_outbox_list (store, s == 0 ? "pending" : "failed", NULL);

      for (guint i = 0; items != NULL && i < items->len; i++)
        byline_outbox_runner_retry (runner, ((BylineOutboxItem *) g_ptr_array_index (items, i))->id, NULL);
    }
  refresh_outbox (self);
}

/* What the site refused for good would stay in the outbox, and in the
 * popover, forever: the editor may give it up (`byline outbox --discard`) */
static void
discard_clicked_cb (BylinePublishPopover *self)
{
  BylineStore *store = byline_outbox_runner_get_store (byline_publisher_get_runner (self->publisher));
  g_autoptr(GPtrArray) failed = byline_store_outbox_list (store, "failed", NULL);

  for (guint i = 0; failed != NULL && i < failed->len; i++)
    byline_store_outbox_cancel (store, ((BylineOutboxItem *) g_ptr_array_index (failed, i))->id, NULL);
  refresh_outbox (self);
}

static void
byline_publish_popover_show (GtkWidget *widget)
{
  BylinePublishPopover *self = BYLINE_PUBLISH_POPOVER (widget);

  GTK_WIDGET_CLASS (byline_publish_popover_parent_class)->show (widget);

  refresh_accounts (self);
  refresh_outbox (self);
  refresh (self);
}

static void
byline_publish_popover_dispose (GObject *object)
{
  BylinePublishPopover *self = (BylinePublishPopover *) object;

  g_cancellable_cancel (self->cancellable);
  byline_publish_popover_set_article (self, NULL);
  byline_publish_popover_set_publisher (self, NULL);
  G_OBJECT_CLASS (byline_publish_popover_parent_class)->dispose (object);
}

static void
byline_publish_popover_finalize (GObject *object)
{
  BylinePublishPopover *self = (BylinePublishPopover *) object;

  g_clear_object (&self->cancellable);
  g_free (self->message);
  G_OBJECT_CLASS (byline_publish_popover_parent_class)->finalize (object);
}

static void
byline_publish_popover_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  BylinePublishPopover *self = BYLINE_PUBLISH_POPOVER (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;
    case PROP_PUBLISHER:
      g_value_set_object (value, self->publisher);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_publish_popover_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  BylinePublishPopover *self = BYLINE_PUBLISH_POPOVER (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      byline_publish_popover_set_article (self, g_value_get_object (value));
      break;
    case PROP_PUBLISHER:
      byline_publish_popover_set_publisher (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_publish_popover_class_init (BylinePublishPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  byline_ui_ensure_resources ();

  object_class->dispose = byline_publish_popover_dispose;
  object_class->finalize = byline_publish_popover_finalize;
  object_class->get_property = byline_publish_popover_get_property;
  object_class->set_property = byline_publish_popover_set_property;
  widget_class->show = byline_publish_popover_show;

  properties[PROP_ARTICLE] = g_param_spec_object ("article", NULL, NULL, BYLINE_TYPE_ARTICLE, flags);
  properties[PROP_PUBLISHER] = g_param_spec_object ("publisher", NULL, NULL, BYLINE_TYPE_PUBLISHER, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/byline-publish-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, BylinePublishPopover, account_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BylinePublishPopover, account_list);
  gtk_widget_class_bind_template_child (widget_class, BylinePublishPopover, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BylinePublishPopover, status_row);
  gtk_widget_class_bind_template_child (widget_class, BylinePublishPopover, checklist);
  gtk_widget_class_bind_template_child (widget_class, BylinePublishPopover, progress);
  gtk_widget_class_bind_template_child (widget_class, BylinePublishPopover, message_label);
  gtk_widget_class_bind_template_child (widget_class, BylinePublishPopover, outbox_box);
  gtk_widget_class_bind_template_child (widget_class, BylinePublishPopover, outbox_label);
  gtk_widget_class_bind_template_child (widget_class, BylinePublishPopover, retry_button);
  gtk_widget_class_bind_template_child (widget_class, BylinePublishPopover, discard_button);
  gtk_widget_class_bind_template_child (widget_class, BylinePublishPopover, publish_button);
}

static void
byline_publish_popover_init (BylinePublishPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  g_signal_connect_object (self->status_dropdown, "notify::selected", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->account_dropdown, "notify::selected", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->publish_button, "clicked", G_CALLBACK (publish_clicked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->retry_button, "clicked", G_CALLBACK (retry_clicked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->discard_button, "clicked", G_CALLBACK (discard_clicked_cb), self, G_CONNECT_SWAPPED);
  refresh (self);

  /* The window hands over its context's publisher (whose outbox runner is
   * already sending what an earlier run left behind). */
}

BylinePublishPopover *
byline_publish_popover_new (void)
{
  return g_object_new (BYLINE_TYPE_PUBLISH_POPOVER, NULL);
}

BylineArticle *
byline_publish_popover_get_article (BylinePublishPopover *self)
{
  g_return_val_if_fail (BYLINE_IS_PUBLISH_POPOVER (self), NULL);
  return self->article;
}

void
byline_publish_popover_set_article (BylinePublishPopover *self,
                                    BylineArticle        *article)
{
  g_return_if_fail (BYLINE_IS_PUBLISH_POPOVER (self));

  if (self->article == article)
    return;
  if (self->article != NULL)
    g_clear_signal_handler (&self->article_handler, self->article);
  g_set_object (&self->article, article);
  if (article != NULL)
    self->article_handler = g_signal_connect_object (article, "notify", G_CALLBACK (article_notify_cb), self,
                                                     G_CONNECT_SWAPPED);
  show_message (self, NULL);
  if (article != NULL)
    article_notify_cb (self, NULL);
  else
    refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}

BylinePublisher *
byline_publish_popover_get_publisher (BylinePublishPopover *self)
{
  g_return_val_if_fail (BYLINE_IS_PUBLISH_POPOVER (self), NULL);
  return self->publisher;
}

void
byline_publish_popover_set_publisher (BylinePublishPopover *self,
                                      BylinePublisher      *publisher)
{
  BylineOutboxRunner *runner;

  g_return_if_fail (BYLINE_IS_PUBLISH_POPOVER (self));

  if (self->publisher == publisher)
    return;
  if (self->publisher != NULL)
    {
      runner = byline_publisher_get_runner (self->publisher);
      g_clear_signal_handler (&self->progress_handler, runner);
      g_clear_signal_handler (&self->changed_handler, runner);
    }
  g_set_object (&self->publisher, publisher);
  if (publisher != NULL)
    {
      runner = byline_publisher_get_runner (publisher);
      self->progress_handler = g_signal_connect_object (runner, "progress", G_CALLBACK (progress_cb), self, 0);
      self->changed_handler = g_signal_connect_object (runner, "changed", G_CALLBACK (refresh_outbox), self,
                                                       G_CONNECT_SWAPPED);
    }
  refresh_accounts (self);
  refresh_outbox (self);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PUBLISHER]);
}

/**
 * byline_publish_popover_set_status:
 * @status: "draft", "pending", "publish" or "future"
 */
void
byline_publish_popover_set_status (BylinePublishPopover *self,
                                   const char           *status)
{
  g_return_if_fail (BYLINE_IS_PUBLISH_POPOVER (self));

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (g_strcmp0 (statuses[i], status) == 0)
      gtk_drop_down_set_selected (self->status_dropdown, i);
}

/**
 * byline_publish_popover_get_status:
 *
 * Returns: the status the Publish button sends ("draft", "pending",
 *   "publish" or "future")
 */
const char *
byline_publish_popover_get_status (BylinePublishPopover *self)
{
  g_return_val_if_fail (BYLINE_IS_PUBLISH_POPOVER (self), NULL);
  return current_status (self);
}

/**
 * byline_publish_popover_check_state:
 * @id: a checklist item id ("headline", "image-alt", "schedule", …)
 *
 * Returns: 1 when the row shows ✓, 0 when it shows ⚠, -1 when there is no
 *   such row
 */
int
byline_publish_popover_check_state (BylinePublishPopover *self,
                                    const char           *id)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->checklist));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (gtk_widget_get_name (row), id) == 0)
      return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "ok"));
  return -1;
}

gboolean
byline_publish_popover_can_publish (BylinePublishPopover *self)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  g_return_val_if_fail (BYLINE_IS_PUBLISH_POPOVER (self), FALSE);

  if (self->article == NULL || self->publisher == NULL || self->busy || current_account (self) == NULL)
    return FALSE;
  items = byline_publish_checklist (self->article, current_status (self), now);
  return !byline_publish_checklist_blocks (items);
}

/**
 * byline_publish_popover_publish:
 *
 * Saves the article, then publishes it (what the Publish button does).
 */
void
byline_publish_popover_publish (BylinePublishPopover *self)
{
  BylineStore *store;

  g_return_if_fail (BYLINE_IS_PUBLISH_POPOVER (self));

  if (!byline_publish_popover_can_publish (self))
    return;
  show_message (self, NULL);
  set_busy (self, TRUE);
  store = byline_outbox_runner_get_store (byline_publisher_get_runner (self->publisher));
  byline_store_save_article_async (store, self->article, BYLINE_SAVE_EXPLICIT, self->cancellable,
                                   saved_cb, g_object_ref (self));
}

gboolean
byline_publish_popover_is_busy (BylinePublishPopover *self)
{
  g_return_val_if_fail (BYLINE_IS_PUBLISH_POPOVER (self), FALSE);
  return self->busy;
}

/**
 * byline_publish_popover_get_message:
 *
 * Returns: (nullable): the error or hint shown, in plain words
 */
const char *
byline_publish_popover_get_message (BylinePublishPopover *self)
{
  g_return_val_if_fail (BYLINE_IS_PUBLISH_POPOVER (self), NULL);
  return self->message;
}

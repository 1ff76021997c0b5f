/* byline-accounts-page.c: the Accounts page of the preferences window
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-accounts-page"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-accounts-page.h"
#include "byline-ui.h"

/* Lists the WordPress accounts; adds (verified against the site, the
 * password into the keyring), verifies and removes them, all through
 * byline-accounts.h in worker threads. Without a store set, it opens the
 * default drafts store. */

struct _BylineAccountsPage
{
  AdwPreferencesPage    parent_instance;

  BylineStore          *store;
  GCancellable         *cancellable;
  GPtrArray            *rows;

  AdwPreferencesGroup  *accounts_group;
  GtkButton            *add_button;
  AdwActionRow         *empty_row;

  /* The Add dialog while it is open: it stays open while the site is
   * asked and after a refusal, with what was typed and why */
  AdwMessageDialog     *add_dialog;
  GCancellable         *add_cancellable;
};

G_DEFINE_FINAL_TYPE (BylineAccountsPage, byline_accounts_page, ADW_TYPE_PREFERENCES_PAGE)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void refresh (BylineAccountsPage *self);

static void
toast (BylineAccountsPage *self,
       const char         *message)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_PREFERENCES_WINDOW);

  if (window != NULL)
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (window), adw_toast_new (message));
  else
    g_message ("%s", message);
}

static void
verified_cb (GObject      *object,
             GAsyncResult *res,
             gpointer      user_data)
{
  g_autoptr(BylineAccountsPage) self = user_data;
  g_autoptr(BylineCmsUser) user = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!(user = byline_accounts_verify_finish (res, &error)))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, error->message);
      return;
    }
  message = g_strdup_printf (_("Logged in as %s"), user->name);
  toast (self, message);
  refresh (self);
}

static void
removed_cb (GObject      *object,
            GAsyncResult *res,
            gpointer      user_data)
{
  g_autoptr(BylineAccountsPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!byline_accounts_remove_finish (res, &error) && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    toast (self, error->message);
  refresh (self);
}

static void
verify_clicked_cb (GtkButton          *button,
                   BylineAccountsPage *self)
{
  byline_accounts_verify_async (self->store, g_object_get_data (G_OBJECT (button), "account"),
                                self->cancellable, verified_cb, g_object_ref (self));
}

static void
remove_response_cb (AdwMessageDialog   *dialog,
                    const char         *response,
                    BylineAccountsPage *self)
{
  if (g_str_equal (response, "remove") && self->store != NULL)
    byline_accounts_remove_async (self->store, g_object_get_data (G_OBJECT (dialog), "account"),
                                  self->cancellable, removed_cb, g_object_ref (self));
}

/* Removing forgets the account's links to its posts and drops what waits
 * in its outbox (moderation, publishes not sent yet): asked first, as the
 * button sits beside Verify */
static void
remove_clicked_cb (GtkButton          *button,
                   BylineAccountsPage *self)
{
  const char *account = g_object_get_data (G_OBJECT (button), "account");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, NULL, NULL);
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Remove “%s”?"), account);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                               _("Byline forgets the account, its password and which stories are linked to "
                                 "its posts, and drops the changes still waiting to be sent to it. The posts "
                                 "stay on the site."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "account", g_strdup (account), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_response_cb), self, 0);
  byline_ui_name_mnemonic_buttons (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
row_button (BylineAccountsPage *self,
            const char         *icon,
            const char         *tooltip,
            const char         *account,
            GCallback           callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data_full (G_OBJECT (button), "account", g_strdup (account), g_free);
  g_signal_connect_object (button, "clicked", callback, self, 0);
  return button;
}

static void
refresh (BylineAccountsPage *self)
{
  g_autoptr(GPtrArray) accounts = NULL;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->accounts_group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  if (self->store != NULL)
    accounts = byline_store_list_accounts (self->store, NULL);
  for (guint i = 0; accounts != NULL && i < accounts->len; i++)
    {
      BylineAccount *account = g_ptr_array_index (accounts, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = g_strdup_printf ("%s — %s", account->username, account->base_url);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), account->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 row_button (self, "emblem-ok-symbolic", _("Verify"), account->name,
                                             G_CALLBACK (verify_clicked_cb)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 row_button (self, "user-trash-symbolic", _("Remove"), account->name,
                                             G_CALLBACK (remove_clicked_cb)));
      adw_preferences_group_add (self->accounts_group, row);
      g_ptr_array_add (self->rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->empty_row), self->rows->len == 0);
}

static void
add_dialog_set_busy (AdwMessageDialog *dialog,
                     gboolean          busy)
{
  GtkSpinner *spinner = g_object_get_data (G_OBJECT (dialog), "spinner");

  adw_message_dialog_set_response_enabled (dialog, "add", !busy);
  gtk_spinner_set_spinning (spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (spinner), busy);
}

static void
added_cb (GObject      *object,
          GAsyncResult *res,
          gpointer      user_data)
{
  g_autoptr(BylineAccountsPage) self = user_data;
  g_autoptr(BylineAccount) account = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  AdwMessageDialog *dialog = self->add_dialog;

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), TRUE);
  if (!(account = byline_accounts_add_finish (res, &error)))
    {
      GtkLabel *error_label, *detail_label;
      const char *said = error->message;
      gboolean no_keyring = g_error_matches (error, BYLINE_SECRETS_ERROR, BYLINE_SECRETS_ERROR_UNAVAILABLE);

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* No keyring: what to do, in words; what the Secret Service said
       * (D-Bus names) only on a line of details under it */
      if (no_keyring)
        said = _("There is no keyring to keep the password in. Start GNOME Keyring (or another Secret "
                    "Service) and add the account again, or start Byline with the application password in "
                    "the BYLINE_PASSWORD environment variable.");
      if (dialog == NULL)
        {
          toast (self, said);
          return;
        }
      /* Said in the dialog, in full, beside what was typed, which stays
       * there to be put right */
      error_label = g_object_get_data (G_OBJECT (dialog), "error");
      detail_label = g_object_get_data (G_OBJECT (dialog), "error-detail");
      gtk_label_set_text (error_label, said);
      gtk_widget_set_visible (GTK_WIDGET (error_label), TRUE);
      gtk_label_set_text (detail_label, no_keyring ? error->message : "");
      gtk_widget_set_visible (GTK_WIDGET (detail_label), no_keyring);
      add_dialog_set_busy (dialog, FALSE);
      return;
    }
  if (dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
  message = g_strdup_printf (_("Added %s"), account->name);
  toast (self, message);
  refresh (self);
}

static void
add_account (BylineAccountsPage *self)
{
  AdwMessageDialog *dialog = self->add_dialog;
  GtkEditable *url = g_object_get_data (G_OBJECT (dialog), "url");
  GtkEditable *user = g_object_get_data (G_OBJECT (dialog), "user");
  GtkEditable *password = g_object_get_data (G_OBJECT (dialog), "password");

  if (self->store == NULL || !adw_message_dialog_get_response_enabled (dialog, "add"))
    return;
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (dialog), "error"), FALSE);
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (dialog), "error-detail"), FALSE);
  add_dialog_set_busy (dialog, TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), FALSE);
  byline_accounts_add_async (self->store, gtk_editable_get_text (url), gtk_editable_get_text (user),
                             gtk_editable_get_text (password), NULL, self->add_cancellable,
                             added_cb, g_object_ref (self));
}

static gboolean
close_add_dialog_cb (gpointer user_data)
{
  g_autoptr(BylineAccountsPage) self = user_data;

  if (self->add_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->add_dialog));
  return G_SOURCE_REMOVE;
}

static void
dialog_response_cb (AdwMessageDialog   *dialog,
                    const char         *response,
                    BylineAccountsPage *self)
{
  if (g_str_equal (response, "add"))
    {
      add_account (self);
      return;
    }
  /* Cancel, or Escape */
  g_object_set_data (G_OBJECT (dialog), "closing", GINT_TO_POINTER (TRUE));
  g_idle_add (close_add_dialog_cb, g_object_ref (self));
}

/* A response button closes the dialog before it says which response it
 * was: Add keeps it open until the site accepted the account (added_cb()
 * closes it then) or said why not; the other responses close it
 * (Escape says "cancel" first, then closes) */
static gboolean
dialog_close_request_cb (AdwMessageDialog   *dialog,
                         BylineAccountsPage *self)
{
  return g_object_get_data (G_OBJECT (dialog), "closing") == NULL;
}

static void
dialog_destroy_cb (AdwMessageDialog   *dialog,
                   BylineAccountsPage *self)
{
  if (self->add_dialog != dialog)
    return;
  self->add_dialog = NULL;
  /* A check still running is for a dialog that is gone */
  g_cancellable_cancel (self->add_cancellable);
  g_clear_object (&self->add_cancellable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), TRUE);
}

static GtkWidget *
entry_row (GtkWidget          *list,
           GtkWidget          *row,
           const char         *title,
           BylineAccountsPage *self)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  /* Enter in any field adds, as the Add button does */
  g_signal_connect_object (row, "entry-activated", G_CALLBACK (add_account), self, G_CONNECT_SWAPPED);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

static void
add_clicked_cb (BylineAccountsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *help = gtk_label_new (NULL);
  GtkWidget *error = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);
  GtkWidget *spinner = gtk_spinner_new ();

  if (self->add_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->add_dialog));
      return;
    }

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Add a WordPress Account"),
                                   _("Byline checks the user name and application password with the site before "
                                     "it keeps them."));
  self->add_dialog = ADW_MESSAGE_DIALOG (dialog);
  self->add_cancellable = g_cancellable_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  g_object_set_data (G_OBJECT (dialog), "url", entry_row (list, adw_entry_row_new (), _("Site Address"), self));
  g_object_set_data (G_OBJECT (dialog), "user", entry_row (list, adw_entry_row_new (), _("User Name"), self));
  g_object_set_data (G_OBJECT (dialog), "password",
                     entry_row (list, adw_password_entry_row_new (), _("Application Password"), self));
  gtk_label_set_wrap (GTK_LABEL (error), TRUE);
  gtk_label_set_xalign (GTK_LABEL (error), 0);
  gtk_label_set_selectable (GTK_LABEL (error), TRUE);
  gtk_widget_add_css_class (error, "error");
  gtk_widget_set_visible (error, FALSE);
  g_object_set_data (G_OBJECT (dialog), "error", error);
  gtk_label_set_wrap (GTK_LABEL (detail), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (detail), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_selectable (GTK_LABEL (detail), TRUE);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_set_visible (detail, FALSE);
  g_object_set_data (G_OBJECT (dialog), "error-detail", detail);
  gtk_widget_set_visible (spinner, FALSE);
  g_object_set_data (G_OBJECT (dialog), "spinner", spinner);
  gtk_label_set_markup (GTK_LABEL (help),
                        _("Create an application password in WordPress under "
                          "<b>Users → Profile → Application Passwords</b>; it is not your login password. "
                          "<a href=\"https://wordpress.org/documentation/article/application-passwords/\">How "
                          "application passwords work</a>"));
  gtk_label_set_wrap (GTK_LABEL (help), TRUE);
  gtk_label_set_xalign (GTK_LABEL (help), 0);
  gtk_widget_add_css_class (help, "dim-label");
  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), error);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_box_append (GTK_BOX (box), spinner);
  gtk_box_append (GTK_BOX (box), help);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (dialog_response_cb), self, 0);
  g_signal_connect_object (dialog, "close-request", G_CALLBACK (dialog_close_request_cb), self, G_CONNECT_AFTER);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (dialog_destroy_cb), self, 0);
  byline_ui_name_mnemonic_buttons (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
store_opened_cb (GObject      *object,
                 GAsyncResult *res,
                 gpointer      user_data)
{
  g_autoptr(BylineAccountsPage) self = user_data;
  g_autoptr(BylineStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (!(store = byline_store_new_finish (res, &error)))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, error->message);
      return;
    }
  if (self->store == NULL)
    byline_accounts_page_set_store (self, store);
}

static void
byline_accounts_page_map (GtkWidget *widget)
{
  BylineAccountsPage *self = BYLINE_ACCOUNTS_PAGE (widget);

  GTK_WIDGET_CLASS (byline_accounts_page_parent_class)->map (widget);
  if (self->store == NULL)
    {
      g_autofree char *path = byline_paths_resolve_db (NULL);

      byline_store_new_async (path, self->cancellable, store_opened_cb, g_object_ref (self));
    }
}

static void
byline_accounts_page_dispose (GObject *object)
{
  BylineAccountsPage *self = (BylineAccountsPage *) object;

  g_cancellable_cancel (self->cancellable);
  if (self->add_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->add_dialog));
  g_clear_object (&self->store);
  G_OBJECT_CLASS (byline_accounts_page_parent_class)->dispose (object);
}

static void
byline_accounts_page_finalize (GObject *object)
{
  BylineAccountsPage *self = (BylineAccountsPage *) object;

  g_clear_object (&self->cancellable);
  g_ptr_array_unref (self->rows);
  G_OBJECT_CLASS (byline_accounts_page_parent_class)->finalize (object);
}

static void
byline_accounts_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  BylineAccountsPage *self = BYLINE_ACCOUNTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_accounts_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  BylineAccountsPage *self = BYLINE_ACCOUNTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      byline_accounts_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_accounts_page_class_init (BylineAccountsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  byline_ui_ensure_resources ();

  object_class->dispose = byline_accounts_page_dispose;
  object_class->finalize = byline_accounts_page_finalize;
  object_class->get_property = byline_accounts_page_get_property;
  object_class->set_property = byline_accounts_page_set_property;
  widget_class->map = byline_accounts_page_map;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, BYLINE_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/byline-accounts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BylineAccountsPage, accounts_group);
  gtk_widget_class_bind_template_child (widget_class, BylineAccountsPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, BylineAccountsPage, empty_row);
}

static void
byline_accounts_page_init (BylineAccountsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->rows = g_ptr_array_new ();
  g_signal_connect_object (self->add_button, "clicked", G_CALLBACK (add_clicked_cb), self, G_CONNECT_SWAPPED);
}

BylineAccountsPage *
byline_accounts_page_new (BylineStore *store)
{
  return g_object_new (BYLINE_TYPE_ACCOUNTS_PAGE, "store", store, NULL);
}

BylineStore *
byline_accounts_page_get_store (BylineAccountsPage *self)
{
  g_return_val_if_fail (BYLINE_IS_ACCOUNTS_PAGE (self), NULL);
  return self->store;
}

void
byline_accounts_page_set_store (BylineAccountsPage *self,
                                BylineStore        *store)
{
  g_return_if_fail (BYLINE_IS_ACCOUNTS_PAGE (self));

  if (g_set_object (&self->store, store))
    {
      refresh (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
    }
}

guint
byline_accounts_page_get_n_accounts (BylineAccountsPage *self)
{
  g_return_val_if_fail (BYLINE_IS_ACCOUNTS_PAGE (self), 0);
  return self->rows->len;
}

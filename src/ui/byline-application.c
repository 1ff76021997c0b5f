/* byline-application.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-application"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-application.h"
#include "byline-preferences-window.h"
#include "byline-search-provider.h"
#include "byline-ui.h"
#include "byline-window.h"

struct _BylineApplication
{
  AdwApplication        parent_instance;

  GSettings            *settings;
  BylineContext        *context;
  GError               *open_error;
  GCancellable         *cancellable;
  BylineSearchProvider *search_provider;
  guint                 opening : 1;
  guint                 activate_pending : 1;
  guint                 new_article_pending : 1;
};

G_DEFINE_FINAL_TYPE (BylineApplication, byline_application, ADW_TYPE_APPLICATION)

static void
byline_application_about_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  static const char *developers[] = { "The Byline developers", NULL };
  BylineApplication *self = user_data;
  GtkWindow *window;

  g_assert (BYLINE_IS_APPLICATION (self));

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  adw_show_about_window (window,
                         "application-name", _("Byline"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Byline developers"),
                         "version", PACKAGE_VERSION,
                         "comments", _("Write, edit and publish news stories, and moderate reader comments"),
                         "developers", developers,
                         "copyright", "© 2026 The Byline developers",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         /* Translators: replace with your names, one per line */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
byline_application_quit_action (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  BylineApplication *self = user_data;
  GList *windows;

  g_assert (BYLINE_IS_APPLICATION (self));

  /* Close windows one by one so that each saves its state and its work. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (const GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_list_free (windows);
}

/* The window, or %NULL while the store is still opening (the window
 * comes when it is) */
static GtkWidget *
present_window (BylineApplication *self)
{
  g_application_activate (G_APPLICATION (self));
  return GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (self)));
}

static void
byline_application_new_article_action (GSimpleAction *action,
                                       GVariant      *parameter,
                                       gpointer       user_data)
{
  BylineApplication *self = user_data;
  GtkWidget *window;

  g_assert (BYLINE_IS_APPLICATION (self));

  /* The desktop file's "New Article" action arrives here over D-Bus. */
  window = present_window (self);
  if (window != NULL && BYLINE_IS_WINDOW (window))
    gtk_widget_activate_action (window, "win.new-article", NULL);
  else
    self->new_article_pending = TRUE;
}

static void
byline_application_preferences_action (GSimpleAction *action,
                                      GVariant      *parameter,
                                      gpointer       user_data)
{
  BylineApplication *self = user_data;
  BylinePreferencesWindow *preferences;

  g_assert (BYLINE_IS_APPLICATION (self));

  preferences = byline_preferences_window_new (gtk_application_get_active_window (GTK_APPLICATION (self)));
  gtk_window_present (GTK_WINDOW (preferences));
}

/* The desktop file's "Comment Queue" action: the queue when the window
 * has one (shown, not toggled), else just the window */
static void
byline_application_comment_queue_action (GSimpleAction *action,
                                         GVariant      *parameter,
                                         gpointer       user_data)
{
  BylineApplication *self = user_data;
  GtkWidget *window = present_window (self);

  if (window != NULL && BYLINE_IS_WINDOW (window))
    byline_window_set_comments_visible (BYLINE_WINDOW (window), TRUE);
  else
    g_debug ("No comment queue in this window");
}

/* Opens a stored article by id (the search provider's results) */
static void
byline_application_open_article_action (GSimpleAction *action,
                                        GVariant      *parameter,
                                        gpointer       user_data)
{
  BylineApplication *self = user_data;
  BylineStore *store = byline_application_get_store (self);
  g_autoptr(BylineArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window = present_window (self);

  if (store == NULL || !BYLINE_IS_WINDOW (window))
    return;

  article = byline_store_load_article (store, g_variant_get_int64 (parameter), NULL, &error);
  if (article == NULL)
    {
      g_warning ("Cannot open article %" G_GINT64_FORMAT ": %s", g_variant_get_int64 (parameter),
                 error->message);
      return;
    }
  byline_window_set_article (BYLINE_WINDOW (window), article);
}

/* Shows the drafts sidebar searching for the text (the overview's "search
 * in the app") */
static void
byline_application_search_drafts_action (GSimpleAction *action,
                                         GVariant      *parameter,
                                         gpointer       user_data)
{
  BylineApplication *self = user_data;
  GtkWidget *window = present_window (self);

  if (BYLINE_IS_WINDOW (window))
    byline_window_search_drafts (BYLINE_WINDOW (window), g_variant_get_string (parameter, NULL));
}

static const GActionEntry app_actions[] = {
  { "about", byline_application_about_action },
  { "comment-queue", byline_application_comment_queue_action },
  { "new-article", byline_application_new_article_action },
  { "open-article", byline_application_open_article_action, "x" },
  { "search-drafts", byline_application_search_drafts_action, "s" },
  { "preferences", byline_application_preferences_action },
  { "quit", byline_application_quit_action },
};

/* The store could not be opened: say why and where, instead of a window
 * that cannot save */
static GtkWindow *
error_window_new (BylineApplication *self)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (self));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_status_page_new ();

  gtk_window_set_title (GTK_WINDOW (window), _("Byline"));
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 480);
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "dialog-error-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (page), _("Could Not Open Your Drafts"));
  adw_status_page_set_description (ADW_STATUS_PAGE (page), self->open_error->message);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), page);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);

  return GTK_WINDOW (window);
}

static void
show_window (BylineApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL && self->context != NULL)
    window = GTK_WINDOW (byline_window_new (self));
  else if (window == NULL)
    window = error_window_new (self);

  gtk_window_present (window);

  if (self->new_article_pending && BYLINE_IS_WINDOW (window))
    gtk_widget_activate_action (GTK_WIDGET (window), "win.new-article", NULL);
  self->new_article_pending = FALSE;
}

static void
context_opened_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(BylineApplication) self = user_data;

  self->opening = FALSE;
  self->context = byline_context_new_finish (result, &self->open_error);
  if (self->context == NULL)
    g_warning ("Could not open the drafts store: %s", self->open_error->message);

  if (self->activate_pending)
    show_window (self);
  self->activate_pending = FALSE;
  g_application_release (G_APPLICATION (self));
}

static void
byline_application_activate (GApplication *app)
{
  BylineApplication *self = BYLINE_APPLICATION (app);

  /* The store opens off the main thread; the window comes when it is */
  if (self->opening)
    self->activate_pending = TRUE;
  else
    show_window (self);
}

static void
byline_application_startup (GApplication *app)
{
  BylineApplication *self = BYLINE_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (byline_application_parent_class)->startup (app);

  /* Started by D-Bus activation (GNOME Shell's search, a desktop action):
   * stay a while between calls instead of exiting after each */
  if (g_application_get_flags (app) & G_APPLICATION_IS_SERVICE)
    g_application_set_inactivity_timeout (app, 20000);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);

  /* Opening (and migrating) the drafts store runs on its worker thread */
  self->opening = TRUE;
  self->cancellable = g_cancellable_new ();
  g_application_hold (app);
  byline_context_new_async (NULL, self->cancellable, context_opened_cb, g_object_ref (self));
}

static int
byline_application_handle_local_options (GApplication *app,
                                         GVariantDict *options)
{
  static const char * const option_actions[] = { "new-article", "comment-queue" };

  for (guint i = 0; i < G_N_ELEMENTS (option_actions); i++)
    {
      g_autoptr(GError) error = NULL;

      if (!g_variant_dict_contains (options, option_actions[i]))
        continue;

      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("byline: %s\n", error->message);
          return 1;
        }
      g_action_group_activate_action (G_ACTION_GROUP (app), option_actions[i], NULL);
      return 0;
    }

  return -1;
}

static BylineStore *
provider_store_cb (gpointer user_data)
{
  return byline_application_get_store (BYLINE_APPLICATION (user_data));
}

static gboolean
byline_application_dbus_register (GApplication     *app,
                                  GDBusConnection  *connection,
                                  const char       *object_path,
                                  GError          **error)
{
  BylineApplication *self = BYLINE_APPLICATION (app);
  g_autofree char *path = g_strconcat (object_path, "/SearchProvider", NULL);

  if (!G_APPLICATION_CLASS (byline_application_parent_class)->dbus_register (app, connection,
                                                                             object_path, error))
    return FALSE;

  self->search_provider = byline_search_provider_new (app, provider_store_cb, self);
  return byline_search_provider_export (self->search_provider, connection, path, error);
}

static void
byline_application_dbus_unregister (GApplication    *app,
                                    GDBusConnection *connection,
                                    const char      *object_path)
{
  BylineApplication *self = BYLINE_APPLICATION (app);

  if (self->search_provider != NULL)
    byline_search_provider_unexport (self->search_provider);
  g_clear_object (&self->search_provider);

  G_APPLICATION_CLASS (byline_application_parent_class)->dbus_unregister (app, connection, object_path);
}

static void
byline_application_dispose (GObject *object)
{
  BylineApplication *self = (BylineApplication *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_object (&self->search_provider);
  g_clear_object (&self->context);
  g_clear_error (&self->open_error);

  G_OBJECT_CLASS (byline_application_parent_class)->dispose (object);
}

static void
byline_application_class_init (BylineApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  byline_ui_ensure_resources ();

  object_class->dispose = byline_application_dispose;

  app_class->activate = byline_application_activate;
  app_class->startup = byline_application_startup;
  app_class->handle_local_options = byline_application_handle_local_options;
  app_class->dbus_register = byline_application_dbus_register;
  app_class->dbus_unregister = byline_application_dbus_unregister;
}

static const GOptionEntry main_entries[] = {
  { "new-article", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Start a new article"), NULL },
  { "comment-queue", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Open the comment queue"), NULL },
  { NULL }
};

static void
byline_application_init (BylineApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);

  self->settings = g_settings_new (APP_ID);
}

BylineApplication *
byline_application_new (void)
{
  return g_object_new (BYLINE_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", APP_PATH,
                       NULL);
}

/**
 * byline_application_get_settings:
 *
 * Returns: (transfer none): the application's #GSettings
 */
GSettings *
byline_application_get_settings (BylineApplication *self)
{
  g_return_val_if_fail (BYLINE_IS_APPLICATION (self), NULL);

  return self->settings;
}

/**
 * byline_application_get_context:
 *
 * Returns: (transfer none) (nullable): the context (the drafts store),
 *   %NULL until it is open or when it could not be opened
 */
BylineContext *
byline_application_get_context (BylineApplication *self)
{
  g_return_val_if_fail (BYLINE_IS_APPLICATION (self), NULL);

  return self->context;
}

/**
 * byline_application_get_store:
 *
 * The drafts store (`--db`, `$BYLINE_DB` or the default path), opened
 * off the main thread at startup.
 *
 * Returns: (transfer none) (nullable): the store (waiting for it when it
 *   is still opening), or %NULL when it could not be opened (the reason
 *   is logged)
 */
BylineStore *
byline_application_get_store (BylineApplication *self)
{
  g_return_val_if_fail (BYLINE_IS_APPLICATION (self), NULL);

  /* A search from the Shell can arrive before the store is open */
  while (self->opening)
    g_main_context_iteration (NULL, TRUE);

  return self->context ? byline_context_get_store (self->context) : NULL;
}

/**
 * byline_application_run:
 *
 * Runs the graphical application, or explains why it cannot when there is
 * no display to open a window on.
 */
int
byline_application_run (int    argc,
                        char **argv)
{
  g_autoptr(BylineApplication) app = NULL;

  if (!gtk_init_check ())
    {
      g_printerr ("byline: %s\n",
                  _("Cannot open a display. Byline’s window needs a graphical session; "
                    "for the command line, run “byline help”."));
      return 1;
    }

  g_set_application_name (_("Byline"));
  gtk_window_set_default_icon_name (APP_ID);

  app = byline_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}

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
#include "byline-ui.h"
#include "byline-window.h"

struct _BylineApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
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

static void
byline_application_new_article_action (GSimpleAction *action,
                                       GVariant      *parameter,
                                       gpointer       user_data)
{
  BylineApplication *self = user_data;
  GtkWindow *window;

  g_assert (BYLINE_IS_APPLICATION (self));

  /* The desktop file's "New Article" action arrives here over D-Bus. */
  g_application_activate (G_APPLICATION (self));
  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-article", NULL);
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

static const GActionEntry app_actions[] = {
  { "about", byline_application_about_action },
  { "new-article", byline_application_new_article_action },
  { "preferences", byline_application_preferences_action },
  { "quit", byline_application_quit_action },
};

static void
byline_application_activate (GApplication *app)
{
  BylineApplication *self = BYLINE_APPLICATION (app);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window == NULL)
    window = GTK_WINDOW (byline_window_new (self));

  gtk_window_present (window);
}

static void
byline_application_startup (GApplication *app)
{
  BylineApplication *self = BYLINE_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (byline_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);
}

static int
byline_application_handle_local_options (GApplication *app,
                                         GVariantDict *options)
{
  if (g_variant_dict_contains (options, "new-article"))
    {
      g_autoptr(GError) error = NULL;

      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("byline: %s\n", error->message);
          return 1;
        }
      g_action_group_activate_action (G_ACTION_GROUP (app), "new-article", NULL);
      return 0;
    }

  return -1;
}

static void
byline_application_dispose (GObject *object)
{
  BylineApplication *self = (BylineApplication *)object;

  g_clear_object (&self->settings);

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
}

static const GOptionEntry main_entries[] = {
  { "new-article", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Start a new article"), NULL },
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

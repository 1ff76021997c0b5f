/* byline-window.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-window"

#include "config.h"

#include <glib/gi18n.h>
#include <gtksourceview/gtksource.h>

#include "byline-ui.h"
#include "byline-window.h"

struct _BylineWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  GtkStack             *main_stack;
  AdwToastOverlay      *toast_overlay;
};

G_DEFINE_FINAL_TYPE (BylineWindow, byline_window, ADW_TYPE_APPLICATION_WINDOW)

static void
byline_window_save_state (BylineWindow *self)
{
  int width, height;

  g_assert (BYLINE_IS_WINDOW (self));

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  g_settings_set (self->settings, "window-size", "(ii)", width, height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static void
byline_window_restore_state (BylineWindow *self)
{
  int width, height;

  g_assert (BYLINE_IS_WINDOW (self));

  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
byline_window_new_article_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->main_stack, "editor");
}

static gboolean
byline_window_close_request (GtkWindow *window)
{
  BylineWindow *self = BYLINE_WINDOW (window);

  byline_window_save_state (self);

  return GTK_WINDOW_CLASS (byline_window_parent_class)->close_request (window);
}

static void
byline_window_dispose (GObject *object)
{
  BylineWindow *self = (BylineWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BYLINE_TYPE_WINDOW);

  G_OBJECT_CLASS (byline_window_parent_class)->dispose (object);
}

static void
byline_window_finalize (GObject *object)
{
  BylineWindow *self = (BylineWindow *)object;

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (byline_window_parent_class)->finalize (object);
}

static void
byline_window_class_init (BylineWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  byline_ui_ensure_resources ();
  g_type_ensure (GTK_SOURCE_TYPE_VIEW);

  object_class->dispose = byline_window_dispose;
  object_class->finalize = byline_window_finalize;

  window_class->close_request = byline_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/byline-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, BylineWindow, toast_overlay);

  gtk_widget_class_install_action (widget_class, "win.new-article", NULL,
                                   byline_window_new_article_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new-article", NULL);
}

static void
byline_window_init (BylineWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  byline_window_restore_state (self);
}

BylineWindow *
byline_window_new (BylineApplication *application)
{
  return g_object_new (BYLINE_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

/**
 * byline_window_get_visible_view:
 *
 * Returns: the name of the view shown in the window's main area: `empty`,
 *   `editor`, …
 */
const char *
byline_window_get_visible_view (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->main_stack);
}

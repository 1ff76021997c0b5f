/* byline-preferences-window.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-accounts-page.h"
#include "byline-preferences-window.h"
#include "byline-ui.h"
#include "byline-window.h"

struct _BylinePreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  BylineAccountsPage   *accounts_page;

  /* Template widgets */
  GtkSwitch            *system_font_switch;
  AdwActionRow         *font_row;
  GtkFontButton        *font_button;
  GtkSwitch            *spell_switch;
  GtkSpinButton        *autosave_spin;
  GtkSpinButton        *headline_spin;
  GtkSpinButton        *excerpt_spin;
};

G_DEFINE_FINAL_TYPE (BylinePreferencesWindow, byline_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
byline_preferences_window_finalize (GObject *object)
{
  BylinePreferencesWindow *self = (BylinePreferencesWindow *)object;

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (byline_preferences_window_parent_class)->finalize (object);
}

static void
byline_preferences_window_class_init (BylinePreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  byline_ui_ensure_resources ();

  object_class->finalize = byline_preferences_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/byline-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BylinePreferencesWindow, system_font_switch);
  gtk_widget_class_bind_template_child (widget_class, BylinePreferencesWindow, font_row);
  gtk_widget_class_bind_template_child (widget_class, BylinePreferencesWindow, font_button);
  gtk_widget_class_bind_template_child (widget_class, BylinePreferencesWindow, spell_switch);
  gtk_widget_class_bind_template_child (widget_class, BylinePreferencesWindow, autosave_spin);
  gtk_widget_class_bind_template_child (widget_class, BylinePreferencesWindow, headline_spin);
  gtk_widget_class_bind_template_child (widget_class, BylinePreferencesWindow, excerpt_spin);
}

static void
byline_preferences_window_init (BylinePreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->accounts_page = byline_accounts_page_new (NULL);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (self->accounts_page));

  /* Every control writes straight to GSettings; the editor listens there */
  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "use-system-font", self->system_font_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "use-system-font", self->font_row, "sensitive",
                   G_SETTINGS_BIND_GET | G_SETTINGS_BIND_INVERT_BOOLEAN);
  g_settings_bind (self->settings, "editor-font", self->font_button, "font", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "spell-checking", self->spell_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "autosave-interval", self->autosave_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "headline-limit", self->headline_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "excerpt-limit", self->excerpt_spin, "value", G_SETTINGS_BIND_DEFAULT);
}

BylinePreferencesWindow *
byline_preferences_window_new (GtkWindow *parent)
{
  BylinePreferencesWindow *self;
  BylineStore *store = NULL;

  /* The Accounts page works on the window's own store */
  if (BYLINE_IS_WINDOW (parent) && byline_window_get_context (BYLINE_WINDOW (parent)) != NULL)
    store = byline_context_get_store (byline_window_get_context (BYLINE_WINDOW (parent)));

  self = g_object_new (BYLINE_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
  if (store != NULL)
    byline_accounts_page_set_store (self->accounts_page, store);

  return self;
}

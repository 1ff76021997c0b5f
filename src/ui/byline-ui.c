/* byline-ui.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-ui"

#include "config.h"

#include <gtk/gtk.h>

#include "byline-resources.h"
#include "byline-text-display.h"
#include "byline-ui.h"

/**
 * byline_ui_ensure_resources:
 *
 * Registers the UI's GResource once. The resource lives in a static library,
 * where an automatic constructor would be dropped by the linker, so every
 * templated class calls this from its class_init.
 */
void
byline_ui_ensure_resources (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      GdkDisplay *display;

      byline_ui_register_resource ();

      /* GtkApplication adds its resource path to the icon theme; widgets
       * built without one (tests, previews) need it too. */
      display = gdk_display_get_default ();
      if (display != NULL)
        gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (display),
                                          APP_PATH "/icons");

      /* AdwApplication loads style.css from the resource base path; a
       * widget built without the application needs it loaded here. */
      if (display != NULL && g_application_get_default () == NULL)
        {
          g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

          gtk_css_provider_load_from_resource (provider, APP_PATH "/style.css");
          gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                                      GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
        }
      g_once_init_leave (&registered, 1);
    }
}

/**
 * byline_ui_label_set_user_text:
 * @label: a label showing what someone wrote (a reader's comment, a name)
 * @text: the text
 *
 * Sets @text and lines it up on the side its own direction starts from:
 * an Arabic comment in an English window reads from the right edge (it sat
 * at the left, its full stop first), an English one in a Persian window
 * from the left.
 */
void
byline_ui_label_set_user_text (GtkLabel   *label,
                               const char *text)
{
  BylineTextDirection direction;
  gboolean rtl_window = gtk_widget_get_direction (GTK_WIDGET (label)) == GTK_TEXT_DIR_RTL;
  gboolean other_side = byline_text_first_strong_direction (text, &direction) &&
                        rtl_window != (direction == BYLINE_TEXT_DIRECTION_RTL);

  gtk_label_set_text (label, text);
  /* (GtkLabel flips xalign in a right-to-left window) */
  gtk_label_set_xalign (label, other_side ? 1.0f : 0.0f);
}

/**
 * byline_ui_set_button_label:
 * @label: a label with a mnemonic underscore (`_Publish`)
 *
 * Sets @button's mnemonic label and an accessible name without the
 * underscore: GTK 4.8 names such a button "_Publish Publish" to a screen
 * reader.
 */
void
byline_ui_set_button_label (GtkButton  *button,
                            const char *label)
{
  g_autoptr(GString) name = g_string_new (label);
  g_autofree char *copy = g_strdup (label);   /* @label may be the button's own */

  g_return_if_fail (GTK_IS_BUTTON (button));

  gtk_button_set_label (button, copy);
  gtk_button_set_use_underline (button, TRUE);
  g_string_replace (name, "__", "\x01", 0);
  g_string_replace (name, "_", "", 0);
  g_string_replace (name, "\x01", "_", 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name->str, -1);
}

/**
 * byline_ui_name_mnemonic_buttons:
 *
 * Gives every button under @root that shows a mnemonic label an accessible
 * name without the underscore, as byline_ui_set_button_label() does: for
 * the response buttons libadwaita builds in an AdwMessageDialog.
 */
void
byline_ui_name_mnemonic_buttons (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) && gtk_button_get_use_underline (GTK_BUTTON (child)) &&
          gtk_button_get_label (GTK_BUTTON (child)) != NULL)
        byline_ui_set_button_label (GTK_BUTTON (child), gtk_button_get_label (GTK_BUTTON (child)));
      byline_ui_name_mnemonic_buttons (child);
    }
}

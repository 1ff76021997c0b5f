/* byline-ui.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void byline_ui_ensure_resources      (void);
void byline_ui_label_set_user_text   (GtkLabel   *label,
                                      const char *text);
void byline_ui_set_button_label      (GtkButton  *button,
                                      const char *label);
void byline_ui_name_mnemonic_buttons (GtkWidget  *root);

G_END_DECLS

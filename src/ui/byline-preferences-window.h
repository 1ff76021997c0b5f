/* byline-preferences-window.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BYLINE_TYPE_PREFERENCES_WINDOW (byline_preferences_window_get_type())

G_DECLARE_FINAL_TYPE (BylinePreferencesWindow, byline_preferences_window, BYLINE, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

BylinePreferencesWindow *byline_preferences_window_new (GtkWindow *parent);

G_END_DECLS

/* byline-history-window.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "byline-window.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_HISTORY_WINDOW (byline_history_window_get_type())

G_DECLARE_FINAL_TYPE (BylineHistoryWindow, byline_history_window, BYLINE, HISTORY_WINDOW, AdwWindow)

BylineHistoryWindow *byline_history_window_new           (BylineWindow        *window);
guint                byline_history_window_get_n_revisions (BylineHistoryWindow *self);
void                 byline_history_window_select        (BylineHistoryWindow *self,
                                                          guint                index);
GtkTextView         *byline_history_window_get_diff_view (BylineHistoryWindow *self);
gboolean             byline_history_window_restore       (BylineHistoryWindow *self,
                                                          GError             **error);

G_END_DECLS

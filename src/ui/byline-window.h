/* byline-window.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "byline-application.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_WINDOW (byline_window_get_type())

G_DECLARE_FINAL_TYPE (BylineWindow, byline_window, BYLINE, WINDOW, AdwApplicationWindow)

BylineWindow *byline_window_new               (BylineApplication *application);
const char   *byline_window_get_visible_view  (BylineWindow      *self);

G_END_DECLS

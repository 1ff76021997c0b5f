/* byline-conflict-window.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "byline-core.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_CONFLICT_WINDOW (byline_conflict_window_get_type())

G_DECLARE_FINAL_TYPE (BylineConflictWindow, byline_conflict_window, BYLINE, CONFLICT_WINDOW, AdwWindow)

BylineConflictWindow *byline_conflict_window_new (GtkWindow       *parent,
                                                  BylinePublisher *publisher,
                                                  BylineArticle   *article,
                                                  const char      *account,
                                                  const char      *status);

G_END_DECLS

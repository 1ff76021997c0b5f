/* byline-preview-window.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <webkit/webkit.h>

#include "byline-article.h"
#include "byline-markdown.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_PREVIEW_WINDOW (byline_preview_window_get_type())

G_DECLARE_FINAL_TYPE (BylinePreviewWindow, byline_preview_window, BYLINE, PREVIEW_WINDOW, AdwWindow)

BylinePreviewWindow *byline_preview_window_new          (GtkWindow            *parent,
                                                         BylineArticle        *article,
                                                         BylineUrlRewriteFunc  image_func,
                                                         gpointer              user_data);
const char          *byline_preview_window_get_html     (BylinePreviewWindow  *self);
WebKitWebView       *byline_preview_window_get_web_view (BylinePreviewWindow  *self);
WebKitSettings      *byline_preview_settings_new        (void);
gboolean             byline_preview_allows_uri          (const char           *uri);

G_END_DECLS

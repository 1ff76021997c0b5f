/* byline-window.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "byline-application.h"
#include "byline-article.h"
#include "byline-editor.h"
#include "byline-metadata-panel.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_WINDOW (byline_window_get_type())

G_DECLARE_FINAL_TYPE (BylineWindow, byline_window, BYLINE, WINDOW, AdwApplicationWindow)

BylineWindow        *byline_window_new                  (BylineApplication *application);
const char          *byline_window_get_visible_view     (BylineWindow      *self);
BylineArticle       *byline_window_get_article          (BylineWindow      *self);
void                 byline_window_set_article          (BylineWindow      *self,
                                                         BylineArticle     *article);
BylineEditor        *byline_window_get_editor           (BylineWindow      *self);
BylineMetadataPanel *byline_window_get_metadata_panel   (BylineWindow      *self);
gboolean             byline_window_get_metadata_visible (BylineWindow      *self);
void                 byline_window_set_metadata_visible (BylineWindow      *self,
                                                         gboolean           visible);
gboolean             byline_window_get_sidebar_visible  (BylineWindow      *self);
void                 byline_window_set_sidebar_visible  (BylineWindow      *self,
                                                         gboolean           visible);
void                 byline_window_search_drafts        (BylineWindow      *self,
                                                         const char        *text);

G_END_DECLS

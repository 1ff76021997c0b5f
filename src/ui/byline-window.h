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
#include "byline-context.h"
#include "byline-drafts-sidebar.h"
#include "byline-editor.h"
#include "byline-export.h"
#include "byline-metadata-panel.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_WINDOW (byline_window_get_type())

G_DECLARE_FINAL_TYPE (BylineWindow, byline_window, BYLINE, WINDOW, AdwApplicationWindow)

BylineWindow        *byline_window_new                  (BylineApplication *application);
BylineWindow        *byline_window_new_for_context      (BylineApplication *application,
                                                         BylineContext     *context);
BylineContext       *byline_window_get_context          (BylineWindow      *self);
BylineDraftsSidebar *byline_window_get_drafts_sidebar   (BylineWindow      *self);
void                 byline_window_add_header_widget    (BylineWindow      *self,
                                                         GtkWidget         *widget);
void                 byline_window_add_toast            (BylineWindow      *self,
                                                         AdwToast          *toast);
gboolean             byline_window_restore_revision     (BylineWindow      *self,
                                                         gint64             revision_id,
                                                         GError           **error);
gboolean             byline_window_import_text          (BylineWindow      *self,
                                                         const char        *text,
                                                         GError           **error);
gboolean             byline_window_export_to_file       (BylineWindow      *self,
                                                         BylineExportFormat format,
                                                         GFile             *file,
                                                         GError           **error);
gboolean             byline_window_insert_image_file    (BylineWindow      *self,
                                                         GFile             *file,
                                                         GError           **error);
const char          *byline_window_get_visible_view     (BylineWindow      *self);
BylineArticle       *byline_window_get_article          (BylineWindow      *self);
void                 byline_window_set_article          (BylineWindow      *self,
                                                         BylineArticle     *article);
BylineEditor        *byline_window_get_editor           (BylineWindow      *self);
BylineMetadataPanel *byline_window_get_metadata_panel   (BylineWindow      *self);
gboolean             byline_window_get_metadata_visible (BylineWindow      *self);
void                 byline_window_set_metadata_visible (BylineWindow      *self,
                                                         gboolean           visible);
gboolean             byline_window_get_comments_visible (BylineWindow      *self);
void                 byline_window_set_comments_visible (BylineWindow      *self,
                                                         gboolean           visible);
gboolean             byline_window_get_sidebar_visible  (BylineWindow      *self);
void                 byline_window_set_sidebar_visible  (BylineWindow      *self,
                                                         gboolean           visible);
void                 byline_window_search_drafts        (BylineWindow      *self,
                                                         const char        *text);

G_END_DECLS

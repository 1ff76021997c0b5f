/* byline-drafts-sidebar.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "byline-context.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_DRAFTS_SIDEBAR (byline_drafts_sidebar_get_type())

G_DECLARE_FINAL_TYPE (BylineDraftsSidebar, byline_drafts_sidebar, BYLINE, DRAFTS_SIDEBAR, GtkWidget)

BylineContext  *byline_drafts_sidebar_get_context     (BylineDraftsSidebar *self);
void            byline_drafts_sidebar_set_context     (BylineDraftsSidebar *self,
                                                       BylineContext       *context);
void            byline_drafts_sidebar_set_sort        (BylineDraftsSidebar *self,
                                                       BylineArticleSort    sort);
GListModel     *byline_drafts_sidebar_get_model       (BylineDraftsSidebar *self);
GtkSelectionModel *byline_drafts_sidebar_get_selection (BylineDraftsSidebar *self);
gint64          byline_drafts_sidebar_get_selected_id (BylineDraftsSidebar *self);
void            byline_drafts_sidebar_select_id       (BylineDraftsSidebar *self,
                                                       gint64               id);
GtkEditable    *byline_drafts_sidebar_get_search_entry (BylineDraftsSidebar *self);
gboolean        byline_drafts_sidebar_get_searching   (BylineDraftsSidebar *self);
void            byline_drafts_sidebar_set_status_filter (BylineDraftsSidebar *self,
                                                         int                  status);
void            byline_drafts_sidebar_set_sections    (BylineDraftsSidebar *self,
                                                       const char * const  *names);
void            byline_drafts_sidebar_set_section_filter (BylineDraftsSidebar *self,
                                                          const char          *section);
void            byline_drafts_sidebar_focus_search    (BylineDraftsSidebar *self);

char           *byline_drafts_sidebar_snippet_markup  (const char          *snippet);
char           *byline_drafts_sidebar_format_time     (GDateTime           *time,
                                                       GDateTime           *now);

G_END_DECLS

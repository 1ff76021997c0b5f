/* byline-search-bar.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <gtksourceview/gtksource.h>

G_BEGIN_DECLS

#define BYLINE_TYPE_SEARCH_BAR (byline_search_bar_get_type())

G_DECLARE_FINAL_TYPE (BylineSearchBar, byline_search_bar, BYLINE, SEARCH_BAR, AdwBin)

BylineSearchBar         *byline_search_bar_new             (void);
void                     byline_search_bar_set_view        (BylineSearchBar *self,
                                                            GtkSourceView   *view);
GtkSourceSearchSettings *byline_search_bar_get_settings    (BylineSearchBar *self);
GtkSourceSearchContext  *byline_search_bar_get_context     (BylineSearchBar *self);
void                     byline_search_bar_open            (BylineSearchBar *self,
                                                            gboolean         replace);
void                     byline_search_bar_close           (BylineSearchBar *self);
gboolean                 byline_search_bar_get_open        (BylineSearchBar *self);
gboolean                 byline_search_bar_get_replace_mode (BylineSearchBar *self);
void                     byline_search_bar_set_search_text (BylineSearchBar *self,
                                                            const char      *text);
void                     byline_search_bar_set_replace_text (BylineSearchBar *self,
                                                            const char      *text);
gboolean                 byline_search_bar_next            (BylineSearchBar *self);
gboolean                 byline_search_bar_previous        (BylineSearchBar *self);
gboolean                 byline_search_bar_replace         (BylineSearchBar *self);
guint                    byline_search_bar_replace_all     (BylineSearchBar *self);
const char              *byline_search_bar_get_count_text  (BylineSearchBar *self);
void                     byline_search_bar_set_compact     (BylineSearchBar *self,
                                                            gboolean         compact);
int                      byline_search_bar_get_wide_width (BylineSearchBar *self);

G_END_DECLS

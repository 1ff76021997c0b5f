/* byline-metadata-panel.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "byline-article.h"
#include "byline-spell-checker.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_METADATA_PANEL (byline_metadata_panel_get_type())

G_DECLARE_FINAL_TYPE (BylineMetadataPanel, byline_metadata_panel, BYLINE, METADATA_PANEL, AdwBin)

BylineMetadataPanel *byline_metadata_panel_new                  (void);
BylineArticle       *byline_metadata_panel_get_article          (BylineMetadataPanel *self);
void                 byline_metadata_panel_set_article          (BylineMetadataPanel *self,
                                                                 BylineArticle       *article);
void                 byline_metadata_panel_set_spell_checker    (BylineMetadataPanel *self,
                                                                 BylineSpellChecker  *checker);
gboolean             byline_metadata_panel_get_slug_follows_headline (BylineMetadataPanel *self);
void                 byline_metadata_panel_add_tags             (BylineMetadataPanel *self,
                                                                 const char          *text);
void                 byline_metadata_panel_remove_tag           (BylineMetadataPanel *self,
                                                                 const char          *tag);
const char          *byline_metadata_panel_get_spelling_text    (BylineMetadataPanel *self);
gboolean             byline_metadata_panel_get_alt_text_missing (BylineMetadataPanel *self);
gboolean             byline_metadata_panel_set_date_time        (BylineMetadataPanel *self,
                                                                 int                  year,
                                                                 int                  month,
                                                                 int                  day,
                                                                 int                  hour,
                                                                 int                  minute,
                                                                 const char          *zone);
void                 byline_metadata_panel_set_image_file       (BylineMetadataPanel *self,
                                                                 GFile               *file);
void                 byline_metadata_panel_commit_pending       (BylineMetadataPanel *self);

void                 byline_metadata_panel_set_known_names      (BylineMetadataPanel *self,
                                                                 const char          *kind,
                                                                 const char * const  *names);
GtkEditable         *byline_metadata_panel_get_field            (BylineMetadataPanel *self,
                                                                 const char          *kind);

char                *byline_metadata_panel_dup_status_label     (BylineArticleStatus  status);

void                 byline_metadata_panel_set_categories       (BylineMetadataPanel *self,
                                                                 const char * const  *categories);
AdwComboRow         *byline_metadata_panel_get_section_combo    (BylineMetadataPanel *self);
void                 byline_metadata_panel_update_links         (BylineMetadataPanel *self);
GPtrArray           *byline_metadata_panel_get_link_rows        (BylineMetadataPanel *self);

G_END_DECLS

/* byline-metadata-panel-private.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-metadata-panel.h"

G_BEGIN_DECLS

struct _BylineMetadataPanel
{
  AdwBin              parent_instance;

  BylineArticle      *article;
  BylineSpellChecker *spell_checker;
  GSettings          *settings;
  GPtrArray          *bindings;
  char               *spelling_text;
  char              **categories;

  /* Template widgets */
  AdwComboRow        *status_row;
  GtkStringList      *status_model;
  AdwEntryRow        *slug_row;
  GtkButton          *slug_reset_button;
  AdwEntryRow        *section_row;
  AdwComboRow        *section_combo_row;
  AdwPreferencesGroup *links_group;
  GPtrArray          *link_rows;       /* AdwActionRow, owned by links_group */
  GtkStringList      *section_model;
  AdwEntryRow        *bylines_row;
  AdwEntryRow        *dateline_row;
  AdwActionRow       *date_row;
  GtkMenuButton      *date_button;
  GtkPopover         *date_popover;
  char               *date_shown;      /* the picker's values when it opened */
  gboolean            date_cancelled;  /* closed with Escape */
  GtkCalendar        *calendar;
  GtkSpinButton      *hour_spin;
  GtkSpinButton      *minute_spin;
  GtkEntry           *zone_entry;
  GtkButton          *date_now_button;
  GtkButton          *date_apply_button;
  AdwEntryRow        *tag_entry_row;
  GtkFlowBox         *tags_box;
  GtkTextView        *excerpt_view;
  GtkLevelBar        *excerpt_meter;
  GtkLabel           *excerpt_count_label;
  AdwComboRow        *language_row;
  GtkStringList      *language_model;
  AdwActionRow       *rtl_row;
  GtkSwitch          *rtl_switch;
  AdwActionRow       *spelling_row;
  GtkImage           *spelling_icon;
  AdwActionRow       *image_row;
  GtkPicture         *image_preview;
  GtkButton          *image_clear_button;
  GtkButton          *image_choose_button;
  AdwEntryRow        *alt_row;
  GtkImage           *alt_warning;
  AdwEntryRow        *caption_row;
  GtkTextView        *note_view;

  /* The featured image (byline-metadata-panel-image.c) */
  GCancellable       *image_cancellable;  /* a chosen picture being copied */
  GCancellable       *thumb_cancellable;  /* a thumbnail being made */
  char               *thumb_loading;      /* the picture thumb_cancellable is for */
  char               *thumb_path;
  GdkPaintable       *thumb;              /* of thumb_path (NULL: none) */

  /* Set while the panel writes to its own widgets from the article */
  guint               updating : 1;
  guint               slug_follows_headline : 1;
};

void _byline_metadata_panel_fields_init  (BylineMetadataPanel *self);
void _byline_metadata_panel_update_date  (BylineMetadataPanel *self);
void _byline_metadata_panel_update_tags  (BylineMetadataPanel *self);
void _byline_metadata_panel_commit_tag_entry (BylineMetadataPanel *self);
void _byline_metadata_panel_update_image (BylineMetadataPanel *self);
void _byline_metadata_panel_cancel_image (BylineMetadataPanel *self);
void _byline_metadata_panel_show_image  (BylineMetadataPanel *self,
                                         const char          *path);
char *_byline_metadata_panel_images_dir (void);
void _byline_metadata_panel_section_init   (BylineMetadataPanel *self);
void _byline_metadata_panel_update_section (BylineMetadataPanel *self);

G_END_DECLS

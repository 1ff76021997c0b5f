/* byline-editor.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <gtksourceview/gtksource.h>

#include "byline-article.h"
#include "byline-search-bar.h"
#include "byline-spell-checker.h"

G_BEGIN_DECLS

/**
 * BylineSaveState:
 * @BYLINE_SAVE_STATE_SAVED: everything is in the store
 * @BYLINE_SAVE_STATE_SAVING: a save is running
 * @BYLINE_SAVE_STATE_EDITED: there are changes not saved yet
 *
 * What the editor's quiet status label says. The editor sets `edited` when
 * the user types; whoever saves (autosave) sets `saving` and `saved`.
 */
typedef enum
{
  BYLINE_SAVE_STATE_SAVED,
  BYLINE_SAVE_STATE_SAVING,
  BYLINE_SAVE_STATE_EDITED,
} BylineSaveState;

#define BYLINE_READING_WORDS_PER_MINUTE 230

#define BYLINE_TYPE_EDITOR (byline_editor_get_type())

G_DECLARE_FINAL_TYPE (BylineEditor, byline_editor, BYLINE, EDITOR, AdwBin)

BylineEditor       *byline_editor_new                 (void);
BylineArticle      *byline_editor_get_article         (BylineEditor    *self);
void                byline_editor_set_article         (BylineEditor    *self,
                                                       BylineArticle   *article);
void                byline_editor_sync_to_article     (BylineEditor    *self);
GtkTextView        *byline_editor_get_headline_view   (BylineEditor    *self);
GtkTextView        *byline_editor_get_standfirst_view (BylineEditor    *self);
GtkSourceView      *byline_editor_get_body_view       (BylineEditor    *self);
BylineSearchBar    *byline_editor_get_search_bar      (BylineEditor    *self);
BylineSpellChecker *byline_editor_get_spell_checker   (BylineEditor    *self);
guint               byline_editor_get_word_count      (BylineEditor    *self);
guint               byline_editor_get_char_count      (BylineEditor    *self);
guint               byline_editor_get_reading_minutes (BylineEditor    *self);
const char         *byline_editor_get_stats_text      (BylineEditor    *self);
BylineSaveState     byline_editor_get_save_state      (BylineEditor    *self);
void                byline_editor_set_save_state      (BylineEditor    *self,
                                                       BylineSaveState  state);
const char         *byline_editor_get_save_state_text (BylineEditor    *self);
char               *byline_editor_dup_font            (BylineEditor    *self);
double              byline_editor_get_headline_fraction (BylineEditor  *self);
void                byline_editor_focus_body          (BylineEditor    *self);
void                byline_editor_insert_markdown     (BylineEditor    *self,
                                                       const char      *markdown);

G_END_DECLS

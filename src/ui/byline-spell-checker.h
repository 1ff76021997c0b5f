/* byline-spell-checker.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BYLINE_TYPE_SPELL_CHECKER (byline_spell_checker_get_type())

G_DECLARE_FINAL_TYPE (BylineSpellChecker, byline_spell_checker, BYLINE, SPELL_CHECKER, GObject)

BylineSpellChecker *byline_spell_checker_new              (void);
const char         *byline_spell_checker_get_language     (BylineSpellChecker *self);
void                byline_spell_checker_set_language     (BylineSpellChecker *self,
                                                           const char         *language);
gboolean            byline_spell_checker_get_available    (BylineSpellChecker *self);
const char         *byline_spell_checker_get_dictionary   (BylineSpellChecker *self);
gboolean            byline_spell_checker_get_enabled      (BylineSpellChecker *self);
void                byline_spell_checker_set_enabled      (BylineSpellChecker *self,
                                                           gboolean            enabled);
gboolean            byline_spell_checker_get_active       (BylineSpellChecker *self);
gboolean            byline_spell_checker_check_word       (BylineSpellChecker *self,
                                                           const char         *word);
char              **byline_spell_checker_get_suggestions  (BylineSpellChecker *self,
                                                           const char         *word);
void                byline_spell_checker_add_word         (BylineSpellChecker *self,
                                                           const char         *word);
void                byline_spell_checker_ignore_word      (BylineSpellChecker *self,
                                                           const char         *word);
void                byline_spell_checker_attach           (BylineSpellChecker *self,
                                                           GtkTextView        *view);
gboolean            byline_spell_checker_is_busy          (BylineSpellChecker *self);
void                byline_spell_checker_skip_tag         (BylineSpellChecker *self,
                                                           GtkTextView        *view,
                                                           GtkTextTag         *tag);
void                byline_spell_checker_snapshot_underlines (GtkTextView *view,
                                                              GtkSnapshot *snapshot);
void                byline_spell_checker_css_changed      (GtkTextView        *view);
gboolean            byline_spell_checker_is_misspelled_at (BylineSpellChecker *self,
                                                           const GtkTextIter  *iter);

void     byline_text_iter_extend_to_spaces (GtkTextIter *start,
                                            GtkTextIter *end);

G_END_DECLS

/* byline-spell-checker-private.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <enchant.h>
#include <gtksourceview/gtksource.h>

#include "byline-spell-checker.h"

G_BEGIN_DECLS

/* Where a text view finds what checks it, for drawing the squiggles */
#define BYLINE_SPELL_ATTACHED_KEY "byline-spell-checker-attached"

/* The squiggles' textures and places in one view (byline-spell-underlines.c) */
typedef struct _BylineSpellUnderlines BylineSpellUnderlines;

/* The misspelled words of a buffer, as marks (byline-spell-ranges.c) */
typedef struct _BylineSpellRanges BylineSpellRanges;

/* One text view being checked */
typedef struct
{
  BylineSpellChecker *checker;   /* weak */
  GtkTextView        *view;      /* weak */
  GtkTextBuffer      *buffer;
  BylineSpellRanges  *misspelled;
  GPtrArray          *skip_tags;   /* words in these are not checked: code, addresses */
  /* What waits to be checked. Not a tag: applying or removing a tag makes
   * the view lay the paragraph out again, twice per keystroke. */
  GtkSourceRegion    *unchecked;
  /* The word being typed is checked once the cursor leaves it */
  GtkTextMark        *deferred_start;
  GtkTextMark        *deferred_end;
  guint               user_action;
  guint               typing : 1;
  guint               has_deferred : 1;
  GtkTextMark        *word_start;
  GtkTextMark        *word_end;
  GMenu              *menu;
  char               *menu_word;
  int                 menu_offset;
  GtkEventController *click;
  BylineSpellUnderlines *underlines;
} Attached;

struct _BylineSpellChecker
{
  GObject        parent_instance;

  EnchantBroker *broker;
  EnchantDict   *dict;
  char          *language;
  char          *dictionary;
  GPtrArray     *attached;
  GHashTable    *verdicts;       /* word → 1 correct, 2 misspelled */
  guint          idle_source;
  guint          enabled : 1;
  guint          persian : 1;    /* the dictionary is Persian: its missing forms read too */
};

void _byline_spell_checker_attached_free (gpointer            data);
gboolean _byline_spell_checker_skipped   (Attached           *a,
                                          const GtkTextIter  *iter);
void _byline_spell_checker_queue_check   (BylineSpellChecker *self);
void _byline_spell_checker_recheck_all   (BylineSpellChecker *self);
void _byline_spell_checker_mark          (Attached           *a,
                                          const GtkTextIter  *start,
                                          const GtkTextIter  *end,
                                          gboolean            misspelled);

BylineSpellRanges *_byline_spell_ranges_new               (GtkTextBuffer     *buffer);
void               _byline_spell_ranges_free              (BylineSpellRanges *r);
void               _byline_spell_ranges_set               (BylineSpellRanges *r,
                                                           const GtkTextIter *start,
                                                           const GtkTextIter *end,
                                                           gboolean           on);
gboolean           _byline_spell_ranges_is_empty          (BylineSpellRanges *r);
guint              _byline_spell_ranges_index_after       (BylineSpellRanges *r,
                                                           const GtkTextIter *iter);
gboolean           _byline_spell_ranges_nth               (BylineSpellRanges *r,
                                                           guint              i,
                                                           GtkTextIter       *start,
                                                           GtkTextIter       *end);
gboolean           _byline_spell_ranges_next_run          (BylineSpellRanges *r,
                                                           guint             *i,
                                                           GtkTextIter       *start,
                                                           GtkTextIter       *end);
gboolean           _byline_spell_ranges_contains          (BylineSpellRanges *r,
                                                           const GtkTextIter *iter);
gboolean           _byline_spell_ranges_forward_to_toggle (BylineSpellRanges *r,
                                                           GtkTextIter       *iter);
gboolean           _byline_spell_ranges_within            (BylineSpellRanges *r,
                                                           const GtkTextIter *start,
                                                           const GtkTextIter *end);
gboolean           _byline_spell_ranges_covers            (BylineSpellRanges *r,
                                                           const GtkTextIter *start,
                                                           const GtkTextIter *end);

BylineSpellUnderlines *_byline_spell_underlines_new    (void);
void                   _byline_spell_underlines_free   (BylineSpellUnderlines *u);
void                   _byline_spell_underlines_forget (BylineSpellUnderlines *u,
                                                        const GtkTextIter     *start,
                                                        const GtkTextIter     *end);

G_END_DECLS

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

/* One text view being checked */
typedef struct
{
  BylineSpellChecker *checker;   /* weak */
  GtkTextView        *view;      /* weak */
  GtkTextBuffer      *buffer;
  GtkTextTag         *misspelled;
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
};

void _byline_spell_checker_attached_free (gpointer            data);
void _byline_spell_checker_queue_check   (BylineSpellChecker *self);
void _byline_spell_checker_recheck_all   (BylineSpellChecker *self);
void _byline_spell_checker_mark          (Attached           *a,
                                          const GtkTextIter  *start,
                                          const GtkTextIter  *end,
                                          gboolean            misspelled);

BylineSpellUnderlines *_byline_spell_underlines_new    (void);
void                   _byline_spell_underlines_free   (BylineSpellUnderlines *u);
void                   _byline_spell_underlines_forget (BylineSpellUnderlines *u,
                                                        const GtkTextIter     *start,
                                                        const GtkTextIter     *end);

G_END_DECLS

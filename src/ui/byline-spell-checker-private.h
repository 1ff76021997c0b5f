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

G_END_DECLS

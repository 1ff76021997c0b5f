/* byline-import-wrap.c: paragraphs hard-wrapped at a fixed width, and
 * e-mail quotes
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Agencies and mail programs break their lines at 65 to 80 columns inside
 * paragraphs; the journalist wants one paragraph per paragraph in the
 * editor. A story is read as hard-wrapped when (nearly) none of its lines
 * is longer than 100 characters and most lines that have another under
 * them in the same paragraph come within a few characters of the longest
 * (the wrap width). Two lines are then joined only where the next line's
 * first word would not have fitted on the line before: that is why the
 * wrapper broke it. A story of one paragraph a line (short paragraphs,
 * no blank lines) does not look like that, and a paragraph whose every
 * line ends a sentence is left alone. A list item's text that runs on to
 * the next line is joined to its item; the next item never is.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import-private.h"
#include "byline-markdown.h"

/* (past this, a line is a paragraph of its own, never a wrapped one) */
#define MAX_WRAP_WIDTH 100

static guint
chars (const char *text)
{
  return (guint) g_utf8_strlen (text, -1);
}

static guint
first_word_chars (const char *line)
{
  const char *space = strchr (line, ' ');

  return space != NULL ? (guint) g_utf8_strlen (line, space - line) : chars (line);
}

static gboolean
is_quote_line (const char *line)
{
  return line[0] == '>';
}

/* The quote's text, without its marks ("> " or ">") */
static const char *
quote_text (const char *line)
{
  while (*line == '>')
    line++;
  while (*line == ' ')
    line++;
  return line;
}

/**
 * _byline_import_wrap_width:
 * @blocks: the story's blocks
 * @first: the first block of the body
 *
 * Returns: the width (in characters) the body's lines were hard-wrapped
 *   at, or 0 when they were not
 */
guint
_byline_import_wrap_width (GPtrArray *blocks,
                           guint      first)
{
  guint width = 0;
  guint lines = 0;
  guint long_lines = 0;
  guint inner = 0;     /* lines with another under them in their paragraph */
  guint full = 0;      /* … that come near the width */

  for (guint i = first; i < blocks->len; i++)
    {
      Block *block = g_ptr_array_index (blocks, i);

      for (guint j = 0; j < block->lines->len; j++)
        {
          const char *line = g_ptr_array_index (block->lines, j);
          guint n;

          /* (a web address alone on its line is no measure) */
          if (_byline_import_count_words (line) < 2)
            continue;
          lines++;
          if ((n = chars (line)) > MAX_WRAP_WIDTH)
            long_lines++;
          else
            width = MAX (width, n);
        }
    }
  if (width < 40 || long_lines * 8 > lines)
    return 0;

  for (guint i = first; i < blocks->len; i++)
    {
      Block *block = g_ptr_array_index (blocks, i);

      for (guint j = 0; j + 1 < block->lines->len; j++)
        {
          guint n = chars (g_ptr_array_index (block->lines, j));

          inner++;
          if (n <= width && n + 12 >= width)
            full++;
        }
    }
  /* (three in five: a paragraph's lines come short before a word too
   * long to fit, "Zahid" after "Prime") */
  return inner >= 3 && full * 5 >= inner * 3 ? width : 0;
}

/* Whether the wrapper broke @line before @next: @next's first word would
 * not have fitted in @width */
static gboolean
is_wrapped_pair (const char *line,
                 const char *next,
                 guint       width)
{
  guint n = chars (line);

  return width > 0 && n <= width && n + 1 + first_word_chars (next) > width &&
         !_byline_import_is_list_item (next) && !_byline_import_is_labelled_turn (next) && !is_quote_line (next);
}

/* How far a list item's text is from its line's start ("1. " → 3) */
static guint
list_indent (const char *item)
{
  const char *p = item;

  while (*p != '\0' && *p != ' ')
    p++;
  while (*p == ' ')
    p++;
  return (guint) g_utf8_strlen (item, p - item);
}

static gboolean
all_end_sentences (Block *block)
{
  for (guint j = 0; j < block->lines->len; j++)
    {
      if (!_byline_import_ends_with_punctuation (g_ptr_array_index (block->lines, j)))
        return FALSE;
    }
  return TRUE;
}

/**
 * _byline_import_unwrap_blocks:
 * @blocks: the story's blocks
 * @first: the first block of the body
 *
 * Joins the lines of each of the body's paragraphs that a hard wrap
 * broke (see the top of this file); an e-mail's quotes are joined when
 * they are appended (_byline_import_append_quote()).
 *
 * Returns: the wrap width, or 0 when the body was not hard-wrapped
 */
guint
_byline_import_unwrap_blocks (GPtrArray *blocks,
                              guint      first)
{
  guint width = _byline_import_wrap_width (blocks, first);

  if (width == 0)
    return 0;
  for (guint i = first; i < blocks->len; i++)
    {
      Block *block = g_ptr_array_index (blocks, i);
      GPtrArray *joined;
      GString *current;

      if (block->lines->len < 2 || is_quote_line (g_ptr_array_index (block->lines, 0)) || all_end_sentences (block))
        continue;
      joined = g_ptr_array_new_with_free_func (g_free);
      current = g_string_new (g_ptr_array_index (block->lines, 0));
      for (guint j = 1; j < block->lines->len; j++)
        {
          const char *line = g_ptr_array_index (block->lines, j - 1);
          const char *next = g_ptr_array_index (block->lines, j);
          /* (a list item's text that runs on was indented under its
           * text, "1. " or "- ", before the copy's lines were trimmed) */
          guint indent = _byline_import_is_list_item (current->str) && !_byline_import_is_list_item (line) ?
                         list_indent (current->str) : 0;

          if (is_wrapped_pair (line, next, width > indent ? width - indent : 0))
            {
              g_string_append_c (current, ' ');
              g_string_append (current, next);
              continue;
            }
          g_ptr_array_add (joined, g_string_free (current, FALSE));
          current = g_string_new (next);
        }
      g_ptr_array_add (joined, g_string_free (current, FALSE));
      g_ptr_array_unref (block->lines);
      block->lines = joined;
    }
  return width;
}

/**
 * _byline_import_split_headings:
 * @blocks: the story's blocks
 * @first: the first block of the body
 *
 * A subheading with its paragraph right under it, no blank line between
 * ("About Northwind Health" / "Northwind Health is a nonprofit …"):
 * made two paragraphs, so that the first is read as the subheading. Only
 * when every line under it is a sentence's worth (eight words or more)
 * and the last ends one, and the heading has no figures: a name over a
 * job title, an address, a timeline's date over its entry stay.
 */
void
_byline_import_split_headings (GPtrArray *blocks,
                               guint      first)
{
  for (guint i = first; i < blocks->len; i++)
    {
      Block *block = g_ptr_array_index (blocks, i);
      const char *head = g_ptr_array_index (block->lines, 0);
      Block *rest;

      /* (a date over its entry, "March 10, 2023" / "The consultation
       * closes …", is a timeline's, and a verdict over its reason a
       * box's: they stay as they are) */
      if (block->lines->len < 2 || strlen (head) > 200 || strpbrk (head, "0123456789") != NULL ||
          _byline_import_is_box_block (block) ||
          !_byline_import_is_subheading (head) ||
          !_byline_import_ends_with_punctuation (g_ptr_array_index (block->lines, block->lines->len - 1)))
        continue;
      for (guint j = 1; j < block->lines->len && head != NULL; j++)
        {
          if (_byline_import_count_words (g_ptr_array_index (block->lines, j)) < 8)
            head = NULL;
        }
      if (head == NULL)
        continue;
      rest = g_new0 (Block, 1);
      rest->lines = g_ptr_array_new_with_free_func (g_free);
      for (guint j = 1; j < block->lines->len; j++)
        g_ptr_array_add (rest->lines, g_strdup (g_ptr_array_index (block->lines, j)));
      g_ptr_array_set_size (block->lines, 1);
      g_ptr_array_insert (blocks, i + 1, rest);
      i++;
    }
}

/* Whether a line of @block among the two or three under line @at opens
 * with "By" */
static gboolean
byline_soon (Block *block,
             guint  at)
{
  for (guint j = at + 1; j < block->lines->len && j <= at + 3; j++)
    if (_byline_import_opens_with_byline_word (g_ptr_array_index (block->lines, j)))
      return TRUE;
  return FALSE;
}

/* A page's top copied with no blank line between its parts (the site's
 * name and its menu, then the headline, the byline, the date, the lede,
 * one a line, as some pages' markup gives them): the menu's lines are
 * left as one block, as a menu copied on its own is, and every line from
 * the headline on made a block of its own, so that the header is read.
 * Only when two short lines or more (three words at most, no sentence)
 * open the block and a headline's line (four to twenty-five words, no
 * full stop) follows them. */
static void
split_packed_top (GPtrArray *blocks)
{
  Block *block = blocks->len >= 2 ? g_ptr_array_index (blocks, 0) : NULL;
  const char *head;
  guint menu = 0, words, section;

  if (block == NULL || block->lines->len < 4)
    return;
  while (menu < block->lines->len)
    {
      const char *line = g_ptr_array_index (block->lines, menu);

      if (_byline_import_count_words (line) > 3 || g_utf8_strlen (line, -1) > 40 ||
          _byline_import_ends_with_punctuation (line))
        break;
      menu++;
    }
  if (menu < 2 || menu + 1 >= block->lines->len)
    return;
  head = g_ptr_array_index (block->lines, menu);
  words = _byline_import_count_words (head);
  /* (a headline of two sentences, "… cutting 340 jobs. Read the CEO's
   * memo to workers.", when a byline comes within two lines under it) */
  if (words < 4 || words > 25 || strlen (head) > 250 || (g_str_has_suffix (head, ".") && !byline_soon (block, menu)))
    return;
  /* (the page's section under the site's name alone, "The Dhaka Ledger"
   * / "Metro", is a line of its own over the headline) */
  section = menu == 2 ? 1 : menu;
  /* (a byline keeps the writer's role and address under it, as its
   * block has them: "By KENDRA GREENE" / "Staff Reporter" / "kg@…", or
   * the name alone, "Tatenda Marufu" / "Harare Bureau") */
  for (guint j = section, at = 1; j < block->lines->len; j++)
    {
      const char *line = g_ptr_array_index (block->lines, j);
      Block *last = g_ptr_array_index (blocks, at - 1);
      const char *first = g_ptr_array_index (last->lines, 0);

      if (at == 1 || !(_byline_import_opens_with_byline_word (first) ||
                       (last->lines->len == 1 && _byline_import_is_full_name (first))) ||
          !(_byline_import_is_writer_role (line) || (strchr (line, '@') != NULL && strchr (line, ' ') == NULL)))
        {
          last = g_new0 (Block, 1);
          last->lines = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_insert (blocks, at++, last);
        }
      g_ptr_array_add (last->lines, g_strdup (line));
    }
  g_ptr_array_set_size (block->lines, section);
}

/* "Seven Mile Beach to get 40 more public parking spaces" / "Kayla
 * Ebanks • March 11, 2026 • 4 min read": the headline with its byline's
 * and date's line glued under it, in the blocks on top: two blocks, so
 * that each is read */
static void
split_headline_over_date (GPtrArray *blocks)
{
  for (guint i = 0; i < blocks->len && i < 4; i++)
    {
      Block *block = g_ptr_array_index (blocks, i);
      const char *head = g_ptr_array_index (block->lines, 0);
      guint words = _byline_import_count_words (head);
      Block *rest;

      /* (a byline over its date, "Par Le Figaro avec AFP" / "Publié le …",
       * is read as one block: six words or more, no "By") */
      if (block->lines->len != 2 || words < 6 || words > 25 || _byline_import_ends_with_punctuation (head) ||
          _byline_import_opens_with_byline_word (head) ||
          !_byline_import_is_header_date (g_ptr_array_index (block->lines, 1), NULL))
        continue;
      rest = g_new0 (Block, 1);
      rest->lines = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (rest->lines, g_strdup (g_ptr_array_index (block->lines, 1)));
      g_ptr_array_set_size (block->lines, 1);
      g_ptr_array_insert (blocks, i + 1, rest);
      return;
    }
}

/**
 * _byline_import_split_kickers:
 * @blocks: the story's blocks
 *
 * A section's name glued over the headline ("Mercado" / "Desemprego cai
 * a 5,8% …"), in the blocks above the first paragraph: made a block of
 * its own, so that the headline is read as one. Only one word, with no
 * punctuation, over a line of four to twenty words that is no sentence.
 * A top copied with no blank lines is parted first (split_packed_top()),
 * and a headline from the date's line glued under it.
 */
void
_byline_import_split_kickers (GPtrArray *blocks)
{
  split_packed_top (blocks);
  split_headline_over_date (blocks);
  for (guint i = 0; i < blocks->len && i < 4; i++)
    {
      Block *block = g_ptr_array_index (blocks, i);
      const char *kicker = g_ptr_array_index (block->lines, 0);
      const char *head = block->lines->len == 2 ? g_ptr_array_index (block->lines, 1) : NULL;
      guint words = head != NULL ? _byline_import_count_words (head) : 0;
      Block *rest;

      if (block->lines->len == 1 && _byline_import_count_words (kicker) >= 20)
        return;
      if (head == NULL || strlen (kicker) > 30 || _byline_import_count_words (kicker) != 1 ||
          !_byline_import_has_letter (kicker) || _byline_import_ends_with_punctuation (kicker) ||
          !g_unichar_isupper (g_utf8_get_char (kicker)) || words < 4 || words > 20 ||
          _byline_import_ends_with_punctuation (head))
        continue;
      rest = g_new0 (Block, 1);
      rest->lines = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (rest->lines, g_strdup (head));
      g_ptr_array_set_size (block->lines, 1);
      g_ptr_array_insert (blocks, i + 1, rest);
      return;
    }
}

/**
 * _byline_import_append_quote:
 * @body: the Markdown body
 * @block: a paragraph
 * @width: the story's wrap width (_byline_import_wrap_width()), or 0
 *
 * A paragraph whose every line opens with ">" (an e-mail's quote) is
 * appended as a Markdown quote, its wrapped lines joined (without a wrap
 * width, its lines are kept as they are).
 *
 * Returns: whether @block was one
 */
gboolean
_byline_import_append_quote (GString *body,
                             Block   *block,
                             guint    width)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *escaped = NULL;
  g_auto(GStrv) parts = NULL;
  guint longest = 0;

  for (guint j = 0; j < block->lines->len; j++)
    {
      if (!is_quote_line (g_ptr_array_index (block->lines, j)))
        return FALSE;
      longest = MAX (longest, chars (g_ptr_array_index (block->lines, j)));
    }
  /* (a mail program wraps a quote narrower than its own text, to leave
   * room for the marks of a reply to it) */
  width = MIN (width, longest);
  for (guint j = 0; j < block->lines->len; j++)
    {
      const char *line = g_ptr_array_index (block->lines, j);
      const char *next = j + 1 < block->lines->len ? g_ptr_array_index (block->lines, j + 1) : NULL;

      g_string_append (text, quote_text (line));
      /* (the marks count in the width the mail program wrapped at) */
      if (next != NULL)
        g_string_append_c (text, is_wrapped_pair (line, quote_text (next), width) ? ' ' : '\n');
    }
  escaped = byline_markdown_escape (text->str, -1);
  parts = g_strsplit (escaped, "\n", -1);
  if (body->len > 0)
    g_string_append (body, "\n\n");
  for (guint j = 0; parts[j] != NULL; j++)
    g_string_append_printf (body, "%s> %s", j > 0 ? "\n" : "", parts[j]);
  return TRUE;
}

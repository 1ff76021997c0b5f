/* byline-import-captions.c: a picture's caption and credit in a story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A picture in a story copies as its caption and its credit ("Rescue
 * teams wade …" / "Photo: Peter Byrne/PA"), or the credit over the
 * caption. They are kept, in italics, and never read as the lede.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import-private.h"

/* "Getty Images", "AFP via Getty Images", "EPA-EFE/Shutterstock": a
 * picture agency's credit alone on its line */
static gboolean
is_picture_agency (const char *line)
{
  static const char * const names[] = {
    "getty images", "shutterstock", "alamy", "rex features", "pa media", "pa wire", "ap photo", "afp photo",
    "reuters/", "epa-efe", "epa/", "afp/", "ap/", "anadolu/", NULL
  };
  g_autofree char *lower = g_utf8_strdown (line, -1);

  if (strlen (line) > 80 || _byline_import_count_words (line) > 8 || _byline_import_ends_with_punctuation (line))
    return FALSE;
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (strstr (lower, names[i]) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* "Getty Images", "(AP Photo/Jane Doe)": an agency's credit alone, in
 * its parentheses or not */
static gboolean
is_lone_agency_credit (const char *line)
{
  g_autofree char *bare = NULL;

  if (g_str_has_prefix (line, "(") && g_str_has_suffix (line, ")"))
    bare = g_strndup (line + 1, strlen (line) - 2);
  return is_picture_agency (bare != NULL ? bare : line);
}

/* "Image caption: …", "Caption: …": a caption, labelled as one */
static gboolean
is_labelled_caption (const char *line)
{
  /* (and a picture's alternative text under its label) */
  static const char * const labels[] = {
    "image caption:", "caption:", "photo caption:", "bildunterschrift:", "légende :", "alt text:", "alt-text:",
    "image description:", "image alt:", "bildbeschreibung:", "texte alternatif :", "texto alternativo:", NULL
  };
  g_autofree char *lower = g_utf8_strdown (line, -1);

  for (guint i = 0; labels[i] != NULL; i++)
    {
      if (g_str_has_prefix (lower, labels[i]) && strlen (line) <= 400)
        return TRUE;
    }
  return FALSE;
}

/* Whether @blocks' block @i is a caption under its label alone */
static gboolean
labelled_caption_at (GPtrArray *blocks,
                     guint      i)
{
  Block *block = i < blocks->len ? g_ptr_array_index (blocks, i) : NULL;
  g_autofree char *line = NULL;

  if (block == NULL || block->lines->len != 1 || block->after_furniture ||
      strlen (g_ptr_array_index (block->lines, 0)) > 400)
    return FALSE;
  line = _byline_import_plain_spaces (g_ptr_array_index (block->lines, 0));
  return is_labelled_caption (line) || g_str_has_prefix (line, "Image caption, ");
}

/* Whether @line opens with a dateline ("OBAN – The ferry …"): a lede,
 * never a picture's caption */
gboolean
_byline_import_opens_with_dateline (const char *line)
{
  g_autofree char *place = NULL;
  g_autofree char *rest = NULL;
  g_autofree char *zone = NULL;
  g_autofree char *agency = NULL;
  g_autoptr(GDateTime) date = NULL;

  return strlen (line) <= 1000 && _byline_import_split_dateline (line, NULL, &place, &rest, &date, &zone, &agency) &&
         place != NULL && place[0] != '\0';
}

/* How many blocks from @i are a picture's caption and credit (0: none):
 * a paragraph of up to three lines ending in a credit ("Rescue teams wade
 * …" / "Photo: Peter Byrne/PA"), or a one-line caption and the credit in
 * the paragraph after it */
guint
_byline_import_caption_blocks (GPtrArray *blocks,
                               guint      i)
{
  Block *block = g_ptr_array_index (blocks, i);
  const char *last_line = g_ptr_array_index (block->lines, block->lines->len - 1);
  g_autofree char *last = strlen (last_line) <= 400 ? _byline_import_plain_spaces (last_line) : NULL;

  /* A caption under its label ("Image caption: Relatives waited …") */
  if (block->lines->len == 1 && last != NULL && is_labelled_caption (last))
    return 1;
  /* The BBC's credit over its caption, "Image source, Reuters" /
   * "Image caption, …", a paragraph each: one caption */
  if (block->lines->len == 1 && last != NULL && g_str_has_prefix (last, "Image source") &&
      _byline_import_is_photo_credit (last) && labelled_caption_at (blocks, i + 1))
    return 2;
  /* A credit alone, a picture's whose caption was not copied: "Getty
   * Images", "(AP Photo/Jane Doe)", "REUTERS/Jane Roe", "照片：新华社",
   * "Crédito: EFE": a caption of its own, never a subheading */
  if (block->lines->len == 1 && last != NULL && (is_lone_agency_credit (last) || _byline_import_opens_with_own_credit (last)))
    return 1;
  if (block->lines->len <= 3 && last != NULL &&
      (_byline_import_is_photo_credit (last) || _byline_import_ends_with_photo_credit (last) ||
       _byline_import_ends_with_own_credit (last)))
    return 1;
  /* The credit over the caption: "Getty Images" / "Junior doctors on a
   * picket line …", "Image: Jane Doe/The Irish Times" / "Mary Walsh …" */
  if (block->lines->len >= 2 && block->lines->len <= 3)
    {
      g_autofree char *first = _byline_import_plain_spaces (g_ptr_array_index (block->lines, 0));

      if (_byline_import_is_photo_credit (first) || is_picture_agency (first))
        return 1;
    }
  if (block->lines->len == 1 && i + 1 < blocks->len)
    {
      Block *next = g_ptr_array_index (blocks, i + 1);

      /* (not over page furniture dropped: the credit is not this
       * paragraph's, "The terminal cost …" / "Advertisement" / "Image: …") */
      if (next->after_furniture)
        return 0;
      const char *next_line = g_ptr_array_index (next->lines, 0);
      g_autofree char *credit = NULL;

      /* (a credit alone, "Photo: Peter Byrne/PA": "Photo: The lido's
       * diving platform … (Kate Ellis/…)" is a caption of its own, and
       * the paragraph over it the story's) */
      /* (nor a credit under the story's last paragraph, nothing of the
       * story after it: a picture at the story's foot whose caption was
       * not copied; nor the BBC's credit over its own caption, under;
       * nor under the lede, its dateline first, "NORTHFIELD – …" /
       * "Image: A ferry at the quay") */
      if (next->lines->len == 1 && strlen (next_line) <= 400 &&
          _byline_import_is_photo_credit ((credit = _byline_import_plain_spaces (next_line))) &&
          _byline_import_count_words (credit) <= 8 && i + 2 < blocks->len && !labelled_caption_at (blocks, i + 2) &&
          !g_str_has_prefix (credit, "Image source, ") && !_byline_import_opens_with_dateline (g_ptr_array_index (block->lines, 0)))
        return 2;
    }
  return 0;
}

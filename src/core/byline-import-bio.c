/* byline-import-bio.c: the writer's bio box under a page's story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A news site prints a box about the writer under the story: "Lena
 * Okafor is our transport correspondent. She joined in 2019.", "Jonas
 * Weber ist Verkehrsreporter …", "مریم احمدی خبرنگار حوزه شهری است …",
 * at times under a label ("About the author"). A whole page copied with
 * Ctrl+A brings it along; it is about the writer, not the story, and goes
 * to the note, as the writer's address on a line of its own under the
 * story does ("Contact the writer: lena.okafor@example.com").
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import-private.h"

/* The longest bio box, in words */
#define MAX_BIO_WORDS 60

/* Whether @line opens with one of @bylines, a word's end after it
 * ("Lena Okafor is …", "Анна Смирнова — …"; not "Lena Okaforova") */
static gboolean
opens_with_writer (const char         *line,
                   const char * const *bylines)
{
  for (guint i = 0; bylines[i] != NULL; i++)
    {
      gsize len = strlen (bylines[i]);

      if (len > 0 && strncmp (line, bylines[i], len) == 0 && line[len] == ' ')
        return TRUE;
    }
  return FALSE;
}

/* Whether @line is a label over the box ("About the author"): a few
 * words, no sentence */
static gboolean
is_bio_label (const char *line)
{
  return _byline_import_count_words (line) <= 4 && !_byline_import_ends_with_punctuation (line) &&
         strchr (line, ':') == NULL;
}

/* Whether @block is a press release's heading over its boilerplate,
 * "About Acme Water Systems" (the sender's name): the release's own
 * section, kept */
static gboolean
is_about_heading (Block              *block,
                  const char * const *bylines)
{
  const char *line = g_ptr_array_index (block->lines, 0);

  if (block->lines->len != 1 || !g_str_has_prefix (line, "About "))
    return FALSE;
  for (guint i = 0; bylines[i] != NULL; i++)
    {
      if (g_str_equal (line + strlen ("About "), bylines[i]))
        return TRUE;
    }
  return FALSE;
}

/* Whether @line is the writer's address under the story, in a line of
 * its own: a label that names the writer or the mail ("Contact the
 * writer:", "Email the reporter:", "E-mail:", "Kontakt zum Autor:") and
 * an address after it, nothing else ("For details, email
 * grants@council.gov.uk." is the story's) */
static gboolean
is_writer_contact (const char *line)
{
  static const char * const words[] = {
    "writer", "reporter", "author", "journalist", "correspondent", "columnist", "editor", "email", "e-mail",
    "mail", "contact", "autor", "autora", "autorin", "auteur", "kontakt", "contacto", "contato", "contatto",
    "автор", "почта", NULL
  };
  const char *colon = strrchr (line, ':');
  g_autofree char *label = NULL;
  g_autofree char *address = NULL;
  g_auto(GStrv) label_words = NULL;
  gboolean named = FALSE;
  const char *at;

  if (colon == NULL || colon == line)
    return FALSE;
  address = g_strstrip (g_strdup (colon + 1));
  while (address[0] != '\0' && strchr (".;", address[strlen (address) - 1]))
    address[strlen (address) - 1] = '\0';
  at = strchr (address, '@');
  if (at == NULL || at == address || strchr (address, ' ') != NULL || strchr (at, '.') == NULL ||
      strchr (at + 1, '@') != NULL)
    return FALSE;
  label = g_utf8_strdown (line, colon - line);
  if (_byline_import_count_words (label) > 5)
    return FALSE;
  label_words = g_strsplit (label, " ", -1);
  for (guint i = 0; label_words[i] != NULL && !named; i++)
    named = g_strv_contains (words, label_words[i]);
  return named;
}

/* Whether @line's last word is an e-mail address */
static gboolean
ends_with_address (const char *line)
{
  const char *last = strrchr (line, ' ');
  const char *at;

  last = last != NULL ? last + 1 : line;
  at = strchr (last, '@');
  return at != NULL && at != last && strchr (at, '.') != NULL;
}

/**
 * _byline_import_take_author_bio:
 * @blocks: the story's blocks
 * @first: the first block of the body
 * @bylines: (nullable): the story's writers
 * @note: where the box goes
 *
 * The last paragraph in the body's second half, past its lede, that opens
 * with a writer's name and ends a sentence, of up to MAX_BIO_WORDS words (its
 * label over it in the same block, if any): moved to @note; and the
 * writer's address alone on the story's last line, under its label.
 */
void
_byline_import_take_author_bio (GPtrArray          *blocks,
                                guint               first,
                                const char * const *bylines,
                                GString            *note)
{
  /* (the writer's address on the story's last line: to the note, as the
   * box is) */
  if (blocks->len > first + 1)
    {
      Block *last = g_ptr_array_index (blocks, blocks->len - 1);

      if (last->lines->len == 1 && is_writer_contact (g_ptr_array_index (last->lines, 0)))
        {
          g_string_append_printf (note, "%s%s", note->len > 0 ? "\n" : "", (const char *) g_ptr_array_index (last->lines, 0));
          g_ptr_array_remove_index (blocks, blocks->len - 1);
        }
    }
  if (bylines == NULL || bylines[0] == NULL || blocks->len < first + 3)
    return;
  /* (the last one only: a column's own tag line over the box, "Harriet
   * Quinn is a writer and former librarian.", is the column's) */
  for (guint i = blocks->len; i-- > MAX (first + 2, first + (blocks->len - first) / 2);)
    {
      Block *block = g_ptr_array_index (blocks, i);
      guint at = block->lines->len;
      const char *line;

      /* (the box's line, under no more than a label) */
      for (guint j = 0; j < block->lines->len && j < 2; j++)
        {
          if (opens_with_writer (g_ptr_array_index (block->lines, j), bylines))
            {
              at = j;
              break;
            }
        }
      if (at >= block->lines->len || (at == 1 && !is_bio_label (g_ptr_array_index (block->lines, 0))) ||
          block->lines->len > at + 1)
        continue;
      line = g_ptr_array_index (block->lines, at);
      /* (or ends with the writer's address: "… Email her at x@paper.ca") */
      if ((!_byline_import_ends_with_punctuation (line) && !ends_with_address (line)) ||
          _byline_import_count_words (line) > MAX_BIO_WORDS ||
          (at == 0 && is_about_heading (g_ptr_array_index (blocks, i - 1), bylines)))
        continue;
      /* (its label a block of its own right over it) */
      if (at == 0 && i > first + 2 && ((Block *) g_ptr_array_index (blocks, i - 1))->lines->len == 1 &&
          is_bio_label (g_ptr_array_index (((Block *) g_ptr_array_index (blocks, i - 1))->lines, 0)))
        {
          block = g_ptr_array_index (blocks, --i);
          g_ptr_array_add (block->lines, g_strdup (line));
          g_ptr_array_remove_index (blocks, i + 1);
        }
      for (guint j = 0; j < block->lines->len; j++)
        g_string_append_printf (note, "%s%s", note->len > 0 ? "\n" : "", (const char *) g_ptr_array_index (block->lines, j));
      g_ptr_array_remove_index (blocks, i);
      return;
    }
}

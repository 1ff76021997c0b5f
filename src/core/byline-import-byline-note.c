/* byline-import-byline-note.c: a byline that says more than its names
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "By Owen Barker, Local Democracy Reporter", "By Rohan Mehta, Express
 * News Service", "Priya Raman, Transport Correspondent": the writers are
 * the article's bylines, and the rest of the line (the writer's role, a
 * desk, a paper's service) has no field of its own. It is not lost: the
 * line as printed goes to the story's note.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-import-private.h"

/* Words that join names and places in a byline, in the languages the
 * byline prefixes know; lower case */
static const char * const joining_words[] = {
  "and", "with", "in", "from", "at", "for", "the", "of",
  "und", "mit", "aus", "in", "von",
  "et", "avec", "à", "de", "du", "des", "le", "la",
  "y", "e", "con", "en", "desde", "del", "da", "do", "dos", "das", "em", "com", "di",
  "en", "och", "og", "i", "ve", "ile", "z", "w",
  "и", "в", "из", "с",
  "و", "در", "از", "به", "من", "في",
  NULL
};

static gboolean
is_edge_mark (gunichar c)
{
  return g_unichar_ispunct (c) || g_unichar_isspace (c) || c == '|' || c == '/' || c == '+';
}

/* Adds @text's words to @words, case folded, without the marks around
 * them */
static void
add_folded_words (GPtrArray  *words,
                  const char *text)
{
  g_auto(GStrv) split = g_strsplit_set (text != NULL ? text : "", " \t", -1);

  for (guint i = 0; split[i] != NULL; i++)
    {
      const char *start = split[i];
      const char *end = start + strlen (start);

      while (*start != '\0' && is_edge_mark (g_utf8_get_char (start)))
        start = g_utf8_next_char (start);
      while (end > start && is_edge_mark (g_utf8_get_char (g_utf8_prev_char (end))))
        end = g_utf8_prev_char (end);
      if (end > start)
        g_ptr_array_add (words, g_utf8_casefold (start, end - start));
    }
}

/**
 * _byline_import_byline_leftover:
 * @line: a byline as printed, with plain spaces
 * @names: the writers read from it
 * @place: (nullable): the place read from it
 *
 * Returns: (transfer full) (nullable): @line when it holds a word that is
 *   none of @names', @place's or a joining word's, else %NULL
 */
char *
_byline_import_byline_leftover (const char         *line,
                                const char * const *names,
                                const char         *place)
{
  g_autofree char *text = _byline_import_byline_text (line);
  g_autoptr(GPtrArray) known = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);

  if (names == NULL || names[0] == NULL)
    return NULL;
  /* ("Της Ελένης Παπαδοπούλου": the names are read in another case) */
  if (g_str_has_prefix (line, "Της ") || g_str_has_prefix (line, "της "))
    return NULL;

  add_folded_words (known, place);
  for (guint i = 0; names[i] != NULL; i++)
    add_folded_words (known, names[i]);
  g_ptr_array_add (known, NULL);

  add_folded_words (words, text != NULL ? text : line);
  for (guint i = 0; i < words->len; i++)
    {
      const char *word = g_ptr_array_index (words, i);

      if (g_strv_contains ((const char * const *) known->pdata, word) ||
          g_strv_contains (joining_words, word) ||
          !_byline_import_has_letter (word))
        continue;
      /* (Arabic and Persian write "and" onto the next name: "وسارة") */
      if (g_str_has_prefix (word, "و") && g_strv_contains ((const char * const *) known->pdata, word + strlen ("و")))
        continue;
      return g_strdup (line);
    }
  return NULL;
}

/**
 * _byline_import_note_byline:
 * @note: the story's note
 * @line: a byline as printed
 */
void
_byline_import_note_byline (GString    *note,
                            const char *line)
{
  /* Translators: in an imported story's note, the byline as the story
   * printed it when it said more than the writers' names (for instance
   * "Byline as printed: By Owen Barker, Local Democracy Reporter") */
  g_autofree char *text = g_strdup_printf (_("Byline as printed: %s"), line);

  g_string_append_printf (note, "%s%s", note->len > 0 ? "\n" : "", text);
}

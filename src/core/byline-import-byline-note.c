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

  add_folded_words (words, text != NULL ? text : line);
  /* (the "and" of the byline's own language: Welsh "Gan A a B",
   * Azerbaijani "Müəllif: A və B", Czech "Autor: A a B") */
  {
    g_autofree char *lower = g_utf8_casefold (line, -1);
    guint n;
    const BylinePrefix *prefixes = _byline_import_byline_prefixes (&n);

    for (guint i = 0; i < n; i++)
      if (prefixes[i].conjunction != NULL && g_str_has_prefix (lower, prefixes[i].prefix))
        add_folded_words (known, prefixes[i].conjunction);
  }
  g_ptr_array_add (known, NULL);
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

/* @line without its parts that name the writer's paper or agency or say
 * where the writer reports from ("BBC News, Leeds", "Jane Doe | Dawn",
 * "Źródło: PAP", "Reporting from Kyiv"): the note has the agency, and
 * the paper is the page's own; %NULL when nothing else is left */
static char *
without_outlets (const char *line)
{
  static const char * const separators[] = { ",", " | ", " / ", " - ", " – ", NULL };
  g_auto(GStrv) parts = _byline_import_split_at (line, separators);
  g_autoptr(GPtrArray) own = g_ptr_array_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *colon = strstr (parts[i], ": ");

      if (_byline_import_is_agency (parts[i]) || _byline_import_is_outlet_name (parts[i]) ||
          (colon != NULL && _byline_import_is_agency (colon + 2)) || g_str_has_prefix (parts[i], "Reporting from "))
        continue;
      g_ptr_array_add (own, parts[i]);
    }
  if (own->len == 0)
    return NULL;
  g_ptr_array_add (own, NULL);
  return g_strjoinv (", ", (char **) own->pdata);
}

/**
 * _byline_import_signature_leftover:
 * @lines: a signature block's lines, with plain spaces
 * @times: which of @lines are date lines
 * @names: the writers read from it
 * @place: (nullable): the place read from it
 *
 * "Ciarán Walsh" / "Legal Affairs Correspondent" / "@CiaranWalshLaw" /
 * "ciaran.walsh@…": a writer's block that says more than the names
 * (and the date), as printed, its lines joined by " / ".
 *
 * Returns: (transfer full) (nullable): the block, or %NULL when it says
 *   nothing more
 */
char *
_byline_import_signature_leftover (char * const       *lines,
                                   const gboolean     *times,
                                   char * const       *names,
                                   const char         *place)
{
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  gboolean more = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *own = NULL;
      g_autofree char *leftover = NULL;

      if (times[i])
        continue;
      g_ptr_array_add (kept, lines[i]);
      if ((own = without_outlets (lines[i])) != NULL)
        leftover = _byline_import_byline_leftover (own, (const char * const *) names, place);
      more |= leftover != NULL;
    }
  g_ptr_array_add (kept, NULL);
  return more ? g_strjoinv (" / ", (char **) kept->pdata) : NULL;
}

/**
 * _byline_import_name_over_title:
 * @candidates: (element-type utf8): the header's lines, the headline first
 * @byline_line: (out): the byline as printed, for the note
 *
 * "Ciarán Walsh" over "Legal Affairs Correspondent", the last two lines
 * under the headline and no "By": the name is the byline, and its title
 * goes to the note with it ("Ciarán Walsh, Legal Affairs Correspondent").
 *
 * Returns: (transfer full) (nullable): the name, both lines taken from
 *   @candidates; %NULL when they are not a name over a title
 */
char **
_byline_import_name_over_title (GPtrArray  *candidates,
                                char      **byline_line)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (candidates->len < 3)
    return NULL;
  name = _byline_import_plain_spaces (g_ptr_array_index (candidates, candidates->len - 2));
  title = _byline_import_plain_spaces (g_ptr_array_index (candidates, candidates->len - 1));
  if ((!_byline_import_is_job_title (title) && !_byline_import_ends_with_role (title)) ||
      _byline_import_count_words (title) > 5 || _byline_import_ends_with_punctuation (title) ||
      !_byline_import_is_full_name (name) || _byline_import_is_job_title (name) || _byline_import_ends_with_role (name))
    return NULL;

  g_free (*byline_line);
  *byline_line = g_strdup_printf ("%s, %s", name, title);
  g_ptr_array_remove_range (candidates, candidates->len - 2, 2);
  return g_strdupv ((char *[]) { name, NULL });
}

/**
 * _byline_import_take_editor_line:
 * @editor_line: (inout): set to @line when it is one
 *
 * "Editor: Dimas Wahyu Pratama" under the headline: the page's editor in
 * charge, no writer of the story; kept for the note.
 *
 * Returns: whether @line is an editor's line
 */
gboolean
_byline_import_take_editor_line (const char  *line,
                                 char       **editor_line)
{
  if (!g_str_has_prefix (line, "Editor: ") || !_byline_import_is_full_name (line + strlen ("Editor: ")))
    return FALSE;
  g_free (*editor_line);
  *editor_line = g_strdup (line);
  return TRUE;
}

/**
 * _byline_import_take_reporting_place:
 * @place: (inout): set to the place when @line names one
 *
 * "Reporting from Tampa, Fla." on a line of its own under the headline
 * (a live page's entry, under the writer's name): where the story was
 * reported, its dateline's place, as in a byline's "Reporting from …".
 *
 * Returns: whether @line was taken
 */
gboolean
_byline_import_take_reporting_place (const char  *line,
                                     char       **place)
{
  if (*place != NULL || !g_str_has_prefix (line, "Reporting from ") ||
      _byline_import_count_words (line) > 8)
    return FALSE;
  *place = _byline_import_place_line (line, FALSE);
  return *place != NULL;
}

/**
 * _byline_import_unlabelled_byline:
 * @place: (inout): set to the writer's place when it has none
 *
 * A name line with no "By": "Anna Kovac in Zagreb", "Anna Kovac, Zagreb"
 *
 * Returns: (transfer full): the name, or @line as it is
 */
char **
_byline_import_unlabelled_byline (const char  *line,
                                  const char  *story,
                                  char       **place)
{
  const char *in = strstr (line, " in ");
  const char *comma = strstr (line, ", ");
  const char *cut = in != NULL ? in : comma;
  g_autofree char *where = NULL;
  g_autofree char *name = NULL;
  g_auto(GStrv) writers = NULL;

  if (cut != NULL && (where = _byline_import_place_line (cut + (in != NULL ? 1 : 2), TRUE)) != NULL &&
      (in != NULL || (writers = _byline_import_more_writers (where, TRUE, NULL, story)) == NULL))
    {
      name = g_strndup (line, cut - line);
      if (_byline_import_is_full_name (name))
        {
          if (*place == NULL)
            *place = g_steal_pointer (&where);
          return g_strdupv ((char *[]) { name, NULL });
        }
    }
  return g_strdupv ((char *[]) { (char *) line, NULL });
}

/* "Pictures: Kevin Short", "Photos: …": who took the story's pictures,
 * under its byline */
static gboolean
is_pictures_credit (const char *line)
{
  static const char * const labels[] = { "Pictures: ", "Photos: ", "Photography: ", "Images: ", NULL };

  for (guint i = 0; labels[i] != NULL; i++)
    if (g_str_has_prefix (line, labels[i]))
      return _byline_import_is_full_name (line + strlen (labels[i]));
  return FALSE;
}

/**
 * _byline_import_name_with_agency:
 *
 * "Ethan Marsh (AAP)": a writer's full name and a known agency in
 * parentheses, with no "By".
 *
 * Returns: (transfer full) (nullable): "By Ethan Marsh (AAP)", or %NULL
 */
char *
_byline_import_name_with_agency (const char *line)
{
  const char *open = strrchr (line, '(');
  g_autofree char *name = NULL;
  g_autofree char *agency = NULL;

  if (open == NULL || open == line || !g_str_has_suffix (line, ")") || strlen (line) > 80 ||
      _byline_import_opens_with_byline_word (line))
    return NULL;
  name = g_strstrip (g_strndup (line, open - line));
  agency = g_strndup (open + 1, strlen (open + 1) - 1);
  if (!_byline_import_is_agency (agency) || !_byline_import_is_full_name (name) || _byline_import_is_shouted (name))
    return NULL;
  return g_strconcat ("By ", line, NULL);
}

/**
 * _byline_import_under_byline:
 * @headline_read: the headline is read (a place in mixed case is taken
 *   only then: a byline on top may have a headline in title case under it)
 * @place: (inout): set to the writer's place when @line names one
 * @byline_line: (inout): the byline as printed, for the note
 *
 * The line under a byline: "ZAGREB", "in Lagos" (the writer's place), or
 * "Political Reporter", "Harare Bureau" (the writer's role or desk), or
 * "Pictures: Kevin Short" (who took the pictures), which go to the note
 * with the byline.
 *
 * Returns: whether @line was taken
 */
gboolean
_byline_import_under_byline (const char  *line,
                             gboolean     headline_read,
                             char       **bylines,
                             char       **place,
                             char       **byline_line)
{
  g_autofree char *names = NULL;
  char *printed;

  if (*place == NULL && (*place = _byline_import_place_line (line, headline_read)) != NULL)
    return TRUE;
  if (bylines == NULL || _byline_import_count_words (line) > 4 ||
      !(_byline_import_is_writer_role (line) || is_pictures_credit (line)))
    return FALSE;
  names = g_strjoinv (", ", bylines);
  printed = g_strdup_printf ("%s, %s", *byline_line != NULL ? *byline_line : names, line);
  g_free (*byline_line);
  *byline_line = printed;
  return TRUE;
}

/**
 * _byline_import_note_byline:
 * @note: the story's note
 * @line: (nullable): a byline as printed
 * @page_credit: (nullable): the page's credit line ("Editor: …",
 *   "Source: GNA", an institution's name over a release)
 */
void
_byline_import_note_byline (GString    *note,
                            const char *line,
                            const char *page_credit)
{
  if (line != NULL)
    {
      /* Translators: in an imported story's note, the byline as the story
       * printed it when it said more than the writers' names (for instance
       * "Byline as printed: By Owen Barker, Local Democracy Reporter") */
      g_autofree char *text = g_strdup_printf (_("Byline as printed: %s"), line);

      g_string_append_printf (note, "%s%s", note->len > 0 ? "\n" : "", text);
    }
  if (page_credit != NULL)
    g_string_append_printf (note, "%s%s", note->len > 0 ? "\n" : "", page_credit);
}

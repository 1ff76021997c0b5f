/* byline-import-writers.c: the other writers of a byline (the line
 * under "By …", names joined by an Arabic "و" written against the next)
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "byline-import-private.h"

/* First words of places a name under the byline can be ("New York",
 * "San José", "Hong Kong"): a place there, not a second writer */
static const char * const place_first_words[] = {
  "New", "San", "Santa", "Santo", "São", "Saint", "St", "St.", "Sankt", "Los", "Las", "Port", "Fort",
  "Cape", "Hong", "Tel", "Abu", "Kuala", "Buenos", "Rio", "Mexico", "Sri", "Addis", "Dar", "Ho",
  "Phnom", "Mount", "North", "South", "East", "West", "Central", "Greater", "Upper", "Lower", "Gaza",
  "Puerto", "Costa", "El", "Al", "La", "Le", "Den", "The", NULL
};

/* "In Lagos", "From Kyiv", "In Brief": no name */
static const char * const prepositions[] = {
  "In", "From", "At", "For", "With", "On", "Inside", "Outside", "Near", "Via", NULL
};

/**
 * _byline_import_more_writers:
 * @line: the line under a "By …" line
 * @alone: whether a name alone counts (on the line right under the
 *   byline, in its block; after a blank line it may be a headline)
 * @byline: (nullable): the "By …" line above it
 * @story: (nullable): the story's text
 *
 * "and Tom Hale", "& Tom Hale", or "Tom Hale" alone (not shouted, not a
 * place's name): more writers of the story. A name alone is a place, not
 * a writer, when the story names it ("Belo Horizonte" under the byline,
 * "Floods in Belo Horizonte" in the story: a writer's name is left to
 * the sign-off) or when the byline is shouted and it is not (a second
 * writer is set as the first: "By ANNA KOVAC" / "Belo Horizonte").
 *
 * Returns: (transfer full) (nullable): the names, or %NULL
 */
char **
_byline_import_more_writers (const char *line,
                             gboolean    alone,
                             const char *byline,
                             const char *story)
{
  static const char * const joins[] = { "and ", "And ", "& ", "und ", "et ", "y ", "e ", "i ", "ve ", "och ", NULL };
  g_autofree char *by = NULL;
  g_auto(GStrv) first = NULL;
  g_auto(GStrv) names = NULL;

  for (guint i = 0; joins[i] != NULL; i++)
    if (g_str_has_prefix (line, joins[i]))
      {
        by = g_strconcat ("By ", line + strlen (joins[i]), NULL);
        return _byline_import_parse_byline (by);
      }
  if (!alone || _byline_import_is_shouted (line) || !_byline_import_is_full_name (line) ||
      g_str_has_suffix (line, " City") || _byline_import_is_job_title (line) || _byline_import_is_agency (line))
    return NULL;
  first = g_strsplit (line, " ", 2);
  if (g_strv_contains (place_first_words, first[0]) || g_strv_contains (prepositions, first[0]))
    return NULL;
  if (_byline_import_story_mentions (story, line))
    return NULL;
  if (byline != NULL)
    {
      g_autofree char *text = _byline_import_byline_text (byline);

      if (text != NULL && _byline_import_is_shouted (text))
        return NULL;
    }
  /* the whole line a name ("Washington Bureau" is a desk) */
  by = g_strconcat ("By ", line, NULL);
  names = _byline_import_parse_byline (by);
  if (names != NULL && (names[0] == NULL || names[1] != NULL || !g_str_equal (names[0], line)))
    g_clear_pointer (&names, g_strfreev);
  return g_steal_pointer (&names);
}

/**
 * _byline_import_split_attached_and:
 * @names: (transfer full): a byline's names
 *
 * Arabic writes "and" (و) against the next word: "أحمد منصور وسارة
 * خليل" is two writers, as Hebrew does with its own (ו): "נועה לוי
 * ואיתי כהן". A name is cut there only when both sides have two words at
 * least ("أحمد وليد منصور" is one name: Walid), and never at Persian's
 * "و", which it writes apart ("محمد رضا وحیدی نژاد" is one).
 *
 * Returns: (transfer full): the names, cut
 */
char **
_byline_import_split_attached_and (char **names)
{
  static const char * const attached[] = { " و", " ו", NULL };
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *at = NULL;
      gsize len = 0;
      gboolean persian = FALSE;

      /* (Persian writes "و" apart: "وحیدی" there is a name's start) */
      for (const char *p = names[i]; *p != '\0'; p = g_utf8_next_char (p))
        persian |= g_utf8_strchr ("پچژگکی", -1, g_utf8_get_char (p)) != NULL;
      for (guint k = persian ? 1 : 0; at == NULL && attached[k] != NULL; k++)
        for (const char *p = strstr (names[i], attached[k]); p != NULL; p = strstr (p + 1, attached[k]))
          {
            g_autofree char *before = g_strndup (names[i], p - names[i]);
            const char *after = p + strlen (attached[k]);

            if (_byline_import_count_words (before) >= 2 && _byline_import_count_words (after) >= 2 &&
                g_unichar_isalpha (g_utf8_get_char (after)))
              {
                at = p;
                len = strlen (attached[k]);
                break;
              }
          }
      if (at == NULL)
        {
          g_strv_builder_add (builder, names[i]);
          continue;
        }
      {
        g_autofree char *first = g_strndup (names[i], at - names[i]);

        g_strv_builder_add (builder, first);
        g_strv_builder_add (builder, at + len);
      }
    }
  g_strfreev (names);
  return g_strv_builder_end (builder);
}

/* "MARTIN" → "Martin" (the first letter of each part of a compound kept
 * upper case: "JEAN-PIERRE" → "Jean-Pierre") */
static char *
title_case (const char *word)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean start = TRUE;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, start ? c : g_unichar_tolower (c));
      start = c == '-' || c == '\'' || c == 0x2019;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * _byline_import_unshout_surnames:
 * @names: (inout): the bylines
 *
 * French and Italian papers print the surname in capitals: "Julie
 * MARTIN", "Jean-Pierre DUPONT" → "Julie Martin", "Jean-Pierre Dupont".
 * Only a name of two to four words, each capitalised, one at least in
 * mixed case, and words of four letters or more: an agency's name or
 * initials ("AFP", "РИА Новости", "TOI Staff") stay as they are. A
 * whole name in capitals, "INÉS MARTÍN", is written normally too.
 */
void
_byline_import_unshout_surnames (char **names)
{
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit (names[i], " ", -1);
      guint n = g_strv_length (words);
      gboolean mixed = FALSE, shouted = FALSE, names_only = n >= 2 && n <= 4;

      for (guint j = 0; j < n && names_only; j++)
        {
          names_only = g_unichar_isupper (g_utf8_get_char (words[j]));
          if (_byline_import_is_shouted (words[j]) && !_byline_import_is_agency (words[j]) &&
              g_utf8_strlen (words[j], -1) >= 4)
            shouted = TRUE;
          else if (!_byline_import_is_shouted (words[j]))
            mixed = TRUE;
        }
      /* (an agency or a desk: "РИА Новости", "TOI Staff"; a name all in
       * capitals, "INÉS MARTÍN", when written normally it reads as one) */
      if (!names_only || !shouted || _byline_import_is_agency (names[i]) ||
          _byline_import_is_outlet_name (names[i]))
        continue;
      if (!mixed)
        {
          g_autofree char *normal = _byline_import_unshout (names[i]);

          if (_byline_import_is_full_name (normal) && !_byline_import_is_shouted (normal))
            {
              g_free (names[i]);
              names[i] = g_steal_pointer (&normal);
            }
          continue;
        }
      for (guint j = 0; j < n; j++)
        {
          if (_byline_import_is_shouted (words[j]) && !_byline_import_is_agency (words[j]) &&
              g_utf8_strlen (words[j], -1) >= 4)
            {
              char *normal = title_case (words[j]);

              g_free (words[j]);
              words[j] = normal;
            }
        }
      g_free (names[i]);
      names[i] = g_strjoinv (" ", words);
    }
}

/**
 * _byline_import_sign_off_writers:
 * @para: a paragraph of the story
 *
 * The reporters a wire's sign-off names: "(Reporting by Camillus Eboh in
 * Abuja and Chijioke Ohuocha in Lagos; Editing by Alex Richardson)" →
 * "Camillus Eboh", "Chijioke Ohuocha" (the places cut; not the editors,
 * nor "Additional reporting by"); a reporter's labelled line in it,
 * "Pewarta: Dewi Lestari" → "Dewi Lestari"
 *
 * Returns: (transfer full) (nullable): the names, or %NULL
 */
char **
_byline_import_sign_off_writers (const char *para)
{
  static const char * const labels[] = {
    "Pewarta: ", "Penulis: ", "Wartawan: ", "Reporter: ", "Phóng viên: ", "ผู้สื่อข่าว: ", "ผู้เขียน: ", NULL
  };
  g_autofree char *part = NULL;
  const char *start = para;
  gsize len;

  /* "（記者　佐藤健太）", "(记者 刘晓燕)": the reporter in parentheses
   * under a Japanese or Chinese story */
  for (guint i = 0; i < 2 && strlen (para) <= 120 && strchr (para, '\n') == NULL; i++)
    {
      const char *open = i == 0 ? "（" : "(";
      const char *close = i == 0 ? "）" : ")";

      if (g_str_has_prefix (para, open) && g_str_has_suffix (para, close) &&
          (g_str_has_prefix (para + strlen (open), "記者") || g_str_has_prefix (para + strlen (open), "记者")))
        {
          g_autofree char *inside = g_strndup (para + strlen (open), strlen (para) - strlen (open) - strlen (close));

          return _byline_import_parse_byline (inside);
        }
    }

  /* "Pewarta: Dewi Lestari" / "Editor: Budi Santoso" under an Antara
   * story: the reporter's line, one of the sign-off's */
  for (guint i = 0; labels[i] != NULL && strlen (para) <= 400; i++)
    {
      const char *found = strstr (para, labels[i]);

      if (found != NULL && (found == para || found[-1] == '\n'))
        {
          g_autofree char *line = g_strndup (found, strcspn (found, "\n"));

          return _byline_import_parse_byline (line);
        }
    }
  if (*start == '(')
    start++;
  if (g_ascii_strncasecmp (start, "Reporting by ", strlen ("Reporting by ")) != 0 || strlen (para) > 400)
    return NULL;
  len = strcspn (start, ";)\n");
  part = g_strndup (start, len);
  g_strstrip (part);
  return _byline_import_parse_byline (part);
}

/* A line of full names joined by "and" with no "By": "Tom Reid and Sara
 * Lund", "Tom Reid, Sara Lund and Omar Haddad", "مریم احمدی و علی رضایی",
 * or two by a comma, "Tom Reid, Sara Lund" → the names; else NULL (one
 * name alone is unlabelled_byline()'s) */
char **
_byline_import_unlabelled_names (const char *line)
{
  static const char * const joins[] = { " and ", " & ", " و ", NULL };
  g_autofree char *labelled = NULL;
  g_auto(GStrv) names = NULL;
  gboolean joined = FALSE;

  for (guint i = 0; joins[i] != NULL; i++)
    joined |= strstr (line, joins[i]) != NULL;
  /* ("Sibongile Khumalo, Jan Gerber": two, and only a comma; the second
   * a person's name, see _byline_import_parse_byline()) */
  if (!joined && (strstr (line, ", ") == NULL || strstr (strstr (line, ", ") + 2, ", ") != NULL))
    return NULL;
  labelled = g_strconcat ("by ", line, NULL);
  names = _byline_import_parse_byline (labelled);
  if (names == NULL || names[0] == NULL || names[1] == NULL)
    return NULL;
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (!_byline_import_is_full_name (names[i]))
        return NULL;
    }
  return g_steal_pointer (&names);
}

/**
 * _byline_import_names_no_one:
 *
 * Whether @text, shaped like a full name, names no person: an advice
 * column ("Ask Moira", "Dear Abby"), an institution ("University of
 * Northern Cascadia", in capitals or not, over a research release), a
 * company ("Harbour Foods PLC") or a document's kind ("Press Summary")
 */
gboolean
_byline_import_names_no_one (const char *text)
{
  static const char * const institutions[] = {
    "university", "université", "universität", "universidad", "institute", "college", "hospital", "laboratory",
    "foundation", "ministry", "department", "plc", "ltd", "ltd.", "limited", "inc", "inc.", "llc", "corporation", NULL
  };
  g_autofree char *lower = g_utf8_strdown (text, -1);
  g_auto(GStrv) words = g_strsplit (lower, " ", -1);

  static const char * const documents[] = { "summary", "results", "statement", "announcement", NULL };
  const char *last = strrchr (text, ' ');

  /* (and a document's kind, "Press Summary", "Final Results") */
  if (g_str_has_prefix (text, "Ask ") || g_str_has_prefix (text, "Dear ") ||
      (last != NULL && g_strv_contains (documents, words[g_strv_length (words) - 1])))
    return TRUE;
  for (guint i = 0; words[i] != NULL; i++)
    if (g_strv_contains (institutions, words[i]))
      return TRUE;
  return FALSE;
}

/**
 * _byline_import_is_writer_role:
 *
 * Whether @line is a writer's role: a job title ("Staff Reporter"), also
 * with the paper's name in it ("Senior Gleaner Writer", "Sentinel Staff
 * Reporter")
 */
gboolean
_byline_import_is_writer_role (const char *line)
{
  return _byline_import_is_job_title (line) ||
         (_byline_import_count_words (line) <= 4 && _byline_import_ends_with_role (line));
}

/**
 * _byline_import_slashed_role:
 * @line: a header line
 *
 * Returns: (transfer full) (nullable): "Kerry-Ann Whyte, Staff Reporter"
 *   for "Kerry-Ann Whyte/Staff Reporter" (a name and the writer's role
 *   parted by a slash, as Jamaica's papers print them, or by a middle
 *   dot or a bar), else %NULL
 */
char *
_byline_import_slashed_role (const char *line)
{
  static const char * const marks[] = { " · ", " | ", NULL };
  g_autofree char *name = NULL;
  g_autofree char *role = NULL;

  for (guint i = 0; name == NULL && marks[i] != NULL; i++)
    {
      const char *mark = strstr (line, marks[i]);

      if (mark != NULL && strstr (mark + 1, marks[i]) == NULL && strlen (line) <= 100)
        {
          name = g_strstrip (g_strndup (line, mark - line));
          role = g_strstrip (g_strdup (mark + strlen (marks[i])));
        }
    }
  if ((name == NULL && !_byline_import_split_slash (line, &name, &role)) || !_byline_import_is_full_name (name) ||
      !_byline_import_is_writer_role (role))
    return NULL;
  return g_strdup_printf ("%s, %s", name, role);
}

/**
 * _byline_import_split_slash:
 * @left: (out): what comes before the slash, its spaces trimmed
 * @right: (out): what comes after it
 *
 * "Kerry-Ann Whyte/Staff Reporter", "Jane Doe / AP": a short line (100
 * bytes at most) parted by one slash, and only one, into its two sides.
 */
gboolean
_byline_import_split_slash (const char  *line,
                            char       **left,
                            char       **right)
{
  const char *slash = strchr (line, '/');

  if (slash == NULL || strchr (slash + 1, '/') != NULL || strlen (line) > 100)
    return FALSE;
  *left = g_strstrip (g_strndup (line, slash - line));
  *right = g_strstrip (g_strdup (slash + 1));
  return TRUE;
}

/**
 * _byline_import_drop_reporter_words:
 * @names: (nullable): the story's bylines, changed in place
 *
 * "이민수 기자" → "이민수", "佐藤健太記者" → "佐藤健太": the word for
 * "reporter" ("correspondent") a Korean or Japanese name line ends with
 * is the name's title, not the name, as is Sinhala's "by" after the
 * name ("නිරෝෂා කුමාරි විසින්"); so is a job title before a full
 * name ("By Court Reporter Owen Pryce" → "Owen Pryce").
 */
void
_byline_import_drop_reporter_words (char **names)
{
  static const char * const words[] = { " 기자", " 특파원", "기자", "특파원", "　記者", " 記者", "記者", " 记者", "记者",
                                        " විසින්", NULL };

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (names[i], " ", -1);
      guint n = g_strv_length (parts);

      for (guint k = 1; k + 2 <= n && k <= 3; k++)
        {
          g_autofree char *rest = g_strjoinv (" ", parts + k);
          g_autofree char *title = NULL;

          title = g_strndup (names[i], strlen (names[i]) - strlen (rest) - 1);
          if (_byline_import_is_job_title (title) && _byline_import_is_full_name (rest))
            {
              memmove (names[i], names[i] + strlen (title) + 1, strlen (rest) + 1);
              break;
            }
        }
      for (guint j = 0; words[j] != NULL; j++)
        {
          gsize len = strlen (names[i]);

          /* (a name is left: "기자" alone is no one's) */
          if (g_str_has_suffix (names[i], words[j]) && len > strlen (words[j]))
            {
              names[i][len - strlen (words[j])] = '\0';
              g_strchomp (names[i]);
              break;
            }
        }
    }
}

/**
 * _byline_import_greek_nominative:
 * @names: the names after Greek's "Της" ("by", of a woman): "Ελένης
 *   Παπαδοπούλου", "Μαρίας Γεωργίου και Ελένης Κώστα"
 *
 * A woman's given name in the genitive ends in "-ης" or "-ας" where its
 * nominative ends in "-η" or "-α"; her surname is the same in both.
 *
 * Returns: (transfer full) (nullable): "By Ελένη Παπαδοπούλου", "By Μαρία
 *   Γεωργίου and Ελένη Κώστα", for _byline_import_parse_byline(); %NULL
 *   when a given name is not in that genitive
 */
char *
_byline_import_greek_nominative (const char *names)
{
  g_auto(GStrv) people = g_strsplit (names, " και ", -1);
  g_autoptr(GString) out = g_string_new ("By ");
  gsize sigma = strlen ("ς");

  for (guint i = 0; people[i] != NULL; i++)
    {
      char *space = strchr (people[i], ' ');
      gsize given = space != NULL ? (gsize) (space - people[i]) : strlen (people[i]);

      if (given <= 2 * sigma || strncmp (people[i] + given - sigma, "ς", sigma) != 0 ||
          (strncmp (people[i] + given - 2 * sigma, "η", sigma) != 0 &&
           strncmp (people[i] + given - 2 * sigma, "α", sigma) != 0))
        return NULL;
      g_string_append_printf (out, "%s%.*s%s", i > 0 ? " and " : "", (int) (given - sigma), people[i],
                              people[i] + given);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Whether @text is words of a script without capitals (Arabic, Bengali,
 * Devanagari …), @min to @max of them, with no digits */
static gboolean
is_uncased_words (const char *text,
                  guint       min,
                  guint       max)
{
  guint n = _byline_import_count_words (text);

  if (n < min || n > max)
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80 ? !(c == ' ' || c == '.') : (g_unichar_isupper (c) || g_unichar_islower (c) ||
                                               g_unichar_isdigit (c) || g_unichar_ispunct (c)))
        return FALSE;
    }
  return TRUE;
}

/* Whether @text is a Japanese name: two to six Han or kana characters */
static gboolean
is_japanese_name (const char *text)
{
  glong n = g_utf8_strlen (text, -1);

  if (n < 2 || n > 6)
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      GUnicodeScript script = g_unichar_get_script (g_utf8_get_char (p));

      if (script != G_UNICODE_SCRIPT_HAN && script != G_UNICODE_SCRIPT_HIRAGANA && script != G_UNICODE_SCRIPT_KATAKANA)
        return FALSE;
    }
  return TRUE;
}

/**
 * _byline_import_japanese_byline:
 *
 * "北海道新聞　佐藤健太", "佐藤健太・北海道新聞": a Japanese paper's or
 * agency's name beside its writer's, a space or a dot between
 *
 * Returns: (transfer full) (nullable): the writer's name, or %NULL
 */
char **
_byline_import_japanese_byline (const char *line)
{
  static const char * const papers[] = { "新聞", "新聞社", "新報", "日報", "通信", "通信社", "タイムス", "タイムズ", "放送", NULL };
  static const char * const gaps[] = { "\u3000", " ", "・", NULL };

  if (strlen (line) > 90)
    return NULL;
  for (guint i = 0; gaps[i] != NULL; i++)
    {
      const char *gap = strstr (line, gaps[i]);
      g_autofree char *first = NULL;
      const char *second;

      if (gap == NULL || gap == line)
        continue;
      first = g_strndup (line, gap - line);
      second = gap + strlen (gaps[i]);
      for (guint j = 0; papers[j] != NULL; j++)
        {
          if (g_str_has_suffix (first, papers[j]) && is_japanese_name (second))
            return g_strdupv ((char *[]) { (char *) second, NULL });
          if (g_str_has_suffix (second, papers[j]) && is_japanese_name (first))
            return g_strdupv ((char *[]) { first, NULL });
        }
    }
  return NULL;
}

/**
 * _byline_import_uncased_byline:
 * @line: a line under the headline
 * @place: (out) (optional): the place, when there is one to set
 *
 * A byline in a script without capitals, no label: the place and the
 * name ("دبي - أحمد السيد", as Arab papers sign) or the name and the
 * place ("আরিফুল হক, রাজশাহী"): one or two words of place, two or three
 * of name, no agency; or a Japanese paper's name and its writer's
 * ("北海道新聞　佐藤健太").
 *
 * Returns: (transfer full) (nullable): the name, or %NULL
 */
char **
_byline_import_uncased_byline (const char  *line,
                               char       **place)
{
  static const char * const dashes[] = { " - ", " – ", " — ", NULL };
  const char *comma = strstr (line, ", ");
  g_autofree char *where = NULL;
  g_autofree char *who = NULL;

  if (strlen (line) > 120)
    return NULL;
  {
    char **japanese = _byline_import_japanese_byline (line);

    if (japanese != NULL)
      return japanese;
  }
  if (comma == NULL)
    comma = strstr (line, "، ");
  if (comma != NULL)
    {
      who = g_strstrip (g_strndup (line, comma - line));
      where = g_strstrip (g_strdup (strchr (comma, ' ') + 1));
    }
  for (guint i = 0; who == NULL && dashes[i] != NULL; i++)
    {
      const char *dash = strstr (line, dashes[i]);

      if (dash == NULL)
        continue;
      where = g_strstrip (g_strndup (line, dash - line));
      who = g_strstrip (g_strdup (dash + strlen (dashes[i])));
    }
  /* (not a section and its desk: "اقتصاد - بورس و بازار") */
  if (who == NULL || !is_uncased_words (who, 2, 3) || !is_uncased_words (where, 1, 2) ||
      _byline_import_is_agency (who) || _byline_import_is_agency (where) || strstr (who, " و ") != NULL)
    return NULL;
  if (place != NULL)
    *place = g_steal_pointer (&where);
  return g_strdupv ((char *[]) { who, NULL });
}

/**
 * _byline_import_add_writers:
 * @bylines: (inout): the writers read so far, or %NULL
 * @names: (transfer full): the writers of another byline line
 *
 * A second byline line names more writers ("Jane Doe | date" over "By
 * John Smith"): they are added after the first, a name given twice once.
 */
void
_byline_import_add_writers (char ***bylines,
                            char  **names)
{
  g_autoptr(GStrvBuilder) all = NULL;

  if (*bylines == NULL)
    {
      *bylines = names;
      return;
    }
  all = g_strv_builder_new ();
  g_strv_builder_addv (all, (const char **) *bylines);
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (!g_strv_contains ((const char * const *) *bylines, names[i]))
        g_strv_builder_add (all, names[i]);
    }
  g_strfreev (names);
  g_strfreev (*bylines);
  *bylines = g_strv_builder_end (all);
}

/**
 * _byline_import_note_agency:
 * @note: the story's note
 * @agency: the agency its dateline credits ("BRISTOL, England (AP) —")
 *
 * A wire story with writers of its own still credits the agency: the
 * dateline's credit is cut from the lede, so the note keeps it.
 */
void
_byline_import_note_agency (GString    *note,
                            const char *agency)
{
  /* Translators: the news agency a wire story's dateline credits, in the
   * imported story's note (for instance "Agency: AP") */
  g_autofree char *line = g_strdup_printf (_("Agency: %s"), agency);

  g_string_append_printf (note, "%s%s", note->len > 0 ? "\n" : "", line);
}

/**
 * _byline_import_is_sentence_case_title:
 *
 * A job title in sentence case, whatever its beat: "Personal finance
 * editor", "Local democracy reporter", "Fact-check reporter" (two to four
 * words, a writer's role last, every word but the first in lower case:
 * a name before the title would be capitalised)
 */
gboolean
_byline_import_is_sentence_case_title (const char *line)
{
  g_auto(GStrv) words = g_strsplit (line, " ", -1);
  guint n = g_strv_length (words);

  if (n < 2 || n > 4 || !_byline_import_ends_with_role (line) || !g_unichar_isupper (g_utf8_get_char (words[0])))
    return FALSE;
  for (guint i = 1; i < n; i++)
    {
      if (!g_unichar_islower (g_utf8_get_char (words[i])) || strchr (words[i], ',') != NULL)
        return FALSE;
    }
  return TRUE;
}

/**
 * _byline_import_first_credit:
 *
 * A line of credits, each a short sentence of a role and its names:
 * "Presented by Lucy Kemp. Produced by Arjun Mehta." (a podcast's page,
 * a video's) → "Presented by Lucy Kemp", the first, whose names are the
 * byline
 *
 * Returns: (transfer full) (nullable): the first credit, or %NULL when
 *   @line is not such a line
 */
char *
_byline_import_first_credit (const char *line)
{
  g_auto(GStrv) parts = NULL;
  guint n;

  if (strlen (line) > 200 || !g_str_has_suffix (line, ".") || strstr (line, ". ") == NULL)
    return NULL;
  parts = g_strsplit (line, ". ", -1);
  n = g_strv_length (parts);
  if (n > 4)
    return NULL;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *lower = g_utf8_strdown (parts[i], -1);
      const char *by = strstr (lower, " by ");

      /* (each "Role by Name", the role one or two words) */
      if (by == NULL || _byline_import_count_words (parts[i]) > 10 || by == lower ||
          g_utf8_strlen (lower, by - lower) > 20 || strchr (lower, ',') != NULL)
        return NULL;
    }
  return g_strdup (parts[0]);
}

/**
 * _byline_import_lower_case_byline:
 *
 * Returns: (transfer full) (nullable): "by lena okafor" typed in lower
 *   case as "by Lena Okafor" (a short line with no capital at all that
 *   opens with a byline's word), else %NULL
 */
char *
_byline_import_lower_case_byline (const char *line)
{
  g_autofree char *lower = g_utf8_strdown (line, -1);
  guint n_prefixes;
  const BylinePrefix *byline_prefixes = _byline_import_byline_prefixes (&n_prefixes);
  GString *out;
  gboolean start = TRUE;

  if (!g_str_equal (lower, line) || strlen (line) > 80 || _byline_import_count_words (line) > 8 ||
      !_byline_import_has_letter (line))
    return NULL;
  for (guint i = 0; i < n_prefixes; i++)
    {
      gsize plen = strlen (byline_prefixes[i].prefix);

      if (strncmp (line, byline_prefixes[i].prefix, plen) != 0 || line[plen] == '\0')
        continue;
      /* (the joining words and a name's particles stay in lower case:
       * "by ana de la cruz and tom reid") */
      {
        static const char * const small[] = {
          "and", "de", "da", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den", "bin", "al", NULL
        };
        g_auto(GStrv) words = g_strsplit (line + plen, " ", -1);
        g_autofree char *conjunction = g_strstrip (g_strdup (byline_prefixes[i].conjunction ? byline_prefixes[i].conjunction : "and"));

        out = g_string_new_len (line, plen);
        for (guint w = 0; words[w] != NULL; w++)
          {
            gboolean keep = w > 0 && (g_strv_contains (small, words[w]) || g_str_equal (words[w], conjunction));

            if (w > 0)
              g_string_append_c (out, ' ');
            for (const char *p = words[w]; *p != '\0'; p = g_utf8_next_char (p))
              {
                gunichar c = g_utf8_get_char (p);

                g_string_append_unichar (out, start && !keep ? g_unichar_totitle (c) : c);
                start = c == '-';
              }
            start = TRUE;
          }
      }
      /* (a script without capitals stays as it is: no byline of this kind) */
      if (g_str_equal (out->str, line))
        {
          g_string_free (out, TRUE);
          return NULL;
        }
      return g_string_free (out, FALSE);
    }
  return NULL;
}

/* byline-import-furniture.c: the page furniture around a story's header
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Above the headline a copy catches the site's navigation: a menu
 * ("Home" / "News" / "UK"), a trail of crumbs ("News / City / Mumbai",
 * "News|Climate Crisis") or a section's name ("International"). Around
 * the byline it catches the writer's signature block: the name, then
 * their title, their paper or desk and the date, one to a line
 * ("Emma Whitfield" / "BBC News, Leeds", "Kevin Marsh" / "The Daily
 * Ledger" / "Published 6:14 AM EST Nov. 28, 2026").
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import.h"
#include "byline-import-private.h"

static const char * const crumb_separators[] = { " / ", " | ", "|", " > ", " › ", " » ", " · ", "  ", NULL };

/* The parts of a date line: a bar first ("Posted: Nov 28, 2026 / 06:05
 * AM EST | Updated: …" is two dates, each with a slash in it) */
static const char * const date_separators[] = { " | ", "|", " / ", " › ", " » ", " · ", " • ", "  ", NULL };

/* A menu's entry or a crumb: a few words (or twenty letters of a script
 * of three bytes a letter, Burmese's "ပြည်တွင်းသတင်း"), no figures, no sentence */
static gboolean
is_menu_word (const char *text)
{
  return _byline_import_count_words (text) <= 3 && (strlen (text) <= 40 || g_utf8_strlen (text, -1) <= 20) &&
         _byline_import_has_letter (text) &&
         !_byline_import_ends_with_punctuation (text) && strpbrk (text, "0123456789") == NULL &&
         !_byline_import_has_figure (text);
}

/* How many crumbs @line's trail has ("News / City / Mumbai": 3), or 0
 * when it is none */
static guint
crumb_trail_parts (const char *line)
{
  for (guint i = 0; crumb_separators[i] != NULL; i++)
    {
      g_auto(GStrv) parts = NULL;
      guint n = 0;

      if (strstr (line, crumb_separators[i]) == NULL)
        continue;
      parts = g_strsplit (line, crumb_separators[i], -1);
      for (; parts[n] != NULL; n++)
        {
          /* (a crumb is a section's name: "Opinion | Why trams matter"
           * is a headline) */
          g_strstrip (parts[n]);
          if (!is_menu_word (parts[n]) || _byline_import_count_words (parts[n]) > 2 ||
              _byline_import_is_agency (parts[n]))
            return 0;
        }
      return n >= 2 ? n : 0;
    }
  return 0;
}

/* A site's name as its logo reads, one short word, figures and all:
 * "g1", "t3n", "20min" */
static gboolean
is_logo_word (const char *line)
{
  return _byline_import_count_words (line) == 1 && strlen (line) <= 12 && _byline_import_has_letter (line) &&
         !_byline_import_ends_with_punctuation (line);
}

/* "Skip to content", "Skip to main content": a screen reader's link, a
 * page's first line */
static gboolean
is_skip_link (const char *line)
{
  g_autofree char *lower = _byline_import_lower (line);

  return g_str_has_prefix (lower, "skip to ") && _byline_import_count_words (line) <= 5;
}

/**
 * _byline_import_is_navigation:
 * @lines: the lines of one block, with plain spaces
 * @n: how many
 * @headline_next: whether a headline-like line follows the block
 *
 * Whether a block on top of the copy is the site's navigation: a menu of
 * one-to-three-word lines (one of them a single word), or, with a
 * headline under it, a crumb trail of one-or-two-word sections or a
 * section's one-word name. Never a byline,
 * a date or an agency.
 */
gboolean
_byline_import_is_navigation (const char * const *lines,
                              guint               n,
                              GTimeZone          *default_zone,
                              gboolean            headline_next)
{
  gboolean single_word = FALSE;
  gboolean two_words = TRUE;
  /* (the site's own name over its menu, "BBC News" / "Home" / "News" /
   * "Sport", "g1" / "Menu" / "São Paulo": the menu all the same) */
  guint first = n >= 3 && (_byline_import_is_agency (lines[0]) || _byline_import_is_outlet_name (lines[0]) ||
                           is_logo_word (lines[0])) ? 1 : 0;

  /* A page's first line, "Skip to content", and the menu bar under it
   * ("Account", "SUBSCRIBE FOR $1/WEEK", today's date): no line a
   * sentence or a byline */
  if (_byline_import_is_section_list (lines, n))
    return TRUE;
  if (n >= 2 && is_skip_link (lines[0]))
    {
      for (guint i = 1; i < n; i++)
        {
          g_auto(GStrv) names = _byline_import_parse_byline (lines[i]);

          if (names != NULL || _byline_import_count_words (lines[i]) > 6 || strlen (lines[i]) > 60 ||
              _byline_import_ends_with_punctuation (lines[i]))
            return FALSE;
        }
      return TRUE;
    }

  for (guint i = first; i < n; i++)
    {
      g_auto(GStrv) names = _byline_import_parse_byline (lines[i]);
      g_autoptr(GDateTime) date = NULL;
      g_autofree char *zone = NULL;

      if (names != NULL || _byline_import_is_agency (lines[i]) ||
          byline_import_parse_date (lines[i], default_zone, &date, &zone))
        return FALSE;
    }
  /* (a site's masthead over the headline: "NHK NEWS WEB", "The Coastline
   * Courier"; an agency there is the byline, and so is a writer's name
   * that ends in a paper's word, "Robert Post") */
  /* (a menu of four sections or more in one line, "Home | News | World |
   * Sport", whatever follows it: a section's name may) */
  if (n == 1 && crumb_trail_parts (lines[0]) >= 4)
    return TRUE;
  if (n == 1)
    return headline_next && (crumb_trail_parts (lines[0]) > 0 ||
                             (_byline_import_count_words (lines[0]) == 1 && is_menu_word (lines[0])) ||
                             (_byline_import_count_words (lines[0]) >= 2 && _byline_import_is_outlet_name (lines[0]) &&
                              !_byline_import_is_agency (lines[0]) &&
                              (!_byline_import_is_full_name (lines[0]) || g_str_has_prefix (lines[0], "The ") ||
                               _byline_import_is_shouted (lines[0]))));

  for (guint i = first; i < n; i++)
    {
      if (!is_menu_word (lines[i]))
        return FALSE;
      single_word |= _byline_import_count_words (lines[i]) == 1;
      /* (Vietnamese writes its words a syllable apart: "Thời sự" /
       * "Xã hội", sections of two "words" each, no name) */
      two_words &= _byline_import_count_words (lines[i]) == 2 && !_byline_import_is_name (lines[i]);
    }
  return single_word || (headline_next && n >= 2 && two_words);
}

/* The writer's paper, desk or place under the name: "BBC News, Leeds",
 * "The Daily Ledger", "Reuters", "Special to the Ledger" */
static gboolean
is_affiliation (const char *line)
{
  g_auto(GStrv) parts = NULL;

  if (strlen (line) > 80 || _byline_import_count_words (line) > 6)
    return FALSE;
  /* "Special to The Globe and Mail": a contributor's, not staff */
  if (g_ascii_strncasecmp (line, "special to ", strlen ("special to ")) == 0)
    return TRUE;
  parts = g_strsplit (line, ", ", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (!_byline_import_is_agency (parts[i]) && !_byline_import_is_name (parts[i]))
        return FALSE;
    }
  return TRUE;
}

/* A site's name as its brand writes it, one word: "detikJateng",
 * "kumparanNEWS" (lower case, then capitals), "Liputan6.com" */
static gboolean
is_site_brand (const char *word)
{
  const char *p = word;

  if (strchr (word, ' ') != NULL || strlen (word) < 5 || strlen (word) > 30)
    return FALSE;
  if (g_str_has_suffix (word, ".com") || g_str_has_suffix (word, ".co.id") || g_str_has_suffix (word, ".net"))
    return TRUE;
  while (g_ascii_islower (*p))
    p++;
  return p - word >= 3 && g_ascii_isupper (*p) && strspn (p, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") == strlen (p);
}

/* "Health reporter, BBC News": the writer's title, then the paper */
static gboolean
is_title_and_affiliation (const char *line)
{
  const char *comma = strstr (line, ", ");
  g_autofree char *title = NULL;

  if (comma == NULL)
    return FALSE;
  title = g_strndup (line, comma - line);
  return _byline_import_is_job_title (title) && is_affiliation (comma + 2);
}

/* @line without its "@handle" words */
static char *
without_handles (const char *line)
{
  g_auto(GStrv) words = g_strsplit (line, " ", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      /* (and e-mail addresses: "kmorgan@news-leader.com") */
      if (words[i][0] == '\0' || (strchr (words[i], '@') != NULL && words[i][1] != '\0'))
        continue;
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", words[i]);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* "Source: Reuters", "Źródło: PAP", "Quelle: dpa": an agency's credit
 * under the name */
static gboolean
is_source_line (const char *line)
{
  static const char * const labels[] = {
    "Source: ", "Źródło: ", "Quelle: ", "Fuente: ", "Fonte: ", "Kaynak: ", "Bron: ", "Källa: ", "Source : ", NULL
  };

  for (guint i = 0; labels[i] != NULL; i++)
    {
      if (g_str_has_prefix (line, labels[i]) && is_affiliation (line + strlen (labels[i])))
        return TRUE;
    }
  return FALSE;
}

/* "Editor: Wang Lei", "Edited by Jane Doe": the page's editor, no writer */
static gboolean
is_editor_line (const char *line)
{
  static const char * const labels[] = {
    "Editor: ", "Editors: ", "Editor:", "Edited by ", "Editing by ", "Redaktion: ", "Redakteur: ",
    "Редактор: ", "Rédaction : ", "责任编辑：", "责任编辑:", NULL
  };

  for (guint i = 0; labels[i] != NULL; i++)
    {
      const char *rest = line + strlen (labels[i]);

      if (g_str_has_prefix (line, labels[i]) && strlen (rest) <= 60 && _byline_import_has_letter (rest) &&
          !_byline_import_ends_with_punctuation (rest) && _byline_import_count_words (rest) <= 6)
        return TRUE;
    }
  return FALSE;
}

/**
 * _byline_import_credit_part:
 * @part: a part of a date line ("Source: Xinhua | 2026-11-28 16:20:15 |
 *   Editor: Liu Yang")
 * @agency: (out) (transfer full) (nullable): the agency a source names
 *
 * Whether @part is an agency's credit ("Source: Xinhua") or the page's
 * editor ("Editor: Liu Yang"): the date line's furniture, not the story's
 */
gboolean
_byline_import_credit_part (const char  *part,
                            char       **agency)
{
  *agency = NULL;
  if (is_editor_line (part))
    return TRUE;
  if (!is_source_line (part))
    return FALSE;
  if (_byline_import_is_agency (strchr (part, ':') + 1 + (strchr (part, ':')[1] == ' ')))
    *agency = g_strdup (strchr (part, ':') + 1 + (strchr (part, ':')[1] == ' '));
  return TRUE;
}

/* "Reporting from Kyiv, Ukraine" → "Kyiv, Ukraine" */
static char *
reporting_from (const char *line)
{
  static const char * const prefixes[] = { "Reporting from ", "Reported from ", NULL };

  const char *reported = strstr (line, " reported from ");

  for (guint i = 0; prefixes[i] != NULL; i++)
    {
      const char *place = line + strlen (prefixes[i]);

      if (g_str_has_prefix (line, prefixes[i]) && is_affiliation (place))
        return g_strdup (place);
    }
  /* "Anna Kovac reported from Queens.", as the New York Times signs */
  if (reported != NULL && strlen (line) <= 120)
    {
      g_autofree char *who = g_strndup (line, reported - line);
      g_autofree char *place = g_strdup (reported + strlen (" reported from "));
      g_autofree char *by = g_strconcat ("By ", who, NULL);
      g_auto(GStrv) names = _byline_import_parse_byline (by);
      gsize len = strlen (place);

      if (len > 1 && place[len - 1] == '.')
        place[len - 1] = '\0';
      if (names != NULL && is_affiliation (place))
        return g_steal_pointer (&place);
    }
  return NULL;
}

/**
 * _byline_import_parse_signature:
 * @lines: the lines of one block, with plain spaces
 * @n: how many (2 to 4)
 * @is_time_line: (out): for each line, whether it holds a date or time
 *   (for the caller to read)
 * @place: (out) (optional) (transfer full): the place of a "Reporting
 *   from Kyiv, Ukraine" or "ZAGREB" line, or %NULL
 *
 * A signature block: a byline ("By …", "Von …"), a full name or an
 * agency on the first line, then only job titles, the paper or desk,
 * "Reporting from …", a source ("Źródło: PAP") and date lines. The place
 * of "Reporting from Kyiv", of "BBC News, Leeds", of a place's line
 * ("ZAGREB", "in Lagos") or of the byline itself ("Maria Lopez | Madrid")
 * is @place. A "By …" the names of which cannot be read ("Par Le Figaro
 * avec AFP") is the byline as it is when a date line follows.
 *
 * Returns: (transfer full) (nullable): the names, or %NULL
 */
char **
_byline_import_parse_signature (const char * const *lines,
                                guint               n,
                                const char         *story,
                                GTimeZone          *default_zone,
                                gboolean           *is_time_line,
                                char              **place)
{
  g_auto(GStrv) names = NULL;
  g_autofree char *from = NULL;
  g_autofree char *text = NULL;
  gboolean other = FALSE, dated = FALSE, verbatim = FALSE;
  gboolean labelled;
  g_autofree char *first = NULL;
  const char *unstopped[4];

  if (place != NULL)
    *place = NULL;
  if (n < 2 || n > 4)
    return NULL;
  /* "Julie MARTIN." over the date: the name with a full stop after it
   * (not an initial's: "Anna K.") */
  if (g_str_has_suffix (lines[0], ".") && !g_str_has_suffix (lines[0], "..") && strlen (lines[0]) > 3 &&
      lines[0][strlen (lines[0]) - 3] != ' ')
    {
      g_autofree char *cut = g_strndup (lines[0], strlen (lines[0]) - 1);

      if (_byline_import_is_full_name (cut))
        {
          for (guint i = 0; i < n; i++)
            unstopped[i] = lines[i];
          unstopped[0] = first = g_steal_pointer (&cut);
          lines = unstopped;
        }
    }
  names = _byline_import_parse_byline (lines[0]);
  labelled = names != NULL;
  if (names == NULL)
    names = _byline_import_parse_signed_line (lines[0], TRUE);
  /* "Anna Kovac in Zagreb" over the date, as the Guardian signs */
  if (names == NULL && strstr (lines[0], " in ") != NULL)
    {
      const char *in = strstr (lines[0], " in ");
      g_autofree char *name = g_strndup (lines[0], in - lines[0]);
      g_autofree char *where = _byline_import_place_line (in + 1, TRUE);

      if (where != NULL && _byline_import_is_full_name (name))
        {
          names = g_new0 (char *, 2);
          names[0] = _byline_import_unshout (name);
          from = g_steal_pointer (&where);
        }
    }
  /* ("Por Redacción" is the newsroom after a "By", read below) */
  if (names == NULL && (text = _byline_import_byline_text (lines[0])) == NULL &&
      ((_byline_import_is_name (lines[0]) && _byline_import_count_words (lines[0]) >= 2 &&
        strstr (lines[0], ", ") == NULL && !_byline_import_names_no_one (lines[0])) ||
       _byline_import_is_agency (lines[0])))
    {
      names = g_new0 (char *, 2);
      names[0] = _byline_import_unshout (lines[0]);
    }
  /* "Sam Ortiz and Kayla Brennan" over "Staff writers": full names
   * joined by "and", no "By" (each must be a full name: "Fire and Rescue"
   * is none); "Sibongile Khumalo, Jan Gerber" over the date, two by a
   * comma (the second a person's, see _byline_import_parse_byline()) */
  if (names == NULL && (strstr (lines[0], " and ") != NULL || strstr (lines[0], " & ") != NULL ||
                        strstr (lines[0], ", ") != NULL))
    {
      g_autofree char *with_by = g_strconcat ("by ", lines[0], NULL);
      g_auto(GStrv) found = _byline_import_parse_byline (with_by);
      gboolean all = found != NULL && found[0] != NULL && found[1] != NULL;

      for (guint i = 0; all && found[i] != NULL; i++)
        all = _byline_import_is_full_name (found[i]);
      if (all)
        names = g_steal_pointer (&found);
    }
  /* "Jane Doe | Dawn": the name and the paper; "Ahmet Yılmaz / İstanbul",
   * "Ahmet Yılmaz - İstanbul": the name and the place */
  {
    static const char * const separators[] = { " | ", " / ", " - ", " – ", NULL };

    for (guint i = 0; names == NULL && separators[i] != NULL; i++)
      {
        const char *sep = strstr (lines[0], separators[i]);
        g_autofree char *name = sep != NULL ? g_strndup (lines[0], sep - lines[0]) : NULL;
        const char *rest = sep != NULL ? sep + strlen (separators[i]) : NULL;
        g_autofree char *where = NULL;

        if (name == NULL || !_byline_import_is_full_name (name))
          continue;
        /* ("Angling Adhitya Purbaya - detikJateng": the site's brand) */
        if ((i == 0 && is_affiliation (rest)) || _byline_import_is_agency (rest) || is_site_brand (rest))
          {
            names = g_new0 (char *, 2);
            names[0] = _byline_import_unshout (name);
          }
        else if (i > 0 && (where = _byline_import_place_line (rest, TRUE)) != NULL)
          {
            names = g_new0 (char *, 2);
            names[0] = _byline_import_unshout (name);
            g_free (from);
            from = g_steal_pointer (&where);
          }
      }
  }
  if (names == NULL && text != NULL &&
      _byline_import_count_words (text) <= 6 && _byline_import_has_letter (text) &&
      !_byline_import_ends_with_punctuation (text))
    {
      names = g_new0 (char *, 2);
      names[0] = g_steal_pointer (&text);
      labelled = verbatim = TRUE;
    }
  /* "الجزيرة نت - الخرطوم" / date: the agency's credit and place */
  if (names == NULL)
    names = _byline_import_parse_credit_line (lines[0]);
  /* "Source: Xinhua" / "Editor: Wang Lei" / date: the agency's page */
  if (names == NULL && is_source_line (lines[0]) && _byline_import_is_agency (strstr (lines[0], ": ") + 2))
    {
      names = g_new0 (char *, 2);
      names[0] = g_strdup (strstr (lines[0], ": ") + 2);
    }
  if (names == NULL)
    return NULL;
  /* "Maria Lopez | Madrid", "By Omar Haddad in Beirut" */
  if (from == NULL)
    from = _byline_import_byline_place (lines[0], story);

  is_time_line[0] = FALSE;
  for (guint i = 1; i < n; i++)
    {
      is_time_line[i] = _byline_import_is_relative_time (lines[i]) ||
                        _byline_import_is_header_date (lines[i], default_zone);
      if (is_time_line[i])
        {
          dated = TRUE;
          continue;
        }
      if (from == NULL && (from = reporting_from (lines[i])) != NULL)
        continue;
      /* "and Tom Hale" or "Tom Hale" under "By Anna Kovac"; "Words by Joe
       * Barrow" under "Photographs by Anna Lindqvist" */
      if (labelled && !verbatim)
        {
          g_auto(GStrv) more = _byline_import_more_writers (lines[i], TRUE, lines[0], story);

          if (more == NULL)
            more = _byline_import_parse_byline (lines[i]);

          if (more != NULL)
            {
              _byline_import_add_writers (&names, g_steal_pointer (&more));
              continue;
            }
        }
      /* "Źródło: PAP", "Source: Reuters": the agency's credit; "Editor:
       * Wang Lei"; "Kuvat: Mikko Laine", the photographer's */
      if (is_source_line (lines[i]) || is_editor_line (lines[i]) || _byline_import_is_photo_credit (lines[i]))
        {
          other = TRUE;
          continue;
        }
      /* "ZAGREB", "in Lagos", "Madrid" under the name: where the writer is */
      if (from == NULL && (from = _byline_import_place_line (lines[i], TRUE)) != NULL)
        {
          other = TRUE;
          continue;
        }
      {
        /* "Political reporter @janedoe": the handle is no part of it */
        g_autofree char *bare = without_handles (lines[i]);

        /* ("@janedoe" or an e-mail address alone: the writer's contact) */
        if (bare[0] == '\0' && strchr (lines[i], '@') != NULL && strlen (lines[i]) <= 80)
          {
            other = TRUE;
            continue;
          }
        if (bare[0] == '\0' || (!_byline_import_is_job_title (bare) && !is_affiliation (bare) &&
                                 !is_title_and_affiliation (bare)))
          return NULL;
        /* "BBC News, Leeds": the agency's, then the place */
        if (from == NULL && strstr (bare, ", ") != NULL)
          {
            g_autofree char *agency = g_strndup (bare, strstr (bare, ", ") - bare);

            if (_byline_import_is_agency (agency))
              from = g_strdup (strstr (bare, ", ") + 2);
          }
      }
      other = TRUE;
    }
  /* A name over a date alone is a signature only when the name reads as
   * one (a headline over a date is a headline); a byline read as it is
   * needs its date */
  if (!other && !labelled && _byline_import_count_words (names[0]) > 3)
    return NULL;
  if (verbatim && !dated)
    return NULL;
  if (place != NULL)
    *place = g_steal_pointer (&from);
  return g_steal_pointer (&names);
}

/**
 * _byline_import_split_date_line:
 *
 * A date line that says more: "Published 6:14 AM EST Nov. 28, 2026 |
 * Updated 9:02 AM EST Nov. 28, 2026", "TNN / Updated: Nov 28, 2026, 09:15
 * IST", "Posted Sat 28 Nov 2026 at 6:30am, updated …" → its parts
 *
 * Returns: (transfer full) (nullable): two parts or more, or %NULL
 */
char **
_byline_import_split_date_line (const char *line)
{
  static const char * const updates[] = {
    ", updated", "; updated", ", last updated", ", modified", ", modifié", ", mis à jour",
    ", actualizado", ", aktualisiert", "- updated", "- güncelleme", "- aktualizacja", "- aangepast",
    "- bijgewerkt", "- uppdaterad", "- actualizado", "- aktualisiert", "- modifié", "- mis à jour",
    "- last updated", ", modificado", "- modificado", ", atualizado", "- atualizado", ", aggiornato",
    "- aggiornato", NULL
  };
  g_autofree char *lower = g_utf8_strdown (line, -1);
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) parts = NULL;
  const char *cut = NULL;

  if (strlen (line) > 200)
    return NULL;
  /* (case folding keeps these words' lengths) */
  for (guint i = 0; updates[i] != NULL && strlen (lower) == strlen (line); i++)
    {
      const char *hit = strstr (lower, updates[i]);

      if (hit != NULL && (cut == NULL || hit < cut))
        cut = hit;
    }
  /* "28 novembre 2026 (modifica il 28 novembre 2026 | 11:02)" */
  if (cut == NULL && g_str_has_suffix (line, ")") && strlen (lower) == strlen (line))
    {
      const char *open = strrchr (lower, '(');

      if (open != NULL && open > lower && open[-1] == ' ')
        {
          char **two = g_new0 (char *, 3);

          two[0] = g_strstrip (g_strndup (line, open - lower));
          two[1] = g_strndup (line + (open - lower) + 1, strlen (line) - (open - lower) - 2);
          return two;
        }
    }
  if (cut != NULL)
    {
      char **two = g_new0 (char *, 3);

      two[0] = g_strstrip (g_strndup (line, cut - lower));
      two[1] = g_strstrip (g_strdup (line + (cut - lower) + 2));
      return two;
    }
  /* "입력 2026.11.27 15:20 수정 2026.11.27 17:45", "Published 27 Nov 2026
   * 14:02 Updated …": the update's word right after the first date's
   * figures, with no mark between */
  {
    static const char * const bare_updates[] = {
      " updated ", " last updated ", " modified ", " 수정 ", " 업데이트 ", " 更新 ", " aktualisiert ",
      " mis à jour ", " actualizado ", " atualizado ", " güncelleme ", " aktualizacja ", " обновлено ",
      " оновлено ", " ενημερώθηκε ", " עודכן ", " अपडेटेड ", NULL
    };

    for (guint i = 0; bare_updates[i] != NULL && strlen (lower) == strlen (line); i++)
      {
        const char *hit = strstr (lower, bare_updates[i]);

        if (hit != NULL && hit > lower && g_ascii_isdigit (hit[-1]) && (cut == NULL || hit < cut))
          cut = hit;
      }
    if (cut != NULL)
      {
        char **two = g_new0 (char *, 3);

        two[0] = g_strstrip (g_strndup (line, cut - lower));
        two[1] = g_strstrip (g_strdup (line + (cut - lower)));
        return two;
      }
  }
  for (guint i = 0; date_separators[i] != NULL; i++)
    {
      if (strstr (line, date_separators[i]) == NULL)
        continue;
      parts = g_strsplit (line, date_separators[i], -1);
      builder = g_strv_builder_new ();
      for (guint j = 0; parts[j] != NULL; j++)
        {
          g_strstrip (parts[j]);
          if (parts[j][0] != '\0')
            g_strv_builder_add (builder, parts[j]);
        }
      g_strfreev (parts);
      parts = g_strv_builder_end (builder);
      if (g_strv_length (parts) >= 2)
        return g_steal_pointer (&parts);
      return NULL;
    }
  return NULL;
}

/**
 * _byline_import_unglue_date_line:
 *
 * A date line whose parts a copy ran together ("November 28, 20266:14 AM
 * GMT+8Updated 2 hours ago": the page set them apart by layout) with
 * the parts apart again: "November 28, 2026 6:14 AM GMT+8 | Updated 2
 * hours ago"
 *
 * Returns: (transfer full) (nullable): the line, or %NULL when nothing
 *   was run together
 */
char *
_byline_import_unglue_date_line (const char *line)
{
  static const char * const words[] = { "Updated", "Published", "Posted", "Last updated", NULL };
  g_autoptr(GString) out = NULL;
  gboolean changed = FALSE;

  if (strlen (line) > 200)
    return NULL;
  out = g_string_new (NULL);
  for (const char *p = line; *p != '\0'; p++)
    {
      gsize digits = strspn (p, "0123456789");

      /* "20266:14": a year and the hour of a time */
      if ((p == line || !g_ascii_isdigit (p[-1])) && (digits == 5 || digits == 6) && p[digits] == ':' &&
          (g_str_has_prefix (p, "19") || g_str_has_prefix (p, "20")))
        {
          g_string_append_len (out, p, 4);
          g_string_append_c (out, ' ');
          g_string_append_len (out, p + 4, digits - 4);
          p += digits - 1;
          changed = TRUE;
          continue;
        }
      /* "GMT+8Updated" */
      if (p > line && (g_ascii_islower (p[-1]) || g_ascii_isdigit (p[-1]) || g_ascii_isupper (p[-1])))
        {
          for (guint i = 0; words[i] != NULL; i++)
            {
              if (g_str_has_prefix (p, words[i]) && !(g_ascii_isupper (p[-1]) && g_ascii_isupper (p[1])))
                {
                  g_string_append (out, " | ");
                  changed = TRUE;
                  break;
                }
            }
        }
      g_string_append_c (out, *p);
    }
  if (!changed)
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * _byline_import_is_header_date:
 *
 * Whether @line is a date line, or one of its parts is
 * (_byline_import_split_date_line())
 */
gboolean
_byline_import_is_header_date (const char *line,
                               GTimeZone  *default_zone)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *zone = NULL;
  g_auto(GStrv) parts = NULL;

  if (byline_import_parse_date (line, default_zone, &date, &zone))
    return TRUE;
  {
    g_autofree char *unglued = _byline_import_unglue_date_line (line);

    if (unglued != NULL)
      return _byline_import_is_header_date (unglued, default_zone);
  }
  parts = _byline_import_split_date_line (line);
  for (guint i = 0; parts != NULL && parts[i] != NULL; i++)
    {
      g_clear_pointer (&date, g_date_time_unref);
      g_clear_pointer (&zone, g_free);
      if (byline_import_parse_date (parts[i], default_zone, &date, &zone))
        return TRUE;
    }
  return FALSE;
}

/**
 * _byline_import_date_line_place:
 *
 * The place a date line opens with: "Madrid - 28 nov 2026 - 10:15 CET",
 * "القاهرة - السبت ٢٨ نوفمبر ٢٠٢٦", "لاہور: 28 نومبر 2026": 1–3
 * capitalised words (any script) before a dash or comma (a colon in a
 * script without capitals), none of them a date's word, and a date
 * after it
 *
 * Returns: (transfer full) (nullable): the place, or %NULL
 */
char *
_byline_import_date_line_place (const char *line,
                                GTimeZone  *default_zone)
{
  static const char * const dashes[] = { " - ", " – ", " — ", ", ", "، ", ": ", NULL };
  /* "published", "updated" (Bengali, Hindi, Urdu, Arabic, Persian) */
  static const char * const published[] = { "প্রকাশ", "প্রকাশিত", "আপডেট", "হালনাগাদ", "प्रकाशित", "अपडेट", "अपडेटेड",
                                            "شائع", "اپ ڈیٹ", "نشر", "تاريخ النشر", "آخر تحديث", "تاریخ انتشار",
                                            "انتشار", "به‌روزرسانی", "अद्यतन", "اپڈیٹ", "اشاعت", NULL };
  const char *cut = NULL;
  const char *after = NULL;
  g_autofree char *place = NULL;
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *zone = NULL;
  g_auto(GStrv) words = NULL;

  for (guint i = 0; dashes[i] != NULL; i++)
    {
      const char *hit = strstr (line, dashes[i]);

      if (hit != NULL && (cut == NULL || hit < cut))
        {
          cut = hit;
          after = hit + strlen (dashes[i]);
        }
    }
  if (cut == NULL || cut - line > 60)
    return NULL;
  place = g_strndup (line, cut - line);
  /* (a colon only after a script without capitals, "لاہور: 28 نومبر
   * 2026": "Updated: 28 November" is a label) */
  if (*cut == ':' && (g_unichar_isupper (g_utf8_get_char (place)) || g_unichar_islower (g_utf8_get_char (place)) ||
                      g_strv_contains (published, place)))
    return NULL;
  if (_byline_import_count_words (place) > 3 || !_byline_import_is_name (place) ||
      !byline_import_parse_date (after, default_zone, &date, &zone))
    return NULL;
  words = g_strsplit (place, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (_byline_import_is_date_word (words[i]))
        return NULL;
    }
  return g_steal_pointer (&place);
}

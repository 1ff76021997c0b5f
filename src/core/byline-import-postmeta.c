/* byline-import-postmeta.c: a blog post's meta line
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * WordPress themes, and most blogs, print who posted a story, when and in
 * which category on one line, over or under the headline: "Posted by
 * admin on November 27, 2026 in Local News", "Posted on 27 November 2026
 * by Jane Okoro", "By Jane Okoro on Nov 27, 2026 in Schools, Local News".
 * Read as wire copy, the line was taken for the headline. Its parts are
 * the byline (not the site's account names, "admin"), the date and the
 * section (the first category).
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import.h"
#include "byline-import-private.h"

typedef enum
{
  PART_NONE,
  PART_BY,
  PART_ON,
  PART_IN,
} Part;

/* The words that open a part, after a space, lowercase */
static const struct {
  const char *word;
  Part        part;
} openers[] = {
  { "by ", PART_BY }, { "on ", PART_ON }, { "in ", PART_IN },
};

/* A site's own account names, which sign posts but are no writers */
static gboolean
is_account_name (const char *name)
{
  static const char * const accounts[] = {
    "admin", "administrator", "webmaster", "site admin", "root", "wpadmin", "site editor", NULL
  };
  g_autofree char *lower = g_utf8_strdown (name, -1);

  return g_strv_contains (accounts, lower);
}

/* Whether @rest, what follows a meta line's " | ", is only the post's
 * comment count or link ("2 Comments", "Leave a comment") */
static gboolean
is_comments_blurb (const char *rest)
{
  static const char * const blurbs[] = {
    "leave a comment", "leave a reply", "no comments", "comments off", "comments closed", "one comment", NULL
  };
  g_auto(GStrv) parts = g_strsplit (rest, " | ", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *lower = g_utf8_strdown (g_strstrip (parts[i]), -1);
      char *end = NULL;

      if (g_strv_contains (blurbs, lower))
        continue;
      g_ascii_strtoull (lower, &end, 10);
      if (end == lower || (g_strcmp0 (end, " comments") != 0 && g_strcmp0 (end, " comment") != 0 &&
                           g_strcmp0 (end, " responses") != 0 && g_strcmp0 (end, " replies") != 0))
        return FALSE;
    }
  return TRUE;
}

/* The part opening at @p (lowercase), and its text's start in *@text */
static Part
part_at (const char  *p,
         const char **text)
{
  for (guint i = 0; i < G_N_ELEMENTS (openers); i++)
    {
      if (g_ascii_strncasecmp (p, openers[i].word, strlen (openers[i].word)) == 0)
        {
          *text = p + strlen (openers[i].word);
          return openers[i].part;
        }
    }
  return PART_NONE;
}

/*
 * read_post_meta:
 * @line: a header line, plain spaces
 * @bylines: (out) (transfer full) (nullable): the writer, unless the
 *   line names the site's account only
 * @date: (out) (transfer full) (nullable), @time_zone: (out) (transfer full) (nullable)
 * @section: (out) (transfer full) (nullable): the first category
 *
 * Returns: whether @line is a post's meta line (see the top of this
 *   file): "Posted" (or "Published", "Written", "Filed", Drupal's
 *   "Submitted") or "By", then
 *   parts opened by "by", "on" and "in", each read; a date or a writer
 *   at least
 */
static gboolean
read_post_meta (const char   *line,
                GTimeZone    *default_zone,
                char       ***bylines,
                GDateTime   **date,
                char        **time_zone,
                char        **section)
{
  static const char * const verbs[] = { "posted ", "published ", "written ", "filed ", "submitted ", NULL };
  g_autofree char *name = NULL;
  g_autofree char *when = NULL;
  g_autofree char *category = NULL;
  g_autoptr(GDateTime) parsed = NULL;
  g_autofree char *zone = NULL;
  const char *p = line;
  gboolean opened = FALSE;

  *bylines = NULL;
  *date = NULL;
  *time_zone = NULL;
  *section = NULL;
  if (strlen (line) > 200 || _byline_import_count_words (line) > 24)
    return FALSE;
  for (guint i = 0; verbs[i] != NULL && !opened; i++)
    {
      if (g_ascii_strncasecmp (p, verbs[i], strlen (verbs[i])) == 0)
        {
          p += strlen (verbs[i]);
          opened = TRUE;
        }
    }
  if (!opened && g_ascii_strncasecmp (p, "by ", 3) != 0)
    return FALSE;

  /* Each part runs to the next part's opening word, or to " | " (a
   * comment count or "Leave a comment" after it is left out) */
  while (*p != '\0')
    {
      const char *text, *end;
      Part part = part_at (p, &text);
      char **slot;

      if (part == PART_NONE)
        return FALSE;
      slot = part == PART_BY ? &name : part == PART_ON ? &when : &category;
      if (*slot != NULL)
        return FALSE;
      for (end = text; *end != '\0'; end++)
        {
          const char *unused;

          if (g_str_has_prefix (end, " | ") || (end[0] == ' ' && part_at (end + 1, &unused) != PART_NONE))
            break;
        }
      *slot = g_strstrip (g_strndup (text, end - text));
      if ((*slot)[0] == '\0')
        return FALSE;
      /* ("Written by Rahul Sharma | New Delhi | Updated: …" is no blog's
       * line: the other header lines read it part by part) */
      if (g_str_has_prefix (end, " | "))
        {
          if (!is_comments_blurb (end + strlen (" | ")))
            return FALSE;
          break;
        }
      p = *end == ' ' ? end + 1 : end;
    }

  if (when != NULL && !byline_import_parse_date (when, default_zone, &parsed, &zone))
    return FALSE;
  /* ("By Tom Reid in Millbrook" is a byline with its place: a line
   * opening with "By" is a post's only with its date) */
  if (!opened && when == NULL)
    return FALSE;
  if (name != NULL && !is_account_name (name))
    {
      g_autofree char *labelled = g_strconcat ("By ", name, NULL);
      g_auto(GStrv) names = _byline_import_parse_byline (labelled);

      if (names == NULL || names[0] == NULL)
        return FALSE;
      *bylines = g_steal_pointer (&names);
    }
  if (name == NULL && when == NULL)
    return FALSE;
  if (category != NULL)
    {
      const char *comma = strchr (category, ',');

      *section = comma != NULL ? g_strstrip (g_strndup (category, comma - category)) : g_steal_pointer (&category);
    }
  *date = g_steal_pointer (&parsed);
  *time_zone = g_steal_pointer (&zone);
  return TRUE;
}

/* Sets what @h has not got yet */
static gboolean
set_meta (Header      *h,
          char      ***names,
          GDateTime  **date,
          char       **zone,
          char       **section)
{
  if (h->bylines == NULL && names != NULL)
    h->bylines = g_steal_pointer (names);
  if (h->date == NULL && *date != NULL)
    {
      h->date = g_steal_pointer (date);
      g_free (h->time_zone);
      h->time_zone = g_steal_pointer (zone);
    }
  if (h->section == NULL)
    h->section = g_steal_pointer (section);
  return TRUE;
}

/**
 * _byline_import_read_post_meta:
 * @line: a header line, plain spaces
 * @h: the header read so far
 *
 * Reads @line into @h when it is a post's meta line (see the top of this
 * file); what @h has already is kept.
 *
 * Returns: whether it was one
 */
gboolean
_byline_import_read_post_meta (const char *line,
                               GTimeZone  *default_zone,
                               Header     *h)
{
  g_auto(GStrv) names = NULL;
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *zone = NULL;
  g_autofree char *section = NULL;
  const char *of = strstr (line, " News of ");

  /* "Regional News of Wednesday, 3 December 2025": GhanaWeb's section
   * and date over the headline */
  if (of != NULL && (section = g_strndup (line, of - line + strlen (" News"))) != NULL &&
      _byline_import_count_words (section) <= 3 && g_ascii_isupper (*line) &&
      byline_import_parse_date (of + strlen (" News of "), default_zone, &date, &zone))
    return set_meta (h, NULL, &date, &zone, &section);
  g_clear_pointer (&section, g_free);
  if (!read_post_meta (line, default_zone, &names, &date, &zone, &section))
    return FALSE;
  return set_meta (h, &names, &date, &zone, &section);
}

/**
 * _byline_import_is_section_part:
 * @part: the last part of a header line of several ("November 27, 2026 |
 *   By Jane Okoro | Local News")
 * @h: the header read so far, with the line's other parts
 *
 * Whether @part is the story's category: the line gave the date and the
 * byline, and @part is one to three words with no figures and no
 * sentence, opening with a capital (or in a script without case), while
 * @h has no section yet.
 */
gboolean
_byline_import_is_section_part (const char *part,
                                Header     *h)
{
  gunichar first = g_utf8_get_char (part);
  guint words = _byline_import_count_words (part);

  if (h->section != NULL || h->date == NULL || h->bylines == NULL || words == 0 || words > 3 ||
      strlen (part) > 40 || _byline_import_ends_with_punctuation (part) || g_unichar_islower (first))
    return FALSE;
  for (const char *p = part; *p; p = g_utf8_next_char (p))
    {
      if (g_unichar_isdigit (g_utf8_get_char (p)))
        return FALSE;
    }
  return TRUE;
}

/* byline-import-pagetop.c: a whole web page as a browser's select-all
 * copy gives it
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ctrl+A, Ctrl+C on a news page copies everything over the story too:
 * the site's name, "Skip to content", a menu of a dozen one-word lines,
 * "Subscribe", the crumbs and the section's kicker, each on a line of its
 * own and no blank line anywhere. The header reader takes the first lines
 * for the headline, so here the headline is found first, from the page's
 * date line up: over the date are the byline and its companions (the
 * writer's title, "Author avatar", a picture's caption), over them the
 * deck and the headline, and over those the short lines of the menu.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import-private.h"

/* How far down a page its date line may be (a long menu, a ticker) */
#define MAX_TOP_LINES 80

/* How many words @line counts for: Chinese and Japanese write none
 * apart, so three of their characters count as one (a menu's item is
 * up to a dozen of them, "プライバシーポリシー") */
static guint
line_weight (const char *line)
{
  g_autoptr(GString) spaced = g_string_new (NULL);
  guint unspaced = 0;

  for (const char *p = line; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF))
        {
          unspaced++;
          g_string_append_c (spaced, ' ');
        }
      else
        g_string_append_unichar (spaced, c);
    }
  return _byline_import_count_words (spaced->str) + unspaced / 3;
}

/* A menu's items copied with two spaces between them, "News  Sport
 * Gaelic  Jobs": four or more, each of three words at most and no
 * sentence (typed text's two spaces after a full stop are none) */
static guint
spaced_items (const char *line)
{
  g_auto(GStrv) items = NULL;
  guint n;

  if (strstr (line, "  ") == NULL || strlen (line) > 120)
    return 0;
  items = g_strsplit (line, "  ", -1);
  n = g_strv_length (items);
  for (guint i = 0; i < n; i++)
    {
      g_strstrip (items[i]);
      if (items[i][0] == '\0' || _byline_import_count_words (items[i]) > 3 || strpbrk (items[i], ".,;:!?") != NULL)
        return 0;
    }
  return n >= 4 ? n : 0;
}

/* How many items a menu on one line or a crumb trail has (0: none):
 * "News | Politics | Sport", "Home > World > Europe", "Home / India /
 * Karnataka", "News  Sport  Gaelic  Jobs" */
static guint
trail_items (const char *line)
{
  static const char * const marks[] = { " | ", " > ", " / ", " » ", " › ", NULL };
  guint items = 0;

  for (guint i = 0; marks[i] != NULL && items == 0; i++)
    {
      for (const char *p = strstr (line, marks[i]); p != NULL; p = strstr (p + 1, marks[i]))
        items = MAX (items, 1) + 1;
    }
  return items > 0 ? items : spaced_items (line);
}

static gboolean
is_trail (const char *line)
{
  return trail_items (line) > 0;
}

/* A line of the page's menu: a few words, no sentence */
static gboolean
is_short (const char *line)
{
  return line_weight (line) <= 5 && strlen (line) <= 60 && !_byline_import_ends_with_punctuation (line);
}

/* What sits between the deck and the date line besides the byline: the
 * writer's name and title ("Tribune staff writer"), a label ("From:"), a
 * picture's caption and credit */
static gboolean
is_companion (const char *line)
{
  g_auto(GStrv) names = NULL;

  if (line_weight (line) <= 5 || _byline_import_is_photo_credit (line) ||
      _byline_import_ends_with_photo_credit (line) || _byline_import_is_writer_role (line))
    return TRUE;
  names = _byline_import_parse_byline (line);
  return names != NULL && names[0] != NULL;
}

/* A line that may be the headline or the deck */
static gboolean
is_text (const char *line)
{
  return line[0] != '\0' && line_weight (line) >= 4 && !is_trail (line) && !is_companion (line);
}

/* Whether @line is a byline ("By Lena Okafor", "Par Claire Martin") or
 * a writer's name alone ("Ayşe Demir", "مریم احمدی") */
static gboolean
is_byline (const char *line)
{
  g_auto(GStrv) names = _byline_import_parse_byline (line);

  if (names != NULL && names[0] != NULL)
    return TRUE;
  return _byline_import_count_words (line) <= 3 && _byline_import_is_full_name (line) &&
         !_byline_import_is_outlet_name (line) && !_byline_import_is_boilerplate (line);
}

/* Whether @line is a byline that says so: "By Lena Okafor" */
static gboolean
labelled_byline (const char *line)
{
  g_auto(GStrv) names = _byline_import_parse_byline (line);

  return names != NULL && names[0] != NULL && !_byline_import_is_full_name (line);
}

/* Whether the line at @i is blank, or out of @lines */
static gboolean
is_blank_at (GPtrArray *lines,
             guint      i)
{
  return i >= lines->len || ((const char *) g_ptr_array_index (lines, i))[0] == '\0';
}

/* Whether the line at @i may be the headline or the deck: text, or a
 * short headline that is a paragraph of its own, a blank line on either
 * side or the crumbs right over it ("İzmir'de elektrikli vapur filosu
 * büyüyor"; a menu's items have no blank line between them) */
static gboolean
is_text_at (GPtrArray *lines,
            guint      i)
{
  const char *line = g_ptr_array_index (lines, i);

  if (is_text (line))
    return TRUE;
  return i > 0 && (is_blank_at (lines, i - 1) || is_trail (g_ptr_array_index (lines, i - 1))) &&
         is_blank_at (lines, i + 1) && line_weight (line) >= 3 &&
         !is_trail (line) && !is_byline (line) && !_byline_import_is_photo_credit (line) &&
         !_byline_import_is_header_date (line, NULL) && !_byline_import_is_writer_role (line);
}

/* The headline's line over the date line at @anchor, or -1: the top of
 * the one to three lines of text over the byline and its companions, the
 * menu's short lines over it. Blank lines may part them (the story's own
 * shape: byline, headline and date each a paragraph), and a byline right
 * over the headline is the header's top ("By Lena Okafor" / headline /
 * date). With the crumbs right over the date, the date line itself is
 * the top ("Home › Transport" / "March 3, 2023" / headline / "By …"). */
static int
find_headline (GPtrArray *lines,
               guint      anchor)
{
  int headline = -1;
  guint texts = 0;
  gboolean over = FALSE;

  for (guint i = anchor; i-- > 0;)
    {
      const char *line = g_ptr_array_index (lines, i);

      if (line[0] == '\0')
        {
          /* (two blank lines in a row: no more the header) */
          if (texts > 0 && is_blank_at (lines, i - 1))
            break;
          continue;
        }
      /* (the crumbs right over the date: the header starts there) */
      if (!over && is_trail (line) && !is_byline (line))
        return anchor;
      over = TRUE;
      if (is_text_at (lines, i))
        {
          if (++texts > 3)
            return -1;
          headline = i;
          continue;
        }
      /* (a label over the writer's name, "From:", is no menu) */
      if (texts == 0 || (!is_short (line) && !is_trail (line)) || g_str_has_suffix (line, ":"))
        {
          if (texts > 0 && !is_companion (line))
            break;
          continue;
        }
      /* (a name alone, not the menu's last item, a short line right
       * under another, "Letters" / "Family Notices") */
      if (is_byline (line) && (labelled_byline (line) || i == 0 || is_blank_at (lines, i - 1) ||
                               !is_short (g_ptr_array_index (lines, i - 1)) || is_trail (g_ptr_array_index (lines, i - 1))))
        headline = i;
      break;
    }
  return headline;
}

/* Whether the lines from @first are one paragraph a line, as a browser
 * copies a page: no blank line, or none before the page's foot ("Share
 * this article" after the story's last line), and (nearly) every long
 * line ends a sentence (hard-wrapped copy breaks its lines mid-sentence) */
static gboolean
one_paragraph_a_line (GPtrArray *lines,
                      guint      first)
{
  guint long_lines = 0;
  guint ended = 0;

  for (guint i = first; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);

      if (line[0] == '\0')
        {
          /* (the story told, five paragraphs at least, the rest short) */
          if (long_lines < 5)
            return FALSE;
          for (guint j = i + 1; j < lines->len; j++)
            {
              if (line_weight (g_ptr_array_index (lines, j)) >= 12)
                return FALSE;
            }
          break;
        }
      if (line_weight (line) >= 12)
        {
          long_lines++;
          ended += _byline_import_ends_with_punctuation (line);
        }
    }
  return long_lines > 0 && ended * 10 >= long_lines * 8;
}

/* Whether the line at @i of @lines is a writer's name alone right under
 * the story's last paragraph (blank lines between them or none), as
 * Malagasy papers sign a story at its foot ("… ireo mpitarika." /
 * "Hanitra Razafindrakoto"), over the page's share buttons */
static gboolean
is_foot_signature (GPtrArray *lines,
                   guint      i)
{
  const char *line = g_ptr_array_index (lines, i);
  const char *para;
  guint above = i;

  if (line[0] == '\0' || _byline_import_count_words (line) > 3 || !_byline_import_is_full_name (line) ||
      _byline_import_is_outlet_name (line))
    return FALSE;
  while (above > 0 && ((const char *) g_ptr_array_index (lines, above - 1))[0] == '\0')
    above--;
  if (above == 0)
    return FALSE;
  para = g_ptr_array_index (lines, above - 1);
  return line_weight (para) > 10 && _byline_import_ends_with_punctuation (para);
}

/* The page's foot: its copyright line in the last third of the page,
 * (or a blog's "Powered by WordPress"), with the short lines of the
 * site's menu and its links' headlines right over it and everything
 * under it as long as no line there is a paragraph (a link's headline
 * of up to ten words is no paragraph). Dropped; a story's own last line
 * ends a sentence (or is its writer's name under it), and stops the run
 * over the copyright line. Never
 * the lines before @floor: the header's. */
static void
cut_page_foot (GPtrArray *lines,
               guint      floor)
{
  guint copyright = lines->len;
  guint first;

  for (guint i = lines->len; i-- > MAX (lines->len - lines->len / 3, floor);)
    {
      if (_byline_import_is_copyright (g_ptr_array_index (lines, i)))
        {
          copyright = i;
          break;
        }
    }
  if (copyright >= lines->len)
    return;
  for (guint i = copyright + 1; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);

      if (line_weight (line) > 10 || (line_weight (line) > 5 && _byline_import_ends_with_punctuation (line)))
        return;
    }
  for (first = copyright; first > floor; first--)
    {
      const char *line = g_ptr_array_index (lines, first - 1);

      /* (a link's headline, a sidebar's "Search for:"; never a press
       * contact's e-mail address, the contact kept over it) */
      /* (nor a story's closing credit, "— With assistance from …", nor
       * its writer's name under it) */
      if (line[0] != '\0' && (line_weight (line) > 10 || strchr (line, '@') != NULL ||
                               is_foot_signature (lines, first - 1) ||
                               g_str_has_prefix (line, "—") || g_str_has_prefix (line, "– ") ||
                               (_byline_import_ends_with_punctuation (line) &&
                                (line_weight (line) > 3 || !g_str_has_suffix (line, ":")))))
        break;
    }
  g_ptr_array_remove_range (lines, first, lines->len - first);
}

/* A blog's "November 28, 2026 by Hannah Reid" ("Posted on … by …"): when
 * @line is a date and a byline together, replaces it at @i in @lines with
 * the two, each on its own line, and returns TRUE */
static gboolean
split_date_by (GPtrArray *lines,
               guint      i)
{
  const char *line = g_ptr_array_index (lines, i);
  const char *by = NULL;
  g_autofree char *date = NULL;
  g_autofree char *byline = NULL;
  g_auto(GStrv) names = NULL;

  /* ("Posted by Karen Doyle (Principal) on 26 March 2026": the byline
   * first, then the date) */
  if ((g_str_has_prefix (line, "Posted by ") || g_str_has_prefix (line, "By ")) && strstr (line, " on ") != NULL &&
      strlen (line) <= 200)
    {
      const char *on = g_strrstr (line, " on ");
      const char *name = strstr (line, "by ") != NULL && strstr (line, "by ") < on ? strstr (line, "by ") + 3 : NULL;

      date = g_strdup (on + strlen (" on "));
      byline = name != NULL ? g_strconcat ("By ", name, NULL) : NULL;
      if (byline != NULL)
        byline[3 + (on - name)] = '\0';
      if (byline != NULL && _byline_import_is_header_date (date, NULL) &&
          (names = _byline_import_parse_byline (byline)) != NULL && names[0] != NULL)
        {
          g_ptr_array_insert (lines, i + 1, g_steal_pointer (&byline));
          g_free (g_ptr_array_index (lines, i));
          g_ptr_array_index (lines, i) = g_steal_pointer (&date);
          return TRUE;
        }
      g_clear_pointer (&date, g_free);
      g_clear_pointer (&byline, g_free);
      g_clear_pointer (&names, g_strfreev);
    }
  for (const char *p = strstr (line, " by "); p != NULL; p = strstr (p + 1, " by "))
    by = p;
  if (by == NULL || strlen (line) > 200)
    return FALSE;
  date = g_strndup (line, by - line);
  byline = g_strconcat ("By ", by + strlen (" by "), NULL);
  if (!_byline_import_is_header_date (date, NULL) || (names = _byline_import_parse_byline (byline)) == NULL ||
      names[0] == NULL)
    return FALSE;
  g_ptr_array_insert (lines, i + 1, g_steal_pointer (&byline));
  g_free (g_ptr_array_index (lines, i));
  g_ptr_array_index (lines, i) = g_steal_pointer (&date);
  return TRUE;
}

/* Whether a word of @line is in lower case ("Ana de la Cruz") */
static gboolean
has_particle (const char *line)
{
  g_auto(GStrv) words = g_strsplit (line, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (g_unichar_islower (g_utf8_get_char (words[i])))
        return TRUE;
    }
  return FALSE;
}

/* Between the headline at the top of @lines and the date line at
 * @anchor, a writer's name alone, linked to the writer's page without a
 * "By" ("Jessica Tran"; the author picture's "Fiona McLeod" under "By
 * Fiona McLeod"): given its "By", so that it is read as the byline */
static void
mark_bare_names (GPtrArray *lines,
                 guint      anchor)
{
  for (guint i = 1; i < anchor && i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      g_auto(GStrv) names = NULL;

      /* (a name of two or three words, or with a particle: "Deccan
       * Ledger News Service" is none) */
      if (line[0] == '\0' || (names = _byline_import_parse_byline (line)) != NULL ||
          (_byline_import_count_words (line) > 3 && !has_particle (line)) || !_byline_import_is_full_name (line) || _byline_import_is_job_title (line) ||
          _byline_import_ends_with_role (line) || _byline_import_is_outlet_name (line) ||
          _byline_import_is_agency (line) || _byline_import_is_boilerplate (line))
        continue;
      g_ptr_array_index (lines, i) = g_strconcat ("By ", line, NULL);
      g_free ((char *) line);
    }
  /* "By Fiona McLeod" / "Transport Reporter": read as one, "By Fiona
   * McLeod, Transport Reporter" (the title alone stayed in the body) */
  for (guint i = 2; i < anchor && i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      const char *above = g_ptr_array_index (lines, i - 1);
      g_auto(GStrv) names = NULL;

      if (line[0] == '\0' || strchr (above, ',') != NULL || strlen (above) + strlen (line) > 150 ||
          (!_byline_import_is_job_title (line) && !_byline_import_ends_with_role (line)) ||
          _byline_import_count_words (line) > 4 || (names = _byline_import_parse_byline (above)) == NULL)
        continue;
      g_ptr_array_index (lines, i - 1) = g_strconcat (above, ", ", line, NULL);
      g_free ((char *) above);
      g_free (g_ptr_array_steal_index (lines, i));
      anchor--;
      i--;
    }
}

/* Whether @line is an advertiser's label over a story: "Paid for and
 * provided by Northgate", "Sponsored by Northgate", "In partnership
 * with …" (a short line, no sentence) */
static gboolean
is_sponsor_label (const char *line)
{
  static const char * const openings[] = {
    "paid for and provided by ", "paid for by ", "sponsored by ", "in partnership with ",
    "produced in partnership with ", "funded by ", "promoted by ", "brought to you by ",
    "gesponsert von ", "sponsorisé par ", "patrocinado por ", NULL
  };
  g_autofree char *lower = NULL;

  if (strlen (line) > 160 || _byline_import_count_words (line) > 12 || _byline_import_ends_with_punctuation (line))
    return FALSE;
  lower = _byline_import_lower (line);
  return _byline_import_opens_with_any (lower, openings);
}

/* "Editor's note: This article has been updated …", a wire's "ATTENTION
 * EDITORS: This story corrects …": a note to the reader or the desk
 * about the copy */
static gboolean
is_editors_note (const char *lower)
{
  static const char * const openings[] = {
    "editor's note:", "editor’s note:", "editors' note:", "editors’ note:", "editor's note -",
    "attention editors:", "attention editors -", "note to editors:", "editors:", "eds:", NULL
  };

  return _byline_import_opens_with_any (lower, openings);
}

/* A wire's flag alone over a new version of a story and its note to
 * editors ("CORRECTION", "REFILE") */
static gboolean
is_version_flag (const char *line)
{
  static const char * const flags[] = {
    "CORRECTION", "CORRECTED", "CLARIFICATION", "REFILE", "REPEAT", "ADVISORY", "UPDATE", "UPDATED",
    "KILL", "WITHDRAWAL", "SUBSTITUTE", "ELIMINATED", NULL
  };

  return g_strv_contains (flags, line);
}

/* A court report's warning to editors under its header, "LEGAL: The
 * defendant cannot be identified…", "Reporting restrictions: …" */
static gboolean
is_legal_warning (const char *lower)
{
  static const char * const openings[] = {
    "legal:", "legal warning:", "legal advisory:", "legal note:", "reporting restrictions:",
    "reporting restriction:", "reporting restrictions apply", NULL
  };

  return _byline_import_opens_with_any (lower, openings);
}

/* An editor's note on the copy's first line ("Editor's note: This
 * article has been updated …"), under a wire's flag ("CORRECTION" /
 * "ATTENTION EDITORS: …"), a legal warning and an advertiser's labels
 * near its top go to @note: they are about the story, not of it */
static void
take_top_notes (GPtrArray *lines,
                GString   *note)
{
  guint seen = 0, sentences = 0;

  /* (not under the story's second long sentence, a standfirst's and a
   * lede's: a subheading of the story's, "Paid for by the council") */
  for (guint i = 0; i < lines->len && seen < 12 && sentences < 2; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      g_autofree char *lower = NULL;
      gboolean flag = FALSE;

      if (line[0] == '\0')
        continue;
      sentences += _byline_import_count_words (line) >= 15 && _byline_import_ends_with_punctuation (line);
      lower = _byline_import_lower (line);
      if (seen == 0 && is_version_flag (line))
        {
          guint next = i + 1;
          g_autofree char *next_lower = NULL;

          while (next < lines->len && ((const char *) g_ptr_array_index (lines, next))[0] == '\0')
            next++;
          flag = next < lines->len && is_editors_note ((next_lower = _byline_import_lower (g_ptr_array_index (lines, next))));
        }
      if (flag || (seen == 0 && is_editors_note (lower)) || is_sponsor_label (line) || is_legal_warning (lower))
        {
          g_string_append_printf (note, "%s%s", note->len > 0 ? "\n" : "", line);
          g_free (g_ptr_array_steal_index (lines, i));
          g_ptr_array_insert (lines, i, g_strdup (""));
        }
      /* (the flag's note to editors is the copy's first line too) */
      seen += !flag;
    }
}

/* Whether the lone short line at @i is the last of a menu copied an item
 * a paragraph, two such lines or more right over it ("Lokali" /
 * "Sport" / "Divertiment" over the headline: no section's kicker) */
static gboolean
in_spaced_menu (GPtrArray *lines,
                int        i)
{
  int run = 0;

  for (int j = i - 2; j >= 0 && is_blank_at (lines, j + 1) && !is_blank_at (lines, j) &&
                      is_short (g_ptr_array_index (lines, j)) && (j == 0 || is_blank_at (lines, j - 1)); j -= 2)
    run++;
  return run >= 2;
}

/* Whether line @i is one of the lines over it, word for word */
static gboolean
named_above (GPtrArray *lines,
             int        i)
{
  for (int j = 0; j < i; j++)
    if (g_ascii_strcasecmp (g_ptr_array_index (lines, j), g_ptr_array_index (lines, i)) == 0)
      return TRUE;
  return FALSE;
}

/* Whether the headline, line @i + 1, opens with line @i and a colon */
static gboolean
named_by_headline (GPtrArray *lines,
                   int        i)
{
  const char *name = g_ptr_array_index (lines, i);
  const char *head = g_ptr_array_index (lines, i + 1);
  gsize len = strlen (name);

  return len > 0 && strncmp (head, name, len) == 0 && head[len] == ':';
}

/* A header line copied with its italics' marks, "*Nelson City Council
 * will sell …*": the line without them, so that it is read as the deck it
 * is (a line of the header only, over the date line at @anchor) */
static void
unwrap_italics (GPtrArray *lines,
                guint      anchor)
{
  for (guint i = 0; i < anchor && i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      gsize len = strlen (line);

      if (len > 4 && (line[0] == '*' || line[0] == '_') && line[len - 1] == line[0] && line[1] != line[0] &&
          line[len - 2] != line[0] && line[1] != ' ' && line[len - 2] != ' ' && strchr (line + 1, line[0]) == line + len - 1)
        _byline_import_replace_line (lines, i, g_strndup (line + 1, len - 2));
    }
}

/**
 * _byline_import_cut_page_top:
 * @lines: (element-type utf8): the copy's trimmed lines, blank ones empty
 * @note: where the lines over the headline that are no menu go
 *
 * When @lines are a whole page, at least three of the menu's short lines
 * over the headline: those lines are dropped (the rest of what is over
 * the headline, a ticker, the site's motto, goes to @note, never lost),
 * and the header's lines, or every line of a page copied one paragraph
 * a line, are put apart by blank lines so that each is read on its own.
 * The page's foot goes too (see cut_page_foot()). An editor's note on
 * top and an advertiser's labels go to @note first.
 */
void
_byline_import_cut_page_top (GPtrArray *lines,
                             GString   *note)
{
  guint anchor;
  guint menu = 0;
  gboolean split = FALSE;
  gboolean spaced = FALSE;
  int headline = -1;
  guint header_end;

  take_top_notes (lines, note);
  for (anchor = 0; anchor < lines->len && anchor < MAX_TOP_LINES; anchor++)
    {
      const char *line = g_ptr_array_index (lines, anchor);

      if (line[0] != '\0' && strlen (line) <= 200 && _byline_import_is_header_date (line, NULL))
        break;
      if (line[0] != '\0' && split_date_by (lines, anchor))
        {
          /* (put back should the page not be one) */
          split = TRUE;
          break;
        }
    }
  if (anchor < lines->len && anchor < MAX_TOP_LINES && (headline = find_headline (lines, anchor)) >= 0)
    {
      for (int i = 0; i < headline; i++)
        {
          const char *line = g_ptr_array_index (lines, i);

          menu += line[0] != '\0' && (is_short (line) || is_trail (line));
          /* (a menu on one line, four items or more, is a whole menu:
           * "Home | News | Outer Islands | Sport | Contact Us") */
          if (trail_items (line) >= 4)
            menu += 2;
          /* (paragraphs over it: the story is above, and what was taken
           * for its headline and date is a block at its foot, a research
           * release's "Article Title" / "Article Publication Date") */
          if (_byline_import_count_words (line) >= 25 && _byline_import_ends_with_punctuation (line))
            return;
        }
    }
  /* (a header in paragraphs, blank lines between its parts, under a
   * short menu is a newsletter's or a blog's own: "The Long Haul" /
   * "Subscribe" / "Sign in" heads it, its section) */
  for (int i = MAX (headline, 0); i < (int) anchor; i++)
    spaced |= ((const char *) g_ptr_array_index (lines, i))[0] == '\0';
  if (menu < (spaced ? 5 : 3))
    {
      if (split)
        {
          char *date = g_ptr_array_index (lines, anchor);
          g_autofree char *byline = g_ptr_array_steal_index (lines, anchor + 1);

          g_ptr_array_index (lines, anchor) = g_strconcat (date, " by ", byline + strlen ("By "), NULL);
          g_free (date);
        }
      return;
    }

  /* (in a header in paragraphs, a short line alone right over it is its
   * kicker, the section: "Local politics") */
  if (spaced && headline >= 2 && is_blank_at (lines, headline - 1) && is_short (g_ptr_array_index (lines, headline - 2)) &&
      !is_trail (g_ptr_array_index (lines, headline - 2)) && (headline == 2 || is_blank_at (lines, headline - 3)) &&
      (!in_spaced_menu (lines, headline - 2) || named_above (lines, headline - 2)))
    headline -= 2;
  /* (a menu that names the page's section again right over the headline,
   * "Markets" / "Companies" / "Economy" / "Markets", or the headline
   * with it, "Chess" / "Chess: Perth pupil …": the section, kept) */
  /* (in a header in paragraphs, a short line opening the headline's own
   * paragraph, "Community" / headline, is its kicker too) */
  else if (spaced && headline >= 2 && !is_blank_at (lines, headline - 1) && is_blank_at (lines, headline - 2) &&
           is_short (g_ptr_array_index (lines, headline - 1)) && !is_trail (g_ptr_array_index (lines, headline - 1)))
    headline -= 1;
  /* (nor the short line between the menu on one line and the headline,
   * "News | Sport | …" / "Transport": the section's kicker) */
  else if (!spaced && headline >= 2 && is_short (g_ptr_array_index (lines, headline - 1)) &&
           (named_above (lines, headline - 1) || named_by_headline (lines, headline - 1) ||
            (!is_trail (g_ptr_array_index (lines, headline - 1)) && is_trail (g_ptr_array_index (lines, headline - 2)))))
    headline -= 1;
  for (int i = 0; i < headline; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      g_autofree char *lower = NULL;
      guint end;

      /* (a cookie banner goes, as it does from the body) */
      if (line[0] != '\0' && (lower = _byline_import_lower (line)) != NULL &&
          (end = _byline_import_consent_box (lines, i, lower)) > (guint) i)
        {
          i = MIN ((int) end, headline) - 1;
          continue;
        }
      if (line[0] != '\0' && !is_short (line) && !is_trail (line))
        g_string_append_printf (note, "%s%s", note->len > 0 ? "\n" : "", line);
    }
  g_ptr_array_remove_range (lines, 0, headline);
  anchor -= headline;
  /* (the date line and the one under it stay: a short page's foot may
   * come right after them) */
  cut_page_foot (lines, MIN (anchor + 2, lines->len));
  mark_bare_names (lines, anchor);
  unwrap_italics (lines, anchor);

  /* each line a block: the whole page, or only its header (to the line
   * under the date, and the short lines after it: "Муаллиф: …" under
   * "18.03.2026 14:05", over the lede); in a header in paragraphs, only
   * the headline's own, packed with its kicker and deck ("Local
   * Government" / headline / deck) */
  if (spaced)
    {
      header_end = 0;
      while (header_end + 1 < anchor && !is_blank_at (lines, header_end + 1))
        header_end++;
    }
  else
    {
      header_end = MIN (anchor + 1, lines->len - 1);
      while (header_end + 1 < lines->len && !is_blank_at (lines, header_end) &&
             is_short (g_ptr_array_index (lines, header_end)) && !is_blank_at (lines, header_end + 1))
        header_end++;
    }
  for (guint i = one_paragraph_a_line (lines, anchor + 1) ? lines->len - 1 : header_end; i > 0; i--)
    {
      if (((const char *) g_ptr_array_index (lines, i))[0] != '\0' &&
          ((const char *) g_ptr_array_index (lines, i - 1))[0] != '\0')
        g_ptr_array_insert (lines, i, g_strdup (""));
    }
}

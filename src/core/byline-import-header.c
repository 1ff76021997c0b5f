/* byline-import-header.c: a story's header (byline, headline, deck, date)
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first few blocks of wire copy, one line each (or a block of date
 * lines, or a signature block), are read as the header: the byline, the
 * headline, the deck under it and the date line. The site's navigation
 * on top is dropped (byline-import-furniture.c). What is none of these
 * goes back into the body.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import.h"
#include "byline-import-private.h"

#define MAX_HEADER_LINES 6

/* A headline may ask or exclaim, or open with a quote, but is no sentence */
static gboolean
is_headline_like (const char *line)
{
  return _byline_import_count_words (line) <= 25 && strlen (line) <= 240 && _byline_import_has_letter (line) &&
         !g_str_has_suffix (line, ".") && !g_str_has_suffix (line, ",") &&
         !g_str_has_suffix (line, ";") && !g_str_has_suffix (line, ":") &&
         !g_str_has_suffix (line, "،") && !g_str_has_suffix (line, "؛") &&
         /* (Urdu's full stop, Hindi's danda, the CJK full stop and comma,
          * Ethiopic's full stop) */
         !g_str_has_suffix (line, "۔") && !g_str_has_suffix (line, "।") && !g_str_has_suffix (line, "。") &&
         !g_str_has_suffix (line, "，") && !g_str_has_suffix (line, "።");
}

void
_byline_import_header_clear (Header *h)
{
  g_strfreev (h->bylines);
  g_free (h->headline);
  g_free (h->deck);
  g_free (h->place);
  g_clear_pointer (&h->date, g_date_time_unref);
  g_free (h->time_zone);
  g_free (h->section);
  g_free (h->byline_line);
  g_free (h->page_credit);
  g_clear_pointer (&h->extra, g_ptr_array_unref);
}

/* The header as it is read, line by line */
typedef struct
{
  GPtrArray  *candidates;          /* headline-like lines (originals) */
  GPtrArray  *relative;            /* "Updated 3 hours ago" lines (originals) */
  GDateTime  *update_date;         /* from "Last modified on …", "Updated …" */
  char       *update_zone;
  gboolean    date_under_headline;
  gboolean    after_byline;        /* the last line read was the byline */
  gboolean    after_by;            /* … and it said "By" (or its like) */
  const char *story;               /* the whole story */
  gboolean    live;                /* two live entries' heads with their day */
} HeaderState;

/* A date, an update's date or a relative time: lines a page may print
 * together in one block ("Tue 3 Mar 2026 06.00 GMT" / "Last modified on …") */
static gboolean
is_time_line (const char *line,
              GTimeZone  *default_zone)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *zone = NULL;

  return _byline_import_is_relative_time (line) || byline_import_parse_date (line, default_zone, &date, &zone) ||
         _byline_import_is_header_date (line, default_zone);
}

/* Reads one header line into @h; FALSE when it ends the header */
static gboolean
read_header_line (const char  *original,
                  GTimeZone   *default_zone,
                  gboolean     byline_or_date_next,
                  Header      *h,
                  HeaderState *st)
{
  /* Header lines are read with plain spaces ("By\u00a0Mark Lee") */
  g_autofree char *line = _byline_import_plain_spaces (original);
  guint n_candidates = st->candidates->len;
  gboolean after_byline = st->after_byline;
  g_autofree char *credit = NULL;
  char **names;

  st->after_byline = FALSE;
  if (_byline_import_read_post_meta (line, default_zone, h))
    return TRUE;
  /* "and Tom Hale" under "By Anna Kovac": more writers (not the place,
   * not lost; a name alone right under it is read with the byline's
   * block, see _byline_import_parse_signature()) */
  if (after_byline && st->after_by && h->bylines != NULL && (names = _byline_import_more_writers (line, FALSE, NULL, NULL)) != NULL)
    {
      _byline_import_add_writers (&h->bylines, names);
      st->after_byline = TRUE;
      return TRUE;
    }
  /* "KYODO NEWS - Nov 28, 2026 - 14:15", "Reuters | 28 Nov 2026": the
   * agency, then the date line */
  if (h->bylines == NULL && (strstr (line, " - ") != NULL || strstr (line, " | ") != NULL))
    {
      const char *dash = strstr (line, " - ");
      const char *bar = strstr (line, " | ");
      g_autofree char *who = NULL;

      if (dash == NULL || (bar != NULL && bar < dash))
        dash = bar;
      who = g_strndup (line, dash - line);
      if (_byline_import_is_agency (who) && is_time_line (dash + 3, default_zone))
        {
          h->bylines = g_new0 (char *, 2);
          h->bylines[0] = _byline_import_unshout (who);
          if (!read_header_line (dash + 3, default_zone, FALSE, h, st) || st->candidates->len > n_candidates)
            {
              g_ptr_array_set_size (st->candidates, n_candidates);
              g_ptr_array_add (h->extra, g_strdup (dash + 3));
            }
          return TRUE;
        }
    }
  /* "Ahmet Yılmaz |28.11.2026 - Güncelleme : 28.11.2026", "By Tom Reid |
   * March 3, 2023", "Tom Reid · March 3, 2023 · 4 min read": the writer's
   * name beside the date line (and a reading time, furniture) */
  if (h->bylines == NULL && (strchr (line, '|') != NULL || strstr (line, " · ") != NULL))
    {
      const char *bar = strchr (line, '|');
      const char *dot = strstr (line, " · ");
      const char *cut = bar == NULL || (dot != NULL && dot < bar) ? dot : bar;
      g_autofree char *name = g_strstrip (g_strndup (line, cut - line));
      g_autofree char *rest = g_strstrip (g_strdup (cut + (cut == dot ? strlen (" · ") : 1)));
      g_autofree char *place = NULL;
      char *last = g_strrstr (rest, " · ");
      g_auto(GStrv) found = _byline_import_parse_byline (name);

      if (last != NULL && _byline_import_is_boilerplate (last + strlen (" · ")))
        *last = '\0';
      /* "Written by Rahul Sharma | New Delhi | Updated: …": the writer's
       * place between the name and the date line */
      if (cut == bar && strchr (rest, '|') != NULL && h->place == NULL)
        {
          g_autofree char *first = g_strstrip (g_strndup (rest, strchr (rest, '|') - rest));
          g_autofree char *where = _byline_import_place_line (first, TRUE);
          g_autofree char *after_place = g_strstrip (g_strdup (strchr (rest, '|') + 1));

          if (where != NULL && is_time_line (after_place, default_zone))
            {
              g_free (rest);
              rest = g_steal_pointer (&after_place);
              place = g_steal_pointer (&where);
            }
        }
      if (found == NULL && _byline_import_is_full_name (name))
        {
          found = g_new0 (char *, 2);
          found[0] = _byline_import_unshout (name);
        }
      if (found != NULL && is_time_line (rest, default_zone) && read_header_line (rest, default_zone, FALSE, h, st))
        {
          /* (the candidates hold no copies: a second date line is no headline) */
          if (st->candidates->len > n_candidates)
            {
              g_ptr_array_set_size (st->candidates, n_candidates);
              g_ptr_array_add (h->extra, g_strdup (rest));
            }
          h->bylines = g_steal_pointer (&found);
          if (place != NULL && h->place == NULL)
            h->place = g_steal_pointer (&place);
          return TRUE;
        }
    }
  /* "Source: Xinhua" under the headline and no byline: the agency signs
   * the story (under "By Maria Santos, CNN" it stays, the body's);
   * "Editor: Zhang Long", the page's editor in charge (Chinese pages'
   * "责任编辑："), is the page's, for the note */
  if (h->bylines == NULL && n_candidates > 0 && g_str_has_prefix (line, "Source: ") &&
      _byline_import_is_agency (line + strlen ("Source: ")))
    {
      h->bylines = g_strdupv ((char *[]) { (char *) line + strlen ("Source: "), NULL });
      st->after_byline = TRUE;
      return TRUE;
    }
  /* "Source: GNA" over the headline, "UNIVERSITY OF NORTHERN CASCADIA"
   * under it (a research release's): the page's credits, for the note */
  if (h->page_credit == NULL &&
      ((n_candidates == 0 && g_str_has_prefix (line, "Source: ") && _byline_import_count_words (line) <= 4) ||
       (n_candidates > 0 && _byline_import_is_shouted (line) && _byline_import_names_no_one (line))))
    return (h->page_credit = g_strdup (line)) != NULL;
  if (n_candidates > 0 && (_byline_import_take_editor_line (line, &h->page_credit) ||
                           _byline_import_take_reporting_place (line, &h->place)))
    return TRUE;
  /* "TT", "ANP": an agency's name alone under the headline is the byline */
  if (h->bylines == NULL && n_candidates > 0 && _byline_import_is_agency (line))
    {
      h->bylines = g_strdupv ((char *[]) { (char *) line, NULL });
      st->after_byline = TRUE;
      return TRUE;
    }
  /* "By …", a name that a job title or agency gives away, or an
   * agency's credit line under the headline */
  /* ("By Courier staff", "By Tribune Reporter": the newsroom's credit,
   * whole, but "TOI Staff and Agencies" read as "TOI Staff"; "Ethan Marsh
   * (AAP)" under the headline as "By Ethan Marsh (AAP)") */
  if (g_ascii_strncasecmp (line, "by ", 3) == 0 && _byline_import_count_words (line) <= 4 &&
      (credit = _byline_import_staff_credit (line)) != NULL)
    names = g_strdupv ((char *[]) { credit, NULL });
  else
    names = _byline_import_parse_byline (n_candidates > 0 && (credit = _byline_import_name_with_agency (line)) ? credit : line);
  st->after_by = names != NULL;
  if (names != NULL ||
      (h->bylines == NULL && (names = _byline_import_parse_signed_line (line, n_candidates > 0)) != NULL) ||
      (h->bylines == NULL && n_candidates > 0 && (names = _byline_import_parse_credit_line (line)) != NULL) ||
      (h->bylines == NULL && n_candidates > 0 && (names = _byline_import_japanese_byline (line)) != NULL))
    {
      /* "Maria Lopez | Madrid", "By Omar Haddad in Beirut" */
      if (h->place == NULL)
        h->place = _byline_import_byline_place (line, st->story);
      /* ("…, Local Democracy Reporter": the line as printed, for the note) */
      if (h->byline_line == NULL)
        h->byline_line = _byline_import_byline_leftover (line, (const char * const *) names, h->place);
      _byline_import_add_writers (&h->bylines, names);
      st->after_byline = TRUE;
      return TRUE;
    }
  /* "ZAGREB", "in Lagos" on the line under the byline: the writer's
   * place (_byline_import_under_byline()); "Political Reporter": the
   * writer's role, for the note */
  if (after_byline && _byline_import_under_byline (line, n_candidates > 0, h->bylines, &h->place, &h->byline_line))
    return TRUE;
  /* "Kerry-Ann Whyte/Staff Reporter": read as "Kerry-Ann Whyte, Staff
   * Reporter" (the byline line as printed, for the note) */
  {
    g_autofree char *parted = _byline_import_slashed_role (line);

    if (parted != NULL && read_header_line (parted, default_zone, byline_or_date_next, h, st) &&
        st->candidates->len == n_candidates)
      {
        if (g_strcmp0 (h->byline_line, parted) == 0)
          g_free (h->byline_line), h->byline_line = g_strdup (line);
        return TRUE;
      }
    g_ptr_array_set_size (st->candidates, n_candidates);   /* (no copies) */
  }
  /* "November 28, 20266:14 AM GMT+8Updated 2 hours ago": read with its
   * parts apart */
  {
    g_autofree char *unglued = NULL;
    g_autoptr(GDateTime) date = NULL;
    g_autofree char *zone = NULL;

    if (!byline_import_parse_date (line, default_zone, &date, &zone) &&
        (unglued = _byline_import_unglue_date_line (line)) != NULL &&
        _byline_import_is_header_date (unglued, default_zone))
      {
        gboolean read = read_header_line (unglued, default_zone, byline_or_date_next, h, st);

        if (st->candidates->len > n_candidates)
          {
            /* (the candidates hold no copies) */
            g_ptr_array_set_size (st->candidates, n_candidates);
            return FALSE;
          }
        return read;
      }
  }
  /* "Published … | Updated …", "TNN / Updated: …": each part on its own
   * (a part that is none of these stays in the body) */
  {
    g_autoptr(GDateTime) date = NULL;
    g_autofree char *zone = NULL;
    g_auto(GStrv) parts = NULL;

    if (!byline_import_parse_date (line, default_zone, &date, &zone) && _byline_import_is_header_date (line, default_zone) &&
        (parts = _byline_import_split_date_line (line)) != NULL)
      {
        gboolean saw_by = FALSE;

        if (st->date_under_headline && h->date != NULL)
          return FALSE;
        for (guint i = 0; parts[i] != NULL; i++)
          {
            g_autofree char *agency = NULL;

            /* "Source: Xinhua", "Editor: Liu Yang": the page's credits */
            if (_byline_import_credit_part (parts[i], &agency))
              {
                if (h->bylines == NULL && agency != NULL)
                  h->bylines = g_strdupv ((char *[]) { agency, NULL });
                continue;
              }
            saw_by |= g_ascii_strncasecmp (parts[i], "by ", 3) == 0;
            /* ("Kayla Ebanks • March 11, 2026 • 4 min read": the writer's
             * name alone is the byline; the reading time goes) */
            if (_byline_import_is_boilerplate (parts[i]))
              continue;
            if (h->bylines == NULL && (_byline_import_is_agency (parts[i]) ||
                                       (!saw_by && _byline_import_is_full_name (parts[i]))))
              h->bylines = g_strdupv ((char *[]) { parts[i], NULL });
            /* (the last part after a "By …" one and the date, a blog's
             * category: "November 27, 2026 | By Jane Okoro | Local News") */
            else if (saw_by && parts[i + 1] == NULL && _byline_import_is_section_part (parts[i], h))
              h->section = g_strdup (parts[i]);
            /* (a part is no headline: the candidates hold no copies) */
            else if (!read_header_line (parts[i], default_zone, FALSE, h, st) ||
                     st->candidates->len > n_candidates)
              {
                g_ptr_array_set_size (st->candidates, n_candidates);
                g_ptr_array_add (h->extra, g_strdup (parts[i]));
              }
          }
        return TRUE;
      }
  }
  /* "First published on Sat 28 Nov 2026 06.30 GMT" under the time of the
   * last update: the date of publication */
  if (g_str_has_prefix (line, "First published ") || g_str_has_prefix (line, "Originally published "))
    {
      g_autoptr(GDateTime) date = NULL;
      g_autofree char *zone = NULL;

      if (byline_import_parse_date (strstr (line, "published "), default_zone, &date, &zone))
        {
          if (h->date != NULL && st->update_date == NULL)
            {
              st->update_date = g_steal_pointer (&h->date);
              st->update_zone = g_steal_pointer (&h->time_zone);
            }
          g_clear_pointer (&h->date, g_date_time_unref);
          g_free (h->time_zone);
          h->date = g_steal_pointer (&date);
          h->time_zone = g_steal_pointer (&zone);
          return TRUE;
        }
    }
  /* "Updated 3 hours ago": kept only when the story has no date */
  if (_byline_import_is_relative_time (line))
    {
      g_ptr_array_add (st->relative, g_strdup (original));
      return TRUE;
    }
  /* "Last modified on …": the date only when there is no other */
  if (_byline_import_is_update_line (line))
    {
      g_autoptr(GDateTime) date = NULL;
      g_autofree char *zone = NULL;

      if (byline_import_parse_date (line, default_zone, &date, &zone))
        {
          if (st->update_date == NULL)
            {
              st->update_date = g_steal_pointer (&date);
              st->update_zone = g_steal_pointer (&zone);
            }
          return TRUE;
        }
      /* "Publié le … à 09h12, modifié à 11h40": the time of an update on
       * the day of the date read */
      if (h->date != NULL && _byline_import_is_update_time (line))
        return TRUE;
    }
  /* "30 November 2026" / "15:15": the time of the date line over it */
  if (!st->live && _byline_import_add_clock_time (&h->date, &h->time_zone, line, default_zone))
    return TRUE;
  /* After a date line under the headline, only a byline may follow, or
   * the deck when a byline follows it ("Stand: …" / deck / "Von …"; a
   * date line on top opens the header instead) */
  if (st->date_under_headline && h->bylines == NULL && _byline_import_is_full_name (line) && !_byline_import_is_label_line (line))
    {
      /* "Sat Nov 28 2026 - 06:14" / "Jane Doe" (her role may follow) */
      h->bylines = g_strdupv ((char *[]) { (char *) line, NULL });
      st->after_byline = TRUE;
      return TRUE;
    }
  if (st->date_under_headline && !(n_candidates == 1 && byline_or_date_next))
    return FALSE;
  /* "Q: Why did fares rise?" opens an interview's body */
  if (n_candidates > 0 && _byline_import_is_labelled_turn (line))
    return FALSE;
  /* A live page's first entry opens the body; its time is the story's
   * only when nothing else dates it */
  if (st->live && _byline_import_is_timed_entry (line, default_zone))
    {
      if (h->date == NULL && st->update_date == NULL)
        byline_import_parse_date (line, default_zone, &h->date, &h->time_zone);
      return FALSE;
    }
  if (h->date == NULL && byline_import_parse_date (line, default_zone, &h->date, &h->time_zone))
    {
      const char *bar = strstr (line, " | ");

      if (h->place == NULL)
        h->place = _byline_import_date_line_place (line, default_zone);
      /* "Innlendis | Mikudagur 18. mars 2026 kl. 14:05" under the
       * headline: the section's name before the date, parted by a bar */
      if (h->section == NULL && n_candidates > 0 && bar != NULL &&
          is_time_line (bar + strlen (" | "), default_zone))
        {
          g_autofree char *head = g_strndup (line, bar - line);

          if (_byline_import_is_section_name (head))
            h->section = g_steal_pointer (&head);
        }
      st->date_under_headline = n_candidates > 0;
      return TRUE;
    }
  /* "WASHINGTON (AP)" alone under the headline: the lede's dateline */
  {
    g_autofree char *lone = n_candidates > 0 ? _byline_import_lone_dateline (line) : NULL;

    if (lone != NULL)
      return FALSE;
  }
  if (!is_headline_like (line))
    {
      /* "U.S. to cut tariffs on steel." is the headline when a byline or
       * date line follows it */
      g_autofree char *cut = g_strdup (line);
      gsize len = strlen (cut);

      /* A deck of a sentence or two between the headline and the byline or
       * date line, its last full stop left out too, no dateline before it;
       * under a section's name too ("Local politics" / "The ferry …") */
      if (!byline_or_date_next || len < 2 ||
          ((cut[len - 1] != '.' || cut[len - 2] == '.') && !strstr (cut, ". ") && n_candidates == 0))
        return FALSE;
      if ((n_candidates == 1 || (n_candidates == 2 && _byline_import_count_words (g_ptr_array_index (st->candidates, 0)) <= 3)) &&
          _byline_import_count_words (line) >= 5 && _byline_import_count_words (line) <= 60 && !_byline_import_opens_shouted_dateline (line))
        {
          g_ptr_array_add (st->candidates, (gpointer) original);
          return TRUE;
        }
      if (n_candidates > 0)
        return FALSE;
      cut[len - 1] = '\0';
      if (!is_headline_like (cut))
        return FALSE;
    }
  g_ptr_array_add (st->candidates, (gpointer) original);
  return TRUE;
}

/* @block's lines with plain spaces */
static char **
block_plain_lines (Block *block)
{
  char **plain = g_new0 (char *, block->lines->len + 1);

  for (guint j = 0; j < block->lines->len; j++)
    plain[j] = _byline_import_plain_spaces (g_ptr_array_index (block->lines, j));
  return plain;
}

/* Whether @block is one line that is a byline or a date line, or a
 * signature block */
static gboolean
is_byline_or_date (Block     *block,
                   GTimeZone *default_zone)
{
  g_autofree char *line = NULL;
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *zone = NULL;
  g_autofree char *role = NULL;
  g_auto(GStrv) names = NULL;

  if (block->lines->len != 1)
    {
      g_auto(GStrv) plain = block_plain_lines (block);
      g_autofree gboolean *times = g_new0 (gboolean, block->lines->len);

      names = _byline_import_parse_signature ((const char * const *) plain, block->lines->len, NULL, default_zone, times,
                                              NULL);
      return names != NULL;
    }
  line = _byline_import_plain_spaces (g_ptr_array_index (block->lines, 0));
  /* (a name alone, "Nguyễn Thị Thu Hà" under a Vietnamese deck; names with no "By",
   * "Tayla Brennan and Liam Doherty"; a name and a role, "Colleen Hickey · Health Reporter") */
  if ((names = _byline_import_parse_byline (line)) == NULL)
    names = _byline_import_unlabelled_names (line);
  return names != NULL || byline_import_parse_date (line, default_zone, &date, &zone) ||
         _byline_import_is_header_date (line, default_zone) ||
         (_byline_import_count_words (line) <= 5 && _byline_import_is_full_name (line)) ||
         (role = _byline_import_slashed_role (line)) != NULL;
}

/* Whether a byline or a date line is the block after block @i, or after
 * a deck there when @line is a headline of two sentences ("… cutting 340
 * jobs. Read the CEO's memo to workers." / its deck / "By …") */
static gboolean
byline_or_date_next (GPtrArray  *blocks,
                     guint       i,
                     const char *line,
                     GTimeZone  *default_zone)
{
  Block *next = i + 1 < blocks->len ? g_ptr_array_index (blocks, i + 1) : NULL;
  const char *deck = next != NULL ? g_ptr_array_index (next->lines, 0) : NULL;

  if (next == NULL || is_byline_or_date (next, default_zone))
    return next != NULL;
  return strstr (line, ". ") != NULL && i + 2 < blocks->len && next->lines->len == 1 &&
         _byline_import_count_words (deck) >= 8 && is_headline_like (deck) &&
         is_byline_or_date (g_ptr_array_index (blocks, i + 2), default_zone);
}

/* Whether @block is one headline-like line of three words or more */
static gboolean
is_headline_block (Block *block)
{
  g_autofree char *line = NULL;

  if (block->lines->len != 1)
    return FALSE;
  line = _byline_import_plain_spaces (g_ptr_array_index (block->lines, 0));
  return _byline_import_count_words (line) >= 3 && is_headline_like (line);
}

/* Reads byline, headline and date from the first single-line blocks (and
 * blocks of date lines) */
void
_byline_import_read_header (GPtrArray *blocks,
                            GTimeZone *default_zone,
                            Header    *h)
{
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  g_autoptr(GPtrArray) relative = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) story = g_string_new (NULL);
  HeaderState st = { candidates, relative, NULL, NULL, FALSE, FALSE, FALSE, NULL, FALSE };
  g_autofree char *masthead_agency = NULL;
  g_autofree char *kicker = NULL;
  gboolean agency;
  guint entries = 0;
  guint i, skipped = 0;

  h->extra = g_ptr_array_new_with_free_func (g_free);
  /* (the whole story, for the names it mentions) */
  for (i = 0; i < blocks->len; i++)
    {
      Block *block = g_ptr_array_index (blocks, i);

      for (guint j = 0; j < block->lines->len; j++)
        {
          g_autofree char *plain = _byline_import_plain_spaces (g_ptr_array_index (block->lines, j));

          g_string_append_printf (story, "%s\n", plain);
        }
      g_string_append_c (story, '\n');
    }
  st.story = story->str;
  /* ("3:42 p.m. ET, November 28, 2026" / title / text, twice: a live
   * page, whose first entry is no date line of the header) */
  for (i = 0; i < blocks->len && entries < 2; i++)
    {
      const char *line = g_ptr_array_index (((Block *) g_ptr_array_index (blocks, i))->lines, 0);
      g_autofree char *first = NULL;

      if (strlen (line) > 60 || !g_ascii_isdigit (line[0]))
        continue;
      first = _byline_import_plain_spaces (line);
      entries += _byline_import_is_timed_entry (first, default_zone);
    }
  st.live = entries >= 2;

  for (i = 0; i < blocks->len && i < MAX_HEADER_LINES + skipped; i++)
    {
      Block *block = g_ptr_array_index (blocks, i);
      g_auto(GStrv) plain = block_plain_lines (block);
      gboolean go_on = TRUE;

      /* The site's menu, crumbs or section name on top: dropped (the
       * section's name alone, the copy's first line, is its section:
       * "Health", "Sucesos") */
      if (candidates->len == 0 && h->bylines == NULL && h->date == NULL && i + 1 < blocks->len &&
          _byline_import_is_navigation ((const char * const *) plain, block->lines->len, default_zone,
                                        is_headline_block (g_ptr_array_index (blocks, i + 1))))
        {
          /* (or right over the headline, under the menu: "Nostalgia") */
          if ((i == 0 || is_headline_block (g_ptr_array_index (blocks, i + 1))) && block->lines->len == 1 &&
              h->section == NULL && _byline_import_is_section_name (plain[0]))
            h->section = g_strdup (plain[0]);
          skipped++;
          continue;
        }
      /* The site's or the agency's name on top, a line of its own (the
       * page's news id dropped under it): never the headline; an
       * agency's signs the story unless a byline comes */
      if (candidates->len == 0 && h->bylines == NULL && h->date == NULL && block->lines->len == 1 && i + 2 < blocks->len &&
          (_byline_import_is_masthead (plain[0], &agency) || (i == 0 && _byline_import_names_site_over (plain[0], blocks->pdata[1]))))
        {
          /* (a newsroom's credit without its "From": "Staff reports") */
          if (agency)
            {
              g_free (masthead_agency);
              masthead_agency = _byline_import_staff_credit (plain[0]) ?: g_strdup (plain[0]);
            }
          else if ((i == 0 || is_headline_block (g_ptr_array_index (blocks, i + 1))) && h->section == NULL &&
                   _byline_import_is_section_name (plain[0]))
            h->section = g_strdup (plain[0]);   /* ("Local News": no paper's) */
          skipped++;
          continue;
        }
      /* "SPIEGEL: Warum?" under the headline: the interview begins */
      if (candidates->len > 0 && _byline_import_opens_transcript (blocks, i))
        break;
      /* A live page's score box under the headline ("Australia 412 (Head
       * 141 …)" / "England 96-3 (…)"), or a review's stars: kept, and the
       * byline under it read */
      if (candidates->len > 0 && h->bylines == NULL &&
          ((block->lines->len > 1 && _byline_import_is_score_line (plain[0]) &&
            _byline_import_is_score_line (plain[1])) || _byline_import_is_star_rating (plain[0])))
        {
          for (guint j = 0; j < block->lines->len; j++)
            g_ptr_array_add (h->extra, g_strdup (g_ptr_array_index (block->lines, j)));
          skipped++;
          continue;
        }
      /* The page's section over the date, "U.S. News" / "Nov. 27, 2026 /
       * 3:18 PM", on top: the section dropped, the date read (a name
       * there is the writer's signature, read below) */
      if (candidates->len == 0 && h->bylines == NULL && h->date == NULL && block->lines->len == 2 &&
          is_time_line (plain[1], default_zone) && !_byline_import_is_agency (plain[0]) &&
          (_byline_import_is_navigation ((const char * const *) plain, 1, default_zone, TRUE) ||
           (g_str_has_suffix (plain[0], " News") && _byline_import_count_words (plain[0]) <= 3)))
        {
          read_header_line (g_ptr_array_index (block->lines, 1), default_zone, FALSE, h, &st);
          g_ptr_array_set_size (candidates, 0);
          skipped++;
          continue;
        }
      if (block->lines->len != 1)
        {
          g_autofree gboolean *times = g_new0 (gboolean, block->lines->len);
          g_autofree char *place = NULL;
          g_auto(GStrv) names = _byline_import_parse_signature ((const char * const *) plain, block->lines->len,
                                                                story->str, default_zone, times, &place);
          guint k = 0;

          /* The date first, then the signature ("28.11.2026, 10:15" /
           * "Autor: Anna Nowak" / "Źródło: PAP") */
          while (names == NULL && k < block->lines->len && is_time_line (plain[k], default_zone))
            times[k++] = TRUE;
          if (names == NULL && k > 0 && k + 1 < block->lines->len)
            names = _byline_import_parse_signature ((const char * const *) plain + k, block->lines->len - k,
                                                    story->str, default_zone, times + k, &place);
          else if (names == NULL && k > 0 && k + 1 == block->lines->len &&
                   (names = _byline_import_parse_byline (plain[k])) != NULL)
            place = _byline_import_byline_place (plain[k], story->str);
          /* ("Nov 24, 2026" / "Marta Kowalczyk": the writer's name under
           * the date, read as it is over it) */
          else if (names == NULL && k > 0 && k + 1 == block->lines->len && k <= 3)
            {
              const char *turned[5] = { plain[k], NULL, };
              gboolean turned_times[4] = { FALSE, };

              for (guint j = 0; j < k; j++)
                turned[j + 1] = plain[j];
              names = _byline_import_parse_signature (turned, k + 1, story->str, default_zone, turned_times, &place);
              /* (the name's line a date too: no name) */
              if (names != NULL && turned_times[0])
                g_clear_pointer (&names, g_strfreev);
            }

          /* A signature: the name, title, paper and date lines */
          if (names != NULL)
            {
              if (h->byline_line == NULL)
                h->byline_line = _byline_import_signature_leftover (plain, times, names, place);
              if (h->bylines == NULL)
                h->bylines = g_steal_pointer (&names);
              if (place != NULL && h->place == NULL)
                h->place = g_steal_pointer (&place);
              /* (a second date in the block, "28 Nov 2026" under
               * "Published On 28 Nov 2026", is the same one) */
              for (guint j = 0; j < block->lines->len; j++)
                {
                  guint before = candidates->len;

                  if (times[j])
                    read_header_line (g_ptr_array_index (block->lines, j), default_zone, FALSE, h, &st);
                  /* (a second date is no headline) */
                  g_ptr_array_set_size (candidates, before);
                }
              st.after_byline = TRUE;
              continue;
            }
          for (guint j = 0; j < block->lines->len; j++)
            {
              if (!is_time_line (plain[j], default_zone))
                go_on = FALSE;
            }
        }
      for (guint j = 0; go_on && j < block->lines->len; j++)
        go_on = read_header_line (g_ptr_array_index (block->lines, j), default_zone,
                                  byline_or_date_next (blocks, i, g_ptr_array_index (block->lines, j), default_zone), h, &st);
      if (!go_on)
        break;
    }

  /* The date of publication; else the update's; relative times only when
   * there is neither */
  if (h->date == NULL && st.update_date != NULL)
    {
      h->date = g_steal_pointer (&st.update_date);
      h->time_zone = g_steal_pointer (&st.update_zone);
    }
  g_clear_pointer (&st.update_date, g_date_time_unref);
  g_free (st.update_zone);
  if (h->date == NULL)
    {
      for (guint j = 0; j < relative->len; j++)
        g_ptr_array_add (h->extra, g_strdup (g_ptr_array_index (relative, j)));
    }
  h->consumed_blocks = i;
  if (h->bylines == NULL && masthead_agency != NULL && candidates->len > 0)
    h->bylines = g_strdupv ((char *[]) { masthead_agency, NULL });

  if (candidates->len == 0)
    return;
  /* ("Local politics" over the headline and its deck) */
  kicker = _byline_import_take_kicker (candidates, h->bylines == NULL && h->date == NULL && i < blocks->len ?
                                                  g_ptr_array_index (((Block *) g_ptr_array_index (blocks, i))->lines, 0) : NULL);
  /* ("WEATHER ROUNDUP" in capitals over a headline that is not, the
   * byline read: a label, not the headline's first line) */
  if (kicker == NULL && h->bylines != NULL && candidates->len == 2 &&
      _byline_import_count_words (g_ptr_array_index (candidates, 0)) <= 3 &&
      _byline_import_is_shouted (g_ptr_array_index (candidates, 0)) &&
      !_byline_import_is_shouted (g_ptr_array_index (candidates, 1)) &&
      _byline_import_count_words (g_ptr_array_index (candidates, 1)) >= 4)
    kicker = g_strdup (g_ptr_array_steal_index (candidates, 0));
  if (kicker != NULL && h->section == NULL)
    h->section = g_steal_pointer (&kicker);

  /* "دبي - أحمد السيد", "আরিফুল হক, রাজশাহী" under the headline */
  for (guint j = 1; h->bylines == NULL && j < candidates->len && j <= 2; j++)
    if ((h->bylines = _byline_import_uncased_byline (g_ptr_array_index (candidates, j),
                                                     h->place == NULL ? &h->place : NULL)) != NULL)
      g_ptr_array_remove_index (candidates, j);

  /* "Ciarán Walsh" / "Legal Affairs Correspondent" under the headline */
  if (h->bylines == NULL)
    h->bylines = _byline_import_name_over_title (candidates, &h->byline_line);
  /* An unlabelled name line before or after the headline is the byline */
  if (h->bylines == NULL && candidates->len >= 2)
    {
      g_autofree char *first = _byline_import_plain_spaces (g_ptr_array_index (candidates, 0));
      g_autofree char *second = _byline_import_plain_spaces (g_ptr_array_index (candidates, 1));
      g_autofree char *last = _byline_import_plain_spaces (g_ptr_array_index (candidates, candidates->len - 1));
      g_auto(GStrv) first_names = _byline_import_unlabelled_names (first);
      g_auto(GStrv) last_names = _byline_import_unlabelled_names (last);

      if (first_names != NULL)
        {
          h->bylines = g_steal_pointer (&first_names);
          g_ptr_array_remove_index (candidates, 0);
        }
      else if (last_names != NULL && !_byline_import_is_name (first))
        {
          h->bylines = g_steal_pointer (&last_names);
          g_ptr_array_remove_index (candidates, candidates->len - 1);
        }
      else if (_byline_import_is_name (first) && !_byline_import_is_label_line (first) && !_byline_import_is_section_name (first) &&
          (!_byline_import_is_name (second) || candidates->len > 2))
        {
          h->bylines = _byline_import_unlabelled_byline (first, story->str, &h->place);
          g_ptr_array_remove_index (candidates, 0);
        }
      else if (_byline_import_is_name (last) && !_byline_import_is_label_line (last) && !_byline_import_is_name (first) &&
               !_byline_import_names_no_one (last))
        {
          h->bylines = _byline_import_unlabelled_byline (last, story->str, &h->place);
          g_ptr_array_remove_index (candidates, candidates->len - 1);
        }
    }

  h->headline = _byline_import_without_site_name (g_ptr_array_index (candidates, 0));
  for (guint j = 1; j < candidates->len; j++)
    {
      const char *line = g_ptr_array_index (candidates, j);
      g_autofree char *plain = _byline_import_plain_spaces (line);

      /* The line right under the headline, when it reads like a sentence,
       * is the story's standfirst (a deck), not its first paragraph */
      /* (not a picture's caption, "Photo: Rescue workers carry …", "…
       * four lanes. Picture by Adam McLean", a match's score line, "Arsenal
       * 2 (Saka 34, 71) Chelsea 1", nor "This story has been updated …") */
      if (j == 1 && _byline_import_count_words (plain) >= 5 && !_byline_import_is_name (plain) &&
          !_byline_import_is_photo_credit (plain) && !_byline_import_ends_with_photo_credit (plain) &&
          !_byline_import_is_score_line (plain) && !_byline_import_is_notice (plain))
        h->deck = g_strdup (line);
      else
        g_ptr_array_add (h->extra, g_strdup (line));
    }
}

/* byline-import.c: wire copy (a story copied from a web page) into an article
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The shape read here (README.md, "Importing wire copy"):
 *
 *   [navigation]        "Home" / "News", "News / City": dropped
 *                       (byline-import-furniture.c)
 *   [byline]            "By Name", "By A and B", "نویسنده: …", "Автор: …",
 *                       "Name, Job title", or a short name line before
 *                       the headline (byline-import-names.c); a signature
 *                       block (name / paper / date lines); the place
 *                       under the name ("ZAGREB", "in Lagos") is the
 *                       dateline when the lede names none
 *                       (byline-import-place.c)
 *   headline            (the header is read in byline-import-header.c)
 *   [date line]         see byline-import-date.c; "Last modified …" and
 *                       "Updated 3 hours ago" only stand in for none
 *   [caption / Photo: …] a picture's caption and credit: an italic
 *                       paragraph, never the lede
 *   PLACE – lede …      the dateline place goes into the article's
 *                       dateline and is removed from the paragraph
 *                       (byline-import-dateline.c: "LONDON, March 3
 *                       (Reuters) -" gives a date and an agency too)
 *   paragraphs …        separated by blank lines
 *   - item / 1. item    two or more in a row: a Markdown list
 *                       (byline-import-lists.c)
 *   Subheading          a short line without final punctuation between
 *                       paragraphs becomes "## Subheading" (not a
 *                       sign-off such as "Editing by …")
 *   10:42 GMT / Title   a live page's entry: the time in bold, the title
 *                       a subheading
 *   Key points: / lines a summary box: a list; lines in columns: a table
 *   Q: … / A: …         an interview's turns (or "SPIEGEL:" / "Lang:"):
 *                       a paragraph each, questions in bold
 *                       (byline-import-interview.c)
 *   boilerplate         "Leave a Comment", "What is 3 + 4?", "Read more:
 *                       …" is dropped (byline-import-lines.c); so are
 *                       advertising markers, sharing rows, newsletter
 *                       boxes and readers' comments (byline-import-inserts.c)
 *
 * A deck (a sentence-like line right under the headline) is the
 * standfirst; without one, the lede (first body paragraph) is COPIED into
 * the standfirst: the body still reads complete. Text is escaped as Markdown, so it reads back
 * exactly. What is not recognised stays in the body: nothing is lost.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "byline-calendar.h"
#include "byline-enums.h"
#include "byline-import.h"
#include "byline-import-private.h"
#include "byline-markdown.h"
#include "byline-text-private.h"

G_DEFINE_QUARK (byline-import-error-quark, byline_import_error)

static gboolean
starts_with_quote (const char *line)
{
  return g_str_has_prefix (line, "\"") || g_str_has_prefix (line, "“") ||
         g_str_has_prefix (line, "«") || g_str_has_prefix (line, "„") ||
         g_str_has_prefix (line, "'") || g_str_has_prefix (line, "‘");
}

/* A short line without final punctuation: a headline, name or subheading */
static gboolean
is_short_line (const char *line,
               guint       max_words)
{
  return _byline_import_count_words (line) <= max_words && strlen (line) <= 160 &&
         !_byline_import_ends_with_punctuation (line) && !starts_with_quote (line) &&
         _byline_import_has_letter (line);
}

static char *
block_text (Block *block)
{
  g_ptr_array_add (block->lines, NULL);
  {
    char *text = g_strjoinv ("\n", (char **) block->lines->pdata);

    g_ptr_array_set_size (block->lines, block->lines->len - 1);
    return text;
  }
}

/* A subheading: a short line without final punctuation that is no
 * sign-off ("Editing by …") and no sentence of figures that lost its full
 * stop ("Brent crude rose to $84.20 a barrel") */
gboolean
_byline_import_is_subheading (const char *para)
{
  g_autofree char *plain = NULL;

  if (strlen (para) > 400)
    return FALSE;
  plain = _byline_import_plain_spaces (para);

  /* (in characters: Persian or Russian letters take two bytes each) */
  if (g_utf8_strlen (plain, -1) > 90 || _byline_import_is_credit_line (plain) || _byline_import_has_figure (plain))
    return FALSE;
  if (is_short_line (plain, 12))
    return TRUE;
  /* A British paper's subheading in single quotes ("'A gross breach of
   * trust'", not a quote mark alone); in double quotes, a quotation */
  if ((g_str_has_prefix (plain, "'") && g_str_has_suffix (plain, "'")) ||
      (g_str_has_prefix (plain, "‘") && g_str_has_suffix (plain, "’")))
    {
      gsize open = g_str_has_prefix (plain, "'") ? 1 : strlen ("‘");
      g_autofree char *inside = strlen (plain) > 2 * open ? g_strndup (plain + open, strlen (plain) - 2 * open) : NULL;

      if (inside != NULL && is_short_line (inside, 8))
        return TRUE;
    }
  /* An explainer's questions: "What happens next?", "Who is eligible?" */
  if (g_str_has_suffix (plain, "?") || g_str_has_suffix (plain, "؟"))
    {
      g_autofree char *cut = g_strndup (plain, strlen (plain) - (g_str_has_suffix (plain, "?") ? 1 : strlen ("؟")));

      return _byline_import_count_words (cut) >= 2 && is_short_line (cut, 12) && strchr (cut, '?') == NULL &&
             !g_str_has_prefix (cut, "Q:") && !g_str_has_prefix (cut, "Q.");
    }
  return FALSE;
}

/* What a subheading needs after it: text that is no sign-off */
static gboolean
is_paragraph (Block *block)
{
  const char *line = g_ptr_array_index (block->lines, 0);
  g_autofree char *plain = NULL;

  if (strlen (line) > 400)
    return TRUE;
  plain = _byline_import_plain_spaces (line);
  return !_byline_import_is_credit_line (plain);
}

/* "Posted 28 Nov 202628 Nov 2026, updated 28 Nov 2026": a short line that
 * opens with the words of publication or update, holds figures and a
 * month's name and is no sentence */
static gboolean
is_date_stamp (const char *para)
{
  g_autofree char *plain = NULL;

  if (strlen (para) > 200)
    return FALSE;
  plain = _byline_import_plain_spaces (para);
  if (_byline_import_skip_update_words (plain) == plain || _byline_import_count_words (plain) > 12 ||
      strpbrk (plain, "0123456789") == NULL || _byline_import_ends_with_punctuation (plain))
    return FALSE;
  /* (a month's name, or a date in figures: "Published in 2019" may head
   * a part of the story; "Publisert 27.11.2026 14:20" is a stamp) */
  {
    g_auto(GStrv) words = g_strsplit_set (plain, " ,", -1);
    g_autoptr(GDateTime) date = NULL;
    g_autofree char *zone = NULL;

    for (guint i = 0; words[i] != NULL; i++)
      {
        if (_byline_import_parse_month (words[i]) > 0)
          return TRUE;
      }
    return g_ascii_isdigit (*_byline_import_skip_update_words (plain)) &&
           byline_import_parse_date (plain, NULL, &date, &zone);
  }
}

/* A summary box: a label of up to four words ending in a colon ("Key
 * points:", "Das Wichtigste in Kürze:") over two or more lines, none of
 * them a quote or a list item of its own */
static gboolean
is_summary_box (Block *block)
{
  const char *head = g_ptr_array_index (block->lines, 0);
  g_autofree char *plain = NULL;

  if (block->lines->len < 3 || strlen (head) > 60)
    return FALSE;
  plain = _byline_import_plain_spaces (head);
  g_strchomp (plain);
  if (!g_str_has_suffix (plain, ":") || _byline_import_count_words (plain) > 4 || starts_with_quote (plain))
    return FALSE;
  for (guint j = 1; j < block->lines->len; j++)
    {
      const char *line = g_ptr_array_index (block->lines, j);

      /* (a contact's block, "Media Contact:" over an address, is none) */
      if (strlen (line) > 300 || _byline_import_count_words (line) > 40 || starts_with_quote (line) ||
          _byline_import_is_list_item (line) || (strchr (line, '@') != NULL && strchr (line, ' ') == NULL))
        return FALSE;
    }
  return TRUE;
}

/* Whether @block opens with a time of day alone ("10:42 GMT") or with
 * its day ("3:42 p.m. ET, November 28, 2026"), and its second line, if
 * any, is a title */
static gboolean
live_entry_time (Block     *block,
                 GTimeZone *default_zone)
{
  const char *first = g_ptr_array_index (block->lines, 0);
  g_autofree char *plain = NULL;

  /* ("3:42 p.m. ET, November 28, 2026": the time with its day) */
  if (strlen (first) > 60 || !g_unichar_isdigit (g_utf8_get_char (first)))
    return FALSE;
  plain = _byline_import_plain_spaces (first);
  if (!_byline_import_is_clock_time (plain) && !_byline_import_is_timed_entry (plain, default_zone))
    return FALSE;
  if (block->lines->len == 2)
    {
      const char *title = g_ptr_array_index (block->lines, 1);
      g_autofree char *second = NULL;

      return strlen (title) <= 400 && _byline_import_is_subheading ((second = _byline_import_plain_spaces (title)));
    }
  return TRUE;
}

static void
append_paragraph (GString    *body,
                  const char *prefix,
                  const char *text)
{
  g_autofree char *escaped = byline_markdown_escape (text, -1);

  if (body->len > 0)
    g_string_append (body, "\n\n");
  g_string_append (body, prefix);
  g_string_append (body, escaped);
}

/**
 * byline_import_wire_copy:
 * @text: the story as plain text (any bytes; invalid UTF-8 becomes U+FFFD)
 * @length: bytes in @text, or -1 when NUL-terminated
 * @default_zone: (nullable): the zone of a date line that implies none
 *   (the local zone if %NULL), and the story's zone when its date line is
 *   stamped UTC or GMT (the same instant, told in @default_zone; with
 *   %NULL such a story stays in UTC)
 * @error: set when there is no text at all
 *
 * Reads a story copied from a newspaper's web page into a new article (see
 * the top of this file and README.md for the shape it understands). The
 * slug is left empty; the language and direction come from the script.
 *
 * Returns: (transfer full): a new, unsaved article, or %NULL with @error set
 */
/* A date line under the story, in its last blocks: the story's date
 * when @h has none, or has only the day a dateline named ("SEOUL, Nov. 28
 * (Yonhap) --") and the stamp is of that day; TRUE when @para is read
 * (it leaves the body) */
static gboolean
footer_date (const char *para,
             GTimeZone  *default_zone,
             Header     *h,
             gboolean    date_from_dateline)
{
  g_autofree char *line = _byline_import_plain_spaces (para);
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *zone = NULL;

  if (_byline_import_count_words (line) > 10 || strlen (line) > 100 || (h->date != NULL && !date_from_dateline) ||
      !byline_import_parse_date (line, default_zone, &date, &zone))
    return FALSE;
  if (h->date != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_timezone (date, g_date_time_get_timezone (h->date));

      /* (the dateline's day at midnight: the stamp tells the time) */
      if (local == NULL || g_date_time_get_year (local) != g_date_time_get_year (h->date) ||
          g_date_time_get_day_of_year (local) != g_date_time_get_day_of_year (h->date) ||
          g_date_time_get_hour (h->date) != 0 || g_date_time_get_minute (h->date) != 0)
        return FALSE;
      g_date_time_unref (h->date);
      g_free (h->time_zone);
    }
  h->date = g_steal_pointer (&date);
  h->time_zone = g_steal_pointer (&zone);
  return TRUE;
}

BylineArticle *
byline_import_wire_copy (const char  *text,
                         gssize       length,
                         GTimeZone   *default_zone,
                         GError     **error)
{
  g_autoptr(BylineArticle) article = NULL;
  g_autofree char *valid = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) blocks = NULL;
  g_autoptr(GString) body = NULL;
  g_autofree char *standfirst = NULL;
  g_autofree gboolean *dropped = NULL;
  g_auto(GStrv) tags = NULL;
  g_autoptr(GString) note = g_string_new (NULL);
  g_autofree char *mail_header = NULL;
  g_autoptr(GDateTime) mail_date = NULL;
  g_autofree char *mail_zone = NULL;
  g_autoptr(BylineImportChat) chat = NULL;
  Header h = { 0 };
  Interview iv = { -1, NULL };
  const char *language;
  gboolean previous_was_heading = TRUE;
  gboolean colon_headings;
  gboolean date_from_dateline = FALSE;
  gboolean bylines_from_agency = FALSE;
  gboolean lede_pending;
  guint first_body;
  guint wrap_width;
  guint n;

  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* (a word processor's pages, a mail's quoted-printable, a code page's
   * mis-reading, HTML left in the text) */
  {
    gsize n_bytes = text == NULL ? 0 : length < 0 ? strlen (text) : (gsize) length;
    g_autofree char *paged = n_bytes > 0 ? _byline_import_take_page_breaks (text, &n_bytes) : NULL;

    valid = _byline_import_undo_format_marks (_byline_text_make_valid (paged != NULL ? paged : text,
                                                                        paged != NULL ? (gssize) n_bytes : length));
  }
  /* (a story clipped into a notes program: its front matter) */
  {
    gboolean clipped = FALSE;

    article = _byline_import_front_matter_story (valid, default_zone, &clipped, error);
    if (clipped)
      return g_steal_pointer (&article);
  }
  /* (a story written in Markdown, "# Headline" first; a story whose
   * header fields are labelled, "HEADLINE: …") */
  /* (a page exported from a notes program: its properties to the note) */
  _byline_import_take_page_properties (&valid, note);
  if (_byline_import_is_markdown_document (valid))
    {
      article = _byline_import_markdown_document (valid, default_zone, error);
      if (article != NULL && note->len > 0)
        {
          const char *own = byline_article_get_note (article);
          g_autofree char *both = g_strjoin (own != NULL && own[0] != '\0' ? "\n" : "", note->str, own, NULL);

          byline_article_set_note (article, both);
        }
      return g_steal_pointer (&article);
    }
  if ((article = _byline_import_labelled_story (valid, default_zone)) != NULL)
    return g_steal_pointer (&article);
  lines = _byline_import_split_lines (valid);
  /* (a story sent as chat messages: the others' to the note) */
  chat = _byline_import_take_chat (lines, default_zone, note);
  /* (a forwarded story, a story sent in a reply: the mail to the note) */
  _byline_import_take_mail_wrapping (lines, note);
  _byline_import_take_wire_wrapping (lines, note);
  /* (a newsletter's mail header and its lines over the story: the note) */
  if ((mail_header = _byline_import_take_mail_header (lines, default_zone, &mail_date, &mail_zone)) != NULL)
    {
      g_string_append_printf (note, "%s%s", note->len > 0 ? "\n" : "", mail_header);
      _byline_import_take_issue_lines (lines, mail_header, note);
    }
  /* (a draft's lines for the desk, a newsletter's around its story) */
  _byline_import_take_tool_wrapping (lines, note);
  /* (a shared document's comments, a feed reader's or a blog editor's
   * buttons, a dictation's spoken commands) */
  _byline_import_take_app_wrapping (lines, note);
  /* (an author box, "Author" over names and affiliations, for a byline) */
  _byline_import_take_author_boxes (lines, note);
  /* (a partner's or an aggregator's around a story it carries) */
  _byline_import_take_syndication_wrapping (lines, default_zone, note);
  /* (a reader's, an app's or a channel's lines around the story) */
  _byline_import_take_reader_wrapping (lines, note);
  /* (a PDF's page numbers and running lines; words broken at a line's end) */
  _byline_import_take_pdf_furniture (lines);
  /* (a tags line under the story, before the page's foot is cut) */
  tags = _byline_import_take_tags_line (lines);
  _byline_import_cut_page_top (lines, note);
  _byline_import_space_out_lines (lines);
  _byline_import_split_head_deck (lines);
  /* (a comment form's heading and button in words no list knows) */
  _byline_import_drop_share_x (lines);
  dropped = _byline_import_drop_inserts (lines);
  /* (a player's, a gallery's lines between the paragraphs) */
  _byline_import_drop_media (lines, dropped);
  _byline_import_drop_form_tail (lines, dropped);
  blocks = _byline_import_make_blocks (lines, dropped);
  if (blocks->len == 0)
    {
      g_set_error_literal (error, BYLINE_IMPORT_ERROR, BYLINE_IMPORT_ERROR_EMPTY,
                           _("There is no text to import"));
      return NULL;
    }

  article = byline_article_new ();
  _byline_import_split_kickers (blocks);
  _byline_import_read_header_past_boxes (blocks, default_zone, &h);

  /* Nothing left for the body: the input was not a story we understand,
   * so all of it is body text */
  if (h.consumed_blocks >= blocks->len)
    {
      _byline_import_header_clear (&h);
      memset (&h, 0, sizeof h);
      h.extra = g_ptr_array_new_with_free_func (g_free);
    }

  _byline_import_note_byline (note, h.byline_line, h.page_credit);

  body = g_string_new (NULL);
  for (guint i = 0; i < h.extra->len; i++)
    {
      const char *extra = g_ptr_array_index (h.extra, i);

      /* (a picture's caption under the headline: in italics, as below) */
      if (_byline_import_is_photo_credit (extra))
        {
          g_autofree char *escaped = byline_markdown_escape (extra, -1);

          g_string_append_printf (body, "%s*%s*", body->len > 0 ? "\n\n" : "", escaped);
        }
      else
        append_paragraph (body, "", extra);
    }

  if (h.date == NULL && mail_date != NULL)
    {
      h.date = g_steal_pointer (&mail_date);
      g_free (h.time_zone);
      h.time_zone = g_steal_pointer (&mail_zone);
    }
  if (h.date == NULL && chat != NULL)
    _byline_import_chat_date (chat, h.headline, &h.date, &h.time_zone);
  if (h.bylines == NULL && h.headline != NULL && chat != NULL && _byline_import_chat_writer (chat) != NULL)
    h.bylines = g_strdupv ((char *[]) { (char *) _byline_import_chat_writer (chat), NULL });
  /* (a headline typed on a phone, all in lower case) */
  if (h.headline != NULL)
    {
      char *capital = _byline_import_capitalize_headline (h.headline);

      g_free (h.headline);
      h.headline = capital;
    }
  first_body = h.consumed_blocks;
  wrap_width = _byline_import_unwrap_blocks (blocks, first_body);
  _byline_import_split_headings (blocks, first_body);
  _byline_import_drop_pull_quotes (blocks, first_body);
  _byline_import_read_tail (blocks, first_body, default_zone, &h, note);
  _byline_import_take_foot_author (blocks, first_body, &h.bylines, note);
  _byline_import_take_author_bio (blocks, first_body, (const char * const *) h.bylines, note);
  _byline_import_mark_posts (blocks, first_body);
  lede_pending = h.headline != NULL || h.bylines != NULL || h.date != NULL;
  _byline_import_find_interview (blocks, first_body, &iv);
  colon_headings = _byline_import_colon_headings (blocks, first_body) >= 2;
  for (guint i = first_body; i < blocks->len; i++)
    {
      Block *block = g_ptr_array_index (blocks, i);
      g_autofree char *para = NULL;

      /* A post embedded in the story ("…" / "— Name (@handle) March 3,
       * 2026"): quoted, someone else's words; not the lede, a
       * subheading or a date stamp */
      if (block->post)
        {
          i += _byline_import_append_post (body, blocks, i) - 1;
          previous_was_heading = FALSE;
          continue;
        }
      para = block_text (block);

      /* The date stamp some pages print under the story only ("2026/11/28
       * 14:05 KST", "अपडेटेड: 28 नवंबर 2026, 15:40 IST"): the story's date
       * when the header gave none, or only the day of the lede's dateline */
      if (!lede_pending && block->lines->len == 1 && i + 3 >= blocks->len && footer_date (para, default_zone, &h, date_from_dateline))
        continue;

      /* A picture's caption and credit: kept, in italics, and not the
       * lede (the dateline may be in the paragraph after it) */
      if ((n = _byline_import_caption_blocks (blocks, i)) > 0)
        {
          g_autoptr(GString) caption = g_string_new (NULL);
          g_autofree char *escaped = NULL;

          for (guint j = i; j < i + n; j++)
            {
              g_autofree char *line = block_text (g_ptr_array_index (blocks, j));

              g_string_append_printf (caption, "%s%s", caption->len > 0 ? "\n" : "", line);
            }
          escaped = byline_markdown_escape (caption->str, -1);
          g_string_append_printf (body, "%s*%s*", body->len > 0 ? "\n\n" : "", escaped);
          i += n - 1;
          previous_was_heading = FALSE;
          continue;
        }

      /* A live page's entry: its time ("10:42 GMT") in bold, and the
       * entry's title under it a subheading; not the lede */
      if (block->lines->len <= 2 && live_entry_time (block, default_zone))
        {
          g_autofree char *time = _byline_import_plain_spaces (g_ptr_array_index (block->lines, 0));
          g_autofree char *escaped = byline_markdown_escape (time, -1);

          g_string_append_printf (body, "%s**%s**", body->len > 0 ? "\n\n" : "", escaped);
          if (block->lines->len == 2)
            append_paragraph (body, "## ", g_ptr_array_index (block->lines, 1));
          /* (the title as a paragraph of its own under the time: still
           * the entry's title, not the story's lede) */
          else if (i + 2 < blocks->len && ((Block *) g_ptr_array_index (blocks, i + 1))->lines->len == 1 &&
                   _byline_import_is_subheading (g_ptr_array_index (((Block *) g_ptr_array_index (blocks, i + 1))->lines, 0)) &&
                   is_paragraph (g_ptr_array_index (blocks, i + 2)))
            {
              append_paragraph (body, "## ", g_ptr_array_index (((Block *) g_ptr_array_index (blocks, i + 1))->lines, 0));
              i++;
              previous_was_heading = TRUE;
              continue;
            }
          previous_was_heading = block->lines->len == 2;
          continue;
        }

      /* A table whose lines line up in columns */
      if (_byline_import_append_table (body, (const char * const *) block->lines->pdata, block->lines->len))
        {
          previous_was_heading = FALSE;
          continue;
        }

      /* "Key points:" and the points under it, their bullets lost in the
       * copy: a list, not the lede */
      if (is_summary_box (block))
        {
          append_paragraph (body, "", g_ptr_array_index (block->lines, 0));
          g_string_append (body, "\n");
          for (guint j = 1; j < block->lines->len; j++)
            {
              g_autofree char *escaped = byline_markdown_escape (g_ptr_array_index (block->lines, j), -1);

              g_string_append_printf (body, "\n- %s", escaped);
            }
          previous_was_heading = FALSE;
          continue;
        }

      /* An interview's questions and answers, each a paragraph (an
       * answer is no lede) */
      if (_byline_import_append_interview (body, (const char * const *) block->lines->pdata, block->lines->len, &iv))
        {
          if (lede_pending && h.deck != NULL)
            standfirst = g_strdup (h.deck);
          lede_pending = FALSE;
          previous_was_heading = FALSE;
          continue;
        }

      /* An e-mail's quote ("> …"): a Markdown quote */
      if (!lede_pending && _byline_import_append_quote (body, block, wrap_width))
        {
          previous_was_heading = FALSE;
          continue;
        }

      /* "This story has been updated …", a match's score box or a
       * verdict's box over the lede: kept, not the lede */
      if (lede_pending && ((block->lines->len == 1 && _byline_import_is_notice (para)) ||
                           _byline_import_is_score_line (g_ptr_array_index (block->lines, 0)) ||
                           _byline_import_is_box_block (block)))
        {
          append_paragraph (body, "", para);
          continue;
        }

      /* A list (under its head, "Key events") is no lede */
      if (lede_pending && block->lines->len >= 3 && _byline_import_count_words (g_ptr_array_index (block->lines, 0)) <= 4 &&
          _byline_import_list_run ((const char * const *) block->lines->pdata + 1, block->lines->len - 1) == block->lines->len - 1 &&
          _byline_import_append_with_lists (body, (const char * const *) block->lines->pdata, block->lines->len))
        continue;

      if (lede_pending)
        {
          g_autofree char *place = NULL;
          g_autofree char *rest = NULL;
          g_autoptr(GDateTime) date = NULL;
          g_autofree char *zone = NULL;
          g_autofree char *agency = NULL;
          /* "WASHINGTON (AP)" alone over the lede: the lede's dateline */
          g_autofree char *lone = i + 1 < blocks->len ? _byline_import_lone_dateline (para) : NULL;

          g_auto(GStrv) writers = NULL;
          gboolean split = _byline_import_split_dateline (lone != NULL ? lone : para, default_zone, &place, &rest, &date,
                                                          &zone, &agency) ||
            (lone == NULL && _byline_import_split_lede_colon (para, blocks, i + 1, &place, &rest));

          /* "新华社北京11月28日电（记者王明）…", "【ワシントン共同】…" */
          if (!split && lone == NULL)
            {
              g_clear_pointer (&place, g_free);
              g_clear_pointer (&rest, g_free);
              g_clear_pointer (&date, g_date_time_unref);
              g_clear_pointer (&zone, g_free);
              split = _byline_import_split_cjk_dateline (para, default_zone, &place, &rest, &date, &zone, &writers);
              if (split && h.bylines == NULL && writers != NULL)
                h.bylines = g_steal_pointer (&writers);
            }
          if (split)
            {
              byline_article_set_dateline (article, place);
              g_free (para);
              para = g_steal_pointer (&rest);
              /* "LONDON, March 3 (Reuters) -": the story's date and
               * writer when it names no other */
              /* (the header's day alone, "2026年3月5日", and the
               * dateline's the same day with its time: the dateline's) */
              if (h.date != NULL && date != NULL && g_date_time_get_hour (h.date) == 0 &&
                  g_date_time_get_minute (h.date) == 0 &&
                  (g_date_time_get_hour (date) != 0 || g_date_time_get_minute (date) != 0) &&
                  g_date_time_get_year (date) == g_date_time_get_year (h.date) &&
                  g_date_time_get_day_of_year (date) == g_date_time_get_day_of_year (h.date))
                g_clear_pointer (&h.date, g_date_time_unref);
              if (h.date == NULL && date != NULL)
                {
                  date_from_dateline = TRUE;
                  h.date = g_steal_pointer (&date);
                  g_free (h.time_zone);
                  h.time_zone = g_steal_pointer (&zone);
                }
              if (h.bylines == NULL && agency != NULL)
                {
                  h.bylines = g_strdupv ((char *[]) { agency, NULL });
                  bylines_from_agency = TRUE;
                }
              else if (agency != NULL)
                _byline_import_note_agency (note, agency);
              if (lone != NULL)
                continue;
            }
          standfirst = g_strdup (h.deck != NULL ? h.deck : para);
        }

      /* Lists: lines of one paragraph, or one-line paragraphs in a row */
      if (!lede_pending)
        {
          g_autoptr(GPtrArray) items = g_ptr_array_new ();
          guint run;

          /* (only the items: linear in the story's length) */
          for (guint j = i; j < blocks->len && ((Block *) g_ptr_array_index (blocks, j))->lines->len == 1; j++)
            {
              const char *line = g_ptr_array_index (((Block *) g_ptr_array_index (blocks, j))->lines, 0);

              if (!_byline_import_is_list_item (line))
                break;
              g_ptr_array_add (items, (gpointer) line);
            }
          if ((run = _byline_import_list_run ((const char * const *) items->pdata, items->len)) > 0)
            {
              _byline_import_append_list (body, (const char * const *) items->pdata, run);
              i += run - 1;
              previous_was_heading = FALSE;
              continue;
            }
          if (_byline_import_append_with_lists (body, (const char * const *) block->lines->pdata, block->lines->len))
            {
              previous_was_heading = FALSE;
              continue;
            }
        }

      /* A date stamp repeated under the story ("Posted 28 Nov 2026,
       * updated …") when the header gave the date; a publication's
       * ("Published - November 28, 2026 09:40 am IST") earlier than the
       * header's date, an update's over the story, is the story's date */
      if (!lede_pending && h.date != NULL && block->lines->len == 1 && is_date_stamp (para))
        {
          g_autofree char *plain = _byline_import_plain_spaces (para);
          g_autoptr(GDateTime) published = NULL;
          g_autofree char *zone = NULL;

          /* (not the same day without its time: "Posted 28 Nov 2026"
           * under "28 Nov 2026 14:30") */
          if (!_byline_import_is_update_line (plain) && byline_import_parse_date (plain, default_zone, &published, &zone) &&
              g_date_time_compare (published, h.date) < 0 &&
              (g_date_time_get_hour (published) != 0 || g_date_time_get_minute (published) != 0 ||
               g_date_time_get_day_of_year (published) != g_date_time_get_day_of_year (h.date)))
            {
              g_date_time_unref (h.date);
              h.date = g_steal_pointer (&published);
              g_free (h.time_zone);
              h.time_zone = g_steal_pointer (&zone);
            }
          continue;
        }

      lede_pending = FALSE;
      if (block->lines->len == 1 && i + 1 < blocks->len &&
          (!previous_was_heading || (body->len == 0 && _byline_import_opens_chapters (blocks, i))) &&
          (_byline_import_is_subheading (para) || (colon_headings &&
            _byline_import_is_colon_heading (para, g_ptr_array_index (((Block *) g_ptr_array_index (blocks, i + 1))->lines, 0)))) &&
          is_paragraph (g_ptr_array_index (blocks, i + 1)))
        {
          g_autofree char *heading = _byline_import_heading_text (para, valid);

          append_paragraph (body, "## ", heading);
          previous_was_heading = TRUE;
        }
      else
        {
          append_paragraph (body, "", para);
          previous_was_heading = FALSE;
        }
    }
  if (body->len > 0)
    g_string_append_c (body, '\n');

  /* A wire story that names no writer but the agency signs off with its
   * reporters ("(Reporting by Camillus Eboh; Editing by …)"): they are
   * the bylines (the sign-off stays in the body) */
  if (h.bylines == NULL || bylines_from_agency)
    {
      for (guint i = first_body; i < blocks->len; i++)
        {
          Block *block = g_ptr_array_index (blocks, i);
          g_autofree char *para = block->lines->len <= 3 ? block_text (block) : NULL;
          char **writers = para != NULL ? _byline_import_sign_off_writers (para) : NULL;

          if (writers != NULL)
            {
              g_strfreev (h.bylines);
              h.bylines = writers;
              break;
            }
        }
    }

  if (h.place != NULL && g_strcmp0 (byline_article_get_dateline (article), "") <= 0)
    byline_article_set_dateline (article, h.place);
  /* ("CITY TO DOUBLE NIGHT BUSES" → "City to double night buses") */
  if (h.headline != NULL)
    {
      g_autofree char *headline = _byline_import_sentence_case (h.headline, valid);

      byline_article_set_headline (article, headline);
    }
  /* ("Julie MARTIN" → "Julie Martin", "이민수 기자" → "이민수") */
  _byline_import_unshout_surnames (h.bylines);
  _byline_import_drop_reporter_words (h.bylines);
  if (h.bylines != NULL)
    byline_article_set_bylines (article, (const char * const *) h.bylines);
  /* "10:42 GMT" is an instant, not a place: the story is told in the
   * zone the user chose, when they chose one */
  if (h.date != NULL && default_zone != NULL && g_strcmp0 (h.time_zone, "UTC") == 0)
    {
      GDateTime *in_default = g_date_time_to_timezone (h.date, default_zone);

      if (in_default != NULL)
        {
          g_date_time_unref (h.date);
          h.date = in_default;
          g_free (h.time_zone);
          h.time_zone = g_strdup (g_time_zone_get_identifier (default_zone));
        }
    }
  if (h.date != NULL)
    {
      byline_article_set_date (article, h.date);
      byline_article_set_time_zone (article, h.time_zone);
    }
  /* (the standfirst one paragraph: its lines run on, as a reader sees them) */
  if (standfirst != NULL)
    byline_article_set_standfirst (article, g_strdelimit (standfirst, "\n", ' '));
  if (h.section != NULL)
    byline_article_set_section (article, h.section);
  if (tags != NULL)
    byline_article_set_tags (article, (const char * const *) tags);
  byline_article_set_body (article, body->str);
  if (note->len > 0)
    byline_article_set_note (article, note->str);

  language = byline_import_detect_language (valid);
  byline_article_set_language (article, language);
  byline_article_set_direction (article, byline_text_direction_for_language (language));
  byline_article_set_slug (article, "");

  _byline_import_header_clear (&h);
  _byline_import_interview_clear (&iv);
  return g_steal_pointer (&article);
}

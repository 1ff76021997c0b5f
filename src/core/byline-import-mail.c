/* byline-import-mail.c: a story that comes in a mail
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A press office's story forwarded by a colleague, or a reporter's
 * story sent back in a reply, is pasted with the mail around it: the
 * colleague's note over "---------- Forwarded message ---------", the
 * forwarded message's header, the sender's signature under "--", and
 * the quoted message under "On …, Sarah <…> wrote:". None of it is the
 * story and none of it publishes, but the editor may want it, so it goes
 * to the article's note rather than away.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import.h"
#include "byline-import-private.h"

/* The words in the separator mail programs put over a forwarded message
 * ("---------- Forwarded message ---------", "-----Original Message-----",
 * "-------- Weitergeleitete Nachricht --------"), in lower case */
static const char * const forward_words[] = {
  "forwarded message", "original message", "weitergeleitete nachricht", "ursprüngliche nachricht",
  "message transféré", "message d'origine", "mensaje reenviado", "mensaje original", "mensagem encaminhada",
  "mensagem original", "messaggio inoltrato", "messaggio originale", "пересылаемое сообщение", "doorgestuurd bericht",
  "oorspronkelijk bericht", "przekazana wiadomość", "wiadomość oryginalna", "iletilen ileti", "özgün ileti",
  "προωθημένο μήνυμα", "αρχικό μήνυμα", "הודעה שהועברה", "הודעה מקורית", "رسالة معاد توجيهها",
  "الرسالة الأصلية", "پیام بازارسال شده", "転送されたメッセージ", "元のメッセージ", "转发的邮件", "原始邮件",
  "전달된 메시지", "원본 메시지", "ujumbe uliotumwa", NULL
};

/* A line of dashes around one of forward_words, or "Begin forwarded
 * message:" */
static gboolean
is_forward_separator (const char *line)
{
  g_autofree char *lower = NULL;

  if (strlen (line) > 80)
    return FALSE;
  lower = _byline_import_lower (line);
  if (g_str_equal (lower, "begin forwarded message:"))
    return TRUE;
  if (!g_str_has_prefix (lower, "--"))
    return FALSE;
  for (guint i = 0; forward_words[i] != NULL; i++)
    {
      if (strstr (lower, forward_words[i]) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* What a reply's attribution line ends with ("On Tue, 24 Nov 2026 at
 * 16:05, Sarah <…> wrote:") */
static const char * const wrote[] = {
  "wrote:", "schrieb:", "a écrit :", "a écrit:", "escribió:", "escreveu:", "ha scritto:", "написал:",
  "написала:", "napisał:", "napisała:", "yazdı:", "написав:", "schreef:", "skrev:", "kirjoitti:", "írta:",
  "napsal:", "napísal:", "نوشت:", "كتب:", "كتبت:", NULL
};

/* Whether @line has an Arabic-Indic or Persian digit */
static gboolean
has_eastern_digit (const char *line)
{
  for (const char *p = line; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9))
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_attribution (const char *line)
{
  /* (a date in it: "3 Mar 2026", "۳ مارس ۲۰۲۶") */
  if (strlen (line) > 300 || (strpbrk (line, "0123456789") == NULL && !has_eastern_digit (line)))
    return FALSE;
  for (guint i = 0; wrote[i] != NULL; i++)
    {
      if (g_str_has_suffix (line, wrote[i]))
        return TRUE;
    }
  return FALSE;
}

/* How a mail is signed off, over the sender's name and signature
 * ("Mit freundlichen Grüßen", "Kind regards,"), in lower case */
static const char * const closings[] = {
  "kind regards", "best regards", "regards", "many thanks", "mit freundlichen grüßen", "freundliche grüße",
  "beste grüße", "cordialement", "bien cordialement", "un saludo", "saludos", "saludos cordiales",
  "atenciosamente", "cumprimentos", "cordiali saluti", "с уважением", NULL
};

static gboolean
is_closing (const char *line)
{
  g_autofree char *lower = _byline_import_lower (line);
  gsize len = strlen (lower);

  if (len > 0 && lower[len - 1] == ',')
    lower[--len] = '\0';
  return g_strv_contains (closings, lower);
}

static void
move_to_note (GPtrArray *lines,
              guint      from,
              guint      to,
              GString   *note)
{
  for (guint i = from; i < to; i++)
    {
      char *line = g_ptr_array_index (lines, i);

      if (line[0] != '\0')
        g_string_append_printf (note, "%s%s", note->len > 0 ? "\n" : "", line);
      line[0] = '\0';
    }
}

static guint
count_filled (GPtrArray *lines,
              guint      from,
              guint      to)
{
  guint n = 0;

  for (guint i = from; i < to; i++)
    n += ((const char *) g_ptr_array_index (lines, i))[0] != '\0';
  return n;
}

/* Whether the lines over @to are a few words to the desk (up to three
 * lines of up to 30 words), not a story of their own */
static gboolean
is_covering_note (GPtrArray *lines,
                  guint      to)
{
  if (count_filled (lines, 0, to) > 3)
    return FALSE;
  for (guint i = 0; i < to; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      guint words = 1;

      for (const char *p = line; *p != '\0'; p++)
        words += *p == ' ';
      if (words > 30)
        return FALSE;
    }
  return TRUE;
}

/**
 * _byline_import_take_mail_wrapping:
 * @lines: (element-type utf8): the copy's trimmed lines, blank ones empty
 * @note: where the mail's lines go
 *
 * Blanks out of @lines, into @note, what a mail put around a story: the
 * lines over a forwarded message's separator and the separator (the
 * forwarded message's header is then at the top, for
 * _byline_import_take_mail_header()), a quoted message at the end with
 * the line that attributes it, and a signature under "--" at the end.
 */
void
_byline_import_take_mail_wrapping (GPtrArray *lines,
                                   GString   *note)
{
  guint seen = 0;
  guint end = lines->len;
  guint i;

  /* (the separator is near the top: a colleague's note is short) */
  for (i = 0; i < lines->len && seen < 12; i++)
    {
      const char *line = g_ptr_array_index (lines, i);

      if (line[0] == '\0')
        continue;
      seen++;
      if (is_forward_separator (line))
        {
          move_to_note (lines, 0, i + 1, note);
          break;
        }
    }

  /* A reply's quoted message: the last lines all "> …", under the line
   * that says who wrote it */
  while (end > 0 && ((const char *) g_ptr_array_index (lines, end - 1))[0] == '\0')
    end--;
  i = end;
  while (i > 0 && (((const char *) g_ptr_array_index (lines, i - 1))[0] == '>' ||
                   ((const char *) g_ptr_array_index (lines, i - 1))[0] == '\0'))
    i--;
  if (i < end && i > 0 && is_attribution (g_ptr_array_index (lines, i - 1)))
    {
      /* (the story itself, sent again in a reply under a line or two:
       * the quote is the story, the lines over it the note) */
      if (is_covering_note (lines, i - 1) && count_filled (lines, i, end) >= 6)
        {
          move_to_note (lines, 0, i, note);
          for (guint j = i; j < end; j++)
            {
              char *line = g_ptr_array_index (lines, j);
              gsize skip = line[0] == '>' ? (line[1] == ' ' ? 2 : 1) : 0;

              memmove (line, line + skip, strlen (line + skip) + 1);
            }
          return;
        }
      move_to_note (lines, i - 1, end, note);
      end = i - 1;
    }

  /* A signature: "--" (or "-- ", trimmed) or a sign-off ("Kind
   * regards,") and at most eight lines under it, at the end */
  for (i = end; i > 0 && end - i < 9; i--)
    {
      const char *line = g_ptr_array_index (lines, i - 1);

      if ((g_str_equal (line, "--") || is_closing (line)) && i - 1 > 0)
        {
          move_to_note (lines, i - 1, end, note);
          break;
        }
    }
}

/* "BC-EU--Storm,0412", "AP-Storm,0412": an agency's slug line, the
 * story's keyword after its category codes and its length in words */
static gboolean
is_slug_line (const char *line)
{
  const char *comma = strrchr (line, ',');
  gsize digits;

  if (strlen (line) > 60 || strchr (line, ' ') != NULL || comma == NULL || strchr (line, '-') == NULL ||
      !g_ascii_isupper (line[0]) || !g_ascii_isupper (line[1]))
    return FALSE;
  digits = strspn (comma + 1, "0123456789");
  return digits >= 3 && digits <= 4 && comma[1 + digits] == '\0';
}

/* A wire's priority alone over the story ("URGENT", "BULLETIN"), or its
 * note to editors ("Eds: UPDATES with …") */
static gboolean
is_wire_top (const char *line)
{
  static const char * const priorities[] = {
    "URGENT", "BULLETIN", "FLASH", "ALERT", "ADVISORY", "PRIORITY", "EILT", "BLITZ", NULL
  };

  return g_strv_contains (priorities, line) || g_str_has_prefix (line, "Eds: ") || is_slug_line (line);
}

/* Under a wire's story: "END" alone, the copyright in parentheses, the
 * transmission's stamp ("AP-WF-11-23-26 1412GMT") */
static gboolean
is_wire_end (const char *line)
{
  static const char * const ends[] = {
    "END", "ENDS", "ENDE", "(END)", "-END-", "（完）", "(完)",
    /* (a correspondent's or a press office's end mark in its language) */
    "FIN", "-FIN-", "FINE", "EINDE", "KONIEC", "SON", "ΤΕΛΟΣ", "MWISHO", "-MWISHO-", "समाप्त", "-समाप्त-",
    "انتهى", "-انتهى-", "پایان", "ختم", "סוף", "以上", "完", "끝", "จบ", NULL
  };

  if (g_strv_contains (ends, line))
    return TRUE;
  if (g_str_has_prefix (line, "(Copyright ") && g_str_has_suffix (line, ")") && strlen (line) < 200)
    return TRUE;
  /* (the stamp: two capitals, a dash, and a date and a time in figures) */
  return strlen (line) < 40 && g_ascii_isupper (line[0]) && g_ascii_isupper (line[1]) && line[2] == '-' &&
         g_str_has_suffix (line, "GMT") && strspn (line + strcspn (line, "0123456789"), "0123456789-") >= 8;
}

/* A wire's tag on a new version of a story, under its headline: "(Adds
 * quotes, details)", "(Updates with close)", "(Recasts with …)"; a
 * press release's embargo, "Embargoed until 00:01, 27 November 2026" */
static gboolean
is_version_tag (const char *line)
{
  static const char * const embargoes[] = {
    "embargoed until ", "embargoed to ", "embargo: ", "under embargo until ", "not for publication before ",
    "embargoed:", "embargado hasta ", "embargo hasta ", "bajo embargo hasta ", "sperrfrist: ", "sperrfrist bis ",
    "sous embargo jusqu'", "embargo jusqu'", "embargo fino ", "embargo fino alle ", "embargo até ",
    "embargo tot ", "embargo do ", "ambargo: ", "эмбарго до ", NULL
  };
  g_autofree char *lower = g_ascii_strdown (line, -1);

  for (guint i = 0; embargoes[i] != NULL; i++)
    {
      if (g_str_has_prefix (lower, embargoes[i]) && strlen (line) < 120)
        return TRUE;
    }
  static const char * const tags[] = {
    "(Adds ", "(Updates ", "(Recasts", "(Rewrites", "(Corrects ", "(Changes ", "(New throughout", "(Writes through",
    "(Updates)", "(Adds)", NULL
  };

  if (strlen (line) > 200 || !g_str_has_suffix (line, ")"))
    return FALSE;
  for (guint i = 0; tags[i] != NULL; i++)
    {
      if (g_str_has_prefix (line, tags[i]))
        return TRUE;
    }
  return FALSE;
}

/**
 * _byline_import_take_wire_wrapping:
 * @lines: (element-type utf8): the copy's trimmed lines, blank ones empty
 * @note: where the wire's lines go
 *
 * Blanks out of @lines, into @note, what an agency's wire puts around a
 * story in its own format: the slug line, the priority and the note to
 * editors over it, a new version's tag ("(Adds quotes, details)") or a
 * release's embargo, "END", the copyright and the transmission's stamp
 * under it, dpa's "dpa-Notizblock" and all under it. They are the wire's, not the story's, but say what the copy
 * is, so the editor keeps them.
 */
void
_byline_import_take_wire_wrapping (GPtrArray *lines,
                                   GString   *note)
{
  gboolean slug = FALSE;
  guint first = 0;
  guint seen;
  guint i;

  while (first < lines->len && ((const char *) g_ptr_array_index (lines, first))[0] == '\0')
    first++;
  /* (the slug line first: a story's "URGENT" alone is no wire's) */
  if (first < lines->len && is_slug_line (g_ptr_array_index (lines, first)))
    {
      slug = TRUE;
      for (i = first; i < lines->len; i++)
        {
          const char *line = g_ptr_array_index (lines, i);

          if (line[0] != '\0' && !is_wire_top (line))
            break;
        }
      move_to_note (lines, first, i, note);
    }

  /* "(Adds quotes, details)", "Embargoed until …" among the story's
   * first lines */
  for (i = first, seen = 0; i < lines->len && seen < 6; i++)
    {
      const char *line = g_ptr_array_index (lines, i);

      seen += line[0] != '\0';
      if (is_version_tag (line))
        {
          move_to_note (lines, i, i + 1, note);
          break;
        }
    }

  /* (past the page's own furniture under them: "【纠错】" stays for the
   * rules that drop it) */
  for (i = lines->len; i > 0; i--)
    {
      const char *line = g_ptr_array_index (lines, i - 1);

      if (line[0] == '\0' || (strlen (line) <= 1000 && _byline_import_is_boilerplate (line)))
        continue;
      if (!is_wire_end (line) || (!slug && g_str_has_prefix (line, "(Copyright ")))
        break;
      move_to_note (lines, i - 1, i, note);
    }

  /* dpa's "dpa-Notizblock" under a story: the desk's contact ("Kontakt",
   * "- Redaktion: …"), the codes and the stamp under it, all the desk's */
  for (i = lines->len, seen = 0; i > 0 && seen < 15; i--)
    {
      const char *line = g_ptr_array_index (lines, i - 1);

      seen += line[0] != '\0';
      if (g_ascii_strcasecmp (line, "dpa-Notizblock") == 0)
        {
          move_to_note (lines, i - 1, lines->len, note);
          break;
        }
    }
}

/* byline-import-aside.c: lines for the editor, not the reader
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Some lines of a pasted story are neither the story nor page furniture
 * to throw away: the mail header of a newsletter pasted from the mail
 * program goes to the article's note, where the editor sees it and
 * nothing publishes it (a press release's media contact stays in the
 * body, as test-import-wire has it: the editor deletes it there). An
 * agency's end marks ("Lusa/Fim", "-- BERNAMA", "(PAP)") and its desk's
 * codes ("JMF // SF", "PTI ABC XYZ RT") are furniture, dropped like the
 * codes of the earlier rounds ("anw/ mok/"). A name alone at the very
 * end signs the story.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "byline-import.h"
#include "byline-import-private.h"

/* "ABC", "RT", "JMF": a desk's code, two to four capitals */
static gboolean
is_desk_code (const char *word)
{
  gsize len = strlen (word);

  return len >= 2 && len <= 4 && strspn (word, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == len;
}

/* Dashes, parentheses and full stops around a word: "(PAP)", "-- BERNAMA",
 * "(ANSA)." */
static char *
strip_marks (const char *line)
{
  const char *start = line;
  const char *end = line + strlen (line);

  while (*start != '\0' && strchr ("-–—( ", *start) != NULL)
    start++;
  while (end > start && strchr (").- ", end[-1]) != NULL)
    end--;
  return g_strndup (start, end - start);
}

/**
 * _byline_import_is_end_mark:
 * @line: a line, with plain spaces
 *
 * Whether @line is an agency's end mark or its desk's codes alone: an
 * agency's name in parentheses or after dashes ("(PAP)", "-- BERNAMA"),
 * "Lusa/Fim", capitals' codes separated by slashes ("JMF // SF"), or the
 * agency and its desk's codes ("PTI ABC XYZ RT")
 */
gboolean
_byline_import_is_end_mark (const char *line)
{
  static const char * const ends[] = { "/fim", "/end", "/ende", "/fin", NULL };
  g_autofree char *lower = NULL;
  g_autofree char *inside = NULL;
  g_auto(GStrv) words = NULL;
  gboolean slashes = FALSE;
  guint codes = 0;

  if (strlen (line) > 40 || !_byline_import_has_letter (line))
    return FALSE;
  lower = _byline_import_lower (line);
  for (guint i = 0; ends[i] != NULL; i++)
    {
      g_autofree char *agency = NULL;

      if (!g_str_has_suffix (lower, ends[i]) || strchr (lower, ' ') != NULL)
        continue;
      agency = g_strndup (lower, strlen (lower) - strlen (ends[i]));
      if (_byline_import_is_agency (agency))
        return TRUE;
    }
  /* (not "(Reuters)" in a sentence: the line is the mark alone) */
  if ((line[0] == '(' || line[0] == '-' || g_str_has_prefix (line, "–") || g_str_has_prefix (line, "—")) &&
      (inside = strip_marks (lower))[0] != '\0' && _byline_import_is_agency (inside))
    return TRUE;

  words = g_strsplit (line, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (words[i], "/", -1);

      if (words[i][0] == '\0')
        continue;
      slashes |= strchr (words[i], '/') != NULL;
      for (guint j = 0; parts[j] != NULL; j++)
        {
          if (parts[j][0] == '\0')
            continue;
          if (!is_desk_code (parts[j]))
            return FALSE;
          codes++;
        }
    }
  /* (capitals alone, "NATO EU", may be a subheading: the codes need their
   * slashes or their agency first) */
  if (codes < 2)
    return FALSE;
  if (slashes)
    return TRUE;
  {
    g_autofree char *first = g_ascii_strdown (words[0], -1);

    return codes >= 3 && _byline_import_is_agency (first);
  }
}

/**
 * _byline_import_is_subscribe_prompt:
 * @line: a line, with plain spaces
 *
 * A blog's or newsletter's thanks that asks for a subscription ("Thanks
 * for reading Press Notes! Subscribe for free to receive new posts …"):
 * the platform's, not the writer's
 */
gboolean
_byline_import_is_subscribe_prompt (const char *line)
{
  g_autofree char *lower = NULL;

  if (strlen (line) > 300 || _byline_import_count_words (line) > 25)
    return FALSE;
  lower = _byline_import_lower (line);
  return (g_str_has_prefix (lower, "thanks for reading") || g_str_has_prefix (lower, "thank you for reading")) &&
         strstr (lower, "subscribe") != NULL;
}

/**
 * _byline_import_is_score_line:
 * @line: a line, with plain spaces
 *
 * A match's score line: "Arsenal 2 (Saka 34, 71) Chelsea 1 (Palmer 58
 * pen)", "Leinster 24 Munster 17" — two sides, each a capitalised word
 * with its score after it, and no sentence; or a score box's line,
 * "Rovers (1) 2 Mensah 23, Okafor 88". The match's facts, not the
 * story's deck.
 */
gboolean
_byline_import_is_score_line (const char *line)
{
  g_auto(GStrv) words = NULL;
  guint sides = 0;

  /* (a closing parenthesis is no sentence's end here) */
  if (strlen (line) > 160 || _byline_import_count_words (line) > 20 || g_str_has_suffix (line, "."))
    return FALSE;
  words = g_strsplit (line, " ", -1);
  /* A cricket innings: "Australia 412 (Head 141, Carey 66)", "England
   * 96-3 (Crawley 41*, Root 22*)", the side, its runs (and wickets) and
   * the batsmen's and bowlers' figures in parentheses */
  /* (a side of two words, "New Zealand 248 (47.2 ov)"; the overs alone
   * in the parentheses, "Pakistan 291-7 (50 ov)") */
  for (guint r = 1; r <= 2 && words[0] != NULL && words[1] != NULL && words[2] != NULL; r++)
    {
      const char *runs = words[r];
      const char *paren = words[r + 1];
      gsize digits = strspn (runs, "0123456789");
      gboolean overs;

      if (r == 2 && (words[3] == NULL || !g_unichar_isupper (g_utf8_get_char (words[1]))))
        break;
      if (paren == NULL || paren[0] != '(' || !g_str_has_suffix (line, ")") ||
          !g_unichar_isupper (g_utf8_get_char (words[0])))
        continue;
      overs = words[r + 2] != NULL && (g_str_has_prefix (words[r + 2], "ov)") || g_str_has_prefix (words[r + 2], "overs)"));
      if (digits >= 1 && digits <= 3 &&
          (runs[digits] == '\0' || ((runs[digits] == '-' || runs[digits] == '/') && runs[digits + 1] != '\0' &&
                                    strspn (runs + digits + 1, "0123456789") == strlen (runs + digits + 1))) &&
          (overs || (strpbrk (paren, "0123456789") == NULL && strpbrk (strchr (line, '('), "0123456789") != NULL)))
        return TRUE;
    }
  for (guint i = 1; words[i] != NULL; i++)
    {
      const char *score = words[i];
      gsize len = strlen (score);

      /* (a side's score; the scorers' minutes are in parentheses) */
      if (len >= 1 && len <= 3 && strspn (score, "0123456789") == len &&
          g_unichar_isupper (g_utf8_get_char (words[i - 1])) && strchr (words[i - 1], '(') == NULL)
        sides++;
      /* "Rovers (1) 2 Mensah 23, Okafor 88": a score box's line, the
       * half-time score in parentheses before the side's */
      if (i >= 2 && len >= 1 && len <= 3 && strspn (score, "0123456789") == len &&
          strlen (words[i - 1]) == 3 && words[i - 1][0] == '(' && g_ascii_isdigit (words[i - 1][1]) &&
          words[i - 1][2] == ')' && g_unichar_isupper (g_utf8_get_char (words[i - 2])))
        return TRUE;
    }
  return sides == 2;
}

/**
 * _byline_import_is_notice:
 * @line: a paragraph, with plain spaces
 *
 * An editor's notice on the story ("This story has been updated with …",
 * "Correction: An earlier version …", "Editor's note: …"): published
 * with it, so kept, but never its deck or its lede
 */
gboolean
_byline_import_is_notice (const char *line)
{
  static const char * const openings[] = {
    "this story has been updated", "this article has been updated", "this story was updated",
    "this article was updated", "this story has been amended", "this article has been amended",
    "this article was amended", "this story has been corrected", "this article has been corrected",
    "correction:", "corrections:", "clarification:", "editor's note:", "editor’s note:", "update:",
    "updated:", "an earlier version of this", NULL
  };
  g_autofree char *lower = NULL;

  if (strlen (line) > 600)
    return FALSE;
  lower = _byline_import_lower (line);
  return _byline_import_opens_with_any (lower, openings);
}

/* A mail header's fields, as mail programs write them in their
 * languages: who sent it, when, and what about */
typedef enum {
  FIELD_OTHER,
  FIELD_FROM,
  FIELD_DATE,
  FIELD_SUBJECT,
} FieldKind;

static const struct {
  const char *name;
  FieldKind kind;
} mail_fields[] = {
  { "From:", FIELD_FROM }, { "To:", FIELD_OTHER }, { "Cc:", FIELD_OTHER }, { "Subject:", FIELD_SUBJECT },
  { "Date:", FIELD_DATE }, { "Sent:", FIELD_DATE }, { "Reply-To:", FIELD_OTHER },
  /* (German, Dutch, French, Spanish, Italian, Portuguese, Polish) */
  { "Von:", FIELD_FROM }, { "An:", FIELD_OTHER }, { "Betreff:", FIELD_SUBJECT }, { "Datum:", FIELD_DATE },
  { "Gesendet:", FIELD_DATE }, { "Van:", FIELD_FROM }, { "Aan:", FIELD_OTHER }, { "Onderwerp:", FIELD_SUBJECT },
  { "Verzonden:", FIELD_DATE }, { "De :", FIELD_FROM }, { "À :", FIELD_OTHER }, { "Objet :", FIELD_SUBJECT },
  { "Envoyé :", FIELD_DATE }, { "De:", FIELD_FROM }, { "Para:", FIELD_OTHER }, { "Asunto:", FIELD_SUBJECT },
  { "Fecha:", FIELD_DATE }, { "Enviado:", FIELD_DATE }, { "Da:", FIELD_FROM }, { "A:", FIELD_OTHER },
  { "Oggetto:", FIELD_SUBJECT }, { "Data:", FIELD_DATE }, { "Inviato:", FIELD_DATE }, { "Assunto:", FIELD_SUBJECT },
  { "Enviada em:", FIELD_DATE }, { "Od:", FIELD_FROM }, { "Do:", FIELD_OTHER }, { "Temat:", FIELD_SUBJECT },
  { "Wysłano:", FIELD_DATE },
  /* (Turkish, Russian, Greek, Hebrew, Arabic, Persian) */
  { "Kimden:", FIELD_FROM }, { "Kime:", FIELD_OTHER }, { "Konu:", FIELD_SUBJECT }, { "Tarih:", FIELD_DATE },
  { "От:", FIELD_FROM }, { "Кому:", FIELD_OTHER }, { "Тема:", FIELD_SUBJECT }, { "Дата:", FIELD_DATE },
  { "Από:", FIELD_FROM }, { "Προς:", FIELD_OTHER }, { "Θέμα:", FIELD_SUBJECT }, { "Ημερομηνία:", FIELD_DATE },
  { "מאת:", FIELD_FROM }, { "אל:", FIELD_OTHER }, { "נושא:", FIELD_SUBJECT }, { "תאריך:", FIELD_DATE },
  { "من:", FIELD_FROM }, { "إلى:", FIELD_OTHER }, { "الموضوع:", FIELD_SUBJECT }, { "التاريخ:", FIELD_DATE },
  { "از:", FIELD_FROM }, { "به:", FIELD_OTHER }, { "موضوع:", FIELD_SUBJECT }, { "تاریخ:", FIELD_DATE },
  /* (Japanese, Chinese, Korean) */
  { "差出人:", FIELD_FROM }, { "宛先:", FIELD_OTHER }, { "件名:", FIELD_SUBJECT }, { "日付:", FIELD_DATE },
  { "送信日時:", FIELD_DATE }, { "发件人:", FIELD_FROM }, { "收件人:", FIELD_OTHER }, { "主题:", FIELD_SUBJECT },
  { "日期:", FIELD_DATE }, { "发送时间:", FIELD_DATE }, { "보낸사람:", FIELD_FROM }, { "받는사람:", FIELD_OTHER },
  { "제목:", FIELD_SUBJECT }, { "날짜:", FIELD_DATE }, { "보낸 날짜:", FIELD_DATE },
};

/* "From: …", "Subject: …": a mail header's field, or -1 */
static int
mail_field_index (const char *line)
{
  for (guint i = 0; i < G_N_ELEMENTS (mail_fields); i++)
    {
      if (g_str_has_prefix (line, mail_fields[i].name))
        return i;
    }
  return -1;
}

/* The field @line opens with ("From:"), or NULL */
static const char *
mail_field (const char *line)
{
  int i = mail_field_index (line);

  return i < 0 ? NULL : mail_fields[i].name;
}

/* The kind of field @line opens with, or -1 */
static int
mail_field_kind (const char *line)
{
  int i = mail_field_index (line);

  return i < 0 ? -1 : (int) mail_fields[i].kind;
}

/* " FW: web copy …", " Fwd: …", " WG: …": a forwarded message's subject */
static gboolean
is_forward_subject (const char *value)
{
  static const char * const prefixes[] = {
    "fw:", "fwd:", "wg:", "tr:", "rv:", "enc:", "i:", "doorst:", "pd:", "pf:", "fw :", "tr :", NULL
  };
  g_autofree char *lower = _byline_import_lower (value);

  g_strstrip (lower);
  return _byline_import_opens_with_any (lower, prefixes);
}

/* The sender's few words over the story a forward hands on ("Can
 * someone sub this for page 5? Thanks, G."): a short paragraph right
 * under the mail's header, with the story's byline under it; to @note */
static void
take_covering_note (GPtrArray *lines,
                    guint      from,
                    GString   *note)
{
  guint start = from, end, next;
  guint words = 0;
  g_auto(GStrv) names = NULL;

  while (start < lines->len && ((const char *) g_ptr_array_index (lines, start))[0] == '\0')
    start++;
  for (end = start; end < lines->len && ((const char *) g_ptr_array_index (lines, end))[0] != '\0'; end++)
    words += _byline_import_count_words (g_ptr_array_index (lines, end));
  for (next = end; next < lines->len && ((const char *) g_ptr_array_index (lines, next))[0] == '\0'; next++)
    ;
  if (start == end || end - start > 3 || words > 30 || next >= lines->len ||
      (names = _byline_import_parse_byline (g_ptr_array_index (lines, next))) == NULL)
    return;
  for (guint i = start; i < end; i++)
    {
      char *line = g_ptr_array_index (lines, i);

      g_string_append_printf (note, "%s%s", note->len > 0 ? "\n" : "", line);
      line[0] = '\0';
    }
}

/**
 * _byline_import_take_mail_header:
 * @lines: (element-type utf8): the copy's trimmed lines, blank ones empty
 * @default_zone: (nullable): the zone of a date that implies none
 * @date: (out) (optional) (transfer full): the "Date:" field's, or %NULL
 * @time_zone: (out) (optional) (transfer full): its zone's name
 *
 * A newsletter pasted with its mail header: the header's lines at the top
 * (a "From:" and a "Subject:" or "Date:" among them) are blanked out of
 * @lines; the "Date:" field gives the story's date.
 *
 * Returns: (transfer full) (nullable): the header's lines, for the note
 */
char *
_byline_import_take_mail_header (GPtrArray  *lines,
                                 GTimeZone  *default_zone,
                                 GDateTime **date,
                                 char      **time_zone)
{
  g_autoptr(GString) note = NULL;
  gboolean from = FALSE;
  gboolean other = FALSE;
  gboolean forward = FALSE;
  guint first = 0;
  guint end;

  while (first < lines->len && ((const char *) g_ptr_array_index (lines, first))[0] == '\0')
    first++;
  for (end = first; end < lines->len; end++)
    {
      int kind = mail_field_kind (g_ptr_array_index (lines, end));

      if (kind < 0)
        break;
      from |= kind == FIELD_FROM;
      other |= kind == FIELD_SUBJECT || kind == FIELD_DATE;
    }
  if (!from || !other)
    return NULL;

  note = g_string_new (NULL);
  for (guint i = first; i < end; i++)
    {
      char *line = g_ptr_array_index (lines, i);
      const char *field = mail_field (line);

      if (mail_field_kind (line) == FIELD_DATE && date != NULL && *date == NULL)
        {
          g_autofree char *value = g_strstrip (g_strdup (line + strlen (field)));

          byline_import_parse_date (value, default_zone, date, time_zone);
        }
      g_string_append_printf (note, "%s%s", note->len > 0 ? "\n" : "", line);
      forward |= mail_field_kind (line) == FIELD_SUBJECT && is_forward_subject (line + strlen (field));
      line[0] = '\0';
    }
  if (forward)
    take_covering_note (lines, end, note);
  return g_string_free (g_steal_pointer (&note), FALSE);
}

/* "…on Sunday. PTI" / "ABC KR": the desk's codes under a paragraph that
 * ends with the agency's name */
static gboolean
is_codes_after_agency (const char *codes,
                       const char *above)
{
  const char *space = strrchr (above, ' ');
  g_auto(GStrv) words = NULL;

  if (strlen (codes) > 30 || space == NULL || !_byline_import_is_agency (space + 1) ||
      !_byline_import_is_shouted (space + 1))
    return FALSE;
  words = g_strsplit (codes, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (!is_desk_code (words[i]))
        return FALSE;
    }
  return words[0] != NULL;
}

/**
 * _byline_import_count_slashed_codes:
 * @line: a line
 *
 * EFE's editors' codes run together in lower case ("jmr/laa/gpv",
 * "apv/jma", "anw/"): how many parts the slashes make (a trailing slash
 * making an empty last one), or 0 when @line is not such codes
 */
guint
_byline_import_count_slashed_codes (const char *line)
{
  g_auto(GStrv) codes = NULL;
  guint n;

  if (strlen (line) > 40 || strchr (line, ' ') != NULL || strchr (line, '/') == NULL)
    return 0;
  codes = g_strsplit (line, "/", -1);
  n = g_strv_length (codes);
  for (guint i = 0; i < n; i++)
    {
      gsize len = strlen (codes[i]);

      /* (a trailing slash leaves an empty last code) */
      if (len == 0 && i == n - 1 && i > 0)
        continue;
      if (len < 2 || len > 4 || strspn (codes[i], "abcdefghijklmnopqrstuvwxyz") != len)
        return 0;
    }
  return n;
}

/**
 * _byline_import_is_editors_codes:
 * @lower: a line, lower-cased
 *
 * Editors' codes alone on a line: three or more run together
 * ("jmr/laa/gpv"), two in brackets (detik's "(apu/ams)") or after AFP's
 * bureau's mark ("bur-jm/lb"); two alone may be "and/or"
 */
gboolean
_byline_import_is_editors_codes (const char *lower)
{
  gsize len = strlen (lower);

  if (len > 2 && lower[0] == '(' && lower[len - 1] == ')')
    {
      g_autofree char *inner = g_strndup (lower + 1, len - 2);

      return _byline_import_count_slashed_codes (inner) >= 2;
    }
  if (g_str_has_prefix (lower, "bur-"))
    return _byline_import_count_slashed_codes (lower + strlen ("bur-")) >= 2;
  return _byline_import_count_slashed_codes (lower) >= 3;
}

/* An agency's name alone in its capitals: "EFE", "AFP" */
static gboolean
is_agency_alone (const char *line)
{
  return strchr (line, ' ') == NULL && _byline_import_is_shouted (line) && _byline_import_is_agency (line);
}

static void
drop_last_line (GPtrArray *blocks)
{
  Block *last = g_ptr_array_index (blocks, blocks->len - 1);

  if (last->lines->len > 1)
    g_ptr_array_set_size (last->lines, last->lines->len - 1);
  else
    g_ptr_array_remove_index (blocks, blocks->len - 1);
}

/* Whether every line of @block is a few words that make no sentence */
static gboolean
is_short_foot (Block *block)
{
  for (guint j = 0; j < block->lines->len; j++)
    {
      const char *line = g_ptr_array_index (block->lines, j);

      if (_byline_import_count_words (line) > 6 || _byline_import_ends_with_punctuation (line) ||
          _byline_import_opens_with_any (line, (const char * const[]) { "\"", "“", "«", "„", NULL }))
        return FALSE;
    }
  return TRUE;
}

/**
 * _byline_import_read_tail:
 * @blocks: the story's blocks
 * @first: the first block of the body
 * @default_zone: (nullable): the zone of a date that names none
 * @h: the header read
 *
 * An agency's labelled block at the foot (byline-import-footblock.c).
 * The story's last line, when it is no text: a name alone under a
 * story that names no writer (VnExpress signs "Võ Hải" so) is its
 * writer; the desk's codes under a paragraph that ends with the agency's
 * name ("… on Sunday. PTI" / "ABC KR") are furniture. Either leaves the
 * body, as do an agency's name alone with its editors' codes run
 * together under it ("EFE" / "apv/jma"). The writer's sign-off with an address ("김지훈 기자
 * jhkim@…", "Jane Doe jane.doe@…") goes to @note.
 */
void
_byline_import_read_tail (GPtrArray *blocks,
                          guint      first,
                          GTimeZone *default_zone,
                          Header    *h,
                          GString   *note)
{
  Block *last, *before;
  const char *line, *above;

  if (blocks->len < first + 3 || _byline_import_take_labelled_foot (blocks, first, default_zone, h, note))
    return;
  last = g_ptr_array_index (blocks, blocks->len - 1);
  /* "Yes" / "No" / "Contact the Office of the Mayor" / "mayor@…" under a
   * "Was this page helpful?" dropped as the page's: the rest of its foot,
   * short lines, none a sentence */
  if (last->after_furniture && last->lines->len >= 2 && is_short_foot (last))
    {
      g_ptr_array_remove_index (blocks, blocks->len - 1);
      return;
    }
  before = g_ptr_array_index (blocks, blocks->len - 2);
  line = g_ptr_array_index (last->lines, last->lines->len - 1);
  /* (the codes may come right under the paragraph, no blank line) */
  above = last->lines->len > 1 ? g_ptr_array_index (last->lines, last->lines->len - 2)
                               : g_ptr_array_index (before->lines, before->lines->len - 1);
  if (is_codes_after_agency (line, above))
    {
      drop_last_line (blocks);
      return;
    }
  /* EFE ends a story with its name alone and its editors' codes under it
   * ("EFE" / "apv/jma"): both are the agency's, whose credit the story
   * has already */
  if (_byline_import_count_slashed_codes (line) >= 2 && is_agency_alone (above))
    {
      drop_last_line (blocks);
      drop_last_line (blocks);
      return;
    }
  if (last->lines->len == 1 && h->bylines != NULL && strchr (line, '@') != NULL &&
      !_byline_import_ends_with_punctuation (line) &&
      _byline_import_count_words (line) <= 8 && strlen (line) <= 120)
    {
      for (guint i = 0; h->bylines[i] != NULL; i++)
        {
          if (strstr (line, h->bylines[i]) == NULL)
            continue;
          g_string_append_printf (note, "%s%s", note->len > 0 ? "\n" : "", line);
          g_ptr_array_remove_index (blocks, blocks->len - 1);
          return;
        }
    }
  /* "Elçin Əliyev" over "AZƏRTAC-ın Gəncə bölgə müxbiri": the writer's
   * name over their role, one block under a story that names no writer
   * (a news agency's signature): the name is the writer, the role goes
   * to @note */
  if (h->bylines == NULL && last->lines->len == 2 && strlen (line) <= 120)
    {
      const char *name = g_ptr_array_index (last->lines, 0);
      const char *para = g_ptr_array_index (before->lines, before->lines->len - 1);

      if (_byline_import_count_words (name) <= 3 && _byline_import_is_full_name (name) &&
          !_byline_import_is_outlet_name (name) && !_byline_import_is_job_title (name) &&
          !_byline_import_ends_with_role (name) && _byline_import_count_words (line) <= 8 &&
          !_byline_import_ends_with_punctuation (line) &&
          (_byline_import_is_job_title (line) || _byline_import_ends_with_role (line)) &&
          _byline_import_ends_with_punctuation (para))
        {
          h->bylines = g_strdupv ((char *[]) { (char *) name, NULL });
          g_string_append_printf (note, "%s%s", note->len > 0 ? "\n" : "", line);
          g_ptr_array_remove_index (blocks, blocks->len - 1);
          return;
        }
    }
  if (last->lines->len != 1 || strlen (line) > 60)
    return;

  /* (two or three words under a paragraph that ends a sentence: no
   * page's "More From Sport" nor a subheading) */
  if (h->bylines == NULL && _byline_import_count_words (line) <= 3 && _byline_import_is_full_name (line) &&
      !_byline_import_is_outlet_name (line) && !_byline_import_is_job_title (line) &&
      _byline_import_ends_with_punctuation (above))
    {
      h->bylines = g_strdupv ((char *[]) { (char *) line, NULL });
      g_ptr_array_remove_index (blocks, blocks->len - 1);
    }
}

/**
 * _byline_import_take_issue_lines:
 * @lines: (element-type utf8): the copy's trimmed lines, blank ones empty
 * @mail_header: the mail header taken (_byline_import_take_mail_header())
 * @note: where the lines go
 *
 * A newsletter's lines over its story ("View in browser", "THE MORNING
 * BRIEF | Saturday 28 November"): when a line near the top is the
 * mail's subject, it is the headline, and the lines over it are the
 * newsletter's, for the note.
 */
void
_byline_import_take_issue_lines (GPtrArray  *lines,
                                 const char *mail_header,
                                 GString    *note)
{
  g_auto(GStrv) fields = g_strsplit (mail_header, "\n", -1);
  const char *subject = NULL;
  guint seen = 0;

  for (guint i = 0; fields[i] != NULL && subject == NULL; i++)
    {
      const char *field = mail_field (fields[i]);

      if (mail_field_kind (fields[i]) == FIELD_SUBJECT)
        subject = g_strstrip (fields[i] + strlen (field));
    }
  if (subject == NULL || _byline_import_count_words (subject) < 3)
    return;
  for (guint i = 0; i < lines->len && seen < 6; i++)
    {
      const char *line = g_ptr_array_index (lines, i);

      if (line[0] == '\0')
        continue;
      if (g_str_equal (line, subject))
        {
          for (guint j = 0; j < i; j++)
            {
              char *above = g_ptr_array_index (lines, j);

              if (above[0] == '\0')
                continue;
              g_string_append_printf (note, "%s%s", note->len > 0 ? "\n" : "", above);
              above[0] = '\0';
            }
          return;
        }
      seen++;
    }
}

/**
 * _byline_import_is_star_rating:
 *
 * A review's stars, "★★★★☆", "★★★½" or "4/5 stars": the verdict, kept
 * where it stands.
 */
gboolean
_byline_import_is_star_rating (const char *line)
{
  guint stars = 0;
  int a, b, n;
  char rest[16];

  for (const char *p = line; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x2605 || c == 0x2606 || c == 0x2BE8 || c == 0x00BD)   /* ★ ☆ ⯨ ½ */
        stars++;
      else if (!g_unichar_isspace (c))
        {
          stars = 0;
          break;
        }
    }
  if (stars >= 1 && stars <= 10)
    return TRUE;
  /* "4/5", "4/5 stars" ("5/6" is a date's) */
  n = sscanf (line, "%d/%d%15s", &a, &b, rest);
  return n >= 2 && (b == 5 || b == 10) && a >= 0 && a <= b &&
         (n == 2 || g_ascii_strcasecmp (rest, "stars") == 0);
}

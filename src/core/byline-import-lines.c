/* byline-import-lines.c: what a line of wire copy is (a count of words,
 * an update's words, a relative time, a credit; its furniture is
 * byline-import-boilerplate.c's)
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A story copied from a web page drags the page along: share buttons,
 * "Read more:" links to other stories, the comment count, the comment form
 * with its labels and its arithmetic captcha. A line is dropped only when
 * the whole line is such furniture; anything else stays in the story.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-calendar.h"
#include "byline-import-private.h"

static const char * const number_words[] = {
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
  "nineteen", "twenty", NULL
};

/* Chinese and Japanese write no spaces between words: a run of Han or
 * kana counts as a word for every two characters (about a word's
 * length), so that a headline or a sentence is as long in words as it
 * would be in a language with spaces */
static gboolean
is_unspaced_script (gunichar c)
{
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xF900 && c <= 0xFAFF);
}

guint
_byline_import_count_words (const char *text)
{
  guint words = 0, unspaced = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c;

      /* (ASCII, most of the text, at once) */
      if ((guchar) *p < 0x80)
        {
          unspaced = 0;
          if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')
            in_word = FALSE;
          else if (!in_word)
            {
              in_word = TRUE;
              words++;
            }
          continue;
        }
      c = g_utf8_get_char (p);
      if (is_unspaced_script (c))
        {
          /* (a run's first and second characters are one word) */
          if (++unspaced % 2 == 1)
            words++;
          in_word = TRUE;
          continue;
        }
      unspaced = 0;
      if (g_unichar_isspace (c))
        in_word = FALSE;
      else if (!in_word)
        {
          in_word = TRUE;
          words++;
        }
    }

  return words;
}

gboolean
_byline_import_ends_with_punctuation (const char *line)
{
  static const char * const finals[] = {
    ".", "!", "?", ":", ";", ",", "…", "؟", "،", "؛", "\"", "»", "”", "’", "'", ")",
    /* Urdu's full stop, Hindi's danda, the CJK full-width stops */
    "۔", "।", "॥", "。", "！", "？", "：", "；", "，", "」", "』", "）",
    /* Ethiopic's full stop, question mark, comma and semicolon; Greek's
     * question mark; Armenian's full stop */
    "።", "፧", "፣", "፤", "\xcd\xbe" /* ";" */, "։", NULL
  };

  for (guint i = 0; finals[i] != NULL; i++)
    {
      if (g_str_has_suffix (line, finals[i]))
        return TRUE;
    }

  return FALSE;
}

gboolean
_byline_import_has_letter (const char *line)
{
  for (const char *p = line; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (g_unichar_isalpha (g_utf8_get_char (p)))
        return TRUE;
    }

  return FALSE;
}

/* What is trimmed at a line's edges: white space, any Unicode space
 * (U+00A0, U+2007, U+202F …) and the invisible U+200B ZERO WIDTH SPACE,
 * U+2060 WORD JOINER and U+FEFF (a BOM). U+200C/U+200D (ZWNJ/ZWJ) are
 * parts of words (Persian needs ZWNJ) and stay */
static gboolean
is_invisible (gunichar c)
{
  return c == 0x200B || c == 0x2060 || c == 0xFEFF;
}

gboolean
_byline_import_is_edge_space (gunichar c)
{
  return g_unichar_isspace (c) || g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR || is_invisible (c);
}

/**
 * _byline_import_plain_spaces:
 *
 * @line as the header readers see it: every Unicode space (no-break,
 * figure, narrow no-break …) an ASCII space, zero-width spaces, word
 * joiners and BOMs gone. The body keeps the original characters.
 *
 * Returns: (transfer full): the plain copy
 */
char *
_byline_import_plain_spaces (const char *line)
{
  GString *out = g_string_sized_new (strlen (line));

  for (const char *p = line; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c;

      /* (ASCII as it is, but for tabs: most text is) */
      if ((guchar) *p < 0x80 && *p != '\t')
        {
          g_string_append_c (out, *p);
          continue;
        }
      c = g_utf8_get_char (p);
      if (is_invisible (c))
        continue;
      if (c != ' ' && (c == '\t' || g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR))
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

const char *
_byline_import_skip_spaces (const char *p)
{
  while (g_ascii_isspace (*p))
    p++;
  return p;
}

/* A number in digits or in English words ("seven"); advances *p past it */
gboolean
_byline_import_read_number (const char **p,
                            gboolean     words_too)
{
  const char *s = *p;

  if (g_ascii_isdigit (*s))
    {
      while (g_ascii_isdigit (*s))
        s++;
      *p = s;
      return TRUE;
    }
  for (guint i = 0; words_too && number_words[i] != NULL; i++)
    {
      gsize len = strlen (number_words[i]);

      if (strncmp (s, number_words[i], len) == 0 && !g_ascii_isalpha (s[len]))
        {
          *p = s + len;
          return TRUE;
        }
    }
  return FALSE;
}

/* What a page prints before a relative time or an update's date */
static const char * const update_words[] = {
  "updated", "published", "posted", "last updated", "last update", "last modified", "modified", "edited",
  "aktualisiert", "veröffentlicht", "mis à jour", "publié", "modifié", "geändert", "modificado", "actualizado", "publicado",
  "aggiornato", "modifica", "modificato", "pubblicato", "bijgewerkt", "aangepast", "gewijzigd", "geplaatst",
  "gepubliceerd", "atualizado", "atualizada", "son güncelleme", "güncelleme", "güncellendi", "giriş", "yayınlanma", "yayınlandı", "aktualizacja", "zaktualizowano",
  "opublikowano", "data publikacji", "data aktualizacji", "diterbitkan", "diperbarui", "cập nhật", "publicerad", "uppdaterad", "uppdaterat", "обновлено", "опубликовано", "آخر تحديث", "تحديث",
  /* Norwegian, Danish, Bulgarian, Serbian, Croatian, Slovak, Lithuanian, Finnish */
  "publisert", "oppdatert", "publiceret", "opdateret", "публикувано", "обновено", "актуализирано", "објављено",
  "ажурирано", "objavljeno", "ažurirano", "zverejnené", "aktualizované", "publikuota", "atnaujinta", "julkaistu",
  "päivitetty",
  /* a Dutch page's "Update:", Korean's "입력" (in) and "수정" (modified) */
  "update", "입력", "수정",
  /* a press release's "For immediate release: 23 November 2026" */
  "for immediate release", "news release", NULL
};

/* Units of a relative time, singular and plural, several languages */
static const char * const time_units[] = {
  "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr",
  "hrs", "h", "day", "days", "week", "weeks", "month", "months", "year", "years",
  "sekunde", "sekunden", "minute", "minuten", "stunde", "stunden", "tag", "tagen", "woche", "wochen",
  "seconde", "secondes", "heure", "heures", "jour", "jours", "semaine", "semaines", "mois",
  "секунду", "секунды", "секунд", "минуту", "минуты", "минут", "час", "часа", "часов", "день",
  "дня", "дней", "segundos", "minuto", "minutos", "hora", "horas", "dia", "día", "dias", "días",
  NULL
};

/* After one of update_words (and an optional ":" and "on"), or NULL */
static const char *
after_update_word (const char *lower)
{
  for (guint i = 0; update_words[i] != NULL; i++)
    {
      gsize len = strlen (update_words[i]);
      const char *p = lower + len;

      if (strncmp (lower, update_words[i], len) != 0 || (*p != ' ' && *p != ':'))
        continue;
      /* ("Updated:", "Güncelleme : …") */
      p = _byline_import_skip_spaces (p);
      if (*p == ':')
        p = _byline_import_skip_spaces (p + 1);
      /* ("Updated on 28 November", "Updated at 19.12 AEDT", "Last update
       * on: Tue Mar 10, 2026") */
      if (g_str_has_prefix (p, "on ") || g_str_has_prefix (p, "at "))
        p += 3;
      else if (g_str_has_prefix (p, "on:"))
        p = _byline_import_skip_spaces (p + 3);
      return p;
    }
  return NULL;
}

/**
 * _byline_import_skip_update_words:
 *
 * Returns: @line after the words of publication or update it opens with
 *   ("mis à jour le 28/11/2026" → "le 28/11/2026"), or @line itself
 */
const char *
_byline_import_skip_update_words (const char *line)
{
  g_autofree char *lower = g_utf8_strdown (line, -1);
  const char *rest;

  if (strlen (lower) != strlen (line) || (rest = after_update_word (lower)) == NULL)
    return line;
  return line + (rest - lower);
}

/**
 * _byline_import_is_update_line:
 *
 * "Last modified on Tue 3 Mar 2026 14.32 GMT", "Updated 6:42 PM PST, …":
 * a line that opens with the words of an update (not of publication)
 */
gboolean
_byline_import_is_update_line (const char *line)
{
  g_autofree char *lower = g_utf8_strdown (line, -1);
  const char *rest = after_update_word (lower);

  /* (the words of publication, not of an update) */
  static const char * const published[] = {
    "published", "posted", "veröffentlicht", "publié", "publicado", "pubblicato", "geplaatst", "gepubliceerd",
    "yayınlan", "opublikowano", "publicerad", "опубликовано", "입력", "publisert", "publiceret", "публикувано",
    "објављено", "objavljeno", "zverejnené", "publikuota", "julkaistu", NULL
  };

  return rest != NULL && !_byline_import_opens_with_any (lower, published);
}

/**
 * _byline_import_is_relative_time:
 *
 * "Updated 3 hours ago", "Published 2 hours ago", "5 mins ago",
 * "vor 3 Stunden", "il y a 2 heures", "Atualizado há 2 horas", "hace 5
 * minutos", "3 часа назад": page furniture that
 * says when relative to a page view, not to the story
 */
gboolean
_byline_import_is_relative_time (const char *line)
{
  g_autofree char *lower = g_utf8_strdown (line, -1);
  g_autofree char *ascii = NULL;
  g_auto(GStrv) words = NULL;
  const char *rest = after_update_word (lower);
  guint n, at = 0, end;
  gboolean before = FALSE, glued = FALSE;

  if (rest != NULL && (g_str_has_prefix (rest, "about ") || g_str_has_prefix (rest, "around ") ||
                       g_str_has_prefix (rest, "over ")))
    rest = strchr (rest, ' ') + 1;
  ascii = byline_calendar_digits_to_ascii (rest != NULL ? rest : lower);
  words = g_strsplit (g_strstrip (ascii), " ", -1);
  n = g_strv_length (words);

  /* "vor 3 Stunden", "il y a 3 heures", "há 2 horas", "hace 2 horas" */
  if (n > 0 && (g_str_equal (words[0], "vor") || g_str_equal (words[0], "há") || g_str_equal (words[0], "hace")))
    at = 1, before = TRUE;
  else if (n > 2 && g_str_equal (words[0], "il") && g_str_equal (words[1], "y") && g_str_equal (words[2], "a"))
    at = 3, before = TRUE;

  if (at + 2 > n)
    return FALSE;
  {
    const char *number = words[at];

    if (!g_str_equal (number, "a") && !g_str_equal (number, "an") && !g_str_equal (number, "one") &&
        !_byline_import_read_number (&number, FALSE))
      return FALSE;
    /* "2h ago", "35m ago": the unit on the number (one word less) */
    if (*number != '\0' && (g_strv_contains (time_units, number) || g_str_equal (number, "m")))
      glued = TRUE;
    else if (*number != '\0')
      return FALSE;
    else if (!g_strv_contains (time_units, words[at + 1]))
      return FALSE;
  }
  end = glued ? at + 1 : at + 2;   /* after the unit */
  if (before)
    return end == n;
  return end + 1 == n && (g_str_equal (words[end], "ago") || g_str_equal (words[end], "назад"));
}

/**
 * _byline_import_is_credit_line:
 *
 * A sign-off under the story: "Additional reporting by Jane Smith in
 * London", "Editing by Sonali Paul", "(Reporting by …; Editing by …)".
 * It stays a paragraph, never a subheading.
 */
gboolean
_byline_import_is_credit_line (const char *line)
{
  static const char * const credits[] = {
    "additional reporting", "reporting by", "editing by", "edited by", "writing by", "written by",
    "compiled by", "produced by", "graphics by", "photos by", "photography by", "research by",
    "with reporting by", "reporting:", "editing:", "mitarbeit:", "with additional reporting",
    NULL
  };
  g_autofree char *lower = g_utf8_strdown (line, -1);
  const char *p = lower;

  while (*p == '(' || *p == '[' || g_ascii_isspace (*p))
    p++;
  for (guint i = 0; credits[i] != NULL; i++)
    {
      gsize len = strlen (credits[i]);

      if (strncmp (p, credits[i], len) == 0 && (p[len] == ' ' || p[len] == '\0' || credits[i][len - 1] == ':'))
        return TRUE;
    }
  return FALSE;
}

/**
 * _byline_import_has_figure:
 *
 * Whether @line holds an amount ("$84.20", "£3bn", "€5"), a decimal
 * ("46.2", "3,5") or a percentage: the mark of a sentence of a report
 * that lost its full stop, not of a subheading.
 */
gboolean
_byline_import_has_figure (const char *line)
{
  for (const char *p = line; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if (c == '%' || c == 0x066A /* ٪ */)
        return TRUE;
      if (g_unichar_type (c) == G_UNICODE_CURRENCY_SYMBOL && g_ascii_isdigit (*next))
        return TRUE;
      if (g_ascii_isdigit (*p) && (p[1] == '.' || p[1] == ',') && g_ascii_isdigit (p[2]))
        return TRUE;
    }
  return FALSE;
}

/* "Joaquin Q. Perez/The Guam Current", "Jane Doe / Staff", "KEOLA
 * KAHANANUI/Tribune photo": a photographer's full name and her paper or
 * agency, with a slash */
static gboolean
is_name_outlet_credit (const char *text)
{
  static const char * const labels[] = { " photo", " photos", " file photo", NULL };
  g_autofree char *who = NULL;
  g_autofree char *outlet = NULL;

  if (!_byline_import_split_slash (text, &who, &outlet))
    return FALSE;
  if (_byline_import_is_shouted (who))
    {
      char *unshouted = _byline_import_unshout (who);

      g_free (who);
      who = unshouted;
    }
  /* ("Tribune photo": the paper's own picture) */
  for (guint i = 0; labels[i] != NULL; i++)
    {
      if (g_str_has_suffix (outlet, labels[i]) && strlen (outlet) > strlen (labels[i]))
        {
          outlet[strlen (outlet) - strlen (labels[i])] = '\0';
          break;
        }
    }
  return _byline_import_is_full_name (who) && _byline_import_is_name (outlet);
}

/* A credit as a caption ends with it, after its last sentence or a
 * dash: "Photo: …", "Picture by …", "Photo courtesy of the Ministry of
 * Education", "Contributed photo", "Bernama photo" */
static gboolean
is_tail_credit (const char *tail)
{
  static const char * const openings[] = {
    "picture by ", "photo by ", "photograph by ", "photo courtesy of ", "photo courtesy ", "courtesy of ", NULL
  };
  static const char * const whole[] = {
    "contributed photo", "submitted photo", "file photo", "supplied photo", "photo supplied", NULL
  };
  g_autofree char *lower = NULL;

  /* ("… on Sunday. | Photo Credit: M.A. Sriram") */
  if (g_str_has_prefix (tail, "| "))
    tail += 2;
  lower = g_utf8_strdown (tail, -1);
  if (_byline_import_is_photo_credit (tail) || g_strv_contains (whole, lower))
    return TRUE;
  for (guint i = 0; openings[i] != NULL; i++)
    {
      if (g_str_has_prefix (lower, openings[i]))
        return TRUE;
    }
  /* ("Bernama photo", "Tribune photo": an agency's or the paper's own) */
  if (g_str_has_suffix (tail, " photo") && _byline_import_count_words (tail) <= 4)
    {
      g_autofree char *who = g_strndup (tail, strlen (tail) - strlen (" photo"));

      return _byline_import_is_name (who);
    }
  return FALSE;
}

/**
 * _byline_import_ends_with_photo_credit:
 *
 * "Trucks carry aid into Gaza. (AP Photo/Jane Doe)", "… in Santurce. (File
 * photo)": a caption with its credit in parentheses at the end
 */
gboolean
_byline_import_ends_with_photo_credit (const char *line)
{
  static const char * const starts[] = {
    "photo", "ap photo", "afp photo", "reuters photo", "epa photo", "getty", "photograph", "foto",
    "image", "picture", "credit", "file photo", "file image", "file picture", "courtesy", NULL
  };
  g_autofree char *lower = NULL;
  const char *open;
  const char *stop;

  /* "… four lanes. Picture by Adam McLean", "… Exchange. Picture: Simon
   * Hulme", "… in Dededo. Joaquin Q. Perez/The Guam Current": the credit
   * after one of the caption's full stops, the last but the credit's own
   * ("Photo: Siafa B. Kollie") */
  for (stop = strlen (line) <= 400 ? g_strrstr (line, ". ") : NULL;
       stop != NULL && stop != line && _byline_import_count_words (stop + 2) <= 9;
       stop = g_strrstr_len (line, stop - line, ". "))
    {
      g_autofree char *tail = g_utf8_strdown (stop + 2, -1);

      if (_byline_import_ends_with_punctuation (stop + 2))
        break;
      if (is_name_outlet_credit (stop + 2) || (_byline_import_count_words (stop + 2) <= 8 && is_tail_credit (stop + 2)))
        return TRUE;
    }
  /* "Estação Sé do Metrô — Foto: Arquivo/g1": the credit after a dash */
  if (strlen (line) <= 400)
    {
      static const char * const dashes[] = { " — ", " – ", " - ", NULL };

      for (guint i = 0; dashes[i] != NULL; i++)
        {
          const char *dash = g_strrstr (line, dashes[i]);

          if (dash != NULL && dash != line && _byline_import_count_words (dash + strlen (dashes[i])) <= 6 &&
              is_tail_credit (dash + strlen (dashes[i])))
            return TRUE;
        }
    }
  if (strlen (line) > 400 || !g_str_has_suffix (line, ")"))
    return FALSE;
  lower = g_utf8_strdown (line, -1);
  if ((open = strrchr (lower, '(')) == NULL || open == lower)
    return FALSE;
  for (guint i = 0; starts[i] != NULL; i++)
    {
      if (g_str_has_prefix (open + 1, starts[i]))
        return TRUE;
    }
  /* ("… on Thursday afternoon. (Owen Marsh/The Capital Valley Courier)") */
  {
    const char *paren = strrchr (line, '(');
    g_autofree char *inner = g_strndup (paren + 1, strlen (paren + 1) - 1);

    if (paren > line && paren[-1] == ' ' && paren - 2 >= line && paren[-2] == '.' && is_name_outlet_credit (inner))
      return TRUE;
  }
  return strstr (open, " photo/") != NULL || strstr (open, " photo:") != NULL;
}

/* "ST PHOTO: RACHEL YEO", "AFP PHOTO: …": a paper's or an agency's own
 * credit, its initials in capitals before the label (@lower is @line
 * lower-cased) */
static gboolean
is_labelled_credit (const char *line,
                    const char *lower)
{
  static const char * const labels[] = { " photo: ", " photos: ", " file photo: ", NULL };

  for (guint i = 0; labels[i] != NULL; i++)
    {
      const char *label = strstr (lower, labels[i]);

      if (label == NULL || label == lower || label - lower > 12 || label[strlen (labels[i])] == '\0')
        continue;
      /* (ASCII before the label: as many bytes in @line as in @lower) */
      for (gsize k = 0; k < (gsize) (label - lower); k++)
        {
          if (!g_ascii_isupper (line[k]) && line[k] != ' ' && line[k] != '&')
            return FALSE;
        }
      return TRUE;
    }
  return FALSE;
}

/**
 * _byline_import_is_photo_credit:
 *
 * "Photo: Peter Byrne/PA", "Photograph: …", "Foto: …", "(Photo by …)",
 * "Фото: …", "صورة: …", "عکس: …": the credit under a picture's caption
 */
gboolean
_byline_import_is_photo_credit (const char *line)
{
  static const char * const credits[] = {
    "photo:", "photo by ", "photos:", "photograph:", "photograph by ", "photography:", "picture:",
    "pictures:", "picture by ", "image:", "image by ", "credit:", "photo credit:", "illustration:",
    "image caption, ", "image source, ", "media caption, ", "caption, ", "image source:",
    "foto:", "fotos:", "bild:", "crédit photo :", "crédit photo:", "photo :", "fotografía:",
    "фото:", "фото ", "صورة:", "تصوير:", "عکس:", "عکس از ", "kuvat:", "kuva:", "bilder:", "billeder:",
    "llun:", "lluniau:", "llun gan ", "şəkil:", "surat:", "сурат:", "ഫോട്ടോ:", "ചിത്രം:", "وێنە:", "фота:",
    "grianghraf:", "ritratt:", "sawir:", "फोटो:", "छायाचित्र:", "сүрөт:",
    "isithombe:", "izithombe:", "તસવીર:", "ફોટો:", "ඡායාරූපය:", "ඡායාරූප:", "sary:", "сурәт:",
    "àwòrán:", "mynd:", "myndir:", "ພາບ:", "ຮູບ:", "ຮູບພາບ:", "ފޮޓޯ:", "umfanekiso:", "imifanekiso:",
    /* New Zealand's papers: "Photo / Ruby Tautahi" */
    "photo / ", "photos / ", "picture / ", "image / ", "photo | ", "photos | ",
    NULL
  };
  g_autofree char *lower = g_utf8_strdown (line, -1);
  const char *p = lower;

  if (strlen (line) > 200)
    return FALSE;
  if (*p == '(' || *p == '[')
    p++;
  for (guint i = 0; credits[i] != NULL; i++)
    {
      if (g_str_has_prefix (p, credits[i]) && p[strlen (credits[i])] != '\0')
        return TRUE;
    }
  return is_labelled_credit (line + (p - lower), p);
}

/**
 * _byline_import_split_text_lines:
 * @text: valid UTF-8
 *
 * @text's lines as they are, without a BOM before the first and without
 * the "\r" of Windows line ends (split_lines() in byline-import.c also
 * trims them; a Markdown story's indents and a labelled header's values
 * are read from the lines as written).
 *
 * Returns: (transfer full): the lines
 */
char **
_byline_import_split_text_lines (const char *text)
{
  char **lines;

  if (g_str_has_prefix (text, "\xEF\xBB\xBF"))
    text += 3;
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      gsize len = strlen (lines[i]);

      if (len > 0 && lines[i][len - 1] == '\r')
        lines[i][len - 1] = '\0';
    }
  return lines;
}

/* Puts @text (owned) in place of @lines' line @i, which it frees */
void
_byline_import_replace_line (GPtrArray *lines,
                             guint      i,
                             char      *text)
{
  g_free (g_ptr_array_index (lines, i));
  g_ptr_array_index (lines, i) = text;
}

/* Adds @text to @note, a line of its own */
void
_byline_import_add_to_note (GString    *note,
                            const char *text)
{
  g_string_append_printf (note, "%s%s", note->len > 0 ? "\n" : "", text);
}

/* Whether @line, lower-cased and without a colon or spaces at its end,
 * is one of @list's labels ("Author:", "Partners") */
gboolean
_byline_import_is_label_in (const char * const *list,
                            const char         *line)
{
  g_autofree char *lower = _byline_import_lower (line);
  gsize len = strlen (lower);

  while (len > 0 && strchr (": ", lower[len - 1]))
    lower[--len] = '\0';
  return g_strv_contains (list, lower);
}

/* "updated 11:40", "modifié à 11h40", "aktualisiert um 11:40 Uhr": an
 * update's time of day alone */
gboolean
_byline_import_is_update_time (const char *line)
{
  static const char * const ats[] = { "at ", "à ", "um ", "alle ", "a las ", "às ", "om ", "kl. ", "o ", NULL };
  const char *rest = _byline_import_skip_update_words (line);
  g_autofree char *time = NULL;

  if (rest == line)
    return FALSE;
  while (*rest == ' ' || *rest == ':')
    rest++;
  for (guint i = 0; ats[i] != NULL; i++)
    if (g_str_has_prefix (rest, ats[i]))
      {
        rest += strlen (ats[i]);
        break;
      }
  time = g_strdup (rest);
  if (g_str_has_suffix (time, " Uhr"))
    time[strlen (time) - strlen (" Uhr")] = '\0';
  return _byline_import_is_clock_time (time);
}

/* byline-import-lines.c: what a line of wire copy is (web-page furniture,
 * a captcha, a count of words)
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

#include <stdio.h>
#include <string.h>

#include "byline-calendar.h"
#include "byline-import-private.h"

/* "12 comments", "One response", "Comments (12)", "3 thoughts on “…”" */
static const char * const count_nouns[] = {
  "comment", "comments", "response", "responses", "reply", "replies", "commentaire", "commentaires",
  "comentario", "comentarios", "kommentar", "kommentare", NULL
};

static const char * const count_heads[] = {
  "comments", "comment", "نظرات", "دیدگاه‌ها", "комментарии", NULL
};

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

static const char *
skip_spaces (const char *p)
{
  while (g_ascii_isspace (*p))
    p++;
  return p;
}

/* A number in digits or in English words ("seven"); advances *p past it */
static gboolean
read_number (const char **p,
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

static gboolean
read_operator (const char **p)
{
  static const char * const operators[] = { "+", "-", "*", "x", "/", "×", "−", "÷", "–", NULL };

  for (guint i = 0; operators[i] != NULL; i++)
    {
      if (g_str_has_prefix (*p, operators[i]))
        {
          *p += strlen (operators[i]);
          return TRUE;
        }
    }
  return FALSE;
}

/* An arithmetic captcha: "3 + 4 =", "12 - 5 = ?", "What is 5 + 2?",
 * "Solve: seven + 3 =" — a short line whose only sum is unanswered */
static gboolean
is_captcha (const char *lower)
{
  g_autofree char *ascii = byline_calendar_digits_to_ascii (lower);
  const char *start = NULL;
  const char *p;

  if (_byline_import_count_words (ascii) > 12)
    return FALSE;

  for (p = ascii; *p != '\0'; p++)
    {
      const char *q = p;

      if (p > ascii && (g_ascii_isalnum (p[-1])))
        continue;
      if (!read_number (&q, TRUE))
        continue;
      q = skip_spaces (q);
      if (!read_operator (&q))
        continue;
      q = skip_spaces (q);
      if (!read_number (&q, TRUE) || g_ascii_isalnum (*q))
        continue;
      start = p;
      p = q;
      break;
    }
  if (start == NULL)
    return FALSE;

  /* The words before the sum ask for it, they do not count */
  for (const char *b = ascii; b < start; b++)
    {
      if (g_ascii_isdigit (*b))
        return FALSE;
    }
  if (_byline_import_count_words (ascii) - _byline_import_count_words (start) > 6)
    return FALSE;

  p = skip_spaces (p);
  if (*p == '=')
    {
      p++;
      /* (the answer's blank: "?", "؟", "_", "…") */
      while (*p != '\0' && (g_ascii_isspace (*p) || strchr ("?_.", *p) != NULL || g_str_has_prefix (p, "؟")))
        p += g_str_has_prefix (p, "؟") ? strlen ("؟") : 1;
      return *p == '\0';
    }
  /* "What is 5 + 2?" */
  return g_str_equal (p, "?") || g_str_equal (p, " ?") || g_str_equal (p, "؟") || g_str_equal (p, " ؟");
}

static gboolean
is_count (const char *lower)
{
  const char *p = lower;
  const char *rest;

  /* "12", "one" or "no", then the noun */
  if (g_str_has_prefix (p, "no "))
    p += 3;
  else
    read_number (&p, TRUE);
  rest = skip_spaces (p);

  if (rest != lower)
    {
      for (guint i = 0; count_nouns[i] != NULL; i++)
        {
          if (g_str_equal (rest, count_nouns[i]))
            return TRUE;
        }
      /* WordPress themes: "3 thoughts on “Headline”", "2 responses to “…”" */
      if (g_str_has_prefix (rest, "thoughts on ") || g_str_has_prefix (rest, "thought on ") ||
          g_str_has_prefix (rest, "responses to ") || g_str_has_prefix (rest, "response to ") ||
          g_str_has_prefix (rest, "replies to ") || g_str_has_prefix (rest, "reply to "))
        return TRUE;
      return FALSE;
    }

  /* "Comments (12)", "Comments: 12", "نظرات (۳)", "Комментарии (5)" */
  for (guint i = 0; count_heads[i] != NULL; i++)
    {
      g_autofree char *ascii = NULL;
      const char *q;

      if (!g_str_has_prefix (lower, count_heads[i]))
        continue;
      ascii = byline_calendar_digits_to_ascii (lower + strlen (count_heads[i]));
      q = skip_spaces (ascii);
      if (*q == '(' || *q == ':')
        q = skip_spaces (q + 1);
      if (!read_number (&q, FALSE))
        return FALSE;
      q = skip_spaces (q);
      if (*q == ')')
        q++;
      return *skip_spaces (q) == '\0';
    }

  return FALSE;
}

/* "Image 1 of 5", "Photo 2 of 12", "1 of 5": a gallery's counter */
static gboolean
is_gallery_count (const char *lower)
{
  static const char * const words[] = { "image ", "photo ", "picture ", "slide ", "bild ", "foto ", NULL };
  unsigned a, b;
  int end = -1;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (g_str_has_prefix (lower, words[i]))
        {
          lower += strlen (words[i]);
          break;
        }
    }
  return sscanf (lower, "%u of %u%n", &a, &b, &end) == 2 && end == (int) strlen (lower) && a >= 1 && a <= b &&
         b <= 200;
}

/* Lines a page prints around any story: "ABC News Homepage", "3 min
 * read" ("Temps de lecture 3 min.", "Lesezeit: 3 Min."), "کد خبر: ۱۲۳۴۵"
 * (a news id), "Download the … app", "Listen to this article · 4:12",
 * a paywall's notice, a copyright line ("©", Korean papers' "ⓒ"), the
 * page's editor in charge ("责任编辑：王建"), a count alone ("183") */
static gboolean
is_page_furniture (const char *lower)
{
  static const char * const reading[] = { "read", "reading", "lecture", "lesezeit", "lectura", NULL };
  static const char * const id_labels[] = { "کد خبر", "شناسه خبر", "news id", "story id", "رقم الخبر", NULL };
  guint words = _byline_import_count_words (lower);

  static const char * const prefixes[] = {
    "listen to this article", "why you can trust ", "our standards:", "cet article est réservé aux abonnés", "this article is for subscribers",
    "subscribe to continue reading", "dieser artikel ist für abonnenten", "este artículo es exclusivo para suscriptores",
    "anadolu ajansı web sitesinde",
    "©", "ⓒ", "copyright ©", "copyright 20", "copyright (c)", "riproduzione riservata ©",
    "dpa-infocom, dpa:", "dpa-afx", "dpa:", "support local journalism", "【纠错】", "【责任编辑", "(责任编辑", "【编辑:", "【编辑：", "(编辑:", "(编辑：",
    "责任编辑：", "责任编辑:",
    /* Korean papers' and Japanese sites' copyright lines */
    "저작권자 ", "저작권자©", "무단전재", "無断転載", "無断複製",
    NULL
  };

  /* "Sign up for our newsletter", "Join our WhatsApp channel"; a page's
   * tags ("Topics: Floods, Croatia") */
  static const char * const prompts[] = {
    "sign up for ", "sign up to ", "subscribe to ", "join our whatsapp", "join our telegram",
    "click here to ", "tap here to ", "topics: ", "tags: ", "filed under: ", "categories: ", "keywords: ",
    "schlagwörter: ", "themen: ", "mots-clés : ", "mots-clés: ", "etiquetas: ", "temas: ", "argomenti: ",
    "follow us on ", "receba notícias", "abonnez-vous", "suscríbete", "jetzt abonnieren", "síganos en ",
    "síguenos en ", "suivez-nous sur ", "folgen sie uns auf ", "подписывайтесь на ", "تابعونا على", "برچسب‌ها: ", "برچسب ها: ", "برچسب‌ها:",
    "الوسوم: ", "теги: ", "метки: ", "etiketler: ", "tagi: ",
    /* how long the story takes to read, in the other languages */
    "tempo di lettura", "czas czytania", "leestijd", "время чтения", "زمان مطالعه", "tiempo de lectura",
    "okuma süresi", "tempo de leitura", NULL
  };

  for (guint i = 0; prefixes[i] != NULL; i++)
    {
      if (g_str_has_prefix (lower, prefixes[i]) && words <= 20)
        return TRUE;
    }
  for (guint i = 0; prompts[i] != NULL; i++)
    {
      if (g_str_has_prefix (lower, prompts[i]) && words <= 10 && !g_str_has_suffix (lower, "."))
        return TRUE;
    }
  /* "Follow @AnnaKovac on X", "Follow Anna Kovac on Twitter" */
  if (g_str_has_prefix (lower, "follow ") && words <= 8 && !g_str_has_suffix (lower, ".") &&
      (g_str_has_suffix (lower, " on x") || g_str_has_suffix (lower, " on twitter") ||
       g_str_has_suffix (lower, " on facebook") || g_str_has_suffix (lower, " on instagram") ||
       g_str_has_suffix (lower, " on linkedin") || g_str_has_suffix (lower, " on bluesky") ||
       g_str_has_suffix (lower, " on threads") || g_str_has_suffix (lower, " on tiktok")))
    return TRUE;
  /* A count alone ("183", "1,204" comments beside the share buttons; a
   * year alone may head a timeline's part, and stays) */
  if (strlen (lower) <= 7 && g_ascii_isdigit (lower[0]) && strspn (lower, "0123456789,") == strlen (lower) &&
      (strlen (lower) <= 3 || strchr (lower, ',') != NULL))
    return TRUE;
  if (words <= 4 && (g_str_has_suffix (lower, " homepage") || g_str_has_suffix (lower, " home page")))
    return TRUE;
  /* An agency's editors' codes under the story: "anw/ mok/", "jm/ ap/ kb/" */
  if (words <= 6 && strlen (lower) <= 40)
    {
      g_auto(GStrv) codes = g_strsplit (lower, " ", -1);
      gboolean all = TRUE;

      for (guint i = 0; codes[i] != NULL && all; i++)
        {
          gsize len = strlen (codes[i]);

          all = len >= 2 && len <= 6 && codes[i][len - 1] == '/' && strspn (codes[i], "abcdefghijklmnopqrstuvwxyz") == len - 1;
        }
      if (all)
        return TRUE;
    }
  /* … and EFE's, run together: "jmr/laa/gpv" (three at least: "and/or"
   * is a word; two under the agency's name, byline-import-aside.c) */
  if (_byline_import_count_slashed_codes (lower) >= 3)
    return TRUE;
  if (words <= 15 && g_str_has_prefix (lower, "download ") && strstr (lower, " app") != NULL)
    return TRUE;
  /* WordPress's sharing buttons: "Click to share on X (Opens in new window)" */
  if (words <= 15 && g_str_has_prefix (lower, "click to ") && g_str_has_suffix (lower, "(opens in new window)"))
    return TRUE;
  if (words <= 6 && (strstr (lower, " min") != NULL || g_str_has_prefix (lower, "min")))
    {
      g_autofree char *ascii = byline_calendar_digits_to_ascii (lower);

      if (strpbrk (ascii, "0123456789") != NULL)
        for (guint i = 0; reading[i] != NULL; i++)
          {
            if (strstr (ascii, reading[i]) != NULL)
              return TRUE;
          }
    }
  for (guint i = 0; id_labels[i] != NULL; i++)
    {
      g_autofree char *ascii = NULL;
      const char *p;

      if (!g_str_has_prefix (lower, id_labels[i]))
        continue;
      ascii = byline_calendar_digits_to_ascii (lower + strlen (id_labels[i]));
      p = skip_spaces (ascii);
      if (*p == ':')
        p = skip_spaces (p + 1);
      return *p != '\0' && strspn (p, "0123456789") == strlen (p);
    }
  return FALSE;
}

gboolean
_byline_import_is_boilerplate (const char *line)
{
  g_autofree char *lower = _byline_import_lower (line);
  gsize len = strlen (lower);

  while (len > 0 && strchr (":* ", lower[len - 1]))
    lower[--len] = '\0';

  /* PR Newswire's "SOURCE Acme Water Systems" under a release: the
   * issuer again, in its capitals */
  if (g_str_has_prefix (line, "SOURCE ") && _byline_import_count_words (line) <= 8 &&
      !_byline_import_ends_with_punctuation (line))
    return TRUE;
  return _byline_import_is_stock_phrase (lower) || is_count (lower) || is_captcha (lower) || is_page_furniture (lower) || is_gallery_count (lower) ||
         _byline_import_is_end_mark (line) || _byline_import_is_subscribe_prompt (line);
}

/* What a page prints before a relative time or an update's date */
static const char * const update_words[] = {
  "updated", "published", "posted", "last updated", "last modified", "modified", "edited",
  "aktualisiert", "veröffentlicht", "mis à jour", "publié", "modifié", "geändert", "modificado", "actualizado", "publicado",
  "aggiornato", "modifica", "modificato", "pubblicato", "bijgewerkt", "aangepast", "gewijzigd", "geplaatst",
  "gepubliceerd", "atualizado", "atualizada", "son güncelleme", "güncelleme", "güncellendi", "giriş", "yayınlanma", "yayınlandı", "aktualizacja", "zaktualizowano",
  "opublikowano", "data publikacji", "data aktualizacji", "diterbitkan", "diperbarui", "cập nhật", "publicerad", "uppdaterad", "uppdaterat", "обновлено", "опубликовано", "آخر تحديث", "تحديث",
  /* a Dutch page's "Update:", Korean's "입력" (in) and "수정" (modified) */
  "update", "입력", "수정",
  /* a press release's "For immediate release: 23 November 2026" */
  "for immediate release", NULL
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
      p = skip_spaces (p);
      if (*p == ':')
        p = skip_spaces (p + 1);
      if (g_str_has_prefix (p, "on "))
        p += 3;
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

  return rest != NULL && !g_str_has_prefix (lower, "published") && !g_str_has_prefix (lower, "posted") &&
         !g_str_has_prefix (lower, "veröffentlicht") && !g_str_has_prefix (lower, "publié") &&
         !g_str_has_prefix (lower, "publicado") && !g_str_has_prefix (lower, "pubblicato") &&
         !g_str_has_prefix (lower, "geplaatst") && !g_str_has_prefix (lower, "gepubliceerd") &&
         !g_str_has_prefix (lower, "yayınlan") && !g_str_has_prefix (lower, "opublikowano") &&
         !g_str_has_prefix (lower, "publicerad") && !g_str_has_prefix (lower, "опубликовано") &&
         !g_str_has_prefix (lower, "입력");
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
        !read_number (&number, FALSE))
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

/**
 * _byline_import_ends_with_photo_credit:
 *
 * "Trucks carry aid into Gaza. (AP Photo/Jane Doe)": a caption with its
 * credit in parentheses at the end
 */
gboolean
_byline_import_ends_with_photo_credit (const char *line)
{
  static const char * const starts[] = {
    "photo", "ap photo", "afp photo", "reuters photo", "epa photo", "getty", "photograph", "foto",
    "image", "picture", "credit", NULL
  };
  g_autofree char *lower = NULL;
  const char *open;
  const char *stop;

  /* "… four lanes. Picture by Adam McLean", "… Exchange. Picture: Simon
   * Hulme": the credit after the caption's last full stop */
  if (strlen (line) <= 400 && (stop = g_strrstr (line, ". ")) != NULL && stop != line &&
      _byline_import_count_words (stop + 2) <= 6 && !_byline_import_ends_with_punctuation (stop + 2))
    {
      g_autofree char *tail = g_utf8_strdown (stop + 2, -1);

      if (_byline_import_is_photo_credit (stop + 2) || g_str_has_prefix (tail, "picture by ") ||
          g_str_has_prefix (tail, "photo by ") || g_str_has_prefix (tail, "photograph by "))
        return TRUE;
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
  return strstr (open, " photo/") != NULL || strstr (open, " photo:") != NULL;
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
    "фото:", "фото ", "صورة:", "تصوير:", "عکس:", "عکس از ",
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
  return FALSE;
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

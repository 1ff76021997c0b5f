/* byline-import-boilerplate.c: whether a whole line is web-page
 * furniture (a stock phrase, a comment count, a captcha, a gallery's
 * count, the page's own lines)
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
  "comentario", "comentarios", "kommentar", "kommentare", "yorum", "комментария", "комментариев",
  "comentário", "comentários", "komentar", NULL
};

static const char * const count_heads[] = {
  "comments", "comment", "hits", "views", "reads", "نظرات", "دیدگاه‌ها", "комментарии", NULL
};

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

/* What a captcha asks readers to do with the sum: type it */
static const char * const enters[] = {
  "enter ", "type ", "وارد کنید", "بنویسید", "أدخل", "ادخل", "اكتب", "introduce ", "escribe ", "saisissez",
  "entrez", "geben sie", "eingeben", "girin", "masukkan", "введите", "inserisci", "digite", NULL
};

/* An arithmetic captcha: "3 + 4 =", "12 - 5 = ?", "What is 5 + 2?",
 * "Solve: seven + 3 =", "Solve: 12 − 5" — a short line whose only sum is
 * unanswered */
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
      if (!_byline_import_read_number (&q, TRUE))
        continue;
      q = _byline_import_skip_spaces (q);
      if (!read_operator (&q))
        continue;
      q = _byline_import_skip_spaces (q);
      if (!_byline_import_read_number (&q, TRUE) || g_ascii_isalnum (*q))
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

  p = _byline_import_skip_spaces (p);
  /* "Enter the sum of 3 + 4", "حاصل ۳ + ۴ را وارد کنید": words that ask
   * for the answer to be typed, before the sum or just after it */
  if (*p == '\0' ? _byline_import_contains_any (ascii, enters)
              : _byline_import_count_words (p) <= 4 && _byline_import_contains_any (p, enters))
    return TRUE;
  if (*p == '=')
    {
      p++;
      /* (the answer's blank: "?", "؟", "_", "…") */
      while (*p != '\0' && (g_ascii_isspace (*p) || strchr ("?_.", *p) != NULL || g_str_has_prefix (p, "؟")))
        p += g_str_has_prefix (p, "؟") ? strlen ("؟") : 1;
      return *p == '\0';
    }
  /* "Solve: 12 − 5", "Resuelve: 6 + 1": a label that asks for it (not
   * "Score: 3 - 1") */
  if (*p == '\0' && start > ascii)
    {
      static const char * const asks[] = {
        "solve", "calculate", "math", "captcha", "security question", "resuelve", "calcula", "résolvez",
        "calculez", "löse", "lösen sie", "berechne", "реши", "вычисл", "посчита", "hesapla", "çöz", "selesaikan",
        "hitung", "risolvi", "calcola", "resolva", "calcule", "حل", "احسب", "محاسبه", NULL
      };
      const char *end = start;

      while (end > ascii && end[-1] == ' ')
        end--;
      if (end > ascii && end[-1] == ':' && _byline_import_opens_with_any (ascii, asks))
        return TRUE;
    }
  /* "4 + 3 kaç eder?", "4 + 3 wynosi?": the question asked after the sum */
  if (g_str_has_suffix (p, "?") && _byline_import_count_words (p) <= 3)
    {
      static const char * const after[] = { "kaç eder", "kaç yapar", "kaçtır", "wynosi", "равно", "ist gleich", NULL };

      if (_byline_import_opens_with_any (p, after))
        return TRUE;
    }
  /* "What is 5 + 2?"; Greek asks with ";" ("Πόσο κάνει 3 + 4;") */
  return g_str_equal (p, "?") || g_str_equal (p, " ?") || g_str_equal (p, "؟") || g_str_equal (p, " ؟") ||
         g_str_equal (p, ";") || g_str_equal (p, "\u037e");
}

/* What a comments head puts before the post's title */
static const char * const count_titles[] = {
  "thoughts on ", "thought on ", "responses to ", "response to ", "replies to ", "reply to ", "comentario en ",
  "comentarios en ", "commentaire sur ", "commentaires sur ", "kommentar zu ", "kommentare zu ", "comentário em ",
  "comentários em ", NULL
};

/* Whether @text is a title in quotation marks and nothing else */
static gboolean
is_quoted_title (const char *text)
{
  static const char * const opens[] = { "“", "\"", "«", "„", "‘", "'", NULL };
  static const char * const closes[] = { "”", "\"", "»", "“", "’", "'", NULL };

  for (guint i = 0; opens[i] != NULL; i++)
    {
      if (g_str_has_prefix (text, opens[i]) && strlen (text) > strlen (opens[i]) + strlen (closes[i]) &&
          g_str_has_suffix (text, closes[i]))
        return TRUE;
    }
  return FALSE;
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
    _byline_import_read_number (&p, TRUE);
  rest = _byline_import_skip_spaces (p);

  if (rest != lower)
    {
      for (guint i = 0; count_nouns[i] != NULL; i++)
        {
          if (g_str_equal (rest, count_nouns[i]))
            return TRUE;
        }
      /* WordPress themes: "3 thoughts on “Headline”", "2 responses to “…”",
       * and in its translations: "1 comentario en «…»", "2 commentaires
       * sur « … »" (the post's title quoted and nothing after it: "One
       * thought on “the flag” came up again …" is a sentence) */
      for (guint i = 0; count_titles[i] != NULL; i++)
        {
          if (g_str_has_prefix (rest, count_titles[i]))
            return is_quoted_title (rest + strlen (count_titles[i]));
        }
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
      /* ("Hits: 1,204": the thousands' commas out) */
      for (char *c = strchr (ascii, ','); c != NULL; c = strchr (c, ','))
        if (c > ascii && g_ascii_isdigit (c[-1]) && strspn (c + 1, "0123456789") == 3)
          memmove (c, c + 1, strlen (c));
        else
          c++;
      q = _byline_import_skip_spaces (ascii);
      if (*q == '(' || *q == ':')
        q = _byline_import_skip_spaces (q + 1);
      if (!_byline_import_read_number (&q, FALSE))
        return FALSE;
      q = _byline_import_skip_spaces (q);
      if (*q == ')')
        q++;
      return *_byline_import_skip_spaces (q) == '\0';
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
  /* ("1 / 8": a photo essay's, with its slash between spaces) */
  if (sscanf (lower, "%u / %u%n", &a, &b, &end) != 2)
    end = -1;
  if (end == -1 && sscanf (lower, "%u of %u%n", &a, &b, &end) != 2)
    return FALSE;
  return end == (int) strlen (lower) && a >= 1 && a <= b && b <= 200;
}

/* "dpa kj xxzz n1 mab": the agency's name, then two to six desk codes
 * of two to four lower-case letters or figures */
static gboolean
is_desk_codes (const char *lower)
{
  g_auto(GStrv) words = g_strsplit (lower, " ", -1);
  guint n = g_strv_length (words);

  if (n < 3 || n > 7 || !_byline_import_is_agency (words[0]) || strlen (lower) > 40)
    return FALSE;
  for (guint i = 1; i < n; i++)
    {
      gsize len = strlen (words[i]);

      if (len < 2 || len > 4 || strspn (words[i], "abcdefghijklmnopqrstuvwxyz0123456789") != len ||
          strspn (words[i], "0123456789") == len)
        return FALSE;
    }
  return TRUE;
}

/* "281147 Nov 26": a wire's stamp, day, hour and minute in six figures,
 * the month's short name and the year's last two figures */
static gboolean
is_wire_stamp (const char *lower)
{
  g_auto(GStrv) words = g_strsplit (lower, " ", -1);

  return g_strv_length (words) == 3 && strlen (words[0]) == 6 && strspn (words[0], "0123456789") == 6 &&
         _byline_import_parse_month (words[1]) > 0 && strlen (words[2]) == 2 &&
         strspn (words[2], "0123456789") == 2;
}

/* A blog's label over its category ("Posted in Transport", "Publicado
 * em Notícias") */
static gboolean
is_category_label (const char *prefix)
{
  static const char * const labels[] = {
    "posted in ", "publicado en ", "publié dans ", "veröffentlicht in ", "publicado em ", NULL
  };

  return g_strv_contains (labels, prefix);
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
    /* a blog's links to its neighbours ("Next Post: Bridge repairs …"),
     * its category line ("Posted in Transport | Tagged …") and Jetpack's
     * follow box */
    "previous post: ", "next post: ", "previous article: ", "next article: ", "posted in ",
    "enter your email address to follow this blog",
    /* the same in WordPress's Spanish, French, German, Portuguese */
    "publicado en ", "publié dans ", "veröffentlicht in ", "publicado em ",
    "©", "ⓒ", "copyright ©", "copyright 20", "copyright (c)", "copyright: ", "riproduzione riservata ©",
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
    "الوسوم: ", "теги: ", "метки: ", "etiketler: ", "tagi: ", "етикети: ", "ознаке: ", "oznake: ", "žymės: ",
    "štítky: ", "tagy: ", "emneord: ", "stikkord: ", "tags:", "birkas: ", "märksõnad: ", "etikette: ",
    "tagged with: ", "tagged: ", "tag: ", "kata kunci: ", "ٹیگز: ", "کلیدواژه‌ها: ", "کلیدواژه ها: ", "برچسب: ",
    "الكلمات المفتاحية: ", "etiquetas : ", "schlagworte: ",
    /* how long the story takes to read, in the other languages */
    "tempo di lettura", "czas czytania", "leestijd", "время чтения", "زمان مطالعه", "tiempo de lectura",
    "okuma süresi", "tempo de leitura", NULL
  };

  for (guint i = 0; prefixes[i] != NULL; i++)
    {
      /* (a blog's category, never a date: "Publicado em 30/11/2026 às
       * 15h15" is the story's date line) */
      if (g_str_has_prefix (lower, prefixes[i]) && words <= 20 &&
          !(g_ascii_isdigit (lower[strlen (prefixes[i])]) && is_category_label (prefixes[i])))
        return TRUE;
    }
  for (guint i = 0; prompts[i] != NULL; i++)
    {
      if (g_str_has_prefix (lower, prompts[i]) && words <= 10 && !g_str_has_suffix (lower, "."))
        return TRUE;
    }
  /* "Follow BBC Cornwall on X, Facebook and Instagram. Send your story
   * ideas to …@…": a regional page's foot */
  if (g_str_has_prefix (lower, "follow ") && words <= 25 && strchr (lower, '@') != NULL &&
      (strstr (lower, " on x") != NULL || strstr (lower, " on facebook") != NULL ||
       strstr (lower, " on instagram") != NULL || strstr (lower, " on twitter") != NULL))
    return TRUE;
  /* An agency's desk codes and its stamp under the story: "dpa kj xxzz
   * n1 mab", "281147 Nov 26" (day, hour and minute, month, year) */
  if (is_desk_codes (lower) || is_wire_stamp (lower))
    return TRUE;
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
  if (_byline_import_is_editors_codes (lower))
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
      p = _byline_import_skip_spaces (ascii);
      if (*p == ':')
        p = _byline_import_skip_spaces (p + 1);
      return *p != '\0' && strspn (p, "0123456789") == strlen (p);
    }
  return FALSE;
}

/**
 * _byline_import_is_copyright:
 *
 * A page's copyright line: "© 2026 The Courier", "Copyright 2026 KXRT.
 * All rights reserved.", "جميع الحقوق محفوظة © 2026", "Всички права
 * запазени © 2026", "Reproduction reserved" (a short line; a longer one
 * that opens with its "Copyright 2026" and says its rights are reserved)
 */
gboolean
_byline_import_is_copyright (const char *line)
{
  static const char * const marks[] = {
    "©", "copyright 20", "copyright:", "all rights reserved", "tüm hakları saklıdır", "все права защищены", "جميع الحقوق محفوظة",
    "کلیه حقوق", "版权所有", "저작권자", "powered by wordpress", "reproduction reserved", "всички права запазени",
    "сва права задржана", "sva prava zadržana", "visos teisės saugomos", "všetky práva vyhradené",
    "alle rettigheter reservert", "todos os direitos reservados", "tutti i diritti riservati", NULL
  };
  g_autofree char *lower = _byline_import_lower (line);

  /* (or one that holds its "©" anywhere: "The-CNN-Wire™ & © 2026 Cable
   * News Network, Inc., a Warner Bros. Discovery Company. All rights
   * reserved."; not a sentence that quotes one) */
  if ((g_str_has_prefix (lower, "copyright 20") ||
       (strstr (lower, "© 20") != NULL && strstr (lower, "© 20") - lower <= 40 && !_byline_import_has_quote_mark (line))) &&
      strstr (lower, "all rights reserved") != NULL && _byline_import_count_words (line) <= 40)
    return TRUE;
  if (_byline_import_count_words (line) > 14 || strlen (line) > 160)
    return FALSE;
  if (_byline_import_contains_any (lower, marks + 1))
    return TRUE;
  /* (a picture's caption with its credit, "… lundi matin. © AFP", is
   * the story's; "… © 2026 Acme" the page's) */
  if (strstr (lower, "©") != NULL && !g_str_has_prefix (lower, "©") &&
      strpbrk (strstr (lower, "©"), "0123456789") == NULL && _byline_import_ends_with_own_credit (line))
    return FALSE;
  return strstr (lower, "©") != NULL;
}

/* @line lower-cased, without the ":", "*" and spaces a form's label
 * ends with ("Name *", "Comment:") */
static char *
lower_label (const char *line)
{
  char *lower = _byline_import_lower (line);
  gsize len = strlen (lower);

  while (len > 0 && strchr (":* ", lower[len - 1]))
    lower[--len] = '\0';
  return lower;
}

/* Whether @line is an arithmetic captcha ("What is 7 + 2?", "Solve: 4 ×
 * 3 =", "۵ + ۲ =") */
gboolean
_byline_import_is_captcha (const char *line)
{
  g_autofree char *lower = lower_label (line);

  return is_captcha (lower);
}

/* A site's menu copied on one line, its items parted by bars: "News |
 * Business | Sports | Island Life | Opinion": four items or more, each a
 * capitalised word or three with no figure or stop (not a table's row,
 * which a bar opens) */
static gboolean
is_menu_line (const char *line)
{
  g_auto(GStrv) items = NULL;
  guint n;

  if (strlen (line) > 160 || line[0] == '|' || strstr (line, " | ") == NULL)
    return FALSE;
  items = g_strsplit (line, " | ", -1);
  n = g_strv_length (items);
  if (n < 4)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      const char *item = g_strstrip (items[i]);

      if (item[0] == '\0' || _byline_import_count_words (item) > 3 || !g_unichar_isupper (g_utf8_get_char (item)) ||
          strpbrk (item, "0123456789.,;:!?|") != NULL)
        return FALSE;
    }
  return TRUE;
}

/* An organisation's postal address alone on a line, as a page's foot
 * prints it: "Press Standards Board, 14 Chancery Row, London EC4A 1BQ"
 * (three parts or more, a British postcode at its end, or an overseas
 * territory's, "FIQQ 1ZZ", or a Canadian one, "ON K9A 2M2") */
static gboolean
is_postal_address (const char *line)
{
  static GRegex *postcode;
  g_auto(GStrv) parts = NULL;

  if (strlen (line) > 120 || _byline_import_count_words (line) > 14)
    return FALSE;
  /* (not G_REGEX_OPTIMIZE: PCRE2's JIT code for it reads bytes that
   * valgrind takes for uninitialised, on every line; a pattern this short
   * on a short line needs no JIT) */
  if (g_once_init_enter (&postcode))
    g_once_init_leave (&postcode, g_regex_new (" (([A-Z]{1,2}[0-9][A-Z0-9]?|[A-Z]{4}) [0-9][A-Z]{2}|[A-Z][0-9][A-Z] [0-9][A-Z][0-9])$", 0, 0, NULL));
  parts = g_strsplit (line, ", ", -1);
  if (g_strv_length (parts) >= 3 && g_regex_match (postcode, line, 0, NULL))
    return TRUE;
  /* ("Banksia Ridge Public School | Lake Road, Port Macquarie NSW 2444 |
   * Phone (02) 5550 1234": a contact line, its parts parted by bars) */
  g_strfreev (parts);
  parts = g_strsplit (line, " | ", -1);
  for (guint i = 1; parts[i] != NULL && parts[2] != NULL; i++)
    if ((g_str_has_prefix (parts[i], "Phone ") || g_str_has_prefix (parts[i], "Tel ") ||
         g_str_has_prefix (parts[i], "Tel: ") || g_str_has_prefix (parts[i], "Phone: ")) &&
        strpbrk (parts[i], "0123456789") != NULL)
      return TRUE;
  return FALSE;
}

gboolean
_byline_import_is_boilerplate (const char *line)
{
  g_autofree char *lower = lower_label (line);

  if (is_menu_line (line) || is_postal_address (line))
    return TRUE;

  /* PR Newswire's "SOURCE Acme Water Systems" under a release: the
   * issuer again, in its capitals */
  if (g_str_has_prefix (line, "SOURCE ") && _byline_import_count_words (line) <= 8 &&
      !_byline_import_ends_with_punctuation (line))
    return TRUE;
  /* The London Stock Exchange's code under an announcement's "END", "FR
   * UUSRKNRUBAAR": two capitals, then ten or more */
  if (strlen (line) >= 13 && strlen (line) <= 20 && line[2] == ' ' && g_ascii_isupper (line[0]) &&
      g_ascii_isupper (line[1]) && strspn (line + 3, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == strlen (line + 3))
    return TRUE;
  return _byline_import_is_stock_phrase (lower) || is_count (lower) || _byline_import_is_copyright (line) || is_captcha (lower) || is_page_furniture (lower) || is_gallery_count (lower) ||
         _byline_import_is_end_mark (line) || _byline_import_is_subscribe_prompt (line);
}

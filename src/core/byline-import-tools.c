/* byline-import-tools.c: the lines other tools than a browser put around a story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A correspondent's draft out of a word processor opens with the desk's
 * lines ("SLUG: FLOODS-VALENCIA", "Words: 640", "Battute: 3.200"); the
 * plain-text part of a newsletter has a mail program's stand-in for each
 * picture ("[image: The Valley Ledger]"), the issue's line over the
 * story ("MORNING BRIEFING | Wednesday, March 4, 2026", "View in
 * browser" in the reader's language), and its foot under it ("You
 * received this email because …", "Unsubscribe | Manage preferences",
 * the sender's address). None of it is the story, but it says what the
 * copy is: it goes to the note, never lost.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import.h"
#include "byline-import-private.h"

/* How many lines over the story are looked at */
#define MAX_TOP 12
/* How many lines under it */
#define MAX_FOOT 10

static void
to_note (GPtrArray *lines,
         guint      i,
         GString   *note)
{
  char *line = g_ptr_array_index (lines, i);

  g_string_append_printf (note, "%s%s", note->len > 0 ? "\n" : "", line);
  line[0] = '\0';
}

/* "SLUG: FLOODS-VALENCIA", "Words: 640", "Battute: 3.200", "स्लग: बाढ़-पटना":
 * a draft's line for the desk, a label and a short value (a count's a
 * figure: "Words: Jane Doe" is a byline) */
static gboolean
is_desk_line (const char *line)
{
  static const char * const slugs[] = {
    "slug:", "catchline:", "catch-line:", "keyword:", "स्लग:", NULL
  };
  static const char * const counts[] = {
    "words:", "word count:", "wordcount:", "length:", "wörter:", "zeichen:", "mots:", "signes:", "palabras:",
    "caracteres:", "battute:", "parole:", "caratteri:", "woorden:", "tekens:", "słowa:", "znaki:", "palavras:",
    "kelime:", "слов:", "знаков:", "λέξεις:", "מילים:", "كلمات:", "الكلمات:", "کلمات:", "تعداد کلمات:",
    "الفاظ:", "maneno:", "शब्द:", "शब्द संख्या:", "字数:", "字数：", "文字数:", "文字数：", "글자수:", "분량:",
    "คำ:", NULL
  };
  g_autofree char *lower = NULL;

  if (strlen (line) > 80 || _byline_import_count_words (line) > 5)
    return FALSE;
  lower = _byline_import_lower (line);
  if (_byline_import_opens_with_any (lower, slugs))
    return TRUE;
  for (guint i = 0; counts[i] != NULL; i++)
    {
      const char *value = lower + strlen (counts[i]);

      if (!g_str_has_prefix (lower, counts[i]))
        continue;
      while (*value == ' ')
        value++;
      return g_unichar_isdigit (g_utf8_get_char (value));
    }
  return FALSE;
}

/* "[image: The Valley Ledger]", "[afbeelding: …]": a mail program's
 * stand-in for a picture in a message's plain text (in lower case, or
 * in a copy that is a newsletter's: a reader's "[Image: …]" is the
 * caption, read elsewhere) */
static gboolean
is_mail_picture (const char *line,
                 gboolean    any_case)
{
  static const char * const labels[] = {
    "[image: ", "[afbeelding: ", "[bild: ", "[imagen: ", "[immagine: ", "[imagem: ", "[obraz: ", "[resim: ",
    "[изображение: ", "[gambar: ", "[εικόνα: ", "[תמונה: ", "[صورة: ", "[تصویر: ", "[画像: ", "[图片: ",
    "[이미지: ", "[รูปภาพ: ", "[picha: ", "[छवि: ", NULL
  };

  g_autofree char *lower = NULL;

  if (!g_str_has_suffix (line, "]") || strlen (line) > 400)
    return FALSE;
  if (!any_case)
    return _byline_import_opens_with_any (line, labels);
  lower = _byline_import_lower (line);
  return _byline_import_opens_with_any (lower, labels);
}

/* "Bekijk deze e-mail in je browser", "Im Browser ansehen": a
 * newsletter's link to its web copy, in lower case */
static gboolean
is_web_copy_link (const char *lower)
{
  static const char * const lines[] = {
    "bekijk deze e-mail in je browser", "bekijk in browser", "bekijk deze e-mail online", "im browser ansehen",
    "im browser anzeigen", "e-mail im browser ansehen", "voir dans le navigateur", "afficher dans le navigateur",
    "voir la version en ligne", "ver en el navegador", "ver en navegador", "ver no navegador",
    "visualizza nel browser", "visualizza nel browser web", "zobacz w przeglądarce", "tarayıcıda görüntüle",
    "открыть в браузере", "lihat di browser", "προβολή στο πρόγραμμα περιήγησης", "לצפייה בדפדפן",
    "عرض في المتصفح", "مشاهده در مرورگر", "اس ای میل کو براؤزر میں دیکھیں", "براؤزر میں دیکھیں",
    "ब्राउज़र में देखें", "ブラウザで表示", "在浏览器中查看", "브라우저에서 보기", "ดูในเบราว์เซอร์",
    "tazama kwenye kivinjari", NULL
  };

  return g_strv_contains (lines, lower);
}

/* "MORNING BRIEFING | Wednesday, March 4, 2026": the issue's name and
 * its date, over the story */
static gboolean
is_issue_line (const char *line)
{
  g_auto(GStrv) parts = NULL;
  g_auto(GStrv) names = NULL;

  if (strlen (line) > 120 || strstr (line, " | ") == NULL)
    return FALSE;
  parts = g_strsplit (line, " | ", -1);
  /* (not a writer's or an agency's name with the date, "By Tom Reid |
   * March 3, 2023") */
  if (g_strv_length (parts) != 2 || _byline_import_count_words (parts[0]) > 5 ||
      _byline_import_ends_with_punctuation (parts[0]) || strchr (parts[0], ':') != NULL ||
      _byline_import_is_agency (parts[0]) || (names = _byline_import_parse_byline (parts[0])) != NULL)
    return FALSE;
  return _byline_import_is_header_date (parts[1], NULL);
}

/* Whether one of the few lines from @from on is a date line of the
 * story's own ("March 3, 2026 - 23:50") */
static gboolean
has_date_under (GPtrArray *lines,
                guint      from)
{
  for (guint i = from, seen = 0; i < lines->len && seen < 6; i++)
    {
      const char *line = g_ptr_array_index (lines, i);

      if (line[0] == '\0')
        continue;
      seen++;
      if (strlen (line) <= 200 && _byline_import_is_header_date (line, NULL))
        return TRUE;
    }
  return FALSE;
}

/* Whether the line at @i is a writer's line ("By Carla Mendes") with
 * the story's headline and its date line under it, the examples' shape */
static gboolean
is_byline_over_story (GPtrArray *lines,
                      guint      i)
{
  g_auto(GStrv) names = _byline_import_parse_byline (g_ptr_array_index (lines, i));
  guint next = i + 1;
  const char *headline;

  if (names == NULL)
    return FALSE;
  while (next < lines->len && ((const char *) g_ptr_array_index (lines, next))[0] == '\0')
    next++;
  if (next >= lines->len)
    return FALSE;
  headline = g_ptr_array_index (lines, next);
  return !_byline_import_ends_with_punctuation (headline) && _byline_import_count_words (headline) >= 3 &&
         !_byline_import_is_header_date (headline, NULL) && has_date_under (lines, next + 1);
}

/* "Unsubscribe | Manage preferences", "Afmelden": the newsletter's way
 * out, in lower case */
static gboolean
is_unsubscribe_line (const char *lower)
{
  static const char * const words[] = {
    "unsubscribe", "afmelden", "uitschrijven", "abmelden", "abbestellen", "désabonner", "désinscri",
    "darse de baja", "darte de baja", "cancelar suscripción", "cancelar inscrição", "descadastr",
    "disiscriviti", "annulla l'iscrizione", "wypisz się", "rezygnuj z subskrypcji", "abonelikten çık",
    "отписаться", "berhenti berlangganan", "διαγραφή", "הסרה מרשימת", "להסרה", "إلغاء الاشتراك",
    "لغو اشتراک", "ان سبسکرائب", "अनसब्सक्राइब", "सदस्यता रद्द", "配信停止", "退订", "取消订阅",
    "수신거부", "구독 취소", "ยกเลิกการรับ", "jiondoe", NULL
  };

  /* (a link's words, no sentence: "Readers may unsubscribe at any
   * time." is a story's) */
  if (strlen (lower) > 200 || _byline_import_count_words (lower) > 12 || _byline_import_ends_with_punctuation (lower))
    return FALSE;
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (strstr (lower, words[i]) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* "You received this email because …", "Forward this email to a
 * friend", "Deze nieuwsbrief doorsturen": the newsletter's lines over
 * its way out, in lower case */
static gboolean
is_mailing_line (const char *lower)
{
  static const char * const words[] = {
    "this email", "this e-mail", "this newsletter", "you received", "you are receiving", "you're receiving",
    "forward to a friend", "deze e-mail", "deze nieuwsbrief", "je ontvangt", "u ontvangt", "diese e-mail",
    "diesen newsletter", "sie erhalten", "du erhältst", "cet e-mail", "cette lettre", "vous recevez",
    "este correo", "este boletín", "recibes", "este e-mail", "você recebe", "questa email", "questa newsletter",
    "ricevi", "ten e-mail", "ten newsletter", "otrzymujesz", "bu e-posta", "bu bülten", "это письмо",
    "email ini", "αυτό το email", "הודעה זו", "هذه الرسالة", "این ایمیل", "یہ ای میل", "यह ईमेल",
    "このメール", "本邮件", "이 메일", "อีเมลนี้", "barua pepe hii", NULL
  };

  if (strlen (lower) > 300)
    return FALSE;
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (strstr (lower, words[i]) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* The newsletter's foot: its way out ("Unsubscribe | …") among the last
 * lines, with the lines under it (the sender's address) and the
 * mailing's lines right over it */
static void
take_newsletter_foot (GPtrArray *lines,
                      GString   *note)
{
  guint seen = 0;
  guint out = lines->len;
  guint from;

  for (guint i = lines->len; i > 0 && seen < MAX_FOOT; i--)
    {
      const char *line = g_ptr_array_index (lines, i - 1);
      g_autofree char *lower = NULL;

      if (line[0] == '\0')
        continue;
      seen++;
      lower = _byline_import_lower (line);
      if (is_unsubscribe_line (lower))
        {
          out = i - 1;
          break;
        }
      /* (the sender's address under it: a short line; no paragraph) */
      if (_byline_import_count_words (line) > 12)
        return;
    }
  if (out == lines->len)
    return;
  for (from = out; from > 0; from--)
    {
      const char *line = g_ptr_array_index (lines, from - 1);
      g_autofree char *lower = NULL;

      if (line[0] == '\0')
        continue;
      lower = _byline_import_lower (line);
      if (!is_mailing_line (lower) && !is_mail_picture (line, TRUE))
        break;
    }
  for (guint i = from; i < lines->len; i++)
    {
      if (((const char *) g_ptr_array_index (lines, i))[0] != '\0')
        to_note (lines, i, note);
    }
}

/**
 * _byline_import_take_tool_wrapping:
 * @lines: (element-type utf8): the copy's trimmed lines, blank ones empty
 * @note: where the lines go
 *
 * Blanks out of @lines, into @note, what a word processor's draft or a
 * newsletter's mail put around the story (see the top of this file).
 */
void
_byline_import_take_tool_wrapping (GPtrArray *lines,
                                   GString   *note)
{
  gboolean newsletter = FALSE;
  guint seen = 0;

  /* (a newsletter's: a picture's stand-in, a link to its web copy over
   * the story, its way out under it) */
  for (guint i = 0; i < lines->len && !newsletter; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      g_autofree char *lower = _byline_import_lower (line);

      newsletter = is_mail_picture (line, FALSE) || is_web_copy_link (lower) ||
                   (i + MAX_FOOT >= lines->len && is_unsubscribe_line (lower));
    }

  /* Over the story: up to its first sentence-long line */
  for (guint i = 0; i < lines->len && seen < MAX_TOP; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      g_autofree char *lower = NULL;

      if (line[0] == '\0')
        continue;
      seen++;
      if (_byline_import_count_words (line) > 15 && _byline_import_ends_with_punctuation (line))
        break;
      lower = _byline_import_lower (line);
      /* (the issue's date stays for a story that names none) */
      if (newsletter && is_issue_line (line))
        {
          char *date = has_date_under (lines, i + 1) ? NULL : g_strdup (strstr (line, " | ") + strlen (" | "));

          to_note (lines, i, note);
          if (date != NULL)
            {
              g_free (g_ptr_array_index (lines, i));
              g_ptr_array_index (lines, i) = date;
            }
        }
      else if (is_desk_line (line) || is_web_copy_link (lower))
        to_note (lines, i, note);
    }

  /* (the newsletter's own name and motto over a story that opens with
   * its writer, headline and date: "THE MORNING DISPATCH" / "Your daily
   * briefing from the Northbay Post" / "By Carla Mendes") */
  for (guint i = 0, top = 0; newsletter && i < lines->len && top < MAX_TOP; i++)
    {
      const char *line = g_ptr_array_index (lines, i);

      if (line[0] == '\0' || is_mail_picture (line, TRUE))
        continue;
      if (is_byline_over_story (lines, i))
        {
          for (guint j = 0; j < i; j++)
            {
              const char *above = g_ptr_array_index (lines, j);

              if (above[0] != '\0' && !is_mail_picture (above, TRUE))
                to_note (lines, j, note);
            }
          break;
        }
      /* (a sentence over the byline: the story's, or a letter's) */
      if (_byline_import_ends_with_punctuation (line) || _byline_import_count_words (line) > 12)
        break;
      top++;
    }

  /* (a picture's stand-in, wherever it is) */
  for (guint i = 0; i < lines->len; i++)
    {
      if (is_mail_picture (g_ptr_array_index (lines, i), newsletter))
        to_note (lines, i, note);
    }

  take_newsletter_foot (lines, note);
}

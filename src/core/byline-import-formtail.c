/* byline-import-formtail.c: the comment form under a story, read from
 * its captcha, in any language
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A site's comment form ends the copy: its heading ("Lascia un
 * commento", "Deixe seu comentário", "コメントを書く"), a notice
 * ("Yorumunuz onaylandıktan sonra yayımlanacaktır."), its labels, the
 * arithmetic captcha and the button ("Invia commento", "Gönder", "送信").
 * The stock lists know the form in the languages they were written for;
 * the captcha, a sum left unanswered, is the same in every language, so
 * the form is read from it: the lines between it and the nearest line
 * that heads the form, and the buttons under it, are the form's.
 *
 * A line heads the form when it is short, ends no sentence and names
 * comments in the page's language ("comment", "commento", "yorum",
 * "комментарий", "تعليق", "コメント"…); a heading the stock lists know
 * ("Lascia un commento") may stand further up, over the form's notice.
 * Nothing here reaches over a line that is not the form's (a sentence
 * that speaks neither of comments nor of the reader's address, a
 * quotation, a paragraph): a story's last paragraph stays, even under a
 * line the stock lists know ("3 comments").
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-calendar.h"
#include "byline-import-private.h"

/* How far the form may reach over the captcha, in lines that are not
 * blank, and how long a line of it may be */
#define MAX_FORM_LINES 12
#define MAX_FORM_WORDS 25
#define MAX_HEADING_WORDS 6
#define MAX_BUTTON_WORDS 4

/* "Comment", "reply" in the languages Byline reads, as they start or sit
 * inside the words of a form's heading or button, lower-cased */
static const char * const comment_words[] = {
  "comment", "koment", "coment", "kommentar", "yorum", "коммент", "ответ", "reply", "répon", "respuest",
  "respost", "rispost", "antwort", "odpowied", "balas", "reactie", "reageer", "kommenter", "kommentti",
  "hozzászól", "σχόλι", "תגובה", "تعليق", "التعليق", "ردود", "نظر", "دیدگاه", "تبصر", "टिप्पणी", "কমেন্ট",
  "মন্তব্য", "ความคิดเห็น", "bình luận", "コメント", "返信", "评论", "評論", "留言", "回复", "댓글", "maoni",
  /* Icelandic, Georgian, Kazakh, Mongolian, Nepali, Hausa, Khmer,
   * Armenian, Pashto (Slovenian's and Albanian's "koment" is above) */
  "athugasemd", "კომენტარ", "пікір", "сэтгэгдэл", "प्रतिक्रिया", "sharhi", "មតិ", "մեկնաբան", "خپل نظر",
  /* Azerbaijani, Uzbek, Welsh, Macedonian (and Serbian, Bulgarian,
   * Ukrainian's one "м"), Malayalam, Sorani Kurdish */
  "şərh", "izoh", "изоҳ", "sylwad", "gadael sylw", "gadewch sylw", "комент", "അഭിപ്രായ", "കമന്റ", "لێدوان",
  NULL
};

static char *
plain_line (GPtrArray *lines,
            guint      i)
{
  const char *line = g_ptr_array_index (lines, i);

  return line[0] != '\0' && strlen (line) <= 1000 ? _byline_import_plain_spaces (line) : NULL;
}

static gboolean
names_comments (const char *line)
{
  g_autofree char *lower = _byline_import_lower (line);

  return _byline_import_contains_any (lower, comment_words);
}

/* Words a form prints, not a story's: no quotation, not a paragraph */
static gboolean
is_form_sized (const char *line)
{
  return _byline_import_count_words (line) <= MAX_FORM_WORDS && strlen (line) <= 240 &&
         !_byline_import_has_quote_mark (line) && strchr (line, '"') == NULL;
}

/* "Deixe seu comentário", "Comment *", "コメントを書く" (a required field's
 * star is no sentence's end) */
static gboolean
is_form_heading (const char *line)
{
  g_autofree char *bare = g_strdup (line);

  g_strchomp (g_strdelimit (bare, "*", ' '));
  return bare[0] != '\0' && _byline_import_count_words (bare) <= MAX_HEADING_WORDS &&
         !_byline_import_ends_with_punctuation (bare) && names_comments (bare) && is_form_sized (bare);
}

/* "Gönder", "Invia commento", "Post Comment" under the sum; or a form's
 * own line about comments ("Salva il mio nome… la prossima volta che
 * commento.") */
static gboolean
is_form_foot (const char *line)
{
  if (_byline_import_count_words (line) <= MAX_BUTTON_WORDS && g_utf8_strlen (line, -1) <= 32 &&
      !_byline_import_ends_with_punctuation (line) && !_byline_import_has_quote_mark (line) &&
      strpbrk (line, "0123456789") == NULL)
    return TRUE;
  return is_form_sized (line) && names_comments (line);
}

/* A mail address's field and its notice ("Il tuo indirizzo email non sarà
 * pubblicato."), in the languages Byline reads */
static const char * const mail_words[] = {
  "mail", "correo", "почт", "posta", "ایمیل", "البريد", "メール", "邮箱", "郵件", "이메일", "netfang", "pošt",
  "ფოსტა", "пошта", "имэйл", "इमेल", "imel", "អ៊ីមែល", "փոստ", "برېښنالیک", "بریښنالیک", "poçt", "pochta",
  "почта", "bost", "ഇമെയിൽ", "ഇ-മെയിൽ", "ئیمەیڵ", "ئیمێڵ", NULL
};

/* What a sum is asked with after it ("3 + 5 нешеге тең?", "2 + 7
 * რამდენია?", "४ + ३ कति हुन्छ?", "3 + 4 neçədir?"), lower-cased, the
 * question mark left off */
static const char * const asked_after[] = {
  "нешеге тең", "неге тең", "қанша", "хэд вэ", "хэдтэй тэнцүү вэ", "хэд болох вэ", "რას უდრის", "რამდენია",
  "հավասար է", "कति हुन्छ", "कति", "ស្មើប៉ុន្មាន", "ប៉ុន្មាន", "څو کیږي", "څو کېږي", "څو دی", "څومره کیږي",
  "jafngildir", "je enako", "është", "nawa ne", "neçədir", "neçə edir", "nechaga teng", "nechchi", "qancha",
  "нечага тенг", "е еднакво на", "എത്ര", "دەکاتە چەند", "چەندە", NULL
};

/* Reads a number of ASCII figures at *@p */
static gboolean
read_figures (const char **p)
{
  const char *start = *p;

  while (g_ascii_isdigit (**p))
    (*p)++;
  return *p > start;
}

/* "3 + 5 нешеге тең?", "Որքա՞ն է 3 + 6-ը" (the Armenian question mark on
 * the question's word, the sum's case ending on its figure), "៣ + ៤ = ?"
 * (Khmer's figures): an arithmetic captcha asked in the words of more
 * languages, a short line whose only figures are the sum's */
static gboolean
is_locale_captcha (const char *line)
{
  static const char * const operators[] = { "+", "-", "×", "x", "*", "−", NULL };
  g_autofree char *khmer = _byline_import_khmer_digits_to_ascii (line);
  g_autofree char *ascii = byline_calendar_digits_to_ascii (khmer != NULL ? khmer : line);
  g_autofree char *rest = NULL;
  const char *p = ascii, *q;
  guint op;

  if (khmer != NULL && _byline_import_is_captcha (khmer))
    return TRUE;
  if (_byline_import_count_words (ascii) > 10)
    return FALSE;
  while (*p != '\0' && !g_ascii_isdigit (*p))
    p++;
  q = p;
  if (!read_figures (&q))
    return FALSE;
  while (*q == ' ')
    q++;
  for (op = 0; operators[op] != NULL && !g_str_has_prefix (q, operators[op]); op++)
    ;
  if (operators[op] == NULL)
    return FALSE;
  q += strlen (operators[op]);
  while (*q == ' ')
    q++;
  if (!read_figures (&q) || strpbrk (q, "0123456789") != NULL)
    return FALSE;
  /* (Armenian's case ending on the figure: "6-ը", "6-ի") */
  if (g_str_has_prefix (q, "-ը") || g_str_has_prefix (q, "-ի"))
    q += strlen ("-ը");
  rest = g_strstrip (_byline_import_lower (q));
  if (g_str_has_suffix (rest, "?") || g_str_has_suffix (rest, "؟"))
    rest[strlen (rest) - (g_str_has_suffix (rest, "?") ? 1 : strlen ("؟"))] = '\0';
  g_strchomp (rest);
  if (rest[0] == '\0')
    return strstr (ascii, "՞") != NULL || (g_str_has_suffix (q, "?") && p > ascii);
  return g_strv_contains (asked_after, rest);
}

/* What a form prints between its heading and its sum: its labels and
 * buttons, a line about comments or the reader's address, a required
 * field's star; never a sentence of the story's */
static gboolean
is_form_line (const char *line)
{
  g_autofree char *lower = NULL;

  if (is_form_foot (line) || _byline_import_is_boilerplate (line))
    return TRUE;
  if (!is_form_sized (line))
    return FALSE;
  lower = _byline_import_lower (line);
  return g_str_has_suffix (line, "*") || _byline_import_contains_any (lower, mail_words);
}

/**
 * _byline_import_drop_form_tail:
 * @lines: (element-type utf8): the copy's trimmed lines, blank ones empty
 * @dropped: for each line, whether it was blanked (set here for the
 *   form's lines)
 *
 * Marks the comment form under the story as dropped when an arithmetic
 * captcha ends the copy (see the top of this file); the rest is left as
 * it is.
 */
void
_byline_import_drop_form_tail (GPtrArray *lines,
                               gboolean  *dropped)
{
  guint captcha = G_MAXUINT;
  guint first = G_MAXUINT;
  guint seen = 0;

  /* The captcha: under it only the form's buttons and lines */
  for (guint i = lines->len; i > 0 && seen <= MAX_FORM_LINES; i--)
    {
      g_autofree char *plain = dropped[i - 1] ? NULL : plain_line (lines, i - 1);

      if (plain == NULL)
        continue;
      seen++;
      if (_byline_import_is_captcha (plain) || is_locale_captcha (plain))
        {
          captcha = i - 1;
          break;
        }
      if (!is_form_foot (plain) && !_byline_import_is_boilerplate (plain))
        return;
    }
  if (captcha == G_MAXUINT)
    return;

  /* Over it, up to the nearest heading of the form, or further to a
   * heading the stock lists know, over the lines of a form */
  seen = 0;
  for (guint i = captcha; i > 0 && seen < MAX_FORM_LINES; i--)
    {
      g_autofree char *plain = plain_line (lines, i - 1);

      if (plain == NULL)
        continue;
      seen++;
      if (!is_form_sized (plain))
        break;
      if (first == G_MAXUINT ? is_form_heading (plain)
                             : _byline_import_is_boilerplate (plain) && names_comments (plain))
        first = i - 1;
      else if (!is_form_line (plain))
        break;
    }

  for (guint i = first == G_MAXUINT ? captcha : first; i < lines->len; i++)
    {
      if (((const char *) g_ptr_array_index (lines, i))[0] != '\0')
        dropped[i] = TRUE;
    }
}

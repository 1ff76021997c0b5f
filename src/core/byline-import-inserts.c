/* byline-import-inserts.c: what a web page puts into and under a story
 * that is not the story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Between a story's paragraphs a copy catches the page's markers for
 * advertising ("Advertisement", "Story continues below advertisement",
 * "Continue reading the main story"), rows of sharing buttons ("Share:
 * Facebook · X · Copy link") and newsletter boxes ("Sign up for
 * our newsletter" / a line about the inbox / "Sign up"); under it, the
 * readers' comments before the comment form ("3 comments", then each
 * reader's name, the comment's date, its text and "Reply"). They are
 * dropped here, line by line, only when their shape is sure: a marker is
 * made of its own few words only, a box's lines all speak of the
 * newsletter, a comment has a name and a date over its text. Anything
 * else stays in the story. A picture's caption and credit, a sign-off
 * ("Reporting by …; Editing by …") and a correction ("This article was
 * amended …") belong to the story and are left alone.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-calendar.h"
#include "byline-import.h"
#include "byline-import-private.h"

/* The words an advertising marker is made of; one of the "ad" words, or
 * a word of going on and one of reading or place, must be among them
 * ("Advertising" alone may head a part of a story about it) */
static const char * const ad_words[] = {
  "advertisement", "ad", "ads", "sponsored", "anzeige", "werbung", "publicité", "publicidad",
  "anuncio", "تبلیغات", "آگهی", "إعلان", "الإعلان", "реклама", NULL
};

static const char * const going_on_words[] = {
  "continue", "continues", "weiterlesen", "fortgesetzt", "suite", "sigue", "continúa", "ادامه", "تابع", NULL
};

static const char * const reading_words[] = {
  "reading", "below", "after", "nach", "unter", "après", "leyendo", "después", "مطلب", "القراءة", NULL
};

static const char * const filler_words[] = {
  "the", "this", "main", "story", "article", "scroll", "to", "with", "content", "skip", "close", "hide",
  "remove", "report",
  "here", "der", "die", "dem", "artikel", "wird", "la", "le", "de", "cette", "l'article", "del", "el",
  "artículo", "در", "زیر", "أسفل", "-", "–", "—", "·", "|", ":", "…", NULL
};

/* A row of sharing buttons: "Share: Facebook · X · Email · Copy link" */
static const char * const share_words[] = {
  "share", "facebook", "x", "twitter", "linkedin", "whatsapp", "telegram", "pinterest", "reddit", "bluesky",
  "threads", "messenger", "flipboard", "mastodon", "copy", "teilen", "partager", "compartir", "اشتراک‌گذاری",
  "اشتراک", "شارك", "مشاركة", NULL
};

static const char * const share_fillers[] = {
  "this", "article", "story", "page", "on", "via", "to", "clipboard", "email", "e-mail", "mail", "print", "save",
  "gift",
  "the", "artikel", "link", "kopieren", "auf", "per", "l'article", "cet", "sur", "le", "lien", "copier", "par",
  "artículo", "el", "la", "en", "noticia", "copiar", "enlace", "گذاری", "لینک", "کپی", "الخبر", "رابط",
  "نسخ", "-", "–", "·", "|", "/", ":", "•", NULL
};

/* A newsletter box: its prompt, its lines and its button */
static const char * const newsletter_words[] = {
  "newsletter", "newsletters", "briefing", "bulletin", "inbox", "infolettre", "lettre d'information",
  "boletín", "postfach", "خبرنامه", "النشرة", NULL
};

static const char * const sign_up_words[] = {
  "sign up", "signup", "subscribe", "get our", "get the", "register", "abonnieren", "anmelden",
  "inscrivez", "abonnez", "inscríbete", "suscríbete", "suscribirse", "recibe", "عضویت", "مشترک", "اشترك",
  "سجل", "je m'inscris", "subscrever", "inscreva-se", "assine", NULL
};

static const char * const box_words[] = {
  "inbox", "newsletter", "privacy", "unsubscribe", "sign up", "subscribe", "email address", "your email",
  "e-mail-adresse", "datenschutz", "abbestellen", "boîte", "confidentialité", "désinscrire", "désabonner",
  "bandeja de entrada", "boletín", "privacidad", "darte de baja", "ایمیل", "خبرنامه", "بريدك", "النشرة",
  NULL
};

/* Readers' comments: the head over them, a comment's actions */
static const char * const comment_nouns[] = {
  "comments", "comment", "responses", "replies", "reader comments", "readers' comments", "readers’ comments",
  "kommentare", "leserkommentare", "commentaires", "comentarios", "دیدگاه", "دیدگاه‌ها", "نظر", "نظرات",
  "تعليقات", "التعليقات", "комментарии", "комментария", "комментариев", "комментарий", "yorum", "yorumlar",
  "un commentaire", "comentário", "comentários", "komentar", "تبصرے", "تبصرہ", NULL
};

static const char * const action_words[] = {
  "reply", "like", "likes", "report", "flag", "share", "antworten", "répondre", "responder", "پاسخ", "رد",
  "yanıtla", "ответить", "responda", "balas", "جواب", "jawab",
  "↓", "·", "•", "›", "|", "-", NULL
};

static const char * const day_words[] = {
  "today", "yesterday", "heute", "gestern", "aujourd'hui", "hier", "hoy", "ayer", "امروز", "دیروز", "اليوم",
  "أمس", NULL
};

static const char * const says_words[] = {
  " says:", " says", " said:", " wrote:", " schreibt:", " sagt:", " a écrit :", " dit :", " dice:",
  " escribió:", " گفت:", " می‌گوید:", NULL
};

/* Whether any of @words is a substring of @lower */
gboolean
_byline_import_contains_any (const char         *lower,
                             const char * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (strstr (lower, words[i]) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* @line lower-cased, with plain spaces */
char *
_byline_import_lower_plain (const char *line)
{
  g_autofree char *plain = _byline_import_plain_spaces (line);

  return g_utf8_strdown (plain, -1);
}

/* A line that may be furniture (short enough to read twice, not empty),
 * lower-cased, with plain spaces */
static char *
lower_line (const char *line)
{
  if (line[0] == '\0' || strlen (line) > 400)
    return NULL;
  return _byline_import_lower_plain (line);
}

/* "Story continues below advertisement", "Advertisement - Scroll to
 * continue", "Continue reading the main story", "Weiterlesen nach der
 * Anzeige": a line made of the marker's own words only */
static gboolean
is_ad_marker (const char *lower)
{
  g_auto(GStrv) words = NULL;
  gboolean ad = FALSE, going_on = FALSE, reading = FALSE;
  guint n = 0;

  if (_byline_import_count_words (lower) > 8 || g_str_has_suffix (lower, ".") || g_str_has_suffix (lower, "?"))
    return FALSE;
  words = g_strsplit (lower, " ", -1);
  for (; words[n] != NULL; n++)
    {
      const char *word = words[n];

      if (word[0] == '\0')
        continue;
      if (g_strv_contains (ad_words, word))
        ad = TRUE;
      else if (g_strv_contains (going_on_words, word))
        going_on = TRUE;
      else if (g_strv_contains (reading_words, word))
        reading = TRUE;
      else if (!g_strv_contains (filler_words, word))
        return FALSE;
    }
  return ad || (going_on && reading);
}

/* "Share: Facebook · X · Email · Copy link", "Share this article Copy
 * link": two or more words, all of them the buttons' */
static gboolean
is_share_row (const char *lower)
{
  g_auto(GStrv) words = NULL;
  gboolean share = FALSE;
  guint n = 0;

  if (_byline_import_count_words (lower) > 14 || _byline_import_ends_with_punctuation (lower))
    return FALSE;
  words = g_strsplit_set (lower, " ,", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      char *word = words[i];
      gsize len = strlen (word);

      /* ("Share:") */
      if (len > 1 && word[len - 1] == ':')
        word[len - 1] = '\0';
      if (word[0] == '\0')
        continue;
      n++;
      if (g_strv_contains (share_words, word))
        share = TRUE;
      else if (!g_strv_contains (share_fillers, word))
        return FALSE;
    }
  return share && n >= 2;
}

/* "Sign up for our newsletter", "Get our free Morning Briefing!": a
 * heading (no full stop) of up to twelve words that asks for a sign-up
 * to a newsletter; or a line of up to twenty-five that opens with the
 * request ("Sign up for our newsletter to get the news every morning.":
 * a story's sentence tells of a sign-up, it does not ask for one) */
static gboolean
is_newsletter_prompt (const char *lower)
{
  static const char * const requests[] = {
    "sign up", "subscribe to", "get our", "register for", "abonnieren sie", "melden sie sich",
    "inscrivez-vous", "abonnez-vous", "suscríbete", "inscríbete", "عضویت", "مشترک شوید", "اشترك", NULL
  };
  guint words = _byline_import_count_words (lower);

  if (!_byline_import_contains_any (lower, newsletter_words) || !_byline_import_contains_any (lower, sign_up_words))
    return FALSE;
  if (words <= 12 && !g_str_has_suffix (lower, "."))
    return TRUE;
  for (guint i = 0; words <= 25 && requests[i] != NULL; i++)
    {
      if (g_str_has_prefix (lower, requests[i]))
        return TRUE;
    }
  return FALSE;
}

/* A newsletter box's line: its button ("Sign up", "Subscribe", "Enter
 * your email") or a line about the newsletter, the inbox, the privacy
 * notice */
static gboolean
is_box_line (const char *lower)
{
  if (_byline_import_count_words (lower) <= 4 && !_byline_import_ends_with_punctuation (lower) &&
      (_byline_import_contains_any (lower, sign_up_words) || strstr (lower, "email") != NULL || strstr (lower, "e-mail") != NULL))
    return TRUE;
  return _byline_import_count_words (lower) <= 35 &&
         (_byline_import_contains_any (lower, box_words) || _byline_import_contains_any (lower, newsletter_words));
}

/* "3 comments", "Comments (3)", "۳ دیدگاه", "2 thoughts on “…”": the head
 * over the readers' comments */
static gboolean
is_comments_head (const char *lower)
{
  g_autofree char *ascii = NULL;
  GString *rest;
  g_autofree char *noun = NULL;
  const char *title = strstr (lower, " “");

  /* (the post's title in quotation marks, however long: "One thought on
   * “Majuro water hours cut to two days a week …”") */
  if (title != NULL && g_str_has_suffix (lower, "”") && _byline_import_count_words (lower) <= 40)
    {
      g_autofree char *head = g_strndup (lower, title - lower);

      if (_byline_import_count_words (head) == 3 && (g_str_has_suffix (head, " on") || g_str_has_suffix (head, " to")) &&
          (strstr (head, " thought") != NULL || strstr (head, " response") != NULL || strstr (head, " repl") != NULL))
        return TRUE;
    }
  if (_byline_import_count_words (lower) > 8)
    return FALSE;
  if (_byline_import_is_boilerplate (lower) &&
      (strstr (lower, "thought") != NULL || strstr (lower, "response") != NULL || strstr (lower, "repl") != NULL))
    return TRUE;
  ascii = byline_calendar_digits_to_ascii (lower);
  rest = g_string_new (NULL);
  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (!g_ascii_isdigit (*p) && strchr ("():", *p) == NULL)
        g_string_append_c (rest, *p);
    }
  noun = g_strstrip (g_string_free (rest, FALSE));
  return g_strv_contains (comment_nouns, noun);
}

/* "Reply", "Like · Reply", "Reply ↓", "12 likes": a comment's actions */
static gboolean
is_action_line (const char *lower)
{
  g_auto(GStrv) words = g_strsplit (lower, " ", -1);
  gboolean action = FALSE;
  guint n = 0;

  for (; words[n] != NULL; n++)
    {
      g_autofree char *ascii = byline_calendar_digits_to_ascii (words[n]);

      gsize digits = strspn (ascii, "0123456789");

      /* (a count, "(3)", or a time ago, "2h", "5m") */
      if (ascii[0] == '\0' || strspn (ascii, "0123456789()") == strlen (ascii) ||
          (digits > 0 && strlen (ascii) - digits <= 3 && strspn (ascii + digits, "hmdwy") == strlen (ascii) - digits))
        continue;
      if (!g_strv_contains (action_words, words[n]))
        return FALSE;
      action |= g_ascii_isalpha (words[n][0]) || (guchar) words[n][0] >= 0xC0;
    }
  return action && n <= 6;
}

/* A reader's name: up to five words, no sentence, no figure ("Maria K.",
 * "Peter", "مریم احمدی"), with what a page puts after it ("says:") cut */
static gboolean
is_reader_name (const char *lower)
{
  g_autofree char *name = g_strdup (lower);
  gsize len;

  for (guint i = 0; says_words[i] != NULL; i++)
    {
      if (g_str_has_suffix (name, says_words[i]))
        name[strlen (name) - strlen (says_words[i])] = '\0';
    }
  len = strlen (name);
  /* (an initial's full stop: "Maria K.") */
  if (len >= 3 && name[len - 1] == '.' && name[len - 3] == ' ')
    name[len - 1] = '\0';
  return name[0] != '\0' && strlen (name) <= 60 && _byline_import_count_words (name) <= 5 &&
         _byline_import_has_letter (name) && !_byline_import_ends_with_punctuation (name) &&
         strpbrk (name, "0123456789:") == NULL && !_byline_import_is_boilerplate (name);
}

/* A comment's date: a date line, a relative time ("2 hours ago"), a
 * short line with a figure and a month's name ("March 3, 2023 at 10:02
 * am", "۱۲ اسفند ۱۴۰۱ ساعت ۱۱:۳۰") or a day's name and a time
 * ("Yesterday at 10:02") */
static gboolean
is_comment_date (const char *line)
{
  g_auto(GStrv) words = NULL;
  g_autofree char *ascii = NULL;

  if (strlen (line) > 80 || _byline_import_count_words (line) > 10)
    return FALSE;
  if (_byline_import_is_relative_time (line) || _byline_import_is_header_date (line, NULL))
    return TRUE;
  ascii = byline_calendar_digits_to_ascii (line);
  if (strpbrk (ascii, "0123456789") == NULL)
    return FALSE;
  words = g_strsplit_set (line, " ,.", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *lower = g_utf8_strdown (words[i], -1);

      if (_byline_import_parse_month (words[i]) > 0)
        return TRUE;
      /* "Yesterday at 10:02", "Heute, 10:02 Uhr" */
      if (g_strv_contains (day_words, lower) && strchr (ascii, ':') != NULL && _byline_import_count_words (line) <= 6)
        return TRUE;
    }
  return FALSE;
}

/* The next filled line from @i, over at most one blank line */
static guint
next_filled (GPtrArray *lines,
             guint      i)
{
  if (i < lines->len && ((const char *) g_ptr_array_index (lines, i))[0] == '\0')
    i++;
  return i;
}

static gboolean
is_filled (GPtrArray *lines,
           guint      i)
{
  return i < lines->len && ((const char *) g_ptr_array_index (lines, i))[0] != '\0';
}

/* A newsletter box read from its button up, @lower at @i ("Sign up"):
 * two lines or more of the box right over it, one of them about the
 * newsletter or the inbox ("Get Anchorage news in your inbox every
 * weekday morning." / "Email address"), and the newsletter's name over
 * them, a short line opening the paragraph ("The Morning Ledger").
 * Returns where the box starts, or @i when it is none. */
static guint
box_over_button (GPtrArray  *lines,
                 guint       i,
                 const char *lower)
{
  guint top = i, n = 0;
  gboolean about = FALSE;

  if (_byline_import_count_words (lower) > 4 || _byline_import_ends_with_punctuation (lower) ||
      !_byline_import_contains_any (lower, sign_up_words))
    return i;
  while (top > 0 && is_filled (lines, top - 1))
    {
      g_autofree char *box = lower_line (g_ptr_array_index (lines, top - 1));
      g_autofree char *over = top > 1 && is_filled (lines, top - 2) ? lower_line (g_ptr_array_index (lines, top - 2)) : NULL;

      /* (its description under its heading: "Newsletter" / "Recevez
       * chaque matin l'essentiel …" / "Je m'inscris") */
      if (box != NULL && !is_box_line (box) && n == 0 && _byline_import_count_words (box) <= 25 && over != NULL &&
          _byline_import_count_words (over) <= 4 && _byline_import_contains_any (over, newsletter_words))
        {
          n++;
          top--;
          continue;
        }
      if (box == NULL || !is_box_line (box))
        break;
      about |= _byline_import_contains_any (box, newsletter_words);
      n++;
      top--;
    }
  if (n < 2 || !about)
    return i;
  if (top > 0 && is_filled (lines, top - 1) && (top == 1 || !is_filled (lines, top - 2)))
    {
      const char *name = g_ptr_array_index (lines, top - 1);

      if (_byline_import_count_words (name) <= 5 && !_byline_import_ends_with_punctuation (name))
        top--;
    }
  return top;
}

/* Whether a comment opens at @i: a reader's name over a date, or "Name ·
 * date" on one line; sets @text to where its text starts. With @undated,
 * a name over the text will do, and sets @undated. */
static gboolean
opens_comment (GPtrArray *lines,
               guint      i,
               guint     *text,
               gboolean  *undated)
{
  const char *line;
  g_autofree char *lower = NULL;
  guint date;

  if (!is_filled (lines, i) || (lower = lower_line ((line = g_ptr_array_index (lines, i)))) == NULL)
    return FALSE;
  if (is_reader_name (lower))
    {
      date = next_filled (lines, i + 1);
      if (is_filled (lines, date) && is_comment_date (g_ptr_array_index (lines, date)))
        {
          *text = date + 1;
          return TRUE;
        }
      /* (a name over the text alone: when the caller asks) */
      if (undated == NULL)
        return FALSE;
      *undated = TRUE;
      *text = i + 1;
      return TRUE;
    }
  for (const char *const *sep = (const char * const[]) { " · ", " • ", " | ", " – ", " — ", " - ", NULL }; *sep; sep++)
    {
      const char *at = strstr (line, *sep);
      g_autofree char *name = NULL;

      if (at == NULL)
        continue;
      name = g_utf8_strdown (line, at - line);
      if (is_reader_name (name) && is_comment_date (at + strlen (*sep)))
        {
          *text = i + 1;
          return TRUE;
        }
      return FALSE;
    }
  return FALSE;
}

/* Where a comment's actions end when they come under more of its text
 * (up to three more paragraphs, no next comment or form between) from
 * @j, or 0 */
static guint
actions_after (GPtrArray *lines,
               guint      j)
{
  guint paragraphs = 0;

  for (; j < lines->len && paragraphs <= 3; j++)
    {
      const char *line = g_ptr_array_index (lines, j);
      g_autofree char *lower = lower_line (line);
      guint text;

      if (line[0] == '\0')
        {
          paragraphs++;
          continue;
        }
      if (lower != NULL && is_action_line (lower))
        return j + 1;
      if (opens_comment (lines, j, &text, NULL) || (lower != NULL && _byline_import_is_boilerplate (line)))
        return 0;
    }
  return 0;
}

/* How far from @i readers' comments run (@i when none): one comment or
 * more, each a name, a date and text, up to the page's form or the end.
 * Without a head over them (@headed false), every comment must end in
 * its actions ("Reply"); under a head, a comment without a date must. */
static guint
comments_end (GPtrArray *lines,
              guint      i,
              gboolean   headed)
{
  gboolean undated = FALSE;
  guint start = i;
  guint end = i;
  guint text;

  while (i < lines->len && ((const char *) g_ptr_array_index (lines, i))[0] == '\0')
    i++;
  while (opens_comment (lines, i, &text, headed ? &undated : NULL))
    {
      gboolean acted = FALSE;
      guint filled = 0;
      guint j = next_filled (lines, text);

      /* The text: one paragraph (more would be the story's, when unsure),
       * up to its actions, the next comment or the form */
      for (; j < lines->len; j++)
        {
          const char *line = g_ptr_array_index (lines, j);
          g_autofree char *lower = lower_line (line);
          guint next;

          if (line[0] == '\0' || (lower != NULL && _byline_import_is_boilerplate (line) && !is_action_line (lower)) ||
              (filled > 0 && opens_comment (lines, j, &next, NULL)))
            break;
          if (lower != NULL && is_action_line (lower))
            {
              acted = TRUE;
              j++;
              break;
            }
          filled++;
        }
      /* (its actions under a blank line, or under more paragraphs of
       * its text: only when the actions are found) */
      if (filled > 0 && !acted)
        {
          guint more = actions_after (lines, j);

          if (more > 0)
            {
              acted = TRUE;
              j = more;
            }
        }
      if (filled == 0 || ((!headed || undated) && !acted))
        break;
      undated = FALSE;
      end = i = j;
      while (i < lines->len && ((const char *) g_ptr_array_index (lines, i))[0] == '\0')
        i++;
    }
  /* (what follows must be the page's form or nothing: else this was no
   * list of comments, and the story may go on) */
  if (i < lines->len)
    {
      g_autofree char *lower = lower_line (g_ptr_array_index (lines, i));

      if (lower == NULL || !_byline_import_is_boilerplate (lower))
        return start;
    }
  return end;
}

static void
blank (GPtrArray *lines,
       gboolean  *dropped,
       guint      from,
       guint      to)
{
  for (guint i = from; i < to; i++)
    {
      dropped[i] |= ((const char *) g_ptr_array_index (lines, i))[0] != '\0';
      g_free (g_ptr_array_index (lines, i));
      g_ptr_array_index (lines, i) = g_strdup ("");
    }
}

/* "sooyeon@yna.co.kr": an e-mail address and nothing else */
static gboolean
is_lone_address (const char *lower)
{
  const char *at = strchr (lower, '@');

  return at != NULL && at > lower && strchr (at, '.') != NULL && strchr (at + 1, '@') == NULL &&
         strspn (lower, "abcdefghijklmnopqrstuvwxyz0123456789@._-+") == strlen (lower);
}

/**
 * _byline_import_heads_story_part:
 * @lines: (element-type utf8): the copy's trimmed lines, blank ones empty
 * @i: a line under a heading of links ("Related stories")
 *
 * Whether line @i, a paragraph of its own, heads the story's next part:
 * a sentence of eight words or more, not the page's copyright line,
 * follows it over a blank line ("What riders can expect" / "Fares stay
 * …"). A list of links is not followed
 * by the story; the story goes on under its subheading.
 */
gboolean
_byline_import_heads_story_part (GPtrArray *lines,
                                 guint      i)
{
  const char *next;

  if (i == 0 || i + 2 >= lines->len || ((const char *) g_ptr_array_index (lines, i - 1))[0] != '\0' ||
      ((const char *) g_ptr_array_index (lines, i + 1))[0] != '\0')
    return FALSE;
  next = g_ptr_array_index (lines, i + 2);
  /* (the page's copyright line under the last link is no story) */
  return _byline_import_count_words (next) >= 8 && _byline_import_ends_with_punctuation (next) &&
         !_byline_import_is_copyright (next);
}

/**
 * _byline_import_drop_inserts:
 * @lines: (element-type utf8): the copy's trimmed lines, blank ones empty
 *
 * Blanks the lines of the page's advertising markers, rows of sharing
 * buttons, newsletter boxes and readers' comments (see the top of this
 * file); the rest is left as it is.
 *
 * Returns: (transfer full): for each line, whether it was blanked
 *   (%BYLINE_IMPORT_DROPPED_SKIP for a post's "Skip … post by …" line)
 */
gboolean *
_byline_import_drop_inserts (GPtrArray *lines)
{
  gboolean *dropped = g_new0 (gboolean, lines->len + 1);
  g_autofree gboolean *buttons = g_new0 (gboolean, lines->len + 1);
  gboolean story_begun = FALSE;

  /* (the sharing buttons as the copy had them, before any is blanked) */
  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      g_autofree char *lower = NULL;

      /* (a button, or a row of them: a short line) */
      if (strlen (line) > 120 || (lower = lower_line (line)) == NULL)
        continue;
      buttons[i] = is_share_row (lower) || g_strv_contains (share_fillers, lower) ||
                   (g_strv_contains (share_words, lower) && !g_str_equal (lower, "x"));
    }

  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      g_autofree char *lower = lower_line (line);
      guint end;

      /* (a sentence: the story has begun) */
      if (line[0] != '\0' && _byline_import_count_words (line) >= 6 && _byline_import_ends_with_punctuation (line))
        story_begun = TRUE;
      if (lower == NULL)
        continue;
      /* A platform's button by an embedded post ("View this post on
       * Instagram"), or a site's gate in the post's place ("Allow X
       * content?" …): before the banners, whose words a gate shares */
      if ((end = _byline_import_embed_furniture (lines, i, lower)) > i)
        {
          /* (a post's "Skip twitter post by …" alone: the post under it,
           * marked for the blocks, _byline_import_make_blocks()) */
          gboolean skip = end == i + 1 && _byline_import_is_skip_line (lower);

          blank (lines, dropped, i, end);
          if (skip)
            dropped[i] = BYLINE_IMPORT_DROPPED_SKIP;
          i = end - 1;
          continue;
        }
      /* The Guardian's newsletter box: "Sign up to This is Europe" over
       * its description and notice, to "after newsletter promotion"
       * (six lines at most) */
      if (g_str_has_prefix (lower, "sign up to ") && _byline_import_count_words (lower) <= 8)
        {
          for (end = i + 1; end < lines->len && end <= i + 6; end++)
            {
              g_autofree char *box = lower_line (g_ptr_array_index (lines, end));

              if (box != NULL && g_str_equal (box, "after newsletter promotion"))
                break;
            }
          if (end < lines->len && end <= i + 6)
            {
              blank (lines, dropped, i, end + 1);
              i = end;
              continue;
            }
        }
      /* A cookie banner, on top of the page or under the story */
      if ((end = _byline_import_consent_box (lines, i, lower)) > i)
        {
          blank (lines, dropped, i, end);
          i = end - 1;
          continue;
        }
      /* "X" alone in a column of buttons ("Facebook" / "X" /
       * "WhatsApp"); a letter alone elsewhere (a list's, a grade) stays */
      if ((g_str_equal (lower, "x") || g_str_equal (lower, "line")) && ((i > 0 && buttons[i - 1]) || buttons[i + 1]))
        {
          blank (lines, dropped, i, i + 1);
          continue;
        }
      if (is_ad_marker (lower) || is_share_row (lower))
        {
          blank (lines, dropped, i, i + 1);
          continue;
        }
      if ((end = box_over_button (lines, i, lower)) < i)
        {
          blank (lines, dropped, end, i + 1);
          continue;
        }
      if (is_newsletter_prompt (lower))
        {
          guint j = i + 1;

          blank (lines, dropped, i, i + 1);
          /* (its lines and button, over a blank line at most) */
          for (guint seen = 0; seen < 4 && (j = next_filled (lines, j)) < lines->len && is_filled (lines, j); seen++)
            {
              g_autofree char *box = lower_line (g_ptr_array_index (lines, j));
              g_autofree char *under = is_filled (lines, j + 1) ? lower_line (g_ptr_array_index (lines, j + 1)) : NULL;

              /* (the newsletter's description right under its prompt, a
               * box line under it: "The top stories from …, every
               * weekday morning." / "Enter your email") */
              if (box == NULL || (!is_box_line (box) &&
                                  (seen > 0 || _byline_import_count_words (box) > 25 || under == NULL || !is_box_line (under))))
                break;
              blank (lines, dropped, j, j + 1);
              j++;
            }
          continue;
        }
      /* An e-mail address as a paragraph of its own, under the story or
       * under the writer's name over it: the writer's contact, as
       * agencies sign ("sooyeon@yna.co.kr"; in a press release's contact
       * block, with the name over it, it stays) */
      if (is_lone_address (lower) && (i == 0 || !is_filled (lines, i - 1)) && !is_filled (lines, i + 1))
        {
          blank (lines, dropped, i, i + 1);
          continue;
        }
      /* Readers' comments come under the story */
      if (!story_begun)
        continue;
      if (is_comments_head (lower) && (end = comments_end (lines, i + 1, TRUE)) > i + 1)
        {
          blank (lines, dropped, i, end);
          i = end - 1;
        }
      else if ((end = comments_end (lines, i, FALSE)) > i)
        {
          blank (lines, dropped, i, end);
          i = end - 1;
        }
    }
  return dropped;
}

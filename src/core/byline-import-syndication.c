/* byline-import-syndication.c: what a partner or an aggregator puts
 * around a story it carries
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A story copied from MSN, Yahoo News, NewsBreak, Yahoo!ニュース, Naver
 * or Daum rather than the paper comes with the portal's name on top
 * ("MSN", "Yahoo News UK") and the source's under it ("The
 * Independent"), the portal's buttons ("Open in App", "Follow", "본문
 * 요약봇", "コメント12件"), the source's credit ("© Provided by The
 * Independent", "© Bereitgestellt von …"), the byline as the portal
 * prints it ("Story by Lena Okafor • 3h • 3 min read", "Geschichte von
 * …"), a quote's tickers ("In this article:" / "EQNR.OL"), and a date
 * stamp in the portal's form ("3/3(火) 9:15配信", "입력2026.03.03. 오전
 * 9:15", "입력 2026. 3. 3. 09:15"); the header's lines then stand one
 * under another, each a paragraph of its own. A story a partner
 * republishes ends with its notice ("This article is republished from
 * The Conversation under a Creative Commons license.", "Cet article est
 * republié à partir de …", "Este artículo fue publicado originalmente
 * en …"), and an aggregator's with the source again ("Source: …",
 * "Quelle: …", "المصدر: …", "Verwendete Quellen:" and its list), an
 * update's stamp ("最終更新:3/3(火) 10:02") or the portal's buttons. The
 * credits, notices and sources go to the note (a republished story
 * must credit its first publisher); the buttons are dropped; the names
 * a notice or a credit gives ("The Conversation", "CalMatters") are the
 * source's wherever the header names them alone or after a writer ("By
 * Ana Ruiz, CalMatters"). A lede's agency without a place ("(CNN) —
 * …") is the note's too.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import-private.h"

/* How many lines over the story and under it are looked at */
#define MAX_TOP_LINES 24
#define MAX_TAIL_LINES 16

/* The portals' own names, a line of their own over the story */
static const char * const portals[] = {
  "msn", "msn news", "microsoft start", "yahoo", "yahoo news", "yahoo news uk", "yahoo news australia",
  "yahoo news canada", "yahoo finance", "yahoo sports", "yahoo life", "yahoo actualités", "yahoo noticias",
  "yahoo nachrichten", "yahoo notizie", "yahoo notícias", "yahoo!ニュース", "yahoo! news", "yahoo!news",
  "yahoo! japan", "yahoo japan", "google news", "apple news", "apple news+", "newsbreak", "news break",
  "smartnews", "flipboard", "upday", "opera news", "ground news", "newsnow", "daum", "daum 뉴스", "다음 뉴스",
  "naver", "naver 뉴스", "네이버", "네이버 뉴스", "line news", "lineニュース", "line ニュース", "dzen", "дзен",
  "今日头条", "t-online", "web.de", "gmx", "msn deutschland", "msn nachrichten", "msn actualités", "msn noticias", NULL
};

/* A portal's buttons and labels, whole lines */
static const char * const buttons[] = {
  "follow", "following", "read in apple news", "view in apple news", "open in apple news",
  "read on smartnews", "read on newsbreak", "more for you", "ready for more?",
  "본문 바로가기", "기사원문", "공감", "댓글", "본문 요약봇", "텍스트 음성 변환 서비스 사용하기",
  "글자 크기 변경하기", "sns 보내기", "인쇄하기", "타임톡", "음성으로 듣기", "번역 설정", "글씨크기 조절하기",
  "republish this story", "republish this article", "republish", "구독", "구독중", "기사 섹션 분류 안내", "요약", "닫기", "記事に関する報告", "この記事についてツイート", NULL
};

/* The portal's menu under its name ("Yahoo News" / "Search" / "Mail") */
static const char * const portal_menu[] = {
  "search", "mail", "news", "sign in", "log in", "menu", "home", "finance", "sports", "weather",
  "entertainment", "lifestyle", "shopping", "video", "videos", "watch", "play", "more", NULL };

/* "© Provided by …": the source's credit on the portal */
static const char * const credits[] = {
  "© provided by ", "provided by ", "© bereitgestellt von ", "bereitgestellt von ", "© fourni par ",
  "fourni par ", "© proporcionado por ", "proporcionado por ", "© fornito da ", "fornito da ",
  "© fornecido por ", "fornecido por ", "© aangeboden door ", "aangeboden door ", NULL
};

/* "Story by …": the byline as a portal prints it */
static const char * const story_by[] = {
  "story by ", "geschichte von ", "histoire de ", "historia de ", "storia di ", "história de ",
  "artikel von ", "verhaal van ", NULL
};

/* A republished story's notice (under it; lower case, no accents lost) */
static const char * const notices[] = {
  "this article is republished from ", "this article was republished from ", "this article was originally published",
  "this article originally appeared", "this article first appeared", "this article was first published",
  "this story was originally published", "this story originally appeared", "this story first appeared",
  "this story was first published", "this story is republished", "this story was republished",
  "this piece was originally published", "this piece originally appeared", "this piece first appeared",
  "this post was originally published", "this post originally appeared", "this report was originally published",
  "republished with permission", "a version of this story was originally",
  "a version of this article was originally", "a version of this story first", "a version of this article first",
  "this story was produced by ", "this article was produced by ", "artikel ini diterbitkan ulang", "artikel ini pertama kali",
  "cet article est republié", "cet article a été republié", "cet article a été publié initialement",
  "cet article a été initialement publié", "cet article a d'abord été publié", "cet article a d’abord été publié",
  "cet article a été publié à l'origine", "cet article a été publié à l’origine", "article publié initialement",
  "este artículo fue publicado originalmente", "este artículo se publicó originalmente",
  "este artículo fue republicado", "este artículo se republica", "este artículo fue publicado inicialmente",
  "este artículo apareció originalmente", "artículo publicado originalmente", "esta nota fue publicada originalmente",
  "dieser artikel erschien zuerst", "dieser artikel ist zuerst", "dieser beitrag erschien zuerst",
  "der artikel erschien zuerst", "der beitrag erschien zuerst", "dieser text erschien zuerst",
  "dieser artikel erschien ursprünglich", "dieser beitrag ist zuerst", "dieser artikel wurde zuerst",
  "questo articolo è stato pubblicato originariamente", "questo articolo è stato pubblicato per la prima volta",
  "articolo pubblicato originariamente", "este artigo foi publicado originalmente", "este artigo foi republicado",
  "este texto foi publicado originalmente", "artigo publicado originalmente", "dit artikel verscheen eerder",
  "dit artikel verscheen eerst", "статья впервые опубликована", "материал впервые опубликован",
  "این مطلب نخستین بار", "این مطلب نخستین‌بار", "این مطلب ابتدا", "این مطلب اولین بار", "این گزارش نخستین بار",
  "این مقاله نخستین بار", "این مقاله ابتدا", "این یادداشت نخستین بار", "本文原载于", "本文首发于", "本文转载自",
  NULL
};

/* The same without "this article": "Originally published on CalMatters."
 * (a short line, no sentence going on after a comma: not "Originally
 * published in 1962, the novel …") */
static const char * const bare_notices[] = {
  "originally published on ", "originally published in ", "originally published by ", "originally published at ",
  "republished from ", "first published on ", "first published in ", "first published by ", "publicado originalmente en ",
  "publié initialement sur ", "publié initialement dans ", "initialement publié sur ", "zuerst erschienen ",
  "erschien zuerst ", "pubblicato originariamente su ", "publicado originalmente em ", NULL
};

/* An Arabic notice: its opening, and the words of "first" it holds */
static const char * const arabic_openings[] = {
  "نُشر ", "نشر ", "نُشرت ", "نشرت ", "هذا المقال ", "هذا التقرير ", "هذه المادة ", NULL
};
static const char * const arabic_firsts[] = { "في الأصل", "لأول مرة", "أولاً", "أولا", NULL };

/* "Read full article on Northbay Post": the portal's pointer to the
 * source's page, under the story */
static const char * const pointers[] = {
  "read full article on ", "read the full article on ", "read full story on ", "read the full story on ",
  "read full article at ", "read the full article at ", "continue reading on ",
  "read more on ", "read more at ", "read on ", "view on ", "weiterlesen auf ", "lire la suite sur ",
  "leer más en ", "seguir leyendo en ", "continua a leggere su ", "leia mais em ", "continuar lendo em ", NULL
};

/* "Source: …" under the story: the source again */
static const char * const sources[] = {
  "source: ", "quelle: ", "fuente: ", "fonte: ", "источник: ", "منبع: ", "المصدر: ", "출처: ", "出典：",
  "出典: ", "来源：", "来源: ", "kaynak: ", "źródło: ", "bron: ", NULL
};

/* A portal's advertisers' links under the story, under their head */
static const char * const sponsored_heads[] = {
  "sponsored content", "sponsored", "gesponserte inhalte", "contenu sponsorisé", "contenido patrocinado",
  "contenuto sponsorizzato", "conteúdo patrocinado", "promoted stories", "paid content", NULL
};

/* A list of the sources under it ("Verwendete Quellen:") */
static const char * const source_heads[] = {
  "verwendete quellen", "quellen", "sources used", "sources utilisées", "fuentes consultadas", NULL
};

static const char *
line_at (GPtrArray *lines,
         guint      i)
{
  return g_ptr_array_index (lines, i);
}

/* A short line without a sentence's end: a name, a label, a button */
static gboolean
is_short (const char *line,
          guint       words)
{
  return line[0] != '\0' && _byline_import_count_words (line) <= words && strlen (line) <= 80 &&
         !_byline_import_ends_with_punctuation (line);
}

/* "コメント12件", "Comments / 0", "댓글 3": a count of the readers' comments */
static gboolean
is_comment_count (const char *line)
{
  static const char * const words[] = { "コメント", "comments / ", "comments ", "댓글 ", "评论 ", "kommentare ", NULL };
  g_autofree char *lower = _byline_import_lower (line);

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *p = lower + strlen (words[i]);

      if (!g_str_has_prefix (lower, words[i]) || !g_ascii_isdigit (*p))
        continue;
      p += strspn (p, "0123456789,.");
      return *p == '\0' || g_str_equal (p, "件") || g_str_equal (p, "개");
    }
  return FALSE;
}

/* "EQNR.OL", "^GSPC", "BP.L": a quote's ticker alone on its line */
static gboolean
is_ticker (const char *line)
{
  gsize len = strlen (line);

  if (len == 0 || len > 12 || strchr (line, ' ') != NULL)
    return FALSE;
  for (const char *p = line; *p != '\0'; p++)
    {
      if (!g_ascii_isupper (*p) && !g_ascii_isdigit (*p) && *p != '.' && *p != '^' && *p != '-' && *p != '=')
        return FALSE;
    }
  return g_ascii_isupper (line[line[0] == '^']);
}

/* A republished story's notice; whether @line is one */
static gboolean
is_notice (const char *line)
{
  g_autofree char *lower = NULL;

  if (strlen (line) > 600 || _byline_import_count_words (line) > 60 || _byline_import_is_header_date (line, NULL))
    return FALSE;
  lower = _byline_import_lower (line);
  if (_byline_import_opens_with_any (lower, notices))
    return TRUE;
  if (_byline_import_opens_with_any (lower, bare_notices) && _byline_import_count_words (line) <= 10)
    {
      const char *comma = strstr (line, ", ");

      return comma == NULL || !g_unichar_islower (g_utf8_get_char (comma + 2));
    }
  /* (Japanese: "この記事は…に掲載されたものです", "※本記事は…から転載") */
  if ((g_str_has_prefix (line, "この記事は") || g_str_has_prefix (line, "※この記事は") ||
       g_str_has_prefix (line, "本記事は") || g_str_has_prefix (line, "※本記事は")) &&
      (strstr (line, "掲載") != NULL || strstr (line, "転載") != NULL))
    return TRUE;
  return _byline_import_opens_with_any (lower, arabic_openings) && _byline_import_contains_any (lower, arabic_firsts);
}

/* The names a notice or a credit gives: its runs of capitalised words
 * ("The Conversation", "CalMatters", "Creative Commons"), a run ended
 * by a word's punctuation too */
static void
add_names (GPtrArray  *names,
           const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  g_autoptr(GString) run = g_string_new (NULL);

  for (guint i = 0; ; i++)
    {
      g_autofree char *word = words[i] != NULL ? g_strdup (words[i]) : NULL;
      gsize len = word != NULL ? strlen (word) : 0;
      gboolean ends = FALSE;

      while (len > 0 && strchr (",.;:!?()«»\"", word[len - 1]) != NULL)
        {
          word[--len] = '\0';
          ends = TRUE;
        }
      if (word != NULL && word[0] != '\0' && g_unichar_isupper (g_utf8_get_char (word)))
        {
          g_string_append_printf (run, "%s%s", run->len > 0 ? " " : "", word);
          if (!ends)
            continue;
        }
      if (run->len > 0 && !g_str_equal (run->str, "This") && !g_str_equal (run->str, "Read"))
        g_ptr_array_add (names, g_strdup (run->str));
      g_string_truncate (run, 0);
      if (word == NULL)
        break;
    }
}

/* A line under a portal's name that is the source's: a short capitalised
 * line that is no byline and no date */
static gboolean
is_source_line (const char *line)
{
  g_auto(GStrv) writers = NULL;

  if (!is_short (line, 5) || !g_unichar_isupper (g_utf8_get_char (line)) || _byline_import_is_header_date (line, NULL))
    return FALSE;
  writers = _byline_import_parse_byline (line);
  return writers == NULL;
}

static gboolean
is_source_name (GPtrArray  *names,
                const char *line)
{
  for (guint i = 0; i < names->len; i++)
    {
      if (g_utf8_collate (line, g_ptr_array_index (names, i)) == 0 ||
          g_ascii_strcasecmp (line, g_ptr_array_index (names, i)) == 0)
        return TRUE;
    }
  return FALSE;
}

/* "Story by Lena Okafor • 3h • 3 min read": "By Lena Okafor", the rest
 * to @note; NULL when @line is no such byline */
static char *
portal_byline (const char *line,
               GString    *note)
{
  g_autofree char *lower = _byline_import_lower (line);
  const char *name = NULL;
  const char *dot;
  g_autofree char *who = NULL;

  if (strlen (line) > 160)
    return NULL;
  /* (the words are as long in either case) */
  for (guint i = 0; story_by[i] != NULL && name == NULL; i++)
    {
      if (g_str_has_prefix (lower, story_by[i]))
        name = line + strlen (story_by[i]);
    }
  if (name == NULL)
    return NULL;
  dot = strstr (name, " • ");
  if (dot == NULL)
    dot = strstr (name, " · ");
  who = g_strstrip (dot != NULL ? g_strndup (name, dot - name) : g_strdup (name));
  if (_byline_import_count_words (who) > 8 || !_byline_import_is_name (who))
    {
      g_auto(GStrv) names = NULL;
      g_autofree char *by = g_strconcat ("By ", who, NULL);

      if ((names = _byline_import_parse_byline (by)) == NULL)
        return NULL;
    }
  if (dot != NULL)
    _byline_import_add_to_note (note, dot + strlen (" • "));
  return g_strconcat ("By ", who, NULL);
}

/* "Priya Nair, University of Easton", "di Marco Rossi, Università di
 * Bologna": a writer and the institution a republished piece names
 * under the headline → the byline, the institution to @note (NULL when
 * @line is none) */
static char *
affiliated_writer (const char *line,
                   GString    *note)
{
  static const char * const institutions[] = {
    "university", "universität", "université", "universidad", "università", "universidade", "universiteit",
    "college", "institute", "institut", "instituto", "istituto", "school of", "centre for", "center for",
    "hochschule", "école", "polytechnic", "academy", NULL
  };
  const char *comma = strstr (line, ", ");
  g_autofree char *name = NULL;
  g_autofree char *lower = NULL;
  g_auto(GStrv) writers = NULL;

  if (comma == NULL || strlen (line) > 160 || _byline_import_ends_with_punctuation (line))
    return NULL;
  name = g_strndup (line, comma - line);
  lower = _byline_import_lower (comma + 2);
  if (!_byline_import_contains_any (lower, institutions) || _byline_import_count_words (comma + 2) > 10)
    return NULL;
  if (_byline_import_is_full_name (name) && !_byline_import_opens_with_byline_word (name))
    {
      _byline_import_add_to_note (note, comma + 2);
      return g_strconcat ("By ", name, NULL);
    }
  if ((writers = _byline_import_parse_byline (name)) == NULL || g_strv_length (writers) != 1)
    return NULL;
  _byline_import_add_to_note (note, comma + 2);
  return g_steal_pointer (&name);
}

/* "By Ana Ruiz, CalMatters": the writer's source after a comma is no
 * place; the line without it (NULL when it names none of @names) */
static char *
byline_without_source (const char *line,
                       GPtrArray  *names)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean cut = FALSE;
  g_auto(GStrv) writers = _byline_import_parse_byline (line);

  if (writers == NULL || strstr (line, ", ") == NULL)
    return NULL;
  parts = g_strsplit (line, ", ", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (i > 0 && is_source_name (names, parts[i]))
        {
          cut = TRUE;
          continue;
        }
      g_string_append_printf (out, "%s%s", out->len > 0 ? ", " : "", parts[i]);
    }
  if (!cut)
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* "(CNN) — …": a lede credited to an agency, no place before it → the
 * lede, the agency to @note (NULL when @line is none) */
static char *
agency_opener (const char *line,
               GString    *note)
{
  static const char * const dashes[] = { ") — ", ") – ", ") - ", ") -- ", NULL };
  const char *close = line[0] == '(' ? strchr (line, ')') : NULL;
  g_autofree char *agency = NULL;

  if (close == NULL || close - line > 30)
    return NULL;
  for (guint i = 0; dashes[i] != NULL; i++)
    {
      if (!g_str_has_prefix (close, dashes[i]))
        continue;
      agency = g_strndup (line + 1, close - line - 1);
      if (!_byline_import_is_agency (agency) && !_byline_import_is_shouted (agency))
        return NULL;
      _byline_import_note_agency (note, agency);
      return g_strdup (close + strlen (dashes[i]));
    }
  return NULL;
}

/* "ProPublica is a Pulitzer Prize-winning investigative newsroom. Sign
 * up for The Big Story newsletter …": the source's call to its
 * newsletter over the story */
static gboolean
is_newsletter_call (const char *line)
{
  static const char * const calls[] = {
    "sign up for ", "subscribe to ", "melden sie sich ", "abonnez-vous ", "inscrivez-vous ", "suscríbete ", NULL
  };
  static const char * const letters[] = { "newsletter", "infolettre", "boletín", NULL };
  g_autofree char *lower = NULL;

  if (strlen (line) > 400 || _byline_import_count_words (line) > 45)
    return FALSE;
  lower = _byline_import_lower (line);
  if (!_byline_import_contains_any (lower, letters))
    return FALSE;
  for (guint i = 0; calls[i] != NULL; i++)
    {
      const char *at = strstr (lower, calls[i]);

      /* (the call a sentence of its own: at the line's start or after one) */
      if (at != NULL && (at == lower || (at >= lower + 2 && at[-1] == ' ' && strchr (".!", at[-2]) != NULL)))
        return TRUE;
    }
  return FALSE;
}

/* A line of a header: no sentence */
static gboolean
is_header_line (const char *line)
{
  return line[0] != '\0' && _byline_import_count_words (line) <= 25 && !_byline_import_ends_with_punctuation (line);
}

/* A sentence-long line: a lede, not a header's (in a script without case
 * a sentence has fewer, longer words: "부산 도시철도 … 밝혔다.") */
static gboolean
is_sentence_long (const char *line)
{
  if (!_byline_import_ends_with_punctuation (line))
    return FALSE;
  return _byline_import_count_words (line) > 15 ||
         (g_utf8_strlen (line, -1) > 40 && !_byline_import_has_cased_letter (line));
}

/* Where the copy's top ends: its first sentence-long line (not the
 * source's call to its newsletter), or the line after the last one
 * looked at */
static guint
top_end (GPtrArray *lines)
{
  guint seen = 0;
  guint i;

  for (i = 0; i < lines->len && seen < MAX_TOP_LINES; i++)
    {
      const char *line = line_at (lines, i);

      if (line[0] == '\0')
        continue;
      seen++;
      if (is_sentence_long (line) && !is_newsletter_call (line))
        return i;
    }
  return i;
}

/* "منبع: خبرگزاری برنا", "المصدر: عربي21" (the name on top too): the
 * story's source under it, a name the top of the copy gives alone (a
 * figure's source, "منبع: مرکز آمار ایران", and an agency's, "Source:
 * Reuters", are the story's) */
static gboolean
is_news_source (const char *line,
                GPtrArray  *top_lines)
{
  const char *colon = strchr (line, ':');
  g_autofree char *name = g_strstrip (g_strdup (colon != NULL ? colon + 1 : strstr (line, "：") + strlen ("：")));

  return is_source_name (top_lines, name);
}

/* Under the story: notices, sources and buttons, from the end up to
 * its last paragraph; the names they give into @names */
static void
take_tail (GPtrArray *lines,
           GPtrArray *names,
           GPtrArray *header_names,
           GPtrArray *top_lines,
           guint      end,
           GString   *note)
{
  g_autoptr(GPtrArray) taken = g_ptr_array_new_with_free_func (g_free);
  guint seen = 0;
  guint list_end = 0;

  for (guint i = lines->len; i > end && seen < MAX_TAIL_LINES; i--)
    {
      const char *line = line_at (lines, i - 1);
      g_autofree char *lower = NULL;

      if (line[0] == '\0')
        continue;
      seen++;
      lower = _byline_import_lower (line);
      if (is_notice (line))
        {
          add_names (names, line);
          g_ptr_array_insert (taken, 0, g_strdup (line));
          _byline_import_replace_line (lines, i - 1, g_strdup (""));
          continue;
        }
      if (_byline_import_opens_with_any (lower, pointers) && is_short (line, 10))
        {
          g_ptr_array_insert (taken, 0, g_strdup (line));
          _byline_import_replace_line (lines, i - 1, g_strdup (""));
          continue;
        }
      if (_byline_import_opens_with_any (lower, sources) && _byline_import_count_words (line) <= 8 &&
          is_news_source (line, top_lines))
        {
          const char *colon = strchr (line, ':');

          g_ptr_array_add (names, g_strstrip (g_strdup (colon != NULL ? colon + 1 : strstr (line, "：") + strlen ("："))));
          g_ptr_array_insert (taken, 0, g_strdup (line));
          _byline_import_replace_line (lines, i - 1, g_strdup (""));
          continue;
        }
      /* (t-online's "Verwendete Quellen:" over the sources, to the end) */
      if (_byline_import_is_label_in (source_heads, line) && list_end > 0)
        {
          for (guint j = list_end; j >= i; j--)
            {
              if (line_at (lines, j - 1)[0] != '\0')
                g_ptr_array_insert (taken, 0, g_strdup (line_at (lines, j - 1)));
              _byline_import_replace_line (lines, j - 1, g_strdup (""));
            }
          list_end = 0;
          continue;
        }
      /* (the advertisers' links under "Sponsored Content", to the end) */
      if (_byline_import_is_label_in (sponsored_heads, line) && list_end > 0)
        {
          for (guint j = list_end; j >= i; j--)
            _byline_import_replace_line (lines, j - 1, g_strdup (""));
          list_end = 0;
          continue;
        }
      if (g_str_has_prefix (line, "最終更新") || _byline_import_is_label_in (buttons, line) || is_comment_count (line) ||
          is_source_name (header_names, line))
        {
          if (!_byline_import_is_label_in (buttons, line) && !is_comment_count (line))
            g_ptr_array_insert (taken, 0, g_strdup (line));
          _byline_import_replace_line (lines, i - 1, g_strdup (""));
          continue;
        }
      /* (Naver's "이 기사는 언론사에서 사회 섹션으로 분류했습니다.") */
      if (g_str_has_prefix (line, "이 기사는 언론사에서 ") && strstr (line, "분류했습니다") != NULL)
        {
          _byline_import_replace_line (lines, i - 1, g_strdup (""));
          continue;
        }
      /* (a list's lines under its head: short ones) */
      if (is_short (line, 15) && !_byline_import_is_list_item (line))
        {
          if (list_end == 0)
            list_end = i;
          continue;
        }
      if (_byline_import_count_words (line) > 15 && _byline_import_ends_with_punctuation (line))
        break;
      list_end = 0;
    }
  for (guint i = 0; i < taken->len; i++)
    _byline_import_add_to_note (note, g_ptr_array_index (taken, i));
}

/**
 * _byline_import_take_syndication_wrapping:
 * @lines: (element-type utf8): the copy's trimmed lines, blank ones empty
 * @default_zone: (nullable): the zone of a date without a year's
 * @note: where the credits and notices go
 *
 * Blanks out of @lines what a partner or an aggregator put over and
 * under the story it carries (see the top of this file): its credits
 * and a republished story's notice into @note, its buttons dropped; a
 * portal's byline and date stamp are rewritten in the forms the header
 * reads, and the header's lines set apart.
 */
void
_byline_import_take_syndication_wrapping (GPtrArray *lines,
                                          GTimeZone *default_zone,
                                          GString   *note)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) header_names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GTimeZone) utc = NULL;
  guint end = top_end (lines);
  gboolean taken = FALSE;
  gboolean portal_block = FALSE;
  gboolean portal = FALSE;
  gboolean byline = FALSE;
  guint sources_under_portal = 0;

  if (default_zone == NULL)
    default_zone = utc = g_time_zone_new_utc ();
  /* (under a portal's name on top, the top's short lines that the
   * copy's last lines repeat: the source's name, "毎日新聞"; a page's own
   * menus repeat theirs, "Contact", "News") */
  for (guint i = 0; i < end && !portal; i++)
    portal = _byline_import_is_label_in (portals, line_at (lines, i));
  for (guint i = 0; portal && i < end; i++)
    {
      const char *line = line_at (lines, i);

      /* (not a writer's name, which a sign-off may repeat) */
      if (is_short (line, 4) && !_byline_import_is_header_date (line, NULL) && !_byline_import_is_label_in (portals, line) &&
          !_byline_import_is_label_in (buttons, line) && !(_byline_import_has_cased_letter (line) && _byline_import_is_full_name (line)))
        g_ptr_array_add (header_names, g_strdup (line));
    }
  /* (only the names the tail repeats) */
  {
    g_autoptr(GPtrArray) repeated = g_ptr_array_new_with_free_func (g_free);
    guint seen = 0;

    for (guint i = lines->len; i > end && seen < MAX_TAIL_LINES; i--)
      {
        const char *line = line_at (lines, i - 1);

        if (line[0] == '\0')
          continue;
        seen++;
        if (is_source_name (header_names, line) && !is_source_name (repeated, line))
          g_ptr_array_add (repeated, g_strdup (line));
      }
    g_ptr_array_set_size (header_names, 0);
    for (guint i = 0; i < repeated->len; i++)
      g_ptr_array_add (header_names, g_strdup (g_ptr_array_index (repeated, i)));
  }
  {
    g_autoptr(GPtrArray) top_lines = g_ptr_array_new_with_free_func (g_free);

    for (guint i = 0; i < end; i++)
      {
        if (is_short (line_at (lines, i), 5))
          g_ptr_array_add (top_lines, g_strdup (line_at (lines, i)));
      }
    take_tail (lines, names, header_names, top_lines, end, note);
  }

  for (guint i = 0; i < end; i++)
    {
      const char *line = line_at (lines, i);
      char *rest;

      if (line[0] == '\0')
        {
          portal_block = FALSE;
          continue;
        }
      if (_byline_import_is_label_in (portals, line))
        {
          _byline_import_add_to_note (note, line);
          _byline_import_replace_line (lines, i, g_strdup (""));
          taken = portal_block = TRUE;
          sources_under_portal = 0;
          continue;
        }
      if (_byline_import_is_label_in (buttons, line) || is_comment_count (line) ||
          (_byline_import_count_words (line) > 15 && is_newsletter_call (line)))
        {
          _byline_import_replace_line (lines, i, g_strdup (""));
          taken = TRUE;
          continue;
        }
      /* "DEREK GATOPOULOS" over the date line: the writer, in capitals */
      if (taken && i + 1 < end && _byline_import_is_shouted (line) && _byline_import_count_words (line) <= 4 &&
          _byline_import_is_header_date (line_at (lines, i + 1), NULL))
        {
          g_autofree char *name = _byline_import_unshout (line);

          if (_byline_import_is_full_name (name))
            {
              _byline_import_replace_line (lines, i, g_strconcat ("By ", name, NULL));
              continue;
            }
        }
      /* "© Provided by The Independent": the source's credit */
      {
        g_autofree char *lower = _byline_import_lower (line);

        if (_byline_import_opens_with_any (lower, credits) && is_short (line, 8))
          {
            add_names (names, line);
            _byline_import_add_to_note (note, line);
            _byline_import_replace_line (lines, i, g_strdup (""));
            taken = TRUE;
            continue;
          }
        /* "In this article:" over a quote's tickers */
        if (g_str_equal (lower, "in this article:") || g_str_equal (lower, "in this article"))
          {
            _byline_import_replace_line (lines, i, g_strdup (""));
            for (guint j = i + 1; j < lines->len && is_ticker (line_at (lines, j)); j++)
              _byline_import_replace_line (lines, j, g_strdup (""));
            taken = TRUE;
            continue;
          }
      }
      /* (the portal's menu under its name: dropped) */
      if (portal_block && is_short (line, 3) && _byline_import_is_label_in (portal_menu, line))
        {
          _byline_import_replace_line (lines, i, g_strdup (""));
          taken = TRUE;
          continue;
        }
      /* The source's name under the portal's, or one the credit gives */
      if ((portal_block && sources_under_portal < 2 && is_source_line (line)) ||
          (is_short (line, 5) && (is_source_name (names, line) || is_source_name (header_names, line))))
        {
          _byline_import_add_to_note (note, line);
          _byline_import_replace_line (lines, i, g_strdup (""));
          sources_under_portal++;
          taken = TRUE;
          continue;
        }
      portal_block = FALSE;
      if ((rest = portal_byline (line, note)) != NULL || (rest = affiliated_writer (line, note)) != NULL ||
          (rest = _byline_import_portal_stamp (line, default_zone)) != NULL ||
          (rest = byline_without_source (line, names)) != NULL)
        {
          _byline_import_replace_line (lines, i, rest);
          taken = TRUE;
        }
    }

  /* (the lede credited to an agency alone under a writer's byline:
   * "(CNN) — …"; with no byline the agency's is read as a dateline's) */
  for (guint i = 0; i < end && !byline; i++)
    {
      g_auto(GStrv) writers = _byline_import_parse_byline (line_at (lines, i));

      byline = writers != NULL;
    }
  for (guint i = end; byline && i < lines->len && i < end + 1; i++)
    {
      char *lede = agency_opener (line_at (lines, i), note);

      if (lede != NULL)
        _byline_import_replace_line (lines, i, lede);
    }

  /* (the header's lines, each a paragraph of its own; not a sentence,
   * a lede the top reached in a script of long words) */
  for (guint i = end; taken && i > 1; i--)
    {
      if (is_header_line (line_at (lines, i - 1)) && is_header_line (line_at (lines, i - 2)))
        g_ptr_array_insert (lines, i - 1, g_strdup (""));
    }
}

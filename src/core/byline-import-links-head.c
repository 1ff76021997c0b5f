/* byline-import-links-head.c: the heads over a page's lists of links
 * ("Related", "Most read", "Mehr zum Thema")
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import-private.h"

static const char * const more_from[] = {
  "more from ", "more in ", "latest from ", "още от ", "још из ", "још од ", "viac zo ", "viac z ", "daugiau iš ", "mer fra ", "mais de ", NULL
};

/**
 * _byline_import_is_links_head:
 *
 * "Related Topics", "More on this story", "Mehr zum Thema": furniture
 * that heads a list of links to other pages (topics, headlines); the
 * list under it goes with it
 */
gboolean
_byline_import_is_links_head (const char *line)
{
  static const char * const heads[] = {
    "related", "related topics", "related posts", "related articles", "related stories",
    "related news", "more on this story", "more stories", "most read", "most popular", "top stories",
    "also in this issue",
    "explore more on these topics", "more on this topic", "related coverage", "recommended for you",
    "editor's picks", "editors' picks", "editor’s picks", "don't miss", "don’t miss", "up next", "what to read next",
    "read these next", "trending", "trending now", "most viewed",
    "recommended", "you may also like", "you might also like", "read more", "read next", "also read",
    "mehr zum thema", "más información", "lire aussi", "sur le même sujet", "مطالب مرتبط",
    "اخبار مرتبط", "أخبار ذات صلة", "مواضيع ذات صلة", "похожие новости", "читайте также",
    /* German, French, Spanish, Portuguese, Italian, Turkish */
    "auch interessant", "lesen sie auch", "das könnte sie auch interessieren", "zum thema", "weitere artikel",
    "meistgelesen", "voir aussi", "à lire également", "à lire aussi", "les plus lus", "noticias relacionadas",
    "te recomendamos", "lo más leído", "te puede interesar", "leia também", "leia mais", "mais lidas",
    "leggi anche", "potrebbe interessarti", "i più letti", "ilgili haberler", "benzer haberler",
    "çok okunanlar", "meest gelezen", "en çok okunanlar", "najczęściej czytane", "más leídas", "les plus lus",
    /* Russian, Arabic, Persian, Hindi, Urdu, Chinese, Japanese, Korean */
    "популярное", "новости по теме", "самое читаемое", "اقرأ المزيد", "الأكثر قراءة", "پربازدیدترین",
    "آخرین اخبار", "ये भी पढ़ें", "यह भी पढ़ें", "और पढ़ें", "یہ بھی پڑھیں", "مزید پڑھیں", "相关新闻", "相关阅读",
    "热门推荐", "関連記事", "関連ニュース", "관련기사", "관련 기사", "많이 본 뉴스",
    /* Spanish, Greek, Hebrew, Tamil, Thai, Swahili, Amharic */
    "temas relacionados", "notas relacionadas", "σχετικά άρθρα", "σχετικές ειδήσεις", "כתבות נוספות",
    "כתבות קשורות", "தொடர்புடைய செய்திகள்", "ข่าวที่เกี่ยวข้อง", "ข่าวแนะนำ", "habari zinazohusiana",
    "ተዛማጅ ዜናዎች", "ተዛማጅ ርዕሶች", "هەواڵی پەیوەندیدار", "هەواڵە پەیوەندیدارەکان", "más verificaciones",
    "otras verificaciones", "más noticias",
    /* WordPress's and its themes' in their translations */
    "recent posts", "archives", "popular posts", "entradas relacionadas", "entradas recientes",
    "también te puede interesar", "lo más visto", "articles similaires", "articles récents",
    "artigos relacionados", "posts relacionados", "publicações relacionadas", "похожие записи",
    "свежие записи", "son yazılar", "artikel terkait", "pos terkait", "متعلقہ خبریں", "متعلقہ مضامین",
    "سب سے زیادہ پڑھی گئی", "اقرأ أيضاً", "اقرأ أيضا", "مقالات ذات صلة", "نوشته‌های مرتبط", "نوشته‌های تازه",
    "ähnliche beiträge", "neueste beiträge", "terpopuler", "más leído",
    /* Catalan, Hungarian, Danish, Croatian, Vietnamese, Indonesian */
    "més notícies", "llegeix també", "kapcsolódó cikkek", "kapcsolódó", "læs også", "pročitajte još",
    "povezane vijesti", "xem thêm", "tin liên quan", "baca juga", "berita terkait", "tonton juga",
    "tonton juga video berikut", "artikel berkaitan", "berita berkaitan", "lue myös",
    /* Swedish, Romanian, Greek, Ukrainian, Hebrew */
    "läs också", "läs även", "citește și", "citeste si", "διαβάστε επίσης", "διαβάστε ακόμα", "читайте також",
    "עוד בנושא", "עוד כתבות",
    /* Argentine Spanish, Slovak, Swiss German, Bengali; a US paper's;
     * a Persian page's tags over its links */
    "seguí leyendo", "leé también", "mirá también", "čítajte aj", "čítajte tiež", "mehr aus der region",
    "আরও পড়ুন", "আরো পড়ুন", "most read local stories", "most read stories", "برچسب‌ها", "برچسب ها",
    /* a page's tags or topics as links; Portuguese, Norwegian, Bulgarian,
     * Serbian, Slovak, Lithuanian */
    "tags", "topics", "veja também", "les også", "прочетете още", "прочитајте још", "prečítajte si aj",
    /* WordPress's related posts in its translations */
    "relacionado", "relacionados", "entradas relacionadas", "artículos relacionados", "ähnliche beiträge",
    "articles similaires", "sur le même sujet", "posts relacionados",
    "skaitykite daugiau", "related content", "more from bloomberg", "read next",
    /* a portal's advertisers' links under the story */
    "latest news", "latest stories", "latest headlines", "poll", "reader poll", "quick poll",
    "sponsored content", "gesponserte inhalte", "contenu sponsorisé", "contenido patrocinado",
    "contenuto sponsorizzato", "conteúdo patrocinado", "【関連記事】", "promoted stories", "paid content",
    /* a news theme's links to the stories before and after this one */
    "previous article", "next article", "previous post", "next post", "previous story", "next story",
    NULL
  };
  g_autofree char *lower = _byline_import_lower (line);
  gsize len = strlen (lower);

  while (len > 0 && strchr (":* ", lower[len - 1]))
    lower[--len] = '\0';
  /* "More from Local News", "More from Politics": a section's links
   * ("Още от България", "Viac zo Slovenska") */
  if (_byline_import_opens_with_any (lower, more_from) && _byline_import_count_words (lower) <= 5)
    return TRUE;
  /* "Most viewed in Sport", "Most read in Business" */
  if ((g_str_has_prefix (lower, "most viewed in ") || g_str_has_prefix (lower, "most read in ")) &&
      _byline_import_count_words (lower) <= 6)
    return TRUE;
  /* "More theatre reviews", "More world news": a section's links;
   * "Weitere Meldungen: Polizei Hamburg", a press portal's */
  if (g_str_has_prefix (lower, "more ") && _byline_import_count_words (lower) <= 4 &&
      (g_str_has_suffix (lower, " reviews") || g_str_has_suffix (lower, " stories") ||
       g_str_has_suffix (lower, " news") || g_str_has_suffix (lower, " articles")))
    return TRUE;
  /* "More nostalgia", "More opinion": a section's name after "More", over
   * its links (a subheading, "More delays", has the story's sentence
   * under it, which the caller looks for) */
  if (g_str_has_prefix (lower, "more ") && _byline_import_count_words (lower) == 2 &&
      g_unichar_isupper (g_utf8_get_char (line)) && !_byline_import_ends_with_punctuation (lower) &&
      !g_str_equal (lower, "more follows") && !g_str_equal (lower, "more soon") && !g_str_equal (lower, "more later"))
    return TRUE;
  if (g_str_has_prefix (lower, "weitere meldungen") && _byline_import_count_words (lower) <= 6)
    return TRUE;
  /* "Trending in Things to Do", a section's most read */
  if (g_str_has_prefix (lower, "trending in ") && _byline_import_count_words (lower) <= 6)
    return TRUE;
  /* "Related fact checks", "Related videos" */
  if (g_str_has_prefix (lower, "related ") && _byline_import_count_words (lower) <= 3)
    return TRUE;
  return g_strv_contains (heads, lower) || _byline_import_is_locale_links_head (lower);
}

/* byline-spam-filter-forms.c: the shapes spam takes whatever it sells
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the comment form makes of spam: thanks of a few words whose only
 * link is the author's website; a reply to another reader ("@John") that
 * turns to a site (since the thirty-eighth round in Vietnamese too: "tải
 * app ở …"); praise signed with a business's name and telephone;
 * the polished praise of a writing machine that names its own brand; a
 * telephone number and a web address side by side; an address written in
 * full-width letters; a question answered by its asker with a site; a
 * bare address that bears the author's name. Each is a shape, not a trade's words, and each
 * needs somewhere to go that is no official body's or platform's. Since
 * the fifty-first round, the number and the address in a longer comment
 * dressed as a reader's, when both the address and the website given
 * bear the author's name ("Qosqo Digital… llámanos al 984 520 731 o
 * entra a qosqodigital-marketing.pe"); since the fifty-second, called
 * to in Bengali and Banglish too ("কল করুন 01715-… অথবা …com.bd");
 * since the fifty-third, in Amharic ("ይደውሉ 09… ወይም …et").
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "byline-spam-filter-private.h"

/* Thanks that fit any article, in the languages the form gets them in */
static const char * const thanks[] = {
  "thanks", "thank you", "thx", "gracias", "obrigado", "obrigada", "merci", "danke", "grazie", "dzięki",
  "dziękuję", "teşekkür", "teşekkürler", "cảm ơn", "ขอบคุณ", "terima kasih", "salamat", "спасибо", "дякую",
  "شكرا", "شكراً", "متشکرم", "धन्यवाद", "ありがとう", "감사합니다", "谢谢", "bedankt", "tack", "kiitos",
  NULL
};

/* The words of a comment that fits any article ("nice", "thanks for
 * sharing", "Thank you for this information.", "good article"): a
 * comment of these alone says nothing of the story, and is there for
 * the website left with it. Not "agree", "yes" or "well said": a reply
 * to someone. */
static const char * const stock_words[] = {
  "nice", "great", "good", "awesome", "cool", "amazing", "excellent", "wonderful", "fantastic", "brilliant",
  "lovely", "informative", "interesting", "helpful", "useful", "valuable", "thanks", "thank", "thx", "ty",
  "article", "post", "blog", "site", "website", "content", "information", "informations", "info", "piece",
  "topic", "page", "read", "reading", "writing", "work", "share", "sharing", "shared", "wow", "like", "love",
  "liked", "loved", "keep", "up", "you", "for", "this", "the", "a", "an", "it", "is", "was", "very", "so",
  "really", "much", "lot", "such", "i", "of", "your", "and", "to", "me", "hi", "hello", "admin", "buddy",
  NULL
};

/* ...of which one at least is praise or thanks */
static const char * const stock_praise[] = {
  "nice", "great", "good", "awesome", "cool", "amazing", "excellent", "wonderful", "fantastic", "brilliant",
  "lovely", "informative", "interesting", "helpful", "useful", "valuable", "thanks", "thank", "thx", "wow",
  NULL
};

/* Whether normalised @text is from one to eight of stock_words and
 * nothing else but stops and emoji, praise among them */
static gboolean
is_stock_comment (const char *text)
{
  guint words = 0;
  gboolean praise = FALSE;

  for (const char *p = text; *p; )
    {
      const char *start;
      char word[16];

      while (*p && (guchar) *p < 0x80 && !g_ascii_isalnum (*p))
        {
          if (*p == '?' || *p == '@' || *p == '/')
            return FALSE;
          p++;
        }
      if (*p == '\0')
        break;
      /* a letter of another script, or an emoji: emoji only pass */
      if ((guchar) *p >= 0x80)
        {
          gunichar c = g_utf8_get_char_validated (p, -1);

          if (c == (gunichar) -1 || c == (gunichar) -2 || _byline_spam_is_word_char (c))
            return FALSE;
          p = g_utf8_next_char (p);
          continue;
        }
      for (start = p; g_ascii_isalnum (*p) || *p == '\''; p++)
        ;
      if ((guchar) *p >= 0x80 || (gsize) (p - start) >= sizeof word || ++words > 8)
        return FALSE;
      memcpy (word, start, p - start);
      word[p - start] = '\0';
      if (!g_strv_contains (stock_words, word))
        return FALSE;
      praise = praise || g_strv_contains (stock_praise, word);
    }

  return praise;
}

/* A reply that turns to where the replier sends the other reader */
static const char * const pointers[] = {
  "check out", "check this", "until i found", "i found", "try", "look at", "helped me", "thanks to", "go to",
  "visit", "use",
  /* (and Vietnamese's "download the app at", "sign up at", "see at") */
  "tải app", "tai app", "tải ứng dụng", "đăng ký tại", "đăng ký ở", "dang ky tai", "xem tại", "vào link",
  NULL
};

/* A testimonial, as recovery and debt "services" write their own: a
 * trouble, a rescue, a recommendation */
static const char * const testimonials[] = {
  "until i found", "until i came across", "with the help of", "thanks to", "i recovered", "recovered my",
  "recovered all my", "got my money back", "got back my", "helped me", "highly recommend", "i recommend",
  "they are genuine", "they are legit", "real deal", "i was struggling", "i lost", "i was scammed",
  NULL
};

/* ...of money: lost funds, debts, a broker (a reader's lost wallet,
 * found by the ferry's crew, is no such rescue) */
static const char * const rescued_money[] = {
  "funds", "money", "debt", "debts", "loan", "loans", "crypto", "bitcoin", "broker", "investment",
  "investments", "credit", "mortgage", "savings",
  NULL
};

/* The names of businesses, as they sign */
static const char * const business_words[] = {
  "clinic", "dental", "restoration", "services", "service", "solutions", "repairs", "repair", "ltd", "llc",
  "inc", "agency", "plumbing", "roofing", "removals", "salon", "studio", "consulting", "company", "center",
  "centre", "store", "shop", "best",
  NULL
};

/* A writing machine's praise: polished and empty, and a brand after it */
static const char * const polished[] = {
  "insightful", "thoughtful", "well-balanced", "beautifully captures", "beautifully written", "truly inspiring",
  "highlights how important", "sheds light", "shed light", "thought-provoking", "resonates", "a must-read",
  "well-researched", "captures the", "as an advocate",
  NULL
};

static const char * const brand_voice[] = {
  "we believe", "our mission", "our team", "our ai", "brands like", "companies like", "platforms like",
  "at our", "we help", "we offer",
  NULL
};

/* A call to ring or to visit, as adverts end; and a reader's own call,
 * who names a company's number she rang */
static const char * const calls[] = {
  "call", "call us", "contact", "contact us", "visit", "liên hệ", "xem thêm", "gọi", "llame", "llámenos", "ligue",
  "llámanos", "llamanos", "escríbenos", "escribenos",
  "contacte", "zadzwoń", "arayın", "appelez", "anrufen", "chiama", "โทร", "ติดต่อ", "hubungi", "позвоните",
  /* (Bengali's and Banglish's "call", "ring", "get in touch") */
  "কল করুন", "কল দিন", "ফোন করুন", "ফোন দিন", "যোগাযোগ করুন", "call korun", "call din", "phone korun",
  "phone din", "jogajog korun",
  /* (Amharic's "call", to one or to many, and "get in touch") */
  "ይደውሉ", "ደውሉ", "ያግኙን",
  NULL
};

static const char * const own_calls[] = {
  "i called", "i rang", "i phoned", "we called", "we rang", "i used", "we used", "they were",
  NULL
};

/* A question answered by its asker, who buys from one place */
static const char * const own_source[] = {
  "i always buy from", "i buy from", "i order from", "i always order from", "i got mine from", "i get mine from",
  "i always use", "i only buy from",
  NULL
};

/* A reader naming an address to warn of it */
static const char * const warnings[] = {
  "scam", "scams", "phishing", "fake", "beware", "don't click", "do not click", "never click", "avoid",
  "fraud", "warning", "lừa đảo", "lua dao", "giả mạo", "đừng bấm", "cảnh báo",
  NULL
};

/* Endings that new sites take for a season's adverts */
static const char * const new_endings[] = {
  "store", "shop", "online", "site", "top", "xyz", "vip", "bet", "club", "fun", "live", "click", "buzz", "icu",
  "win", "loan", "pro",
  NULL
};

/* Whether @host (without its scheme) has a made-up name: digits beside a
 * hyphen in its name ("ufabet-168th.com", "chwilowki-online24.pl"); or,
 * less strictly (@loose), a hyphen or a digit alone, or an ending of a
 * season's adverts ("bestdealz.store"). A reader's site is named in
 * words ("studio54photos.co.uk" is one). */
static gboolean
host_made_up (const char *host,
              gboolean    loose)
{
  const char *dot = strrchr (host, '.');
  gboolean digit = FALSE, hyphen = FALSE;

  if (dot == NULL || _byline_spam_host_is_org (host))
    return FALSE;
  for (const char *p = host; *p && p != dot; p++)
    {
      digit |= g_ascii_isdigit (*p);
      hyphen |= *p == '-';
    }

  return (digit && hyphen) || (loose && (digit || hyphen || g_strv_contains (new_endings, dot + 1)));
}

/* Whether normalised @text names a web host written bare (a name, a dot,
 * an ending of letters, not an e-mail address nor a file) that is no
 * official body's or platform's, and (@made_up) whose name looks made
 * for adverts, or (@named, not %NULL) holds that name */
static gboolean
has_bare_host (const char *text,
               gboolean    made_up,
               const char *named)
{
  static const char * const files[] = { "pdf", "jpg", "png", "doc", "docx", "txt", "html", "js", "mp4", NULL };
  const char *pos = text, *start, *dot, *end;

  while (_byline_spam_next_bare_host (text, &pos, &start, &dot, &end))
    {
      if (end - dot <= 7 && dot - start >= 4)
        {
          g_autofree char *host = g_strndup (start, end - start);
          g_autofree char *ending = g_strndup (dot + 1, end - dot - 1);

          if (!g_strv_contains (files, ending) && !_byline_spam_host_is_official (host) &&
              !_byline_spam_host_is_news (host) && !_byline_spam_host_is_platform (host) &&
              (!made_up || host_made_up (host, TRUE)) && (named == NULL || _byline_spam_name_in_host (named, host)))
            return TRUE;
        }
    }

  return FALSE;
}

/* Whether @hosts (or a bare host in @content) leave somewhere to go that
 * is neither an official body's nor a platform's, under a made-up name:
 * a reader who points another to a plumber names the plumber's own
 * site */
static gboolean
goes_somewhere (const char *content,
                GPtrArray  *hosts,
                guint       outside_links)
{
  for (guint i = 0; i < hosts->len && outside_links > 0; i++)
    {
      const char *host = g_ptr_array_index (hosts, i);

      if (!_byline_spam_host_is_platform (host) && !_byline_spam_host_is_official (host) &&
          !_byline_spam_host_is_news (host) && host_made_up (host, TRUE))
        return TRUE;
    }

  return has_bare_host (content, TRUE, NULL);
}

/* Whether normalised @text ends on a digit, its last stops aside */
static gboolean
ends_with_number (const char *text)
{
  const char *end = text + strlen (text);

  while (end > text && (g_ascii_isspace (end[-1]) || end[-1] == '.'))
    end--;

  return end > text && g_ascii_isdigit (end[-1]);
}

void
_byline_spam_form_evidence (const BylineSpamSample *sample,
                            const char             *content,
                            const char             *valid,
                            GPtrArray              *hosts,
                            guint                   outside_links,
                            GArray                 *evidence)
{
  g_autofree char *url = _byline_spam_normalize (sample->author_url);
  g_autofree char *site = url[0] != '\0' ? _byline_spam_url_host (url) : NULL;
  g_autofree char *name = _byline_spam_normalize (sample->author_name);
  gboolean has_site = site != NULL && !_byline_spam_host_is_official (site) && !_byline_spam_host_is_platform (site);
  gboolean warned = _byline_spam_terms_found (content, warnings) > 0;
  guint words, chars;

  words = _byline_spam_count_words (content, &chars);

  /* Thanks of a few words and nothing else, whose one link is the
   * author's website under a made-up name */
  if (has_site && outside_links == 0 && words <= 8 && host_made_up (site, FALSE) &&
      _byline_spam_terms_found (content, thanks) > 0 && strchr (content, '?') == NULL)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("thanks of a few words, from an author whose website has an advert’s name")));

  /* A few words that fit any article, and the author's website under a
   * name of joined words or with digits: what a form filled for the
   * link says. A reader's own site is named in her name ("jane-doe.me";
   * "tomhughes.example", in one word, is no made-up name), a club's or a
   * charity's is a ".org" ("kirkby-u3a.org.uk") */
  if (site != NULL && outside_links == 0 && hosts->len == 0 && words <= 8 && strpbrk (site, "-0123456789") != NULL &&
      !_byline_spam_host_is_org (site) &&
      (_byline_spam_name_is_advert (name) > 0 || !_byline_spam_name_in_host (name, site)) &&
      !_byline_spam_host_is_official (site) && !_byline_spam_host_is_news (site) && is_stock_comment (content))
    _byline_spam_add_evidence (evidence, 0.4,
                               g_strdup (_("a few words that fit any article, there for the author’s website")));

  /* "@John I agree, check out…": a reply that sends the other reader
   * somewhere */
  if (content[0] == '@' && !warned && _byline_spam_terms_found (content, pointers) > 0 &&
      goes_somewhere (content, hosts, outside_links))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("a reply to another reader that sends them to a site")));

  /* "I lost $40,000 … I recovered all my funds with the help of
   * fundtracers-pro.com", "struggling with debt until I found …,
   * highly recommend": a rescue of one's money told in the first
   * person, sending readers to a made-up site (a reader names the
   * police's or a charity's, or warns) */
  if (!warned && _byline_spam_terms_found (content, testimonials) >= 2 &&
      _byline_spam_terms_found (content, rescued_money) > 0 && goes_somewhere (content, hosts, outside_links))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("tells of a rescue in the first person and sends readers to a site")));

  /* Praise, then a business's name and its telephone to end on: a
   * reader who signs with her practice goes on to say something */
  if (!warned && ends_with_number (content) && _byline_spam_has_phone (content) && _byline_spam_is_praise (content) &&
      (_byline_spam_terms_found (content, business_words) > 0 || _byline_spam_terms_found (name, business_words) > 0))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("praise signed with a business’s name and telephone")));

  /* Polished praise that turns to a brand, the author's website its own */
  if (_byline_spam_terms_found (content, polished) >= 2 && (has_site || outside_links > 0) &&
      _byline_spam_terms_found (content, brand_voice) > 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("polished praise that turns to a brand’s name")));

  /* A telephone number and a web address together, as adverts give them
   * (a Polish, Spanish or Peruvian mobile's nine digits are a number
   * too); in a longer comment, dressed as a reader's, when the address
   * in it and the website given both bear the author's own name: a
   * business signing with its site (a residents' group's ".org" is no
   * business's) */
  if (!warned &&
      (words <= 60 || (has_site && !_byline_spam_host_is_org (site) && name[0] != '\0' &&
                       _byline_spam_name_in_host (name, site) && has_bare_host (content, FALSE, name))) &&
      _byline_spam_terms_found (content, calls) > 0 &&
      _byline_spam_terms_found (content, own_calls) == 0 &&
      (_byline_spam_has_phone (content) || _byline_spam_has_grouped_phone (content)) &&
      has_bare_host (content, FALSE, NULL))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("gives a telephone number and a web address, as adverts do")));

  /* A question the asker answers with the one place she buys from,
   * under a made-up name */
  if (!warned && strchr (content, '?') != NULL && _byline_spam_terms_found (content, own_source) > 0 &&
      has_bare_host (content, TRUE, NULL))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("asks a question and answers it with a site to buy from")));

  /* A call to visit a bare address that bears the author's own name,
   * in whatever language the rest is in: a business signing with its
   * site */
  if (!warned && words <= 30 && outside_links == 0 && name[0] != '\0' &&
      _byline_spam_terms_found (content, calls) > 0 && has_bare_host (content, FALSE, name))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("sends readers to an address without a link that bears the author’s name")));

  /* A web address in full-width or other styled letters */
  if (_byline_spam_has_styled_letters (valid))
    {
      g_autofree char *folded = g_utf8_normalize (valid, -1, G_NORMALIZE_NFKC);
      g_autofree char *plain = folded != NULL ? _byline_spam_normalize (folded) : NULL;

      if (plain != NULL && has_bare_host (plain, FALSE, NULL))
        _byline_spam_add_evidence (evidence, 0.3,
                                   g_strdup (_("a web address written in styled letters")));
    }
}

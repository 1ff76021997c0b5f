/* byline-spam-filter-patterns.c: what spam looks like before the filter
 * has learnt anything
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A new site's filter has no decisions to learn from, and the spam that
 * gets past a simple captcha is written to look harmless: a line of praise
 * that fits any article and a link to a shop, an author called "Best VPN
 * Deals", a website in the author field. These patterns read the shape of
 * a comment (who it sends readers to, what the author calls themselves),
 * not its topic: a reader quoting prices, percentages or a minister is
 * none of them. The reasons shown to editors live in
 * byline-spam-filter-shape.c. (Since the thirty-eighth round a number
 * spelt or spaced out, or given after a messenger and a name, is read
 * as one too: byline-spam-filter-numbers.c; since the forty-seventh,
 * a messenger's handle or number is read in byline-spam-filter-
 * messengers.c.)
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <string.h>

#include "byline-spam-filter-private.h"

/* The suspect words of a new filter; editors change them per site. */
const char * const _byline_spam_default_suspect_words[] = {
  "casino", "viagra", "cialis", "pharmacy", "pills", "loan", "payday", "forex",
  "bitcoin", "crypto", "porn", "xxx", "escort", "replica", "backlinks", "seo services",
  "click here", "buy now", "free money", "weight loss", "work from home", "earn money",
  "seo", "backlink", "guest post", "dofollow", "rank higher", "first page of google",
  "no credit check", "instant approval", "guaranteed profit", "investment opportunity",
  "without prescription", "no prescription", "online pharmacy", "sildenafil", "tadalafil",
  "kamagra", "free spins", "binary options", "trading signals", "tramadol", "instagram followers",
  "plagiarism free", "plagiarism-free", "essay writing", "write my essay", "love spell",
  "spell caster", "recovery expert", "domain authority", "link building", "sponsored post",
  "geld verdienen", "ohne schufa", "gana dinero", "bono de bienvenida", "sin depósito",
  "деньги на карту", "без проверок", "без отказа", "代写", "博彩", "赌场", "贷款",
  "hot singles", "singles in your area", "do my homework", "take my online class", "call girls",
  "escort service", "escort services", "super clone", "купить диплом",
  "казино", "ставки", "кредит", "заработок", "кликните", "займ", "без вложений",
  /* casinos and betting in Indonesian, Vietnamese, Portuguese, Turkish,
   * French, Chinese and Arabic, and fixed-match tips */
  "slot gacor", "situs slot", "judi online", "togel", "nhà cái", "cá cược", "nổ hũ", "tài xỉu",
  "cassino online", "bônus de boas-vindas", "deneme bonusu", "canlı bahis", "casino en ligne", "娱乐城",
  "百家乐", "彩金", "كازينو", "مراهنات", "fixed matches", "betting tips",
  "کازینو", "شرط بندی", "وام فوری", "کسب درآمد", "خرید فالوور", "فوركس", "الفوركس",
  /* quick loans, as they are sold in Vietnamese, Indonesian, Spanish,
   * Portuguese and Turkish */
  "vay tiền nhanh", "vay nhanh", "pinjaman online", "pinjol", "préstamo rápido", "préstamos rápidos",
  "empréstimo rápido", "hızlı kredi", "pinjaman peribadi", "pinjaman segera", "pinjaman tanpa penjamin",
  /* India's satta lottery, and counterfeit sports shirts */
  "satta king", "satta matka", "matka result", "cheap jerseys", "cheap nfl jerseys", "wholesale jerseys",
  "jerseys wholesale", "सट्टा मटका", "सट्टा किंग", "मटका रिजल्ट", "ستہ مٹکا", "সাট্টা মটকা",
  NULL
};

/* In an author name: one of these makes it an advert, not a person.
 * What is sold, not where: "Shop owner" is a reader describing
 * themselves. */
static const char * const advert_name_words[] = {
  "cheap", "casino", "loan", "loans", "seo", "vpn", "deals", "discount", "discounts",
  "outlet", "pharmacy", "pills", "viagra", "cialis", "crypto", "bitcoin", "forex",
  "replica", "escort", "escorts", "coupon", "coupons", "promo", "marketing", "agency", "services",
  "insurance", "sale", "buy", "backlinks", "followers", "essay", "essays", "betting", "bonus",
  "купить", "дешево", "казино", "займ", "خرید", "ارزان", "فروش", "کازینو",
  /* a company, not a person: "Acme Ltd", "شركة نقل عفش" (a removals
   * company) */
  "company", "ltd", "llc", "inc", "gmbh", "компания", "empresa", "شركة", "شرکت", "مؤسسة",
  NULL
};

/* Two of these do the same ("Top Online Reviews"); one alone is a name
 * ("George Best"). */
static const char * const advert_name_weak_words[] = {
  "best", "top", "free", "online", "pro", "official", "review", "reviews", "tips", "guide",
  "price", "prices", "near", "me", "now", "win", "money", "cash", "hot", "deal", "shop",
  "store", "lawyer", "lawyers", "attorney", "injury", "personal", "repair", "cleaning", "roofing",
  "plumbing",
  NULL
};

/* Praise that fits any article on any site: what spam says to look
 * like a reader. Thanking for an article is also what readers do, so
 * alone it is nothing; it counts when it comes with somewhere to go. */
static const char * const praise_phrases[] = {
  "great article", "great post", "nice post", "nice article", "great blog", "nice blog",
  "awesome post", "awesome article", "excellent post", "excellent article", "wonderful post",
  "wonderful article", "amazing post", "amazing article", "very informative",
  "really informative", "so informative", "informative article", "informative post",
  "thanks for sharing", "thank you for sharing", "thanks for the info", "keep up the good work",
  "keep up the great work", "keep it up", "keep writing", "bookmarked", "very helpful",
  "useful information", "valuable information", "great information", "great content",
  "quality content", "well written", "enjoyed reading", "very useful", "your blog",
  "this blog", "your website", "your site", "i found similar", "similar tips",
  "looking forward to more", "look forward to your next", "great job", "great work",
  "great read", "nice one", "good read", "nice read", "good stuff", "great info", "valuable info",
  "learned a lot", "learnt a lot", "cleared things up", "will bookmark", "bookmark your", "check again",
  "added you", "blogroll", "cheers",
  "отличная статья", "полезная статья", "полезная информация", "спасибо за информацию",
  "интересная статья", "отличный пост", "مطلب مفیدی بود", "مطلب خوبی بود", "ممنون از مطلب",
  "مقاله خوبی بود", "مقاله مفیدی بود",
  NULL
};

/* Telling readers to go to the author's place or to get in touch. Not
 * "see my" or "check my": readers write "you don't see my point" and
 * "check my sums"; nor "for more info", which readers write before a
 * link to their sources. */
static const char * const invitation_phrases[] = {
  "visit my", "check out my", "contact me", "message me", "dm me", "text me",
  "click the link", "link in my bio", "link in my profile", "visit us", "visit our", "contact us",
  "contact him", "contact her", "email him", "email her", "reach him", "reach her",
  "dial our", "call us", "call our", "order now", "sign up now", "register now", "join now",
  "email me", "get yours", "claim it here", "claim now",
  "acesse agora", "cadastre-se", "inscrivez-vous", "iscriviti", "hemen üye ol", "jetzt registrieren",
  "راسلني", "تواصل معي", "پیام دهید",
  "jetzt anmelden", "regístrate", "переходите по ссылке", "подробнее на сайте", "пишите в",
  "подписывайтесь", "به سایت ما", "کلیک کنید", "تواصل معنا", "سجل الآن", "加微信", "请访问",
  "点击进入",
  /* "write to me", "contact us", "call now" in other languages */
  "escríbeme", "escríbenos", "contáctame", "contáctenos", "contáctanos", "escreva-me", "entre em contato",
  "contactez-moi", "contactez-nous", "écrivez-moi", "hubungi kami", "liên hệ ngay", "напишите мне",
  "звоните", "اتصل الآن", "اتصل بنا", "chiamami", "scrivimi", "contattami", "contattaci",
  /* a channel of the author's to join, the link in the author's own
   * profile (not "link in bio" alone: readers quote that of scams) */
  "join our telegram", "join our channel", "join my channel", "انضم إلى قناتنا", "انضم الى قناتنا",
  "link en mi perfil", "link no meu perfil", "ссылка в моём профиле", "ссылка в моем профиле",
  NULL
};

/* Only mentioning it: readers do that too ("I wrote on my blog"). */
static const char * const mention_phrases[] = {
  "my profile", "my website", "my site", "my blog", "my page", "my channel", "my shop",
  "my store", "our website", "our services", "our company",
  "our agency", "we offer", "we provide", "we can help", "i can help you", "i sell",
  "we sell", "i offer", "we give", "ofrezco", "ofrecemos", "ofereço", "oferecemos", "nous proposons", "мой сайт", "мой профиль", "по ссылке", "наш канал",
  "سایت ما", "پروفایل من",
  NULL
};

/* Counted as the author's own only with a handle or a number to write to */
static const char * const messenger_names[] = {
  "whatsapp", "telegram", "телеграм", "واتساپ", "تلگرام", "واتساب", "微信", "wechat", "viber", "discord",
  "تيليجرام", "تليجرام", "تلغرام", "واتس اب",
  "व्हाट्सएप", "टेलीग्राम",
  NULL
};

/* @name is normalised (lowercase). 2: it is a web address; 1: it reads
 * like an advert; 0: like a person (or a pen name). */
guint
_byline_spam_name_is_advert (const char *name)
{
  guint weak = 0;

  if (name == NULL || name[0] == '\0')
    return FALSE;

  /* A link or a domain where a name should be ("rx-pharmacy24.shop":
   * a digit before the dot as well as a letter) */
  if (strstr (name, "http") != NULL || strstr (name, "www.") != NULL)
    return 2;
  {
    const char *dot = strrchr (name, '.');

    if (dot != NULL && dot > name && g_ascii_isalnum (dot[-1]) && strlen (dot + 1) >= 2 &&
        strlen (dot + 1) <= 6 && strspn (dot + 1, "abcdefghijklmnopqrstuvwxyz") == strlen (dot + 1))
      return 2;
  }

  if (_byline_spam_any_word (name, advert_name_words))
    return 1;

  weak = _byline_spam_name_weak_words (name);

  return weak >= 2 ? 1 : 0;
}

/* How many words of normalised @name a business's name has and a
 * person's seldom does ("repair", "shop", "best") */
guint
_byline_spam_name_weak_words (const char *name)
{
  return _byline_spam_words_found (name, advert_name_weak_words);
}

/* Whether @name, without its spaces, is inside @host: "Kredit Sofort"
 * linking to kredit-sofort.example is a business, not a reader. */
gboolean
_byline_spam_name_in_host (const char *name,
                           const char *host)
{
  g_autoptr(GString) letters = g_string_new (NULL);
  g_autoptr(GString) host_letters = g_string_new (NULL);

  for (const char *p = name; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (letters, *p);
      else if (!g_ascii_isspace (*p))
        return FALSE;  /* not Latin letters: not a host name */
    }
  for (const char *p = host; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (host_letters, *p);
    }

  return letters->len >= 6 && strstr (host_letters->str, letters->str) != NULL;
}

gboolean
_byline_spam_is_praise (const char *text)
{
  return _byline_spam_any_word (text, praise_phrases) || _byline_spam_praise_elsewhere (text);
}

static gboolean contact_between (const char *text,
                                 const char *from,
                                 const char *to,
                                 gboolean    phones);

static const char * const contact_verbs[] = {
  "contact", "visit", "email", "e-mail", "call", "dial", "text", "пишите",
  NULL
};

/* A verb of getting in touch with an address, a handle or a number right
 * after it: "Contact cyberghost@…", "Visit socialboost.com", "Email:
 * loans@…". Not "write to me at" or "email the regulator: …", which
 * readers write. */
static gboolean
contact_then_address (const char *text)
{
  for (guint i = 0; contact_verbs[i] != NULL; i++)
    {
      gsize len = strlen (contact_verbs[i]);

      for (const char *p = _byline_spam_find (text, contact_verbs[i]); p != NULL; p = strstr (p + 1, contact_verbs[i]))
        {
          const char *q = p + len;

          if ((p > text && g_ascii_isalpha (p[-1])) || g_ascii_isalpha (*q))
            continue;
          while (*q == ':' || *q == ' ')
            q++;
          if (q == p + len)
            continue;
          if (contact_between (text, q, q + 1, TRUE))
            return TRUE;
          /* an e-mail address */
          for (const char *r = q; *r && !g_ascii_isspace (*r); r++)
            {
              if (*r == '@' && r > q && g_ascii_isalnum (r[1]) && strchr (r, '.') != NULL)
                return TRUE;
            }
        }
    }

  return FALSE;
}

/* Thai's "ask at", "contact at", "order at" and "interested? write,
 * add": an invitation when a handle, a number or an address follows
 * within a few words ("สอบถามได้ที่ Line: @examhelp.th"), not a reader's
 * "ask at the hotline 1662" ("สอบถามได้ที่สายด่วน 1662"); and (since the
 * forty-seventh round) Japanese's "for calls", "for advice", "for
 * enquiries, [write] to…" ("お電話は 〇八〇・四二七三・九一〇六 まで"),
 * the number spelt too */
static const char * const thai_invitations[] = {
  "สอบถามได้ที่", "ติดต่อได้ที่", "สั่งซื้อได้ที่", "สนใจติดต่อ", "สนใจทัก", "สนใจแอด",
  "お電話は", "ご相談は", "お問い合わせは", "お問合せは", "ご予約は", "お申し込みは", "ご連絡は",
  NULL
};

static gboolean
thai_invitation_then_contact (const char *text)
{
  for (guint i = 0; thai_invitations[i] != NULL; i++)
    {
      gsize len = strlen (thai_invitations[i]);

      for (const char *p = _byline_spam_find (text, thai_invitations[i]); p != NULL;
           p = strstr (p + len, thai_invitations[i]))
        {
          const char *end = p + len;

          /* (some 20 Thai letters on: three bytes each) */
          for (guint n = 0; *end && n < 60; n++)
            end++;
          if (contact_between (text, p + len, end, TRUE))
            return TRUE;
          /* (a number spelt in numerals, "〇九〇 八五 3二…", as long as
           * it runs: some 20 numerals more) */
          if ((guchar) *p == 0xE3)
            {
              g_autofree char *window = NULL;

              for (guint n = 0; *end && (n < 60 || ((guchar) *end & 0xC0) == 0x80); n++)
                end++;
              window = g_strndup (p, end - p);
              if (_byline_spam_has_spelt_number (window))
                return TRUE;
            }
        }
    }

  return FALSE;
}

/* 2: @text tells readers to visit or contact the author; 1: it mentions
 * the author's own site, business or messenger; 0: neither. */
guint
_byline_spam_promotion (const char *text)
{
  guint elsewhere = _byline_spam_promotion_elsewhere (text);

  if (elsewhere == 2 || _byline_spam_any_word (text, invitation_phrases) || contact_then_address (text) ||
      thai_invitation_then_contact (text))
    return 2;

  /* A messenger named with no handle nor number to write to is the
   * subject ("they promoted it on Telegram"), not the author's own */
  if (_byline_spam_any_word (text, messenger_names) && _byline_spam_has_contact (text))
    return 1;

  return elsewhere == 1 || _byline_spam_any_word (text, mention_phrases) ? 1 : 0;
}

/* How many digits the phone number at @p has (0: none): "+1 555 0100",
 * "1-800-555-0142", "+1 (415) 555-0136". Without a "+", ten or more,
 * so that years, prices and dates are no numbers to call. */
static guint
phone_digits (const char *p,
              const char *text)
{
  gboolean plus = *p == '+';
  guint digits = 0;

  if (!plus && p > text && (g_ascii_isalnum (p[-1]) || strchr ("+.,-/", p[-1])))
    return 0;
  for (const char *q = plus ? p + 1 : p; g_ascii_isdigit (*q) || (*q && strchr (" -()", *q)); q++)
    {
      if (g_ascii_isdigit (*q))
        digits++;
      else if (q[0] == ' ' && q[1] == ' ')
        break;
    }

  return digits >= (plus ? 8u : 10u) && digits <= 15 ? digits : 0;
}

/* phone_digits(), for the messengers' checks (byline-spam-filter-
 * messengers.c) */
guint
_byline_spam_phone_digits_at (const char *p,
                              const char *text)
{
  return phone_digits (p, text);
}

/* A web address with no "http" or "www." ("essaywriterhub.com"): a
 * name, a dot and a top-level domain of letters, not after an "@". */
static gboolean
is_bare_domain (const char *p,
                const char *text)
{
  const char *q = p, *dot = NULL;
  guint first = 0, last = 0;

  if (p > text && (g_ascii_isalnum (p[-1]) || strchr ("@.-_/", p[-1])))
    return FALSE;
  for (; g_ascii_isalnum (*q) || *q == '-'; q++)
    first++;
  if (first < 3 || *q != '.')
    return FALSE;
  for (; g_ascii_isalnum (*q) || *q == '-' || *q == '.'; q++)
    {
      if (*q == '.')
        {
          dot = q;
          last = 0;
        }
      else
        last += g_ascii_isalpha (*q) ? 1 : 100;
    }

  return dot != NULL && last >= 2 && last <= 12 && *q != '@';
}

/* A phone number (if @phones), a messenger handle ("@FundsBackPro"), an
 * e-mail address or a bare web address starting between @from and @to
 * (%NULL: the end) of @text. */
static gboolean
contact_between (const char *text,
                 const char *from,
                 const char *to,
                 gboolean    phones)
{
  for (const char *p = from; *p && (to == NULL || p < to); p++)
    {
      if (*p == '@' && g_ascii_isalnum (p[1]) && g_ascii_isalnum (p[2]) && g_ascii_isalnum (p[3]))
        return TRUE;
      if (phones && (*p == '+' || g_ascii_isdigit (*p) || *p == '(') && phone_digits (p, text) > 0)
        return TRUE;
      if (g_ascii_isalpha (*p) && is_bare_domain (p, text))
        return TRUE;
    }

  return FALSE;
}

/* A phone number, a messenger handle, an e-mail address or a bare web
 * address in normalised @text, also one spelt out ("cyberpro (at) gmail
 * (dot) com", "0.8.6.7.5.3.2.9.1.9"): spelt to slip past the checks, it
 * is still somewhere to write; a Senegalese mobile's nine digits too
 * after a chat's or a mobile money's name ("WhatsApp : 77 390 61 22",
 * "au Wave 70 812 44 39"). */
static gboolean
gives_contact (const char *text)
{
  return contact_between (text, text, NULL, TRUE) || _byline_spam_spelt_address (text) > 0 ||
    _byline_spam_has_spelt_number (text) || _byline_spam_has_named_number (text);
}

gboolean
_byline_spam_has_contact (const char *text)
{
  return _byline_spam_fact (text, BYLINE_SPAM_FACT_CONTACT, gives_contact);
}

/* Letters and capitals in @text outside its links (an address in lower
 * case does not make a shouted comment quiet). */
guint
_byline_spam_count_capitals (const char *text,
                             guint      *letters)
{
  guint capitals = 0;

  *letters = 0;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = _byline_spam_char_at (p);

      /* (the first letter before the rest: most characters start no link) */
      if ((c == 'h' || c == 'H' || c == 'w' || c == 'W') && (p == text || !g_ascii_isalnum (p[-1])) &&
          (g_ascii_strncasecmp (p, "http://", 7) == 0 || g_ascii_strncasecmp (p, "https://", 8) == 0 ||
           g_ascii_strncasecmp (p, "www.", 4) == 0))
        {
          while (p[1] != '\0' && !g_ascii_isspace (p[1]))
            p++;
          continue;
        }

      /* (no ASCII character but A to Z and a to z is a letter) */
      if (c < 0x80)
        {
          *letters += g_ascii_isalpha (c);
          capitals += g_ascii_isupper (c);
        }
      else if (g_unichar_isalpha (c) && (g_unichar_isupper (c) || g_unichar_islower (c)))
        {
          (*letters)++;
          capitals += g_unichar_isupper (c);
        }
    }

  return capitals;
}

/* Words in normalised @text outside its links, and their characters. */
guint
_byline_spam_count_words (const char *text,
                          guint      *chars)
{
  BylineSpamCounts *counted = _byline_spam_indexed_counts (text);
  guint words = 0;
  const char *p = text;

  /* (several rules ask it of the comment: counted once) */
  if (counted != NULL && counted->words >= 0)
    {
      *chars = counted->chars;
      return counted->words;
    }
  *chars = 0;
  while (*p)
    {
      gunichar c = _byline_spam_char_at (p);

      if (_byline_spam_at_link_start (p) && (p == text || !g_ascii_isalnum (p[-1])))
        {
          while (*p && !g_ascii_isspace (*p))
            p++;
          continue;
        }

      if (_byline_spam_is_word_char (c))
        {
          words++;
          while (*p && _byline_spam_is_word_char (_byline_spam_char_at (p)))
            {
              (*chars)++;
              p = g_utf8_next_char (p);
            }
          continue;
        }

      p = g_utf8_next_char (p);
    }

  if (counted != NULL)
    {
      counted->words = words;
      counted->chars = *chars;
    }
  return words;
}

/* A word that mixes Latin with Cyrillic or Greek letters ("саsino" with
 * a Cyrillic "с" and "а", "Rοlex" with a Greek "ο") is written to slip
 * past word lists; no reader types one. */
gboolean
_byline_spam_has_mixed_script_word (const char *text)
{
  gboolean latin = FALSE, other = FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = _byline_spam_char_at (p);

      if (c < 0x80 ? !g_ascii_isalpha (c) : !g_unichar_isalpha (c))
        {
          if (latin && other)
            return TRUE;
          latin = other = FALSE;
          continue;
        }
      /* (an ASCII letter is a Latin one) */
      if (c < 0x80)
        {
          latin = TRUE;
          continue;
        }

      switch (g_unichar_get_script (c))
        {
        case G_UNICODE_SCRIPT_LATIN:
          latin = TRUE;
          break;

        case G_UNICODE_SCRIPT_CYRILLIC:
        case G_UNICODE_SCRIPT_GREEK:
          other = TRUE;
          break;

        default:
          break;
        }
    }

  return latin && other;
}

/* What a business writes to a site's owner, not to its readers: link and
 * guest-post trade, marketing, "are you interested?". One alone is a
 * reader ("I work in SEO"); two make an offer. */
static const char * const pitch_phrases[] = {
  "guest post", "guest posts", "guest article", "sponsored post", "sponsored article",
  /* (the plurals, and the agency's price by the article) */
  "sponsored posts", "sponsored articles", "per article", "rate card",
  "link insertion", "link insertions", "paid link", "paid links", "do-follow", "dofollow",
  "backlink", "backlinks", "domain authority", "your rates", "price list", "are you interested",
  "if you are interested", "if you're interested", "interested?", "your readers would",
  "our new product", "digital marketing", "marketing agency", "hi admin",
  "dear admin", "hello admin", "dear webmaster", "i can fix", "i can write", "for your website",
  "for your site", "on your website", "your traffic", "more traffic", "seo",
  NULL
};

/* How many of the pitch phrases @text holds */
guint
_byline_spam_count_pitch (const char *text)
{
  return _byline_spam_words_found (text, pitch_phrases);
}

/* Whether normalised @text gives a phone number */
gboolean
_byline_spam_has_phone (const char *text)
{
  for (const char *p = text; *p; p++)
    {
      if ((*p == '+' || g_ascii_isdigit (*p) || *p == '(') && phone_digits (p, text) > 0)
        return TRUE;
    }

  return FALSE;
}

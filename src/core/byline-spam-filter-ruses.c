/* byline-spam-filter-ruses.c: spam dressed as a reader, a help desk or a
 * job
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a newsroom's comments get in late 2026: a writing machine's
 * "reader" who quotes the story and turns to a product; a bureau that
 * "traces and recovers" lost money; paid work by the day from home, in
 * many languages; a brand's help desk at a made-up number; a casino's
 * deposit bonus in Asian languages; a paid link in the site's own
 * articles; an app's unofficial download; a "profile" to see; a
 * messenger ID after WeChat's, KakaoTalk's or LINE's name, as Asian
 * spam writes it; an author whose e-mail is at a site named for a
 * trade; since the thirty-first round, an author's website that is a
 * seller's landing page ("/cheap-car-rental-…"), and a link to a site
 * named for betting; since the fortieth, a help desk in Bengali, its
 * number disguised ("6OOOO I2345"). Each needs somewhere to go or to
 * write, and each is cheap to rule out: its words are looked up in the
 * indexed text first, and only then is the text scanned.
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "byline-spam-filter-private.h"

/* A reader's warning, in the languages these ruses come in */
static const char * const warnings[] = {
  "scam", "scams", "scammed", "scammer", "scammers", "fake", "beware", "obviously", "don't", "do not",
  "never", "estafa", "arnaque", "golpe", "betrug", "penipuan", "lừa đảo", "мошенники", "мошенничество",
  "trojan", "malware", "virus", "bots", "لا تصدقوهم", "احذروا", "ловушка", "проиграл", "проиграла",
  NULL
};

static const char * const warnings_unspaced[] = {
  "诈骗", "骗子", "詐欺", "詐騙", "사기", "หลอก", "โกง", "มิจฉาชีพ", "ปลอม",
  NULL
};

static gboolean
warned (const char *content)
{
  return _byline_spam_any_word (content, warnings) || _byline_spam_strings_found (content, warnings_unspaced) > 0;
}

/* Whether normalised @text names an address written bare that is no
 * official body's, newspaper's, platform's or charity's (".org") */
static gboolean
has_bare_address (const char *text)
{
  const char *pos = text, *start, *dot, *end;

  while (_byline_spam_next_bare_host (text, &pos, &start, &dot, &end))
    {
      g_autofree char *host = g_strndup (start, end - start);

      if (!_byline_spam_host_is_org (host) && !_byline_spam_host_is_official (host) && !_byline_spam_host_is_news (host) &&
          !_byline_spam_host_is_platform (host))
        return TRUE;
    }

  return FALSE;
}

/* Whether there is somewhere to go: a link, or an address written bare */
static gboolean
goes_somewhere (const char *content,
                guint       outside_links)
{
  return outside_links > 0 || has_bare_address (content);
}

/* A free public service named: a national charity's help line. A
 * reader gives its number; spam names its own (and "my charity
 * project", which is no help line). */
static const char * const public_help[] = {
  "victim support", "samaritans", "citizens advice", "stepchange", "action fraud", "childline", "nhs 111",
  "national debtline", "national gas",
  /* a city's own, in Hindi and Urdu: its corporation or water board */
  "नगर निगम", "नगर पालिका", "जल बोर्ड", "بلدیہ", "واٹر بورڈ", "میونسپل کارپوریشن",
  NULL
};

/* Whether normalised @text names a free public service (a charity, a
 * national help line) */
gboolean
_byline_spam_names_public_help (const char *text)
{
  return _byline_spam_any_word (text, public_help);
}

/* A writing machine's reader: a detail or a line of the story quoted... */
static const char * const engagement[] = {
  "as the article notes", "as the article says", "as the article mentions", "as the article points out",
  "as the piece notes", "as noted in the article", "as mentioned in the article", "the detail about",
  "the part about", "this line", "that line", "stayed with me", "hit home", "hits home", "struck a chord",
  "really resonated", "it reminded me", "reminded me how", "interesting to read about", "great to read about",
  NULL
};

/* ...and the turn to what it sells */
static const char * const turns[] = {
  "which is why i", "that's where", "that is where", "i personally use", "i always recommend",
  "i highly recommend", "highly recommended", "tools like", "apps like", "services like", "worth a look",
  "worth checking out", "offers free", "i've been using", "i have been using", "i found mine at",
  "i got mine from", "i got mine at", "makes all the difference", "haven't looked back",
  NULL
};

/* A help desk's name, a thing it "fixes", and a call to ring it */
static const char * const desks[] = {
  "reservation desk", "reservations desk", "reservation number", "reservations number", "live agent",
  "live person", "fraud helpline", "fraud line", "helpline", "help desk", "helpdesk", "support now",
  "support number", "customer care", "customer service", "agents available", "call center", "call centre",
  "kundendienst", "kundenservice", "hotline", "service client", "servicio al cliente", "atención al cliente",
  "atendimento ao cliente", "servizio clienti",
  /* in Hindi, Hebrew and Bengali */
  "कस्टमर केयर", "ग्राहक सेवा", "हेल्पलाइन", "שירות לקוחות", "מוקד שירות", "কাস্টমার কেয়ার", "গ্রাহক সেবা",
  NULL
};

static const char * const desk_issues[] = {
  "hacked", "disabled", "blocked", "locked", "suspended", "rebook", "refund", "refunds", "cancel",
  "unauthorised", "unauthorized", "recovery", "reset", "changes", "gesperrt", "abbuchung", "unberechtigte",
  "erstattung", "bloqué", "remboursement", "bloqueada", "bloqueado", "reembolso", "bloccato", "rimborso",
  "रिफंड", "रिफ़ंड", "ब्लॉक", "החזר", "החזר כספי", "זיכוי", "রিফান্ড", "আটকে গেছে",
  /* romanised Hindi: money back, money at once to the account */
  "paisa wapas", "paise wapas", "turant paisa", "turant refund", "refund milega",
  NULL
};

static const char * const desk_calls[] = {
  "call", "dial", "talk to", "speak to", "ring", "rufen sie", "anrufen", "appelez", "llame", "llámenos",
  "ligue", "chiami", "कॉल करें", "फोन करें", "फ़ोन करें", "התקשרו", "חייגו", "কল করুন",
  NULL
};

/* A reader who rang, or tells others where the real number is */
static const char * const desk_readers[] = {
  "i called", "i rang", "i phoned", "we called", "back of your card", "own website", "their website",
  "official website", "wrong", "मैंने", "हमने", "התקשרתי", "התקשרנו", "maine", "humne", "hamne", "করেছিলাম",
  NULL
};

/* Lost money "traced and recovered" by a bureau of investigators */
static const char * const bureaus[] = {
  "investigation", "investigations", "investigators", "investigator", "forensic", "forensics", "bureau",
  "tracing", "investigaciones", "investigación", "rastreo", "detective", "détective", "enquêteurs",
  "investigação", "ermittler", "تحقيقات", "تحقيق", "محققين",
  NULL
};

static const char * const recoveries[] = {
  "recovered", "recover", "recuperaron", "recuperar", "recuperé", "recuperamos", "récupéré", "récupérer",
  "recuperei", "recuperou", "zurückbekommen", "got back", "money back", "استرجعت", "استرداد", "استعدت",
  NULL
};

static const char * const victims[] = {
  "victim", "víctima", "victime", "vítima", "opfer", "scammers", "scam", "estafa", "arnaque", "golpe", "lost",
  "took", "وهمية", "المسروقة", "احتيال", "ضحية",
  NULL
};

/* A reader's account of the recovery sharks who followed the scam */
static const char * const recovery_readers[] = {
  "another scam", "otra estafa", "scammers too", "report it", "denuncia", "denunciad", "upfront",
  NULL
};

/* Work from home by the day, in the languages it is offered in */
static const char * const jobs[] = {
  "job", "jobs", "hiring", "emploi", "offre d'emploi", "empleo", "trabajo", "emprego", "vagas", "lowongan",
  "kerja", "loker", "data entry", "saisie de données", "typing", "работа", "заработок", "подработка",
  "việc làm", "नौकरी", "iş ilanı",
  /* extra income: "ek gelir", "revenu complémentaire" */
  "ek gelir", "revenu complémentaire", "extra income", "side income",
  NULL
};

static const char * const jobs_unspaced[] = {
  "兼职", "副業", "副业", "在宅", "アルバイト", "부업", "알바", "งานออนไลน์", "ทำเงิน", "งานเสริม",
  NULL
};

static const char * const by_the_day[] = {
  "daily", "per day", "a day", "/day", "par jour", "al día", "por día", "por dia", "per hari", "sehari",
  "в день", "mỗi ngày", "प्रतिदिन", "रोज़", "same day", "paid weekly", "chaque semaine", "günlük", "haftalık",
  NULL
};

static const char * const by_the_day_unspaced[] = {
  "日结", "日入", "1日", "日給", "일당", "วันละ", "รายวัน",
  NULL
};

/* ...paid: a volunteer's "a day a week" earns nothing */
static const char * const earnings[] = {
  "earn", "paid", "pay", "salary", "wage", "wages", "gaji", "salaire", "payés", "payé", "sueldo", "ganhe",
  "ganar", "заработок", "рублей", "đồng", "triệu", "kazanç", "kazanıyorum", "kazanın",
  NULL
};

static const char * const earnings_unspaced[] = {
  "元", "円", "万", "만원", "บาท",
  NULL
};

/* A casino's deposit bonus, in Asian languages and English */
static const char * const casinos[] = {
  "nhà cái", "casino", "baccarat", "slot", "slots", "judi", "teen patti", "rummy", "cá cược", "nổ hũ",
  "tài xỉu", "रमी", "तीन पत्ती",
  NULL
};

static const char * const casinos_unspaced[] = {
  "娱乐城", "百家乐", "博彩", "カジノ", "카지노", "바카라", "토토", "คาสิโน", "สล็อต", "พนัน", "บาคาร่า",
  NULL
};

static const char * const deposit_bonuses[] = {
  "nạp đầu", "khuyến mãi", "rút tiền", "hoàn trả", "bonus", "free spins", "first deposit", "बोनस",
  NULL
};

/* A reader on a casino's adverts: the law, the regulator */
static const char * const casino_readers[] = {
  "report", "law", "bans", "banned", "illegal", "regulator", "complaint", "addiction", "addicted",
  NULL
};

static const char * const deposit_bonuses_unspaced[] = {
  "首充", "彩金", "注册送", "注册即送", "提款", "入金", "ボーナス", "첫충", "환전", "가입머니", "ฝากถอน", "โบนัส",
  "เครดิตฟรี",
  NULL
};

/* A paid link in the site's own articles, offered to its editor */
static const char * const link_trade[] = {
  "link insertion", "link insertions", "niche edit", "niche edits", "add our link", "add my link",
  "add a link", "guest post", "guest posts", "sponsored post", "backlink", "backlinks", "do-follow",
  "dofollow",
  NULL
};

static const char * const link_payment[] = {
  "we pay", "we can pay", "we will pay", "we'll pay", "per link", "per post", "per article", "paypal",
  "payoneer", "usdt",
  NULL
};

static const char * const to_editor[] = {
  "hi editor", "dear editor", "hello editor", "older articles", "your articles", "your site", "your website",
  "your posts", "your blog", "which posts", "let me know",
  NULL
};

/* An app's unofficial download */
static const char * const apk_lures[] = {
  "unlock", "unlocks", "unlocked", "premium", "mod", "modded", "hack", "no ads", "direct link", "for free",
  NULL
};

/* "Check my profile": where bots send readers */
static const char * const profiles[] = {
  "link in bio", "link in my bio", "check my profile", "see my profile", "visit my profile",
  "click my name", "click on my name", "my private photos", "my pics",
  NULL
};

/* The trades spam's own addresses are named for */
static const char * const trade_names[] = {
  "casino", "slot", "slots", "bet", "betting", "loan", "loans", "crypto", "recovery", "forex", "pills",
  "pharma", "viagra", "escort", "escorts", "essay", "seo", "backlink", "backlinks", "kredit", "pinjaman",
  "toto", "gacor", "judi", "hacker", "hack", "followers", "replica",
  /* (hair sold by the bundle: "luxhair-extensions.store"; perfumes
   * sold as testers, "parfum-outlet-tr.shop") */
  "extensions", "wigs", "parfum", "parfums", "perfume", "perfumes", "tester",
  NULL
};

static const char * const trade_name_tails[] = {
  "experts", "expert", "pro", "online", "fast", "cheap", "best", "vip", "now", "24", "247", "365",
  /* a product's "official" shop, a trade's wholesaler, a shop */
  "official", "wholesale", "direct", "shop", "store", "deals", "outlet",
  NULL
};

/* The same trades run together into one word of the name, as shops
 * name themselves ("vapekingdom", "ketoslimgummies", "stoiximabet"),
 * looked for at the word's start and end: long enough to mean nothing
 * else there ("keto" inside "ticketoffice" is no diet). Not "crypto",
 * "pharma" or "replica", which start a cryptographer's, a pharmacist's
 * or a replication study's words. */
static const char * const trade_stems[] = {
  "casino", "casinos", "kasino", "kazino", "kasyno", "poker", "jackpot", "betting", "stoixima", "bahis",
  "apuestas", "viagra", "cialis", "tramadol", "forex", "backlink", "backlinks", "vape", "vapes", "keto",
  "gummies", "gacor", "maxwin",
  NULL
};

/* ...and the advert's words there too ("cheapvapes", "bestketo"): the
 * long ones ("now" ends "snow", "pro" starts "program") */
static const char * const tail_stems[] = {
  "experts", "expert", "online", "cheap", "best", "official", "wholesale", "direct", "shop", "store", "deals",
  NULL
};

/* A casino's "bonus" beside a game's word ("spinpalace-bonus") or the
 * casino's own ("thaicasino-bonus-review"): each alone is a word of
 * many trades */
static const char * const bonus_stems[] = { "bonus", "bonuses", NULL };

static const char * const game_stems[] = {
  "spin", "spins", "slot", "slots", "bet", "jackpot", "lucky", "casino", "casinos", "poker",
  NULL
};

/* The words of a seller's landing page, in the path of its address
 * ("/cheap-car-rental-malta-airport"): what is sold and for how much */
static const char * const landing_words[] = {
  "cheap", "cheapest", "buy", "deal", "deals", "discount", "discounts", "rental", "rentals", "hire", "sale",
  "price", "prices", "affordable", "coupon", "coupons", "promo", "shop", "store", "order",
  NULL
};

/* ...which a shopkeeper who says the business is hers gives openly */
static const char * const own_business[] = {
  "i run", "i own", "we run", "we own", "full disclosure", "my shop", "my business", "my restaurant", "my café",
  "our restaurant", "our café",
  NULL
};

/* Whether e-mail address @email is at @site: a business writing from
 * its own domain */
static gboolean
email_at_site (const char *email,
               const char *site)
{
  const char *at = email != NULL ? strrchr (email, '@') : NULL;

  return at != NULL && g_ascii_strcasecmp (at + 1, g_str_has_prefix (site, "www.") ? site + 4 : site) == 0;
}

/* The segment of @url's path (normalised) named for search words: three
 * words or more between hyphens, one of them landing_words or a trade's
 * ("/seo-services-thailand"; how many, in *@selling_out); %NULL if none.
 * A blog's post ("/2025/07/sunday-market-map.html") sells nothing. */
static char *
landing_slug (const char *url,
              guint      *selling_out)
{
  const char *p = strstr (url, "://");
  g_auto(GStrv) segments = NULL;

  p = strchr (p != NULL ? p + 3 : url, '/');
  if (p == NULL)
    return NULL;
  segments = g_strsplit_set (p, "/?#.", -1);
  for (guint i = 0; segments[i] != NULL; i++)
    {
      /* (a post under its date: "/2024/05/where-to-buy-fish") */
      if (strlen (segments[i]) == 4 && strspn (segments[i], "0123456789") == 4)
        return NULL;
    }
  for (guint i = 0; segments[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit_set (segments[i], "-_", -1);
      guint n = 0, selling = 0;

      for (guint j = 0; words[j] != NULL; j++)
        {
          n += strlen (words[j]) >= 2;
          selling += g_strv_contains (landing_words, words[j]) || g_strv_contains (trade_names, words[j]);
        }
      if (n >= 3 && selling > 0)
        {
          *selling_out = selling;
          return g_strdup (segments[i]);
        }
    }

  return NULL;
}

/* Whether @part (a word of a host's name) starts with one of @stems */
static gboolean
starts_with_stem (const char         *part,
                  const char * const *stems)
{
  for (guint i = 0; stems[i] != NULL; i++)
    {
      /* (the first byte first: most stems are gone at it) */
      if (part[0] == stems[i][0] && g_str_has_prefix (part, stems[i]))
        return TRUE;
    }

  return FALSE;
}

/* Whether @part ends with one of @stems, and not as the whole part */
static gboolean
ends_with_stem (const char         *part,
                const char * const *stems)
{
  gsize len = strlen (part);

  for (guint i = 0; stems[i] != NULL; i++)
    {
      gsize stem_len = strlen (stems[i]);

      if (len > stem_len && memcmp (part + len - stem_len, stems[i], stem_len) == 0)
        return TRUE;
    }

  return FALSE;
}

/* How many ends of @part hold one of @stems: 0, 1 (the whole part is
 * one) or 2 ("ketoslimgummies") */
static guint
stems_in_part (const char         *part,
               const char * const *stems)
{
  return starts_with_stem (part, stems) + ends_with_stem (part, stems);
}

/* Whether @domain (normalised: "crypto-recovery-experts.net") is named
 * for a trade: two of the trades' words, or one and an advert's, between
 * its hyphens or run together at a word's ends; or a casino's "bonus"
 * beside a game's word. @content: the comment, normalised. */
static gboolean
domain_named_for_trade (const char *domain,
                        const char *content)
{
  gboolean told = FALSE;
  const char *dot;
  g_autofree char *name = NULL;
  g_auto(GStrv) parts = NULL;
  guint trades = 0, tails = 0;
  gboolean bonus = FALSE, game = FALSE;

  if ((dot = strrchr (domain, '.')) == NULL || _byline_spam_host_is_org (domain))
    return FALSE;
  name = g_strndup (domain, dot - domain);
  parts = g_strsplit_set (name, "-.", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (g_strv_contains (trade_names, parts[i]))
        {
          trades++;
          told |= _byline_spam_contains_string (content, parts[i]);
        }
      else
        trades += stems_in_part (parts[i], trade_stems);
      if (g_strv_contains (trade_name_tails, parts[i]))
        tails++;
      else
        tails += stems_in_part (parts[i], tail_stems);
      bonus |= stems_in_part (parts[i], bonus_stems) > 0;
      game |= stems_in_part (parts[i], game_stems) > 0;
    }

  /* (a shop's own ending is a tail too: "luxebags-replica.shop" is a
   * replica shop as much as "replica-shop.com", under a comment that
   * says nothing of replicas; a maker of model ships names her craft) */
  if (!told)
    tails += g_str_equal (dot + 1, "shop") || g_str_equal (dot + 1, "store");

  return trades >= 2 || (trades == 1 && tails > 0) || (bonus && game);
}

/* A betting site's own name, for a bonus offered in a language with no
 * gambling word in byline-spam-filter-pitches.c: a word of its address
 * that is, starts or ends with a game's ("maltabet-vip", "casinoking"),
 * not "alphabet" */
static const char * const gambling_host_words[] = {
  "bet", "bets", "betting", "casino", "casinos", "slot", "slots", "poker", "jackpot", "toto",
  NULL
};

static const char * const gambling_host_starts[] = {
  "betting", "casino", "poker", "jackpot", "slots",
  NULL
};

static const char * const gambling_host_ends[] = {
  "bet", "bets", "casino", "slots", "poker", "jackpot", "spins",
  NULL
};

static const char * const not_gambling[] = {
  "alphabet", "tibet", "sorbet", "gibbet", "barbet", "abet",
  NULL
};

/* Whether a link of normalised @text goes to a site named for betting
 * (byline-spam-filter-pitches.c weighs it beside a bonus) */
gboolean
_byline_spam_links_to_gambling_host (const char *text)
{
  g_autoptr(GPtrArray) hosts = g_ptr_array_new_with_free_func (g_free);

  _byline_spam_scan_links (text, NULL, hosts);
  for (guint i = 0; i < hosts->len; i++)
    {
      const char *host = g_ptr_array_index (hosts, i);
      const char *tld = strrchr (host, '.');
      g_autofree char *name = NULL;
      g_auto(GStrv) parts = NULL;

      if (tld == NULL || _byline_spam_host_is_official (host) || _byline_spam_host_is_news (host))
        continue;
      name = g_strndup (host, tld - host);
      parts = g_strsplit_set (name, "-.", -1);
      for (guint j = 0; parts[j] != NULL; j++)
        {
          if (g_strv_contains (not_gambling, parts[j]))
            continue;
          if (g_strv_contains (gambling_host_words, parts[j]))
            return TRUE;
          for (guint k = 0; gambling_host_starts[k] != NULL; k++)
            {
              if (g_str_has_prefix (parts[j], gambling_host_starts[k]))
                return TRUE;
            }
          for (guint k = 0; gambling_host_ends[k] != NULL; k++)
            {
              if (g_str_has_suffix (parts[j], gambling_host_ends[k]))
                return TRUE;
            }
        }
    }

  return FALSE;
}

/* Whether the domain of e-mail address @email (normalised) is named for
 * a trade */
static gboolean
email_named_for_trade (const char *email,
                       const char *content)
{
  const char *at = strchr (email, '@');

  return at != NULL && domain_named_for_trade (at + 1, content);
}

/* "[…] the transit authority will add six ferries […] read more at
 * https://…": a copying site's excerpt of the story, in brackets and
 * ellipses, and its link (a pingback's shape, posted as a comment) */
static gboolean
is_scraped_excerpt (const char *content)
{
  static const char * const openings[] = { "[…]", "[...]", "[..]", "[&hellip;]", NULL };

  for (guint i = 0; openings[i] != NULL; i++)
    {
      if (g_str_has_prefix (content, openings[i]) && strstr (content + strlen (openings[i]), openings[i]) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* Whether @text has a character of three bytes or more in UTF-8 (from
 * U+0800 on: Indic, Thai, kana, Han, Hangul...) */
static gboolean
has_asian_script (const char *text)
{
  for (const char *p = text; *p; p++)
    {
      if ((guchar) *p >= 0xE0)
        return TRUE;
    }

  return FALSE;
}

/* What Korean adverts put between a messenger and its ID: "문의"
 * (inquiries), "상담" (advice) and a label, "ID" or "아이디" */
static const char * const id_labels[] = { "문의", "상담", "id", "아이디", NULL };

/* Past the labels at @q ("카톡 문의 ID: toto7777", "카카오톡 상담:
 * loan24"), their spaces and colons, and a handle's "@" ("加LINE：
 * @tw-win168") */
static const char *
skip_id_labels (const char *q)
{
  for (gboolean more = TRUE; more;)
    {
      more = FALSE;
      while (*q == ' ' || *q == ':')
        q++;
      if (g_str_has_prefix (q, "："))
        {
          q += strlen ("：");
          more = TRUE;
        }
      for (guint i = 0; id_labels[i] != NULL; i++)
        {
          gsize n = strlen (id_labels[i]);

          if (g_str_has_prefix (q, id_labels[i]) && !g_ascii_isalnum (q[n]))
            {
              q += n;
              more = TRUE;
              break;
            }
        }
    }

  return *q == '@' ? q + 1 : q;
}

/* Whether normalised @text gives a messenger ID the way Asian spam
 * writes it, in a text not all in Latin letters: WeChat's "vx:aa5566",
 * "v信 abc123", "wx：xyz888"; KakaoTalk's "카톡 문의: job777" and "카톡
 * 문의 ID: toto7777"; LINE's "ไลน์ abc123" and, in Chinese, "加LINE：
 * @win168" (add LINE). Not "微信 2024年", a year, nor a word, nor a
 * handle without digits ("加LINE：@taipeiwater", a utility's). */
static gboolean
has_messenger_id (const char *text)
{
  static const char * const marks[] = {
    "vx", "wx", "v信", "薇信", "威信", "加v", "微信", "카톡", "카카오톡", "카톡 문의", "ไลน์", "แอดไลน์", "加line",
    "加賴", NULL
  };

  for (guint i = 0; marks[i] != NULL; i++)
    {
      gsize len = strlen (marks[i]);

      if (!_byline_spam_contains_string (text, marks[i]) || !has_asian_script (text))
        continue;
      for (const char *p = strstr (text, marks[i]); p != NULL; p = strstr (p + 1, marks[i]))
        {
          const char *q = p + len;
          guint n = 0, letters = 0, digits = 0;

          if (p > text && g_ascii_isalnum (p[-1]))
            continue;
          q = skip_id_labels (q);
          for (; g_ascii_isalnum (q[n]) || q[n] == '_' || q[n] == '-'; n++)
            {
              letters += g_ascii_isalpha (q[n]);
              digits += g_ascii_isdigit (q[n]);
            }
          /* an ID has letters and digits ("job777"): "카톡 2023" is a year */
          if (n >= 4 && q > p + len && letters > 0 && digits > 0)
            return TRUE;
        }
    }

  return FALSE;
}

void
_byline_spam_ruse_evidence (const BylineSpamSample *sample,
                            const char             *content,
                            guint                   outside_links,
                            GArray                 *evidence)
{
  g_autofree char *url = _byline_spam_normalize (sample->author_url);
  g_autofree char *site = url[0] != '\0' ? _byline_spam_url_host (url) : NULL;
  gboolean has_site = site != NULL && !_byline_spam_host_is_official (site) && !_byline_spam_host_is_platform (site);

  /* "The detail about … stayed with me … which is why I always
   * recommend …": a story quoted to turn to a product */
  if (_byline_spam_any_word (content, engagement) && _byline_spam_any_word (content, turns) && !warned (content) &&
      (has_site || goes_somewhere (content, outside_links)))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("quotes the story, then turns to a product and where to get it")));

  /* A brand's help desk with a number to ring about an account, a
   * booking or a refund */
  if (_byline_spam_any_word (content, desk_calls) && _byline_spam_any_word (content, desks) &&
      _byline_spam_any_word (content, desk_issues) && !_byline_spam_any_word (content, desk_readers) &&
      !warned (content) && !_byline_spam_names_public_help (content) &&
      (_byline_spam_has_phone (content) || _byline_spam_has_spelt_number (content)))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("gives a number to ring about an account, a booking or a refund, as "
                                           "fake help desks do")));

  /* A bureau of investigators that traces and recovers lost money */
  if (_byline_spam_any_word (content, bureaus) && _byline_spam_any_word (content, recoveries) &&
      _byline_spam_any_word (content, victims) && !_byline_spam_any_word (content, recovery_readers) &&
      _byline_spam_has_private_contact (content))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("offers investigators to trace and recover lost money, with an address")));

  /* Paid work from home by the day, for money, and somewhere to write */
  if ((_byline_spam_any_word (content, jobs) || _byline_spam_strings_found (content, jobs_unspaced) > 0) &&
      (_byline_spam_any_word (content, by_the_day) || _byline_spam_strings_found (content, by_the_day_unspaced) > 0) &&
      (_byline_spam_any_word (content, earnings) || _byline_spam_strings_found (content, earnings_unspaced) > 0 ||
       _byline_spam_has_currency_sign (content)) &&
      !warned (content) && (_byline_spam_has_private_contact (content) || has_messenger_id (content)))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("offers paid work by the day, with somewhere to write")));

  /* A casino's deposit bonus, and where to sign up */
  if ((_byline_spam_any_word (content, casinos) || _byline_spam_strings_found (content, casinos_unspaced) > 0) &&
      (_byline_spam_any_word (content, deposit_bonuses) ||
       _byline_spam_strings_found (content, deposit_bonuses_unspaced) > 0) &&
      !warned (content) && !_byline_spam_any_word (content, casino_readers) &&
      (goes_somewhere (content, outside_links) || _byline_spam_has_private_contact (content)))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("offers a casino’s deposit bonus, and where to sign up")));

  /* A link in the site's own articles, for pay, offered to its editor */
  if (_byline_spam_any_word (content, link_trade) && _byline_spam_any_word (content, link_payment) &&
      _byline_spam_any_word (content, to_editor))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("offers the editor money for a link in the site’s articles")));

  /* An app's unofficial download, unlocked, with a link */
  if ((_byline_spam_contains_word (content, "apk") || _byline_spam_contains_string (content, ".apk")) &&
      _byline_spam_any_word (content, apk_lures) && !warned (content) && goes_somewhere (content, outside_links))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("offers an app’s unofficial download (an APK) at a link")));

  /* "Check my profile, link in bio", from an author with a website */
  if (has_site && _byline_spam_any_word (content, profiles) && !warned (content))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("sends readers to the author’s profile, with a website to go to")));

  /* "加微信 vx:aa5566" */
  if (has_messenger_id (content))
    _byline_spam_add_evidence (evidence, 0.55,
                               g_strdup (_("gives a WeChat, KakaoTalk or LINE ID to write to")));

  /* The author's website named for one ("best-online-casino-bonus.net") */
  if (has_site && domain_named_for_trade (site, content))
    {
      g_autofree char *quoted = _byline_spam_quote_for_reason (site);

      _byline_spam_add_evidence (evidence, 0.5,
                                 /* Translators: %s is a web site's name, as best-online-casino-bonus.example */
                                 g_strdup_printf (_("the author’s website %s is named for a trade spam sells"), quoted));
    }

  /* The author's website a seller's landing page, named for what it
   * sells ("…/cheap-car-rental-malta-airport"), at a shop's address or
   * the one the author writes from: a reader gives her site's front
   * page, or a post of her blog, and a shopkeeper says the shop is hers */
  if (has_site && (_byline_spam_host_is_commercial (site) || email_at_site (sample->author_email, site)) &&
      !_byline_spam_any_word (content, own_business))
    {
      guint selling = 0;
      g_autofree char *slug = landing_slug (url, &selling);

      /* (two of a seller's words, "cheap-pvc-windows-kuldiga-best-
       * price", are a page written for a search, not a reader's) */
      if (slug != NULL)
        {
          g_autofree char *quoted = _byline_spam_quote_for_reason (slug);

          _byline_spam_add_evidence (evidence, selling >= 2 ? 0.55 : 0.3,
                                     /* Translators: %s is part of a web address, as cheap-car-rental-malta */
                                     g_strdup_printf (_("the author’s website is a seller’s page named for search "
                                                        "words, “%s”"), quoted));
        }
    }

  /* A copying site's excerpt of the story, with its link */
  if (is_scraped_excerpt (content) && (outside_links > 0 || has_site))
    _byline_spam_add_evidence (evidence, 0.55,
                               g_strdup (_("an excerpt of the story in brackets and ellipses with a link, as sites "
                                           "that copy stories post")));

  /* The author's e-mail at a site named for a trade */
  if (sample->author_email != NULL && strchr (sample->author_email, '@') != NULL)
    {
      g_autofree char *email = _byline_spam_normalize (sample->author_email);

      if (email_named_for_trade (email, content))
        _byline_spam_add_evidence (evidence, 0.5,
                                   g_strdup (_("the author’s e-mail address is at a site named for a trade spam "
                                               "sells")));
    }
}

/* byline-spam-filter-hideouts.c: spam that hides where it sends readers
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Spam puts its address where a reader does not look or behind a host
 * readers trust: a redirect on a search engine's or a social network's
 * own address, a free page on a big platform named for what it sells, a
 * page on an IPFS gateway no one can take down, an invite into a
 * private group chat; or in the author's fields under a few words that
 * fit any comment; or it spells its word a letter at a time. Readers
 * use the same hosts for clubs, minutes and maps, and invite others to
 * groups for their street or their chess club: each rule needs what
 * the spam is for as well as where it hides, and a reader's warning
 * weighs it down.
 *
 * Read since the thirty-seventh round: an app hidden in what passes for
 * a document, "see your parcel's photo", "our wedding invitation", "your
 * fine" at a link to an .apk (an Android app, installed outside the
 * store, that reads the phone's bank texts); and a banned site's
 * "alternative link" round the block ("link alternatif anti nawala",
 * "güncel giriş adresi", "рабочее зеркало"), in the text or as the
 * author's website. Since the forty-first, a reader who warns of a
 * "golpe" or an "estafa" talks of spam as one who says "scam" does;
 * since the fifty-second, one who writes "প্রতারণা" or "ETA PROTAROK",
 * which is worked out once for the comment being classified; since
 * the fifty-third, Amharic's "ማጭበርበር" and Afaan Oromo's "gowwoomsaa".
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "byline-spam-filter-private.h"

/* A reader warning of what she quotes (not "don't" or "never": spam
 * says "don't miss it" and "never been easier") */
static const char * const warnings[] = {
  "scam", "scams", "scammer", "scammers", "fraud", "fake", "beware", "warning", "phishing", "estafa", "estafadores", "cuidado", "betrug", "vorsicht", "arnaque", "мошенник", "мошенники",
  "осторожно", "развод", "лохотрон", "не ведитесь", "шахраї", "احتيال", "احذروا", "کلاهبرداری", "مراقب",
  "penipuan", "palsu", "waspada", "lừa đảo", "giả mạo", "dolandırıcı", "มิจฉาชีพ", "หลอกลวง",
  NULL
};

/* Invites into a private group: no reader can see what is said there
 * before joining */
static const char * const group_invites[] = {
  "t.me/+", "t.me/joinchat", "telegram.me/+", "telegram.me/joinchat", "chat.whatsapp.com/", "discord.gg/",
  "discord.com/invite/", "discordapp.com/invite/", "signal.group/",
  NULL
};

/* Money promised there: earnings, sure tips, a guaranteed return (an
 * investment club that "promises no profits" promises none of these;
 * a conversation group that meets "every day" no money at all; coins
 * "10x" before they "pump" are) */
static const char * const money_talk[] = {
  "earn", "earning", "earnings", "income", "signals", "odds", "fixed matches", "betting", "win rate", "hit rate",
  "guaranteed", "sure picks", "pump", "10x", "100x", "presale", "ganar", "gana", "dinero", "apuestas",
  "pronósticos", "ganancias", "verdienen", "ganhe", "lucros", "sinais", "apostas", "gagnez", "درآمد", "تومان",
  "مضمونة", "أرباح", "заработ", "подработ", "ставки", "заробіт", "कमाई", "कमाएँ",
  /* signals and profit, in Europe's and Indonesia's languages */
  "señales", "ganancia", "signaux", "bénéfices", "segnali", "guadagni", "guadagno", "signale", "gewinne",
  "sygnały", "zyski", "zysk", "keuntungan", "sinyal", "profit",
  NULL
};

/* Redirects on a big site's own address: the link shows the big site,
 * the reader lands elsewhere */
static const char * const redirects[] = {
  "google.com/url?", "google.co.uk/url?", "l.facebook.com/l.php?", "lm.facebook.com/l.php?", "href.li/?",
  "away.vk.com/away.php?", "youtube.com/redirect?", "l.instagram.com/?", "t.umblr.com/redirect?",
  "out.reddit.com/", "l.threads.net/?", "bing.com/ck/a?",
  NULL
};

/* Free pages on big platforms, named by their subdomain... */
static const char * const page_hosts[] = {
  "notion.site", "pages.dev", "web.app", "firebaseapp.com", "github.io", "blogspot.com", "netlify.app",
  "vercel.app", "wixsite.com", "weebly.com", "carrd.co", "glitch.me", "godaddysites.com", "webflow.io",
  "mystrikingly.com", "square.site", "canva.site", "framer.website",
  NULL
};

/* ...or by their path */
static const char * const page_paths[] = {
  "sites.google.com/view/", "sites.google.com/site/", "linktr.ee/", "beacons.ai/", "taplink.cc/", "bio.link/",
  "lnk.bio/", "linkin.bio/",
  NULL
};

/* What a page's name says it sells, beyond a shop's words: dates,
 * income, grants and claims, giveaways */
static const char * const page_trades[] = {
  "sexy", "income", "profit", "profits", "earn", "earnings", "invest", "airdrop", "giveaway", "wallet", "rich",
  "reich", "geld", "verdienen", "ganar", "dinero", "ingresos", "gagner", "renda", "lucro",
  NULL
};
/* (not "free", "date", "hot", "cash", "money", "grant", "pension", "prize",
 * "refund" or "claim" alone: readers' own pages are named so — a little
 * free library, a school's key dates, a pension advice desk) */

static const char * const page_trade_parts[] = {
  "income", "profit", "airdrop", "giveaway", "dating", "hotdate", "casino", "passive", "makemoney",
  /* the single words readers use too, in the pairs spam puts them in */
  "hot date", "hot girl", "pension grant", "winter grant", "energy grant", "grant claim", "claim grant",
  "tax refund", "refund claim", "claim refund", "free money", "free cash", "cash prize", "claim prize",
  "prize claim", "claim your", "free iphone", "free gift card",
  NULL
};

/* IPFS gateways: a page put there cannot be taken down by a host */
static const char * const ipfs_gateways[] = {
  "ipfs.io", "dweb.link", "cloudflare-ipfs.com", "w3s.link", "nftstorage.link", "pinata.cloud", "4everland.io",
  "ipfs.fleek.co", "infura-ipfs.io",
  NULL
};

/* Where an app's package may be linked to by readers: the code hosts
 * and F-Droid, which build free apps in the open */
static const char * const app_sources[] = {
  "github.com", "gitlab.com", "codeberg.org", "f-droid.org", "sourceforge.net",
  NULL
};

/* What an app to install is dressed as: an invitation, a parcel's
 * photo, a bill or a fine, a letter, aid to claim (in the text or the
 * file's name: "LIHAT_FOTO_PAKET.apk", "Undangan_Pernikahan.apk") */
static const char * const app_disguises[] = {
  "invitation", "wedding", "photo", "photos", "parcel", "package", "delivery", "bill", "invoice", "fine",
  "ticket", "document", "letter", "receipt", "tax", "refund", "aid", "undangan", "pernikahan", "nikahan",
  "foto", "paket", "resi", "kurir", "tagihan", "tilang", "denda", "surat", "dokumen", "berkas", "bansos",
  "bantuan", "pajak", "jemputan", "perkahwinan", "bungkusan", "saman", "challan", "e-challan", "bijli",
  "thiệp cưới", "thiệp mời", "hóa đơn", "phạt nguội", "bưu kiện", "convite", "casamento", "fatura", "multa",
  "invitación", "boda", "factura", "paquete", "imbitasyon", "kasal", "पार्सल", "बिल", "चालान", "निमंत्रण",
  "ใบแจ้งหนี้", "พัสดุ", "การ์ดแต่งงาน", "请柬", "包裹", "청첩장", "택배",
  NULL
};

/* ...and a reader telling others not to open it */
static const char * const app_warnings[] = {
  "don't install", "do not install", "don't open", "do not open", "never install", "malware", "virus", "trojan",
  "jangan dibuka", "jangan buka", "jangan klik", "jangan diklik", "jangan install", "jangan instal",
  "jangan diinstal", "jangan download", "jangan unduh", "hati-hati", "modus", "đừng mở", "đừng cài",
  "cảnh báo", "não instale", "não abra", "no instales", "no abras",
  NULL
};

/* A banned site's new address round the block, as gambling and pirate
 * sites give it: Indonesia's "anti nawala" (its block list), Turkey's
 * "current login address", Russia's "working mirror" */
static const char * const mirrors[] = {
  "link alternatif", "alternatif link", "anti nawala", "antinawala", "anti blokir", "antiblokir",
  "güncel giriş", "guncel giris", "yeni giriş adresi", "yeni giris adresi", "рабочее зеркало",
  "актуальное зеркало", "зеркало сайта", "link vào mới nhất", "link dự phòng", "ลิงก์สำรอง", "ลิ้งค์สำรอง",
  "备用网址", "最新网址", "防封", "우회주소", "우회 주소",
  NULL
};

/* Naming the scripts or the trick: a reader explaining look-alike
 * letters quotes one */
static const char * const script_talk[] = {
  "cyrillic", "latin", "greek", "homoglyph", "homoglyphs", "look-alike", "lookalike", "punycode", "unicode",
  "кириллиц", "латиниц",
  NULL
};

/* Talking of spam: a reader mocking the adverts quotes their spelling
 * (and, in Portuguese and Spanish, a reader warning of a "golpe" quotes
 * the swindler's number: "do tal \"Zap 81 9 9X …\""; in any language a
 * reader warning of a fraud quotes the message she got: "Přišla mi
 * zpráva \"… Viber +420 …\". Podvod, nenaleťte") */
static const char * const spam_talk[] = {
  "spam", "spammer", "spammers", "spammy", "moderator", "moderators", "filter", "scam", "scams", "scammers", "bots",
  "this is fake", "it's fake", "it’s fake",
  "golpe", "golpes", "golpista", "golpistas", "estafa", "estafador", "estafadores",
  /* (a fraud, its fraudsters and "don't fall for it", in the languages
   * the rules read; whole words in Latin letters) */
  "fraud", "fraudsters", "phishing", "fraude", "arnaque", "arnaques", "escroquerie", "escrocs", "betrug",
  "betrüger", "abzocke", "truffa", "truffatori", "oplichting", "oplichters", "oszustwo", "oszuści", "oszusci",
  "podvod", "podvodník", "podvodníci", "podvodnik", "podvodnici", "nenaleťte", "nenalette", "csalás", "csalók",
  "átverés", "țeapă", "teapa", "înșelătorie", "inselatorie", "prevara", "dolandırıcı", "dolandırıcılar",
  "dolandırıcılık", "penipuan", "penipu", "lừa đảo", "lua dao", "utapeli", "matapeli", "modus", "budol",
  "nsba", "шахра", "мошенни", "απάτη", "احتيال", "诈骗", "骗子", "มิจฉาชีพ",
  /* (Greek's without accents, its fraudsters; Albanian's and Bulgarian's) */
  "απατη", "απατεώνες", "απατεωνες", "mashtrim", "mashtrues", "измама", "измамници",
  /* (Japanese's, its loan sharks and spiritual sales; Korean's, and
   * Chinese's in its traditional script) */
  "詐欺", "闇金", "ヤミ金", "霊感商法", "フィッシング", "詐騙", "사기", "스미싱", "피싱",
  /* (Kazakh's and Uzbek's fraud, Russian's fake and "don't follow the
   * link", found inside words: "алаяқтық", "не переходите по ссылке") */
  "алаяқ", "firibgar", "фейк", "не переходите",
  /* (Wolof's swindle and swindlers, and its "beware!") */
  "naxe", "naxkat", "moytuleen", "moytul",
  /* (Bengali's and Banglish's fraud, fraudsters, defrauded, forgery,
   * "it's fake", a fake advert) */
  "প্রতারণা", "প্রতারক", "প্রতারিত", "জালিয়াতি", "এটা ভুয়া", "সব ভুয়া", "ভুয়া বিজ্ঞাপন", "protarona", "protarok",
  "protarito",
  /* (Amharic's fraud and fraudsters, found inside words as prefixes and
   * endings join them: "ማጭበርበር ነው", "አጭበርባሪዎቹ"; Afaan Oromo's) */
  "ማጭበርበ", "አጭበርባሪ", "አጭበርብ", "gowwoomsaa", "gowwoomsitoota", "gowwoomsituu",
  NULL
};

gboolean
_byline_spam_has_group_invite (const char *text)
{
  return _byline_spam_strings_found (text, group_invites) > 0;
}

gboolean
_byline_spam_names_scripts (const char *text)
{
  return _byline_spam_terms_found (text, script_talk) > 0;
}

static gboolean
names_spam_talk (const char *text)
{
  return _byline_spam_terms_found (text, spam_talk) > 0;
}

/* (worked out once for the comment being classified: several rules ask) */
gboolean
_byline_spam_talks_of_spam (const char *text)
{
  return _byline_spam_fact (text, BYLINE_SPAM_FACT_TALKS_OF_SPAM, names_spam_talk);
}

/* Whether the name of a free page (a subdomain or a path's first part,
 * "mia-hot-dates-tonight") says what spam sells */
static gboolean
page_name_sells (const char *name,
                 gsize       len)
{
  g_autofree char *words = g_strndup (name, MIN (len, 80));
  g_autofree char *host = NULL;

  g_strdelimit (words, ".-_/0123456789", ' ');
  if (_byline_spam_any_word (words, page_trades) || _byline_spam_any_substring (words, page_trade_parts))
    return TRUE;

  /* a shop's words, as in a shop's own address */
  host = g_strconcat (words, ".invalid", NULL);
  g_strdelimit (host, " ", '-');
  return _byline_spam_host_is_commercial (host);
}

/* The page named after @prefix in @text ("sites.google.com/view/NAME"),
 * once for each time it occurs; whether one says what spam sells */
static gboolean
paths_sell (const char *text)
{
  if (text == NULL)
    return FALSE;

  for (guint i = 0; page_paths[i] != NULL; i++)
    {
      gsize n = strlen (page_paths[i]);

      for (const char *p = strstr (text, page_paths[i]); p != NULL; p = strstr (p, page_paths[i]))
        {
          const char *start = p + n;
          const char *end = start;

          while (g_ascii_isalnum (*end) || *end == '-' || *end == '_' || *end == '.')
            end++;
          if (end > start && page_name_sells (start, end - start))
            return TRUE;
          p = end;
        }
    }

  return FALSE;
}

/* Whether @host is a free page on a platform named for what spam sells */
static gboolean
page_host_sells (const char *host)
{
  gsize len;

  if (host == NULL || !_byline_spam_host_in (host, page_hosts))
    return FALSE;

  len = strlen (host);
  for (guint i = 0; page_hosts[i] != NULL; i++)
    {
      gsize n = strlen (page_hosts[i]);

      if (len > n + 1 && strcmp (host + len - n, page_hosts[i]) == 0)
        return page_name_sells (host, len - n - 1);
    }

  return FALSE;
}

/* "%3a%2f%2f" as "://": a redirect's target is often written encoded */
static char *
decode_target (const char *start)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = start; *p && !g_ascii_isspace (*p) && *p != '&' && out->len < 300; p++)
    {
      if (p[0] == '%' && g_ascii_isxdigit (p[1]) && g_ascii_isxdigit (p[2]))
        {
          g_string_append_c (out, (char) (g_ascii_xdigit_value (p[1]) * 16 + g_ascii_xdigit_value (p[2])));
          p += 2;
        }
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* A redirect's target written in base64 after "u=a1" (Bing's), read
 * in the comment as written (normalising lowers its letters): the
 * first one's host, or %NULL */
static char *
base64_target (const char *raw)
{
  for (const char *p = raw != NULL ? strstr (raw, "u=a1") : NULL; p != NULL; p = strstr (p, "u=a1"))
    {
      g_autoptr(GString) coded = g_string_new (NULL);
      g_autofree guchar *plain = NULL;
      g_autofree char *host = NULL;
      gsize len = 0;

      for (p += 4; g_ascii_isalnum (*p) || *p == '-' || *p == '_'; p++)
        {
          if (coded->len < 400)
            g_string_append_c (coded, *p == '-' ? '+' : *p == '_' ? '/' : *p);
        }
      while (coded->len % 4 != 0)
        g_string_append_c (coded, '=');
      plain = g_base64_decode (coded->str, &len);
      if (plain == NULL || len < 8 || strncmp ((const char *) plain, "http", 4) != 0)
        continue;
      {
        g_autofree char *url = g_ascii_strdown ((const char *) plain, len);

        host = _byline_spam_url_host (url);
      }
      if (host != NULL)
        return g_steal_pointer (&host);
    }

  return NULL;
}

/* The host a redirect in @text sends readers to: 1 when it looks like
 * a shop's (*@target set to it), 2 when it is hidden or not a source's,
 * 0 when there is none or it is an official body's or a newspaper's */
static guint
redirect_target (const char  *text,
                 char       **target)
{
  guint found = 0;

  for (guint i = 0; redirects[i] != NULL && found != 1; i++)
    {
      /* (on from the end of each link: a hostile text of one
       * redirect after another is read once) */
      for (const char *p = strstr (text, redirects[i]); p != NULL && found != 1; p = strstr (p, redirects[i]))
        {
          const char *q = p + strlen (redirects[i]);
          const char *end = q;
          g_autofree char *decoded = NULL;
          g_autofree char *host = NULL;

          while (*end && !g_ascii_isspace (*end))
            end++;
          p = end;
          /* the target: the first "http" of the link's query */
          while (q < end && strncmp (q, "http", 4) != 0)
            q++;
          if (q >= end)
            {
              found = 2;
              continue;
            }
          decoded = decode_target (q);
          host = _byline_spam_url_host (decoded);
          if (host == NULL || _byline_spam_host_is_official (host) || _byline_spam_host_is_news (host))
            continue;
          if (_byline_spam_host_is_commercial (host))
            {
              *target = g_steal_pointer (&host);
              found = 1;
            }
          else
            found = 2;
        }
    }

  return found;
}

/* The words of @text spelt a letter at a time ("c a s i n o"), joined;
 * %NULL when there are none of four letters or more */
static char *
spaced_words (const char *text)
{
  g_autoptr(GString) out = NULL;
  const char *p = text;

  while (*p)
    {
      const char *q = p;
      guint letters = 0;

      if (!g_ascii_isalpha (*p) || (p > text && g_ascii_isalnum (p[-1])) || p[1] != ' ')
        {
          p++;
          continue;
        }
      /* a letter, a space, a letter... each letter alone */
      while (g_ascii_isalpha (q[0]) && !g_ascii_isalnum (q[1]))
        {
          letters++;
          if (q[1] != ' ' || !g_ascii_isalpha (q[2]))
            {
              q++;
              break;
            }
          q += 2;
        }
      if (letters >= 4)
        {
          if (out == NULL)
            out = g_string_new (NULL);
          for (const char *r = p; r < q; r += 2)
            g_string_append_c (out, *r);
          g_string_append_c (out, ' ');
        }
      p = q > p ? q : p + 1;
    }

  return out != NULL ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}

/* The host of the first link in normalised @text to an Android app's
 * package ("…/LIHAT_FOTO_PAKET.apk"), a code host's and F-Droid's
 * left out; %NULL when there is none */
static char *
apk_link_host (const char *text)
{
  for (const char *p = _byline_spam_find (text, ".apk"); p != NULL; p = strstr (p + 4, ".apk"))
    {
      const char *start = p;
      g_autofree char *link = NULL;
      g_autofree char *host = NULL;

      /* (the file's name ends there, if only with a full stop: not
       * "apkpure.com", a host) */
      if (g_ascii_isalnum (p[4]) || p[4] == '-' || p[4] == '_' || (p[4] == '.' && g_ascii_isalnum (p[5])))
        continue;
      while (start > text && !g_ascii_isspace (start[-1]) && !strchr ("([<\"'", start[-1]))
        start--;
      link = g_strndup (start, p - start);
      if (strchr (link, '/') == NULL || (host = _byline_spam_url_host (link)) == NULL || strchr (host, '.') == NULL ||
          _byline_spam_host_is_official (host) || _byline_spam_host_in (host, app_sources))
        continue;

      return g_steal_pointer (&host);
    }

  return NULL;
}

/* Whether normalised @text, or the words of @url (lowered: the author's
 * website, "…/link-alternatif"), give a banned site's address round
 * the block; @url's words count alone, @text's only with a link or a
 * website to go to */
static gboolean
gives_mirror (const char *text,
              const char *url,
              gboolean    somewhere)
{
  g_autofree char *words = NULL;

  if (somewhere && _byline_spam_terms_found (text, mirrors) > 0)
    return TRUE;
  if (url == NULL)
    return FALSE;
  words = g_strdup (url);
  g_strdelimit (words, "-_/.?=&#:", ' ');
  return _byline_spam_terms_found (words, mirrors) > 0;
}

void
_byline_spam_hideout_evidence (const BylineSpamSample *sample,
                               const char             *content,
                               GPtrArray              *hosts,
                               guint                   outside_links,
                               GArray                 *evidence)
{
  /* (looked up once a rule has found something: most comments hide
   * nothing) */
  gint warned_at = -1;
#define WARNED (warned_at < 0 ? (warned_at = _byline_spam_terms_found (content, warnings) > 0) : warned_at)
  g_autofree char *site = NULL;
  g_autofree char *url = NULL;
  g_autofree char *spaced = NULL;
  g_autofree char *target = NULL;
  g_autofree char *apk = NULL;
  guint redirect = 0;
  gboolean page = FALSE, ipfs = FALSE;

  if (sample->author_url != NULL && sample->author_url[0] != '\0')
    {
      url = g_ascii_strdown (sample->author_url, -1);
      site = _byline_spam_url_host (url);
    }

  /* An invite into a private group, with money to make there */
  if (_byline_spam_has_group_invite (content) &&
      (_byline_spam_terms_found (content, money_talk) > 0 || _byline_spam_has_currency_sign (content)) && !WARNED)
    _byline_spam_add_evidence (evidence, 0.55,
                               g_strdup (_("invites readers into a private group chat by a link, with money to "
                                           "make there")));

  /* A redirect on a big site's address (a link, so only with one) */
  if (hosts->len > 0 && (redirect = redirect_target (content, &target)) > 0)
    {
      if (WARNED)
        redirect = 0;
      else if (redirect == 2 && (target = base64_target (sample->content)) != NULL)
        redirect = _byline_spam_host_is_commercial (target) ? 1
          : _byline_spam_host_is_official (target) || _byline_spam_host_is_news (target) ? 0 : 2;
    }
  if (redirect > 0)
    {
      if (redirect == 1)
        {
          g_autofree char *quoted = _byline_spam_quote_for_reason (target);

          _byline_spam_add_evidence (evidence, 0.5,
                                     /* Translators: %s is a web site's name, as cheap-shoes.example */
                                     g_strdup_printf (_("sends readers through a redirect to %s, which looks like a "
                                                        "shop or an advert"), quoted));
        }
      else
        _byline_spam_add_evidence (evidence, 0.3,
                                   g_strdup (_("links through a redirect, which hides where it goes")));
    }

  /* A free page named for what spam sells, in the text or as the
   * author's website; a page on an IPFS gateway */
  for (guint i = 0; i <= hosts->len; i++)
    {
      const char *host = i < hosts->len ? g_ptr_array_index (hosts, i) : site;

      page |= page_host_sells (host);
      ipfs |= host != NULL && _byline_spam_host_in (host, ipfs_gateways);
    }
  page |= (hosts->len > 0 && paths_sell (content)) || paths_sell (url);
  if (page && !WARNED)
    _byline_spam_add_evidence (evidence, 0.55,
                               g_strdup (_("sends readers to a free page on a big platform, named for what spam "
                                           "sells")));
  if (ipfs && !WARNED)
    _byline_spam_add_evidence (evidence, 0.35,
                               g_strdup (_("links to a page on an IPFS gateway, where no host can take a page "
                                           "down")));

  /* A few words that fit any comment, with the payload in the author's
   * fields: a name that is an advert or gives a number to write to */
  if (sample->author_name != NULL && sample->author_name[0] != '\0' && outside_links == 0)
    {
      g_autofree char *name = _byline_spam_normalize (sample->author_name);
      guint chars = 0, words = _byline_spam_count_words (content, &chars);

      if (_byline_spam_has_messenger_contact (name))
        _byline_spam_add_evidence (evidence, 0.55,
                                   g_strdup (_("the author’s name gives a WhatsApp, Telegram or similar number")));
      else if (words <= 6 && _byline_spam_name_is_advert (name) > 0)
        _byline_spam_add_evidence (evidence, 0.3,
                                   g_strdup (_("a few words that fit any comment, under a name that is an advert")));
    }

  /* A listed word spelt a letter at a time: emphasis spaces out "N O T"
   * or a town's name, not "c a s i n o"; the word alone sells nothing,
   * an offer round it does */
  if ((spaced = spaced_words (content)) != NULL)
    {
      for (guint i = 0; _byline_spam_default_suspect_words[i] != NULL; i++)
        {
          const char *word = _byline_spam_default_suspect_words[i];
          const char *at = strstr (spaced, word);
          gsize n = strlen (word);

          if (at != NULL && (at == spaced || at[-1] == ' ') && (at[n] == ' ' || at[n] == '\0'))
            {
              guint chars = 0;

              _byline_spam_add_evidence (evidence,
                                         _byline_spam_has_reach (sample, content, outside_links) ||
                                         _byline_spam_count_words (content, &chars) >= 12 ? 0.55 : 0.35,
                                         /* Translators: %s is a word of the suspect list, as casino */
                                         g_strdup_printf (_("spells the listed word “%s” a letter at a time"), word));
              break;
            }
        }
    }

  /* An app to install, at a link, dressed as a document: a parcel's
   * photo, an invitation, a bill; a reader who quotes one says not to
   * open it (a bare .apk link alone, a free app's, weighs less) */
  if (hosts->len > 0 && (apk = apk_link_host (content)) != NULL && !WARNED &&
      _byline_spam_terms_found (content, app_warnings) == 0)
    {
      if (_byline_spam_terms_found (content, app_disguises) > 0)
        _byline_spam_add_evidence (evidence, 0.55,
                                   g_strdup (_("sends an app to install (an .apk file) dressed as an invitation, a "
                                               "photo, a bill or a parcel notice")));
      else
        _byline_spam_add_evidence (evidence, 0.35,
                                   g_strdup (_("links to an app to install (an .apk file) outside an app store")));
    }

  /* A banned site's "alternative link", with somewhere to go */
  if (gives_mirror (content, url,
                    outside_links > 0 || (site != NULL && !_byline_spam_host_is_official (site))) && !WARNED)
    _byline_spam_add_evidence (evidence, 0.45,
                               g_strdup (_("gives a blocked site’s alternative address, as banned gambling sites "
                                           "do")));
#undef WARNED
}

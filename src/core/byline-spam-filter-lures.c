/* byline-spam-filter-lures.c: spam that hides where it goes, and spam
 * that lures with a wallet to connect, a copy of a watch, tips that
 * always win or praise that says nothing
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Links written as HTML codes ("&#104;ttps"), words broken by invisible
 * characters, a bare IP address or a punycode name ("xn--pple-…") where
 * a site's name should be; "connect your wallet to claim the airdrop";
 * "1:1 clone Patek Philippe, $289 with shipping"; "signals with 92%
 * accuracy, join our channel"; a paragraph of praise for "the author's
 * insights" whose only payload is the website field. Readers write
 * about wallets drained, fake watches seized and tipsters too: what
 * tells is the lure together with somewhere to answer it, and no
 * warning of it. (Since the forty-seventh round, the copies sold in
 * Japanese, Chinese and Korean: "スーパーコピー… ルイヴィトン… 激安販売".)
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "byline-spam-filter-private.h"

/* Chats with one account: "wa.me/447700900123", "t.me/SignalsVIP",
 * LINE's "lin.ee/…", Signal's "signal.group/#…". A link there is a link, though written without
 * "http". */
static const char * const messenger_hosts[] = {
  "t.me", "telegram.me", "wa.me", "chat.whatsapp.com", "api.whatsapp.com", "discord.gg", "line.me", "lin.ee",
  "signal.group", "signal.me",
  NULL
};

gboolean
_byline_spam_host_is_messenger (const char *host)
{
  return _byline_spam_host_in (host, messenger_hosts);
}

/* Found inside a host name: adult, escort and webcam sites. Not
 * "webcam" (a lake's weather camera), "milf" (Milford), "adult" (adult
 * education) nor "escort" alone (a Ford Escort owners' club). */
static const char * const adult_host_parts[] = {
  "escorts", "porn", "xxx", "camgirl", "hookup", "callgirl", "onlyfans", "livesex", "sexcam", "camsex",
  "hentai", "vipmodel", "vipgirl",
  NULL
};

/* Endings sold for adult sites only */
static const char * const adult_endings[] = {
  "sex", "porn", "adult", "xxx",
  NULL
};

/* Whether @host (lowercase) is an adult, escort or webcam site's */
gboolean
_byline_spam_host_is_adult (const char *host)
{
  g_autofree char *parts = NULL;

  if (host == NULL || host[0] == '\0')
    return FALSE;
  /* without its hyphens: "vip-models" is "vipmodels" */
  parts = g_strdup (host);
  {
    char *w = parts;

    for (const char *r = host; *r; r++)
      {
        if (*r != '-')
          *w++ = *r;
      }
    *w = '\0';
  }
  for (guint i = 0; adult_host_parts[i] != NULL; i++)
    {
      if (strstr (parts, adult_host_parts[i]) != NULL)
        return TRUE;
    }

  {
    const char *dot = strrchr (host, '.');

    if (dot != NULL && g_strv_contains (adult_endings, dot + 1))
      return TRUE;
  }

  /* "escort" as a whole part between dots, hyphens and digits:
   * "vip-escort-girls", not "fordescortclub" */
  g_free (parts);
  parts = g_strdup (host);
  g_strdelimit (parts, ".-_0123456789", ' ');

  return _byline_spam_contains_word (parts, "escort");
}

/* Whether @host is an IP address no reader's router or computer has:
 * "185.223.94.17", not "192.168.1.1" or "127.0.0.1" */
static gboolean
is_public_ip (const char *host)
{
  g_auto(GStrv) parts = NULL;
  guint n;
  int a, b;

  /* most hosts are names: said at once */
  if (!g_ascii_isdigit (host[0]) || strspn (host, "0123456789.") != strlen (host))
    return FALSE;
  parts = g_strsplit (host, ".", -1);
  if ((n = g_strv_length (parts)) != 4)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      if (parts[i][0] == '\0' || strlen (parts[i]) > 3 || strspn (parts[i], "0123456789") != strlen (parts[i]) ||
          atoi (parts[i]) > 255)
        return FALSE;
    }
  a = atoi (parts[0]);
  b = atoi (parts[1]);

  return !(a == 0 || a == 10 || a == 127 || (a == 169 && b == 254) || (a == 172 && b >= 16 && b <= 31) ||
           (a == 192 && b == 168));
}

/* Whether a label of @host is punycode: a name in other letters written
 * for the address bar ("xn--pple-43d.com" is "аpple.com" with a Cyrillic
 * "а") */
static gboolean
is_punycode (const char *host)
{
  return g_str_has_prefix (host, "xn--") || strstr (host, ".xn--") != NULL;
}

/* Asking the reader to hand over a wallet: what crypto drainers and
 * "airdrop" phishing say (and "connect your wallet" and the like, see
 * asks_for_wallet()). Two of these, or one with "airdrop"; one alone
 * is how an exchange is used. Not
 * what a reader of crypto news writes of an airdrop: "eligible wallets",
 * "the snapshot", "claim tokens". */
static const char * const wallet_lures[] = {
  "connect wallet", "connecting your wallet", "resynchronize", "resynchronise", "rectify", "recovery phrase", "seed phrase",
  "secret phrase", "mnemonic phrase", "private key", "12-word", "24-word", "walletconnect", "wallet connect",
  NULL
};

static const char * const airdrops[] = {
  "airdrop", "token airdrop", "free tokens", "free token", "presale", "whitelist", "giving away", "giveaway",
  NULL
};

/* "link your MetaMask", "sync your Trust Wallet": a verb, "your" and a
 * wallet, of any name */
static const char * const wallet_verbs[] = {
  "connect", "link", "import", "validate", "verify", "sync", "synchronize", "synchronise", "restore", "unlock",
  NULL
};

static const char * const wallet_names[] = {
  "wallet", "wallets", "metamask", "trust wallet", "phantom", "ledger", "trezor", "coinbase wallet", "exodus",
  "tronlink", "rabby",
  NULL
};

/* Whether normalised @text asks to do something to "your" wallet */
static gboolean
asks_for_wallet (const char *text)
{
  for (guint i = 0; wallet_verbs[i] != NULL; i++)
    {
      gsize len = strlen (wallet_verbs[i]);

      for (const char *p = _byline_spam_find (text, wallet_verbs[i]); p != NULL; p = strstr (p + 1, wallet_verbs[i]))
        {
          const char *q = p + len;

          if ((p > text && g_ascii_isalpha (p[-1])) || strncmp (q, " your ", 6) != 0)
            continue;
          q += 6;
          for (guint w = 0; wallet_names[w] != NULL; w++)
            {
              gsize n = strlen (wallet_names[w]);

              if (strncmp (q, wallet_names[w], n) == 0 && !g_ascii_isalpha (q[n]))
                return TRUE;
            }
        }
    }

  return FALSE;
}

/* A reader telling of a wallet drained, a watch seized or a tipster
 * exposed */
static const char * const lure_warnings[] = {
  "scam", "scams", "scammer", "scammers", "scammed", "phishing", "fraud", "fraudsters", "beware", "never",
  "don't", "do not", "stolen", "drained", "lost", "warning", "seized", "customs", "police", "avoid", "fake",
  "counterfeits", "report",
  /* (in Japanese, Chinese and Korean: a fraud, an arrest, customs and
   * a seizure, as English's) */
  "詐欺", "逮捕", "税関", "没収", "诈骗", "海关", "사기", "세관",
  NULL
};

/* A copy of a luxury brand, as its sellers call it */
static const char * const copies[] = {
  "replica", "replicas", "clone", "super clone", "1:1", "aaa quality", "aaa+", "mirror quality", "top quality copy",
  "high quality copy", "réplica", "réplicas", "réplique", "реплика", "копия", "高仿", "复刻", "superclone",
  "superclones", "swiss-grade", "replik", "repliken",
  /* (Japanese's "super copy", "N-grade", Chinese's "A goods", Korean's
   * "replica", "knock-off"; found inside words) */
  "スーパーコピー", "コピー品", "n級", "a货", "原单", "레플리카", "짝퉁", "이미테이션",
  NULL
};

static const char * const luxury_brands[] = {
  "rolex", "omega", "patek philippe", "audemars piguet", "cartier", "breitling", "hublot", "tag heuer",
  "richard mille", "louis vuitton", "gucci", "chanel", "hermes", "hermès", "prada", "dior", "balenciaga",
  "yeezy", "air jordan", "moncler", "canada goose", "ray-ban", "versace", "burberry", "fendi", "panerai",
  "iwc", "tudor", "goyard", "bottega veneta",
  /* the models copied most, named without the brand, and the goods
   * copied most, named as goods ("replica watches") */
  "submariner", "daytona", "datejust", "nautilus", "royal oak", "speedmaster", "seamaster", "birkin", "neverfull",
  "watches", "handbags", "sneakers",
  /* (the same brands in katakana, Chinese and Hangul) */
  "ルイヴィトン", "ヴィトン", "シャネル", "エルメス", "ロレックス", "グッチ", "プラダ", "ディオール", "劳力士",
  "香奈儿", "爱马仕", "路易威登", "古驰", "샤넬", "루이비통", "롤렉스", "에르메스", "구찌",
  NULL
};

/* Selling it: a price, shipping or a warranty */
static const char * const selling[] = {
  "shipping", "delivery", "warranty", "order", "price", "prices", "wholesale", "our store", "in stock",
  "free shipping", "worldwide", "paypal", "shipped", "catalogue", "catalog",
  "販売", "発送", "送料無料", "代引き", "通販", "包邮", "发货", "出售", "판매", "배송",
  NULL
};

/* ...or the brand itself sold cheap: "Cheap Air Jordan 1 only $59,
 * free shipping", at a site that is not the brand's */
static const char * const cheap_goods[] = {
  "cheap", "wholesale", "factory price", "factory outlet", "clearance", "only $", "only £", "only €",
  NULL
};

/* Whether one of @hosts holds the last word of a luxury brand normalised
 * @text names ("rolex", "vuitton", "jordan"): the brand's own site */
static gboolean
brand_own_host (const char *text,
                GPtrArray  *hosts)
{
  for (guint i = 0; luxury_brands[i] != NULL; i++)
    {
      const char *last = strrchr (luxury_brands[i], ' ');

      last = last != NULL ? last + 1 : luxury_brands[i];
      if (!_byline_spam_contains_word (text, luxury_brands[i]))
        continue;
      for (guint j = 0; j < hosts->len; j++)
        {
          if (strstr (g_ptr_array_index (hosts, j), last) != NULL)
            return TRUE;
        }
    }

  return FALSE;
}

/* A claimed success rate names one of these after (or before) its
 * percentage: "92% accuracy", "win rate of 90%" */
static const char * const success_rates[] = {
  "accuracy", "accurate", "win rate", "winning rate", "success rate", "hit rate", "winrate", "strike rate",
  "win ratio", "profitable", "точность", "проходимость", "acierto", "assertividade",
  NULL
};

/* ...and what is said to win */
static const char * const tips[] = {
  "signals", "signal", "tips", "predictions", "picks", "fixed matches", "trades", "forex", "crypto", "vip",
  "betting", "bets", "сигналы", "прогнозы", "ставки", "palpites", "pronósticos", "señales", "sinais",
  NULL
};

/* Praise that fits any article, as text generators write it at length
 * (the short kind, "great post", is byline-spam-filter-patterns.c's):
 * four or more of these in a paragraph (a line of thanks is a
 * reader's), and the author's website, and nothing else */
static const char * const generic_praise[] = {
  "insightful", "well-researched", "well researched", "thought-provoking", "thought provoking", "informative",
  "comprehensive", "excellent job", "great job", "fantastic read", "great read", "wonderful read", "valuable",
  "your expertise", "your insights", "your work", "this piece", "look forward to", "looking forward to",
  "future reference", "bookmarked", "thank you for sharing", "thanks for sharing", "keep up", "well written",
  "well-written", "easy to follow", "easy to understand", "clear and concise", "digestible", "takeaways",
  "adds real value", "real value", "truly", "particularly appreciated", "especially appreciated",
  "well-structured", "well structured", "in-depth", "great insights", "complex concepts", "complex ideas",
  "balanced perspective", "attention to detail", "a great deal of research", "highly recommend",
  "must-read", "eye-opening", "engaging", "for all levels", "readers of all levels", "depth and clarity",
  "clarity", "fresh perspective", "accessible", "thoughtful", "putting this together", "reading more",
  "important topic", "this topic", "i really appreciate", "great insight", "brilliantly", "nuanced",
  NULL
};

/* A reader's own life in her praise ("helpful for my mother"): text
 * generators praise "the author" for "readers" */
static const char * const own_life[] = {
  "my", "our", "we", "us",
  NULL
};

/* The words a reader puts a link behind when telling of her own page
 * or pointing to one: no seller's keywords */
static const char * const telling_words[] = {
  "my", "our", "i", "me", "here", "this", "that", "these", "link", "source",
  NULL
};

/* Whether normalised @text claims a success rate of 70% or more:
 * "92% accuracy", "win rate: 90%" */
static gboolean
claims_success_rate (const char *text)
{
  for (const char *p = strchr (text, '%'); p != NULL; p = strchr (p + 1, '%'))
    {
      const char *d = p;
      g_autofree char *around = NULL;

      while (d > text && (g_ascii_isdigit (d[-1]) || (d[-1] == '.' && d - 1 > text && g_ascii_isdigit (d[-2]))))
        d--;
      if (d == p || atoi (d) < 70 || atoi (d) > 100)
        continue;
      /* some thirty bytes either side, on whole characters */
      {
        const char *from = d - text > 30 ? d - 30 : text;
        const char *to = p + 1;

        for (guint n = 0; *to && n < 30; n++)
          to++;
        while (from > text && ((guchar) *from & 0xC0) == 0x80)
          from--;
        while (((guchar) *to & 0xC0) == 0x80)
          to++;
        around = g_strndup (from, to - from);
      }
      if (_byline_spam_words_found (around, success_rates) > 0)
        return TRUE;
    }

  return FALSE;
}

/* Brands phishing dresses up as, and the words of their help desks */
static const char * const brands[] = {
  "paypal", "netflix", "apple", "icloud", "amazon", "microsoft", "outlook", "office365", "google", "gmail",
  "facebook", "instagram", "whatsapp", "binance", "coinbase", "metamask", "dhl", "fedex", "usps", "royalmail",
  "hmrc", "irs", "chase", "wellsfargo", "hsbc", "barclays", "santander", "natwest", "lloyds", "spotify",
  "steam", "ebay", "trustwallet", "ledger", "uniswap", "opensea",
  NULL
};

static const char * const help_desk_words[] = {
  "support", "billing", "secure", "security", "login", "signin", "verify", "verification", "account",
  "accounts", "update", "resolution", "center", "centre", "helpdesk", "help", "recovery", "unlock", "refund",
  "service", "services", "customer", "care", "payment", "payments", "auth",
  NULL
};

static const char * const second_levels[] = { "co", "com", "org", "net", "gov", "ac", NULL };

/* The brand whose help desk @host passes for ("netflix-billing-
 * support.com", "paypal-resolution-center.info"), or %NULL: a brand
 * and a help desk's word among the parts of a name that is not the
 * brand's own ("support.apple.com" is Apple's). */
static const char *
fake_help_desk (const char *host)
{
  g_auto(GStrv) labels = g_strsplit (host, ".", -1);
  guint n = g_strv_length (labels), own;
  g_autofree char *parts = NULL;
  const char *brand = NULL;

  if (n < 2)
    return NULL;
  /* the registered name: "apple" of "support.apple.com", "royalmail"
   * of "www.royalmail.co.uk" */
  own = n >= 3 && strlen (labels[n - 1]) == 2 && g_strv_contains (second_levels, labels[n - 2]) ? n - 3 : n - 2;
  for (guint b = 0; brands[b] != NULL; b++)
    {
      if (g_str_equal (labels[own], brands[b]))
        return NULL;
    }

  parts = g_strdup (host);
  g_strdelimit (parts, ".-_0123456789", ' ');
  for (guint b = 0; brands[b] != NULL && brand == NULL; b++)
    {
      if (_byline_spam_contains_word (parts, brands[b]))
        brand = brands[b];
    }

  return brand != NULL && _byline_spam_any_word (parts, help_desk_words) ? brand : NULL;
}

/* The first host in normalised @text (of a link, a bare address or an
 * e-mail address) that passes for a brand's help desk, or %NULL */
static char *
find_fake_help_desk (const char *text)
{
  g_auto(GStrv) tokens = g_strsplit_set (text, " \t\r\n()<>\"',;!?[]", -1);

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      const char *t = tokens[i];
      const char *at = strrchr (t, '@');
      g_autofree char *host = NULL;

      if (at != NULL)
        t = at + 1;
      if (strchr (t, '.') == NULL || (host = _byline_spam_url_host (t)) == NULL)
        continue;
      g_strstrip (host);
      while (host[0] != '\0' && host[strlen (host) - 1] == '.')
        host[strlen (host) - 1] = '\0';
      if (strchr (host, '.') != NULL && fake_help_desk (host) != NULL)
        return g_steal_pointer (&host);
    }

  return NULL;
}

/* Whether @inner, the words a link is written behind, are a seller's:
 * none of a reader's own or pointing words, no address */
static gboolean
anchor_is_sellers (const char *inner)
{
  return inner[0] != '\0' && strstr (inner, "http") == NULL && strstr (inner, "www.") == NULL &&
    strchr (inner, '.') == NULL && strchr (inner, '<') == NULL && !_byline_spam_any_word (inner, telling_words);
}

/* The words of the first Markdown link in normalised @text to a site
 * that looks like a shop ("[Read more](https://bestpaydayloans…)"), or
 * %NULL. Readers write Markdown to their sources and their own pages,
 * and to a shop when they tell of theirs ("I bought mine at [the
 * outlet…]"), not behind a seller's words to a shop with nothing of
 * their own. */
static char *
markdown_anchor_words (const char *text)
{
  if (strstr (text, "](") == NULL || _byline_spam_any_word (text, telling_words))
    return NULL;
  for (const char *p = strstr (text, "]("); p != NULL; p = strstr (p + 1, "]("))
    {
      const char *open = p;
      g_autofree char *host = NULL;
      g_autofree char *inner = NULL;

      while (open > text && p - open < 80 && open[-1] != '[' && open[-1] != ']')
        open--;
      if (open == text || open[-1] != '[')
        continue;
      host = _byline_spam_url_host (p + 2);
      inner = g_strstrip (g_strndup (open, p - open));
      if (host != NULL && _byline_spam_host_is_commercial (host) && !_byline_spam_host_is_platform (host) &&
          anchor_is_sellers (inner))
        return g_steal_pointer (&inner);
    }

  return NULL;
}

/* The words of the first link in normalised @text written as HTML or
 * BBCode with words for its text ("<a href=…>essay writer</a>",
 * "[url=…]cheap pills[/url]"), to a site that is no public body's,
 * newspaper's or platform's, or in Markdown to a shop's; %NULL when
 * there is none. A reader's Markdown "[the audit](…)" is no such link:
 * readers write Markdown. */
static char *
anchor_words (const char *text)
{
  static const struct {
    const char *open;
    const char *close_open;
    const char *close;
  } kinds[] = {
    { "<a ", ">", "</a>" },
    { "[url=", "]", "[/url]" },
  };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      for (const char *p = strstr (text, kinds[k].open); p != NULL; p = strstr (p + 1, kinds[k].open))
        {
          const char *href = k == 0 ? strstr (p, "href=") : p + strlen ("[url");
          const char *words, *end;
          g_autofree char *host = NULL;
          g_autofree char *inner = NULL;

          if (href == NULL || (words = strstr (href, kinds[k].close_open)) == NULL ||
              (end = strstr (words, kinds[k].close)) == NULL)
            continue;
          href += strlen ("href=");
          while (*href == '"' || *href == '\'')
            href++;
          host = _byline_spam_url_host (href);
          words++;
          inner = g_strstrip (g_strndup (words, end - words));
          if (host == NULL || _byline_spam_host_is_official (host) || _byline_spam_host_is_news (host) ||
              _byline_spam_host_is_platform (host) || !anchor_is_sellers (inner))
            continue;

          return g_steal_pointer (&inner);
        }
    }

  return markdown_anchor_words (text);
}

/* @content: normalised; @valid: the content as written, valid UTF-8;
 * @hosts: the hosts it links to; @outside_links: links to other than
 * official bodies and newspapers. */
void
_byline_spam_lure_evidence (const BylineSpamSample *sample,
                            const char             *content,
                            const char             *valid,
                            GPtrArray              *hosts,
                            guint                   outside_links,
                            GArray                 *evidence)
{
  g_autofree char *url = sample->author_url != NULL ? _byline_spam_normalize (sample->author_url) : g_strdup ("");
  g_autofree char *site = url[0] != '\0' ? _byline_spam_url_host (url) : NULL;
  gboolean somewhere = outside_links > 0 || _byline_spam_has_private_contact (content);
  gboolean own_site = site != NULL && !_byline_spam_host_is_official (site) && !_byline_spam_host_is_news (site) &&
    !_byline_spam_host_is_platform (site);
  gboolean warned = _byline_spam_terms_found (content, lure_warnings) > 0;
  gboolean ip = FALSE, puny = FALSE;
  g_autofree char *anchor = NULL;
  g_autofree char *desk = NULL;
  guint lures, chars, coded;

  /* one code alone, with nowhere to go, may be a slip of a keyboard */
  if ((coded = _byline_spam_count_coded_letters (valid)) > 0)
    _byline_spam_add_evidence (evidence, coded >= 2 || somewhere ? 0.5 : 0.3,
                               g_strdup (_("letters written as HTML codes (“&#104;”) to hide a link or a word")));
  /* A number in keycaps is read as digits by the rules for numbers;
   * the disguise alone stays under the line (a string of emoji) */
  if (_byline_spam_count_keycap_digits (valid) >= 7)
    _byline_spam_add_evidence (evidence, 0.45,
                               g_strdup (_("a number written in emoji digits to slip past number checks")));
  if (_byline_spam_count_broken_words (valid) > 0)
    _byline_spam_add_evidence (evidence, 0.4,
                               g_strdup (_("words broken up by invisible characters to slip past word lists")));

  /* The links in the comment and the author's website */
  for (guint i = 0; i <= hosts->len; i++)
    {
      const char *host = i < hosts->len ? g_ptr_array_index (hosts, i) : site;

      if (host == NULL)
        continue;
      if (!ip && is_public_ip (host))
        {
          g_autofree char *quoted = _byline_spam_quote_for_reason (host);

          _byline_spam_add_evidence (evidence, 0.5,
                                     /* Translators: %s is a numbered internet address, as 203.0.113.7 */
                                     g_strdup_printf (_("links to %s, a bare number instead of a site’s name"),
                                                      quoted));
          ip = TRUE;
        }
      if (!puny && is_punycode (host))
        {
          /* a Russian reader's ".рф" link pasted as punycode is one too */
          _byline_spam_add_evidence (evidence, 0.35,
                                     g_strdup (_("links to an address in punycode (“xn--”), which can pass for a "
                                                 "known site’s name")));
          puny = TRUE;
        }
    }

  /* A brand's name in a host that is not the brand's: a reader warning
   * of the address says so */
  if (!warned && _byline_spam_any_word (content, brands) && (desk = find_fake_help_desk (content)) != NULL)
    {
      g_autofree char *quoted = _byline_spam_quote_for_reason (desk);

      _byline_spam_add_evidence (evidence, 0.45,
                                 /* Translators: %s is a web address, as paypal-support.example */
                                 g_strdup_printf (_("the address %s passes for a known brand’s help desk but is "
                                                    "not the brand’s"), quoted));
    }

  if ((anchor = anchor_words (content)) != NULL)
    {
      g_autofree char *quoted = _byline_spam_quote_for_reason (anchor);

      _byline_spam_add_evidence (evidence, 0.35,
                                 /* Translators: %s is the words a link is written behind, as cheap flights */
                                 g_strdup_printf (_("a link written behind the words “%s”, as link sellers do"), quoted));
    }

  /* Two asks for the wallet, or one and an airdrop, with somewhere to
   * do it; one alone says less ("to swap, you connect your wallet at
   * app.…" is how an exchange is used). A reader whose brother
   * "connected his wallet" warns. */
  lures = _byline_spam_words_found (content, wallet_lures) + asks_for_wallet (content);
  if (somewhere && !warned && lures > 0)
    _byline_spam_add_evidence (evidence, lures >= 2 || _byline_spam_words_found (content, airdrops) > 0 ? 0.55 : 0.35,
                               g_strdup (_("asks readers to connect a crypto wallet or give its recovery phrase, "
                                           "as wallet thieves do")));

  /* A copy of a brand for sale, with a site or an address */
  if ((somewhere || own_site) && !warned && _byline_spam_terms_found (content, copies) > 0 &&
      _byline_spam_terms_found (content, luxury_brands) > 0 && _byline_spam_terms_found (content, selling) > 0)
    _byline_spam_add_evidence (evidence, 0.55,
                               g_strdup (_("sells copies of luxury brands (“replica”, “1:1”)")));
  else if (outside_links > 0 && !warned && _byline_spam_words_found (content, luxury_brands) > 0 &&
           _byline_spam_terms_found (content, cheap_goods) > 0 && _byline_spam_words_found (content, selling) > 0 &&
           _byline_spam_has_currency_sign (content) && !_byline_spam_tells_own_part (content) &&
           !brand_own_host (content, hosts))
    _byline_spam_add_evidence (evidence, 0.4,
                               g_strdup (_("sells a luxury brand cheap, at a site that is not the brand’s")));

  /* Tips said to win, and a channel or a site to join for them: a
   * reader's poll "with 95% accuracy" names no tips */
  if ((somewhere || _byline_spam_has_messenger_contact (content)) && !warned &&
      _byline_spam_words_found (content, tips) > 0 && claims_success_rate (content))
    _byline_spam_add_evidence (evidence, 0.45,
                               g_strdup (_("sells trading or betting tips with a claimed success rate")));

  /* A paragraph of praise fit for any article, its only payload the
   * author's website: no link, no number, nothing of the article's nor
   * of the writer's own life */
  if (own_site && outside_links == 0 && _byline_spam_words_found (content, generic_praise) >= 4 &&
      strpbrk (content, "0123456789") == NULL && _byline_spam_words_found (content, own_life) == 0 &&
      _byline_spam_count_words (content, &chars) >= 35)
    _byline_spam_add_evidence (evidence, 0.55,
                               g_strdup (_("a paragraph of praise that would fit any article, from an author with "
                                           "a website")));
}

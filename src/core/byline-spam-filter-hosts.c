/* byline-spam-filter-hosts.c: which hosts a comment links to are a
 * public body's, and which a shop's
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A link to a government, a university, an international body or a
 * public service is a source, as one to a newspaper or a consumer body
 * is (those read in byline-spam-filter-offers.c until the forty-
 * seventh round); a host named for what it sells, or under a shop-like
 * domain, is an advert's. Both are asked of the same few hosts by many
 * rules, so the answers are kept for the last hosts asked.
 * (Since the thirty-eighth round, "vaynhanh", a quick loan in
 * Vietnamese, is a shop's name too; since the forty-sixth, an estate
 * agent's "immobiliare"; since the forty-seventh, a removals firm's
 * "hikkoshi", and a Japanese local government's ".lg.jp" is a public
 * body's.)
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <string.h>

#include "byline-spam-filter-private.h"

/* Found inside a host name (hyphens and dots ignored), so that
 * "cheapshoesoutlet" and "cheap-shoes-outlet" both match. Long enough not
 * to hide inside ordinary words of a newspaper's or a council's host. */
static const char * const commercial_host_parts[] = {
  "cheap", "shop", "store", "outlet", "discount", "deals", "coupon", "promo", "bonus",
  "casino", "poker", "slots", "betting", "jackpot", "loans", "payday", "quickcash", "fastcash",
  "pharm", "pills", "viagra", "cialis", "crypto", "bitcoin", "forex", "replica", "backlink",
  "dating", "porn", "xxx", "essay", "follower", "kupit", "zaim", "kazino", "thesis", "dissertation", "homework",
  "vpn", "onlinecash", "meds", "supplement", "cbd", "keto", "vape", "gacor", "togel", "satta", "matka",
  /* loans and betting in the languages of the sites that sell them */
  "kredit", "credito", "prestamo", "emprestimo", "pinjaman", "bahis", "nhacai", "apuestas", "stoixima", "kaufen",
  "comprar", "acheter", "plombier", "klempner", "fontanero", "idraulico", "serrurier", "cerrajero",
  "schluesseldienst", "umzug", "demenagement", "mudanzas", "traslochi", "kredyt", "pozyczk", "sinhlynam", "obatkuat",
  "stehovani", "pujcky", "metakomis", "hikkoshi", "hikkosi", "banjia",
  /* quick money, as loan sites name themselves in Indonesian and
   * Vietnamese ("danacepat-…", "vaytiennhanh", "vaynhanhplus"):
   * "fastcash" again */
  "pinjol", "danacepat", "uangcepat", "danatunai", "vaytien", "vaynhanh",
  /* the trades that buy links for local search: roofers, rehab
   * clinics, injury lawyers, cleaners */
  "roofing", "plumbing", "plumber", "contractor", "rehab", "injury", "lawyer", "attorney", "cleaning",
  "locksmith", "movers", "removals", "hvac", "services", "mortgage", "insurance",
  /* (and the estate agents who sell a development's last flats:
   * "vomero-residenze-immobiliare", "inmobiliaria-…", "…realty") */
  "immobil", "inmobil", "imobiliar", "realty", "realestate",
  NULL
};

/* Too short to look for inside a name ("seo" is in "seoul"): whole parts
 * between dots, hyphens and digits only, as in "seo-experts.example". */
static const char * const commercial_host_words[] = {
  "seo", "bet", "buy", "sale", "sex", "loan", "cash", "deal", "win", "escort",
  NULL
};

/* Whole labels (between dots) of a host that end in a shop-like domain. */
static const char * const commercial_tlds[] = {
  "shop", "store", "sale", "deals", "discount", "casino", "bet", "loan", "loans", "bid", "win",
  "click", "xyz", "top", "icu", "buzz", "vip", "online", "site",
  NULL
};

/* Labels that mark a government, university or international body:
 * "ons.gov.uk", "data.gouv.fr", "ox.ac.uk", "who.int". */
static const char * const official_labels[] = {
  "gov", "gouv", "gob", "govt", "gv", "gc", "edu", "ac", "int", "mil", "europa",
  NULL
};

/* A state's register of its laws or its parliament, as the whole name
 * under a country's two letters */
static const char * const public_registers[] = {
  "legislation", "parliament", "parlament", "parlamento",
  NULL
};

static const char * const official_hosts[] = {
  "un.org", "nhs.uk", "nhs.scot", "police.uk", "parliament.uk",
  /* governments whose site is their country's or province's name */
  "canada.ca", "quebec.ca", "ontario.ca", "alberta.ca",
  /* (and the e-government portals named for it: Kazakhstan's, Russia's) */
  "egov.kz", "gosuslugi.ru",
  NULL
};

/* The answers to one question about hosts, kept for the last few hosts
 * asked on this thread: a comment's rules ask it of the same few hosts
 * again and again, and the answer is the host's alone */
#define HOST_MEMO_SLOTS 4
#define HOST_MEMO_BYTES 64

typedef struct
{
  struct {
    char     host[HOST_MEMO_BYTES];
    gboolean answer;
  } slots[HOST_MEMO_SLOTS];
  guint next;
} HostMemo;

/* @ask's answer for @host, from @memo when it was asked of late */
static gboolean
ask_memo (HostMemo    *memo,
          const char  *host,
          gboolean   (*ask) (const char *host))
{
  gboolean answer;

  if (host == NULL || host[0] == '\0')
    return FALSE;
  for (guint i = 0; i < HOST_MEMO_SLOTS; i++)
    {
      if (memo->slots[i].host[0] == host[0] && strcmp (memo->slots[i].host, host) == 0)
        return memo->slots[i].answer;
    }
  answer = ask (host);
  if (strlen (host) < HOST_MEMO_BYTES)
    {
      strcpy (memo->slots[memo->next].host, host);
      memo->slots[memo->next].answer = answer;
      memo->next = (memo->next + 1) % HOST_MEMO_SLOTS;
    }
  return answer;
}

/* Whether the @len bytes at @label are one of @list */
static gboolean
label_in (const char         *label,
          gsize               len,
          const char * const *list)
{
  for (guint i = 0; list[i] != NULL; i++)
    {
      if (list[i][0] == label[0] && strncmp (list[i], label, len) == 0 && list[i][len] == '\0')
        return TRUE;
    }
  return FALSE;
}

static gboolean
host_is_official (const char *host)
{
  const char *first_dot;
  const char *last;
  const char *before_last = NULL;
  guint n = 1;

  /* Every label but the first (the site's own name): "gov" in
   * "ons.gov.uk" counts, "gov" in "gov-deals.example" does not. (Read in
   * place: a rule asks it of each of a comment's hosts, more than once.) */
  first_dot = strchr (host, '.');
  last = host;
  for (const char *dot = first_dot; dot != NULL; dot = strchr (dot + 1, '.'))
    {
      before_last = last;
      last = dot + 1;
      n++;
      if (label_in (last, strcspn (last, "."), official_labels))
        return TRUE;
    }
  /* A government's own main site, under its country's two letters or the
   * EU's: "gov.uk", "gouv.fr", "gob.es", "europa.eu" ("www." is gone);
   * and a state's register of its laws or its parliament, named for
   * nothing else: "legislation.mt", "parlament.at" */
  if (n == 2 && strlen (last) == 2 &&
      (label_in (host, first_dot - host, official_labels) || label_in (host, first_dot - host, public_registers)))
    return TRUE;
  /* "go" before a country's two letters: Kenya's, Indonesia's, Japan's
   * and Thailand's governments ("centralbank.go.ke"); "lg" before
   * Japan's, its cities' and prefectures' ("city.osaka.lg.jp") */
  if (n >= 3 && strlen (last) == 2 &&
      (strncmp (before_last, "go.", 3) == 0 || (strncmp (before_last, "lg.", 3) == 0 && strcmp (last, "jp") == 0)))
    return TRUE;

  /* Public bodies whose own name is the site's: the NHS, the police,
   * parliament */
  if (_byline_spam_host_in (host, official_hosts))
    return TRUE;

  return g_str_has_suffix (host, "wikipedia.org");
}

gboolean
_byline_spam_host_is_official (const char *host)
{
  static _Thread_local HostMemo memo;

  return ask_memo (&memo, host, host_is_official);
}

static gboolean
host_is_commercial (const char *host)
{
  g_autoptr(GString) joined = NULL;
  const char *tld;

  if (_byline_spam_host_is_official (host))
    return FALSE;

  if ((tld = strrchr (host, '.')) != NULL && g_strv_contains (commercial_tlds, tld + 1))
    return TRUE;

  /* The name without its top-level domain, hyphens, dots and digits */
  joined = g_string_new (NULL);
  for (const char *p = host; *p && p != tld; p++)
    {
      if (g_ascii_isalpha (*p))
        g_string_append_c (joined, *p);
    }

  {
    g_autofree char *name = g_strndup (host, tld != NULL ? (gsize) (tld - host) : strlen (host));

    g_strdelimit (name, ".-_0123456789", ' ');
    if (_byline_spam_any_word (name, commercial_host_words))
      return TRUE;
  }

  for (guint i = 0; commercial_host_parts[i] != NULL; i++)
    {
      if (strstr (joined->str, commercial_host_parts[i]) != NULL)
        return TRUE;
    }

  return FALSE;
}

gboolean
_byline_spam_host_is_commercial (const char *host)
{
  static _Thread_local HostMemo memo;

  return ask_memo (&memo, host, host_is_commercial);
}

/* Whether @host is under ".org" or a country's ".org.xx" (a charity's,
 * a club's, a parish's: "otleyvoice.org", "kirkby-u3a.org.uk",
 * "pastoraldamoradia-santaluzia.org.br"), by its ending, not by a name
 * that only starts so ("www.organicpills.com", "org.example.shop") */
gboolean
_byline_spam_host_is_org (const char *host)
{
  gsize len = strlen (host);

  return g_str_has_suffix (host, ".org") ||
         (len > 7 && strncmp (host + len - 7, ".org.", 5) == 0 &&
          g_ascii_isalpha (host[len - 2]) && g_ascii_isalpha (host[len - 1]));
}

/* Established news organisations: a link to one is a reader's source,
 * as a government's is. Matched as the whole host or its end. */
static const char * const news_hosts[] = {
  "bbc.co.uk", "bbc.com", "reuters.com", "apnews.com", "afp.com", "theguardian.com", "nytimes.com",
  "washingtonpost.com", "wsj.com", "ft.com", "economist.com", "bloomberg.com", "cnn.com", "npr.org",
  "pbs.org", "politico.com", "politico.eu", "axios.com", "aljazeera.com", "aljazeera.net", "dw.com",
  "france24.com", "euronews.com", "lemonde.fr", "lefigaro.fr", "liberation.fr", "spiegel.de", "zeit.de",
  "faz.net", "sueddeutsche.de", "tagesschau.de", "elpais.com", "elmundo.es", "corriere.it",
  "repubblica.it", "nos.nl", "haaretz.co.il", "haaretz.com", "timesofisrael.com", "abc.net.au",
  "cbc.ca", "theglobeandmail.com", "irishtimes.com", "rte.ie", "thetimes.co.uk", "telegraph.co.uk",
  "independent.co.uk", "news.sky.com", "itv.com", "latimes.com", "usatoday.com", "nhk.or.jp",
  "scmp.com", "hindustantimes.com", "thehindu.com", "meduza.io",
  NULL
};

gboolean
_byline_spam_host_is_news (const char *host)
{
  return _byline_spam_host_in (host, news_hosts);
}

/* Consumer bodies, debt charities and fraud desks readers send others
 * to under a story on scams: sources, as a regulator's site is (not a
 * government's, which byline-spam-filter-patterns.c reads already) */
static const char * const consumer_bodies[] = {
  "citizensadvice.org.uk", "which.co.uk", "stepchange.org", "nationaldebtline.org", "moneyhelper.org.uk",
  "actionfraud.police.uk", "ncsc.gov.uk", "bbb.org", "consumerreports.org", "consumer.ftc.gov",
  "verbraucherzentrale.de", "vzbv.de", "test.de", "quechoisir.org", "60millions-mag.com", "inc-conso.fr",
  "ocu.org", "facua.org", "consumentenbond.nl", "fraudehelpdesk.nl", "consuwijzer.nl", "altroconsumo.it",
  "commissariatodips.it", "deco.proteste.pt", "cert.pl", "federacja-konsumentow.org.pl",
  NULL
};

/* A regulator's or an ombudsman's own site, named for what it does
 * under a non-profit's ending: the pharmacists' regulator at
 * pharmacyregulation.org, financial-ombudsman.org.uk. Not under a shop's
 * ending ("pharmacy-regulation.shop"). */
static gboolean
host_is_regulator (const char *host)
{
  const char *org = strstr (host, ".org");

  if (org == NULL || (org[4] != '\0' && org[4] != '.'))
    return FALSE;
  for (const char *p = host; p < org; p++)
    {
      if (strncmp (p, "regulat", 7) == 0 || strncmp (p, "ombudsman", 9) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Whether @host is one of a consumer body's, a debt charity's or a
 * regulator's sites: a source, counted as an official body's link is */
gboolean
_byline_spam_host_is_consumer_body (const char *host)
{
  return _byline_spam_host_in (host, consumer_bodies) || (host != NULL && host_is_regulator (host));
}

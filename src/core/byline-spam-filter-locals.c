/* byline-spam-filter-locals.c: spam dressed as a neighbour's word for a
 * local business, and what tells a reader's own site from a shop's
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Bit off topic but had to share: Dean from DK Driveways did our drive
 * … 10/10, ring Dean on 07700 …"; five stars for a carpet cleaner whose
 * website is the author's; "incall near the hospital, all services, no
 * withheld numbers"; "my cousin made £7,400 last month with NovaTrade
 * AI, look it up on Google, it's legit"; "4,200 grafts in Istanbul,
 * £1,690 all-in with the hotel"; "40% off this week only at" the
 * author's own website. Readers praise their builder, tell of a
 * cousin's luck, of a clinic abroad that went wrong and of a bargain:
 * what tells is a customer's review with the business's own number or
 * site, the trade's own words, a search to make instead of a link, a
 * package's price, a sale at the writer's own address.
 *
 * And the other way: a reader whose website is his own name
 * ("tomwhitaker.xyz") or the business he says he runs, named for its
 * street ("I run the pharmacy on Ferris Street",
 * ferrisstreetpharmacy.example) has a site, not a shop; and (since the
 * fifty-second round) a shop that signs with its name and names itself
 * in the comment in quotation marks, with no link, is counted once for
 * the trade in its name.
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-spam-filter-private.h"

/* The first label of @host, without "www." and with its hyphens and
 * underscores gone ("tom-whitaker.example" is "tomwhitaker"); %NULL
 * when it holds anything but ASCII letters */
static char *
host_letters (const char *host)
{
  GString *out;

  if (host == NULL)
    return NULL;
  if (g_str_has_prefix (host, "www."))
    host += 4;
  out = g_string_new (NULL);
  for (const char *p = host; *p && *p != '.'; p++)
    {
      if (g_ascii_isalpha (*p))
        g_string_append_c (out, g_ascii_tolower (*p));
      else if (*p != '-' && *p != '_')
        {
          g_string_free (out, TRUE);
          return NULL;
        }
    }

  return g_string_free (out, FALSE);
}

/* Whether the local part of e-mail address @email holds one of the
 * words of @name: "tom@…", "tom.whitaker@…" for Tom Whitaker, not
 * "news@…" or "info@…" */
static gboolean
email_names_author (const char *email,
                    const char *name)
{
  g_autofree char *local = NULL;
  g_auto(GStrv) parts = NULL;
  g_auto(GStrv) words = NULL;
  const char *at;

  if (email == NULL || (at = strchr (email, '@')) == NULL)
    return FALSE;
  local = g_ascii_strdown (email, at - email);
  parts = g_strsplit_set (local, "._-+", -1);
  words = g_strsplit_set (name, " -.'", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *word = g_ascii_strdown (words[i], -1);

      if (strlen (word) >= 3 && g_strv_contains ((const char * const *) parts, word))
        return TRUE;
    }

  return FALSE;
}

/* Whether @host is a personal site named for @sample's author: its name
 * is the author's words run together ("Tom Whitaker" at
 * tomwhitaker.xyz), and she writes from an address in her own name
 * ("tom@…"). A first name alone ("Jessy") names any number of sites;
 * two words, six letters or more, name a person, when none of them is
 * a business's ("UnlockMaster Pro") and the address is not a desk's
 * ("Celeb Daily", news@celebdaily.example). */
gboolean
_byline_spam_host_is_own_name (const BylineSpamSample *sample,
                               const char             *host)
{
  const char *name = sample->author_name;
  g_autofree char *label = host_letters (host);
  g_autoptr(GString) letters = g_string_new (NULL);
  guint words = 0;
  gboolean in_word = FALSE;

  if (label == NULL || name == NULL)
    return FALSE;
  for (const char *p = name; *p; p++)
    {
      if (g_ascii_isalpha (*p))
        {
          g_string_append_c (letters, g_ascii_tolower (*p));
          words += !in_word;
          in_word = TRUE;
        }
      else if (*p == ' ' || *p == '-' || *p == '.' || *p == '\'')
        in_word = FALSE;
      else
        return FALSE;
    }

  if (words < 2 || letters->len < 6 || !g_str_equal (label, letters->str) ||
      !email_names_author (sample->author_email, name))
    return FALSE;
  {
    g_autofree char *norm = _byline_spam_normalize (name);
    g_autofree char *bare = g_strconcat (label, ".invalid", NULL);

    return _byline_spam_name_is_advert (norm) == 0 && _byline_spam_name_weak_words (norm) == 0 &&
      !_byline_spam_host_is_commercial (bare);
  }
}

/* The words of normalised @text of three letters or more, as a set */
static GHashTable *
text_words (const char *text)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (const char *p = text; *p; )
    {
      const char *q = p;

      while (g_ascii_isalpha (*q))
        q++;
      if (q - p >= 3 && (p == text || (guchar) p[-1] < 0x80) && (guchar) *q < 0x80)
        g_hash_table_add (set, g_strndup (p, q - p));
      p = q > p ? q : p + 1;
    }

  return set;
}

/* The words of a street's or a place's name, which a local business's
 * site is often named for ("ferrisstreetpharmacy", "millroadbakery")
 * and a shop selling across the web seldom is */
static const char * const street_words[] = {
  "street", "road", "lane", "avenue", "square", "place", "hill", "green", "parade", "row", "way", "close",
  "market", "bridge", "village", "highstreet", "crescent", "terrace", "gate",
  NULL
};

/* Whether the name of @host is spelt out, word for word, in normalised
 * @text, in two words or more, one of them a street's: "I run the
 * pharmacy on Ferris Street" at ferrisstreetpharmacy.example */
static gboolean
host_spelt_in_text (const char *host,
                    const char *text)
{
  g_autofree char *label = host_letters (host);
  g_autoptr(GHashTable) words = NULL;
  g_autofree int *pieces = NULL;
  g_autofree gboolean *street = NULL;
  gsize n;

  if (label == NULL || (n = strlen (label)) < 6 || n > 60)
    return FALSE;
  words = text_words (text);
  /* pieces[i]: the most words the first i letters split into, -1
   * none; street[i]: whether a split of them holds a street's word */
  pieces = g_new (int, n + 1);
  street = g_new0 (gboolean, n + 1);
  pieces[0] = 0;
  for (gsize i = 1; i <= n; i++)
    pieces[i] = -1;
  for (gsize i = 0; i < n; i++)
    {
      if (pieces[i] < 0)
        continue;
      for (gsize j = i + 3; j <= n; j++)
        {
          g_autofree char *piece = g_strndup (label + i, j - i);

          if (!g_hash_table_contains (words, piece))
            continue;
          pieces[j] = MAX (pieces[j], pieces[i] + 1);
          street[j] |= street[i] || g_strv_contains (street_words, piece);
        }
    }

  return pieces[n] >= 2 && street[n];
}

/* What selling says, which a shopkeeper telling of his trade does not */
static const char * const sale_words[] = {
  "discount", "discounts", "% off", "buy", "cheap", "cheapest", "deal", "deals", "for sale", "prices", "order",
  "order now", "coupon", "promo", "no prescription", "without prescription", "without a prescription",
  NULL
};

/* Whether the author's website @site is the business the writer says
 * she runs, named in the comment word for word ("I run the pharmacy on
 * Ferris Street", ferrisstreetpharmacy.example), and the comment sells
 * nothing: a shopkeeper saying who he is, not a shop's advert */
gboolean
_byline_spam_site_is_own_business (const char *content,
                                   const char *site)
{
  const char *dot = strrchr (site, '.');
  g_autofree char *ending = g_strconcat ("site", dot != NULL ? dot : ".invalid", NULL);

  /* (a shop's ending, ".shop", ".store", is a shop's whatever its name) */
  return !_byline_spam_host_is_commercial (ending) && _byline_spam_tells_own_part (content) &&
    host_spelt_in_text (site, content) && !_byline_spam_has_currency_sign (content) &&
    _byline_spam_terms_found (content, sale_words) == 0;
}

/* Whether @p (@len bytes) in @text stands in quotation marks, as a
 * shop's name is written: "…", “…”, «…» */
static gboolean
quoted_at (const char *text,
           const char *p,
           gsize       len)
{
  static const char * const pairs[][2] = { { "\"", "\"" }, { "“", "”" }, { "«", "»" } };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      gsize open = strlen (pairs[i][0]);

      if ((gsize) (p - text) >= open && memcmp (p - open, pairs[i][0], open) == 0 &&
          strncmp (p + len, pairs[i][1], strlen (pairs[i][1])) == 0)
        return TRUE;
    }

  return FALSE;
}

/**
 * _byline_spam_blank_own_name:
 * @sample: the comment
 * @content: its normalised text
 * @links: how many links it holds
 *
 * A shop that signs with its name and names itself in the comment, in
 * quotation marks, to tell its customers where it moves ("amader \"Mayer
 * Doa Pharmacy\"… Darus Salam er market e, dokan no. 37"), says what
 * it is once: the word that makes the name read like an advert's
 * ("pharmacy") is no more evidence where the comment holds it only in
 * that name, with no link nor website, and sells nothing (no price, no
 * sale's words).
 *
 * Returns: (nullable): @content with the author's name blanked where it
 *   is quoted, or %NULL when the name is no business's of two words or
 *   more, is not quoted in @content, or the comment links or sells
 */
char *
_byline_spam_blank_own_name (const BylineSpamSample *sample,
                             const char             *content,
                             guint                   links)
{
  g_autofree char *name = NULL;
  char *copy = NULL;
  gsize len;

  if (links > 0 || (sample->author_url != NULL && sample->author_url[0] != '\0'))
    return NULL;
  name = _byline_spam_normalize (sample->author_name);
  g_strstrip (name);
  len = strlen (name);
  /* (the name looked up first, in the index: most comments lack it) */
  if (len < 6 || strchr (name, ' ') == NULL || _byline_spam_find (content, name) == NULL ||
      _byline_spam_name_is_advert (name) != 1 || _byline_spam_has_currency_sign (content) ||
      _byline_spam_terms_found (content, sale_words) > 0)
    return NULL;
  for (const char *p = strstr (content, name); p != NULL; p = strstr (p + len, name))
    {
      if (!quoted_at (content, p, len))
        continue;
      if (copy == NULL)
        copy = g_strdup (content);
      memset (copy + (p - content), ' ', len);
    }

  return copy;
}

/* How many words of normalised @text, four letters or more, the name of
 * @host holds ("Kingsway Carpet & Upholstery Cleaning" and
 * kingswaycarpetcleaning-uk.example: three) */
static guint
text_words_in_host (const char *text,
                    const char *host)
{
  g_autofree char *label = host_letters (host);
  g_autoptr(GHashTable) words = NULL;
  GHashTableIter iter;
  const char *word;
  guint found = 0;

  if (label == NULL)
    return 0;
  words = text_words (text);
  g_hash_table_iter_init (&iter, words);
  while (g_hash_table_iter_next (&iter, (gpointer *) &word, NULL))
    found += strlen (word) >= 4 && strstr (label, word) != NULL;

  return found;
}

/* Whether one of @hosts, a link's, is a business's the text names (two
 * of its words in the name: "Mediterranean Waterproofing… our roof"
 * and medwaterproofing-malta.com), not a public body's nor a platform's */
static gboolean
links_to_named_business (const char *text,
                         GPtrArray  *hosts)
{
  g_autofree char *words = g_strdup (text);

  /* (the words of the text, not of the links themselves) */
  for (char *p = words; *p; p++)
    {
      if (_byline_spam_at_link_start (p) && (p == words || !g_ascii_isalnum (p[-1])))
        while (*p && !g_ascii_isspace (*p))
          *p++ = ' ';
      if (*p == '\0')
        break;
    }
  for (guint i = 0; i < hosts->len; i++)
    {
      const char *host = g_ptr_array_index (hosts, i);

      if (!_byline_spam_host_is_official (host) && !_byline_spam_host_is_news (host) &&
          !_byline_spam_host_is_platform (host) && text_words_in_host (words, host) >= 2)
        return TRUE;
    }

  return FALSE;
}

/* Whether e-mail address @email is at @host: the business the website
 * is, writing from its own address */
static gboolean
email_at (const char *email,
          const char *host)
{
  const char *at = email != NULL ? strrchr (email, '@') : NULL;

  return at != NULL && host != NULL && g_ascii_strcasecmp (at + 1, host) == 0;
}

/* A customer's review, in the words review sites and trades' flyers
 * use: stars, marks out of ten, the service, the price, the manners */
static const char * const review_marks[] = {
  "★★★★★", "5 stars", "five stars", "5-star", "five-star", "10/10", "10 out of 10", "can't recommend them enough",
  "can't recommend him enough", "can't recommend her enough", "cannot recommend them enough",
  "can't recommend enough", "highly recommend", "highly recommended", "brilliant service", "excellent service",
  "great service", "fantastic service", "amazing service", "superb service", "fair price", "fair prices",
  "reasonable price", "reasonably priced", "bang on time", "arrived on time", "tidy", "polite", "brand new",
  "did a great job", "did a brilliant job", "sent you", "free quote", "free quotes", "can't fault", "cannot fault",
  "couldn't fault", "cleaned up after", "shout out to", "shoutout to", "shout-out to", "friendly staff",
  "⭐⭐⭐⭐⭐", "best money we ever spent", "best money i ever spent", "best money we've ever spent",
  "left everything spotless", "brilliant team", "amazing team", "fantastic team", "recommend them to anyone",
  NULL
};

/* ...and a customer's complaint, which is a reader's warning */
static const char * const review_warnings[] = {
  "cowboy", "cowboys", "rogue", "scam", "scammed", "avoid", "never again", "overcharged", "ripped off",
  "trading standards", "complaint", "complained", "refund",
  NULL
};

/* A sale, as a shop announces it: money off, and for a while only */
static const char * const sale_marks[] = {
  "% off", "on sale", "flash sale", "sale ends", "this week only", "this weekend only", "today only",
  "limited time", "while stocks last", "half price", "half-price", "clearance", "use code", "promo code",
  "discount code", "coupon code",
  /* (in the languages of the visitors a resort's sites sell to) */
  "solo oggi", "offerte esclusive", "sconti fino", "nur heute", "heute nur", "solo hoy", "aujourd'hui seulement",
  "seulement aujourd'hui", "только сегодня", "samo danas",
  NULL
};

/* A call to book the business a review praises, at its own link
 * ("Book direct here and skip the agency fees: …") */
static const char * const book_calls[] = {
  "book direct", "book directly", "book here", "book now", "book online", "book through this", "reserve here",
  "reserve now", "prenota ora", "prenota qui", "jetzt buchen", "hier buchen", "réservez", "reserva ya",
  "reserva aquí", "бронируйте", "rezervišite", "reserve direct", "reserve directly", "reserva directo",
  "reserve direto",
  NULL
};

/* ...which a shopkeeper who says the shop is hers may write of her own
 * or of her rivals' ("I run the toy shop…, we can't compete with 70%
 * off") */
static const char * const owners[] = {
  "i run", "i own", "we run", "we own", "full disclosure", "my shop", "my store", "my business", "our shop",
  "our store",
  NULL
};

/* Whether normalised @text names @site, the author's own (without
 * "www."), in a sentence that announces a sale: "it's 40% off this
 * week only at freshseal-home.com", bare or in a link. A reader's blog
 * named two sentences after a bargain at a shop not hers is no sale of
 * her own. */
static gboolean
sale_at_site (const char *text,
              const char *site)
{
  gsize len = strlen (site);

  for (const char *p = _byline_spam_find (text, site); p != NULL; p = strstr (p + 1, site))
    {
      const char *end = p + len, *from = p, *to = end;
      g_autofree char *sentence = NULL;

      if ((p > text && (g_ascii_isalnum (p[-1]) || p[-1] == '-')) || g_ascii_isalnum (*end) || *end == '-')
        continue;
      while (from > text && from[-1] != '\n' && !(from - text >= 2 && strchr (".!?", from[-2]) && from[-1] == ' '))
        from--;
      while (*to != '\0' && *to != '\n' && !(strchr (".!?", *to) && (to[1] == ' ' || to[1] == '\0')))
        to++;
      sentence = g_strndup (from, to - from);
      if (_byline_spam_terms_found (sentence, sale_marks) > 0)
        return TRUE;
    }

  return FALSE;
}

/* "Bit off topic but…": the plug's own excuse */
static const char * const off_topic[] = {
  "off topic", "off-topic", "not related", "unrelated but", "slightly ot", "bit ot",
  NULL
};

/* Sex work advertised as a massage or an escort: the trade's words,
 * which no reader's comment on a spa has */
static const char * const sex_trade[] = {
  "incall", "incalls", "outcall", "outcalls", "in-call", "out-call", "happy ending", "happy endings",
  "all services", "full service", "body to body", "body-to-body", "nuru", "no withheld numbers", "no withheld",
  "no private numbers", "erotic massage", "sensual massage", "tantric massage",
  NULL
};

/* ...and its advert's lesser words */
static const char * const sex_trade_weak[] = {
  "young ladies", "asian ladies", "young asian", "new girls", "discreet", "very discreet", "full body massage",
  "till late", "to hotels", "hotel visits", "24/7", "open late",
  NULL
};

/* A reader's story of a parlour closed, a trafficked woman, a raid */
static const char * const sex_trade_news[] = {
  "police", "raid", "raided", "trafficking", "trafficked", "arrested", "closed down", "court", "modern slavery",
  "exploited", "exploitation", "licence", "brothel",
  NULL
};

/* Money made trading or investing, told of oneself or a relative... */
static const char * const made_money[] = {
  "made", "makes", "making", "earned", "earns", "earning", "profit", "profits", "pulled in", "cleared",
  NULL
};

static const char * const trading[] = {
  "trading", "trades", "investing", "invested", "investment", "crypto", "bitcoin", "forex", "trading app",
  "trading platform", "trading bot",
  NULL
};

/* ...and, instead of a link, a search to make and a promise that the
 * product is real */
static const char * const search_lures[] = {
  "look up", "look it up", "look them up", "look her up", "look him up", "search for", "search up", "google it",
  "google them", "on google", "just google",
  NULL
};

static const char * const vouching[] = {
  "legit", "it's real", "it is real", "it's genuine",
  NULL
};

/* A reader's brother who lost everything to one */
static const char * const trading_harm[] = {
  "scam", "scams", "scammed", "lost", "lose", "losing", "fraud", "fake", "police", "ruined", "addiction",
  "addicted", "beware", "warning", "debt", "debts",
  NULL
};

/* Cosmetic surgery and dentistry sold abroad: the treatment... */
static const char * const procedures[] = {
  "veneers", "veneer", "dental implants", "implants", "hair transplant", "hair transplants", "grafts", "fue",
  "rhinoplasty", "nose job", "bbl", "brazilian butt lift", "tummy tuck", "liposuction", "lipo",
  "gastric sleeve", "gastric bypass", "gastric balloon", "breast augmentation", "boob job", "turkey teeth",
  "smile makeover", "hollywood smile", "teeth whitening",
  NULL
};

/* ...the places it is sold in... */
static const char * const destinations[] = {
  "turkey", "türkiye", "turkiye", "istanbul", "antalya", "izmir", "marmaris", "kusadasi", "budapest", "hungary",
  "tijuana", "mexico", "cancun", "bangkok", "thailand", "albania", "tirana", "krakow",
  NULL
};

/* ...the package around it... */
static const char * const packages[] = {
  "all-in", "all in", "all-inclusive", "all inclusive", "hotel", "hotels", "airport transfer",
  "airport transfers", "vip transfer", "vip transfers", "package", "packages", "including flights",
  "flights included", "accommodation",
  NULL
};

/* ...and a reader telling what went wrong */
static const char * const procedure_harm[] = {
  "botched", "went wrong", "gone wrong", "infection", "infections", "infected", "corrective", "warning", "avoid",
  "regret", "never again", "ruined", "damage", "damaged", "died", "death", "risk", "risks", "complications",
  "scam", "fix", "fixed", "fixing",
  NULL
};

/* The same in a host's name, run together: a treatment's word and a
 * place's ("antalya-smile-veneers", "istanbul-hairline-clinic") */
static const char * const procedure_parts[] = {
  "veneer", "hairtransplant", "hairline", "hairclinic", "graft", "implant", "rhinoplast", "liposuc", "tummytuck",
  "gastricsleeve", "smilemakeover", "hollywoodsmile", "dental", "dentist", "teeth", "cosmetic", "aesthetic",
  "plasticsurg",
  NULL
};

static const char * const destination_parts[] = {
  "turkey", "turkiye", "istanbul", "antalya", "izmir", "marmaris", "kusadasi", "budapest", "hungary", "tijuana",
  "cancun", "bangkok", "thailand", "albania", "tirana",
  NULL
};

/* Whether @host is named for cosmetic treatment abroad */
static gboolean
host_sells_treatment_abroad (const char *host)
{
  g_autoptr(GString) letters = g_string_new (NULL);

  if (host == NULL || _byline_spam_host_is_official (host))
    return FALSE;
  for (const char *p = host; *p; p++)
    {
      if (g_ascii_isalpha (*p))
        g_string_append_c (letters, *p);
    }

  return _byline_spam_any_substring (letters->str, procedure_parts) &&
    _byline_spam_any_substring (letters->str, destination_parts);
}

/* @content: normalised; @hosts: the hosts it links to; @outside_links:
 * links to other than official bodies and newspapers */
void
_byline_spam_local_evidence (const BylineSpamSample *sample,
                             const char             *content,
                             GPtrArray              *hosts,
                             guint                   outside_links,
                             GArray                 *evidence)
{
  g_autofree char *url = _byline_spam_normalize (sample->author_url);
  g_autofree char *site = url[0] != '\0' ? _byline_spam_url_host (url) : NULL;
  gboolean has_site = site != NULL && !_byline_spam_host_is_official (site) && !_byline_spam_host_is_platform (site);
  gboolean phone = _byline_spam_has_phone (content);
  gboolean somewhere = outside_links > 0 || _byline_spam_has_private_contact (content) ||
    _byline_spam_names_address (content) || _byline_spam_spelt_address (content) == 2;
  gboolean spam_talk = _byline_spam_talks_of_spam (content);

  /* A customer's review of a business with its number, or under the
   * website of the very business it names (a shop's, or one it writes
   * from), or with a link to it: the business writing as its customer.
   * A reader praising her GP's receptionists gives the surgery's number
   * but no marks out of ten. */
  if (_byline_spam_terms_found (content, review_marks) >= 2 &&
      _byline_spam_terms_found (content, review_warnings) == 0 &&
      (phone || (has_site && (_byline_spam_host_is_commercial (site) || email_at (sample->author_email, site)) &&
                 text_words_in_host (content, site) >= 2) ||
       (outside_links > 0 && _byline_spam_terms_found (content, review_marks) >= 3 &&
        links_to_named_business (content, hosts))))
    _byline_spam_add_evidence (evidence, _byline_spam_terms_found (content, off_topic) > 0 ? 0.45 : 0.4,
                               g_strdup (_("reads like a customer’s review of a business, with its number or "
                                           "website")));

  /* Five stars for a boat trip and "book direct here" with the link
   * to the business the review names: its advert, as a guest. A guest
   * gives the link, or stars, but not both and a call to book; a
   * complaint or an owner saying the business is hers steps back. */
  if (outside_links > 0 && _byline_spam_terms_found (content, review_marks) > 0 &&
      _byline_spam_terms_found (content, book_calls) > 0 && links_to_named_business (content, hosts) &&
      _byline_spam_terms_found (content, review_warnings) == 0 && _byline_spam_terms_found (content, owners) == 0)
    _byline_spam_add_evidence (evidence, 0.45,
                               /* Translators: a reason a comment looks like spam */
                               g_strdup (_("a customer’s review with a link to book the business it praises")));

  /* "…and it's 40% off this week only at freshseal-home.com", the
   * address the author's own: a shop announcing its sale as a reader.
   * A reader tells where she found a bargain, at a shop not hers; a
   * shopkeeper says the shop is hers. */
  if (has_site && strchr (site, '.') != NULL && _byline_spam_terms_found (content, sale_marks) > 0 &&
      sale_at_site (content, site) && _byline_spam_terms_found (content, review_warnings) == 0 &&
      _byline_spam_terms_found (content, owners) == 0)
    _byline_spam_add_evidence (evidence, 0.45,
                               /* Translators: a reason a comment looks like spam */
                               g_strdup (_("announces a sale at the author’s own website")));

  /* The trade's own word and two more of its advert's, and a number to
   * text: a reader telling of a raid quotes them beside the police */
  if (_byline_spam_terms_found (content, sex_trade) > 0 &&
      _byline_spam_terms_found (content, sex_trade) + _byline_spam_terms_found (content, sex_trade_weak) >= 3 &&
      (phone || _byline_spam_has_private_contact (content) || outside_links > 0) && !spam_talk &&
      _byline_spam_terms_found (content, sex_trade_news) == 0)
    _byline_spam_add_evidence (evidence, 0.55,
                               g_strdup (_("advertises sex work as a massage or an escort (“incall”, “outcall”), "
                                           "with a number")));

  /* "Look up NovaTrade AI on Google, it's legit": the link left out,
   * so that no link check sees one */
  if (_byline_spam_terms_found (content, made_money) > 0 && _byline_spam_has_currency_sign (content) &&
      _byline_spam_terms_found (content, trading) > 0 && _byline_spam_terms_found (content, trading_harm) == 0)
    {
      gboolean search = _byline_spam_terms_found (content, search_lures) > 0;
      gboolean vouched = _byline_spam_terms_found (content, vouching) > 0;

      if (search || vouched)
        _byline_spam_add_evidence (evidence, search && vouched ? 0.55 : 0.4,
                                   g_strdup (_("tells of money made trading and asks readers to look the product "
                                               "up, as investment scams do")));
    }

  /* A treatment, a place abroad, a package and its price: a clinic's
   * advert told as a patient's story; the patient who regrets it tells
   * what went wrong */
  if ((somewhere || has_site) && _byline_spam_terms_found (content, procedures) > 0 &&
      _byline_spam_terms_found (content, destinations) > 0 && _byline_spam_terms_found (content, packages) > 0 &&
      _byline_spam_has_currency_sign (content) && _byline_spam_terms_found (content, procedure_harm) == 0 &&
      !spam_talk)
    _byline_spam_add_evidence (evidence, 0.45,
                               g_strdup (_("sells cosmetic surgery or dentistry abroad as a package, and says "
                                           "where")));

  /* The clinic's own site in the website field, whatever the comment
   * says: no patient signs with her dentist's address */
  if (has_site && host_sells_treatment_abroad (site))
    {
      g_autofree char *quoted = _byline_spam_quote_for_reason (site);

      _byline_spam_add_evidence (evidence, 0.5,
                                 /* Translators: %s is a web site's name, as istanbul-smile-clinic.example */
                                 g_strdup_printf (_("the author’s website %s sells cosmetic surgery or dentistry "
                                                    "abroad"), quoted));
    }
  else
    {
      for (guint i = 0; i < hosts->len; i++)
        {
          const char *host = g_ptr_array_index (hosts, i);

          if (host_sells_treatment_abroad (host) && !spam_talk)
            {
              g_autofree char *quoted = _byline_spam_quote_for_reason (host);

              _byline_spam_add_evidence (evidence, 0.45,
                                         /* Translators: %s is a web site's name */
                                         g_strdup_printf (_("links to %s, which sells cosmetic surgery or "
                                                            "dentistry abroad"), quoted));
              break;
            }
        }
    }
}

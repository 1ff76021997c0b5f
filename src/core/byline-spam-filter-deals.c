/* byline-spam-filter-deals.c: what an advert promises its buyer: a
 * discount, a remedy that is natural and harmless, delivery free
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each counts only with somewhere to buy (the caller's: a link of the
 * advert's own, a number, a messenger): a reader tells of a sale or of
 * what her doctor said without sending anyone anywhere.
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-spam-filter-private.h"

/* A discount's word in other languages, looked for beside a
 * percentage ("sconti fino al 70%", "скидка 30%", "ส่วนลด 50%") */
static const char * const discounts[] = {
  "sconto", "sconti", "descuento", "réduction", "remise", "rabatt", "скидк", "popust", "zniżk", "korting", "ส่วนลด",
  "ลดราคา", NULL
};

/* A price: a sum with a currency's sign before it ("$20", "₱2,800") or
 * its name after it ("1,290 baht") */
static const char * const price_signs[] = { "$", "£", "€", "₱", "฿", "₹", "₦", NULL };

static const char * const price_names[] = {
  "baht", "บาท", "pesos", "rupees", "naira", "shillings", "dollars", "euros", "pounds", "ringgit", NULL
};

/* Where the price starting at @p ends, or %NULL if there is none */
static const char *
price_at (const char *p)
{
  for (guint i = 0; price_signs[i] != NULL; i++)
    {
      gsize len = strlen (price_signs[i]);

      if (strncmp (p, price_signs[i], len) == 0 && g_ascii_isdigit (p[len]))
        return p + len + 1;
    }
  if (!g_ascii_isdigit (*p))
    return NULL;
  while (g_ascii_isdigit (*p) || ((*p == ',' || *p == '.') && g_ascii_isdigit (p[1])))
    p++;
  if (*p == ' ')
    p++;
  for (guint i = 0; price_names[i] != NULL; i++)
    {
      gsize len = strlen (price_names[i]);

      if (strncmp (p, price_names[i], len) == 0 && !g_ascii_isalpha (p[len]))
        return p + len;
    }

  return NULL;
}

/* "2 for 1,290 baht", "3 for $20": a price for more than one, as a
 * shop sells (one or two digits alone before "for": "voted 14 for 10"
 * names no price) */
static gboolean
multi_buy_price (const char *text)
{
  for (const char *p = strstr (text, " for "); p != NULL; p = strstr (p + 1, " for "))
    {
      const char *n = p;

      while (n > text && g_ascii_isdigit (n[-1]) && p - n < 2)
        n--;
      if (n == p || (n > text && (g_ascii_isalnum (n[-1]) || n[-1] == ',' || n[-1] == '.')))
        continue;
      if (price_at (p + strlen (" for ")) != NULL)
        return TRUE;
    }

  return FALSE;
}

/* "ซื้อ 1 แถม 1": buy one, get one, as Thai shops write it */
static gboolean
thai_buy_get (const char *text)
{
  for (const char *p = _byline_spam_find (text, "ซื้อ"); p != NULL; p = strstr (p + 1, "ซื้อ"))
    {
      const char *q = p + strlen ("ซื้อ");

      q += strspn (q, " ");
      if (!g_ascii_isdigit (*q))
        continue;
      q += strspn (q, "0123456789");
      q += strspn (q, " ");
      if (g_str_has_prefix (q, "แถม"))
        return TRUE;
    }

  return FALSE;
}

/**
 * _byline_spam_offers_discount:
 * @text: normalised
 *
 * A discount: "90% off", "sconti fino al 70%", "2x1", "3 boxes for the
 * price of 1", "buy one, get one free", "buy 2 get 1 free", "ซื้อ 1 แถม
 * 1"; or a price for more than one, "2 for 1,290 baht"
 */
gboolean
_byline_spam_offers_discount (const char *text)
{
  for (const char *p = strstr (text, "% off"); p != NULL; p = strstr (p + 1, "% off"))
    {
      if (p > text && g_ascii_isdigit (p[-1]) && !g_ascii_isalpha (p[5]))
        return TRUE;
    }

  for (const char *p = strchr (text, '%'); p != NULL; p = strchr (p + 1, '%'))
    {
      g_autofree char *near = p > text && g_ascii_isdigit (p[-1]) ? _byline_spam_window (text, p, 1, 24, NULL) : NULL;

      if (near != NULL && _byline_spam_any_substring (near, discounts))
        return TRUE;
    }

  /* (two for the price of one, as Spanish shops write it: "2x1") */
  for (const char *p = strstr (text, "2x1"); p != NULL; p = strstr (p + 1, "2x1"))
    if ((p == text || !g_ascii_isalnum (p[-1])) && !g_ascii_isalnum (p[3]))
      return TRUE;

  /* "3 boxes for the price of 1", "buy one, get one free" */
  for (const char *p = strstr (text, "for the price of "); p != NULL; p = strstr (p + 1, "for the price of "))
    {
      const char *n = p + strlen ("for the price of ");

      if (g_ascii_isdigit (*n) || g_str_has_prefix (n, "one") || g_str_has_prefix (n, "two"))
        return TRUE;
    }
  /* ("buy 2 get 1 free", "buy 1, get 1") */
  for (const char *p = strstr (text, "buy "); p != NULL; p = strstr (p + 1, "buy "))
    {
      const char *n = p + strlen ("buy ");

      if (g_ascii_isdigit (n[0]) && (g_str_has_prefix (n + 1, " get ") || g_str_has_prefix (n + 1, ", get ")) &&
          g_ascii_isdigit (n[strlen (n[1] == ',' ? "1, get " : "1 get ")]))
        return TRUE;
    }
  if (_byline_spam_find (text, "buy one, get one") != NULL || _byline_spam_find (text, "buy one get one") != NULL)
    return TRUE;

  return multi_buy_price (text) || thai_buy_get (text);
}

/* A remedy's claims ("100% natural, no side effects")... */
static const char * const remedy_claims[] = {
  "no side effects", "without side effects", "100% natural", "all natural", "all-natural", "sin efectos secundarios",
  "sans effets secondaires", "ohne nebenwirkungen", "yan etkisi yok", "%100 doğal",
  /* (and a slimming product's: "7 kg in 4 weeks without a gym") */
  "without a gym", "without the gym", "without dieting", "without any diet",
  /* (Nepali's and Hindi's: "side effects nil", "no side effect") */
  "साइड इफेक्ट शून्य", "साइड इफेक्ट छैन", "साइड इफेक्ट नहीं", "कोई साइड इफेक्ट",
  NULL
};

/* ...for a complaint spam sells a cure for */
static const char * const complaints[] = {
  "blood sugar", "diabetes", "diabetic", "pre-diabetic", "blood pressure", "cholesterol", "joint pain", "belly fat",
  "lose weight", "weight loss", "prostate", "hair loss", "eyesight", "tinnitus", "erection", "şeker", "tansiyon",
  "eklem ağrı", "kilo ver", "kg in", "kilos in",
  /* (Nepali's and Hindi's sugar, pressure, diabetes, asthma and
   * rheumatism, as the herbal powders name them) */
  "सुगर", "शुगर", "प्रेसर", "प्रेशर", "मधुमेह", "दम पूरै", "बाथ रोग", "गठिया",
  NULL
};

/* ...and, in Korean, the joints and cartilage */
static const char * const complaints_ko[] = { "관절", "연골", NULL };

/* A cure promised with the money back: "off the walking stick in three
 * weeks", "better than the hospital's injections", "100% refunded if it
 * does not work"; a pharmacist who sells the same pills promises none */
static const char * const cure_promises[] = {
  "better than surgery", "better than injections", "without a cane", "without a walking stick",
  "money-back guarantee", "100% money back", "주사보다 낫", "수술보다 낫", "수술 없이", "지팡이 없이",
  "효과 없으면", "100% 환불", "전액 환불",
  /* (Nepali's and Hindi's: "rooted out", "fully cured", "100%
   * guarantee") */
  "जरैदेखि", "जड़ से", "पूरै निको", "पूर्ण रूप से ठीक", "100% ग्यारेन्टी", "100% गारंटी",
  NULL
};

/* ...which a reader quotes to warn of it */
static const char * const cure_warnings[] = {
  "scam", "fake", "misleading", "사기", "과장광고", "허위", "속지", "ठगी", "झूठ", "धोखा", NULL
};

/* Delivery free, or paid for on arrival, as a shop's advert promises it */
static const char * const deliveries[] = {
  "free delivery", "free shipping", "free home delivery", "cash on delivery", "delivery anywhere", "envío gratis",
  "envío gratuito", "livraison gratuite", "kostenloser versand", "versandkostenfrei", "gratis verzending",
  "spedizione gratuita", "frete grátis", "ücretsiz kargo", "darmowa dostawa", "ส่งฟรี", "เก็บเงินปลายทาง",
  "क्यास अन डेलिभरी", "कैश ऑन डिलीवरी",
  NULL
};

/* Whether normalised @text names a price (price_at()) */
static gboolean
names_price (const char *text)
{
  if (_byline_spam_has_currency_sign (text))
    return TRUE;
  for (const char *p = text; *p; p++)
    {
      /* (a sum's first digit) */
      if (g_ascii_isdigit (*p) && (p == text || !g_ascii_isalnum (p[-1])) && price_at (p) != NULL)
        return TRUE;
    }

  return FALSE;
}

/**
 * _byline_spam_delivery_evidence:
 * @content: normalised, with somewhere to buy (the caller's test)
 *
 * Goods at a price, delivered free or paid on delivery: "2 for 1,290
 * baht with free delivery anywhere in Isan", "₱2,800 … cash on delivery
 * nationwide".
 */
void
_byline_spam_delivery_evidence (const char *content,
                                GArray     *evidence)
{
  if (_byline_spam_terms_found (content, deliveries) > 0 && names_price (content))
    _byline_spam_add_evidence (evidence, 0.3,
                               g_strdup (_("sells at a price, delivered free or paid on delivery, with somewhere "
                                           "to buy")));
}

/**
 * _byline_spam_remedy_evidence:
 * @content: normalised, with somewhere to buy (the caller's test)
 *
 * A remedy for an ailment said to be natural and harmless: "my fasting
 * sugar went from 128 to 94 … 100% natural, no side effects", as the
 * supplements' testimonials write.
 */
void
_byline_spam_remedy_evidence (const char *content,
                              GArray     *evidence)
{
  if (_byline_spam_terms_found (content, remedy_claims) > 0 && _byline_spam_terms_found (content, complaints) > 0)
    _byline_spam_add_evidence (evidence, 0.3,
                               g_strdup (_("sells a remedy said to be natural and harmless, with somewhere to buy")));
  if (_byline_spam_terms_found (content, cure_promises) >= 2 &&
      _byline_spam_terms_found (content, cure_warnings) == 0 &&
      (_byline_spam_terms_found (content, complaints) > 0 || _byline_spam_terms_found (content, complaints_ko) > 0))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("sells a remedy that promises a cure or the money back, with somewhere "
                                           "to buy")));
}

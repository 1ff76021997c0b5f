/* byline-spam-filter-helplines.c: fake support lines
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fake help lines buy comments that give "Epson printer support" or
 * "QuickBooks customer care" a toll-free number; a reader's comment that
 * quotes one warns of it. (Moved out of byline-spam-filter-patterns.c,
 * with "Norton support at …" and the line's own testimonials, "I called …
 * and they fixed it in minutes", read since the twenty-sixth round.)
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <string.h>

#include "byline-spam-filter-private.h"

/* What fake help lines say around their number */
static const char * const support_phrases[] = {
  "toll free", "toll-free", "24/7", "support number", "helpline", "help line", "customer care",
  "customer support", "customer service", "tech support", "technical support", "instant support",
  "support team",
  NULL
};

/* "Norton support", "call Epson support on …": the product's name, then
 * the word alone */
static const char * const support_words[] = {
  "support", "helpdesk", "help desk", "hotline",
  NULL
};

/* What fake help lines are for: the printers, computers, software,
 * mail, wallets, airlines and banks whose customers search for a number
 * to call. A public service's help line (the council's, a disaster
 * agency's) names none of them. */
static const char * const supported_products[] = {
  "printer", "printers", "router", "antivirus", "hp", "epson", "canon", "brother printer", "quickbooks",
  "microsoft", "windows", "outlook", "office 365", "geek squad", "apple support", "apple id", "dell",
  "norton", "mcafee", "avast", "hotmail", "gmail", "yahoo mail", "aol mail", "roku",
  "icloud", "itunes", "coinbase", "binance", "metamask", "trust wallet", "cash app", "delta airlines",
  "united airlines", "american airlines", "southwest airlines", "jetblue", "lufthansa", "ryanair", "easyjet",
  "chase bank", "wells fargo", "bank of america", "paypal", "robinhood", "kraken",
  NULL
};

/* A reader telling how a fake help line took their father's money */
static const char * const support_warnings[] = {
  "scam", "scammed", "scammer", "scammers", "fake", "fraud", "beware", "careful", "warning", "don't call",
  "do not call", "never call",
  NULL
};

/* "I called …": a reader's warning, unless the line is praised for it,
 * as the fake line's own testimonials do ("I called Norton support at
 * 1-888-… and they fixed it in minutes, highly recommend!") */
static const char * const called[] = {
  "i called", "i rang", "i phoned",
  NULL
};

static const char * const testimonials[] = {
  "recommend", "highly recommend", "fixed it", "fixed my", "sorted it", "solved my", "solved it",
  "resolved my", "resolved it", "in minutes", "very helpful", "so helpful", "they helped", "great service",
  NULL
};

/* Whether @text names a product fake help lines are for with the word
 * "support" (or "hotline") right after it: "Norton support", "Epson's
 * helpdesk" */
static gboolean
names_product_support (const char *text)
{
  for (guint i = 0; supported_products[i] != NULL; i++)
    {
      const char *from = text;
      const char *at;

      while ((at = _byline_spam_find (from, supported_products[i])) != NULL)
        {
          const char *after = at + strlen (supported_products[i]);

          from = after;
          if (at > text && g_ascii_isalnum (at[-1]))
            continue;
          if (g_str_has_prefix (after, "'s"))
            after += 2;
          if (*after != ' ')
            continue;
          while (*after == ' ')
            after++;
          for (guint j = 0; support_words[j] != NULL; j++)
            {
              if (g_str_has_prefix (after, support_words[j]))
                return TRUE;
            }
        }
    }
  return FALSE;
}

/* How many of the help-line phrases @text holds beside a phone number
 * (0 without one), one more when it names a product fake help lines
 * are for and warns of nothing, and one more again when the number is
 * a North American toll-free one, as those lines buy */
guint
_byline_spam_support_line (const char *text)
{
  guint n = 0;
  gboolean warned;

  if (!_byline_spam_has_phone (text))
    return 0;
  for (guint i = 0; support_phrases[i] != NULL; i++)
    n += _byline_spam_find (text, support_phrases[i]) != NULL;
  if (n == 0 && names_product_support (text))
    n = 1;
  warned = _byline_spam_any_word (text, support_warnings) ||
           (_byline_spam_any_word (text, called) && !_byline_spam_any_word (text, testimonials));
  if (n > 0 && _byline_spam_any_word (text, supported_products) && !warned)
    n += 1 + _byline_spam_has_toll_free (text);

  return n;
}

/* byline-spam-filter-referrals.c: links that pay whoever posted them
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An affiliate's or a partner's code in a link's query, an Amazon
 * associate's tag, a sign-up page with a referral code: what the
 * notices' rules (byline-spam-filter-notices.c) ask of a comment's
 * links and of its website field. Moved here from there in the forty-
 * sixth round, which reads a bet site's "/iscriviti?ref=" page too;
 * since the forty-eighth, its "/join?code=" and "?promo=" pages.
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <string.h>

#include "byline-spam-filter-private.h"

/* Whether @text holds one of @keys, each a query's key and its "=" */
static gboolean
holds_key (const char         *text,
           const char * const *keys)
{
  if (strchr (text, '=') == NULL)
    return FALSE;
  for (guint i = 0; keys[i] != NULL; i++)
    {
      if (strstr (text, keys[i]) != NULL)
        return TRUE;
    }

  return FALSE;
}

/* A link that pays whoever posted it: an affiliate's or a partner's
 * code in its query */
gboolean
_byline_spam_has_affiliate_query (const char *text)
{
  static const char * const keys[] = {
    "?partner=", "&partner=", "?ref=", "&ref=", "?aff=", "&aff=", "?affid=", "&affid=", "affiliate=",
    "?aff_id=", "&aff_id=", "?tag=", "&tag=",
    NULL
  };

  return holds_key (text, keys);
}

/* Whether normalised @text links with an affiliate's code that is no
 * site's own tagging: an affiliate's key ("?aff=", "affiliate=") or an
 * Amazon associate's tag, a name and a market's number ("?tag=
 * bcguide-20"), not a blog's "?tag=recycling" */
gboolean
_byline_spam_has_affiliate_code (const char *text)
{
  static const char * const keys[] = {
    "?aff=", "&aff=", "?affid=", "&affid=", "?aff_id=", "&aff_id=", "affiliate=", "affiliate_id=",
    /* (Portuguese's and Spanish's: "?afiliado=vitor88") */
    "afiliado=", "afiliada=", "afiliado_id=",
    NULL
  };

  if (holds_key (text, keys))
    return TRUE;
  for (const char *p = strstr (text, "tag="); p != NULL; p = strstr (p + 1, "tag="))
    {
      const char *q = p + 4;

      if (p == text || (p[-1] != '?' && p[-1] != '&'))
        continue;
      while (g_ascii_isalnum (*q) || *q == '-' || *q == '_')
        q++;
      /* "…-20", "…-21": the associate's market */
      if (q - (p + 4) >= 5 && q[-3] == '-' && q[-2] == '2' && g_ascii_isdigit (q[-1]))
        return TRUE;
    }

  return FALSE;
}

/* Whether normalised @url is a sign-up page with whoever sends readers
 * there's referral code ("kurzy-bonus.bet/registrace?ref=petrn77"),
 * as a reader's own website never is */
gboolean
_byline_spam_signup_referral (const char *url)
{
  /* (Greek's "egrafi", a sign-up, in Latin letters; Italian's
   * "iscriviti", Spanish's and French's "inscripción", "inscription",
   * German's "anmelden", Polish's "rejestracja") */
  static const char * const signups[] = { "/registr", "/signup", "/sign-up", "/join", "/cadastr", "/egrafi", "/eggrafi",
                                          "/iscriv", "/inscri", "/anmeld", "/rejestr", NULL };

  /* (the code under any of the keys sign-up pages take it by: "/join?code=brayo48", "?promo=", "?invite=") */
  static const char * const codes[] = { "?ref=", "&ref=", "?code=", "&code=", "?promo=", "&promo=", "?promocode=",
                                        "?invite=", "&invite=", "?referral=", "&referral=", "?refcode=", NULL };

  return holds_key (url, codes) && _byline_spam_any_substring (url, signups);
}

/* Whether a link of normalised @text with an affiliate's code goes to
 * a buyer's guide ("/best-compost-tumblers-2026/", "top-10-…",
 * "…-reviews") or to @site, the author's own (%NULL: none) */
gboolean
_byline_spam_affiliate_link_is_own_guide (const char *text,
                                          const char *site)
{
  static const char * const guides[] = { "/best-", "-best-", "/top-", "top-10", "-review", "/review", NULL };
  const char *p = strchr (text, '=');

  for (; p != NULL; p = strchr (p + 1, '='))
    {
      const char *start = p, *end = p;
      g_autofree char *link = NULL;

      while (start > text && !g_ascii_isspace (start[-1]) && start[-1] != '"' && start[-1] != '(')
        start--;
      while (*end != '\0' && !g_ascii_isspace (*end) && *end != '"' && *end != ')')
        end++;
      link = g_strndup (start, end - start);
      if (!_byline_spam_has_affiliate_code (link))
        continue;
      if (site != NULL && site[0] != '\0' && strstr (link, site) != NULL)
        return TRUE;
      for (guint i = 0; guides[i] != NULL; i++)
        {
          if (strstr (link, guides[i]) != NULL)
            return TRUE;
        }
    }

  return FALSE;
}

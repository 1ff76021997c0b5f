/* byline-spam-filter-rackets.c: scams dressed as jobs, services and notices
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Read since the twenty-ninth round: car finance or loans "even with bad
 * credit"; an offer to get a hacked or banned account back (since the
 * thirty-eighth also in Vietnamese, Korean, Chinese, Thai and Russian,
 * "lấy lại tài khoản… làm xong mới thu phí", the fee weighing); a pass, a
 * licence or an account that "must be renewed" for a fee at a link or
 * it stops; a bare list of search phrases with a link; a friend's
 * earnings by the month with a link to "the method"; and a trade's
 * "say you saw him on here", since the thirtieth with money off for it
 * ("mention this article and they take $50 off"), and since the
 * thirty-first a claims agent's grants and refunds "you are owed",
 * won back "no win no fee"; since the fortieth, India's "digital
 * arrest", an agency's officer on a video call who has the reader's
 * savings moved to a "safe account". (A money mule's job
 * is read with the others in byline-spam-filter-services.c.)
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "byline-spam-filter-private.h"

/* What a reader writes who warns of a scam rather than runs one */
static const char * const warnings[] = {
  "scam", "scams", "scammer", "scammers", "scammed", "fraud", "fraudsters", "fake", "phishing", "beware",
  "money mule", "money mules", "do not click", "don't click", "never click", "report it", "reported it", "7726",
  "is this real", "is it real", "is this legit", "got this text", "got this message", "police",
  "lừa đảo", "lua dao", "bị lừa", "사기", "경찰", "诈骗", "骗子", "มิจฉาชีพ", "หลอกลวง", "мошенники",
  "мошенничество", "полиция",
  NULL
};

/* A reader whose own account was taken, telling of the "experts" who
 * wrote to her then */
static const char * const victims[] = {
  "my account", "my facebook", "my instagram", "my whatsapp", "my snapchat", "my tiktok", "my email", "my gmail",
  "so-called", "tài khoản của tôi", "tài khoản của mình", "tài khoản của em", "facebook của tôi",
  "facebook của mình", "facebook của em", "제 계정", "내 계정", "제 인스타", "내 인스타", "제 카톡", "我的账号",
  "บัญชีของฉัน", "мой аккаунт",
  NULL
};

/* Credit for those the banks turn down: the trouble... */
static const char * const bad_credit[] = {
  "bad credit", "poor credit", "adverse credit", "low credit score", "ccj", "ccjs", "no credit history",
  "missed payments", "bankrupt", "bankruptcy", "defaults",
  NULL
};

/* ...and the broker's promise, in its advert's words */
static const char * const lender_promises[] = {
  "we approve", "approved", "acceptance rate", "accepted", "guaranteed", "check your eligibility",
  "check eligibility", "without affecting your credit", "no deposit", "instant decision", "soft search",
  "apply now", "apply today", "all applicants", "of applicants",
  NULL
};

/* ...which a reader turned down tells of, not offers */
static const char * const refusals[] = {
  "refused", "turned down", "rejected", "declined", "loan shark", "loan sharks",
  NULL
};

/* An account got back: the account... */
static const char * const accounts[] = {
  "instagram", "facebook", "whatsapp", "snapchat", "tiktok", "twitter", "gmail", "account", "accounts", "wallet",
  "page", "fanpage", "zalo", "tài khoản", "tai khoan", "계정", "인스타", "카톡", "账号", "帐号", "微信号", "บัญชี",
  "аккаунт", "страницу",
  NULL
};

/* ...what befell it... */
static const char * const account_troubles[] = {
  "hacked", "disabled", "banned", "suspended", "locked out", "compromised", "stolen", "deactivated",
  "bị khóa", "bị khoá", "bi khoa", "bị hack", "bi hack", "mất quyền", "bị vô hiệu hóa", "해킹", "정지",
  "被盗", "被封", "โดนแฮก", "ถูกแฮก", "ถูกระงับ", "взломали", "взломан", "заблокировали",
  NULL
};

/* ...and the one who gets it back, for pay (Meta's own help asks no
 * one to write to a stranger) */
static const char * const recoverers[] = {
  "i have recovered", "i've recovered", "we have recovered", "we've recovered", "recovered over", "i can recover",
  "we can recover", "i recover", "we recover", "recovery service", "recovery expert", "recovery specialist",
  "recovery team", "get your account back", "restore your account", "payment only after", "pay after recovery",
  "after recovery",
  NULL
};

/* ...in the languages whose offers say it without a "your": "lấy lại
 * tài khoản trong 2 - 24h", "복구 업체 통해서 되찾았어요" (got it back
 * through a recovery firm), "找回账号", "กู้บัญชี", "восстановим" */
static const char * const recoverers_abroad[] = {
  "lấy lại tài khoản", "lay lai tai khoan", "khôi phục tài khoản", "khoi phuc tai khoan", "mở khóa tài khoản",
  "lấy lại fanpage", "복구 업체", "복구업체", "계정 복구", "找回账号", "找回帐号", "解封", "กู้บัญชี",
  "กู้คืนบัญชี", "восстановим", "вернём доступ", "восстановление аккаунтов",
  NULL
};

/* ...and its fee, paid first or on success: the scam's point */
static const char * const recovery_fees[] = {
  "fee", "upfront", "in advance", "thu phí", "thu phi", "선입금", "수수료", "费用", "定金", "押金",
  "ค่าบริการ", "предоплата", "оплата",
  NULL
};

/* A notice that something must be renewed at once, at the link: a
 * reader's own "my licence renewal" asks nothing of anyone */
static const char * const renew_now[] = {
  "renew online", "renew now", "renew here", "renew today", "renew at", "renew in", "renew it", "renew your",
  "renew by", "renew before", "re-register now", "re-register here", "reactivate now", "reactivate here",
  NULL
};

/* ...or it stops... */
static const char * const threats[] = {
  "will be stopped", "will be cancelled", "will be canceled", "will be suspended", "will be deactivated",
  "will be blocked", "will be withdrawn", "will stop working", "will no longer be valid", "will be removed",
  "or lose", "or you will lose", "or you'll lose",
  NULL
};

/* ...for a fee */
static const char * const fees[] = {
  "fee", "admin fee", "processing fee", "one-off", "small charge",
  NULL
};

/* A business's way of counting its adverts: "say you saw him on here" */
static const char * const referrals[] = {
  "say you saw", "tell him you saw", "tell her you saw", "tell them you saw", "mention you saw",
  "saw him on here", "saw her on here", "saw them on here", "say i sent you", "mention my name",
  NULL
};

/* ...or its way to count them by the comment itself, for a discount
 * ("mention this article and they take $50 off") */
static const char * const mentions[] = {
  "mention this article", "mention this comment", "mention this post", "mention this page", "mention this ad",
  "mention the article", "mention this site", "mention you read", "say you read", "tell them you read",
  "mention this review", "mentionnez cet article", "mencione este artículo",
  NULL
};

/* ...and the discount: "% off", "a discount" (a sum before "off" is
 * read apart) */
static const char * const discounts[] = {
  "% off", "discount", "discounted", "rabais", "réduction", "descuento", "rabatt",
  NULL
};

/* Whether normalised @text takes a sum off ("$50 off", "£20 off the
 * first visit") or offers a discount */
static gboolean
offers_money_off (const char *text)
{
  if (_byline_spam_terms_found (text, discounts) > 0)
    return TRUE;
  for (const char *p = strstr (text, " off"); p != NULL; p = strstr (p + 1, " off"))
    {
      const char *q = p;

      if (g_ascii_isalpha (p[4]))
        continue;
      while (q > text && (g_ascii_isdigit (q[-1]) || q[-1] == ',' || q[-1] == '.'))
        q--;
      if (q == p)
        continue;
      if ((q > text && q[-1] == '$') || (q - text >= 2 && g_str_has_prefix (q - 2, "£")) ||
          (q - text >= 3 && g_str_has_prefix (q - 3, "€")))
        return TRUE;
    }

  return FALSE;
}

/* Someone close whose earnings are told... */
static const char * const close_ones[] = {
  "my neighbour", "my neighbor", "my cousin", "my friend", "my sister", "my brother", "my aunt", "my uncle",
  "my colleague", "my mate", "my niece", "my nephew", "a friend of mine",
  NULL
};

/* ...the way to the money, sold as a method... */
static const char * const methods[] = {
  "method", "system", "course", "academy", "blueprint", "formula", "sent me the link", "the link", "programme",
  NULL
};

/* ...and what a reader telling of a loss says (not "lost" alone: the
 * advert's neighbour "lost her shifts" first) */
static const char * const losses[] = {
  "lost £", "lost $", "lost €", "lost money", "lost everything", "lost thousands", "lost her savings",
  "lost his savings", "lost their savings", "in debt", "into debt",
  NULL
};

/* Whether normalised @text says a sum is made by the month or week
 * ("makes £2,300 a month"): a sum in pounds, dollars or euros before
 * the period, a verb of earning before the sum */
static gboolean
earns_a_sum (const char *text)
{
  static const char * const periods[] = { " a month", " per month", " a week", " per week", NULL };
  static const char * const verbs[] = { "makes", "made", "earns", "earned", "making", "earning", NULL };

  for (guint i = 0; periods[i] != NULL; i++)
    {
      const char *from = text;
      const char *at;

      while ((at = strstr (from, periods[i])) != NULL)
        {
          const char *start = at - MIN ((gsize) (at - text), 16);
          const char *verb_start = at - MIN ((gsize) (at - text), 48);
          g_autofree char *before = g_strndup (start, at - start);
          g_autofree char *lead = g_strndup (verb_start, at - verb_start);

          from = at + 1;
          if ((strstr (before, "£") != NULL || strchr (before, '$') != NULL || strstr (before, "€") != NULL) &&
              _byline_spam_any_word (lead, verbs))
            return TRUE;
        }
    }

  return FALSE;
}

/* Whether normalised @text is a bare list of search phrases: six or
 * more, split by commas, none a sentence (no full stop, no "I" or
 * "we"), one word in four of them or more ("minibus hire carrowshire,
 * cheap minibus hire near me, 16 seater minibus hire"). A reader's
 * list of villages shares no word; her sentences have verbs and stops. */
static gboolean
is_keyword_list (const char *text)
{
  static const char * const persons[] = {
    "i", "i'm", "we", "we're", "my", "our", "you", "your", "is", "are", "was", "were", NULL
  };
  g_auto(GStrv) phrases = NULL;
  g_autoptr(GHashTable) counts = NULL;
  GHashTableIter iter;
  gpointer value;
  guint n, best = 0;

  if (strstr (text, ". ") != NULL || _byline_spam_any_word (text, persons))
    return FALSE;
  phrases = g_strsplit_set (text, ",\n", -1);
  n = g_strv_length (phrases);
  if (n < 6)
    return FALSE;
  counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_auto(GStrv) words = NULL;
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      guint len;

      g_strstrip (phrases[i]);
      words = g_strsplit (phrases[i], " ", -1);
      len = g_strv_length (words);
      /* (the last may carry the link) */
      if (len > 7 && i + 1 < n)
        return FALSE;
      for (guint j = 0; j < len; j++)
        {
          /* (words of four letters or more: "hire", not "a" or "16") */
          if (g_utf8_strlen (words[j], -1) < 4 || strchr (words[j], '.') != NULL ||
              g_hash_table_contains (seen, words[j]))
            continue;
          g_hash_table_add (seen, words[j]);
          g_hash_table_insert (counts, g_strdup (words[j]),
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, words[j])) + 1));
        }
    }
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    best = MAX (best, GPOINTER_TO_UINT (value));

  return best >= 4;
}

/* Money said to be owed to readers by the state or a firm: grants,
 * refunds, rebates, compensation... */
static const char * const owed_kinds[] = {
  "tax refund", "tax refunds", "tax rebate", "tax rebates", "rebate", "rebates", "grant", "grants", "refund",
  "refunds", "compensation", "ppi", "overpaid tax", "unclaimed benefits",
  NULL
};

/* ...that they "don't even know" of... */
static const char * const owed[] = {
  "are owed", "you're owed", "they're owed", "owed to you", "owed to them", "entitled to", "unclaimed",
  "don't even know", "didn't know they could", "don't know they can", "money back",
  NULL
};

/* ...won back by an agent for a cut, in its own voice... */
static const char * const agent_fees[] = {
  "no win no fee", "no win, no fee", "no-win no-fee", "no-win, no-fee", "success fee", "commission",
  "we only get paid", "only pay if", "only pay when", "of what we recover", "of what we get back",
  NULL
};

static const char * const agent_voice[] = {
  "our office", "our team", "our firm", "our agency", "our company", "our clients", "most clients",
  "clients get back", "we help", "we handle", "we also handle", "we claim", "we recover", "we get",
  NULL
};

/* ...which a reader, a charity or an association helping for nothing
 * says it does not take */
static const char * const no_cut[] = {
  "free of charge", "no charge", "for free", "no commission", "at no cost", "costs nothing", "volunteer",
  "volunteers",
  NULL
};

/* ...and a number to ring or to write to on a messenger */
static const char * const call_words[] = {
  "call", "ring", "phone", "whatsapp", "text", "tel", "contact",
  NULL
};

/* A "digital arrest" (since the fortieth round): an agency's officer
 * on a video call says the reader is to be arrested ("a FedEx parcel
 * booked on your Aadhaar… seized… you are under DIGITAL ARREST")...
 */
static const char * const arrests[] = {
  "digital arrest", "under arrest", "will be arrested", "arrest warrant", "warrant will be issued",
  "fir is registered", "fir registered", "parcel has been seized", "has been seized", "डिजिटल अरेस्ट",
  "गिरफ्तार", "गिरफ़्तार", "डिजिटल अटक",
  NULL
};

/* ...in the name of the police, the customs or an investigating
 * agency... */
static const char * const agencies[] = {
  "cbi", "narcotics control bureau", "ncb", "customs", "cyber crime", "cyber cell", "enforcement directorate",
  "trai", "crime branch", "सीबीआई", "पुलिस", "कस्टम",
  NULL
};

/* ...and what it asks: to stay on the call and tell no one, and to
 * move the savings to a "safe account" for "verification" */
static const char * const arrest_demands[] = {
  "safe account", "do not disconnect", "don't disconnect", "do not inform", "don't inform", "skype",
  "video call", "verification ke liye", "for verification", "transfer your savings", "savings transfer",
  "apni savings", "सेफ अकाउंट", "वीडियो कॉल", "किसी को न बताएं",
  NULL
};

/* A reader who got the call says it was a scam, and where to report
 * it: India's cybercrime line, 1930 */
static const char * const arrest_warnings[] = {
  "scam", "scams", "scammer", "scammers", "fraud", "fake", "beware", "1930", "cybercrime.gov.in",
  "no such thing", "hung up", "ठगी", "धोखा", "फर्जी", "फसवणूक",
  NULL
};

/* Whether normalised @text gives a number to call after one of
 * call_words, in the same sentence: seven digits or more, as a
 * country's own numbers are written ("call or WhatsApp Daniel on 9977
 * 0321"), shorter than _byline_spam_has_phone() asks for */
static gboolean
gives_number_to_call (const char *text)
{
  for (guint i = 0; call_words[i] != NULL; i++)
    {
      gsize len = strlen (call_words[i]);

      for (const char *p = _byline_spam_find (text, call_words[i]); p != NULL; p = strstr (p + len, call_words[i]))
        {
          if ((p > text && g_ascii_isalnum (p[-1])) || g_ascii_isalnum (p[len]))
            continue;
          for (const char *q = p + len; *q && q < p + len + 40 && !strchr (".!?\n", *q); q++)
            {
              guint digits = 0;

              if (!g_ascii_isdigit (*q) || g_ascii_isalnum (q[-1]))
                continue;
              for (; g_ascii_isdigit (*q) || ((*q == ' ' || *q == '-') && g_ascii_isdigit (q[1])); q++)
                digits += g_ascii_isdigit (*q);
              if (digits >= 7 && digits <= 15)
                return TRUE;
              if (*q == '\0')
                break;
            }
        }
    }

  return FALSE;
}

/* @content: normalised; @outside_links: links to other than official
 * bodies and newspapers */
void
_byline_spam_racket_evidence (const BylineSpamSample *sample,
                              const char             *content,
                              guint                   outside_links,
                              GArray                 *evidence)
{
  gboolean has_site = sample->author_url != NULL && sample->author_url[0] != '\0';
  gboolean contact = outside_links > 0 || _byline_spam_has_private_contact (content) ||
    _byline_spam_has_messenger_contact (content);
  gboolean warned = _byline_spam_terms_found (content, warnings) > 0;

  /* A broker's promise to those with bad credit, and where to apply: a
   * reader tells of being turned down */
  if (_byline_spam_terms_found (content, bad_credit) > 0 && _byline_spam_terms_found (content, lender_promises) >= 2 &&
      (contact || has_site || _byline_spam_has_phone (content)) && !warned &&
      _byline_spam_terms_found (content, refusals) == 0)
    _byline_spam_add_evidence (evidence, 0.55,
                               g_strdup (_("offers loans or car finance even with bad credit, as brokers’ adverts "
                                           "do")));

  /* Getting the reader's hacked account back, for pay, from a stranger
   * to write to: a reader whose own was hacked tells how Meta's form
   * did it */
  if (_byline_spam_terms_found (content, accounts) > 0 && _byline_spam_terms_found (content, account_troubles) > 0 &&
      ((_byline_spam_terms_found (content, recoverers) > 0 && _byline_spam_contains_word (content, "your")) ||
       _byline_spam_terms_found (content, recoverers_abroad) > 0) &&
      contact && !warned && _byline_spam_terms_found (content, victims) == 0)
    _byline_spam_add_evidence (evidence, _byline_spam_terms_found (content, recovery_fees) > 0 ? 0.55 : 0.5,
                               g_strdup (_("offers to get back hacked or banned accounts, as recovery scammers "
                                           "do")));

  /* Renew for a fee at a link or it stops: what a phishing text says.
   * A reader quoting one says not to click it. */
  if (_byline_spam_terms_found (content, renew_now) > 0 && _byline_spam_terms_found (content, threats) > 0 &&
      _byline_spam_terms_found (content, fees) > 0 && _byline_spam_has_currency_sign (content) &&
      (outside_links > 0 || _byline_spam_has_private_contact (content)) && !warned)
    _byline_spam_add_evidence (evidence, 0.55,
                               g_strdup (_("says something must be renewed for a fee at a link or it stops, as "
                                           "phishing texts do")));

  /* "You are under DIGITAL ARREST… do not inform family members or
   * local police… transfer your savings to an RBI safe account for
   * verification. Contact Inspector …": an agency's threat and its
   * demand, with the number or the Skype name to call. The police's
   * own warning names the scam and its line. */
  if ((contact || _byline_spam_has_phone (content)) && _byline_spam_terms_found (content, arrests) > 0 &&
      _byline_spam_terms_found (content, agencies) > 0 && _byline_spam_terms_found (content, arrest_demands) > 0 &&
      _byline_spam_terms_found (content, arrest_warnings) == 0)
    _byline_spam_add_evidence (evidence, _byline_spam_terms_found (content, arrest_demands) >= 2 ? 0.6 : 0.5,
                               /* Translators: a reason a comment looks like spam */
                               g_strdup (_("threatens the reader with arrest by an agency and asks for money to be "
                                           "moved, as “digital arrest” calls do")));

  /* Search phrases with nowhere else to go but the link */
  if ((outside_links > 0 || has_site) && is_keyword_list (content))
    _byline_spam_add_evidence (evidence, 0.6,
                               g_strdup (_("a bare list of search phrases with a link, not a comment")));

  /* A friend's earnings, a sum a month, and the link to how */
  if (_byline_spam_terms_found (content, close_ones) > 0 && earns_a_sum (content) &&
      _byline_spam_terms_found (content, methods) > 0 && _byline_spam_has_private_contact (content) &&
      _byline_spam_terms_found (content, losses) == 0 && !warned)
    _byline_spam_add_evidence (evidence, 0.55,
                               g_strdup (_("tells of someone’s earnings by the month, with a link to the method")));

  /* A trade's way to count its adverts, beside its number: with money
   * off for those who say where they read of it, an advert's offer */
  if (_byline_spam_terms_found (content, referrals) + _byline_spam_terms_found (content, mentions) > 0 &&
      offers_money_off (content) && !warned &&
      (_byline_spam_has_phone (content) || _byline_spam_has_private_contact (content)))
    _byline_spam_add_evidence (evidence, 0.55,
                               /* Translators: a reason a comment looks like spam */
                               g_strdup (_("offers money off to readers who say they read of the business here, "
                                           "with its number")));
  else if (_byline_spam_terms_found (content, referrals) > 0 &&
           (_byline_spam_has_phone (content) || _byline_spam_has_private_contact (content)))
    _byline_spam_add_evidence (evidence, 0.25,
                               g_strdup (_("asks readers to say they saw the number here, as a business counting "
                                           "its adverts does")));

  /* "Our office helps traders claim grants and tax refunds they are
   * owed… no win no fee. Call Daniel on…": a claims agent's advert. A
   * reader sends others to the tax office's own help, or warns of the
   * agents. */
  if (_byline_spam_terms_found (content, owed_kinds) > 0 && _byline_spam_terms_found (content, owed) > 0 &&
      _byline_spam_terms_found (content, agent_fees) > 0 && _byline_spam_terms_found (content, agent_voice) > 0 &&
      (contact || _byline_spam_has_phone (content) || gives_number_to_call (content)) && !warned &&
      _byline_spam_terms_found (content, no_cut) == 0 && !_byline_spam_names_public_help (content))
    _byline_spam_add_evidence (evidence, 0.55,
                               /* Translators: a reason a comment looks like spam */
                               g_strdup (_("a claims agent’s advert: money readers are said to be owed, won back "
                                           "for a cut")));
}

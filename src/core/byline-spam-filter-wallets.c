/* byline-spam-filter-wallets.c: a mobile money wallet's PIN or one-time
 * code asked for
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bKash, Nagad, M-Pesa, GCash and the rest pay out at once, and for
 * good, to whoever holds a wallet's PIN and the one-time code a payment
 * sends: what their phishing asks for, dressed as the wallet's own
 * notice ("আপনার একাউন্টটি ব্লক করা হয়েছে… পিন ও ওটিপি দিয়ে সচল
 * করুন") or as a neighbour's tip ("৳৫০০ cashback… নগদ নম্বর আর PIN
 * দিয়ে claim করবেন"), with an address or a number to give them at. No
 * wallet, shop nor office asks a customer for either, and readers name
 * them to warn: "বিকাশ কখনো পিন বা ওটিপি চায় না", "Keu kauke PIN diben
 * na", "never share your OTP". Each is read only where it is asked to be
 * given, not denied in the same clause, in a comment that talks of no
 * fraud. Since the fifty-second round.
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "byline-spam-filter-private.h"

/* A wallet's secrets: its PIN and the one-time code, in English,
 * Bengali and Banglish (Bengali's found with its endings: "পিনটি") */
static const char * const secrets[] = {
  "pin", "otp", "mpin", "m-pin", "verification code", "পিন", "ওটিপি", "ভেরিফিকেশন কোড",
  NULL
};

/* ...asked to be given after it ("পিন দিয়ে", "OTP din", "PIN to
 * verify")... */
static const char * const giving_after[] = {
  "দিয়ে", "দিন", "দিতে", "দিলে", "দিলেই", "দেন", "লিখে", "লিখুন", "পাঠান", "পাঠিয়ে", "diye", "din", "dite", "dile",
  "den", "likhe", "pathan", "to verify", "to claim", "to unlock", "to activate", "to confirm",
  NULL
};

/* ...or before it, as English asks ("enter your PIN") */
static const char * const giving_before[] = {
  "enter your", "enter the", "share your", "share the", "send your", "send us your", "send the", "provide your",
  "give your", "type your", "with your", "confirm your", "verify your",
  NULL
};

/* ...unless its clause denies it ("চায় না", "দেবেন না", "diben na",
 * "never", "don't", to no one: "কাউকে", "kauke"), or has it given in the
 * wallet's own app ("Nagad app e nijer PIN diye dhukun") */
static const char * const denials[] = {
  "না", "নেই", "কখনো", "কখনোই", "কাউকে", "na", "nei", "kokhono", "kauke", "keu", "never", "don't", "don’t",
  "do not", "not share", "not give", "not send", "no one", "nobody", "app", "অ্যাপ", "অ্যাপে", "অ্যাপের",
  NULL
};

/* What the PIN is of: a wallet (_byline_spam_names_wallet()), an
 * account, a card */
static const char * const accounts[] = {
  "account", "card", "wallet", "একাউন্ট", "অ্যাকাউন্ট", "কার্ড", "ওয়ালেট",
  NULL
};

/* Whether a clause ends at @p: a comma, a semicolon or a colon, a
 * line's end, Bengali's full stop (the danda, U+0964), or a full stop,
 * a question or an exclamation mark before a space or the end (not a
 * web address's dot) */
static gboolean
clause_ends_at (const char *p)
{
  if (*p == '\n' || *p == ',' || *p == ';' || *p == ':')
    return TRUE;
  if (*p == '.' || *p == '!' || *p == '?')
    return p[1] == '\0' || g_ascii_isspace (p[1]);

  return (guchar) p[0] == 0xE0 && (guchar) p[1] == 0xA5 && (guchar) p[2] == 0xA4;
}

/* The words of the clause of @text just before @p, up to @radius bytes,
 * in whole characters */
static char *
clause_before (const char *text,
               const char *p,
               gsize       radius)
{
  const char *from = p;

  while (from > text && (gsize) (p - from) < radius && !clause_ends_at (from - 1))
    from--;
  while (from < p && ((guchar) *from & 0xC0) == 0x80)
    from++;

  return g_strndup (from, p - from);
}

/* ...and just after @p, up to @radius bytes */
static char *
clause_after (const char *p,
              gsize       radius)
{
  const char *to = p;

  while (*to != '\0' && (gsize) (to - p) < radius && !clause_ends_at (to))
    to++;
  while (((guchar) *to & 0xC0) == 0x80)
    to++;

  return g_strndup (p, to - p);
}

/* Whether normalised @text asks for a wallet's secret: one of secrets,
 * a word of its own (in Latin letters, whole), asked to be given in
 * the words of its clause after it or before it, and not denied there */
static gboolean
asks_for_secret (const char *text)
{
  for (guint i = 0; secrets[i] != NULL; i++)
    {
      gsize len = strlen (secrets[i]);
      gboolean latin = (guchar) secrets[i][0] < 0x80;

      for (const char *p = _byline_spam_find (text, secrets[i]); p != NULL; p = strstr (p + len, secrets[i]))
        {
          g_autofree char *after = NULL;
          g_autofree char *before = NULL;

          if (p > text && _byline_spam_is_word_char (g_utf8_get_char (g_utf8_find_prev_char (text, p))))
            continue;
          if (latin && g_ascii_isalnum (p[len]))
            continue;
          after = clause_after (p + len, 40);
          before = clause_before (text, p, 40);
          if ((_byline_spam_words_found (after, giving_after) > 0 ||
               _byline_spam_words_found (before, giving_before) > 0) &&
              _byline_spam_words_found (after, denials) == 0 && _byline_spam_words_found (before, denials) == 0)
            return TRUE;
        }
    }

  return FALSE;
}

/* @content: normalised; @outside_links: links to other than official
 * bodies and newspapers */
void
_byline_spam_wallet_evidence (const char *content,
                              guint       outside_links,
                              GArray     *evidence)
{
  /* (somewhere to give it first, which other rules have worked out
   * already; then the secrets, which most comments do not name, looked up
   * in the index) */
  if (!(outside_links > 0 || _byline_spam_names_address (content) || _byline_spam_has_private_contact (content)) ||
      _byline_spam_terms_found (content, secrets) == 0)
    return;

  if ((_byline_spam_names_wallet (content) || _byline_spam_terms_found (content, accounts) > 0) &&
      asks_for_secret (content) && !_byline_spam_talks_of_spam (content))
    _byline_spam_add_evidence (evidence, 0.55, g_strdup (_("asks for the PIN or the one-time code of an account")));
}

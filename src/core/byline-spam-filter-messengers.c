/* byline-spam-filter-messengers.c: a messenger's handle or number to
 * write to
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "WhatsApp: +44 7700 900123", "Telegram @FundsBackPro", "QQ 88886666",
 * "my LINE is vivian_hk88", "LINE ID：mei_8899": where an advert sends
 * its readers to write, as against a reader's "they promoted it on
 * Telegram". Read in byline-spam-filter-patterns.c until the forty-
 * seventh round, moved here to make room; since then, Taglish's "add
 * niyo siya sa LINE: rommel_fx_sensei", and a handle an arrow points to
 * after the messenger's name ("テレグラムかシグナルでのみ→ @osaka_job").
 * Since the fiftieth, a Senegalese mobile's nine digits after it
 * ("WhatsApp : 76 440 18 27"), and Telegram's name as French spells it.
 * Since the fifty-second, Bangladesh's mobile money named in Bengali,
 * whose names are words too ("বিকাশ", "নগদ", "রকেট"), beside a number
 * or its own words ("বিকাশ/নগদ (পার্সোনাল) ০১৯৬৭-…", "নগদ নম্বর").
 * Since the fifty-third, Ethiopia's, telebirr and CBE Birr, in Latin
 * letters and in Ethiopic ("ቴሌብር").
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <string.h>

#include "byline-spam-filter-private.h"

/* Whether an arrow ("→", "➡", "👉", "⇒"), a space or none after it, stands
 * just before @r (not before @start) */
static gboolean
points_to (const char *r,
           const char *start)
{
  static const char * const arrows[] = { "→", "➡", "👉", "⇒", NULL };

  if (r > start && r[-1] == ' ')
    r--;
  for (guint i = 0; arrows[i] != NULL; i++)
    {
      gsize n = strlen (arrows[i]);

      if (r - start >= (gssize) n && memcmp (r - n, arrows[i], n) == 0)
        return TRUE;
    }

  return FALSE;
}

static const char * const messengers[] = {
  /* a chat with a number: "wa.me/447700900123" */
  "wa.me/",
  "whatsapp", "telegram", "viber", "wechat", "skype", "телеграм", "телеграмм",
  /* (French's spelling, "Canal Télégram : @…") */
  "télégram",
  /* "WA 0812-…", as Indonesian adverts write WhatsApp */
  "wa",
  /* Vietnam's and Korea's own; Brazil's name for WhatsApp ("chama no
   * zap (11) 98765-4321") */
  "zalo", "kakaotalk", "zap", "zapzap",
  "ватсап", "واتساب", "واتساپ", "تلگرام", "微信", "qq", "discord", "व्हाट्सएप", "व्हाट्सऐप",
  "वॉट्सऐप", "वाट्सएप", "टेलीग्राम", "واٹس ایپ", "وٹس ایپ", "ٹیلی گرام", "হোয়াটসঅ্যাপ", "টেলিগ্রাম",
  "텔레그램", "카톡", "카카오톡", "ไลน์", "เทเลแกรม", "テレグラム", "line id",
  /* (Nepali's Viber, WhatsApp and Telegram) */
  "भाइबर", "भाईबर", "ह्वाट्सएप", "ह्वाट्सअप", "टेलिग्राम",
  NULL
};

/* The word Hindi, Urdu or Bengali puts between a messenger and its
 * number ("व्हाट्सएप करें 98765 43210", "واٹس ایپ کریں 0301-…"), and
 * "WhatsApp her now on +234…" */
static const char * const messenger_verbs[] = {
  " करें", " करे", " कीजिए", " पर", " کریں", " করুন", " her now", " him now", " me now", " us now",
  NULL
};

/* A messenger with a number or handle right after it ("WhatsApp: +44
 * 7700 900123", "Telegram @FundsBackPro"): where to write, not a
 * reader's "a WhatsApp message asked me to call +44…". */
static gboolean
find_messenger_contact (const char *text)
{
  for (guint i = 0; messengers[i] != NULL; i++)
    {
      gsize len = strlen (messengers[i]);

      for (const char *p = _byline_spam_find (text, messengers[i]); p != NULL; p = strstr (p + len, messengers[i]))
        {
          const char *q = p + len;
          gboolean colon = FALSE;
          gsize id = 0, id_digits = 0;

          /* "qq" and "discord" are no messengers inside a word */
          if (g_ascii_isalpha (*p) && p > text && g_ascii_isalpha (p[-1]))
            continue;
          /* nor "wa" or "zap" at the start of one ("want", "zapping") */
          if (len <= 3 && g_ascii_isalpha (*q))
            continue;
          for (guint v = 0; messenger_verbs[v] != NULL; v++)
            {
              if (g_str_has_prefix (q, messenger_verbs[v]) && q[strlen (messenger_verbs[v])] == ' ')
                {
                  q += strlen (messenger_verbs[v]);
                  break;
                }
            }
          /* ": ", " on ", " id: " and the like, within a few characters */
          for (guint n = 0; *q && n < 6 && !g_ascii_isalnum (*q) && *q != '+' && *q != '@' &&
               !strchr (".,;!?\n", *q); q++, n++)
            colon |= *q == ':' || g_str_has_prefix (q, "：");
          /* "WhatsApp number: …", "her WhatsApp is +44 …" */
          if (g_str_has_prefix (q, "number") && !g_ascii_isalnum (q[6]))
            {
              q += 6;
              while (*q == ' ' || *q == ':')
                q++;
            }
          if (g_str_has_prefix (q, "on ") || g_str_has_prefix (q, "at ") || g_str_has_prefix (q, "id ") ||
              g_str_has_prefix (q, "is "))
            q += 3;
          /* (a Senegalese mobile's nine digits too, "WhatsApp : 76 440
           * 18 27", shorter than the checks for numbers ask for) */
          if ((*q == '+' && g_ascii_isdigit (q[1])) || (*q == '@' && g_ascii_isalnum (q[1])) ||
              (*q == '(' && g_ascii_isdigit (q[1])) || _byline_spam_phone_digits_at (q, text) > 0 ||
              _byline_spam_grouped_number_at (text, q) > 0 || _byline_spam_number_after_messenger (text, q))
            return TRUE;
          /* An account number ("QQ 88886666") or, after a colon, an
           * account name with digits ("WeChat: fp8866") */
          for (; g_ascii_isalnum (q[id]) || q[id] == '_'; id++)
            id_digits += g_ascii_isdigit (q[id]);
          /* (after a messenger named in Hangul, Thai or Kana, a Latin
           * name with digits is its account: "카톡 toto77") */
          if ((id_digits >= 5 && id_digits == id) || (colon && id >= 4 && id_digits > 0) ||
              (id >= 6 && id_digits >= 3 && id_digits < id) ||
              ((guchar) *p >= 0x80 && id >= 4 && id_digits > 0 && id_digits < id))
            return TRUE;
          /* A handle that ends the comment a few words on: "message
           * our Telegram ID @…" (not "@Dave saw it on Telegram"); or
           * one an arrow points to ("テレグラムでのみ→ @osaka_job") */
          for (const char *r = p + len; *r && r < p + len + 64 && !strchr (".!?\n", *r); r++)
            {
              if (*r == '@' && g_ascii_isalnum (r[1]) && g_ascii_isalnum (r[2]) &&
                  ((r[-1] == ' ' && r[1 + strspn (r + 1, "abcdefghijklmnopqrstuvwxyz0123456789_")] == '\0') ||
                   points_to (r, p + len)))
                return TRUE;
            }
        }
    }

  return FALSE;
}

/* "My LINE is vivian_hk88", "add my LINE: nong_mild99", Taglish's "add
 * niyo siya sa LINE: rommel_fx_sensei": an account named as the
 * writer's own, or whom she sends readers to, on a messenger whose name
 * is a word ("line"), with a digit or an underscore in it */
static const char * const own_accounts[] = {
  "my line is", "my line id is", "my line id", "my line:", "add my line", "line id:", "sa line:", NULL
};

static gboolean
names_own_account (const char *text)
{
  for (guint i = 0; own_accounts[i] != NULL; i++)
    {
      const char *p = _byline_spam_find (text, own_accounts[i]);
      gsize id = 0, digits = 0;

      if (p == NULL)
        continue;
      p += strlen (own_accounts[i]);
      p += strspn (p, " :@");
      for (; g_ascii_isalnum (p[id]) || p[id] == '_' || p[id] == '.'; id++)
        digits += g_ascii_isdigit (p[id]) || p[id] == '_';
      if (id >= 4 && digits > 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether @text has a Thai letter, a kana or a Han character (UTF-8's
 * E0 B8 and E0 B9; E3 to E9 leads): the scripts LINE is written in */
static gboolean
has_line_script (const char *text)
{
  for (const char *p = text; *p; p++)
    {
      guchar c = *p;

      if ((c == 0xE0 && ((guchar) p[1] == 0xB8 || (guchar) p[1] == 0xB9)) || (c >= 0xE3 && c <= 0xE9))
        return TRUE;
    }
  return FALSE;
}

/* "แอดไลน์มาคุยกันได้เลย ID: nong_mild99" (add my LINE, let's chat, ID:
 * …), "LINE ID：mei_8899": a LINE account given the way Thai, Japanese
 * and Chinese write it, in the same clause as LINE's name, after an "ID"
 * and a colon or an "@", with letters and digits (a town hall's
 * "@kkmuni" is none). LINE's name in Latin letters counts only in a
 * text in those scripts and not after a Latin word: "bottom line: …" */
static gboolean
names_line_id (const char *text)
{
  static const char * const names[] = { "ไลน์", "line", NULL };

  for (guint i = 0; names[i] != NULL; i++)
    {
      gsize len = strlen (names[i]);
      gboolean latin = g_ascii_isalpha (names[i][0]);

      for (const char *p = _byline_spam_find (text, names[i]); p != NULL; p = strstr (p + len, names[i]))
        {
          const char *b = p;

          if (latin)
            {
              while (b > text && b[-1] == ' ')
                b--;
              if ((b > text && g_ascii_isalnum (b[-1])) || g_ascii_isalpha (p[len]) || !has_line_script (text))
                continue;
            }
          for (const char *r = p + len; *r && r < p + len + 90 && !strchr ("!?\n", *r); r++)
            {
              const char *q = NULL;
              guint n = 0, letters = 0, digits = 0;

              if (*r == '@' && !g_ascii_isalnum (r[-1]))
                q = r + 1;
              else if (r[0] == 'i' && r[1] == 'd' && !g_ascii_isalpha (r[-1]) && !g_ascii_isalpha (r[2]))
                {
                  q = r + 2;
                  q += strspn (q, " ");
                  if (g_str_has_prefix (q, "："))
                    q += strlen ("：");
                  else if (*q == ':')
                    q++;
                  else
                    continue;
                  q += strspn (q, " @");
                }
              if (q == NULL)
                continue;
              for (; g_ascii_isalnum (q[n]) || q[n] == '_' || q[n] == '.' || q[n] == '-'; n++)
                {
                  letters += g_ascii_isalpha (q[n]);
                  digits += g_ascii_isdigit (q[n]);
                }
              if (n >= 4 && letters > 0 && digits > 0)
                return TRUE;
            }
        }
    }
  return FALSE;
}

/* Mobile money, which pays a phone number at once and for good: West
 * Africa's ("Wave", "Orange Money", "Free Money"), East Africa's and
 * Asia's, and Peru's ("Yape", "Plin", a mobile's nine digits: "al Yape
 * 962 508 114"); Bangladesh's in Bengali ("বিকাশ ০১৯১২-…"). The first
 * WALLET_WORDS are words too ("a heat wave"; Bengali's development,
 * cash and a rocket): those are read only with a number right after
 * them (or, Bengali's, beside their own words: bengali_wallet_named()),
 * the others named alone too (_byline_spam_names_wallet()). */
#define WALLET_WORDS 6
/* (the last three of those, Bengali's) */
#define BENGALI_WALLET_WORDS 3
static const char * const wallets[] = {
  "wave", "wari", "momo", "বিকাশ", "নগদ", "রকেট",
  "orange money", "free money", "moov money", "mtn momo", "wizall", "m-pesa", "mpesa", "airtel money", "gcash",
  "paymaya", "bkash", "nagad", "easypaisa", "jazzcash", "yape", "plin",
  /* (Ethiopia's, in Latin letters and in Ethiopic: "ወደ ቴሌብር 0913 …") */
  "telebirr", "cbe birr", "ቴሌብር", "ሲቢኢ ብር",
  /* (Nepal's, in Latin letters and in Devanagari: "eSewa मा पठाउनुहोस्") */
  "esewa", "khalti", "ime pay", "imepay", "इसेवा", "खल्ती",
  NULL
};

/* The chats a national number is written after ("WhatsApp : 76 440 18
 * 27") */
static const char * const chats[] = { "whatsapp", "telegram", "télégram", "viber", "واتساب", NULL };

/* Whether one of @names (or, @more not %NULL, of @more), as a word,
 * ends just before @q in @text, spaces, a colon or a dash between */
static gboolean
named_before (const char         *text,
              const char         *q,
              const char * const *names,
              const char * const *more)
{
  const char *end = q;

  while (end > text && (end[-1] == ' ' || end[-1] == ':' || end[-1] == '-'))
    end--;
  if (end == q)
    return FALSE;
  for (const char * const *list = names; list != NULL; list = list == names ? more : NULL)
    {
      for (guint i = 0; list[i] != NULL; i++)
        {
          gsize len = strlen (list[i]);
          const char *p;

          if ((gsize) (end - text) < len)
            continue;
          p = end - len;
          if (memcmp (p, list[i], len) == 0 && (p == text || !g_ascii_isalnum (p[-1])))
            return TRUE;
        }
    }

  return FALSE;
}

/* Whether a number follows one of @names or @more (%NULL: none), as a
 * word, in normalised @text (after spaces, a colon or a dash): a
 * national one of eight or nine digits ("Wave 76 208 55 31", "WhatsApp
 * : 77 390 61 22") or, if @any, one the checks for numbers read
 * ("+221 77…"). Each number is found first, then the name before it:
 * most comments have few numbers and none of the names. */
static gboolean
number_after_name (const char         *text,
                   const char * const *names,
                   const char * const *more,
                   gboolean            any)
{
  for (const char *q = strpbrk (text, "+0123456789"); q != NULL; q = strpbrk (q + 1, "+0123456789"))
    {
      if (q > text && g_ascii_isdigit (q[-1]))
        continue;
      if ((_byline_spam_grouped_number_at (text, q) > 0 ||
           (any && ((*q == '+' && g_ascii_isdigit (q[1])) || _byline_spam_phone_digits_at (q, text) > 0))) &&
          named_before (text, q, names, more))
        return TRUE;
    }

  return FALSE;
}

/* Whether normalised @text gives a number to pay by mobile money
 * ("envoyez 15 000 FCFA au Wave 70 812 44 39"): a person's, as no
 * charity's, shop's nor state's account is one */
gboolean
_byline_spam_has_wallet_number (const char *text)
{
  return number_after_name (text, wallets, NULL, TRUE);
}

/* What only mobile money has, said after its name in Bengali: its
 * number, account, PIN, agents, merchants, customers and officers, its
 * personal accounts, its "send money" and "cash out", another of its
 * names ("বিকাশ/নগদ", "বিকাশ বা নগদ") */
static const char * const bengali_wallet_words[] = {
  "নম্বর", "নাম্বার", "একাউন্ট", "অ্যাকাউন্ট", "পিন", "পার্সোনাল", "এজেন্ট", "মার্চেন্ট", "গ্রাহক", "কাস্টমার",
  "অফিসার", "হেল্পলাইন", "ক্যাশব্যাক", "সেন্ড মানি", "ক্যাশ আউট", "ক্যাশআউট", "অ্যাপ", "/নগদ", "/রকেট",
  "/বিকাশ", "বা নগদ", "বা রকেট", "বা বিকাশ",
  NULL
};

/* Whether normalised @text names Bangladesh's mobile money in Bengali
 * ("বিকাশ", "নগদ", "রকেট", words too: development, cash, a rocket) as
 * such: a phone number or one of its own words (bengali_wallet_words)
 * within a few words after its name ("বিকাশ/নগদ (পার্সোনাল) ০১৯৬৭-…",
 * "প্রিয় বিকাশ গ্রাহক", "নগদ নম্বর আর PIN"); not "শিশুর বিকাশ", "নগদ
 * টাকা" */
static gboolean
bengali_wallet_named (const char *text)
{
  for (guint i = WALLET_WORDS - BENGALI_WALLET_WORDS; i < WALLET_WORDS; i++)
    {
      gsize len = strlen (wallets[i]);

      for (const char *p = _byline_spam_find (text, wallets[i]); p != NULL; p = strstr (p + len, wallets[i]))
        {
          const char *end = p + len;
          /* (some four words on, in whole characters) */
          gsize room = strnlen (end, 60);
          g_autofree char *after = NULL;

          while (((guchar) end[room] & 0xC0) == 0x80)
            room++;
          /* (a word of its own, not the end of another's) */
          if (p > text && _byline_spam_is_word_char (g_utf8_get_char (g_utf8_find_prev_char (text, p))))
            continue;
          for (const char *q = end; q < end + room; q++)
            {
              if (g_ascii_isdigit (*q) && _byline_spam_phone_digits_at (q, text) > 0)
                return TRUE;
            }
          after = g_strndup (end, room);
          if (_byline_spam_strings_found (after, bengali_wallet_words) > 0)
            return TRUE;
        }
    }

  return FALSE;
}

/* Whether normalised @text names mobile money (but for those of its
 * names that are words too, with a number after them, or Bengali's
 * beside their own words) */
gboolean
_byline_spam_names_wallet (const char *text)
{
  return _byline_spam_terms_found (text, wallets + WALLET_WORDS) > 0 || _byline_spam_has_wallet_number (text) ||
    bengali_wallet_named (text);
}

/* Whether normalised @text gives a national number shorter than the
 * checks for numbers read after a chat's or a mobile money's name: a
 * number to write to or to pay, for _byline_spam_has_contact() */
gboolean
_byline_spam_has_named_number (const char *text)
{
  return number_after_name (text, chats, wallets, FALSE);
}

static gboolean
gives_messenger_contact (const char *text)
{
  return find_messenger_contact (text) || names_own_account (text) || names_line_id (text);
}

/* gives_messenger_contact(), worked out once for the comment being
 * classified (several rules ask) */
gboolean
_byline_spam_has_messenger_contact (const char *text)
{
  return _byline_spam_fact (text, BYLINE_SPAM_FACT_MESSENGER_CONTACT, gives_messenger_contact);
}

/* byline-spam-filter-offers.c: spam that offers money, and spam that
 * comes out of a template
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lotteries, inheritances and "financial assistance" with an address to
 * write to; earnings "from home" with a site to go to; a wallet to pay
 * bitcoin into; "official website" pill adverts; phishing about the
 * reader's account; templates sent with their {spin|syntax} left in;
 * web addresses spelt "dot com". Readers write about all these subjects
 * too (a lottery letter their mother got, what they earn an hour, a
 * ransom in bitcoin): what tells is the offer together with somewhere
 * to answer it, never the subject alone. An address or a link of a
 * government or a newspaper is a source, not somewhere to answer.
 * Since the thirty-ninth round, a bank's account "flagged" and "will
 * be restricted within 24hrs" is phishing's too; since the fortieth, a
 * KYC or a PAN card "to update" or the account "will be BLOCKED", and
 * the power "will be disconnected tonight", in Hindi and Marathi too;
 * since the forty-sixth, in Italian and Spanish ("se non sei stato tu");
 * since the forty-seventh, in Japanese ("不正利用… ご本人確認").
 * Since the fiftieth, a prize in French, "vous avez gagné… frais de
 * transfert", its fee asked first counted as a kind of windfall; since
 * the fifty-first, in Spanish, a number "fue seleccionado", "código
 * ganador", "para liberar su premio… gastos de envío" to a Yape number.
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "byline-spam-filter-private.h"

/* "No experience needed": a job that asks nothing of whoever answers */
static const char * const no_experience[] = {
  "no experience needed", "no experience required", "no experience necessary", "keine erfahrung",
  "ohne vorkenntnisse", "sin experiencia", "sem experiência", "sans expérience", "senza esperienza",
  "bez doświadczenia", "без опыта", "deneyim gerekmez", "tanpa pengalaman",
  NULL
};

/* @text with its addresses and web addresses of governments, news
 * organisations and consumer bodies or regulators blanked out: writing to
 * the council is no contact of the author's. */
char *
_byline_spam_blank_sources (const char *text)
{
  char *copy = g_strdup (text);
  char *p = copy;

  while (*p)
    {
      char *start, *end, *at, *host;
      char saved;

      while (*p && g_ascii_isspace (*p))
        p++;
      start = p;
      while (*p && !g_ascii_isspace (*p))
        p++;
      end = p;
      while (start < end && strchr ("(<\"'", *start))
        start++;
      while (end > start && strchr (".,;:!?)\"'>", end[-1]))
        end--;
      if (end == start)
        continue;

      saved = *end;
      *end = '\0';
      at = strrchr (start, '@');
      host = at != NULL ? at + 1 : start;
      if (strchr (host, '.') != NULL)
        {
          g_autofree char *h = _byline_spam_url_host (host);

          if (h != NULL && (_byline_spam_host_is_official (h) || _byline_spam_host_is_news (h) ||
                            _byline_spam_host_is_consumer_body (h)))
            memset (start, ' ', end - start);
        }
      *end = saved;
    }

  return copy;
}

/* Whether normalised @text gives an address, number, handle or web
 * address to answer to, other than a government's or a newspaper's */
static gboolean
gives_private_contact (const char *text)
{
  const char *blanked;
  g_autofree char *own = NULL;

  if ((blanked = _byline_spam_indexed_blanked (text)) == NULL)
    blanked = own = _byline_spam_blank_sources (text);
  /* Mostly nothing was blanked: the same text, whose answer the indexed
   * text may already know */
  return _byline_spam_has_contact (strcmp (blanked, text) == 0 ? text : blanked);
}

gboolean
_byline_spam_has_private_contact (const char *text)
{
  return _byline_spam_fact (text, BYLINE_SPAM_FACT_PRIVATE_CONTACT, gives_private_contact);
}

/**
 * _byline_spam_next_handle:
 * @text: normalised text
 * @from: (inout): where to look from (@text at first); moved past the
 *   handle found
 * @dots: whether a handle may hold inner dots ("@kickz.plug.uk")
 * @len: (out): the handle's length, its dots counted
 * @marks: (out) (optional): how many of its characters are digits, "_"
 *   or dots
 *
 * The next handle to write to in @text, after an "@" that is no e-mail
 * address's second half ("@abc_123"; its length may be 0), for each
 * rule to weigh by its own measure.
 *
 * Returns: the handle's first character, or %NULL when there is none
 */
const char *
_byline_spam_next_handle (const char  *text,
                          const char **from,
                          gboolean     dots,
                          guint       *len,
                          guint       *marks)
{
  for (const char *p = strchr (*from, '@'); p != NULL; p = strchr (p + 1, '@'))
    {
      guint n = 0, m = 0;

      if (p > text && (g_ascii_isalnum (p[-1]) || p[-1] == '.' || p[-1] == '_'))
        continue;
      for (const char *q = p + 1; g_ascii_isalnum (*q) || *q == '_' || (dots && *q == '.' && g_ascii_isalnum (q[1]));
           q++)
        {
          n++;
          m += *q == '_' || *q == '.' || g_ascii_isdigit (*q);
        }
      *from = p + 1;
      *len = n;
      if (marks != NULL)
        *marks = m;
      return p + 1;
    }

  return NULL;
}

/* A sum of money at @p, with its value (a "k", "million" or "billion"
 * after it counts): "$1,500,000", "£850,000.00", "5000€", "$15k", "24.5
 * million". Returns where it ends, or %NULL when there is none. */
static const char *
money_at (const char *p,
          const char *text,
          double     *value)
{
  static const char * const symbols[] = { "$", "£", "€", "₹", "¥", NULL };
  static const char * const after[] = { "€", " €", "$", " usd", " eur", " dollars", " euros", " pounds", " tl",
                                        "元", " دولار", " تومان", " рублей", NULL };
  gboolean currency = FALSE;
  const char *q = p;
  char digits[32];
  gsize n = 0;

  /* Asked at each character: most are neither a digit nor the first
   * byte of a sign ("$", and "£", "¥" from 0xC2, "€", "₹" from 0xE2),
   * and none of those starts a sum. */
  if (!g_ascii_isdigit (*q) && *q != '$' && (guchar) *q != 0xC2 && (guchar) *q != 0xE2)
    return NULL;
  if (q > text && g_ascii_isalnum (q[-1]))
    return NULL;
  for (guint i = 0; symbols[i] != NULL; i++)
    {
      if (g_str_has_prefix (q, symbols[i]))
        {
          q += strlen (symbols[i]);
          currency = TRUE;
          break;
        }
    }
  if (!g_ascii_isdigit (*q))
    return NULL;
  for (; g_ascii_isdigit (*q) || ((*q == ',' || *q == '.') && g_ascii_isdigit (q[1])); q++)
    {
      if (*q != ',' && n < sizeof digits - 1)
        digits[n++] = *q;
    }
  digits[n] = '\0';
  *value = g_ascii_strtod (digits, NULL);

  if (*q == 'k' && !g_ascii_isalpha (q[1]))
    {
      *value *= 1e3;
      q++;
    }
  else if (g_str_has_prefix (q, " million") || g_str_has_prefix (q, "million"))
    {
      *value *= 1e6;
      return strstr (q, "million") + strlen ("million");
    }
  else if (g_str_has_prefix (q, " billion") || g_str_has_prefix (q, "bn"))
    {
      *value *= 1e9;
      return q + 2;
    }

  for (guint i = 0; !currency && after[i] != NULL; i++)
    {
      if (g_str_has_prefix (q, after[i]))
        {
          currency = TRUE;
          q += strlen (after[i]);
        }
    }

  return currency ? q : NULL;
}

/* Money said to be earned by the hour, day, week or month, and from
 * how much it is a boast rather than a wage: readers say what they earn
 * too ("£11 an hour", "£1,900 a month"). */
#define HOUR  40
#define DAY   150
#define WEEK  700
#define MONTH 3000

static const struct {
  const char *phrase;
  double      boast;
} rates[] = {
  { "per hour", HOUR }, { "an hour", HOUR }, { "/hr", HOUR }, { "/hour", HOUR }, { "/h ", HOUR },
  { "a day", DAY }, { "per day", DAY }, { "daily", DAY }, { "every day", DAY }, { "each day", DAY },
  { "в день", DAY }, { "al día", DAY }, { "por dia", DAY }, { "am tag", DAY }, { "روزانه", DAY },
  { "يومياً", DAY }, { "يوميا", DAY },
  { "a week", WEEK }, { "per week", WEEK }, { "weekly", WEEK },
  { "a month", MONTH }, { "per month", MONTH }, { "monthly", MONTH }, { "в месяц", MONTH },
  { "im monat", MONTH },
};

/* What makes earnings easy: at home, on a phone, with nothing to learn */
static const char * const easy_money[] = {
  "from home", "at home", "working online", "work online", "on the laptop", "on my laptop", "from your phone",
  "from your smartphone", "from my phone", "no experience", "no skills", "no investment", "part time",
  "part-time", "in my spare time", "em casa", "von zu hause", "desde casa", "از خانه", "из дома",
  /* a franchise's partners ("no baker's experience needed") */
  "experience needed", "franchise", "bayilik",
  NULL
};

/* Pointing readers to a site for the details */
static const char * const pointers[] = {
  "this website", "this site", "this link", "the link below", "following website", "following link",
  "details here", "more here", "read more", "copy this", "go to this", "check this", "click here", "here:",
  NULL
};

static gboolean
any_phrase (const char         *text,
            const char * const *phrases)
{
  for (guint i = 0; phrases[i] != NULL; i++)
    {
      if (_byline_spam_find (text, phrases[i]) != NULL)
        return TRUE;
    }

  return FALSE;
}

static guint
count_phrases (const char         *text,
               const char * const *phrases)
{
  guint n = 0;

  for (guint i = 0; phrases[i] != NULL; i++)
    n += _byline_spam_find (text, phrases[i]) != NULL;

  return n;
}

/* Whether @text boasts of money earned by the hour, day, week or month;
 * @big: whether any sum in it is 10,000 or more */
static gboolean
scan_money (const char *text,
            gboolean   *big)
{
  gboolean earnings = FALSE;

  *big = FALSE;
  for (const char *p = text; *p; p++)
    {
      double value = 0;
      const char *end = money_at (p, text, &value);

      if (end == NULL)
        continue;
      *big = *big || value >= 1e4;
      for (guint i = 0; i < G_N_ELEMENTS (rates) && !earnings; i++)
        {
          const char *r = strstr (end, rates[i].phrase);

          earnings = r != NULL && r - end <= 25 && value >= rates[i].boast;
        }
      p = end - 1;
    }

  return earnings;
}

/* Money the comment offers the reader: prizes, inheritances, loans,
 * grants, riches. Each counts once. */
static const char * const windfalls[] = {
  "lottery", "jackpot", "prize", "winner", "winnings", "you have won", "has won", "inheritance", "next of kin",
  "late relative", "beneficiary", "beneficiaries", "grant", "financial assistance", "financing", "lender",
  "loan offer", "business proposal", "fund transfer", "the transfer", "funds", "compensation", "donating",
  "atm card", "atm cards", "counterfeit", "become rich", "get rich", "rich and famous", "brotherhood",
  "deposit of", "consignment", "claim your", "claim yours", "withdraw up to", "abandoned", "unclaimed", "dormant",
  /* The same loan offers in Spanish, Portuguese and French: a lender,
   * a loan offer, loans "between private persons", "without a
   * guarantor" (not "financement": news of a tram's funding) */
  "prestamista", "oferta de préstamo", "entre particulares", "sin aval", "oferta de empréstimo", "sem fiador",
  "prêteur", "offre de prêt", "entre particuliers", "sans garant",
  /* a lucky draw, a lottery, a prize and its winner, in English, Hindi
   * and Urdu */
  "lucky draw", "लकी ड्रॉ", "लॉटरी", "इनाम", "विजेता", "لاٹری", "انعام",
  /* (Nepali's: a prize, a bumper draw, chosen by a lucky draw) */
  "पुरस्कार", "बम्पर", "लकी ड्रबाट", "लकी ड्रमा", "चिट्ठा",
  /* (and in French: "vous avez gagné", a winner, a winning code, a
   * draw) */
  "vous avez gagné", "tu as gagné", "gagnant", "gagnante", "code gagnant", "tirage au sort", "tiré au sort",
  "tirage spécial", "vos gains",
  /* (and in Spanish: a number "selected", a winning code; not "premio"
   * nor "ganador" alone, a school's raffle's) */
  "código ganador", "codigo ganador", "fue seleccionado", "ha sido seleccionado", "fue seleccionada",
  NULL
};

/* A fee to pay before the windfall is paid out, as no lottery, lender
 * nor heir asks ("yónnee 15 000 FCFA frais de transfert ci numéro
 * Wave…") */
static const char * const fees_first[] = {
  "transfer fee", "processing fee", "release fee", "clearance fee", "activation fee", "frais de transfert",
  "frais de dossier", "frais de déblocage", "frais de traitement", "frais d'activation",
  /* (and Spanish's: "to release your prize", its "shipping costs") */
  "liberar su premio", "liberar tu premio", "gastos de envío", "gastos administrativos", "costo de liberación",
  /* (Nepali's customs and tax "fee" to release it) */
  "भन्सार", "कर शुल्क", "कर तथा शुल्क",
  NULL
};

/* Money of any kind, for an offer signed by a "Mr." */
static const char * const money_words[] = {
  "loan", "loans", "credit", "finance", "financial", "investment", "invest", "funds", "fund", "money",
  "cash", "trading",
  NULL
};

static const char * const contact_verbs[] = {
  "contact", "email", "e-mail", "write to", "reach", "call", "text", "message",
  NULL
};

/* Who offers it: a person with a title, as the money-offer letters
 * sign ("Mr. David Brown", "Barrister James Okoro", "Agent Lisa") */
static const char * const titles[] = {
  "mr", "mrs", "ms", "dr", "barrister", "agent", "attorney", "sir",
  NULL
};

/* Where readers link to their sources and to each other: a shouted
 * comment with one of these links is a reader's */
static const char * const platforms[] = {
  "facebook.com", "youtube.com", "youtu.be", "twitter.com", "x.com", "instagram.com", "tiktok.com",
  "change.org", "reddit.com", "flickr.com", "linkedin.com", "medium.com", "substack.com",
  /* readers' own pages: code, a blog, a link list, a profile */
  "github.com", "gitlab.com", "wordpress.com", "blogspot.com", "about.me", "linktr.ee", "bsky.app",
  "mastodon.social", "threads.net",
  NULL
};

gboolean
_byline_spam_host_is_platform (const char *host)
{
  return _byline_spam_host_in (host, platforms);
}

/* Words of newspapers' names: a local paper's site ("eveningpost",
 * "the-argus", "heraldscotland") is no list's, and a reader who shouts
 * links to it as to any paper. Read in the host without its ending. */
static const char * const paper_words[] = {
  "news", "times", "post", "herald", "gazette", "tribune", "journal", "chronicle", "observer", "courier",
  "echo", "argus", "sentinel", "examiner", "dispatch", "bulletin", "evening", "daily", "press", "mirror",
  "telegraph", "guardian", "express", "standard", "inquirer", "zeitung", "diario", "gazzetta", "krant",
  NULL
};

static gboolean
host_reads_as_paper (const char *host)
{
  g_autofree char *name = g_ascii_strdown (host, -1);
  char *dot = strrchr (name, '.');

  if (dot != NULL)
    *dot = '\0';
  for (guint i = 0; paper_words[i] != NULL; i++)
    {
      if (strstr (name, paper_words[i]) != NULL)
        return TRUE;
    }

  return FALSE;
}

/* Where a reader sends someone who lost money: to complain, not to be
 * paid */
static const char * const authorities[] = {
  "ombudsman", "regulator", "authority", "commission", "council", "police", "action fraud",
  "citizens advice", "trading standards", "complaint", "complaints", "report it", "report them",
  "scam", "scams", "scammers", "fraud", "fraudsters", "beware",
  /* (in French and Wolof: a swindle, swindlers, the gendarmes) */
  "arnaque", "escroquerie", "escrocs", "gendarmerie", "naxe", "naxkat",
  /* (in Spanish: a swindle, swindlers, the police, a report) */
  "estafa", "estafas", "estafadores", "policía", "denuncia", "denuncien",
  NULL
};

/* Where a reader sends someone for a loan or advice: a "Mr." there is
 * staff, not a lender writing from his own address */
static const char * const institutions[] = {
  "credit union", "branch", "office", "advice centre", "advice center", "charity", "food bank", "church",
  "library", "citizens advice",
  NULL
};

/* "Contact Mr. Peter Frank via email peter…@…": a verb of getting in
 * touch, a title, and an address or number in the same sentence */
static gboolean
has_titled_contact (const char *text)
{
  for (guint i = 0; contact_verbs[i] != NULL; i++)
    {
      gsize len = strlen (contact_verbs[i]);

      for (const char *p = strstr (text, contact_verbs[i]); p != NULL; p = strstr (p + 1, contact_verbs[i]))
        {
          const char *q = p + len;
          gboolean titled = FALSE;

          if ((p > text && g_ascii_isalpha (p[-1])) || *q != ' ')
            continue;
          q++;
          for (guint t = 0; titles[t] != NULL && !titled; t++)
            {
              gsize n = strlen (titles[t]);

              titled = strncmp (q, titles[t], n) == 0 && (q[n] == ' ' || q[n] == '.');
            }
          if (!titled)
            continue;
          for (const char *r = q; *r && r < q + 80 && !strchr ("!?\n", *r); r++)
            {
              if ((*r == '@' && g_ascii_isalnum (r[1]) && r > q && g_ascii_isalnum (r[-1])) ||
                  (*r == '+' && g_ascii_isdigit (r[1])))
                return TRUE;
            }
        }
    }

  return FALSE;
}

/* Large returns promised on money */
static gboolean
promises_returns (const char *text)
{
  static const char * const gains[] = { "gains", "gain", "profit", "profits", "returns", "return", "roi", NULL };

  for (const char *p = strchr (text, '%'); p != NULL; p = strchr (p + 1, '%'))
    {
      const char *d = p;

      while (d > text && g_ascii_isdigit (d[-1]))
        d--;
      if (d == p || atoi (d) < 100)
        continue;
      for (guint i = 0; gains[i] != NULL; i++)
        {
          gsize len = strlen (gains[i]);

          if (p[1] == ' ' && strncmp (p + 2, gains[i], len) == 0 && !g_ascii_isalpha (p[2 + len]))
            return TRUE;
        }
    }

  /* not in quotation marks: a reader quoting the scam's words */
  for (const char *p = strstr (text, "double your"); p != NULL; p = strstr (p + 1, "double your"))
    {
      gboolean quoted = p > text && (p[-1] == '\'' || p[-1] == '"' ||
                                     (p - text >= 3 && (memcmp (p - 3, "“", 3) == 0 || memcmp (p - 3, "‘", 3) == 0)));

      if (!quoted)
        return TRUE;
    }

  return strstr (text, "to the moon") != NULL;
}

/* Supplement adverts send readers to buy from the maker's own site */
static const char * const official_site[] = {
  "official website", "official site", "official store", "official web site", NULL
};
static const char * const buying[] = { "buy", "order", "purchase", "get yours", "stock", NULL };
/* A reader warning: "don't buy from touts, only the official site" */
static const char * const not_buying[] = { "don't buy", "don’t buy", "do not buy", "never buy", "avoid", NULL };

/* What phishing says about the reader's account */
static const char * const phishing[] = {
  "verify your", "confirm your", "account has been", "has been limited", "has been locked", "will be suspended",
  "has been suspended", "will be closed", "will be deleted", "unusual activity", "unusual sign-in",
  "update your payment", "update your billing", "within 24 hours", "within 48 hours", "login details",
  "restore access", "restore your account", "for security reasons", "verify your identity", "confirm your identity",
  "permanent limitation", "avoid suspension", "temporarily locked", "locked for security",
  "update your details", "unable to process", "is on hold", "your last payment", "payment failed",
  "payment was declined", "to continue using", "to continue watching", "within 24hrs", "will be restricted",
  "has been flagged", "has been restricted", "will be blocked", "has been blocked", "update your pan",
  "update your kyc", "kyc update", "will be disconnected", "bill was not update", "electricity officer",
  /* (since the fortieth round, India's KYC and electricity bill texts in
   * Hindi and Marathi: "blocked", "supply cut off", "bill not updated") */
  "ब्लॉक हो जाएगा", "बंद हो जाएगा", "कनेक्शन काट", "पुरवठा खंडित", "बिल अपडेट",
  /* (and Nepal's wallet texts: "KYC updated or blocked within 24 hours") */
  "kyc अपडेट", "ब्लक हुनेछ", "घण्टाभित्र", "रोक्का गरिनेछ", "बन्द हुनेछ", "प्रमाणित गर्नुहोस्",
  /* in Thai: "suspended", "will be closed", "closed for good", "unusual
   * use", "confirm your identity", "within 24 hours" */
  "ถูกระงับ", "จะถูกปิด", "ปิดถาวร", "ใช้งานผิดปกติ", "ยืนยันตัวตน", "ภายใน 24 ชั่วโมง",
  /* (in Czech, with marks and without: "if it wasn't you", "from a new
   * device", "block access", "verify your identity") */
  "pokud jste to nebyli vy", "z nového zařízení", "z noveho zarizeni", "zablokujte přístup", "zablokujte pristup",
  "ověřte svou totožnost", "overte svou totoznost", "κλειδώθηκε", "κλειδωθηκε", "ύποπτη συναλλαγή", "υποπτη συναλλαγη",
  "αν δεν την κάνατε εσείς", "αν δεν την κανατε εσεις", "επιβεβαιώστε τα στοιχεία σας", "επιβεβαιωστε τα στοιχεια σας",
  "se non sei stato tu", "dispositivo non riconosciuto", "conferma i dati", "blocca l'operazione", "si no fuiste tú",
  /* (since the forty-seventh, in Japanese: "unauthorised use by a third
   * party", "confirm it is you", "use restricted", "within 24 hours";
   * in Chinese and Korean) */
  "不正利用", "第三者による", "ご本人確認", "ご本人様確認", "を一時的に制限", "利用を制限", "24時間以内",
  "アカウントがロック", "アカウントを停止", "账户异常", "帳戶異常", "身份验证", "24小时内", "본인 확인", "본인확인",
  "계정이 정지", "24시간 이내",
  NULL
};

/* A reader passing a phishing message on says what it is */
static const char * const phishing_warnings[] = {
  "scam", "phishing", "fake", "beware", "fraud", "got an email", "got a text", "received an email",
  "i received", "i got", "don't click", "don’t click", "do not click", "report", "फर्जी", "धोखा", "फसवणूक",
  /* in Thai: "fake", "scammers", "deceit", "don't press" */
  "ปลอม", "มิจฉาชีพ", "หลอก", "อย่ากด", "podvod", "nenaleťte", "neklikejte", "přišla mi", "prisla mi",
  "απάτη", "απατη", "απατεώνες", "μην το πατήσετε", "μου ήρθε", "μου ηρθε", "truffa", "non cliccate", "mi è arrivato",
  "arrivato anche a me", "ho ricevuto", "estafa", "me llegó", "詐欺", "フィッシング", "開かないで", "诈骗", "사기",
  "스미싱",
  NULL
};

/* A reader quoting a spelt-out address to warn of it */
static const char * const spelt_warnings[] = {
  "phishing", "beware", "don't click", "don’t click", "do not click", "never click", "got a text",
  "got an email", "got a message", "received a text", "received an email",
  NULL
};

/* {spin|syntax}: a brace, choices parted by bars, a brace, on one line */
static guint
count_spin_groups (const char *text)
{
  guint groups = 0;

  for (const char *p = strchr (text, '{'); p != NULL; p = strchr (p + 1, '{'))
    {
      const char *end = strpbrk (p + 1, "{}\n");
      const char *bar = strchr (p + 1, '|');

      if (end != NULL && *end == '}' && bar != NULL && bar < end && bar > p + 1 && end > bar + 1 &&
          end - p <= 80)
        groups++;
    }

  return groups;
}

static gboolean
is_base58 (char c)
{
  return g_ascii_isalnum (c) && !strchr ("0OIl", c);
}

/* A cryptocurrency wallet address in @text (valid UTF-8, as written: the
 * case of its letters tells): bech32 "bc1…", Ethereum "0x" and forty hex
 * digits, or a base58 Bitcoin or Tron address. */
static gboolean
has_wallet (const char *text)
{
  for (const char *p = text; *p; p++)
    {
      const char *q = p;
      gsize n;

      /* (most characters start none of them) */
      if (*p != 'b' && *p != 'B' && *p != '0' && *p != '1' && *p != '3' && *p != 'T')
        continue;
      /* on its own, not part of a link */
      if (p > text && !g_ascii_isspace (p[-1]) && !strchr ("(:\"'", p[-1]))
        continue;

      if (g_ascii_strncasecmp (p, "bc1", 3) == 0)
        {
          for (q = p + 3; g_ascii_isalnum (*q); q++)
            ;
          if (q - p >= 28 && q - p <= 64)
            return TRUE;
        }
      else if (p[0] == '0' && p[1] == 'x')
        {
          for (q = p + 2; g_ascii_isxdigit (*q); q++)
            ;
          if (q - p == 42 && !g_ascii_isalnum (*q))
            return TRUE;
        }
      else if (*p == '1' || *p == '3' || *p == 'T')
        {
          gboolean upper = FALSE, lower = FALSE, digit = FALSE;

          for (q = p + 1; is_base58 (*q); q++)
            {
              upper |= g_ascii_isupper (*q);
              lower |= g_ascii_islower (*q);
              digit |= g_ascii_isdigit (*q);
            }
          n = q - p;
          if (n >= 26 && n <= 35 && upper && lower && digit && !g_ascii_isalnum (*q))
            return TRUE;
        }
    }

  return FALSE;
}

/* Words that make a shouted comment an advert */
static const char * const hype[] = {
  "free", "earn", "earning", "lose", "today", "now", "click", "order", "buy", "trick", "secret", "guaranteed",
  "offer", "discount", "sale", "cash", "income", "bonus", "cheap", "win", "start", "join", "limited",
  NULL
};

/* @content: normalised; @valid: the content as written, valid UTF-8;
 * @hosts: the hosts it links to; @outside_links: links to other than
 * official bodies and newspapers; @shouting: most of its letters are
 * capitals. */
void
_byline_spam_offer_evidence (const char             *content,
                             const char             *valid,
                             GPtrArray              *hosts,
                             guint                   outside_links,
                             gboolean                shouting,
                             GArray                 *evidence)
{
  gboolean private_contact = _byline_spam_has_private_contact (content);
  gboolean somewhere = outside_links > 0 || private_contact;
  gboolean big = FALSE, earnings;
  guint spin, spelt, phishes, vouched, windfall = 0, fee;

  if ((spin = count_spin_groups (content)) > 0)
    _byline_spam_add_evidence (evidence, spin >= 2 ? 0.75 : 0.4,
                               g_strdup (_("choices in braces such as {good|great}, left in by a spam template")));

  earnings = scan_money (content, &big);
  for (guint i = 0; windfalls[i] != NULL; i++)
    windfall += _byline_spam_contains_word (content, windfalls[i]);
  /* A reader warns of a lottery letter or names what was lost; an offer
   * says where to answer it, and asks to be written to or offers more
   * than one kind of windfall. A big sum is one kind, but alone it is
   * news: "the region found 40 million for the tram, contact me for the
   * documents" is a reader's. A reader who sends those who lost money
   * to an ombudsman or the police writes much the same, but names no
   * "Mr." to write to. A fee asked first to pay the windfall out,
   * "frais de transfert", is another kind, and says the more. */
  fee = windfall > 0 && _byline_spam_terms_found (content, fees_first) > 0;
  if (windfall + big > 0 && private_contact &&
      (windfall + big + fee >= 2 || (windfall > 0 && _byline_spam_promotion (content) == 2)) &&
      (!_byline_spam_any_word (content, authorities) || _byline_spam_any_word (content, titles)))
    _byline_spam_add_evidence (evidence, windfall + big + fee < 2 ? 0.4 : fee ? 0.55 : 0.5,
                               g_strdup (_("offers money, a prize or a loan to whoever writes to an address")));
  /* A reader sends others to the ombudsman, the council or a credit
   * union, not to a "Mr." at his own address */
  else if (private_contact && _byline_spam_any_word (content, money_words) && has_titled_contact (content) &&
           !_byline_spam_any_word (content, authorities) && !_byline_spam_any_word (content, institutions))
    _byline_spam_add_evidence (evidence, 0.4,
                               g_strdup (_("offers money and asks readers to write to a “Mr.” or “Dr.” at a "
                                           "private address")));

  /* (the more so for a job that asks no experience: "$45/hour, no
   * experience needed", a recruiter's bait) */
  if (earnings && somewhere &&
      (any_phrase (content, easy_money) || any_phrase (content, pointers)))
    _byline_spam_add_evidence (evidence, any_phrase (content, no_experience) ? 0.5 : 0.45,
                               g_strdup (_("claims easy earnings and sends readers to a site")));

  /* (the more so for an income from money invested, vouched for by a
   * state or its bank, and somewhere to sign up: "Регистрация: halyk-
   * invest-kz.pro/start"; vouched for twice, "одобрена Нацбанком, все
   * риски застрахованы", the more) */
  if ((vouched = _byline_spam_vouched_returns (content)) > 0 && (somewhere || _byline_spam_names_address (content)))
    _byline_spam_add_evidence (evidence, vouched >= 2 ? 0.55 : 0.5, g_strdup (_("promises large returns on money")));
  /* (or money multiplied within days, "25 000 FCFA… ci 15 fan… 75 000
   * FCFA", with somewhere to join) */
  else if (somewhere && _byline_spam_multiplies_money (content))
    _byline_spam_add_evidence (evidence, 0.5, g_strdup (_("promises large returns on money")));
  /* (or a cooperative's interest with a gift, to join by phone) */
  else if ((somewhere || _byline_spam_has_phone (content)) && _byline_spam_sweetened_interest (content))
    _byline_spam_add_evidence (evidence, 0.5, g_strdup (_("promises large returns on money")));
  else if (promises_returns (content))
    _byline_spam_add_evidence (evidence, 0.35, g_strdup (_("promises large returns on money")));

  if (has_wallet (valid))
    _byline_spam_add_evidence (evidence, 0.55, g_strdup (_("gives a cryptocurrency wallet to pay into")));

  /* A web address spelt out is written to slip past link checks; an
   * e-mail address, by readers too, to keep it from robots */
  if ((spelt = _byline_spam_spelt_address (content)) == 2)
    _byline_spam_add_evidence (evidence, any_phrase (content, spelt_warnings) ? 0.2 : 0.5,
                               g_strdup (_("a web address spelt out (“dot com”) to slip past link checks")));
  else if (spelt == 1)
    _byline_spam_add_evidence (evidence, 0.2,
                               g_strdup (_("an e-mail address spelt out (“at”, “dot”)")));

  /* (three of its phrases and no word of a warning: the message itself,
   * not a reader quoting one; two words of a warning, "podvod…
   * neklikejte", are the reader's own) */
  if (somewhere && (phishes = count_phrases (content, phishing)) >= 2 &&
      count_phrases (content, phishing_warnings) < 2)
    _byline_spam_add_evidence (evidence, phishes >= 3 && !any_phrase (content, phishing_warnings) ? 0.55 : 0.45,
                               g_strdup (_("reads like a phishing message about the reader’s account")));

  if (somewhere && any_phrase (content, official_site) && any_phrase (content, buying) &&
      !any_phrase (content, not_buying))
    _byline_spam_add_evidence (evidence, 0.45,
                               g_strdup (_("sends readers to an “official website” to buy, as supplement adverts do")));

  if (somewhere && _byline_spam_offers_discount (content))
    _byline_spam_add_evidence (evidence, 0.35, g_strdup (_("offers a discount and somewhere to buy")));
  if (somewhere)
    {
      _byline_spam_remedy_evidence (content, evidence);
      _byline_spam_delivery_evidence (content, evidence);
    }

  /* Readers shout too, and link to their sources and to the pages of
   * their campaigns; an advert shouts an offer or a sum of money and
   * links to a site of its own. */
  if (shouting && outside_links > 0)
    {
      gboolean offer = big || earnings, own_site = FALSE;

      for (guint i = 0; i < hosts->len && !own_site; i++)
        {
          const char *host = g_ptr_array_index (hosts, i);

          own_site = !_byline_spam_host_is_official (host) && !_byline_spam_host_is_news (host) &&
            !_byline_spam_host_is_platform (host) && !host_reads_as_paper (host);
        }
      offer = offer && own_site;
      for (guint i = 0; own_site && hype[i] != NULL && !offer; i++)
        offer = _byline_spam_contains_word (content, hype[i]);
      for (const char *p = content; own_site && *p && !offer; p++)
        {
          double value;

          offer = money_at (p, content, &value) != NULL;
        }
      if (offer)
        _byline_spam_add_evidence (evidence, 0.3,
                                   g_strdup (_("an advert in capitals: an offer or a sum, and a link")));
    }
}

/* byline-spam-filter-earnings.c: money made at home or online, as the
 * adverts offer it
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Moved here from byline-spam-filter-trades.c in the thirty-fourth
 * session, when a side job (副業, 兼职, 부업) came to need what it earns
 * beside it to be read as an advert. Since the forty-ninth round, an
 * income promised from money invested, vouched for by a state or its
 * bank ("инвестировать от 95 000 ₸… от 1 200 000 ₸ в месяц пассивного
 * дохода! Платформа одобрена Нацбанком"), for byline-spam-filter-
 * offers.c to weigh as a promise of large returns. Since the fiftieth,
 * money said to be multiplied within days or weeks, an online
 * tontine's "dugal 25 000 FCFA, ci 15 fan nga jot 75 000 FCFA", a
 * mentor's "100 000 FCFA en 2 850 000 FCFA en 3 semaines"; since the
 * fifty-first, Peru's soles, a digital "pandero"'s "entras con S/ 200 y
 * a los 15 días recibes S/ 600" (a share "al mes" is no money put in).
 * Since the fifty-third, Ethiopia's birr and Amharic's spans, a digital
 * equb's "በ2,000 ብር ትገባላችሁ፣ በ10 ቀን 6,000 ብር", and the likes given
 * for pay ("«ላይክ» በማድረግ በቀን 1,500 ብር አገኛለሁ").
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <string.h>

#include "byline-spam-filter-private.h"

/* Money made at home or online, as the adverts word it, without a sum
 * (with one, byline-spam-filter-offers.c reads "easy earnings") */
static const char * const home_money[] = {
  "make money from home", "make money at home", "make money online", "earn money from home",
  "earn money at home", "earn money online", "earn from home", "ganhar dinheiro em casa",
  "ganhar dinheiro online", "ganhar dinheiro na internet", "renda extra em casa", "ganar dinero desde casa",
  "ganar dinero en casa", "ganar dinero por internet", "ganar dinero online", "gagner de l'argent à domicile",
  "gagner de l'argent depuis chez vous", "gagner de l'argent en ligne", "geld verdienen von zu hause",
  "online geld verdienen", "guadagnare da casa", "guadagnare online", "заработок дома", "заработать дома",
  "заработок в интернете", "заработать в интернете", "evden para kazan", "evden para kazanmak",
  "internetten para kazan", "kerja dari rumah", "uang dari rumah", "kiếm tiền online", "kiếm tiền tại nhà",
  "کسب درآمد از خانه", "درآمد از خانه", "درآمد اینترنتی", "الربح من الانترنت", "الربح من المنزل",
  "घर बैठे कमाई", "घर बैठे पैसे", "在家赚钱", "网上赚钱",
  NULL
};

/* ...or opened with a sum to earn, in the imperative: "Earn $500 a
 * day", "Guadagna 1000€ al mese", "Gagnez 500 € par jour" */
static const char * const earn_imperatives[] = {
  "earn", "make", "gana", "ganá", "ganhe", "gagnez", "gagne", "verdiene", "verdienen sie", "guadagna",
  "guadagni", "zarabiaj", "zarabiaj nawet", "заработай", "заработайте", "kazan", "kazanın", "dapatkan", "kiếm",
  NULL
};

/* ...with what makes it an advert's: by the day, from home, without
 * experience, from a phone or the sofa, easily (a reader's "earn £11.44
 * an hour and you still can't rent here", a café's "earn £12 an hour
 * plus tips" say none) */
static const char * const easy_earnings[] = {
  "a day", "per day", "daily", "every day", "por dia", "al día", "por día", "al dia", "par jour", "pro tag",
  "am tag", "täglich", "al giorno", "dziennie", "в день", "günlük", "per hari", "mỗi ngày",
  "from home", "at home", "em casa", "de casa", "desde casa", "en casa", "à domicile", "depuis chez vous",
  "von zu hause", "da casa", "z domu", "из дома", "evden", "dari rumah", "tại nhà",
  "no experience", "without experience", "sem experiência", "sin experiencia", "sans expérience",
  "ohne erfahrung", "ohne vorkenntnisse", "senza esperienza", "bez doświadczenia", "без опыта", "deneyimsiz",
  "tanpa pengalaman", "from your phone", "on your phone", "pelo celular", "no celular", "desde tu móvil",
  "dal telefono", "sul divano", "from your sofa", "from your couch", "do sofá", "easily", "easy money",
  "facilmente", "fácil", "facile", "facilement", "leicht", "passive", "passiv", "passivo", "pasivo",
  "just for", "just by", "simply by", "só com", "apenas", "agora mesmo", "right now", "instantly", "sofort",
  NULL
};

/* Whether the sentence at @text opens with one of earn_imperatives and
 * a sum with its currency ("earn $500", "guadagna 1000€", "ganhe até
 * r$ 300") */
static gboolean
sentence_opens_with_earnings (const char *text)
{
  static const char * const currencies[] = {
    "$", "£", "€", "₹", "₽", "rs.", "rs ", "usd", " eur", "руб", " tl", "zł", "rp ", "rp.",
    NULL
  };

  for (guint i = 0; earn_imperatives[i] != NULL; i++)
    {
      gsize len = strlen (earn_imperatives[i]);
      const char *p = text + len;
      gboolean digit = FALSE;

      if (strncmp (text, earn_imperatives[i], len) != 0 || *p != ' ')
        continue;
      while (*p == ' ')
        p++;
      /* a sum: digits with the currency before or after, in a few bytes */
      for (const char *q = p; *q && q < p + 12; q++)
        digit |= g_ascii_isdigit (*q);
      if (!digit)
        continue;
      for (guint c = 0; currencies[c] != NULL; c++)
        {
          const char *at = strstr (p, currencies[c]);

          if (at != NULL && at < p + 14)
            return TRUE;
        }
    }

  return FALSE;
}

/* Whether a sentence of normalised @text opens so: the advert's first,
 * or the one after its question ("Quer ganhar dinheiro em casa? Ganhe
 * até R$ 300 por dia") */
static gboolean
opens_with_earnings (const char *text)
{
  if (sentence_opens_with_earnings (text))
    return TRUE;
  for (const char *p = strpbrk (text, ".?!\n"); p != NULL; p = strpbrk (p + 1, ".?!\n"))
    {
      const char *q = p + 1;

      while (*q == ' ' || *q == '\n')
        q++;
      if (q > p + 1 && sentence_opens_with_earnings (q))
        return TRUE;
    }

  return FALSE;
}

/* The same money made at home in Japanese, Chinese and Korean, found
 * inside words (those scripts put no spaces between them) */
static const char * const home_money_strings[] = {
  "稼げる", "稼ぐ方法", "在宅ワーク", "スマホで稼", "日赚", "躺赚", "轻松赚", "재택알바", "고수익 알바",
  NULL
};

/* ...and a side job, which is an advert's only with what it earns or
 * whom it wants: a grocer's wife whose pickles began as her 副業 sells
 * nothing */
static const char * const side_jobs[] = {
  "副業", "副业", "兼职", "부업",
  /* (Amharic's tasks paid for: likes, shares, subscriptions given,
   * videos or adverts watched; not work "from home", a designer's too) */
  "ላይክ", "ሼር በማድረግ", "ሰብስክራይብ", "ቪዲዮ በማየት", "ቪዲዮዎችን በማየት", "ማስታወቂያ በማየት",
  NULL
};

static const char * const side_job_pitches[] = {
  "稼", "収入", "月収", "日給", "時給", "報酬", "万円", "興味ある方", "興味のある方", "募集", "未経験", "初心者",
  "赚", "收入", "月入", "日结", "佣金", "招", "新手", "수익", "수입", "만원", "모집", "초보",
  /* (Amharic's birr earned, "I earn", "you earn", "you are paid") */
  "ብር አገኛለሁ", "ብር ታገኛላችሁ", "ብር ያገኛሉ", "ብር ታገኛለህ", "ብር ይከፈላችኋል", "ብር ይከፈልዎታል",
  NULL
};

/* ...and a reader's word for the fraud they are */
static const char * const home_money_harm[] = {
  "詐欺", "被害", "騙", "骗", "诈骗", "사기", "피해",
  "ማጭበርበር", "አጭበርባሪ", "ተጠንቀቁ",
  NULL
};

/* Whether normalised @text offers money made at home or online: in the
 * adverts' own words, opened with a sum to earn and made easy, or in
 * Japanese, Chinese, Korean or Amharic with no reader's word for the
 * fraud */
gboolean
_byline_spam_offers_home_money (const char *text)
{
  if (_byline_spam_words_found (text, home_money) > 0 ||
      (opens_with_earnings (text) && _byline_spam_words_found (text, easy_earnings) > 0))
    return TRUE;

  return (_byline_spam_strings_found (text, home_money_strings) > 0 ||
          (_byline_spam_strings_found (text, side_jobs) > 0 &&
           _byline_spam_strings_found (text, side_job_pitches) > 0)) &&
    _byline_spam_strings_found (text, home_money_harm) == 0;
}

/* Money invested, in the languages of the fake state programmes
 * (Russian's and Kazakh's stem, found inside words: "инвестировать",
 * "инвестициясы"; Kazakh's "салым"; Uzbek's)... */
static const char * const investing[] = {
  "инвест", "салым сал", "салымшы", "investitsiya", "sarmoya", "invest", "investment", "investing",
  NULL
};

/* ...that pays an income by the month or the day, or a passive one... */
static const char * const incomes[] = {
  "пассивн", "ежемесячн", "в месяц", "в день", "айына", "күніне", "ай сайын", "oyiga", "kuniga",
  "passive income", "a month", "per month", "a day", "per day",
  NULL
};

/* ...vouched for as no investment can be: approved by a state or its
 * national bank, its risks insured, guaranteed ("одобрена Нацбанком",
 * "все риски застрахованы", "мемлекет кепілдік береді") */
static const char * const vouched_returns[] = {
  "одобрен", "нацбанк", "национальным банком", "государственная программа", "государственной программ",
  "под защитой государства", "гарантией государства", "риски застрахованы", "гарантированн",
  "ұлттық банк", "мемлекеттік бағдарлама", "мемлекет кепіл", "кепілдік", "davlat dasturi", "markaziy bank",
  "kafolatlangan", "approved by the central bank", "approved by the national bank",
  NULL
};

/* ...which a reader warns of, asks whether it is real, or sends others
 * to check ("проверяйте лицензию", "никто не обещает") */
static const char * const return_warnings[] = {
  "мошенни", "пирамид", "алаяқ", "развод", "фейк", "не ведитесь", "правда ли", "это правда", "firibgar",
  "проверяйте", "проверьте", "никто не обещает", "никто не гарантирует", "не гарантирует", "тексеріңіз",
  "scam", "scams", "fake", "ponzi", "pyramid", "is it real", "is this real",
  /* (French's and Wolof's: a swindle, a pyramid, swindlers) */
  "arnaque", "escroquerie", "pyramide", "naxe", "naxkat",
  /* (Spanish's: a swindle, a pyramid) */
  "estafa", "estafadores", "pirámide", "piramide",
  /* (Amharic's fraud, fraudsters, "beware") */
  "ማጭበርበር", "አጭበርባሪ", "ተጠንቀቁ",
  NULL
};

/**
 * _byline_spam_vouched_returns:
 * @text: normalised text
 *
 * Whether @text promises an income by the month or the day from money
 * invested, vouched for by a state, its bank or a guarantee: the fake
 * "people's investment" programmes' promise, which no honest
 * investment makes. A reader who warns of one, or asks whether it is
 * real, does not.
 *
 * Returns: how many of vouched_returns vouch for it, 0 when it is no
 *   such promise
 */
guint
_byline_spam_vouched_returns (const char *text)
{
  if (_byline_spam_terms_found (text, investing) == 0 || _byline_spam_terms_found (text, incomes) == 0 ||
      _byline_spam_terms_found (text, return_warnings) > 0)
    return 0;

  return _byline_spam_terms_found (text, vouched_returns);
}

/* A cooperative's or a savings scheme's deposit, in Nepali and Hindi
 * ("सहकारी" in both)... */
static const char * const savings_schemes[] = {
  "सहकारी", "मुद्दती बचत", "बचत योजना", "जमा योजना", "फिक्स्ड डिपॉजिट",
  NULL
};

/* ...its interest a rate ("वार्षिक २४% ब्याज")... */
static const char * const interest_rates[] = {
  "% ब्याज", "%ब्याज", "प्रतिशत ब्याज",
  NULL
};

/* ...sweetened with a gift for a deposit ("सुनको औंठी उपहार"), as no
 * regulated deposit is... */
static const char * const deposit_gifts[] = {
  "उपहार", "सुनको औंठी", "सोने का सिक्का",
  NULL
};

/* ...which its victims tell of: sunk, the board fled, the greed not to
 * fall for, the complaint ("डुब्यो", "भागे", "लोभमा", "उजुरी") */
static const char * const savings_warnings[] = {
  "डुब्", "भागे", "लोभमा", "उजुरी", "ठग", "धोखा", "सावधान", "नपत्याउ",
  NULL
};

/**
 * _byline_spam_sweetened_interest:
 * @text: normalised text
 *
 * Whether @text offers a cooperative's or a savings scheme's interest
 * at a rate with a gift for the deposit, in Nepali or Hindi: the bait
 * of the cooperatives that sank with their members' savings. Their
 * victims, who name the rate and the gift too, warn.
 *
 * Returns: %TRUE for such an offer
 */
gboolean
_byline_spam_sweetened_interest (const char *text)
{
  return _byline_spam_terms_found (text, savings_schemes) > 0 && _byline_spam_terms_found (text, interest_rates) > 0 &&
         _byline_spam_terms_found (text, deposit_gifts) > 0 && _byline_spam_terms_found (text, savings_warnings) == 0;
}

/* The currencies a sum is written with, after it ("25 000 fcfa", "75
 * 000 f", "500 €") or, the first four, before it ("$200"); Peru's sol
 * before it too ("s/ 200"), read behind the digits (a sum is looked
 * for at its digits) */
static const char * const currencies[] = {
  "$", "£", "€", "₦", "fcfa", "f cfa", "cfa", "xof", "f", "francs", "euros", "eur", "usd", "dollars", "naira",
  "ksh", "cedis", "soles",
  /* (Ethiopia's birr, in Ethiopic and in Latin letters: "2,000 ብር") */
  "ብር", "birr",
  NULL
};

/* The digits at @q, their thousands parted by spaces, dots or commas
 * ("2 850 000", "1,500"): where they end, their value in *@value */
static const char *
read_digits (const char *q,
             double     *value)
{
  double v = 0;

  for (;;)
    {
      for (; g_ascii_isdigit (*q); q++)
        v = v * 10 + (*q - '0');
      /* (a thousands' separator: three digits after it, no more) */
      if ((*q == ' ' || *q == '.' || *q == ',') && g_ascii_isdigit (q[1]) && g_ascii_isdigit (q[2]) &&
          g_ascii_isdigit (q[3]) && !g_ascii_isdigit (q[4]))
        q++;
      else
        break;
    }
  *value = v;

  return q;
}

/* A sum of money at @p in normalised @text, its thousands parted by
 * spaces, dots or commas ("2 850 000 fcfa", "$1,500"), its currency
 * before or after it: where it ends, its value in *@value; %NULL when
 * there is none */
static const char *
sum_at (const char *text,
        const char *p,
        double     *value)
{
  const char *q = p;
  gboolean currency = FALSE;
  double v = 0;

  if (p > text && (g_ascii_isalnum (p[-1]) || strchr (".,", p[-1]) != NULL))
    return NULL;
  for (guint i = 0; i < 4 && !currency; i++)
    {
      gsize len = strlen (currencies[i]);

      if (strncmp (q, currencies[i], len) == 0)
        {
          q += len;
          q += *q == ' ';
          currency = TRUE;
        }
    }
  if (!g_ascii_isdigit (*q))
    return NULL;
  /* ("s/ 200", "s/200": the sign before the digits, not after a word) */
  if (!currency && p - text >= 2 && p[-1] == '/' && p[-2] == 's' && (p - text == 2 || !g_ascii_isalnum (p[-3])))
    currency = TRUE;
  else if (!currency && p - text >= 3 && p[-1] == ' ' && p[-2] == '/' && p[-3] == 's' &&
           (p - text == 3 || !g_ascii_isalnum (p[-4])))
    currency = TRUE;
  q = read_digits (q, &v);
  for (guint i = 0; !currency && currencies[i] != NULL; i++)
    {
      const char *c = q + (*q == ' ');
      gsize len = strlen (currencies[i]);

      /* (a currency in Ethiopic is a word too: "ብር", not "ብርሃን") */
      if (strncmp (c, currencies[i], len) == 0 && !g_ascii_isalpha (c[len]) &&
          ((guchar) *currencies[i] < 0x80 || !_byline_spam_is_word_char (_byline_spam_char_at (c + len))))
        {
          q = c + len;
          currency = TRUE;
        }
    }
  *value = v;

  return currency ? q : NULL;
}

/* What a sum becomes, in the voice that promises it ("your 25,000 FCFA
 * becomes 75,000 in 15 days", "se convierten en 1.500"): the second sum
 * may then go without its currency */
static const char * const becomes[] = {
  "becomes", "become", "turns into", "turned into", "grows to", "grew to", "devient", "deviennent",
  "se transforme en", "se convierte en", "se convierten en", "vira", "viram", "se torna", "wird zu", "werden zu",
  "diventa", "diventano",
  NULL
};

/* A sum without its currency at @p, which a word of becomes[] just
 * before (between @from and @p) makes the first's: where it ends, its
 * value in *@value; %NULL when there is none */
static const char *
bare_sum_at (const char *text,
             const char *from,
             const char *p,
             double     *value)
{
  g_autofree char *between = NULL;

  if (!g_ascii_isdigit (*p) || (p > text && (g_ascii_isalnum (p[-1]) || strchr (".,", p[-1]) != NULL)) ||
      p - from > 40)
    return NULL;
  between = g_strndup (from, p - from);
  if (_byline_spam_terms_found (between, becomes) == 0)
    return NULL;
  return read_digits (p, value);
}

/* A span of days or weeks after "in" ("ci 15 fan", "en 3 semaines",
 * "in 7 days") */
static const char * const within[] = {
  "in ", "en ", "ci ", "dans ", "within ", "après ", "after ", "a los ", "a las ",
  /* (Amharic's "in", joined to the digits: "በ10 ቀን") */
  "በ",
  NULL
};
static const char * const span_units[] = {
  "days", "day", "weeks", "week", "hours", "jours", "jour", "semaines", "semaine", "heures", "fan", "waxtu",
  "mois", "months", "weer", "días", "dias", "semanas", "meses", "horas",
  /* (Amharic's days, weeks, months, hours) */
  "ቀን", "ቀናት", "ሳምንት", "ሳምንታት", "ወር", "ወራት", "ሰዓት",
  NULL
};

/* Whether a span of time ("ci 15 fan") starts between @from and @to */
static gboolean
span_between (const char *from,
              const char *to)
{
  for (const char *p = from; p < to && *p; p++)
    {
      for (guint i = 0; within[i] != NULL; i++)
        {
          gsize len = strlen (within[i]);
          const char *q = p + len;

          /* (Amharic's "በ" only at a word's start, not after a letter's
           * bytes) */
          gboolean inside = p > from && (g_ascii_isalnum (p[-1]) ||
                                         ((guchar) *within[i] >= 0x80 && ((guchar) p[-1] & 0xC0) == 0x80));

          if (inside || strncmp (p, within[i], len) != 0 || !g_ascii_isdigit (*q))
            continue;
          while (g_ascii_isdigit (*q))
            q++;
          if (*q != ' ')
            continue;
          q++;
          for (guint u = 0; span_units[u] != NULL; u++)
            {
              gsize ulen = strlen (span_units[u]);

              /* (Amharic's month, "ወር", is no "ወርቅ", gold) */
              if (strncmp (q, span_units[u], ulen) == 0 && !g_ascii_isalpha (q[ulen]) &&
                  ((guchar) *span_units[u] < 0x80 || !_byline_spam_is_word_char (_byline_spam_char_at (q + ulen))))
                return TRUE;
            }
        }
    }

  return FALSE;
}

/* A sum's period: a share paid each month or week, not money put in */
static const char * const periods[] = {
  "par mois", "par semaine", "par jour", "chaque mois", "chaque semaine", "a month", "per month", "a week",
  "per week", "each month", "every month", "ci weer wu nekk", "ci weer", "bés bu nekk", "al mes", "por mes",
  "cada mes", "a la semana", "por semana", "cada semana", "mensuales", "semanales",
  /* (Amharic's "a month", "each month", "a week", "each week") */
  "በወር", "በየወሩ", "በሳምንት", "በየሳምንቱ",
  NULL
};

/* What a sum may be the price of: a rent, a fare, a bill that rises
 * ("the rent was 500 euros, 1,100 euros in 6 months"), no money put in */
static const char * const costs[] = {
  "rent", "rents", "price", "prices", "cost", "costs", "fare", "fares", "bill", "bills", "fee", "fees", "tax",
  "loyer", "prix", "alquiler", "precio", "precios", "aluguel", "preço", "miete", "preis", "affitto", "prezzo",
  "kodi", "bei",
  NULL
};

/* Whether a cost's word comes in the 32 bytes before the sum at @p */
static gboolean
priced_before (const char *text,
               const char *p)
{
  const char *from = p - MIN ((gsize) (p - text), 32);
  g_autofree char *window = NULL;

  /* (cut where a character starts) */
  while (from > text && ((guchar) *from & 0xC0) == 0x80)
    from--;
  window = g_strndup (from, p - from);

  return _byline_spam_terms_found (window, costs) > 0;
}

/* Whether a period follows the sum that ends at @end, in its next 24
 * bytes (cut where a character starts) */
static gboolean
paid_by_period (const char *end)
{
  gsize n = strnlen (end, 24);
  g_autofree char *window = NULL;

  while (n > 0 && ((guchar) end[n] & 0xC0) == 0x80)
    n--;
  window = g_strndup (end, n);

  return _byline_spam_terms_found (window, periods) > 0;
}

/* The bytes a sum may start with: a digit, or the first byte of a
 * currency's sign ("$"; "£" from 0xC2; "€", "₦" from 0xE2) */
#define SUM_STARTS "0123456789$\xC2\xE2"

/* Whether a sum may start at @p (one of SUM_STARTS) */
static inline gboolean
sum_may_start (const char *p)
{
  return g_ascii_isdigit (*p) || *p == '$' || (guchar) *p == 0xC2 || (guchar) *p == 0xE2;
}

/**
 * _byline_spam_multiplies_money:
 * @text: normalised text
 *
 * Whether @text says a sum becomes twice as much or more within days,
 * weeks or months ("dugal 25 000 FCFA, ci 15 fan nga jot 75 000 FCFA",
 * "j'ai transformé 100 000 FCFA en 2 850 000 FCFA en 3 semaines"): the
 * promise of a pyramid or of a fake mentor, which no saving makes. A
 * reader's sums of what things cost ("1 000 FCFA × 2 × 26 jours =
 * 52 000 FCFA par mois") give no span after an "in"; a reader who warns
 * of one does not count.
 */
gboolean
_byline_spam_multiplies_money (const char *text)
{
  /* (from one byte that may start a sum to the next) */
  for (const char *p = strpbrk (text, SUM_STARTS); p != NULL; p = strpbrk (p + 1, SUM_STARTS))
    {
      double first, second;
      const char *end, *next;

      if ((end = sum_at (text, p, &first)) == NULL)
        continue;
      /* (nor is a price that rises, a rent or a fare) */
      if (priced_before (text, p))
        {
          p = end - 1;
          continue;
        }
      /* (a sum paid by the month is a tontine's or a wage's share, not
       * money put in: "10 000 FCFA par mois… 100 000 FCFA après 10
       * mois") */
      if (paid_by_period (end))
        {
          p = end - 1;
          continue;
        }
      /* (the next sums, some 90 bytes on, and a span before or just
       * after the second) */
      for (const char *q = end, *limit = end + strnlen (end, 90); q < limit; q++)
        {
          if (!sum_may_start (q) ||
              ((next = sum_at (text, q, &second)) == NULL && (next = bare_sum_at (text, end, q, &second)) == NULL))
            continue;
          if (first > 0 && second >= 2 * first && span_between (p, next + strnlen (next, 40)))
            return _byline_spam_terms_found (text, return_warnings) == 0;
          q = next - 1;
        }
      p = end - 1;
    }

  return FALSE;
}

/* byline-spam-filter-numerals.c: numbers read out in a language's words
 * for its tens and hundreds
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A telephone number read out as a language says it, a digit or a pair
 * or three at a time, for the checks of byline-spam-filter-numbers.c to
 * read among its digits: Czech's and Slovak's ("sedm set dvacet jedna,
 * nula nula šest"), Greek's ("έξι ενενήντα εννιά, τετρακόσια είκοσι
 * ένα"), moved here from there in the forty-ninth round, which reads
 * Russian's ("восемь семь ноль один, 2О4, пятьдесят шесть, 7 семь")
 * and Kazakh's ("сегіз жеті жеті бір, 402 15 тоғыз алты") too: the
 * trunk 8 and a 7 of a Kazakh mobile (or a 9 of a Russian one) read
 * out to slip past the checks for numbers; since the fiftieth, French's
 * and Wolof's too ("soixante-dix-sept, 5 2 1, quarante-huit", "juróom-
 * ñaar, juróom-ñett, 413"), read in byline-spam-filter-readout.c; since
 * the fifty-third, Amharic's ("ዜሮ ዘጠኝ፣ አስራ አንድ፣ ሰላሳ ሁለት"). Each
 * is read only as a part of a long number, never alone: "два года",
 * "бес жыл" are no digits.
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <string.h>

#include "byline-spam-filter-private.h"

typedef BylineSpamNumberWord NumberWord;

/* Czech's and Slovak's numbers read out, as a Czech mobile is ("sedm set
 * dvacet jedna, nula nula šest, čtyřicet osm"), with their marks and
 * without: the units ("nula" to "devět"), the tens ("dvacet" to
 * "devadesát") and a unit's hundreds ("sedm set", "dvě stě"). Read
 * only as a part of a long number, never alone: "dva roky", "tři
 * minuty" are no digits. */
static const NumberWord czech_units[] = {
  { "nula", '0' }, { "jedna", '1' }, { "jeden", '1' }, { "dva", '2' }, { "dvě", '2' }, { "dve", '2' },
  { "tři", '3' }, { "tri", '3' }, { "čtyři", '4' }, { "ctyri", '4' }, { "pět", '5' }, { "pet", '5' },
  { "šest", '6' }, { "sest", '6' }, { "sedm", '7' }, { "osm", '8' }, { "devět", '9' }, { "devet", '9' },
  { NULL, 0 }
};
static const NumberWord czech_tens[] = {
  { "dvacet", '2' }, { "třicet", '3' }, { "tricet", '3' }, { "čtyřicet", '4' }, { "ctyricet", '4' },
  { "padesát", '5' }, { "padesat", '5' }, { "šedesát", '6' }, { "sedesat", '6' }, { "sedmdesát", '7' },
  { "sedmdesat", '7' }, { "osmdesát", '8' }, { "osmdesat", '8' }, { "devadesát", '9' }, { "devadesat", '9' },
  { NULL, 0 }
};
static const char * const czech_hundreds[] = { " set", " sta", " stě", " ste", NULL };

/* The digit of the number's word of @words (Czech's, Greek's,
 * Russian's, Kazakh's, a romance language's) at @p, whole, or 0; its
 * length in *@w */
char
_byline_spam_number_word_at (const char                 *p,
                             const BylineSpamNumberWord *words,
                             gsize                      *w)
{
  for (guint i = 0; words[i].word != NULL; i++)
    {
      /* (most words are passed over at their first two bytes, measured
       * only when they match: every word has two, and the first byte of
       * a Greek or a Cyrillic one is its script's) */
      if (words[i].word[0] != p[0] || words[i].word[1] != p[1])
        continue;
      *w = strlen (words[i].word);
      if (strncmp (p, words[i].word, *w) == 0 && !_byline_spam_is_word_char (_byline_spam_char_at (p + *w)))
        return words[i].digit;
    }

  return 0;
}

/* Whether a Czech number's word may start at @p, by its first byte ("nula",
 * "jedna", "dva", "tři", "čtyři", "pět", "šest", "sedm", "osm" and the
 * tens, with their marks and without) */
static gboolean
czech_may_start (const char *p)
{
  char c = *p;

  return (c != '\0' && strchr ("njdtcpso", c) != NULL) || (guchar) c == 0xc4 || (guchar) c == 0xc5;
}

/* The unit said after a number's tens at *@q, @join bytes on (its
 * joiner's: " " in "dvacet jedna", " y " in "noventa y seis", "-et-" in
 * "vingt-et-un"; 0: none), read past with its joiner, or a '0' for
 * none, put at @out[*@n]. (For byline-spam-filter-readout.c too.) */
void
_byline_spam_read_unit (const char                 **q,
                        gsize                        join,
                        const BylineSpamNumberWord  *units,
                        char                        *out,
                        guint                       *n)
{
  char d;
  gsize w;

  if (join > 0 && (d = _byline_spam_number_word_at (*q + join, units, &w)) > '0')
    {
      *q += join + w;
      out[(*n)++] = d;
    }
  else
    out[(*n)++] = '0';
}

/* _byline_spam_read_unit() after a space */
static void
read_unit (const char       **q,
           const NumberWord  *units,
           char              *out,
           guint             *n)
{
  _byline_spam_read_unit (q, **q == ' ' ? 1 : 0, units, out, n);
}

/* The tens and the unit said after a number's hundreds at *@q ("sedm set
 * dvacet jedna", "τετρακόσια είκοσι ένα"), read past, each a '0' when
 * not said */
static void
read_tens_and_unit (const char       **q,
                    const NumberWord  *tens,
                    const NumberWord  *units,
                    char              *out,
                    guint             *n)
{
  char d;
  gsize w;

  if (**q == ' ' && (d = _byline_spam_number_word_at (*q + 1, tens, &w)) != 0)
    {
      *q += 1 + w;
      out[(*n)++] = d;
    }
  else
    out[(*n)++] = '0';
  read_unit (q, units, out, n);
}

/* The @n digits read out from @p to @end put in @digits (room for
 * @room), their count in *@len. Returns the bytes read, 0 when they do
 * not fit. (For byline-spam-filter-readout.c too.) */
gsize
_byline_spam_put_number (const char *p,
                         const char *end,
                         const char *out,
                         guint       n,
                         char       *digits,
                         guint       room,
                         guint      *len)
{
  if (n > room)
    return 0;
  memcpy (digits, out, n);
  *len = n;

  return end - p;
}

/* Greek's numbers read out, as a Greek mobile is ("έξι ενενήντα εννιά,
 * τετρακόσια είκοσι ένα, ογδόντα τρία"), with their accents and
 * without: the units, the tens from twenty and the hundreds, each one
 * word. Read only as a part of a long number, as Czech's are: "δύο
 * χρόνια", "τρία λεπτά" are no digits. */
static const NumberWord greek_units[] = {
  { "μηδέν", '0' }, { "μηδεν", '0' }, { "ένα", '1' }, { "ενα", '1' }, { "δύο", '2' }, { "δυο", '2' },
  { "τρία", '3' }, { "τρια", '3' }, { "τέσσερα", '4' }, { "τεσσερα", '4' }, { "πέντε", '5' }, { "πεντε", '5' },
  { "έξι", '6' }, { "εξι", '6' }, { "επτά", '7' }, { "επτα", '7' }, { "εφτά", '7' }, { "εφτα", '7' },
  { "οκτώ", '8' }, { "οκτω", '8' }, { "οχτώ", '8' }, { "οχτω", '8' }, { "εννέα", '9' }, { "εννεα", '9' },
  { "εννιά", '9' }, { "εννια", '9' },
  { NULL, 0 }
};
static const NumberWord greek_tens[] = {
  { "είκοσι", '2' }, { "εικοσι", '2' }, { "τριάντα", '3' }, { "τριαντα", '3' }, { "σαράντα", '4' },
  { "σαραντα", '4' }, { "πενήντα", '5' }, { "πενηντα", '5' }, { "εξήντα", '6' }, { "εξηντα", '6' },
  { "εβδομήντα", '7' }, { "εβδομηντα", '7' }, { "ογδόντα", '8' }, { "ογδοντα", '8' }, { "ενενήντα", '9' },
  { "ενενηντα", '9' },
  { NULL, 0 }
};
static const NumberWord greek_hundreds[] = {
  { "εκατό", '1' }, { "εκατο", '1' }, { "διακόσια", '2' }, { "διακοσια", '2' }, { "τριακόσια", '3' },
  { "τριακοσια", '3' }, { "τετρακόσια", '4' }, { "τετρακοσια", '4' }, { "πεντακόσια", '5' },
  { "πεντακοσια", '5' }, { "εξακόσια", '6' }, { "εξακοσια", '6' }, { "επτακόσια", '7' }, { "επτακοσια", '7' },
  { "εφτακόσια", '7' }, { "εφτακοσια", '7' }, { "οκτακόσια", '8' }, { "οκτακοσια", '8' }, { "οχτακόσια", '8' },
  { "οχτακοσια", '8' }, { "εννιακόσια", '9' }, { "εννιακοσια", '9' }, { "εννεακόσια", '9' },
  { "εννεακοσια", '9' },
  { NULL, 0 }
};

/* Whether a Greek number's word may start at @p: its first letter a μ,
 * an ε or an έ, a δ, a τ, a π, an ο or a σ (two bytes each) */
static gboolean
greek_may_start (const char *p)
{
  return ((guchar) p[0] == 0xce && p[1] != '\0' && strchr ("\xbc\xb5\xad\xb4\xbf", p[1]) != NULL) ||
         ((guchar) p[0] == 0xcf && p[1] != '\0' && strchr ("\x84\x80\x83", p[1]) != NULL);
}

/* Russian's numbers read out, as a Kazakh or a Russian mobile is
 * ("восемь семьсот один, двадцать четыре, пятьдесят шесть"): the units
 * ("ноль" to "девять"), the teens, one word each ("восемнадцать"), the
 * tens ("двадцать" to "девяносто") and the hundreds, one word each
 * ("сто" to "девятьсот") */
static const NumberWord russian_units[] = {
  { "ноль", '0' }, { "нуль", '0' }, { "один", '1' }, { "одна", '1' }, { "два", '2' }, { "две", '2' },
  { "три", '3' }, { "четыре", '4' }, { "пять", '5' }, { "шесть", '6' }, { "семь", '7' }, { "восемь", '8' },
  { "девять", '9' },
  { NULL, 0 }
};
static const NumberWord russian_teens[] = {
  { "десять", '0' }, { "одиннадцать", '1' }, { "двенадцать", '2' }, { "тринадцать", '3' },
  { "четырнадцать", '4' }, { "пятнадцать", '5' }, { "шестнадцать", '6' }, { "семнадцать", '7' },
  { "восемнадцать", '8' }, { "девятнадцать", '9' },
  { NULL, 0 }
};
static const NumberWord russian_tens[] = {
  { "двадцать", '2' }, { "тридцать", '3' }, { "сорок", '4' }, { "пятьдесят", '5' }, { "шестьдесят", '6' },
  { "семьдесят", '7' }, { "восемьдесят", '8' }, { "девяносто", '9' },
  { NULL, 0 }
};
static const NumberWord russian_hundreds[] = {
  { "сто", '1' }, { "двести", '2' }, { "триста", '3' }, { "четыреста", '4' }, { "пятьсот", '5' },
  { "шестьсот", '6' }, { "семьсот", '7' }, { "восемьсот", '8' }, { "девятьсот", '9' },
  { NULL, 0 }
};

/* Kazakh's: the units ("нөл" to "тоғыз"), the tens ("он" to "тоқсан",
 * a unit after them: "он бір", eleven) and the hundreds, a unit before
 * "жүз" ("жеті жүз") or "жүз" alone */
static const NumberWord kazakh_units[] = {
  { "нөл", '0' }, { "нөль", '0' }, { "бір", '1' }, { "екі", '2' }, { "үш", '3' }, { "төрт", '4' },
  { "бес", '5' }, { "алты", '6' }, { "жеті", '7' }, { "сегіз", '8' }, { "тоғыз", '9' },
  { NULL, 0 }
};
static const NumberWord kazakh_tens[] = {
  { "он", '1' }, { "жиырма", '2' }, { "отыз", '3' }, { "қырық", '4' }, { "елу", '5' }, { "алпыс", '6' },
  { "жетпіс", '7' }, { "сексен", '8' }, { "тоқсан", '9' },
  { NULL, 0 }
};
static const NumberWord kazakh_hundreds[] = {
  { "жүз", '1' },
  { NULL, 0 }
};

/* A language's numbers read out, as spoken_number_at() takes them:
 * @teens and @hundreds (one word each) may be %NULL; @hundred_words
 * are said after a unit for its hundreds (Czech's " set", Kazakh's
 * " жүз"), or %NULL; @may_start tells at a word's first byte or two
 * whether one of its numbers may start there */
typedef struct
{
  gboolean          (*may_start) (const char *p);
  const NumberWord   *units;
  const NumberWord   *teens;
  const NumberWord   *tens;
  const NumberWord   *hundreds;
  const char * const *hundred_words;
} SpokenNumbers;

static const char * const kazakh_hundred_words[] = { " жүз", NULL };

/* Whether a Cyrillic number's word may start at @p: its first letter
 * one they start with, "а", "б", "в", "д", "е", "ж", "н", "о", "п"
 * (0xD0 0xB0 on), "с", "т", "ч", "ш" (0xD1 0x81 on) or Kazakh's "қ",
 * "ү" (0xD2): most words of a Cyrillic text are passed over here */
static gboolean
cyrillic_may_start (const char *p)
{
  guchar lead = p[0], next;

  /* (a lead byte first: @p may be the text's end) */
  if (lead < 0xD0 || lead > 0xD2)
    return FALSE;
  next = p[1];
  if (lead == 0xD0)
    return next >= 0xB0 && next <= 0xBF && ((1u << (next - 0xB0)) & 0xE077) != 0;
  if (lead == 0xD1)
    return next == 0x81 || next == 0x82 || next == 0x87 || next == 0x88;

  return lead == 0xD2 && (next == 0x9B || next == 0xAF);
}

/* Czech's in Latin letters; Greek's, Russian's and Kazakh's in
 * scripts of two bytes a letter */
static const SpokenNumbers czech = {
  czech_may_start, czech_units, NULL, czech_tens, NULL, czech_hundreds,
};
static const SpokenNumbers two_byte_languages[] = {
  { greek_may_start, greek_units, NULL, greek_tens, greek_hundreds, NULL },
  { cyrillic_may_start, russian_units, russian_teens, russian_tens, russian_hundreds, NULL },
  { cyrillic_may_start, kazakh_units, NULL, kazakh_tens, kazakh_hundreds, kazakh_hundred_words },
};

/* Amharic's numbers read out, as an Ethiopian mobile is ("ዜሮ ዘጠኝ፣ አስራ
 * አንድ፣ ሰላሳ ሁለት፣ ሰባ አራት"), with the spellings Ethiopians use (ሦ or ሶ,
 * ሀ or ሃ, ሰ or ሠ): the units, the tens and a unit after a space (a teen
 * is "አስራ" and its unit, ten "አስር"), and a unit's hundreds ("ሁለት መቶ
 * ሃምሳ"). Read only as a part of a long number, never alone: "ሁለት ዓመት",
 * "አስር ቀን" are no digits. */
static const NumberWord amharic_units[] = {
  { "ዜሮ", '0' }, { "አንድ", '1' }, { "ሁለት", '2' }, { "ሦስት", '3' }, { "ሶስት", '3' }, { "ሥስት", '3' },
  { "አራት", '4' }, { "አምስት", '5' }, { "ስድስት", '6' }, { "ሰባት", '7' }, { "ስምንት", '8' }, { "ዘጠኝ", '9' },
  { NULL, 0 }
};
static const NumberWord amharic_tens[] = {
  { "አስራ", '1' }, { "አሥራ", '1' }, { "አስር", '1' }, { "አሥር", '1' }, { "ሃያ", '2' }, { "ሀያ", '2' },
  { "ሐያ", '2' }, { "ሰላሳ", '3' }, { "ሠላሳ", '3' }, { "ሰላሣ", '3' }, { "አርባ", '4' }, { "ሃምሳ", '5' },
  { "ሀምሳ", '5' }, { "ኀምሳ", '5' }, { "ሃምሣ", '5' }, { "ስልሳ", '6' }, { "ስድሳ", '6' }, { "ስልሣ", '6' },
  { "ሰባ", '7' }, { "ሰማንያ", '8' }, { "ሰማኒያ", '8' }, { "ዘጠና", '9' },
  { NULL, 0 }
};
static const char * const amharic_hundred_words[] = { " መቶ", NULL };

/* Whether an Amharic number's word may start at @p: an Ethiopic letter
 * of the blocks its words start in, ሀ to ሿ (0xE1 0x88: ሀ, ሁ, ሃ, ሐ, ሠ,
 * ሦ, ሰ, ስ, ሶ), ኀ to ኿ (0xE1 0x8A: ኀ, አ) or ዀ to ዿ (0xE1 0x8B: ዘ, ዜ);
 * the next byte is read only after the lead matched */
static gboolean
amharic_may_start (const char *p)
{
  return (guchar) p[0] == 0xE1 && ((guchar) p[1] == 0x88 || (guchar) p[1] == 0x8A || (guchar) p[1] == 0x8B);
}

static const SpokenNumbers amharic = {
  amharic_may_start, amharic_units, NULL, amharic_tens, NULL, amharic_hundred_words,
};

/* The tens and the unit said after a number's hundreds at *@q, or a
 * teen, read past ("семьсот двенадцать": the "12"), each a '0' when not
 * said */
static void
read_below_hundred (const char            **q,
                    const SpokenNumbers    *lang,
                    char                   *out,
                    guint                  *n)
{
  char d;
  gsize w;

  if (lang->teens != NULL && **q == ' ' && (d = _byline_spam_number_word_at (*q + 1, lang->teens, &w)) != 0)
    {
      *q += 1 + w;
      out[(*n)++] = '1';
      out[(*n)++] = d;
    }
  else
    read_tens_and_unit (q, lang->tens, lang->units, out, n);
}

/* A number read out at @p in @lang, up to three digits ("семьсот
 * двенадцать": 712; "пятьдесят шесть": 56; "жеті жүз он бір": 711;
 * "sedm set dvacet jedna": 721; "τετρακόσια είκοσι ένα": 421; "тоғыз":
 * 9): its digits put in @digits (up to @room), its length in *@len.
 * Returns how many bytes it takes, 0 when there is none. */
static gsize
spoken_number_at (const char          *p,
                  const SpokenNumbers *lang,
                  char                *digits,
                  guint                room,
                  guint               *len)
{
  const char *q = p;
  char out[3], d;
  guint n = 0;
  gsize w;

  if (!lang->may_start (p))
    return 0;
  if (lang->hundreds != NULL && (d = _byline_spam_number_word_at (q, lang->hundreds, &w)) != 0)
    {
      q += w;
      out[n++] = d;
      read_below_hundred (&q, lang, out, &n);
    }
  else if ((d = _byline_spam_number_word_at (q, lang->units, &w)) != 0)
    {
      q += w;
      out[n++] = d;
      for (guint i = 0; d != '0' && lang->hundred_words != NULL && lang->hundred_words[i] != NULL; i++)
        {
          gsize h = strlen (lang->hundred_words[i]);

          if (strncmp (q, lang->hundred_words[i], h) == 0 && !_byline_spam_is_word_char (_byline_spam_char_at (q + h)))
            {
              q += h;
              read_below_hundred (&q, lang, out, &n);
              break;
            }
        }
    }
  else if (lang->teens != NULL && (d = _byline_spam_number_word_at (q, lang->teens, &w)) != 0)
    {
      q += w;
      out[n++] = '1';
      out[n++] = d;
    }
  else if ((d = _byline_spam_number_word_at (q, lang->tens, &w)) != 0)
    {
      q += w;
      out[n++] = d;
      read_unit (&q, lang->units, out, &n);
    }
  else
    return 0;

  return _byline_spam_put_number (p, q, out, n, digits, room, len);
}

/* A number read out at @p in any of two_byte_languages, as
 * spoken_number_at() */
static gsize
two_byte_number_at (const char *p,
                    char       *digits,
                    guint       room,
                    guint      *len)
{
  gsize taken;

  for (guint i = 0; i < G_N_ELEMENTS (two_byte_languages); i++)
    {
      if ((taken = spoken_number_at (p, &two_byte_languages[i], digits, room, len)) > 0)
        return taken;
    }

  return 0;
}

/**
 * _byline_spam_said_number_at:
 * @p: a word's start in normalised text
 * @digits: (out): where to put the digits
 * @room: how many fit there
 * @len: (out): how many were put
 *
 * A number of up to three digits read out at @p in Czech's, Greek's,
 * Russian's, Kazakh's, Amharic's, French's, Spanish's or Wolof's words.
 *
 * Returns: how many bytes it takes, 0 when there is none
 */
gsize
_byline_spam_said_number_at (const char *p,
                             char       *digits,
                             guint       room,
                             guint      *len)
{
  gsize taken;

  if ((taken = spoken_number_at (p, &czech, digits, room, len)) > 0)
    return taken;
  /* (Amharic's in Ethiopic, three bytes a letter) */
  if ((guchar) *p == 0xE1)
    return spoken_number_at (p, &amharic, digits, room, len);
  /* (French's and Wolof's in Latin letters, an ñ's two bytes too) */
  if ((guchar) *p < 0x80 || (guchar) *p == 0xC3)
    {
      if ((taken = _byline_spam_french_number_at (p, digits, room, len)) > 0 ||
          (taken = _byline_spam_spanish_number_at (p, digits, room, len)) > 0)
        return taken;
      return _byline_spam_wolof_number_at (p, digits, room, len);
    }

  return two_byte_number_at (p, digits, room, len);
}

/* Whether a number read out may start at @p of normalised @text, where
 * a word starts: its first word one of those languages' numbers (most
 * words are passed over at their first byte or two) */
gboolean
_byline_spam_said_number_starts (const char *text,
                                 const char *p)
{
  char first[3];
  guint len;

  if (spoken_number_at (p, &czech, first, sizeof first, &len) > 0)
    return TRUE;
  /* (a Senegalese mobile read out in French or in Wolof starts with a
   * seven: "sept", "soixante-dix-sept", "juróom-ñaar"; its first letters
   * tested in place, as many words start with an "s") */
  if ((*p == 's' && (strncmp (p, "sept", 4) == 0 || strncmp (p, "soixante", 8) == 0) &&
       _byline_spam_french_number_at (p, first, sizeof first, &len) > 0) ||
      (*p == 'j' && p[1] == 'u' && _byline_spam_wolof_number_at (p, first, sizeof first, &len) > 0))
    return TRUE;
  /* (a Peruvian mobile read out in Spanish starts with a nine: "nueve",
   * "noventa y…", "novecientos…") */
  if (*p == 'n' && (p[1] == 'u' || p[1] == 'o') && _byline_spam_spanish_number_at (p, first, sizeof first, &len) > 0)
    return TRUE;
  /* (a Greek or a Cyrillic letter is two bytes: read at one's start) */
  if (p != text && (guchar) p[-1] >= 0x80)
    return FALSE;

  return two_byte_number_at (p, first, sizeof first, &len) > 0;
}

/* byline-spam-filter-numbers.c: telephone numbers written to slip past
 * the checks for numbers
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Read since the thirty-eighth round (then in byline-spam-filter-
 * disguise.c): "Zalo 0 3 9 . 6 6 1 . 4 4 0 8", "gọi 0.8.6.7.5.3.2.9.1.9",
 * "Zalo chị Thư: không chín ba, 8 bốn 7, hai mốt, năm 6", "+84 7O8 225
 * 913", which the checks for numbers (byline-spam-filter-patterns.c)
 * pass over; and a number after a messenger and the name of whom to
 * ask for ("Zalo chị Thư: …"). Since the thirty-ninth, the same numbers
 * in the ways Nigerian and Kenyan adverts write them: in groups of
 * single digits between dashes or dots ("0 8 0 3 - 5 7 1 - 9 2 4 8",
 * "0-7-0-6 ... 4-1-2 ... 8-8-3-9"), read out with an "oh" for a zero
 * ("oh-eight-one-oh, five five two"), a word among a group's digits
 * ("+254 7two2 418 903"), and the trunk zero in brackets after the
 * country's code ("+234 (0) 7O3 92 81 644"). Each is somewhere to
 * write, not evidence alone: the rules for what is sold weigh it.
 * Readers write none of these; a list ("1, 2, 3") or a match's scores
 * ("2-1 3-2", "0-0 1-0 2-1") are told apart. Since the fortieth round,
 * an Indian mobile's ten digits with no zero before them, when they
 * are disguised: an I or an l for a one too ("6OOOO I2345"). Since the
 * forty-first, Brazil's: an area code in brackets before a disguised
 * number ("(81) 99I23-4OOO"), an X standing for a digit the comment
 * tells ("81 9 9X 12 34 00 00 (o X é 8)"), and a disguised number of
 * any first digit after a messenger's name ("Zap 81 9 9X …"). Since the
 * forty-third, a Philippine mobile read out in Cebuano's or Tagalog's
 * digit words ("zero siyam lima unom, pito tulo duha…"). Since the
 * forty-fourth, a Czech or Slovak mobile's nine digits, a 6 or a 7
 * first, when disguised: read out in Czech's numbers ("sedm set dvacet
 * jedna, nula nula šest, čtyřicet osm"), a letter for a digit ("6O8 I5O
 * 2I7"), a digit at a time between dashes ("7-7-4 - 0-9-1 - 3-5-6") or
 * groups parted by bars ("sedm 3 devět | 20 | 44 | 1 osm"). Since
 * the forty-fifth, a Greek mobile's ten digits, a 6 first, read out in
 * Greek's numbers, with their accents and without ("έξι ενενήντα
 * εννιά, τετρακόσια είκοσι ένα…", "έξι 9 τρία | 51 μηδέν…"). Since the
 * forty-sixth, an Italian mobile's ten digits, a 3 first, disguised: a
 * digit at a time between dots, its groups parted by bars ("3.4.7 |
 * 2.9.1 | 5.0.6.8"), or Italian's digit words among its digits ("tre 4
 * otto, 7 sei 2, nove 1 zero 5"); Spanish's digit words too. Since
 * the forty-seventh, a number in Chinese and Japanese numerals, alone
 * or among digits, its groups parted by a middle dot or a dash ("〇八〇・
 * 四二七三・九一〇六", "〇九〇 八五 3二 六七 4一"): a Japanese number,
 * a zero first, or a Chinese mobile's eleven digits, a 1 and a 3 to a 9
 * first, tried only at a zero's or a one's numeral. Since the forty-
 * eighth, Kenya's in Swahili's digit words, an O alone among them.
 * Since the forty-ninth, a Kazakh mobile's eleven digits, the trunk 8
 * first, read out in Russian's or Kazakh's numbers ("восемь семь ноль
 * один, 2О4, пятьдесят шесть", "сегіз жеті жеті бір, 402 15 тоғыз
 * алты") or with a Cyrillic О for a zero; the numbers read out with
 * their tens and hundreds, Czech's and Greek's too, are read in
 * byline-spam-filter-numerals.c. Since the fifty-first, a Peruvian
 * mobile's nine digits, a 9 first, disguised: an O for a zero ("9O4
 * 61O 228"), read out in Spanish ("nueve ocho cuatro, setecientos doce,
 * 369", its tens and hundreds read in byline-spam-filter-readout.c) or
 * in Cusco's Quechua ("isqun, pusaq, tawa, 605 213"). Since the fifty-
 * second, a Bangladeshi mobile's eleven digits, a 0 first, disguised:
 * read out in Bengali's, Banglish's or English's digit words ("শূন্য এক
 * সাত, নয় দুই…", "zero one seven, nine nine, char char shat"), a word
 * for one digit among the others ("০১৭ পাঁচ ৯৩৩-০৬১৪"), a digit at a
 * time with an en dash between groups ("০ ১ ৭ ৫ ৩ – ৮ ২ ০ – ৬ ৪ ১"), or
 * an l and an O in a group of six ("0l9O4-7l3O58"). Since the fifty-
 * third, an Ethiopian mobile's ten digits, a 0 first, read out in
 * Amharic's words from its zero's ("ዜሮ ዘጠኝ፣ ሃምሳ አምስት፣ 731 826", the
 * tens read in byline-spam-filter-numerals.c) or with a romanised
 * Amharic digit word among its digits ("09 sebat 3 418 025"). Since
 * the fifty-fourth, a Korean mobile read out in Sino-Korean digit
 * words from its "공일공" (010), alone or among digits ("공일공 사칠칠이
 * 팔팔육일", "공일공 - 8l7O - 24육3").
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <string.h>

#include "byline-spam-filter-private.h"

typedef BylineSpamNumberWord NumberWord;

/* Digits spelt as words, as a number is read out: in English (its
 * "oh" for a zero too: "oh-eight-one-oh"), in Indonesian and Malay, and
 * in Vietnamese with its marks and without ("không chín ba", "khong chin
 * ba"; "mốt" is the one of "hai mốt", twenty-one, and "lăm" the five of
 * "hai lăm"). English's come first: only they are read run into a
 * group's digits ("7two2"). */
#define N_ENGLISH_DIGIT_WORDS 11
static const NumberWord digit_words[] = {
  { "zero", '0' }, { "one", '1' }, { "two", '2' }, { "three", '3' }, { "four", '4' }, { "five", '5' },
  { "six", '6' }, { "seven", '7' }, { "eight", '8' }, { "nine", '9' }, { "oh", '0' },
  { "nol", '0' }, { "kosong", '0' }, { "satu", '1' }, { "dua", '2' }, { "tiga", '3' }, { "empat", '4' },
  { "lima", '5' }, { "enam", '6' }, { "tujuh", '7' }, { "delapan", '8' }, { "sembilan", '9' },
  { "không", '0' }, { "khong", '0' }, { "một", '1' }, { "mốt", '1' }, { "mot", '1' }, { "hai", '2' },
  { "ba", '3' }, { "bốn", '4' }, { "bon", '4' }, { "tư", '4' }, { "năm", '5' }, { "lăm", '5' },
  { "nam", '5' }, { "sáu", '6' }, { "sau", '6' }, { "bảy", '7' }, { "bẩy", '7' }, { "bay", '7' },
  { "tám", '8' }, { "tam", '8' }, { "chín", '9' }, { "chin", '9' },
  /* (Moroccan Darija's, in Latin letters with digits for letters:
   * "0 stta sb3a sb3a 00…") */
  { "sifr", '0' }, { "wa7ed", '1' }, { "wahed", '1' }, { "jouj", '2' }, { "jouge", '2' }, { "zouj", '2' },
  { "tlata", '3' }, { "tlta", '3' }, { "rb3a", '4' }, { "reb3a", '4' }, { "arb3a", '4' }, { "khamsa", '5' },
  { "5amsa", '5' }, { "stta", '6' }, { "setta", '6' }, { "sb3a", '7' }, { "seb3a", '7' }, { "tmnya", '8' },
  { "tmenya", '8' }, { "tmanya", '8' }, { "ts3oud", '9' }, { "tes3oud", '9' }, { "ts3a", '9' }, { "tes3a", '9' },
  /* (Cebuano's and Tagalog's, as a Philippine mobile is read out:
   * "zero siyam lima unom, pito tulo duha", "siyam anim - 5 walo 2 -
   * apat apat isa 7"; their five, "lima", is Indonesian's too) */
  { "usa", '1' }, { "isa", '1' }, { "duha", '2' }, { "dalawa", '2' }, { "tulo", '3' }, { "tatlo", '3' },
  { "upat", '4' }, { "apat", '4' }, { "unom", '6' }, { "anim", '6' }, { "pito", '7' }, { "walo", '8' },
  { "siyam", '9' },
  /* (Italian's and Spanish's, as a mobile is read out among its digits:
   * "tre 4 otto, 7 sei 2, nove 1 zero 5") */
  { "uno", '1' }, { "due", '2' }, { "tre", '3' }, { "quattro", '4' }, { "cinque", '5' }, { "sei", '6' },
  { "sette", '7' }, { "otto", '8' }, { "nove", '9' }, { "cero", '0' }, { "dos", '2' }, { "tres", '3' },
  { "cuatro", '4' }, { "cinco", '5' }, { "seis", '6' }, { "siete", '7' }, { "ocho", '8' }, { "nueve", '9' },
  /* (Swahili's, as a Kenyan mobile is read out: "sifuri saba tatu nne, 88 two, tano sita O") */
  { "sifuri", '0' }, { "sufuri", '0' }, { "moja", '1' }, { "mbili", '2' }, { "tatu", '3' }, { "nne", '4' },
  { "tano", '5' }, { "sita", '6' }, { "saba", '7' }, { "nane", '8' }, { "tisa", '9' },
  /* (Kazakh's in Latin letters and Uzbek's, "segiz jeti jeti bir…";
   * their Cyrillic ones, with tens and hundreds, are read in
   * byline-spam-filter-numerals.c) */
  { "bir", '1' }, { "eki", '2' }, { "ikki", '2' }, { "ush", '3' }, { "üsh", '3' }, { "uch", '3' },
  { "tort", '4' }, { "tört", '4' }, { "to'rt", '4' }, { "bes", '5' }, { "besh", '5' }, { "alty", '6' },
  { "olti", '6' }, { "jeti", '7' }, { "zheti", '7' }, { "yetti", '7' }, { "segiz", '8' }, { "sakkiz", '8' },
  { "togyz", '9' }, { "toğyz", '9' }, { "to'qqiz", '9' },
  /* (Cusco's Quechua, as a Peruvian mobile is read out among its digits:
   * "isqun, pusaq, tawa, 605 213") */
  { "ch'usaq", '0' }, { "huk", '1' }, { "iskay", '2' }, { "kimsa", '3' }, { "tawa", '4' }, { "pichqa", '5' },
  { "phisqa", '5' }, { "suqta", '6' }, { "soqta", '6' }, { "qanchis", '7' }, { "pusaq", '8' }, { "isqun", '9' },
  { "isqon", '9' },
  /* (Bengali's, as a Bangladeshi mobile is read out among its digits,
   * "শূন্য এক সাত, নয় দুই…", "০১৭ পাঁচ ৯৩৩…"; English's as Bengali writes
   * them, "জিরো ওয়ান সেভেন"; and Banglish's, typed on a phone: "char
   * char shat, dui shunno ek") */
  { "শূন্য", '0' }, { "শুন্য", '0' }, { "এক", '1' }, { "দুই", '2' }, { "তিন", '3' }, { "চার", '4' },
  { "পাঁচ", '5' }, { "ছয়", '6' }, { "সাত", '7' }, { "আট", '8' }, { "নয়", '9' }, { "জিরো", '0' },
  { "ওয়ান", '1' }, { "টু", '2' }, { "থ্রি", '3' }, { "ফোর", '4' }, { "ফাইভ", '5' }, { "সিক্স", '6' },
  { "সেভেন", '7' }, { "এইট", '8' }, { "নাইন", '9' },
  { "shunno", '0' }, { "shunyo", '0' }, { "shunnyo", '0' }, { "sunno", '0' }, { "ek", '1' }, { "dui", '2' },
  { "tin", '3' }, { "teen", '3' }, { "char", '4' }, { "panch", '5' }, { "pach", '5' }, { "chhoy", '6' },
  { "choy", '6' }, { "shat", '7' }, { "saat", '7' }, { "sat", '7' }, { "aat", '8' }, { "aath", '8' },
  { "noy", '9' }, { "nou", '9' },
  /* (romanised Amharic's, typed on a phone among a number's digits: "09
   * sebat 3…"; not its one, "and", an English word) */
  { "hulet", '2' }, { "sost", '3' }, { "arat", '4' }, { "amist", '5' }, { "sidist", '6' }, { "sebat", '7' },
  { "simint", '8' }, { "siment", '8' }, { "zetegn", '9' }, { "zeteny", '9' }, { "ziro", '0' },
  /* (Nepali's and Hindi's, as a mobile is read out from its nine: "नौ
   * आठ छ शून्य — चार एक सात…"; Hindi's own two and six) */
  { "शून्य", '0' }, { "शुन्य", '0' }, { "एक", '1' }, { "दुई", '2' }, { "दो", '2' }, { "तीन", '3' }, { "चार", '4' },
  { "पाँच", '5' }, { "पांच", '5' }, { "छह", '6' }, { "छ", '6' }, { "सात", '7' }, { "आठ", '8' }, { "नौ", '9' },
};

/* The words a Bangladeshi mobile's first digit (a 0) is read out by in
 * Bengali and in Banglish, where such a number may start */
static const NumberWord bengali_zeros[] = {
  { "শূন্য", '0' }, { "শুন্য", '0' }, { "জিরো", '0' }, { "shunno", '0' }, { "shunyo", '0' }, { "shunnyo", '0' },
  { "sunno", '0' },
  { NULL, 0 }
};

/* The words an Italian mobile's first digit (a 3) or a Spanish one's
 * (a 6 or a 7) is read out by, where such a number may start; Swahili's
 * zero; the trunk 8 of a Kazakh mobile, in Latin letters */
static const NumberWord romance_firsts[] = {
  { "tre", '3' }, { "seis", '6' }, { "siete", '7' }, { "sifuri", '0' }, { "segiz", '8' },
  { NULL, 0 }
};


/* A numeral of three bytes in UTF-8 and the digit it stands for */
typedef struct
{
  char bytes[4];
  char digit;
} Numeral;

/* The digit of the numeral of @numerals at @p, or 0 */
static char
numeral_digit_at (const char    *p,
                  const Numeral *numerals,
                  gsize          n_numerals)
{
  for (gsize i = 0; i < n_numerals; i++)
    {
      if (numerals[i].bytes[0] == p[0] && numerals[i].bytes[1] == p[1] && numerals[i].bytes[2] == p[2])
        return numerals[i].digit;
    }

  return 0;
}

/* The digit of the Chinese or Japanese numeral at @p ("〇", "零", "一" to
 * "九", three bytes each), or 0: most bytes are passed over at the first
 * test */
static char
han_digit_at (const char *p)
{
  static const Numeral numerals[] = {
    { "〇", '0' }, { "零", '0' }, { "一", '1' }, { "二", '2' }, { "三", '3' }, { "四", '4' }, { "五", '5' },
    { "六", '6' }, { "七", '7' }, { "八", '8' }, { "九", '9' },
  };
  guchar c = *p;

  if (c != 0xE3 && c != 0xE4 && c != 0xE5 && c != 0xE9)
    return 0;

  return numeral_digit_at (p, numerals, G_N_ELEMENTS (numerals));
}

/* The digit of the Sino-Korean digit word at @p ("공" or "영" for a
 * zero, "일" to "구"; "육" and "륙" a six), three bytes each, or 0 */
static char
hangul_digit_at (const char *p)
{
  static const Numeral numerals[] = {
    { "공", '0' }, { "영", '0' }, { "일", '1' }, { "이", '2' }, { "삼", '3' }, { "사", '4' }, { "오", '5' },
    { "육", '6' }, { "륙", '6' }, { "칠", '7' }, { "팔", '8' }, { "구", '9' },
  };
  guchar c = *p;

  if (c < 0xEA || c > 0xED)
    return 0;

  return numeral_digit_at (p, numerals, G_N_ELEMENTS (numerals));
}

/* Whether a Korean mobile read out in Sino-Korean digit words starts
 * at @p: its "010", "공일공" (or "영일영"), the only place such a number
 * is tried, as its digits' syllables are everyday words' too ("이사",
 * a move; "오일", oil) */
static gboolean
hangul_mobile_starts (const char *p)
{
  return g_str_has_prefix (p, "공일공") || g_str_has_prefix (p, "영일영");
}

/* A group of numerals of three bytes each, read by @digit_at, alone or
 * among digits, at @p: Chinese or Japanese ("〇八〇", "3二", "四二七三")
 * or Sino-Korean digit words ("공일공", "사칠칠이", "24육3", inside a
 * number that started with one, hangul_mobile_starts()). Its digits are
 * put in @digits (up to @room), its length in *@len. Returns how many
 * bytes it takes, 0 when there is none (no numeral in it, or a word goes
 * on after it: "三丁目", "二か月", "2028年", "이사를"). */
static gsize
numeral_token_at (const char *p,
                  char      (*digit_at) (const char *p),
                  char       *digits,
                  guint       room,
                  guint      *len)
{
  gsize n = 0;
  guint count = 0, numerals = 0;
  char d;

  for (;;)
    {
      if (g_ascii_isdigit (p[n]))
        d = p[n++];
      else if ((d = digit_at (p + n)) != 0)
        {
          n += 3;
          numerals++;
        }
      else
        break;
      if (count == room)
        return 0;
      digits[count++] = d;
    }
  if (numerals == 0 || _byline_spam_is_word_char (_byline_spam_char_at (p + n)))
    return 0;
  *len = count;

  return n;
}

/* The English digit word at @p, or -1 */
static int
english_digit_at (const char *p)
{
  for (guint i = 0; i < N_ENGLISH_DIGIT_WORDS; i++)
    {
      gsize w = strlen (digit_words[i].word);

      if (digit_words[i].word[0] == p[0] && strncmp (p, digit_words[i].word, w) == 0)
        return i;
    }

  return -1;
}

/* A group of digits with an English digit word run into it ("7two2",
 * "two2"), at @p: its digits put in @digits (up to @room, and up to
 * five), its length in *@len. Returns how many bytes it takes, 0 when
 * there is none (no digit, or no word, or a word's letters go on:
 * "2nd", "5pm", "10am", "4ever"). */
static gsize
mixed_token_at (const char *p,
                char       *digits,
                guint       room,
                guint      *len)
{
  gsize n = 0;
  guint count = 0, real = 0, words = 0;

  while (count < MIN (room, 5u))
    {
      int i;

      if (g_ascii_isdigit (p[n]))
        {
          digits[count++] = p[n++];
          real++;
        }
      else if ((i = english_digit_at (p + n)) >= 0)
        {
          digits[count++] = digit_words[i].digit;
          n += strlen (digit_words[i].word);
          words++;
        }
      else
        break;
    }
  if (real == 0 || words == 0 || _byline_spam_is_word_char (_byline_spam_char_at (p + n)))
    return 0;
  *len = count;

  return n;
}

/* The digits of the word or group of digits at @p (its first byte
 * starting a word) put in @digits, up to @room of them: a digit word
 * (*@word set), a group of digits with the letter O for a zero in it
 * ("7o8"), an I or an l for a one ("i2345") or an X for a digit the
 * comment tells ("9x": "o X é 8"), or with an English digit word run
 * into it ("7two2"); inside a number, after a dot or a dash (@inner),
 * a pair of them with no digit at all ("o6.7i.oo.2o"), and after a
 * group (@inside) an O alone ("sita O, 1 O saba"); the group's
 * length in *@len, 0 when there is none. Returns how many bytes it
 * takes. */
static gsize
digit_token_at (const char *p,
                char       *digits,
                guint       room,
                guint      *len,
                gboolean   *word,
                gboolean   *disguised,
                gboolean    inner,
                gboolean    inside,
                gboolean    hangul)
{
  gsize n = 0, mixed;
  guint real = 0, count = 0;
  char group[6];

  *len = 0;
  *word = FALSE;
  if (hangul && (mixed = numeral_token_at (p, hangul_digit_at, digits, room, len)) > 0)
    {
      *disguised = TRUE;
      return mixed;
    }
  /* (a numeral first, or digits before one: "3二") */
  for (; g_ascii_isdigit (p[n]) && n < 5; n++)
    ;
  if ((guchar) p[n] >= 0xE3 && (mixed = numeral_token_at (p, han_digit_at, digits, room, len)) > 0)
    {
      *disguised = TRUE;
      return mixed;
    }
  n = 0;
  for (; count < sizeof group; count++)
    {
      char c = p[n];

      if (g_ascii_isdigit (c) || c == 'o' || c == 'i' || c == 'l' || c == 'x')
        {
          group[count] = c == 'o' || c == 'x' ? '0' : c == 'i' || c == 'l' ? '1' : c;
          real += g_ascii_isdigit (c);
          n++;
        }
      /* (a Cyrillic о for a zero among digits: "2О4", "9О15") */
      else if ((guchar) c == 0xD0 && (guchar) p[n + 1] == 0xBE)
        {
          group[count] = '0';
          n += 2;
        }
      else
        break;
    }
  if ((real > 0 || (inner && count == 2 && n == 2) || (inside && count == 1 && p[0] == 'o')) &&
      !_byline_spam_is_word_char (_byline_spam_char_at (p + n)))
    {
      if (count > room)
        return 0;
      memcpy (digits, group, count);
      *disguised |= real < count;
      *len = count;
      return n;
    }
  /* (a digit, or a word's first letter, with more of the group after) */
  if (g_ascii_isalnum (p[0]) && g_ascii_isalnum (p[1]) && (mixed = mixed_token_at (p, digits, room, len)) > 0)
    {
      *disguised = TRUE;
      return mixed;
    }
  if ((mixed = _byline_spam_said_number_at (p, digits, room, len)) > 0)
    {
      *disguised = TRUE;
      *word = TRUE;
      return mixed;
    }
  for (guint i = 0; i < G_N_ELEMENTS (digit_words) && room > 0; i++)
    {
      gsize w;

      /* (measured only when its first two bytes match) */
      if (digit_words[i].word[0] != p[0] || digit_words[i].word[1] != p[1])
        continue;
      w = strlen (digit_words[i].word);
      if (strncmp (p, digit_words[i].word, w) == 0 &&
          !_byline_spam_is_word_char (_byline_spam_char_at (p + w)))
        {
          digits[0] = digit_words[i].digit;
          *disguised = TRUE;
          *word = TRUE;
          *len = 1;
          return w;
        }
    }

  return 0;
}

/* What may stand between two parts of a number read out: a space, a dot
 * or a dash, a dot or a dash between spaces, an ellipsis; a comma only
 * beside a word ("ba, 8"), so that a list ("1, 2, 3") or a match's
 * scores ("2 - 1, 3 - 2") are no number (nor, a dash, "0-0 1-0 2-1") */
static const char * const number_gaps[] = {
  " ", ".", "-", " . ", " - ", "...", " ... ", ",", ", ",
  /* (a bar between a number's groups: "sedm 3 devět | 20 | 44") */
  " | ",
  NULL
};

/* Whether a dash follows the group that ends at @p, before another
 * digit alone ("0-7-0-6": the dash after the "7") */
static gboolean
dash_follows (const char *p)
{
  if (*p == ' ')
    p++;
  if (*p != '-')
    return FALSE;
  p++;
  if (*p == ' ')
    p++;

  return g_ascii_isdigit (*p);
}

/**
 * _byline_spam_number_at:
 * @text: normalised text
 * @p: where in @text a number may start
 * @disguised: (out) (optional): whether it is written to slip past
 *   number checks
 *
 * The digits of a telephone number that starts at @p (with a "0", or
 * after a "+"): written plainly ("0912 558 307"), or as no check for
 * numbers reads one: a digit at a time between dots or spaces
 * ("0.8.6.7.5.3.2.9.1.9", "0 3 9 . 6 6 1 . 4 4 0 8"), spelt in words
 * among digits ("không chín ba, 8 bốn 7, hai mốt, năm 6", "+254 7two2
 * 418 903"), or with an O for a zero ("+84 7O8 225 913"). Nine digits
 * to thirteen; a run of more is a list or a sum, not a number to call.
 * A dash between two digits alone ends it, as a match's score ("2-1"),
 * unless it is one of a chain of them ("0-7-0-6") or parts runs of two
 * digits alone or more ("0 8 0 3 - 5 7 1", "7 7 - 3 9 0 - 6 1 - 2 2",
 * as a Senegalese mobile is spaced out); the trunk zero in brackets
 * after a country's code ("+234 (0) 803…") is passed over.
 *
 * Returns: how many digits, 0 when none
 */
static guint
number_at (const char *text,
           const char *p,
           gboolean   *disguised,
           gboolean    after_messenger)
{
  char digits[14];
  /* (an area code in brackets: "(81) 99i23-4ooo") */
  gboolean bracketed = p > text && p[-1] == '(';
  guint n = 0, groups = 0, singles = 0, spaced_dots = 0;
  gboolean masked = FALSE, word = FALSE, comma = FALSE, dash = FALSE, dash_before = FALSE;
  guint last = 0, since_dash = 0;
  /* (the gap before is a dot or a dash alone: "o6.7i.oo") */
  gboolean tight = FALSE;
  const char *q = p;
  /* (Korean's digit words, read only after its "공일공") */
  gboolean hangul = (guchar) *p >= 0xEA && hangul_mobile_starts (p);

  /* (a number in numerals may follow a word of its script: "番号は
   * 〇九〇…", "电话一三九…", but not another numeral) */
  if (p > text && strchr (".,-/", p[-1]) != NULL)
    return 0;
  if (p > text)
    {
      const char *prev = g_utf8_find_prev_char (text, p);

      if (_byline_spam_is_word_char (g_utf8_get_char (prev)) &&
          !((guchar) *prev >= 0x80 && han_digit_at (p) != 0 && han_digit_at (prev) == 0))
        return 0;
    }
  for (;;)
    {
      gboolean was_word = word, token_masked = FALSE;
      guint len;
      gsize taken = digit_token_at (q, digits + n, sizeof digits - n, &len, &word, &token_masked, tight,
                                     groups > 0, hangul);
      char gap[6] = { 0 };
      const char *r;
      gsize g;

      /* (a comma between two plain digits ends it, and a dash between
       * two digits alone: "2-1 3-2" are a match's scores; but not
       * "0-7-0-6", nor "0 8 0 3 - 5 7 1", nor "7 7 - 3 9 0") */
      if (taken == 0 || (comma && !was_word && !word) ||
          (dash && last == 1 && len == 1 && !was_word && !word && !dash_before && since_dash < 2 &&
           !dash_follows (q + taken)))
        break;
      last = len;
      n += len;
      groups++;
      singles += len == 1;
      masked |= token_masked;
      since_dash = dash ? 1 : since_dash + 1;
      dash_before = dash && len == 1;
      q += taken;
      /* (the country's code, then "(0)": "+234 (0) 7o3…") */
      if (groups == 1 && p > text && p[-1] == '+' && strncmp (q, " (0)", 4) == 0)
        {
          q += 4;
          q += *q == ' ';
          if (!g_ascii_isalnum (*q))
            break;
          comma = dash = FALSE;
          continue;
        }
      if (groups == 1 && bracketed && len <= 3 && *q == ')')
        {
          q++;
          q += *q == ' ';
          if (!g_ascii_isalnum (*q))
            break;
          comma = dash = FALSE;
          continue;
        }
      /* (an en or an em dash as a dash: "০ ১ ৭ ৫ ৩ – ৮ ২ ০", as phones and
       * word processors write one) */
      for (r = q, g = 0; r < q + 5 && g < sizeof gap - 1; g++)
        {
          if (*r != '\0' && strchr (" .,-|", *r) != NULL)
            gap[g] = *r++;
          else if ((guchar) r[0] == 0xE2 && (guchar) r[1] == 0x80 && ((guchar) r[2] == 0x93 || (guchar) r[2] == 0x94))
            {
              gap[g] = '-';
              r += 3;
            }
          /* (Ethiopic's comma, "፣", as a comma: "ዜሮ ዘጠኝ፣ ሃምሳ አምስት፣ 731…") */
          else if ((guchar) r[0] == 0xE1 && (guchar) r[1] == 0x8D && (guchar) r[2] == 0xA3)
            {
              gap[g] = ',';
              r += 3;
            }
          else
            break;
        }
      /* (Japanese's middle dot or long mark between groups: "〇八〇・四二七三") */
      if (r == q && (guchar) q[0] == 0xE3 && (guchar) q[1] == 0x83 && ((guchar) q[2] == 0xBB || (guchar) q[2] == 0xBC))
        {
          gap[0] = (guchar) q[2] == 0xBB ? '.' : '-';
          r = q + 3;
        }
      if (r == q || !g_strv_contains (number_gaps, gap) || !(g_ascii_isalnum (*r) || (guchar) *r >= 0x80))
        break;
      comma = strchr (gap, ',') != NULL;
      dash = strchr (gap, '-') != NULL;
      tight = g_str_equal (gap, ".") || g_str_equal (gap, "-");
      spaced_dots += g_str_equal (gap, " . ");
      q = r;
    }
  if (n < 9 || n > 13)
    return 0;
  /* (most of its digits one at a time, or a word for one) */
  masked |= singles * 2 > groups && singles >= 6;
  /* (or its groups parted by a dot between spaces twice or more, as no
   * one writes a number to be rung: "98 07 . 35 . 19 . 64") */
  masked |= spaced_dots >= 2;
  /* (or an Indian mobile's ten digits, a 6 to a 9 first, with no zero
   * before them: only disguised, "7O0OO 12345", "9 1 2 3 4 0 0 0 0 0",
   * as a plain one is read by the checks for numbers; or Brazil's
   * after an area code in brackets or a messenger's name, when
   * disguised too: "(81) 99i23-4ooo", "zap 81 9 9x 12 34 00 00"; or a
   * Czech or Slovak mobile's nine, a 6 or a 7 first, disguised: "6O8
   * I5O 2I7", "7-7-4 - 0-9-1 - 3-5-6", "sedm 3 devět | 20 | 44 | 1 osm"),
   * or a Peruvian one's, a 9 first, disguised: "9O4 61O 228", "nueve
   * ocho cuatro, setecientos doce, 369", "isqun, pusaq, tawa, 605…";
   * or an Italian mobile's ten, a 3 first, disguised: "3.4.7 | 2.9.1 |
   * 5.0.6.8", "tre 4 otto, 7 sei 2, nove 1 zero 5"); or a Chinese
   * mobile's eleven, a 1 and a 3 to a 9 first, disguised: "一三九…";
   * or a Kazakh mobile's eleven, the trunk 8 and a 7 first (a Russian
   * one's, an 8 and a 9), disguised: "восемь семь ноль один, 2О4…") */
  if (digits[0] != '0' && !(p > text && p[-1] == '+') &&
      !(n == 10 && ((digits[0] >= '6' && digits[0] <= '9') || digits[0] == '3') && masked) &&
      !(n == 9 && (digits[0] == '6' || digits[0] == '7' || digits[0] == '9') && masked) &&
      !(n == 11 && digits[0] == '1' && digits[1] >= '3' && masked) &&
      !(n == 11 && digits[0] == '8' && (digits[1] == '7' || digits[1] == '9') && masked) &&
      !((bracketed || after_messenger) && masked))
    return 0;
  if (disguised != NULL)
    *disguised = masked;

  return n;
}

/* (documented above: number_at() with @after_messenger %TRUE is read
 * after a messenger's name, where a disguised number of any first digit
 * counts) */
guint
_byline_spam_number_at (const char *text,
                        const char *p,
                        gboolean   *disguised)
{
  return number_at (text, p, disguised, FALSE);
}

/**
 * _byline_spam_grouped_number_at:
 * @text: normalised text
 * @p: where in @text the number may start
 *
 * How many digits the national number at @p has, eight or nine written
 * in three groups or more of two to four, between single spaces, dots
 * or dashes ("77 390 61 22", "76.44.18.27"), as Senegal's and its
 * neighbours' mobiles are written: shorter than the ten that the checks
 * for numbers ask for, and read only where a messenger's or a mobile
 * money's name says it is a number to write to or to pay.
 *
 * Returns: how many digits, 0 when there is no such number at @p
 */
guint
_byline_spam_grouped_number_at (const char *text,
                                const char *p)
{
  guint digits = 0, groups = 0, in_group = 0;

  if (!g_ascii_isdigit (*p) || (p > text && (g_ascii_isalnum (p[-1]) || strchr ("+.,-/", p[-1]))))
    return 0;
  for (;; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          if (++in_group > 4)
            return 0;
          digits++;
          continue;
        }
      if (in_group < 2)
        return 0;
      groups++;
      in_group = 0;
      if (*p == '\0' || !strchr (" .-", *p) || !g_ascii_isdigit (p[1]))
        break;
    }

  return groups >= 3 && (digits == 8 || digits == 9) && !g_ascii_isalnum (*p) ? digits : 0;
}

/* Whether normalised @text gives a number written to slip past the
 * checks for numbers (_byline_spam_number_at()) */
gboolean
_byline_spam_has_spelt_number (const char *text)
{
  for (const char *p = text; *p; p++)
    {
      gboolean disguised = FALSE;
      gsize w;

      /* (at a word's start only, its first byte a digit, or a zero's
       * word's, or an Italian or a Spanish mobile's first ("tre 4 otto…",
       * "seis…"), or a Czech, a Greek, a Russian or a Kazakh number
       * read out: "sedm set dvacet jedna…", "έξι ενενήντα εννιά…",
       * "восемь семь…", each read only if its first byte or two may
       * start one; most of a text is passed over at the first two
       * tests) */
      if (p != text && g_ascii_isalnum (p[-1]))
        continue;
      if ((g_ascii_isdigit (*p) || *p == 'z' || *p == 'n' || *p == 'k' || *p == 'o' ||
           /* (Quechua's nine: "isqun, pusaq…") */
           (*p == 'i' && p[1] == 's') ||
           (((*p == 't' && p[1] == 'r') || (*p == 's' && (p[1] == 'e' || p[1] == 'i'))) &&
            _byline_spam_number_word_at (p, romance_firsts, &w) != 0) ||
           /* (a zero's numeral, or a one's before a three to a nine:
            * "〇八〇…", "一三九…"; their three bytes tested in place, as
            * most of a Chinese or Japanese text starts so) */
           ((guchar) p[0] == 0xE3 && (guchar) p[1] == 0x80 && (guchar) p[2] == 0x87) ||
           ((guchar) p[0] == 0xE9 && (guchar) p[1] == 0x9B && (guchar) p[2] == 0xB6) ||
           ((guchar) p[0] == 0xE4 && (guchar) p[1] == 0xB8 && (guchar) p[2] == 0x80 && han_digit_at (p + 3) >= '3') ||
           /* (a Bangladeshi mobile's zero read out in Bengali or in
            * Banglish: "শূন্য এক সাত…", "জিরো…", "shunno…", a শ's or a
            * জ's bytes tested in place) */
           (((*p == 's' && (p[1] == 'h' || p[1] == 'u')) ||
             ((guchar) p[0] == 0xE0 && (guchar) p[1] == 0xA6 && ((guchar) p[2] == 0xB6 || (guchar) p[2] == 0x9C))) &&
            _byline_spam_number_word_at (p, bengali_zeros, &w) != 0) ||
           /* (an Ethiopian mobile's zero read out in Amharic, "ዜሮ ዘጠኝ፣
            * አስራ…", its ዜ's bytes tested in place) */
           ((guchar) p[0] == 0xE1 && (guchar) p[1] == 0x8B && (guchar) p[2] == 0x9C &&
            strncmp (p, "ዜሮ", strlen ("ዜሮ")) == 0) ||
           /* (a Korean mobile's "010" read out, "공일공 사칠칠이…") */
           ((guchar) p[0] >= 0xEA && (guchar) p[0] <= 0xEC && hangul_mobile_starts (p)) ||
           /* (a Nepali or an Indian mobile's nine and eight or seven read
            * out, "नौ आठ…", "नौ सात…", where such a number may start) */
           ((guchar) p[0] == 0xE0 && (g_str_has_prefix (p, "नौ आठ") || g_str_has_prefix (p, "नौ सात"))) ||
           (_byline_spam_said_number_may_start (text, p) && _byline_spam_said_number_starts (text, p))) &&
          _byline_spam_number_at (text, p, &disguised) > 0 && disguised)
        return TRUE;
    }

  return FALSE;
}

/* Whether a number follows @p in normalised @text, after a messenger's
 * name: one written to slip past number checks ("Zalo 0 3 9 . 6 6 1 …"),
 * or any number after the name of whom to ask for and a colon ("Zalo
 * chị Thư: …", "WhatsApp Mr Ade: +234…"), which the check of a
 * messenger and its number reads as the name only */
gboolean
_byline_spam_number_after_messenger (const char *text,
                                     const char *p)
{
  gboolean disguised = FALSE;
  guint words = 0;

  p += strspn (p, " :");
  if (number_at (text, p, &disguised, TRUE) > 0 && disguised)
    return TRUE;
  /* the name: up to three words, before a colon */
  while (words < 3 && _byline_spam_is_word_char (_byline_spam_char_at (p)))
    {
      const char *w = p;

      while (_byline_spam_is_word_char (_byline_spam_char_at (p)) && p - w < 20)
        p = g_utf8_next_char (p);
      if (_byline_spam_is_word_char (_byline_spam_char_at (p)))
        return FALSE;
      words++;
      if (*p == ' ')
        p++;
    }
  while (*p == ' ')
    p++;
  if (words == 0 || (*p != ':' && !g_str_has_prefix (p, "：")))
    return FALSE;
  p += *p == ':' ? 1 : strlen ("：");
  p += strspn (p, " ");
  if (*p == '+')
    p++;

  return _byline_spam_number_at (text, p, NULL) > 0;
}

/* byline-spam-filter-readout.c: numbers read out in French's, Wolof's
 * and Spanish's words
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A Senegalese mobile's nine digits, a 7 first, read out as Saint-Louis
 * and Dakar say them, in French ("soixante-dix-sept, 5 2 1, quarante-
 * huit, zéro trois") or in Wolof ("juróom-ñaar, juróom-ñett, 413, ñaar
 * fukk ak juróom-benn, 09"), a pair or three digits at a time, for the
 * checks of byline-spam-filter-numbers.c to read among its digits, as
 * byline-spam-filter-numerals.c reads Czech's, Greek's, Russian's and
 * Kazakh's. Written in the fiftieth round, beside that file (which
 * would have passed 800 lines). Since the fifty-first, a Peruvian
 * mobile's nine digits, a 9 first, read out in Spanish's tens and
 * hundreds ("nueve ocho cuatro, setecientos doce, 369"). Each is read
 * only as a part of a long number, never alone: "deux ans", "ñaar fan",
 * "doce meses" are no digits.
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <string.h>

#include "byline-spam-filter-private.h"

typedef BylineSpamNumberWord NumberWord;

/* French's numbers read out, as a Senegalese or a French mobile is
 * ("soixante-dix-sept, 5 2 1, quarante-huit, zéro trois"): the units,
 * the teens ("dix" to "dix-neuf"), the tens ("vingt" to "soixante", and
 * Belgium's and Switzerland's "septante" to "nonante"), the seventies
 * and nineties said as sixty and eighty and a teen ("soixante-douze",
 * "quatre-vingt-dix-sept"), a unit joined to its tens by a hyphen, a
 * space or an "et" ("vingt-et-un", "trente deux") and the hundreds
 * ("cent", "cinq cent vingt"). Not "une": no number is read out so. */
static const NumberWord french_units[] = {
  { "zéro", '0' }, { "zero", '0' }, { "un", '1' }, { "deux", '2' }, { "trois", '3' }, { "quatre", '4' },
  { "cinq", '5' }, { "six", '6' }, { "sept", '7' }, { "huit", '8' }, { "neuf", '9' },
  { NULL, 0 }
};
/* (the compound teens first: "dix" alone is ten) */
static const NumberWord french_teens[] = {
  { "dix-sept", '7' }, { "dix sept", '7' }, { "dix-huit", '8' }, { "dix huit", '8' }, { "dix-neuf", '9' },
  { "dix neuf", '9' }, { "dix", '0' }, { "onze", '1' }, { "douze", '2' }, { "treize", '3' }, { "quatorze", '4' },
  { "quinze", '5' }, { "seize", '6' },
  { NULL, 0 }
};
/* (eighty, "quatre-vingt", before "quatre") */
static const NumberWord french_tens[] = {
  { "quatre-vingts", '8' }, { "quatre-vingt", '8' }, { "quatre vingt", '8' }, { "vingt", '2' },
  { "trente", '3' }, { "quarante", '4' }, { "cinquante", '5' }, { "soixante", '6' }, { "septante", '7' },
  { "huitante", '8' }, { "octante", '8' }, { "nonante", '9' },
  { NULL, 0 }
};

/* Whether a French number's word may start at @p, by its first three
 * bytes ("zé", "zer", "un", "deu", "dix", "dou", "tro", "tre", "qua",
 * "qui", "cin", "cen", "six", "sep", "sei", "soi", "hui", "neu", "non",
 * "vin", "onz", "oct"): most words of a text ("on", "de", "the") are
 * passed over here. (Each byte is read only when the one before it
 * matched, so none past the text's end.) */
static inline gboolean
french_may_start (const char *p)
{
  switch (p[0])
    {
    case 'z':
      return (guchar) p[1] == 0xC3 || (p[1] == 'e' && p[2] == 'r');
    case 'u':
      return p[1] == 'n' && !g_ascii_isalpha (p[2]);
    case 'd':
      return (p[1] == 'e' && p[2] == 'u') || (p[1] == 'i' && p[2] == 'x') || (p[1] == 'o' && p[2] == 'u');
    case 't':
      return p[1] == 'r' && (p[2] == 'o' || p[2] == 'e');
    case 'q':
      return p[1] == 'u' && (p[2] == 'a' || p[2] == 'i');
    case 'c':
      return (p[1] == 'i' || p[1] == 'e') && p[2] == 'n';
    case 's':
      return (p[1] == 'i' && p[2] == 'x') || (p[1] == 'e' && (p[2] == 'p' || p[2] == 'i')) ||
        (p[1] == 'o' && p[2] == 'i');
    case 'h':
      return p[1] == 'u' && p[2] == 'i';
    case 'n':
      return (p[1] == 'e' && p[2] == 'u') || (p[1] == 'o' && p[2] == 'n');
    case 'v':
      return p[1] == 'i' && p[2] == 'n';
    case 'o':
      return (p[1] == 'n' && p[2] == 'z') || (p[1] == 'c' && p[2] == 't');
    default:
      return FALSE;
    }
}

/* What joins a French unit or teen to its tens: "-et-", " et ", a
 * hyphen or a space; its length, 0 when none is at @q */
static gsize
french_joiner_at (const char *q)
{
  if (strncmp (q, "-et-", 4) == 0 || strncmp (q, " et ", 4) == 0)
    return 4;

  return *q == '-' || *q == ' ' ? 1 : 0;
}

/* A French number below a hundred at *@q, read past, its one or two
 * digits put at @out[*@n]; FALSE when there is none */
static gboolean
french_below_hundred (const char **q,
                      char        *out,
                      guint       *n)
{
  char d, u;
  gsize w, j, v;

  if ((d = _byline_spam_number_word_at (*q, french_tens, &w)) != 0)
    {
      j = french_joiner_at (*q + w);
      /* (sixty and eighty take a teen for the seventies and nineties:
       * "soixante-douze", "quatre-vingt-dix-sept") */
      if (j > 0 && (d == '6' || (d == '8' && **q == 'q')) &&
          (u = _byline_spam_number_word_at (*q + w + j, french_teens, &v)) != 0)
        {
          out[(*n)++] = d + 1;
          out[(*n)++] = u;
          *q += w + j + v;
          return TRUE;
        }
      out[(*n)++] = d;
      *q += w;
      _byline_spam_read_unit (q, j, french_units, out, n);
      return TRUE;
    }
  if ((d = _byline_spam_number_word_at (*q, french_teens, &w)) != 0)
    {
      out[(*n)++] = '1';
      out[(*n)++] = d;
      *q += w;
      return TRUE;
    }
  if ((d = _byline_spam_number_word_at (*q, french_units, &w)) != 0)
    {
      out[(*n)++] = d;
      *q += w;
      return TRUE;
    }

  return FALSE;
}

/* What is said after a number's hundreds at *@q, read past: a number
 * below a hundred (@below_hundred's) after one of @separators, its
 * digits put at @out[*@n] ("cent deux", "ciento dos": a unit alone gives
 * "02"), or "00" when none is said */
static void
read_after_hundreds (const char  **q,
                     const char   *separators,
                     gboolean    (*below_hundred) (const char **q, char *out, guint *n),
                     char         *out,
                     guint        *n)
{
  const char *r = *q + 1;
  guint before = *n;

  if (**q != '\0' && strchr (separators, **q) != NULL && below_hundred (&r, out, n))
    {
      if (*n == before + 1)
        {
          out[*n] = out[*n - 1];
          out[*n - 1] = '0';
          (*n)++;
        }
      *q = r;
    }
  else
    {
      out[(*n)++] = '0';
      out[(*n)++] = '0';
    }
}

/* A French number read out at @p, up to three digits ("cinq cent vingt
 * et un": 521; "soixante-dix-sept": 77; "zéro": 0): its digits put in
 * @digits (up to @room), its length in *@len. Returns how many bytes it
 * takes, 0 when there is none. */
gsize
_byline_spam_french_number_at (const char *p,
                               char       *digits,
                               guint       room,
                               guint      *len)
{
  const char *q = p, *r;
  char out[4], d = 0;
  guint n = 0;
  gsize w = 0;

  if (!french_may_start (p))
    return 0;
  /* (a unit, then "cent": its hundreds; "cent" alone is one) */
  if (strncmp (q, "cent", 4) == 0 && !_byline_spam_is_word_char (_byline_spam_char_at (q + 4)))
    {
      d = '1';
      r = q + 4;
    }
  else if ((d = _byline_spam_number_word_at (q, french_units, &w)) > '1' && (q[w] == ' ' || q[w] == '-') &&
           strncmp (q + w + 1, "cent", 4) == 0)
    {
      r = q + w + 5;
      r += *r == 's';
      if (_byline_spam_is_word_char (_byline_spam_char_at (r)))
        d = 0;
    }
  else
    d = 0;
  if (d != 0)
    {
      out[n++] = d;
      q = r;
      read_after_hundreds (&q, " -", french_below_hundred, out, &n);
      return _byline_spam_put_number (p, q, out, n, digits, room, len);
    }
  if (!french_below_hundred (&q, out, &n))
    return 0;

  return _byline_spam_put_number (p, q, out, n, digits, room, len);
}

/* Wolof's numbers read out, as a Senegalese mobile is ("juróom-ñaar,
 * juróom-ñett, 413, ñaar fukk ak juróom-benn, 09"), with their marks
 * and without: the units ("benn" to "juróom", six to nine five and a
 * unit, "juróom-ñaar"), a unit's tens ("ñaar fukk", "fanweer" thirty)
 * and a unit after "ak" ("fukk ak ñett", thirteen), a unit's hundreds
 * ("téeméer") */
static const NumberWord wolof_units[] = {
  { "tus", '0' }, { "benn", '1' }, { "ñaar", '2' }, { "naar", '2' }, { "nyaar", '2' }, { "ñett", '3' },
  { "nett", '3' }, { "nyett", '3' }, { "ñeent", '4' }, { "neent", '4' }, { "nyeent", '4' },
  { NULL, 0 }
};
static const NumberWord wolof_fives[] = {
  { "juróom", '5' }, { "juroom", '5' }, { "diouroum", '5' },
  { NULL, 0 }
};
static const NumberWord wolof_hundreds[] = {
  { "téeméer", '1' }, { "teemeer", '1' }, { "temeer", '1' },
  { NULL, 0 }
};

/* Whether a Wolof number's word may start at @p, by its first bytes
 * ("tus", "té", "tee", "tem", "ben", an ñ, "naa", "ne", "ny", "jur",
 * "dio", "fuk", "fan"): most words of a text are passed over here.
 * (Each byte is read only when the one before it matched.) */
static inline gboolean
wolof_may_start (const char *p)
{
  switch (p[0])
    {
    case 't':
      return (p[1] == 'u' && p[2] == 's') || (guchar) p[1] == 0xC3 || (p[1] == 'e' && (p[2] == 'e' || p[2] == 'm'));
    case 'b':
      return p[1] == 'e' && p[2] == 'n';
    case 'n':
      return (p[1] == 'a' && p[2] == 'a') || (p[1] == 'e' && (p[2] == 't' || p[2] == 'e')) || p[1] == 'y';
    case 'j':
      return p[1] == 'u' && p[2] == 'r';
    case 'd':
      return p[1] == 'i' && p[2] == 'o';
    case 'f':
      return (p[1] == 'u' && p[2] == 'k') || (p[1] == 'a' && p[2] == 'n');
    default:
      return (guchar) p[0] == 0xC3 && (guchar) p[1] == 0xB1;
    }
}

/* A Wolof unit at @p, five and a unit above it ("juróom-benn", six),
 * its length in *@w; 0 when there is none */
static char
wolof_unit_at (const char *p,
               gsize      *w)
{
  char d, u;
  gsize v;

  if ((d = _byline_spam_number_word_at (p, wolof_fives, w)) == 0)
    return _byline_spam_number_word_at (p, wolof_units, w);
  if ((p[*w] == '-' || p[*w] == ' ') && (u = _byline_spam_number_word_at (p + *w + 1, wolof_units, &v)) > '0')
    {
      *w += 1 + v;
      d += u - '0';
    }

  return d;
}

/* The unit said after " ak " (and) at *@q, read past, or a '0' */
static void
wolof_and_unit (const char **q,
                char        *out,
                guint       *n)
{
  char u;
  gsize w;

  if (strncmp (*q, " ak ", 4) == 0 && (u = wolof_unit_at (*q + 4, &w)) > '0')
    {
      out[(*n)++] = u;
      *q += 4 + w;
    }
  else
    out[(*n)++] = '0';
}

/* Whether the Wolof word @word, whole, is at @p */
static gboolean
wolof_word_at (const char *p,
               const char *word)
{
  gsize len = strlen (word);

  return strncmp (p, word, len) == 0 && !_byline_spam_is_word_char (_byline_spam_char_at (p + len));
}

/* A Wolof number read out at @p, up to three digits ("ñaar fukk ak
 * juróom-benn": 26; "juróom-ñaar": 7; "ñett téeméer": 300), as
 * _byline_spam_french_number_at() */
gsize
_byline_spam_wolof_number_at (const char *p,
                              char       *digits,
                              guint       room,
                              guint      *len)
{
  const char *q = p;
  char out[3], d;
  guint n = 0;
  gsize w;

  if (!wolof_may_start (p))
    return 0;
  if (wolof_word_at (q, "fukk"))
    {
      out[n++] = '1';
      q += 4;
      wolof_and_unit (&q, out, &n);
    }
  else if (wolof_word_at (q, "fanweer"))
    {
      out[n++] = '3';
      q += 7;
      wolof_and_unit (&q, out, &n);
    }
  else if ((d = wolof_unit_at (q, &w)) != 0)
    {
      q += w;
      out[n++] = d;
      if (d > '0' && *q == ' ' && wolof_word_at (q + 1, "fukk"))
        {
          q += 5;
          wolof_and_unit (&q, out, &n);
        }
      else if (d > '0' && *q == ' ' && _byline_spam_number_word_at (q + 1, wolof_hundreds, &w) != 0)
        {
          q += 1 + w;
          out[n++] = '0';
          wolof_and_unit (&q, out, &n);
        }
    }
  else
    return 0;

  return _byline_spam_put_number (p, q, out, n, digits, room, len);
}

/* Spanish's numbers read out, as a Peruvian mobile is ("nueve ocho
 * cuatro, setecientos doce, noventa y seis"), with their accents and
 * without: the units, the teens ("diez" to "diecinueve"), the twenties
 * in one word ("veintitrés"), the tens and a unit after " y " ("noventa
 * y seis"), the hundreds in one word ("setecientos", "cien", "ciento
 * doce") */
static const NumberWord spanish_units[] = {
  { "cero", '0' }, { "uno", '1' }, { "dos", '2' }, { "tres", '3' }, { "cuatro", '4' }, { "cinco", '5' },
  { "seis", '6' }, { "siete", '7' }, { "ocho", '8' }, { "nueve", '9' },
  { NULL, 0 }
};
/* (after a '1') */
static const NumberWord spanish_teens[] = {
  { "diez", '0' }, { "once", '1' }, { "doce", '2' }, { "trece", '3' }, { "catorce", '4' }, { "quince", '5' },
  { "dieciséis", '6' }, { "dieciseis", '6' }, { "diecisiete", '7' }, { "dieciocho", '8' }, { "diecinueve", '9' },
  { NULL, 0 }
};
/* (after a '2') */
static const NumberWord spanish_twenties[] = {
  { "veinte", '0' }, { "veintiuno", '1' }, { "veintiún", '1' }, { "veintidós", '2' }, { "veintidos", '2' },
  { "veintitrés", '3' }, { "veintitres", '3' }, { "veinticuatro", '4' }, { "veinticinco", '5' },
  { "veintiséis", '6' }, { "veintiseis", '6' }, { "veintisiete", '7' }, { "veintiocho", '8' },
  { "veintinueve", '9' },
  { NULL, 0 }
};
static const NumberWord spanish_tens[] = {
  { "treinta", '3' }, { "cuarenta", '4' }, { "cincuenta", '5' }, { "sesenta", '6' }, { "setenta", '7' },
  { "ochenta", '8' }, { "noventa", '9' },
  { NULL, 0 }
};
static const NumberWord spanish_hundreds[] = {
  { "ciento", '1' }, { "cien", '1' }, { "doscientos", '2' }, { "doscientas", '2' }, { "trescientos", '3' },
  { "trescientas", '3' }, { "cuatrocientos", '4' }, { "cuatrocientas", '4' }, { "quinientos", '5' },
  { "quinientas", '5' }, { "seiscientos", '6' }, { "seiscientas", '6' }, { "setecientos", '7' },
  { "setecientas", '7' }, { "ochocientos", '8' }, { "ochocientas", '8' }, { "novecientos", '9' },
  { "novecientas", '9' },
  { NULL, 0 }
};

/* Whether a Spanish number's word may start at @p, by its first two
 * bytes ("ce", "ci", "cu", "ca", "un", "do", "di", "tr", "se", "si",
 * "oc", "on", "nu", "no", "qu", "ve"): most words of a text are passed
 * over here. (The second byte is read only when the first matched.) */
static inline gboolean
spanish_may_start (const char *p)
{
  switch (p[0])
    {
    case 'c':
      return p[1] == 'e' || p[1] == 'i' || p[1] == 'u' || p[1] == 'a';
    case 'u':
      return p[1] == 'n';
    case 'd':
      return p[1] == 'o' || p[1] == 'i';
    case 't':
      return p[1] == 'r';
    case 's':
      return p[1] == 'e' || p[1] == 'i';
    case 'o':
      return p[1] == 'c' || p[1] == 'n';
    case 'n':
      return p[1] == 'u' || p[1] == 'o';
    case 'q':
      return p[1] == 'u';
    case 'v':
      return p[1] == 'e';
    default:
      return FALSE;
    }
}

/* A Spanish number below a hundred at *@q, read past, its one or two
 * digits put at @out[*@n]; FALSE when there is none */
static gboolean
spanish_below_hundred (const char **q,
                       char        *out,
                       guint       *n)
{
  char d;
  gsize w;

  if ((d = _byline_spam_number_word_at (*q, spanish_tens, &w)) != 0)
    {
      out[(*n)++] = d;
      *q += w;
      /* ("noventa y seis") */
      _byline_spam_read_unit (q, strncmp (*q, " y ", 3) == 0 ? 3 : 0, spanish_units, out, n);
      return TRUE;
    }
  if ((d = _byline_spam_number_word_at (*q, spanish_teens, &w)) != 0 ||
      (d = _byline_spam_number_word_at (*q, spanish_twenties, &w)) != 0)
    {
      out[(*n)++] = **q == 'v' ? '2' : '1';
      out[(*n)++] = d;
      *q += w;
      return TRUE;
    }
  if ((d = _byline_spam_number_word_at (*q, spanish_units, &w)) != 0)
    {
      out[(*n)++] = d;
      *q += w;
      return TRUE;
    }

  return FALSE;
}

/* A Spanish number read out at @p, up to three digits ("setecientos
 * doce": 712; "noventa y seis": 96; "cien": 100), as
 * _byline_spam_french_number_at() */
gsize
_byline_spam_spanish_number_at (const char *p,
                                char       *digits,
                                guint       room,
                                guint      *len)
{
  const char *q = p;
  char out[3], d;
  guint n = 0;
  gsize w;

  if (!spanish_may_start (p))
    return 0;
  if ((d = _byline_spam_number_word_at (q, spanish_hundreds, &w)) != 0)
    {
      out[n++] = d;
      q += w;
      read_after_hundreds (&q, " ", spanish_below_hundred, out, &n);
      return _byline_spam_put_number (p, q, out, n, digits, room, len);
    }
  if (!spanish_below_hundred (&q, out, &n))
    return 0;

  return _byline_spam_put_number (p, q, out, n, digits, room, len);
}

/* byline-import-months.c: month names of date lines in the languages
 * wire copy comes in
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * English and Russian are byline-calendar.c's; here are the other
 * European languages newspapers print dates in (French, German, Spanish,
 * Italian, Portuguese, Dutch), full names and the usual abbreviations.
 * Solar Hijri months stay in byline-calendar.c: they change the calendar.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-calendar.h"
#include "byline-import-private.h"

/* Lower case; one row per month */
static const char * const european_months[12][14] = {
  { "janvier", "janv", "januar", "jänner", "jän", "enero", "ene", "gennaio", "genn", "janeiro", "januari", NULL },
  { "février", "fevrier", "févr", "fevr", "févr", "februar", "febrero", "febbraio", "fevereiro", "fev", "februari", NULL },
  { "mars", "märz", "maerz", "mär", "marzo", "março", "marco", "maart", "mrt", NULL },
  { "avril", "avr", "abril", "abr", "aprile", NULL },
  { "mai", "mayo", "maggio", "magg", "maio", "mei", NULL },
  { "juin", "juni", "junio", "giugno", "junho", NULL },
  { "juillet", "juil", "juli", "julio", "luglio", "julho", NULL },
  { "août", "aout", "agosto", "augustus", NULL },
  { "septembre", "settembre", "septiembre", "setiembre", "setembro", NULL },
  { "octobre", "oktober", "okt", "octubre", "ottobre", "ott", "outubro", NULL },
  { "novembre", "noviembre", "novembro", NULL },
  { "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic", "dicembre", "dezembro", NULL },
};

/**
 * _byline_import_parse_month:
 * @word: a word of a date line ("March", "mars", "März", "марта", "ene.")
 *
 * Returns: the month 1–12, or 0
 */
int
_byline_import_parse_month (const char *word)
{
  g_autofree char *lower = NULL;
  gsize len;
  int month;

  if ((month = byline_calendar_parse_english_month (word)) > 0 ||
      (month = byline_calendar_parse_russian_month (word)) > 0)
    return month;

  lower = g_utf8_strdown (word, -1);
  len = strlen (lower);
  if (len > 0 && lower[len - 1] == '.')
    lower[--len] = '\0';
  if (len < 3)
    return 0;

  for (int i = 0; i < 12; i++)
    {
      for (guint j = 0; j < G_N_ELEMENTS (european_months[i]) && european_months[i][j] != NULL; j++)
        {
          if (g_str_equal (lower, european_months[i][j]))
            return i + 1;
        }
    }
  return 0;
}

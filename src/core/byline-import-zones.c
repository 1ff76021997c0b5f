/* byline-import-zones.c: the zone a date line names
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A date line names its zone by an abbreviation ("CET", "MEZ", "WITA",
 * "TSİ"),
 * an offset ("GMT+3", "UTC+03:30", "+0100", "UTC−05:00" with the minus
 * sign), or in words, the zone's city or country in the paper's
 * language ("hora de Brasília", "heure de Paris", "بتوقيت مكة
 * المكرمة"): each as the IANA zone. The words are rewritten into the
 * zone's identifier before the line is read word by word.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "byline-import-private.h"

/* A zone in words, as papers print it after the time (lower case; the
 * longer first where one opens another) */
static const struct {
  const char *words;
  const char *zone;
} zone_names[] = {
  { "horário de brasília", "America/Sao_Paulo" }, { "horario de brasília", "America/Sao_Paulo" },
  { "hora de brasília", "America/Sao_Paulo" }, { "hora de brasilia", "America/Sao_Paulo" },
  { "horário oficial de brasília", "America/Sao_Paulo" },
  { "heure de paris", "Europe/Paris" }, { "heure française", "Europe/Paris" },
  { "hora peninsular", "Europe/Madrid" }, { "hora de madrid", "Europe/Madrid" }, { "hora española", "Europe/Madrid" },
  { "hora de lisboa", "Europe/Lisbon" }, { "ora italiana", "Europe/Rome" }, { "ora di roma", "Europe/Rome" },
  { "hora de colombia", "America/Bogota" }, { "hora colombiana", "America/Bogota" },
  { "hora del centro de méxico", "America/Mexico_City" }, { "hora de la ciudad de méxico", "America/Mexico_City" },
  { "hora de méxico", "America/Mexico_City" }, { "hora del centro", "America/Mexico_City" },
  { "hora de argentina", "America/Argentina/Buenos_Aires" }, { "hora argentina", "America/Argentina/Buenos_Aires" },
  { "hora de chile", "America/Santiago" }, { "hora de perú", "America/Lima" }, { "hora peruana", "America/Lima" },
  { "hora de venezuela", "America/Caracas" },
  { "eastern time", "America/New_York" }, { "central time", "America/Chicago" },
  { "mountain time", "America/Denver" }, { "pacific time", "America/Los_Angeles" },
  { "moscow time", "Europe/Moscow" }, { "по московскому времени", "Europe/Moscow" },
  { "по москве", "Europe/Moscow" }, { "за київським часом", "Europe/Kyiv" },
  { "beijing time", "Asia/Shanghai" }, { "北京时间", "Asia/Shanghai" }, { "北京時間", "Asia/Shanghai" },
  { "日本時間", "Asia/Tokyo" }, { "台北時間", "Asia/Taipei" }, { "한국시간", "Asia/Seoul" },
  { "türkiye saatiyle", "Europe/Istanbul" }, { "türkiye saati", "Europe/Istanbul" },
  { "به وقت تهران", "Asia/Tehran" }, { "tehran time", "Asia/Tehran" },
  { "بتوقيت مكة المكرمة", "Asia/Riyadh" }, { "بتوقيت مكة", "Asia/Riyadh" }, { "بتوقيت السعودية", "Asia/Riyadh" },
  { "بتوقيت القاهرة", "Africa/Cairo" }, { "بتوقيت الإمارات", "Asia/Dubai" }, { "بتوقيت غرينتش", "UTC" },
};

/* Zone abbreviations news sites print after the time, as IANA zones */
static const struct {
  const char *abbreviation;
  const char *zone;
} zone_abbreviations[] = {
  { "ET", "America/New_York" }, { "EST", "America/New_York" }, { "EDT", "America/New_York" },
  { "CT", "America/Chicago" }, { "CST", "America/Chicago" }, { "CDT", "America/Chicago" },
  { "MT", "America/Denver" }, { "MST", "America/Denver" }, { "MDT", "America/Denver" },
  { "PT", "America/Los_Angeles" }, { "PST", "America/Los_Angeles" }, { "PDT", "America/Los_Angeles" },
  { "AKST", "America/Anchorage" }, { "AKDT", "America/Anchorage" }, { "HST", "Pacific/Honolulu" },
  /* (AST printed in Halifax's summer is Puerto Rico's and the Caribbean's,
   * which keep it all year: the same offset as Halifax's winter; Arabia's
   * AST, UTC+3, is not read) */
  { "AST", "America/Puerto_Rico" }, { "ADT", "America/Halifax" },
  { "NST", "America/St_Johns" }, { "NDT", "America/St_Johns" },
  { "BST", "Europe/London" }, { "UK", "Europe/London" }, { "WET", "Europe/Lisbon" }, { "WEST", "Europe/Lisbon" },
  { "CET", "Europe/Berlin" }, { "CEST", "Europe/Berlin" }, { "EET", "Europe/Athens" },
  { "EEST", "Europe/Athens" }, { "MSK", "Europe/Moscow" }, { "МСК", "Europe/Moscow" }, { "IRST", "Asia/Tehran" },
  { "IRDT", "Asia/Tehran" }, { "GST", "Asia/Dubai" }, { "PKT", "Asia/Karachi" },
  { "JST", "Asia/Tokyo" }, { "KST", "Asia/Seoul" }, { "HKT", "Asia/Hong_Kong" },
  { "SGT", "Asia/Singapore" }, { "IST", "Asia/Kolkata" }, { "PHT", "Asia/Manila" }, { "WIB", "Asia/Jakarta" },
  /* (AEST printed in Sydney's summer is Queensland's, which keeps it all
   * year: the same offset as Sydney's winter) */
  { "AEST", "Australia/Brisbane" }, { "AEDT", "Australia/Sydney" },
  /* (ACST printed in Adelaide's summer is Darwin's, which keeps it all
   * year: the same offset as Adelaide's winter) */
  { "ACST", "Australia/Darwin" }, { "ACDT", "Australia/Adelaide" }, { "AWST", "Australia/Perth" },
  { "ChST", "Pacific/Guam" },
  { "NZST", "Pacific/Auckland" }, { "NZDT", "Pacific/Auckland" }, { "SAST", "Africa/Johannesburg" },
  { "EAT", "Africa/Nairobi" }, { "WAT", "Africa/Lagos" }, { "CAT", "Africa/Maputo" },
  { "BRT", "America/Sao_Paulo" }, { "ART", "America/Argentina/Buenos_Aires" }, { "CLT", "America/Santiago" },
  { "CLST", "America/Santiago" }, { "COT", "America/Bogota" }, { "PET", "America/Lima" },
  { "ICT", "Asia/Bangkok" }, { "MYT", "Asia/Kuala_Lumpur" }, { "NPT", "Asia/Kathmandu" }, { "WITA", "Asia/Makassar" },
  /* German papers' "MEZ"/"MESZ" (CET/CEST), "OEZ", "WEZ"; Indonesia's
   * eastern "WIT"; Bangladesh's "BST" is Britain's */
  { "MEZ", "Europe/Berlin" }, { "MESZ", "Europe/Berlin" }, { "OEZ", "Europe/Athens" }, { "OESZ", "Europe/Athens" },
  { "WEZ", "Europe/Lisbon" }, { "WESZ", "Europe/Lisbon" }, { "WIT", "Asia/Jayapura" },
  /* Turkish papers' "TSİ" (Türkiye saati) */
  { "TSİ", "Europe/Istanbul" }, { "TSI", "Europe/Istanbul" },
};

/* "UTC", "GMT", "Z", "EST", "GMT+3", "UTC+03:30", "+0100" → a zone
 * identifier GTimeZone knows, or NULL */
char *
_byline_import_parse_zone (const char *word)
{
  const char *offset = word;
  int hours = 0, minutes = 0;
  char sign;

  if (g_ascii_strcasecmp (word, "UTC") == 0 || g_ascii_strcasecmp (word, "GMT") == 0 ||
      g_ascii_strcasecmp (word, "Z") == 0)
    return g_strdup ("UTC");
  /* ("America/Sao_Paulo": a zone named by its city, rewritten) */
  if (strchr (word, '/') != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (zone_names); i++)
        {
          if (g_str_equal (word, zone_names[i].zone))
            return g_strdup (word);
        }
      return NULL;
    }
  for (guint i = 0; i < G_N_ELEMENTS (zone_abbreviations); i++)
    {
      /* Upper case only: "cat" and "est" are words */
      if (g_str_equal (word, zone_abbreviations[i].abbreviation))
        return g_strdup (zone_abbreviations[i].zone);
    }

  if (g_ascii_strncasecmp (word, "UTC", 3) == 0 || g_ascii_strncasecmp (word, "GMT", 3) == 0)
    offset = word + 3;
  sign = offset[0];
  if ((sign != '+' && sign != '-') || !g_ascii_isdigit (offset[1]))
    return NULL;
  offset++;
  if (strlen (offset) == 4 && strspn (offset, "0123456789") == 4)
    {
      hours = (offset[0] - '0') * 10 + (offset[1] - '0');
      minutes = (offset[2] - '0') * 10 + (offset[3] - '0');
    }
  else
    {
      char tail = '\0';
      int n = sscanf (offset, "%2d:%2d%c", &hours, &minutes, &tail);

      if (n == 1 && strspn (offset, "0123456789") != strlen (offset))
        return NULL;
      if (n < 1 || n > 2)
        return NULL;
    }
  /* A bare "+0100" needs its four digits: "-12" is no zone */
  if (offset == word + 1 && strlen (offset) != 4 && strchr (offset, ':') == NULL)
    return NULL;
  if (hours > 14 || minutes > 59)
    return NULL;
  return g_strdup_printf ("%c%02d:%02d", sign, hours, minutes);
}

/**
 * _byline_import_rewrite_zone_names:
 * @line: a date line
 *
 * @line with a zone named in words ("(hora de Brasília)", "heure de
 * Paris") written as the zone's identifier ("(America/Sao_Paulo)"), the
 * minus sign of an offset ("UTC−05:00") as a hyphen; %NULL when there is
 * neither
 */
char *
_byline_import_rewrite_zone_names (const char *line)
{
  g_autoptr(GString) out = g_string_new (line);
  g_autofree char *lower = g_utf8_strdown (line, -1);
  gboolean changed = FALSE;
  char *minus;

  /* (only where the lower-cased line keeps the line's bytes: the words
   * are found in one and cut from the other) */
  if (strlen (lower) == strlen (line))
    {
      for (guint i = 0; i < G_N_ELEMENTS (zone_names); i++)
        {
          const char *hit = strstr (lower, zone_names[i].words);
          gsize at, len = strlen (zone_names[i].words);

          if (hit == NULL || (hit > lower && g_ascii_isalnum (hit[-1])) || g_ascii_isalnum (hit[len]))
            continue;
          at = hit - lower;
          g_string_erase (out, at, len);
          g_string_insert (out, at, zone_names[i].zone);
          changed = TRUE;
          break;
        }
    }
  /* "UTC−05:00", "GMT−3": U+2212 after the zone's name */
  while ((minus = strstr (out->str, "\xe2\x88\x92")) != NULL && minus - out->str >= 3 &&
         (g_ascii_strncasecmp (minus - 3, "UTC", 3) == 0 || g_ascii_strncasecmp (minus - 3, "GMT", 3) == 0) &&
         g_ascii_isdigit (minus[3]))
    {
      gsize at = minus - out->str;

      g_string_erase (out, at, 3);
      g_string_insert_c (out, at, '-');
      changed = TRUE;
    }
  return changed ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}

/* byline-import-dateforms.c: date lines written in forms the date reader
 * does not split into words, rewritten into one it does
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Chinese, Japanese and Korean pages print the date with a counter after
 * each figure and no spaces: "2026年11月28日 14時30分", "2026年11月28日（土）
 * 午後2時30分", "2026년 11월 28일 14:05"; Thai pages in the Buddhist era,
 * "28 พ.ย. 2569 เวลา 10:15 น.". Latin American pages space out
 * the half of the day: "08:15 a. m."; Kurdish ones join the day and the
 * month to what follows by the ezafe ("٢ی نیسانی ٢٠٢٦"), often beside the
 * date in the Kurdish solar calendar ("١٣ی خاکەلێوەی ٢٧٢٦"). All are
 * rewritten here into what byline-import-date.c reads ("2026-11-28
 * 14:30", "08:15 am"); a line in none of these forms is left as it is.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "byline-calendar.h"
#include "byline-import.h"
#include "byline-import-private.h"

/* Reads up to @max ASCII digits at *@p (moving past them) */
static gboolean
read_number (const char **p,
             guint        max,
             int         *value)
{
  guint n = 0;

  *value = 0;
  while (n < max && g_ascii_isdigit ((*p)[n]))
    *value = *value * 10 + ((*p)[n++] - '0');
  *p += n;
  return n > 0;
}

/* Skips @word at *@p and the spaces after it */
static gboolean
skip_word (const char **p,
           const char  *word)
{
  if (!g_str_has_prefix (*p, word))
    return FALSE;
  *p += strlen (word);
  while (**p == ' ')
    (*p)++;
  return TRUE;
}

static void
skip_spaces (const char **p)
{
  while (**p == ' ')
    (*p)++;
}

/* "2026年11月28日（土） 午後2時30分", "2026년 11월 28일 14:05" →
 * "2026-11-28 14:30"; NULL when @line does not open with such a date */
static char *
cjk_date (const char *line)
{
  static const char * const years[] = { "年", "년", NULL };
  static const char * const months[] = { "月", "월", NULL };
  static const char * const days[] = { "日", "일", NULL };
  static const char * const pm_words[] = { "午後", "下午", "오후", NULL };
  static const char * const am_words[] = { "午前", "上午", "오전", NULL };
  static const char * const hours[] = { "時", "时", "시", NULL };
  static const char * const minutes[] = { "分", "분", NULL };
  const char *p = line;
  int y, m, d, hour = -1, minute = 0;
  gboolean pm = FALSE, am = FALSE, ok = FALSE;

  if (!read_number (&p, 4, &y) || y < 1900)
    return NULL;
  skip_spaces (&p);
  for (guint i = 0; years[i] != NULL && !ok; i++)
    ok = skip_word (&p, years[i]);
  if (!ok || !read_number (&p, 2, &m))
    return NULL;
  skip_spaces (&p);
  for (guint i = 0, found = 0; months[i] != NULL && !found; i++)
    found = skip_word (&p, months[i]);
  if (!read_number (&p, 2, &d))
    return NULL;
  skip_spaces (&p);
  ok = FALSE;
  for (guint i = 0; days[i] != NULL && !ok; i++)
    ok = skip_word (&p, days[i]);
  if (!ok)
    return NULL;

  /* "（土）", "(土)", "(토)": the weekday */
  if (g_str_has_prefix (p, "（") || g_str_has_prefix (p, "("))
    {
      const char *close = strstr (p, g_str_has_prefix (p, "（") ? "）" : ")");

      if (close != NULL && close - p <= 12)
        p = close + (g_str_has_prefix (close, "）") ? strlen ("）") : 1);
      skip_spaces (&p);
    }

  for (guint i = 0; pm_words[i] != NULL; i++)
    pm |= skip_word (&p, pm_words[i]);
  for (guint i = 0; am_words[i] != NULL; i++)
    am |= skip_word (&p, am_words[i]);
  if (read_number (&p, 2, &hour))
    {
      gboolean counted = FALSE;

      skip_spaces (&p);
      for (guint i = 0; hours[i] != NULL && !counted; i++)
        counted = skip_word (&p, hours[i]);
      if (!counted && *p == ':')
        p++;
      else if (!counted)
        return NULL;
      if (read_number (&p, 2, &minute))
        {
          skip_spaces (&p);
          for (guint i = 0, found = 0; minutes[i] != NULL && !found; i++)
            found = skip_word (&p, minutes[i]);
        }
      if (pm && hour < 12)
        hour += 12;
      else if (am && hour == 12)
        hour = 0;
    }
  if (hour > 23 || minute > 59)
    return NULL;
  /* (the rest — "来源：新华网", a zone — is read as it was) */
  if (hour < 0)
    return g_strdup_printf ("%04d-%02d-%02d %s", y, m, d, p);
  return g_strdup_printf ("%04d-%02d-%02d %02d:%02d %s", y, m, d, hour, minute, p);
}

/* Thai months, full and abbreviated, one row per month */
static const char * const thai_months[12][3] = {
  { "มกราคม", "ม.ค.", NULL }, { "กุมภาพันธ์", "ก.พ.", NULL }, { "มีนาคม", "มี.ค.", NULL },
  { "เมษายน", "เม.ย.", NULL }, { "พฤษภาคม", "พ.ค.", NULL }, { "มิถุนายน", "มิ.ย.", NULL },
  { "กรกฎาคม", "ก.ค.", NULL }, { "สิงหาคม", "ส.ค.", NULL }, { "กันยายน", "ก.ย.", NULL },
  { "ตุลาคม", "ต.ค.", NULL }, { "พฤศจิกายน", "พ.ย.", NULL }, { "ธันวาคม", "ธ.ค.", NULL },
};

/* "28 พ.ย. 2569 เวลา 10:15 น.", "วันเสาร์ที่ 28 พฤศจิกายน 2569" →
 * "2026-11-28 10:15": Thai papers count years in the Buddhist era (543
 * years ahead) and write the time after "เวลา" ("at") with "น." (the
 * hour); NULL when @line holds no Thai date */
static char *
thai_date (const char *line)
{
  g_auto(GStrv) words = g_strsplit (line, " ", -1);

  /* (an empty line splits into no words at all) */
  for (guint i = 1; words[0] != NULL && words[i] != NULL && words[i + 1] != NULL; i++)
    {
      const char *p = words[i - 1];
      const char *q = words[i + 1];
      int m = -1, d, y, hour = -1, minute = 0;
      const char *thi = strstr (words[i - 1], "ที่");

      for (guint j = 0; j < 12 && m < 0; j++)
        {
          if (g_str_equal (words[i], thai_months[j][0]) || g_str_equal (words[i], thai_months[j][1]))
            m = j + 1;
        }
      /* (the day alone, or after "วันเสาร์ที่", "Saturday the") */
      if (thi != NULL)
        p = thi + strlen ("ที่");
      if (m < 0 || !read_number (&p, 2, &d) || *p != '\0' || !read_number (&q, 4, &y) || *q != '\0')
        continue;
      if (y > 2400)
        y -= 543;
      if (d < 1 || d > 31 || y < 1900)
        continue;
      /* "เวลา 10:15 น.", "10.15 น." */
      for (guint j = i + 2; words[j] != NULL && hour < 0; j++)
        {
          const char *t = words[j];
          int h;

          if (!read_number (&t, 2, &h) || (*t != ':' && *t != '.'))
            continue;
          t++;
          if (read_number (&t, 2, &minute) && (*t == '\0' || g_str_equal (t, "น.")) && h <= 23 && minute <= 59)
            hour = h;
        }
      if (hour < 0)
        return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
      return g_strdup_printf ("%04d-%02d-%02d %02d:%02d", y, m, d, hour, minute);
    }
  return NULL;
}

/* Ethiopian months (Amharic, in their usual spellings), one row per
 * month; the thirteenth is Pagume's five or six days */
static const char * const ethiopian_months[13][4] = {
  { "መስከረም", NULL }, { "ጥቅምት", NULL }, { "ኅዳር", "ህዳር", "ሕዳር", NULL },
  { "ታኅሣሥ", "ታህሳስ", "ታኅሳስ", NULL }, { "ጥር", NULL }, { "የካቲት", NULL }, { "መጋቢት", NULL },
  { "ሚያዝያ", "ሚያዚያ", NULL }, { "ግንቦት", NULL }, { "ሰኔ", NULL }, { "ሐምሌ", "ሀምሌ", NULL },
  { "ነሐሴ", "ነሀሴ", NULL }, { "ጳጉሜ", "ጳጉሜን", NULL },
};

/* "ኅዳር 19 ቀን 2019 ዓ.ም", "ኅዳር 19/2019" → "2026-11-28": Ethiopian papers
 * date in the Ethiopian calendar (twelve months of thirty days and
 * Pagume, its year starting on 11 or 12 September, seven or eight
 * years behind); NULL when @line holds no such date */
static char *
ethiopian_date (const char *line)
{
  g_autofree char *spaced = g_strdelimit (g_strdup (line), "/", ' ');
  g_auto(GStrv) words = g_strsplit (spaced, " ", -1);

  for (guint i = 0; words[0] != NULL && words[i] != NULL && words[i + 1] != NULL; i++)
    {
      const char *p = words[i + 1];
      const char *q;
      int m = -1, d, y;
      guint at = i + 2;
      GDate date;

      for (guint j = 0; j < 13 && m < 0; j++)
        {
          for (guint k = 0; ethiopian_months[j][k] != NULL && m < 0; k++)
            {
              if (g_str_equal (words[i], ethiopian_months[j][k]))
                m = j + 1;
            }
        }
      if (m < 0 || !read_number (&p, 2, &d) || *p != '\0' || d < 1 || d > 30 || (m == 13 && d > 6))
        continue;
      /* ("ቀን", "day", between the day and the year) */
      if (words[at] != NULL && g_str_equal (words[at], "ቀን"))
        at++;
      q = words[at];
      if (q == NULL || !read_number (&q, 4, &y) || (*q != '\0' && !g_str_has_prefix (q, "ዓ")) || y < 1900 || y > 2200)
        continue;
      /* (day 1 of year 1 of GDate's count is 1 January of year 1) */
      g_date_clear (&date, 1);
      g_date_set_julian (&date, 365 * (y - 1) + y / 4 + 30 * (m - 1) + d + 2795);
      return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                              g_date_get_day (&date));
    }
  return NULL;
}

/* Sorani Kurdish's months (the Levant's, in Kurdish spelling), one row
 * per month, the two-word names before the one-word ones they open */
static const char * const kurdish_months[12][3] = {
  { "کانوونی دووەم", "کانونی دووەم", NULL }, { "شوبات", NULL }, { "ئازار", NULL }, { "نیسان", NULL },
  { "ئایار", NULL }, { "حوزەیران", NULL }, { "تەممووز", "تەموز", NULL }, { "ئاب", NULL },
  { "ئەیلوول", "ئەیلول", NULL }, { "تشرینی یەکەم", NULL }, { "تشرینی دووەم", NULL },
  { "کانوونی یەکەم", "کانونی یەکەم", NULL },
};

/* The Kurdish solar calendar's months (Xakelêwe, Gulan … Reşeme), the
 * Solar Hijri months under their Kurdish names, one row per month */
static const char * const kurdish_solar_months[12][3] = {
  { "خاکەلێوە", NULL }, { "گوڵان", NULL }, { "جۆزەردان", NULL }, { "پووشپەڕ", "پوشپەڕ", NULL },
  { "گەلاوێژ", NULL }, { "خەرمانان", NULL }, { "ڕەزبەر", NULL }, { "خەزەڵوەر", "گەڵاڕێزان", NULL },
  { "سەرماوەز", NULL }, { "بەفرانبار", NULL }, { "ڕێبەندان", NULL }, { "ڕەشەمە", NULL },
};

/* A Kurdish date in @line of one of @months' rows ("٢٧ی تشرینی دووەمی
 * ٢٠٢٦", "١٣ی خاکەلێوەی ٢٧٢٦ی کوردی"): its day, month (1–12), year and
 * where it starts and ends; FALSE when there is none */
static gboolean
find_kurdish_date (const char          *line,
                   const char * const (*months)[3],
                   int                 *day,
                   int                 *month,
                   int                 *year,
                   const char         **start,
                   const char         **end)
{
  for (guint m = 0; m < 12; m++)
    {
      for (guint k = 0; months[m][k] != NULL; k++)
        {
          const char *hit = strstr (line, months[m][k]);
          const char *p, *q;
          int d = 0, y, scale = 1;

          if (hit == NULL)
            continue;
          /* (the day before it: "٢٧ی ") */
          p = hit;
          while (p > line && p[-1] == ' ')
            p--;
          if (p - line >= 2 && strncmp (p - 2, "ی", 2) == 0)
            p -= 2;
          while (p > line && g_ascii_isdigit (p[-1]) && scale <= 10)
            {
              d += (p[-1] - '0') * scale;
              scale *= 10;
              p--;
            }
          q = hit + strlen (months[m][k]);
          if (g_str_has_prefix (q, "ی"))
            q += strlen ("ی");
          skip_spaces (&q);
          if (d < 1 || d > 31 || !read_number (&q, 4, &y) || y < 1900)
            continue;
          /* ("٢٧٢٦ی کوردی": the year's ezafe and "Kurdish") */
          if (g_str_has_prefix (q, "ی"))
            q += strlen ("ی");
          if (g_str_has_prefix (q, " کوردی"))
            q += strlen (" کوردی");
          *day = d, *month = m + 1, *year = y, *start = p, *end = q;
          return TRUE;
        }
    }
  return FALSE;
}

/* "پێنجشەممە ١٣ی خاکەلێوەی ٢٧٢٦ - ٢ی نیسانی ٢٠٢٦ - ١٤:٣٠" → "پێنجشەممە -
 * 2026-04-02 - 14:30": a Kurdish date, its day and month joined to what
 * follows by the ezafe "ی", the rest of the line (the weekday, the time)
 * kept; the Gregorian date when the line has one (a date in the Kurdish
 * solar calendar beside it left out), else the solar one (its year is the
 * Solar Hijri year + 1321, begun at Newroz: "١٣ی خاکەلێوەی ٢٧٢٦" is 2
 * April 2026); NULL when @line (its digits ASCII) holds none */
static char *
kurdish_date (const char *line)
{
  const char *start, *end, *solar_start, *solar_end;
  int d, m, y, sd, sm, sy;
  gboolean solar = find_kurdish_date (line, kurdish_solar_months, &sd, &sm, &sy, &solar_start, &solar_end);
  g_autoptr(GString) out = NULL;

  if (find_kurdish_date (line, kurdish_months, &d, &m, &y, &start, &end))
    {
      out = g_string_new_len (line, start - line);
      g_string_append_printf (out, "%04d-%02d-%02d%s", y, m, d, end);
      /* (the solar date beside it left out) */
      if (solar && solar_end <= start)
        g_string_erase (out, solar_start - line, solar_end - solar_start);
      else if (solar && solar_start >= end)
        {
          gsize at = (start - line) + 10 + (solar_start - end);

          g_string_erase (out, at, solar_end - solar_start);
        }
      return g_string_free (g_steal_pointer (&out), FALSE);
    }
  if (!solar || !byline_calendar_solar_hijri_to_gregorian (sy - 1321, sm, sd, &y, &m, &d))
    return NULL;
  out = g_string_new_len (line, solar_start - line);
  g_string_append_printf (out, "%04d-%02d-%02d%s", y, m, d, solar_end);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The words of Swahili time's parts of the day */
static const struct {
  const char *word;
  int         part;   /* 0 morning, 1 afternoon and evening, 2 night */
} swahili_parts[] = {
  { "alfajiri", 0 }, { "asubuhi", 0 }, { "mchana", 1 }, { "jioni", 1 }, { "usiku", 2 },
};

/* "… saa 4:30 usiku" → "… 22:30": Swahili time counts the hours from six
 * (dawn and dusk), the part of the day after it; NULL when @line holds
 * no such time */
static char *
swahili_time (const char *line)
{
  const char *saa = strstr (line, "saa ");
  const char *p;
  int h, minute = 0, t;

  if (saa == NULL || (saa != line && saa[-1] != ' '))
    return NULL;
  p = saa + strlen ("saa ");
  if (!read_number (&p, 2, &h) || h < 1 || h > 12)
    return NULL;
  if ((*p == ':' || *p == '.') && g_ascii_isdigit (p[1]))
    {
      p++;
      if (!read_number (&p, 2, &minute) || minute > 59)
        return NULL;
    }
  skip_spaces (&p);
  t = (h + 6) % 12;
  for (guint i = 0; i < G_N_ELEMENTS (swahili_parts); i++)
    {
      gsize len = strlen (swahili_parts[i].word);

      if (strncmp (p, swahili_parts[i].word, len) != 0 || g_ascii_isalpha (p[len]))
        continue;
      /* (night: after dusk up to midnight, then past it) */
      if (swahili_parts[i].part == 1 || (swahili_parts[i].part == 2 && t >= 7))
        t += 12;
      return g_strdup_printf ("%.*s%02d:%02d%s", (int) (saa - line), line, t, minute, p + len);
    }
  return NULL;
}

/* "3/3(火) 9:15配信": Yahoo!ニュース' stamp, in this year → "2026年3月3日
 * 9時15分" (NULL when @line is none) */
static char *
distributed_stamp (const char *line,
                   GTimeZone  *zone)
{
  int month, day, hour, minute;
  char weekday[16];
  int used = 0;

  if (!g_str_has_suffix (line, "配信") || strlen (line) > 40 ||
      sscanf (line, "%d/%d(%15[^)]) %d:%d%n", &month, &day, weekday, &hour, &minute, &used) != 5 ||
      month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59)
    return NULL;
  if (!g_str_equal (line + used, "配信"))
    return NULL;
  return g_strdup_printf ("%d年%d月%d日 %d時%02d分", _byline_import_implied_year (zone, month, day), month, day, hour,
                          minute);
}

/* "입력2026.03.03. 오전 9:15", "입력 2026. 3. 3. 09:15": a Korean portal's
 * stamp with its parts apart → "입력 2026.03.03. 오전 9:15" (NULL when
 * @line is none) */
static char *
korean_stamp (const char *line)
{
  static const char * const labels[] = { "입력", "수정", "기사입력", "최종수정", "승인", "업데이트", NULL };
  int y, m, d, used = 0;

  for (guint i = 0; labels[i] != NULL; i++)
    {
      const char *p = line + strlen (labels[i]);

      if (!g_str_has_prefix (line, labels[i]))
        continue;
      while (*p == ' ' || *p == ':')
        p++;
      /* ("2026. 3. 3." read as "2026.03.03.", the label apart) */
      if (sscanf (p, "%4d. %2d. %2d.%n", &y, &m, &d, &used) == 3 && used > 0 && y >= 1900 && m >= 1 && m <= 12 &&
          d >= 1 && d <= 31)
        {
          g_autofree char *time = g_strstrip (g_strdup (p + used));

          return g_strdup_printf ("%s %04d.%02d.%02d. %s", labels[i], y, m, d, time);
        }
      return NULL;
    }
  return NULL;
}

/**
 * _byline_import_portal_stamp:
 * @line: a line of a copy's header
 * @zone: the zone whose year a stamp without one is in
 *
 * Returns: (transfer full) (nullable): a news portal's date stamp in a
 *   form the date reader reads ("3/3(火) 9:15配信" → "2026年3月3日 9時15分",
 *   "입력 2026. 3. 3. 09:15" → "입력 2026.03.03. 09:15"), or %NULL
 */
char *
_byline_import_portal_stamp (const char *line,
                             GTimeZone  *zone)
{
  char *stamp = distributed_stamp (line, zone);

  return stamp != NULL ? stamp : korean_stamp (line);
}

/**
 * _byline_import_rewrite_date_forms:
 * @line: a date line, with plain spaces
 *
 * Returns: (transfer full) (nullable): @line in a form the date reader
 *   reads ("2026年11月28日 14時30分" → "2026-11-28 14:30", "08:15 a. m." →
 *   "08:15 am"), or %NULL when it is in none of these forms
 */
char *
_byline_import_rewrite_date_forms (const char *line)
{
  static const char * const halves[][2] = {
    { " a. m.", " am" }, { " p. m.", " pm" }, { " a.m", " am" }, { " p.m", " pm" },
    { " a. m", " am" }, { " p. m", " pm" },
  };
  g_autofree char *ascii = byline_calendar_digits_to_ascii (line);
  g_autoptr(GString) out = NULL;
  char *cjk;

  if ((cjk = cjk_date (ascii)) != NULL)
    return g_strchomp (cjk);
  if ((cjk = thai_date (ascii)) != NULL)
    return cjk;
  if ((cjk = ethiopian_date (ascii)) != NULL || (cjk = kurdish_date (ascii)) != NULL)
    return cjk;
  if ((cjk = swahili_time (ascii)) != NULL)
    return cjk;
  /* Bikram Sambat, Mongolian, Khmer, "21. 4. 2026"
   * (byline-import-dateforms-locales.c) */
  if ((cjk = _byline_import_rewrite_locale_dates (ascii)) != NULL)
    return cjk;
  /* Korean "2026. 11. 28. 06:05": the parts of the date spaced out */
  {
    const char *p = ascii;
    int y, m, d;

    if (read_number (&p, 4, &y) && y >= 1900 && skip_word (&p, ".") && read_number (&p, 2, &m) &&
        skip_word (&p, ".") && read_number (&p, 2, &d) && (*p == '.' || *p == ' ' || *p == '\0') &&
        m >= 1 && m <= 12 && d >= 1 && d <= 31 && strchr (ascii, ' ') != NULL && strchr (ascii, ' ') < p)
      {
        if (*p == '.')
          p++;
        skip_spaces (&p);
        return g_strchomp (g_strdup_printf ("%04d-%02d-%02d %s", y, m, d, p));
      }
  }

  /* Lithuanian "2026 m. kovo 5 d. 08:00": the year's mark and the day's
   * around the month */
  {
    const char *p = ascii;
    const char *month;
    const char *space;
    int y, d;

    if (read_number (&p, 4, &y) && y >= 1900 && g_str_has_prefix (p, " m. ") &&
        (space = strchr ((month = p + 4), ' ')) != NULL)
      {
        p = space + 1;
        if (read_number (&p, 2, &d) && d >= 1 && d <= 31 && g_str_has_prefix (p, " d."))
          {
            p += 3;
            skip_spaces (&p);
            return g_strchomp (g_strdup_printf ("%d %.*s %d %s", d, (int) (space - month), month, y, p));
          }
      }
  }

  /* "08:15 a. m.": only after a figure, so that words are not touched */
  out = g_string_new (line);
  for (guint i = 0; i < G_N_ELEMENTS (halves); i++)
    {
      char *hit = strstr (out->str, halves[i][0]);
      gsize at;

      if (hit == NULL || hit == out->str || !g_ascii_isdigit (hit[-1]))
        continue;
      at = hit - out->str;
      /* (" a.m." itself is read already; " a.m" must not be followed by
       * its dot or a letter) */
      if (g_str_equal (halves[i][0], " a.m") || g_str_equal (halves[i][0], " p.m"))
        {
          char after = hit[strlen (halves[i][0])];

          if (after == '.' || g_ascii_isalpha (after))
            continue;
        }
      g_string_erase (out, at, strlen (halves[i][0]));
      g_string_insert (out, at, halves[i][1]);
      return g_string_free (g_steal_pointer (&out), FALSE);
    }
  return NULL;
}

/**
 * _byline_import_is_timed_entry:
 * @line: a line, with plain spaces
 * @default_zone: (nullable): the zone of a date without one
 *
 * Whether @line is a live page's entry head with its day: a time of day
 * first, then the date ("3:42 p.m. ET, November 28, 2026", "10:42 GMT
 * 28 Nov 2026"). A date line names the day first, or is one alone.
 */
gboolean
_byline_import_is_timed_entry (const char *line,
                               GTimeZone  *default_zone)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *zone = NULL;
  const char *comma = strstr (line, ", ");
  g_autofree char *head = NULL;

  if (strlen (line) > 60 || !g_ascii_isdigit (line[0]))
    return FALSE;
  if (comma != NULL)
    head = g_strndup (line, comma - line);
  else
    {
      /* "10:42 GMT 28 Nov 2026": the time and its zone, two words */
      g_auto(GStrv) words = g_strsplit (line, " ", 3);

      if (g_strv_length (words) < 3)
        return FALSE;
      head = g_strdup_printf ("%s %s", words[0], words[1]);
    }
  return _byline_import_is_clock_time (head) && byline_import_parse_date (line, default_zone, &date, &zone) &&
         !_byline_import_is_clock_time (line);
}

/**
 * _byline_import_caseless_dateline_head:
 * @line: a lede
 * @length: how many bytes of it are before its dateline's dash
 * @default_zone: (nullable): the zone of a date without one
 *
 * In a script without case, a dateline's place and date apart by a
 * space, an ideographic or an Arabic comma ("横浜 2026年3月5日 14時00分 ―
 * …", "横浜、2026年3月5日 ― …", "العقبة، 6 مارس 2026، 11:00 – …"): the
 * place of a word or two, no figures, then the date.
 *
 * Returns: (transfer full) (nullable): the dateline written as
 *   "横浜, 2026年3月5日 14時00分", or %NULL
 */
char *
_byline_import_caseless_dateline_head (const char *line,
                                       gsize       length,
                                       GTimeZone  *default_zone)
{
  g_autofree char *raw = g_strchomp (g_strndup (line, length));
  g_auto(GStrv) arabic = g_strsplit (raw, "،", -1);
  g_autofree char *head = g_strjoinv ("、", arabic);
  const char *space = strchr (head, ' ');
  const char *comma = strstr (head, "、");
  const char *gap = space == NULL || (comma != NULL && comma < space) ? comma : space;
  g_autofree char *town = NULL;
  g_auto(GStrv) commas = NULL;
  g_autofree char *when_text = NULL;
  const char *when;
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *zone = NULL;

  if (gap == NULL || gap == head || _byline_import_has_cased_letter (head) || strchr (head, ',') != NULL)
    return NULL;
  town = g_strndup (head, gap - head);
  when = gap + (gap == comma ? strlen ("、") : 1);
  while (*when == ' ')
    when++;
  /* (the date's own commas, Arabic's or Japanese's, as the reader reads them) */
  commas = g_strsplit (when, "、", -1);
  when = when_text = g_strjoinv (",", commas);
  if (g_utf8_strlen (town, -1) > 12 || strpbrk (town, "0123456789:()") != NULL ||
      !g_unichar_isdigit (g_utf8_get_char (when)) || !byline_import_parse_date (when, default_zone, &date, &zone))
    return NULL;
  return g_strdup_printf ("%s, %s", town, when);
}

/* byline-import-cjk.c: the datelines of Chinese, Japanese and Korean wires
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * These write the dateline against the lede, with no dash:
 *
 *   新华社北京11月28日电（记者王明、李华）记者28日从…   agency, place, date,
 *                                                    "电", the reporters
 *   【ワシントン共同】米政府は…                         place and agency
 *   【ニューヨーク＝山田太郎】…                         place and writer
 *   (서울=연합뉴스) 김수연 기자 = 본문…                  place, agency, writer
 *
 * The place is the dateline; the reporters (else the agency) the
 * bylines, when the header has none; the date the story's when it has
 * no other. The lede keeps the rest.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import-private.h"

/* Chinese outlets that open a lede with their dateline */
static const char * const chinese_agencies[] = {
  "新华社", "中新社", "中新网", "人民网", "央视网", "新华网", "中国日报网", "环球网", "光明网",
  /* (a paper's own: "本报海滨3月2日电") */
  "本报", NULL
};

static gboolean
is_han (gunichar c)
{
  return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF);
}

/* "王明、李华", "王明 李华" → the names (two to four Han characters each) */
static char **
han_names (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *spaced = NULL;
  g_auto(GStrv) parts = NULL;
  guint n = 0;

  /* ("、" and the full-width space part the names) */
  {
    g_autoptr(GString) s = g_string_new (text);

    for (gsize i = 0; i < s->len;)
      {
        if (g_str_has_prefix (s->str + i, "、") || g_str_has_prefix (s->str + i, "　") ||
            g_str_has_prefix (s->str + i, "，"))
          {
            g_string_erase (s, i, 3);
            g_string_insert_c (s, i, ' ');
          }
        else
          i++;
      }
    spaced = g_string_free (g_steal_pointer (&s), FALSE);
  }
  parts = g_strsplit (spaced, " ", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *name = parts[i];
      glong len;

      for (guint j = 0; j < 2; j++)
        {
          /* (a reporter's or a correspondent's title before the name) */
          if (g_str_has_prefix (name, "本报"))
            name += strlen ("本报");
          if (g_str_has_prefix (name, "记者"))
            name += strlen ("记者");
          if (g_str_has_prefix (name, "通讯员"))
            name += strlen ("通讯员");
        }
      if (name[0] == '\0')
        continue;
      len = g_utf8_strlen (name, -1);
      for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
        if (!is_han (g_utf8_get_char (p)))
          return NULL;
      if (len < 2 || len > 4)
        return NULL;
      g_strv_builder_add (builder, name);
      n++;
    }
  return n > 0 ? g_strv_builder_end (builder) : NULL;
}

/* "新华社北京11月28日电（记者王明、李华）…" */
static gboolean
split_chinese (const char  *line,
               GTimeZone   *default_zone,
               char       **place,
               char       **rest,
               GDateTime  **date,
               char       **time_zone,
               char      ***writers)
{
  static const char * const months[] = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };
  const char *p = NULL, *where;
  guint64 month, day;
  char *end;
  g_autofree char *text = NULL;

  for (guint i = 0; chinese_agencies[i] != NULL && p == NULL; i++)
    if (g_str_has_prefix (line, chinese_agencies[i]))
      p = line + strlen (chinese_agencies[i]);
  if (p == NULL)
    return FALSE;
  /* the place: Han characters up to the month's figures */
  where = p;
  while (*p != '\0' && is_han (g_utf8_get_char (p)) && p - where <= 24)
    p = g_utf8_next_char (p);
  if (p == where || !g_ascii_isdigit (*p))
    return FALSE;
  month = g_ascii_strtoull (p, &end, 10);
  if (!g_str_has_prefix (end, "月") || month < 1 || month > 12)
    return FALSE;
  day = g_ascii_strtoull (end + strlen ("月"), &end, 10);
  if (!g_str_has_prefix (end, "日") || day < 1 || day > 31)
    return FALSE;
  end += strlen ("日");
  if (!g_str_has_prefix (end, "电") && !g_str_has_prefix (end, "讯"))
    return FALSE;
  end += strlen ("电");
  *writers = NULL;
  /* (a space, or the full-width one) */
  while (*end == ' ' || g_str_has_prefix (end, "　"))
    end += *end == ' ' ? 1 : strlen ("　");
  /* "（记者王明、李华）", "(记者 王明)" */
  if (g_str_has_prefix (end, "（") || g_str_has_prefix (end, "("))
    {
      gboolean wide = g_str_has_prefix (end, "（");
      const char *close = strstr (end, wide ? "）" : ")");

      if (close != NULL && close - end <= 90)
        {
          g_autofree char *inside = g_strndup (end + (wide ? strlen ("（") : 1),
                                               close - end - (wide ? strlen ("（") : 1));

          *writers = han_names (g_strstrip (inside));
          end = (char *) close + (wide ? strlen ("）") : 1);
        }
    }
  while (*end == ' ' || g_str_has_prefix (end, "　"))
    end += *end == ' ' ? 1 : strlen ("　");
  if (*end == '\0')
    {
      g_clear_pointer (writers, g_strfreev);
      return FALSE;
    }
  text = g_strdup_printf ("%s %u", months[month - 1], (guint) day);
  _byline_import_parse_dateline_date (text, default_zone, date, time_zone);
  *place = g_strndup (where, p - where);
  *rest = g_strdup (end);
  return TRUE;
}

/* The inside of "【札幌】": one to five characters of Han or katakana,
 * and none of the labels papers put in the same brackets */
static gboolean
is_bare_place (const char *inside)
{
  static const char * const labels[] = {
    "速報", "独自", "詳報", "続報", "動画", "写真", "更新", "解説", "社説", "特集", "号外", "主張", "時論",
    "追記", "訂正", "図解", "独占", "独自取材", "PR", "広告", "中継", "詳細", "一覧", "インタビュー", "コラム",
    "ライブ", "ニュース", "スクープ", "ランキング",
  };
  glong n = g_utf8_strlen (inside, -1);

  if (n < 1 || n > 5)
    return FALSE;
  for (const char *p = inside; *p != '\0'; p = g_utf8_next_char (p))
    {
      GUnicodeScript script = g_unichar_get_script (g_utf8_get_char (p));

      if (script != G_UNICODE_SCRIPT_HAN && script != G_UNICODE_SCRIPT_KATAKANA)
        return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (strcmp (inside, labels[i]) == 0)
      return FALSE;
  return TRUE;
}

/* "【ワシントン共同】…", "【北京時事】…", "【ニューヨーク＝山田太郎】…" */
static gboolean
split_japanese (const char  *line,
                char       **place,
                char       **rest,
                char      ***writers)
{
  static const struct { const char *suffix, *agency; } agencies[] = {
    { "共同", "共同通信" }, { "時事", "時事通信" }, { "ロイター", "ロイター" }, { "AFP時事", "AFP時事" },
  };
  const char *close;
  g_autofree char *inside = NULL;
  const char *equals;

  if (!g_str_has_prefix (line, "【") || (close = strstr (line, "】")) == NULL || close - line > 60 ||
      close[strlen ("】")] == '\0')
    return FALSE;
  inside = g_strndup (line + strlen ("【"), close - line - strlen ("【"));
  if ((equals = strstr (inside, "＝")) != NULL && equals > inside)
    {
      *place = g_strndup (inside, equals - inside);
      *writers = g_strdupv ((char *[]) { (char *) equals + strlen ("＝"), NULL });
    }
  else
    {
      for (guint i = 0; i < G_N_ELEMENTS (agencies) && *writers == NULL; i++)
        {
          if (g_str_has_suffix (inside, agencies[i].suffix) && strlen (inside) > strlen (agencies[i].suffix))
            {
              *place = g_strndup (inside, strlen (inside) - strlen (agencies[i].suffix));
              *writers = g_strdupv ((char *[]) { (char *) agencies[i].agency, NULL });
            }
        }
      /* "【札幌】…": a regional paper's place alone (not a label:
       * "【速報】", "【独自】") */
      if (*writers == NULL && !is_bare_place (inside))
        return FALSE;
      if (*writers == NULL)
        *place = g_strdup (inside);
    }
  *rest = g_strdup (close + strlen ("】"));
  return TRUE;
}

/* "(서울=연합뉴스) 김수연 기자 = 본문…" */
static gboolean
split_korean (const char  *line,
              char       **place,
              char       **rest,
              char      ***writers)
{
  const char *close = strchr (line, ')');
  const char *equals;
  const char *after;
  const char *reporter;
  g_autofree char *inside = NULL;

  if (line[0] != '(' || close == NULL || close - line > 60)
    return FALSE;
  inside = g_strndup (line + 1, close - line - 1);
  if ((equals = strchr (inside, '=')) == NULL || equals == inside || equals[1] == '\0')
    return FALSE;
  after = close + 1;
  while (*after == ' ')
    after++;
  /* "김수연 기자 = ": the reporter, then the lede */
  if ((reporter = strstr (after, " 기자 = ")) != NULL && reporter - after <= 40 && strchr (after, '.') > reporter)
    {
      g_autofree char *names = g_strndup (after, reporter - after);

      *writers = g_strsplit (names, " ", -1);
      after = reporter + strlen (" 기자 = ");
    }
  else
    *writers = g_strdupv ((char *[]) { (char *) equals + 1, NULL });
  if (*after == '\0')
    {
      g_clear_pointer (writers, g_strfreev);
      return FALSE;
    }
  *place = g_strndup (inside, equals - inside);
  *rest = g_strdup (after);
  return TRUE;
}

/**
 * _byline_import_split_cjk_dateline:
 * @line: the first paragraph
 * @default_zone: (nullable): the zone of a date without one
 * @place: (out): the dateline ("北京")
 * @rest: (out): the paragraph after it
 * @date: (out): the date in the dateline, or %NULL
 * @time_zone: (out): the date's zone, or %NULL
 * @writers: (out): the reporters, else the agency
 *
 * Returns: whether @line opens with a Chinese, Japanese or Korean wire's
 *   dateline (see the top of this file)
 */
gboolean
_byline_import_split_cjk_dateline (const char  *line,
                                   GTimeZone   *default_zone,
                                   char       **place,
                                   char       **rest,
                                   GDateTime  **date,
                                   char       **time_zone,
                                   char      ***writers)
{
  *place = *rest = *time_zone = NULL;
  *date = NULL;
  *writers = NULL;
  if (line == NULL || ((guchar) line[0] < 0x80 && line[0] != '('))
    return FALSE;
  return split_chinese (line, default_zone, place, rest, date, time_zone, writers) ||
         split_japanese (line, place, rest, writers) || split_korean (line, place, rest, writers);
}

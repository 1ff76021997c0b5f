/* byline-import-forms.c: what is left of a comment form and a share row
 * in a story's copy once their stock lines are known, and a tags line
 * under the story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The stock lines of a page (byline-import-phrases.c) are a list, and a
 * list misses some of the ways a site words its form ("Deixe seu
 * comentário", "Yorum yaz", "コメントを書く") and its button ("Invia",
 * "Gönder", "送信"): byline-import-formtail.c reads the form from its
 * arithmetic captcha. A lone "X" among share buttons is X's. A "Tags:
 * a, b, c" line under the story gives the article's tags, and a
 * section's name alone on top its section. A form's heading between two
 * sentences of the story is the story's ("Leave a comment", a card's).
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import-private.h"

/* The next line from @i on in @step that is not blank, or -1 */
static gint
next_line (GPtrArray *lines,
           gint       i,
           gint       step)
{
  for (i += step; i >= 0 && (guint) i < lines->len; i += step)
    {
      if (((const char *) g_ptr_array_index (lines, i))[0] != '\0')
        return i;
    }
  return -1;
}

/**
 * _byline_import_drop_share_x:
 * @lines: (element-type utf8): the copy's trimmed lines, blank ones empty
 *
 * Blanks "X" between share buttons ("Facebook" / "X" / "Email"): the
 * network's name, alone, is no furniture the stock lists can know.
 */
void
_byline_import_drop_share_x (GPtrArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      gint above, below;

      if (!g_str_equal (g_ptr_array_index (lines, i), "X"))
        continue;
      above = next_line (lines, i, -1);
      below = next_line (lines, i, 1);
      if (above >= 0 && below >= 0 && _byline_import_is_boilerplate (g_ptr_array_index (lines, above)) &&
          _byline_import_is_boilerplate (g_ptr_array_index (lines, below)))
        _byline_import_replace_line (lines, i, g_strdup (""));
    }
}

/* "Local News", "World Politics": a desk's reach and a section's own
 * word ("World Cup", "Sky News", "Global News" are none) */
static gboolean
is_two_word_section (const char *line)
{
  static const char * const reaches[] = {
    "local", "world", "national", "international", "regional", "city", "state", "county", "provincial", NULL
  };
  static const char * const words[] = {
    "news", "politics", "sport", "sports", "business", "opinion", "health", "science", "culture", "arts",
    "crime", "courts", "weather", "education", "environment", "economy", "government", "transport",
    "affairs", NULL
  };
  g_autofree char *lower = _byline_import_lower (line);
  g_auto(GStrv) parts = g_strsplit (g_strstrip (lower), " ", 2);

  if (strlen (line) > 40 || strpbrk (line, "0123456789@#/|:.,;!?") != NULL || parts[0] == NULL ||
      parts[1] == NULL || !g_unichar_isupper (g_utf8_get_char (line)))
    return FALSE;
  return g_strv_contains (reaches, parts[0]) && g_strv_contains (words, g_strstrip (parts[1]));
}

/**
 * _byline_import_is_section_name:
 * @line: the copy's first line, over its headline
 *
 * A section's name alone, "Health", "Sucesos", "Cronaca": one word of
 * letters, no label a page puts over any story ("Breaking", "Live") nor
 * a word of its menu's own ("Home", "Menu"), nor a paper's or an
 * agency's name; or a desk's reach and a section's word ("Local News",
 * "World Politics").
 */
gboolean
_byline_import_is_section_name (const char *line)
{
  static const char * const labels[] = {
    "home", "menu", "search", "subscribe", "login", "account", "back", "skip", "more", "share", "close",
    "breaking", "exclusive", "live", "watch", "listen", "video", "videos", "photos", "gallery", "update",
    "updated", "urgent", "sponsored", "advertisement", "premium", "new", "trending", "latest", NULL
  };
  static const char * const paper_endings[] = {
    "일보", "신문", "新聞", "新闻", "日报", "日報", "晚报", "晚報", "时报", "時報", NULL
  };
  g_autofree char *lower = NULL;
  gboolean agency;

  if (_byline_import_count_words (line) == 2)
    return is_two_word_section (line);
  if (_byline_import_count_words (line) != 1 || strlen (line) > 40 || !_byline_import_has_letter (line) ||
      _byline_import_ends_with_punctuation (line) || strpbrk (line, "0123456789@#/|:") != NULL)
    return FALSE;
  lower = _byline_import_lower (line);
  /* ("News" or "Nation" alone is the section a story is filed under, no
   * paper's name) */
  if (g_str_equal (lower, "news") || g_str_equal (lower, "nation"))
    return TRUE;
  /* (nor the paper's own name over a story it carries, "한국일보":
   * Korean, Japanese and Chinese name a paper a daily or a newspaper) */
  for (guint i = 0; paper_endings[i] != NULL; i++)
    {
      if (g_str_has_suffix (line, paper_endings[i]))
        return FALSE;
    }
  return !g_strv_contains (labels, lower) && !_byline_import_is_outlet_name (line) &&
         !_byline_import_is_masthead (line, &agency);
}

/* "Tags:", "Etiquetas:", "Schlagwörter:" … over a list of the story's
 * tags (lower-cased, without the colon) */
static const char * const tag_labels[] = {
  "tags", "tag", "tagged", "topics", "etiquetas", "etiquetes", "schlagwörter", "schlagworte", "mots-clés",
  "mots clés", "etichette", "etiketler", "etiket", "теги", "метки", "тэги", "برچسب‌ها", "برچسب ها",
  "برچسب", "الوسوم", "وسوم", "كلمات مفتاحية", "タグ", "标签", "關鍵字", "关键词", "trefwoorden", "palavras-chave",
  "tópicos",
  /* Azerbaijani, Uzbek, Welsh, Macedonian, Malayalam, Sorani Kurdish */
  "teqlər", "etiketlər", "açar sözlər", "teglar", "kalit soʻzlar", "kalit so'zlar", "tagiau", "pynciau",
  "тагови", "ознаки", "клучни зборови", "ടാഗുകൾ", "تاگەکان", "تاگ", "وشە سەرەکییەکان", NULL
};

/**
 * _byline_import_take_tags_line:
 * @lines: (element-type utf8): the copy's trimmed lines, blank ones empty
 *
 * A tags line under the story ("Tags: schools, Brackwater, breakfast
 * clubs"): its label, a colon, two to twelve tags of a few words each,
 * separated by commas, past the copy's first five lines. The line is
 * blanked.
 *
 * Returns: (transfer full) (nullable): the tags
 */
char **
_byline_import_take_tags_line (GPtrArray *lines)
{
  guint seen = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      const char *colon;
      g_autofree char *label = NULL;
      g_auto(GStrv) parts = NULL;
      g_autoptr(GPtrArray) tags = NULL;
      gsize skip = 0;

      if (line[0] == '\0')
        continue;
      if (++seen <= 5 || strlen (line) > 300)
        continue;
      if ((colon = strchr (line, ':')) != NULL)
        skip = 1;
      else if ((colon = strstr (line, "：")) != NULL)
        skip = strlen ("：");
      if (colon == NULL || colon == line)
        continue;
      label = _byline_import_lower (line);
      label[colon - line] = '\0';
      g_strchomp (label);
      if (!g_strv_contains (tag_labels, label))
        continue;
      /* (the Arabic script's comma, the CJK ones: each a comma) */
      {
        g_autoptr(GString) commas = g_string_new (colon + skip);

        g_string_replace (commas, "،", ",", 0);
        g_string_replace (commas, "，", ",", 0);
        g_string_replace (commas, "、", ",", 0);
        parts = g_strsplit (commas->str, ",", -1);
      }
      tags = g_ptr_array_new_with_free_func (g_free);
      for (guint j = 0; parts[j] != NULL; j++)
        {
          const char *tag = g_strstrip (parts[j]);

          if (tag[0] == '\0' || _byline_import_count_words (tag) > 4 || _byline_import_ends_with_punctuation (tag))
            {
              g_clear_pointer (&tags, g_ptr_array_unref);
              break;
            }
          g_ptr_array_add (tags, g_strdup (tag));
        }
      if (tags == NULL || tags->len < 2 || tags->len > 12)
        continue;
      _byline_import_replace_line (lines, i, g_strdup (""));
      g_ptr_array_add (tags, NULL);
      return (char **) g_ptr_array_free (g_steal_pointer (&tags), FALSE);
    }
  return NULL;
}

/* A sentence of the story's: eight words or more, closed */
static gboolean
is_sentence (const char *line)
{
  return _byline_import_count_words (line) >= 8 && _byline_import_ends_with_punctuation (line) &&
         !_byline_import_is_boilerplate (line);
}

/**
 * _byline_import_is_quoted_form_head:
 * @lines: (element-type utf8): the copy's trimmed lines, blank ones empty
 * @i: a line of them
 *
 * Whether line @i, a comment form's heading ("Leave a comment"), stands
 * between two sentences of the story, the form's lines (its fields, its
 * captcha) under neither: words the story quotes (a card's, a sign's),
 * not the page's form
 */
gboolean
_byline_import_is_quoted_form_head (GPtrArray *lines,
                                    guint      i)
{
  static const char * const heads[] = {
    "leave a comment", "leave a reply", "post a comment", "add a comment", "write a comment", NULL
  };
  g_autofree char *lower = _byline_import_lower (g_ptr_array_index (lines, i));
  gint above = next_line (lines, i, -1);
  gint below = next_line (lines, i, 1);
  gint after;

  if (!g_strv_contains (heads, lower) || above < 0 || below < 0 ||
      !is_sentence (g_ptr_array_index (lines, above)) || !is_sentence (g_ptr_array_index (lines, below)))
    return FALSE;
  after = next_line (lines, below, 1);
  return after >= 0 && !_byline_import_is_boilerplate (g_ptr_array_index (lines, after));
}

/**
 * _byline_import_is_label_line:
 *
 * "Breaking News", "Live Updates": a label that looks like a name
 */
gboolean
_byline_import_is_label_line (const char *line)
{
  static const char * const words[] = {
    "news", "live", "breaking", "update", "updates", "exclusive", "analysis", "opinion", "video",
    "photos", "watch", "listen", "explainer", "comment", "review", "latest", "report", "summary", "results", NULL
  };
  g_autofree char *lower = g_utf8_strdown (line, -1);
  g_auto(GStrv) parts = g_strsplit (lower, " ", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    if (g_strv_contains (words, parts[i]))
      return TRUE;
  return FALSE;
}

/* test-import-util.h: what the wire-copy import tests share
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "byline-core.h"

/* The file @name in the folder the environment variable @dir_variable
 * names (BYLINE_EXAMPLES, BYLINE_OUTLETS) */
static inline char *
read_test_file (const char *dir_variable,
                const char *name)
{
  const char *dir = g_getenv (dir_variable);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_nonnull (dir);
  path = g_build_filename (dir, name, NULL);
  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

static inline BylineArticle *
import (const char *text,
        const char *zone_id)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (zone_id ? zone_id : "UTC");
  g_autoptr(GError) error = NULL;
  BylineArticle *article = byline_import_wire_copy (text, -1, zone, &error);

  g_assert_no_error (error);
  g_assert_nonnull (article);
  return article;
}

static inline void
assert_date (BylineArticle *article,
             const char    *iso,
             const char    *zone)
{
  GDateTime *date = byline_article_get_date (article);
  g_autofree char *text = NULL;

  g_assert_nonnull (date);
  text = g_date_time_format (date, "%Y-%m-%dT%H:%M:%S%:z");
  g_assert_cmpstr (text, ==, iso);
  g_assert_cmpstr (byline_article_get_time_zone (article), ==, zone);
}

static inline void
assert_bylines (BylineArticle *article,
                const char    *first,
                const char    *second)
{
  const char * const *bylines = byline_article_get_bylines (article);

  if (first == NULL)
    {
      g_assert_null (bylines[0]);
      return;
    }
  g_assert_cmpstr (bylines[0], ==, first);
  g_assert_cmpstr (bylines[1], ==, second);
  if (second != NULL)
    g_assert_null (bylines[2]);
}

static inline void
assert_has (const char *haystack,
            const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
}

static inline void
assert_lacks (const char *haystack,
              const char *needle)
{
  if (strstr (haystack, needle) != NULL)
    g_error ("“%s” unexpectedly found in:\n%s", needle, haystack);
}

/* @key of story @name, or NULL when the file does not check it */
static inline char *
optional_string (GKeyFile   *expected,
                 const char *name,
                 const char *key)
{
  return g_key_file_get_string (expected, name, key, NULL);
}

static inline char **
optional_list (GKeyFile   *expected,
               const char *name,
               const char *key)
{
  g_autofree char *value = optional_string (expected, name, key);

  if (value == NULL || value[0] == '\0')
    return g_new0 (char *, 1);
  return g_strsplit (value, "|", -1);
}

static inline gboolean
contains_any (const char         *line,
              const char * const *parts)
{
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (strstr (line, parts[i]) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* Every line of six words or more is in the article (its last 30
 * characters: the lede's start is its dateline), unless it is furniture
 * named in @lacks or a header line named in @header */
static inline void
assert_story_kept (const char         *story,
                   BylineArticle      *article,
                   const char * const *lacks,
                   const char * const *header)
{
  g_auto(GStrv) lines = g_strsplit (story, "\n", -1);
  const char *note = byline_article_get_note (article);
  const char *caption = byline_article_get_image_caption (article);
  /* (what went to the note or the image's caption is kept too) */
  g_autofree char *all = g_strconcat (byline_article_get_headline (article), "\n",
                                      byline_article_get_standfirst (article), "\n",
                                      byline_article_get_body (article), "\n",
                                      note ? note : "", "\n",
                                      caption ? caption : "", NULL);
  g_autofree char *unescaped = NULL;

  /* (the body is Markdown: "1\. What …" reads "1. What …") */
  {
    g_autoptr(GString) plain = g_string_new (NULL);

    for (const char *p = all; *p != '\0'; p++)
      {
        if (*p == '\\' && p[1] != '\0' && strchr ("\\`*_{}[]()#+-.!|>~<", p[1]) != NULL)
          p++;
        g_string_append_c (plain, *p);
      }
    unescaped = g_string_free (g_steal_pointer (&plain), FALSE);
  }

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strstrip (lines[i]);
      glong length = g_utf8_strlen (line, -1);
      g_auto(GStrv) words = g_strsplit (line, " ", -1);
      guint n_words = 0;

      /* (runs of spaces: "Ayşe Demir   |28.11.2026") */
      for (guint j = 0; words[j] != NULL; j++)
        n_words += words[j][0] != '\0';
      if (n_words < 6)
        continue;
      if (contains_any (line, lacks) || contains_any (line, header))
        continue;
      assert_has (unescaped, g_utf8_offset_to_pointer (line, MAX (0, length - 30)));
    }
}

/* No line of @body (past its Markdown marks) opens with @furniture: the
 * page's line is gone ("X" of a row of buttons, not the letter in a
 * word) */
static inline void
assert_no_line_opens (const char *body,
                      const char *furniture)
{
  g_auto(GStrv) lines = g_strsplit (body, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      while (*line == '#' || *line == '*' || *line == ' ' || *line == '>')
        line++;
      if (g_str_has_prefix (line, furniture))
        g_error ("“%s” unexpectedly found in:\n%s", furniture, body);
    }
}

/* Story @name of the folder @dir_variable names, against its fields in
 * @expected (the format at the top of tests/data/fresh-imports/expected.ini) */
static inline void
check_fresh_story (GKeyFile   *expected,
                   const char *dir_variable,
                   const char *name)
{
  g_autofree char *file = g_strconcat (name, ".txt", NULL);
  g_autofree char *story = read_test_file (dir_variable, file);
  g_autoptr(BylineArticle) article = import (story, "UTC");
  g_autofree char *headline = optional_string (expected, name, "headline");
  g_autofree char *bylines_text = optional_string (expected, name, "bylines");
  g_autofree char *dateline = optional_string (expected, name, "dateline");
  g_autofree char *date = optional_string (expected, name, "date");
  g_autofree char *day = optional_string (expected, name, "day");
  g_autofree char *zone = optional_string (expected, name, "time_zone");
  g_autofree char *language = optional_string (expected, name, "language");
  g_autofree char *direction = optional_string (expected, name, "direction");
  g_autofree char *standfirst = optional_string (expected, name, "standfirst");
  g_autofree char *section = optional_string (expected, name, "section");
  g_autofree char *tags_text = optional_string (expected, name, "tags");
  g_auto(GStrv) bylines = optional_list (expected, name, "bylines");
  g_auto(GStrv) has = optional_list (expected, name, "has");
  g_auto(GStrv) lacks = optional_list (expected, name, "lacks");
  g_auto(GStrv) header = optional_list (expected, name, "header");
  g_auto(GStrv) absent = optional_list (expected, name, "absent");
  g_auto(GStrv) noted = optional_list (expected, name, "note");
  const char *body = byline_article_get_body (article);
  const char *note = byline_article_get_note (article);
  const char *caption = byline_article_get_image_caption (article);
  g_autofree char *aside = g_strconcat (note ? note : "", "\n", caption ? caption : "", NULL);

  g_test_message ("%s", name);
  if (headline != NULL)
    g_assert_cmpstr (byline_article_get_headline (article), ==, headline);
  if (bylines_text != NULL)
    {
      const char * const *got = byline_article_get_bylines (article);

      g_assert_cmpuint (g_strv_length ((char **) got), ==, g_strv_length (bylines));
      for (guint i = 0; bylines[i] != NULL; i++)
        g_assert_cmpstr (got[i], ==, bylines[i]);
    }
  if (dateline != NULL)
    g_assert_cmpstr (byline_article_get_dateline (article), ==, dateline);
  /* (an empty date: the story names none) */
  if (date != NULL && date[0] == '\0')
    g_assert_null (byline_article_get_date (article));
  else if (date != NULL)
    assert_date (article, date, zone);
  /* A year-less date ("Nov 28"): the day and time, the year the current
   * one (or the last) */
  if (day != NULL)
    {
      g_autofree char *text = NULL;

      g_assert_nonnull (byline_article_get_date (article));
      text = g_date_time_format (byline_article_get_date (article), "%Y-%m-%dT%H:%M:%S%:z");
      g_assert_cmpstr (text + 4, ==, day);
      g_assert_cmpstr (byline_article_get_time_zone (article), ==, zone);
    }
  if (language != NULL)
    {
      g_assert_cmpstr (byline_article_get_language (article), ==, language);
      g_assert_cmpstr (byline_article_get_direction (article) == BYLINE_TEXT_DIRECTION_RTL ? "rtl" : "ltr", ==,
                       direction);
    }
  if (standfirst != NULL)
    g_assert_cmpstr (byline_article_get_standfirst (article), ==, standfirst);
  /* (the section and the tags, when the file names them: fresh-imports-23) */
  if (section != NULL)
    g_assert_cmpstr (byline_article_get_section (article), ==, section);
  if (tags_text != NULL)
    {
      g_auto(GStrv) tags = optional_list (expected, name, "tags");
      const char * const *got = byline_article_get_tags (article);
      g_assert_cmpuint (got ? g_strv_length ((char **) got) : 0, ==, g_strv_length (tags));
      for (guint i = 0; tags[i] != NULL; i++)
        g_assert_cmpstr (got[i], ==, tags[i]);
    }
  for (guint i = 0; has[i] != NULL; i++)
    assert_has (body, has[i]);
  for (guint i = 0; lacks[i] != NULL; i++)
    assert_no_line_opens (body, lacks[i]);
  for (guint i = 0; absent[i] != NULL; i++)
    assert_lacks (body, absent[i]);
  for (guint i = 0; noted[i] != NULL; i++)
    assert_has (aside, noted[i]);
  /* (a story another format left its marks on is kept as its writer
   * wrote it, in clean/: fresh-imports-19) */
  {
    g_autofree char *clean_path = g_build_filename (g_getenv (dir_variable), "clean", file, NULL);
    g_autofree char *clean = NULL;

    if (g_file_get_contents (clean_path, &clean, NULL, NULL))
      assert_story_kept (clean, article, (const char * const *) lacks, (const char * const *) header);
    else
      assert_story_kept (story, article, (const char * const *) lacks, (const char * const *) header);
  }
}

/* Every story of the folder the environment variable @dir_variable names
 * against its expected.ini (check_fresh_story()); at least @min stories */
static inline void
check_fresh_folder (const char *dir_variable,
                    gsize       min)
{
  g_autoptr(GKeyFile) expected = g_key_file_new ();
  g_autofree char *text = read_test_file (dir_variable, "expected.ini");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = NULL;
  gsize n = 0;

  g_key_file_load_from_data (expected, text, -1, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  names = g_key_file_get_groups (expected, &n);
  g_assert_cmpuint (n, >=, min);
  for (gsize i = 0; i < n; i++)
    check_fresh_story (expected, dir_variable, names[i]);
}

/* A story of the examples' shape with "@ODD@" over and under each of its
 * parts: a layout for check_odd_lines() */
#define ODD_LINES_STORY \
  "@ODD@\n\nA headline for the odd line\n\nBy Tom Reid\n\n30 November 2026\n\n@ODD@\n\n" \
  "NORTHFIELD – A lede of a few words here, and then a few more words so it is long.\n\n@ODD@\n\n" \
  "The last paragraph of the story ends here.\n\n@ODD@\n"

/* Each of @odd's @n lines put in @layout at each "@ODD@" and imported,
 * and imported alone: the story's last paragraph ("The last paragraph
 * of the story ends here.") is always kept, and a line alone imports or
 * is refused as empty (run under valgrind: nothing is read past a
 * line's end) */
static inline void
check_odd_lines (const char * const *odd,
                 gsize               n,
                 const char         *layout)
{
  g_auto(GStrv) parts = g_strsplit (layout, "@ODD@", -1);

  for (gsize i = 0; i < n; i++)
    {
      g_autofree char *story = g_strjoinv (odd[i], parts);
      g_autoptr(BylineArticle) a = import (story, "UTC");
      g_autoptr(GError) error = NULL;
      g_autoptr(BylineArticle) alone = byline_import_wire_copy (odd[i], -1, NULL, &error);

      assert_has (byline_article_get_body (a), "The last paragraph of the story ends here.");
      /* (a line that is all furniture, "MSN", leaves nothing to import) */
      if (alone == NULL)
        g_assert_error (error, BYLINE_IMPORT_ERROR, BYLINE_IMPORT_ERROR_EMPTY);
      else
        g_assert_nonnull (byline_article_get_body (alone));
    }
}

/* byline-import-frontmatter.c: a note's front matter over the story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A story clipped into a notes program (Obsidian's web clipper, a static
 * site's Markdown, a Zettelkasten) opens with its properties in YAML
 * between two "---" lines:
 *
 *   ---
 *   title: "Council backs plan for 500 new homes"
 *   source: "https://news.example/council-homes"
 *   author:
 *     - "[[Helen Cho]]"
 *   published: 2026-11-30
 *   tags:
 *     - "clippings"
 *   ---
 *
 * Read as the story's text, the block became its first paragraphs and
 * the story under it lost its headline. The block goes to the note as it
 * is written; the story is read from the text under it, its title as a
 * "# Headline" over it when the text has no heading of its own, and the
 * fields the story itself did not give are taken from the properties:
 * the writers, the date, the description (the excerpt) and the tags (not
 * the clipper's own "clippings"); the language is read from the story's
 * own words, as ever.
 *
 * Only the plain YAML notes programs write is read: "key: value", quoted
 * or not, and lists, "- item" under the key or "[a, b]" beside it.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import.h"
#include "byline-import-private.h"

/* The longest front matter read, in lines */
#define MAX_LINES 80

/* A value as written, without its quotes and a wiki link's brackets:
 * "\"[[Helen Cho]]\"" → "Helen Cho" */
static char *
plain_value (const char *value)
{
  g_autofree char *text = g_strstrip (g_strdup (value));
  gsize len = strlen (text);

  if (len >= 2 && (text[0] == '"' || text[0] == '\'') && text[len - 1] == text[0])
    {
      memmove (text, text + 1, len - 2);
      text[len - 2] = '\0';
    }
  if (g_str_has_prefix (text, "[[") && g_str_has_suffix (text, "]]"))
    {
      char *inner = g_strndup (text + 2, strlen (text) - 4);
      char *pipe = strchr (inner, '|');

      /* ("[[Helen Cho|Helen]]": the page's name) */
      if (pipe != NULL)
        *pipe = '\0';
      g_free (text);
      text = inner;
    }
  return g_strstrip (g_steal_pointer (&text));
}

/* Whether @line is a property's key, "title:" or "title: …": a word of
 * letters, digits, "_" or "-" at the line's start */
static gboolean
is_key_line (const char *line)
{
  const char *p = line;

  while (g_ascii_isalnum (*p) || *p == '_' || *p == '-')
    p++;
  return p > line && *p == ':' && (p[1] == '\0' || p[1] == ' ');
}

static void
add_value (GHashTable *fields,
           const char *key,
           const char *value)
{
  g_autofree char *lower = g_ascii_strdown (key, -1);
  GPtrArray *values = g_hash_table_lookup (fields, lower);
  g_autofree char *plain = plain_value (value);

  if (plain[0] == '\0')
    return;
  if (values == NULL)
    {
      values = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (fields, g_steal_pointer (&lower), values);
    }
  g_ptr_array_add (values, g_steal_pointer (&plain));
}

/* Adds a key's value to @fields: a list beside it, "[a, b]", is cut */
static void
add_key_value (GHashTable *fields,
               const char *key,
               const char *value)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (value));
  gsize len = strlen (trimmed);

  if (len >= 2 && trimmed[0] == '[' && trimmed[len - 1] == ']' && trimmed[1] != '[')
    {
      g_autofree char *inner = g_strndup (trimmed + 1, len - 2);
      g_auto(GStrv) items = g_strsplit (inner, ",", -1);

      for (guint i = 0; items[i] != NULL; i++)
        add_value (fields, key, items[i]);
    }
  else
    add_value (fields, key, trimmed);
}

/**
 * take_front_matter:
 * @text: valid UTF-8
 * @block: (out): the front matter as written, without its "---" lines
 * @rest: (out): the text under it
 *
 * Returns: (transfer full) (nullable): the properties, lower-cased keys
 *   to #GPtrArray of values, or %NULL when @text has no front matter
 */
static GHashTable *
take_front_matter (const char  *text,
                   char       **block,
                   char       **rest)
{
  g_autoptr(GHashTable) fields = NULL;
  g_autoptr(GString) written = g_string_new (NULL);
  g_autofree char *key = NULL;
  const char *p = text, *line, *next;
  guint n = 0, keys = 0;

  if (g_str_has_prefix (p, "\xEF\xBB\xBF"))
    p += 3;
  while (*p == '\n' || *p == '\r')
    p++;
  if (!g_str_has_prefix (p, "---\n") && !g_str_has_prefix (p, "---\r\n"))
    return NULL;
  fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  for (line = strchr (p, '\n') + 1; *line != '\0' && n < MAX_LINES; line = next, n++)
    {
      const char *end = strchr (line, '\n');
      g_autofree char *content = NULL;

      next = end != NULL ? end + 1 : line + strlen (line);
      content = g_strndup (line, (end != NULL ? end : next) - line);
      g_strchomp (content);
      if (g_str_equal (content, "---") || g_str_equal (content, "..."))
        {
          if (keys == 0)
            return NULL;
          *block = g_string_free (g_steal_pointer (&written), FALSE);
          *rest = g_strdup (next);
          return g_steal_pointer (&fields);
        }
      g_string_append_printf (written, "%s%s", written->len > 0 ? "\n" : "", content);
      if (content[0] == '\0' || content[0] == '#')
        continue;
      if (is_key_line (content))
        {
          const char *colon = strchr (content, ':');

          g_free (key);
          key = g_strndup (content, colon - content);
          keys++;
          if (colon[1] != '\0')
            add_key_value (fields, key, colon + 1);
          continue;
        }
      /* (a list's item under its key, "  - \"[[Helen Cho]]\"") */
      {
        const char *item = content + strspn (content, " ");

        if (key != NULL && item[0] == '-' && item[1] == ' ')
          {
            add_value (fields, key, item + 2);
            continue;
          }
        /* (a value that goes on, indented) */
        if (key != NULL && item > content)
          continue;
      }
      return NULL;   /* no YAML of a notes program's */
    }

  return NULL;
}

/* The first value of the first of @keys that @fields has */
static const char *
first_value (GHashTable         *fields,
             const char * const *keys)
{
  for (guint i = 0; keys[i] != NULL; i++)
    {
      GPtrArray *values = g_hash_table_lookup (fields, keys[i]);

      if (values != NULL && values->len > 0)
        return g_ptr_array_index (values, 0);
    }
  return NULL;
}

/* All values of the first of @keys that @fields has */
static GPtrArray *
all_values (GHashTable         *fields,
            const char * const *keys)
{
  for (guint i = 0; keys[i] != NULL; i++)
    {
      GPtrArray *values = g_hash_table_lookup (fields, keys[i]);

      if (values != NULL && values->len > 0)
        return values;
    }
  return NULL;
}

/**
 * front_matter_title:
 * @fields: from take_front_matter()
 *
 * Returns: (nullable): the title the properties give
 */
static const char *
front_matter_title (GHashTable *fields)
{
  static const char * const keys[] = { "title", "headline", NULL };

  return first_value (fields, keys);
}

/**
 * title_story:
 * @title: (nullable): the title the properties give
 * @rest: the text under the front matter
 *
 * Returns: (transfer full): @rest, with "# @title" over it when it has no
 *   heading of its own nor the title as its first line (a clipper leaves
 *   the title to the properties)
 */
static char *
title_story (const char *title,
             const char *rest)
{
  const char *p = rest;
  const char *end;
  g_autofree char *first = NULL;

  while (*p == '\n' || *p == '\r' || *p == ' ' || *p == '\t')
    p++;
  end = strchr (p, '\n');
  first = g_strstrip (end != NULL ? g_strndup (p, end - p) : g_strdup (p));
  if (title == NULL || _byline_import_is_markdown_document (rest) || g_str_equal (first, title))
    return g_strdup (rest);
  return g_strdup_printf ("# %s\n\n%s", title, p);
}

/**
 * apply_front_matter:
 * @article: the story read from the text under the front matter
 * @fields: from take_front_matter()
 * @block: the front matter as written
 * @default_zone: for a date without its zone
 *
 * Gives @article the fields its text did not and the block to its note.
 */
static void
apply_front_matter (BylineArticle *article,
                    GHashTable    *fields,
                    const char    *block,
                    GTimeZone     *default_zone)
{
  static const char * const author_keys[] = { "author", "authors", "byline", "bylines", "creator", NULL };
  /* (not "created", the day it was clipped) */
  static const char * const date_keys[] = { "published", "date", "pubdate", "publish_date", NULL };
  static const char * const description_keys[] = { "description", "summary", "excerpt", "subtitle", NULL };
  static const char * const tag_keys[] = { "tags", "keywords", "tag", NULL };
  const char *note = byline_article_get_note (article);
  const char *value;
  GPtrArray *values;

  if (byline_article_get_headline (article)[0] == '\0' && front_matter_title (fields) != NULL)
    byline_article_set_headline (article, front_matter_title (fields));

  values = all_values (fields, author_keys);
  if (values != NULL && byline_article_get_bylines (article)[0] == NULL)
    {
      g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
      g_auto(GStrv) strv = NULL;

      for (guint i = 0; i < values->len; i++)
        g_strv_builder_add (names, g_ptr_array_index (values, i));
      strv = g_strv_builder_end (names);
      byline_article_set_bylines (article, (const char * const *) strv);
    }

  if ((value = first_value (fields, date_keys)) != NULL && byline_article_get_date (article) == NULL)
    {
      g_autoptr(GDateTime) date = NULL;
      g_autofree char *zone = NULL;

      if (byline_import_parse_date (value, default_zone, &date, &zone))
        {
          byline_article_set_date (article, date);
          byline_article_set_time_zone (article, zone);
        }
    }

  if ((value = first_value (fields, description_keys)) != NULL && byline_article_get_excerpt (article)[0] == '\0')
    byline_article_set_excerpt (article, value);

  values = all_values (fields, tag_keys);
  if (values != NULL && byline_article_get_tags (article)[0] == NULL)
    {
      g_autoptr(GStrvBuilder) tags = g_strv_builder_new ();
      g_auto(GStrv) strv = NULL;

      /* (not the clipper's own tag for what it clipped) */
      for (guint i = 0; i < values->len; i++)
        {
          const char *tag = g_ptr_array_index (values, i);

          if (g_ascii_strcasecmp (tag, "clippings") != 0 && g_ascii_strcasecmp (tag, "clipping") != 0)
            g_strv_builder_add (tags, tag);
        }
      strv = g_strv_builder_end (tags);
      byline_article_set_tags (article, (const char * const *) strv);
    }

  {
    g_autofree char *both = g_strjoin (note[0] != '\0' ? "\n" : "", block, note, NULL);

    byline_article_set_note (article, both);
  }
}

/**
 * _byline_import_front_matter_story:
 * @text: valid UTF-8
 * @default_zone: (nullable): as byline_import_wire_copy()'s
 * @taken: (out): whether @text opened with front matter
 * @error: as byline_import_wire_copy()'s
 *
 * Reads a story under its front matter (see the top of this file): the
 * text under it, with the title over it, is read by
 * byline_import_wire_copy(), then given the properties. A second block
 * right under the first goes to the note too, so the text read never
 * opens with one (and this is never called again for it).
 *
 * Returns: (transfer full) (nullable): the article, or %NULL with
 *   @error set, or %NULL when not *@taken
 */
BylineArticle *
_byline_import_front_matter_story (const char  *text,
                                   GTimeZone   *default_zone,
                                   gboolean    *taken,
                                   GError     **error)
{
  g_autofree char *block = NULL;
  g_autofree char *rest = NULL;
  g_autoptr(GHashTable) fields = take_front_matter (text, &block, &rest);
  g_autoptr(GString) blocks = NULL;
  g_autoptr(GHashTable) more = NULL;
  g_autofree char *story = NULL;
  BylineArticle *article;

  *taken = fields != NULL;
  if (fields == NULL)
    return NULL;
  blocks = g_string_new (block);
  for (;;)
    {
      g_autofree char *next_block = NULL;
      g_autofree char *next_rest = NULL;

      g_clear_pointer (&more, g_hash_table_unref);
      if ((more = take_front_matter (rest, &next_block, &next_rest)) == NULL)
        break;
      g_string_append_printf (blocks, "\n%s", next_block);
      g_free (rest);
      rest = g_steal_pointer (&next_rest);
    }
  story = title_story (front_matter_title (fields), rest);
  article = byline_import_wire_copy (story, -1, default_zone, error);
  if (article != NULL)
    apply_front_matter (article, fields, blocks->str, default_zone);
  return article;
}

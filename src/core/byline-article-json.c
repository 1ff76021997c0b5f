/* byline-article-json.c: an article's JSON form, content hash and counts
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The JSON written here is the command line's documented contract
 * (`byline show --json`, README.md): add keys, never rename or drop them.
 */

#define G_LOG_DOMAIN "byline-article"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-article.h"
#include "byline-article-list.h"
#include "byline-date-format.h"
#include "byline-sha256.h"

G_DEFINE_QUARK (byline-article-error-quark, byline_article_error)

static char *
format_date_time (GDateTime *dt)
{
  if (dt == NULL)
    return NULL;

  return g_date_time_format (dt, "%Y-%m-%dT%H:%M:%S%:z");
}

static void
add_date_time (JsonBuilder *builder,
               const char  *key,
               GDateTime   *dt)
{
  g_autofree char *text = format_date_time (dt);

  json_builder_set_member_name (builder, key);
  if (text != NULL)
    json_builder_add_string_value (builder, text);
  else
    json_builder_add_null_value (builder);
}

static void
add_string (JsonBuilder *builder,
            const char  *key,
            const char  *value)
{
  json_builder_set_member_name (builder, key);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_strv (JsonBuilder        *builder,
          const char         *key,
          const char * const *values)
{
  json_builder_set_member_name (builder, key);
  json_builder_begin_array (builder);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
}

/**
 * byline_article_to_json:
 * @with_body: whether to include `body` (`byline list --json` leaves it out)
 *
 * Returns: (transfer full): the article as one JSON object with the keys
 *   documented in README.md
 */
JsonNode *
byline_article_to_json (BylineArticle *self,
                        gboolean       with_body)
{
  g_return_val_if_fail (BYLINE_IS_ARTICLE (self), NULL);

  /* (a story from a list has no body: the count the store keeps) */
  return _byline_article_to_json_counted (self, with_body, byline_article_list_get_word_count (self));
}

/* byline_article_to_json() with the body's word count already known (the
 * store counts it once per save). */
JsonNode *
_byline_article_to_json_counted (BylineArticle *self,
                                 gboolean       with_body,
                                 guint          word_count)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GDateTime *date;
  const char *time_zone;
  GPtrArray *links;

  date = byline_article_get_date (self);
  time_zone = byline_article_get_time_zone (self);
  if ((time_zone == NULL || time_zone[0] == '\0') && date != NULL)
    time_zone = g_time_zone_get_identifier (g_date_time_get_timezone (date));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, byline_article_get_id (self));
  add_string (builder, "uuid", byline_article_get_uuid (self));
  add_string (builder, "headline", byline_article_get_headline (self));
  add_string (builder, "standfirst", byline_article_get_standfirst (self));
  if (with_body)
    add_string (builder, "body", byline_article_get_body (self));
  add_strv (builder, "bylines", byline_article_get_bylines (self));
  add_string (builder, "dateline", byline_article_get_dateline (self));
  add_date_time (builder, "date", date);
  add_string (builder, "time_zone", date != NULL ? time_zone : (time_zone[0] ? time_zone : NULL));
  add_string (builder, "section", byline_article_get_section (self));
  add_strv (builder, "tags", byline_article_get_tags (self));
  add_string (builder, "excerpt", byline_article_get_excerpt (self));
  add_string (builder, "slug", byline_article_get_slug (self));
  add_string (builder, "language", byline_article_get_language (self));
  add_string (builder, "direction", byline_text_direction_to_string (byline_article_get_direction (self)));
  add_string (builder, "status", byline_article_status_to_string (byline_article_get_status (self)));
  add_string (builder, "note", byline_article_get_note (self));

  json_builder_set_member_name (builder, "featured_image");
  json_builder_begin_object (builder);
  add_string (builder, "path", byline_article_get_image_path (self));
  json_builder_set_member_name (builder, "media_id");
  json_builder_add_int_value (builder, byline_article_get_image_media_id (self));
  add_string (builder, "alt", byline_article_get_image_alt (self));
  add_string (builder, "caption", byline_article_get_image_caption (self));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "word_count");
  json_builder_add_int_value (builder, word_count);
  add_date_time (builder, "created", byline_article_get_created (self));
  add_date_time (builder, "modified", byline_article_get_modified (self));

  links = byline_article_get_links (self);
  json_builder_set_member_name (builder, "links");
  json_builder_begin_array (builder);
  for (guint i = 0; i < links->len; i++)
    {
      const BylineArticleLink *link = g_ptr_array_index (links, i);

      json_builder_begin_object (builder);
      add_string (builder, "account", link->account);
      json_builder_set_member_name (builder, "remote_id");
      json_builder_add_int_value (builder, link->remote_id);
      add_string (builder, "url", link->url);
      add_string (builder, "remote_modified", link->remote_modified);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static const char *
member_string (JsonObject *object,
               const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static char **
member_strv (JsonObject *object,
             const char *key)
{
  JsonNode *node = json_object_get_member (object, key);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
        g_strv_builder_add (builder, json_node_get_string (element));
    }

  return g_strv_builder_end (builder);
}

static gboolean
parse_date_time (const char  *text,
                 const char  *time_zone,
                 const char  *key,
                 GDateTime  **out,
                 GError     **error)
{
  g_autoptr(GTimeZone) tz = NULL;

  *out = NULL;
  if (text == NULL || text[0] == '\0')
    return TRUE;

  if (time_zone != NULL && time_zone[0] != '\0')
    tz = g_time_zone_new_identifier (time_zone);
  if (tz == NULL)
    tz = g_time_zone_new_local ();

  *out = byline_date_time_parse_iso8601 (text, tz);
  if (*out == NULL)
    {
      g_set_error (error, BYLINE_ARTICLE_ERROR, BYLINE_ARTICLE_ERROR_INVALID,
                   _("“%s” is not an ISO 8601 date and time (in “%s”)"), text, key);
      return FALSE;
    }

  /* Keep the story's wall-clock time in its own zone when one is named. */
  if (time_zone != NULL && time_zone[0] != '\0' && tz != NULL)
    {
      GDateTime *in_zone = g_date_time_to_timezone (*out, tz);

      g_date_time_unref (*out);
      *out = in_zone;
    }

  return TRUE;
}

/**
 * byline_article_new_from_json:
 *
 * Reads an article in the form byline_article_to_json() writes. Unknown
 * keys are ignored, missing ones keep their defaults.
 *
 * Returns: (transfer full): a new article, or %NULL with @error set
 */
BylineArticle *
byline_article_new_from_json (JsonNode  *node,
                              GError   **error)
{
  g_autoptr(BylineArticle) self = NULL;
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GDateTime) modified = NULL;
  g_auto(GStrv) bylines = NULL;
  g_auto(GStrv) tags = NULL;
  static const struct {
    const char *key;
    const char *property;
  } strings[] = {
    { "uuid", "uuid" }, { "headline", "headline" }, { "standfirst", "standfirst" },
    { "body", "body" }, { "dateline", "dateline" }, { "time_zone", "time-zone" },
    { "section", "section" }, { "excerpt", "excerpt" }, { "slug", "slug" },
    { "language", "language" }, { "note", "note" },
  };
  JsonObject *object;
  JsonNode *member;
  const char *text;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error_literal (error, BYLINE_ARTICLE_ERROR, BYLINE_ARTICLE_ERROR_INVALID,
                           _("An article must be a JSON object"));
      return NULL;
    }

  object = json_node_get_object (node);
  /* A field of the wrong type is an error, not a field left out */
  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    {
      member = json_object_get_member (object, strings[i].key);
      if (member != NULL && !JSON_NODE_HOLDS_NULL (member) &&
          (!JSON_NODE_HOLDS_VALUE (member) || json_node_get_value_type (member) != G_TYPE_STRING))
        {
          g_set_error (error, BYLINE_ARTICLE_ERROR, BYLINE_ARTICLE_ERROR_INVALID,
                       _("“%s” must be a string"), strings[i].key);
          return NULL;
        }
    }
  for (guint i = 0; i < 2; i++)
    {
      const char *key = i == 0 ? "bylines" : "tags";
      JsonArray *array;

      member = json_object_get_member (object, key);
      if (member == NULL || JSON_NODE_HOLDS_NULL (member))
        continue;
      array = JSON_NODE_HOLDS_ARRAY (member) ? json_node_get_array (member) : NULL;
      for (guint j = 0; array != NULL && j < json_array_get_length (array); j++)
        {
          JsonNode *element = json_array_get_element (array, j);

          if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
            array = NULL;
        }
      if (array == NULL)
        {
          g_set_error (error, BYLINE_ARTICLE_ERROR, BYLINE_ARTICLE_ERROR_INVALID,
                       _("“%s” must be an array of strings"), key);
          return NULL;
        }
    }
  if ((text = member_string (object, "time_zone")) != NULL && text[0] != '\0')
    {
      g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (text);

      if (zone == NULL)
        {
          g_set_error (error, BYLINE_ARTICLE_ERROR, BYLINE_ARTICLE_ERROR_INVALID,
                       _("Unknown time zone “%s”"), text);
          return NULL;
        }
    }

  self = byline_article_new ();

  if ((member = json_object_get_member (object, "id")) && JSON_NODE_HOLDS_VALUE (member))
    byline_article_set_id (self, MAX (0, json_node_get_int (member)));

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    {
      if ((text = member_string (object, strings[i].key)) != NULL)
        g_object_set (self, strings[i].property, text, NULL);
    }

  if ((text = member_string (object, "language")) != NULL && member_string (object, "direction") == NULL)
    byline_article_set_direction (self, byline_text_direction_for_language (text));

  if ((bylines = member_strv (object, "bylines")) != NULL)
    byline_article_set_bylines (self, (const char * const *) bylines);
  if ((tags = member_strv (object, "tags")) != NULL)
    byline_article_set_tags (self, (const char * const *) tags);

  if ((text = member_string (object, "direction")) != NULL)
    {
      BylineTextDirection direction;

      if (!byline_text_direction_from_string (text, &direction))
        {
          g_set_error (error, BYLINE_ARTICLE_ERROR, BYLINE_ARTICLE_ERROR_INVALID,
                       _("Unknown text direction “%s” (use ltr or rtl)"), text);
          return NULL;
        }
      byline_article_set_direction (self, direction);
    }

  if ((text = member_string (object, "status")) != NULL)
    {
      BylineArticleStatus status;

      if (!byline_article_status_from_string (text, &status))
        {
          g_set_error (error, BYLINE_ARTICLE_ERROR, BYLINE_ARTICLE_ERROR_INVALID,
                       _("Unknown status “%s”"), text);
          return NULL;
        }
      byline_article_set_status (self, status);
    }

  if (!parse_date_time (member_string (object, "date"), member_string (object, "time_zone"),
                        "date", &date, error) ||
      !parse_date_time (member_string (object, "created"), "UTC", "created", &created, error) ||
      !parse_date_time (member_string (object, "modified"), "UTC", "modified", &modified, error))
    return NULL;
  byline_article_set_date (self, date);
  byline_article_set_created (self, created);
  byline_article_set_modified (self, modified);

  if ((member = json_object_get_member (object, "featured_image")) && JSON_NODE_HOLDS_OBJECT (member))
    {
      JsonObject *image = json_node_get_object (member);
      JsonNode *media_id = json_object_get_member (image, "media_id");

      byline_article_set_image_path (self, member_string (image, "path"));
      byline_article_set_image_alt (self, member_string (image, "alt"));
      byline_article_set_image_caption (self, member_string (image, "caption"));
      if (media_id != NULL && JSON_NODE_HOLDS_VALUE (media_id))
        byline_article_set_image_media_id (self, MAX (0, json_node_get_int (media_id)));
    }

  if ((member = json_object_get_member (object, "links")) && JSON_NODE_HOLDS_ARRAY (member))
    {
      JsonArray *links = json_node_get_array (member);

      for (guint i = 0; i < json_array_get_length (links); i++)
        {
          JsonNode *element = json_array_get_element (links, i);
          g_autoptr(BylineArticleLink) link = NULL;
          JsonObject *link_object;
          const char *account;

          if (!JSON_NODE_HOLDS_OBJECT (element))
            continue;
          link_object = json_node_get_object (element);
          if ((account = member_string (link_object, "account")) == NULL)
            continue;

          link = byline_article_link_new (account,
                                          json_object_get_int_member_with_default (link_object, "remote_id", 0),
                                          member_string (link_object, "url"),
                                          member_string (link_object, "remote_modified"),
                                          member_string (link_object, "content_hash"));
          byline_article_set_link (self, link);
        }
    }

  return g_steal_pointer (&self);
}

/**
 * byline_article_content_hash:
 *
 * A SHA-256 over everything that is the story itself (text and the
 * metadata a reader sees), not its bookkeeping (id, status, note, times,
 * links). Equal hashes mean nothing worth a revision or a re-publish changed.
 *
 * Returns: (transfer full): the hash as lowercase hex
 */
char *
byline_article_content_hash (BylineArticle *self)
{
  g_autoptr(BylineSha256) checksum = byline_sha256_new ();
  g_autofree char *date = NULL;
  g_autofree char *media_id = NULL;
  const char *fields[16];
  guint n = 0;

  g_return_val_if_fail (BYLINE_IS_ARTICLE (self), NULL);

  date = format_date_time (byline_article_get_date (self));
  media_id = g_strdup_printf ("%" G_GINT64_FORMAT, byline_article_get_image_media_id (self));

  fields[n++] = byline_article_get_headline (self);
  fields[n++] = byline_article_get_standfirst (self);
  fields[n++] = byline_article_get_body (self);
  fields[n++] = byline_article_get_dateline (self);
  fields[n++] = date ? date : "";
  fields[n++] = byline_article_get_time_zone (self);
  fields[n++] = byline_article_get_section (self);
  fields[n++] = byline_article_get_excerpt (self);
  fields[n++] = byline_article_get_slug (self);
  fields[n++] = byline_article_get_language (self);
  fields[n++] = byline_text_direction_to_string (byline_article_get_direction (self));
  fields[n++] = byline_article_get_image_path (self);
  fields[n++] = media_id;
  fields[n++] = byline_article_get_image_alt (self);
  fields[n++] = byline_article_get_image_caption (self);
  g_assert (n <= G_N_ELEMENTS (fields));

  /* Each field is length-prefixed so that moving text between fields
   * changes the hash. */
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *len = g_strdup_printf ("%zu:", strlen (fields[i]));

      byline_sha256_update (checksum, len, -1);
      byline_sha256_update (checksum, fields[i], -1);
    }
  for (const char * const *v = byline_article_get_bylines (self); *v; v++)
    {
      byline_sha256_update (checksum, "b:", -1);
      byline_sha256_update (checksum, *v, strlen (*v) + 1);
    }
  for (const char * const *v = byline_article_get_tags (self); *v; v++)
    {
      byline_sha256_update (checksum, "t:", -1);
      byline_sha256_update (checksum, *v, strlen (*v) + 1);
    }

  return byline_sha256_get_string (checksum);
}

static inline gboolean
is_word_char (gunichar c)
{
  /* Letters, digits and combining marks; ZWNJ joins Persian word parts. */
  return g_unichar_isalnum (c) || g_unichar_ismark (c) || c == 0x200C;
}

static inline gunichar
char_at (const char *p)
{
  return *p ? g_utf8_get_char_validated (p, -1) : 0;
}

static gboolean
is_counted_alone (gunichar c)
{
  GUnicodeScript script = g_unichar_get_script (c);

  return script == G_UNICODE_SCRIPT_HAN || script == G_UNICODE_SCRIPT_HIRAGANA ||
         script == G_UNICODE_SCRIPT_KATAKANA;
}

/**
 * byline_article_count_words:
 *
 * Counts words in any script: runs of letters, digits and marks, with an
 * apostrophe or hyphen between two letters kept inside the word
 * ("don't", "cross-harbour"), and digit groups in a number ("41,000");
 * a Chinese or Japanese ideograph or kana is a word on its own.
 */
guint
byline_article_count_words (const char *text)
{
  gboolean in_word = FALSE;
  gunichar prev = 0;
  guint words = 0;
  const char *p = text;

  if (text == NULL)
    return 0;

  while (*p)
    {
      gunichar c;
      const char *next;
      gboolean word_char;

      /* ASCII, most of a Latin-script story, without decoding. */
      if ((guchar) *p < 0x80)
        {
          c = (guchar) *p;
          next = p + 1;
          word_char = g_ascii_isalnum (c);
        }
      else
        {
          c = g_utf8_get_char_validated (p, -1);
          /* Invalid UTF-8 is skipped a byte at a time, never read past. */
          if (c == (gunichar) -1 || c == (gunichar) -2)
            {
              in_word = FALSE;
              prev = 0;
              p++;
              continue;
            }
          next = g_utf8_next_char (p);
          word_char = is_word_char (c);
          /* Chinese and Japanese put no spaces between words: each
           * ideograph or kana counts as one, as word processors count them */
          if (word_char && is_counted_alone (c))
            {
              words++;
              in_word = FALSE;
              prev = c;
              p = next;
              continue;
            }
        }

      if (word_char)
        {
          if (!in_word)
            words++;
          in_word = TRUE;
        }
      else if (in_word && (c == '\'' || c == 0x2019 || c == '-'))
        in_word = is_word_char (char_at (next));
      else if (in_word && (c == ',' || c == '.') && g_unichar_isdigit (prev))
        in_word = g_unichar_isdigit (char_at (next)); /* 41,000 and 2.4 are one word each */
      else
        in_word = FALSE;

      prev = c;
      p = next;
    }

  return words;
}

/* byline-comment.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-comment"

#include "config.h"

#include <string.h>

#include "byline-comment.h"
#include "byline-html-import.h"

/* One cached reader comment as an item of #BylineCommentList, and the
 * helpers that make hostile text safe to show: a comment's raw HTML becomes
 * plain text (never rendered), bidi controls that could spoof a name or an
 * address are stripped (and reported), links are listed as text. */

#define EXCERPT_CHARS 160

struct _BylineComment
{
  GObject              parent_instance;

  BylineCachedComment *data;
  char                *excerpt;
};

G_DEFINE_FINAL_TYPE (BylineComment, byline_comment, G_TYPE_OBJECT)

static void
byline_comment_finalize (GObject *object)
{
  BylineComment *self = (BylineComment *)object;

  g_clear_pointer (&self->data, byline_cached_comment_free);
  g_clear_pointer (&self->excerpt, g_free);

  G_OBJECT_CLASS (byline_comment_parent_class)->finalize (object);
}

static void
byline_comment_class_init (BylineCommentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = byline_comment_finalize;
}

static void
byline_comment_init (BylineComment *self)
{
}

/**
 * byline_comment_new_take:
 * @data: (transfer full): the cached comment
 */
BylineComment *
byline_comment_new_take (BylineCachedComment *data)
{
  BylineComment *self;

  g_return_val_if_fail (data != NULL, NULL);

  self = g_object_new (BYLINE_TYPE_COMMENT, NULL);
  self->data = data;
  return self;
}

const BylineCachedComment *
byline_comment_get_data (BylineComment *self)
{
  g_return_val_if_fail (BYLINE_IS_COMMENT (self), NULL);

  return self->data;
}

gint64
byline_comment_get_id (BylineComment *self)
{
  g_return_val_if_fail (BYLINE_IS_COMMENT (self), 0);

  return self->data->id;
}

const char *
byline_comment_get_status (BylineComment *self)
{
  g_return_val_if_fail (BYLINE_IS_COMMENT (self), NULL);

  return self->data->status;
}

/* Bidi embeddings, overrides and isolates (they reorder what follows,
 * "evil\u202Egpj.exe" shows as "evilexe.jpg"), and invisible characters
 * that are never part of a name: zero-width space, word joiner and the
 * invisible operators, BOM, soft hyphen. Not ZWNJ/ZWJ (U+200C/D): Persian
 * spells words with them ("تهران‌نیوز") and emoji sequences need them. Not
 * LRM/RLM/ALM (U+200E/F, U+061C): marks with a direction, like a letter,
 * they cannot reorder the text around them in an isolated label. */
static gboolean
is_spoofing_control (gunichar c)
{
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
         c == 0x200B || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF || c == 0x00AD;
}

/**
 * byline_comment_safe_label:
 * @had_controls: (out) (optional): set to %TRUE when something was removed
 *
 * Makes untrusted text (an author's name, e-mail, URL, user agent) safe
 * for a one-line label: invalid UTF-8 replaced, control characters and
 * bidi overrides/embeddings/isolates removed, newlines turned into spaces.
 * Show it in its own direction-isolated label.
 *
 * Returns: (transfer full): the cleaned text
 */
char *
byline_comment_safe_label (const char *text,
                           gboolean   *had_controls)
{
  g_autofree char *valid = g_utf8_make_valid (text ? text : "", -1);
  GString *out = g_string_sized_new (strlen (valid));
  gboolean removed = FALSE;

  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_spoofing_control (c))
        {
          removed = TRUE;
          continue;
        }
      if (c == '\n' || c == '\r' || c == '\t')
        c = ' ';
      else if (g_unichar_iscntrl (c))
        {
          removed = TRUE;
          continue;
        }
      g_string_append_unichar (out, c);
    }

  if (had_controls != NULL)
    *had_controls = removed;
  return g_string_free (out, FALSE);
}

/**
 * byline_comment_text_to_plain:
 * @raw: a comment's raw content (may hold HTML, hostile or not)
 *
 * Returns: (transfer full): the text a reader would see, as plain text:
 *   tags dropped (never run), entities decoded, invalid UTF-8 replaced,
 *   bidi overrides and NULs removed
 */
char *
byline_comment_text_to_plain (const char *raw)
{
  g_autofree char *valid = g_utf8_make_valid (raw ? raw : "", -1);
  g_autofree char *text = byline_html_to_text (valid, -1);
  GString *out;

  if (text == NULL)
    text = g_strdup (valid);
  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
          (g_unichar_iscntrl (c) && c != '\n' && c != '\t'))
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/**
 * byline_comment_get_excerpt:
 *
 * Returns: the start of the plain text on one line, for a list row
 */
const char *
byline_comment_get_excerpt (BylineComment *self)
{
  g_return_val_if_fail (BYLINE_IS_COMMENT (self), NULL);

  if (self->excerpt == NULL)
    {
      /* Only the start matters: do not convert 60 KB for one line. */
      g_autofree char *head = g_utf8_make_valid (self->data->content ? self->data->content : "",
                                                 MIN (strlen (self->data->content ? self->data->content : ""), 4096));
      g_autofree char *plain = byline_comment_text_to_plain (head);
      g_autofree char *line = byline_comment_safe_label (plain, NULL);
      g_autofree char *stripped = g_strdup (g_strstrip (line));

      if (g_utf8_strlen (stripped, -1) > EXCERPT_CHARS)
        {
          char *end = g_utf8_offset_to_pointer (stripped, EXCERPT_CHARS);

          *end = '\0';
          self->excerpt = g_strconcat (stripped, "…", NULL);
        }
      else
        self->excerpt = g_steal_pointer (&stripped);
    }
  return self->excerpt;
}

char *
byline_comment_dup_plain_text (BylineComment *self)
{
  g_return_val_if_fail (BYLINE_IS_COMMENT (self), NULL);

  return byline_comment_text_to_plain (self->data->content);
}

/* An address written in running text ends before the punctuation after
 * it: "(see https://a.example/x)." or Markdown's "[text](https://a.example)"
 * do not make the ")" or "." part of it, while a ")" that closes a "(" in
 * the address (https://en.wikipedia.org/wiki/Tram_(band)) stays. */
static void
trim_bare_address (char *address)
{
  gsize len = strlen (address);

  while (len > 0)
    {
      char last = address[len - 1];
      gboolean trim = strchr (".,;:!?*'\"", last) != NULL;

      if (last == ')' || last == ']')
        {
          char open = last == ')' ? '(' : '[';
          int depth = 0;

          for (gsize i = 0; i < len; i++)
            depth += address[i] == open ? 1 : address[i] == last ? -1 : 0;
          trim = depth < 0;
        }
      if (!trim)
        break;
      address[--len] = '\0';
    }
}

/**
 * byline_comment_find_links:
 * @raw: a comment's raw content
 *
 * Finds every address in a comment: `href`/`src` attributes and bare
 * http(s)/www addresses in the text, including `javascript:` and `data:`
 * ones (so they can be shown for what they are).
 *
 * Returns: (transfer full) (element-type utf8): the addresses, cleaned
 *   with byline_comment_safe_label(), without duplicates
 */
GPtrArray *
byline_comment_find_links (const char *raw)
{
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *valid = g_utf8_make_valid (raw ? raw : "", -1);
  static GRegex *regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;

  if (g_once_init_enter (&regex))
    {
      GRegex *r = g_regex_new ("(?:href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"
                               "|((?:https?://|www\\.)[^\\s<>\"']+)",
                               G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&regex, r);
    }

  g_regex_match (regex, valid, 0, &match);
  while (g_match_info_matches (match))
    {
      for (int group = 1; group <= 4; group++)
        {
          g_autofree char *value = g_match_info_fetch (match, group);

          if (group == 4 && value != NULL)
            trim_bare_address (value);
          if (value != NULL && *value != '\0')
            {
              g_autofree char *clean = byline_comment_safe_label (value, NULL);
              gboolean seen = FALSE;

              for (guint i = 0; i < links->len && !seen; i++)
                seen = g_str_equal (g_ptr_array_index (links, i), clean);
              if (!seen && *clean != '\0')
                g_ptr_array_add (links, g_steal_pointer (&clean));
              break;
            }
        }
      g_match_info_next (match, NULL);
    }
  return g_steal_pointer (&links);
}

/* byline-html-tokenizer.c: a small, tolerant HTML tokenizer
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Enough of HTML5 tokenization for importing posts, written to be safe on
 * hostile input: it only moves forward (linear time), never reads past
 * the end, and tolerates unclosed tags, quotes and comments (they run to
 * the end of the input). Comments are tokens of their own (WordPress
 * marks its blocks with them); doctypes and processing instructions are
 * skipped. The content of elements that are never text to a reader
 * (script, style, iframe, template, svg …) is skipped up to the matching
 * end tag. Only the attributes the importer reads are kept.
 */

#define G_LOG_DOMAIN "byline-html"

#include "config.h"

#include <string.h>

#include "byline-html-tokenizer-private.h"
#include "byline-text-private.h"

static const char * const skipped_elements[] = {
  "script", "style", "iframe", "noscript", "template", "textarea", "select", "svg", "math",
  "object", "title", "xmp", "noembed", "noframes", "plaintext", "head", "canvas", "video",
  "audio", "frameset", "applet", "button", "form",
  NULL
};

static const char * const kept_attrs[] = {
  "href", "src", "alt", "title", "class", "datetime", "data-byline-datetime", "data-byline-zone", "start", "colspan",
  "rowspan", NULL
};

void
_byline_html_tokenizer_init (BylineHtmlTokenizer *tok,
                             const char          *input,
                             gsize                length)
{
  memset (tok, 0, sizeof *tok);
  tok->input = input;
  tok->length = length;
  tok->token.attrs = g_ptr_array_new_with_free_func (g_free);
}

void
_byline_html_tokenizer_clear (BylineHtmlTokenizer *tok)
{
  g_clear_pointer (&tok->token.attrs, g_ptr_array_unref);
}

static gboolean
at_end (BylineHtmlTokenizer *tok)
{
  return tok->pos >= tok->length;
}

static char
peek (BylineHtmlTokenizer *tok,
      gsize                offset)
{
  return tok->pos + offset < tok->length ? tok->input[tok->pos + offset] : '\0';
}

/* Moves past the next occurrence of @needle, or to the end */
static void
skip_past (BylineHtmlTokenizer *tok,
           const char          *needle)
{
  gsize nlen = strlen (needle);

  while (tok->pos < tok->length)
    {
      const char *hit = memchr (tok->input + tok->pos, needle[0], tok->length - tok->pos);

      if (hit == NULL)
        break;
      tok->pos = hit - tok->input;
      if (tok->length - tok->pos >= nlen && memcmp (hit, needle, nlen) == 0)
        {
          tok->pos += nlen;
          return;
        }
      tok->pos++;
    }
  tok->pos = tok->length;
}

/* Skips the content of a skipped element: up to and past "</name …>" */
static void
skip_element_content (BylineHtmlTokenizer *tok,
                      const char          *name)
{
  gsize nlen = strlen (name);

  while (tok->pos < tok->length)
    {
      const char *hit = memchr (tok->input + tok->pos, '<', tok->length - tok->pos);
      gsize at;

      if (hit == NULL)
        break;
      at = hit - tok->input;
      tok->pos = at + 1;
      if (at + 2 + nlen <= tok->length && hit[1] == '/' &&
          g_ascii_strncasecmp (hit + 2, name, nlen) == 0 &&
          (at + 2 + nlen == tok->length || !g_ascii_isalnum (hit[2 + nlen])))
        {
          tok->pos = at + 2 + nlen;
          skip_past (tok, ">");
          return;
        }
    }
  tok->pos = tok->length;
}

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static void
read_name (BylineHtmlTokenizer *tok,
           char                *name,
           gsize                size)
{
  gsize n = 0;
  gboolean too_long = FALSE;

  while (!at_end (tok))
    {
      char c = peek (tok, 0);

      if (is_space (c) || c == '/' || c == '>')
        break;
      if (n + 1 < size)
        name[n++] = g_ascii_tolower (c);
      else
        too_long = TRUE;
      tok->pos++;
    }
  name[too_long ? 0 : n] = '\0';
}

static void
read_attributes (BylineHtmlTokenizer *tok)
{
  BylineHtmlToken *token = &tok->token;

  while (!at_end (tok))
    {
      char attr_name[24];
      gsize value_start = 0, value_end = 0;
      gboolean has_value = FALSE;
      char c = peek (tok, 0);

      if (is_space (c))
        {
          tok->pos++;
          continue;
        }
      if (c == '>')
        {
          tok->pos++;
          return;
        }
      if (c == '/')
        {
          tok->pos++;
          if (peek (tok, 0) == '>')
            token->self_closing = TRUE;
          continue;
        }

      /* An attribute name runs to white space, '/', '>' or '=' */
      {
        gsize n = 0;
        gboolean too_long = FALSE;

        while (!at_end (tok))
          {
            c = peek (tok, 0);
            if (is_space (c) || c == '/' || c == '>' || (c == '=' && n > 0))
              break;
            if (n + 1 < sizeof attr_name)
              attr_name[n++] = g_ascii_tolower (c);
            else
              too_long = TRUE;
            tok->pos++;
          }
        attr_name[too_long ? 0 : n] = '\0';
      }

      while (!at_end (tok) && is_space (peek (tok, 0)))
        tok->pos++;
      if (peek (tok, 0) == '=')
        {
          char quote;

          tok->pos++;
          while (!at_end (tok) && is_space (peek (tok, 0)))
            tok->pos++;
          quote = peek (tok, 0);
          has_value = TRUE;
          if (quote == '"' || quote == '\'')
            {
              const char *close;

              tok->pos++;
              value_start = tok->pos;
              close = memchr (tok->input + tok->pos, quote, tok->length - tok->pos);
              value_end = close ? (gsize) (close - tok->input) : tok->length;
              tok->pos = close ? value_end + 1 : tok->length;
            }
          else
            {
              value_start = tok->pos;
              while (!at_end (tok) && !is_space (peek (tok, 0)) && peek (tok, 0) != '>')
                tok->pos++;
              value_end = tok->pos;
            }
        }

      for (guint i = 0; attr_name[0] != '\0' && kept_attrs[i] != NULL; i++)
        {
          if (g_str_equal (attr_name, kept_attrs[i]) && _byline_html_token_attr (token, attr_name) == NULL)
            {
              GString *value = g_string_new (NULL);

              if (has_value)
                _byline_html_decode_append (value, tok->input + value_start, value_end - value_start);
              g_ptr_array_add (token->attrs, g_strdup (attr_name));
              g_ptr_array_add (token->attrs, g_string_free (value, FALSE));
              break;
            }
        }
    }
}

/**
 * _byline_html_tokenizer_next:
 *
 * Returns: (transfer none): the next token, valid until the next call;
 *   type %BYLINE_HTML_TOKEN_EOF at the end
 */
BylineHtmlToken *
_byline_html_tokenizer_next (BylineHtmlTokenizer *tok)
{
  BylineHtmlToken *token = &tok->token;

  for (;;)
    {
      char c1;

      token->type = BYLINE_HTML_TOKEN_EOF;
      token->text = NULL;
      token->text_len = 0;
      token->name[0] = '\0';
      token->self_closing = FALSE;
      g_ptr_array_set_size (token->attrs, 0);

      if (at_end (tok))
        return token;

      if (peek (tok, 0) != '<')
        {
          const char *lt = memchr (tok->input + tok->pos, '<', tok->length - tok->pos);
          gsize end = lt ? (gsize) (lt - tok->input) : tok->length;

          token->type = BYLINE_HTML_TOKEN_TEXT;
          token->text = tok->input + tok->pos;
          token->text_len = end - tok->pos;
          tok->pos = end;
          return token;
        }

      c1 = peek (tok, 1);
      if (c1 == '!' && peek (tok, 2) == '-' && peek (tok, 3) == '-')
        {
          gsize start = tok->pos + 4;

          tok->pos = start;
          skip_past (tok, "-->");
          token->type = BYLINE_HTML_TOKEN_COMMENT;
          token->text = tok->input + start;
          token->text_len = (tok->pos >= start + 3 && memcmp (tok->input + tok->pos - 3, "-->", 3) == 0)
                            ? tok->pos - 3 - start : tok->pos - start;
          return token;
        }
      if (c1 == '!' || c1 == '?' || (c1 == '/' && !g_ascii_isalpha (peek (tok, 2)) && peek (tok, 2) != '\0'))
        {
          tok->pos += 2;
          skip_past (tok, ">");
          continue;
        }
      if (c1 == '/' && g_ascii_isalpha (peek (tok, 2)))
        {
          tok->pos += 2;
          token->type = BYLINE_HTML_TOKEN_END;
          read_name (tok, token->name, sizeof token->name);
          skip_past (tok, ">");
          return token;
        }
      if (g_ascii_isalpha (c1))
        {
          tok->pos += 1;
          token->type = BYLINE_HTML_TOKEN_START;
          read_name (tok, token->name, sizeof token->name);
          read_attributes (tok);
          for (guint i = 0; skipped_elements[i] != NULL; i++)
            {
              if (g_str_equal (token->name, skipped_elements[i]))
                {
                  if (!token->self_closing)
                    skip_element_content (tok, token->name);
                  token->name[0] = '\0';   /* nothing of it reaches the importer */
                  break;
                }
            }
          return token;
        }

      /* A '<' that starts no tag is text */
      token->type = BYLINE_HTML_TOKEN_TEXT;
      token->text = tok->input + tok->pos;
      token->text_len = 1;
      tok->pos++;
      return token;
    }
}

const char *
_byline_html_token_attr (BylineHtmlToken *token,
                         const char      *name)
{
  for (guint i = 0; i + 1 < token->attrs->len; i += 2)
    {
      if (g_str_equal (g_ptr_array_index (token->attrs, i), name))
        return g_ptr_array_index (token->attrs, i + 1);
    }

  return NULL;
}

gboolean
_byline_html_token_has_class (BylineHtmlToken *token,
                              const char      *class_name)
{
  const char *classes = _byline_html_token_attr (token, "class");
  gsize len = strlen (class_name);

  for (const char *p = classes; p != NULL && *p != '\0'; )
    {
      const char *end = p;

      while (*end != '\0' && !is_space (*end))
        end++;
      if ((gsize) (end - p) == len && strncmp (p, class_name, len) == 0)
        return TRUE;
      while (*end != '\0' && is_space (*end))
        end++;
      p = end;
    }

  return FALSE;
}

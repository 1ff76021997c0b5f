/* byline-wp-scan.c: a page of wp/v2/comments read straight into comments
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib builds a tree of a whole answer (a hash table and a list for
 * every object, a node for every value) before Byline copies out of it
 * what it keeps; for a first sync of 10,000 comments that tree cost a
 * fifth of Byline's CPU, on cores the site needs too. This reads the
 * answer once, in place, into BylineCmsComment, giving each member the
 * meaning byline_wp_json_decode_comment() gives it (the same types taken,
 * the others taken as missing; the last of two members of one name).
 *
 * It reads plain JSON (RFC 8259) only, and only an array of objects that
 * each have an id. Anything else gives %NULL and the caller reads the
 * answer with json-glib, which decides: an error object, a comment
 * without an id, and whatever json-glib reads its own way (its octal
 * escapes, "\u0000", a lone surrogate, an integer past 64 bits, nesting
 * deeper than MAX_DEPTH). So an answer means the same either way, and a
 * broken one gets json-glib's words for what is wrong.
 */

#define G_LOG_DOMAIN "byline-wordpress"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "byline-wp-scan.h"

#define MAX_DEPTH 64

typedef struct
{
  const char *p;
  const char *end;
  GString    *buf;     /* the last string read, unescaped */
} Scan;

typedef enum {
  VALUE_OTHER,         /* an object, an array, true, false or null */
  VALUE_STRING,        /* in the scan's buf */
  VALUE_INT,
  VALUE_DOUBLE,
} ValueKind;

typedef struct
{
  ValueKind kind;
  gint64    i;
  double    d;
} Value;

static inline void
skip_space (Scan *s)
{
  while (s->p < s->end && (*s->p == ' ' || *s->p == '\n' || *s->p == '\r' || *s->p == '\t'))
    s->p++;
}

/* Skips blanks and then @c, if it is there */
static inline gboolean
take (Scan *s,
      char  c)
{
  skip_space (s);
  if (s->p < s->end && *s->p == c)
    {
      s->p++;
      return TRUE;
    }
  return FALSE;
}

static gboolean
hex4 (const char *p,
      const char *end,
      gunichar   *c)
{
  *c = 0;
  if (end - p < 4)
    return FALSE;
  for (guint i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return FALSE;
      *c = *c * 16 + (gunichar) digit;
    }
  return TRUE;
}

static gboolean
escape (Scan        *s,
        const char **at)
{
  const char *p = *at;
  gunichar c;

  switch (*p++)
    {
    case '"': c = '"'; break;
    case '\\': c = '\\'; break;
    case '/': c = '/'; break;
    case 'b': c = '\b'; break;
    case 'f': c = '\f'; break;
    case 'n': c = '\n'; break;
    case 'r': c = '\r'; break;
    case 't': c = '\t'; break;
    case 'u':
      if (!hex4 (p, s->end, &c))
        return FALSE;
      p += 4;
      if (c >= 0xD800 && c <= 0xDBFF)
        {
          gunichar low;

          /* (a pair: an emoji, as PHP's json_encode() writes it) */
          if (s->end - p < 6 || p[0] != '\\' || p[1] != 'u' || !hex4 (p + 2, s->end, &low) ||
              low < 0xDC00 || low > 0xDFFF)
            return FALSE;
          p += 6;
          c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
        }
      else if ((c >= 0xDC00 && c <= 0xDFFF) || c == 0)
        return FALSE;
      break;
    default:
      return FALSE;
    }
  g_string_append_unichar (s->buf, c);
  *at = p;
  return TRUE;
}

/* A string (at its opening quote) into the scan's buf */
static gboolean
scan_string (Scan *s)
{
  const char *p = s->p + 1;

  g_string_truncate (s->buf, 0);
  if (s->p >= s->end || *s->p != '"')
    return FALSE;
  for (;;)
    {
      const char *run = p;

      while (p < s->end && *p != '"' && *p != '\\' && (guchar) *p >= 0x20)
        p++;
      g_string_append_len (s->buf, run, p - run);
      if (p >= s->end || (guchar) *p < 0x20)
        return FALSE;
      if (*p == '"')
        break;
      p++;
      if (p >= s->end || !escape (s, &p))
        return FALSE;
    }
  s->p = p + 1;
  return TRUE;
}

static gboolean
scan_literal (Scan       *s,
              const char *word)
{
  gsize len = strlen (word);

  if ((gsize) (s->end - s->p) < len || memcmp (s->p, word, len) != 0)
    return FALSE;
  s->p += len;
  return TRUE;
}

static gboolean
digits (Scan *s)
{
  const char *start = s->p;

  while (s->p < s->end && g_ascii_isdigit (*s->p))
    s->p++;
  return s->p > start;
}

/* -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
static gboolean
scan_number (Scan  *s,
             Value *value)
{
  const char *start = s->p;
  gboolean integer = TRUE;
  char text[64];

  if (s->p < s->end && *s->p == '-')
    s->p++;
  if (s->p < s->end && *s->p == '0')
    s->p++;
  else if (!digits (s))
    return FALSE;
  if (s->p < s->end && *s->p == '.')
    {
      s->p++;
      integer = FALSE;
      if (!digits (s))
        return FALSE;
    }
  if (s->p < s->end && (*s->p == 'e' || *s->p == 'E'))
    {
      s->p++;
      integer = FALSE;
      if (s->p < s->end && (*s->p == '+' || *s->p == '-'))
        s->p++;
      if (!digits (s))
        return FALSE;
    }
  if ((gsize) (s->p - start) >= sizeof text)
    return FALSE;
  memcpy (text, start, s->p - start);
  text[s->p - start] = '\0';
  errno = 0;
  if (integer)
    {
      value->kind = VALUE_INT;
      value->i = g_ascii_strtoll (text, NULL, 10);
    }
  else
    {
      value->kind = VALUE_DOUBLE;
      value->d = g_ascii_strtod (text, NULL);
    }
  return errno == 0;
}

static gboolean scan_value (Scan *s, Value *value, guint depth);

/* An object or an array, at its bracket, passed over */
static gboolean
skip_container (Scan  *s,
                guint  depth)
{
  gboolean object = *s->p == '{';
  char close = object ? '}' : ']';
  Value ignored;

  if (depth >= MAX_DEPTH)
    return FALSE;
  s->p++;
  if (take (s, close))
    return TRUE;
  do
    {
      skip_space (s);
      if (object && (!scan_string (s) || !take (s, ':')))
        return FALSE;
      if (!scan_value (s, &ignored, depth + 1))
        return FALSE;
    }
  while (take (s, ','));
  return take (s, close);
}

static gboolean
scan_value (Scan  *s,
            Value *value,
            guint  depth)
{
  value->kind = VALUE_OTHER;
  skip_space (s);
  if (s->p >= s->end)
    return FALSE;
  switch (*s->p)
    {
    case '"':
      value->kind = VALUE_STRING;
      return scan_string (s);
    case '{':
    case '[':
      return skip_container (s, depth);
    case 't':
      return scan_literal (s, "true");
    case 'f':
      return scan_literal (s, "false");
    case 'n':
      return scan_literal (s, "null");
    default:
      return scan_number (s, value);
    }
}

/* As node_get_int() in byline-wp-json.c */
static gboolean
value_int (Scan        *s,
           const Value *value,
           gint64      *out)
{
  guint64 u;

  switch (value->kind)
    {
    case VALUE_INT:
      *out = value->i;
      return TRUE;
    case VALUE_DOUBLE:
      if (!isfinite (value->d) || value->d != floor (value->d) || fabs (value->d) > 9007199254740992.0)
        return FALSE;
      *out = (gint64) value->d;
      return TRUE;
    case VALUE_STRING:
      if (!g_ascii_string_to_unsigned (s->buf->str, 10, 0, G_MAXINT64, &u, NULL))
        return FALSE;
      *out = (gint64) u;
      return TRUE;
    case VALUE_OTHER:
    default:
      return FALSE;
    }
}

static void
set_string (char        **field,
            Scan         *s,
            const Value  *value)
{
  g_free (*field);
  *field = value->kind == VALUE_STRING ? g_strndup (s->buf->str, s->buf->len) : NULL;
}

/* "content": {"raw": …, "rendered": …}, or a string (rendered) */
static gboolean
scan_content (Scan             *s,
              BylineCmsComment *comment,
              guint             depth)
{
  Value value;

  g_clear_pointer (&comment->content, g_free);
  g_clear_pointer (&comment->content_rendered, g_free);
  skip_space (s);
  if (s->p >= s->end || *s->p != '{')
    {
      if (!scan_value (s, &value, depth))
        return FALSE;
      set_string (&comment->content_rendered, s, &value);
      return TRUE;
    }
  s->p++;
  if (take (s, '}'))
    return TRUE;
  do
    {
      char **field = NULL;

      skip_space (s);
      if (!scan_string (s) || !take (s, ':'))
        return FALSE;
      if (strcmp (s->buf->str, "raw") == 0)
        field = &comment->content;
      else if (strcmp (s->buf->str, "rendered") == 0)
        field = &comment->content_rendered;
      if (!scan_value (s, &value, depth + 1))
        return FALSE;
      if (field != NULL)
        set_string (field, s, &value);
    }
  while (take (s, ','));
  return take (s, '}');
}

/* One comment, at its brace; %NULL for anything the caller leaves to
 * json-glib */
static BylineCmsComment *
scan_comment (Scan      *s,
              GTimeZone *utc)
{
  g_autoptr(BylineCmsComment) comment = byline_cms_comment_new ();
  gint64 *ints[] = { &comment->id, &comment->post, &comment->parent, &comment->author };
  static const char * const int_names[] = { "id", "post", "parent", "author" };
  char **strings[] = { &comment->author_name, &comment->author_email, &comment->author_url,
                       &comment->author_ip, &comment->author_user_agent, &comment->link, &comment->type };
  static const char * const string_names[] = { "author_name", "author_email", "author_url", "author_ip",
                                               "author_user_agent", "link", "type" };

  s->p++;
  comment->status = byline_cms_comment_status_from_string (NULL);
  if (take (s, '}'))
    return NULL;   /* no id */
  do
    {
      g_autofree char *name = NULL;
      Value value;
      guint i;

      skip_space (s);
      if (!scan_string (s) || !take (s, ':'))
        return NULL;
      if (strcmp (s->buf->str, "content") == 0)
        {
          if (!scan_content (s, comment, 1))
            return NULL;
          continue;
        }
      name = g_strndup (s->buf->str, s->buf->len);
      if (!scan_value (s, &value, 1))
        return NULL;
      for (i = 0; i < G_N_ELEMENTS (int_names); i++)
        if (strcmp (name, int_names[i]) == 0 && !value_int (s, &value, ints[i]))
          *ints[i] = 0;
      for (i = 0; i < G_N_ELEMENTS (string_names); i++)
        if (strcmp (name, string_names[i]) == 0)
          set_string (strings[i], s, &value);
      if (strcmp (name, "status") == 0)
        comment->status = byline_cms_comment_status_from_string (value.kind == VALUE_STRING ? s->buf->str : NULL);
      else if (strcmp (name, "date_gmt") == 0)
        {
          g_clear_pointer (&comment->date_gmt, g_date_time_unref);
          if (value.kind == VALUE_STRING && s->buf->len > 0 && s->buf->len <= 64)
            comment->date_gmt = g_date_time_new_from_iso8601 (s->buf->str, utc);
        }
    }
  while (take (s, ','));
  if (!take (s, '}') || comment->id <= 0)
    return NULL;
  return g_steal_pointer (&comment);
}

/**
 * byline_wp_scan_comments:
 * @data: a wp/v2/comments answer, valid UTF-8
 *
 * Reads @data as byline_wp_json_decode_list() with
 * byline_wp_json_decode_comment() reads its json-glib tree (see the top
 * of this file).
 *
 * Returns: (transfer full) (nullable) (element-type BylineCmsComment):
 *   the comments, or %NULL when @data is to be read with json-glib
 */
GPtrArray *
byline_wp_scan_comments (const char *data,
                         gsize       len)
{
  g_autoptr(GPtrArray) comments = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_cms_comment_free);
  g_autoptr(GString) buf = g_string_sized_new (1024);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  Scan s = { data, data + len, buf };

  if (!take (&s, '['))
    return NULL;
  if (!take (&s, ']'))
    {
      do
        {
          BylineCmsComment *comment;

          if (!take (&s, '{'))
            return NULL;
          s.p--;
          if (!(comment = scan_comment (&s, utc)))
            return NULL;
          g_ptr_array_add (comments, comment);
        }
      while (take (&s, ','));
      if (!take (&s, ']'))
        return NULL;
    }
  skip_space (&s);
  return s.p == s.end ? g_steal_pointer (&comments) : NULL;
}

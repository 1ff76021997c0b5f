/* byline-markdown.c: Markdown to safe, clean HTML
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * md4c parses; the renderer here is our own, so that nothing the author
 * types reaches the HTML unescaped:
 *
 * - raw HTML in the Markdown is text (md4c runs with MD_FLAG_NOHTML, and
 *   any HTML text that still arrives is escaped);
 * - link and image URLs go through _byline_url_sanitize(): links may be
 *   http, https, mailto or relative; images http, https, file,
 *   byline-image or relative. An unsafe link renders as its text alone, an
 *   unsafe image as nothing;
 * - headings: `#` and `##` both become `<h2>` (the headline is the page's
 *   only `<h1>`; a story body starts at subheadings), `###` → `<h3>` … `<h6>`;
 * - invalid UTF-8 and NUL bytes become U+FFFD before parsing.
 *
 * Every block element starts on its own line, so the output diffs well.
 */

#define G_LOG_DOMAIN "byline-markdown"

#include "config.h"

#include <string.h>
#include <md4c.h>
#include <glib/gi18n.h>

#include "byline-markdown.h"
#include "byline-text-private.h"

G_DEFINE_QUARK (byline-markdown-error-quark, byline_markdown_error)

typedef struct
{
  GString              *out;
  BylineMarkdownFlags   flags;
  BylineUrlRewriteFunc  image_func;
  gpointer              user_data;

  /* Inside an image, text goes into the alt attribute */
  guint                 image_depth;
  GString              *alt;
  char                 *img_src;
  char                 *img_title;

  /* One entry per open link: whether an <a> was written for it */
  GArray               *links;

  /* Whether the current paragraph is one image and nothing else */
  gboolean              in_para;
  gsize                 para_start;
  guint                 para_images;
  gboolean              para_other;
  gsize                 img_start;
  gsize                 img_end;
  char                 *caption;
} Renderer;

static char *
attribute_to_string (const MD_ATTRIBUTE *attr)
{
  GString *s = g_string_new (NULL);

  if (attr == NULL || attr->text == NULL)
    return g_string_free (s, FALSE);

  for (guint i = 0; attr->substr_offsets[i] < attr->size; i++)
    {
      const char *text = attr->text + attr->substr_offsets[i];
      gsize len = attr->substr_offsets[i + 1] - attr->substr_offsets[i];
      gsize consumed;

      switch (attr->substr_types[i])
        {
        case MD_TEXT_ENTITY:
          if (!_byline_html_decode_entity (text, len, &consumed, s))
            g_string_append_len (s, text, len);
          break;

        case MD_TEXT_NULLCHAR:
          g_string_append (s, "\357\277\275");
          break;

        default:
          g_string_append_len (s, text, len);
          break;
        }
    }

  return g_string_free (s, FALSE);
}

static GString *
target (Renderer *r)
{
  return r->image_depth > 0 ? r->alt : r->out;
}

static void
open_image (Renderer                  *r,
            const MD_SPAN_IMG_DETAIL  *detail)
{
  g_autofree char *src = attribute_to_string (&detail->src);

  r->image_depth++;
  if (r->image_depth > 1)
    return;

  g_string_truncate (r->alt, 0);
  g_clear_pointer (&r->img_title, g_free);
  g_clear_pointer (&r->img_src, g_free);
  r->img_title = attribute_to_string (&detail->title);
  r->img_src = _byline_url_sanitize (src, BYLINE_URL_IMAGE);
  if (r->img_src != NULL && r->image_func != NULL)
    {
      g_autofree char *mapped = r->image_func (r->img_src, r->user_data);

      if (mapped != NULL)
        {
          g_free (r->img_src);
          r->img_src = _byline_url_sanitize (mapped, BYLINE_URL_IMAGE);
        }
    }
}

static void
close_image (Renderer *r)
{
  if (r->image_depth == 0 || --r->image_depth > 0)
    return;

  if (r->flags & BYLINE_MARKDOWN_NO_IMAGES || r->img_src == NULL)
    {
      /* The alt text stands in for the image */
      _byline_html_escape_append (r->out, r->alt->str, r->alt->len);
      if (r->alt->len > 0)
        r->para_other = TRUE;
      return;
    }

  r->img_start = r->out->len;
  g_string_append (r->out, "<img src=\"");
  _byline_html_escape_append (r->out, r->img_src, -1);
  g_string_append (r->out, "\" alt=\"");
  _byline_html_escape_append (r->out, r->alt->str, r->alt->len);
  g_string_append_c (r->out, '"');
  if (r->img_title[0] != '\0')
    {
      g_string_append (r->out, " title=\"");
      _byline_html_escape_append (r->out, r->img_title, -1);
      g_string_append_c (r->out, '"');
    }
  g_string_append_c (r->out, '>');
  r->img_end = r->out->len;

  r->para_images++;
  g_free (r->caption);
  r->caption = g_strdup (r->img_title);
}

/* The HTML around each block; MD_BLOCK_OL, MD_BLOCK_H and MD_BLOCK_P have
 * details and are written by the callbacks themselves */
static const struct {
  const char *open;
  const char *close;
} block_html[] = {
  [MD_BLOCK_DOC] = { "", "" },
  [MD_BLOCK_QUOTE] = { "<blockquote>\n", "</blockquote>\n" },
  [MD_BLOCK_UL] = { "<ul>\n", "</ul>\n" },
  [MD_BLOCK_OL] = { "<ol>\n", "</ol>\n" },
  [MD_BLOCK_LI] = { "<li>", "</li>\n" },
  [MD_BLOCK_HR] = { "<hr>\n", "" },
  [MD_BLOCK_H] = { "", "" },
  [MD_BLOCK_CODE] = { "<pre><code>", "</code></pre>\n" },
  /* Cannot happen with MD_FLAG_NOHTML; its text would be escaped anyway */
  [MD_BLOCK_HTML] = { "<p>", "</p>\n" },
  [MD_BLOCK_P] = { "<p>", "</p>\n" },
  [MD_BLOCK_TABLE] = { "<table>\n", "</table>\n" },
  [MD_BLOCK_THEAD] = { "<thead>\n", "</thead>\n" },
  [MD_BLOCK_TBODY] = { "<tbody>\n", "</tbody>\n" },
  [MD_BLOCK_TR] = { "<tr>", "</tr>\n" },
  [MD_BLOCK_TH] = { "<th>", "</th>" },
  [MD_BLOCK_TD] = { "<td>", "</td>" },
};

static int
enter_block_cb (MD_BLOCKTYPE  type,
                void         *detail,
                void         *user_data)
{
  Renderer *r = user_data;
  GString *out = r->out;

  if (type >= G_N_ELEMENTS (block_html))
    return 0;

  if (type == MD_BLOCK_OL && ((MD_BLOCK_OL_DETAIL *) detail)->start != 1)
    g_string_append_printf (out, "<ol start=\"%u\">\n", ((MD_BLOCK_OL_DETAIL *) detail)->start);
  else if (type == MD_BLOCK_H)
    g_string_append_printf (out, "<h%u>", CLAMP (((MD_BLOCK_H_DETAIL *) detail)->level, 2, 6));
  else
    {
      if (type == MD_BLOCK_P)
        {
          r->in_para = TRUE;
          r->para_start = out->len;
          r->para_images = 0;
          r->para_other = FALSE;
        }
      g_string_append (out, block_html[type].open);
    }

  return 0;
}

static int
leave_block_cb (MD_BLOCKTYPE  type,
                void         *detail,
                void         *user_data)
{
  Renderer *r = user_data;
  GString *out = r->out;

  if (type >= G_N_ELEMENTS (block_html))
    return 0;

  if (type == MD_BLOCK_H)
    g_string_append_printf (out, "</h%u>\n", CLAMP (((MD_BLOCK_H_DETAIL *) detail)->level, 2, 6));
  else if (type == MD_BLOCK_P && (r->flags & BYLINE_MARKDOWN_FIGURES) && r->para_images == 1 &&
           !r->para_other && r->caption != NULL && r->caption[0] != '\0' && r->img_end <= out->len)
    {
      g_autofree char *img = g_strndup (out->str + r->img_start, r->img_end - r->img_start);

      g_string_truncate (out, r->para_start);
      g_string_append (out, "<figure>");
      g_string_append (out, img);
      g_string_append (out, "<figcaption>");
      _byline_html_escape_append (out, r->caption, -1);
      g_string_append (out, "</figcaption></figure>\n");
    }
  else
    g_string_append (out, block_html[type].close);

  if (type == MD_BLOCK_P)
    r->in_para = FALSE;

  return 0;
}

static int
enter_span_cb (MD_SPANTYPE  type,
               void        *detail,
               void        *user_data)
{
  Renderer *r = user_data;
  gboolean written = FALSE;

  if (type == MD_SPAN_IMG)
    {
      open_image (r, detail);
      return 0;
    }

  if (r->image_depth == 0)
    r->para_other = TRUE;

  switch (type)
    {
    case MD_SPAN_EM:
      g_string_append (target (r), r->image_depth ? "" : "<em>");
      break;
    case MD_SPAN_STRONG:
      g_string_append (target (r), r->image_depth ? "" : "<strong>");
      break;
    case MD_SPAN_CODE:
      g_string_append (target (r), r->image_depth ? "" : "<code>");
      break;
    case MD_SPAN_DEL:
      g_string_append (target (r), r->image_depth ? "" : "<del>");
      break;
    case MD_SPAN_A:
      if (r->image_depth == 0)
        {
          const MD_SPAN_A_DETAIL *a = detail;
          g_autofree char *href = attribute_to_string (&a->href);
          g_autofree char *title = attribute_to_string (&a->title);
          g_autofree char *safe = _byline_url_sanitize (href, BYLINE_URL_LINK);

          if (safe != NULL)
            {
              g_string_append (r->out, "<a href=\"");
              _byline_html_escape_append (r->out, safe, -1);
              g_string_append_c (r->out, '"');
              if (title[0] != '\0')
                {
                  g_string_append (r->out, " title=\"");
                  _byline_html_escape_append (r->out, title, -1);
                  g_string_append_c (r->out, '"');
                }
              g_string_append_c (r->out, '>');
              written = TRUE;
            }
        }
      g_array_append_val (r->links, written);
      break;
    default:
      break;
    }

  return 0;
}

static int
leave_span_cb (MD_SPANTYPE  type,
               void        *detail,
               void        *user_data)
{
  Renderer *r = user_data;

  if (type == MD_SPAN_IMG)
    {
      close_image (r);
      return 0;
    }
  if (r->image_depth > 0 && type != MD_SPAN_A)
    return 0;

  switch (type)
    {
    case MD_SPAN_EM:
      g_string_append (r->out, "</em>");
      break;
    case MD_SPAN_STRONG:
      g_string_append (r->out, "</strong>");
      break;
    case MD_SPAN_CODE:
      g_string_append (r->out, "</code>");
      break;
    case MD_SPAN_DEL:
      g_string_append (r->out, "</del>");
      break;
    case MD_SPAN_A:
      if (r->links->len > 0)
        {
          gboolean written = g_array_index (r->links, gboolean, r->links->len - 1);

          g_array_set_size (r->links, r->links->len - 1);
          if (written)
            g_string_append (r->out, "</a>");
        }
      break;
    default:
      break;
    }

  return 0;
}

static int
text_cb (MD_TEXTTYPE    type,
         const MD_CHAR *text,
         MD_SIZE        size,
         void          *user_data)
{
  Renderer *r = user_data;
  GString *out = target (r);
  gsize consumed;

  if (r->in_para && r->image_depth == 0 && !r->para_other)
    {
      for (MD_SIZE i = 0; i < size; i++)
        {
          if (!g_ascii_isspace (text[i]))
            {
              r->para_other = TRUE;
              break;
            }
        }
    }

  switch (type)
    {
    case MD_TEXT_NULLCHAR:
      g_string_append (out, "\357\277\275");
      break;
    case MD_TEXT_BR:
      g_string_append (out, r->image_depth ? " " : "<br>\n");
      break;
    case MD_TEXT_SOFTBR:
      g_string_append (out, r->image_depth ? " " : "\n");
      break;
    case MD_TEXT_ENTITY:
      {
        GString *decoded = g_string_new (NULL);

        if (!_byline_html_decode_entity (text, size, &consumed, decoded))
          g_string_append_len (decoded, text, size);
        _byline_html_escape_append (out, decoded->str, decoded->len);
        g_string_free (decoded, TRUE);
      }
      break;
    default:
      /* Normal, code, and raw HTML alike: always text */
      _byline_html_escape_append (out, text, size);
      break;
    }

  return 0;
}

/**
 * byline_markdown_to_html:
 * @markdown: the Markdown text (any bytes: invalid UTF-8 and NUL become U+FFFD)
 * @length: length of @markdown in bytes, or -1 when NUL-terminated
 * @flags: rendering options
 * @image_func: (nullable) (scope call): maps image URLs, e.g. local paths
 *   to uploaded media URLs
 * @user_data: data for @image_func
 *
 * Renders Markdown as an HTML fragment that is safe to show and publish:
 * no raw HTML, no scripts, no unsafe URLs (see the top of this file).
 *
 * Returns: (transfer full): the HTML, or %NULL with @error set
 */
char *
byline_markdown_to_html (const char            *markdown,
                         gssize                 length,
                         BylineMarkdownFlags    flags,
                         BylineUrlRewriteFunc   image_func,
                         gpointer               user_data,
                         GError               **error)
{
  g_autofree char *valid = NULL;
  Renderer r = { 0 };
  MD_PARSER parser = {
    .abi_version = 0,
    .flags = MD_FLAG_NOHTML | MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS,
    .enter_block = enter_block_cb,
    .leave_block = leave_block_cb,
    .enter_span = enter_span_cb,
    .leave_span = leave_span_cb,
    .text = text_cb,
  };
  gsize valid_len;
  int ret;

  g_return_val_if_fail (markdown != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  valid = _byline_text_make_valid (markdown, length);
  valid_len = strlen (valid);
  if (valid_len >= G_MAXUINT32 / 2)
    {
      g_set_error_literal (error, BYLINE_MARKDOWN_ERROR, BYLINE_MARKDOWN_ERROR_TOO_LARGE,
                           _("The text is too long to convert"));
      return NULL;
    }

  r.out = g_string_sized_new (valid_len + valid_len / 4 + 16);
  r.flags = flags;
  r.image_func = image_func;
  r.user_data = user_data;
  r.alt = g_string_new (NULL);
  r.links = g_array_new (FALSE, FALSE, sizeof (gboolean));

  ret = md_parse (valid, (MD_SIZE) valid_len, &parser, &r);

  g_string_free (r.alt, TRUE);
  g_array_unref (r.links);
  g_free (r.img_src);
  g_free (r.img_title);
  g_free (r.caption);

  if (ret != 0)
    {
      g_string_free (r.out, TRUE);
      g_set_error_literal (error, BYLINE_MARKDOWN_ERROR, BYLINE_MARKDOWN_ERROR_FAILED,
                           _("The Markdown text could not be converted"));
      return NULL;
    }

  return g_string_free (r.out, FALSE);
}

static gboolean
looks_like_entity (const char *p,
                   const char *end)
{
  const char *q = p + 1;

  if (q < end && *q == '#')
    q++;
  while (q < end && q - p < 40 && g_ascii_isalnum (*q))
    q++;
  return q < end && *q == ';' && q > p + 1;
}

/* Appends @text escaped as Markdown; @line_start: whether @text starts a line */
void
_byline_markdown_escape_append (GString    *out,
                                const char *text,
                                gsize       length,
                                gboolean    line_start)
{
  const char *end = text + length;

  for (const char *p = text; p < end; p++)
    {
      char c = *p;

      if (line_start && (c == ' ' || c == '\t'))
        {
          g_string_append_c (out, c);
          continue;
        }

      if (line_start)
        {
          line_start = FALSE;
          if (c == '#' || c == '>' || c == '=' || c == '|' ||
              ((c == '-' || c == '+') && (p + 1 == end || p[1] == ' ' || p[1] == '\t' || p[1] == c)))
            {
              g_string_append_c (out, '\\');
              g_string_append_c (out, c);
              continue;
            }
          if (g_ascii_isdigit (c))
            {
              const char *q = p;

              while (q < end && g_ascii_isdigit (*q) && q - p < 10)
                q++;
              if (q < end && (*q == '.' || *q == ')') && (q + 1 == end || q[1] == ' ' || q[1] == '\t'))
                {
                  g_string_append_len (out, p, q - p);
                  g_string_append_c (out, '\\');
                  g_string_append_c (out, *q);
                  p = q;
                  continue;
                }
            }
        }

      switch (c)
        {
        case '\\': case '*': case '_': case '`': case '[': case ']': case '<': case '~':
          g_string_append_c (out, '\\');
          g_string_append_c (out, c);
          break;
        case '&':
          if (looks_like_entity (p, end))
            g_string_append_c (out, '\\');
          g_string_append_c (out, c);
          break;
        case '\n':
          g_string_append_c (out, c);
          line_start = TRUE;
          break;
        default:
          g_string_append_c (out, c);
          break;
        }
    }
}

/**
 * byline_markdown_escape:
 * @text: plain text
 * @length: bytes, or -1 when NUL-terminated
 *
 * Escapes @text so that, as Markdown, it reads back as exactly that text:
 * inline markers (`*`, `_`, `` ` ``, `[`, `]`, `<`, `~`, `\`, entity-like
 * `&`) everywhere, and block markers (`#`, `>`, list bullets, `1.`) at the
 * start of a line. Line breaks are kept.
 *
 * Returns: (transfer full): the escaped text
 */
char *
byline_markdown_escape (const char *text,
                        gssize      length)
{
  GString *out;

  if (text == NULL)
    return g_strdup ("");
  if (length < 0)
    length = strlen (text);

  out = g_string_sized_new (length + 8);
  _byline_markdown_escape_append (out, text, length, TRUE);
  return g_string_free (out, FALSE);
}

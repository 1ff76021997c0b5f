/* byline-html-convert-figures.c: images and figures in the HTML → Markdown converter
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An image is `![alt](src "title")`; a <figure>'s <figcaption> is the title
 * of its only image. A figure inside a figure (a gallery's images) is a
 * figure of its own, in document order; a caption of several images, or of
 * none, is a paragraph of its own.
 */

#define G_LOG_DOMAIN "byline-html"

#include "config.h"

#include <string.h>

#include "byline-html-convert-private.h"
#include "byline-text-private.h"

void
_byline_html_url_append (GString    *out,
                         const char *url)
{
  for (const char *p = url; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '(' || *p == ')' || *p == '<' || *p == '>')
        g_string_append_printf (out, "%%%02X", (guchar) *p);
      else
        g_string_append_c (out, *p);
    }
}

static void
title_append (GString    *out,
              const char *title)
{
  if (title == NULL || title[0] == '\0')
    return;
  g_string_append (out, " \"");
  for (const char *p = title; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p == '\n' ? ' ' : *p);
    }
  g_string_append_c (out, '"');
}

/* A relative src names a file: a path or a name with an extension
 * ("uploads/q.jpg", "/media/7", "q.png"); `<img src=x onerror=…>` is no
 * image, and would be a broken one */
gboolean
_byline_html_image_src_plausible (const char *src)
{
  const char *p = src;

  while (g_ascii_isalnum (*p) || *p == '+' || *p == '-' || *p == '.')
    p++;
  if (*p == ':' && p > src && g_ascii_isalpha (src[0]))
    return TRUE;   /* a scheme, which the sanitizer allowed */
  return strcspn (src, "/.") < strcspn (src, "?#");   /* in the path, not the query */
}

void
_byline_html_image_append (GString    *out,
                           const char *src,
                           const char *alt,
                           const char *title)
{
  g_autoptr(GString) flat = g_string_new (NULL);

  _byline_html_append_collapsed (flat, alt ? alt : "", alt ? strlen (alt) : 0, TRUE);
  g_string_append (out, "![");
  _byline_markdown_escape_append (out, flat->str, flat->len, FALSE);
  g_string_append (out, "](");
  _byline_html_url_append (out, src);
  title_append (out, title);
  g_string_append_c (out, ')');
}

static void
reset_figure (Conv *c)
{
  g_clear_pointer (&c->fig_src, g_free);
  g_clear_pointer (&c->fig_alt, g_free);
  g_clear_pointer (&c->fig_title, g_free);
  g_string_truncate (c->caption, 0);
  c->fig_multi = FALSE;
  c->in_figcaption = FALSE;
}

/* Writes the figure's pending image, with the caption when it is the
 * figure's only image; a caption of several images (a gallery's) or of
 * none is a paragraph of its own */
static void
emit_figure (Conv     *c,
             gboolean  with_caption)
{
  g_autofree char *caption = g_strstrip (g_strdup (c->caption->str));
  gboolean own = with_caption && !c->fig_multi;

  c->in_figcaption = FALSE;
  if (c->fig_src != NULL)
    {
      g_autoptr(GString) img = g_string_new (NULL);

      if (c->text_only)
        g_string_append (img, c->fig_alt ? c->fig_alt : "");
      else
        _byline_html_image_append (img, c->fig_src, c->fig_alt, own && caption[0] ? caption : c->fig_title);
      if (img->len > 0)
        _byline_html_conv_emit_block (c, img->str, FALSE);
      g_clear_pointer (&c->fig_src, g_free);
      g_clear_pointer (&c->fig_alt, g_free);
      g_clear_pointer (&c->fig_title, g_free);
    }
  else
    own = FALSE;
  if (with_caption && !own && caption[0] != '\0')
    {
      _byline_html_conv_append_text (c, caption, strlen (caption));
      _byline_html_conv_flush (c);
    }
}

void
_byline_html_figure_start (Conv *c)
{
  _byline_html_conv_flush (c);
  /* A figure inside a figure (a gallery's images) is a figure of its own */
  if (c->figure_depth > 0)
    emit_figure (c, TRUE);
  reset_figure (c);
  if (c->figure_depth < G_MAXUINT)
    c->figure_depth++;
}

void
_byline_html_figure_end (Conv *c)
{
  _byline_html_conv_flush (c);
  c->in_figcaption = FALSE;
  if (c->figure_depth == 0)
    return;
  c->figure_depth--;
  emit_figure (c, TRUE);
  reset_figure (c);
}

/* A second image in one figure: the first is written without the caption */
void
_byline_html_figure_image (Conv       *c,
                           char       *src,
                           const char *alt,
                           const char *title)
{
  if (c->fig_src != NULL)
    {
      _byline_html_conv_flush (c);
      emit_figure (c, FALSE);
      c->fig_multi = TRUE;
    }
  c->fig_src = src;
  c->fig_alt = g_strdup (alt);
  c->fig_title = g_strdup (title);
}

/* fuzz-wp-json.c: libFuzzer entry point for the WordPress JSON decoders
 *
 * The first byte picks the decoder (post, comment, term, user, media,
 * site, error, or a list of each), the rest is parsed as JSON the way the
 * client parses a response body and handed to it. Decoders must accept any
 * shape without crashing, and whatever they return must be valid UTF-8.
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>

#include "byline-core.h"
#include "byline-wp-json.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
check_utf8 (const char *s)
{
  if (s != NULL && !g_utf8_validate (s, -1, NULL))
    __builtin_trap ();
}

static void
check_post (BylineCmsPost *post)
{
  check_utf8 (post->title);
  check_utf8 (post->content);
  check_utf8 (post->slug);
  check_utf8 (post->meta_uuid);
  if (post->id <= 0)
    __builtin_trap ();
}

static void
check_comment (BylineCmsComment *comment)
{
  check_utf8 (comment->author_name);
  check_utf8 (comment->author_url);
  check_utf8 (comment->content);
  if (comment->id <= 0)
    __builtin_trap ();
}

static void
decode_one (guint     which,
            JsonNode *node)
{
  g_autoptr(GError) error = NULL;

  switch (which)
    {
    case 0:
      {
        g_autoptr(BylineCmsPost) post = byline_wp_json_decode_post (node, &error);
        if (post != NULL)
          check_post (post);
      }
      break;
    case 1:
      {
        g_autoptr(BylineCmsComment) comment = byline_wp_json_decode_comment (node, &error);
        if (comment != NULL)
          check_comment (comment);
      }
      break;
    case 2:
      {
        g_autoptr(BylineCmsTerm) term = byline_wp_json_decode_term (node, &error);
        if (term != NULL)
          check_utf8 (term->name);
      }
      break;
    case 3:
      {
        g_autoptr(BylineCmsUser) user = byline_wp_json_decode_user (node, &error);
        if (user != NULL && (user->roles == NULL || user->capabilities == NULL))
          __builtin_trap ();
      }
      break;
    case 4:
      {
        g_autoptr(BylineCmsMedia) media = byline_wp_json_decode_media (node, &error);
        if (media != NULL)
          check_utf8 (media->source_url);
      }
      break;
    case 5:
      {
        g_autoptr(BylineCmsSite) site = byline_wp_json_decode_site (node, &error);
        if (site != NULL)
          check_utf8 (site->time_zone);
      }
      break;
    default:
      {
        g_autofree char *code = NULL;
        g_autofree char *message = NULL;
        guint status = 0;

        if (byline_wp_json_decode_error (node, &code, &message, &status))
          {
            check_utf8 (code);
            check_utf8 (message);
          }
        byline_wp_json_schema_has_meta (node, "byline_uuid");
      }
      break;
    }
  /* A decoder that fails says why. */
  if (error != NULL && error->message == NULL)
    __builtin_trap ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonNode *root;
  guint which;

  if (size < 1)
    return 0;
  which = data[0] % 14;
  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, (const char *) data + 1, size - 1, NULL))
    return 0;
  root = json_parser_get_root (parser);
  if (root == NULL)
    return 0;

  if (which < 7)
    {
      decode_one (which, root);
    }
  else
    {
      static const BylineWpDecodeFunc funcs[] = {
        (BylineWpDecodeFunc) byline_wp_json_decode_post,
        (BylineWpDecodeFunc) byline_wp_json_decode_comment,
        (BylineWpDecodeFunc) byline_wp_json_decode_term,
        (BylineWpDecodeFunc) byline_wp_json_decode_user,
        (BylineWpDecodeFunc) byline_wp_json_decode_media,
        (BylineWpDecodeFunc) byline_wp_json_decode_site,
      };
      static const GDestroyNotify frees[] = {
        (GDestroyNotify) byline_cms_post_free,
        (GDestroyNotify) byline_cms_comment_free,
        (GDestroyNotify) byline_cms_term_free,
        (GDestroyNotify) byline_cms_user_free,
        (GDestroyNotify) byline_cms_media_free,
        (GDestroyNotify) byline_cms_site_free,
      };
      guint k = (which - 7) % G_N_ELEMENTS (funcs);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) list = byline_wp_json_decode_list (root, funcs[k], frees[k], &error);

      if (list == NULL && error == NULL)
        __builtin_trap ();
      if (list != NULL && k == 1)
        for (guint i = 0; i < list->len; i++)
          check_comment (g_ptr_array_index (list, i));
    }
  return 0;
}

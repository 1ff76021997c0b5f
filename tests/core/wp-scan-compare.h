/* wp-scan-compare.h: whether byline_wp_scan_comments() read a page as
 * json-glib and byline_wp_json_decode_comment() read it, shared by
 * test-wp-scan and fuzz-wp-scan
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "byline-wp-json.h"
#include "byline-wp-scan.h"

static gboolean
wp_scan_same_comment (const BylineCmsComment *a,
                      const BylineCmsComment *b)
{
  return a->id == b->id && a->post == b->post && a->parent == b->parent && a->author == b->author &&
         g_strcmp0 (a->author_name, b->author_name) == 0 && g_strcmp0 (a->author_email, b->author_email) == 0 &&
         g_strcmp0 (a->author_url, b->author_url) == 0 && g_strcmp0 (a->author_ip, b->author_ip) == 0 &&
         g_strcmp0 (a->author_user_agent, b->author_user_agent) == 0 &&
         ((a->date_gmt == NULL && b->date_gmt == NULL) ||
          (a->date_gmt != NULL && b->date_gmt != NULL && g_date_time_equal (a->date_gmt, b->date_gmt))) &&
         a->status == b->status && g_strcmp0 (a->content, b->content) == 0 &&
         g_strcmp0 (a->content_rendered, b->content_rendered) == 0 && g_strcmp0 (a->link, b->link) == 0 &&
         g_strcmp0 (a->type, b->type) == 0;
}

/* The comments json-glib reads in @data, as the client reads a page
 * (invalid UTF-8 refused first); %NULL when it refuses @data. */
static G_GNUC_UNUSED GPtrArray *
wp_scan_json_glib (const char *data,
                   gsize       len)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();

  if (len == 0 || !g_utf8_validate (data, len, NULL) || !json_parser_load_from_data (parser, data, len, NULL))
    return NULL;
  return byline_wp_json_decode_list (json_parser_get_root (parser),
                                     (BylineWpDecodeFunc) byline_wp_json_decode_comment,
                                     (GDestroyNotify) byline_cms_comment_free, NULL);
}

/* FALSE when byline_wp_scan_comments() read @data and json-glib reads it
 * otherwise (or not at all). Sets *@scanned to whether it read it. */
static G_GNUC_UNUSED gboolean
wp_scan_agrees (const char *data,
                gsize       len,
                gboolean   *scanned)
{
  g_autoptr(GPtrArray) fast = g_utf8_validate (data, len, NULL) ? byline_wp_scan_comments (data, len) : NULL;
  g_autoptr(GPtrArray) slow = NULL;

  if (scanned != NULL)
    *scanned = fast != NULL;
  if (fast == NULL)
    return TRUE;
  if ((slow = wp_scan_json_glib (data, len)) == NULL || slow->len != fast->len)
    return FALSE;
  for (guint i = 0; i < fast->len; i++)
    if (!wp_scan_same_comment (g_ptr_array_index (fast, i), g_ptr_array_index (slow, i)))
      return FALSE;
  return TRUE;
}

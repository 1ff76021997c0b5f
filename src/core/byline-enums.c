/* byline-enums.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-enums"

#include "config.h"

#include <string.h>

#include "byline-enums.h"

static const GEnumValue status_values[] = {
  { BYLINE_ARTICLE_STATUS_DRAFT, "BYLINE_ARTICLE_STATUS_DRAFT", "draft" },
  { BYLINE_ARTICLE_STATUS_IN_REVIEW, "BYLINE_ARTICLE_STATUS_IN_REVIEW", "in-review" },
  { BYLINE_ARTICLE_STATUS_READY, "BYLINE_ARTICLE_STATUS_READY", "ready" },
  { BYLINE_ARTICLE_STATUS_SCHEDULED, "BYLINE_ARTICLE_STATUS_SCHEDULED", "scheduled" },
  { BYLINE_ARTICLE_STATUS_PUBLISHED, "BYLINE_ARTICLE_STATUS_PUBLISHED", "published" },
  { BYLINE_ARTICLE_STATUS_ARCHIVED, "BYLINE_ARTICLE_STATUS_ARCHIVED", "archived" },
  { 0, NULL, NULL }
};

static const GEnumValue direction_values[] = {
  { BYLINE_TEXT_DIRECTION_LTR, "BYLINE_TEXT_DIRECTION_LTR", "ltr" },
  { BYLINE_TEXT_DIRECTION_RTL, "BYLINE_TEXT_DIRECTION_RTL", "rtl" },
  { 0, NULL, NULL }
};

GType
byline_article_status_get_type (void)
{
  static gsize type = 0;

  if (g_once_init_enter (&type))
    g_once_init_leave (&type, g_enum_register_static ("BylineArticleStatus", status_values));

  return type;
}

GType
byline_text_direction_get_type (void)
{
  static gsize type = 0;

  if (g_once_init_enter (&type))
    g_once_init_leave (&type, g_enum_register_static ("BylineTextDirection", direction_values));

  return type;
}

const char *
byline_article_status_to_string (BylineArticleStatus status)
{
  g_return_val_if_fail (status <= BYLINE_ARTICLE_STATUS_LAST, NULL);

  return status_values[status].value_nick;
}

gboolean
byline_article_status_from_string (const char          *str,
                                   BylineArticleStatus *status)
{
  for (guint i = 0; str != NULL && status_values[i].value_nick != NULL; i++)
    {
      if (g_ascii_strcasecmp (str, status_values[i].value_nick) == 0)
        {
          *status = status_values[i].value;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
byline_text_direction_to_string (BylineTextDirection direction)
{
  g_return_val_if_fail (direction <= BYLINE_TEXT_DIRECTION_RTL, NULL);

  return direction_values[direction].value_nick;
}

gboolean
byline_text_direction_from_string (const char          *str,
                                   BylineTextDirection *direction)
{
  for (guint i = 0; str != NULL && direction_values[i].value_nick != NULL; i++)
    {
      if (g_ascii_strcasecmp (str, direction_values[i].value_nick) == 0)
        {
          *direction = direction_values[i].value;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * byline_text_direction_for_language:
 * @language: a BCP 47 tag such as `fa`, `ar-EG` or `en-GB`
 *
 * Returns: the direction the language is written in
 */
BylineTextDirection
byline_text_direction_for_language (const char *language)
{
  static const char * const rtl[] = {
    "ar", "fa", "he", "iw", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "ku-Arab", NULL
  };
  g_autofree char *primary = NULL;
  const char *dash;

  if (language == NULL || language[0] == '\0')
    return BYLINE_TEXT_DIRECTION_LTR;

  /* "ar-EG", or the locale form "ar_SA" */
  dash = strpbrk (language, "-_");
  primary = dash ? g_strndup (language, dash - language) : g_strdup (language);

  for (guint i = 0; rtl[i] != NULL; i++)
    {
      if (g_ascii_strcasecmp (primary, rtl[i]) == 0 ||
          g_ascii_strcasecmp (language, rtl[i]) == 0)
        return BYLINE_TEXT_DIRECTION_RTL;
    }

  /* Scripts written right to left, whatever the language */
  if (strstr (language, "-Arab") || strstr (language, "-Hebr") || strstr (language, "-Thaa") ||
      strstr (language, "_Arab") || strstr (language, "_Hebr") || strstr (language, "_Thaa"))
    return BYLINE_TEXT_DIRECTION_RTL;

  return BYLINE_TEXT_DIRECTION_LTR;
}

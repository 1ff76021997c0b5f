/* byline-publish-checklist.c: what to check before publishing
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-publisher"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-publish-checklist.h"

void
byline_checklist_item_free (BylineChecklistItem *item)
{
  if (item == NULL)
    return;
  g_free (item->label);
  g_free (item->reason);
  g_free (item);
}

static void
add (GPtrArray  *items,
     const char *id,
     const char *label,
     const char *reason,
     gboolean    blocking)
{
  BylineChecklistItem *item = g_new0 (BylineChecklistItem, 1);

  item->id = id;
  item->label = g_strdup (label);
  item->ok = reason == NULL;
  item->reason = g_strdup (reason);
  item->blocking = blocking && reason != NULL;
  g_ptr_array_add (items, item);
}

static gboolean
blank (const char *text)
{
  for (; text != NULL && *text; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

/**
 * byline_publish_checklist:
 * @status: the status to publish with ("draft", "pending", "publish", "future")
 * @now: the current time
 *
 * The pre-publish checklist the publish popover shows: a headline
 * (blocking), an excerpt, a section, alt text for the featured image, and
 * for a scheduled story a date in the future (blocking).
 *
 * Returns: (transfer full) (element-type BylineChecklistItem): the items
 */
GPtrArray *
byline_publish_checklist (BylineArticle *article,
                          const char    *status,
                          GDateTime     *now)
{
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_checklist_item_free);
  GDateTime *date = byline_article_get_date (article);

  g_return_val_if_fail (BYLINE_IS_ARTICLE (article), items);

  add (items, "headline", _("Headline"),
       blank (byline_article_get_headline (article)) ? _("The story has no headline") : NULL, TRUE);
  /* (without an excerpt the standfirst is sent as one) */
  add (items, "excerpt", _("Excerpt"),
       byline_article_get_summary (article)[0] == '\0' ? _("No excerpt: the site will cut one from the text") : NULL,
       FALSE);
  add (items, "section", _("Section"),
       blank (byline_article_get_section (article)) ? _("No section: the site files it under its default category")
                                                    : NULL, FALSE);
  if (!blank (byline_article_get_image_path (article)))
    add (items, "image-alt", _("Featured image alt text"),
         blank (byline_article_get_image_alt (article))
         ? _("The featured image has no alt text for readers who cannot see it") : NULL, FALSE);
  if (g_strcmp0 (status, "future") == 0)
    add (items, "schedule", _("Schedule time"),
         date == NULL ? _("A scheduled story needs a date and time")
         : g_date_time_compare (date, now) <= 0 ? _("The schedule time is in the past") : NULL, TRUE);
  return items;
}

/**
 * byline_publish_checklist_blocks:
 *
 * Returns: %TRUE when a blocking item fails
 */
gboolean
byline_publish_checklist_blocks (GPtrArray *items)
{
  for (guint i = 0; i < items->len; i++)
    if (((BylineChecklistItem *) g_ptr_array_index (items, i))->blocking)
      return TRUE;
  return FALSE;
}

/**
 * byline_publish_status_for:
 * @status: a story's editorial status
 *
 * The site status that publishing a story in @status offers first: a
 * draft goes as a draft, a story in review as pending review, a ready or
 * published one is published and a scheduled one scheduled. Publishing
 * never takes a half-written story live unless someone asks for it.
 *
 * Returns: "draft", "pending", "publish" or "future"
 */
const char *
byline_publish_status_for (BylineArticleStatus status)
{
  switch (status)
    {
    case BYLINE_ARTICLE_STATUS_IN_REVIEW:
      return "pending";
    case BYLINE_ARTICLE_STATUS_READY:
    case BYLINE_ARTICLE_STATUS_PUBLISHED:
      return "publish";
    case BYLINE_ARTICLE_STATUS_SCHEDULED:
      return "future";
    case BYLINE_ARTICLE_STATUS_DRAFT:
    case BYLINE_ARTICLE_STATUS_ARCHIVED:
    default:
      return "draft";
    }
}

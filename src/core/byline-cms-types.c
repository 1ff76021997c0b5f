/* byline-cms-types.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-cms"

#include "config.h"

#include "byline-cms-types.h"

G_DEFINE_BOXED_TYPE (BylineCmsUser, byline_cms_user, byline_cms_user_copy, byline_cms_user_free)
G_DEFINE_BOXED_TYPE (BylineCmsSite, byline_cms_site, byline_cms_site_copy, byline_cms_site_free)
G_DEFINE_BOXED_TYPE (BylineCmsTerm, byline_cms_term, byline_cms_term_copy, byline_cms_term_free)
G_DEFINE_BOXED_TYPE (BylineCmsPost, byline_cms_post, byline_cms_post_copy, byline_cms_post_free)
G_DEFINE_BOXED_TYPE (BylineCmsComment, byline_cms_comment, byline_cms_comment_copy, byline_cms_comment_free)
G_DEFINE_BOXED_TYPE (BylineCmsMedia, byline_cms_media, byline_cms_media_copy, byline_cms_media_free)

/* Response words on the left; the filter word differs only for approved. */
static const struct {
  BylineCmsCommentStatus  status;
  const char             *response;
  const char             *filter;
} comment_statuses[] = {
  { BYLINE_CMS_COMMENT_HOLD, "hold", "hold" },
  { BYLINE_CMS_COMMENT_APPROVED, "approved", "approve" },
  { BYLINE_CMS_COMMENT_SPAM, "spam", "spam" },
  { BYLINE_CMS_COMMENT_TRASH, "trash", "trash" },
  { BYLINE_CMS_COMMENT_ALL, "all", "all" },
};

/**
 * byline_cms_comment_status_to_string:
 *
 * Returns: Byline's word for @status, which is WordPress's response word:
 *   `hold`, `approved`, `spam`, `trash`, `all`, or `unknown`.
 */
const char *
byline_cms_comment_status_to_string (BylineCmsCommentStatus status)
{
  for (guint i = 0; i < G_N_ELEMENTS (comment_statuses); i++)
    {
      if (comment_statuses[i].status == status)
        return comment_statuses[i].response;
    }

  return "unknown";
}

/**
 * byline_cms_comment_status_from_string:
 *
 * Accepts both the response words and the filter words (`approve`,
 * `approved`, `1`, `0` as WordPress's database has them).
 */
BylineCmsCommentStatus
byline_cms_comment_status_from_string (const char *str)
{
  if (str == NULL)
    return BYLINE_CMS_COMMENT_UNKNOWN;

  for (guint i = 0; i < G_N_ELEMENTS (comment_statuses); i++)
    {
      if (g_str_equal (str, comment_statuses[i].response) ||
          g_str_equal (str, comment_statuses[i].filter))
        return comment_statuses[i].status;
    }

  if (g_str_equal (str, "1"))
    return BYLINE_CMS_COMMENT_APPROVED;
  if (g_str_equal (str, "0") || g_str_equal (str, "unapproved"))
    return BYLINE_CMS_COMMENT_HOLD;

  return BYLINE_CMS_COMMENT_UNKNOWN;
}

/**
 * byline_cms_comment_status_to_filter:
 *
 * Returns: the word WordPress's `?status=` filter takes (`approve` for
 *   approved comments), or %NULL for %BYLINE_CMS_COMMENT_UNKNOWN.
 */
const char *
byline_cms_comment_status_to_filter (BylineCmsCommentStatus status)
{
  for (guint i = 0; i < G_N_ELEMENTS (comment_statuses); i++)
    {
      if (comment_statuses[i].status == status)
        return comment_statuses[i].filter;
    }

  return NULL;
}

static GDateTime *
date_ref0 (GDateTime *date)
{
  return date != NULL ? g_date_time_ref (date) : NULL;
}

static GArray *
ids_copy (GArray *ids)
{
  GArray *copy;

  if (ids == NULL)
    return NULL;

  copy = g_array_sized_new (FALSE, FALSE, sizeof (gint64), ids->len);
  g_array_append_vals (copy, ids->data, ids->len);
  return copy;
}

static char **
strv_or_empty (char **strv)
{
  static const char * const empty[] = { NULL };

  return g_strdupv (strv != NULL ? strv : (char **) empty);
}

BylineCmsUser *
byline_cms_user_new (void)
{
  BylineCmsUser *user = g_new0 (BylineCmsUser, 1);

  user->roles = strv_or_empty (NULL);
  user->capabilities = strv_or_empty (NULL);
  return user;
}

BylineCmsUser *
byline_cms_user_copy (const BylineCmsUser *user)
{
  BylineCmsUser *copy = g_new0 (BylineCmsUser, 1);

  copy->id = user->id;
  copy->name = g_strdup (user->name);
  copy->slug = g_strdup (user->slug);
  copy->email = g_strdup (user->email);
  copy->roles = strv_or_empty (user->roles);
  copy->capabilities = strv_or_empty (user->capabilities);
  return copy;
}

void
byline_cms_user_free (BylineCmsUser *user)
{
  if (user == NULL)
    return;

  g_free (user->name);
  g_free (user->slug);
  g_free (user->email);
  g_strfreev (user->roles);
  g_strfreev (user->capabilities);
  g_free (user);
}

gboolean
byline_cms_user_has_capability (const BylineCmsUser *user,
                                const char          *capability)
{
  g_return_val_if_fail (user != NULL, FALSE);
  g_return_val_if_fail (capability != NULL, FALSE);

  return user->capabilities != NULL &&
         g_strv_contains ((const char * const *) user->capabilities, capability);
}

BylineCmsSite *
byline_cms_site_new (void)
{
  return g_new0 (BylineCmsSite, 1);
}

BylineCmsSite *
byline_cms_site_copy (const BylineCmsSite *site)
{
  BylineCmsSite *copy = g_new0 (BylineCmsSite, 1);

  copy->name = g_strdup (site->name);
  copy->description = g_strdup (site->description);
  copy->url = g_strdup (site->url);
  copy->home = g_strdup (site->home);
  copy->time_zone = g_strdup (site->time_zone);
  copy->gmt_offset_seconds = site->gmt_offset_seconds;
  copy->has_byline_meta = site->has_byline_meta;
  return copy;
}

void
byline_cms_site_free (BylineCmsSite *site)
{
  if (site == NULL)
    return;

  g_free (site->name);
  g_free (site->description);
  g_free (site->url);
  g_free (site->home);
  g_free (site->time_zone);
  g_free (site);
}

BylineCmsTerm *
byline_cms_term_new (void)
{
  return g_new0 (BylineCmsTerm, 1);
}

BylineCmsTerm *
byline_cms_term_copy (const BylineCmsTerm *term)
{
  BylineCmsTerm *copy = g_memdup2 (term, sizeof *term);

  copy->name = g_strdup (term->name);
  copy->slug = g_strdup (term->slug);
  return copy;
}

void
byline_cms_term_free (BylineCmsTerm *term)
{
  if (term == NULL)
    return;

  g_free (term->name);
  g_free (term->slug);
  g_free (term);
}

BylineCmsPost *
byline_cms_post_new (void)
{
  BylineCmsPost *post = g_new0 (BylineCmsPost, 1);

  post->featured_media = -1;
  return post;
}

BylineCmsPost *
byline_cms_post_copy (const BylineCmsPost *post)
{
  BylineCmsPost *copy = g_memdup2 (post, sizeof *post);

  copy->status = g_strdup (post->status);
  copy->title = g_strdup (post->title);
  copy->title_rendered = g_strdup (post->title_rendered);
  copy->content = g_strdup (post->content);
  copy->content_rendered = g_strdup (post->content_rendered);
  copy->excerpt = g_strdup (post->excerpt);
  copy->slug = g_strdup (post->slug);
  copy->link = g_strdup (post->link);
  copy->date_gmt = date_ref0 (post->date_gmt);
  copy->modified_gmt = date_ref0 (post->modified_gmt);
  copy->categories = ids_copy (post->categories);
  copy->tags = ids_copy (post->tags);
  copy->meta_uuid = g_strdup (post->meta_uuid);
  copy->meta_bylines = g_strdupv (post->meta_bylines);
  copy->meta_dateline = g_strdup (post->meta_dateline);
  return copy;
}

void
byline_cms_post_free (BylineCmsPost *post)
{
  if (post == NULL)
    return;

  g_free (post->status);
  g_free (post->title);
  g_free (post->title_rendered);
  g_free (post->content);
  g_free (post->content_rendered);
  g_free (post->excerpt);
  g_free (post->slug);
  g_free (post->link);
  g_clear_pointer (&post->date_gmt, g_date_time_unref);
  g_clear_pointer (&post->modified_gmt, g_date_time_unref);
  g_clear_pointer (&post->categories, g_array_unref);
  g_clear_pointer (&post->tags, g_array_unref);
  g_free (post->meta_uuid);
  g_strfreev (post->meta_bylines);
  g_free (post->meta_dateline);
  g_free (post);
}

/**
 * byline_cms_post_set_ids:
 * @field: `&post->categories` or `&post->tags`
 *
 * Replaces the id list; @n_ids 0 sets an empty list (which clears it on the
 * site), unlike %NULL which leaves it alone.
 */
void
byline_cms_post_set_ids (GArray       **field,
                         const gint64  *ids,
                         guint          n_ids)
{
  g_return_if_fail (field != NULL);

  g_clear_pointer (field, g_array_unref);
  *field = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_ids);
  if (n_ids > 0)
    g_array_append_vals (*field, ids, n_ids);
}

BylineCmsComment *
byline_cms_comment_new (void)
{
  BylineCmsComment *comment = g_new0 (BylineCmsComment, 1);

  comment->status = BYLINE_CMS_COMMENT_UNKNOWN;
  return comment;
}

BylineCmsComment *
byline_cms_comment_copy (const BylineCmsComment *comment)
{
  BylineCmsComment *copy = g_memdup2 (comment, sizeof *comment);

  copy->author_name = g_strdup (comment->author_name);
  copy->author_email = g_strdup (comment->author_email);
  copy->author_url = g_strdup (comment->author_url);
  copy->author_ip = g_strdup (comment->author_ip);
  copy->author_user_agent = g_strdup (comment->author_user_agent);
  copy->date_gmt = date_ref0 (comment->date_gmt);
  copy->content = g_strdup (comment->content);
  copy->content_rendered = g_strdup (comment->content_rendered);
  copy->link = g_strdup (comment->link);
  copy->type = g_strdup (comment->type);
  return copy;
}

void
byline_cms_comment_free (BylineCmsComment *comment)
{
  if (comment == NULL)
    return;

  g_free (comment->author_name);
  g_free (comment->author_email);
  g_free (comment->author_url);
  g_free (comment->author_ip);
  g_free (comment->author_user_agent);
  g_clear_pointer (&comment->date_gmt, g_date_time_unref);
  g_free (comment->content);
  g_free (comment->content_rendered);
  g_free (comment->link);
  g_free (comment->type);
  g_free (comment);
}

BylineCmsMedia *
byline_cms_media_new (void)
{
  return g_new0 (BylineCmsMedia, 1);
}

BylineCmsMedia *
byline_cms_media_copy (const BylineCmsMedia *media)
{
  BylineCmsMedia *copy = g_new0 (BylineCmsMedia, 1);

  copy->id = media->id;
  copy->post = media->post;
  copy->source_url = g_strdup (media->source_url);
  copy->mime_type = g_strdup (media->mime_type);
  copy->alt_text = g_strdup (media->alt_text);
  copy->caption = g_strdup (media->caption);
  copy->title = g_strdup (media->title);
  return copy;
}

void
byline_cms_media_free (BylineCmsMedia *media)
{
  if (media == NULL)
    return;

  g_free (media->source_url);
  g_free (media->mime_type);
  g_free (media->alt_text);
  g_free (media->caption);
  g_free (media->title);
  g_free (media);
}

BylineCmsUpload *
byline_cms_upload_new (void)
{
  return g_new0 (BylineCmsUpload, 1);
}

void
byline_cms_upload_free (BylineCmsUpload *upload)
{
  if (upload == NULL)
    return;

  g_clear_object (&upload->file);
  g_clear_pointer (&upload->bytes, g_bytes_unref);
  g_free (upload->filename);
  g_free (upload->mime_type);
  g_free (upload->alt_text);
  g_free (upload->caption);
  g_free (upload->title);
  g_free (upload);
}

BylineCmsQuery *
byline_cms_query_new (void)
{
  BylineCmsQuery *query = g_new0 (BylineCmsQuery, 1);

  query->comment_status = BYLINE_CMS_COMMENT_ALL;
  return query;
}

BylineCmsQuery *
byline_cms_query_copy (const BylineCmsQuery *query)
{
  BylineCmsQuery *copy = g_memdup2 (query, sizeof *query);

  copy->status = g_strdup (query->status);
  copy->after = date_ref0 (query->after);
  copy->fields = g_strdup (query->fields);
  copy->search = g_strdup (query->search);
  copy->slug = g_strdup (query->slug);
  copy->include = g_strdup (query->include);
  copy->post_type = g_strdup (query->post_type);
  copy->comment_type = g_strdup (query->comment_type);
  return copy;
}

void
byline_cms_query_free (BylineCmsQuery *query)
{
  if (query == NULL)
    return;

  g_free (query->status);
  g_clear_pointer (&query->after, g_date_time_unref);
  g_free (query->fields);
  g_free (query->search);
  g_free (query->slug);
  g_free (query->include);
  g_free (query->post_type);
  g_free (query->comment_type);
  g_free (query);
}

/* byline-publisher-site.c: what publishing asks the site besides sending
 * the post — its facts, and a post to find again by the story's UUID
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-publisher"

#include "config.h"

#include <string.h>

#include "byline-accounts.h"
#include "byline-cms-sync.h"
#include "byline-publisher-private.h"
#include "byline-text-private.h"

/* Finding the post again */

static gboolean
post_has_uuid (const BylineCmsPost *post,
               const char          *uuid)
{
  g_autofree char *marker = g_strconcat (BYLINE_UUID_MARKER_PREFIX, uuid, " -->", NULL);

  return g_strcmp0 (post->meta_uuid, uuid) == 0 ||
         (post->content != NULL && strstr (post->content, marker) != NULL);
}

/* Looks by slug and by a search for the UUID at once (the slug may have
 * changed since, e.g. "-2" added by the site). */
BylineCmsPost *
_byline_publisher_find_by_uuid (BylinePublishJob  *job,
                                const char        *slug,
                                const char        *uuid,
                                GError           **error)
{
  GAsyncResult *results[2] = { NULL, };
  BylineCmsPost *found = NULL;
  gboolean failed = FALSE;

  for (guint pass = 0; pass < 2; pass++)
    {
      g_autoptr(BylineCmsQuery) query = byline_cms_query_new ();

      query->page = 1;
      query->per_page = 20;
      query->edit_context = TRUE;
      query->status = g_strdup ("publish,future,draft,pending,private");
      query->fields = g_strdup ("id,status,link,modified_gmt,content,meta,slug");
      if (pass == 0)
        query->slug = g_strdup (slug);
      else
        query->search = g_strdup (uuid);
      byline_cms_list_posts_async (job->cms, query, job->cancellable, byline_cms_result_cb, &results[pass]);
    }
  byline_cms_wait_all (results, G_N_ELEMENTS (results));

  for (guint pass = 0; pass < 2; pass++)
    {
      g_autoptr(GPtrArray) posts = NULL;

      if (!failed && !(posts = byline_cms_list_posts_finish (job->cms, results[pass], error)))
        failed = TRUE;
      for (guint i = 0; posts != NULL && found == NULL && i < posts->len; i++)
        if (post_has_uuid (g_ptr_array_index (posts, i), uuid))
          found = byline_cms_post_copy (g_ptr_array_index (posts, i));
      g_object_unref (results[pass]);
    }
  if (failed)
    g_clear_pointer (&found, byline_cms_post_free);
  return found;
}

/* The site's facts, the user and the site's terms: five independent
 * requests, all in flight at once. */
gboolean
_byline_publisher_read_site (BylinePublishJob  *job,
                             BylineCmsSite    **site,
                             BylineCmsUser    **me,
                             GError           **error)
{
  g_autoptr(BylineCmsQuery) query = byline_cms_query_new ();
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GPtrArray) tags = NULL;
  g_autoptr(GPtrArray) users = NULL;
  GAsyncResult *results[5] = { NULL, };
  gboolean ok;

  query->page = 0;
  query->per_page = 100;
  byline_cms_get_site_async (job->cms, job->cancellable, byline_cms_result_cb, &results[0]);
  byline_cms_verify_account_async (job->cms, job->cancellable, byline_cms_result_cb, &results[1]);
  byline_cms_list_terms_async (job->cms, BYLINE_CMS_TERM_CATEGORY, query, job->cancellable,
                               byline_cms_result_cb, &results[2]);
  byline_cms_list_terms_async (job->cms, BYLINE_CMS_TERM_TAG, query, job->cancellable,
                               byline_cms_result_cb, &results[3]);
  byline_cms_list_users_async (job->cms, query, job->cancellable, byline_cms_result_cb, &results[4]);
  byline_cms_wait_all (results, G_N_ELEMENTS (results));

  ok = (*site = byline_cms_get_site_finish (job->cms, results[0], error)) != NULL &&
       (*me = byline_cms_verify_account_finish (job->cms, results[1], error)) != NULL &&
       (categories = byline_cms_list_terms_finish (job->cms, results[2], error)) != NULL &&
       (tags = byline_cms_list_terms_finish (job->cms, results[3], error)) != NULL &&
       (users = byline_cms_list_users_finish (job->cms, results[4], error)) != NULL &&
       byline_accounts_store_terms (job->store, job->account, categories, tags, users, error);
  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    g_object_unref (results[i]);
  return ok;
}

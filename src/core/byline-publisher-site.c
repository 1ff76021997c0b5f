/* byline-publisher-site.c: what publishing asks the site besides sending
 * the post — its facts, a post to find again by the story's UUID, and the
 * story's media attached to the post
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
  GAsyncResult *results[2 + BYLINE_ACCOUNTS_TERM_REQUESTS] = { NULL, };
  gboolean ok;

  byline_cms_get_site_async (job->cms, job->cancellable, byline_cms_result_cb, &results[0]);
  byline_cms_verify_account_async (job->cms, job->cancellable, byline_cms_result_cb, &results[1]);
  byline_accounts_ask_terms (job->cms, job->cancellable, &results[2]);
  byline_cms_wait_all (results, G_N_ELEMENTS (results));

  ok = (*site = byline_cms_get_site_finish (job->cms, results[0], error)) != NULL &&
       (*me = byline_cms_verify_account_finish (job->cms, results[1], error)) != NULL &&
       byline_accounts_take_terms (job->store, job->cms, job->account, &results[2], error);
  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    g_clear_object (&results[i]);
  return ok;
}

/* Media */

/**
 * _byline_publisher_note_media:
 * @media: a media item the story uses, uploaded now (@uploaded) or found
 *   in the store (uploaded for this or another story before)
 *
 * Remembers it for _byline_publisher_attach_media().
 */
void
_byline_publisher_note_media (BylinePublishJob     *job,
                              const BylineCmsMedia *media,
                              gboolean              uploaded)
{
  BylinePublishMediaState state;

  if (!uploaded)
    state = BYLINE_PUBLISH_MEDIA_UNKNOWN;
  else if (media->post > 0)
    state = BYLINE_PUBLISH_MEDIA_ATTACHED;
  else
    state = BYLINE_PUBLISH_MEDIA_UNATTACHED;
  /* The featured image is often the inline one too: found in the store
   * the second time, it is still the one just uploaded */
  if (!uploaded && g_hash_table_contains (job->media, &media->id))
    return;
  g_hash_table_insert (job->media, g_memdup2 (&media->id, sizeof media->id), GINT_TO_POINTER (state));
}

/**
 * _byline_publisher_attach_media:
 * @post_id: the post just sent
 *
 * Attaches the story's media to @post_id when they are attached to no
 * post yet: uploaded before the post existed (a first publish), or by an
 * earlier try whose post was lost. One request asks the site about those
 * found in the store. Media on another post (the same picture in an
 * earlier story) stay there: WordPress keeps an attachment on the post it
 * was first uploaded for. Best effort: the post is on the site already, so
 * a failure (the network, an author who may not edit another user's
 * upload) is logged and tried again on the next publish.
 */
void
_byline_publisher_attach_media (BylinePublishJob *job,
                                gint64            post_id)
{
  g_autoptr(GString) unknown = g_string_new (NULL);
  g_autoptr(GArray) todo = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, job->media);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gint64 id = *(gint64 *) key;

      if (GPOINTER_TO_INT (value) == BYLINE_PUBLISH_MEDIA_UNATTACHED)
        g_array_append_val (todo, id);
      else if (GPOINTER_TO_INT (value) == BYLINE_PUBLISH_MEDIA_UNKNOWN)
        g_string_append_printf (unknown, "%s%" G_GINT64_FORMAT, unknown->len ? "," : "", id);
    }

  if (unknown->len > 0)
    {
      g_autoptr(BylineCmsQuery) query = byline_cms_query_new ();
      g_autoptr(GPtrArray) items = NULL;

      query->page = 0;
      query->per_page = 100;
      query->include = g_strdup (unknown->str);
      query->fields = g_strdup ("id,post");
      if (!(items = byline_cms_list_media_sync (job->cms, query, job->cancellable, &error)))
        {
          g_debug ("Could not ask the site about media %s: %s", unknown->str, error->message);
          g_clear_error (&error);
        }
      for (guint i = 0; items != NULL && i < items->len; i++)
        {
          BylineCmsMedia *media = g_ptr_array_index (items, i);

          if (media->post == 0)
            g_array_append_val (todo, media->id);
        }
    }

  for (guint i = 0; i < todo->len; i++)
    {
      gint64 id = g_array_index (todo, gint64, i);
      g_autoptr(BylineCmsMedia) attached = NULL;

      if (!(attached = byline_cms_attach_media_sync (job->cms, id, post_id, job->cancellable, &error)))
        {
          g_debug ("Could not attach media %" G_GINT64_FORMAT " to post %" G_GINT64_FORMAT ": %s",
                   id, post_id, error->message);
          g_clear_error (&error);
          if (g_cancellable_is_cancelled (job->cancellable))
            return;
          continue;
        }
      g_hash_table_insert (job->media, g_memdup2 (&id, sizeof id), GINT_TO_POINTER (BYLINE_PUBLISH_MEDIA_ATTACHED));
    }
}

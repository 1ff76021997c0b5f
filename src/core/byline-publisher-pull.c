/* byline-publisher-pull.c: posts back into articles; conflicts
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-publisher"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-accounts.h"
#include "byline-cms-sync.h"
#include "byline-diff.h"
#include "byline-html-import.h"
#include "byline-publisher-private.h"

static char *
uuid_of_post (const BylineCmsPost *post)
{
  const char *marker;

  if (post->meta_uuid != NULL && post->meta_uuid[0] != '\0')
    return g_strdup (post->meta_uuid);
  if (post->content != NULL && (marker = strstr (post->content, BYLINE_UUID_MARKER_PREFIX)) != NULL)
    {
      const char *start = marker + strlen (BYLINE_UUID_MARKER_PREFIX);
      const char *end = strstr (start, " -->");

      if (end != NULL && end - start == 36)
        {
          g_autofree char *uuid = g_strndup (start, end - start);

          if (g_uuid_string_is_valid (uuid))
            return g_steal_pointer (&uuid);
        }
    }
  return NULL;
}

static char *
term_name (BylineStore *store,
           const char  *account,
           const char  *kind,
           gint64       id)
{
  g_autoptr(GPtrArray) terms = byline_store_list_terms (store, account, kind, NULL);

  for (guint i = 0; terms != NULL && i < terms->len; i++)
    {
      BylineTerm *term = g_ptr_array_index (terms, i);

      if (term->remote_id == id)
        return g_strdup (term->name);
    }
  return NULL;
}

/**
 * _byline_publisher_article_from_post:
 *
 * The post as an article (not saved): the content read back with
 * byline_html_import_post(), the post meta when the site has it, the
 * section and tags from the cached terms.
 */
BylineArticle *
_byline_publisher_article_from_post (BylineStore          *store,
                                     const char           *account,
                                     const BylineCmsPost  *post,
                                     GError              **error)
{
  g_autoptr(BylineArticle) article = NULL;
  g_autoptr(GStrvBuilder) tags = g_strv_builder_new ();
  g_auto(GStrv) tag_names = NULL;
  g_autofree char *uuid = uuid_of_post (post);
  const char *content = post->content ? post->content : post->content_rendered;
  const char *title = post->title ? post->title : post->title_rendered;

  if (!(article = byline_html_import_post (title ? title : "", content ? content : "",
                                           post->excerpt, error)))
    return NULL;
  if (uuid != NULL)
    byline_article_set_uuid (article, uuid);
  /* The standfirst, sent as the excerpt of a story without one, is no
   * excerpt of its own */
  if (g_strcmp0 (byline_article_get_excerpt (article), byline_article_get_standfirst (article)) == 0)
    byline_article_set_excerpt (article, "");
  if (post->meta_bylines != NULL && post->meta_bylines[0] != NULL)
    byline_article_set_bylines (article, (const char * const *) post->meta_bylines);
  /* A post written on the site, with no byline of its own: its WordPress
   * author (by the name the site shows) */
  if (byline_article_get_bylines (article)[0] == NULL && post->author > 0)
    {
      g_autofree char *author = term_name (store, account, "author", post->author);

      if (author != NULL && author[0] != '\0')
        byline_article_set_bylines (article, (const char * const[]) { author, NULL });
    }
  if (post->meta_dateline != NULL && post->meta_dateline[0] != '\0')
    byline_article_set_dateline (article, post->meta_dateline);
  if (byline_article_get_date (article) == NULL && post->date_gmt != NULL)
    {
      byline_article_set_time_zone (article, "UTC");
      byline_article_set_date (article, post->date_gmt);
    }
  if (post->slug != NULL)
    byline_article_set_slug (article, post->slug);
  /* The site's featured image stays the post's when it is published again */
  if (post->featured_media > 0)
    byline_article_set_image_media_id (article, post->featured_media);
  if (post->categories != NULL && post->categories->len > 0)
    {
      g_autofree char *section = term_name (store, account, "category", g_array_index (post->categories, gint64, 0));

      if (section != NULL)
        byline_article_set_section (article, section);
    }
  for (guint i = 0; post->tags != NULL && i < post->tags->len; i++)
    {
      g_autofree char *name = term_name (store, account, "tag", g_array_index (post->tags, gint64, i));

      if (name != NULL)
        g_strv_builder_add (tags, name);
    }
  tag_names = g_strv_builder_end (tags);
  byline_article_set_tags (article, (const char * const *) tag_names);
  byline_article_set_status (article, _byline_publisher_status_for (post->status, BYLINE_ARTICLE_STATUS_DRAFT));
  return g_steal_pointer (&article);
}

/* Copies what a post carries into @target, keeping its id, uuid, note,
 * language and featured image (the site's, when it has no picture of its
 * own). */
static void
apply_post (BylineArticle *target,
            BylineArticle *from)
{
  byline_article_set_headline (target, byline_article_get_headline (from));
  byline_article_set_standfirst (target, byline_article_get_standfirst (from));
  byline_article_set_body (target, byline_article_get_body (from));
  byline_article_set_bylines (target, byline_article_get_bylines (from));
  byline_article_set_dateline (target, byline_article_get_dateline (from));
  if (byline_article_get_date (from) != NULL)
    {
      byline_article_set_time_zone (target, byline_article_get_time_zone (from));
      byline_article_set_date (target, byline_article_get_date (from));
    }
  byline_article_set_excerpt (target, byline_article_get_excerpt (from));
  if (byline_article_get_slug (from)[0] != '\0')
    byline_article_set_slug (target, byline_article_get_slug (from));
  if (byline_article_get_section (from)[0] != '\0')
    byline_article_set_section (target, byline_article_get_section (from));
  byline_article_set_tags (target, byline_article_get_tags (from));
  if (byline_article_get_image_path (target)[0] == '\0')
    byline_article_set_image_media_id (target, byline_article_get_image_media_id (from));
}

/* @modified: the post's version Byline has seen; @hash: what it holds */
static gboolean
link_to_version (BylineStore          *store,
                 BylineArticle        *article,
                 const char           *account,
                 const BylineCmsPost  *post,
                 const char           *modified,
                 const char           *hash,
                 GError              **error)
{
  g_autoptr(BylineArticleLink) link = byline_article_link_new (account, post->id, post->link, modified, hash);

  return byline_store_set_link (store, byline_article_get_id (article), link, error);
}

static gboolean
link_to_post (BylineStore          *store,
              BylineArticle        *article,
              const char           *account,
              const BylineCmsPost  *post,
              GError              **error)
{
  g_autofree char *modified = _byline_publisher_format_gmt (post->modified_gmt);
  g_autofree char *hash = byline_article_content_hash (article);

  return link_to_version (store, article, account, post, modified, hash, error);
}

/* The URL namespace of RFC 4122 (6ba7b811-9dad-11d1-80b4-00c04fd430c8) */
static const guint8 url_namespace[16] = {
  0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8,
};

/* The UUID of a story pulled from a post that carries none of Byline's
 * (one written on the site): a name-based (version 5) UUID of where the
 * post lives, the site (byline_accounts_site_key()) and the post's id as
 * in WordPress's short link `//SITE/?p=ID`. A later account for the same
 * site (the account removed and added again, or a second user) finds the
 * story by it instead of making a second one. */
static char *
uuid_for_site_post (const char *site,
                    gint64      remote_id)
{
  g_autoptr(GChecksum) sha1 = g_checksum_new (G_CHECKSUM_SHA1);
  g_autofree char *name = g_strdup_printf ("//%s/?p=%" G_GINT64_FORMAT, site, remote_id);
  guint8 d[20];
  gsize len = sizeof d;

  g_checksum_update (sha1, url_namespace, sizeof url_namespace);
  g_checksum_update (sha1, (const guchar *) name, -1);
  g_checksum_get_digest (sha1, d, &len);
  d[6] = (d[6] & 0x0F) | 0x50;
  d[8] = (d[8] & 0x3F) | 0x80;
  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                          d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7],
                          d[8], d[9], d[10], d[11], d[12], d[13], d[14], d[15]);
}

/* Whether the story had the text whose content hash is @hash (it is one
 * of its revisions): @known is %FALSE when not */
static gboolean
had_version (BylineStore   *store,
             gint64         article_id,
             const char    *hash,
             gboolean      *known,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GPtrArray) revisions = byline_store_list_revisions (store, article_id, cancellable, error);

  if (revisions == NULL)
    return FALSE;
  *known = FALSE;
  for (guint i = 0; i < revisions->len && !*known; i++)
    *known = g_strcmp0 (((BylineRevision *) g_ptr_array_index (revisions, i))->content_hash, hash) == 0;
  return TRUE;
}

/* A story found by its UUID but not linked to @account (the account was
 * removed and added again, or is a second one for the same site): when
 * it differs from the post it may hold edits never published, so its text
 * is kept and it is linked with the post's version as the one last sent
 * (pulls then leave it alone, a publish sends it). When it never had that
 * version, the post changed on the site too: the link gets no known
 * modification time, so the next publish reports a conflict instead of
 * overwriting it. @kept is %FALSE when nothing differs (the caller takes
 * the post as usual). */
static gboolean
adopt_keeping_local (BylineStore          *store,
                     BylineArticle        *article,
                     BylineArticle        *remote_article,
                     const char           *account,
                     const BylineCmsPost  *post,
                     gboolean             *kept,
                     GCancellable         *cancellable,
                     GError              **error)
{
  g_autoptr(BylineArticle) site_version = byline_article_copy (article);
  g_autofree char *hash = byline_article_content_hash (article);
  g_autofree char *site_hash = NULL;
  g_autofree char *modified = NULL;
  gboolean known = FALSE;

  apply_post (site_version, remote_article);
  site_hash = byline_article_content_hash (site_version);
  *kept = g_strcmp0 (hash, site_hash) != 0;
  if (!*kept)
    return TRUE;
  if (!had_version (store, byline_article_get_id (article), site_hash, &known, cancellable, error))
    return FALSE;
  g_debug ("Story %" G_GINT64_FORMAT " differs from post %" G_GINT64_FORMAT ": kept, %s",
           byline_article_get_id (article), post->id, known ? "its edits are newer" : "changed on both sides");
  modified = known ? _byline_publisher_format_gmt (post->modified_gmt) : g_strdup ("");
  return link_to_version (store, article, account, post, modified, site_hash, error);
}

static BylineCmsPost *
fetch_linked (BylinePublisher  *self,
              BylineCms        *cms,
              BylineArticle    *article,
              const char       *account,
              const char       *fields,
              GCancellable     *cancellable,
              GError          **error)
{
  const BylineArticleLink *link = byline_article_find_link (article, account);

  if (link == NULL || link->remote_id <= 0)
    {
      g_set_error (error, BYLINE_PUBLISH_ERROR, BYLINE_PUBLISH_ERROR_NOT_LINKED,
                   _("The story is not on “%s”"), account);
      return NULL;
    }
  return byline_cms_get_post_sync (cms, link->remote_id, fields, cancellable, error);
}

static void
append_paragraph (GString    *text,
                  const char *paragraph)
{
  if (paragraph == NULL || paragraph[0] == '\0')
    return;
  g_string_append_printf (text, "%s%s", text->len > 0 ? "\n\n" : "", paragraph);
  while (text->len > 0 && text->str[text->len - 1] == '\n')
    g_string_truncate (text, text->len - 1);
}

/* @article as a conflict compares it, a paragraph for each part it has:
 * the headline, the standfirst, the bylines and dateline, the body, the
 * excerpt (a correction to any of them on the site must show) */
static char *
compared_text (BylineArticle *article,
               const char    *headline)
{
  GString *text = g_string_new (NULL);
  const char * const *bylines = byline_article_get_bylines (article);
  const char *dateline = byline_article_get_dateline (article);
  const char *excerpt = byline_article_get_excerpt (article);
  g_autofree char *names = g_strjoinv (", ", (char **) bylines);
  g_autofree char *credit = g_strdup_printf ("%s%s%s", names, names[0] && dateline[0] ? " — " : "", dateline);

  append_paragraph (text, headline);
  append_paragraph (text, byline_article_get_standfirst (article));
  append_paragraph (text, credit);
  append_paragraph (text, byline_article_get_body (article));
  if (excerpt[0] != '\0')
    {
      /* Translators: the post's excerpt, in a conflict's word diff */
      g_autofree char *labelled = g_strdup_printf (_("Excerpt: %s"), excerpt);

      append_paragraph (text, labelled);
    }
  return g_string_free (text, FALSE);
}

/**
 * byline_publisher_get_conflict_sync:
 *
 * Both versions of a story whose publish returned
 * %BYLINE_PUBLISH_ERROR_CONFLICT: the local text and the site's, read
 * back as Markdown, with a word diff. Blocks.
 */
BylinePublishConflict *
byline_publisher_get_conflict_sync (BylinePublisher  *self,
                                    gint64            article_id,
                                    const char       *account,
                                    GCancellable     *cancellable,
                                    GError          **error)
{
  BylineStore *store = _byline_publisher_get_store (self);
  g_autofree char *name = NULL;
  g_autoptr(BylineArticle) article = NULL;
  g_autoptr(BylineArticle) remote_article = NULL;
  g_autoptr(BylineCms) cms = NULL;
  g_autoptr(BylineCmsPost) remote = NULL;
  g_autoptr(GError) local_error = NULL;
  BylinePublishConflict *conflict;

  if (!(name = byline_publisher_pick_account (self, article_id, account, error)) ||
      !(article = byline_store_load_article (store, article_id, cancellable, error)) ||
      !(cms = byline_outbox_runner_open_cms (byline_publisher_get_runner (self), name, cancellable, error)) ||
      !(remote = fetch_linked (self, cms, article, name, "id,modified_gmt,content,title,excerpt",
                               cancellable, error)))
    return NULL;

  remote_article = _byline_publisher_article_from_post (store, name, remote, &local_error);
  conflict = g_new0 (BylinePublishConflict, 1);
  conflict->remote_id = remote->id;
  conflict->local_title = g_strdup (byline_article_get_headline (article));
  conflict->local_text = g_strdup (byline_article_get_body (article));
  conflict->remote_title = g_strdup (remote_article ? byline_article_get_headline (remote_article) : remote->title);
  conflict->remote_html = g_strdup (remote->content);
  conflict->remote_text = g_strdup (remote_article ? byline_article_get_body (remote_article) : "");
  conflict->remote_modified = _byline_publisher_format_gmt (remote->modified_gmt);
  conflict->local_compared = compared_text (article, conflict->local_title);
  conflict->remote_compared = remote_article != NULL
                              ? compared_text (remote_article, conflict->remote_title)
                              : g_strdup (conflict->remote_title ? conflict->remote_title : "");
  conflict->diff = byline_diff_words (conflict->local_compared, conflict->remote_compared);
  return conflict;
}

/**
 * byline_publisher_take_remote_sync:
 *
 * Takes the site's version: the post is read back into the article (saved
 * with a revision, so the local text stays in the history) and the link
 * now points at that version, so the next publish is no conflict.
 */
gboolean
byline_publisher_take_remote_sync (BylinePublisher  *self,
                                   gint64            article_id,
                                   const char       *account,
                                   GCancellable     *cancellable,
                                   GError          **error)
{
  BylineStore *store = _byline_publisher_get_store (self);
  g_autofree char *name = NULL;
  g_autoptr(BylineArticle) article = NULL;
  g_autoptr(BylineArticle) remote_article = NULL;
  g_autoptr(BylineCms) cms = NULL;
  g_autoptr(BylineCmsPost) remote = NULL;

  if (!(name = byline_publisher_pick_account (self, article_id, account, error)) ||
      !(article = byline_store_load_article (store, article_id, cancellable, error)) ||
      !(cms = byline_outbox_runner_open_cms (byline_publisher_get_runner (self), name, cancellable, error)) ||
      !(remote = fetch_linked (self, cms, article, name, NULL, cancellable, error)) ||
      !(remote_article = _byline_publisher_article_from_post (store, name, remote, error)))
    return FALSE;

  apply_post (article, remote_article);
  return byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, cancellable, error) &&
         link_to_post (store, article, name, remote, error);
}

/**
 * byline_publisher_pull_sync:
 * @n_created: (out) (optional): new drafts
 * @n_updated: (out) (optional): articles updated from the site
 *
 * Imports the site's posts (every status the account may edit, paged,
 * context=edit) as articles linked to them. A post already linked (or
 * carrying the UUID of a local story) updates that article instead of
 * making a second one, unless the article has local changes that were
 * never published: those are kept. A post without Byline's UUID (written
 * on the site) gives its article a UUID made from the site and the post's
 * id, so an account for the same site added later (after the account was
 * removed, say) links the same article again; one that differs from the
 * post then keeps its text (see adopt_keeping_local()).
 */
gboolean
byline_publisher_pull_sync (BylinePublisher  *self,
                            const char       *account,
                            guint            *n_created,
                            guint            *n_updated,
                            GCancellable     *cancellable,
                            GError          **error)
{
  BylineStore *store = _byline_publisher_get_store (self);
  g_autoptr(BylineCms) cms = NULL;
  g_autoptr(BylineCmsQuery) query = byline_cms_query_new ();
  g_autoptr(GPtrArray) posts = NULL;
  g_autofree char *name = NULL;
  g_autofree char *site = NULL;
  g_autoptr(BylineAccount) found = NULL;
  guint created = 0, updated = 0;

  if (!(name = byline_publisher_pick_account (self, 0, account, error)) ||
      !(found = byline_store_find_account (store, name, error)) ||
      !(cms = byline_outbox_runner_open_cms (byline_publisher_get_runner (self), name, cancellable, error)) ||
      !byline_accounts_refresh_terms_sync (store, cms, name, cancellable, error))
    return FALSE;
  site = byline_accounts_site_key (found->base_url);

  query->page = 0;
  query->per_page = 100;
  query->edit_context = TRUE;
  query->status = g_strdup ("publish,future,draft,pending,private");
  if (!(posts = byline_cms_list_posts_sync (cms, query, cancellable, error)))
    return FALSE;

  for (guint i = 0; i < posts->len; i++)
    {
      BylineCmsPost *post = g_ptr_array_index (posts, i);
      g_autoptr(BylineArticle) remote_article = NULL;
      g_autoptr(BylineArticle) article = NULL;
      g_autoptr(GError) local_error = NULL;
      g_autofree char *carried = NULL;
      gint64 id;

      if (!(remote_article = _byline_publisher_article_from_post (store, name, post, &local_error)))
        {
          g_debug ("Post %" G_GINT64_FORMAT " not imported: %s", post->id, local_error->message);
          continue;
        }
      if (!(carried = uuid_of_post (post)) && site != NULL)
        {
          g_autofree char *uuid = uuid_for_site_post (site, post->id);

          byline_article_set_uuid (remote_article, uuid);
        }
      if ((id = byline_store_find_linked_article (store, name, post->id, error)) < 0)
        return FALSE;
      if (id == 0 && byline_article_get_uuid (remote_article)[0] != '\0' &&
          (id = byline_store_find_article_by_uuid (store, byline_article_get_uuid (remote_article), error)) < 0)
        return FALSE;

      if (id > 0)
        {
          const BylineArticleLink *link;
          g_autofree char *hash = NULL;
          g_autofree char *modified = _byline_publisher_format_gmt (post->modified_gmt);

          if (!(article = byline_store_load_article (store, id, cancellable, error)))
            return FALSE;
          link = byline_article_find_link (article, name);
          hash = byline_article_content_hash (article);
          if (link == NULL)
            {
              gboolean kept;

              if (!adopt_keeping_local (store, article, remote_article, name, post, &kept, cancellable, error))
                return FALSE;
              if (kept)
                continue;
              /* The same text: only linked (and given the post's status) */
              if (byline_article_get_status (article) != byline_article_get_status (remote_article))
                {
                  byline_article_set_status (article, byline_article_get_status (remote_article));
                  if (!byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, cancellable, error))
                    return FALSE;
                  updated++;
                }
              if (!link_to_post (store, article, name, post, error))
                return FALSE;
              continue;
            }
          if (link != NULL && g_strcmp0 (link->remote_modified, modified) == 0)
            continue;   /* unchanged on the site */
          if (link != NULL && link->content_hash != NULL && g_strcmp0 (link->content_hash, hash) != 0)
            {
              g_debug ("Story %" G_GINT64_FORMAT " has unpublished changes: not updated from the site", id);
              continue;
            }
          apply_post (article, remote_article);
          byline_article_set_status (article, byline_article_get_status (remote_article));
          updated++;
        }
      else
        {
          article = g_object_ref (remote_article);
          created++;
        }

      if (!byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, cancellable, error) ||
          !link_to_post (store, article, name, post, error))
        return FALSE;
    }

  if (n_created != NULL)
    *n_created = created;
  if (n_updated != NULL)
    *n_updated = updated;
  return TRUE;
}

/* byline-publisher-send.c: one article to one WordPress post
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
#include "byline-article-render.h"
#include "byline-cms-sync.h"
#include "byline-images.h"
#include "byline-paths.h"
#include "byline-publisher-private.h"
#include "byline-sha256.h"
#include "byline-slug.h"
#include "byline-text-private.h"
#include "byline-wp-json.h"

/* The "publish" outbox row (payload {"status": "draft|pending|publish|
 * future", "force": bool}) runs these steps with the account's CMS:
 *
 *  1. site facts (post meta?) and the user (may set the author?); the
 *     site's categories, tags and authors refreshed in the store;
 *  2. local images (the featured one and `byline-image:`/`file:`/path
 *     references in the body) uploaded once per content hash (media table),
 *     to the post when there is one already;
 *  3. section → category, tags → tags, created when missing;
 *  4. a linked post: its modified_gmt compared with what Byline last saw
 *     (BYLINE_PUBLISH_ERROR_CONFLICT unless forced), then updated; no link:
 *     a post carrying the story's UUID (post meta byline_uuid, else the
 *     content marker `<!-- byline:uuid UUID -->` found by slug, then by
 *     search) is adopted, else a post is created;
 *  5. the link recorded and the article's status set; the story's media
 *     attached to no post yet attached to this one (best effort).
 * Every step can be repeated: a retry after a lost answer changes nothing
 * twice. */

typedef BylinePublishJob Job;

char *
_byline_publisher_format_gmt (GDateTime *date)
{
  g_autoptr(GDateTime) utc = NULL;

  if (date == NULL)
    return NULL;
  utc = g_date_time_to_utc (date);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%S");
}

BylineArticleStatus
_byline_publisher_status_for (const char          *wp_status,
                              BylineArticleStatus  current)
{
  if (g_strcmp0 (wp_status, "publish") == 0 || g_strcmp0 (wp_status, "private") == 0)
    return BYLINE_ARTICLE_STATUS_PUBLISHED;
  if (g_strcmp0 (wp_status, "future") == 0)
    return BYLINE_ARTICLE_STATUS_SCHEDULED;
  if (g_strcmp0 (wp_status, "pending") == 0)
    return BYLINE_ARTICLE_STATUS_IN_REVIEW;
  if (current == BYLINE_ARTICLE_STATUS_PUBLISHED || current == BYLINE_ARTICLE_STATUS_SCHEDULED)
    return BYLINE_ARTICLE_STATUS_DRAFT;
  return current;
}

/* Local images */

static GFile *
local_image_file (const char *ref)
{
  g_autofree char *scheme = g_uri_parse_scheme (ref);
  g_autofree char *data_dir = byline_paths_data_dir ();
  g_autofree char *images = NULL;

  if (scheme != NULL && g_ascii_strcasecmp (scheme, "file") == 0)
    return g_file_new_for_uri (ref);
  if (scheme != NULL && g_ascii_strcasecmp (scheme, "byline-image") == 0)
    {
      g_autofree char *path = g_uri_unescape_string (ref + strlen ("byline-image:"), NULL);

      ref = path ? path : ref + strlen ("byline-image:");
      if (g_path_is_absolute (ref))
        return g_file_new_for_path (ref);
      images = g_build_filename (data_dir, "images", ref, NULL);
      return g_file_new_for_path (images);
    }
  if (scheme != NULL)
    return NULL;   /* http, https: already on the web */
  if (g_path_is_absolute (ref))
    {
      g_autofree char *decoded = NULL;

      /* Written as Markdown writes URLs ("harbour%20map.png") unless a
       * file has that very name */
      if (strchr (ref, '%') != NULL && !g_file_test (ref, G_FILE_TEST_EXISTS) &&
          (decoded = g_uri_unescape_string (ref, "/")) != NULL)
        return g_file_new_for_path (decoded);
      return g_file_new_for_path (ref);
    }
  images = g_build_filename (data_dir, "images", ref, NULL);
  return g_file_new_for_path (images);
}

/* Whether @bytes are a picture a site takes: by its first bytes (PNG,
 * JPEG, GIF, WebP, AVIF/HEIC, BMP, TIFF, ICO), else by the MIME database.
 * A text file named "photo.png" is not. */
static gboolean
is_image (GBytes *bytes)
{
  gsize size;
  const guchar *data = g_bytes_get_data (bytes, &size);
  g_autofree char *type = NULL;
  g_autofree char *mime = NULL;

  if ((size >= 8 && memcmp (data, "\x89PNG\r\n\x1a\n", 8) == 0) ||
      (size >= 3 && memcmp (data, "\xff\xd8\xff", 3) == 0) ||
      (size >= 6 && (memcmp (data, "GIF87a", 6) == 0 || memcmp (data, "GIF89a", 6) == 0)) ||
      (size >= 12 && memcmp (data, "RIFF", 4) == 0 && memcmp (data + 8, "WEBP", 4) == 0) ||
      (size >= 12 && memcmp (data + 4, "ftyp", 4) == 0 &&
       (memcmp (data + 8, "avif", 4) == 0 || memcmp (data + 8, "heic", 4) == 0 || memcmp (data + 8, "mif1", 4) == 0)) ||
      (size >= 2 && memcmp (data, "BM", 2) == 0) ||
      (size >= 4 && (memcmp (data, "II*\0", 4) == 0 || memcmp (data, "MM\0*", 4) == 0)) ||
      (size >= 4 && memcmp (data, "\0\0\1\0", 4) == 0))
    return TRUE;
  type = g_content_type_guess (NULL, data, size, NULL);
  mime = g_content_type_get_mime_type (type);
  return mime != NULL && g_str_has_prefix (mime, "image/") && !g_str_equal (mime, "image/svg+xml");
}

/* The name the site files @file under (and titles the attachment by): its
 * own, but a copy in the images folder is named by its checksum, so that
 * one is named by its alt text as a slug ("electric-ferry-at-the-quay.png"),
 * or "image" */
static char *
upload_name (GFile      *file,
             const char *alt)
{
  g_autofree char *base = g_file_get_basename (file);
  g_autofree char *slug = alt != NULL && *alt != '\0' ? byline_slugify (alt, 60) : NULL;

  if (!byline_images_name_is_valid (base))
    return g_steal_pointer (&base);
  /* (a file name in the upload's headers stays ASCII: an alt text in a
   * script slugs keep as it is names the file "image") */
  return g_strconcat (slug != NULL && *slug != '\0' && g_str_is_ascii (slug) ? slug : "image", strrchr (base, '.'),
                      NULL);
}

/* Uploads @file unless the site already has these bytes. WordPress keeps
 * the alt text and caption on the media item, so a picture with its own
 * (the featured image) is one upload per bytes, alt text and caption: the
 * same bytes inline, in another story or with the alt text changed since
 * would otherwise leave the site showing another text, or none. */
static BylineCmsMedia *
upload_once (Job         *job,
             GFile       *file,
             const char  *alt,
             const char  *caption,
             const char  *name_hint,
             GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(BylineCmsUpload) upload = NULL;
  g_autoptr(BylineCmsMedia) media = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *url = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 remote_id = 0;

  if (!(bytes = g_file_load_bytes (file, job->cancellable, NULL, &local_error)))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, BYLINE_PUBLISH_ERROR, BYLINE_PUBLISH_ERROR_INVALID,
                   _("Could not read the image “%s”: %s"), name, local_error->message);
      return NULL;
    }
  if (!is_image (bytes))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, BYLINE_PUBLISH_ERROR, BYLINE_PUBLISH_ERROR_INVALID,
                   _("“%s” is not a picture (PNG, JPEG, GIF, WebP, AVIF, HEIC, BMP, TIFF or ICO); nothing was published"), name);
      return NULL;
    }
  hash = byline_sha256_for_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  if ((alt != NULL && *alt != '\0') || (caption != NULL && *caption != '\0'))
    {
      g_autofree char *texts = g_strdup_printf ("%s%c%s", alt ? alt : "", '\0', caption ? caption : "");
      g_autofree char *texts_hash = byline_sha256_for_data (texts, strlen (alt ? alt : "") + 1 +
                                                                   strlen (caption ? caption : ""));
      char *keyed = g_strdup_printf ("%s:%s", hash, texts_hash);

      g_free (hash);
      hash = keyed;
    }
  if (byline_store_find_media (job->store, job->account, hash, &remote_id, &url, error))
    {
      media = byline_cms_media_new ();
      media->id = remote_id;
      media->source_url = g_steal_pointer (&url);
      _byline_publisher_note_media (job, media, FALSE);
      return g_steal_pointer (&media);
    }

  upload = byline_cms_upload_new ();
  upload->bytes = g_bytes_ref (bytes);
  upload->filename = upload_name (file, name_hint);
  upload->alt_text = g_strdup (alt && *alt ? alt : NULL);
  upload->caption = caption && *caption ? _byline_html_escape_text (caption) : NULL;
  /* Attached to the post at once when there is one (an update) */
  upload->post = job->post_id;
  if (!(media = byline_cms_upload_media_sync (job->cms, upload, job->cancellable, error)) ||
      !byline_store_save_media (job->store, job->account, hash, media->id, media->source_url, error))
    return NULL;
  _byline_publisher_note_media (job, media, TRUE);
  return g_steal_pointer (&media);
}

static char *
collect_image_cb (const char *url,
                  gpointer    user_data)
{
  GPtrArray *refs = user_data;
  g_autoptr(GFile) file = local_image_file (url);

  if (file != NULL)
    g_ptr_array_add (refs, g_strdup (url));
  return NULL;
}

static char *
map_image_cb (const char *url,
              gpointer    user_data)
{
  Job *job = user_data;

  return g_strdup (g_hash_table_lookup (job->uploaded, url));
}

static gboolean
upload_body_images (Job            *job,
                    BylineArticle  *article,
                    GError        **error)
{
  g_autoptr(GPtrArray) refs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) alts = byline_images_markdown_alts (byline_article_get_body (article));
  g_autofree char *html = NULL;

  if (!(html = byline_article_render_content_html (article, collect_image_cb, refs, error)))
    return FALSE;
  for (guint i = 0; i < refs->len; i++)
    {
      const char *ref = g_ptr_array_index (refs, i);
      g_autoptr(GFile) file = NULL;
      g_autoptr(BylineCmsMedia) media = NULL;

      if (g_hash_table_contains (job->uploaded, ref))
        continue;
      byline_outbox_runner_progress (job->runner, job->item_id, _("Uploading images"), 0.2 + 0.4 * i / refs->len);
      file = local_image_file (ref);
      /* Inline, the alt text is the img's own: the media item gets none,
       * but a picture from the images folder is named after it */
      if (!(media = upload_once (job, file, NULL, NULL, g_hash_table_lookup (alts, ref), error)))
        return FALSE;
      g_hash_table_insert (job->uploaded, g_strdup (ref), g_strdup (media->source_url));
    }
  return TRUE;
}

/* Terms */

static gint64
resolve_term (Job                *job,
              BylineCmsTermKind   kind,
              const char         *name,
              GError            **error)
{
  const char *kind_name = kind == BYLINE_CMS_TERM_CATEGORY ? "category" : "tag";
  g_autoptr(GPtrArray) cached = byline_store_list_terms (job->store, job->account, kind_name, error);
  g_autoptr(BylineCmsTerm) created = NULL;

  if (cached == NULL)
    return 0;
  for (guint i = 0; i < cached->len; i++)
    {
      BylineTerm *term = g_ptr_array_index (cached, i);
      g_autofree char *a = g_utf8_casefold (term->name, -1);
      g_autofree char *b = g_utf8_casefold (name, -1);

      if (g_str_equal (a, b))
        return term->remote_id;
    }

  /* Not on the site yet (or not cached): create it; an existing one with
   * the same name comes back instead of an error. */
  if (!(created = byline_cms_create_term_sync (job->cms, kind, name, job->cancellable, error)))
    return 0;
  g_ptr_array_add (cached, byline_term_new (created->id, created->name, created->slug, created->parent));
  if (!byline_store_replace_terms (job->store, job->account, kind_name, cached, error))
    return 0;
  return created->id;
}

static gint64
find_author (Job           *job,
             BylineArticle *article)
{
  const char * const *bylines = byline_article_get_bylines (article);
  g_autoptr(GPtrArray) authors = NULL;
  g_autofree char *wanted = NULL;

  if (bylines == NULL || bylines[0] == NULL)
    return 0;
  if (!(authors = byline_store_list_terms (job->store, job->account, "author", NULL)))
    return 0;
  wanted = g_utf8_casefold (bylines[0], -1);
  for (guint i = 0; i < authors->len; i++)
    {
      BylineTerm *author = g_ptr_array_index (authors, i);
      g_autofree char *name = g_utf8_casefold (author->name, -1);

      if (g_str_equal (name, wanted) || g_strcmp0 (author->slug, bylines[0]) == 0)
        return author->remote_id;
    }
  return 0;
}

/* The post to send */

/* The story's own slug, else its headline's */
static char *
post_slug (BylineArticle *article)
{
  return byline_article_get_slug (article)[0] != '\0'
         ? g_strdup (byline_article_get_slug (article))
         : byline_slugify (byline_article_get_headline (article), BYLINE_SLUG_MAX_LENGTH);
}

static BylineCmsPost *
build_post (Job                  *job,
            BylineArticle        *article,
            const BylineCmsSite  *site,
            const BylineCmsUser  *me,
            const char           *status,
            GError              **error)
{
  g_autoptr(BylineCmsPost) post = byline_cms_post_new ();
  g_autoptr(GArray) tag_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  const char * const *tags = byline_article_get_tags (article);
  const char *section = byline_article_get_section (article);
  const char *image_path = byline_article_get_image_path (article);
  const char *uuid = byline_article_get_uuid (article);
  g_autofree char *html = NULL;

  post->status = g_strdup (status);
  /* WordPress shows the title, excerpt and captions as HTML: a headline
   * is text, and "<b>" in it is shown as written, never as markup */
  post->title = _byline_html_escape_text (byline_article_get_headline (article));
  if (!(html = byline_article_render_content_html (article, map_image_cb, job, error)))
    return NULL;
  post->content = g_strdup_printf ("%s%s%s -->\n", html, BYLINE_UUID_MARKER_PREFIX, uuid);
  /* Without an excerpt of its own the site would make one of the
   * content's first words, credit line and all: the standfirst is it */
  post->excerpt = _byline_html_escape_text (byline_article_get_summary (article));
  post->slug = post_slug (article);

  if (g_str_equal (status, "future"))
    {
      GDateTime *date = byline_article_get_date (article);
      g_autoptr(GDateTime) now = g_date_time_new_from_unix_utc (byline_outbox_runner_now (job->runner));

      if (date == NULL)
        {
          g_set_error_literal (error, BYLINE_PUBLISH_ERROR, BYLINE_PUBLISH_ERROR_INVALID,
                               _("A scheduled story needs a date and time"));
          return NULL;
        }
      if (g_date_time_compare (date, now) <= 0)
        {
          g_set_error_literal (error, BYLINE_PUBLISH_ERROR, BYLINE_PUBLISH_ERROR_INVALID,
                               _("The schedule time is in the past"));
          return NULL;
        }
      post->date_gmt = g_date_time_to_utc (date);
    }

  /* A section or tags taken off the story go from its post (a new post
   * without a section is left to WordPress's default category) */
  if (section[0] != '\0')
    {
      gint64 id = resolve_term (job, BYLINE_CMS_TERM_CATEGORY, section, error);

      if (id <= 0)
        return NULL;
      byline_cms_post_set_ids (&post->categories, &id, 1);
    }
  else if (job->post_id > 0)
    byline_cms_post_set_ids (&post->categories, NULL, 0);
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      gint64 id = resolve_term (job, BYLINE_CMS_TERM_TAG, tags[i], error);

      if (id <= 0)
        return NULL;
      g_array_append_val (tag_ids, id);
    }
  byline_cms_post_set_ids (&post->tags, (const gint64 *) (gpointer) tag_ids->data, tag_ids->len);

  if (byline_cms_user_has_capability (me, "edit_others_posts"))
    post->author = find_author (job, article);

  if (image_path[0] != '\0')
    {
      g_autoptr(GFile) file = local_image_file (image_path);
      g_autoptr(BylineCmsMedia) media = NULL;

      if (file != NULL)
        {
          byline_outbox_runner_progress (job->runner, job->item_id, _("Uploading the featured image"), 0.6);
          if (!(media = upload_once (job, file, byline_article_get_image_alt (article),
                                     byline_article_get_image_caption (article),
                                     byline_article_get_image_alt (article), error)))
            return NULL;
          post->featured_media = media->id;
          byline_article_set_image_media_id (article, media->id);
        }
    }
  /* No picture of its own: a story pulled from the site keeps the post's
   * (its media id), else the post has none */
  else
    post->featured_media = byline_article_get_image_media_id (article) > 0 ? -1 : 0;

  if (site->has_byline_meta)
    {
      const char * const *bylines = byline_article_get_bylines (article);

      post->meta_uuid = g_strdup (uuid);
      post->meta_dateline = g_strdup (byline_article_get_dateline (article));
      post->meta_bylines = bylines ? g_strdupv ((char **) bylines) : g_new0 (char *, 1);
    }

  return g_steal_pointer (&post);
}

static JsonNode *
result_node (const BylineCmsPost *post)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *modified = _byline_publisher_format_gmt (post->modified_gmt);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "remote_id");
  json_builder_add_int_value (builder, post->id);
  json_builder_set_member_name (builder, "url");
  json_builder_add_string_value (builder, post->link);
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, post->status);
  json_builder_set_member_name (builder, "remote_modified");
  json_builder_add_string_value (builder, modified);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* Records where the article now lives and what it is. Once the story is
 * out (or scheduled) its address stays: it keeps the slug the site gave it
 * (made unique there, "…-2", when taken), so a headline edited later does
 * not move the story on the next publish. A draft's slug, when empty, goes
 * on following the headline. */
static gboolean
record (Job                 *job,
        BylineArticle       *article,
        const BylineCmsPost *post,
        GError             **error)
{
  BylineArticleStatus status = _byline_publisher_status_for (post->status, byline_article_get_status (article));
  gboolean keep_slug = (status == BYLINE_ARTICLE_STATUS_PUBLISHED || status == BYLINE_ARTICLE_STATUS_SCHEDULED) &&
                       post->slug != NULL && post->slug[0] != '\0';
  g_autofree char *modified = _byline_publisher_format_gmt (post->modified_gmt);
  g_autofree char *hash = NULL;
  g_autoptr(BylineArticleLink) link = NULL;
  g_autoptr(BylineArticle) fresh = NULL;

  /* (the slug is part of what was published: the hash includes it) */
  if (keep_slug)
    byline_article_set_slug (article, post->slug);
  hash = byline_article_content_hash (article);
  link = byline_article_link_new (job->account, post->id, post->link, modified, hash);
  if (!byline_store_set_link (job->store, byline_article_get_id (article), link, error))
    return FALSE;
  /* Reload: the editor may have saved since we loaded; only the status,
   * the slug and the featured image's media id change here. */
  if (!(fresh = byline_store_load_article (job->store, byline_article_get_id (article), NULL, error)))
    return FALSE;
  byline_article_set_status (fresh, _byline_publisher_status_for (post->status, byline_article_get_status (fresh)));
  if (keep_slug)
    byline_article_set_slug (fresh, post->slug);
  if (g_strcmp0 (byline_article_get_image_path (fresh), byline_article_get_image_path (article)) == 0)
    byline_article_set_image_media_id (fresh, byline_article_get_image_media_id (article));
  return byline_store_save_article (job->store, fresh, BYLINE_SAVE_AUTOSAVE, NULL, error);
}

static JsonNode *
publish (Job          *job,
         JsonObject   *payload,
         GError      **error)
{
  g_autoptr(BylineArticle) article = NULL;
  g_autoptr(BylineCmsSite) site = NULL;
  g_autoptr(BylineCmsUser) me = NULL;
  g_autoptr(BylineCmsPost) post = NULL;
  g_autoptr(BylineCmsPost) sent = NULL;
  g_autoptr(GError) local_error = NULL;
  const BylineArticleLink *link;
  const char *status = json_object_get_string_member_with_default (payload, "status", NULL);
  g_autofree char *remote_status = NULL;
  gboolean force = json_object_get_boolean_member_with_default (payload, "force", FALSE);
  gint64 remote_id = 0;

  if (!(article = byline_store_load_article (job->store,
                                             json_object_get_int_member_with_default (payload, "article", 0),
                                             job->cancellable, error)))
    return NULL;
  if (byline_article_get_headline (article)[0] == '\0')
    {
      g_set_error_literal (error, BYLINE_PUBLISH_ERROR, BYLINE_PUBLISH_ERROR_INVALID,
                           _("The story has no headline"));
      return NULL;
    }

  byline_outbox_runner_progress (job->runner, job->item_id, _("Reading the site"), 0.05);
  if (!_byline_publisher_read_site (job, &site, &me, error))
    return NULL;

  /* The conflict check comes before anything is uploaded or created. */
  link = byline_article_find_link (article, job->account);
  if (link != NULL && link->remote_id > 0)
    {
      g_autoptr(BylineCmsPost) remote = NULL;

      byline_outbox_runner_progress (job->runner, job->item_id, _("Checking the site’s copy"), 0.1);
      remote = byline_cms_get_post_sync (job->cms, link->remote_id, "id,modified_gmt,status",
                                         job->cancellable, &local_error);
      if (remote != NULL)
        {
          g_autofree char *modified = _byline_publisher_format_gmt (remote->modified_gmt);

          remote_id = remote->id;
          remote_status = g_strdup (remote->status);
          /* Someone put it in the site's trash: that is a decision, not an edit */
          if (!force && g_strcmp0 (remote->status, "trash") == 0)
            {
              g_set_error_literal (error, BYLINE_PUBLISH_ERROR, BYLINE_PUBLISH_ERROR_INVALID,
                                   _("The post is in the site’s trash; restore it there first (or publish "
                                     "with --force from the command line); nothing was changed"));
              return NULL;
            }
          if (!force && link->remote_modified != NULL && g_strcmp0 (modified, link->remote_modified) != 0)
            {
              g_set_error (error, BYLINE_PUBLISH_ERROR, BYLINE_PUBLISH_ERROR_CONFLICT,
                           _("The story was changed on the site (at %s UTC) since Byline last saw it; "
                             "nothing was overwritten"), modified);
              return NULL;
            }
        }
      else if (!g_error_matches (local_error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_NOT_FOUND))
        return (g_propagate_error (error, g_steal_pointer (&local_error)), NULL);
      g_clear_error (&local_error);
    }

  /* No link (never published from this account, or the account was
   * removed and added again): a post the story made before is found
   * again by its UUID, and updated as any linked post is */
  if (remote_id == 0)
    {
      g_autoptr(BylineCmsPost) existing = NULL;
      g_autofree char *slug = post_slug (article);

      byline_outbox_runner_progress (job->runner, job->item_id, _("Looking for an earlier copy"), 0.15);
      existing = _byline_publisher_find_by_uuid (job, slug, byline_article_get_uuid (article), &local_error);
      if (local_error != NULL)
        return (g_propagate_error (error, g_steal_pointer (&local_error)), NULL);
      if (existing != NULL)
        {
          remote_id = existing->id;
          remote_status = g_strdup (existing->status);
        }
    }

  /* Uploads to an existing post are attached to it as they go */
  job->post_id = remote_id;

  /* No status asked for: an update keeps the post's, a new post is a draft */
  if (status == NULL)
    status = remote_status != NULL && g_strcmp0 (remote_status, "trash") != 0 ? remote_status : "draft";

  if (!upload_body_images (job, article, error) ||
      !(post = build_post (job, article, site, me, status, error)))
    return NULL;
  /* A live post's address stays when the story has no slug of its own
   * (published before Byline kept it): none is sent, the site keeps its */
  if (remote_id > 0 && byline_article_get_slug (article)[0] == '\0' &&
      (g_strcmp0 (remote_status, "publish") == 0 || g_strcmp0 (remote_status, "future") == 0 ||
       g_strcmp0 (remote_status, "private") == 0))
    g_clear_pointer (&post->slug, g_free);

  byline_outbox_runner_progress (job->runner, job->item_id, _("Sending the story"), 0.8);
  if (remote_id > 0)
    sent = byline_cms_update_post_sync (job->cms, remote_id, post, job->cancellable, error);
  else
    sent = byline_cms_create_post_sync (job->cms, post, job->cancellable, error);
  if (sent == NULL || !record (job, article, sent, error))
    return NULL;
  _byline_publisher_attach_media (job, sent->id);

  return result_node (sent);
}

static gboolean
job_init (Job                *job,
          BylineOutboxRunner *runner,
          BylineOutboxItem   *item,
          BylineCms          *cms,
          GCancellable       *cancellable,
          JsonObject        **payload,
          JsonParser         *parser,
          GError            **error)
{
  JsonNode *root;

  job->runner = runner;
  job->store = byline_outbox_runner_get_store (runner);
  job->cms = cms;
  job->account = item->account;
  job->item_id = item->id;
  job->cancellable = cancellable;
  job->uploaded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  job->media = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  if (!json_parser_load_from_data (parser, item->payload, -1, error))
    return FALSE;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, BYLINE_PUBLISH_ERROR, BYLINE_PUBLISH_ERROR_INVALID,
                           _("The outbox entry is damaged"));
      return FALSE;
    }
  *payload = json_node_get_object (root);
  json_object_set_int_member (*payload, "article", item->target);

  /* A story deleted since the row was queued: nothing to send, and never
   * the story that took its id since (rows queued before the UUID was in
   * the payload are checked for the story only) */
  {
    g_autoptr(GError) local_error = NULL;
    g_autoptr(BylineArticle) article = byline_store_load_article (job->store, item->target, NULL, &local_error);
    const char *uuid = json_object_get_string_member_with_default (*payload, "uuid", NULL);

    if (article == NULL && !g_error_matches (local_error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND))
      {
        g_propagate_error (error, g_steal_pointer (&local_error));
        return FALSE;
      }
    if (article == NULL || (uuid != NULL && g_strcmp0 (uuid, byline_article_get_uuid (article)) != 0))
      {
        g_set_error_literal (error, BYLINE_OUTBOX_ERROR, BYLINE_OUTBOX_ERROR_WITHDRAWN,
                             _("The story was deleted after this was queued: nothing was sent"));
        return FALSE;
      }
  }
  return TRUE;
}

JsonNode *
_byline_publisher_send_publish (BylineOutboxRunner  *runner,
                                BylineOutboxItem    *item,
                                BylineCms           *cms,
                                GCancellable        *cancellable,
                                gpointer             user_data,
                                GError             **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *payload = NULL;
  Job job = { 0 };
  JsonNode *result = NULL;

  if (job_init (&job, runner, item, cms, cancellable, &payload, parser, error))
    result = publish (&job, payload, error);
  g_clear_pointer (&job.uploaded, g_hash_table_unref);
  g_clear_pointer (&job.media, g_hash_table_unref);
  return result;
}

/* "unpublish" (back to draft) and "trash" rows: the payload is empty. */
JsonNode *
_byline_publisher_send_status (BylineOutboxRunner  *runner,
                               BylineOutboxItem    *item,
                               BylineCms           *cms,
                               GCancellable        *cancellable,
                               gpointer             user_data,
                               GError             **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(BylineArticle) article = NULL;
  g_autoptr(BylineCmsPost) sent = NULL;
  JsonObject *payload = NULL;
  const BylineArticleLink *link;
  Job job = { 0 };
  gboolean ok = FALSE;

  if (!job_init (&job, runner, item, cms, cancellable, &payload, parser, error) ||
      !(article = byline_store_load_article (job.store, item->target, cancellable, error)))
    goto out;
  link = byline_article_find_link (article, item->account);
  if (link == NULL || link->remote_id <= 0)
    {
      g_set_error (error, BYLINE_PUBLISH_ERROR, BYLINE_PUBLISH_ERROR_NOT_LINKED,
                   _("The story is not on “%s”"), item->account);
      goto out;
    }

  if (g_str_equal (item->kind, "trash"))
    {
      g_autoptr(BylineArticle) fresh = NULL;

      if (!(sent = byline_cms_delete_post_sync (cms, link->remote_id, FALSE, cancellable, error)) ||
          !byline_store_remove_link (job.store, item->target, item->account, error) ||
          !(fresh = byline_store_load_article (job.store, item->target, NULL, error)))
        goto out;
      byline_article_set_status (fresh, _byline_publisher_status_for ("trash", byline_article_get_status (fresh)));
      ok = byline_store_save_article (job.store, fresh, BYLINE_SAVE_AUTOSAVE, NULL, error);
    }
  else
    {
      g_autoptr(BylineCmsPost) post = byline_cms_post_new ();

      post->status = g_strdup ("draft");
      ok = (sent = byline_cms_update_post_sync (cms, link->remote_id, post, cancellable, error)) != NULL &&
           record (&job, article, sent, error);
    }

out:
  g_clear_pointer (&job.uploaded, g_hash_table_unref);
  g_clear_pointer (&job.media, g_hash_table_unref);
  return ok ? result_node (sent) : NULL;
}

/* byline-cms-types.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Plain data that travels between Byline and a CMS. These are wire records,
 * deliberately not BylineArticle: converting an article to a post (and back)
 * is the publish pipeline's job. Every string is valid UTF-8 or NULL. */

/**
 * BylineCmsCommentStatus:
 * @BYLINE_CMS_COMMENT_HOLD: waiting for moderation ("hold" both ways)
 * @BYLINE_CMS_COMMENT_APPROVED: visible (filter word "approve", response "approved")
 * @BYLINE_CMS_COMMENT_SPAM: marked as spam
 * @BYLINE_CMS_COMMENT_TRASH: in the trash
 * @BYLINE_CMS_COMMENT_ALL: only as a list filter: WordPress's "all" (hold + approved)
 * @BYLINE_CMS_COMMENT_UNKNOWN: a status word Byline does not know
 */
typedef enum
{
  BYLINE_CMS_COMMENT_HOLD,
  BYLINE_CMS_COMMENT_APPROVED,
  BYLINE_CMS_COMMENT_SPAM,
  BYLINE_CMS_COMMENT_TRASH,
  BYLINE_CMS_COMMENT_ALL,
  BYLINE_CMS_COMMENT_UNKNOWN,
} BylineCmsCommentStatus;

const char             *byline_cms_comment_status_to_string   (BylineCmsCommentStatus status);
const char             *byline_cms_comment_status_to_filter   (BylineCmsCommentStatus status);
BylineCmsCommentStatus  byline_cms_comment_status_from_string (const char            *str);

/**
 * BylineCmsTermKind:
 *
 * The taxonomies Byline uses.
 */
typedef enum
{
  BYLINE_CMS_TERM_CATEGORY,
  BYLINE_CMS_TERM_TAG,
} BylineCmsTermKind;

/**
 * BylineCmsUser:
 * @roles: role names ("editor", …), never %NULL
 * @capabilities: the capabilities the user has (only with edit context), never %NULL
 */
typedef struct
{
  gint64   id;
  char    *name;
  char    *slug;
  char    *email;
  char   **roles;
  char   **capabilities;
} BylineCmsUser;

/**
 * BylineCmsSite:
 * @time_zone: an IANA zone ("Europe/Oslo") or %NULL when the site only has
 *   an offset (@gmt_offset_seconds)
 * @has_byline_meta: the site registers the `byline_*` post meta (see README)
 */
typedef struct
{
  char     *name;
  char     *description;
  char     *url;
  char     *home;
  char     *time_zone;
  int       gmt_offset_seconds;
  gboolean  has_byline_meta;
} BylineCmsSite;

typedef struct
{
  gint64             id;
  BylineCmsTermKind  kind;
  char              *name;
  char              *slug;
  gint64             parent;
  gint64             count;
} BylineCmsTerm;

/**
 * BylineCmsPost:
 *
 * A post (or one of its revisions). When sent, only the fields that are set
 * travel: strings and arrays when not %NULL, @author when not 0,
 * @featured_media when not negative (0 clears the featured image),
 * @date_gmt when not %NULL. byline_cms_post_new() gives an empty post with
 * nothing set. Received posts have the raw fields (context=edit) when the
 * account may see them, the rendered ones always.
 */
typedef struct
{
  gint64      id;
  gint64      parent;          /* revisions: the post they belong to */
  char       *status;          /* draft, pending, publish, future, private, trash */
  char       *title;           /* raw */
  char       *title_rendered;
  char       *content;         /* raw */
  char       *content_rendered;
  char       *excerpt;         /* raw */
  char       *slug;
  char       *link;
  GDateTime  *date_gmt;
  GDateTime  *modified_gmt;
  gint64      author;
  gint64      featured_media;
  GArray     *categories;      /* of gint64 */
  GArray     *tags;            /* of gint64 */
  char       *meta_uuid;       /* post meta byline_uuid */
  char      **meta_bylines;    /* post meta byline_bylines */
  char       *meta_dateline;   /* post meta byline_dateline */
} BylineCmsPost;

typedef struct
{
  gint64                  id;
  gint64                  post;
  gint64                  parent;
  gint64                  author;
  char                   *author_name;
  char                   *author_email;
  char                   *author_url;
  char                   *author_ip;
  char                   *author_user_agent;
  GDateTime              *date_gmt;
  BylineCmsCommentStatus  status;
  char                   *content;          /* raw: never render as HTML */
  char                   *content_rendered; /* never render as HTML either */
  char                   *link;
  char                   *type;             /* "comment", "pingback", "trackback", …; NULL: not asked */
} BylineCmsComment;

typedef struct
{
  gint64  id;
  gint64  post;      /* the post it is attached to (0: none) */
  char   *source_url;
  char   *mime_type;
  char   *alt_text;
  char   *caption;   /* raw */
  char   *title;     /* raw */
} BylineCmsMedia;

/**
 * BylineCmsUpload:
 * @file: the file to upload, or %NULL when @bytes is set
 * @bytes: the content, or %NULL when @file is set
 * @filename: the name the site gets (required with @bytes; else @file's basename)
 * @mime_type: e.g. "image/png"; guessed from @filename when %NULL
 * @post: the post to attach it to (0: none yet)
 */
typedef struct
{
  GFile  *file;
  GBytes *bytes;
  char   *filename;
  char   *mime_type;
  char   *alt_text;
  char   *caption;
  char   *title;
  gint64  post;
} BylineCmsUpload;

/**
 * BylineCmsQuery:
 * @page: 1-based page; 0 fetches every page (several in flight)
 * @per_page: 1–100; 0 means 100
 * @status: posts: a WordPress status list ("draft,publish") or %NULL;
 * @comment_status: comments: the filter (default %BYLINE_CMS_COMMENT_ALL)
 * @after: only items newer than this, or %NULL
 * @fields: the `_fields` list ("id,status"), or %NULL for whole objects
 * @post: comments: only on this post (0: any)
 * @search: WordPress's full-text `search`, or %NULL
 * @slug: posts: only the post with this slug (to find a post again after
 *   a publish whose answer was lost), or %NULL
 * @edit_context: ask for `context=edit` (raw fields, author IP, …)
 * @max_pages: stop after this many pages (0: no limit)
 * @include: only these ids, comma-separated ("3,7,9"), or %NULL
 * @parent: comments: only the replies to this comment (0: any)
 * @post_type: posts: the REST base of another post type ("pages"), or
 *   %NULL for posts
 * @comment_type: comments: WordPress's `type` filter ("all": comments,
 *   pingbacks, trackbacks and any other type), or %NULL for comments only
 */
typedef struct
{
  guint                   page;
  guint                   per_page;
  char                   *status;
  BylineCmsCommentStatus  comment_status;
  GDateTime              *after;
  char                   *fields;
  gint64                  post;
  char                   *search;
  char                   *slug;
  gboolean                edit_context;
  guint                   max_pages;
  char                   *include;
  gint64                  parent;
  char                   *post_type;
  char                   *comment_type;
} BylineCmsQuery;

#define BYLINE_TYPE_CMS_USER    (byline_cms_user_get_type ())
#define BYLINE_TYPE_CMS_SITE    (byline_cms_site_get_type ())
#define BYLINE_TYPE_CMS_TERM    (byline_cms_term_get_type ())
#define BYLINE_TYPE_CMS_POST    (byline_cms_post_get_type ())
#define BYLINE_TYPE_CMS_COMMENT (byline_cms_comment_get_type ())
#define BYLINE_TYPE_CMS_MEDIA   (byline_cms_media_get_type ())

GType             byline_cms_user_get_type    (void) G_GNUC_CONST;
GType             byline_cms_site_get_type    (void) G_GNUC_CONST;
GType             byline_cms_term_get_type    (void) G_GNUC_CONST;
GType             byline_cms_post_get_type    (void) G_GNUC_CONST;
GType             byline_cms_comment_get_type (void) G_GNUC_CONST;
GType             byline_cms_media_get_type   (void) G_GNUC_CONST;

BylineCmsUser    *byline_cms_user_new         (void);
BylineCmsUser    *byline_cms_user_copy        (const BylineCmsUser    *user);
void              byline_cms_user_free        (BylineCmsUser          *user);
gboolean          byline_cms_user_has_capability (const BylineCmsUser *user,
                                                  const char          *capability);
BylineCmsSite    *byline_cms_site_new         (void);
BylineCmsSite    *byline_cms_site_copy       (const BylineCmsSite    *site);
void              byline_cms_site_free        (BylineCmsSite          *site);
BylineCmsTerm    *byline_cms_term_new         (void);
BylineCmsTerm    *byline_cms_term_copy        (const BylineCmsTerm    *term);
void              byline_cms_term_free        (BylineCmsTerm          *term);
BylineCmsPost    *byline_cms_post_new         (void);
BylineCmsPost    *byline_cms_post_copy        (const BylineCmsPost    *post);
void              byline_cms_post_free        (BylineCmsPost          *post);
void              byline_cms_post_set_ids     (GArray                **field,
                                               const gint64           *ids,
                                               guint                   n_ids);
BylineCmsComment *byline_cms_comment_new      (void);
BylineCmsComment *byline_cms_comment_copy     (const BylineCmsComment *comment);
void              byline_cms_comment_free     (BylineCmsComment       *comment);
BylineCmsMedia   *byline_cms_media_new        (void);
BylineCmsMedia   *byline_cms_media_copy       (const BylineCmsMedia   *media);
void              byline_cms_media_free       (BylineCmsMedia         *media);
BylineCmsUpload  *byline_cms_upload_new       (void);
void              byline_cms_upload_free      (BylineCmsUpload        *upload);
BylineCmsQuery   *byline_cms_query_new        (void);
BylineCmsQuery   *byline_cms_query_copy       (const BylineCmsQuery   *query);
void              byline_cms_query_free       (BylineCmsQuery         *query);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineCmsUser, byline_cms_user_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineCmsSite, byline_cms_site_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineCmsTerm, byline_cms_term_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineCmsPost, byline_cms_post_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineCmsComment, byline_cms_comment_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineCmsMedia, byline_cms_media_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineCmsUpload, byline_cms_upload_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineCmsQuery, byline_cms_query_free)

G_END_DECLS

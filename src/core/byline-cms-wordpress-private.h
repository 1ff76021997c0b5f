/* byline-cms-wordpress-private.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libsoup/soup.h>
#include <json-glib/json-glib.h>

#include "byline-cms-wordpress.h"
#include "byline-wp-json.h"
#include "byline-wp-scan.h"

G_BEGIN_DECLS

struct _BylineCmsWordpress
{
  GObject       parent_instance;

  char         *url;
  char         *user;
  char         *password;      /* never logged, never in an error message */
  char         *api_root;      /* ".../wp-json/" or ".../?rest_route=/" */
  GUri         *api_origin;    /* credentials go to this origin only */
  SoupSession  *session;
  GList        *discovery_waiters;
  gboolean      discovering;
  guint         timeout;
  gsize         max_response_size;
};

/* How many pages of a list are in flight at once (and connections per host). */
#define BYLINE_WP_PARALLEL_PAGES 4
#define BYLINE_WP_MAX_REDIRECTS  5

typedef struct
{
  guint     status;
  JsonNode *root;
  GPtrArray *items;        /* read by the request's scan function instead (then no root) */
  gint64    total;         /* X-WP-Total, or -1 */
  gint64    total_pages;   /* X-WP-TotalPages, or -1 */
  char     *link;          /* the Link header of a discovery request */
} BylineWpResponse;

void              _byline_wp_response_free     (BylineWpResponse *response);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineWpResponse, _byline_wp_response_free)

/* A GET (a page of a list) whose 2xx answer @scan reads, when it can,
 * into the response's items; json-glib into its root when it cannot. */
void              _byline_wp_get_async         (BylineCmsWordpress  *self,
                                                const char          *path,
                                                const char          *query,
                                                BylineWpScanFunc     scan,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);

/* One REST request: @path relative to the API root ("wp/v2/posts/3"),
 * @query already form-encoded or NULL, @body NULL for none. Finishes with
 * the decoded JSON of a 2xx answer, or a BYLINE_CMS_ERROR. */
void              _byline_wp_request_async     (BylineCmsWordpress  *self,
                                                const char          *method,
                                                const char          *path,
                                                const char          *query,
                                                GBytes              *body,
                                                const char          *content_type,
                                                const char          *content_disposition,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
BylineWpResponse *_byline_wp_request_finish    (BylineCmsWordpress  *self,
                                                GAsyncResult        *result,
                                                GError             **error);
void              _byline_wp_fetch_async       (BylineCmsWordpress  *self,
                                                const char          *url,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
void              _byline_wp_discover_async    (BylineCmsWordpress  *self,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
gboolean          _byline_wp_discover_finish   (BylineCmsWordpress  *self,
                                                GAsyncResult        *result,
                                                GError             **error);
char             *_byline_wp_parse_api_link    (const char          *link_header);
gboolean          _byline_wp_same_origin       (GUri                *a,
                                                GUri                *b);
guint             _byline_wp_parse_retry_after (const char          *value);

/* byline-cms-wordpress-list.c: every page of a collection. */
void              _byline_wp_list_async        (BylineCmsWordpress  *self,
                                                const char          *path,
                                                GString             *query,
                                                const BylineCmsQuery *options,
                                                BylineWpDecodeFunc   decode,
                                                BylineWpScanFunc     scan,
                                                GDestroyNotify       free_func,
                                                GCancellable        *cancellable,
                                                GTask               *task);

G_END_DECLS

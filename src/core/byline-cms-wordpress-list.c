/* byline-cms-wordpress-list.c: every page of a collection, several in flight
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-wordpress"

#include "config.h"

#include "byline-cms-wordpress-private.h"

/* WordPress refuses per_page > 100; a safety stop for endless lists. */
#define MAX_PER_PAGE 100
#define MAX_PAGES    10000

typedef struct
{
  char               *path;
  char               *query;        /* without page= */
  guint               max_pages;
  BylineWpDecodeFunc  decode;
  BylineWpScanFunc    scan;
  GDestroyNotify      free_func;
  GPtrArray          *pages;        /* page - 1 → GPtrArray of items, or NULL */
  guint               next_page;
  guint               total_pages;
  guint               in_flight;
  gboolean            single;       /* one given page, not the whole list */
  gboolean            returned;
} ListState;

typedef struct
{
  GTask *task;
  guint  page;
} PageRequest;

static void
list_state_free (ListState *state)
{
  g_free (state->path);
  g_free (state->query);
  g_clear_pointer (&state->pages, g_ptr_array_unref);
  g_free (state);
}

static void request_page (GTask *task, guint page);

static void
maybe_finish (GTask *task)
{
  ListState *state = g_task_get_task_data (task);
  g_autoptr(GPtrArray) items = NULL;

  if (state->returned || state->in_flight > 0 || state->next_page <= state->total_pages)
    return;

  items = g_ptr_array_new_with_free_func (state->free_func);
  for (guint i = 0; i < state->pages->len; i++)
    {
      GPtrArray *page = g_ptr_array_index (state->pages, i);

      /* Move the items over without copying them. */
      for (guint j = 0; page != NULL && j < page->len; j++)
        g_ptr_array_add (items, g_ptr_array_index (page, j));
      if (page != NULL)
        g_ptr_array_set_free_func (page, NULL);
    }

  state->returned = TRUE;
  g_task_return_pointer (task, g_steal_pointer (&items), (GDestroyNotify) g_ptr_array_unref);
}

static void
fill_pipeline (GTask *task)
{
  ListState *state = g_task_get_task_data (task);

  while (!state->returned && state->in_flight < BYLINE_WP_PARALLEL_PAGES &&
         state->next_page <= state->total_pages)
    request_page (task, state->next_page++);
}

static void
page_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  PageRequest *request = user_data;
  g_autoptr(GTask) task = request->task;
  ListState *state = g_task_get_task_data (task);
  guint page = request->page;
  g_autoptr(BylineWpResponse) response = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *items;

  g_free (request);
  state->in_flight--;

  response = _byline_wp_request_finish (BYLINE_CMS_WORDPRESS (object), result, &error);
  if (state->returned)
    return;

  if (response != NULL && response->items != NULL)
    items = g_steal_pointer (&response->items);
  else if (response != NULL)
    items = byline_wp_json_decode_list (response->root, state->decode, state->free_func, &error);
  else
    items = NULL;

  if (items == NULL)
    {
      state->returned = TRUE;
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (page == 1 && !state->single)
    {
      /* The first page says how many there are; then several in flight. */
      guint total = response->total_pages > 0 ? (guint) response->total_pages : 1;

      state->total_pages = MIN (total, state->max_pages);
      g_ptr_array_set_size (state->pages, state->total_pages);
    }

  if (state->single)
    {
      byline_cms_list_set_total_pages (task, response->total_pages);
      page = 1;
    }
  if (page <= state->pages->len)
    g_ptr_array_index (state->pages, page - 1) = items;
  else
    g_ptr_array_unref (items);

  fill_pipeline (task);
  maybe_finish (task);
}

static void
request_page (GTask *task,
              guint  page)
{
  BylineCmsWordpress *self = g_task_get_source_object (task);
  ListState *state = g_task_get_task_data (task);
  g_autofree char *query = NULL;
  PageRequest *request = g_new0 (PageRequest, 1);

  request->task = g_object_ref (task);
  request->page = page;
  state->in_flight++;
  query = g_strdup_printf ("%s%spage=%u", state->query, *state->query ? "&" : "", page);
  _byline_wp_get_async (self, state->path, query, state->scan, g_task_get_cancellable (task), page_cb, request);
}

static void
free_page (gpointer data)
{
  if (data != NULL)
    g_ptr_array_unref (data);
}

/**
 * _byline_wp_list_async:
 * @query: the collection's own parameters; per_page is added here
 * @scan: (nullable): reads a page in place when it can (byline-wp-scan.c);
 *   @decode reads the json-glib tree of any other
 * @task: the operation's task: returns a GPtrArray of decoded items
 *
 * With `options->page` 0 fetches page 1, reads X-WP-TotalPages and then
 * keeps BYLINE_WP_PARALLEL_PAGES pages in flight; the result keeps the
 * site's order. The first failing page fails the whole list.
 */
void
_byline_wp_list_async (BylineCmsWordpress   *self,
                       const char           *path,
                       GString              *query,
                       const BylineCmsQuery *options,
                       BylineWpDecodeFunc    decode,
                       BylineWpScanFunc      scan,
                       GDestroyNotify        free_func,
                       GCancellable         *cancellable,
                       GTask                *task)
{
  ListState *state = g_new0 (ListState, 1);
  guint per_page = options && options->per_page ? MIN (options->per_page, MAX_PER_PAGE) : MAX_PER_PAGE;

  g_string_append_printf (query, "%sper_page=%u", query->len ? "&" : "", per_page);
  state->path = g_strdup (path);
  state->query = g_strdup (query->str);
  state->decode = decode;
  state->scan = scan;
  state->free_func = free_func;
  state->max_pages = options && options->max_pages ? options->max_pages : MAX_PAGES;
  state->pages = g_ptr_array_new_with_free_func (free_page);
  g_task_set_task_data (task, state, (GDestroyNotify) list_state_free);

  if (options != NULL && options->page > 0)
    {
      g_autofree char *paged = g_strdup_printf ("%s&page=%u", state->query, options->page);
      PageRequest *request = g_new0 (PageRequest, 1);

      /* One given page: the list is that page only. */
      state->single = TRUE;
      state->next_page = 2;
      state->total_pages = 1;
      g_ptr_array_set_size (state->pages, 1);
      state->in_flight++;
      request->task = g_object_ref (task);
      request->page = options->page;
      _byline_wp_get_async (self, path, paged, state->scan, cancellable, page_cb, request);
      return;
    }

  state->next_page = 2;
  state->total_pages = 1;
  g_ptr_array_set_size (state->pages, 1);
  request_page (task, 1);
}

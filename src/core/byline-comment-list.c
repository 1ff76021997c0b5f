/* byline-comment-list.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-comment-list"

#include "config.h"

#include "byline-comment-list.h"
#include "byline-paged-cache.h"

/* A GListModel of cached comments for the comment queue, like
 * #BylineArticleList: virtual (it knows the count and loads rows a page at
 * a time, keeping at most MAX_PAGES pages in a #BylinePagedCache), so
 * 100,000 comments cost a count query and a few pages. A page after a
 * loaded one (scrolling on) seeks from that page's last comment in the
 * list's index (byline_store_query_comments_after()); a page far away (a
 * jump) counts its offset along the index.
 *
 * Changes are announced by whoever makes them: begin_change() notes where
 * the comments are now (from the loaded pages, or a position query), the
 * caller changes the store, end_change() looks where they are afterwards
 * and emits ONE items-changed covering both (the rows outside it are the
 * same rows in the same places). */

#define MAX_PAGES 8

struct _BylineCommentList
{
  GObject             parent_instance;

  BylineStore        *store;
  BylineCommentQuery  query;
  guint               n_items;
  BylinePagedCache    pages;       /* of BylineComment */
  GArray             *changing;    /* of gint64 ids, between begin and end */
  GArray             *old_positions;
  gboolean            old_unknown;
};

static void byline_comment_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BylineCommentList, byline_comment_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, byline_comment_list_model_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
query_clear (BylineCommentQuery *query)
{
  g_free ((char *) query->account);
  g_free ((char *) query->status);
  g_free ((char *) query->author);
  g_free ((char *) query->search);
}

static guint
count_items (BylineCommentList *self)
{
  g_autoptr(GError) error = NULL;
  gint64 n = byline_store_count_comments (self->store, &self->query, &error);

  if (n < 0)
    {
      g_warning ("Could not count the comments: %s", error->message);
      return 0;
    }
  return (guint) n;
}

static gboolean
locate (BylineCommentList *self,
        gint64             id,
        gint64            *position)
{
  g_autoptr(GError) error = NULL;

  if ((*position = byline_paged_cache_find (&self->pages, id)) >= 0)
    return TRUE;
  if (!byline_store_comment_position (self->store, &self->query, id, position, &error))
    {
      g_warning ("Could not place comment %" G_GINT64_FORMAT ": %s", id, error->message);
      return FALSE;
    }
  return TRUE;
}

static GType
byline_comment_list_get_item_type (GListModel *model)
{
  return BYLINE_TYPE_COMMENT;
}

static guint
byline_comment_list_get_n_items (GListModel *model)
{
  return BYLINE_COMMENT_LIST (model)->n_items;
}

static GPtrArray *
load_page (gpointer  owner,
           guint     page_number,
           gpointer  previous_last)
{
  BylineCommentList *self = owner;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GPtrArray *page;
  BylineCommentQuery query = self->query;

  query.limit = BYLINE_COMMENT_LIST_PAGE_SIZE;
  if (previous_last != NULL)
    rows = byline_store_query_comments_after (self->store, &query,
                                              byline_comment_get_data (previous_last), &error);
  else
    {
      query.offset = page_number * BYLINE_COMMENT_LIST_PAGE_SIZE;
      rows = byline_store_query_comments (self->store, &query, &error);
    }
  if (rows == NULL)
    {
      g_warning ("Could not load comments: %s", error->message);
      return NULL;
    }
  page = g_ptr_array_new_full (rows->len, g_object_unref);
  g_ptr_array_set_free_func (rows, NULL);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (page, byline_comment_new_take (g_ptr_array_index (rows, i)));
  return page;
}

static gpointer
byline_comment_list_get_item (GListModel *model,
                              guint       position)
{
  BylineCommentList *self = BYLINE_COMMENT_LIST (model);

  if (position >= self->n_items)
    return NULL;
  return byline_paged_cache_get (&self->pages, position);
}

static void
byline_comment_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = byline_comment_list_get_item_type;
  iface->get_n_items = byline_comment_list_get_n_items;
  iface->get_item = byline_comment_list_get_item;
}

static void
byline_comment_list_dispose (GObject *object)
{
  BylineCommentList *self = (BylineCommentList *)object;

  g_clear_object (&self->store);
  byline_paged_cache_forget (&self->pages);

  G_OBJECT_CLASS (byline_comment_list_parent_class)->dispose (object);
}

static void
byline_comment_list_finalize (GObject *object)
{
  BylineCommentList *self = (BylineCommentList *)object;

  byline_paged_cache_clear (&self->pages);
  g_clear_pointer (&self->changing, g_array_unref);
  g_clear_pointer (&self->old_positions, g_array_unref);
  query_clear (&self->query);

  G_OBJECT_CLASS (byline_comment_list_parent_class)->finalize (object);
}

static void
byline_comment_list_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  BylineCommentList *self = BYLINE_COMMENT_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->n_items);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_comment_list_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  BylineCommentList *self = BYLINE_COMMENT_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_comment_list_class_init (BylineCommentListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = byline_comment_list_dispose;
  object_class->finalize = byline_comment_list_finalize;
  object_class->get_property = byline_comment_list_get_property;
  object_class->set_property = byline_comment_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, BYLINE_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
byline_comment_list_init (BylineCommentList *self)
{
  byline_paged_cache_init (&self->pages, BYLINE_COMMENT_LIST_PAGE_SIZE, MAX_PAGES, load_page,
                           (BylinePagedCacheGetId) byline_comment_get_id, self);
  self->changing = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->old_positions = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/**
 * byline_comment_list_new:
 * @query: (nullable): which comments (offset and limit are ignored);
 *   %NULL for all
 *
 * Returns: (transfer full): a list model of #BylineComment, newest first
 *   (Likely spam: highest spam score first)
 */
BylineCommentList *
byline_comment_list_new (BylineStore              *store,
                         const BylineCommentQuery *query)
{
  BylineCommentList *self;

  g_return_val_if_fail (BYLINE_IS_STORE (store), NULL);

  self = g_object_new (BYLINE_TYPE_COMMENT_LIST, "store", store, NULL);
  byline_comment_list_set_query (self, query);
  return self;
}

BylineStore *
byline_comment_list_get_store (BylineCommentList *self)
{
  g_return_val_if_fail (BYLINE_IS_COMMENT_LIST (self), NULL);

  return self->store;
}

const BylineCommentQuery *
byline_comment_list_get_query (BylineCommentList *self)
{
  g_return_val_if_fail (BYLINE_IS_COMMENT_LIST (self), NULL);

  return &self->query;
}

static void
reset (BylineCommentList *self)
{
  guint old_n = self->n_items;

  byline_paged_cache_forget (&self->pages);
  self->n_items = count_items (self);
  if (old_n != 0 || self->n_items != 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, self->n_items);
  if (old_n != self->n_items)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/**
 * byline_comment_list_set_query:
 *
 * Filters anew; emits one items-changed for all of it.
 */
void
byline_comment_list_set_query (BylineCommentList        *self,
                               const BylineCommentQuery *query)
{
  static const BylineCommentQuery all = BYLINE_COMMENT_QUERY_INIT;
  BylineCommentQuery old = self->query;

  g_return_if_fail (BYLINE_IS_COMMENT_LIST (self));

  if (query == NULL)
    query = &all;
  self->query = *query;
  self->query.account = g_strdup (query->account);
  self->query.status = g_strdup (query->status);
  self->query.author = g_strdup (query->author);
  self->query.search = g_strdup (query->search);
  self->query.offset = 0;
  self->query.limit = 0;
  query_clear (&old);
  reset (self);
}

/**
 * byline_comment_list_reload:
 *
 * Everything may have changed (after a sync): count and load anew.
 */
void
byline_comment_list_reload (BylineCommentList *self)
{
  g_return_if_fail (BYLINE_IS_COMMENT_LIST (self));

  reset (self);
}

/**
 * byline_comment_list_begin_change:
 *
 * Call before changing comments @ids in the store (moderating, undoing),
 * then byline_comment_list_end_change() after.
 */
void
byline_comment_list_begin_change (BylineCommentList *self,
                                  const gint64      *ids,
                                  guint              n_ids)
{
  g_return_if_fail (BYLINE_IS_COMMENT_LIST (self));

  g_array_set_size (self->changing, 0);
  g_array_set_size (self->old_positions, 0);
  self->old_unknown = FALSE;
  g_array_append_vals (self->changing, ids, n_ids);
  for (guint i = 0; i < n_ids; i++)
    {
      gint64 position;

      if (!locate (self, ids[i], &position))
        self->old_unknown = TRUE;
      else if (position >= 0)
        g_array_append_val (self->old_positions, position);
    }
}

void
byline_comment_list_end_change (BylineCommentList *self)
{
  guint old_n = self->n_items;
  gint64 lo = G_MAXINT64, old_hi = -1, new_hi = -1;
  gint64 delta;
  gboolean unknown = self->old_unknown;

  g_return_if_fail (BYLINE_IS_COMMENT_LIST (self));

  byline_paged_cache_forget (&self->pages);
  self->n_items = count_items (self);
  delta = (gint64) self->n_items - old_n;

  for (guint i = 0; i < self->old_positions->len; i++)
    {
      gint64 p = g_array_index (self->old_positions, gint64, i);

      lo = MIN (lo, p);
      old_hi = MAX (old_hi, p);
    }
  for (guint i = 0; i < self->changing->len && !unknown; i++)
    {
      gint64 p;

      if (!locate (self, g_array_index (self->changing, gint64, i), &p))
        unknown = TRUE;
      else if (p >= 0)
        {
          lo = MIN (lo, p);
          new_hi = MAX (new_hi, p);
        }
    }

  if (unknown)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, self->n_items);
  else if (lo != G_MAXINT64)
    {
      /* [lo, end) in the old list became [lo, end + delta) in the new. */
      gint64 end = MAX (old_hi + 1, new_hi + 1 - delta);
      gint64 removed, added;

      end = MAX (end, lo);
      removed = MIN (end, (gint64) old_n) - lo;
      added = removed + delta;
      if (removed < 0 || added < 0 || lo + added > self->n_items)
        g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, self->n_items);
      else if (removed > 0 || added > 0)
        g_list_model_items_changed (G_LIST_MODEL (self), lo, removed, added);
    }
  else if (delta != 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, self->n_items);

  g_array_set_size (self->changing, 0);
  g_array_set_size (self->old_positions, 0);
  if (old_n != self->n_items)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/**
 * byline_comment_list_find:
 *
 * Returns: the position of comment @id in the list, or -1
 */
gint64
byline_comment_list_find (BylineCommentList *self,
                          gint64             id)
{
  gint64 position = -1;

  g_return_val_if_fail (BYLINE_IS_COMMENT_LIST (self), -1);

  locate (self, id, &position);
  return position;
}

/* For tests: how many pages of rows are loaded. */
guint
byline_comment_list_get_n_cached_pages (BylineCommentList *self)
{
  g_return_val_if_fail (BYLINE_IS_COMMENT_LIST (self), 0);

  return byline_paged_cache_get_n_pages (&self->pages);
}

/* byline-article-list.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-article-list"

#include "config.h"

#include "byline-article-list.h"
#include "byline-paged-cache.h"

/* A GListModel of the store's articles (without bodies) for the sidebar.
 * It is virtual: it knows only the count, and loads rows a page
 * (BYLINE_ARTICLE_LIST_PAGE_SIZE) at a time when asked for them, keeping at
 * most MAX_PAGES pages (a #BylinePagedCache). When the store says an article changed, it finds
 * where the article was (in the cached pages) and where it is now (one
 * count query), and emits the smallest items-changed that covers both. */

#define MAX_PAGES 8

struct _BylineArticleList
{
  GObject             parent_instance;

  BylineStore        *store;
  BylineArticleQuery  query;
  char               *section;
  guint               n_items;
  BylinePagedCache    pages;   /* of BylineArticle */
  gulong              changed_id;
};

static void byline_article_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BylineArticleList, byline_article_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, byline_article_list_model_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint
count_items (BylineArticleList *self)
{
  g_autoptr(GError) error = NULL;
  gint64 n = byline_store_count_articles (self->store, &self->query, NULL, &error);

  if (n < 0)
    {
      g_warning ("Could not count the articles: %s", error->message);
      return 0;
    }
  return (guint) n;
}

static void
articles_changed_cb (BylineArticleList *self,
                     gint64             id,
                     guint              change,
                     BylineStore       *store)
{
  g_autoptr(GError) error = NULL;
  guint old_n = self->n_items;
  guint new_n;
  gint64 old_pos = byline_paged_cache_find (&self->pages, id);
  gint64 new_pos = -1;

  byline_paged_cache_forget (&self->pages);
  new_n = count_items (self);

  if (change != BYLINE_STORE_CHANGE_REMOVED &&
      !byline_store_article_position (self->store, &self->query, id, &new_pos, &error))
    {
      g_warning ("Could not place article %" G_GINT64_FORMAT ": %s", id, error->message);
      new_pos = -1;
      old_pos = -1;
    }

  self->n_items = new_n;

  if (old_pos < 0 && new_pos < 0)
    {
      /* Not in the list before or after, or removed from an unknown place. */
      if (old_n != new_n)
        g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, new_n);
    }
  else if (old_pos >= 0 && new_pos >= 0)
    {
      gint64 lo = MIN (old_pos, new_pos), hi = MAX (old_pos, new_pos);

      g_list_model_items_changed (G_LIST_MODEL (self), lo, hi - lo + 1, hi - lo + 1);
    }
  else if (old_pos >= 0)
    g_list_model_items_changed (G_LIST_MODEL (self), old_pos, 1, 0);
  else if (new_n == old_n + 1)
    g_list_model_items_changed (G_LIST_MODEL (self), new_pos, 0, 1);
  else
    /* It was somewhere we had not loaded: say everything changed. */
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, new_n);

  if (old_n != new_n)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static GType
byline_article_list_get_item_type (GListModel *model)
{
  return BYLINE_TYPE_ARTICLE;
}

static guint
byline_article_list_get_n_items (GListModel *model)
{
  return BYLINE_ARTICLE_LIST (model)->n_items;
}

/* Articles page by offset: their orders (modified, title, relevance…)
 * have no one key to seek from. */
static GPtrArray *
load_page (gpointer  owner,
           guint     page_number,
           gpointer  previous_last)
{
  BylineArticleList *self = owner;
  g_autoptr(GError) error = NULL;
  BylineArticleQuery query = self->query;
  GPtrArray *page;

  query.offset = page_number * BYLINE_ARTICLE_LIST_PAGE_SIZE;
  query.limit = BYLINE_ARTICLE_LIST_PAGE_SIZE;
  page = byline_store_list_articles (self->store, &query, NULL, &error);
  if (page == NULL)
    g_warning ("Could not load articles: %s", error->message);
  return page;
}

static gpointer
byline_article_list_get_item (GListModel *model,
                              guint       position)
{
  BylineArticleList *self = BYLINE_ARTICLE_LIST (model);

  if (position >= self->n_items)
    return NULL;
  return byline_paged_cache_get (&self->pages, position);
}

static void
byline_article_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = byline_article_list_get_item_type;
  iface->get_n_items = byline_article_list_get_n_items;
  iface->get_item = byline_article_list_get_item;
}

static void
byline_article_list_dispose (GObject *object)
{
  BylineArticleList *self = (BylineArticleList *)object;

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);
  byline_paged_cache_forget (&self->pages);

  G_OBJECT_CLASS (byline_article_list_parent_class)->dispose (object);
}

static void
byline_article_list_finalize (GObject *object)
{
  BylineArticleList *self = (BylineArticleList *)object;

  byline_paged_cache_clear (&self->pages);
  g_clear_pointer (&self->section, g_free);

  G_OBJECT_CLASS (byline_article_list_parent_class)->finalize (object);
}

static void
byline_article_list_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  BylineArticleList *self = BYLINE_ARTICLE_LIST (object);

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
byline_article_list_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  BylineArticleList *self = BYLINE_ARTICLE_LIST (object);

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
byline_article_list_constructed (GObject *object)
{
  BylineArticleList *self = BYLINE_ARTICLE_LIST (object);

  G_OBJECT_CLASS (byline_article_list_parent_class)->constructed (object);

  g_assert (BYLINE_IS_STORE (self->store));
  self->changed_id = g_signal_connect_object (self->store, "articles-changed",
                                              G_CALLBACK (articles_changed_cb), self,
                                              G_CONNECT_SWAPPED);
}

static void
byline_article_list_class_init (BylineArticleListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = byline_article_list_constructed;
  object_class->dispose = byline_article_list_dispose;
  object_class->finalize = byline_article_list_finalize;
  object_class->get_property = byline_article_list_get_property;
  object_class->set_property = byline_article_list_set_property;

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
byline_article_list_init (BylineArticleList *self)
{
  static const BylineArticleQuery all = BYLINE_ARTICLE_QUERY_INIT;

  self->query = all;
  byline_paged_cache_init (&self->pages, BYLINE_ARTICLE_LIST_PAGE_SIZE, MAX_PAGES, load_page,
                           (BylinePagedCacheGetId) byline_article_get_id, self);
}

/**
 * byline_article_list_new:
 * @query: (nullable): which articles, in which order (offset and limit are
 *   ignored); %NULL for all, newest first
 *
 * Returns: (transfer full): a list model of #BylineArticle (without bodies)
 */
BylineArticleList *
byline_article_list_new (BylineStore              *store,
                         const BylineArticleQuery *query)
{
  BylineArticleList *self;

  g_return_val_if_fail (BYLINE_IS_STORE (store), NULL);

  self = g_object_new (BYLINE_TYPE_ARTICLE_LIST, "store", store, NULL);
  byline_article_list_set_query (self, query);
  return self;
}

BylineStore *
byline_article_list_get_store (BylineArticleList *self)
{
  g_return_val_if_fail (BYLINE_IS_ARTICLE_LIST (self), NULL);

  return self->store;
}

/**
 * byline_article_list_set_query:
 *
 * Filters and orders the list anew; emits one items-changed for all of it.
 */
void
byline_article_list_set_query (BylineArticleList        *self,
                               const BylineArticleQuery *query)
{
  static const BylineArticleQuery all = BYLINE_ARTICLE_QUERY_INIT;
  guint old_n;

  g_return_if_fail (BYLINE_IS_ARTICLE_LIST (self));

  g_free (self->section);
  self->query = query ? *query : all;
  self->section = g_strdup (self->query.section);
  self->query.section = self->section;
  self->query.offset = 0;
  self->query.limit = 0;
  byline_paged_cache_forget (&self->pages);

  old_n = self->n_items;
  self->n_items = count_items (self);
  if (old_n != 0 || self->n_items != 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, self->n_items);
  if (old_n != self->n_items)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/* For tests: how many pages of rows are loaded. */
guint
byline_article_list_get_n_cached_pages (BylineArticleList *self)
{
  g_return_val_if_fail (BYLINE_IS_ARTICLE_LIST (self), 0);

  return byline_paged_cache_get_n_pages (&self->pages);
}

/**
 * byline_article_list_get_word_count:
 * @item: an article from the list (its body is left out)
 *
 * Returns: the words in @item's body, as the store counted them when it
 *   was saved (or counted now, for an article with its body)
 */
guint
byline_article_list_get_word_count (BylineArticle *item)
{
  gpointer stored;

  g_return_val_if_fail (BYLINE_IS_ARTICLE (item), 0);

  stored = g_object_get_data (G_OBJECT (item), "byline-word-count");
  if (stored != NULL || byline_article_get_body (item)[0] == '\0')
    return GPOINTER_TO_UINT (stored);

  return byline_article_count_words (byline_article_get_body (item));
}

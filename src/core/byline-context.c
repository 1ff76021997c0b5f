/* byline-context.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-context"

#include "config.h"

#include "byline-comment-outbox.h"
#include "byline-context.h"
#include "byline-publisher.h"
#include "byline-paths.h"

/* One object bundles what the application's windows and widgets share —
 * the drafts store and the data folder — and is handed to them as a
 * construct-only property, as GcalContext is in gnome-calendar. There is no
 * global: a test builds a context on a temporary database. CMS accounts and
 * sync join it as they arrive. */

struct _BylineContext
{
  GObject      parent_instance;

  BylineStore     *store;
  BylinePublisher *publisher;
  char            *data_dir;
};

G_DEFINE_FINAL_TYPE (BylineContext, byline_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_DATA_DIR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
store_opened_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineStore) store = byline_store_new_finish (result, &error);

  if (store == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, byline_context_new (store), g_object_unref);
}

static void
byline_context_dispose (GObject *object)
{
  BylineContext *self = (BylineContext *)object;

  if (self->publisher != NULL)
    byline_outbox_runner_stop (byline_publisher_get_runner (self->publisher));
  g_clear_object (&self->publisher);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (byline_context_parent_class)->dispose (object);
}

static void
byline_context_finalize (GObject *object)
{
  BylineContext *self = (BylineContext *)object;

  g_free (self->data_dir);

  G_OBJECT_CLASS (byline_context_parent_class)->finalize (object);
}

static void
byline_context_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BylineContext *self = BYLINE_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_DATA_DIR:
      g_value_set_string (value, self->data_dir);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_context_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BylineContext *self = BYLINE_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_DATA_DIR:
      byline_context_set_data_dir (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_context_class_init (BylineContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = byline_context_dispose;
  object_class->finalize = byline_context_finalize;
  object_class->get_property = byline_context_get_property;
  object_class->set_property = byline_context_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, BYLINE_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_DATA_DIR] =
    g_param_spec_string ("data-dir", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
byline_context_init (BylineContext *self)
{
  self->data_dir = byline_paths_data_dir ();
}

/**
 * byline_context_new:
 * @store: the open drafts store
 *
 * Returns: (transfer full): a context over @store, with the data folder
 *   from byline_paths_data_dir()
 */
BylineContext *
byline_context_new (BylineStore *store)
{
  g_return_val_if_fail (BYLINE_IS_STORE (store), NULL);

  return g_object_new (BYLINE_TYPE_CONTEXT, "store", store, NULL);
}

/**
 * byline_context_new_async:
 * @db_path: (nullable): the database; %NULL picks it with
 *   byline_paths_resolve_db() (`BYLINE_DB`, else the default)
 *
 * Opens (creates, migrates) the drafts store on its worker thread and
 * makes a context over it. A damaged database is moved aside by the store
 * and reported as %BYLINE_STORE_ERROR_CORRUPT, whose message says where.
 */
void
byline_context_new_async (const char          *db_path,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = byline_paths_resolve_db (db_path);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, byline_context_new_async);
  byline_store_new_async (path, cancellable, store_opened_cb, g_steal_pointer (&task));
}

BylineContext *
byline_context_new_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == byline_context_new_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * byline_context_get_store:
 *
 * Returns: (transfer none): the drafts store
 */
BylineStore *
byline_context_get_store (BylineContext *self)
{
  g_return_val_if_fail (BYLINE_IS_CONTEXT (self), NULL);

  return self->store;
}

/**
 * byline_context_get_data_dir:
 *
 * Returns: the folder for Byline's files (images added to drafts live in
 *   its `images/` folder)
 */
const char *
byline_context_get_data_dir (BylineContext *self)
{
  g_return_val_if_fail (BYLINE_IS_CONTEXT (self), NULL);

  return self->data_dir;
}

void
byline_context_set_data_dir (BylineContext *self,
                             const char    *data_dir)
{
  g_return_if_fail (BYLINE_IS_CONTEXT (self));

  if (data_dir == NULL || g_strcmp0 (self->data_dir, data_dir) == 0)
    return;

  g_free (self->data_dir);
  self->data_dir = g_strdup (data_dir);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATA_DIR]);
}

/**
 * byline_context_dup_images_dir:
 *
 * Returns: (transfer full): where images added to drafts are kept
 */
char *
byline_context_dup_images_dir (BylineContext *self)
{
  g_return_val_if_fail (BYLINE_IS_CONTEXT (self), NULL);

  return g_build_filename (self->data_dir, "images", NULL);
}

/**
 * byline_context_get_publisher:
 *
 * The publisher (and its outbox runner) for the context's store, made on
 * first use. The runner also sends the comment queue's operations
 * (byline_comment_outbox_register()): one runner owns every retry. It is
 * started, so that what an earlier run left in the outbox is sent without
 * waiting for the user.
 *
 * Returns: (transfer none): the publisher
 */
BylinePublisher *
byline_context_get_publisher (BylineContext *self)
{
  g_return_val_if_fail (BYLINE_IS_CONTEXT (self), NULL);

  if (self->publisher == NULL)
    {
      self->publisher = byline_publisher_new (self->store, NULL);
      byline_comment_outbox_register (byline_publisher_get_runner (self->publisher));
      byline_outbox_runner_start (byline_publisher_get_runner (self->publisher));
    }

  return self->publisher;
}

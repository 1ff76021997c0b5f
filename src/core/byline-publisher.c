/* byline-publisher.c: articles to WordPress posts and back
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-publisher"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-accounts.h"
#include "byline-cms.h"
#include "byline-publisher-private.h"

/* Every operation is an outbox row first (kind "publish", "unpublish",
 * "trash"; target the article id), then sent through the runner. A
 * transient failure leaves the row pending and returns
 * BYLINE_PUBLISH_ERROR_QUEUED; the runner retries it later. The pipeline
 * itself is in byline-publisher-send.c; conflicts and pulling in
 * byline-publisher-pull.c. */

struct _BylinePublisher
{
  GObject             parent_instance;

  BylineStore        *store;
  BylineOutboxRunner *runner;
};

G_DEFINE_FINAL_TYPE (BylinePublisher, byline_publisher, G_TYPE_OBJECT)

G_DEFINE_QUARK (byline-publish-error-quark, byline_publish_error)

void
byline_publish_result_free (BylinePublishResult *result)
{
  if (result == NULL)
    return;
  g_free (result->url);
  g_free (result->status);
  g_free (result->remote_modified);
  g_free (result);
}

void
byline_publish_conflict_free (BylinePublishConflict *conflict)
{
  if (conflict == NULL)
    return;
  g_free (conflict->local_title);
  g_free (conflict->local_text);
  g_free (conflict->remote_title);
  g_free (conflict->remote_html);
  g_free (conflict->remote_text);
  g_free (conflict->local_compared);
  g_free (conflict->remote_compared);
  g_free (conflict->remote_modified);
  g_clear_pointer (&conflict->diff, g_ptr_array_unref);
  g_free (conflict);
}

static void
byline_publisher_dispose (GObject *object)
{
  BylinePublisher *self = (BylinePublisher *) object;

  g_clear_object (&self->runner);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (byline_publisher_parent_class)->dispose (object);
}

static void
byline_publisher_class_init (BylinePublisherClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = byline_publisher_dispose;
}

static void
byline_publisher_init (BylinePublisher *self)
{
}

/**
 * byline_publisher_new:
 * @runner: (nullable): the outbox runner to send through; %NULL makes one
 *
 * Registers the "publish", "unpublish" and "trash" kinds with @runner.
 */
BylinePublisher *
byline_publisher_new (BylineStore        *store,
                      BylineOutboxRunner *runner)
{
  BylinePublisher *self;

  g_return_val_if_fail (BYLINE_IS_STORE (store), NULL);

  self = g_object_new (BYLINE_TYPE_PUBLISHER, NULL);
  self->store = g_object_ref (store);
  self->runner = runner ? g_object_ref (runner) : byline_outbox_runner_new (store);
  byline_outbox_runner_register (self->runner, "publish", _byline_publisher_send_publish, NULL, NULL);
  byline_outbox_runner_register (self->runner, "unpublish", _byline_publisher_send_status, NULL, NULL);
  byline_outbox_runner_register (self->runner, "trash", _byline_publisher_send_status, NULL, NULL);
  return self;
}

BylineOutboxRunner *
byline_publisher_get_runner (BylinePublisher *self)
{
  g_return_val_if_fail (BYLINE_IS_PUBLISHER (self), NULL);
  return self->runner;
}

/**
 * byline_publisher_pick_account:
 * @account: (nullable): the account asked for
 *
 * Returns: (transfer full): @account when it exists; else the account the
 *   article is linked to, or the only account; else %NULL with
 *   %BYLINE_PUBLISH_ERROR_NO_ACCOUNT
 */
char *
byline_publisher_pick_account (BylinePublisher  *self,
                               gint64            article_id,
                               const char       *account,
                               GError          **error)
{
  g_autoptr(GPtrArray) accounts = NULL;
  g_autoptr(BylineArticle) article = NULL;
  GPtrArray *links;

  if (account != NULL)
    {
      g_autoptr(BylineAccount) found = byline_store_find_account (self->store, account, error);

      return found ? g_strdup (found->name) : NULL;
    }
  if (article_id > 0 && !(article = byline_store_load_article (self->store, article_id, NULL, error)))
    return NULL;
  links = article ? byline_article_get_links (article) : NULL;
  if (links != NULL && links->len == 1)
    return g_strdup (((BylineArticleLink *) g_ptr_array_index (links, 0))->account);
  if (!(accounts = byline_store_list_accounts (self->store, error)))
    return NULL;
  if (accounts->len == 1)
    return g_strdup (((BylineAccount *) g_ptr_array_index (accounts, 0))->name);

  g_set_error_literal (error, BYLINE_PUBLISH_ERROR, BYLINE_PUBLISH_ERROR_NO_ACCOUNT,
                       accounts->len == 0 ? _("No account is set up: add one with “byline account add”")
                                          : _("Several accounts are set up: choose one"));
  return NULL;
}

static BylinePublishResult *
result_from_json (JsonNode *node,
                  gint64    outbox_id)
{
  JsonObject *object = json_node_get_object (node);
  BylinePublishResult *result = g_new0 (BylinePublishResult, 1);

  result->outbox_id = outbox_id;
  result->remote_id = json_object_get_int_member_with_default (object, "remote_id", 0);
  result->url = g_strdup (json_object_get_string_member_with_default (object, "url", NULL));
  result->status = g_strdup (json_object_get_string_member_with_default (object, "status", NULL));
  result->remote_modified = g_strdup (json_object_get_string_member_with_default (object, "remote_modified", NULL));
  return result;
}

/* Older rows for the same story and kind are settled by this one. */
static void
supersede (BylinePublisher *self,
           gint64           id,
           const char      *kind,
           const char      *account,
           gint64           target)
{
  g_autoptr(GPtrArray) items = byline_store_outbox_list (self->store, NULL, NULL);

  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      BylineOutboxItem *item = g_ptr_array_index (items, i);

      if (item->id != id && item->target == target && g_strcmp0 (item->kind, kind) == 0 &&
          g_strcmp0 (item->account, account) == 0 &&
          (g_str_equal (item->state, "pending") || g_str_equal (item->state, "failed")))
        byline_store_outbox_mark (self->store, item->id, "done", _("Superseded by a later send"),
                                  byline_outbox_runner_now (self->runner), NULL);
    }
}

/* The row names its story by id, which a story made after a deletion may
 * take: the UUID in the payload tells the sender it is still the same
 * story (see job_init() in byline-publisher-send.c). */
static char *
payload_with_uuid (const char  *payload,
                   const char  *uuid,
                   GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  JsonNode *root;

  if (!json_parser_load_from_data (parser, payload, -1, error))
    return NULL;
  root = json_parser_get_root (parser);
  json_object_set_string_member (json_node_get_object (root), "uuid", uuid);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static BylinePublishResult *
enqueue_and_send (BylinePublisher  *self,
                  const char       *kind,
                  gint64            article_id,
                  const char       *account,
                  const char       *payload,
                  GCancellable     *cancellable,
                  GError          **error)
{
  g_autofree char *name = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(BylineArticle) article = NULL;
  g_autofree char *full = NULL;
  gint64 id;

  g_return_val_if_fail (BYLINE_IS_PUBLISHER (self), NULL);

  if (!(article = byline_store_load_article (self->store, article_id, cancellable, error)) ||
      !(name = byline_publisher_pick_account (self, article_id, account, error)) ||
      !(full = payload_with_uuid (payload, byline_article_get_uuid (article), error)) ||
      !(id = byline_store_outbox_enqueue (self->store, kind, name, article_id, full, error)))
    return NULL;

  if (!(node = byline_outbox_runner_send_sync (self->runner, id, cancellable, &local_error)))
    {
      if (byline_outbox_error_is_retryable (local_error))
        g_set_error (error, BYLINE_PUBLISH_ERROR, BYLINE_PUBLISH_ERROR_QUEUED,
                     _("Queued in the outbox: %s. Byline will send it when the site can be reached."),
                     local_error->message);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  supersede (self, id, kind, name, article_id);
  return result_from_json (node, id);
}

/**
 * byline_publisher_publish_sync:
 * @account: (nullable): see byline_publisher_pick_account()
 * @status: (nullable): "draft", "pending", "publish" or "future" (the
 *   story's date); %NULL: a new post is a draft, and an update keeps the
 *   post's status on the site (a copy editor's fix does not take a live
 *   story off the site, nor make a private one public)
 *
 * Publishes or updates the story on @account. Blocks.
 *
 * Returns: (transfer full): where the post is, or %NULL with @error:
 *   %BYLINE_PUBLISH_ERROR_CONFLICT (nothing written),
 *   %BYLINE_PUBLISH_ERROR_QUEUED (retried from the outbox), or another
 */
BylinePublishResult *
byline_publisher_publish_sync (BylinePublisher     *self,
                               gint64               article_id,
                               const char          *account,
                               const char          *status,
                               BylinePublishFlags   flags,
                               GCancellable        *cancellable,
                               GError             **error)
{
  static const char * const statuses[] = { "draft", "pending", "publish", "future", NULL };
  g_autofree char *payload = NULL;

  if (status != NULL && !g_strv_contains (statuses, status))
    {
      g_set_error (error, BYLINE_PUBLISH_ERROR, BYLINE_PUBLISH_ERROR_INVALID,
                   _("Unknown status “%s” (draft, pending, publish or future)"), status);
      return NULL;
    }
  if (status != NULL)
    payload = g_strdup_printf ("{\"status\": \"%s\", \"force\": %s}", status,
                               (flags & BYLINE_PUBLISH_FORCE) ? "true" : "false");
  else
    payload = g_strdup_printf ("{\"force\": %s}", (flags & BYLINE_PUBLISH_FORCE) ? "true" : "false");
  return enqueue_and_send (self, "publish", article_id, account, payload, cancellable, error);
}

/**
 * byline_publisher_unpublish_sync:
 *
 * Puts the linked post back to draft.
 */
BylinePublishResult *
byline_publisher_unpublish_sync (BylinePublisher  *self,
                                 gint64            article_id,
                                 const char       *account,
                                 GCancellable     *cancellable,
                                 GError          **error)
{
  return enqueue_and_send (self, "unpublish", article_id, account, "{}", cancellable, error);
}

/**
 * byline_publisher_trash_sync:
 *
 * Moves the linked post to the site's trash and forgets the link.
 */
BylinePublishResult *
byline_publisher_trash_sync (BylinePublisher  *self,
                             gint64            article_id,
                             const char       *account,
                             GCancellable     *cancellable,
                             GError          **error)
{
  return enqueue_and_send (self, "trash", article_id, account, "{}", cancellable, error);
}

/* Async wrappers for the GUI: the sync calls in a worker thread. */

typedef struct
{
  BylinePublisher    *self;
  gint64              article_id;
  char               *account;
  char               *status;
  BylinePublishFlags  flags;
} PublishJob;

static void
publish_job_free (PublishJob *job)
{
  g_clear_object (&job->self);
  g_free (job->account);
  g_free (job->status);
  g_free (job);
}

static PublishJob *
publish_job_new (BylinePublisher *self,
                 gint64           article_id,
                 const char      *account)
{
  PublishJob *job = g_new0 (PublishJob, 1);

  job->self = g_object_ref (self);
  job->article_id = article_id;
  job->account = g_strdup (account);
  return job;
}

static gpointer
publish_work (gpointer       data,
              GCancellable  *cancellable,
              GError       **error)
{
  PublishJob *job = data;

  return byline_publisher_publish_sync (job->self, job->article_id, job->account, job->status,
                                        job->flags, cancellable, error);
}

void
byline_publisher_publish_async (BylinePublisher     *self,
                                gint64               article_id,
                                const char          *account,
                                const char          *status,
                                BylinePublishFlags   flags,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  PublishJob *job = publish_job_new (self, article_id, account);

  g_task_set_source_tag (task, byline_publisher_publish_async);
  job->status = g_strdup (status);
  job->flags = flags;
  byline_run_in_worker (task, publish_work, job, (GDestroyNotify) publish_job_free,
                        (GDestroyNotify) byline_publish_result_free);
}

BylinePublishResult *
byline_publisher_publish_finish (BylinePublisher  *self,
                                 GAsyncResult     *result,
                                 GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static gpointer
conflict_work (gpointer       data,
               GCancellable  *cancellable,
               GError       **error)
{
  PublishJob *job = data;

  return byline_publisher_get_conflict_sync (job->self, job->article_id, job->account, cancellable, error);
}

void
byline_publisher_get_conflict_async (BylinePublisher     *self,
                                     gint64               article_id,
                                     const char          *account,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, byline_publisher_get_conflict_async);
  byline_run_in_worker (task, conflict_work, publish_job_new (self, article_id, account),
                        (GDestroyNotify) publish_job_free, (GDestroyNotify) byline_publish_conflict_free);
}

BylinePublishConflict *
byline_publisher_get_conflict_finish (BylinePublisher  *self,
                                      GAsyncResult     *result,
                                      GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static gpointer
take_remote_work (gpointer       data,
                  GCancellable  *cancellable,
                  GError       **error)
{
  PublishJob *job = data;

  return byline_publisher_take_remote_sync (job->self, job->article_id, job->account, cancellable, error)
         ? GINT_TO_POINTER (1) : NULL;
}

void
byline_publisher_take_remote_async (BylinePublisher     *self,
                                    gint64               article_id,
                                    const char          *account,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, byline_publisher_take_remote_async);
  byline_run_in_worker (task, take_remote_work, publish_job_new (self, article_id, account),
                        (GDestroyNotify) publish_job_free, NULL);
}

gboolean
byline_publisher_take_remote_finish (BylinePublisher  *self,
                                     GAsyncResult     *result,
                                     GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_pointer (G_TASK (result), error) != NULL;
}

BylineStore *
_byline_publisher_get_store (BylinePublisher *self)
{
  return self->store;
}

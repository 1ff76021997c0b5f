/* byline-comment-outbox.c: comment operations sent by the outbox runner
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-comment-outbox"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-cms-sync.h"
#include "byline-comment-moderator.h"
#include "byline-comment-outbox.h"

/* What an editor does to comments is applied locally at once and queued in
 * the outbox (#BylineCommentModerator): kinds "moderate", "reply" and
 * "edit", target the local comment id, the payload carrying the remote ids
 * and the reader's ORIGINAL author_ip and author_user_agent (WordPress
 * re-saves the whole comment and would put the editor's there).
 *
 * The outbox runner sends them, as it sends publishing: a transient failure
 * stays pending with a backoff, a permanent one is "failed" and kept (see
 * byline-outbox-runner.c). A moderation or edit the site refused for good
 * (400, 404, 409) also puts the cached comment back as it was: the site
 * did not take the change, and the cache shows what the site has. This file only says how each kind is sent, and
 * lets `byline comments sync` (and the queue, right after an action) send an
 * account's comment rows at once through the same runner.
 *
 * Moderating and editing set a state: sending them twice does no harm.
 * A reply creates a comment: before posting again after a failure whose
 * outcome is unknown, the runner's row remembers nothing, so the send
 * function looks for an identical reply by the account's user first. */

#define RUNNER_KEY "byline-comment-outbox-runner"

static const char * const comment_kinds[] = { "moderate", "reply", "edit" };

gboolean
byline_comment_outbox_is_comment_kind (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (comment_kinds); i++)
    if (g_strcmp0 (kind, comment_kinds[i]) == 0)
      return TRUE;
  return FALSE;
}

static JsonObject *
parse_payload (BylineOutboxItem  *item,
               GError           **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;
  JsonObject *object;

  if (item->payload == NULL || !json_parser_load_from_data (parser, item->payload, -1, NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_BAD_REQUEST,
                           _("The queued operation is damaged"));
      return NULL;
    }
  object = json_node_get_object (root);
  if (json_object_get_int_member_with_default (object, "remote_id", 0) <= 0)
    {
      g_set_error_literal (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_BAD_REQUEST,
                           _("The queued operation names no comment"));
      return NULL;
    }
  return json_object_ref (object);
}

/* The comment the payload names, with the reader's IP and browser. */
static BylineCmsComment *
payload_comment (JsonObject *payload)
{
  BylineCmsComment *comment = byline_cms_comment_new ();

  comment->id = json_object_get_int_member_with_default (payload, "remote_id", 0);
  comment->post = json_object_get_int_member_with_default (payload, "post", 0);
  comment->author_ip = g_strdup (json_object_get_string_member_with_default (payload, "author_ip", NULL));
  comment->author_user_agent = g_strdup (json_object_get_string_member_with_default (payload, "author_user_agent", NULL));
  return comment;
}

static JsonNode *
result_node (const BylineCmsComment *answer)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "remote_id");
  json_builder_add_int_value (builder, answer->id);
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, byline_cms_comment_status_to_string (answer->status));
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* The site said no to this change and will say no again (a bad request,
 * no such comment, a conflict), unlike a wrong password or a missing
 * permission, which the editor can put right and retry. */
static gboolean
refused_for_good (const GError *error)
{
  return g_error_matches (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_BAD_REQUEST) ||
         g_error_matches (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_NOT_FOUND) ||
         g_error_matches (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_CONFLICT);
}

/* The change was applied to the cache when it was made; the site did not
 * take it, so the cache goes back to what it was ("previous" in the
 * payload) — unless a later change replaced it meanwhile, which stands. */
static void
put_back (BylineStore      *store,
          BylineOutboxItem *item,
          JsonObject       *payload)
{
  g_autoptr(BylineCachedComment) local = byline_store_get_comment (store, item->target, NULL);
  const char *previous = json_object_get_string_member_with_default (payload, "previous", NULL);
  g_autoptr(GError) error = NULL;

  if (local == NULL || previous == NULL)
    return;   /* gone from the cache, or queued before "previous" was kept */
  if (g_str_equal (item->kind, "edit"))
    {
      if (g_strcmp0 (local->content, json_object_get_string_member_with_default (payload, "content", "")) == 0 &&
          (!byline_store_set_comment_content (store, item->target, previous, &error) ||
           !byline_comment_rescore (store, NULL, item->target, &error)))
        g_warning ("Could not restore comment %" G_GINT64_FORMAT ": %s", item->target, error->message);
    }
  else if (g_strcmp0 (local->status, json_object_get_string_member_with_default (payload, "status", "")) == 0 &&
           !byline_store_moderate_comment (store, item->target, previous, "refused", &error))
    g_warning ("Could not restore comment %" G_GINT64_FORMAT ": %s", item->target, error->message);
}

/* WordPress filters what it stores (kses: `javascript:` links lose their
 * scheme, links gain rel="nofollow ugc"): after an edit the cache keeps
 * the site's raw text, not the one sent — unless a later local edit
 * replaced it meanwhile, which is still to be sent. */
static void
keep_answer (BylineStore            *store,
             BylineOutboxItem       *item,
             JsonObject             *payload,
             const BylineCmsComment *answer)
{
  g_autoptr(BylineCachedComment) local = NULL;
  g_autofree char *stored = NULL;
  g_autoptr(GError) error = NULL;

  if (answer->content == NULL || !(local = byline_store_get_comment (store, item->target, NULL)))
    return;
  if (g_strcmp0 (local->content, json_object_get_string_member_with_default (payload, "content", "")) != 0)
    return;
  stored = g_utf8_make_valid (answer->content, -1);
  if (!g_str_equal (stored, local->content) &&
      (!byline_store_set_comment_content (store, item->target, stored, &error) ||
       !byline_comment_rescore (store, NULL, item->target, &error)))
    g_warning ("Could not keep the site's text of comment %" G_GINT64_FORMAT ": %s", item->target, error->message);
}

/* The comment's raw text on the site now, asked in every status at once
 * (a site has no single-comment lookup that Byline's client makes); NULL
 * with @error unset when the site no longer has it. */
static char *
site_text (BylineCms     *cms,
           gint64         remote_id,
           GCancellable  *cancellable,
           GError       **error)
{
  static const BylineCmsCommentStatus statuses[] = {
    BYLINE_CMS_COMMENT_HOLD, BYLINE_CMS_COMMENT_APPROVED, BYLINE_CMS_COMMENT_SPAM, BYLINE_CMS_COMMENT_TRASH,
  };
  GAsyncResult *results[G_N_ELEMENTS (statuses)] = { NULL, };
  char *text = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_autoptr(BylineCmsQuery) query = byline_cms_query_new ();

      query->include = g_strdup_printf ("%" G_GINT64_FORMAT, remote_id);
      query->comment_status = statuses[i];
      query->comment_type = g_strdup ("all");
      query->edit_context = TRUE;
      query->fields = g_strdup ("id,content");
      query->page = 1;
      byline_cms_list_comments_async (cms, query, cancellable, byline_cms_result_cb, &results[i]);
    }
  byline_cms_wait_all (results, G_N_ELEMENTS (results));
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_autoptr(GPtrArray) found = byline_cms_list_comments_finish (cms, results[i], error && *error ? NULL : error);

      g_clear_object (&results[i]);
      if (found != NULL && found->len > 0 && text == NULL)
        text = g_strdup (((BylineCmsComment *) g_ptr_array_index (found, 0))->content);
    }
  if (error != NULL && *error != NULL)
    g_clear_pointer (&text, g_free);
  return text;
}

/* An edit is made to the text Byline showed ("previous"): if the site's
 * text is another one now (edited in wp-admin since the last sync), the
 * edit would overwrite that change unseen. It is refused as a conflict
 * and the cache takes the site's text, for the editor to edit again. */
static gboolean
check_not_edited_elsewhere (BylineStore       *store,
                            BylineOutboxItem  *item,
                            JsonObject        *payload,
                            BylineCms         *cms,
                            gint64             remote_id,
                            GCancellable      *cancellable,
                            GError           **error)
{
  const char *previous = json_object_get_string_member_with_default (payload, "previous", NULL);
  const char *content = json_object_get_string_member_with_default (payload, "content", "");
  g_autofree char *there = NULL;
  g_autofree char *valid = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(BylineCachedComment) local = NULL;

  if (previous == NULL)
    return TRUE;   /* queued before "previous" was kept */
  if (!(there = site_text (cms, remote_id, cancellable, error)))
    return error == NULL || *error == NULL;   /* gone: the update's 404 says so */
  valid = g_utf8_make_valid (there, -1);
  if (g_str_equal (valid, previous) || g_str_equal (valid, content))
    return TRUE;
  /* The site's text replaces the edit in the cache, unless a later local
   * edit replaced that meanwhile (it is still to be sent, and checked). */
  if ((local = byline_store_get_comment (store, item->target, NULL)) != NULL &&
      g_strcmp0 (local->content, content) == 0 &&
      (!byline_store_set_comment_content (store, item->target, valid, &local_error) ||
       !byline_comment_rescore (store, NULL, item->target, &local_error)))
    g_warning ("Could not keep the site's text of comment %" G_GINT64_FORMAT ": %s", item->target,
               local_error->message);
  g_set_error_literal (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_CONFLICT,
                       _("The comment was edited on the site since the last sync, so this edit was not sent: "
                         "Byline now shows the site's text; edit that if it still needs a change"));
  return FALSE;
}

/* "moderate" and "edit" set a state: sending them twice does no harm. */
static JsonNode *
send_change (BylineOutboxRunner  *runner,
             BylineOutboxItem    *item,
             BylineCms           *cms,
             GCancellable        *cancellable,
             gpointer             user_data,
             GError             **error)
{
  g_autoptr(JsonObject) payload = parse_payload (item, error);
  g_autoptr(BylineCmsComment) comment = NULL;
  g_autoptr(BylineCmsComment) answer = NULL;
  g_autoptr(GError) local_error = NULL;

  if (payload == NULL)
    return NULL;
  comment = payload_comment (payload);
  if (g_str_equal (item->kind, "edit"))
    {
      if (!check_not_edited_elsewhere (byline_outbox_runner_get_store (runner), item, payload, cms, comment->id,
                                       cancellable, error))
        return NULL;
      comment->content = g_strdup (json_object_get_string_member_with_default (payload, "content", ""));
      answer = byline_cms_update_comment_sync (cms, comment, cancellable, &local_error);
    }
  else
    answer = byline_cms_moderate_comment_sync (cms, comment,
                                               byline_cms_comment_status_from_string (json_object_get_string_member_with_default (payload, "status", "")),
                                               cancellable, &local_error);
  if (answer == NULL)
    {
      if (refused_for_good (local_error))
        put_back (byline_outbox_runner_get_store (runner), item, payload);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (g_str_equal (item->kind, "edit"))
    keep_answer (byline_outbox_runner_get_store (runner), item, payload, answer);
  return result_node (answer);
}

/* A reply whose answer was lost may be on the site already. */
static BylineCmsComment *
find_reply (BylineCms              *cms,
            const BylineCmsComment *parent,
            const char             *content,
            GCancellable           *cancellable)
{
  g_autoptr(BylineCmsQuery) query = byline_cms_query_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *wanted = g_strstrip (g_strdup (content));

  /* The replies to that comment, every page of them. */
  query->post = parent->post;
  query->parent = parent->id;
  query->comment_status = BYLINE_CMS_COMMENT_ALL;
  query->per_page = 100;
  query->edit_context = TRUE;
  byline_cms_list_comments_async (cms, query, cancellable, byline_cms_result_cb, &result);
  byline_cms_wait_all (&result, 1);
  if (!(found = byline_cms_list_comments_finish (cms, result, &error)))
    {
      g_debug ("Could not look for an earlier reply: %s", error->message);
      return NULL;
    }
  for (guint i = 0; i < found->len; i++)
    {
      BylineCmsComment *c = g_ptr_array_index (found, i);
      g_autofree char *have = g_strstrip (g_strdup (c->content ? c->content : ""));

      if (c->parent == parent->id && g_str_equal (have, wanted))
        return g_ptr_array_steal_index (found, i);
    }
  return NULL;
}

static JsonNode *
send_reply (BylineOutboxRunner  *runner,
            BylineOutboxItem    *item,
            BylineCms           *cms,
            GCancellable        *cancellable,
            gpointer             user_data,
            GError             **error)
{
  BylineStore *store = byline_outbox_runner_get_store (runner);
  g_autoptr(JsonObject) payload = parse_payload (item, error);
  g_autoptr(BylineCmsComment) parent = NULL;
  g_autoptr(BylineCmsComment) answer = NULL;
  g_autoptr(BylineCachedComment) cached = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *content;

  if (payload == NULL)
    return NULL;
  parent = payload_comment (payload);
  content = json_object_get_string_member_with_default (payload, "content", "");
  if (item->attempts > 1)
    answer = find_reply (cms, parent, content, cancellable);
  if (answer == NULL && !(answer = byline_cms_reply_comment_sync (cms, parent, content, cancellable, &local_error)))
    {
      /* WordPress refuses the same text twice (409 comment_duplicate):
       * another sender of this row (a second `byline` process) posted it */
      if (!g_error_matches (local_error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_CONFLICT) ||
          !(answer = find_reply (cms, parent, content, cancellable)))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  /* The editor's own answer joins the cache at once. */
  cached = byline_comment_from_cms (answer, item->account);
  g_free (cached->post_headline);
  cached->post_headline = g_strdup (json_object_get_string_member_with_default (payload, "post_headline", ""));
  cached->spam_score = 0;
  if (byline_store_upsert_comment (store, cached, NULL) == 0)
    g_debug ("Could not cache the reply %" G_GINT64_FORMAT, answer->id);
  return result_node (answer);
}

static void
register_kinds (BylineOutboxRunner *runner)
{
  byline_outbox_runner_register (runner, "moderate", send_change, NULL, NULL);
  byline_outbox_runner_register (runner, "reply", send_reply, NULL, NULL);
  byline_outbox_runner_register (runner, "edit", send_change, NULL, NULL);
}

static void
weak_ref_free (GWeakRef *ref)
{
  g_weak_ref_clear (ref);
  g_free (ref);
}

/**
 * byline_comment_outbox_register:
 *
 * Registers the comment kinds ("moderate", "reply", "edit") with @runner
 * and makes it the runner that byline_comment_outbox_dup_runner() returns
 * for its store while it lives (#BylineContext does this for the app's
 * runner, so that one runner owns every retry).
 */
void
byline_comment_outbox_register (BylineOutboxRunner *runner)
{
  GWeakRef *ref;

  g_return_if_fail (BYLINE_IS_OUTBOX_RUNNER (runner));

  register_kinds (runner);
  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, runner);
  g_object_set_data_full (G_OBJECT (byline_outbox_runner_get_store (runner)), RUNNER_KEY,
                          ref, (GDestroyNotify) weak_ref_free);
}

/**
 * byline_comment_outbox_dup_runner:
 *
 * Returns: (transfer full): the runner registered for @store with
 *   byline_comment_outbox_register(), or else a new one that sends the
 *   comment kinds (the command line, tests)
 */
BylineOutboxRunner *
byline_comment_outbox_dup_runner (BylineStore *store)
{
  GWeakRef *ref;
  BylineOutboxRunner *runner;

  g_return_val_if_fail (BYLINE_IS_STORE (store), NULL);

  ref = g_object_get_data (G_OBJECT (store), RUNNER_KEY);
  if (ref != NULL && (runner = g_weak_ref_get (ref)) != NULL)
    return runner;
  runner = byline_outbox_runner_new (store);
  register_kinds (runner);
  return runner;
}

/**
 * byline_comment_outbox_send_pending:
 * @stats: (nullable): counts sent and failed rows
 *
 * Sends @account's queued comment operations through @runner now, oldest
 * first, without waiting for their backoff (an explicit sync); rows the
 * site refused for good stay failed until retried. Blocks: call it from a
 * worker thread that pushed its own main context, or the command line.
 *
 * Returns: %FALSE with @error set when the account cannot be opened (the
 *   rows are left as they were), the store failed or it was cancelled;
 *   remote failures are counted in @stats and kept in the outbox
 */
gboolean
byline_comment_outbox_send_pending (BylineOutboxRunner      *runner,
                                    const char              *account,
                                    GCancellable            *cancellable,
                                    BylineCommentSyncStats  *stats,
                                    GError                 **error)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GHashTable) clients = byline_outbox_runner_new_clients ();
  gboolean checked = FALSE;

  g_return_val_if_fail (BYLINE_IS_OUTBOX_RUNNER (runner), FALSE);
  g_return_val_if_fail (account != NULL, FALSE);

  if (!(items = byline_store_outbox_list (byline_outbox_runner_get_store (runner), NULL, error)))
    return FALSE;

  for (guint i = 0; i < items->len; i++)
    {
      BylineOutboxItem *item = g_ptr_array_index (items, i);
      g_autoptr(JsonNode) result = NULL;
      g_autoptr(GError) local_error = NULL;

      if (g_strcmp0 (item->account, account) != 0 || !byline_comment_outbox_is_comment_kind (item->kind) ||
          g_str_equal (item->state, "done") || g_str_equal (item->state, "failed"))
        continue;

      /* An account that cannot be opened (no password, …) is the
       * caller's problem, not the rows': they stay as they are. */
      if (!checked)
        {
          g_autoptr(BylineCms) cms = byline_outbox_runner_open_cms (runner, account, cancellable, error);

          if (cms == NULL)
            return FALSE;
          g_hash_table_insert (clients, g_strdup (account), g_steal_pointer (&cms));
          checked = TRUE;
        }

      if ((result = byline_outbox_runner_send_with_clients_sync (runner, item->id, clients, cancellable, &local_error)))
        {
          if (stats != NULL)
            stats->sent++;
        }
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        continue;   /* sent meanwhile by the runner's own timer */
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
               g_error_matches (local_error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_CANCELLED) ||
               g_cancellable_is_cancelled (cancellable))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      else if (g_error_matches (local_error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND))
        continue;   /* cancelled by an undo meanwhile */
      else if (stats != NULL)
        {
          stats->failed++;
          if (refused_for_good (local_error))
            stats->refused++;
        }
    }
  return TRUE;
}

static void
send_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  BylineCommentSyncStats *stats = g_new0 (BylineCommentSyncStats, 1);
  GError *error = NULL;
  gboolean ok;

  g_main_context_push_thread_default (context);
  ok = byline_comment_outbox_send_pending (source_object, task_data, cancellable, stats, &error);
  while (g_main_context_iteration (context, FALSE))
    ;
  g_main_context_pop_thread_default (context);
  if (!ok)
    {
      g_free (stats);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, stats, g_free);
}

/**
 * byline_comment_outbox_send_pending_async:
 *
 * byline_comment_outbox_send_pending() on a worker thread.
 */
void
byline_comment_outbox_send_pending_async (BylineOutboxRunner  *runner,
                                          const char          *account,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (BYLINE_IS_OUTBOX_RUNNER (runner));
  g_return_if_fail (account != NULL);

  task = g_task_new (runner, cancellable, callback, user_data);
  g_task_set_source_tag (task, byline_comment_outbox_send_pending_async);
  g_task_set_task_data (task, g_strdup (account), g_free);
  g_task_run_in_thread (task, send_thread);
}

gboolean
byline_comment_outbox_send_pending_finish (BylineOutboxRunner      *runner,
                                           GAsyncResult            *result,
                                           BylineCommentSyncStats  *stats,
                                           GError                 **error)
{
  g_autofree BylineCommentSyncStats *got = NULL;

  g_return_val_if_fail (g_task_is_valid (result, runner), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == byline_comment_outbox_send_pending_async, FALSE);

  got = g_task_propagate_pointer (G_TASK (result), error);
  if (got == NULL)
    return FALSE;
  if (stats != NULL)
    *stats = *got;
  return TRUE;
}

/* byline-comment-moderator.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-comment-moderator"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "byline-comment-moderator.h"

/* What an editor does to comments, done locally at once: the cache and
 * the moderation history change, the operation is queued in the outbox
 * (kind "moderate", "reply" or "edit", target the local comment id, the
 * payload carrying the comment's ORIGINAL author_ip and author_user_agent,
 * which WordPress would otherwise overwrite), and the site's spam filter
 * learns from approve/spam. The outbox runner sends the queue
 * (byline-comment-outbox.c).
 *
 * Undo takes back the last action as one unit (a bulk action is one):
 * statuses (and edited text) go back, queued operations that have not left are cancelled,
 * those already sent get a reverse operation, and training is untrained.
 *
 * Everything here runs on the caller's thread in well under a
 * millisecond per comment; spam filters are saved to the store later (on
 * an idle, or with byline_comment_moderator_flush()). */

#define MAX_UNDO 100

typedef struct
{
  gint64    id;
  char     *account;
  char     *old_status;
  char     *new_status;
  char     *old_content;   /* an edit: the text before and after */
  char     *new_content;
  gint64    outbox_id;
  int       trained;   /* 0 nothing, 1 as spam, 2 as ham */
  int       untrained; /* what an earlier decision had taught, taken back */
} UndoEntry;

struct _BylineCommentModerator
{
  GObject      parent_instance;

  BylineStore *store;
  GPtrArray   *undo;      /* of GArray of UndoEntry, newest last */
  GHashTable  *filters;   /* account → BylineSpamFilter */
  GHashTable  *dirty;     /* accounts whose filter changed */
  guint        save_id;
};

G_DEFINE_FINAL_TYPE (BylineCommentModerator, byline_comment_moderator, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CAN_UNDO,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
undo_entry_clear (UndoEntry *entry)
{
  g_free (entry->account);
  g_free (entry->old_status);
  g_free (entry->new_status);
  g_free (entry->old_content);
  g_free (entry->new_content);
}

static GArray *
undo_unit_new (void)
{
  GArray *unit = g_array_new (FALSE, TRUE, sizeof (UndoEntry));

  g_array_set_clear_func (unit, (GDestroyNotify) undo_entry_clear);
  return unit;
}

BylineSpamFilter *
byline_comment_moderator_get_filter (BylineCommentModerator  *self,
                                     const char              *account,
                                     GError                 **error)
{
  BylineSpamFilter *filter;

  g_return_val_if_fail (BYLINE_IS_COMMENT_MODERATOR (self), NULL);

  filter = g_hash_table_lookup (self->filters, account);
  if (filter == NULL)
    {
      filter = byline_comment_load_spam_filter (self->store, account, error);
      if (filter == NULL)
        return NULL;
      g_hash_table_insert (self->filters, g_strdup (account), filter);
    }
  return filter;
}

/**
 * byline_comment_moderator_flush:
 *
 * Saves the spam filters that learnt something.
 */
gboolean
byline_comment_moderator_flush (BylineCommentModerator  *self,
                                GError                 **error)
{
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (BYLINE_IS_COMMENT_MODERATOR (self), FALSE);

  g_clear_handle_id (&self->save_id, g_source_remove);
  g_hash_table_iter_init (&iter, self->dirty);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      BylineSpamFilter *filter = g_hash_table_lookup (self->filters, key);
      g_autoptr(GBytes) bytes = byline_spam_filter_to_bytes (filter);

      if (!byline_store_save_spam_filter (self->store, key, bytes, error))
        return FALSE;
      g_hash_table_iter_remove (&iter);
    }
  return TRUE;
}

static gboolean
save_cb (gpointer user_data)
{
  BylineCommentModerator *self = user_data;
  g_autoptr(GError) error = NULL;

  self->save_id = 0;
  if (!byline_comment_moderator_flush (self, &error))
    g_warning ("Could not save the spam filter: %s", error->message);
  return G_SOURCE_REMOVE;
}

static void
train (BylineCommentModerator    *self,
       const BylineCachedComment *comment,
       int                        how,
       gboolean                   untrain)
{
  BylineSpamFilter *filter;
  BylineSpamSample sample;
  g_autoptr(GError) error = NULL;

  if (how == 0)
    return;
  if (!(filter = byline_comment_moderator_get_filter (self, comment->account, &error)))
    {
      g_warning ("No spam filter for %s: %s", comment->account, error->message);
      return;
    }
  byline_comment_fill_sample (&sample, comment);
  if (untrain)
    byline_spam_filter_untrain (filter, &sample, how == 1);
  else
    byline_spam_filter_train (filter, &sample, how == 1);
  g_hash_table_add (self->dirty, g_strdup (comment->account));
  if (self->save_id == 0)
    self->save_id = g_timeout_add_seconds (2, save_cb, self);
}

/* What @status teaches the filter: 1 spam, 2 ham, 0 nothing */
static int
training_for (const char *status)
{
  return g_strcmp0 (status, "spam") == 0 ? 1 : g_strcmp0 (status, "approved") == 0 ? 2 : 0;
}

/* What the filter learnt from @comment's standing status: an editor's
 * decision taught it, a change made on the site did not; an undo
 * restored what the decision before it had taught. */
static int
standing_training (BylineCommentModerator    *self,
                   const BylineCachedComment *comment)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;

  if (training_for (comment->status) == 0)
    return 0;
  if (!(changes = byline_store_comment_changes (self->store, comment->id, &error)))
    {
      g_warning ("No moderation history for comment %" G_GINT64_FORMAT ": %s", comment->id, error->message);
      return 0;
    }
  for (guint i = changes->len; i > 0; i--)
    {
      BylineCommentChange *change = g_ptr_array_index (changes, i - 1);

      if (g_strcmp0 (change->new_status, comment->status) != 0)
        continue;
      if (g_strcmp0 (change->actor, "editor") == 0)
        return training_for (comment->status);
      if (g_strcmp0 (change->actor, "undo") != 0)
        return 0;
    }
  return 0;
}

/* The outbox payload of an operation on @comment: its remote ids, the
 * members given as name/value pairs (NULL-terminated), and the reader's
 * ORIGINAL IP and browser (WordPress re-saves the whole comment and would
 * put the editor's there). */
static char *
payload (const BylineCachedComment *comment,
         const char                *name,
         ...)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  va_list args;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "remote_id");
  json_builder_add_int_value (builder, comment->remote_id);
  json_builder_set_member_name (builder, "post");
  json_builder_add_int_value (builder, comment->post_remote_id);
  va_start (args, name);
  for (const char *n = name; n != NULL; n = va_arg (args, const char *))
    {
      json_builder_set_member_name (builder, n);
      json_builder_add_string_value (builder, va_arg (args, const char *));
    }
  va_end (args);
  json_builder_set_member_name (builder, "author_ip");
  json_builder_add_string_value (builder, comment->author_ip ? comment->author_ip : "");
  json_builder_set_member_name (builder, "author_user_agent");
  json_builder_add_string_value (builder, comment->author_user_agent ? comment->author_user_agent : "");
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

static char *
moderate_payload (const BylineCachedComment *comment,
                  const char                *status,
                  const char                *previous)
{
  return payload (comment, "status", status, "previous", previous, NULL);
}

/* "previous": what the cache held, put back if the site refuses it. */
static char *
edit_payload (const BylineCachedComment *comment,
              const char                *content)
{
  return payload (comment, "content", content, "previous", comment->content ? comment->content : "", NULL);
}

/* The text changed: so may its score (a warning is enough on failure:
 * the edit itself stands). */
static void
rescore (BylineCommentModerator *self,
         const char             *account,
         gint64                  id)
{
  g_autoptr(GError) error = NULL;
  BylineSpamFilter *filter = byline_comment_moderator_get_filter (self, account, &error);

  if (filter == NULL || !byline_comment_rescore (self->store, filter, id, &error))
    g_warning ("Could not score comment %" G_GINT64_FORMAT " again: %s", id, error->message);
}

static gboolean
apply (BylineCommentModerator  *self,
       gint64                   id,
       const char              *status,
       const char              *actor,
       UndoEntry               *entry,
       GError                 **error)
{
  g_autoptr(BylineCachedComment) comment = byline_store_get_comment (self->store, id, error);
  g_autofree char *payload = NULL;

  if (comment == NULL)
    return FALSE;
  entry->id = id;
  entry->account = g_strdup (comment->account);
  entry->old_status = g_strdup (comment->status);
  entry->new_status = g_strdup (status);
  if (g_strcmp0 (comment->status, status) == 0)
    return TRUE;

  /* An editor who changes their mind (spam, then held or approved) takes
   * back what the first decision taught: the comment counts once, as
   * what it was last called, and a mistaken spam click no longer marks
   * the reader's address */
  entry->untrained = standing_training (self, comment);
  if (!byline_store_moderate_comment (self->store, id, status, actor, error))
    return FALSE;
  payload = moderate_payload (comment, status, comment->status);
  entry->outbox_id = byline_store_outbox_enqueue (self->store, "moderate", comment->account, id, payload, error);
  if (entry->outbox_id == 0)
    return FALSE;

  entry->trained = training_for (status);
  train (self, comment, entry->untrained, TRUE);
  train (self, comment, entry->trained, FALSE);
  return TRUE;
}

static void
push_undo (BylineCommentModerator *self,
           GArray                 *unit)
{
  gboolean could = self->undo->len > 0;

  if (unit->len == 0)
    {
      g_array_unref (unit);
      return;
    }
  g_ptr_array_add (self->undo, unit);
  if (self->undo->len > MAX_UNDO)
    g_ptr_array_remove_index (self->undo, 0);
  if (!could)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
}

/**
 * byline_comment_moderator_moderate:
 * @ids: (array length=n_ids): local comment ids
 * @status: "hold", "approved", "spam" or "trash"
 *
 * Moderates the comments at once (store and history), queues the remote
 * operations, trains the spam filter, and records ONE undo step. On an
 * error the comments done so far stay done (and undoable).
 */
gboolean
byline_comment_moderator_moderate (BylineCommentModerator  *self,
                                   const gint64            *ids,
                                   guint                    n_ids,
                                   const char              *status,
                                   GError                 **error)
{
  GArray *unit;
  gboolean ok = TRUE;

  g_return_val_if_fail (BYLINE_IS_COMMENT_MODERATOR (self), FALSE);
  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);

  if (g_strcmp0 (status, "hold") != 0 && g_strcmp0 (status, "approved") != 0 &&
      g_strcmp0 (status, "spam") != 0 && g_strcmp0 (status, "trash") != 0)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID,
                   _("Unknown comment status “%s” (use hold, approved, spam or trash)"), status ? status : "");
      return FALSE;
    }

  unit = undo_unit_new ();
  for (guint i = 0; i < n_ids && ok; i++)
    {
      UndoEntry entry = { 0, };

      ok = apply (self, ids[i], status, "editor", &entry, error);
      if (ok || entry.outbox_id != 0)
        g_array_append_val (unit, entry);
      else
        undo_entry_clear (&entry);
    }
  push_undo (self, unit);
  g_signal_emit (self, signals[CHANGED], 0);
  return ok;
}

/**
 * byline_comment_moderator_reply:
 * @id: the local id of the comment answered
 * @text: the answer (posted as the account's user)
 *
 * Returns: the outbox row of the reply, or 0 with @error set
 */
gint64
byline_comment_moderator_reply (BylineCommentModerator  *self,
                                gint64                   id,
                                const char              *text,
                                GError                 **error)
{
  g_autoptr(BylineCachedComment) comment = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *payload = NULL;
  g_autofree char *trimmed = NULL;
  gint64 outbox_id;

  g_return_val_if_fail (BYLINE_IS_COMMENT_MODERATOR (self), 0);

  trimmed = g_strstrip (g_strdup (text ? text : ""));
  if (*trimmed == '\0')
    {
      g_set_error_literal (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID, _("The reply is empty"));
      return 0;
    }
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID,
                           _("The reply is not valid UTF-8 text"));
      return 0;
    }
  if (!(comment = byline_store_get_comment (self->store, id, error)))
    return 0;
  /* WordPress shows no reply under a comment it does not show, and
   * wp-admin offers no Reply in its Spam and Trash lists: the reply would
   * go live, public and unseen. (A held comment is approved with its
   * reply, by the caller.) */
  if (g_strcmp0 (comment->status, "spam") == 0 || g_strcmp0 (comment->status, "trash") == 0)
    {
      g_set_error_literal (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID,
                           g_str_equal (comment->status, "spam")
                             ? _("A comment marked as spam cannot be answered: the site would show the reply under nothing. Mark it as not spam first.")
                             : _("A comment in the trash cannot be answered: the site would show the reply under nothing. Restore it first."));
      return 0;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "remote_id");
  json_builder_add_int_value (builder, comment->remote_id);
  json_builder_set_member_name (builder, "post");
  json_builder_add_int_value (builder, comment->post_remote_id);
  json_builder_set_member_name (builder, "post_headline");
  json_builder_add_string_value (builder, comment->post_headline ? comment->post_headline : "");
  json_builder_set_member_name (builder, "content");
  json_builder_add_string_value (builder, text);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  payload = json_to_string (root, FALSE);

  outbox_id = byline_store_outbox_enqueue (self->store, "reply", comment->account, id, payload, error);
  if (outbox_id != 0)
    g_signal_emit (self, signals[CHANGED], 0);
  return outbox_id;
}

/**
 * byline_comment_moderator_edit:
 * @id: the local id of the comment
 * @text: its new raw text
 *
 * Changes the comment's text at once in the cache, queues the edit (with
 * the reader's IP and browser) and records one undo step.
 *
 * Returns: the outbox row of the edit, or 0 with @error set (also when
 *   the text did not change)
 */
gint64
byline_comment_moderator_edit (BylineCommentModerator  *self,
                               gint64                   id,
                               const char              *text,
                               GError                 **error)
{
  g_autoptr(BylineCachedComment) comment = NULL;
  g_autofree char *payload = NULL;
  g_autofree char *trimmed = NULL;
  UndoEntry entry = { 0, };
  GArray *unit;

  g_return_val_if_fail (BYLINE_IS_COMMENT_MODERATOR (self), 0);

  trimmed = g_strstrip (g_strdup (text ? text : ""));
  if (*trimmed == '\0' || !g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID,
                           *trimmed == '\0' ? _("The comment cannot be empty") : _("The text is not valid UTF-8"));
      return 0;
    }
  if (!(comment = byline_store_get_comment (self->store, id, error)))
    return 0;
  if (g_strcmp0 (comment->content, text) == 0)
    {
      g_set_error_literal (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID, _("The text did not change"));
      return 0;
    }
  if (!byline_store_set_comment_content (self->store, id, text, error))
    return 0;
  payload = edit_payload (comment, text);
  if ((entry.outbox_id = byline_store_outbox_enqueue (self->store, "edit", comment->account, id, payload, error)) == 0)
    {
      byline_store_set_comment_content (self->store, id, comment->content, NULL);
      return 0;
    }
  rescore (self, comment->account, id);
  entry.id = id;
  entry.account = g_strdup (comment->account);
  entry.old_content = g_strdup (comment->content ? comment->content : "");
  entry.new_content = g_strdup (text);
  unit = undo_unit_new ();
  g_array_append_val (unit, entry);
  push_undo (self, unit);
  g_signal_emit (self, signals[CHANGED], 0);
  return entry.outbox_id;
}

gboolean
byline_comment_moderator_can_undo (BylineCommentModerator *self)
{
  g_return_val_if_fail (BYLINE_IS_COMMENT_MODERATOR (self), FALSE);

  return self->undo->len > 0;
}

/**
 * byline_comment_moderator_peek_undo:
 *
 * Returns: (transfer full) (nullable) (element-type gint64): the comments
 *   the next undo changes (for byline_comment_list_begin_change())
 */
GArray *
byline_comment_moderator_peek_undo (BylineCommentModerator *self)
{
  GArray *unit, *ids;

  g_return_val_if_fail (BYLINE_IS_COMMENT_MODERATOR (self), NULL);

  if (self->undo->len == 0)
    return NULL;
  unit = g_ptr_array_index (self->undo, self->undo->len - 1);
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), unit->len);
  for (guint i = 0; i < unit->len; i++)
    g_array_append_val (ids, g_array_index (unit, UndoEntry, i).id);
  return ids;
}

static gboolean
undo_entry (BylineCommentModerator  *self,
            UndoEntry               *entry,
            GError                 **error)
{
  g_autoptr(BylineCachedComment) comment = NULL;
  g_autoptr(GError) local_error = NULL;

  if (entry->old_content == NULL && g_strcmp0 (entry->old_status, entry->new_status) == 0)
    return TRUE;
  if (!(comment = byline_store_get_comment (self->store, entry->id, &local_error)))
    {
      /* Deleted on the site since: nothing to restore. */
      if (g_error_matches (local_error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (entry->old_content != NULL)
    {
      if (!byline_store_set_comment_content (self->store, entry->id, entry->old_content, error))
        return FALSE;
      rescore (self, entry->account, entry->id);
    }
  else if (!byline_store_moderate_comment (self->store, entry->id, entry->old_status, "undo", error))
    return FALSE;
  train (self, comment, entry->trained, TRUE);
  train (self, comment, entry->untrained, FALSE);

  /* Not sent yet: it never leaves. Sent (or being sent): send it back. */
  if (entry->outbox_id == 0 || !byline_store_outbox_cancel (self->store, entry->outbox_id, &local_error))
    {
      g_autofree char *payload = NULL;

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      payload = entry->old_content != NULL
                ? edit_payload (comment, entry->old_content)
                : moderate_payload (comment, entry->old_status, entry->new_status);
      if (byline_store_outbox_enqueue (self->store, entry->old_content != NULL ? "edit" : "moderate",
                                       comment->account, entry->id, payload, error) == 0)
        return FALSE;
    }
  return TRUE;
}

/**
 * byline_comment_moderator_undo:
 *
 * Takes back the last action (all comments of a bulk action).
 */
gboolean
byline_comment_moderator_undo (BylineCommentModerator  *self,
                               GError                 **error)
{
  g_autoptr(GArray) unit = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (BYLINE_IS_COMMENT_MODERATOR (self), FALSE);

  if (self->undo->len == 0)
    {
      g_set_error_literal (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID, _("Nothing to undo"));
      return FALSE;
    }
  unit = g_ptr_array_steal_index (self->undo, self->undo->len - 1);
  for (guint i = unit->len; i > 0 && ok; i--)
    ok = undo_entry (self, &g_array_index (unit, UndoEntry, i - 1), error);

  if (self->undo->len == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_signal_emit (self, signals[CHANGED], 0);
  return ok;
}

static void
byline_comment_moderator_dispose (GObject *object)
{
  BylineCommentModerator *self = (BylineCommentModerator *)object;
  g_autoptr(GError) error = NULL;

  if (self->store != NULL && !byline_comment_moderator_flush (self, &error))
    g_warning ("Could not save the spam filter: %s", error->message);
  g_clear_handle_id (&self->save_id, g_source_remove);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (byline_comment_moderator_parent_class)->dispose (object);
}

static void
byline_comment_moderator_finalize (GObject *object)
{
  BylineCommentModerator *self = (BylineCommentModerator *)object;

  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->filters, g_hash_table_unref);
  g_clear_pointer (&self->dirty, g_hash_table_unref);

  G_OBJECT_CLASS (byline_comment_moderator_parent_class)->finalize (object);
}

static void
byline_comment_moderator_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  BylineCommentModerator *self = BYLINE_COMMENT_MODERATOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, self->undo->len > 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_comment_moderator_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  BylineCommentModerator *self = BYLINE_COMMENT_MODERATOR (object);

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
byline_comment_moderator_class_init (BylineCommentModeratorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = byline_comment_moderator_dispose;
  object_class->finalize = byline_comment_moderator_finalize;
  object_class->get_property = byline_comment_moderator_get_property;
  object_class->set_property = byline_comment_moderator_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, BYLINE_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BylineCommentModerator::changed:
   *
   * Comments were moderated, replied to, or an action was undone.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
byline_comment_moderator_init (BylineCommentModerator *self)
{
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->filters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->dirty = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

BylineCommentModerator *
byline_comment_moderator_new (BylineStore *store)
{
  g_return_val_if_fail (BYLINE_IS_STORE (store), NULL);

  return g_object_new (BYLINE_TYPE_COMMENT_MODERATOR, "store", store, NULL);
}

BylineStore *
byline_comment_moderator_get_store (BylineCommentModerator *self)
{
  g_return_val_if_fail (BYLINE_IS_COMMENT_MODERATOR (self), NULL);

  return self->store;
}

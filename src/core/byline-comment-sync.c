/* byline-comment-sync.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-comment-sync"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-comment-moderator.h"
#include "byline-comment-outbox.h"
#include "byline-comment-sync-private.h"
#include "byline-comment.h"

/* Fetching an account's comments into the store's cache.
 *
 * The whole sync runs on one thread (a worker thread for the app, the
 * caller's for the CLI) with a private main context: the CMS client is
 * created there, so network I/O, JSON parsing, spam scoring and SQLite
 * writes never touch the GUI's main loop. Progress goes back to the
 * caller's context.
 *
 * 1. Queued moderation is sent first, through the store's outbox runner
 *    (byline_comment_outbox_send_pending()).
 * 2. First sync (empty cache): every status (hold, approve, spam, trash)
 *    with context=edit, per_page=100, PARALLEL pages in flight across the
 *    statuses, exactly the pages each status has (page 1 says how many);
 *    pages are scored and written on a writer thread, WRITE_BATCH comments
 *    at a time, while this thread keeps the next ones on the wire.
 * 3. Later syncs: a cheap `_fields=id,status,type` pass over every status
 *    gives the site's complete state: ids the cache lacks are new, a
 *    different status was changed elsewhere, cached ids the site lacks
 *    were deleted. The held comments come whole in it, to see their text
 *    edited on the site (byline-comment-sync-site.c). Every pass asks for
 *    `type=all` and keeps comments, pingbacks and trackbacks.
 *    New comments come with `after=` the newest date seen (and any new id
 *    older than that by `include=`). Comments with an unsent local
 *    operation keep their local status; a comment the site no longer has
 *    is dropped all the same, its waiting changes closed (close_rows_of_gone()).
 * 4. Headlines of posts not seen before (byline-comment-sync-headlines.c)
 *    and the text of posts with held or approved comments that no local
 *    article is linked to, for the spam filter, with a second look at the
 *    comments on them that copy it (byline-comment-sync-stories.c). A
 *    first sync asks for them beside its pages, as pages name them, and
 *    the writer takes them in between the pages it writes; any left (a
 *    page's, a failed request's) and a later sync's are asked for after
 *    the pages. */

#define PER_PAGE 100
/* Only what the cache keeps: WordPress then skips the avatar URLs and the
 * links of each comment. (WordPress 6.1 has no `content.raw` alone for
 * comments: `content` brings the rendered text too.) */
#define COMMENT_FIELDS "id,post,parent,author,author_name,author_email,author_url,author_ip," \
                       "author_user_agent,date_gmt,status,content,type"
#define PARALLEL 4
#define PER_STATUS 2
#define WRITE_BATCH 500

static const BylineCmsCommentStatus all_statuses[] = {
  BYLINE_CMS_COMMENT_HOLD, BYLINE_CMS_COMMENT_APPROVED, BYLINE_CMS_COMMENT_SPAM, BYLINE_CMS_COMMENT_TRASH,
};

typedef struct
{
  BylineStore               *store;
  char                      *account;
  BylineCms                 *cms;
  GMainContext              *context;
  GCancellable              *cancellable;
  BylineSpamFilter          *filter;
  GHashTable                *states;     /* remote id → BylineCommentState, before this sync */
  GHashTable                *unsent;     /* local id → UnsentFlags of unsent operations */
  GHashTable                *tried;      /* outbox ids pending before this sync sent them */
  BylineCommentSyncStats    *stats;
  BylineCommentSyncProgress  progress;
  gpointer                   progress_data;
  guint                      done;
  guint                      total;
  GError                    *error;
  GMutex                     lock;       /* error, set from the writer too (the stats are the writer's while it runs) */
  GThreadPool               *writer;     /* scores and stores pages while more arrive */
  BylineSyncPosts           *early;      /* first sync: posts asked for beside the pages */
  GHashTable                *titles;     /* post id → headline, from those (the writer's) */
  GHashTable                *stories;    /* post id → its story, or NULL (the writer's) */
} Sync;

/* What the writer is handed: whole comments, or posts asked for beside
 * the pages */
typedef struct
{
  GPtrArray *comments;   /* of BylineCmsComment */
  GPtrArray *posts;      /* of BylineCmsPost */
  gboolean   with_text;
} WriteItem;

static void
write_item_free (WriteItem *item)
{
  g_clear_pointer (&item->comments, g_ptr_array_unref);
  g_clear_pointer (&item->posts, g_ptr_array_unref);
  g_free (item);
}

static void
report (Sync *sync)
{
  if (sync->progress != NULL)
    sync->progress (sync->done, sync->total, sync->progress_data);
}

/* The story is looked at for held and approved comments only, as after
 * the pages (byline-comment-sync-stories.c): the others are judged, and
 * whether their post's text came before them or after is no matter. */
static void
score (Sync                *sync,
       BylineCachedComment *comment,
       GHashTable          *repeats)
{
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (repeats, comment->content));
  gboolean queue = g_strcmp0 (comment->status, "hold") == 0 || g_strcmp0 (comment->status, "approved") == 0;

  byline_comment_score (comment, sync->filter, count > 0 ? count - 1 : 0,
                        queue ? byline_comment_story (sync->stories, sync->store, sync->account,
                                                      comment->post_remote_id) : NULL);
}

/* Scores and writes whole comments (a batch of pages). */
static gboolean
store_page (Sync       *sync,
            GPtrArray  *page,
            GError    **error)
{
  g_autoptr(GPtrArray) cached = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_cached_comment_free);
  g_autoptr(GHashTable) repeats = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < page->len; i++)
    {
      BylineCachedComment *comment;
      char *headline;
      BylineCommentState *state;
      UnsentFlags unsent;

      if (!_byline_comment_sync_type_kept (((BylineCmsComment *) g_ptr_array_index (page, i))->type))
        continue;
      comment = byline_comment_from_cms (g_ptr_array_index (page, i), sync->account);
      headline = sync->titles ? g_strdup (g_hash_table_lookup (sync->titles, &comment->post_remote_id)) : NULL;
      state = g_hash_table_lookup (sync->states, &comment->remote_id);
      unsent = state != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (sync->unsent, &state->id)) : 0;

      /* A local operation not sent yet wins over the site's old status
       * and text. */
      if (unsent & UNSENT_STATUS)
        {
          g_free (comment->status);
          comment->status = g_strdup (state->status);
        }
      if (unsent & UNSENT_CONTENT)
        {
          g_autoptr(BylineCachedComment) local = byline_store_get_comment (sync->store, state->id, NULL);

          if (local != NULL)
            {
              g_free (comment->content);
              comment->content = g_steal_pointer (&local->content);
            }
        }
      if (headline != NULL)
        {
          g_free (comment->post_headline);
          comment->post_headline = headline;
        }
      if (state == NULL)
        sync->stats->added++;
      g_ptr_array_add (cached, comment);
      g_hash_table_insert (repeats, comment->content,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (repeats, comment->content)) + 1));
    }
  for (guint i = 0; i < cached->len; i++)
    score (sync, g_ptr_array_index (cached, i), repeats);

  sync->stats->fetched += cached->len;
  return byline_store_upsert_comments (sync->store, cached, error);
}

static void page_cb (GObject *object, GAsyncResult *result, gpointer user_data);

static gboolean
failed (Sync *sync)
{
  gboolean yes;

  g_mutex_lock (&sync->lock);
  yes = sync->error != NULL;
  g_mutex_unlock (&sync->lock);
  return yes;
}

/* On the writer thread: one item at a time, in arrival order. */
static void
write_item (gpointer data,
            gpointer user_data)
{
  WriteItem *item = data;
  Sync *sync = user_data;
  GError *error = NULL;
  gboolean ok;

  /* Scored and written outside the lock: the fetching thread takes it
   * after every answer, and would otherwise wait for a whole batch
   * instead of sending the next requests. */
  if (failed (sync))
    ok = TRUE;
  else if (item->posts != NULL)
    ok = _byline_comment_sync_take_posts (sync->store, sync->account, item->posts, item->with_text, sync->titles,
                                          sync->stories, sync->filter, sync->stats, &error);
  else
    ok = store_page (sync, item->comments, &error);
  write_item_free (item);
  if (ok)
    return;
  g_mutex_lock (&sync->lock);
  if (sync->error == NULL)
    sync->error = error;
  else
    g_error_free (error);
  g_mutex_unlock (&sync->lock);
}

typedef struct
{
  BylineCmsCommentStatus status;
  guint                  next_page;
  guint                  in_flight;
  gint64                 last_page;    /* as the site last said; 0: not known yet, -1: it does not say */
  gboolean               first_full;   /* page 1 came back full: pipeline the rest */
  gboolean               done;
} Cursor;

typedef struct
{
  Sync      *sync;
  Cursor     cursors[G_N_ELEMENTS (all_statuses)];
  guint      n_cursors;
  GDateTime *after;
  guint      in_flight;
  GPtrArray *batch;      /* of BylineCmsComment, for the writer */
} Fetch;

static void
request (Fetch  *fetch,
         Cursor *cursor)
{
  g_autoptr(BylineCmsQuery) query = byline_cms_query_new ();
  gpointer *data = g_new0 (gpointer, 2);

  query->page = cursor->next_page++;
  query->per_page = PER_PAGE;
  query->comment_status = cursor->status;
  query->edit_context = TRUE;
  query->fields = g_strdup (COMMENT_FIELDS);
  query->comment_type = g_strdup ("all");
  query->after = fetch->after ? g_date_time_ref (fetch->after) : NULL;
  data[0] = fetch;
  data[1] = cursor;
  fetch->in_flight++;
  cursor->in_flight++;
  byline_cms_list_comments_async (fetch->sync->cms, query, fetch->sync->cancellable, page_cb, data);
}

static void
fill (Fetch *fetch)
{
  gboolean issued = TRUE;

  while (issued && fetch->in_flight < PARALLEL && !failed (fetch->sync))
    {
      issued = FALSE;
      for (guint i = 0; i < fetch->n_cursors && fetch->in_flight < PARALLEL; i++)
        {
          Cursor *cursor = &fetch->cursors[i];

          /* Page 1 of each status first: its answer says how many pages
           * the status has (X-WP-TotalPages), and exactly those are asked
           * for, none past the end (each would cost the site a whole
           * WordPress request). A site that does not say gets pages until
           * a short one, at most PER_STATUS of a status in flight. */
          if (cursor->done || (cursor->next_page > 1 && cursor->last_page == 0))
            continue;
          if (cursor->last_page > 0 && cursor->next_page > cursor->last_page)
            continue;
          if (cursor->last_page < 0 && (!cursor->first_full || cursor->in_flight >= PER_STATUS))
            continue;
          request (fetch, cursor);
          issued = TRUE;
        }
    }
}

static gboolean
all_requested (Fetch *fetch)
{
  for (guint i = 0; i < fetch->n_cursors; i++)
    if (!fetch->cursors[i].done &&
        (fetch->cursors[i].last_page <= 0 || fetch->cursors[i].next_page <= fetch->cursors[i].last_page))
      return FALSE;
  return TRUE;
}

/* Whether every page of the held and approved comments is in. */
static gboolean
queue_in (Fetch *fetch)
{
  for (guint i = 0; i < fetch->n_cursors; i++)
    {
      Cursor *cursor = &fetch->cursors[i];

      if ((cursor->status == BYLINE_CMS_COMMENT_HOLD || cursor->status == BYLINE_CMS_COMMENT_APPROVED) &&
          !cursor->done && (cursor->in_flight > 0 || cursor->last_page <= 0 || cursor->next_page <= cursor->last_page))
        return FALSE;
    }
  return TRUE;
}

/* Hands the batch to the writer once it holds @at_least comments, or
 * whatever it holds once nothing is in flight any more. */
static void
flush (Fetch *fetch,
       guint  at_least)
{
  WriteItem *item;

  if (fetch->batch->len == 0 || (fetch->batch->len < at_least && fetch->in_flight > 0))
    return;
  item = g_new0 (WriteItem, 1);
  item->comments = g_steal_pointer (&fetch->batch);
  g_thread_pool_push (fetch->sync->writer, item, NULL);
  fetch->batch = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_cms_comment_free);
}

static void
page_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  gpointer *data = user_data;
  Fetch *fetch = data[0];
  Cursor *cursor = data[1];
  g_autoptr(GPtrArray) page = NULL;
  GError *error = NULL;
  gint64 total_pages;

  g_free (data);
  fetch->in_flight--;
  cursor->in_flight--;
  /* Comments that arrive during the sync may add a page at the end. */
  total_pages = byline_cms_list_get_total_pages (result);
  cursor->last_page = total_pages < 0 ? -1 : MAX (cursor->last_page, MAX (total_pages, 1));
  page = byline_cms_list_comments_finish (BYLINE_CMS (object), result, &error);
  g_mutex_lock (&fetch->sync->lock);
  if (page == NULL && fetch->sync->error == NULL)
    fetch->sync->error = g_steal_pointer (&error);
  g_mutex_unlock (&fetch->sync->lock);
  g_clear_error (&error);
  if (page == NULL || failed (fetch->sync))
    return;
  if (page->len >= PER_PAGE)
    cursor->first_full = TRUE;
  else
    cursor->done = TRUE;
  /* The next requests go out before this page is scored and written. */
  fill (fetch);
  /* Posts not seen before go out beside the pages: those of held and
   * approved comments at once, with their text; the others' titles once
   * the queue's pages are in (a post asked for its title alone would be
   * asked again for its text if a held comment named it after). */
  if (fetch->sync->early != NULL)
    {
      _byline_sync_posts_note (fetch->sync->early, page, cursor->status == BYLINE_CMS_COMMENT_HOLD ||
                                                         cursor->status == BYLINE_CMS_COMMENT_APPROVED);
      fetch->in_flight += _byline_sync_posts_ask (fetch->sync->early, queue_in (fetch), all_requested (fetch));
    }
  for (guint i = 0; i < page->len; i++)
    {
      BylineCmsComment *comment = g_ptr_array_index (page, i);

      /* `after=` the newest date seen may still bring a comment the cache
       * has: WordPress compares the site-local comment_date, which it
       * reads from the clock apart from comment_date_gmt (a second later
       * when the clock ticked between the two). Its status pass has seen
       * it already: it is nothing new. */
      if (fetch->after != NULL && g_hash_table_contains (fetch->sync->states, &comment->id))
        {
          byline_cms_comment_free (comment);
          continue;
        }
      g_ptr_array_add (fetch->batch, comment);
      fetch->sync->done++;
    }
  g_ptr_array_set_free_func (page, NULL);
  report (fetch->sync);
  /* Written WRITE_BATCH at a time: each write is a transaction and a
   * full-text index segment, and a few big ones cost less CPU, on cores
   * the site needs too, than many small ones. Once the last pages are
   * asked for, each page goes at once: what the writer has left when the
   * last answer comes is what the sync still waits for. */
  flush (fetch, all_requested (fetch) ? 1 : WRITE_BATCH);
}

/* Posts asked for beside the pages came: to the writer, in turn with the
 * comments. */
static void
posts_arrived (GPtrArray *posts,
               gboolean   with_text,
               gpointer   user_data)
{
  Fetch *fetch = user_data;
  WriteItem *item = g_new0 (WriteItem, 1);

  /* (before the comments not handed over yet: those are written with
   * the posts' headlines and stories) */
  item->posts = posts;
  item->with_text = with_text;
  g_thread_pool_push (fetch->sync->writer, item, NULL);
}

/* A posts request answered (its slot is free again). */
static void
posts_done (gpointer data,
            gpointer user_data)
{
  Fetch *fetch = user_data;

  fetch->in_flight--;
  if (failed (fetch->sync))
    return;
  fill (fetch);
  fetch->in_flight += _byline_sync_posts_ask (fetch->sync->early, queue_in (fetch), all_requested (fetch));
  flush (fetch, all_requested (fetch) ? 1 : WRITE_BATCH);
}

/* Every page of every status (after @after when set). */
static gboolean
fetch_all (Sync      *sync,
           GDateTime *after,
           gboolean   first)
{
  Fetch fetch = { sync, { { 0, } }, G_N_ELEMENTS (all_statuses), after, 0, NULL };

  for (guint i = 0; i < fetch.n_cursors; i++)
    {
      fetch.cursors[i].status = all_statuses[i];
      fetch.cursors[i].next_page = 1;
    }
  fetch.batch = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_cms_comment_free);
  if (first)
    {
      sync->early = _byline_sync_posts_new (sync->store, sync->account, sync->cms, sync->cancellable,
                                            posts_arrived, posts_done, &fetch);
      sync->titles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
    }
  sync->writer = g_thread_pool_new (write_item, sync, 1, TRUE, NULL);
  fill (&fetch);
  while (fetch.in_flight > 0)
    g_main_context_iteration (sync->context, TRUE);
  g_thread_pool_free (g_steal_pointer (&sync->writer), FALSE, TRUE);
  g_ptr_array_unref (fetch.batch);
  return !failed (sync);
}

/* The id pass: remote id → status word, for every status; the held
 * comments (the queue) come whole into @held, to see edits made on the
 * site (_byline_comment_sync_edited()). */
static GHashTable *
fetch_states (Sync       *sync,
              GPtrArray **held)
{
  g_autoptr(GHashTable) remote = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  GAsyncResult *results[G_N_ELEMENTS (all_statuses)] = { NULL, };

  for (guint i = 0; i < G_N_ELEMENTS (all_statuses); i++)
    {
      g_autoptr(BylineCmsQuery) query = byline_cms_query_new ();

      query->per_page = PER_PAGE;
      query->comment_status = all_statuses[i];
      query->comment_type = g_strdup ("all");
      query->edit_context = all_statuses[i] == BYLINE_CMS_COMMENT_HOLD;
      query->fields = g_strdup (query->edit_context ? COMMENT_FIELDS : "id,status,type");
      byline_cms_list_comments_async (sync->cms, query, sync->cancellable, _byline_sync_slot, &results[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (all_statuses); i++)
    {
      g_autoptr(GPtrArray) list = NULL;
      GError *error = NULL;

      _byline_sync_wait (sync->context, &results[i]);
      list = byline_cms_list_comments_finish (sync->cms, results[i], &error);
      g_clear_object (&results[i]);
      if (list == NULL)
        {
          if (sync->error == NULL)
            sync->error = error;
          else
            g_error_free (error);
          continue;
        }
      for (guint j = 0; j < list->len; j++)
        {
          BylineCmsComment *comment = g_ptr_array_index (list, j);

          if (!_byline_comment_sync_type_kept (comment->type))
            continue;
          g_hash_table_insert (remote, g_memdup2 (&comment->id, sizeof comment->id),
                               g_strdup (byline_cms_comment_status_to_string (all_statuses[i])));
        }
      if (all_statuses[i] == BYLINE_CMS_COMMENT_HOLD)
        *held = g_steal_pointer (&list);
    }
  return sync->error == NULL ? g_steal_pointer (&remote) : NULL;
}

static gboolean
fetch_included (Sync       *sync,
                GPtrArray  *ids,
                GError    **error)
{
  for (guint start = 0; start < ids->len; start += INCLUDE_BATCH)
    {
      g_autoptr(GString) include = g_string_new (NULL);

      for (guint i = start; i < ids->len && i < start + INCLUDE_BATCH; i++)
        g_string_append_printf (include, "%s%" G_GINT64_FORMAT, include->len ? "," : "",
                                *(gint64 *) g_ptr_array_index (ids, i));
      for (guint s = 0; s < G_N_ELEMENTS (all_statuses); s++)
        {
          g_autoptr(BylineCmsQuery) query = byline_cms_query_new ();
          g_autoptr(GAsyncResult) result = NULL;
          g_autoptr(GPtrArray) page = NULL;

          query->per_page = PER_PAGE;
          query->comment_status = all_statuses[s];
          query->edit_context = TRUE;
          query->fields = g_strdup (COMMENT_FIELDS);
          query->comment_type = g_strdup ("all");
          query->include = g_strdup (include->str);
          byline_cms_list_comments_async (sync->cms, query, sync->cancellable, _byline_sync_slot, &result);
          page = byline_cms_list_comments_finish (sync->cms, _byline_sync_wait (sync->context, &result), error);
          if (page == NULL || (page->len > 0 && !store_page (sync, page, error)))
            return FALSE;
          sync->done += page->len;
          report (sync);
        }
    }
  return TRUE;
}

/* The outbox rows of a comment the site no longer has. A change to it
 * (moderate, edit) can never be made: the row is closed, and if this sync
 * counted it as failed when it tried to send it, it is not a failure left
 * waiting any more. A reply cannot be posted either: it fails, saying why,
 * and stays for the editor to see (`byline outbox`). */
static gboolean
close_rows_of_gone (Sync     *sync,
                    gint64    comment_id,
                    GError  **error)
{
  g_autoptr(GPtrArray) items = byline_store_outbox_list (sync->store, NULL, error);

  if (items == NULL)
    return FALSE;
  for (guint i = 0; i < items->len; i++)
    {
      BylineOutboxItem *item = g_ptr_array_index (items, i);
      gboolean waiting = g_strcmp0 (item->state, "pending") == 0 || g_strcmp0 (item->state, "failed") == 0;

      if (item->target != comment_id || !waiting || g_strcmp0 (item->account, sync->account) != 0)
        continue;
      if (g_str_equal (item->kind, "moderate") || g_str_equal (item->kind, "edit"))
        {
          g_autoptr(GError) local_error = NULL;

          if (!byline_store_outbox_cancel (sync->store, item->id, &local_error))
            {
              if (local_error != NULL)
                return (g_propagate_error (error, g_steal_pointer (&local_error)), FALSE);
              continue;   /* being sent meanwhile: the runner has it */
            }
          if (g_hash_table_contains (sync->tried, &item->id) && sync->stats->failed > 0)
            sync->stats->failed--;
        }
      else if (g_str_equal (item->kind, "reply") &&
               !byline_store_outbox_mark (sync->store, item->id, "failed",
                                          _("The comment this answers was deleted on the site"),
                                          BYLINE_OUTBOX_NEVER, error))
        return FALSE;
    }
  return TRUE;
}

/* Applies the id pass: status changes made elsewhere, deletions. */
static gboolean
apply_states (Sync        *sync,
              GHashTable  *remote,
              GError     **error)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, sync->states);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      BylineCommentState *state = value;
      const char *status = g_hash_table_lookup (remote, &state->remote_id);
      UnsentFlags unsent = GPOINTER_TO_UINT (g_hash_table_lookup (sync->unsent, &state->id));

      /* Gone from the site: gone from the cache, with the changes waiting
       * for it (they would fail for ever). While it is there, a local
       * status not sent yet stands; an unsent edit leaves the status to
       * the site. */
      if (status == NULL)
        {
          if ((unsent != 0 && !close_rows_of_gone (sync, state->id, error)) ||
              !byline_store_delete_comment (sync->store, state->id, error))
            return FALSE;
          sync->stats->deleted++;
        }
      else if (unsent & UNSENT_STATUS)
        continue;
      else if (g_strcmp0 (status, state->status) != 0)
        {
          if (!byline_store_moderate_comment (sync->store, state->id, status, "site", error))
            return FALSE;
          sync->stats->changed++;
        }
    }
  return TRUE;
}

static gboolean
sync_fetch (Sync    *sync,
            GError **error)
{
  g_autoptr(GHashTable) remote = NULL;
  g_autofree char *newest = NULL;
  g_autoptr(GDateTime) after = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GPtrArray) held = NULL;
  g_autoptr(GPtrArray) edited = NULL;

  if (!(sync->states = byline_store_comment_states (sync->store, sync->account, error)) ||
      !(sync->unsent = _byline_comment_sync_unsent (sync->store, sync->account, error)))
    return FALSE;

  if (g_hash_table_size (sync->states) == 0)
    {
      report (sync);
      if (!fetch_all (sync, NULL, TRUE))
        goto fail;
      return _byline_comment_sync_fetch_headlines (sync->store, sync->account, sync->cms, sync->context,
                                                   sync->cancellable, sync->early, &sync->stats->headlines, error);
    }

  if (!(remote = fetch_states (sync, &held)))
    goto fail;
  if (!apply_states (sync, remote, error) ||
      !(edited = _byline_comment_sync_edited (sync->store, sync->account, sync->states, sync->unsent, held, error)) ||
      (edited->len > 0 && !store_page (sync, edited, error)))
    return FALSE;
  sync->stats->changed += edited->len;

  missing = g_ptr_array_new ();
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, remote);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      if (!g_hash_table_contains (sync->states, key))
        g_ptr_array_add (missing, key);
  }
  sync->total = missing->len;
  report (sync);

  newest = byline_store_newest_comment_date (sync->store, sync->account, NULL);
  if (missing->len > 0 && newest != NULL && *newest != '\0')
    {
      after = g_date_time_new_from_iso8601 (newest, NULL);
      g_debug ("%s: %u new ids, fetching those after %s", sync->account, missing->len, newest);
      if (!fetch_all (sync, after, FALSE))
        goto fail;
    }

  /* New ids older than the newest date (or not caught above). */
  {
    g_autoptr(GHashTable) now = byline_store_comment_states (sync->store, sync->account, error);
    g_autoptr(GPtrArray) still = g_ptr_array_new ();

    if (now == NULL)
      return FALSE;
    for (guint i = 0; i < missing->len; i++)
      if (!g_hash_table_contains (now, g_ptr_array_index (missing, i)))
        g_ptr_array_add (still, g_ptr_array_index (missing, i));
    if (!fetch_included (sync, still, error))
      return FALSE;
  }

  return _byline_comment_sync_fetch_headlines (sync->store, sync->account, sync->cms, sync->context,
                                               sync->cancellable, NULL, &sync->stats->headlines, error);

fail:
  g_propagate_error (error, g_steal_pointer (&sync->error));
  return FALSE;
}

/**
 * byline_comment_sync_run:
 * @progress: (nullable) (scope call): called on this thread as comments
 *   arrive (done, total; total 0 while unknown)
 *
 * Sends @account's queued comment operations, then brings its comments
 * into the cache (see the top of this file). Blocks: call it from a worker
 * thread (byline_comment_sync_async()) or the command line.
 */
gboolean
byline_comment_sync_run (BylineStore                *store,
                         const char                 *account,
                         BylineCommentSyncProgress   progress,
                         gpointer                    progress_data,
                         GCancellable               *cancellable,
                         BylineCommentSyncStats     *stats,
                         GError                    **error)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(BylineOutboxRunner) runner = NULL;
  BylineCommentSyncStats local_stats = { 0, };
  Sync sync = { 0, };
  gboolean ok;

  g_return_val_if_fail (BYLINE_IS_STORE (store), FALSE);
  g_return_val_if_fail (account != NULL, FALSE);

  g_main_context_push_thread_default (context);
  g_mutex_init (&sync.lock);
  sync.store = store;
  sync.account = (char *) account;
  sync.context = context;
  sync.cancellable = cancellable;
  sync.stats = stats ? stats : &local_stats;
  sync.progress = progress;
  sync.progress_data = progress_data;
  sync.stories = byline_comment_stories_new ();

  runner = byline_comment_outbox_dup_runner (store);
  ok = (sync.tried = _byline_comment_sync_pending_rows (store, account, error)) != NULL &&
       byline_comment_outbox_send_pending (runner, account, cancellable, sync.stats, error) &&
       (sync.cms = byline_comment_open_cms (store, account, cancellable, error)) != NULL &&
       (sync.filter = byline_comment_load_spam_filter (store, account, error)) != NULL &&
       sync_fetch (&sync, error) &&
       _byline_comment_sync_fetch_stories (store, account, sync.cms, context, cancellable, sync.early,
                                           sync.filter, sync.stats, error);
  /* An Author or Contributor may not list comments with context=edit. */
  if (!ok && error != NULL && g_error_matches (*error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_FORBIDDEN))
    g_prefix_error (error, _("This account's user may not moderate the site's comments (an Editor or an Administrator may): "));

  g_clear_object (&sync.cms);
  g_clear_object (&sync.filter);
  g_clear_pointer (&sync.states, g_hash_table_unref);
  g_clear_pointer (&sync.stories, g_hash_table_unref);
  g_clear_pointer (&sync.unsent, g_hash_table_unref);
  g_clear_pointer (&sync.tried, g_hash_table_unref);
  g_clear_pointer (&sync.early, _byline_sync_posts_free);
  g_clear_pointer (&sync.titles, g_hash_table_unref);
  g_clear_error (&sync.error);
  g_mutex_clear (&sync.lock);
  /* Let the client's cancelled requests finish on this context. */
  while (g_main_context_iteration (context, FALSE))
    ;
  g_main_context_pop_thread_default (context);
  return ok;
}

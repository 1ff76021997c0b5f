/* byline-window-save.c: autosave, Ctrl+S and the last save on close
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-window"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-window-private.h"

/* Any change to the open article (the editor writes typing into it, the
 * details panel its fields) starts a short timer (GSettings
 * `autosave-interval` seconds after typing stops); while typing goes on, a
 * save still happens every AUTOSAVE_MAX_DELAY_S. One save runs at a time
 * on the store's worker thread, with a copy of the article taken when it
 * starts; a change during a save queues the next one. Leaving the article,
 * closing the window or quitting waits for a running save and saves what
 * is left, synchronously: no words are lost. */

#define AUTOSAVE_MAX_DELAY_S 5

typedef struct
{
  BylineWindow  *window;
  BylineArticle *article;
  gint64         old_id;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->window);
  g_clear_object (&data->article);
  g_free (data);
}

static void
stop_timers (BylineWindow *self)
{
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  g_clear_handle_id (&self->autosave_max_source, g_source_remove);
}

static void
show_save_error (BylineWindow *self,
                 const GError *error)
{
  g_autofree char *message = g_markup_escape_text (error->message, -1);
  g_autofree char *title = g_strdup_printf (_("Could not save: %s"), message);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 0);
  byline_window_add_toast (self, toast);
}

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  SaveData *data = user_data;
  BylineWindow *self = data->window;
  g_autoptr(GError) error = NULL;
  gboolean ok = byline_store_save_article_finish (BYLINE_STORE (object), result, &error);

  g_clear_object (&self->saving_article);

  if (!ok && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    ;
  else if (!ok)
    {
      g_warning ("Saving draft failed: %s", error->message);
      if (data->article == self->article)
        {
          self->dirty = TRUE;
          byline_editor_set_save_state (self->editor, BYLINE_SAVE_STATE_EDITED);
        }
      show_save_error (self, error);
    }
  else if (data->article == self->article)
    {
      if (data->old_id == 0)
        byline_drafts_sidebar_select_id (self->drafts_sidebar, byline_article_get_id (data->article));
      if (!self->dirty)
        byline_editor_set_save_state (self->editor, BYLINE_SAVE_STATE_SAVED);
      _byline_window_update_actions (self);
    }

  if (self->save_again && ok)
    {
      BylineSaveFlags flags = self->pending_flags;

      self->save_again = FALSE;
      self->pending_flags = 0;
      _byline_window_save (self, flags);
    }

  save_data_free (data);
}

/**
 * _byline_window_save:
 * @flags: %BYLINE_SAVE_AUTOSAVE, or %BYLINE_SAVE_EXPLICIT for Ctrl+S
 *
 * Starts saving the open article, or queues the save behind the running
 * one.
 */
void
_byline_window_save (BylineWindow    *self,
                     BylineSaveFlags  flags)
{
  SaveData *data;

  /* A tag still in its field is the story's (this marks it changed) */
  byline_metadata_panel_commit_pending (self->metadata_panel);
  stop_timers (self);

  if (self->article == NULL || _byline_window_get_store (self) == NULL)
    return;

  byline_editor_sync_to_article (self->editor);

  if (self->saving_article != NULL)
    {
      self->save_again = TRUE;
      self->pending_flags |= flags;
      return;
    }

  if (!self->dirty && !(flags & BYLINE_SAVE_EXPLICIT))
    return;

  self->dirty = FALSE;
  byline_editor_set_save_state (self->editor, BYLINE_SAVE_STATE_SAVING);
  self->saving_article = g_object_ref (self->article);

  data = g_new0 (SaveData, 1);
  data->window = g_object_ref (self);
  data->article = g_object_ref (self->article);
  data->old_id = byline_article_get_id (self->article);
  byline_store_save_article_async (_byline_window_get_store (self), self->article, flags, NULL, save_done_cb, data);
}

/**
 * _byline_window_save_sync:
 *
 * Waits for a running save, then saves whatever is still unsaved, on this
 * thread. For leaving an article and closing the window.
 *
 * Returns: %FALSE when the last save failed (the user was told)
 */
gboolean
_byline_window_save_sync (BylineWindow *self)
{
  g_autoptr(GError) error = NULL;
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  byline_metadata_panel_commit_pending (self->metadata_panel);
  stop_timers (self);
  if (self->article == NULL || _byline_window_get_store (self) == NULL)
    return TRUE;

  byline_editor_sync_to_article (self->editor);

  /* A save in flight finishes first: two saves of a new article would make
   * two drafts */
  while (self->saving_article != NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  self->save_again = FALSE;
  self->pending_flags = 0;

  if (!self->dirty)
    return TRUE;

  if (!byline_store_save_article (_byline_window_get_store (self), self->article, BYLINE_SAVE_AUTOSAVE, NULL, &error))
    {
      g_warning ("Saving draft failed: %s", error->message);
      show_save_error (self, error);
      return FALSE;
    }

  self->dirty = FALSE;
  byline_editor_set_save_state (self->editor, BYLINE_SAVE_STATE_SAVED);
  return TRUE;
}

static gboolean
autosave_cb (gpointer user_data)
{
  BylineWindow *self = user_data;

  _byline_window_save (self, BYLINE_SAVE_AUTOSAVE);
  return G_SOURCE_REMOVE;
}

static gboolean
autosave_max_cb (gpointer user_data)
{
  BylineWindow *self = user_data;

  self->autosave_max_source = 0;
  _byline_window_save (self, BYLINE_SAVE_AUTOSAVE);
  return G_SOURCE_REMOVE;
}

/**
 * _byline_window_article_changed:
 * @pspec: (nullable): the property that changed
 *
 * The open article changed (a #GObject::notify handler): schedule an
 * autosave. The store's own bookkeeping (id, times) is not a change.
 */
void
_byline_window_article_changed (BylineWindow  *self,
                                GParamSpec    *pspec,
                                BylineArticle *article)
{
  static const char * const bookkeeping[] = { "id", "uuid", "created", "modified", "links", NULL };
  guint interval;

  if (pspec != NULL && g_strv_contains (bookkeeping, g_param_spec_get_name (pspec)))
    return;

  self->dirty = TRUE;
  byline_editor_set_save_state (self->editor, BYLINE_SAVE_STATE_EDITED);

  if (_byline_window_get_store (self) == NULL)
    return;

  interval = g_settings_get_uint (self->settings, "autosave-interval");
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  self->autosave_source = g_timeout_add_seconds (MAX (interval, 1), autosave_cb, self);
  if (self->autosave_max_source == 0)
    self->autosave_max_source = g_timeout_add_seconds (AUTOSAVE_MAX_DELAY_S, autosave_max_cb, self);
}

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(BylineWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineArticle) article = byline_store_load_article_finish (BYLINE_STORE (object), result, &error);

  if (article == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _byline_window_toast_error (self, _("Could not open the draft"), error);
      return;
    }

  byline_window_set_article (self, article);
}

/**
 * _byline_window_open_id:
 *
 * Loads a draft from the store (on its worker thread) and opens it.
 */
void
_byline_window_open_id (BylineWindow *self,
                        gint64        id)
{
  if (_byline_window_get_store (self) == NULL)
    return;
  if (self->article != NULL && byline_article_get_id (self->article) == id)
    return;

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();
  byline_store_load_article_async (_byline_window_get_store (self), id, self->load_cancellable, load_done_cb,
                                   g_object_ref (self));
}

void
_byline_window_save_dispose (BylineWindow *self)
{
  /* A window destroyed without closing (by the application at exit) still
   * keeps its words */
  if (self->article != NULL)
    _byline_window_save_sync (self);
  stop_timers (self);
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->article != NULL)
    g_signal_handlers_disconnect_by_func (self->article, _byline_window_article_changed, self);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/**
 * _byline_window_refresh_names:
 *
 * Gives the details panel the names to complete from: bylines, tags and
 * sections used before and those cached from the CMS accounts.
 */
void
_byline_window_refresh_names (BylineWindow *self)
{
  static const char * const kinds[] = { "author", "tag", "section" };

  if (_byline_window_get_store (self) == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) names = byline_store_list_known_names (_byline_window_get_store (self), kinds[i], &error);

      if (names == NULL)
        g_warning ("Could not list known %s names: %s", kinds[i], error->message);
      byline_metadata_panel_set_known_names (self->metadata_panel, kinds[i], (const char * const *) names);
      if (g_str_equal (kinds[i], "section"))
        byline_drafts_sidebar_set_sections (self->drafts_sidebar, (const char * const *) names);
    }

  /* Once an account has categories, the section is chosen from them */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) accounts = byline_store_list_accounts (_byline_window_get_store (self), &error);
    g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
    g_autoptr(GPtrArray) categories = g_ptr_array_new_with_free_func (g_free);

    for (guint i = 0; accounts != NULL && i < accounts->len; i++)
      {
        BylineAccount *account = g_ptr_array_index (accounts, i);
        g_autoptr(GPtrArray) terms = byline_store_list_terms (_byline_window_get_store (self), account->name,
                                                              "category", NULL);

        for (guint j = 0; terms != NULL && j < terms->len; j++)
          {
            BylineTerm *term = g_ptr_array_index (terms, j);
            char *name = g_strdup (term->name);

            if (g_hash_table_add (seen, name))
              g_ptr_array_add (categories, name);
            else
              g_free (name);
          }
      }
    g_ptr_array_sort (categories, compare_names);
    g_ptr_array_add (categories, NULL);
    byline_metadata_panel_set_categories (self->metadata_panel, (const char * const *) categories->pdata);
  }
}
